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

    /// Relative to the input folder.
    public var path: String
    /// SHA-256 of the input's bytes, hex.
    public var sha256: String
    public var size: Int64
    /// Modification time, seconds since 1970.
    public var modified: Double
    /// The pipeline (version and settings) that produced the outputs.
    public var pipeline: String
    public var status: Status
    /// The outputs' path without extension, relative to the output folder.
    public var outputBase: String
    public var errorReason: String?
    public var errorMessage: String?
    /// Time spent processing, in seconds.
    public var seconds: Double
    /// When the entry was written, seconds since 1970.
    public var recordedAt: Double

    public init(path: String, sha256: String, size: Int64, modified: Double, pipeline: String, status: Status,
                outputBase: String, errorReason: String? = nil, errorMessage: String? = nil, seconds: Double,
                recordedAt: Double) {
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.modified = modified
        self.pipeline = pipeline
        self.status = status
        self.outputBase = outputBase
        self.errorReason = errorReason
        self.errorMessage = errorMessage
        self.seconds = seconds
        self.recordedAt = recordedAt
    }

    /// The output files this entry stands for, relative to the output folder.
    public var outputs: [String] {
        switch status {
        case .processed, .removed: return [outputBase + ".json", outputBase + ".tei.xml"]
        case .failed: return [outputBase + ".error.json"]
        }
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
