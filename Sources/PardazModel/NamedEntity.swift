/// A name found in text: a person, organization, place or weapon, where it is and which entity of
/// the document it names.
public struct EntityMention: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case person = "PER", organization = "ORG", location = "LOC", weapon = "WEA"
    }

    /// `m1`, `m2`, … in reading order, within a document.
    public var id: String?
    /// The entity it names (`e1`, …), shared by every mention of that entity in either language.
    public var entity: String?
    public var type: Kind
    public var language: String
    /// Where it is, in the text it was found in.
    public var range: TextRange
    /// Where it is in the decoded source, for a mention in a document.
    public var sourceRange: TextRange?
    public var text: String
    /// What found it: `tagger` (the statistical tagger), `gazetteer`, `pattern` (weapon
    /// designations, ship names), `byline` (the document's authors), `citation` (an author cited),
    /// `document` (one word of a person's full name found elsewhere in the document).
    public var method: String

    public init(id: String? = nil, entity: String? = nil, type: Kind, language: String, range: TextRange,
                sourceRange: TextRange? = nil, text: String, method: String) {
        self.id = id
        self.entity = entity
        self.type = type
        self.language = language
        self.range = range
        self.sourceRange = sourceRange
        self.text = text
        self.method = method
    }
}

/// One entity of a document: every mention of it, in both languages, shares its id.
public struct NamedEntity: Hashable, Sendable, Codable {
    /// `e1`, `e2`, … in order of first mention.
    public var id: String
    public var type: EntityMention.Kind
    /// Its fullest name per language (`en`, `fa`).
    public var names: [String: String]
    /// The gazetteer entry it matched (`country:IR`, `org:pla`), if any.
    public var gazetteer: String?
    /// The mentions' ids, in reading order.
    public var mentions: [String]
    /// How its Persian and English mentions were found to be the same entity, when it has both.
    public var link: CrossLingualLink?

    public init(id: String, type: EntityMention.Kind, names: [String: String], gazetteer: String? = nil,
                mentions: [String], link: CrossLingualLink? = nil) {
        self.id = id
        self.type = type
        self.names = names
        self.gazetteer = gazetteer
        self.mentions = mentions
        self.link = link
    }
}

/// The evidence that a Persian name and an English name name the same entity.
public struct CrossLingualLink: Hashable, Sendable, Codable {
    /// `gazetteer` (both are names of one gazetteer entry) or `transliteration` (their consonant
    /// skeletons match after ICU's Persian-Latin/BGN transliteration).
    public var method: String
    /// From 0 to 1.
    public var confidence: Double

    public init(method: String, confidence: Double) {
        self.method = method
        self.confidence = confidence
    }
}
