import Crypto
import Dispatch
import Foundation
import Logging
import PardazModel

/// How one document of a run ended.
public enum DocumentOutcome: String, Sendable {
    case processed, failed, skipped
}

/// The batch job: every file under the input folder becomes `NAME.json` and `NAME.tei.xml` in the
/// output folder (same sub-folders), or `NAME.error.json` when it cannot be processed.
///
/// It is incremental (a manifest in the output folder records each input's hash, size, time and
/// the pipeline that made its outputs; only new or changed inputs are processed), safe to run from
/// cron (its own lock; every file written to a temporary file, flushed and renamed, the manifest
/// updated after the outputs; SIGINT/SIGTERM finish the documents in flight), parallel across
/// documents, and one bad document never stops the others.
public struct BatchRunner: Sendable {
    public var input: URL
    public var output: URL
    public var logger: Logger
    public var options: RunOptions
    /// Told of each document as it ends: how many are done, how many to do, its path, how it went.
    public var onDocument: (@Sendable (_ done: Int, _ total: Int, _ path: String, _ outcome: DocumentOutcome) -> Void)?

    public init(input: URL, output: URL, logger: Logger, options: RunOptions = RunOptions()) {
        self.input = input.standardizedFileURL
        self.output = output.standardizedFileURL
        self.logger = logger
        self.options = options
    }

    /// The plan of a run, without running it (for `pardaz status`).
    public func plan() throws -> (plan: RunPlan, manifest: Manifest) {
        let manifest = try Manifest(output: output)
        let files = InputFolder(root: input, excluding: output).files()
        return (RunPlan(files: files, entries: try manifest.entries(), output: output, options: options), manifest)
    }

    /// Runs the job; `stop` (when given) asks it to finish the documents in flight and end early.
    public func run(stop: StopSignal? = nil) throws -> RunSummary {
        let lock = try RunLock(output: output)
        defer { withExtendedLifetime(lock) {} }
        let started = Date()
        AtomicFile.removeLeftovers(in: output)
        let (plan, manifest) = try plan()
        var summary = RunSummary()
        summary.skipped = plan.unchanged.count
        summary.removed = try handleGone(plan.gone, manifest: manifest)

        let tally = Tally()
        let jobs = min(options.jobs, max(plan.process.count, 1))
        let next = Counter()
        let processOne = { @Sendable (item: RunPlan.Item) in
            let outcome = self.process(item, manifest: manifest)
            let done = tally.add(outcome)
            self.onDocument?(done, plan.process.count, item.file.path, outcome)
        }
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while stop?.isRequested != true, let index = next.take(below: plan.process.count) {
                processOne(plan.process[index])
            }
        }
        let counts = tally.counts
        summary.processed = counts.processed
        summary.failed = counts.failed
        summary.skipped += counts.skipped
        summary.interruptedBy = stop?.signal
        summary.seconds = Date().timeIntervalSince(started)
        try manifest.record(RunRecord(id: nil, startedAt: started.timeIntervalSince1970,
                                      finishedAt: Date().timeIntervalSince1970, pipeline: options.pipeline,
                                      processed: summary.processed, skipped: summary.skipped, failed: summary.failed,
                                      removed: summary.removed, interrupted: summary.interruptedBy != nil))
        let left = plan.process.count - counts.processed - counts.failed - counts.skipped
        logger.notice("summary: \(summary.processed) processed, \(summary.skipped) skipped, \(summary.failed) failed, \(summary.removed) removed\(left > 0 ? ", \(left) left for the next run" : ""), \(String(format: "%.2f", summary.seconds)) s")
        return summary
    }

    /// Processes one input and records it: outputs first, then the manifest entry.
    private func process(_ item: RunPlan.Item, manifest: Manifest) -> DocumentOutcome {
        let file = item.file
        let start = Date()
        let base = output.appendingPathComponent(item.base)
        var entry = ManifestEntry(path: file.path, sha256: "", size: file.size, modified: file.modified,
                                  pipeline: options.pipeline, status: .failed, outputBase: item.base, seconds: 0,
                                  recordedAt: 0)
        var outcome = DocumentOutcome.failed
        do {
            if let refusal = file.refusal { throw ProcessingError(reason: "refused", message: refusal) }
            let bytes = try DocumentProcessor.read(input.appendingPathComponent(file.path).path)
            entry.sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            // Touched but not changed: nothing to write.
            if let previous = item.previous, item.reason == .changed, previous.sha256 == entry.sha256,
               previous.status != .removed {
                entry.status = previous.status
                entry.errorReason = previous.errorReason
                entry.errorMessage = previous.errorMessage
                entry.seconds = previous.seconds
                entry.recordedAt = Date().timeIntervalSince1970
                try manifest.record(entry)
                return .skipped
            }
            // Record the path relative to the input folder, so that outputs do not depend on where
            // the archive is mounted.
            let result = try DocumentProcessor.process(bytes: bytes, path: file.path, creationTime: options.creationTime)
            try AtomicFile.write(result.json, to: base.appendingPathExtension("json"))
            try AtomicFile.write(result.tei, to: base.appendingPathExtension("tei.xml"))
            try? FileManager.default.removeItem(at: base.appendingPathExtension("error.json"))
            entry.status = .processed
            outcome = .processed
            logger.info("processed \(file.path)")
        } catch {
            let (reason, message) = (error as? ProcessingError).map { ($0.reason, $0.message) } ?? ("write", "\(error)")
            logger.error("\(file.path): \(message)")
            for stale in ["json", "tei.xml"] { try? FileManager.default.removeItem(at: base.appendingPathExtension(stale)) }
            let report = ErrorReport(schemaVersion: PardazVersion.jsonSchema, source: file.path, reason: reason, message: message)
            try? AtomicFile.write(report.data(), to: base.appendingPathExtension("error.json"))
            entry.errorReason = reason
            entry.errorMessage = message
        }
        if let previous = item.previous, previous.outputBase != item.base {
            removeOutputs(of: previous)
        }
        entry.seconds = Date().timeIntervalSince(start)
        entry.recordedAt = Date().timeIntervalSince1970
        do {
            try manifest.record(entry)
        } catch {
            logger.error("\(file.path): could not record in the manifest: \(error)")
        }
        return outcome
    }

    /// Deletes or marks the entries of inputs that are gone; returns how many were handled.
    private func handleGone(_ gone: [ManifestEntry], manifest: Manifest) throws -> Int {
        var handled = 0
        for entry in gone {
            switch options.removed {
            case .delete:
                removeOutputs(of: entry)
                try manifest.delete(path: entry.path)
            case .keep:
                guard entry.status != .removed else { continue }
                if entry.status == .failed {
                    removeOutputs(of: entry)
                    try manifest.delete(path: entry.path)
                } else {
                    var marked = entry
                    marked.status = .removed
                    try manifest.record(marked)
                }
            }
            handled += 1
            logger.info("input gone: \(entry.path)")
        }
        return handled
    }

    private func removeOutputs(of entry: ManifestEntry) {
        for name in [".json", ".tei.xml", ".error.json"] {
            try? FileManager.default.removeItem(at: output.appendingPathComponent(entry.outputBase + name))
        }
    }
}

/// Hands out indexes to the workers of a run, one at a time.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}

/// Counts the documents of a run as they end.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var processed = 0, failed = 0, skipped = 0

    /// Adds one; returns how many have ended.
    func add(_ outcome: DocumentOutcome) -> Int {
        lock.lock()
        defer { lock.unlock() }
        switch outcome {
        case .processed: processed += 1
        case .failed: failed += 1
        case .skipped: skipped += 1
        }
        return processed + failed + skipped
    }

    var counts: (processed: Int, failed: Int, skipped: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (processed, failed, skipped)
    }
}

/// The content of `NAME.error.json`.
struct ErrorReport: Codable {
    var schemaVersion: String
    var source: String
    var reason: String
    var message: String

    func data() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data([0x0A])
    }
}

/// Output names: the input's path without its extension, or with it when two inputs would
/// otherwise share a name (`a.txt` and `a.html`).
struct OutputNames {
    private var bases: [String: String] = [:]

    init(_ files: [String]) {
        var stems: [String: Int] = [:]
        for file in files { stems[Self.stem(file), default: 0] += 1 }
        for file in files { bases[file] = stems[Self.stem(file)]! > 1 ? file : Self.stem(file) }
    }

    func base(for file: String) -> String { bases[file] ?? file }

    private static func stem(_ file: String) -> String {
        let url = URL(fileURLWithPath: file)
        let name = url.lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return file }
        let directory = file.dropLast(name.count)
        return String(directory + name[..<dot])
    }
}
