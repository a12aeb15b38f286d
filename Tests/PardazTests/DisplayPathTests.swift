import PardazModel
import Testing

/// File names shown inside one-line messages: `displayPath`.
@Suite struct DisplayPathTests {
    @Test func ordinaryNamesAreShownAsTheyAre() {
        for name in ["input/sample-paper.md", "گزارش‌ها/خبر ۱.txt", "C:\\archive\\news.txt", "résumé 2025.html"] {
            #expect(displayPath(name) == name)
            #expect(displayPath(Array(name.utf8)) == name)
        }
    }

    @Test func controlCharactersAreEscapedSoTheLineStaysOne() {
        #expect(displayPath("two\nlines\r\tx") == "two\\nlines\\r\\tx")
        #expect(displayPath("red\u{1B}[31m\u{7F}\u{85}") == "red\\u{1B}[31m\\u{7F}\\u{85}")
        #expect(displayPath("a\u{2028}b\u{2029}c") == "a\\u{2028}b\\u{2029}c")
        // Bidi controls could make a log line read differently from what it holds; ZWNJ stays.
        #expect(displayPath("file\u{202E}txt.exe\u{2066}\u{200F}") == "file\\u{202E}txt.exe\\u{2066}\\u{200F}")
        #expect(displayPath("کتاب\u{200C}ها") == "کتاب\u{200C}ها")
    }

    @Test func escapingTwiceChangesNothing() {
        let once = displayPath("a\nb\u{1B}c\\d")
        #expect(displayPath(once) == once)
    }

    @Test func bytesThatAreNotUTF8AreShownAsHex() {
        #expect(displayPath([0x61, 0xFF, 0x62]) == "a\\xFFb")
        // A truncated sequence, an overlong form and a lone continuation byte, each byte by byte.
        #expect(displayPath([0xD8]) == "\\xD8")
        #expect(displayPath([0xC0, 0xAF, 0x0A]) == "\\xC0\\xAF\\n")
        #expect(displayPath([0x80, 0xE2, 0x82]) == "\\x80\\xE2\\x82")
        // An encoded surrogate is no UTF-8 either; valid characters around it are kept.
        #expect(displayPath([0xED, 0xA0, 0x80] + Array("ایران".utf8)) == "\\xED\\xA0\\x80ایران")
    }
}
