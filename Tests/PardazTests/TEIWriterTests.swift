import Foundation
import FoundationXML
@testable import PardazExport
import PardazModel
import PardazXML
import Testing

/// Builds a document by hand: block texts joined by blank lines, with scalar ranges computed as the
/// ingest stage would (the source is the text itself).
private struct DocumentBuilder {
    var text = ""
    var blocks: [Block] = []
    var annotations: [Annotation] = []

    private var length: Int { text.unicodeScalars.count }

    @discardableResult
    mutating func add(_ id: String, _ kind: BlockKind, _ language: String, _ content: String, label: String? = nil,
                      section: String? = nil, group: String? = nil, table: Table? = nil) -> Block {
        if !text.isEmpty { text += "\n\n" }
        let range = TextRange(length, length + content.unicodeScalars.count)
        text += content
        let block = Block(id: id, kind: kind, language: language, range: range, sourceRange: range, text: content,
                          label: label, section: section, group: group, table: table)
        blocks.append(block)
        return block
    }

    /// The span of the first occurrence of `piece` in the text of block `id`.
    func span(_ piece: String, in id: String) -> Span {
        let block = blocks.first { $0.id == id }!
        let haystack = Array(block.text.unicodeScalars), needle = Array(piece.unicodeScalars)
        let offset = (0...(haystack.count - needle.count)).first { Array(haystack[$0..<$0 + needle.count]) == needle }!
        let range = TextRange(block.range.start + offset, block.range.start + offset + needle.count)
        return Span(text: piece, range: range, sourceRange: range)
    }

    mutating func annotate(_ type: String, _ piece: String, in id: String, target: String? = nil) {
        let span = span(piece, in: id)
        annotations.append(Annotation(id: "m\(annotations.count + 1)", type: type, range: span.range,
                                      sourceRange: span.sourceRange, text: piece, target: target))
    }
}

/// Cells of a table block whose rows are lines and whose cells are separated by tabs.
private func tableCells(_ builder: DocumentBuilder, _ id: String, _ rows: [[String]], header: Int) -> Table {
    Table(rows: rows.enumerated().map { index, cells in
        Table.Row(isHeader: index < header, cells: cells.map { builder.span($0, in: id) })
    })
}

/// A bilingual paper with every kind of block the TEI writer handles.
private func samplePaper() -> Document {
    var b = DocumentBuilder()
    b.add("b1", .title, "en", "Iran & the Nuclear Deal")
    b.add("b2", .byline, "en", "John Smith*")
    b.add("b3", .title, "fa", "ایران و توافق هسته‌ای")
    b.add("b4", .abstract, "en", "This paper studies the <deal> & its critics.")
    b.add("b5", .keywords, "en", "Keywords: nuclear deal, Iran")
    b.add("b6", .abstract, "fa", "این مقاله توافق هسته‌ای را بررسی می‌کند.")
    b.add("b7", .keywords, "fa", "کلیدواژه‌ها: توافق هسته‌ای، ایران")
    b.add("b8", .authorNote, "en", "* Ph.D. in Political Geography, University of Tehran, john@example.com")
    b.add("b9", .dateline, "fa", "تاریخ دریافت: ۱۳۹۳/۱۲/۱۰")
    b.add("b10", .boilerplate, "en", "Downloaded from journal.example.ir at 10:00 on Monday")
    b.add("b11", .heading, "en", "I. Introduction", label: "I", section: "s1")
    b.add("b12", .paragraph, "en", "The deal was signed in Vienna1 and reported by Reuters & AP <online>, see the text.",
          section: "s1")
    b.add("b13", .paragraph, "fa", "این توافق در وین امضا شد و اجرا می‌شود.\u{1}", section: "s1")
    b.add("b14", .quote, "en", "We will not be the first to violate it.", section: "s1", group: "q1")
    b.add("b15", .quote, "en", "Nor will we be the last.", section: "s1", group: "q1")
    b.add("b16", .table, "en", "Year\tCentrifuges\n2014\t19000\n2016\t6104", section: "s1")
    b.add("b17", .heading, "en", "Notes", section: "s2")
    b.add("b18", .note, "en", "1 The agreement of 14 July 2015.", label: "1", section: "s2")
    b.add("b19", .heading, "en", "References", section: "s3")
    b.add("b20", .reference, "en", "Smith, J. (2014). Sanctions & Iran. https://doi.org/10.1000/xyz",
          label: "1", section: "s3")
    b.add("b21", .sourceLine, "en", "Source: /gulfreview /")
    b.add("b22", .byline, "fa", "جان اسمیت")

    b.blocks[15].table = tableCells(b, "b16", [["Year", "Centrifuges"], ["2014", "19000"], ["2016", "6104"]], header: 1)
    b.annotate("noteRef", "1", in: "b12", target: "b18")
    b.annotate("link", "Reuters", in: "b12", target: "https://www.reuters.com/a b")
    b.annotate("emphasis", "signed in Vienna", in: "b12")
    b.annotate("strong", "Vienna1 and", in: "b12")  // crosses the emphasis: dropped from the TEI
    b.annotate("email", "john@example.com", in: "b8")
    b.annotate("entity", "Vienna", in: "b12")  // an unknown type: ignored by the TEI

    let english = FrontMatter(
        language: "en", title: b.span("Iran & the Nuclear Deal", in: "b1"),
        authors: [Author(name: b.span("John Smith", in: "b2"), marker: "*", note: "b8",
                         degree: b.span("Ph.D.", in: "b8"), field: b.span("Political Geography", in: "b8"),
                         affiliation: b.span("University of Tehran", in: "b8"), email: b.span("john@example.com", in: "b8"))],
        affiliations: [b.span("University of Tehran", in: "b8")],
        abstract: ["b4"], keywords: [b.span("nuclear deal", in: "b5"), b.span("Iran", in: "b5")])
    let persian = FrontMatter(
        language: "fa", title: b.span("ایران و توافق هسته‌ای", in: "b3"),
        authors: [Author(name: b.span("جان اسمیت", in: "b22"))],
        abstract: ["b6"], keywords: [b.span("توافق هسته‌ای", in: "b7"), b.span("ایران", in: "b7")])
    let sections = [
        Section(id: "s1", kind: .body, language: "en", level: 1, number: "I", numberValue: 1,
                title: b.span("Introduction", in: "b11"), heading: "b11", blocks: ["b12", "b13", "b14", "b15", "b16"]),
        Section(id: "s2", kind: .notes, language: "en", level: 1, number: nil, numberValue: nil,
                title: b.span("Notes", in: "b17"), heading: "b17", blocks: ["b18"]),
        Section(id: "s3", kind: .references, language: "en", level: 1, number: nil, numberValue: nil,
                title: b.span("References", in: "b19"), heading: "b19", blocks: ["b20"]),
    ]
    let dates = [
        DocumentDate(kind: .received, when: "2015-03-01", calendar: "persian", original: "1393-12-10",
                     span: b.span("۱۳۹۳/۱۲/۱۰", in: "b9")),
        DocumentDate(kind: .published, when: "2015-08", origin: "meta:citation_publication_date"),
    ]
    let length = b.text.unicodeScalars.count
    return Document(
        source: Source(path: "input/paper.md", sha256: String(repeating: "ab", count: 32), byteCount: length,
                       encoding: .utf8, inputKind: .markdown, scalarCount: length),
        kind: .paper, languages: ["en", "fa"], text: b.text,
        offsetMap: OffsetMap(segments: [.init(text: TextRange(0, length), source: TextRange(0, length))]),
        blocks: b.blocks, sections: sections, front: [english, persian], dates: dates,
        metadata: Metadata(source: b.span("gulfreview", in: "b21"), siteName: "Example Journal",
                           url: "https://journal.example.ir/article/1?x=1&y=2", journal: "Journal of Examples"),
        layers: [AnnotationLayer(name: "markup", annotations: b.annotations)])
}

private func validator() throws -> RelaxNGValidator {
    try RelaxNGValidator(schema: SchemaResources.teiRelaxNG())
}

/// The string value of the element whose `xml:id` is `id`, read back with an XML parser.
private func parsedText(_ xml: String, id: String) throws -> String? {
    let document = try XMLDocument(xmlString: xml, options: [])
    return try document.nodes(forXPath: "//*[@xml:id='\(id)']").first?.stringValue
}

@Suite struct TEIWriterTests {
    @Test func outputValidatesAgainstTheSchema() throws {
        let xml = try TEIWriter.write(samplePaper(), generator: "pardaz test")
        #expect(try validator().validate(xml) == [])
    }

    @Test func writesAreByteIdentical() throws {
        let first = try TEIWriter.write(samplePaper(), generator: "pardaz test")
        let second = try TEIWriter.write(samplePaper(), generator: "pardaz test")
        #expect(Array(first.utf8) == Array(second.utf8))
        #expect(first.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">"))
    }

    @Test func persianAbstractTitleAndKeywordsAreKept() throws {
        let xml = try TEIWriter.write(samplePaper(), generator: "pardaz test")
        #expect(xml.contains("<title type=\"main\" xml:lang=\"fa\">ایران و توافق هسته‌ای</title>"))
        #expect(xml.contains("<div type=\"abstract\" xml:lang=\"fa\">\n        <p xml:id=\"b6\" xml:lang=\"fa\">این مقاله توافق هسته‌ای را بررسی می‌کند.</p>"))
        #expect(xml.contains("<div type=\"abstract\" xml:lang=\"en\">"))
        #expect(xml.contains("<keywords xml:lang=\"fa\">\n          <term xml:id=\"kw-fa1\">توافق هسته‌ای</term>\n          <term xml:id=\"kw-fa2\">ایران</term>"))
        #expect(xml.contains("<keywords xml:lang=\"en\">"))
        #expect(xml.contains("<persName xml:lang=\"en\">John Smith</persName>\n              <persName xml:lang=\"fa\">جان اسمیت</persName>"))
    }

    @Test func headerCarriesDatesSourceAndAuthorNotes() throws {
        let xml = try TEIWriter.write(samplePaper(), generator: "pardaz test")
        #expect(xml.contains("<date type=\"received\" when=\"2015-03-01\" when-custom=\"1393-12-10\" datingMethod=\"#persian\" calendar=\"#persian\">۱۳۹۳/۱۲/۱۰</date>"))
        #expect(xml.contains("<date type=\"published\" when=\"2015-08\"/>"))
        #expect(xml.contains("<calendar xml:id=\"persian\">"))
        #expect(xml.contains("<idno type=\"URL\">https://journal.example.ir/article/1?x=1&amp;y=2</idno>"))
        #expect(xml.contains("<note type=\"source\">gulfreview</note>"))
        #expect(xml.contains("<note type=\"sourceLine\" xml:id=\"b21\" xml:lang=\"en\">Source: /gulfreview /</note>"))
        #expect(xml.contains("<ref type=\"note\" target=\"#b8\" xml:lang=\"en\">*</ref>"))
        #expect(xml.contains("<note type=\"author\" xml:id=\"b8\" xml:lang=\"en\" n=\"*\" place=\"foot\">"))
        #expect(xml.contains("<email>john@example.com</email>"))
        #expect(xml.contains("<p>Generated by pardaz test from a source with SHA-256 abab"))
    }

    @Test func bodyHasSectionsQuotesTablesAndInlineMarkup() throws {
        let xml = try TEIWriter.write(samplePaper(), generator: "pardaz test")
        // The watermark stands before the first section, directly in the body.
        #expect(xml.contains("<body>\n      <fw type=\"boilerplate\" xml:id=\"b10\" xml:lang=\"en\">Downloaded"))
        #expect(xml.contains("<div type=\"section\" n=\"I\" xml:id=\"s1\" xml:lang=\"en\">\n        <head n=\"I\" xml:id=\"b11\" xml:lang=\"en\">Introduction</head>"))
        #expect(xml.contains("was <hi rend=\"italic\">signed in Vienna</hi><ref type=\"note\" target=\"#b18\">1</ref> and reported by <ref target=\"https://www.reuters.com/a%20b\">Reuters</ref> &amp; AP &lt;online&gt;, see the text.</p>"))
        #expect(!xml.contains("rend=\"bold\""))
        #expect(xml.contains("<quote xml:lang=\"en\">\n          <p xml:id=\"b14\" xml:lang=\"en\">We will not be the first to violate it.</p>\n          <p xml:id=\"b15\" xml:lang=\"en\">Nor will we be the last.</p>\n        </quote>"))
        #expect(xml.contains("<table xml:id=\"b16\" xml:lang=\"en\" rows=\"3\" cols=\"2\">\n          <row role=\"label\">\n            <cell>Year</cell>\n            <cell>Centrifuges</cell>\n          </row>\n          <row>\n            <cell>2014</cell>"))
        #expect(xml.contains("<div type=\"notes\" xml:id=\"s2\" xml:lang=\"en\">\n        <head xml:id=\"b17\" xml:lang=\"en\">Notes</head>\n        <note xml:id=\"b18\" xml:lang=\"en\" n=\"1\" place=\"end\">"))
        #expect(xml.contains("<listBibl>\n          <biblStruct xml:id=\"b20\" xml:lang=\"en\" n=\"1\">"))
        #expect(xml.contains("<note type=\"raw_reference\">Smith, J. (2014). Sanctions &amp; Iran. https://doi.org/10.1000/xyz</note>"))
        // Front matter is not repeated in the body, and every block appears once.
        for id in ["b1", "b2", "b3", "b5", "b7", "b9", "b22"] { #expect(!xml.contains("xml:id=\"\(id)\"")) }
        for id in ["b4", "b6", "b8", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20", "b21"] {
            #expect(xml.components(separatedBy: "xml:id=\"\(id)\"").count == 2, "\(id) once")
        }
    }

    @Test func specialCharactersRoundTrip() throws {
        let document = samplePaper()
        let xml = try TEIWriter.write(document, generator: "pardaz test")
        #expect(try parsedText(xml, id: "b12") == document.block("b12")!.text)
        #expect(try parsedText(xml, id: "b4") == "This paper studies the <deal> & its critics.")
        let persian = try #require(try parsedText(xml, id: "b6"))
        #expect(persian == "این مقاله توافق هسته‌ای را بررسی می‌کند.")
        #expect(persian.unicodeScalars.contains("\u{200C}"))
        // U+0001 is not allowed in XML 1.0: it is replaced, and the rest of the text is kept.
        #expect(try parsedText(xml, id: "b13") == "این توافق در وین امضا شد و اجرا می‌شود.\u{FFFD}")
    }

    @Test func schemaRejectsMisplacedElementsAndMalformedXML() throws {
        let validator = try validator()
        let valid = try TEIWriter.write(samplePaper(), generator: "pardaz test")
        let wrongChild = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><body><p xml:lang="en">x</p></body></TEI>
            """
        #expect(!validator.validate(wrongChild).isEmpty)
        let misplaced = valid.replacingOccurrences(of: "<body>", with: "<body>\n<keywords xml:lang=\"en\"><term>x</term></keywords>")
        #expect(!validator.validate(misplaced).isEmpty)
        let noLanguage = valid.replacingOccurrences(of: "<p xml:id=\"b12\" xml:lang=\"en\">", with: "<p xml:id=\"b12\">")
        #expect(!validator.validate(noLanguage).isEmpty)
        let paragraphAfterSection = valid.replacingOccurrences(of: "</body>", with: "<p xml:lang=\"en\">late</p></body>")
        #expect(!validator.validate(paragraphAfterSection).isEmpty)
        #expect(!validator.validate("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>").isEmpty)
        #expect(!validator.validate([UInt8]()).isEmpty)
    }

    @Test func minimalNewsArticleValidates() throws {
        var b = DocumentBuilder()
        b.add("b1", .paragraph, "en", "Tehran, 12 May — Talks resumed.")
        b.add("b2", .heading, "en", "Background")
        b.add("b3", .listItem, "en", "First point")
        b.add("b4", .listItem, "en", "Second point")
        b.add("b5", .unclassified, "en", "|||")
        b.add("b6", .note, "en", "A loose note.", label: "a")
        let length = b.text.unicodeScalars.count
        let document = Document(
            source: Source(path: "news.txt", sha256: "", byteCount: length, encoding: .utf8, inputKind: .plainText,
                           scalarCount: length),
            kind: .news, languages: ["en"], text: b.text, offsetMap: OffsetMap(), blocks: b.blocks, sections: [],
            front: [], dates: [], metadata: Metadata(), layers: [])
        let xml = try TEIWriter.write(document, generator: "pardaz test")
        #expect(try validator().validate(xml) == [])
        #expect(xml.contains("<titleStmt>\n        <title/>\n      </titleStmt>"))
        #expect(xml.contains("<div>\n        <head xml:id=\"b2\" xml:lang=\"en\">Background</head>\n        <list>"))
        #expect(xml.contains("<ab type=\"unclassified\" xml:id=\"b5\" xml:lang=\"en\">|||</ab>"))
        #expect(xml.contains("<back>\n      <div type=\"notes\">\n        <note xml:id=\"b6\""))
    }

    @Test func emptyDocumentValidates() throws {
        let document = Document(
            source: Source(path: "empty.txt", sha256: "", byteCount: 0, encoding: .utf8, inputKind: .plainText,
                           scalarCount: 0),
            kind: .news, languages: [], text: "", offsetMap: OffsetMap(), blocks: [], sections: [], front: [],
            dates: [], metadata: Metadata(), layers: [])
        let xml = try TEIWriter.write(document, generator: "")
        #expect(try validator().validate(xml) == [])
        #expect(xml.contains("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"und\">"))
    }

    @Test(arguments: ["paper", "news"])
    func seedDocumentsValidate(_ seed: String) throws {
        let document = seed == "paper" ? Fixtures.seedPaper : Fixtures.seedNews
        let xml = try TEIWriter.write(document, generator: "pardaz test")
        #expect(try validator().validate(xml) == [])
    }

    @Test func attributeValuesAreMadeValid() {
        #expect(TEIValues.identifier("b12") == "b12")
        #expect(TEIValues.identifier("12 a/b") == "_12_a_b")
        #expect(TEIValues.language("fa_IR") == "fa-IR")
        #expect(TEIValues.language("") == "und")
        #expect(TEIValues.uri("https://x.ir/a b?q=%zz#f#g") == "https://x.ir/a%20b?q=%25zz#f%23g")
        #expect(TEIValues.uri("https://fa.wikipedia.org/wiki/ایران") == "https://fa.wikipedia.org/wiki/ایران")
        for valid in ["2015", "2015-03", "2016-02-29", "2015-03-01T10:30:00Z", "2015-03-01T10:30:00.5+03:30"] {
            #expect(TEIValues.isoDate(valid) == valid)
        }
        for invalid in ["", "15", "2015-13", "2015-02-29", "2015-3-1", "۲۰۱۵", "2015-03-01T25:00:00", "1393/12/10"] {
            #expect(TEIValues.isoDate(invalid) == nil)
        }
    }

    @Test func writerKeepsMixedContentFreeOfIndentation() throws {
        let writer = XMLWriter()
        writer.startDocument()
        writer.startElement("a")
        writer.startElement("p", mixedContent: true)
        writer.text("x ")
        writer.element("hi", attributes: [("rend", "bold"), ("n", "۱ \"q\"\n")], text: "y")
        writer.text(" z\u{FFFF}")
        writer.endElement()
        writer.element("b")
        let xml = try writer.finishString()
        #expect(xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n  <p>x <hi rend=\"bold\" n=\"۱ &quot;q&quot;&#10;\">y</hi> z\u{FFFD}</p>\n  <b/>\n</a>\n")
    }
}
