import ArgumentParser
import Foundation
import PardazModel
import PardazRun

/// `pardaz status --input DIR --output DIR`: what a run would do, and what failed last time.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what the next run would do and which inputs failed.",
        discussion: "Reads the manifest in OUTPUT/.pardaz without changing anything but creating it. Exit status 0; 1 when the manifest is damaged (the next run sets it aside and rebuilds it) or cannot be read; 2 for usage errors."
    )

    @Option(name: .long, help: "Folder of input articles.")
    var input: String

    @Option(name: .long, help: "Output folder of earlier runs.")
    var output: String

    @Flag(name: .long, help: "Plan as for `run --force`.")
    var force = false

    @Flag(name: .long, help: "List every input to be processed, not only the counts.")
    var verbose = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("input folder '\(input)' does not exist or is not a folder")
        }
    }

    func run() throws {
        let runner = BatchRunner(input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output),
                                 logger: .init(label: "pardaz"), options: RunOptions(force: force))
        let (plan, manifest): (RunPlan, Manifest)
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            (plan, manifest) = try runner.plan()
        } catch let damaged as Manifest.Damaged {
            fail("\(damaged)", code: 1)
        } catch {
            fail("\(output): \(describe(error))", code: 1)
        }
        var lines: [String] = []
        let counts = Dictionary(grouping: plan.process, by: \.reason.rawValue).mapValues(\.count)
        let reasons = counts.keys.sorted().map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
        lines.append("to process: \(plan.process.count)" + (reasons.isEmpty ? "" : " (\(reasons))"))
        lines.append("up to date: \(plan.unchanged.count)")
        lines.append("inputs gone: \(plan.gone.filter { $0.status != .removed }.count)")
        if verbose {
            for item in plan.process { lines.append("  \(item.reason.rawValue): \(item.file.path.display)") }
        }
        for folder in plan.unreadableFolders {
            lines.append("unreadable folder: \(folder.path.display)/: \(folder.reason) (\(folder.known) known documents kept)")
        }
        let entries = (try? manifest.entries()) ?? [:]
        let failed = entries.values.filter { $0.status == .failed || $0.errorReason != nil }
            .sorted { $0.relativePath < $1.relativePath }
        lines.append("failed last time: \(failed.count)")
        for entry in failed {
            let retry = entry.failedTransiently ? " (to be retried)" : ""
            let message = (entry.errorMessage ?? entry.errorReason ?? "failed").replacingOccurrences(of: "\n", with: " ")
            lines.append("  \(entry.relativePath.display): \(message)\(retry)")
        }
        if let last = try? manifest.lastRun() {
            let date = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: last.finishedAt))
            lines.append("last run: \(date), \(last.processed) processed, \(last.skipped) skipped, \(last.failed) failed"
                         + (last.interrupted ? ", interrupted" : ""))
        }
        print(lines.joined(separator: "\n"))
    }
}
