import PardazModel
import Testing

/// The seed news article (`../shared/seeds/000_…`): paragraphs, the quotation, the source line.
@Suite("Seed news structure")
struct SeedNewsTests {
    let document = Fixtures.seedNews

    @Test func isEnglishPlainTextNews() {
        #expect(document.kind == .news)
        #expect(document.source.inputKind == .plainText)
        #expect(document.languages == ["en"])
    }

    @Test func paragraphsInOrder() {
        let paragraphs = document.blocks(.paragraph)
        #expect(paragraphs.count == 8)
        #expect(paragraphs.first?.text.hasPrefix("Iranian Defense Minister Hossein") == true)
        #expect(paragraphs[2].text.hasSuffix("he added."))
        #expect(paragraphs[3].text.hasPrefix("Iran-China defense ties have"))
        #expect(paragraphs[5].text == "As I noted elsewhere:")
        #expect(paragraphs.last?.text.hasSuffix("Middle East and Asia.") == true)
    }

    @Test func quotationAfterTheLeadInIsOneBlockQuote() throws {
        let quotes = document.blocks(.quote)
        #expect(quotes.count == 2)
        #expect(Set(quotes.compactMap(\.group)).count == 1)
        #expect(quotes[0].text.hasPrefix("China and Iran maintained"))
        #expect(quotes[1].text.hasPrefix("China also provided technical expertise"))
        #expect(quotes[1].text.hasSuffix("a 2012 RAND study explains."))
        let leadIn = try #require(document.blocks.firstIndex { $0.text == "As I noted elsewhere:" })
        #expect(document.blocks[leadIn + 1].id == quotes[0].id)
    }

    @Test func sourceLineIsMetadataNotText() {
        #expect(document.metadata.source?.text == "thediplomat")
        #expect(document.blocks(.sourceLine).count == 1)
        #expect(!document.blocks.contains { $0.kind == .paragraph && $0.text.contains("Source:") })
    }

    @Test func noFrontMatterIsInvented() {
        #expect(document.front.isEmpty)
        #expect(document.dates.isEmpty)
    }
}
