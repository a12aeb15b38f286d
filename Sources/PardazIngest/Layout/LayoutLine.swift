/// A line of a document's opening part as the labeler sees it: its text and how it stands on the
/// page.
public struct LayoutLine: Sendable, Equatable {
    /// The line's text, without its leading and trailing spaces (and Markdown's heading marks).
    public var text: String
    /// Blank lines between this line and the previous one.
    public var blankLinesBefore: Int
    /// A Markdown heading's level, 0 for other lines.
    public var headingLevel: Int
    /// Whether the line is indented by four columns or more.
    public var indented: Bool
    /// Whether the line is all bold (`**…**`) or starts with a bold label.
    public var bold: Bool

    public init(text: String, blankLinesBefore: Int = 0, headingLevel: Int = 0, indented: Bool = false, bold: Bool = false) {
        self.text = text
        self.blankLinesBefore = blankLinesBefore
        self.headingLevel = headingLevel
        self.indented = indented
        self.bold = bold
    }
}
