import PardazXML

/// What a page says about its article outside the running text: its `<meta>` tags (Highwire
/// `citation_*`, Dublin Core `DC.*`, Open Graph `og:*` and `article:*`, `itemprop`), `<link rel>`
/// and `<title>`, in document order.
struct HTMLMetaTags {
    struct Entry {
        /// The `name`, `property` or `itemprop`, lowercased: `citation_title`, `dc.title`, `og:title`.
        var key: String
        /// The same as written, for naming where a value came from (`meta:DC.date`).
        var name: String
        var value: String
        /// The `xml:lang` or `lang` of the tag itself.
        var language: String?
        var element: Int
    }

    private(set) var entries: [Entry] = []
    /// The page's `<title>` element.
    private(set) var titleElement: Int?
    /// `<link rel="canonical">`.
    private(set) var canonicalURL: String?

    init(_ page: HTMLPage) {
        for (index, element) in page.tree.elements.enumerated() {
            switch element.name {
            case "meta":
                guard let name = element.attribute("name") ?? element.attribute("property") ?? element.attribute("itemprop"),
                      let value = element.attribute("content") else { continue }
                let trimmedValue = HTMLTextPatterns.trimmed(value)
                guard !trimmedValue.isEmpty else { continue }
                let language = (element.attribute("xml:lang") ?? element.attribute("lang")).flatMap(HTMLPage.languageTag)
                entries.append(Entry(key: name.lowercased(), name: name, value: trimmedValue, language: language,
                                     element: index))
            case "link":
                let rel = element.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), canonicalURL == nil { canonicalURL = element.attribute("href") }
            case "title" where titleElement == nil:
                if !page.tree.ancestors(of: index).contains(where: { page[$0].name == "svg" }) { titleElement = index }
            default:
                break
            }
        }
    }

    /// The tags called `key` (lowercase), in order.
    func all(_ key: String) -> [Entry] { entries.filter { $0.key == key } }

    /// The value of the first of `keys` present, trying them in order.
    func first(_ keys: [String]) -> Entry? {
        for key in keys { if let entry = entries.first(where: { $0.key == key }) { return entry } }
        return nil
    }

    /// A journal's page: it carries Highwire `citation_*` tags.
    var isJournalPage: Bool { entries.contains { $0.key.hasPrefix("citation_") } }
}
