import Foundation
@testable import PardazIngest
import PardazExport
import PardazExtract
import PardazModel
import PardazNormalize
import PardazRun
import PardazXML
import Testing

/// Issue 15: the dates of a document's front matter in the forms real pages print them, in both
/// languages and calendars; and the language of blocks written in scripts other than Latin and Arabic.
@Suite("Front-matter dates and scripts")
struct FrontDatesAndScriptsTests {
    /// The (kind, when) pairs found on one line.
    static func found(_ line: String) -> [String] {
        DatelineParser.dates(in: line).map { "\($0.kind.rawValue) \($0.when)" }
    }

    static func document(_ text: String, path: String = "inline.txt") throws -> Document {
        try Ingest.document(bytes: Array(text.utf8), path: path)
    }

    // MARK: - Date forms

    @Test func englishWrittenForms() {
        #expect(Self.found("Received: 05 Dec 2022") == ["received 2022-12-05"])
        #expect(Self.found("Received 5 December 2022") == ["received 2022-12-05"])
        #expect(Self.found("Accepted: December 5, 2022") == ["accepted 2022-12-05"])
        #expect(Self.found("Published on 3rd of March 2021") == ["published 2021-03-03"])
        #expect(Self.found("Available online 14 Sept. 2019") == ["published 2019-09-14"])
        #expect(Self.found("First published: 2023 Jan 9") == ["published 2023-01-09"])
        #expect(Self.found("Date of publication: 11-Feb-2018") == ["published 2018-02-11"])
        #expect(Self.found("Revised: March 2015") == ["revised 2015-03"])
    }

    @Test func numericForms() {
        #expect(Self.found("Received: 2021-04-26") == ["received 2021-04-26"])
        #expect(Self.found("Received: 2021/4/26") == ["received 2021-04-26"])
        #expect(Self.found("Received: 26/04/2021") == ["received 2021-04-26"])
        #expect(Self.found("Accepted: 04/26/2021") == ["accepted 2021-04-26"])
        #expect(Self.found("Accepted: 03.05.2021") == ["accepted 2021-05-03"])
        // Day or month first cannot be told: left unread, unless the line settles it.
        #expect(Self.found("Accepted: 03/05/2021").isEmpty)
        #expect(Self.found("Received: 26/04/2021; Accepted: 03/05/2021") == ["received 2021-04-26", "accepted 2021-05-03"])
        #expect(Self.found("Received: 04/26/2021; Accepted: 05/03/2021") == ["received 2021-04-26", "accepted 2021-05-03"])
        // Days that do not exist are refused.
        #expect(Self.found("Received: 2021-02-30").isEmpty)
        #expect(Self.found("Received: 31 April 2021").isEmpty)
    }

    @Test func severalDatesOnOneLine() {
        #expect(Self.found("Received 12 Jan 2020; Accepted 3 Mar 2020; Published online: 5 Apr 2020")
            == ["received 2020-01-12", "accepted 2020-03-03", "published 2020-04-05"])
        #expect(Self.found("Pages 101-127 | Received 14 Feb 2019, Accepted 02 Oct 2019, Published online: 19 Oct 2019")
            == ["received 2019-02-14", "accepted 2019-10-02", "published 2019-10-19"])
        #expect(Self.found("Received 2 May 2017; received in revised form 30 July 2017; accepted 8 August 2017")
            == ["received 2017-05-02", "revised 2017-07-30", "accepted 2017-08-08"])
        #expect(Self.found("Received: 2021-04-26 | Accepted: 2021-06-01") == ["received 2021-04-26", "accepted 2021-06-01"])
    }

    @Test func labelsWithoutADateNearThemGiveNothing() {
        #expect(Self.found("Published by the Institute for Political Studies, Tehran").isEmpty)
        #expect(Self.found("- سال انتشار: 1398").isEmpty)
        #expect(Self.found("محل انتشار: فصلنامه بازنگری راهبردی، دوره: 4، شماره: 2").isEmpty)
        #expect(Self.found("The report was received with caution by the ministry in 2019").isEmpty)
    }

    @Test func solarHijriNumericDatesInBothDigitSystems() throws {
        let dates = DatelineParser.dates(in: "تاریخ دریافت: ۱۳۹۹-۰۹-۰۶ تاریخ بازنگری: ۱۴۰۱/۰۶/۳۱ تاریخ پذیرش: 1400/08/14")
        #expect(dates.map(\.kind) == [.received, .revised, .accepted])
        // Reference pairs of the Solar Hijri calendar (jalali_ref.csv): 1399-09-06 = 2020-11-26,
        // 1401-06-31 = 2022-09-22, 1400-08-14 = 2021-11-05.
        #expect(dates.map(\.when) == ["2020-11-26", "2022-09-22", "2021-11-05"])
        #expect(dates.map(\.original) == ["1399-09-06", "1401-06-31", "1400-08-14"])
        #expect(dates.allSatisfy { $0.calendar == "persian" })
        // 31 Mehr does not exist: months 7 to 11 have 30 days.
        #expect(Self.found("تاریخ پذیرش: ۱۴۰۰/۰۷/۳۱").isEmpty)
    }

    @Test func persianMonthNames() throws {
        let line = "تاریخ ارسال: ۱۷ مرداد ۱۳۹۹؛ تاریخ اصلاح: ۲۴ اسفند ماه ۱۳۹۸؛ تاریخ چاپ: 14 آبان1400؛ تاریخ ثبت: ۶ آذر ۱۳۹۹"
        let dates = DatelineParser.dates(in: line)
        #expect(dates.map(\.kind) == [.received, .revised, .published, .received])
        // 1399-05-17 = 2020-08-07, 1398-12-24 = 2020-03-14, 1400-08-14 = 2021-11-05, 1399-09-06 = 2020-11-26.
        #expect(dates.map(\.when) == ["2020-08-07", "2020-03-14", "2021-11-05", "2020-11-26"])
        #expect(dates.map(\.original) == ["1399-05-17", "1398-12-24", "1400-08-14", "1399-09-06"])
        // The range covers the date itself, label excluded.
        let scalars = Array(line.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[dates[0].range])) == "۱۷ مرداد ۱۳۹۹")
        // Gregorian months written in Persian, and a date with an Arabic yeh from a legacy page.
        #expect(Self.found("تاریخ انتشار: ۲۲ سپتامبر ۲۰۲۰") == ["published 2020-09-22"])
        #expect(Self.found("تاريخ انتشار: ۵ دي ۱۳۹۹") == ["published 2020-12-25"])
    }

    /// Every Solar Hijri date of the shared reference table, when it is there, converts as the table says.
    @Test func solarHijriConversionsMatchTheReferenceTable() throws {
        let table = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/jalali/jalali_ref.csv")
        guard let text = try? String(contentsOf: table, encoding: .utf8) else { return }
        var checked = 0
        for row in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = row.split(separator: ",").map(String.init)
            guard fields.count == 2, fields[1].hasPrefix("13") || fields[1].hasPrefix("14") else { continue }
            let found = DatelineParser.dates(in: "Received: " + fields[1].replacingOccurrences(of: "-", with: "/"))
            #expect(found.first?.when == fields[0], "\(fields[1])")
            checked += 1
        }
        #expect(checked > 100)
    }

    // MARK: - In documents

    static let paper = """
    Water Diplomacy on the Helmand River

    Sara Rahimi

    Faculty of Law and Political Science, University of Tehran

    Received: 2021-04-26 | Accepted: 2021-06-01 | Published online: 15 July 2021

    Abstract: This paper looks at how Iran and Afghanistan have shared the waters of the Helmand since the treaty of 1973, and why the arrangement keeps failing in dry years despite repeated talks.

    Keywords: water; Helmand; Afghanistan

    ## 1. Introduction

    The Helmand rises in the Hindu Kush and ends in the Sistan wetlands.
    """

    @Test func datelineInTheFrontMatterBecomesADatelineBlock() throws {
        let document = try Self.document(Self.paper)
        #expect(document.kind == .paper)
        #expect(document.blocks(.dateline).map(\.text) == ["Received: 2021-04-26 | Accepted: 2021-06-01 | Published online: 15 July 2021"])
        #expect(document.dates.map(\.kind) == [.received, .accepted, .published])
        #expect(document.dates.map(\.when) == ["2021-04-26", "2021-06-01", "2021-07-15"])
        #expect(document.dates.allSatisfy { $0.span != nil })
        #expect(document.front("en")?.title?.text == "Water Diplomacy on the Helmand River")
    }

    @Test func creationTimeIsPublishedThenAcceptedThenReceived() throws {
        func creation(_ dateline: String) throws -> CreationTime? {
            let text = Self.paper.replacingOccurrences(of: "Received: 2021-04-26 | Accepted: 2021-06-01 | Published online: 15 July 2021", with: dateline)
            return DocumentTimexTagger.creationTime(of: try Self.document(text))
        }
        #expect(try creation("Received: 2021-04-26 | Accepted: 2021-06-01 | Published online: 15 July 2021")
            == CreationTime(value: "2021-07-15", origin: "published"))
        #expect(try creation("Received: 2021-04-26 | Accepted: 2021-06-01") == CreationTime(value: "2021-06-01", origin: "accepted"))
        #expect(try creation("Received: 26 April 2021") == CreationTime(value: "2021-04-26", origin: "received"))
        // A published month without its day does not make a creation time; the accepted day does.
        #expect(try creation("Accepted: 2021-06-01; Published: July 2021") == CreationTime(value: "2021-06-01", origin: "accepted"))
        #expect(try creation("تاریخ دریافت: ۱۳۹۹/۰۹/۰۶ تاریخ پذیرش: ۶ آذر ۱۳۹۹")
            == CreationTime(value: "2020-11-26", origin: "accepted"))
    }

    @Test func labelledDatelinesInNews() throws {
        let english = try Self.document("""
        Oman Hosts a New Round of Gulf Shipping Talks

        By Leila Karimi

        Published: 12 March 2024 | Updated: 13 March 2024

        Delegations from six countries met in Muscat on Tuesday to discuss the safety of tankers in the Strait of Hormuz.

        The talks are expected to continue next week.
        """)
        #expect(english.kind == .news)
        #expect(english.dates.map { "\($0.kind.rawValue) \($0.when)" } == ["published 2024-03-12", "modified 2024-03-13"])
        #expect(english.blocks(.dateline).count == 1)
        #expect(DocumentTimexTagger.creationTime(of: english) == CreationTime(value: "2024-03-12", origin: "published"))

        let persian = try Self.document("""
        کد خبر: ۴۵۶۱۲

        تاریخ انتشار: ۱۷ مرداد ۱۳۹۹ - ۱۰:۴۵

        نشست مشترک ایران و عمان درباره امنیت کشتیرانی در تنگه هرمز برگزار شد.

        در این نشست نمایندگان دو کشور درباره همکاری‌های دریایی گفت‌وگو کردند.
        """)
        let date = try #require(persian.dates.first)
        #expect(date.kind == .published && date.when == "2020-08-07" && date.original == "1399-05-17" && date.calendar == "persian")
    }

    // MARK: - Scripts

    @Test func languageOfEachScript() {
        #expect(LanguageGuess.language(of: "Читать на русском языке") == "ru")
        #expect(LanguageGuess.language(of: "Η συνάντηση έγινε στην Αθήνα") == "el")
        #expect(LanguageGuess.language(of: "הפגישה התקיימה בירושלים") == "he")
        #expect(LanguageGuess.language(of: "中国和伊朗的关系") == "zh")
        #expect(LanguageGuess.language(of: "イランと日本の関係について") == "ja")
        #expect(LanguageGuess.language(of: "이란과 한국의 관계") == "ko")
        #expect(LanguageGuess.language(of: "भारत और ईरान के संबंध") == "hi")
        #expect(LanguageGuess.language(of: "ความสัมพันธ์ไทยอิหร่าน") == "th")
        #expect(LanguageGuess.language(of: "Հայաստան և Իրան") == "hy")
        #expect(LanguageGuess.language(of: "საქართველო და ირანი") == "ka")
        #expect(LanguageGuess.language(of: "ኢትዮጵያ እና ኢራን") == "und")
        #expect(LanguageGuess.language(of: "Relations between Iran and China") == "en")
        #expect(LanguageGuess.language(of: "Les relations entre l'Iran et la Chine") == "en")
        #expect(LanguageGuess.language(of: "روابط ایران و چین در سال‌های اخیر") == "fa")
        #expect(LanguageGuess.language(of: "2021-04-26") == nil)
        // A few Cyrillic words inside an English sentence leave it English.
        #expect(LanguageGuess.language(of: "The Kremlin (Кремль) said the talks went well") == "en")
    }

    @Test func arabicIsToldFromPersianOnlyWhenSure() {
        #expect(LanguageGuess.language(of: "وقال الوزير إن المحادثات التي جرت في مسقط كانت مثمرة") == "ar")
        // Legacy Persian with Arabic yeh and kaf and no Persian-only letters stays Persian.
        #expect(LanguageGuess.language(of: "علي اكبر ولايتي") == "fa")
        #expect(LanguageGuess.language(of: "روابط ايران و روسيه در دهه اخير") == "fa")
        // Too short to be sure: stays Persian.
        #expect(LanguageGuess.language(of: "اقرأ بالعربية") == "fa")
        #expect(LanguageGuess.language(of: "این پژوهش نشان می‌دهد که همکاری در این منطقه رشد کرده است") == "fa")
    }

    static let multiScript = """
    Вестник международных отношений

    Gas Pipelines and Power in Eurasia

    Ali Karimi

    Faculty of Law and Political Science, University of Tehran

    Received: 12 Jan 2020; Accepted: 3 Mar 2020

    Abstract: Pipelines shape the foreign policy of the states they cross, and this paper follows three of them from the Caspian to Europe and China over two decades of negotiation and rivalry.

    Keywords: pipelines; Eurasia; energy

    ## 1. Introduction

    Russia and China signed a pipeline agreement in Moscow in May 2014.

    天然气管道与欧亚大陆的政治

    Η Ελλάδα συμμετέχει στον αγωγό από το 2016.
    """

    @Test func blocksInOtherScriptsKeepTheirTagAndAreNotReadAsEnglish() throws {
        let document = try Self.document(Self.multiScript)
        #expect(document.kind == .paper)
        let english = try #require(document.front("en"))
        #expect(english.title?.text == "Gas Pipelines and Power in Eurasia")
        let russian = try #require(document.blocks.first { $0.text == "Вестник международных отношений" })
        #expect(russian.language == "ru" && russian.kind != .title)
        #expect(document.blocks.first { $0.text.hasPrefix("天然气") }?.language == "zh")
        #expect(document.blocks.first { $0.text.hasPrefix("Η Ελλάδα") }?.language == "el")
        #expect(Set(document.languages) == ["en", "ru", "zh", "el"] && document.languages.first == "en")
        #expect(document.dates.map(\.when) == ["2020-01-12", "2020-03-03"])
    }

    @Test func otherScriptsPassTheLaterStagesUntouchedAndValidate() throws {
        let processed = try DocumentProcessor.process(bytes: Array(Self.multiScript.utf8), path: "multi.txt")
        let document = processed.document
        // No entity nor temporal expression is read in a block that is neither English nor Persian.
        let others = document.blocks.filter { !["en", "fa"].contains($0.language) }
        #expect(others.count == 3)
        for block in others {
            #expect(!document.temporalExpressions.contains { $0.range.start >= block.range.start && $0.range.end <= block.range.end })
            #expect(!document.entityMentions.contains { $0.range.start >= block.range.start && $0.range.end <= block.range.end })
        }
        // Normalization leaves them as they were.
        for block in others { #expect(Self.multiScript.contains(block.text)) }
        #expect(document.temporalExpressions.contains { $0.value == "2014-05" })
        #expect(document.creationTime == CreationTime(value: "2020-03-03", origin: "accepted"))

        let tei = String(decoding: processed.tei, as: UTF8.self)
        #expect(try RelaxNGValidator(schema: SchemaResources.teiRelaxNG()).validate(tei) == [])
        for tag in ["ru", "zh", "el"] {
            #expect(tei.contains("xml:lang=\"\(tag)\""))
            #expect(tei.contains("<language ident=\"\(tag)\">"))
        }
        #expect(try Self.validateJSON(processed.json) == 0)
    }

    @Test func htmlParagraphInAnotherScriptIsNotTakenForThePageLanguage() throws {
        let page = """
            <html lang="en"><head><title>Pipelines</title></head><body><article><h1>Gas Pipelines in Eurasia</h1>
            <p>Russia and China signed a pipeline agreement in Moscow in May 2014, after a decade of talks.</p>
            <p>Россия и Китай подписали соглашение о газопроводе в мае 2014 года.</p>
            <p lang="uk">Україна стежила за переговорами.</p></article></body></html>
            """
        let document = try Ingest.document(bytes: Array(page.utf8), path: "pipelines.html")
        #expect(document.blocks.first { $0.text.hasPrefix("Россия") }?.language == "ru")
        #expect(document.blocks.first { $0.text.hasPrefix("Україна") }?.language == "uk")
        #expect(document.blocks.first { $0.text.hasPrefix("Russia and China") }?.language == "en")
    }

    @Test func normalizeLinesLeavesOtherScriptsAlone() {
        #expect(TextNormalizer.dominantLanguage(of: "Читать на русском") == "und")
        #expect(TextNormalizer.dominantLanguage(of: "中国和伊朗") == "und")
        #expect(TextNormalizer.dominantLanguage(of: "روابط ایران و چین") == "fa")
        #expect(TextNormalizer.dominantLanguage(of: "Iran and China") == "en")
    }

    /// `scripts/validate-json.py` on one JSON output: its exit status.
    static func validateJSON(_ json: Data) throws -> Int32 {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-scripts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try json.write(to: folder.appendingPathComponent("multi.json"))
        return try Fixtures.validateJSON(folder)
    }
}
