import PardazModel

/// Finds a news article's title, byline and date line among its first paragraphs: a short line
/// without sentence punctuation, a line opening with "By", a line holding only a date; and, among
/// the first `labelledReach` paragraphs, the labelled datelines ("Published: 5 April 2020 |
/// Updated: 6 April 2020", «تاریخ انتشار: ۰۷ مرداد ۱۳۹۹»), each date with the kind its label gives.
enum NewsFrontReader {
    /// How many leading blocks may hold a labelled dateline.
    static let labelledReach = 8

    static func front(of builder: inout DocumentBuilder, language: String) -> [FrontMatter] {
        var front = FrontMatter(language: language)
        let leading = Array(builder.blocks.prefix(4))
        guard leading.count >= 2 else { return [] }
        var position = 0
        let first = leading[0]
        if first.kind == .paragraph, first.text.unicodeScalars.count <= 160, labelledDates(first.text).isEmpty,
           first.text.split(separator: " ").count <= 24, !endsSentence(first.text) {
            builder.setKind(.title, of: first.id)
            front.title = builder.span(of: first.id)
            position = 1
        }
        while position < leading.count, leading[position].kind == .paragraph {
            let block = leading[position]
            let text = block.text
            let scalars = Array(text.unicodeScalars)
            if front.authors.isEmpty, scalars.count <= 150, let prefix = ["By ", "by ", "BY ", "نوشته ", "به قلم "].first(where: text.hasPrefix) {
                builder.setKind(.byline, of: block.id)
                let start = prefix.unicodeScalars.count
                for name in NameList.pieces(scalars, from: start) {
                    if let span = builder.span(in: block.id, name) { front.authors.append(Author(name: span)) }
                }
                position += 1
                continue
            }
            if readLabelledDateline(block, into: &builder) {
                position += 1
                continue
            }
            if scalars.count <= 80, let date = DatelineParser.parseDate(scalars, from: 0, to: scalars.count),
               TextHeuristics.letterCount(text) <= 40 {
                builder.setKind(.dateline, of: block.id)
                builder.dates.append(DocumentDate(kind: .published, when: date.when, calendar: date.calendar,
                                                  original: date.original, span: builder.span(in: block.id, date.range)))
                position += 1
                continue
            }
            break
        }
        for block in builder.blocks.prefix(labelledReach).dropFirst(position) where block.kind == .paragraph {
            readLabelledDateline(block, into: &builder)
        }
        return front.isEmpty ? [] : [front]
    }

    /// The labelled dates of a short line that does not end a sentence; none for anything else.
    private static func labelledDates(_ text: String) -> [DatelineParser.Found] {
        guard text.unicodeScalars.count <= 240, !endsSentence(text) else { return [] }
        return DatelineParser.dates(in: text)
    }

    /// Makes `block` a dateline and adds its dates when it is a labelled dateline.
    @discardableResult
    private static func readLabelledDateline(_ block: Block, into builder: inout DocumentBuilder) -> Bool {
        let found = labelledDates(block.text)
        guard !found.isEmpty else { return false }
        builder.setKind(.dateline, of: block.id)
        for date in found {
            builder.dates.append(DocumentDate(kind: date.kind, when: date.when, calendar: date.calendar,
                                              original: date.original, span: builder.span(in: block.id, date.range)))
        }
        return true
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return [".", "!", "?", "؟", ":", "”", "\""].contains(last)
    }
}
