/// What part of the document a section is.
public enum SectionKind: String, Codable, Sendable, CaseIterable {
    /// A section of the body.
    case body
    /// The endnotes.
    case notes
    /// The reference list.
    case references
    /// Acknowledgements, appendices and other back matter.
    case back
}

/// A headed section. Sections are siblings in reading order; `level` is the logical depth
/// (1 for top level), decided from the numbering rather than from the Markdown heading marks.
public struct Section: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var kind: SectionKind
    public var language: String
    public var level: Int
    /// The number as printed (`I`, `2.1`), without its trailing dot.
    public var number: String?
    /// The number's value when it is one (Roman `IV` is 4).
    public var numberValue: Int?
    /// The heading text without its number.
    public var title: Span
    /// The id of the heading block.
    public var heading: String
    /// Ids of the blocks under the heading, in order.
    public var blocks: [String]

    public init(id: String, kind: SectionKind, language: String, level: Int, number: String?,
                numberValue: Int?, title: Span, heading: String, blocks: [String]) {
        self.id = id
        self.kind = kind
        self.language = language
        self.level = level
        self.number = number
        self.numberValue = numberValue
        self.title = title
        self.heading = heading
        self.blocks = blocks
    }
}
