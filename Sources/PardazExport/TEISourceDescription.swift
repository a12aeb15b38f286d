import PardazModel

/// The header's `<biblStruct>` describing the source: the article (`<analytic>`: titles, authors,
/// URL), where it appeared (`<monogr>`: journal, publisher, site, dates) and notes (the source
/// named by the text, source lines, affiliations of no author).
extension TEIRenderer {
    func writeSourceDescription() {
        xml.startElement("biblStruct")
        writeAnalytic()
        writeMonograph()
        if let source = document.metadata.source {
            xml.element("note", attributes: [("type", "source")], text: source.text)
        }
        for block in layout.sourceLines {
            xml.startElement("note", mixedContent: true)
            xml.attribute("type", "sourceLine")
            writeBlockAttributes(block)
            writeInline(block.text, range: block.range)
            xml.endElement()
        }
        for front in document.front {
            let used = Set(front.authors.compactMap(\.affiliation?.text))
            for affiliation in front.affiliations where !used.contains(affiliation.text) {
                xml.element("note", attributes: [("type", "affiliation"), ("xml:lang", TEIValues.language(front.language))],
                            text: affiliation.text)
            }
        }
        xml.endElement()
    }

    private func writeAnalytic() {
        xml.startElement("analytic")
        for title in titles {
            xml.element("title", attributes: [("level", "a"), ("type", "main"),
                                              ("xml:lang", TEIValues.language(title.language))], text: title.text)
        }
        let authorCount = document.front.map(\.authors.count).max() ?? 0
        for index in 0..<authorCount {
            writeAuthor(document.front.compactMap { front in
                index < front.authors.count ? (front.language, front.authors[index]) : nil
            })
        }
        if let url = document.metadata.url {
            xml.element("idno", attributes: [("type", "URL")], text: url)
        }
        xml.endElement()
    }

    /// One `<author>` from the authors at the same position in each language's front matter:
    /// a `<persName>` per language, then degrees, fields, affiliations, e-mail addresses, and
    /// pointers to the author notes.
    private func writeAuthor(_ versions: [(language: String, author: Author)]) {
        func each(_ name: String, type: String? = nil, _ span: (Author) -> Span?) {
            for (language, author) in versions {
                guard let span = span(author) else { continue }
                xml.element(name, attributes: [("type", type), ("xml:lang", TEIValues.language(language))],
                            text: span.text)
            }
        }
        xml.startElement("author")
        each("persName") { $0.name }
        each("roleName", type: "degree") { $0.degree }
        each("note", type: "field") { $0.field }
        each("affiliation") { $0.affiliation }
        var emails: [String] = []
        for email in versions.compactMap(\.author.email?.text) where !emails.contains(email) {
            emails.append(email)
            xml.element("email", text: email)
        }
        for (language, author) in versions {
            let target = author.note.flatMap { document.block($0) }.map { TEIValues.pointer(to: $0.id) }
            guard author.marker != nil || target != nil else { continue }
            xml.element("ref", attributes: [("type", "note"), ("target", target),
                                            ("xml:lang", TEIValues.language(language))], text: author.marker)
        }
        xml.endElement()
    }

    /// `<monogr>`: the journal's title and an `<imprint>` with publisher, site (as `<distributor>`)
    /// and the document's dates; an empty `<date/>` when nothing is known, as TEI requires content.
    private func writeMonograph() {
        let metadata = document.metadata
        xml.startElement("monogr")
        if let journal = metadata.journal { xml.element("title", attributes: [("level", "j")], text: journal) }
        xml.startElement("imprint")
        if let publisher = metadata.publisher { xml.element("publisher", text: publisher) }
        if let site = metadata.siteName { xml.element("distributor", text: site) }
        for date in document.dates { writeDate(date) }
        if metadata.publisher == nil && metadata.siteName == nil && document.dates.isEmpty { xml.element("date") }
        xml.endElement()
        xml.endElement()
    }

    /// `<date type="received" when="2015-03-01">` with, for another calendar,
    /// `when-custom="1393-12-10" datingMethod="#persian"`; the content is the date as printed, and
    /// `calendar` names its calendar.
    private func writeDate(_ date: DocumentDate) {
        let isGregorian = date.calendar == "gregorian"
        let calendar = isGregorian ? nil : TEIValues.pointer(to: date.calendar)
        let printed = date.span?.text
        let custom = date.original.flatMap { original in
            original.unicodeScalars.contains { $0.properties.isWhitespace } || original.isEmpty ? nil : original
        }
        xml.element("date", attributes: [
            ("type", date.kind.rawValue),
            ("when", TEIValues.isoDate(date.when)),
            ("when-custom", isGregorian ? nil : custom),
            ("datingMethod", isGregorian || custom == nil ? nil : calendar),
            ("calendar", printed == nil ? nil : calendar),
        ], text: printed)
    }
}
