/// A file name (or any value from outside) as it may appear inside a one-line message: line breaks
/// and other control characters escaped the way Swift writes them (`\n`, `\r`, `\t`, `\u{1B}`), and
/// so are the invisible characters that could make a log line read differently from what it holds
/// (U+2028, U+2029, and the bidi marks, embeddings, overrides and isolates). Everything else,
/// Persian letters and ZWNJ included, is kept as it is. Backslashes are kept too, so escaping
/// twice changes nothing: `displayPath(displayPath(s)) == displayPath(s)`.
public func displayPath(_ path: String) -> String {
    var shown = ""
    shown.unicodeScalars.reserveCapacity(path.unicodeScalars.count)
    for scalar in path.unicodeScalars { appendShown(scalar, to: &shown) }
    return shown
}

/// A file name as the system holds it, bytes that need not be UTF-8: shown as `displayPath(_:)`
/// shows text, with each byte that is not part of a well-formed UTF-8 character as `\xNN`.
public func displayPath(_ bytes: [UInt8]) -> String {
    var shown = ""
    var index = 0
    while index < bytes.count {
        let length = utf8Length(lead: bytes[index])
        if let length, index + length <= bytes.count,
           let character = String(validating: bytes[index..<(index + length)], as: UTF8.self) {
            for scalar in character.unicodeScalars { appendShown(scalar, to: &shown) }
            index += length
        } else {
            shown += "\\x" + hex(UInt32(bytes[index]), digits: 2)
            index += 1
        }
    }
    return shown
}

/// The length of the UTF-8 sequence a byte starts, or nil for a byte that starts none.
private func utf8Length(lead: UInt8) -> Int? {
    switch lead {
    case 0x00...0x7F: 1
    case 0xC2...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF4: 4
    default: nil
    }
}

private func appendShown(_ scalar: Unicode.Scalar, to shown: inout String) {
    switch scalar {
    case "\n": shown += "\\n"
    case "\r": shown += "\\r"
    case "\t": shown += "\\t"
    case _ where mustEscape(scalar): shown += "\\u{" + hex(scalar.value, digits: 1) + "}"
    default: shown.unicodeScalars.append(scalar)
    }
}

/// Control characters (C0, DEL, C1), the line and paragraph separators, and the bidi format
/// characters (ALM, LRM, RLM, LRE…RLO, LRI…PDI).
private func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
}

/// Upper-case hexadecimal, at least `digits` long.
private func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}
