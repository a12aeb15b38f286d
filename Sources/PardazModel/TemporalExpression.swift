/// A temporal expression found in text, normalized to TimeML's TIMEX3 (`type`, `value`, `mod`).
///
/// `value` is Gregorian (`2015-03-01`, `1989-Q3`, `198X`, `P5Y`, `PRESENT_REF`); a date written in
/// another calendar also keeps that `calendar` and its value there (`persian`, `1394-05-21`).
public struct TemporalExpression: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    /// `t1`, `t2`, … in reading order, within a document.
    public var id: String?
    public var type: Kind
    public var value: String
    /// START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE …
    public var mod: String?
    /// Where it is, in the text it was found in.
    public var range: TextRange
    /// Where it is in the decoded source, for an expression of a document.
    public var sourceRange: TextRange?
    public var text: String
    /// The calendar it was written in, when not Gregorian (`persian`, `islamic-umalqura`).
    public var calendar: String?
    /// Its value in that calendar.
    public var calendarValue: String?

    public init(id: String? = nil, type: Kind, value: String, mod: String? = nil, range: TextRange,
                sourceRange: TextRange? = nil, text: String, calendar: String? = nil, calendarValue: String? = nil) {
        self.id = id
        self.sourceRange = sourceRange
        self.type = type
        self.value = value
        self.mod = mod
        self.range = range
        self.text = text
        self.calendar = calendar
        self.calendarValue = calendarValue
    }
}

/// The document creation time: the date relative expressions are resolved against, and where it
/// came from.
public struct CreationTime: Hashable, Sendable, Codable {
    /// `YYYY-MM-DD`.
    public var value: String
    /// `published`, `accepted`, `received` (a date of the document) or `given` (on the command line).
    public var origin: String

    public init(value: String, origin: String) {
        self.value = value
        self.origin = origin
    }
}
