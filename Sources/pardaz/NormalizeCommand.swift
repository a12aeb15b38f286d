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
        letters than Latin ones, else as English; Latin text inside Persian is left alone either way. \
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
        let bytes = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(validatingUTF8: bytes) else {
            fail("standard input: not valid UTF-8", code: 1)
        }
        let normalizer = TextNormalizer(persian: persianOptions, english: englishOptions)
        // Large input goes through in pieces of whole lines, which keeps memory small; no rule
        // looks across a line end except English dehyphenation, so a piece never ends after "-".
        var memo = PersianRepairMemo(damage: lang == .en ? .unknown : normalizer.persian.damage(of: text))
        for piece in Self.pieces(of: text, size: 1 << 16) {
            let output: [UInt8]
            switch lang {
            case .fa: output = normalizer.persian.normalizedUTF8(String(piece), memo: &memo)
            case .en: output = Array(normalizer.english.normalize(String(piece)).text.utf8)
            case .auto: output = Array(normalizer.normalizeLines(String(piece)).utf8)
            }
            FileHandle.standardOutput.write(Data(output))
        }
    }

    /// `text` cut after line ends into pieces of about `size` UTF-8 bytes.
    static func pieces(of text: String, size: Int) -> [Substring] {
        var pieces: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex {
            var cut = utf8.index(start, offsetBy: size, limitedBy: utf8.endIndex) ?? utf8.endIndex
            while cut < utf8.endIndex {
                if utf8[cut] == UInt8(ascii: "\n"), cut > start, utf8[utf8.index(before: cut)] != UInt8(ascii: "-") { break }
                cut = utf8.index(after: cut)
            }
            if cut < utf8.endIndex { cut = utf8.index(after: cut) }
            pieces.append(text[start..<cut])
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
