/* parser_feat.h - the parser's transition system and features, shared by
 * training and parsing. Internal. Changing the features changes the model
 * format: bump NM_PARSER_FEATURES and retrain (make models).
 *
 * Arc-hybrid with the root at the end of the buffer (Ballesteros and Nivre
 * 2013). Words are 1..n; n+1 is the root; 0 means "no word" in features.
 *   SHIFT      moves the buffer front b0 onto the stack;
 *   LEFT(l)    makes b0 the head of the stack top s0 and pops it;
 *   RIGHT(l)   makes s1 the head of s0 and pops it.
 * LEFT onto the root is only allowed with one word on the stack and only
 * with the label "root", so every parse is a tree with one root word.
 *
 * Two classifiers share the state. The transition model picks SHIFT, or
 * LEFT or RIGHT together with a group of relations (subjects, complements,
 * modifiers of verbs or nouns, function words, ...: 1 + 2G classes,
 * NM_PARSER_NFEAT features). When an arc is made, the label model picks
 * the relation within that group (NM_PARSER_NLFEAT features of the head,
 * the dependent and their surroundings, one class per label). Choosing the
 * group with the transition is most of what a fully labelled transition
 * model gains, at a fraction of its cost. */
#ifndef NM_PARSER_FEAT_H
#define NM_PARSER_FEAT_H

#include "tagger_feat.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NM_PARSER_FEATURES   1u
#define NM_PARSER_MAX_LABELS 1000u
#define NM_PARSER_MAX_GROUPS 15u
#define NM_PARSER_NFEAT      102
#define NM_PARSER_NLFEAT     32
enum { NM_P_SHIFT, NM_P_LEFT, NM_P_RIGHT };

/* Per-word values the features read; index 0 is "none", n+1 the root. */
typedef struct nm_pval {
  uint64_t w, p, u; /* hashes of the lower-cased form, XPOS and UPOS */
  uint64_t x;       /* hash of the last three letters, lower-cased */
} nm_pval;

typedef struct nm_pstate {
  uint32_t n;
  uint32_t *stack, sp; /* stack[0..sp) */
  uint32_t b;          /* buffer front, 1..n+1 */
  uint32_t *head;      /* 0 = not yet attached */
  uint16_t *label;     /* label + 1 of the arc to the head; 0 = none */
  uint32_t *lc1, *lc2, *rc1, *rc2;
  uint8_t *nl, *nr;
  uint64_t *lset, *rset; /* labels of left and right children, one bit each */
  void *mem;
} nm_pstate;

/* Allocates a state for n words (all arrays n + 2 long). */
static inline bool nm_pstate_alloc(nm_pstate *s, uint32_t n) {
  size_t m = (size_t)n + 2;
  size_t bytes = m * (6 * sizeof(uint32_t) + sizeof(uint16_t) + 2 + 2 * sizeof(uint64_t));
  unsigned char *p = malloc(bytes);
  if (!p) return false;
  s->mem = p;
  s->lset = (uint64_t *)(void *)p;
  s->rset = s->lset + m;
  s->stack = (uint32_t *)(void *)(s->rset + m);
  s->head = s->stack + m;
  s->lc1 = s->head + m;
  s->lc2 = s->lc1 + m;
  s->rc1 = s->lc2 + m;
  s->rc2 = s->rc1 + m;
  s->label = (uint16_t *)(void *)(s->rc2 + m);
  s->nl = (uint8_t *)(s->label + m);
  s->nr = s->nl + m;
  s->n = n;
  return true;
}

static inline void nm_pstate_reset(nm_pstate *s) {
  size_t m = (size_t)s->n + 2;
  memset(s->lset, 0, m * sizeof *s->lset);
  memset(s->rset, 0, m * sizeof *s->rset);
  memset(s->head, 0, m * sizeof *s->head);
  memset(s->lc1, 0, m * sizeof *s->lc1);
  memset(s->lc2, 0, m * sizeof *s->lc2);
  memset(s->rc1, 0, m * sizeof *s->rc1);
  memset(s->rc2, 0, m * sizeof *s->rc2);
  memset(s->label, 0, m * sizeof *s->label);
  memset(s->nl, 0, m);
  memset(s->nr, 0, m);
  s->sp = 0;
  s->b = 1;
}

static inline bool nm_pstate_done(const nm_pstate *s) { return s->b == s->n + 1 && s->sp == 0; }

static inline void nm_parc(nm_pstate *s, uint32_t h, uint32_t d, unsigned l) {
  s->head[d] = h;
  s->label[d] = (uint16_t)(l + 1);
  if (d < h) {
    if (!s->lc1[h] || d < s->lc1[h]) {
      s->lc2[h] = s->lc1[h];
      s->lc1[h] = d;
    } else if (!s->lc2[h] || d < s->lc2[h]) {
      s->lc2[h] = d;
    }
    if (s->nl[h] < 255) s->nl[h]++;
    s->lset[h] |= 1ULL << (l & 63);
  } else {
    if (d > s->rc1[h]) {
      s->rc2[h] = s->rc1[h];
      s->rc1[h] = d;
    } else if (d > s->rc2[h]) {
      s->rc2[h] = d;
    }
    if (s->nr[h] < 255) s->nr[h]++;
    s->rset[h] |= 1ULL << (l & 63);
  }
}

/* The head and dependent of an arc of this kind (LEFT or RIGHT). */
static inline void nm_parc_ends(const nm_pstate *s, unsigned kind, uint32_t *h, uint32_t *d) {
  *d = s->stack[s->sp - 1];
  *h = kind == NM_P_LEFT ? s->b : s->stack[s->sp - 2];
}

/* Applies a legal transition; l is the label of an arc. */
static inline void nm_papply(nm_pstate *s, unsigned kind, unsigned l) {
  if (kind == NM_P_SHIFT) {
    s->stack[s->sp++] = s->b++;
  } else {
    uint32_t h, d;
    nm_parc_ends(s, kind, &h, &d);
    s->sp--;
    nm_parc(s, h, d, l);
  }
}

/* Which transitions are legal: bit k for kind k. */
static inline unsigned nm_plegal(const nm_pstate *s) {
  unsigned m = 0;
  if (s->b <= s->n) m |= 1u << NM_P_SHIFT;
  if (s->sp >= 1 && (s->b <= s->n || s->sp == 1)) m |= 1u << NM_P_LEFT;
  if (s->sp >= 2) m |= 1u << NM_P_RIGHT;
  return m;
}

/* True when the next arc attaches the last word to the root (its label is
 * then "root", and no other arc may take that label). */
static inline bool nm_proot_arc(const nm_pstate *s) { return s->b == s->n + 1 && s->sp == 1; }

/* --- features */

#define NM_PK1 0x9E3779B97F4A7C15ULL
#define NM_PK2 0xC2B2AE3D27D4EB4FULL
#define NM_PK3 0x165667B19E3779F9ULL

/* Feature hashes: a template number t and up to three values, which are
 * hashes already, so one multiply per value mixes enough; the last shift
 * brings the well-mixed high bits down to the table index. */
static inline uint64_t nm_pfin(uint64_t x) { return x ^ (x >> 31); }
static inline uint64_t nm_pf1(uint64_t t, uint64_t a) { return nm_pfin((a ^ t * NM_PK1) * NM_PK2); }
static inline uint64_t nm_pf2(uint64_t t, uint64_t a, uint64_t b) {
  return nm_pfin(((a ^ t * NM_PK1) * NM_PK2 ^ b) * NM_PK3);
}
static inline uint64_t nm_pf3(uint64_t t, uint64_t a, uint64_t b, uint64_t c) {
  return nm_pfin((((a ^ t * NM_PK1) * NM_PK2 ^ b) * NM_PK3 ^ c) * NM_PK2);
}

/* Fills f[0..NM_PARSER_NFEAT). v has n + 2 entries (0 = none, n+1 = root). */
static inline int nm_parser_features(const nm_pstate *s, const nm_pval *v, uint64_t *f) {
  uint32_t n = s->n, sp = s->sp;
  uint32_t S0 = sp > 0 ? s->stack[sp - 1] : 0, S1 = sp > 1 ? s->stack[sp - 2] : 0,
           S2 = sp > 2 ? s->stack[sp - 3] : 0;
  uint32_t B0 = s->b, B1 = s->b + 1 <= n + 1 ? s->b + 1 : 0, B2 = s->b + 2 <= n + 1 ? s->b + 2 : 0;
  uint32_t S0L = s->lc1[S0], S0L2 = s->lc2[S0], S0R = s->rc1[S0], S0R2 = s->rc2[S0];
  uint32_t S1L = s->lc1[S1], S1R = s->rc1[S1], S1R2 = s->rc2[S1];
  uint32_t B0L = s->lc1[B0], B0L2 = s->lc2[B0];
  /* index 0 never receives children, so its entries stay 0 */
  uint64_t s0w = v[S0].w, s0p = v[S0].p, b0w = v[B0].w, b0p = v[B0].p;
  uint64_t b1w = v[B1].w, b1p = v[B1].p, b2w = v[B2].w, b2p = v[B2].p;
  uint64_t s1w = v[S1].w, s1p = v[S1].p, s2w = v[S2].w, s2p = v[S2].p;
  uint64_t s0wp = nm_pf1(s0w, s0p), b0wp = nm_pf1(b0w, b0p), b1wp = nm_pf1(b1w, b1p),
           b2wp = nm_pf1(b2w, b2p), s1wp = nm_pf1(s1w, s1p);
  uint64_t s0lp = v[S0L].p, s0rp = v[S0R].p, s0l2p = v[S0L2].p, s0r2p = v[S0R2].p;
  uint64_t b0lp = v[B0L].p, b0l2p = v[B0L2].p, s1lp = v[S1L].p, s1rp = v[S1R].p,
           s1r2p = v[S1R2].p;
  uint64_t s0ll = s->label[S0L], s0rl = s->label[S0R], s0l2l = s->label[S0L2],
           s0r2l = s->label[S0R2], b0ll = s->label[B0L], b0l2l = s->label[B0L2],
           s1rl = s->label[S1R], s1ll = s->label[S1L], s1r2l = s->label[S1R2];
  uint64_t d = S0 ? (B0 - S0 > 5 ? 5 : B0 - S0) : 7;
  uint64_t d1 = S1 ? (S0 - S1 > 5 ? 5 : S0 - S1) : 7;
  uint64_t s0vl = s->nl[S0], s0vr = s->nr[S0], b0vl = s->nl[B0], s1vr = s->nr[S1];
  int k = 0;
  f[k++] = nm_pf1(1, 0); /* bias */
  /* single words */
  f[k++] = nm_pf1(2, s0wp);
  f[k++] = nm_pf1(3, s0w);
  f[k++] = nm_pf1(4, s0p);
  f[k++] = nm_pf1(5, b0wp);
  f[k++] = nm_pf1(6, b0w);
  f[k++] = nm_pf1(7, b0p);
  f[k++] = nm_pf1(8, b1wp);
  f[k++] = nm_pf1(9, b1w);
  f[k++] = nm_pf1(10, b1p);
  f[k++] = nm_pf1(11, b2wp);
  f[k++] = nm_pf1(12, b2w);
  f[k++] = nm_pf1(13, b2p);
  f[k++] = nm_pf1(14, s1wp);
  f[k++] = nm_pf1(15, s1w);
  f[k++] = nm_pf1(16, s1p);
  f[k++] = nm_pf1(17, s2p);
  f[k++] = nm_pf1(18, s2w);
  f[k++] = nm_pf1(19, v[S0].u);
  f[k++] = nm_pf1(20, v[B0].u);
  f[k++] = nm_pf2(21, v[S1].u, v[S0].u);
  f[k++] = nm_pf2(22, v[S0].u, v[B0].u);
  /* pairs */
  f[k++] = nm_pf2(23, s0wp, b0wp);
  f[k++] = nm_pf2(24, s0wp, b0w);
  f[k++] = nm_pf2(25, s0w, b0wp);
  f[k++] = nm_pf2(26, s0wp, b0p);
  f[k++] = nm_pf2(27, s0p, b0wp);
  f[k++] = nm_pf2(28, s0w, b0w);
  f[k++] = nm_pf2(29, s0p, b0p);
  f[k++] = nm_pf2(30, b0p, b1p);
  f[k++] = nm_pf2(31, s1p, s0p);
  f[k++] = nm_pf2(32, s1w, s0w);
  f[k++] = nm_pf2(33, s1w, s0p);
  f[k++] = nm_pf2(34, s1p, s0w);
  f[k++] = nm_pf2(35, s1p, b0p);
  f[k++] = nm_pf2(36, s1w, b0w);
  f[k++] = nm_pf2(37, s1wp, s0wp);
  f[k++] = nm_pf2(38, b0w, b1w);
  f[k++] = nm_pf2(39, b0wp, b1p);
  /* triples */
  f[k++] = nm_pf3(40, b0p, b1p, b2p);
  f[k++] = nm_pf3(41, s0p, b0p, b1p);
  f[k++] = nm_pf3(42, s1p, s0p, b0p);
  f[k++] = nm_pf3(43, s0p, s0lp, b0p);
  f[k++] = nm_pf3(44, s0p, s0rp, b0p);
  f[k++] = nm_pf3(45, s0p, b0p, b0lp);
  f[k++] = nm_pf3(46, s1p, s1rp, s0p);
  f[k++] = nm_pf3(47, s1p, s1lp, s0p);
  f[k++] = nm_pf3(48, s2p, s1p, s0p);
  f[k++] = nm_pf3(49, s0w, b0p, b1p);
  f[k++] = nm_pf3(50, s0p, b0w, b1p);
  f[k++] = nm_pf3(51, s1p, s0p, s0rp);
  f[k++] = nm_pf3(52, s1p, s0p, s0lp);
  /* distance */
  f[k++] = nm_pf2(53, s0w, d);
  f[k++] = nm_pf2(54, s0p, d);
  f[k++] = nm_pf2(55, b0w, d);
  f[k++] = nm_pf2(56, b0p, d);
  f[k++] = nm_pf3(57, s0w, b0w, d);
  f[k++] = nm_pf3(58, s0p, b0p, d);
  f[k++] = nm_pf3(59, s1p, s0p, d1);
  f[k++] = nm_pf3(60, s1w, s0w, d1);
  /* valency */
  f[k++] = nm_pf2(61, s0w, s0vr);
  f[k++] = nm_pf2(62, s0p, s0vr);
  f[k++] = nm_pf2(63, s0w, s0vl);
  f[k++] = nm_pf2(64, s0p, s0vl);
  f[k++] = nm_pf2(65, b0w, b0vl);
  f[k++] = nm_pf2(66, b0p, b0vl);
  f[k++] = nm_pf2(67, s1p, s1vr);
  /* children */
  f[k++] = nm_pf1(68, v[S0L].w);
  f[k++] = nm_pf1(69, s0lp);
  f[k++] = nm_pf1(70, s0ll);
  f[k++] = nm_pf1(71, v[S0R].w);
  f[k++] = nm_pf1(72, s0rp);
  f[k++] = nm_pf1(73, s0rl);
  f[k++] = nm_pf1(74, v[B0L].w);
  f[k++] = nm_pf1(75, b0lp);
  f[k++] = nm_pf1(76, b0ll);
  f[k++] = nm_pf2(77, s1rp, s1rl);
  f[k++] = nm_pf2(78, s1lp, s1ll);
  f[k++] = nm_pf1(79, v[S1R].w);
  /* second children */
  f[k++] = nm_pf2(80, v[S0L2].w, s0l2p);
  f[k++] = nm_pf1(81, s0l2l);
  f[k++] = nm_pf2(82, v[S0R2].w, s0r2p);
  f[k++] = nm_pf1(83, s0r2l);
  f[k++] = nm_pf2(84, v[B0L2].w, b0l2p);
  f[k++] = nm_pf1(85, b0l2l);
  f[k++] = nm_pf3(86, s0p, s0lp, s0l2p);
  f[k++] = nm_pf3(87, s0p, s0rp, s0r2p);
  f[k++] = nm_pf3(88, b0p, b0lp, b0l2p);
  f[k++] = nm_pf3(89, s1p, s1rp, s1r2p);
  f[k++] = nm_pf2(90, s1r2l, s1rl);
  /* label sets */
  f[k++] = nm_pf2(91, s0w, s->rset[S0]);
  f[k++] = nm_pf2(92, s0p, s->rset[S0]);
  f[k++] = nm_pf2(93, s0w, s->lset[S0]);
  f[k++] = nm_pf2(94, s0p, s->lset[S0]);
  f[k++] = nm_pf2(95, b0w, s->lset[B0]);
  f[k++] = nm_pf2(96, b0p, s->lset[B0]);
  /* suffixes: some evidence that does not go through the tagger */
  f[k++] = nm_pf1(97, v[S0].x);
  f[k++] = nm_pf1(98, v[B0].x);
  f[k++] = nm_pf1(99, v[B1].x);
  f[k++] = nm_pf2(100, v[S0].x, v[B0].x);
  f[k++] = nm_pf2(101, v[S0].x, b0p);
  f[k++] = nm_pf2(102, s0p, v[B0].x);
  return k; /* == NM_PARSER_NFEAT: checked when training starts */
}

/* Features for labelling the arc h -> d of this kind; every template is
 * specific to the direction. */
static inline int nm_parser_label_features(const nm_pstate *s, const nm_pval *v, unsigned kind,
                                            uint32_t h, uint32_t d, uint64_t *f) {
  uint32_t n = s->n;
  uint64_t dir = kind == NM_P_LEFT ? 0 : 1000;
  uint32_t dl = s->lc1[d], dr = s->rc1[d], hl = s->lc1[h], hr = s->rc1[h];
  uint32_t dn = d + 1 <= n ? d + 1 : 0, dpv = d > 1 ? d - 1 : 0;
  uint32_t hn = h + 1 <= n ? h + 1 : 0, hpv = h > 1 && h <= n + 1 ? h - 1 : 0;
  uint64_t dw = v[d].w, dp = v[d].p, du = v[d].u, hw = v[h].w, hp = v[h].p, hu = v[h].u;
  uint64_t dist = h > d ? h - d : d - h;
  if (dist > 6) dist = dist > 10 ? 8 : 7;
  int k = 0;
  f[k++] = nm_pf1(dir + 1, 0);
  f[k++] = nm_pf1(dir + 2, dw);
  f[k++] = nm_pf1(dir + 3, dp);
  f[k++] = nm_pf1(dir + 4, hw);
  f[k++] = nm_pf1(dir + 5, hp);
  f[k++] = nm_pf2(dir + 6, dw, dp);
  f[k++] = nm_pf2(dir + 7, hw, hp);
  f[k++] = nm_pf2(dir + 8, dp, hp);
  f[k++] = nm_pf2(dir + 9, dw, hp);
  f[k++] = nm_pf2(dir + 10, dp, hw);
  f[k++] = nm_pf2(dir + 11, dw, hw);
  f[k++] = nm_pf2(dir + 12, du, hu);
  f[k++] = nm_pf3(dir + 13, dp, hp, dist);
  f[k++] = nm_pf3(dir + 14, dw, hp, dist);
  f[k++] = nm_pf2(dir + 15, dp, s->label[dl]);
  f[k++] = nm_pf2(dir + 16, dp, s->label[dr]);
  f[k++] = nm_pf2(dir + 17, dp, s->lset[d] | s->rset[d] << 1);
  f[k++] = nm_pf3(dir + 18, dp, v[dl].p, v[dr].p);
  f[k++] = nm_pf2(dir + 19, dw, v[dl].w);
  f[k++] = nm_pf3(dir + 20, hp, dp, s->label[hl]);
  f[k++] = nm_pf3(dir + 21, hp, dp, s->label[hr]);
  f[k++] = nm_pf2(dir + 22, hp, s->lset[h] | s->rset[h] << 1);
  f[k++] = nm_pf3(dir + 23, dp, v[dn].p, hp);
  f[k++] = nm_pf3(dir + 24, dp, v[dpv].p, hp);
  f[k++] = nm_pf3(dir + 25, hp, v[hn].p, dp);
  f[k++] = nm_pf3(dir + 26, hp, v[hpv].p, dp);
  f[k++] = nm_pf2(dir + 27, dw, v[dn].w);
  f[k++] = nm_pf2(dir + 28, dp, v[dl].w);
  f[k++] = nm_pf3(dir + 29, du, hu, dist);
  f[k++] = nm_pf3(dir + 30, dp, hp, v[s->b <= n ? s->b : 0].p);
  f[k++] = nm_pf2(dir + 31, dw, v[dpv].w);
  f[k++] = nm_pf2(dir + 32, hw, v[dl].p);
  return k; /* == NM_PARSER_NLFEAT: checked when training starts */
}

#endif
