/// What a part of the page is as its markup names it (class, id, `itemprop`, `rel`, ARIA role): the
/// article's title, byline, an author's name, an affiliation, the abstract, the keywords, the dates,
/// the notes, the references.
enum HTMLContainerRole: Equatable, Sendable {
    case title, byline, authorName, affiliation, abstract, keywords, dateline, notes, references

    static func of(_ index: Int, in page: HTMLPage) -> HTMLContainerRole? {
        let element = page[index]
        switch element.attribute("role")?.lowercased() {
        case "doc-abstract": return .abstract
        case "doc-endnotes", "doc-footnotes", "doc-endnote", "doc-footnote": return .notes
        case "doc-bibliography": return .references
        default: break
        }
        let words = page.nameWords(of: index)
        let has = { (set: Set<String>) in words.contains(where: set.contains) }
        let starts = { (prefixes: [String]) in words.contains { word in prefixes.contains(where: word.hasPrefix) } }
        if has(["footnotes", "endnotes", "notes", "fn-group"]) || starts(["footnote", "endnote"]) { return .notes }
        if has(["references", "ref-list", "reflist", "bibliography"]) || starts(["references"]) { return .references }
        if starts(["abstract"]) || element.attribute("itemprop") == "abstract" { return .abstract }
        if has(["keywords", "kwd", "kwd-group"]) || starts(["keyword"]) || element.attribute("itemprop") == "keywords" {
            return .keywords
        }
        if has(["affiliation", "affiliations", "aff", "affil", "institution"]) { return .affiliation }
        if has(["history", "dateline", "article-dates", "pub-history"]) { return .dateline }
        let short = page.textBytes[index] <= 400
        let inline = !HTMLFlowReader.blockElements.contains(element.name)
        let itemprop = element.attribute("itemprop")?.lowercased()
        if element.attribute("rel")?.lowercased() == "author" { return .authorName }
        if has(["byline", "authors", "author-list", "authors-list", "article-authors", "contrib-group"]) && short {
            return .byline
        }
        if has(["author", "author-name", "contrib-author"]) || itemprop == "author" {
            if inline { return .authorName }
            if short { return .byline }
        }
        let tokens = Set((element.attribute("class") ?? "").lowercased().split(separator: " ").map(String.init)
                         + [element.attribute("id")?.lowercased() ?? ""])
        if itemprop == "headline" || !tokens.isDisjoint(with: titleTokens), page.textBytes[index] <= 600 {
            return .title
        }
        return nil
    }

    /// Whole class or id values naming the article's title.
    private static let titleTokens: Set<String> = [
        "title", "article-title", "article_title", "entry-title", "headline", "article-headline", "citation-title",
        "main-title", "post-title",
    ]
}
