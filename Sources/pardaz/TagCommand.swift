import ArgumentParser
import Foundation
import PardazExtract

/// `pardaz tag --lang en|fa`: CoNLL tokens in, `token<TAB>TAG` out (IOB2), the same token count.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag named entities in CoNLL tokens from standard input (first column; blank line between sentences).",
        discussion: "Writes token<TAB>TAG in IOB2 (PER, ORG, LOC; WEA in English), one line per token. Exit status 0, 1 on input that is not UTF-8, 2 for usage errors."
    )

    enum Language: String, ExpressibleByArgument, CaseIterable { case en, fa }

    @Option(name: .long, help: "en or fa.")
    var lang: Language

    func run() throws {
        guard let model = PerceptronTagger.shipped(lang.rawValue) else { fail("no model for --lang \(lang.rawValue)", code: 1) }
        guard let text = String(data: FileHandle.standardInput.readDataToEndOfFile(), encoding: .utf8) else {
            fail("standard input: not valid UTF-8", code: 1)
        }
        var output = ""
        var sentence: [String] = []
        func flush() {
            guard !sentence.isEmpty else { return }
            for (token, tag) in zip(sentence, model.tag(sentence, language: lang.rawValue)) { output += "\(token)\t\(tag)\n" }
            sentence.removeAll()
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let token = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).first.map(String.init)
            if let token, !token.isEmpty {
                sentence.append(token)
            } else {
                flush()
                output += "\n"
            }
        }
        flush()
        if output.hasSuffix("\n\n") && !text.hasSuffix("\n\n") { output.removeLast() }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
