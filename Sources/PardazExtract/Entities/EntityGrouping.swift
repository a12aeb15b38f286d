import PardazModel

/// Groups a document's mentions into entities, and links each Persian entity to its English
/// counterpart.
///
/// Within a language, mentions are one entity when they are names of one gazetteer entry ("Britain",
/// "the United Kingdom"), when they read the same, when they are one weapon designation
/// ("C-802", "C802s", "C-802 Silkworm") or a designation and the name quoted right after it, when one is a person's surname and the
/// other the full name ("Rouhani", "Hassan Rouhani"), or when one is the other's initials ("GCC",
/// "Gulf Cooperation Council"). Across languages, a Persian entity is the English one that names the
/// same gazetteer entry (confidence 0.95) or, failing that, whose names have the closest consonant
/// skeletons (`NameSkeleton`; confidence the skeletons' similarity, at least 0.75), each English
/// entity taken once, the surest links first.
public enum EntityGrouping {
    /// The least skeleton similarity that links two names.
    static let threshold = 0.75

    /// `mentions` (in reading order) with ids (`m1`…) and entity ids, and the entities (`e1`… in
    /// order of first mention).
    /// `text` is what the mentions' ranges point into, when the caller has it: two weapon names
    /// quoted together with "or" between them ("“Raad or Thunder”") are one weapon.
    public static func group(_ mentions: [EntityMention], in text: String? = nil) -> (mentions: [EntityMention], entities: [NamedEntity]) {
        var mentions = mentions.enumerated().map { index, mention in
            var mention = mention
            mention.id = "m\(index + 1)"
            return mention
        }
        var parent = Array(mentions.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        func union(_ a: Int, _ b: Int) {
            let (x, y) = (root(a), root(b))
            if x != y { parent[max(x, y)] = min(x, y) }
        }
        // Worked out once per distinct name and language: a long document repeats its names.
        var known: [String: (gazetteer: String?, words: [String])] = [:]
        for mention in mentions where known[mention.language + "|" + mention.text] == nil {
            known[mention.language + "|" + mention.text] = (gazetteerID(mention), words(mention))
        }
        let gazetteerIDs = mentions.map { known[$0.language + "|" + $0.text]!.gazetteer }
        let wordLists = mentions.map { known[$0.language + "|" + $0.text]!.words }
        let keys = wordLists.map { $0.joined(separator: " ") }
        for language in ["en", "fa"] {
            let indexes = mentions.indices.filter { mentions[$0].language == language }
            var byKey: [String: Int] = [:]
            for i in indexes {
                let key = gazetteerIDs[i].map { "gazetteer " + $0 } ?? designation(mentions[i]).map { "designation " + $0 } ?? keys[i]
                if let first = byKey[key] { union(first, i) } else { byKey[key] = i }
            }
            // A weapon's name written right after its designation, a space and a quotation mark or
            // bracket apart, is the same weapon: HY-2 “Silkworm”, C-802 (Noor).
            for (i, j) in zip(indexes, indexes.dropFirst()) where mentions[i].type == .weapon && mentions[j].type == .weapon
                && designation(mentions[i]) != nil && designation(mentions[j]) == nil
                && mentions[j].range.start - mentions[i].range.end <= 3 {
                union(i, j)
            }
            if let scalars = text.map({ Array($0.unicodeScalars) }) {
                for (i, j) in zip(indexes, indexes.dropFirst()) where mentions[i].type == .weapon && mentions[j].type == .weapon
                    && areQuotedAlternatives(mentions[i].range, mentions[j].range, in: scalars) {
                    union(i, j)
                }
            }
            // Surnames: a one-word person whose word ends, or begins (Chinese names put the family
            // name first), exactly one longer person's name.
            let people = indexes.filter { mentions[$0].type == .person }
            var fullNames: [String: [Int]] = [:]  // first or last word → the first mention of each full name with it
            var seenFullNames = Set<String>()
            for j in people where wordLists[j].count > 1 && seenFullNames.insert(keys[j]).inserted {
                for word in Set([wordLists[j].first!, wordLists[j].last!]) { fullNames[word, default: []].append(j) }
            }
            for i in people where wordLists[i].count == 1 {
                if let fuller = fullNames[keys[i]], fuller.count == 1 { union(i, fuller[0]) }
            }
            // Initials: an all-capital name that spells a longer name's capitalized words.
            var byInitials: [String: Int] = [:]
            for i in indexes.reversed() where wordLists[i].count >= 2 { byInitials[initials(mentions[i].text)] = i }
            for i in indexes where mentions[i].text.count >= 2 && mentions[i].text.allSatisfy({ $0.isUppercase }) {
                if let j = byInitials[mentions[i].text] { union(i, j) }
            }
        }
        // The groups, by their first mention.
        var groups: [Int: [Int]] = [:]
        for i in mentions.indices { groups[root(i), default: []].append(i) }
        var order = groups.keys.sorted()
        var links: [Int: CrossLingualLink] = [:]
        // Across languages: each Persian group to at most one English group, surest first.
        var candidates: [(fa: Int, en: Int, link: CrossLingualLink)] = []
        var skeletons: [String: [String]] = [:]
        for mention in mentions where skeletons[mention.language + "|" + mention.text] == nil {
            skeletons[mention.language + "|" + mention.text] = NameSkeleton.of(mention.text, language: mention.language)
        }
        // Each group's type, gazetteer entries and name skeletons.
        func summary(_ key: Int) -> (type: EntityMention.Kind, gazetteer: Set<String>, skeletons: Set<[String]>) {
            let members = groups[key]!
            return (mentions[key].type, Set(members.compactMap { gazetteerIDs[$0] }),
                    Set(members.map { skeletons[mentions[$0].language + "|" + mentions[$0].text]! }))
        }
        let persian = order.filter { mentions[$0].language == "fa" }.map { ($0, summary($0)) }
        let english = order.filter { mentions[$0].language == "en" }.map { ($0, summary($0)) }
        for (fa, a) in persian {
            for (en, b) in english {
                if let link = link(a, b) { candidates.append((fa, en, link)) }
            }
        }
        var taken = Set<Int>()
        for candidate in candidates.sorted(by: { $0.link.confidence != $1.link.confidence ? $0.link.confidence > $1.link.confidence
                                                   : ($0.fa, $0.en) < ($1.fa, $1.en) })
        where !taken.contains(candidate.fa) && !taken.contains(candidate.en) {
            taken.formUnion([candidate.fa, candidate.en])
            let (first, second) = (min(candidate.fa, candidate.en), max(candidate.fa, candidate.en))
            groups[first]! = (groups[first]! + groups[second]!).sorted()
            groups[second] = nil
            links[first] = candidate.link
        }
        order = groups.keys.sorted()
        var entities: [NamedEntity] = []
        for (number, key) in order.enumerated() {
            let members = groups[key]!
            let id = "e\(number + 1)"
            for i in members { mentions[i].entity = id }
            var counts: [EntityMention.Kind: Int] = [:]
            for i in members { counts[mentions[i].type, default: 0] += 1 }
            // The most frequent type; on a tie, the first mention's.
            var type = mentions[key].type
            for kind in EntityMention.Kind.allCases where counts[kind, default: 0] > counts[type]! { type = kind }
            // Every mention of an entity has the entity's type ("Hossein Dehgan" once tagged an
            // organization is the person he is everywhere else).
            for i in members { mentions[i].type = type }
            // Its name per language: a person's fullest, anything else's most frequent (the longer on a tie).
            var names: [String: String] = [:]
            var frequency: [String: Int] = [:]
            for i in members { frequency[mentions[i].text, default: 0] += 1 }
            for i in members {
                let text = mentions[i].text
                guard let current = names[mentions[i].language] else {
                    names[mentions[i].language] = text
                    continue
                }
                let better = type == .person
                    ? text.unicodeScalars.count > current.unicodeScalars.count
                    : (frequency[text]!, text.unicodeScalars.count) > (frequency[current]!, current.unicodeScalars.count)
                if better { names[mentions[i].language] = text }
            }
            entities.append(NamedEntity(id: id, type: type, names: names, gazetteer: members.lazy.compactMap { gazetteerIDs[$0] }.first,
                                        mentions: members.map { mentions[$0].id! }, link: links[key]))
        }
        return (mentions, entities)
    }

    /// The words of a mention as compared: gazetteer keys (case folded, Persian variants unified).
    private static func words(_ mention: EntityMention) -> [String] {
        Segmenter(language: mention.language).tokens(mention.text).filter { $0.kind != .punctuation }.map { Gazetteer.key($0.text) }
    }

    /// The gazetteer entry a mention is wholly a name of.
    private static func gazetteerID(_ mention: EntityMention) -> String? {
        let tokens = Segmenter(language: mention.language).tokens(mention.text)
        guard let match = Gazetteer.shipped.matches(in: tokens, language: mention.language).first,
              match.tokens == 0..<tokens.count else { return nil }
        return match.entry.id
    }

    /// A weapon's designation without hyphen, space or plural: "C-802s", "C802" and "C-802" are
    /// "C802"; "HY-2 Silkworm" is "HY2".
    private static func designation(_ mention: EntityMention) -> String? {
        guard mention.type == .weapon, let first = mention.text.split(separator: " ").first,
              first.contains(where: \.isNumber), first.first?.isUppercase == true else { return nil }
        var plain = first.filter { $0 != "-" }
        if plain.hasSuffix("s"), plain.dropLast().last?.isNumber == true { plain.removeLast() }
        return String(plain)
    }

    /// Whether `first` and `second` are written “first or second” (in quotation marks of any kind).
    private static func areQuotedAlternatives(_ first: TextRange, _ second: TextRange, in scalars: [Unicode.Scalar]) -> Bool {
        guard first.start > 0, second.end < scalars.count, first.end <= second.start, second.start - first.end == 4,
              String(String.UnicodeScalarView(scalars[first.end..<second.start])).lowercased() == " or " else { return false }
        return ["“", "\"", "«", "‘", "'"].contains(scalars[first.start - 1]) && ["”", "\"", "»", "’", "'"].contains(scalars[second.end])
    }

    /// The initials of a name's capitalized words: "Gulf Cooperation Council" → "GCC".
    private static func initials(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return "" }
        return String(words.compactMap { $0.first }.filter(\.isUppercase))
    }

    /// The link between a Persian group and an English group (their types, gazetteer entries and
    /// name skeletons), if they name the same entity.
    private static func link(_ persian: (type: EntityMention.Kind, gazetteer: Set<String>, skeletons: Set<[String]>),
                             _ english: (type: EntityMention.Kind, gazetteer: Set<String>, skeletons: Set<[String]>)) -> CrossLingualLink? {
        if !persian.gazetteer.isDisjoint(with: english.gazetteer) { return CrossLingualLink(method: "gazetteer", confidence: 0.95) }
        let types = (persian.type, english.type)
        guard types.0 == types.1 || Set([types.0, types.1]) == [.location, .organization] else { return nil }
        var best = 0.0
        // An organization's head word is translated, not transliterated: دانشگاه علامه طباطبائی is
        // Allameh Tabataba'i University; the names are compared without their heads.
        var pairs: [([String], [String])] = []
        for a in persian.skeletons {
            for b in english.skeletons {
                pairs.append((a, b))
                if types == (.organization, .organization),
                   let (rest, head) = withoutHead(a, OrganizationHeads.persian, joining: OrganizationHeads.persianJoiningWords),
                   let (englishRest, englishHead) = withoutHead(b, OrganizationHeads.english, joining: OrganizationHeads.englishJoiningWords),
                   head == englishHead {
                    best = max(best, OrganizationHeads.restSimilarity(rest, englishRest))
                }
            }
        }
        for (a, b) in pairs where a.count == b.count && !a.isEmpty {
            // Word by word; a word of one or two consonants must match exactly.
            let scores = zip(a, b).map { x, y in min(x.count, y.count) <= 2 ? (x == y ? 1.0 : 0) : NameSkeleton.similarity(x, y) }
            best = max(best, scores.reduce(0, +) / Double(scores.count) * (types.0 == types.1 ? 1 : 0.9))
        }
        return best >= threshold ? CrossLingualLink(method: "transliteration", confidence: (best * 100).rounded() / 100) : nil
    }

    /// A name's skeleton without its head word and the `joining` words ("of", "for"; و), with the
    /// head's number in `OrganizationHeads`; nil when it has no head or nothing else.
    private static func withoutHead(_ skeleton: [String], _ heads: [String: Int], joining: Set<String>) -> ([String], Int)? {
        guard let index = skeleton.firstIndex(where: { heads[$0] != nil }), let head = heads[skeleton[index]] else { return nil }
        let rest = skeleton.enumerated().filter { $0.offset != index && !joining.contains($0.element) }.map(\.element)
        return rest.isEmpty ? nil : (rest, head)
    }
}

/// The head words of organizations' names in Persian and English, as name skeletons, each with
/// the number of the head it translates.
enum OrganizationHeads {
    private static let pairs: [(persian: [String], english: [String])] = [
        (["دانشگاه"], ["University"]), (["دانشکده"], ["Faculty", "School", "College"]), (["وزارت"], ["Ministry"]),
        (["سازمان"], ["Organization", "Organisation", "Agency"]), (["موسسه", "مؤسسه", "پژوهشکده", "پژوهشگاه"], ["Institute"]),
        (["مرکز"], ["Center", "Centre"]), (["انجمن"], ["Association", "Society"]), (["بانک"], ["Bank"]),
        (["شرکت"], ["Company", "Corporation"]), (["حزب"], ["Party"]), (["شورای"], ["Council"]), (["کمیته"], ["Committee"]),
    ]
    /// Other words of organizations' names that are translated, not transliterated ("Institute for
    /// Strategic Studies" is پژوهشکده مطالعات راهبردی).
    private static let translatedWords: [(persian: [String], english: [String])] = [
        (["مطالعات"], ["Studies"]), (["راهبردی", "استراتژیک"], ["Strategic"]), (["بین‌المللی", "بین‌الملل"], ["International"]),
        (["روابط"], ["Relations"]), (["علوم"], ["Sciences", "Science"]), (["سیاسی"], ["Political"]), (["ملی"], ["National"]),
        (["اسلامی"], ["Islamic"]), (["دفاعی", "دفاع"], ["Defense", "Defence"]), (["امنیت", "امنیتی"], ["Security"]),
        (["اقتصادی", "اقتصاد"], ["Economic", "Economics"]), (["پژوهش", "پژوهش‌های", "تحقیقات"], ["Research"]),
        (["فنی"], ["Technical"]), (["پزشکی"], ["Medical"]), (["صنعتی"], ["Industrial"]), (["خارجه", "خارجی"], ["Foreign"]),
        (["امور"], ["Affairs"]), (["جهانی"], ["World"]), (["عالی"], ["Supreme", "Higher"]), (["نفت"], ["Oil", "Petroleum"]),
        (["آزاد"], ["Azad", "Free"]), (["انقلاب"], ["Revolution", "Revolutionary"]), (["پاسداران"], ["Guards"]),
    ]
    static let persian: [String: Int] = table(pairs, \.persian, language: "fa")
    static let english: [String: Int] = table(pairs, \.english, language: "en")
    private static let persianWords: [String: Int] = table(translatedWords, \.persian, language: "fa")
    private static let englishWords: [String: Int] = table(translatedWords, \.english, language: "en")
    /// Skeletons of the words that join a name to its head ("University of Tehran", "Institute for
    /// Strategic Studies"; وزارت صنعت و تجارت).
    static let englishJoiningWords: Set<String> = Set(["of", "the", "for", "and", "on", "in"].flatMap { NameSkeleton.of($0, language: "en") })
    static let persianJoiningWords: Set<String> = Set(NameSkeleton.of("و", language: "fa"))

    /// How alike two names without their heads are, from 0 to 1, in any order: each Persian word
    /// paired with the English word most like it, by translation (`translatedWords`) or by sound.
    static func restSimilarity(_ persian: [String], _ english: [String]) -> Double {
        guard persian.count == english.count, !persian.isEmpty else { return 0 }
        var unused = Array(english.indices)
        var total = 0.0
        for word in persian {
            var best = 0.0, bestIndex: Int?
            for index in unused {
                let other = english[index]
                let score: Double = persianWords[word].map { $0 == englishWords[other] } == true ? 1
                    : min(word.count, other.count) <= 2 ? (word == other ? 1 : 0) : NameSkeleton.similarity(word, other)
                if score > best || bestIndex == nil { (best, bestIndex) = (score, index) }
            }
            if let bestIndex { unused.removeAll { $0 == bestIndex } }
            total += best
        }
        return total / Double(persian.count)
    }

    private static func table(_ pairs: [(persian: [String], english: [String])],
                              _ words: KeyPath<(persian: [String], english: [String]), [String]>, language: String) -> [String: Int] {
        var table: [String: Int] = [:]
        for (number, pair) in pairs.enumerated() {
            for word in pair[keyPath: words] {
                for skeleton in NameSkeleton.of(word, language: language) { table[skeleton] = number }
            }
        }
        return table
    }
}
