import PardazModel
import PardazXML

/// Turns Markdown inline syntax into text with marks: resolves backslash escapes (including the
/// doubled `\\_` that PDF converters write in URLs), removes emphasis markers (recording
/// `emphasis`/`strong` marks), replaces links by their text (or by the URL when the link text is a
/// URL broken by the PDF), keeps `<sup>(n)</sup>` note markers as `noteRef` marks, drops other inline
/// HTML tags and decodes HTML's character entities. Plain text passes through with only
/// entity-free copying, so the same renderer serves plain-text input with `markdown: false`.
struct InlineMarkdown {
    let scalars: [Unicode.Scalar]
    let markdown: Bool

    /// Renders the content ranges of a chunk's lines, joined by single spaces.
    func render(lines: [Range<Int>]) -> RichText {
        RichText.joined(lines.map { render($0) }, separator: " ")
    }

    /// Renders one range of the source.
    func render(_ range: Range<Int>) -> RichText {
        var out = RichText()
        guard markdown else {
            out.appendCopy(of: scalars, range)
            return out
        }
        var index = range.lowerBound
        var copyStart = index
        while index < range.upperBound {
            let limit = range.upperBound
            let construct: (end: Int, text: RichText)?
            switch scalars[index] {
            case "\\": construct = escape(at: index, limit: limit)
            case "<": construct = angle(at: index, limit: limit)
            case "[": construct = link(at: index, limit: limit)
            case "*": construct = emphasis(at: index, limit: limit)
            case "&": construct = entity(at: index, limit: limit)
            default: construct = nil
            }
            if let construct {
                if copyStart < index { out.appendCopy(of: scalars, copyStart..<index) }
                out.append(construct.text)
                index = construct.end
                copyStart = index
            } else {
                index += 1
            }
        }
        if copyStart < range.upperBound { out.appendCopy(of: scalars, copyStart..<range.upperBound) }
        return out
    }

    // MARK: - Constructs. Each returns the index after what it consumed and the text it stands for,
    // or nil to leave it as text.

    private func escape(at index: Int, limit: Int) -> (end: Int, text: RichText)? {
        var out = RichText()
        guard index + 1 < limit else { return nil }
        let next = scalars[index + 1]
        if next == "\\", index + 2 < limit, scalars[index + 2] == "_" {
            out.append("_", replacing: TextRange(index, index + 3))
            return (index + 3, out)
        }
        guard next.isASCII, next.properties.isPatternSyntax || next == "_" else { return nil }
        out.append(String(next), replacing: TextRange(index, index + 2))
        return (index + 2, out)
    }

    private func angle(at index: Int, limit: Int) -> (end: Int, text: RichText)? {
        var out = RichText()
        guard let close = firstIndex(of: ">", from: index + 1, limit: limit) else { return nil }
        let inner = text(index + 1..<close)
        let lower = inner.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
            || lower.hasPrefix("mailto:") || lower.hasPrefix("ftp://") {
            let start = out.count
            out.appendCopy(of: scalars, (index + 1)..<close)
            out.marks.append(.init(type: "link", range: TextRange(start, out.count), target: inner))
            return (close + 1, out)
        }
        if lower == "sup" || lower == "sub" {
            let closing = "</\(lower)>"
            guard let end = find(closing, from: close + 1, limit: limit) else { return nil }
            let start = out.count
            out.append(render((close + 1)..<end))
            if lower == "sup", let label = noteLabel(text(close + 1..<end)) {
                out.marks.append(.init(type: "noteRef", range: TextRange(start, out.count), target: "note:\(label)"))
            }
            return (end + closing.unicodeScalars.count, out)
        }
        // Any other inline tag is markup: drop it, keep what it encloses.
        let isTag = lower.first.map { $0.isLetter || $0 == "/" || $0 == "!" } ?? false
        guard isTag, !inner.contains("<") else { return nil }
        if lower.hasPrefix("br") { out.append(" ", replacing: TextRange(index, close + 1)) }
        return (close + 1, out)
    }

    private func link(at index: Int, limit: Int) -> (end: Int, text: RichText)? {
        var out = RichText()
        guard let closeText = matching("[", "]", from: index, limit: limit), closeText + 1 < limit,
              scalars[closeText + 1] == "(", let closeURL = matching("(", ")", from: closeText + 1, limit: limit)
        else { return nil }
        let url = unescaped(closeText + 2..<closeURL)
        let label = render((index + 1)..<closeText)
        let labelText = label.string.lowercased().filter { !$0.isWhitespace }
        let start = out.count
        if labelText.hasPrefix("http") || labelText.hasPrefix("www.") {
            // A URL the PDF broke with spaces; the link target is the URL as it was meant.
            out.append(url, replacing: TextRange(index, closeURL + 1))
        } else {
            out.append(label)
        }
        out.marks.append(.init(type: "link", range: TextRange(start, out.count), target: url))
        return (closeURL + 1, out)
    }

    private func emphasis(at index: Int, limit: Int) -> (end: Int, text: RichText)? {
        var out = RichText()
        let strong = index + 1 < limit && scalars[index + 1] == "*"
        let width = strong ? 2 : 1
        let innerStart = index + width
        guard innerStart < limit, !scalars[innerStart].isLayoutSpace else { return nil }
        var search = innerStart + 1
        while search < limit {
            if scalars[search] == "*", !scalars[search - 1].isLayoutSpace, scalars[search - 1] != "\\" {
                let isDouble = search + 1 < limit && scalars[search + 1] == "*"
                if strong == isDouble {
                            let start = out.count
                    out.append(render(innerStart..<search))
                    out.marks.append(.init(type: strong ? "strong" : "emphasis", range: TextRange(start, out.count)))
                    return (search + width, out)
                }
                if isDouble { search += 1 }
            }
            search += 1
        }
        return nil
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "zwnj": "\u{200C}",
        "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»",
    ]

    private func entity(at index: Int, limit: Int) -> (end: Int, text: RichText)? {
        var out = RichText()
        guard let semicolon = firstIndex(of: ";", from: index + 1, limit: min(limit, index + 12)) else { return nil }
        let name = text(index + 1..<semicolon)
        var value: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16) {
            value = Unicode.Scalar(code).map { String($0) }
        } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()) {
            value = Unicode.Scalar(code).map { String($0) }
        } else {
            value = Self.entities[name] ?? HTMLEntity.scalar(named: name).map { String($0) }
        }
        guard let value, value != "\u{0}" else { return nil }
        out.append(value, replacing: TextRange(index, semicolon + 1))
        return (semicolon + 1, out)
    }

    // MARK: - Helpers

    /// `(12)`, `12`, `*`, `†` as a note label: the digits or the symbol.
    private func noteLabel(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: "() []")
        if !trimmed.isEmpty, trimmed.allSatisfy(\.isNumber) { return trimmed }
        if ["*", "†", "‡", "**"].contains(trimmed) { return trimmed }
        return nil
    }

    private func unescaped(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        var index = range.lowerBound
        while index < range.upperBound {
            if scalars[index] == "\\", index + 1 < range.upperBound, scalars[index + 1].isASCII,
               scalars[index + 1].properties.isPatternSyntax {
                index += 1
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    private func matching(_ open: Unicode.Scalar, _ close: Unicode.Scalar, from index: Int, limit: Int) -> Int? {
        var depth = 0
        var position = index
        while position < limit {
            let scalar = scalars[position]
            if scalar == "\\" { position += 2; continue }
            if scalar == open { depth += 1 } else if scalar == close {
                depth -= 1
                if depth == 0 { return position }
            }
            position += 1
        }
        return nil
    }

    private func firstIndex(of scalar: Unicode.Scalar, from start: Int, limit: Int) -> Int? {
        var index = start
        while index < limit {
            if scalars[index] == scalar { return index }
            index += 1
        }
        return nil
    }

    private func find(_ needle: String, from start: Int, limit: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var index = start
        while index + pattern.count <= limit {
            if scalars[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }
}

extension String {
    /// This string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set)
        var slice = Substring(self)
        while let first = slice.first, drop.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, drop.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
