import PardazModel

/// Where each block of a document goes in the TEI: the header, the front, the body or the back.
///
/// Every block is placed once, so no `xml:id` is written twice and nothing is dropped:
/// - abstract blocks (listed in a front matter, or of kind `abstract`) go to the front, one
///   `<div type="abstract">` per language; author notes go to the front's `<div type="authorNotes">`;
/// - title, byline, affiliation, dateline and keywords blocks are represented by the header when
///   their front matter (or the document's dates) carries what they say, and otherwise stay in the
///   body as `<ab type="…">`; source lines become notes of the header's `<biblStruct>`;
/// - blocks of a notes, references or back section go to that section's `<div>` in the back; notes
///   and references outside such a section join the first notes (references) section, or a
///   headless one made for them;
/// - everything else is the body, in reading order.
struct TEILayout {
    /// A division of the back: a section of the document, or one made for loose notes or references.
    struct BackDivision {
        var section: Section?
        var kind: SectionKind
        var blocks: [Block]
    }

    var abstracts: [(language: String, blocks: [Block])] = []
    var authorNotes: [Block] = []
    var sourceLines: [Block] = []
    var body: [Block] = []
    var back: [BackDivision] = []
    /// The first block of the body flow of each body section, mapped to its section.
    var sectionOpeners: [String: Section] = [:]

    init(_ document: Document) {
        var abstractLanguage: [String: String] = [:]
        for front in document.front {
            for id in front.abstract where abstractLanguage[id] == nil { abstractLanguage[id] = front.language }
        }
        var backOfBlock: [String: Int] = [:]
        var backOfSection: [String: Int] = [:]
        for section in document.sections where section.kind != .body {
            for id in [section.heading] + section.blocks where backOfBlock[id] == nil { backOfBlock[id] = back.count }
            backOfSection[section.id] = back.count
            back.append(BackDivision(section: section, kind: section.kind, blocks: []))
        }

        var abstractGroups: [String: [Block]] = [:]
        var abstractOrder = document.front.filter { !$0.abstract.isEmpty }.map(\.language)
        for block in document.blocks {
            if let language = abstractLanguage[block.id] ?? (block.kind == .abstract ? block.language : nil) {
                if abstractGroups[language] == nil && !abstractOrder.contains(language) { abstractOrder.append(language) }
                abstractGroups[language, default: []].append(block)
            } else if Self.isInHeader(block, document) {
                continue
            } else if block.kind == .authorNote {
                authorNotes.append(block)
            } else if block.kind == .sourceLine {
                sourceLines.append(block)
            } else if let index = backOfBlock[block.id] ?? block.section.flatMap({ backOfSection[$0] }) {
                back[index].blocks.append(block)
            } else if block.kind == .note || block.kind == .reference {
                let kind: SectionKind = block.kind == .note ? .notes : .references
                if let index = back.firstIndex(where: { $0.kind == kind }) {
                    back[index].blocks.append(block)
                } else {
                    back.append(BackDivision(section: nil, kind: kind, blocks: [block]))
                }
            } else {
                body.append(block)
            }
        }
        abstracts = abstractOrder.compactMap { language in
            abstractGroups[language].map { (language, $0) }
        }

        // A body section opens at its heading block, or at its first block when the heading is absent.
        let bodyIDs = Set(body.map(\.id))
        for section in document.sections where section.kind == .body {
            let members = Set(section.blocks)
            if bodyIDs.contains(section.heading) {
                sectionOpeners[section.heading] = section
            } else if let first = body.first(where: { members.contains($0.id) || $0.section == section.id }),
                      sectionOpeners[first.id] == nil {
                sectionOpeners[first.id] = section
            }
        }
    }

    /// True for front-matter blocks whose content the header carries.
    private static func isInHeader(_ block: Block, _ document: Document) -> Bool {
        let front = document.front(block.language)
        switch block.kind {
        case .title:
            return true
        case .byline:
            return !(front?.authors.isEmpty ?? true)
        case .affiliation:
            return !(front?.affiliations.isEmpty ?? true) || (front?.authors.contains { $0.affiliation != nil } ?? false)
        case .dateline:
            return !document.dates.isEmpty
        case .keywords:
            return !(front?.keywords.isEmpty ?? true)
        default:
            return false
        }
    }
}
