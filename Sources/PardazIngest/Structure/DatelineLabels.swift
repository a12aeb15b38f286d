import PardazModel

/// The labels papers and news pages print before a date of the document, in English and Persian,
/// with the kind of date each introduces: "Received", "Published online", "Available online",
/// "Date of publication", «تاریخ دریافت», «تاریخ پذیرش», «تاریخ انتشار», «تاریخ چاپ»….
///
/// Written lowercased with Persian yeh and kaf, as `DatelineParser` compares them; a label is
/// only a label when a date follows it closely.
enum DatelineLabels {
    /// Every label, longest first, so that "published online" is found before "published".
    static let all: [(label: [Unicode.Scalar], kind: DocumentDate.Kind)] = (english + persian)
        .map { (Array($0.0.unicodeScalars), $0.1) }
        .sorted { $0.label.count > $1.label.count }

    private static let english: [(String, DocumentDate.Kind)] = [
        ("date of receipt", .received), ("received date", .received), ("date received", .received),
        ("received", .received), ("submitted", .received), ("date of submission", .received),
        ("submission date", .received),
        ("received in revised form", .revised), ("revision received", .revised), ("revised", .revised),
        ("date of acceptance", .accepted), ("accepted date", .accepted), ("date accepted", .accepted),
        ("acceptance date", .accepted), ("accepted", .accepted),
        ("published online", .published), ("first published online", .published), ("first published", .published),
        ("available online", .published), ("date of publication", .published), ("publication date", .published),
        ("online publication date", .published), ("published", .published),
        ("last updated", .modified), ("updated", .modified), ("last modified", .modified),
    ]

    private static let persian: [(String, DocumentDate.Kind)] = [
        ("تاریخ دریافت", .received), ("دریافت", .received), ("تاریخ ارسال", .received), ("تاریخ ثبت", .received),
        ("تاریخ بازنگری", .revised), ("بازنگری", .revised), ("تاریخ اصلاح", .revised),
        ("تاریخ پذیرش", .accepted), ("پذیرش", .accepted), ("تاریخ تصویب", .accepted), ("تصویب", .accepted),
        ("تاریخ انتشار", .published), ("انتشار", .published), ("تاریخ چاپ", .published),
        ("تاریخ انتشار آنلاین", .published), ("تاریخ بروزرسانی", .modified),
    ]
}
