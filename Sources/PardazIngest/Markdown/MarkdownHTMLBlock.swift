import PardazModel
import PardazXML

/// Raw HTML blocks in Markdown, as CommonMark opens them: a line starting with a block-level tag
/// (`<p>`, `<div class=…>`, `</table>`), or a line holding one complete tag and nothing else when it
/// does not continue a paragraph; the block runs to the next blank line.
///
/// A block is read by the HTML reader (`HTMLFlowReader`, libxml2's parser through `PardazXML`),
/// with nothing taken for page furniture: each `<p>`, heading, list item, quotation or table
/// becomes a chunk of its own, inline tags leave only their text (emphasis and links as marks),
/// entities are decoded, and every piece of text keeps its range in the source.
enum MarkdownHTMLBlock {
    /// Whether `line` opens an HTML block; `continuingParagraph` when it would otherwise continue
    /// the paragraph before it, which only a block-level tag interrupts.
    static func opens(_ line: SourceLine, _ scalars: [Unicode.Scalar], continuingParagraph: Bool) -> Bool {
        guard line.indent < 4, let (name, nameEnd) = tagName(at: line.trimmed.lowerBound, scalars, limit: line.trimmed.upperBound)
        else { return false }
        if HTMLFlowReader.blockElements.contains(name) { return true }
        guard !continuingParagraph else { return false }
        // A line holding one complete tag and nothing else.
        let close = scalars[nameEnd..<line.trimmed.upperBound].firstIndex(of: ">")
        return close == line.trimmed.upperBound - 1
    }

    /// Whether a block-level start or end tag (`<p>`, `<div class=…>`, `</table>`) stands at `index`.
    static func isBlockLevelTag(at index: Int, _ scalars: [Unicode.Scalar], limit: Int) -> Bool {
        tagName(at: index, scalars, limit: limit).map { HTMLFlowReader.blockElements.contains($0.name) } ?? false
    }

    /// The chunks read from the HTML of `lines`, or one text chunk of them when the HTML cannot
    /// be parsed.
    static func chunks(_ lines: [SourceLine], _ scalars: [Unicode.Scalar], blankLinesBefore: Int) -> [Chunk] {
        guard let first = lines.first, let last = lines.last else { return [] }
        let start = first.start
        let slice = Array(scalars[start..<last.end])
        let offsets = ByteToScalarMap(slice)
        guard let tree = try? HTMLParser.parse(offsets.utf8) else {
            return [Chunk(kind: .text(indented: false), lines: lines, content: lines.map(\.trimmed),
                          blankLinesBefore: blankLinesBefore)]
        }
        let page = HTMLPage(tree: tree, scalars: slice, offsets: offsets)
        let drafts = HTMLFlowReader.read(HTMLTree.documentIndex, in: page, mainLanguage: "en", filtersJunk: false)
        return drafts.enumerated().map { position, draft in
            chunk(draft, at: start, lines: lines, blankLinesBefore: position == 0 ? blankLinesBefore : 0)
        }
    }

    /// A draft as a chunk: its text moved to the block's place in the source.
    private static func chunk(_ draft: HTMLBlockDraft, at offset: Int, lines: [SourceLine], blankLinesBefore: Int) -> Chunk {
        let text = draft.content.movingSource(by: offset)
        let source = text.sourceRange(default: offset)
        let covered = lines.filter { $0.end >= source.start && $0.start <= source.end }
        var chunk = Chunk(kind: kind(of: draft), lines: covered.isEmpty ? [lines[0]] : covered,
                          content: [source.start..<source.end], blankLinesBefore: blankLinesBefore, rendered: text)
        chunk.table = draft.table.map { table in
            Table(rows: table.rows.map { row in
                Table.Row(isHeader: row.isHeader, cells: row.cells.map { cell in
                    Span(text: cell.text, range: cell.range,
                         sourceRange: TextRange(cell.sourceRange.start + offset, cell.sourceRange.end + offset))
                })
            })
        }
        return chunk
    }

    /// Headings, list items, quotations and tables keep what they are; everything else is text
    /// whose meaning the structure readers decide, as for Markdown paragraphs.
    private static func kind(of draft: HTMLBlockDraft) -> Chunk.Kind {
        if let level = draft.headingLevel { return .heading(level: level) }
        switch draft.kind {
        case .listItem: return .listItem(marker: "-")
        case .quote: return .text(indented: true)
        case .table where draft.table != nil: return .table
        default: return .text(indented: false)
        }
    }

    /// The lowercased name of the start or end tag at `index` (`<div`, `</p`) and where the name
    /// ends, when a space, `>`, `/` or the end of the line follows it.
    private static func tagName(at index: Int, _ scalars: [Unicode.Scalar], limit: Int) -> (name: String, end: Int)? {
        guard index < limit, scalars[index] == "<" else { return nil }
        var position = index + 1
        if position < limit, scalars[position] == "/" { position += 1 }
        let nameStart = position
        while position < limit, scalars[position].isASCII,
              scalars[position].properties.isAlphabetic || (position > nameStart && ("0"..."9").contains(scalars[position])) {
            position += 1
        }
        guard position > nameStart, position == limit || scalars[position].isLayoutSpace || scalars[position] == ">"
            || scalars[position] == "/" else { return nil }
        return (String(String.UnicodeScalarView(scalars[nameStart..<position])).lowercased(), position)
    }
}
