import Foundation
import PardazRun
import PardazXML
import PardazExport
import Testing

/// A run killed at any instant, stopped by a signal, or started while another runs: outputs are
/// complete and, after a rerun, byte-identical to a clean run.
@Suite("Run safety", .serialized)
struct RunSafetyTests {
    /// The built `pardaz` beside the test bundle.
    static var executable: URL {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = directory.appendingPathComponent("pardaz")
        return FileManager.default.fileExists(atPath: beside.path) ? beside : directory.deletingLastPathComponent().appendingPathComponent("pardaz")
    }

    static func start(_ folder: RunFolder, _ extra: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["run", "--input", folder.input.path, "--output", folder.output.path, "--quiet"] + extra
        process.standardOutput = FileHandle.nullDevice
        process.standardError = Pipe()
        try process.run()
        return process
    }

    static func run(_ folder: RunFolder, _ extra: [String] = []) throws -> (status: Int32, stderr: String) {
        let process = try start(folder, extra)
        let stderr = (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// 210 documents: the samples and seeds thirty times over.
    static func archive() throws -> RunFolder {
        let folder = try RunFolder()
        try folder.addSamples(copies: 30, seeds: true)
        return folder
    }

    @Test func killedAtRandomInstantsThenRerunGivesTheCleanRunsOutputs() throws {
        let clean = try Self.archive()
        #expect(try Self.run(clean, ["--jobs", "2"]).status == 0)
        let expected = try clean.outputs()
        #expect(expected.count == 420)

        let teiSchema = try RelaxNGValidator(schema: SchemaResources.teiRelaxNG())
        let killed = try Self.archive()
        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        for _ in 0..<20 {
            let process = try Self.start(killed, ["--jobs", "2"])
            usleep(UInt32.random(in: 20_000...400_000, using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                interrupted += 1
            }
            process.waitUntilExit()
            // Whatever is in place is complete: every JSON parses, every TEI is valid.
            for (name, data) in try killed.outputs() {
                if name.hasSuffix(".json") {
                    #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is not whole")
                } else if name.hasSuffix(".tei.xml") {
                    #expect(teiSchema.validate([UInt8](data)).isEmpty, "\(name) is not valid")
                }
            }
        }
        #expect(interrupted >= 10)
        #expect(try Self.run(killed, ["--jobs", "2"]).status == 0)
        #expect(try killed.leftovers().isEmpty)
        #expect(try killed.outputs() == expected)
        // And the manifest knows it all: a further run has nothing to do.
        let status = try Self.run(killed, ["--jobs", "2"])
        #expect(status.status == 0)
        #expect(try Manifest(output: killed.output).lastRun()?.processed == 0)
    }

    @Test func sigtermFinishesTheDocumentsInFlightAndTheNextRunTheRest() throws {
        let folder = try Self.archive()
        let process = try Self.start(folder, ["--jobs", "2"])
        usleep(300_000)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGTERM || process.terminationStatus == 0)
        let manifest = try Manifest(output: folder.output)
        let recorded = try manifest.entries()
        // Everything recorded has its outputs; the run says it was interrupted.
        for entry in recorded.values {
            for output in entry.outputs {
                #expect(FileManager.default.fileExists(atPath: folder.output.appendingPathComponent(output.display).path))
            }
        }
        if process.terminationStatus != 0 {
            #expect(try manifest.lastRun()?.interrupted == true)
            #expect(recorded.count < 210)
        }
        #expect(try Self.run(folder, ["--jobs", "2"]).status == 0)
        #expect(try Manifest(output: folder.output).entries().count == 210)
    }

    @Test func aSecondRunOnTheSameOutputExitsWith75() throws {
        let folder = try Self.archive()
        let first = try Self.start(folder, ["--jobs", "1"])
        usleep(150_000)
        let second = try Self.run(folder)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.status == 75)
        #expect(second.stderr.contains("another pardaz run"))
        #expect(second.stderr.split(separator: "\n").count == 1)
    }

    @Test func theLockIsTheProgramsOwnAndDiesWithIt() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        do {
            let held = try RunLock(output: folder.output)
            #expect(throws: RunLock.Busy.self) { _ = try folder.run() }
            #expect(try Self.run(folder).status == 75)
            withExtendedLifetime(held) {}
        }
        // Released with its holder (here, closed; a killed process's locks go with it).
        #expect(try Self.run(folder).status == 0)
    }
}
