/// Decides where a Persian word written without ZWNJ needs one: after the verbal prefixes می/نمی,
/// before clitic suffixes (ها، های، ای، اند، ترین …), and inside compounds. Works on scalars and
/// looks words up by hash, so that the common case (a word needing nothing) costs a few lookups.
struct PersianWordAnalyzer: Sendable {
    typealias Word = ArraySlice<Unicode.Scalar>
    let lexicon: PersianLexicon
    /// Per word, whether it may begin any pair of words that `joined` joins (bit 0), end one (bit
    /// 1), or begin one of `lexicon.compoundPairs` (bit 2).
    private let joinRoles: WordTable<UInt8>

    init(lexicon: PersianLexicon) {
        self.lexicon = lexicon
        var roles = WordTable<UInt8>(minimumCapacity: 4096)
        func mark(_ key: WordKey, _ bit: UInt8) { roles[key] = (roles[key] ?? 0) | bit }
        for prefix in ["می", "نمی"] { mark(WordKey(prefix), 1) }
        for prefix in lexicon.compoundPrefixes { mark(WordKey(prefix), 1) }
        for suffix in Self.pluralSuffixes + Self.comparatives + Self.afterHehSuffixes + Self.afterYehSuffixes + [Self.ezafeYeh] {
            mark(WordKey(suffix), 2)
        }
        for key in lexicon.compoundHeadFormList { mark(key, 2) }
        for key in lexicon.compoundFirstPartList { mark(key, 4) }
        joinRoles = roles
    }

    private static func scalars(_ strings: [String]) -> [[Unicode.Scalar]] { strings.map { Array($0.unicodeScalars) } }
    private static let zwnj = PersianLetters.zwnj
    private static let verbPrefixes = scalars(["نمی", "می"])
    /// Personal endings of verbs, longest first.
    private static let personEndings = scalars(["ند", "ید", "یم", "م", "ی", "د", ""])
    /// Object clitics that may follow a verb (`می‌دانمش`).
    private static let verbClitics = scalars(["شان", "تان", "مان", "ش", "ت", ""])
    /// Endings of the perfect after a participle in ه (`می‌رفته‌اند`).
    private static let perfectEndings = scalars(["اند", "ایم", "اید", "ای", "ام", "است"])
    /// Plural suffixes and what may follow them, longest first.
    static let pluralSuffixes = scalars(["هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "های", "ها"])
    /// Suffixes written with ZWNJ after a word ending in silent ه, longest first.
    static let afterHehSuffixes = scalars(["ترین", "شان", "تان", "مان", "تر", "اند", "ایم", "اید", "ای", "ام", "ات", "اش"])
    /// Suffixes written with ZWNJ after a word ending in ی (`قدیمی‌ترین`, `انتخابی‌اش`).
    static let afterYehSuffixes = scalars(["ترین", "اش"])
    private static let comparatives = scalars(["ترین", "تر"])
    /// Endings a compound's head may carry (آمیزی, آموزان), the bare head first.
    private static let headEndings = scalars(["", "ی", "ان", "انی", "ها", "های", "هایی"])
    /// Endings a compound's second word may carry when written apart from the first, longest first.
    static let compoundEndings = scalars(["هایشان", "هایش", "هایی", "های", "ها", "انش", "انی", "ان", "اش", "ش", "ی"])
    private static let ezafeYeh: [Unicode.Scalar] = ["ی"]
    /// Words that stand apart in either spelling (به سرعت / به‌سرعت, چرا که / چراکه): a space next
    /// to them is never turned into a ZWNJ.
    private static let freeWords = WordSet(["به", "که", "این", "آن", "هم", "در", "از", "با", "تا", "و", "را"].map { WordKey($0) })
    private static let detachablePrefixes = WordSet([WordKey("می"), WordKey("نمی")])

    /// A candidate split of a fused word: its base, then the suffix.
    private struct Reading {
        let base: Word
        let suffix: [Unicode.Scalar]
        var isPlural: Bool { suffix.first == PersianLetters.heh && suffix.count >= 2 && suffix[1] == "ا" }
    }

    // MARK: Fused words

    /// The word with ZWNJs inserted where they belong, or nil to leave it as it is.
    /// `word` has no ZWNJ and consists of Arabic-script letters only.
    func repaired(_ word: Word, key: WordKey, damage: ZWNJDamage) -> [Unicode.Scalar]? {
        guard word.count >= 3 else { return nil }
        guard !lexicon.lexicalized.contains(key) else { return nil }
        if let attested = lexicon.attested[key] {
            // The corpora's majority rules, and after silent ه or ی the standard wants the ZWNJ;
            // but a form the corpora write fused far more often is kept fused, and if it reads as a
            // plural it is another word, left to the rules below (سالهای is سال‌های, not ساله‌ای).
            if !attested.isMostlyFused { return attested.withZWNJ > attested.fused || Self.needsZWNJ(attested.form) ? attested.form : nil }
            if !Self.pluralSuffixes.contains(where: { word.hasScalarSuffix($0) }) { return nil }
        }
        if let compound = lexicon.compounds[key] { return compound }
        for prefix in Self.verbPrefixes where word.hasScalarPrefix(prefix) {
            let rest = word.dropFirst(prefix.count)
            if let verb = verbRest(rest) { return prefix + [Self.zwnj] + verb }
            break
        }
        if damage == .intact || damage == .spaced {
            // The text chose its spellings (where spaces replaced ZWNJs, a fused word was written
            // fused): only a silent ه or a ی followed by a suffix is repaired.
            guard let joined = withSuffixJoined(word, key: key), let cut = joined.firstIndex(of: Self.zwnj),
                  cut > 0, joined[cut - 1] == PersianLetters.heh || joined[cut - 1] == PersianLetters.yeh else { return nil }
            return joined
        }
        return withSuffixJoined(word, key: key) ?? compoundSplit(word, key: key)
    }

    /// How a verb with می/نمی is written, if `word` (and the word after it) is one.
    enum VerbPrefixForm { case withZWNJ, fused, apart }

    func verbPrefixForm(_ word: Word, next: Word?) -> VerbPrefixForm? {
        for prefix in Self.verbPrefixes where word.hasScalarPrefix(prefix) {
            if word.count == prefix.count {
                if let next, !next.isEmpty, verbRest(next) != nil { return .apart }
                return nil
            }
            let rest = word.dropFirst(prefix.count)
            if rest.first == Self.zwnj { return verbRest(rest.dropFirst()) != nil ? .withZWNJ : nil }
            return verbRest(rest) != nil ? .fused : nil
        }
        return nil
    }

    /// The part of a verb after می/نمی, with any ZWNJ it needs itself, if `rest` is one.
    private func verbRest(_ rest: Word) -> [Unicode.Scalar]? {
        guard rest.count >= 2 else { return nil }
        if isVerbForm(rest) { return Array(rest) }
        // Participle plus a perfect ending: می‌رفته‌اند, می‌کرده‌ام.
        for ending in Self.perfectEndings where rest.hasScalarSuffix(ending) {
            let participle = rest.dropLast(ending.count)
            if participle.last == PersianLetters.heh, lexicon.verbStems.contains(WordKey(participle.dropLast())) {
                return Array(participle) + [Self.zwnj] + ending
            }
        }
        if rest.last == PersianLetters.heh, lexicon.verbStems.contains(WordKey(rest.dropLast())) { return Array(rest) }
        return nil
    }

    /// A verb stem of the list, or its causative (پوشان, پوشاند from پوش).
    private func isVerbStem(_ stem: Word) -> Bool {
        if lexicon.verbStems.contains(WordKey(stem)) { return true }
        for causative in Self.causativeEndings where stem.count > causative.count + 1 && stem.hasScalarSuffix(causative) {
            if lexicon.verbStems.contains(WordKey(stem.dropLast(causative.count))) { return true }
        }
        return false
    }

    private static let causativeEndings = scalars(["اند", "ان"])

    /// A stem followed by a personal ending and perhaps an object clitic.
    private func isVerbForm(_ rest: Word) -> Bool {
        for clitic in Self.verbClitics where rest.hasScalarSuffix(clitic) {
            let withoutClitic = rest.dropLast(clitic.count)
            for ending in Self.personEndings where withoutClitic.hasScalarSuffix(ending) {
                let stem = withoutClitic.dropLast(ending.count)
                if stem.count >= 2, isVerbStem(stem) { return true }
            }
        }
        return false
    }

    /// The word with a ZWNJ before its clitic suffix, if it has one after a joining letter.
    private func withSuffixJoined(_ word: Word, key: WordKey) -> [Unicode.Scalar]? {
        var readings: [Reading] = []
        for suffix in Self.pluralSuffixes where word.hasScalarSuffix(suffix) {
            let base = word.dropLast(suffix.count)
            // The standard writes the plural apart (کتاب‌ها); a fused plural after a letter that does
            // not join (کشورها) needs nothing, and one the corpora use fused is not re-read as a
            // silent-ه word (روزهای, not روزه‌ای).
            if let last = base.last, PersianLetters.isNonJoining(last), (lexicon.frequencies[key] ?? 0) >= 3 { return nil }
            readings.append(Reading(base: base, suffix: suffix))
            break
        }
        for suffix in Self.afterHehSuffixes where word.hasScalarSuffix(suffix) {
            let base = word.dropLast(suffix.count)
            if base.last == PersianLetters.heh {
                // Silent ه: a known word ending in ه, or one the corpora know.
                if lexicon.heFinalWords.contains(WordKey(base)) || lexicon.frequency(base) > 0 {
                    readings.append(Reading(base: base, suffix: suffix))
                }
                break
            }
            if base.last == PersianLetters.yeh && Self.afterYehSuffixes.contains(suffix) {
                readings.append(Reading(base: base, suffix: suffix))
                break
            }
            // Comparatives and superlatives are written apart (بزرگ‌تر) unless lexicalized (بیشتر).
            if Self.comparatives.contains(suffix), lexicon.frequency(base) >= 3 {
                readings.append(Reading(base: base, suffix: suffix))
                break
            }
        }
        // Ezafe ی after silent ه (گونه‌ی), unless the fused word is itself a word (ماهی، گاهی).
        if word.count >= 3, word.last == "ی", word[word.endIndex - 2] == PersianLetters.heh, lexicon.frequencies[key] == nil {
            let base = word.dropLast()
            if lexicon.frequency(base) > 0 { readings.append(Reading(base: base, suffix: Self.ezafeYeh)) }
        }
        guard !readings.isEmpty else { return nil }
        // Two readings (منطقه+ای or منطق+های): the one the corpora write wins; then a silent-ه word
        // of the word list beats a plural that would need no ZWNJ (خورده‌ایم, not خورد+هایم); then
        // the base the corpora know better; a tie goes to the plural, the commoner in running text.
        if readings.contains(where: isSilentHehWord) {
            readings.removeAll { $0.isPlural && $0.base.last.map(PersianLetters.isNonJoining) == true }
        }
        let chosen = readings.filter { $0.base.count >= 2 }.max { lhs, rhs in
            let left = attestation(lhs), right = attestation(rhs)
            if left != right { return left < right }
            let leftBase = lexicon.frequency(lhs.base), rightBase = lexicon.frequency(rhs.base)
            if leftBase != rightBase { return leftBase < rightBase }
            let leftKnown = isSilentHehWord(lhs), rightKnown = isSilentHehWord(rhs)
            if leftKnown != rightKnown { return rightKnown }
            return !lhs.isPlural && rhs.isPlural
        }
        guard let chosen, let last = chosen.base.last, PersianLetters.joinsNext(last) else { return nil }
        return Array(chosen.base) + [Self.zwnj] + chosen.suffix
    }

    /// Whether the reading is a word of the list ending in ه followed by a non-plural suffix.
    private func isSilentHehWord(_ reading: Reading) -> Bool {
        !reading.isPlural && lexicon.heFinalWords.contains(WordKey(reading.base))
    }

    /// How often the corpora write the reading's base and suffix with ZWNJ between them (not at all
    /// when they write the word fused far more often: see `repaired`).
    private func attestation(_ reading: Reading) -> Int {
        let fused = Array(reading.base) + reading.suffix
        guard let attested = lexicon.attested[WordKey(fused)], !attested.isMostlyFused,
              attested.form == Array(reading.base) + [Self.zwnj] + reading.suffix else { return 0 }
        return attested.withZWNJ
    }

    /// Whether every ZWNJ of `form` follows ه or ی, where the standard orthography requires one.
    private static func needsZWNJ(_ form: [Unicode.Scalar]) -> Bool {
        form.indices.allSatisfy { index in
            form[index] != PersianLetters.zwnj
                || (index > 0 && (form[index - 1] == PersianLetters.heh || form[index - 1] == PersianLetters.yeh))
        }
    }

    /// The word without a plural suffix, if it has one.
    private func withoutPlural(_ word: Word) -> Word {
        for suffix in Self.pluralSuffixes where word.hasScalarSuffix(suffix) { return word.dropLast(suffix.count) }
        return word
    }

    /// A fused compound split at a known part (`بیثمر` → `بی‌ثمر`, `خندهدار` → `خنده‌دار`), when the
    /// other part is a known word and the fused word is not itself in common use.
    private func compoundSplit(_ word: Word, key: WordKey) -> [Unicode.Scalar]? {
        func inCommonUse() -> Bool {
            (lexicon.frequencies[key] ?? 0) >= 3 || lexicon.frequency(withoutPlural(word)) >= 3
        }
        if let compound = lexicon.listedCompounds[key], !inCommonUse() { return compound }
        // A word of the list with an ending (طرفدارانی) is not split either.
        for ending in Self.headEndings.dropFirst() where word.count > ending.count + 2 && word.hasScalarSuffix(ending) {
            if lexicon.lexicalized.contains(WordKey(word.dropLast(ending.count))) { return nil }
        }
        for prefix in lexicon.compoundPrefixes where word.hasScalarPrefix(prefix) {
            let rest = word.dropFirst(prefix.count)
            // A prefix that is also a word needs a longer rest (پستی is no پس‌تی).
            let shortest = lexicon.boundCompoundParts.contains(WordKey(prefix)) ? 2 : 3
            if rest.count >= shortest, lexicon.frequency(rest) >= 3, !inCommonUse() { return prefix + [Self.zwnj] + rest }
        }
        for ending in Self.headEndings where word.hasScalarSuffix(ending) {
            let stem = word.dropLast(ending.count)
            for head in lexicon.compoundHeads where stem.hasScalarSuffix(head) {
                let first = stem.dropLast(head.count)
                guard let last = first.last, first.count >= 2, PersianLetters.joinsNext(last),
                      last == PersianLetters.heh || !lexicon.compoundHeadsAfterHeh.contains(WordKey(head)) else { continue }
                if lexicon.frequency(first) >= 3 || lexicon.heFinalWords.contains(WordKey(first)), !inCommonUse() {
                    return Array(first) + [Self.zwnj] + head + ending
                }
            }
        }
        return nil
    }

    // MARK: Words written apart

    /// `first` and `second` as one word when the space between them stands for a ZWNJ (or for
    /// nothing): a detached suffix (دانشگاه ها, منطقه ای), the rest of a verb after می/نمی (می تواند),
    /// or a compound (بین الملل).
    func joined(_ first: Word, _ second: Word, firstKey: WordKey, secondKey: WordKey,
                damage: ZWNJDamage) -> [Unicode.Scalar]? {
        guard let last = first.last else { return nil }
        if Self.detachablePrefixes.contains(firstKey) && !second.contains(Self.zwnj), let verb = verbRest(second) {
            return Array(first) + [Self.zwnj] + verb
        }
        if let kind = Self.detachedSuffixKinds[secondKey], isDetachedSuffix(second, of: kind, after: first, last: last),
           damage != .intact || last == PersianLetters.heh || last == PersianLetters.yeh {
            let separator: [Unicode.Scalar] = PersianLetters.joinsNext(last) ? [Self.zwnj] : []
            return Array(first) + separator + second
        }
        // Two words written apart stay apart unless spaces may stand for ZWNJs: a text that uses
        // ZWNJ, or that lost them, chose its spaces.
        guard damage == .spaced || damage == .unknown else { return nil }
        return compound(first, second, firstKey: firstKey, secondKey: secondKey, damage: damage)
    }

    /// What a word standing alone may be a suffix of.
    private enum DetachedSuffixKind: Sendable {
        /// Plurals and comparatives: after any word.
        case anyWord
        /// After a word ending in ه or ی (اش, ترین are also `anyWord`/`afterHeh`).
        case afterHehOrYeh
        /// After a word ending in silent ه only.
        case afterHeh
    }

    private static let detachedSuffixKinds: WordTable<DetachedSuffixKind> = {
        var table = WordTable<DetachedSuffixKind>()
        for suffix in afterHehSuffixes { table[WordKey(suffix)] = .afterHeh }
        table[WordKey(ezafeYeh)] = .afterHeh
        for suffix in afterYehSuffixes { table[WordKey(suffix)] = .afterHehOrYeh }
        for suffix in pluralSuffixes + comparatives { table[WordKey(suffix)] = .anyWord }
        return table
    }()

    /// Whether a word standing alone after a space is a suffix of the word before it.
    private func isDetachedSuffix(_ suffix: Word, of kind: DetachedSuffixKind, after previous: Word,
                                  last: Unicode.Scalar) -> Bool {
        guard PersianLetters.isLetter(last) else { return false }
        // A word that already ends in a plural (فروشگاه‌های) takes no second one (های استریت).
        if Self.pluralSuffixes.contains(where: { previous.hasScalarSuffix($0) && previous.count > $0.count }) { return false }
        switch kind {
        case .anyWord: break
        case .afterHehOrYeh: guard last == PersianLetters.heh || last == PersianLetters.yeh else { return false }
        case .afterHeh: guard last == PersianLetters.heh else { return false }
        }
        return !lexicon.lexicalized.contains(WordKey(previous, suffix))
    }

    /// The key of the compound head `word` is, bare or with an ending (آمیزی, آموزان), if it is one.
    private func compoundHead(of word: Word, key: WordKey) -> WordKey? { lexicon.compoundHeadForms[key] }

    /// Whether `joined` could join two words with these keys: a cheap test by lookups alone, so
    /// that the common case (two words that stay apart) builds nothing.
    @inline(__always)
    func mayJoin(firstKey: WordKey, secondKey: WordKey) -> Bool {
        mayJoin(firstKey: firstKey, firstRole: joinRole(of: firstKey), secondKey: secondKey, secondRole: joinRole(of: secondKey))
    }

    /// `mayJoin` with the two words' `joinRole`s already looked up.
    @inline(__always)
    func mayJoin(firstKey: WordKey, firstRole: UInt8, secondKey: WordKey, secondRole: UInt8) -> Bool {
        firstRole & 1 != 0 || secondRole & 2 != 0 || firstRole & 4 != 0 && lexicon.compoundPairs.contains(WordKey(pair: firstKey, secondKey))
    }

    /// What part a word may play in a join (the bits of `joinRoles`; 0 for none): kept with each word
    /// in `PersianRepairMemo`, so that a word seen before costs one lookup.
    @inline(__always)
    func joinRole(of key: WordKey) -> UInt8 { joinRoles[key] ?? 0 }

    /// The compound `first‌second`: one the corpora write so far more often than apart, one of the
    /// word list whose second part is no word of its own, a bound compound part after a known word
    /// (کننده, ناپذیر), any compound part after a word in silent ه (ادامه دار), a known word after
    /// بی. Two words that each stand on their own (به ویژه, ریاست جمهوری) are left apart.
    private func compound(_ first: Word, _ second: Word, firstKey: WordKey, secondKey: WordKey,
                          damage: ZWNJDamage) -> [Unicode.Scalar]? {
        guard let last = first.last, PersianLetters.joinsNext(last), !Self.freeWords.contains(firstKey),
              !Self.freeWords.contains(secondKey) else { return nil }
        func form() -> [Unicode.Scalar] { Array(first) + [Self.zwnj] + second }
        if lexicon.compoundFirstParts.contains(firstKey) {
            let fusedKey = WordKey(first, second)
            // Where spaces stand for ZWNJs, what the corpora or the word list write with ZWNJ is
            // joined; elsewhere only what they write so far more often than apart.
            let bold = damage == .spaced
            if let attested = lexicon.attested[fusedKey],
               bold ? attested.withZWNJ > attested.spaced : attested.withZWNJ >= 3 && attested.withZWNJ > 2 * attested.spaced,
               attested.form.elementsEqual(first + [Self.zwnj] + second) { return attested.form }
            if let compound = lexicon.compounds[fusedKey], (lexicon.frequencies[secondKey] ?? 0) < (bold ? 20 : 1),
               compound.elementsEqual(first + [Self.zwnj] + second) { return compound }
            // A compound of the word lists (خوش شانس, کلان شهر), unless the corpora write it apart
            // more often than with ZWNJ.
            if bold, let compound = lexicon.listedCompounds[fusedKey],
               compound.elementsEqual(first + [Self.zwnj] + second),
               lexicon.attested[fusedKey].map({ $0.withZWNJ >= $0.spaced }) ?? true { return compound }
        }
        // The same with an ending on the second word (دانش آموزانش, شیرین کاری ها).
        if damage == .spaced, lexicon.compoundFirstParts.contains(firstKey) {
            for ending in Self.compoundEndings where second.count > ending.count + 1 && second.hasScalarSuffix(ending) {
                let head = second.dropLast(ending.count)
                let key = WordKey(first, head)
                if let compound = lexicon.compounds[key] ?? lexicon.listedCompounds[key], compound.elementsEqual(first + [Self.zwnj] + head) {
                    return form()
                }
            }
        }
        if let headKey = compoundHead(of: second, key: secondKey) {
            // Where spaces stand for ZWNJs, a part that never stands alone needs no known word before it.
            let firstKnown = (lexicon.frequencies[firstKey] ?? 0) >= 3 || lexicon.heFinalWords.contains(firstKey)
                || (damage == .spaced && first.count >= 2)
            // A free head (دار, ساز) joins only bare and after a word in silent ه: ادامه دار.
            if firstKnown, lexicon.boundCompoundParts.contains(headKey)
                || (headKey == secondKey && last == PersianLetters.heh && lexicon.heFinalWords.contains(firstKey)) {
                return form()
            }
        }
        // A bound prefix (بی) never stands alone: it goes with the word after it.
        if lexicon.compoundPrefixKeys.contains(firstKey), lexicon.boundCompoundParts.contains(firstKey),
           second.count >= 2 { return form() }
        return nil
    }
}
