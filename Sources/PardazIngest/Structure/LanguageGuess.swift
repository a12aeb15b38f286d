/// Tells the language of a piece of text by its script: the share of each script among its letters.
///
/// Arabic script is Persian (`fa`) unless `ArabicScriptLanguage` is sure it is Arabic (`ar`); Latin
/// is English (`en`); each other script has its usual language (Cyrillic `ru`, Greek `el`, Hebrew
/// `he`, Han `zh`, Han with kana `ja`, Hangul `ko`, Devanagari `hi`, Thai `th`, Armenian `hy`,
/// Georgian `ka`); letters of no script known here give `und`.
public enum LanguageGuess {
    /// The language of the letters of `scalars`; nil when there are no letters. Arabic script wins
    /// at 40% of the letters (as before other scripts were told apart); otherwise the script with the
    /// most letters does, Latin on a tie.
    public static func language<S: Sequence>(of scalars: S) -> String? where S.Element == Unicode.Scalar {
        var counts: [WritingScript: Int] = [:]
        var letters = 0
        for scalar in scalars {
            guard let script = WritingScript.of(scalar) else { continue }
            counts[script, default: 0] += 1
            letters += 1
        }
        guard letters > 0 else { return nil }
        if counts[.arabic, default: 0] * 10 >= letters * 4 {
            return ArabicScriptLanguage.isArabic(scalars) ? "ar" : "fa"
        }
        return language(ofScripts: counts)
    }

    public static func language(of text: String) -> String? { language(of: text.unicodeScalars) }

    /// True for the tags this guess gives to Arabic-script text.
    public static func isArabicScript(language: String) -> Bool { language == "fa" || language == "ar" }

    /// The language of the main script among `counts` (Arabic script aside).
    private static func language(ofScripts counts: [WritingScript: Int]) -> String {
        var east = counts
        // Han with kana is Japanese and Han with Hangul Korean: count the ideographs with them.
        let han = counts[.han, default: 0], kana = counts[.kana, default: 0], hangul = counts[.hangul, default: 0]
        if kana * 10 >= (han + kana) && kana > 0 {
            east[.kana] = kana + han
            east[.han] = 0
        } else if hangul > 0, hangul >= han {
            east[.hangul] = hangul + han
            east[.han] = 0
        }
        east[.arabic] = nil
        let latin = east[.latin, default: 0]
        guard let (script, count) = east.max(by: { ($0.value, $0.key.order) < ($1.value, $1.key.order) }),
              count > latin else { return "en" }
        return tags[script] ?? "und"
    }

    /// The language each script is read as.
    private static let tags: [WritingScript: String] = [
        .latin: "en", .cyrillic: "ru", .greek: "el", .hebrew: "he", .han: "zh", .kana: "ja", .hangul: "ko",
        .devanagari: "hi", .thai: "th", .armenian: "hy", .georgian: "ka",
    ]
}

extension WritingScript {
    /// A fixed order, so that a tie between two scripts always goes the same way.
    fileprivate var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
