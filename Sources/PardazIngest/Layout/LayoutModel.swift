import Foundation

/// The front-matter labeler: a linear-chain model over the lines of a document's opening part,
/// with hashed line features (`LayoutFeatures`) and label-to-label transitions, decoded exactly
/// with Viterbi. It is trained as a structured averaged perceptron (`LayoutTrainer`).
public struct LayoutModel: Sendable {
    /// What the model tells apart: the labels, then a title's lines after its first, so that a
    /// title's start is learnt (a running head above it is not the title's first line).
    static let stateNames = LayoutLabel.ordered.map(\.rawValue) + ["title-inside"]
    static let labelCount = stateNames.count
    static let titleInside = LayoutLabel.ordered.count
    /// Feature buckets, a power of two.
    public let buckets: Int
    /// `weights[bucket * labelCount + state]`, then `(labelCount + 1) × labelCount`
    /// transitions: row `previous` (the last row is the document's start), column `label`.
    var weights: [Float]
    let features: LayoutFeatures

    public init(buckets: Int, features: LayoutFeatures = LayoutFeatures()) {
        precondition(buckets > 0 && buckets & (buckets - 1) == 0, "buckets must be a power of two")
        self.buckets = buckets
        self.features = features
        weights = [Float](repeating: 0, count: (buckets + Self.labelCount + 1) * Self.labelCount)
    }

    var transitionBase: Int { buckets * Self.labelCount }

    /// The label of each line.
    public func label(_ lines: [LayoutLine]) -> [LayoutLabel] {
        decode(features.features(of: lines)).map { $0 == Self.titleInside ? .title : LayoutLabel.ordered[$0] }
    }

    /// The model's numbering of gold labels: a title's lines after its first are `titleInside`.
    static func states(of labels: [LayoutLabel]) -> [Int] {
        labels.enumerated().map { index, label in
            label == .title && index > 0 && labels[index - 1] == .title ? titleInside : label.number
        }
    }

    /// Each line's score for each label, from its features alone.
    func emissions(_ lineFeatures: [[UInt64]]) -> [[Float]] {
        let count = Self.labelCount
        let mask = UInt64(buckets - 1)
        return lineFeatures.map { hashed in
            var scores = [Float](repeating: 0, count: count)
            for feature in hashed {
                let base = Int(feature & mask) * count
                for label in 0..<count { scores[label] += weights[base + label] }
            }
            return scores
        }
    }

    /// The best label sequence (state numbers) by Viterbi: a title is one run of lines, its first
    /// `title` and the others `titleInside`; no other line is `titleInside`, and no second title
    /// starts once one has ended (the states are the labels before the title and after it).
    func decode(_ lineFeatures: [[UInt64]]) -> [Int] {
        guard !lineFeatures.isEmpty else { return [] }
        let count = Self.labelCount, title = LayoutLabel.title.number, inside = Self.titleInside
        let scores = emissions(lineFeatures)
        let states = 2 * count
        var best = [Float](repeating: -.infinity, count: states)
        for label in 0..<count where label != inside { best[label] = scores[0][label] + weights[transitionBase + count * count + label] }
        var back: [[Int]] = []
        for position in 1..<scores.count {
            var next = [Float](repeating: -.infinity, count: states)
            var from = [Int](repeating: 0, count: states)
            for previousState in 0..<states where best[previousState] > -.infinity {
                let previous = previousState % count, ended = previousState >= count
                let inTitle = previous == title || previous == inside
                for label in 0..<count {
                    if label == inside ? !inTitle : (label == title && (ended || inTitle)) { continue }
                    let state = label + (ended || (inTitle && label != inside) ? count : 0)
                    let score = best[previousState] + weights[transitionBase + previous * count + label] + scores[position][label]
                    if score > next[state] { next[state] = score; from[state] = previousState }
                }
            }
            back.append(from)
            best = next
        }
        var state = best.indices.max { best[$0] < best[$1] || (best[$0] == best[$1] && $0 > $1) }!
        var path = [state % count]
        for from in back.reversed() {
            state = from[state]
            path.append(state % count)
        }
        return path.reversed()
    }

    // MARK: - Storage

    private static let magic = Array("PZLAYOUT1".utf8)

    /// The model as bytes: a header (magic, bucket count, the labels), then the weights that are
    /// not zero as little-endian (UInt32 index, Float16 value) pairs.
    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        append(UInt32(buckets))
        let names = Self.stateNames.joined(separator: ",")
        append(UInt32(names.utf8.count))
        bytes.append(contentsOf: names.utf8)
        let kept = weights.indices.filter { Float16(weights[$0]) != 0 }
        append(UInt32(kept.count))
        for index in kept {
            append(UInt32(index))
            withUnsafeBytes(of: Float16(weights[index]).bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// Reads a model written by `serialized()`; nil when the bytes are not one, or its labels differ.
    public init?(serialized bytes: [UInt8], features: LayoutFeatures = LayoutFeatures()) {
        var offset = Self.magic.count
        guard bytes.count >= offset + 8, Array(bytes[0..<offset]) == Self.magic else { return nil }
        func read32() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            defer { offset += 4 }
            return bytes[offset..<offset + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
        guard let buckets = read32().map(Int.init), buckets > 0, buckets & (buckets - 1) == 0, buckets <= 1 << 24,
              let nameLength = read32().map(Int.init), offset + nameLength <= bytes.count else { return nil }
        let names = String(decoding: bytes[offset..<offset + nameLength], as: UTF8.self)
        offset += nameLength
        guard names == Self.stateNames.joined(separator: ","), let count = read32().map(Int.init) else { return nil }
        self.init(buckets: buckets, features: features)
        for _ in 0..<count {
            guard let index = read32().map(Int.init), index < weights.count, offset + 2 <= bytes.count else { return nil }
            let bits = UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
            offset += 2
            weights[index] = Float(Float16(bitPattern: bits))
        }
    }

    /// The shipped model (`Resources/layout/layout.bin`, trained by `pardaz train layout`).
    public static let shipped: LayoutModel = {
        guard let url = Bundle.module.url(forResource: "layout", withExtension: "bin", subdirectory: "layout"),
              let data = try? Data(contentsOf: url), let model = LayoutModel(serialized: [UInt8](data))
        else { fatalError("Pardaz's resource layout/layout.bin is missing from the build or damaged") }
        return model
    }()
}
