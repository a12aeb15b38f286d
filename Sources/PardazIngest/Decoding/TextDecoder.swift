import PardazICU
import PardazModel

/// Bytes turned into text, with the encoding that was detected.
public struct DecodedText: Sendable {
    public var text: String
    public var encoding: SourceEncoding
}

/// Detects the encoding of an input and decodes it: UTF-8 (with or without BOM), UTF-16 LE/BE
/// with BOM, and Windows-1256, the legacy code page of much Persian text (through ICU).
/// Empty, binary, NUL-bearing and undecodable input is refused with an `IngestError`.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8]) throws(IngestError) -> DecodedText {
        if bytes.isEmpty { throw IngestError(.empty, "file is empty") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let text = try utf8(bytes, from: 3)
            return try checked(DecodedText(text: text, encoding: .utf8BOM))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard bytes.count % 2 == 0 else {
                throw IngestError(.undecodable, "truncated UTF-16: odd number of bytes (\(bytes.count))")
            }
            let text: String
            do {
                text = try ICUConverter.decode(Array(bytes[2...]), encoding: little ? "UTF-16LE" : "UTF-16BE")
            } catch {
                throw IngestError(.undecodable, "invalid UTF-16 at byte \(error.byteOffset + 2) (\(error.code))")
            }
            return try checked(DecodedText(text: text, encoding: little ? .utf16LE : .utf16BE))
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw IngestError(.nulBytes, "contains NUL bytes (first at byte \(nul)); binary or UTF-16 without BOM")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return try checked(DecodedText(text: text, encoding: .utf8))
        }
        let badOffset = firstInvalidUTF8Offset(bytes)
        if let text = windows1256(bytes) {
            return try checked(DecodedText(text: text, encoding: .windows1256))
        }
        throw IngestError(.undecodable,
                          "not valid UTF-8 (bad byte 0x\(hex(bytes[badOffset])) at byte \(badOffset)) and not Windows-1256 text")
    }

    private static func utf8(_ bytes: [UInt8], from start: Int) throws(IngestError) -> String {
        let body = Array(bytes[start...])
        if body.contains(0) { throw IngestError(.nulBytes, "contains NUL bytes; binary file") }
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(body) + start
            throw IngestError(.undecodable, "invalid UTF-8 after a UTF-8 BOM (bad byte 0x\(hex(bytes[offset])) at byte \(offset))")
        }
        return text
    }

    /// Windows-1256 maps every byte, so any byte string decodes; it is accepted only when it reads
    /// as Arabic-script text: at least nine in ten bytes above 0x7F must become Arabic letters, ZWNJ
    /// or Arabic punctuation, and Arabic-script letters must be a fifth of the letters or twenty at
    /// least (so that an English file with one corrupt byte is not taken for Persian).
    private static func windows1256(_ bytes: [UInt8]) -> String? {
        guard let text = try? ICUConverter.decode(bytes, encoding: "windows-1256") else { return nil }
        var high = 0, arabic = 0, letters = 0, arabicLetters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                letters += 1
                if (0x0600...0x06FF).contains(scalar.value) { arabicLetters += 1 }
            }
            guard scalar.value > 0x7F else { continue }
            high += 1
            let value = scalar.value
            if (0x0600...0x06FF).contains(value) || value == 0x200C || value == 0x200D || value == 0x00AB
                || value == 0x00BB || value == 0x00A0 || value == 0x00D7 || value == 0x2026
                || (0x2013...0x201E).contains(value) {
                arabic += 1
            }
        }
        let script = arabicLetters * 5 >= letters || arabicLetters >= 20
        return high > 0 && arabic * 10 >= high * 9 && script ? text : nil
    }

    /// Refuses text that is really binary: C0 control characters other than tab, newline, carriage
    /// return and form feed.
    private static func checked(_ decoded: DecodedText) throws(IngestError) -> DecodedText {
        var controls = 0
        var total = 0
        var firstControl: Int?
        for scalar in decoded.text.unicodeScalars {
            total += 1
            let value = scalar.value
            if value == 0 {
                throw IngestError(.nulBytes, "contains NUL characters at scalar \(total - 1); binary file")
            }
            if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D && value != 0x0C) || value == 0x7F {
                controls += 1
                if firstControl == nil { firstControl = total - 1 }
            }
        }
        if let firstControl, controls * 100 > total || controls > 32 {
            throw IngestError(.binary, "looks binary: \(controls) control characters (first at character \(firstControl))")
        }
        if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw IngestError(.empty, "file has no text (only whitespace)")
        }
        return decoded
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return index }
            if let _ = String(validating: bytes[index..<index + length], as: UTF8.self) {
                index += length
            } else {
                return index
            }
        }
        return max(0, bytes.count - 1)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
