// Shim over the system ICU (libicu-dev). ICU renames every C function with its version suffix
// through macros (urename.h) that Swift cannot import, so each function Pardaz uses is forwarded
// here as `pz_NAME`, where the C preprocessor applies the renaming. Only PardazICU imports this.
#ifndef PARDAZ_CICU_H
#define PARDAZ_CICU_H

#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucal.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/uloc.h>

#define PZ_FWD(ret, name, params, args) \
    static inline ret pz_##name params { return name args; }

PZ_FWD(const char *, u_errorName, (UErrorCode code), (code))
PZ_FWD(void, u_getVersion, (UVersionInfo info), (info))

// Converters
PZ_FWD(UConverter *, ucnv_open, (const char *name, UErrorCode *err), (name, err))
PZ_FWD(void, ucnv_close, (UConverter *cnv), (cnv))
PZ_FWD(void, ucnv_toUnicode,
       (UConverter *cnv, UChar **target, const UChar *targetLimit, const char **source,
        const char *sourceLimit, int32_t *offsets, UBool flush, UErrorCode *err),
       (cnv, target, targetLimit, source, sourceLimit, offsets, flush, err))

/// Makes the converter stop with an error at the first byte sequence it cannot map, instead of
/// substituting U+FFFD.
static inline void pz_ucnv_stop_on_illegal(UConverter *cnv, UErrorCode *err) {
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP,
                                                  NULL, NULL, NULL, err);
}

// Calendars
PZ_FWD(UCalendar *, ucal_open,
       (const UChar *zoneID, int32_t len, const char *locale, UCalendarType type, UErrorCode *status),
       (zoneID, len, locale, type, status))
PZ_FWD(void, ucal_close, (UCalendar *cal), (cal))
PZ_FWD(void, ucal_clear, (UCalendar *cal), (cal))
PZ_FWD(void, ucal_setDate, (UCalendar *cal, int32_t year, int32_t month, int32_t date, UErrorCode *status),
       (cal, year, month, date, status))
PZ_FWD(UDate, ucal_getMillis, (const UCalendar *cal, UErrorCode *status), (cal, status))
PZ_FWD(void, ucal_setMillis, (UCalendar *cal, UDate date, UErrorCode *status), (cal, date, status))
PZ_FWD(int32_t, ucal_get, (const UCalendar *cal, UCalendarDateFields field, UErrorCode *status),
       (cal, field, status))
PZ_FWD(void, ucal_setAttribute, (UCalendar *cal, UCalendarAttribute attr, int32_t value), (cal, attr, value))

// Transliterators
PZ_FWD(UTransliterator *, utrans_openU,
       (const UChar *id, int32_t idLength, UTransDirection dir, const UChar *rules, int32_t rulesLength,
        UParseError *parseError, UErrorCode *status),
       (id, idLength, dir, rules, rulesLength, parseError, status))
PZ_FWD(void, utrans_close, (UTransliterator *trans), (trans))
PZ_FWD(void, utrans_transUChars,
       (const UTransliterator *trans, UChar *text, int32_t *textLength, int32_t textCapacity,
        int32_t start, int32_t *limit, UErrorCode *status),
       (trans, text, textLength, textCapacity, start, limit, status))

// Normalization forms
PZ_FWD(const UNormalizer2 *, unorm2_getNFKCInstance, (UErrorCode *status), (status))
PZ_FWD(const UNormalizer2 *, unorm2_getNFCInstance, (UErrorCode *status), (status))
PZ_FWD(int32_t, unorm2_normalize,
       (const UNormalizer2 *norm2, const UChar *src, int32_t length, UChar *dest, int32_t capacity,
        UErrorCode *status),
       (norm2, src, length, dest, capacity, status))

// Break iterators
PZ_FWD(UBreakIterator *, ubrk_open,
       (UBreakIteratorType type, const char *locale, const UChar *text, int32_t textLength, UErrorCode *status),
       (type, locale, text, textLength, status))
PZ_FWD(void, ubrk_close, (UBreakIterator *bi), (bi))
PZ_FWD(int32_t, ubrk_first, (UBreakIterator *bi), (bi))
PZ_FWD(int32_t, ubrk_next, (UBreakIterator *bi), (bi))
PZ_FWD(int32_t, ubrk_getRuleStatus, (UBreakIterator *bi), (bi))

// Locale display names
PZ_FWD(const char *const *, uloc_getISOCountries, (void), ())
PZ_FWD(int32_t, uloc_getDisplayCountry,
       (const char *locale, const char *displayLocale, UChar *country, int32_t capacity, UErrorCode *status),
       (locale, displayLocale, country, capacity, status))

#endif
