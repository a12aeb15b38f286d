/// Reads the parts of front-matter blocks: the author names of a byline (marked up, or "By A, B and
/// C"), with the markers after them (`¹`, `*`); the affiliations and e-mail addresses of an
/// affiliation line, each under its marker; the keywords of a keywords block.
enum HTMLBylineParser {
    struct Part: Equatable {
        var range: Range<Int>
        /// The marker as printed, e.g. `1`, `*`, `1,*`.
        var marker: String?
    }

    /// The author names of a byline block.
    static func names(_ draft: HTMLBlockDraft) -> [Part] {
        let scalars = draft.scalars
        let markers = draft.ranges(of: .marker)
        var names = draft.ranges(of: .authorName)
        if names.isEmpty {
            let start = HTMLTextPatterns.bylineNamesStart(scalars) ?? 0
            var end = scalars.count
            let times = draft.captured.filter { if case .time = $0.capture { true } else { false } }
            if let time = times.first?.range, time.lowerBound > start { end = time.lowerBound }
            if let stop = scalars[start..<end].firstIndex(where: { "·|—\n".unicodeScalars.contains($0) }) { end = stop }
            names = NameList.pieces(Array(scalars[..<end]), from: start)
        }
        return names.compactMap { name -> Part? in
            let marker = markers.first { $0.lowerBound >= name.lowerBound && $0.lowerBound <= name.upperBound + 1 }
            var end = marker.map { min($0.lowerBound, name.upperBound) } ?? name.upperBound
            while end > name.lowerBound, !isNameEnd(scalars[end - 1]) { end -= 1 }
            var start = name.lowerBound
            while start < end, !scalars[start].properties.isAlphabetic { start += 1 }
            guard start < end, end - start <= 80 else { return nil }
            return Part(range: start..<end, marker: marker.map { text(scalars, $0) })
        }
    }

    /// The affiliations of an affiliation (or byline) block, one per marker, or the whole block when
    /// it has none; and the e-mail addresses in it, each under the marker before it. A part holding
    /// an e-mail address ("Corresponding author: …") is not an affiliation.
    static func affiliations(_ draft: HTMLBlockDraft) -> (affiliations: [Part], emails: [Part]) {
        let scalars = draft.scalars
        let markers = draft.ranges(of: .marker)
        var parts: [Part] = []
        if markers.isEmpty {
            parts = [Part(range: 0..<scalars.count, marker: nil)]
        } else {
            if let first = markers.first, first.lowerBound > 0 { parts.append(Part(range: 0..<first.lowerBound)) }
            for (index, marker) in markers.enumerated() {
                let end = index + 1 < markers.count ? markers[index + 1].lowerBound : scalars.count
                parts.append(Part(range: marker.upperBound..<end, marker: text(scalars, marker)))
            }
        }
        var affiliations: [Part] = [], emails: [Part] = []
        for part in parts {
            let found = HTMLTextPatterns.emailRanges(Array(scalars[part.range]))
            if found.isEmpty {
                if let trimmed = trim(part.range, in: scalars) { affiliations.append(Part(range: trimmed, marker: part.marker)) }
            } else {
                emails += found.map {
                    Part(range: ($0.lowerBound + part.range.lowerBound)..<($0.upperBound + part.range.lowerBound),
                         marker: part.marker)
                }
            }
        }
        return (affiliations, emails)
    }

    /// The keywords of a keywords block: the marked-up items, or the list after its label.
    static func keywords(_ draft: HTMLBlockDraft) -> [Range<Int>] {
        let marked = draft.ranges(of: .keyword).compactMap { trim($0, in: draft.scalars) }
        if !marked.isEmpty { return marked }
        let start = HTMLTextPatterns.label(draft.scalars)?.end ?? 0
        return HTMLTextPatterns.keywordRanges(draft.scalars, from: start)
    }

    private static func isNameEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar == "." || scalar == ")"
    }

    /// `range` without surrounding spaces and list punctuation; nil when nothing is left.
    private static func trim(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound
        let edge: (Unicode.Scalar) -> Bool = { $0.isLayoutSpace || ",;،؛".unicodeScalars.contains($0) }
        while start < end, edge(scalars[start]) { start += 1 }
        while end > start, edge(scalars[end - 1]) || scalars[end - 1] == "." { end -= 1 }
        return start < end ? start..<end : nil
    }

    private static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range])).split(whereSeparator: { $0 == " " }).joined()
    }
}
