/* cameo.c - the compiled event dictionary: loading with full validation
 * (layout in cameo_int.h) and the lookups of cameo.h. Lookups allocate
 * nothing and only read, so one dictionary serves any number of threads.
 *
 * Phrase matching: a kind's phrases are sorted by their words (a phrase
 * before its extensions), and an index gives each first word its run.
 * Matching at a position narrows the run one word at a time by binary
 * search, remembering the last length at which a phrase ended, so the
 * longest phrase is found in O(length * log run); among identical phrases
 * the first in file order wins. */
#include "cameo_int.h"

#include "error.h"

#include <stdlib.h>
#include <string.h>

#define NONE NM_CAMEO_NONE

struct nm_cameo {
  nm_model model;
  const unsigned char *strs;
  size_t n_strs;
  const unsigned char *word, *whsh, *pwrd, *syns, *sphr, *actr, *acod, *aphr, *aidx, *agnt, *gphr,
      *gidx, *vblk, *verb, *vkey, *vidx, *patn, *trns, *dscd, *pico, *prev;
  uint32_t n[NM_CI_N];
  nm_cameo_elem *elems; /* ELEM and VWRD decoded, as the API hands out pointers */
  uint32_t *vwords;
  unsigned short_discards; /* bit l: some discard is l bytes long (l = 1, 2) */
  uint32_t horizon;        /* nm_cameo_horizon */
};

static inline uint32_t at32(const unsigned char *base, size_t rec, size_t i, size_t field) {
  return nm_rd32(base + rec * i + 4 * field);
}

static inline const char *str(const nm_cameo *c, uint32_t off) {
  return (const char *)c->strs + off;
}

/* --- loading --------------------------------------------------------------- */

/* The section id, which must hold count records of rec bytes. */
static const unsigned char *section(nm_cameo *c, uint32_t id, uint64_t count, size_t rec,
                                    const char **msg) {
  size_t len;
  const unsigned char *p = nm_model_section(&c->model, id, &len);
  if (*msg) return NULL;
  if (!p)
    *msg = "cameo: a section is missing";
  else if ((uint64_t)len != count * rec)
    *msg = "cameo: a section's size disagrees with its count";
  return p;
}

/* A string offset (NONE allowed when optional); max > 0 also bounds its
 * length to 1..max bytes. */
static bool ok_str(const nm_cameo *c, uint32_t off, bool optional, size_t max) {
  if (off == NONE) return optional;
  if (off >= c->n_strs) return false;
  if (!max) return true; /* the pool ends with a NUL */
  size_t room = c->n_strs - off;
  const unsigned char *z = memchr(c->strs + off, 0, room < max + 1 ? room : max + 1);
  return z && z > c->strs + off;
}

static bool bit_set(unsigned char *bits, uint32_t i) {
  if (bits[i / 8] & (1u << (i % 8))) return false;
  bits[i / 8] |= (unsigned char)(1u << (i % 8));
  return true;
}

static const char *check_words(const nm_cameo *c) {
  uint32_t w = c->n[NM_CI_WORDS], slots = c->n[NM_CI_SLOTS], probe = c->n[NM_CI_PROBE];
  if (slots < 16 || probe >= slots || w >= slots) return "cameo: bad word table size";
  for (uint32_t i = 0; i < w; i++) {
    uint32_t off = at32(c->word, 4, i, 0);
    if (!ok_str(c, off, false, NM_CAMEO_MAX_WORD)) return "cameo: a word is not a string";
    for (const char *s = str(c, off); *s; s++)
      if ((unsigned)(*s - 'a') < 26u) return "cameo: a word is not upper-case";
  }
  unsigned char *seen = calloc((size_t)w / 8 + 1, 1);
  if (!seen) return "out of memory";
  const char *msg = NULL;
  uint32_t start = 0, run = 0, filled = 0;
  while (start < slots && at32(c->whsh, 4, start, 0))
    start++;
  for (uint32_t k = 1; k <= slots && !msg && start < slots; k++) {
    uint32_t i = (uint32_t)(((uint64_t)start + k) % slots), v = at32(c->whsh, 4, i, 0);
    if (!v) {
      run = 0;
      continue;
    }
    run++;
    filled++;
    if (v > w || !bit_set(seen, v - 1)) {
      msg = "cameo: a word hash slot is bad";
      break;
    }
    const char *s = str(c, at32(c->word, 4, v - 1, 0));
    uint32_t home = nm_cameo_home(nm_cameo_hash(s, strlen(s)), slots);
    uint32_t dist = i >= home ? i - home : i + (slots - home);
    if (dist > probe || dist >= run) msg = "cameo: a word lies outside its probe sequence";
  }
  if (!msg && (start == slots || filled != w)) msg = "cameo: the word table is incomplete";
  free(seen);
  return msg;
}

/* Phrase order: by words (a prefix first), then by entry; by_entry puts
 * the entry first (synsets). */
static int cmp_phrase(const nm_cameo *c, const unsigned char *rec, size_t a, size_t b,
                      bool by_entry) {
  uint32_t ea = at32(rec, NM_CR_PHRASE, a, 2), eb = at32(rec, NM_CR_PHRASE, b, 2);
  if (by_entry && ea != eb) return ea < eb ? -1 : 1;
  uint32_t la = at32(rec, NM_CR_PHRASE, a, 1), lb = at32(rec, NM_CR_PHRASE, b, 1);
  const unsigned char *wa = c->pwrd + 4 * (size_t)at32(rec, NM_CR_PHRASE, a, 0);
  const unsigned char *wb = c->pwrd + 4 * (size_t)at32(rec, NM_CR_PHRASE, b, 0);
  for (uint32_t i = 0; i < la && i < lb; i++) {
    uint32_t x = nm_rd32(wa + 4 * i), y = nm_rd32(wb + 4 * i);
    if (x != y) return x < y ? -1 : 1;
  }
  if (la != lb) return la < lb ? -1 : 1;
  return ea < eb ? -1 : ea > eb;
}

static const char *check_phrases(const nm_cameo *c, const unsigned char *rec, uint32_t n,
                                 uint32_t entries, bool by_entry) {
  uint32_t pw = c->n[NM_CI_PWORDS];
  for (uint32_t i = 0; i < n; i++) {
    uint32_t off = at32(rec, NM_CR_PHRASE, i, 0), len = at32(rec, NM_CR_PHRASE, i, 1);
    if (len < 1 || len > NM_CAMEO_MAX_PHRASE || off > pw || len > pw - off)
      return "cameo: a phrase lies outside the phrase words";
    if (at32(rec, NM_CR_PHRASE, i, 2) >= entries) return "cameo: a phrase's entry is out of range";
    if (i && cmp_phrase(c, rec, i - 1, i, by_entry) > 0) return "cameo: phrases are out of order";
  }
  return NULL;
}

/* A first-word index (W + 1 offsets) over n records; with phrases set,
 * every phrase of word w's run must start with w. */
static const char *check_index(const nm_cameo *c, const unsigned char *idx, uint32_t n,
                               const unsigned char *phrases) {
  uint32_t w = c->n[NM_CI_WORDS];
  if (at32(idx, 4, 0, 0) != 0 || at32(idx, 4, w, 0) != n) return "cameo: an index is bad";
  for (uint32_t i = 0; i < w; i++) {
    uint32_t lo = at32(idx, 4, i, 0), hi = at32(idx, 4, i + 1, 0);
    if (lo > hi) return "cameo: an index is out of order";
    for (uint32_t k = lo; phrases && k < hi; k++)
      if (nm_rd32(c->pwrd + 4 * (size_t)at32(phrases, NM_CR_PHRASE, k, 0)) != i)
        return "cameo: an index points to another word's phrase";
  }
  return NULL;
}

/* Records whose run fields (first, count at fields f, f + 1) tile 0..total. */
static bool tiles(const unsigned char *rec, size_t size, uint32_t n, size_t f, uint32_t total) {
  uint64_t at = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (at32(rec, size, i, f) != at) return false;
    at += at32(rec, size, i, f + 1);
  }
  return at == total;
}

/* nm_cameo_horizon, from the checked actor codes. */
static void find_horizon(nm_cameo *c) {
  uint32_t per_year[201] = {0}; /* dated codes per year, 1900..2100 */
  for (uint32_t k = 0; k < c->n[NM_CI_ACODES]; k++) {
    uint32_t f = at32(c->acod, NM_CR_ACODE, k, 1), kind = f >> 30;
    uint32_t d[2] = {f & 0x3FFFFFFFu, at32(c->acod, NM_CR_ACODE, k, 2)};
    for (int j = 0; j < 2 && kind != NM_CAC_DEFAULT; j++) {
      if ((j == 0 && kind == NM_CAC_UNTIL) || (j == 1 && kind == NM_CAC_FROM)) continue;
      uint32_t y = d[j] / 10000;
      if (y >= 1900 && y <= 2100) per_year[y - 1900]++;
    }
  }
  /* from the year with the most dates, forward while each year has at
   * least 10: a few later offices (the team's list of leaders since 2015)
   * after a gap do not move it */
  c->horizon = 0;
  uint32_t peak = 0;
  for (uint32_t y = 1; y < 201; y++)
    if (per_year[y] > per_year[peak]) peak = y;
  if (per_year[peak] < 10) return;
  uint32_t y = peak;
  while (y + 1 < 201 && per_year[y + 1] >= 10)
    y++;
  c->horizon = (1900 + y) * 10000 + 1231;
}

static const char *check_synsets_actors_agents(const nm_cameo *c) {
  const char *msg = NULL;
  uint32_t ns = c->n[NM_CI_SYNSETS];
  if (!tiles(c->syns, NM_CR_SYNSET, ns, 1, c->n[NM_CI_SPHR])) return "cameo: synset runs are bad";
  for (uint32_t s = 0; s < ns; s++) {
    if (!ok_str(c, at32(c->syns, NM_CR_SYNSET, s, 0), false, 0)) return "cameo: bad synset name";
    uint32_t first = at32(c->syns, NM_CR_SYNSET, s, 1), count = at32(c->syns, NM_CR_SYNSET, s, 2);
    for (uint32_t k = first; k < first + count; k++)
      if (at32(c->sphr, NM_CR_PHRASE, k, 2) != s) return "cameo: a synset phrase is misplaced";
  }
  uint32_t na = c->n[NM_CI_ACTORS], nc = c->n[NM_CI_ACODES];
  if (!tiles(c->actr, NM_CR_ACTOR, na, 1, nc)) return "cameo: actor code runs are bad";
  for (uint32_t a = 0; a < na; a++)
    if (!ok_str(c, at32(c->actr, NM_CR_ACTOR, a, 0), false, 0)) return "cameo: bad actor name";
  for (uint32_t k = 0; k < nc; k++)
    if (!ok_str(c, at32(c->acod, NM_CR_ACODE, k, 0), false, 0)) return "cameo: bad actor code";
  for (uint32_t g = 0; g < c->n[NM_CI_AGENTS]; g++)
    if (!ok_str(c, at32(c->agnt, NM_CR_AGENT, g, 0), false, 0) ||
        at32(c->agnt, NM_CR_AGENT, g, 1) > NM_CAG_PREFIX)
      return "cameo: bad agent";
  if (!msg) msg = check_phrases(c, c->sphr, c->n[NM_CI_SPHR], ns, true);
  if (!msg) msg = check_phrases(c, c->aphr, c->n[NM_CI_APHR], na, false);
  if (!msg) msg = check_index(c, c->aidx, c->n[NM_CI_APHR], c->aphr);
  if (!msg) msg = check_phrases(c, c->gphr, c->n[NM_CI_GPHR], c->n[NM_CI_AGENTS], false);
  if (!msg) msg = check_index(c, c->gidx, c->n[NM_CI_GPHR], c->gphr);
  return msg;
}

static const char *check_verbs(const nm_cameo *c) {
  uint32_t nb = c->n[NM_CI_BLOCKS], nv = c->n[NM_CI_VERBS], nw = c->n[NM_CI_VWORDS];
  uint32_t np = c->n[NM_CI_PATTERNS], ne = c->n[NM_CI_ELEMS];
  if (!tiles(c->vblk, NM_CR_BLOCK, nb, 3, np)) return "cameo: pattern runs are bad";
  for (uint32_t b = 0; b < nb; b++) {
    if (!ok_str(c, at32(c->vblk, NM_CR_BLOCK, b, 0), false, 0) ||
        !ok_str(c, at32(c->vblk, NM_CR_BLOCK, b, 1), false, 0) ||
        !ok_str(c, at32(c->vblk, NM_CR_BLOCK, b, 2), true, 0))
      return "cameo: bad verb block";
    uint32_t first = at32(c->vblk, NM_CR_BLOCK, b, 3), count = at32(c->vblk, NM_CR_BLOCK, b, 4);
    for (uint32_t p = first; p < first + count; p++)
      if (at32(c->patn, NM_CR_PATTERN, p, 0) != b) return "cameo: a pattern is misplaced";
  }
  for (uint32_t p = 0; p < np; p++) {
    uint32_t first = at32(c->patn, NM_CR_PATTERN, p, 1), n = at32(c->patn, NM_CR_PATTERN, p, 2);
    if (n < 1 || n > NM_CAMEO_MAX_ELEMS || first > ne || n > ne - first ||
        !ok_str(c, at32(c->patn, NM_CR_PATTERN, p, 3), false, 0) ||
        !ok_str(c, at32(c->patn, NM_CR_PATTERN, p, 4), true, 0) ||
        !ok_str(c, at32(c->patn, NM_CR_PATTERN, p, 5), false, 0))
      return "cameo: bad pattern";
  }
  for (uint32_t v = 0; v < nv; v++) {
    uint32_t f[8];
    for (int k = 0; k < 8; k++)
      f[k] = at32(c->verb, NM_CR_VERB, v, (size_t)k);
    if (f[0] >= c->n[NM_CI_WORDS] || f[1] >= c->n[NM_CI_WORDS] || f[2] >= nb ||
        !ok_str(c, f[3], false, 0) || !ok_str(c, f[4], true, 0) || f[6] > NM_CAMEO_MAX_PHRASE - 1 ||
        f[7] > NM_CAMEO_MAX_PHRASE - 1 - f[6] || f[5] > nw || f[6] + f[7] > nw - f[5])
      return "cameo: bad verb";
  }
  const char *msg = check_index(c, c->vidx, c->n[NM_CI_VKEYS], NULL);
  for (uint32_t w = 0; !msg && w < c->n[NM_CI_WORDS]; w++) {
    uint32_t lo = at32(c->vidx, 4, w, 0), hi = at32(c->vidx, 4, w + 1, 0), prev_len = 0;
    for (uint32_t k = lo; k < hi; k++) {
      uint32_t v = at32(c->vkey, 4, k, 0);
      if (v >= nv) return "cameo: a verb key is out of range";
      uint32_t len = at32(c->verb, NM_CR_VERB, v, 6) + at32(c->verb, NM_CR_VERB, v, 7);
      if ((at32(c->verb, NM_CR_VERB, v, 0) != w && at32(c->verb, NM_CR_VERB, v, 1) != w) ||
          (k > lo && len > prev_len))
        return "cameo: a verb key is misplaced";
      prev_len = len;
    }
  }
  return msg;
}

static const char *check_rest(nm_cameo *c) {
  for (uint32_t t = 0; t < c->n[NM_CI_TRANSFORMS]; t++) {
    const unsigned char *r = c->trns + (size_t)NM_CR_TRANSFORM * t;
    for (int k = 0; k < 8; k++) {
      unsigned ch = r[k];
      bool ok = k < 5 ? ((ch | 32) - 'a' < 26u || ch == '.' || ch == '_') : ch == 0;
      if (!ok) return "cameo: bad transformation variable";
    }
    for (int k = 0; k < 4; k++) {
      uint32_t v = nm_rd32(r + 8 + 4 * k);
      if (v != NONE && v >= c->n[NM_CI_WORDS]) return "cameo: bad transformation verb";
    }
    if (!ok_str(c, nm_rd32(r + 24), false, 0)) return "cameo: bad transformation code";
  }
  for (uint32_t d = 0; d < c->n[NM_CI_DISCARDS]; d++) {
    uint32_t off = at32(c->dscd, NM_CR_DISCARD, d, 0);
    if (!ok_str(c, off, false, NM_CAMEO_MAX_DISCARD) ||
        at32(c->dscd, NM_CR_DISCARD, d, 1) > (NM_CDS_STORY | NM_CDS_WORD_END))
      return "cameo: bad discard";
    if (d && strcmp(str(c, at32(c->dscd, NM_CR_DISCARD, d - 1, 0)), str(c, off)) > 0)
      return "cameo: discards are out of order";
    size_t l = strlen(str(c, off));
    if (l < 3) c->short_discards |= 1u << l;
  }
  uint32_t np = c->n[NM_CI_PICO];
  for (uint32_t p = 0; p < np; p++) {
    uint32_t off = at32(c->pico, NM_CR_PICO, p, 0);
    if (!ok_str(c, off, false, NM_CAMEO_MAX_CODE)) return "cameo: bad PICO code";
    if (p && strcmp(str(c, at32(c->pico, NM_CR_PICO, p - 1, 0)), str(c, off)) >= 0)
      return "cameo: PICO codes are out of order or repeated";
  }
  unsigned char *seen = calloc((size_t)np / 8 + 1, 1);
  if (!seen) return "out of memory";
  const char *msg = NULL;
  for (uint32_t k = 0; k < np && !msg; k++) {
    uint32_t i = at32(c->prev, 4, k, 0);
    if (i >= np || !bit_set(seen, i))
      msg = "cameo: the PICO value index is bad";
    else if (k && (int32_t)at32(c->pico, NM_CR_PICO, at32(c->prev, 4, k - 1, 0), 1) >
                      (int32_t)at32(c->pico, NM_CR_PICO, i, 1))
      msg = "cameo: PICO values are out of order";
  }
  free(seen);
  return msg;
}

/* ELEM and VWRD into native arrays, checking each id. */
static const char *decode(nm_cameo *c, const unsigned char *elem, const unsigned char *vwrd) {
  uint32_t ne = c->n[NM_CI_ELEMS], nw = c->n[NM_CI_VWORDS], words = c->n[NM_CI_WORDS];
  c->elems = malloc(((size_t)ne + 1) * sizeof *c->elems);
  c->vwords = malloc(((size_t)nw + 1) * sizeof *c->vwords);
  if (!c->elems || !c->vwords) return "out of memory";
  for (uint32_t e = 0; e < ne; e++) {
    uint32_t kind = at32(elem, NM_CR_ELEM, e, 0), a = at32(elem, NM_CR_ELEM, e, 1);
    bool ok = kind == NM_CE_WORD     ? a < words
              : kind == NM_CE_SYNSET ? a < c->n[NM_CI_SYNSETS]
                                     : kind <= NM_CE_SKIP && a == 0;
    if (!ok) return "cameo: bad pattern element";
    c->elems[e].kind = kind;
    c->elems[e].a = a;
  }
  for (uint32_t i = 0; i < nw; i++) {
    c->vwords[i] = at32(vwrd, 4, i, 0);
    if (c->vwords[i] >= words) return "cameo: bad verb word";
  }
  for (uint32_t i = 0; i < c->n[NM_CI_PWORDS]; i++)
    if (at32(c->pwrd, 4, i, 0) >= words) return "cameo: bad phrase word";
  return NULL;
}

uint64_t nm_cameo_checksum(const unsigned char *buf, size_t len, size_t at) {
  uint64_t h = 0x6e6d63616d656f31ull ^ len;
  for (size_t i = 0; i < len; i += 8) {
    unsigned char w[8] = {0};
    if (i != at) memcpy(w, buf + i, len - i < 8 ? len - i : 8);
    h = ((h << 29 | h >> 35) ^ nm_rd64(w)) * 0x9e3779b97f4a7c15ull;
  }
  return h ^ h >> 32;
}

/* The CSUM section's offset in the file, or SIZE_MAX. */
static size_t checksum_at(const nm_model *m) {
  size_t len;
  const unsigned char *p = nm_model_section(m, NM_CS_CSUM, &len);
  return p && len == 8 ? (size_t)(p - m->base) : SIZE_MAX;
}

bool nm_cameo_seal(unsigned char *buf, size_t len) {
  nm_model m;
  if (nm_model_open_mem(buf, len, NM_CAMEO_KIND, &m, NULL) != NM_OK) return false;
  size_t at = checksum_at(&m);
  if (at == SIZE_MAX) return false;
  uint64_t h = nm_cameo_checksum(buf, len, at);
  for (int i = 0; i < 8; i++)
    buf[at + (size_t)i] = (unsigned char)(h >> (8 * i));
  return true;
}

/* The checksum, CINF's counts and the string pool. */
static const char *check_info(nm_cameo *c) {
  size_t len, at = checksum_at(&c->model);
  if (at == SIZE_MAX) return "cameo: missing or bad CSUM";
  if (nm_rd64(c->model.base + at) != nm_cameo_checksum(c->model.base, c->model.len, at))
    return "cameo: the checksum does not match: the file is damaged";
  const unsigned char *inf = nm_model_section(&c->model, NM_CS_INFO, &len);
  if (!inf || len != 8 + 4 * (size_t)NM_CI_N) return "cameo: missing or bad CINF";
  if (nm_rd32(inf) != NM_CAMEO_FORMAT) return "cameo: unsupported format version; rebuild it";
  if (nm_rd32(inf + 4) != NM_CAMEO_MAX_PHRASE) return "cameo: built for another phrase length";
  for (int i = 0; i < NM_CI_N; i++)
    c->n[i] = nm_rd32(inf + 8 + 4 * i);
  if (c->n[NM_CI_WORDS] >= NONE - 1) return "cameo: too many words";
  c->strs = nm_model_section(&c->model, NM_CS_STRS, &c->n_strs);
  if (!c->strs || !c->n_strs || c->strs[0] || c->strs[c->n_strs - 1] || c->n_strs >= NONE)
    return "cameo: bad string pool";
  return NULL;
}

static nm_status load(nm_cameo *c, nm_error *err) {
  const char *msg = check_info(c);
  const uint32_t *n = c->n;
  uint64_t w1 = (uint64_t)n[NM_CI_WORDS] + 1;
  c->word = section(c, NM_CS_WORD, n[NM_CI_WORDS], 4, &msg);
  c->whsh = section(c, NM_CS_WHSH, n[NM_CI_SLOTS], 4, &msg);
  c->pwrd = section(c, NM_CS_PWRD, n[NM_CI_PWORDS], 4, &msg);
  c->syns = section(c, NM_CS_SYNS, n[NM_CI_SYNSETS], NM_CR_SYNSET, &msg);
  c->sphr = section(c, NM_CS_SPHR, n[NM_CI_SPHR], NM_CR_PHRASE, &msg);
  c->actr = section(c, NM_CS_ACTR, n[NM_CI_ACTORS], NM_CR_ACTOR, &msg);
  c->acod = section(c, NM_CS_ACOD, n[NM_CI_ACODES], NM_CR_ACODE, &msg);
  c->aphr = section(c, NM_CS_APHR, n[NM_CI_APHR], NM_CR_PHRASE, &msg);
  c->aidx = section(c, NM_CS_AIDX, w1, 4, &msg);
  c->agnt = section(c, NM_CS_AGNT, n[NM_CI_AGENTS], NM_CR_AGENT, &msg);
  c->gphr = section(c, NM_CS_GPHR, n[NM_CI_GPHR], NM_CR_PHRASE, &msg);
  c->gidx = section(c, NM_CS_GIDX, w1, 4, &msg);
  c->vblk = section(c, NM_CS_VBLK, n[NM_CI_BLOCKS], NM_CR_BLOCK, &msg);
  c->verb = section(c, NM_CS_VERB, n[NM_CI_VERBS], NM_CR_VERB, &msg);
  const unsigned char *vwrd = section(c, NM_CS_VWRD, n[NM_CI_VWORDS], 4, &msg);
  c->vkey = section(c, NM_CS_VKEY, n[NM_CI_VKEYS], 4, &msg);
  c->vidx = section(c, NM_CS_VIDX, w1, 4, &msg);
  c->patn = section(c, NM_CS_PATN, n[NM_CI_PATTERNS], NM_CR_PATTERN, &msg);
  const unsigned char *elem = section(c, NM_CS_ELEM, n[NM_CI_ELEMS], NM_CR_ELEM, &msg);
  c->trns = section(c, NM_CS_TRNS, n[NM_CI_TRANSFORMS], NM_CR_TRANSFORM, &msg);
  c->dscd = section(c, NM_CS_DSCD, n[NM_CI_DISCARDS], NM_CR_DISCARD, &msg);
  c->pico = section(c, NM_CS_PICO, n[NM_CI_PICO], NM_CR_PICO, &msg);
  c->prev = section(c, NM_CS_PREV, n[NM_CI_PICO], 4, &msg);
  if (!msg) msg = decode(c, elem, vwrd);
  if (!msg) msg = check_words(c);
  if (!msg) msg = check_synsets_actors_agents(c);
  if (!msg) msg = check_verbs(c);
  if (!msg) msg = check_rest(c);
  if (!msg) find_horizon(c);
  if (!msg) return NM_OK;
  return nm_fail(err, strcmp(msg, "out of memory") ? NM_ERR_FORMAT : NM_ERR_NOMEM, msg, 0);
}

nm_status nm_cameo_open(const char *path, nm_cameo **out, nm_error *err) {
  *out = NULL;
  nm_cameo *c = calloc(1, sizeof *c);
  if (!c) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  nm_status st = nm_model_open(path, NM_CAMEO_KIND, &c->model, err);
  if (st == NM_OK) st = load(c, err);
  if (st != NM_OK)
    nm_cameo_free(c);
  else
    *out = c;
  return st;
}

nm_status nm_cameo_open_mem(const unsigned char *buf, size_t len, nm_cameo **out, nm_error *err) {
  *out = NULL;
  nm_cameo *c = calloc(1, sizeof *c);
  if (!c) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  nm_status st = nm_model_open_mem(buf, len, NM_CAMEO_KIND, &c->model, err);
  if (st == NM_OK) st = load(c, err);
  if (st != NM_OK)
    nm_cameo_free(c);
  else
    *out = c;
  return st;
}

nm_status nm_cameo_open_owned(unsigned char *buf, size_t len, nm_cameo **out, nm_error *err) {
  nm_status st = nm_cameo_open_mem(buf, len, out, err);
  if (st != NM_OK)
    free(buf);
  else
    (*out)->model.owned = buf; /* nm_model_close frees it */
  return st;
}

void nm_cameo_free(nm_cameo *c) {
  if (!c) return;
  nm_model_close(&c->model);
  free(c->elems);
  free(c->vwords);
  free(c);
}

void nm_cameo_get_stats(const nm_cameo *c, nm_cameo_stats *s) {
  memset(s, 0, sizeof *s);
  if (!c) return;
  s->words = c->n[NM_CI_WORDS];
  s->synsets = c->n[NM_CI_SYNSETS];
  s->verbs = c->n[NM_CI_VERBS];
  s->verb_blocks = c->n[NM_CI_BLOCKS];
  s->patterns = c->n[NM_CI_PATTERNS];
  s->transforms = c->n[NM_CI_TRANSFORMS];
  s->actors = c->n[NM_CI_ACTORS];
  s->actor_phrases = c->n[NM_CI_APHR];
  s->agents = c->n[NM_CI_AGENTS];
  s->agent_phrases = c->n[NM_CI_GPHR];
  s->discards = c->n[NM_CI_DISCARDS];
  s->pico = c->n[NM_CI_PICO];
}

/* --- words ----------------------------------------------------------------- */

uint32_t nm_cameo_word(const nm_cameo *c, const char *w, size_t len) {
  if (!c || !w || !len || len > NM_CAMEO_MAX_WORD) return NONE;
  uint32_t slots = c->n[NM_CI_SLOTS];
  uint32_t i = nm_cameo_home(nm_cameo_hash(w, len), slots);
  for (uint32_t p = 0; p <= c->n[NM_CI_PROBE]; p++, i = i + 1 == slots ? 0 : i + 1) {
    uint32_t v = at32(c->whsh, 4, i, 0);
    if (!v) return NONE;
    const char *s = str(c, at32(c->word, 4, v - 1, 0));
    size_t k = 0;
    for (; k < len && s[k]; k++) {
      unsigned ch = (unsigned char)w[k];
      if ((char)(ch - 'a' < 26u ? ch - ('a' - 'A') : ch) != s[k]) break;
    }
    if (k == len && !s[len]) return v - 1;
  }
  return NONE;
}

const char *nm_cameo_word_text(const nm_cameo *c, uint32_t id) {
  if (!c || id >= c->n[NM_CI_WORDS]) return NULL;
  return str(c, at32(c->word, 4, id, 0));
}

/* --- searching ------------------------------------------------------------- */

/* What a binary search compares: record i against a key. */
typedef struct probe {
  const nm_cameo *c;
  const unsigned char *rec;
  size_t k;        /* phrase word index, or key length */
  uint32_t w;      /* phrase word or PICO value */
  const char *key; /* discard or PICO key */
  bool exact, or_equal;
} probe;

typedef bool (*below_fn)(const probe *p, size_t i);

/* The first i in [lo, hi) for which below(i) fails; below must hold on a
 * prefix of the range only. */
static size_t partition(size_t lo, size_t hi, below_fn below, const probe *p) {
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    if (below(p, m))
      lo = m + 1;
    else
      hi = m;
  }
  return lo;
}

/* --- phrases --------------------------------------------------------------- */

static inline uint32_t ph_len(const unsigned char *rec, size_t i) {
  return at32(rec, NM_CR_PHRASE, i, 1);
}
static inline uint32_t ph_word(const nm_cameo *c, const unsigned char *rec, size_t i, size_t k) {
  return nm_rd32(c->pwrd + 4 * ((size_t)at32(rec, NM_CR_PHRASE, i, 0) + k));
}

static bool len_is_k(const probe *p, size_t i) { return ph_len(p->rec, i) == p->k; }
static bool word_below(const probe *p, size_t i) {
  uint32_t w = ph_word(p->c, p->rec, i, p->k);
  return w < p->w || (p->or_equal && w == p->w);
}

/* The longest phrase of rec[lo, hi) (sorted; each longer than k - 1 words
 * and matching words[pos, pos + k)) that matches from words[pos]; 0 if
 * none. */
static size_t longest(const nm_cameo *c, const unsigned char *rec, size_t lo, size_t hi, size_t k,
                      const uint32_t *words, size_t n, size_t pos, uint32_t *entry) {
  size_t best = 0;
  probe p = {c, rec, k, 0, NULL, false, false};
  while (lo < hi) {
    p.k = k;
    if (k && ph_len(rec, lo) == k) {
      best = k;
      if (entry) *entry = at32(rec, NM_CR_PHRASE, lo, 2);
      lo = partition(lo, hi, len_is_k, &p); /* the first longer one */
    }
    if (lo == hi || pos + k >= n) break;
    p.w = words[pos + k];
    p.or_equal = false;
    lo = partition(lo, hi, word_below, &p); /* the run whose word k is w */
    p.or_equal = true;
    hi = partition(lo, hi, word_below, &p);
    k++;
  }
  return best;
}

static size_t match_indexed(const nm_cameo *c, const unsigned char *rec, const unsigned char *idx,
                            const uint32_t *words, size_t n, size_t pos, uint32_t *entry) {
  if (entry) *entry = NONE;
  if (!c || !words || pos >= n || words[pos] >= c->n[NM_CI_WORDS]) return 0;
  size_t lo = at32(idx, 4, words[pos], 0), hi = at32(idx, 4, words[pos] + 1, 0);
  return longest(c, rec, lo, hi, 1, words, n, pos, entry);
}

size_t nm_cameo_match_actor(const nm_cameo *c, const uint32_t *words, size_t n, size_t pos,
                            uint32_t *actor) {
  return match_indexed(c, c ? c->aphr : NULL, c ? c->aidx : NULL, words, n, pos, actor);
}

size_t nm_cameo_match_agent(const nm_cameo *c, const uint32_t *words, size_t n, size_t pos,
                            uint32_t *agent) {
  return match_indexed(c, c ? c->gphr : NULL, c ? c->gidx : NULL, words, n, pos, agent);
}

size_t nm_cameo_synset_match(const nm_cameo *c, uint32_t synset, const uint32_t *words, size_t n,
                             size_t pos) {
  if (!c || !words || synset >= c->n[NM_CI_SYNSETS] || pos >= n) return 0;
  size_t lo = at32(c->syns, NM_CR_SYNSET, synset, 1);
  return longest(c, c->sphr, lo, lo + at32(c->syns, NM_CR_SYNSET, synset, 2), 0, words, n, pos,
                 NULL);
}

const char *nm_cameo_synset_name(const nm_cameo *c, uint32_t synset) {
  if (!c || synset >= c->n[NM_CI_SYNSETS]) return NULL;
  return str(c, at32(c->syns, NM_CR_SYNSET, synset, 0));
}

const char *nm_cameo_actor_code(const nm_cameo *c, uint32_t actor, uint32_t yyyymmdd) {
  bool open;
  return nm_cameo_actor_code_open(c, actor, yyyymmdd, &open);
}

uint32_t nm_cameo_horizon(const nm_cameo *c) { return c ? c->horizon : 0; }

const char *nm_cameo_actor_code_open(const nm_cameo *c, uint32_t actor, uint32_t yyyymmdd,
                                     bool *open) {
  *open = false;
  if (!c || actor >= c->n[NM_CI_ACTORS]) return NULL;
  uint32_t first = at32(c->actr, NM_CR_ACTOR, actor, 1),
           count = at32(c->actr, NM_CR_ACTOR, actor, 2);
  const char *fallback = NULL, *best = NULL;
  uint32_t best_from = 0;
  /* the first dated code that holds on the day, but a code that holds
   * from a day on gives way to a later one that began later (Phoenix gives
   * Turkmenistan both [USRTKM >911016] and [TKM >911221]) */
  for (uint32_t k = first; k < first + count; k++) {
    uint32_t f = at32(c->acod, NM_CR_ACODE, k, 1), kind = f >> 30, from = f & 0x3FFFFFFFu,
             to = at32(c->acod, NM_CR_ACODE, k, 2);
    const char *code = str(c, at32(c->acod, NM_CR_ACODE, k, 0));
    if (kind == NM_CAC_DEFAULT) {
      if (!fallback) fallback = code;
    } else if (yyyymmdd && (kind == NM_CAC_UNTIL  ? yyyymmdd <= to
                            : kind == NM_CAC_FROM ? yyyymmdd >= from
                                                  : from <= yyyymmdd && yyyymmdd <= to)) {
      uint32_t start = kind == NM_CAC_UNTIL ? 0 : from;
      if (best && (kind == NM_CAC_FROM ? start <= best_from : start < best_from)) continue;
      if (kind != NM_CAC_FROM) { /* (a span that begins the same day is the surer) */
        *open = false;
        return code;
      }
      best = code;
      best_from = from;
      *open = true;
    }
  }
  if (best) return best;
  *open = fallback != NULL;
  return fallback;
}

const char *nm_cameo_actor_name(const nm_cameo *c, uint32_t actor) {
  if (!c || actor >= c->n[NM_CI_ACTORS]) return NULL;
  return str(c, at32(c->actr, NM_CR_ACTOR, actor, 0));
}

const char *nm_cameo_agent_code(const nm_cameo *c, uint32_t agent, bool *prefix) {
  if (prefix) *prefix = false;
  if (!c || agent >= c->n[NM_CI_AGENTS]) return NULL;
  if (prefix) *prefix = (at32(c->agnt, NM_CR_AGENT, agent, 1) & NM_CAG_PREFIX) != 0;
  return str(c, at32(c->agnt, NM_CR_AGENT, agent, 0));
}

/* --- discards -------------------------------------------------------------- */

static bool space(unsigned char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
/* Letters, digits and any byte of a multi-byte character. */
static bool word_byte(unsigned char ch) {
  return (unsigned)((ch | 32) - 'a') < 26u || (unsigned)(ch - '0') < 10u || ch >= 0x80;
}
static unsigned char up(unsigned char ch) {
  return (unsigned)(ch - 'a') < 26u ? (unsigned char)(ch - ('a' - 'A')) : ch;
}

/* Compares discard text p with key[0..k): as strcmp for exact, else only
 * p's first k bytes. */
static int cmp_key(const char *p, const char *key, size_t k, bool exact) {
  for (size_t i = 0; i < k; i++)
    if (p[i] != key[i]) return (unsigned char)p[i] < (unsigned char)key[i] ? -1 : 1;
  return exact && p[k] ? 1 : 0;
}

static bool discard_below(const probe *p, size_t i) {
  int d = cmp_key(str(p->c, at32(p->c->dscd, NM_CR_DISCARD, i, 0)), p->key, p->k, p->exact);
  return d < 0 || (p->or_equal && d == 0);
}

/* The discards in [*lo, *hi) compare equal to key. */
static void key_range(const nm_cameo *c, const char *key, size_t k, bool exact, size_t *lo,
                      size_t *hi) {
  probe p = {c, NULL, k, 0, key, exact, false};
  *lo = partition(0, c->n[NM_CI_DISCARDS], discard_below, &p);
  p.or_equal = true;
  *hi = partition(*lo, c->n[NM_CI_DISCARDS], discard_below, &p);
}

/* Whether discard d matches text from pos: its blanks match runs of white
 * space, its other bytes the upper-cased text. */
static bool discard_at(const nm_cameo *c, size_t d, const char *text, size_t len, size_t pos,
                       size_t *end) {
  const char *p0 = str(c, at32(c->dscd, NM_CR_DISCARD, d, 0)), *p = p0;
  size_t i = pos;
  for (; *p; p++) {
    if (*p == ' ') {
      if (i >= len || !space((unsigned char)text[i])) return false;
      while (i < len && space((unsigned char)text[i]))
        i++;
    } else if (i >= len || (char)up((unsigned char)text[i++]) != *p) {
      return false;
    } else if (*p >= 'A' && *p <= 'Z' && (p == p0 || p[-1] == ' ') && (!p[1] || p[1] == ' ') &&
               !(text[i - 1] >= 'A' && text[i - 1] <= 'Z')) {
      /* a one-letter word is a label ("Group A", "World War I"), written
       * in capitals: "designate the group a terrorist organisation" is
       * no sports pool */
      return false;
    }
  }
  *end = i;
  if (at32(c->dscd, NM_CR_DISCARD, d, 1) & NM_CDS_WORD_END)
    return i >= len || !word_byte((unsigned char)text[i]);
  return true;
}

bool nm_cameo_discard(const nm_cameo *c, const char *text, size_t len, bool *story) {
  return nm_cameo_discard_heeded(c, text, len, story, NULL, NULL);
}

bool nm_cameo_discard_heeded(const nm_cameo *c, const char *text, size_t len, bool *story,
                             nm_cameo_discard_heed heed, void *ctx) {
  bool found = false, whole = false;
  if (story) *story = false;
  if (!c || !text || !c->n[NM_CI_DISCARDS]) return false;
  for (size_t pos = 0; pos < len && !whole; pos++) {
    unsigned char ch = (unsigned char)text[pos];
    if (space(ch) || !ch || (pos && word_byte((unsigned char)text[pos - 1]))) continue;
    /* the first three bytes as a discard writes them: every discard that
     * matches here is an exact one- or two-byte key, or has this prefix */
    char key[3];
    size_t k = 0;
    for (size_t q = pos; k < 3 && q < len && text[q];) {
      if (space((unsigned char)text[q])) {
        key[k++] = ' ';
        while (q < len && space((unsigned char)text[q]))
          q++;
      } else {
        key[k++] = (char)up((unsigned char)text[q++]);
      }
    }
    for (size_t l = 1; l <= k && !whole; l++) {
      if (l < 3 && !(c->short_discards & 1u << l)) continue;
      size_t lo, hi;
      key_range(c, key, l, l < 3, &lo, &hi);
      for (size_t d = lo; d < hi && !whole; d++) {
        size_t end = pos;
        if (!discard_at(c, d, text, len, pos, &end)) continue;
        bool st = (at32(c->dscd, NM_CR_DISCARD, d, 1) & NM_CDS_STORY) != 0;
        if (!st && heed && !heed(ctx, str(c, at32(c->dscd, NM_CR_DISCARD, d, 0)), pos, end))
          continue;
        found = true;
        whole = st;
      }
    }
  }
  if (story) *story = whole;
  return found;
}

/* --- verbs and patterns ---------------------------------------------------- */

size_t nm_cameo_verbs(const nm_cameo *c, uint32_t word, nm_cameo_verb *out, size_t max) {
  if (!c || word >= c->n[NM_CI_WORDS]) return 0;
  size_t lo = at32(c->vidx, 4, word, 0), hi = at32(c->vidx, 4, word + 1, 0), k = 0;
  for (size_t i = lo; i < hi && k < max; i++, k++) {
    uint32_t v = at32(c->vkey, 4, i, 0), f[8];
    for (int j = 0; j < 8; j++)
      f[j] = at32(c->verb, NM_CR_VERB, v, (size_t)j);
    nm_cameo_verb *o = &out[k];
    o->word = f[0];
    o->base = f[1];
    o->block = f[2];
    o->code = str(c, f[3]);
    o->code2 = f[4] == NONE ? NULL : str(c, f[4]);
    o->pre = c->vwords + f[5];
    o->post = c->vwords + f[5] + f[6];
    o->n_pre = (uint8_t)f[6];
    o->n_post = (uint8_t)f[7];
  }
  return k;
}

size_t nm_cameo_block_patterns(const nm_cameo *c, uint32_t block) {
  if (!c || block >= c->n[NM_CI_BLOCKS]) return 0;
  return at32(c->vblk, NM_CR_BLOCK, block, 4);
}

bool nm_cameo_block_pattern(const nm_cameo *c, uint32_t block, size_t i, nm_cameo_pattern *p) {
  if (i >= nm_cameo_block_patterns(c, block)) return false;
  size_t k = at32(c->vblk, NM_CR_BLOCK, block, 3) + i;
  uint32_t f[7];
  for (int j = 0; j < 7; j++)
    f[j] = at32(c->patn, NM_CR_PATTERN, k, (size_t)j);
  p->elems = c->elems + f[1];
  p->n_elems = f[2];
  p->code = str(c, f[3]);
  p->code2 = f[4] == NONE ? NULL : str(c, f[4]);
  p->text = str(c, f[5]);
  p->line = f[6];
  return true;
}

static const char *block_str(const nm_cameo *c, uint32_t block, size_t field) {
  if (!c || block >= c->n[NM_CI_BLOCKS]) return NULL;
  uint32_t off = at32(c->vblk, NM_CR_BLOCK, block, field);
  return off == NONE ? NULL : str(c, off);
}

const char *nm_cameo_block_name(const nm_cameo *c, uint32_t block) {
  return block_str(c, block, 0);
}
const char *nm_cameo_block_code(const nm_cameo *c, uint32_t block) {
  return block_str(c, block, 1);
}
const char *nm_cameo_block_code2(const nm_cameo *c, uint32_t block) {
  return block_str(c, block, 2);
}

size_t nm_cameo_transforms(const nm_cameo *c) { return c ? c->n[NM_CI_TRANSFORMS] : 0; }

bool nm_cameo_transform_get(const nm_cameo *c, size_t i, nm_cameo_transform *t) {
  if (!c || i >= c->n[NM_CI_TRANSFORMS]) return false;
  const unsigned char *r = c->trns + (size_t)NM_CR_TRANSFORM * i;
  t->src = (char)r[0];
  t->in_src = (char)r[1];
  t->in_tgt = (char)r[2];
  t->out_src = (char)r[3];
  t->out_tgt = (char)r[4];
  t->in_verb = nm_rd32(r + 8);
  t->in_verb2 = nm_rd32(r + 12);
  t->verb = nm_rd32(r + 16);
  t->verb2 = nm_rd32(r + 20);
  t->code = str(c, nm_rd32(r + 24));
  t->line = nm_rd32(r + 28);
  return true;
}

/* --- the CAMEO code table (cameo_codes.c) ------------------------------------ */

const nm_cameo_code_info *nm_cameo_code_lookup(const char *code) {
  if (!code) return NULL;
  size_t lo = 0, hi = nm_cameo_code_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int d = strcmp(nm_cameo_codes[mid].code, code);
    if (d == 0) return &nm_cameo_codes[mid];
    if (d < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* --- PICO ------------------------------------------------------------------ */

static bool code_below(const probe *p, size_t i) {
  return strcmp(str(p->c, at32(p->c->pico, NM_CR_PICO, i, 0)), p->key) < 0;
}
static bool value_below(const probe *p, size_t i) {
  return (int32_t)at32(p->c->pico, NM_CR_PICO, at32(p->c->prev, 4, i, 0), 1) < (int32_t)p->w;
}

bool nm_cameo_pico_signed(const nm_cameo *c, const char *code, int32_t *value) {
  if (!c || !code) return false;
  probe p = {c, NULL, 0, 0, code, false, false};
  size_t a = partition(0, c->n[NM_CI_PICO], code_below, &p);
  if (a == c->n[NM_CI_PICO] || strcmp(str(c, at32(c->pico, NM_CR_PICO, a, 0)), code) != 0)
    return false;
  if (value) *value = (int32_t)at32(c->pico, NM_CR_PICO, a, 1);
  return true;
}

bool nm_cameo_pico(const nm_cameo *c, const char *code, uint32_t *value) {
  int32_t v;
  if (!nm_cameo_pico_signed(c, code, &v)) return false;
  if (value) *value = (uint32_t)v;
  return true;
}

const char *nm_cameo_pico_code(const nm_cameo *c, uint32_t value) {
  if (!c) return NULL;
  probe p = {c, NULL, 0, value, NULL, false, false};
  size_t a = partition(0, c->n[NM_CI_PICO], value_below, &p);
  if (a == c->n[NM_CI_PICO]) return NULL;
  uint32_t i = at32(c->prev, 4, a, 0);
  if (at32(c->pico, NM_CR_PICO, i, 1) != value) return NULL;
  return str(c, at32(c->pico, NM_CR_PICO, i, 0));
}
