import PardazExtract

/// How alike an English and a Persian front-matter field are (a title, a keyword, an
/// affiliation), from 0 to 1: each word's best counterpart on the other side — a translation in
/// the lexicon, a name of the same gazetteer entry, or a word that sounds the same (a loanword or
/// a name: دیپلماسی and diplomacy) — averaged over the words of both sides.
struct FieldSimilarity {
    let lexicon: BilingualLexicon

    func score(english: String, persian: String) -> Double {
        let e = AlignmentWords(english, language: "en").words, f = AlignmentWords(persian, language: "fa").words
        let englishNames = names(english, "en"), persianNames = names(persian, "fa")
        guard !e.isEmpty || !englishNames.isEmpty, !f.isEmpty || !persianNames.isEmpty else { return 0 }
        func match(_ a: String, _ b: String) -> Double {
            if lexicon.probability(a, b) >= 0.05 { return 1 }
            let sound = NameSkeleton.wordSimilarity(persian: b, english: a)
            return sound >= 0.75 ? sound : 0
        }
        let englishScore = e.map { a in f.map { match(a, $0) }.max() ?? 0 }.reduce(0, +)
        let persianScore = f.map { b in e.map { match($0, b) }.max() ?? 0 }.reduce(0, +)
        let total = Double(e.count + f.count)
        let lexical = total > 0 ? (englishScore + persianScore) / total : 0
        // Names of one gazetteer entry ("U.S." and آمریکا) are the same whatever the words say.
        return englishNames.isDisjoint(with: persianNames) ? lexical : max(lexical, 0.95)
    }

    private func names(_ text: String, _ language: String) -> Set<String> {
        Set(Gazetteer.shipped.matches(in: Segmenter(language: language).tokens(text), language: language).map(\.entry.id))
    }
}
