/// The words the English temporal tagger knows.
enum EnglishTimexLexicon {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Month names that are also common words, accepted only in a date-like context.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jan", "dec", "sep", "jun", "jul", "aug", "apr", "oct", "nov", "feb"]

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": 4,
    ]
    /// Words for an unknown amount ("several years": PXY).
    static let vagueAmounts: Set<String> = ["several", "few", "many", "some", "couple"]

    /// Units of duration and their TIMEX3 letters; `time` units go after `T`.
    static let units: [String: (letter: String, time: Bool, scale: Int)] = [
        "second": ("S", true, 1), "seconds": ("S", true, 1), "minute": ("M", true, 1), "minutes": ("M", true, 1),
        "hour": ("H", true, 1), "hours": ("H", true, 1), "day": ("D", false, 1), "days": ("D", false, 1),
        "week": ("W", false, 1), "weeks": ("W", false, 1), "month": ("M", false, 1), "months": ("M", false, 1),
        "year": ("Y", false, 1), "years": ("Y", false, 1), "decade": ("DE", false, 1), "decades": ("DE", false, 1),
        "century": ("CE", false, 1), "centuries": ("CE", false, 1), "quarter": ("Q", false, 1), "quarters": ("Q", false, 1),
    ]

    /// Modifiers of amounts and their TIMEX3 `mod`.
    static let amountModifiers: [String: String] = [
        "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
        "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS", "over": "MORE_THAN", "under": "LESS_THAN",
    ]

    static let sets: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
        "annual": "P1Y",
    ]

    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    ]

    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    ]

    /// Time zones written after a clock time (5 p.m. EST).
    static let timeZones: Set<String> = [
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "ist", "irst",
    ]

    /// `early`, `mid`, `late` and their `mod`.
    static let positions: [String: String] = [
        "early": "START", "mid": "MID", "middle": "MID", "late": "END", "end": "END", "beginning": "START",
    ]
}
