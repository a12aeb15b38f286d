/// Numbers for the words of one alignment: the same number for strings Swift finds equal, so
/// that the aligner compares integers (`IDSet`) where it compared strings.
struct WordIDs {
    private var ids: [String: Int] = [:]

    mutating func id(_ word: String) -> Int {
        if let id = ids[word] { return id }
        let id = ids.count
        ids[word] = id
        return id
    }

    mutating func set<S: Sequence>(_ words: S) -> IDSet where S.Element == String {
        IDSet(words.map { id($0) })
    }
}
