import Foundation
import PardazModel
import PardazNormalize
import Testing

/// The English normalizer on the seed paper's PDF damage and on the cases the issue names.
@Suite("English normalizer")
struct EnglishNormalizerTests {
    static let normalizer = EnglishNormalizer()

    /// Every Markdown link of the seed paper whose text is a URL broken by spaces: normalized, the
    /// text must be the link's own target.
    @Test func brokenURLsOfTheSeedPaperComeOutAsTheirTargets() throws {
        let source = try String(contentsOfFile: Fixtures.seedPaperPath, encoding: .utf8)
        let link = try Regex(#"\[(https?://[^\]]*)\]\((https?://[^)]*)\)"#)
        var checked = 0
        for match in source.matches(of: link) {
            let text = String(match.output[1].substring!), target = String(match.output[2].substring!)
            guard text.contains(" ") else { continue }
            #expect(Self.normalizer.normalize(text).text == target)
            checked += 1
        }
        #expect(checked == 17)
    }

    @Test func escapesHyphenationLigaturesAndSpaces() {
        #expect(Self.normalizer.normalize(#"costs \$52 and \*not\* C\\_802"#).text == "costs $52 and *not* C_802")
        #expect(Self.normalizer.normalize("the develop-\nment of anti-\nship missiles").text
                == "the development\nof anti-ship\nmissiles")
        #expect(Self.normalizer.normalize("ﬁnal ﬂow  of   words").text == "final flow of words")
        #expect(Self.normalizer.normalize("see http://x.org/ and more").text == "see http://x.org/ and more")
        #expect(Self.normalizer.normalize("anti-ship, A2/AD and the U.S.").text == "anti-ship, A2/AD and the U.S.")
        // A prefix's hyphen whose line break became a space keeps its hyphen and loses the space,
        // unless it is a suspended hyphen ("pre- and post-war").
        let spaced = Self.normalizer.normalize("the Non- Proliferation rules, pre- and post-war, a Sun- Tzu quote")
        #expect(spaced.text == "the Non-Proliferation rules, pre- and post-war, a Sun- Tzu quote")
        #expect(spaced.offsetMap.sourceRange(of: TextRange(4, 21)) == TextRange(4, 22))
    }

    @Test func lineCountStaysTheSame() {
        let text = "a-\nb\nword-\nwrapped line\n\nlast"
        let output = Self.normalizer.normalize(text).text
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).count
                == text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func offsetsPointBackIntoTheInput() {
        let text = "see http:// www. example. org/ news/ Gulf\\_ B.htm and the develop-\nment"
        let result = Self.normalizer.normalize(text)
        let input = Array(text.unicodeScalars)
        #expect(result.offsetMap.textLength == result.text.unicodeScalars.count)
        let url = Array(result.text.unicodeScalars)
        let start = url.firstIndex(of: "h")!
        let range = TextRange(start, start + "http://www.example.org/news/Gulf_B.htm".unicodeScalars.count)
        let source = result.offsetMap.sourceRange(of: range)
        #expect(input.slice(source) == "http:// www. example. org/ news/ Gulf\\_ B.htm")
    }
}
