import PardazModel

/// Writing a run of blocks in reading order, with the divisions their headings open.
extension TEIRenderer {
    /// An open `<div>`: its logical level, and whether a section (rather than a stray heading) opened it.
    private struct OpenDivision {
        var level: Int
        var isSection: Bool
    }

    /// Writes `blocks` inside the element currently open.
    ///
    /// - A block in `sectionOpeners` opens that section's `<div type="section">`, first closing the
    ///   divisions of the same or a deeper level, so sections nest by level.
    /// - A heading that opens no section opens an untyped `<div>` one level below the innermost
    ///   section, holding the blocks after it.
    /// - Every other block goes into the innermost open division (into the enclosing element before
    ///   any division opens), so no block ever follows a `<div>` in the same parent.
    /// - Consecutive list items form one `<list>`, consecutive quote blocks of one group one
    ///   `<quote>`, consecutive references one `<listBibl>`.
    func writeFlow(_ blocks: [Block], sectionOpeners: [String: Section] = [:]) {
        var open: [OpenDivision] = []
        func openDivision(level: Int, isSection: Bool) {
            while let innermost = open.last, innermost.level >= level {
                xml.endElement()
                open.removeLast()
            }
            xml.startElement("div")
            open.append(OpenDivision(level: level, isSection: isSection))
        }

        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if let section = sectionOpeners[block.id] {
                openDivision(level: max(section.level, 1), isSection: true)
                xml.attribute("type", "section")
                xml.attribute("n", section.number)
                writeID(section.id)
                xml.attribute("xml:lang", TEIValues.language(section.language))
                let isHeading = block.id == section.heading
                writeHead(section, heading: isHeading ? block : nil)
                if isHeading {
                    index += 1
                    continue
                }
            } else if block.kind == .heading {
                let sectionLevel = open.last { $0.isSection }?.level ?? 0
                openDivision(level: sectionLevel + 1, isSection: false)
                writeStrayHead(block)
                index += 1
                continue
            }
            let run = runLength(blocks, from: index, sectionOpeners: sectionOpeners)
            writeBlocks(blocks[index..<index + run])
            index += run
        }
        while !open.isEmpty {
            xml.endElement()
            open.removeLast()
        }
    }

    /// How many blocks from `start` form one element: a list, a quotation group, a bibliography.
    private func runLength(_ blocks: [Block], from start: Int, sectionOpeners: [String: Section]) -> Int {
        let first = blocks[start]
        let joins: (Block) -> Bool
        switch first.kind {
        case .listItem, .reference:
            joins = { $0.kind == first.kind }
        case .quote where first.group != nil:
            joins = { $0.kind == .quote && $0.group == first.group }
        default:
            return 1
        }
        var end = start + 1
        while end < blocks.count, sectionOpeners[blocks[end].id] == nil, joins(blocks[end]) { end += 1 }
        return end - start
    }

    private func writeStrayHead(_ block: Block) {
        xml.startElement("head", mixedContent: true)
        xml.attribute("n", block.label)
        writeBlockAttributes(block)
        writeInline(block.text, range: block.range)
        xml.endElement()
    }
}
