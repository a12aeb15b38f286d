import PardazModel
import PardazXML

/// Reads the body of an article, from its content root, into block drafts in reading order.
///
/// Block elements (`<p>`, headings, `<li>`, `<blockquote>`, `<pre>`, `<table>`, containers such as
/// `<div>`) end the text before them and start a new block; everything else is inline and only adds
/// marks (`<a href>` a link, `<em>`/`<i>` emphasis, `<strong>`/`<b>` strong, a footnote `<sup>` a
/// note reference) or captures (author names, `<time>`). Text standing directly in a container
/// becomes a paragraph of its own; text outside any container (right in `<body>`) is unclassified.
/// Nothing that is text is dropped, except what `HTMLJunkFilter` says is not the article.
struct HTMLFlowReader {
    /// Elements that start a block of their own.
    static let blockElements: Set<String> = [
        "#document", "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "caption", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "frameset", "noframes",
    ]

    /// What the reader knows where it stands.
    private struct Context {
        /// The block element whose text is being gathered.
        var element: Int
        var kind: BlockKind = .paragraph
        var role: HTMLContainerRole?
        var headingLevel: Int?
        var group: String?
        var insideArticle = false
        /// Inside a table cell, blocks only separate words: the cell is read as one piece of text.
        var insideCell = false
    }

    private let page: HTMLPage
    private let mainLanguage: String
    /// False for HTML that is all article (a block inside Markdown): nothing is page furniture
    /// there, and only scripts and styles, which hold no text, are left out.
    private var filtersJunk = true
    private var run: HTMLTextRun
    private var drafts: [HTMLBlockDraft] = []
    private var quoteCount = 0

    /// The drafts of everything below `root` that is text; with `filtersJunk` false, nothing is
    /// taken for page furniture.
    static func read(_ root: Int, in page: HTMLPage, mainLanguage: String, filtersJunk: Bool = true) -> [HTMLBlockDraft] {
        var reader = HTMLFlowReader(page: page, mainLanguage: mainLanguage, run: HTMLTextRun(source: page.scalars))
        reader.filtersJunk = filtersJunk
        let insideArticle = ([root] + page.tree.ancestors(of: root)).contains { index in
            ["article", "main"].contains(page[index].name) || page[index].attribute("role") == "main"
                || page[index].attribute("itemprop")?.lowercased() == "articlebody"
        }
        var context = Context(element: root, insideArticle: insideArticle)
        context.role = HTMLContainerRole.of(root, in: page)
        reader.visitChildren(of: root, context)
        reader.flush(context)
        return reader.drafts
    }

    private mutating func visitChildren(of index: Int, _ context: Context) {
        for child in page[index].children {
            switch child {
            case .element(let element): visit(element, context)
            case .text(let text): appendText(text)
            }
        }
    }

    private mutating func appendText(_ index: Int) {
        for piece in page.tree.texts[index].pieces {
            let range = page.offsets.scalarRange(ofBytes: piece.range)
            if let decoded = piece.decoded {
                run.appendDecoded(decoded, replacing: TextRange(range.lowerBound, range.upperBound))
            } else {
                run.appendSource(range)
            }
        }
    }

    private mutating func visit(_ index: Int, _ outer: Context) {
        let element = page[index]
        switch element.name {
        case "br":
            let range = page.sourceRange(of: index)
            if run.lineBreak(TextRange(range.lowerBound, range.upperBound)) { flush(outer) }
            return
        case "hr":
            flush(outer)
            return
        case "img", "wbr":
            return
        default:
            break
        }
        var context = outer
        if element.name == "article" || element.name == "main" { context.insideArticle = true }
        if filtersJunk ? HTMLJunkFilter.isJunk(index, in: page, insideArticle: context.insideArticle)
            : HTMLJunkFilter.holdsNoText.contains(element.name) {
            return
        }
        let role = HTMLContainerRole.of(index, in: page)
        if Self.blockElements.contains(element.name) {
            visitBlock(index, role: role, context)
        } else {
            visitInline(index, role: role, context)
        }
    }

    private mutating func visitBlock(_ index: Int, role: HTMLContainerRole?, _ outer: Context) {
        let name = page[index].name
        flush(outer)
        let wasPreformatted = run.preformatted
        var preformatted = wasPreformatted
        var context = outer
        context.element = index
        if let role, role != .authorName, outer.role != .notes, outer.role != .references { context.role = role }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            context.headingLevel = Int(String(name.dropFirst()))
        case "blockquote":
            quoteCount += 1
            context.kind = .quote
            context.group = "q\(quoteCount)"
        case "li":
            context.kind = .listItem
        case "pre":
            preformatted = true
        case "table" where !context.insideCell && HTMLTableReader.isDataTable(index, in: page):
            readTable(index, context)
            return
        default:
            break
        }
        let firstDraft = drafts.count
        run.preformatted = preformatted
        visitChildren(of: index, context)
        flush(context)
        run.preformatted = wasPreformatted
        // One group id per quotation, and only when it has several paragraphs.
        if name == "blockquote", drafts.count - firstDraft < 2 {
            for position in firstDraft..<drafts.count where drafts[position].group == context.group {
                drafts[position].group = outer.group
            }
        }
    }

    private mutating func visitInline(_ index: Int, role: HTMLContainerRole?, _ context: Context) {
        var mark = markType(of: index, context)
        var capture = self.capture(of: index, role: role, context)
        // A note reference points at the note's block once the notes are read; until then the
        // link's fragment is kept as a capture.
        if let noteRef = mark, noteRef.type == "noteRef", let target = noteRef.target {
            mark = ("noteRef", nil)
            capture = capture ?? .noteLink(String(target.dropFirst()))
        }
        if let mark { run.pushMark(mark.type, target: mark.target) }
        if let capture { run.pushCapture(capture) }
        visitChildren(of: index, context)
        if capture != nil { run.popCapture() }
        if mark != nil { run.popMark() }
    }

    /// The inline mark an element makes: a link, emphasis, strong, or a note reference.
    private func markType(of index: Int, _ context: Context) -> (type: String, target: String?)? {
        let element = page[index]
        let inFront = context.role == .byline || context.role == .affiliation
        switch element.name {
        case "a":
            guard let href = element.attribute("href").map(HTMLTextPatterns.trimmed), !href.isEmpty else { return nil }
            if !inFront, isNoteReference(index, href: href) { return ("noteRef", href) }
            return ("link", href)
        case "em", "i": return ("emphasis", nil)
        case "strong", "b": return ("strong", nil)
        case "sup":
            // A bare superscript number or asterisk is a note marker; one holding a link is
            // marked by the link itself.
            guard !inFront, page.tree.descendants(of: index).allSatisfy({ page[$0].name != "a" }) else { return nil }
            let text = page.plainText(of: index, limit: 16)
            return HTMLTextPatterns.isNoteMarker(text) ? ("noteRef", nil) : nil
        default: return nil
        }
    }

    /// A link to a footnote: inside `<sup>`, or marked as one, pointing into the page.
    private func isNoteReference(_ index: Int, href: String) -> Bool {
        guard href.hasPrefix("#") else { return false }
        let element = page[index]
        if element.attribute("role") == "doc-noteref" { return true }
        if page.nameWords(of: index).contains(where: { $0.hasPrefix("footnote") || $0.hasPrefix("noteref") || $0 == "fn" }) {
            return true
        }
        if let parent = element.parent, page[parent].name == "sup" { return true }
        return page.tree.descendants(of: index).contains { page[$0].name == "sup" }
    }

    private func capture(of index: Int, role: HTMLContainerRole?, _ context: Context) -> HTMLTextRun.Capture? {
        let element = page[index]
        if element.name == "time", let value = element.attribute("datetime") ?? element.attribute("content") {
            return .time(value)
        }
        if role == .authorName { return .authorName }
        if context.role == .byline || context.role == .affiliation, element.name == "sup" { return .marker }
        if context.role == .keywords, ["a", "span", "li", "code"].contains(element.name) { return .keyword }
        return nil
    }

    /// Ends the block being gathered: its text becomes a draft (unless it is only white space).
    private mutating func flush(_ context: Context) {
        if context.insideCell {
            run.separate()
            return
        }
        let (content, captured) = run.take()
        guard !content.isEmpty else { return }
        drafts.append(draft(content, captured: captured, context))
    }

    private func draft(_ content: RichText, captured: [HTMLTextRun.Captured], _ context: Context) -> HTMLBlockDraft {
        let name = page[context.element].name
        var kind = context.kind
        if context.headingLevel != nil {
            kind = .heading
        } else if let role = context.role {
            switch role {
            case .notes: kind = .note
            case .references: kind = .reference
            case .abstract: kind = .abstract
            case .keywords: kind = .keywords
            case .byline: kind = .byline
            case .affiliation: kind = .affiliation
            case .dateline: kind = .dateline
            case .title: kind = .title
            case .authorName: break
            }
        } else if ["#document", "html", "body"].contains(name) {
            kind = .unclassified
        }
        let declared = page.declaredLanguage(of: context.element)
        let language = HTMLLanguage.resolve(declared: declared?.tag, text: content.scalars, fallback: mainLanguage)
        return HTMLBlockDraft(kind: kind, language: language, content: content, element: context.element,
                              role: context.role, headingLevel: context.headingLevel, group: context.group,
                              captured: captured)
    }

    // MARK: Tables

    /// A data table becomes one table block (its caption a paragraph before it).
    private mutating func readTable(_ index: Int, _ context: Context) {
        if let caption = page[index].children.compactMap(\.elementIndex).first(where: { page[$0].name == "caption" }) {
            var captionContext = context
            captionContext.element = caption
            visitChildren(of: caption, captionContext)
            flush(captionContext)
        }
        var rows: [(isHeader: Bool, cells: [RichText])] = []
        for row in HTMLTableReader.rows(of: index, in: page) {
            var cells: [RichText] = []
            for cell in row.cells {
                var cellContext = context
                cellContext.element = cell
                cellContext.insideCell = true
                visitChildren(of: cell, cellContext)
                cells.append(run.take().content)
            }
            rows.append((row.isHeader, cells))
        }
        guard let (content, table) = HTMLTableReader.assemble(rows, at: page.sourceRange(of: index).lowerBound) else {
            return
        }
        let language = HTMLLanguage.resolve(declared: page.declaredLanguage(of: index)?.tag, text: content.scalars,
                                            fallback: mainLanguage)
        drafts.append(HTMLBlockDraft(kind: .table, language: language, content: content, element: index,
                                     role: context.role, group: context.group, table: table))
    }
}
