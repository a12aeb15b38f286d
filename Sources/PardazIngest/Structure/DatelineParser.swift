import PardazICU
import PardazModel

/// Reads the dates a paper prints in its front matter: "(Received 3 May 2014 Accepted 9 October
/// 2014)", "Received: 2014-05-03", "تاریخ دریافت: ۱۳۹۳/۰۲/۱۳ تاریخ پذیرش: ۱۳۹۳/۰۷/۱۷". Solar Hijri
/// dates are converted to Gregorian through ICU's Persian calendar and keep their original value.
enum DatelineParser {
    struct Found: Sendable, Equatable {
        var kind: DocumentDate.Kind
        /// Scalar range of the date (label excluded) within the parsed text.
        var range: Range<Int>
        var when: String
        var calendar: String
        var original: String?
    }

    private static let labels: [(String, DocumentDate.Kind)] = [
        ("date of receipt", .received), ("received date", .received), ("received", .received),
        ("revised", .revised), ("date of acceptance", .accepted), ("accepted", .accepted),
        ("published online", .published), ("published", .published),
        ("تاریخ دریافت", .received), ("دریافت", .received), ("تاریخ بازنگری", .revised), ("بازنگری", .revised),
        ("تاریخ اصلاح", .revised), ("تاریخ پذیرش", .accepted), ("پذیرش", .accepted), ("تاریخ تصویب", .accepted),
        ("تصویب", .accepted), ("تاریخ انتشار", .published), ("انتشار", .published),
    ]

    /// Every labelled date in `text`.
    static func dates(in text: String) -> [Found] {
        let scalars = unified(text)
        // Locate labels, longest first, without overlaps.
        var hits: [(Range<Int>, DocumentDate.Kind)] = []
        for (label, kind) in labels {
            let pattern = Array(label.unicodeScalars)
            var index = 0
            while index + pattern.count <= scalars.count {
                if scalars[index..<index + pattern.count].elementsEqual(pattern),
                   index == 0 || !scalars[index - 1].properties.isAlphabetic,
                   !hits.contains(where: { $0.0.overlaps(index..<index + pattern.count) }) {
                    hits.append((index..<index + pattern.count, kind))
                    index += pattern.count
                } else {
                    index += 1
                }
            }
        }
        hits.sort { $0.0.lowerBound < $1.0.lowerBound }
        var found: [Found] = []
        for (position, hit) in hits.enumerated() {
            let limit = position + 1 < hits.count ? hits[position + 1].0.lowerBound : scalars.count
            if let date = parseDate(Array(text.unicodeScalars), from: hit.0.upperBound, to: limit) {
                found.append(Found(kind: hit.1, range: date.range, when: date.when, calendar: date.calendar,
                                   original: date.original))
            }
        }
        return found
    }

    private static let englishMonths = ["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"]
    private static let persianMonths = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                                        "آذر", "دی", "بهمن", "اسفند"]

    private struct Token {
        var text: String
        var range: Range<Int>
    }

    /// The first date between `from` and `to`: day-month-year, month-day-year, month-year, or numeric.
    static func parseDate(_ scalars: [Unicode.Scalar], from: Int, to: Int)
        -> (range: Range<Int>, when: String, calendar: String, original: String?)? {
        var tokens: [Token] = []
        var index = from
        while index < to {
            while index < to, isSeparator(scalars[index]) { index += 1 }
            let start = index
            while index < to, !isSeparator(scalars[index]) { index += 1 }
            if start < index {
                tokens.append(Token(text: String(String.UnicodeScalarView(unified(scalars[start..<index]))),
                                    range: start..<index))
            }
        }
        for (position, token) in tokens.enumerated() {
            // Numeric: 2015-03-01, 2015/3/1, 1393/12/10
            let parts = token.text.asciiDigits.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) {
                if parts[0].count == 4 { return make(year: a, month: b, day: c, token.range) }
                if parts[2].count == 4 { return make(year: c, month: b, day: a, token.range) }
            }
            let next = position + 1 < tokens.count ? tokens[position + 1] : nil
            let afterNext = position + 2 < tokens.count ? tokens[position + 2] : nil
            // 1 March 2015, ۱۰ اسفند ۱۳۹۳
            if let day = Int(token.text.asciiDigits), let next, let month = month(next.text), let afterNext,
               let year = Int(afterNext.text.asciiDigits), afterNext.text.count == 4 {
                return make(year: year, month: month, day: day, token.range.lowerBound..<afterNext.range.upperBound)
            }
            // March 1, 2015 / March 2015
            if let month = month(token.text), let next {
                if let day = Int(next.text.asciiDigits), next.text.count <= 2, let afterNext,
                   let year = Int(afterNext.text.asciiDigits), afterNext.text.count == 4 {
                    return make(year: year, month: month, day: day, token.range.lowerBound..<afterNext.range.upperBound)
                }
                if let year = Int(next.text.asciiDigits), next.text.count == 4 {
                    return make(year: year, month: month, day: nil, token.range.lowerBound..<next.range.upperBound)
                }
            }
        }
        return nil
    }

    private static func month(_ word: String) -> Int? {
        if let index = englishMonths.firstIndex(of: word) { return index + 1 }
        if word.count >= 3, let index = englishMonths.firstIndex(where: { $0.hasPrefix(word.trimmingCharacters(in: ".")) }),
           word.trimmingCharacters(in: ".").count >= 3 {
            return index + 1
        }
        if let index = persianMonths.firstIndex(of: word) { return 100 + index + 1 }
        return nil
    }

    /// A date from its parts. Months above 100 are Solar Hijri month names; years below 1700 are
    /// read as Solar Hijri.
    private static func make(year: Int, month: Int, day: Int?, _ range: Range<Int>)
        -> (range: Range<Int>, when: String, calendar: String, original: String?)? {
        let solar = month > 100 || year < 1700
        let monthNumber = month > 100 ? month - 100 : month
        guard (1...12).contains(monthNumber), day.map({ (1...31).contains($0) }) ?? true else { return nil }
        if !solar {
            let date = CalendarDate(year: year, month: monthNumber, day: day ?? 1)
            let full = date.description
            return (range, day == nil ? String(full.prefix(7)) : full, "gregorian", nil)
        }
        guard let day else { return nil }
        let original = CalendarDate(year: year, month: monthNumber, day: day)
        guard let gregorian = CalendarConverter.convert(original, from: .persian, to: .gregorian) else { return nil }
        return (range, gregorian.description, "persian", original.description)
    }

    /// Lowercased, with Arabic yeh and kaf read as the Persian letters (legacy Windows-1256 text
    /// has no Persian yeh); one scalar for one, so offsets do not move.
    private static func unified<S: Sequence>(_ scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        scalars.map { scalar in
            switch scalar {
            case "\u{064A}", "\u{0649}": return "\u{06CC}"
            case "\u{0643}": return "\u{06A9}"
            default:
                let lower = String(scalar).lowercased().unicodeScalars
                return lower.count == 1 ? lower.first! : scalar
            }
        }
    }

    private static func unified(_ text: String) -> [Unicode.Scalar] { unified(text.unicodeScalars) }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLayoutSpace || scalar == "," || scalar == ":" || scalar == "(" || scalar == ")" || scalar == "،"
            || scalar == ";" || scalar == "؛"
    }
}
