import PardazICU

/// What each Arabic-script scalar becomes under the character switches of the Persian normalizer,
/// computed once through ICU: NFKC for presentation forms and ligatures, a rule-based
/// transliterator for Arabic→Persian letter unification, and ICU's `Remove` for diacritics.
///
/// The table is looked up scalar by scalar, so the normalizer keeps an exact offset map and runs
/// at table speed rather than at transliterator speed.
struct PersianCharacterTable: Sendable {
    /// Replacements, indexed through `index`.
    private let replacements: [[Unicode.Scalar]]
    /// For each scalar value from `PersianCharacterTable.lowest` to `highest`, 1 + the index of its
    /// replacement, or 0 when it is kept: a flat array, so the lookup costs no hashing.
    private let index: [UInt16]
    private static let lowest: UInt32 = 0x0600
    private static let highest: UInt32 = 0xFEFF

    /// Arabic letter variants to their Persian forms, and Arabic-Indic digits to Persian digits.
    static let unificationRules = """
        ي > ی; ى > ی; ك > ک; ە > ه; ھ > ه; ہ > ه; ۂ > ۀ; ٱ > ا;
        ٠ > ۰; ١ > ۱; ٢ > ۲; ٣ > ۳; ٤ > ۴; ٥ > ۵; ٦ > ۶; ٧ > ۷; ٨ > ۸; ٩ > ۹;
        """

    /// Scalars that carry no meaning in running Persian text: directional marks, embeddings,
    /// overrides and isolates.
    static let bidiControls: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                            0x2066, 0x2067, 0x2068, 0x2069]

    static let tatweel: UInt32 = 0x0640

    init(unify: Bool, removeDiacritics: Bool, removeTatweel: Bool, removeBidiControls: Bool) {
        var rules = ""
        if unify { rules += "::NFKC;\n" + Self.unificationRules + "\n" }
        if removeDiacritics { rules += "::[\\u064B-\\u0652\\u0670] Remove;\n" }
        var table: [UInt32: [Unicode.Scalar]] = [:]
        if !rules.isEmpty, let transliterator = try? ICUTransliterator(rules: rules, id: "Pardaz-Persian") {
            let ranges: [ClosedRange<UInt32>] = [0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF]
            let scalars = ranges.joined().compactMap(Unicode.Scalar.init).filter { $0.value != Self.tatweel }
            // One call for all scalars, a line each (the rules leave line ends alone); scalar by scalar
            // only if the lines do not come back one for one.
            let batch = scalars.map { String(Character($0)) }.joined(separator: "\n")
            var results = transliterator.transliterate(batch).split(separator: "\n", omittingEmptySubsequences: false)
                .map { Array($0.unicodeScalars) }
            if results.count != scalars.count {
                results = scalars.map { Array(transliterator.transliterate(String(Character($0))).unicodeScalars) }
            }
            for (scalar, result) in zip(scalars, results) where result != [scalar] {
                table[scalar.value] = result
            }
        }
        if removeTatweel { table[Self.tatweel] = [] }
        if removeBidiControls { for value in Self.bidiControls { table[value] = [] } }
        var flat = [UInt16](repeating: 0, count: Int(Self.highest - Self.lowest) + 1)
        var list: [[Unicode.Scalar]] = []
        for (value, replacement) in table.sorted(by: { $0.key < $1.key }) {
            list.append(replacement)
            flat[Int(value - Self.lowest)] = UInt16(list.count)
        }
        replacements = list
        index = flat
    }

    /// Where `scalar`'s replacement is (`replacement(inSlot:)`), or 0 when it is kept: the test
    /// for every scalar of a text, which touches no array of scalars.
    @inline(__always)
    func slot(for scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        guard value >= Self.lowest, value <= Self.highest else { return 0 }
        return index.withUnsafeBufferPointer { Int($0[Int(value - Self.lowest)]) }
    }

    /// The replacement in a slot that `slot(for:)` gave.
    @inline(__always)
    func replacement(inSlot slot: Int) -> [Unicode.Scalar] { replacements[slot - 1] }
}
