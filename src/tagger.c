/* tagger.c - the tagger at run time: loading and tagging.
 *
 * Model sections (container: model.h; integers little-endian):
 *   TINF  u32 format and feature-set version (NM_TAGGER_FEATURES), u32
 *         number of classes C (1..255), u32 feature slots S (a power of
 *         two), u32 weight entries E (< 2^24), u32 dictionary slots D (a
 *         power of two or 0), f32 weight scale
 *   TCLS  C times: u8 UPOS length, UPOS bytes, u8 XPOS length, XPOS bytes
 *   TFEA  S slots of 8 bytes: u32 fingerprint of the feature (its high 32
 *         bits | 1; 0 = empty), u32 first entry << 8 | entry count; the
 *         slot is found from the feature's low bits by linear probing
 *   TWGT  E i16 weights (times the scale), then E u8 classes
 *   TDIC  D slots of 16 bytes: u64 hash of the exact word (0 = empty),
 *         u32 class, u32 reserved
 *   TAMB  lexicon slots of 8 bytes: u32 fingerprint of the lower-cased
 *         word's hash (0 = empty), u32 its ambiguity class (the set of
 *         classes it had in training, hashed); a power of two of slots
 *   LEMM  the lemmatiser (lemma.h), optional
 * The loader checks every count against the section sizes and every entry
 * range against E, so that tagging cannot read outside the file. */
#include "tagger.h"

#include "irregular.h"
#include "lemma.h"
#include "tagger_feat.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

struct nm_tagger {
  nm_model model;
  unsigned n_classes;
  char upos[NM_TAGGER_MAX_CLASSES][16];
  char xpos[NM_TAGGER_MAX_CLASSES][16];
  uint16_t xkind[NM_TAGGER_MAX_CLASSES]; /* XK_* of each class's XPOS, for nm_tagger_repair */
  /* NM_IRR_PAST for VBD classes, NM_IRR_PART for VBN, else 0: whose
   * lemmas the irregular verb list gives */
  uint8_t irr[NM_TAGGER_MAX_CLASSES];
  /* 1 for a PUNCT class, which no word with a letter or a digit takes */
  uint8_t punct[NM_TAGGER_MAX_CLASSES];
  int vbd;                               /* the class VERB/VBD, or -1 */
  int vbn;                               /* the class VERB/VBN, or -1 */
  int hyph;                              /* the class PUNCT/HYPH, or -1 */
  int nnp;                               /* the class PROPN/NNP, or -1 */
  int adj_nnp;                           /* the class ADJ/NNP, or -1 */
  int nnps;                              /* the class PROPN/NNPS, or -1 */
  int nn;                                /* the class NOUN/NN, or -1 */
  int nns;                               /* the class NOUN/NNS, or -1 */
  int vbz;                               /* the class VERB/VBZ, or -1 */
  int vbg;                               /* the class VERB/VBG, or -1 */
  int vbp;                               /* the class VERB/VBP, or -1 */
  int jj;                                /* the class ADJ/JJ, or -1 */
  int fw;                                /* the class X/FW, or -1 */
  int rp;                                /* the class ADP/RP, or -1 */
  int sconj;                             /* the class SCONJ/IN, or -1 */
  int dt;                                /* the class DET/DT, or -1 */
  int rb;                                /* the class ADV/RB, or -1 */
  int vb;                                /* the class VERB/VB, or -1 */
  int jjs;                               /* the class ADJ/JJS, or -1 */
  int in;                                /* the class ADP/IN, or -1 */
  int to;                                /* the class PART/TO, or -1 */
  int lq, rq;                            /* the classes PUNCT/`` and PUNCT/'', or -1 */
  const unsigned char *feat; /* S slots */
  uint64_t feat_mask;
  float scale;
  uint32_t n_entries;
  /* each entry's weight and class side by side, copied at load: one
   * memory line per row instead of two when tagging */
  struct nm_tentry {
    int16_t w;
    uint8_t cls, pad;
  } *entries;
  /* TFEA rebuilt at load with short rows inside the slot: most features
   * have at most SLOT_ENTRIES weights, and a lookup then costs one memory
   * line instead of two. Same slots and probing as TFEA. */
  struct nm_tslot *slots;
  size_t slots_map; /* mapped length when from nm_huge_alloc, else 0 */
  /* rows of at least DENSE_MIN entries also as dense rows of `width`
   * int16 weights (a class a row names twice summed), built at load:
   * adding one is a few vector adds instead of a scattered add per entry,
   * and the most frequent features (the bias, the previous tags) have
   * rows for most classes */
  int16_t *dense;
  uint32_t width;
  const unsigned char *dict;
  uint64_t dict_mask;
  const unsigned char *amb; /* lexicon: lower-case word hash -> ambiguity class */
  uint64_t amb_mask;
  int has_lemma;
  nm_lemmatizer lemma;
  nm_lemma_index *lemma_index; /* lemma.index, owned */
  const void *lemma_tag[NM_TAGGER_MAX_CLASSES]; /* each class's XPOS record */
};

static void free_slots(nm_tagger *t);

static nm_tagger *fail(nm_tagger *t, nm_error *err, nm_status code, const char *msg) {
  if (t) {
    nm_model_close(&t->model);
    free(t->entries);
    free_slots(t);
    nm_lemma_index_free(t->lemma_index);
    free(t);
  }
  if (err) {
    err->code = code;
    err->msg = msg;
    err->pos = 0;
  }
  return NULL;
}

static int is_pow2(uint32_t v) { return v && !(v & (v - 1)); }

/* A feature's slot at run time, 16 bytes: its fingerprint (0 = empty) and
 * entry count, then up to SLOT_ENTRIES entries; for a longer row, the
 * index of its first entry in entries, or with cls[0] == SLOT_DENSE, of
 * its dense row. */
enum { SLOT_ENTRIES = 3, SLOT_DENSE = 1, DENSE_MIN = 16 };
struct nm_tslot {
  uint32_t fp;
  uint8_t count;
  uint8_t cls[SLOT_ENTRIES];
  union {
    int16_t w[SLOT_ENTRIES + 1];
    uint32_t first;
  } u;
};
_Static_assert(sizeof(struct nm_tslot) == 16, "a slot is a quarter of a cache line");

static void free_slots(nm_tagger *t) {
  free(t->dense);
  t->dense = NULL;
  if (t->slots_map)
    nm_huge_free(t->slots, t->slots_map);
  else
    free(t->slots);
  t->slots = NULL;
  t->slots_map = 0;
}

/* Builds slots from TFEA and entries (both checked). A long row whose
 * sums do not fit int16 (a class repeated in a damaged file) stays a list
 * of entries. */
static bool build_slots(nm_tagger *t, uint32_t S) {
  t->width = (t->n_classes + 7) & ~7u;
  uint32_t n_dense = 0;
  for (uint32_t s = 0; s < S; s++)
    n_dense += (nm_rd32(t->feat + 8 * (size_t)s + 4) & 0xFF) >= DENSE_MIN;
  /* rows may share entries only in a damaged file: never more dense rows
   * than distinct long rows could fill */
  if (n_dense > t->n_entries / DENSE_MIN) n_dense = t->n_entries / DENSE_MIN;
  if (n_dense && !(t->dense = calloc((size_t)n_dense * t->width, sizeof *t->dense))) return false;
  uint32_t used = 0;
  size_t bytes = (size_t)S * sizeof *t->slots;
  t->slots = nm_huge_alloc(bytes, &t->slots_map);
  if (!t->slots) {
    t->slots_map = 0;
    t->slots = calloc(S, sizeof *t->slots);
    if (!t->slots) return false;
  }
  for (uint32_t s = 0; s < S; s++) {
    const unsigned char *src = t->feat + 8 * (size_t)s;
    struct nm_tslot *d = &t->slots[s];
    uint32_t v = nm_rd32(src + 4), first = v >> 8, count = v & 0xFF;
    memset(d, 0, sizeof *d);
    d->fp = nm_rd32(src);
    d->count = (uint8_t)count;
    if (count <= SLOT_ENTRIES) {
      for (uint32_t e = 0; e < count; e++) {
        d->cls[e] = t->entries[first + e].cls;
        d->u.w[e] = t->entries[first + e].w;
      }
    } else {
      d->u.first = first;
    }
    if (count < DENSE_MIN || used >= n_dense) continue;
    int32_t sum[NM_TAGGER_MAX_CLASSES] = {0};
    bool fits = true;
    for (uint32_t e = 0; e < count; e++) {
      int32_t *x = &sum[t->entries[first + e].cls];
      *x += t->entries[first + e].w;
      fits = fits && *x >= INT16_MIN && *x <= INT16_MAX;
    }
    if (!fits) continue;
    int16_t *row = t->dense + (size_t)used * t->width;
    for (unsigned c = 0; c < t->n_classes; c++)
      row[c] = (int16_t)sum[c];
    d->cls[0] = SLOT_DENSE;
    d->u.first = used++;
  }
  return true;
}

/* scores[0..width) += row[0..width); width is a multiple of 8. */
static inline void add_dense(int32_t *scores, const int16_t *row, uint32_t width) {
#ifdef __SSE2__
  for (uint32_t k = 0; k < width; k += 8) {
    __m128i x = _mm_loadu_si128((const __m128i *)(row + k));
    __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16);
    __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16);
    __m128i *s = (__m128i *)(scores + k);
    _mm_storeu_si128(s, _mm_add_epi32(_mm_loadu_si128(s), lo));
    _mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1), hi));
  }
#else
  for (uint32_t k = 0; k < width; k++)
    scores[k] += row[k];
#endif
}

/* Whether word w is one of list's (NULL-terminated). */
static bool word_among(const nm_word *w, const char *const *list) {
  for (size_t q = 0; list[q]; q++)
    if (w->len == strlen(list[q]) && !memcmp(w->s, list[q], w->len)) return true;
  return false;
}

/* word_among() with the word's first letter in either case ("Protest"). */
static bool word_among_ci(const nm_word *w, const char *const *list) {
  for (size_t q = 0; list[q]; q++)
    if (w->len == strlen(list[q]) && (w->s[0] | 0x20) == list[q][0] &&
        !memcmp(w->s + 1, list[q] + 1, w->len - 1))
      return true;
  return false;
}

/* Kinds of XPOS tag that nm_tagger_repair() asks about, per class. */
enum {
  XK_FINITE = 1 << 0,     /* VBD VBZ VBP MD */
  XK_VERBAL = 1 << 1,     /* those and VB VBN VBG */
  XK_VBN = 1 << 2,        /* past participle */
  XK_PROPER = 1 << 3,     /* NNP NNPS */
  XK_NOUN = 1 << 4,       /* NN NNS NNP NNPS */
  XK_NP = 1 << 5,         /* words of an opening noun phrase */
  XK_OBJECT = 1 << 6,     /* words that start an object */
  XK_CLAUSE_END = 1 << 7, /* words that end a clause's reach */
  XK_JJ = 1 << 8,         /* plain adjective */
  XK_ADVERB = 1 << 9,     /* RB */
  XK_CLOSED = 1 << 10,    /* closed classes: CC DT IN PRP TO MD WDT WP EX PDT RP ... */
  XK_IN = 1 << 11,        /* preposition or subordinator */
  XK_TO = 1 << 12,        /* "to" */
  XK_BASE = 1 << 13,      /* VB */
  XK_PRP = 1 << 14,       /* personal pronoun */
  XK_NUMBER = 1 << 15,    /* CD and $ */
};

/* Sets t->xkind and t->vbd from the classes' tags, once at load, so that
 * repairing a sentence compares bits, not strings. */
static void classify_xpos(nm_tagger *t) {
  static const struct {
    const char *tag;
    unsigned kind;
  } kinds[] = {
      {"VBD", XK_FINITE | XK_VERBAL},
      {"VBZ", XK_FINITE | XK_VERBAL},
      {"VBP", XK_FINITE | XK_VERBAL},
      {"MD", XK_FINITE | XK_VERBAL | XK_CLOSED},
      {"VB", XK_VERBAL | XK_BASE},
      {"VBG", XK_VERBAL},
      {"VBN", XK_VERBAL | XK_VBN},
      {"NNP", XK_PROPER | XK_NOUN | XK_NP | XK_OBJECT},
      {"NNPS", XK_PROPER | XK_NOUN | XK_NP | XK_OBJECT},
      {"NN", XK_NOUN | XK_NP | XK_OBJECT},
      {"NNS", XK_NOUN | XK_NP | XK_OBJECT},
      {"DT", XK_NP | XK_OBJECT | XK_CLOSED},
      {"CD", XK_NP | XK_OBJECT | XK_NUMBER},
      {"$", XK_NUMBER},
      {"PRP$", XK_NP | XK_OBJECT | XK_CLOSED},
      {"JJ", XK_NP | XK_JJ},
      {"JJR", XK_NP},
      {"JJS", XK_NP},
      {"POS", XK_NP | XK_CLOSED},
      {"RB", XK_ADVERB},
      {",", XK_CLAUSE_END},
      {"CC", XK_CLAUSE_END | XK_CLOSED},
      {"IN", XK_CLAUSE_END | XK_CLOSED | XK_IN},
      {"WDT", XK_CLAUSE_END | XK_CLOSED},
      {"WP", XK_CLAUSE_END | XK_CLOSED},
      {":", XK_CLAUSE_END},
      {"TO", XK_CLAUSE_END | XK_CLOSED | XK_TO},
      {"PRP", XK_CLOSED | XK_PRP},
      {"WP$", XK_CLOSED},
      {"WRB", XK_CLOSED},
      {"EX", XK_CLOSED},
      {"PDT", XK_CLOSED},
      {"RP", XK_CLOSED},
  };
  t->vbd = -1;
  t->vbn = -1;
  t->hyph = -1;
  t->nnp = -1;
  t->adj_nnp = -1;
  t->nnps = -1;
  t->nn = -1;
  t->nns = -1;
  t->vbz = -1;
  t->vbg = -1;
  t->vbp = -1;
  t->jj = -1;
  t->fw = -1;
  t->rp = -1;
  t->sconj = -1;
  t->dt = -1;
  t->rb = -1;
  t->vb = -1;
  t->jjs = -1;
  t->in = -1;
  t->to = -1;
  t->lq = t->rq = -1;
  for (unsigned c = 0; c < t->n_classes; c++) {
    t->xkind[c] = 0;
    t->punct[c] = !strcmp(t->upos[c], "PUNCT");
    t->irr[c] = !strcmp(t->xpos[c], "VBD")   ? NM_IRR_PAST
                : !strcmp(t->xpos[c], "VBN") ? NM_IRR_PART
                                              : 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
      if (!strcmp(t->xpos[c], kinds[k].tag)) t->xkind[c] = (uint16_t)kinds[k].kind;
    if (t->vbn < 0 && !strcmp(t->xpos[c], "VBN") && !strcmp(t->upos[c], "VERB")) t->vbn = (int)c;
    if (t->vbd < 0 && !strcmp(t->xpos[c], "VBD") && !strcmp(t->upos[c], "VERB")) t->vbd = (int)c;
    if (t->hyph < 0 && !strcmp(t->xpos[c], "HYPH") && !strcmp(t->upos[c], "PUNCT"))
      t->hyph = (int)c;
    if (t->nnp < 0 && !strcmp(t->xpos[c], "NNP") && !strcmp(t->upos[c], "PROPN")) t->nnp = (int)c;
    if (t->adj_nnp < 0 && !strcmp(t->xpos[c], "NNP") && !strcmp(t->upos[c], "ADJ"))
      t->adj_nnp = (int)c;
    if (t->nnps < 0 && !strcmp(t->xpos[c], "NNPS") && !strcmp(t->upos[c], "PROPN"))
      t->nnps = (int)c;
    if (t->nn < 0 && !strcmp(t->xpos[c], "NN") && !strcmp(t->upos[c], "NOUN")) t->nn = (int)c;
    if (t->nns < 0 && !strcmp(t->xpos[c], "NNS") && !strcmp(t->upos[c], "NOUN")) t->nns = (int)c;
    if (t->vbz < 0 && !strcmp(t->xpos[c], "VBZ") && !strcmp(t->upos[c], "VERB")) t->vbz = (int)c;
    if (t->vbg < 0 && !strcmp(t->xpos[c], "VBG") && !strcmp(t->upos[c], "VERB")) t->vbg = (int)c;
    if (t->vbp < 0 && !strcmp(t->xpos[c], "VBP") && !strcmp(t->upos[c], "VERB")) t->vbp = (int)c;
    if (t->jj < 0 && !strcmp(t->xpos[c], "JJ") && !strcmp(t->upos[c], "ADJ")) t->jj = (int)c;
    if (t->fw < 0 && !strcmp(t->xpos[c], "FW") && !strcmp(t->upos[c], "X")) t->fw = (int)c;
    if (t->rp < 0 && !strcmp(t->xpos[c], "RP") && !strcmp(t->upos[c], "ADP")) t->rp = (int)c;
    if (t->sconj < 0 && !strcmp(t->xpos[c], "IN") && !strcmp(t->upos[c], "SCONJ"))
      t->sconj = (int)c;
    if (t->rb < 0 && !strcmp(t->xpos[c], "RB") && !strcmp(t->upos[c], "ADV")) t->rb = (int)c;
    if (t->vb < 0 && !strcmp(t->xpos[c], "VB") && !strcmp(t->upos[c], "VERB")) t->vb = (int)c;
    if (t->dt < 0 && !strcmp(t->xpos[c], "DT") && !strcmp(t->upos[c], "DET")) t->dt = (int)c;
    if (t->jjs < 0 && !strcmp(t->xpos[c], "JJS") && !strcmp(t->upos[c], "ADJ")) t->jjs = (int)c;
    if (t->in < 0 && !strcmp(t->xpos[c], "IN") && !strcmp(t->upos[c], "ADP")) t->in = (int)c;
    if (t->to < 0 && !strcmp(t->xpos[c], "TO") && !strcmp(t->upos[c], "PART")) t->to = (int)c;
    if (t->lq < 0 && !strcmp(t->xpos[c], "``") && !strcmp(t->upos[c], "PUNCT")) t->lq = (int)c;
    if (t->rq < 0 && !strcmp(t->xpos[c], "''") && !strcmp(t->upos[c], "PUNCT")) t->rq = (int)c;
  }
}

static nm_tagger *load(nm_tagger *t, nm_error *err) {
  size_t len;
  const unsigned char *inf = nm_model_section(&t->model, NM_FOURCC('T', 'I', 'N', 'F'), &len);
  if (!inf || len < 24) return fail(t, err, NM_ERR_FORMAT, "tagger model: missing TINF section");
  if (nm_rd32(inf) != NM_TAGGER_FEATURES)
    return fail(t, err, NM_ERR_FORMAT, "tagger model: built with another feature set; retrain");
  uint32_t C = nm_rd32(inf + 4), S = nm_rd32(inf + 8), E = nm_rd32(inf + 12), D = nm_rd32(inf + 16);
  if (C < 1 || C > NM_TAGGER_MAX_CLASSES || !is_pow2(S) || (D && !is_pow2(D)))
    return fail(t, err, NM_ERR_FORMAT, "tagger model: bad counts");
  t->n_classes = C;
  memcpy(&t->scale, inf + 20, 4); /* the file is little-endian, like every host we build on */
  if (!(t->scale > 0 && t->scale < 1e6f))
    return fail(t, err, NM_ERR_FORMAT, "tagger model: bad weight scale");

  const unsigned char *cls = nm_model_section(&t->model, NM_FOURCC('T', 'C', 'L', 'S'), &len);
  if (!cls) return fail(t, err, NM_ERR_FORMAT, "tagger model: missing TCLS section");
  size_t p = 0;
  for (uint32_t c = 0; c < C; c++) {
    for (int k = 0; k < 2; k++) {
      if (p >= len) return fail(t, err, NM_ERR_FORMAT, "tagger model: truncated class table");
      size_t l = cls[p++];
      if (l >= 16 || l > len - p)
        return fail(t, err, NM_ERR_FORMAT, "tagger model: bad class name");
      char *dst = k == 0 ? t->upos[c] : t->xpos[c];
      memcpy(dst, cls + p, l);
      dst[l] = '\0';
      if (memchr(dst, '\0', l)) return fail(t, err, NM_ERR_FORMAT, "tagger model: bad class name");
      p += l;
    }
  }

  t->feat = nm_model_section(&t->model, NM_FOURCC('T', 'F', 'E', 'A'), &len);
  if (!t->feat || len / 8 != S || len % 8)
    return fail(t, err, NM_ERR_FORMAT, "tagger model: feature table size is wrong");
  t->feat_mask = S - 1;
  const unsigned char *w = nm_model_section(&t->model, NM_FOURCC('T', 'W', 'G', 'T'), &len);
  if (!w || len / 3 != E || len % 3)
    return fail(t, err, NM_ERR_FORMAT, "tagger model: weight table size is wrong");
  const unsigned char *wclass = w + 2 * (size_t)E; /* E classes after E int16 weights */
  t->n_entries = E;
  t->entries = malloc((E ? E : 1) * sizeof *t->entries);
  if (!t->entries) return fail(t, err, NM_ERR_NOMEM, "out of memory");
  for (uint32_t e = 0; e < E; e++) {
    if (wclass[e] >= C) return fail(t, err, NM_ERR_FORMAT, "tagger model: bad weight class");
    t->entries[e].w = (int16_t)nm_rd16(w + 2 * (size_t)e);
    t->entries[e].cls = wclass[e];
    t->entries[e].pad = 0;
  }
  uint32_t empty = 0;
  for (uint32_t s = 0; s < S; s++) {
    const unsigned char *slot = t->feat + 8 * (size_t)s;
    uint32_t v = nm_rd32(slot + 4), first = v >> 8, count = v & 0xFF;
    if (first > E || count > E - first)
      return fail(t, err, NM_ERR_FORMAT, "tagger model: feature points outside the weights");
    empty += nm_rd32(slot) == 0;
  }
  /* lookups probe until an empty slot: there must be one */
  if (!empty) return fail(t, err, NM_ERR_FORMAT, "tagger model: feature table is full");
  if (!build_slots(t, S)) return fail(t, err, NM_ERR_NOMEM, "out of memory");

  t->dict = nm_model_section(&t->model, NM_FOURCC('T', 'D', 'I', 'C'), &len);
  if (D) {
    if (!t->dict || len / 16 != D || len % 16)
      return fail(t, err, NM_ERR_FORMAT, "tagger model: dictionary size is wrong");
    for (uint32_t s = 0; s < D; s++)
      if (nm_rd32(t->dict + 16 * (size_t)s + 8) >= C)
        return fail(t, err, NM_ERR_FORMAT, "tagger model: bad dictionary class");
    t->dict_mask = D - 1;
  } else {
    t->dict = NULL;
  }

  t->amb = nm_model_section(&t->model, NM_FOURCC('T', 'A', 'M', 'B'), &len);
  if (t->amb) {
    if (len < 8 || len % 8 || len / 8 > UINT32_MAX || !is_pow2((uint32_t)(len / 8)))
      return fail(t, err, NM_ERR_FORMAT, "tagger model: lexicon size is wrong");
    t->amb_mask = len / 8 - 1;
  }

  const unsigned char *lem = nm_model_section(&t->model, NM_FOURCC('L', 'E', 'M', 'M'), &len);
  if (lem) {
    nm_error e2 = {NM_OK, NULL, 0};
    if (nm_lemmatizer_open(lem, len, &t->lemma, &e2) != NM_OK)
      return fail(t, err, NM_ERR_FORMAT, e2.msg ? e2.msg : "tagger model: bad lemmatiser");
    t->has_lemma = 1;
    t->lemma.index = t->lemma_index = nm_lemma_index_new(&t->lemma); /* NULL: no index */
    for (unsigned c = 0; c < t->n_classes; c++)
      t->lemma_tag[c] = nm_lemma_tag(&t->lemma, t->xpos[c], strlen(t->xpos[c]));
  }
  classify_xpos(t);
  return t;
}

nm_tagger *nm_tagger_open(const char *path, nm_error *err) {
  nm_tagger *t = calloc(1, sizeof *t);
  if (!t) return fail(NULL, err, NM_ERR_NOMEM, "out of memory");
  nm_status s = nm_model_open(path, NM_TAGGER_KIND, &t->model, err);
  if (s != NM_OK) {
    free(t);
    return NULL;
  }
  return load(t, err);
}

nm_tagger *nm_tagger_open_mem(const unsigned char *buf, size_t len, nm_error *err) {
  nm_tagger *t = calloc(1, sizeof *t);
  if (!t) return fail(NULL, err, NM_ERR_NOMEM, "out of memory");
  nm_status s = nm_model_open_mem(buf, len, NM_TAGGER_KIND, &t->model, err);
  if (s != NM_OK) {
    free(t);
    return NULL;
  }
  return load(t, err);
}

void nm_tagger_free(nm_tagger *t) {
  if (!t) return;
  nm_model_close(&t->model);
  free(t->entries);
  free_slots(t);
  nm_lemma_index_free(t->lemma_index);
  free(t);
}

unsigned nm_tagger_n_classes(const nm_tagger *t) { return t->n_classes; }
const char *nm_tagger_upos(const nm_tagger *t, unsigned c) {
  return c < t->n_classes ? t->upos[c] : "X";
}
const char *nm_tagger_xpos(const nm_tagger *t, unsigned c) {
  return c < t->n_classes ? t->xpos[c] : "_";
}

/* The slot of feature f, or NULL when the feature is absent. Scores are
 * sums of the stored int16 weights: the common scale does not change
 * which class wins, so it is never applied. */
static inline const struct nm_tslot *find_feature(const nm_tagger *t, uint64_t f) {
  uint64_t i = f & t->feat_mask;
  uint32_t fp = nm_feat_fingerprint(f);
  for (;;) {
    const struct nm_tslot *slot = &t->slots[i];
    if (slot->fp == fp) return slot;
    if (slot->fp == 0) return NULL;
    i = (i + 1) & t->feat_mask;
  }
}

/* Dictionary keys are exact-form hashes with the low byte set to 0xFF (the
 * trainer packs a class into that byte while counting); slots are found
 * from the bits above it. */
static int dict_lookup(const nm_tagger *t, uint64_t exact) {
  if (!t->dict) return -1;
  uint64_t h = exact | 0xFF;
  uint64_t i = (h >> 8) & t->dict_mask;
  for (uint64_t probes = 0; probes <= t->dict_mask; probes++) {
    const unsigned char *slot = t->dict + 16 * i;
    uint64_t key = nm_rd64(slot);
    if (key == h) return (int)nm_rd32(slot + 8);
    if (key == 0) return -1;
    i = (i + 1) & t->dict_mask;
  }
  return -1;
}

/* Word hashes for a sentence with two pads on each side. */
/* Ambiguity class of a word from the lexicon (TAMB). */
static uint64_t amb_lookup(const nm_tagger *t, uint64_t lower) {
  if (!t->amb) return NM_AMB_UNKNOWN;
  uint64_t i = (lower >> 8) & t->amb_mask;
  uint32_t fp = nm_feat_fingerprint(lower);
  for (uint64_t probes = 0; probes <= t->amb_mask; probes++) {
    const unsigned char *slot = t->amb + 8 * i;
    uint32_t key = nm_rd32(slot);
    if (key == fp) return nm_rd32(slot + 4);
    if (key == 0) break;
    i = (i + 1) & t->amb_mask;
  }
  return NM_AMB_UNKNOWN;
}

static void word_hashes(const nm_tagger *t, const nm_word *w, nm_wfeat *f) {
  nm_word_features(w->s, w->len, f);
  f->amb = amb_lookup(t, f->lower);
}

static void sentence_hashes(const nm_tagger *t, const nm_word *words, size_t n, nm_wfeat *wf) {
  nm_pad_features(wf, n);
  for (size_t i = 0; i < n; i++)
    word_hashes(t, &words[i], &wf[i + 2]);
}

/* Nouns in -est that are no superlatives, which the model, seeing "the"
 * and the ending, took for ones ("the protest grew": JJS, lemma "prot"),
 * and nouns in -ly it took for adverbs ("The rally continued", "the
 * ally"): training saw too few of them for its lexicon. */
static const char *const est_nouns[] = {
    "protest", "interest", "request", "arrest",  "contest", "conquest", "harvest",
    "inquest", "quest",    "test",    "guest",   "chest",   "nest",     "rest",
    "crest",   "vest",     "pest",    "zest",    "unrest",  "bequest",  "tempest",
    "priest",  "behest",   "forest",  "midwest", "northwest", "southwest", NULL};
static const char *const ly_nouns[] = {"rally", "ally", "tally", "anomaly", "folly", "homily",
                                       "gully", "jelly", "lily", "bully", "belly", NULL};

/* The French word of "charge d'affaires", which the model, seeing the
 * ending, took for a verb in -s. */
static const char *const affaires[] = {"d'affaires", "d\xe2\x80\x99" "affaires", NULL};

/* Verbs of saying in -ing that open a clause after a comma with "that"
 * ("…, warning that drought had become an emergency"), which the model
 * took for nouns (and the next word for the clause's verb). */
static const char *const saying_ing[] = {"warning",  "saying",   "adding",    "noting",
                                         "arguing",  "claiming", "insisting", "stressing",
                                         "stating",  "alleging", "asserting", NULL};

/* Whether words[i], tagged c, is one of saying_ing after a comma and
 * before "that". */
static bool saying_read_as_noun(const nm_tagger *t, const nm_word *words, size_t n, size_t i,
                                int c) {
  return (c == t->nn || c == t->jj) && i > 0 && i + 1 < n && words[i - 1].len == 1 &&
         words[i - 1].s[0] == ',' && words[i + 1].len == 4 && !memcmp(words[i + 1].s, "that", 4) &&
         word_among(&words[i], saying_ing);
}

/* Verbs in -ies that are no plural nouns, which the model took for ones
 * after a name ("Rwanda denies supporting the rebels": a compound noun). */
static const char *const ies_verbs[] = {
    "denies",   "relies",   "complies",  "defies",     "implies",    "occupies",
    "clarifies", "justifies", "intensifies", "identifies", "testifies", "verifies",
    "modifies", "notifies", "certifies", "qualifies",  "diversifies", "falsifies",
    "signifies", "magnifies", "nullifies", "ratifies",   "specifies",  "rectifies",
    "amplifies", "solidifies", "vilifies", "glorifies",  "terrifies",  "horrifies",
    "multiplies", "applies", "decries",  "envies",     "marries",    "hurries",
    "buries",   "carries",   "embodies",   "accompanies", NULL};

/* "an offensive against the group", "the army's offensive in the north":
 * the campaign, a noun, where the model saw the adjective; only before a
 * preposition, a clause word or the sentence's end, after a determiner or
 * a noun ("an offensive weapon" keeps the adjective). */
static const char *const adj_nouns[] = {"offensive", "counteroffensive", "counter-offensive",
                                        NULL};
static const char *const after_campaign[] = {
    "against", "on",   "in",    "into", "to",  "toward", "towards", "near", "around",
    "across",  "from", "at",    "for",  "with", "since", "after",   "and",  "that",
    "which",   "was",  "is",    "has",  "had",  "will",  "would",   ".",    ",",
    ";",       "of",   "began", "continued", NULL};
static bool campaign_noun(const nm_tagger *t, const nm_word *words, size_t n, size_t i, int c,
                          unsigned prev) {
  if (c != t->jj || prev >= t->n_classes || !word_among_ci(&words[i], adj_nouns)) return false;
  const char *p = t->xpos[prev];
  if (strcmp(p, "DT") && strcmp(p, "PRP$") && strcmp(p, "POS") && strcmp(p, "JJ") &&
      strcmp(p, "NN") && strcmp(p, "NNP"))
    return false;
  return i + 1 >= n || word_among_ci(&words[i + 1], after_campaign);
}

/* A word in -ist is a person or their creed ("to separatist forces",
 * read as an infinitive), not a verb, but for these. */
static const char *const ist_verbs[] = {"exist",  "coexist", "assist",    "insist",  "consist",
                                        "resist", "persist", "subsist",   "desist",  "enlist",
                                        "list",   "twist",   "blacklist", "shortlist", NULL};
static bool ist_read_as_verb(const nm_tagger *t, const nm_word *w, int c) {
  if (c < 0 || (unsigned)c >= t->n_classes || strcmp(t->upos[c], "VERB") != 0) return false;
  if (w->len < 6 || memcmp(w->s + w->len - 3, "ist", 3) != 0) return false;
  return !word_among_ci(w, ist_verbs);
}

/* Adverbs no noun reading has, which the model read as nouns after a
 * noun ("fired a missile ahead of the drills"). */
static const char *const never_nouns[] = {"ahead", NULL};

/* Whether class c, chosen for w after class prev, is one of those nouns
 * read as a modifier: a superlative, or an adverb after a determiner, a
 * possessive or an adjective. Decided while tagging, so that the words
 * after it are tagged after a noun ("The rally continued": VBD). */
static bool noun_read_as_modifier(const nm_tagger *t, const nm_word *w, int c, unsigned prev) {
  if (c == t->jjs) return word_among_ci(w, est_nouns);
  if (c != t->rb || prev >= t->n_classes) return false;
  const char *p = t->xpos[prev];
  return (!strcmp(p, "DT") || !strcmp(p, "PRP$") || !strcmp(p, "JJ") || !strcmp(p, "POS")) &&
         word_among_ci(w, ly_nouns);
}

/* Forms an auxiliary takes (be, have, do, get and the modals, with
 * their clitics); auxiliaries are a closed class. */
static const char *const aux_forms[] = {
    "be",    "am",     "is",    "are",   "was",    "were",  "been",   "being", "have",  "has",
    "had",   "having", "do",    "does",  "did",    "doing", "done",   "will",  "would", "shall",
    "should", "can",   "could", "may",   "might",  "must",  "ought",  "need",  "dare",  "get",
    "gets",  "got",    "gotten", "getting", "'s",  "'re",   "'m",     "'ve",   "'d",    "'ll",
    "ca",    "wo",     "s",     "re",    "m",      "ve",    "d",      "ll",    "let",   "used",
    NULL};

/* Whether class c, chosen for w, is an auxiliary that w cannot be: "Beijing
 * urged Manila …", where the model made "Beijing" AUX VBG (as "Being").
 * A capitalised word of five letters or more that is no form of be, have,
 * do, get or a modal (in any case: "WILL", "IS") is a name then; a
 * shorter one may be a misspelt auxiliary ("Ive"). Decided while tagging,
 * so that the words after it are tagged after a name ("Beijing said":
 * VBD, not the VBN of "being said"). */
static bool name_read_as_auxiliary(const nm_tagger *t, const nm_word *w, int c) {
  if (c < 0 || (unsigned)c >= t->n_classes || strcmp(t->upos[c], "AUX") != 0 || w->len < 5 ||
      w->s[0] < 'A' || w->s[0] > 'Z')
    return false;
  char low[16];
  if (w->len >= sizeof low) return false; /* longer than any auxiliary: left as tagged */
  for (size_t k = 0; k < w->len; k++)
    low[k] = (char)tolower((unsigned char)w->s[k]);
  low[w->len] = 0;
  for (size_t q = 0; aux_forms[q]; q++)
    if (!strcmp(low, aux_forms[q])) return false;
  return true;
}

nm_status nm_tagger_tag(const nm_tagger *t, const nm_word *words, size_t n, uint8_t *classes) {
  enum { CHUNK = 256 };
  nm_wfeat wf[CHUNK + 4];
  unsigned t1 = NM_TAG_START, t2 = NM_TAG_START;
  /* long sentences are tagged in windows; the history carries over */
  for (size_t base = 0; base < n; base += CHUNK) {
    size_t m = n - base < CHUNK ? n - base : CHUNK;
    sentence_hashes(t, words + base, m, wf);
    if (base + m < n) { /* the next window's first words are the right context */
      word_hashes(t, &words[base + m], &wf[m + 2]);
      if (base + m + 1 < n) word_hashes(t, &words[base + m + 1], &wf[m + 3]);
    }
    for (size_t i = 0; i < m; i++) {
      int c = dict_lookup(t, wf[i + 2].exact);
      if (c < 0) {
        uint64_t feats[NM_TAGGER_NFEAT];
        nm_tagger_features(wf + 2, i, m, t1, t2, feats);
        /* the table is larger than the caches: ask for every slot first */
        for (int f = 0; f < NM_TAGGER_NFEAT; f++)
          __builtin_prefetch(&t->slots[feats[f] & t->feat_mask]);
        int32_t scores[NM_TAGGER_MAX_CLASSES + 8];
        for (unsigned k = 0; k < t->width; k++)
          scores[k] = 0;
        /* short rows are added at once; long ones are asked for, then
         * added, so that their misses overlap */
        uint32_t rows[NM_TAGGER_NFEAT];
        const int16_t *dense[NM_TAGGER_NFEAT];
        int nr = 0, nd = 0;
        for (int f = 0; f < NM_TAGGER_NFEAT; f++) {
          const struct nm_tslot *sl = find_feature(t, feats[f]);
          if (!sl) continue;
          if (sl->count <= SLOT_ENTRIES) {
            for (unsigned e = 0; e < sl->count; e++)
              scores[sl->cls[e]] += sl->u.w[e];
          } else if (sl->cls[0] == SLOT_DENSE) {
            const int16_t *row = t->dense + (size_t)sl->u.first * t->width;
            for (uint32_t b = 0; b < t->width * sizeof *row; b += 64)
              __builtin_prefetch((const char *)row + b);
            dense[nd++] = row;
          } else {
            __builtin_prefetch(t->entries + sl->u.first);
            rows[nr++] = sl->u.first << 8 | sl->count;
          }
        }
        for (int k = 0; k < nd; k++)
          add_dense(scores, dense[k], t->width);
        for (int k = 0; k < nr; k++) {
          const struct nm_tentry *en = t->entries + (rows[k] >> 8);
          for (uint32_t e = 0, count = rows[k] & 0xFF; e < count; e++)
            scores[en[e].cls] += en[e].w;
        }
        /* "and neither will": a word of letters or digits is no
         * punctuation, whatever its context says */
        bool alnum = false;
        for (size_t q = 0; q < words[base + i].len && !alnum; q++)
          alnum = isalnum((unsigned char)words[base + i].s[q]) != 0;
        c = -1;
        for (unsigned k = 0; k < t->n_classes; k++)
          if (!(alnum && t->punct[k]) && (c < 0 || scores[k] > scores[c])) c = (int)k;
        if (c < 0) c = 0;
        if ((c == t->jjs || c == t->rb) && t->nn >= 0 &&
            noun_read_as_modifier(t, &words[base + i], c, t1))
          c = t->nn;
        else if (c == t->nns && t->vbz >= 0 && word_among_ci(&words[base + i], ies_verbs))
          c = t->vbz;
        else if (t->nn >= 0 && campaign_noun(t, words, n, base + i, c, t1))
          c = t->nn;
        else if (t->jj >= 0 && ist_read_as_verb(t, &words[base + i], c))
          c = t->jj;
        else if (t->rb >= 0 && (c == t->nn || c == t->nnp) &&
                 word_among_ci(&words[base + i], never_nouns))
          c = t->rb; /* "a missile ahead of the drills" */
        else if (t->nnp >= 0 && name_read_as_auxiliary(t, &words[base + i], c))
          c = t->nnp;
        else if (t->nn >= 0 && word_among_ci(&words[base + i], affaires))
          c = t->nn; /* "the charge d'affaires" (was VBZ, a clause of its own) */
        else if (t->vbg >= 0 && saying_read_as_noun(t, words, n, base + i, c))
          c = t->vbg;
        else if (t->sconj >= 0 && base + i > 1 && t1 == (unsigned)t->vbg &&
                 words[base + i].len == 4 && !memcmp(words[base + i].s, "that", 4) &&
                 saying_read_as_noun(t, words, n, base + i - 1, t->nn))
          c = t->sconj; /* (and its "that" opens the clause) */
      }
      classes[base + i] = (uint8_t)c;
      t2 = t1;
      t1 = (unsigned)c;
    }
  }
  return NM_OK;
}

static bool is(const nm_tagger *t, unsigned c, unsigned kind) {
  return c < t->n_classes && (t->xkind[c] & kind);
}

/* "The bloc imposed sanctions on Niger": an unhyphenated word in -ed that
 * the tagger made an adjective is read as a participle by the repair below,
 * which then asks for the noun before it and the object after it
 * ("state-backed militias", "the newly elected" never get there) */
static bool ed_adjective(const nm_tagger *t, const nm_word *w, unsigned c) {
  if (!is(t, c, XK_JJ) || w->len < 5 || memchr(w->s, '-', w->len)) return false;
  return w->s[w->len - 2] == 'e' && w->s[w->len - 1] == 'd';
}

/* "Israeli warplanes struck targets …": a participle right after the noun
 * phrase that opens a clause at word from, with an object after it and no
 * auxiliary, is the past tense (a passive takes no object; "the children
 * given books" is rare in news) */
static void participle_after_np(const nm_tagger *t, const nm_word *words, size_t n,
                                uint8_t *classes, size_t from) {
  for (size_t i = from + 1; i + 1 < n && i < from + 8; i++) {
    /* "U.S. and British aircraft struck": the phrase may join two */
    /* and an of-phrase: "Members of the presidential guard detained", or a
     * place's: "Palestinian police in Jericho confiscated weapons" */
    static const char *const and_w[] = {"and", "of", "in", "from", NULL};
    bool joined = i - 1 > from && word_among(&words[i - 1], and_w);
    /* and a day's "on": "The US on Thursday rejected calls by …" */
    static const char *const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday",    NULL};
    if (i - 1 > from && words[i - 1].len == 2 && !memcmp(words[i - 1].s, "on", 2))
      joined = word_among(&words[i], days);
    if (!is(t, classes[i - 1], XK_NP) && !joined) break;
    if (!is(t, classes[i], XK_VBN) && !ed_adjective(t, &words[i], classes[i])) continue;
    bool later = false; /* "opinions expressed herein are …": the clause's verb follows */
    for (size_t j = i + 1; j < n && j < i + 8 && !later; j++) {
      if (is(t, classes[j], XK_CLAUSE_END)) break;
      later = is(t, classes[j], XK_FINITE);
    }
    /* (an adjective may open the object: "Turkish warplanes struck Kurdish
     * militant targets"; not a time's: "troops deployed last week") */
    static const char *const time_adj[] = {"last", "next", "past", "previous", "same", NULL};
    bool adj_object = false;
    for (size_t j = i + 1; j < n && j < i + 4 && is(t, classes[j], XK_JJ); j++)
      if (word_among_ci(&words[j], time_adj)) break;
      else if (j + 1 < n && is(t, classes[j + 1], XK_NOUN)) adj_object = true;
    /* (or "what" opens it: "Israeli warplanes struck what the military
     * described as weapons depots") */
    bool what = words[i + 1].len == 4 && !memcmp(words[i + 1].s, "what", 4);
    if (!later && is(t, classes[i - 1], XK_NOUN) &&
        (is(t, classes[i + 1], XK_OBJECT) || adj_object || what))
      classes[i] = (uint8_t)t->vbd;
    break;
  }
}

/* Whether word k is a participle after "as", an adverb between or not
 * ("as politically motivated"). */
static bool as_complement(const nm_tagger *t, const nm_word *w, const uint8_t *classes, size_t k) {
  if (k < 1 || !is(t, classes[k], XK_VBN)) return false;
  size_t a = k - 1;
  if (is(t, classes[a], XK_ADVERB)) {
    if (a < 1) return false;
    a--;
  }
  return w[a].len == 2 && !memcmp(w[a].s, "as", 2);
}

static bool capitalised(const nm_word *w) { return w->len && w->s[0] >= 'A' && w->s[0] <= 'Z'; }

/* Whether training never had w (its ambiguity class is unknown). */
/* Whether w is a word of two to six capital letters. */
static bool all_caps(const nm_word *w) {
  if (w->len < 2 || w->len > 6) return false;
  for (size_t k = 0; k < w->len; k++)
    if (w->s[k] < 'A' || w->s[k] > 'Z') return false;
  return true;
}

static bool unseen(const nm_tagger *t, const nm_word *w) {
  nm_wfeat f;
  word_hashes(t, w, &f);
  return f.amb == NM_AMB_UNKNOWN;
}

/* Whether words[i] follows a form of "have" or "be", with at most one
 * adverb-like word between ("had sunk", "was not fled", "has already
 * fought"). */
static bool after_aux(const nm_word *words, size_t i) {
  static const char *const aux[] = {"have", "has",  "had", "having", "be",  "is",   "are",
                                    "was",  "were", "been", "being", "'ve", "'s",   "'d",
                                    "'re",  "Have", "Has",  "Had",   "Is",  "Was",  "Were",
                                    NULL};
  for (size_t k = i; k > 0 && k + 2 >= i; k--)
    if (word_among(&words[k - 1], aux)) return true;
  return false;
}

/* Whether a modal comes right before classes[i], or one word before it
 * ("would sink", "could not sink"). */
static bool modal_before(const nm_tagger *t, const uint8_t *classes, size_t i) {
  for (size_t k = i; k > 0 && k + 2 >= i; k--)
    if (is(t, classes[k - 1], XK_FINITE) && is(t, classes[k - 1], XK_CLOSED)) return true;
  return false;
}

/* Whether w, in lower case, is an irregular past tense behind a verb
 * prefix ("overthrew", "overran", "undertook", "outfought"): English
 * forms these past tenses as the plain verb's, so an unseen one is a
 * verb however its letters look. */
static bool prefixed_past(const nm_word *w) {
  static const char *const prefix[] = {"over", "under", "with", "out", "up", "re", "fore", "mis"};
  static const char *const past[] = {"threw", "drew", "took", "gave", "came", "ran", "rode",
                                     "wrote", "tore", "swore", "stole", "froze", "broke", "spoke",
                                     "went", "flew", "grew", "knew", "blew", "shook", "fought",
                                     "sought", "brought", "caught", "saw", "began", "sank", "bore",
                                     "struck", "overcame"};
  for (size_t p = 0; p < sizeof prefix / sizeof *prefix; p++) {
    size_t pl = strlen(prefix[p]);
    if (w->len <= pl + 2 || memcmp(w->s, prefix[p], pl) != 0) continue;
    for (size_t q = 0; q < sizeof past / sizeof *past; q++)
      if (w->len - pl == strlen(past[q]) && !memcmp(w->s + pl, past[q], w->len - pl)) return true;
  }
  return false;
}

/* Whether w is a form of a verb that takes "off" as its particle before
 * an object ("broke off the talks", "cut off the power", "called off the
 * strike"); verbs of motion ("got off the bus", "fell off the roof"),
 * whose "off" is a preposition, are not among them, nor is "taken"
 * ("taken off the bench"). */
static bool off_verb(const nm_word *w) {
  static const char *const stem[] = {
      "break",  "broke",  "call",   "cut",   "take",   "took",  "fight", "fought",  "finish",
      "pull",   "kill",   "pay",    "paid",  "drop",   "switch", "throw", "threw",  "ward",
      "fend",   "stave",  "seal",   "cordon", "lay",   "laid",  "shut",  "sign",    "write",
      "wrote",  "written", "kick",  "spark", "trigger", "shrug", "sell", "sold",    "wipe",
      "hive",   "spin",   "spun",   "set",   "put",    "hold",  "held",  "lop",     "rip",
      "tip",    "buy",    "bought", "fire",  "shake",  "shook", "pick",  "cool",    "scare",
      "frighten", "block"};
  for (size_t q = 0; q < sizeof stem / sizeof *stem; q++) {
    size_t sl = strlen(stem[q]);
    if (w->len < sl || w->len > sl + 4 || memcmp(w->s, stem[q], sl) != 0) continue;
    /* the stem and an ending: "calls", "called", "calling", "cutting" */
    size_t rest = w->len - sl;
    const char *e = w->s + sl;
    if (!rest || (rest == 1 && (*e == 's' || *e == 'd')) ||
        (rest == 2 && (!memcmp(e, "ed", 2) || !memcmp(e, "es", 2))) ||
        (rest == 3 && !memcmp(e, "ing", 3)) ||
        (rest == 4 && e[0] == e[-1] && !memcmp(e + 1, "ing", 3)) ||
        (rest == 3 && e[0] == e[-1] && !memcmp(e + 1, "ed", 2)))
      return true;
  }
  return false;
}

/* Whether "for" at i opens an infinitive clause with its own subject:
 * "for" as a preposition, a short noun phrase or pronoun, then "to" and a
 * verb's base form, an adverb between or not ("too high for investors to
 * make a profit", "a chance for me to get to know"). A few nouns that an
 * infinitive often modifies end no such subject ("for years to come",
 * "looking for ways to understand", "for permission to go"). */
static bool for_clause(const nm_tagger *t, const nm_word *w, const uint8_t *classes, size_t n,
                       size_t i) {
  static const char *const nouns[] = {"years", "year", "time",      "while", "way",
                                      "ways",  "something", "anything", "nothing", "place",
                                      "permission", "money", NULL};
  if (w[i].len != 3 || (w[i].s[0] != 'f' && w[i].s[0] != 'F') || memcmp(w[i].s + 1, "or", 2) ||
      !is(t, classes[i], XK_IN))
    return false;
  size_t j = i + 1;
  while (j < n && j <= i + 7 && is(t, classes[j], XK_NP | XK_PRP)) j++;
  if (j == i + 1 || j > i + 7 || j + 1 >= n || !is(t, classes[j], XK_TO) ||
      word_among(&w[j - 1], nouns))
    return false;
  size_t k = j + 1;
  if (is(t, classes[k], XK_ADVERB) && k + 1 < n) k++;
  return is(t, classes[k], XK_BASE);
}

/* Whether "about" at i, before a number or an amount, means "roughly"
 * ("invest about $500 million", "had about 5 repairs"): not after a noun
 * or "what" ("stories about billion-dollar budgets", "what about 7:00"),
 * nor after a verb that takes "about" as its preposition ("calling about
 * one board"). */
static bool about_amount(const nm_tagger *t, const nm_word *w, const uint8_t *classes, size_t n,
                         size_t i) {
  static const char *const verbs[] = {
      "talk",  "talked", "talking", "ask",    "asked",  "asking", "call",     "called",
      "calling", "think", "thought", "thinking", "worry", "worried", "care", "cared",
      "know",  "knew",   "hear",    "heard",  "learn",  "learned", "write",   "wrote",
      "read",  "say",    "said",    "complain", "complained", "speak", "spoke", "joke",
      "argue", "argued", "feel",    "felt",   NULL};
  if (w[i].len != 5 || (w[i].s[0] != 'a' && w[i].s[0] != 'A') || memcmp(w[i].s + 1, "bout", 4) ||
      i + 1 >= n || !is(t, classes[i + 1], XK_NUMBER))
    return false;
  if (i == 0) return true;
  static const char *const what[] = {"what", "What", NULL};
  return !is(t, classes[i - 1], XK_NOUN) && !word_among(&w[i - 1], verbs) &&
         !word_among(&w[i - 1], what);
}

/* Whether "since", "after", "before" or "until" at i, read as a
 * preposition, opens a clause: a pronoun or one plain noun phrase (a
 * determiner first or none, modifiers and names, then common nouns), then
 * a finite verb, an adverb between or not ("since the Iran-aligned group
 * began attacking ships", "until Hamas frees the hostages"). A
 * determiner inside, or a name or adjective after a common noun, starts
 * another phrase ("Until 1995 the LTTE maintained", "since the elections
 * Iranian influence has"), and leaves the word alone. */
static bool subordinator_clause(const nm_tagger *t, const nm_word *w, const uint8_t *classes,
                                size_t n, size_t i) {
  static const char *const subs[] = {"since", "after", "before", "until", "Since", "After",
                                     "Before", "Until", NULL};
  if (!is(t, classes[i], XK_IN) || classes[i] == (uint8_t)t->sconj || !word_among(&w[i], subs))
    return false;
  size_t j = i + 1;
  if (j < n && is(t, classes[j], XK_PRP)) {
    j++;
  } else {
    size_t st = j;
    if (j < n && is(t, classes[j], XK_CLOSED) && is(t, classes[j], XK_OBJECT)) j++;
    bool common = false;
    for (; j < n && j < st + 8; j++) {
      bool noun = is(t, classes[j], XK_NOUN), proper = is(t, classes[j], XK_PROPER);
      bool mod = (is(t, classes[j], XK_NP) && !noun && !is(t, classes[j], XK_CLOSED)) ||
                 is(t, classes[j], XK_VBN) || classes[j] == (uint8_t)t->hyph;
      if (noun && !proper) {
        common = true;
        continue;
      }
      if ((proper || mod) && !common) continue;
      break;
    }
    if (j == st || !is(t, classes[j - 1], XK_NOUN)) return false;
  }
  if (j < n && is(t, classes[j], XK_ADVERB)) j++;
  return j < n && is(t, classes[j], XK_FINITE);
}

/* "Iran condemned the U.S. strikes as a violation": after a verb that
 * takes a thing and never a clause (condemn, denounce, welcome, …), and
 * "the" or nothing, then one or two capitalised modifiers, a word in -s
 * read as a present-tense verb is a plural noun, the verb's object. */
static void object_plural_after_the(const nm_tagger *t, const nm_word *words, size_t n,
                                    uint8_t *classes) {
  static const char *const takers[] = {
      "condemned", "condemn",    "condemns",   "denounced", "denounce", "denounces",
      "deplored",  "deplore",    "criticised", "criticized", "criticise", "criticize",
      "welcomed",  "welcome",    "welcomes",   "rejected",  "reject",   "rejects",
      "praised",   "praise",     "praises",    "slammed",   "decried",  "hailed",
      "protested", "lamented",   "applauded",  "blasted",   NULL};
  if (t->nns < 0 || t->vbz < 0) return;
  for (size_t i = 3; i < n; i++) {
    if (classes[i] != (uint8_t)t->vbz || words[i].len < 3 || words[i].s[words[i].len - 1] != 's' ||
        capitalised(&words[i]))
      continue;
    /* "the U.S. strikes", "the Israeli strikes": one or two capitalised
     * words between */
    size_t d = i - 1;
    while (d > 0 && i - d <= 2 && capitalised(&words[d]))
      d--;
    if (d == i - 1) continue;
    /* (or no determiner: "condemned U.S. strikes on its nuclear sites") */
    bool the = words[d].len == 3 && !memcmp(words[d].s, "the", 3);
    if (!(the && d > 0 && word_among(&words[d - 1], takers)) && !word_among(&words[d], takers))
      continue;
    classes[i] = (uint8_t)t->nns;
  }
}

/* "accused Athens of \"maximalist\" claims": a word in -s read as a
 * present-tense verb right after a quoted word or two that follow a
 * preposition is a plural noun, the quoted words its modifiers (a verb
 * has a subject; "of \"X\"" gives it none). */
static void plural_after_quoted_modifier(const nm_tagger *t, const nm_word *words, size_t n,
                                         uint8_t *classes) {
  static const char *const preps[] = {"of", "for", "with", "about", "against", "over", "on",
                                      "by", "to", NULL};
  if (t->nns < 0 || t->vbz < 0 || t->lq < 0 || t->rq < 0) return;
  for (size_t i = 4; i < n; i++) {
    if (classes[i] != (uint8_t)t->vbz || words[i].len < 3 || words[i].s[words[i].len - 1] != 's' ||
        capitalised(&words[i]) || classes[i - 1] != (uint8_t)t->rq)
      continue;
    size_t o = i - 2;
    while (o > 0 && i - o <= 4 && classes[o] != (uint8_t)t->lq)
      o--;
    if (classes[o] != (uint8_t)t->lq || o + 2 >= i || o == 0 || !word_among(&words[o - 1], preps))
      continue;
    /* (not a verb with its infinitive: 'the meaning of "waive" means to
     * eliminate') */
    if (i + 2 < n && words[i + 1].len == 2 && !memcmp(words[i + 1].s, "to", 2) &&
        t->vb >= 0 && classes[i + 2] == (uint8_t)t->vb)
      continue;
    bool plain = true; /* modifiers only: no verb inside the quotes */
    for (size_t k = o + 1; k + 1 < i && plain; k++)
      plain = !is(t, classes[k], XK_FINITE);
    if (plain) classes[i] = (uint8_t)t->nns;
  }
}

/* "sanctions on five Israeli settlers accused of violence": a verb that
 * needs its object (accuse, suspect, charge, convict, indict), read as a
 * past tense right after a noun and right before its "of" or "with", has
 * no object there: it is a participle, the noun the one accused. */
static void accused_of_after_noun(const nm_tagger *t, const nm_word *words, size_t n,
                                  uint8_t *classes) {
  static const char *const verbs[] = {"accused", "suspected", "charged", "convicted", "indicted",
                                      NULL};
  static const char *const preps[] = {"of", "with", NULL};
  /* (not when the noun is a relative clause's subject: "a businessman,
   * whom the Foreign Office accused of paying …") */
  static const char *const relative[] = {"whom", "who", "which", "that", NULL};
  if (t->vbn < 0 || t->vbd < 0) return;
  for (size_t i = 1; i + 1 < n; i++) {
    if (classes[i] != (uint8_t)t->vbd || !word_among(&words[i], verbs) ||
        !word_among(&words[i + 1], preps) || !is(t, classes[i - 1], XK_NOUN))
      continue;
    size_t b = i - 1; /* the noun phrase's first word */
    while (b > 0 && i - b < 6 && is(t, classes[b - 1], XK_NP) &&
           !word_among(&words[b - 1], relative))
      b--;
    if (b > 0 && word_among(&words[b - 1], relative)) continue;
    classes[i] = (uint8_t)t->vbn;
  }
}

/* A headline (a sentence that ends with no full stop, question or
 * exclamation mark) writes its verb in the present: "Sri Lanka arrests
 * retired army major", "Uzbekistan signs deal for Turkish drones",
 * "Kyrgyz security service raids news site". A word of news verbs in -s
 * read as a plural right after a capitalised word, with no finite verb
 * before it in its clause, is the verb (VBZ); a word after it read as a
 * present or past verb is then the object's noun ("deal") or its
 * participle ("retired"). */
static void headline_verbs(const nm_tagger *t, const nm_word *words, size_t n, uint8_t *classes) {
  static const char *const verbs[] = {
      "arrests", "signs",   "raids",    "detains",  "jails",    "frees",    "expels",
      "deports", "seizes",  "kills",    "bans",     "summons",  "recalls",  "accuses",
      "blames",  "warns",   "threatens", "rejects", "urges",    "demands",  "strips",
      "imposes", "suspends", "condemns", "attacks", "strikes",  "orders",   "halts",
      "lifts",   "cuts",    "sanctions", "releases", "charges", "sentences", "hosts",
      "meets",   "visits",  "names",    "fires",    "sacks",    "dismisses", "protests",
      "pledges", "vows",    "backs",    "opens",    "closes",   "shuts",    "seals",
      "approves", "passes", "votes",    "calls",    "launches", "ends",     "resumes",
      "voices",  "alleges", "denies",  "slams",    "seeks",    "files",    "doubles",
      "raises",  "extends", "tightens", "eases",   "probes",   "plans",    NULL};
  if (t->vbz < 0 || t->nns < 0 || n < 3) return;
  const nm_word *last = &words[n - 1];
  if (last->len == 1 && (last->s[0] == '.' || last->s[0] == '!' || last->s[0] == '?' ||
                         last->s[0] == '"'))
    return;
  if (last->len == 2 && last->s[0] == '\'' && last->s[1] == '\'') return;
  bool finite = false, clause_verb = false;
  for (size_t i = 1; i + 1 < n; i++) {
    const char *x = t->xpos[classes[i]];
    if (words[i].len == 1 && (words[i].s[0] == ';' || words[i].s[0] == ',')) finite = false;
    if (words[i].len == 1 && words[i].s[0] == ';') clause_verb = false;
    /* (right after a name, or after its noun: "Kyrgyz security service
     * raids"; or after a noun that opens a clause after a semicolon:
     * "…; opposition alleges abuses"; or after a comma in a clause whose
     * verb was one of these: "alleges abuses, calls rally") */
    bool named = capitalised(&words[i - 1]);
    for (size_t k = i - 1;
         !named && k > 0 && i - k < 3 &&
         (classes[k] == (uint8_t)t->nn ||
          /* (a noun read as an adjective after another noun, "peace
           * tribunal", or an adjective before the noun, "Central African
           * special court jails"; not "Britain impose sanctions") */
          (t->jj >= 0 && classes[k] == (uint8_t)t->jj &&
           (classes[k - 1] == (uint8_t)t->nn || k + 1 < i)));
         k--)
      named = capitalised(&words[k - 1]) ||
              (words[k - 1].len == 1 && words[k - 1].s[0] == ';') ||
              /* (a name's own: "Colombia's peace tribunal sentences") */
              (k >= 2 && words[k - 1].len == 2 && words[k - 1].s[0] == '\'' &&
               words[k - 1].s[1] == 's' && capitalised(&words[k - 2]));
    if (!named && clause_verb && words[i - 1].len == 1 && words[i - 1].s[0] == ',') named = true;
    if (classes[i] == (uint8_t)t->nns && !finite && named &&
        words[i].s[0] >= 'a' && words[i].s[0] <= 'z' && word_among(&words[i], verbs)) {
      classes[i] = (uint8_t)t->vbz;
      /* (the subject's head, read as an adjective: "peace tribunal") */
      if (t->jj >= 0 && t->nn >= 0 && classes[i - 1] == (uint8_t)t->jj &&
          words[i - 1].s[0] >= 'a' && words[i - 1].s[0] <= 'z')
        classes[i - 1] = (uint8_t)t->nn;
      const char *x1 = t->xpos[classes[i + 1]];
      if (!strcmp(x1, "VBP") && t->nn >= 0) classes[i + 1] = (uint8_t)t->nn;
      if (!strcmp(x1, "VBD") && t->vbn >= 0) classes[i + 1] = (uint8_t)t->vbn;
      finite = clause_verb = true;
      continue;
    }
    if (!strcmp(x, "VBZ") || !strcmp(x, "VBD") || !strcmp(x, "VBP") || !strcmp(x, "MD"))
      finite = true;
  }
}

/* The commas among words[0, end). */
static size_t commas_before(const nm_word *words, size_t end) {
  size_t k = 0;
  for (size_t i = 0; i < end; i++)
    k += words[i].len == 1 && words[i].s[0] == ',';
  return k;
}

static void repair_rules(const nm_tagger *t, const nm_word *words, size_t n, uint8_t *classes) {
  /* "Chongqing reported …": a capitalised word training never had, that
   * opens the sentence as a gerund right before a finite verb, is a name
   * (a gerund subject is a noun: "Voting ended") */
  if (t->nnp >= 0 && n > 2 && !strcmp(t->xpos[classes[0]], "VBG") && words[0].len > 3 &&
      words[0].s[0] >= 'A' && words[0].s[0] <= 'Z' && is(t, classes[1], XK_FINITE) &&
      unseen(t, &words[0]))
    classes[0] = (uint8_t)t->nnp;
  /* "RSF spokesman Ibrahim Makhawi said": a word of two to six capital
   * letters that training never had is an acronym, a name, not an
   * adjective (the treebanks' capitalised adjectives are words written in
   * capitals: "OK", "BEST") */
  for (size_t i = 0; t->nnp >= 0 && t->jj >= 0 && i + 1 < n; i++) {
    if (classes[i] != (uint8_t)t->jj || !all_caps(&words[i]) ||
        (i > 0 && all_caps(&words[i - 1])) || all_caps(&words[i + 1]) ||
        !(is(t, classes[i + 1], XK_NOUN) && words[i + 1].s[0] >= 'a'))
      continue;
    char low[6];
    for (size_t k = 0; k < words[i].len; k++)
      low[k] = (char)(words[i].s[k] | 0x20);
    nm_word lw = words[i];
    lw.s = low;
    if (unseen(t, &words[i]) && unseen(t, &lw)) classes[i] = (uint8_t)t->nnp;
  }
  /* "Human Rights Watch said": a capitalised word read as a present-tense
   * verb between a capitalised noun and a past tense or a modal ends a
   * name; it is no second finite verb of the clause */
  for (size_t i = 1; t->nnp >= 0 && i + 1 < n; i++) {
    const char *x = t->xpos[classes[i]], *x1 = t->xpos[classes[i + 1]];
    if (!(strcmp(x, "VBP") == 0 || strcmp(x, "VBZ") == 0 || strcmp(x, "VB") == 0) ||
        !capitalised(&words[i]) || !capitalised(&words[i - 1]) ||
        !is(t, classes[i - 1], XK_NOUN) || !(strcmp(x1, "VBD") == 0 || strcmp(x1, "MD") == 0))
      continue;
    classes[i] = (uint8_t)t->nnp;
  }
  headline_verbs(t, words, n, classes);
  /* "Washington's de facto embassy": the Latin phrase is foreign words
   * (as EWT has it), not a name and its word */
  static const char *const de[] = {"de", "De", NULL}, *const facto[] = {"facto", NULL};
  for (size_t i = 0; t->fw >= 0 && i + 1 < n; i++)
    if (word_among(&words[i], de) && word_among(&words[i + 1], facto))
      classes[i] = classes[i + 1] = (uint8_t)t->fw;

  /* "refugees fleeing renewed fighting in Sudan": the fighting one flees
   * is a noun (an adjective before it), not a gerund */
  static const char *const flee[] = {"fleeing", "fled", "flee", "flees", "escaping",
                                     "escaped", "escape", NULL};
  static const char *const fighting[] = {"fighting", NULL};
  for (size_t i = 1; t->nn >= 0 && t->jj >= 0 && i < n; i++) {
    if (!word_among(&words[i], fighting) || strcmp(t->xpos[classes[i]], "VBG") != 0) continue;
    size_t j = i - 1;
    bool adj = j > 0 && (!strcmp(t->xpos[classes[j]], "VBN") || !strcmp(t->xpos[classes[j]], "JJ"));
    if (adj) j--;
    if (!word_among(&words[j], flee)) continue;
    classes[i] = (uint8_t)t->nn;
    if (adj) classes[i - 1] = (uint8_t)t->jj;
  }
  /* "Judges of Pre-Trial Chamber I said": "I" after a capitalised word
   * that numbers things (Chamber, War, Phase, Article …) is a roman
   * numeral of the name, not the pronoun */
  static const char *const numbered[] = {"Chamber", "War", "Phase", "Stage", "Level", "Category",
                                         "Class", "Type", "Article", "Section", "Part", "Title",
                                         "Book", "Volume", "Division", "Annex", "Chapter",
                                         "Round", "Schedule", "Tier", NULL};
  static const char *const roman_i[] = {"I", NULL};
  for (size_t i = 1; t->nnp >= 0 && i < n; i++)
    if (word_among(&words[i], roman_i) && word_among(&words[i - 1], numbered) &&
        !strcmp(t->xpos[classes[i]], "PRP"))
      classes[i] = (uint8_t)t->nnp;
  /* "companies seeking to mine nodules": "mine" right after a verb's
   * "to" and before a noun, a determiner or an adjective is the verb,
   * not the pronoun ("compare them to mine thanks" stays one) */
  static const char *const mine[] = {"mine", NULL}, *const to[] = {"to", NULL};
  for (size_t i = 1; t->vb >= 0 && i + 1 < n; i++)
    if (word_among(&words[i], mine) && word_among(&words[i - 1], to) && i >= 2 &&
        t->xpos[classes[i - 2]][0] == 'V' && t->xpos[classes[i - 2]][1] == 'B' &&
        strcmp(t->xpos[classes[i]], "VB") != 0 &&
        (is(t, classes[i + 1], XK_NOUN) || !strcmp(t->xpos[classes[i + 1]], "DT") ||
         !strcmp(t->xpos[classes[i + 1]], "JJ")))
      classes[i] = (uint8_t)t->vb;
  /* "after overnight clashes east of Aleppo killed four fighters": a word
   * in -s read as a present tense right after "overnight" (or "recent",
   * "renewed", "fresh", "deadly" read as adverbs) that follows a
   * preposition of time is the plural noun (the preposition's object) */
  static const char *const time_preps[] = {"after", "before", "amid", "during", "following",
                                           "despite", "since", NULL};
  static const char *const when_words[] = {"overnight", "recent", "renewed", "fresh", "deadly",
                                           "weekend", "nightly", NULL};
  for (size_t i = 2; t->nns >= 0 && i < n; i++) {
    const nm_word *w = &words[i];
    if (strcmp(t->xpos[classes[i]], "VBZ") != 0 || w->len < 4 || w->s[w->len - 1] != 's' ||
        !word_among(&words[i - 1], when_words) || !word_among(&words[i - 2], time_preps))
      continue;
    classes[i] = (uint8_t)t->nns;
    if (!strcmp(t->xpos[classes[i - 1]], "RB") && t->jj >= 0) classes[i - 1] = (uint8_t)t->jj;
  }
  /* "sentenced four retired military officers": a word in -ed read as a
   * past tense right after a number that a verb takes, before an
   * adjective or a noun, describes the noun (JJ): the number is no
   * subject of its own there */
  for (size_t i = 2; t->jj >= 0 && i + 1 < n; i++) {
    const nm_word *w = &words[i];
    if (strcmp(t->xpos[classes[i]], "VBD") != 0 || w->len < 5 ||
        w->s[w->len - 2] != 'e' || w->s[w->len - 1] != 'd' ||
        strcmp(t->xpos[classes[i - 1]], "CD") != 0 || capitalised(&words[i + 1]))
      continue;
    const char *x2 = t->xpos[classes[i - 2]], *x1 = t->xpos[classes[i + 1]];
    if (x2[0] != 'V' || x2[1] != 'B' || !strcmp(x2, "VBG") || !strcmp(x2, "VBN")) continue;
    if (strcmp(x1, "JJ") != 0 && strcmp(x1, "NN") != 0 && strcmp(x1, "NNS") != 0) continue;
    classes[i] = (uint8_t)t->jj;
  }
  /* "agreed to sharply increase patrols": a word in -ly read as the verb
   * between "to" and a word read as a noun or a present tense is an
   * adverb splitting the infinitive, the next word the verb (not the
   * verbs in -ly: "to apply pressure", "to supply arms") */
  static const char *const ly_verbs[] = {
      "apply", "supply", "rely",  "reply",  "comply", "imply",  "multiply", "rally", "tally",
      "ally",  "bully",  "fly",   "sully",  "belly",  "dally",  "jelly",    "resupply",
      "reapply", "outfly", NULL};
  for (size_t i = 1; t->rb >= 0 && t->vb >= 0 && i + 1 < n; i++) {
    const nm_word *w = &words[i];
    if (w->len < 5 || w->s[w->len - 2] != 'l' || w->s[w->len - 1] != 'y' ||
        strcmp(t->xpos[classes[i]], "VB") != 0 || !word_among(&words[i - 1], to) ||
        word_among(w, ly_verbs) || capitalised(&words[i + 1]))
      continue;
    /* (not a plural: "to sharply increases" is no verb) */
    const char *x1 = t->xpos[classes[i + 1]];
    if (strcmp(x1, "NN") != 0 && strcmp(x1, "VBP") != 0) continue;
    classes[i] = (uint8_t)t->rb;
    classes[i + 1] = (uint8_t)t->vb;
  }
  /* "approved sweeping changes", "faces mounting pressure": a few words
   * in -ing that describe far more often than they act, right after a
   * verb and before a noun, are adjectives (not after a verb that takes a
   * gerund: "began sweeping streets") */
  static const char *const describing[] = {"sweeping", "mounting", "crippling", "damning",
                                           "scathing", "devastating", "alarming", "lasting",
                                           "punishing", NULL};
  static const char *const aspect[] = {"began", "begin", "begins", "started", "start", "starts",
                                       "kept", "keep", "keeps", "stopped", "stop", "stops",
                                       "continued", "continue", "continues", "resumed", "avoid",
                                       "avoided", "finished", "enjoy", "enjoyed", NULL};
  for (size_t i = 1; t->jj >= 0 && i + 1 < n; i++) {
    if (!word_among(&words[i], describing) || strcmp(t->xpos[classes[i]], "VBG") != 0 ||
        !is(t, classes[i + 1], XK_NOUN) || word_among(&words[i - 1], aspect))
      continue;
    const char *p = t->xpos[classes[i - 1]];
    if (p[0] == 'V' && p[1] == 'B' && !capitalised(&words[i + 1])) classes[i] = (uint8_t)t->jj;
  }
  /* "The shipping adviser, retired Brigadier General X, held talks":
   * "retired" after a comma and before a military rank is the rank's
   * adjective, no verb of the clause */
  static const char *const ranks[] = {"General", "Gen.", "Brigadier", "Colonel", "Col.",
                                      "Major", "Maj.", "Lieutenant", "Lt.", "Admiral", "Adm.",
                                      "Captain", "Capt.", "Commander", "Air", "Vice", NULL};
  for (size_t i = 1; t->jj >= 0 && i + 1 < n; i++)
    if (words[i - 1].len == 1 && words[i - 1].s[0] == ',' && words[i].len == 7 &&
        !memcmp(words[i].s, "retired", 7) && !strcmp(t->xpos[classes[i]], "VBD") &&
        word_among(&words[i + 1], ranks))
      classes[i] = (uint8_t)t->jj;
  /* "a fisheries cooperative in Nemuro": "a" and a plural before a word
   * read as a present-tense verb make that word the noun the plural
   * modifies ("a" goes with no plural subject) */
  /* (past a name between: "A UN arms embargo on gang leaders has been in
   * place"; not an adjective: "a few people say") */
  for (size_t i = 2; t->nn >= 0 && i < n; i++) {
    const char *x = t->xpos[classes[i]];
    if (!(strcmp(x, "VBP") == 0 || strcmp(x, "VB") == 0) ||
        strcmp(t->xpos[classes[i - 1]], "NNS") != 0)
      continue;
    size_t a = i - 2;
    while (a > 0 && i - a < 4 && !strcmp(t->xpos[classes[a]], "NNP"))
      a--;
    if (!words[a].len ||
        !((words[a].len == 1 && (words[a].s[0] | 0x20) == 'a') ||
          (words[a].len == 2 && (words[a].s[0] | 0x20) == 'a' && (words[a].s[1] | 0x20) == 'n')))
      continue;
    classes[i] = (uint8_t)t->nn;
  }
  object_plural_after_the(t, words, n, classes);
  plural_after_quoted_modifier(t, words, n, classes);
  accused_of_after_noun(t, words, n, classes);
  /* `` and '' are quotation marks (LDC newswire, The New York Times's
   * archive), which training hardly had: "governments ``very soon''" made
   * `` a verb */
  for (size_t i = 0; i < n; i++)
    if (words[i].len == 2 && words[i].s[0] == words[i].s[1] &&
        strcmp(t->upos[classes[i]], "PUNCT") != 0) { /* the model's `` or '' stands */
      if (words[i].s[0] == '`' && t->lq >= 0) classes[i] = (uint8_t)t->lq;
      if (words[i].s[0] == '\'' && t->rq >= 0) classes[i] = (uint8_t)t->rq;
    }
  /* "said it was imposing sanctions on officials": a word in -ing read as
   * an adjective after a form of "be", before a determiner, or before a
   * noun and a preposition other than "of", is the progressive verb (the
   * treebanks: 23 of 25, and every one before a determiner) */
  static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", "am",
                                   "'s", "'re", NULL};
  for (size_t i = 1; t->vbg >= 0 && t->jj >= 0 && i + 1 < n; i++) {
    if (classes[i] != (uint8_t)t->jj || words[i].len < 5 ||
        memcmp(words[i].s + words[i].len - 3, "ing", 3) != 0 || !word_among(&words[i - 1], be))
      continue;
    const char *x1 = t->xpos[classes[i + 1]];
    bool det = !strcmp(x1, "DT") || !strcmp(x1, "PRP$");
    bool noun_prep = (!strcmp(x1, "NN") || !strcmp(x1, "NNS")) && i + 2 < n &&
                     !strcmp(t->xpos[classes[i + 2]], "IN") &&
                     !(words[i + 2].len == 2 && !memcmp(words[i + 2].s, "of", 2));
    if (det || noun_prep) classes[i] = (uint8_t)t->vbg;
  }
  /* "Afghanistan's defence ministry": a body's lower-case word after a
   * lower-case word is a common noun (the tagger made "ministry" a name,
   * and the parser an apposition of "defence") */
  static const char *const body_nouns[] = {"ministry",   "government", "army",       "police",
                                           "council",    "agency",     "department", "office",
                                           "committee",  "commission", "court",      "parliament",
                                           NULL};
  for (size_t i = 1; t->nn >= 0 && i < n; i++)
    if (classes[i] == (uint8_t)t->nnp && word_among(&words[i], body_nouns) &&
        words[i - 1].len && words[i - 1].s[0] >= 'a' && words[i - 1].s[0] <= 'z')
      classes[i] = (uint8_t)t->nn;
  /* "spread to the El Feel and Sarir fields": a capitalised word after
   * "the" and a proper noun is part of the name, never a verb (the
   * treebanks have no verb there) */
  for (size_t i = 2; t->nnp >= 0 && i < n; i++)
    if (capitalised(&words[i]) && t->xpos[classes[i]][0] == 'V' &&
        t->xpos[classes[i]][1] == 'B' && classes[i - 1] == (uint8_t)t->nnp &&
        capitalised(&words[i - 1]) && words[i - 2].len == 3 && !memcmp(words[i - 2].s, "the", 3))
      classes[i] = (uint8_t)t->nnp;
  /* "says the fighting this year has killed …": a word in -ing right
   * after "the" and before no noun, adjective or number is a noun (156 of
   * 161 in the treebanks; "the following" stays) */
  for (size_t i = 1; t->nn >= 0 && i + 1 < n; i++) {
    const char *x = t->xpos[classes[i]], *u = t->upos[classes[i + 1]];
    if (strcmp(x, "VBG") != 0 || words[i - 1].len != 3 || (words[i - 1].s[0] | 0x20) != 't' ||
        memcmp(words[i - 1].s + 1, "he", 2) != 0 || (words[i].len == 9 &&
        !memcmp(words[i].s, "following", 9)))
      continue;
    if (!strcmp(u, "NOUN") || !strcmp(u, "ADJ") || !strcmp(u, "PROPN") || !strcmp(u, "NUM") ||
        !strcmp(u, "PUNCT"))
      continue;
    classes[i] = (uint8_t)t->nn;
  }
  /* "Papua New Guinea's government": a capitalised word read as a common
   * noun after two proper nouns and before the possessive ending is the
   * name's last word ("my California Driver's license" keeps its noun) */
  for (size_t i = 2; t->nnp >= 0 && i + 1 < n; i++)
    if (capitalised(&words[i]) && (classes[i] == (uint8_t)t->nn || classes[i] == (uint8_t)t->nns) &&
        classes[i - 1] == (uint8_t)t->nnp && capitalised(&words[i - 1]) &&
        classes[i - 2] == (uint8_t)t->nnp && capitalised(&words[i - 2]) &&
        !strcmp(t->xpos[classes[i + 1]], "POS"))
      classes[i] = (uint8_t)t->nnp;
  /* "Fisheries Minister Aiko Tanabe", "Foreign Affairs Secretary": a
   * capitalised plural right before an office's or a body's word is part
   * of its name, a proper noun (as the treebanks' "Appropriations
   * Committee"), not the head of the phrase */
  static const char *const office_heads[] = {"Minister",   "Ministry",   "Secretary",
                                             "Department", "Committee",  "Commission",
                                             "Commissioner", NULL};
  for (size_t i = 0; t->nnps >= 0 && i + 1 < n; i++)
    if (capitalised(&words[i]) && classes[i] == (uint8_t)t->nns &&
        word_among(&words[i + 1], office_heads))
      classes[i] = (uint8_t)t->nnps;
  /* "near the Porgera gold mine killed 26 people": "mine" after a noun or
   * a determiner is the noun, never the pronoun (the treebanks' pronoun
   * follows a preposition, a verb or "as slow") */
  for (size_t i = 1; t->nn >= 0 && i < n; i++)
    if (words[i].len == 4 && !memcmp(words[i].s, "mine", 4) &&
        !strcmp(t->xpos[classes[i]], "PRP")) {
      const char *x = t->xpos[classes[i - 1]];
      if (!strcmp(x, "NN") || !strcmp(x, "NNS") || !strcmp(x, "NNP") || !strcmp(x, "DT"))
        classes[i] = (uint8_t)t->nn;
    }
  /* "placed First Vice President Peter Riak under house arrest": an
   * ordinal inside the sentence, capitalised before an office's word,
   * opens the title ("First Lady"; the treebanks' adjective and proper
   * noun), never the adverb "first" (which took "Vice President" as a
   * subject of its own) */
  static const char *const ordinals[] = {"First", "Second", "Third", NULL};
  static const char *const offices[] = {"Vice",    "Deputy",    "Lady",       "Secretary",
                                        "Minister", "Lieutenant", "Gentleman", NULL};
  for (size_t i = 1; t->adj_nnp >= 0 && i + 1 < n; i++)
    if (word_among(&words[i], ordinals) && word_among(&words[i + 1], offices))
      classes[i] = (uint8_t)t->adj_nnp;
  /* "seeking new markets amid rising tariffs": "amid" and "amidst" are
   * prepositions, which training had only capitalised or hardly at all
   * (it made "amid" a verb) */
  static const char *const amid[] = {"amid", "amidst", "Amid", "Amidst", NULL};
  for (size_t i = 0; t->in >= 0 && i < n; i++)
    if (word_among(&words[i], amid)) classes[i] = (uint8_t)t->in;
  /* "Both sides have since reinforced troops": "since" is never a verb
   * (the model made it a participle between "have" and one); before a
   * verb it is the adverb, else the preposition */
  static const char *const since[] = {"since", "Since", NULL};
  for (size_t i = 0; t->in >= 0 && t->rb >= 0 && i < n; i++)
    if (word_among(&words[i], since) && is(t, classes[i], XK_VERBAL))
      classes[i] = (uint8_t)(i + 1 < n && is(t, classes[i + 1], XK_VERBAL) ? t->rb : t->in);
  /* "Lai called on Beijing to end its intimidation": "on" after a form
   * of "call" is its preposition, never a subordinator (every treebank
   * "call(ed) on" has ADP) */
  static const char *const calls[] = {"call", "calls", "called", "calling", "Call", "Calls",
                                      "Called", "Calling", NULL};
  for (size_t i = 1; t->in >= 0 && i + 1 < n; i++)
    if (classes[i] == (uint8_t)t->sconj && words[i].len == 2 && !memcmp(words[i].s, "on", 2) &&
        word_among(&words[i - 1], calls))
      classes[i] = (uint8_t)t->in;
  /* "rejected that description and said …", "dismissed that claim as
   * baseless": "that" read as a subordinator before a singular common
   * noun that ends the sentence, or that "as" follows, or "and" or "but"
   * and a finite verb (the noun phrase is an object, no clause's
   * subject), is a determiner */
  for (size_t i = 1; t->dt >= 0 && i + 2 < n; i++) {
    if (classes[i] != (uint8_t)t->sconj || words[i].len != 4 || memcmp(words[i].s, "that", 4) ||
        !is(t, classes[i - 1], XK_VERBAL) || strcmp(t->xpos[classes[i + 1]], "NN") != 0)
      continue;
    const nm_word *x = &words[i + 2];
    static const char *const ends[] = {".", ";", "as", NULL};
    static const char *const ands[] = {"and", "but", NULL};
    if (word_among(x, ends) ||
        (word_among(x, ands) && i + 3 < n && is(t, classes[i + 3], XK_FINITE)))
      classes[i] = (uint8_t)t->dt;
  }
  /* "said on Tuesday that talks would resume": "that" read as a relative
   * pronoun before a verb in -s that a modal follows (two finite verbs in
   * a row) is the subordinator, the word in -s a plural noun, the
   * clause's subject */
  for (size_t i = 1; t->sconj >= 0 && t->nns >= 0 && i + 2 < n; i++)
    if (words[i].len == 4 && !memcmp(words[i].s, "that", 4) &&
        !strcmp(t->xpos[classes[i]], "WDT") && classes[i + 1] == (uint8_t)t->vbz &&
        words[i + 1].len > 3 && words[i + 1].s[words[i + 1].len - 1] == 's' &&
        !capitalised(&words[i + 1]) && !strcmp(t->xpos[classes[i + 2]], "MD")) {
      classes[i] = (uint8_t)t->sconj;
      classes[i + 1] = (uint8_t)t->nns;
    }
  /* "since the Iran-aligned group began attacking": a subordinator read
   * as a preposition before a clause's subject and verb */
  for (size_t i = 0; t->sconj >= 0 && i + 2 < n; i++)
    if (subordinator_clause(t, words, classes, n, i)) classes[i] = (uint8_t)t->sconj;
  /* "advanced 53 cents to 64.73 dollars": "to" read as the infinitive's
   * marker before a number or an amount is a preposition */
  for (size_t i = 0; t->in >= 0 && i + 1 < n; i++)
    if (is(t, classes[i], XK_TO) && is(t, classes[i + 1], XK_NUMBER)) classes[i] = (uint8_t)t->in;
  /* "agreed to resume talks": "to" read as a preposition between a verb
   * that takes an infinitive and a base verb is the infinitive's marker
   * (the treebanks have TO before 6,159 of 6,165 base verbs; the verb
   * before it keeps a misread base form, "lost … to hostile fire", out) */
  static const char *const wanting[] = {
      "agree",    "agreed",    "agrees",    "decide",   "decided",  "decides",  "vow",
      "vowed",    "vows",      "pledge",    "pledged",  "pledges",  "threaten", "threatened",
      "threatens", "refuse",   "refused",   "refuses",  "promise",  "promised", "promises",
      "plan",     "planned",   "plans",     "want",     "wanted",   "wants",    "seek",
      "sought",   "seeks",     "try",       "tried",    "tries",    "fail",     "failed",
      "fails",    "hope",      "hoped",     "hopes",    "intend",   "intended", "intends",
      "prepare",  "prepared",  "prepares",  "expect",   "expected", "expects",  "offer",
      "offered",  "offers",    "continue",  "continued", "continues", "begin",  "began",
      "begins",   "need",      "needed",    "needs",    "aim",      "aimed",    "aims",
      "agreeing", "deciding",  "vowing",    "pledging", "threatening", "refusing",
      "promising", "planning", "wanting",   "seeking",  "trying",   "failing",  "hoping",
      "preparing", "expecting", "offering", "continuing", "beginning", "aiming", NULL};
  for (size_t i = 1; t->to >= 0 && i + 1 < n; i++)
    if (words[i].len == 2 && (words[i].s[0] | 32) == 't' && words[i].s[1] == 'o' &&
        is(t, classes[i], XK_IN) && is(t, classes[i + 1], XK_BASE) &&
        word_among_ci(&words[i - 1], wanting))
      classes[i] = (uint8_t)t->to;
  /* "expects to invest about $500 million": "about" before an amount is
   * an adverb */
  for (size_t i = 0; t->rb >= 0 && i + 1 < n; i++)
    if (classes[i] != (uint8_t)t->rb && about_amount(t, words, classes, n, i))
      classes[i] = (uint8_t)t->rb;
  /* "has once again outright rejected the proposal": an adjective between
   * a form of "have" (adverbs between or not) and a past form that a
   * determiner, a pronoun or a full stop follows is an adverb (the
   * participle is the clause's verb; "had private armed guards" keeps
   * its adjective, a noun follows the participle) */
  for (size_t i = 1; t->rb >= 0 && i + 2 < n; i++) {
    if (!is(t, classes[i], XK_JJ) || is(t, classes[i + 2], XK_NOUN) ||
        is(t, classes[i + 2], XK_JJ) ||
        (!is(t, classes[i + 1], XK_VBN) && strcmp(t->xpos[classes[i + 1]], "VBD") != 0))
      continue;
    static const char *const have[] = {"has", "have", "had", "'ve", NULL};
    size_t k = i;
    while (k > 0 && is(t, classes[k - 1], XK_ADVERB)) k--;
    if (k > 0 && word_among(&words[k - 1], have)) classes[i] = (uint8_t)t->rb;
  }
  /* "European Community foreign ministers met": a capitalised word for a
   * body, after a capitalised adjective, with a lower-case word after
   * it, is a name's last word (was NN, "Community" the verb's object;
   * the treebanks' title-case common nouns, "Corporate Tax", are not
   * bodies) */
  static const char *const bodies[] = {"Community", "Union",    "Council", "Commission",
                                       "Assembly",  "Congress", "Front",   "League",
                                       "Alliance",  "Movement", NULL};
  for (size_t i = 1; t->nnp >= 0 && i + 1 < n; i++)
    if (!strcmp(t->xpos[classes[i]], "NN") && word_among(&words[i], bodies) &&
        capitalised(&words[i - 1]) && is(t, classes[i - 1], XK_JJ) && words[i + 1].len &&
        words[i + 1].s[0] >= 'a' && words[i + 1].s[0] <= 'z')
      classes[i] = (uint8_t)t->nnp;
  /* "Ruto defended the tax increases, saying …": a word in -s read as a
   * present-tense verb after a past-tense verb, "the" (or an owner's
   * pronoun) and a common noun, right before a comma, a full stop or a
   * semicolon, is a plural noun, the verb's object ("the tax increases"):
   * the clause "the tax increases" would have to end there */
  for (size_t i = 3; t->nns >= 0 && i + 1 < n; i++) {
    if (classes[i] != (uint8_t)t->vbz || words[i].len < 4 || words[i].s[words[i].len - 1] != 's' ||
        capitalised(&words[i]) || strcmp(t->xpos[classes[i - 1]], "NN") != 0 ||
        capitalised(&words[i - 1]) || strcmp(t->xpos[classes[i - 3]], "VBD") != 0)
      continue;
    static const char *const dets[] = {"the", "its", "their", "his", "her", "our", NULL};
    static const char *const ends[] = {",", ".", ";", NULL};
    static const char *const says[] = {"said", "thought", "believed", "argued", "claimed",
                                       "warned", "feared", "hoped", "expected", "predicted",
                                       "noted", "knew", "found", "showed", "suggested", NULL};
    if (word_among(&words[i - 2], dets) && word_among(&words[i + 1], ends) &&
        !word_among(&words[i - 3], says))
      classes[i] = (uint8_t)t->nns;
  }
  /* "any arrangement that rewards those who …": a word in -s read as a
   * plural noun right after a relative "that", "which" or "who" that
   * follows a noun or a pronoun, and right before a determiner or a
   * pronoun, is the relative clause's verb (every such word in the
   * treebanks' training and dev files is VBZ) */
  static const char *const rels[] = {"that", "which", "who", NULL};
  for (size_t i = 2; t->vbz >= 0 && i + 1 < n; i++) {
    if (classes[i] != (uint8_t)t->nns || words[i].len < 3 ||
        words[i].s[words[i].len - 1] != 's' || capitalised(&words[i]) ||
        !word_among(&words[i - 1], rels) ||
        !(is(t, classes[i - 2], XK_NOUN) || is(t, classes[i - 2], XK_PRP)))
      continue;
    const char *x = t->xpos[classes[i + 1]];
    if (!strcmp(x, "DT") || !strcmp(x, "PRP") || !strcmp(x, "PRP$") || !strcmp(x, "PDT"))
      classes[i] = (uint8_t)t->vbz;
  }
  /* "Sudan's military and the Rapid Support Forces agreed": "military"
   * after an owner or "the", with no noun after it (a conjunction,
   * punctuation or a finite verb), is the noun */
  for (size_t i = 1; t->nn >= 0 && i + 1 < n; i++) {
    if (!is(t, classes[i], XK_JJ) || words[i].len != 8 || memcmp(words[i].s, "military", 8))
      continue;
    const char *x = t->xpos[classes[i - 1]], *y = t->xpos[classes[i + 1]];
    static const char *const the[] = {"the", "The", NULL};
    if ((!strcmp(x, "POS") || !strcmp(x, "PRP$") || word_among(&words[i - 1], the)) &&
        (!strcmp(y, "CC") || !strcmp(y, ",") || !strcmp(y, ".") || !strcmp(y, ":") ||
         is(t, classes[i + 1], XK_FINITE)))
      classes[i] = (uint8_t)t->nn;
  }
  /* "Delegations from … the Rapid Support Forces agreed on Tuesday to
   * return …": a sentence of more than a dozen words that ends with a full
   * stop and has no finite verb has misread its verb; the first past
   * participle in -ed right after a noun (or a noun and a comma) is the
   * past tense */
  /* (the comma's way only in a sentence that opens with an article, and
   * when the comma closes an apposition, another comma before it: not
   * list items and fragments, "Number of Saudis, …, evacuated from", nor
   * "The March agreement, signed in Damascus by …, set out") */
  static const char *const the_a[] = {"The", "A", "An", NULL};
  if (t->vbd >= 0 && n > 12 && words[n - 1].len == 1 && words[n - 1].s[0] == '.') {
    bool finite = false;
    for (size_t i = 0; i < n && !finite; i++) finite = is(t, classes[i], XK_FINITE);
    for (size_t i = 1; !finite && i < n; i++)
      if (is(t, classes[i], XK_VBN) && words[i].len > 3 &&
          !memcmp(words[i].s + words[i].len - 2, "ed", 2) &&
          (is(t, classes[i - 1], XK_NOUN) ||
           /* (or after the comma that closes an apposition: "The American
            * Institute in Taiwan, Washington's de facto embassy, called on
            * Beijing to …") */
           (i >= 2 && words[i - 1].len == 1 && words[i - 1].s[0] == ',' &&
            is(t, classes[i - 2], XK_NOUN) && word_among(&words[0], the_a) &&
            commas_before(words, i - 1) >= 1))) {
        classes[i] = (uint8_t)t->vbd;
        break;
      }
  }
  /* "The U.S. envoy, Rebecca Hollis Grant, called": a capitalised
   * common noun that ends a run of one or two proper nouns set off by
   * commas is the name's last word (not "the Davis Administration
   * wants", "for Gurgaon Location.") */
  for (size_t i = 1; t->nnp >= 0 && i + 1 < n; i++) {
    if (strcmp(t->xpos[classes[i]], "NN") != 0 || !capitalised(&words[i]) || words[i].len < 3)
      continue;
    size_t a = i;
    while (a > 0 && i - a < 2 && capitalised(&words[a - 1]) &&
           !strcmp(t->xpos[classes[a - 1]], "NNP"))
      a--;
    /* (not a form of address: ", Madam Speaker,") */
    static const char *const address[] = {"Madam", "Madame", "Mister", "Mr", "Mr.", "Mrs",
                                          "Mrs.", "Ms", "Ms.", "Sir", "Dame", "Lord", "Lady",
                                          NULL};
    if (a == i || a == 0 || word_among(&words[a], address)) continue;
    const nm_word *x = &words[a - 1], *y = &words[i + 1];
    if (x->len == 1 && x->s[0] == ',' && y->len == 1 && y->s[0] == ',')
      classes[i] = (uint8_t)t->nnp;
  }
  /* "it could further curb cooperation with the watchdog": "further"
   * read as the verb after a modal, with a singular noun after it that an
   * object follows, is the adverb, and the noun the verb */
  for (size_t i = 1; t->rb >= 0 && t->vb >= 0 && i + 2 < n; i++) {
    if (words[i].len != 7 || memcmp(words[i].s, "further", 7) ||
        !is(t, classes[i], XK_BASE) || !is(t, classes[i - 1], XK_FINITE) ||
        !is(t, classes[i - 1], XK_CLOSED) || classes[i + 1] != (uint8_t)t->nn ||
        !(is(t, classes[i + 2], XK_NOUN) || is(t, classes[i + 2], XK_OBJECT)))
      continue;
    classes[i] = (uint8_t)t->rb;
    classes[i + 1] = (uint8_t)t->vb;
  }
  /* "Human Rights Watch urged Jakarta": a capitalised word given a
   * wh-word's class (WDT, WP, WP$, WRB) that is no wh-word is a name's */
  static const char *const wh[] = {"which",   "that",    "what",    "whatever", "whichever",
                                   "who",     "whom",    "whoever", "whomever", "whose",
                                   "when",    "where",   "why",     "how",      "whenever",
                                   "wherever", "however", "whereby", "wherein", "whosoever",
                                   "whither", "whence", NULL};
  for (size_t i = 0; t->nnp >= 0 && i < n; i++) {
    const char *x = t->xpos[classes[i]];
    if (capitalised(&words[i]) && x[0] == 'W' && !word_among_ci(&words[i], wh))
      classes[i] = (uint8_t)t->nnp;
  }
  /* ... and the capitalised common nouns and adjectives of its run before
   * a name it ends with, a lower-case open-class word after: "Human
   * Rights Watch urged" (was JJ NNS NNP, "Rights" the sentence's root) */
  for (size_t b = 1; t->nnp >= 0 && b + 1 < n; b++) {
    if (strcmp(t->xpos[classes[b]], "NNP") != 0 || !capitalised(&words[b]) ||
        !words[b + 1].len || words[b + 1].s[0] < 'a' || words[b + 1].s[0] > 'z' ||
        is(t, classes[b + 1], XK_CLOSED)) /* (a title-case headline's "in", "as") */
      continue;
    size_t a = b;
    while (a > 0 && b - a < 3 && capitalised(&words[a - 1]) && words[a - 1].len > 2 &&
           (!strcmp(t->xpos[classes[a - 1]], "NN") || !strcmp(t->xpos[classes[a - 1]], "NNS") ||
            !strcmp(t->xpos[classes[a - 1]], "JJ")))
      a--;
    /* (a run that opens the sentence, or follows a lower-case word) */
    if (a == b || b - a < 2 || (a > 0 && capitalised(&words[a - 1]))) continue;
    for (size_t k = a; k < b; k++) classes[k] = (uint8_t)t->nnp;
  }
  /* "too high for investors to make a profit": "for" before an
   * infinitive's own subject is its subordinator (UD: SCONJ, mark) */
  for (size_t i = 0; t->sconj >= 0 && i + 3 < n; i++)
    if (classes[i] != (uint8_t)t->sconj && for_clause(t, words, classes, n, i))
      classes[i] = (uint8_t)t->sconj;
  /* "Ecuador broke off the talks": "off" read as a preposition right
   * after such a verb and before an object's first word is its particle */
  for (size_t i = 1; t->rp >= 0 && i + 1 < n; i++)
    if (words[i].len == 3 && !memcmp(words[i].s, "off", 3) && classes[i] != (uint8_t)t->rp &&
        is(t, classes[i], XK_CLOSED) && is(t, classes[i - 1], XK_VERBAL) &&
        off_verb(&words[i - 1]) && is(t, classes[i + 1], XK_OBJECT))
      classes[i] = (uint8_t)t->rp;
  /* "Mexican President Andrés Manuel López Obrador": a capitalised word
   * the training data never had ("Andrés", whose first letters are those
   * of "and") is no word of a closed class (CC, DT, IN, PRP, MD ...), all
   * of whose words training had; it is a name, next to another
   * capitalised word ("Ya" alone, for "you", is left) */
  for (size_t i = 0; t->nnp >= 0 && i < n; i++) {
    if (!is(t, classes[i], XK_CLOSED) || !capitalised(&words[i]) ||
        !((i > 0 && capitalised(&words[i - 1])) || (i + 1 < n && capitalised(&words[i + 1]))))
      continue;
    if (unseen(t, &words[i])) classes[i] = (uint8_t)t->nnp;
  }
  /* "rebel-held": a hyphen written between two words' letters with no
   * space is a hyphen, not a dash or a comma (the words point into one
   * text; "1990-95" is left to the model) */
  for (size_t i = 1; t->hyph >= 0 && i + 1 < n; i++)
    if (words[i].len == 1 && words[i].s[0] == '-' && words[i - 1].len && words[i + 1].len &&
        words[i - 1].s + words[i - 1].len == words[i].s && words[i].s + 1 == words[i + 1].s &&
        isalpha((unsigned char)words[i - 1].s[words[i - 1].len - 1]) &&
        isalpha((unsigned char)words[i + 1].s[0]))
      classes[i] = (uint8_t)t->hyph;
  /* "Lai Ching-te said", "Moon Jae-in's": a syllable of two to four
   * lower-case letters joined by a hyphen to the second of two
   * capitalised words is the end of the name (the model read "te" as a
   * noun and "in" as a preposition), unless a noun or an adjective
   * follows ("the Saudi Arabia-led coalition", "New York-run hotels") */
  for (size_t i = 3; t->nnp >= 0 && i < n; i++) {
    const nm_word *x = &words[i];
    bool low = x->len >= 2 && x->len <= 4;
    for (size_t k = 0; k < x->len && low; k++)
      low = x->s[k] >= 'a' && x->s[k] <= 'z';
    if (!low || classes[i - 1] != (uint8_t)t->hyph || words[i - 1].s + 1 != x->s ||
        words[i - 2].s + words[i - 2].len != words[i - 1].s || !capitalised(&words[i - 2]) ||
        !capitalised(&words[i - 3]) || words[i - 2].len < 2 ||
        !(words[i - 2].s[1] >= 'a' && words[i - 2].s[1] <= 'z') ||
        (i + 1 < n && (is(t, classes[i + 1], XK_NOUN) || is(t, classes[i + 1], XK_JJ))))
      continue;
    classes[i] = (uint8_t)t->nnp;
  }
  /* "Senior Hungarian and Romanian officials agreed": a capitalised noun
   * joined by "and" to a capitalised adjective before a common noun is an
   * adjective too, both modifying the noun */
  static const char *const nat[] = {"an", "ese", "ish", "i", "ch"}; /* of a nationality */
  for (size_t i = 0; t->jj >= 0 && i + 3 < n; i++) {
    bool nationality = false;
    for (size_t q = 0; q < sizeof nat / sizeof *nat && !nationality; q++) {
      size_t l = strlen(nat[q]);
      nationality = words[i].len > l && !memcmp(words[i].s + words[i].len - l, nat[q], l);
    }
    if (nationality && is(t, classes[i], XK_NOUN) && capitalised(&words[i]) && words[i].len > 3 &&
        words[i + 1].len == 3 && !memcmp(words[i + 1].s, "and", 3) &&
        is(t, classes[i + 2], XK_JJ) && capitalised(&words[i + 2]) &&
        is(t, classes[i + 3], XK_NOUN) && !is(t, classes[i + 3], XK_PROPER) &&
        (i == 0 || !is(t, classes[i - 1], XK_PROPER)))
      classes[i] = (uint8_t)t->jj;
  }
  /* "Beijing swiftly condemned": a capitalised word in -ing that opens
   * the sentence, read as a gerund, right before a finite verb or an
   * adverb and a finite verb, is a name ("Smoking kills" is rare in news;
   * "Having personally visited" is an auxiliary) */
  if (t->nnp >= 0 && n > 2 && words[0].len > 4 && words[0].s[0] >= 'A' &&
      words[0].s[0] <= 'Z' && !memcmp(words[0].s + words[0].len - 3, "ing", 3) &&
      is(t, classes[0], XK_VERBAL) && !(words[0].len == 6 && !memcmp(words[0].s, "Having", 6)) &&
      !(words[0].len == 5 && !memcmp(words[0].s, "Being", 5)) &&
      (is(t, classes[1], XK_FINITE) ||
       (is(t, classes[1], XK_ADVERB) && is(t, classes[2], XK_FINITE))))
    classes[0] = (uint8_t)t->nnp;
  /* "South Korean troops": a capitalised point of the compass read as an
   * adverb right before a capitalised word is part of a name */
  static const char *const points[] = {"North", "South", "East", "West"};
  for (size_t i = 0; t->nnp >= 0 && i + 1 < n; i++) {
    if (!is(t, classes[i], XK_ADVERB) || !words[i + 1].len || words[i + 1].s[0] < 'A' ||
        words[i + 1].s[0] > 'Z')
      continue;
    for (size_t q = 0; q < sizeof points / sizeof *points; q++)
      if (words[i].len == strlen(points[q]) && !memcmp(words[i].s, points[q], words[i].len))
        classes[i] = (uint8_t)t->nnp;
  }
  /* "Dar es Salaam", "Rio de Janeiro", "Osama bin Laden": a particle of
   * a foreign name in lower case between two capitalised words is part of
   * the name (PROPN, as the treebanks tag "de", "du", "bin" there; "es"
   * had been read as a verb in -s), when the model read it as a verb or a
 * common noun (its X and FW stand). Not "do" ("Do Americans ..."). */
  static const char *const particles[] = {"es",  "de",  "del", "della", "di", "du",  "des",
                                          "da",  "dos", "das", "van",   "von", "der", "bin",
                                          "ibn", NULL};
  for (size_t i = 1; t->nnp >= 0 && i + 1 < n; i++)
    if (words[i - 1].len && isupper((unsigned char)words[i - 1].s[0]) && words[i + 1].len &&
        isupper((unsigned char)words[i + 1].s[0]) && word_among(&words[i], particles) &&
        (is(t, classes[i], XK_VERBAL) || is(t, classes[i], XK_NOUN)) &&
        !is(t, classes[i], XK_PROPER))
      classes[i] = (uint8_t)t->nnp;
  /* "spokesman Wang Wenbin": a capitalised common noun after a lower-case
   * noun and before a capitalised proper noun is a name's first word */
  for (size_t i = 1; t->nnp >= 0 && i + 1 < n; i++)
    if (is(t, classes[i], XK_NOUN) && !is(t, classes[i], XK_PROPER) &&
        is(t, classes[i + 1], XK_PROPER) && words[i].len > 1 && isupper((unsigned char)words[i].s[0]) &&
        islower((unsigned char)words[i].s[1]) && words[i + 1].len &&
        isupper((unsigned char)words[i + 1].s[0]) && words[i - 1].len &&
        islower((unsigned char)words[i - 1].s[0]) && is(t, classes[i - 1], XK_NOUN))
      classes[i] = (uint8_t)t->nnp;
  /* "threatened to use force if diplomacy fails and has imposed …": a
   * word in -s read as a plural noun right after "if" or "unless" and one
   * singular common noun, before a comma, a full stop or a conjunction,
   * is the clause's verb ("if war crimes are" keeps its noun) */
  static const char *const ifs[] = {"if", "unless", NULL};
  static const char *const ands[] = {"and", "or", "but", NULL};
  for (size_t i = 2; t->vbz >= 0 && i < n; i++) {
    const nm_word *x = &words[i], *b = &words[i - 1];
    if (!is(t, classes[i], XK_NOUN) || is(t, classes[i], XK_PROPER) || x->len < 4 ||
        x->s[x->len - 1] != 's' || x->s[x->len - 2] == 's' || !word_among_ci(&words[i - 2], ifs) ||
        !is(t, classes[i - 1], XK_NOUN) || is(t, classes[i - 1], XK_PROPER) || b->len < 3 ||
        b->s[b->len - 1] == 's')
      continue;
    const nm_word *a = i + 1 < n ? &words[i + 1] : NULL;
    if (!a || (a->len == 1 && (a->s[0] == ',' || a->s[0] == '.' || a->s[0] == ';')) ||
        word_among(a, ands))
      classes[i] = (uint8_t)t->vbz;
  }
  /* "Iran, which arms the Houthis, condemned": a plural noun in -s right
   * after a relative pronoun that follows a comma, before a determiner,
   * a number, a possessive, a name or "both", is the relative clause's verb
   * ("which arms sales" keeps its noun) */
  for (size_t i = 2; t->vbz >= 0 && i + 1 < n; i++) {
    const nm_word *w = &words[i - 1];
    if (!is(t, classes[i], XK_NOUN) || is(t, classes[i], XK_PROPER) || words[i].len < 3 ||
        words[i].s[words[i].len - 1] != 's' || words[i - 2].len != 1 || words[i - 2].s[0] != ',' ||
        !((w->len == 5 && !memcmp(w->s, "which", 5)) || (w->len == 3 && !memcmp(w->s, "who", 3))))
      continue;
    bool both = words[i + 1].len == 4 && !memcmp(words[i + 1].s, "both", 4);
    if (both || (is(t, classes[i + 1], XK_OBJECT) &&
                 (!is(t, classes[i + 1], XK_NOUN) || is(t, classes[i + 1], XK_PROPER))))
      classes[i] = (uint8_t)t->vbz;
  }
  /* "which backs some rebel factions but denies any role": a plural noun
   * in -s right after "but" or "and", before a determiner, possessive or
   * number, whose nearest verb before (a few words back) is a present
   * tense in -s, is that verb's conjunct (VBZ) */
  static const char *const joins[] = {"but", "and", NULL};
  for (size_t i = 2; t->vbz >= 0 && i + 1 < n; i++) {
    if (!is(t, classes[i], XK_NOUN) || is(t, classes[i], XK_PROPER) || words[i].len < 4 ||
        words[i].s[words[i].len - 1] != 's' || !word_among(&words[i - 1], joins) ||
        !is(t, classes[i + 1], XK_OBJECT) || is(t, classes[i + 1], XK_NOUN))
      continue;
    for (size_t k = i - 1; k-- > 0 && k + 12 > i;) {
      if (!is(t, classes[k], XK_VERBAL)) continue;
      if (classes[k] == (uint8_t)t->vbz) classes[i] = (uint8_t)t->vbz;
      break;
    }
  }
  /* "withdraw its troops from neighboring Lebanon": "neighboring" read as
   * a verb before a name is the adjective */
  for (size_t i = 0; t->jj >= 0 && i + 1 < n; i++)
    if (is(t, classes[i], XK_VERBAL) && is(t, classes[i + 1], XK_PROPER) &&
        ((words[i].len == 11 && !memcmp(words[i].s, "neighboring", 11)) ||
         (words[i].len == 12 && !memcmp(words[i].s, "neighbouring", 12))))
      classes[i] = (uint8_t)t->jj;
  if (t->vbd < 0) return;
  /* "after soldiers overthrew President X": an unseen prefixed irregular
   * past tense the model made another part of speech is the past tense */
  for (size_t i = 1; i < n; i++) {
    if (!is(t, classes[i], XK_VERBAL) && prefixed_past(&words[i]) && unseen(t, &words[i]))
      classes[i] = (uint8_t)t->vbd;
  }
  /* "the ferry sank", "had sunk", "the men fled": an irregular past tense
   * or participle training never had, which the model made a present
   * tense, a base form or a noun, is the past tense, or the
   * participle after a form of "have" or "be" (a capitalised word after the
   * first is left: a name; an adjective is left: "bound to", "fed up") */
  for (size_t i = 1; i < n; i++) {
    /* the cheap tests first: this runs on every word */
    if ((classes[i] < t->n_classes && t->irr[classes[i]]) || is(t, classes[i], XK_JJ) ||
        capitalised(&words[i]))
      continue;
    const nm_irregular *irr = nm_irregular_find(words[i].s, words[i].len);
    if (!irr || !unseen(t, &words[i])) continue;
    /* "a wound", "his wound": a noun after a determiner, a possessive or
     * an adjective stays one */
    if (is(t, classes[i], XK_NOUN) && is(t, classes[i - 1], XK_NP) &&
        !is(t, classes[i - 1], XK_NOUN) && !is(t, classes[i - 1], XK_NUMBER))
      continue;
    bool aux = after_aux(words, i);
    /* "delaying outbound cargo bound for Asia": after a noun phrase that
     * is a gerund's object, a form that is both is the participle that
     * modifies it ("said the men fled" keeps the past tense) */
    size_t np = i; /* the phrase's start, at most eight words back (linear time) */
    while (np > 0 && i - np < 8 && is(t, classes[np - 1], XK_NP))
      np--;
    bool modifies = (irr->kind & NM_IRR_PART) && np < i && np > 0 &&
                    is(t, classes[np - 1], XK_VERBAL) &&
                    !is(t, classes[np - 1], XK_FINITE | XK_VBN | XK_BASE);
    if ((irr->kind & NM_IRR_PART) && (aux || modifies || !(irr->kind & NM_IRR_PAST))) {
      if (t->vbn >= 0) classes[i] = (uint8_t)t->vbn;
    } else if (!aux && !is(t, classes[i - 1], XK_TO) && !modal_before(t, classes, i)) {
      classes[i] = (uint8_t)t->vbd;
    }
  }
  /* "Relatives of other Americans detained abroad urged the
   * administration": of two past tenses after a noun with at most two
   * adverbs between, the first is a participle modifying the noun (a
   * clause has one finite verb; "the weapons seized included rifles").
   * Not a form that is only a past tense ("took"). */
  for (size_t i = 1; t->vbn >= 0 && i + 1 < n; i++) {
    if (classes[i] != (uint8_t)t->vbd || !is(t, classes[i - 1], XK_NOUN)) continue;
    size_t j = i + 1;
    while (j < n && j < i + 3 && is(t, classes[j], XK_ADVERB))
      j++;
    if (j >= n || classes[j] != (uint8_t)t->vbd) continue;
    const nm_irregular *irr = nm_irregular_find(words[i].s, words[i].len);
    if (irr && !(irr->kind & NM_IRR_PART)) continue;
    classes[i] = (uint8_t)t->vbn;
  }
  /* "The bloc suspended the three and imposed sanctions on Niger": a
   * participle with an object after "and", whose nearest verb before is a
   * plain past tense (no auxiliary it could share: "had suspended … and
   * imposed"), is the past tense too */
  for (size_t i = 2; i + 1 < n; i++) {
    /* the adjective of "-ed" too: "accused both sides … in December and
     * imposed sanctions on him" */
    bool ed = t->jj >= 0 && classes[i] == (uint8_t)t->jj && words[i].len > 4 &&
              !memcmp(words[i].s + words[i].len - 2, "ed", 2);
    /* (an adjective may open the object: "and blamed federal troops";
     * tested last, as this runs on every word) */
    if (!(is(t, classes[i], XK_VBN) || ed) || words[i - 1].len != 3 ||
        memcmp(words[i - 1].s, "and", 3) ||
        (words[i + 1].len == 2 && !memcmp(words[i + 1].s, "by", 2)) ||
        !(is(t, classes[i + 1], XK_OBJECT) ||
          (is(t, classes[i + 1], XK_JJ) && i + 2 < n && is(t, classes[i + 2], XK_NOUN))))
      continue;
    for (size_t k = i - 1; k-- > 0 && k + 40 > i;) {
      if (!is(t, classes[k], XK_VERBAL)) continue;
      /* "rejected the report as politically motivated and accused": a
       * participle that completes "as" is no verb of the clause */
      if (k + 2 == i && as_complement(t, words, classes, k)) continue;
      /* "accused both sides of committing war crimes … and imposed": a
       * gerund after a preposition is no verb of the clause */
      static const char *const preps[] = {"of", "for", "by", "without", "from", "about", NULL};
      if (k > 0 && words[k].len > 3 && !memcmp(words[k].s + words[k].len - 3, "ing", 3) &&
          word_among(&words[k - 1], preps))
        continue;
      /* (a past copula too: "said the accusations were "baseless" and
       * blamed Congo") */
      if (classes[k] == (uint8_t)t->vbd || !strcmp(t->xpos[classes[k]], "VBD"))
        classes[i] = (uint8_t)t->vbd;
      break;
    }
  }
  /* "announced asset freezes and travel bans": a base form after "and"
   * that a noun precedes and a plural noun follows, in a clause whose
   * verb before is a finite one, no base form, modal or "to" (nothing it
   * could be joined to: "will cut taxes and raise tariffs", "could alter
   * the value of sensor-measured temperature and introduce errors"),
   * modifies the plural noun */
  for (size_t i = 2; t->nn >= 0 && i + 1 < n; i++) {
    if (!is(t, classes[i], XK_BASE) || words[i - 1].len != 3 || memcmp(words[i - 1].s, "and", 3) ||
        !is(t, classes[i - 2], XK_NOUN) || is(t, classes[i - 2], XK_PROPER) ||
        strcmp(t->xpos[classes[i + 1]], "NNS") != 0)
      continue;
    for (size_t k = i - 2; k-- > 0 && k + 24 > i;) {
      if (is(t, classes[k], XK_TO) || is(t, classes[k], XK_BASE) ||
          (is(t, classes[k], XK_FINITE) && is(t, classes[k], XK_CLOSED)))
        break; /* "to", a base form or a modal: a verb it may be joined to */
      /* (a participle may modify a noun between: "sensor-measured") */
      if (is(t, classes[k], XK_FINITE)) {
        classes[i] = (uint8_t)t->nn;
        break;
      }
    }
  }
  /* '…, said one Gulf diplomat, who …': after an inverted "said" and a
   * determiner or number, the word that ends the speaker's phrase at a
   * comma or the sentence's end is a noun, not a verb ("diplomat" had
   * been a past tense), unless it has a verb's ending */
  for (size_t v = 1; t->nn >= 0 && v + 3 < n; v++) {
    static const char *const says[] = {"said", "says", "added", "adds", NULL};
    static const char *const dets[] = {"one", "a", "an", "the", "another", "two", "three", NULL};
    if (!word_among(&words[v], says) || words[v - 1].len == 0 ||
        (words[v - 1].s[0] != ',' && words[v - 1].s[0] != '"' && words[v - 1].s[0] != '\'' &&
         (unsigned char)words[v - 1].s[0] != 0xE2) ||
        !word_among(&words[v + 1], dets))
      continue;
    for (size_t k = v + 2; k < n && k < v + 6; k++) {
      bool end = k + 1 == n || (words[k + 1].len == 1 &&
                                (words[k + 1].s[0] == ',' || words[k + 1].s[0] == '.'));
      if (!end) {
        if (is(t, classes[k], XK_VERBAL) || is(t, classes[k], XK_CLOSED)) break;
        continue;
      }
      const nm_word *x = &words[k];
      bool ending = x->len > 3 && (!memcmp(x->s + x->len - 2, "ed", 2) ||
                                   !memcmp(x->s + x->len - 3, "ing", 3) ||
                                   !memcmp(x->s + x->len - 2, "en", 2));
      if (is(t, classes[k], XK_VERBAL) && !is(t, classes[k], XK_CLOSED) && !ending)
        classes[k] = (uint8_t)t->nn;
      break;
    }
  }
  participle_after_np(t, words, n, classes, 0);
  /* "Last week, a senior official of the ruling party warned in a
   * statement … that …": a verb of saying the model made a participle,
   * right after a noun, with no auxiliary before it, no agent or
   * infinitive after it and no finite verb before it in the sentence,
   * is the clause's past tense (a report's verb takes no passive there) */
  static const char *const reports[] = {"warned", "said",   "announced", "claimed", "insisted",
                                        "declared", "stated", "added",    "vowed",   NULL};
  for (size_t i = 1, finite = 0; t->vbd >= 0 && i + 1 < n && !finite; i++) {
    finite = is(t, classes[i], XK_FINITE);
    if (!is(t, classes[i], XK_VBN) || !word_among(&words[i], reports) ||
        !is(t, classes[i - 1], XK_NOUN) || after_aux(words, i))
      continue;
    static const char *const agent[] = {"by", "to", NULL};
    if (!word_among(&words[i + 1], agent)) classes[i] = (uint8_t)t->vbd;
    break;
  }
  /* "The Palestinians reject proposed Israeli changes": a verb of stance
   * that is hardly ever a noun, read as one right after a plural noun
   * with no finite verb before it and an object's first word after it,
   * is the clause's present tense */
  static const char *const stances[] = {
      "reject", "accuse",  "condemn",   "deny",      "urge",      "vow",     "warn",
      "oppose", "insist",  "refuse",    "threaten",  "blame",     "denounce", "criticise",
      "criticize", "dismiss", "reaffirm", NULL};
  for (size_t i = 1, finite = 0; t->vbp >= 0 && i + 1 < n && !finite; i++) {
    finite = is(t, classes[i], XK_FINITE);
    if (finite || !is(t, classes[i], XK_NOUN) || !word_among_ci(&words[i], stances)) continue;
    if (strcmp(t->xpos[classes[i - 1]], "NNS") != 0 && strcmp(t->xpos[classes[i - 1]], "NNPS") != 0)
      break;
    unsigned next = classes[i + 1];
    /* ("proposed" read as the clause's verb, before an object's words) */
    bool ed = next == (unsigned)t->vbd && i + 2 < n &&
              (is(t, classes[i + 2], XK_NP) || is(t, classes[i + 2], XK_OBJECT));
    if (is(t, next, XK_OBJECT) || is(t, next, XK_VBN) || is(t, next, XK_JJ) ||
        is(t, next, XK_PRP) || is(t, next, XK_TO) || ed) {
      classes[i] = (uint8_t)t->vbp;
      if (ed && t->vbn >= 0) classes[i + 1] = (uint8_t)t->vbn;
    }
    break;
  }
  /* "a project critics say contradicts Brazil's climate commitments": a
   * plural noun in -s right after a verb of saying, before an object's
   * first word (a determiner, an owner's pronoun, a name, a number), is
   * the reported clause's verb, whose subject was left before "say"
   * ("officials say talks are …" keeps its noun: no object follows) */
  static const char *const saying[] = {"say", "says", "said", "believe", "believes", "argue",
                                       "argues", "contend", NULL};
  for (size_t i = 1; t->vbz >= 0 && i + 1 < n; i++) {
    const nm_word *x = &words[i];
    if (strcmp(t->xpos[classes[i]], "NNS") != 0 || x->len < 4 || x->s[x->len - 1] != 's' ||
        !word_among(&words[i - 1], saying) || !is(t, classes[i - 1], XK_VERBAL))
      continue;
    unsigned nx = classes[i + 1];
    if ((is(t, nx, XK_OBJECT) && !is(t, nx, XK_NOUN)) || is(t, nx, XK_PROPER))
      classes[i] = (uint8_t)t->vbz;
  }
  /* "Indian police arrest opposition leaders in Delhi": a headline (no
   * full stop at its end) with no verb at all, where a verb of the news
   * that is also a noun follows a noun and comes before an object's first
   * word, has that verb in the present tense */
  static const char *const news_verbs[] = {
      "arrest", "attack", "raid",  "strike", "ban",   "block",  "protest", "release", "free",
      "detain", "sanction", "suspend", "approve", "reject", "deny", "accuse", "condemn",
      "urge",   "warn",   "back",  "vote",   "hold",  "seize",  "kill",    "expel",   NULL};
  bool verbless = n > 3 && t->vbp >= 0 && !t->punct[classes[n - 1]];
  for (size_t i = 0; i < n && verbless; i++) verbless = !is(t, classes[i], XK_VERBAL);
  for (size_t i = 1; verbless && i + 1 < n; i++) {
    if (!is(t, classes[i], XK_NOUN) || !word_among_ci(&words[i], news_verbs) ||
        !is(t, classes[i - 1], XK_NOUN) || is(t, classes[i - 1], XK_PROPER) ||
        !(is(t, classes[i + 1], XK_OBJECT) || is(t, classes[i + 1], XK_JJ)))
      continue;
    classes[i] = (uint8_t)t->vbp;
    break;
  }
  /* ... and after an opening phrase set off by a comma, with no verb in
   * it: "Hours later, U.S. and British aircraft struck radar sites" */
  for (size_t k = 1; k < n && k < 6; k++) {
    if (is(t, classes[k - 1], XK_VERBAL)) break;
    if (words[k].len == 1 && words[k].s[0] == ',') {
      if (k + 3 < n) participle_after_np(t, words, n, classes, k + 1);
      break;
    }
  }
  /* ... and after an opening clause a subordinator starts, at its comma:
   * "When Pakistani troops objected, the Afghan side opened fire" */
  static const char *const opens[] = {"When", "After", "As", "Before", "Since", "Once", "While",
                                      "Because", "Although", "Though", "Until", "If", NULL};
  for (size_t k = 2; n > 4 && word_among(&words[0], opens) && k + 3 < n && k < 24; k++)
    if (words[k].len == 1 && words[k].s[0] == ',') {
      participle_after_np(t, words, n, classes, k + 1);
      break;
    }
  /* the same after a report's verb: "The military said its jets hit
   * weapons depots" */
  static const char *const says[] = {"said", "says", "say", "added"};
  for (size_t k = 1; k + 3 < n; k++) {
    if (!is(t, classes[k], XK_FINITE)) continue;
    for (size_t q = 0; q < sizeof says / sizeof *says; q++)
      if (words[k].len == strlen(says[q]) && !memcmp(words[k].s, says[q], words[k].len)) {
        size_t from = k + 1; /* "said that its jets hit …" */
        if (words[from].len == 4 && !memcmp(words[from].s, "that", 4)) from++;
        if (from + 2 < n) participle_after_np(t, words, n, classes, from);
      }
  }
  /* and after a subordinating word: "days after Russian missiles struck
   * an apartment block" ("struck" was VBN, the missiles' clause) */
  static const char *const subs[] = {"after", "before", "since", "until", "because", "when",
                                     "while", "once"};
  for (size_t k = 0; k + 3 < n; k++)
    for (size_t q = 0; q < sizeof subs / sizeof *subs; q++)
      if (words[k].len == strlen(subs[q]) && !memcmp(words[k].s, subs[q], words[k].len))
        participle_after_np(t, words, n, classes, k + 1);
  /* "hours after soldiers and armored vehicles occupied the square": a
   * past tense in -ed right after a noun and "and", before a noun that a
   * finite verb follows, is the second noun phrase's adjective ("Police
   * arrested protesters and seized weapons" has no verb after the noun) */
  for (size_t i = 2; t->jj >= 0 && i + 2 < n; i++) {
    if (!is(t, classes[i], XK_FINITE) || words[i].len < 5 ||
        memcmp(words[i].s + words[i].len - 2, "ed", 2) || words[i - 1].len != 3 ||
        memcmp(words[i - 1].s, "and", 3) || !is(t, classes[i - 2], XK_NOUN) ||
        !is(t, classes[i + 1], XK_NOUN))
      continue;
    size_t j = i + 1;
    while (j < n && j < i + 4 && is(t, classes[j], XK_NOUN))
      j++;
    if (j < n && is(t, classes[j], XK_FINITE)) classes[i] = (uint8_t)t->jj;
  }
  /* "The junta, led by Col. Assimi Goita, seized power": a participle
   * with an object right after the comma that closes a phrase set off
   * after the opening noun phrase, with no finite verb before it and none
   * after it before the clause ends, is the past tense */
  size_t p = 0; /* the comma after the opening noun phrase */
  /* two joined: "The United States and the European Union, which …" */
  static const char *const and_w[] = {"and", NULL};
  while (p < n && p < 12 &&
         (is(t, classes[p], XK_NP) ||
          (p > 0 && p + 1 < n && word_among(&words[p], and_w) && is(t, classes[p + 1], XK_NP)) ||
          (p > 0 && p + 1 < n && t->hyph >= 0 && classes[p] == (uint8_t)t->hyph &&
           is(t, classes[p + 1], XK_NP)))) /* "Mwansa-Banda" */
    p++;
  /* "Turkey, which backs some rebel factions but denies any role,
   * called for talks": a relative clause has finite verbs of its own, and
   * a participle right after it, with no finite verb after it in the
   * sentence, is the main clause's past tense, object or not */
  static const char *const rel[] = {"which", "who", NULL};
  bool relative = p > 0 && p + 1 < n && word_among(&words[p + 1], rel);
  for (size_t i = p + 2; p > 0 && p < n && words[p].len == 1 && words[p].s[0] == ',' &&
                         i + 1 < n && i < p + (relative ? 24 : 16);
       i++) {
    if (is(t, classes[i], XK_FINITE) && !relative) break;
    /* an adverb may come between: ", sharply rebuked Pristina" */
    size_t c = relative && is(t, classes[i - 1], XK_ADVERB) ? i - 2 : i - 1;
    if (!is(t, classes[i], XK_VBN) || words[c].len != 1 || words[c].s[0] != ',') continue;
    /* "X, in a televised address, called on Zambians to …": after a
     * prepositional phrase set off, a participle not followed by "by" is
     * the main verb, object or not */
    bool pp = p + 1 < n && is(t, classes[p + 1], XK_IN) && i + 1 < n &&
              !(words[i + 1].len == 2 && !memcmp(words[i + 1].s, "by", 2));
    if (!relative && !pp && !is(t, classes[i + 1], XK_OBJECT)) break;
    bool later = false;
    for (size_t j = i + 1; j < n && (relative || j < i + 8) && !later; j++) {
      if (!relative && is(t, classes[j], XK_CLAUSE_END)) break;
      later = is(t, classes[j], XK_FINITE);
    }
    if (!later) classes[i] = (uint8_t)t->vbd;
    break;
  }
  /* the clause has its verb; but not a reporter's after a comma (", the
   * two sides said in a joint statement"): a noun phrase and one finite
   * verb after the last comma */
  size_t ff = n, cm = n;
  for (size_t i = 0; i < n && ff == n; i++)
    if (is(t, classes[i], XK_FINITE)) ff = i;
  for (size_t k = ff; ff < n && k-- > 0 && cm == n;)
    if (words[k].len == 1 && words[k].s[0] == ',') cm = k;
  bool reporter = ff < n && cm < n && cm + 1 < ff && ff - cm <= 5;
  for (size_t k = cm + 1; reporter && k < ff; k++)
    reporter = is(t, classes[k], XK_NP);
  for (size_t k = ff + 1; reporter && k < n; k++)
    reporter = !is(t, classes[k], XK_FINITE);
  if (ff < n && !reporter) return;
  size_t end = reporter ? cm : n; /* the clause before the reporter */
  for (size_t i = 1; i < end; i++) {
    if (is(t, classes[i], XK_VERBAL) && !is(t, classes[i], XK_VBN)) return;
    if (!is(t, classes[i], XK_VBN)) continue;
    /* "Amnesty International condemned the arrests": a participle right
     * after a name that opens the sentence, with no finite verb anywhere,
     * is the past tense ("the ministry, founded by …" is not) */
    if (i + 1 < n && words[i + 1].len == 2 && !memcmp(words[i + 1].s, "by", 2)) return;
    bool names = is(t, classes[i - 1], XK_PROPER);
    for (size_t k = 0; k < i && names; k++) {
      bool the = k == 0 && words[0].len == 3 && !memcmp(words[0].s, "The", 3);
      bool name = is(t, classes[k], XK_PROPER) && words[k].len && words[k].s[0] >= 'A' &&
                  words[k].s[0] <= 'Z';
      names = the || name;
    }
    /* ... and after two noun phrases joined by "and" that open a full
     * sentence (a full stop ends it: a headline's participle is passive,
     * "Three soldiers killed in attack"): "Colombia's government and the
     * National Liberation Army rebel group agreed on Friday to extend …" */
    bool joined = false, np = !names && i <= 14 && is(t, classes[i - 1], XK_NOUN) &&
                                  words[n - 1].len == 1 && words[n - 1].s[0] == '.' &&
                                  capitalised(&words[0]);
    for (size_t k = 0; k < i && np; k++) {
      bool conj = words[k].len == 3 && !memcmp(words[k].s, "and", 3) && k > 0;
      joined |= conj;
      np = conj || is(t, classes[k], XK_NP);
    }
    if (!names && !(np && joined)) return;
    classes[i] = (uint8_t)t->vbd;
    return;
  }
}

/* "Foreign Minister Han Jae-sung", "Kim Jong-un": a short lower-case
 * syllable glued by a hyphen to a capitalised word right after a name
 * is the name's last part (was VBN, "sung"; or IN, "Jae-in"); words that
 * make a compound adjective of a name stay ("Obama-era",
 * "Moscow-backed"). Only words that share one text, whose gaps can be
 * seen, are read. Runs after every other repair. */
static void glued_name_syllables(const nm_tagger *t, const nm_word *words, size_t n,
                                 uint8_t *classes) {
  static const char *const compound[] = {
      "era", "led", "style", "based", "backed", "born", "made", "run", "like", "type", "owned",
      "linked", "allied", "aligned", "held", "free", "wide", "bound", "dominated", "level", NULL};
  for (size_t i = 3; t->nnp >= 0 && i < n; i++) {
    const nm_word *a = &words[i - 2], *h = &words[i - 1], *b = &words[i];
    if (h->len != 1 || h->s[0] != '-' || a->s + a->len != h->s || h->s + 1 != b->s ||
        b->len < 2 || b->len > 5 || !capitalised(a) || !capitalised(&words[i - 3]) ||
        !is(t, classes[i - 3], XK_PROPER) || word_among(b, compound))
      continue;
    bool lower = true;
    for (size_t k = 0; k < b->len && lower; k++) lower = b->s[k] >= 'a' && b->s[k] <= 'z';
    if (!lower) continue;
    classes[i - 2] = (uint8_t)t->nnp;
    if (t->hyph >= 0) classes[i - 1] = (uint8_t)t->hyph;
    classes[i] = (uint8_t)t->nnp;
  }
}

void nm_tagger_repair(const nm_tagger *t, const nm_word *words, size_t n, uint8_t *classes) {
  repair_rules(t, words, n, classes);
  glued_name_syllables(t, words, n, classes);
}

size_t nm_tagger_lemma(const nm_tagger *t, const char *form, size_t len, unsigned cls, char *out,
                       size_t cap) {
  /* "fled", "fought": a past tense or participle in the irregular list
   * takes its base form, which suffix rules cannot find for a form
   * training never had ("fled" -> "fl") */
  const nm_irregular *irr = cls < t->n_classes && t->irr[cls] ? nm_irregular_find(form, len) : NULL;
  if (irr) {
    size_t k = strlen(irr->base);
    if (cap) {
      size_t m = k < cap - 1 ? k : cap - 1;
      memcpy(out, irr->base, m);
      out[m] = '\0';
    }
    return k;
  }
  if (t->has_lemma && cls < t->n_classes)
    return nm_lemmatize_tag(&t->lemma, form, len, t->lemma_tag[cls], out, cap);
  if (cap) {
    size_t k = len < cap - 1 ? len : cap - 1;
    memcpy(out, form, k);
    out[k] = '\0';
  }
  return len;
}

int nm_tagger_quote_class(const nm_tagger *t, bool closing) { return closing ? t->rq : t->lq; }
