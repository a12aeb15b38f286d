/// Decides the language of a piece of a page from its script (`LanguageGuess`) and the `lang`
/// declared on it: the declaration wins when it fits the script (`ar` for Arabic-script text, `fr`
/// for Latin text, `uk` for Cyrillic text), the script wins otherwise (Persian text in a page
/// declared `en`, Russian text in a page declared `en`).
enum HTMLLanguage {
    /// Languages written in Arabic script.
    private static let arabicScript: Set<String> = ["fa", "ar", "ur", "ps", "ckb", "ku", "sd", "ug"]

    /// Languages written in a script that is neither Latin nor Arabic, by the tag the script gets
    /// from `LanguageGuess`. A declared tag outside these and `arabicScript` is taken for a Latin one.
    private static let otherScripts: [String: Set<String>] = [
        "ru": ["ru", "uk", "bg", "be", "sr", "mk", "kk", "ky", "mn", "tg", "tt", "ba"],
        "el": ["el"], "he": ["he", "iw", "yi"], "zh": ["zh", "yue", "ja", "ko"], "ja": ["ja"], "ko": ["ko"],
        "hi": ["hi", "mr", "ne", "sa"], "th": ["th"], "hy": ["hy"], "ka": ["ka"],
    ]

    /// `fallback` stands for the page's main language when nothing is declared.
    /// The script is judged on the first few thousand scalars.
    static func resolve(declared: String?, text: some Sequence<Unicode.Scalar>, fallback: String) -> String {
        guard let guess = LanguageGuess.language(of: text.prefix(4_000)) else { return declared ?? fallback }
        if let declared, fits(declared, guess) { return declared }
        if declared == nil, guess == "en", fits(fallback, guess) { return fallback }
        return guess
    }

    static func resolve(declared: String?, text: String, fallback: String) -> String {
        resolve(declared: declared, text: text.unicodeScalars, fallback: fallback)
    }

    /// True when a text whose script gave `guess` may be in the language `tag`.
    private static func fits(_ tag: String, _ guess: String) -> Bool {
        let primary = String(tag.split(separator: "-").first ?? "").lowercased()
        if LanguageGuess.isArabicScript(language: guess) { return arabicScript.contains(primary) }
        if let tags = otherScripts[guess] { return tags.contains(primary) }
        if guess == "und" { return true }
        return !arabicScript.contains(primary) && !otherScripts.values.contains { $0.contains(primary) }
    }
}
