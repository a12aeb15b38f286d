/// The chunks of a text input with what was learnt about each before reading the structure.
struct ChunkContext {
    let scalars: [Unicode.Scalar]
    let chunks: [Chunk]
    let inline: InlineMarkdown
    /// Language of each chunk (`en`, `fa`, `ru`, `zh`… by `LanguageGuess`), inherited from the
    /// previous chunk when it has no letters.
    let languages: [String]
    /// Chunks that are page furniture: watermarks, running heads, page numbers.
    let boilerplate: Set<Int>

    init(scalars: [Unicode.Scalar], chunks: [Chunk], markdown: Bool) {
        self.scalars = scalars
        self.chunks = chunks
        inline = InlineMarkdown(scalars: scalars, markdown: markdown)
        var languages: [String] = []
        var previous = "en"
        for chunk in chunks {
            let language = LanguageGuess.language(of: chunk.content.lazy.flatMap { scalars[$0] }) ?? previous
            languages.append(language)
            previous = language
        }
        self.languages = languages
        boilerplate = BoilerplateDetector.detect(chunks, scalars: scalars)
        let inline = inline
        rendered = chunks.map { ($0.rendered ?? inline.render(lines: $0.content)).trimmed() }
    }

    /// Each chunk's text with Markdown resolved, rendered once.
    private let rendered: [RichText]

    /// The chunk's text with Markdown resolved.
    func render(_ index: Int) -> RichText { rendered[index] }

    /// The chunk's raw source text, lines joined by spaces.
    func raw(_ index: Int) -> String {
        chunks[index].content.map { String(String.UnicodeScalarView(scalars[$0])) }.joined(separator: " ")
    }

    func isText(_ index: Int) -> Bool { chunks[index].isText && !boilerplate.contains(index) }

    /// True when the chunk is in a language other than `language` and other than English and
    /// Persian (a line in Russian or Chinese among an English front matter): such a chunk keeps its
    /// own language and is never read as a part of that front matter.
    func isForeign(_ index: Int, to language: String) -> Bool {
        let own = languages[index]
        return own != language && !Self.frontLanguages.contains(own)
    }

    /// The languages whose front matter is read by their labels and layout.
    static let frontLanguages: Set<String> = ["en", "fa"]

    func isHeading(_ index: Int) -> Bool {
        if case .heading = chunks[index].kind { return true }
        return false
    }

    /// The section label a chunk carries: a heading such as "## Abstract", or a text chunk opening
    /// with a bold or colon-ended label such as "**Keywords:** …" or "چکیده: …".
    func label(_ index: Int) -> (SectionLabel, labelEnd: Int)? {
        let text = render(index)
        if isHeading(index) {
            return SectionLabel.of(text.string).map { ($0, text.count) }
        }
        guard chunks[index].isText else { return nil }
        // The label ends at the first colon, dash or closing bold within the first 40 characters.
        let limit = min(text.count, 40)
        for position in 0..<limit {
            let scalar = text.scalars[position]
            if scalar == ":" || scalar == "—" || scalar == "–" || scalar == "\u{061B}" {
                let candidate = String(String.UnicodeScalarView(text.scalars[0..<position]))
                if let label = SectionLabel.of(candidate) { return (label, position + 1) }
                break
            }
        }
        if let strong = text.marks.first(where: { $0.type == "strong" && $0.range.start == 0 }) {
            let candidate = String(String.UnicodeScalarView(text.scalars[0..<strong.range.end]))
            if let label = SectionLabel.of(candidate) {
                var end = strong.range.end
                while end < text.count, text.scalars[end] == ":" || text.scalars[end].isLayoutSpace { end += 1 }
                return (label, end)
            }
        }
        return nil
    }
}
