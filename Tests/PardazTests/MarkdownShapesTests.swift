import Foundation
import PardazIngest
import PardazModel
import PardazRun
import Testing

/// Shapes of Markdown that real archives hold: Jekyll and Hugo posts opening with YAML front
/// matter, and posts whose paragraphs are raw HTML.
@Suite("Markdown shapes")
struct MarkdownShapesTests {
    static func read(_ text: String, path: String = "post.md") throws -> Document {
        try Ingest.document(bytes: Array(text.utf8), path: path)
    }

    /// The source text of a span, to check that it points where it says.
    static func source(_ text: String, _ range: TextRange) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[range.start..<range.end]))
    }

    static let jekyllPost = """
    ---
    layout: post
    title: "Vienna Talks Resume as the IAEA Reports on Enrichment"
    subtitle: Diplomats weigh a return to the 2015 limits
    date: 2024-03-12 09:30:00 +0330
    lastmod: 2024-03-14
    author:
      - name: Leila Karimi
        email: l.karimi@example.org
      - Daniel Weiss
    tags: [Iran, IAEA, nonproliferation]
    categories: diplomacy, Middle East
    description: >
      Negotiators from Iran and the E3 met in Vienna for the first time
      since the agency's quarterly report.
    image: /assets/vienna.jpg
    ---

    Negotiators returned to the Palais Coburg on Tuesday, a week after the International Atomic
    Energy Agency reported that Iran's stockpile of enriched uranium had grown again.

    ## What the report said

    The agency's inspectors counted more material enriched to 60 percent than in December, and
    the report noted that three cameras had been removed from a workshop in Isfahan.

    Two days later the foreign ministry in Tehran said that the talks would go on next week.
    """

    @Test func jekyllFrontMatterGivesTitleAuthorsKeywordsAbstractAndDates() throws {
        let document = try Self.read(Self.jekyllPost)
        let front = try #require(document.front("en"))
        #expect(front.title?.text == "Vienna Talks Resume as the IAEA Reports on Enrichment")
        #expect(front.authors.map(\.name.text) == ["Leila Karimi", "Daniel Weiss"])
        #expect(front.authors.first?.email?.text == "l.karimi@example.org")
        #expect(front.keywords.map(\.text) == ["Iran", "IAEA", "nonproliferation", "diplomacy", "Middle East"])
        #expect(document.dates.map(\.kind) == [.published, .modified])
        #expect(document.dates.map(\.when) == ["2024-03-12", "2024-03-14"])
        #expect(document.dates.first?.span?.text == "2024-03-12 09:30:00 +0330")
        let abstract = try #require(front.abstract.first.flatMap { id in document.blocks.first { $0.id == id } })
        #expect(abstract.kind == .abstract)
        #expect(abstract.text == "Negotiators from Iran and the E3 met in Vienna for the first time since the agency's quarterly report.")
        // Every span points at its value in the source.
        let source = Self.jekyllPost
        for span in [front.title!, front.authors[0].name, front.authors[1].name, front.keywords[4], document.dates[0].span!] {
            #expect(Self.source(source, span.sourceRange) == span.text)
            #expect(Self.source(document.text, span.range) == span.text)
        }
        #expect(Self.source(source, abstract.sourceRange).hasPrefix("Negotiators from Iran"))
    }

    @Test func yamlLinesStayOutOfTheBodyButAreKept() throws {
        let document = try Self.read(Self.jekyllPost)
        #expect(document.kind == .news)
        #expect(!document.blocks.contains { $0.text.hasPrefix("---") || $0.text == "---" })
        #expect(document.blocks(.title).isEmpty)
        let paragraphs = document.blocks(.paragraph)
        #expect(paragraphs.count == 3)
        #expect(!paragraphs.contains { $0.text.contains("layout:") || $0.text.contains("tags:") })
        #expect(paragraphs.first?.text.hasPrefix("Negotiators returned to the Palais Coburg") == true)
        // The keys not read (layout, subtitle, image) are still in the text, as boilerplate.
        let kept = document.blocks(.boilerplate).map(\.text).joined(separator: "\n")
        #expect(kept.contains("layout: post"))
        #expect(kept.contains("subtitle: Diplomats weigh a return to the 2015 limits"))
        #expect(kept.contains("image: /assets/vienna.jpg"))
        let first = try #require(document.blocks.first)
        #expect(first.kind == .boilerplate)
        #expect(Self.source(Self.jekyllPost, first.sourceRange).hasPrefix("layout: post"))
        #expect(document.sections.map(\.title.text) == ["What the report said"])
    }

    @Test func frontMatterDateIsTheCreationTime() throws {
        let processed = try DocumentProcessor.process(bytes: Array(Self.jekyllPost.utf8), path: "post.md")
        #expect(processed.document.creationTime?.value == "2024-03-12")
        #expect(processed.document.creationTime?.origin == "published")
        // "Tuesday" and "next week" are read against the post's date.
        let values = processed.document.temporalExpressions.map(\.value)
        #expect(values.contains("2024-03-12") && values.contains("2024-W12"))
    }

    @Test func frontMatterWithWindowsLineBreaks() throws {
        let post = Self.jekyllPost.replacingOccurrences(of: "\n", with: "\r\n")
        let document = try Self.read(post)
        let front = try #require(document.front("en"))
        #expect(front.title?.text == "Vienna Talks Resume as the IAEA Reports on Enrichment")
        for span in [front.title!, front.authors[1].name, front.keywords[2]] {
            #expect(Self.source(post, span.sourceRange) == span.text)
        }
        #expect(document.blocks(.abstract).first?.text.hasSuffix("since the agency's quarterly report.") == true)
    }

    static let hugoPost = """
    ---
    title: 'Caspian Summit: Five States, One Sea'
    authors: ["Sara Mohammadi", "Oleg Petrov"]
    publishDate: 2023-08-10T08:00:00+04:00
    keywords:
      - Caspian Sea
      - Turkmenistan
    summary: The littoral states signed a communiqué on shipping.
    draft: false
    ...

    Leaders of the five Caspian states met in Ashgabat to discuss shipping lanes and fishing quotas.

    The communiqué left the question of seabed boundaries to a working group.
    """

    @Test func hugoFrontMatterWithDocumentEndMarker() throws {
        let document = try Self.read(Self.hugoPost)
        let front = try #require(document.front("en"))
        #expect(front.title?.text == "Caspian Summit: Five States, One Sea")
        #expect(front.authors.map(\.name.text) == ["Sara Mohammadi", "Oleg Petrov"])
        #expect(front.keywords.map(\.text) == ["Caspian Sea", "Turkmenistan"])
        #expect(document.dates.map(\.when) == ["2023-08-10"])
        #expect(document.blocks(.abstract).map(\.text) == ["The littoral states signed a communiqué on shipping."])
        #expect(document.blocks(.paragraph).count == 2)
        #expect(document.text.contains("draft: false"))
        let processed = try DocumentProcessor.process(bytes: Array(Self.hugoPost.utf8), path: "hugo.md")
        #expect(processed.document.creationTime?.value == "2023-08-10")
    }

    @Test func persianFrontMatterInPlainText() throws {
        let post = """
        ---
        title: گفت‌وگوهای هسته‌ای در وین از سر گرفته شد
        author: لیلا کریمی
        date: 1402/12/22
        tags: ایران، آژانس، وین
        ---
        مذاکره‌کنندگان ایران و سه کشور اروپایی روز سه‌شنبه در وین دیدار کردند.
        وزارت امور خارجه گفت گفت‌وگوها هفته آینده ادامه خواهد یافت.
        """
        let document = try Self.read(post, path: "post.txt")
        #expect(document.source.inputKind == .plainText)
        let front = try #require(document.front("fa"))
        #expect(front.title?.text == "گفت‌وگوهای هسته‌ای در وین از سر گرفته شد")
        #expect(front.authors.map(\.name.text) == ["لیلا کریمی"])
        #expect(front.keywords.map(\.text) == ["ایران", "آژانس", "وین"])
        #expect(document.dates.first?.calendar == "persian")
        #expect(document.dates.first?.when == "2024-03-12")
        #expect(document.blocks(.paragraph).count == 2)
        #expect(!document.blocks(.paragraph).contains { $0.text.contains("title:") })
    }

    @Test func invalidYAMLIsKeptAsText() throws {
        let post = """
        ---
        title: "Sanctions relief: what changes
        tags: [oil, banking
        date: 2024-05-01
        ---

        Banks in Europe have been slow to resume trade finance with Iranian clients.
        """
        let document = try Self.read(post)
        #expect(document.front.allSatisfy { $0.title == nil })
        #expect(document.dates.isEmpty)
        let kept = try #require(document.blocks(.unclassified).first)
        #expect(kept.text.hasPrefix("title: \"Sanctions relief: what changes"))
        #expect(kept.text.hasSuffix("date: 2024-05-01"))
        #expect(Self.source(post, kept.sourceRange) == kept.text)
        #expect(document.blocks(.paragraph).map(\.text) == ["Banks in Europe have been slow to resume trade finance with Iranian clients."])
    }

    @Test func onlyAFirstLineDashesOpensFrontMatter() throws {
        // Prose between two thematic breaks is not YAML; a later `---` is not a fence.
        let prose = """
        ---
        An editor's note on sources.
        ---

        The ministry did not answer our questions about the tanker.
        """
        let document = try Self.read(prose)
        #expect(document.blocks.contains { $0.text == "An editor's note on sources." && $0.kind != .boilerplate })
        let late = """
        # Notes from Baku

        title: not front matter
        ---

        The delegations met twice.
        """
        let second = try Self.read(late)
        #expect(second.text.contains("title: not front matter"))
        #expect(second.blocks(.boilerplate).isEmpty)
    }

    @Test func deeplyNestedYAMLDoesNotCrash() throws {
        let nested = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let post = "---\ntitle: Nested\nextra: \(nested)\n---\n\nThe text of the post.\n"
        let document = try Self.read(post)
        #expect(document.blocks(.unclassified).count == 1)
        #expect(document.blocks(.paragraph).map(\.text) == ["The text of the post."])
    }

    // MARK: Raw HTML inside Markdown

    static let capitals = ["Tehran", "Riyadh", "Doha", "Muscat", "Baghdad", "Ankara", "Cairo", "Amman", "Beirut", "Kuwait",
                           "Manama", "Abu Dhabi", "Baku", "Yerevan", "Kabul", "Islamabad", "Tashkent", "Ashgabat",
                           "Dushanbe", "Bishkek"]

    /// A post exported from a CMS: Markdown headings around paragraphs written as HTML, one a line.
    static var htmlPost: String {
        var lines = ["# Envoys and Embassies: A Year of Regional Diplomacy", ""]
        for (number, city) in capitals.enumerated() {
            lines.append("<p>In \(city), the embassy&rsquo;s <em>annual report</em> number \(number + 1) lists "
                + "<span class=\"count\">\(number + 3)</span> visits &amp; talks.</p>")
        }
        lines += ["", "## Outlook", "", "Analysts expect <span class=\"hl\">more exchanges</span> next year, &eacute;lite "
            + "envoys included.", "", "<div class=\"sidebar\">", "<p>Sidebar: the ministry<br>publishes its list each spring.</p>",
            "</div>", ""]
        return lines.joined(separator: "\n")
    }

    @Test func eachHTMLParagraphIsItsOwnParagraph() throws {
        let document = try Self.read(Self.htmlPost)
        #expect(document.source.inputKind == .markdown)
        let paragraphs = document.blocks(.paragraph)
        let fromHTML = paragraphs.filter { $0.text.hasPrefix("In ") }
        #expect(fromHTML.count == 20)
        #expect(fromHTML.first?.text == "In Tehran, the embassy\u{2019}s annual report number 1 lists 3 visits & talks.")
        #expect(fromHTML.last?.text == "In Bishkek, the embassy\u{2019}s annual report number 20 lists 22 visits & talks.")
        #expect(!document.text.contains("<p>") && !document.text.contains("<em>") && !document.text.contains("<span"))
        #expect(!document.text.contains("&rsquo;") && !document.text.contains("&amp;"))
        // Source ranges cover the paragraph's text inside its <p>, tags within it included.
        let source = Self.htmlPost
        let third = fromHTML[2]
        #expect(Self.source(source, third.sourceRange)
            == "In Doha, the embassy&rsquo;s <em>annual report</em> number 3 lists <span class=\"count\">5</span> visits &amp; talks.")
        let emphasis = document.layers.flatMap(\.annotations).filter { $0.type == "emphasis" }
        #expect(emphasis.count >= 20)
        #expect(emphasis.allSatisfy { Self.source(source, $0.sourceRange) == "annual report" })
    }

    @Test func inlineHTMLInAMarkdownParagraphLosesItsTags() throws {
        let document = try Self.read(Self.htmlPost)
        let outlook = try #require(document.blocks(.paragraph).first { $0.text.hasPrefix("Analysts") })
        #expect(outlook.text == "Analysts expect more exchanges next year, \u{E9}lite envoys included.")
        // Nothing is dropped: the sidebar's text stays, its <br> a line break.
        #expect(document.blocks.contains { $0.text == "Sidebar: the ministry\npublishes its list each spring." })
        #expect(document.sections.map(\.title.text) == ["Envoys and Embassies: A Year of Regional Diplomacy", "Outlook"])
    }

    @Test func htmlHeadingsListsAndTablesInMarkdown() throws {
        let post = """
        ---
        title: Ports of the Gulf
        ---

        <h2>Cargo by port</h2>
        <table>
        <tr><th>Port</th><th>Tonnes</th></tr>
        <tr><td>Bandar Abbas</td><td>98,000</td></tr>
        <tr><td>Jebel Ali</td><td>120,000</td></tr>
        </table>

        <ul>
        <li>Chabahar is expanding.</li>
        <li>Gwadar is <strong>quiet</strong>.</li>
        </ul>

        Traffic through the strait rose in the autumn.
        """
        let document = try Self.read(post)
        #expect(document.front("en")?.title?.text == "Ports of the Gulf")
        #expect(document.sections.map(\.title.text) == ["Cargo by port"])
        let table = try #require(document.blocks(.table).first?.table)
        #expect(table.rows.count == 3 && table.rows[0].isHeader)
        let cell = table.rows[1].cells[0]
        #expect(cell.text == "Bandar Abbas" && Self.source(post, cell.sourceRange) == "Bandar Abbas")
        #expect(document.blocks(.listItem).map(\.text) == ["Chabahar is expanding.", "Gwadar is quiet."])
        #expect(document.blocks(.paragraph).map(\.text) == ["Traffic through the strait rose in the autumn."])
    }
}
