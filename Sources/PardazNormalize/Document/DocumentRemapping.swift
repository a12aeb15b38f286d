import PardazModel

/// Moves every range of a document from its text before normalization to its text after, and
/// re-reads each span's text from the new text.
struct DocumentRemapping {
    let old: [Unicode.Scalar]
    let new: [Unicode.Scalar]
    let remapper: OffsetRemapper

    func apply(to document: inout Document) {
        for index in document.blocks.indices {
            var block = document.blocks[index]
            block.range = remapper.range(block.range)
            block.text = slice(block.range)
            if var table = block.table {
                for row in table.rows.indices {
                    table.rows[row].cells = table.rows[row].cells.map(span)
                }
                block.table = table
            }
            document.blocks[index] = block
        }
        for index in document.sections.indices {
            document.sections[index].title = span(document.sections[index].title)
        }
        for index in document.front.indices {
            var front = document.front[index]
            front.title = front.title.map(span)
            front.affiliations = front.affiliations.map(span)
            front.keywords = front.keywords.map(span)
            front.abstractText = front.abstractText.map(span)
            front.authors = front.authors.map { author in
                var author = author
                author.name = span(author.name)
                author.degree = author.degree.map(span)
                author.field = author.field.map(span)
                author.affiliation = author.affiliation.map(span)
                author.email = author.email.map(span)
                return author
            }
            document.front[index] = front
        }
        for index in document.dates.indices {
            document.dates[index].span = document.dates[index].span.map(span)
        }
        document.metadata.source = document.metadata.source.map(span)
        document.layers = document.layers.map { layer in
            AnnotationLayer(name: layer.name, annotations: layer.annotations.map { annotation in
                var annotation = annotation
                let range = remapper.range(annotation.range)
                if annotation.text == oldSlice(annotation.range) { annotation.text = slice(range) }
                annotation.range = range
                return annotation
            })
        }
    }

    /// A span moved to the new text; its text is re-read when it was the text at its range (a span
    /// whose text is a value read from the range, such as a source name, keeps its text).
    private func span(_ span: Span) -> Span {
        let range = remapper.range(span.range)
        let text = span.text == oldSlice(span.range) ? slice(range) : span.text
        return Span(text: text, range: range, sourceRange: span.sourceRange)
    }

    private func slice(_ range: TextRange) -> String {
        guard range.end <= new.count else { return "" }
        return String(scalars: new[range.start..<range.end])
    }

    private func oldSlice(_ range: TextRange) -> String {
        guard range.end <= old.count else { return "" }
        return String(scalars: old[range.start..<range.end])
    }
}
