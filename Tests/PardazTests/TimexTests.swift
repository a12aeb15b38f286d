import Foundation
import PardazExtract
import PardazIngest
import PardazModel
import PardazRun
import Testing

/// Temporal expressions in English and Persian, normalized to TIMEX3, with Solar and lunar Hijri
/// dates converted through ICU.
@Suite("Temporal expressions")
struct TimexTests {
    static func english(_ text: String, dct: String? = "2015-11-20") -> [TemporalExpression] {
        EnglishTimexTagger(anchor: dct.flatMap(TimexAnchor.init(iso:))).tag(text)
    }

    static func persian(_ text: String, dct: String? = "2015-08-12") -> [TemporalExpression] {
        PersianTimexTagger(anchor: dct.flatMap(TimexAnchor.init(iso:))).tag(text)
    }

    static func one(_ found: [TemporalExpression]) -> String {
        found.map { "\($0.text)=\($0.type.rawValue):\($0.value)\($0.mod.map { "/" + $0 } ?? "")" }.joined(separator: " ")
    }

    @Test(arguments: [
        ("They met on June 3, 1989 in Beijing.", "June 3, 1989=DATE:1989-06-03"),
        ("Received 1 March 2015", "1 March 2015=DATE:2015-03-01"),
        ("agreed on November 14", "November 14=DATE:2015-11-14"),
        ("in March 2013", "March 2013=DATE:2013-03"),
        ("in 2016, a first visit", "2016=DATE:2016"),
        ("throughout the 1980s", "the 1980s=DATE:198X"),
        ("since the late 1980s", "the late 1980s=DATE:198X/END"),
        ("In the mid-2000s", "the mid-2000s=DATE:200X/MID"),
        ("growth in the first decade of 1990", "the first decade of 1990=DATE:199X"),
        ("between 2005 and 2010", "2005=DATE:2005 2010=DATE:2010"),
        ("between 1993 and 1996", "1993=DATE:1993 1996=DATE:1996"),
        ("in 2008–2009", "2008=DATE:2008 2009=DATE:2009"),
        ("for a three-day stay", "three-day=DURATION:P3D"),
        ("more than two decades", "more than two decades=DURATION:P2DE/MORE_THAN"),
        ("after five years", "five years=DURATION:P5Y"),
        ("held annually", "annually=SET:P1Y"),
        ("reached Muscat on Sunday", "Sunday=DATE:2015-11-15"),
        // 2015-11-20 is a Friday: a day said of a future act is the coming one, a day of a report
        // the one past, even with a future further on.
        ("The minister is expected to arrive in Tehran on Tuesday", "Tuesday=DATE:2015-11-24"),
        ("The minister said Tuesday that talks will go on", "Tuesday=DATE:2015-11-17"),
        // Clock times, on the day after them or on the article's day; spoken years; a month with
        // "last year".
        ("The ship docked at 10 p.m. Wednesday.", "10 p.m. Wednesday=TIME:2015-11-18T22:00"),
        ("The talks resume at 5 p.m. EST, Nov. 9, 2015", "5 p.m. EST, Nov. 9, 2015=TIME:2015-11-09T17:00"),
        ("A blast was heard at 10:35 a.m. and the roads closed", "10:35 a.m.=TIME:2015-11-20T10:35"),
        ("He scored 10 points at noon.", "noon=TIME:2015-11-20T12:00"),
        ("It opened in January nineteen ninety-seven", "January nineteen ninety-seven=DATE:1997-01"),
        ("as in the year two thousand, two thousand troops", "the year two thousand=DATE:2000"),
        ("signed in July last year", "July last year=DATE:2014-07"),
        ("The navy hopes one day to sail there, after a visit of one day", "one day=DATE:FUTURE_REF one day=DURATION:P1D"),
        ("The alliance was founded 50 years ago", "50 years ago=DATE:1965"),
        ("as I reported last year", "last year=DATE:2014"),
        ("in the coming years", "the coming years=DATE:FUTURE_REF"),
        ("in recent years", "recent years=DURATION:PXY"),
        ("founded two decades ago", "two decades ago=DATE:199X"),
        ("Resolution 1929 and UNSCR 1929", ""),
        // Counted from the last date written out, not from the creation time; a newspaper's name
        // and an ordinal are no expressions.
        ("Trade grew in 2012, from less the previous year", "2012=DATE:2012 the previous year=DATE:2011"),
        ("Talks began in March 1989 and ended the following month", "March 1989=DATE:1989-03 the following month=DATE:1989-04"),
        ("He left the following year", "the following year=DATE:2016"),
        ("The Gulf Daily and PLA Daily saw a second meeting, a second later, and flights daily",
         "a second=DURATION:PT1S daily=SET:P1D"),
        // Halves, sets of weekdays, and a week named by a day in it.
        ("It took a minute and a half, then two years and a half", "a minute and a half=DURATION:PT1M30S two years and a half=DURATION:P30M"),
        ("It grew for the past year and a half", "the past year and a half=DURATION:P18M"),
        ("On Tuesdays the PLA Daily prints more", "Tuesdays=SET:XXXX-WXX-2"),
        ("Talks are held each Thursday, on Tuesdays and on Friday nights",
         "each Thursday=SET:XXXX-WXX-4 Tuesdays=SET:XXXX-WXX-2 Friday nights=SET:XXXX-WXX-5TNI"),
        ("Talks are set for the week of March 6, 2000", "the week of March 6, 2000=DATE:2000-W10"),
        ("It earned $35 million a year, but stopped for a year", "a year=SET:P1Y a year=DURATION:P1Y"),
        ("These days, as in the nineties, prices rise; a few months ago they fell; people in their thirties",
         "These days=DATE:PRESENT_REF the nineties=DATE:199X a few months ago=DATE:PAST_REF"),
    ])
    func englishExpressions(text: String, expected: String) {
        #expect(Self.one(Self.english(text)) == expected)
    }

    /// The seed news article states no date: with one given, its relative dates resolve.
    @Test func theSeedNewsWithAGivenCreationTime() throws {
        let document = try DocumentProcessor.process(fileAt: Fixtures.seedNewsPath,
                                                     creationTime: CreationTime(value: "2015-11-20", origin: "given")).document
        #expect(document.creationTime == CreationTime(value: "2015-11-20", origin: "given"))
        let found = document.temporalExpressions.map { "\($0.text)=\($0.value)" }
        for expected in ["November 14=2015-11-14", "Sunday=2015-11-15", "three-day=P3D", "the near future=FUTURE_REF",
                         "the years ahead=FUTURE_REF", "October 2015=2015-10", "the 1980s=198X", "2014=2014", "2020=2020"] {
            #expect(found.contains(expected), "\(expected) not in \(found)")
        }
        for expression in document.temporalExpressions {
            #expect(document.slice(expression.range) == expression.text)
        }
        // Without it, nothing is resolved against the clock.
        let undated = try DocumentProcessor.process(fileAt: Fixtures.seedNewsPath).document
        #expect(undated.creationTime == nil)
        #expect(undated.temporalExpressions.contains { $0.text == "November 14" && $0.value == "XXXX-11-14" })
    }

    @Test func withoutACreationTimeNothingIsTakenFromTheClock() {
        #expect(Self.one(Self.english("signed on November 14", dct: nil)) == "November 14=DATE:XXXX-11-14")
        #expect(Self.one(Self.english("arrived on Sunday", dct: nil)) == "Sunday=DATE:XXXX-WXX-7")
        #expect(Self.one(Self.english("as reported last year", dct: nil)) == "last year=DATE:XXXX")
    }

    /// Found by the fuzz target: a long run of digits overflowed the Persian number reader.
    @Test func longDigitRunsAreNoDatesAndNoCrash() {
        #expect(Self.persian("شماره ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵ مرداد ۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹").isEmpty)
        #expect(Self.one(Self.english("number 123456789012345678901234567890 of March 99999999999999999999"))
                == "March=DATE:2016-03")
    }

    @Test func anExpressionAtTheVeryStartOrEndOfATextIsFound() throws {
        // Looking at the word before the first one once crashed the taggers ("a year", "Tuesday").
        for text in ["a year", "one day", "Tuesday", "noon", "two thousand", "10:30 today", "the year two thousand"] {
            _ = Self.english(text)
            _ = Self.english(text, dct: nil)
        }
        #expect(Self.one(Self.english("Tuesday")) == "Tuesday=DATE:2015-11-17")
        #expect(Self.one(Self.english("a year")) == "a year=DURATION:P1Y")
        // Every expression of the samples, alone at the start and the end of a text (most are found
        // again; "decades" alone is not, which is right).
        for (name, language) in [("sample-news.txt", "en"), ("sample-news-fa.txt", "fa"), ("sample-paper.md", "en")] {
            // Decoded as the pipeline decodes it (the Persian sample is in Windows-1256).
            let bytes = try Array(Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("input/" + name)))
            let text = try Ingest.document(bytes: bytes, path: name).text
            let found = language == "en" ? Self.english(text) : Self.persian(text)
            #expect(!found.isEmpty, "\(name)")
            var refound = 0
            for expression in found {
                let alone = language == "en" ? Self.english(expression.text) : Self.persian(expression.text)
                if !alone.isEmpty { refound += 1 }
            }
            #expect(refound * 10 >= found.count * 8, "\(name): \(refound) of \(found.count)")
        }
    }

    @Test func noDatesInWordsAmountsWeaponsOrPageNumbers() {
        let text = "You may go. Sun rose. It cost $48 billion, the M-11 and C-802 missiles, HY-2, J-10; see pp. 47-48 and p. 185, 150 km."
        #expect(Self.english(text).isEmpty, "\(Self.one(Self.english(text)))")
    }

    @Test func theSeedPaperHasItsDatesAndNoFalseOnes() throws {
        let document = Fixtures.seedPaper
        let found = Self.english(document.text, dct: "2015-08-12")
        let values = Set(found.map { "\($0.text)=\($0.value)" })
        for expected in ["1 March 2015=2015-03-01", "12 August 2015=2015-08-12", "November 2013=2013-11", "May 2014=2014-05",
                         "July 14, 2015=2015-07-14", "June 3, 1989=1989-06-03", "June 4, 1989=1989-06-04", "9 June 2010=2010-06-09",
                         "March 2007=2007-03", "the late 1980s=198X", "the 1990s=199X", "the mid-1990s=199X"] {
            #expect(values.contains(expected), "\(expected) not found")
        }
        // A decade given by its first year, as the seed writes it, is that decade.
        let decades = try Fixtures.seedMatches(Fixtures.seedPaperPath, "the first decade of (?:19|20)\\d0\\b")
        #expect(!decades.isEmpty)
        for phrase in decades { #expect(values.contains("\(phrase)=\(phrase.suffix(4).prefix(3))X"), "\(phrase)") }
        // Nothing inside a URL, a weapon's name, an amount or a resolution's number.
        for expression in found {
            let around = document.slice(TextRange(max(0, expression.range.start - 12), min(document.text.unicodeScalars.count, expression.range.end + 2)))
            #expect(!around.contains("http") && !around.contains("www."), "\(expression.text) in \(around)")
            // The whole run of non-space characters it stands in is no web address.
            let scalars = Array(document.text.unicodeScalars)
            var start = expression.range.start, end = expression.range.end
            while start > 0 && !scalars[start - 1].properties.isWhitespace { start -= 1 }
            while end < scalars.count && !scalars[end].properties.isWhitespace { end += 1 }
            let chunk = document.slice(TextRange(start, end))
            #expect(!chunk.contains("://") && !chunk.contains("www."), "\(expression.text) in \(chunk)")
            let before = document.slice(TextRange(max(0, expression.range.start - 2), expression.range.start))
            #expect(!around.contains("C-80") && !before.contains("$") && !expression.text.contains("$"), "\(expression.text) in \(around)")
            #expect(!around.lowercased().contains("resolution 1929") && !around.contains("UNSCR"), "\(expression.text) in \(around)")
        }
        // The number of a resolution the paper names is no year, even alone in parentheses.
        #expect(DocumentTimexTagger.resolutionNumbers(in: "under UNSCR 2231 and Resolution 1737") == ["2231", "1737"])
        let annotated = DocumentTimexTagger().annotate(document)
        #expect(!annotated.temporalExpressions.contains { $0.text == "1929" })
        #expect(annotated.temporalExpressions.contains { $0.text == "1979" })
        // A newspaper's name is no set; "a second" meeting is no span of time.
        #expect(!found.contains { $0.text == "Daily" || ($0.text == "a second" && $0.type == .duration) })
    }

    @Test(arguments: [
        ("تهران، ۲۱ مرداد ۱۳۹۴", "۲۱ مرداد ۱۳۹۴=DATE:2015-08-12 persian 1394-05-21"),
        ("در 12 آبان 1405", "12 آبان 1405=DATE:2026-11-03 persian 1405-08-12"),
        ("تاریخ ۱۴۰۲/۰۵/۰۹", "۱۴۰۲/۰۵/۰۹=DATE:2023-07-31 persian 1402-05-09"),
        ("تاریخ 1401/06/30", "1401/06/30=DATE:2022-09-21 persian 1401-06-30"),
        ("بعد از سال ۲۰۱۳", "سال ۲۰۱۳=DATE:2013"),
        ("در دهه ۱۳۶۰", "دهه ۱۳۶۰=DATE:198X persian 136X"),
        ("اوایل دهه ۱۹۹۰", "اوایل دهه ۱۹۹۰=DATE:199X/START"),
        ("سال ۱۳۹۲ ه.ش.", "سال ۱۳۹۲ ه.ش.=DATE:2013 persian 1392"),
        ("۱۵ رمضان ۱۴۳۶ ه.ق.", "۱۵ رمضان ۱۴۳۶ ه.ق.=DATE:2015-07-02 islamic-umalqura 1436-09-15"),
        ("در ۳ ژوئن ۱۹۸۹ میلادی", "۳ ژوئن ۱۹۸۹ میلادی=DATE:1989-06-03"),
        ("سال ۱۳۹4 و ۱۳۹۴", "سال ۱۳۹4=DATE:2015 persian 1394"),
        ("دیروز و سه روز", "دیروز=DATE:2015-08-11 سه روز=DURATION:P3D"),
        ("در دی ماه در تهران", "دی ماه=DATE:2016-01 persian 1394-10"),
        // As Iranian news writes dates: a month with ماه fused or apart and a two-digit Solar year,
        // days in words, d/m/yy, clock times, روز گذشته; the creation time is 2015-08-12 (1394-05-21).
        ("روز ۲۷ اسفندماه سال ۹۳", "۲۷ اسفندماه سال ۹۳=DATE:2015-03-18 persian 1393-12-27"),
        ("بیست و هفت خرداد و هفتم اسفند", "بیست و هفت خرداد=DATE:2015-06-17 persian 1394-03-27 هفتم اسفند=DATE:2015-02-26 persian 1393-12-07"),
        ("در سال 93 و در تاریخ 27/3/66", "سال 93=DATE:2014 persian 1393 27/3/66=DATE:1987-06-17 persian 1366-03-27"),
        ("ساعت ۱۴:۳۰ روز گذشته و ساعت ۸ شب", "ساعت ۱۴:۳۰=TIME:2015-08-12T14:30 روز گذشته=DATE:2015-08-11 ساعت ۸ شب=TIME:2015-08-12T20:00"),
        ("در ماه اوت و اردیبهشت", "ماه اوت=DATE:2015-08 اردیبهشت=DATE:2015-05 persian 1394-02"),
        ("سه تیر شلیک شد", ""),
        ("طی سال‌های ۹۲ تا ۹۴", "سال‌های ۹۲=DATE:2013 persian 1392 ۹۴=DATE:2015 persian 1394"),
        ("در 1986 و در 2000 نقطه", "1986=DATE:1986"),
        ("تابستان 1903 و بهار ۱۳۹۴", "تابستان 1903=DATE:1903-SU بهار ۱۳۹۴=DATE:2015-SP persian 1394-SP"),
    ])
    func persianExpressions(text: String, expected: String) {
        let rendered = Self.persian(text).map { expression in
            var line = "\(expression.text)=\(expression.type.rawValue):\(expression.value)\(expression.mod.map { "/" + $0 } ?? "")"
            if let calendar = expression.calendar { line += " \(calendar) \(expression.calendarValue ?? "")" }
            return line
        }.joined(separator: " ")
        #expect(rendered == expected)
    }

    /// Every row of ../shared/data/jalali/jalali_ref.csv, written as a Persian date and read back.
    @Test func solarHijriDatesAgreeWithTheReferenceOnEveryRow() throws {
        let path = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/jalali/jalali_ref.csv").path
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count == 2000)
        let tagger = PersianTimexTagger(anchor: nil)
        var wrong: [String] = []
        for row in rows {
            let fields = row.split(separator: ",")
            let jalali = fields[1].split(separator: "-").compactMap { Int($0) }
            let text = "\(jalali[2]) \(PersianTimexTagger.solarMonths[jalali[1] - 1]) \(jalali[0])"
            let found = tagger.tag(text)
            if found.count != 1 || found[0].value != String(fields[0]) || found[0].calendarValue != String(fields[1]) {
                wrong.append("\(row): \(found.map(\.value))")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test func nowruzFallsWhereTheReferenceSays() throws {
        let path = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/jalali/jalali_nowruz.csv").path
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count == 201)
        for row in rows {
            let fields = row.split(separator: ",")
            let found = PersianTimexTagger(anchor: nil).tag("۱ فروردین \(fields[0])")
            #expect(found.first?.value == String(fields[1]), "\(row)")
        }
    }
}
