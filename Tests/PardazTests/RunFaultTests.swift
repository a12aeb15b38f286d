import Foundation
import PardazModel
import PardazExport
@testable import PardazRun
import Testing

/// Faults around the documents: files swapped between the listing and the read, a damaged manifest,
/// unreadable folders, outputs that cannot be written, documents over the size limit. None stops
/// the run, none loses or leaks anything, and what failed for a reason outside the document is
/// tried again.
@Suite("Run faults", .serialized)
struct RunFaultTests {
    static let note = RunNameTests.note
    static let isRoot = getuid() == 0
    static let hasSetpriv = FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// The listing's entry for `name`.
    static func listed(_ folder: RunFolder, _ name: String) throws -> InputFile {
        try #require(try InputFolder(root: folder.input).list().files.first { $0.path == RelativePath(name) })
    }

    static func expectRefused(_ read: () throws -> [UInt8], _ why: String) {
        do {
            let bytes = try read()
            Issue.record("\(why): read \(bytes.count) bytes")
        } catch let error as ProcessingError {
            #expect(error.reason == "changed", "\(why): \(error.message)")
        } catch {
            Issue.record("\(why): \(error)")
        }
    }

    @Test func aFileSwappedForALinkAfterTheListingIsRefusedNotFollowed() throws {
        let folder = try RunFolder()
        try folder.write("note.txt", Self.note)
        let secret = folder.root.appendingPathComponent("secret.txt")
        try "a secret outside the input".write(to: secret, atomically: false, encoding: .utf8)
        let file = try Self.listed(folder, "note.txt")
        let path = folder.input.appendingPathComponent("note.txt").path
        unlink(path)
        symlink(secret.path, path)
        let reader = try InputReader(root: folder.input, limit: 1 << 20)
        Self.expectRefused({ try reader.read(file) }, "a link in the file's place")
    }

    @Test func aFolderOnThePathSwappedForALinkIsRefused() throws {
        let folder = try RunFolder()
        try folder.write("sub/note.txt", Self.note)
        let file = try Self.listed(folder, "sub/note.txt")
        let outside = folder.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "a secret outside the input".write(to: outside.appendingPathComponent("note.txt"), atomically: false, encoding: .utf8)
        let sub = folder.input.appendingPathComponent("sub").path
        rename(sub, sub + "-moved")
        symlink(outside.path, sub)
        let reader = try InputReader(root: folder.input, limit: 1 << 20)
        Self.expectRefused({ try reader.read(file) }, "a link in a folder's place")
    }

    @Test func aFileSwappedForAPipeIsRefusedWithoutWaiting() throws {
        let folder = try RunFolder()
        try folder.write("note.txt", Self.note)
        let file = try Self.listed(folder, "note.txt")
        let path = folder.input.appendingPathComponent("note.txt").path
        unlink(path)
        #expect(mkfifo(path, 0o644) == 0)
        // A blocking open would wait here for a writer forever.
        let reader = try InputReader(root: folder.input, limit: 1 << 20)
        Self.expectRefused({ try reader.read(file) }, "a pipe in the file's place")
        // And a run over it ends, with the pipe reported and the lock free.
        let run = try folder.run()
        #expect(run.failed == 1)
        #expect(try folder.run().failed == 0)
    }

    @Test(arguments: ["random bytes", "half", "wrong table"])
    func aDamagedManifestIsSetAsideAndRebuiltFromTheOutputs(damage: String) throws {
        let folder = try RunFolder()
        try folder.addSamples()
        #expect(try folder.run().processed == 5)
        let manifest = Manifest.file(in: folder.output)
        switch damage {
        case "random bytes":
            var generator = SplitMix64(seed: 3)
            try Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: manifest)
        case "half":
            let bytes = try Data(contentsOf: manifest)
            try bytes.prefix(bytes.count / 2).write(to: manifest)
        default:
            try FileManager.default.removeItem(at: manifest)
            try Self.sqlite(manifest.path, "CREATE TABLE document (path TEXT); CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1');")
        }
        let log = LogLines()
        let run = try folder.runner(log: log).run()
        // Outputs made from the same bytes by this version are kept, not made again.
        #expect(run.processed == 0 && run.skipped == 5 && run.failed == 0, "\(damage): \(run)")
        let warning = log.messages.filter { $0.contains("manifest.sqlite") }
        #expect(warning.count == 1 && warning[0].contains("set aside as manifest.sqlite.damaged-"), "\(warning)")
        let aside = try FileManager.default.contentsOfDirectory(atPath: manifest.deletingLastPathComponent().path)
        #expect(aside.contains { $0.hasPrefix("manifest.sqlite.damaged-") })
        #expect(try Manifest(output: folder.output).entries().count == 5)
        #expect(try folder.run().skipped == 5)
    }

    /// Runs SQL on a database file through Python's sqlite3 (the test command needs Python anyway).
    static func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()", path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func everyErrorReasonIsInTheErrorSchema() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(try SchemaResources.errorJSONSchema().utf8)) as! [String: Any]
        let reason = (schema["properties"] as! [String: Any])["reason"] as! [String: Any]
        let allowed = Set(reason["enum"] as! [String])
        #expect(ProcessingError.allReasons.isSubset(of: allowed), "\(ProcessingError.allReasons.subtracting(allowed))")
    }

    @Test func documentsOverTheSizeLimitFailAloneAndAreRetriedUnderALargerOne() throws {
        let folder = try RunFolder()
        try folder.write("short.txt", Self.note)
        try folder.write("long.txt", String(repeating: Self.note, count: 100))
        let small = try folder.run(RunOptions(jobs: 2, maximumBytes: 2000))
        #expect(small.processed == 1 && small.failed == 1)
        let report = try String(contentsOf: folder.output.appendingPathComponent("long.error.json"), encoding: .utf8)
        #expect(report.contains("\"too-large\"") && report.contains("larger than the limit of 2.0 KB"))
        let larger = try folder.run()
        #expect(larger.processed == 1 && larger.skipped == 1)
    }
}
