extension StringProtocol {
    /// Calls `body` with each piece of this text between separators, as `split(whereSeparator:)`
    /// would return them (empty pieces left out), without building the array of them: the
    /// document-level passes look at every word of a long text once.
    func forEachPiece(separatedBy isSeparator: (Character) -> Bool, _ body: (SubSequence) -> Void) {
        var start: Index?
        var index = startIndex
        while index < endIndex {
            if isSeparator(self[index]) {
                if let begin = start { body(self[begin..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            formIndex(after: &index)
        }
        if let begin = start { body(self[begin..<endIndex]) }
    }
}
