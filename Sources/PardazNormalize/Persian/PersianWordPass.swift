import PardazModel

/// The second pass of the Persian normalizer, over words: ZWNJ repair, punctuation spacing and the
/// digit policy. Every change is written through a `ScalarRewriter`, scalar by scalar.
struct PersianWordPass {
    let scalars: [Unicode.Scalar]
    let options: PersianNormalizerOptions
    let analyzer: PersianWordAnalyzer
    private var rewriter: ScalarRewriter
    /// What `PersianWordAnalyzer.repaired` said of each word seen so far.
    var repairs: PersianRepairMemo

    init(scalars: [Unicode.Scalar], options: PersianNormalizerOptions, analyzer: PersianWordAnalyzer,
         repairs: PersianRepairMemo) {
        self.repairs = repairs
        self.scalars = scalars
        self.options = options
        self.analyzer = analyzer
        rewriter = ScalarRewriter(scalars)
    }

    /// ، ؛ ؟ »: no space before them.
    @inline(__always)
    private static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x060C, 0x061B, 0x061F, 0x00BB: return true
        default: return false
        }
    }
    private static let zwnj = PersianLetters.zwnj

    mutating func run() -> ([Unicode.Scalar], OffsetMap) {
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if options.repairZWNJ && isWordScalar(at: index) {
                index = repairWord(at: index)
            } else if options.repairZWNJ && scalar == PersianLetters.zwnj && !(index > 0 && PersianLetters.isDigit(scalars[index - 1])) {
                // A ZWNJ that does not follow a letter (or a digit, as in ۱۲۵‌ام) joins nothing.
                rewriter.copy(upTo: index)
                rewriter.replace(upTo: index + 1, with: [])
                index += 1
            } else if options.repairZWNJ && (repairs.damage == .spaced || repairs.damage == .unknown) && scalar == " " && isOrdinalSpace(at: index) {
                // ۱۲۵ ام: the ordinal ending of a number, its ZWNJ turned into a space.
                rewriter.copy(upTo: index)
                rewriter.replace(upTo: index + 1, with: [Self.zwnj])
                index += 1
            } else if options.digits != .keep && PersianLetters.isDigit(scalar) {
                index = applyDigitPolicy(at: index)
            } else if options.spacePunctuation && PersianLetters.isSpace(scalar) {
                index = spaceRun(at: index)
            } else if options.spacePunctuation && (Self.isClosingMark(scalar) || scalar == "«") {
                index = punctuation(at: index)
            } else {
                index += 1
            }
        }
        return rewriter.finish()
    }

    // MARK: Words and ZWNJ

    /// Whether the space at `index` stands between a number and its ordinal ending ام or امین.
    private func isOrdinalSpace(at index: Int) -> Bool {
        guard index > 0, PersianLetters.isDigit(scalars[index - 1]) else { return false }
        var end = index + 1
        while end < scalars.count && PersianLetters.isLetter(scalars[end]) { end += 1 }
        let ending = scalars[(index + 1)..<end]
        return ending.elementsEqual("ام".unicodeScalars) || ending.elementsEqual("امین".unicodeScalars)
    }

    /// Letters, ZWNJ, and U+00AC standing between two letters.
    private func isWordScalar(at index: Int) -> Bool {
        let scalar = scalars[index]
        if PersianLetters.isLetter(scalar) { return true }
        if scalar == PersianLetters.zwnj { return index > 0 && PersianLetters.isLetter(scalars[index - 1]) }
        if scalar == PersianLetters.notSign {
            return index > 0 && index + 1 < scalars.count && PersianLetters.isLetter(scalars[index - 1])
                && PersianLetters.isLetter(scalars[index + 1])
        }
        return false
    }

    /// The word's letters with its ZWNJs cleaned: U+00AC read as ZWNJ, duplicates collapsed, none at
    /// the end (unless a digit follows) or after a letter that does not join.
    private func cleaned(_ range: Range<Int>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(range.count)
        for index in range {
            var scalar = scalars[index]
            if scalar == PersianLetters.notSign { scalar = PersianLetters.zwnj }
            if scalar == PersianLetters.zwnj {
                guard let last = result.last, last != PersianLetters.zwnj, PersianLetters.joinsNext(last) else { continue }
            }
            result.append(scalar)
        }
        if result.last == PersianLetters.zwnj && !(range.upperBound < scalars.count && PersianLetters.isDigit(scalars[range.upperBound])) {
            result.removeLast()
        }
        return result
    }

    /// Repairs the word starting at `start`, joining a detached suffix or prefix after it when there
    /// is one; returns where to go on.
    private mutating func repairWord(at start: Int) -> Int {
        let scanned = lookahead?.start == start ? lookahead! : scanWord(from: start)
        lookahead = nil
        let end = scanned.end
        // The common case, decided by lookups alone: a word that stays as it is and no word after it
        // that it could join.
        if !scanned.needsCleaning, let known = scanned.known, known.repair == -1 {
            guard end + 1 < scalars.count, PersianLetters.isSpace(scalars[end]), PersianLetters.isLetter(scalars[end + 1]) else {
                return end
            }
            let next = scanWord(from: end + 1)
            if !next.needsCleaning && !analyzer.mayJoin(firstKey: scanned.key, firstRole: known.role, secondKey: next.key,
                                                        secondRole: next.known?.role ?? analyzer.joinRole(of: next.key)) {
                lookahead = next
                return end
            }
        }
        var changed = false
        var word: ArraySlice<Unicode.Scalar> = scalars[start..<end]
        var wordKey = scanned.key
        if scanned.needsCleaning {
            word = cleaned(start..<end)[...]
            wordKey = WordKey(word)
            changed = true
        }
        if !word.contains(PersianLetters.zwnj) {
            var index: Int32
            if let known = scanned.needsCleaning ? repairs.table[wordKey] : scanned.known {
                index = known.repair
            } else if let repaired = analyzer.repaired(word, key: wordKey, damage: repairs.damage) {
                repairs.repairs.append(Self.withoutStrayZWNJ(repaired))
                index = Int32(repairs.repairs.count - 1)
                repairs.table[wordKey] = PersianRepairMemo.Entry(repair: index, role: analyzer.joinRole(of: wordKey))
            } else {
                index = -1
                repairs.table[wordKey] = PersianRepairMemo.Entry(repair: index, role: analyzer.joinRole(of: wordKey))
            }
            if index >= 0 {
                word = repairs.repairs[Int(index)][...]
                wordKey = WordKey(word)
                changed = true
            }
        }
        var consumedEnd = end
        // A detached suffix or verb after one space: دانشگاه ها, منطقه ای, می تواند, بین الملل; and
        // then what may join the word so made (خوش بینانه ای).
        while consumedEnd + 1 < scalars.count, PersianLetters.isSpace(scalars[consumedEnd]),
              PersianLetters.isLetter(scalars[consumedEnd + 1]) {
            let next = scanWord(from: consumedEnd + 1)
            let nextWord = next.needsCleaning ? cleaned(next.start..<next.end)[...] : scalars[next.start..<next.end]
            let nextKey = next.needsCleaning ? WordKey(nextWord) : next.key
            guard analyzer.mayJoin(firstKey: wordKey, secondKey: nextKey),
                  let joined = analyzer.joined(word, nextWord, firstKey: wordKey, secondKey: nextKey, damage: repairs.damage) else {
                lookahead = next
                break
            }
            word = Self.withoutStrayZWNJ(joined)[...]
            wordKey = WordKey(word)
            consumedEnd = next.end
            changed = true
        }
        if changed { emit(original: start..<consumedEnd, replacement: Array(word)) }
        return consumedEnd
    }

    /// A word found by `scanWord`: where it ends, whether its ZWNJs need cleaning, and the key of its
    /// scalars as written.
    private struct ScannedWord {
        let start: Int
        let end: Int
        let needsCleaning: Bool
        let key: WordKey
        /// What the memo knows of the word as written, if it has seen it.
        let known: PersianRepairMemo.Entry?
    }

    /// The word after a space, scanned while deciding on a join, kept for when its turn comes.
    private var lookahead: ScannedWord?

    /// Scans the word at `start` once: its end, whether it holds a ZWNJ or U+00AC, and its key.
    private func scanWord(from start: Int) -> ScannedWord {
        scalars.withUnsafeBufferPointer { buffer in
            var end = start
            var needsCleaning = false
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while end < buffer.count {
                let scalar = buffer[end]
                if PersianLetters.isLetter(scalar) {
                } else if scalar == PersianLetters.zwnj || (scalar == PersianLetters.notSign && isWordScalar(at: end)) {
                    needsCleaning = true
                } else {
                    break
                }
                hash ^= UInt64(scalar.value)
                hash &*= 0x0000_0100_0000_01b3
                end += 1
            }
            let key = WordKey(hashValue: hash)
            return ScannedWord(start: start, end: end, needsCleaning: needsCleaning, key: key, known: repairs.table[key])
        }
    }

    /// `word` without a ZWNJ after a letter that does not join (which would change nothing visible).
    private static func withoutStrayZWNJ(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(word.count)
        for scalar in word {
            if scalar == PersianLetters.zwnj, let last = result.last, !PersianLetters.joinsNext(last) { continue }
            result.append(scalar)
        }
        return result
    }

    /// Writes `replacement` for `original`, aligning the two so that only the separators that
    /// changed (ZWNJ, U+00AC, a space) are recorded as edits.
    private mutating func emit(original: Range<Int>, replacement: [Unicode.Scalar]) {
        var source = original.lowerBound
        var target = 0
        while source < original.upperBound || target < replacement.count {
            if source < original.upperBound, target < replacement.count, scalars[source] == replacement[target] {
                source += 1
                target += 1
                continue
            }
            rewriter.copy(upTo: source)
            if target < replacement.count, replacement[target] == Self.zwnj {
                if source < original.upperBound, scalars[source] == PersianLetters.notSign || PersianLetters.isSpace(scalars[source]) {
                    rewriter.replace(upTo: source + 1, with: [Self.zwnj])
                    source += 1
                } else {
                    rewriter.insert([Self.zwnj])
                }
                target += 1
            } else if source < original.upperBound {
                rewriter.replace(upTo: source + 1, with: [])
                source += 1
            } else {
                // Nothing left of the original to align with: insert the rest.
                rewriter.insert(replacement[target...])
                target = replacement.count
            }
        }
        rewriter.copy(upTo: original.upperBound)
    }

    // MARK: Punctuation

    private mutating func spaceRun(at start: Int) -> Int {
        var end = start
        while end < scalars.count && PersianLetters.isSpace(scalars[end]) { end += 1 }
        let previous = start > 0 ? scalars[start - 1] : nil
        let next = end < scalars.count ? scalars[end] : nil
        let afterText = previous.map { $0 != "\n" } ?? false
        if afterText, let next, Self.isClosingMark(next) {
            rewriter.copy(upTo: start)
            rewriter.replace(upTo: end, with: [])
        } else if previous == "«", next != nil, next != "\n" {
            rewriter.copy(upTo: start)
            rewriter.replace(upTo: end, with: [])
        } else if let previous, Self.isClosingMark(previous), end - start > 1, next != nil, next != "\n" {
            rewriter.copy(upTo: start)
            rewriter.replace(upTo: end, with: [" "])
        }
        return end
    }

    private mutating func punctuation(at index: Int) -> Int {
        let scalar = scalars[index]
        if scalar == "«" {
            if index > 0, PersianLetters.isLetter(scalars[index - 1]) {
                rewriter.copy(upTo: index)
                rewriter.insert([" "])
            }
        } else if index + 1 < scalars.count, PersianLetters.isLetter(scalars[index + 1]) {
            rewriter.copy(upTo: index + 1)
            rewriter.insert([" "])
        }
        return index + 1
    }

    // MARK: Digits

    /// Converts a run of digits that stands in Persian text to the digit policy's digits.
    private mutating func applyDigitPolicy(at start: Int) -> Int {
        var end = start
        while end < scalars.count && PersianLetters.isDigit(scalars[end]) { end += 1 }
        guard isInPersianText(start..<end) else { return end }
        for index in start..<end {
            let value = PersianLetters.digitValue(scalars[index])
            let converted = Unicode.Scalar(options.digits == .latin ? 0x30 + value : 0x06F0 + value)!
            if converted != scalars[index] {
                rewriter.copy(upTo: index)
                rewriter.replace(upTo: index + 1, with: [converted])
            }
        }
        return end
    }

    /// True when the token around `digits` has no Latin letters and no URL or e-mail punctuation, and
    /// the nearest letters on the same line are Persian on one side and not Latin on the other.
    private func isInPersianText(_ digits: Range<Int>) -> Bool {
        var tokenStart = digits.lowerBound
        while tokenStart > 0 && !scalars[tokenStart - 1].properties.isWhitespace { tokenStart -= 1 }
        var tokenEnd = digits.upperBound
        while tokenEnd < scalars.count && !scalars[tokenEnd].properties.isWhitespace { tokenEnd += 1 }
        for index in tokenStart..<tokenEnd {
            let scalar = scalars[index]
            if PersianLetters.isLatinLetter(scalar) || scalar == "@" || scalar == "_" { return false }
        }
        let left = nearestLetter(from: digits.lowerBound - 1, step: -1)
        let right = nearestLetter(from: digits.upperBound, step: 1)
        let isPersian = { (scalar: Unicode.Scalar?) in scalar.map(PersianLetters.isLetter) ?? false }
        let isLatin = { (scalar: Unicode.Scalar?) in scalar.map(PersianLetters.isLatinLetter) ?? false }
        return (isPersian(left) || isPersian(right)) && !isLatin(left) && !isLatin(right)
    }

    private func nearestLetter(from start: Int, step: Int) -> Unicode.Scalar? {
        var index = start
        var seen = 0
        while index >= 0 && index < scalars.count && seen < 64 {
            let scalar = scalars[index]
            if scalar == "\n" { return nil }
            if PersianLetters.isLetter(scalar) || PersianLetters.isLatinLetter(scalar) { return scalar }
            index += step
            seen += 1
        }
        return nil
    }
}
