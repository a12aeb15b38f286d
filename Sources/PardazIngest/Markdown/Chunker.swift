/// Groups source lines into chunks. In Markdown, blank lines separate chunks and headings, list
/// items, tables and rules are recognised. In plain text every line is its own paragraph unless the
/// text is hard-wrapped, in which case blank lines separate paragraphs. Raw HTML blocks in Markdown
/// are read by `MarkdownHTMLBlock`, one chunk for each of their paragraphs.
enum Chunker {
    static func chunks(_ scalars: [Unicode.Scalar], lines: [SourceLine], markdown: Bool) -> [Chunk] {
        let wrapped = !markdown && isHardWrapped(lines)
        var chunks: [Chunk] = []
        var blanks = 0
        var current: Chunk?
        var html: [SourceLine] = []
        var htmlBlanks = 0

        func flush() {
            if let chunk = current { chunks.append(chunk) }
            current = nil
            if !html.isEmpty { chunks += MarkdownHTMLBlock.chunks(html, scalars, blankLinesBefore: htmlBlanks) }
            html = []
        }

        for line in lines {
            if !html.isEmpty, !line.isBlank {
                html.append(line)
                continue
            }
            if line.isBlank {
                flush()
                blanks += 1
                continue
            }
            let indented = line.indent >= 4
            if markdown, MarkdownHTMLBlock.opens(line, scalars, continuingParagraph: current != nil) {
                flush()
                html = [line]
                htmlBlanks = blanks
            } else if markdown, let (level, content) = heading(scalars, line) {
                flush()
                chunks.append(Chunk(kind: .heading(level: level), lines: [line], content: [content], blankLinesBefore: blanks))
            } else if markdown, isRule(scalars, line) {
                flush()
                chunks.append(Chunk(kind: .rule, lines: [line], content: [line.trimmed], blankLinesBefore: blanks))
            } else if markdown, !indented, let (marker, content) = listMarker(scalars, line) {
                flush()
                current = Chunk(kind: .listItem(marker: marker), lines: [line], content: [content], blankLinesBefore: blanks)
            } else if scalars[line.trimmed].contains("\t") {
                if current?.kind != .table { flush() }
                if current == nil {
                    current = Chunk(kind: .table, lines: [], content: [], blankLinesBefore: blanks)
                }
                current!.lines.append(line)
                current!.content.append(line.trimmed)
            } else if var chunk = current, markdown || wrapped, chunk.kind != .table,
                      chunk.kind != .text(indented: true) || indented {
                // A continuation line of the same paragraph or list item.
                chunk.lines.append(line)
                chunk.content.append(line.trimmed)
                current = chunk
            } else {
                flush()
                current = Chunk(kind: .text(indented: indented), lines: [line], content: [line.trimmed],
                                blankLinesBefore: blanks)
            }
            blanks = 0
        }
        flush()
        return chunks
    }

    /// `#`…`######` followed by a space.
    private static func heading(_ scalars: [Unicode.Scalar], _ line: SourceLine) -> (Int, Range<Int>)? {
        guard line.indent < 4 else { return nil }
        var index = line.trimmed.lowerBound
        var level = 0
        while index < line.trimmed.upperBound, scalars[index] == "#" { level += 1; index += 1 }
        guard (1...6).contains(level), index < line.trimmed.upperBound, scalars[index] == " " else { return nil }
        var end = line.trimmed.upperBound
        // Closing hashes are decoration.
        while end > index, scalars[end - 1] == "#" { end -= 1 }
        while index < end, scalars[index].isLayoutSpace { index += 1 }
        while end > index, scalars[end - 1].isLayoutSpace { end -= 1 }
        return (level, index..<end)
    }

    private static func isRule(_ scalars: [Unicode.Scalar], _ line: SourceLine) -> Bool {
        let marks = scalars[line.trimmed].filter { !$0.isLayoutSpace }
        guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `- `, `* `, `+ ` or `12. ` / `12) ` at the start of a line.
    private static func listMarker(_ scalars: [Unicode.Scalar], _ line: SourceLine) -> (String, Range<Int>)? {
        let range = line.trimmed
        var index = range.lowerBound
        guard index < range.upperBound else { return nil }
        let first = scalars[index]
        if first == "-" || first == "+" || first == "*" || first == "•" {
            guard index + 1 < range.upperBound, scalars[index + 1] == " " else { return nil }
            return (String(first), (index + 2)..<range.upperBound)
        }
        var digits = 0
        while index < range.upperBound, ("0"..."9").contains(scalars[index]) { digits += 1; index += 1 }
        guard (1...3).contains(digits), index + 1 < range.upperBound,
              scalars[index] == "." || scalars[index] == ")", scalars[index + 1] == " " else { return nil }
        let marker = String(String.UnicodeScalarView(scalars[range.lowerBound...index]))
        return (marker, (index + 2)..<range.upperBound)
    }

    /// Hard-wrapped plain text has most lines of similar, moderate length.
    private static func isHardWrapped(_ lines: [SourceLine]) -> Bool {
        let lengths = lines.filter { !$0.isBlank }.map { $0.trimmed.count }
        guard lengths.count >= 8 else { return false }
        let moderate = lengths.filter { (40...100).contains($0) }.count
        return moderate * 10 >= lengths.count * 7
    }
}
