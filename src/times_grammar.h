/* times_grammar.h - the grammar of time expressions, over one sentence's
 * tokens, shared by times.c (the stage) and times_grammar.c (the rules).
 * Internal. See docs/times.md. */
#ifndef NM_TIMES_GRAMMAR_H
#define NM_TIMES_GRAMMAR_H

#include "doc.h"
#include "times_cal.h"
#include "times_lex.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Shapes of tokens made of digits. */
typedef enum nm_tg_numkind {
  NM_NK_NONE = 0,
  NM_NK_INT,     /* "7", "2009", "2,400" (a = value, ndig digits, comma) */
  NM_NK_DEC,     /* "2.5": a = 2, b = 5 (first decimal) */
  NM_NK_FRAC,    /* "1/2": a / b */
  NM_NK_ORD,     /* "7th", "21st": a */
  NM_NK_CLOCK,   /* "10:35", "4:30pm", "2pm": a = hour, b = minute, c = 0/12 or -1 */
  NM_NK_ISO,     /* "2008-03-01": a-b-c */
  NM_NK_SLASH,   /* "7/8/07", "03/01/2008": a/b/c */
  NM_NK_DECADE,  /* "1990s" (a = 199), "90s" and "'90s" (a = 9, c = 1) */
  NM_NK_APOSYEAR /* "'82": a = 82 */
} nm_tg_numkind;

/* What the grammar knows of one token. */
typedef struct nm_tg_tok {
  nm_tl_entry e;  /* word list entry (cls NM_TL_NONE when not listed) */
  uint8_t nk;     /* nm_tg_numkind */
  uint8_t ndig;   /* digits of an NM_NK_INT */
  uint8_t skip;   /* bytes of a "post-" or "pre-" prefix left out of a time */
  bool mid;       /* "mid-" prefix: "mid-November", "mid-1990s" */
  bool comma;     /* an NM_NK_INT written with thousands separators */
  bool cap;       /* starts with an upper-case ASCII letter */
  bool hyphen;    /* "-" or an en dash */
  bool glued;     /* no space before the next token */
  char cls_punct; /* the character of a one-character punctuation token */
  int32_t a, b, c;
} nm_tg_tok;

/* Tenses that decide which Tuesday or which October is meant. */
enum { NM_TENSE_UNKNOWN = 0, NM_TENSE_PAST, NM_TENSE_PRESENT, NM_TENSE_FUTURE };
/* For year_for only: the past of a thing done (nm_tg_done_past), which
 * never reads a coming month or day. */
enum { NM_TENSE_PAST_DONE = 8 };

/* One sentence and what the stage knows around it. */
typedef struct nm_tg_ctx {
  const nm_doc *d;
  const nm_token *tok;      /* the sentence's tokens */
  const nm_word_tags *tags; /* their tags, or NULL */
  const nm_tg_tok *f;       /* their features */
  uint32_t n;               /* tokens in the sentence */
  bool parsed;              /* heads and relations are set */
  bool has_dct;             /* the article date is known */
  nm_tc_point dct;          /* the article date (NM_TG_DAY) */
  int64_t dct_z;            /* its day number */
  uint32_t sentence;        /* the sentence's index in the document */
  uint32_t ref_sentence;    /* where the day in play was named */
  bool has_ref;             /* a day mentioned earlier is known */
  nm_tc_point ref;          /* the day in play for "the previous day" */
  bool has_refp;            /* a period mentioned earlier is known */
  nm_tc_point refp;         /* the period in play for "that year" (a year or finer) */
  uint32_t refp_sentence;   /* where that period was named */
  bool has_refq;            /* a quarter was named earlier in the article */
  nm_tc_point refq;         /* the first one (the one reported), for "the year-ago quarter" */
} nm_tg_ctx;

/* The text of token i of the sentence. */
static inline const char *nm_tg_text(const nm_tg_ctx *x, uint32_t i, size_t *n) {
  const nm_token *t = &x->tok[i];
  if (t->form) {
    *n = strlen(t->form);
    return t->form;
  }
  *n = t->end - t->start;
  return x->d->text + t->start;
}

/* A match. */
typedef struct nm_tg_match {
  uint32_t a, b; /* tokens [a, b) of the sentence */
  uint8_t skip;  /* bytes left out at the start of token a */
  uint8_t type;  /* nm_time_type */
  bool point;    /* p holds the value (else v) */
  bool quantity; /* built on a count: "two years", "three days ago" */
  bool sets_ref; /* p is a day that later anaphora refer to */
  bool back;     /* p is the period in play, years back: it leaves it in play */
  nm_tc_point p;
  char v[40];
} nm_tg_match;

/* The longest time expression starting at token i of the sentence, if
 * any. */
bool nm_tg_match_at(const nm_tg_ctx *x, uint32_t i, nm_tg_match *m);

/* The tense that governs tokens [a, b) (times.c). */
int nm_tg_tense(const nm_tg_ctx *x, uint32_t a, uint32_t b);

/* Whether the time at tokens [a, b) dates what a verb in the simple
 * present does ("meet Monday", "reports earnings on Tuesday"): a plan,
 * as news uses that tense for days (times.c). */
bool nm_tg_scheduled(const nm_tg_ctx *x, uint32_t a, uint32_t b);
bool nm_tg_declared_day(const nm_tg_ctx *x, uint32_t a, uint32_t b);

/* Whether the time at tokens [a, b) stands in a phrase that "since"
 * opens ("since March", "the largest rally since the vote in March"):
 * strictly before the article date. */
bool nm_tg_since(const nm_tg_ctx *x, uint32_t a, uint32_t b);
/* "In October, a ship collided": the expression modifies a finite verb in
 * the simple past, with no auxiliary and no subordinator: a thing done,
 * never one announced for later. */
bool nm_tg_done_past(const nm_tg_ctx *x, uint32_t a, uint32_t b);

/* Features of one token's text s[0..n) (times.c). */
void nm_tg_features(const char *s, size_t n, nm_tg_tok *t);

#endif
