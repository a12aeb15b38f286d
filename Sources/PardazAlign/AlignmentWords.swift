import PardazExtract

/// The words of a sentence as the aligner compares them: content words, lowercased and lightly
/// stemmed (English plural s; Persian plural and adjective suffixes, the verb prefix می), Persian
/// letter variants and ZWNJ folded; numbers kept apart with their digits made ASCII.
struct AlignmentWords {
    var words: [String]
    /// Numbers in any digit system, as ASCII digits ("۲۰۱۳" and "2013" are both "2013").
    var numbers: [String]
    /// Latin-script words of two letters or more, as written (acronyms and names inside Persian).
    var latin: [String]

    static let englishStopWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was",
        "were", "be", "been", "it", "its", "this", "that", "these", "those", "which", "who", "has", "have", "had", "not",
        "but", "their", "they", "he", "she", "his", "her", "we", "our", "will", "would", "can", "could", "also", "than",
    ]
    static let persianStopWords: Set<String> = [
        "و", "در", "به", "از", "که", "را", "با", "این", "آن", "برای", "تا", "بر", "یا", "هم", "نیز", "است", "بود", "شد",
        "می", "ها", "های", "ای", "یک", "خود", "اند", "کرد", "کند", "شده", "شود",
    ]

    init(_ text: String, language: String) {
        self.init(tokens: Segmenter(language: language).tokens(text), language: language)
    }

    /// The words among `tokens` (a sentence's, from `Segmenter.tokens`).
    init(tokens: [Token], language: String) {
        var words: [String] = [], numbers: [String] = [], latin: [String] = []
        for token in tokens {
            if token.kind == .number || token.text.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal }) {
                let digits = String(token.text.unicodeScalars.compactMap { scalar -> Character? in
                    guard let value = scalar.properties.numericValue, scalar.properties.numericType == .decimal else { return nil }
                    return Character(String(Int(value)))
                })
                if !digits.isEmpty { numbers.append(digits) }
                continue
            }
            guard token.kind == .word else { continue }
            let isLatin = token.text.unicodeScalars.allSatisfy { $0.isASCII }
            if isLatin && token.text.count >= 2 { latin.append(token.text.lowercased()) }
            let word = language == "fa" && !isLatin ? Self.persianStem(token.text) : Self.englishStem(token.text)
            let stop = language == "fa" ? Self.persianStopWords : Self.englishStopWords
            if word.count >= 2 && !stop.contains(word) { words.append(word) }
        }
        self.words = words
        self.numbers = numbers
        self.latin = latin
    }

    static func englishStem(_ word: String) -> String {
        var word = word.lowercased()
        for ending in ["'s", "’s"] where word.hasSuffix(ending) { word.removeLast(2) }
        if word.count > 4 && word.hasSuffix("s") && !word.hasSuffix("ss") { word.removeLast() }
        return word
    }

    static func persianStem(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars where scalar != "\u{200C}" {
            scalars.append(scalar == "ي" ? "ی" : scalar == "ك" ? "ک" : scalar)
        }
        var word = String(scalars)
        for prefix in ["نمی", "می"] where word.hasPrefix(prefix) && word.count - prefix.count >= 3 {
            word.removeFirst(prefix.count)
            break
        }
        for suffix in ["هایی", "های", "ها", "ترین", "تر", "ای", "ان", "ات", "ی"] where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            word.removeLast(suffix.count)
            break
        }
        return word
    }
}
