/// The front-matter labeler (`LayoutModel`) applied to a text document: the lines of each zone
/// where front matter may stand (the document's opening, and each block in another language) are
/// labelled, the zone's chunks are split where the label changes, and a title, an abstract paragraph or
/// a keyword list printed over several lines becomes one chunk.
struct FrontLabeling {
    /// The document's chunks after splitting.
    private(set) var chunks: [Chunk] = []
    /// The label of each chunk of a zone, by its index in `chunks`.
    private(set) var labels: [Int: LayoutLabel] = [:]
    /// Each zone's chunks in `chunks`, in the order the zones were given.
    private(set) var zones: [Range<Int>] = []
    private let scalars: [Unicode.Scalar]

    /// The most lines of one zone the labeler reads; the chunks after them are left as they are.
    static let maximumLines = 250

    init(chunks original: [Chunk], zones originalZones: [Range<Int>], scalars: [Unicode.Scalar], inline: InlineMarkdown,
         model: LayoutModel) {
        self.scalars = scalars
        var zoneOf: [Int: Int] = [:]
        for (number, zone) in originalZones.enumerated() { for index in zone { zoneOf[index] = number } }
        var zoneRanges = [Range<Int>?](repeating: nil, count: originalZones.count)
        var index = 0
        while index < original.count {
            guard let number = zoneOf[index] else {
                chunks.append(original[index])
                index += 1
                continue
            }
            let zone = originalZones[number]
            let start = chunks.count
            labelZone(Array(original[zone]), scalars: scalars, inline: inline, model: model)
            zoneRanges[number] = start..<chunks.count
            index = zone.upperBound
        }
        zones = zoneRanges.map { $0 ?? 0..<0 }
    }

    /// Labels the lines of a zone's chunks and appends the chunks, split and merged by label.
    private mutating func labelZone(_ zone: [Chunk], scalars: [Unicode.Scalar], inline: InlineMarkdown, model: LayoutModel) {
        var lines: [LayoutLine] = []
        for chunk in zone {
            for (number, content) in chunk.content.enumerated() where lines.count < Self.maximumLines {
                lines.append(Self.layoutLine(chunk, line: number, content: content, scalars: scalars, inline: inline))
            }
        }
        let lineLabels = zip(lines, model.label(lines)).map { line, label in
            label == .title && Self.isByline(line.text) ? .author : label
        }
        var position = 0
        for chunk in zone {
            guard position < lineLabels.count else {
                chunks.append(chunk)
                continue
            }
            let count = min(chunk.content.count, lineLabels.count - position)
            let own = Array(lineLabels[position..<position + count])
            position += count
            for (piece, label) in Self.split(chunk, labels: own) { append(piece, label: label) }
        }
    }

    /// Labels whose lines, printed one under the other, are one block: a title, an abstract's
    /// paragraph, a list of keywords.
    private static let joined: Set<LayoutLabel> = [.title, .abstract, .keywords, .author]

    /// Appends a chunk, joining it to the previous one when both are lines of one title, abstract
    /// paragraph or keyword list.
    private mutating func append(_ chunk: Chunk, label: LayoutLabel) {
        if Self.joined.contains(label), let last = chunks.indices.last, labels[last] == label, chunk.blankLinesBefore == 0,
           chunks[last].isText, chunk.isText, chunks[last].rendered == nil, chunk.rendered == nil, continues(chunks[last], with: chunk, label: label) {
            chunks[last].lines += chunk.lines
            chunks[last].content += chunk.content
            return
        }
        labels[chunks.count] = label
        chunks.append(chunk)
    }

    /// "By Name Surname": a line the model may run into the title above it, which is the byline.
    private static func isByline(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 8, words[0] == "by" || words[0] == "By" else { return false }
        return words[1].first?.isUppercase == true
    }

    /// Whether `next` continues `previous`'s text: lines in one script; for an abstract, a previous
    /// line no longer than a printed line (a web page's paragraphs are a line each); for authors, a
    /// line ending with a comma or "and", or the next opening with "and" (one name a line stays apart).
    private func continues(_ previous: Chunk, with next: Chunk, label: LayoutLabel) -> Bool {
        guard let last = previous.content.last, let first = next.content.first,
              LanguageGuess.language(of: scalars[last]) == LanguageGuess.language(of: scalars[first]) else { return false }
        switch label {
        case .abstract: return last.count <= 150
        case .author: return Self.endsWithSeparator(scalars[last]) || Self.startsWithConjunction(scalars[first])
        default: return true
        }
    }

    /// An author line that ends with a comma or "and" goes on on the next line.
    private static func endsWithSeparator(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = line.last else { return false }
        if last == "," || last == "،" || last == "&" { return true }
        let text = String(String.UnicodeScalarView(line.suffix(4)))
        return text == " and" || text.hasSuffix(" و")
    }

    /// A line that starts with "and", "&" or «و» goes on from the line above.
    private static func startsWithConjunction(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(line.prefix(4)))
        return text.hasPrefix("and ") || text.hasPrefix("& ") || text.hasPrefix("و ")
    }

    /// The chunk cut where its lines' label changes (a list item or table is not cut: it takes
    /// its first line's label).
    private static func split(_ chunk: Chunk, labels: [LayoutLabel]) -> [(Chunk, LayoutLabel)] {
        // A chunk whose content ranges are not one per source line (an HTML block) is not cut.
        guard chunk.isText, labels.count == chunk.content.count, chunk.lines.count == chunk.content.count,
              Set(labels).count > 1 else {
            return [(chunk, labels.first ?? .other)]
        }
        var pieces: [(Chunk, LayoutLabel)] = []
        var start = 0
        for end in 1...labels.count where end == labels.count || labels[end] != labels[start] {
            let piece = Chunk(kind: chunk.kind, lines: Array(chunk.lines[start..<end]), content: Array(chunk.content[start..<end]),
                              blankLinesBefore: start == 0 ? chunk.blankLinesBefore : 0)
            pieces.append((piece, labels[start]))
            start = end
        }
        return pieces
    }

    private static func layoutLine(_ chunk: Chunk, line number: Int, content: Range<Int>, scalars: [Unicode.Scalar],
                                   inline: InlineMarkdown) -> LayoutLine {
        var heading = 0
        if case .heading(let level) = chunk.kind { heading = level }
        let raw = scalars[content]
        let bold = raw.starts(with: "**".unicodeScalars) || raw.starts(with: "__".unicodeScalars)
        return LayoutLine(text: (chunk.rendered ?? inline.render(content)).string, blankLinesBefore: number == 0 ? chunk.blankLinesBefore : 0,
                          headingLevel: heading, indented: number < chunk.lines.count && chunk.lines[number].indent >= 4, bold: bold)
    }
}
