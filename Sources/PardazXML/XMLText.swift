/// Character-level rules of XML 1.0 that the writer applies to text before handing it to libxml2.
public enum XMLText {
    /// The replacement for characters that XML 1.0 does not allow.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// True for the characters XML 1.0 allows in a document (`Char` in the specification).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` with every character XML 1.0 does not allow replaced by U+FFFD, so that the number of
    /// characters (and every offset into the text) stays the same.
    public static func sanitized(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(isAllowed(scalar) ? scalar : replacement) }
        return String(result)
    }

    /// `value` sanitized and escaped for a double-quoted attribute value. Tabs and line breaks are
    /// written as character references so that attribute-value normalization keeps them.
    static func escapedAttribute(_ value: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in sanitized(value).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `content` sanitized so that it can be a comment: no `--` and no trailing `-`.
    static func commentSafe(_ content: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in sanitized(content).unicodeScalars {
            if scalar == "-", result.last == "-" { result.append(" ") }
            result.append(scalar)
        }
        if result.last == "-" { result.append(" ") }
        return String(result)
    }
}
