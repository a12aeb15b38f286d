/// The labeler's features of each line: its own (position, length, script, case, punctuation,
/// digits, shapes, cue classes, words) and a few of its neighbours', each hashed to 64 bits.
public struct LayoutFeatures: Sendable {
    let cues: LayoutCues

    public init(cues: LayoutCues = .shared) { self.cues = cues }

    /// Hashed features of every line, in order.
    public func features(of lines: [LayoutLine]) -> [[UInt64]] {
        let own = lines.enumerated().map { describe($0.element, at: $0.offset) }
        return lines.indices.map { index in
            var result = own[index].all
            for (offset, prefix) in [(-2, "p2"), (-1, "p"), (1, "n"), (2, "n2")] {
                let other = index + offset
                if own.indices.contains(other) {
                    result += own[other].context.map { prefix + ":" + $0 }
                } else {
                    result.append(prefix + ":none")
                }
            }
            if index > 0 { result += own[index].context.map { "pair:" + own[index - 1].main + ">" + $0 } }
            return result.map(Self.hash)
        }
    }

    /// A line's features: `all` for itself, `context` for its neighbours, `main` its one-word shape.
    private struct Description {
        var all: [String]
        var context: [String]
        var main: String
    }

    private func describe(_ line: LayoutLine, at index: Int) -> Description {
        let shape = LineShape(line.text)
        let words = LayoutWords.words(line.text)
        var context: [String] = []
        let length = line.text.unicodeScalars.count
        context.append("len=\(Self.bucket(length, [3, 10, 30, 60, 100, 200, 400, 1000]))")
        context.append("script=\(script(shape))")
        context.append("blank=\(min(line.blankLinesBefore, 2))")
        if line.headingLevel > 0 { context.append("heading") }
        if line.bold { context.append("bold") }
        if shape.letters > 3, shape.upper == shape.letters { context.append("allcaps") }
        context.append("end=\(Self.punctuation(shape.last))")
        let start = cues.start(of: words)
        if let start {
            context.append("start=\(start.cue)")
            if start.words == words.count { context.append("only=\(start.cue)") }
        }
        for cue in cues.contained(in: words) { context.append("cue=\(cue)") }
        if shape.hasAt { context.append("at") }
        if shape.hasYear { context.append("year") }
        if shape.markedNames > 0 { context.append("marked=\(Self.bucket(shape.markedNames, [1, 3]))") }
        if let first = words.first { context.append("w0=" + Self.wordShape(first)) }
        if shape.latinWords > 0 {
            context.append("capital=\(Self.bucket(shape.capitalizedWords * 10 / shape.latinWords, [0, 2, 5, 7, 9]))")
        }

        var all = ["bias"] + context
        all.append("pos=\(Self.bucket(index, [0, 1, 2, 3, 5, 8, 12, 20, 35, 60]))")
        all.append("words=\(Self.bucket(shape.words, [1, 2, 3, 5, 8, 12, 20, 40, 80]))")
        all.append("digits=\(Self.bucket(shape.letters + shape.digits == 0 ? 0 : shape.digits * 10 / (shape.letters + shape.digits), [0, 1, 3, 6]))")
        all.append("commas=\(min(shape.commas, 4))")
        if shape.semicolons > 0 { all.append("semicolon") }
        if shape.hasURL { all.append("url") }
        if shape.hasDOI { all.append("doi") }
        if shape.hasORCID { all.append("orcid") }
        if shape.hasISSN { all.append("issn") }
        if shape.hasCopyright { all.append("copyright") }
        if shape.hasPipe { all.append("pipe") }
        if shape.hasParenthesis { all.append("paren") }
        if line.indented { all.append("indented") }
        all.append("first=\(Self.kind(shape.first))")
        if let colon = colonLabel(line.text) { all.append("colon=\(colon)") }
        // Conjunctions of shape features: a title's length with its case and its last character.
        let lengthBucket = Self.bucket(length, [10, 25, 50, 100, 200])
        if shape.latinWords > 0 {
            all.append("len×capital=\(lengthBucket)×\(Self.bucket(shape.capitalizedWords * 10 / shape.latinWords, [2, 5, 8]))")
        }
        all.append("len×end=\(lengthBucket)×\(Self.punctuation(shape.last))")
        all.append("len×words=\(lengthBucket)×\(Self.bucket(shape.words, [2, 4, 8, 16]))")
        for word in words.prefix(12) { all.append("w=" + Self.wordShape(word)) }
        if words.count > 1 { all.append("w01=" + Self.wordShape(words[0]) + " " + Self.wordShape(words[1])) }
        if let last = words.last { all.append("wl=" + Self.wordShape(last)) }
        let main = start?.cue ?? (length > 200 ? "long" : shape.letters == 0 ? "noletters" : "short")
        return Description(all: all, context: context, main: main)
    }

    /// The class of a short label before a colon within the first 40 characters ("Authors:", «نوع مقاله :»).
    private func colonLabel(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(40))
        guard let colon = scalars.firstIndex(where: { $0 == ":" }) else { return nil }
        let words = LayoutWords.words(String(String.UnicodeScalarView(scalars[..<colon])))
        guard (1...4).contains(words.count) else { return nil }
        return cues.start(of: words).map { $0.words == words.count ? $0.cue : "partial-" + $0.cue } ?? "other"
    }

    private func script(_ shape: LineShape) -> String {
        if shape.letters == 0 { return "none" }
        if shape.arabic * 10 >= shape.letters * 9 { return "arabic" }
        if shape.latin * 10 >= shape.letters * 9 { return "latin" }
        if shape.otherScript * 2 > shape.letters { return "other" }
        return "mixed"
    }

    /// Digits as `0`, so that years and page numbers share features.
    private static func wordShape(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.map { $0.properties.numericType == .decimal ? "0" : $0 }))
    }

    private static func punctuation(_ scalar: Unicode.Scalar?) -> String {
        guard let scalar else { return "none" }
        if scalar.properties.isAlphabetic { return "letter" }
        if scalar.properties.numericType == .decimal { return "digit" }
        return String(scalar)
    }

    private static func kind(_ scalar: Unicode.Scalar?) -> String {
        guard let scalar else { return "none" }
        if scalar.properties.isUppercase { return "upper" }
        if scalar.properties.isLowercase { return "lower" }
        if scalar.properties.isAlphabetic { return "letter" }
        if scalar.properties.numericType == .decimal { return "digit" }
        if LineShape.isMarker(scalar) { return "marker" }
        return String(scalar)
    }

    /// The first bound `value` does not exceed, or "more".
    static func bucket(_ value: Int, _ bounds: [Int]) -> String {
        bounds.first { value <= $0 }.map(String.init) ?? "more"
    }

    /// FNV-1a over the UTF-8 bytes: the same in every process (Swift's `Hasher` is seeded per run).
    static func hash(_ feature: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in feature.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
