/* lemma.c - the rule-and-exception lemmatiser: training (builder) and run
 * time (validated blob). The blob layout is documented in lemma.h.
 *
 * Training, in nm_lemma_builder_finish():
 *   1. The distinct (tag, form, lemma) triples are sorted, so that nothing
 *      depends on the order tokens arrived in or on hash table layout.
 *   2. Casing per tag and form shape: keep the form's case when most
 *      distinct pairs of that shape have a lemma with capitals. For
 *      Title-case forms a third choice, "keep the case unless the lemma is
 *      a known lower-case word", wins where it is right more often (for
 *      adjectives it keeps Ukrainian and lower-cases sentence-initial Good).
 *   3. Suffix rules from each pair's lower-cased (form, lemma), counted once
 *      per distinct pair rather than per token, so that a few frequent
 *      irregulars (is -> be) do not outvote the regular words that unseen
 *      forms resemble. A rule is counted only under suffixes that contain
 *      all the bytes it removes, so "20,000" -> "20000" cannot turn "3200"
 *      into "200". A suffix needs MIN_SUPPORT pairs behind its best rule,
 *      otherwise it takes its parent's (one byte shorter) rules; a suffix
 *      whose rules equal its parent's is dropped, as longest-match lookup
 *      gives the same answer without it.
 *   4. Open-class tags (verbs, adjectives, adverbs, common nouns) keep up to
 *      MAX_CAND rules per suffix, and a lexicon of the lower-case lemmas
 *      seen with each class decides between them: under "ped", "wiped"
 *      could lose "ed" (helped), "ped" (stopped) or "d" (hoped); the
 *      lexicon knows "wipe" and neither "wip" nor "wi".
 *   5. A blob without exceptions is opened and run over every training
 *      pair; a (lower-cased form, tag) becomes an exception when its most
 *      frequent lemma is right for more tokens than the rules are. Using the
 *      run-time code here keeps training and run time from disagreeing.
 */
#include "lemma.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

enum {
  HEADER_SIZE = 80,
  TAG_SIZE = 24,
  EXC_SIZE = 12,
  SUF_SIZE = 12,
  RULE_SIZE = 8,
  LEX_SIZE = 8,
  MAX_CAND = 3,           /* rules per suffix entry */
  MAX_APPEND = 255,       /* u8 field */
  MAX_RULES = 65535,      /* u16 rule ids */
  MAX_EXC_STRING = 65535, /* u16 fields */
  /* Tag flags: casing, one bit per shape of form that has capitals;
   * whether the lexicon chooses among a suffix's rules; whether it decides
   * the case of Title-case forms. */
  CASE_TITLE = 1u << 0,
  CASE_UPPER = 1u << 1,
  CASE_MIXED = 1u << 2,
  TAG_LEXICON = 1u << 3,
  TITLE_LEXICON = 1u << 4,
  TAG_FLAGS = CASE_TITLE | CASE_UPPER | CASE_MIXED | TAG_LEXICON | TITLE_LEXICON
};

/* Training choices, tuned on the EWT and GUM dev sets. A rule removes no
 * more bytes than its suffix has, so BUILD_MAX_SUFFIX also bounds the u8
 * "bytes to remove". */
enum {
  BUILD_MAX_SUFFIX = 5, /* longest suffix that gets rules */
  MIN_SUPPORT = 2       /* distinct pairs behind a suffix's best rule */
};
_Static_assert(BUILD_MAX_SUFFIX <= NM_LEMMA_MAX_SUFFIX, "max_suffix the loader accepts");

static const unsigned char magic[8] = {'N', 'M', 'L', 'E', 'M', 'M', 'A', '1'};

/* ------------------------------------------------------------------ */
/* Bytes                                                               */

static unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}
static unsigned char upper(unsigned char c) {
  return (c >= 'a' && c <= 'z') ? (unsigned char)(c - 32) : c;
}
static bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

static uint32_t rd16(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t rd32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static void wr16(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
}
static void wr32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
  p[2] = (unsigned char)(v >> 16);
  p[3] = (unsigned char)(v >> 24);
}

/* Bytewise order, a proper prefix first: the order of every sorted table. */
static int cmp_bytes(const unsigned char *a, size_t an, const unsigned char *b, size_t bn) {
  size_t n = an < bn ? an : bn;
  int c = n ? memcmp(a, b, n) : 0;
  if (c) return c;
  return an < bn ? -1 : an > bn;
}

/* The same order, with the ASCII letters of a lower-cased on the fly. */
static int cmp_lower(const unsigned char *a, size_t an, const unsigned char *b, size_t bn) {
  size_t n = an < bn ? an : bn;
  for (size_t i = 0; i < n; i++) {
    unsigned char x = lower(a[i]);
    if (x != b[i]) return x < b[i] ? -1 : 1;
  }
  return an < bn ? -1 : an > bn;
}

/* The same order for the string lower(a[0..an)) followed by b[0..bn),
 * compared with w[0..wn): a rule's output, without writing it out. */
static int cmp_joined(const unsigned char *a, size_t an, const unsigned char *b, size_t bn,
                      const unsigned char *w, size_t wn) {
  size_t n = an + bn < wn ? an + bn : wn;
  for (size_t i = 0; i < n; i++) {
    unsigned char x = i < an ? lower(a[i]) : b[i - an];
    if (x != w[i]) return x < w[i] ? -1 : 1;
  }
  return an + bn < wn ? -1 : an + bn > wn;
}

/* Shape of a form: which casing bit applies, or 0 when it has no capitals. */
static unsigned form_shape(const unsigned char *s, size_t n) {
  size_t up = 0, lo = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] >= 'A' && s[i] <= 'Z') up++;
    if (s[i] >= 'a' && s[i] <= 'z') lo++;
  }
  if (!up) return 0;
  if (up == 1 && s[0] >= 'A' && s[0] <= 'Z') return CASE_TITLE;
  return lo ? CASE_MIXED : CASE_UPPER;
}

static bool has_upper(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 'A' && s[i] <= 'Z') return true;
  return false;
}

/* True when removing the last strip bytes of f[0..n) fits and does not cut
 * a UTF-8 sequence. */
static bool strip_fits(const unsigned char *f, size_t n, size_t strip) {
  return strip <= n && (strip == 0 || strip == n || !is_cont(f[n - strip]));
}

/* ------------------------------------------------------------------ */
/* Run time                                                            */

static void set_err(nm_error *err, nm_status code, const char *msg, size_t pos) {
  if (err) {
    err->code = code;
    err->msg = msg;
    err->pos = pos;
  }
}

/* Writes like snprintf: bytes past cap - 1 are counted, not stored. */
typedef struct out_buf {
  char *s;
  size_t cap, n;
} out_buf;

static void out_put(out_buf *o, unsigned char c) {
  if (o->n + 1 < o->cap) o->s[o->n] = (char)c;
  o->n++;
}

static size_t out_end(out_buf *o) {
  if (o->cap) o->s[o->n < o->cap ? o->n : o->cap - 1] = '\0';
  return o->n;
}

static const unsigned char *tag_at(const nm_lemmatizer *l, uint32_t i) {
  return l->tags + (size_t)i * TAG_SIZE;
}
static const unsigned char *exc_at(const nm_lemmatizer *l, uint32_t i) {
  return l->exc + (size_t)i * EXC_SIZE;
}
static const unsigned char *suf_at(const nm_lemmatizer *l, uint32_t i) {
  return l->suf + (size_t)i * SUF_SIZE;
}
static const unsigned char *rule_at(const nm_lemmatizer *l, uint32_t i) {
  return l->rules + (size_t)i * RULE_SIZE;
}
static const unsigned char *lex_at(const nm_lemmatizer *l, uint32_t i) {
  return l->lex + (size_t)i * LEX_SIZE;
}

static const unsigned char *find_tag(const nm_lemmatizer *l, const unsigned char *x, size_t n) {
  uint32_t lo = 0, hi = l->n_tags;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    const unsigned char *t = tag_at(l, mid);
    int c = cmp_bytes(x, n, l->pool + rd32(t), rd16(t + 4));
    if (!c) return t;
    if (c < 0) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Index                                                               */

/* One open-addressing table for the three kinds of keys: (tag, form) for
 * exceptions, (tag, suffix) for suffixes and (class, word) for the
 * lexicon. A slot holds the key's 32-bit hash and the entry's index + 1
 * (0 = empty); a hit is confirmed by comparing the entry itself, so the
 * answer is the binary search's: the tables hold each key once. */
enum { IX_EXC = 1, IX_SUF = 2, IX_LEX = 3 };

struct nm_lemma_index {
  uint32_t mask;
  struct {
    uint32_t hash, value;
  } *slot;
};

/* FNV-1a over lower(a[0..an)) then b[0..bn), keyed by kind and owner. */
static uint32_t ix_hash(unsigned kind, uint32_t owner, const unsigned char *a, size_t an,
                        const unsigned char *b, size_t bn) {
  uint32_t h = 2166136261u ^ (kind * 0x9e3779b9u) ^ (owner * 0x85ebca6bu);
  for (size_t i = 0; i < an; i++)
    h = (h ^ lower(a[i])) * 16777619u;
  for (size_t i = 0; i < bn; i++)
    h = (h ^ b[i]) * 16777619u;
  h ^= h >> 15;
  h *= 0x2c1b3c6du;
  return h ^ (h >> 12);
}

static void ix_put(nm_lemma_index *ix, uint32_t h, uint32_t value) {
  uint32_t i = h & ix->mask;
  while (ix->slot[i].value)
    i = (i + 1) & ix->mask;
  ix->slot[i].hash = h;
  ix->slot[i].value = value;
}

static uint32_t tag_number(const nm_lemmatizer *l, const unsigned char *tag) {
  return (uint32_t)((size_t)(tag - l->tags) / TAG_SIZE);
}

nm_lemma_index *nm_lemma_index_new(const nm_lemmatizer *l) {
  if (!l || !l->base) return NULL;
  size_t n = (size_t)l->n_exc + l->n_suf + l->n_lex, cap = 16;
  while (cap < 2 * n) cap *= 2;
  if (cap > UINT32_MAX) return NULL;
  nm_lemma_index *ix = calloc(1, sizeof *ix);
  if (!ix || !(ix->slot = calloc(cap, sizeof *ix->slot))) {
    free(ix);
    return NULL;
  }
  ix->mask = (uint32_t)(cap - 1);
  for (uint32_t t = 0; t < l->n_tags; t++) {
    const unsigned char *tag = tag_at(l, t);
    for (uint32_t k = rd32(tag + 8), end = k + rd32(tag + 12); k < end; k++) {
      const unsigned char *e = exc_at(l, k);
      ix_put(ix, ix_hash(IX_EXC, t, l->pool + rd32(e), rd16(e + 8), NULL, 0), k + 1);
    }
    for (uint32_t k = rd32(tag + 16), end = k + rd32(tag + 20); k < end; k++) {
      const unsigned char *x = suf_at(l, k);
      ix_put(ix, ix_hash(IX_SUF, t, l->pool + rd32(x), x[4], NULL, 0), k + 1);
    }
  }
  for (uint32_t k = 0; k < l->n_lex; k++) {
    const unsigned char *x = lex_at(l, k);
    ix_put(ix, ix_hash(IX_LEX, x[6], l->pool + rd32(x), rd16(x + 4), NULL, 0), k + 1);
  }
  return ix;
}

void nm_lemma_index_free(nm_lemma_index *ix) {
  if (!ix) return;
  free(ix->slot);
  free(ix);
}

/* Exception or suffix entry (kind) for lower(f[0..n)) in tag's range, or
 * NULL, through the index. */
static const unsigned char *ix_find(const nm_lemmatizer *l, unsigned kind,
                                    const unsigned char *tag, const unsigned char *f, size_t n) {
  const nm_lemma_index *ix = l->index;
  uint32_t h = ix_hash(kind, tag_number(l, tag), f, n, NULL, 0);
  uint32_t lo = rd32(tag + (kind == IX_EXC ? 8 : 16));
  uint32_t count = rd32(tag + (kind == IX_EXC ? 12 : 20));
  for (uint32_t i = h & ix->mask; ix->slot[i].value; i = (i + 1) & ix->mask) {
    if (ix->slot[i].hash != h) continue;
    uint32_t k = ix->slot[i].value - 1;
    if (k < lo || k - lo >= count) continue;
    const unsigned char *e = kind == IX_EXC ? exc_at(l, k) : suf_at(l, k);
    size_t len = kind == IX_EXC ? rd16(e + 8) : e[4];
    if (!cmp_lower(f, n, l->pool + rd32(e), len)) return e;
  }
  return NULL;
}

/* Exception entry for the lower-cased form in one tag's range, or NULL. */
static const unsigned char *find_exc(const nm_lemmatizer *l, const unsigned char *tag,
                                     const unsigned char *f, size_t n) {
  if (l->index) return ix_find(l, IX_EXC, tag, f, n);
  uint32_t lo = rd32(tag + 8), hi = lo + rd32(tag + 12);
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    const unsigned char *e = exc_at(l, mid);
    int c = cmp_lower(f, n, l->pool + rd32(e), rd16(e + 8));
    if (!c) return e;
    if (c < 0) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return NULL;
}

/* Suffix entry for the lower-cased f[0..n) in one tag's range, or NULL. */
static const unsigned char *find_suf(const nm_lemmatizer *l, const unsigned char *tag,
                                     const unsigned char *f, size_t n) {
  if (l->index) return ix_find(l, IX_SUF, tag, f, n);
  uint32_t lo = rd32(tag + 16), hi = lo + rd32(tag + 20);
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    const unsigned char *s = suf_at(l, mid);
    int c = cmp_lower(f, n, l->pool + rd32(s), s[4]);
    if (!c) return s;
    if (c < 0) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return NULL;
}

/* True when lower(f[0..cut)) + app[0..an) is a known lemma of class cls. */
static bool in_lexicon(const nm_lemmatizer *l, unsigned cls, const unsigned char *f, size_t cut,
                       const unsigned char *app, size_t an) {
  if (l->index) {
    const nm_lemma_index *ix = l->index;
    uint32_t h = ix_hash(IX_LEX, cls, f, cut, app, an);
    for (uint32_t i = h & ix->mask; ix->slot[i].value; i = (i + 1) & ix->mask) {
      if (ix->slot[i].hash != h) continue;
      const unsigned char *x = lex_at(l, ix->slot[i].value - 1);
      if (x[6] == cls && !cmp_joined(f, cut, app, an, l->pool + rd32(x), rd16(x + 4))) return true;
    }
    return false;
  }
  uint32_t lo = 0, hi = l->n_lex;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    const unsigned char *x = lex_at(l, mid);
    int c = cls < x[6] ? -1 : cls > x[6];
    if (!c) c = cmp_joined(f, cut, app, an, l->pool + rd32(x), rd16(x + 4));
    if (!c) return true;
    if (c < 0) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return false;
}

/* The rule for f[0..n) under tag: the longest suffix's first rule that
 * fits, or with the lexicon on, its first rule giving a known lemma. NULL
 * means the form unchanged. */
static const unsigned char *choose_rule(const nm_lemmatizer *l, const unsigned char *tag,
                                        const unsigned char *f, size_t n) {
  const unsigned char *s = NULL;
  for (size_t m = n < l->max_suffix ? n : l->max_suffix; m > 0 && !s; m--)
    s = find_suf(l, tag, f + n - m, m);
  if (!s) return NULL;
  const unsigned char *first = NULL;
  unsigned cls = l->pool[rd32(tag)];
  for (unsigned i = 0; i < s[5]; i++) {
    const unsigned char *r = rule_at(l, rd16(s + 6 + 2 * i));
    if (!strip_fits(f, n, r[4])) continue;
    if (!(tag[6] & TAG_LEXICON)) return r;
    if (!first) first = r;
    if (in_lexicon(l, cls, f, n - r[4], l->pool + rd32(r), r[5])) return r;
  }
  /* "timed": no rule gives a verb training had ("tim"), but one gives a
   * noun or adjective ("time"), which the verb is most likely made from */
  static const unsigned char other[] = {'N', 'J'};
  for (unsigned i = 0; first && cls == 'V' && i < s[5]; i++) {
    const unsigned char *r = rule_at(l, rd16(s + 6 + 2 * i));
    if (!strip_fits(f, n, r[4])) continue;
    for (size_t k = 0; k < sizeof other; k++)
      if (in_lexicon(l, other[k], f, n - r[4], l->pool + rd32(r), r[5]))
        return r;
  }
  return first;
}

const void *nm_lemma_tag(const nm_lemmatizer *l, const char *xpos, size_t xpos_len) {
  return xpos_len ? find_tag(l, (const unsigned char *)xpos, xpos_len) : NULL;
}

size_t nm_lemmatize(const nm_lemmatizer *l, const char *form, size_t form_len, const char *xpos,
                    size_t xpos_len, char *out, size_t cap) {
  const unsigned char *tag = NULL;
  if (form_len && xpos_len) tag = find_tag(l, (const unsigned char *)xpos, xpos_len);
  return nm_lemmatize_tag(l, form, form_len, tag, out, cap);
}

size_t nm_lemmatize_tag(const nm_lemmatizer *l, const char *form, size_t form_len,
                        const void *tag_rec, char *out, size_t cap) {
  out_buf o = {out, cap, 0};
  const unsigned char *f = (const unsigned char *)form;
  const unsigned char *tag = form_len ? tag_rec : NULL;
  if (!tag) {
    for (size_t i = 0; i < form_len; i++)
      out_put(&o, f[i]);
    return out_end(&o);
  }

  const unsigned char *e = find_exc(l, tag, f, form_len);
  if (e) {
    const unsigned char *s = l->pool + rd32(e + 4);
    for (size_t i = 0, n = rd16(e + 10); i < n; i++)
      out_put(&o, s[i]);
    return out_end(&o);
  }

  unsigned shape = form_shape(f, form_len);
  const unsigned char *r = choose_rule(l, tag, f, form_len);
  size_t strip = r ? r[4] : 0, app_len = r ? r[5] : 0;
  const unsigned char *app = r ? l->pool + rd32(r) : NULL;
  bool keep = (shape & tag[6]) != 0;
  if (shape == CASE_TITLE && (tag[6] & TITLE_LEXICON))
    keep = !in_lexicon(l, l->pool[rd32(tag)], f, form_len - strip, app, app_len);
  for (size_t i = 0; i < form_len - strip; i++)
    out_put(&o, keep ? f[i] : lower(f[i]));
  for (size_t i = 0; i < app_len; i++)
    out_put(&o, keep && shape == CASE_UPPER ? upper(app[i]) : app[i]);
  return out_end(&o);
}

/* True when [off, off + size) lies inside [0, len); no overflow. */
static bool in_range(size_t off, size_t size, size_t len) {
  return off <= len && size <= len - off;
}

/* True when a table of count entries of esize bytes at off fits after the
 * header. */
static bool table_fits(uint32_t off, uint32_t count, size_t esize, size_t len) {
  if (off < HEADER_SIZE || off > len) return false;
  return (size_t)count <= (len - off) / esize;
}

static bool str_ok(const nm_lemmatizer *l, uint32_t off, uint32_t n) {
  return in_range(off, n, l->pool_size);
}

static nm_status bad(nm_lemmatizer *l, nm_error *err, const char *msg, size_t pos) {
  memset(l, 0, sizeof *l);
  set_err(err, NM_ERR_FORMAT, msg, pos);
  return NM_ERR_FORMAT;
}

/* Checks the header and points l's tables into buf. */
static nm_status open_header(const unsigned char *buf, size_t len, nm_lemmatizer *l,
                             nm_error *err) {
  if (len < HEADER_SIZE) return bad(l, err, "lemmatizer blob is shorter than its header", 0);
  if (memcmp(buf, magic, sizeof magic) != 0)
    return bad(l, err, "lemmatizer blob has a wrong magic number", 0);
  if (rd32(buf + 8) != NM_LEMMA_VERSION)
    return bad(l, err, "lemmatizer blob has an unsupported version", 8);
  if (rd32(buf + 12) != len)
    return bad(l, err, "lemmatizer blob size does not match its header", 12);
  for (size_t i = 68; i < HEADER_SIZE; i++)
    if (buf[i]) return bad(l, err, "lemmatizer header reserved bytes are not 0", i);
  l->base = buf;
  l->len = len;
  l->max_suffix = rd32(buf + 16);
  if (l->max_suffix < 1 || l->max_suffix > NM_LEMMA_MAX_SUFFIX)
    return bad(l, err, "lemmatizer max_suffix is out of range", 16);

  static const struct {
    size_t esize;
    const char *msg;
  } tables[5] = {
      {TAG_SIZE, "lemmatizer tag table is out of bounds"},
      {EXC_SIZE, "lemmatizer exception table is out of bounds"},
      {SUF_SIZE, "lemmatizer suffix table is out of bounds"},
      {RULE_SIZE, "lemmatizer rule table is out of bounds"},
      {LEX_SIZE, "lemmatizer lexicon is out of bounds"},
  };
  uint32_t *counts[5] = {&l->n_tags, &l->n_exc, &l->n_suf, &l->n_rules, &l->n_lex};
  const unsigned char **starts[5] = {&l->tags, &l->exc, &l->suf, &l->rules, &l->lex};
  for (size_t i = 0; i < 5; i++) {
    size_t at = 20 + 8 * i;
    uint32_t count = rd32(buf + at), off = rd32(buf + at + 4);
    if (!table_fits(off, count, tables[i].esize, len)) return bad(l, err, tables[i].msg, at);
    *counts[i] = count;
    *starts[i] = buf + off;
  }
  l->pool_size = rd32(buf + 60);
  uint32_t pool_off = rd32(buf + 64);
  if (pool_off < HEADER_SIZE || !in_range(pool_off, l->pool_size, len))
    return bad(l, err, "lemmatizer string pool is out of bounds", 60);
  l->pool = buf + pool_off;
  return NM_OK;
}

nm_status nm_lemmatizer_open(const unsigned char *buf, size_t len, nm_lemmatizer *l,
                             nm_error *err) {
  if (!l) {
    set_err(err, NM_ERR_INVALID, "lemmatizer is NULL", 0);
    return NM_ERR_INVALID;
  }
  memset(l, 0, sizeof *l);
  if (!buf) {
    set_err(err, NM_ERR_INVALID, "lemmatizer blob is NULL", 0);
    return NM_ERR_INVALID;
  }
  nm_status st = open_header(buf, len, l, err);
  if (st != NM_OK) return st;

  /* Tags: names in the pool, strictly sorted, ranges tiling the exception
   * and suffix tables in order. */
  uint32_t next_exc = 0, next_suf = 0;
  for (uint32_t i = 0; i < l->n_tags; i++) {
    const unsigned char *t = tag_at(l, i);
    size_t pos = (size_t)(t - buf);
    uint32_t name = rd32(t), name_len = rd16(t + 4);
    if (name_len < 1 || name_len > NM_LEMMA_MAX_TAG || !str_ok(l, name, name_len))
      return bad(l, err, "lemmatizer tag name is out of bounds", pos);
    if ((t[6] & ~TAG_FLAGS) || t[7])
      return bad(l, err, "lemmatizer tag has unknown flags", pos + 6);
    if (i) {
      const unsigned char *p = tag_at(l, i - 1);
      if (cmp_bytes(l->pool + rd32(p), rd16(p + 4), l->pool + name, name_len) >= 0)
        return bad(l, err, "lemmatizer tags are not sorted", pos);
    }
    if (rd32(t + 8) != next_exc || rd32(t + 12) > l->n_exc - next_exc)
      return bad(l, err, "lemmatizer tag has a bad exception range", pos + 8);
    next_exc += rd32(t + 12);
    if (rd32(t + 16) != next_suf || rd32(t + 20) > l->n_suf - next_suf)
      return bad(l, err, "lemmatizer tag has a bad suffix range", pos + 16);
    next_suf += rd32(t + 20);
  }
  if (next_exc != l->n_exc || next_suf != l->n_suf)
    return bad(l, err, "lemmatizer tables have entries no tag owns", 20);

  /* Exceptions and suffixes: strings in the pool, lower-case, strictly
   * sorted within each tag; suffixes name existing rules. */
  for (uint32_t i = 0; i < l->n_tags; i++) {
    const unsigned char *t = tag_at(l, i);
    uint32_t first = rd32(t + 8), end = first + rd32(t + 12);
    for (uint32_t j = first; j < end; j++) {
      const unsigned char *e = exc_at(l, j);
      size_t pos = (size_t)(e - buf);
      uint32_t fo = rd32(e), fl = rd16(e + 8);
      if (fl < 1 || !str_ok(l, fo, fl) || !str_ok(l, rd32(e + 4), rd16(e + 10)))
        return bad(l, err, "lemmatizer exception string is out of bounds", pos);
      if (has_upper(l->pool + fo, fl))
        return bad(l, err, "lemmatizer exception form has capitals", pos);
      if (j > first) {
        const unsigned char *p = exc_at(l, j - 1);
        if (cmp_bytes(l->pool + rd32(p), rd16(p + 8), l->pool + fo, fl) >= 0)
          return bad(l, err, "lemmatizer exceptions are not sorted", pos);
      }
    }
    first = rd32(t + 16);
    end = first + rd32(t + 20);
    for (uint32_t j = first; j < end; j++) {
      const unsigned char *s = suf_at(l, j);
      size_t pos = (size_t)(s - buf);
      uint32_t so = rd32(s), sl = s[4], n = s[5];
      if (sl < 1 || sl > l->max_suffix || !str_ok(l, so, sl))
        return bad(l, err, "lemmatizer suffix string is out of bounds", pos);
      if (has_upper(l->pool + so, sl)) return bad(l, err, "lemmatizer suffix has capitals", pos);
      if (n < 1 || n > MAX_CAND)
        return bad(l, err, "lemmatizer suffix has a bad number of rules", pos + 5);
      for (uint32_t k = 0; k < MAX_CAND; k++) {
        uint32_t r = rd16(s + 6 + 2 * k);
        if (k < n ? r >= l->n_rules : r != 0)
          return bad(l, err, "lemmatizer suffix names a missing rule", pos + 6 + 2 * k);
      }
      if (j > first) {
        const unsigned char *p = suf_at(l, j - 1);
        if (cmp_bytes(l->pool + rd32(p), p[4], l->pool + so, sl) >= 0)
          return bad(l, err, "lemmatizer suffixes are not sorted", pos);
      }
    }
  }

  for (uint32_t i = 0; i < l->n_rules; i++) {
    const unsigned char *r = rule_at(l, i);
    if (!str_ok(l, rd32(r), r[5]) || r[6] || r[7])
      return bad(l, err, "lemmatizer rule is out of bounds", (size_t)(r - buf));
  }

  /* Lexicon: lower-case strings in the pool, strictly sorted by (class,
   * string). */
  for (uint32_t i = 0; i < l->n_lex; i++) {
    const unsigned char *x = lex_at(l, i);
    size_t pos = (size_t)(x - buf);
    uint32_t wo = rd32(x), wl = rd16(x + 4);
    if (!str_ok(l, wo, wl) || x[7])
      return bad(l, err, "lemmatizer lexicon entry is out of bounds", pos);
    if (has_upper(l->pool + wo, wl))
      return bad(l, err, "lemmatizer lexicon entry has capitals", pos);
    if (i) {
      const unsigned char *p = lex_at(l, i - 1);
      int c = p[6] < x[6] ? -1 : p[6] > x[6];
      if (!c) c = cmp_bytes(l->pool + rd32(p), rd16(p + 4), l->pool + wo, wl);
      if (c >= 0) return bad(l, err, "lemmatizer lexicon is not sorted", pos);
    }
  }
  set_err(err, NM_OK, NULL, 0);
  return NM_OK;
}

/* ------------------------------------------------------------------ */
/* Builder: token store                                                */

typedef struct triple {
  size_t tag, form, lemma; /* offsets into the builder's bytes */
  uint32_t tag_len, form_len, lemma_len;
  uint32_t count;
} triple;

struct nm_lemma_builder {
  unsigned char *bytes;
  size_t n_bytes, cap_bytes;
  triple *tr;
  size_t n_tr, cap_tr;
  size_t *slots; /* triple index + 1; 0 is empty */
  size_t n_slots;
};

/* Room for need (>= 1) elements of esize bytes in the array p of *cap:
 * the array, maybe moved, or NULL when out of memory (p is then intact). */
static void *grow(void *p, size_t *cap, size_t need, size_t esize) {
  if (need <= *cap) return p;
  size_t c = *cap ? *cap : 64;
  while (c < need) {
    if (c > (SIZE_MAX / esize) / 2) return NULL;
    c *= 2;
  }
  void *q = realloc(p, c * esize);
  if (q) *cap = c;
  return q;
}

static uint64_t hash_bytes(uint64_t h, const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    h = (h ^ s[i]) * 0x100000001b3ull;
  return (h ^ 0xff) * 0x100000001b3ull; /* field separator */
}

static uint64_t triple_hash(const unsigned char *t, size_t tn, const unsigned char *f, size_t fn,
                            const unsigned char *m, size_t mn) {
  uint64_t h = 0xcbf29ce484222325ull;
  h = hash_bytes(h, t, tn);
  h = hash_bytes(h, f, fn);
  return hash_bytes(h, m, mn);
}

static bool same(const unsigned char *a, size_t an, const unsigned char *b, size_t bn) {
  return an == bn && (an == 0 || memcmp(a, b, an) == 0);
}

nm_lemma_builder *nm_lemma_builder_new(void) { return calloc(1, sizeof(nm_lemma_builder)); }

void nm_lemma_builder_free(nm_lemma_builder *b) {
  if (!b) return;
  free(b->bytes);
  free(b->tr);
  free(b->slots);
  free(b);
}

static bool rehash(nm_lemma_builder *b, size_t n_slots) {
  size_t *slots = calloc(n_slots, sizeof *slots);
  if (!slots) return false;
  for (size_t i = 0; i < b->n_tr; i++) {
    const triple *t = &b->tr[i];
    uint64_t h = triple_hash(b->bytes + t->tag, t->tag_len, b->bytes + t->form, t->form_len,
                             b->bytes + t->lemma, t->lemma_len);
    size_t s = (size_t)h & (n_slots - 1);
    while (slots[s])
      s = (s + 1) & (n_slots - 1);
    slots[s] = i + 1;
  }
  free(b->slots);
  b->slots = slots;
  b->n_slots = n_slots;
  return true;
}

int nm_lemma_builder_add(nm_lemma_builder *b, const char *form, size_t form_len, const char *xpos,
                         size_t xpos_len, const char *lemma, size_t lemma_len) {
  if (!b || !form_len || !xpos_len || xpos_len > NM_LEMMA_MAX_TAG ||
      form_len > NM_LEMMA_MAX_TOKEN || lemma_len > NM_LEMMA_MAX_TOKEN || !form || !xpos ||
      (lemma_len && !lemma))
    return 0;
  const unsigned char *t = (const unsigned char *)xpos, *f = (const unsigned char *)form;
  const unsigned char *m = (const unsigned char *)lemma;
  if (b->n_tr + 1 > b->n_slots / 2 && !rehash(b, b->n_slots ? b->n_slots * 2 : 1024)) return -1;
  uint64_t h = triple_hash(t, xpos_len, f, form_len, m, lemma_len);
  size_t s = (size_t)h & (b->n_slots - 1);
  for (; b->slots[s]; s = (s + 1) & (b->n_slots - 1)) {
    triple *x = &b->tr[b->slots[s] - 1];
    if (same(b->bytes + x->tag, x->tag_len, t, xpos_len) &&
        same(b->bytes + x->form, x->form_len, f, form_len) &&
        same(b->bytes + x->lemma, x->lemma_len, m, lemma_len)) {
      if (x->count < UINT32_MAX) x->count++;
      return 0;
    }
  }
  size_t need = xpos_len + form_len + lemma_len;
  unsigned char *bytes = grow(b->bytes, &b->cap_bytes, b->n_bytes + need, 1);
  if (!bytes) return -1;
  b->bytes = bytes;
  triple *tr = grow(b->tr, &b->cap_tr, b->n_tr + 1, sizeof(triple));
  if (!tr) return -1;
  b->tr = tr;
  triple *x = &b->tr[b->n_tr];
  x->tag = b->n_bytes;
  memcpy(b->bytes + b->n_bytes, t, xpos_len);
  b->n_bytes += xpos_len;
  x->form = b->n_bytes;
  memcpy(b->bytes + b->n_bytes, f, form_len);
  b->n_bytes += form_len;
  x->lemma = b->n_bytes;
  if (lemma_len) memcpy(b->bytes + b->n_bytes, m, lemma_len);
  b->n_bytes += lemma_len;
  x->tag_len = (uint32_t)xpos_len;
  x->form_len = (uint32_t)form_len;
  x->lemma_len = (uint32_t)lemma_len;
  x->count = 1;
  b->slots[s] = ++b->n_tr;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Builder: compiling                                                  */

/* A byte string in the compile-time work area. */
typedef struct span {
  const unsigned char *s;
  size_t n;
} span;

/* One distinct training triple, with its lower-cased copies. */
typedef struct item {
  span tag, form, lemma, lform, llemma;
  uint32_t tag_id, count;
} item;

/* "Remove the last strip bytes, append app." */
typedef struct rule {
  uint32_t strip;
  span app;
} rule;

/* One (tag, suffix, rule) observation. */
typedef struct obs {
  uint32_t tag_id;
  span suffix;
  rule r;
} obs;

/* The rules of one (tag, suffix), best first. */
typedef struct context {
  uint32_t tag_id;
  span suffix;
  uint32_t n_cand;
  rule cand[MAX_CAND];
  uint64_t support; /* distinct pairs behind cand[0] */
  bool keep;        /* false when its parent gives the same rules */
} context;

typedef struct tag_info {
  span name;
  unsigned flags;
  uint32_t exc_first, exc_count, suf_first, suf_count;
} tag_info;

typedef struct exception {
  uint32_t tag_id;
  span form, lemma;
} exception;

typedef struct lex_word {
  unsigned char cls;
  span word;
  uint32_t pairs; /* distinct training pairs with this lemma */
} lex_word;

/* The state of one nm_lemma_builder_finish(); all freed at its end. */
typedef struct compiler {
  item *items;
  size_t n_items;
  unsigned char *low; /* the lower-cased forms and lemmas */
  tag_info *tags;
  size_t n_tags;
  context *ctx;
  size_t n_ctx;
  rule *rules; /* distinct rules of the kept contexts, sorted */
  size_t n_rules;
  lex_word *lex;
  size_t n_lex;
  exception *exc;
  size_t n_exc, cap_exc;
} compiler;

static int cmp_span(span a, span b) { return cmp_bytes(a.s, a.n, b.s, b.n); }

static bool span_is(span a, const char *s) {
  return same(a.s, a.n, (const unsigned char *)s, strlen(s));
}

static int cmp_rule(const rule *a, const rule *b) {
  int c = a->strip < b->strip ? -1 : a->strip > b->strip;
  return c ? c : cmp_span(a->app, b->app);
}

static int cmp_item(const void *pa, const void *pb) {
  const item *a = pa, *b = pb;
  int c = cmp_span(a->tag, b->tag);
  if (!c) c = cmp_span(a->form, b->form);
  if (!c) c = cmp_span(a->lemma, b->lemma);
  return c;
}

/* Groups of one (tag, lower-cased form), equal lemmas together. */
static int cmp_item_lower(const void *pa, const void *pb) {
  const item *a = pa, *b = pb;
  int c = a->tag_id < b->tag_id ? -1 : a->tag_id > b->tag_id;
  if (!c) c = cmp_span(a->lform, b->lform);
  if (!c) c = cmp_span(a->lemma, b->lemma);
  if (!c) c = cmp_span(a->form, b->form);
  return c;
}

static int cmp_obs(const void *pa, const void *pb) {
  const obs *a = pa, *b = pb;
  int c = a->tag_id < b->tag_id ? -1 : a->tag_id > b->tag_id;
  if (!c) c = cmp_span(a->suffix, b->suffix);
  return c ? c : cmp_rule(&a->r, &b->r);
}

static int cmp_rule_v(const void *a, const void *b) { return cmp_rule(a, b); }

static int cmp_lex(const void *pa, const void *pb) {
  const lex_word *a = pa, *b = pb;
  int c = a->cls < b->cls ? -1 : a->cls > b->cls;
  return c ? c : cmp_span(a->word, b->word);
}

/* The lexicon class of an open-class PTB tag: the tag's first byte. Proper
 * nouns have none: their lemma is the name, whatever words it resembles. */
static unsigned char lexicon_class(span tag) {
  if (tag.n >= 2 && ((tag.s[0] == 'V' && tag.s[1] == 'B') || (tag.s[0] == 'J' && tag.s[1] == 'J') ||
                     (tag.s[0] == 'R' && tag.s[1] == 'B')))
    return tag.s[0];
  if (span_is(tag, "NN") || span_is(tag, "NNS")) return 'N';
  return 0;
}

static size_t common_prefix(span a, span b) {
  size_t n = 0;
  while (n < a.n && n < b.n && a.s[n] == b.s[n])
    n++;
  /* Never cut inside a UTF-8 sequence of the form. */
  while (n > 0 && n < a.n && is_cont(a.s[n]))
    n--;
  return n;
}

/* Sorts the triples into items with lower-cased copies and tag ids. */
static bool make_items(const nm_lemma_builder *b, compiler *c) {
  size_t low_size = 0;
  for (size_t i = 0; i < b->n_tr; i++)
    low_size += (size_t)b->tr[i].form_len + b->tr[i].lemma_len;
  c->items = calloc(b->n_tr ? b->n_tr : 1, sizeof *c->items);
  c->low = malloc(low_size ? low_size : 1);
  c->tags = calloc(b->n_tr ? b->n_tr : 1, sizeof *c->tags);
  if (!c->items || !c->low || !c->tags) return false;
  c->n_items = b->n_tr;
  size_t at = 0;
  for (size_t i = 0; i < b->n_tr; i++) {
    const triple *t = &b->tr[i];
    item *it = &c->items[i];
    it->tag = (span){b->bytes + t->tag, t->tag_len};
    it->form = (span){b->bytes + t->form, t->form_len};
    it->lemma = (span){b->bytes + t->lemma, t->lemma_len};
    it->count = t->count;
    for (size_t k = 0; k < t->form_len; k++)
      c->low[at + k] = lower(it->form.s[k]);
    it->lform = (span){c->low + at, t->form_len};
    at += t->form_len;
    for (size_t k = 0; k < t->lemma_len; k++)
      c->low[at + k] = lower(it->lemma.s[k]);
    it->llemma = (span){c->low + at, t->lemma_len};
    at += t->lemma_len;
  }
  if (c->n_items) qsort(c->items, c->n_items, sizeof *c->items, cmp_item);
  for (size_t i = 0; i < c->n_items; i++) {
    if (!c->n_tags || cmp_span(c->tags[c->n_tags - 1].name, c->items[i].tag) != 0)
      c->tags[c->n_tags++].name = c->items[i].tag;
    c->items[i].tag_id = (uint32_t)(c->n_tags - 1);
  }
  return true;
}

/* The lexicon: the lower-case lemmas of each open class, sorted and
 * distinct. Lemmas with capitals (American, Islamist) are left out, so that
 * the lexicon also tells common words from proper ones. */
static bool learn_lexicon(compiler *c) {
  c->lex = malloc((c->n_items ? c->n_items : 1) * sizeof *c->lex);
  if (!c->lex) return false;
  size_t n = 0;
  for (size_t i = 0; i < c->n_items; i++) {
    const item *it = &c->items[i];
    unsigned char cls = lexicon_class(it->tag);
    if (cls && it->lemma.n && !has_upper(it->lemma.s, it->lemma.n))
      c->lex[n++] = (lex_word){cls, it->lemma, 1};
  }
  if (n) qsort(c->lex, n, sizeof *c->lex, cmp_lex);
  for (size_t i = 0; i < n; i++) {
    if (c->n_lex && cmp_lex(&c->lex[c->n_lex - 1], &c->lex[i]) == 0) {
      c->lex[c->n_lex - 1].pairs++;
    } else {
      c->lex[c->n_lex++] = c->lex[i];
    }
  }
  return true;
}

/* Distinct pairs other than it whose lemma is it's lower-cased lemma. */
static uint32_t lex_others(const compiler *c, const item *it) {
  lex_word key = {it->tag.s[0], it->llemma, 0};
  const lex_word *w = bsearch(&key, c->lex, c->n_lex, sizeof *c->lex, cmp_lex);
  if (!w) return 0;
  bool self = lexicon_class(it->tag) && !has_upper(it->lemma.s, it->lemma.n);
  return w->pairs - self;
}

/* Tag flags, from votes of distinct pairs. Casing per shape: keep the
 * form's case when most pairs of that shape have a lemma with capitals.
 * Title-case forms (sentence-initial words, but also Ukrainian/JJ) may
 * instead keep case only when the lemma is not a known lower-case word;
 * whether a pair's lemma is known is judged from the other pairs. */
static void learn_flags(compiler *c) {
  size_t votes[3][2], lex_right;
  for (size_t t = 0, i = 0; t < c->n_tags; t++) {
    memset(votes, 0, sizeof votes);
    lex_right = 0;
    for (; i < c->n_items && c->items[i].tag_id == t; i++) {
      const item *it = &c->items[i];
      unsigned shape = form_shape(it->form.s, it->form.n);
      if (!shape) continue;
      int k = shape == CASE_TITLE ? 0 : shape == CASE_UPPER ? 1 : 2;
      bool caps = has_upper(it->lemma.s, it->lemma.n);
      votes[k][caps]++;
      if (shape == CASE_TITLE) lex_right += caps == (lex_others(c, it) == 0);
    }
    tag_info *ti = &c->tags[t];
    for (int k = 0; k < 3; k++)
      if (votes[k][1] > votes[k][0]) ti->flags |= 1u << k;
    if (lex_right > votes[0][0] && lex_right > votes[0][1]) ti->flags |= TITLE_LEXICON;
    if (lexicon_class(ti->name)) ti->flags |= TAG_LEXICON;
  }
}

/* The context of (tag, suffix) among the sorted contexts, or NULL. */
static const context *find_ctx(const compiler *c, uint32_t tag_id, span suffix) {
  size_t lo = 0, hi = c->n_ctx;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const context *x = &c->ctx[mid];
    int d = x->tag_id < tag_id ? -1 : x->tag_id > tag_id;
    if (!d) d = cmp_span(x->suffix, suffix);
    if (!d) return x;
    if (d < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return NULL;
}

static bool same_rules(const context *a, const context *b) {
  if (a->n_cand != b->n_cand) return false;
  for (uint32_t i = 0; i < a->n_cand; i++)
    if (cmp_rule(&a->cand[i], &b->cand[i]) != 0) return false;
  return true;
}

/* One context from the observations o[0..n) of one (tag, suffix), sorted:
 * the rules with the most pairs, ties to the earlier in sort order (fewer
 * bytes removed, then the shorter append). */
static context make_context(const compiler *c, const obs *o, size_t n) {
  context x = {o[0].tag_id, o[0].suffix, 0, {{0, {NULL, 0}}}, 0, true};
  uint64_t w[MAX_CAND] = {0};
  uint32_t max = (c->tags[o[0].tag_id].flags & TAG_LEXICON) ? MAX_CAND : 1;
  for (size_t j = 0; j < n;) {
    size_t k = j;
    while (k < n && cmp_rule(&o[k].r, &o[j].r) == 0)
      k++;
    uint64_t weight = k - j;
    uint32_t at = x.n_cand;
    while (at > 0 && w[at - 1] < weight)
      at--;
    if (at < max) {
      uint32_t last = x.n_cand < max ? x.n_cand : max - 1;
      for (uint32_t m = last; m > at; m--)
        x.cand[m] = x.cand[m - 1], w[m] = w[m - 1];
      x.cand[at] = o[j].r;
      w[at] = weight;
      if (x.n_cand < max) x.n_cand++;
    }
    j = k;
  }
  x.support = w[0];
  return x;
}

static bool learn_rules(compiler *c) {
  size_t n_obs = 0;
  for (size_t i = 0; i < c->n_items; i++)
    n_obs += c->items[i].form.n < BUILD_MAX_SUFFIX ? c->items[i].form.n : BUILD_MAX_SUFFIX;
  obs *o = malloc((n_obs ? n_obs : 1) * sizeof *o);
  if (!o) return false;
  n_obs = 0;
  for (size_t i = 0; i < c->n_items; i++) {
    const item *it = &c->items[i];
    size_t p = common_prefix(it->lform, it->llemma);
    size_t strip = it->lform.n - p, app = it->llemma.n - p;
    if (app > MAX_APPEND) continue;
    for (size_t m = strip ? strip : 1; m <= BUILD_MAX_SUFFIX && m <= it->lform.n; m++) {
      obs *x = &o[n_obs++];
      x->tag_id = it->tag_id;
      x->suffix = (span){it->lform.s + it->lform.n - m, m};
      x->r = (rule){(uint32_t)strip, {it->llemma.s + p, app}};
    }
  }
  if (n_obs) qsort(o, n_obs, sizeof *o, cmp_obs);

  c->ctx = malloc((n_obs ? n_obs : 1) * sizeof *c->ctx);
  if (!c->ctx) {
    free(o);
    return false;
  }
  for (size_t i = 0; i < n_obs;) {
    size_t j = i + 1;
    while (j < n_obs && o[j].tag_id == o[i].tag_id && cmp_span(o[j].suffix, o[i].suffix) == 0)
      j++;
    c->ctx[c->n_ctx++] = make_context(c, o + i, j - i);
    i = j;
  }
  free(o);

  /* Shorter suffixes first, so that a parent is final before its children
   * look at it. The nearest existing ancestor is the parent; above the
   * shortest suffixes is the identity rule. */
  for (size_t m = 1; m <= BUILD_MAX_SUFFIX; m++) {
    for (size_t i = 0; i < c->n_ctx; i++) {
      context *x = &c->ctx[i];
      if (x->suffix.n != m) continue;
      context parent = {x->tag_id, {NULL, 0}, 1, {{0, {NULL, 0}}}, 0, false};
      for (size_t k = m - 1; k > 0; k--) {
        const context *p = find_ctx(c, x->tag_id, (span){x->suffix.s + m - k, k});
        if (p) {
          parent = *p;
          break;
        }
      }
      if (x->support < MIN_SUPPORT) {
        x->n_cand = parent.n_cand;
        memcpy(x->cand, parent.cand, sizeof x->cand);
      }
      x->keep = !same_rules(x, &parent);
    }
  }

  /* The distinct rules of the kept contexts. */
  size_t n = 0;
  for (size_t i = 0; i < c->n_ctx; i++)
    if (c->ctx[i].keep) n += c->ctx[i].n_cand;
  c->rules = malloc((n ? n : 1) * sizeof *c->rules);
  if (!c->rules) return false;
  n = 0;
  for (size_t i = 0; i < c->n_ctx; i++)
    for (uint32_t k = 0; c->ctx[i].keep && k < c->ctx[i].n_cand; k++)
      c->rules[n++] = c->ctx[i].cand[k];
  if (n) qsort(c->rules, n, sizeof *c->rules, cmp_rule_v);
  for (size_t i = 0; i < n; i++)
    if (!c->n_rules || cmp_rule(&c->rules[c->n_rules - 1], &c->rules[i]) != 0)
      c->rules[c->n_rules++] = c->rules[i];
  return c->n_rules <= MAX_RULES;
}

/* The id of a rule of a kept context. */
static uint32_t rule_id(const compiler *c, const rule *r) {
  size_t lo = 0, hi = c->n_rules;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int d = cmp_rule(&c->rules[mid], r);
    if (!d) return (uint32_t)mid;
    if (d < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return 0; /* not reached: every kept rule is in the table */
}

/* ------------------------------------------------------------------ */
/* Builder: string pool and blob                                       */

typedef struct pool_entry {
  uint32_t off, len;
} pool_entry;

typedef struct pool {
  unsigned char *data;
  size_t n, cap;
  pool_entry *ent;
  size_t n_ent, cap_ent;
  size_t *slots; /* entry index + 1; 0 is empty */
  size_t n_slots;
  bool failed;
} pool;

static uint64_t pool_hash(span s) { return hash_bytes(0xcbf29ce484222325ull, s.s, s.n); }

static bool pool_rehash(pool *p, size_t n_slots) {
  size_t *slots = calloc(n_slots, sizeof *slots);
  if (!slots) return false;
  for (size_t i = 0; i < p->n_ent; i++) {
    size_t s = (size_t)pool_hash((span){p->data + p->ent[i].off, p->ent[i].len}) & (n_slots - 1);
    while (slots[s])
      s = (s + 1) & (n_slots - 1);
    slots[s] = i + 1;
  }
  free(p->slots);
  p->slots = slots;
  p->n_slots = n_slots;
  return true;
}

/* Offset of s in the pool, adding it when new; equal strings share. */
static uint32_t pool_add(pool *p, span s) {
  if (p->failed || !s.n) return 0;
  if (p->n_ent + 1 > p->n_slots / 2 && !pool_rehash(p, p->n_slots ? p->n_slots * 2 : 1024)) {
    p->failed = true;
    return 0;
  }
  size_t h = (size_t)pool_hash(s) & (p->n_slots - 1);
  for (; p->slots[h]; h = (h + 1) & (p->n_slots - 1)) {
    const pool_entry *e = &p->ent[p->slots[h] - 1];
    if (same(p->data + e->off, e->len, s.s, s.n)) return e->off;
  }
  unsigned char *data = p->n + s.n > UINT32_MAX ? NULL : grow(p->data, &p->cap, p->n + s.n, 1);
  if (data) p->data = data;
  pool_entry *ent = data ? grow(p->ent, &p->cap_ent, p->n_ent + 1, sizeof(pool_entry)) : NULL;
  if (!ent) {
    p->failed = true;
    return 0;
  }
  p->ent = ent;
  uint32_t off = (uint32_t)p->n;
  memcpy(p->data + p->n, s.s, s.n);
  p->n += s.n;
  p->ent[p->n_ent] = (pool_entry){off, (uint32_t)s.n};
  p->slots[h] = ++p->n_ent;
  return off;
}

static void pool_free(pool *p) {
  free(p->data);
  free(p->ent);
  free(p->slots);
}

/* Pool offsets of every string of the blob, filled in a fixed order so
 * that the pool is deterministic. */
typedef struct offsets {
  uint32_t *tag, *exc, *suf, *rule, *lex;
} offsets;

static bool pool_fill(const compiler *c, size_t n_suf, pool *p, offsets *o) {
  o->tag = malloc((c->n_tags + 1) * sizeof *o->tag);
  o->exc = malloc((c->n_exc * 2 + 1) * sizeof *o->exc);
  o->suf = malloc((n_suf + 1) * sizeof *o->suf);
  o->rule = malloc((c->n_rules + 1) * sizeof *o->rule);
  o->lex = malloc((c->n_lex + 1) * sizeof *o->lex);
  if (!o->tag || !o->exc || !o->suf || !o->rule || !o->lex) return false;
  for (size_t i = 0; i < c->n_tags; i++)
    o->tag[i] = pool_add(p, c->tags[i].name);
  for (size_t i = 0; i < c->n_exc; i++) {
    o->exc[2 * i] = pool_add(p, c->exc[i].form);
    o->exc[2 * i + 1] = pool_add(p, c->exc[i].lemma);
  }
  for (size_t i = 0; i < c->n_lex; i++)
    o->lex[i] = pool_add(p, c->lex[i].word);
  for (size_t i = 0, k = 0; i < c->n_ctx; i++)
    if (c->ctx[i].keep) o->suf[k++] = pool_add(p, c->ctx[i].suffix);
  for (size_t i = 0; i < c->n_rules; i++)
    o->rule[i] = pool_add(p, c->rules[i].app);
  return !p->failed;
}

/* Writes the blob of the tags, kept contexts, rules, lexicon and the
 * exceptions found so far. */
static bool emit(compiler *c, unsigned char **buf, size_t *len) {
  *buf = NULL;
  *len = 0;
  size_t n_suf = 0, n_exc = 0;
  for (size_t t = 0, i = 0; t < c->n_tags; t++) {
    tag_info *ti = &c->tags[t];
    ti->suf_first = (uint32_t)n_suf;
    for (; i < c->n_ctx && c->ctx[i].tag_id == t; i++)
      n_suf += c->ctx[i].keep;
    ti->suf_count = (uint32_t)(n_suf - ti->suf_first);
    ti->exc_first = (uint32_t)n_exc;
    while (n_exc < c->n_exc && c->exc[n_exc].tag_id == t)
      n_exc++;
    ti->exc_count = (uint32_t)(n_exc - ti->exc_first);
  }

  pool p = {0};
  offsets o = {0};
  bool ok = pool_fill(c, n_suf, &p, &o);
  size_t tags_at = HEADER_SIZE, exc_at = tags_at + c->n_tags * TAG_SIZE;
  size_t suf_at = exc_at + c->n_exc * EXC_SIZE, rules_at = suf_at + n_suf * SUF_SIZE;
  size_t lex_at = rules_at + c->n_rules * RULE_SIZE, pool_at = lex_at + c->n_lex * LEX_SIZE;
  size_t total = pool_at + p.n;
  unsigned char *out = ok && total <= UINT32_MAX ? calloc(1, total) : NULL;
  if (out) {
    memcpy(out, magic, sizeof magic);
    wr32(out + 8, NM_LEMMA_VERSION);
    wr32(out + 12, (uint32_t)total);
    wr32(out + 16, BUILD_MAX_SUFFIX);
    const size_t table[5][2] = {{c->n_tags, tags_at},
                                {c->n_exc, exc_at},
                                {n_suf, suf_at},
                                {c->n_rules, rules_at},
                                {c->n_lex, lex_at}};
    for (size_t i = 0; i < 5; i++) {
      wr32(out + 20 + 8 * i, (uint32_t)table[i][0]);
      wr32(out + 24 + 8 * i, (uint32_t)table[i][1]);
    }
    wr32(out + 60, (uint32_t)p.n);
    wr32(out + 64, (uint32_t)pool_at);
    for (size_t i = 0; i < c->n_tags; i++) {
      unsigned char *q = out + tags_at + i * TAG_SIZE;
      const tag_info *ti = &c->tags[i];
      wr32(q, o.tag[i]);
      wr16(q + 4, (uint32_t)ti->name.n);
      q[6] = (unsigned char)ti->flags;
      wr32(q + 8, ti->exc_first);
      wr32(q + 12, ti->exc_count);
      wr32(q + 16, ti->suf_first);
      wr32(q + 20, ti->suf_count);
    }
    for (size_t i = 0; i < c->n_exc; i++) {
      unsigned char *q = out + exc_at + i * EXC_SIZE;
      wr32(q, o.exc[2 * i]);
      wr32(q + 4, o.exc[2 * i + 1]);
      wr16(q + 8, (uint32_t)c->exc[i].form.n);
      wr16(q + 10, (uint32_t)c->exc[i].lemma.n);
    }
    for (size_t i = 0, k = 0; i < c->n_ctx; i++) {
      const context *x = &c->ctx[i];
      if (!x->keep) continue;
      unsigned char *q = out + suf_at + k * SUF_SIZE;
      wr32(q, o.suf[k]);
      q[4] = (unsigned char)x->suffix.n;
      q[5] = (unsigned char)x->n_cand;
      for (uint32_t r = 0; r < x->n_cand; r++)
        wr16(q + 6 + 2 * r, rule_id(c, &x->cand[r]));
      k++;
    }
    for (size_t i = 0; i < c->n_rules; i++) {
      unsigned char *q = out + rules_at + i * RULE_SIZE;
      wr32(q, o.rule[i]);
      q[4] = (unsigned char)c->rules[i].strip;
      q[5] = (unsigned char)c->rules[i].app.n;
    }
    for (size_t i = 0; i < c->n_lex; i++) {
      unsigned char *q = out + lex_at + i * LEX_SIZE;
      wr32(q, o.lex[i]);
      wr16(q + 4, (uint32_t)c->lex[i].word.n);
      q[6] = c->lex[i].cls;
    }
    if (p.n) memcpy(out + pool_at, p.data, p.n);
    *buf = out;
    *len = total;
  }
  pool_free(&p);
  free(o.tag);
  free(o.exc);
  free(o.suf);
  free(o.rule);
  free(o.lex);
  return out != NULL;
}

/* Runs the rules-only lemmatiser over every (tag, lower-cased form) group
 * and records an exception where the group's most frequent lemma is right
 * for more tokens than the rules are. */
static bool learn_exceptions(compiler *c, const nm_lemmatizer *l) {
  if (c->n_items) qsort(c->items, c->n_items, sizeof *c->items, cmp_item_lower);
  char tmp[NM_LEMMA_MAX_TOKEN + MAX_APPEND + 1];
  for (size_t i = 0; i < c->n_items;) {
    size_t end = i + 1;
    while (end < c->n_items && c->items[end].tag_id == c->items[i].tag_id &&
           cmp_span(c->items[end].lform, c->items[i].lform) == 0)
      end++;
    uint64_t rules_right = 0, best_w = 0;
    span best = {NULL, 0};
    for (size_t j = i; j < end;) {
      uint64_t w = 0;
      size_t k = j;
      for (; k < end && cmp_span(c->items[k].lemma, c->items[j].lemma) == 0; k++) {
        const item *it = &c->items[k];
        size_t n = nm_lemmatize(l, (const char *)it->form.s, it->form.n, (const char *)it->tag.s,
                                it->tag.n, tmp, sizeof tmp);
        if (n < sizeof tmp && same((const unsigned char *)tmp, n, it->lemma.s, it->lemma.n))
          rules_right += it->count;
        w += it->count;
      }
      if (w > best_w) best_w = w, best = c->items[j].lemma;
      j = k;
    }
    if (best_w > rules_right && best.n <= MAX_EXC_STRING && c->items[i].lform.n <= MAX_EXC_STRING) {
      exception *exc = grow(c->exc, &c->cap_exc, c->n_exc + 1, sizeof *c->exc);
      if (!exc) return false;
      c->exc = exc;
      c->exc[c->n_exc++] = (exception){c->items[i].tag_id, c->items[i].lform, best};
    }
    i = end;
  }
  return true;
}

int nm_lemma_builder_finish(nm_lemma_builder *b, unsigned char **buf, size_t *len) {
  if (!buf || !len) return -1;
  *buf = NULL;
  *len = 0;
  if (!b) return -1;
  compiler c = {0};
  unsigned char *rules = NULL;
  size_t rules_len = 0;
  nm_lemmatizer l;
  bool ok = make_items(b, &c);
  ok = ok && learn_lexicon(&c);
  if (ok) learn_flags(&c);
  ok = ok && learn_rules(&c) && emit(&c, &rules, &rules_len) &&
       nm_lemmatizer_open(rules, rules_len, &l, NULL) == NM_OK && learn_exceptions(&c, &l) &&
       emit(&c, buf, len);
  free(rules);
  free(c.items);
  free(c.low);
  free(c.tags);
  free(c.ctx);
  free(c.rules);
  free(c.lex);
  free(c.exc);
  return ok ? 0 : -1;
}
