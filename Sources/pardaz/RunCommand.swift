import ArgumentParser
import Foundation
import Logging
import PardazRun

/// `pardaz run --input DIR --output DIR`: the batch job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process every file in a folder into NAME.json and NAME.tei.xml.",
        discussion: """
        A file that cannot be processed gets NAME.error.json with the reason; the others go on. \
        Exit status: 0 when all succeeded, 1 when some failed, 2 for usage errors.
        """
    )

    @Option(name: .long, help: "Folder of input articles (plain text, Markdown, HTML).")
    var input: String

    @Option(name: .long, help: "Folder for the outputs; created if missing.")
    var output: String

    @Flag(name: .long, help: "Log only warnings and errors.")
    var quiet = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("input folder '\(input)' does not exist or is not a folder")
        }
    }

    func run() throws {
        let logger = bootstrapLogging(level: quiet ? .warning : .info)
        let runner = BatchRunner(input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output), logger: logger)
        let summary: RunSummary
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            summary = try runner.run()
        } catch {
            fail("\(output): \(error.localizedDescription)", code: 1)
        }
        throw ExitCode(summary.exitCode)
    }
}
