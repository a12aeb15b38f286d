import PardazModel

/// Makes the sections of the body from its headings: each heading starts a section that runs to the
/// next one. Sections are siblings; the level comes from the numbering ("2.1" is level 2), 1 when
/// the heading has none. "Notes", "References", "Acknowledgements" and their Persian names give
/// sections of those kinds. Front matter (title, byline, abstract, keywords), and notes or
/// references without a heading of their own, end a body section and belong to none.
enum HTMLSectionBuilder {
    private static let frontKinds: Set<BlockKind> = [.title, .byline, .affiliation, .authorNote, .dateline,
                                                     .abstract, .keywords]

    static func sections(drafts: [HTMLBlockDraft], ids: [String?], builder: DocumentBuilder) -> [Section] {
        var sections: [Section] = []
        var current: Section?
        for (draft, id) in zip(drafts, ids) {
            guard let id else { continue }
            if draft.headsSection, let heading = builder.span(of: id) {
                if let current { sections.append(current) }
                let number = HeadingNumber.parse(heading.text)
                let length = heading.text.unicodeScalars.count
                let titleStart = number.titleStart < length ? number.titleStart : 0
                let title = builder.span(in: id, titleStart..<length) ?? heading
                let kind: SectionKind
                switch SectionLabel.of(title.text) {
                case .notes?: kind = .notes
                case .references?: kind = .references
                case .back?: kind = .back
                default: kind = draft.role == .notes ? .notes : draft.role == .references ? .references : .body
                }
                current = Section(id: "s\(sections.count + 1)", kind: kind, language: draft.language, level: number.depth,
                                  number: number.number, numberValue: number.value, title: title, heading: id,
                                  blocks: [])
            } else if frontKinds.contains(draft.kind) || (draft.kind == .heading && !draft.headsSection)
                        || (draft.kind == .note || draft.kind == .reference) && current?.kind == .body {
                if let current { sections.append(current) }
                current = nil
            } else {
                current?.blocks.append(id)
            }
        }
        if let current { sections.append(current) }
        return sections
    }
}
