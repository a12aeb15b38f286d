import Foundation
import PardazModel

/// What to do with the outputs of an input that has disappeared.
public enum RemovedInputPolicy: String, Sendable, CaseIterable {
    /// Keep its outputs and mark its manifest entry `removed`.
    case keep
    /// Delete its outputs and its manifest entry.
    case delete
}

/// The settings of a batch run.
public struct RunOptions: Sendable {
    /// Documents processed at once.
    public var jobs: Int
    /// Reprocess every input, changed or not.
    public var force: Bool
    public var removed: RemovedInputPolicy
    /// The pipeline's version and settings: outputs made by another pipeline are made again.
    public var pipeline: String
    /// The creation time for documents that state none (`--dct`); part of the pipeline's settings.
    public var creationTime: CreationTime?
    /// Largest input processed, in bytes (`--max-size`); larger ones fail alone as `too-large`.
    public var maximumBytes: Int

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false,
                removed: RemovedInputPolicy = .keep, pipeline: String = RunOptions.currentPipeline,
                creationTime: CreationTime? = nil, maximumBytes: Int = DocumentProcessor.maximumBytes) {
        self.jobs = max(1, jobs)
        self.maximumBytes = maximumBytes
        self.force = force
        self.removed = removed
        self.creationTime = creationTime
        self.pipeline = pipeline + (creationTime.map { "; dct \($0.value)" } ?? "")
    }

    /// This build's pipeline: its version and the output schema's version (the stages' settings are
    /// fixed in this version; a setting that becomes a flag joins this string).
    public static let currentPipeline = "pardaz \(PardazVersion.string); json \(PardazVersion.jsonSchema)"
}

/// What a batch run did.
public struct RunSummary: Sendable, Equatable {
    public var processed = 0
    public var skipped = 0
    /// Documents that failed, `retried` of them for a reason outside the document.
    public var failed = 0
    /// Documents that failed for a reason outside them (cannot be read or written, disk full):
    /// the next run tries them again.
    public var retried = 0
    /// Folders that could not be read: their documents were neither processed nor taken for gone.
    public var unreadableFolders = 0
    public var removed = 0
    public var seconds = 0.0
    /// The signal that stopped the run early, if one did.
    public var interruptedBy: Int32?

    public init() {}

    /// Exit status when a document or folder failed for a reason outside it, to be tried again.
    public static let retryExitCode: Int32 = 3

    /// 0 when every document was processed or skipped; 3 when some document or folder could not be
    /// read or written (a permission, a full disk: the next run tries again); 1 when some documents
    /// failed otherwise (each has its `NAME.error.json`); 128 + the signal when the run was stopped
    /// early.
    public var exitCode: Int32 {
        if let interruptedBy { return 128 + interruptedBy }
        if retried > 0 || unreadableFolders > 0 { return Self.retryExitCode }
        return failed == 0 ? 0 : 1
    }
}
