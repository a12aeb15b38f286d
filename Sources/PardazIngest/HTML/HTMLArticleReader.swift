import PardazModel
import PardazXML

/// Reads an HTML article page: news and analysis pages (Open Graph tags, `<time datetime>`) and
/// journal article pages (Highwire `citation_*` and Dublin Core `DC.*` tags, often with a Persian
/// title, abstract and keywords beside the English ones).
///
/// The decoded source is encoded to UTF-8 and parsed by libxml2 (`HTMLParser`); byte ranges are
/// mapped back to scalar offsets of the decoded source. A block's `sourceRange` runs from the first
/// to the last source character of its text: markup inside it is covered, the tags around it are
/// not (`<p>Tom &amp; Jerry</p>` gives `Tom &amp; Jerry`). Text copied from the source maps scalar
/// for scalar; a decoded entity or a collapsed run of whitespace maps to the source it stands for;
/// a block made from a `<meta>` value maps to that attribute value. The steps:
/// pick the element holding the article (`HTMLContentRoot`), read its blocks (`HTMLFlowReader`,
/// dropping what `HTMLJunkFilter` says is not the article), decide what the blocks are
/// (`HTMLBodyClassifier`), take the front matter from the body and the metadata
/// (`HTMLFrontMatterReader`), then the sections, dates and metadata.
enum HTMLArticleReader {
    static func read(_ scalars: [Unicode.Scalar]) throws(IngestError) -> IngestedStructure {
        let offsets = ByteToScalarMap(scalars)
        let tree: HTMLTree
        do {
            tree = try HTMLParser.parse(offsets.utf8)
        } catch {
            throw IngestError(.malformed, "HTML could not be parsed: \(error.message)")
        }
        let page = HTMLPage(tree: tree, scalars: scalars, offsets: offsets)
        let meta = HTMLMetaTags(page)
        let root = HTMLContentRoot.find(in: page)
        let mainLanguage = mainLanguage(of: page, root: root)

        var drafts = HTMLFlowReader.read(root, in: page, mainLanguage: mainLanguage)
        let body = HTMLContentRoot.body(of: page)
        if drafts.isEmpty, body != root { drafts = HTMLFlowReader.read(body, in: page, mainLanguage: mainLanguage) }
        HTMLBodyClassifier.classify(&drafts)

        let metadata = metadata(meta)
        let metaFront = HTMLMetaFront(meta, page: page, mainLanguage: mainLanguage)
        var front = HTMLFrontMatterReader(page: page, metaFront: metaFront, siteName: metadata.siteName,
                                          drafts: &drafts, mainLanguage: mainLanguage)
        var builder = DocumentBuilder()
        front.addMetadataBlocks(to: &builder)
        let ids = drafts.map { draft in
            builder.addBlock(draft.kind, language: draft.language, content: draft.content, label: draft.label,
                             group: draft.group, table: draft.table)
        }
        guard !builder.blocks.isEmpty else { throw IngestError(.empty, "no text found in the HTML page") }
        HTMLNoteLinker.link(drafts: drafts, ids: ids, page: page, builder: &builder)
        builder.sections = HTMLSectionBuilder.sections(drafts: drafts, ids: ids, builder: builder)
        builder.front = front.frontMatter(drafts: drafts, ids: ids, builder: builder)
        builder.dates = HTMLDocumentDates.dates(meta: meta, drafts: drafts, ids: ids, builder: builder)
        builder.metadata = metadata

        var languages = [mainLanguage]
        for block in builder.blocks where !languages.contains(block.language) { languages.append(block.language) }
        return IngestedStructure(builder: builder, kind: meta.isJournalPage ? .paper : .news, languages: languages)
    }

    /// The language of most of the article's text, as the page declares it when the script agrees.
    private static func mainLanguage(of page: HTMLPage, root: Int) -> String {
        let sample = page.plainText(of: root, limit: 20_000)
        return HTMLLanguage.resolve(declared: page.pageLanguage, text: sample, fallback: page.pageLanguage ?? "en")
    }

    /// Site, journal, publisher and canonical URL from the page's tags.
    private static func metadata(_ meta: HTMLMetaTags) -> Metadata {
        let journal = meta.first(["citation_journal_title", "prism.publicationname"])?.value
        let publisher = meta.first(["citation_publisher", "dc.publisher", "dcterms.publisher"])?.value
        let siteName = meta.first(["og:site_name", "application-name"])?.value ?? journal ?? publisher
        let url = meta.first(["og:url"])?.value ?? meta.canonicalURL
            ?? meta.first(["citation_abstract_html_url", "citation_fulltext_html_url"])?.value
        return Metadata(siteName: siteName, url: url, journal: journal, publisher: publisher)
    }
}
