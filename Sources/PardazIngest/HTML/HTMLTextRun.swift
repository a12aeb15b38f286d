import PardazModel

/// The text of one block as it is gathered from the page: runs of HTML whitespace collapsed to one
/// space (kept as written inside `<pre>`), `<br>` as a line break, inline marks (links, emphasis,
/// note references) and captured stretches (author names, dates, keywords) at their offsets.
///
/// Text copied from the source keeps a copy mapping; a collapsed run of whitespace and a decoded
/// entity map to the source they stand for. Leading and trailing whitespace never enters the text.
struct HTMLTextRun {
    /// A stretch of the text that the readers want to find again.
    enum Capture: Equatable, Sendable {
        case authorName
        /// A `<time>` element with its `datetime` value.
        case time(String)
        case keyword
        /// A footnote or affiliation marker (`<sup>1</sup>`) in a byline or affiliation.
        case marker
        /// A note reference linking to `#fragment` (the fragment is given without `#`).
        case noteLink(String)
    }

    struct Captured: Equatable, Sendable {
        var capture: Capture
        var range: Range<Int>
    }

    private let scalars: [Unicode.Scalar]
    private(set) var text = RichText()
    private(set) var captured: [Captured] = []
    var preformatted = false
    /// Whitespace seen since the last character added, to be added as one space before the next.
    private var pendingSpace: TextRange?
    /// A `<br>` seen since the last character added.
    private var pendingBreak: TextRange?
    private var openMarks: [(type: String, target: String?, start: Int?)] = []
    private var openCaptures: [(capture: Capture, start: Int?)] = []

    init(source scalars: [Unicode.Scalar]) { self.scalars = scalars }

    // MARK: Adding text

    /// Adds `source[range]` as written, its whitespace collapsed.
    mutating func appendSource(_ range: Range<Int>) {
        guard !preformatted else {
            startContent()
            text.appendCopy(of: scalars, range)
            return
        }
        var index = range.lowerBound
        while index < range.upperBound {
            var end = index
            let space = Self.isHTMLSpace(scalars[index])
            while end < range.upperBound, Self.isHTMLSpace(scalars[end]) == space { end += 1 }
            if space {
                addSpace(TextRange(index, end))
            } else {
                startContent()
                text.appendCopy(of: scalars, index..<end)
            }
            index = end
        }
    }

    /// Adds text the parser decoded (an entity reference) standing for `source`.
    mutating func appendDecoded(_ decoded: String, replacing source: TextRange) {
        guard !preformatted else {
            startContent()
            text.append(decoded, replacing: source)
            return
        }
        let words = decoded.unicodeScalars.split(whereSeparator: Self.isHTMLSpace)
        guard !words.isEmpty else {
            addSpace(source)
            return
        }
        if let first = decoded.unicodeScalars.first, Self.isHTMLSpace(first) {
            addSpace(TextRange(source.start, source.start))
        }
        startContent()
        text.append(words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " "), replacing: source)
        if let last = decoded.unicodeScalars.last, Self.isHTMLSpace(last) {
            addSpace(TextRange(source.end, source.end))
        }
    }

    /// A `<br>`: a line break before the next text. Returns true for the second of two in a row,
    /// which ends the paragraph (the caller then takes the text).
    mutating func lineBreak(_ source: TextRange) -> Bool {
        guard !text.isEmpty else { return false }
        if pendingBreak != nil {
            pendingBreak = nil
            return true
        }
        pendingBreak = source
        pendingSpace = nil
        return false
    }

    /// A boundary between blocks inside a block that is read as one (a `<p>` inside a table cell):
    /// a space before the next text.
    mutating func separate() {
        if pendingSpace == nil, pendingBreak == nil, let end = text.sourceEnd { pendingSpace = TextRange(end, end) }
    }

    private mutating func addSpace(_ range: TextRange) {
        guard pendingBreak == nil else { return }
        pendingSpace = pendingSpace.map { TextRange(min($0.start, range.start), max($0.end, range.end)) } ?? range
    }

    /// Adds the pending space or line break, then opens the marks and captures waiting for text.
    private mutating func startContent() {
        if !text.isEmpty {
            if let lineBreak = pendingBreak {
                text.append("\n", replacing: lineBreak)
            } else if let space = pendingSpace {
                if space.count == 1, scalars[space.start] == " " {
                    text.appendCopy(of: scalars, space.start..<space.end)
                } else {
                    text.append(" ", replacing: space)
                }
            }
        }
        pendingBreak = nil
        pendingSpace = nil
        for index in openMarks.indices where openMarks[index].start == nil { openMarks[index].start = text.count }
        for index in openCaptures.indices where openCaptures[index].start == nil {
            openCaptures[index].start = text.count
        }
    }

    // MARK: Marks and captures

    mutating func pushMark(_ type: String, target: String?) { openMarks.append((type, target, nil)) }

    mutating func popMark() {
        guard let mark = openMarks.popLast() else { return }
        if let start = mark.start, start < text.count {
            text.marks.append(RichText.Mark(type: mark.type, range: TextRange(start, text.count), target: mark.target))
        }
    }

    mutating func pushCapture(_ capture: Capture) { openCaptures.append((capture, nil)) }

    mutating func popCapture() {
        guard let capture = openCaptures.popLast() else { return }
        if let start = capture.start, start < text.count {
            captured.append(Captured(capture: capture.capture, range: start..<text.count))
        }
    }

    // MARK: Taking the text

    /// The text gathered since the last call, trimmed, with its captures; the run starts over
    /// empty. Marks and captures still open are cut here and continue in the next text.
    mutating func take() -> (content: RichText, captured: [Captured]) {
        for index in openMarks.indices {
            if let start = openMarks[index].start, start < text.count {
                text.marks.append(RichText.Mark(type: openMarks[index].type, range: TextRange(start, text.count),
                                                target: openMarks[index].target))
            }
            openMarks[index].start = nil
        }
        for index in openCaptures.indices {
            if let start = openCaptures[index].start, start < text.count {
                captured.append(Captured(capture: openCaptures[index].capture, range: start..<text.count))
            }
            openCaptures[index].start = nil
        }
        let (content, dropped) = Self.trimmed(text)
        let length = content.count
        let shifted = captured.compactMap { item -> Captured? in
            let start = min(max(item.range.lowerBound - dropped, 0), length)
            let end = min(max(item.range.upperBound - dropped, start), length)
            return start < end ? Captured(capture: item.capture, range: start..<end) : nil
        }
        text = RichText()
        captured = []
        pendingSpace = nil
        pendingBreak = nil
        return (content, shifted)
    }

    /// `text` without leading and trailing layout space, and how many scalars were cut at the start.
    static func trimmed(_ text: RichText) -> (RichText, dropped: Int) {
        let scalars = text.scalars
        var start = 0, end = scalars.count
        while start < end, scalars[start].isLayoutSpace { start += 1 }
        while end > start, scalars[end - 1].isLayoutSpace { end -= 1 }
        return start == 0 && end == scalars.count ? (text, 0) : (text.slice(start..<end), start)
    }

    /// Space, tab, line feed, form feed, carriage return: the white space HTML collapses.
    static func isHTMLSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return true
        default: return false
        }
    }
}
