/// What a line looks like, from its characters: the labeler's features that need no word list.
struct LineShape {
    var letters = 0, latin = 0, arabic = 0, otherScript = 0, upper = 0, digits = 0
    var commas = 0, semicolons = 0, words = 0, capitalizedWords = 0, latinWords = 0
    var hasAt = false, hasURL = false, hasDOI = false, hasORCID = false, hasYear = false, hasCopyright = false
    var hasISSN = false, hasPipe = false, hasParenthesis = false
    /// Words followed by a footnote marker: a digit, `*`, `†` or a superscript digit ("Smith1", "Smith 1,*").
    var markedNames = 0
    var first: Unicode.Scalar?
    var last: Unicode.Scalar?

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        first = scalars.first
        last = scalars.last
        var inWord = false, wordIsLatin = false
        for (index, scalar) in scalars.enumerated() {
            let properties = scalar.properties
            if properties.isAlphabetic {
                letters += 1
                if scalar.value < 0x0250 { latin += 1 } else if WritingScript.of(scalar) == .arabic { arabic += 1 } else { otherScript += 1 }
                if properties.isUppercase { upper += 1 }
                if !inWord {
                    words += 1
                    wordIsLatin = scalar.value < 0x0250
                    if wordIsLatin { latinWords += 1 }
                    if properties.isUppercase { capitalizedWords += 1 }
                }
                inWord = true
                continue
            }
            if inWord, index + 1 <= scalars.count, Self.isMarker(scalar) { markedNames += 1 }
            inWord = false
            if properties.numericType == .decimal { digits += 1 }
            switch scalar {
            case ",", "،": commas += 1
            case ";", "؛": semicolons += 1
            case "@": hasAt = true
            case "©": hasCopyright = true
            case "|": hasPipe = true
            case "(", ")": hasParenthesis = true
            default: break
            }
        }
        let lower = text.lowercased()
        hasURL = lower.contains("http") || lower.contains("www.")
        hasDOI = lower.contains("doi") || lower.contains("10.") && lower.contains("/")
        hasORCID = lower.contains("orcid") || Self.matchesORCID(scalars)
        hasISSN = lower.contains("issn") || lower.contains("شاپا")
        hasYear = Self.hasYear(scalars)
    }

    static func isMarker(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || scalar == "†" || scalar == "‡" || scalar == "§" || ("0"..."9").contains(scalar)
            || scalar == "¹" || scalar == "²" || scalar == "³" || ("\u{2070}"..."\u{2079}").contains(scalar)
    }

    /// Four digits from 1900 to 2099 or, in Persian or Latin digits, a Solar Hijri year 1300–1499.
    private static func hasYear(_ scalars: [Unicode.Scalar]) -> Bool {
        var run: [Int] = []
        for scalar in scalars + [" "] {
            if let digit = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
                run.append(Int(digit))
                continue
            }
            if run.count == 4 {
                let year = run.reduce(0) { $0 * 10 + $1 }
                if (1900...2099).contains(year) || (1300...1499).contains(year) { return true }
            }
            run = []
        }
        return false
    }

    /// `0000-0000-0000-000X`.
    private static func matchesORCID(_ scalars: [Unicode.Scalar]) -> Bool {
        let shape = String(String.UnicodeScalarView(scalars.map { ("0"..."9").contains($0) ? "9" : $0 }))
        return shape.contains("9999-9999-9999-999")
    }
}
