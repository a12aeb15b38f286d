import Foundation
import PardazExtract
import Testing

/// The first entity taggers: the shipped models load and tag, training is deterministic, and the
/// scorer counts exact spans.
@Suite("Entity tagger")
struct NERTaggerTests {
    @Test func theShippedModelsLoadAndTagPlaces() throws {
        let english = try #require(PerceptronTagger.shipped("en"))
        let persian = try #require(PerceptronTagger.shipped("fa"))
        #expect(english.tags.contains("B-PER") && english.tags.contains("B-WEA"))
        let tags = english.tag(["The", "minister", "met", "Chang", "Wanquan", "in", "Tehran", "from", "China", "."], language: "en")
        #expect(tags[6] == "B-LOC" && tags[8] == "B-LOC")
        #expect(tags[3] == "B-PER" && tags[4] == "I-PER")
        let persianTags = persian.tag(["نمایندگان", "ایران", "و", "عمان", "در", "تهران", "دیدار", "کردند", "."], language: "fa")
        #expect(persianTags[1] == "B-LOC" && persianTags[5] == "B-LOC")
    }

    @Test func trainingIsDeterministicAndTheFileRoundTrips() throws {
        let path = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/ner-en/wikigold.conll").path
        let sentences = Array(try NERCorpus.read(path).prefix(200))
        let first = PerceptronTagger.train(sentences, language: "en", epochs: 2, buckets: 1 << 12)
        let second = PerceptronTagger.train(sentences, language: "en", epochs: 2, buckets: 1 << 12)
        #expect(first.data() == second.data())
        let loaded = try #require(PerceptronTagger(data: first.data()))
        #expect(loaded.tag(["Iran", "and", "China"], language: "en") == first.tag(["Iran", "and", "China"], language: "en"))
    }

    @Test func theScorerCountsExactSpans() {
        var score = NERScore()
        score.add(gold: ["B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"], predicted: ["B-LOC", "O", "B-ORG", "I-ORG", "O"])
        #expect(score.prf().precision == 0.5 && score.prf().recall == 0.5)
        #expect(score.prf("LOC").f1 == 1)
    }
}
