import Foundation
@testable import PardazAlign
import PardazIngest
import PardazModel
import Testing

/// Issue 14: the stages' work grows with their input, not its square. The aligner's table is
/// counted rather than timed; long inputs are checked for the structure they must have.
@Suite("Bounded cost")
struct BoundedCostTests {
    /// `count` English sentences and their Persian translations, each naming its own number.
    static func reports(_ count: Int, skipping skipped: Range<Int> = 0..<0) -> (english: [String], persian: [String]) {
        let english = (1...count).map { "Report \($0) describes the harbour and the ships that left it." }
        let persian = (1...count).filter { !skipped.contains($0 - 1) }.map { "گزارش \($0) بندر و کشتی‌هایی را که از آن رفتند توصیف می‌کند." }
        return (english, persian)
    }

    @Test func theBandHoldsShortTextsWholeAndGrowsLinearlyWithLongOnes() {
        #expect(AlignmentBand(rows: 40, columns: 30).isFull)
        #expect(AlignmentBand(rows: 50, columns: 50).cellCount == 51 * 51)
        let small = AlignmentBand(rows: 1_000, columns: 1_000).cellCount, large = AlignmentBand(rows: 4_000, columns: 4_000).cellCount
        #expect(large <= 4 * small + 101 * 101)  // the corners clip the band less, in proportion, on a longer text
        #expect(large <= 4_001 * 101)
        // Every row reaches the next, however unequal the counts.
        for (rows, columns) in [(1, 1_000), (1_000, 1), (300, 2_000), (2_000, 300)] {
            let band = AlignmentBand(rows: rows, columns: columns)
            #expect(band.columns(of: 0).lowerBound == 0 && band.columns(of: rows).upperBound == columns)
            for i in 0..<rows { #expect(band.columns(of: i + 1).lowerBound <= band.columns(of: i).upperBound + 1) }
        }
    }

    @Test func longTextsOfOneToOneSentencesAreLinkedOneToOneAtLinearCost() {
        let short = Self.reports(100), long = Self.reports(400)
        let small = SentenceAligner().search(short.english, short.persian)
        let large = SentenceAligner().search(long.english, long.persian)
        #expect(large.links.count == 400)
        #expect(large.links.enumerated().allSatisfy { $0.element.english == $0.offset..<($0.offset + 1) && $0.element.persian == $0.element.english })
        // Not widened, and at most five moves per cell of the band: about 4 times the work for 4
        // times the sentences (the whole table would be 16 times).
        #expect(large.band == AlignmentBand(rows: 400, columns: 400))
        #expect(large.costs <= 5 * large.band.cellCount)
        #expect(Double(large.costs) / Double(small.costs) < 6)
    }

    @Test func aBandTooNarrowForTheBestPathIsWidenedUntilItFindsWhatTheWholeTableFinds() {
        // Twelve Persian sentences missing in one place: the path leaves the diagonal by twelve.
        let (english, persian) = Self.reports(60, skipping: 20..<32)
        let whole = SentenceAligner().search(english, persian, band: AlignmentBand(rows: 60, columns: 48, width: 48))
        let narrow = SentenceAligner().search(english, persian, band: AlignmentBand(rows: 60, columns: 48, width: 3))
        #expect(whole.band.isFull)
        #expect(narrow.band.width > 3 && narrow.links == whole.links)
        #expect(whole.links.filter { $0.persian.isEmpty }.map(\.english.lowerBound) == Array(20..<32))
    }

    @Test func everyOneOfManyHeadingsGetsItsSectionAndTitle() throws {
        let count = 3_000
        let markdown = (1...count).map { "# Heading \($0)\n\nparagraph\n\n" }.joined()
        let document = try Ingest.document(bytes: Array(markdown.utf8), path: "headings.md")
        #expect(document.sections.count == count)
        #expect(document.sections.enumerated().allSatisfy { $0.element.title.text == "Heading \($0.offset + 1)" })
        #expect(document.sections.allSatisfy { $0.blocks.count == 1 })
    }
}
