import PardazModel
import PardazXML

/// The inline elements made from the document's annotations, and how they are written into a
/// block's text.
///
/// Annotation types map to elements as follows; other types are left to the JSON export.
/// - `noteRef` → `<ref type="note" target="#NOTE">`, `citation` → `<ref type="bibr" target="#REF">`
/// - `link` → `<ref target="URL">`
/// - `emphasis` → `<hi rend="italic">`, `strong` → `<hi rend="bold">`
/// - `email` → `<email>`
/// Temporal expressions become `<date type="DATE|TIME|DURATION|SET" n="VALUE">`, with `when`,
/// `dur-iso` or `when-custom` and `datingMethod` where they apply; entity mentions `<persName>`,
/// `<orgName>`, `<placeName>` and `<name type="weapon">`, with `ref="#e3"` pointing at the entity
/// in the `<standOff>`; the abstracts' sentences `<s xml:id="s3">`, which alignment links point at.
struct TEIInlineMarkup {
    /// One inline element over `range` of the document's text.
    struct Mark {
        var range: TextRange
        var element: String
        var attributes: [(String, String?)]
    }

    /// Marks in order of start, longer first, so that an enclosing mark comes before what it encloses.
    private let marks: [Mark]

    init(_ document: Document) {
        var marks: [Mark] = []
        for layer in document.layers {
            for annotation in layer.annotations where !annotation.range.isEmpty {
                if let mark = Self.mark(for: annotation) { marks.append(mark) }
            }
        }
        for expression in document.temporalExpressions where !expression.range.isEmpty {
            marks.append(Self.mark(for: expression))
        }
        for mention in document.entityMentions where !mention.range.isEmpty {
            marks.append(Self.mark(for: mention))
        }
        for sentence in document.sentences where !sentence.range.isEmpty {
            marks.append(Mark(range: sentence.range, element: "s", attributes: [("xml:id", sentence.id)]))
        }
        // A stable sort keeps the layers' order among marks over the same range.
        self.marks = marks.enumerated().sorted { lhs, rhs in
            lhs.element.range != rhs.element.range ? lhs.element.range < rhs.element.range : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func mark(for annotation: Annotation) -> Mark? {
        let target = annotation.target
        switch annotation.type {
        case "noteRef":
            return Mark(range: annotation.range, element: "ref",
                        attributes: [("type", "note"), ("target", target.map(TEIValues.pointer(to:)))])
        case "citation":
            return Mark(range: annotation.range, element: "ref",
                        attributes: [("type", "bibr"), ("target", target.map(TEIValues.pointer(to:)))])
        case "link":
            return Mark(range: annotation.range, element: "ref", attributes: [("target", target.map(TEIValues.uri))])
        case "emphasis":
            return Mark(range: annotation.range, element: "hi", attributes: [("rend", "italic")])
        case "strong":
            return Mark(range: annotation.range, element: "hi", attributes: [("rend", "bold")])
        case "email":
            return Mark(range: annotation.range, element: "email", attributes: [])
        default:
            return nil
        }
    }

    /// `<date>` for a temporal expression: `type` and `n` give its TIMEX3 type and value; a
    /// calendar date also has `when` (Gregorian), a duration `dur-iso`, and a date written in another
    /// calendar `when-custom` with `datingMethod`.
    private static func mark(for expression: TemporalExpression) -> Mark {
        var attributes: [(String, String?)] = [("type", expression.type.rawValue), ("n", expression.value)]
        if expression.type == .date, expression.value.wholeMatch(of: /[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?/) != nil {
            attributes.append(("when", expression.value))
        }
        if expression.type == .duration, expression.value.wholeMatch(of: /P(T?[0-9.]+[YMWDHS])+/) != nil {
            attributes.append(("dur-iso", expression.value))
        }
        if let calendar = expression.calendar, let value = expression.calendarValue {
            attributes.append(("when-custom", value))
            attributes.append(("datingMethod", "#\(calendar)"))
        }
        return Mark(range: expression.range, element: "date", attributes: attributes)
    }

    /// The element of an entity mention, pointing at its entity.
    private static func mark(for mention: EntityMention) -> Mark {
        let reference: (String, String?) = ("ref", mention.entity.map { "#\($0)" })
        switch mention.type {
        case .person: return Mark(range: mention.range, element: "persName", attributes: [reference])
        case .organization: return Mark(range: mention.range, element: "orgName", attributes: [reference])
        case .location: return Mark(range: mention.range, element: "placeName", attributes: [reference])
        case .weapon: return Mark(range: mention.range, element: "name", attributes: [("type", "weapon"), reference])
        }
    }

    /// The marks lying inside `range` that nest properly: a mark that crosses one kept before it
    /// (in order of start) is dropped.
    func nestedMarks(in range: TextRange) -> [Mark] {
        var low = 0, high = marks.count
        while low < high {
            let mid = (low + high) / 2
            if marks[mid].range.start < range.start { low = mid + 1 } else { high = mid }
        }
        var kept: [Mark] = []
        var open: [Int] = []  // ends of the kept marks that enclose the current position, innermost last
        for mark in marks[low...] {
            if mark.range.start >= range.end { break }
            guard mark.range.end <= range.end else { continue }
            while let innermost = open.last, innermost <= mark.range.start { open.removeLast() }
            // Kept marks nest, so only the innermost open one can end inside this mark.
            if let innermost = open.last, innermost < mark.range.end { continue }
            kept.append(mark)
            open.append(mark.range.end)
        }
        return kept
    }
}

extension XMLWriter {
    /// Writes `text`, which covers `range` of the document's text, with `marks` (from
    /// `TEIInlineMarkup.nestedMarks(in: range)`) as inline elements. Marks reaching past the end of
    /// `text` are left out.
    func inline(_ text: String, range: TextRange, marks: [TEIInlineMarkup.Mark]) {
        let scalars = Array(text.unicodeScalars)
        func piece(_ from: Int, _ to: Int) {
            if from < to { self.text(String(String.UnicodeScalarView(scalars[from..<to]))) }
        }
        var position = 0
        var open: [Int] = []  // end offsets of the open marks, innermost last
        for mark in marks {
            let start = mark.range.start - range.start, end = mark.range.end - range.start
            guard end <= scalars.count else { continue }
            while let innermost = open.last, innermost <= start {
                piece(position, innermost)
                position = innermost
                endElement()
                open.removeLast()
            }
            // A mark may be skipped above, so check nesting against what is really open.
            if let innermost = open.last, end > innermost { continue }
            piece(position, start)
            position = start
            startElement(mark.element, mixedContent: true)
            for (name, value) in mark.attributes { attribute(name, value) }
            open.append(end)
        }
        while let innermost = open.popLast() {
            piece(position, innermost)
            position = innermost
            endElement()
        }
        piece(position, scalars.count)
    }
}
