import Foundation
import Logging
import PardazModel

/// What a batch run did.
public struct RunSummary: Sendable, Equatable {
    public var processed = 0
    public var failed = 0
    public var seconds = 0.0

    public var exitCode: Int32 { failed == 0 ? 0 : 1 }
}

/// The batch job: every file under the input folder becomes `NAME.json` and `NAME.tei.xml` in the
/// output folder (same sub-folders), or `NAME.error.json` when it cannot be processed. One bad
/// document never stops the others, and every file is written atomically.
public struct BatchRunner {
    public var input: URL
    public var output: URL
    public var logger: Logger

    public init(input: URL, output: URL, logger: Logger) {
        self.input = input.standardizedFileURL
        self.output = output.standardizedFileURL
        self.logger = logger
    }

    /// The input files in a stable order: regular files, hidden files and folders skipped.
    public func inputFiles() throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: input, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true { continue }
            // The output folder may sit inside the input folder; its files are not inputs.
            if url.standardizedFileURL.path.hasPrefix(output.path + "/") { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(input.path.count + 1))
            files.append(relative)
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public func run() throws -> RunSummary {
        let start = Date()
        var summary = RunSummary()
        let files = try inputFiles()
        let names = OutputNames(files)
        for file in files {
            let path = input.appendingPathComponent(file).path
            let base = output.appendingPathComponent(names.base(for: file))
            do {
                // Record the path relative to the input folder, so that outputs do not depend on
                // where the archive is mounted.
                let result = try DocumentProcessor.process(bytes: try DocumentProcessor.read(path), path: file)
                try AtomicFile.write(result.json, to: base.appendingPathExtension("json"))
                try AtomicFile.write(result.tei, to: base.appendingPathExtension("tei.xml"))
                try? FileManager.default.removeItem(at: base.appendingPathExtension("error.json"))
                summary.processed += 1
                logger.info("processed \(file)")
            } catch {
                summary.failed += 1
                let (reason, message) = (error as? ProcessingError).map { ($0.reason, $0.message) } ?? ("write", "\(error)")
                logger.error("\(file): \(message)")
                for stale in ["json", "tei.xml"] { try? FileManager.default.removeItem(at: base.appendingPathExtension(stale)) }
                let report = ErrorReport(schemaVersion: PardazVersion.jsonSchema, source: file, reason: reason, message: message)
                try? AtomicFile.write(report.data(), to: base.appendingPathExtension("error.json"))
            }
        }
        summary.seconds = Date().timeIntervalSince(start)
        logger.notice("summary: \(summary.processed) processed, \(summary.failed) failed, \(String(format: "%.2f", summary.seconds)) s")
        return summary
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
