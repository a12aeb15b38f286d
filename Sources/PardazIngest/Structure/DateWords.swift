/// The words of written dates: month names in English, the Solar Hijri months and the Gregorian
/// months as Persian writes them, and the small words that stand between a date's parts ("5th",
/// "۵ آبان ماه ۱۳۹۹"). Lowercased, with Persian yeh and kaf and without ZWNJ, as `DateTokens` reads.
enum DateWords {
    enum Month: Equatable {
        case gregorian(Int)
        case solarHijri(Int)
    }

    /// The month a word names ("december", "dec", "dec.", "sept", "آبان", "ژانویه"), if any.
    static func month(_ word: String) -> Month? {
        let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
        if let number = englishMonths[bare] { return .gregorian(number) }
        if let number = persianGregorianMonths[bare] { return .gregorian(number) }
        if let number = solarHijriMonths[bare] { return .solarHijri(number) }
        return nil
    }

    private static func numbered(_ names: [[String]]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (index, variants) in names.enumerated() {
            for name in variants { table[name] = index + 1 }
        }
        return table
    }

    private static let englishMonths = numbered([
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
        ["november", "nov"], ["december", "dec"],
    ])

    private static let solarHijriMonths = numbered([
        ["فروردین"], ["اردیبهشت"], ["خرداد"], ["تیر"], ["مرداد", "امرداد"], ["شهریور"], ["مهر"], ["آبان"],
        ["آذر"], ["دی"], ["بهمن"], ["اسفند"],
    ])

    private static let persianGregorianMonths = numbered([
        ["ژانویه", "ژانویهٔ"], ["فوریه"], ["مارس"], ["آوریل"], ["مه", "می"], ["ژوئن"], ["ژوئیه", "جولای"],
        ["اوت", "آگوست"], ["سپتامبر"], ["اکتبر"], ["نوامبر"], ["دسامبر"],
    ])

    /// Ordinal endings written after a day ("5th", "22nd"), read as separate tokens.
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "ام", "م"]

    /// Words a date may carry between its day, month and year ("of", «ماه», «سال»).
    static let fillers: Set<String> = ["of", "ماه", "سال"]
}
