import Foundation

/// Sentences of tokens with entity tags in Pardaz's scheme (IOB2 over PER, ORG, LOC, WEA), read
/// from the NER data in `../shared/data` with each source's tags mapped (the same mapping as
/// `scripts/ner-eval.py`, which documents it).
public enum NERCorpus {
    public typealias Sentence = [(token: String, tag: String)]

    /// Source type → Pardaz type; every other type becomes O.
    static let mappings: [String: [String: String]] = [
        "re3d": ["Person": "PER", "Organisation": "ORG", "Location": "LOC", "Weapon": "WEA", "MilitaryPlatform": "WEA"],
        "wikigold": ["PER": "PER", "ORG": "ORG", "LOC": "LOC"],
        "peyma": ["PER": "PER", "ORG": "ORG", "LOC": "LOC"],
        "arman": ["pers": "PER", "org": "ORG", "loc": "LOC", "fac": "LOC"],
    ]

    /// The sentences of the file at `path`, its source told by its name (re3d, wikigold, peyma, arman).
    public static func read(_ path: String) throws -> [Sentence] {
        guard let source = source(of: path) else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var sentences: [Sentence] = []
        var current: Sentence = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { sentences.append(normalized(current, mapping: mappings[source]!)) }
                current = []
                continue
            }
            let separator: Character = source == "peyma" ? "|" : line.contains("\t") ? "\t" : " "
            guard let cut = line.lastIndex(of: separator) else { continue }
            current.append((String(line[..<cut]), String(line[line.index(after: cut)...]).trimmingCharacters(in: .whitespaces)))
        }
        if !current.isEmpty { sentences.append(normalized(current, mapping: mappings[source]!)) }
        return sentences
    }

    /// The corpus a file comes from, told by its name: `re3d`, `wikigold`, `peyma` or `arman`.
    public static func source(of path: String) -> String? {
        let name = (path as NSString).lastPathComponent.lowercased()
        return mappings.keys.sorted().first { name.contains($0) }
    }

    /// Tags mapped to Pardaz's types, IOB1 and `B_`/`I_` turned into IOB2.
    static func normalized(_ sentence: Sentence, mapping: [String: String]) -> Sentence {
        var previous = "O"
        return sentence.map { token, tag in
            guard tag != "O", let dash = tag.firstIndex(where: { $0 == "-" || $0 == "_" }) else {
                previous = "O"
                return (token, "O")
            }
            var prefix = String(tag[..<dash])
            guard let kind = mapping[String(tag[tag.index(after: dash)...])] else {
                previous = "O"
                return (token, "O")
            }
            if prefix == "I" && String(previous.dropFirst(2)) != kind { prefix = "B" }
            previous = "\(prefix)-\(kind)"
            return (token, previous)
        }
    }
}
