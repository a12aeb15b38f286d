import PardazModel

/// Carries offsets of a text forward to a text derived from it, given the map from the derived
/// text back (an `OffsetMap` whose source sides are in order, as every Pardaz stage writes them).
struct OffsetRemapper {
    private let segments: [OffsetMap.Segment]
    private let textLength: Int

    init(_ map: OffsetMap) {
        segments = map.segments
        textLength = map.textLength
    }

    /// The derived offset of `offset` read as the start of a span: text inserted at that point
    /// belongs to the span.
    func start(_ offset: Int) -> Int {
        // The first segment that reaches past `offset`, or an insertion standing at it.
        var low = 0, high = segments.count
        while low < high {
            let mid = (low + high) / 2
            let source = segments[mid].source
            if source.end > offset || (source.isEmpty && source.start == offset) { high = mid } else { low = mid + 1 }
        }
        guard low < segments.count else { return textLength }
        let segment = segments[low]
        if segment.source.start >= offset || !segment.isCopy { return segment.text.start }
        return segment.text.start + (offset - segment.source.start)
    }

    /// The derived offset of `offset` read as the (exclusive) end of a span: text inserted at that
    /// point does not belong to it.
    func end(_ offset: Int) -> Int {
        // The last segment that starts before `offset`.
        var low = 0, high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].source.start < offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return 0 }
        let segment = segments[low - 1]
        if segment.source.end <= offset || !segment.isCopy { return segment.text.end }
        return segment.text.start + (offset - segment.source.start)
    }

    func range(_ range: TextRange) -> TextRange {
        if range.isEmpty {
            let point = start(range.start)
            return TextRange(point, point)
        }
        let start = start(range.start)
        return TextRange(start, max(start, end(range.end)))
    }
}
