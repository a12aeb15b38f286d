import PardazModel

/// Weapon and platform names found by their form, which the training data has too few of to learn:
/// model designations ("C-802", "HY-2 Silkworm", "S-300", "M-9s") in a sentence about weapons,
/// quoted names before a weapon noun ("the “Kowsar” coastal missile"), and ship names
/// after a ship type ("the frigate Alvand", "supply ship Bushehr").
enum WeaponPatterns {
    /// Nouns that make a sentence about weapons, and that follow a weapon's name.
    static let weaponNouns: Set<String> = [
        "missile", "missiles", "rocket", "rockets", "torpedo", "torpedoes", "drone", "drones", "system", "systems",
        "aircraft", "fighter", "fighters", "jet", "jets", "bomber", "bombers", "helicopter", "helicopters", "tank",
        "tanks", "radar", "radars", "launcher", "launchers", "variant", "variants", "version", "sam", "sams",
        "ship", "ships", "frigate", "frigates", "destroyer", "destroyers", "submarine", "submarines", "warship",
        "warships", "vessel", "vessels", "corvette", "corvettes", "boat", "boats", "weapon", "weapons", "arms", "artillery", "munitions",
    ]

    /// Ship types after which a capitalized word is the ship's name.
    static let shipTypes: Set<String> = [
        "destroyer", "frigate", "corvette", "submarine", "carrier", "warship", "cruiser", "vessel", "tanker", "ship",
    ]

    /// Words between a weapon's name and its noun ("Kowsar coastal cruise missile"); none of them is
    /// a name itself ("Surface").
    static let modifiers: Set<String> = [
        "anti", "ship", "cruise", "ballistic", "surface", "air", "to", "long", "medium", "short", "range", "guided",
        "tactical", "coastal", "fast", "patrol", "defense", "defence", "naval", "land", "attack", "strike", "sea", "skimming", "class",
    ]

    /// Words after which a weapon's given name follows ("called the Fajr 5").
    static let namingWords: Set<String> = ["called", "named", "renamed", "dubbed", "designated"]

    /// Capitalized words that follow a ship type without being a name.
    static let notNames: Set<String> = ["The", "In", "And", "Of", "To", "For", "With", "From", "On", "At", "By", "As"]

    /// The weapon names in `sentence`, as ranges of the text its tokens' ranges are in.
    static func mentions(in sentence: Sentence) -> [TextRange] {
        let tokens = sentence.tokens
        let lower = tokens.map { $0.text.lowercased() }
        guard lower.contains(where: { weaponNouns.contains($0) || $0.hasSuffix("-ship") }) else { return [] }
        func text(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }
        /// Whether tokens i and j touch (no space between them).
        func touching(_ i: Int, _ j: Int) -> Bool { tokens[i].range.end == tokens[j].range.start }
        func capitalized(_ i: Int) -> Bool {
            i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].text.first!.isUppercase
                && !notNames.contains(tokens[i].text)
        }
        /// Whether token i could be a weapon's name: not a demonym ("Chinese missiles"), a possessive
        /// or a gazetteer name.
        func plainName(_ i: Int) -> Bool {
            !EntityExtractor.demonyms.contains(lower[i]) && !modifiers.contains(lower[i]) && !weaponNouns.contains(lower[i]) && !tokens[i].text.contains("'") && !tokens[i].text.contains("’")
                && Gazetteer.shipped.matches(in: [tokens[i]], language: "en").isEmpty
        }
        /// Whether a weapon noun follows token i within three words ("medium-range ballistic missile").
        func weaponNounAfter(_ i: Int) -> Bool {
            var j = i + 1, words = 0
            while j < tokens.count && words < 6 {
                if weaponNouns.contains(lower[j]) { return true }
                if tokens[j].kind == .punctuation && tokens[j].text != "-" { return false }
                words += 1
                j += 1
            }
            return false
        }
        /// Whether a weapon noun follows token i with only modifiers between ("medium-range coastal
        /// missile"): a quoted word with the noun further off is someone's word ("said “No” to the missile").
        func weaponNounRightAfter(_ i: Int) -> Bool {
            var j = i + 1
            while j < tokens.count && (tokens[j].text == "-" || modifiers.contains(lower[j])) { j += 1 }
            return j < tokens.count && weaponNouns.contains(lower[j])
        }
        var found: [TextRange] = []
        var i = 0
        while i < tokens.count {
            // A designation: capital letters, an optional hyphen, digits, an optional letter or two and
            // a plural s, written as one piece: C-802, HY-2, HQ9, QW-1M, M-9s.
            if let end = designationEnd(tokens, from: i, touching: touching) {
                var last = end
                // A name after the designation: "C-802 Saccade coastal missiles".
                if capitalized(end + 1), !touching(end, end + 1), !(end + 2 < tokens.count && touching(end + 1, end + 2)),
                   !weaponNouns.contains(lower[end + 1]), weaponNounAfter(end + 1) {
                    last = end + 1
                }
                found.append(TextRange(tokens[i].range.start, tokens[last].range.end))
                i = last + 1
                continue
            }
            // A quoted name before a weapon noun: “Noor”, “Raad or Thunder” (two names), and the
            // quoted names listed before it (“Fajr” and “Zelzal” rockets).
            if ["“", "\"", "«"].contains(tokens[i].text) {
                var j = i
                var names: [Int] = []
                var isWeapon = false
                while j < tokens.count, ["“", "\"", "«"].contains(tokens[j].text) {
                    var k = j + 1
                    var quoted: [Int] = []
                    while k < tokens.count && (capitalized(k) || lower[k] == "or") {
                        if capitalized(k) { quoted.append(k) }
                        k += 1
                    }
                    guard !quoted.isEmpty, k < tokens.count, ["”", "\"", "»"].contains(tokens[k].text) else { break }
                    names += quoted
                    j = k
                    if weaponNounRightAfter(k) {
                        isWeapon = true
                        break
                    }
                    // On to the next quoted name of a list: “Fajr”, “Zelzal” and “Shahab”.
                    j = k + 1
                    while j < tokens.count && [",", "and", "or"].contains(lower[j]) { j += 1 }
                    if j == k + 1 { break }
                }
                if isWeapon {
                    found += names.map { tokens[$0].range }
                    i = j + 1
                    continue
                }
            }
            // A ship's name after its type in small letters: "the frigate Alvand" (in "PLAN
            // Submarine Academy" the type is part of another name).
            if shipTypes.contains(lower[i]), tokens[i].text.first?.isLowercase == true, capitalized(i + 1),
               !text(i + 1).contains("'"), !text(i + 1).contains("’") {
                found.append(tokens[i + 1].range)
                i += 2
                continue
            }
            // A name given after "called", "renamed", "known as" in a sentence about weapons, with
            // its number: "a modified version called the Fajr 5", "renamed the Zelzal 2".
            // The weapon is named just before ("version", "the HQ2"): "he called Smith" is no weapon.
            if namingWords.contains(lower[i]) || (lower[i] == "as" && i > 0 && lower[i - 1] == "known"),
               lower[max(0, i - 8)..<i].contains(where: { weaponNouns.contains($0) })
                || found.last.map({ tokens[max(0, i - 8)].range.start <= $0.start }) == true {
                let name = i + 1 < tokens.count && lower[i + 1] == "the" ? i + 2 : i + 1
                if capitalized(name), plainName(name), designationEnd(tokens, from: name, touching: touching) == nil {
                    let withNumber = name + 1 < tokens.count && tokens[name + 1].kind == .number && !touching(name, name + 1)
                        && !(name + 2 < tokens.count && touching(name + 1, name + 2) && tokens[name + 2].text != "," && tokens[name + 2].text != ".")
                    found.append(TextRange(tokens[name].range.start, tokens[withNumber ? name + 1 : name].range.end))
                    i = withNumber ? name + 2 : name + 1
                    continue
                }
            }
            // An example given right after weapons in general: "air defences like SAMP", "air
            // defense systems such as the Patriot".
            if lower[i] == "like" || lower[i] == "including" || (lower[i] == "as" && i > 0 && lower[i - 1] == "such") {
                let back = lower[i] == "as" ? i - 1 : i
                let name = i + 1 < tokens.count && lower[i + 1] == "the" ? i + 2 : i + 1
                if lower[max(0, back - 3)..<back].contains(where: { weaponNouns.contains($0) || $0 == "defenses" || $0 == "defences" }),
                   capitalized(name), plainName(name), !capitalized(name + 1),
                   designationEnd(tokens, from: name, touching: touching) == nil {
                    found.append(tokens[name].range)
                    i = name + 1
                    continue
                }
            }
            // A name before a weapon noun with only modifiers between ("the Kowsar coastal
            // cruise missile"), with the names listed before it ("the Fajr and Zelzal missiles"); or
            // a name after a range ("the medium-range Fateh 110").
            if i > 0, capitalized(i), plainName(i) {
                var j = i + 1
                while j < tokens.count && (tokens[j].text == "-" || modifiers.contains(lower[j])) { j += 1 }
                // The noun in small letters: in a title every word is capitalized ("Small Arms").
                if j < tokens.count && weaponNouns.contains(lower[j]) && tokens[j].text.first?.isLowercase == true {
                    var names = [tokens[i].range]
                    var k = i - 1
                    while k > 0 && [",", "and", "or"].contains(lower[k]) {
                        k -= 1
                        while k > 0 && [",", "and", "or"].contains(lower[k]) { k -= 1 }
                        guard capitalized(k), plainName(k) else { break }
                        names.insert(tokens[k].range, at: 0)
                        k -= 1
                    }
                    found.removeAll { range in names.contains(range) }
                    found += names
                    i = j + 1
                    continue
                }
                if lower[i - 1] == "range" {
                    let withNumber = i + 1 < tokens.count && tokens[i + 1].kind == .number
                    found.append(TextRange(tokens[i].range.start, tokens[withNumber ? i + 1 : i].range.end))
                    i += withNumber ? 2 : 1
                    continue
                }
            }
            i += 1
        }
        return found.sorted { $0 < $1 }
    }

    /// Where a designation starting at token `i` ends (its last token), if one does.
    private static func designationEnd(_ tokens: [Token], from i: Int, touching: (Int, Int) -> Bool) -> Int? {
        // ICU splits "C-802" into C, -, 802 and keeps "HQ9" or "C802" whole.
        let first = tokens[i].text
        let letters = first.prefix { $0.isASCII && $0.isUppercase }
        guard (1...3).contains(letters.count), i == 0 || !touching(i - 1, i) || tokens[i - 1].text == "(" else { return nil }
        var last = i
        var digits = first.dropFirst(letters.count)
        if digits.isEmpty {
            // C - 802: a hyphen touching both sides, then the number.
            guard i + 2 < tokens.count, tokens[i + 1].text == "-", touching(i, i + 1), touching(i + 1, i + 2) else { return nil }
            digits = Substring(tokens[i + 2].text)
            last = i + 2
        }
        let number = digits.prefix { $0.isASCII && $0.isNumber }
        let rest = digits.dropFirst(number.count)
        guard (1...4).contains(number.count), rest.count <= 3,
              rest.allSatisfy({ $0.isASCII && $0.isLetter }), rest.isEmpty || rest == "s" || rest.first!.isUppercase
        else { return nil }
        // Not part of something longer: A2/AD, P5+1, a reference number.
        if last + 1 < tokens.count, touching(last, last + 1), ["/", "+", "-", "."].contains(tokens[last + 1].text) {
            if tokens[last + 1].text != "." || (last + 2 < tokens.count && touching(last + 1, last + 2)) { return nil }
        }
        return last
    }
}
