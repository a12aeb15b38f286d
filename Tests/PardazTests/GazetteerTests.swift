import PardazExtract
import PardazICU
import PardazModel
import Testing

/// Countries from ICU in English and Persian, and the project's organizations, forces and places,
/// matched over tokens and shared between the two languages.
@Suite("Gazetteer")
struct GazetteerTests {
    static let gazetteer = Gazetteer.shipped

    static func found(_ text: String, _ language: String) -> [String] {
        let tokens = Segmenter(language: language).tokens(text)
        return gazetteer.matches(in: tokens, language: language).map { "\($0.entry.id)" }
    }

    @Test func icuGivesCountryNamesInBothLanguages() {
        #expect(ICULocaleNames.countryCodes.count >= 240)
        #expect(ICULocaleNames.countryName("IR", in: "en") == "Iran")
        #expect(ICULocaleNames.countryName("IR", in: "fa") == "ایران")
        #expect(ICULocaleNames.countryName("CN", in: "fa") == "چین")
        let countries = Self.gazetteer.entries.filter { $0.id.hasPrefix("country:") }
        #expect(countries.count >= 240)
        #expect(countries.filter { $0.names["fa"] != nil }.count >= 240)
    }

    @Test func theSameEntityIsFoundInEnglishAndPersian() {
        #expect(Self.found("Iran and China held drills with the PLA Navy near the Strait of Hormuz.", "en")
                == ["country:IR", "country:CN", "org:plan", "loc:hormuz"])
        #expect(Self.found("ایران و چین با نیروی دریایی ارتش آزادی‌بخش خلق در تنگه هرمز رزمایش برگزار کردند.", "fa")
                == ["country:IR", "country:CN", "org:plan", "loc:hormuz"])
        #expect(Self.found("The IRGC, the U.S. and the P5+1 met at the UN Security Council in Vienna.", "en")
                == ["org:irgc", "country:US", "org:p5+1", "org:unsc", "loc:vienna"])
        #expect(Self.found("سپاه پاسداران، آمریکا و گروه ۵+۱ در شورای امنیت در وین", "fa")
                == ["org:irgc", "country:US", "org:p5+1", "org:unsc", "loc:vienna"])
    }

    @Test func abbreviationsAreCaseSensitiveButNamesAreNot() {
        #expect(Self.found("Let us go to the united states", "en") == ["country:US"])
        #expect(Self.found("Shanghai Cooperation Organization (SCO) and NAM", "en") == ["org:sco", "org:sco", "org:nam"])
    }
}
