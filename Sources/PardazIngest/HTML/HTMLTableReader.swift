import PardazModel

/// Tables of a page: which are data (a table block with rows and cells) and which only lay the page
/// out (read as ordinary containers), their rows, and the table block's text.
enum HTMLTableReader {
    /// Elements whose presence in a table shows it lays out a page rather than holding data.
    private static let layoutContent: Set<String> = [
        "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "section", "article", "form", "nav",
    ]

    static func isDataTable(_ index: Int, in page: HTMLPage) -> Bool {
        if let role = page[index].attribute("role")?.lowercased(), role == "presentation" || role == "none" {
            return false
        }
        return !page.tree.descendants(of: index).contains { layoutContent.contains(page[$0].name) }
    }

    /// The rows of a data table in order, each with its cells (`<th>`, `<td>`). A row is a header
    /// row when it stands in `<thead>` or has only `<th>` cells.
    static func rows(of table: Int, in page: HTMLPage) -> [(isHeader: Bool, cells: [Int])] {
        var result: [(Bool, [Int])] = []
        for row in page.tree.descendants(of: table) where page[row].name == "tr" {
            let cells = page[row].children.compactMap(\.elementIndex).filter { ["td", "th"].contains(page[$0].name) }
            guard !cells.isEmpty else { continue }
            let inHead = page[row].parent.map { page[$0].name == "thead" } ?? false
            result.append((inHead || cells.allSatisfy { page[$0].name == "th" }, cells))
        }
        return result
    }

    /// The table block's text, cells separated by tabs and rows by line breaks (the separators map
    /// to the empty source point between cells), and its `Table` with cell ranges relative to that
    /// text. Nil when no cell has text.
    static func assemble(_ rows: [(isHeader: Bool, cells: [RichText])], at point: Int) -> (RichText, Table)? {
        guard rows.contains(where: { $0.cells.contains { !$0.isEmpty } }) else { return nil }
        var content = RichText()
        var cellRanges: [[(Range<Int>, TextRange)]] = []
        for (rowIndex, row) in rows.enumerated() {
            var ranges: [(Range<Int>, TextRange)] = []
            for (cellIndex, cell) in row.cells.enumerated() {
                if rowIndex > 0 || cellIndex > 0 {
                    let here = content.sourceEnd ?? point
                    let next = max(here, cell.sourceStart ?? here)
                    content.append(cellIndex == 0 ? "\n" : "\t", replacing: TextRange(here, next))
                }
                let start = content.count
                content.append(cell)
                let sourcePoint = content.sourceEnd ?? point
                ranges.append((start..<content.count, cell.isEmpty ? TextRange(sourcePoint, sourcePoint) : cell.sourceRange()))
            }
            cellRanges.append(ranges)
        }
        // A table whose first or last cells are empty starts or ends with separators: trim them and
        // move the cell ranges with the text.
        let (trimmed, dropped) = HTMLTextRun.trimmed(content)
        let length = trimmed.count
        let scalars = trimmed.scalars
        let table = Table(rows: zip(rows, cellRanges).map { row, ranges in
            Table.Row(isHeader: row.isHeader, cells: ranges.map { range, source in
                let start = min(max(range.lowerBound - dropped, 0), length)
                let end = min(max(range.upperBound - dropped, start), length)
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[start..<end])
                return Span(text: String(text), range: TextRange(start, end), sourceRange: source)
            })
        })
        return (trimmed, table)
    }
}
