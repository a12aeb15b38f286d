import PardazICU

/// Reads a date as pages write it in metadata and `datetime` attributes — `2024-03-05`,
/// `2024-03-05T09:30:00+03:30`, `2024/3/5`, `2024-03`, `2024`, `March 5, 2024`, `1402/12/15` —
/// as an ISO date (`YYYY-MM-DD`, or `YYYY-MM`, `YYYY` when less is given). Years before 1700 are
/// Solar Hijri and are converted through ICU, keeping the original.
enum HTMLDateValue {
    struct Value: Equatable {
        var when: String
        var calendar: String
        var original: String?
    }

    static func parse(_ text: String) -> Value? {
        let scalars = Array(HTMLTextPatterns.trimmed(text).asciiDigits.unicodeScalars)
        if let value = isoPrefix(scalars) { return value }
        guard let found = DatelineParser.parseDate(scalars, from: 0, to: scalars.count) else { return nil }
        return Value(when: found.when, calendar: found.calendar, original: found.original)
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (or with `/`), then the end or a time.
    private static func isoPrefix(_ scalars: [Unicode.Scalar]) -> Value? {
        var parts: [Int] = []
        var index = 0
        while parts.count < 3 {
            var digits = 0, value = 0
            while index < scalars.count, digits < 4, (48...57).contains(scalars[index].value) {
                value = value * 10 + Int(scalars[index].value - 48)
                digits += 1
                index += 1
            }
            guard digits > 0, parts.isEmpty ? digits == 4 : digits <= 2 else { return nil }
            parts.append(value)
            guard index < scalars.count, scalars[index] == "-" || scalars[index] == "/" else { break }
            index += 1
        }
        if index < scalars.count, !(scalars[index] == "T" || scalars[index] == " " || scalars[index] == "t") {
            return nil
        }
        let year = parts[0]
        if parts.count > 1, !(1...12).contains(parts[1]) { return nil }
        if parts.count > 2, !(1...31).contains(parts[2]) { return nil }
        if year < 1700 {
            guard parts.count == 3 else { return nil }
            let original = CalendarDate(year: year, month: parts[1], day: parts[2])
            guard let gregorian = CalendarConverter.convert(original, from: .persian, to: .gregorian) else { return nil }
            return Value(when: gregorian.description, calendar: "persian", original: original.description)
        }
        let full = CalendarDate(year: year, month: parts.count > 1 ? parts[1] : 1, day: parts.count > 2 ? parts[2] : 1)
        return Value(when: String(full.description.prefix([4, 7, 10][parts.count - 1])), calendar: "gregorian")
    }
}
