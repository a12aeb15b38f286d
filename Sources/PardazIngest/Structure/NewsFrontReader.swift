import PardazModel

/// Finds a news article's title, byline and date line among its first paragraphs: a short line
/// without sentence punctuation, a line opening with "By", a line holding only a date.
enum NewsFrontReader {
    static func front(of builder: inout DocumentBuilder, language: String) -> [FrontMatter] {
        var front = FrontMatter(language: language)
        let leading = Array(builder.blocks.prefix(4))
        guard leading.count >= 2 else { return [] }
        var position = 0
        let first = leading[0]
        if first.kind == .paragraph, first.text.unicodeScalars.count <= 160,
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
        return front.isEmpty ? [] : [front]
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return [".", "!", "?", "؟", ":", "”", "\""].contains(last)
    }
}
