import PardazModel

/// A person named elsewhere in the same text by one word of a full name found in it: "Xi" after
/// "Xi Jinping", "Garver" after "John Garver". The tagger reads a sentence at a time and misses
/// some of these; the document as a whole says who they are.
///
/// English only. A word counts when it is the first or last word of a full name (two words or
/// more), has two letters or more, is no title, description or gazetteer name, is nowhere in the
/// text in small letters ("Strange", "Worth"), and stands alone: not at a sentence's start, not
/// next to another capitalized word (part of another name), not inside a mention found; the tagger's
/// one-word organization that is such a word becomes the person.
public enum PersonNameParts {
    /// `mentions` with the name parts added (method `document`; and organizations that are such
    /// parts made persons), found within `ranges` of `text` (the English parts read for names), in
    /// reading order.
    public static func adding(to mentions: [EntityMention], in text: String, within ranges: [TextRange]) -> [EntityMention] {
        let scalars = Array(text.unicodeScalars)
        var parts = Set<String>()
        for mention in mentions where mention.type == .person && mention.language == "en" {
            let words = mention.text.split(separator: " ")
            guard words.count >= 2 else { continue }
            for word in [words.first!, words.last!] where isCandidate(word) { parts.insert(String(word)) }
        }
        guard !parts.isEmpty else { return mentions }
        // Words the text writes in small letters somewhere are words, not only names.
        var lowercase = Set<String>()
        text.forEachPiece(separatedBy: { !$0.isLetter }) { word in
            if word.first?.isLowercase == true { lowercase.insert(String(word)) }
        }
        parts = parts.filter { !lowercase.contains($0.lowercased()) }
        // The tagger's one-word organization that is such a word is the person: "Garver's view".
        var mentions = mentions
        for index in mentions.indices where mentions[index].type == .organization && mentions[index].method == "tagger"
            && mentions[index].language == "en" && parts.contains(mentions[index].text) {
            mentions[index].type = .person
        }
        var covered = [Bool](repeating: false, count: scalars.count)
        for mention in mentions where mention.range.end <= scalars.count {
            for k in mention.range.start..<mention.range.end { covered[k] = true }
        }
        var added: [EntityMention] = []
        for range in ranges where range.end <= scalars.count {
            var k = range.start
            while k < range.end {
                guard scalars[k].properties.isAlphabetic else {
                    k += 1
                    continue
                }
                let start = k
                while k < range.end && scalars[k].properties.isAlphabetic { k += 1 }
                let word = String(String.UnicodeScalarView(scalars[start..<k]))
                guard parts.contains(word), !covered[start..<k].contains(true),
                      !(k < range.end && scalars[k] == "-") && !(start > range.start && scalars[start - 1] == "-"),
                      case let before = neighbour(scalars, from: start - 1, step: -1, within: range),
                      !before.capitalized, !before.sentenceEnd,
                      !neighbour(scalars, from: k, step: 1, within: range).capitalized else { continue }
                added.append(EntityMention(type: .person, language: "en", range: TextRange(start, k), text: word, method: "document"))
            }
        }
        return (mentions + added).sorted { $0.range < $1.range }
    }

    /// Whether a word of a full name may name its person alone.
    private static func isCandidate(_ word: Substring) -> Bool {
        guard word.count >= 2, word.allSatisfy(\.isLetter), word.first!.isUppercase, word.dropFirst().contains(where: \.isLowercase) else {
            return false
        }
        let lower = word.lowercased()
        if EntityExtractor.titles.contains(lower) || EntityExtractor.personTitles.contains(lower) || EntityExtractor.demonyms.contains(lower)
            || EntityExtractor.capitalizedFunctionWords.contains(String(word)) || EntityExtractor.particles.contains(lower) {
            return false
        }
        return Gazetteer.shipped.matches(keys: [Gazetteer.key(String(word))], language: "en").isEmpty
    }

    /// The word or mark next to a word, past spaces: whether it is a capitalized word, and whether it
    /// ends a sentence (or there is nothing, the range's edge, which counts as a sentence's start).
    private static func neighbour(_ scalars: [Unicode.Scalar], from index: Int, step: Int,
                                  within range: TextRange) -> (capitalized: Bool, sentenceEnd: Bool) {
        var k = index
        while k >= range.start && k < range.end && scalars[k] == " " { k += step }
        guard k >= range.start && k < range.end else { return (false, true) }
        let scalar = scalars[k]
        if scalar == "\n" { return (false, true) }
        if [".", "!", "?", ":"].contains(scalar) { return (false, true) }
        if scalar.properties.isAlphabetic {
            // The first letter of the word there.
            var first = k
            if step < 0 { while first - 1 >= range.start && scalars[first - 1].properties.isAlphabetic { first -= 1 } }
            return (scalars[first].properties.isUppercase, false)
        }
        return (false, false)
    }
}
