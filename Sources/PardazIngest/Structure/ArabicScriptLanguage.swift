/// Tells Arabic from Persian in Arabic-script text, erring on the side of Persian.
///
/// Text is Arabic only when it has none of the letters Persian has and Arabic has not (پ چ ژ گ, and
/// the Persian forms of yeh and kaf) and at least two Arabic function words that Persian does not
/// use. Legacy Persian text typed with the Arabic yeh and kaf (ي ك) has no Persian-only letters in
/// a short line, but it has no such function words either, so it stays Persian; a short Arabic
/// line without them ("اقرأ بالعربية") stays Persian too.
enum ArabicScriptLanguage {
    /// True when `scalars` read as Arabic rather than Persian.
    static func isArabic<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        var word = String.UnicodeScalarView()
        var functionWords = 0
        func endWord() {
            if functionWords < 2, arabicFunctionWords.contains(String(word)) { functionWords += 1 }
            word.removeAll()
        }
        for scalar in scalars {
            if persianOnlyLetters.contains(scalar) { return false }
            if scalar.properties.isAlphabetic { word.append(scalar) } else { endWord() }
        }
        endWord()
        return functionWords >= 2
    }

    /// پ چ ژ گ ی ک: letters of Persian that Arabic does not write.
    private static let persianOnlyLetters: Set<Unicode.Scalar> = ["\u{067E}", "\u{0686}", "\u{0698}", "\u{06AF}", "\u{06CC}", "\u{06A9}"]

    /// Arabic function words with no Persian homograph (in Persian or in legacy Persian spelling with
    /// Arabic yeh and kaf): "in", "which", "this", "to", "from", "that", "was", "since", "or"….
    /// Words Persian also writes (بعد، حتی، الی، مع، ذلک، کما، لکن، قد، بین، علی) are left out.
    private static let arabicFunctionWords: Set<String> = [
        "في", "التي", "الذي", "الذين", "هذا", "هذه", "إلى", "عن", "أن", "إن", "أنه", "كانت", "ليس", "هناك",
        "يكون", "لقد", "منذ", "أو", "لم", "لن", "وفي", "والتي", "أيضا", "أيضاً",
    ]
}
