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
        Exit codes: 0 success; 1 some documents failed (run) or the document failed (process); \
        2 usage error.
        """,
        version: PardazVersion.string,
        subcommands: [RunCommand.self, ProcessCommand.self, NormalizeCommand.self]
    )
}

/// Logs go to standard error through swift-log.
func bootstrapLogging(level: Logger.Level) -> Logger {
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = level
        return handler
    }
    return Logger(label: "pardaz")
}

/// Prints a one-line error on standard error and exits.
func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("pardaz: \(message)\n".utf8))
    exit(code)
}
