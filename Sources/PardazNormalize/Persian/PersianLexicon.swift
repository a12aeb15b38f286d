import Foundation

/// The knowledge the ZWNJ repair needs, read from the data files in `Resources/persian/` (built by
/// `scripts/build-persian-data.py`; sources in that folder's README).
struct PersianLexicon: Sendable {
    /// Present and past verb stems (`توان`, `رفت`), which a fused `می`/`نمی` must be followed by.
    let verbStems: Set<String>
    /// Fused words that are words in their own right (`میدان`, `الهام`, `تنها`): never split.
    let lexicalized: Set<String>
    /// Compounds written with ZWNJ, keyed by their fused form (`بینالملل` → `بین‌الملل`).
    let compounds: [String: String]
    /// How often a word occurs in the corpora; chooses between two readings of a fused word.
    let frequencies: [String: Int]

    /// The lexicon shipped with Pardaz.
    static let shipped: PersianLexicon = {
        func lines(_ name: String) -> [Substring] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "persian"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                preconditionFailure("Pardaz resource persian/\(name) is missing from the bundle")
            }
            return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        }
        var compounds: [String: String] = [:]
        for line in lines("compounds.txt") {
            compounds[line.replacingOccurrences(of: "\u{200C}", with: "")] = String(line)
        }
        var frequencies: [String: Int] = [:]
        for line in lines("word-frequencies.tsv") {
            let fields = line.split(separator: "\t")
            if fields.count == 2, let count = Int(fields[1]) { frequencies[String(fields[0])] = count }
        }
        return PersianLexicon(
            verbStems: Set(lines("verb-stems.txt").map(String.init)),
            lexicalized: Set(lines("lexicalized.txt").map(String.init))
                .union(lines("lexicalized-extra.txt").map(String.init)),
            compounds: compounds,
            frequencies: frequencies)
    }()

    func frequency(_ word: String) -> Int { frequencies[word] ?? 0 }
}
