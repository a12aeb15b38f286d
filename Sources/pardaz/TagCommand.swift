import ArgumentParser
import Foundation
import PardazExtract

/// `pardaz tag --lang en|fa`: CoNLL tokens in, `token<TAB>TAG` out (IOB2), the same token count.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag named entities in CoNLL tokens from standard input (first column, up to a tab if there is one; blank line between sentences).",
        discussion: "Writes token<TAB>TAG in IOB2 (PER, ORG, LOC; WEA in English), one line per token. Exit status 0, 1 on input that is not UTF-8, 2 for usage errors."
    )

    enum Language: String, ExpressibleByArgument, CaseIterable { case en, fa }

    @Option(name: .long, help: "en or fa.")
    var lang: Language

    /// The Persian training corpora whose conventions the Persian model can tag in.
    enum Convention: String, ExpressibleByArgument, CaseIterable { case peyma, arman }

    @Option(name: .long, help: "Tag in a training corpus's convention (fa: peyma, the default, or arman).")
    var convention: Convention?

    func validate() throws {
        if let convention, lang != .fa {
            throw ValidationError(invalidValue(convention.rawValue, for: "--convention", "only --lang fa has conventions"))
        }
    }

    func run() throws {
        guard let model = PerceptronTagger.shipped(lang.rawValue) else { fail("no model for --lang \(lang.rawValue)", code: 1) }
        let text = readStandardInput()
        let tokens = Self.tokens(of: text)
        var sentences: [[String]] = [], current: [String] = []
        for token in tokens {
            if let token {
                current.append(token)
            } else if !current.isEmpty {
                sentences.append(current)
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current) }
        var tags = model.tag(sentences: sentences, convention: convention?.rawValue).joined().makeIterator()
        var output = ""
        output.reserveCapacity(text.utf8.count * 2)
        for (index, token) in tokens.enumerated() {
            if index > 0 { output += "\n" }
            if let token { output += token + "\t" + tags.next()! }
        }
        writeStandardOutput(Data(output.utf8))
    }

    /// The token of each line of `text` (lines end with LF or CRLF), nil for a line with none: the
    /// first column, which is what comes before the first tab when the line has one (a Persian
    /// token may hold a space, as PEYMA's do), else before the first space, without the spaces
    /// around it. Read as UTF-8 bytes: Foundation's string searches cost more than the tagging.
    static func tokens(of text: String) -> [String?] {
        let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " "), cr = UInt8(ascii: "\r")
        return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line -> String? in
            var line = line[...]
            if line.last == cr { line = line.dropLast() }
            let column: Substring.UTF8View.SubSequence
            if let cut = line.firstIndex(of: tab) {
                column = line[..<cut]
            } else {
                let rest = line.drop { $0 == space }
                column = rest[..<(rest.firstIndex(of: space) ?? rest.endIndex)]
            }
            guard let firstByte = column.first, let lastByte = column.last else { return nil }
            let token = String(decoding: column, as: UTF8.self)
            // An ASCII letter or mark at both ends (the common case) needs no trimming.
            if firstByte < 0x80, lastByte < 0x80, firstByte > 0x20, lastByte > 0x20 { return token }
            guard let first = token.unicodeScalars.first, let last = token.unicodeScalars.last else { return nil }
            if !first.properties.isWhitespace && !last.properties.isWhitespace { return token }
            let trimmed = token.unicodeScalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed()
            return trimmed.isEmpty ? nil : String(String.UnicodeScalarView(trimmed))
        }
    }
}
