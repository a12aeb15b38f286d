import PardazXML

/// GROBID's labelled headers (`structure/grobid-header/tei/*.tei.xml`, CC BY) as lines with their
/// labels. A line ends at `<lb/>` (or at a blank line in the file's text, where a page break left no
/// `<lb/>`); its text has each run of whitespace made one space. A line takes the label of the
/// element that holds most of its letters: `titlePart` is a title, `docAuthor` an author,
/// `affiliation`, `address` and `email` themselves, `date` and a submission note a date, the
/// abstract's `div` an abstract, `keyword` keywords, `page` furniture, and journal, volume, pages,
/// DOI, copyright, article type, funding, meeting and publisher metadata. Unlabelled text is a
/// label line when it is an abstract or keywords cue alone, else other front-matter text.
public enum GrobidHeaderCorpus {
    public typealias Line = (line: LayoutLine, label: LayoutLabel)

    /// The lines of one TEI header.
    public static func lines(ofTEI bytes: [UInt8], cues: LayoutCues = .shared) throws(XMLReadError) -> [Line] {
        let events = try XMLEventReader.events(bytes)
        var lines: [Line] = []
        var pieces: [(text: String, label: LayoutLabel?)] = []
        var stack: [LayoutLabel?] = []
        var inFront = false

        func endLine() {
            let text = pieces.map(\.text).joined().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !text.isEmpty { lines.append((LayoutLine(text: text), label(of: pieces, text: text, cues: cues))) }
            pieces = []
        }

        for event in events {
            switch event {
            case .start(let name, let attributes):
                if name == "front" { inFront = true }
                guard inFront else { continue }
                if name == "lb" { endLine(); continue }
                let type = attributes.first { $0.name == "type" }?.value
                stack.append(elementLabel(name, type: type) ?? stack.last ?? nil)
            case .end(let name):
                guard inFront else { continue }
                if name == "front" { endLine(); inFront = false; continue }
                if name != "lb", !stack.isEmpty { stack.removeLast() }
            case .text(let text):
                guard inFront else { continue }
                let current = stack.last ?? nil
                let parts = text.components(separatedBy: "\n")
                for (number, part) in parts.enumerated() {
                    if number > 0, part.allSatisfy(\.isWhitespace), number + 1 < parts.count { endLine() }
                    pieces.append((number > 0 ? " " + part : part, current))
                }
            }
        }
        endLine()
        return lines
    }

    /// The label of a TEI element, nil for one that only groups others (`byline`, `docTitle`).
    static func elementLabel(_ name: String, type: String?) -> LayoutLabel? {
        switch name {
        case "titlePart": .title
        case "docAuthor": .author
        case "affiliation": .affiliation
        case "address": .address
        case "email": .email
        case "date": .date
        case "keyword", "keywords": .keywords
        case "page": .furniture
        case "div": type == "abstract" ? .abstract : nil
        case "note": type == "submission" ? .date : .meta
        case "idno": type == "orcid" ? .email : .meta
        case "reference", "title", "publisher", "meeting", "editor", "phone", "ptr", "degree": .meta
        default: nil
        }
    }

    /// The label holding most of the line's letters; unlabelled text is a cue line or other.
    private static func label(of pieces: [(text: String, label: LayoutLabel?)], text: String, cues: LayoutCues) -> LayoutLabel {
        var letters: [LayoutLabel?: Int] = [:]
        for piece in pieces {
            letters[piece.label, default: 0] += piece.text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType == .decimal }.count
        }
        let best = letters.max { a, b in a.value != b.value ? a.value < b.value : (a.key?.number ?? -1) > (b.key?.number ?? -1) }
        if let label = best?.key { return label }
        let words = LayoutWords.words(text)
        if let start = cues.start(of: words), start.words == words.count {
            if start.cue == "abstract" { return .abstractLabel }
            if start.cue == "keywords" { return .keywordsLabel }
        }
        return .other
    }
}
