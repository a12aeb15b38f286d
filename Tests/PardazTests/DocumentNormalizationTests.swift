import Foundation
import PardazModel
import PardazNormalize
import PardazRun
import Testing

/// Normalization inside `pardaz run`: the outputs carry normalized text, every range follows it,
/// and the text before normalization can be rebuilt from the output alone.
@Suite("Document normalization")
struct DocumentNormalizationTests {
    static let processed: Document = try! DocumentProcessor.process(fileAt: Fixtures.seedPaperPath).document

    @Test func thePersianFrontMatterIsNormalized() throws {
        let persian = try #require(Self.processed.front("fa"))
        // The seed writes بینالملل with its ZWNJ lost; normalizing puts it back.
        let affiliationLine = try Fixtures.seedLine(Fixtures.seedPaperPath) { $0.contains("دانشگاه آزاد") }
        #expect(affiliationLine.contains("بینالملل"))
        #expect(persian.affiliations.first?.text == affiliationLine.replacingOccurrences(of: "بینالملل", with: "بین\u{200C}الملل"))
        #expect(persian.keywords.map(\.text) == (try Fixtures.seedKeywords(afterPrefix: "**واژههای کلیدی:**", separator: "،")))
        let abstract = try #require(persian.abstract.first.flatMap(Self.processed.block))
        // Words of the seed's abstract that lost their ZWNJ come back with it, among their neighbours.
        let seedWords = try Fixtures.seedPersianAbstract().split(separator: " ").map(String.init)
        for (lost, repaired) in [("میسازد", "می\u{200C}سازد"), ("منطقهای", "منطقه\u{200C}ای")] {
            let at = try #require(seedWords.firstIndex(of: lost))
            let phrase = seedWords[(at - 1)...(at + 1)].joined(separator: " ").replacingOccurrences(of: lost, with: repaired)
            #expect(abstract.text.contains(phrase), "\(phrase)")
        }
    }

    @Test func everyRangeFollowsTheNormalizedText() {
        let document = Self.processed
        for block in document.blocks { #expect(document.slice(block.range) == block.text) }
        var spans: [Span] = document.front.flatMap { front in
            [front.title].compactMap { $0 } + front.keywords + front.affiliations
                + front.authors.flatMap { [$0.name, $0.degree, $0.field, $0.email].compactMap { $0 } }
        }
        spans += document.sections.map(\.title)
        for span in spans { #expect(document.slice(span.range) == span.text) }
        for layer in document.layers {
            for annotation in layer.annotations { #expect(document.slice(annotation.range) == annotation.text) }
        }
    }

    @Test func theNormalizationLayerRecordsEachChangeAndRebuildsTheExtractedText() throws {
        let edits = Self.processed.layer("normalization")
        // The Persian abstract's 16 ZWNJs, and the space a line break left after the English text's
        // one prefix hyphen ("Non- Proliferation").
        let zwnjs = edits.filter { $0.original == "" && $0.text == "\u{200C}" }
        #expect(zwnjs.count == 16)
        let others = edits.filter { !($0.original == "" && $0.text == "\u{200C}") }
        #expect(others.count == 1 && others.allSatisfy { $0.original == " " && $0.text == "" })
        #expect(others.allSatisfy { Self.processed.slice(TextRange($0.range.start - 4, $0.range.start)) == "Non-" })
        // Undoing the edits gives back the text ingest extracted.
        var scalars = Array(Self.processed.text.unicodeScalars)
        for edit in edits.reversed() {
            scalars.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.original!.unicodeScalars))
        }
        #expect(String(String.UnicodeScalarView(scalars)) == Fixtures.seedPaper.text)
    }

    @Test func theOffsetMapStillLeadsToTheSource() throws {
        let source = try Fixtures.sourceScalars(Fixtures.seedPaperPath)
        let document = Self.processed
        let affiliation = try #require(document.front("fa")?.affiliations.first)
        let back = document.offsetMap.sourceRange(of: affiliation.range)
        #expect(source.slice(back) == (try Fixtures.seedLine(Fixtures.seedPaperPath) { $0.contains("دانشگاه آزاد") }))
        #expect(affiliation.sourceRange == back)
        for segment in document.offsetMap.segments where segment.isCopy {
            #expect(document.slice(segment.text) == source.slice(segment.source))
        }
    }

    @Test func samplesComeOutNormalizedInBothLanguages() throws {
        let news = try DocumentProcessor.process(fileAt: Fixtures.samples.appendingPathComponent("sample-news-fa.txt").path).document
        #expect(!news.text.contains("ي") && !news.text.contains("ك"))
        for block in news.blocks { #expect(news.slice(block.range) == block.text) }
    }
}
