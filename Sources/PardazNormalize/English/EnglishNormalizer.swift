import PardazICU
import PardazModel

/// Normalizes English text converted from PDF: Markdown escapes, line-end hyphenation, ligatures,
/// URLs broken by spaces and runs of spaces, keeping an exact map back to the input.
public struct EnglishNormalizer: Sendable {
    public let options: EnglishNormalizerOptions
    private let ligatures: [UInt32: [Unicode.Scalar]]

    /// Prefixes that keep their hyphen at a line end: `anti-` / `ship` stays `anti-ship`.
    static let hyphenPrefixes: Set<String> = [
        "anti", "non", "self", "co", "ex", "multi", "pro", "pre", "post", "well", "cross", "all", "half",
        "semi", "counter", "inter", "intra", "neo", "pan", "quasi", "sub", "super", "ultra", "vice", "long",
        "short", "high", "low", "full", "part", "mid", "so", "state", "military", "defense", "defence",
    ]

    public init(options: EnglishNormalizerOptions = EnglishNormalizerOptions()) {
        self.options = options
        var table: [UInt32: [Unicode.Scalar]] = [:]
        if options.expandLigatures {
            let ranges: [ClosedRange<UInt32>] = [0xFB00...0xFB06, 0xFF01...0xFF5E]
            for value in ranges.joined() {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[value] = Array(ICUNormalizationForm.nfkc.apply(String(Character(scalar))).unicodeScalars)
            }
        }
        ligatures = table
    }

    /// `text` normalized, with the map back to it.
    public func normalize(_ text: String) -> NormalizedText {
        var pass = EnglishPass(scalars: text.scalarArray, options: options, ligatures: ligatures)
        let (output, map) = pass.run()
        return NormalizedText(text: String(scalars: output), offsetMap: map)
    }
}

/// One left-to-right pass of the English normalizer.
struct EnglishPass {
    let scalars: [Unicode.Scalar]
    let options: EnglishNormalizerOptions
    let ligatures: [UInt32: [Unicode.Scalar]]
    private var rewriter: ScalarRewriter

    init(scalars: [Unicode.Scalar], options: EnglishNormalizerOptions, ligatures: [UInt32: [Unicode.Scalar]]) {
        self.scalars = scalars
        self.options = options
        self.ligatures = ligatures
        rewriter = ScalarRewriter(scalars)
    }

    private static let escapable: Set<Unicode.Scalar> = Set("\\`*_{}[]()#+-.!$<>|~&\"'".unicodeScalars)
    /// Characters a URL fragment ends with when the URL goes on after a space.
    private static let urlContinuers: Set<Unicode.Scalar> = Set("/.-_=?&#:~%+".unicodeScalars)
    private static let urlCharacters: Set<Unicode.Scalar> = Set("/.-_=?&#%".unicodeScalars)
    /// File extensions and domain endings that follow a URL's dot on their own (`example. org/`,
    /// `View. htm`).
    private static let urlEndings: Set<String> = [
        "htm", "html", "php", "asp", "aspx", "jsp", "cfm", "pdf", "shtml", "org", "com", "net", "gov", "edu",
        "int", "mil", "info", "ir", "cn", "uk", "ru", "es", "fr", "de", "in", "pk", "eu",
    ]

    mutating func run() -> ([Unicode.Scalar], OffsetMap) {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if options.repairURLs, startsURL(at: index) {
                index = repairURL(at: index)
            } else if options.resolveEscapes, scalar == "\\", let end = escapeEnd(at: index) {
                rewriter.copy(upTo: index)
                rewriter.replace(upTo: end, with: [scalars[end - 1]])
                index = end
            } else if options.dehyphenate, scalar == "-", let end = lineEndHyphenEnd(at: index) {
                index = dehyphenate(at: index, wordEnd: end)
            } else if options.dehyphenate, scalar == "-", isSpacedPrefixHyphen(at: index) {
                // "Non- Proliferation": the line break after a prefix's hyphen became a space.
                rewriter.copy(upTo: index + 1)
                rewriter.replace(upTo: index + 2, with: [])
                index += 2
            } else if let replacement = ligatures[scalar.value] {
                rewriter.copy(upTo: index)
                rewriter.replace(upTo: index + 1, with: replacement)
                index += 1
            } else if options.collapseSpaces, scalar == " ", index + 1 < scalars.count, scalars[index + 1] == " " {
                var end = index
                while end < scalars.count && scalars[end] == " " { end += 1 }
                rewriter.copy(upTo: index + 1)
                rewriter.replace(upTo: end, with: [])
                index = end
            } else {
                index += 1
            }
        }
        return rewriter.finish()
    }

    // MARK: Escapes

    /// `\X` for Markdown-escapable X, or the converter's doubled `\\_`; returns the end of the escape.
    private func escapeEnd(at index: Int) -> Int? {
        guard index + 1 < scalars.count else { return nil }
        let next = scalars[index + 1]
        if next == "\\", index + 2 < scalars.count, scalars[index + 2] == "_" || scalars[index + 2] == "*" {
            return index + 3
        }
        return Self.escapable.contains(next) ? index + 2 : nil
    }

    // MARK: Hyphenation

    /// For `letters-` at a line end followed by lowercase letters on the next line, the end of the
    /// word's second part.
    private func lineEndHyphenEnd(at index: Int) -> Int? {
        guard index > 0, scalars[index - 1].properties.isLowercase else { return nil }
        var next = index + 1
        while next < scalars.count && scalars[next] == " " { next += 1 }
        guard next < scalars.count, scalars[next] == "\n" else { return nil }
        next += 1
        while next < scalars.count && scalars[next] == " " { next += 1 }
        guard next < scalars.count, scalars[next].properties.isLowercase else { return nil }
        var end = next
        while end < scalars.count && scalars[end].properties.isAlphabetic { end += 1 }
        return end
    }

    /// Whether the hyphen at `index` ends a prefix that keeps its hyphen (`non-`, `anti-`) and is
    /// followed by one space and a word that is not "and", "or" or "to" (as in "pre- and post-war").
    private func isSpacedPrefixHyphen(at index: Int) -> Bool {
        guard index > 0, index + 2 < scalars.count, scalars[index + 1] == " ", scalars[index - 1].properties.isAlphabetic,
              scalars[index + 2].properties.isAlphabetic else { return false }
        var wordStart = index
        while wordStart > 0 && scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
        guard wordStart == 0 || scalars[wordStart - 1].properties.isWhitespace || "(“\"".unicodeScalars.contains(scalars[wordStart - 1]),
              EnglishNormalizer.hyphenPrefixes.contains(String(scalars: scalars[wordStart..<index]).lowercased()) else { return false }
        var end = index + 2
        while end < scalars.count && scalars[end].properties.isAlphabetic { end += 1 }
        return !["and", "or", "to", "nor"].contains(String(scalars: scalars[(index + 2)..<end]).lowercased())
    }

    /// Joins `develop-` / `ment` into `development` on the first line (keeping `anti-ship`), so that
    /// the number of lines stays the same.
    private mutating func dehyphenate(at hyphen: Int, wordEnd: Int) -> Int {
        var wordStart = hyphen
        while wordStart > 0 && scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
        let prefix = String(scalars: scalars[wordStart..<hyphen]).lowercased()
        var secondStart = hyphen + 1
        while !scalars[secondStart].properties.isAlphabetic { secondStart += 1 }
        let second = scalars[secondStart..<wordEnd]
        let keepHyphen = EnglishNormalizer.hyphenPrefixes.contains(prefix)
        rewriter.copy(upTo: hyphen)
        var replacement: [Unicode.Scalar] = keepHyphen ? ["-"] : []
        replacement.append(contentsOf: second)
        replacement.append("\n")
        rewriter.replace(upTo: wordEnd, with: replacement)
        var next = wordEnd
        while next < scalars.count && scalars[next] == " " { next += 1 }
        rewriter.replace(upTo: next, with: [])
        return next
    }

    // MARK: URLs

    private func startsURL(at index: Int) -> Bool {
        guard index == 0 || scalars[index - 1].properties.isWhitespace || "([<\"“".unicodeScalars.contains(scalars[index - 1]) else {
            return false
        }
        for prefix in ["http://", "https://", "ftp://", "www."] {
            let prefixScalars = Array(prefix.unicodeScalars)
            if index + prefixScalars.count <= scalars.count,
               zip(scalars[index..<index + prefixScalars.count], prefixScalars).allSatisfy({ $0.properties.lowercaseMapping == String($1) }) {
                return true
            }
        }
        return false
    }

    /// Joins the fragments of a URL split by single spaces: each fragment after the first is joined
    /// when the text before ends with a URL separator (`/`, `.`, `-`, `_`…) and the fragment itself
    /// looks like part of a URL, or when the fragment starts with `/` or `.`.
    private mutating func repairURL(at start: Int) -> Int {
        var end = fragmentEnd(from: start)
        resolveEscapes(in: start..<end)
        while end + 1 < scalars.count, scalars[end] == " " {
            let next = end + 1
            let nextEnd = fragmentEnd(from: next)
            guard nextEnd > next else { break }
            let fragment = scalars[next..<nextEnd]
            let continues = Self.urlContinuers.contains(scalars[end - 1])
                && (fragment.contains(where: { Self.urlCharacters.contains($0) || $0.properties.numericType != nil })
                    || (scalars[end - 1] == "." && Self.urlEndings.contains(String(scalars: fragment))))
            let startsWithSeparator = fragment.first == "/" || fragment.first == "."
            guard (continues || startsWithSeparator), fragment.first!.properties.isAlphabetic
                    || fragment.first!.properties.numericType != nil || startsWithSeparator else { break }
            rewriter.copy(upTo: end)
            rewriter.replace(upTo: next, with: [])
            resolveEscapes(in: next..<nextEnd)
            end = nextEnd
        }
        rewriter.copy(upTo: end)
        return end
    }

    /// Resolves the escapes inside a URL fragment (`China\_A` → `China_A`).
    private mutating func resolveEscapes(in range: Range<Int>) {
        guard options.resolveEscapes else { return }
        var index = range.lowerBound
        while index < range.upperBound {
            if scalars[index] == "\\", let end = escapeEnd(at: index), end <= range.upperBound {
                rewriter.copy(upTo: index)
                rewriter.replace(upTo: end, with: [scalars[end - 1]])
                index = end
            } else {
                index += 1
            }
        }
    }

    /// The end of the run of non-space scalars from `start`, leaving out closing punctuation that a
    /// sentence puts after a URL.
    private func fragmentEnd(from start: Int) -> Int {
        var end = start
        while end < scalars.count && !scalars[end].properties.isWhitespace && scalars[end] != "]" && scalars[end] != ")"
                && scalars[end] != "\"" && scalars[end] != "”" && scalars[end] != ">" {
            end += 1
        }
        while end > start && ",;:".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        return end
    }
}
