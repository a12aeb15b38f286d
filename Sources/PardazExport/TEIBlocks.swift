import PardazModel

/// The element written for each kind of block.
extension TEIRenderer {
    /// Writes one block, or a run of blocks that form one element (see `writeFlow`).
    ///
    /// paragraph, abstract → `<p>`; quote → `<quote>` (a group → `<quote>` of `<p>`); list items →
    /// `<list>` of `<item>`; table → `<table>`; note → `<note place="end">`; author note →
    /// `<note type="author" place="foot">`; references → `<listBibl>` of `<biblStruct>`;
    /// boilerplate → `<fw type="boilerplate">`; unclassified → `<ab type="unclassified">`; any
    /// other kind that reaches here (a front-matter line the header does not carry) →
    /// `<ab type="KIND">`.
    func writeBlocks(_ run: ArraySlice<Block>) {
        guard let first = run.first else { return }
        switch first.kind {
        case .listItem:
            xml.startElement("list")
            for item in run { writeText("item", item, attributes: [("n", item.label)]) }
            xml.endElement()
        case .reference:
            xml.startElement("listBibl")
            for reference in run { writeReference(reference) }
            xml.endElement()
        case .quote where first.group != nil:
            xml.startElement("quote")
            xml.attribute("xml:lang", TEIValues.language(first.language))
            for part in run { writeText("p", part) }
            xml.endElement()
        case .quote:
            writeText("quote", first)
        case .paragraph, .abstract:
            writeText("p", first)
        case .table:
            writeTable(first)
        case .note:
            writeText("note", first, attributes: [("n", first.label), ("place", "end")])
        case .authorNote:
            writeText("note", first, type: "author", attributes: [("n", authorNoteLabel(first)), ("place", "foot")])
        case .boilerplate:
            writeText("fw", first, type: "boilerplate")
        case .unclassified:
            writeText("ab", first, type: "unclassified")
        case .title, .byline, .affiliation, .dateline, .keywords, .articleMeta, .heading, .sourceLine:
            writeText("ab", first, type: first.kind.rawValue)
        }
    }

    /// Writes `<name type=…>` for `block`: its id, language, `attributes`, and its text with inline
    /// markup.
    private func writeText(_ name: String, _ block: Block, type: String? = nil,
                           attributes: [(String, String?)] = []) {
        xml.startElement(name, mixedContent: true)
        xml.attribute("type", type)
        writeBlockAttributes(block)
        for (attribute, value) in attributes { xml.attribute(attribute, value) }
        writeInline(block.text, range: block.range)
        xml.endElement()
    }

    /// The marker of an author note: its label, or the marker of the author pointing to it.
    private func authorNoteLabel(_ block: Block) -> String? {
        block.label ?? document.front.lazy.flatMap(\.authors).first { $0.note == block.id }?.marker
    }

    /// `<biblStruct>` for a reference the pipeline has not parsed: an empty `<monogr>` (which TEI
    /// requires) and the entry's full text as `<note type="raw_reference">`.
    private func writeReference(_ block: Block) {
        xml.startElement("biblStruct")
        writeBlockAttributes(block)
        xml.attribute("n", block.label)
        xml.startElement("monogr")
        xml.startElement("imprint")
        xml.element("date")
        xml.endElement()
        xml.endElement()
        xml.startElement("note", mixedContent: true)
        xml.attribute("type", "raw_reference")
        writeInline(block.text, range: block.range)
        xml.endElement()
        xml.endElement()
    }

    /// `<table rows cols>` with `<row role="label">` for header rows. Rows without cells are left
    /// out; a table block without cells becomes one cell holding its text.
    private func writeTable(_ block: Block) {
        let rows = (block.table?.rows ?? []).filter { !$0.cells.isEmpty }
        xml.startElement("table")
        writeBlockAttributes(block)
        xml.attribute("rows", String(max(rows.count, 1)))
        xml.attribute("cols", String(max(rows.map(\.cells.count).max() ?? 0, 1)))
        if rows.isEmpty {
            xml.startElement("row")
            xml.startElement("cell", mixedContent: true)
            writeInline(block.text, range: block.range)
            xml.endElement()
            xml.endElement()
        }
        for row in rows {
            xml.startElement("row")
            if row.isHeader { xml.attribute("role", "label") }
            for cell in row.cells {
                xml.startElement("cell", mixedContent: true)
                writeInline(cell.text, range: cell.range)
                xml.endElement()
            }
            xml.endElement()
        }
        xml.endElement()
    }
}
