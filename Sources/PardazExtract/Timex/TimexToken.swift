import PardazModel

/// A token of the temporal tagger: a word (letters, with inner apostrophes, hyphens and dots of
/// abbreviations such as `Sept.` and `p.m.`), a number (digits, with an ordinal ending), or one
/// punctuation mark; with its scalar range.
struct TimexToken: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    let kind: Kind
    /// As written.
    let text: String
    /// Lowercased, without a trailing abbreviation dot.
    let key: String
    let range: TextRange

    var isCapitalized: Bool { text.first.map { $0.isUppercase } ?? false }
    /// The number's value, for a number token (an ordinal ending dropped).
    var number: Int? { kind == .number ? Int(key.prefix { $0.isNumber }) : nil }

    /// Words written with an abbreviation dot.
    static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "pp", "p", "mr", "mrs", "dr", "st",
    ]

    /// The tokens of `scalars`. Hyphens split words (`three-day` is three tokens: `three`, `-`, `day`).
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [TimexToken] {
        var tokens: [TimexToken] = []
        var index = 0
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.properties.numericType == .decimal }
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            if isDigit(scalar) {
                while index < scalars.count && isDigit(scalars[index]) { index += 1 }
                // 3rd, 21st; 1980s; 12/25/1998 and 1998-01-08 stay one token.
                while index + 1 < scalars.count && (scalars[index] == "/" || scalars[index] == "-") && isDigit(scalars[index + 1])
                        && (index - start <= 4) && scalars[start..<index].allSatisfy({ isDigit($0) || $0 == "/" || $0 == "-" }) {
                    index += 1
                    while index < scalars.count && isDigit(scalars[index]) { index += 1 }
                }
                let suffixStart = index
                while index < scalars.count && isLetter(scalars[index]) && index - suffixStart < 2 { index += 1 }
                let suffix = String(String.UnicodeScalarView(scalars[suffixStart..<index])).lowercased()
                if !["st", "nd", "rd", "th", "s"].contains(suffix) { index = suffixStart }
                if index < scalars.count && isLetter(scalars[index]) { index = suffixStart }
                append(.number, start, index)
            } else if isLetter(scalar) {
                while index < scalars.count && (isLetter(scalars[index])
                        || ((scalars[index] == "'" || scalars[index] == "’") && index + 1 < scalars.count && isLetter(scalars[index + 1])
                            // a possessive 's is a token of its own: Friday's
                            && !((scalars[index + 1] == "s" || scalars[index + 1] == "S")
                                 && (index + 2 >= scalars.count || !isLetter(scalars[index + 2]))))) {
                    index += 1
                }
                // Abbreviation dots: Sept. Jan. p.m. (a sentence's full stop is a token of its own).
                let word = String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
                if word.count == 1, index + 2 < scalars.count, scalars[index] == ".", isLetter(scalars[index + 1]), scalars[index + 2] == "." {
                    index += 3  // a.m., p.m.
                } else if index < scalars.count && scalars[index] == "." && Self.abbreviations.contains(word) {
                    index += 1
                }
                append(.word, start, index)
            } else if scalar.properties.isWhitespace {
                index += 1
            } else {
                index += 1
                append(.punctuation, start, index)
            }
        }
        return tokens

        func append(_ kind: Kind, _ start: Int, _ end: Int) {
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            var key = text.lowercased()
            if kind == .word && key.hasSuffix(".") && !key.dropLast().contains(".") { key.removeLast() }
            tokens.append(TimexToken(kind: kind, text: text, key: key, range: TextRange(start, end)))
        }
    }
}
