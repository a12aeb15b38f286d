/// Classes of scalars the Persian normalizer decides by.
enum PersianLetters {
    static let zwnj = Unicode.Scalar(0x200C)!
    static let notSign = Unicode.Scalar(0x00AC)!
    static let heh = Unicode.Scalar(0x0647)!
    static let yeh = Unicode.Scalar(0x06CC)!

    /// A letter of the Arabic script (not a digit, punctuation mark or diacritic).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x0621 { return false }
        if value <= 0x064A { return value <= 0x063A || value >= 0x0641 }
        switch value {
        case 0x0621...0x063A, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF,
             0x06FA...0x06FC, 0x06FF, 0x0750...0x077F: return true
        default: return false
        }
    }

    /// Letters that never join the letter after them; no ZWNJ is needed (or wanted) after them.
    @inline(__always)
    static func isNonJoining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062F, 0x0630, 0x0631, 0x0632, 0x0648,
             0x0671, 0x0698, 0x06C0, 0x06C4...0x06CB, 0x06CD, 0x06CF, 0x06D2, 0x06D3, 0x06D5: return true
        default: return false
        }
    }

    /// A letter that joins the one after it, so that a morpheme boundary after it needs a ZWNJ.
    @inline(__always)
    static func joinsNext(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) && !isNonJoining(scalar) }

    /// A Latin letter, which marks a token the Persian normalizer leaves alone.
    @inline(__always)
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x06F0...0x06F9, 0x0660...0x0669: return true
        default: return false
        }
    }

    /// The value 0–9 of a Latin, Persian or Arabic-Indic digit.
    static func digitValue(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x06F0...0x06F9: return scalar.value - 0x06F0
        default: return scalar.value - 0x0660
        }
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{A0}" || scalar == "\t"
    }
}
