import ArgumentParser
import Foundation
import PardazRun

/// `pardaz process FILE`: one document's JSON on standard output.
struct ProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Process one file and print its JSON on standard output.",
        discussion: "Exit status: 0 on success, 1 when the file cannot be processed, 2 for usage errors."
    )

    @Argument(help: "The article to process.")
    var file: String

    @Option(name: .long, help: "Print the TEI XML instead of the JSON.")
    var format: OutputFormat = .json

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, tei
    }

    func run() throws {
        do {
            let result = try DocumentProcessor.process(fileAt: file)
            FileHandle.standardOutput.write(format == .json ? result.json : result.tei)
        } catch {
            fail("\(file): \(error.message)", code: 1)
        }
    }
}
