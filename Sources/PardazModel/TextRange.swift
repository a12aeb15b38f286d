/// A span of text as Unicode scalar (code point) offsets, end exclusive.
///
/// Every offset Pardaz writes is of this kind, into the text the output names: the decoded source
/// (`sourceRange`) or the document's extracted text (`range`).
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "a range cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// The smallest range covering both.
    public func union(_ other: TextRange) -> TextRange {
        TextRange(Swift.min(start, other.start), Swift.max(end, other.end))
    }

    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end > rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}

extension TextRange: Codable {
    /// Encoded as a two-element array `[start, end]`, which keeps the JSON short.
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let start = try container.decode(Int.self)
        let end = try container.decode(Int.self)
        guard start <= end else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "range ends before it starts")
        }
        self.init(start, end)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }
}
