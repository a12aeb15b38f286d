import Foundation
import PardazExtract
import Testing

/// The entity taggers: the shipped models load and tag, training is deterministic, the model file
/// round-trips, decoding keeps IOB2, and the scorer counts exact spans.
@Suite("Entity tagger")
struct NERTaggerTests {
    @Test func theShippedModelsLoadAndTagPlaces() throws {
        let english = try #require(PerceptronTagger.shipped("en"))
        let persian = try #require(PerceptronTagger.shipped("fa"))
        #expect(english.tags.contains("B-PER") && english.tags.contains("B-WEA"))
        let tags = english.tag(["Officials", "from", "Iran", "and", "China", "met", "in", "Tehran", "."])
        #expect(tags[2] == "B-LOC" && tags[4] == "B-LOC" && tags[7] == "B-LOC")
        let person = english.tag(["The", "visit", "of", "Chang", "Wanquan", "was", "reported", "."])
        #expect(person[3] == "B-PER" && person[4] == "I-PER" && person[5] == "O")
        let persianTags = persian.tag(["نمایندگان", "ایران", "و", "عمان", "در", "تهران", "دیدار", "کردند", "."])
        #expect(persianTags[1] == "B-LOC" && persianTags[5] == "B-LOC")
    }

    /// Trains twice on the first `count` sentences of a corpus of `../shared/data`: the two models
    /// must be the same bytes, survive a trip through the file, and tag alike; a cut file is refused.
    static func trainsDeterministicallyAndRoundTrips(_ corpus: String, language: String, convention: String,
                                                    count: Int) throws -> Data {
        let path = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/" + corpus).path
        let sentences = Array(try NERCorpus.read(path).prefix(count))
        let examples = sentences.map { (sentence: $0, convention: convention) }
        let first = PerceptronTagger.train(examples, language: language, convention: convention, epochs: 2, buckets: 1 << 12)
        let second = PerceptronTagger.train(examples, language: language, convention: convention, epochs: 2, buckets: 1 << 12)
        #expect(first.data() == second.data())
        let loaded = try #require(PerceptronTagger(data: first.data()))
        #expect(loaded.data() == first.data())
        for sentence in sentences.prefix(50) {
            #expect(loaded.tag(sentence.map(\.token)) == first.tag(sentence.map(\.token)))
        }
        #expect(PerceptronTagger(data: first.data().dropLast()) == nil)
        return first.data()
    }

    @Test func trainingIsDeterministicAndTheFileRoundTrips() throws {
        _ = try Self.trainsDeterministicallyAndRoundTrips("ner-en/wikigold.conll", language: "en", convention: "", count: 200)
    }

    @Test func persianModelsKeepTheirWordClassesThroughTheFile() throws {
        let data = try Self.trainsDeterministicallyAndRoundTrips("ner-fa/peyma-train.txt", language: "fa", convention: "peyma", count: 600)
        #expect(data.starts(with: Data("PZNER4\n".utf8)))
    }

    @Test func tagsAreValidIOB2AndBatchesTagAsSentencesAlone() throws {
        let english = try #require(PerceptronTagger.shipped("en"))
        let path = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/ner-en/re3d-train.conll").path
        let sentences = try NERCorpus.read(path).prefix(300).map { $0.map(\.token) }
        let batch = english.tag(sentences: Array(sentences))
        for (sentence, tags) in zip(sentences, batch) {
            #expect(english.tag(sentence) == tags)
            for (previous, tag) in zip(["O"] + tags, tags) where tag.hasPrefix("I-") {
                #expect(previous.dropFirst(2) == tag.dropFirst(2))
            }
        }
    }

    @Test func theScorerCountsExactSpans() {
        var score = NERScore()
        score.add(gold: ["B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"], predicted: ["B-LOC", "O", "B-ORG", "I-ORG", "O"])
        #expect(score.prf().precision == 0.5 && score.prf().recall == 0.5)
        #expect(score.prf("LOC").f1 == 1)
    }
}
