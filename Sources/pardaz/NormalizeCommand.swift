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
        let output: String
        switch lang {
        case .fa: output = normalizer.persian.normalize(text).text
        case .en: output = normalizer.english.normalize(text).text
        case .auto: output = normalizer.normalizeLines(text)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

private extension String {
    init?(validatingUTF8 data: Data) {
        guard let string = String(data: data, encoding: .utf8) else { return nil }
        self = string
    }
}

extension DigitPolicy: ExpressibleByArgument {}
