/// One line of the decoded source: scalar offsets of its content, without the line break.
struct SourceLine: Sendable {
    var start: Int
    var end: Int
    /// Content without leading and trailing layout space.
    var trimmed: Range<Int>

    var isBlank: Bool { trimmed.isEmpty }
    /// Columns of leading indentation (a tab counts as four).
    var indent: Int
}

/// Splits the decoded source into lines (LF, CRLF or CR breaks).
enum SourceLines {
    static func split(_ scalars: [Unicode.Scalar]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = 0
        var index = 0
        func finish(_ end: Int) {
            var low = start, high = end
            var indent = 0
            while low < high, scalars[low].isLayoutSpace {
                indent += scalars[low] == "\t" ? 4 : 1
                low += 1
            }
            while high > low, scalars[high - 1].isLayoutSpace { high -= 1 }
            lines.append(SourceLine(start: start, end: end, trimmed: low..<high, indent: indent))
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                finish(index)
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < scalars.count { finish(scalars.count) }
        return lines
    }
}
