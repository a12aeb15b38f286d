/// Tells English from Persian by script: the share of Arabic-script letters among all letters.
public enum LanguageGuess {
    /// `fa` when at least 40% of the letters are Arabic-script, else `en`; nil when there are no letters.
    public static func language<S: Sequence>(of scalars: S) -> String? where S.Element == Unicode.Scalar {
        var arabic = 0, letters = 0
        for scalar in scalars where scalar.properties.isAlphabetic {
            letters += 1
            if isArabicScript(scalar) { arabic += 1 }
        }
        guard letters > 0 else { return nil }
        return arabic * 10 >= letters * 4 ? "fa" : "en"
    }

    public static func language(of text: String) -> String? { language(of: text.unicodeScalars) }

    static func isArabicScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return true
        default: return false
        }
    }
}
