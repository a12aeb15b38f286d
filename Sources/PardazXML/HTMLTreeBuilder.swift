/// Builds an `HTMLTree` from the HTML parser's events, working out from the parser's position in the
/// input where each element and text run stands in the source (the rules are on `HTMLTree`).
///
/// Every event comes with `cursor`, the number of input bytes the parser had consumed, and `depth`,
/// the number of elements it had open. At a start tag the cursor stands at the tag's `>`; at an end
/// tag just after it; after a text run at its end. Depth keeps the tree in step with the parser even
/// where the parser drops an element without an end event. Scans of the source never go back past
/// `mark`, the end of what earlier events accounted for, so that the work stays linear in the input.
final class HTMLTreeBuilder {
    private let input: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private var elements: [HTMLElement]
    private var texts: [HTMLText] = []
    /// Open elements, the document first: `open[d]` is the element at depth `d`.
    private var open: [Int] = [HTMLTree.documentIndex]
    /// Where the source not yet accounted for by an event begins.
    private var mark = 0
    /// The end of the last end tag an element was closed by, so that no end tag closes two elements.
    private var claimedEndTag = -1
    private var flattenedCount = 0

    /// Elements libxml2 may insert without a start tag in the source.
    private static let impliable: Set<String> = ["html", "head", "body", "p"]

    init(input: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.input = input
        self.maxDepth = max(1, maxDepth)
        elements = [HTMLElement(name: "#document", attributes: [], range: 0..<input.count, startTag: 0..<0,
                                isImplied: false, hasEndTag: false, parent: nil, children: [])]
    }

    // MARK: Events

    func startElement(name: String, attributes: [HTMLAttribute], depth: Int, cursor: Int) {
        closeImplicitly(downTo: depth - 1)
        let cursor = clamp(cursor)
        guard open.count - 1 < maxDepth else {
            flattenedCount += 1
            mark = max(mark, endOfStartTag(at: cursor))
            return
        }
        var start: Int
        var tagEnd: Int
        var implied = false
        if let found = findStartTag(name, before: cursor) {
            start = found
            tagEnd = endOfStartTag(at: cursor)
        } else if !Self.impliable.contains(name), let lastOpen = lastIndex(of: UInt8(ascii: "<"), before: cursor) {
            start = lastOpen
            tagEnd = endOfStartTag(at: cursor)
        } else {
            implied = true
            start = mark
            tagEnd = mark
        }
        tagEnd = max(tagEnd, start)
        let parent = open[open.count - 1]
        let index = elements.count
        elements.append(HTMLElement(name: name, attributes: attributes, range: start..<tagEnd, startTag: start..<tagEnd,
                                    isImplied: implied, hasEndTag: false, parent: parent, children: []))
        elements[parent].children.append(.element(index))
        open.append(index)
        if !implied { mark = max(mark, tagEnd) }
    }

    func endElement(depth: Int, cursor: Int) {
        closeImplicitly(downTo: depth)
        guard depth >= 1, open.count - 1 == depth else { return }  // a flattened element
        let index = open.removeLast()
        let cursor = clamp(cursor)
        if cursor != claimedEndTag, closesWithEndTag(elements[index].name, endingAt: cursor) {
            claimedEndTag = cursor
            mark = max(mark, cursor)
            finish(index, end: cursor, hasEndTag: true)
        } else {
            finish(index, end: nil, hasEndTag: false)
        }
    }

    func text(_ chunk: UnsafeBufferPointer<UInt8>, depth: Int, cursor: Int, isRaw: Bool) {
        closeImplicitly(downTo: depth)
        guard !chunk.isEmpty else { return }
        let piece = locate(chunk, cursor: clamp(cursor))
        mark = max(mark, piece.range.upperBound)
        let parent = open[open.count - 1]
        if case .text(let last)? = elements[parent].children.last, texts[last].isRaw == isRaw,
           texts[last].range.upperBound == piece.range.lowerBound {
            texts[last].append(piece)
        } else {
            elements[parent].children.append(.text(texts.count))
            texts.append(HTMLText(pieces: [piece], isRaw: isRaw))
        }
    }

    /// A comment, processing instruction or document type declaration: nothing to keep, but the
    /// source up to `cursor` is accounted for.
    func skipped(depth: Int, cursor: Int) {
        closeImplicitly(downTo: depth)
        mark = max(mark, clamp(cursor))
    }

    func finish() -> HTMLTree {
        closeImplicitly(downTo: 0)
        return HTMLTree(elements: elements, texts: texts, flattenedElementCount: flattenedCount)
    }

    // MARK: Closing elements

    /// Closes the elements open below `depth`, which the parser has already closed without telling.
    private func closeImplicitly(downTo depth: Int) {
        while open.count - 1 > max(depth, 0) {
            finish(open.removeLast(), end: nil, hasEndTag: false)
        }
    }

    /// Sets the final range of a closed element. Without an end tag it ends with its content; an
    /// implied element starts with its content.
    private func finish(_ index: Int, end: Int?, hasEndTag: Bool) {
        let first = elements[index].children.first.map(range(of:))
        let last = elements[index].children.last.map(range(of:))
        var start = elements[index].range.lowerBound
        if elements[index].isImplied, let first { start = first.lowerBound }
        let contentEnd = max(elements[index].startTag.upperBound, last?.upperBound ?? 0)
        let stop = max(end ?? contentEnd, last?.upperBound ?? 0, start)
        elements[index].range = start..<stop
        elements[index].hasEndTag = hasEndTag
    }

    private func range(of node: HTMLNode) -> Range<Int> {
        switch node {
        case .element(let index): return elements[index].range
        case .text(let index): return texts[index].range
        }
    }

    // MARK: Scanning the source

    /// The `<` of a start tag `<name` at or after `mark` and before `cursor`.
    private func findStartTag(_ name: String, before cursor: Int) -> Int? {
        let nameBytes = Array(name.utf8)
        var position = mark
        while position + nameBytes.count < cursor {
            if input[position] == UInt8(ascii: "<"), matchesName(nameBytes, at: position + 1),
               !isNameByte(at: position + 1 + nameBytes.count) {
                return position
            }
            position += 1
        }
        return nil
    }

    /// Whether the bytes just before `cursor` are an end tag `</name …>`.
    private func closesWithEndTag(_ name: String, endingAt cursor: Int) -> Bool {
        guard cursor > 0, input[cursor - 1] == UInt8(ascii: ">"),
              let open = lastIndex(of: UInt8(ascii: "<"), before: cursor - 1),
              open + 1 < cursor, input[open + 1] == UInt8(ascii: "/") else { return false }
        let nameBytes = Array(name.utf8)
        return matchesName(nameBytes, at: open + 2) && !isNameByte(at: open + 2 + nameBytes.count)
    }

    /// Just after the start tag whose closing `>` (or `/>`) is at `cursor`.
    private func endOfStartTag(at cursor: Int) -> Int {
        guard cursor < input.count else { return cursor }
        if input[cursor] == UInt8(ascii: ">") { return cursor + 1 }
        if input[cursor] == UInt8(ascii: "/"), cursor + 1 < input.count, input[cursor + 1] == UInt8(ascii: ">") {
            return cursor + 2
        }
        return cursor
    }

    /// The last `byte` at or after `mark` and before `end`.
    private func lastIndex(of byte: UInt8, before end: Int) -> Int? {
        var position = end - 1
        while position >= mark {
            if input[position] == byte { return position }
            position -= 1
        }
        return nil
    }

    private func matchesName(_ name: [UInt8], at position: Int) -> Bool {
        guard position + name.count <= input.count else { return false }
        for (offset, byte) in name.enumerated() where lowercased(input[position + offset]) != byte {
            return false
        }
        return true
    }

    private func isNameByte(at position: Int) -> Bool {
        guard position < input.count else { return false }
        let byte = input[position]
        return (byte >= 0x30 && byte <= 0x39) || (lowercased(byte) >= 0x61 && lowercased(byte) <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".")
    }

    private func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    private func clamp(_ cursor: Int) -> Int { min(max(cursor, 0), input.count) }

    /// Where a text chunk the parser read stands in the source. The parser hands text over at the
    /// end of a run (cursor after it), when its buffer fills (cursor on the run's last character),
    /// and for each entity reference (cursor after the `;`). A chunk equal to the source bytes is a
    /// copy; anything else stands for the bytes between `mark` and the cursor.
    private func locate(_ chunk: UnsafeBufferPointer<UInt8>, cursor: Int) -> HTMLText.Piece {
        let length = chunk.count
        let forward = mark + length
        if forward <= input.count, forward >= cursor, forward <= cursor + 4, equalsSource(chunk, at: mark) {
            return HTMLText.Piece(range: mark..<forward, decoded: nil)
        }
        for slack in 0...4 {
            let end = cursor + slack
            guard end <= input.count else { break }
            if end - length >= mark, equalsSource(chunk, at: end - length) {
                return HTMLText.Piece(range: (end - length)..<end, decoded: nil)
            }
        }
        let low = min(mark, cursor)
        return HTMLText.Piece(range: low..<cursor, decoded: String(decoding: chunk, as: UTF8.self))
    }

    private func equalsSource(_ chunk: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start >= 0, start + chunk.count <= input.count else { return false }
        for offset in 0..<chunk.count where input[start + offset] != chunk[offset] { return false }
        return true
    }
}

extension HTMLText {
    /// Adds a piece that continues the text, merging it with the last piece when both are copies or
    /// both are decoded, so that long runs stay a few pieces.
    mutating func append(_ piece: Piece) {
        let last = pieces.count - 1
        let continues = pieces[last].range.upperBound == piece.range.lowerBound
            && (pieces[last].decoded == nil) == (piece.decoded == nil)
        guard continues else {
            pieces.append(piece)
            return
        }
        pieces[last].range = pieces[last].range.lowerBound..<piece.range.upperBound
        if let decoded = piece.decoded { pieces[last].decoded!.append(decoded) }
    }
}
