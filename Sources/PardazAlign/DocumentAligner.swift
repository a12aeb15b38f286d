import PardazExtract
import PardazModel

/// Aligns a paper's English and Persian front matter: the title, each author, the affiliations,
/// the keywords one to one, and the abstracts sentence by sentence (`SentenceAligner`). Each link
/// has a score; links below the threshold are kept and marked uncertain.
public struct DocumentAligner: Sendable {
    let aligner: SentenceAligner
    /// Field links scoring below this are uncertain.
    public static let fieldThreshold = 0.3

    public init(aligner: SentenceAligner = SentenceAligner()) {
        self.aligner = aligner
    }

    /// `document` with its `sentences` (those of its abstracts) and `alignments`; a document without
    /// both an English and a Persian front matter is returned as it is.
    public func annotate(_ document: Document) -> Document {
        guard let english = document.front("en"), let persian = document.front("fa") else { return document }
        let similarity = FieldSimilarity(lexicon: aligner.lexicon)
        var result = document
        var alignments: [Alignment] = []
        func part(_ span: Span) -> AlignedPart {
            let block = document.blocks.first { $0.range.contains(span.range) }
            return AlignedPart(id: block?.id ?? "", range: span.range, text: span.text)
        }
        func field(_ kind: Alignment.Kind, _ e: Span, _ f: Span, _ score: Double) -> Alignment {
            let rounded = (score * 1000).rounded() / 1000
            return Alignment(kind: kind, english: [part(e)], persian: [part(f)], score: rounded, uncertain: rounded < Self.fieldThreshold)
        }
        if let e = english.title, let f = persian.title {
            alignments.append(field(.title, e, f, similarity.score(english: e.text, persian: f.text)))
        }
        // Authors by how their names sound, surest first, each once.
        let authorPairs = Self.matching(english.authors.count, persian.authors.count) { i, j in
            let e = NameSkeleton.of(english.authors[i].name.text, language: "en")
            let f = NameSkeleton.of(persian.authors[j].name.text, language: "fa")
            guard e.count == f.count, !e.isEmpty else { return 0 }
            return zip(e, f).map { min($0.count, $1.count) <= 2 ? ($0 == $1 ? 1.0 : 0) : NameSkeleton.similarity($0, $1) }
                .reduce(0, +) / Double(e.count)
        }
        for (i, j, score) in authorPairs {
            alignments.append(field(.author, english.authors[i].name, persian.authors[j].name, score))
        }
        // Affiliations: the front's own, else the authors'.
        let englishAffiliations = english.affiliations.isEmpty ? english.authors.compactMap(\.affiliation) : english.affiliations
        let persianAffiliations = persian.affiliations.isEmpty ? persian.authors.compactMap(\.affiliation) : persian.affiliations
        for (i, j, score) in Self.matching(englishAffiliations.count, persianAffiliations.count, { i, j in
            similarity.score(english: englishAffiliations[i].text, persian: persianAffiliations[j].text)
        }) {
            alignments.append(field(.affiliation, englishAffiliations[i], persianAffiliations[j], score))
        }
        // Keywords one to one, by what they say, with a little weight on keeping the order.
        let count = max(english.keywords.count, persian.keywords.count, 1)
        for (i, j, score) in Self.matching(english.keywords.count, persian.keywords.count, { i, j in
            similarity.score(english: english.keywords[i].text, persian: persian.keywords[j].text)
                + 0.1 * (1 - Double(abs(i - j)) / Double(count))
        }) {
            var link = field(.keyword, english.keywords[i], persian.keywords[j], min(1, score))
            link.english[0].id = english.keywordID(i)
            link.persian[0].id = persian.keywordID(j)
            alignments.append(link)
        }
        // The abstracts' sentences.
        func sentences(_ front: FrontMatter) -> [(text: String, range: TextRange)] {
            front.abstract.compactMap { document.block($0) }.flatMap { block in
                Segmenter(language: front.language).sentences(block.text).map { sentence in
                    (sentence.text, TextRange(block.range.start + sentence.range.start, block.range.start + sentence.range.end))
                }
            }
        }
        let e = sentences(english), f = sentences(persian)
        let englishParts = e.enumerated().map { AlignedPart(id: "sent\($0.offset + 1)", range: $0.element.range, text: $0.element.text) }
        let persianParts = f.enumerated().map { AlignedPart(id: "sent\(e.count + $0.offset + 1)", range: $0.element.range, text: $0.element.text) }
        if !e.isEmpty && !f.isEmpty {
            for link in aligner.align(e.map(\.text), f.map(\.text)) {
                alignments.append(Alignment(kind: .sentence, english: Array(englishParts[link.english]), persian: Array(persianParts[link.persian]),
                                            score: link.score, uncertain: link.uncertain))
            }
        }
        result.sentences = englishParts + persianParts
        result.alignments = alignments
        return result
    }

    /// A one-to-one matching of `rows` × `columns` items by `score`, best pairs first (ties in
    /// order), pairs scoring 0 left out.
    static func matching(_ rows: Int, _ columns: Int, _ score: (Int, Int) -> Double) -> [(Int, Int, Double)] {
        var candidates: [(Int, Int, Double)] = []
        for i in 0..<rows { for j in 0..<columns { candidates.append((i, j, score(i, j))) } }
        var usedRows = Set<Int>(), usedColumns = Set<Int>(), result: [(Int, Int, Double)] = []
        for (i, j, value) in candidates.sorted(by: { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) })
        where value > 0 && !usedRows.contains(i) && !usedColumns.contains(j) {
            usedRows.insert(i)
            usedColumns.insert(j)
            result.append((i, j, value))
        }
        return result.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }
}
