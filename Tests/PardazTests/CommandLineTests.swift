import Foundation
import PardazRun
import Testing

/// The `pardaz` executable as a user runs it: outputs, one-line errors and exit codes.
@Suite("Command line", .serialized)
struct CommandLineTests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the built `pardaz` beside the test bundle.
    static func pardaz(_ arguments: [String], input: Data? = nil) throws -> Result {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var executable = directory.appendingPathComponent("pardaz")
        if !FileManager.default.fileExists(atPath: executable.path) {
            executable = directory.deletingLastPathComponent().appendingPathComponent("pardaz")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(input ?? Data())
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func processPrintsTheJSON() throws {
        let result = try Self.pardaz(["process", Fixtures.seedNewsPath])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? String == "1.1.0")
        #expect(object?["kind"] as? String == "news")
    }

    @Test func processRefusesABadFileWithOneLine() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-empty-\(UUID().uuidString).txt")
        try Data().write(to: empty)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try Self.pardaz(["process", empty.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(empty.path) && result.stderr.contains("empty"))
        let missing = try Self.pardaz(["process", "/nonexistent/file.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/file.txt"))
    }

    @Test func trainingRefusesAMissingDataFolderWithOneLine() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-model-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Self.pardaz(["train", "ner", "--lang", "fa", "--data", "/nonexistent", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("/nonexistent/ner-fa/") && result.stderr.contains("not found"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("ner-fa.bin").path))
        // The English word clusters, the same way.
        let clusters = try Self.pardaz(["train", "ner", "--lang", "en", "--clusters", "/nonexistent/en-brown.tsv", "--output", output.path])
        #expect(clusters.status == 1 && clusters.stderr.split(separator: "\n").count == 1 && clusters.stderr.contains("/nonexistent/en-brown.tsv"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("ner-en.bin").path))
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try Self.pardaz(["run", "--input", Fixtures.samples.path]).status == 2)
        #expect(try Self.pardaz(["run", "--input", "/nonexistent", "--output", "/tmp/x"]).status == 2)
        #expect(try Self.pardaz(["frobnicate"]).status == 2)
        #expect(try Self.pardaz(["process"]).status == 2)
    }

    @Test(arguments: [["--help"], ["run", "--help"], ["process", "--help"]])
    func helpOnEveryCommand(_ arguments: [String]) throws {
        let result = try Self.pardaz(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
    }

    @Test func normalizeKeepsTheLineCountAndHonoursItsSwitches() throws {
        let persian = "گزارش تازه روشن میسازد\n\nكشور ها ١٣٩٤\n"
        let result = try Self.pardaz(["normalize", "--lang", "fa"], input: Data(persian.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "گزارش تازه روشن می‌سازد\n\nکشورها ۱۳۹۴\n")
        let kept = try Self.pardaz(["normalize", "--lang", "fa", "--no-zwnj", "--digits", "keep"], input: Data(persian.utf8))
        #expect(kept.stdout == "گزارش تازه روشن میسازد\n\nکشور ها ۱۳۹۴\n")  // Arabic-Indic digits are unified
        let english = "the develop-\nment of http:// www. x. org/ a. htm\n"
        #expect(try Self.pardaz(["normalize", "--lang", "en"], input: Data(english.utf8)).stdout
                == "the development\nof http://www.x.org/a.htm\n")
        let mixed = "میسازد\nthe develop-\nment\n"
        #expect(try Self.pardaz(["normalize", "--lang", "auto"], input: Data(mixed.utf8)).stdout
                == "می‌سازد\nthe development\n\n")
        // Windows line ends: each line still goes to its own language's normalizer, and stays CRLF.
        let windows = "ﬁnal words\r\nمیسازد\r\n"
        #expect(try Self.pardaz(["normalize", "--lang", "auto"], input: Data(windows.utf8)).stdout == "final words\r\nمی‌سازد\r\n")
        let entities = try Self.pardaz(["entities", "--lang", "auto"], input: Data("Iran and China met.\r\nایران و چین\r\n".utf8))
        let found = try JSONSerialization.jsonObject(with: Data(entities.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(found.map { "\($0["text"]!)@\($0["start"]!):\($0["language"]!)" } == ["Iran@0:en", "China@9:en", "ایران@21:fa", "چین@29:fa"])
    }

    @Test func timexPrintsAJSONArrayAsTheDesignSays() throws {
        let result = try Self.pardaz(["timex", "--lang", "auto", "--dct", "2015-08-12"],
                                     input: Data("Signed on November 14; تهران، ۲۱ مرداد ۱۳۹۴.\n".utf8))
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["text"] as? String == "November 14" && items[0]["value"] as? String == "2015-11-14")
        #expect(items[0]["start"] as? Int == 10 && items[0]["end"] as? Int == 21 && items[0]["type"] as? String == "DATE")
        #expect(items[1]["value"] as? String == "2015-08-12" && items[1]["calendar"] as? String == "persian"
                && items[1]["calendarValue"] as? String == "1394-05-21")
        #expect(try Self.pardaz(["timex", "--lang", "en", "--dct", "yesterday"]).status == 2)
    }

    @Test func tagWritesOneTaggedLinePerToken() throws {
        let input = "The\tX\nminister\nmet\nChang\nWanquan\nin\nTehran\n.\n\nIran\nand\nChina\n"
        let result = try Self.pardaz(["tag", "--lang", "en"], input: Data(input.utf8))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { !$0.isEmpty }.count == 11)
        #expect(lines.filter { !$0.isEmpty }.allSatisfy { $0.split(separator: "\t").count == 2 })
        #expect(lines.contains("Tehran\tB-LOC"))
        #expect(lines.filter(\.isEmpty).count >= 1)  // the blank line between sentences
        // A token column ends at a tab when there is one: a Persian token may hold a space.
        let persian = try Self.pardaz(["tag", "--lang", "fa"], input: Data("سازمان های\tB-ORG\nملل\tI-ORG\n".utf8))
        #expect(persian.stdout.split(separator: "\n").first?.hasPrefix("سازمان های\t") == true)
        // Windows line ends and spaces around a token: one token a line all the same.
        let crlf = try Self.pardaz(["tag", "--lang", "en"], input: Data("Iran\r\nand\r\n  China  \r\n".utf8))
        #expect(crlf.stdout.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" } == ["Iran", "and", "China"])
    }

    @Test func normalizeRefusesInputThatIsNotUTF8() throws {
        let result = try Self.pardaz(["normalize", "--lang", "fa"], input: Data([0x61, 0xFF, 0xFE, 0x0A]))
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("standard input"))
        #expect(try Self.pardaz(["normalize"]).status == 2)
        // A bad byte far into a large input (many pieces in): nothing of the good part is written.
        let good = Data(String(repeating: "کتابها را میخوانند.\n", count: 20_000).utf8)
        let late = try Self.pardaz(["normalize", "--lang", "fa"], input: good + Data([0xD8, 0x0A]))
        #expect(late.status == 1 && late.stdout.isEmpty)
        // A byte-order mark is dropped; the text after it is normalized as without it.
        let bom = try Self.pardaz(["normalize", "--lang", "fa"], input: Data([0xEF, 0xBB, 0xBF]) + Data("كتابها\n".utf8))
        #expect(bom.stdout == "کتاب‌ها\n")
    }

    @Test func runExitsWithOneWhenSomeFail() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.seedNewsPath, toPath: input.appendingPathComponent("news.txt").path)
        try Data([0, 1, 2]).write(to: input.appendingPathComponent("bad.bin"))
        let output = root.appendingPathComponent("out")
        let result = try Self.pardaz(["run", "--input", input.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.bin"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("news.json").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("bad.error.json").path))
        try FileManager.default.removeItem(at: input.appendingPathComponent("bad.bin"))
        #expect(try Self.pardaz(["run", "--input", input.path, "--output", output.path, "--quiet"]).status == 0)
    }
}

/// `pardaz run` off a terminal and `pardaz status`.
@Suite("Run and status commands", .serialized)
struct RunAndStatusCommandTests {
    @Test func offATerminalEachDocumentIsALogLineAndStatusTellsWhatIsLeft() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        try folder.write("empty.txt", "")
        let run = try CommandLineTests.pardaz(["run", "--input", folder.input.path, "--output", folder.output.path])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains("processed sample-") }.count == 5)
        #expect(lines.filter { $0.contains("empty.txt: ") }.count == 1)
        #expect(lines.last?.contains("summary: 5 processed, 0 skipped, 1 failed, 0 removed") == true)

        try folder.write("new.txt", "A new note.\n")
        let status = try CommandLineTests.pardaz(["status", "--input", folder.input.path, "--output", folder.output.path, "--verbose"])
        #expect(status.status == 0)
        #expect(status.stdout.contains("to process: 1 (new 1)"))
        #expect(status.stdout.contains("  new: new.txt"))
        #expect(status.stdout.contains("up to date: 6"))
        #expect(status.stdout.contains("failed last time: 1\n  empty.txt: file is empty"))
        #expect(status.stdout.contains("last run: "))
    }
}

/// The cron wrapper in `scripts/cron/`: a run that finds the output folder busy is not a failure.
@Suite("Cron wrapper", .serialized)
struct CronWrapperTests {
    static func wrapper(_ folder: RunFolder) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Fixtures.packageRoot.appendingPathComponent("scripts/cron/pardaz-cron.sh").path,
                             folder.input.path, folder.output.path]
        var environment = ProcessInfo.processInfo.environment
        environment["PARDAZ"] = RunSafetyTests.executable.path
        process.environment = environment
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func processesThenTreatsABusyFolderAsSuccess() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        #expect(try Self.wrapper(folder) == 0)
        #expect(try folder.outputs().count == 10)
        let log = try String(contentsOf: folder.output.appendingPathComponent(".pardaz/run.log"), encoding: .utf8)
        #expect(log.split(separator: "\n").allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
        #expect(log.contains("summary: 5 processed"))
        let held = try RunLock(output: folder.output)
        #expect(try Self.wrapper(folder) == 0)
        withExtendedLifetime(held) {}
    }
}
