/* tagger_feat.h - the tagger's features, shared by training and tagging.
 * Internal. Changing anything here changes the model format: bump
 * NM_TAGGER_FEATURES and retrain (make models). */
#ifndef NM_TAGGER_FEAT_H
#define NM_TAGGER_FEAT_H

#include "tagger.h"

#include <stdint.h>
#include <string.h>

/* Version of the feature set, stored in the model and checked on load. */
#define NM_TAGGER_FEATURES 3u
/* Number of features per word. */
#define NM_TAGGER_NFEAT 36
/* Ambiguity class of a word not in the lexicon, and of padding. */
#define NM_AMB_UNKNOWN 0x7a3bULL
#define NM_AMB_PAD     0x9d1ULL
/* Tag history value before the first word. */
#define NM_TAG_START 255u

static inline uint64_t nm_fmix64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

static inline uint64_t nm_hash_bytes(const unsigned char *s, size_t n, uint64_t seed) {
  uint64_t h = 1469598103934665603ULL ^ seed;
  for (size_t i = 0; i < n; i++)
    h = (h ^ s[i]) * 1099511628211ULL;
  return h;
}

/* Per-word hashes computed once per sentence. */
typedef struct nm_wfeat {
  uint64_t lower, exact, suf[4], pre1, pre2, pre3, shape;
  uint64_t amb; /* the set of classes the word had in training (hashed) */
} nm_wfeat;

/* Lower-cases ASCII into buf (cap 64; longer words are cut, which only
 * affects the hash) and returns the length used. */
static inline size_t nm_lower64(const char *s, size_t n, unsigned char *buf) {
  if (n > 64) n = 64;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
  }
  return n;
}

static inline void nm_word_features(const char *s, size_t n, nm_wfeat *f) {
  unsigned char low[64];
  size_t m = nm_lower64(s, n, low);
  f->lower = nm_hash_bytes(low, m, 1);
  f->exact = nm_hash_bytes((const unsigned char *)s, n, 2);
  for (size_t k = 0; k < 4; k++) {
    size_t l = k + 1 < m ? k + 1 : m;
    f->suf[k] = nm_hash_bytes(low + m - l, l, 3 + k);
  }
  f->pre1 = nm_hash_bytes(low, m ? 1 : 0, 7);
  f->pre2 = nm_hash_bytes(low, m < 2 ? m : 2, 9);
  f->pre3 = nm_hash_bytes(low, m < 3 ? m : 3, 10);
  /* shape: X x d or the character itself, runs cut at two */
  unsigned char sh[16];
  size_t sl = 0;
  unsigned char last = 0;
  int run = 0;
  for (size_t i = 0; i < n && sl < sizeof sh; i++) {
    unsigned char c = (unsigned char)s[i], k;
    if (c >= 'A' && c <= 'Z')
      k = 'X';
    else if (c >= 'a' && c <= 'z')
      k = 'x';
    else if (c >= '0' && c <= '9')
      k = 'd';
    else if (c >= 0xC3 && c <= 0xC5 && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      /* a Latin letter with a diacritic (U+00C0-U+017F: "Raúl", "Karataş")
       * has the shape of its case, as an ASCII letter does */
      unsigned cp = ((unsigned)(c & 0x1F) << 6) | ((unsigned char)s[++i] & 0x3F);
      bool upper = cp < 0x100 ? (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) : (cp & 1) == 0;
      if (cp == 0xD7 || cp == 0xF7) /* the multiplication and division signs */
        k = 'u';
      else
        k = upper ? 'X' : 'x';
    } else if (c >= 0x80)
      k = 'u';
    else
      k = c;
    if (k == last) {
      if (++run > 2) continue;
    } else {
      run = 1;
      last = k;
    }
    sh[sl++] = k;
  }
  f->shape = nm_hash_bytes(sh, sl, 8);
  f->amb = NM_AMB_UNKNOWN;
}

/* The 32-bit fingerprint stored for a 64-bit key (never 0: 0 marks an
 * empty slot). Slots are chosen by the key's low bits. */
static inline uint32_t nm_feat_fingerprint(uint64_t key) { return (uint32_t)(key >> 32) | 1u; }

/* Padding entries around a sentence: wf[0..1] and wf[n+2..n+3]. */
static inline void nm_pad_features(nm_wfeat *wf, size_t n) {
  for (int k = 0; k < 2; k++) {
    memset(&wf[k], 0, sizeof wf[k]);
    wf[k].lower = wf[k].exact = wf[k].shape = 0x51a27ULL + (uint64_t)k;
    wf[k].amb = NM_AMB_PAD;
    memset(&wf[n + 2 + k], 0, sizeof wf[0]);
    wf[n + 2 + k].lower = wf[n + 2 + k].exact = wf[n + 2 + k].shape = 0xe4dULL + (uint64_t)k;
    wf[n + 2 + k].amb = NM_AMB_PAD;
  }
}

/* The features of word i given the sentence's word hashes (with two
 * padding entries on each side: wf[-2..n+1]) and the two previous tags. */
static inline void nm_tagger_features(const nm_wfeat *wf, size_t i, size_t n, unsigned t1,
                                      unsigned t2, uint64_t *out) {
  const nm_wfeat *w = &wf[i];
  uint64_t k = 0;
#define F(tmpl, v) out[k++] = nm_fmix64(((uint64_t)(tmpl) << 56) ^ (v)) | 1u
  F(0, 0);
  F(1, w->lower);
  F(2, w->suf[0]);
  F(3, w->suf[1]);
  F(4, w->suf[2]);
  F(5, w->suf[3]);
  F(6, w->pre1);
  F(7, w->shape);
  F(8, wf[(ptrdiff_t)i - 1].lower);
  F(9, wf[i + 1].lower);
  F(10, wf[(ptrdiff_t)i - 2].lower);
  F(11, wf[i + 2].lower);
  F(12, wf[(ptrdiff_t)i - 1].suf[2]);
  F(13, wf[i + 1].suf[2]);
  F(14, t1);
  F(15, t2);
  F(16, (uint64_t)t1 << 8 | t2);
  F(17, w->lower ^ nm_fmix64(t1 + 1));
  F(18, w->lower ^ nm_fmix64(wf[(ptrdiff_t)i - 1].lower));
  F(19, w->exact);
  F(20, w->shape ^ (i == 0 ? 0x9e3779b97f4a7c15ULL : 0));
  F(21, wf[i + 1].lower ^ nm_fmix64(w->lower + 3));
  F(22, wf[i + 1].shape ^ nm_fmix64(t1 + 7));
  F(23, w->suf[2] ^ nm_fmix64(t1 + 11));
  F(24, w->pre2);
  F(25, w->pre3);
  F(26, wf[i + 1].lower ^ nm_fmix64(wf[i + 2].lower + 13));
  F(27, w->shape ^ nm_fmix64(t1 + 17));
  F(28, w->lower ^ nm_fmix64(t2 + 19));
  F(29, wf[(ptrdiff_t)i - 1].lower ^ nm_fmix64(t1 + 23));
  F(30, wf[i + 1].suf[1]);
  F(31, w->amb);
  F(32, wf[i + 1].amb);
  F(33, wf[(ptrdiff_t)i - 1].amb);
  F(34, w->amb ^ nm_fmix64(wf[i + 1].amb + 29));
  F(35, w->amb ^ nm_fmix64(t1 + 31));
#undef F
  (void)n;
}

#endif
