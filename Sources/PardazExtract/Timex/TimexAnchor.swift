import Foundation

/// The document creation time that relative expressions are resolved against, with the Gregorian
/// arithmetic they need (days, months, ISO weeks).
public struct TimexAnchor: Sendable, Equatable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the day exists in that month of the proleptic Gregorian calendar (no 30
    /// February, no 31 April), so that no arithmetic rolls an impossible date over into the next month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The year of a Gregorian month named without one, in an article of this date: news speaks
    /// mostly of the past, so the latest such month up to the article's, unless the text speaks
    /// of the future or the month comes within the next four (January in a November article).
    public func yearOf(month: Int, future: Bool = false) -> Int {
        if month == self.month { return year }
        let ahead = (month - self.month + 12) % 12  // months until its next occurrence
        if future || ahead <= 4 { return month > self.month ? year : year + 1 }
        return month < self.month ? year : year - 1
    }

    /// From `YYYY-MM-DD` exactly (ASCII digits, four, two and two of them), a day that exists:
    /// nil for `2025-02-30`, `2025-13-01`, `2025-2-3` or year `0000`.
    public init?(iso: String) {
        let utf8 = Array(iso.utf8)
        let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9]
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
              digitsAt.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[$0]) }) else { return nil }
        func number(_ range: Range<Int>) -> Int { utf8[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        guard number(0..<4) >= 1 else { return nil }
        self.init(year: number(0..<4), month: number(5..<7), day: number(8..<10))
    }

    /// The number of days of `month` (1…12) in `year`, leap years by the Gregorian rule.
    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private var date: Date { Self.calendar.date(from: DateComponents(year: year, month: month, day: day))! }

    private static func anchor(_ date: Date) -> TimexAnchor {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return TimexAnchor(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var isoMonth: String { String(format: "%04d-%02d", year, month) }

    func adding(days: Int = 0, months: Int = 0, years: Int = 0) -> TimexAnchor {
        var components = DateComponents()
        components.day = days
        components.month = months
        components.year = years
        return Self.anchor(Self.calendar.date(byAdding: components, to: date)!)
    }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int {
        let sunday1 = Self.calendar.component(.weekday, from: date)
        return sunday1 == 1 ? 7 : sunday1 - 1
    }

    /// ISO week, as TIMEX3 writes it (`1989-W44`), `offset` weeks away.
    func isoWeek(offset: Int = 0) -> String {
        var iso = Calendar(identifier: .iso8601)
        iso.timeZone = TimeZone(identifier: "UTC")!
        let shifted = adding(days: 7 * offset).date
        let parts = iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: shifted)
        return String(format: "%04d-W%02d", parts.yearForWeekOfYear!, parts.weekOfYear!)
    }

    var quarter: Int { (month - 1) / 3 + 1 }
}
