internal import CLibXML2

/// Validates XML documents against a RelaxNG schema (XML syntax), offline, with libxml2.
///
/// Each instance owns its compiled schema and creates fresh parser and validation contexts for
/// every call; errors are collected per call through structured-error callbacks, never through
/// libxml2's global handlers. An instance is not meant to be used by two tasks at once: give each
/// task its own.
public final class RelaxNGValidator {
    private let schema: xmlRelaxNGPtr

    /// Compiles `schema`, the text of a RelaxNG schema in XML syntax.
    public convenience init(schema: String) throws(XMLError) {
        try self.init(schema: Array(schema.utf8))
    }

    /// Compiles the RelaxNG schema held in `schema` (UTF-8 bytes).
    public init(schema bytes: [UInt8]) throws(XMLError) {
        xmlInitParser()
        let collector = ErrorCollector()
        let compiled: xmlRelaxNGPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> xmlRelaxNGPtr? in
                guard let parser = xmlRelaxNGNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else {
                    return nil
                }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                return withExtendedLifetime(collector) {
                    xmlRelaxNGSetParserStructuredErrors(parser, { context, error in
                        ErrorCollector.from(context)?.add(error)
                    }, Unmanaged.passUnretained(collector).toOpaque())
                    return xmlRelaxNGParse(parser)
                }
            }
        }
        guard let compiled else {
            let details = collector.messages.isEmpty ? "" : ": " + collector.messages.joined(separator: "; ")
            throw XMLError("invalid RelaxNG schema\(details)")
        }
        schema = compiled
    }

    deinit { xmlRelaxNGFree(schema) }

    /// Validates `document` (UTF-8 text) and returns the errors found; empty means valid.
    public func validate(_ document: String) -> [String] {
        validate(Array(document.utf8))
    }

    /// Validates the XML document in `bytes` and returns the errors found, each as
    /// `line N: message`; empty means valid. A document that is not well formed is reported with
    /// its parse errors. The document is read without network access and without substituting
    /// entities.
    public func validate(_ bytes: [UInt8]) -> [String] {
        let collector = ErrorCollector()
        withExtendedLifetime(collector) {
            let context = Unmanaged.passUnretained(collector).toOpaque()
            guard let document = parse(bytes, context: context) else {
                if collector.messages.isEmpty { collector.messages.append("the document is not well formed") }
                return
            }
            defer { xmlFreeDoc(document) }
            guard let validation = xmlRelaxNGNewValidCtxt(schema) else {
                collector.messages.append("cannot create a RelaxNG validation context")
                return
            }
            defer { xmlRelaxNGFreeValidCtxt(validation) }
            xmlRelaxNGSetValidStructuredErrors(validation, { context, error in
                ErrorCollector.from(context)?.add(error)
            }, context)
            let result = xmlRelaxNGValidateDoc(validation, document)
            if result != 0 && collector.messages.isEmpty {
                collector.messages.append("the document does not match the schema")
            }
        }
        return collector.messages
    }

    /// Parses `bytes` with a parser context of its own whose errors go to the collector at `context`.
    private func parse(_ bytes: [UInt8], context: UnsafeMutableRawPointer) -> xmlDocPtr? {
        guard let parser = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(parser) }
        // Parser errors are raised with the parser context as their user data; the collector rides
        // along in `_private`.
        parser.pointee._private = context
        parser.pointee.sax.pointee.serror = { userData, error in
            guard let parser = userData?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
            ErrorCollector.from(parser.pointee._private)?.add(error)
        }
        let options = Int32(XML_PARSE_NONET.rawValue)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(parser, chars.baseAddress, Int32(chars.count), "document.xml", nil, options)
            }
        }
    }
}

/// Gathers the messages of libxml2's structured errors during one call.
private final class ErrorCollector {
    var messages: [String] = []

    static func from(_ pointer: UnsafeMutableRawPointer?) -> ErrorCollector? {
        guard let pointer else { return nil }
        return Unmanaged<ErrorCollector>.fromOpaque(pointer).takeUnretainedValue()
    }

    func add(_ error: xmlErrorPtr?) {
        guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        while let last = message.unicodeScalars.last, last == "\n" || last == " " {
            message.unicodeScalars.removeLast()
        }
        let line = Int(error.pointee.line)
        messages.append(line > 0 ? "line \(line): \(message)" : message)
    }
}
