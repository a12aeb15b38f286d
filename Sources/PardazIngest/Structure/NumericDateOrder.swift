/// Whether a numeric date with the year last puts the day or the month first.
///
/// 26/04/2021 can only be day first and 04/26/2021 only month first; a date with dots (26.04.2021)
/// is day first, as the places that write dots write it. 03/05/2021 is either: it is read only when
/// another date of the same line settles the order, and is left unread otherwise.
enum NumericDateOrder: Sendable, Equatable {
    case dayFirst, monthFirst

    /// The order one date shows by itself, if it shows one.
    static func of(day first: Int, month second: Int, dotted: Bool) -> NumericDateOrder? {
        if first > 12, second <= 12 { return .dayFirst }
        if second > 12, first <= 12 { return .monthFirst }
        if first == second || dotted { return .dayFirst }
        return nil
    }

    /// The order the Gregorian numeric dates among `tokens` agree on, if they show one and only one.
    static func of(_ tokens: [DateToken]) -> NumericDateOrder? {
        var seen = Set<String>()
        var found: NumericDateOrder?
        for token in tokens {
            guard let parts = parts(token.text), !parts.yearFirst, parts.values[2] >= 1700,
                  let order = of(day: parts.values[0], month: parts.values[1], dotted: parts.separator == "."),
                  parts.values[0] != parts.values[1] else { continue }
            seen.insert(order == .dayFirst ? "d" : "m")
            found = order
        }
        return seen.count == 1 ? found : nil
    }

    /// The three numbers of a numeric date, with the year (four digits) first or last, and the
    /// separator, which is the same between all three.
    static func parts(_ text: String) -> (values: [Int], yearFirst: Bool, separator: Character)? {
        guard let separator = text.first(where: { $0 == "-" || $0 == "/" || $0 == "." }) else { return nil }
        let pieces = text.split(separator: separator, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } })
        else { return nil }
        let values = pieces.compactMap { Int($0) }
        if pieces[0].count == 4, pieces[1].count <= 2, pieces[2].count <= 2 { return (values, true, separator) }
        if pieces[2].count == 4, pieces[0].count <= 2, pieces[1].count <= 2 { return (values, false, separator) }
        return nil
    }
}
