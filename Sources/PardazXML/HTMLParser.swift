internal import CLibXML2

/// Why an input could not be parsed as HTML at all.
public struct HTMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Reads HTML with libxml2's HTML parser in SAX mode into an `HTMLTree` whose nodes carry their
/// byte ranges in the input.
///
/// The parser recovers from malformed markup, reports no errors or warnings, reads nothing from the
/// network, loads no DTD or external entity, and reads the input as UTF-8 whatever the page declares
/// (`<meta charset=windows-1256>` included): callers decode the file first. Elements nested deeper
/// than `maxDepth` are flattened into the deepest one kept, so that no input can make the tree, or
/// code walking it recursively, arbitrarily deep.
public enum HTMLParser {
    public static let defaultMaxDepth = 256

    public static func parse(_ utf8: [UInt8], maxDepth: Int = defaultMaxDepth) throws(HTMLParseError) -> HTMLTree {
        guard utf8.count < Int(Int32.max) else {
            throw HTMLParseError("input of \(utf8.count) bytes is larger than libxml2 can parse")
        }
        _ = libxml2Initialized
        let tree = utf8.withUnsafeBufferPointer { input -> HTMLTree? in
            let builder = HTMLTreeBuilder(input: input, maxDepth: maxDepth)
            guard let base = input.baseAddress, !input.isEmpty else { return builder.finish() }
            let parsed = withExtendedLifetime(builder) {
                base.withMemoryRebound(to: CChar.self, capacity: input.count) { bytes in
                    run(bytes, count: input.count, builder: builder)
                }
            }
            return parsed ? builder.finish() : nil
        }
        guard let tree else { throw HTMLParseError("libxml2 could not create an HTML parser") }
        return tree
    }

    /// libxml2's global set-up, done once before any parser runs (documents are parsed in parallel).
    private static let libxml2Initialized: Void = xmlInitParser()

    private static let options: Int32 = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Parses `count` bytes at `bytes`, feeding `builder`. False when no parser could be created.
    private static func run(_ bytes: UnsafePointer<CChar>, count: Int, builder: HTMLTreeBuilder) -> Bool {
        guard let context = htmlCreateMemoryParserCtxt(bytes, Int32(count)), context.pointee.sax != nil else {
            return false
        }
        defer {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            context.pointee.myDoc = nil
            htmlFreeParserCtxt(context)
        }
        context.pointee.sax.pointee = makeSAXHandler()
        context.pointee.userData = UnsafeMutableRawPointer(context)
        context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
        _ = htmlCtxtUseOptions(context, options)
        // The input is UTF-8: say so before the parser meets a non-ASCII byte and guesses an
        // encoding (this is what xmlSwitchEncoding does for UTF-8, which needs no converter).
        context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
        _ = htmlParseDocument(context)
        return true
    }
}

// MARK: SAX callbacks (C function pointers: they capture nothing and reach the builder through
// the parser context's `_private` pointer)

/// Callbacks for elements, text, raw text (script and style), and the constructs that are skipped
/// but move the position on (comments, processing instructions, the doctype). Entity and DTD
/// callbacks stay unset, so nothing external is ever resolved.
private func makeSAXHandler() -> htmlSAXHandler {
    var handler = htmlSAXHandler()
    handler.startElement = { context, name, attributes in
        guard let (builder, parser) = treeBuilder(context), let name else { return }
        builder.startElement(name: lowercasedString(name), attributes: attributeList(attributes),
                             depth: Int(parser.pointee.nameNr), cursor: Int(pz_parserOffset(parser)))
    }
    handler.endElement = { context, _ in
        guard let (builder, parser) = treeBuilder(context) else { return }
        builder.endElement(depth: Int(parser.pointee.nameNr), cursor: Int(pz_parserOffset(parser)))
    }
    handler.characters = { context, characters, length in
        deliverText(context, characters, length, isRaw: false)
    }
    handler.ignorableWhitespace = { context, characters, length in
        deliverText(context, characters, length, isRaw: false)
    }
    handler.cdataBlock = { context, characters, length in
        deliverText(context, characters, length, isRaw: true)
    }
    handler.comment = { context, _ in skip(context) }
    handler.processingInstruction = { context, _, _ in skip(context) }
    handler.internalSubset = { context, _, _, _ in skip(context) }
    handler.initialized = 1
    return handler
}

private func treeBuilder(_ context: UnsafeMutableRawPointer?) -> (HTMLTreeBuilder, xmlParserCtxtPtr)? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = parser.pointee._private else { return nil }
    return (Unmanaged<HTMLTreeBuilder>.fromOpaque(opaque).takeUnretainedValue(), parser)
}

private func deliverText(_ context: UnsafeMutableRawPointer?, _ characters: UnsafePointer<xmlChar>?,
                         _ length: Int32, isRaw: Bool) {
    guard let (builder, parser) = treeBuilder(context), let characters, length > 0 else { return }
    builder.text(UnsafeBufferPointer(start: characters, count: Int(length)), depth: Int(parser.pointee.nameNr),
                 cursor: Int(pz_parserOffset(parser)), isRaw: isRaw)
}

private func skip(_ context: UnsafeMutableRawPointer?) {
    guard let (builder, parser) = treeBuilder(context) else { return }
    builder.skipped(depth: Int(parser.pointee.nameNr), cursor: Int(pz_parserOffset(parser)))
}

/// The `name, value, name, value, …, NULL` list libxml2 passes; a value is NULL for an attribute
/// written without one.
private func attributeList(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [HTMLAttribute] {
    guard let list else { return [] }
    var result: [HTMLAttribute] = []
    var index = 0
    while let name = list[index] {
        let value = list[index + 1].map { String(cString: $0) } ?? ""
        result.append(HTMLAttribute(name: lowercasedString(name), value: value))
        index += 2
    }
    return result
}

private func lowercasedString(_ name: UnsafePointer<xmlChar>) -> String {
    var bytes: [UInt8] = []
    var pointer = name
    while pointer.pointee != 0 {
        let byte = pointer.pointee
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        pointer += 1
    }
    return String(decoding: bytes, as: UTF8.self)
}
