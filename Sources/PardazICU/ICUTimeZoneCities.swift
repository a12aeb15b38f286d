internal import CICU

/// The exemplar cities of ICU's time zones (CLDR's names of `Asia/Tehran`, `Europe/Paris`…), in
/// any display language: a list of well-known city names in English and Persian.
public enum ICUTimeZoneCities {
    /// ICU's canonical location time zones (`Asia/Tehran`, …; no aliases, no `Etc/GMT+5`).
    public static var zoneIDs: [String] {
        var status = U_ZERO_ERROR
        guard let zones = pz_ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nil, nil, &status) else { return [] }
        defer { pz_uenum_close(zones) }
        var ids: [String] = []
        var length: Int32 = 0
        while status.rawValue <= U_ZERO_ERROR.rawValue, let id = pz_uenum_next(zones, &length, &status) {
            ids.append(String(cString: id))
        }
        return ids
    }

    /// The exemplar city of time zone `zoneID` in `language` (`en`, `fa`), formatted by a date
    /// format of pattern `VVV`; nil when ICU has no name of its own for it in that language (it
    /// then falls back to the English one, or to "Unknown City").
    public static func city(_ zoneID: String, in language: String) -> String? {
        let name = format(zoneID, language)
        guard let name, !name.isEmpty else { return nil }
        if language != "en", let english = format(zoneID, "en"), english == name { return nil }
        return name == format("Etc/Unknown", language) ? nil : name
    }

    private static func format(_ zoneID: String, _ language: String) -> String? {
        var status = U_ZERO_ERROR
        let zone = Array(zoneID.utf16), pattern = Array("VVV".utf16)
        guard let formatter = pz_udat_open(UDAT_PATTERN, UDAT_PATTERN, language, zone, Int32(zone.count), pattern,
                                           Int32(pattern.count), &status),
              status.rawValue <= U_ZERO_ERROR.rawValue
        else { return nil }
        defer { pz_udat_close(formatter) }
        var buffer = [UInt16](repeating: 0, count: 128)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            pz_udat_format(formatter, 0, pointer.baseAddress, Int32(pointer.count), nil, &status)
        }
        guard status.rawValue <= U_ZERO_ERROR.rawValue, length > 0, length <= 128 else { return nil }
        return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
    }
}
