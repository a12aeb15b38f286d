/// Judgements on extracted text that the structure readers share: does it end a sentence, does it
/// open a bibliography entry.
enum TextHeuristics {
    /// True when the text ends a sentence: its last character, ignoring trailing note markers,
    /// closing quotes and brackets, is one of `. ? ! : ; …` (or Persian `؟`).
    static func endsSentence(_ text: RichText) -> Bool {
        var end = text.count
        let markers = text.marks.filter { $0.type == "noteRef" }
        while end > 0 {
            let scalar = text.scalars[end - 1]
            if let marker = markers.first(where: { $0.range.end == end }) {
                end = marker.range.start
                continue
            }
            if scalar.isLayoutSpace || closers.contains(scalar) || scalar == "*" {
                end -= 1
                continue
            }
            return terminals.contains(scalar)
        }
        return true
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»", "›", ">"]
    private static let terminals: Set<Unicode.Scalar> = [".", "?", "!", ":", ";", "…", "؟", "؛"]

    /// True when a line reads like the start of a bibliography entry: a year within its first 120
    /// characters ("Ferro, Anna M. 2012.", "Xinhua. March 2, 2019.").
    static func looksLikeReferenceStart(_ text: String) -> Bool {
        let head = Array(text.asciiDigits.unicodeScalars.prefix(120))
        var index = 0
        while index + 4 <= head.count {
            let window = head[index..<index + 4]
            let before = index > 0 ? head[index - 1] : " "
            let after = index + 4 < head.count ? head[index + 4] : " "
            if window.allSatisfy({ $0.properties.numericType != nil && $0.isASCII }),
               (window.first == "1" && window.dropFirst().first == "9") || (window.first == "2" && window.dropFirst().first == "0"),
               before.properties.numericType == nil, after.properties.numericType == nil,
               before == " " || before == "(" || before == "," || before == "." {
                return true
            }
            index += 1
        }
        return false
    }

    /// The number of letters in a text.
    static func letterCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.properties.isAlphabetic ? 1 : 0) }
    }
}
