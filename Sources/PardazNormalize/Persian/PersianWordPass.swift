import PardazModel

/// The second pass of the Persian normalizer, over words: ZWNJ repair, punctuation spacing and the
/// digit policy. Every change is written through a `ScalarRewriter`, scalar by scalar.
struct PersianWordPass {
    let scalars: [Unicode.Scalar]
    let options: PersianNormalizerOptions
    let analyzer: PersianWordAnalyzer
    private var rewriter: ScalarRewriter

    init(scalars: [Unicode.Scalar], options: PersianNormalizerOptions, analyzer: PersianWordAnalyzer) {
        self.scalars = scalars
        self.options = options
        self.analyzer = analyzer
        rewriter = ScalarRewriter(scalars)
    }

    private static let closingMarks: Set<Unicode.Scalar> = ["،", "؛", "؟", "»"]
    private static let zwnj = PersianLetters.zwnj

    mutating func run() -> ([Unicode.Scalar], OffsetMap) {
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if options.repairZWNJ && isWordScalar(at: index) {
                index = repairWord(at: index)
            } else if options.digits != .keep && PersianLetters.isDigit(scalar) {
                index = applyDigitPolicy(at: index)
            } else if options.spacePunctuation && PersianLetters.isSpace(scalar) {
                index = spaceRun(at: index)
            } else if options.spacePunctuation && (Self.closingMarks.contains(scalar) || scalar == "«") {
                index = punctuation(at: index)
            } else {
                index += 1
            }
        }
        return rewriter.finish()
    }

    // MARK: Words and ZWNJ

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

    private func wordEnd(from start: Int) -> Int {
        var end = start
        while end < scalars.count && (PersianLetters.isLetter(scalars[end]) || scalars[end] == PersianLetters.zwnj
                                      || (scalars[end] == PersianLetters.notSign && isWordScalar(at: end))) {
            end += 1
        }
        return end
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
        let end = wordEnd(from: start)
        var word = cleaned(start..<end)
        if !word.contains(PersianLetters.zwnj), let repaired = analyzer.repaired(String(scalars: word)) {
            word = Array(repaired.unicodeScalars)
        }
        var consumedEnd = end
        // A detached suffix or verb after one space: دانشگاه ها, منطقه ای, می تواند, بین الملل.
        if end < scalars.count, PersianLetters.isSpace(scalars[end]), end + 1 < scalars.count,
           PersianLetters.isLetter(scalars[end + 1]) {
            let nextEnd = wordEnd(from: end + 1)
            let next = cleaned(end + 1..<nextEnd)
            if let joined = joined(word, next) {
                word = joined
                consumedEnd = nextEnd
            }
        }
        emit(original: start..<consumedEnd, replacement: word)
        return consumedEnd
    }

    private func joined(_ word: [Unicode.Scalar], _ next: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let first = String(scalars: word), second = String(scalars: next)
        let separator: [Unicode.Scalar] = PersianLetters.joinsNext(word.last!) ? [Self.zwnj] : []
        if (first == "می" || first == "نمی") && !next.contains(Self.zwnj) && analyzer.isVerbAfterDetachedPrefix(second) {
            return word + [Self.zwnj] + next
        }
        if analyzer.isDetachedSuffix(second, after: first) { return word + separator + next }
        if let compound = analyzer.compound(first, second) { return Array(compound.unicodeScalars) }
        return nil
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
        if afterText, let next, Self.closingMarks.contains(next) {
            rewriter.copy(upTo: start)
            rewriter.replace(upTo: end, with: [])
        } else if previous == "«", next != nil, next != "\n" {
            rewriter.copy(upTo: start)
            rewriter.replace(upTo: end, with: [])
        } else if let previous, Self.closingMarks.contains(previous), end - start > 1, next != nil, next != "\n" {
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
