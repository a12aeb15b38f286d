/// The front matter of one language: a paper has one for its English part and one for its Persian
/// title/abstract block, each found wherever it stands in the source.
public struct FrontMatter: Hashable, Sendable, Codable {
    /// BCP 47 language tag.
    public var language: String
    public var title: Span?
    public var authors: [Author]
    public var affiliations: [Span]
    /// Ids of the abstract's blocks, in order.
    public var abstract: [String]
    /// The abstract's text, one span a block, in order.
    public var abstractText: [Span]
    public var keywords: [Span]

    public init(language: String, title: Span? = nil, authors: [Author] = [], affiliations: [Span] = [],
                abstract: [String] = [], abstractText: [Span] = [], keywords: [Span] = []) {
        self.language = language
        self.title = title
        self.authors = authors
        self.affiliations = affiliations
        self.abstract = abstract
        self.abstractText = abstractText
        self.keywords = keywords
    }

    public var isEmpty: Bool {
        title == nil && authors.isEmpty && affiliations.isEmpty && abstract.isEmpty && keywords.isEmpty
    }
}

extension FrontMatter {
    /// The id of keyword `index` (from 0): `kw-en3` is the third English keyword. TEI writes it on
    /// the keyword's `<term>`, and alignments point at it.
    public func keywordID(_ index: Int) -> String { "kw-\(language)\(index + 1)" }
}
