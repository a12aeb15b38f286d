/// An author as the front matter gives them.
public struct Author: Hashable, Sendable, Codable {
    public var name: Span
    /// The footnote marker after the name (`*`, `1`), if any.
    public var marker: String?
    /// The id of the author-note block the marker points to.
    public var note: String?
    /// Academic degree, e.g. `Ph.D.` or `دکتری`.
    public var degree: Span?
    /// Field of study, e.g. `International Relations`.
    public var field: Span?
    public var affiliation: Span?
    public var email: Span?

    public init(name: Span, marker: String? = nil, note: String? = nil, degree: Span? = nil,
                field: Span? = nil, affiliation: Span? = nil, email: Span? = nil) {
        self.name = name
        self.marker = marker
        self.note = note
        self.degree = degree
        self.field = field
        self.affiliation = affiliation
        self.email = email
    }
}
