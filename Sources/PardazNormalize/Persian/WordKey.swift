/// A 64-bit FNV-1a hash of a word's scalars, the key of every lexicon lookup: hashing a slice of
/// scalars is much cheaper than building a `String` for each candidate reading of a word.
struct WordKey: Hashable, Sendable {
    let value: UInt64

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            hash ^= UInt64(scalar.value)
            hash &*= 0x0000_0100_0000_01b3
        }
        value = hash
    }

    init(_ string: some StringProtocol) { self.init(string.unicodeScalars) }

    /// A key from a hash computed the same way elsewhere (while scanning a word).
    init(hashValue: UInt64) { value = hashValue }

    /// The key of this word followed by `scalars`.
    func appending(_ scalars: some Sequence<Unicode.Scalar>) -> WordKey {
        var hash = value
        for scalar in scalars {
            hash ^= UInt64(scalar.value)
            hash &*= 0x0000_0100_0000_01b3
        }
        return WordKey(hashValue: hash)
    }

    /// The key of the pair of words `first`, `second` (not of their concatenation).
    init(pair first: WordKey, _ second: WordKey) {
        value = (first.value &* 0x9E37_79B9_7F4A_7C15) ^ (second.value &+ 0x632B_E59B_D9B4_E019)
    }

    /// The key of `first` followed by `second`, without joining them into a new array.
    init(_ first: ArraySlice<Unicode.Scalar>, _ second: ArraySlice<Unicode.Scalar>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in first {
            hash ^= UInt64(scalar.value)
            hash &*= 0x0000_0100_0000_01b3
        }
        for scalar in second {
            hash ^= UInt64(scalar.value)
            hash &*= 0x0000_0100_0000_01b3
        }
        value = hash
    }
}

extension Collection where Element == Unicode.Scalar {
    /// Whether the scalars end with `suffix`.
    @inline(__always)
    func hasScalarSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        guard count >= suffix.count else { return false }
        return zip(self.reversed(), suffix.reversed()).allSatisfy { $0 == $1 }
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    @inline(__always)
    func hasScalarPrefix(_ prefix: [Unicode.Scalar]) -> Bool {
        guard count >= prefix.count else { return false }
        var index = startIndex
        for scalar in prefix {
            if self[index] != scalar { return false }
            index += 1
        }
        return true
    }

    @inline(__always)
    func hasScalarSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        guard count >= suffix.count else { return false }
        var index = endIndex - suffix.count
        for scalar in suffix {
            if self[index] != scalar { return false }
            index += 1
        }
        return true
    }
}
