/* times_lex.c - the times stage's word list and its hash table. */
#include "times_lex.h"

#include "times_cal.h"

#include <pthread.h>
#include <string.h>

typedef struct word {
  const char *s;
  uint8_t cls, flags;
  int16_t v;
  uint8_t w;
} word;

#define M(s, v, f)                                                                                 \
  { s, NM_TL_MONTH, f, v, 0 }
#define WD(s, v, f)                                                                                \
  { s, NM_TL_WEEKDAY, f, v, 0 }
#define U(s, v, f)                                                                                 \
  { s, NM_TL_UNIT, f, v, 0 }
#define N(s, v)                                                                                    \
  { s, NM_TL_NUMBER, 0, v, 0 }
#define O(s, v)                                                                                    \
  { s, NM_TL_ORDINAL, 0, v, 0 }
#define W(s, id)                                                                                   \
  { s, NM_TL_WORD, 0, 0, id }
#define C(s, cls, v, id)                                                                           \
  { s, cls, 0, v, id }

/* clang-format off */
static const word words[] = {
    /* months; "may", "march" and "jan" are also common words */
    M("january", 1, 0), M("jan.", 1, NM_TLF_ABBR), M("jan", 1, NM_TLF_AMBIG),
    M("february", 2, 0), M("feb.", 2, NM_TLF_ABBR), M("feb", 2, 0),
    M("march", 3, NM_TLF_AMBIG), M("mar.", 3, NM_TLF_ABBR),
    M("april", 4, 0), M("apr.", 4, NM_TLF_ABBR), M("apr", 4, 0),
    M("may", 5, NM_TLF_AMBIG), M("may.", 5, NM_TLF_ABBR | NM_TLF_AMBIG),
    M("june", 6, 0), M("jun.", 6, NM_TLF_ABBR), M("jun", 6, 0),
    M("july", 7, 0), M("jul.", 7, NM_TLF_ABBR), M("jul", 7, 0),
    M("august", 8, 0), M("aug.", 8, NM_TLF_ABBR), M("aug", 8, 0),
    M("september", 9, 0), M("sept.", 9, NM_TLF_ABBR), M("sep.", 9, NM_TLF_ABBR),
    M("sept", 9, 0), M("sep", 9, 0),
    M("october", 10, 0), M("oct.", 10, NM_TLF_ABBR), M("oct", 10, 0),
    M("november", 11, 0), M("nov.", 11, NM_TLF_ABBR), M("nov", 11, 0),
    M("december", 12, 0), M("dec.", 12, NM_TLF_ABBR), M("dec", 12, 0),
    /* weekdays */
    WD("monday", 1, 0), WD("tuesday", 2, 0), WD("wednesday", 3, 0), WD("thursday", 4, 0),
    WD("friday", 5, 0), WD("saturday", 6, 0), WD("sunday", 7, 0),
    WD("mondays", 1, NM_TLF_PLURAL), WD("tuesdays", 2, NM_TLF_PLURAL),
    WD("wednesdays", 3, NM_TLF_PLURAL), WD("thursdays", 4, NM_TLF_PLURAL),
    WD("fridays", 5, NM_TLF_PLURAL), WD("saturdays", 6, NM_TLF_PLURAL),
    WD("sundays", 7, NM_TLF_PLURAL),
    WD("mon.", 1, NM_TLF_ABBR), WD("tue.", 2, NM_TLF_ABBR), WD("tues.", 2, NM_TLF_ABBR),
    WD("wed.", 3, NM_TLF_ABBR), WD("thu.", 4, NM_TLF_ABBR), WD("thur.", 4, NM_TLF_ABBR),
    WD("thurs.", 4, NM_TLF_ABBR), WD("fri.", 5, NM_TLF_ABBR), WD("sat.", 6, NM_TLF_ABBR),
    WD("sun.", 7, NM_TLF_ABBR),
    /* units */
    U("second", NM_TU_SECOND, 0), U("seconds", NM_TU_SECOND, NM_TLF_PLURAL),
    U("minute", NM_TU_MINUTE, 0), U("minutes", NM_TU_MINUTE, NM_TLF_PLURAL),
    U("hour", NM_TU_HOUR, 0), U("hours", NM_TU_HOUR, NM_TLF_PLURAL),
    {"day", NM_TL_UNIT, 0, NM_TU_DAY, NM_TW_DAY}, U("days", NM_TU_DAY, NM_TLF_PLURAL),
    U("week", NM_TU_WEEK, 0), U("weeks", NM_TU_WEEK, NM_TLF_PLURAL),
    U("weekend", NM_TU_WEEKEND, 0), U("weekends", NM_TU_WEEKEND, NM_TLF_PLURAL),
    U("month", NM_TU_MONTH, 0), U("months", NM_TU_MONTH, NM_TLF_PLURAL),
    U("quarter", NM_TU_QUARTER, 0), U("quarters", NM_TU_QUARTER, NM_TLF_PLURAL),
    {"year", NM_TL_UNIT, 0, NM_TU_YEAR, NM_TW_YEAR}, U("years", NM_TU_YEAR, NM_TLF_PLURAL),
    U("decade", NM_TU_DECADE, 0), U("decades", NM_TU_DECADE, NM_TLF_PLURAL),
    U("century", NM_TU_CENTURY, 0), U("centuries", NM_TU_CENTURY, NM_TLF_PLURAL),
    U("millennium", NM_TU_MILLENNIUM, 0), U("millennia", NM_TU_MILLENNIUM, NM_TLF_PLURAL),
    /* number words */
    N("one", 1), N("two", 2), N("three", 3), N("four", 4), N("five", 5), N("six", 6),
    N("seven", 7), N("eight", 8), N("nine", 9), N("ten", 10), N("eleven", 11), N("twelve", 12),
    N("thirteen", 13), N("fourteen", 14), N("fifteen", 15), N("sixteen", 16),
    N("seventeen", 17), N("eighteen", 18), N("nineteen", 19), N("twenty", 20),
    N("thirty", 30), N("forty", 40), N("fifty", 50), N("sixty", 60), N("seventy", 70),
    N("eighty", 80), N("ninety", 90), N("hundred", 100), N("dozen", 12),
    O("first", 1), O("second", 2), O("third", 3), O("fourth", 4), O("fifth", 5),
    O("sixth", 6), O("seventh", 7), O("eighth", 8), O("ninth", 9), O("tenth", 10),
    O("eleventh", 11), O("twelfth", 12), O("twentieth", 20), O("twenty-first", 21),
    {"few", NM_TL_FEW, 0, 0, 0}, {"several", NM_TL_FEW, 0, 0, 0},
    {"many", NM_TL_FEW, 0, 0, 0}, {"couple", NM_TL_FEW, 0, 2, NM_TW_COUPLE},
    /* deictic days */
    C("today", NM_TL_DEICTIC, 0, 0), C("yesterday", NM_TL_DEICTIC, -1, 0),
    C("tomorrow", NM_TL_DEICTIC, 1, 0), C("tonight", NM_TL_DEICTIC, 0, NM_TW_DAYTIME),
    /* present, past and future references */
    C("now", NM_TL_REF, NM_TL_REF_PRESENT, NM_TW_NOW),
    C("currently", NM_TL_REF, NM_TL_REF_PRESENT, 0),
    C("nowadays", NM_TL_REF, NM_TL_REF_PRESENT, 0),
    C("presently", NM_TL_REF, NM_TL_REF_PRESENT, 0),
    C("recently", NM_TL_REF, NM_TL_REF_PAST, 0), C("lately", NM_TL_REF, NM_TL_REF_PAST, 0),
    /* parts of the day */
    C("morning", NM_TL_PART, NM_TP_MO, 0), C("afternoon", NM_TL_PART, NM_TP_AF, 0),
    C("evening", NM_TL_PART, NM_TP_EV, 0), C("night", NM_TL_PART, NM_TP_NI, 0),
    {"mornings", NM_TL_PART, NM_TLF_PLURAL, NM_TP_MO, 0},
    {"afternoons", NM_TL_PART, NM_TLF_PLURAL, NM_TP_AF, 0},
    {"evenings", NM_TL_PART, NM_TLF_PLURAL, NM_TP_EV, 0},
    {"nights", NM_TL_PART, NM_TLF_PLURAL, NM_TP_NI, 0},
    C("overnight", NM_TL_PART, NM_TP_NI, 0),
    C("noon", NM_TL_CLOCKWORD, 12, 0), C("midnight", NM_TL_CLOCKWORD, 24, 0),
    C("midday", NM_TL_CLOCKWORD, 12, 0),
    /* holidays */
    C("thanksgiving", NM_TL_HOLIDAY, NM_TL_HOL_THANKSGIVING, 0),
    C("christmas", NM_TL_HOLIDAY, NM_TL_HOL_CHRISTMAS, 0),
    C("easter", NM_TL_HOLIDAY, NM_TL_HOL_EASTER, 0),
    C("halloween", NM_TL_HOLIDAY, NM_TL_HOL_HALLOWEEN, 0),
    C("election", NM_TL_HOLIDAY, NM_TL_HOL_ELECTION, 0), /* "Election Day" only */
    /* relative words */
    C("last", NM_TL_REL, -1, NM_TW_LAST), C("next", NM_TL_REL, 1, NM_TW_NEXT),
    C("this", NM_TL_REL, 0, NM_TW_THIS), C("past", NM_TL_REL, -1, NM_TW_PAST),
    C("coming", NM_TL_REL, 1, NM_TW_COMING), C("previous", NM_TL_REL, -1, NM_TW_PREVIOUS),
    C("following", NM_TL_REL, 1, NM_TW_FOLLOWING),
    C("preceding", NM_TL_REL, -1, NM_TW_PRECEDING),
    C("upcoming", NM_TL_REL, 1, NM_TW_UPCOMING), C("current", NM_TL_REL, 0, NM_TW_CURRENT),
    C("same", NM_TL_REL, 0, NM_TW_SAME), C("latest", NM_TL_REL, 0, NM_TW_LATEST),
    C("ago", NM_TL_AGO, -1, NM_TW_AGO), C("earlier", NM_TL_AGO, -1, NM_TW_EARLIER),
    C("later", NM_TL_AGO, 1, NM_TW_LATER), C("before", NM_TL_AGO, -1, NM_TW_BEFORE),
    C("after", NM_TL_AGO, 1, NM_TW_AFTER), C("hence", NM_TL_AGO, 1, NM_TW_HENCE),
    /* seasons; "fall" is also a verb */
    C("spring", NM_TL_SEASON, NM_TS_SP, 0), C("summer", NM_TL_SEASON, NM_TS_SU, 0),
    C("autumn", NM_TL_SEASON, NM_TS_FA, 0), {"fall", NM_TL_SEASON, NM_TLF_AMBIG, NM_TS_FA, 0},
    C("winter", NM_TL_SEASON, NM_TS_WI, 0),
    /* frequencies */
    C("daily", NM_TL_SETADV, NM_TU_DAY, 0), C("weekly", NM_TL_SETADV, NM_TU_WEEK, 0),
    C("monthly", NM_TL_SETADV, NM_TU_MONTH, 0), C("yearly", NM_TL_SETADV, NM_TU_YEAR, 0),
    C("hourly", NM_TL_SETADV, NM_TU_HOUR, 0),
    C("nightly", NM_TL_SETADV, NM_TU_DAY, NM_TW_DAYTIME),
    C("every", NM_TL_EVERY, 0, 0), C("each", NM_TL_EVERY, 0, 0),
    C("weeklong", NM_TL_LONG, NM_TU_WEEK, 0), C("yearlong", NM_TL_LONG, NM_TU_YEAR, 0),
    C("monthlong", NM_TL_LONG, NM_TU_MONTH, 0), C("daylong", NM_TL_LONG, NM_TU_DAY, 0),
    C("decadelong", NM_TL_LONG, NM_TU_DECADE, 0),
    /* approximators */
    C("about", NM_TL_APPROX, 0, 0), C("around", NM_TL_APPROX, 0, 0),
    C("approximately", NM_TL_APPROX, 0, 0), C("nearly", NM_TL_APPROX, 0, 0),
    C("almost", NM_TL_APPROX, 0, 0), C("roughly", NM_TL_APPROX, 0, 0),
    C("some", NM_TL_APPROX, 0, 0),
    /* position in a period */
    C("early", NM_TL_POSMOD, NM_TL_POS_START, 0), C("late", NM_TL_POSMOD, NM_TL_POS_END, 0),
    C("mid", NM_TL_POSMOD, NM_TL_POS_MID, 0),
    /* time zones */
    C("est", NM_TL_TZ, 0, 0), C("edt", NM_TL_TZ, 0, 0), C("cst", NM_TL_TZ, 0, 0),
    C("cdt", NM_TL_TZ, 0, 0), C("mst", NM_TL_TZ, 0, 0), C("mdt", NM_TL_TZ, 0, 0),
    C("pst", NM_TL_TZ, 0, 0), C("pdt", NM_TL_TZ, 0, 0), C("gmt", NM_TL_TZ, 1, 0),
    C("utc", NM_TL_TZ, 1, 0), C("bst", NM_TL_TZ, 0, 0), C("cet", NM_TL_TZ, 0, 0),
    C("cest", NM_TL_TZ, 0, 0), C("et", NM_TL_TZ, 0, 0), C("pt", NM_TL_TZ, 0, 0),
    C("jst", NM_TL_TZ, 0, 0), C("ist", NM_TL_TZ, 0, 0), C("aest", NM_TL_TZ, 0, 0),
    C("a.m.", NM_TL_AMPM, 0, 0), C("a.m", NM_TL_AMPM, 0, 0), C("am", NM_TL_AMPM, 0, 0),
    C("p.m.", NM_TL_AMPM, 12, 0), C("p.m", NM_TL_AMPM, 12, 0), C("pm", NM_TL_AMPM, 12, 0),
    /* function words */
    W("the", NM_TW_THE), W("a", NM_TW_A), W("an", NM_TW_AN), W("that", NM_TW_THAT),
    W("these", NM_TW_THESE), W("from", NM_TW_FROM),
    W("of", NM_TW_OF), W("than", NM_TW_THAN), W("more", NM_TW_MORE), W("less", NM_TW_LESS),
    W("fewer", NM_TW_FEWER),
    W("up", NM_TW_UP), W("to", NM_TW_TO), W("and", NM_TW_AND), W("or", NM_TW_OR),
    W("fiscal", NM_TW_FISCAL), W("period", NM_TW_PERIOD), W("old", NM_TW_OLD), W("olds", NM_TW_OLD), W("half", NM_TW_HALF),
    W("future", NM_TW_FUTURE), W("near", NM_TW_NEAR), W("term", NM_TW_TERM),
    W("end", NM_TW_END), W("beginning", NM_TW_BEGINNING), W("start", NM_TW_START),
    W("middle", NM_TW_MIDDLE), W("other", NM_TW_OTHER), W("once", NM_TW_ONCE),
    W("twice", NM_TW_TWICE), W("times", NM_TW_TIMES), W("per", NM_TW_PER),
    W("o'clock", NM_TW_OCLOCK), W("in", NM_TW_IN), W("since", NM_TW_SINCE),
    W("until", NM_TW_UNTIL), W("till", NM_TW_UNTIL), W("by", NM_TW_BY), W("for", NM_TW_FOR),
    W("during", NM_TW_DURING), W("within", NM_TW_WITHIN),
    W("through", NM_TW_THROUGH), W("between", NM_TW_BETWEEN), W("straight", NM_TW_STRAIGHT),
    W("consecutive", NM_TW_CONSECUTIVE), W("trading", NM_TW_TRADING),
    W("business", NM_TW_BUSINESS), W("full", NM_TW_FULL), W("recent", NM_TW_RECENT),
    W("soon", NM_TW_SOON), W("very", NM_TW_VERY), W("then", NM_TW_THEN),
    W("present", NM_TW_PRESENT), W("so", NM_TW_SO), W("eve", NM_TW_EVE), W("will", NM_TW_WILL),
    W("'ll", NM_TW_WILL), W("shall", NM_TW_SHALL), W("its", NM_TW_ITS), W("long", NM_TW_LONG),
    W("single", NM_TW_SINGLE),
};
/* clang-format on */

#define TABLE_BITS 10
#define TABLE_SIZE (1u << TABLE_BITS)

static uint16_t table[TABLE_SIZE]; /* index + 1 into words[], 0 = empty */
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

/* FNV-1a over the lower-cased bytes. */
static uint32_t hash_lower(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)lower(s[i]);
    h *= 16777619u;
  }
  return h;
}

static void build_table(void) {
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    uint32_t k = hash_lower(words[i].s, strlen(words[i].s)) & (TABLE_SIZE - 1);
    /* a word listed twice ("second" as unit and ordinal) keeps its first
     * entry; the grammar reads the other sense from the context */
    bool dup = false;
    while (table[k]) {
      if (strcmp(words[table[k] - 1].s, words[i].s) == 0) dup = true;
      k = (k + 1) & (TABLE_SIZE - 1);
    }
    if (!dup) table[k] = (uint16_t)(i + 1);
  }
}

bool nm_tl_lookup(const char *s, size_t n, nm_tl_entry *e) {
  memset(e, 0, sizeof *e);
  if (n == 0 || n > 16) return false;
  pthread_once(&table_once, build_table);
  uint32_t k = hash_lower(s, n) & (TABLE_SIZE - 1);
  while (table[k]) {
    const word *w = &words[table[k] - 1];
    size_t i = 0;
    for (; i < n && w->s[i] && lower(s[i]) == w->s[i]; i++)
      ;
    if (i == n && w->s[i] == '\0') {
      e->cls = w->cls;
      e->flags = w->flags;
      e->v = w->v;
      e->w = w->w;
      return true;
    }
    k = (k + 1) & (TABLE_SIZE - 1);
  }
  return false;
}
