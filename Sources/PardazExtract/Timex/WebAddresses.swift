import PardazModel

/// Where a text holds web and e-mail addresses, whose digits are no dates
/// (`http://example.org/blog/2014/jan/29/…`): each run of non-space characters with `://`, starting
/// with `www.`, or holding an `@` between letters, as a range of Unicode scalars.
enum WebAddresses {
    static func ranges(in scalars: [Unicode.Scalar]) -> [TextRange] {
        var ranges: [TextRange] = []
        var start = 0
        func close(_ end: Int) {
            guard end > start else { return }
            let chunk = scalars[start..<end]
            // Most runs are words: only one with ":", "@" or a "www" looked at closer.
            guard chunk.contains(where: { $0 == ":" || $0 == "@" || $0 == "w" || $0 == "W" }) else { return }
            let text = String(String.UnicodeScalarView(chunk)).lowercased()
            let address = text.contains("://") || text.hasPrefix("www.") || text.dropFirst().hasPrefix("www.")
                || (text.contains("@") && text.split(separator: "@").count == 2 && text.contains("."))
            if address { ranges.append(TextRange(start, end)) }
        }
        for (index, scalar) in scalars.enumerated() where scalar.properties.isWhitespace {
            close(index)
            start = index + 1
        }
        close(scalars.count)
        return ranges
    }

    /// `expressions` without those inside an address of `scalars`.
    static func removing(_ expressions: [TemporalExpression], in scalars: [Unicode.Scalar]) -> [TemporalExpression] {
        let addresses = ranges(in: scalars)
        guard !addresses.isEmpty else { return expressions }
        return expressions.filter { expression in
            !addresses.contains { $0.start < expression.range.end && expression.range.start < $0.end }
        }
    }
}
