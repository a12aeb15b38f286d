import Foundation
import PardazIngest
import PardazModel
import PardazXML
import Testing

/// HTML article ingest: the two HTML samples in `input/` (a news page, a journal page with a Persian
/// title, abstract and keywords) and small pages written inline.
struct HTMLIngestTests {
    // MARK: Helpers

    private static let inputFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("input")

    private static func sample(_ name: String) throws -> (document: Document, source: [Unicode.Scalar]) {
        let path = inputFolder.appendingPathComponent(name).path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let document = try Ingest.document(bytes: bytes, path: path)
        return (document, Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))
    }

    private static func html(_ text: String) throws -> Document {
        try Ingest.document(bytes: Array(text.utf8), path: "inline.html")
    }

    private static func slice(_ source: [Unicode.Scalar], _ range: TextRange) -> String {
        String(String.UnicodeScalarView(source[range.start..<range.end]))
    }

    /// The first run of letters and digits of a text.
    private static func firstWord(_ text: String) -> String {
        let scalars = text.unicodeScalars.drop { !isWordScalar($0) }
        return String(String.UnicodeScalarView(scalars.prefix(while: isWordScalar)))
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func texts(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.text)
    }

    /// Every block, and every span of the front matter and the tables, points at source text that
    /// holds its first word.
    private static func expectRangesPointAtText(_ document: Document, _ source: [Unicode.Scalar]) {
        var spans: [Span] = document.blocks.map { Span(text: $0.text, range: $0.range, sourceRange: $0.sourceRange) }
        for front in document.front {
            spans += [front.title].compactMap { $0 } + front.keywords + front.affiliations
            spans += front.authors.flatMap { [$0.name, $0.affiliation, $0.email].compactMap { $0 } }
        }
        spans += document.blocks.compactMap(\.table).flatMap { $0.rows.flatMap(\.cells) }.filter { !$0.text.isEmpty }
        for span in spans {
            #expect(span.sourceRange.end <= source.count)
            // Compared scalar by scalar: a ZWNJ joins the letter before it into one Character.
            let word = Array(firstWord(span.text).unicodeScalars)
            let sliced = Array(source[span.sourceRange.start..<span.sourceRange.end])
            let found = word.isEmpty || (0...max(0, sliced.count - word.count)).contains { start in
                start + word.count <= sliced.count && sliced[start..<start + word.count].elementsEqual(word)
            }
            #expect(found, "\(span.text) ⟸ \(slice(source, span.sourceRange))")
        }
    }

    // MARK: The news sample

    @Test func newsSampleTitleBylineAndDates() throws {
        let (document, _) = try Self.sample("sample-analysis.html")
        #expect(document.source.inputKind == .html)
        #expect(document.kind == .news)
        #expect(document.languages == ["en"])
        let front = try #require(document.front("en"))
        #expect(front.title?.text == "Beijing’s Gulf Balancing Act Meets Its Hardest Test")
        #expect(Self.texts(document, .title) == ["Beijing’s Gulf Balancing Act Meets Its Hardest Test"])
        #expect(front.authors.map(\.name.text) == ["Leila Farahani", "Tom Whitaker"])
        #expect(front.keywords.map(\.text) == ["China", "Iran", "Persian Gulf", "Saudi Arabia", "energy security"])

        let published = try #require(document.dates.first { $0.kind == .published })
        #expect(published.when == "2024-05-14")
        #expect(published.origin == "meta:article:published_time")
        let modified = try #require(document.dates.first { $0.kind == .modified })
        #expect(modified.when == "2024-05-15")
        #expect(modified.origin == "meta:article:modified_time")

        #expect(document.metadata.siteName == "The Meridian Review")
        #expect(document.metadata.url == "https://meridian-review.example.com/analysis/beijing-gulf-balancing-act")
    }

    @Test func newsSampleParagraphsInOrderWithoutPageFurniture() throws {
        let (document, _) = try Self.sample("sample-analysis.html")
        let paragraphs = Self.texts(document, .paragraph)
        let openings = ["China wants Iranian oil", "For most of the past decade", "The arrangement worked",
                        "That claim now faces", "Samira Haddad", "Officials and analysts",
                        "Scenarios for China’s Gulf policy", "For Tehran, the stakes", "None of this means"]
        #expect(paragraphs.count == openings.count)
        for (paragraph, opening) in zip(paragraphs, openings) { #expect(paragraph.hasPrefix(opening)) }

        for furniture in ["TRACKING-SCRIPT-TEXT", "FOOTER-SCRIPT-TEXT", "dataLayer", "font-family", "Middle East",
                          "Newsletters", "Accept all cookies", "cookie policy", "Share on X", "Email this story",
                          "How China buys its oil", "Be the first to comment", "All rights reserved", "Search the Review"] {
            #expect(!document.text.contains(furniture), "\(furniture) should have been dropped")
        }
    }

    @Test func newsSampleQuoteTableAndMarkup() throws {
        let (document, _) = try Self.sample("sample-analysis.html")
        let quotes = document.blocks.filter { $0.kind == .quote }
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.group != nil && $0.group == quotes[0].group })
        #expect(quotes[0].text.hasPrefix("Beijing has been very good at being everyone’s customer."))

        let table = try #require(document.blocks.first { $0.kind == .table }?.table)
        #expect(table.rows.count == 4)
        #expect(table.columnCount == 3)
        #expect(table.rows[0].isHeader && !table.rows[1].isHeader)
        #expect(table.rows[0].cells.map(\.text) == ["Scenario", "What it would look like", "Main risk for Beijing"])
        #expect(table.rows[3].cells.map(\.text) == ["Mediator role", "Beijing sponsors a regional maritime-security dialogue",
                                                     "Blame if the dialogue fails"])
        for cell in table.rows.flatMap(\.cells) { #expect(document.slice(cell.range) == cell.text) }

        // Entity references decoded.
        #expect(document.text.contains("trade & investment ties"))
        #expect(document.text.contains("the Gulf — it almost certainly will not — but"))
        #expect(!document.text.contains("&amp;") && !document.text.contains("&mdash;"))

        let markup = document.layer("markup")
        #expect(markup.contains { $0.type == "emphasis" && $0.text == "economic weight could buy diplomatic reach" })
        #expect(markup.contains { $0.type == "strong" && $0.text == "more immediate" })
        #expect(markup.contains { $0.type == "link" && $0.text == "Leila Farahani" && $0.target == "/authors/leila-farahani" })
        let note = try #require(document.blocks.first { $0.kind == .note })
        #expect(markup.contains { $0.type == "noteRef" && $0.text == "1" && $0.target == note.id })
    }

    @Test func newsSampleRangesPointAtSourceText() throws {
        let (document, source) = try Self.sample("sample-analysis.html")
        Self.expectRangesPointAtText(document, source)
    }

    // MARK: The journal sample

    @Test func journalSampleEnglishFrontMatter() throws {
        let (document, _) = try Self.sample("sample-journal.html")
        #expect(document.kind == .paper)
        #expect(document.languages == ["en", "fa"])
        let front = try #require(document.front("en"))
        #expect(front.title?.text == "Hedging Between Rivals: Iran’s Strategy Toward China and the Gulf Monarchies")
        #expect(front.authors.map(\.name.text) == ["Maryam Ahmadi", "Reza Karimi"])
        #expect(front.authors[0].affiliation?.text.contains("Pardis Institute for Strategic Studies") == true)
        #expect(front.authors[1].affiliation?.text.contains("Zagros University") == true)
        #expect(front.authors[0].email?.text == "m.ahmadi@example.org")
        #expect(front.keywords.map(\.text) == ["hedging", "Iran–China relations", "Persian Gulf", "Iranian foreign policy",
                                               "Saudi Arabia"])
        let abstract = try #require(front.abstract.first.flatMap(document.block))
        #expect(abstract.kind == .abstract && abstract.language == "en")
        #expect(abstract.text.hasPrefix("This article examines how Iran has responded"))
        #expect(document.metadata.journal == "Journal of Regional Strategy Studies")
        #expect(document.metadata.publisher == "Pardis Institute for Strategic Studies")
    }

    @Test func journalSamplePersianFrontMatter() throws {
        let (document, _) = try Self.sample("sample-journal.html")
        let front = try #require(document.front("fa"))
        #expect(front.language == "fa")
        #expect(front.title?.text == "پوشش خطر میان رقبا: راهبرد ایران در قبال چین و پادشاهی‌های عرب خلیج فارس")
        #expect(front.authors.map(\.name.text) == ["مریم احمدی", "رضا کریمی"])
        #expect(front.authors[0].affiliation?.text.contains("پژوهشکده مطالعات راهبردی پردیس") == true)
        #expect(front.keywords.map(\.text) == ["پوشش خطر", "روابط ایران و چین", "خلیج فارس", "سیاست خارجی ایران",
                                               "عربستان سعودی"])
        let abstract = try #require(front.abstract.first.flatMap(document.block))
        #expect(abstract.language == "fa")
        #expect(abstract.text.hasPrefix("این مقاله راهبرد سیاست خارجی ایران"))
        #expect(abstract.text.contains("بررسی می\u{200C}کند"))
        let title = try #require(document.blocks.first { $0.kind == .title && $0.language == "fa" })
        #expect(title.text == front.title?.text)
    }

    @Test func journalSampleDatesSectionsNotesAndReferences() throws {
        let (document, _) = try Self.sample("sample-journal.html")
        let published = try #require(document.dates.first { $0.kind == .published })
        #expect(published.when == "2024-03-03" && published.origin == "meta:citation_publication_date")
        let received = try #require(document.dates.first { $0.kind == .received })
        #expect(received.when == "2023-10-12" && received.span?.text == "12 October 2023")
        let accepted = try #require(document.dates.first { $0.kind == .accepted })
        #expect(accepted.when == "2024-01-27" && accepted.span?.text == "27 January 2024")

        #expect(document.sections.map(\.title.text) == ["Introduction", "Hedging as a Strategy", "Definitions",
                                                       "Indicators", "Conclusion", "Notes", "References"])
        #expect(document.sections.map(\.level) == [1, 1, 2, 2, 1, 1, 1])
        #expect(document.sections.map(\.number) == ["1", "2", "2.1", "2.2", "3", nil, nil])
        #expect(document.sections.map(\.kind) == [.body, .body, .body, .body, .body, .notes, .references])

        let references = document.blocks.filter { $0.kind == .reference }
        #expect(references.map(\.label) == ["1", "2", "3"])
        #expect(references[2].text.hasPrefix("Yazdani, H., & Moradi, L. (2022)."))
        let note = try #require(document.blocks.first { $0.kind == .note })
        #expect(document.layer("markup").contains { $0.type == "noteRef" && $0.target == note.id })
        #expect(!document.text.contains("Submit a manuscript") && !document.text.contains("FOOTER-SCRIPT-TEXT"))
    }

    @Test func journalSampleRangesPointAtSourceText() throws {
        let (document, source) = try Self.sample("sample-journal.html")
        Self.expectRangesPointAtText(document, source)
    }

    // MARK: Small pages

    @Test func entitiesAreDecodedAndWhitespaceCollapsed() throws {
        let page = "<html><body><p>Tom &amp; Jerry\n   &lt;3   caf&eacute;\t&#1601; &nbsp;end</p></body></html>"
        let document = try Self.html(page)
        let paragraph = try #require(document.blocks.first)
        #expect(paragraph.kind == .paragraph)
        #expect(paragraph.text == "Tom & Jerry <3 café ف \u{00A0}end")
        let source = Array(page.unicodeScalars)
        #expect(Self.slice(source, paragraph.sourceRange) == "Tom &amp; Jerry\n   &lt;3   caf&eacute;\t&#1601; &nbsp;end")
    }

    @Test func declaredLegacyCharsetDoesNotRedecodeUTF8() throws {
        let page = """
            <html lang="fa"><head><meta charset="windows-1256"><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
            <title>روابط ایران و چین</title></head><body><article><h1>روابط ایران و چین</h1>
            <p>این گزارش روابط اقتصادی دو کشور را بررسی می‌کند.</p></article></body></html>
            """
        let document = try Self.html(page)
        #expect(document.languages.first == "fa")
        #expect(document.front("fa")?.title?.text == "روابط ایران و چین")
        #expect(Self.texts(document, .paragraph) == ["این گزارش روابط اقتصادی دو کشور را بررسی می‌کند."])
    }

    @Test func valuesFoundOnlyInMetaBecomeBlocksInBothLanguages() throws {
        let page = """
            <html><head>
            <meta name="citation_title" content="Water Diplomacy on the Helmand">
            <meta name="DC.title" xml:lang="fa" content="دیپلماسی آب در رود هیرمند">
            <meta name="citation_abstract" content="This paper studies the Helmand water dispute &amp; its politics.">
            <meta name="DC.description" xml:lang="fa" content="این مقاله اختلاف آب هیرمند را بررسی می‌کند.">
            <meta name="citation_keywords" lang="fa" content="دیپلماسی آب؛ هیرمند، افغانستان">
            <meta name="citation_author" content="Sara Mohammadi">
            <meta name="citation_date" content="1402/05/01">
            </head><body><div>Only this line is in the body.</div></body></html>
            """
        let document = try Self.html(page)
        let source = Array(page.unicodeScalars)
        #expect(document.kind == .paper)
        let english = try #require(document.front("en"))
        #expect(english.title?.text == "Water Diplomacy on the Helmand")
        #expect(english.authors.map(\.name.text) == ["Sara Mohammadi"])
        let persian = try #require(document.front("fa"))
        #expect(persian.title?.text == "دیپلماسی آب در رود هیرمند")
        #expect(persian.keywords.map(\.text) == ["دیپلماسی آب", "هیرمند", "افغانستان"])
        let abstract = try #require(persian.abstract.first.flatMap(document.block))
        #expect(abstract.language == "fa" && abstract.text.hasSuffix("بررسی می‌کند."))
        #expect(document.block(english.abstract[0])?.text == "This paper studies the Helmand water dispute & its politics.")
        // Meta blocks point at the tag's value in the source.
        #expect(Self.slice(source, try #require(persian.title).sourceRange) == "دیپلماسی آب در رود هیرمند")
        Self.expectRangesPointAtText(document, source)
        let published = try #require(document.dates.first)
        #expect(published.when == "2023-07-23" && published.calendar == "persian" && published.original == "1402-05-01")
        #expect(published.origin == "meta:citation_date")
    }

    @Test func pageTitleLosesTheSiteNameAndArticleBodyIsFound() throws {
        let page = """
            <html><head><title>Tehran and Baku reopen border talks | Caspian Monitor</title>
            <meta property="og:site_name" content="Caspian Monitor"></head>
            <body><div class="sidebar">Most read this week</div>
            <div itemprop="articleBody"><p>Officials from both sides met in Astara.</p></div></body></html>
            """
        let document = try Self.html(page)
        let title = try #require(document.front("en")?.title)
        #expect(title.text == "Tehran and Baku reopen border talks")
        #expect(Self.slice(Array(page.unicodeScalars), title.sourceRange) == "Tehran and Baku reopen border talks")
        #expect(Self.texts(document, .paragraph) == ["Officials from both sides met in Astara."])
        #expect(!document.text.contains("Most read"))
    }

    @Test func persianPageWithoutLangIsReadAsPersian() throws {
        let document = try Self.html("""
            <html><body><article><h1>گسترش همکاری‌های بندری ایران و عمان</h1>
            <p>نوشته علی رضایی</p>
            <p>دو کشور بر توسعه خطوط کشتیرانی میان بندرعباس و صحار تأکید کردند.</p></article></body></html>
            """)
        #expect(document.languages == ["fa"])
        let front = try #require(document.front("fa"))
        #expect(front.title?.text == "گسترش همکاری‌های بندری ایران و عمان")
        #expect(front.authors.map(\.name.text) == ["علی رضایی"])
        #expect(document.blocks.allSatisfy { $0.language == "fa" })
    }

    @Test func timeElementGivesThePublicationDate() throws {
        let document = try Self.html("""
            <html><body><article><h1>Port talks resume</h1>
            <p class="byline">By Dana Rostami, <time datetime="2024-05-14T09:00:00+03:30">14 May 2024</time></p>
            <p>Negotiators met again on Tuesday.</p></article></body></html>
            """)
        let date = try #require(document.dates.first { $0.kind == .published })
        #expect(date.when == "2024-05-14" && date.origin == "time@datetime" && date.span?.text == "14 May 2024")
        #expect(document.front("en")?.authors.map(\.name.text) == ["Dana Rostami"])
        #expect(document.front("en")?.title?.text == "Port talks resume")
    }

    @Test func looseTextIsKeptAndJunkDropped() throws {
        let document = try Self.html("""
            <html><body><nav>Home | World</nav><div class="content">Text right in a div<p>A paragraph</p>tail of the div</div>
            Text right in the body<script>var hidden = "script";</script><div class="social-share">Share</div></body></html>
            """)
        #expect(Self.texts(document, .paragraph) == ["Text right in a div", "A paragraph", "tail of the div"])
        #expect(Self.texts(document, .unclassified) == ["Text right in the body"])
        #expect(!document.text.contains("Home") && !document.text.contains("script") && !document.text.contains("Share"))
    }

    @Test func listsAndPreformattedText() throws {
        let document = try Self.html("""
            <html><body><main><ul><li>First <a href="https://example.org/a">item</a></li><li>Second item</li></ul>
            <pre>line one
              line two</pre></main></body></html>
            """)
        #expect(Self.texts(document, .listItem) == ["First item", "Second item"])
        #expect(Self.texts(document, .paragraph) == ["line one\n  line two"])
        #expect(document.layer("markup").contains { $0.type == "link" && $0.target == "https://example.org/a" })
    }

    @Test func deeplyNestedPageParsesWithoutCrashing() throws {
        let depth = 10_000
        let page = "<html><body>" + String(repeating: "<div><span>", count: depth) + "deep text"
            + String(repeating: "</span></div>", count: depth) + "<p>after the nest</p></body></html>"
        let document = try Self.html(page)
        #expect(document.blocks.map(\.text) == ["deep text", "after the nest"])

        let tree = try HTMLParser.parse(Array(page.utf8))
        #expect(tree.flattenedElementCount > 0)
        let depths = tree.elements.indices.map { tree.ancestors(of: $0).count }
        #expect(depths.max()! <= HTMLParser.defaultMaxDepth)
    }

    @Test func malformedAndTruncatedPagesParse() throws {
        let document = try Self.html("""
            <html><body><p>Unclosed <b>bold <i>both</p></i></b><table><tr><td>cell<p>para</td></table>
            <div>mismatched</span></p></div><p>stray &bogus; entity and < sign<div>truncated <a href="x
            """)
        #expect(document.blocks.map(\.text).first == "Unclosed bold both")
        #expect(document.text.contains("mismatched"))
        #expect(document.text.contains("stray &bogus; entity and < sign"))
        for garbage in ["<<<>>>", "<html><body><p", "</div></div></div>text", "<!-- unterminated comment",
                        "<table><tr><td><table><tr><td>x", "<script>never closed"] {
            _ = try? Self.html("<html>" + garbage)
        }
    }

    @Test func pageWithoutTextIsRefusedAsEmpty() throws {
        let page = """
            <!DOCTYPE html><html><head><style>p { color: red; }</style><script>var a = 1;</script></head>
            <body><div><img src="photo.jpg"></div><nav>Home</nav></body></html>
            """
        let error = #expect(throws: IngestError.self) { try Self.html(page) }
        #expect(error?.reason == .empty)
    }

    @Test func longSingleLineStaysLinear() throws {
        let page = "<html><body><p>" + String(repeating: "word &amp; more ", count: 100_000) + "</p></body></html>"
        let document = try Self.html(page)
        let paragraph = try #require(document.blocks.first)
        #expect(paragraph.text.unicodeScalars.count == 100_000 * 12 - 1)
        #expect(paragraph.sourceRange.count == page.unicodeScalars.count - 34)
    }

    // MARK: The parser's byte ranges

    @Test func parserRangesCoverTagsAndText() throws {
        let input = "<p>Hi <b>there</b> &amp; you</p><p>implicitly closed<p>last"
        let bytes = Array(input.utf8)
        let tree = try HTMLParser.parse(bytes)
        func source(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        let paragraphs = tree.elements.filter { $0.name == "p" }
        #expect(paragraphs.map { source($0.range) } == ["<p>Hi <b>there</b> &amp; you</p>", "<p>implicitly closed", "<p>last"])
        #expect(paragraphs.map(\.hasEndTag) == [true, false, false])
        let bold = try #require(tree.elements.first { $0.name == "b" })
        #expect(source(bold.range) == "<b>there</b>" && source(bold.startTag) == "<b>")
        let html = try #require(tree.elements.first { $0.name == "html" })
        #expect(html.isImplied && html.startTag.isEmpty)
        #expect(tree.texts.indices.map { tree.string(of: $0, in: bytes) } == ["Hi ", "there", " & you", "implicitly closed", "last"])
        let decoded = tree.texts.flatMap(\.pieces).filter { $0.decoded != nil }
        #expect(decoded.map { source($0.range) } == ["&amp;"] && decoded.map(\.decoded) == ["&"])
    }
}
