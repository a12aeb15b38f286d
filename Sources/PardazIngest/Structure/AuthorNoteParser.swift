/// Reads what papers print about an author: degree, field, institution and e-mail, in English
/// ("Ph.D. in Political Geography, (name@host)") and Persian ("دکتری علوم سیاسی، دانشگاه…").
/// Ranges are scalar ranges within the parsed text.
enum AuthorNoteParser {
    struct Parts: Equatable {
        var degree: Range<Int>?
        var field: Range<Int>?
        var affiliation: Range<Int>?
        var email: Range<Int>?
    }

    /// Degrees and positions, longest first so that "Assistant Professor" wins over "Professor".
    private static let degrees = [
        "Associate Professor", "Assistant Professor", "Professor", "Lecturer", "Researcher",
        "Ph.D. Candidate", "PhD Candidate", "Ph.D. Student", "PhD Student", "Ph.D.", "PhD", "Ph.D", "M.Sc.", "MSc",
        "M.A.", "MA", "M.Phil.", "B.A.", "B.Sc.", "Dr.",
        "دانشجوی دکتری", "دانشجوی کارشناسی ارشد", "کارشناسی ارشد", "کارشناس ارشد", "دکترای", "دکتری", "دکترا",
        "دانشیار", "استادیار", "مربی", "استاد", "پژوهشگر",
    ]

    private static let institutionWords = [
        "university", "institute", "college", "school", "department", "faculty", "centre", "center", "academy",
        "دانشگاه", "پژوهشگاه", "پژوهشکده", "دانشکده", "مؤسسه", "موسسه", "گروه", "مرکز", "واحد",
    ]

    static func parse(_ text: String) -> Parts {
        let scalars = Array(text.unicodeScalars)
        var parts = Parts()
        parts.email = email(in: scalars)
        // Split into comma-separated segments outside the e-mail.
        var segments: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count {
            if index == scalars.count || scalars[index] == "," || scalars[index] == "،" || scalars[index] == ";" {
                var segment = trim(scalars, start..<index)
                // A segment holding the e-mail keeps what comes before it: "University of Tehran (a@b.c)".
                if let email = parts.email, email.overlaps(segment) {
                    segment = trim(scalars, segment.lowerBound..<max(segment.lowerBound, email.lowerBound))
                }
                if !segment.isEmpty { segments.append(segment) }
                start = index + 1
            }
        }
        for segment in segments {
            let value = String(String.UnicodeScalarView(scalars[segment]))
            if parts.degree == nil, let degree = degrees.first(where: { value.hasPrefix($0) }) {
                let degreeEnd = segment.lowerBound + degree.unicodeScalars.count
                parts.degree = segment.lowerBound..<degreeEnd
                var rest = trim(scalars, degreeEnd..<segment.upperBound)
                let restText = String(String.UnicodeScalarView(scalars[rest]))
                for connective in ["in ", "of ", "در ", "رشته "] where restText.hasPrefix(connective) {
                    rest = trim(scalars, (rest.lowerBound + connective.unicodeScalars.count)..<rest.upperBound)
                    break
                }
                if !rest.isEmpty, !isInstitution(String(String.UnicodeScalarView(scalars[rest]))) { parts.field = rest }
            } else if parts.affiliation == nil, isInstitution(value) {
                // The institution runs to the end of the note (city and country follow it).
                parts.affiliation = segment.lowerBound..<max(segments.last?.upperBound ?? 0, segment.upperBound)
            }
        }
        return parts
    }

    private static func isInstitution(_ text: String) -> Bool {
        let lower = text.lowercased()
        return institutionWords.contains { lower.contains($0) }
    }

    /// The first e-mail address, without surrounding brackets.
    static func email(in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let at = scalars.firstIndex(of: "@") else { return nil }
        func isEmailScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || "._%+-".unicodeScalars.contains(scalar))
        }
        var start = at, end = at + 1
        while start > 0, isEmailScalar(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, isEmailScalar(scalars[end]) { end += 1 }
        while end > at + 1, scalars[end - 1] == "." { end -= 1 }
        guard start < at, end > at + 1 else { return nil }
        return start..<end
    }

    private static func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high, scalars[low].isLayoutSpace || scalars[low] == "(" { low += 1 }
        while high > low, scalars[high - 1].isLayoutSpace || scalars[high - 1] == ")" || scalars[high - 1] == "("
            || scalars[high - 1] == "." && high - 1 > low && !isAbbreviationDot(scalars, high - 1) {
            high -= 1
        }
        return low..<high
    }

    /// A dot that belongs to an abbreviation such as "Ph.D." rather than ending the text.
    private static func isAbbreviationDot(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index >= 2 && scalars[index - 2] == "."
    }
}
