import Foundation
import PardazModel
@testable import PardazRun
import Testing

/// Whatever the inputs' names (normalization forms, colliding stems and error-file names, bytes that
/// are not UTF-8, control characters, 250-byte names, paths longer than PATH_MAX), each input gets
/// outputs of its own, runs never crash on them, and messages show them on one line.
@Suite("Input names", .serialized)
struct RunNameTests {
    static let note = "Talks in Muscat\n\nThe foreign ministers of Iran and Oman met on Monday.\n"

    /// Every manifest entry's outputs are there, no two entries share an output, and each JSON
    /// names its own input.
    static func expectOutputsOfTheirOwn(_ folder: RunFolder) throws {
        let entries = try Manifest(output: folder.output).entries()
        var owners: [[UInt8]: RelativePath] = [:]
        let files = Set(try folder.outputFiles())
        for (path, entry) in entries {
            for output in entry.outputs {
                #expect(files.contains(output), "\(path): \(output) is missing")
                #expect(owners.updateValue(path, forKey: output.folded) == nil, "\(output) is shared")
                if entry.status == .processed, output.bytes.count > 5, output.display.hasSuffix(".json") {
                    #expect(try folder.sourcePath(ofOutput: output) == path.display)
                }
            }
        }
        #expect(files.count == entries.values.reduce(0) { $0 + $1.outputs.count }, "no output without its input")
        // Only error reports are named like error reports.
        for (path, entry) in entries where entry.status == .processed {
            #expect(!entry.outputs.contains { $0.display.hasSuffix(".error.json") }, "\(path)")
        }
    }

    @Test func namesThatDifferOnlyInNormalizationAreTwoInputs() throws {
        let folder = try RunFolder()
        try folder.write(rawName: Array("caf\u{E9}.txt".utf8), Self.note)
        try folder.write(rawName: Array("cafe\u{301}.txt".utf8), Self.note + "\nA second paragraph on the strait.\n")
        let first = try folder.run()
        #expect(first.processed == 2 && first.failed == 0)
        #expect(try Manifest(output: folder.output).entries().count == 2)
        try Self.expectOutputsOfTheirOwn(folder)
        // A second run and the plan work on that manifest.
        #expect(try folder.run().skipped == 2)
        #expect(try folder.runner().plan().plan.unchanged.count == 2)
    }

    @Test func outputNamesNeverCollide() throws {
        let folder = try RunFolder()
        for name in ["a.txt", "a.txt.md", "x.error.md", "report.TXT", "Report.txt"] { try folder.write(name, Self.note) }
        try folder.write("a.html", "<html><head><title>Oman</title></head><body><p>\(Self.note)</p></body></html>")
        try folder.write("x.md", [0x61, 0x00, 0x62])  // fails: its error file must not be x.error.md's JSON
        let run = try folder.run()
        #expect(run.processed == 6 && run.failed == 1)
        try Self.expectOutputsOfTheirOwn(folder)
        #expect(try folder.run().skipped == 7)
    }

    @Test func namesThatAreNotUTF8OrHoldControlCharactersAreProcessedAndShownEscaped() throws {
        let folder = try RunFolder()
        try folder.write(rawName: [0xFF, 0xFE, 0x2E, 0x74, 0x78, 0x74], Self.note)
        try folder.write(rawName: Array("forged\nerror pardaz: x.txt.txt".utf8), Self.note)
        try folder.write(rawName: Array("bell\u{7}.txt".utf8), Self.note)
        let log = LogLines()
        let run = try folder.runner(log: log).run()
        #expect(run.processed == 3 && run.failed == 0)
        let messages = log.messages.joined(separator: "\u{1E}")
        #expect(messages.contains("processed \\xFF\\xFE.txt"))
        #expect(messages.contains("processed forged\\nerror pardaz: x.txt.txt"))
        #expect(messages.contains("processed bell\\u{7}.txt"))
        #expect(!log.messages.contains { $0.contains("\n") || $0.contains("\u{7}") })
        try Self.expectOutputsOfTheirOwn(folder)
    }

    @Test func longNamesGetOutputNamesTheFileSystemTakes() throws {
        let folder = try RunFolder()
        for length in [240, 250] { try folder.write(String(repeating: "n", count: length) + ".txt", Self.note) }
        let run = try folder.run()
        #expect(run.processed == 2 && run.failed == 0)
        #expect(try folder.outputFiles().allSatisfy { $0.name.count <= 255 })
        try Self.expectOutputsOfTheirOwn(folder)
        #expect(try folder.run().skipped == 2)
    }

    @Test func pathsLongerThanPathMaxAreProcessed() throws {
        let folder = try RunFolder()
        var components: [[UInt8]] = []
        for _ in 0..<22 { components.append(Array(repeating: 0x64, count: 200)) }  // 22 × 201 bytes > 4096
        let deep = try Self.makeFolders(components, in: folder.input.path)
        defer { close(deep) }
        let file = openat(deep, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        _ = Array(Self.note.utf8).withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
        close(file)
        let run = try folder.run()
        #expect(run.processed == 1 && run.failed == 0)
        let outputs = try folder.outputFiles()
        #expect(outputs.count == 2 && outputs.allSatisfy { $0.bytes.count > Int(PATH_MAX) })
        #expect(try folder.run().skipped == 1)
    }

    /// Makes nested folders by descriptor, so that the path may exceed PATH_MAX; returns the last.
    static func makeFolders(_ components: [[UInt8]], in root: String) throws -> Int32 {
        var current = open(root, O_RDONLY | O_DIRECTORY)
        for component in components {
            let name = String(decoding: component, as: UTF8.self)
            mkdirat(current, name, 0o755)
            let next = openat(current, name, O_RDONLY | O_DIRECTORY)
            close(current)
            guard next >= 0 else { throw POSIXError(.ENOENT) }
            current = next
        }
        return current
    }

    @Test func manifestKeysStandForTheirBytes() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                ([0x5C, 0x78, 0x41, 0xFF, 0xC3, 0xA9, 0x0A, 0x2F, 0x61] as [UInt8]).randomElement(using: &generator)!
            }
            let path = RelativePath(bytes: bytes)
            #expect(RelativePath(key: path.key) == path, "\(bytes)")
            #expect(!path.display.contains("\n"))
        }
        #expect(RelativePath("plain/name.txt").key == "plain/name.txt")
        #expect(RelativePath(bytes: [0xFF, 0x2E]).display == "\\xFF.")
    }

    @Test func outputNamesAreDistinctForAnySetOfNames() {
        var generator = SplitMix64(seed: 11)
        let parts = ["a", "A", "x", ".error", ".txt", ".md", ".html", ".json", "caf\u{E9}", "cafe\u{301}", "~1", "."]
        let files = (0..<3000).map { _ in
            RelativePath((0..<Int.random(in: 1...4, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined())
        }
        let unique = Array(Set(files))
        let names = OutputNames(unique)
        var seen = Set<[UInt8]>()
        for file in unique {
            for output in OutputNames.outputs(of: names.base(for: file)) {
                #expect(seen.insert(output.folded).inserted, "\(output) twice")
            }
        }
        let long = RelativePath(String(repeating: "\u{6A9}", count: 127) + ".txt")  // 254 bytes of Persian letters
        let base = OutputNames([long]).base(for: long)
        #expect(base.name.count + ".error.json".utf8.count <= 255)
        #expect(String(validating: base.bytes, as: UTF8.self) != nil, "cut at a character's start")
    }
}
