import PardazModel
import Testing

/// Every structure fact issue 2 lists for the seed paper (`../shared/seeds/001_…`).
@Suite("Seed paper structure")
struct SeedPaperTests {
    let document = Fixtures.seedPaper

    @Test func detectsAPaperInMarkdownWithBothLanguages() {
        #expect(document.kind == .paper)
        #expect(document.source.inputKind == .markdown)
        #expect(document.source.encoding == .utf8)
        #expect(document.languages == ["en", "fa"])
        #expect(document.source.sha256.count == 64)
    }

    @Test func englishTitleAndAuthorWithResolvedAuthorNote() throws {
        // The seed's own lines: "# TITLE", then "NAME\*", and later "\* DEGREE in FIELD, (EMAIL)".
        let lines = try Fixtures.seedLines(Fixtures.seedPaperPath)
        let titleLine = try #require(lines.firstIndex { $0.hasPrefix("# ") })
        let noteLine = try #require(lines.first { $0.hasPrefix("\\* ") }).dropFirst(3)
        let degreeAndField = noteLine.prefix { $0 != "," }
        let email = noteLine.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
        let front = try #require(document.front("en"))
        #expect(front.title?.text == String(lines[titleLine].dropFirst(2)))
        #expect(front.authors.count == 1)
        let author = try #require(front.authors.first)
        #expect(author.name.text == lines[titleLine + 1].replacingOccurrences(of: "\\*", with: ""))
        #expect(author.marker == "*")
        #expect(author.degree.map { "\($0.text) in \(author.field?.text ?? "")" } == String(degreeAndField))
        #expect(author.email?.text == String(email))
        let note = try #require(author.note.flatMap(document.block))
        #expect(note.kind == .authorNote)
        #expect(note.text.hasPrefix(degreeAndField))
        // The marker on the name is an annotation pointing at the note.
        let marker = document.layer("markup").first { $0.type == "noteRef" && $0.target == note.id }
        #expect(marker?.text == "*")
    }

    @Test func receivedAndAcceptedDates() {
        let dates = Dictionary(uniqueKeysWithValues: document.dates.map { ($0.kind, $0.when) })
        #expect(dates[.received] == "2015-03-01")
        #expect(dates[.accepted] == "2015-08-12")
        #expect(document.dates.allSatisfy { $0.calendar == "gregorian" && $0.span != nil })
    }

    @Test func englishAbstractAndKeywords() throws {
        let front = try #require(document.front("en"))
        #expect(front.abstract.count == 1)
        let abstract = try #require(front.abstract.first.flatMap(document.block))
        #expect(abstract.kind == .abstract && abstract.language == "en")
        let lines = try Fixtures.seedLines(Fixtures.seedPaperPath)
        let source = lines[try #require(lines.firstIndex(of: "## Abstract")) + 1]
        #expect(abstract.text.hasPrefix(Fixtures.opening(source)))
        #expect(abstract.text.hasSuffix(Fixtures.closing(source)))
        #expect(front.keywords.map(\.text) == (try Fixtures.seedKeywords(afterPrefix: "**Keywords:**", separator: ",")))
    }

    @Test func sectionsAreSiblingsWithRomanNumbersKept() {
        let body = document.sections.filter { $0.kind == .body }
        #expect(body.map(\.title.text) == ["Introduction", "Background", "Mutual Interest", "Constrains", "Scope",
                                            "New Directions", "Strategic Considerations and Uncertainties", "Conclusion"])
        #expect(body.map(\.number) == [nil, "I", "II", "III", "IV", "V", "VI", nil])
        #expect(body.map(\.numberValue) == [nil, 1, 2, 3, 4, 5, 6, nil])
        #expect(body.allSatisfy { $0.level == 1 })
        #expect(body.allSatisfy { !$0.blocks.isEmpty })
    }

    @Test func paragraphsAreRejoinedAcrossPageBreaks() {
        let paragraphs = document.blocks(.paragraph).map(\.text)
        // Short phrases, each crossing one page break of the seed.
        for joined in ["in the development of",
                       "Chang Wanquan and his",
                       "deal (JCPOA/BARJAM), China",
                       "“Iran's Nuclear Program” and",
                       "Iran and China are expanding",
                       "diplomacy, will act as",
                       "Looking forward, it is possible"] {
            #expect(paragraphs.contains { $0.contains(joined) }, "not joined: \(joined)")
        }
        #expect(!paragraphs.contains { $0 == "countries' navies." })
    }

    @Test func watermarksAreBoilerplateInsideNoParagraph() {
        let boilerplate = document.blocks(.boilerplate)
        #expect(boilerplate.count == 2)
        #expect(Set(boilerplate.map(\.text)).count == 1)
        let watermark = boilerplate[0].text
        #expect(watermark.hasSuffix("SID"))
        #expect(!document.blocks.contains { $0.kind != .boilerplate && $0.text.contains(watermark) })
    }

    @Test func tableHasHeaderAndFourRows() throws {
        let tables = document.blocks(.table)
        #expect(tables.count == 1)
        let table = try #require(tables.first?.table)
        #expect(table.rows.count == 5)
        #expect(table.rows[0].isHeader)
        #expect(table.rows[0].cells.map(\.text) == ["Date", "Type", "Description"])
        #expect(table.rows.dropFirst().allSatisfy { !$0.isHeader && $0.cells.count == 3 })
        let firstRow = try Fixtures.seedLine(Fixtures.seedPaperPath) { $0.hasPrefix("March 2013\t") }
        #expect(table.rows[1].cells.map(\.text) == firstRow.split(separator: "\t").map(String.init))
        for cell in table.rows.flatMap(\.cells) { #expect(document.slice(cell.range) == cell.text) }
    }

    @Test func noteMarkersLinkToTheirNotes() throws {
        let notes = document.blocks(.note)
        #expect(notes.map(\.label) == (1...34).map { String($0) })
        let byID = Dictionary(uniqueKeysWithValues: notes.map { ($0.id, $0) })
        let markers = document.layer("markup").filter { $0.type == "noteRef" && byID[$0.target ?? ""] != nil }
        #expect(markers.count == 34)
        for marker in markers {
            let note = try #require(byID[marker.target!])
            #expect(marker.text == "(\(note.label!))")
        }
        #expect(Set(markers.compactMap(\.target)).count == 34)
        // Notes split by a page break are whole again.
        #expect(notes[10].text.contains("components to Iran") && notes[10].text.contains("violate the 1982 Joint Communiqué"))
        #expect(notes[32].text.contains("Washington Institute, June 11, 2015"))
        #expect(document.sections.contains { $0.kind == .notes && $0.blocks.filter { byID[$0] != nil }.count == 34 })
    }

    @Test func referenceListHas52EntriesWithTheSplitOneRejoined() {
        let references = document.blocks(.reference)
        #expect(references.count == 52)
        #expect(references.map(\.label) == (1...52).map { String($0) })
        #expect(references.contains { $0.text.contains("Produced Version of the") })
        #expect(references.first?.text.hasPrefix("Afrasiabi, Kaveh. January 29 2010.") == true)
        #expect(references.last?.text.hasPrefix("Zhao, Tong.") == true)
    }

    @Test func markdownEscapesAreResolved() {
        #expect(document.text.contains("$50-$70 million"))
        #expect(document.text.contains("PLA_Daily"))
        #expect(document.text.contains("content_721403.htm"))
        #expect(!document.text.contains("\\"))
        #expect(!document.text.contains("<sup>"))
        #expect(!document.text.contains("**"))
    }

    @Test func persianBlockIsTheCounterpartOfTheEnglishFront() throws {
        let front = try #require(document.front("fa"))
        #expect(front.title?.text == "روابط نظامی ایران و چین")
        #expect(front.authors.map(\.name.text) == ["مسعود رضایی"])
        let affiliationLine = try Fixtures.seedLine(Fixtures.seedPaperPath) { $0.contains("دانشگاه آزاد") }
        #expect(front.affiliations.map(\.text) == [affiliationLine])
        #expect(front.authors.first?.degree?.text == "دکتری")
        #expect(front.authors.first?.affiliation?.text == "دانشگاه آزاد واحد اصفهان")
        #expect(front.abstract.count == 1)
        let abstract = try #require(front.abstract.first.flatMap(document.block))
        #expect(abstract.language == "fa")
        #expect(abstract.text.hasPrefix("این مقاله به ابعاد استراتژیک"))
        #expect(front.keywords.map(\.text) == (try Fixtures.seedKeywords(afterPrefix: "**واژههای کلیدی:**", separator: "،")))
        let persianBlocks = document.blocks.filter { $0.language == "fa" }
        #expect(Set(persianBlocks.map(\.kind)) == [.title, .byline, .affiliation, .abstract, .keywords])
    }

    @Test func everyBlockAndAnnotationPointsIntoTextAndSource() throws {
        let source = try Fixtures.sourceScalars(Fixtures.seedPaperPath)
        #expect(document.source.scalarCount == source.count)
        for block in document.blocks {
            #expect(document.slice(block.range) == block.text)
            #expect(block.sourceRange.end <= source.count)
            #expect(document.offsetMap.sourceRange(of: block.range) == block.sourceRange)
            // The block's first word is where its source range starts (after any markup).
            let firstWord = String(block.text.prefix { !$0.isWhitespace && $0 != "*" && $0 != "(" && $0 != "“" }.prefix(6))
            if !firstWord.isEmpty, block.kind != .table {
                #expect(source.slice(block.sourceRange).contains(firstWord), "block \(block.id) \(block.kind)")
            }
        }
        for annotation in document.layer("markup") {
            #expect(document.slice(annotation.range) == annotation.text)
        }
        // Copied text maps scalar for scalar: the author's name is found at its source offsets.
        let name = try #require(document.front("en")?.authors.first?.name)
        #expect(source.slice(name.sourceRange) == "Masoud Rezaei")
    }
}
