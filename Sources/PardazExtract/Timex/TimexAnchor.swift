import Foundation

/// The document creation time that relative expressions are resolved against, with the Gregorian
/// arithmetic they need (days, months, ISO weeks).
public struct TimexAnchor: Sendable, Equatable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
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

    /// From `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
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
