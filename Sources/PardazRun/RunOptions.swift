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

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false,
                removed: RemovedInputPolicy = .keep, pipeline: String = RunOptions.currentPipeline,
                creationTime: CreationTime? = nil) {
        self.jobs = max(1, jobs)
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
    public var failed = 0
    public var removed = 0
    public var seconds = 0.0
    /// The signal that stopped the run early, if one did.
    public var interruptedBy: Int32?

    public init() {}

    /// 0 when every document was processed or skipped, 1 when some failed, 128 + the signal when the
    /// run was stopped early.
    public var exitCode: Int32 {
        if let interruptedBy { return 128 + interruptedBy }
        return failed == 0 ? 0 : 1
    }
}
