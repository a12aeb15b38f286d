/// Finds quotations set off from the text. An indented paragraph is a quotation; when it follows a
/// lead-in that ends with a colon ("As I wrote last year:") and one plain paragraph, that paragraph
/// opens the same quotation, the way web pages lose the indentation of a quotation's first
/// paragraph when copied as text.
enum QuoteDetector {
    /// Group ids by chunk index; chunks of one quotation share a group.
    static func groups(_ context: ChunkContext) -> [Int: String] {
        var groups: [Int: String] = [:]
        var count = 0
        var index = 0
        let chunks = context.chunks
        while index < chunks.count {
            guard chunks[index].isIndented, !context.boilerplate.contains(index) else { index += 1; continue }
            count += 1
            let group = "q\(count)"
            var first = index
            if index >= 2, context.isText(index - 1), !chunks[index - 1].isIndented, context.isText(index - 2),
               endsWithColon(context, index - 2), !endsWithColon(context, index - 1) {
                first = index - 1
            }
            var last = index
            while last + 1 < chunks.count, chunks[last + 1].isIndented { last += 1 }
            for member in first...last { groups[member] = group }
            index = last + 1
        }
        return groups
    }

    private static func endsWithColon(_ context: ChunkContext, _ index: Int) -> Bool {
        context.render(index).scalars.last == ":"
    }
}
