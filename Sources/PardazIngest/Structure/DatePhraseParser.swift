import PardazICU

/// A date read from text: its scalar range, its ISO Gregorian value, the calendar it was written
/// in and, for a Solar Hijri date, its value in that calendar.
struct DatePhrase: Sendable, Equatable {
    var range: Range<Int>
    var when: String
    var calendar: String
    var original: String?
}

/// Reads the first date among `DateToken`s, in the forms pages print:
/// day month year ("05 Dec 2022", "5th of December 2022", "۵ آبان ۱۳۹۹", "۲۵ آبان ماه ۱۳۹۹",
/// "30 مهر1402", "۵ ژانویه ۲۰۲۰"), month day year ("December 5, 2022"), year month day
/// ("2022 Dec 5"), month year ("March 2015"), and numbers ("2021-04-26", "۱۴۰۱/۰۶/۳۰", "26/04/2021").
///
/// Years from 1200 to 1699 are Solar Hijri, and so is any year with a Solar Hijri month name; such
/// a date needs its day, and is converted to Gregorian through ICU. Days that do not exist in their
/// month are refused.
enum DatePhraseParser {
    /// The first date that starts among the first `startWithin` tokens (all when nil). `order`
    /// settles numeric dates such as 03/05/2021 whose day and month could be either.
    static func first(in tokens: [DateToken], startWithin: Int? = nil, order: NumericDateOrder? = nil) -> DatePhrase? {
        var index = 0
        while index < min(tokens.count, startWithin ?? tokens.count) {
            if let date = numeric(tokens[index], order: order) { return date }
            switch written(tokens, at: index) {
            case .date(let date): return date
            // "31 April 2021" is no date, and its "April 2021" is not one either.
            case .impossible(let next): index = next
            case .none: index += 1
            }
        }
        return nil
    }

    /// What the tokens at one position make: a date, all the parts of a day that does not exist
    /// (to be skipped whole), or nothing.
    private enum Match {
        case date(DatePhrase)
        case impossible(next: Int)
        case none
    }

    /// "2021-04-26", "2021/4/26", "۱۳۹۹-۰۸-۰۵", "26/04/2021", "26.04.2021", "05/08/1399".
    private static func numeric(_ token: DateToken, order: NumericDateOrder?) -> DatePhrase? {
        guard let parts = NumericDateOrder.parts(token.text) else { return nil }
        let (a, b, c) = (parts.values[0], parts.values[1], parts.values[2])
        if parts.yearFirst { return value(year: a, month: .number(b), day: c, token.range) }
        let year = c
        if (1200..<1700).contains(year) { return value(year: year, month: .number(b), day: a, token.range) }
        switch NumericDateOrder.of(day: a, month: b, dotted: parts.separator == ".") ?? order {
        case .dayFirst: return value(year: year, month: .number(b), day: a, token.range)
        case .monthFirst: return value(year: year, month: .number(a), day: b, token.range)
        case nil: return nil
        }
    }

    /// Dates with a month name, starting at `index`.
    private static func written(_ tokens: [DateToken], at index: Int) -> Match {
        var reader = DateTokenReader(tokens: tokens, position: index)
        let start = tokens[index].range.lowerBound
        func match(_ year: Int, _ month: MonthValue, _ day: Int?) -> Match {
            value(year: year, month: month, day: day, start..<reader.end).map(Match.date) ?? .impossible(next: reader.position)
        }
        // 5 December 2022, ۵ آبان ماه ۱۳۹۹
        if let day = reader.day(), let month = reader.month(), let year = reader.year() { return match(year, month, day) }
        reader.position = index
        if let month = reader.month() {
            let afterMonth = reader.position
            // December 5, 2022
            if let day = reader.day(), let year = reader.year() { return match(year, month, day) }
            reader.position = afterMonth
            // March 2015
            if let year = reader.year() { return match(year, month, nil) }
        }
        reader.position = index
        // 2022 Dec 5
        if let year = reader.year(), let month = reader.month(), let day = reader.day() { return match(year, month, day) }
        return .none
    }

    enum MonthValue {
        case number(Int)
        case named(DateWords.Month)
    }

    /// The date of the parts, converted to Gregorian when it is Solar Hijri; nil when it does not exist.
    static func value(year: Int, month: MonthValue, day: Int?, _ range: Range<Int>) -> DatePhrase? {
        let solar: Bool, number: Int
        switch month {
        case .number(let value): (solar, number) = ((1200..<1700).contains(year), value)
        case .named(.gregorian(let value)): (solar, number) = (false, value)
        case .named(.solarHijri(let value)): (solar, number) = (true, value)
        }
        guard (1...12).contains(number) else { return nil }
        if solar {
            guard (1200..<1700).contains(year), let day else { return nil }
            let original = CalendarDate(year: year, month: number, day: day)
            guard let gregorian = CalendarConverter.convert(original, from: .persian, to: .gregorian) else { return nil }
            return DatePhrase(range: range, when: gregorian.description, calendar: "persian", original: original.description)
        }
        guard (1700..<2200).contains(year) else { return nil }
        let date = CalendarDate(year: year, month: number, day: day ?? 1)
        guard CalendarConverter.convert(date, from: .gregorian, to: .gregorian) != nil else { return nil }
        return DatePhrase(range: range, when: day == nil ? String(date.description.prefix(7)) : date.description,
                          calendar: "gregorian", original: nil)
    }
}

/// Reads a date's parts one after another from tokens, skipping the small words between them.
private struct DateTokenReader {
    let tokens: [DateToken]
    var position: Int
    /// The end of the last part read.
    var end = 0

    /// A day, 1 to 31, with its ordinal ending ("5th") and an "of" after it.
    mutating func day() -> Int? {
        guard position < tokens.count, let day = tokens[position].number(digits: 2, upTo: true), (1...31).contains(day)
        else { return nil }
        take()
        if position < tokens.count, DateWords.ordinalSuffixes.contains(tokens[position].text) { take() }
        skipFillers()
        return day
    }

    mutating func month() -> DatePhraseParser.MonthValue? {
        guard position < tokens.count, let month = DateWords.month(tokens[position].text) else { return nil }
        take()
        skipFillers()
        return .named(month)
    }

    mutating func year() -> Int? {
        guard position < tokens.count, let year = tokens[position].number(digits: 4) else { return nil }
        take()
        skipFillers()
        return year
    }

    private mutating func take() {
        end = tokens[position].range.upperBound
        position += 1
    }

    private mutating func skipFillers() {
        while position < tokens.count, DateWords.fillers.contains(tokens[position].text) { position += 1 }
    }
}
