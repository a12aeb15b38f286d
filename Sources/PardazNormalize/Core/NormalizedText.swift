import PardazModel

/// Text after normalization, with the map from its offsets back to the text it was made from.
public struct NormalizedText: Hashable, Sendable {
    public var text: String
    /// Maps offsets of `text` to offsets of the input (Unicode scalars, end exclusive).
    public var offsetMap: OffsetMap

    public init(text: String, offsetMap: OffsetMap) {
        self.text = text
        self.offsetMap = offsetMap
    }

    /// The input unchanged, with an identity map.
    public init(unchanged text: String) {
        let count = text.unicodeScalars.count
        self.text = text
        var map = OffsetMap()
        map.append(text: TextRange(0, count), source: TextRange(0, count))
        self.offsetMap = map
    }
}

/// Builds normalized text from an input of scalars, one decision at a time, recording where every
/// output scalar came from. Until the first change the output is the input itself, so a text that
/// needs nothing costs no copy.
struct ScalarRewriter {
    let input: [Unicode.Scalar]
    private var output: [Unicode.Scalar] = []
    private var edited = false
    private(set) var map = OffsetMap()
    /// Input consumed so far.
    private(set) var position = 0

    init(_ input: [Unicode.Scalar]) {
        self.input = input
    }

    /// Length of the output so far.
    private var outputCount: Int { edited ? output.count : position }

    /// Copies the input up to `end` unchanged.
    mutating func copy(upTo end: Int) {
        guard end > position else { return }
        let start = outputCount
        if edited { output.append(contentsOf: input[position..<end]) }
        map.append(text: TextRange(start, start + (end - position)), source: TextRange(position, end))
        position = end
    }

    /// Replaces the input from the current position up to `end` with `replacement`.
    mutating func replace(upTo end: Int, with replacement: some Collection<Unicode.Scalar>) {
        if !edited {
            output.reserveCapacity(input.count + input.count / 8)
            output.append(contentsOf: input[..<position])
            edited = true
        }
        let start = output.count
        output.append(contentsOf: replacement)
        map.append(text: TextRange(start, output.count), source: TextRange(position, end))
        position = end
    }

    /// Inserts `scalars` at the current position without consuming input.
    mutating func insert(_ scalars: some Collection<Unicode.Scalar>) {
        replace(upTo: position, with: scalars)
    }

    /// Copies the rest and returns the result.
    mutating func finish() -> (scalars: [Unicode.Scalar], map: OffsetMap) {
        copy(upTo: input.count)
        return (edited ? output : input, map)
    }
}

extension String {
    /// The string's scalars, decoded from its UTF-8 in one pass (faster than
    /// `Array(unicodeScalars)`, which counts them first).
    var scalarArray: [Unicode.Scalar] {
        var copy = self
        // A String's UTF-8 is always well-formed.
        return copy.withUTF8 { UTF8Decoding.scalars($0) }.unsafelyUnwrapped
    }

    /// A string of `scalars`, encoded to UTF-8 directly (much faster than appending to a
    /// `UnicodeScalarView`).
    init(scalars: some Collection<Unicode.Scalar>) {
        self = String(decoding: scalars.utf8Bytes, as: UTF8.self)
    }


}

extension Collection where Element == Unicode.Scalar {
    /// The UTF-8 encoding of the scalars.
    var utf8Bytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count * 4) { buffer, initialized in
            var written = 0
            for scalar in self {
                let value = scalar.value
                if value < 0x80 {
                    buffer[written] = UInt8(value)
                    written += 1
                } else if value < 0x800 {
                    buffer[written] = UInt8(0xC0 | (value >> 6))
                    buffer[written + 1] = UInt8(0x80 | (value & 0x3F))
                    written += 2
                } else if value < 0x10000 {
                    buffer[written] = UInt8(0xE0 | (value >> 12))
                    buffer[written + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[written + 2] = UInt8(0x80 | (value & 0x3F))
                    written += 3
                } else {
                    buffer[written] = UInt8(0xF0 | (value >> 18))
                    buffer[written + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[written + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[written + 3] = UInt8(0x80 | (value & 0x3F))
                    written += 4
                }
            }
            initialized = written
        }
    }
}
