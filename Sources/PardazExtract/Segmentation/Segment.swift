import PardazModel

/// A token: a word (letters, with the ZWNJs and inner apostrophes of Persian and English words), a
/// number, or a punctuation mark, with its range in the text it came from.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case word, number, punctuation
    }

    public var text: String
    public var range: TextRange
    public var kind: Kind

    public init(text: String, range: TextRange, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
    }
}

/// A sentence and its tokens.
public struct Sentence: Hashable, Sendable {
    public var text: String
    public var range: TextRange
    public var tokens: [Token]

    public init(text: String, range: TextRange, tokens: [Token]) {
        self.text = text
        self.range = range
        self.tokens = tokens
    }
}
