import ArgumentParser
import Foundation
import PardazNormalize

/// `pardaz normalize --lang fa|en|auto`: text on standard input, normalized text on standard output,
/// line for line.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize Persian or English text from standard input, line for line.",
        discussion: """
        Reads UTF-8 on standard input and writes the normalized text on standard output with the same \
        number of lines. With --lang auto each line is treated as Persian when it has more Arabic-script \
        letters than Latin ones, else as English, and a line mostly in another script (Cyrillic, Han…) is \
        left unchanged; Latin text inside Persian is left alone either way. \
        Exit status: 0 on success, 1 when the input is not UTF-8, 2 for usage errors.
        """
    )

    enum Language: String, ExpressibleByArgument, CaseIterable { case fa, en, auto }

    @Option(name: .long, help: "The language of the text: fa, en or auto.")
    var lang: Language

    @Option(name: .long, help: "Digits in Persian text: keep, persian or latin.")
    var digits: DigitPolicy = .persian

    @Flag(name: .long, help: "Persian: keep Arabic letter variants and presentation forms.")
    var noUnify = false
    @Flag(name: .long, help: "Persian: keep diacritics (harakat, tanwin, shadda).")
    var noDiacritics = false
    @Flag(name: .long, help: "Persian: keep tatweel.")
    var noTatweel = false
    @Flag(name: .customLong("no-zwnj"), help: "Persian: do not repair zero-width non-joiners.")
    var noZWNJ = false
    @Flag(name: .long, help: "Persian: do not change spacing around ، ؛ ؟ « ».")
    var noPunctuationSpacing = false
    @Flag(name: .long, help: "Persian: keep bidi control characters.")
    var noBidi = false
    @Flag(name: .long, help: "English: keep hyphens at line ends as they are.")
    var noDehyphenate = false
    @Flag(name: .long, help: "English: keep URLs broken by spaces as they are.")
    var noURLRepair = false

    var persianOptions: PersianNormalizerOptions {
        var options = PersianNormalizerOptions()
        options.digits = digits
        options.unifyCharacters = !noUnify
        options.removeDiacritics = !noDiacritics
        options.removeTatweel = !noTatweel
        options.repairZWNJ = !noZWNJ
        options.spacePunctuation = !noPunctuationSpacing
        options.removeBidiControls = !noBidi
        return options
    }

    var englishOptions: EnglishNormalizerOptions {
        var options = EnglishNormalizerOptions()
        options.dehyphenate = !noDehyphenate
        options.repairURLs = !noURLRepair
        return options
    }

    func run() throws {
        let bytes = readStandardInputBytes()
        if lang == .fa {
            return runPersian(bytes)
        }
        guard var text = String(validatingUTF8: bytes) else {
            fail("standard input: not valid UTF-8", code: 1)
        }
        let normalizer = TextNormalizer(persian: persianOptions, english: englishOptions)
        text.withUTF8 { utf8 in
            for piece in Self.pieces(of: utf8, size: 1 << 16) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[piece]), as: UTF8.self)
                let output = lang == .en ? normalizer.english.normalize(text).text : normalizer.normalizeLines(text)
                writeStandardOutput(Data(output.utf8))
            }
        }
    }

    /// Persian straight from bytes to bytes: each piece of whole lines is decoded to scalars (and
    /// checked) without a `String` between, and the output is written once all of the input has
    /// proved to be UTF-8, so that a bad byte anywhere leaves nothing half-written.
    private func runPersian(_ bytes: Data) {
        let normalizer = PersianNormalizer(options: persianOptions)
        let output: [UInt8]? = bytes.withUnsafeBytes { raw in
            var all = raw.bindMemory(to: UInt8.self)
            // A byte-order mark is not text (and the other languages' path drops it too).
            if all.starts(with: [0xEF, 0xBB, 0xBF]) { all = UnsafeBufferPointer(rebasing: all[3...]) }
            // The damage is judged from the beginning: as many bytes as the sample's scalars could
            // take, cut before a character.
            var sampleEnd = min(all.count, 4 * PersianNormalizer.damageSample)
            while sampleEnd < all.count && sampleEnd > 0 && all[sampleEnd] & 0xC0 == 0x80 { sampleEnd -= 1 }
            guard let sample = UTF8Decoding.scalars(UnsafeBufferPointer(rebasing: all[..<sampleEnd])) else { return nil }
            var memo = PersianRepairMemo(damage: normalizer.damage(ofScalars: sample))
            var output: [UInt8] = []
            output.reserveCapacity(all.count + all.count / 16)
            for piece in Self.pieces(of: all, size: 1 << 16) {
                guard let scalars = UTF8Decoding.scalars(UnsafeBufferPointer(rebasing: all[piece])) else { return nil }
                output += normalizer.normalizedUTF8(scalars: scalars, memo: &memo)
            }
            return output
        }
        guard let output else { fail("standard input: not valid UTF-8", code: 1) }
        writeStandardOutput(Data(output))
    }

    /// `bytes` (UTF-8) cut into pieces of about `size` bytes that end after a line feed. Large input
    /// goes through in such pieces, which keeps memory small; no rule looks across a line end
    /// except English dehyphenation, so a piece never ends after "-".
    static func pieces(of bytes: UnsafeBufferPointer<UInt8>, size: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var cut = min(start + size, bytes.count)
            while cut < bytes.count {
                if bytes[cut] == UInt8(ascii: "\n"), cut > start, bytes[cut - 1] != UInt8(ascii: "-") { break }
                cut += 1
            }
            if cut < bytes.count { cut += 1 }
            pieces.append(start..<cut)
            start = cut
        }
        return pieces
    }
}

private extension String {
    init?(validatingUTF8 data: Data) {
        guard let string = String(data: data, encoding: .utf8) else { return nil }
        self = string
    }
}

extension DigitPolicy: ExpressibleByArgument {}
