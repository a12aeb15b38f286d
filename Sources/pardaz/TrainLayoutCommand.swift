import ArgumentParser
import Foundation
import PardazIngest
import PardazModel

/// `pardaz train layout`: trains the front-matter labeler and prints its held-out scores.
struct TrainLayoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout",
        abstract: "Train the front-matter labeler on ../shared/data and write it with its held-out scores.",
        discussion: """
        English: GROBID's labelled headers (structure/grobid-header), every tenth of the sorted files \
        held out for the scores; each header is learnt as it is and followed by the start of a body \
        (TimeBank paragraphs). Persian: headers composed on the English layouts from UD PerDT's \
        development sentences, PEYMA's names and places and Sources/PardazIngest/Layout/Training/compose.tsv. \
        --dev holds out the files before each tenth as well and scores them (for tuning; the held-out \
        tenth is printed but must not be tuned on).
        """
    )

    @Option(name: .long, help: "The shared data folder.")
    var data = "../shared/data"

    @Option(name: .long, help: "Where to write layout.bin.")
    var output = "Sources/PardazIngest/Resources/layout"

    @Option(name: .long, help: "The composition parts of Persian training headers.")
    var compose = "Sources/PardazIngest/Layout/Training/compose.tsv"

    @Option(name: .long, help: "Training passes.")
    var epochs = 12

    @Option(name: .long, help: "Feature buckets (a power of two).")
    var buckets = 1 << 16

    @Flag(name: .long, help: "Also hold out the development part and score it (write the model elsewhere with --output).")
    var dev = false

    @Option(name: .long, help: "With --dev: which tenth of the files (0–8, by sorted position modulo 10) is the development part; 8 unless told (for cross-validation).")
    var devPart = 8

    @Option(name: .long, help: "With --dev: a file to write the development headers' lines to, with gold and predicted labels, for error analysis.")
    var dump: String?

    func validate() throws {
        try validateTraining(epochs: epochs, buckets: buckets)
        guard (0...8).contains(devPart) else {
            throw ValidationError(invalidValue("\(devPart)", for: "--dev-part", "0 to 8 (9 is the held-out part)"))
        }
    }

    func run() throws {
        for path in ["\(data)/structure/grobid-header/tei", compose] where !FileManager.default.fileExists(atPath: path) {
            fail("\(path): not found (--data names the shared data folder)", code: 1)
        }
        let corpus: LayoutTrainingData
        do {
            corpus = try LayoutTrainingData(data: data, compose: compose, developing: dev, developmentPart: devPart)
        } catch {
            fail("\(data): cannot read the training data: \(describe(error))", code: 1)
        }
        let documents = corpus.trainingDocuments(seed: 15)
        let model = LayoutTrainer(epochs: epochs, buckets: buckets).train(documents)
        print("trained on \(documents.count) documents (\(corpus.training.count) GROBID headers, each also with a body, and as many composed Persian ones)")
        if dev {
            report("development headers (\(corpus.development.count), GROBID)", corpus.development, model)
            if let dump { write(corpus.development, model, to: dump) }
        }
        report("held-out headers (\(corpus.heldOut.count), GROBID)", corpus.heldOut, model)
        report("Persian headers composed on the held-out layouts (a check of the composition only)",
               corpus.composedPersian(like: corpus.heldOut, seed: 99), model)
        let file = "\(output)/layout.bin"
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            try Data(model.serialized()).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            fail("\(file): cannot be written: \(describe(error))", code: 1)
        }
        print("wrote \(file)")
    }

    /// Each line as `gold<TAB>predicted<TAB>text`, a blank line between documents.
    private func write(_ documents: [LayoutTrainingData.Document], _ model: LayoutModel, to file: String) {
        let text = documents.map { document in
            zip(document, model.label(document.map(\.line))).map { "\($0.label.rawValue)\t\($1.rawValue)\t\($0.line.text)" }
                .joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
        do { try text.write(toFile: file, atomically: true, encoding: .utf8) } catch {
            fail("\(file): cannot be written: \(describe(error))", code: 1)
        }
    }

    private func report(_ title: String, _ documents: [LayoutTrainingData.Document], _ model: LayoutModel) {
        var score = LayoutScore()
        for document in documents {
            let lines = document.map(\.line), gold = document.map(\.label)
            let predicted = model.label(lines)
            score.add(predicted: predicted, gold: gold)
            score.add(predicted: LayoutFields(lines: lines, labels: predicted), gold: LayoutFields(lines: lines, labels: gold))
        }
        print("\n\(title):\n\(score.table)")
    }
}
