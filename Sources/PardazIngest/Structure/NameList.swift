/// Splits a line of names ("A. One, B. Two and C. Three", "نام یک و نام دو") into the range of each
/// piece, trimmed of spaces. Separators: commas (Latin and Arabic), semicolons, `&`, " and ", " و ".
enum NameList {
    static func pieces(_ scalars: [Unicode.Scalar], from start: Int = 0) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var pieceStart = start
        var position = start
        func close(_ end: Int) {
            var low = pieceStart, high = end
            while low < high, scalars[low].isLayoutSpace { low += 1 }
            while high > low, scalars[high - 1].isLayoutSpace { high -= 1 }
            if low < high { pieces.append(low..<high) }
        }
        while position < scalars.count {
            if let width = separatorWidth(scalars, at: position) {
                close(position)
                pieceStart = position + width
                position += width
            } else {
                position += 1
            }
        }
        close(scalars.count)
        return pieces
    }

    private static let words = [" and ", " & ", " و "].map { Array($0.unicodeScalars) }

    private static func separatorWidth(_ scalars: [Unicode.Scalar], at position: Int) -> Int? {
        let scalar = scalars[position]
        if scalar == "," || scalar == "،" || scalar == ";" || scalar == "؛" { return 1 }
        for word in words where position + word.count <= scalars.count
            && scalars[position..<position + word.count].elementsEqual(word) {
            return word.count
        }
        return nil
    }
}
