/// A word or number of a stretch of text, read for dates: lowercased, with ASCII digits, Persian
/// yeh and kaf, and no ZWNJ or direction marks; `range` is its scalar range in the text.
struct DateToken: Equatable {
    var text: String
    var range: Range<Int>

    /// True when the token is all ASCII digits.
    var isNumber: Bool { !text.isEmpty && text.utf8.allSatisfy { (48...57).contains($0) } }

    /// The token's value when it is a number of `digits` digits (or of 1 to `digits` when `upTo`).
    func number(digits: Int, upTo: Bool = false) -> Int? {
        guard isNumber, upTo ? text.count <= digits : text.count == digits else { return nil }
        return Int(text)
    }
}

/// Splits text into `DateToken`s: at spaces and punctuation that never stand inside a date, between
/// a number and a word written together ("مهر1402", "5th"), and at the hyphens and slashes of a
/// word ("05-Dec-2022"); the hyphens, slashes and dots of a number ("2021-04-26", "۱۴۰۱/۰۶/۳۰",
/// "26.04.2021") are kept.
enum DateTokens {
    static func tokens(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = from
        while index < to {
            while index < to, isSeparator(scalars[index]) { index += 1 }
            let start = index
            while index < to, !isSeparator(scalars[index]) { index += 1 }
            if start < index { tokens += pieces(scalars, start..<index) }
        }
        return tokens
    }

    /// One space-separated piece cut where a number meets a word, and at a word's hyphens and slashes.
    private static func pieces(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [DateToken] {
        let hasLetter = scalars[range].contains { $0.properties.isAlphabetic }
        var result: [DateToken] = []
        var current = String.UnicodeScalarView()
        var start = range.lowerBound
        var previousIsDigit: Bool?
        func close(at end: Int) {
            var text = String(current)
            if let first = text.unicodeScalars.first, (48...57).contains(first.value) {
                while text.hasSuffix(".") { text.removeLast() }
            }
            if text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || (48...57).contains($0.value) }) {
                result.append(DateToken(text: text, range: start..<end))
            }
            current.removeAll()
        }
        for position in range {
            let scalar = unified(scalars[position])
            if scalar.properties.generalCategory == .format { continue }
            if hasLetter, scalar == "-" || scalar == "/" {
                close(at: position)
                start = position + 1
                previousIsDigit = nil
                continue
            }
            let isDigit = (48...57).contains(scalar.value)
            let isLetter = scalar.properties.isAlphabetic
            if let previous = previousIsDigit, isDigit || isLetter, previous != isDigit {
                close(at: position)
                start = position
            }
            if current.isEmpty { start = position }
            current.append(scalar)
            if isDigit || isLetter { previousIsDigit = isDigit }
        }
        close(at: range.upperBound)
        return result
    }

    /// Lowercased, ASCII digits for Persian and Arabic-Indic ones, Persian yeh and kaf for the
    /// Arabic letters; one scalar for one.
    static func unified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)!
        case 0x064A, 0x0649: return "\u{06CC}"
        case 0x0643: return "\u{06A9}"
        default:
            let lower = String(scalar).lowercased().unicodeScalars
            return lower.count == 1 ? lower.first! : scalar
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLayoutSpace || separators.contains(scalar)
    }

    /// Punctuation that never stands inside a date.
    private static let separators: Set<Unicode.Scalar> = [
        ",", ":", "(", ")", "[", "]", "،", ";", "؛", "|", "«", "»", "\"", "“", "”", "–", "—", "•", "·",
    ]
}
