/* tone_build.c - compiling a tone lexicon: the team's rule words, splitting
 * entries into tokens, merging, and laying out the hashed table (format in
 * tone_lex.h). */
#include "tone_build.h"

#include "doc.h"
#include "error.h"
#include "segment.h"
#include "tone_lex.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Rule words                                                          */

/* VADER's published increment for a degree modifier (Hutto & Gilbert 2014,
 * table 3: the mean change of a rating on a scale of 1 to 4). */
#define UP   293
#define DOWN (-293)

/* Written by the newsmill team as the segmenter splits them ("n't" is a
 * token of its own). Roles are documented in docs/tone.md. */
#define W(t, f)     {t, sizeof(t) - 1, (f), 0, 0, 0, 1, 1}
#define B(t, b)     {t, sizeof(t) - 1, NM_TONE_BOOST, 0, (b), 0, 1, 1}
#define BF(t, b, f) {t, sizeof(t) - 1, NM_TONE_BOOST | (f), 0, (b), 0, 1, 1}
#define I(t, v)     {t, sizeof(t) - 1, NM_TONE_VALENCE, (v), 0, 0, 1, 1}
static const nm_tone_entry rules[] = {
    /* negations: the valence of a word within three words after one is
     * scaled by -0.74 */
    W("not", NM_TONE_NEGATION), W("n't", NM_TONE_NEGATION),
    W("never", NM_TONE_NEGATION | NM_TONE_NEVER), W("neither", NM_TONE_NEGATION),
    W("nor", NM_TONE_NEGATION | NM_TONE_OR), W("none", NM_TONE_NEGATION),
    W("nobody", NM_TONE_NEGATION), W("nothing", NM_TONE_NEGATION),
    W("nowhere", NM_TONE_NEGATION), W("nope", NM_TONE_NEGATION),
    W("without", NM_TONE_NEGATION | NM_TONE_WITHOUT), W("cannot", NM_TONE_NEGATION),
    W("rarely", NM_TONE_NEGATION), W("seldom", NM_TONE_NEGATION), W("despite", NM_TONE_NEGATION),
    /* contractions written without their apostrophe, as in informal text */
    W("aint", NM_TONE_NEGATION), W("arent", NM_TONE_NEGATION), W("cant", NM_TONE_NEGATION),
    W("couldnt", NM_TONE_NEGATION), W("didnt", NM_TONE_NEGATION), W("doesnt", NM_TONE_NEGATION),
    W("dont", NM_TONE_NEGATION), W("hadnt", NM_TONE_NEGATION), W("hasnt", NM_TONE_NEGATION),
    W("havent", NM_TONE_NEGATION), W("isnt", NM_TONE_NEGATION), W("mightnt", NM_TONE_NEGATION),
    W("mustnt", NM_TONE_NEGATION), W("neednt", NM_TONE_NEGATION), W("shant", NM_TONE_NEGATION),
    W("shouldnt", NM_TONE_NEGATION), W("wasnt", NM_TONE_NEGATION), W("werent", NM_TONE_NEGATION),
    W("wont", NM_TONE_NEGATION), W("wouldnt", NM_TONE_NEGATION),
    /* words of the special rules */
    W("no", NM_TONE_NO), W("or", NM_TONE_OR), W("but", NM_TONE_CONTRAST),
    W("least", NM_TONE_LEAST), W("at", NM_TONE_LEAST_KEEP), W("this", NM_TONE_SO),
    W("doubt", NM_TONE_DOUBT),
    /* boosters */
    BF("very", UP, NM_TONE_LEAST_KEEP), BF("so", UP, NM_TONE_SO), B("absolutely", UP),
    B("amazingly", UP), B("awfully", UP), B("completely", UP), B("considerable", UP),
    B("considerably", UP), B("decidedly", UP), B("deeply", UP), B("enormous", UP),
    B("enormously", UP), B("entirely", UP), B("especially", UP), B("exceedingly", UP),
    B("exceptional", UP), B("exceptionally", UP), B("extraordinarily", UP), B("extreme", UP),
    B("extremely", UP), B("fabulously", UP), B("fully", UP), B("greatly", UP), B("highly", UP),
    B("hugely", UP), B("immensely", UP), B("incredible", UP), B("incredibly", UP),
    B("intensely", UP), B("major", UP), B("majorly", UP), B("more", UP), B("most", UP),
    B("particularly", UP), B("profoundly", UP), B("purely", UP), B("quite", UP), B("really", UP),
    B("remarkably", UP), B("substantially", UP), B("thoroughly", UP), B("total", UP),
    B("totally", UP), B("tremendous", UP), B("tremendously", UP), B("truly", UP),
    B("unbelievably", UP), B("unusually", UP), B("utter", UP), B("utterly", UP), B("uber", UP),
    B("hella", UP), B("effing", UP), B("freaking", UP), B("frigging", UP), B("fricking", UP),
    B("fucking", UP), B("fuckin", UP),
    /* dampeners */
    B("almost", DOWN), B("barely", DOWN), B("hardly", DOWN), B("scarcely", DOWN), B("scarce", DOWN),
    B("kinda", DOWN), B("kind of", DOWN), B("sorta", DOWN), B("sort of", DOWN),
    B("just enough", DOWN), B("less", DOWN), B("little", DOWN), B("marginal", DOWN),
    B("marginally", DOWN), B("occasional", DOWN), B("occasionally", DOWN), B("partly", DOWN),
    B("slight", DOWN), B("slightly", DOWN), B("somewhat", DOWN),
    /* idioms: the phrase's valence replaces its words' */
    I("kiss of death", -1500), I("to die for", 3000), I("broken heart", -2900),
    I("yeah right", -2000), I("cut the mustard", 2000), I("hand to mouth", -2000),
    I("under the weather", -1500), I("on the ball", 1500), I("upper hand", 1000),
    I("in the red", -1500), I("as well", 0)};
#undef W
#undef B
#undef BF
#undef I

const nm_tone_entry *nm_tone_rule_entries(size_t *n) {
  *n = sizeof rules / sizeof rules[0];
  return rules;
}

/* ------------------------------------------------------------------ */
/* Records                                                             */

/* One key before merging: an entry, or a proper prefix of a phrase. */
typedef struct rec {
  uint64_t key;
  uint32_t flags;
  int32_t valence, boost, afinn;
  uint8_t priority, full, ntok;
} rec;

typedef struct recs {
  rec *r;
  size_t n, cap;
} recs;

static int push_rec(recs *v, const rec *x) {
  if (v->n == v->cap) {
    size_t c = v->cap ? v->cap * 2 : 1024;
    if (c > SIZE_MAX / sizeof(rec)) return -1;
    rec *q = realloc(v->r, c * sizeof *q);
    if (!q) return -1;
    v->r = q;
    v->cap = c;
  }
  v->r[v->n++] = *x;
  return 0;
}

static int entry_ok(const nm_tone_entry *e) {
  uint32_t allowed = NM_TONE_ALL_FLAGS & ~(uint32_t)(NM_TONE_PREFIX | NM_TONE_FROM_AFINN);
  if (!e->flags || (e->flags & ~allowed)) return 0;
  if (!e->text && e->len) return 0;
  if (e->valence < -NM_TONE_MAX_VALENCE || e->valence > NM_TONE_MAX_VALENCE) return 0;
  if (e->valence && !(e->flags & NM_TONE_VALENCE)) return 0;
  if (e->boost < -NM_TONE_MAX_BOOST || e->boost > NM_TONE_MAX_BOOST) return 0;
  if ((e->boost != 0) != ((e->flags & NM_TONE_BOOST) != 0)) return 0;
  if (e->afinn < -NM_TONE_MAX_AFINN || e->afinn > NM_TONE_MAX_AFINN) return 0;
  if (e->afinn && !(e->flags & NM_TONE_AFINN)) return 0;
  return 1;
}

/* The token hashes of an entry into h (at most NM_TONE_MAX_TOKENS + 1 are
 * counted); returns the number of tokens, or -1 when out of memory. */
static long entry_tokens(const nm_tone_entry *e, uint64_t *h) {
  long n = 0;
  if (e->pretokenized) {
    const char *p = e->text, *end = e->text + e->len;
    while (p < end) {
      const char *q = memchr(p, ' ', (size_t)(end - p));
      if (!q) q = end;
      if (q > p) {
        if (n < (long)NM_TONE_MAX_TOKENS) h[n] = nm_tone_token_hash(p, (size_t)(q - p));
        n++;
      }
      p = q + 1;
    }
    return n;
  }
  nm_error err;
  nm_doc *d = nm_doc_new(e->text, e->len, &err);
  if (!d) return err.code == NM_ERR_NOMEM ? -1 : 0;
  if (nm_segment(d) != NM_OK) {
    nm_doc_free(d);
    return -1;
  }
  const nm_token *t = (const nm_token *)d->tokens.data;
  for (size_t i = 0; i < d->tokens.n; i++) {
    if (n < (long)NM_TONE_MAX_TOKENS) {
      const char *s = t[i].form ? t[i].form : d->text + t[i].start;
      size_t l = t[i].form ? strlen(t[i].form) : t[i].end - t[i].start;
      h[n] = nm_tone_token_hash(s, l);
    }
    n++;
  }
  nm_doc_free(d);
  return n;
}

/* Adds the records of one entry: the entry, and each proper prefix. */
static nm_status add_entry(recs *v, const nm_tone_entry *e, nm_tone_build_stats *st) {
  uint64_t h[NM_TONE_MAX_TOKENS];
  long n = entry_tokens(e, h);
  if (n < 0) return NM_ERR_NOMEM;
  if (n == 0) {
    st->skipped_empty++;
    return NM_OK;
  }
  if (n > (long)NM_TONE_MAX_TOKENS) {
    st->skipped_long++;
    return NM_OK;
  }
  uint64_t state = NM_TONE_KEY_SEED;
  for (long k = 0; k < n; k++) {
    state = nm_tone_key_step(state, h[k]);
    rec x;
    memset(&x, 0, sizeof x);
    x.key = nm_tone_key_of(state);
    x.ntok = (uint8_t)(k + 1);
    if (k + 1 < n) {
      x.flags = NM_TONE_PREFIX;
    } else {
      x.full = 1;
      x.flags = e->flags;
      x.valence = e->valence;
      x.boost = e->boost;
      x.afinn = e->afinn;
      x.priority = e->priority;
    }
    if (push_rec(v, &x) != 0) return NM_ERR_NOMEM;
  }
  return NM_OK;
}

static int cmp_i32(int32_t a, int32_t b) { return a < b ? -1 : a > b; }
static int32_t abs32(int32_t a) { return a < 0 ? -a : a; }

/* A total order on all fields, so that the merge does not depend on the
 * order of the entries. */
static int rec_cmp(const void *pa, const void *pb) {
  const rec *a = pa, *b = pb;
  if (a->key != b->key) return a->key < b->key ? -1 : 1;
  int c;
  if ((c = cmp_i32(b->full, a->full)) || (c = cmp_i32(b->priority, a->priority)) ||
      (c = cmp_i32(a->ntok, b->ntok)) || (c = cmp_i32(abs32(b->valence), abs32(a->valence))) ||
      (c = cmp_i32(b->valence, a->valence)) || (c = cmp_i32(abs32(b->boost), abs32(a->boost))) ||
      (c = cmp_i32(b->boost, a->boost)) || (c = cmp_i32(abs32(b->afinn), abs32(a->afinn))) ||
      (c = cmp_i32(b->afinn, a->afinn)))
    return c;
  return a->flags < b->flags ? -1 : a->flags > b->flags;
}

/* True when value x (with priority p) beats the best so far. */
static int better(int32_t x, uint8_t p, int32_t best, uint8_t best_p, int have) {
  if (!have) return 1;
  if (p != best_p) return p > best_p;
  if (abs32(x) != abs32(best)) return abs32(x) > abs32(best);
  return x > best;
}

/* Merges sorted records in place; returns the number of distinct keys. */
static size_t merge(rec *r, size_t nr, nm_tone_build_stats *st) {
  size_t out = 0;
  for (size_t i = 0; i < nr;) {
    rec m;
    memset(&m, 0, sizeof m);
    m.key = r[i].key;
    int hv = 0, hb = 0, ha = 0;
    uint8_t pv = 0, pb = 0, pa = 0;
    size_t j = i;
    for (; j < nr && r[j].key == m.key; j++) {
      const rec *x = &r[j];
      m.flags |= x->flags;
      if (x->full && x->ntok > m.ntok) m.ntok = x->ntok;
      if ((x->flags & NM_TONE_VALENCE) && better(x->valence, x->priority, m.valence, pv, hv)) {
        m.valence = x->valence;
        pv = x->priority;
        hv = 1;
      }
      if ((x->flags & NM_TONE_BOOST) && better(x->boost, x->priority, m.boost, pb, hb)) {
        m.boost = x->boost;
        pb = x->priority;
        hb = 1;
      }
      if ((x->flags & NM_TONE_AFINN) && better(x->afinn, x->priority, m.afinn, pa, ha)) {
        m.afinn = x->afinn;
        pa = x->priority;
        ha = 1;
      }
    }
    if (m.ntok >= 2) st->phrases++;
    r[out++] = m;
    i = j;
  }
  return out;
}

/* Gives words with an AFINN score and no valence one on VADER's scale
 * (boosters keep none: their own valence would not count):
 * the least-squares slope through 0 of valence on score over the words
 * that have both, in exact integer arithmetic. */
static void map_afinn(rec *r, size_t e, nm_tone_build_stats *st) {
  int64_t va = 0, aa = 0;
  for (size_t k = 0; k < e; k++)
    if ((r[k].flags & NM_TONE_VALENCE) && (r[k].flags & NM_TONE_AFINN)) {
      va += (int64_t)r[k].valence * r[k].afinn;
      aa += (int64_t)r[k].afinn * r[k].afinn;
    }
  st->afinn_scale = 0;
  if (aa == 0 || va <= 0) return;
  st->afinn_scale = (double)va / (double)aa / 1000.0;
  for (size_t k = 0; k < e; k++) {
    if (!(r[k].flags & NM_TONE_AFINN) || (r[k].flags & (NM_TONE_VALENCE | NM_TONE_BOOST))) continue;
    int64_t num = va * r[k].afinn, v = (num >= 0 ? num + aa / 2 : num - aa / 2) / aa;
    if (v > NM_TONE_MAX_VALENCE) v = NM_TONE_MAX_VALENCE;
    if (v < -NM_TONE_MAX_VALENCE) v = -NM_TONE_MAX_VALENCE;
    r[k].valence = (int32_t)v;
    r[k].flags |= NM_TONE_VALENCE | NM_TONE_FROM_AFINN;
    st->from_afinn++;
  }
}

static void put16(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
}

/* Lays the merged records out in key order (so the layout is
 * deterministic); returns the longest probe. */
static uint32_t fill_table(unsigned char *tab, uint32_t slots, const rec *r, size_t e) {
  uint32_t longest = 0;
  for (size_t k = 0; k < e; k++) {
    uint32_t i = nm_tone_home(r[k].key, slots), p = 0;
    while (nm_rd64(tab + (size_t)NM_TONE_SLOT * i) != 0) {
      if (++i == slots) i = 0;
      p++;
    }
    unsigned char *s = tab + (size_t)NM_TONE_SLOT * i;
    for (int b = 0; b < 8; b++)
      s[b] = (unsigned char)(r[k].key >> (8 * b));
    put16(s + 8, (uint32_t)r[k].valence);
    put16(s + 10, (uint32_t)r[k].boost);
    s[12] = (unsigned char)(uint32_t)r[k].afinn;
    s[13] = 0;
    put16(s + 14, r[k].flags);
    if (p > longest) longest = p;
  }
  return longest;
}

nm_status nm_tone_build(const nm_tone_entry *entries, size_t n, uint32_t ids[2],
                        nm_bytes sections[2], nm_tone_build_stats *stats, nm_error *err) {
  nm_tone_build_stats local;
  nm_tone_build_stats *st = stats ? stats : &local;
  memset(st, 0, sizeof *st);
  memset(sections, 0, 2 * sizeof *sections);
  ids[0] = NM_TONE_INFO_ID;
  ids[1] = NM_TONE_TABLE_ID;
  if (!entries && n) return nm_fail(err, NM_ERR_INVALID, "tone: no entries", 0);
  for (size_t i = 0; i < n; i++)
    if (!entry_ok(&entries[i]))
      return nm_fail(err, NM_ERR_INVALID, "tone: an entry has bad flags or values", i);
  size_t nrules;
  const nm_tone_entry *rl = nm_tone_rule_entries(&nrules);
  recs v = {NULL, 0, 0};
  nm_status s = NM_OK;
  for (size_t i = 0; i < nrules + n && s == NM_OK; i++)
    s = add_entry(&v, i < nrules ? &rl[i] : &entries[i - nrules], st);
  st->entries_in = nrules + n;
  if (s != NM_OK) {
    free(v.r);
    return nm_fail(err, s, "out of memory", 0);
  }
  if (v.n) qsort(v.r, v.n, sizeof *v.r, rec_cmp);
  size_t e = merge(v.r, v.n, st);
  map_afinn(v.r, e, st);
  uint64_t want = (uint64_t)e * 3 / 2 + 1; /* a load of 2/3: misses stay short */
  if (want > NM_TONE_MAX_SLOTS) {
    free(v.r);
    return nm_fail(err, NM_ERR_LIMIT, "tone: too many entries", 0);
  }
  uint32_t slots = want < NM_TONE_MIN_SLOTS ? NM_TONE_MIN_SLOTS : (uint32_t)want;
  unsigned char *tab = calloc(slots, NM_TONE_SLOT);
  if (!tab) {
    free(v.r);
    return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  }
  uint32_t probe = fill_table(tab, slots, v.r, e);
  uint32_t nval = 0, naf = 0;
  for (size_t k = 0; k < e; k++) {
    nval += (v.r[k].flags & NM_TONE_VALENCE) != 0;
    naf += (v.r[k].flags & NM_TONE_AFINN) != 0;
  }
  free(v.r);
  st->stored = e;
  st->valence = nval;
  st->afinn = naf;
  st->slots = slots;
  st->max_probe = probe;
  nm_bytes_u32(&sections[0], NM_TONE_FORMAT);
  nm_bytes_u32(&sections[0], NM_TONE_MAX_TOKENS);
  nm_bytes_u32(&sections[0], slots);
  nm_bytes_u32(&sections[0], (uint32_t)e);
  nm_bytes_u32(&sections[0], probe);
  nm_bytes_u32(&sections[0], nval);
  nm_bytes_u32(&sections[0], naf);
  nm_bytes_u32(&sections[0], 0);
  nm_bytes_put(&sections[1], tab, (size_t)slots * NM_TONE_SLOT);
  free(tab);
  if (sections[0].failed || sections[1].failed) {
    nm_bytes_free(&sections[0]);
    nm_bytes_free(&sections[1]);
    return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  }
  return NM_OK;
}

nm_status nm_tone_write(const char *path, const nm_tone_entry *entries, size_t n,
                        nm_tone_build_stats *stats, nm_error *err) {
  uint32_t ids[2];
  nm_bytes sec[2];
  nm_status st = nm_tone_build(entries, n, ids, sec, stats, err);
  if (st != NM_OK) return st;
  st = nm_model_write(path, NM_TONE_KIND, 2, ids, sec, err);
  nm_bytes_free(&sec[0]);
  nm_bytes_free(&sec[1]);
  return st;
}
