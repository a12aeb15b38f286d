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

    /// `text` normalized, with the map back to it; how boldly ZWNJs are repaired is judged from
    /// the text itself (`damage(of:)`).
    public func normalize(_ text: String) -> NormalizedText {
        var memo = PersianRepairMemo(damage: damage(of: text))
        return normalize(text, memo: &memo)
    }

    /// What has happened to the ZWNJs of `text`: judge it once over all of a text that is then
    /// normalized in pieces, and pass it in the pieces' memo.
    public func damage(of text: String) -> ZWNJDamage {
        damage(ofScalars: Array(text.unicodeScalars.prefix(Self.damageSample)))
    }

    /// `damage(of:)` of a text's scalars, of which the first `damageSample` are read.
    public func damage(ofScalars scalars: [Unicode.Scalar]) -> ZWNJDamage {
        analyzer.damage(of: scalars.count > Self.damageSample ? Array(scalars.prefix(Self.damageSample)) : scalars)
    }

    /// How many scalars at the beginning of a text `damage(of:)` reads (plus a word past its sample).
    public static let damageSample = PersianWordAnalyzer.damageSample + 64

    /// `text` normalized, remembering in `memo` how each word was repaired, so that a stream of
    /// pieces (a file line by line, a document block by block) decides each word once; the memo
    /// also says how boldly to repair.
    public func normalize(_ text: String, memo: inout PersianRepairMemo) -> NormalizedText {
        let (output, map) = normalizedScalars(text.scalarArray, memo: &memo)
        return NormalizedText(text: String(scalars: output), offsetMap: map)
    }

    /// The UTF-8 of `scalars` normalized, with no offset map: for streaming a large input through
    /// without building a `String` of each piece, from bytes the caller decoded (`UTF8Decoding`).
    public func normalizedUTF8(scalars: [Unicode.Scalar], memo: inout PersianRepairMemo) -> [UInt8] {
        normalizedScalars(scalars, memo: &memo, composingMaps: false).0.utf8Bytes
    }

    /// The normalized scalars and, when `composingMaps`, the map from them to `text` (else the map
    /// of the word pass alone, which the caller does not read).
    private func normalizedScalars(_ input: [Unicode.Scalar], memo: inout PersianRepairMemo,
                                   composingMaps: Bool = true) -> ([Unicode.Scalar], OffsetMap) {
        let (unified, characterMap) = unifyCharacters(input)
        var wordPass = PersianWordPass(scalars: unified, options: options, analyzer: analyzer, repairs: memo)
        memo = PersianRepairMemo(damage: memo.damage)  // hand the table over without a copy
        let (output, wordMap) = wordPass.run()
        memo = wordPass.repairs
        return (output, composingMaps ? wordMap.composed(over: characterMap) : wordMap)
    }

    /// First pass: scalar by scalar, through the ICU-built table.
    private func unifyCharacters(_ input: [Unicode.Scalar]) -> ([Unicode.Scalar], OffsetMap) {
        var rewriter = ScalarRewriter(input)
        input.withUnsafeBufferPointer { scalars in
            for index in scalars.indices {
                let slot = characters.slot(for: scalars[index])
                if slot != 0 {
                    rewriter.copy(upTo: index)
                    rewriter.replace(upTo: index + 1, with: characters.replacement(inSlot: slot))
                }
            }
        }
        return rewriter.finish()
    }
}

/// How words were repaired so far; carried from one call of `PersianNormalizer.normalize` to the
/// next by a caller that normalizes many pieces of text with the same normalizer.
public struct PersianRepairMemo: Sendable {
    /// How boldly to repair ZWNJs.
    public let damage: ZWNJDamage
    /// Per word, an `Entry`.
    var table = WordTable<Entry>(minimumCapacity: 4096)
    var repairs: [[Unicode.Scalar]] = []

    /// What is known of a word: -1 when it stays as it is, else its index in `repairs`; and its
    /// `PersianWordAnalyzer.joinRole`, packed in one 32-bit value so that the table stays small.
    struct Entry: Sendable {
        private let packed: Int32
        init(repair: Int32, role: UInt8) { packed = repair << 3 | Int32(role & 7) }
        var repair: Int32 { packed >> 3 }
        var role: UInt8 { UInt8(packed & 7) }
    }

    public init(damage: ZWNJDamage = .unknown) {
        self.damage = damage
    }
}
