import PardazICU

/// The consonant skeleton of a name, the same for a Persian name and its usual English spelling:
/// Persian goes through ICU's `Persian-Latin/BGN` transliterator, then both are folded to ASCII,
/// digraphs become one letter (sh, ch, kh, gh and q, zh, ph, th), vowels go (and v, w and y inside
/// a word: the transliterator writes Persian's و and ی, which in names are mostly vowels, as v and
/// y), h at a word's end and doubled letters go. ICU's BGN rules leave most alefs and write ع as
/// an apostrophe; both go. روحانی → rvhاny → "rhn"; Rouhani → "rhn". مسعود رضایی → ms'vd rzاyy →
/// "msd rz"; Masoud Rezaei → "msd rz".
public enum NameSkeleton {
    private static let persianToLatin = try? ICUTransliterator(id: "Persian-Latin/BGN; Latin-ASCII")
    private static let toASCII = try? ICUTransliterator(id: "Any-Latin; Latin-ASCII")

    /// Skeletons already worked out, by language and name.
    private static let cache = SharedCache<String, [String]>(limit: 100_000)

    /// The skeleton of each word of `name`, written in `language`.
    public static func of(_ name: String, language: String) -> [String] {
        cache.value(language + "|" + name) { compute(name, language: language) }
    }

    private static func compute(_ name: String, language: String) -> [String] {
        let latin = (language == "fa" ? persianToLatin : toASCII)?.transliterate(name) ?? name
        return latin.lowercased().split { $0.isWhitespace || $0 == "-" }.map { word(String($0)) }.filter { !$0.isEmpty }
    }

    private static func word(_ word: String) -> String {
        var text = Substring(word.filter { $0.isASCII && $0.isLetter })
        var result = ""
        let digraphs: [(String, Character)] = [("sh", "S"), ("ch", "C"), ("kh", "K"), ("gh", "G"), ("zh", "J"), ("ph", "f"), ("th", "t")]
        var first = true
        while let letter = text.first {
            if let (digraph, symbol) = digraphs.first(where: { text.hasPrefix($0.0) }) {
                result.append(symbol)
                text = text.dropFirst(digraph.count)
            } else {
                switch letter {
                case "a", "e", "i", "o", "u": break
                case "v", "w", "y": if first { result.append(letter) }
                case "q": result.append("G")
                case "c": result.append("k")
                default: result.append(letter)
                }
                text = text.dropFirst()
            }
            first = false
        }
        if result.count > 1 && result.last == "h" { result.removeLast() }
        var collapsed = ""
        for letter in result where collapsed.last != letter { collapsed.append(letter) }
        return collapsed
    }

    /// How alike a Persian word and an English word sound, from 0 to 1: their skeletons'
    /// similarity, where a skeleton of one or two letters must match exactly.
    public static func wordSimilarity(persian: String, english: String) -> Double {
        let a = of(persian, language: "fa").joined(), b = of(english, language: "en").joined()
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return min(a.count, b.count) <= 2 ? (a == b ? 1 : 0) : similarity(a, b)
    }

    /// How alike two skeletons are, from 0 to 1: one less the edit distance over the longer length.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var previous = row[0]
            row[0] = i
            for j in 1...y.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return 1 - Double(row[y.count]) / Double(max(x.count, y.count))
    }
}
