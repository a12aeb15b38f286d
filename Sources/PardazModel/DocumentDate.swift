/// A date that belongs to the document itself: when it was received, accepted or published.
public struct DocumentDate: Hashable, Sendable, Codable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case received, revised, accepted, published, modified
    }

    public var kind: Kind
    /// ISO 8601 Gregorian date (`2015-03-01`, or `2015-03`, `2015` when less is known).
    public var when: String
    /// The calendar the source wrote it in (`gregorian`, `persian`, `islamic-umalqura`).
    public var calendar: String
    /// The date in that calendar when it is not Gregorian, e.g. `1393-12-10`.
    public var original: String?
    /// Where the date was read, when it was read from the text.
    public var span: Span?
    /// Where it was read when not from the text, e.g. `meta:citation_publication_date`.
    public var origin: String?

    public init(kind: Kind, when: String, calendar: String = "gregorian", original: String? = nil,
                span: Span? = nil, origin: String? = nil) {
        self.kind = kind
        self.when = when
        self.calendar = calendar
        self.original = original
        self.span = span
        self.origin = origin
    }
}
