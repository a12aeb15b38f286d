import PardazModel

/// Points each note marker (`noteRef` annotation, target `note:N`) at the note block labelled N:
/// an endnote, or an author note for markers on author names.
enum NoteLinker {
    static func link(_ builder: inout DocumentBuilder) {
        var notes: [String: String] = [:]
        var authorNotes: [String: String] = [:]
        for block in builder.blocks {
            guard let label = block.label else { continue }
            if block.kind == .note, notes[label] == nil { notes[label] = block.id }
            if block.kind == .authorNote, authorNotes[label] == nil { authorNotes[label] = block.id }
        }
        let bylines = builder.blocks.filter { $0.kind == .byline }.map(\.range)
        builder.resolveTargets { annotation in
            guard annotation.type == "noteRef", let target = annotation.target, target.hasPrefix("note:") else {
                return annotation.target
            }
            let label = String(target.dropFirst(5))
            let onAuthor = bylines.contains { $0.contains(annotation.range) }
            return onAuthor ? (authorNotes[label] ?? notes[label]) : (notes[label] ?? authorNotes[label])
        }
    }
}
