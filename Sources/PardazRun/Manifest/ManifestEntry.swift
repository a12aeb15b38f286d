import Foundation
import GRDB

/// What the manifest knows of one input: its content, the pipeline that produced its outputs, and
/// how that went.
public struct ManifestEntry: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "document"

    public enum Status: String, Codable, Sendable, DatabaseValueConvertible {
        /// Outputs `NAME.json` and `NAME.tei.xml` were written.
        case processed
        /// `NAME.error.json` was written.
        case failed
        /// The input is gone; its outputs were kept (`--removed keep`).
        case removed
    }

    /// Relative to the input folder, as its `RelativePath.key`.
    public var path: String
    /// SHA-256 of the input's bytes, hex.
    public var sha256: String
    public var size: Int64
    /// Modification time, seconds since 1970.
    public var modified: Double
    /// The pipeline (version and settings) that produced the outputs.
    public var pipeline: String
    public var status: Status
    /// The outputs' path without extension, relative to the output folder, as its `RelativePath.key`.
    public var outputBase: String
    public var errorReason: String?
    public var errorMessage: String?
    /// Time spent processing, in seconds.
    public var seconds: Double
    /// When the entry was written, seconds since 1970.
    public var recordedAt: Double

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case path, sha256, size, modified, pipeline, status, outputBase, errorReason, errorMessage, seconds, recordedAt
    }

    public init(path: RelativePath, sha256: String, size: Int64, modified: Double, pipeline: String, status: Status,
                outputBase: RelativePath, errorReason: String? = nil, errorMessage: String? = nil, seconds: Double,
                recordedAt: Double) {
        self.path = path.key
        self.sha256 = sha256
        self.size = size
        self.modified = modified
        self.pipeline = pipeline
        self.status = status
        self.outputBase = outputBase.key
        self.errorReason = errorReason
        self.errorMessage = errorMessage
        self.seconds = seconds
        self.recordedAt = recordedAt
    }

    /// A row as read back, or nil when a required value is missing or of the wrong type (a damaged
    /// or hand-edited manifest never stops a run).
    init?(tolerant row: Row) {
        func value<T: DatabaseValueConvertible>(_ key: CodingKeys, _: T.Type = T.self) -> T? {
            row.hasColumn(key.rawValue) ? T.fromDatabaseValue(row[key.rawValue] as DatabaseValue) : nil
        }
        guard let path: String = value(.path), let sha256: String = value(.sha256), let size: Int64 = value(.size),
            let modified: Double = value(.modified), let pipeline: String = value(.pipeline),
            let status = value(.status, String.self).flatMap(Status.init(rawValue:)),
            let outputBase: String = value(.outputBase)
        else { return nil }
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.modified = modified
        self.pipeline = pipeline
        self.status = status
        self.outputBase = outputBase
        errorReason = value(.errorReason)
        errorMessage = value(.errorMessage)
        seconds = value(.seconds) ?? 0
        recordedAt = value(.recordedAt) ?? 0
    }

    /// The input's path.
    public var relativePath: RelativePath { RelativePath(key: path) }

    /// The outputs' path without extension.
    public var outputPath: RelativePath { RelativePath(key: outputBase) }

    /// The output files this entry stands for, relative to the output folder.
    public var outputs: [RelativePath] {
        switch status {
        case .processed, .removed: return [outputPath.appending(".json"), outputPath.appending(".tei.xml")]
        case .failed: return [outputPath.appending(".error.json")]
        }
    }

    /// Whether the last attempt failed for a reason outside the document (an unreadable file, a
    /// full disk), so that the next run tries it again.
    public var failedTransiently: Bool {
        errorReason.map(ProcessingError.transientReasons.contains) ?? false
    }
}

/// One run of `pardaz run`, as the manifest records it.
public struct RunRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "run"

    public var id: Int64?
    public var startedAt: Double
    public var finishedAt: Double
    public var pipeline: String
    public var processed: Int
    public var skipped: Int
    public var failed: Int
    public var removed: Int
    /// True when SIGINT or SIGTERM stopped the run before its end.
    public var interrupted: Bool
}
