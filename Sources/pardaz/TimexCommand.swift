import ArgumentParser
import Foundation
import PardazExtract
import PardazModel

/// `pardaz timex --lang en|fa|auto [--dct YYYY-MM-DD]`: temporal expressions of the text on
/// standard input, as a JSON array.
struct TimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Find temporal expressions in text from standard input and print them as JSON (TIMEX3).",
        discussion: """
        Each expression has start and end (Unicode scalar offsets into the input, end exclusive), text, \
        type (DATE, TIME, DURATION, SET), value (Gregorian) and, where they apply, mod, and for a date \
        written in another calendar that calendar (persian, islamic-umalqura) and its value there \
        (calendarValue). Relative expressions are \
        resolved against --dct; without it they stay underspecified (XXXX-11-14), never today's date. \
        Exit status: 0 on success, 1 when the input is not UTF-8, 2 for usage errors.
        """
    )

    enum Language: String, ExpressibleByArgument, CaseIterable { case en, fa, auto }

    @Option(name: .long, help: "The language of the text: en, fa, or auto for both.")
    var lang: Language

    @Option(name: .long, help: "The document creation time, YYYY-MM-DD.")
    var dct: String?

    func validate() throws {
        if let dct, TimexAnchor(iso: dct) == nil { throw ValidationError(invalidDate(dct)) }
    }

    struct Item: Encodable {
        let start: Int
        let end: Int
        let text: String
        let type: String
        let value: String
        let mod: String?
        let calendar: String?
        let calendarValue: String?
    }

    func run() throws {
        let text = readStandardInput()
        let tagger = TimexTagger(anchor: dct.flatMap(TimexAnchor.init(iso:)))
        let items = tagger.tag(text, language: lang.rawValue).map {
            Item(start: $0.range.start, end: $0.range.end, text: $0.text, type: $0.type.rawValue, value: $0.value,
                 mod: $0.mod, calendar: $0.calendar, calendarValue: $0.calendarValue)
        }
        try printJSON(items)
    }
}
