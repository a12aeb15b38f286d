/// What to do with digits in Persian text.
public enum DigitPolicy: String, Sendable, CaseIterable, Codable {
    /// Leave each digit as written (Arabic-Indic digits still become Persian when letters are unified).
    case keep
    /// Persian digits (۰–۹).
    case persian
    /// Latin digits (0–9).
    case latin
}

/// The switches of the Persian normalizer; every behaviour can be turned off.
public struct PersianNormalizerOptions: Hashable, Sendable {
    /// Arabic letter variants to Persian (ي→ی, ك→ک), presentation forms and ligatures to letters
    /// (NFKC), Arabic-Indic digits to Persian.
    public var unifyCharacters = true
    /// Digit policy, applied to digit runs in Persian text only (never inside Latin words, URLs,
    /// e-mail addresses or identifiers like `C-802`).
    public var digits = DigitPolicy.persian
    /// Remove harakat, tanwin, shadda, sukun and superscript alef.
    public var removeDiacritics = true
    public var removeTatweel = true
    /// Restore missing ZWNJs (deleted, replaced by a space or by U+00AC) and clean up stray ones.
    public var repairZWNJ = true
    /// No space before ، ؛ ؟ and closing », one after them; none inside « ».
    public var spacePunctuation = true
    /// Remove directional marks, embeddings and isolates.
    public var removeBidiControls = true

    public init() {}

    /// Everything off: the text passes through unchanged.
    public static var none: PersianNormalizerOptions {
        var options = PersianNormalizerOptions()
        options.unifyCharacters = false
        options.digits = .keep
        options.removeDiacritics = false
        options.removeTatweel = false
        options.repairZWNJ = false
        options.spacePunctuation = false
        options.removeBidiControls = false
        return options
    }
}
