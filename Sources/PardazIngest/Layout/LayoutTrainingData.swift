import Foundation
import PardazModel

/// The data `pardaz train layout` learns from, read from `../shared/data`: GROBID's labelled
/// headers, split by position in the sorted file list (every tenth held out for the scores, the
/// one before it for development), and the real text training headers are composed from.
public struct LayoutTrainingData {
    public typealias Document = [GrobidHeaderCorpus.Line]

    public var training: [Document] = []
    public var development: [Document] = []
    public var heldOut: [Document] = []
    public var persian: ComposedHeaders.PersianText
    /// English paragraphs of news text, for the start of a body after a header.
    public var englishParagraphs: [String]

    /// The header files, sorted, and which part each goes to: position % 10 == 9 held out, == 8
    /// development (held out too when `developing`, else trained on).
    public static func headerFiles(in data: String) throws -> [String] {
        let folder = "\(data)/structure/grobid-header/tei"
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tei.xml") }.sorted()
            .map { "\(folder)/\($0)" }
    }

    /// Reads everything; `compose` is the composition parts file (`Training/compose.tsv`).
    /// `developmentPart` (0…8) picks which files before each held-out tenth are the development part.
    public init(data: String, compose: String, developing: Bool, developmentPart: Int = 8) throws {
        for (position, file) in try Self.headerFiles(in: data).enumerated() {
            let lines = try GrobidHeaderCorpus.lines(ofTEI: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
            switch position % 10 {
            case 9: heldOut.append(lines)
            case developmentPart where developing: development.append(lines)
            default: training.append(lines)
            }
        }
        let parts = ComposedHeaders.PersianText.parts(fromTSV: try String(contentsOfFile: compose, encoding: .utf8))
        let peyma = try String(contentsOfFile: "\(data)/ner-fa/peyma-train.txt", encoding: .utf8)
        persian = ComposedHeaders.PersianText(
            sentences: try Self.sentences(conllu: "\(data)/persian-text/ud-perdt/fa_perdt-ud-dev.conllu"),
            names: Self.spans(peyma, type: "PER").filter { $0.contains(" ") },
            places: Self.spans(peyma, type: "LOC"), parts: parts)
        englishParagraphs = try Self.paragraphs(timeML: "\(data)/timex-en/TBAQ-cleaned/TimeBank")
    }

    /// The `# text = …` sentences of a CoNLL-U file.
    static func sentences(conllu path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("# text = ") }.map { String($0.dropFirst(9)) }
    }

    /// Distinct entity spans of one type in PEYMA's `token|B_TYPE` lines, in first-seen order.
    static func spans(_ text: String, type: String) -> [String] {
        var result: [String] = [], seen: Set<String> = [], current: [Substring] = []
        func close() {
            let span = current.joined(separator: " ")
            if !span.isEmpty, seen.insert(span).inserted { result.append(span) }
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: "|")
            guard fields.count == 2 else { close(); continue }
            if fields[1] == "B_\(type)" { close(); current = [fields[0]] }
            else if fields[1] == "I_\(type)", !current.isEmpty { current.append(fields[0]) }
            else { close() }
        }
        close()
        return result
    }

    /// The paragraphs of TimeML files' `<TEXT>`, tags removed and spaces made single.
    static func paragraphs(timeML folder: String) throws -> [String] {
        var result: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".tml") }).sorted() {
            let text = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
            guard let start = text.range(of: "<TEXT>"), let end = text.range(of: "</TEXT>") else { continue }
            var plain = "", inTag = false
            for character in text[start.upperBound..<end.lowerBound] {
                if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { plain.append(character) }
            }
            for paragraph in plain.components(separatedBy: "\n\n") {
                let words = paragraph.split(whereSeparator: \.isWhitespace)
                if words.count >= 12 { result.append(words.joined(separator: " ")) }
            }
        }
        return result
    }

    /// The training documents: each GROBID header as it is and with the start of a body, and a
    /// Persian header composed on its layout, half of them with a body.
    public func trainingDocuments(seed: UInt64) -> [Document] {
        var composer = ComposedHeaders(persian: persian, seed: seed)
        var documents: [Document] = []
        var random = SplitMix64(seed: seed ^ 0x5EED)
        func englishParagraphs(_ count: Int) -> [String] {
            (0..<count).map { _ in self.englishParagraphs[Int(random.next() % UInt64(self.englishParagraphs.count))] }
        }
        func persianParagraphs(_ count: Int) -> [String] {
            (0..<count).map { _ in (0..<3).map { _ in persian.sentences[Int(random.next() % UInt64(persian.sentences.count))] }.joined(separator: " ") }
        }
        func heading(_ kind: String) -> String? {
            let headings = persian.parts[kind, default: []]
            return random.next() % 4 == 0 || headings.isEmpty ? nil : headings[Int(random.next() % UInt64(headings.count))]
        }
        /// A printed shape: as the PDF lines are, as a web page, as Markdown, or double-spaced.
        func shaped(_ header: Document) -> Document {
            switch random.next() % 8 {
            case 0, 1: header
            case 2, 3, 4: composer.webLayout(header)
            case 5, 6: composer.webLayout(header, markdown: true)
            default: composer.doubleSpaced(header)
            }
        }
        for header in training {
            documents.append(header)
            let english = shaped(header)
            documents.append(random.next() % 4 == 0 ? english
                : composer.withBody(english, heading: heading("en-body-heading"), paragraphs: englishParagraphs(3)))
            let persian = shaped(composer.persianHeader(like: header))
            documents.append(random.next() % 2 == 0 ? persian
                : composer.withBody(persian, heading: heading("body-heading"), paragraphs: persianParagraphs(3)))
        }
        return documents
    }

    /// Persian headers composed on the held-out layouts (a check of the composition, not of real pages).
    public func composedPersian(like documents: [Document], seed: UInt64) -> [Document] {
        var composer = ComposedHeaders(persian: persian, seed: seed)
        return documents.map { composer.persianHeader(like: $0) }
    }
}
