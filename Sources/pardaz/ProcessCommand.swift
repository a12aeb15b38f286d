import ArgumentParser
import Foundation
import PardazExtract
import PardazModel
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

    @Option(name: .long, help: "Creation time (YYYY-MM-DD) for a document that states none, for relative dates.")
    var dct: String?

    func validate() throws {
        if let dct, TimexAnchor(iso: dct) == nil { throw ValidationError(invalidDate(dct)) }
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, tei
    }

    func run() throws {
        let input = InputFile(file)
        let bytes: [UInt8]
        switch input.contents(limit: DocumentProcessor.maximumBytes) {
        case let .success(contents): bytes = contents
        case let .failure(error): fail("\(input.display): \(error)", code: 1)
        }
        do {
            let result = try DocumentProcessor.process(bytes: bytes, path: file, creationTime: dct.map { CreationTime(value: $0, origin: "given") })
            writeStandardOutput(format == .json ? result.json : result.tei)
        } catch {
            fail("\(input.display): \(error.message)", code: 1)
        }
    }
}
