import Foundation
import PardazModel
import PardazNormalize
import Testing

/// The Persian normalizer on real text (the seed paper's Persian block, NTREX sentences) and on the
/// cases the issue names.
@Suite("Persian normalizer")
struct PersianNormalizerTests {
    static let normalizer = PersianNormalizer()
    static let zwnj = "\u{200C}"

    static func normalized(_ text: String, _ options: PersianNormalizerOptions = PersianNormalizerOptions()) -> String {
        (options == PersianNormalizerOptions() ? normalizer : PersianNormalizer(options: options)).normalize(text).text
    }

    /// The seed paper's Persian lines (affiliation, abstract, keywords), as written in the source.
    static let seedPersianLines: [String] = {
        let text = (try? String(contentsOfFile: Fixtures.seedPaperPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { line in
            line.unicodeScalars.filter { $0.value >= 0x0600 && $0.value <= 0x06FF }.count > 10
        }
    }()

    /// The 16 words of the seed's Persian block that lost their ZWNJ, in reading order.
    static let seedRepairs = [
        "بین‌الملل",
        "می‌سازد", "بین‌الملل", "می‌تواند", "بین‌المللی", "منطقه‌ای", "مجموعه‌ای", "داده‌اند", "بین‌المللی",
        "منطقه‌ای", "می‌پردازد", "می‌توانند", "تمرین‌های", "می‌تواند", "می‌ماند",
        "واژه‌های",
    ]

    @Test func seedPersianBlockGetsExactlyItsSixteenZWNJsBack() {
        var restored: [String] = []
        for line in Self.seedPersianLines {
            let output = Self.normalized(line)
            // Nothing but ZWNJs was added: taking them out gives the line back.
            #expect(output.replacingOccurrences(of: Self.zwnj, with: "") == line.replacingOccurrences(of: Self.zwnj, with: ""))
            let words = output.split(whereSeparator: { $0 == " " || $0 == "،" || $0 == "." || $0 == ":" || $0 == "*" })
            restored += words.map(String.init).filter { $0.contains(Self.zwnj) }
        }
        #expect(restored == Self.seedRepairs)
        // Left as they are: words that are right without ZWNJ or written apart on purpose.
        let abstract = Self.normalized(Self.seedPersianLines.first { $0.hasPrefix("این مقاله") } ?? "")
        for kept in ["پیوندهای", "به ویژه", "ریاست جمهوری", "اینکه", "دو جانبه", "اعتمادساز", "نظامی-دفاعی", "سال ۲۰۱۳"] {
            #expect(abstract.contains(kept), "\(kept) was changed")
        }
    }

    @Test(arguments: [
        // Deleted ZWNJ: prefixes and suffixes after joining letters.
        ("میسازد", "می‌سازد"), ("نمیتوانند", "نمی‌توانند"), ("میرفتهاند", "می‌رفته‌اند"), ("دادهاند", "داده‌اند"),
        ("منطقهای", "منطقه‌ای"), ("واژههای", "واژه‌های"), ("کتابهایی", "کتاب‌هایی"), ("بازیهای", "بازی‌های"),
        // Replaced by a space or by U+00AC.
        ("می سازد", "می‌سازد"), ("دانشگاه ها", "دانشگاه‌ها"), ("منطقه ای", "منطقه‌ای"), ("هسته¬ای", "هسته‌ای"),
        ("بین الملل", "بین‌الملل"),
        // No ZWNJ after a letter that does not join.
        ("بندرها", "بندرها"), ("بندر‌ها", "بندرها"), ("کشور ها", "کشورها"), ("پیوندهای", "پیوندهای"),
        // Words that look like prefix or suffix forms but are not.
        ("میلیون", "میلیون"), ("میلیارد", "میلیارد"), ("میز", "میز"), ("هاشمی", "هاشمی"), ("میدان", "میدان"),
        ("آنها", "آنها"), ("تنها", "تنها"), ("الهام", "الهام"), ("بیشتر", "بیشتر"),
        // Duplicate ZWNJ and ZWNJ beside a space.
        ("می‌‌سازد", "می‌سازد"), ("کتاب‌ ها", "کتاب‌ها"), ("‌سلام", "سلام"),
    ])
    func zwnjRepair(input: String, expected: String) {
        #expect(Self.normalized(input) == expected)
    }

    @Test func theDamageIsJudgedFromTheTextItself() {
        let text = Self.ntrexSentences.prefix(100).joined(separator: "\n")
        #expect(Self.normalizer.damage(of: text) == .intact)
        #expect(Self.normalizer.damage(of: text.replacingOccurrences(of: Self.zwnj, with: "")) == .deleted)
        #expect(Self.normalizer.damage(of: text.replacingOccurrences(of: Self.zwnj, with: " ")) == .spaced)
        #expect(Self.normalizer.damage(of: Self.seedPersianLines.joined(separator: "\n")) == .deleted)
    }

    @Test func aTextThatUsesZWNJKeepsItsOwnSpellings() {
        // The text writes می‌کند with ZWNJ, so its fused plural and its compound written apart are
        // its choice; a silent ه before a suffix is wrong in any spelling.
        let text = "او می‌گوید که کتابها نشان دهنده آن است و می‌داند که خانهای ساخته‌اند."
        #expect(Self.normalized(text) == "او می‌گوید که کتابها نشان دهنده آن است و می‌داند که خانه‌ای ساخته‌اند.")
        // The same text without its ZWNJs lost them: every fused word is repaired, and its spaces
        // are its own (a deletion makes none).
        let damaged = text.replacingOccurrences(of: Self.zwnj, with: "")
        #expect(Self.normalizer.damage(of: damaged) == .deleted)
        #expect(Self.normalized(damaged) == "او می‌گوید که کتاب‌ها نشان دهنده آن است و می‌داند که خانه‌ای ساخته‌اند.")
        // With no verb to tell, both are repaired as the standard writes them.
        #expect(Self.normalizer.damage(of: "کتابها نشان دهنده آن است") == .unknown)
        #expect(Self.normalized("کتابها نشان دهنده آن است") == "کتاب‌ها نشان‌دهنده آن است")
    }

    @Test func aPluralIsNotReadAsAWordInSilentHehWhereTheCorporaRarelyWriteThat() {
        // سالهای is سال‌های ("years of"), not ساله‌ای ("a …-year-old one"), in a text whose ZWNJs were
        // deleted: the corpora's one ساله‌ای beside their many fused سالهای is no evidence for it.
        let text = "در سالهای اخیر کتابها و برنامههای زیادی میخوانند."
        #expect(Self.normalized(text) == "در سال‌های اخیر کتاب‌ها و برنامه‌های زیادی می‌خوانند.")
    }

    @Test func aTextWhoseZWNJsBecameSpacesGetsThemBackAndKeepsItsFusedWords() {
        // می کند shows that spaces replaced the ZWNJs; a fused plural was written fused.
        let text = "او می گوید که کتابها نشان دهنده آن است و خوش شانس بود."
        #expect(Self.normalized(text) == "او می‌گوید که کتابها نشان‌دهنده آن است و خوش‌شانس بود.")
        // A word joined may take the next one: خوش + بینانه, then + ای after its silent ه.
        #expect(Self.normalized("این نگاه خوش بینانه ای است که می گویند.") == "این نگاه خوش‌بینانه‌ای است که می‌گویند.")
        // An ordinal ending after a number; a verb form after a compound prefix is not a compound.
        #expect(Self.normalized("او ۱۲۵ ام شد و راهی پیش گرفته بود که می دانست.")
                == "او ۱۲۵\u{200C}ام شد و راهی پیش گرفته بود که می‌دانست.")
    }

    @Test func lettersDigitsDiacriticsTatweelAndBidi() {
        #expect(Self.normalized("علي كتاب") == "علی کتاب")
        #expect(Self.normalized("ﻻ ﺑﺎﺯ") == "لا باز")  // presentation forms
        #expect(Self.normalized("كِتابـــها") == "کتاب‌ها")  // kasra and tatweel removed, then the plural
        #expect(Self.normalized("سال \u{200F}۱۳۹4\u{200E}") == "سال ۱۳۹۴")
        #expect(Self.normalized("سال ١٣٩٤") == "سال ۱۳۹۴")  // Arabic-Indic digits
        var latin = PersianNormalizerOptions()
        latin.digits = .latin
        #expect(Self.normalized("سال ۱۳۹۴ و ۲۰۱۵", latin) == "سال 1394 و 2015")
        var keep = PersianNormalizerOptions()
        keep.digits = .keep
        #expect(Self.normalized("سال ۱۳۹4", keep) == "سال ۱۳۹4")
    }

    @Test func latinTextInsidePersianIsLeftAlone() {
        let text = "موشک C-802 در گزارش S/2010/283 و سایت http://www.example.ir/en/News/12345/ و someone@example.com سال 2015"
        let output = Self.normalized(text)
        for latin in ["C-802", "S/2010/283", "http://www.example.ir/en/News/12345/", "someone@example.com"] {
            #expect(output.contains(latin), "\(latin) was changed")
        }
        #expect(output.hasSuffix("سال ۲۰۱۵"))
        #expect(Self.normalized("The 2015 report, NATO's A2/AD") == "The 2015 report, NATO's A2/AD")
    }

    @Test func punctuationSpacing() {
        #expect(Self.normalized("ایران ،چین ؛ آمریکا ؟") == "ایران، چین؛ آمریکا؟")
        #expect(Self.normalized("گفت« سلام »و رفت") == "گفت «سلام» و رفت")
    }

    @Test func everySwitchTurnsItsBehaviourOff() {
        #expect(Self.normalized("علي ميسازد ، ١٣٩٤ كِتابـ\u{200F}", .none) == "علي ميسازد ، ١٣٩٤ كِتابـ\u{200F}")
        var noZWNJ = PersianNormalizerOptions()
        noZWNJ.repairZWNJ = false
        #expect(Self.normalized("میسازد", noZWNJ) == "میسازد")
    }

    /// Real Persian sentences from the NTREX development data (read in place).
    static let ntrexSentences: [String] = {
        let path = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/align-en-fa/ntrex-dev.tsv").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").prefix(400).compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count == 3 ? String(fields[2]) : nil
        }
    }()

    @Test func normalizingTwiceChangesNothing() {
        #expect(Self.ntrexSentences.count == 400)
        for sentence in Self.ntrexSentences + Self.seedPersianLines {
            let once = Self.normalized(sentence)
            #expect(Self.normalized(once) == once, "not idempotent: \(sentence)")
        }
    }

    @Test func offsetsMapEveryOutputScalarBackToTheInput() {
        for sentence in Self.ntrexSentences.prefix(100) + Self.seedPersianLines + ["علي ميسازد ، ١٣٩٤ كِتابـــها ﻻ \u{200F}«سلام»"] {
            let input = Array(sentence.unicodeScalars)
            let result = Self.normalizer.normalize(sentence)
            let output = Array(result.text.unicodeScalars)
            let map = result.offsetMap
            #expect(map.textLength == output.count)
            var previousSourceEnd = 0
            for segment in map.segments {
                #expect(segment.source.start >= previousSourceEnd && segment.source.end <= input.count)
                previousSourceEnd = segment.source.end
                // A copied run is the input's own scalars, except for letters unified one for one.
                if segment.isCopy {
                    for offset in 0..<segment.text.count {
                        let out = output[segment.text.start + offset], original = input[segment.source.start + offset]
                        #expect(out == original || PersianNormalizerTests.isUnification(original, out),
                                "\(String(original.value, radix: 16)) became \(String(out.value, radix: 16))")
                    }
                }
            }
            // Removing the ZWNJs the normalizer added and mapping the rest back gives the input's letters.
            let back = map.segments.filter(\.isCopy).map { input.slice($0.source) }.joined()
            #expect(!back.isEmpty || output.isEmpty)
        }
    }

    static func isUnification(_ original: Unicode.Scalar, _ out: Unicode.Scalar) -> Bool {
        let pairs: [(UInt32, UInt32)] = [(0x064A, 0x06CC), (0x0649, 0x06CC), (0x0643, 0x06A9), (0x0660, 0x06F0)]
        if pairs.contains(where: { $0.0 == original.value && $0.1 == out.value }) { return true }
        // A space or U+00AC standing for a ZWNJ.
        if out.value == 0x200C && (original == " " || original.value == 0xAC) { return true }
        if (0x0660...0x0669).contains(original.value) || (0x30...0x39).contains(original.value) { return true }
        return original.value >= 0xFB50  // a presentation form
    }
}

/// Standard input's bytes decoded straight to scalars (`pardaz normalize --lang fa`).
@Suite("UTF-8 decoding")
struct UTF8DecodingTests {
    /// What the standard library makes of `bytes`: their scalars, or nil when they are not UTF-8.
    static func reference(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
    }

    static func decoded(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        bytes.withUnsafeBufferPointer { UTF8Decoding.scalars($0) }
    }

    @Test func agreesWithTheStandardLibraryOnTextAndOnBrokenBytes() {
        let text = "Naval ties: پیوندهای دریایی ۱۳۹۴ — 𝔸 😀 \u{200C}\r\n"
        #expect(Self.decoded(Array(text.utf8)) == Array(text.unicodeScalars))
        // Overlong forms, surrogates, values past U+10FFFF, stray continuations, cut sequences.
        for bad: [UInt8] in [[0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xD8],
                             [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFF], [0x61, 0xC3, 0x28]] {
            #expect(Self.decoded(bad) == nil, "\(bad)")
            #expect(Self.reference(bad) == nil, "\(bad)")
        }
        // Random bytes, biased towards UTF-8's lead and continuation bytes: the same verdict and scalars.
        var generator = SplitMix64(seed: 2026)
        let alphabet: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xD8, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 1...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(Self.decoded(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }
}

