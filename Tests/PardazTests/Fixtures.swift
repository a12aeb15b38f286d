import Foundation
import PardazIngest
import PardazModel

/// Where the tests find their inputs: the seeds in `../shared/seeds/` beside the repository (never
/// copied into it) and the samples in `input/`.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let samples = packageRoot.appendingPathComponent("input")

    static let seedPaperPath = seeds.appendingPathComponent("001_37ff714d374d7a62.txt").path
    static let seedNewsPath = seeds.appendingPathComponent("000_e39dd82b6746aeb9.txt").path

    /// `scripts/validate-json.py FOLDER`'s exit status (its lines of problems are printed).
    static func validateJSON(_ folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", packageRoot.appendingPathComponent("scripts/validate-json.py").path, folder.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 { print(report) }
        return process.terminationStatus
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func document(_ path: String) throws -> Document {
        try Ingest.document(bytes: bytes(path), path: path)
    }

    /// The seed paper, read once.
    static let seedPaper: Document = try! document(seedPaperPath)
    static let seedNews: Document = try! document(seedNewsPath)

    /// The first line of a seed that satisfies `matches`, trimmed: tests take expected text from the
    /// seed itself rather than from a copy of it.
    static func seedLine(_ path: String, where matches: (String) -> Bool) throws -> String {
        let text = String(decoding: try bytes(path), as: UTF8.self)
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init).first(where: matches)
        return (line ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The seed paper's heading of its Persian block (`## ` and the Persian title).
    static func seedPersianHeading() throws -> String {
        try seedLine(seedPaperPath) { $0.hasPrefix("## ") && $0.unicodeScalars.contains { $0.value >= 0x0600 && $0.value <= 0x06FF } }
    }

    /// The keywords of the seed paper's line starting with `prefix`, split on `separator`, with the
    /// line's closing full stop dropped.
    static func seedKeywords(afterPrefix prefix: String, separator: Character) throws -> [String] {
        let line = try seedLine(seedPaperPath) { $0.hasPrefix(prefix) }
        var list = Substring(line.dropFirst(prefix.count))
        if list.hasSuffix(".") { list = list.dropLast() }
        return list.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The seed paper's Persian abstract as the seed writes it: its longest line in Arabic script.
    static func seedPersianAbstract() throws -> String {
        let persian = try seedLines(seedPaperPath).filter { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
        return persian.max { $0.count < $1.count } ?? ""
    }

    /// Every match of `pattern` (a regular expression) in the seed at `path`, or its first capture
    /// group when it has one: names and phrases a test expects taken from the seed, not copied.
    static func seedMatches(_ path: String, _ pattern: String) throws -> [String] {
        let text = String(decoding: try bytes(path), as: UTF8.self)
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: match.numberOfRanges > 1 ? 1 : 0), in: text).map { String(text[$0]) }
        }
    }

    /// The seed's non-empty lines, trimmed, in order.
    static func seedLines(_ path: String) throws -> [String] {
        String(decoding: try bytes(path), as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The seed's non-empty lines after the line `start` and before the line `end`, without the
    /// page furniture (short lines the seed repeats, such as a watermark).
    static func seedSection(_ path: String, from start: String, to end: String) throws -> [String] {
        let lines = try seedLines(path)
        var counts: [String: Int] = [:]
        for line in lines { counts[line, default: 0] += 1 }
        guard let first = lines.firstIndex(of: start), let last = lines.firstIndex(of: end), first < last else { return [] }
        return lines[(first + 1)..<last].filter { !(counts[$0]! > 1 && $0.count < 40) }
    }

    /// Where the seed's text runs on across a page break: a line that ends without closing
    /// punctuation followed by one that begins in small letters. Each is the last two words of the
    /// one and the first two of the other, which the rejoined text must hold with a space between.
    static func pageBreakJoins(_ lines: [String]) -> [String] {
        zip(lines, lines.dropFirst()).compactMap { line, next in
            guard !line.hasPrefix("#"), !next.hasPrefix("#"), let end = line.last, !".!?:;”\"')]*".contains(end),
                  next.first?.isLowercase == true else { return nil }
            return closing(line, words: 2) + " " + opening(next, words: 2)
        }
    }

    /// The first `count` words of `line`, as written.
    static func opening(_ line: String, words count: Int = 4) -> String {
        line.split(separator: " ").prefix(count).joined(separator: " ")
    }

    /// The last `count` words of `line`, as written.
    static func closing(_ line: String, words count: Int = 3) -> String {
        line.split(separator: " ").suffix(count).joined(separator: " ")
    }

    /// The decoded source of a document, as scalars, for checking source ranges.
    static func sourceScalars(_ path: String) throws -> [Unicode.Scalar] {
        Array(String(decoding: try bytes(path), as: UTF8.self).unicodeScalars)
    }
}

extension Document {
    func blocks(_ kind: BlockKind) -> [Block] { blocks.filter { $0.kind == kind } }

    /// The extracted text of a range.
    func slice(_ range: TextRange) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[range.start..<range.end]))
    }
}

extension Array where Element == Unicode.Scalar {
    func slice(_ range: TextRange) -> String { String(String.UnicodeScalarView(self[range.start..<range.end])) }
}
