import Foundation

/// The cue words of front matter in both languages (`Resources/layout/cues.tsv`), by class:
/// "Abstract" and «چکیده» are both `abstract`, "Received" and «تاریخ دریافت» both `received`.
/// The classes are what the labeler's features share across languages.
public struct LayoutCues: Sendable {
    /// Class of each phrase key (words run together).
    private let classes: [String: String]
    /// The most words a phrase has.
    private let longest: Int

    public init(tsv: String) {
        var classes: [String: String] = [:]
        var longest = 1
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let words = LayoutWords.words(String(fields[1]))
            guard !words.isEmpty else { continue }
            longest = max(longest, words.count + 1)
            let key = LayoutWords.key(words)
            if classes[key] == nil { classes[key] = String(fields[0]) }
        }
        self.classes = classes
        self.longest = longest
    }

    /// The shipped cues.
    public static let shared: LayoutCues = {
        guard let url = Bundle.module.url(forResource: "cues", withExtension: "tsv", subdirectory: "layout"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("Pardaz's resource layout/cues.tsv is missing from the build") }
        return LayoutCues(tsv: text)
    }()

    /// The class of the longest phrase the words start with, with the number of words it takes.
    public func start(of words: [String]) -> (cue: String, words: Int)? {
        var found: (String, Int)?
        var key = ""
        for count in 1...max(1, min(longest, words.count)) where count <= words.count {
            key += words[count - 1]
            if let cue = classes[key] { found = (cue, count) }
        }
        return found
    }

    /// Every class a phrase of the words belongs to, in the order first met.
    public func contained(in words: [String]) -> [String] {
        var found: [String] = []
        for start in words.indices {
            var key = ""
            for end in start..<min(words.count, start + longest) {
                key += words[end]
                if let cue = classes[key], !found.contains(cue) { found.append(cue) }
            }
        }
        return found
    }
}
