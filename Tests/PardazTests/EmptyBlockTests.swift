import Foundation
import PardazExport
import PardazXML
import Testing

/// Paragraphs that normalization would empty (only tatweel, diacritics, bidi controls) and other
/// blocks with nothing to read: each stays a block with its text, and the outputs of `pardaz process`
/// pass both schemas.
@Suite("Blocks with nothing to read", .serialized)
struct EmptyBlockTests {
    /// The paragraphs of the test file that have nothing visible in them but are text all the same.
    static let invisibleParagraphs = [
        "ــــــ",                                            // tatweel
        "\u{064B}\u{064C}\u{064D}\u{064E}\u{064F}\u{0650}\u{0651}\u{0652}",  // diacritics
        "\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}",  // bidi controls
        "ـــ\u{064E}\u{200F}",                               // all three
        "\u{200C}\u{200C}",                                  // ZWNJ
        "\u{200C} \u{200C}",
    ]

    /// An article of Persian and English paragraphs with those between them, and blocks Markdown
    /// gives nothing to: a heading of only `#`, a heading and a list item of tatweel, a table of
    /// empty cells, list markers alone.
    static var article: String {
        (["# گزارش تازه", "ایران و عمان توافق‌نامه‌ای دریایی امضا کردند.", "Iran and Oman signed a maritime agreement."]
            + invisibleParagraphs
            + ["#", "## ـــ", "- ـــ", "| | |\n|---|---|\n| | |", "| ـ | \u{064B} |\n|---|---|\n| \u{200F} | ـ |", "-", "* ", "1.", "> \u{064B}",
               "گفت‌وگوها ادامه دارد."]).joined(separator: "\n\n") + "\n"
    }

    @Test(arguments: ["txt", "md"])
    func everyBlockKeepsItsTextAndBothSchemasPass(_ fileExtension: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-blank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("blank.\(fileExtension)")
        try Data(Self.article.utf8).write(to: file)
        let json = try CommandLineTests.pardaz(["process", file.path])
        let tei = try CommandLineTests.pardaz(["process", "--format", "tei", file.path])
        #expect(json.status == 0 && tei.status == 0, "\(json.stderr)\(tei.stderr)")
        try Data(json.stdout.utf8).write(to: folder.appendingPathComponent("blank.json"))

        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        let texts = blocks.compactMap { $0["text"] as? String }
        #expect(texts.count == blocks.count)
        let blank = texts.filter { $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
        #expect(blank.isEmpty, "blank blocks in \(texts)")
        // Nothing dropped: each invisible paragraph is a block of its own, exactly as the source has it.
        let source = Array(Self.article.unicodeScalars)
        for paragraph in Self.invisibleParagraphs {
            let block = try #require(blocks.first { $0["text"] as? String == paragraph }, "no block \(paragraph.unicodeScalars.map(\.value))")
            let range = try #require(block["sourceRange"] as? [Int])
            #expect(String(String.UnicodeScalarView(source[range[0]..<range[1]])) == paragraph)
        }
        #expect(texts.contains("ـــ"))  // the heading and list item of tatweel
        #expect(try Fixtures.validateJSON(folder) == 0)
        #expect(try RelaxNGValidator(schema: SchemaResources.teiRelaxNG()).validate(tei.stdout) == [])
    }

    @Test func htmlBlocksOfNothingVisibleKeepTheirTextToo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-blank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("blank.html")
        let page = """
            <html><head><title>Talks in Muscat</title></head><body><h1>Talks in Muscat</h1>
            <p>Iran and Oman signed a maritime agreement.</p><p>ـــ</p><h2>&#x200F;</h2><p>&#x64B;&#x64C;</p>
            <ul><li>ـ</li></ul><table><tr><td>&#x200F;</td><td>ـ</td></tr></table><p>The talks continue.</p></body></html>
            """
        try Data(page.utf8).write(to: file)
        let json = try CommandLineTests.pardaz(["process", file.path])
        #expect(json.status == 0)
        try Data(json.stdout.utf8).write(to: folder.appendingPathComponent("blank.json"))
        #expect(try Fixtures.validateJSON(folder) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let texts = (object["blocks"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains("ـــ") && texts.contains("\u{064B}\u{064C}") && texts.contains("ـ"))
        let tei = try CommandLineTests.pardaz(["process", "--format", "tei", file.path])
        #expect(try RelaxNGValidator(schema: SchemaResources.teiRelaxNG()).validate(tei.stdout) == [])
    }
}
