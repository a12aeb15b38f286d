import Foundation

/// English–Persian word translation probabilities learned with IBM Model 1 from sentence pairs,
/// and the length model of the two languages (Gale–Church: Persian characters per English
/// character and its variance), shipped as `Resources/lexicon/en-fa.tsv`.
public struct BilingualLexicon: Sendable {
    /// t(Persian word | English word), only pairs above the pruning threshold.
    public private(set) var translations: [String: [String: Double]]
    /// Persian characters per English character.
    public let ratio: Double
    /// Variance of the Persian length around `ratio` × the English length, per English character.
    public let variance: Double

    public init(translations: [String: [String: Double]], ratio: Double, variance: Double) {
        self.translations = translations
        self.ratio = ratio
        self.variance = variance
    }

    /// Learns the lexicon from `pairs` (English, Persian) with `iterations` of EM, keeping for each
    /// English word its translations with probability at least `threshold` (at most `keep`).
    public static func train(_ pairs: [(String, String)], iterations: Int = 8, threshold: Double = 0.05,
                             keep: Int = 8) -> BilingualLexicon {
        let sentences = pairs.map { (["<null>"] + AlignmentWords($0.0, language: "en").words, AlignmentWords($0.1, language: "fa").words) }
        var t: [String: [String: Double]] = [:]
        for (english, persian) in sentences {
            for e in english { for f in persian { t[e, default: [:]][f] = 1 } }
        }
        for _ in 0..<iterations {
            var counts: [String: [String: Double]] = [:]
            var totals: [String: Double] = [:]
            for (english, persian) in sentences {
                for f in persian {
                    let normalizer = english.reduce(0) { $0 + t[$1]![f]! }
                    for e in english {
                        let share = t[e]![f]! / normalizer
                        counts[e, default: [:]][f, default: 0] += share
                        totals[e, default: 0] += share
                    }
                }
            }
            for (e, row) in counts { t[e] = row.mapValues { $0 / totals[e]! } }
        }
        var kept: [String: [String: Double]] = [:]
        for (e, row) in t where e != "<null>" {
            let best = row.filter { $0.value >= threshold }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(keep)
            if !best.isEmpty { kept[e] = Dictionary(uniqueKeysWithValues: best.map { ($0.key, $0.value) }) }
        }
        // The length model, from the characters of the pairs.
        let lengths = pairs.map { (Double($0.0.count), Double($0.1.count)) }.filter { $0.0 > 0 }
        let ratio = lengths.reduce(0) { $0 + $1.1 } / max(lengths.reduce(0) { $0 + $1.0 }, 1)
        let variance = lengths.reduce(0) { $0 + pow($1.1 - ratio * $1.0, 2) / $1.0 } / Double(max(lengths.count, 1))
        return BilingualLexicon(translations: kept, ratio: ratio, variance: variance)
    }

    /// The probability that Persian `persian` translates English `english`.
    public func probability(_ english: String, _ persian: String) -> Double { translations[english]?[persian] ?? 0 }

    // MARK: File

    /// The lexicon as TSV: a header with the length model, then `english<TAB>persian<TAB>probability`
    /// sorted, probabilities to four places (the same data give the same bytes).
    public func tsv(source: String) -> String {
        var lines = [
            "# English-Persian lexicon (IBM Model 1) and length model, built by `pardaz train lexicon` from \(source).",
            "# ratio\t\(String(format: "%.4f", ratio))",
            "# variance\t\(String(format: "%.4f", variance))",
        ]
        for english in translations.keys.sorted() {
            for (persian, p) in translations[english]!.sorted(by: { $0.key < $1.key }) {
                lines.append("\(english)\t\(persian)\t\(String(format: "%.4f", p))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public init?(tsv: String) {
        var translations: [String: [String: Double]] = [:]
        var ratio: Double?, variance: Double?
        for line in tsv.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            if line.hasPrefix("# ratio"), fields.count == 2 { ratio = Double(fields[1]) }
            if line.hasPrefix("# variance"), fields.count == 2 { variance = Double(fields[1]) }
            if line.hasPrefix("#") { continue }
            guard fields.count == 3, let p = Double(fields[2]) else { return nil }
            translations[fields[0], default: [:]][fields[1]] = p
        }
        guard let ratio, let variance else { return nil }
        self.init(translations: translations, ratio: ratio, variance: variance)
    }

    /// The lexicon Pardaz ships.
    public static let shipped: BilingualLexicon = {
        guard let url = Bundle.module.url(forResource: "en-fa", withExtension: "tsv", subdirectory: "lexicon"),
              let text = try? String(contentsOf: url, encoding: .utf8), let lexicon = BilingualLexicon(tsv: text) else {
            return BilingualLexicon(translations: [:], ratio: 1, variance: 1)
        }
        return lexicon
    }()
}
