/// The names of an author line and the footnote markers printed with them: "A. One 1,2 , B. Two
/// 1,*", "A. One, 27 B. Two, 27 C. Three" (PDF text puts a name's superscripts after the comma),
/// "Georg Steinhauser a,b, *", "Nabipour1", «علی رضایی۱*، حسن احمدی۲».
///
/// The line is cut into pieces at commas, semicolons, "and", "&" and «و» (`NameList`); in each
/// piece, marker words at its start belong to the name before, marker words at its end and marker
/// characters run onto its last word to its own name, and a piece of markers alone to the name
/// before. A marker word is made of digits (of any script, superscripts too) and footnote symbols,
/// possibly with a lowercase letter ("1a"), or is a single lowercase Latin letter or "ID" (an
/// ORCID icon's text); a word of punctuation alone (a bullet) is dropped the same way.
enum AuthorLine {
    struct Name: Equatable {
        var range: Range<Int>
        var markers: [Range<Int>]
    }

    static func names(_ scalars: [Unicode.Scalar], from start: Int = 0) -> [Name] {
        var names: [Name] = []
        for piece in NameList.pieces(scalars, from: start) {
            var words = Self.words(scalars, in: piece)
            while let first = words.first, isMarker(scalars[first]) {
                if !names.isEmpty { names[names.count - 1].markers.append(first) }
                words.removeFirst()
            }
            var markers: [Range<Int>] = []
            while let last = words.last, isMarker(scalars[last]) {
                markers.insert(last, at: 0)
                words.removeLast()
            }
            guard let first = words.first, let last = words.last else { continue }
            var end = last.upperBound
            while end > last.lowerBound + 1, isMarkerScalar(scalars[end - 1]) { end -= 1 }
            if end < last.upperBound { markers.insert(end..<last.upperBound, at: 0) }
            names.append(Name(range: first.lowerBound..<end, markers: markers))
        }
        return names
    }

    /// The ranges of the space-separated words of `range`.
    private static func words(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for index in range.lowerBound...range.upperBound {
            let space = index == range.upperBound || scalars[index].isLayoutSpace
            if space, let begin = start {
                words.append(begin..<index)
                start = nil
            } else if !space, start == nil {
                start = index
            }
        }
        return words
    }

    private static func isMarker(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        // A bullet or dash standing alone is no name either.
        if !word.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) { return true }
        if word.count == 1, let only = word.first, ("a"..."z").contains(only) { return true }
        if word.elementsEqual("ID".unicodeScalars) { return true }
        let markers = word.filter(isMarkerScalar).count
        let lowercase = word.filter { ("a"..."z").contains($0) }.count
        return markers > 0 && markers + lowercase == word.count && lowercase <= 1
    }

    /// A digit of any script, a superscript digit or a footnote symbol.
    static func isMarkerScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil || "*†‡§¶#∗⁎".unicodeScalars.contains(scalar)
    }
}
