import PardazModel

/// Text that exists only in a page's metadata (a `<meta content>` value, the `<title>`), mapped to
/// where it stands in the source so that blocks made from it have a real source range: the
/// attribute value itself when it is written out as is (a copy, whitespace collapsed), otherwise
/// the decoded value standing for the attribute value's bytes (or the whole tag's, when the value
/// cannot be found in it).
enum HTMLMetaText {
    static func richText(_ entry: HTMLMetaTags.Entry, in page: HTMLPage) -> RichText {
        var run = HTMLTextRun(source: page.scalars)
        let raw = page[entry.element].attribute("content") ?? entry.value
        if let bytes = valueRange(of: "content", in: entry.element, page: page) {
            let range = page.offsets.scalarRange(ofBytes: bytes)
            if page.offsets.utf8[bytes].elementsEqual(raw.utf8) {
                run.appendSource(range)
            } else {
                run.appendDecoded(raw, replacing: TextRange(range.lowerBound, range.upperBound))
            }
        } else {
            let range = page.sourceRange(of: entry.element)
            run.appendDecoded(raw, replacing: TextRange(range.lowerBound, range.upperBound))
        }
        return run.take().content
    }

    /// The text of an element read as one line (the `<title>`), entity references decoded.
    static func richText(of element: Int, in page: HTMLPage) -> RichText {
        var run = HTMLTextRun(source: page.scalars)
        for child in page[element].children {
            guard case .text(let text) = child else { continue }
            for piece in page.tree.texts[text].pieces {
                let range = page.offsets.scalarRange(ofBytes: piece.range)
                if let decoded = piece.decoded {
                    run.appendDecoded(decoded, replacing: TextRange(range.lowerBound, range.upperBound))
                } else {
                    run.appendSource(range)
                }
            }
        }
        return run.take().content
    }

    /// The bytes of an attribute's value inside the element's start tag (quotes excluded).
    static func valueRange(of attribute: String, in element: Int, page: HTMLPage) -> Range<Int>? {
        let bytes = page.offsets.utf8
        let tag = page[element].startTag
        let name = Array(attribute.utf8)
        var index = tag.lowerBound + 1
        while index + name.count < tag.upperBound {
            defer { index += 1 }
            guard isSpace(bytes[index - 1]),
                  zip(bytes[index..<index + name.count], name).allSatisfy({ lower($0) == $1 }) else { continue }
            var position = index + name.count
            while position < tag.upperBound, isSpace(bytes[position]) { position += 1 }
            guard position < tag.upperBound, bytes[position] == UInt8(ascii: "=") else { continue }
            position += 1
            while position < tag.upperBound, isSpace(bytes[position]) { position += 1 }
            guard position < tag.upperBound else { return nil }
            let quote = bytes[position]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let start = position + 1
                guard let end = bytes[start..<tag.upperBound].firstIndex(of: quote) else { return nil }
                return start..<end
            }
            var end = position
            while end < tag.upperBound, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
            return position..<end
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
