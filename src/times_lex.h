/* times_lex.h - the word list of the times stage: month and weekday names,
 * units, number words, deictic words and the function words the grammar
 * tests for, each with a class and a value. Internal. See docs/times.md. */
#ifndef NM_TIMES_LEX_H
#define NM_TIMES_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum nm_tl_class {
  NM_TL_NONE = 0,
  NM_TL_MONTH,     /* v = 1..12 */
  NM_TL_WEEKDAY,   /* v = 1..7, Monday first */
  NM_TL_UNIT,      /* v = nm_tc_unit */
  NM_TL_NUMBER,    /* v = value: one .. ninety, hundred, dozen */
  NM_TL_ORDINAL,   /* v = 1..: first, second ... */
  NM_TL_FEW,       /* few, several, many: an unspecified number */
  NM_TL_DEICTIC,   /* v = days from the article date: today 0, yesterday -1 */
  NM_TL_REF,       /* v = NM_TL_REF_*: now, currently, recently, soon */
  NM_TL_PART,      /* v = NM_TP_*: morning, afternoon, evening, night */
  NM_TL_CLOCKWORD, /* v = hour: noon 12, midnight 24 */
  NM_TL_REL,       /* v = -1, 0, +1: last, this, next ... (w tells which) */
  NM_TL_AGO,       /* v = -1 or +1: ago, earlier, before / later, after */
  NM_TL_SEASON,    /* v = NM_TS_* */
  NM_TL_SETADV,    /* v = unit: daily, weekly, annually ... */
  NM_TL_EVERY,     /* every, each */
  NM_TL_APPROX,    /* about, around, nearly, almost ... */
  NM_TL_POSMOD,    /* v = NM_TL_POS_*: early, late, mid */
  NM_TL_TZ,        /* EST, GMT, UTC ... (upper case only); v = 1 for UTC and GMT */
  NM_TL_AMPM,      /* v = 0 (a.m.) or 12 (p.m.) */
  NM_TL_LONG,      /* v = unit: weeklong, yearlong */
  NM_TL_HOLIDAY,   /* v = NM_TL_HOL_*: Thanksgiving, Christmas ... */
  NM_TL_WORD       /* a function word; w tells which */
} nm_tl_class;

enum { NM_TL_REF_PRESENT = 1, NM_TL_REF_PAST, NM_TL_REF_FUTURE };
enum { NM_TL_POS_START = 1, NM_TL_POS_MID, NM_TL_POS_END };
enum {
  NM_TL_HOL_THANKSGIVING = 1,
  NM_TL_HOL_CHRISTMAS,
  NM_TL_HOL_EASTER,
  NM_TL_HOL_HALLOWEEN,
  NM_TL_HOL_ELECTION
};

/* Function words and words with a meaning of their own (w). */
typedef enum nm_tl_word {
  NM_TW_NONE = 0,
  NM_TW_THE,
  NM_TW_A,
  NM_TW_AN,
  NM_TW_THIS,
  NM_TW_THAT,
  NM_TW_THESE,
  NM_TW_LAST,
  NM_TW_NEXT,
  NM_TW_PAST,
  NM_TW_COMING,
  NM_TW_PREVIOUS,
  NM_TW_FOLLOWING,
  NM_TW_PRECEDING,
  NM_TW_UPCOMING,
  NM_TW_CURRENT,
  NM_TW_SAME,
  NM_TW_LATEST,
  NM_TW_AGO,
  NM_TW_EARLIER,
  NM_TW_LATER,
  NM_TW_BEFORE,
  NM_TW_AFTER,
  NM_TW_HENCE,
  NM_TW_FROM,
  NM_TW_NOW,
  NM_TW_OF,
  NM_TW_THAN,
  NM_TW_MORE,
  NM_TW_LESS,
  NM_TW_FEWER,
  NM_TW_UP,
  NM_TW_TO,
  NM_TW_AND,
  NM_TW_OR,
  NM_TW_FISCAL,
  NM_TW_PERIOD,
  NM_TW_OLD,
  NM_TW_HALF,
  NM_TW_FUTURE,
  NM_TW_NEAR,
  NM_TW_TERM,
  NM_TW_END,
  NM_TW_BEGINNING,
  NM_TW_START,
  NM_TW_MIDDLE,
  NM_TW_COUPLE,
  NM_TW_OTHER,
  NM_TW_ONCE,
  NM_TW_TWICE,
  NM_TW_TIMES,
  NM_TW_PER,
  NM_TW_OCLOCK,
  NM_TW_IN,
  NM_TW_SINCE,
  NM_TW_UNTIL,
  NM_TW_BY,
  NM_TW_FOR,
  NM_TW_DURING,
  NM_TW_WITHIN,
  NM_TW_THROUGH,
  NM_TW_BETWEEN,
  NM_TW_STRAIGHT,
  NM_TW_CONSECUTIVE,
  NM_TW_TRADING,
  NM_TW_BUSINESS,
  NM_TW_FULL,
  NM_TW_RECENT,
  NM_TW_DAY,
  NM_TW_YEAR,
  NM_TW_PRESENT,
  NM_TW_SO,
  NM_TW_EVE,
  NM_TW_DAYTIME,
  NM_TW_WILL,
  NM_TW_SHALL,
  NM_TW_ITS,
  NM_TW_LONG,
  NM_TW_SINGLE,
  NM_TW_SOON,
  NM_TW_VERY,
  NM_TW_THEN,
  NM_TW_COUNT,
} nm_tl_word;

/* Flags of an entry. */
enum {
  NM_TLF_PLURAL = 1u << 0, /* "months", "Mondays" */
  NM_TLF_ABBR = 1u << 1,   /* a dotted abbreviation: "Oct.", "Sept." */
  NM_TLF_AMBIG = 1u << 2   /* also a common word: "may", "march", "fall", "jan" */
};

typedef struct nm_tl_entry {
  uint8_t cls;   /* nm_tl_class */
  uint8_t flags; /* NM_TLF_* */
  int16_t v;     /* class value */
  uint8_t w;     /* nm_tl_word, for NM_TL_WORD and for words also in a class */
} nm_tl_entry;

/* Looks up s[0..n) case-insensitively (ASCII). Returns false, with *e
 * zeroed, for words not in the list. Thread-safe; the table is built on
 * first use. Cost: one hash and at most a few comparisons. */
bool nm_tl_lookup(const char *s, size_t n, nm_tl_entry *e);

#endif
