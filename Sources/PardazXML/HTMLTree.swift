/// An HTML page as libxml2's HTML parser read it: elements and text, each with its place in the input.
///
/// Every range is a byte range of the UTF-8 input given to `HTMLParser.parse`, end exclusive:
/// - An element's `range` runs from the `<` of its start tag to just after the `>` of its end tag.
///   An element closed without an end tag of its own (a `<p>` closed by the next `<p>`, a `<br>`, an
///   element still open at the end of the input) ends where its last child ends, or where its start
///   tag ends when it has no children. An element the parser inserted although the page leaves it
///   out (`isImplied`: a missing `<html>`, `<body>` or `<p>`) has an empty `startTag` and starts at
///   its first child.
/// - A text node is a contiguous run of the source: its pieces cover its range in order, each piece
///   either copied from the source unchanged or, where the parser read something else (an entity
///   reference such as `&amp;`), the characters it read in place of those bytes.
/// Ranges nest: a child's range lies within its parent's. Element 0 is the document, covering the
/// whole input.
public struct HTMLTree: Sendable {
    public internal(set) var elements: [HTMLElement]
    public internal(set) var texts: [HTMLText]
    /// Elements left out because they were nested deeper than the parser's depth limit; their
    /// content is kept, attached to the deepest element kept.
    public internal(set) var flattenedElementCount: Int

    /// The index of the document element.
    public static let documentIndex = 0

    init(elements: [HTMLElement], texts: [HTMLText], flattenedElementCount: Int) {
        self.elements = elements
        self.texts = texts
        self.flattenedElementCount = flattenedElementCount
    }

    public var document: HTMLElement { elements[Self.documentIndex] }

    /// The text of a text node: its source bytes, with decoded pieces in place of what they replace.
    public func string(of textIndex: Int, in utf8: [UInt8]) -> String {
        var result = ""
        for piece in texts[textIndex].pieces {
            result += piece.decoded ?? String(decoding: utf8[piece.range], as: UTF8.self)
        }
        return result
    }

    /// Indexes of the elements below `elementIndex`, in document order (the element itself excluded).
    public func descendants(of elementIndex: Int) -> [Int] {
        var result: [Int] = []
        var stack: [Int] = elements[elementIndex].children.reversed().compactMap(\.elementIndex)
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: elements[next].children.reversed().compactMap(\.elementIndex))
        }
        return result
    }

    /// Indexes of the elements above `elementIndex`, nearest first, the document last.
    public func ancestors(of elementIndex: Int) -> [Int] {
        var result: [Int] = []
        var current = elements[elementIndex].parent
        while let index = current {
            result.append(index)
            current = elements[index].parent
        }
        return result
    }
}

/// A child of an element: an index into `HTMLTree.elements` or `HTMLTree.texts`.
public enum HTMLNode: Hashable, Sendable {
    case element(Int)
    case text(Int)

    public var elementIndex: Int? {
        if case .element(let index) = self { return index }
        return nil
    }
}

/// An attribute as written, its name lowercased and its value with entity references decoded.
public struct HTMLAttribute: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An element of the page.
public struct HTMLElement: Sendable {
    /// Lowercased tag name; `#document` for the document element.
    public var name: String
    /// In the order written.
    public var attributes: [HTMLAttribute]
    /// From the `<` of the start tag to after the end tag (see `HTMLTree` for the exact rules).
    public var range: Range<Int>
    /// The start tag, `<` to `>` inclusive; empty when the element is implied.
    public var startTag: Range<Int>
    /// True when the parser inserted the element and the source has no start tag for it.
    public var isImplied: Bool
    /// True when the element was closed by its own end tag.
    public var hasEndTag: Bool
    /// The enclosing element's index; nil for the document.
    public var parent: Int?
    public var children: [HTMLNode]

    /// The value of the first attribute called `name` (lowercase).
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// A run of text of the page.
public struct HTMLText: Sendable {
    /// A part of a text node and the source bytes it stands for.
    public struct Piece: Hashable, Sendable {
        public var range: Range<Int>
        /// What the parser read in place of the bytes of `range` when it is not those bytes (a decoded
        /// entity reference); nil when the text is exactly the source bytes of `range`.
        public var decoded: String?
    }

    /// In source order, contiguous.
    public internal(set) var pieces: [Piece]
    /// True for the content of `<script>` and `<style>`, which the parser reads without markup.
    public var isRaw: Bool

    /// The source bytes the text covers.
    public var range: Range<Int> { pieces[0].range.lowerBound..<pieces[pieces.count - 1].range.upperBound }
}
