import ArgumentParser
import Foundation
import Logging
import PardazExtract
import PardazModel
import PardazRun

/// `pardaz run --input DIR --output DIR`: the batch job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process every new or changed file in a folder into NAME.json and NAME.tei.xml.",
        discussion: """
        A file that cannot be processed gets NAME.error.json with the reason; the others go on. A \
        manifest in OUTPUT/.pardaz records what was done, so the next run processes only new or changed \
        files (or all of them after a version change, or with --force). Only one run works on an output \
        folder at a time. SIGINT or SIGTERM finishes the documents in flight and stops.
        A file or folder that cannot be read or written for a reason outside it (permissions, a full \
        disk, a file swapped while it was read) is tried again on the next run; an unreadable folder's \
        outputs are never taken for gone.
        Exit status: 0 all processed or up to date; 1 some documents failed; 3 some documents or \
        folders could not be read or written (retried next run); 2 usage error; 75 another run holds \
        the output folder (try again later); 130 or 143 stopped by SIGINT or SIGTERM.
        """
    )

    @Option(name: .long, help: "Folder of input articles (plain text, Markdown, HTML).")
    var input: String

    @Option(name: .long, help: "Folder for the outputs; created if missing.")
    var output: String

    @Option(name: .long, help: "Documents processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Process every input, changed or not.")
    var force = false

    @Option(name: .long, help: "Outputs of inputs that are gone: keep (marked in the manifest) or delete.")
    var removed: RemovedInputPolicy = .keep

    @Option(name: .long, help: "Creation time (YYYY-MM-DD) for documents that state none, for relative dates.")
    var dct: String?

    @Option(name: .long, help: "Largest input processed, in MB (10^6 bytes); larger ones fail alone as too-large.")
    var maxSize: Double = Double(DocumentProcessor.maximumBytes) / 1e6

    @Option(name: .long, help: "Log lines as text or json.")
    var logFormat: LogFormat = .text

    @Flag(name: .long, help: "Log only warnings and errors.")
    var quiet = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("input folder '\(input)' does not exist or is not a folder")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxSize > 0, maxSize <= 4096 else { throw ValidationError("--max-size must be between 0 and 4096 MB, not \(maxSize)") }
        if let dct, TimexAnchor(iso: dct) == nil { throw ValidationError("--dct must be a date YYYY-MM-DD, not '\(dct)'") }
    }

    func run() throws {
        let progress = ProgressBar.onTerminal(enabled: !quiet && logFormat == .text)
        // On a terminal the bar shows each document; the log keeps to what needs attention.
        let level: Logger.Level = quiet ? .warning : (progress != nil ? .notice : .info)
        let logger = bootstrapLogging(level: level, format: logFormat, progress: progress)
        var runner = BatchRunner(input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output), logger: logger,
                                 options: RunOptions(jobs: jobs, force: force, removed: removed,
                                                     creationTime: dct.map { CreationTime(value: $0, origin: "given") },
                                                     maximumBytes: Int(maxSize * 1e6)))
        if let progress {
            runner.onDocument = { @Sendable done, total, path, _ in progress.update(done: done, total: total, item: path) }
        }
        let stop = StopSignal()
        stop.install { signal in
            logger.warning("\(signal == SIGINT ? "SIGINT" : "SIGTERM"): finishing the documents in flight, then stopping")
        }
        let summary: RunSummary
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            summary = try runner.run(stop: stop)
            progress?.finish()
        } catch let busy as RunLock.Busy {
            fail("\(output): \(busy)", code: RunLock.busyExitCode)
        } catch let unavailable as Manifest.Unavailable {
            fail("\(unavailable); tried again next run", code: RunSummary.retryExitCode)
        } catch let error as FileSystemError {
            fail("\(output): \(error)", code: error.isTransient ? RunSummary.retryExitCode : 1)
        } catch {
            fail("\(output): \(describe(error))", code: 1)
        }
        throw ExitCode(summary.exitCode)
    }
}

extension RemovedInputPolicy: ExpressibleByArgument {}
