/// The front matter a page's metadata gives, by language: the title by order of trust, the authors
/// with their institutions, the abstracts and the keywords. A tag's language is its own `lang` or
/// `xml:lang`, else the script of its value.
struct HTMLMetaFront {
    /// An author as `citation_author` gives them, with the `citation_author_institution` and
    /// `citation_author_email` tags that follow.
    struct MetaAuthor {
        var name: HTMLMetaTags.Entry
        var institutions: [HTMLMetaTags.Entry] = []
    }

    /// Where a title comes from: a tag, or the page's `<title>` element.
    enum TitleSource {
        case tag(HTMLMetaTags.Entry)
        case titleElement(Int)
    }

    private(set) var titles: [String: TitleSource] = [:]
    private(set) var authors: [String: [MetaAuthor]] = [:]
    private(set) var abstracts: [String: [HTMLMetaTags.Entry]] = [:]
    private(set) var keywords: [String: [HTMLMetaTags.Entry]] = [:]

    static let titleKeys = ["citation_title", "dc.title", "dcterms.title", "og:title", "twitter:title"]
    static let authorKeys = ["citation_author", "dc.creator", "dcterms.creator", "author", "article:author"]
    static let abstractKeys = ["citation_abstract", "dc.description", "dcterms.abstract", "dcterms.description"]
    static let keywordKeys = ["citation_keywords", "dc.subject", "keywords", "news_keywords", "article:tag"]

    init(_ meta: HTMLMetaTags, page: HTMLPage, mainLanguage: String) {
        func language(_ entry: HTMLMetaTags.Entry) -> String {
            HTMLLanguage.resolve(declared: entry.language, text: entry.value, fallback: mainLanguage)
        }
        for key in Self.titleKeys {
            for entry in meta.all(key) where titles[language(entry)] == nil { titles[language(entry)] = .tag(entry) }
        }
        if let element = meta.titleElement {
            let text = page.plainText(of: element)
            let tag = HTMLLanguage.resolve(declared: nil, text: text, fallback: mainLanguage)
            if !text.isEmpty, titles[tag] == nil { titles[tag] = .titleElement(element) }
        }
        for key in Self.authorKeys {
            var found: [String: [MetaAuthor]] = [:]
            var current: (language: String, index: Int)?
            for entry in meta.entries {
                if entry.key == key {
                    // article:author is often a profile URL rather than a name.
                    guard !entry.value.contains("://"), entry.value.unicodeScalars.count <= 120 else { continue }
                    let tag = language(entry)
                    found[tag, default: []].append(MetaAuthor(name: entry))
                    current = (tag, found[tag]!.count - 1)
                } else if key == "citation_author", let current,
                          ["citation_author_institution", "citation_author_affiliation"].contains(entry.key) {
                    found[current.language]![current.index].institutions.append(entry)
                }
            }
            for (tag, list) in found where authors[tag] == nil { authors[tag] = list }
        }
        for key in Self.abstractKeys {
            for (tag, list) in Dictionary(grouping: meta.all(key), by: language) where abstracts[tag] == nil {
                abstracts[tag] = list
            }
        }
        for key in Self.keywordKeys {
            for (tag, list) in Dictionary(grouping: meta.all(key), by: language) where keywords[tag] == nil {
                keywords[tag] = list
            }
        }
    }

    /// Every language the metadata gives front matter in.
    var languages: Set<String> {
        Set(titles.keys).union(authors.keys).union(abstracts.keys).union(keywords.keys)
    }
}
