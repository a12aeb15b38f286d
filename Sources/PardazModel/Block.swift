/// What a block of the document is.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
    case title
    /// A line naming the authors.
    case byline
    case affiliation
    /// A footnote attached to an author: degree, field, position, e-mail.
    case authorNote
    /// A line of the front matter carrying dates (received, accepted, published).
    case dateline
    case abstract
    case keywords
    /// A line of the article's metadata: journal, volume and issue, pages, DOI, ISSN, article
    /// type, copyright, citation line.
    case articleMeta
    case heading
    case paragraph
    /// A quotation set off from the text (indented, or in `<blockquote>`).
    case quote
    case listItem
    case table
    /// An endnote or footnote, numbered by its `label`.
    case note
    /// One entry of the reference list.
    case reference
    /// Text that is not part of the work: watermarks, running heads, page furniture.
    case boilerplate
    /// A line naming where the article came from ("Source: …").
    case sourceLine
    /// Text the pipeline could not classify; kept so that nothing is dropped.
    case unclassified
}

/// A table's cells, row by row.
public struct Table: Hashable, Sendable, Codable {
    public struct Row: Hashable, Sendable, Codable {
        /// True for a header row.
        public var isHeader: Bool
        public var cells: [Span]

        public init(isHeader: Bool, cells: [Span]) {
            self.isHeader = isHeader
            self.cells = cells
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    public var columnCount: Int { rows.map(\.cells.count).max() ?? 0 }
}

/// One unit of the document's structure: a title, a paragraph, a note, a table.
///
/// Its text is `Document.text[range]`; `sourceRange` is the span of the decoded source it came from
/// (for a paragraph joined across a page break, the span from its first to its last line).
public struct Block: Hashable, Sendable, Codable, Identifiable {
    /// Stable within the document: `b1`, `b2`, … in reading order.
    public var id: String
    public var kind: BlockKind
    /// BCP 47 language tag (`en`, `fa`).
    public var language: String
    public var range: TextRange
    public var sourceRange: TextRange
    public var text: String
    /// A heading's or note's number as printed (`I`, `12`, `*`); a reference's position in its list.
    public var label: String?
    /// The id of the section this block belongs to, if any.
    public var section: String?
    /// Blocks sharing a group form one unit, such as a quotation of several paragraphs.
    public var group: String?
    /// The cells of a table block.
    public var table: Table?

    public init(id: String, kind: BlockKind, language: String, range: TextRange, sourceRange: TextRange,
                text: String, label: String? = nil, section: String? = nil, group: String? = nil,
                table: Table? = nil) {
        self.id = id
        self.kind = kind
        self.language = language
        self.range = range
        self.sourceRange = sourceRange
        self.text = text
        self.label = label
        self.section = section
        self.group = group
        self.table = table
    }
}
