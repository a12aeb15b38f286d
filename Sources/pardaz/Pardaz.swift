import ArgumentParser
import Foundation
import Logging
import PardazModel

/// The `pardaz` command: a bilingual English/Persian document-processing pipeline.
struct Pardaz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pardaz",
        abstract: "Turn English and Persian articles into aligned, structured JSON and TEI XML.",
        discussion: """
        Exit codes: 0 success; 1 some documents failed (run) or the input failed (process, normalize); \
        2 usage error; 75 another run holds the output folder; 130/143 run stopped by SIGINT/SIGTERM.
        """,
        version: PardazVersion.string,
        subcommands: [RunCommand.self, StatusCommand.self, ProcessCommand.self, NormalizeCommand.self, TimexCommand.self, TagCommand.self, LayoutCommand.self, EntitiesCommand.self, AlignCommand.self, TrainCommand.self]
    )
}

/// How log lines are written.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    /// `LEVEL pardaz: message`, as swift-log's stream handler writes.
    case text
    /// One JSON object a line: `time`, `level`, `label`, `message`.
    case json
}

/// Logs go to standard error through swift-log.
func bootstrapLogging(level: Logger.Level, format: LogFormat = .text, progress: ProgressBar? = nil) -> Logger {
    LoggingSystem.bootstrap { label in
        var handler: LogHandler
        switch format {
        case .text: handler = ProgressAwareLogHandler(label: label, progress: progress)
        case .json: handler = JSONLogHandler(label: label)
        }
        handler.logLevel = level
        return handler
    }
    return Logger(label: "pardaz")
}

/// Prints a one-line error on standard error and exits. A line break or other control character
/// in `message` (from a file name, say) is shown escaped, so the error stays one line.
func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("pardaz: \(displayPath(message))\n".utf8))
    exit(code)
}

/// Writes `value` to standard output as JSON the way every command does: indented, keys sorted,
/// slashes unescaped, a final line break.
func printJSON<Value: Encodable>(_ value: Value) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    writeStandardOutput(try encoder.encode(value) + Data([0x0A]))
}
