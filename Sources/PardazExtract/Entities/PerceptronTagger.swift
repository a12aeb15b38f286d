import Foundation
import PardazModel

/// A named-entity tagger: an averaged perceptron over hashed features (word, affixes, shape, case,
/// neighbouring words, the previous tag, gazetteer hits, script), decoded greedily left to right.
///
/// Greedy decoding with the previous tag as a feature is within a point of Viterbi for IOB tagging
/// with a perceptron, and keeps tagging at one pass over the tokens; the weights live in one flat
/// array of `buckets × tags` floats, so a model loads in milliseconds.
public struct PerceptronTagger: Sendable {
    public let tags: [String]
    public let buckets: Int
    /// `weights[bucket * tags.count + tag]`.
    private(set) var weights: [Float]

    public init(tags: [String], buckets: Int = 1 << 16) {
        self.tags = tags
        self.buckets = buckets
        weights = [Float](repeating: 0, count: buckets * tags.count)
    }

    // MARK: Features

    private static func hash(_ string: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in string.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func shape(_ word: String) -> String {
        var shape = ""
        for character in word.prefix(8) {
            let letter: Character = character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d"
                : character.isLetter ? "a" : character
            if shape.last != letter { shape.append(letter) }
        }
        return shape
    }

    /// The features of token `i`, given the tag chosen for the token before, as bucket indexes.
    func features(_ words: [String], _ gazetteer: [String], _ i: Int, previous: String) -> [Int] {
        let word = words[i]
        let lower = word.lowercased()
        func at(_ j: Int) -> String { j < 0 ? "<s>" : j >= words.count ? "</s>" : words[j].lowercased() }
        var names = [
            "b", "w=" + lower, "sh=" + Self.shape(word), "t-1=" + previous, "t-1w=" + previous + lower,
            "w-1=" + at(i - 1), "w+1=" + at(i + 1), "w-2=" + at(i - 2), "w+2=" + at(i + 2),
            "w-1w=" + at(i - 1) + "|" + lower, "ww+1=" + lower + "|" + at(i + 1), "g=" + gazetteer[i],
            "g-1=" + (i > 0 ? gazetteer[i - 1] : "<s>"), "g+1=" + (i + 1 < words.count ? gazetteer[i + 1] : "</s>"),
        ]
        for n in 1...3 where word.count >= n {
            names.append("p\(n)=" + String(lower.prefix(n)))
            names.append("s\(n)=" + String(lower.suffix(n)))
        }
        if word.first?.isUppercase == true { names.append(i == 0 ? "cap0" : "cap") }
        names.append("sh-1=" + (i > 0 ? Self.shape(words[i - 1]) : "<s>"))
        names.append("sh+1=" + (i + 1 < words.count ? Self.shape(words[i + 1]) : "</s>"))
        names.append("t-1sh=" + previous + Self.shape(word))
        if word.count >= 4 { names.append("s4=" + String(lower.suffix(4))) }
        if let scalar = word.unicodeScalars.first, (0x0600...0x06FF).contains(scalar.value) { names.append("fa") }
        return names.map { Int(truncatingIfNeeded: Self.hash($0) % UInt64(buckets)) }
    }

    /// Gazetteer hits per token: `B-LOC`, `I-ORG` or `-`.
    static func gazetteerTags(_ words: [String], language: String) -> [String] {
        var tokens: [Token] = []
        var offset = 0
        for word in words {
            let count = word.unicodeScalars.count
            tokens.append(Token(text: word, range: TextRange(offset, offset + count), kind: .word))
            offset += count + 1
        }
        var result = [String](repeating: "-", count: words.count)
        for match in Gazetteer.shipped.matches(in: tokens, language: language) {
            for (k, index) in match.tokens.enumerated() { result[index] = (k == 0 ? "B-" : "I-") + match.entry.type.rawValue }
        }
        return result
    }

    private func score(_ features: [Int]) -> Int {
        var best = 0
        var bestScore = -Float.infinity
        for tag in tags.indices {
            var total: Float = 0
            for feature in features { total += weights[feature * tags.count + tag] }
            if total > bestScore {
                bestScore = total
                best = tag
            }
        }
        return best
    }

    /// The tags of `words` (a sentence) in `language`.
    public func tag(_ words: [String], language: String) -> [String] {
        let gazetteer = Self.gazetteerTags(words, language: language)
        var result: [String] = []
        var previous = "<s>"
        for i in words.indices {
            var best = score(features(words, gazetteer, i, previous: previous))
            // IOB2: an I- tag must continue its type.
            if tags[best].hasPrefix("I-"), !(previous.hasSuffix(tags[best].dropFirst(2)) && previous != "<s>" && previous != "O") {
                best = tags.firstIndex(of: "B-" + tags[best].dropFirst(2)) ?? best
            }
            result.append(tags[best])
            previous = tags[best]
        }
        return result
    }

    // MARK: Training

    /// Trains on `sentences` for `epochs` passes (shuffled with a fixed seed, so the model is the same
    /// every time), averaging the weights.
    public static func train(_ sentences: [NERCorpus.Sentence], language: String, epochs: Int = 6,
                             buckets: Int = 1 << 16) -> PerceptronTagger {
        let tags = ["O"] + Set(sentences.flatMap { $0.map(\.tag) }).subtracting(["O"]).sorted()
        var model = PerceptronTagger(tags: tags, buckets: buckets)
        var totals = [Float](repeating: 0, count: model.weights.count)
        var stamps = [Int](repeating: 0, count: model.weights.count)
        var step = 0
        let prepared = sentences.map { sentence -> ([String], [String], [Int]) in
            let words = sentence.map(\.token)
            return (words, gazetteerTags(words, language: language), sentence.map { tags.firstIndex(of: $0.tag)! })
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
                let (words, gazetteer, gold) = prepared[index]
                var previous = "<s>"
                for i in words.indices {
                    step += 1
                    let features = model.features(words, gazetteer, i, previous: previous)
                    let guess = model.score(features)
                    if guess != gold[i] {
                        for feature in features {
                            for (tag, delta) in [(gold[i], Float(1)), (guess, Float(-1))] {
                                let k = feature * tags.count + tag
                                totals[k] += Float(step - stamps[k]) * model.weights[k]
                                stamps[k] = step
                                model.weights[k] += delta
                            }
                        }
                    }
                    previous = tags[gold[i]]
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

    /// The model as bytes: `PZNER1`, the tags, the bucket count and the weights (little-endian Float32).
    public func data() -> Data {
        var data = Data("PZNER1\n".utf8)
        data.append(Data((tags.joined(separator: " ") + "\n\(buckets)\n").utf8))
        weights.withUnsafeBufferPointer { data.append(Data(buffer: $0)) }
        return data
    }

    public init?(data: Data) {
        let lines = data.prefix(4096).split(separator: 0x0A, maxSplits: 3, omittingEmptySubsequences: false)
        guard lines.count == 4, String(decoding: lines[0], as: UTF8.self) == "PZNER1",
              let buckets = Int(String(decoding: lines[2], as: UTF8.self)) else { return nil }
        tags = String(decoding: lines[1], as: UTF8.self).split(separator: " ").map(String.init)
        self.buckets = buckets
        let header = lines[0].count + lines[1].count + lines[2].count + 3
        let body = data.dropFirst(header)
        guard body.count == buckets * tags.count * 4 else { return nil }
        var weights = [Float](repeating: 0, count: buckets * tags.count)
        _ = weights.withUnsafeMutableBytes { body.copyBytes(to: $0) }  // copied: the bytes may be unaligned
        self.weights = weights
    }

    /// The model shipped for `language`, if there is one.
    public static func shipped(_ language: String) -> PerceptronTagger? {
        guard let url = Bundle.module.url(forResource: "ner-\(language)", withExtension: "bin", subdirectory: "models"),
              let data = try? Data(contentsOf: url) else { return nil }
        return PerceptronTagger(data: data)
    }
}
