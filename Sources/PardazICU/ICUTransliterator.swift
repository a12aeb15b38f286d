internal import CICU

/// Why ICU refused to build a transliterator.
public struct ICUTransliteratorError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: String
    /// Line of the rules where parsing failed, when ICU says.
    public let line: Int
    public let offset: Int
    public var description: String { "ICU transliterator: \(code) at line \(line), offset \(offset)" }
}

/// An ICU transliterator (`utrans`), built from a system id such as `"Persian-Latin/BGN"` or from
/// rules of ICU's transform syntax (`"ي > ی; ك > ک;"`).
///
/// Instances are immutable once built and safe to share; ICU's `utrans_transUChars` does not change
/// the transliterator.
public final class ICUTransliterator: @unchecked Sendable {
    private let handle: UnsafeMutablePointer<UnsafeMutableRawPointer?>

    /// A system transliterator by id, e.g. `"Any-NFKC"` or `"Persian-Latin/BGN"`.
    public convenience init(id: String) throws(ICUTransliteratorError) {
        try self.init(id: id, rules: nil)
    }

    /// A transliterator from rules; `id` names it in error messages.
    public convenience init(rules: String, id: String = "Pardaz-Rules") throws(ICUTransliteratorError) {
        try self.init(id: id, rules: rules)
    }

    private init(id: String, rules: String?) throws(ICUTransliteratorError) {
        var status = U_ZERO_ERROR
        var parseError = UParseError()
        let idUnits = Array(id.utf16)
        let ruleUnits = rules.map { Array($0.utf16) }
        let opened: UnsafeMutablePointer<UnsafeMutableRawPointer?>? = idUnits.withUnsafeBufferPointer { idBuffer in
            if let ruleUnits {
                return ruleUnits.withUnsafeBufferPointer { ruleBuffer in
                    pz_utrans_openU(idBuffer.baseAddress, Int32(idBuffer.count), UTRANS_FORWARD,
                                    ruleBuffer.baseAddress, Int32(ruleBuffer.count), &parseError, &status)
                }
            }
            return pz_utrans_openU(idBuffer.baseAddress, Int32(idBuffer.count), UTRANS_FORWARD,
                                   nil, -1, &parseError, &status)
        }
        guard let opened, status.rawValue <= U_ZERO_ERROR.rawValue else {
            throw ICUTransliteratorError(code: String(cString: pz_u_errorName(status)),
                                         line: Int(parseError.line), offset: Int(parseError.offset))
        }
        handle = opened
    }

    deinit { pz_utrans_close(handle) }

    /// `text` transliterated.
    public func transliterate(_ text: String) -> String {
        var units = Array(text.utf16)
        var capacity = max(units.count * 4, 16)
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            var limit = length
            var status = U_ZERO_ERROR
            buffer.withUnsafeMutableBufferPointer { pointer in
                pz_utrans_transUChars(handle, pointer.baseAddress, &length, Int32(capacity), 0, &limit, &status)
            }
            if status == U_BUFFER_OVERFLOW_ERROR {
                capacity = Int(length) + 16
                continue
            }
            guard status.rawValue <= U_ZERO_ERROR.rawValue else { return text }
            units = Array(buffer[0..<Int(length)])
            return String(decoding: units, as: UTF16.self)
        }
    }
}

/// Unicode normalization forms through ICU (`unorm2`).
public enum ICUNormalizationForm: Sendable {
    case nfc, nfkc

    /// `text` in this normalization form.
    public func apply(_ text: String) -> String {
        var status = U_ZERO_ERROR
        let instance = self == .nfc ? pz_unorm2_getNFCInstance(&status) : pz_unorm2_getNFKCInstance(&status)
        guard let instance, status.rawValue <= U_ZERO_ERROR.rawValue else { return text }
        let source = Array(text.utf16)
        var capacity = max(source.count * 3, 16)
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            status = U_ZERO_ERROR
            let length = source.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    pz_unorm2_normalize(instance, input.baseAddress, Int32(input.count), out.baseAddress,
                                        Int32(capacity), &status)
                }
            }
            if status == U_BUFFER_OVERFLOW_ERROR {
                capacity = Int(length) + 16
                continue
            }
            guard status.rawValue <= U_ZERO_ERROR.rawValue else { return text }
            return String(decoding: output[0..<Int(length)], as: UTF16.self)
        }
    }
}
