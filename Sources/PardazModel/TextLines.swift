extension String {
    /// The text's lines, cut at every LF scalar (a CR before it stays on its line), so that offsets
    /// in scalars add up line by line. A CRLF is one `Character` to Swift, so splitting on the
    /// character "\n" would leave a CRLF text in one piece.
    public func linesAtLineFeeds() -> [Substring] {
        unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
    }
}
