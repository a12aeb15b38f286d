import Crypto
import PardazModel

/// What a reader of one input kind produced: the assembled structure, before it becomes a document.
public struct IngestedStructure: Sendable {
    public var builder: DocumentBuilder
    public var kind: DocumentKind
    /// Languages present, main language first.
    public var languages: [String]

    public init(builder: DocumentBuilder, kind: DocumentKind, languages: [String]) {
        self.builder = builder
        self.kind = kind
        self.languages = languages
    }
}

/// The ingest stage: bytes in, a structured `Document` out.
public enum Ingest {
    /// Reads a document from its bytes. `path` is recorded as given.
    public static func document(bytes: [UInt8], path: String) throws(IngestError) -> Document {
        let decoded = try TextDecoder.decode(bytes)
        var scalars = Array(decoded.text.unicodeScalars)
        // A byte-order mark decoded as U+FEFF is not text; keep offsets honest by blanking it.
        if scalars.first == "\u{FEFF}" { scalars[0] = " " }
        let kind = InputKindDetector.detect(scalars)
        let structure: IngestedStructure
        switch kind {
        case .html: structure = try HTMLArticleReader.read(scalars)
        case .markdown, .plainText: structure = TextArticleReader.read(scalars, kind: kind)
        }
        let digest = SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
        let source = Source(path: path, sha256: digest, byteCount: bytes.count, encoding: decoded.encoding,
                            inputKind: kind, scalarCount: scalars.count)
        let document = structure.builder.build(source: source, kind: structure.kind, languages: structure.languages)
        if document.blocks.isEmpty {
            throw IngestError(.empty, "no text found in the \(kind.rawValue) input")
        }
        return document
    }
}
