import ArgumentParser
import Foundation
import PardazExtract

/// `pardaz train ner --lang en|fa`: trains the entity tagger on ../shared/data and writes the model.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Train Pardaz's models.", subcommands: [TrainNERCommand.self])
}

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity tagger on ../shared/data/ner-LANG and write it with its scores.",
        discussion: """
        English: re3d and WikiGold, every tenth sentence held out for the scores. Persian: PEYMA's \
        training part and ArmanPersoNER, scored on PEYMA's development part. Tags are mapped onto PER, \
        ORG, LOC (and WEA for English) as scripts/ner-eval.py documents.
        """
    )

    enum Language: String, ExpressibleByArgument, CaseIterable { case en, fa }

    @Option(name: .long, help: "en or fa.")
    var lang: Language

    @Option(name: .long, help: "The shared data folder.")
    var data = "../shared/data"

    @Option(name: .long, help: "Where to write ner-LANG.bin.")
    var output = "Sources/PardazExtract/Resources/models"

    @Option(name: .long, help: "Training passes.")
    var epochs = 10

    func run() throws {
        var train: [NERCorpus.Sentence] = [], dev: [NERCorpus.Sentence] = []
        switch lang {
        case .en:
            for file in ["ner-en/re3d-train.conll", "ner-en/wikigold.conll"] {
                for (index, sentence) in try NERCorpus.read("\(data)/\(file)").enumerated() {
                    if index % 10 == 9 { dev.append(sentence) } else { train.append(sentence) }
                }
            }
        case .fa:
            for file in ["ner-fa/peyma-train.txt", "ner-fa/arman-part2.txt", "ner-fa/arman-part3.txt"] {
                train += try NERCorpus.read("\(data)/\(file)")
            }
            dev = try NERCorpus.read("\(data)/ner-fa/peyma-dev.txt")
        }
        let started = Date()
        let model = PerceptronTagger.train(train, language: lang.rawValue, epochs: epochs)
        let seconds = Date().timeIntervalSince(started)
        var score = NERScore()
        let tagStart = Date()
        var tokens = 0
        for sentence in dev {
            score.add(gold: sentence.map(\.tag), predicted: model.tag(sentence.map(\.token), language: lang.rawValue))
            tokens += sentence.count
        }
        let tagSeconds = Date().timeIntervalSince(tagStart)
        let path = "\(output)/ner-\(lang.rawValue).bin"
        try model.data().write(to: URL(fileURLWithPath: path), options: .atomic)
        print("trained on \(train.count) sentences in \(String(format: "%.1f", seconds)) s; wrote \(path)")
        print("dev: \(dev.count) sentences, \(tokens) tokens, \(Int(Double(tokens) / max(tagSeconds, 1e-9))) tokens a second")
        for kind in score.kinds + ["all"] {
            let (p, r, f) = score.prf(kind == "all" ? nil : kind)
            print(String(format: "  %-4@ P %.3f  R %.3f  F1 %.3f", kind, p, r, f))
        }
    }
}
