import PardazExtract
import PardazIngest
import PardazModel
import PardazNormalize

/// libFuzzer entry point: any bytes through ingest (decoding, input-kind detection, structure) and,
/// as text, through both normalizers, the segmenter, both temporal taggers, the UTF-8 decoder and
/// (inputs up to 4 KB) the entity extractor, name parts and grouping in both languages. Built and run by `scripts/fuzz.sh` with `-sanitize=fuzzer`;
/// a crash, a hang or an offset map that does not cover its text is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngestAndNormalize(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    _ = try? Ingest.document(bytes: bytes, path: "fuzz.txt")
    let text = String(decoding: bytes, as: UTF8.self)
    let scalarCount = text.unicodeScalars.count
    for sentence in FuzzTarget.segmenter.sentences(text) {
        precondition(sentence.range.end <= scalarCount && sentence.tokens.allSatisfy { $0.range.end <= sentence.range.end },
                     "bad sentence or token range")
    }
    for expression in FuzzTarget.timex.tag(text, language: "auto") {
        precondition(expression.range.end <= scalarCount && expression.range.start < expression.range.end, "bad timex range")
    }
    // The tagger is slow in a debug build: short inputs only, so that the rest keeps its pace.
    for language in ["en", "fa"] where count <= 4096 {
        let found = FuzzTarget.entities.mentions(in: text, language: language)
        // Then as a document's mentions are: names' parts found across the text, and grouped.
        let mentions = PersonNameParts.adding(to: found, in: text, within: [TextRange(0, scalarCount)])
        for mention in mentions {
            precondition(mention.range.end <= scalarCount && mention.range.start < mention.range.end, "bad entity range")
        }
        let grouped = EntityGrouping.group(mentions, in: text)
        precondition(grouped.mentions.allSatisfy { $0.entity != nil }, "a mention with no entity")
    }
    // Bytes decoded straight to scalars agree with the standard library's UTF-8 (`pardaz normalize`).
    let decoded = bytes.withUnsafeBufferPointer { UTF8Decoding.scalars($0) }
    precondition(decoded == String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }, "UTF-8 decoding differs")
    for result in [FuzzTarget.persian.normalize(text), FuzzTarget.english.normalize(text)] {
        precondition(result.offsetMap.textLength == result.text.unicodeScalars.count, "offset map does not cover the text")
        for segment in result.offsetMap.segments {
            precondition(segment.source.end <= text.unicodeScalars.count, "offset map points past the input")
        }
    }
    return 0
}

enum FuzzTarget {
    static let persian = PersianNormalizer()
    static let english = EnglishNormalizer()
    static let segmenter = Segmenter(language: "en")
    static let timex = TimexTagger(anchor: TimexAnchor(year: 2015, month: 8, day: 12))
    static let entities = EntityExtractor.shipped
}

/// libFuzzer's driver, which runs the entry point over its corpus and mutations.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The program's entry: SwiftPM names an executable's entry `MODULE_main`; with
/// `-parse-as-library` there is none, so it is this one, handing over to libFuzzer.
@_cdecl("PardazFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzIngestAndNormalize)
}
