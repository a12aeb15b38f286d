import PardazExtract
import Testing

/// The creation time given as `--dct`: only a date that exists, written YYYY-MM-DD.
@Suite struct TimexAnchorTests {
    @Test(arguments: ["2025-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
                      "2025-2-3", "25-02-03", "2025-02-03T00:00", "2025/02/03", "+025-02-03", "2025-02-0３", "0000-01-01", ""])
    func anImpossibleOrMisspelledDateIsRefused(_ iso: String) {
        #expect(TimexAnchor(iso: iso) == nil)
    }

    @Test func realDatesAreTakenAsWritten() {
        for iso in ["2024-02-29", "2000-02-29", "2025-12-31", "2025-04-30", "0001-01-01"] {
            #expect(TimexAnchor(iso: iso)?.iso == iso)
        }
        #expect(TimexAnchor(year: 2025, month: 2, day: 29) == nil)
        #expect(TimexAnchor(year: 2025, month: 2, day: 28)?.iso == "2025-02-28")
    }
}
