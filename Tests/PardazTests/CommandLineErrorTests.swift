import Foundation
import Testing

/// Bad option values and files given on the command line: exit status 2 for usage, 1 for a file,
/// and always one line on standard error that names the option or file and the bad value.
@Suite("Command line errors", .serialized)
struct CommandLineErrorTests {
    static func pardaz(_ arguments: [String], input: Data? = nil) throws -> CommandLineTests.Result {
        try CommandLineTests.pardaz(arguments, input: input)
    }

    /// One line on standard error, nothing on standard output, and no Foundation error text.
    static func expectOneLine(_ result: CommandLineTests.Result, status: Int32, naming words: [String],
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(result.stderr.hasSuffix("\n") && result.stderr.dropLast().split(separator: "\n", omittingEmptySubsequences: false).count == 1,
                "\(result.stderr)", sourceLocation: sourceLocation)
        for word in words { #expect(result.stderr.contains(word), "\(word) in \(result.stderr)", sourceLocation: sourceLocation) }
        for raw in ["Error Domain=", "could not be completed", "Usage:"] {
            #expect(!result.stderr.contains(raw), "\(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        (["tag", "--lang", "en", "--convention", "nope"], ["--convention", "'nope'"]),
        (["tag", "--lang", "en", "--convention", "peyma"], ["--convention", "'peyma'", "--lang fa"]),
        (["tag", "--lang", "xx"], ["--lang", "'xx'"]),
        (["timex", "--lang", "en", "--dct", "2025-02-30"], ["--dct", "'2025-02-30'"]),
        (["timex", "--lang", "en", "--dct", "2025-13-01"], ["--dct", "'2025-13-01'"]),
        (["timex", "--lang", "en", "--dct", "2025-2-3"], ["--dct", "'2025-2-3'"]),
        (["timex", "--lang", "en", "--dct", "2023-02-29"], ["--dct", "'2023-02-29'"]),
        (["timex", "--lang", "de"], ["--lang", "'de'"]),
        (["process", "--dct", "2025-04-31", Fixtures.seedNewsPath], ["--dct", "'2025-04-31'"]),
        (["process", "--format", "pdf", Fixtures.seedNewsPath], ["--format", "'pdf'"]),
        (["entities", "--lang", "ru"], ["--lang", "'ru'"]),
        (["normalize", "--lang", "fa", "--digits", "roman"], ["--digits", "'roman'"]),
        (["train", "ner", "--lang", "en", "--epochs=0"], ["--epochs", "'0'"]),
        (["train", "ner", "--lang", "en", "--epochs", "many"], ["--epochs", "'many'"]),
        (["train", "ner", "--lang", "fa", "--buckets", "1000"], ["--buckets", "'1000'"]),
        (["train", "layout", "--dev", "--dev-part", "9"], ["--dev-part", "'9'"]),
        (["train", "ner", "--lang", "fa", "--only", "re3d"], ["--only", "'re3d'"]),
        (["align", "--en", "a.txt"], ["--fa"]),
        (["frobnicate"], ["'frobnicate'"]),
    ])
    func aBadOptionValueIsAUsageErrorOnOneLine(_ arguments: [String], _ words: [String]) throws {
        Self.expectOneLine(try Self.pardaz(arguments, input: Data("Talks resumed on 14 November.\n".utf8)),
                           status: 2, naming: words)
    }

    @Test func realDatesAndConventionsAreAccepted() throws {
        let leap = try Self.pardaz(["timex", "--lang", "en", "--dct", "2024-02-29"], input: Data("They met yesterday.\n".utf8))
        #expect(leap.status == 0 && leap.stdout.contains("2024-02-28"))
        let arman = try Self.pardaz(["tag", "--lang", "fa", "--convention", "arman"], input: Data("ایران\n".utf8))
        #expect(arman.status == 0 && arman.stdout.hasPrefix("ایران\t"))
    }

    @Test func aMissingFileIsNamedWithTheReasonInWords() throws {
        Self.expectOneLine(try Self.pardaz(["process", "/nonexistent/article.txt"]), status: 1,
                           naming: ["/nonexistent/article.txt", "ENOENT: No such file or directory"])
        Self.expectOneLine(try Self.pardaz(["process", FileManager.default.temporaryDirectory.path]), status: 1,
                           naming: ["EISDIR: Is a directory"])
        Self.expectOneLine(try Self.pardaz(["align", "--en", "/nonexistent/en.txt", "--fa", Fixtures.seedNewsPath]), status: 1,
                           naming: ["--en /nonexistent/en.txt", "ENOENT: No such file or directory"])
        Self.expectOneLine(try Self.pardaz(["align", "--en", Fixtures.seedNewsPath, "--fa", "/nonexistent/fa.txt"]), status: 1,
                           naming: ["--fa /nonexistent/fa.txt", "ENOENT"])
    }

    @Test func aLineBreakOrEscapeInAFileNameIsShownEscaped() throws {
        let name = "/nonexistent/two\nlines\u{1B}[31m.txt"
        Self.expectOneLine(try Self.pardaz(["process", name]), status: 1, naming: ["/nonexistent/two\\nlines\\u{1B}[31m.txt"])
        Self.expectOneLine(try Self.pardaz(["align", "--en", name, "--fa", name]), status: 1, naming: ["two\\nlines"])
        Self.expectOneLine(try Self.pardaz(["timex", "--lang", "en", "--dct", "2025\n01-01"]), status: 2, naming: ["'2025\\n01-01'"])
    }

    /// A name that is not UTF-8 is opened by its bytes, and shown with them as `\xNN`.
    @Test func aFileNameThatIsNotUTF8IsOpenedAndShownByItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = #"cp "$1" "$2/news-$(printf '\377').txt" && exec "$0" process "$2/news-$(printf '\377').txt""#
        let found = try shell(script, Fixtures.seedNewsPath, folder.path)
        #expect(found.status == 0 && found.stdout.contains("\"schemaVersion\""))
        let missing = try shell(#"exec "$0" process "$2/gone-$(printf '\377\na').txt""#, "", folder.path)
        Self.expectOneLine(missing, status: 1, naming: ["gone-\\xFF\\na.txt", "ENOENT"])
    }

    @Test func standardStreamsThatFailAreReportedNotCrashedOn() throws {
        let full = try shell(#"exec "$0" process "$1" > /dev/full"#, Fixtures.seedNewsPath, "")
        #expect(full.status == 1)
        #expect(full.stderr == "pardaz: standard output: ENOSPC: No space left on device\n")
        let directory = try shell(#"exec "$0" normalize --lang fa < /"#, "", "")
        #expect(directory.status == 1)
        #expect(directory.stderr == "pardaz: standard input: EISDIR: Is a directory\n")
    }

    /// Runs `script` with sh, `$0` the built pardaz and `$1`, `$2` the arguments.
    private func shell(_ script: String, _ first: String, _ second: String) throws -> CommandLineTests.Result {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var executable = directory.appendingPathComponent("pardaz")
        if !FileManager.default.fileExists(atPath: executable.path) {
            executable = directory.deletingLastPathComponent().appendingPathComponent("pardaz")
        }
        return try Self.pardazThroughShell(["-c", script, executable.path, first, second])
    }

    private static func pardazThroughShell(_ arguments: [String]) throws -> CommandLineTests.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineTests.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                       stderr: String(decoding: stderr, as: UTF8.self))
    }
}
