import Yams

/// Finds where a YAML scalar's value stands in the source: the YAML library gives only the line and
/// column where a node starts, so the value is followed from there through the source.
///
/// A value read as written (plain, quoted, literal or folded, white space folded across lines)
/// gives exactly its characters, without quotes or block indicators. A value the source writes
/// otherwise (an escape such as `\u2019`, a doubled `''`) gives the quoted text or the rest of its
/// line as written.
struct YAMLValueLocator {
    let scalars: [Unicode.Scalar]
    let region: Range<Int>
    /// Source offset of each YAML line's start, breaking lines where the YAML library does.
    private let lineStarts: [Int]

    init(scalars: [Unicode.Scalar], region: Range<Int>) {
        self.scalars = scalars
        self.region = region
        var starts = [region.lowerBound]
        var index = region.lowerBound
        while index < region.upperBound {
            let scalar = scalars[index]
            if scalar == "\r", index + 1 < region.upperBound, scalars[index + 1] == "\n" { index += 1 }
            if Self.isBreak(scalar) { starts.append(index + 1) }
            index += 1
        }
        lineStarts = starts
    }

    /// The source range of a scalar's value (empty at its place when the value is empty), or nil
    /// when the library gave no place for it.
    func range(of scalar: Node.Scalar) -> Range<Int>? {
        guard let mark = scalar.mark, let start = offset(of: mark) else { return nil }
        let value = Array(scalar.string.unicodeScalars).trimmedOfLayoutSpace()
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            let content = min(start + 1, region.upperBound)
            return match(value, from: content) ?? quoted(from: content, quote: scalars[start])
        case .literal, .folded:
            let content = firstContent(after: lineEnd(from: start))
            return match(value, from: content) ?? content..<lineEnd(from: content)
        case .plain, .any:
            return match(value, from: start) ?? start..<lineEnd(from: start)
        }
    }

    /// The source offset of a mark (line and column from 1, columns in scalars).
    private func offset(of mark: Mark) -> Int? {
        guard mark.line >= 1, mark.line <= lineStarts.count else { return nil }
        let offset = lineStarts[mark.line - 1] + mark.column - 1
        return region.contains(offset) ? offset : nil
    }

    /// `value` read from `start`, a run of white space in it matching any run of white space
    /// (line breaks and indentation included) in the source.
    private func match(_ value: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        guard !value.isEmpty else { return start..<start }
        var source = start
        var position = 0
        while position < value.count {
            guard source < region.upperBound else { return nil }
            if value[position].isLayoutSpace {
                guard scalars[source].isLayoutSpace || Self.isBreak(scalars[source]) else { return nil }
                while position < value.count, value[position].isLayoutSpace { position += 1 }
                while source < region.upperBound, scalars[source].isLayoutSpace || Self.isBreak(scalars[source]) {
                    source += 1
                }
            } else {
                guard scalars[source] == value[position] else { return nil }
                source += 1
                position += 1
            }
        }
        return start..<source
    }

    /// From `start` to the closing quote, stepping over escapes (`\"`) and doubled quotes (`''`).
    private func quoted(from start: Int, quote: Unicode.Scalar) -> Range<Int> {
        var index = start
        while index < region.upperBound {
            if quote == "\"", scalars[index] == "\\" { index += 2; continue }
            if scalars[index] == quote {
                if quote == "'", index + 1 < region.upperBound, scalars[index + 1] == "'" { index += 2; continue }
                return start..<index
            }
            index += 1
        }
        return start..<lineEnd(from: start)
    }

    /// The end of the line holding `offset`, trailing spaces left out.
    private func lineEnd(from offset: Int) -> Int {
        var end = offset
        while end < region.upperBound, !Self.isBreak(scalars[end]) { end += 1 }
        while end > offset, scalars[end - 1].isLayoutSpace { end -= 1 }
        return end
    }

    /// The first character that is not white space or a line break from `offset` on.
    private func firstContent(after offset: Int) -> Int {
        var index = offset
        while index < region.upperBound, scalars[index].isLayoutSpace || Self.isBreak(scalars[index]) { index += 1 }
        return index
    }

    /// The line breaks of YAML 1.1, which the YAML library counts lines by.
    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// These scalars without leading and trailing layout space.
    func trimmedOfLayoutSpace() -> [Unicode.Scalar] {
        var start = startIndex, end = endIndex
        while start < end, self[start].isLayoutSpace { start += 1 }
        while end > start, self[end - 1].isLayoutSpace { end -= 1 }
        return Array(self[start..<end])
    }
}
