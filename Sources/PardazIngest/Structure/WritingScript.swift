/// The writing system of a letter, by Unicode block: enough to tell the languages a document of
/// this project meets apart by script alone.
enum WritingScript: Sendable, Hashable, CaseIterable {
    case latin, arabic, cyrillic, greek, hebrew, han, kana, hangul, devanagari, thai, armenian, georgian
    /// A letter of a script none of the others covers (Ethiopic, Tamil, Tibetan…).
    case other

    /// The script of `scalar`, or nil when it is not a letter.
    static func of(_ scalar: Unicode.Scalar) -> WritingScript? {
        guard scalar.properties.isAlphabetic else { return nil }
        let value = scalar.value
        return blocks.first { $0.range.contains(value) }?.script ?? .other
    }

    /// The Unicode blocks of each script (main blocks, supplements and presentation forms).
    private static let blocks: [(range: ClosedRange<UInt32>, script: WritingScript)] = [
        (0x0041...0x024F, .latin), (0x1E00...0x1EFF, .latin), (0x2C60...0x2C7F, .latin), (0xA720...0xA7FF, .latin),
        (0xFB00...0xFB06, .latin), (0xFF21...0xFF5A, .latin), (0x0250...0x02AF, .latin),
        (0x0600...0x06FF, .arabic), (0x0750...0x077F, .arabic), (0x08A0...0x08FF, .arabic),
        (0xFB50...0xFDFF, .arabic), (0xFE70...0xFEFF, .arabic),
        (0x0400...0x052F, .cyrillic), (0x1C80...0x1C8F, .cyrillic), (0x2DE0...0x2DFF, .cyrillic), (0xA640...0xA69F, .cyrillic),
        (0x0370...0x03FF, .greek), (0x1F00...0x1FFF, .greek),
        (0x0590...0x05FF, .hebrew), (0xFB1D...0xFB4F, .hebrew),
        (0x3040...0x30FF, .kana), (0x31F0...0x31FF, .kana), (0xFF66...0xFF9F, .kana),
        (0x1100...0x11FF, .hangul), (0x3130...0x318F, .hangul), (0xAC00...0xD7AF, .hangul), (0xFFA0...0xFFDC, .hangul),
        (0x2E80...0x2FDF, .han), (0x3005...0x3007, .han), (0x3021...0x3029, .han), (0x3400...0x4DBF, .han),
        (0x4E00...0x9FFF, .han), (0xF900...0xFAFF, .han), (0x20000...0x3FFFF, .han),
        (0x0900...0x097F, .devanagari), (0xA8E0...0xA8FF, .devanagari),
        (0x0E00...0x0E7F, .thai),
        (0x0530...0x058F, .armenian), (0xFB13...0xFB17, .armenian),
        (0x10A0...0x10FF, .georgian), (0x1C90...0x1CBF, .georgian), (0x2D00...0x2D2F, .georgian),
    ]
}
