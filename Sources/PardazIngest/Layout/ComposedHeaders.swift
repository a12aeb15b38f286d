import PardazModel

/// Training headers composed for what no labelled data covers: Persian front matter and the start
/// of a body after a header.
///
/// No labelled Persian headers exist, so a Persian header is composed on the layout of a labelled
/// English one (its labels, line for line): each run of lines of one label is filled with real
/// Persian text of that kind — a sentence of UD PerDT as the title, sentences as the abstract,
/// person names of PEYMA as authors, institutions and degrees with the field names and labels of
/// `Training/compose.tsv` as affiliations, Solar Hijri dates after «تاریخ دریافت» and its
/// kin, journal metadata lines. What the model learns of the order and shape of front matter thus
/// transfers from the English headers, and the Persian cue words and text from the composition.
public struct ComposedHeaders {
    public typealias Line = GrobidHeaderCorpus.Line

    /// Real Persian text and the composition parts.
    public struct PersianText {
        public var sentences: [String]
        public var names: [String]
        public var places: [String]
        /// `kind` → values, from `compose.tsv` (`date-label` values are `kind<TAB>label`).
        public var parts: [String: [String]]

        public init(sentences: [String], names: [String], places: [String], parts: [String: [String]]) {
            self.sentences = sentences
            self.names = names
            self.places = places
            self.parts = parts
        }

        /// Reads `compose.tsv`.
        public static func parts(fromTSV tsv: String) -> [String: [String]] {
            var parts: [String: [String]] = [:]
            for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
                guard let tab = line.firstIndex(of: "\t") else { continue }
                parts[String(line[..<tab]), default: []].append(String(line[line.index(after: tab)...]))
            }
            return parts
        }
    }

    let persian: PersianText
    var random: SplitMix64

    public init(persian: PersianText, seed: UInt64) {
        self.persian = persian
        random = SplitMix64(seed: seed)
    }

    // MARK: - Persian headers

    /// A Persian header on the layout of `skeleton`.
    public mutating func persianHeader(like skeleton: [Line]) -> [Line] {
        var result: [Line] = []
        var start = 0
        while start < skeleton.count {
            var end = start + 1
            while end < skeleton.count, skeleton[end].label == skeleton[start].label { end += 1 }
            let texts = persianRun(skeleton[start].label, lines: Array(skeleton[start..<end]))
            result += texts.map { (LayoutLine(text: $0), skeleton[start].label) }
            start = end
        }
        return result
    }

    private mutating func persianRun(_ label: LayoutLabel, lines: [Line]) -> [String] {
        let count = lines.count
        switch label {
        case .title: return split(sentence(words: 5...16, trimmed: true), into: count)
        case .author: return lines.indices.map { authorLine(first: $0 == 0, marked: LineShape(lines[$0].line.text).markedNames > 0) }
        case .affiliation: return (0..<count).map { _ in affiliation() }
        case .address: return (0..<count).map { _ in "\(pick(persian.places))، ایران" }
        case .email: return lines.map(\.line.text)
        case .date: return (0..<count).map { _ in dateLine() }
        case .abstractLabel: return [pick("abstract-label")]
        case .abstract:
            let length = max(300, lines.map(\.line.text.count).reduce(0, +))
            var text = ""
            while text.count < length { text += (text.isEmpty ? "" : " ") + pick(persian.sentences) }
            return split(text, into: count)
        case .keywordsLabel: return [pick("keywords-label")]
        case .keywords:
            let labelled = lines[0].line.text.lowercased().hasPrefix("key") || lines[0].line.text.lowercased().hasPrefix("index")
            return split((labelled ? pick("keywords-label") + " " : "") + keywords(), into: count)
        case .meta: return (0..<count).map { _ in fill(pick("meta")) }
        case .furniture: return (0..<count).map { _ in fill(pick("furniture")) }
        case .other, .body: return split(sentence(words: 4...30, trimmed: false), into: count)
        }
    }

    private mutating func authorLine(first: Bool, marked: Bool) -> String {
        let names = (0..<(1 + Int(random.next() % 3))).map { _ in
            pick(persian.names) + (marked ? digits(String(1 + random.next() % 3)) + (random.next() % 3 == 0 ? "*" : "") : "")
        }
        let joined = names.count > 1 && random.next() % 2 == 0
            ? names.dropLast().joined(separator: "، ") + " و " + names.last! : names.joined(separator: "، ")
        return (first && random.next() % 4 == 0 ? pick("author-label") + " " : "") + joined
    }

    private mutating func affiliation() -> String {
        var parts: [String] = []
        if random.next() % 3 != 0 { parts.append("\(pick("degree")) گروه \(pick("field"))") }
        if random.next() % 2 == 0 { parts.append("دانشکده \(pick("faculty"))") }
        parts.append("دانشگاه \(pick("university"))")
        if random.next() % 2 == 0 { parts.append(pick(persian.places)) }
        if random.next() % 2 == 0 { parts.append("ایران") }
        let marker = random.next() % 3 == 0 ? digits(String(1 + random.next() % 3)) + (random.next() % 2 == 0 ? "- " : " ") : ""
        return marker + parts.joined(separator: "، ")
    }

    private mutating func dateLine() -> String {
        let labels = persian.parts["date-label", default: []]
        let count = 1 + Int(random.next() % 3)
        let dates = (0..<count).map { _ in
            let label = labels.isEmpty ? "" : labels[Int(random.next() % UInt64(labels.count))].split(separator: "\t").last.map(String.init) ?? ""
            return "\(label): \(solarDate())"
        }
        return dates.joined(separator: random.next() % 2 == 0 ? " | " : "؛ ")
    }

    private mutating func solarDate() -> String {
        let year = 1390 + Int(random.next() % 14), month = 1 + Int(random.next() % 12), day = 1 + Int(random.next() % 29)
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        let form: String = switch random.next() % 4 {
        case 0: "\(year)/\(pad(month))/\(pad(day))"
        case 1: "\(year)-\(pad(month))-\(pad(day))"
        case 2: "\(day) \(persian.parts["month", default: ["مهر"]][month - 1 < persian.parts["month", default: []].count ? month - 1 : 0]) \(year)"
        default: "\(pad(day))/\(pad(month))/\(year)"
        }
        return digits(form)
    }

    private mutating func keywords() -> String {
        let count = 3 + Int(random.next() % 4)
        let phrases = (0..<count).map { _ in
            let words = pick(persian.sentences).split(separator: " ").filter { word in
                word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "\u{200C}" }
            }
            guard !words.isEmpty else { return "ایران" }
            let length = 1 + Int(random.next() % 3)
            let start = Int(random.next() % UInt64(max(1, words.count - length + 1)))
            return words[start..<min(words.count, start + length)].joined(separator: " ")
        }
        return phrases.joined(separator: random.next() % 3 == 0 ? "؛ " : "، ")
    }

    private mutating func fill(_ template: String) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let slot = rest[rest.index(after: open)..<close]
            switch slot {
            case "n": result += digits(String(1 + random.next() % 300))
            case "year": result += digits(String(1390 + random.next() % 14))
            case "name": result += pick(persian.names)
            case "title": result += sentence(words: 5...12, trimmed: true)
            default: result += pick(String(slot))
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    // MARK: - Web layout

    /// `header` as a web page or a converted document prints it: each run of title, abstract or
    /// keyword lines one line, and most runs set off by a blank line; in `markdown`, the title a
    /// level-1 heading and the abstract and keywords labels level-2 headings.
    public mutating func webLayout(_ header: [Line], markdown: Bool = false) -> [Line] {
        var result: [Line] = []
        for (line, label) in header {
            let joins = [.title, .abstract, .keywords].contains(label)
            if joins, let last = result.last, last.label == label, line.blankLinesBefore == 0 {
                result[result.count - 1].line.text += " " + line.text
                continue
            }
            var line = line
            if result.last?.label != label, !result.isEmpty, markdown || random.next() % 10 < 7 { line.blankLinesBefore = 1 }
            if markdown, label == .title { line.headingLevel = 1 }
            if markdown, label == .abstractLabel || label == .keywordsLabel { line.headingLevel = 2 }
            if label == .author, result.last?.label != .author, line.text.unicodeScalars.first?.properties.isUppercase == true,
               random.next() % 5 == 0 {
                line.text = (random.next() % 2 == 0 ? "By " : "by ") + line.text
            }
            result.append((line, label))
        }
        if random.next() % 3 == 0 { result = withNavigation(result) }
        return result
    }

    /// `header` with a few lines of site navigation (page furniture) before it or after its title.
    private mutating func withNavigation(_ header: [Line]) -> [Line] {
        let lines = (0..<(2 + Int(random.next() % 6))).map { _ in (LayoutLine(text: pick("nav")), LayoutLabel.furniture) }
        let at = random.next() % 2 == 0 ? 0 : (header.firstIndex { $0.label != .title && $0.label != .meta && $0.label != .other } ?? 0)
        return Array(header[..<at]) + lines + Array(header[at...])
    }

    /// `header` with a blank line before every line, as some PDF converters print text.
    public func doubleSpaced(_ header: [Line]) -> [Line] {
        header.enumerated().map { index, item in
            var line = item.line
            line.blankLinesBefore = index == 0 ? 0 : 1
            return (line, item.label)
        }
    }

    // MARK: - Bodies

    /// `header` followed by the start of a body: a heading (or none) and paragraphs, wrapped as
    /// the header's abstract is or one paragraph a line, with or without blank lines between them.
    public mutating func withBody(_ header: [Line], heading: String?, paragraphs: [String]) -> [Line] {
        let markdown = header.contains { $0.line.headingLevel > 0 }
        let abstractLines = header.filter { $0.label == .abstract }.map(\.line.text.count)
        let width = abstractLines.count > 2 ? abstractLines.reduce(0, +) / abstractLines.count : nil
        let blank = random.next() % 2 == 0 ? 1 : 0
        let double = header.count > 1 && header.dropFirst().allSatisfy { $0.line.blankLinesBefore > 0 }
        var result = header
        if let heading {
            result.append((LayoutLine(text: heading, blankLinesBefore: markdown ? 1 : blank, headingLevel: markdown ? 2 : 0), .body))
        }
        for paragraph in paragraphs {
            let lines = width.map { wrap(paragraph, width: max(40, $0)) } ?? [paragraph]
            for (number, line) in lines.enumerated() {
                result.append((LayoutLine(text: line, blankLinesBefore: number == 0 || double ? max(blank, double ? 1 : 0) : 0), .body))
            }
        }
        return result
    }

    // MARK: - Helpers

    private mutating func sentence(words: ClosedRange<Int>, trimmed: Bool) -> String {
        for _ in 0..<50 {
            let candidate = pick(persian.sentences)
            if words.contains(candidate.split(separator: " ").count) {
                return trimmed ? String(candidate.trimmingSuffix { $0 == "." || $0 == "؟" || $0 == "!" || $0 == " " }) : candidate
            }
        }
        return pick(persian.sentences)
    }

    private mutating func digits(_ text: String) -> String {
        guard random.next() % 3 != 0 else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            ("0"..."9").contains($0) ? Unicode.Scalar($0.value - 0x30 + 0x06F0)! : $0
        }))
    }

    private mutating func pick(_ kind: String) -> String { pick(persian.parts[kind, default: [kind]]) }

    private mutating func pick(_ values: [String]) -> String {
        values.isEmpty ? "" : values[Int(random.next() % UInt64(values.count))]
    }

    /// The words of `text` in `count` lines of about equal length.
    private func split(_ text: String, into count: Int) -> [String] {
        let words = text.split(separator: " ")
        guard count > 1, words.count >= count else { return [text] }
        let size = (words.count + count - 1) / count
        return stride(from: 0, to: words.count, by: size).map { words[$0..<min(words.count, $0 + size)].joined(separator: " ") }
    }

    private func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
