import PardazModel

/// What an English name's own words say about it, where a tagger trained on news guesses wrong:
/// its head word makes it an organization ("Southern Sea Fleet") or no name at all ("the ‘Atlantic
/// Century’"), a place's possessive inside it makes it a phrase unless an organization's head follows
/// ("Egypt's Naval Ambitions", but "Iran's Navy"), the head before "for" or "of" belongs to it
/// ("Center for Maritime and Coastal Studies"), an abbreviation of common words or of a field in
/// parentheses is no name ("Shoulder Launched Missile (SLM)", "International Relations (IR)"), and
/// neither is a people's relations or policy ("Omani Naval Relations"). Used by `EntityExtractor`.
enum EnglishNamePhrases {
    /// Last words that make a name an organization's (lowercased): units, institutions, offices.
    static let organizationHeads: Set<String> = [
        "fleet", "fleets", "navy", "army", "command", "corps", "brigade", "division", "regiment", "battalion", "guard", "guards",
        "force", "forces", "ministry", "council", "university", "institute", "institutes", "center", "centre", "agency",
        "organization", "organisation", "association", "society", "bank", "company", "corporation", "party", "committee",
        "department", "office", "foundation", "academy", "college", "commission", "administration", "group", "service",
        "authority", "bureau", "assembly", "parliament", "congress", "senate", "court", "federation", "alliance",
        "movement", "network", "times", "post", "daily", "press", "journal", "quarterly", "review", "monitor",
    ]

    /// Heads that come before "for", "of" or "on" and the rest of an organization's name: "Center
    /// for …", "Ministry of …", "Council on …" (lowercased).
    static let headsBeforeOf: Set<String> = [
        "center", "centre", "institute", "ministry", "council", "department", "office", "academy", "university", "school",
        "college", "commission", "committee", "bureau", "association", "society", "foundation", "league", "organization",
        "organisation", "union", "federation",
    ]

    /// Last words that make a capitalized phrase a time, an event or a document, not a name:
    /// "Atlantic Century", "Cuban Revolution", "Joint Declaration".
    static let nonNameHeads: Set<String> = [
        "century", "centuries", "age", "era", "decade", "decades", "period", "dynasty", "revolution", "war", "act", "bill",
        "doctrine", "resolution", "communiqué", "communique", "agreement", "accord",
    ]

    /// Last words of a phrase about a people's dealings with another (lowercased), besides a
    /// field's heads (`AcademicText.fieldHeads`).
    static let relationHeads: Set<String> = ["ties", "cooperation", "relationship", "partnership", "rivalry", "strategy", "entente"]

    /// The type a name of these tokens has: an organization where a place was guessed but the last
    /// word is an organization's head, or the name is an abbreviation of three letters or more
    /// ("MEJSS"; the gazetteer gives countries such as "UAE" their type afterwards).
    static func kind(_ kind: EntityMention.Kind, of span: Range<Int>, _ tokens: [Token]) -> EntityMention.Kind {
        guard kind == .location else { return kind }
        let last = tokens[span.upperBound - 1].text
        let abbreviation = span.count == 1 && last.count >= 3 && last.allSatisfy { $0.isUppercase }
        return abbreviation || organizationHeads.contains(last.lowercased()) ? .organization : kind
    }

    /// Whether the tokens, found as an organization or place (`kind`), are a phrase rather than a
    /// name: their last word, or the capitalized word after them, is a time, an event or a document,
    /// their last word is a kind of weapon, or, in an organization's, a place's possessive
    /// inside them is not followed by an organization's head.
    static func isPhrase(_ span: Range<Int>, _ kind: EntityMention.Kind, _ tokens: [Token]) -> Bool {
        let last = tokens[span.upperBound - 1].text.lowercased()
        if nonNameHeads.contains(last) { return true }
        // The first words of a law's or an event's name whose last word the tagger left out: "the
        // 1994 Andean Fisheries Protection Act".
        if span.upperBound < tokens.count, tokens[span.upperBound].text.first?.isUppercase == true,
           nonNameHeads.contains(tokens[span.upperBound].text.lowercased()) { return true }
        // A kind of weapon is no organization or place: "Small Arms" (but "Office of Small Arms").
        if WeaponPatterns.weaponNouns.contains(last), !tokens[span].contains(where: { $0.text == "of" }) { return true }
        // A people's relations, policy or field is a phrase: "Omani Naval Relations", "Chinese
        // Foreign Policy" (but "Council on Foreign Relations" and "European Journal of Asian Studies"
        // are names).
        if EntityExtractor.demonyms.contains(tokens[span.lowerBound].text.lowercased()),
           AcademicText.fieldHeads.contains(last) || relationHeads.contains(last),
           !tokens[span].contains(where: { organizationHeads.contains($0.text.lowercased()) }) { return true }
        guard kind == .organization else { return false }
        // A place's possessive ("China's", not "People's").
        let possessive = tokens[span.lowerBound..<(span.upperBound - 1)].contains { token in
            guard token.text.hasSuffix("'s") || token.text.hasSuffix("’s") else { return false }
            let place = Token(text: String(token.text.dropLast(2)), range: token.range, kind: token.kind)
            return Gazetteer.shipped.matches(in: [place], language: "en").first?.entry.type == .location
        }
        return possessive && !organizationHeads.contains(last)
    }

    /// The span with the head and "for"/"of"/"on" before it taken in: "Center for" + "Maritime and
    /// Coastal Studies".
    static func withHeadBefore(_ span: Range<Int>, _ tokens: [Token]) -> Range<Int> {
        var start = span.lowerBound
        while start >= 2, ["for", "of", "on"].contains(tokens[start - 1].text),
              tokens[start - 2].text.first?.isUppercase == true, headsBeforeOf.contains(tokens[start - 2].text.lowercased()) {
            start -= 2
        }
        return start..<span.upperBound
    }

    /// The capitalized abbreviations in parentheses that abbreviate words no name was found in and
    /// that are common words (all in small letters) or name a kind of weapon: "Shoulder Launched
    /// Missile (SLM)", "Anti Tank Guided Weapons (ATGW)", "shoulder-fired air defense (SFAD)".
    /// `named` tells whether a token is inside a name found.
    static func commonAbbreviations(_ tokens: [Token], named: (Int) -> Bool) -> [Int] {
        var result: [Int] = []
        for index in tokens.indices where index >= 2 && index + 1 < tokens.count && tokens[index - 1].text == "("
            && tokens[index + 1].text == ")" {
            let abbreviation = tokens[index].text
            guard abbreviation.count >= 2, abbreviation.allSatisfy({ $0.isUppercase || $0.isNumber }),
                  let first = abbreviation.first?.lowercased(), let last = abbreviation.last?.lowercased() else { continue }
            let close = index - 1
            guard tokens[close - 1].text.first?.lowercased() == last else { continue }
            // The nearest word before, within eight, that begins with the abbreviation's first letter.
            guard let start = stride(from: close - 1, through: max(0, close - 8), by: -1)
                .first(where: { tokens[$0].kind == .word && tokens[$0].text.first?.lowercased() == first }) else { continue }
            let words = tokens[start..<close].filter { $0.kind == .word }
            guard !(start..<close).contains(where: named) else { continue }
            let lastWord = words.last!.text.lowercased()
            if words.allSatisfy({ $0.text.first?.isLowercase == true }) || WeaponPatterns.weaponNouns.contains(lastWord)
                || AcademicText.namesAField(start..<close, tokens) {
                result.append(index)
            }
        }
        return result
    }
}
