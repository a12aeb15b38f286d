import PardazModel

/// Names of persons, organizations, places and weapons in a text of one language: the shipped
/// tagger over the segmenter's sentences, then what the tagger cannot know or gets wrong by its
/// training data's conventions:
/// - weapon designations, quoted weapon names and ship names (`WeaponPatterns`) replace what the
///   tagger found there;
/// - a gazetteer name (a country, an organization) is tagged with the gazetteer's type, and found
///   where the tagger missed it;
/// - English names lose the words before them that are not part of a name (re3d tags "the Omani
///   foreign minister Badr Albusaidi" as one person; the name is "Badr Albusaidi"), a possessive
///   's, and names without a capital letter are dropped.
public struct EntityExtractor: Sendable {
    private let taggers: [String: PerceptronTagger]

    /// The extractor with the shipped models.
    public static let shipped = EntityExtractor(taggers: ["en": PerceptronTagger.shipped("en"), "fa": PerceptronTagger.shipped("fa")]
        .compactMapValues { $0 })

    public init(taggers: [String: PerceptronTagger]) {
        self.taggers = taggers
    }

    /// Prepositions that titles capitalize and names do not contain ("… Toward China").
    static let titlePrepositions: Set<String> = [
        "Toward", "Towards", "Between", "Against", "Into", "Over", "Beyond", "Through", "Versus", "Amid", "Among", "Across",
        "Within", "Without", "Behind", "Beneath", "Despite",
    ]

    /// Titles that an organization's name runs on into ("… Planning Board Deputy Head …"), lowercased.
    static let trailingTitles: Set<String> = ["vice", "deputy", "chairman", "spokesman", "spokeswoman", "director", "minister", "chief"]

    /// Words before a person's name that are titles or descriptions, not the name (lowercased).
    static let titles: Set<String> = [
        "minister", "president", "vice", "prime", "foreign", "defense", "defence", "deputy", "former", "general", "gen.",
        "admiral", "adm.", "commander", "chief", "secretary", "ambassador", "envoy", "dr.", "mr.", "mrs.", "ms.", "prof.",
        "professor", "king", "prince", "supreme", "leader", "ayatollah", "senator", "sen.", "chairman", "spokesman",
        "director", "colonel", "col.", "lieutenant", "major", "captain", "rear", "brigadier", "head", "premier",
        "state", "councilor", "councillor", "counselor", "commission", "navy", "army", "air", "force", "military", "central",
        "chinese", "iranian", "american", "russian", "iraqi", "saudi", "israeli", "pakistani", "indian", "british",
        "french", "german", "japanese", "korean", "syrian", "turkish", "omani", "qatari", "egyptian", "afghan", "u.s.",
    ]

    /// Persian words before a person's name that say it is one (the last words of a title).
    static let persianTitles: [[String]] = [
        ["جمهوری"], ["رئیس‌جمهور"], ["رییس‌جمهور"], ["آقای"], ["دکتر"], ["آیت‌الله"], ["وزیر"], ["سردار"], ["ژنرال"],
        ["امام"], ["دولت"], ["دفاع"], ["خارجه"],
    ]

    /// Honorifics written in parentheses after a holy person's name.
    static let persianHonorifics: Set<String> = ["س", "ع", "ص", "ره", "عج", "رض"]

    /// Gazetteer names that are, alone, far more often Persian words: مالی (financial), پرو (the
    /// prefix "pro").
    static let persianAmbiguousNames: Set<String> = ["مالی", "پرو"]

    /// Persian words for "the world": common nouns, whatever PEYMA's tags say.
    static let persianWorldWords: Set<String> = Set(["جهان", "دنیا", "دنیای", "عالم"].map(Gazetteer.key))

    /// Words that make a Persian phrase an organization's name (سازمان ملل, وزارت دفاع ایران).
    static let persianOrganizationHeads: Set<String> = [
        "سازمان", "وزارت", "دانشگاه", "شرکت", "نیروی", "نیروهای", "ارتش", "سپاه", "مجلس", "شورای", "حزب", "بانک",
        "خبرگزاری", "دولت", "اداره", "انجمن", "مرکز", "موسسه", "مؤسسه", "پژوهشگاه", "پژوهشکده", "کمیته", "کمیسیون",
        "اتحادیه", "جنبش", "ستاد", "قرارگاه", "باشگاه", "تیم", "روزنامه", "دانشکده", "پیمان",
        // Institutions, offices, courts, media and teams.
        "اتاق", "سفارت", "سفارتخانه", "کنسولگری", "فدراسیون", "کنفدراسیون", "دفتر", "خزانه", "خزانه‌داری", "هیئت", "هیات",
        "نهاد", "بنیاد", "کانون", "شبکه", "مجمع", "دادگاه", "دیوان", "استانداری", "شهرداری", "فرمانداری", "پلیس", "گروه",
        "صندوق", "ائتلاف", "جبهه", "کارخانه", "بورس", "گمرک", "معاونت", "وزارتخانه", "هفته‌نامه", "ماهنامه", "پایگاه",
        "رسانه", "تلویزیون", "رادیو", "صدا", "لیگ", "فوتبال", "والیبال", "بسکتبال", "کشتی", "المپیک",
    ]

    /// Words in small letters inside the name of an organization or a place.
    static let nameJoiningWords: Set<String> = ["of", "and", "the", "for", "on", "in", "to", "de", "du", "la", "al", "el", "at", "&"]

    /// Words in small letters inside a person's name.
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el"]

    /// Capitalized words that begin a sentence or a heading, not a name.
    static let capitalizedFunctionWords: Set<String> = [
        "The", "A", "An", "Under", "Now", "In", "On", "At", "For", "With", "From", "By", "As", "After", "Before", "During",
        "Since", "While", "When", "If", "But", "And", "Or", "This", "That", "These", "Those", "According", "Also", "Then",
        "Both", "Although", "However", "Thus", "Meanwhile", "Moreover", "Furthermore", "Therefore", "Sorry",
        "We", "I", "It", "He", "She", "They", "Our", "His", "Her", "Their", "Its", "You", "Your",
        "One", "Two", "Three", "Four", "Five", "Appendix", "Table", "Figure", "Chapter", "Section", "Part", "Note",
        "See", "Cf", "Ibid", "Others", "Most", "Many", "Some", "All", "Each", "Every", "Several", "Few", "Such",
    ]

    /// Words a Persian name does not begin or end with.
    static let persianFunctionWords: Set<String> = ["چرا", "که", "و", "در", "به", "از", "با", "را", "این", "آن", "برای", "تا"]

    /// English words that describe rather than name ("Iranian", "Western"): not a name on their own
    /// nor the last word of one.
    static let demonyms: Set<String> = [
        "chinese", "iranian", "american", "russian", "iraqi", "saudi", "israeli", "pakistani", "indian", "british",
        "french", "german", "japanese", "korean", "syrian", "turkish", "omani", "qatari", "egyptian", "afghan",
        "western", "eastern", "northern", "southern", "asian", "european", "african", "arab", "arabian", "persian",
        "sino", "soviet", "islamic", "muslim", "shia", "shiite", "sunni", "gulf", "middle",
        "emirati", "bahraini", "kuwaiti", "yemeni", "jordanian", "lebanese", "palestinian", "kurdish", "azeri", "baluch",
        "afghani", "tajik", "uzbek", "turkmen", "kazakh", "armenian", "georgian", "ukrainian", "australian",
    ]

    /// Titles that make the name after them a person's, whatever the tagger typed it (lowercased).
    static let personTitles: Set<String> = [
        "president", "admiral", "adm.", "dr.", "mr.", "mrs.", "ms.", "prof.", "ayatollah", "imam", "senator", "sen.",
        "king", "queen", "prince", "premier", "chancellor", "sheikh",
    ]

    /// Whether `tokens` end with the words of `title`.
    static func ends(_ tokens: ArraySlice<Token>, with title: [String]) -> Bool {
        tokens.count >= title.count && zip(tokens.suffix(title.count), title).allSatisfy { Gazetteer.key($0.text) == Gazetteer.key($1) }
    }

    /// The mentions in `text`, written in `language` (`en` or `fa`), with ranges in Unicode scalars
    /// of `text`, in reading order; ids and entities are left to the caller.
    public func mentions(in text: String, language: String) -> [EntityMention] {
        guard let tagger = taggers[language] else { return [] }
        let scalars = Array(text.unicodeScalars)
        let sentences = Segmenter(language: language).sentences(text).filter { !$0.tokens.isEmpty }
        let tagged = tagger.tag(sentences: sentences.map { $0.tokens.map(\.text) })
        var result: [(range: TextRange, type: EntityMention.Kind, method: String)] = []
        for (sentence, tags) in zip(sentences, tagged) {
            let tokens = sentence.tokens
            var found: [(tokens: Range<Int>, type: EntityMention.Kind, method: String)] = []
            for (span, type) in IOB2.spans(tags) {
                guard var kind = EntityMention.Kind(rawValue: type) else { continue }
                // "President Rouhani" is a person whatever the tagger made of it.
                if language == "en", kind != .person, span.count >= 2,
                   Self.personTitles.contains(tokens[span.lowerBound].text.lowercased()) {
                    kind = .person
                }
                guard var trimmed = trim(span, kind, tokens, language) else { continue }
                // One name before "administration" in small letters is the president's: "the Carter administration".
                if language == "en", kind == .organization, trimmed.count == 1, trimmed.upperBound < tokens.count,
                   ["administration", "presidency"].contains(tokens[trimmed.upperBound].text) {
                    kind = .person
                }
                if language == "en", kind == .organization || kind == .location {
                    var wider = EnglishNamePhrases.withHeadBefore(trimmed, tokens)
                    if wider != trimmed {
                        kind = .organization
                        // A name found before that ends with the head is the start of this one:
                        // "Pardis Institute" + "for Strategic Studies".
                        if let before = found.first(where: { $0.tokens.contains(wider.lowerBound) }) {
                            wider = min(before.tokens.lowerBound, wider.lowerBound)..<wider.upperBound
                        }
                        found.removeAll { wider.lowerBound <= $0.tokens.lowerBound && $0.tokens.upperBound <= trimmed.lowerBound }
                    }
                    trimmed = wider
                    kind = EnglishNamePhrases.kind(kind, of: trimmed, tokens)
                    if EnglishNamePhrases.isPhrase(trimmed, kind, tokens) { continue }
                    // Two one-word places joined by "and" are two names: "the North and South".
                    if kind == .location, trimmed.count == 3, tokens[trimmed.lowerBound + 1].text == "and" {
                        found += [(trimmed.lowerBound..<trimmed.lowerBound + 1, kind, "tagger"),
                                  (trimmed.upperBound - 1..<trimmed.upperBound, kind, "tagger")]
                        continue
                    }
                }
                // A field of study or a post is no organization: "Ph.D. in Political
                // Geography", "Assistant Professor of Political Science".
                if language == "en", kind == .organization || kind == .location, AcademicText.namesAField(trimmed, tokens) { continue }
                // A weapon the tagger found must be named, not described: "Conventional Weapons" is not one.
                if kind == .weapon, WeaponPatterns.weaponNouns.contains(tokens[trimmed.upperBound - 1].text.lowercased()),
                   !tokens[trimmed].contains(where: { $0.text.contains(where: \.isNumber) }) {
                    continue
                }
                found.append((trimmed, kind, "tagger"))
            }
            // "The West" and "the East" of world politics are places, wherever the tagger missed them
            // ("Oman's ties to the West"; not "the West Bank", not "the west").
            if language == "en" {
                for i in tokens.indices.dropFirst() where ["West", "East"].contains(tokens[i].text) && tokens[i - 1].text.lowercased() == "the"
                    && !(i + 1 < tokens.count && tokens[i + 1].text.first?.isUppercase == true)
                    && !found.contains(where: { $0.tokens.contains(i) }) {
                    found.append((i..<i + 1, .location, "tagger"))
                }
                // "the" and capitalized words ending in an organization's head make its name where
                // the tagger found nothing there: "as reported by the Gulf Maritime Research Service".
                var i = 1
                while i < tokens.count {
                    guard tokens[i - 1].text == "the", tokens[i].text.first?.isUppercase == true else {
                        i += 1
                        continue
                    }
                    var end = i
                    while end < tokens.count, end - i < 6, tokens[end].text.first?.isUppercase == true,
                          tokens[end].kind == .word || tokens[end].text.contains(".") { end += 1 }
                    if end - i >= 2, EnglishNamePhrases.organizationHeads.contains(tokens[end - 1].text.lowercased()),
                       !(end < tokens.count && ["of", "for", "on"].contains(tokens[end].text)),
                       !found.contains(where: { $0.tokens.overlaps(i..<end) }),
                       !tokens[i..<end].contains(where: { Self.capitalizedFunctionWords.contains($0.text) }) {
                        found.append((i..<end, .organization, "tagger"))
                    }
                    i = end + 1
                }
            }
            // The gazetteer: its type where its name is exactly what the tagger found, and its names
            // the tagger left alone or took into a phrase that is not a name.
            var matches: [(tokens: Range<Int>, type: EntityMention.Kind)] = []
            for match in Gazetteer.shipped.matches(in: tokens, language: language) {
                guard language != "en" || tokens[match.tokens.lowerBound].text.first?.isUppercase == true,
                      let type = EntityMention.Kind(rawValue: match.entry.type.rawValue) else { continue }
                // A country whose Persian name is a common word too: مالی is "financial" far more
                // often than Mali.
                if language == "fa", match.tokens.count == 1, Self.persianAmbiguousNames.contains(Gazetteer.key(tokens[match.tokens.lowerBound].text)) {
                    continue
                }
                // A one-word Persian name of a person is often a word too (روحانی, "clerical"): only
                // after a title.
                if language == "fa", type == .person, match.tokens.count == 1,
                   !Self.persianTitles.contains(where: { title in Self.ends(tokens[..<match.tokens.lowerBound], with: title) }) {
                    continue
                }
                matches.append((match.tokens, type))
                // An organization the tagger ran on into the name of a person after it: "the director
                // general of the International Atomic Energy Agency Rafael Grossi".
                var personAfter: Range<Int>?
                if language == "en", type == .organization,
                   let wider = found.first(where: { $0.type != .person && $0.tokens.lowerBound == match.tokens.lowerBound
                                                    && $0.tokens.upperBound > match.tokens.upperBound }) {
                    let tail = match.tokens.upperBound..<wider.tokens.upperBound
                    if (2...3).contains(tail.count), tokens[tail].allSatisfy({ $0.kind == .word && $0.text.first?.isUppercase == true
                                                                              && !EnglishNamePhrases.organizationHeads.contains($0.text.lowercased()) }) {
                        personAfter = tail
                    }
                }
                if let same = found.firstIndex(where: { $0.tokens == match.tokens }) {
                    found[same] = (match.tokens, type, "gazetteer")
                    continue
                }
                // A part of a gazetteer name is the name: "Movement" of "Non-Aligned Movement".
                found.removeAll { match.tokens.lowerBound <= $0.tokens.lowerBound && $0.tokens.upperBound <= match.tokens.upperBound }
                // A state named in two words or more inside words the tagger took for an organization
                // or a person that do not make an organization's name ("سیاست خارجی جمهوری
                // اسلامی"; but دریای عمان is a place, and ذوب آهن اصفهان a club), or places inside what
                // the tagger called a person
                // ("West Asia, South Asia and Europe").
                // In English also a name joined to another by "and" ("UAE and Qatar").
                found.removeAll { wider in
                    wider.tokens.lowerBound <= match.tokens.lowerBound && match.tokens.upperBound <= wider.tokens.upperBound
                        && (language == "fa"
                            ? type != .organization && wider.type != .location && match.tokens.count >= 2
                                && !tokens[wider.tokens].contains { Self.persianOrganizationHeads.contains(Gazetteer.key($0.text)) }
                            : wider.type == .person && type != .person
                                || (personAfter != nil && wider.tokens.lowerBound == match.tokens.lowerBound
                                    && wider.tokens.upperBound == personAfter!.upperBound)
                                || (match.tokens.upperBound < wider.tokens.upperBound && tokens[match.tokens.upperBound].text == "and")
                                || (match.tokens.lowerBound > wider.tokens.lowerBound && tokens[match.tokens.lowerBound - 1].text == "and"))
                }
                if let person = personAfter { found.append((person, .person, "tagger")) }
            }
            for match in matches where !found.contains(where: { $0.tokens.overlaps(match.tokens) }) {
                found.append((match.tokens, match.type, "gazetteer"))
            }
            // Names the tagger found inside the title of a work, quoted ("“Tehran Opens Its New
            // Harbour To Visiting Fleets”") or in a reference, are words of the title.
            if language == "en" {
                let titles = AcademicText.quotedTitles(tokens) + AcademicText.unquotedTitles(tokens)
                // An abbreviation in a title still names its organization ("CIA Helped …").
                found.removeAll { mention in
                    mention.method == "tagger" && mention.type != .weapon && titles.contains { $0.contains(mention.tokens.lowerBound) }
                        && !(mention.tokens.count == 1 && tokens[mention.tokens.lowerBound].text.allSatisfy { $0.isUppercase })
                }
                // Authors cited are persons, whatever else their names could be ("Denmark and Holloway").
                let authors = AcademicText.citedAuthors(tokens)
                found.removeAll { mention in authors.contains { $0.overlaps(mention.tokens) } }
                found += authors.map { ($0, .person, "citation") }
                let common = EnglishNamePhrases.commonAbbreviations(tokens) { index in found.contains { $0.tokens.contains(index) } }
                found.removeAll { $0.tokens.count == 1 && common.contains($0.tokens.lowerBound) }
            }
            var ranges = found.map { (range: TextRange(tokens[$0.tokens.lowerBound].range.start, tokens[$0.tokens.upperBound - 1].range.end),
                                      type: $0.type, method: $0.method) }
            let weapons = WeaponPatterns.mentions(in: sentence)
            ranges.removeAll { mention in weapons.contains { $0.start < mention.range.end && mention.range.start < $0.end } }
            ranges += weapons.map { ($0, .weapon, "pattern") }
            // A name does not run across table cells or lines.
            ranges.removeAll { mention in scalars[mention.range.start..<mention.range.end].contains { $0 == "\t" || $0 == "\n" } }
            result += ranges.map { mention in
                (Self.withoutPossessive(mention.range, scalars), mention.type, mention.method)
            }
        }
        return result.sorted { $0.range < $1.range }.map { range, type, method in
            EntityMention(type: type, language: language, range: range,
                          text: String(String.UnicodeScalarView(scalars[range.start..<range.end])), method: method)
        }
    }

    /// A name's tokens without the words around it that are not part of it, or nil when nothing of
    /// a name is left.
    private func trim(_ span: Range<Int>, _ kind: EntityMention.Kind, _ tokens: [Token], _ language: String) -> Range<Int>? {
        var start = span.lowerBound, end = span.upperBound
        func isName(_ token: Token) -> Bool {
            token.kind != .punctuation && !(language == "fa" && Self.persianFunctionWords.contains(Gazetteer.key(token.text)))
        }
        while start < end && !isName(tokens[start]) { start += 1 }
        while end > start && !isName(tokens[end - 1]) { end -= 1 }
        if language == "fa" {
            // A Persian name keeps the honorific written after it: حضرت زینب (س), امام رضا (ع).
            if kind == .person, end + 2 < tokens.count, tokens[end].text == "(", Self.persianHonorifics.contains(tokens[end + 1].text),
               tokens[end + 2].text == ")" {
                end += 3
            }
            // "The world" is no place's name, in Persian as in English (PEYMA tags جهان as one).
            if kind == .location, end - start == 1, Self.persianWorldWords.contains(Gazetteer.key(tokens[start].text)) { return nil }
            return start < end ? start..<end : nil
        }
        func capitalized(_ token: Token) -> Bool { token.text.first.map { $0.isUppercase || $0.isNumber } ?? false }
        // No one's name, and no place's, begins with a number: "One Port, One Corridor" names a plan.
        if kind != .organization, ["One", "Two", "Three", "Four", "Five"].contains(tokens[start].text) { return nil }
        // An organization's name runs to the first comma: "Zagros University, Kermanshah"
        // is a university and a city.
        if kind == .organization, let comma = tokens[start..<end].firstIndex(where: { $0.text == "," }) {
            end = comma
            while end > start && !isName(tokens[end - 1]) { end -= 1 }
            guard start < end else { return nil }
        }
        // A preposition that a title capitalizes makes a phrase, not a name: "Strategy Toward China".
        if tokens[start..<end].contains(where: { Self.titlePrepositions.contains($0.text) }) { return nil }
        // Words joined by underscores are an identifier from an address or a file name ("Navy_Times").
        if tokens[start..<end].contains(where: { $0.text.contains("_") }) { return nil }
        // Descriptions and titles alone are nobody's name: "the Omani Foreign Minister".
        if tokens[start..<end].allSatisfy({ token in
            let word = token.text.lowercased()
            return token.kind != .word || Self.demonyms.contains(word) || Self.personTitles.contains(word)
                || Self.trailingTitles.contains(word) || ["foreign", "defense", "defence", "prime", "former"].contains(word)
                || Self.capitalizedFunctionWords.contains(token.text)
        }) { return nil }
        // An organization's name does not end in the title of someone in it: "National Planning
        // Board Deputy" (Head …).
        if kind == .organization {
            while end - start > 1, Self.trailingTitles.contains(tokens[end - 1].text.lowercased()) { end -= 1 }
        }
        // Leading words in small letters ("the", "defense minister"), "The", and for a person, titles.
        while start < end, !capitalized(tokens[start]) || Self.capitalizedFunctionWords.contains(tokens[start].text)
                || (kind == .person && Self.titles.contains(tokens[start].text.lowercased())) {
            start += 1
        }
        if kind == .person, let lower = tokens[start..<end].firstIndex(where: { !capitalized($0) && !Self.particles.contains($0.text) }) {
            end = lower  // "Ali Larijani then speaker of parliament"
        }
        while end > start && !capitalized(tokens[end - 1]) { end -= 1 }
        if kind == .person {
            // The name is the capitalized words after the last title: "Deputy Foreign Minister
            // Abbas Araghchi".
            var first = end
            while first > start, capitalized(tokens[first - 1]), !Self.titles.contains(tokens[first - 1].text.lowercased()),
                  !Self.capitalizedFunctionWords.contains(tokens[first - 1].text) {
                first -= 1
            }
            start = first
        }
        // Roman numerals and lone letters are not names ("Appendix III", "I").
        while end > start, tokens[end - 1].text.allSatisfy({ "IVXLC".contains($0) }) { end -= 1 }
        guard start < end, tokens[start..<end].map(\.text).joined().filter(\.isLetter).count > 1 else { return nil }
        // A person is not a weapon ("Raad Missile").
        if kind == .person, WeaponPatterns.weaponNouns.contains(tokens[end - 1].text.lowercased()) { return nil }
        // Places joined by hyphens describe a relation, not a name: "Oman-India trade ties".
        let words = tokens[start..<end].filter { $0.text != "-" && $0.text != "–" }
        if words.count >= 2, words.count < end - start,
           words.allSatisfy({ Gazetteer.shipped.matches(in: [$0], language: "en").first?.entry.type == .location
                || Self.demonyms.contains($0.text.lowercased()) }) {
            return nil  // and "Sino-Iran entente"
        }
        // A description, not a name: "Iranian", "Russians", "Middle Eastern"; or half of a slashed
        // term (A2/AD).
        let last = tokens[end - 1].text.lowercased()
        if Self.demonyms.contains(last) || (last.hasSuffix("s") && Self.demonyms.contains(String(last.dropLast())))
            || (last.hasSuffix("ern") && Self.demonyms.contains(String(last.dropLast(3)) + "ern")) { return nil }
        // An organization's or a place's name has no word in small letters but its joining words:
        // "UAE praise U.S." is a phrase.
        if kind != .person, tokens[start..<end].contains(where: { $0.kind == .word && $0.text.first?.isLowercase == true
                                                                   && !Self.nameJoiningWords.contains($0.text) }) {
            return nil
        }
        if (start > 0 && tokens[start - 1].text == "/" && tokens[start - 1].range.end == tokens[start].range.start)
            || (end < tokens.count && tokens[end].text == "/" && tokens[end - 1].range.end == tokens[end].range.start) {
            return nil
        }
        // Words cut out of a hyphenated word: "Term Plan" of "Long-Term Plan".
        if end - start >= 2, (start > 0 && tokens[start - 1].text == "-" && tokens[start - 1].range.end == tokens[start].range.start)
            || (end < tokens.count && tokens[end].text == "-" && tokens[end - 1].range.end == tokens[end].range.start) {
            return nil
        }
        return start..<end
    }

    /// `mentions` without those the tagger made of ordinary words, judged against the whole `text`
    /// they were found in:
    /// - in English, a person or weapon whose every word, or an organization or place whose one
    ///   word (any name's every word in a title or heading, `headings`), is also written in small
    ///   letters in the text ("Oman's Naval Presence", "Center", the headline's "Talks Resume"),
    ///   and so a one-word weapon name found by its context ("Navy ships");
    /// - in either language, a name the tagger found in fewer than half of the places the text
    ///   has it (the Persian abstract's "دیپلماسی دفاعی", a person once and a phrase three times).
    public static func withoutCommonWords(_ mentions: [EntityMention], in text: String,
                                          headings: [TextRange] = []) -> [EntityMention] {
        var lowercase = Set<Substring>()
        // Words of running text: not the pieces of URLs, paths or addresses.
        text.forEachPiece(separatedBy: \.isWhitespace) { chunk in
            guard !chunk.contains("/") && !chunk.contains("@") else { return }
            chunk.forEachPiece(separatedBy: { !$0.isLetter }) { word in
                if word.first?.isLowercase == true { lowercase.insert(word) }
            }
        }
        var found: [String: Int] = [:]
        for mention in mentions { found[mention.text, default: 0] += 1 }
        let scalars = Array(text.unicodeScalars)
        // Which mention covers each scalar, so that a name inside a longer one does not count.
        var covering = [Int32](repeating: -1, count: scalars.count)  // 4 bytes a scalar, not 8
        for (index, mention) in mentions.enumerated() where mention.range.end <= scalars.count {
            for k in mention.range.start..<mention.range.end { covering[k] = Int32(index) }
        }
        // Where the words that begin names stand in the text, to find a name's places quickly.
        @inline(__always) func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
        }
        let firstWords = Set(found.keys.map { name in Array(name.unicodeScalars.prefix { isLetter($0) }) })
        let firstScalars = Set(firstWords.compactMap(\.first)), lengths = Set(firstWords.map(\.count))
        var starts: [[Unicode.Scalar]: [Int]] = [:]
        var k = 0
        while k < scalars.count {
            guard isLetter(scalars[k]) else {
                k += 1
                continue
            }
            let begin = k
            while k < scalars.count && isLetter(scalars[k]) { k += 1 }
            if firstScalars.contains(scalars[begin]) && lengths.contains(k - begin) {
                let word = Array(scalars[begin..<k])
                if firstWords.contains(word) { starts[word, default: []].append(begin) }
            }
        }
        var occurrences: [String: Int] = [:]
        for name in found.keys {
            let pattern = Array(name.unicodeScalars)
            occurrences[name] = (starts[Array(pattern.prefix { isLetter($0) })] ?? []).filter { start in
                let end = start + pattern.count
                guard end <= scalars.count, scalars[start..<end].elementsEqual(pattern),
                      end == scalars.count || !isLetter(scalars[end]) else { return false }
                // A name inside a longer mention does not count.
                let cover = Int(covering[start])
                return cover < 0 || mentions[cover].text == name || !mentions[cover].range.contains(TextRange(start, end))
            }.count
        }
        return mentions.filter { mention in
            // A one-word weapon name found by its context is checked like the tagger's ("Navy ships").
            let patternWord = mention.method == "pattern" && !mention.text.contains(where: { !$0.isLetter })
            if patternWord { return !lowercase.contains(Substring(mention.text.lowercased())) }
            guard mention.method == "tagger" else { return true }
            if occurrences[mention.text]! >= 2 * found[mention.text]! + 1 { return false }
            guard mention.language == "en" else { return true }
            let words = mention.text.split(whereSeparator: { !$0.isLetter })
            // In a title or heading, where every word is capitalized, any name is held to this.
            let inHeading = headings.contains { $0.contains(mention.range) }
            guard !words.isEmpty, inHeading || mention.type == .person || mention.type == .weapon || words.count == 1 else { return true }
            return !words.allSatisfy { lowercase.contains(Substring($0.lowercased())) }
        }
    }

    /// `range` without a final possessive 's or ’s.
    static func withoutPossessive(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> TextRange {
        guard range.count > 2, ["'", "’"].contains(scalars[range.end - 2]), scalars[range.end - 1] == "s" else { return range }
        return TextRange(range.start, range.end - 2)
    }
}
