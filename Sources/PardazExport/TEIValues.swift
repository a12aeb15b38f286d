/// Attribute values of the TEI output, made valid for their datatypes in the RelaxNG schema.
enum TEIValues {
    /// An `xml:id` (an NCName) made from a model id: ASCII letters, digits, `.`, `-`, `_`, starting
    /// with a letter or `_`. Model ids (`b12`, `s3`) pass through unchanged.
    static func identifier(_ raw: String) -> String {
        var result = ""
        for scalar in raw.unicodeScalars {
            let isNameChar = scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "." || scalar == "-" || scalar == "_")
            result.unicodeScalars.append(isNameChar ? scalar : "_")
        }
        guard let first = result.unicodeScalars.first,
              ("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_"
        else { return "_" + result }
        return result
    }

    /// A pointer to the element whose `xml:id` was made from `id`.
    static func pointer(to id: String) -> String { "#" + identifier(id) }

    /// A BCP 47 tag valid as `xml:lang` (`fa_IR` becomes `fa-IR`); `und` when there is none.
    static func language(_ raw: String) -> String {
        let tag = raw.replacingUnderscores()
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        let valid = !subtags.isEmpty && subtags.enumerated().allSatisfy { index, subtag in
            (1...8).contains(subtag.count) && subtag.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || (index > 0 && ("0"..."9").contains(scalar)))
            }
        }
        return valid ? tag : "und"
    }

    /// The English name of a language, for `<language>`.
    static func languageName(_ tag: String) -> String? {
        tag.split(separator: "-").first.flatMap { languageNames[String($0)] }
    }

    /// The languages the ingest tells apart by script, and `und`, by their English names.
    private static let languageNames: [String: String] = [
        "en": "English", "fa": "Persian", "ar": "Arabic", "ru": "Russian", "el": "Greek", "he": "Hebrew",
        "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai", "hy": "Armenian",
        "ka": "Georgian", "und": "Undetermined",
    ]

    /// `raw` as a URI reference: characters a URI may not contain (spaces, controls, quotes, angle
    /// brackets, a `%` that starts no escape, a second `#`) are percent-encoded. Non-ASCII characters
    /// are kept, as an IRI allows.
    static func uri(_ raw: String) -> String {
        let scalars = Array(raw.unicodeScalars)
        var result = ""
        var seenFragment = false
        for (index, scalar) in scalars.enumerated() {
            var encode = scalar.value < 0x21 || scalar.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains(scalar)
            if scalar == "%" {
                let next = scalars.dropFirst(index + 1).prefix(2)
                encode = next.count < 2 || !next.allSatisfy { $0.properties.isASCIIHexDigit }
            } else if scalar == "#" {
                encode = seenFragment
                seenFragment = true
            }
            if encode {
                for byte in String(scalar).utf8 { result += "%" + hex(byte) }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `raw` when it is an ISO date the schema accepts for `@when` (`2015`, `2015-03`, `2015-03-01`,
    /// or a date and time such as `2015-03-01T10:30:00Z`); nil otherwise.
    static func isoDate(_ raw: String) -> String? {
        let parts = raw.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let fields = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields.allSatisfy(isDigits),
              fields[0].count == 4, fields.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(fields[0]), year > 0
        else { return nil }
        if fields.count >= 2 {
            guard let month = Int(fields[1]), (1...12).contains(month) else { return nil }
            if fields.count == 3 {
                guard let day = Int(fields[2]), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        }
        if parts.count == 2 {
            guard fields.count == 3, isTime(parts[1]) else { return nil }
        }
        return raw
    }

    private static func isTime(_ raw: Substring) -> Bool {
        var time = raw
        if time.hasSuffix("Z") {
            time = time.dropLast()
        } else if time.count > 6, let sign = time.dropLast(5).last, sign == "+" || sign == "-" {
            let zone = time.suffix(5)
            guard isClock(zone, fields: 2) else { return false }
            time = time.dropLast(6)
        }
        if let dot = time.firstIndex(of: ".") {
            guard isDigits(time[time.index(after: dot)...]), time.index(after: dot) < time.endIndex else { return false }
            time = time[..<dot]
        }
        return isClock(time, fields: 3)
    }

    private static func isClock(_ raw: Substring, fields count: Int) -> Bool {
        let fields = raw.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == count, fields.allSatisfy({ $0.count == 2 && isDigits($0) }) else { return false }
        let limits = [23, 59, 59]
        return zip(fields, limits).allSatisfy { field, limit in Int(field).map { $0 <= limit } ?? false }
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        return String(String.UnicodeScalarView([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]))
    }
}

private extension String {
    func replacingUnderscores() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "_" ? "-" : $0 }))
    }
}
