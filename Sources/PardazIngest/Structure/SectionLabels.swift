/// The words journals print for the parts of a paper, in English and Persian, with the variants
/// real journals use ("ABSTRACT", "چکیده", "کلیدواژه‌ها", "واژه‌های کلیدی", "واژگان کلیدی"…).
enum SectionLabel: Sendable, Equatable {
    case abstract, keywords, notes, references, back

    /// Recognises a heading or label ("Keywords:", "**چکیده**") by its words alone.
    static func of(_ text: String) -> SectionLabel? {
        let key = comparisonKey(text)
        if abstractWords.contains(key) { return .abstract }
        if keywordWords.contains(key) { return .keywords }
        if noteWords.contains(key) { return .notes }
        if referenceWords.contains(key) { return .references }
        if backWords.contains(key) || key.hasPrefix("appendix") || key.hasPrefix("پیوست") { return .back }
        return nil
    }

    /// Lowercased, without punctuation, spaces, ZWNJ and Arabic-script letter variants, so that
    /// "واژه‌های کلیدی", "واژههای کلیدی" and "واژه های کلیدی" compare equal.
    static func comparisonKey(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "\u{064A}", "\u{0649}": result.append("\u{06CC}")
            case "\u{0643}": result.append("\u{06A9}")
            case "\u{0629}": result.append("\u{0647}")
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { result.append(scalar) }
            }
        }
        return String(result)
    }

    private static let abstractWords: Set<String> = Set([
        "abstract", "summary", "چکیده", "خلاصه", "چکیدهمقاله", "چکیدهفارسی", "چکیدهانگلیسی", "englishabstract",
    ].map(comparisonKey))

    private static let keywordWords: Set<String> = Set([
        "keywords", "key words", "keyword", "index terms", "کلیدواژهها", "کلیدواژه", "کلید واژهها", "کلید واژه",
        "واژههای کلیدی", "واژگان کلیدی", "واژه های کلیدی", "کلمات کلیدی", "کلیدواژگان",
    ].map(comparisonKey))

    private static let noteWords: Set<String> = Set([
        "note", "notes", "endnotes", "endnote", "footnotes", "یادداشتها", "یادداشت", "پینوشتها", "پینوشت",
        "پانوشتها", "پانوشت", "پی نوشت", "پی نوشتها",
    ].map(comparisonKey))

    private static let referenceWords: Set<String> = Set([
        "references", "reference", "bibliography", "works cited", "literature cited", "sources", "منابع",
        "فهرست منابع", "منابع و مآخذ", "کتابنامه", "کتابشناسی", "مراجع", "references and notes",
    ].map(comparisonKey))

    private static let backWords: Set<String> = Set([
        "acknowledgments", "acknowledgements", "acknowledgment", "acknowledgement", "funding",
        "conflict of interest", "سپاسگزاری", "تشکر و قدردانی", "قدردانی",
    ].map(comparisonKey))
}
