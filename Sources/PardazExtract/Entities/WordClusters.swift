import Foundation
import PardazModel

/// Word classes learned from unlabelled text, for the tagger's features: words that occur in like
/// contexts share a class, so a word seen in training lends its weights to its classmates. Each
/// word (by the hash of its folded form, `TaggerFeatures.wordHash`) has a coarse and a fine class.
///
/// Learned by spherical k-means over each word's positive pointwise mutual information with the
/// most frequent words just before and just after it; the first centroids are the most frequent
/// words, so the same text gives the same classes.
public struct WordClusters: Sendable {
    /// Word hash → coarse class × 65,536 + fine class.
    let classes: HashKeyedTable<UInt32>

    init() { classes = HashKeyedTable() }

    init(classes: HashKeyedTable<UInt32>) { self.classes = classes }

    var isEmpty: Bool { classes.isEmpty }

    /// The coarse and fine class of a word hash, or nil for a word the text did not have often enough.
    func of(_ word: UInt64) -> (coarse: UInt64, fine: UInt64)? {
        classes[word].map { (UInt64($0 >> 16), UInt64($0 & 0xFFFF)) }
    }

    /// Classes of the words of `sentences` (word hashes) seen at least `minimum` times.
    static func learn(_ sentences: [[UInt64]], minimum: Int = 3, contexts: Int = 1_000, coarse: Int = 64, fine: Int = 400,
                      iterations: Int = 12) -> WordClusters {
        var counts: [UInt64: Int] = [:]
        for sentence in sentences { for word in sentence { counts[word, default: 0] += 1 } }
        let byFrequency = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let vocabulary = byFrequency.prefix { $0.value >= minimum }.map(\.key)
        guard vocabulary.count > fine else { return WordClusters() }
        let start: UInt64 = 1, end: UInt64 = 2
        var contextIndex: [UInt64: Int] = [start: 0, end: 1]
        for (word, _) in byFrequency.prefix(contexts - 2) { contextIndex[word] = contextIndex.count }
        let offsets = [-1, 1]
        let dimensions = offsets.count * contextIndex.count
        let wordIndex = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        // Co-occurrence counts: one block of dimensions per offset (the word before, after…).
        var pairs = [[Int: Float]](repeating: [:], count: vocabulary.count)
        var contextTotals = [Float](repeating: 0, count: dimensions)
        var total: Float = 0
        for sentence in sentences {
            for (i, word) in sentence.enumerated() {
                guard let w = wordIndex[word] else { continue }
                for (block, offset) in offsets.enumerated() {
                    let j = i + offset
                    let context = j < 0 ? start : j >= sentence.count ? end : sentence[j]
                    guard let c = contextIndex[context] else { continue }
                    pairs[w][block * contextIndex.count + c, default: 0] += 1
                    contextTotals[block * contextIndex.count + c] += 1
                    total += 1
                }
            }
        }
        // Positive PMI, each word's vector of unit length, its dimensions in order.
        let vectors: [[(Int, Float)]] = pairs.map { row in
            let wordTotal = row.values.reduce(0, +)
            var entries = row.sorted { $0.key < $1.key }.compactMap { dimension, count -> (Int, Float)? in
                let pmi = log(count * total / (wordTotal * contextTotals[dimension]))
                return pmi > 0 ? (dimension, pmi) : nil
            }
            let norm = entries.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
            if norm > 0 { entries = entries.map { ($0.0, $0.1 / norm) } }
            return entries
        }
        func kMeans(_ k: Int) -> [Int] {
            // Centroids stored dimension-major, so one word's scores against all of them run over rows.
            var centroids = [Float](repeating: 0, count: dimensions * k)
            for c in 0..<k { for (d, v) in vectors[c] { centroids[d * k + c] = v } }
            var assignment = [Int](repeating: -1, count: vectors.count)
            var scores = [Float](repeating: 0, count: k)
            for _ in 0..<iterations {
                var changed = 0
                for (w, vector) in vectors.enumerated() {
                    for c in 0..<k { scores[c] = 0 }
                    centroids.withUnsafeBufferPointer { centroid in
                        scores.withUnsafeMutableBufferPointer { score in
                            for (d, v) in vector {
                                let row = centroid.baseAddress! + d * k
                                for c in 0..<k { score[c] += v * row[c] }
                            }
                        }
                    }
                    var best = 0
                    for c in 1..<k where scores[c] > scores[best] { best = c }
                    if vector.isEmpty { best = 0 }
                    if assignment[w] != best { changed += 1 }
                    assignment[w] = best
                }
                if changed == 0 { break }
                centroids = [Float](repeating: 0, count: dimensions * k)
                for (w, vector) in vectors.enumerated() { for (d, v) in vector { centroids[d * k + assignment[w]] += v } }
                var norms = [Float](repeating: 0, count: k)
                for d in 0..<dimensions { for c in 0..<k { norms[c] += centroids[d * k + c] * centroids[d * k + c] } }
                for d in 0..<dimensions { for c in 0..<k where norms[c] > 0 { centroids[d * k + c] /= norms[c].squareRoot() } }
            }
            return assignment
        }
        let coarseClasses = kMeans(coarse), fineClasses = kMeans(fine)
        var classes = HashKeyedTable<UInt32>(minimumCapacity: vocabulary.count)
        for (w, word) in vocabulary.enumerated() { classes[word] = UInt32(coarseClasses[w]) << 16 | UInt32(fineClasses[w]) }
        return WordClusters(classes: classes)
    }

    /// Classes from Brown clusters given as bit paths (`word<TAB>path` lines, words lowercased, `#`
    /// lines skipped): the fine class is the whole path, the coarse one its first `coarseBits` bits.
    public static func brown(tsv: String, coarseBits: Int = 6) -> WordClusters {
        var rows: [(word: UInt64, path: Substring)] = []
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            rows.append((TaggerFeatures.wordHash(String(line[..<tab])), line[line.index(after: tab)...]))
        }
        let paths = Set(rows.map(\.path)).sorted()
        let fine = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, UInt32($0)) })
        var coarseIndex: [Substring: UInt32] = [:]
        for path in paths { coarseIndex[path.prefix(coarseBits)] = coarseIndex[path.prefix(coarseBits)] ?? UInt32(coarseIndex.count) }
        var classes = HashKeyedTable<UInt32>(minimumCapacity: rows.count)
        for row in rows where classes[row.word] == nil {
            classes[row.word] = coarseIndex[row.path.prefix(coarseBits)]! << 16 | fine[row.path]!
        }
        return WordClusters(classes: classes)
    }
}
