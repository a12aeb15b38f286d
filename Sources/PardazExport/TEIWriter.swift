import PardazModel
import PardazXML

/// Writes a document as TEI P5 XML, valid against `Schemas/pardaz-tei.rng`.
///
/// The layout (see `TEILayout` for where each block goes):
/// - `<teiHeader>`: titles in every language, the source's bibliographic description (authors with
///   a `<persName>` per language, dates with their original calendar, site and URL), languages,
///   keywords per language;
/// - `<front>`: one `<div type="abstract" xml:lang="…">` per language, then author notes
///   (`<div type="authorNotes">` of `<note type="author" place="foot">`);
/// - `<body>`: blocks before the first section directly in `<body>`, then one
///   `<div type="section" n="…">` per section, nested by level; page furniture as
///   `<fw type="boilerplate">` where it stands;
/// - `<back>`: `<div type="notes">` of `<note place="end">`, `<div type="references">` with a
///   `<listBibl>` of `<biblStruct>`, other back matter as `<div type="back">`;
/// - `<standOff>` after `<text>`: the named entities (see `writeStandOff`).
///
/// Every element that stands for a block carries the block's id as `xml:id` and its language as
/// `xml:lang`. The output depends only on the document and `generator`: no clock, no randomness.
public enum TEIWriter {
    /// The TEI namespace.
    public static let namespace = "http://www.tei-c.org/ns/1.0"

    /// The document as TEI XML (UTF-8, with an XML declaration, indented outside mixed content).
    ///
    /// - Parameter generator: names the program and its version in the header, e.g. `pardaz 0.3.0`.
    /// - Throws: `XMLError` if libxml2 fails to write, which no content of the document can cause.
    public static func write(_ document: Document, generator: String) throws -> String {
        let renderer = TEIRenderer(document)
        renderer.writeDocument(generator: generator)
        return try renderer.xml.finishString()
    }
}

/// The state of one TEI write: the document, its layout and the XML writer.
final class TEIRenderer {
    let document: Document
    let layout: TEILayout
    let markup: TEIInlineMarkup
    let xml = XMLWriter()
    private var usedIDs: Set<String> = []

    init(_ document: Document) {
        self.document = document
        layout = TEILayout(document)
        markup = TEIInlineMarkup(document)
    }

    /// The document's main language.
    var mainLanguage: String {
        TEIValues.language(document.languages.first ?? document.front.first?.language ?? "")
    }

    func writeDocument(generator: String) {
        xml.startDocument()
        xml.startElement("TEI")
        xml.attribute("xmlns", TEIWriter.namespace)
        xml.attribute("xml:lang", mainLanguage)
        writeHeader(generator: generator)
        xml.startElement("text")
        writeFront()
        writeBody()
        writeBack()
        xml.endElement()
        writeStandOff()
        xml.endElement()
    }

    /// Writes `xml:id` for `raw` unless an element already has that id, so ids stay unique.
    func writeID(_ raw: String?) {
        guard let raw else { return }
        let id = TEIValues.identifier(raw)
        if usedIDs.insert(id).inserted { xml.attribute("xml:id", id) }
    }

    /// Writes `xml:id` and `xml:lang` of the element standing for `block`.
    func writeBlockAttributes(_ block: Block) {
        writeID(block.id)
        xml.attribute("xml:lang", TEIValues.language(block.language))
    }

    /// Writes `text`, covering `range` of the document's text, with its inline markup.
    func writeInline(_ text: String, range: TextRange) {
        xml.inline(text, range: range, marks: markup.nestedMarks(in: range))
    }

    private func writeFront() {
        guard !layout.abstracts.isEmpty || !layout.authorNotes.isEmpty else { return }
        xml.startElement("front")
        for (language, blocks) in layout.abstracts {
            xml.startElement("div")
            xml.attribute("type", "abstract")
            xml.attribute("xml:lang", TEIValues.language(language))
            writeFlow(blocks)
            xml.endElement()
        }
        if !layout.authorNotes.isEmpty {
            xml.startElement("div")
            xml.attribute("type", "authorNotes")
            writeFlow(layout.authorNotes)
            xml.endElement()
        }
        xml.endElement()
    }

    private func writeBody() {
        xml.startElement("body")
        if layout.body.isEmpty {
            xml.element("p")  // TEI requires content; an empty body gets an empty paragraph.
        } else {
            writeFlow(layout.body, sectionOpeners: layout.sectionOpeners)
        }
        xml.endElement()
    }

    private func writeBack() {
        guard !layout.back.isEmpty else { return }
        xml.startElement("back")
        for division in layout.back {
            xml.startElement("div")
            xml.attribute("type", division.kind == .back ? "back" : division.kind.rawValue)
            var blocks = division.blocks
            if let section = division.section {
                xml.attribute("n", section.number)
                writeID(section.id)
                xml.attribute("xml:lang", TEIValues.language(section.language))
                let heading = blocks.first { $0.id == section.heading }
                blocks.removeAll { $0.id == section.heading }
                writeHead(section, heading: heading)
            }
            writeFlow(blocks)
            xml.endElement()
        }
        xml.endElement()
    }

    /// Writes a section's `<head n="NUMBER">` with its title (without the number).
    func writeHead(_ section: Section, heading: Block?) {
        xml.startElement("head", mixedContent: true)
        xml.attribute("n", section.number)
        if let heading {
            writeBlockAttributes(heading)
        } else {
            xml.attribute("xml:lang", TEIValues.language(section.language))
        }
        writeInline(section.title.text, range: section.title.range)
        xml.endElement()
    }
}
