/* times_grammar.c - the rules that find time expressions in a sentence and
 * give them TIMEX3 values. Each rule reads tokens from a start position and
 * returns where its match ends (0 for none); nm_tg_match_at keeps the
 * longest. Extents follow TimeML as TimeBank and TempEval-3 annotate them:
 * determiners and "early"/"late" inside, prepositions and "about" outside
 * (docs/times.md lists the conventions). */
#include "times_grammar.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef nm_tg_match mres;

/* ------------------------------------------------------------------ */
/* Token tests                                                         */

static const nm_tg_tok no_tok; /* past the end: every test fails */

static const nm_tg_tok *tk(const nm_tg_ctx *x, uint32_t i) { return i < x->n ? &x->f[i] : &no_tok; }
static bool is_cls(const nm_tg_ctx *x, uint32_t i, int cls) { return tk(x, i)->e.cls == cls; }
static bool is_w(const nm_tg_ctx *x, uint32_t i, int w) { return i < x->n && x->f[i].e.w == w; }
static bool is_punct(const nm_tg_ctx *x, uint32_t i, char c) {
  return i < x->n && x->f[i].cls_punct == c;
}
static const char *xpos(const nm_tg_ctx *x, uint32_t i) {
  return x->tags && i < x->n && x->tags[i].xpos ? x->tags[i].xpos : "";
}
static bool xpos_is(const nm_tg_ctx *x, uint32_t i, const char *p) {
  return strcmp(xpos(x, i), p) == 0;
}
static bool is_plural(const nm_tg_ctx *x, uint32_t i) {
  return (tk(x, i)->e.flags & NM_TLF_PLURAL) != 0;
}
/* A hyphen joining the tokens around it: "10-year", "late-November". */
static bool joins(const nm_tg_ctx *x, uint32_t i) {
  return i > 0 && i < x->n && x->f[i].hyphen && x->f[i - 1].glued && x->f[i].glued;
}
/* A day of the month: 1..31 written with at most two digits, or "7th". */
static bool day_num(const nm_tg_ctx *x, uint32_t i, int *d) {
  const nm_tg_tok *t = tk(x, i);
  if (!((t->nk == NM_NK_INT && t->ndig <= 2 && !t->comma) || t->nk == NM_NK_ORD)) return false;
  if (t->a < 1 || t->a > 31) return false;
  *d = t->a;
  return true;
}
/* A four-digit year 1000..2199 (plausibility is the caller's). */
static bool year_num(const nm_tg_ctx *x, uint32_t i, int64_t *y) {
  const nm_tg_tok *t = tk(x, i);
  if (t->nk != NM_NK_INT || t->ndig != 4 || t->comma || t->a < 1000 || t->a > 2199) return false;
  *y = t->a;
  return true;
}
static bool is_month(const nm_tg_ctx *x, uint32_t i) {
  const nm_tg_tok *t = tk(x, i);
  return t->e.cls == NM_TL_MONTH && t->cap;
}
/* An ordinal: "third", "3rd", or "second" (listed as a unit). */
static bool ordinal(const nm_tg_ctx *x, uint32_t i, int *v) {
  const nm_tg_tok *t = tk(x, i);
  if (t->e.cls == NM_TL_ORDINAL) {
    *v = t->e.v;
    return true;
  }
  if (t->nk == NM_NK_ORD) {
    *v = t->a;
    return true;
  }
  if (t->e.cls == NM_TL_UNIT && t->e.v == NM_TU_SECOND && !(t->e.flags & NM_TLF_PLURAL)) {
    *v = 2;
    return true;
  }
  return false;
}

/* The token's text, lower-cased, equals lit (ASCII). */
static bool text_is(const nm_tg_ctx *x, uint32_t i, const char *lit) {
  if (i >= x->n) return false;
  size_t n, k = 0;
  const char *s = nm_tg_text(x, i, &n);
  for (; k < n && lit[k]; k++) {
    char c = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] + 32) : s[k];
    if (c != lit[k]) return false;
  }
  return k == n && lit[k] == '\0';
}
/* "'s" or "’s". */
static bool is_poss(const nm_tg_ctx *x, uint32_t i) {
  return text_is(x, i, "'s") || text_is(x, i, "\xe2\x80\x99s");
}

/* ------------------------------------------------------------------ */
/* Anchors and values                                                  */

static nm_tc_point unknown_day(void) {
  nm_tc_point p;
  memset(&p, 0, sizeof p);
  p.y = -1;
  p.gran = NM_TG_DAY;
  p.h = p.mi = -1;
  return p;
}

/* The article date, or a day with every field unknown. */
static nm_tc_point dct_day(const nm_tg_ctx *x) { return x->has_dct ? x->dct : unknown_day(); }
/* The day in play: the last day the text mentioned, else the article date. */
static nm_tc_point ref_day(const nm_tg_ctx *x) { return x->has_ref ? x->ref : dct_day(x); }

/* The period of unit u in play for "that year", "the following month":
 * the last period the text named, when it is at least as fine as u, else
 * the last day, else the article date. */
static nm_tc_point anaphor_period(const nm_tg_ctx *x, int u, int64_t n);

static void set_point(mres *r, nm_tc_point p) {
  r->point = true;
  r->p = p;
  r->type =
      (p.gran == NM_TG_MINUTE || (p.gran == NM_TG_DAY && p.part)) ? NM_TIME_TIME : NM_TIME_DATE;
}
static void set_value(mres *r, uint8_t type, const char *v) {
  r->point = false;
  r->type = type;
  snprintf(r->v, sizeof r->v, "%s", v);
}
static void set_duration(mres *r, int64_t n, int unit, int half) {
  r->point = false;
  r->type = NM_TIME_DURATION;
  nm_tc_duration(n, (nm_tc_unit)unit, half, r->v, sizeof r->v);
}
static void set_day(mres *r, nm_tc_point p) {
  set_point(r, p);
  r->sets_ref = p.y >= 0 && p.m > 0 && p.d > 0;
}

/* "a year earlier", "a year ago", "year-ago" in a comparison with a
 * quarter or a month named just before ("net rose in the third quarter from
 * $5 million a year earlier"): the same quarter or month, years back. The
 * quarter may be in the sentence before; a month must be in the same one. */
static bool years_back_in_play(const nm_tg_ctx *x, int64_t years, mres *r) {
  if (!x->has_refp || x->refp.y < 0 || x->sentence < x->refp_sentence) return false;
  uint32_t ds = x->sentence - x->refp_sentence;
  int g = x->refp.gran;
  bool ok = (g == NM_TG_QUARTER || g == NM_TG_HALF) ? ds <= 1 : g == NM_TG_MONTH && ds == 0;
  /* "the quarter ended Sept. 30 ... a year earlier": the day is the
   * quarter's end, the quarter is what is compared */
  bool q_day = !ok && g == NM_TG_DAY && ds <= 1 && x->has_refq;
  if (!ok && !q_day) return false;
  nm_tc_point p = q_day ? x->refq : x->refp;
  p.y -= years;
  set_point(r, p);
  r->back = true;
  return true;
}

/* The day n days from a day (unknown stays unknown). */
static nm_tc_point day_plus(nm_tc_point p, int64_t n) {
  if (p.y < 0 || !p.m || !p.d) return unknown_day();
  nm_tc_point q = nm_tc_day_point(nm_tc_point_days(&p) + n);
  return q;
}

/* The granularity a unit names as a calendar period. */
static int unit_gran(int u) {
  switch (u) {
  case NM_TU_DAY: return NM_TG_DAY;
  case NM_TU_WEEK: return NM_TG_WEEK;
  case NM_TU_WEEKEND: return NM_TG_WEEKEND;
  case NM_TU_MONTH: return NM_TG_MONTH;
  case NM_TU_QUARTER: return NM_TG_QUARTER;
  case NM_TU_YEAR: return NM_TG_YEAR;
  case NM_TU_DECADE: return NM_TG_DECADE;
  case NM_TU_CENTURY: return NM_TG_CENTURY;
  default: return -1;
  }
}

/* The period of unit u that holds day `base`, moved by n periods. */
static nm_tc_point period_of(nm_tc_point base, int u, int64_t n) {
  int g = unit_gran(u);
  nm_tc_point p = base;
  if (g < 0) return base;
  if (g == NM_TG_DAY) return day_plus(base, n);
  p.part = 0;
  p = nm_tc_coarsen(&base, (nm_tc_gran)g);
  nm_tc_shift(&p, n);
  return p;
}

static nm_tc_point anaphor_period(const nm_tg_ctx *x, int u, int64_t n) {
  int g = unit_gran(u);
  if (g >= 0 && g != NM_TG_DAY && x->has_refp && x->refp.gran >= g &&
      !(x->has_ref && x->refp.gran >= NM_TG_DAY)) {
    nm_tc_point p = x->refp;
    if (p.gran >= NM_TG_DAY) return period_of(p, u, n);
    /* a month, quarter or year: keep the fields the unit needs */
    int q = p.gran == NM_TG_MONTH ? (p.m - 1) / 3 + 1 : p.gran == NM_TG_QUARTER ? p.sub : 0;
    if (g == NM_TG_YEAR || g == NM_TG_DECADE || g == NM_TG_CENTURY) {
      nm_tc_point d = p;
      d.gran = NM_TG_DAY;
      d.m = 1;
      d.d = 1;
      return period_of(d, u, n);
    }
    if (g == NM_TG_QUARTER && q) {
      p.gran = NM_TG_QUARTER;
      p.sub = (int8_t)q;
      nm_tc_shift(&p, n);
      return p;
    }
    if (g == p.gran) {
      nm_tc_shift(&p, n);
      return p;
    }
  }
  return period_of(ref_day(x), u, n);
}

/* The Monday-first weekday resolved against the article date by tense:
 * the most recent one (today included) in the past, the next in the
 * future, else the nearest (the past one when it is at most a day
 * farther); rel -1 ("last Friday") and +1 ("next
 * Friday") exclude today. */
static nm_tc_point weekday_day(const nm_tg_ctx *x, int wd, int tense, int rel) {
  if (!x->has_dct) {
    nm_tc_point p = unknown_day();
    p.wd = (int8_t)wd;
    return p;
  }
  int w0 = nm_tc_weekday(x->dct_z);
  int back = (w0 - wd + 7) % 7, fwd = (wd - w0 + 7) % 7;
  int64_t off;
  if (rel < 0)
    off = -(back ? back : 7);
  else if (rel > 0)
    off = fwd ? fwd : 7;
  else if (tense == NM_TENSE_PAST)
    off = -back;
  else if (tense == NM_TENSE_FUTURE)
    off = fwd;
  else
    /* nearest, a day's difference going to the past, which news reports
     * more often ("a premium over Thursday's closing price" on a Monday) */
    off = back <= fwd + 1 ? -back : fwd;
  return nm_tc_day_point(x->dct_z + off);
}

/* The year of month m (and day d, 0 for the whole month) by tense: not
 * after the article date in the past, not before it in the future, else
 * the nearest. */
static int64_t year_for(const nm_tg_ctx *x, int m, int d, int tense) {
  if (!x->has_dct) return -1;
  int64_t y0 = x->dct.y;
  int m0 = x->dct.m, d0 = x->dct.d;
  int cmp = m != m0 ? (m > m0 ? 1 : -1) : d == 0 || d == d0 ? 0 : (d > d0 ? 1 : -1);
  if (tense == NM_TENSE_PAST_DONE) return cmp > 0 ? y0 - 1 : y0;
  if (tense == NM_TENSE_PAST) {
    /* "declared a dividend payable Dec. 15", "guidelines to be published
     * in November": a day within two months after the article date, or
     * the month after the article's, is the coming one even in a
     * past-tense clause ("moved its offices in December" in an October
     * article is last December) */
    if (cmp > 0 && (d ? (m - m0) * 31 + (d - d0) <= 62 : m - m0 == 1)) return y0;
    /* the same across the year end: "payable Jan. 3" in a November
     * article is next January's */
    if (cmp < 0 && nm_tc_days(y0 + 1, m, d ? d : 1) - x->dct_z <= 62) return y0 + 1;
    return cmp > 0 ? y0 - 1 : y0;
  }
  if (tense == NM_TENSE_FUTURE) {
    /* "to return the boy by Jan. 14" in an article of Jan. 15: a day a few
     * weeks back is a deadline just passed (or a clause misread as
     * future), not one a year ahead, which would get a year or "next" */
    if (cmp < 0 && d && (m0 - m) * 31 + (d0 - d) <= 31) return y0;
    return cmp < 0 ? y0 + 1 : y0;
  }
  if (tense == NM_TENSE_PRESENT && d) {
    /* "the truce holds through Sept. 30": a day named in the present
     * tense is the nearest one, with days ahead counted closer */
    int64_t best_y = y0, best = INT64_MAX;
    for (int64_t y = y0 - 1; y <= y0 + 1; y++) {
      int64_t diff = nm_tc_days(y, m, d) - x->dct_z;
      int64_t cost = diff >= 0 ? 2 * diff : -3 * diff;
      if (cost < best) {
        best = cost;
        best_y = y;
      }
    }
    return best_y;
  }
  /* nearest: months more than half a year away belong to the year next
   * to it */
  int diff = (m - m0) * 31 + (d ? d - d0 : 0);
  if (diff >= 6 * 31) return y0 - 1; /* six months either way: the past one */
  if (diff < -6 * 31) return y0 + 1;
  return y0;
}

static nm_tc_point month_point(int64_t y, int m) {
  nm_tc_point p = unknown_day();
  p.gran = NM_TG_MONTH;
  p.y = y;
  p.m = (int8_t)m;
  p.d = 0;
  return p;
}
static nm_tc_point year_point(int64_t y, int gran) {
  nm_tc_point p = unknown_day();
  p.gran = (int8_t)gran;
  p.y = y;
  p.m = 0;
  return p;
}
static nm_tc_point date_point(int64_t y, int m, int d) {
  nm_tc_point p = unknown_day();
  p.y = y;
  p.m = (int8_t)m;
  p.d = (int8_t)d;
  return p;
}
static bool valid_date(int64_t y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= (y >= 0 ? nm_tc_mdays(y, m) : (m == 2 ? 29 : 31));
}

/* A two-digit year written "'82": the century that puts it nearest the
 * article date (or in the 1900s when the year 20xx would be in the
 * future). */
static int64_t two_digit_year(const nm_tg_ctx *x, int yy) {
  int64_t now = x->has_dct ? x->dct.y : 2000;
  int64_t c = now / 100 * 100;
  int64_t y = c + yy;
  if (y > now + 10) y -= 100;
  return y;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */

typedef struct qnum {
  int64_t v;    /* value; -1 unspecified ("a few") */
  bool half;    /* plus one half */
  bool article; /* "a" or "an" alone */
  uint32_t end; /* first token after the number */
} qnum;

/* A number word or a run of them: "four", "twenty-four", "two hundred". */
static bool number_words(const nm_tg_ctx *x, uint32_t i, int64_t *v, uint32_t *end) {
  if (!is_cls(x, i, NM_TL_NUMBER)) return false;
  int64_t n = tk(x, i)->e.v;
  uint32_t j = i + 1;
  if (n >= 20 && n < 100 && n % 10 == 0 && joins(x, j) && is_cls(x, j + 1, NM_TL_NUMBER) &&
      tk(x, j + 1)->e.v < 10) {
    n += tk(x, j + 1)->e.v;
    j += 2;
  } else if (n >= 20 && n < 100 && n % 10 == 0 && is_cls(x, j, NM_TL_NUMBER) &&
             tk(x, j)->e.v < 10) {
    n += tk(x, j)->e.v;
    j++;
  }
  if (n < 100 && is_cls(x, j, NM_TL_NUMBER) && tk(x, j)->e.v == 100) {
    n *= 100;
    j++;
  }
  *v = n;
  *end = j;
  return true;
}

/* A year spoken in words, as broadcast transcripts write it: "nineteen
 * ninety-six", "twenty ten" (the hundreds, then two digits). A number
 * from eleven to twenty followed at once by one from ten to ninety-nine
 * names nothing else in English. *end is the token after it. */
static bool spoken_year(const nm_tg_ctx *x, uint32_t i, int64_t *y, uint32_t *end) {
  const nm_tg_tok *t = tk(x, i);
  if (t->e.cls != NM_TL_NUMBER || t->e.v < 11 || t->e.v > 20) return false;
  int64_t n;
  uint32_t e;
  if (!number_words(x, i + 1, &n, &e) || n < 10 || n > 99) return false;
  if (is_cls(x, e, NM_TL_UNIT) || is_cls(x, e, NM_TL_NUMBER)) return false;
  *y = t->e.v * 100 + n;
  *end = e;
  return true;
}

/* A count before a unit: digits, number words, "a", "a few", "several",
 * "a couple of", "two and a half", "2 1/2", "half a". */
static bool number_at(const nm_tg_ctx *x, uint32_t i, qnum *q, bool allow_article) {
  memset(q, 0, sizeof *q);
  const nm_tg_tok *t = tk(x, i);
  uint32_t j;
  if (t->nk == NM_NK_INT && !(t->ndig == 4 && !t->comma && t->a >= 1000)) {
    q->v = t->a;
    j = i + 1;
    if (tk(x, j)->nk == NM_NK_FRAC && tk(x, j)->a == 1 && tk(x, j)->b == 2) {
      q->half = true;
      j++;
    }
  } else if (t->nk == NM_NK_DEC && t->b == 5 && t->c == 1) {
    q->v = t->a;
    q->half = true;
    j = i + 1;
  } else if (number_words(x, i, &q->v, &j)) {
    /* "one and a half" */
  } else if (t->e.cls == NM_TL_FEW) {
    if (t->e.w == NM_TW_COUPLE) {
      /* "couple" needs its article, or a relative word: "the next couple
       * of years" */
      if (!(i > 0 && x->f[i - 1].e.cls == NM_TL_REL && is_w(x, i + 1, NM_TW_OF))) return false;
      q->v = 2;
      q->end = i + 2;
      return true;
    }
    q->v = -1;
    j = i + 1;
  } else if (is_w(x, i, NM_TW_HALF) && (is_w(x, i + 1, NM_TW_A) || is_w(x, i + 1, NM_TW_AN))) {
    q->v = 0;
    q->half = true;
    q->end = i + 2;
    return true;
  } else if (allow_article && (is_w(x, i, NM_TW_A) || is_w(x, i, NM_TW_AN))) {
    j = i + 1;
    if (is_cls(x, j, NM_TL_FEW)) {
      if (tk(x, j)->e.w == NM_TW_COUPLE) {
        if (!is_w(x, j + 1, NM_TW_OF)) return false;
        q->v = 2;
        q->end = j + 2;
        return true;
      }
      q->v = -1;
      q->end = j + 1;
      return true;
    }
    if (is_cls(x, j, NM_TL_NUMBER) && (tk(x, j)->e.v == 100 || tk(x, j)->e.v == 12)) {
      q->v = tk(x, j)->e.v;
      q->end = j + 1;
      return true;
    }
    if (is_w(x, j, NM_TW_HALF)) {
      q->v = 0;
      q->half = true;
      q->end = j + 1;
      return true;
    }
    q->v = 1;
    q->article = true;
    q->end = j;
    return true;
  } else {
    return false;
  }
  if (q->v >= 0 && !q->half && is_w(x, j, NM_TW_AND) && is_w(x, j + 1, NM_TW_A) &&
      is_w(x, j + 2, NM_TW_HALF)) {
    q->half = true;
    j += 3;
  }
  q->end = j;
  return true;
}

/* ------------------------------------------------------------------ */
/* Rules                                                               */

static uint32_t m_point(const nm_tg_ctx *x, uint32_t i, mres *r);
static uint32_t modified(const nm_tg_ctx *x, uint32_t i, mres *r);
static uint32_t m_rel(const nm_tg_ctx *x, uint32_t i, mres *r, bool the);

/* Part of the day after a day: "Thursday morning", "yesterday night". */
static uint32_t with_part(const nm_tg_ctx *x, uint32_t j, mres *r) {
  if (is_cls(x, j, NM_TL_PART) && !is_plural(x, j) && r->point && r->p.gran == NM_TG_DAY) {
    nm_tc_point p = r->p;
    p.part = (int8_t)tk(x, j)->e.v;
    bool ref = r->sets_ref;
    set_point(r, p);
    r->sets_ref = ref;
    return j + 1;
  }
  return j;
}

/* "this year", "last year", "next year" at j (the offset is the first
 * word's value). */
static bool rel_year(const nm_tg_ctx *x, uint32_t j) {
  return is_cls(x, j, NM_TL_REL) && is_w(x, j + 1, NM_TW_YEAR) &&
         (is_w(x, j, NM_TW_THIS) || is_w(x, j, NM_TW_LAST) || is_w(x, j, NM_TW_NEXT));
}

/* Month names: "October", "Oct. 7", "May 8, 2009", "March 2008", "July
 * last year". Month names are written capitalised; "May" and "March" also
 * need a day, a year or a preposition that takes a date. */
static bool until_ahead(const nm_tg_ctx *x, uint32_t i);

static uint32_t month_date(const nm_tg_ctx *x, uint32_t i, mres *r, int tense_hint) {
  if (!is_month(x, i)) return 0;
  const nm_tg_tok *t = tk(x, i);
  int m = t->e.v, d;
  int64_t y;
  uint32_t j = i + 1;
  bool has_day = day_num(x, j, &d);
  if (has_day && tk(x, j)->nk == NM_NK_INT &&
      (is_cls(x, j + 1, NM_TL_UNIT) || is_punct(x, j + 1, '%')))
    has_day = false;
  bool has_year = !has_day && year_num(x, j, &y);
  if (!has_year && !has_day && is_punct(x, j, ',') && year_num(x, j + 1, &y)) {
    has_year = true;
    j++;
  }
  if (!has_day && !has_year && is_w(x, j, NM_TW_OF) && year_num(x, j + 1, &y)) {
    has_year = true;
    j++;
  }
  uint32_t spoken_end = 0;
  if (!has_day && !has_year && spoken_year(x, j, &y, &spoken_end)) {
    /* "January nineteen ninety-seven" */
    set_point(r, month_point(y, m));
    return spoken_end;
  }
  if (t->e.flags & NM_TLF_AMBIG) {
    /* "May", "March", "Jan": a date only with a day or year, or after a
     * word that introduces one */
    bool cue = has_day || has_year;
    if (!cue && i > 0) {
      const nm_tg_tok *p = &x->f[i - 1];
      cue = p->e.w == NM_TW_IN || p->e.w == NM_TW_SINCE || p->e.w == NM_TW_UNTIL ||
            p->e.w == NM_TW_BY || p->e.w == NM_TW_BEFORE || p->e.w == NM_TW_AFTER ||
            p->e.w == NM_TW_DURING || p->e.w == NM_TW_FROM || p->e.w == NM_TW_THROUGH ||
            p->e.cls == NM_TL_POSMOD || p->e.cls == NM_TL_REL || p->e.cls == NM_TL_EVERY ||
            (p->e.w == NM_TW_OF && i >= 2 &&
             (x->f[i - 2].e.w == NM_TW_END || x->f[i - 2].e.w == NM_TW_BEGINNING ||
              x->f[i - 2].e.w == NM_TW_START || x->f[i - 2].e.w == NM_TW_MIDDLE));
      /* "the March accession", "the May deadline": a month before the
       * noun it dates, after an article */
      if (!cue && (p->e.w == NM_TW_THE || p->e.w == NM_TW_A) && x->tags && i + 1 < x->n &&
          (xpos_is(x, i + 1, "NN") || xpos_is(x, i + 1, "NNS")) && !tk(x, i + 1)->cap &&
          tk(x, i + 1)->e.cls == NM_TL_NONE)
        cue = true;
    }
    /* "February and March", "April or May", "from January to March",
     * "between March and June": a month joined to another month name is
     * one too, whatever its tag */
    bool pair = false;
    if (i >= 2 && (x->f[i - 1].e.w == NM_TW_AND || x->f[i - 1].e.w == NM_TW_OR ||
                   x->f[i - 1].e.w == NM_TW_TO || x->f[i - 1].e.w == NM_TW_THROUGH))
      pair = is_month(x, i - 2) && !(x->f[i - 2].e.flags & NM_TLF_AMBIG);
    if (!pair && (is_w(x, j, NM_TW_AND) || is_w(x, j, NM_TW_OR) || is_w(x, j, NM_TW_TO) ||
                  is_w(x, j, NM_TW_THROUGH)))
      pair = is_month(x, j + 1) && !(tk(x, j + 1)->e.flags & NM_TLF_AMBIG);
    if (pair) cue = true;
    if (!cue || (!pair && !has_day && !has_year && x->tags &&
                 (xpos_is(x, i, "MD") || xpos_is(x, i, "VB") || xpos_is(x, i, "VBP"))))
      return 0;
  }
  if (has_day) {
    j++;
    if (is_punct(x, j, ',') && year_num(x, j + 1, &y)) {
      j += 2;
    } else if (year_num(x, j, &y)) {
      j++;
    } else if (x->has_dct && rel_year(x, j)) {
      /* "Oct. 7 last year": the day in the year named after it */
      y = x->dct.y + tk(x, j)->e.v;
      j += 2;
    } else {
      int tense = tense_hint >= 0 ? tense_hint : nm_tg_tense(x, i, j);
      if (tense == NM_TENSE_PAST && tense_hint < 0 && nm_tg_done_past(x, i, j))
        tense = NM_TENSE_PAST_DONE;
      y = year_for(x, m, d, tense);
    }
    if (!valid_date(y, m, d)) return 0;
    set_day(r, date_point(y, m, d));
    return j;
  }
  if (has_year) {
    set_point(r, month_point(y, m));
    return j + 1;
  }
  /* "January this year", "July last year", "October of next year" */
  uint32_t k = j; /* "October of next year" is two expressions in MEANTIME */
  if (rel_year(x, k)) {
    int64_t yy = x->has_dct ? x->dct.y + tk(x, k)->e.v : -1;
    set_point(r, month_point(yy, m));
    return k + 2;
  }
  /* "after October of next year": the month alone, in the year named
   * after it (an expression of its own) */
  if (is_w(x, k, NM_TW_OF) && rel_year(x, k + 1)) {
    int64_t yy = x->has_dct ? x->dct.y + tk(x, k + 1)->e.v : -1;
    set_point(r, month_point(yy, m));
    return j;
  }
  /* "loans through January", "closed until March": the coming one (not
   * the end of a span: "this year through August") */
  int tense = tense_hint >= 0 ? tense_hint
              : until_ahead(x, i) || (i > 1 && text_is(x, i - 1, "through") &&
                                      x->f[i - 2].e.cls == NM_TL_NONE && !x->f[i - 2].nk)
                  ? NM_TENSE_FUTURE
                  : nm_tg_tense(x, i, j);
  if (tense == NM_TENSE_PAST && tense_hint < 0 && nm_tg_done_past(x, i, j))
    tense = NM_TENSE_PAST_DONE;
  int64_t my = year_for(x, m, 0, tense);
  /* "since March" in a February article: last March, not the coming one
   * that a past-tense clause may announce */
  if (x->has_dct && my == x->dct.y && m > x->dct.m && nm_tg_since(x, i, j)) my--;
  set_point(r, month_point(my, m));
  return j;
}

/* "7 October", "11 December 2009". */
static uint32_t day_month(const nm_tg_ctx *x, uint32_t i, mres *r) {
  int d;
  if (!day_num(x, i, &d) || !is_month(x, i + 1)) return 0;
  int m = tk(x, i + 1)->e.v;
  uint32_t j = i + 2;
  int64_t y;
  if (year_num(x, j, &y))
    j++;
  else if (is_punct(x, j, ',') && year_num(x, j + 1, &y))
    j += 2;
  else if (x->has_dct && rel_year(x, j))
    y = x->dct.y + tk(x, j)->e.v, j += 2;
  else
    y = year_for(x, m, d, nm_tg_tense(x, i, j));
  if (!valid_date(y, m, d)) return 0;
  set_day(r, date_point(y, m, d));
  return j;
}

/* "the second day of the offensive", "for a third straight day": the day
 * in play (the article date when none was named). */
static uint32_t nth_day(const nm_tg_ctx *x, uint32_t i, mres *r) {
  if (!(is_w(x, i, NM_TW_THE) || is_w(x, i, NM_TW_A))) return 0;
  int o;
  uint32_t j = i + 1;
  if (!ordinal(x, j, &o) || o < 2 || o > 31) return 0;
  j++;
  if (is_w(x, j, NM_TW_STRAIGHT) || is_w(x, j, NM_TW_CONSECUTIVE) || text_is(x, j, "successive"))
    j++;
  if (!is_w(x, j, NM_TW_DAY) || joins(x, j + 1)) return 0;
  set_day(r, ref_day(x));
  r->sets_ref = false;
  return j + 1;
}

/* The second day of a coordination: "April 24 and 25", "on May 3 or 4":
 * the month (and year) of the first. */
static uint32_t coord_day(const nm_tg_ctx *x, uint32_t i, mres *r) {
  int d, d1;
  if (i < 3 || !day_num(x, i, &d) || !(is_w(x, i - 1, NM_TW_AND) || is_w(x, i - 1, NM_TW_OR)) ||
      !day_num(x, i - 2, &d1) || d <= d1)
    return 0;
  const nm_tg_tok *n = tk(x, i + 1);
  if (n->e.cls == NM_TL_UNIT || n->e.cls == NM_TL_MONTH || n->cls_punct == '%' ||
      n->nk != NM_NK_NONE ||
      (x->tags && i + 1 < x->n && (xpos(x, i + 1)[0] == 'N' || xpos_is(x, i + 1, "JJ"))))
    return 0; /* "May 3 and 4 people", "June 5 and 6 March" */
  mres first;
  memset(&first, 0, sizeof first);
  if (month_date(x, i - 3, &first, -1) != i - 1 || !first.point || first.p.gran != NM_TG_DAY)
    return 0;
  nm_tc_point p = first.p;
  uint32_t j = i + 1;
  int64_t y;
  if (is_punct(x, j, ',') && year_num(x, j + 1, &y)) {
    p.y = y;
    j += 2;
  }
  if (!valid_date(p.y, p.m, d)) return 0;
  p.d = (int8_t)d;
  set_day(r, p);
  return j;
}

/* "until Friday", "postponed until Tuesday morning": a bare weekday after
 * "until" is a deadline, the coming one whatever the tense of the clause
 * ("extended the offer until Friday" is said before Friday), unless a
 * pluperfect near it looks back from that day ("Until Thursday, they had
 * not called him a suspect"). */
static bool until_ahead(const nm_tg_ctx *x, uint32_t i) {
  if (i == 0 || x->f[i - 1].e.w != NM_TW_UNTIL) return false;
  uint32_t lo = i > 12 ? i - 12 : 0, hi = i + 12 < x->n ? i + 12 : x->n;
  for (uint32_t k = lo; k < hi; k++)
    if (text_is(x, k, "had")) return false;
  return true;
}

/* Weekdays: "Tuesday", "Thursday morning", "Monday, Oct. 26", "Mondays". */
static uint32_t weekday(const nm_tg_ctx *x, uint32_t i, mres *r) {
  const nm_tg_tok *t = tk(x, i);
  if (t->e.cls != NM_TL_WEEKDAY || !t->cap) return 0;
  if (i > 0 &&
      (text_is(x, i - 1, "black") || text_is(x, i - 1, "super") || text_is(x, i - 1, "cyber")))
    return 0; /* "Black Monday", "Super Tuesday": names of days */
  int wd = t->e.v;
  uint32_t j = i + 1;
  if (t->e.flags & NM_TLF_ABBR) {
    /* "Mon., Dec. 3" only */
    uint32_t k = is_punct(x, j, ',') ? j + 1 : j;
    if (!is_month(x, k)) return 0;
  }
  if (t->e.flags & NM_TLF_PLURAL) {
    char v[16];
    snprintf(v, sizeof v, "XXXX-WXX-%d", wd);
    set_value(r, NM_TIME_SET, v);
    return j;
  }
  /* a date after the weekday names the day */
  uint32_t k = is_punct(x, j, ',') ? j + 1 : j;
  mres md;
  memset(&md, 0, sizeof md);
  uint32_t e = month_date(x, k, &md, -1);
  if (!e) e = day_month(x, k, &md);
  if (e && md.point && md.p.gran == NM_TG_DAY) {
    *r = md;
    return e;
  }
  if (is_cls(x, j, NM_TL_PART) && is_plural(x, j)) {
    /* "Tuesday nights" */
    static const char *const parts[] = {"", "MO", "MI", "AF", "EV", "NI"};
    char v[24];
    snprintf(v, sizeof v, "XXXX-WXX-%dT%s", wd, parts[tk(x, j)->e.v]);
    set_value(r, NM_TIME_SET, v);
    return j + 1;
  }
  /* "called a new march for Wednesday", "set for Monday": a bare weekday
   * after "for" is the day something is planned for, the coming one, and
   * so is one declared something ("declared Saturday a day of mourning") */
  bool for_day = (i > 0 && text_is(x, i - 1, "for")) || nm_tg_declared_day(x, i, j);
  int tense = until_ahead(x, i) || for_day ? NM_TENSE_FUTURE : nm_tg_tense(x, i, j);
  if (tense == NM_TENSE_PRESENT && nm_tg_scheduled(x, i, j)) tense = NM_TENSE_FUTURE;
  set_day(r, weekday_day(x, wd, tense, 0));
  return with_part(x, j, r);
}

/* "today", "yesterday", "tomorrow", "tonight", "yesterday morning". */
static uint32_t deictic(const nm_tg_ctx *x, uint32_t i, mres *r) {
  const nm_tg_tok *t = tk(x, i);
  if (t->e.cls != NM_TL_DEICTIC) return 0;
  if (t->cap && i > 0 && x->f[i - 1].cap && xpos_is(x, i - 1, "NNP")) return 0; /* "USA Today" */
  if (t->glued && joins(x, i + 1)) return 0;
  nm_tc_point p = day_plus(dct_day(x), t->e.v);
  if (t->e.w == NM_TW_DAYTIME) p.part = NM_TP_NI; /* tonight */
  set_day(r, p);
  return with_part(x, i + 1, r);
}

/* A year is taken for one unless a count of things follows it or money
 * precedes it; years before 1900 need a word that takes a date. */
static bool plausible_year(const nm_tg_ctx *x, uint32_t i, int64_t y) {
  if (i > 0) {
    const nm_tg_tok *p = &x->f[i - 1];
    if (p->cls_punct == '$' || p->cls_punct == '#' || p->nk != NM_NK_NONE) return false;
    size_t ln;
    const char *s = nm_tg_text(x, i - 1, &ln);
    if (ln && (s[ln - 1] == '$' || (ln >= 2 && memcmp(s + ln - 2, "\xc2\xa3", 2) == 0) ||
               (ln >= 3 && memcmp(s + ln - 3, "\xe2\x82\xac", 3) == 0)))
      return false;
    if (ln == 3 && (memcmp(s, "No.", 3) == 0 || memcmp(s, "no.", 3) == 0)) return false;
  }
  const nm_tg_tok *n = tk(x, i + 1);
  if (n->cls_punct == '%') return false;
  if (n->e.cls == NM_TL_NUMBER && n->e.v >= 100) return false;
  if (i + 1 < x->n) {
    size_t ln;
    const char *s = nm_tg_text(x, i + 1, &ln);
    if (ln == 7 && (strncmp(s, "percent", 7) == 0 || strncmp(s, "million", 7) == 0 ||
                    strncmp(s, "billion", 7) == 0))
      return false;
  }
  bool cue = false;
  if (i > 0) {
    const nm_tg_tok *p = &x->f[i - 1];
    cue = p->e.w == NM_TW_IN || p->e.w == NM_TW_SINCE || p->e.w == NM_TW_UNTIL ||
          p->e.w == NM_TW_BY || p->e.w == NM_TW_BEFORE || p->e.w == NM_TW_AFTER ||
          p->e.w == NM_TW_DURING || p->e.w == NM_TW_FROM || p->e.w == NM_TW_THROUGH ||
          p->e.w == NM_TW_OF || p->e.w == NM_TW_BETWEEN || p->e.w == NM_TW_AND ||
          p->e.w == NM_TW_TO || p->e.w == NM_TW_FISCAL || p->e.cls == NM_TL_POSMOD ||
          p->e.cls == NM_TL_MONTH || p->hyphen || (p->e.w == NM_TW_THE || p->e.w == NM_TW_ITS);
  }
  if (y < 1900 || y > 2099) return cue;
  /* "2000 people": a plural noun after the number, and nothing before it
   * that makes it a year ("in 2009 elections", "the 2012 Games") */
  if (x->tags && i + 1 < x->n && xpos_is(x, i + 1, "NNS") && !cue) return false;
  /* "the Russell 2000 Index": a number inside a name, between capitalised
   * words that are no time words (the first not starting the sentence);
   * "WWDC 2005" ends the name and stays a year */
  if (i > 1 && i + 1 < x->n && x->f[i - 1].cap && x->f[i - 1].e.cls == NM_TL_NONE &&
      x->f[i + 1].cap && x->f[i + 1].e.cls == NM_TL_NONE && x->tags && xpos_is(x, i - 1, "NNP") &&
      xpos_is(x, i + 1, "NNP"))
    return false;
  return true;
}

/* Years, decades, centuries and numeric dates. */
static bool holiday_date(int kind, int64_t y, bool eve, int *m, int *d);

/* The end of the words of the holiday at i (capitalised, with its "Day",
 * "Eve" or Easter's "Sunday"; Election only with its "Day"), with *eve;
 * or 0. */
static uint32_t holiday_words(const nm_tg_ctx *x, uint32_t i, bool *eve) {
  const nm_tg_tok *t = tk(x, i);
  *eve = false;
  if (i >= x->n || t->e.cls != NM_TL_HOLIDAY || !t->cap) return 0;
  uint32_t j = i + 1;
  if (t->e.v == NM_TL_HOL_ELECTION && !(is_w(x, j, NM_TW_DAY) && tk(x, j)->cap)) return 0;
  if (is_w(x, j, NM_TW_DAY) && tk(x, j)->cap)
    j++;
  else if (is_w(x, j, NM_TW_EVE) && t->e.v == NM_TL_HOL_CHRISTMAS)
    *eve = true, j++;
  else if (t->e.v == NM_TL_HOL_EASTER && text_is(x, j, "sunday"))
    j++;
  return j;
}

/* The holiday at i in year y, as a day; its end, or 0. */
static uint32_t year_holiday(const nm_tg_ctx *x, uint32_t i, int64_t y, mres *r) {
  bool eve;
  uint32_t j = holiday_words(x, i, &eve);
  if (!j) return 0;
  const nm_tg_tok *t = tk(x, i);
  int m, d;
  if (!holiday_date(t->e.v, y, eve, &m, &d)) return 0;
  set_day(r, date_point(y, m, d));
  return j;
}

static uint32_t year_like(const nm_tg_ctx *x, uint32_t i, mres *r) {
  const nm_tg_tok *t = tk(x, i);
  int64_t y;
  if (t->e.w == NM_TW_FISCAL && year_num(x, i + 1, &y)) {
    set_point(r, year_point(y, NM_TG_YEAR));
    return i + 2;
  }
  if (year_num(x, i, &y)) {
    if (!plausible_year(x, i, y)) return 0;
    /* "the 2019 Easter Sunday bombings": a holiday of that year */
    uint32_t e = year_holiday(x, i + 1, y, r);
    if (e) return e;
    set_point(r, year_point(y, NM_TG_YEAR));
    return i + 1;
  }
  uint32_t e;
  if (spoken_year(x, i, &y, &e)) {
    set_point(r, year_point(y, NM_TG_YEAR));
    return e;
  }
  switch (t->nk) {
  case NM_NK_DECADE: {
    int64_t dec = t->a;
    if (t->c && i > 0 &&
        (xpos_is(x, i - 1, "PRP$") || text_is(x, i - 1, "his") || text_is(x, i - 1, "her") ||
         text_is(x, i - 1, "their")))
      return 0; /* "in his 30s": an age */
    if (t->c) { /* "'90s", "90s" */
      int64_t full = two_digit_year(x, (int)(dec * 10 % 100));
      dec = full / 10;
    }
    set_point(r, year_point(dec, NM_TG_DECADE));
    return i + 1;
  }
  case NM_NK_APOSYEAR: {
    if (i == 0) return 0;
    const nm_tg_tok *p = &x->f[i - 1];
    if (!(p->e.w == NM_TW_IN || p->e.w == NM_TW_SINCE || p->e.w == NM_TW_OF ||
          p->e.w == NM_TW_UNTIL || p->e.w == NM_TW_FROM || p->e.w == NM_TW_THE ||
          p->e.cls == NM_TL_MONTH || p->e.cls == NM_TL_SEASON))
      return 0;
    set_point(r, year_point(two_digit_year(x, t->a), NM_TG_YEAR));
    return i + 1;
  }
  case NM_NK_ISO:
    if (!valid_date(t->a, t->b, t->c)) return 0;
    set_day(r, date_point(t->a, t->b, t->c));
    return i + 1;
  case NM_NK_SLASH: {
    /* month/day/year, as American news writes it */
    int64_t yy = t->c;
    if (yy < 100) yy = two_digit_year(x, (int)yy);
    if (yy < 1000 || !valid_date(yy, t->a, t->b)) return 0;
    set_day(r, date_point(yy, t->a, t->b));
    return i + 1;
  }
  default: break;
  }
  /* "20th century", "the twentieth century" (the article stays out) */
  int o;
  if (ordinal(x, i, &o) && is_cls(x, i + 1, NM_TL_UNIT) && tk(x, i + 1)->e.v == NM_TU_CENTURY &&
      !is_plural(x, i + 1) && o >= 1 && o <= 30) {
    set_point(r, year_point(o - 1, NM_TG_CENTURY));
    return i + 2;
  }
  return 0;
}

/* Clock times: "10:35 a.m.", "5 p.m. EST", "noon", "4 a.m. EDT
 * Thursday", "14:58 UTC". The day is the one named after the time, else
 * the day in play. */
static uint32_t clock(const nm_tg_ctx *x, uint32_t i, mres *r) {
  const nm_tg_tok *t = tk(x, i);
  int h = -1, mi = 0, ap = -1;
  uint32_t j = i + 1;
  if (t->nk == NM_NK_CLOCK) {
    h = t->a;
    mi = t->b;
    ap = t->c;
  } else if (t->nk == NM_NK_INT && t->ndig <= 2 && t->a >= 1 && t->a <= 12 &&
             (is_cls(x, j, NM_TL_AMPM) || is_w(x, j, NM_TW_OCLOCK))) {
    h = t->a;
  } else if (t->e.cls == NM_TL_CLOCKWORD) {
    if (t->cap && i > 0 && x->f[i - 1].cap) return 0; /* "High Noon" */
    h = t->e.v;
  } else if (t->nk == NM_NK_INT && t->ndig <= 2 && t->a >= 1 && t->a <= 12 && i > 0 &&
             text_is(x, i - 1, "at") && is_w(x, j, NM_TW_IN) && is_w(x, j + 1, NM_TW_THE) &&
             is_cls(x, j + 2, NM_TL_PART) && !is_plural(x, j + 2) &&
             tk(x, j + 2)->e.v != NM_TP_NI) {
    /* "at 4 in the morning", "at 6 in the evening" */
    h = t->a;
    int part = tk(x, j + 2)->e.v;
    ap = part == NM_TP_MO ? 0 : (part == NM_TP_AF || part == NM_TP_EV) ? 12 : -1;
    j += 3;
  } else {
    return 0;
  }
  if (ap < 0 && is_cls(x, j, NM_TL_AMPM)) {
    ap = tk(x, j)->e.v;
    j++;
  } else if (is_w(x, j, NM_TW_OCLOCK)) {
    j++;
  }
  if (ap == 12 && h < 12) h += 12;
  if (ap == 0 && h == 12) h = 0;
  if (h > 24 || mi > 59) return 0;
  int utc = 0;
  if (is_cls(x, j, NM_TL_TZ) && tk(x, j)->cap) {
    utc = tk(x, j)->e.v;
    j++;
  }
  /* the day named in this sentence or the one before, else the article
   * date ("began at 6 a.m.") */
  nm_tc_point day =
      x->has_ref && (x->sentence - x->ref_sentence <= 1 || !x->has_dct) ? x->ref : dct_day(x);
  mres dr;
  memset(&dr, 0, sizeof dr);
  uint32_t k = is_punct(x, j, ',') ? j + 1 : j;
  bool aside = false;
  if (is_punct(x, k, '(')) {
    /* "10:35 a.m. (0735 GMT) Friday": Friday's time, but Friday is an
     * expression of its own */
    uint32_t c = k + 1;
    while (c < x->n && c < k + 6 && !is_punct(x, c, ')'))
      c++;
    if (is_punct(x, c, ')') && is_cls(x, c + 1, NM_TL_WEEKDAY)) {
      k = c + 1;
      aside = true;
    }
  } else if (text_is(x, k, "on") && (is_cls(x, k + 1, NM_TL_WEEKDAY) || is_month(x, k + 1))) {
    /* "at 9:45 p.m. on Monday": Monday's time; "on Monday" is an
     * expression of its own */
    k++;
    aside = true;
  }
  uint32_t e = weekday(x, k, &dr);
  if (!e) e = deictic(x, k, &dr);
  if (!e) e = month_date(x, k, &dr, -1);
  if (e && dr.point && dr.p.gran == NM_TG_DAY && is_cls(x, k, NM_TL_WEEKDAY) && until_ahead(x, i) &&
      !is_month(x, k + 1) && !is_month(x, k + 2))
    /* "until 9 a.m. Tuesday" */
    dr.p = weekday_day(x, tk(x, k)->e.v, NM_TENSE_FUTURE, 0);
  if (e && dr.point && dr.p.gran == NM_TG_DAY) {
    day = dr.p;
    day.part = 0;
    if (!aside) j = e;
  }
  day.gran = NM_TG_MINUTE;
  day.h = (int8_t)h;
  day.mi = (int8_t)mi;
  day.part = 0;
  day.utc = (int8_t)utc;
  set_point(r, day);
  return j;
}

/* A part of the day with a modifier: "mid afternoon", "late evening",
 * "mid-afternoon yesterday": the day named after it, else the day named in
 * the sentence or the one before, else the article date (as for clock
 * times). */
static uint32_t day_part(const nm_tg_ctx *x, uint32_t i, mres *r) {
  uint32_t j = i;
  bool mod = tk(x, i)->mid;
  if (!mod && is_cls(x, i, NM_TL_POSMOD)) {
    mod = true;
    j = i + 1;
    if (joins(x, j)) j++;
  }
  bool the_part = !mod && is_w(x, i, NM_TW_THE) && i > 0 &&
                  (is_w(x, i - 1, NM_TW_IN) || is_w(x, i - 1, NM_TW_DURING)) && x->has_ref &&
                  x->sentence - x->ref_sentence <= 1;
  if (the_part) {
    /* "orders poured in in the morning" after a day was named */
    mod = true;
    j = i + 1;
  }
  if (!mod || !is_cls(x, j, NM_TL_PART) || is_plural(x, j)) return 0;
  if (the_part && (tk(x, j)->e.v == NM_TP_NI || is_w(x, j + 1, NM_TW_OF))) return 0;
  if (j == i + 2 && x->tags && j + 1 < x->n &&
      (xpos_is(x, j + 1, "NN") || xpos_is(x, j + 1, "NNS")))
    return 0; /* "a late-night call": an adjective */
  int part = tk(x, j)->e.v;
  nm_tc_point day =
      x->has_ref && (x->sentence - x->ref_sentence <= 1 || !x->has_dct) ? x->ref : dct_day(x);
  uint32_t e = j + 1;
  mres dr;
  memset(&dr, 0, sizeof dr);
  uint32_t k = weekday(x, e, &dr);
  if (!k) k = deictic(x, e, &dr);
  if (k && dr.point && dr.p.gran == NM_TG_DAY && !dr.p.part) {
    day = dr.p;
    e = k;
  }
  day.gran = NM_TG_DAY;
  day.part = (int8_t)part;
  set_point(r, day);
  return e;
}

/* Quarters and halves: "the third quarter", "third-quarter", "the first
 * half of 2009", "the fourth quarter of this year". */
static uint32_t quarter(const nm_tg_ctx *x, uint32_t i, mres *r, bool the) {
  uint32_t j = i;
  int64_t y = -2;
  /* "this year's third quarter", "next year's first half" */
  if (!the && (is_w(x, j, NM_TW_THIS) || is_w(x, j, NM_TW_LAST) || is_w(x, j, NM_TW_NEXT)) &&
      is_w(x, j + 1, NM_TW_YEAR) && is_poss(x, j + 2)) {
    y = x->has_dct ? x->dct.y + tk(x, j)->e.v : -1;
    j += 3;
  }
  if (is_w(x, j, NM_TW_FISCAL)) j++;
  int o;
  bool last_half =
      the && (is_w(x, j, NM_TW_LAST) || text_is(x, j, "latter")) && is_w(x, j + 1, NM_TW_HALF);
  if (last_half)
    o = 2; /* "the last half of 1989": the second, with its year named */
  else if (!ordinal(x, j, &o))
    return 0;
  j++;
  bool hyph = joins(x, j);
  if (hyph && the) return 0; /* "the third-quarter loss": the article is the noun's */
  if (hyph) j++;
  int gran;
  if (is_cls(x, j, NM_TL_UNIT) && tk(x, j)->e.v == NM_TU_QUARTER && !is_plural(x, j))
    gran = NM_TG_QUARTER;
  else if (is_w(x, j, NM_TW_HALF))
    gran = NM_TG_HALF;
  else
    return 0;
  if (o < 1 || o > (gran == NM_TG_QUARTER ? 4 : 2)) return 0;
  j++;
  if (y != -2) {
    /* the year came first */
  } else if (!hyph && is_w(x, j, NM_TW_OF)) {
    int64_t yy;
    uint32_t dk = is_w(x, j + 1, NM_TW_THE) ? j + 2 : j + 1;
    if (gran == NM_TG_HALF && the && tk(x, dk)->nk == NM_NK_DECADE) {
      /* "the first half of the 1990s", "the last half of the '80s": a
       * half of a decade has no value of its own, the decade stands for
       * it */
      uint32_t e = year_like(x, dk, r);
      if (e && r->point && r->p.gran == NM_TG_DECADE) return e;
      memset(r, 0, sizeof *r);
    }
    if (year_num(x, j + 1, &yy)) {
      y = yy;
      j += 2;
    } else if (is_w(x, j + 1, NM_TW_FISCAL) && year_num(x, j + 2, &yy)) {
      /* "the first quarter of fiscal 2013" */
      y = yy;
      j += 3;
    } else if ((is_w(x, j + 1, NM_TW_THIS) || is_w(x, j + 1, NM_TW_LAST) ||
                is_w(x, j + 1, NM_TW_NEXT)) &&
               is_w(x, j + 2, NM_TW_YEAR)) {
      y = x->has_dct ? x->dct.y + tk(x, j + 1)->e.v : -1;
      j += 3;
    } else if (is_w(x, j + 1, NM_TW_THE) && is_w(x, j + 2, NM_TW_YEAR)) {
      y = x->has_dct ? x->dct.y : -1;
      j += 3;
    }
  } else if (!hyph) {
    int64_t yy;
    if (year_num(x, j, &yy)) {
      y = yy;
      j++;
    }
  }
  if (y == -2 && last_half) return 0;
  if (y == -2) {
    /* a quarter not yet begun is last year's in the past tense */
    if (!x->has_dct) {
      y = -1;
    } else {
      int q0 = gran == NM_TG_QUARTER ? (x->dct.m - 1) / 3 + 1 : (x->dct.m <= 6 ? 1 : 2);
      int tense = nm_tg_tense(x, i, j);
      y = x->dct.y - (tense == NM_TENSE_PAST && o > q0);
    }
  }
  nm_tc_point p = year_point(y, gran);
  p.sub = (int8_t)o;
  set_point(r, p);
  (void)the;
  return j;
}

/* Seasons after a relative word or with a year: "last fall", "this
 * summer", "spring 2009", "the summer of 2009". */
static nm_tc_point season_point(const nm_tg_ctx *x, int s, int dir, int tense) {
  nm_tc_point p = year_point(-1, NM_TG_SEASON);
  p.sub = (int8_t)s;
  (void)tense; /* "this summer" is this year's, whatever the tense */
  if (!x->has_dct) return p;
  /* seasons numbered in order, winter counted with the year it starts in */
  int64_t y0 = x->dct.y;
  int m0 = x->dct.m;
  int64_t cur = m0 == 12  ? y0 * 4 + 3
                : m0 <= 2 ? (y0 - 1) * 4 + 3
                          : y0 * 4 + (m0 <= 5   ? 0
                                      : m0 <= 8 ? 1
                                                : 2);
  int64_t key;
  if (dir < 0) {
    key = cur - 1;
    while (((key % 4) + 4) % 4 != s - 1)
      key--;
  } else if (dir > 0) {
    key = cur + 1;
    while (((key % 4) + 4) % 4 != s - 1)
      key++;
  } else {
    key = (s == NM_TS_WI && m0 <= 2 ? y0 - 1 : y0) * 4 + (s - 1);
  }
  p.y = key >= 0 ? key / 4 : (key - 3) / 4;
  return p;
}

/* The date of a holiday in year y; false when the holiday is unknown. */
static bool holiday_date(int kind, int64_t y, bool eve, int *m, int *d) {
  switch (kind) {
  case NM_TL_HOL_THANKSGIVING: {
    /* the fourth Thursday of November (United States) */
    int w1 = nm_tc_weekday(nm_tc_days(y, 11, 1));
    *m = 11;
    *d = 1 + (4 - w1 + 7) % 7 + 21;
    return true;
  }
  case NM_TL_HOL_CHRISTMAS:
    *m = 12;
    *d = eve ? 24 : 25;
    return true;
  case NM_TL_HOL_HALLOWEEN:
    *m = 10;
    *d = 31;
    return true;
  case NM_TL_HOL_ELECTION: {
    /* the Tuesday after the first Monday of November (United States) */
    int w1 = nm_tc_weekday(nm_tc_days(y, 11, 1));
    *m = 11;
    *d = 1 + (1 - w1 + 7) % 7 + 1;
    return true;
  }
  case NM_TL_HOL_EASTER: {
    /* the Gregorian computus (Meeus/Jones/Butcher) */
    int64_t a = y % 19, b = y / 100, c = y % 100, dd = b / 4, e = b % 4;
    int64_t f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - dd - g + 15) % 30;
    int64_t i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int64_t mm = (a + 11 * h + 22 * l) / 451;
    *m = (int)((h + l - 7 * mm + 114) / 31);
    *d = (int)((h + l - 7 * mm + 114) % 31 + 1);
    return true;
  }
  default: return false;
  }
}

/* Holidays: "Thanksgiving", "Christmas Day", "Christmas Eve", "last
 * Thanksgiving" (rel -1), "Easter Sunday". The year is chosen as for a
 * month and day. */
static uint32_t holiday(const nm_tg_ctx *x, uint32_t i, mres *r, int rel) {
  const nm_tg_tok *t = tk(x, i);
  bool eve;
  uint32_t j = holiday_words(x, i, &eve);
  if (!j) return 0;
  /* "Easter week", "Christmas week": the ISO week that holds the day */
  bool week = j == i + 1 && is_cls(x, j, NM_TL_UNIT) && tk(x, j)->e.v == NM_TU_WEEK &&
              !is_plural(x, j) && !tk(x, j)->cap;
  if (week) j++;
  int m, d;
  /* "Christmas 2020": the holiday of the year after it */
  int64_t yy;
  if (!week && !rel && year_num(x, j, &yy) && plausible_year(x, j, yy) &&
      holiday_date(t->e.v, yy, eve, &m, &d)) {
    set_day(r, date_point(yy, m, d));
    return j + 1;
  }
  if (!x->has_dct) {
    if (!holiday_date(t->e.v, 2001, eve, &m, &d)) return 0;
    if (week) {
      set_value(r, NM_TIME_DATE, "XXXX-WXX");
      return j;
    }
    if (t->e.v == NM_TL_HOL_THANKSGIVING || t->e.v == NM_TL_HOL_EASTER) m = d = 0;
    set_point(r, date_point(-1, m, d));
    return j;
  }
  int tense = rel ? NM_TENSE_UNKNOWN : nm_tg_tense(x, i, j);
  int64_t best_y = x->dct.y;
  int64_t best = INT64_MAX;
  for (int64_t y = x->dct.y - 1; y <= x->dct.y + 1; y++) {
    if (!holiday_date(t->e.v, y, eve, &m, &d)) return 0;
    int64_t diff = nm_tc_days(y, m, d) - x->dct_z;
    /* a week that began before the article date may hold a later holiday */
    if ((rel < 0 || tense == NM_TENSE_PAST) && diff > (rel < 0 ? -1 : week ? 6 : 0)) continue;
    if ((rel > 0 || tense == NM_TENSE_FUTURE) && diff < (rel > 0 ? 1 : week ? -6 : 0)) continue;
    int64_t ad = diff < 0 ? -diff : diff;
    if (ad < best) {
      best = ad;
      best_y = y;
    }
  }
  holiday_date(t->e.v, best_y, eve, &m, &d);
  if (week) {
    nm_tc_point day = date_point(best_y, m, d);
    set_point(r, nm_tc_coarsen(&day, NM_TG_WEEK));
    return j;
  }
  set_day(r, date_point(best_y, m, d));
  return j;
}
static uint32_t holiday0(const nm_tg_ctx *x, uint32_t i, mres *r) { return holiday(x, i, r, 0); }

/* Counts of units: "four months", "a day", "10-year", "two years ago",
 * "a year earlier", "three days from now", "$5 a day" (a set). */
static uint32_t season_expr(const nm_tg_ctx *x, uint32_t i, mres *r) {
  uint32_t j = i;
  bool the = is_w(x, j, NM_TW_THE);
  if (the) j++;
  if (!is_cls(x, j, NM_TL_SEASON)) return 0;
  const nm_tg_tok *t = tk(x, j);
  int64_t y;
  /* "spring 2009", "the summer of 2009" */
  uint32_t k = is_w(x, j + 1, NM_TW_OF) ? j + 2 : j + 1;
  if (year_num(x, k, &y) && (k == j + 1 || the)) {
    nm_tc_point p = year_point(y, NM_TG_SEASON);
    p.sub = (int8_t)t->e.v;
    set_point(r, p);
    return k + 1;
  }
  if (t->e.flags & NM_TLF_AMBIG) return 0; /* "fall" is a verb too */
  /* "the summer", "in spring": this year's or last by tense */
  bool cue = the || (i > 0 && (x->f[i - 1].e.w == NM_TW_IN || x->f[i - 1].e.w == NM_TW_DURING ||
                               x->f[i - 1].e.w == NM_TW_SINCE || x->f[i - 1].e.w == NM_TW_UNTIL ||
                               x->f[i - 1].e.w == NM_TW_BY));
  if (!cue || is_w(x, j + 1, NM_TW_OF)) return 0;
  if (x->tags && j + 1 < x->n && (xpos_is(x, j + 1, "NN") || xpos_is(x, j + 1, "NNS")))
    return 0; /* "the summer camp" */
  nm_tc_point p = season_point(x, t->e.v, 0, NM_TENSE_UNKNOWN);
  if (x->has_dct && nm_tg_tense(x, i, j + 1) == NM_TENSE_PAST) {
    nm_tc_point cur = nm_tc_coarsen(&x->dct, NM_TG_SEASON);
    if (p.sub > cur.sub) p.y--;
  }
  set_point(r, p);
  return j + 1;
}

static uint32_t count_units(const nm_tg_ctx *x, uint32_t i, mres *r) {
  qnum q;
  if ((is_w(x, i, NM_TW_A) || is_w(x, i, NM_TW_AN)) && number_at(x, i + 1, &q, false) && q.v > 0 &&
      joins(x, q.end) && is_cls(x, q.end + 1, NM_TL_UNIT) && !is_plural(x, q.end + 1) &&
      text_is(x, q.end + 2, "period")) {
    /* "over a three-year period": the article and the noun are in the
     * extent, as TimeBank marks it ("the extra seven-day period" keeps
     * the noun out) */
    r->quantity = true;
    set_duration(r, q.v, tk(x, q.end + 1)->e.v, q.half);
    return q.end + 3;
  }
  if (!number_at(x, i, &q, true)) return 0;
  uint32_t j = q.end;
  bool hyph = joins(x, j);
  if (hyph) j++;
  /* "20 more years", "six straight days", "eight trading days" */
  if (!hyph &&
      (is_w(x, j, NM_TW_MORE) || is_w(x, j, NM_TW_STRAIGHT) || is_w(x, j, NM_TW_CONSECUTIVE) ||
       is_w(x, j, NM_TW_TRADING) || is_w(x, j, NM_TW_BUSINESS) || is_w(x, j, NM_TW_FULL) ||
       text_is(x, j, "additional") || text_is(x, j, "extra")))
    j++; /* also "an additional year", "two extra days" */
  if (!is_cls(x, j, NM_TL_UNIT)) return 0;
  int u = tk(x, j)->e.v;
  bool plural = is_plural(x, j);
  if (q.article && plural) return 0;
  if (hyph && plural) return 0;
  if (q.article && (u == NM_TU_SECOND || u == NM_TU_QUARTER)) {
    /* "a second A380", "a quarter of its dealers": no durations */
    const nm_tg_tok *n = tk(x, j + 1);
    bool ok = n->e.cls == NM_TL_AGO ||
              (u == NM_TU_SECOND &&
               (j + 1 >= x->n || n->cls_punct || n->e.w == NM_TW_AND || n->e.w == NM_TW_OR));
    if (!ok) return 0;
  }
  if (q.v == 0 && !q.half) return 0;
  j++;
  /* "a year and a half" */
  if (!q.half && q.v == 1 && is_w(x, j, NM_TW_AND) && is_w(x, j + 1, NM_TW_A) &&
      is_w(x, j + 2, NM_TW_HALF)) {
    q.half = true;
    j += 3;
  }
  /* "a year-earlier loss", "a year-long siege": the article is the noun's
   * and the compound an expression of its own */
  if (q.article && joins(x, j)) return 0;
  /* ages: "10-year-old", "ten years old" */
  if (is_w(x, j, NM_TW_OLD) || (joins(x, j) && is_w(x, j + 1, NM_TW_OLD))) return 0;
  /* "will one day be", "hopes he one day follows": "one day" before a
   * verb is an indefinite time, not a span (the past one when the clause
   * is past: "she one day decided") */
  if (!hyph && !q.article && q.v == 1 && !q.half && u == NM_TU_DAY && !plural && x->tags &&
      j < x->n && xpos(x, j)[0] == 'V' && xpos(x, j)[1] == 'B' && xpos(x, j)[2] != 'G' &&
      xpos(x, j)[2] != 'N' && !(i > 0 && (xpos_is(x, i - 1, "IN") || xpos_is(x, i - 1, "TO")))) {
    set_value(r, NM_TIME_DATE, nm_tg_tense(x, i, j) == NM_TENSE_PAST ? "PAST_REF" : "FUTURE_REF");
    return j;
  }
  r->quantity = !q.article;
  if (hyph) {
    /* "a 10-year low": the unit is an adjective, the article is the noun's */
    if (joins(x, j) && is_w(x, j + 1, NM_TW_LONG))
      j += 2;
    else if (text_is(x, j, "term") || text_is(x, j, "history"))
      j++; /* "its one-year term", "the firm's 41-year history": the span's own noun */
    set_duration(r, q.v, u, q.half);
    return j;
  }
  /* "two years ago", "three days earlier", "a week from now" */
  const nm_tg_tok *a = tk(x, j);
  bool hence = a->e.w == NM_TW_HENCE;
  bool from_now = (is_w(x, j, NM_TW_FROM) && is_w(x, j + 1, NM_TW_NOW)) || hence;
  /* "terms of up to four years earlier this year": "earlier" opens the
   * point after it ("earlier this year", "later that day", "earlier
   * Sunday"), and the amount before it is a span of its own */
  if ((a->e.w == NM_TW_EARLIER || a->e.w == NM_TW_LATER) && q.v >= 0) {
    const nm_tg_tok *b = tk(x, j + 1);
    if (b->e.w == NM_TW_THIS || b->e.w == NM_TW_THAT || b->e.cls == NM_TL_DEICTIC ||
        b->e.cls == NM_TL_WEEKDAY) {
      set_duration(r, q.v, u, q.half);
      return j;
    }
  }
  if (a->e.w == NM_TW_AGO || a->e.w == NM_TW_EARLIER || a->e.w == NM_TW_LATER || from_now) {
    int dir = a->e.w == NM_TW_LATER || from_now ? 1 : -1;
    bool anaphoric = a->e.w == NM_TW_EARLIER || a->e.w == NM_TW_LATER;
    /* "nearly a year ago", "more than a week earlier": the article counts
     * here, and an approximator joins it as it joins "nearly two years
     * ago" */
    r->quantity = true;
    uint32_t e = from_now && !hence ? j + 2 : j + 1;
    if (q.v < 0) {
      if (a->e.w == NM_TW_AGO) {
        set_value(r, NM_TIME_DATE, "PAST_REF");
        return e;
      }
      if (from_now) return 0;
      /* "a few days later": the span */
      set_duration(r, -1, u, 0);
      return j;
    }
    nm_tc_point base = anaphoric ? ref_day(x) : dct_day(x);
    int g = unit_gran(u);
    if (a->e.w == NM_TW_LATER || (u < NM_TU_DAY && anaphoric)) {
      /* "three days later", "40 minutes later": the span; "later" is a
       * signal, as TimeBank marks it */
      set_duration(r, q.v, u, q.half);
      return j;
    }
    if (q.half && u == NM_TU_YEAR) {
      /* "2 1/2 years ago": the month */
      nm_tc_point p = period_of(base, NM_TU_MONTH, dir * (q.v * 12 + 6));
      set_point(r, p);
      return e;
    }
    if (g < 0 || q.half) {
      /* hours and minutes ago: the day */
      if (u > NM_TU_DAY) return 0;
      set_point(r, base);
      r->type = NM_TIME_DATE;
      return e;
    }
    if (u == NM_TU_YEAR && dir < 0 && q.v == 1 && years_back_in_play(x, 1, r)) return e;
    nm_tc_point p;
    if (g == NM_TG_WEEK)
      p = nm_tc_coarsen(&base, NM_TG_WEEK), nm_tc_shift(&p, dir * q.v);
    else
      p = period_of(base, u, dir * q.v);
    if (g == NM_TG_DAY)
      set_day(r, p);
    else
      set_point(r, p);
    return e;
  }
  /* "$5 a day", "15 a year": a rate */
  if (q.article && i > 0 && !plural) {
    const char *px = xpos(x, i - 1);
    if (strcmp(px, "CD") == 0 || strcmp(px, "NNS") == 0 || tk(x, i - 1)->nk != NM_NK_NONE ||
        is_w(x, i - 1, NM_TW_ONCE) || is_w(x, i - 1, NM_TW_TWICE) || is_w(x, i - 1, NM_TW_TIMES)) {
      set_duration(r, 1, u, 0);
      r->type = NM_TIME_SET;
      return j;
    }
  }
  set_duration(r, q.v, u, q.half);
  return j;
}

/* The first count of a range: "between 60 and 90 days", "two to six
 * days": the count with the unit of the second (an expression of its
 * own). */
static uint32_t range_first(const nm_tg_ctx *x, uint32_t i, mres *r) {
  qnum q, q2;
  if (!number_at(x, i, &q, false) || q.v <= 0 || q.half) return 0;
  uint32_t j = q.end;
  if (!(is_w(x, j, NM_TW_TO) || is_w(x, j, NM_TW_AND) || is_w(x, j, NM_TW_OR))) return 0;
  if (!number_at(x, j + 1, &q2, false) || q2.v <= q.v || q2.half) return 0;
  if (!is_cls(x, q2.end, NM_TL_UNIT) || !is_plural(x, q2.end) || joins(x, q2.end + 1) ||
      is_w(x, q2.end + 1, NM_TW_OLD))
    return 0;
  /* "the next 12 to 18 months" is one span */
  if (i > 0 && (x->f[i - 1].e.cls == NM_TL_REL || x->f[i - 1].e.w == NM_TW_THE)) return 0;
  set_duration(r, q.v, tk(x, q2.end)->e.v, 0);
  r->quantity = true;
  return j;
}

/* Bare plural units after a preposition or before "ago"/"later": "for
 * months", "in years", "hours after", "years ago". */
static uint32_t bare_units(const nm_tg_ctx *x, uint32_t i, mres *r) {
  if (!is_cls(x, i, NM_TL_UNIT) || !is_plural(x, i)) return 0;
  if (i > 0 && (x->f[i - 1].nk != NM_NK_NONE || x->f[i - 1].e.cls == NM_TL_NUMBER ||
                x->f[i - 1].e.cls == NM_TL_FEW))
    return 0; /* part of a count the rules did not take */
  int u = tk(x, i)->e.v;
  if (u == NM_TU_SECOND || u == NM_TU_WEEKEND || u == NM_TU_QUARTER) return 0;
  if (is_w(x, i + 1, NM_TW_AGO)) {
    set_value(r, NM_TIME_DATE, "PAST_REF");
    return i + 2;
  }
  bool ok = is_w(x, i + 1, NM_TW_AFTER) || is_w(x, i + 1, NM_TW_BEFORE) ||
            is_w(x, i + 1, NM_TW_LATER) || is_w(x, i + 1, NM_TW_EARLIER);
  if (!ok && i > 0) {
    /* "in just minutes", "for only hours": the adverb stays out */
    uint32_t k = i - 1;
    if (k > 0 && (text_is(x, k, "just") || text_is(x, k, "only"))) k--;
    int w = x->f[k].e.w;
    ok = (w == NM_TW_FOR || w == NM_TW_IN || w == NM_TW_WITHIN) && !is_w(x, i + 1, NM_TW_OF);
  }
  if (!ok) return 0;
  set_duration(r, -1, u, 0);
  return i + 1;
}

/* "for a while": a span of unknown length and unit; "at a later date":
 * a time ahead. */
static uint32_t a_while(const nm_tg_ctx *x, uint32_t i, mres *r) {
  if (is_w(x, i, NM_TW_A) && (is_w(x, i + 1, NM_TW_LATER) || text_is(x, i + 1, "future")) &&
      text_is(x, i + 2, "date")) {
    set_value(r, NM_TIME_DATE, "FUTURE_REF");
    return i + 3;
  }
  if (!is_w(x, i, NM_TW_A) || !text_is(x, i + 1, "while") || i == 0 || !is_w(x, i - 1, NM_TW_FOR))
    return 0;
  set_value(r, NM_TIME_DURATION, "PXX");
  return i + 2;
}

/* Relative words: "last week", "next year", "this month", "last
 * October", "next Tuesday", "last fall", "this morning", "last night",
 * "the past four months", "the next day", "the previous year". */
static uint32_t m_rel(const nm_tg_ctx *x, uint32_t i, mres *r, bool the) {
  const nm_tg_tok *t = tk(x, i);
  if (t->e.cls != NM_TL_REL) return 0;
  int w = t->e.w, dir = t->e.v;
  /* "expected to last two days", "could last weeks": the verb, whose
   * span the count alone gives */
  if (w == NM_TW_LAST && !the && i > 0 &&
      (is_w(x, i - 1, NM_TW_TO) || xpos_is(x, i - 1, "MD") || xpos_is(x, i, "VB")))
    return 0;
  uint32_t j = i + 1;
  if (w == NM_TW_THIS && (is_w(x, j, NM_TW_PAST) || is_w(x, j, NM_TW_COMING))) {
    w = tk(x, j)->e.w;
    dir = tk(x, j)->e.v;
    j++;
  }
  /* "the current fiscal year", "last fiscal year": the fiscal year is
   * named as the calendar one is */
  if (is_w(x, j, NM_TW_FISCAL) && is_cls(x, j + 1, NM_TL_UNIT) && !is_plural(x, j + 1) &&
      (tk(x, j + 1)->e.v == NM_TU_YEAR || tk(x, j + 1)->e.v == NM_TU_QUARTER))
    j++;
  bool anaphoric =
      w == NM_TW_PREVIOUS || w == NM_TW_PRECEDING || w == NM_TW_FOLLOWING || w == NM_TW_SAME;
  bool span_word = w == NM_TW_PAST || w == NM_TW_LAST || w == NM_TW_NEXT || w == NM_TW_COMING ||
                   w == NM_TW_PREVIOUS || w == NM_TW_FOLLOWING || w == NM_TW_PRECEDING ||
                   w == NM_TW_UPCOMING;
  /* counts: "the past four months", "last two years", "the next few days" */
  qnum q;
  /* "the latest nine months": a reported span */
  if (the && w == NM_TW_LATEST) span_word = true;
  qnum q2;
  if (the && span_word && number_at(x, j, &q, false) && q.v > 0 && !q.half &&
      (is_w(x, q.end, NM_TW_TO) || (tk(x, q.end)->hyphen && !joins(x, q.end))) &&
      number_at(x, q.end + 1, &q2, false) && q2.v > q.v && !q2.half &&
      is_cls(x, q2.end, NM_TL_UNIT) && is_plural(x, q2.end) && !joins(x, q2.end + 1)) {
    /* "the next 12 to 18 months": one span of an unknown length */
    set_duration(r, -1, tk(x, q2.end)->e.v, 0);
    return q2.end + 1;
  }
  if (span_word && number_at(x, j, &q, false) && is_cls(x, q.end, NM_TL_UNIT) &&
      (is_plural(x, q.end) || q.v == 1)) {
    set_duration(r, q.v, tk(x, q.end)->e.v, q.half);
    return q.end + 1;
  }
  if (is_cls(x, j, NM_TL_UNIT)) {
    int u = tk(x, j)->e.v;
    if (tk(x, j)->cap && t->cap && i > 0) return 0; /* ABC's "This Week" */
    if (is_plural(x, j)) {
      /* "the coming weeks", "the past years" */
      if (!the || !span_word || u == NM_TU_SECOND) return 0;
      set_duration(r, -1, u, 0);
      return j + 1;
    }
    if (u == NM_TU_DAY) {
      /* "the next day", "the previous day", "the same day" */
      if (!the || !(anaphoric || w == NM_TW_NEXT)) return 0;
      set_day(r, day_plus(ref_day(x), dir));
      return j + 1;
    }
    if (unit_gran(u) < 0) {
      /* "the past hour": a duration */
      if (!the || !(w == NM_TW_PAST || w == NM_TW_LAST)) return 0;
      set_duration(r, 1, u, 0);
      return j + 1;
    }
    if (the && (w == NM_TW_PAST || w == NM_TW_LAST) && (u == NM_TU_YEAR || u == NM_TU_DECADE)) {
      /* "in the past year", "the last decade": TimeBank and MEANTIME give
       * the calendar year (decade) before the article's, as for "last
       * year" */
      set_point(r, period_of(dct_day(x), u, -1));
      return j + 1;
    }
    if (the && (w == NM_TW_PAST || w == NM_TW_LAST || w == NM_TW_NEXT || w == NM_TW_COMING) &&
        u != NM_TU_QUARTER && u != NM_TU_WEEKEND) {
      /* "the past year": the year up to now */
      set_duration(r, 1, u, 0);
      return j + 1;
    }
    if (w == NM_TW_LATEST || (w == NM_TW_CURRENT && !the) || (w == NM_TW_SAME && !the)) return 0;
    nm_tc_point base = anaphoric ? ref_day(x) : dct_day(x);
    if (u == NM_TU_WEEKEND) {
      nm_tc_point p = nm_tc_coarsen(&base, NM_TG_WEEKEND);
      if (dir) nm_tc_shift(&p, dir);
      set_point(r, p);
      return j + 1;
    }
    set_point(r, anaphoric ? anaphor_period(x, u, dir) : period_of(base, u, dir));
    return j + 1;
  }
  if (the && (w == NM_TW_PREVIOUS || w == NM_TW_PRECEDING || w == NM_TW_FOLLOWING) &&
      is_cls(x, j, NM_TL_WEEKDAY) && tk(x, j)->cap && !is_plural(x, j)) {
    /* "the previous Friday": the one before the day in play */
    nm_tc_point d = ref_day(x);
    if (d.y < 0) {
      d.wd = (int8_t)tk(x, j)->e.v;
      set_point(r, d);
      return j + 1;
    }
    int64_t z = nm_tc_point_days(&d);
    int w0 = nm_tc_weekday(z), wd = tk(x, j)->e.v;
    int back = (w0 - wd + 7) % 7, fwd = (wd - w0 + 7) % 7;
    set_day(r, nm_tc_day_point(z + (dir < 0 ? -(back ? back : 7) : (fwd ? fwd : 7))));
    return with_part(x, j + 1, r);
  }
  if (the || anaphoric || w == NM_TW_LATEST || w == NM_TW_CURRENT) return 0;
  if (is_month(x, j) && !(tk(x, j)->e.flags & NM_TLF_AMBIG && !tk(x, j)->cap)) {
    int m = tk(x, j)->e.v;
    /* "shot last Oct. 23": the month and its day are the time, found at
     * the month; "last" is left out, as TimeBank and AQUAINT mark it */
    {
      mres md;
      memset(&md, 0, sizeof md);
      if (month_date(x, j, &md, -1) > j + 1 && md.point && md.p.gran == NM_TG_DAY) return 0;
    }
    int64_t y = -1;
    if (x->has_dct) {
      y = x->dct.y;
      if (dir < 0 && m >= x->dct.m) y--;
      if (dir > 0 && m <= x->dct.m) y++;
    }
    set_point(r, month_point(y, m));
    return j + 1;
  }
  if (is_cls(x, j, NM_TL_WEEKDAY) && tk(x, j)->cap && !is_plural(x, j)) {
    int tense = dir == 0 ? nm_tg_tense(x, i, j + 1) : NM_TENSE_UNKNOWN;
    set_day(r, weekday_day(x, tk(x, j)->e.v, tense, dir));
    return with_part(x, j + 1, r);
  }
  if (is_cls(x, j, NM_TL_HOLIDAY) && w != NM_TW_PAST) return holiday(x, j, r, dir);
  if (is_cls(x, j, NM_TL_SEASON)) {
    int tense = dir == 0 ? nm_tg_tense(x, i, j + 1) : NM_TENSE_UNKNOWN;
    set_point(r, season_point(x, tk(x, j)->e.v, dir, tense));
    return j + 1;
  }
  if (is_cls(x, j, NM_TL_PART)) {
    /* "this morning", "last night" */
    int part = tk(x, j)->e.v;
    if (w == NM_TW_THIS && part != NM_TP_NI) {
      nm_tc_point p = dct_day(x);
      p.part = (int8_t)part;
      set_day(r, p);
      return j + 1;
    }
    if (w == NM_TW_LAST && (part == NM_TP_NI || part == NM_TP_EV)) {
      nm_tc_point p = day_plus(dct_day(x), -1);
      p.part = (int8_t)part;
      set_day(r, p);
      return j + 1;
    }
  }
  return 0;
}

/* "until then", "by then", "by that time": the day named in the
 * sentence or the one before (a deadline restated). "since then" and
 * "during that time" look back over a span and are left. */
static uint32_t then_day(const nm_tg_ctx *x, uint32_t i, mres *r) {
  if (i == 0 || !x->has_ref || x->sentence - x->ref_sentence > 1) return 0;
  if (!is_w(x, i - 1, NM_TW_UNTIL) && !is_w(x, i - 1, NM_TW_BY)) return 0;
  uint32_t e;
  if (is_w(x, i, NM_TW_THEN))
    e = i + 1;
  else if (is_w(x, i, NM_TW_THAT) && text_is(x, i + 1, "time"))
    e = i + 2;
  else
    return 0;
  set_day(r, x->ref);
  return e;
}

/* Whether "that" at i opens a clause after a verb of saying or knowing
 * ("said that October was the worst month"). */
static bool that_complementizer(const nm_tg_ctx *x, uint32_t i) {
  static const char *const verbs[] = {"say", "tell", "add", "announce", "report", "claim",
                                      "note", "warn", "insist", "argue", "show", "think",
                                      "believe", "know", "expect", "hope", "fear", "suggest",
                                      "confirm", "state", "find", "mean", "ensure", NULL};
  if (i == 0 || !x->tags || !x->tags[i - 1].lemma) return false;
  for (size_t k = 0; verbs[k]; k++)
    if (!strcmp(x->tags[i - 1].lemma, verbs[k])) return true;
  return false;
}

/* "that day", "that year", "that morning": the period in play. */
static uint32_t that_period(const nm_tg_ctx *x, uint32_t i, mres *r) {
  if (!is_w(x, i, NM_TW_THAT)) return 0;
  uint32_t j = i + 1;
  if (is_cls(x, j, NM_TL_UNIT) && !is_plural(x, j)) {
    int u = tk(x, j)->e.v;
    if (unit_gran(u) < 0 || u == NM_TU_DECADE || u == NM_TU_CENTURY) return 0;
    nm_tc_point p = u == NM_TU_DAY ? ref_day(x) : anaphor_period(x, u, 0);
    if (u == NM_TU_DAY)
      set_day(r, p);
    else
      set_point(r, p);
    return j + 1;
  }
  if (is_cls(x, j, NM_TL_PART)) {
    nm_tc_point p = ref_day(x);
    p.part = (int8_t)tk(x, j)->e.v;
    set_day(r, p);
    return j + 1;
  }
  /* "a truce in April 2022, which lapsed that October": the month of the
   * year in play */
  if (is_month(x, j) && !that_complementizer(x, i)) {
    set_point(r, month_point(anaphor_period(x, NM_TU_YEAR, 0).y, tk(x, j)->e.v));
    return j + 1;
  }
  return 0;
}

/* Sets: "every day", "each year", "every two weeks", "every Thursday",
 * "daily", "weekly", "twice a week". */
static uint32_t set_expr(const nm_tg_ctx *x, uint32_t i, mres *r) {
  const nm_tg_tok *t = tk(x, i);
  if (t->e.cls == NM_TL_SETADV) {
    if (t->e.w == NM_TW_DAYTIME) {
      set_value(r, NM_TIME_SET, "XXXX-XX-XXTNI");
      return i + 1;
    }
    set_duration(r, 1, t->e.v, 0);
    if (t->e.v == NM_TU_QUARTER) snprintf(r->v, sizeof r->v, "P3M");
    r->type = NM_TIME_SET;
    return i + 1;
  }
  uint32_t j = i + 1;
  if (t->e.w == NM_TW_ONCE || t->e.w == NM_TW_TWICE ||
      (t->nk == NM_NK_INT && t->a < 100 && is_w(x, j, NM_TW_TIMES)) ||
      (is_cls(x, i, NM_TL_NUMBER) && is_w(x, j, NM_TW_TIMES))) {
    if (is_w(x, j, NM_TW_TIMES)) j++;
    if (!(is_w(x, j, NM_TW_A) || is_w(x, j, NM_TW_AN) || is_w(x, j, NM_TW_PER) ||
          is_cls(x, j, NM_TL_EVERY)))
      return 0;
    j++;
    if (!is_cls(x, j, NM_TL_UNIT) || is_plural(x, j)) return 0;
    set_duration(r, 1, tk(x, j)->e.v, 0);
    r->type = NM_TIME_SET;
    return j + 1;
  }
  if (t->e.cls != NM_TL_EVERY) return 0;
  int64_t n = 1;
  if (is_w(x, j, NM_TW_OTHER)) {
    n = 2;
    j++;
  } else {
    qnum q;
    if (number_at(x, j, &q, false) && q.v > 0 && is_cls(x, q.end, NM_TL_UNIT) &&
        is_plural(x, q.end)) {
      n = q.v;
      j = q.end;
    }
  }
  const nm_tg_tok *u = tk(x, j);
  char v[24];
  if (u->e.cls == NM_TL_UNIT && (n > 1 || !(u->e.flags & NM_TLF_PLURAL))) {
    if (u->e.v == NM_TU_WEEKEND) {
      set_value(r, NM_TIME_SET, "XXXX-WXX-WE");
      return j + 1;
    }
    set_duration(r, n, u->e.v, 0);
    r->type = NM_TIME_SET;
    return j + 1;
  }
  if (u->e.cls == NM_TL_WEEKDAY && u->cap && n == 1) {
    snprintf(v, sizeof v, "XXXX-WXX-%d", u->e.v);
    uint32_t e = j + 1;
    if (is_cls(x, e, NM_TL_PART)) {
      static const char *const parts[] = {"", "MO", "MI", "AF", "EV", "NI"};
      snprintf(v, sizeof v, "XXXX-WXX-%dT%s", u->e.v, parts[tk(x, e)->e.v]);
      e++;
    }
    set_value(r, NM_TIME_SET, v);
    return e;
  }
  if (is_month(x, j) && n == 1) {
    snprintf(v, sizeof v, "XXXX-%02d", u->e.v);
    set_value(r, NM_TIME_SET, v);
    return j + 1;
  }
  if (u->e.cls == NM_TL_PART && n == 1) {
    static const char *const parts[] = {"", "MO", "MI", "AF", "EV", "NI"};
    snprintf(v, sizeof v, "XXXX-XX-XXT%s", parts[u->e.v]);
    set_value(r, NM_TIME_SET, v);
    return j + 1;
  }
  return 0;
}

/* References to the present, past and future: "now", "currently",
 * "recently", "recent years", "soon", "the future", "the past". */
static uint32_t ref_word(const nm_tg_ctx *x, uint32_t i, mres *r) {
  const nm_tg_tok *t = tk(x, i);
  static const char *const refs[] = {"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"};
  if (t->glued && joins(x, i + 1)) return 0; /* "now-cancelled", "soon-to-open" */
  if (t->e.cls == NM_TL_REF) {
    /* "Now, he says, ...": a sentence-opening "Now" set off by a comma
     * turns the story (a discourse marker, which TimeBank leaves
     * unmarked); "Now officials are investigating" stays a time */
    if (text_is(x, i, "now") && is_punct(x, i + 1, ',')) {
      uint32_t k = 0;
      while (k < i && x->f[k].cls_punct)
        k++;
      if (k == i) return 0;
    }
    set_value(r, NM_TIME_DATE, refs[t->e.v]);
    return i + 1;
  }
  if (t->e.w == NM_TW_MORE && text_is(x, i + 1, "recently")) {
    /* "more recently" ("right now" is "now" in TimeBank) */
    if (tk(x, i + 1)->glued && joins(x, i + 2)) return 0;
    set_value(r, NM_TIME_DATE, refs[tk(x, i + 1)->e.v]);
    return i + 2;
  }
  {
    /* "will soon move", "to soon grow", "may soon seek", "very soon": a
     * time ahead, in a clause that looks ahead only ("was soon released",
     * "as soon as", "soon after the vote" are no times) */
    uint32_t k = t->e.w == NM_TW_VERY ? i + 1 : i;
    if (is_w(x, k, NM_TW_SOON) && !(tk(x, k)->glued && joins(x, k + 1)) &&
        !(i > 0 && text_is(x, i - 1, "as")) && !text_is(x, k + 1, "as") &&
        !is_w(x, k + 1, NM_TW_AFTER) && !text_is(x, k + 1, "afterward") &&
        !text_is(x, k + 1, "afterwards") && !text_is(x, k + 1, "thereafter") &&
        ((i > 0 && xpos_is(x, i - 1, "MD")) || nm_tg_tense(x, k, k + 1) == NM_TENSE_FUTURE)) {
      set_value(r, NM_TIME_DATE, "FUTURE_REF");
      return k + 1;
    }
  }
  if (t->e.w == NM_TW_CURRENT && !is_w(x, i + 1, NM_TW_YEAR)) {
    set_value(r, NM_TIME_DATE, "PRESENT_REF");
    return i + 1;
  }
  if (t->e.w == NM_TW_RECENT && is_cls(x, i + 1, NM_TL_UNIT) && is_plural(x, i + 1)) {
    /* "recent years": an unspecified span up to now */
    set_duration(r, -1, tk(x, i + 1)->e.v, 0);
    return i + 2;
  }
  if ((t->e.w == NM_TW_COMING || t->e.w == NM_TW_UPCOMING) && i > 0 &&
      (x->f[i - 1].e.w == NM_TW_IN || x->f[i - 1].e.w == NM_TW_FOR ||
       x->f[i - 1].e.w == NM_TW_DURING || x->f[i - 1].e.w == NM_TW_WITHIN ||
       text_is(x, i - 1, "over")) &&
      is_cls(x, i + 1, NM_TL_UNIT) && is_plural(x, i + 1) && tk(x, i + 1)->e.v != NM_TU_SECOND) {
    /* "in coming weeks": a vague time ahead */
    set_value(r, NM_TIME_DATE, "FUTURE_REF");
    return i + 2;
  }
  if (t->e.w == NM_TW_THESE && is_w(x, i + 1, NM_TW_DAY) == false && is_cls(x, i + 1, NM_TL_UNIT) &&
      tk(x, i + 1)->e.v == NM_TU_DAY && is_plural(x, i + 1)) {
    set_value(r, NM_TIME_DATE, "PRESENT_REF");
    return i + 2;
  }
  return 0;
}

/* Phrases that start with "the" and are not counts or relative words:
 * "the future", "the near future", "the past", "the weekend", "the day
 * before yesterday", "the day before", "the summer of 2009". */
static uint32_t the_phrase(const nm_tg_ctx *x, uint32_t i, mres *r) {
  if (!is_w(x, i, NM_TW_THE)) return 0;
  uint32_t j = i + 1;
  /* "the quarter", "the latest quarter", "the latest period", "the
   * current quarter" in a story that has named a quarter: that quarter */
  if (x->has_refq) {
    uint32_t k = j;
    bool latest = is_w(x, k, NM_TW_LATEST) || is_w(x, k, NM_TW_CURRENT);
    if (latest) k++;
    bool q = is_cls(x, k, NM_TL_UNIT) && tk(x, k)->e.v == NM_TU_QUARTER && !is_plural(x, k);
    if ((q || (latest && is_w(x, k, NM_TW_PERIOD))) && !joins(x, k + 1) &&
        !is_w(x, k + 1, NM_TW_OF) && !(x->tags && k + 1 < x->n && xpos_is(x, k + 1, "NN"))) {
      nm_tc_point p = x->refq;
      if (is_w(x, j, NM_TW_CURRENT) && x->has_dct) p = nm_tc_coarsen(&x->dct, NM_TG_QUARTER);
      if (is_w(x, j, NM_TW_LATEST) && x->has_dct) {
        /* "the latest quarter" has been reported, so it has ended: not the
         * article's quarter or a later one named in an outlook */
        nm_tc_point cur = nm_tc_coarsen(&x->dct, NM_TG_QUARTER);
        if (p.y * 4 + p.sub >= cur.y * 4 + cur.sub) {
          p = cur;
          nm_tc_shift(&p, -1);
        }
      }
      r->back = !is_w(x, j, NM_TW_CURRENT); /* the quarter in play already */
      uint32_t e = k + 1;
      /* "the quarter a year ago" */
      if (is_w(x, e, NM_TW_A) && is_w(x, e + 1, NM_TW_YEAR) &&
          (is_w(x, e + 2, NM_TW_AGO) || is_w(x, e + 2, NM_TW_EARLIER))) {
        p.y--;
        r->back = true;
        e += 3;
      }
      bool back = r->back;
      set_point(r, p);
      r->back = back;
      return e;
    }
  }
  if (is_w(x, j, NM_TW_SAME) || text_is(x, j, "corresponding") || text_is(x, j, "comparable")) {
    /* "the same period last year", "the corresponding quarter a year
     * earlier": the quarter or month in play, a year back */
    uint32_t k = j + 1;
    bool noun = is_w(x, k, NM_TW_PERIOD) ||
                (is_cls(x, k, NM_TL_UNIT) && !is_plural(x, k) &&
                 (tk(x, k)->e.v == NM_TU_QUARTER || tk(x, k)->e.v == NM_TU_MONTH));
    k++;
    if (noun && is_w(x, k, NM_TW_OF)) k++;
    uint32_t e = 0;
    if (is_w(x, k, NM_TW_LAST) && is_w(x, k + 1, NM_TW_YEAR))
      e = k + 2;
    else if (is_w(x, k, NM_TW_A) && is_w(x, k + 1, NM_TW_YEAR) &&
             (is_w(x, k + 2, NM_TW_AGO) || is_w(x, k + 2, NM_TW_EARLIER)))
      e = k + 3;
    else if (is_w(x, k, NM_TW_THE) &&
             (is_w(x, k + 1, NM_TW_PREVIOUS) || text_is(x, k + 1, "prior")) &&
             is_w(x, k + 2, NM_TW_YEAR))
      e = k + 3;
    int g = x->refp.gran;
    bool in_play = x->has_refp && x->refp.y >= 0 &&
                   (g == NM_TG_QUARTER || g == NM_TG_HALF || g == NM_TG_MONTH);
    if (noun && e && (in_play || x->has_refq)) {
      /* else the story's quarter, the first one named */
      nm_tc_point p = in_play ? x->refp : x->refq;
      p.y -= 1;
      set_point(r, p);
      r->back = true;
      return e;
    }
  }
  {
    /* "the year ended March 31", "the fiscal year ending tomorrow": a
     * reporting year, a span of one year (its end is an expression of its
     * own) */
    uint32_t k = is_w(x, j, NM_TW_FISCAL) ? j + 1 : j;
    if (is_w(x, k, NM_TW_YEAR) && !is_plural(x, k) &&
        (text_is(x, k + 1, "ended") || text_is(x, k + 1, "ending"))) {
      set_duration(r, 1, NM_TU_YEAR, 0);
      return k + 1;
    }
  }
  if (is_w(x, j, NM_TW_LATEST) && x->has_dct) {
    /* "sales in the latest fiscal year": a reported year has ended, so it
     * is the one before the article's */
    uint32_t k = is_w(x, j + 1, NM_TW_FISCAL) ? j + 2 : j + 1;
    if (is_w(x, k, NM_TW_YEAR) && !is_plural(x, k) && !joins(x, k + 1) &&
        !is_w(x, k + 1, NM_TW_OF) && !text_is(x, k + 1, "ended") && !text_is(x, k + 1, "ending")) {
      set_point(r, period_of(dct_day(x), NM_TU_YEAR, -1));
      return k + 1;
    }
  }
  {
    /* "sales for the full year", "for the year, volume was flat", "the
     * first nine months of the year.": the year in play. A bare "the
     * year" needs the preposition before it and must end its phrase, so
     * that "the year before" and "the year of the flood" stay out. */
    bool full = text_is(x, j, "full") || text_is(x, j, "entire") || text_is(x, j, "whole");
    uint32_t k = full ? j + 1 : j;
    if (is_w(x, k, NM_TW_FISCAL)) k++; /* "for the fiscal year." */
    const nm_tg_tok *p = i > 0 ? &x->f[i - 1] : &no_tok;
    const nm_tg_tok *n = tk(x, k + 1);
    bool ends = k + 1 >= x->n || (n->cls_punct && n->cls_punct != '-');
    if (is_w(x, k, NM_TW_YEAR) && !is_plural(x, k) &&
        (p->e.w == NM_TW_FOR || p->e.w == NM_TW_OF || p->e.w == NM_TW_DURING) &&
        (ends || (full && !joins(x, k + 1)))) {
      /* a year in play after the article's is an outlook, not the year
       * being reported */
      nm_tc_point y = anaphor_period(x, NM_TU_YEAR, 0);
      if (x->has_dct && y.y > x->dct.y) y = period_of(x->dct, NM_TU_YEAR, 0);
      set_point(r, y);
      r->back = true;
      return k + 1;
    }
  }
  int64_t yq;
  if (year_num(x, j, &yq) && !joins(x, j + 1)) {
    /* "the 1988 third quarter", "the 1988 quarter", "the 1989 period":
     * the year's quarter, the one in play when none is named; a "period"
     * with no quarter in play is the year */
    uint32_t k = j + 1;
    int o = 0;
    if (ordinal(x, k, &o)) k++;
    bool q = is_cls(x, k, NM_TL_UNIT) && tk(x, k)->e.v == NM_TU_QUARTER && !is_plural(x, k);
    bool half = o && is_w(x, k, NM_TW_HALF);
    if ((q && o >= 1 && o <= 4) || (half && o <= 2) || (q && !o && x->has_refq)) {
      nm_tc_point p = year_point(yq, half ? NM_TG_HALF : NM_TG_QUARTER);
      p.sub = (int8_t)(o ? o : x->refq.sub);
      set_point(r, p);
      r->back = !o; /* the quarter in play, another year: it stays in play */
      return k + 1;
    }
    if (!o && is_w(x, k, NM_TW_PERIOD)) {
      nm_tc_point p = year_point(yq, NM_TG_YEAR);
      if (x->has_refq) {
        p = x->refq;
        p.y = yq;
      }
      set_point(r, p);
      r->back = true;
      return k + 1;
    }
  }
  {
    /* "the last week of March", "the first week of June 2009": the ISO
     * week with most of its days in the month (the one that holds the 4th,
     * or the month's last day but three) */
    int ow = 0;
    bool last = is_w(x, j, NM_TW_LAST) || text_is(x, j, "final");
    if ((last || (ordinal(x, j, &ow) && ow == 1)) && is_cls(x, j + 1, NM_TL_UNIT) &&
        tk(x, j + 1)->e.v == NM_TU_WEEK && !is_plural(x, j + 1) && is_w(x, j + 2, NM_TW_OF) &&
        is_month(x, j + 3)) {
      /* "March" needs no cue here: it follows "week of" */
      int mo = tk(x, j + 3)->e.v;
      int64_t y;
      uint32_t we = j + 4;
      if (year_num(x, we, &y))
        we++;
      else if (is_punct(x, we, ',') && year_num(x, we + 1, &y))
        we += 2;
      else
        y = year_for(x, mo, 0, nm_tg_tense(x, i, we));
      if (y >= 0 && mo >= 1 && mo <= 12) {
        int dd = last ? nm_tc_mdays(y, mo) - 3 : 4;
        nm_tc_point day = date_point(y, mo, dd);
        set_point(r, nm_tc_coarsen(&day, NM_TG_WEEK));
        return we;
      }
    }
  }
  uint32_t e = m_rel(x, j, r, true);
  if (e) return e;
  memset(r, 0, sizeof *r);
  e = quarter(x, j, r, true);
  if (e) return e;
  memset(r, 0, sizeof *r);
  /* "the first nine months" */
  int o;
  qnum q;
  if (number_at(x, j, &q, false) && q.v > 1 && is_cls(x, q.end, NM_TL_UNIT) &&
      is_plural(x, q.end) && !(tk(x, j)->nk == NM_NK_INT && tk(x, j)->ndig == 4)) {
    /* "the nine months", "the four days" */
    set_duration(r, q.v, tk(x, q.end)->e.v, q.half);
    r->quantity = true;
    return q.end + 1;
  }
  if (ordinal(x, j, &o) && is_cls(x, j + 1, NM_TL_UNIT) && tk(x, j + 1)->e.v == NM_TU_CENTURY &&
      !(x->tags && j + 2 < x->n &&
        (xpos_is(x, j + 2, "NN") || xpos_is(x, j + 2, "NNS") || xpos_is(x, j + 2, "NNP")))) {
    /* "the 20th century" as a noun phrase ("the 11th century temple"
     * leaves the article to the temple) */
    e = year_like(x, j, r);
    if (e) return e;
  }
  if (is_cls(x, j, NM_TL_POSMOD) && is_cls(x, j + 1, NM_TL_SEASON)) {
    /* "the early summer" */
    e = modified(x, j, r);
    if (e) return e;
  }
  {
    /* "the nineties", "the late sixties": a decade as it is spoken */
    static const char *const decs[] = {"twenties", "thirties",  "forties",  "fifties",
                                       "sixties",  "seventies", "eighties", "nineties"};
    uint32_t k = is_cls(x, j, NM_TL_POSMOD) ? j + 1 : j;
    for (int d = 0; d < 8; d++)
      if (text_is(x, k, decs[d]) && !joins(x, k + 1)) {
        /* the latest such decade that has begun */
        int64_t now = x->has_dct ? x->dct.y : 2000;
        int64_t full = now / 100 * 100 + (d + 2) * 10;
        if (full > now) full -= 100;
        set_point(r, year_point(full / 10, NM_TG_DECADE));
        return k + 1;
      }
  }
  if (is_cls(x, j, NM_TL_POSMOD) && tk(x, j + 1)->nk == NM_NK_DECADE) {
    /* "the late 1970s" (the bare "the 1970s" keeps its article out) */
    e = year_like(x, j + 1, r);
    if (e) return e;
  }
  if (tk(x, j)->mid && tk(x, j)->nk == NM_NK_DECADE) {
    /* "the mid-1990s", as "the late 1970s" */
    e = year_like(x, j, r);
    if (e) return e;
  }
  if (((ordinal(x, j, &o) && o == 1) || text_is(x, j, "early")) && is_cls(x, j + 1, NM_TL_UNIT) &&
      is_plural(x, j + 1) && tk(x, j + 1)->e.v != NM_TU_SECOND &&
      tk(x, j + 1)->e.v != NM_TU_QUARTER &&
      !(tk(x, j + 1)->e.v < NM_TU_DAY && text_is(x, j, "early"))) {
    /* "the first hours of the war", "the early years": an unspecified span
     * ("the early hours" of a day are a part of it) */
    set_duration(r, -1, tk(x, j + 1)->e.v, 0);
    return j + 2;
  }
  if (ordinal(x, j, &o) && o == 1 && number_at(x, j + 1, &q, false) && q.v > 1 &&
      is_cls(x, q.end, NM_TL_UNIT) && is_plural(x, q.end)) {
    set_duration(r, q.v, tk(x, q.end)->e.v, q.half);
    return q.end + 1;
  }
  if (is_w(x, j, NM_TW_YEAR) && !is_plural(x, j) && is_cls(x, j + 1, NM_TL_NUMBER) &&
      tk(x, j + 1)->e.v >= 1 && tk(x, j + 1)->e.v <= 2 && text_is(x, j + 2, "thousand")) {
    /* "the year two thousand", as it is spoken */
    set_point(r, year_point(tk(x, j + 1)->e.v * 1000, NM_TG_YEAR));
    return j + 3;
  }
  if (is_cls(x, j, NM_TL_UNIT) && is_plural(x, j) && text_is(x, j + 1, "ahead") &&
      !is_w(x, j + 2, NM_TW_OF) && tk(x, j)->e.v != NM_TU_SECOND &&
      tk(x, j)->e.v != NM_TU_QUARTER) {
    /* "the weeks ahead", "the years ahead": as "the coming weeks" */
    set_duration(r, -1, tk(x, j)->e.v, 0);
    return j + 2;
  }
  /* "the future of our peoples", "the future of the company": the noun
   * of prospects, no time (TimeBank leaves it; "in the future" is one) */
  if (is_w(x, j, NM_TW_FUTURE) && !is_w(x, j + 1, NM_TW_OF)) {
    set_value(r, NM_TIME_DATE, "FUTURE_REF");
    return j + 1;
  }
  if (is_w(x, j, NM_TW_NEAR) && (is_w(x, j + 1, NM_TW_FUTURE) || is_w(x, j + 1, NM_TW_TERM))) {
    set_value(r, NM_TIME_DATE, "FUTURE_REF");
    return j + 2;
  }
  if (is_w(x, j, NM_TW_PAST) && !is_cls(x, j + 1, NM_TL_UNIT) && !is_cls(x, j + 1, NM_TL_NUMBER) &&
      tk(x, j + 1)->nk == NM_NK_NONE && !is_cls(x, j + 1, NM_TL_FEW) &&
      !(x->tags && i + 2 < x->n &&
        (xpos_is(x, j + 1, "NN") || xpos_is(x, j + 1, "NNS") || xpos_is(x, j + 1, "JJ")))) {
    set_value(r, NM_TIME_DATE, "PAST_REF");
    return j + 1;
  }
  if (is_w(x, j, NM_TW_PRESENT) &&
      !(x->tags && (xpos_is(x, j + 1, "NN") || xpos_is(x, j + 1, "NNS")))) {
    set_value(r, NM_TIME_DATE, "PRESENT_REF");
    return j + 1;
  }
  if (is_cls(x, j, NM_TL_UNIT) && tk(x, j)->e.v == NM_TU_WEEKEND && !is_plural(x, j)) {
    /* the weekend just past in the past tense, else the coming one */
    nm_tc_point p = nm_tc_coarsen(&(nm_tc_point){0}, NM_TG_WEEKEND);
    if (x->has_dct) {
      p = nm_tc_coarsen(&x->dct, NM_TG_WEEKEND);
      int wd = nm_tc_weekday(x->dct_z);
      if (wd <= 5 && nm_tg_tense(x, i, j + 1) == NM_TENSE_PAST) nm_tc_shift(&p, -1);
    } else {
      p.y = -1;
      p.sub = 0;
    }
    set_point(r, p);
    return j + 1;
  }
  if (is_cls(x, j, NM_TL_UNIT) && tk(x, j)->e.v == NM_TU_WEEK && !is_plural(x, j) &&
      is_w(x, j + 1, NM_TW_OF)) {
    /* "the week of March 6": the week that holds the day */
    mres md;
    memset(&md, 0, sizeof md);
    uint32_t we = month_date(x, j + 2, &md, -1);
    if (!we) we = day_month(x, j + 2, &md);
    if (we && md.point && md.p.gran == NM_TG_DAY && md.p.y >= 0) {
      set_point(r, nm_tc_coarsen(&md.p, NM_TG_WEEK));
      return we;
    }
  }
  if (is_w(x, j, NM_TW_DAY) && (is_w(x, j + 1, NM_TW_BEFORE) || is_w(x, j + 1, NM_TW_AFTER))) {
    int dir = is_w(x, j + 1, NM_TW_BEFORE) ? -1 : 1;
    const nm_tg_tok *n = tk(x, j + 2);
    if (n->e.cls == NM_TL_DEICTIC && n->e.w != NM_TW_DAYTIME) {
      set_day(r, day_plus(dct_day(x), n->e.v + dir));
      return j + 3;
    }
    /* "the day before", ending the phrase */
    if (j + 2 >= x->n || n->cls_punct || n->e.w == NM_TW_AND || n->e.w == NM_TW_OR) {
      set_day(r, day_plus(ref_day(x), dir));
      return j + 2;
    }
    return 0;
  }
  if (is_w(x, j, NM_TW_DAY) && i > 0 &&
      (text_is(x, i - 1, "for") || text_is(x, i - 1, "end") || text_is(x, i - 1, "ended") ||
       text_is(x, i - 1, "ending") || text_is(x, i - 1, "finish") ||
       text_is(x, i - 1, "finished") || text_is(x, i - 1, "closed"))) {
    /* "ended the day", "for the day": the day in play */
    set_day(r, ref_day(x));
    return j + 1;
  }
  if (is_cls(x, j, NM_TL_SEASON) && is_w(x, j + 1, NM_TW_OF)) {
    int64_t y;
    uint32_t ye = j + 3;
    if (year_num(x, j + 2, &y) || spoken_year(x, j + 2, &y, &ye)) {
      nm_tc_point p = year_point(y, NM_TG_SEASON);
      p.sub = (int8_t)tk(x, j)->e.v;
      set_point(r, p);
      return ye;
    }
  }
  return 0;
}

/* Points that modifiers wrap: "early/late/mid" + point, "earlier/later"
 * + point, "the end of" + point. */
static uint32_t m_point(const nm_tg_ctx *x, uint32_t i, mres *r) {
  uint32_t e;
  memset(r, 0, sizeof *r);
  if ((e = deictic(x, i, r))) return e;
  memset(r, 0, sizeof *r);
  if ((e = weekday(x, i, r)) && r->point) return e;
  memset(r, 0, sizeof *r);
  if ((e = month_date(x, i, r, -1))) return e;
  memset(r, 0, sizeof *r);
  if ((e = year_like(x, i, r))) return e;
  memset(r, 0, sizeof *r);
  if ((e = m_rel(x, i, r, false)) && r->point) return e;
  memset(r, 0, sizeof *r);
  if ((e = that_period(x, i, r)) && r->point) return e;
  memset(r, 0, sizeof *r);
  return 0;
}

static uint32_t modified(const nm_tg_ctx *x, uint32_t i, mres *r) {
  const nm_tg_tok *t = tk(x, i);
  uint32_t e;
  if (t->e.cls == NM_TL_POSMOD) {
    /* "late Wednesday", "early next year", "mid-2008", "late-November" */
    uint32_t j = i + 1;
    if (joins(x, j)) j++;
    if (is_cls(x, j, NM_TL_SEASON) && !(tk(x, j)->e.flags & NM_TLF_AMBIG)) {
      /* "in late summer": this year's, or last year's in the past tense */
      nm_tc_point p = season_point(x, tk(x, j)->e.v, 0, NM_TENSE_UNKNOWN);
      if (x->has_dct && nm_tg_tense(x, i, j + 1) == NM_TENSE_PAST) {
        int m0 = x->dct.m;
        int cur = m0 == 12 || m0 <= 2 ? NM_TS_WI
                  : m0 <= 5           ? NM_TS_SP
                  : m0 <= 8           ? NM_TS_SU
                                      : NM_TS_FA;
        if (p.sub > cur) p.y--;
      }
      set_point(r, p);
      return j + 1;
    }
    if ((e = m_point(x, j, r))) return e;
    return 0;
  }
  if (t->e.w == NM_TW_EARLIER || t->e.w == NM_TW_LATER) {
    /* "earlier this week", "later that day", "earlier Sunday", "later in
     * the day" */
    uint32_t j = i + 1;
    const nm_tg_tok *n = tk(x, j);
    if (n->e.w == NM_TW_THIS || n->e.w == NM_TW_THAT || n->e.cls == NM_TL_DEICTIC ||
        n->e.cls == NM_TL_WEEKDAY) {
      if ((e = m_point(x, j, r))) return e;
      return 0;
    }
    if (n->e.w == NM_TW_IN && is_w(x, j + 1, NM_TW_THE) && is_cls(x, j + 2, NM_TL_UNIT) &&
        !is_plural(x, j + 2) && unit_gran(tk(x, j + 2)->e.v) >= NM_TG_YEAR &&
        unit_gran(tk(x, j + 2)->e.v) < NM_TG_DAY) {
      int u = tk(x, j + 2)->e.v;
      nm_tc_point p = period_of(u == NM_TU_DAY ? ref_day(x) : dct_day(x), u, 0);
      if (u == NM_TU_DAY)
        set_day(r, p);
      else
        set_point(r, p);
      return j + 3;
    }
    return 0;
  }
  if (t->e.w == NM_TW_THE &&
      (is_w(x, i + 1, NM_TW_END) || is_w(x, i + 1, NM_TW_BEGINNING) ||
       is_w(x, i + 1, NM_TW_START) || is_w(x, i + 1, NM_TW_MIDDLE)) &&
      is_w(x, i + 2, NM_TW_OF)) {
    uint32_t j = i + 3;
    if (is_w(x, j, NM_TW_THE) && is_cls(x, j + 1, NM_TL_UNIT) && !is_plural(x, j + 1) &&
        unit_gran(tk(x, j + 1)->e.v) >= 0) {
      int u = tk(x, j + 1)->e.v;
      nm_tc_point p = period_of(u == NM_TU_DAY ? ref_day(x) : dct_day(x), u, 0);
      if (u == NM_TU_DAY)
        set_day(r, p);
      else
        set_point(r, p);
      return j + 2;
    }
    if ((e = m_point(x, j, r))) return e;
    return 0;
  }
  return 0;
}

/* Compounds with a hyphen: "third-quarter", "year-earlier", "year-ago",
 * "day-long". */
static uint32_t hyphen_compound(const nm_tg_ctx *x, uint32_t i, mres *r) {
  /* "the year-ago quarter", "the year-earlier third quarter", "the
   * year-ago period": the noun and its article are in the extent */
  uint32_t k = is_w(x, i, NM_TW_THE) ? i + 1 : i;
  if (is_w(x, k, NM_TW_YEAR) && joins(x, k + 1) &&
      (is_w(x, k + 2, NM_TW_EARLIER) || is_w(x, k + 2, NM_TW_AGO))) {
    uint32_t e = k + 3, n = e;
    int o = 0;
    qnum qc;
    if (k != i && number_at(x, e, &qc, false) && qc.v > 1 && is_cls(x, qc.end, NM_TL_UNIT) &&
        is_plural(x, qc.end)) {
      /* "the year-earlier nine months": the span compared, a duration */
      set_duration(r, qc.v, tk(x, qc.end)->e.v, qc.half);
      return qc.end + 1;
    }
    if (ordinal(x, n, &o)) n++;
    bool q = is_cls(x, n, NM_TL_UNIT) && tk(x, n)->e.v == NM_TU_QUARTER && !is_plural(x, n);
    if (q && n > e && (o < 1 || o > 4)) return 0;
    if (q || (n == e && is_w(x, n, NM_TW_PERIOD)))
      e = n + 1;
    else if (k != i)
      return 0; /* "the year-ago loss": the article is the noun's */
    if (e > k + 3 && (x->has_refq || x->has_dct)) {
      /* the quarter of the story (or the one named), a year back */
      nm_tc_point p;
      if (x->has_refq) {
        p = x->refq;
        if (o) p.sub = (int8_t)o;
      } else {
        /* none named: the last quarter (or quarter o) reported, which has ended */
        p = nm_tc_coarsen(&x->dct, NM_TG_QUARTER);
        int cur = p.sub;
        p.sub = (int8_t)(o ? o : cur == 1 ? 4 : cur - 1);
        if (p.sub >= cur) p.y--;
      }
      p.y -= 1;
      set_point(r, p);
      r->back = true;
      return e;
    }
    if (!years_back_in_play(x, 1, r)) set_point(r, period_of(dct_day(x), NM_TU_YEAR, -1));
    return e;
  }
  if (is_w(x, i, NM_TW_YEAR) && !is_plural(x, i) && i > 0 && xpos_is(x, i - 1, "IN")) {
    /* "by year-end", "by year end", "by year's end": the year (as "the end
     * of the year"); the last one after "since" */
    uint32_t ye = i + 1;
    if (joins(x, ye) || is_poss(x, ye)) ye++;
    if (is_w(x, ye, NM_TW_END) &&
        !(x->tags && ye + 1 < x->n && (xpos_is(x, ye + 1, "NN") || xpos_is(x, ye + 1, "NNS")))) {
      nm_tc_point p = period_of(dct_day(x), NM_TU_YEAR, 0);
      if (is_w(x, i - 1, NM_TW_SINCE) && x->has_dct && x->dct.m < 12) p.y--;
      set_point(r, p);
      return ye + 1;
    }
  }
  if (is_cls(x, i, NM_TL_UNIT) && !is_plural(x, i) && joins(x, i + 1) &&
      is_w(x, i + 2, NM_TW_LONG)) {
    set_duration(r, 1, tk(x, i)->e.v, 0);
    return i + 3;
  }
  if (is_cls(x, i, NM_TL_UNIT) && is_plural(x, i) && joins(x, i + 1) &&
      is_w(x, i + 2, NM_TW_LONG)) {
    /* "decades-long", "years-long" */
    set_duration(r, -1, tk(x, i)->e.v, 0);
    return i + 3;
  }
  if (is_cls(x, i, NM_TL_LONG)) {
    set_duration(r, 1, tk(x, i)->e.v, 0);
    return i + 1;
  }
  if (is_w(x, i, NM_TW_SINGLE) && joins(x, i + 1) && is_cls(x, i + 2, NM_TL_UNIT) &&
      !is_plural(x, i + 2) && tk(x, i + 2)->e.v != NM_TU_QUARTER &&
      tk(x, i + 2)->e.v != NM_TU_SECOND && !joins(x, i + 3)) {
    /* "the worst single-day drop": as "one-day" */
    set_duration(r, 1, tk(x, i + 2)->e.v, 0);
    return i + 3;
  }
  return 0;
}

/* Approximators that TimeBank keeps inside the extent of a count:
 * "nearly five months", "more than two years", "less than an hour",
 * "almost a decade", "up to 180 days", "around 7:15 p.m.". */
static uint32_t approx_len(const nm_tg_ctx *x, uint32_t i, bool *clock_ok) {
  const nm_tg_tok *t = tk(x, i);
  *clock_ok = false;
  if (t->e.cls == NM_TL_APPROX) {
    size_t n;
    const char *s = nm_tg_text(x, i, &n);
    if (n == 6 && (strncmp(s, "nearly", 6) == 0 || strncmp(s, "Nearly", 6) == 0)) return 1;
    if (n == 6 && (strncmp(s, "almost", 6) == 0 || strncmp(s, "Almost", 6) == 0)) return 1;
    if (n == 6 && (strncmp(s, "around", 6) == 0 || strncmp(s, "Around", 6) == 0)) {
      *clock_ok = true;
      return 1;
    }
    return 0;
  }
  if ((t->e.w == NM_TW_MORE || t->e.w == NM_TW_LESS || t->e.w == NM_TW_FEWER) &&
      is_w(x, i + 1, NM_TW_THAN))
    return 2;
  /* "at least 30 days", "no more than sixty days" */
  if (text_is(x, i, "at") && text_is(x, i + 1, "least")) return 2;
  if (text_is(x, i, "no") && (is_w(x, i + 1, NM_TW_MORE) || is_w(x, i + 1, NM_TW_LESS)) &&
      is_w(x, i + 2, NM_TW_THAN))
    return 3;
  /* "in over a decade", "just over an hour", "to last over a week":
   * "over" as "more than", before a count, after a preposition, an adverb
   * or "last". After another verb or a noun it is the preposition
   * ("evolved over several years", "$40 million over three years"), and
   * "over the past year" keeps it out too. */
  if (text_is(x, i, "over")) {
    const nm_tg_tok *n = tk(x, i + 1);
    bool count =
        n->nk == NM_NK_INT || n->e.cls == NM_TL_NUMBER || n->e.w == NM_TW_A || n->e.w == NM_TW_AN;
    bool more_than = i == 0 || xpos_is(x, i - 1, "IN") || xpos_is(x, i - 1, "TO") ||
                     xpos_is(x, i - 1, "RB") ||
                     (x->tags && x->tags[i - 1].lemma && strcmp(x->tags[i - 1].lemma, "last") == 0);
    if (count && more_than) return 1;
  }
  if (t->e.w == NM_TW_UP && is_w(x, i + 1, NM_TW_TO)) return 2;
  return 0;
}

static uint32_t core(const nm_tg_ctx *x, uint32_t i, mres *best) {
  static uint32_t (*const rules[])(const nm_tg_ctx *, uint32_t, mres *) = {
      modified,    the_phrase, count_units, bare_units, deictic,     weekday,         day_month,
      year_like,   clock,      set_expr,    ref_word,   that_period, hyphen_compound, holiday0,
      season_expr, coord_day,  range_first, day_part,   nth_day,     a_while,    then_day,
  };
  uint32_t best_end = 0;
  mres r;
  for (size_t k = 0; k < sizeof rules / sizeof rules[0]; k++) {
    memset(&r, 0, sizeof r);
    uint32_t e = rules[k](x, i, &r);
    if (e > best_end) {
      best_end = e;
      *best = r;
    }
  }
  memset(&r, 0, sizeof r);
  uint32_t e = month_date(x, i, &r, -1);
  if (e > best_end) {
    best_end = e;
    *best = r;
  }
  memset(&r, 0, sizeof r);
  e = m_rel(x, i, &r, false);
  if (e > best_end) {
    best_end = e;
    *best = r;
  }
  memset(&r, 0, sizeof r);
  e = quarter(x, i, &r, false);
  if (e > best_end) {
    best_end = e;
    *best = r;
  }
  return best_end;
}

bool nm_tg_match_at(const nm_tg_ctx *x, uint32_t i, nm_tg_match *m) {
  const nm_tg_tok *t = tk(x, i);
  /* most tokens cannot start a time expression */
  bool clock_ok;
  uint32_t k = approx_len(x, i, &clock_ok);
  if (t->e.cls == NM_TL_NONE && t->nk == NM_NK_NONE && !t->mid && !k) return false;
  memset(m, 0, sizeof *m);
  if (k) {
    uint32_t e = core(x, i + k, m);
    /* "ways to get around Wednesday's ruling": a time in the possessive
     * qualifies the noun after it, and "around" governs that noun */
    if (e && (m->quantity || m->type == NM_TIME_DURATION ||
              (clock_ok && m->point && m->p.gran >= NM_TG_DAY && !is_poss(x, e)))) {
      m->a = i;
      m->b = e;
      return true;
    }
    memset(m, 0, sizeof *m);
  }
  uint32_t e = core(x, i, m);
  if (!e) return false;
  /* "the next year or so" */
  if (is_w(x, e, NM_TW_OR) && is_w(x, e + 1, NM_TW_SO)) e += 2;
  m->a = i;
  m->b = e;
  m->skip = t->skip;
  return true;
}
