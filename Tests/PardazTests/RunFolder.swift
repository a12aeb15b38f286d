import Foundation
import Logging
import PardazRun

/// A scratch pair of input and output folders for runner tests, removed afterwards.
final class RunFolder {
    let root: URL
    var input: URL { root.appendingPathComponent("in") }
    var output: URL { root.appendingPathComponent("out") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The samples in `input/`, `copies` times over in sub-folders `d0`, `d1`, … (7 files a copy with the seeds).
    func addSamples(copies: Int = 1, seeds: Bool = false) throws {
        let manager = FileManager.default
        var sources = try manager.contentsOfDirectory(atPath: Fixtures.samples.path).filter { !$0.hasPrefix(".") }
            .map { Fixtures.samples.appendingPathComponent($0) }
        if seeds { sources += [URL(fileURLWithPath: Fixtures.seedPaperPath), URL(fileURLWithPath: Fixtures.seedNewsPath)] }
        for copy in 0..<copies {
            let folder = copies == 1 ? input : input.appendingPathComponent("d\(copy)")
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            for source in sources { try manager.copyItem(at: source, to: folder.appendingPathComponent(source.lastPathComponent)) }
        }
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let url = input.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    /// Writes a file whose name is given as bytes (not UTF-8, say), in the input folder's top.
    func write(rawName name: [UInt8], _ text: String) throws {
        let path = Array(input.path.utf8) + [0x2F] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno)!) }
        defer { close(descriptor) }
        _ = Array(text.utf8).withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The output files by their bytes (the runner's own `.pardaz` folder left out).
    func outputFiles() throws -> [RelativePath] {
        try InputFolder(root: output).list().files.map(\.path)
    }

    /// The `source.path` written in the JSON output `path`.
    func sourcePath(ofOutput path: RelativePath) throws -> String? {
        let bytes = try InputReader(root: output, limit: 1 << 30).read(InputFile(path: path, size: 0, modified: 0))
        let json = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        return (json?["source"] as? [String: Any])?["path"] as? String ?? json?["source"] as? String
    }

    func runner(_ options: RunOptions = RunOptions(jobs: 2), log: LogLines? = nil) -> BatchRunner {
        BatchRunner(input: input, output: output,
                    logger: Logger(label: "test") { _ in log.map { $0 as LogHandler } ?? SwiftLogNoOpLogHandler() },
                    options: options)
    }

    func run(_ options: RunOptions = RunOptions(jobs: 2)) throws -> RunSummary { try runner(options).run() }

    /// The output files (not the runner's own `.pardaz` folder), relative path to bytes.
    func outputs() throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil,
                                                              options: [.skipsHiddenFiles]) else { return [:] }
        let base = output.standardizedFileURL.path
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    /// Every file's modification time in the output folder, the runner's own files included.
    func outputTimes() throws -> [String: Date] {
        var times: [String: Date] = [:]
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.contentModificationDateKey])!
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            times[url.path] = try url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate
        }
        return times
    }

    /// Files left in the output folder that are neither outputs nor the runner's own: temporary files.
    func leftovers() throws -> [String] {
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)!
        return enumerator.compactMap { ($0 as? URL)?.lastPathComponent }.filter { $0.contains(".pardaz-tmp-") }
    }
}

/// A log handler that keeps every message, for tests that read what a run said.
final class LogLines: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lock.lock()
        defer { lock.unlock() }
        kept.append("\(event.level) \(event.message)")
    }

    var messages: [String] {
        lock.lock()
        defer { lock.unlock() }
        return kept
    }
}
