/// A small set of interned words (`WordIDs`) as a sorted array: a link's cost compares a few
/// dozen words at a time, which sorted integers do without hashing a string.
struct IDSet: Equatable {
    /// Sorted, each once.
    private(set) var ids: [Int]

    static let empty = IDSet(sorted: [])

    init<S: Sequence>(_ ids: S) where S.Element == Int {
        self.ids = Array(Set(ids)).sorted()
    }

    private init(sorted: [Int]) {
        ids = sorted
    }

    var count: Int { ids.count }
    var isEmpty: Bool { ids.isEmpty }

    func contains(_ id: Int) -> Bool {
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id
    }

    /// How many ids both sets hold.
    func sharedCount(with other: IDSet) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < ids.count && j < other.ids.count {
            if ids[i] == other.ids[j] {
                shared += 1
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    func isDisjoint(with other: IDSet) -> Bool {
        var (i, j) = (0, 0)
        while i < ids.count && j < other.ids.count {
            if ids[i] == other.ids[j] { return false }
            if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    func union(_ other: IDSet) -> IDSet {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var merged: [Int] = []
        merged.reserveCapacity(ids.count + other.ids.count)
        var (i, j) = (0, 0)
        while i < ids.count || j < other.ids.count {
            if j == other.ids.count || (i < ids.count && ids[i] < other.ids[j]) {
                merged.append(ids[i])
                i += 1
            } else {
                if i < ids.count && ids[i] == other.ids[j] { i += 1 }
                merged.append(other.ids[j])
                j += 1
            }
        }
        return IDSet(sorted: merged)
    }
}
