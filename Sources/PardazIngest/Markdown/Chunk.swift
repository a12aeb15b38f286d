import PardazModel

/// A run of source lines that belong together, before it is given a meaning: a heading, a list
/// item, a table, a rule, or a paragraph of text.
struct Chunk: Sendable {
    enum Kind: Sendable, Equatable {
        /// A Markdown ATX heading of the given number of `#`.
        case heading(level: Int)
        /// A list item with its marker as printed (`-`, `12.`).
        case listItem(marker: String)
        /// Lines of tab-separated cells.
        case table
        /// A thematic break (`---`), often the line above footnotes.
        case rule
        /// Ordinary text; `indented` when every line is indented by four columns or more.
        case text(indented: Bool)
    }

    var kind: Kind
    var lines: [SourceLine]
    /// For each line, the range of its content after the heading or list marker.
    var content: [Range<Int>]
    /// Blank lines between this chunk and the previous one.
    var blankLinesBefore: Int
    /// For a chunk read from raw HTML: its text, already read (tags gone, entities decoded).
    var rendered: RichText?
    /// For a table read from raw HTML: its cells.
    var table: Table?

    var start: Int { lines.first?.start ?? 0 }
    var end: Int { lines.last?.end ?? 0 }

    var isText: Bool {
        if case .text = kind { return true }
        return false
    }

    var isIndented: Bool { kind == .text(indented: true) }
}
