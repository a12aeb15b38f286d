
/// The hashed features of every token of a sentence, computed once per sentence: the word and its
/// neighbours (lowercased, with Persian letter variants, ZWNJ and digits folded), affixes, word
/// shape and case, letter trigrams (Persian), gazetteer hits and names seen in training around the
/// token, script, word classes (learned for Persian, Brown clusters for English), and the corpus
/// convention whose tags are wanted.
///
/// Features are 64-bit hashes of a template number and the values it combines, reduced to
/// `buckets` (a power of two); nothing builds a string per feature, so a sentence's features cost
/// one pass over its tokens.
struct TaggerFeatures {
    /// Bucket indexes, token after token: token `i`'s are `indexes[starts[i]..<starts[i + 1]]`.
    private(set) var indexes: [Int32] = []
    private(set) var starts: [Int] = [0]

    var count: Int { starts.count - 1 }

    func of(_ i: Int) -> ArraySlice<Int32> { indexes[starts[i]..<starts[i + 1]] }

    /// What features need of a word alone: computed once per distinct word of a batch.
    struct WordKeys {
        var gazetteerKey: String
        var word: UInt64
        var shape: UInt64
        /// Hashes of the first one to three and last one to four letters; 0 where the word is shorter.
        var prefixes: (UInt64, UInt64, UInt64)
        var suffixes: (UInt64, UInt64, UInt64, UInt64)
        var suffix3: UInt64
        /// Hashes of the letter trigrams inside the word (with its edges marked).
        var trigrams: [UInt64]
        var capitalized: Bool
        var allCapitals: Bool
        var persian: Bool
        var length: UInt64
    }

    /// Each word's keys, worked out once for all the documents of a run.
    private static let cache = SharedCache<String, WordKeys>(limit: 200_000)

    /// The features of `words`, a sentence in `language`.
    init(words: [String], language: String, convention: String, buckets: Int, memory: EntityMemory,
         clusters: WordClusters = WordClusters()) {
        let mask = UInt64(buckets - 1)
        let keys = words.map { word in Self.cache.value(word) { Self.keys(word) } }
        // Gazetteer hits: B-LOC, I-ORG… or "-", per token.
        var hits = [UInt64](repeating: Self.hash("-"), count: keys.count)
        for (entry, found) in Gazetteer.shipped.matches(keys: keys.map(\.gazetteerKey), language: language) {
            let type = Gazetteer.shipped.entries[entry].type.rawValue
            for index in found { hits[index] = Self.hash((index == found.lowerBound ? "B-" : "I-") + type) }
        }
        // Persian only: English has no such lists (ICU's city names cost it 0.002 F1).
        let useNameLists = language == "fa" && !NameLists.shipped.isEmpty
        let listCodes = useNameLists ? NameLists.shipped.codes(keys: keys.map(\.gazetteerKey), language: language) : []
        let conventionHash = Self.hash(convention)
        let start = Self.hash("<s>"), end = Self.hash("</s>")
        func word(_ j: Int) -> UInt64 { j < 0 ? start : j >= keys.count ? end : keys[j].word }
        func shape(_ j: Int) -> UInt64 { j < 0 ? start : j >= keys.count ? end : keys[j].shape }
        // Names seen in training: 0 for none, else the type and whether the token begins the name.
        let remembered = memory.hits(keys.map(\.word)).map { hit in hit.map { UInt64($0.type) * 2 + ($0.begins ? 2 : 3) } ?? 0 }
        func memoryKey(_ j: Int) -> UInt64 { j < 0 ? start : j >= keys.count ? end : remembered[j] }
        func gazetteerKey(_ j: Int) -> UInt64 { j < 0 ? start : j >= keys.count ? end : hits[j] }
        func suffix(_ j: Int) -> UInt64 { j < 0 ? start : j >= keys.count ? end : keys[j].suffix3 }
        // Word classes, looked up once per token.
        let unknownClass: (coarse: UInt64, fine: UInt64) = (0xFFFF, 0xFFFF)
        let classes = clusters.isEmpty ? [] : keys.map { clusters.of($0.word) ?? unknownClass }
        indexes.reserveCapacity(words.count * 40)
        var features: [UInt64] = []
        features.reserveCapacity(48)
        for i in keys.indices {
            let key = keys[i]
            features.removeAll(keepingCapacity: true)
            features += [
                Self.mix(1, 0), Self.mix(2, key.word), Self.mix(3, key.shape),
                Self.mix(4, word(i - 1)), Self.mix(5, word(i + 1)), Self.mix(6, word(i - 2)), Self.mix(7, word(i + 2)),
                Self.mix(8, word(i - 1), key.word), Self.mix(9, key.word, word(i + 1)),
                Self.mix(10, shape(i - 1)), Self.mix(11, shape(i + 1)), Self.mix(12, shape(i - 1), key.shape, shape(i + 1)),
                Self.mix(13, hits[i]), Self.mix(14, gazetteerKey(i - 1)), Self.mix(15, gazetteerKey(i + 1)),
                Self.mix(16, gazetteerKey(i - 1), hits[i], gazetteerKey(i + 1)),
                Self.mix(17, suffix(i - 1)), Self.mix(18, suffix(i + 1)), Self.mix(19, key.length),
                Self.mix(20, key.capitalized ? (i == 0 ? 1 : 2) : 0, key.allCapitals ? 1 : 0),
                Self.mix(21, key.persian ? 1 : 0), Self.mix(22, word(i - 1), word(i + 1)),
                Self.mix(23, remembered[i]), Self.mix(24, memoryKey(i - 1), remembered[i], memoryKey(i + 1)),
            ]
            for (n, prefix) in [key.prefixes.0, key.prefixes.1, key.prefixes.2].enumerated() where prefix != 0 {
                features.append(Self.mix(30 + UInt64(n), prefix))
            }
            for (n, suffix) in [key.suffixes.0, key.suffixes.1, key.suffixes.2, key.suffixes.3].enumerated() where suffix != 0 {
                features.append(Self.mix(40 + UInt64(n), suffix))
            }
            // Letter trigrams help Persian, whose unseen names share pieces with seen ones (and cost
            // English a point: its capitals already say "name").
            if language == "fa" { for trigram in key.trigrams { features.append(Self.mix(50, trigram)) } }
            // Word classes (Persian: learned; English: Brown clusters): the word's coarse and fine
            // class, its neighbours' fine ones, and the three coarse ones together; words the classes
            // never saw have a class of their own.
            if !classes.isEmpty {
                func cluster(_ j: Int) -> (coarse: UInt64, fine: UInt64) {
                    j < 0 ? (0xFFFE, 0xFFFE) : j >= keys.count ? (0xFFFD, 0xFFFD) : classes[j]
                }
                let here = cluster(i), before = cluster(i - 1), after = cluster(i + 1)
                features += [Self.mix(60, here.fine), Self.mix(61, here.coarse), Self.mix(62, before.fine), Self.mix(63, after.fine),
                             Self.mix(64, before.coarse, here.coarse, after.coarse)]
            }
            // Name lists (Persian first names, two tiers): the token's hits, with each neighbour's.
            if useNameLists {
                func listCode(_ j: Int) -> UInt64 { j < 0 ? 0xFFFE : j >= keys.count ? 0xFFFD : listCodes[j] }
                features += [Self.mix(70, listCodes[i]), Self.mix(71, listCode(i - 1), listCodes[i]),
                             Self.mix(72, listCodes[i], listCode(i + 1))]
            }
            // The corpus convention, conjoined with the features that carry it (Daumé's feature augmentation,
            // on the bias, the word, its neighbours, its shapes, its gazetteer and memory hits); an empty convention
            // means text of no known convention, tagged with the shared features alone.
            for k in [0, 1, 2, 3, 4, 11, 12, 15, 22] where !convention.isEmpty {
                features.append(Self.mix(100, features[k], conventionHash))
            }
            for feature in features { indexes.append(Int32(truncatingIfNeeded: feature & mask)) }
            starts.append(indexes.count)
        }
    }

    /// The hash of a word as features see it (`fold`).
    static func wordHash(_ word: String) -> UInt64 { hash(fold(word)) }

    private static func keys(_ word: String) -> WordKeys {
        let folded = fold(word)
        let characters = Array(folded)
        func prefix(_ n: Int) -> UInt64 { characters.count > n ? hash(String(characters[..<n])) : 0 }
        func suffix(_ n: Int) -> UInt64 { characters.count > n ? hash(String(characters[(characters.count - n)...])) : 0 }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        return WordKeys(
            gazetteerKey: Gazetteer.key(word), word: hash(folded), shape: hash(shape(word)), prefixes: (prefix(1), prefix(2), prefix(3)),
            suffixes: (suffix(1), suffix(2), suffix(3), suffix(4)), suffix3: hash(String(characters.suffix(3))),
            trigrams: characters.count > 12 ? [] : {
                let marked = ["<"] + characters + [">"]
                return marked.count < 3 ? [] : (0...(marked.count - 3)).map { hash(String(marked[$0..<($0 + 3)])) }
            }(),
            capitalized: word.first?.isUppercase == true,
            allCapitals: letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase },
            persian: word.unicodeScalars.first.map { (0x0600...0x06FF).contains($0.value) } ?? false,
            length: UInt64(min(characters.count, 10)))
    }

    /// The word as features see it: lowercased, Arabic yeh and kaf as Persian ones, ZWNJ removed,
    /// every digit (of any script) as 0.
    static func fold(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.lowercased().unicodeScalars {
            switch scalar {
            case "\u{200C}": continue
            case "ي", "ى": scalars.append("ی")
            case "ك": scalars.append("ک")
            default: scalars.append(scalar.properties.numericType == .decimal ? "0" : scalar)
            }
        }
        return String(scalars)
    }

    /// Word shape: X for capitals, x for small letters, a for caseless letters, d for digits, other
    /// characters as they are; repeats collapsed, at most eight characters looked at.
    static func shape(_ word: String) -> String {
        var shape = ""
        for character in word.prefix(8) {
            let letter: Character = character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d"
                : character.isLetter ? "a" : character
            if shape.last != letter { shape.append(letter) }
        }
        return shape
    }

    static func hash(_ string: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in string.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// SplitMix64's finalizer over the template and its values (missing values count as 0).
    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        @inline(__always) func step(_ z: UInt64, _ value: UInt64) -> UInt64 {
            var z = (z ^ value) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return step(step(step(template &* 0x9E37_79B9_7F4A_7C15, a), b), c)
    }
}
