import Foundation

/// A dictionary shared by the threads of a batch run, for values that depend only on their key
/// and cost more to work out than to look up (a word's feature hashes, a name's skeleton). It
/// holds at most `limit` entries and starts afresh when full, so memory stays bounded.
final class SharedCache<Key: Hashable, Value>: @unchecked Sendable {
    private var entries: [Key: Value] = [:]
    private let lock = NSLock()
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// The value for `key`, computed by `make` the first time.
    func value(_ key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        if let known = entries[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = made
        lock.unlock()
        return made
    }
}
