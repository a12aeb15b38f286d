import Foundation
import PardazAlign
import PardazExport
import PardazModel
import PardazRun
import PardazXML
import Testing

/// The English and Persian parts matched: the seed paper's front matter and abstract sentences,
/// merges found by the sentence aligner, the lexicon file, and `pardaz align`.
@Suite("Alignment")
struct AlignmentTests {
    static let paper = EntityTests.paper

    static func links(_ kind: Alignment.Kind) -> [Alignment] { paper.alignments.filter { $0.kind == kind } }

    @Test func titleAuthorAndAffiliationOfTheSeedPaper() throws {
        let english = try #require(Self.paper.front("en")), persian = try #require(Self.paper.front("fa"))
        let title = try #require(Self.links(.title).first)
        #expect(title.english.map(\.text) == [english.title?.text] && title.persian.map(\.text) == [persian.title?.text])
        let author = try #require(Self.links(.author).first)
        #expect(author.english.first?.text == english.authors.first?.name.text)
        #expect(author.persian.first?.text == persian.authors.first?.name.text)
        #expect(author.score >= 0.9 && !author.uncertain)
        // The English side names the degree and field; the Persian also the university: a partial link.
        let affiliation = try #require(Self.links(.affiliation).first)
        #expect(affiliation.english.count == 1 && affiliation.persian.count == 1 && affiliation.score < 1)
    }

    @Test func allSixKeywordsOneToOne() throws {
        let english = try #require(Self.paper.front("en")), persian = try #require(Self.paper.front("fa"))
        let keywords = Self.links(.keyword)
        #expect(keywords.count == 6)
        for link in keywords {
            let i = try #require(english.keywords.firstIndex { $0.text == link.english.first?.text })
            let j = try #require(persian.keywords.firstIndex { $0.text == link.persian.first?.text })
            #expect(i == j, "\(english.keywords[i].text) ↔ \(persian.keywords[j].text)")
            #expect(link.english.first?.id == english.keywordID(i) && link.persian.first?.id == persian.keywordID(j))
        }
    }

    @Test func everyAbstractSentenceOneToOneInOrder() throws {
        let sentences = Self.links(.sentence)
        let english = Self.paper.sentences.filter { part in sentences.contains { $0.english.contains(part) } }
        let persian = Self.paper.sentences.filter { part in sentences.contains { $0.persian.contains(part) } }
        #expect(english.count == 8 && persian.count == 8)
        for (k, link) in sentences.enumerated() {
            #expect(link.english == [english[k]] && link.persian == [persian[k]])
        }
        // Each sentence is where it says it is.
        for part in Self.paper.sentences { #expect(Self.paper.slice(part.range) == part.text) }
    }

    @Test func teiLinksPointAtSentencesAndKeywords() throws {
        let xml = try TEIWriter.write(Self.paper, generator: "pardaz test")
        #expect(try RelaxNGValidator(schema: SchemaResources.teiRelaxNG()).validate(xml) == [])
        #expect(xml.contains("<s xml:id=\"sent1\">"))
        #expect(xml.contains("<term xml:id=\"kw-fa6\">"))
        let first = try #require(Self.links(.sentence).first)
        #expect(xml.contains("<link type=\"sentence\" target=\"#\(first.english[0].id) #\(first.persian[0].id)\""))
    }

    @Test(arguments: [1, 3, 5])
    func theSeedAbstractWithTwoPersianSentencesMergedGivesOneLinkOfTwo(merged: Int) throws {
        let links = Self.links(.sentence)
        let english = links.flatMap(\.english).map(\.text)
        var persian = links.flatMap(\.persian).map(\.text)
        try #require(english.count == 8 && persian.count == 8)
        // The translator writes two sentences as one: the first's full stop becomes a comma.
        persian[merged] = String(persian[merged].dropLast()) + "، " + persian[merged + 1]
        persian.remove(at: merged + 1)
        let aligned = SentenceAligner().align(english, persian)
        #expect(aligned.count == 7)
        #expect(aligned.contains { $0.english == merged..<(merged + 2) && $0.persian == merged..<(merged + 1) })
        #expect(aligned.filter { $0.english.count == 1 }.allSatisfy { $0.english.lowerBound == ($0.persian.lowerBound < merged ? $0.persian.lowerBound : $0.persian.lowerBound + 1) })
    }

    @Test func aMergedTranslationIsOneLinkOfTwoSentences() {
        let english = ["The minister landed in Tehran on Monday.", "He met the president of Iran.",
                       "The talks lasted 3 hours.", "Both sides signed 12 agreements on trade."]
        let persian = ["وزیر روز دوشنبه وارد تهران شد و با رئیس جمهور ایران دیدار کرد.", "گفتگوها ۳ ساعت طول کشید.",
                       "دو طرف ۱۲ توافقنامه تجاری امضا کردند."]
        let links = SentenceAligner().align(english, persian)
        #expect(links.map(\.english) == [0..<2, 2..<3, 3..<4])
        #expect(links.map(\.persian) == [0..<1, 1..<2, 2..<3])
        #expect(links.allSatisfy { $0.score > 0 && $0.score <= 1 })
    }

    @Test func theLexiconFileRoundTripsAndTrainingIsDeterministic() throws {
        let pairs = [("The army and the navy", "ارتش و نیروی دریایی"), ("The army", "ارتش"), ("The navy of Iran", "نیروی دریایی ایران")]
        let first = BilingualLexicon.train(pairs), second = BilingualLexicon.train(pairs)
        #expect(first.tsv(source: "test") == second.tsv(source: "test"))
        let loaded = try #require(BilingualLexicon(tsv: first.tsv(source: "test")))
        #expect(loaded.tsv(source: "test") == first.tsv(source: "test"))
        #expect(loaded.probability("army", "ارتش") > 0.5)
        #expect(BilingualLexicon.shipped.translations.count > 1000)
    }

    @Test func theAlignCommandPrintsBothSentenceListsAndTheLinks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-align-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = folder.appendingPathComponent("en.txt"), fa = folder.appendingPathComponent("fa.txt")
        try "Iran and China held talks in 2014. They agreed to cooperate.\n".write(to: en, atomically: true, encoding: .utf8)
        try "ایران و چین در سال ۲۰۱۴ گفتگو کردند. آنها توافق کردند که همکاری کنند.\n".write(to: fa, atomically: true, encoding: .utf8)
        let result = try CommandLineTests.pardaz(["align", "--en", en.path, "--fa", fa.path])
        #expect(result.status == 0)
        let output = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((output["english"] as? [Any])?.count == 2 && (output["persian"] as? [Any])?.count == 2)
        let links = try #require(output["links"] as? [[String: Any]])
        #expect(links.map { $0["english"] as? [String] } == [["en1"], ["en2"]])
        #expect(links.map { $0["persian"] as? [String] } == [["fa1"], ["fa2"]])
        #expect(try CommandLineTests.pardaz(["align", "--en", en.path, "--fa", folder.appendingPathComponent("missing.txt").path]).status == 1)
        #expect(try CommandLineTests.pardaz(["align", "--en", en.path]).status == 2)
    }
}
