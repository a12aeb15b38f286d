import PardazModel
import Yams

/// What the pipeline reads from a YAML front matter's keys, compared lowercased: `title`,
/// `author`/`authors` (a name, a list of names, or objects with `name` and optionally `email` and
/// `affiliation`), `tags`/`categories`/`keywords` (a list or a comma-separated string),
/// `description`/`summary`/`abstract` (the first of them: the abstract), and the dates `date`,
/// `published`, `publishDate`, `pubDate` (published) and `lastmod`, `updated`, `modified`,
/// `last_modified_at` (modified), each kind once, in the order written. Other keys, `subtitle`
/// among them, are not read but stay in the boilerplate text.
///
/// The YAML text becomes boilerplate blocks, cut around the abstract, which becomes an abstract
/// block; every value read is a span of those blocks, pointing at its place in the source.
struct YAMLFrontMatterFields {
    static let titleKeys: Set<String> = ["title"]
    static let authorKeys: Set<String> = ["author", "authors"]
    static let keywordKeys: Set<String> = ["tags", "categories", "keywords"]
    static let abstractKeys: Set<String> = ["description", "summary", "abstract"]
    static let dateKinds: [String: DocumentDate.Kind] = [
        "date": .published, "published": .published, "publishdate": .published, "pubdate": .published,
        "lastmod": .modified, "updated": .modified, "modified": .modified, "last_modified_at": .modified,
    ]

    let root: Node.Mapping
    let locator: YAMLValueLocator
    /// The main language of the document, for what has no letters to tell its own.
    let language: String

    /// A block added from the YAML text, with the source offset where its text starts.
    private struct Piece {
        var id: String
        var sourceStart: Int
        var sourceRange: Range<Int>
    }

    /// Adds the blocks and dates to `builder` and returns the front matter the keys give.
    func add(to builder: inout DocumentBuilder) -> FrontMatter {
        let abstract = abstractRange()
        var front = FrontMatter(language: language)
        let pieces = addText(around: abstract, to: &builder, front: &front)
        func span(_ range: Range<Int>?) -> Span? {
            guard let range, let piece = pieces.first(where: {
                $0.sourceRange.lowerBound <= range.lowerBound && range.upperBound <= $0.sourceRange.upperBound
            }) else { return nil }
            return builder.span(in: piece.id, (range.lowerBound - piece.sourceStart)..<(range.upperBound - piece.sourceStart))
        }
        front.title = values(Self.titleKeys).first.flatMap { $0.scalar }.flatMap { span(locator.range(of: $0)) }
            .flatMap { $0.text.isEmpty ? nil : $0 }
        if let title = front.title, let titleLanguage = LanguageGuess.language(of: title.text) {
            front.language = titleLanguage
        }
        front.authors = values(Self.authorKeys).flatMap(authorNodes).compactMap { author(in: $0, span: span) }
        front.keywords = keywords(values(Self.keywordKeys).flatMap(keywordRanges).compactMap(span))
        builder.dates += dates(span: span)
        return front
    }

    // MARK: The blocks

    /// The YAML text as boilerplate blocks, the abstract's value cut out of it as an abstract block.
    private func addText(around abstract: Range<Int>?, to builder: inout DocumentBuilder,
                         front: inout FrontMatter) -> [Piece] {
        var pieces: [Piece] = []
        func addRaw(_ range: Range<Int>) {
            var content = RichText()
            content.appendCopy(of: locator.scalars, range)
            let blockLanguage = LanguageGuess.language(of: content.scalars) ?? language
            guard let id = builder.addBlock(.boilerplate, language: blockLanguage, content: content),
                  let whole = builder.span(of: id) else { return }
            pieces.append(Piece(id: id, sourceStart: whole.sourceRange.start,
                                sourceRange: whole.sourceRange.start..<whole.sourceRange.end))
        }
        guard let abstract else {
            addRaw(locator.region)
            return pieces
        }
        addRaw(locator.region.lowerBound..<abstract.lowerBound)
        let content = lineJoined(abstract)
        if let id = builder.addBlock(.abstract, language: LanguageGuess.language(of: content.scalars) ?? language,
                                     content: content) {
            front.abstract = [id]
        }
        addRaw(abstract.upperBound..<locator.region.upperBound)
        return pieces
    }

    /// The source range as text, its lines joined by single spaces.
    private func lineJoined(_ range: Range<Int>) -> RichText {
        var lines: [RichText] = []
        var start = range.lowerBound
        for index in range.lowerBound...range.upperBound
        where index == range.upperBound || locator.scalars[index] == "\n" || locator.scalars[index] == "\r" {
            var line = RichText()
            line.appendCopy(of: locator.scalars, start..<index)
            lines.append(line.trimmed())
            start = index + 1
        }
        return RichText.joined(lines, separator: " ")
    }

    private func abstractRange() -> Range<Int>? {
        guard let value = values(Self.abstractKeys).first?.scalar, let range = locator.range(of: value),
              !range.isEmpty else { return nil }
        return range
    }

    // MARK: The values

    /// The values of the keys in `keys`, in the order written.
    private func values(_ keys: Set<String>) -> [Node] {
        root.compactMap { pair in
            pair.key.scalar.map { keys.contains($0.string.lowercased()) } == true ? pair.value : nil
        }
    }

    /// An author value as one node per author: a list's items, or the value itself.
    private func authorNodes(_ value: Node) -> [Node] {
        value.sequence.map(Array.init) ?? [value]
    }

    /// An author from a name or from an object with `name`, `email` and `affiliation`.
    private func author(in node: Node, span: (Range<Int>?) -> Span?) -> Author? {
        if let name = node.scalar {
            return span(locator.range(of: name)).flatMap { $0.text.isEmpty ? nil : Author(name: $0) }
        }
        guard let object = node.mapping, let name = object["name"]?.scalar,
              let nameSpan = span(locator.range(of: name)), !nameSpan.text.isEmpty else { return nil }
        let email = object["email"]?.scalar.flatMap { span(locator.range(of: $0)) }
        let affiliation = object["affiliation"]?.scalar.flatMap { span(locator.range(of: $0)) }
        return Author(name: nameSpan, affiliation: affiliation, email: email)
    }

    /// The source ranges of a keyword value's terms: a list's items, or the pieces of a string
    /// between its commas.
    private func keywordRanges(_ value: Node) -> [Range<Int>] {
        if let list = value.sequence {
            return list.compactMap { $0.scalar.flatMap(locator.range(of:)) }
        }
        guard let term = value.scalar, let range = locator.range(of: term) else { return [] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range.lowerBound...range.upperBound
        where index == range.upperBound || locator.scalars[index] == "," || locator.scalars[index] == "،" {
            var low = start, high = index
            while low < high, locator.scalars[low].isLayoutSpace { low += 1 }
            while high > low, locator.scalars[high - 1].isLayoutSpace { high -= 1 }
            pieces.append(low..<high)
            start = index + 1
        }
        return pieces
    }

    /// Keywords without empty ones and without repeats (compared lowercased).
    private func keywords(_ spans: [Span]) -> [Span] {
        var seen = Set<String>()
        return spans.filter { !$0.text.isEmpty && seen.insert($0.text.lowercased()).inserted }
    }

    /// The dates the keys give, one of each kind.
    private func dates(span: (Range<Int>?) -> Span?) -> [DocumentDate] {
        var result: [DocumentDate] = []
        for pair in root {
            guard let key = pair.key.scalar?.string.lowercased(), let kind = Self.dateKinds[key],
                  !result.contains(where: { $0.kind == kind }), let value = pair.value.scalar,
                  let date = HTMLDateValue.parse(value.string) else { continue }
            result.append(DocumentDate(kind: kind, when: date.when, calendar: date.calendar, original: date.original,
                                       span: span(locator.range(of: value))))
        }
        return result
    }
}
