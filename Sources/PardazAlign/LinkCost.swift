import Foundation

extension SentenceAligner {
    /// The cost of linking `english` with `persian`, and the link's score.
    func cost(_ english: ArraySlice<AlignedSentence>, _ persian: ArraySlice<AlignedSentence>, prior: Double) -> (Double, Double) {
        guard !english.isEmpty, !persian.isEmpty else { return (prior + Self.lexicalWeight * 0.5, 0.2) }
        let le = Double(english.reduce(0) { $0 + $1.length }), lf = Double(persian.reduce(0) { $0 + $1.length })
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
    func agreement(_ english: ArraySlice<AlignedSentence>, _ persian: ArraySlice<AlignedSentence>) -> Double {
        // A Persian word is covered when an English word translates to it, an English word when
        // one of its translations is among the Persian words.
        var covered = 0
        for sentence in persian {
            for (word, count) in sentence.words where english.contains(where: { $0.reach.contains(word) }) { covered += count }
        }
        for sentence in english {
            for (k, (_, count)) in sentence.words.enumerated()
            where persian.contains(where: { !$0.wordSet.isDisjoint(with: sentence.translations[k]) }) {
                covered += count
            }
        }
        var matched = Double(covered)
        var total = Double(persian.reduce(0) { $0 + $1.wordCount } + english.reduce(0) { $0 + $1.wordCount })
        // Anchors: numbers, Latin words inside the Persian, gazetteer names; Latin words count only
        // when the Persian has some, the English being full of them.
        for (shared, relevant) in [
            Self.anchors(Self.union(english, { $0.numbers }), Self.union(persian, { $0.numbers })),
            Self.anchors(Self.union(english, { $0.latin }), Self.union(persian, { $0.latin }), persianOnly: true),
            Self.anchors(Self.union(english, { $0.names }), Self.union(persian, { $0.names })),
        ] where relevant > 0 {
            matched += 2 * Double(shared)
            total += 2 * Double(relevant)
        }
        return total > 0 ? matched / total : 0
    }

    /// The union of the sentences' `anchor` sets (a single sentence's own set, uncopied).
    static func union(_ sentences: ArraySlice<AlignedSentence>, _ anchor: (AlignedSentence) -> IDSet) -> IDSet {
        guard sentences.count > 1 else { return sentences.first.map(anchor) ?? .empty }
        return sentences.reduce(IDSet.empty) { $0.union(anchor($1)) }
    }

    /// How many anchors the two sides share, and how many count: those of either side, or with
    /// `persianOnly` those of the Persian side.
    static func anchors(_ english: IDSet, _ persian: IDSet, persianOnly: Bool = false) -> (shared: Int, relevant: Int) {
        let shared = english.sharedCount(with: persian)
        return (shared, persianOnly ? persian.count : english.count + persian.count - shared)
    }

    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.squareRoot()) }
}
