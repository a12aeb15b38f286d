import Crypto
import Foundation
import Logging
import PardazModel

/// The work of one run on each document of its plan: read, process, write the outputs, record.
struct RunWork: Sendable {
    let runner: BatchRunner
    let plan: RunPlan
    let manifest: Manifest
    let outputs: OutputFolder
    let reader: InputReader

    var logger: Logger { runner.logger }
    var options: RunOptions { runner.options }

    /// Processes one input and records it: outputs first, then the manifest entry.
    func process(_ item: RunPlan.Item) -> DocumentOutcome {
        let file = item.file
        let start = Date()
        var entry = ManifestEntry(path: file.path, sha256: "", size: file.size, modified: file.modified,
                                  pipeline: options.pipeline, status: .failed, outputBase: item.base, seconds: 0,
                                  recordedAt: 0)
        var outcome = DocumentOutcome.failed
        do throws(ProcessingError) {
            if let refusal = file.refusal { throw ProcessingError(reason: "refused", message: refusal) }
            let bytes = try reader.read(file)
            entry.sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            if let kept = keptAsItWas(item, entry) ?? adopted(item, entry) {
                record(kept, start: start)
                return .skipped
            }
            // Record the path relative to the input folder, so that outputs do not depend on where
            // the archive is mounted.
            let result = try DocumentProcessor.process(bytes: bytes, path: file.path.display,
                                                       creationTime: options.creationTime)
            try write(result.json, to: item.base.appending(".json"))
            try write(result.tei, to: item.base.appending(".tei.xml"))
            outputs.remove(item.base.appending(".error.json"))
            entry.status = .processed
            outcome = .processed
            logger.info("processed \(file.path.display)")
        } catch {
            entry = failed(item, entry, error)
            outcome = error.isTransient ? .failedTransiently : .failed
        }
        if let previous = item.previous, previous.outputPath != item.base {
            removeOutputs(of: previous)
        }
        if !record(entry, start: start) { outcome = .failedTransiently }
        return outcome
    }

    /// A touched but unchanged input: its entry again, nothing to write.
    private func keptAsItWas(_ item: RunPlan.Item, _ entry: ManifestEntry) -> ManifestEntry? {
        guard let previous = item.previous, item.reason == .changed, previous.sha256 == entry.sha256,
            previous.status != .removed, !previous.failedTransiently
        else { return nil }
        var kept = entry
        kept.status = previous.status
        kept.errorReason = previous.errorReason
        kept.errorMessage = previous.errorMessage
        return kept
    }

    /// An input the manifest does not know (a new manifest after a damaged one was set aside) whose
    /// outputs are there and were made from these very bytes by this pipeline: they are kept.
    private func adopted(_ item: RunPlan.Item, _ entry: ManifestEntry) -> ManifestEntry? {
        guard item.previous == nil, options.creationTime == nil,
            outputs.contains(item.base.appending(".tei.xml")),
            let json = outputs.read(item.base.appending(".json")),
            OutputProvenance(json: json)?.matches(sha256: entry.sha256, path: item.file.path.display) == true
        else { return nil }
        var kept = entry
        kept.status = .processed
        logger.info("kept the outputs of \(item.file.path.display): they were made from it by this version")
        return kept
    }

    private func write(_ data: Data, to path: RelativePath) throws(ProcessingError) {
        do {
            try outputs.write(data, to: path)
        } catch {
            throw ProcessingError(reason: "write", message: "\(path.display): \(error.description)")
        }
    }

    /// What a failure leaves: the error file (the outputs from before kept when the input could not
    /// be read for a reason outside it) and the entry to record.
    private func failed(_ item: RunPlan.Item, _ entry: ManifestEntry, _ error: ProcessingError) -> ManifestEntry {
        var entry = entry
        entry.errorReason = error.reason
        entry.errorMessage = error.message
        let retry = error.isTransient ? "; tried again next run" : ""
        if error.reason != "write", let previous = item.previous, previous.status == .processed,
            previous.outputPath == item.base, error.isTransient {
            logger.error("\(item.file.path.display): \(error.message); its outputs from before are kept\(retry)")
            entry.status = .processed
            entry.sha256 = previous.sha256
            return entry
        }
        logger.error("\(item.file.path.display): \(error.message)\(retry)")
        for stale in [".json", ".tei.xml"] { outputs.remove(item.base.appending(stale)) }
        let report = ErrorReport(schemaVersion: PardazVersion.jsonSchema, source: item.file.path.display,
                                 reason: error.reason, message: error.message)
        do {
            try outputs.write(report.data(), to: item.base.appending(".error.json"))
        } catch {
            logger.error("\(item.file.path.display): could not write its error file either: \(error.description)")
        }
        return entry
    }

    /// Writes the entry; false (and a log line) when the manifest cannot take it.
    @discardableResult
    private func record(_ entry: ManifestEntry, start: Date) -> Bool {
        var entry = entry
        entry.seconds = Date().timeIntervalSince(start)
        entry.recordedAt = Date().timeIntervalSince1970
        do {
            try manifest.record(entry)
            return true
        } catch {
            logger.error("\(entry.relativePath.display): could not record in the manifest: \(describe(error)); tried again next run")
            return false
        }
    }

    /// Deletes or marks the entries of inputs that are gone; returns how many were handled.
    func handleGone(_ gone: [ManifestEntry]) -> Int {
        var handled = 0
        for entry in gone {
            do {
                switch options.removed {
                case .delete:
                    removeOutputs(of: entry)
                    try manifest.delete(path: entry.relativePath)
                case .keep:
                    guard entry.status != .removed else { continue }
                    if entry.status == .failed {
                        removeOutputs(of: entry)
                        try manifest.delete(path: entry.relativePath)
                    } else {
                        var marked = entry
                        marked.status = .removed
                        try manifest.record(marked)
                    }
                }
            } catch {
                logger.error("\(entry.relativePath.display): could not record that it is gone: \(describe(error))")
                continue
            }
            handled += 1
            logger.info("input gone: \(entry.relativePath.display)")
        }
        return handled
    }

    /// Removes an entry's outputs, but none whose name an input that is there now owns (an older
    /// output of another input is never removed for it).
    private func removeOutputs(of entry: ManifestEntry) {
        for output in OutputNames.outputs(of: entry.outputPath) where !plan.names.owns(output) {
            outputs.remove(output)
        }
    }
}
