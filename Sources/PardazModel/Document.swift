/// What kind of article a document is.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    /// A scholarly paper: title, authors, abstract, keywords, sections, notes, references.
    case paper
    /// A news or analysis article.
    case news
}

/// Facts about the article that are not part of its running text.
public struct Metadata: Hashable, Sendable, Codable {
    /// Where the article says it came from ("Source: /gulfreview /" gives `gulfreview`).
    public var source: Span?
    /// The site or journal name given by the page's metadata.
    public var siteName: String?
    /// The canonical URL given by the page's metadata.
    public var url: String?
    public var journal: String?
    public var publisher: String?

    public init(source: Span? = nil, siteName: String? = nil, url: String? = nil, journal: String? = nil,
                publisher: String? = nil) {
        self.source = source
        self.siteName = siteName
        self.url = url
        self.journal = journal
        self.publisher = publisher
    }
}

/// A processed document: its source, the text extracted from it, its structure and its annotations.
///
/// `text` is the extracted text: the blocks' texts in reading order, separated by blank lines, with
/// markup removed and escapes resolved. `offsetMap` maps every offset of `text` back to the decoded
/// source, so that anything found in the text can be pointed at in the original.
public struct Document: Hashable, Sendable, Codable {
    public var source: Source
    public var kind: DocumentKind
    /// Languages present, main language first.
    public var languages: [String]
    public var text: String
    public var offsetMap: OffsetMap
    public var blocks: [Block]
    public var sections: [Section]
    /// One per language that has front matter, main language first.
    public var front: [FrontMatter]
    public var dates: [DocumentDate]
    public var metadata: Metadata
    public var layers: [AnnotationLayer]
    /// The date relative temporal expressions were resolved against, if the document has one.
    public var creationTime: CreationTime?
    /// Temporal expressions, in reading order.
    public var temporalExpressions: [TemporalExpression]
    /// Names of persons, organizations, places and weapons, in reading order.
    public var entityMentions: [EntityMention]
    /// The entities the mentions name, in order of first mention.
    public var entities: [NamedEntity]
    /// The sentences of the abstracts, with ids (`sent1`…) that alignments point at.
    public var sentences: [AlignedPart]
    /// English and Persian counterparts: the abstracts' sentences and the front matter's fields.
    public var alignments: [Alignment]

    public init(source: Source, kind: DocumentKind, languages: [String], text: String, offsetMap: OffsetMap,
                blocks: [Block], sections: [Section], front: [FrontMatter], dates: [DocumentDate],
                metadata: Metadata, layers: [AnnotationLayer], creationTime: CreationTime? = nil,
                temporalExpressions: [TemporalExpression] = [], entityMentions: [EntityMention] = [],
                entities: [NamedEntity] = [], sentences: [AlignedPart] = [], alignments: [Alignment] = []) {
        self.source = source
        self.kind = kind
        self.languages = languages
        self.text = text
        self.offsetMap = offsetMap
        self.blocks = blocks
        self.sections = sections
        self.front = front
        self.dates = dates
        self.metadata = metadata
        self.layers = layers
        self.creationTime = creationTime
        self.temporalExpressions = temporalExpressions
        self.entityMentions = entityMentions
        self.entities = entities
        self.sentences = sentences
        self.alignments = alignments
    }

    /// The block with the given id.
    public func block(_ id: String) -> Block? { blocks.first { $0.id == id } }

    /// The front matter of `language`, if the document has one.
    public func front(_ language: String) -> FrontMatter? { front.first { $0.language == language } }

    /// The annotations of the layer called `name`.
    public func layer(_ name: String) -> [Annotation] { layers.first { $0.name == name }?.annotations ?? [] }
}
