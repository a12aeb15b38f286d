/// A piece of the document's text: what it says and where it is, in the extracted text (`range`)
/// and in the decoded source (`sourceRange`).
public struct Span: Hashable, Sendable, Codable {
    public var text: String
    public var range: TextRange
    public var sourceRange: TextRange

    public init(text: String, range: TextRange, sourceRange: TextRange) {
        self.text = text
        self.range = range
        self.sourceRange = sourceRange
    }
}
