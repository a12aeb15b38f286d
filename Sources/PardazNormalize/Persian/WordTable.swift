/// An open-addressing hash table from `WordKey` to a value, probed linearly. Keys are already
/// hashes, so a lookup is a multiply, a mask and a compare or two, with no SipHash round as in
/// `Set`/`Dictionary`; the ZWNJ repair makes several lookups per word.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
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
            var index = slot(for: wanted)
            while true {
                let found = keys[index]
                if found == wanted { return values[index] }
                if found == 0 { return nil }
                index = (index + 1) & mask
            }
        }
        set {
            guard let newValue else { return }  // removal is not needed
            if (count + 1) * 2 > keys.count { grow() }
            let wanted = Self.stored(key)
            var index = slot(for: wanted)
            while keys[index] != 0 && keys[index] != wanted { index = (index + 1) & mask }
            if keys[index] == 0 { count += 1 }
            keys[index] = wanted
            values[index] = newValue
        }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var index = slot(for: key)
            while keys[index] != 0 { index = (index + 1) & mask }
            keys[index] = key
            values[index] = value
            count += 1
        }
    }
}

extension WordTable where Value == Bool {
    /// A set of words.
    init(words: some Collection<WordKey>) {
        self.init(minimumCapacity: words.count)
        for word in words { self[word] = true }
    }
}
