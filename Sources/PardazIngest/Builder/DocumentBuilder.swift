import PardazModel

/// Assembles a `Document`: appends blocks in reading order to the extracted text (separated by
/// blank lines), keeps the offset map back to the source, and turns inline marks into annotations.
public struct DocumentBuilder: Sendable {
    public private(set) var text = RichText()
    public private(set) var blocks: [Block] = []
    public private(set) var annotations: [Annotation] = []
    public var sections: [Section] = []
    public var front: [FrontMatter] = []
    public var dates: [DocumentDate] = []
    public var metadata = Metadata()
    /// Each block's position in `blocks`, by id.
    private var positions: [String: Int] = [:]

    public init() {}

    /// Appends a block and returns its id. Empty content is not added (nil).
    @discardableResult
    public mutating func addBlock(_ kind: BlockKind, language: String, content: RichText, label: String? = nil,
                                  group: String? = nil, table: Table? = nil) -> String? {
        var leading = 0
        while leading < content.count, content.scalars[leading].isLayoutSpace { leading += 1 }
        let content = content.trimmed()
        guard !content.isEmpty else { return nil }
        if !text.isEmpty {
            let point = text.sourceEnd ?? 0
            text.append("\n\n", replacing: TextRange(point, max(point, content.sourceStart ?? point)))
        }
        let start = text.count
        text.append(content)
        let range = TextRange(start, text.count)
        let id = "b\(blocks.count + 1)"
        positions[id] = blocks.count
        blocks.append(Block(id: id, kind: kind, language: language, range: range,
                            sourceRange: content.sourceRange(), text: content.string, label: label,
                            group: group, table: table.map { shifted($0, by: start - leading) }))
        for mark in content.marks {
            let markRange = TextRange(mark.range.start + start, mark.range.end + start)
            annotations.append(Annotation(id: "", type: mark.type, range: markRange,
                                          sourceRange: text.map.sourceRange(of: markRange),
                                          text: substring(markRange), target: mark.target))
        }
        return id
    }

    /// A span of already-added text: `range` relative to the start of block `blockID`.
    public func span(in blockID: String, _ range: Range<Int>) -> Span? {
        guard let block = block(blockID) else { return nil }
        let absolute = TextRange(block.range.start + range.lowerBound, block.range.start + range.upperBound)
        guard block.range.contains(absolute) else { return nil }
        return span(absolute)
    }

    /// The span of the whole block `blockID`.
    public func span(of blockID: String) -> Span? {
        block(blockID).map { span($0.range) }
    }

    /// The block `blockID`, found by its id without going through the others.
    private func block(_ blockID: String) -> Block? {
        positions[blockID].map { blocks[$0] }
    }

    /// A span of the extracted text.
    public func span(_ range: TextRange) -> Span {
        Span(text: substring(range), range: range, sourceRange: text.map.sourceRange(of: range))
    }

    /// Changes a block's kind after it was added (a paragraph found to be an abstract).
    public mutating func setKind(_ kind: BlockKind, of blockID: String) {
        if let index = positions[blockID] { blocks[index].kind = kind }
    }

    /// Rewrites annotation targets, e.g. from a note label to the note block's id.
    public mutating func resolveTargets(_ resolve: (Annotation) -> String?) {
        for index in annotations.indices { annotations[index].target = resolve(annotations[index]) }
    }

    public func substring(_ range: TextRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.scalars[range.start..<range.end])
        return String(view)
    }

    /// Builds the document. Annotations are numbered in text order; sections get their blocks'
    /// `section` ids.
    public func build(source: Source, kind: DocumentKind, languages: [String]) -> Document {
        var blocks = self.blocks
        var index: [String: Int] = [:]
        for (position, block) in blocks.enumerated() { index[block.id] = position }
        for section in sections {
            for id in [section.heading] + section.blocks {
                if let position = index[id] { blocks[position].section = section.id }
            }
        }
        let ordered = annotations.sorted { $0.range < $1.range }
            .enumerated().map { number, annotation in
                var annotation = annotation
                annotation.id = "a\(number + 1)"
                return annotation
            }
        return Document(source: source, kind: kind, languages: languages, text: text.string,
                        offsetMap: text.map, blocks: blocks, sections: sections, front: frontWithAbstractText(),
                        dates: dates, metadata: metadata,
                        layers: ordered.isEmpty ? [] : [AnnotationLayer(name: "markup", annotations: ordered)])
    }

    /// The front matter of each language that has any, with its abstract's text taken from the
    /// abstract's blocks.
    private func frontWithAbstractText() -> [FrontMatter] {
        front.filter { !$0.isEmpty }.map { front in
            var front = front
            if front.abstractText.isEmpty { front.abstractText = front.abstract.compactMap { span(of: $0) } }
            return front
        }
    }

    private func shifted(_ table: Table, by offset: Int) -> Table {
        Table(rows: table.rows.map { row in
            Table.Row(isHeader: row.isHeader, cells: row.cells.map { cell in
                let range = TextRange(cell.range.start + offset, cell.range.end + offset)
                return Span(text: cell.text, range: range, sourceRange: cell.sourceRange)
            })
        })
    }
}
