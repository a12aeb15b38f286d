import Foundation

/// The knowledge the ZWNJ repair needs, read from the data files in `Resources/persian/` (built by
/// `scripts/build-persian-data.py`; sources in that folder's README). Words are looked up by
/// `WordKey`, the hash of their scalars.
struct PersianLexicon: Sendable {
    /// Present and past verb stems (`توان`, `رفت`), which a fused `می`/`نمی` must be followed by.
    let verbStems: WordSet
    /// Fused words that are words in their own right (`میدان`, `الهام`, `تنها`): never split.
    let lexicalized: WordSet
    /// Compounds written with ZWNJ, keyed by their fused form (`بینالملل` → `بین‌الملل`).
    let compounds: WordTable<[Unicode.Scalar]>
    /// Compounds of the word lists, keyed by their fused form: those of myspell-fa formed with a
    /// part of `compound-parts.txt` (`خوش‌شانس`, `مشکل‌ساز`) and those of hazm's lexicon
    /// (`کلان‌شهر`). Joined where spaces replaced ZWNJs, split where ZWNJs were deleted.
    let listedCompounds: WordTable<[Unicode.Scalar]>
    /// Words ending in silent ه (`داروخانه`, `خورده`): a fused `…های` may be one of them plus ای.
    let heFinalWords: WordSet
    /// Parts of compounds written with ZWNJ: first parts (`بی`, `هم`) and last parts (`دار`, `کننده`).
    let compoundPrefixes: [[Unicode.Scalar]]
    let compoundHeads: [[Unicode.Scalar]]
    let compoundPrefixKeys: WordSet
    /// Each compound head bare and with each ending it may carry (آمیز, آمیزی, آموزان), to its head.
    let compoundHeadForms: WordTable<WordKey>
    /// Last parts of compounds that take ZWNJ only after a silent ه (`خنده‌آور`, but `گزارشگر`).
    let compoundHeadsAfterHeh: WordSet
    /// Compound parts that never stand alone as words, which may join a word written apart from them.
    let boundCompoundParts: WordSet
    /// How often a word occurs in the corpora; chooses between two readings of a fused word.
    let frequencies: WordTable<Int>
    /// Words the corpora write with ZWNJ, keyed by their fused form, with how they were written.
    let attested: WordTable<AttestedForm>
    /// The first parts (up to the first ZWNJ) of the attested forms and compounds: two words written
    /// apart can only be one of them if the first word is here.
    let compoundFirstParts: WordSet
    /// The same first parts, and the keys of `compoundHeadForms`, as lists (for building tables).
    let compoundFirstPartList: [WordKey]
    let compoundHeadFormList: [WordKey]
    /// The two words (`WordKey(pair:_:)`) of every two-part form of `attested`, `compounds` and
    /// `listedCompounds`, the last two also with each ending the second word may carry: a pair
    /// written apart that is none of these cannot be one of those compounds.
    let compoundPairs: WordSet

    /// A word the corpora write with ZWNJ, and how often they write it that way, fused, or (for a
    /// word of two parts) as two words.
    struct AttestedForm: Sendable {
        let form: [Unicode.Scalar]
        let withZWNJ: Int
        let fused: Int
        let spaced: Int

        /// Whether the corpora write the word fused far more often than in this form: the form is
        /// then a rare other reading (ساله‌ای beside the common سالهای, سال‌های), no evidence for itself.
        var isMostlyFused: Bool { fused >= 5 && fused > 3 * withZWNJ }
    }

    /// The lexicon shipped with Pardaz.
    static let shipped: PersianLexicon = {
        /// Each non-comment line of a data file, made into a value by `make`: the file is read as
        /// bytes and decoded once, which keeps start-up to a few milliseconds.
        func records<Record>(_ name: String, _ make: (ArraySlice<Unicode.Scalar>) -> Record) -> [Record] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "persian"),
                  let data = try? Data(contentsOf: url) else {
                preconditionFailure("Pardaz resource persian/\(name) is missing from the bundle")
            }
            let scalars = String(decoding: data, as: UTF8.self).scalarArray
            var result: [Record] = []
            result.reserveCapacity(scalars.count / 8)
            var start = 0
            for index in scalars.indices where scalars[index] == "\n" {
                if index > start && scalars[start] != "#" { result.append(make(scalars[start..<index])) }
                start = index + 1
            }
            if start < scalars.count && scalars[start] != "#" { result.append(make(scalars[start...])) }
            return result
        }
        /// The lines of a data file as arrays of scalars, comments left out.
        func lines(_ name: String) -> [[Unicode.Scalar]] { records(name) { Array($0) } }
        /// The keys of the words of a word list, one per line, computed while scanning the file.
        func keys(_ name: String) -> [WordKey] { records(name) { WordKey($0) } }
        /// The tab-separated fields of a line.
        func fields(_ line: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
            line.split(separator: "\t", omittingEmptySubsequences: false)
        }
        func number(_ field: ArraySlice<Unicode.Scalar>) -> Int? {
            var value = 0
            for scalar in field {
                guard scalar.value >= 0x30 && scalar.value <= 0x39 else { return nil }
                value = value * 10 + Int(scalar.value - 0x30)
            }
            return field.isEmpty ? nil : value
        }
        func text(_ field: ArraySlice<Unicode.Scalar>) -> String { String(scalars: field) }
        func fusedKey(_ form: some Sequence<Unicode.Scalar>) -> WordKey {
            WordKey(form.lazy.filter { $0 != PersianLetters.zwnj })
        }
        var compounds = WordTable<[Unicode.Scalar]>()
        var compoundsList: [[Unicode.Scalar]] = []
        for line in lines("compounds.txt") {
            compounds[fusedKey(line)] = line
            compoundsList.append(line)
        }
        var listedCompounds = WordTable<[Unicode.Scalar]>()
        let listedCompoundList = lines("part-compounds.txt") + lines("hazm-compounds.txt")
        for line in listedCompoundList { listedCompounds[fusedKey(line)] = line }
        var frequencies = WordTable<Int>()
        for line in lines("word-frequencies.tsv") {
            let columns = fields(line)
            if columns.count == 2, let count = number(columns[1]) { frequencies[WordKey(columns[0])] = count }
        }
        var attested = WordTable<AttestedForm>()
        var attestedForms: [[Unicode.Scalar]] = []
        for line in lines("zwnj-attested.tsv") {
            let columns = fields(line)
            guard columns.count == 4, let withZWNJ = number(columns[1]), let fused = number(columns[2]),
                  let spaced = number(columns[3]) else { continue }
            let key = fusedKey(columns[0])
            attestedForms.append(Array(columns[0]))
            if let existing = attested[key], existing.withZWNJ >= withZWNJ { continue }
            attested[key] = AttestedForm(form: Array(columns[0]), withZWNJ: withZWNJ, fused: fused, spaced: spaced)
        }
        var prefixes: [[Unicode.Scalar]] = [], heads: [[Unicode.Scalar]] = []
        var headsAfterHeh = WordSet(), bound = WordSet()
        for line in lines("compound-parts.txt") {
            let columns = fields(line)
            guard columns.count == 4 else { continue }
            let part = Array(columns[1])
            if text(columns[2]) == "bound" { bound.insert(WordKey(part)) }
            if text(columns[3]) == "after-he" { headsAfterHeh.insert(WordKey(part)) }
            if text(columns[0]) == "prefix" { prefixes.append(part) } else { heads.append(part) }
        }
        var headForms = WordTable<WordKey>(), headFormList: [WordKey] = []
        for head in heads {
            for ending in ["", "ی", "ان", "انی", "ها", "های", "هایی"] {
                let key = WordKey(head + Array(ending.unicodeScalars))
                headForms[key] = WordKey(head)
                headFormList.append(key)
            }
        }
        var firstPartList: [WordKey] = [], pairList: [WordKey] = []
        let endings = [[]] + PersianWordAnalyzer.compoundEndings
        for (forms, endingCount) in [(attestedForms, 1), (compoundsList + listedCompoundList, endings.count)] {
            for form in forms {
                guard let cut = form.firstIndex(of: PersianLetters.zwnj) else { continue }
                let first = WordKey(form[..<cut])
                firstPartList.append(first)
                let second = form[(cut + 1)...]
                guard !second.contains(PersianLetters.zwnj) else { continue }
                let secondKey = WordKey(second)
                for ending in endings.prefix(endingCount) {
                    pairList.append(WordKey(pair: first, secondKey.appending(ending)))
                }
            }
        }
        return PersianLexicon(
            verbStems: WordSet(keys("verb-stems.txt")),
            lexicalized: WordSet(keys("lexicalized.txt") + keys("lexicalized-extra.txt")),
            compounds: compounds,
            listedCompounds: listedCompounds,
            heFinalWords: WordSet(keys("he-final-words.txt")),
            compoundPrefixes: prefixes.sorted { $0.count > $1.count },
            compoundHeads: heads.sorted { $0.count > $1.count },
            compoundPrefixKeys: WordSet(prefixes.map { WordKey($0) }),
            compoundHeadForms: headForms,
            compoundHeadsAfterHeh: headsAfterHeh,
            boundCompoundParts: bound,
            frequencies: frequencies,
            attested: attested,
            compoundFirstParts: WordSet(firstPartList),
            compoundFirstPartList: firstPartList,
            compoundHeadFormList: headFormList,
            compoundPairs: WordSet(pairList))
    }()

    func frequency(_ word: some Sequence<Unicode.Scalar>) -> Int { frequencies[WordKey(word)] ?? 0 }
}
