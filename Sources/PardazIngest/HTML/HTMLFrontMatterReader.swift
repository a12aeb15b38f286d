import PardazModel

/// Builds the front matter of each language from the body's blocks and the page's metadata.
///
/// What the body shows is taken from the body. A title, authors, abstract or keywords found only in
/// metadata become blocks of their own (added before the body, as the `<head>` comes first), so
/// that every span has a range in the source. The title follows the order of trust of the tags
/// (`citation_title`, `DC.title`, `og:title`, `<title>`, first `<h1>`); when the trusted title is
/// also a heading of the body, that heading is the title block.
struct HTMLFrontMatterReader {
    /// Where each part of one language's front matter comes from.
    private struct Plan {
        var titleDraft: Int?
        var metaTitle: HTMLMetaFront.TitleSource?
        var bylineDrafts: [Int] = []
        var metaAuthors: [HTMLMetaFront.MetaAuthor] = []
        var affiliationDrafts: [Int] = []
        var abstractDrafts: [Int] = []
        var metaAbstracts: [HTMLMetaTags.Entry] = []
        var keywordDrafts: [Int] = []
        var metaKeywords: [HTMLMetaTags.Entry] = []
        // Blocks made from metadata.
        var titleBlock: String?
        var bylineBlock: (id: String, names: [Range<Int>])?
        /// Institution blocks in order, with the institution they name.
        var institutionBlocks: [(institution: String, id: String)] = []
        var abstractBlocks: [String] = []
        var keywordsBlock: (id: String, keywords: [Range<Int>])?
    }

    private let page: HTMLPage
    private let siteName: String?
    /// Main language first.
    let languages: [String]
    private var plans: [String: Plan] = [:]

    /// Decides where each part comes from; drafts chosen as titles become title blocks.
    init(page: HTMLPage, metaFront: HTMLMetaFront, siteName: String?, drafts: inout [HTMLBlockDraft],
         mainLanguage: String) {
        self.page = page
        self.siteName = siteName
        var languages = [mainLanguage]
        for draft in drafts where !languages.contains(draft.language) { languages.append(draft.language) }
        for language in metaFront.languages.sorted() where !languages.contains(language) { languages.append(language) }
        self.languages = languages

        for language in languages {
            var plan = Plan()
            let mine = drafts.indices.filter { drafts[$0].language == language }
            let metaTitle = metaFront.titles[language]
            let metaTitleText = metaTitle.map(titleText)?.string
            let marked = mine.first { drafts[$0].kind == .title || (drafts[$0].kind == .heading && drafts[$0].role == .title) }
            let firstH1 = mine.first { drafts[$0].kind == .heading && drafts[$0].headingLevel == 1 }
            let firstTitle = [marked, firstH1].compactMap { $0 }.min()
            if let body = firstTitle, metaTitleText.map({ HTMLTextPatterns.sameTitle($0, drafts[body].text) }) ?? true {
                plan.titleDraft = body
            } else if let metaTitleText, let match = mine.first(where: {
                [.heading, .title].contains(drafts[$0].kind) && HTMLTextPatterns.sameTitle(metaTitleText, drafts[$0].text)
            }) {
                plan.titleDraft = match
            } else {
                plan.metaTitle = metaTitle
                plan.titleDraft = metaTitle == nil ? firstTitle : nil
            }
            for index in mine where drafts[index].kind == .title && index != plan.titleDraft {
                drafts[index].kind = .paragraph
            }
            if let title = plan.titleDraft {
                drafts[title].kind = .title
                drafts[title].headsSection = false
            }
            plan.bylineDrafts = mine.filter { drafts[$0].kind == .byline }
            if plan.bylineDrafts.isEmpty { plan.metaAuthors = metaFront.authors[language] ?? [] }
            plan.affiliationDrafts = mine.filter { drafts[$0].kind == .affiliation }
            plan.abstractDrafts = mine.filter { drafts[$0].kind == .abstract }
            if plan.abstractDrafts.isEmpty { plan.metaAbstracts = metaFront.abstracts[language] ?? [] }
            plan.keywordDrafts = mine.filter { drafts[$0].kind == .keywords }
            if plan.keywordDrafts.isEmpty { plan.metaKeywords = metaFront.keywords[language] ?? [] }
            plans[language] = plan
        }
    }

    // MARK: Blocks from metadata

    /// Adds the blocks of what only the metadata gives, language by language.
    mutating func addMetadataBlocks(to builder: inout DocumentBuilder) {
        for language in languages {
            guard var plan = plans[language] else { continue }
            let separator = language == "fa" ? "، " : ", "
            if let source = plan.metaTitle {
                plan.titleBlock = builder.addBlock(.title, language: language, content: titleText(source))
            }
            if !plan.metaAuthors.isEmpty {
                let (content, names) = joined(plan.metaAuthors.map { HTMLMetaText.richText($0.name, in: page) },
                                              separator: separator)
                if let id = builder.addBlock(.byline, language: language, content: content) {
                    plan.bylineBlock = (id, names)
                }
                for entry in plan.metaAuthors.flatMap(\.institutions)
                where !plan.institutionBlocks.contains(where: { $0.institution == entry.value }) {
                    let content = HTMLMetaText.richText(entry, in: page)
                    if let id = builder.addBlock(.affiliation, language: language, content: content) {
                        plan.institutionBlocks.append((entry.value, id))
                    }
                }
            }
            for entry in plan.metaAbstracts {
                if let id = builder.addBlock(.abstract, language: language, content: HTMLMetaText.richText(entry, in: page)) {
                    plan.abstractBlocks.append(id)
                }
            }
            if !plan.metaKeywords.isEmpty {
                let pieces = plan.metaKeywords.map { HTMLMetaText.richText($0, in: page) }
                let (content, starts) = joined(pieces, separator: language == "fa" ? "؛ " : "; ")
                var keywords: [Range<Int>] = []
                for (piece, range) in zip(pieces, starts) {
                    keywords += HTMLTextPatterns.keywordRanges(piece.scalars).map {
                        ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound)
                    }
                }
                if let id = builder.addBlock(.keywords, language: language, content: content) {
                    plan.keywordsBlock = (id, keywords)
                }
            }
            plans[language] = plan
        }
    }

    /// The title a metadata source gives; a `<title>` without the site's name after it.
    private func titleText(_ source: HTMLMetaFront.TitleSource) -> RichText {
        switch source {
        case .tag(let entry):
            return HTMLMetaText.richText(entry, in: page)
        case .titleElement(let element):
            let text = HTMLMetaText.richText(of: element, in: page)
            let length = HTMLTextPatterns.titleLengthWithoutSiteName(text.scalars, siteName: siteName)
            return HTMLTextRun.trimmed(text.slice(0..<length)).0
        }
    }

    /// Pieces joined by `separator` (standing for the source between them), with each piece's range.
    private func joined(_ pieces: [RichText], separator: String) -> (RichText, [Range<Int>]) {
        var content = RichText()
        var ranges: [Range<Int>] = []
        for piece in pieces where !piece.isEmpty {
            if !content.isEmpty {
                let point = content.sourceEnd ?? 0
                content.append(separator, replacing: TextRange(point, max(point, piece.sourceStart ?? point)))
            }
            let start = content.count
            content.append(piece)
            ranges.append(start..<content.count)
        }
        return (content, ranges)
    }

    // MARK: Front matter

    /// The front matter of each language that has any, main language first. `ids` are the block
    /// ids of the drafts (nil for a draft that added nothing).
    func frontMatter(drafts: [HTMLBlockDraft], ids: [String?], builder: DocumentBuilder) -> [FrontMatter] {
        languages.compactMap { language -> FrontMatter? in
            guard let plan = plans[language] else { return nil }
            var front = FrontMatter(language: language)
            if let title = plan.titleDraft.flatMap({ ids[$0] }) ?? plan.titleBlock { front.title = builder.span(of: title) }

            var affiliations: [(marker: String?, span: Span)] = []
            var emails: [(marker: String?, span: Span)] = []
            for index in plan.affiliationDrafts + plan.bylineDrafts {
                guard let id = ids[index] else { continue }
                let parts = HTMLBylineParser.affiliations(drafts[index])
                if plan.affiliationDrafts.contains(index) {
                    affiliations += parts.affiliations.compactMap { part in builder.span(in: id, part.range).map { (part.marker, $0) } }
                }
                emails += parts.emails.compactMap { part in builder.span(in: id, part.range).map { (part.marker, $0) } }
            }
            front.affiliations = affiliations.map(\.span)

            for index in plan.bylineDrafts {
                guard let id = ids[index] else { continue }
                for name in HTMLBylineParser.names(drafts[index]) {
                    guard let span = builder.span(in: id, name.range),
                          !front.authors.contains(where: { $0.name.text == span.text }) else { continue }
                    front.authors.append(Author(name: span, marker: name.marker))
                }
            }
            if let (id, names) = plan.bylineBlock {
                for (author, range) in zip(plan.metaAuthors, names) {
                    guard let span = builder.span(in: id, range) else { continue }
                    let affiliation = author.institutions.first.flatMap { institution in
                        plan.institutionBlocks.first { $0.institution == institution.value }
                    }.flatMap { builder.span(of: $0.id) }
                    front.authors.append(Author(name: span, affiliation: affiliation))
                }
                front.affiliations += plan.institutionBlocks.compactMap { builder.span(of: $0.id) }
            }
            link(&front.authors, affiliations: affiliations, emails: emails)

            front.abstract = plan.abstractDrafts.compactMap { ids[$0] } + plan.abstractBlocks
            for index in plan.keywordDrafts {
                guard let id = ids[index] else { continue }
                front.keywords += HTMLBylineParser.keywords(drafts[index]).compactMap { builder.span(in: id, $0) }
            }
            if let (id, keywords) = plan.keywordsBlock {
                front.keywords += keywords.compactMap { builder.span(in: id, $0) }
            }
            return front.isEmpty ? nil : front
        }
    }

    /// Gives authors their affiliation and e-mail: by matching markers (`¹`, `*`) when the page has
    /// them, else the only affiliation to every author and the only e-mail to a sole author.
    private func link(_ authors: inout [Author], affiliations: [(marker: String?, span: Span)],
                      emails: [(marker: String?, span: Span)]) {
        for index in authors.indices {
            let markers = Set((authors[index].marker ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init))
            if authors[index].affiliation == nil {
                authors[index].affiliation = affiliations.first { $0.marker.map(markers.contains) ?? false }?.span
                    ?? (affiliations.count == 1 && affiliations[0].marker == nil ? affiliations[0].span : nil)
            }
            authors[index].email = emails.first { $0.marker.map(markers.contains) ?? false }?.span
                ?? (authors.count == 1 && emails.count == 1 ? emails[0].span : nil)
        }
    }
}
