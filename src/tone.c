/* tone.c - stage "tone": loading the compiled lexicon (tone_lex.h), VADER's
 * rules over our tokens, GDELT-style word counts, and the JSON layer.
 *
 * The rules follow Hutto & Gilbert (2014) and their published description:
 * a sentence's words carry lexicon valences; a valence is raised by ALL-CAPS
 * emphasis and by degree modifiers up to three words before it (weakened
 * with distance), flipped and damped by a negation within three words
 * (x -0.74), damped or flipped by "least"; a "but" halves what precedes it
 * and raises what follows by half; exclamation and question marks push the
 * sum away from 0; the sum s becomes s / sqrt(s^2 + 15). docs/tone.md lists
 * every rule and constant. */
#include "tone.h"

#include "error.h"
#include "tone_lex.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* VADER's published constants. */
#define CAPS_INCR   0.733 /* an ALL-CAPS sentiment word among others that are not */
#define NEG_SCALAR  (-0.74)
#define BUT_BEFORE  0.5
#define BUT_AFTER   1.5
#define EXCL_STEP   0.292 /* per '!', up to EXCL_MAX */
#define EXCL_MAX    4
#define QUES_STEP   0.18 /* per '?' when there are 2 or 3 */
#define QUES_MANY   0.96 /* 4 or more */
#define NEVER_SO    1.25 /* "never so good" */
#define NORM_ALPHA  15.0
#define DECAY_2     0.95 /* a modifier two words before */
#define DECAY_3     0.90 /* three words before */

const nm_tone_opts nm_tone_default_opts = {
    .afinn_valence = true,
    .skip_names = true,
    .tag_rules = true,
    .lemmas = true,
    .doc_mean = false,
};

struct nm_tone_lexicon {
  nm_model model;
  const unsigned char *tab; /* slots of NM_TONE_SLOT bytes */
  uint32_t slots, entries, max_probe;
};

/* ------------------------------------------------------------------ */
/* Lookup                                                              */

static inline const unsigned char *find(const nm_tone_lexicon *lx, uint64_t key) {
  uint32_t i = nm_tone_home(key, lx->slots);
  for (uint32_t p = 0; p <= lx->max_probe; p++) {
    const unsigned char *s = lx->tab + (size_t)NM_TONE_SLOT * i;
    uint64_t k = nm_rd64(s);
    if (k == key) return s;
    if (k == 0) return NULL;
    if (++i == lx->slots) i = 0;
  }
  return NULL;
}

static inline uint32_t slot_flags(const unsigned char *s) { return nm_rd16(s + 14); }
static inline int slot_valence(const unsigned char *s) { return (int16_t)nm_rd16(s + 8); }
static inline int slot_boost(const unsigned char *s) { return (int16_t)nm_rd16(s + 10); }
static inline int slot_afinn(const unsigned char *s) { return (int8_t)s[12]; }

/* ------------------------------------------------------------------ */
/* Loading                                                             */

static nm_tone_lexicon *fail(nm_tone_lexicon *lx, nm_error *err, nm_status code, const char *msg) {
  if (lx) {
    nm_model_close(&lx->model);
    free(lx);
  }
  nm_fail(err, code, msg, 0);
  return NULL;
}

/* Checks one filled slot's fields; NULL when they are sound. */
static const char *check_slot(const unsigned char *s) {
  uint32_t f = slot_flags(s);
  int v = slot_valence(s), b = slot_boost(s), a = slot_afinn(s);
  if (!f || (f & ~(uint32_t)NM_TONE_ALL_FLAGS)) return "tone lexicon: an entry has bad flags";
  if (s[13] != 0) return "tone lexicon: an entry's reserved byte is set";
  if (v < -NM_TONE_MAX_VALENCE || v > NM_TONE_MAX_VALENCE || (v && !(f & NM_TONE_VALENCE)))
    return "tone lexicon: an entry has a bad valence";
  if ((f & NM_TONE_FROM_AFINN) && (f & (NM_TONE_VALENCE | NM_TONE_AFINN)) !=
                                      (NM_TONE_VALENCE | NM_TONE_AFINN))
    return "tone lexicon: an entry has a bad valence";
  if (b < -NM_TONE_MAX_BOOST || b > NM_TONE_MAX_BOOST || (b != 0) != ((f & NM_TONE_BOOST) != 0))
    return "tone lexicon: an entry has a bad boost";
  if (a < -NM_TONE_MAX_AFINN || a > NM_TONE_MAX_AFINN || (a && !(f & NM_TONE_AFINN)))
    return "tone lexicon: an entry has a bad AFINN score";
  return NULL;
}

/* Walks the table once from just after an empty slot, so that `run` (the
 * filled slots ending at the current one) is exact: every entry must lie
 * within the probe limit of its home with no empty slot between. Counts
 * entries with a valence and with an AFINN score. */
static const char *check_table(const nm_tone_lexicon *lx, uint32_t *nval, uint32_t *naf) {
  const unsigned char *t = lx->tab;
  uint32_t slots = lx->slots, start = 0, filled = 0, run = 0;
  *nval = *naf = 0;
  while (start < slots && nm_rd64(t + (size_t)NM_TONE_SLOT * start) != 0)
    start++;
  if (start == slots) return "tone lexicon: the table has no empty slot";
  for (uint32_t k = 1; k <= slots; k++) {
    uint32_t i = (uint32_t)(((uint64_t)start + k) % slots);
    const unsigned char *s = t + (size_t)NM_TONE_SLOT * i;
    uint64_t key = nm_rd64(s);
    if (key == 0) {
      for (unsigned b = 8; b < NM_TONE_SLOT; b++)
        if (s[b]) return "tone lexicon: an empty slot holds data";
      run = 0;
      continue;
    }
    run++;
    filled++;
    const char *msg = check_slot(s);
    if (msg) return msg;
    *nval += (slot_flags(s) & NM_TONE_VALENCE) != 0;
    *naf += (slot_flags(s) & NM_TONE_AFINN) != 0;
    uint32_t h = nm_tone_home(key, slots), dist = i >= h ? i - h : i + (slots - h);
    if (dist > lx->max_probe || dist >= run)
      return "tone lexicon: an entry lies outside its probe sequence";
  }
  if (filled != lx->entries) return "tone lexicon: the entry count is wrong";
  return NULL;
}

/* Every key must be found at its own slot: a key stored twice would not. */
static const char *check_unique(const nm_tone_lexicon *lx) {
  for (uint32_t i = 0; i < lx->slots; i++) {
    const unsigned char *s = lx->tab + (size_t)NM_TONE_SLOT * i;
    uint64_t key = nm_rd64(s);
    if (key != 0 && find(lx, key) != s) return "tone lexicon: a key is stored twice";
  }
  return NULL;
}

static nm_tone_lexicon *load(nm_tone_lexicon *lx, nm_error *err) {
  size_t len;
  const unsigned char *inf = nm_model_section(&lx->model, NM_TONE_INFO_ID, &len);
  if (!inf || len != NM_TONE_INFO_LEN)
    return fail(lx, err, NM_ERR_FORMAT, "tone lexicon: missing or bad TINF");
  if (nm_rd32(inf) != NM_TONE_FORMAT)
    return fail(lx, err, NM_ERR_FORMAT, "tone lexicon: unsupported format version; rebuild it");
  if (nm_rd32(inf + 4) != NM_TONE_MAX_TOKENS)
    return fail(lx, err, NM_ERR_FORMAT, "tone lexicon: built for another phrase length");
  uint32_t slots = nm_rd32(inf + 8), entries = nm_rd32(inf + 12), probe = nm_rd32(inf + 16);
  if (slots < NM_TONE_MIN_SLOTS || slots > NM_TONE_MAX_SLOTS || entries >= slots ||
      probe >= slots || nm_rd32(inf + 20) > entries || nm_rd32(inf + 24) > entries ||
      nm_rd32(inf + 28) != 0)
    return fail(lx, err, NM_ERR_FORMAT, "tone lexicon: bad counts");
  const unsigned char *tab = nm_model_section(&lx->model, NM_TONE_TABLE_ID, &len);
  if (!tab || len % NM_TONE_SLOT || len / NM_TONE_SLOT != slots)
    return fail(lx, err, NM_ERR_FORMAT, "tone lexicon: table size is wrong");
  lx->tab = tab;
  lx->slots = slots;
  lx->entries = entries;
  lx->max_probe = probe;
  uint32_t nval, naf;
  const char *msg = check_table(lx, &nval, &naf);
  if (!msg && (nval != nm_rd32(inf + 20) || naf != nm_rd32(inf + 24)))
    msg = "tone lexicon: the valence or AFINN count is wrong";
  if (!msg) msg = check_unique(lx);
  if (msg) return fail(lx, err, NM_ERR_FORMAT, msg);
  return lx;
}

nm_tone_lexicon *nm_tone_open(const char *path, nm_error *err) {
  if (!path) return fail(NULL, err, NM_ERR_INVALID, "tone lexicon: no path");
  nm_tone_lexicon *lx = calloc(1, sizeof *lx);
  if (!lx) return fail(NULL, err, NM_ERR_NOMEM, "out of memory");
  if (nm_model_open(path, NM_TONE_KIND, &lx->model, err) != NM_OK) {
    free(lx);
    return NULL;
  }
  return load(lx, err);
}

nm_tone_lexicon *nm_tone_open_mem(const unsigned char *buf, size_t len, nm_error *err) {
  nm_tone_lexicon *lx = calloc(1, sizeof *lx);
  if (!lx) return fail(NULL, err, NM_ERR_NOMEM, "out of memory");
  if (nm_model_open_mem(buf, len, NM_TONE_KIND, &lx->model, err) != NM_OK) {
    free(lx);
    return NULL;
  }
  return load(lx, err);
}

void nm_tone_free(nm_tone_lexicon *lx) {
  if (!lx) return;
  nm_model_close(&lx->model);
  free(lx);
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

/* What one pass over a token's bytes tells. */
typedef struct tinfo {
  uint64_t hash;  /* nm_tone_token_hash() */
  uint8_t upper;  /* has an ASCII capital */
  uint8_t lower;  /* has an ASCII small letter */
  uint8_t letter; /* has a letter: ASCII, or a non-ASCII character outside
                     U+0080..U+00BF and U+2000..U+2FFF (punctuation, symbols) */
  uint8_t alnum;  /* has a letter or a digit */
  uint16_t excl, ques;
} tinfo;

/* Byte classes: 1 capital, 2 small, 4 digit, 8 '!', 16 '?', 32 a UTF-8
 * lead byte of a letter (see tinfo.letter). */
static const unsigned char cls[256] = {
    ['!'] = 8, ['?'] = 16,
    ['0'] = 4, ['1'] = 4, ['2'] = 4, ['3'] = 4, ['4'] = 4,
    ['5'] = 4, ['6'] = 4, ['7'] = 4, ['8'] = 4, ['9'] = 4,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
    ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
    ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2,
    ['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2,
    ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2,
    ['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
    [0xC3] = 32, [0xC4] = 32, [0xC5] = 32, [0xC6] = 32, [0xC7] = 32, [0xC8] = 32, [0xC9] = 32,
    [0xCA] = 32, [0xCB] = 32, [0xCC] = 32, [0xCD] = 32, [0xCE] = 32, [0xCF] = 32, [0xD0] = 32,
    [0xD1] = 32, [0xD2] = 32, [0xD3] = 32, [0xD4] = 32, [0xD5] = 32, [0xD6] = 32, [0xD7] = 32,
    [0xD8] = 32, [0xD9] = 32, [0xDA] = 32, [0xDB] = 32, [0xDC] = 32, [0xDD] = 32, [0xDE] = 32,
    [0xDF] = 32, [0xE3] = 32, [0xE4] = 32, [0xE5] = 32, [0xE6] = 32, [0xE7] = 32, [0xE8] = 32,
    [0xE9] = 32, [0xEA] = 32, [0xEB] = 32, [0xEC] = 32, [0xED] = 32, [0xEE] = 32, [0xEF] = 32,
    [0xF0] = 32, [0xF1] = 32, [0xF2] = 32, [0xF3] = 32, [0xF4] = 32};

/* The hash agrees with nm_tone_token_hash(); the rest is gathered in the
 * same pass. */
static void token_info(const char *s, size_t len, tinfo *ti) {
  uint64_t h = 0xcbf29ce484222325ull;
  unsigned acc = 0, excl = 0, ques = 0;
  size_t n = 0;
  for (size_t i = 0; i < len; i++, n++) {
    unsigned c = (unsigned char)s[i], k = cls[c];
    acc |= k;
    excl += (k >> 3) & 1;
    ques += (k >> 4) & 1;
    if (k & 1) {
      c += 'a' - 'A';
    } else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
               (unsigned char)s[i + 2] == 0x99) {
      c = '\'';
      i += 2;
    }
    h = (h ^ c) * 0x100000001b3ull;
  }
  ti->hash = nm_tone_mix(h ^ n);
  ti->upper = (acc & 1) != 0;
  ti->lower = (acc & 2) != 0;
  ti->letter = (acc & 35) != 0;
  ti->alnum = (acc & 39) != 0;
  ti->excl = (uint16_t)(excl > 0xFFFF ? 0xFFFF : excl);
  ti->ques = (uint16_t)(ques > 0xFFFF ? 0xFFFF : ques);
}

static inline const char *tok_text(const nm_doc *d, const nm_token *t, size_t *len) {
  if (t->form) {
    *len = strlen(t->form);
    return t->form;
  }
  *len = t->end - t->start;
  return d->text + t->start;
}

/* ------------------------------------------------------------------ */
/* Scoring                                                             */

/* A word-list flag beyond the file's: a comma, semicolon or colon, which
 * ends the reach of negations and modifiers ("not bad, good"). */
#define BARRIER (1u << 16)

/* A word of a passage: a token or a matched phrase, or a BARRIER. */
typedef struct tword {
  double valence;
  double boost;
  uint32_t flags; /* the entry's; NM_TONE_VALENCE cleared when it does not count */
  uint8_t caps;   /* ALL CAPS */
} tword;

/* GDELT-style counts. */
typedef struct counts {
  uint64_t words, pos, neg;
} counts;

/* What a pass over a document needs besides the lexicon. */
typedef struct ctx {
  const nm_tone_lexicon *lx;
  const nm_tone_opts *o;
  const nm_doc *d;
  const nm_word_tags *tags;    /* parallel to tokens, or NULL */
  const unsigned char *in_name; /* per token: inside a NAME mention, or NULL */
  tword *w;                     /* scratch: a word per token of the passage */
} ctx;

/* Whether the tag of token i takes a word's valence away. */
static int tag_mutes(const ctx *c, size_t i) {
  if (!c->tags || !c->o->tag_rules) return 0;
  const char *u = c->tags[i].upos;
  if (!u) return 0;
  /* a preposition or subordinator: "like" in "looks like rain" */
  return (u[0] == 'A' && !strcmp(u, "ADP")) || (u[0] == 'S' && !strcmp(u, "SCONJ"));
}

/* The entry of token i alone, looked up again (tokens inside a phrase). */
static const unsigned char *lookup_token(const ctx *c, size_t i, tinfo *ti) {
  size_t l;
  const char *s = tok_text(c->d, (const nm_token *)c->d->tokens.data + i, &l);
  token_info(s, l, ti);
  return find(c->lx, nm_tone_key_of(nm_tone_key_step(NM_TONE_KEY_SEED, ti->hash)));
}

/* Whether token i carries no sentiment of its own: inside a name, or
 * muted by its tag. */
static int muted(const ctx *c, size_t i) {
  return (c->in_name && c->in_name[i]) || tag_mutes(c, i);
}

/* Adds token i to the GDELT counts: a word is a token with a letter that
 * does not continue the previous token's surface word; it is positive or
 * negative by its AFINN score, unless muted. */
static void count_word(const ctx *c, counts *k, size_t i, const tinfo *ti,
                       const unsigned char *e) {
  const nm_token *t = (const nm_token *)c->d->tokens.data + i;
  if (!ti->letter || (t->flags & NM_TOK_JOINED)) return;
  k->words++;
  if (e && (slot_flags(e) & NM_TONE_AFINN) && !muted(c, i)) {
    int a = slot_afinn(e);
    k->pos += a > 0;
    k->neg += a < 0;
  }
}

/* The entry of token i's lemma when it has a valence, the options allow it
 * and the lemma differs from the token (s, l); else NULL. */
static const unsigned char *lemma_entry(const ctx *c, size_t i, const char *s, size_t l) {
  if (!c->tags || !c->o->lemmas) return NULL;
  const char *lm = c->tags[i].lemma;
  if (!lm || !*lm || (strlen(lm) == l && memcmp(lm, s, l) == 0)) return NULL;
  tinfo ti;
  token_info(lm, strlen(lm), &ti);
  const unsigned char *e =
      find(c->lx, nm_tone_key_of(nm_tone_key_step(NM_TONE_KEY_SEED, ti.hash)));
  return e && (slot_flags(e) & NM_TONE_VALENCE) ? e : NULL;
}

/* Turns tokens [first, first + n) into words in c->w; returns how many,
 * and the passage's '!' and '?' counts. Adds to k when not NULL. */
static size_t make_words(const ctx *c, size_t first, size_t n, unsigned *excl, unsigned *ques,
                         counts *k) {
  const nm_token *toks = (const nm_token *)c->d->tokens.data;
  size_t m = 0, end = first + n;
  unsigned ex = 0, qu = 0;
  for (size_t i = first; i < end;) {
    const nm_token *t = &toks[i];
    size_t l;
    const char *s = tok_text(c->d, t, &l);
    tinfo ti;
    token_info(s, l, &ti);
    ex += ti.excl;
    qu += ti.ques;
    uint64_t st = nm_tone_key_step(NM_TONE_KEY_SEED, ti.hash);
    const unsigned char *e = find(c->lx, nm_tone_key_of(st));
    if (k) count_word(c, k, i, &ti, e);
    int named = c->in_name && c->in_name[i];
    const unsigned char *best = e && (slot_flags(e) & ~(uint32_t)NM_TONE_PREFIX) ? e : NULL;
    size_t used = 1;
    int caps = ti.upper && !ti.lower, any_upper = ti.upper;
    if (e && (slot_flags(e) & NM_TONE_PREFIX) && !named) {
      /* the longest phrase starting here */
      int caps_all = caps || !ti.letter;
      for (size_t j = i + 1; j < end && j - i < NM_TONE_MAX_TOKENS; j++) {
        if (c->in_name && c->in_name[j]) break;
        size_t l2;
        const char *s2 = tok_text(c->d, &toks[j], &l2);
        tinfo t2;
        token_info(s2, l2, &t2);
        st = nm_tone_key_step(st, t2.hash);
        const unsigned char *e2 = find(c->lx, nm_tone_key_of(st));
        if (!e2) break;
        caps_all &= (t2.upper && !t2.lower) || !t2.letter;
        any_upper |= t2.upper;
        if (slot_flags(e2) & ~(uint32_t)NM_TONE_PREFIX) {
          best = e2;
          used = j - i + 1;
          caps = caps_all && any_upper;
        }
        if (!(slot_flags(e2) & NM_TONE_PREFIX)) break;
      }
      for (size_t j = i + 1; j < i + used; j++) {
        tinfo t2;
        const unsigned char *e2 = lookup_token(c, j, &t2);
        ex += t2.excl;
        qu += t2.ques;
        if (k) count_word(c, k, j, &t2, e2);
      }
    }
    if (used == 1 && !best && !named && ti.letter) {
      const unsigned char *le = lemma_entry(c, i, s, l);
      if (le) best = le;
    }
    if (best && !named) {
      tword *w = &c->w[m++];
      uint32_t f = slot_flags(best);
      w->valence = slot_valence(best) / 1000.0;
      w->boost = slot_boost(best) / 1000.0;
      if ((f & NM_TONE_FROM_AFINN) && !c->o->afinn_valence) f &= ~(uint32_t)NM_TONE_VALENCE;
      if (used == 1 && tag_mutes(c, i)) f &= ~(uint32_t)NM_TONE_VALENCE;
      w->flags = f;
      w->caps = (uint8_t)caps;
    } else if (ti.alnum && !(t->flags & NM_TOK_JOINED)) {
      tword *w = &c->w[m++]; /* a word without sentiment: it takes a place */
      w->valence = w->boost = 0;
      w->flags = 0;
      w->caps = (uint8_t)caps;
    } else if (l == 1 && (s[0] == ',' || s[0] == ';' || s[0] == ':') && m &&
               !(c->w[m - 1].flags & BARRIER)) {
      tword *w = &c->w[m++];
      w->valence = w->boost = 0;
      w->flags = BARRIER;
      w->caps = 0;
    }
    i += used;
  }
  *excl = ex;
  *ques = qu;
  return m;
}

/* The degree modifier w (before a word of valence v) as VADER applies it:
 * its boost, signed like v, plus caps emphasis. */
static double modifier(const tword *w, double v, int cap_diff) {
  if (!(w->flags & NM_TONE_BOOST)) return 0;
  double s = v < 0 ? -w->boost : w->boost;
  if (w->caps && cap_diff) s += v > 0 ? CAPS_INCR : -CAPS_INCR;
  return s;
}

/* Valence of word i in context, by VADER's rules. */
static double valence_at(const tword *w, size_t m, size_t i, int cap_diff) {
  const tword *x = &w[i];
  double base = x->valence, v = base;
  /* the words before i that rules may look at: three, up to a barrier */
  size_t back = 0;
  while (back < 3 && back < i && !(w[i - back - 1].flags & BARRIER))
    back++;
  /* "no" before a sentiment word is a negation, not a word of its own */
  if ((x->flags & NM_TONE_NO) && i + 1 < m && (w[i + 1].flags & NM_TONE_VALENCE)) v = 0;
  if ((back >= 1 && (w[i - 1].flags & NM_TONE_NO)) ||
      (back >= 2 && (w[i - 2].flags & NM_TONE_NO)) ||
      (back >= 3 && (w[i - 3].flags & NM_TONE_NO) && (w[i - 1].flags & NM_TONE_OR)))
    v = base * NEG_SCALAR;
  if (x->caps && cap_diff) {
    if (v > 0) v += CAPS_INCR;
    else if (v < 0) v -= CAPS_INCR;
  }
  /* modifiers and negations up to three words before; a sentiment word
   * modifies nothing (a booster's own valence, if any, never counts) */
  for (size_t dist = 1; dist <= back; dist++) {
    const tword *p = &w[i - dist];
    if ((p->flags & (NM_TONE_VALENCE | NM_TONE_BOOST)) == NM_TONE_VALENCE) continue;
    double s = modifier(p, v, cap_diff);
    if (dist == 2) s *= DECAY_2;
    if (dist == 3) s *= DECAY_3;
    v += s;
    if (dist == 1) {
      if (p->flags & NM_TONE_NEGATION) v *= NEG_SCALAR;
    } else if (dist == 2) {
      const tword *q = &w[i - 1];
      if ((p->flags & NM_TONE_NEVER) && (q->flags & NM_TONE_SO))
        v *= NEVER_SO;
      else if ((p->flags & NM_TONE_WITHOUT) && (q->flags & NM_TONE_DOUBT))
        ;
      else if (p->flags & NM_TONE_NEGATION)
        v *= NEG_SCALAR;
    } else {
      const tword *q1 = &w[i - 1], *q2 = &w[i - 2];
      if ((p->flags & NM_TONE_NEVER) && ((q1->flags | q2->flags) & NM_TONE_SO))
        v *= NEVER_SO;
      else if ((p->flags & NM_TONE_WITHOUT) && ((q1->flags | q2->flags) & NM_TONE_DOUBT))
        ;
      else if (p->flags & NM_TONE_NEGATION)
        v *= NEG_SCALAR;
    }
  }
  /* "least good" flips; "at least" and "very least" do not */
  if (back >= 1 && (w[i - 1].flags & NM_TONE_LEAST) && !(w[i - 1].flags & NM_TONE_VALENCE)) {
    if (!(back >= 2 && (w[i - 2].flags & NM_TONE_LEAST_KEEP))) v *= NEG_SCALAR;
  }
  return v;
}

/* The raw sum of a passage's word valences, after the "but" rule. */
static double passage_sum(const tword *w, size_t m) {
  size_t ncaps = 0, nwords = 0, but = m;
  for (size_t i = 0; i < m; i++) {
    ncaps += w[i].caps;
    nwords += !(w[i].flags & BARRIER);
    if (but == m && (w[i].flags & NM_TONE_CONTRAST)) but = i;
  }
  int cap_diff = ncaps > 0 && ncaps < nwords;
  double sum = 0;
  for (size_t i = 0; i < m; i++) {
    if (!(w[i].flags & NM_TONE_VALENCE) || (w[i].flags & NM_TONE_BOOST)) continue;
    double v = valence_at(w, m, i, cap_diff);
    if (i < but) v *= but < m ? BUT_BEFORE : 1.0;
    else if (i > but) v *= BUT_AFTER;
    sum += v;
  }
  return sum;
}

/* Exclamation and question marks push a nonzero sum away from 0. */
static double punctuate(double sum, unsigned excl, unsigned ques) {
  double amp = (excl > EXCL_MAX ? EXCL_MAX : excl) * EXCL_STEP;
  if (ques > 1) amp += ques <= 3 ? ques * QUES_STEP : QUES_MANY;
  if (sum > 0) return sum + amp;
  if (sum < 0) return sum - amp;
  return sum;
}

static double normalise(double s) {
  double x = s / sqrt(s * s + NORM_ALPHA);
  return x < -1 ? -1 : x > 1 ? 1 : x;
}

/* Marks the tokens of NAME mentions in a malloc'd *out, left NULL when
 * there are none or the option is off. -1 when out of memory. */
static int name_marks(const nm_doc *d, const nm_tone_opts *o, unsigned char **out) {
  *out = NULL;
  if (!o->skip_names || !d->mentions.n || !d->tokens.n) return 0;
  unsigned char *in = calloc(d->tokens.n, 1);
  if (!in) return -1;
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  for (size_t k = 0; k < d->mentions.n; k++) {
    if (ms[k].kind != NM_MENTION_NAME) continue;
    size_t a = ms[k].first_token, b = a + ms[k].n_tokens;
    for (size_t i = a; i < b && i < d->tokens.n; i++)
      in[i] = 1;
  }
  *out = in;
  return 0;
}

static const nm_word_tags *doc_tags(const nm_doc *d) {
  return d->tags.n == d->tokens.n && d->tokens.n ? (const nm_word_tags *)d->tags.data : NULL;
}

/* The first token that ends after byte at (tokens are in text order). */
static size_t token_after(const nm_doc *d, uint32_t at) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t lo = 0, hi = d->tokens.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t[mid].end <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Scores every quotation's content; c->w is reallocated as needed. The
 * document's word counts (k) are not touched: quotations are part of the
 * sentences already counted. */
static nm_status quote_tones(ctx *c, counts *k) {
  (void)k;
  nm_quote *qs = (nm_quote *)c->d->quotes.data;
  const nm_token *t = (const nm_token *)c->d->tokens.data;
  size_t cap = 0;
  tword *w = NULL;
  for (size_t i = 0; i < c->d->quotes.n; i++) {
    size_t first = token_after(c->d, qs[i].start), last = first;
    while (last < c->d->tokens.n && t[last].start < qs[i].end) last++;
    size_t n = last - first;
    qs[i].tone = 0;
    if (!n) continue;
    if (n > cap) {
      tword *nw = realloc(w, n * sizeof *w);
      if (!nw) {
        free(w);
        return NM_ERR_NOMEM;
      }
      w = nw;
      cap = n;
    }
    tword *saved = c->w;
    c->w = w;
    unsigned ex, qu;
    size_t m = make_words(c, first, n, &ex, &qu, NULL);
    qs[i].tone = normalise(punctuate(passage_sum(c->w, m), ex, qu));
    c->w = saved;
  }
  free(w);
  return NM_OK;
}

nm_status nm_tone_score_opts(const nm_tone_lexicon *lx, const nm_tone_opts *o, nm_doc *d) {
  if (!lx || !d) return NM_ERR_INVALID;
  if (!o) o = &nm_tone_default_opts;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  size_t ns = d->sentences.n, longest = 0;
  for (size_t i = 0; i < ns; i++)
    if (ss[i].n_tokens > longest) longest = ss[i].n_tokens;
  d->sentence_tone.n = 0;
  if (nm_vec_reserve(&d->sentence_tone, ns) != 0) return NM_ERR_NOMEM;
  ctx c = {lx, o, d, doc_tags(d), NULL, NULL};
  if (longest) {
    c.w = malloc(longest * sizeof *c.w);
    if (!c.w) return NM_ERR_NOMEM;
  }
  unsigned char *marks;
  if (name_marks(d, o, &marks) != 0) {
    free(c.w);
    return NM_ERR_NOMEM;
  }
  c.in_name = marks;
  counts k = {0, 0, 0};
  double *out = (double *)d->sentence_tone.data, total = 0, mean = 0;
  unsigned excl_all = 0, ques_all = 0;
  for (size_t i = 0; i < ns; i++) {
    unsigned ex, qu;
    size_t m = make_words(&c, ss[i].first_token, ss[i].n_tokens, &ex, &qu, &k);
    double sum = passage_sum(c.w, m);
    out[i] = normalise(punctuate(sum, ex, qu));
    total += sum;
    mean += out[i];
    excl_all += ex;
    ques_all += qu;
  }
  d->sentence_tone.n = ns;
  /* each quotation's content, as if it were a sentence */
  nm_status qst = quote_tones(&c, &k);
  free(c.w);
  free(marks);
  if (qst != NM_OK) return qst;
  nm_tone *t = &d->tone;
  memset(t, 0, sizeof *t);
  t->word_count = k.words > UINT32_MAX ? UINT32_MAX : (uint32_t)k.words;
  if (k.words) {
    t->positive = 100.0 * (double)k.pos / (double)k.words;
    t->negative = 100.0 * (double)k.neg / (double)k.words;
  }
  t->tone = t->positive - t->negative;
  t->polarity = t->positive + t->negative;
  if (o->doc_mean)
    t->compound = ns ? mean / (double)ns : 0;
  else
    t->compound = normalise(punctuate(total, excl_all, ques_all));
  d->has_tone = true;
  return NM_OK;
}

nm_status nm_tone_score(const nm_tone_lexicon *lx, nm_doc *d) {
  return nm_tone_score_opts(lx, &nm_tone_default_opts, d);
}

nm_status nm_tone_span(const nm_tone_lexicon *lx, const nm_doc *d, uint32_t first, uint32_t n,
                       double *compound) {
  if (!lx || !d || !compound || first > d->tokens.n || n > d->tokens.n - first)
    return NM_ERR_INVALID;
  *compound = 0;
  if (!n) return NM_OK;
  const nm_tone_opts *o = &nm_tone_default_opts;
  ctx c = {lx, o, d, doc_tags(d), NULL, malloc((size_t)n * sizeof(tword))};
  if (!c.w) return NM_ERR_NOMEM;
  unsigned char *marks;
  if (name_marks(d, o, &marks) != 0) {
    free(c.w);
    return NM_ERR_NOMEM;
  }
  c.in_name = marks;
  unsigned ex, qu;
  size_t m = make_words(&c, first, n, &ex, &qu, NULL);
  *compound = normalise(punctuate(passage_sum(c.w, m), ex, qu));
  free(c.w);
  free(marks);
  return NM_OK;
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

void nm_json_fixed4(nm_obuf *o, double x) {
  if (!isfinite(x)) x = 0;
  double r = floor(fabs(x) * 10000.0 + 0.5);
  if (r > 1e15) r = 1e15;
  uint64_t v = (uint64_t)r;
  if (x < 0 && v) NM_OBUF_LIT(o, "-");
  nm_obuf_u64(o, v / 10000);
  unsigned frac = (unsigned)(v % 10000);
  if (!frac) return;
  char buf[6] = {'.', 0, 0, 0, 0, 0};
  size_t n = 1;
  for (unsigned div = 1000; div && frac; div /= 10) {
    buf[n++] = (char)('0' + frac / div);
    frac %= div;
  }
  nm_obuf_put(o, buf, n);
}

void nm_json_tone(nm_obuf *o, const nm_doc *d) {
  if (!d->has_tone) {
    NM_OBUF_LIT(o, ",\"tone\":{}");
    return;
  }
  const nm_tone *t = &d->tone;
  NM_OBUF_LIT(o, ",\"tone\":{\"tone\":");
  nm_json_fixed4(o, t->tone);
  NM_OBUF_LIT(o, ",\"positive\":");
  nm_json_fixed4(o, t->positive);
  NM_OBUF_LIT(o, ",\"negative\":");
  nm_json_fixed4(o, t->negative);
  NM_OBUF_LIT(o, ",\"polarity\":");
  nm_json_fixed4(o, t->polarity);
  NM_OBUF_LIT(o, ",\"word_count\":");
  nm_obuf_u64(o, t->word_count);
  NM_OBUF_LIT(o, ",\"compound\":");
  nm_json_fixed4(o, t->compound);
  NM_OBUF_LIT(o, ",\"sentences\":[");
  const double *s = (const double *)d->sentence_tone.data;
  for (size_t i = 0; i < d->sentence_tone.n; i++) {
    if (i) NM_OBUF_LIT(o, ",");
    nm_json_fixed4(o, s[i]);
  }
  NM_OBUF_LIT(o, "]}");
}
