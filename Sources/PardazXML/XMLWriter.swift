internal import CLibXML2

/// A failure reported by libxml2 while writing or reading XML.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Writes an XML document into memory through libxml2's `xmlTextWriter`.
///
/// Output is UTF-8 with an XML declaration. Indentation is done by the writer itself, so that it
/// can be turned off where whitespace would change the text: an element started with
/// `mixedContent: true` (a paragraph, a title, a cell) and everything inside it is written without
/// added whitespace; elsewhere each child element starts on its own line. Text and attribute values
/// are escaped, and characters that XML 1.0 does not allow are replaced by U+FFFD.
///
/// Calls do not throw; the first failure is kept and reported by `finish()`. One writer writes one
/// document and is not meant to be shared between tasks.
public final class XMLWriter {
    private struct Frame {
        var name: String
        /// True inside a mixed-content element: no whitespace may be added.
        var isInline: Bool
        var hasChildElements = false
    }

    private var buffer: xmlBufferPtr?
    private var writer: xmlTextWriterPtr?
    private var stack: [Frame] = []
    private let indentation: String?
    private var failure: XMLError?

    /// Creates a writer; `indentation` is the string repeated once per level (nil: no indentation).
    public init(indentation: String? = "  ") {
        self.indentation = indentation
        buffer = xmlBufferCreate()
        if let buffer { writer = xmlNewTextWriterMemory(buffer, 0) }
        if writer == nil { failure = XMLError("cannot create the XML writer") }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Writes the XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`).
    public func startDocument() {
        guard let writer else { return }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    /// Opens an element. With `mixedContent`, nothing inside it is indented.
    public func startElement(_ name: String, mixedContent: Bool = false) {
        guard let writer else { return }
        var isInline = mixedContent
        if !stack.isEmpty {
            stack[stack.count - 1].hasChildElements = true
            let parentInline = stack[stack.count - 1].isInline
            isInline = isInline || parentInline
            if !parentInline { writeLineBreak(depth: stack.count) }
        }
        stack.append(Frame(name: name, isInline: isInline))
        check(xmlTextWriterStartElement(writer, name), "start <\(name)>")
    }

    /// Adds an attribute to the element just started; a nil value writes nothing.
    ///
    /// The value is escaped here rather than by libxml2, which would turn every non-ASCII character
    /// of an attribute into a character reference.
    public func attribute(_ name: String, _ value: String?) {
        guard let writer, let value else { return }
        guard xmlTextWriterStartAttribute(writer, name) >= 0 else {
            return record("write the attribute \(name)")
        }
        check(xmlTextWriterWriteRaw(writer, XMLText.escapedAttribute(value)), "write the attribute \(name)")
        check(xmlTextWriterEndAttribute(writer), "write the attribute \(name)")
    }

    /// Writes character data, escaped.
    public func text(_ content: String) {
        guard let writer, !content.isEmpty else { return }
        check(xmlTextWriterWriteString(writer, XMLText.sanitized(content)), "write text")
    }

    /// Writes a comment; `--` inside it is broken up so that the comment stays well formed.
    public func comment(_ content: String) {
        guard let writer else { return }
        if !stack.isEmpty {
            stack[stack.count - 1].hasChildElements = true
            if !stack[stack.count - 1].isInline { writeLineBreak(depth: stack.count) }
        }
        check(xmlTextWriterWriteComment(writer, XMLText.commentSafe(content)), "write a comment")
    }

    /// Closes the innermost open element (as `<name/>` when it is empty).
    public func endElement() {
        guard let writer else { return }
        guard let frame = stack.popLast() else { return record("close an element: none is open") }
        if !frame.isInline && frame.hasChildElements { writeLineBreak(depth: stack.count) }
        check(xmlTextWriterEndElement(writer), "end <\(frame.name)>")
    }

    /// Writes `<name attributes…>text</name>` as one mixed-content element.
    public func element(_ name: String, attributes: [(String, String?)] = [], text content: String? = nil) {
        startElement(name, mixedContent: true)
        for (attributeName, value) in attributes { attribute(attributeName, value) }
        if let content { text(content) }
        endElement()
    }

    /// Closes every open element, ends the document and returns its bytes (UTF-8).
    ///
    /// The writer is freed (which flushes it) before the buffer is read. A writer can be finished
    /// once; it throws the first failure of any earlier call.
    public func finish() throws(XMLError) -> [UInt8] {
        guard let writer, let buffer else { throw failure ?? XMLError("the XML writer is already finished") }
        while !stack.isEmpty { endElement() }
        check(xmlTextWriterEndDocument(writer), "end the document")
        xmlFreeTextWriter(writer)
        self.writer = nil
        defer {
            xmlBufferFree(buffer)
            self.buffer = nil
        }
        if let failure { throw failure }
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// `finish()` decoded as a string.
    public func finishString() throws(XMLError) -> String {
        String(decoding: try finish(), as: UTF8.self)
    }

    private func writeLineBreak(depth: Int) {
        guard let writer, let indentation else { return }
        let whitespace = "\n" + String(repeating: indentation, count: depth)
        check(xmlTextWriterWriteRaw(writer, whitespace), "write whitespace")
    }

    private func check(_ result: Int32, _ action: @autoclosure () -> String) {
        if result < 0 { record(action()) }
    }

    private func record(_ action: String) {
        if failure == nil { failure = XMLError("libxml2 could not \(action)") }
    }
}
