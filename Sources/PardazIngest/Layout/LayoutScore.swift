import Foundation

/// Field-by-field precision, recall and F1 of front matter against gold, counted over documents:
/// a predicted value is right when it equals a gold value of its field not yet matched, compared
/// by their words (case, punctuation, spacing and Arabic letter variants aside).
public struct LayoutScore: Sendable {
    public private(set) var counts: [String: (right: Int, predicted: Int, gold: Int)] = [:]
    /// Lines labelled right, and lines.
    public private(set) var lines = (right: 0, all: 0)

    public init() {}

    public mutating func add(predicted: LayoutFields, gold: LayoutFields) {
        for name in LayoutFields.names {
            var remaining = gold[name].map(Self.key)
            var right = 0
            for value in predicted[name].map(Self.key) {
                if let found = remaining.firstIndex(of: value) { right += 1; remaining.remove(at: found) }
            }
            let old = counts[name] ?? (0, 0, 0)
            counts[name] = (old.right + right, old.predicted + predicted[name].count, old.gold + gold[name].count)
        }
    }

    public mutating func add(predicted: [LayoutLabel], gold: [LayoutLabel]) {
        lines.right += zip(predicted, gold).filter { $0 == $1 }.count
        lines.all += gold.count
    }

    public func f1(_ name: String) -> Double {
        guard let count = counts[name], count.predicted + count.gold > 0 else { return 1 }
        return 2 * Double(count.right) / Double(count.predicted + count.gold)
    }

    /// One line per field: precision, recall, F1 and the counts; then line accuracy.
    public var table: String {
        var rows = ["field         P      R      F1     (right/predicted/gold)"]
        for name in LayoutFields.names {
            let count = counts[name] ?? (0, 0, 0)
            let precision = count.predicted == 0 ? 1 : Double(count.right) / Double(count.predicted)
            let recall = count.gold == 0 ? 1 : Double(count.right) / Double(count.gold)
            rows.append(name.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "  %.3f  %.3f  %.3f  (%d/%d/%d)", precision, recall, f1(name), count.right, count.predicted, count.gold))
        }
        rows.append(String(format: "lines labelled right: %.3f (%d/%d)", lines.all == 0 ? 1 : Double(lines.right) / Double(lines.all), lines.right, lines.all))
        return rows.joined(separator: "\n")
    }

    static func key(_ value: String) -> String { LayoutWords.words(value).joined(separator: " ") }
}
