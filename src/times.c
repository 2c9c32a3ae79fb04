/* times.c - stage "times": finds time expressions sentence by sentence and
 * normalises them to TIMEX3 values against the article date. Token
 * features and the tense of a time's clause are computed here; the rules
 * are in times_grammar.c, the word list in times_lex.c and the calendar in
 * times_cal.c. See docs/times.md. */
#include "times.h"

#include "times_grammar.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Token features                                                      */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

/* Reads digits at s[*i..n) into *v (capped); returns how many. */
static int digits(const char *s, size_t n, size_t *i, int32_t *v) {
  int k = 0;
  int64_t x = 0;
  while (*i < n && is_digit(s[*i])) {
    if (x < 100000000) x = x * 10 + (s[*i] - '0');
    (*i)++;
    k++;
  }
  *v = (int32_t)x;
  return k;
}

/* "am", "pm", "a.m.", "p.m." (any case) at s[i..n) up to the end: 0 for
 * a.m., 12 for p.m., -1 when it is not one of them. */
static int ampm_suffix(const char *s, size_t n, size_t i) {
  size_t k = n - i;
  if (k != 2 && k != 3 && k != 4) return -1;
  char a = lower(s[i]);
  if (a != 'a' && a != 'p') return -1;
  if (k == 2 && lower(s[i + 1]) == 'm') return a == 'p' ? 12 : 0;
  if (k >= 3 && s[i + 1] == '.' && lower(s[i + 2]) == 'm' && (k == 3 || s[i + 3] == '.'))
    return a == 'p' ? 12 : 0;
  return -1;
}

/* The shape of a token that starts with a digit (or an apostrophe and a
 * digit). */
static void number_shape(const char *s, size_t n, nm_tg_tok *t) {
  size_t i = 0;
  int32_t a = 0, b = 0, c = 0;
  if (s[0] == '\'' || (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
                       (unsigned char)s[2] == 0x99)) {
    /* '82, '90s, ’90s */
    i = s[0] == '\'' ? 1 : 3;
    if (digits(s, n, &i, &a) != 2) return;
    if (i == n) {
      t->nk = NM_NK_APOSYEAR;
      t->a = a;
    } else if (i + 1 == n && s[i] == 's' && a % 10 == 0) {
      t->nk = NM_NK_DECADE;
      t->a = a / 10;
      t->c = 1;
    }
    return;
  }
  int k = digits(s, n, &i, &a);
  if (i == n) {
    t->nk = NM_NK_INT;
    t->a = a;
    t->ndig = (uint8_t)(k > 255 ? 255 : k);
    return;
  }
  char sep = s[i];
  if (sep == ',' && k <= 3) {
    /* thousands separators: 2,400 */
    int total = k;
    int64_t v = a;
    while (i < n && s[i] == ',') {
      size_t st = ++i;
      int32_t g;
      if (digits(s, n, &i, &g) != 3 || i - st != 3) return;
      if (v < 100000000) v = v * 1000 + g;
      total += 3;
    }
    if (i != n) return;
    t->nk = NM_NK_INT;
    t->comma = true;
    t->a = (int32_t)(v > 2000000000 ? 2000000000 : v);
    t->ndig = (uint8_t)total;
    return;
  }
  if (sep == '.' && k <= 6) {
    size_t st = ++i;
    int kk = digits(s, n, &i, &b);
    if (i != n || kk == 0) return;
    t->nk = NM_NK_DEC;
    t->a = a;
    t->b = s[st] - '0';
    t->c = kk;
    return;
  }
  if (sep == '/' && k <= 4) {
    i++;
    int k2 = digits(s, n, &i, &b);
    if (k2 == 0) return;
    if (i == n) {
      t->nk = NM_NK_FRAC;
      t->a = a;
      t->b = b;
      return;
    }
    if (s[i] != '/' || k > 2 || k2 > 2) return;
    i++;
    int k3 = digits(s, n, &i, &c);
    if (i != n || (k3 != 2 && k3 != 4)) return;
    t->nk = NM_NK_SLASH;
    t->a = a;
    t->b = b;
    t->c = c;
    return;
  }
  if (sep == '-' && k == 4) {
    i++;
    if (digits(s, n, &i, &b) != 2 || i >= n || s[i] != '-') return;
    i++;
    if (digits(s, n, &i, &c) != 2 || i != n) return;
    t->nk = NM_NK_ISO;
    t->a = a;
    t->b = b;
    t->c = c;
    return;
  }
  if (sep == ':' && k <= 2) {
    i++;
    if (digits(s, n, &i, &b) != 2) return;
    int ap = -1;
    if (i < n) {
      ap = ampm_suffix(s, n, i);
      if (ap < 0) return;
    }
    if (a > 24 || b > 59 || (ap >= 0 && (a < 1 || a > 12))) return;
    t->nk = NM_NK_CLOCK;
    t->a = a;
    t->b = b;
    t->c = ap;
    return;
  }
  if (k <= 2) {
    int ap = ampm_suffix(s, n, i);
    if (ap >= 0 && a >= 1 && a <= 12) {
      t->nk = NM_NK_CLOCK;
      t->a = a;
      t->b = 0;
      t->c = ap;
      return;
    }
    if (n - i == 2) {
      char x = lower(s[i]), y = lower(s[i + 1]);
      if ((x == 's' && y == 't') || (x == 'n' && y == 'd') || (x == 'r' && y == 'd') ||
          (x == 't' && y == 'h')) {
        t->nk = NM_NK_ORD;
        t->a = a;
      }
      return;
    }
  }
  if (k == 2 && n == 3 && s[2] == 's' && a % 10 == 0) {
    t->nk = NM_NK_DECADE;
    t->a = a / 10;
    t->c = 1;
    return;
  }
  if (k == 4 && n == 5 && s[4] == 's' && a % 10 == 0) {
    t->nk = NM_NK_DECADE;
    t->a = a / 10;
    return;
  }
}

void nm_tg_features(const char *s, size_t n, nm_tg_tok *t) {
  memset(t, 0, sizeof *t);
  if (n == 0) return;
  t->cap = s[0] >= 'A' && s[0] <= 'Z';
  if (n == 1 && s[0] == '-') t->hyphen = true;
  if (n == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
      (unsigned char)s[2] == 0x93)
    t->hyphen = true; /* en dash */
  if (n == 1 && !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') || is_digit(s[0]) ||
                  (unsigned char)s[0] >= 0x80))
    t->cls_punct = s[0];
  /* prefixes: "mid-2008" (kept in the extent), "post-October" (left out) */
  if (n > 4 && lower(s[0]) == 'm' && lower(s[1]) == 'i' && lower(s[2]) == 'd' && s[3] == '-') {
    t->mid = true;
    s += 4;
    n -= 4;
    t->cap = s[0] >= 'A' && s[0] <= 'Z';
  } else if (n > 5 && lower(s[0]) == 'p' && lower(s[1]) == 'o' && lower(s[2]) == 's' &&
             lower(s[3]) == 't' && s[4] == '-' &&
             ((s[5] >= 'A' && s[5] <= 'Z') || is_digit(s[5]))) {
    t->skip = 5;
    s += 5;
    n -= 5;
    t->cap = s[0] >= 'A' && s[0] <= 'Z';
  } else if (n > 4 && lower(s[0]) == 'p' && lower(s[1]) == 'r' && lower(s[2]) == 'e' &&
             s[3] == '-' && ((s[4] >= 'A' && s[4] <= 'Z') || is_digit(s[4]))) {
    t->skip = 4;
    s += 4;
    n -= 4;
    t->cap = s[0] >= 'A' && s[0] <= 'Z';
  }
  if (is_digit(s[0]) || ((s[0] == '\'' || (unsigned char)s[0] == 0xE2) && n >= 3)) {
    number_shape(s, n, t);
    if (t->nk != NM_NK_NONE || is_digit(s[0])) return;
  }
  nm_tl_lookup(s, n, &t->e);
  if (t->e.cls == NM_TL_NONE && (t->mid || t->skip)) {
    /* a prefix on a word that is no time: keep nothing */
    t->mid = false;
    t->skip = 0;
  }
}

/* ------------------------------------------------------------------ */
/* Tense                                                               */

/* Dependents and verbs are looked for within this many tokens of a word,
 * so that a time's tense costs a bounded amount even in a sentence of
 * 100,000 tokens (presegmented input has no length limit). */
#define NEAR 48

static uint32_t near_lo(uint32_t i) { return i > NEAR ? i - NEAR : 0; }
static uint32_t near_hi(const nm_tg_ctx *x, uint32_t i) {
  return x->n - i > NEAR ? i + NEAR + 1 : x->n;
}

static bool tag_is(const nm_word_tags *g, const char *x) {
  return g->xpos && strcmp(g->xpos, x) == 0;
}

static bool verbal(const nm_word_tags *g) {
  return g->upos && (strcmp(g->upos, "VERB") == 0 || strcmp(g->upos, "AUX") == 0);
}

/* Lower-cased token text equals lit. */
static bool text_is(const nm_tg_ctx *x, uint32_t i, const char *lit) {
  size_t n;
  const char *s = nm_tg_text(x, i, &n);
  size_t k = 0;
  for (; k < n && lit[k]; k++)
    if (lower(s[k]) != lit[k]) return false;
  return k == n && lit[k] == '\0';
}

/* A modal that points ahead: "will", "'ll", "shall", "wo" (won't),
 * "would", "'d". "could", "may", "should" and the like say nothing of
 * time ("could be located Wednesday"). */
static bool future_modal(const nm_tg_ctx *x, uint32_t i) {
  return text_is(x, i, "will") || text_is(x, i, "'ll") || text_is(x, i, "shall") ||
         text_is(x, i, "wo") || text_is(x, i, "would") || text_is(x, i, "'d") ||
         text_is(x, i, "\xe2\x80\x99ll");
}

/* Verbs and adjectives whose infinitive complement lies ahead: "planned
 * to leave Thursday", "is expected to vote Monday". */
static bool looks_ahead(const nm_tg_ctx *x, uint32_t i) {
  static const char *const lemmas[] = {
      "plan",    "expect",  "schedule", "hope",  "intend",   "aim",  "prepare", "want",   "seek",
      "propose", "promise", "pledge",   "vow",   "threaten", "set",  "due",     "likely", "agree",
      "decide",  "ready",   "poised",   "slate", "try",      "wish", "need",
      /* an appeal: what one is urged or called on to do comes after the
       * call ("called on Venezuelans to gather … on Saturday") */
      "urge",    "call",    "ask",      "invite", "encourage", NULL};
  const char *l = x->tags[i].lemma;
  if (!l) return false;
  for (int k = 0; lemmas[k]; k++)
    if (strcmp(l, lemmas[k]) == 0) return true;
  return false;
}

static bool pluperfect(const nm_tg_ctx *x, uint32_t v);

/* Whether verb v opens its clause: only punctuation, quotes, a
 * conjunction or "please" before it back to the sentence's start, a
 * colon or a semicolon. An imperative does ("Ask me again in May"); a
 * participle after a noun does not ("said a communique, read Wednesday
 * night at a rally"). */
static bool clause_start(const nm_tg_ctx *x, uint32_t v) {
  for (uint32_t k = v; k-- > near_lo(v);) {
    char c = x->f[k].cls_punct;
    if (c == ':' || c == ';') return true;
    const char *xp = x->tags[k].xpos;
    if (c || (xp && (xp[0] == '`' || xp[0] == '\'' || xp[0] == '-' || strcmp(xp, "CC") == 0 ||
                     strcmp(xp, "UH") == 0)) ||
        text_is(x, k, "please") || text_is(x, k, "just") || text_is(x, k, "then"))
      continue;
    return false;
  }
  return true;
}

/* The tense of verb v from its auxiliaries and its own tag;
 * NM_TENSE_UNKNOWN when neither says (a gerund, a bare infinitive). depth
 * bounds the walk up from an infinitive to the verb that governs it. */
static int verb_tense_at(const nm_tg_ctx *x, uint32_t v, int depth) {
  bool modal = false, other_modal = false, perfect = false, past_aux = false, present_be = false,
       to = false, bare_be = false, had = false;
  for (uint32_t k = near_lo(v); k < near_hi(x, v); k++) {
    if (x->tags[k].head != v + 1 || !x->tags[k].deprel) continue;
    const char *rel = x->tags[k].deprel;
    if (strncmp(rel, "aux", 3) == 0 || strcmp(rel, "cop") == 0) {
      if (future_modal(x, k))
        modal = true;
      else if (tag_is(&x->tags[k], "MD"))
        other_modal = true;
      else if (tag_is(&x->tags[k], "VBD"))
        past_aux = true, had = had || text_is(x, k, "had");
      else if (tag_is(&x->tags[k], "VB") && text_is(x, k, "be"))
        bare_be = true;
      else if (text_is(x, k, "has") || text_is(x, k, "have") || text_is(x, k, "'ve"))
        perfect = true;
      else if (tag_is(&x->tags[k], "VBZ") || tag_is(&x->tags[k], "VBP"))
        present_be = true;
      else if (tag_is(&x->tags[k], "TO") || text_is(x, k, "to"))
        to = true;
    } else if (strcmp(rel, "mark") == 0 && text_is(x, k, "to")) {
      to = true;
    }
  }
  const nm_word_tags *g = &x->tags[v];
  if (modal)
    return (perfect || text_is(x, v, "been")) && !tag_is(g, "VBG") ? NM_TENSE_PAST
                                                                   : NM_TENSE_FUTURE;
  /* "commanders were to meet on Tuesday morning": "be" and an infinitive
   * is a plan, which looks ahead ("was to have met" is past; "was to
   * blame" is no plan) */
  if (to && past_aux && !had && !perfect && tag_is(g, "VB") && !text_is(x, v, "blame")) {
    bool be = false;
    for (uint32_t k = near_lo(v); k < v && !be; k++)
      be = x->tags[k].head == v + 1 && (text_is(x, k, "was") || text_is(x, k, "were"));
    if (be) return NM_TENSE_FUTURE;
  }
  /* ... and so is "is to open by October" (present "be" and an
   * infinitive), whatever the verb reporting it */
  if (to && present_be && !past_aux && !perfect && tag_is(g, "VB") && !text_is(x, v, "blame")) {
    bool be = false;
    for (uint32_t k = near_lo(v); k < v && !be; k++)
      be = x->tags[k].head == v + 1 &&
           (text_is(x, k, "is") || text_is(x, k, "are") || text_is(x, k, "am"));
    if (be) return NM_TENSE_FUTURE;
  }
  if (other_modal) return perfect ? NM_TENSE_PAST : NM_TENSE_PRESENT;
  if (past_aux) return NM_TENSE_PAST;
  if (perfect) return NM_TENSE_PAST;
  if (present_be && tag_is(g, "VBG")) return NM_TENSE_FUTURE;
  if (present_be && tag_is(g, "VBN")) return NM_TENSE_PRESENT;
  size_t vn;
  const char *vs = nm_tg_text(x, v, &vn);
  bool word = vn && ((vs[0] >= 'a' && vs[0] <= 'z') || (vs[0] >= 'A' && vs[0] <= 'Z'));
  if (to && (tag_is(g, "VB") || (bare_be && tag_is(g, "VBN"))) && word) {
    /* an infinitive looks ahead of the verb that governs it ("plans to
     * meet Tuesday"), unless that verb lies in the past ("had been due to
     * expire Friday") */
    uint32_t h = v;
    bool verb_above = false;
    for (int step = 0; step < 4 && depth < 3; step++) {
      uint32_t hd = x->tags[h].head;
      if (!hd || hd > x->n || hd - 1 == h) break;
      h = hd - 1;
      if (looks_ahead(x, h)) return pluperfect(x, h) ? NM_TENSE_PAST : NM_TENSE_FUTURE;
      int t = verb_tense_at(x, h, depth + 1);
      if (verbal(&x->tags[h]) || t != NM_TENSE_UNKNOWN) {
        if (t == NM_TENSE_PAST) return NM_TENSE_PAST;
        verb_above = true;
        break;
      }
    }
    /* an infinitive that qualifies a noun says nothing of time by itself
     * ("the first countries to join on Friday were"): when no verb was
     * found above it, the sentence's finite verb decides */
    if (!verb_above && g->deprel && strcmp(g->deprel, "acl") == 0) return NM_TENSE_UNKNOWN;
    return NM_TENSE_FUTURE;
  }
  if (tag_is(g, "VBD") || tag_is(g, "VBN")) return NM_TENSE_PAST;
  if (tag_is(g, "VBZ") || tag_is(g, "VBP")) return present_be ? NM_TENSE_PRESENT : NM_TENSE_PRESENT;
  if (present_be) return NM_TENSE_PRESENT;
  if (tag_is(g, "VB") && word && g->deprel &&
      (strcmp(g->deprel, "root") == 0 || strcmp(g->deprel, "ccomp") == 0 ||
       strcmp(g->deprel, "parataxis") == 0)) {
    /* an imperative: "Ask me again in May", also quoted before a past
     * reporting verb ("Ask me again in May," he told reporters) */
    bool subject = false;
    for (uint32_t k = near_lo(v); k < near_hi(x, v) && !subject; k++)
      subject = x->tags[k].head == v + 1 && x->tags[k].deprel &&
                strncmp(x->tags[k].deprel, "nsubj", 5) == 0;
    if (!subject && clause_start(x, v)) return NM_TENSE_FUTURE;
  }
  return NM_TENSE_UNKNOWN;
}

static int verb_tense(const nm_tg_ctx *x, uint32_t v) { return verb_tense_at(x, v, 0); }

/* "had been scheduled to expire Friday": a plan of the past. */
static bool pluperfect(const nm_tg_ctx *x, uint32_t v) {
  for (uint32_t k = near_lo(v); k < v; k++)
    if (x->tags[k].head == v + 1 && text_is(x, k, "had")) return true;
  return false;
}

/* A finite verb's tense read from its tag alone, for the fallback scan. */
static int tag_tense(const nm_tg_ctx *x, uint32_t k) {
  const nm_word_tags *g = &x->tags[k];
  if (tag_is(g, "MD")) return future_modal(x, k) ? NM_TENSE_FUTURE : NM_TENSE_UNKNOWN;
  if (tag_is(g, "VBD")) return NM_TENSE_PAST;
  if (tag_is(g, "VBZ") || tag_is(g, "VBP")) return NM_TENSE_PRESENT;
  return NM_TENSE_UNKNOWN;
}

/* The head of the expression at tokens [a, b): its word whose head lies
 * outside it (a when none does). */
static uint32_t expr_head(const nm_tg_ctx *x, uint32_t a, uint32_t b) {
  for (uint32_t k = a; k < b && k < x->n; k++) {
    uint32_t hd = x->tags[k].head;
    if (hd == 0 || hd - 1 < a || hd - 1 >= b) return k;
  }
  return a;
}

bool nm_tg_since(const nm_tg_ctx *x, uint32_t a, uint32_t b) {
  if (a > 0 && x->f[a - 1].e.w == NM_TW_SINCE) return true;
  if (!x->parsed || !x->tags) return false;
  /* "the largest rally since the election in October": a time inside a
   * phrase that "since" opens (up to the verb above it) */
  uint32_t h = expr_head(x, a, b);
  for (uint32_t u = h, step = 0; step < 3 && u < x->n; step++) {
    for (uint32_t k = near_lo(u); k < u; k++)
      if (x->tags[k].head == u + 1 && x->f[k].e.w == NM_TW_SINCE) return true;
    uint32_t hd = x->tags[u].head;
    if (hd == 0 || hd > x->n || verbal(&x->tags[hd - 1])) break;
    u = hd - 1;
  }
  return false;
}

/* The word that the expression at [a, b) modifies as an obl, or x->n
 * when it is none (or the sentence is not parsed). */
static uint32_t obl_head(const nm_tg_ctx *x, uint32_t a, uint32_t b) {
  if (!x->parsed || !x->tags) return x->n;
  uint32_t h = expr_head(x, a, b);
  const char *rel = x->tags[h].deprel;
  uint32_t hd = x->tags[h].head;
  if (!rel || strncmp(rel, "obl", 3) != 0 || !hd || hd > x->n) return x->n;
  return hd - 1;
}

/* Whether verb v has an auxiliary, or a dependent with relation rel. */
static bool has_aux_or(const nm_tg_ctx *x, uint32_t v, const char *rel) {
  for (uint32_t k = near_lo(v); k < near_hi(x, v); k++)
    if (x->tags[k].head == v + 1 && x->tags[k].deprel &&
        (strncmp(x->tags[k].deprel, "aux", 3) == 0 || strcmp(x->tags[k].deprel, rel) == 0))
      return true;
  return false;
}

/* "Authorities declared Saturday a day of mourning": a day that a verb of
 * declaring takes as its object is named for what is to come. */
bool nm_tg_declared_day(const nm_tg_ctx *x, uint32_t a, uint32_t b) {
  static const char *const declare[] = {"declare", "proclaim", "designate", NULL};
  if (!x->parsed || !x->tags) return false;
  uint32_t h = expr_head(x, a, b);
  const char *rel = x->tags[h].deprel;
  uint32_t hd = x->tags[h].head;
  if (!rel || strcmp(rel, "obj") != 0 || !hd || hd > x->n || !x->tags[hd - 1].lemma) return false;
  for (int k = 0; declare[k]; k++)
    if (!strcmp(x->tags[hd - 1].lemma, declare[k])) return true;
  return false;
}

bool nm_tg_done_past(const nm_tg_ctx *x, uint32_t a, uint32_t b) {
  uint32_t v = obl_head(x, a, b);
  if (v >= x->n) return false;
  if (!tag_is(&x->tags[v], "VBD") || !verbal(&x->tags[v])) return false;
  /* the verb stands alone: "was to be published in November" is no
   * thing done */
  return !has_aux_or(x, v, "mark");
}

bool nm_tg_scheduled(const nm_tg_ctx *x, uint32_t a, uint32_t b) {
  uint32_t v = obl_head(x, a, b);
  if (v >= x->n) return false;
  const nm_word_tags *g = &x->tags[v];
  if (!(tag_is(g, "VBZ") || tag_is(g, "VBP")) || !g->lemma) return false;
  static const char *const not_planned[] = {"be",    "have",    "do",   "say",  "tell", "think",
                                            "believe", "know", "seem", "want", "need", NULL};
  for (int k = 0; not_planned[k]; k++)
    if (strcmp(g->lemma, not_planned[k]) == 0) return false;
  /* the verb stands alone: no auxiliary, no copula */
  return !has_aux_or(x, v, "cop");
}

int nm_tg_tense(const nm_tg_ctx *x, uint32_t a, uint32_t b) {
  if (a > 0 && x->f[a - 1].e.w == NM_TW_SINCE) return NM_TENSE_PAST;
  /* "leave at 4 in the morning (4 a.m. EDT Thursday)": a time in
   * brackets restates the words before them and shares their tense (the
   * parse hangs it anywhere). One step: the word before the bracket is
   * no bracketed time itself. */
  {
    uint32_t o = a, c = b;
    while (o > 0 && a - o < 8 && x->f[o - 1].cls_punct != '(' && x->f[o - 1].cls_punct != ')')
      o--;
    while (c < x->n && c - b < 8 && x->f[c].cls_punct != ')' && x->f[c].cls_punct != '(')
      c++;
    if (o >= 2 && c < x->n && x->f[o - 1].cls_punct == '(' && x->f[c].cls_punct == ')' &&
        x->f[o - 2].cls_punct == 0)
      return nm_tg_tense(x, o - 2, o - 1);
  }
  if (a > 1 && x->f[a - 1].e.w == NM_TW_OF && text_is(x, a - 2, "ahead"))
    return NM_TENSE_FUTURE; /* "ahead of the weekend" */
  {
    /* "payable Dec. 15", "effective Feb. 1", "due on Monday": a date a
     * payment or a change is set for lies ahead, whatever the tense of the
     * clause that announced it */
    uint32_t k = a > 0 && text_is(x, a - 1, "on") ? a - 1 : a;
    /* "an election due in October", "due by March" ("was due in March"
     * may have passed) */
    if (a > 1 && (text_is(x, a - 1, "in") || text_is(x, a - 1, "by")) &&
        text_is(x, a - 2, "due") &&
        !(a > 2 && (text_is(x, a - 3, "was") || text_is(x, a - 3, "were"))))
      return NM_TENSE_FUTURE;
    if (k > 0 && (text_is(x, k - 1, "payable") || text_is(x, k - 1, "effective") ||
                  text_is(x, k - 1, "due")))
      return NM_TENSE_FUTURE;
  }
  /* "ways to get around Wednesday's ruling": a weekday in the possessive
   * names a thing by its day, and the tense of the clause about that
   * thing is not the thing's own; the nearest such day */
  if (b < x->n && b > a && (text_is(x, b, "'s") || text_is(x, b, "\xe2\x80\x99s")) &&
      x->f[b - 1].e.cls == NM_TL_WEEKDAY)
    return NM_TENSE_UNKNOWN;
  if (!x->tags) {
    /* untagged: only "will" says anything */
    for (uint32_t k = near_lo(a); k < near_hi(x, a); k++)
      if (x->f[k].e.w == NM_TW_WILL || x->f[k].e.w == NM_TW_SHALL) return NM_TENSE_FUTURE;
    return NM_TENSE_UNKNOWN;
  }
  if (x->parsed) {
    /* the head of the expression, then up to the verb that governs it */
    uint32_t h = expr_head(x, a, b);
    /* "planned for early December", "scheduled for Tuesday" */
    uint32_t hh = x->tags[h].head;
    if (hh && hh <= x->n && x->tags[hh - 1].lemma &&
        (strcmp(x->tags[hh - 1].lemma, "plan") == 0 ||
         strcmp(x->tags[hh - 1].lemma, "schedule") == 0 ||
         strcmp(x->tags[hh - 1].lemma, "slate") == 0 || strcmp(x->tags[hh - 1].lemma, "set") == 0))
      for (uint32_t k = near_lo(h); k < h; k++)
        if (x->tags[k].head == h + 1 && text_is(x, k, "for")) return NM_TENSE_FUTURE;
    /* "scheduled a news conference Thursday", "planned a rally on
     * Saturday": the day of the thing planned lies ahead */
    if (hh && hh <= x->n) {
      /* the verb: the object's head, or the head itself when it has an object */
      uint32_t vv = 0;
      if (tag_is(&x->tags[hh - 1], "NN") && x->tags[hh - 1].deprel &&
          strcmp(x->tags[hh - 1].deprel, "obj") == 0)
        vv = x->tags[hh - 1].head;
      else if (x->tags[h].deprel && strncmp(x->tags[h].deprel, "obl", 3) == 0)
        for (uint32_t k = near_lo(hh - 1); k < near_hi(x, hh - 1) && !vv; k++)
          if (x->tags[k].head == hh && x->tags[k].deprel && strcmp(x->tags[k].deprel, "obj") == 0)
            vv = hh;
      const char *l = vv && vv <= x->n ? x->tags[vv - 1].lemma : NULL;
      /* not "set": "set a record Friday" happened */
      if (l && (strcmp(l, "plan") == 0 || strcmp(l, "schedule") == 0 || strcmp(l, "slate") == 0))
        return NM_TENSE_FUTURE;
    }
    /* "A vote is expected on Thursday": a thing awaited now (a present
     * "be" before the participle) lies ahead ("were expected" may have
     * been, and stays with the tense) */
    if (hh && hh <= x->n && x->tags[hh - 1].lemma &&
        strcmp(x->tags[hh - 1].lemma, "expect") == 0 && tag_is(&x->tags[hh - 1], "VBN"))
      for (uint32_t k = near_lo(hh - 1); k < hh - 1; k++)
        if (x->tags[k].head == hh && x->tags[k].lemma && strcmp(x->tags[k].lemma, "be") == 0 &&
            (tag_is(&x->tags[k], "VBZ") || tag_is(&x->tags[k], "VBP")))
          return NM_TENSE_FUTURE;
    if (nm_tg_since(x, a, b)) return NM_TENSE_PAST;
    uint32_t v = h;
    for (int step = 0; step < 6; step++) {
      uint32_t hd = x->tags[v].head;
      if (hd == 0 || hd > x->n) break;
      v = hd - 1;
      if (verbal(&x->tags[v]) || step >= 1) {
        int t = verb_tense(x, v);
        if (t != NM_TENSE_UNKNOWN) return t;
      }
    }
  }
  /* the nearest finite verb, before the expression first */
  for (uint32_t k = a; k-- > near_lo(a);) {
    int t = tag_tense(x, k);
    if (t != NM_TENSE_UNKNOWN) return t;
  }
  for (uint32_t k = b; k < x->n && k < b + NEAR; k++) {
    int t = tag_tense(x, k);
    if (t != NM_TENSE_UNKNOWN) return t;
  }
  return NM_TENSE_UNKNOWN;
}

/* ------------------------------------------------------------------ */
/* The stage                                                           */

/* Parses "YYYY-MM-DD" (already checked by nm_doc_set_meta). */
static bool parse_date(const char *s, size_t n, nm_tc_point *p) {
  if (!s || n != 10) return false;
  for (int i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? s[i] != '-' : !is_digit(s[i])) return false;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || d < 1 || d > nm_tc_mdays(y, m)) return false;
  *p = nm_tc_day_point(nm_tc_days(y, m, d));
  return true;
}

/* Whether token t, right after a date, is a capitalised word of a name
 * the date begins ("May 13 Square", "April 6 Youth Movement"). */
static bool named_by_date(const nm_doc *d, const nm_token *t) {
  static const char *const heads[] = {"Square", "Street", "Avenue", "Road",   "Bridge",
                                      "Stadium", "Movement", "Boulevard", "Park", "Youth",
                                      "Hospital", "University", "Brigade", "Uprising", NULL};
  size_t n;
  const char *s;
  if (t->form) {
    s = t->form;
    n = strlen(s);
  } else {
    s = d->text + t->start;
    n = t->end - t->start;
  }
  for (size_t k = 0; heads[k]; k++)
    if (strlen(heads[k]) == n && !memcmp(heads[k], s, n)) return true;
  return false;
}

nm_status nm_times_detect(nm_doc *d) {
  d->times.n = 0;
  size_t nt = d->tokens.n;
  if (nt == 0) return NM_OK;
  nm_tg_tok *f = malloc(nt * sizeof *f);
  if (!f) return NM_ERR_NOMEM;
  const nm_token *toks = (const nm_token *)d->tokens.data;
  for (size_t i = 0; i < nt; i++) {
    size_t n;
    const char *s;
    if (toks[i].form) {
      s = toks[i].form;
      n = strlen(s);
    } else {
      s = d->text + toks[i].start;
      n = toks[i].end - toks[i].start;
    }
    nm_tg_features(s, n, &f[i]);
    f[i].glued = (toks[i].flags & NM_TOK_NO_SPACE_AFTER) != 0 ||
                 (i + 1 < nt && toks[i + 1].start == toks[i].end);
  }
  nm_tg_ctx x;
  memset(&x, 0, sizeof x);
  x.d = d;
  x.has_dct = parse_date(d->meta[NM_META_DATE].s, d->meta[NM_META_DATE].len, &x.dct);
  if (x.has_dct) x.dct_z = nm_tc_point_days(&x.dct);
  const nm_word_tags *tags = d->tags.n == nt && nt ? (const nm_word_tags *)d->tags.data : NULL;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  nm_status st = NM_OK;
  for (size_t si = 0; si < d->sentences.n && st == NM_OK; si++) {
    uint32_t first = ss[si].first_token;
    x.tok = toks + first;
    x.f = f + first;
    x.n = ss[si].n_tokens;
    x.tags = tags ? tags + first : NULL;
    x.parsed = tags && x.n && tags[first].deprel != NULL;
    x.sentence = (uint32_t)si;
    for (uint32_t i = 0; i < x.n;) {
      nm_tg_match m;
      if (!nm_tg_match_at(&x, i, &m) || m.b <= i) {
        i++;
        continue;
      }
      /* a date that names a place or a movement is no time: "near the May
       * 13 Square", "the April 6 Youth Movement" */
      if (m.b < x.n && named_by_date(d, &x.tok[m.b])) {
        i = m.b;
        continue;
      }
      nm_time *t = nm_vec_push(&d->times);
      char buf[48];
      const char *v = m.v;
      if (m.point) {
        nm_tc_format(&m.p, buf, sizeof buf);
        v = buf;
      }
      if (!t) {
        st = NM_ERR_NOMEM;
        break;
      }
      if (!(t->value = nm_arena_strndup(&d->arena, v, strlen(v)))) {
        d->times.n--;
        st = NM_ERR_NOMEM;
        break;
      }
      t->start = x.tok[m.a].start + m.skip;
      t->end = x.tok[m.b - 1].end;
      if (t->start > t->end) t->start = x.tok[m.a].start;
      t->sentence = (uint32_t)si;
      t->type = (nm_time_type)m.type;
      if (m.point && m.p.y >= 0 && m.p.gran >= NM_TG_YEAR && m.p.gran != NM_TG_WEEKEND &&
          !m.back) {
        x.refp = m.p;
        x.has_refp = true;
        x.refp_sentence = (uint32_t)si;
        /* the story's quarter is the first one it names, the one it
         * reports; later ones are background ("after a flat second
         * quarter") or outlook */
        if (m.p.gran == NM_TG_QUARTER && !x.has_refq) {
          x.refq = m.p;
          x.has_refq = true;
        }
      } else if (m.point && m.back && x.has_refp && m.p.gran == x.refp.gran &&
                 m.p.y == x.refp.y && m.p.sub == x.refp.sub && m.p.m == x.refp.m) {
        /* "the quarter", "the latest period": the period in play named
         * again stays in play from here */
        x.refp_sentence = (uint32_t)si;
      } else if (m.point && m.back && x.has_refq && m.p.gran == NM_TG_QUARTER &&
                 m.p.y == x.refq.y && m.p.sub == x.refq.sub) {
        /* "the latest quarter" after a day was named ("closed at $5
         * yesterday"): the story's quarter is in play again */
        x.refp = x.refq;
        x.has_refp = true;
        x.refp_sentence = (uint32_t)si;
      }
      /* "has intensified since the Sept. 11 shelling": a day that starts
       * a span looks back; the story's day stays in play */
      if (m.sets_ref && !nm_tg_since(&x, m.a, m.b)) {
        x.ref = m.p;
        x.ref.part = 0;
        x.ref.gran = NM_TG_DAY;
        x.has_ref = true;
        x.ref_sentence = (uint32_t)si;
      }
      i = m.b;
    }
  }
  free(f);
  return st;
}

void nm_json_times(nm_obuf *o, const nm_doc *d) {
  NM_OBUF_LIT(o, ",\"times\":[");
  const nm_time *ts = (const nm_time *)d->times.data;
  for (size_t i = 0; i < d->times.n; i++) {
    const nm_time *t = &ts[i];
    nm_obuf_puts(o, i ? ",{\"start\":" : "{\"start\":");
    nm_obuf_u64(o, t->start);
    NM_OBUF_LIT(o, ",\"end\":");
    nm_obuf_u64(o, t->end);
    NM_OBUF_LIT(o, ",\"text\":");
    nm_obuf_json_str(o, d->text + t->start, t->end - t->start);
    NM_OBUF_LIT(o, ",\"type\":\"");
    nm_obuf_puts(o, nm_time_type_name(t->type));
    NM_OBUF_LIT(o, "\",\"value\":");
    nm_obuf_json_str(o, t->value, strlen(t->value));
    NM_OBUF_LIT(o, "}");
  }
  NM_OBUF_LIT(o, "]");
}
