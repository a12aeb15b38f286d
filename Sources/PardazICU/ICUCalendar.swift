internal import CICU

/// A calendar date as year, month (1-based) and day.
public struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO-style `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// The calendars Pardaz converts between, by their ICU names.
public enum CalendarSystem: String, Sendable, CaseIterable {
    case gregorian
    /// Solar Hijri (هجری شمسی), ICU's `persian` calendar.
    case persian
    /// Lunar Hijri by Umm al-Qura reckoning.
    case islamicUmalqura = "islamic-umalqura"
    /// Lunar Hijri by the tabular (civil) reckoning.
    case islamicCivil = "islamic-civil"
}

/// Converts dates between calendars with ICU's `ucal`, working in UTC so that no time zone of the
/// machine running the pipeline shifts a day.
public enum CalendarConverter {
    /// Converts `date`, read in `from`, to the same day in `to`. Returns nil when ICU rejects the date
    /// (for example a day that does not exist in that month).
    public static func convert(_ date: CalendarDate, from: CalendarSystem, to: CalendarSystem) -> CalendarDate? {
        guard let source = open(from), let target = open(to) else { return nil }
        defer { pz_ucal_close(source); pz_ucal_close(target) }
        var status = U_ZERO_ERROR
        pz_ucal_setAttribute(source, UCAL_LENIENT, 0)
        pz_ucal_clear(source)
        pz_ucal_setDate(source, Int32(date.year), Int32(date.month - 1), Int32(date.day), &status)
        let millis = pz_ucal_getMillis(source, &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
        pz_ucal_setMillis(target, millis, &status)
        let year = pz_ucal_get(target, UCAL_YEAR, &status)
        let month = pz_ucal_get(target, UCAL_MONTH, &status)
        let day = pz_ucal_get(target, UCAL_DATE, &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
        return CalendarDate(year: Int(year), month: Int(month) + 1, day: Int(day))
    }

    private static func open(_ system: CalendarSystem) -> UnsafeMutablePointer<UCalendar?>? {
        var status = U_ZERO_ERROR
        let zone: [UChar] = Array("UTC".utf16)
        let locale = system == .gregorian ? "en_US@calendar=gregorian" : "fa_IR@calendar=\(system.rawValue)"
        let calendar = zone.withUnsafeBufferPointer {
            pz_ucal_open($0.baseAddress, Int32($0.count), locale, UCAL_DEFAULT, &status)
        }
        guard status.rawValue <= U_ZERO_ERROR.rawValue else {
            if let calendar { pz_ucal_close(calendar) }
            return nil
        }
        return calendar
    }
}
