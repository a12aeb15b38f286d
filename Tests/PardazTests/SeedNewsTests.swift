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

    /// The seed's lines in order: eight paragraphs (lines 0–5, 8, 9) around two quoted ones (6, 7).
    @Test func paragraphsInOrder() throws {
        let lines = try Fixtures.seedLines(Fixtures.seedNewsPath)
        let paragraphs = document.blocks(.paragraph)
        #expect(paragraphs.count == 8)
        #expect(paragraphs.first?.text.hasPrefix(Fixtures.opening(lines[0])) == true)
        #expect(paragraphs[2].text.hasSuffix(Fixtures.closing(lines[2])))
        #expect(paragraphs[3].text.hasPrefix(Fixtures.opening(lines[3])))
        #expect(paragraphs[5].text == lines[5])
        #expect(paragraphs.last?.text.hasSuffix(Fixtures.closing(lines[9])) == true)
    }

    @Test func quotationAfterTheLeadInIsOneBlockQuote() throws {
        let lines = try Fixtures.seedLines(Fixtures.seedNewsPath)
        let quotes = document.blocks(.quote)
        #expect(quotes.count == 2)
        #expect(Set(quotes.compactMap(\.group)).count == 1)
        #expect(quotes[0].text.hasPrefix(Fixtures.opening(lines[6])))
        #expect(quotes[1].text.hasPrefix(Fixtures.opening(lines[7])))
        #expect(quotes[1].text.hasSuffix(Fixtures.closing(lines[7])))
        let leadIn = try #require(document.blocks.firstIndex { $0.text == lines[5] })
        #expect(document.blocks[leadIn + 1].id == quotes[0].id)
    }

    @Test func sourceLineIsMetadataNotText() throws {
        // The site named on the seed's "Source: /…/" line.
        let site = try #require(try Fixtures.seedMatches(Fixtures.seedNewsPath, "Source: /\\s*([a-z]+)\\s*/").first)
        #expect(document.metadata.source?.text == site)
        #expect(document.blocks(.sourceLine).count == 1)
        #expect(!document.blocks.contains { $0.kind == .paragraph && $0.text.contains("Source:") })
    }

    @Test func noFrontMatterIsInvented() {
        #expect(document.front.isEmpty)
        #expect(document.dates.isEmpty)
    }
}
