internal import CICU

/// Country names from ICU's locale data, in any display language.
public enum ICULocaleNames {
    /// ISO 3166 country codes ICU knows (`IR`, `CN`, …), current ones only.
    public static var countryCodes: [String] {
        guard let list = pz_uloc_getISOCountries() else { return [] }
        var codes: [String] = []
        var index = 0
        while let entry = list[index] {
            codes.append(String(cString: entry))
            index += 1
        }
        return codes
    }

    /// The name of country `code` in `language` (`en`, `fa`), or nil when ICU has none.
    public static func countryName(_ code: String, in language: String) -> String? {
        var buffer = [UInt16](repeating: 0, count: 128)
        var status = U_ZERO_ERROR
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            pz_uloc_getDisplayCountry("und_\(code)", language, pointer.baseAddress, Int32(pointer.count), &status)
        }
        guard status.rawValue <= U_ZERO_ERROR.rawValue, length > 0 else { return nil }
        let name = String(decoding: buffer[0..<Int(length)], as: UTF16.self)
        return name == code ? nil : name
    }
}
