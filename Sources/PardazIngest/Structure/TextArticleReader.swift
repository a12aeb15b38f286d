import PardazModel

/// Reads plain-text and Markdown articles: a paper's front matter in each language (wherever
/// each stands), then its body, notes and references; or a news article's title, byline,
/// paragraphs, quotations and source line.
enum TextArticleReader {
    static func read(_ scalars: [Unicode.Scalar], kind: InputKind, model: LayoutModel = .shipped) -> IngestedStructure {
        let markdown = kind == .markdown
        let allLines = SourceLines.split(scalars)
        let yaml = YAMLFrontMatter.find(scalars, lines: allLines)
        let lines = yaml?.bodyLines ?? allLines
        let found = Chunker.chunks(scalars, lines: lines, markdown: markdown)
        let first = ChunkContext(scalars: scalars, chunks: found, markdown: markdown)
        let mainLanguage = mainLanguage(first)
        let runs = otherLanguageFronts(first, main: mainLanguage)
        let labeling = FrontLabeling(chunks: found, zones: [openingZone(found.count, runs: runs)] + runs, scalars: scalars,
                                     inline: first.inline, model: model)
        let chunks = labeling.chunks
        let context = ChunkContext(scalars: scalars, chunks: chunks, markdown: markdown)
        let frontRuns = Array(labeling.zones.dropFirst())
        let mainFront = mainFrontZone(context, zone: labeling.zones[0], labels: labeling.labels, main: mainLanguage)
        let sourceLine = sourceLineChunk(context)
        let quotes = QuoteDetector.groups(context)

        var builder = DocumentBuilder()
        let yamlFront = yaml?.add(to: &builder, scalars: scalars, language: mainLanguage)
        var body = BodyReader(context: context, quoteGroups: quotes, builder: builder)
        var bodyChunks: [Int] = []
        var documentKind: DocumentKind = mainFront == nil ? .news : .paper
        var fronts: [FrontMatter] = []
        var index = 0

        func flushBody() {
            if !bodyChunks.isEmpty {
                builder = body.read(bodyChunks)
                bodyChunks = []
            }
        }

        while index < chunks.count {
            if let zone = mainFront, zone.lowerBound == index {
                flushBody()
                builder = body.closeSection()
                fronts.insert(FrontMatterReader(context: context, language: mainLanguage).read(zone, labels: labeling.labels, into: &builder),
                              at: 0)
                body.adopt(builder)
                index = zone.upperBound
                continue
            }
            if let run = frontRuns.first(where: { $0.lowerBound == index }) {
                flushBody()
                builder = body.closeSection()
                let language = context.languages[run.lowerBound]
                fronts.append(FrontMatterReader(context: context, language: language).read(run, labels: labeling.labels, into: &builder))
                body.adopt(builder)
                documentKind = .paper
                index = run.upperBound
                continue
            }
            if index == sourceLine {
                flushBody()
                builder = body.closeSection()
                addSourceLine(index, context: context, into: &builder)
                body.adopt(builder)
                index += 1
                continue
            }
            bodyChunks.append(index)
            index += 1
        }
        flushBody()
        builder = body.closeSection()

        if documentKind == .news, fronts.isEmpty {
            fronts = NewsFrontReader.front(of: &builder, language: mainLanguage)
        }
        builder.front = YAMLFrontMatter.merged(yamlFront, into: fronts)
        NoteLinker.link(&builder)
        var languages = [mainLanguage]
        for block in builder.blocks where !languages.contains(block.language) { languages.append(block.language) }
        return IngestedStructure(builder: builder, kind: documentKind, languages: languages)
    }

    /// The language of most chunks: a paper's body outnumbers its other-language front block in
    /// chunks even when that block's abstract is long.
    private static func mainLanguage(_ context: ChunkContext) -> String {
        var chunks: [String: Int] = [:]
        for index in context.chunks.indices where !context.boilerplate.contains(index) {
            chunks[context.languages[index], default: 0] += 1
        }
        let first = context.languages.first ?? "en"
        return chunks.max { a, b in
            a.value != b.value ? a.value < b.value : (a.key == first ? 1 : 0) < (b.key == first ? 1 : 0)
        }?.key ?? "en"
    }

    /// Runs of chunks in another language than the main one that make a paper's second front
    /// matter: a title with an abstract or keywords (the Persian block of an English paper).
    private static func otherLanguageFronts(_ context: ChunkContext, main: String) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        func close(_ end: Int) {
            guard let begin = start else { return }
            start = nil
            var last = end
            while last > begin, context.boilerplate.contains(last - 1) || context.chunks[last - 1].kind == .rule { last -= 1 }
            let run = begin..<last
            let hasLabel = run.contains { context.label($0).map { [.abstract, .keywords].contains($0.0) } ?? false }
            let startsWithTitle = context.isHeading(begin) || context.render(begin).count <= 200
            let hasLongParagraph = run.contains { context.isText($0) && context.render($0).count >= 300 }
            if startsWithTitle && (hasLabel || (hasLongParagraph && run.count >= 3)) { runs.append(run) }
        }
        for index in context.chunks.indices {
            let neutral = context.boilerplate.contains(index) || context.chunks[index].kind == .rule
            if let begin = start, !neutral, context.languages[index] != context.languages[begin] { close(index) }
            if context.languages[index] != main, !neutral {
                if start == nil { start = index }
            } else if !neutral {
                close(index)
            }
        }
        close(context.chunks.count)
        return runs
    }

    /// Where the main language's front matter may stand: the chunks from the start (or from the
    /// end of an other-language block that opens the document) to the next such block.
    private static func openingZone(_ count: Int, runs: [Range<Int>]) -> Range<Int> {
        let start = runs.first { $0.lowerBound == 0 }?.upperBound ?? 0
        let end = runs.first { $0.lowerBound >= start }?.lowerBound ?? count
        return start..<max(start, end)
    }

    /// The main language's front matter: the labelled chunks of the opening zone up to the first
    /// the labeler takes for the body, when they make a paper's front: an abstract or keywords
    /// label, or an abstract or keywords with an affiliation, an e-mail, a date or article metadata.
    private static func mainFrontZone(_ context: ChunkContext, zone: Range<Int>, labels: [Int: LayoutLabel],
                                      main: String) -> Range<Int>? {
        guard let start = zone.first(where: { !context.boilerplate.contains($0) && !context.isForeign($0, to: main) })
        else { return nil }
        var end = start
        var titleSeen = false
        while end < zone.upperBound, let label = labels[end], end == start || !endsFront(end, label: label, titleSeen: titleSeen, context) {
            titleSeen = titleSeen || label == .title
            end += 1
        }
        let found = Set((start..<end).compactMap { labels[$0] })
        let cued = (start..<end).contains { index in
            context.label(index).map { [.abstract, .keywords].contains($0.0) } ?? opensWithCue(index, label: labels[index], context)
        }
        let paper = cued || !found.isDisjoint(with: [.abstractLabel, .keywordsLabel])
            || !found.isDisjoint(with: [.abstract, .keywords]) && !found.isDisjoint(with: [.affiliation, .email, .date, .meta])
        return paper ? start..<end : nil
    }

    /// Whether an abstract or keywords chunk opens with its cue word ("Abstract. …", "Keywords a, b").
    private static func opensWithCue(_ index: Int, label: LayoutLabel?, _ context: ChunkContext) -> Bool {
        guard let label, label == .abstract || label == .keywords,
              let cue = LayoutCues.shared.start(of: LayoutWords.words(context.render(index).string)) else { return false }
        return cue.cue == (label == .abstract ? "abstract" : "keywords")
    }

    /// Whether a chunk after the first of a front zone starts the body: the labeler says so, or it
    /// is a Markdown heading that is not an abstract or keywords label, nor the title (a level-1
    /// heading the labeler takes for the title before any other).
    private static func endsFront(_ index: Int, label: LayoutLabel, titleSeen: Bool, _ context: ChunkContext) -> Bool {
        if label == .body { return true }
        guard case .heading(let level) = context.chunks[index].kind, ![.abstractLabel, .keywordsLabel].contains(label),
              level >= 2 || label != .title || titleSeen else { return false }
        return context.label(index).map { $0.0 != .abstract && $0.0 != .keywords } ?? true
    }

    /// The last text chunk when it reads "Source: …" (or "منبع: …").
    private static func sourceLineChunk(_ context: ChunkContext) -> Int? {
        guard let last = context.chunks.indices.last(where: { context.isText($0) }) else { return nil }
        let text = context.raw(last).lowercased()
        return (text.hasPrefix("source:") || text.hasPrefix("منبع:") || text.hasPrefix("منبع :")) && text.count <= 200
            ? last : nil
    }

    private static func addSourceLine(_ index: Int, context: ChunkContext, into builder: inout DocumentBuilder) {
        let text = context.render(index)
        guard let id = builder.addBlock(.sourceLine, language: context.languages[index], content: text),
              let colon = text.scalars.firstIndex(of: ":") else { return }
        var low = colon + 1, high = text.count
        let junk: (Unicode.Scalar) -> Bool = { $0.isLayoutSpace || $0 == "/" || $0 == "|" || $0 == "-" }
        while low < high, junk(text.scalars[low]) { low += 1 }
        while high > low, junk(text.scalars[high - 1]) { high -= 1 }
        if low < high { builder.metadata.source = builder.span(in: id, low..<high) }
    }
}
