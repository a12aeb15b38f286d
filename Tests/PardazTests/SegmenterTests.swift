import PardazExtract
import PardazModel
import Testing

/// Sentences and tokens on ICU's break iterators, with abbreviations and Persian ZWNJs.
@Suite("Segmentation")
struct SegmenterTests {
    static let english = Segmenter(language: "en")
    static let persian = Segmenter(language: "fa")

    @Test func englishAbbreviationsAndInitialsDoNotEndSentences() {
        let text = "Dr. Smith met U.S. officials, e.g. Gen. J. K. Brown, in Tehran. The talks (No. 3) ended at 5 p.m. on Friday. He said no. Then he left."
        let sentences = Self.english.sentences(text)
        #expect(sentences.map(\.text) == [
            "Dr. Smith met U.S. officials, e.g. Gen. J. K. Brown, in Tehran.",
            "The talks (No. 3) ended at 5 p.m. on Friday.",
            "He said no.",
            "Then he left.",
        ])
        let tokens = sentences[0].tokens.map(\.text)
        #expect(tokens.prefix(6) == ["Dr.", "Smith", "met", "U.S.", "officials", ","])
        #expect(tokens.contains("e.g.") && tokens.contains("J.") && tokens.contains("K."))
    }

    @Test func tokenRangesPointIntoTheText() {
        let text = "Iran's anti-ship C-802 missiles cost $31 billion in 2019."
        let scalars = Array(text.unicodeScalars)
        for token in Self.english.tokens(text) {
            #expect(String(String.UnicodeScalarView(scalars[token.range.start..<token.range.end])) == token.text)
        }
        let kinds = Dictionary(Self.english.tokens(text).map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["2019"] == .number && kinds["missiles"] == .word && kinds["$"] == .punctuation)
    }

    /// ICU's word rules keep letters joined by a dot as one word ("پایان.آغاز") where its sentence
    /// rules end a sentence after the dot (a finding of the fuzzer): the sentence goes on, and
    /// every token lies inside its sentence.
    @Test(arguments: ["The line ends here.آغاز دوباره است. Then more.", "Made by Acme Inc.Then it broke. The end.",
                      "See a.B here. And x.Y there."])
    func noTokenCrossesASentenceEnd(text: String) {
        for sentence in Self.english.sentences(text) {
            #expect(sentence.tokens.allSatisfy { sentence.range.contains($0.range) }, "\(sentence.text)")
        }
    }

    @Test func persianSentencesAndWordsKeepTheirZWNJ() {
        let text = "این کتاب درباره روابط بین‌الملل نوشته شده است. آیا خوانندگان آن را می‌پسندند؟ دانشجویان می‌توانند، به‌ویژه از سال ۲۰۱۳، آن را بخوانند."
        let sentences = Self.persian.sentences(text)
        #expect(sentences.count == 3)
        #expect(sentences[1].text.hasSuffix("؟"))
        let words = sentences.flatMap(\.tokens).map(\.text)
        #expect(words.contains("بین‌الملل") && words.contains("می‌توانند") && words.contains("به‌ویژه"))
        #expect(words.contains("۲۰۱۳") && words.contains("،"))
    }

    @Test func theSeedAbstractSplitsIntoItsSentences() {
        let abstract = Fixtures.seedPaper.blocks(.abstract)
        let english = abstract.first { $0.language == "en" }!
        let sentences = Self.english.sentences(english.text)
        #expect(sentences.count >= 5)
        #expect(sentences.allSatisfy { $0.text.hasSuffix(".") })
    }
}
