/// An open-addressing hash table from `WordKey` to a value, probed linearly. Keys are already
/// hashes, so a lookup is a multiply, a mask and a compare or two, with no SipHash round as in
/// `Set`/`Dictionary`; the ZWNJ repair makes several lookups per word.
struct WordTable<Value: Sendable>: Sendable {
    /// A key and its value side by side, so that a lookup touches one place in memory.
    private struct Entry: Sendable {
        var key: UInt64
        var value: Value?
    }

    private var entries: [Entry]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        entries = [Entry](repeating: Entry(key: 0, value: nil), count: capacity)
        mask = capacity - 1
    }

    /// 0 marks an empty slot, so a key that hashes to 0 is stored as 1 (a collision of no consequence).
    @inline(__always)
    private static func stored(_ key: WordKey) -> UInt64 { key.value == 0 ? 1 : key.value }

    @inline(__always)
    private func slot(for key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask }

    subscript(key: WordKey) -> Value? {
        get {
            let wanted = Self.stored(key)
            return entries.withUnsafeBufferPointer { buffer in
                var index = slot(for: wanted)
                while true {
                    let found = buffer[index].key
                    if found == wanted { return buffer[index].value }
                    if found == 0 { return nil }
                    index = (index + 1) & mask
                }
            }
        }
        set {
            guard let newValue else { return }  // removal is not needed
            if (count + 1) * 2 > entries.count { grow() }
            let wanted = Self.stored(key)
            var index = slot(for: wanted)
            while entries[index].key != 0 && entries[index].key != wanted { index = (index + 1) & mask }
            if entries[index].key == 0 { count += 1 }
            entries[index] = Entry(key: wanted, value: newValue)
        }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(key: 0, value: nil), count: old.count * 2)
        mask = entries.count - 1
        count = 0
        for entry in old where entry.key != 0 {
            var index = slot(for: entry.key)
            while entries[index].key != 0 { index = (index + 1) & mask }
            entries[index] = entry
            count += 1
        }
    }
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
