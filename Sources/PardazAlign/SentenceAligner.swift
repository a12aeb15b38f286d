import Foundation
import PardazExtract

/// Aligns the sentences of an English text and its Persian translation: monotone links of one
/// sentence to one, one to two, two to one, or a sentence to none, chosen by dynamic programming
/// over a cost that adds Gale–Church's length cost (characters, with the ratio and variance of
/// `BilingualLexicon`), the links' prior odds, and how well the two sides' words agree: the
/// lexicon's translations and the anchors both sides share (numbers in any digit system, Latin
/// words inside the Persian, gazetteer names).
///
/// The table is filled only in a band around its diagonal (`AlignmentBand`), so the work grows
/// with the number of sentences, not its square; a best path that runs along the band's edge is
/// sought again in a band twice as wide, until it does not or the band holds the whole table.
public struct SentenceAligner: Sendable {
    /// A link: English sentences `english` (indexes) with Persian sentences `persian`, and its score.
    public struct Link: Hashable, Sendable {
        public var english: Range<Int>
        public var persian: Range<Int>
        /// From 0 to 1.
        public var score: Double
        public var uncertain: Bool { score < SentenceAligner.threshold }
    }

    /// Links scoring below this are reported as uncertain.
    public static let threshold = 0.4
    /// How much word agreement weighs against length.
    static let lexicalWeight = 10.0
    /// Translations less likely than this do not make two words agree.
    static let translationFloor = 0.05
    /// The moves and their prior costs (−log odds): 1:1 is the rule, merges and splits happen,
    /// sentences without a counterpart are rare.
    static let moves: [(english: Int, persian: Int, cost: Double)] = [
        (1, 1, -log(0.89)), (2, 1, -log(0.045)), (1, 2, -log(0.045)), (1, 0, -log(0.01)), (0, 1, -log(0.01)),
    ]

    public let lexicon: BilingualLexicon

    public init(lexicon: BilingualLexicon = .shipped) {
        self.lexicon = lexicon
    }

    /// The sentence links of `english` and `persian` (sentence texts), in order, covering both.
    public func align(_ english: [String], _ persian: [String]) -> [Link] {
        search(english, persian).links
    }

    /// The links, the band they were found in, and how many link costs were worked out on the way;
    /// the search starts in `band`, or else in the band `AlignmentBand` chooses for the two counts.
    func search(_ english: [String], _ persian: [String], band: AlignmentBand? = nil) -> (links: [Link], band: AlignmentBand, costs: Int) {
        var ids = WordIDs()
        let e = english.map { AlignedSentence($0, language: "en", lexicon: lexicon, ids: &ids) }
        let f = persian.map { AlignedSentence($0, language: "fa", lexicon: lexicon, ids: &ids) }
        var band = band ?? AlignmentBand(rows: e.count, columns: f.count), costs = 0
        while true {
            let table = fill(AlignmentTable(band), e, f, costs: &costs)
            if let links = path(table) { return (links, band, costs) }
            band = band.widened
        }
    }

    /// `table` with the best path to each of its cells.
    func fill(_ table: AlignmentTable, _ e: [AlignedSentence], _ f: [AlignedSentence], costs: inout Int) -> AlignmentTable {
        var table = table
        let (rows, columns) = (e.count, f.count)
        table.cost[0] = 0
        for i in 0...rows {
            for j in table.columns(of: i) {
                let here = table.cost[table.index(i, j)!]
                guard here < .infinity else { continue }
                for (m, move) in Self.moves.enumerated() where i + move.english <= rows && j + move.persian <= columns {
                    guard let target = table.index(i + move.english, j + move.persian) else { continue }
                    let (beadCost, score) = cost(e[i..<(i + move.english)], f[j..<(j + move.persian)], prior: move.cost)
                    costs += 1
                    let total = here + beadCost
                    if total < table.cost[target] {
                        table.cost[target] = total
                        table.move[target] = UInt8(m)
                        table.score[target] = score
                    }
                }
            }
        }
        return table
    }

    /// The best path through `table` as links, or nil when it may have been kept from a better
    /// one by the band: it comes near the band's edge, or finds no way through.
    func path(_ table: AlignmentTable) -> [Link]? {
        let band = table.band
        guard let end = table.index(band.rows, band.columns), table.cost[end] < .infinity else { return band.isFull ? [] : nil }
        var links: [Link] = []
        var (i, j) = (band.rows, band.columns)
        while i > 0 || j > 0 {
            guard band.isFull || !band.isNearEdge(i, j) else { return nil }
            let cell = table.index(i, j)!
            let move = Self.moves[Int(table.move[cell])]
            links.append(Link(english: (i - move.english)..<i, persian: (j - move.persian)..<j, score: table.score[cell]))
            (i, j) = (i - move.english, j - move.persian)
        }
        return links.reversed()
    }
}
