/* avgperc.h - a sparse averaged perceptron: the trainer, and the compact
 * read-only weight table that models ship. Internal.
 *
 * Features are 64-bit hashes. The trainer keeps one row per feature that
 * was ever updated, with an entry per class it was updated for; averaging
 * is lazy (each entry remembers when it last changed). Classes are up to
 * 16 bits.
 *
 * The shipped table is two model sections:
 *   slots   S slots of 8 bytes (S a power of two): u32 fingerprint of the
 *           feature (its high 32 bits | 1; 0 = empty), u32 offset of its row
 *           in the words; a feature's slot is found from its low bits by
 *           linear probing
 *   words   u32 words: each row is a count k, then k entries of
 *           (class | int16 weight << 16)
 * Scores are sums of the int16 weights; one scale (stored by the caller)
 * maps them back to the trained values and never changes which class
 * wins. nm_ap_table_load checks every row against the words and every class
 * against the number of classes, so scoring cannot read out of bounds. */
#ifndef NM_AVGPERC_H
#define NM_AVGPERC_H

#include "model.h"
#include "newsmill.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef struct nm_ap_entry {
  float w, avg, best;
  uint32_t ts;
  double total;
  uint16_t cls;
} nm_ap_entry;

typedef struct nm_ap_row {
  uint64_t key;
  nm_ap_entry *e;
  uint32_t n, cap;
} nm_ap_row;

typedef struct nm_ap {
  nm_ap_row *rows; /* open addressing, keyed by feature */
  size_t n_slots, n_rows;
  uint32_t step; /* instances seen */
  unsigned n_classes;
  bool oom;
} nm_ap;

enum { NM_AP_CURRENT, NM_AP_AVERAGE, NM_AP_BEST };

void nm_ap_init(nm_ap *t, unsigned n_classes);
void nm_ap_free(nm_ap *t);
/* scores[0..n_classes) = sum of the rows of feats, with weights `which`. */
void nm_ap_score(const nm_ap *t, const uint64_t *feats, size_t nf, float *scores, int which);
/* Adds delta to class cls of every feature (creating rows). */
void nm_ap_update(nm_ap *t, const uint64_t *feats, size_t nf, unsigned cls, float delta);
/* The row of a feature, or NULL. */
const nm_ap_row *nm_ap_find(const nm_ap *t, uint64_t key);
/* The trainers' random numbers (xorshift64; *state must not be 0). */
static inline uint64_t nm_ap_rand(uint64_t *state) {
  uint64_t x = *state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *state = x;
}

/* Shuffles order[0..n) in place (Fisher-Yates with nm_ap_rand): the
 * trainers' epoch order. */
static inline void nm_ap_shuffle(size_t *order, size_t n, uint64_t *rng) {
  for (size_t i = n; i > 1; i--) {
    size_t j = (size_t)(nm_ap_rand(rng) % i), t = order[i - 1];
    order[i - 1] = order[j];
    order[j] = t;
  }
}
/* Computes the averaged weights (NM_AP_AVERAGE) as of now. */
void nm_ap_average(nm_ap *t);
/* Copies the averages to NM_AP_BEST. */
void nm_ap_keep_best(nm_ap *t);
/* Adds every kept (NM_AP_BEST) weight of from, divided by divisor, to the current
 * weights of to, whose step must stay 0 so that its average is its weight:
 * the trainers average several runs this way. False when out of memory. */
bool nm_ap_add_best(nm_ap *to, const nm_ap *from, float divisor);
/* Zeroes the NM_AP_BEST weights with |w| < min_abs; returns the number of
 * features left with a weight. */
size_t nm_ap_prune(nm_ap *t, float min_abs);
/* Writes the NM_AP_BEST weights as the two sections; entries with
 * |weight| < min_abs are dropped, and rows left empty too. *scale is the
 * factor from stored int16 to trained weight. Deterministic. */
nm_status nm_ap_write(const nm_ap *t, float min_abs, nm_bytes *slots, nm_bytes *words,
                      float *scale, nm_error *err);

/* The shipped table, read in place. */
typedef struct nm_ap_table {
  const unsigned char *slots;
  uint64_t mask;
  const uint32_t *words;
  size_t n_words;
} nm_ap_table;

static inline uint32_t nm_ap_fingerprint(uint64_t key) { return (uint32_t)(key >> 32) | 1u; }

/* Validates the sections (which must be 4-byte aligned, as model sections
 * are) and fills tb. */
nm_status nm_ap_table_load(nm_ap_table *tb, const unsigned char *slots, size_t slots_len,
                           const unsigned char *words, size_t words_len, unsigned n_classes,
                           nm_error *err);

/* The row of feature f: *n entries at the returned pointer (NULL if absent). */
/* The row of feature f as a pointer to its count word (the entries follow),
 * or NULL; does not read the row, so that callers can prefetch it. */
static inline const uint32_t *nm_ap_table_find(const nm_ap_table *tb, uint64_t f) {
  uint64_t i = f & tb->mask;
  uint32_t fp = nm_ap_fingerprint(f);
  for (;;) {
    const unsigned char *slot = tb->slots + 8 * i;
    uint32_t key;
    memcpy(&key, slot, 4);
    if (key == fp) {
      uint32_t off;
      memcpy(&off, slot + 4, 4);
      return tb->words + off;
    }
    if (key == 0) return NULL;
    i = (i + 1) & tb->mask;
  }
}

/* A table for few classes (at most NM_AP_DENSE_MAX), one model section.
 * Most features carry a weight for one or two classes only: those weights
 * live in the feature's slot itself, so that a lookup costs one memory
 * access. Rows with more go to a list of entries (up to NM_AP_SMALL_MAX) or
 * to a dense row of int16 weights for all classes.
 *   u32 K (classes), u32 S (slots), u32 D (dense rows), u32 W (dense row
 *   width: K rounded up to a multiple of 8), u32 N (entry words), 3 u32 0
 *   S slots of three u32: a fingerprint (0 = empty), then either two
 *   entries (class | int16 weight << 16; 0 adds nothing), or NM_AP_REF and
 *   a reference: with the top bit set, a dense row index; else a count
 *   (bits 28..30) of entries starting at the word of the low 28 bits
 *   D dense rows of W int16 weights (|w| <= NM_AP_DENSE_QMAX, zero past K)
 *   N entry words: class | int16 weight << 16
 * A feature's first slot is ((f mod 2^32) * S) >> 32, probed linearly; at
 * most 60% of the slots are used. */
#define NM_AP_DENSE_MAX 32u
/* Largest stored weight magnitude in a dense row (see nm_ap_dense_sum). */
#define NM_AP_DENSE_QMAX 4095
/* Rows with at most this many weights are stored as entries. */
#define NM_AP_SMALL_MAX 4u
/* In a slot's first entry: the second is a reference (no class is 0xFFFF). */
#define NM_AP_REF 0xFFFFu

typedef struct nm_ap_dense {
  const uint32_t *slots; /* fingerprint, two entries or NM_AP_REF and a reference */
  const int16_t *rows;
  const uint32_t *words;
  uint64_t n_slots;
  unsigned k, width;
} nm_ap_dense;

nm_status nm_ap_write_dense(const nm_ap *t, nm_bytes *out, float *scale, nm_error *err);
nm_status nm_ap_dense_load(nm_ap_dense *tb, const unsigned char *sec, size_t len, unsigned k,
                           nm_error *err);

static inline uint64_t nm_ap_dense_home(const nm_ap_dense *tb, uint64_t f) {
  return ((f & 0xFFFFFFFFu) * tb->n_slots) >> 32;
}

/* A list of (class, weight) words found by nm_ap_dense_lookup and read
 * later by nm_ap_dense_add_lists, once every feature's miss is under way. */
typedef struct nm_ap_list {
  const uint32_t *e;
  uint32_t n;
} nm_ap_list;

/* Adds feature f's weights: a slot's own two entries go straight into sc;
 * a dense row is queued in rows[*nr] for nm_ap_dense_sum, and a longer
 * list of entries in lists[*nl] for nm_ap_dense_add_lists. Both are
 * prefetched here, so that the misses of all features overlap. */
static inline void nm_ap_dense_lookup(const nm_ap_dense *tb, uint64_t f, int32_t *sc,
                                      const int16_t **rows, int *nr, nm_ap_list *lists,
                                      int *nl) {
  uint64_t i = nm_ap_dense_home(tb, f);
  uint32_t fp = nm_ap_fingerprint(f);
  for (;;) {
    const uint32_t *sl = tb->slots + 3 * i;
    if (sl[0] == fp) {
      uint32_t a = sl[1], b = sl[2];
      if (a != NM_AP_REF) {
        sc[a & 0xFFFF] += (int16_t)(uint16_t)(a >> 16);
        sc[b & 0xFFFF] += (int16_t)(uint16_t)(b >> 16);
      } else if (b >> 31) {
        /* the row is read in nm_ap_dense_sum: ask for it now */
        const int16_t *r = tb->rows + (size_t)(b & 0x7FFFFFFFu) * tb->width;
        __builtin_prefetch(r);
        __builtin_prefetch((const char *)r + tb->width * sizeof *r - 1);
        rows[(*nr)++] = r;
      } else {
        const uint32_t *e = tb->words + (b & 0x0FFFFFFFu);
        __builtin_prefetch(e);
        lists[*nl].e = e;
        lists[(*nl)++].n = b >> 28;
      }
      return;
    }
    if (sl[0] == 0) return;
    if (++i == tb->n_slots) i = 0;
  }
}

/* Adds the lists queued by nm_ap_dense_lookup into sc. */
static inline void nm_ap_dense_add_lists(const nm_ap_list *lists, int nl, int32_t *sc) {
  for (int r = 0; r < nl; r++)
    for (uint32_t k = 0; k < lists[r].n; k++)
      sc[lists[r].e[k] & 0xFFFF] += (int16_t)(uint16_t)(lists[r].e[k] >> 16);
}

static inline void nm_ap_dense_prefetch(const nm_ap_dense *tb, uint64_t f) {
  __builtin_prefetch(tb->slots + 3 * nm_ap_dense_home(tb, f));
}

/* out[0..width) = the sum of rows[0..n), each width int16 long. The sums
 * stay in registers across the rows. */
static inline void nm_ap_dense_sum(const nm_ap_dense *tb, const int16_t *const *rows, int n,
                                   int32_t *out) {
#ifdef __SSE2__
  if (tb->width <= 32) {
    /* Weights are at most NM_AP_DENSE_QMAX in magnitude, so eight rows add
     * up in int16 lanes without overflow; every eight rows the lanes are
     * widened into int32 sums. */
    const __m128i z = _mm_setzero_si128();
    __m128i s[8] = {z, z, z, z, z, z, z, z};
    const unsigned w = tb->width;
#define NM_AP_WIDEN(v, lo, hi)                                                                     \
  do {                                                                                             \
    lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(v, v), 16));                          \
    hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(v, v), 16));                          \
  } while (0)
    for (int r = 0; r < n; r += 8) {
      __m128i a0 = z, a1 = z, a2 = z, a3 = z;
      int end = r + 8 < n ? r + 8 : n;
      for (int k = r; k < end; k++) {
        const __m128i *p = (const __m128i *)(const void *)rows[k];
        a0 = _mm_add_epi16(a0, _mm_loadu_si128(p));
        if (w > 8) a1 = _mm_add_epi16(a1, _mm_loadu_si128(p + 1));
        if (w > 16) a2 = _mm_add_epi16(a2, _mm_loadu_si128(p + 2));
        if (w > 24) a3 = _mm_add_epi16(a3, _mm_loadu_si128(p + 3));
      }
      NM_AP_WIDEN(a0, s[0], s[1]);
      NM_AP_WIDEN(a1, s[2], s[3]);
      NM_AP_WIDEN(a2, s[4], s[5]);
      NM_AP_WIDEN(a3, s[6], s[7]);
    }
#undef NM_AP_WIDEN
    for (unsigned c = 0; c < w / 4; c++)
      _mm_storeu_si128((__m128i *)(void *)(out + 4 * c), s[c]);
    return;
  }
#endif
  const unsigned w = tb->width < NM_AP_DENSE_MAX ? tb->width : NM_AP_DENSE_MAX;
  for (unsigned c = 0; c < w; c++)
    out[c] = 0;
  for (int r = 0; r < n; r++)
    for (unsigned c = 0; c < w; c++)
      out[c] += rows[r][c];
}


static inline void nm_ap_table_prefetch(const nm_ap_table *tb, uint64_t f) {
  __builtin_prefetch(tb->slots + 8 * (f & tb->mask));
}

#endif
