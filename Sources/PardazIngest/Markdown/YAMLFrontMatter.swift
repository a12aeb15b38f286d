import PardazModel
import Yams

/// YAML front matter as Jekyll and Hugo write it: a first line `---`, YAML, and a closing `---` or
/// `...` line. Only a file whose first line is exactly `---` has one, and only when its first YAML
/// line reads as a `key:` entry (so that prose between two thematic breaks is not taken for YAML).
///
/// The YAML text stays in the document as boilerplate (its fences are markup and are left out), with
/// the values the pipeline knows (`YAMLFrontMatterFields`) pointing into it; an abstract given there
/// (`description`, `summary`, `abstract`) becomes a block of its own. YAML that does not parse is kept
/// as one unclassified block.
struct YAMLFrontMatter {
    /// The source lines after the closing fence: the text the chunker reads.
    let bodyLines: [SourceLine]
    /// The YAML text between the fences, in source offsets.
    let region: Range<Int>
    /// The parsed mapping, or nil when the YAML is invalid (or not a mapping).
    let root: Node.Mapping?

    /// The front matter at the start of `scalars`, or nil when there is none.
    static func find(_ scalars: [Unicode.Scalar], lines: [SourceLine]) -> YAMLFrontMatter? {
        guard let first = lines.first, isOpeningFence(first, scalars),
              let close = lines.indices.dropFirst().first(where: { isClosingFence(lines[$0], scalars) }),
              close == 1 || startsWithKey(lines[1..<close], scalars)
        else { return nil }
        let region = close == 1 ? lines[1].start..<lines[1].start : lines[1].start..<lines[close - 1].end
        return YAMLFrontMatter(bodyLines: Array(lines[(close + 1)...]), region: region,
                               root: parse(scalars, region))
    }

    /// Adds the front matter's blocks to `builder` (the first blocks of the document) and returns
    /// what it says of the document in the front matter of `language`.
    func add(to builder: inout DocumentBuilder, scalars: [Unicode.Scalar], language: String) -> FrontMatter? {
        guard let root else {
            var content = RichText()
            content.appendCopy(of: scalars, region)
            builder.addBlock(.unclassified, language: LanguageGuess.language(of: content.scalars) ?? language,
                             content: content)
            return nil
        }
        let locator = YAMLValueLocator(scalars: scalars, region: region)
        return YAMLFrontMatterFields(root: root, locator: locator, language: language).add(to: &builder)
    }

    /// `front` (read from YAML) put before what the text gave for the same language: the YAML's
    /// values come first, the text's fill what the YAML leaves out.
    static func merged(_ front: FrontMatter?, into fronts: [FrontMatter]) -> [FrontMatter] {
        guard let front, !front.isEmpty else { return fronts }
        guard let position = fronts.firstIndex(where: { $0.language == front.language }) else { return [front] + fronts }
        var result = fronts
        let text = fronts[position]
        var combined = front
        combined.title = front.title ?? text.title
        if front.authors.isEmpty { combined.authors = text.authors }
        combined.affiliations = front.affiliations + text.affiliations
        if front.abstract.isEmpty { combined.abstract = text.abstract }
        if front.keywords.isEmpty { combined.keywords = text.keywords }
        result[position] = combined
        return result
    }

    // MARK: Recognising it

    /// `---` alone on the first line (after the blank a byte-order mark leaves, if any).
    private static func isOpeningFence(_ line: SourceLine, _ scalars: [Unicode.Scalar]) -> Bool {
        let leading = line.trimmed.lowerBound - line.start
        return text(scalars, line.trimmed) == "---" && (leading == 0 || (leading == 1 && line.start == 0))
    }

    private static func isClosingFence(_ line: SourceLine, _ scalars: [Unicode.Scalar]) -> Bool {
        guard line.indent == 0 else { return false }
        let content = text(scalars, line.trimmed)
        return content == "---" || content == "..."
    }

    /// Whether the first line that is not blank or a comment opens with `key:`.
    private static func startsWithKey(_ lines: ArraySlice<SourceLine>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let line = lines.first(where: { !$0.isBlank && scalars[$0.trimmed.lowerBound] != "#" }),
              line.indent == 0, let colon = scalars[line.trimmed].firstIndex(of: ":")
        else { return false }
        let key = scalars[line.trimmed.lowerBound..<colon]
        let followed = colon + 1 == line.trimmed.upperBound || scalars[colon + 1].isLayoutSpace
        return followed && !key.isEmpty && key.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil
            || $0 == "_" || $0 == "-" || $0 == "\"" || $0 == "'" }
    }

    /// The YAML's mapping, or nil when it does not parse, is not a mapping, or nests too deep to
    /// parse safely.
    private static func parse(_ scalars: [Unicode.Scalar], _ region: Range<Int>) -> Node.Mapping? {
        guard YAMLNestingGuard.isShallow(scalars[region]) else { return nil }
        let yaml = text(scalars, region)
        guard let node = try? Yams.compose(yaml: yaml) else { return nil }
        return node.mapping
    }

    private static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }
}
