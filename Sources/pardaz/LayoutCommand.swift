import ArgumentParser
import Foundation
import PardazIngest

/// `pardaz layout`: the front-matter labeler's label of each line of standard input.
struct LayoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout",
        abstract: "Label each line of a document's opening part from standard input (title, author, affiliation, abstract…).",
        discussion: """
        Writes label<TAB>line for every line, blank lines kept as they are; the labels are those of \
        the model trained by 'pardaz train layout' (its card: Sources/PardazIngest/Resources/layout/README.md). \
        Exit status 0, 1 on input that is not UTF-8, 2 for usage errors.
        """
    )

    func run() throws {
        var lines: [LayoutLine] = []
        var output: [String?] = []
        var blanks = 0
        for raw in readStandardInput().split(separator: "\n", omittingEmptySubsequences: false) {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                blanks += 1
                output.append(nil)
                continue
            }
            lines.append(LayoutLine(text: text, blankLinesBefore: blanks))
            output.append(text)
            blanks = 0
        }
        if output.last == .some(nil), output.count > 1 { output.removeLast() }
        var labels = LayoutModel.shipped.label(lines).makeIterator()
        let text = output.map { line in line.map { "\(labels.next()!.rawValue)\t\($0)" } ?? "" }.joined(separator: "\n")
        writeStandardOutput(Data((text + "\n").utf8))
    }
}
