import PardazICU
import PardazIngest
import PardazModel
import Testing

/// Encodings Pardaz reads, and the inputs it refuses with a one-line reason.
@Suite("Decoding and refused inputs")
struct DecodingTests {
    static let persian = "پیوندهای دریایی عمان و هند در سال ۱۳۹۴ گسترش یافت.\nمی‌خواهیم بدانیم چرا.\n"
    static let english = "Naval links between Oman and India grew in 2015.\nWe want to know why.\n"

    /// Windows-1256 bytes for `text`, built from ICU's own decoding table for the code page.
    static func windows1256(_ text: String) throws -> [UInt8] {
        var table: [Unicode.Scalar: UInt8] = [:]
        for byte in UInt8(0x01)...UInt8(0xFF) {
            if let scalar = try ICUConverter.decode([byte], encoding: "windows-1256").unicodeScalars.first {
                table[scalar] = byte
            }
        }
        return try text.unicodeScalars.map { scalar in
            try #require(table[scalar], "not in Windows-1256: \(scalar)")
        }
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try Ingest.document(bytes: Array(Self.persian.utf8), path: "a.txt")
        #expect(plain.source.encoding == .utf8)
        let bom = try Ingest.document(bytes: [0xEF, 0xBB, 0xBF] + Array(Self.persian.utf8), path: "b.txt")
        #expect(bom.source.encoding == .utf8BOM)
        #expect(bom.text == plain.text)
        #expect(plain.languages == ["fa"])
    }

    @Test func utf16LittleAndBigEndianWithBOM() throws {
        let units = Array(Self.persian.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let fromLittle = try Ingest.document(bytes: little, path: "le.txt")
        let fromBig = try Ingest.document(bytes: big, path: "be.txt")
        #expect(fromLittle.source.encoding == .utf16LE)
        #expect(fromBig.source.encoding == .utf16BE)
        let reference = try Ingest.document(bytes: Array(Self.persian.utf8), path: "a.txt")
        #expect(fromLittle.text == reference.text)
        #expect(fromBig.text == reference.text)
    }

    @Test func windows1256LegacyPersian() throws {
        // Legacy files write Arabic yeh (no Persian yeh in the code page) and ZWNJ as byte 0x9D.
        let legacy = "روابط دفاعي ايران و چين گسترش يافت و کشورها مي‌خواهند همکاري کنند.\nپژوهشگران گزارش دادند.\n"
        let bytes = try Self.windows1256(legacy)
        #expect(bytes.contains(0x9D))
        let document = try Ingest.document(bytes: bytes, path: "legacy.txt")
        #expect(document.source.encoding == .windows1256)
        #expect(document.text.contains("مي‌خواهند"))
        #expect(document.text.contains("پژوهشگران"))
        #expect(document.languages == ["fa"])
    }

    static let refused: [(name: String, bytes: [UInt8], reason: IngestError.Reason)] = {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let invalid: [UInt8] = Array("ok so far ".utf8) + [0xC3, 0x28] + Array(" and then more text".utf8)
        let controls: [UInt8] = Array(repeating: UInt8(0x01), count: 200) + Array("abc".utf8)
        return [
            ("empty", [], .empty),
            ("whitespace only", Array(" \n\t\n".utf8), .empty),
            ("NUL byte", Array("text with a NUL \u{0} byte".utf8), .nulBytes),
            ("binary image", png, .nulBytes),
            ("invalid UTF-8", invalid, .undecodable),
            ("truncated UTF-8", Array(Array("کتاب".utf8).dropLast()), .undecodable),
            ("odd-length UTF-16", [0xFF, 0xFE, 0x41], .undecodable),
            ("control characters", controls, .binary),
        ]
    }()

    @Test(arguments: refused)
    func refusedInputs(_ input: (name: String, bytes: [UInt8], reason: IngestError.Reason)) {
        let (name, bytes, reason) = input
        do {
            _ = try Ingest.document(bytes: bytes, path: "bad.txt")
            Issue.record("accepted \(name), expected to fail with \(reason)")
        } catch {
            #expect(error.reason == reason)
            #expect(!error.message.isEmpty && !error.message.contains("\n"))
        }
    }

    @Test func mixedEncodingsAreRefused() throws {
        // UTF-8 Persian followed by a Windows-1256 paragraph: neither decoding fits the whole file.
        let bytes = Array("روابط ایران و چین\n".utf8) + (try Self.windows1256("روابط ايران و چين\n"))
        #expect(throws: IngestError.self) { try Ingest.document(bytes: bytes, path: "mixed.txt") }
    }

    @Test func calendarConversionThroughICU() {
        let persian = CalendarDate(year: 1394, month: 5, day: 21)
        #expect(CalendarConverter.convert(persian, from: .persian, to: .gregorian)?.description == "2015-08-12")
        let gregorian = CalendarDate(year: 2015, month: 8, day: 12)
        #expect(CalendarConverter.convert(gregorian, from: .gregorian, to: .persian) == persian)
    }
}
