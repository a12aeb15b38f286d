import PardazModel

/// Normalizes Persian text: letters, digits, diacritics and tatweel, ZWNJ, punctuation spacing and
/// bidi controls, each switchable, keeping an exact map from every output offset to the input.
///
/// Latin text inside Persian (words, URLs, e-mail addresses, identifiers) passes through untouched.
public struct PersianNormalizer: Sendable {
    public let options: PersianNormalizerOptions
    private let characters: PersianCharacterTable
    private let analyzer: PersianWordAnalyzer

    public init(options: PersianNormalizerOptions = PersianNormalizerOptions()) {
        self.options = options
        characters = PersianCharacterTable(unify: options.unifyCharacters, removeDiacritics: options.removeDiacritics,
                                           removeTatweel: options.removeTatweel,
                                           removeBidiControls: options.removeBidiControls)
        analyzer = PersianWordAnalyzer(lexicon: .shipped)
    }

    /// `text` normalized, with the map back to it.
    public func normalize(_ text: String) -> NormalizedText {
        let input = Array(text.unicodeScalars)
        let (unified, characterMap) = unifyCharacters(input)
        var wordPass = PersianWordPass(scalars: unified, options: options, analyzer: analyzer)
        let (output, wordMap) = wordPass.run()
        return NormalizedText(text: String(scalars: output), offsetMap: wordMap.composed(over: characterMap))
    }

    /// First pass: scalar by scalar, through the ICU-built table.
    private func unifyCharacters(_ input: [Unicode.Scalar]) -> ([Unicode.Scalar], OffsetMap) {
        var rewriter = ScalarRewriter(input)
        for index in input.indices {
            if let replacement = characters.replacement(for: input[index]) {
                rewriter.copy(upTo: index)
                rewriter.replace(upTo: index + 1, with: replacement)
            }
        }
        return rewriter.finish()
    }
}
