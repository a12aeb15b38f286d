/// How the input's bytes were turned into text.
public enum SourceEncoding: String, Codable, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1256 = "windows-1256"
}

/// The shape of the input, detected from its content.
public enum InputKind: String, Codable, Sendable, CaseIterable {
    /// Plain text, such as a news article copied from a web page.
    case plainText = "plain-text"
    /// Markdown, typically converted from a PDF.
    case markdown
    /// An HTML page.
    case html
}

/// Where a document came from: the file, its bytes and how they were read.
public struct Source: Hashable, Sendable, Codable {
    /// The path as given to the pipeline.
    public var path: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    public var byteCount: Int
    public var encoding: SourceEncoding
    public var inputKind: InputKind
    /// Length of the decoded source text in Unicode scalars; every `sourceRange` lies within it.
    public var scalarCount: Int

    public init(path: String, sha256: String, byteCount: Int, encoding: SourceEncoding,
                inputKind: InputKind, scalarCount: Int) {
        self.path = path
        self.sha256 = sha256
        self.byteCount = byteCount
        self.encoding = encoding
        self.inputKind = inputKind
        self.scalarCount = scalarCount
    }
}
