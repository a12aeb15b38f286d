import PardazExtract

/// One sentence as the aligner compares it, worked out once so that a link's cost only looks
/// things up: its length, its words counted, the Persian words its English words translate to,
/// and its anchors (numbers, Latin words, gazetteer names), all as numbers of `WordIDs`.
struct AlignedSentence {
    /// Characters.
    let length: Int
    /// The distinct words (`AlignmentWords.words`) with how often each occurs, in first-seen order.
    let words: [(id: Int, count: Int)]
    /// How many words in all (`AlignmentWords.words.count`).
    let wordCount: Int
    /// The distinct words.
    let wordSet: IDSet
    /// Of an English sentence, each distinct word's translations (as likely as
    /// `SentenceAligner.translationFloor` or more), parallel to `words`; empty for Persian.
    let translations: [IDSet]
    /// Of an English sentence, every Persian word one of its words translates to (the union of
    /// `translations`); empty for Persian.
    let reach: IDSet
    let numbers: IDSet
    let latin: IDSet
    let names: IDSet

    init(_ text: String, language: String, lexicon: BilingualLexicon, ids: inout WordIDs) {
        let tokens = Segmenter(language: language).tokens(text)
        let alignmentWords = AlignmentWords(tokens: tokens, language: language)
        var counts: [String: Int] = [:], order: [String] = []
        for word in alignmentWords.words {
            if counts[word] == nil { order.append(word) }
            counts[word, default: 0] += 1
        }
        length = text.count
        words = order.map { (ids.id($0), counts[$0]!) }
        wordCount = alignmentWords.words.count
        wordSet = IDSet(words.map(\.id))
        translations = language == "en" ? order.map { word in
            ids.set((lexicon.translations[word] ?? [:]).filter { $0.value >= SentenceAligner.translationFloor }.keys)
        } : []
        reach = translations.reduce(IDSet.empty) { $0.union($1) }
        numbers = ids.set(alignmentWords.numbers)
        latin = ids.set(alignmentWords.latin)
        names = ids.set(Gazetteer.shipped.matches(in: tokens, language: language).map(\.entry.id))
    }
}
