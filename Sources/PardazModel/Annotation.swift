/// A standoff annotation over the document's text.
public struct Annotation: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// What it marks: `noteRef`, `link`, `emphasis`, `strong`, `email`, …
    public var type: String
    public var range: TextRange
    public var sourceRange: TextRange
    public var text: String
    /// What it points to: a block id for a note reference, a URL for a link.
    public var target: String?
    /// For a normalization edit: the extracted text it replaced (`text` is what replaced it).
    public var original: String?

    public init(id: String, type: String, range: TextRange, sourceRange: TextRange, text: String,
                target: String? = nil, original: String? = nil) {
        self.id = id
        self.type = type
        self.range = range
        self.sourceRange = sourceRange
        self.text = text
        self.target = target
        self.original = original
    }
}

/// A named set of annotations of one kind of analysis, ordered by position.
public struct AnnotationLayer: Hashable, Sendable, Codable {
    /// `markup` (links, emphasis, note references from the source's markup), `normalization` (each
    /// change the normalizers made, with the text it replaced); later stages add their own layers.
    public var name: String
    public var annotations: [Annotation]

    public init(name: String, annotations: [Annotation]) {
        self.name = name
        self.annotations = annotations.sorted { $0.range < $1.range }
    }
}
