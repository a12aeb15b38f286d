/// The front-matter fields a labelled header gives, as plain strings: what the labeler's held-out
/// scores compare (the same reading for the gold labels and the predicted ones).
public struct LayoutFields: Sendable, Equatable {
    public var title: [String] = []
    public var authors: [String] = []
    public var affiliations: [String] = []
    public var abstract: [String] = []
    public var keywords: [String] = []
    public var dates: [String] = []

    /// The field names, in the order scores are printed.
    public static let names = ["title", "authors", "affiliation", "abstract", "keywords", "dates"]

    public subscript(name: String) -> [String] {
        switch name {
        case "title": title
        case "authors": authors
        case "affiliation": affiliations
        case "abstract": abstract
        case "keywords": keywords
        default: dates
        }
    }

    /// Reads the fields of lines with their labels: a run of title lines is the title, of abstract
    /// lines the abstract (its cue word removed), author lines are split into names without their
    /// markers, keywords into items, each affiliation or date line is one value.
    public init(lines: [LayoutLine], labels: [LayoutLabel], cues: LayoutCues = .shared) {
        var start = 0
        while start < lines.count {
            var end = start + 1
            while end < lines.count, labels[end] == labels[start] { end += 1 }
            let text = lines[start..<end].map(\.text).joined(separator: " ")
            switch labels[start] {
            case .title where title.isEmpty: title = [text]
            case .author: authors += Self.names(Self.removingCue(text, cues: cues))
            case .affiliation: affiliations += lines[start..<end].map(\.text)
            case .abstract where abstract.isEmpty: abstract = [Self.removingCue(text, cues: cues)].filter { !$0.isEmpty }
            case .keywords: keywords += Self.items(Self.removingCue(text, cues: cues))
            case .date: dates += lines[start..<end].map(\.text)
            default: break
            }
            start = end
        }
    }

    /// The text after a leading cue such as "Abstract", "Keywords:", «نویسندگان:».
    static func removingCue(_ text: String, cues: LayoutCues) -> String {
        let scalars = Array(text.unicodeScalars)
        let words = LayoutWords.words(text)
        guard let start = cues.start(of: words), ["abstract", "keywords", "author"].contains(start.cue) else { return text }
        // Skip as many words as the cue has, then the punctuation after it.
        let position = LayoutWords.offset(afterWords: start.words, in: scalars)
        var rest = Substring(String(String.UnicodeScalarView(scalars[position...])))
        while let first = rest.first, first == ":" || first == "." || first == "—" || first == "–" || first == "-" || first.isWhitespace {
            rest = rest.dropFirst()
        }
        return String(rest)
    }

    /// Names of an author line, without markers.
    static func names(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return AuthorLine.names(scalars).map { String(String.UnicodeScalarView(scalars[$0.range])) }
            .filter { $0.unicodeScalars.filter(\.properties.isAlphabetic).count >= 2 }
    }

    /// Keyword items, split at commas, semicolons and middle dots.
    static func items(_ text: String) -> [String] {
        text.split(whereSeparator: { ",;،؛·•".contains($0) }).map { $0.trimmingCharacters(in: " .") }.filter { !$0.isEmpty }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = self
        while let first = result.first, set.contains(first) || first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, set.contains(last) || last.isWhitespace { result = result.dropLast() }
        return String(result)
    }
}
