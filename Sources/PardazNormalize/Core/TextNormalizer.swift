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
    /// as English; the number of lines stays the same.
    public func normalizeLines(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { output.append("\n") }
            first = false
            output.append(normalize(String(line), language: Self.dominantLanguage(of: line)).text)
        }
        return output
    }

    /// `fa` when the text has more Arabic-script letters than Latin ones, else `en`.
    public static func dominantLanguage(of text: Substring) -> String {
        var arabic = 0, latin = 0
        for scalar in text.unicodeScalars {
            if PersianLetters.isLetter(scalar) { arabic += 1 } else if PersianLetters.isLatinLetter(scalar) { latin += 1 }
        }
        return arabic > latin ? "fa" : "en"
    }
}
