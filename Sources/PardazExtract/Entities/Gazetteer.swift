import Foundation
import PardazICU
import PardazModel

/// Names of countries (from ICU's locale data, in English and Persian), international
/// organizations, armed forces and places (from `Resources/gazetteer/names.tsv`, written by the
/// project), matched over tokens: used as tagger features and to link an entity's English and
/// Persian mentions.
public struct Gazetteer: Sendable {
    public enum EntityType: String, Sendable, Codable {
        case location = "LOC", organization = "ORG"
    }

    public struct Entry: Sendable, Hashable {
        /// `country:IR`, `org:irgc`, `loc:persiangulf`.
        public let id: String
        public let type: EntityType
        /// Names by language (`en`, `fa`).
        public let names: [String: [String]]
    }

    /// A name found in text: tokens `tokens` of the text.
    public struct Match: Sendable, Hashable {
        public let entry: Entry
        public let tokens: Range<Int>
        public let range: TextRange
    }

    public let entries: [Entry]
    /// Per language: the names' token keys, by their first key, longest first.
    private let index: [String: [String: [([String], Int)]]]

    /// The gazetteer Pardaz ships.
    public static let shipped: Gazetteer = {
        var byID: [String: (EntityType, [String: [String]])] = [:]
        var order: [String] = []
        for code in ICULocaleNames.countryCodes {
            var names: [String: [String]] = [:]
            for language in ["en", "fa"] {
                if let name = ICULocaleNames.countryName(code, in: language) { names[language] = [name] }
            }
            guard !names.isEmpty else { continue }
            byID["country:\(code)"] = (.location, names)
            order.append("country:\(code)")
        }
        if let url = Bundle.module.url(forResource: "names", withExtension: "tsv", subdirectory: "gazetteer"),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count == 4, let type = EntityType(rawValue: fields[1]) else { continue }
                var (existingType, names) = byID[fields[0]] ?? (type, [:])
                existingType = type
                for (language, column) in [("en", fields[2]), ("fa", fields[3])] {
                    let added = column.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    names[language, default: []].append(contentsOf: added.filter { !(names[language] ?? []).contains($0) })
                }
                if byID[fields[0]] == nil { order.append(fields[0]) }
                byID[fields[0]] = (existingType, names)
            }
        }
        return Gazetteer(entries: order.map { Entry(id: $0, type: byID[$0]!.0, names: byID[$0]!.1) })
    }()

    public init(entries: [Entry]) {
        self.entries = entries
        var index: [String: [String: [([String], Int)]]] = [:]
        for (position, entry) in entries.enumerated() {
            for (language, names) in entry.names {
                let segmenter = Segmenter(language: language)
                for name in names {
                    let keys = segmenter.tokens(name).map { Self.key($0.text) }
                    guard let first = keys.first else { continue }
                    index[language, default: [:]][first, default: []].append((keys, position))
                }
            }
        }
        for (language, table) in index {
            index[language] = table.mapValues { $0.sorted { $0.0.count > $1.0.count } }
        }
        self.index = index
    }

    /// The comparison key of a token: lowercased unless it is an all-capital abbreviation (so that
    /// "US" is not "us"), with Persian ZWNJ and Arabic letter variants ignored.
    static func key(_ text: String) -> String {
        let plain = text.replacingOccurrences(of: "\u{200C}", with: "").replacingOccurrences(of: "ي", with: "ی")
            .replacingOccurrences(of: "ك", with: "ک")
        let letters = plain.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count >= 2 && letters.allSatisfy({ $0.properties.isUppercase }) { return plain }
        return plain.lowercased()
    }

    /// The names in `tokens` (of a text in `language`), longest first, not overlapping.
    public func matches(in tokens: [Token], language: String) -> [Match] {
        guard let table = index[language] else { return [] }
        let keys = tokens.map { Self.key($0.text) }
        var result: [Match] = []
        var i = 0
        while i < tokens.count {
            var found: Match?
            for (nameKeys, position) in table[keys[i]] ?? [] where i + nameKeys.count <= tokens.count {
                if Array(keys[i..<(i + nameKeys.count)]) == nameKeys {
                    found = Match(entry: entries[position], tokens: i..<(i + nameKeys.count),
                                  range: TextRange(tokens[i].range.start, tokens[i + nameKeys.count - 1].range.end))
                    break
                }
            }
            if let found {
                result.append(found)
                i = found.tokens.upperBound
            } else {
                i += 1
            }
        }
        return result
    }
}
