import PardazModel

/// Text being extracted from the source, with where each piece came from and the inline marks
/// (links, emphasis, note markers) found in it. Offsets inside a `RichText` are relative to its
/// own start; source offsets are absolute scalar offsets into the decoded source.
public struct RichText: Sendable {
    /// An inline annotation waiting to be placed in the document.
    public struct Mark: Sendable {
        public var type: String
        public var range: TextRange
        public var target: String?

        public init(type: String, range: TextRange, target: String? = nil) {
            self.type = type
            self.range = range
            self.target = target
        }
    }

    public private(set) var scalars: [Unicode.Scalar] = []
    public private(set) var map = OffsetMap()
    public var marks: [Mark] = []

    public init() {}

    public var count: Int { scalars.count }
    public var isEmpty: Bool { scalars.isEmpty }
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The first source offset this text maps to, or nil when it is empty.
    public var sourceStart: Int? { map.segments.first?.source.start }
    /// The last source offset (exclusive) this text maps to, or nil when it is empty.
    public var sourceEnd: Int? { map.segments.last?.source.end }

    /// Appends `source[range]` copied unchanged.
    public mutating func appendCopy(of source: [Unicode.Scalar], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let start = scalars.count
        scalars.append(contentsOf: source[range])
        map.append(text: TextRange(start, scalars.count), source: TextRange(range.lowerBound, range.upperBound))
    }

    /// Appends `text` standing for `source` (a resolved escape, an inserted separator).
    public mutating func append(_ text: String, replacing source: TextRange) {
        let start = scalars.count
        scalars.append(contentsOf: text.unicodeScalars)
        map.append(text: TextRange(start, scalars.count), source: source)
    }

    /// Appends another piece, shifting its marks.
    public mutating func append(_ other: RichText) {
        let shift = scalars.count
        scalars.append(contentsOf: other.scalars)
        for segment in other.map.segments {
            map.append(text: TextRange(segment.text.start + shift, segment.text.end + shift), source: segment.source)
        }
        marks += other.marks.map {
            Mark(type: $0.type, range: TextRange($0.range.start + shift, $0.range.end + shift), target: $0.target)
        }
    }

    /// Joins pieces with `separator`, which maps to the empty source point between them.
    public static func joined(_ pieces: [RichText], separator: String) -> RichText {
        var result = RichText()
        for piece in pieces where !piece.isEmpty {
            if !result.isEmpty {
                let point = result.sourceEnd ?? 0
                result.append(separator, replacing: TextRange(point, max(point, piece.sourceStart ?? point)))
            }
            result.append(piece)
        }
        return result
    }

    /// The part `range` of this text, with its mapping and the marks inside it.
    public func slice(_ range: Range<Int>) -> RichText {
        var result = RichText()
        guard !range.isEmpty else { return result }
        for segment in map.segments where segment.text.end > range.lowerBound && segment.text.start < range.upperBound {
            let start = max(segment.text.start, range.lowerBound)
            let end = min(segment.text.end, range.upperBound)
            let source: TextRange
            if segment.isCopy {
                let delta = segment.source.start - segment.text.start
                source = TextRange(start + delta, end + delta)
            } else {
                source = segment.source
            }
            let textStart = result.scalars.count
            result.scalars.append(contentsOf: scalars[start..<end])
            result.map.append(text: TextRange(textStart, result.scalars.count), source: source)
        }
        for mark in marks where mark.range.start >= range.lowerBound && mark.range.end <= range.upperBound {
            result.marks.append(Mark(type: mark.type,
                                     range: TextRange(mark.range.start - range.lowerBound, mark.range.end - range.lowerBound),
                                     target: mark.target))
        }
        return result
    }

    /// This text with every source offset moved by `offset`: for text read from a part of the
    /// source as if that part were the whole.
    public func movingSource(by offset: Int) -> RichText {
        var result = self
        result.map = OffsetMap(segments: map.segments.map {
            OffsetMap.Segment(text: $0.text, source: TextRange($0.source.start + offset, $0.source.end + offset))
        })
        return result
    }

    /// This text without leading and trailing whitespace.
    public func trimmed() -> RichText {
        var start = 0, end = scalars.count
        while start < end, scalars[start].isLayoutSpace { start += 1 }
        while end > start, scalars[end - 1].isLayoutSpace { end -= 1 }
        return start == 0 && end == scalars.count ? self : slice(start..<end)
    }

    /// The source span this text came from, given where it starts when it is empty.
    public func sourceRange(default point: Int = 0) -> TextRange {
        guard let start = sourceStart, let end = sourceEnd else { return TextRange(point, point) }
        return TextRange(start, max(start, end))
    }
}

extension Unicode.Scalar {
    /// Whitespace that only lays text out: spaces (including no-break space), tabs, line breaks.
    var isLayoutSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2028, 0x2029, 0x202F, 0x3000: return true
        case 0x2000...0x200A: return true
        default: return false
        }
    }
}
