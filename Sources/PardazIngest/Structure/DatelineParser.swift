import PardazModel

/// Reads the dates a paper or news page prints in its front matter, each after its label:
/// "(Received 3 May 2014 Accepted 9 October 2014)", "Received: 2014-05-03", "Pages 454-480 |
/// Received 20 May 2020, Accepted 08 Sep 2020, Published online: 20 Sep 2020", «تاریخ دریافت:
/// ۱۳۹۳/۰۲/۱۳ تاریخ پذیرش: ۱۳۹۳/۰۷/۱۷», «تاریخ انتشار: ۰۷ مرداد ۱۳۹۹ - ۱۸:۱۹». The labels are
/// `DatelineLabels`, the date forms those of `DatePhraseParser`. Solar Hijri dates are converted to
/// Gregorian through ICU's Persian calendar and keep their original value.
enum DatelineParser {
    struct Found: Sendable, Equatable {
        var kind: DocumentDate.Kind
        /// Scalar range of the date (label excluded) within the parsed text.
        var range: Range<Int>
        var when: String
        var calendar: String
        var original: String?
        /// Scalar range of the label that introduced the date.
        var labelRange: Range<Int>
    }

    /// How many words may stand between a label and its date ("Published on …", "Accepted for
    /// publication …", «تاریخ دریافت مقاله: …»).
    static let maximumLead = 3

    /// Every labelled date in `text`.
    static func dates(in text: String) -> [Found] {
        let scalars = Array(text.unicodeScalars)
        let hits = labels(in: scalars)
        let order = NumericDateOrder.of(DateTokens.tokens(scalars, from: 0, to: scalars.count))
        var found: [Found] = []
        for (position, hit) in hits.enumerated() {
            let limit = position + 1 < hits.count ? hits[position + 1].range.lowerBound : scalars.count
            let tokens = DateTokens.tokens(scalars, from: hit.range.upperBound, to: limit)
            if let date = DatePhraseParser.first(in: tokens, startWithin: maximumLead + 1, order: order) {
                found.append(Found(kind: hit.kind, range: date.range, when: date.when, calendar: date.calendar,
                                   original: date.original, labelRange: hit.range))
            }
        }
        return found
    }

    /// The first date anywhere between `from` and `to`, with or without a label.
    static func parseDate(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> DatePhrase? {
        let tokens = DateTokens.tokens(scalars, from: from, to: to)
        return DatePhraseParser.first(in: tokens, order: NumericDateOrder.of(tokens))
    }

    /// The labels in `scalars`, longest first where two overlap, in order of position.
    private static func labels(in scalars: [Unicode.Scalar]) -> [(range: Range<Int>, kind: DocumentDate.Kind)] {
        let key = scalars.map(DateTokens.unified)
        var hits: [(range: Range<Int>, kind: DocumentDate.Kind)] = []
        for (label, kind) in DatelineLabels.all {
            var index = 0
            while index < key.count {
                if index == 0 || !key[index - 1].properties.isAlphabetic, let end = match(label, key, at: index),
                   !hits.contains(where: { $0.range.overlaps(index..<end) }) {
                    hits.append((index..<end, kind))
                    index = end
                } else {
                    index += 1
                }
            }
        }
        return hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The end of `label` when it is written at `index` of `key` as a whole word, any run of spaces
    /// standing for each of its spaces.
    private static func match(_ label: [Unicode.Scalar], _ key: [Unicode.Scalar], at index: Int) -> Int? {
        var position = index
        for scalar in label {
            if scalar == " " {
                guard position < key.count, key[position].isLayoutSpace else { return nil }
                while position < key.count, key[position].isLayoutSpace { position += 1 }
            } else {
                guard position < key.count, key[position] == scalar else { return nil }
                position += 1
            }
        }
        guard position == key.count || !key[position].properties.isAlphabetic else { return nil }
        return position
    }
}
