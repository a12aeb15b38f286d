import PardazModel

/// The Persian and English normalizers together, for text whose language is known per block or
/// decided per line.
public struct TextNormalizer: Sendable {
    public let persian: PersianNormalizer
    public let english: EnglishNormalizer

    public init(persian: PersianNormalizerOptions = PersianNormalizerOptions(),
                english: EnglishNormalizerOptions = EnglishNormalizerOptions()) {
        self.persian = PersianNormalizer(options: persian)
        self.english = EnglishNormalizer(options: english)
    }

    /// `text` normalized as `language` (`fa` or `en`); other languages pass through unchanged.
    public func normalize(_ text: String, language: String) -> NormalizedText {
        switch language {
        case "fa": return persian.normalize(text)
        case "en": return english.normalize(text)
        default: return NormalizedText(unchanged: text)
        }
    }

    /// Each line normalized as Persian when it has more Arabic-script letters than Latin ones, else
    /// as English (a line mostly in another script is left as it is); consecutive lines of one language go through together (so that a word
    /// hyphenated at a line end is joined). The number of lines stays the same.
    public func normalizeLines(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var run: [Substring] = []
        var runLanguage = ""
        func flush() {
            guard !run.isEmpty else { return }
            if !output.isEmpty { output.append("\n") }
            output.append(normalize(run.joined(separator: "\n"), language: runLanguage).text)
            run.removeAll()
        }
        for line in text.linesAtLineFeeds() {
            // An empty line goes with the run before it.
            let language = line.isEmpty && !run.isEmpty ? runLanguage : Self.dominantLanguage(of: line)
            if language != runLanguage { flush() }
            runLanguage = language
            run.append(line)
        }
        if run.count == 1, run[0].isEmpty, output.isEmpty { return text }
        flush()
        return output
    }

    /// `fa` when the text has more Arabic-script letters than Latin ones, else `en`; `und` (left
    /// unchanged) when letters of another script (Cyrillic, Han, Greek…) outnumber both.
    public static func dominantLanguage(of text: Substring) -> String {
        var arabic = 0, latin = 0, other = 0
        for scalar in text.unicodeScalars {
            if PersianLetters.isLetter(scalar) {
                arabic += 1
            } else if PersianLetters.isLatinLetter(scalar) {
                latin += 1
            } else if scalar.properties.isAlphabetic, !(0x0600...0x06FF).contains(scalar.value) {
                other += 1
            }
        }
        if other > arabic && other > latin { return "und" }
        return arabic > latin ? "fa" : "en"
    }
}
