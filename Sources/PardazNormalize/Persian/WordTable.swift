import PardazModel

/// A table from `WordKey` to a value (`HashKeyedTable` over the keys' hashes). Keys are already
/// hashes, so the ZWNJ repair's several lookups per word cost no SipHash round.
struct WordTable<Value: Sendable>: Sendable {
    private var table: HashKeyedTable<Value>

    init(minimumCapacity: Int = 16) { table = HashKeyedTable(minimumCapacity: minimumCapacity) }

    var count: Int { table.count }

    subscript(key: WordKey) -> Value? {
        @inline(__always) get { table[key.value] }
        set { table[key.value] = newValue }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }
}

/// A set of words by `WordKey`, open-addressed like `WordTable` but with no values to read.
struct WordSet: Sendable {
    private var keys: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    init(_ words: some Collection<WordKey>) {
        self.init(minimumCapacity: words.count)
        for word in words { insert(word) }
    }

    @inline(__always)
    private static func stored(_ key: WordKey) -> UInt64 { key.value == 0 ? 1 : key.value }

    @inline(__always)
    private func slot(for key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool {
        let wanted = Self.stored(key)
        return keys.withUnsafeBufferPointer { buffer in
            var index = slot(for: wanted)
            while true {
                let found = buffer[index]
                if found == wanted { return true }
                if found == 0 { return false }
                index = (index + 1) & mask
            }
        }
    }

    mutating func insert(_ key: WordKey) {
        if (count + 1) * 2 > keys.count {
            let old = keys
            keys = [UInt64](repeating: 0, count: old.count * 2)
            mask = keys.count - 1
            count = 0
            for key in old where key != 0 { insert(WordKey(hashValue: key)) }
        }
        let wanted = Self.stored(key)
        var index = slot(for: wanted)
        while keys[index] != 0 && keys[index] != wanted { index = (index + 1) & mask }
        if keys[index] == 0 { count += 1 }
        keys[index] = wanted
    }
}
