internal import CICU

/// Text boundaries through ICU's break iterators (`ubrk`): sentences and words, by the rules of a
/// locale, as offsets in Unicode scalars.
public enum ICUBreaks {
    public enum Kind: Sendable {
        case word, sentence
    }

    /// What ICU says of a word segment: a word of letters, a number, or neither (spaces and
    /// punctuation).
    public enum WordStatus: Sendable, Equatable {
        case letters, number, none
    }

    /// The segments of `text` as scalar ranges, with ICU's status for words.
    public static func segments(_ text: String, kind: Kind, locale: String) -> [(range: Range<Int>, status: WordStatus)] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        // UTF-16 offset → scalar offset.
        var scalarIndex = [Int](repeating: 0, count: units.count + 1)
        var scalar = 0
        var unit = 0
        for value in text.unicodeScalars {
            let width = value.utf16.count
            for k in 0..<width { scalarIndex[unit + k] = scalar }
            unit += width
            scalar += 1
        }
        scalarIndex[units.count] = scalar
        var status = U_ZERO_ERROR
        var result: [(Range<Int>, WordStatus)] = []
        units.withUnsafeBufferPointer { buffer in
            guard let iterator = pz_ubrk_open(kind == .word ? UBRK_WORD : UBRK_SENTENCE, locale, buffer.baseAddress,
                                              Int32(buffer.count), &status),
                  status.rawValue <= U_ZERO_ERROR.rawValue else { return }
            defer { pz_ubrk_close(iterator) }
            var start = Int(pz_ubrk_first(iterator))
            while true {
                let end = Int(pz_ubrk_next(iterator))
                if end == Int(UBRK_DONE) { break }
                let rule = pz_ubrk_getRuleStatus(iterator)
                let wordStatus: WordStatus
                switch rule {
                case Int32(UBRK_WORD_NUMBER.rawValue)..<Int32(UBRK_WORD_NUMBER_LIMIT.rawValue): wordStatus = .number
                case Int32(UBRK_WORD_LETTER.rawValue)..<Int32(UBRK_WORD_IDEO_LIMIT.rawValue): wordStatus = .letters
                default: wordStatus = .none
                }
                result.append((scalarIndex[start]..<scalarIndex[end], kind == .word ? wordStatus : .none))
                start = end
            }
        }
        return result
    }
}
