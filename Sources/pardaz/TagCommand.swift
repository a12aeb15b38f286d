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

    @Option(name: .long, help: "Tag in a training corpus's convention (fa: peyma, the default, or arman).")
    var convention: String?

    func run() throws {
        guard let model = PerceptronTagger.shipped(lang.rawValue) else { fail("no model for --lang \(lang.rawValue)", code: 1) }
        let text = readStandardInput()
        // Line for line: a token line gets its tag, any other line stays blank; sentences are the
        // runs of token lines.
        // The token is what comes before the first tab when there is one (a Persian token may hold
        // a space, as PEYMA's do), else before the first space.
        let tokens = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String? in
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            let column = line.contains("\t") ? line.prefix { $0 != "\t" } : line.prefix { $0 != " " }
            let token = column.trimmingCharacters(in: .whitespaces)
            return token.isEmpty ? nil : token
        }
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
        var tags = model.tag(sentences: sentences, convention: convention).joined().makeIterator()
        let output = tokens.map { token in token.map { "\($0)\t\(tags.next()!)" } ?? "" }.joined(separator: "\n")
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
