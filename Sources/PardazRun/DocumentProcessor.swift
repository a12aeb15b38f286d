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
}

/// Runs the stages on one file: ingest, normalize, extract (temporal expressions, named entities),
/// align (the front matter and abstracts of the two languages), then export to
/// JSON and TEI.
public enum DocumentProcessor {
    /// The normalizer every document goes through (its tables are built once).
    static let normalizer = DocumentNormalizer()

    /// Largest input accepted, in bytes.
    public static let maximumBytes = 64 * 1024 * 1024

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

    /// Reads a regular file, refusing directories, unreadable and oversized files.
    public static func read(_ path: String) throws(ProcessingError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ProcessingError(reason: "unreadable", message: "no such file")
        }
        if isDirectory.boolValue { throw ProcessingError(reason: "unreadable", message: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ProcessingError(reason: "unreadable", message: "cannot open for reading (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            if data.count > maximumBytes {
                throw ProcessingError(reason: "too-large", message: "larger than \(maximumBytes / 1024 / 1024) MB")
            }
            return [UInt8](data)
        } catch let error as ProcessingError {
            throw error
        } catch {
            throw ProcessingError(reason: "unreadable", message: "read failed: \(error.localizedDescription)")
        }
    }
}
