import PardazModel

/// The document's dates from a page: published, modified, received, revised and accepted.
///
/// A date printed in the body ("Received: 1 March 2024") comes with its span. Otherwise the
/// metadata gives it, with its origin (`meta:citation_publication_date`); the publication date
/// trusts `citation_publication_date`, `citation_date`, `DC.date`, `article:published_time` and then
/// the first `<time datetime>` of the article (origin `time@datetime`, with the span of its text).
enum HTMLDocumentDates {
    private static let metaKeys: [(DocumentDate.Kind, [String])] = [
        (.published, ["citation_publication_date", "citation_date", "dc.date", "dc.date.issued", "dcterms.issued",
                      "dcterms.date", "article:published_time", "datepublished"]),
        (.modified, ["citation_online_date", "article:modified_time", "dc.date.modified", "dcterms.modified",
                     "datemodified", "og:updated_time"]),
        (.received, ["citation_received_date", "citation_date_received", "dc.date.submitted", "dc.date.received",
                     "dcterms.datesubmitted"]),
        (.revised, ["citation_revised_date", "citation_date_revised", "dc.date.revised"]),
        (.accepted, ["citation_accepted_date", "citation_date_accepted", "dc.date.accepted", "dcterms.dateaccepted"]),
    ]

    static func dates(meta: HTMLMetaTags, drafts: [HTMLBlockDraft], ids: [String?],
                      builder: DocumentBuilder) -> [DocumentDate] {
        var printed: [DocumentDate] = []
        var times: [DocumentDate] = []
        for (draft, id) in zip(drafts, ids) {
            guard let id else { continue }
            if draft.kind == .dateline {
                for found in DatelineParser.dates(in: draft.text) where !printed.contains(where: { $0.kind == found.kind }) {
                    printed.append(DocumentDate(kind: found.kind, when: found.when, calendar: found.calendar,
                                                original: found.original, span: builder.span(in: id, found.range)))
                }
            }
            for captured in draft.captured {
                guard case .time(let value) = captured.capture, let date = HTMLDateValue.parse(value) else { continue }
                times.append(DocumentDate(kind: .published, when: date.when, calendar: date.calendar,
                                          original: date.original, span: builder.span(in: id, captured.range),
                                          origin: "time@datetime"))
            }
        }
        var dates: [DocumentDate] = []
        for (kind, keys) in metaKeys {
            if kind != .published, let date = printed.first(where: { $0.kind == kind }) {
                dates.append(date)
                continue
            }
            let fromMeta = keys.lazy.compactMap { key -> DocumentDate? in
                guard let entry = meta.all(key).first, let date = HTMLDateValue.parse(entry.value) else { return nil }
                return DocumentDate(kind: kind, when: date.when, calendar: date.calendar, original: date.original,
                                    origin: "meta:\(entry.name)")
            }.first
            if let date = fromMeta ?? printed.first(where: { $0.kind == kind }) ?? (kind == .published ? times.first : nil) {
                dates.append(date)
            }
        }
        return dates
    }
}
