import PardazModel

/// Trains a `LayoutModel` as a structured averaged perceptron: for each document in turn, decode
/// with the current weights and, where the decoded labels differ from the gold ones, add the gold
/// labels' features and transitions and subtract the decoded ones; the model keeps the weights
/// averaged over every step. Documents are visited in an order shuffled by a fixed seed, so the
/// same data gives the same model, byte for byte.
public struct LayoutTrainer {
    public var epochs: Int
    public var buckets: Int
    public var seed: UInt64

    public init(epochs: Int = 20, buckets: Int = 1 << 16, seed: UInt64 = 15) {
        self.epochs = epochs
        self.buckets = buckets
        self.seed = seed
    }

    /// A model learned from documents given as lines with their gold labels.
    public func train(_ documents: [[(line: LayoutLine, label: LayoutLabel)]]) -> LayoutModel {
        var model = LayoutModel(buckets: buckets)
        let count = LayoutModel.labelCount
        let mask = UInt64(buckets - 1)
        let prepared = documents.filter { !$0.isEmpty }.map { document in
            (features: model.features.features(of: document.map(\.line)), gold: LayoutModel.states(of: document.map(\.label)))
        }
        var totals = [Float](repeating: 0, count: model.weights.count)
        var step: Float = 1
        var random = SplitMix64(seed: seed)
        var order = Array(prepared.indices)
        for _ in 0..<epochs {
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            for documentIndex in order {
                let (features, gold) = prepared[documentIndex]
                let predicted = model.decode(features)
                if predicted != gold {
                    func update(_ labels: [Int], _ sign: Float) {
                        for (position, label) in labels.enumerated() {
                            for feature in features[position] {
                                let slot = Int(feature & mask) * count + label
                                model.weights[slot] += sign
                                totals[slot] += sign * step
                            }
                            let previous = position == 0 ? count : labels[position - 1]
                            let slot = model.transitionBase + previous * count + label
                            model.weights[slot] += sign
                            totals[slot] += sign * step
                        }
                    }
                    update(gold, 1)
                    update(predicted, -1)
                }
                step += 1
            }
        }
        for index in model.weights.indices { model.weights[index] -= totals[index] / step }
        return model
    }
}
