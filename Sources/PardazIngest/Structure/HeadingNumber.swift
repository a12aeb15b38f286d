/// A section heading split into its number and title: "II. Mutual Interest", "2.1 Data",
/// "Section 3: Results".
struct HeadingNumber: Sendable, Equatable {
    /// As printed, without the trailing dot: `II`, `2.1`.
    var number: String?
    /// The value of a single number (`II` is 2); nil for `2.1`.
    var value: Int?
    /// Depth implied by the numbering: `2.1` is 2; Roman and plain numbers are 1.
    var depth: Int
    /// Scalar offset within the heading text where the title starts.
    var titleStart: Int

    static func parse(_ text: String) -> HeadingNumber {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        // Arabic digits with dots: 1, 1.2, 1.2.3
        var digits = 0
        while index < scalars.count, scalars[index].properties.numericType != nil || scalars[index] == "." {
            if scalars[index] != "." { digits += 1 }
            index += 1
        }
        if digits > 0, index < scalars.count, scalars[index] == " " || scalars[index] == ")" || scalars[index - 1] == "." {
            var raw = String(String.UnicodeScalarView(scalars[0..<index]))
            while raw.hasSuffix(".") { raw.removeLast() }
            let parts = raw.split(separator: ".")
            let value = parts.count == 1 ? Int(String(parts[0]).asciiDigits) : nil
            // A bare number of three or more digits is a year or an amount, not a section number.
            if let value, value > 99 { return HeadingNumber(number: nil, value: nil, depth: 1, titleStart: 0) }
            return HeadingNumber(number: raw, value: value, depth: max(1, parts.count),
                                 titleStart: skipSeparators(scalars, from: index))
        }
        // Roman numerals followed by a dot or a closing parenthesis: "IV. Scope"
        index = 0
        while index < scalars.count, "IVXLCivxlc".unicodeScalars.contains(scalars[index]) { index += 1 }
        if index > 0, index < scalars.count, scalars[index] == "." || scalars[index] == ")",
           let value = romanValue(String(String.UnicodeScalarView(scalars[0..<index]))), value < 40 {
            return HeadingNumber(number: String(String.UnicodeScalarView(scalars[0..<index])), value: value, depth: 1,
                                 titleStart: skipSeparators(scalars, from: index + 1))
        }
        return HeadingNumber(number: nil, value: nil, depth: 1, titleStart: 0)
    }

    private static func skipSeparators(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "." || scalars[index] == ")"
            || scalars[index] == "-" || scalars[index] == "–" || scalars[index] == ":" {
            index += 1
        }
        return index
    }

    /// The value of a well-formed Roman numeral up to 3999, or nil.
    static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let upper = text.uppercased()
        guard !upper.isEmpty, upper.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        let numbers = upper.map { values[$0]! }
        for (index, number) in numbers.enumerated() {
            if index + 1 < numbers.count, number < numbers[index + 1] { total -= number } else { total += number }
        }
        return roman(total) == upper ? total : nil
    }

    private static func roman(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, result = ""
        for (number, letters) in table {
            while rest >= number { result += letters; rest -= number }
        }
        return result
    }
}

extension String {
    /// Persian and Arabic-Indic digits turned into ASCII digits, other characters kept.
    var asciiDigits: String {
        String(String.UnicodeScalarView(unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.value {
            case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!
            case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)!
            default: return scalar
            }
        }))
    }
}
