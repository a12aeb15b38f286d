// Shim over the system libxml2 (libxml2-dev). Only the PardazXML module imports this.
#ifndef PARDAZ_CLIBXML2_H
#define PARDAZ_CLIBXML2_H

#include <stdint.h>
// Debian's libxml2 headers include <unicode/ucnv.h>; keep system ICU out of this module so that it
// does not clash with Foundation's private ICU in modules that import both.
#if !defined(UCNV_H)
#define UCNV_H
typedef struct UConverter UConverter;
#endif
#if !defined(UCHAR_TYPE)
typedef uint16_t UChar;
#endif

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>
#include <libxml/xmlsave.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void pz_xmlFree(void *ptr) { xmlFree(ptr); }

/// Bytes of the input the parser has consumed so far (its position in the source).
static inline long pz_parserOffset(xmlParserCtxtPtr ctxt) { return xmlByteConsumed(ctxt); }

#endif
