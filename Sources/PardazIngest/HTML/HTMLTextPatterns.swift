/// Small recognisers for the shapes of text an article page is made of: note markers, labels such
/// as "Keywords:", keyword lists, e-mail addresses, the "By" of a byline, titles that say the same.
enum HTMLTextPatterns {
    static func trimmed(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// A footnote marker: `1`, `12`, `*`, `†`, `[3]`, `(3)`, Persian digits included.
    static func isNoteMarker(_ text: String) -> Bool {
        var core = Substring(trimmed(text))
        if let first = core.first, let last = core.last, (first == "[" && last == "]") || (first == "(" && last == ")") {
            core = core.dropFirst().dropLast()
        }
        guard !core.isEmpty, core.count <= 4 else { return false }
        return core.allSatisfy { $0.isNumber } || core.allSatisfy { "*†‡§".contains($0) }
    }

    /// A label opening a block, "Keywords:" or "چکیده:", and where the text after it starts.
    static func label(_ scalars: [Unicode.Scalar]) -> (label: SectionLabel, end: Int)? {
        guard let colon = scalars.prefix(40).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        guard let label = SectionLabel.of(String(String.UnicodeScalarView(scalars[0..<colon]))) else { return nil }
        return (label, colon + 1)
    }

    /// The keywords of a list such as "Iran; China; energy security" or "ایران، چین، امنیت انرژی":
    /// the range of each, split at commas and semicolons (Latin and Arabic) and middle dots, trimmed
    /// of spaces and a final full stop.
    static func keywordRanges(_ scalars: [Unicode.Scalar], from start: Int = 0) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var pieceStart = start
        for index in start...scalars.count {
            guard index == scalars.count || separatesKeywords(scalars[index]) else { continue }
            var low = pieceStart, high = index
            while low < high, scalars[low].isLayoutSpace { low += 1 }
            while high > low, scalars[high - 1].isLayoutSpace || scalars[high - 1] == "." { high -= 1 }
            if low < high { ranges.append(low..<high) }
            pieceStart = index + 1
        }
        return ranges
    }

    private static func separatesKeywords(_ scalar: Unicode.Scalar) -> Bool {
        [",", ";", "،", "؛", "·", "•", "|", "\n"].contains(scalar)
    }

    /// The ranges of e-mail addresses in the text.
    static func emailRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        func isAddressScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || "._%+-".unicodeScalars.contains(scalar))
        }
        var ranges: [Range<Int>] = []
        for (index, scalar) in scalars.enumerated() where scalar == "@" {
            var start = index, end = index + 1
            while start > 0, isAddressScalar(scalars[start - 1]) { start -= 1 }
            while end < scalars.count, isAddressScalar(scalars[end]) { end += 1 }
            while end > index + 1, scalars[end - 1] == "." { end -= 1 }
            let domain = scalars[(index + 1)..<end]
            if start < index, domain.contains("."), ranges.last.map({ $0.upperBound <= start }) ?? true {
                ranges.append(start..<end)
            }
        }
        return ranges
    }

    /// Where the names of a byline start, after "By", "Written by", "نوشته", "به قلم".
    static func bylineNamesStart(_ scalars: [Unicode.Scalar]) -> Int? {
        let text = String(String.UnicodeScalarView(scalars.prefix(16))).lowercased()
        for prefix in ["by ", "written by ", "words by ", "نوشته ", "نوشتهٔ ", "به قلم "] where text.hasPrefix(prefix) {
            return prefix.unicodeScalars.count
        }
        return nil
    }

    /// Whether two titles say the same: equal once case, spacing, punctuation and Arabic-script
    /// letter variants are ignored, or one holding most of the other.
    static func sameTitle(_ first: String, _ second: String) -> Bool {
        let a = SectionLabel.comparisonKey(first), b = SectionLabel.comparisonKey(second)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return long.contains(short) && short.count * 10 >= long.count * 6
    }

    /// A page `<title>` without the site's name after it ("Title | Site", "Title – Site"): the
    /// length of the part to keep, in scalars.
    static func titleLengthWithoutSiteName(_ scalars: [Unicode.Scalar], siteName: String?) -> Int {
        let separators: [[Unicode.Scalar]] = [" | ", " – ", " — ", " - ", " :: ", " » "].map { Array($0.unicodeScalars) }
        var best: Int?
        for separator in separators {
            guard scalars.count > separator.count else { continue }
            for start in stride(from: scalars.count - separator.count, to: 0, by: -1)
            where scalars[start..<start + separator.count].elementsEqual(separator) {
                let suffix = String(String.UnicodeScalarView(scalars[(start + separator.count)...]))
                let isSite = siteName.map { sameTitle($0, suffix) || SectionLabel.comparisonKey(suffix)
                    .contains(SectionLabel.comparisonKey($0)) } ?? (separator == separators[0])
                if isSite, start >= suffix.unicodeScalars.count / 2 { best = max(best ?? 0, start) }
                break
            }
        }
        return best ?? scalars.count
    }
}
