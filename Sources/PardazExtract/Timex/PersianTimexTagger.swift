import PardazICU
import PardazModel

/// Finds Persian temporal expressions — Solar Hijri, Gregorian (months written in Persian) and lunar
/// Hijri dates in any digits (Persian, Arabic-Indic, Latin, mixed), years, decades, relative words
/// and durations — and normalizes them to TIMEX3 with a Gregorian value; a date written in another
/// calendar keeps that calendar and its value there, converted through ICU's calendars
/// (`persian`; `islamic-umalqura` for lunar Hijri).
public struct PersianTimexTagger: Sendable {
    public let anchor: TimexAnchor?

    public init(anchor: TimexAnchor?) {
        self.anchor = anchor
    }

    /// The Solar Hijri months in order.
    public static let solarMonths = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
    static let gregorianMonths: [String: Int] = [
        "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8,
        "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    ]
    static let lunarMonths: [String: Int] = [
        "محرم": 1, "صفر": 2, "ربیع‌الاول": 3, "ربیع‌الثانی": 4, "جمادی‌الاول": 5, "جمادی‌الثانی": 6, "رجب": 7,
        "شعبان": 8, "رمضان": 9, "شوال": 10, "ذی‌القعده": 11, "ذی‌الحجه": 12,
    ]
    /// Words after a date naming its calendar.
    static let calendarMarkers: [(words: [String], calendar: CalendarSystem)] = [
        (["هجری", "شمسی"], .persian), (["ه.ش."], .persian), (["ه.ش"], .persian), (["شمسی"], .persian),
        (["هجری", "قمری"], .islamicUmalqura), (["ه.ق."], .islamicUmalqura), (["ه.ق"], .islamicUmalqura), (["قمری"], .islamicUmalqura),
        (["میلادی"], .gregorian), (["م."], .gregorian),
    ]
    static let units: [String: (letter: String, time: Bool)] = [
        "ثانیه": ("S", true), "دقیقه": ("M", true), "ساعت": ("H", true), "روز": ("D", false), "هفته": ("W", false),
        "ماه": ("M", false), "سال": ("Y", false), "دهه": ("DE", false), "قرن": ("CE", false),
    ]
    static let numberWords: [String: Int] = [
        "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
        "یازده": 11, "دوازده": 12, "پانزده": 15, "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "صد": 100, "چند": -1,
    ]
    static let weekdays: [String: Int] = [
        "دوشنبه": 1, "سه‌شنبه": 2, "چهارشنبه": 3, "پنجشنبه": 4, "پنج‌شنبه": 4, "جمعه": 5, "شنبه": 6, "یکشنبه": 7,
    ]

    /// Solar Hijri months that are not also common words (تیر is an arrow, مهر a seal, آذر and دی
    /// names): these alone name the month.
    static let unambiguousSolarMonths: Set<String> = ["فروردین", "اردیبهشت", "خرداد", "مرداد", "شهریور", "آبان", "بهمن", "اسفند"]
    /// Persian ordinal words of the days of a month.
    static let ordinalWords: [String: Int] = [
        "یکم": 1, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8, "نهم": 9, "دهم": 10,
        "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14, "پانزدهم": 15, "شانزدهم": 16, "هفدهم": 17,
        "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19, "بیستم": 20, "سی‌ام": 30, "سی‌ویکم": 31,
    ]
    /// Persian cardinal words below a hundred, for days written out (بیست و هفت خرداد).
    static let cardinalWords: [String: Int] = [
        "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10, "یازده": 11,
        "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18,
        "نوزده": 19, "بیست": 20, "سی": 30,
    ]

    /// A day of the month written in digits or words (۲۷, بیست و هفت, هفتم, بیست و یکم), and the index after it.
    private func dayOfMonth(_ w: [Word], _ i: Int) -> (day: Int, end: Int)? {
        guard let word = text(w, i) else { return nil }
        if let value = w[i].number { return (1...31).contains(value) ? (value, i + 1) : nil }
        if let value = Self.ordinalWords[word] { return (value, i + 1) }
        guard let tens = Self.cardinalWords[word] else { return nil }
        // بیست و هفت, بیست و هفتم
        if tens == 20 || tens == 30, text(w, i + 1) == "و", let next = text(w, i + 2),
           let unit = Self.cardinalWords[next] ?? Self.ordinalWords[next], unit < 10 {
            return tens + unit <= 31 ? (tens + unit, i + 3) : nil
        }
        return (tens, i + 1)
    }

    /// The month a word names, with its calendar: مرداد, مردادماه, اوت; nil for any other word.
    static func month(_ word: String) -> (system: CalendarSystem, month: Int)? {
        var name = word
        if name.hasSuffix("ماه"), name.count > 4 { name = String(name.dropLast(3)).replacingOccurrences(of: "\u{200C}", with: "") }
        if let solar = solarMonths.firstIndex(of: name) { return (.persian, solar + 1) }
        if let value = gregorianMonths[name] { return (.gregorian, value) }
        if let value = lunarMonths[name] { return (.islamicUmalqura, value) }
        return nil
    }

    /// A year after a month or سال: four digits, or two (۹۴, the Solar year ۱۳۹۴ as Iranian news
    /// writes it), after an optional سال; and the index after it.
    private func yearAfter(_ w: [Word], _ i: Int, twoDigits: Bool) -> (year: Int, twoDigit: Bool, end: Int)? {
        var cursor = i
        if text(w, cursor) == "سال" { cursor += 1 }
        guard let value = w.indices.contains(cursor) ? w[cursor].number : nil else { return nil }
        if value >= 1000 && w[cursor].text.count == 4 { return (value, false, cursor + 1) }
        if twoDigits, w[cursor].text.count == 2, value >= 10 { return (1300 + value, true, cursor + 1) }
        return nil
    }

    /// A word of the text: letters (with ZWNJ and the dots of ه.ش.) or digits of any kind.
    struct Word {
        let text: String
        let range: TextRange
        var number: Int? { PersianTimexTagger.number(text) }
        /// Whether the word is digits, however many (`number` reads short runs only).
        var isNumeral: Bool { text.unicodeScalars.first.map { PersianTimexTagger.number(String($0)) != nil } ?? false }
    }

    static func number(_ text: String) -> Int? {
        // Dates need no more than a few digits; a longer run is no date (and would overflow).
        guard text.unicodeScalars.count <= 9 else { return nil }
        var value = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: value = value * 10 + Int(scalar.value - 0x30)
            case 0x06F0...0x06F9: value = value * 10 + Int(scalar.value - 0x06F0)
            case 0x0660...0x0669: value = value * 10 + Int(scalar.value - 0x0660)
            default: return nil
            }
        }
        return text.isEmpty ? nil : value
    }

    static func words(_ scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        var index = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { number(String(s)) != nil }
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.value == 0x200C }
        while index < scalars.count {
            let start = index
            if isDigit(scalars[index]) {
                while index < scalars.count && isDigit(scalars[index]) { index += 1 }
            } else if isLetter(scalars[index]) {
                while index < scalars.count && (isLetter(scalars[index])
                        || (scalars[index] == "." && index + 1 < scalars.count && isLetter(scalars[index + 1]) && index - start <= 2)) {
                    index += 1
                }
                // ه.ش. keeps its final dot
                if index < scalars.count && scalars[index] == "." && index - start <= 4 && scalars[start..<index].contains(".") { index += 1 }
            } else if scalars[index].properties.isWhitespace {
                index += 1
                continue
            } else {
                index += 1
            }
            words.append(Word(text: String(String.UnicodeScalarView(scalars[start..<index])), range: TextRange(start, index)))
        }
        return words
    }

    public func tag(_ text: String) -> [TemporalExpression] {
        let scalars = Array(text.unicodeScalars)
        let w = Self.words(scalars)
        var results: [TemporalExpression] = []
        var i = 0
        while i < w.count {
            guard let (end, expression) = match(w, i) else {
                i += 1
                continue
            }
            let range = TextRange(w[i].range.start, w[end - 1].range.end)
            var found = expression
            found.range = range
            found.text = String(String.UnicodeScalarView(scalars[range.start..<range.end]))
            results.append(found)
            i = end
        }
        return WebAddresses.removing(results, in: scalars)
    }

    private func text(_ w: [Word], _ i: Int) -> String? { w.indices.contains(i) ? w[i].text : nil }

    private func make(_ type: TemporalExpression.Kind, _ value: String, mod: String? = nil, calendar: CalendarSystem? = nil,
                      calendarValue: String? = nil) -> TemporalExpression {
        TemporalExpression(type: type, value: value, mod: mod, range: TextRange(0, 0), text: "",
                           calendar: calendar == .gregorian ? nil : calendar?.rawValue, calendarValue: calendarValue)
    }

    /// The year of a month named without one, in the calendar of `today` (the article's date in
    /// it). A Gregorian month is placed as the English tagger places it (`TimexAnchor.yearOf`). A
    /// Solar or lunar month is in the article's own year, which is how Iranian writing frames it
    /// (دی ماه in an article of مرداد is this year's), unless it lies more than six months ahead
    /// (اسفند in an article of فروردین is last year's).
    static func nearestYear(month: Int, today: CalendarDate, system: CalendarSystem) -> Int {
        if system == .gregorian, let anchor = TimexAnchor(year: today.year, month: today.month, day: today.day) {
            return anchor.yearOf(month: month)
        }
        if month == today.month { return today.year }
        return month - today.month > 6 ? today.year - 1 : today.year
    }

    /// The calendar marker after word `i`, and the index after it.
    private func marker(_ w: [Word], _ i: Int) -> (CalendarSystem, Int)? {
        for entry in Self.calendarMarkers where zip(entry.words, w.dropFirst(i)).allSatisfy({ $0 == $1.text })
            && i + entry.words.count <= w.count {
            return (entry.calendar, i + entry.words.count)
        }
        return nil
    }

    /// A year's calendar when nothing says: Solar Hijri up to 1500, lunar Hijri never guessed,
    /// Gregorian from 1600.
    private func calendar(ofYear year: Int) -> CalendarSystem? {
        if (1200...1500).contains(year) { return .persian }
        if (1600...2200).contains(year) { return .gregorian }
        return nil
    }

    private func gregorian(_ date: CalendarDate, from system: CalendarSystem) -> CalendarDate? {
        system == .gregorian ? date : CalendarConverter.convert(date, from: system, to: .gregorian)
    }

    private func match(_ w: [Word], _ i: Int) -> (Int, TemporalExpression)? {
        fullDate(w, i) ?? numericDate(w, i) ?? clockTime(w, i) ?? monthYear(w, i) ?? decade(w, i) ?? year(w, i) ?? relative(w, i)
            ?? duration(w, i)
    }

    /// ساعت ۱۶, ساعت ۱۴:۳۰, 11:26: a time of day, on the article's day.
    private func clockTime(_ w: [Word], _ i: Int) -> (Int, TemporalExpression)? {
        var cursor = i
        let named = text(w, cursor) == "ساعت"
        if named { cursor += 1 }
        guard let hour = w.indices.contains(cursor) ? w[cursor].number : nil, (0...24).contains(hour), w[cursor].text.count <= 2 else { return nil }
        var end = cursor + 1
        var minute = 0
        if text(w, end) == ":", let value = w.indices.contains(end + 1) ? w[end + 1].number : nil, w[end + 1].text.count == 2, value < 60 {
            minute = value
            end += 2
        } else if !named {
            return nil
        }
        // "ساعت ۲ بامداد", "ساعت ۸ شب": the part of the day says morning or evening.
        switch text(w, end) {
        case "صبح", "بامداد": end += 1
        case "بعدازظهر", "عصر", "شب":
            if hour < 12 { return (end + 1, make(.time, (anchor?.iso ?? "XXXX-XX-XX") + String(format: "T%02d:%02d", hour + 12, minute))) }
            end += 1
        default: break
        }
        return (end, make(.time, (anchor?.iso ?? "XXXX-XX-XX") + String(format: "T%02d:%02d", hour, minute)))
    }

    /// ۲۱ مرداد ۱۳۹۴, 12 آبان 1405 ه.ش., ۳ ژوئن ۱۹۸۹, ۱۵ رمضان ۱۴۳۶ ه.ق., ۲۷ اسفندماه سال ۹۴,
    /// بیست و هفت خرداد, هفتم اسفند.
    private func fullDate(_ w: [Word], _ i: Int) -> (Int, TemporalExpression)? {
        guard let (day, dayEnd) = dayOfMonth(w, i), let monthWord = text(w, dayEnd),
              let (named, month) = Self.month(monthWord) else { return nil }
        var system = named
        var end = dayEnd + 1
        if text(w, end) == "ماه" { end += 1 }
        // A day in words before a month that is also a word ("سه تیر", three bullets) needs ماه.
        if w[i].number == nil, system != .gregorian || monthWord == "می" || monthWord == "مه",
           !Self.unambiguousSolarMonths.contains(monthWord), !monthWord.hasSuffix("ماه"), end == dayEnd + 1 { return nil }
        var year: Int?
        if let found = yearAfter(w, end, twoDigits: system == .persian) {
            year = found.year
            end = found.end
        }
        if let (marked, after) = marker(w, end) {
            system = marked
            end = after
        }
        let date: CalendarDate
        if let year {
            date = CalendarDate(year: year, month: month, day: day)
        } else if let anchor, let anchorInSystem = system == .gregorian ? CalendarDate(year: anchor.year, month: anchor.month, day: anchor.day)
                    : CalendarConverter.convert(CalendarDate(year: anchor.year, month: anchor.month, day: anchor.day), from: .gregorian, to: system) {
            date = CalendarDate(year: Self.nearestYear(month: month, today: anchorInSystem, system: system), month: month, day: day)
        } else {
            let value = String(format: "XXXX-%02d-%02d", month, day)
            return (end, make(.date, system == .gregorian ? value : "XXXX-XX-XX", calendar: system,
                              calendarValue: system == .gregorian ? nil : value))
        }
        guard let converted = gregorian(date, from: system) else { return nil }
        return (end, make(.date, converted.description, calendar: system, calendarValue: system == .gregorian ? nil : date.description))
    }

    /// ۱۴۰۲/۰۵/۰۹, 1401/06/30, 2015/03/01, and day first: 27/3/66, ۲۷/۰۳/۱۳۶۶.
    private func numericDate(_ w: [Word], _ i: Int) -> (Int, TemporalExpression)? {
        guard i + 4 < w.count, let first = w[i].number, w[i + 1].text == "/", let month = w[i + 2].number, w[i + 3].text == "/",
              let last = w[i + 4].number, (1...12).contains(month) else { return nil }
        let dayFirst = w[i].text.count <= 2 && (w[i + 4].text.count == 2 || w[i + 4].text.count == 4)
        // A two-digit year is Solar Hijri, of the 1300s, as Iranian writing has it.
        let year = dayFirst ? (w[i + 4].text.count == 2 ? 1300 + last : last) : first
        let day = dayFirst ? first : last
        guard (1...31).contains(day), year >= 1000 else { return nil }
        var end = i + 5
        var system = calendar(ofYear: year)
        if let (marked, after) = marker(w, end) {
            system = marked
            end = after
        }
        guard let system else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        guard let converted = gregorian(date, from: system) else { return nil }
        return (end, make(.date, converted.description, calendar: system, calendarValue: system == .gregorian ? nil : date.description))
    }

    /// مرداد ۱۳۹۴, مارس ۲۰۱۳, اسفند سال ۹۴, دی ماه, خردادماه, ماه اوت, اردیبهشت (a month without a
    /// year is in the article's year). A Solar Hijri month is given the Gregorian month holding its
    /// 15th day.
    private func monthYear(_ w: [Word], _ i: Int) -> (Int, TemporalExpression)? {
        var cursor = i
        if text(w, cursor) == "ماه", let next = text(w, cursor + 1), Self.month(next) != nil { cursor += 1 }
        guard let monthWord = text(w, cursor), let (system, month) = Self.month(monthWord), system != .islamicUmalqura else { return nil }
        var end = cursor + 1
        if text(w, end) == "ماه" { end += 1 }
        if let found = yearAfter(w, end, twoDigits: system == .persian) {
            end = found.end
            if system == .persian {
                if let (_, after) = marker(w, end) { end = after }
                guard let converted = gregorian(CalendarDate(year: found.year, month: month, day: 15), from: .persian) else { return nil }
                return (end, make(.date, String(format: "%04d-%02d", converted.year, converted.month), calendar: .persian,
                                  calendarValue: String(format: "%04d-%02d", found.year, month)))
            }
            guard monthWord != "می" && monthWord != "مه" || (1900...2100).contains(found.year) else { return nil }
            if let (marked, after) = marker(w, end), marked == .gregorian { end = after }
            return (end, make(.date, String(format: "%04d-%02d", found.year, month)))
        }
        // Without a year: "ماه" said with it, or a month name that is no other word; not next to a
        // number that could not be its day or year (then it is no date at all).
        if (i > 0 && w[i - 1].isNumeral) || (w.indices.contains(end) && w[end].isNumeral) { return nil }
        let said = end > cursor + 1 || cursor > i || monthWord.hasSuffix("ماه")
        guard said || Self.unambiguousSolarMonths.contains(monthWord)
                || (system == .gregorian && monthWord != "می" && monthWord != "مه" && monthWord != "مارس") else { return nil }
        guard let anchor else {
            return (end, system == .persian ? make(.date, "XXXX-XX", calendar: .persian, calendarValue: String(format: "XXXX-%02d", month))
                                            : make(.date, String(format: "XXXX-%02d", month)))
        }
        if system == .gregorian {
            return (end, make(.date, String(format: "%04d-%02d", anchor.yearOf(month: month), month)))
        }
        guard let today = CalendarConverter.convert(CalendarDate(year: anchor.year, month: anchor.month, day: anchor.day),
                                                    from: .gregorian, to: .persian) else { return nil }
        let year = Self.nearestYear(month: month, today: today, system: .persian)
        guard let middle = gregorian(CalendarDate(year: year, month: month, day: 15), from: .persian) else { return nil }
        return (end, make(.date, String(format: "%04d-%02d", middle.year, middle.month), calendar: .persian,
                          calendarValue: String(format: "%04d-%02d", year, month)))
    }

    /// دهه ۱۳۶۰, اوایل دهه ۱۹۹۰, اواخر دهه ۸۰ میلادی
    private func decade(_ w: [Word], _ i: Int) -> (Int, TemporalExpression)? {
        var cursor = i
        var mod: String?
        switch text(w, cursor) {
        case "اوایل": mod = "START"
        case "اواسط", "میانه": mod = "MID"
        case "اواخر": mod = "END"
        default: break
        }
        if mod != nil { cursor += 1 }
        guard text(w, cursor) == "دهه", let value = w.indices.contains(cursor + 1) ? w[cursor + 1].number : nil, value % 10 == 0 else { return nil }
        var end = cursor + 2
        var system = calendar(ofYear: value)
        if let (marked, after) = marker(w, end) {
            system = marked
            end = after
        }
        guard let system else { return nil }
        if system == .persian {
            // The 1360s (Solar Hijri) begin in March 1981: the Gregorian decade they mostly fall in.
            guard let start = gregorian(CalendarDate(year: value + 5, month: 1, day: 1), from: .persian) else { return nil }
            return (end, make(.date, String(start.year / 10) + "X", mod: mod, calendar: .persian, calendarValue: String(value / 10) + "X"))
        }
        return (end, make(.date, String(value / 10) + "X", mod: mod))
    }

    /// سال ۲۰۱۳, سال‌های ۹۲ تا ۹۴, ۱۳۹۴ ه.ش., ۱۹۸۹ میلادی, در ۱۹۸۶, تابستان ۱۹۰۳ (a season of a year)
    private func year(_ w: [Word], _ i: Int) -> (Int, TemporalExpression)? {
        var cursor = i
        let season = text(w, cursor).flatMap { Self.seasons[$0] }
        if season != nil { cursor += 1 }
        if text(w, cursor) == "سال" || text(w, cursor) == "سال‌های" { cursor += text(w, cursor + 1) == "های" ? 2 : 1 }
        func value(_ year: String, _ system: CalendarSystem?, _ calendarValue: String?, end: Int) -> (Int, TemporalExpression) {
            (end, make(.date, season.map { year + "-" + $0 } ?? year, calendar: system,
                       calendarValue: calendarValue.map { value in season.map { value + "-" + $0 } ?? value }))
        }
        // ۹۴ after سال, or after تا in a range that began with one (سال‌های ۹۲ تا ۹۴).
        let afterTwoDigitRange = cursor == i && text(w, i - 1) == "تا" && w.indices.contains(i - 2) && w[i - 2].text.count == 2
            && w[i - 2].number != nil
        if cursor > i || afterTwoDigitRange, let found = yearAfter(w, cursor, twoDigits: true), found.twoDigit,
           !(text(w, found.end).map { Self.units[$0] != nil } ?? false),
           let start = gregorian(CalendarDate(year: found.year, month: 1, day: 1), from: .persian) {
            var end = found.end
            if let (marked, after) = marker(w, end), marked == .persian { end = after }
            return value(String(start.year), .persian, String(found.year), end: end)
        }
        guard let number = w.indices.contains(cursor) ? w[cursor].number : nil, number >= 1000, w[cursor].text.count == 4 else { return nil }
        var end = cursor + 1
        var system = calendar(ofYear: number)
        if let (marked, after) = marker(w, end) {
            system = marked
            end = after
        } else if cursor == i && !isBareYear(w, i) {
            return nil  // a bare four-digit number without سال or a marker may be anything
        }
        guard let system else { return nil }
        if system == .gregorian { return value(String(number), nil, nil, end: end) }
        // A Solar or lunar year is given the Gregorian year it begins in.
        guard let start = gregorian(CalendarDate(year: number, month: 1, day: 1), from: system) else { return nil }
        return value(String(start.year), system, String(number), end: end)
    }

    /// Seasons and their TIMEX3 codes.
    static let seasons: [String: String] = ["بهار": "SP", "تابستان": "SU", "پاییز": "FA", "پائیز": "FA", "زمستان": "WI"]

    /// Whether the four-digit number at `i` stands alone as a year: after در, از, تا or طی, and
    /// before no word it could count (در ۱۹۸۶ و ۱۹۸۷, but not در ۲۰۰۰ نقطه).
    private func isBareYear(_ w: [Word], _ i: Int) -> Bool {
        guard let before = text(w, i - 1), ["در", "از", "تا", "طی"].contains(before) else { return false }
        guard let after = text(w, i + 1) else { return true }
        return !(after.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false) || ["و", "تا", "به"].contains(after)
    }

    /// امروز, دیروز, فردا, امسال, پارسال, سال گذشته, سال آینده, اکنون, شنبه …
    private func relative(_ w: [Word], _ i: Int) -> (Int, TemporalExpression)? {
        guard let word = text(w, i) else { return nil }
        let iso = anchor?.iso ?? "XXXX-XX-XX"
        switch word {
        case "امروز": return (i + 1, make(.date, iso))
        case "دیروز": return (i + 1, make(.date, anchor?.adding(days: -1).iso ?? "XXXX-XX-XX"))
        case "فردا": return (i + 1, make(.date, anchor?.adding(days: 1).iso ?? "XXXX-XX-XX"))
        case "امسال": return (i + 1, make(.date, anchor.map { String($0.year) } ?? "XXXX"))
        case "پارسال": return (i + 1, make(.date, anchor.map { String($0.year - 1) } ?? "XXXX"))
        case "اکنون", "هم‌اکنون", "اینک": return (i + 1, make(.date, "PRESENT_REF"))
        default: break
        }
        // روز گذشته is yesterday in Iranian news; این هفته, این ماه the current ones.
        if word == "روز", let next = text(w, i + 1), ["گذشته", "قبل"].contains(next) {
            return (i + 2, make(.date, anchor?.adding(days: -1).iso ?? "XXXX-XX-XX"))
        }
        if word == "این", let next = text(w, i + 1), next == "هفته" || next == "ماه" {
            guard let anchor else { return (i + 2, make(.date, next == "ماه" ? "XXXX-XX" : "XXXX-WXX")) }
            return (i + 2, make(.date, next == "ماه" ? anchor.isoMonth : anchor.isoWeek(offset: 0)))
        }
        if word == "سال" || word == "ماه" || word == "هفته", var next = text(w, i + 1) {
            // هفته ی قبل, with the ezafe written apart
            var after = i + 2
            if next == "ی", let following = text(w, i + 2) {
                next = following
                after = i + 3
            }
            let offset = ["گذشته", "قبل", "پیش"].contains(next) ? -1 : ["آینده", "بعد", "دیگر"].contains(next) ? 1 : ["جاری"].contains(next) ? 0 : nil
            if let offset {
                guard let anchor else { return (after, make(.date, word == "سال" ? "XXXX" : word == "ماه" ? "XXXX-XX" : "XXXX-WXX")) }
                switch word {
                case "سال": return (after, make(.date, String(anchor.year + offset)))
                case "ماه": return (after, make(.date, anchor.adding(months: offset).isoMonth))
                default: return (after, make(.date, anchor.isoWeek(offset: offset)))
                }
            }
        }
        if let weekday = Self.weekdays[word], !(text(w, i + 1).map { Self.solarMonths.contains($0) } ?? false) {
            guard let anchor else { return (i + 1, make(.date, "XXXX-WXX-\(weekday)")) }
            var delta = weekday - anchor.weekday
            if delta > 0 { delta -= 7 }
            return (i + 1, make(.date, anchor.adding(days: delta).iso))
        }
        return nil
    }

    /// سه روز, دو دهه, ۵ سال, چند سال
    private func duration(_ w: [Word], _ i: Int) -> (Int, TemporalExpression)? {
        guard let word = text(w, i), let unitWord = text(w, i + 1), let unit = Self.units[unitWord] else { return nil }
        let amount = w[i].number ?? Self.numberWords[word]
        guard let amount else { return nil }
        // "یک سال" … but not "سال ۲۰۱۳" (a year) nor "دو سال پیش" (a date)
        if let after = text(w, i + 2), ["پیش", "قبل", "گذشته", "آینده"].contains(after) { return nil }
        if unitWord == "سال", let next = w.indices.contains(i + 2) ? w[i + 2].number : nil, next >= 1000 { return nil }
        let number = amount < 0 ? "X" : String(amount)
        return (i + 2, make(.duration, unit.time ? "PT\(number)\(unit.letter)" : "P\(number)\(unit.letter)"))
    }
}
