/* ner_feat.h - the NER model's features, shared by training and tagging.
 * Internal. Changing anything here changes the model format: bump
 * NM_NER_FEATURES and retrain (make models). */
#ifndef NM_NER_FEAT_H
#define NM_NER_FEAT_H

#include "ner.h"
#include "tagger_feat.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Version of the feature set, stored in the model and checked on load. */
#define NM_NER_FEATURES 2u
#define NM_NER_NFEAT    37

/* Per-word hashes, computed once per sentence; two padding entries on each
 * side. */
typedef struct nm_nfeat {
  uint64_t lower, exact, suf3, suf4, pre3, shape, upos, xpos;
  uint32_t gz, ctx;
} nm_nfeat;

static inline uint64_t nm_ner_str_hash(const char *s, uint64_t seed) {
  return s ? nm_hash_bytes((const unsigned char *)s, strlen(s), seed) : seed * 0x9e3779b97f4a7c15ULL;
}

/* wf has n + 4 entries; word i is wf[i + 2]. */
static inline void nm_ner_values(const nm_nword *w, size_t n, nm_nfeat *wf) {
  for (int k = 0; k < 2; k++) {
    nm_nfeat *a = &wf[k], *b = &wf[n + 2 + k];
    memset(a, 0, sizeof *a);
    memset(b, 0, sizeof *b);
    a->lower = a->exact = a->shape = a->upos = a->xpos = 0x51a27ULL + (uint64_t)k;
    b->lower = b->exact = b->shape = b->upos = b->xpos = 0xe4dULL + (uint64_t)k;
  }
  for (size_t i = 0; i < n; i++) {
    nm_wfeat f;
    nm_word_features(w[i].form, w[i].len, &f);
    nm_nfeat *o = &wf[i + 2];
    o->lower = f.lower;
    o->exact = f.exact;
    o->suf3 = f.suf[2];
    o->suf4 = f.suf[3];
    o->pre3 = f.pre3;
    o->shape = f.shape;
    o->upos = nm_ner_str_hash(w[i].upos, 41);
    o->xpos = nm_ner_str_hash(w[i].xpos, 43);
    o->gz = w[i].gz;
    o->ctx = w[i].ctx;
  }
}

/* The features of word i (wf as from nm_ner_values) given the two previous
 * labels. */
static inline void nm_ner_features(const nm_nfeat *wf, size_t i, unsigned p1, unsigned p2,
                                   uint64_t *out) {
  const nm_nfeat *w = &wf[i + 2], *l1 = w - 1, *l2 = w - 2, *r1 = w + 1, *r2 = w + 2;
  unsigned k = 0;
#define F(tmpl, v) out[k++] = nm_fmix64(((uint64_t)(tmpl) << 56) ^ (v)) | 1u
#define H(a, b)    ((a) ^ nm_fmix64((uint64_t)(b) + 0x632be59bd9b4e019ULL))
  F(0, 0);
  F(1, w->lower);
  F(2, w->exact);
  F(3, w->shape);
  F(4, w->suf3);
  F(5, w->suf4);
  F(6, w->pre3);
  F(7, l1->lower);
  F(8, r1->lower);
  F(9, l2->lower);
  F(10, r2->lower);
  F(11, l1->shape);
  F(12, r1->shape);
  F(13, w->upos);
  F(14, H(l1->xpos, w->xpos));
  F(15, H(w->xpos, r1->xpos));
  F(16, r1->xpos);
  F(17, l1->xpos);
  F(18, p1);
  F(19, (uint64_t)p1 << 8 | p2);
  F(20, H(w->lower, p1));
  F(21, H(w->shape, p1));
  F(22, w->gz);
  F(23, l1->gz);
  F(24, r1->gz);
  F(25, H(w->shape, w->gz));
  F(26, H(l1->exact, w->exact));
  F(27, H(w->exact, r1->exact));
  F(28, H(w->shape, w->ctx));
  F(29, H(H(l1->upos, w->upos), r1->upos));
  F(30, H(l1->lower, p1));
  F(31, H(w->ctx, w->upos));
  F(32, H(r1->lower, w->shape));
  F(33, H(l1->lower, w->shape));
  /* coarse gazetteer evidence: place, person, organisation, each with the
   * word's position in the match (flag values: gazetteer.h) */
  F(34, (w->gz & 0x0Fu ? 1u : 0u) | (w->gz >> 16) << 4);
  F(35, (w->gz & 0x20u ? 1u : 0u) | (w->gz >> 16) << 4);
  F(36, (w->gz & 0x40u ? 1u : 0u) | (w->gz >> 16) << 4);
#undef F
#undef H
}

#endif
