/// What academic papers write around names that a tagger trained on news gets wrong: the authors
/// of citations are persons, words inside a quoted title are the title's, and a field of study or
/// a post is no organization. Used by `EntityExtractor` on English text.
enum AcademicText {
    /// Words before "in" or "of" that make the capitalized words after them a field of study
    /// (lowercased, dots left out), and words that begin the name of a post.
    static let degreesAndPosts: Set<String> = [
        "phd", "d", "candidate", "professor", "lecturer", "ma", "ba", "msc", "bsc", "degree", "master", "masters", "bachelor",
        "doctorate", "student", "researcher", "fellow", "studies", "graduate",
    ]
    static let posts: Set<String> = ["assistant", "associate", "professor", "lecturer", "candidate", "researcher", "fellow"]

    /// Words that, all together, name a field of study or of policy ("International Relations",
    /// "Regional Studies", "Military Relations"), not an organization.
    static let fieldWords: Set<String> = [
        "international", "relations", "regional", "studies", "political", "science", "sciences", "economics", "politics",
        "military", "strategic", "security", "defense", "defence", "diplomacy", "foreign", "policy", "public", "affairs",
        "area", "middle", "eastern", "east", "asian", "islamic", "law", "history", "sociology",
    ]

    /// The words such a field's name ends with.
    static let fieldHeads: Set<String> = [
        "relations", "studies", "science", "sciences", "economics", "politics", "diplomacy", "policy", "affairs", "law", "history",
    ]

    /// Whether the tokens name a field of study or a post rather than an organization.
    static func namesAField(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        if posts.contains(tokens[span.lowerBound].text.lowercased()) { return true }
        let words = tokens[span].filter { $0.kind == .word }.map { $0.text.lowercased() }
        if words.count >= 2, words.allSatisfy(fieldWords.contains), let last = words.last, fieldHeads.contains(last) { return true }
        var before = span.lowerBound - 1
        guard before >= 1, ["in", "of"].contains(tokens[before].text) else { return false }
        before -= 1
        while before > 0 && tokens[before].text == "." { before -= 1 }
        let word = tokens[before].text.lowercased().filter { $0 != "." && $0 != "’" && $0 != "'" }
        return degreesAndPosts.contains(word)
    }

    /// The authors of citations: the names in "(Varga, 2009: 15)" and "(Denmark and Holloway,
    /// 2011)", one to three capitalized words each, a name before "and Others", and full names
    /// before the quoted title of their work.
    static func citedAuthors(_ tokens: [Token]) -> [Range<Int>] {
        func isNameWord(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].kind == .word && tokens[index].text.first?.isUppercase == true
                && !EntityExtractor.capitalizedFunctionWords.contains(tokens[index].text)
        }
        func isYear(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].kind == .number && tokens[index].text.prefix(4).allSatisfy(\.isNumber)
                && Int(tokens[index].text.prefix(4)).map { (1800...2099).contains($0) } == true
        }
        var authors: [Range<Int>] = []
        for open in tokens.indices where tokens[open].text == "(" {
            var names: [Range<Int>] = []
            var cursor = open + 1
            while true {
                let start = cursor
                while isNameWord(cursor) && cursor - start < 3 { cursor += 1 }
                guard cursor > start else { break }
                names.append(start..<cursor)
                guard cursor < tokens.count, tokens[cursor].text == "and" || tokens[cursor].text == "&" else { break }
                cursor += 1
            }
            if !names.isEmpty, cursor < tokens.count, tokens[cursor].text == ",", isYear(cursor + 1) { authors += names }
        }
        for index in tokens.indices where index + 2 < tokens.count && isNameWord(index) && tokens[index + 1].text == "and"
            && tokens[index + 2].text == "Others" {
            authors.append(index..<index + 1)
        }
        // Full names before the quoted title of their work: "Anna Ferro and Tomas Lind, “New Rules…”".
        var cursor = 0
        while cursor < tokens.count {
            var names: [Range<Int>] = []
            var end = cursor
            while true {
                let start = end
                while isNameWord(end) && end - start < 3 { end += 1 }
                guard end - start >= 2, Gazetteer.shipped.matches(in: Array(tokens[start..<end]), language: "en").isEmpty else { break }
                names.append(start..<end)
                guard end < tokens.count, tokens[end].text == "and" else { break }
                end += 1
            }
            var after = end + 1
            while after < tokens.count && tokens[after].text == "*" { after += 1 }
            if !names.isEmpty, end < tokens.count, tokens[end].text == ",", after < tokens.count,
               ["“", "\"", "«"].contains(tokens[after].text) {
                authors += names
                cursor = end
            } else {
                cursor += 1
            }
        }
        return authors
    }

    /// Small words inside a title written in title case ("Oman Watched from Delhi").
    static let titleFunctionWords: Set<String> = [
        "from", "with", "and", "of", "in", "the", "for", "to", "on", "between", "a", "an", "at", "against", "after", "over",
        "under", "beyond", "toward", "towards", "versus", "vs",
    ]

    /// The tokens of a title written without quotation marks in a reference: the part between
    /// commas after an author's name (two or three capitalized words after the start, a colon or a
    /// comma) in title case, with a small word in it, when a year, a page or an issue number
    /// follows later in the reference: "Ana Ruiz, Gulf Navies between Rivals, Madrid Institute, 2014".
    static func unquotedTitles(_ tokens: [Token]) -> [Range<Int>] {
        let commas = tokens.indices.filter { tokens[$0].text == "," }
        var titles: [Range<Int>] = []
        for (n, comma) in commas.enumerated() {
            // The author: two or three capitalized words just before the comma, after the start, a
            // colon or a comma.
            var start = comma
            while start > 0, comma - start < 3, tokens[start - 1].kind == .word, tokens[start - 1].text.first?.isUppercase == true,
                  !EntityExtractor.capitalizedFunctionWords.contains(tokens[start - 1].text) {
                start -= 1
            }
            guard comma - start >= 2, start == 0 || [":", ","].contains(tokens[start - 1].text),
                  !tokens[start..<comma].contains(where: { isNameOfAThing($0.text.lowercased()) }) else { continue }
            // The title: up to the next comma.
            let end = n + 1 < commas.count ? commas[n + 1] : tokens.count
            let words = tokens[(comma + 1)..<end].filter { $0.kind == .word }
            let small = words.filter { titleFunctionWords.contains($0.text) }
            let content = words.filter { !titleFunctionWords.contains($0.text) }
            guard words.count >= 3, !small.isEmpty, let first = words.first, first.text.first?.isUppercase == true,
                  !isNameOfAThing(first.text.lowercased()),
                  content.filter({ $0.text.first?.isUppercase == true }).count * 3 >= content.count * 2 else { continue }
            // What follows is a reference's: a year, a page or an issue number.
            let rest = tokens[end...]
            let cited = rest.contains { token in
                (token.kind == .number && token.text.count == 4 && Int(token.text).map { (1800...2099).contains($0) } == true)
                    || ["pp", "p", "No", "Vol"].contains(token.text.filter { $0 != "." })
            }
            if cited { titles.append((comma + 1)..<end) }
        }
        return titles
    }

    /// Whether a word (lowercased) belongs to the name of a field, a plan or an organization rather
    /// than of a person: "Naval Cooperation Plan, Ministry of Defense" is no author and title.
    private static func isNameOfAThing(_ word: String) -> Bool {
        fieldWords.contains(word) || EnglishNamePhrases.organizationHeads.contains(word) || EnglishNamePhrases.headsBeforeOf.contains(word)
    }

    /// The tokens inside quotation marks that hold a title: four words or more, most of them
    /// capitalized.
    static func quotedTitles(_ tokens: [Token]) -> [Range<Int>] {
        var titles: [Range<Int>] = []
        var open: Int?
        for (index, token) in tokens.enumerated() {
            switch token.text {
            case "“": open = index + 1
            case "”", "\"" where open != nil:
                if let start = open {
                    let words = tokens[start..<index].filter { $0.kind == .word && $0.text.count > 1 }
                    let capitalized = words.filter { $0.text.first?.isUppercase == true }.count
                    if words.count >= 4, capitalized * 3 >= words.count * 2 { titles.append(start..<index) }
                }
                open = nil
            case "\"": open = index + 1
            default: break
            }
        }
        return titles
    }

}
