import PardazModel

/// Reads the front matter of one language from its chunks: title, authors with their footnote
/// markers, affiliations, the author notes under the rule, the dateline, the abstract and the
/// keywords. Works the same for the English front of a paper and for its Persian block, wherever
/// each stands, with or without an "Abstract"/"چکیده" heading.
struct FrontMatterReader {
    let context: ChunkContext
    let language: String

    /// Adds the blocks of `zone` to `builder` and returns the front matter they make. `labels`
    /// gives the labeler's label of each chunk; a chunk opening with an abstract or keywords cue
    /// ("Abstract", "Keywords:", «چکیده», «واژگان کلیدی:») is read by that cue whatever its label,
    /// and lines under the front matter's rule or starting with a footnote marker are author notes.
    /// When the labeler finds no title, the first Markdown heading that is no such cue is the title.
    func read(_ zone: Range<Int>, labels: [Int: LayoutLabel], into builder: inout DocumentBuilder) -> FrontMatter {
        var front = FrontMatter(language: language)
        var afterRule = false
        var authorMarkers: [(author: Int, marker: String)] = []
        let headingTitle = zone.contains { labels[$0] == .title && context.label($0) == nil } ? nil
            : zone.first { context.isHeading($0) && context.label($0) == nil }

        for index in zone {
            let chunk = context.chunks[index]
            if context.isForeign(index, to: language) {
                builder.addBlock(.unclassified, language: context.languages[index], content: context.render(index))
                continue
            }
            var label = index == headingTitle ? .title : labels[index] ?? .other
            if chunk.kind == .rule {
                afterRule = true
                continue
            }
            if context.boilerplate.contains(index) || label == .furniture {
                builder.addBlock(.boilerplate, language: language, content: context.render(index))
                continue
            }
            let text = context.render(index)
            // A long paragraph of a front without an abstract yet is its abstract, whatever the
            // labeler says (affiliations and notes are not 300 characters of sentences).
            if front.abstract.isEmpty, [LayoutLabel.affiliation, .address, .other].contains(label),
               isLongParagraph(text.string) {
                label = .abstract
            }
            if let (cue, labelEnd) = context.label(index), cue == .abstract || cue == .keywords {
                if cue == .keywords {
                    readKeywords(index, labelEnd: labelEnd, into: &builder, front: &front)
                } else if !context.isHeading(index), let id = builder.addBlock(.abstract, language: language,
                                                                              content: text.slice(labelEnd..<text.count)) {
                    front.abstract.append(id)
                }
                continue
            }
            switch label {
            case .abstractLabel where isCueAlone(text), .keywordsLabel where isCueAlone(text):
                continue
            case .title where front.title == nil:
                if let id = builder.addBlock(.title, language: language, content: text) { front.title = builder.span(of: id) }
            case .abstract:
                let start = cueEnd(text, classes: ["abstract"], needsColon: false)
                if let id = builder.addBlock(.abstract, language: language, content: text.slice(start..<text.count)) {
                    front.abstract.append(id)
                }
            case .keywords where looksLikeKeywords(text.string):
                readKeywords(index, labelEnd: cueEnd(text, classes: ["keywords"], needsColon: false), into: &builder, front: &front)
            case _ where afterRule || startsWithMarker(text):
                readNotes(index, authorMarkers: authorMarkers, into: &builder, front: &front)
            case .date where !DatelineParser.dates(in: text.string).isEmpty,
                 .meta where !DatelineParser.dates(in: text.string).isEmpty:
                readDateline(text, language: context.languages[index], into: &builder)
            case .author:
                authorMarkers += readByline(text, from: cueEnd(text, classes: ["author"]), into: &builder, front: &front)
            case .affiliation, .address:
                readAffiliation(text, into: &builder, front: &front)
            case .email:
                readNotes(index, authorMarkers: authorMarkers, into: &builder, front: &front)
            case .meta:
                builder.addBlock(.articleMeta, language: language, content: text)
            default:
                if DatelineParser.dates(in: text.string).count > 0, text.count <= 300 {
                    readDateline(text, language: context.languages[index], into: &builder)
                } else {
                    builder.addBlock(.unclassified, language: language, content: text)
                }
            }
        }
        return front
    }

    /// At least 300 characters with two sentence ends.
    private func isLongParagraph(_ text: String) -> Bool {
        text.unicodeScalars.count >= 300 && text.unicodeScalars.filter { ".!?؟".unicodeScalars.contains($0) }.count >= 2
    }

    /// Whether a chunk the labeler takes for keywords is a list of terms: no item of more than ten
    /// words (a lead paragraph after the keywords is not one).
    private func looksLikeKeywords(_ text: String) -> Bool {
        !text.split(whereSeparator: { ",;،؛".contains($0) }).contains { $0.split(separator: " ").count > 10 }
    }

    /// Whether the text is an abstract or keywords cue and nothing else ("ABSTRACT", «چکیده»).
    private func isCueAlone(_ text: RichText) -> Bool {
        let words = LayoutWords.words(text.string)
        guard let start = LayoutCues.shared.start(of: words) else { return false }
        return start.words == words.count && (start.cue == "abstract" || start.cue == "keywords")
    }

    /// Where the text after a leading cue of one of `classes` begins ("Authors: ", «نویسندگان:»,
    /// "By ", "Abstract. ", "Index Terms—"); 0 when the text opens with none. An author cue counts
    /// only when set off by a colon (or it is "by"), so that a name is never cut.
    private func cueEnd(_ text: RichText, classes: Set<String>, needsColon: Bool = true) -> Int {
        let words = LayoutWords.words(text.string)
        guard let start = LayoutCues.shared.start(of: words), classes.contains(start.cue), start.words < words.count else { return 0 }
        let scalars = text.scalars
        let position = LayoutWords.offset(afterWords: start.words, in: scalars)
        // Only a cue set off by a colon, or the word "by", is a label.
        var back = position, colon = false
        while back > 0, !scalars[back - 1].properties.isAlphabetic, scalars[back - 1].properties.numericType == nil {
            if scalars[back - 1] == ":" { colon = true }
            back -= 1
        }
        guard colon || !needsColon || start.cue == "author" && words[0] == "by" else { return 0 }
        return position
    }

    // MARK: - Parts

    private func readKeywords(_ index: Int, labelEnd: Int, into builder: inout DocumentBuilder, front: inout FrontMatter) {
        let text = context.render(index)
        guard let id = builder.addBlock(.keywords, language: language, content: text) else { return }
        var start = labelEnd
        for position in labelEnd...text.count {
            let atEnd = position == text.count
            if atEnd || [",", "،", ";", "؛"].contains(text.scalars[position]) {
                var low = start, high = position
                while low < high, text.scalars[low].isLayoutSpace || text.scalars[low] == ":" { low += 1 }
                while high > low, text.scalars[high - 1].isLayoutSpace || text.scalars[high - 1] == "."
                    && !(high >= 3 && text.scalars[high - 3] == ".") {
                    high -= 1
                }
                if low < high, let span = builder.span(in: id, low..<high) { front.keywords.append(span) }
                start = position + 1
            }
        }
    }

    /// "Masoud Rezaei*", "A. Author¹, B. Author²", "نام نویسنده، نام دیگر".
    private func readByline(_ text: RichText, from start: Int, into builder: inout DocumentBuilder, front: inout FrontMatter)
        -> [(author: Int, marker: String)] {
        var text = text
        let names = AuthorLine.names(text.scalars, from: start)
        // Markers after a name are footnote references; the first links the author to a note.
        var markers: [(Int, String)] = []
        for (number, name) in names.enumerated() {
            for range in name.markers {
                let marker = normalizedMarker(String(String.UnicodeScalarView(text.scalars[range])))
                if !markers.contains(where: { $0.0 == number }) { markers.append((number, marker)) }
                text.marks.append(.init(type: "noteRef", range: TextRange(range.lowerBound, range.upperBound), target: "note:\(marker)"))
            }
        }
        guard let id = builder.addBlock(.byline, language: language, content: text) else { return [] }
        let firstAuthor = front.authors.count
        for (number, name) in names.enumerated() {
            guard let span = builder.span(in: id, name.range) else { continue }
            let marker = markers.first { $0.0 == number }?.1
            front.authors.append(Author(name: span, marker: marker))
        }
        return markers.map { (author: $0.0 + firstAuthor, marker: $0.1) }
    }

    private func readAffiliation(_ text: RichText, into builder: inout DocumentBuilder, front: inout FrontMatter) {
        guard let id = builder.addBlock(.affiliation, language: language, content: text),
              let whole = builder.span(of: id) else { return }
        front.affiliations.append(whole)
        // With one author, the line's degree, field and institution are that author's.
        guard front.authors.count == 1 else { return }
        let parts = AuthorNoteParser.parse(whole.text)
        var author = front.authors[0]
        author.degree = author.degree ?? parts.degree.flatMap { builder.span(in: id, $0) }
        author.field = author.field ?? parts.field.flatMap { builder.span(in: id, $0) }
        author.affiliation = author.affiliation ?? parts.affiliation.flatMap { builder.span(in: id, $0) }
        author.email = author.email ?? parts.email.flatMap { builder.span(in: id, $0) }
        front.authors[0] = author
    }

    /// The notes under the front matter's rule: one author note per marker line, and datelines.
    private func readNotes(_ index: Int, authorMarkers: [(author: Int, marker: String)],
                           into builder: inout DocumentBuilder, front: inout FrontMatter) {
        let chunk = context.chunks[index]
        for line in chunk.content {
            let text = context.inline.render(line).trimmed()
            if text.isEmpty { continue }
            if !DatelineParser.dates(in: text.string).isEmpty, !startsWithMarker(text) {
                readDateline(text, language: LanguageGuess.language(of: text.scalars) ?? language, into: &builder)
                continue
            }
            var markerEnd = 0
            while markerEnd < text.count, isMarkerScalar(text.scalars[markerEnd]) { markerEnd += 1 }
            let marker = normalizedMarker(String(String.UnicodeScalarView(text.scalars[0..<markerEnd])))
            let body = text.slice(markerEnd..<text.count).trimmed()
            guard let id = builder.addBlock(.authorNote, language: language, content: body,
                                            label: marker.isEmpty ? nil : marker),
                  let whole = builder.span(of: id) else { continue }
            let authorIndex = authorMarkers.first { $0.marker == marker }?.author ?? (front.authors.count == 1 ? 0 : nil)
            let parts = AuthorNoteParser.parse(whole.text)
            if let authorIndex, authorIndex < front.authors.count {
                var author = front.authors[authorIndex]
                author.note = id
                author.degree = parts.degree.flatMap { builder.span(in: id, $0) } ?? author.degree
                author.field = parts.field.flatMap { builder.span(in: id, $0) } ?? author.field
                author.affiliation = parts.affiliation.flatMap { builder.span(in: id, $0) } ?? author.affiliation
                author.email = parts.email.flatMap { builder.span(in: id, $0) } ?? author.email
                front.authors[authorIndex] = author
            }
            // What the note says of the author's standing, without the e-mail, is the affiliation
            // line of papers that print no other.
            let end = parts.email.map { emailStart(whole.text, $0.lowerBound) } ?? whole.text.unicodeScalars.count
            if end > 0, let span = builder.span(in: id, 0..<end) { front.affiliations.append(span) }
        }
    }

    private func readDateline(_ text: RichText, language: String, into builder: inout DocumentBuilder) {
        guard let id = builder.addBlock(.dateline, language: language, content: text) else { return }
        let blockText = builder.span(of: id)?.text ?? ""
        for found in DatelineParser.dates(in: blockText) {
            builder.dates.append(DocumentDate(kind: found.kind, when: found.when, calendar: found.calendar,
                                              original: found.original, span: builder.span(in: id, found.range)))
        }
    }

    // MARK: - Helpers

    /// The offset where the text before an e-mail ends, dropping the ", (" that introduces it.
    private func emailStart(_ text: String, _ emailOffset: Int) -> Int {
        let scalars = Array(text.unicodeScalars)
        var end = emailOffset
        while end > 0, scalars[end - 1].isLayoutSpace || scalars[end - 1] == "(" || scalars[end - 1] == ","
            || scalars[end - 1] == "،" || scalars[end - 1] == "<" || scalars[end - 1] == ":" {
            end -= 1
        }
        if end >= 6, String(String.UnicodeScalarView(scalars[(end - 6)..<end])).lowercased() == "e-mail" { end -= 6 }
        while end > 0, scalars[end - 1].isLayoutSpace || scalars[end - 1] == "," { end -= 1 }
        return end
    }

    private func startsWithMarker(_ text: RichText) -> Bool {
        guard let first = text.scalars.first else { return false }
        return isMarkerScalar(first)
    }

    private func isMarkerScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || scalar == "†" || scalar == "‡" || scalar == "¹" || scalar == "²" || scalar == "³"
            || ("\u{2074}"..."\u{2079}").contains(scalar)
    }

    /// Superscript digits as plain digits, so that "¹" on a name matches "1" on its note.
    private func normalizedMarker(_ marker: String) -> String {
        let superscripts: [Unicode.Scalar: Character] = ["¹": "1", "²": "2", "³": "3", "\u{2074}": "4", "\u{2075}": "5",
                                                         "\u{2076}": "6", "\u{2077}": "7", "\u{2078}": "8", "\u{2079}": "9"]
        return String(marker.unicodeScalars.map { superscripts[$0] ?? Character($0) })
    }
}
