/// What a line of a document's opening part is: the labels of the front-matter labeler.
public enum LayoutLabel: String, Sendable, CaseIterable, Hashable {
    case title, author, affiliation, address, email, date
    case abstractLabel = "abstract-label", abstract
    case keywordsLabel = "keywords-label", keywords
    /// Journal, volume and issue, pages, DOI, ISSN, article type, copyright, citation line, funding.
    case meta
    /// Running heads, page numbers, watermarks, site chrome.
    case furniture
    /// Front-matter text of no field above (notes such as "These authors contributed equally").
    case other
    /// The start of the body: section headings and paragraphs after the front matter.
    case body

    /// The labels in a fixed order: the model numbers them by it.
    public static let ordered: [LayoutLabel] = allCases

    /// The label's number in `ordered`.
    public var number: Int { Self.ordered.firstIndex(of: self)! }
}
