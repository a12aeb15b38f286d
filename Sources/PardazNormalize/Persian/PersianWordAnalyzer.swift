/// Decides where a Persian word written without ZWNJ needs one: after the verbal prefixes می/نمی,
/// before clitic suffixes (ها، های، ای، اند، ترین …), and inside known compounds.
struct PersianWordAnalyzer: Sendable {
    let lexicon: PersianLexicon

    private static let zwnj = "\u{200C}"
    /// Personal endings of verbs, longest first.
    private static let personEndings = ["ند", "ید", "یم", "م", "ی", "د", ""]
    /// Object clitics that may follow a verb (`می‌دانمش`).
    private static let verbClitics = ["شان", "تان", "مان", "ش", "ت", ""]
    /// Plural suffixes and what may follow them, longest first.
    static let pluralSuffixes = ["هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "های", "ها"]
    /// Suffixes written with ZWNJ after a word ending in silent ه, longest first.
    static let afterHehSuffixes = ["ترین", "تر", "اند", "ایم", "اید", "ای", "ام", "ات", "اش"]
    /// Suffixes written with ZWNJ after a word ending in ی (`قدیمی‌ترین`, `انتخابی‌اش`).
    static let afterYehSuffixes = ["ترین", "اش"]

    /// The word with ZWNJs inserted where they belong, or nil to leave it as it is.
    /// `word` has no ZWNJ and consists of Arabic-script letters only.
    func repaired(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3, !lexicon.lexicalized.contains(word) else { return nil }
        if let compound = lexicon.compounds[word] { return compound }
        for prefix in ["نمی", "می"] where word.hasPrefix(prefix) {
            let rest = String(word.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            if let verb = verbRest(rest) { return prefix + Self.zwnj + verb }
            break
        }
        return withSuffixJoined(word)
    }

    /// The part of a verb after می/نمی, with any ZWNJ it needs itself, if `rest` is one.
    private func verbRest(_ rest: String) -> String? {
        guard rest.unicodeScalars.count >= 2 else { return nil }
        if isVerbForm(rest) { return rest }
        // Participle plus a perfect ending: می‌رفته‌اند, می‌کرده‌ام.
        for ending in ["اند", "ایم", "اید", "ای", "ام", "است"] where rest.hasSuffix(ending) {
            let participle = String(rest.unicodeScalars.dropLast(ending.unicodeScalars.count))
            if participle.hasSuffix("ه"), lexicon.verbStems.contains(String(participle.unicodeScalars.dropLast())) {
                return participle + Self.zwnj + ending
            }
        }
        if rest.hasSuffix("ه"), lexicon.verbStems.contains(String(rest.unicodeScalars.dropLast())) { return rest }
        return nil
    }

    /// A stem followed by a personal ending and perhaps an object clitic.
    private func isVerbForm(_ rest: String) -> Bool {
        for clitic in Self.verbClitics where rest.hasSuffix(clitic) {
            let withoutClitic = String(rest.unicodeScalars.dropLast(clitic.unicodeScalars.count))
            for ending in Self.personEndings where withoutClitic.hasSuffix(ending) {
                let stem = String(withoutClitic.unicodeScalars.dropLast(ending.unicodeScalars.count))
                if stem.unicodeScalars.count >= 2, lexicon.verbStems.contains(stem) { return true }
            }
        }
        return false
    }

    /// The word with a ZWNJ before its clitic suffix, if it has one after a joining letter.
    private func withSuffixJoined(_ word: String) -> String? {
        var readings: [(base: String, suffix: String)] = []
        for suffix in Self.pluralSuffixes where word.hasSuffix(suffix) {
            readings.append((String(word.unicodeScalars.dropLast(suffix.unicodeScalars.count)), suffix))
            break
        }
        for suffix in Self.afterHehSuffixes where word.hasSuffix(suffix) {
            let base = String(word.unicodeScalars.dropLast(suffix.unicodeScalars.count))
            if base.hasSuffix("ه") || (base.hasSuffix("ی") && Self.afterYehSuffixes.contains(suffix)) {
                readings.append((base, suffix))
                break
            }
        }
        // Two readings (منطقه+ای or منطق+های): the base the corpora know better wins; a tie goes to
        // the silent-ه reading, the commoner of the two in running text.
        let chosen = readings.filter { $0.base.unicodeScalars.count >= 2 }
            .max { lhs, rhs in
                let left = lexicon.frequency(lhs.base), right = lexicon.frequency(rhs.base)
                if left != right { return left < right }
                return !lhs.base.hasSuffix("ه") && rhs.base.hasSuffix("ه")
            }
        guard let chosen, let last = chosen.base.unicodeScalars.last, PersianLetters.joinsNext(last) else {
            return nil
        }
        return chosen.base + Self.zwnj + chosen.suffix
    }

    /// Whether a word standing alone after a space is a suffix of the word before it
    /// (`دانشگاه ها`, `منطقه ای`, `بزرگ ترین`), given that word.
    func isDetachedSuffix(_ suffix: String, after previous: String) -> Bool {
        guard let last = previous.unicodeScalars.last, PersianLetters.isLetter(last),
              !lexicon.lexicalized.contains(previous + suffix) else { return false }
        if Self.pluralSuffixes.contains(suffix) || suffix == "ترین" || suffix == "تر" { return true }
        if suffix == "ی" { return last == PersianLetters.heh }
        return Self.afterHehSuffixes.contains(suffix) && last == PersianLetters.heh
    }

    /// Whether `next`, after a detached می/نمی, is the rest of a verb.
    func isVerbAfterDetachedPrefix(_ next: String) -> Bool { verbRest(next) != nil }

    /// The compound `first‌second` when the two words are one with ZWNJ (`بین الملل`). Two words
    /// that each stand on their own (`به ویژه`, `ریاست جمهوری`) are left apart: both spellings are
    /// in use.
    func compound(_ first: String, _ second: String) -> String? {
        guard lexicon.frequency(second) == 0, let compound = lexicon.compounds[first + second],
              compound == first + Self.zwnj + second else { return nil }
        return compound
    }
}
