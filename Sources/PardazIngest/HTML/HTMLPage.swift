import PardazXML

/// A parsed HTML page together with its decoded source, and facts about its elements that the
/// readers ask for again and again: declared language, class and id words, amount of text.
struct HTMLPage {
    let tree: HTMLTree
    let scalars: [Unicode.Scalar]
    let offsets: ByteToScalarMap
    /// For each element, the normalized `lang`/`xml:lang` in force and the element declaring it.
    private let declaredLanguage: [(tag: String, declaredBy: Int)?]
    /// For each element, the bytes of text below it (script and style excluded).
    let textBytes: [Int]

    init(tree: HTMLTree, scalars: [Unicode.Scalar], offsets: ByteToScalarMap) {
        self.tree = tree
        self.scalars = scalars
        self.offsets = offsets
        // Elements are numbered in document order, so a parent always comes before its children.
        var languages: [(tag: String, declaredBy: Int)?] = Array(repeating: nil, count: tree.elements.count)
        for (index, element) in tree.elements.enumerated() {
            let own = (element.attribute("xml:lang") ?? element.attribute("lang")).flatMap(Self.languageTag)
            languages[index] = own.map { ($0, index) } ?? element.parent.flatMap { languages[$0] }
        }
        declaredLanguage = languages
        var sizes = Array(repeating: 0, count: tree.elements.count)
        for index in stride(from: tree.elements.count - 1, through: 0, by: -1) {
            for child in tree.elements[index].children {
                switch child {
                case .element(let element): sizes[index] += sizes[element]
                case .text(let text) where !tree.texts[text].isRaw: sizes[index] += tree.texts[text].range.count
                case .text: break
                }
            }
        }
        textBytes = sizes
    }

    subscript(_ index: Int) -> HTMLElement { tree.elements[index] }

    /// The scalar range of an element.
    func sourceRange(of index: Int) -> Range<Int> { offsets.scalarRange(ofBytes: tree.elements[index].range) }

    /// The language declared for an element by itself or an ancestor, and whether that declaration
    /// is on the page as a whole (`<html>`, `<body>`) rather than on a part of it.
    func declaredLanguage(of index: Int) -> (tag: String, pageWide: Bool)? {
        guard let declared = declaredLanguage[index] else { return nil }
        let name = tree.elements[declared.declaredBy].name
        return (declared.tag, name == "html" || name == "body" || name == "#document")
    }

    /// The language of the page as `<html lang>` declares it.
    var pageLanguage: String? {
        tree.elements.first { $0.name == "html" }.flatMap { $0.attribute("xml:lang") ?? $0.attribute("lang") }
            .flatMap(Self.languageTag)
    }

    /// The words of an element's `class` and `id`, lowercased and split at `-`, `_` and spaces,
    /// with the whole lowercased values too (`share-bar` gives `share`, `bar`, `share-bar`).
    func nameWords(of index: Int) -> [String] {
        let element = tree.elements[index]
        var words: [String] = []
        for value in [element.attribute("class"), element.attribute("id")].compactMap({ $0 }) {
            for token in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                words.append(String(token))
                let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
                if parts.count > 1 { words += parts.map(String.init) }
            }
        }
        return words
    }

    /// The start of an element's text (about `limit` bytes) with whitespace collapsed, for
    /// recognising what the element is, not for output.
    func plainText(of index: Int, limit: Int = 2_000) -> String {
        var result = ""
        var stack: [HTMLNode] = tree.elements[index].children.reversed()
        while let node = stack.popLast(), result.utf8.count < limit {
            switch node {
            case .element(let child):
                if !HTMLJunkFilter.alwaysDropped.contains(tree.elements[child].name) {
                    stack += tree.elements[child].children.reversed()
                }
            case .text(let text):
                for piece in tree.texts[text].pieces where result.utf8.count < limit {
                    let end = min(piece.range.upperBound, piece.range.lowerBound + limit - result.utf8.count)
                    result += piece.decoded ?? String(decoding: offsets.utf8[piece.range.lowerBound..<end], as: UTF8.self)
                }
            }
        }
        return result.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// BCP 47 primary language subtag of a `lang` value: `fa-IR` is `fa`, ISO 639-2 `per` is `fa`.
    static func languageTag(_ value: String) -> String? {
        let primary = value.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "": return nil
        case "per", "fas", "pes", "prs": return "fa"
        case "eng": return "en"
        case "ara": return "ar"
        default: return primary.allSatisfy({ $0.isLetter && $0.isASCII }) && primary.count <= 3 ? primary : nil
        }
    }
}
