import Foundation
import PardazIngest
import PardazModel
import Testing

/// The front-matter labeler: its training data reader, its storage, deterministic training, and
/// what it finds on pages laid out unlike the seeds (text written for these tests).
@Suite("Front-matter labeler")
struct FrontLayoutTests {
    static func read(_ text: String, path: String = "page.txt") throws -> Document {
        try Ingest.document(bytes: Array(text.utf8), path: path)
    }

    /// A labelled header in GROBID's TEI shape, written for this test: lines end at `<lb/>`, and an
    /// affiliation and its address share one.
    static let tei = """
    <?xml version="1.0" ?>
    <tei xml:space="preserve"><teiHeader><fileDesc xml:id="_t1"/></teiHeader>
    <text xml:lang="en"><front>
    Journal of Gulf Studies 12 (2024) 1-20<lb/>
    <docTitle><titlePart>Port Cooperation around the Strait of Hormuz:<lb/> A Survey of Ten Years<lb/></titlePart></docTitle>
    <byline><docAuthor>Leila Haddad 1,* , Omar Saleh 2<lb/></docAuthor></byline>
    <byline><affiliation>1 Department of Politics, Gulf University,</affiliation></byline> <address>Doha, Qatar<lb/></address>
    <email>l.haddad@example.org<lb/></email>
    ABSTRACT<lb/>
    <div type="abstract">Ports shape the trade of the Gulf &amp; its neighbours. We study ten of them.<lb/></div>
    Keywords: <keyword>ports, trade, Gulf<lb/></keyword>
    </front></text></tei>
    """

    @Test func grobidHeadersBecomeLabelledLines() throws {
        let lines = try GrobidHeaderCorpus.lines(ofTEI: Array(Self.tei.utf8))
        #expect(lines.map(\.label) == [.other, .title, .title, .author, .affiliation, .email, .abstractLabel, .abstract, .keywords])
        #expect(lines[2].line.text == "A Survey of Ten Years")
        #expect(lines[4].line.text == "1 Department of Politics, Gulf University, Doha, Qatar")
        #expect(lines[7].line.text.contains("Gulf & its neighbours"))
        let fields = LayoutFields(lines: lines.map(\.line), labels: lines.map(\.label))
        #expect(fields.title == ["Port Cooperation around the Strait of Hormuz: A Survey of Ten Years"])
        #expect(fields.authors == ["Leila Haddad", "Omar Saleh"])
        #expect(fields.keywords == ["ports", "trade", "Gulf"])
    }

    @Test func aHeaderThatIsNotXMLIsAnError() {
        #expect(throws: (any Error).self) { try GrobidHeaderCorpus.lines(ofTEI: Array("<tei><front>no end".utf8)) }
    }

    @Test func trainingIsDeterministicAndTheModelRoundTrips() throws {
        let document = try GrobidHeaderCorpus.lines(ofTEI: Array(Self.tei.utf8))
        let trainer = LayoutTrainer(epochs: 3, buckets: 1 << 10)
        let first = trainer.train([document, document]).serialized()
        let second = trainer.train([document, document]).serialized()
        #expect(first == second)
        let model = try #require(LayoutModel(serialized: first))
        #expect(model.serialized() == first)
        let trained = trainer.train([document, document])
        #expect(model.label(document.map(\.line)) == trained.label(document.map(\.line)))
        #expect(LayoutModel(serialized: Array(first.prefix(20))) == nil)
    }

    @Test func authorLinesLoseTheirMarkersWhereverPDFTextPutsThem() {
        func names(_ line: String) -> [String] {
            LayoutFields(lines: [LayoutLine(text: line)], labels: [.author]).authors
        }
        #expect(names("K. Chen, 27 W. Hou, 27 I. Adachi, 8 H. Aihara") == ["K. Chen", "W. Hou", "I. Adachi", "H. Aihara"])
        #expect(names("Georg Steinhauser a,b, *, Konstantin Karaghiosoff b , and Thomas Klapötke b, *")
            == ["Georg Steinhauser", "Konstantin Karaghiosoff", "Thomas Klapötke"])
        #expect(names("Mahdi Nabipour1, Sara Amini2*") == ["Mahdi Nabipour", "Sara Amini"])
        #expect(names("• مریم احمدی ۱") == ["مریم احمدی"])
        #expect(names("مریم احمدی۱*، رضا کریمی۲") == ["مریم احمدی", "رضا کریمی"])
    }

    @Test func anEnglishJournalPageWithoutMarkdown() throws {
        let document = try Self.read("""
        Research Article
        Open access

        Shipping Lanes and Sanctions: Trade through the Gulf after 2018

        Leila Haddad 1*, Omar Saleh 2
        1 Department of Politics, Gulf University, Doha, Qatar
        2 School of Economics, Coastal University, Muscat, Oman
        * corresponding author l.haddad@example.org
        Published on 05 Dec 2022 | https://doi.org/10.5555/gulf.2022.17

        Abstract

        Sanctions reshaped the routes that tankers take through the Gulf. This article follows the traffic of three ports over five years and shows how insurers, flag states and buyers adapted to each new round of measures.

        Keywords:

        sanctions, shipping, insurance

        1. Introduction

        Trade through the Strait of Hormuz carries a fifth of the oil the world consumes.
        """)
        #expect(document.kind == .paper)
        let front = try #require(document.front("en"))
        #expect(front.title?.text == "Shipping Lanes and Sanctions: Trade through the Gulf after 2018")
        #expect(front.authors.map(\.name.text) == ["Leila Haddad", "Omar Saleh"])
        #expect(front.abstractText.map(\.text) == [
            "Sanctions reshaped the routes that tankers take through the Gulf. This article follows the traffic of three ports over five years and shows how insurers, flag states and buyers adapted to each new round of measures.",
        ])
        #expect(front.keywords.map(\.text) == ["sanctions", "shipping", "insurance"])
        #expect(document.dates.map(\.when) == ["2022-12-05"])
        #expect(document.blocks(.articleMeta).contains { $0.text == "Research Article" })
        #expect(document.blocks(.paragraph).contains { $0.text.hasPrefix("Trade through the Strait") })
    }

    @Test func aPersianJournalPageKeepsFieldLabelsOutOfValues() throws {
        let document = try Self.read("""
        بررسی همکاری بندری ایران و عمان در تنگه هرمز

        نوع مقاله : مقاله پژوهشی

        نویسندگان: مریم احمدی ۱، رضا کریمی ۲

        ۱ استادیار گروه روابط بین‌الملل، دانشکده حقوق و علوم سیاسی، دانشگاه تهران، تهران، ایران

        ۲ دانشجوی دکتری مطالعات منطقه‌ای، دانشگاه علامه طباطبائی، تهران، ایران

        تاریخ دریافت: ۱۳۹۹/۰۸/۰۵ | تاریخ پذیرش: ۱۴۰۰-۰۲-۱۰

        چکیده

        این مقاله همکاری بندری دو کشور را در ده سال گذشته بررسی می‌کند و نشان می‌دهد که تجارت دریایی چگونه از تحریم‌ها و رقابت‌های منطقه‌ای اثر پذیرفته است و چه راه‌هایی برای گسترش آن وجود دارد.

        کلیدواژه‌ها: بندر، تجارت دریایی، تنگه هرمز
        """)
        #expect(document.kind == .paper)
        let front = try #require(document.front("fa"))
        #expect(front.title?.text == "بررسی همکاری بندری ایران و عمان در تنگه هرمز")
        #expect(front.authors.map(\.name.text) == ["مریم احمدی", "رضا کریمی"])
        #expect(front.keywords.map(\.text) == ["بندر", "تجارت دریایی", "تنگه هرمز"])
        #expect(front.abstractText.first?.text.hasPrefix("این مقاله همکاری") == true)
        #expect(front.affiliations.count == 2)
        let values = [front.title?.text ?? ""] + front.authors.map(\.name.text) + front.affiliations.map(\.text)
            + front.keywords.map(\.text) + front.abstractText.map(\.text)
        for label in ["نوع مقاله", "نویسندگان", "چکیده", "کلیدواژه", "تاریخ"] {
            #expect(!values.contains { $0.contains(label) }, "\(label) inside a value")
        }
        #expect(document.dates.map(\.kind) == [.received, .accepted])
        #expect(document.dates.map(\.when) == ["2020-10-26", "2021-04-30"])
    }

    @Test func anHTMLParagraphOverTwoLinesInTheFrontIsReadWhole() throws {
        // An HTML block's chunk has one content range over several source lines (found by fuzzing).
        let document = try Self.read("""
        # Ports of the Gulf

        Leila Haddad

        <p>Ports matter for the trade of the Gulf,
        and this study looks at three of them.</p>

        ## Introduction

        Trade through the Strait of Hormuz carries a fifth of the oil the world consumes.
        """, path: "page.md")
        #expect(document.blocks.map(\.text).first == "Ports of the Gulf")
        #expect(document.blocks.contains { $0.text == "Ports matter for the trade of the Gulf, and this study looks at three of them." })
    }

    @Test func aNewsStoryIsNoPaper() throws {
        let document = try Self.read("""
        Tankers Return to the Strait as Insurers Cut Premiums

        By Omar Saleh

        Oil tankers returned to the Strait of Hormuz on Monday after insurers lowered the premiums they charge for the crossing, shipping agents said.

        The cut follows two months without an incident in the waterway, through which a fifth of the world's oil passes.
        """)
        #expect(document.kind == .news)
        #expect(document.front("en")?.title?.text == "Tankers Return to the Strait as Insurers Cut Premiums")
    }
}
