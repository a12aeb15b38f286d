import PardazModel

/// Finds English temporal expressions and normalizes them to TIMEX3, resolving relative ones
/// against the document creation time when one is known and leaving them underspecified
/// (`XXXX-11-14`) when not — never against the machine's clock.
public struct EnglishTimexTagger: Sendable {
    public let anchor: TimexAnchor?

    public init(anchor: TimexAnchor?) {
        self.anchor = anchor
    }

    private typealias Lexicon = EnglishTimexLexicon

    /// One match: tokens `start..<end`, normalized.
    private struct Match {
        var end: Int
        var type: TemporalExpression.Kind
        var value: String
        var mod: String?
    }

    public func tag(_ text: String) -> [TemporalExpression] {
        let scalars = Array(text.unicodeScalars)
        let tokens = TimexToken.tokenize(scalars)
        var results: [TemporalExpression] = []
        var index = 0
        // The year and month of the last date written out, for "the following year", "the
        // previous month": those count from it, not from the creation time.
        var lastDate: (year: Int, month: Int?)?
        while index < tokens.count {
            guard var match = bestMatch(tokens, at: index) else {
                index += 1
                continue
            }
            if let lastDate, let value = Self.anaphoric(tokens[index..<match.end].map(\.key), after: lastDate) {
                match = Match(end: match.end, type: .date, value: value)
            } else if match.type == .date, tokens[index..<match.end].contains(where: { $0.kind == .number }),
                      match.value.count >= 4, let year = Int(match.value.prefix(4)) {
                let month = match.value.count >= 7 ? Int(match.value.dropFirst(5).prefix(2)) : nil
                lastDate = (year, month)
            }
            let range = TextRange(tokens[index].range.start, tokens[match.end - 1].range.end)
            results.append(TemporalExpression(type: match.type, value: match.value, mod: match.mod, range: range,
                                              text: String(String.UnicodeScalarView(scalars[range.start..<range.end]))))
            index = match.end
        }
        return WebAddresses.removing(results, in: scalars)
    }

    /// The words that count a year or month from another one, and which way.
    private static let anaphoricSteps = ["previous": -1, "preceding": -1, "prior": -1, "following": 1]

    /// The value of "the following year", "the previous month" and the like (`keys`), counted from
    /// the last date written out; nil for other words or when that date has no month and a month is asked.
    private static func anaphoric(_ keys: [String], after date: (year: Int, month: Int?)) -> String? {
        let words = keys.first == "the" ? Array(keys.dropFirst()) : keys
        guard words.count == 2, let step = anaphoricSteps[words[0]] else { return nil }
        switch words[1] {
        case "year": return String(date.year + step)
        case "month":
            guard let month = date.month else { return nil }
            let index = date.year * 12 + (month - 1) + step
            return "\(index / 12)-" + (index % 12 + 1 < 10 ? "0" : "") + "\(index % 12 + 1)"
        default: return nil
        }
    }

    /// "the following year", "the previous month" with no date written before them: counted from
    /// the creation time (`tag` counts them from the last date written out when there is one).
    private func followingOrPrevious(_ t: [TimexToken], _ i: Int) -> Match? {
        guard key(t, i) == "the", let unit = key(t, i + 2), ["year", "month"].contains(unit),
              let step = Self.anaphoricSteps[key(t, i + 1) ?? ""] else { return nil }
        guard let anchor else { return Match(end: i + 3, type: .date, value: unit == "year" ? "XXXX" : "XXXX-XX") }
        return Match(end: i + 3, type: .date, value: unit == "year" ? String(anchor.year + step) : anchor.adding(months: step).isoMonth)
    }

    /// "the week of March 6": the ISO week of the date.
    private func weekOf(_ t: [TimexToken], _ i: Int) -> Match? {
        guard key(t, i) == "the", key(t, i + 1) == "week", key(t, i + 2) == "of", let date = explicitDate(t, i + 3),
              date.type == .date, let day = TimexAnchor(iso: date.value) else { return nil }
        return Match(end: date.end, type: .date, value: day.isoWeek())
    }

    /// Words an expression can start with; any other word is skipped at once.
    private static let starters: Set<String> = {
        var words: Set<String> = [
            "the", "this", "last", "next", "past", "previous", "coming", "current", "today", "yesterday", "tomorrow",
            "tonight", "now", "currently", "nowadays", "these", "recently", "lately", "recent", "soon", "future", "in", "earlier",
            "later", "late", "early", "mid", "more", "less", "at", "up", "for", "over", "every", "each", "per", "once",
            "twice", "fiscal", "couple", "christmas", "thanksgiving", "new", "independence", "year", "latest",
            "noon", "midday", "midnight",
        ]
        for table in [Lexicon.months, Lexicon.weekdays, Lexicon.numbers, Lexicon.ordinals] { words.formUnion(table.keys) }
        words.formUnion(Lexicon.weekdays.keys.map { $0 + "s" })
        words.formUnion(Lexicon.vagueAmounts)
        words.formUnion(Lexicon.units.keys)
        words.formUnion(Lexicon.amountModifiers.keys)
        words.formUnion(Lexicon.sets.keys)
        words.formUnion(Lexicon.seasons.keys)
        words.formUnion(Lexicon.partsOfDay.keys)
        words.formUnion(Lexicon.positions.keys)
        return words
    }()

    private func bestMatch(_ t: [TimexToken], at i: Int) -> Match? {
        switch t[i].kind {
        case .number: break
        case .word: guard Self.starters.contains(t[i].key) else { return nil }
        case .punctuation: guard t[i].key == "'" else { return nil }
        }
        let candidates = [relative(t, i), followingOrPrevious(t, i), weekOf(t, i), explicitDate(t, i), decade(t, i), duration(t, i), set(t, i), year(t, i),
                          positionedYear(t, i), clockTime(t, i), spokenYearDate(t, i), ago(t, i)]
        return candidates.compactMap { $0 }.max { $0.end < $1.end }
    }

    // MARK: Helpers

    private func key(_ t: [TimexToken], _ i: Int) -> String? { t.indices.contains(i) ? t[i].key : nil }

    private func month(_ t: [TimexToken], _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .word, let month = Lexicon.months[t[i].key] else { return nil }
        // "may", "mar" and the like only as capitalized names.
        if Lexicon.ambiguousMonths.contains(t[i].key) && !t[i].isCapitalized { return nil }
        // An abbreviation without its dot (Jan, Dec) may be a name: only before a day or a year.
        if t[i].key.count <= 4, !t[i].text.hasSuffix("."), !["june", "july", "may"].contains(t[i].key),
           dayNumber(t, i + 1) == nil, yearNumber(t, i + 1) == nil { return nil }
        if t[i].key == "may" && !(dayNumber(t, i + 1) != nil || yearNumber(t, i + 1) != nil
                                  || ["in", "of", "early", "late", "mid", "since", "until", "by", "last", "next", "this"].contains(key(t, i - 1) ?? "")) {
            return nil
        }
        return month
    }

    private func dayNumber(_ t: [TimexToken], _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, t[i].key.count <= 4, !t[i].key.contains("/"), !t[i].key.contains("-"),
              let value = t[i].number, (1...31).contains(value), !t[i].key.hasSuffix("s") else { return nil }
        return value
    }

    private func yearNumber(_ t: [TimexToken], _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, t[i].key.count == 4, let value = Int(t[i].key),
              (1000...2099).contains(value) else { return nil }
        return value
    }

    private func amount(_ t: [TimexToken], _ i: Int) -> (value: Int?, end: Int)? {
        guard i < t.count else { return nil }
        if t[i].kind == .number, let value = t[i].number, !t[i].key.contains("/"), t[i].key.count <= 4 {
            return (value, i + 1)
        }
        guard t[i].kind == .word else { return nil }
        if t[i].key == "a" && key(t, i + 1) == "couple" && key(t, i + 2) == "of" { return (2, i + 3) }
        if t[i].key == "couple" && key(t, i + 1) == "of" { return (2, i + 2) }
        if Lexicon.vagueAmounts.contains(t[i].key) { return (nil, i + 1) }
        guard var value = Lexicon.numbers[t[i].key], t[i].key != "half" else { return nil }
        var end = i + 1
        // twenty-four, twenty four, one hundred
        if value >= 20 && value < 100, key(t, end) == "-", let unit = key(t, end + 1).flatMap({ Lexicon.numbers[$0] }), unit < 10 {
            value += unit
            end += 2
        } else if value >= 20 && value < 100, let unit = key(t, end).flatMap({ Lexicon.numbers[$0] }), unit < 10, unit > 0, key(t, end) != "a" {
            value += unit
            end += 1
        }
        if key(t, end) == "hundred" {
            value *= 100
            end += 1
        }
        return (value, end)
    }

    // MARK: Explicit dates

    private func explicitDate(_ t: [TimexToken], _ i: Int) -> Match? {
        var start = i
        var mod: String?
        // early / mid / late before a month
        if let position = key(t, i).flatMap({ Lexicon.positions[$0] }), month(t, i + 1) != nil || (key(t, i + 1) == "-" && month(t, i + 2) != nil) {
            mod = position
            start = key(t, i + 1) == "-" ? i + 2 : i + 1
        }
        // Numeric: 12/25/1998, 1998-01-08
        if start == i, i < t.count, t[i].kind == .number {
            let parts = t[i].key.split(whereSeparator: { $0 == "/" || $0 == "-" }).compactMap { Int($0) }
            if t[i].key.contains("/"), parts.count == 3, (1...12).contains(parts[0]), (1...31).contains(parts[1]) {
                let year = parts[2] < 100 ? 1900 + parts[2] : parts[2]
                return Match(end: i + 1, type: .date, value: String(format: "%04d-%02d-%02d", year, parts[0], parts[1]))
            }
            if t[i].key.contains("-"), parts.count == 3, (1000...2099).contains(parts[0]), (1...12).contains(parts[1]),
               (1...31).contains(parts[2]) {
                return Match(end: i + 1, type: .date, value: String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2]))
            }
        }
        // the 3rd of June
        var dayFirst: Int?
        var cursor = start
        if key(t, cursor) == "the", dayNumber(t, cursor + 1) != nil, key(t, cursor + 2) == "of", month(t, cursor + 3) != nil {
            dayFirst = dayNumber(t, cursor + 1)
            cursor += 3
        } else if let day = dayNumber(t, cursor), month(t, cursor + 1) != nil {
            dayFirst = day
            cursor += 1
        }
        guard let monthValue = month(t, cursor) else { return nil }
        cursor += 1
        var day = dayFirst
        if day == nil, let value = dayNumber(t, cursor), yearNumber(t, cursor) == nil {
            day = value
            cursor += 1
        }
        var year: Int?
        var yearEnd = cursor
        if key(t, yearEnd) == "," { yearEnd += 1 }
        if key(t, yearEnd) == "of" && day == nil { yearEnd += 1 }
        if let value = yearNumber(t, yearEnd) {
            year = value
            cursor = yearEnd + 1
        } else if let (value, end) = spokenYear(t, yearEnd) {
            year = value
            cursor = end
        }
        // July last year, January this year
        if year == nil, let anchor, key(t, cursor + 1) == "year",
           let offset = ["last": -1, "this": 0, "next": 1][key(t, cursor) ?? ""] {
            year = anchor.year + offset
            cursor += 2
        }
        let yearText: String
        if let year {
            yearText = String(format: "%04d", year)
        } else if let anchor {
            yearText = String(format: "%04d", anchor.yearOf(month: monthValue, future: futureAhead(t, i)))
        } else {
            yearText = "XXXX"
        }
        let value = day.map { String(format: "%@-%02d-%02d", yearText, monthValue, $0) }
            ?? String(format: "%@-%02d", yearText, monthValue)
        return Match(end: cursor, type: .date, value: value, mod: mod)
    }

    /// A year said in words, as transcripts write it: nineteen ninety-six, nineteen seventy-nine,
    /// and two thousand (and one) after "the year" only, where it cannot be an amount.
    private func spokenYear(_ t: [TimexToken], _ i: Int) -> (value: Int, end: Int)? {
        guard let first = key(t, i), i < t.count, t[i].kind == .word else { return nil }
        if first == "two", key(t, i + 1) == "thousand", key(t, i - 1) == "year", key(t, i - 2) == "the" {
            var value = 2000, end = i + 2
            let unitAt = key(t, end) == "and" ? end + 1 : end
            if let unit = key(t, unitAt).flatMap({ Lexicon.numbers[$0] }), (1...19).contains(unit), key(t, unitAt) != "a" {
                value += unit
                end = unitAt + 1
            }
            return (value, end)
        }
        guard let century = ["eighteen": 18, "nineteen": 19][first],
              let tens = key(t, i + 1).flatMap({ Lexicon.numbers[$0] }), (10...90).contains(tens)
        else { return nil }
        var value = century * 100 + tens, end = i + 2
        if tens >= 20, key(t, end) == "-", let unit = key(t, end + 1).flatMap({ Lexicon.numbers[$0] }), (1...9).contains(unit) {
            value += unit
            end += 2
        }
        return (value, end)
    }

    /// A year said in words standing as a date: nineteen ninety-six, the year two thousand.
    private func spokenYearDate(_ t: [TimexToken], _ i: Int) -> Match? {
        let start = key(t, i) == "the" && key(t, i + 1) == "year" ? i + 2 : i
        guard let (value, end) = spokenYear(t, start) else { return nil }
        return Match(end: end, type: .date, value: String(value))
    }

    /// A bare year: 1989, fiscal 1997.
    private func year(_ t: [TimexToken], _ i: Int) -> Match? {
        var cursor = i
        if key(t, cursor) == "fiscal" { cursor += 1 }
        guard let value = yearNumber(t, cursor) else { return nil }
        // Not an amount or a reference: $2014, No. 1990, 1990 troops, 2,000, pp. 1989.
        if i > 0, ["$", "#", "no", "pp", "p", "page", "number", "£", "€", "resolution", "unscr", "res", "code", "model", "flight", "route"].contains(t[i - 1].key) {
            return nil
        }
        if let next = key(t, cursor + 1), ["%", "percent", "people", "troops", "tons", "km", "miles", "dollars", "feet",
                                               "meters", "acres", "barrels", "units", "shares", ","].contains(next) {
            if next != "," || (cursor + 2 < t.count && t[cursor + 2].kind == .number && t[cursor + 2].key.count == 3) { return nil }
        }
        if i > 0, t[i - 1].key == "," && i > 1 && t[i - 2].kind == .number { return nil }
        guard (1900...2099).contains(value) || ["in", "since", "of", "until", "by", "from", "to", "and", "during"].contains(key(t, i - 1) ?? "") else {
            return nil
        }
        return Match(end: cursor + 1, type: .date, value: String(value))
    }

    /// early 2012, the late 1998, mid-1990 (a year with a position in it).
    private func positionedYear(_ t: [TimexToken], _ i: Int) -> Match? {
        var cursor = i
        if key(t, cursor) == "the" { cursor += 1 }
        guard let mod = key(t, cursor).flatMap({ Lexicon.positions[$0] }), t[cursor].kind == .word else { return nil }
        cursor += 1
        if key(t, cursor) == "-" { cursor += 1 }
        guard let value = yearNumber(t, cursor), (1900...2099).contains(value) else { return nil }
        return Match(end: cursor + 1, type: .date, value: String(value), mod: mod)
    }

    /// The 1980s, the late 1980s, the mid-2000s, the '90s, the 20th century, the first decade of 1990.
    private func decade(_ t: [TimexToken], _ i: Int) -> Match? {
        var cursor = i
        if key(t, cursor) == "the" { cursor += 1 }
        var mod: String?
        if let position = key(t, cursor).flatMap({ Lexicon.positions[$0] }) {
            mod = position
            cursor += 1
            if key(t, cursor) == "-" { cursor += 1 }
        }
        if cursor < t.count, t[cursor].kind == .number, t[cursor].key.hasSuffix("0s"), t[cursor].key.count == 5,
           let value = Int(t[cursor].key.prefix(4)) {
            return Match(end: cursor + 1, type: .date, value: String(value / 10) + "X", mod: mod)
        }
        if key(t, cursor) == "'", cursor + 1 < t.count, t[cursor + 1].key.count == 3, t[cursor + 1].key.hasSuffix("0s"),
           let value = Int(t[cursor + 1].key.prefix(2)) {
            return Match(end: cursor + 2, type: .date, value: "19" + String(value / 10) + "X", mod: mod)
        }
        // the nineties, the early eighties: the twentieth century's (after "the": "in their
        // thirties" is an age)
        if key(t, i) == "the", let tens = key(t, cursor).flatMap({ Self.decadeWords[$0] }) {
            return Match(end: cursor + 1, type: .date, value: "19\(tens)X", mod: mod)
        }
        // the 20th century
        if cursor < t.count, t[cursor].kind == .number, let value = t[cursor].number, (1...21).contains(value),
           ["century", "centuries"].contains(key(t, cursor + 1) ?? "") {
            return Match(end: cursor + 2, type: .date, value: String(format: "%02dXX", value - 1), mod: mod)
        }
        // the first decade of 1990
        if let ordinal = key(t, cursor).flatMap({ Lexicon.ordinals[$0] }), key(t, cursor + 1) == "decade", key(t, cursor + 2) == "of",
           let value = yearNumber(t, cursor + 3) {
            return Match(end: cursor + 4, type: .date, value: String((value + (ordinal - 1) * 10) / 10) + "X", mod: mod)
        }
        return nil
    }

    private static let decadeWords: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]

    /// N units ago, a year earlier (the amount in words or digits).
    private func ago(_ t: [TimexToken], _ i: Int) -> Match? {
        // "several years ago", "a few months ago": some time in the past.
        var vague = i
        if key(t, vague) == "a", key(t, vague + 1) == "few" { vague += 1 }
        if let word = key(t, vague), ["several", "few", "many"].contains(word), let unit = key(t, vague + 1),
           Lexicon.units[unit] != nil, unit.hasSuffix("s"), key(t, vague + 2) == "ago" {
            return Match(end: vague + 3, type: .date, value: "PAST_REF")
        }
        if let (amountValue, amountEnd) = amount(t, i), let amountValue, let unit = key(t, amountEnd),
           let info = Lexicon.units[unit], ["ago", "earlier"].contains(key(t, amountEnd + 1) ?? ""), !info.time {
            let end = amountEnd + 2
            guard let anchor else { return Match(end: end, type: .date, value: "PAST_REF") }
            switch info.letter {
            case "Y":
                // In a report of quarterly results, "a year ago" is the same quarter a year before.
                if amountValue == 1, mentionsQuarters(t) {
                    let back = anchor.adding(days: -45)
                    return Match(end: end, type: .date, value: "\(back.year - 1)-Q\(back.quarter)")
                }
                return Match(end: end, type: .date, value: String(anchor.year - amountValue))
            case "M": return Match(end: end, type: .date, value: anchor.adding(months: -amountValue).isoMonth)
            case "W": return Match(end: end, type: .date, value: anchor.isoWeek(offset: -amountValue))
            case "D": return Match(end: end, type: .date, value: anchor.adding(days: -amountValue).iso)
            case "DE": return Match(end: end, type: .date, value: String((anchor.year - 10 * amountValue) / 10) + "X")
            case "CE": return Match(end: end, type: .date, value: String((anchor.year - 100 * amountValue) / 100) + "XX")
            default: return nil
            }
        }
        return nil
    }

    // MARK: Clock times

    /// A time of day: 10:35 a.m., 10 p.m., at 17:30, noon, midnight; with a time zone and the day
    /// after it (5 p.m. EST Nov. 9, noon Thursday), else on the article's day.
    private func clockTime(_ t: [TimexToken], _ i: Int) -> Match? {
        var cursor = i
        var hour: Int, minute = 0
        if let word = key(t, i), let named = ["noon": 12, "midday": 12, "midnight": 24][word] {
            hour = named
            cursor += 1
        } else {
            guard i < t.count, t[i].kind == .number, t[i].key.count <= 2, let value = Int(t[i].key), value <= 24 else { return nil }
            hour = value
            cursor += 1
            var hasMinutes = false
            if key(t, cursor) == ":", cursor + 1 < t.count, t[cursor + 1].kind == .number, t[cursor + 1].key.count == 2,
               let value = Int(t[cursor + 1].key), value < 60 {
                minute = value
                hasMinutes = true
                cursor += 2
            }
            switch key(t, cursor) {
            case "a.m.", "am":
                guard (1...12).contains(hour) else { return nil }
                if hour == 12 { hour = 0 }
                cursor += 1
            case "p.m.", "pm":
                guard (1...12).contains(hour) else { return nil }
                if hour < 12 { hour += 12 }
                cursor += 1
            default:
                // 17:30 stands alone only after "at"; 10 alone is no time.
                guard hasMinutes, key(t, i - 1) == "at" else { return nil }
            }
        }
        if let zone = key(t, cursor), Lexicon.timeZones.contains(zone) { cursor += 1 }
        var day = anchor?.iso ?? "XXXX-XX-XX"
        var dayStart = cursor
        if key(t, dayStart) == "," { dayStart += 1 }
        if key(t, dayStart) == "on" { dayStart += 1 }
        if let dated = [relative(t, dayStart), explicitDate(t, dayStart)].compactMap({ $0 }).first(where: { Self.isDay($0.value) }) {
            day = dated.value
            cursor = dated.end
        }
        return Match(end: cursor, type: .time, value: day + String(format: "T%02d:%02d", hour, minute))
    }

    /// Whether a value names one day: 1998-02-11, XXXX-11-14, XXXX-WXX-3.
    private static func isDay(_ value: String) -> Bool {
        let parts = value.split(separator: "-")
        return parts.count == 3 && !value.contains("T")
    }

    // MARK: Relative dates

    private func relative(_ t: [TimexToken], _ i: Int) -> Match? {
        guard let word = key(t, i), i < t.count, t[i].kind == .word else { return nil }
        switch word {
        case "today": return Match(end: i + 1, type: .date, value: anchor?.iso ?? "XXXX-XX-XX")
        case "yesterday": return Match(end: i + 1, type: .date, value: anchor?.adding(days: -1).iso ?? "XXXX-XX-XX")
        case "tomorrow": return Match(end: i + 1, type: .date, value: anchor?.adding(days: 1).iso ?? "XXXX-XX-XX")
        case "tonight": return Match(end: i + 1, type: .time, value: (anchor?.iso ?? "XXXX-XX-XX") + "TNI")
        case "now", "currently", "nowadays": return Match(end: i + 1, type: .date, value: "PRESENT_REF")
        case "these" where key(t, i + 1) == "days": return Match(end: i + 2, type: .date, value: "PRESENT_REF")
        case "current" where !["year", "quarter", "month", "week", "fiscal"].contains(key(t, i + 1) ?? ""):
            return Match(end: i + 1, type: .date, value: "PRESENT_REF")
        case "recently", "lately":
            return Match(end: i + 1, type: .date, value: "PAST_REF")
        case "recent":
            // recent years, recent months: an unknown stretch up to now; "recent" before other
            // nouns is an adjective, not a time.
            if let unit = key(t, i + 1), let info = Lexicon.units[unit], unit.hasSuffix("s") {
                return Match(end: i + 2, type: .duration, value: durationValue(nil, info))
            }
            return nil
        default: break
        }
        // the latest quarter, the year-earlier quarter, the year-ago period
        if let reported = reportingPeriod(t, i) { return reported }
        // for years, over decades: an unknown number of them (the unit alone is the expression)
        if ["years", "months", "weeks", "decades", "days"].contains(word), ["for", "over"].contains(key(t, i - 1) ?? ""),
           let info = Lexicon.units[word] {
            return Match(end: i + 1, type: .duration, value: durationValue(nil, info))
        }
        if word == "future", key(t, i - 1) == "in" { return Match(end: i + 1, type: .date, value: "FUTURE_REF") }
        if word == "the" || word == "in" {
            let next = key(t, i + 1)
            if next == "past" && !isUnitAhead(t, i + 2) && !(key(t, i + 2).map { Lexicon.seasons[$0] != nil } ?? false) {
                return Match(end: i + 2, type: .date, value: "PAST_REF")
            }
            // "the future", not "the future growth"
            if next == "future", !(i + 2 < t.count && t[i + 2].kind == .word && !["of", "and", "or", "is", "will", "as"].contains(t[i + 2].key)) {
                return Match(end: i + 2, type: .date, value: "FUTURE_REF")
            }
            if next == "coming", key(t, i + 2) == "years" || key(t, i + 2) == "months" || key(t, i + 2) == "days" {
                return Match(end: i + 3, type: .date, value: "FUTURE_REF")
            }
            // the near future, the years ahead
            if next == "near", key(t, i + 2) == "future" { return Match(end: i + 3, type: .date, value: "FUTURE_REF") }
            if ["years", "months"].contains(next ?? ""), key(t, i + 2) == "ahead" { return Match(end: i + 3, type: .date, value: "FUTURE_REF") }

        }
        // earlier this year, later this month, early next year, late last year
        var cursor = i
        var mod: String?
        if ["earlier", "early", "later", "late", "mid"].contains(word), ["this", "last", "next"].contains(key(t, i + 1) ?? "") {
            mod = word.hasPrefix("early") || word == "earlier" ? "START" : word == "mid" ? "MID" : "END"
            cursor += 1
        }
        // "for the past year and a half": a span, P18M.
        if key(t, cursor) == "the", ["past", "last", "next", "coming"].contains(key(t, cursor + 1) ?? ""),
           let unit = key(t, cursor + 2), let info = Lexicon.units[unit], key(t, cursor + 3) == "and", key(t, cursor + 4) == "a",
           key(t, cursor + 5) == "half", let half = Self.halfMore(1, info) {
            return Match(end: cursor + 6, type: .duration, value: half)
        }
        if key(t, cursor) == "the", ["past", "last", "next", "coming"].contains(key(t, cursor + 1) ?? ""),
           let unit = key(t, cursor + 2), ["year", "month", "decade"].contains(unit), let anchor {
            let forward = ["next", "coming"].contains(key(t, cursor + 1) ?? "")
            switch unit {
            case "year": return Match(end: cursor + 3, type: .date, value: String(anchor.year + (forward ? 1 : -1)))
            case "month": return Match(end: cursor + 3, type: .date, value: anchor.adding(months: forward ? 1 : -1).isoMonth)
            default: return Match(end: cursor + 3, type: .date, value: String((anchor.year + (forward ? 10 : -10)) / 10) + "X")
            }
        }
        // "this past spring" is this year's
        if key(t, cursor) == "this", key(t, cursor + 1) == "past", let unit = key(t, cursor + 2), let season = Lexicon.seasons[unit] {
            return Match(end: cursor + 3, type: .date, value: anchor.map { "\($0.year)-\(season)" } ?? "XXXX-\(season)")
        }
        let deictic = key(t, cursor)
        let offset: Int?
        switch deictic {
        case "this", "the", "current": offset = 0
        case "last", "past", "previous": offset = -1
        case "next", "coming": offset = 1
        default: offset = nil
        }
        if let offset, let unit = key(t, cursor + 1) {
            let end = cursor + 2
            switch unit {
            case "year":
                // "the year ended June 30" is a fiscal year: a span of a year.
                if deictic == "the", ["ended", "ending"].contains(key(t, end) ?? "") {
                    return Match(end: end, type: .duration, value: "P1Y")
                }
                guard deictic != "the" else { return anchor.map { Match(end: end, type: .date, value: String($0.year)) } }
                return Match(end: end, type: .date, value: anchor.map { String($0.year + offset) } ?? "XXXX", mod: mod)
            case "month":
                guard deictic != "the" else { return nil }
                return Match(end: end, type: .date, value: anchor?.adding(months: offset).isoMonth ?? "XXXX-XX", mod: mod)
            case "week":
                guard deictic != "the" else { return Match(end: end, type: .date, value: anchor.map { "\($0.year)-WXX" } ?? "XXXX-WXX") }
                return Match(end: end, type: .date, value: anchor?.isoWeek(offset: offset) ?? "XXXX-WXX", mod: mod)
            case "weekend":
                // "the weekend" in a weekday's news is the one just past.
                let shift = deictic == "the" && (anchor?.weekday ?? 6) <= 5 ? -1 : offset
                return Match(end: end, type: .date, value: (anchor?.isoWeek(offset: shift) ?? "XXXX-WXX") + "-WE")
            case "quarter":
                guard let anchor else { return Match(end: end, type: .date, value: "XXXX-QX") }
                // "the quarter" in a report is the one just ended.
                if deictic == "the" { return Match(end: end, type: .date, value: reportedQuarter(anchor)) }
                let q = anchor.quarter + offset
                let (y, qq) = q < 1 ? (anchor.year - 1, 4) : q > 4 ? (anchor.year + 1, 1) : (anchor.year, q)
                return Match(end: end, type: .date, value: "\(y)-Q\(qq)")
            case "morning", "afternoon", "evening", "night":
                guard offset == 0, deictic == "this" else { return nil }
                return Match(end: end, type: .time, value: (anchor?.iso ?? "XXXX-XX-XX") + "T" + Lexicon.partsOfDay[unit]!)
            default:
                if let season = Lexicon.seasons[unit], deictic != "the" {
                    return Match(end: end, type: .date, value: anchor.map { "\($0.year + offset)-\(season)" } ?? "XXXX-\(season)")
                }
                if let weekday = Lexicon.weekdays[unit], deictic == "last" || deictic == "next" || deictic == "this" {
                    return Match(end: end, type: .date, value: weekdayValue(weekday, direction: offset == 0 ? -1 : offset))
                }
            }
        }
        // the first half, the second half of 1989
        var h = i
        if key(t, h) == "the" { h += 1 }
        if let which = key(t, h), ["first", "second", "last"].contains(which), key(t, h + 1) == "half" {
            var end = h + 2
            var yearValue = anchor.map { String($0.year) } ?? "XXXX"
            if key(t, end) == "of", let y = yearNumber(t, end + 1) {
                yearValue = String(y)
                end += 2
            } else if key(t, end) == "of" {
                return nil  // the first half of the match, of the century …
            }
            return Match(end: end, type: .date, value: "\(yearValue)-H\(which == "first" ? 1 : 2)")
        }
        // this September: this year's; last May: the latest before the article's month; next May
        if ["this", "last", "next"].contains(word), let monthValue = month(t, i + 1), yearNumber(t, i + 2) == nil,
           dayNumber(t, i + 2) == nil {
            guard let anchor else { return Match(end: i + 2, type: .date, value: String(format: "XXXX-%02d", monthValue)) }
            let year: Int
            switch word {
            case "last": year = monthValue < anchor.month ? anchor.year : anchor.year - 1
            case "next": year = monthValue > anchor.month ? anchor.year : anchor.year + 1
            default: year = anchor.year
            }
            return Match(end: i + 2, type: .date, value: String(format: "%04d-%02d", year, monthValue))
        }
        // Holidays with a fixed day, and Thanksgiving (the fourth Thursday of November)
        if let holiday = holiday(t, i) { return holiday }
        // the third quarter, third-quarter, the fourth quarter of 1998
        var q = i
        if key(t, q) == "the" { q += 1 }
        if key(t, q) == "fiscal" { q += 1 }
        // the 1988 third quarter, the year-ago third quarter
        var statedYear: Int?
        if let y = yearNumber(t, q), key(t, q + 1).flatMap({ Lexicon.ordinals[$0] }) != nil {
            statedYear = y
            q += 1
        } else if key(t, q) == "year", key(t, q + 1) == "-", ["ago", "earlier"].contains(key(t, q + 2) ?? ""),
                  key(t, q + 3).flatMap({ Lexicon.ordinals[$0] }) != nil, let anchor {
            statedYear = anchor.adding(days: -45).year - 1
            q += 3
        }
        if let ordinal = key(t, q).flatMap({ Lexicon.ordinals[$0] }), ordinal <= 4 {
            var u = q + 1
            if key(t, u) == "-" { u += 1 }
            if key(t, u) == "quarter" {
                var end = u + 1
                let n = key(t, q) == "last" ? 4 : ordinal
                // A quarter later in the year than the article's is last year's (reported results).
                var yearValue = statedYear.map(String.init)
                    ?? anchor.map { String(n > $0.quarter && !futureAhead(t, i) ? $0.year - 1 : $0.year) } ?? "XXXX"
                if key(t, end) == "of", let y = yearNumber(t, end + 1) {
                    yearValue = String(y)
                    end += 2
                }
                return Match(end: end, type: .date, value: "\(yearValue)-Q\(n)")
            }
        }
        // Weekdays, and Wednesday night
        if let weekday = Lexicon.weekdays[word], t[i].isCapitalized {
            let value = weekdayValue(weekday, direction: futureAhead(t, i) ? 1 : -1)
            if let part = key(t, i + 1).flatMap({ Lexicon.partsOfDay[$0] }) {
                // TimeBank's annotators type "Wednesday night" a DATE with a part of day.
                return Match(end: i + 2, type: .date, value: value + "T" + part)
            }
            return Match(end: i + 1, type: .date, value: value)
        }
        // the year-earlier period is left alone; a season alone: spring, this summer done above.
        return nil
    }

    /// Christmas, New Year's Day, Independence Day, Thanksgiving (Day), in the article's year.
    private func holiday(_ t: [TimexToken], _ i: Int) -> Match? {
        guard let word = key(t, i), i < t.count, t[i].isCapitalized else { return nil }
        let fixed: (month: Int, day: Int, end: Int)?
        switch word {
        case "christmas": fixed = (12, 25, key(t, i + 1) == "day" ? i + 2 : i + 1)
        case "thanksgiving": fixed = (11, 0, key(t, i + 1) == "day" ? i + 2 : i + 1)
        case "new" where key(t, i + 1) == "year" && key(t, i + 2) == "'s" && key(t, i + 3) == "day": fixed = (1, 1, i + 4)
        case "independence" where key(t, i + 1) == "day": fixed = (7, 4, i + 2)
        default: fixed = nil
        }
        guard let fixed else { return nil }
        let holidayYear = anchor.map { $0.yearOf(month: fixed.month, future: futureAhead(t, i)) }
        let year = holidayYear.map { String($0) } ?? "XXXX"
        var day = fixed.day
        if day == 0 {
            // the fourth Thursday of November
            guard let holidayYear, let first = TimexAnchor(year: holidayYear, month: 11, day: 1) else {
                return Match(end: fixed.end, type: .date, value: "XXXX-11-XX")
            }
            day = 1 + (4 - first.weekday + 7) % 7 + 21
        }
        return Match(end: fixed.end, type: .date, value: String(format: "%@-%02d-%02d", year, fixed.month, day))
    }

    /// The quarter a report of `anchor`'s date is about: the one that ended most recently.
    private func reportedQuarter(_ anchor: TimexAnchor) -> String {
        let back = anchor.adding(days: -45)
        return "\(back.year)-Q\(back.quarter)"
    }

    /// "the latest quarter", "the year-earlier quarter", "the year-ago period", "year-earlier".
    private func reportingPeriod(_ t: [TimexToken], _ i: Int) -> Match? {
        guard let anchor else { return nil }
        var cursor = i
        if key(t, cursor) == "the" { cursor += 1 }
        if key(t, cursor) == "latest", key(t, cursor + 1) == "quarter" {
            return Match(end: cursor + 2, type: .date, value: reportedQuarter(anchor))
        }
        guard key(t, cursor) == "year", key(t, cursor + 1) == "-", ["earlier", "ago"].contains(key(t, cursor + 2) ?? "") else { return nil }
        let back = anchor.adding(days: -45)
        var end = cursor + 3
        var value = String(back.year - 1)
        if ["quarter", "period"].contains(key(t, end) ?? "") {
            value = "\(back.year - 1)-Q\(back.quarter)"
            end += 1
        } else if mentionsQuarters(t) {
            value = "\(back.year - 1)-Q\(back.quarter)"  // year-earlier results in a quarterly report
        }
        return Match(end: end, type: .date, value: value)
    }

    private func isUnitAhead(_ t: [TimexToken], _ i: Int) -> Bool {
        if let unit = key(t, i), Lexicon.units[unit] != nil { return true }
        if let (_, end) = amount(t, i), let unit = key(t, end), Lexicon.units[unit] != nil { return true }
        return false
    }

    /// Whether the text is a report of quarterly results: it speaks of quarters more than once.
    private func mentionsQuarters(_ t: [TimexToken]) -> Bool {
        t.lazy.filter { $0.key == "quarter" || $0.key == "quarterly" }.prefix(2).count == 2
    }

    /// Whether the clause before token `i` speaks of the future ("will meet on Thursday", "is
    /// scheduled to vote Tuesday"), unless the expression dates a report ("said Tuesday").
    private func futureAhead(_ t: [TimexToken], _ i: Int) -> Bool {
        let reported = [key(t, i - 1), key(t, i - 2) == nil ? nil : key(t, i - 1) == "on" ? key(t, i - 2) : nil, key(t, i + 1)]
        if reported.contains(where: { $0.map(Self.reportingVerbs.contains) ?? false }) { return false }
        var j = i - 1
        while j >= 0 && j >= i - Self.futureReach && t[j].key != "." && t[j].key != ";" {
            if Self.futureMarkers.contains(t[j].key) { return true }
            j -= 1
        }
        return false
    }

    /// Words before "one day" meaning some day to come.
    private static let beforeSomeDay: Set<String> = [
        "will", "would", "could", "may", "might", "can", "should", "perhaps", "maybe", "hope", "hopes", "hoped",
        "hoping", "must",
    ]

    private static let futureMarkers: Set<String> = ["will", "'ll", "shall", "next", "scheduled", "coming", "expected", "due", "upcoming", "plans", "planned"]
    private static let reportingVerbs: Set<String> = ["said", "says", "told", "announced", "reported", "added", "declared"]
    /// How many tokens back a marker of the future may stand.
    private static let futureReach = 6

    private func weekdayValue(_ weekday: Int, direction: Int) -> String {
        guard let anchor else { return "XXXX-WXX-\(weekday)" }
        var delta = weekday - anchor.weekday
        if direction < 0 && delta > 0 { delta -= 7 }
        if direction > 0 && delta <= 0 { delta += 7 }
        return anchor.adding(days: delta).iso
    }

    // MARK: Durations and sets

    private func duration(_ t: [TimexToken], _ i: Int) -> Match? {
        var cursor = i
        var mod: String?
        var prefix = false
        // the past three months, the last twenty four hours, the next two years, the first nine months
        if key(t, cursor) == "the", ["past", "last", "next", "first", "coming", "previous"].contains(key(t, cursor + 1) ?? "") {
            cursor += 2
            prefix = true
        }
        if !prefix {
            if ["more", "less"].contains(key(t, cursor) ?? ""), key(t, cursor + 1) == "than" {
                mod = key(t, cursor) == "more" ? "MORE_THAN" : "LESS_THAN"
                cursor += 2
            } else if key(t, cursor) == "at", key(t, cursor + 1) == "least" {
                mod = "EQUAL_OR_MORE"
                cursor += 2
            } else if key(t, cursor) == "up", key(t, cursor + 1) == "to" {
                mod = "EQUAL_OR_LESS"
                cursor += 2
            } else if let modifier = key(t, cursor).flatMap({ Lexicon.amountModifiers[$0] }), amount(t, cursor + 1) != nil {
                mod = modifier
                cursor += 1
            }
        }
        guard let (amountValue, amountEnd) = amount(t, cursor) else {
            return nil
        }
        var unitIndex = amountEnd
        if key(t, unitIndex) == "-" { unitIndex += 1 }  // three-day
        guard let unit = key(t, unitIndex), let info = Lexicon.units[unit], info.letter != "Q" else { return nil }
        if ["ago", "earlier"].contains(key(t, unitIndex + 1) ?? "") { return nil }
        // An age, not a span of time: a 6-year-old, 44 years old.
        if key(t, unitIndex + 1) == "old" || (key(t, unitIndex + 1) == "-" && key(t, unitIndex + 2) == "old") { return nil }
        if amountValue == nil && !(key(t, cursor) == "a" || Lexicon.vagueAmounts.contains(key(t, cursor) ?? "")) { return nil }
        // "a year" only as a span of time, not "a year ago" (handled) or "once a year" (a set).
        if key(t, cursor) == "a" || key(t, cursor) == "an", ["once", "twice", "per"].contains(key(t, cursor - 1) ?? "") { return nil }
        if key(t, cursor) == "a", key(t, cursor + 1) == "couple" { mod = mod ?? "APPROX" }
        // "$35 million a year", "5,000 barrels a day": a rate, once per unit.
        if !prefix, mod == nil, key(t, cursor) == "a" || key(t, cursor) == "an", unitIndex == cursor + 1, cursor > 0,
           t[cursor - 1].kind == .number || Self.rateAmounts.contains(t[cursor - 1].key) {
            return Match(end: unitIndex + 1, type: .set, value: durationValue(1, info))
        }
        // "a second meeting" counts, it is no span of a second.
        if unit == "second", key(t, cursor) == "a", unitIndex + 1 < t.count, t[unitIndex + 1].kind == .word,
           !Self.afterASecond.contains(t[unitIndex + 1].key) { return nil }
        // "hopes one day to", "could one day replace": some day to come, not a span of one day.
        if !prefix, mod == nil, key(t, cursor) == "one", unit == "day", unitIndex == amountEnd,
           Self.beforeSomeDay.contains(key(t, cursor - 1) ?? "") {
            return Match(end: unitIndex + 1, type: .date, value: "FUTURE_REF")
        }
        // "a minute and a half", "two years and a half": the half in the next smaller unit.
        if key(t, unitIndex + 1) == "and", key(t, unitIndex + 2) == "a", key(t, unitIndex + 3) == "half", let amountValue,
           let half = Self.halfMore(amountValue, info) {
            return Match(end: unitIndex + 4, type: .duration, value: half, mod: mod)
        }
        return Match(end: unitIndex + 1, type: .duration, value: durationValue(amountValue, info), mod: mod)
    }

    /// `amount` units and a half, in TIMEX3: PT1M30S, PT2H30M, P1DT12H, P10D (a week and a half),
    /// P1M15D, P18M (a year and a half), P15Y (a decade and a half); nil for seconds and centuries.
    private static func halfMore(_ amount: Int, _ unit: (letter: String, time: Bool, scale: Int)) -> String? {
        switch (unit.letter, unit.time) {
        case ("M", true): return "PT\(amount)M30S"
        case ("H", true): return "PT\(amount)H30M"
        case ("D", false): return "P\(amount)DT12H"
        case ("W", false): return "P\(amount * 7 + 3)D"
        case ("M", false): return "P\(amount)M15D"
        case ("Y", false): return "P\(amount * 12 + 6)M"
        case ("DE", false): return "P\(amount * 10 + 5)Y"
        default: return nil
        }
    }

    /// Words of amounts before "a year", "a day" that make it a rate.
    private static let rateAmounts: Set<String> = [
        "million", "billion", "trillion", "thousand", "hundred", "percent", "tons", "tonnes", "barrels", "dollars", "euros",
        "times", "visitors", "people", "units", "cars", "hours", "miles", "kilometers",
    ]

    /// Words after "a second" that keep it a span of time ("a second later", "a second or two").
    private static let afterASecond: Set<String> = ["later", "earlier", "before", "after", "or", "and", "ago", "longer", "to", "of", "in"]

    private func durationValue(_ amount: Int?, _ info: (letter: String, time: Bool, scale: Int)) -> String {
        let number = amount.map(String.init) ?? "X"
        return info.time ? "PT\(number)\(info.letter)" : "P\(number)\(info.letter)"
    }

    private func set(_ t: [TimexToken], _ i: Int) -> Match? {
        guard let word = key(t, i) else { return nil }
        // "China Daily", "PLA Daily": a capitalized "Daily" after a name is part of the name.
        if let value = Lexicon.sets[word], word != "annual" || key(t, i + 1) == "basis",
           !(t[i].isCapitalized && i > 0 && (t[i - 1].isCapitalized || t[i - 1].key == "_")) {
            return Match(end: i + 1, type: .set, value: value)
        }
        // "each Thursday", "every Sunday night", "on Tuesdays", "Tuesday nights": a set of weekdays.
        if ["every", "each"].contains(word), let next = key(t, i + 1), let weekday = Lexicon.weekdays[next] {
            if let part = key(t, i + 2).flatMap({ Lexicon.partsOfDay[$0] }) {
                return Match(end: i + 3, type: .set, value: "XXXX-WXX-\(weekday)T\(part)")
            }
            return Match(end: i + 2, type: .set, value: "XXXX-WXX-\(weekday)")
        }
        if t[i].isCapitalized, word.hasSuffix("s"), let weekday = Lexicon.weekdays[String(word.dropLast())] {
            return Match(end: i + 1, type: .set, value: "XXXX-WXX-\(weekday)")
        }
        if t[i].isCapitalized, let weekday = Lexicon.weekdays[word], let next = key(t, i + 1), next.hasSuffix("s"),
           let part = Lexicon.partsOfDay[String(next.dropLast())] {
            return Match(end: i + 2, type: .set, value: "XXXX-WXX-\(weekday)T\(part)")
        }
        if ["every", "each", "per"].contains(word), let unit = key(t, i + 1), let info = Lexicon.units[unit], !unit.hasSuffix("s") {
            return Match(end: i + 2, type: .set, value: durationValue(1, info))
        }
        if ["once", "twice"].contains(word), key(t, i + 1) == "a", let unit = key(t, i + 2), let info = Lexicon.units[unit] {
            return Match(end: i + 3, type: .set, value: durationValue(1, info))
        }
        return nil
    }
}
