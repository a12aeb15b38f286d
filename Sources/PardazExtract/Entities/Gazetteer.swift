import Foundation
import PardazICU
import PardazModel

/// Names of countries (from ICU's locale data, in English and Persian), international
/// organizations, armed forces, places and public figures (from `Resources/gazetteer/names.tsv`,
/// written by the project), matched over tokens: used as tagger features and to link an entity's English and
/// Persian mentions.
public struct Gazetteer: Sendable {
    public enum EntityType: String, Sendable, Codable {
        case location = "LOC", organization = "ORG", person = "PER"
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
    /// "US" is not "us"), with Persian ZWNJ and Arabic letter variants ignored, and an English
    /// possessive dropped ("Iran’s" is "iran").
    static func key(_ text: String) -> String {
        // Arabic-script words (most of a Persian text) have no case: only ZWNJ and the Arabic
        // letter variants to see to, without looking up each scalar's properties.
        if text.unicodeScalars.allSatisfy({ ($0.value >= 0x0600 && $0.value <= 0x06FF) || $0 == "\u{200C}" }) {
            guard text.unicodeScalars.contains(where: { $0 == "\u{200C}" || $0 == "ي" || $0 == "ك" }) else { return text }
            var plain = String.UnicodeScalarView()
            for scalar in text.unicodeScalars { appendFolded(scalar, to: &plain) }
            return String(plain)
        }
        var text = Substring(text)
        if text.count > 2, text.hasSuffix("’s") || text.hasSuffix("'s") { text = text.dropLast(2) }
        var plain = String.UnicodeScalarView()
        var letters = 0, capitals = 0
        for scalar in text.unicodeScalars {
            appendFolded(scalar, to: &plain)
            if scalar.isASCII ? (scalar.properties.isUppercase || scalar.properties.isLowercase) : scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { capitals += 1 }
            }
        }
        let result = String(plain)
        return letters >= 2 && capitals == letters ? result : result.lowercased()
    }

    /// `scalar` as keys compare it: a ZWNJ left out, Arabic yeh and kaf as Persian ones.
    @inline(__always)
    private static func appendFolded(_ scalar: Unicode.Scalar, to plain: inout String.UnicodeScalarView) {
        switch scalar {
        case "\u{200C}": break
        case "ي": plain.append("ی")
        case "ك": plain.append("ک")
        default: plain.append(scalar)
        }
    }

    /// The names in `tokens` (of a text in `language`), longest first, not overlapping.
    public func matches(in tokens: [Token], language: String) -> [Match] {
        matches(keys: tokens.map { Self.key($0.text) }, language: language).map { position, found in
            Match(entry: entries[position], tokens: found,
                  range: TextRange(tokens[found.lowerBound].range.start, tokens[found.upperBound - 1].range.end))
        }
    }

    /// The names among tokens given by their keys (`key(_:)`): each entry's position and the tokens
    /// it covers, longest first, not overlapping.
    func matches(keys: [String], language: String) -> [(entry: Int, tokens: Range<Int>)] {
        guard let table = index[language] else { return [] }
        var result: [(entry: Int, tokens: Range<Int>)] = []
        var i = 0
        while i < keys.count {
            let found = (table[keys[i]] ?? []).first { nameKeys, _ in
                i + nameKeys.count <= keys.count && keys[i..<(i + nameKeys.count)].elementsEqual(nameKeys)
            }
            if let (nameKeys, position) = found {
                result.append((position, i..<(i + nameKeys.count)))
                i += nameKeys.count
            } else {
                i += 1
            }
        }
        return result
    }
}
