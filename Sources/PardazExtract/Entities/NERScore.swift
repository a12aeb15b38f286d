/// Exact-span scores of entity tags (IOB2): an entity counts when its start, end and type are right.
public struct NERScore: Sendable {
    public var truePositives: [String: Int] = [:]
    public var predicted: [String: Int] = [:]
    public var gold: [String: Int] = [:]

    public init() {}

    static func spans(_ tags: [String]) -> Set<[String]> {
        Set(IOB2.spans(tags).map { [String($0.tokens.lowerBound), String($0.tokens.upperBound), $0.type] })
    }

    public mutating func add(gold goldTags: [String], predicted predictedTags: [String]) {
        let g = Self.spans(goldTags), p = Self.spans(predictedTags)
        for span in g { gold[span[2], default: 0] += 1 }
        for span in p { predicted[span[2], default: 0] += 1 }
        for span in g.intersection(p) { truePositives[span[2], default: 0] += 1 }
    }

    /// Precision, recall and F1 of one type, or of all (`nil`).
    public func prf(_ kind: String? = nil) -> (precision: Double, recall: Double, f1: Double) {
        func total(_ table: [String: Int]) -> Double { Double(kind.map { table[$0] ?? 0 } ?? table.values.reduce(0, +)) }
        let tp = total(truePositives), p = tp / max(total(predicted), 1), r = tp / max(total(gold), 1)
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }

    public var kinds: [String] { Set(gold.keys).union(predicted.keys).sorted() }
}
