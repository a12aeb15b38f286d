/// An open-addressing hash table from 64-bit keys that are hashes already (of a word, of a
/// sequence of words) to a value, probed linearly: a lookup is a multiply, a mask and a compare or
/// two, with no SipHash round as in `Dictionary`. For the lookups that run once or more per word of
/// a text (the Persian normalizer's lexicon, the entity tagger's memory and word classes).
public struct HashKeyedTable<Value: Sendable>: Sendable {
    /// A key and its value side by side, so that a lookup touches one place in memory.
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Value?

        @inlinable init(key: UInt64, value: Value?) {
            self.key = key
            self.value = value
        }
    }

    @usableFromInline var entries: [Entry]
    @usableFromInline var mask: Int
    /// How many keys have a value.
    public var count: Int { occupied }
    @usableFromInline var occupied = 0

    public init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        entries = [Entry](repeating: Entry(key: 0, value: nil), count: capacity)
        mask = capacity - 1
    }

    /// 0 marks an empty slot, so a key of 0 is stored as 1 (a collision of no consequence).
    @inlinable @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inlinable @inline(__always)
    func slot(for key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask }

    /// The value of `key`; setting nil is not supported (nothing is ever removed).
    @inlinable
    public subscript(key: UInt64) -> Value? {
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
            guard let newValue else { return }
            if (occupied + 1) * 2 > entries.count { grow() }
            let wanted = Self.stored(key)
            var index = slot(for: wanted)
            while entries[index].key != 0 && entries[index].key != wanted { index = (index + 1) & mask }
            if entries[index].key == 0 { occupied += 1 }
            entries[index] = Entry(key: wanted, value: newValue)
        }
    }

    public var isEmpty: Bool { count == 0 }

    /// Every key (as stored) with its value, in no particular order.
    public var elements: [(key: UInt64, value: Value)] {
        entries.compactMap { entry in entry.key == 0 ? nil : entry.value.map { (entry.key, $0) } }
    }

    @usableFromInline
    mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(key: 0, value: nil), count: old.count * 2)
        mask = entries.count - 1
        occupied = 0
        for entry in old where entry.key != 0 {
            var index = slot(for: entry.key)
            while entries[index].key != 0 { index = (index + 1) & mask }
            entries[index] = entry
            occupied += 1
        }
    }
}
