import ArgumentParser
import Foundation
import PardazExtract
import PardazIngest
import PardazModel

/// `pardaz entities --lang en|fa|auto`: the named entities of the text on standard input, as a
/// JSON array.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Find names of persons, organizations, places and weapons in text from standard input; print them as JSON.",
        discussion: """
        Each mention has start and end (Unicode scalar offsets into the input, end exclusive), text, type \
        (PER, ORG, LOC, WEA), language, and entity: mentions of one entity share its id, across both \
        languages when a Persian name is linked to an English one (then link gives the method, gazetteer \
        or transliteration, and its confidence). With --lang auto each line is English or Persian by its \
        script. Exit status: 0 on success, 1 when the input is not UTF-8, 2 for usage errors.
        """
    )

    enum Language: String, ExpressibleByArgument, CaseIterable { case en, fa, auto }

    @Option(name: .long, help: "The language of the text: en, fa, or auto to decide line by line.")
    var lang: Language

    struct Item: Encodable {
        let start: Int
        let end: Int
        let text: String
        let type: String
        let language: String
        let entity: String
        let link: CrossLingualLink?
    }

    func run() throws {
        let text = readStandardInput()
        let extractor = EntityExtractor.shipped
        var found: [EntityMention] = []
        var english: [TextRange] = lang == .en ? [TextRange(0, text.unicodeScalars.count)] : []
        if lang == .auto {
            var offset = 0
            for line in text.linesAtLineFeeds() {
                let length = line.unicodeScalars.count
                if let language = LanguageGuess.language(of: line.unicodeScalars) {
                    if language == "en" { english.append(TextRange(offset, offset + length)) }
                    for var mention in extractor.mentions(in: String(line), language: language) {
                        mention.range = TextRange(offset + mention.range.start, offset + mention.range.end)
                        found.append(mention)
                    }
                }
                offset += length + 1
            }
        } else {
            found = extractor.mentions(in: text, language: lang.rawValue)
        }
        let (mentions, entities) = DocumentEntityTagger.entities(of: found, in: text, english: english)
        let links = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0.link) })
        let items = mentions.map {
            Item(start: $0.range.start, end: $0.range.end, text: $0.text, type: $0.type.rawValue, language: $0.language,
                 entity: $0.entity ?? "", link: links[$0.entity ?? ""] ?? nil)
        }
        try printJSON(items)
    }
}
