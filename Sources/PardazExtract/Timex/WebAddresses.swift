import PardazModel

/// Web and e-mail addresses, whose digits are no dates (`http://example.org/news/2019/mar/04/…`): a
/// run of non-space characters with `://`, starting with `www.`, or holding one `@` and a dot.
enum WebAddresses {
    /// Whether the run of non-space characters of `scalars` around `range` is an address.
    static func contains(_ range: TextRange, in scalars: [Unicode.Scalar]) -> Bool {
        @inline(__always) func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" : scalar.properties.isWhitespace
        }
        var start = range.start, end = range.end
        while start > 0 && !isSpace(scalars[start - 1]) { start -= 1 }
        while end < scalars.count && !isSpace(scalars[end]) { end += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
        return text.contains("://") || text.hasPrefix("www.") || text.dropFirst().hasPrefix("www.")
            || (text.split(separator: "@", omittingEmptySubsequences: false).count == 2 && text.contains("."))
    }

    /// `expressions` without those inside an address of `scalars`.
    static func removing(_ expressions: [TemporalExpression], in scalars: [Unicode.Scalar]) -> [TemporalExpression] {
        expressions.filter { !contains($0.range, in: scalars) }
    }
}
