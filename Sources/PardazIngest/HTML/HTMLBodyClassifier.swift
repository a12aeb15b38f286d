import PardazModel

/// Decides what the body's blocks are beyond what their markup says: the abstract and keywords after
/// a heading or label naming them ("Abstract", "چکیده", "Keywords:"), notes and references under
/// their headings, lines of dates ("Received: …"), a "By …" byline near the top, and which headings
/// start sections.
enum HTMLBodyClassifier {
    static func classify(_ drafts: inout [HTMLBlockDraft]) {
        var following: SectionLabel?
        var itemCount = 0
        for index in drafts.indices {
            var draft = drafts[index]
            defer { drafts[index] = draft }
            if draft.kind == .heading {
                let label = SectionLabel.of(draft.text)
                switch draft.role {
                case .abstract?, .keywords?:
                    following = label ?? (draft.role == .abstract ? .abstract : .keywords)
                case .notes?:
                    following = .notes
                    draft.headsSection = true
                case .references?:
                    following = .references
                    draft.headsSection = true
                case nil:
                    following = label
                    draft.headsSection = label != .abstract && label != .keywords
                default:
                    following = label
                }
                itemCount = 0
                continue
            }
            if [.paragraph, .listItem, .unclassified, .abstract].contains(draft.kind),
               let (label, _) = HTMLTextPatterns.label(draft.scalars), label == .keywords || label == .abstract {
                draft.kind = label == .keywords ? .keywords : .abstract
                continue
            }
            if [.paragraph, .listItem, .unclassified].contains(draft.kind) {
                switch following {
                case .abstract?: draft.kind = .abstract
                case .keywords?: draft.kind = .keywords
                case .notes?: draft.kind = .note
                case .references?: draft.kind = .reference
                default:
                    if isDateline(draft) {
                        draft.kind = .dateline
                    } else if index < 6, isByline(draft) {
                        draft.kind = .byline
                    }
                }
            }
            if draft.kind == .note || draft.kind == .reference {
                // Items are numbered from the heading above them.
                itemCount += 1
                draft.label = draft.kind == .note ? leadingNumber(draft.scalars) ?? String(itemCount) : String(itemCount)
            }
        }
    }

    /// A short line that opens with a date label and its date: "Received: 1 March 2024",
    /// "(Available online 5 May 2024)", "تاریخ دریافت: ۱۴۰۲/۱۲/۱۱".
    private static func isDateline(_ draft: HTMLBlockDraft) -> Bool {
        guard draft.scalars.count <= 240, let first = DatelineParser.dates(in: draft.text).first else { return false }
        return !draft.scalars[..<first.labelRange.lowerBound].contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    private static func isByline(_ draft: HTMLBlockDraft) -> Bool {
        draft.kind == .paragraph && draft.scalars.count <= 150 && HTMLTextPatterns.bylineNamesStart(draft.scalars) != nil
    }

    /// The number a note opens with: "3." or "[3]" or "3 ".
    private static func leadingNumber(_ scalars: [Unicode.Scalar]) -> String? {
        var index = 0
        if index < scalars.count, scalars[index] == "[" || scalars[index] == "(" { index += 1 }
        let start = index
        while index < scalars.count, scalars[index].properties.numericType != nil { index += 1 }
        guard index > start, index - start <= 4 else { return nil }
        return String(String.UnicodeScalarView(scalars[start..<index])).asciiDigits
    }
}
