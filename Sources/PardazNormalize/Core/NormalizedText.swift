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
/// output scalar came from.
struct ScalarRewriter {
    let input: [Unicode.Scalar]
    private(set) var output: [Unicode.Scalar] = []
    private(set) var map = OffsetMap()
    /// Input consumed so far.
    private(set) var position = 0

    init(_ input: [Unicode.Scalar]) {
        self.input = input
        output.reserveCapacity(input.count + input.count / 8)
    }

    /// Copies the input up to `end` unchanged.
    mutating func copy(upTo end: Int) {
        guard end > position else { return }
        let start = output.count
        output.append(contentsOf: input[position..<end])
        map.append(text: TextRange(start, output.count), source: TextRange(position, end))
        position = end
    }

    /// Replaces the input from the current position up to `end` with `replacement`.
    mutating func replace(upTo end: Int, with replacement: some Collection<Unicode.Scalar>) {
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
        return (output, map)
    }
}

extension String {
    init(scalars: some Sequence<Unicode.Scalar>) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self = String(view)
    }
}
