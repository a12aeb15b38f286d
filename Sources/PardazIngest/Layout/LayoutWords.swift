/// The words of a line as the labeler compares them: letters and digits, lowercased, with Arabic
/// letter variants made Persian (ي ى → ی, ك → ک, ة → ه, أ إ → ا, ؤ → و), diacritics dropped and a
/// ZWNJ joining its neighbours, so that spellings real pages mix compare equal.
enum LayoutWords {
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar == "\u{200C}" || scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(persian(lower)) }
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The offset in `scalars` where word `count + 1` begins (the end when there are no more):
    /// where the text after a cue of `count` words starts. A word is a run of letters, digits and ZWNJ.
    static func offset(afterWords count: Int, in scalars: [Unicode.Scalar]) -> Int {
        var position = 0, seen = 0, inWord = false
        while position < scalars.count {
            let isWord = scalars[position].properties.isAlphabetic || scalars[position].properties.numericType == .decimal
                || scalars[position] == "\u{200C}"
            if isWord, !inWord {
                seen += 1
                if seen > count { break }
            }
            inWord = isWord
            position += 1
        }
        return position
    }

    /// The key of a phrase: its words run together, so that "key words" and "keywords" are one.
    static func key(_ words: some Sequence<String>) -> String { words.joined() }

    private static func persian(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{064A}", "\u{0649}": "\u{06CC}"
        case "\u{0643}": "\u{06A9}"
        case "\u{0629}": "\u{0647}"
        case "\u{0623}", "\u{0625}", "\u{0671}": "\u{0627}"
        case "\u{0624}": "\u{0648}"
        default: scalar
        }
    }
}
