import ArgumentParser
import Foundation
import PardazAlign
import PardazExtract
import PardazRun

/// `pardaz align --en FILE --fa FILE`: the sentences of an English text and its Persian
/// translation, and the links between them, as JSON.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the sentences of an English text and its Persian translation; print both sentence lists and the links as JSON.",
        discussion: """
        Sentences have an id (en1…, fa1…), start and end (Unicode scalar offsets into their file, end \
        exclusive) and text. Links join one English sentence to one or two Persian ones, two to one, or a \
        sentence to none; each has a score from 0 to 1 and is uncertain below the aligner's threshold. \
        Exit status: 0 on success, 1 when a file cannot be read or is not UTF-8, 2 for usage errors.
        """
    )

    @Option(name: .long, help: "The English text (UTF-8).")
    var en: String

    @Option(name: .long, help: "The Persian text (UTF-8).")
    var fa: String

    struct Sentence: Encodable {
        let id: String
        let start: Int
        let end: Int
        let text: String
    }

    struct Link: Encodable {
        let english: [String]
        let persian: [String]
        let score: Double
        let uncertain: Bool
    }

    struct Output: Encodable {
        let english: [Sentence]
        let persian: [Sentence]
        let links: [Link]
    }

    func run() throws {
        func sentences(_ path: String, _ language: String) -> [Sentence] {
            let input = InputFile(path)
            let bytes: [UInt8]
            switch input.contents(limit: DocumentProcessor.maximumBytes) {
            case let .success(contents): bytes = contents
            case let .failure(error): fail("--\(language) \(input.display): \(error)", code: 1)
            }
            guard let text = String(data: Data(bytes), encoding: .utf8) else { fail("--\(language) \(input.display): not valid UTF-8", code: 1) }
            return Segmenter(language: language).sentences(text).enumerated().map { index, sentence in
                Sentence(id: "\(language)\(index + 1)", start: sentence.range.start, end: sentence.range.end, text: sentence.text)
            }
        }
        let english = sentences(en, "en"), persian = sentences(fa, "fa")
        let links = SentenceAligner().align(english.map(\.text), persian.map(\.text)).map { link in
            Link(english: link.english.map { english[$0].id }, persian: link.persian.map { persian[$0].id },
                 score: link.score, uncertain: link.uncertain)
        }
        try printJSON(Output(english: english, persian: persian, links: links))
    }
}
