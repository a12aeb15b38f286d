import Foundation
import PardazModel

/// Long lists of names, for the Persian tagger's features: Persian first names in two tiers
/// (`Resources/gazetteer/persian-names.tsv`, built by `scripts/build-name-lists.py` from
/// MIT-licensed PyPI packages; see the README there). Unlike the gazetteer's entries they carry no
/// identity and no certainty: "امید" is a first name and a word, and the tagger learns how far to
/// trust each kind of hit. (Family names, Iranian cities and provinces, and ICU's exemplar cities of
/// time zones were tried the same way and did not help.)
struct NameLists: Sendable {
    enum Kind: Int, CaseIterable, Sendable {
        case first, firstMore
        var name: String { ["first", "first-more"][rawValue] }
    }

    /// Per language: the names' token keys (`Gazetteer.key`) by their first key, longest first.
    private let index: [String: [String: [([String], Kind)]]]

    var isEmpty: Bool { index.isEmpty }

    init(names: [(language: String, kind: Kind, name: String)]) {
        var index: [String: [String: [([String], Kind)]]] = [:]
        for (language, kind, name) in names {
            // The names are words written with spaces between them (and ZWNJs inside): split on
            // the spaces, as the segmenter would, without its cost for twenty thousand names.
            let keys = name.split(separator: " ").map { Gazetteer.key(String($0)) }
            guard let first = keys.first else { continue }
            if index[language]?[first]?.contains(where: { $0.1 == kind && $0.0 == keys }) == true { continue }
            index[language, default: [:]][first, default: []].append((keys, kind))
        }
        for (language, table) in index {
            index[language] = table.mapValues { $0.sorted { $0.0.count > $1.0.count } }
        }
        self.index = index
    }

    /// The lists Pardaz ships.
    static let shipped: NameLists = {
        var names: [(language: String, kind: Kind, name: String)] = []
        if let url = Bundle.module.url(forResource: "persian-names", withExtension: "tsv", subdirectory: "gazetteer"),
           let data = try? Data(contentsOf: url) {
            // Split as bytes: Character-wise splitting of twenty thousand lines costs tens of milliseconds.
            let bytes = [UInt8](data)
            for line in bytes.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
                let fields = line.split(separator: UInt8(ascii: "\t"))
                guard fields.count == 2,
                      let kind = Kind.allCases.first(where: { $0.name.utf8.elementsEqual(fields[0]) }) else { continue }
                names.append(("fa", kind, String(decoding: fields[1], as: UTF8.self)))
            }
        }
        return NameLists(names: names)
    }()

    /// Per token (given by its key), a code of the lists it is in: for each kind, whether a name of
    /// that kind begins at the token (1), goes on through it (2) or neither (0), names matched
    /// longest first within each kind.
    func codes(keys: [String], language: String) -> [UInt64] {
        var codes = [UInt64](repeating: 0, count: keys.count)
        guard let table = index[language] else { return codes }
        // Per kind, where the last name found ends, so names of one kind do not overlap.
        var ends = [Int](repeating: 0, count: Kind.allCases.count)
        for i in keys.indices {
            guard let candidates = table[keys[i]] else { continue }
            for (nameKeys, kind) in candidates where ends[kind.rawValue] <= i {
                guard i + nameKeys.count <= keys.count, keys[i..<(i + nameKeys.count)].elementsEqual(nameKeys) else { continue }
                var power: UInt64 = 1
                for _ in 0..<kind.rawValue { power *= 3 }
                for k in i..<(i + nameKeys.count) { codes[k] += (k == i ? 1 : 2) * power }
                ends[kind.rawValue] = i + nameKeys.count
            }
        }
        return codes
    }
}
