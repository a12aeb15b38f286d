import PardazModel

/// Reads the body, notes and references of a text input: sections under headings (flattened to
/// one level unless their numbering nests), paragraphs joined back where a PDF page break split
/// them, block quotes, tables, numbered notes and the reference list, with page furniture kept as
/// boilerplate outside the paragraphs.
struct BodyReader {
    let context: ChunkContext
    /// Chunks that the quote detector found to be quotations, with their group.
    let quoteGroups: [Int: String]

    private struct Pending {
        var kind: BlockKind
        var text: RichText
        var language: String
        var label: String?
    }

    private var builder: DocumentBuilder
    private var pending: Pending?
    private var deferred: [Int] = []
    private var section: Int?
    private var sectionKind: SectionKind = .body
    private var referenceCount = 0

    init(context: ChunkContext, quoteGroups: [Int: String], builder: DocumentBuilder) {
        self.context = context
        self.quoteGroups = quoteGroups
        self.builder = builder
    }

    /// Reads `chunks` (indices into the context, in order) and returns the builder.
    mutating func read(_ chunks: [Int]) -> DocumentBuilder {
        for index in chunks { read(index) }
        flush()
        return builder
    }

    /// Ends the current section, as when another language's front matter begins.
    mutating func closeSection() -> DocumentBuilder {
        flush()
        section = nil
        sectionKind = .body
        return builder
    }

    mutating func adopt(_ builder: DocumentBuilder) { self.builder = builder }

    private mutating func read(_ index: Int) {
        let chunk = context.chunks[index]
        let language = context.languages[index]
        if context.boilerplate.contains(index) {
            if let pending, !TextHeuristics.endsSentence(pending.text) {
                deferred.append(index)
            } else {
                flush()
                add(.boilerplate, language: language, content: context.render(index))
            }
            return
        }
        switch chunk.kind {
        case .rule:
            return
        case .heading:
            flush()
            startSection(index)
        case .table:
            flush()
            addTable(index)
        case .listItem(let marker):
            readListItem(index, marker: marker)
        case .text(let indented):
            let text = context.render(index)
            if let current = pending, continues(current.text, with: text) {
                // The rest of a paragraph, note or reference that a page break cut off.
                pending?.text = RichText.joined([current.text, text], separator: " ")
            } else if let group = quoteGroups[index] ?? (indented && sectionKind == .body ? "q-\(index)" : nil) {
                flush()
                add(.quote, language: language, content: text, group: group)
            } else {
                flush()
                switch sectionKind {
                case .references:
                    pending = Pending(kind: .reference, text: text, language: language, label: nil)
                case .notes:
                    let (label, body) = noteLabel(text)
                    pending = Pending(kind: label == nil ? .paragraph : .note, text: body, language: language, label: label)
                default:
                    pending = Pending(kind: .paragraph, text: text, language: language, label: nil)
                }
            }
        }
    }

    /// Whether `next` is the rest of `current`, cut off by a page break: `current` stops mid-sentence
    /// and `next` does not open a new entry. In plain text, which has no page breaks of its own, a
    /// paragraph continues only into one that starts in lower case.
    private func continues(_ current: RichText, with next: RichText) -> Bool {
        guard !TextHeuristics.endsSentence(current) else { return false }
        // A short line without punctuation is a name or a label, not half a sentence.
        guard current.count >= 50 || current.scalars.last == "," || current.scalars.last == "،" else { return false }
        if sectionKind == .references, TextHeuristics.looksLikeReferenceStart(next.string) { return false }
        if !context.inline.markdown {
            return next.scalars.first.map { $0.properties.isLowercase } ?? false
        }
        return true
    }

    private mutating func readListItem(_ index: Int, marker: String) {
        let text = context.render(index)
        let language = context.languages[index]
        switch sectionKind {
        case .notes:
            flush()
            let label = marker.trimmingCharacters(in: ".)")
            pending = Pending(kind: .note, text: text, language: language, label: label.allSatisfy(\.isNumber) ? label : nil)
        case .references:
            // A reference the page break cut in two comes back as two list items: rejoin them.
            if let current = pending, current.kind == .reference, !TextHeuristics.endsSentence(current.text),
               !TextHeuristics.looksLikeReferenceStart(text.string) {
                pending?.text = RichText.joined([current.text, text], separator: " ")
            } else {
                flush()
                pending = Pending(kind: .reference, text: text, language: language, label: nil)
            }
        default:
            flush()
            pending = Pending(kind: .listItem, text: text, language: language,
                              label: marker.first?.isNumber == true ? marker.trimmingCharacters(in: ".)") : nil)
        }
    }

    private mutating func startSection(_ index: Int) {
        let text = context.render(index)
        let language = context.languages[index]
        let label = SectionLabel.of(text.string)
        let number = label == nil ? HeadingNumber.parse(text.string) : HeadingNumber(number: nil, value: nil, depth: 1, titleStart: 0)
        guard let id = builder.addBlock(.heading, language: language, content: text, label: number.number) else { return }
        let blockText = builder.span(of: id)?.text.unicodeScalars.count ?? 0
        let title = builder.span(in: id, number.titleStart..<blockText) ?? builder.span(of: id)!
        switch label {
        case .notes: sectionKind = .notes
        case .references: sectionKind = .references
        case .back: sectionKind = .back
        default: sectionKind = .body
        }
        builder.sections.append(Section(id: "s\(builder.sections.count + 1)", kind: sectionKind, language: language,
                                        level: number.depth, number: number.number, numberValue: number.value,
                                        title: title, heading: id, blocks: []))
        section = builder.sections.count - 1
    }

    private mutating func addTable(_ index: Int) {
        if let table = context.chunks[index].table {
            add(.table, language: context.languages[index], content: context.render(index), table: table)
            return
        }
        var content = RichText()
        var rows: [Table.Row] = []
        let lines = context.chunks[index].content
        for (number, line) in lines.enumerated() {
            if number > 0 { content.append("\n", replacing: TextRange(line.lowerBound, line.lowerBound)) }
            var cells: [Span] = []
            var start = line.lowerBound
            for position in line.lowerBound...line.upperBound
            where position == line.upperBound || context.scalars[position] == "\t" {
                if !cells.isEmpty { content.append("\t", replacing: TextRange(start - 1, start)) }
                let cell = context.inline.render(start..<position).trimmed()
                let cellStart = content.count
                content.append(cell)
                cells.append(Span(text: cell.string, range: TextRange(cellStart, content.count),
                                  sourceRange: cell.sourceRange(default: start)))
                start = position + 1
            }
            rows.append(Table.Row(isHeader: number == 0 && lines.count > 1, cells: cells))
        }
        add(.table, language: context.languages[index], content: content, table: Table(rows: rows))
    }

    /// "12. Text" or "[12] Text" at the start of an unlisted note.
    private func noteLabel(_ text: RichText) -> (String?, RichText) {
        var end = 0
        var start = 0
        if text.scalars.first == "[" { start = 1; end = 1 }
        while end < text.count, text.scalars[end].properties.numericType != nil { end += 1 }
        guard end > start, end < text.count, [".", ")", "]"].contains(text.scalars[end]) else { return (nil, text) }
        let label = String(String.UnicodeScalarView(text.scalars[start..<end])).asciiDigits
        return (label, text.slice((end + 1)..<text.count).trimmed())
    }

    private mutating func flush() {
        if let current = pending {
            pending = nil
            var label = current.label
            if current.kind == .reference {
                referenceCount += 1
                label = String(referenceCount)
            }
            add(current.kind, language: current.language, content: current.text, label: label)
        }
        let waiting = deferred
        deferred = []
        for index in waiting {
            add(.boilerplate, language: context.languages[index], content: context.render(index))
        }
    }

    private mutating func add(_ kind: BlockKind, language: String, content: RichText, label: String? = nil,
                              group: String? = nil, table: Table? = nil) {
        guard let id = builder.addBlock(kind, language: language, content: content, label: label, group: group,
                                        table: table) else { return }
        if let section { builder.sections[section].blocks.append(id) }
    }
}
