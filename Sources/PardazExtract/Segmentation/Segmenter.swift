import PardazICU
import PardazModel

/// Sentences and tokens for English and Persian on ICU's break iterators, with the repairs ICU
/// needs: abbreviations ("U.S.", "Dr.", "e.g.", "No.", initials) neither end a sentence nor split
/// into letters and dots, and Persian words keep their ZWNJs.
public struct Segmenter: Sendable {
    public let language: String

    /// Abbreviations that take a dot (lowercased, without their final dot) and do not end a
    /// sentence when followed by more text.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "adm", "gov", "sen", "rep", "st", "jr", "sr",
        "no", "nos", "vol", "pp", "p", "fig", "ed", "eds", "et al", "etc", "vs", "cf", "e.g", "i.e", "u.s", "u.k", "u.n",
        "u.s.a", "a.m", "p.m", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "approx", "dept", "est", "ft", "km", "mt",
    ]

    /// Abbreviations that never end a sentence: titles and "e.g."-like words.
    static let nonTerminal: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "adm", "gov", "sen", "rep", "st",
        "vs", "cf", "e.g", "i.e", "fig", "vol", "pp", "no", "nos", "p",
    ]

    public init(language: String) {
        self.language = language
    }

    /// The sentences of `text`, with their tokens; ranges in Unicode scalars of `text`.
    public func sentences(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        let locale = language == "fa" ? "fa" : "en"
        var spans: [Range<Int>] = ICUBreaks.segments(text, kind: .sentence, locale: locale).map(\.range)
        let tokens = self.tokens(text)
        // Offsets that lie inside a token ("a.B" is one word to ICU's word rules and two sentences
        // to its sentence rules): no sentence may end there.
        var insideToken = [Bool](repeating: false, count: scalars.count + 1)
        for token in tokens where token.range.count > 1 {
            for offset in (token.range.start + 1)..<token.range.end { insideToken[offset] = true }
        }
        // Rejoin sentences that ICU ended after an abbreviation or an initial, or inside a token.
        var merged: [Range<Int>] = []
        for span in spans {
            if let last = merged.last,
               insideToken[last.upperBound] || endsWithAbbreviation(scalars[last], before: scalars[span]) {
                merged[merged.count - 1] = last.lowerBound..<span.upperBound
            } else {
                merged.append(span)
            }
        }
        spans = merged
        var result: [Sentence] = []
        var tokenIndex = 0
        for span in spans {
            // Trim trailing spaces and line ends from the sentence.
            var end = span.upperBound
            while end > span.lowerBound && scalars[end - 1].properties.isWhitespace { end -= 1 }
            var start = span.lowerBound
            while start < end && scalars[start].properties.isWhitespace { start += 1 }
            guard start < end else { continue }
            var sentenceTokens: [Token] = []
            while tokenIndex < tokens.count && tokens[tokenIndex].range.start < end {
                if tokens[tokenIndex].range.start >= start { sentenceTokens.append(tokens[tokenIndex]) }
                tokenIndex += 1
            }
            result.append(Sentence(text: String(String.UnicodeScalarView(scalars[start..<end])), range: TextRange(start, end),
                                   tokens: sentenceTokens))
        }
        return result
    }

    /// The tokens of `text`: ICU's word segments without the spaces, abbreviations and initials
    /// kept whole ("U.S.", "e.g.", "J."), numbers with their decimal and thousands separators.
    public func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        let segments = ICUBreaks.segments(text, kind: .word, locale: language == "fa" ? "fa" : "en")
        var tokens: [Token] = []
        var index = 0
        while index < segments.count {
            let (range, status) = segments[index]
            let piece = scalars[range]
            if piece.allSatisfy({ $0.properties.isWhitespace }) {
                index += 1
                continue
            }
            var end = range.upperBound
            var next = index + 1
            // A word followed by a dot that makes it an abbreviation: U.S. e.g. Dr. J.
            if status == .letters, next < segments.count, scalars[segments[next].range] == ["."] {
                let word = String(String.UnicodeScalarView(piece)).lowercased()
                let isInitial = piece.count == 1 && piece.first!.properties.isUppercase
                if Self.abbreviations.contains(word) || isInitial || word.contains(".") {
                    end = segments[next].range.upperBound
                    next += 1
                }
            }
            let kind: Token.Kind = status == .number ? .number : status == .letters ? .word
                : piece.contains(where: { $0.properties.isAlphabetic }) ? .word : .punctuation
            tokens.append(Token(text: String(String.UnicodeScalarView(scalars[range.lowerBound..<end])),
                                range: TextRange(range.lowerBound, end), kind: kind))
            index = next
        }
        return tokens
    }

    /// Whether the sentence ends with a title or "e.g." (or "No." and "pp." before a number), or an
    /// initial, followed by its dot.
    private func endsWithAbbreviation(_ sentence: ArraySlice<Unicode.Scalar>, before next: ArraySlice<Unicode.Scalar>) -> Bool {
        var end = sentence.endIndex
        while end > sentence.startIndex && sentence[end - 1].properties.isWhitespace { end -= 1 }
        guard end > sentence.startIndex, sentence[end - 1] == "." else { return false }
        var start = end - 1
        while start > sentence.startIndex && (sentence[start - 1].properties.isAlphabetic || sentence[start - 1] == ".") {
            start -= 1
        }
        let word = String(String.UnicodeScalarView(sentence[start..<(end - 1)])).lowercased()
        if word.count == 1, let first = sentence[start...].first, first.properties.isUppercase { return true }  // an initial
        guard Self.nonTerminal.contains(word) else { return false }
        if ["no", "nos", "pp", "p", "vol", "fig"].contains(word) {
            return next.first(where: { !$0.properties.isWhitespace })?.properties.numericType != nil
        }
        return true
    }
}
