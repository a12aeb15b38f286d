import Foundation
import PardazAlign
import PardazExport
import PardazIngest
import PardazExtract
import PardazModel
import PardazNormalize

/// The outputs of one document.
public struct ProcessedDocument: Sendable {
    public var document: Document
    public var json: Data
    public var tei: Data
}

/// Why a document could not be processed; its description is one line naming the reason.
public struct ProcessingError: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public var message: String
    public var description: String { message }

    public init(reason: String, message: String) {
        self.reason = reason
        self.message = message
    }

    /// Failures outside the document (a file or folder that cannot be read or written, a full
    /// disk, a file swapped while it was read): the next run tries such a document again even if
    /// its size and time did not change.
    public static let transientReasons: Set<String> = ["unreadable", "write", "changed"]

    /// Every reason an error file can give: the ingest's, and the runner's own.
    public static var allReasons: Set<String> {
        Set(IngestError.Reason.allCases.map(\.rawValue)).union(["refused", "export"]).union(transientReasons)
    }

    public var isTransient: Bool { Self.transientReasons.contains(reason) }
}

/// Runs the stages on one file: ingest, normalize, extract (temporal expressions, named entities),
/// align (the front matter and abstracts of the two languages), then export to
/// JSON and TEI.
public enum DocumentProcessor {
    /// The normalizer every document goes through (its tables are built once).
    static let normalizer = DocumentNormalizer()

    /// Largest input accepted by default, in bytes: peak memory is a few hundred times a
    /// document's size, so that larger files fail alone with a clear error instead of exhausting
    /// the machine (`--max-size` sets another limit).
    public static let maximumBytes = 10_000_000

    public static func process(fileAt path: String, creationTime: CreationTime? = nil) throws(ProcessingError) -> ProcessedDocument {
        let bytes = try read(path)
        return try process(bytes: bytes, path: path, creationTime: creationTime)
    }

    /// `creationTime`, when given, is the date relative temporal expressions are resolved against
    /// when the document states none of its own.
    public static func process(bytes: [UInt8], path: String, creationTime: CreationTime? = nil) throws(ProcessingError) -> ProcessedDocument {
        let document: Document
        do {
            let normalized = normalizer.normalize(try Ingest.document(bytes: bytes, path: path))
            let extracted = DocumentEntityTagger().annotate(DocumentTimexTagger().annotate(normalized, fallback: creationTime))
            document = DocumentAligner().annotate(extracted)
        } catch {
            throw ProcessingError(reason: error.reason.rawValue, message: error.message)
        }
        do {
            let json = try JSONExporter.data(for: document)
            let tei = Data(try TEIWriter.write(document, generator: "pardaz \(PardazVersion.string)").utf8)
            return ProcessedDocument(document: document, json: json, tei: tei)
        } catch {
            throw ProcessingError(reason: "export", message: "could not export: \(error)")
        }
    }

    /// Reads a regular file, refusing folders, pipes, unreadable and oversized files.
    public static func read(_ path: String, limit: Int = maximumBytes) throws(ProcessingError) -> [UInt8] {
        try InputReader.read(path: path, limit: limit)
    }
}
