/// A link between English and Persian counterparts: sentences of the two abstracts (1:1, 1:2, 2:1,
/// or a sentence with no counterpart), or front-matter fields (title, author, affiliation, keyword).
public struct Alignment: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case sentence, title, author, affiliation, keyword
    }

    public var kind: Kind
    /// The English side: sentences (`sent3`) or, for a field, its `range` in the document's text.
    public var english: [AlignedPart]
    /// The Persian side.
    public var persian: [AlignedPart]
    /// From 0 to 1: how sure the aligner is.
    public var score: Double
    /// Whether the score is below the aligner's threshold: the link is the best there was, not a sure one.
    public var uncertain: Bool

    public init(kind: Kind, english: [AlignedPart], persian: [AlignedPart], score: Double, uncertain: Bool) {
        self.kind = kind
        self.english = english
        self.persian = persian
        self.score = score
        self.uncertain = uncertain
    }
}

/// One side's part of an alignment: a sentence or a field, by its id and where it is.
public struct AlignedPart: Hashable, Sendable, Codable {
    /// `sent3` for a sentence, `kw-en3` for a keyword (`FrontMatter.keywordID`); for another field,
    /// the id of the block that holds it.
    public var id: String
    public var range: TextRange
    public var text: String

    public init(id: String, range: TextRange, text: String) {
        self.id = id
        self.range = range
        self.text = text
    }
}
