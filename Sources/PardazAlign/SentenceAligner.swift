import Foundation
import PardazExtract

/// Aligns the sentences of an English text and its Persian translation: monotone links of one
/// sentence to one, one to two, two to one, or a sentence to none, chosen by dynamic programming
/// over a cost that adds Gale–Church's length cost (characters, with the ratio and variance of
/// `BilingualLexicon`), the links' prior odds, and how well the two sides' words agree: the
/// lexicon's translations and the anchors both sides share (numbers in any digit system, Latin
/// words inside the Persian, gazetteer names).
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
        let e = english.map { Side(text: $0, words: AlignmentWords($0, language: "en"), names: Self.names($0, "en")) }
        let f = persian.map { Side(text: $0, words: AlignmentWords($0, language: "fa"), names: Self.names($0, "fa")) }
        let rows = e.count, columns = f.count
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: columns + 1), count: rows + 1)
        var back = [[(Int, Int, Double)]](repeating: [(Int, Int, Double)](repeating: (0, 0, 0), count: columns + 1), count: rows + 1)
        cost[0][0] = 0
        for i in 0...rows {
            for j in 0...columns where cost[i][j] < .infinity {
                for move in Self.moves where i + move.english <= rows && j + move.persian <= columns {
                    let (beadCost, score) = self.cost(Array(e[i..<(i + move.english)]), Array(f[j..<(j + move.persian)]), prior: move.cost)
                    let total = cost[i][j] + beadCost
                    let (ni, nj) = (i + move.english, j + move.persian)
                    if total < cost[ni][nj] {
                        cost[ni][nj] = total
                        back[ni][nj] = (move.english, move.persian, score)
                    }
                }
            }
        }
        var links: [Link] = []
        var (i, j) = (rows, columns)
        while i > 0 || j > 0 {
            let (de, df, score) = back[i][j]
            links.append(Link(english: (i - de)..<i, persian: (j - df)..<j, score: score))
            (i, j) = (i - de, j - df)
        }
        return links.reversed()
    }

    /// One sentence as the aligner sees it.
    struct Side {
        var text: String
        var words: AlignmentWords
        var names: Set<String>
    }

    /// The gazetteer entries named in a sentence.
    static func names(_ text: String, _ language: String) -> Set<String> {
        Set(Gazetteer.shipped.matches(in: Segmenter(language: language).tokens(text), language: language).map(\.entry.id))
    }

    /// The cost of linking `english` with `persian`, and the link's score.
    func cost(_ english: [Side], _ persian: [Side], prior: Double) -> (Double, Double) {
        guard !english.isEmpty, !persian.isEmpty else { return (prior + Self.lexicalWeight * 0.5, 0.2) }
        let le = Double(english.reduce(0) { $0 + $1.text.count }), lf = Double(persian.reduce(0) { $0 + $1.text.count })
        let delta = (lf - lexicon.ratio * le) / (max(le, 1) * lexicon.variance).squareRoot()
        let lengthProbability = max(2 * (1 - Self.normalCDF(abs(delta))), 1e-12)
        let agreement = self.agreement(english, persian)
        // Per sentence linked, so that a merge and two separate links weigh the same words alike.
        let sentences = Double(english.count + persian.count) / 2
        let cost = prior - log(lengthProbability) + Self.lexicalWeight * (0.5 - agreement) * sentences
        let score = 0.4 * min(1, lengthProbability * 2) + 0.6 * min(1, agreement / 0.5)
        return (cost, (score * 1000).rounded() / 1000)
    }

    /// How well the two sides' words agree, from 0 to 1: the share of words on each side that
    /// have a translation on the other (by the lexicon), with the shared anchors counted in.
    func agreement(_ english: [Side], _ persian: [Side]) -> Double {
        let englishWords = english.flatMap(\.words.words), persianWords = persian.flatMap(\.words.words)
        var best: [String: Double] = [:]  // Persian word → its best translation probability from the English side
        for word in Set(englishWords) {
            for (f, p) in lexicon.translations[word] ?? [:] where p > best[f] ?? 0 { best[f] = p }
        }
        let persianCovered = persianWords.filter { (best[$0] ?? 0) >= 0.05 }.count
        let persianSet = Set(persianWords)
        let englishCovered = englishWords.filter { word in
            (lexicon.translations[word] ?? [:]).contains { persianSet.contains($0.key) && $0.value >= 0.05 }
        }.count
        var matched = Double(persianCovered + englishCovered), total = Double(persianWords.count + englishWords.count)
        // Anchors: numbers, Latin words inside the Persian, gazetteer names.
        let anchors: [(Set<String>, Set<String>)] = [
            (Set(english.flatMap(\.words.numbers)), Set(persian.flatMap(\.words.numbers))),
            (Set(english.flatMap { $0.words.latin }), Set(persian.flatMap(\.words.latin))),
            (english.reduce(into: Set<String>()) { $0.formUnion($1.names) }, persian.reduce(into: Set<String>()) { $0.formUnion($1.names) }),
        ]
        for (index, (a, b)) in anchors.enumerated() {
            // Latin words count only when the Persian has some; the English is full of them.
            let relevant = index == 1 ? b : a.union(b)
            guard !relevant.isEmpty else { continue }
            matched += 2 * Double(relevant.filter { a.contains($0) && b.contains($0) }.count)
            total += 2 * Double(relevant.count)
        }
        return total > 0 ? matched / total : 0
    }

    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.squareRoot()) }
}
