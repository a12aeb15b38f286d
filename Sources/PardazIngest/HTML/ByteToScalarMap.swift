/// The decoded source as UTF-8 bytes for the HTML parser, with the way back from byte offsets to
/// the scalar offsets every `sourceRange` uses.
///
/// Keeps the byte offset of every 64th scalar and counts the rest, so that it stays small next to
/// the text (one `Int` per 64 scalars) and a lookup costs a binary search and at most 64 steps.
struct ByteToScalarMap: Sendable {
    let utf8: [UInt8]
    /// `checkpoints[k]` is the byte offset of scalar `k * stride`.
    private let checkpoints: [Int]
    private static let stride = 64

    init(_ scalars: [Unicode.Scalar]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(scalars.count / Self.stride + 1)
        for (index, scalar) in scalars.enumerated() {
            if index % Self.stride == 0 { checkpoints.append(bytes.count) }
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
        utf8 = bytes
        self.checkpoints = checkpoints
    }

    /// The number of scalars that start before byte `offset` (exact at scalar boundaries, which is
    /// where the parser's offsets fall).
    func scalarOffset(ofByte offset: Int) -> Int {
        guard !checkpoints.isEmpty, offset > 0 else { return 0 }
        let offset = min(offset, utf8.count)
        var low = 0, high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpoints[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var scalar = low * Self.stride
        var position = checkpoints[low]
        while position < offset {
            position += Self.sequenceLength(utf8[position])
            scalar += 1
        }
        return scalar
    }

    /// The scalar range of a byte range.
    func scalarRange(ofBytes range: Range<Int>) -> Range<Int> {
        let start = scalarOffset(ofByte: range.lowerBound)
        return start..<max(start, scalarOffset(ofByte: range.upperBound))
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
