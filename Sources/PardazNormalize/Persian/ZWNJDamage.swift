/// What has happened to a Persian text's zero-width non-joiners, judged from the text itself: it
/// decides how boldly the normalizer repairs.
///
/// A text that writes its verbs می‌کند uses ZWNJ and chose its other spellings (کتابها, نشان دهنده):
/// only what is wrong in any spelling is repaired. A text with no ZWNJ that writes میکند lost them
/// (a PDF or web conversion deleted them): its fused words are repaired as the standard orthography
/// writes them, and its spaces are its own. One that writes می کند had them turned into spaces: its
/// words written apart are joined where the standard writes ZWNJ, and its fused words are its own.
public enum ZWNJDamage: String, Sendable, Codable, CaseIterable {
    /// The text uses ZWNJ: respect its spellings.
    case intact
    /// ZWNJs were deleted (میکند, بینالملل).
    case deleted
    /// ZWNJs were replaced by spaces (می کند, بین الملل).
    case spaced
    /// Nothing tells (no verb with می/نمی, no ZWNJ): fused words and words written apart are both
    /// repaired as the standard writes them.
    case unknown
}

extension PersianWordAnalyzer {
    /// Judges the damage from the verbs with می/نمی (written with ZWNJ, fused or apart) and the ZWNJs
    /// between letters, in the first `PersianWordAnalyzer.damageSample` scalars of the text.
    func damage(of scalars: [Unicode.Scalar]) -> ZWNJDamage {
        var zwnjs = 0, proper = 0, fused = 0, apart = 0
        let limit = min(scalars.count, Self.damageSample)
        var index = 0
        while index < limit {
            let first = scalars[index]
            guard PersianLetters.isLetter(first) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count && (PersianLetters.isLetter(scalars[end]) || scalars[end] == PersianLetters.zwnj) {
                if scalars[end] == PersianLetters.zwnj && end + 1 < scalars.count && PersianLetters.isLetter(scalars[end + 1]) {
                    zwnjs += 1
                }
                end += 1
            }
            // Only words starting with م or ن can be verbs with می/نمی.
            if first == "م" || first == "ن" {
                let next = end + 1 < scalars.count && scalars[end] == " " ? nextWord(in: scalars, from: end + 1) : nil
                switch verbPrefixForm(scalars[index..<end], next: next) {
                case .withZWNJ: proper += 1
                case .fused: fused += 1
                case .apart: apart += 1
                case nil: break
                }
            }
            index = end
        }
        // A text whose only verbs are written with ZWNJ uses it, however short (and so does a
        // text the normalizer has repaired once, which keeps normalizing idempotent).
        if zwnjs >= 2 && proper >= 2 * (fused + apart) || proper >= 1 && fused + apart == 0 { return .intact }
        return apart > fused ? .spaced : fused > 0 ? .deleted : .unknown
    }

    /// How much of a text the damage is judged from: enough for a clear majority, little enough to
    /// cost nothing on a large input.
    static let damageSample = 200_000

    private func nextWord(in scalars: [Unicode.Scalar], from start: Int) -> ArraySlice<Unicode.Scalar> {
        var end = start
        while end < scalars.count && PersianLetters.isLetter(scalars[end]) { end += 1 }
        return scalars[start..<end]
    }
}
