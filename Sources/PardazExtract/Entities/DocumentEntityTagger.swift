import PardazModel

/// Finds the named entities of a document: the mentions in each block, in the block's language,
/// the authors of the byline as persons, then the mentions grouped into entities with the Persian
/// ones linked to the English (`EntityGrouping`).
///
/// Reference lists are left out: their names are the cited works' authors and titles, not what
/// the article is about.
public struct DocumentEntityTagger: Sendable {
    let extractor: EntityExtractor

    public init(extractor: EntityExtractor = .shipped) {
        self.extractor = extractor
    }

    static let skipped: Set<BlockKind> = [.boilerplate, .sourceLine, .reference]

    /// What the mentions `found` in `text` (each block's or line's, by `EntityExtractor`) make as a
    /// whole text: ordinary words taken for names dropped (`EntityExtractor.withoutCommonWords`,
    /// `headings` being the title and headings), a full name's one word found within the `english`
    /// ranges added (`PersonNameParts`), and the mentions grouped into entities (`EntityGrouping`).
    public static func entities(of found: [EntityMention], in text: String, headings: [TextRange] = [],
                                english: [TextRange]) -> (mentions: [EntityMention], entities: [NamedEntity]) {
        let kept = EntityExtractor.withoutCommonWords(found, in: text, headings: headings)
        let named = PersonNameParts.adding(to: kept, in: text, within: english)
        return EntityGrouping.group(named.sorted { $0.range < $1.range }, in: text)
    }

    /// `document` with its `entityMentions` and `entities`.
    public func annotate(_ document: Document) -> Document {
        var found: [EntityMention] = []
        var englishBlocks: [TextRange] = []
        for block in document.blocks.sorted(by: { $0.range < $1.range })
        where !Self.skipped.contains(block.kind) && ["en", "fa"].contains(block.language) {
            if block.language == "en" && block.kind != .keywords { englishBlocks.append(block.range) }
            for var mention in extractor.mentions(in: block.text, language: block.language)
            // Keywords are terms: only a gazetteer's name among them is an entity ("Defense Diplomacy" is not).
            where block.kind != .keywords || mention.method == "gazetteer" {
                mention.range = TextRange(block.range.start + mention.range.start, block.range.start + mention.range.end)
                found.append(mention)
            }
        }
        // The byline's names are persons whatever the tagger made of them.
        for front in document.front {
            for author in front.authors where !author.name.range.isEmpty {
                found.removeAll { $0.range.start < author.name.range.end && author.name.range.start < $0.range.end }
                found.append(EntityMention(type: .person, language: front.language, range: author.name.range,
                                           text: author.name.text, method: "byline"))
            }
        }
        let headings = document.blocks.filter { $0.kind == .title || $0.kind == .heading }.map(\.range)
        var (mentions, entities) = Self.entities(of: found, in: document.text, headings: headings, english: englishBlocks)
        for index in mentions.indices { mentions[index].sourceRange = document.offsetMap.sourceRange(of: mentions[index].range) }
        var result = document
        result.entityMentions = mentions
        result.entities = entities
        return result
    }
}
