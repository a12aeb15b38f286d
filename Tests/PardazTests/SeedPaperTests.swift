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

    @Test func sectionsAreSiblingsWithRomanNumbersKept() throws {
        let body = document.sections.filter { $0.kind == .body }
        // The seed's headings from the introduction to the notes, whatever their level of #, their
        // bold, and their roman number ("### **I. Background**").
        let headings = (["## Introduction"] + (try Fixtures.seedSection(Fixtures.seedPaperPath, from: "## Introduction", to: "## Note")))
            .filter { $0.hasPrefix("#") }
            .map { $0.drop { $0 == "#" || $0 == " " || $0 == "*" }.reversed().drop { $0 == "*" }.reversed() }
            .map { String($0) }
        let numbered = headings.map { heading -> (number: String?, title: String) in
            let parts = heading.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].hasSuffix("."), parts[0].dropLast().allSatisfy({ "IVXLC".contains($0) }) else { return (nil, heading) }
            return (String(parts[0].dropLast()), String(parts[1]))
        }
        #expect(headings.count == 8)
        #expect(body.map(\.title.text) == numbered.map(\.title))
        #expect(body.map(\.number) == numbered.map(\.number))
        #expect(body.map(\.numberValue) == [nil, 1, 2, 3, 4, 5, 6, nil])
        #expect(body.allSatisfy { $0.level == 1 })
        #expect(body.allSatisfy { !$0.blocks.isEmpty })
    }

    @Test func paragraphsAreRejoinedAcrossPageBreaks() throws {
        let paragraphs = document.blocks(.paragraph).map(\.text)
        // Every place where the seed's body runs on across a page break.
        let joins = Fixtures.pageBreakJoins(try Fixtures.seedSection(Fixtures.seedPaperPath, from: "## Introduction", to: "## Note"))
        #expect(joins.count >= 10)
        for joined in joins { #expect(paragraphs.contains { $0.contains(joined) }, "not joined: \(joined)") }
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
        // Notes split by a page break are whole again, and each note begins as its seed line does.
        let seedNotes = try Fixtures.seedSection(Fixtures.seedPaperPath, from: "## Note", to: "## References")
        let joins = Fixtures.pageBreakJoins(seedNotes)
        #expect(!joins.isEmpty)
        for joined in joins { #expect(notes.contains { $0.text.contains(joined) }, "not joined: \(joined)") }
        for (index, note) in notes.enumerated() {
            let line = try #require(seedNotes.first { $0.hasPrefix("\(index + 1). ") })
            let opening = Fixtures.opening(String(line.drop { $0 != " " }.dropFirst()), words: 2).filter { $0 != "*" }
            #expect(note.text.hasPrefix(opening), "note \(index + 1)")
        }
        #expect(document.sections.contains { $0.kind == .notes && $0.blocks.filter { byID[$0] != nil }.count == 34 })
    }

    @Test func referenceListHas52EntriesWithTheSplitOneRejoined() throws {
        let references = document.blocks(.reference)
        #expect(references.count == 52)
        #expect(references.map(\.label) == (1...52).map { String($0) })
        // The seed's list, an entry a line; an entry that does not end its line with a full stop
        // or a bracket goes on in the next, which starts with a dash like an entry of its own.
        let seedList = try Fixtures.seedSection(Fixtures.seedPaperPath, from: "## References", to: try Fixtures.seedPersianHeading())
            .map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
        let split = try #require(seedList.indices.dropLast().first { !".)]>*".contains(seedList[$0].last!) })
        let joined = Fixtures.closing(seedList[split], words: 2) + " " + Fixtures.opening(seedList[split + 1], words: 2)
        #expect(references.contains { $0.text.contains(joined) })
        #expect(references.first?.text.hasPrefix(Fixtures.opening(seedList[0], words: 5)) == true)
        #expect(references.last?.text.hasPrefix(Fixtures.opening(seedList.last!, words: 2)) == true)
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
        // The Persian block's heading, as the seed writes it.
        #expect(front.title?.text == String(try Fixtures.seedPersianHeading().dropFirst(3)))
        #expect(front.authors.map(\.name.text) == ["مسعود رضایی"])
        let affiliationLine = try Fixtures.seedLine(Fixtures.seedPaperPath) { $0.contains("دانشگاه آزاد") }
        #expect(front.affiliations.map(\.text) == [affiliationLine])
        #expect(front.authors.first?.degree?.text == "دکتری")
        // The institution is the line's last part, after its Persian comma.
        let institution = affiliationLine.split(separator: "،").last.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(institution?.hasPrefix("دانشگاه") == true && front.authors.first?.affiliation?.text == institution)
        #expect(front.abstract.count == 1)
        let abstract = try #require(front.abstract.first.flatMap(document.block))
        #expect(abstract.language == "fa")
        #expect(abstract.text.hasPrefix(Fixtures.opening(try Fixtures.seedPersianAbstract(), words: 5)))
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
