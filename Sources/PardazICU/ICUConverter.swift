internal import CICU

/// The reason ICU could not convert a byte sequence to Unicode.
public struct ICUConversionError: Error, Sendable, Equatable {
    /// Offset of the first byte the converter could not map, counted from the start of the input.
    public let byteOffset: Int
    /// ICU's name for the failure, such as `U_ILLEGAL_CHAR_FOUND`.
    public let code: String
}

/// Byte-to-Unicode conversion through ICU's converters (`ucnv`), which know the legacy code pages
/// (Windows-1256 among them) as well as UTF-16.
public enum ICUConverter {
    /// Decodes `bytes` with the ICU converter named `encoding` (e.g. `"windows-1256"`, `"UTF-16LE"`).
    ///
    /// Conversion stops at the first byte sequence the converter cannot map, rather than inserting
    /// U+FFFD, so that undecodable input is reported instead of silently damaged.
    public static func decode(_ bytes: [UInt8], encoding: String) throws(ICUConversionError) -> String {
        var status = U_ZERO_ERROR
        guard let converter = pz_ucnv_open(encoding, &status), status.rawValue <= U_ZERO_ERROR.rawValue else {
            throw ICUConversionError(byteOffset: 0, code: String(cString: pz_u_errorName(status)))
        }
        defer { pz_ucnv_close(converter) }
        pz_ucnv_stop_on_illegal(converter, &status)

        // Every supported encoding yields at most one UTF-16 unit per input byte, plus a little slack.
        var units = [UInt16](repeating: 0, count: bytes.count + 16)
        var produced = 0
        var consumed = 0
        bytes.withUnsafeBufferPointer { input in
            units.withUnsafeMutableBufferPointer { output in
                input.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(input.count, 1)) { base in
                    var source: UnsafePointer<CChar>? = UnsafePointer(base)
                    var target: UnsafeMutablePointer<UChar>? = output.baseAddress
                    pz_ucnv_toUnicode(converter, &target, output.baseAddress! + output.count,
                                      &source, base + input.count, nil, 1, &status)
                    produced = target! - output.baseAddress!
                    consumed = source! - UnsafePointer(base)
                }
            }
        }
        if status.rawValue > U_ZERO_ERROR.rawValue {
            throw ICUConversionError(byteOffset: max(consumed - 1, 0), code: String(cString: pz_u_errorName(status)))
        }
        return String(decoding: units[0..<produced], as: UTF16.self)
    }
}
