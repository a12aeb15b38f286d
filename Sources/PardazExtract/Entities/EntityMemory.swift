import PardazModel

/// The names a tagger saw tagged in its training data: each token sequence (by the hashes of its
/// folded words) with the type it was tagged most often. Matched longest first over a sentence,
/// its hits are features, which tell the tagger where a name it has seen before begins and ends
/// even in a context it has not ("سازمان میادین میوه و تره بار" after a verb it never saw).
struct EntityMemory: Sendable {
    /// Sequence hash → type index (into the tagger's types, PER ORG LOC…); looked up up to
    /// `longest` times per token, so without SipHash.
    private(set) var names = HashKeyedTable<UInt8>()
    static let longest = 8

    init() {}

    init(names: HashKeyedTable<UInt8>) { self.names = names }

    /// The hash of a sequence of word hashes.
    static func hash<S: Sequence<UInt64>>(_ words: S) -> UInt64 {
        var result: UInt64 = 0x51_7CC1_B727_220A
        for word in words { result = TaggerFeatures.mix(99, result, word) }
        return result
    }

    /// A memory of the entities in `sentences` (word hashes and IOB2 tags), each sequence kept
    /// with its most frequent type; `types` lists the types in index order.
    init(sentences: [(words: [UInt64], tags: [String])], types: [String]) {
        var counts: [UInt64: [Int]] = [:]
        for (words, tags) in sentences {
            var start: Int?
            for i in 0...tags.count {
                let tag = i < tags.count ? tags[i] : "O"
                if let begun = start, !(tag.hasPrefix("I-") && tag.dropFirst(2) == tags[begun].dropFirst(2)) {
                    if i - begun <= Self.longest, let type = types.firstIndex(of: String(tags[begun].dropFirst(2))) {
                        counts[Self.hash(words[begun..<i]), default: [Int](repeating: 0, count: types.count)][type] += 1
                    }
                    start = nil
                }
                if tag.hasPrefix("B-") { start = i }
            }
        }
        names = HashKeyedTable(minimumCapacity: counts.count)
        for (key, byType) in counts {
            // The most frequent type; ties go to the first type, so the memory is the same every time.
            let best = byType.indices.max { byType[$0] < byType[$1] || (byType[$0] == byType[$1] && $0 > $1) }!
            names[key] = UInt8(best)
        }
    }

    /// Per token, the memory's hit: `nil`, or the type index and whether the token begins the name.
    func hits(_ words: [UInt64]) -> [(type: UInt8, begins: Bool)?] {
        var result = [(type: UInt8, begins: Bool)?](repeating: nil, count: words.count)
        guard !names.isEmpty else { return result }
        var i = 0
        var prefixes = [UInt64](repeating: 0, count: Self.longest)
        while i < words.count {
            // The hashes of the sequences starting at i, built one word at a time.
            let longest = min(Self.longest, words.count - i)
            var running: UInt64 = 0x51_7CC1_B727_220A
            for length in 0..<longest {
                running = TaggerFeatures.mix(99, running, words[i + length])
                prefixes[length] = running
            }
            var found = 0
            for length in stride(from: longest, through: 1, by: -1) {
                if let type = names[prefixes[length - 1]] {
                    for k in i..<(i + length) { result[k] = (type, k == i) }
                    found = length
                    break
                }
            }
            i += max(found, 1)
        }
        return result
    }
}
