/// The cells of the aligner's dynamic-programming table that it fills: for each English position
/// `i` (0 through `rows`), the Persian positions within `width` of the diagonal from (0, 0) to
/// (`rows`, `columns`). A band at least as wide as `columns` holds the whole table, so texts of
/// up to `minimumWidth` sentences are aligned exactly as by the full table.
struct AlignmentBand: Equatable {
    let rows: Int
    let columns: Int
    let width: Int

    /// The narrowest band the aligner starts with.
    static let minimumWidth = 50

    /// The band the aligner tries first: `minimumWidth`, or a quarter of the difference of the
    /// two sentence counts when that is more (the sentences one side has and the other lacks may
    /// sit together, off the diagonal), and always wide enough for a path from one row to the next.
    init(rows: Int, columns: Int) {
        let step = columns / max(rows, 1) + 2
        self.init(rows: rows, columns: columns, width: max(Self.minimumWidth, abs(rows - columns) / 4, step))
    }

    init(rows: Int, columns: Int, width: Int) {
        self.rows = rows
        self.columns = columns
        self.width = width
    }

    /// Whether the band holds the whole table.
    var isFull: Bool { width >= columns }

    /// The band twice as wide.
    var widened: AlignmentBand { AlignmentBand(rows: rows, columns: columns, width: width * 2) }

    /// The Persian positions of row `i`.
    func columns(of i: Int) -> ClosedRange<Int> {
        let centre = rows == 0 ? 0 : (i * columns + rows / 2) / rows
        return max(0, centre - width)...min(columns, centre + width)
    }

    /// How many cells the band holds.
    var cellCount: Int { (0...rows).reduce(0) { $0 + columns(of: $1).count } }

    /// Whether cell (`i`, `j`) lies within `margin` of an edge of the band that is not an edge of
    /// the table: a path there may have been kept from a better one outside.
    func isNearEdge(_ i: Int, _ j: Int, margin: Int = 2) -> Bool {
        let range = columns(of: i)
        return (range.lowerBound > 0 && j - range.lowerBound < margin) || (range.upperBound < columns && range.upperBound - j < margin)
    }
}
