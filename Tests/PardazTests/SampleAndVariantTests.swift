import PardazIngest
import PardazModel
import Testing

/// The project's own samples in `input/`, and the heading and label variants real journals use.
@Suite("Samples and front-matter variants")
struct SampleAndVariantTests {
    static func read(_ text: String) throws -> Document {
        try Ingest.document(bytes: Array(text.utf8), path: "inline.md")
    }

    @Test func persianBlockFirstPaper() throws {
        let document = try Fixtures.document(Fixtures.samples.appendingPathComponent("sample-paper.md").path)
        #expect(document.kind == .paper)
        #expect(document.languages == ["en", "fa"])
        #expect(document.front.map(\.language) == ["en", "fa"])
        let english = try #require(document.front("en"))
        let persian = try #require(document.front("fa"))
        #expect(english.title?.text == "Maritime Cooperation between Iran and Oman in the Strait of Hormuz")
        #expect(persian.title?.text == "همکاری دریایی ایران و عمان در تنگه هرمز")
        #expect(english.authors.map(\.name.text) == ["Narges Ahmadi", "Kaveh Moradi"])
        #expect(english.authors.map(\.marker) == ["*", "**"])
        #expect(english.authors.map { $0.email?.text } == ["n.ahmadi@example.ac.ir", "k.moradi@example.ac.ir"])
        #expect(english.authors.map { $0.affiliation?.text } == ["Allameh Tabataba'i University, Tehran", "University of Tehran"])
        #expect(english.authors.map { $0.field?.text } == ["International Relations", "Regional Studies"])
        #expect(persian.authors.map(\.name.text) == ["نرگس احمدی", "کاوه مرادی"])
        #expect(english.keywords.count == 5 && persian.keywords.count == 5)
        #expect(persian.keywords.first?.text == "ایران")
        #expect(english.abstract.count == 1 && persian.abstract.count == 1)
        #expect(document.dates.map(\.when) == ["2025-10-14", "2026-02-02"])
        let sections = document.sections.filter { $0.kind == .body }
        #expect(sections.map(\.number) == ["1", "2", "2.1", "3"])
        #expect(sections.map(\.level) == [1, 1, 2, 1])
        #expect(document.blocks(.boilerplate).count == 2)
        #expect(document.blocks(.paragraph).contains { $0.text.contains("between Tehran and Western capitals.") })
        #expect(document.blocks(.note).map(\.label) == ["1", "2"])
        #expect(document.blocks(.note)[1].text.hasSuffix("between 2014 and 2024; no interview was conducted by the authors."))
        #expect(document.blocks(.reference).count == 3)
        #expect(document.text.contains("$1.2 million"))
        let table = try #require(document.blocks(.table).first?.table)
        #expect(table.rows.count == 4 && table.rows[0].isHeader)
    }

    @Test func plainTextNewsWithTitleBylineAndDate() throws {
        let document = try Fixtures.document(Fixtures.samples.appendingPathComponent("sample-news.txt").path)
        #expect(document.kind == .news)
        let front = try #require(document.front("en"))
        #expect(front.title?.text == "Gulf Shipping Talks Resume in Muscat")
        #expect(front.authors.map(\.name.text) == ["Leila Karimi", "David Chen"])
        #expect(document.dates.map(\.when) == ["2026-11-03"])
        #expect(document.blocks(.quote).count == 1)
        #expect(document.metadata.source?.text == "gulfmonitor")
        // The two lines of the first paragraph are separate paragraphs in unwrapped plain text.
        #expect(document.blocks(.paragraph).first?.text.hasSuffix("last spring.") == true)
    }

    @Test func legacyPersianNewsWithSolarHijriDate() throws {
        let document = try Fixtures.document(Fixtures.samples.appendingPathComponent("sample-news-fa.txt").path)
        #expect(document.source.encoding == .windows1256)
        #expect(document.languages == ["fa"])
        let date = try #require(document.dates.first)
        #expect(date.kind == .published)
        #expect(date.calendar == "persian")
        #expect(date.original == "1405-08-12")
        #expect(date.when == "2026-11-03")
        #expect(document.metadata.source?.text.hasPrefix("خبرگزار") == true)
    }

    @Test func inlineAbstractAndKeywordLabels() throws {
        let document = try Self.read("""
        # A Study of Ports

        Ali Karimi

        Abstract: Ports matter for trade, and this study looks at three of them in detail over ten years.

        Index Terms— ports; trade; shipping.

        ## 1. Introduction

        Text of the introduction.

        ## چکیده فارسی

        ## بررسی بندرها

        علی کریمی

        **چکیده:** این پژوهش سه بندر را در ده سال بررسی می‌کند و نشان می‌دهد که تجارت دریایی چگونه به بندرها وابسته است و چه عواملی رشد آنها را شکل می‌دهد.

        واژگان کلیدی: بندر؛ تجارت؛ کشتیرانی
        """)
        let english = try #require(document.front("en"))
        #expect(english.title?.text == "A Study of Ports")
        #expect(english.authors.map(\.name.text) == ["Ali Karimi"])
        let abstract = try #require(english.abstract.first.flatMap(document.block))
        #expect(abstract.text.hasPrefix("Ports matter for trade"))
        #expect(english.keywords.map(\.text) == ["ports", "trade", "shipping"])
        let persian = try #require(document.front("fa"))
        #expect(persian.title?.text == "بررسی بندرها")
        #expect(persian.keywords.map(\.text) == ["بندر", "تجارت", "کشتیرانی"])
        #expect(persian.abstract.count == 1)
    }

    @Test func persianDatelineIsConvertedFromSolarHijri() throws {
        let document = try Self.read("""
        # Title of a Paper

        Author Name

        ## Abstract

        An abstract that is long enough to be an abstract of a paper about something in the region.

        **Keywords:** one, two

        تاریخ دریافت: ۱۳۹۳/۱۲/۱۰ تاریخ پذیرش: ۱۳۹۴/۰۵/۲۱

        ## Introduction

        Body text.
        """)
        let dates = document.dates
        #expect(dates.map(\.kind) == [.received, .accepted])
        #expect(dates.map(\.when) == ["2015-03-01", "2015-08-12"])
        #expect(dates.map(\.original) == ["1393-12-10", "1394-05-21"])
        #expect(dates.allSatisfy { $0.calendar == "persian" })
    }

    @Test func textThatCannotBeClassifiedIsKept() throws {
        let document = try Self.read("""
        # Title

        Author One

        ## Abstract

        A long enough abstract for the reader to find it, with a sentence or two about the subject.

        Keywords: alpha, beta

        | a stray line the reader cannot place |

        ## Introduction

        Body.
        """)
        #expect(document.blocks.contains { $0.text.contains("a stray line the reader cannot place") })
        #expect(document.blocks(.unclassified).count + document.blocks(.affiliation).count >= 1)
    }
}
