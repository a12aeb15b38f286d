import Crypto
import Dispatch
import Foundation
import Logging
import PardazModel

/// How one document of a run ended.
public enum DocumentOutcome: String, Sendable {
    case processed, failed, skipped
    /// Failed for a reason outside the document (unreadable, disk full): tried again next run.
    case failedTransiently = "failed, to be retried"
}

/// The batch job: every file under the input folder becomes `NAME.json` and `NAME.tei.xml` in the
/// output folder (same sub-folders), or `NAME.error.json` when it cannot be processed.
///
/// It is incremental (a manifest in the output folder records each input's hash, size, time and
/// the pipeline that made its outputs; only new or changed inputs are processed, and those whose
/// last attempt failed for a reason outside them), safe to run from cron (its own lock; every file
/// written to a temporary file, flushed and renamed, the manifest updated after the outputs, a
/// damaged manifest set aside and rebuilt; SIGINT/SIGTERM finish the documents in flight), parallel
/// across documents, and one bad document never stops the others. Files are reached by descriptor
/// (`InputReader`, `OutputFolder`): names are bytes, links are never followed out of the folder,
/// and a pipe is never waited on.
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

    /// The plan of a run, without running it (for `pardaz status`); a damaged manifest throws
    /// `Manifest.Damaged`.
    public func plan() throws -> (plan: RunPlan, manifest: Manifest) {
        let manifest = try Manifest(output: output)
        return (try plan(manifest: manifest, outputs: try? OutputFolder(output)), manifest)
    }

    private func plan(manifest: Manifest, outputs: OutputFolder?) throws -> RunPlan {
        let listing = try InputFolder(root: input, excluding: output).list()
        return RunPlan(listing: listing, entries: try manifest.entries(), output: outputs, options: options)
    }

    /// Runs the job; `stop` (when given) asks it to finish the documents in flight and end early.
    public func run(stop: StopSignal? = nil) throws -> RunSummary {
        let lock = try RunLock(output: output)
        defer { withExtendedLifetime(lock) {} }
        let started = Date()
        let outputs = try OutputFolder(output)
        outputs.removeLeftovers()
        let manifest = try Manifest.openRepairing(output: output) { logger.warning("\($0)") }
        let plan = try plan(manifest: manifest, outputs: outputs)
        let work = RunWork(runner: self, plan: plan, manifest: manifest, outputs: outputs,
                           reader: try InputReader(root: input, limit: options.maximumBytes))
        var summary = RunSummary()
        summary.skipped = plan.unchanged.count
        summary.unreadableFolders = reportUnreadable(plan.unreadableFolders)
        summary.removed = work.handleGone(plan.gone)

        let tally = Tally()
        let jobs = min(options.jobs, max(plan.process.count, 1))
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while stop?.isRequested != true, let index = next.take(below: plan.process.count) {
                let item = plan.process[index]
                let outcome = work.process(item)
                let done = tally.add(outcome)
                self.onDocument?(done, plan.process.count, item.file.path.display, outcome)
            }
        }
        let counts = tally.counts
        summary.processed = counts.processed
        summary.failed = counts.failed + counts.retried
        summary.retried = counts.retried
        summary.skipped += counts.skipped
        summary.interruptedBy = stop?.signal
        summary.seconds = Date().timeIntervalSince(started)
        record(summary, started: started, in: manifest)
        let left = plan.process.count - counts.processed - counts.failed - counts.retried - counts.skipped
        logger.notice("summary: \(summary.processed) processed, \(summary.skipped) skipped, \(summary.failed) failed\(summary.retried > 0 ? " (\(summary.retried) to be retried)" : ""), \(summary.removed) removed\(summary.unreadableFolders > 0 ? ", unreadable folders: \(summary.unreadableFolders)" : "")\(left > 0 ? ", \(left) left for the next run" : ""), \(String(format: "%.2f", summary.seconds)) s")
        return summary
    }

    /// Logs each folder that could not be read; returns how many.
    private func reportUnreadable(_ folders: [(path: RelativePath, reason: String, known: Int)]) -> Int {
        for folder in folders {
            logger.error("\(folder.path.display)/: \(folder.reason); its \(folder.known) known documents and their outputs are kept as they were, and the folder is read again next run")
        }
        return folders.count
    }

    private func record(_ summary: RunSummary, started: Date, in manifest: Manifest) {
        do {
            try manifest.record(RunRecord(id: nil, startedAt: started.timeIntervalSince1970,
                                          finishedAt: Date().timeIntervalSince1970, pipeline: options.pipeline,
                                          processed: summary.processed, skipped: summary.skipped, failed: summary.failed,
                                          removed: summary.removed, interrupted: summary.interruptedBy != nil))
        } catch {
            logger.error("\(Manifest.file(in: output).path): could not record the run: \(describe(error))")
        }
    }
}

/// Hands out indexes to the workers of a run, one at a time.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    /// The next index below `limit`, or nil when all are taken.
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
    private var processed = 0, failed = 0, retried = 0, skipped = 0

    /// Adds one; returns how many have ended.
    func add(_ outcome: DocumentOutcome) -> Int {
        lock.lock()
        defer { lock.unlock() }
        switch outcome {
        case .processed: processed += 1
        case .failed: failed += 1
        case .skipped: skipped += 1
        case .failedTransiently: retried += 1
        }
        return processed + failed + retried + skipped
    }

    var counts: (processed: Int, failed: Int, retried: Int, skipped: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (processed, failed, retried, skipped)
    }
}

