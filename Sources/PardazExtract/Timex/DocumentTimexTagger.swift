import PardazModel

/// Finds the temporal expressions of a document, block by block in each block's language, resolved
/// against the document creation time: the document's own (published, then accepted, then
/// received), or else a date given.
public struct DocumentTimexTagger: Sendable {
    public init() {}

    /// The document's own creation time, if it states one.
    public static func creationTime(of document: Document) -> CreationTime? {
        for kind in [DocumentDate.Kind.published, .accepted, .received] {
            if let date = document.dates.first(where: { $0.kind == kind && $0.when.count == 10 }) {
                return CreationTime(value: date.when, origin: kind.rawValue)
            }
        }
        return nil
    }

    /// `document` with its `creationTime` and `temporalExpressions`; `fallback` (a date given on
    /// the command line) serves when the document states none.
    public func annotate(_ document: Document, fallback: CreationTime? = nil) -> Document {
        var result = document
        let creation = Self.creationTime(of: document) ?? fallback
        result.creationTime = creation
        let tagger = TimexTagger(anchor: creation.flatMap { TimexAnchor(iso: $0.value) })
        var found: [TemporalExpression] = []
        for block in document.blocks.sorted(by: { $0.range < $1.range })
        where block.kind != .boilerplate && block.kind != .sourceLine && ["en", "fa"].contains(block.language) {
            // A block's text is the document's text over its range.
            for var expression in tagger.tag(block.text, language: block.language) {
                expression.range = TextRange(block.range.start + expression.range.start, block.range.start + expression.range.end)
                expression.sourceRange = document.offsetMap.sourceRange(of: expression.range)
                found.append(expression)
            }
        }
        // A resolution's number written alone in parentheses ("the Council's sanctions
        // (2231)") is the resolution's, not a year, when the document names that resolution.
        let resolutions = Self.resolutionNumbers(in: document.text)
        if !resolutions.isEmpty {
            let scalars = Array(document.text.unicodeScalars)
            found.removeAll { expression in
                resolutions.contains(expression.text) && expression.range.start > 0 && expression.range.end < scalars.count
                    && scalars[expression.range.start - 1] == "(" && scalars[expression.range.end] == ")"
            }
        }
        result.temporalExpressions = found.enumerated().map { index, expression in
            var expression = expression
            expression.id = "t\(index + 1)"
            return expression
        }
        return result
    }

    /// The numbers written after "Resolution" or "UNSCR" in `text`.
    public static func resolutionNumbers(in text: String) -> Set<String> {
        var numbers = Set<String>()
        var afterName = false
        text.lowercased().forEachPiece(separatedBy: { !$0.isLetter && !$0.isNumber }) { word in
            if afterName && word.allSatisfy(\.isNumber) { numbers.insert(String(word)) }
            afterName = word == "resolution" || word == "unscr"
        }
        return numbers
    }
}
