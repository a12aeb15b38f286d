import PardazModel

/// Points each note reference of a page (`<a href="#fn3">`) at the block of the note it links to:
/// the note block read from the element with that `id` (or `name`), or from an element around or
/// inside it.
enum HTMLNoteLinker {
    static func link(drafts: [HTMLBlockDraft], ids: [String?], page: HTMLPage, builder: inout DocumentBuilder) {
        var notes: [String: String] = [:]
        for (draft, id) in zip(drafts, ids) where draft.kind == .note {
            guard let id else { continue }
            for anchor in anchors(of: draft.element, in: page) where notes[anchor] == nil { notes[anchor] = id }
        }
        guard !notes.isEmpty else { return }
        var starts: [String: Int] = [:]
        for block in builder.blocks { starts[block.id] = block.range.start }
        var targets: [TextRange: String] = [:]
        for (draft, id) in zip(drafts, ids) {
            guard let id, let start = starts[id] else { continue }
            for captured in draft.captured {
                guard case .noteLink(let fragment) = captured.capture, let note = notes[fragment] else { continue }
                targets[TextRange(start + captured.range.lowerBound, start + captured.range.upperBound)] = note
            }
        }
        builder.resolveTargets { annotation in
            annotation.type == "noteRef" ? targets[annotation.range] ?? annotation.target : annotation.target
        }
    }

    /// The ids and anchor names of a note's element, of the elements inside it, and of its parent
    /// when that is not the notes container itself.
    private static func anchors(of element: Int, in page: HTMLPage) -> [String] {
        var elements = [element] + page.tree.descendants(of: element)
        if let parent = page[element].parent, HTMLContainerRole.of(parent, in: page) != .notes,
           !HTMLFlowReader.blockElements.contains(page[parent].name) || page[parent].name == "li" {
            elements.append(parent)
        }
        return elements.flatMap { [page[$0].attribute("id"), page[$0].attribute("name")].compactMap { $0 } }
    }
}
