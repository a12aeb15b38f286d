/// Entities read off IOB2 tags (`B-PER`, `I-PER`, `O`): each entity's tokens and type. An `I-` tag
/// that does not continue an entity of its type begins one, as scorers of CoNLL files read it.
enum IOB2 {
    static func spans(_ tags: [String]) -> [(tokens: Range<Int>, type: String)] {
        var result: [(tokens: Range<Int>, type: String)] = []
        var start: Int?
        var type = ""
        for (i, tag) in (tags + ["O"]).enumerated() {
            let continues = tag.hasPrefix("I-") && tag.dropFirst(2) == type
            if !continues, let begun = start {
                result.append((begun..<i, type))
                start = nil
            }
            if tag.hasPrefix("B-") || (tag.hasPrefix("I-") && !continues) {
                start = i
                type = String(tag.dropFirst(2))
            }
        }
        return result
    }
}
