/// Decides the language of a piece of a page from its script (`LanguageGuess`) and the `lang`
/// declared on it: the declaration wins when it fits the script (`ar` for Arabic-script text, `fr`
/// for Latin text), the script wins otherwise (Persian text in a page declared `en`).
enum HTMLLanguage {
    /// Languages written in Arabic script.
    private static let arabicScript: Set<String> = ["fa", "ar", "ur", "ps", "ckb", "ku", "sd", "ug"]

    /// `fallback` stands for the page's main language when nothing is declared.
    /// The script is judged on the first few thousand scalars.
    static func resolve(declared: String?, text: some Sequence<Unicode.Scalar>, fallback: String) -> String {
        guard let guess = LanguageGuess.language(of: text.prefix(4_000)) else { return declared ?? fallback }
        let arabic = guess == "fa"
        if let declared, arabicScript.contains(declared) == arabic { return declared }
        if !arabic, arabicScript.contains(fallback) == false, declared == nil { return fallback }
        return guess
    }

    static func resolve(declared: String?, text: String, fallback: String) -> String {
        resolve(declared: declared, text: text.unicodeScalars, fallback: fallback)
    }
}
