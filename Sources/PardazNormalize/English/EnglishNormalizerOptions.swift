/// The switches of the English normalizer for text converted from PDF.
public struct EnglishNormalizerOptions: Hashable, Sendable {
    /// `\$`, `\*`, `\_` and the doubled `\\_` of PDF converters become the bare character.
    public var resolveEscapes = true
    /// A word hyphenated at a line end is joined (`develop-` / `ment`), keeping real hyphens
    /// (`anti-` / `ship`) and moving the joined word onto the first line.
    public var dehyphenate = true
    /// Ligatures and full-width forms to plain letters (NFKC, for these scalars only).
    public var expandLigatures = true
    /// URLs broken by spaces (`http:// www. example. org/`) are rejoined.
    public var repairURLs = true
    /// Runs of spaces become one space.
    public var collapseSpaces = true

    public init() {}
}
