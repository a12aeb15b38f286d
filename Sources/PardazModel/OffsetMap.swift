/// Maps offsets in a derived text (the extracted or normalized text) back to the text it came from.
///
/// The derived text is covered by segments in order. A segment whose two sides have the same length
/// was copied scalar for scalar; any other segment is a replacement (a resolved escape, removed
/// markup, an inserted separator), and offsets inside it map to the whole of its source side.
public struct OffsetMap: Hashable, Sendable, Codable {
    /// One piece of the mapping: `text` in the derived text came from `source`.
    public struct Segment: Hashable, Sendable, Codable {
        public var text: TextRange
        public var source: TextRange

        public init(text: TextRange, source: TextRange) {
            self.text = text
            self.source = source
        }

        public var isCopy: Bool { text.count == source.count }

        public init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            text = TextRange(try container.decode(Int.self), try container.decode(Int.self))
            source = TextRange(try container.decode(Int.self), try container.decode(Int.self))
        }

        /// Encoded as `[textStart, textEnd, sourceStart, sourceEnd]`.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(text.start)
            try container.encode(text.end)
            try container.encode(source.start)
            try container.encode(source.end)
        }
    }

    public private(set) var segments: [Segment] = []

    public init() {}

    public init(segments: [Segment]) {
        for segment in segments { append(text: segment.text, source: segment.source) }
    }

    /// Length of the derived text covered so far.
    public var textLength: Int { segments.last?.text.end ?? 0 }

    /// Appends a segment; adjacent copies that continue each other are merged.
    public mutating func append(text: TextRange, source: TextRange) {
        precondition(text.start == textLength, "segments must cover the derived text in order")
        if text.isEmpty && source.isEmpty { return }
        if let last = segments.last, last.isCopy, text.count == source.count,
           last.text.end == text.start, last.source.end == source.start {
            segments[segments.count - 1] = Segment(text: last.text.union(text), source: last.source.union(source))
        } else {
            segments.append(Segment(text: text, source: source))
        }
    }

    /// The source offset of the derived-text offset `offset`, read as the start of a span.
    public func sourceStart(of offset: Int) -> Int {
        guard let index = segmentIndex(containing: offset) else { return segments.last?.source.end ?? 0 }
        let segment = segments[index]
        return segment.isCopy ? segment.source.start + (offset - segment.text.start) : segment.source.start
    }

    /// The source offset of the derived-text offset `offset`, read as the (exclusive) end of a span.
    public func sourceEnd(of offset: Int) -> Int {
        guard offset > 0, let index = segmentIndex(containing: offset - 1) else {
            return segments.first?.source.start ?? 0
        }
        let segment = segments[index]
        return segment.isCopy ? segment.source.start + (offset - segment.text.start) : segment.source.end
    }

    /// The source span that `range` of the derived text came from.
    public func sourceRange(of range: TextRange) -> TextRange {
        if range.isEmpty {
            let point = sourceStart(of: range.start)
            return TextRange(point, point)
        }
        let start = sourceStart(of: range.start)
        return TextRange(start, Swift.max(start, sourceEnd(of: range.end)))
    }

    /// The index of the segment whose derived-text side contains `offset`, if one does.
    public func segmentIndex(containing offset: Int) -> Int? {
        var low = 0, high = segments.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let segment = segments[mid]
            if offset < segment.text.start {
                high = mid - 1
            } else if offset >= segment.text.end {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }
}
