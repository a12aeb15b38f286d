import PardazModel

/// Normalizes a document's text block by block in each block's language, and carries every range
/// of the document (blocks, spans, annotations) over to the normalized text.
///
/// The document's `text` becomes the normalized text, its `offsetMap` maps that text straight to
/// the source, and a `normalization` layer records each change with the text it replaced, so the
/// extracted text before normalization can be rebuilt from the output alone.
public struct DocumentNormalizer: Sendable {
    public let normalizer: TextNormalizer

    /// Ingest has already resolved Markdown escapes, so the English normalizer leaves backslashes
    /// alone here.
    public init(persian: PersianNormalizerOptions = PersianNormalizerOptions(),
                english: EnglishNormalizerOptions = DocumentNormalizer.englishDefaults) {
        normalizer = TextNormalizer(persian: persian, english: english)
    }

    public static var englishDefaults: EnglishNormalizerOptions {
        var options = EnglishNormalizerOptions()
        options.resolveEscapes = false
        return options
    }

    public func normalize(_ document: Document) -> Document {
        let old = document.text.scalarArray
        var new: [Unicode.Scalar] = []
        new.reserveCapacity(old.count + old.count / 16)
        var map = OffsetMap()
        var position = 0
        let persianText = document.blocks.filter { $0.language == "fa" }.map(\.text).joined(separator: "\n")
        var memo = PersianRepairMemo(damage: normalizer.persian.damage(of: persianText))

        func copy(upTo end: Int) {
            guard end > position else { return }
            map.append(text: TextRange(new.count, new.count + end - position), source: TextRange(position, end))
            new.append(contentsOf: old[position..<end])
            position = end
        }

        for block in document.blocks.sorted(by: { $0.range < $1.range })
        where !block.range.isEmpty && block.range.start >= position && block.range.end <= old.count {
            copy(upTo: block.range.start)
            let original = String(scalars: old[block.range.start..<block.range.end])
            let normalized = normalize(block: original, language: block.language, memo: &memo)
            let base = new.count
            for segment in normalized.offsetMap.segments {
                map.append(text: TextRange(base + segment.text.start, base + segment.text.end),
                           source: TextRange(block.range.start + segment.source.start, block.range.start + segment.source.end))
            }
            new.append(contentsOf: normalized.text.scalarArray)
            position = block.range.end
        }
        copy(upTo: old.count)

        var result = document
        result.text = String(scalars: new)
        result.offsetMap = map.composed(over: document.offsetMap)
        DocumentRemapping(old: old, new: new, remapper: OffsetRemapper(map)).apply(to: &result)
        let edits = Self.edits(map: map, old: old, new: new, sourceMap: result.offsetMap)
        if !edits.isEmpty { result.layers.append(AnnotationLayer(name: "normalization", annotations: edits)) }
        return result
    }

    /// A block's text normalized in its language; a block that normalizing would leave empty or
    /// blank (one of only tatweel, diacritics or bidi controls) keeps its text as it was, so that no
    /// block of the output is empty and what it held is still there to read.
    private func normalize(block original: String, language: String, memo: inout PersianRepairMemo) -> NormalizedText {
        let normalized: NormalizedText
        switch language {
        case "fa": normalized = normalizer.persian.normalize(original, memo: &memo)
        case "en": normalized = normalizer.english.normalize(original)
        default: return NormalizedText(unchanged: original)
        }
        if normalized.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return NormalizedText(unchanged: original) }
        return normalized
    }

    /// The changes between the two texts, one annotation per run of changed scalars.
    private static func edits(map: OffsetMap, old: [Unicode.Scalar], new: [Unicode.Scalar],
                              sourceMap: OffsetMap) -> [Annotation] {
        var changed: [(new: TextRange, old: TextRange)] = []
        func add(_ newRange: TextRange, _ oldRange: TextRange) {
            if let last = changed.last, last.new.end == newRange.start, last.old.end == oldRange.start {
                changed[changed.count - 1] = (last.new.union(newRange), last.old.union(oldRange))
            } else {
                changed.append((newRange, oldRange))
            }
        }
        for segment in map.segments {
            if segment.isCopy {
                // Same length: a copy, or scalar-for-scalar replacements (ي → ی) within it.
                for offset in 0..<segment.text.count
                where new[segment.text.start + offset] != old[segment.source.start + offset] {
                    add(TextRange(segment.text.start + offset, segment.text.start + offset + 1),
                        TextRange(segment.source.start + offset, segment.source.start + offset + 1))
                }
            } else {
                add(segment.text, segment.source)
            }
        }
        return changed.enumerated().map { index, edit in
            Annotation(id: "n\(index + 1)", type: "normalization", range: edit.new,
                       sourceRange: sourceMap.sourceRange(of: edit.new),
                       text: String(scalars: new[edit.new.start..<edit.new.end]),
                       original: String(scalars: old[edit.old.start..<edit.old.end]))
        }
    }
}
