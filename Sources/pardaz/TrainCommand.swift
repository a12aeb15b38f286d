import ArgumentParser
import Foundation
import PardazAlign
import PardazExtract
import PardazModel

/// `pardaz train ner --lang en|fa`: trains the entity tagger on ../shared/data and writes the model.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Train Pardaz's models.", subcommands: [TrainNERCommand.self, TrainLexiconCommand.self, TrainLayoutCommand.self])
}

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity tagger on ../shared/data/ner-LANG and write it with its scores.",
        discussion: """
        English: re3d and WikiGold, every tenth sentence of each held out for the scores. Persian: \
        PEYMA's training part and ArmanPersoNER's two parts with every tenth sentence held out, scored \
        on PEYMA's development part and on the held-out Arman sentences. Each corpus's tags are mapped \
        onto PER, ORG, LOC (and WEA for English) as scripts/ner-eval.py documents. The two Persian corpora keep \
        their conventions as features, and the model tags in PEYMA's (news) unless told; each held-out \
        set is scored in its own.
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
    var epochs = 25


    @Option(name: .long, help: "Feature buckets (a power of two).")
    var buckets = 1 << 17

    @Option(name: .long, help: "English: Brown word clusters (word<TAB>bit path), built by scripts/build-english-clusters.py; 'none' for none.")
    var clusters = "Sources/PardazExtract/Resources/clusters/en-brown.tsv"

    @Option(name: .long, help: "A folder to write each held-out set's tokens with their gold and predicted tags to (NAME.tsv), for error analysis.")
    var dump: String?

    @Option(name: .long, help: "Train on this corpus alone (peyma, arman, re3d, wikigold), for comparison; its held-out sets are scored as usual.")
    var only: String?

    /// The convention a corpus's tags follow, as the model sees it. Persian's two corpora differ
    /// (Arman tags a country acting as an actor as an organization, PEYMA as a place), so each is
    /// a feature and the model tags in PEYMA's by default; English's two agree well enough that
    /// one model of both does better on each than conventions kept apart.
    func convention(_ source: String) -> String { lang == .fa ? source : "" }

    /// The corpora of each language, the values `--only` takes.
    static let corpora: [Language: [String]] = [.en: ["re3d", "wikigold"], .fa: ["arman", "peyma"]]

    func validate() throws {
        try validateTraining(epochs: epochs, buckets: buckets)
        if let only, !Self.corpora[lang, default: []].contains(only) {
            let names = Self.corpora[lang, default: []].joined(separator: ", ")
            throw ValidationError(invalidValue(only, for: "--only", "--lang \(lang.rawValue) trains on \(names)"))
        }
    }

    func run() throws {
        let files: [(file: String, holdOutEveryTenth: Bool)] = switch lang {
        case .en: [("ner-en/re3d-train.conll", true), ("ner-en/wikigold.conll", true)]
        case .fa: [("ner-fa/peyma-train.txt", false), ("ner-fa/arman-part2.txt", true), ("ner-fa/arman-part3.txt", true),
                   ("ner-fa/peyma-dev.txt", false)]
        }
        if lang == .en && clusters != "none" && !FileManager.default.fileExists(atPath: clusters) {
            fail("\(clusters): not found (--clusters names the English word clusters; run from the repository's root)", code: 1)
        }
        prepareTraining(reading: files.map { "\(self.data)/\($0.file)" } + (lang == .fa ? ["\(self.data)/align-en-fa/ntrex-dev.tsv"] : []),
                            writingTo: [output] + (dump.map { [$0] } ?? []))
        var train: [PerceptronTagger.Example] = []
        var held: [(name: String, examples: [PerceptronTagger.Example])] = []
        for (file, holdOut) in files {
            let path = "\(data)/\(file)"
            guard let source = NERCorpus.source(of: path) else { fail("\(path): not a known corpus", code: 1) }
            let sentences = orFail(path, "cannot be read") { try NERCorpus.read(path) }
            if file.hasSuffix("-dev.txt") {
                if only != nil && only != source { continue }
                held.append((source, sentences.map { ($0, convention(source)) }))
                continue
            }
            for (index, sentence) in sentences.enumerated() {
                if holdOut && index % 10 == 9 {
                    if let last = held.indices.last, held[last].name == source {
                        held[last].examples.append((sentence, convention(source)))
                    } else {
                        held.append((source, [(sentence, convention(source))]))
                    }
                } else if only == nil || only == source {
                    train.append((sentence, convention(source)))
                }
            }
        }
        var unlabelled: [[String]] = []
        if lang == .fa {
            let ntrex = "\(data)/align-en-fa/ntrex-dev.tsv"
            let rows = orFail(ntrex, "cannot be read") { try String(contentsOfFile: ntrex, encoding: .utf8) }.split(separator: "\n").dropFirst()
            let segmenter = Segmenter(language: "fa")
            for row in rows {
                let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 3 else { continue }
                for sentence in segmenter.sentences(String(fields[2])) { unlabelled.append(sentence.tokens.map(\.text)) }
            }
        }
        var brown: WordClusters?
        if lang == .en && clusters != "none" {
            guard let tsv = try? String(contentsOfFile: clusters, encoding: .utf8) else {
                fail("\(clusters): cannot be read (--clusters names the English word clusters; run from the repository's root)", code: 1)
            }
            brown = WordClusters.brown(tsv: tsv)
        }
        let started = Date()
        let model = PerceptronTagger.train(train, language: lang.rawValue, convention: convention(lang == .fa ? "peyma" : ""),
                                           epochs: epochs, buckets: buckets, unlabelled: unlabelled, clusters: brown)
        let seconds = Date().timeIntervalSince(started)
        let path = "\(output)/ner-\(lang.rawValue).bin"
        let data = model.data()
        orFail(path, "cannot be written") { try data.write(to: URL(fileURLWithPath: path), options: .atomic) }
        print("trained on \(train.count) sentences in \(String(format: "%.1f", seconds)) s; wrote \(path)")
        // Scored as written (its weights in half precision), which is what `pardaz tag` loads.
        guard let written = PerceptronTagger(data: data) else { fail("\(path): the model written cannot be read back", code: 1) }
        var all = NERScore()
        for (name, examples) in held {
            var score = NERScore()
            let tagStart = Date()
            var tokens = 0
            var dumped = ""
            for (sentence, convention) in examples {
                let predicted = written.tag(sentence.map(\.token), convention: convention)
                if dump != nil {
                    for (k, pair) in sentence.enumerated() { dumped += "\(pair.token)\t\(pair.tag)\t\(predicted[k])\n" }
                    dumped += "\n"
                }
                score.add(gold: sentence.map(\.tag), predicted: predicted)
                all.add(gold: sentence.map(\.tag), predicted: predicted)
                tokens += sentence.count
            }
            let tagSeconds = Date().timeIntervalSince(tagStart)
            if let dump {
                let file = "\(dump)/\(name).tsv"
                orFail(file, "cannot be written") { try dumped.write(toFile: file, atomically: true, encoding: .utf8) }
            }
            print("held out, \(name): \(examples.count) sentences, \(tokens) tokens, \(Int(Double(tokens) / max(tagSeconds, 1e-9))) tokens a second")
            print(Self.table(score))
        }
        if held.count > 1 {
            print("held out, all:")
            print(Self.table(all))
        }
    }

    static func table(_ score: NERScore) -> String {
        (score.kinds + ["all"]).map { kind in
            let (p, r, f) = score.prf(kind == "all" ? nil : kind)
            return String(format: "  %-4@ P %.3f  R %.3f  F1 %.3f", kind, p, r, f)
        }.joined(separator: "\n")
    }
}

/// `pardaz train lexicon`: learns the aligner's English–Persian lexicon and length model.
struct TrainLexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Learn the sentence aligner's lexicon (IBM Model 1) and length model from ../shared/data/align-en-fa.",
        discussion: """
        Uses the documents of ntrex-dev.tsv at even positions in the sorted list of document ids; those \
        at odd positions are held out for scripts/align-eval.py. Writes Sources/PardazAlign/Resources/lexicon/en-fa.tsv.
        """
    )

    @Option(name: .long, help: "The shared data folder.")
    var data = "../shared/data"

    @Option(name: .long, help: "Where to write en-fa.tsv.")
    var output = "Sources/PardazAlign/Resources/lexicon"

    func run() throws {
        let path = "\(data)/align-en-fa/ntrex-dev.tsv"
        prepareTraining(reading: [path], writingTo: [output])
        let rows = orFail(path, "cannot be read") { try String(contentsOfFile: path, encoding: .utf8) }.split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }.filter { $0.count == 3 }
        let documents = Set(rows.map { $0[0] }).sorted()
        let fitting = Set(documents.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        let pairs = rows.filter { fitting.contains($0[0]) }.map { ($0[1], $0[2]) }
        let lexicon = BilingualLexicon.train(pairs)
        let file = "\(output)/en-fa.tsv"
        let tsv = lexicon.tsv(source: "../shared/data/align-en-fa/ntrex-dev.tsv (NTREX-128, CC-BY-SA 4.0), the \(fitting.count) documents at even positions")
        orFail(file, "cannot be written") { try tsv.write(toFile: file, atomically: true, encoding: .utf8) }
        print("learned from \(pairs.count) sentence pairs of \(fitting.count) documents: \(lexicon.translations.count) English words, "
              + String(format: "ratio %.3f, variance %.3f; wrote %@", lexicon.ratio, lexicon.variance, file))
    }
}

/// The checks of `--epochs` and `--buckets` every training command shares: at least one pass, and a
/// power of two from 16 to 2^24 buckets.
func validateTraining(epochs: Int, buckets: Int) throws {
    if epochs < 1 { throw ValidationError(invalidValue("\(epochs)", for: "--epochs", "at least one pass")) }
    if !(1 << 4...1 << 24).contains(buckets) || buckets & (buckets - 1) != 0 {
        throw ValidationError(invalidValue("\(buckets)", for: "--buckets", "a power of two from 16 to 16777216"))
    }
}

/// Checks that each of the training data's `paths` exists and creates the `folders` written to, so
/// that a wrong path gives a one-line error naming it (exit status 1) rather than a failure after training.
private func prepareTraining(reading paths: [String], writingTo folders: [String]) {
    for path in paths where !FileManager.default.fileExists(atPath: path) {
        fail("\(path): not found (--data names the shared data folder)", code: 1)
    }
    for folder in folders {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            fail("\(folder): cannot create the folder to write to: \(describe(error))", code: 1)
        }
    }
}

/// `body`'s result, or a one-line error naming `path`, what went wrong and why in words
/// (`model.bin: cannot be written: ENOSPC: No space left on device`), and exit status 1.
private func orFail<Value>(_ path: String, _ failure: String, _ body: () throws -> Value) -> Value {
    do {
        return try body()
    } catch {
        fail("\(path): \(failure): \(describe(error))", code: 1)
    }
}
