import Foundation
import PardazModel

/// A named-entity tagger: a structured averaged perceptron (a linear-chain model trained with
/// perceptron updates) over hashed features of each token (`TaggerFeatures`) and tag-to-tag
/// transition weights, decoded exactly with Viterbi under IOB2's constraints.
///
/// Why this and not a CRF: the same linear-chain model and decoding, but training needs no
/// gradients or forward–backward passes, so it trains on the shared data in well under a minute,
/// deterministically; averaging gives it a CRF's accuracy on data of this size. The weights live
/// in one flat array, so a model loads in milliseconds.
public struct PerceptronTagger: Sendable {
    /// The language of the text the model tags (it picks the gazetteer's names).
    public let language: String
    /// The corpus convention the model tags in unless told otherwise (`peyma`, `re3d`…).
    public let convention: String
    public let tags: [String]
    public let buckets: Int
    /// `weights[bucket * tags.count + tag]` for the features, then `(tags.count + 1) × tags.count`
    /// transitions: row `previous` (the last row is the sentence start), column `tag`.
    private(set) var weights: [Float]
    /// The names seen tagged in the training data.
    private(set) var memory = EntityMemory()
    /// Word classes learned from the training text and other unlabelled text (Persian).
    private(set) var clusters = WordClusters()
    /// `allowed[previous * tags.count + tag]`: whether IOB2 lets `tag` follow `previous` (the last
    /// row is the sentence start).
    private let allowed: [Bool]

    public init(language: String, convention: String, tags: [String], buckets: Int = 1 << 17) {
        precondition(buckets > 0 && buckets & (buckets - 1) == 0, "buckets must be a power of two")
        self.language = language
        self.convention = convention
        self.tags = tags
        self.buckets = buckets
        weights = [Float](repeating: 0, count: (buckets + tags.count + 1) * tags.count)
        allowed = Self.transitions(tags)
    }

    private var transitionBase: Int { buckets * tags.count }

    /// Which tag may follow which in IOB2: an I- tag only its own type's B- or I-.
    private static func transitions(_ tags: [String]) -> [Bool] {
        (tags.map(Optional.some) + [nil]).flatMap { previous in
            tags.map { tag in
                guard tag.hasPrefix("I-") else { return true }
                guard let previous, previous != "O" else { return false }
                return previous.dropFirst(2) == tag.dropFirst(2)
            }
        }
    }

    /// How many parts the training data is cut into for the memory: each part's sentences see the
    /// names of the others.
    static let folds = 2

    /// The entity types, in the order the memory numbers them.
    private static func types(_ tags: [String]) -> [String] {
        Array(Set(tags.filter { $0 != "O" }.map { String($0.dropFirst(2)) })).sorted()
    }

    private func features(_ words: [String], convention: String, memory: EntityMemory? = nil) -> TaggerFeatures {
        TaggerFeatures(words: words, language: language, convention: convention, buckets: buckets, memory: memory ?? self.memory,
                       clusters: clusters)
    }

    /// The best tag sequence (tag indexes) for the features, by Viterbi.
    private func decode(_ features: TaggerFeatures) -> [Int] {
        let n = features.count, count = tags.count
        guard n > 0 else { return [] }
        var scores = [Float](repeating: 0, count: n * count)
        var back = [Int](repeating: 0, count: n * count)
        weights.withUnsafeBufferPointer { w in
            features.indexes.withUnsafeBufferPointer { indexes in
                scores.withUnsafeMutableBufferPointer { score in
                    let transitions = w.baseAddress! + transitionBase
                    for i in 0..<n {
                        // The features' scores for each tag, then the best way to reach each tag.
                        for k in features.starts[i]..<features.starts[i + 1] {
                            let row = w.baseAddress! + Int(indexes[k]) * count
                            for t in 0..<count { score[i * count + t] += row[t] }
                        }
                        for t in 0..<count {
                            var best = -Float.infinity, bestPrevious = 0
                            if i == 0 {
                                if allowed[count * count + t] { best = transitions[count * count + t] }
                            } else {
                                for p in 0..<count where allowed[p * count + t] {
                                    let candidate = score[(i - 1) * count + p] + transitions[p * count + t]
                                    if candidate > best {
                                        best = candidate
                                        bestPrevious = p
                                    }
                                }
                            }
                            score[i * count + t] += best
                            back[i * count + t] = bestPrevious
                        }
                    }
                }
            }
        }
        let score = scores
        var last = 0
        for t in 1..<count where score[(n - 1) * count + t] > score[(n - 1) * count + last] { last = t }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = last
        for i in stride(from: n - 1, to: 0, by: -1) { path[i - 1] = back[i * count + path[i]] }
        return path
    }

    /// The tags (IOB2) of `words`, a sentence, in the model's convention or in `convention`'s.
    public func tag(_ words: [String], convention: String? = nil) -> [String] {
        decode(features(words, convention: convention ?? self.convention), ).map { tags[$0] }
    }

    /// The tags of many sentences, each as `tag(_:convention:)` gives it.
    public func tag(sentences: [[String]], convention: String? = nil) -> [[String]] {
        sentences.map { tag($0, convention: convention) }
    }

    // MARK: Training

    /// A training sentence and the corpus whose convention its tags follow.
    public typealias Example = (sentence: NERCorpus.Sentence, convention: String)

    /// Trains on `examples` for `epochs` passes, shuffled with a fixed seed (the same data give the
    /// same model), with averaged weights; `convention` is the convention the model tags in by default.
    /// Word classes (`WordClusters`) are `clusters` when given (English's Brown clusters), else for
    /// Persian learned from the examples' words and `unlabelled`.
    public static func train(_ examples: [Example], language: String, convention: String, epochs: Int = 25,
                             buckets: Int = 1 << 17, unlabelled: [[String]] = [], clusters: WordClusters? = nil) -> PerceptronTagger {
        let tags = ["O"] + Set(examples.flatMap { $0.sentence.map(\.tag) }).subtracting(["O"]).sorted()
        var model = PerceptronTagger(language: language, convention: convention, tags: tags, buckets: buckets)
        let count = tags.count
        // The memory of names: the model keeps all of them, but each training sentence sees only
        // the names of the other parts of the data, so the tagger learns how far to trust a name it
        // has seen elsewhere rather than one it is being shown the answer for.
        let types = Self.types(tags)
        let hashed = examples.map { example in
            (words: example.sentence.map { TaggerFeatures.wordHash($0.token) }, tags: example.sentence.map(\.tag))
        }
        let halves = (0..<Self.folds).map { half in
            EntityMemory(sentences: hashed.indices.filter { $0 % Self.folds != half }.map { hashed[$0] }, types: types)
        }
        model.memory = EntityMemory(sentences: hashed, types: types)
        // Word classes: given, or for Persian learned from the training text and `unlabelled` (classes
        // learned so cost English a little; Brown clusters of a large corpus raise it).
        if let clusters {
            model.clusters = clusters
        } else if language == "fa" {
            model.clusters = WordClusters.learn(hashed.map(\.words) + unlabelled.map { $0.map(TaggerFeatures.wordHash) })
        }
        let prepared = examples.indices.map { k -> (TaggerFeatures, [Int]) in
            (model.features(examples[k].sentence.map(\.token), convention: examples[k].convention, memory: halves[k % Self.folds]),
             examples[k].sentence.map { tags.firstIndex(of: $0.tag)! })
        }
        var totals = [Float](repeating: 0, count: model.weights.count)
        var stamps = [Int32](repeating: 0, count: model.weights.count)
        var step: Int32 = 0
        func update(_ k: Int, _ delta: Float) {
            totals[k] += Float(step - stamps[k]) * model.weights[k]
            stamps[k] = step
            model.weights[k] += delta
        }
        var order = Array(prepared.indices)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<epochs {
            // Fisher–Yates with a fixed-seed xorshift.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                seed ^= seed << 13
                seed ^= seed >> 7
                seed ^= seed << 17
                order.swapAt(i, Int(seed % UInt64(i + 1)))
            }
            for index in order {
                step += 1
                let (features, gold) = prepared[index]
                let guess = model.decode(features)
                guard guess != gold else { continue }
                for i in gold.indices {
                    let goldPrevious = i == 0 ? count : gold[i - 1], guessPrevious = i == 0 ? count : guess[i - 1]
                    if gold[i] != guess[i] {
                        for feature in features.of(i) {
                            update(Int(feature) * count + gold[i], 1)
                            update(Int(feature) * count + guess[i], -1)
                        }
                    }
                    if gold[i] != guess[i] || goldPrevious != guessPrevious {
                        update(model.transitionBase + goldPrevious * count + gold[i], 1)
                        update(model.transitionBase + guessPrevious * count + guess[i], -1)
                    }
                }
            }
        }
        for k in model.weights.indices {
            totals[k] += Float(step - stamps[k]) * model.weights[k]
            model.weights[k] = totals[k] / Float(max(step, 1))
        }
        return model
    }

    // MARK: Files

    /// The model as bytes: `PZNER3` (no word classes) or `PZNER4`, the language and default
    /// convention, the tags, the bucket count, the number of remembered names (and, in PZNER4, of
    /// word classes), then the weights as little-endian Float16 (half the size; the tags they choose
    /// are the same), the names (hash as UInt64, type as UInt8, by hash) and the word classes (word
    /// hash as UInt64, classes as UInt32, by hash).
    public func data() -> Data {
        var data = Data("\(clusters.isEmpty ? "PZNER3" : "PZNER4")\n\(language) \(convention)\n".utf8)
        data.append(Data((tags.joined(separator: " ") + "\n\(buckets)\n\(memory.names.count)\n").utf8))
        if !clusters.isEmpty { data.append(Data("\(clusters.classes.count)\n".utf8)) }
        let half = weights.map { Float16($0).bitPattern.littleEndian }
        half.withUnsafeBufferPointer { data.append(Data(buffer: $0)) }
        for (key, type) in memory.names.elements.sorted(by: { $0.key < $1.key }) {
            withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) }
            data.append(type)
        }
        for (key, classes) in clusters.classes.elements.sorted(by: { $0.key < $1.key }) {
            withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) }
            withUnsafeBytes(of: classes.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    public init?(data: Data) {
        let lines = data.prefix(4096).split(separator: 0x0A, maxSplits: 6, omittingEmptySubsequences: false)
        guard lines.count >= 6 else { return nil }
        let version = String(decoding: lines[0], as: UTF8.self)
        guard version == "PZNER3" || (version == "PZNER4" && lines.count == 7),
              let buckets = Int(String(decoding: lines[3], as: UTF8.self)), buckets > 0, buckets & (buckets - 1) == 0,
              let remembered = Int(String(decoding: lines[4], as: UTF8.self)), remembered >= 0
        else { return nil }
        let headerLines = version == "PZNER4" ? 6 : 5
        let classCount = version == "PZNER4" ? Int(String(decoding: lines[5], as: UTF8.self)) ?? -1 : 0
        guard classCount >= 0 else { return nil }
        let names = String(decoding: lines[1], as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard names.count == 2 else { return nil }
        (language, convention) = (names[0], names[1])
        tags = String(decoding: lines[2], as: UTF8.self).split(separator: " ").map(String.init)
        self.buckets = buckets
        let header = lines[0..<headerLines].reduce(0) { $0 + $1.count + 1 }
        let count = (buckets + tags.count + 1) * tags.count
        let body = data.dropFirst(header), stored = body.dropFirst(count * 2)
        guard body.count == count * 2 + remembered * 9 + classCount * 12 else { return nil }
        var half = [UInt16](repeating: 0, count: count)
        _ = half.withUnsafeMutableBytes { body.prefix(count * 2).copyBytes(to: $0) }  // copied: the bytes may be unaligned
        weights = half.map { Float(Float16(bitPattern: UInt16(littleEndian: $0))) }
        var table = HashKeyedTable<UInt8>(minimumCapacity: remembered)
        var offset = stored.startIndex
        for _ in 0..<remembered {
            var key: UInt64 = 0
            _ = withUnsafeMutableBytes(of: &key) { stored[offset..<(offset + 8)].copyBytes(to: $0) }
            table[UInt64(littleEndian: key)] = stored[offset + 8]
            offset += 9
        }
        memory = EntityMemory(names: table)
        var classes = HashKeyedTable<UInt32>(minimumCapacity: classCount)
        for _ in 0..<classCount {
            var key: UInt64 = 0, value: UInt32 = 0
            _ = withUnsafeMutableBytes(of: &key) { stored[offset..<(offset + 8)].copyBytes(to: $0) }
            _ = withUnsafeMutableBytes(of: &value) { stored[(offset + 8)..<(offset + 12)].copyBytes(to: $0) }
            classes[UInt64(littleEndian: key)] = UInt32(littleEndian: value)
            offset += 12
        }
        clusters = WordClusters(classes: classes)
        allowed = Self.transitions(tags)
    }

    /// The model shipped for `language`, if there is one.
    public static func shipped(_ language: String) -> PerceptronTagger? {
        guard let url = Bundle.module.url(forResource: "ner-\(language)", withExtension: "bin", subdirectory: "models"),
              let data = try? Data(contentsOf: url) else { return nil }
        return PerceptronTagger(data: data)
    }
}
