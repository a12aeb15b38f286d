import PardazModel

/// The English and Persian temporal taggers together: one language, or both with `auto`, keeping
/// the longer of two expressions that overlap.
public struct TimexTagger: Sendable {
    public let english: EnglishTimexTagger
    public let persian: PersianTimexTagger

    public init(anchor: TimexAnchor?) {
        english = EnglishTimexTagger(anchor: anchor)
        persian = PersianTimexTagger(anchor: anchor)
    }

    /// The expressions of `text` in `language` (`en`, `fa`, or `auto` for both), in order.
    public func tag(_ text: String, language: String) -> [TemporalExpression] {
        switch language {
        case "en": return english.tag(text)
        case "fa": return persian.tag(text)
        default:
            let all = (english.tag(text) + persian.tag(text)).sorted {
                $0.range.start != $1.range.start ? $0.range.start < $1.range.start : $0.range.count > $1.range.count
            }
            var kept: [TemporalExpression] = []
            for expression in all {
                if let last = kept.last, expression.range.start < last.range.end {
                    if expression.range.count > last.range.count { kept[kept.count - 1] = expression }
                    continue
                }
                kept.append(expression)
            }
            return kept
        }
    }
}
