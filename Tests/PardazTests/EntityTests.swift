import Foundation
import PardazExport
import PardazExtract
import PardazModel
import PardazRun
import PardazXML
import Testing

/// Named entities on the seeds as `pardaz run` writes them: the author, the ships and missiles, the
/// people, organizations and places, and the Persian abstract's names linked to the English ones.
@Suite("Named entities")
struct EntityTests {
    static let paper = try! DocumentProcessor.process(fileAt: Fixtures.seedPaperPath).document
    static let news = try! DocumentProcessor.process(fileAt: Fixtures.seedNewsPath).document

    /// The entity one of whose names in `language` is `name`.
    static func entity(_ document: Document, _ name: String, language: String = "en") -> NamedEntity? {
        document.entities.first { entity in
            entity.mentions.contains { id in
                document.entityMentions.first { $0.id == id }.map { $0.language == language && $0.text == name } ?? false
            }
        }
    }

    @Test func theAuthorIsOnePersonInBothLanguages() throws {
        let english = try #require(Self.paper.front("en")?.authors.first?.name.text)
        let persian = try #require(Self.paper.front("fa")?.authors.first?.name.text)
        let author = try #require(Self.entity(Self.paper, english))
        #expect(author.type == .person)
        #expect(author.names["fa"] == persian)
        #expect(author.link?.method == "transliteration" && (author.link?.confidence ?? 0) >= 0.9)
    }

    @Test(arguments: [("ایران", "Iran"), ("چین", "China"), ("آمریکا", "U.S."), ("روحانی", "Rouhani"), ("خاورمیانه", "Middle East"),
                      ("شرق آسیا", "East Asia")])
    func thePersianAbstractsNamesPointAtTheEnglishOnes(persian: String, english: String) throws {
        let entity = try #require(Self.entity(Self.paper, persian, language: "fa"))
        #expect(Self.entity(Self.paper, english)?.id == entity.id)
        #expect(entity.link != nil)
    }

    @Test func shipsAndMissilesAreWeaponsAndNothingElse() throws {
        let weapons = Set(Self.paper.entityMentions.filter { $0.type == .weapon }.map(\.text))
        for name in ["C-802", "C-802s", "C802", "HY-2 Silkworm", "S-300", "TL-10", "QW-1M", "M-11", "Noor", "Nasr", "Raad",
                     "Sabalan", "Khark", "Changchun", "Changzhou"] {
            #expect(weapons.contains(name), "\(name)")
        }
        // Designations are one weapon however they are written.
        #expect(Self.entity(Self.paper, "C-802")?.id == Self.entity(Self.paper, "C802s")?.id ?? Self.entity(Self.paper, "C802")?.id)
        // Not weapons: a doctrine, a negotiating group, words, and no weapon tagged as anything else.
        for name in ["A2", "AD", "P5", "Missile", "Weapons", "Small", "Surface", "Navy"] { #expect(!weapons.contains(name), "\(name)") }
        let others = Self.paper.entityMentions.filter { $0.type != .weapon }.map(\.text)
        for name in ["C-802", "Sabalan", "Changchun", "Noor"] { #expect(!others.contains(name), "\(name)") }
    }

    @Test func aMissileNamedAfterCalledAndAQuotedAlternativeName() throws {
        let path = Fixtures.seedPaperPath
        // "… a modified version … called the <Name> <number>": the name with its number.
        let given = try Fixtures.seedMatches(path, "version of [^.]* called the ([A-Z][a-z]+ [0-9]+)")
        #expect(!given.isEmpty)
        for name in given { #expect(Self.entity(Self.paper, name)?.type == .weapon, "\(name)") }
        // “<Name> or <Translation>”: two names of one missile.
        let pattern = try NSRegularExpression(pattern: "“([A-Z][a-z]+) or ([A-Z][a-z]+)” [a-z-]+ [a-z-]+ missile")
        let text = try Fixtures.seedLines(path).joined(separator: "\n")
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        #expect(!matches.isEmpty)
        for match in matches {
            let (first, second) = (String(text[Range(match.range(at: 1), in: text)!]), String(text[Range(match.range(at: 2), in: text)!]))
            let entity = try #require(Self.entity(Self.paper, first))
            #expect(entity.type == .weapon && Self.entity(Self.paper, second)?.id == entity.id, "\(first) \(second)")
        }
    }

    @Test func anAbbreviationInAReferencesTitleStaysAName() throws {
        // The tagger's abbreviation at the head of a cited article's title: "Exclusive: <ABC> Helped …".
        let abbreviations = try Fixtures.seedMatches(Fixtures.seedPaperPath, "Exclusive: ([A-Z]{3,}) [A-Z][a-z]+")
        #expect(!abbreviations.isEmpty)
        for name in abbreviations {
            #expect(Self.paper.entityMentions.contains { $0.text == name && $0.type == .organization }, "\(name)")
        }
    }

    @Test func peopleOrganizationsAndPlaces() throws {
        let expected: [(String, EntityMention.Kind)] = [
            ("Chang Wanquan", .person), ("Hossein Dehghan", .person), ("Ali Shamkhani", .person), ("Xi Jinping", .person),
            ("Hassan Rouhani", .person), ("People's Liberation Army Navy", .organization),
            ("Shanghai Cooperation Organization", .organization), ("UN Security Council", .organization),
            ("Tehran", .location), ("Beijing", .location), ("Persian Gulf", .location), ("Bandar Abbas", .location),
        ]
        for (name, type) in expected {
            #expect(Self.entity(Self.paper, name)?.type == type, "\(name)")
        }
        // One entity per name, however it is written.
        #expect(Self.entity(Self.paper, "PLAN")?.id == Self.entity(Self.paper, "People's Liberation Army Navy")?.id)
        #expect(Self.entity(Self.paper, "SCO")?.id == Self.entity(Self.paper, "Shanghai Cooperation Organization")?.id)
        #expect(Self.entity(Self.paper, "Rouhani")?.id == Self.entity(Self.paper, "Hassan Rouhani")?.id)
        // A capital is not its country.
        #expect(Self.entity(Self.paper, "Tehran")?.id != Self.entity(Self.paper, "Iran")?.id)
        // Descriptions and headings are not names.
        let names = Set(Self.paper.entityMentions.map(\.text))
        for phrase in ["Iranian", "Western", "Middle Eastern", "The U.S."] { #expect(!names.contains(phrase), "\(phrase)") }
        // Fleets are organizations; a person named after an organization is a person of his own.
        let path = Fixtures.seedPaperPath
        let fleets = try Fixtures.seedMatches(path, "[A-Z][a-z]+ Sea Fleet").filter(names.contains)
        #expect(!fleets.isEmpty && fleets.allSatisfy { Self.entity(Self.paper, $0)?.type == .organization })
        #expect(!Self.paper.entityMentions.contains { $0.type == .location && $0.text.hasSuffix("Fleet") })
        let afterOrganization = try #require(try Fixtures.seedMatches(path, "Cooperation Organization ([A-Z][a-z]+ [A-Z][a-z]+)\\.").first)
        #expect(Self.entity(Self.paper, afterOrganization)?.type == .person)
        #expect(Self.entity(Self.paper, "CSIS")?.names["en"].map { $0.hasPrefix("Center for ") && $0.split(separator: " ").count >= 5 } == true)
        // No names: an era in quotes, an event or a document, a place's possessive before no
        // organization's head, an abbreviation of a kind of weapon or of words in small letters.
        let phrases = try Fixtures.seedMatches(path, "‘([A-Z][a-z]+ Century)’")
            + Fixtures.seedMatches(path, "\\b([A-Z][a-z]+ (?:Revolution|Communiqué))\\b")
            + Fixtures.seedMatches(path, "\\b(China's [A-Z][a-z]+ [A-Z][a-z]+)\\b").filter { !$0.hasSuffix("Fleet") && !$0.hasSuffix("Navy") }
            + Fixtures.seedMatches(path, "(?:Missile|Weapons|defense) \\(([A-Z]+)\\)")
        #expect(phrases.count >= 8)
        for phrase in phrases { #expect(!names.contains(phrase), "\(phrase)") }
    }

    @Test func theNewsSeedsPeopleAndShips() throws {
        #expect(Self.entity(Self.news, "Chang Wanquan")?.type == .person)
        #expect(Self.entity(Self.news, "Tehran")?.type == .location)
        #expect(Self.entity(Self.news, "Sabalan")?.type == .weapon)
        #expect(Self.news.entityMentions.allSatisfy { $0.language == "en" })
        // Named before their noun, listed, or after a range.
        for name in ["Nasr", "Oghab", "Nazeat", "Shahab 3", "Houdong", "C-14", "J-10"] { #expect(Self.entity(Self.news, name)?.type == .weapon, "\(name)") }
        // A possessive country is still the country; places joined by a hyphen are no name.
        #expect(Self.news.entityMentions.filter { $0.text == "Iran" }.allSatisfy { $0.type == .location })
        #expect(!Self.news.entityMentions.contains { $0.text.contains("Iran-China") })
        // One entity, one type: every mention of a person is a person.
        for entity in Self.news.entities {
            #expect(entity.mentions.allSatisfy { id in Self.news.entityMentions.first { $0.id == id }?.type == entity.type })
        }
    }

    @Test(arguments: [EntityTests.paper, EntityTests.news])
    func mentionsPointIntoTextAndSourceAndEachBelongsToOneEntity(document: Document) throws {
        let source = try Fixtures.sourceScalars(document.source.path)
        var seen = Set<String>()
        for mention in document.entityMentions {
            #expect(document.slice(mention.range) == mention.text)
            let sourceRange = try #require(mention.sourceRange)
            #expect(sourceRange.end <= source.count)
            let id = try #require(mention.id)
            #expect(seen.insert(id).inserted)
            let entity = try #require(document.entities.first { $0.id == mention.entity })
            #expect(entity.mentions.contains(id))
        }
        #expect(document.entities.reduce(0) { $0 + $1.mentions.count } == document.entityMentions.count)
        // No two mentions overlap.
        for (a, b) in zip(document.entityMentions, document.entityMentions.dropFirst()) {
            #expect(a.range.end <= b.range.start, "\(a.text) overlaps \(b.text)")
        }
        // The reference list is not read for entities.
        for block in document.blocks(.reference) {
            #expect(!document.entityMentions.contains { block.range.contains($0.range) })
        }
    }

    @Test func teiMarksMentionsAndListsTheEntities() throws {
        let xml = try TEIWriter.write(Self.paper, generator: "pardaz test")
        #expect(try RelaxNGValidator(schema: SchemaResources.teiRelaxNG()).validate(xml) == [])
        let author = try #require(Self.entity(Self.paper, "Hassan Rouhani"))
        #expect(xml.contains("<persName ref=\"#\(author.id)\">"))
        #expect(xml.contains("<person xml:id=\"\(author.id)\" n=\"gazetteer\" cert=\"0.95\" corresp=\"pardaz:per:rouhani\">"))
        #expect(xml.contains("<listObject type=\"weapons\">"))
    }
}

/// The pieces: weapon patterns, name skeletons, grouping, and the command.
@Suite("Entity pieces")
struct EntityPieceTests {
    static func mentions(_ text: String, _ language: String = "en") -> [(String, EntityMention.Kind)] {
        EntityExtractor.shipped.mentions(in: text, language: language).map { ($0.text, $0.type) }
    }

    @Test func weaponPatternsNeedAWeaponSentenceAndAWholeDesignation() {
        let weapons = Self.mentions("The navy bought C-802 and HY-2 Silkworm missiles, and the frigate Alvand fired a QW-1M.")
            .filter { $0.1 == .weapon }.map(\.0)
        #expect(weapons == ["C-802", "HY-2 Silkworm", "Alvand", "QW-1M"])
        // A name given after "called" or "known as", with its number, where a weapon was just named.
        let given = Self.mentions("In 2006 the navy tested a new variant of the missile called the Sayyad 3, known as the Hunter.")
        #expect(given.filter { $0.1 == .weapon }.map(\.0) == ["Sayyad 3", "Hunter"])
        #expect(!Self.mentions("The minister called Fischer about the missile deal.").contains { $0.1 == .weapon })
        // No weapon word: a designation-like token is left alone; slashes and plus signs are not designations.
        #expect(!Self.mentions("Delegates met in room B-12 on Monday.").contains { $0.1 == .weapon })
        #expect(!Self.mentions("Its A2/AD doctrine and the P5+1 talks shaped missile policy.").contains { $0.1 == .weapon })
    }

    @Test func skeletonsMatchPersianAndEnglishSpellings() {
        let pairs = [("روحانی", "Rouhani"), ("مسعود رضایی", "Masoud Rezaei"), ("تهران", "Tehran"), ("اصفهان", "Isfahan")]
        for (persian, english) in pairs {
            let grouped = EntityGrouping.group([
                EntityMention(type: .person, language: "en", range: TextRange(0, english.unicodeScalars.count), text: english, method: "tagger"),
                EntityMention(type: .person, language: "fa", range: TextRange(100, 100 + persian.unicodeScalars.count), text: persian, method: "tagger"),
            ])
            #expect(grouped.entities.count == 1, "\(persian) \(english)")
            #expect(grouped.entities.first?.link?.method == "transliteration" || grouped.entities.first?.link?.method == "gazetteer")
        }
        let unrelated = EntityGrouping.group([
            EntityMention(type: .location, language: "en", range: TextRange(0, 5), text: "Japan", method: "tagger"),
            EntityMention(type: .location, language: "fa", range: TextRange(10, 13), text: "چین", method: "tagger"),
        ])
        #expect(unrelated.entities.count == 2)
    }

    @Test func titlesAndDescriptionsAreTrimmedFromNames() {
        let found = Self.mentions("Chinese Defence Minister Dong Jun met the Omani navy commander in Muscat.")
        #expect(found.contains { $0 == ("Dong Jun", .person) })
        #expect(!found.contains { $0.0.contains("Minister") || $0.0 == "Iranian" })
        // A plan named with numbers is nobody: "One Port, One Corridor".
        let plan = Self.mentions("Premier Li Qiang said One Port, One Corridor will link the two coasts.")
        #expect(plan.contains { $0 == ("Li Qiang", .person) } && !plan.contains { $0.0 == "Port" || $0.0 == "Corridor" })
    }

    @Test func citedAuthorsArePersonsWhateverElseTheirNamesCouldBe() {
        let found = Self.mentions("Ties deepened after the war (Denmark and Holloway, 2011: 42), as others argue (Varga, 2009).")
        for name in ["Denmark", "Holloway", "Varga"] { #expect(found.contains { $0 == (name, .person) }, "\(name)") }
        let note = Self.mentions("The rivalry is described in: Anna Ferro and Tomas Lind, “New Rules For Old Naval Rivals”, 2012.")
        #expect(note.contains { $0 == ("Anna Ferro", .person) } && note.contains { $0 == ("Tomas Lind", .person) })
        #expect(Self.mentions("See Lindqvist and Others for the figures.").contains { $0 == ("Lindqvist", .person) })
        // A reference's unquoted title names nothing but what the gazetteer knows and abbreviations;
        // the publisher after it is a name, and so is a ministry after a plan's name.
        let reference = Self.mentions("See: Ana Ruiz, Oman's Ties with India and the East Partnership and Rivalry in Asia, "
            + "Madrid Institute, 2014. See also: Ana Ruiz, NATO Ties with Oman, Madrid Institute, 2015.")
        #expect(!reference.contains { ["East Partnership", "Rivalry"].contains($0.0) })
        for name in ["Oman", "India", "Madrid Institute", "NATO"] { #expect(reference.contains { $0.0 == name }, "\(name)") }
        let plan = Self.mentions("4. Naval Cooperation Plan, Ministry of Defense (Chile), 2011, p. 9.")
        #expect(plan.contains { $0 == ("Ministry of Defense", .organization) })
    }

    @Test func namesKeepToTheirOwnWords() {
        // A title makes a person; a gazetteer name is whole; names joined by "and" are two; a name
        // in a title's quotes, across table cells, or inside a name of something else is none.
        #expect(Self.mentions("President Rouhani spoke to the press.").contains { $0 == ("Rouhani", .person) })
        #expect(Self.mentions("Iran joined the Non-Aligned Movement in 1979.").contains { $0 == ("Non-Aligned Movement", .organization) })
        let pair = Self.mentions("Officials of the UAE and Qatar met in Doha.")
        #expect(pair.contains { $0.0 == "UAE" } && pair.contains { $0.0 == "Qatar" } && !pair.contains { $0.0.contains(" and ") })
        #expect(!Self.mentions("It was reported as “Tehran Opens Its New Harbour To Visiting Fleets” at the time.")
            .contains { $0.0.contains("Harbour") || $0.0.contains("Fleets") })
        #expect(!Self.mentions("Meeting\tOmani Foreign Minister Arrives").contains { $0.0.contains("\t") })
        #expect(!Self.mentions("The cadets of the PLAN Submarine Academy toured the frigate Alvand.").contains { $0 == ("Academy", .weapon) })
    }

    @Test func aNamesOwnWordsSayWhatItIs() {
        // Its head makes a fleet an organization; a century, a place's possessive before no
        // organization's head, or a kind of weapon make a phrase.
        let found = Self.mentions("Ships of Iran's Navy joined the Southern Sea Fleet as the ‘Atlantic Century’ began, "
            + "as Egypt's Naval Ambitions and its Light Arms showed.")
        #expect(found.contains { $0 == ("Southern Sea Fleet", .organization) })
        #expect(found.contains { $0 == ("Iran's Navy", .organization) })
        #expect(!found.contains { ["Atlantic Century", "Egypt's Naval Ambitions", "Light Arms"].contains($0.0) })
        // An abbreviation is an organization's unless the gazetteer has it as a place.
        #expect(Self.mentions("It appeared in the Middle East Journal of Sea Studies, MEJSS, 2011, p. 40.").contains { $0 == ("MEJSS", .organization) })
        // The head before "for" is the name's; two one-word places joined by "and" are two names.
        let center = Self.mentions("She spoke at the Center for Maritime and Coastal Studies on what the North and South share.")
        #expect(center.contains { $0 == ("Center for Maritime and Coastal Studies", .organization) })
        #expect(!center.contains { $0.0 == "Center" || $0.0 == "Maritime and Coastal Studies" })
        let institute = Self.mentions("She teaches at the Zagros Institute for Coastal Studies in Kermanshah.")
        #expect(institute.contains { $0 == ("Zagros Institute for Coastal Studies", .organization) } && !institute.contains { $0.0 == "Zagros Institute" })
        // An abbreviation of common words is no name; one of a name is.
        let abbreviations = Self.mentions("The navy bought Shoulder Launched Missile (SLM) kits and shoulder-fired air defense (SFAD) "
            + "units, as the Chemical Weapons Convention (CWC) allows.")
        #expect(!abbreviations.contains { $0.0 == "SLM" || $0.0 == "SFAD" })
        #expect(abbreviations.contains { $0 == ("CWC", .organization) })
        // A gazetteer organization the tagger ran on into the person after it.
        let chief = Self.mentions("He met the director general of the International Atomic Energy Agency Rafael Grossi in Vienna.")
        #expect(chief.contains { $0 == ("International Atomic Energy Agency", .organization) })
        #expect(chief.contains { $0 == ("Rafael Grossi", .person) })
    }

    /// A mention of `text` at `start` (ranges only need to be in order for grouping).
    static func mention(_ type: EntityMention.Kind, _ language: String, at start: Int, _ text: String,
                        method: String = "tagger") -> EntityMention {
        EntityMention(type: type, language: language, range: TextRange(start, start + text.unicodeScalars.count), text: text, method: method)
    }

    @Test func anOrganizationIsLinkedThroughItsTranslatedHeadWord() {
        let grouped = EntityGrouping.group([
            Self.mention(.organization, "en", at: 0, "Allameh Tabataba'i University"),
            Self.mention(.organization, "en", at: 40, "University of Tehran"),
            Self.mention(.organization, "fa", at: 100, "دانشگاه علامه طباطبائی"),
            Self.mention(.organization, "fa", at: 130, "دانشگاه تهران"),
        ])
        #expect(grouped.entities.count == 2)
        #expect(grouped.entities.allSatisfy { $0.names["fa"] != nil && $0.names["en"] != nil && $0.link?.method == "transliteration" })
        // Words of the name translated, in another order: linked; a word that translates another: not.
        let institutes = EntityGrouping.group([
            Self.mention(.organization, "en", at: 0, "Alborz Institute for Strategic Studies"),
            Self.mention(.organization, "fa", at: 100, "پژوهشکده مطالعات راهبردی البرز"),
            Self.mention(.organization, "fa", at: 140, "پژوهشکده مطالعات اقتصادی البرز"),
        ])
        #expect(institutes.entities.count == 2)
        #expect(institutes.entities.contains { $0.names == ["en": "Alborz Institute for Strategic Studies", "fa": "پژوهشکده مطالعات راهبردی البرز"] })
    }

    @Test func aWeaponsNameQuotedAfterItsDesignationIsTheSameWeapon() {
        // "YJ-82 “Eagle”" is one weapon; a name further off from a designation is another.
        let weapons = EntityGrouping.group([
            Self.mention(.weapon, "en", at: 0, "YJ-82", method: "pattern"),
            Self.mention(.weapon, "en", at: 7, "Eagle", method: "pattern"),
            Self.mention(.weapon, "en", at: 40, "YJ-83", method: "pattern"),
            Self.mention(.weapon, "en", at: 60, "Falcon", method: "pattern"),
        ])
        #expect(weapons.entities.count == 3)
        #expect(weapons.mentions[0].entity == weapons.mentions[1].entity && weapons.mentions[2].entity != weapons.mentions[3].entity)
    }

    @Test func phrasesAroundNamesThatAreNoNames() {
        let found = Self.mentions("Since 1990, Oman has balanced its relations with the West, as the Gulf Maritime Research Service noted "
            + "in 2019. The Carter administration had doubts after a new Omani President came. Omani Naval Relations grew, and "
            + "Sino-Omani trade too. Most International Relations (IR) theories agree. Buyers want air defences like SAMP and "
            + "systems such as the Aster.")
        // "The West" of world politics; a service's name after "the"; a president's name before "administration".
        #expect(found.contains { $0 == ("West", .location) })
        #expect(found.contains { $0 == ("Gulf Maritime Research Service", .organization) })
        #expect(found.contains { $0 == ("Carter", .person) })
        // A people's title, relations or trade, and a field's abbreviation, are no names.
        for phrase in ["Omani President", "Omani Naval Relations", "Sino-Omani", "IR"] { #expect(!found.contains { $0.0 == phrase }, "\(phrase)") }
        // Weapons given as examples after weapons in general.
        #expect(found.filter { $0.1 == .weapon }.map(\.0) == ["SAMP", "Aster"])
        // A title's capitalized preposition makes a phrase; an organization's name ends at a comma.
        // (The sample journal article's title: input/sample-journal.html, the project's own text.)
        let title = Self.mentions("Hedging Between Rivals: Iran’s Strategy Toward China and the Gulf Monarchies")
        #expect(title.contains { $0.0 == "China" } && !title.contains { $0.0.contains("Toward") })
        let affiliation = Self.mentions("She teaches at Alborz University, Tehran, and writes for the press.")
        #expect(affiliation.contains { $0 == ("Alborz University", .organization) } && !affiliation.contains { $0.0.contains(",") })
    }

    @Test func aPersonNamedByOneWordOfAFullNameFoundElsewhere() throws {
        let text = "President Li Qiang met Dina Farouk in Muscat. Later, in which Li stated that trust had deepened, Farouk agreed. "
            + "Li left. Analyst Tom Gentle wrote that Gentle's view held, as gentle as it is; Farouk's aide Dina Hale came."
        let scalars = Array(text.unicodeScalars)
        /// The mention of the first `name` in the text, as the tagger would give it.
        func person(_ name: String) -> EntityMention {
            let pattern = Array(name.unicodeScalars)
            let start = (0...(scalars.count - pattern.count)).first { Array(scalars[$0..<$0 + pattern.count]) == pattern }!
            return EntityMention(type: .person, language: "en", range: TextRange(start, start + pattern.count), text: name, method: "tagger")
        }
        let full = ["Li Qiang", "Dina Farouk", "Tom Gentle", "Dina Hale"].map(person)
        let found = PersonNameParts.adding(to: full, in: text, within: [TextRange(0, scalars.count)])
        // "Li" and "Farouk" (twice, once with 's); not at a sentence's start ("Li left."), not a word the
        // text writes in small letters ("gentle"), not next to another capitalized word.
        #expect(found.filter { $0.method == "document" }.map(\.text) == ["Li", "Farouk", "Farouk"])
        // A one-word organization the tagger made of such a word is the person.
        let garver = PersonNameParts.adding(to: [person("Tom Gentle"), EntityMention(type: .organization, language: "en",
                                                 range: TextRange(0, 2), text: "Li", method: "tagger"), person("Li Qiang")],
                                            in: text, within: [TextRange(0, scalars.count)])
        #expect(garver.first { $0.range == TextRange(0, 2) }?.type == .person)
        let grouped = EntityGrouping.group(found, in: text)
        #expect(grouped.mentions.first { $0.text == "Li" }?.entity == grouped.mentions.first { $0.text == "Li Qiang" }?.entity)
    }

    @Test func twoNamesQuotedTogetherWithOrAreOneWeapon() throws {
        let text = "The “Sayyad or Hunter” missile and the “Fajr” and “Zelzal” rockets."
        let found = EntityExtractor.shipped.mentions(in: text, language: "en").filter { $0.type == .weapon }
        #expect(found.map(\.text) == ["Sayyad", "Hunter", "Fajr", "Zelzal"])
        let grouped = EntityGrouping.group(found, in: text)
        #expect(grouped.entities.count == 3)
        #expect(grouped.mentions[0].entity == grouped.mentions[1].entity && grouped.mentions[2].entity != grouped.mentions[3].entity)
        // Without the text, the names stay apart.
        #expect(EntityGrouping.group(found).entities.count == 4)
    }

    @Test func persianNamesKeepTheirOwnWords() {
        let found = Self.mentions("بحران مالی دولت ادامه دارد و زائران به زیارت حضرت زینب (س) در دمشق رفتند. کشتی‌ها در دریای عمان بودند.", "fa")
        // An honorific stays with the name; مالی here is "financial", not Mali; a sea named after a
        // country is a place of its own.
        #expect(found.contains { $0 == ("حضرت زینب (س)", .person) })
        #expect(!found.contains { $0.0 == "مالی" })
        #expect(found.contains { $0 == ("دریای عمان", .location) })
        // "The world" is no place, as in English.
        let world = Self.mentions("بخشی از نفت جهان از تنگه هرمز می‌گذرد و دنیای امروز به آن وابسته است.", "fa")
        #expect(world.contains { $0 == ("تنگه هرمز", .location) })
        #expect(!world.contains { ["جهان", "دنیای"].contains($0.0) })
        // An institution named after a country keeps it (سفارت آمریکا), as does a club after its city.
        let institutions = Self.mentions("رئیس باشگاه ذوب آهن اصفهان گفت. سفیر در سفارت آمریکا بود.", "fa")
        #expect(institutions.contains { $0 == ("سفارت آمریکا", .organization) })
        #expect(institutions.contains { $0.0.hasSuffix("ذوب آهن اصفهان") && $0.1 == .organization })
    }

    @Test func aHeadlinesCapitalsMakeNoNames() throws {
        // The sample news article's headline is in title case; its words are ordinary words.
        let document = try DocumentProcessor.process(fileAt: Fixtures.packageRoot.appendingPathComponent("input/sample-news.txt").path).document
        let headings = document.blocks.filter { $0.kind == .title || $0.kind == .heading }
        #expect(!headings.isEmpty)
        let inHeadings = document.entityMentions.filter { mention in headings.contains { $0.range.contains(mention.range) } }
        #expect(inHeadings.allSatisfy { $0.method == "gazetteer" })
        // A demonym is no name, however it is spelled.
        #expect(!Self.mentions("An Emirati official and two Kuwaiti envoys met.").contains { $0.0 == "Emirati" || $0.0 == "Kuwaiti" })
    }

    @Test func aFieldOfStudyOrAPostIsNoOrganization() {
        let found = Self.mentions("She holds a Ph.D. in Political Geography and is Assistant Professor of Political Science at Tehran University.")
        #expect(!found.contains { $0.0.contains("Geography") || $0.0.contains("Professor") || $0.0 == "Political Science" })
        let fields = Self.mentions("Scholars of Regional Studies and of Military Relations disagree, as Foreign Policy theory shows.")
        #expect(!fields.contains { ["Regional Studies", "Military Relations", "Foreign Policy"].contains($0.0) })
    }

    @Test func theEntitiesCommandPrintsMentionsWithSharedIdsAcrossLanguages() throws {
        let input = "President Hassan Rouhani visited Beijing.\nرئیس‌جمهور روحانی به پکن سفر کرد.\n"
        let result = try CommandLineTests.pardaz(["entities", "--lang", "auto"], input: Data(input.utf8))
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let byText = Dictionary(items.map { ($0["text"] as! String, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["Hassan Rouhani"]?["type"] as? String == "PER")
        #expect(byText["روحانی"]?["entity"] as? String == byText["Hassan Rouhani"]?["entity"] as? String)
        #expect(byText["پکن"]?["entity"] as? String == byText["Beijing"]?["entity"] as? String)
        let scalars = Array(input.unicodeScalars)
        for item in items {
            let start = item["start"] as! Int, end = item["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == item["text"] as? String)
        }
        #expect(try CommandLineTests.pardaz(["entities", "--lang", "de"]).status == 2)
        #expect(try CommandLineTests.pardaz(["entities", "--lang", "en"], input: Data([0xFF, 0xFE])).status == 1)
    }
}
