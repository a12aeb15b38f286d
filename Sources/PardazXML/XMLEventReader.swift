internal import CLibXML2

/// One event of an XML document read in order: an element's start (its name as written, with its
/// attributes), its end, or a run of text (entities and character references decoded).
public enum XMLEvent: Sendable, Equatable {
    case start(name: String, attributes: [HTMLAttribute])
    case end(name: String)
    case text(String)
}

/// Why an XML document could not be read.
public struct XMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Reads a well-formed XML document (such as a TEI training file) with libxml2's XML parser in SAX
/// mode into its events. Nothing is read from the network, no DTD or external entity is loaded,
/// and a document that is not well formed is an error naming libxml2's reason.
public enum XMLEventReader {
    public static func events(_ utf8: [UInt8]) throws(XMLReadError) -> [XMLEvent] {
        guard utf8.count < Int(Int32.max) else { throw XMLReadError("input of \(utf8.count) bytes is too large") }
        guard !utf8.isEmpty else { throw XMLReadError("empty document") }
        _ = libxml2Initialized
        let collector = XMLEventCollector()
        let failure: String? = utf8.withUnsafeBufferPointer { input in
            input.baseAddress!.withMemoryRebound(to: CChar.self, capacity: input.count) { bytes in
                withExtendedLifetime(collector) { run(bytes, count: input.count, collector: collector) }
            }
        }
        if let failure { throw XMLReadError(failure) }
        return collector.events
    }

    private static let libxml2Initialized: Void = xmlInitParser()

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses the bytes, feeding `collector`; the reason when the document is not well formed.
    private static func run(_ bytes: UnsafePointer<CChar>, count: Int, collector: XMLEventCollector) -> String? {
        guard let context = xmlCreateMemoryParserCtxt(bytes, Int32(count)), context.pointee.sax != nil else {
            return "libxml2 could not create an XML parser"
        }
        defer {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            context.pointee.myDoc = nil
            xmlFreeParserCtxt(context)
        }
        context.pointee.sax.pointee = makeXMLSAXHandler()
        context.pointee.userData = Unmanaged.passUnretained(collector).toOpaque()
        _ = xmlCtxtUseOptions(context, options)
        _ = xmlParseDocument(context)
        guard context.pointee.wellFormed == 0 else { return nil }
        let line = Int(context.pointee.input?.pointee.line ?? 0)
        return "not well-formed XML (line \(line))"
    }
}

/// Collects the parser's events.
private final class XMLEventCollector {
    var events: [XMLEvent] = []
    private var pendingText: [UInt8] = []

    func flushText() {
        guard !pendingText.isEmpty else { return }
        events.append(.text(String(decoding: pendingText, as: UTF8.self)))
        pendingText = []
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) { pendingText.append(contentsOf: bytes) }
}

private func collector(_ context: UnsafeMutableRawPointer?) -> XMLEventCollector? {
    context.map { Unmanaged<XMLEventCollector>.fromOpaque($0).takeUnretainedValue() }
}

private func makeXMLSAXHandler() -> xmlSAXHandler {
    var handler = xmlSAXHandler()
    handler.startElement = { context, name, attributes in
        guard let events = collector(context), let name else { return }
        events.flushText()
        var list: [HTMLAttribute] = []
        var index = 0
        while let attributes, let key = attributes[index] {
            list.append(HTMLAttribute(name: String(cString: key), value: attributes[index + 1].map { String(cString: $0) } ?? ""))
            index += 2
        }
        events.events.append(.start(name: String(cString: name), attributes: list))
    }
    handler.endElement = { context, name in
        guard let events = collector(context), let name else { return }
        events.flushText()
        events.events.append(.end(name: String(cString: name)))
    }
    handler.characters = { context, characters, length in
        guard let events = collector(context), let characters, length > 0 else { return }
        events.text(UnsafeBufferPointer(start: characters, count: Int(length)))
    }
    handler.ignorableWhitespace = handler.characters
    handler.cdataBlock = handler.characters
    handler.endDocument = { context in collector(context)?.flushText() }
    handler.initialized = 1
    return handler
}
