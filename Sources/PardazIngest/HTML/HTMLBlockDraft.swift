import PardazModel

/// A block read from the page body, before the article's structure is decided and it is added to
/// the document.
struct HTMLBlockDraft {
    var kind: BlockKind
    var language: String
    var content: RichText
    /// The element the block was read from (the `<p>`, `<li>`, `<h2>`, or the container of loose text).
    var element: Int
    /// The role of the nearest container that has one (inside `<div class="abstract">`: `.abstract`).
    var role: HTMLContainerRole?
    /// 1–6 for `<h1>`–`<h6>`.
    var headingLevel: Int?
    var group: String?
    var label: String?
    var table: Table?
    var captured: [HTMLTextRun.Captured] = []
    /// True for a heading that starts a section of the body (not the title, not "Abstract").
    var headsSection = false

    var text: String { content.string }
    var scalars: [Unicode.Scalar] { content.scalars }

    /// The captured stretches of one kind.
    func ranges(of capture: HTMLTextRun.Capture) -> [Range<Int>] {
        captured.filter { $0.capture == capture }.map(\.range)
    }
}
