/* parser_train.c - training the parser: the transition model is taught by a
 * dynamic oracle with error exploration (Goldberg and Nivre 2013), the
 * label model by every correct arc; early stopping on a dev set, then
 * pruning of small weights. Deterministic for a given seed and input.
 *
 * Training trees are projectivised first: while a tree has a
 * non-projective arc, the shortest one is lifted to its head's head and
 * the word's label records the relation of the original head ("r|h").
 * Dev scores are computed after undoing this, against the original trees. */
#include "parser.h"

#include "avgperc.h"
#include "error.h"
#include "parser_feat.h"
#include "tagger.h"
#include "treebank.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct psent {
  uint32_t n;
  nm_pval *v;     /* n + 2 */
  uint32_t *gold; /* n + 2: projectivised gold head, n + 1 = root */
  uint16_t *glab; /* n + 2: projectivised gold label */
  uint32_t *ohead; /* n: original heads (0 = root), for scoring */
  const nm_tb_word *words;
} psent;

/* --- labels */

typedef struct labset {
  char (*name)[48];
  size_t *count;
  size_t n, cap;
} labset;

static int lab_find(const labset *ls, const char *s) {
  for (size_t i = 0; i < ls->n; i++)
    if (!strcmp(ls->name[i], s)) return (int)i;
  return -1;
}

static int lab_add(labset *ls, const char *s) {
  int i = lab_find(ls, s);
  if (i >= 0) {
    ls->count[i]++;
    return i;
  }
  if (strlen(s) >= 48) return -1;
  if (ls->n == ls->cap) {
    size_t cap = ls->cap ? ls->cap * 2 : 64;
    char(*nn)[48] = realloc(ls->name, cap * sizeof *nn);
    if (!nn) return -2;
    ls->name = nn;
    size_t *nc = realloc(ls->count, cap * sizeof *nc);
    if (!nc) return -2;
    ls->count = nc;
    ls->cap = cap;
  }
  strcpy(ls->name[ls->n], s);
  ls->count[ls->n] = 1;
  return (int)ls->n++;
}

/* --- trees */

/* True when heads (1-based, 0 = root) form a tree with exactly one root. */
static bool is_tree(const nm_tb_word *w, uint32_t n) {
  uint32_t roots = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (w[i].head > n || w[i].head == i + 1) return false;
    roots += w[i].head == 0;
  }
  if (roots != 1) return false;
  for (uint32_t i = 1; i <= n; i++) { /* every word reaches the root in n steps */
    uint32_t k = i, steps = 0;
    while (k && steps++ <= n)
      k = w[k - 1].head;
    if (k) return false;
  }
  return true;
}

static bool dominates(const uint32_t *head, uint32_t h, uint32_t k) {
  while (k && k != h)
    k = head[k];
  return k == h;
}

/* head[1..n] (0 = root). Returns the shortest non-projective arc's
 * dependent, or 0. */
static uint32_t shortest_nonproj(const uint32_t *head, uint32_t n) {
  uint32_t best = 0, best_len = UINT32_MAX;
  for (uint32_t d = 1; d <= n; d++) {
    uint32_t h = head[d];
    if (!h) continue;
    uint32_t lo = h < d ? h : d, hi = h < d ? d : h;
    if (hi - lo >= best_len) continue;
    for (uint32_t k = lo + 1; k < hi; k++)
      if (!dominates(head, h, k)) {
        best = d;
        best_len = hi - lo;
        break;
      }
  }
  return best;
}

/* Projectivises one sentence into head[1..n] and label names. */
static void projectivize(const nm_tb_word *w, uint32_t n, uint32_t *head, char (*lab)[48],
                         size_t *lifts) {
  head[0] = 0;
  for (uint32_t i = 1; i <= n; i++) {
    head[i] = w[i - 1].head;
    snprintf(lab[i], 48, "%s", w[i - 1].deprel);
  }
  uint32_t d;
  while ((d = shortest_nonproj(head, n)) != 0) {
    uint32_t h = head[d];
    if (!strchr(lab[d], '|') && strlen(lab[d]) + 1 + strlen(lab[h]) < 48) {
      char tmp[100];
      const char *hb = lab[h];
      const char *bar = strchr(hb, '|');
      int hl = bar ? (int)(bar - hb) : (int)strlen(hb);
      if (snprintf(tmp, sizeof tmp, "%s|%.*s", lab[d], hl, hb) < 48) memcpy(lab[d], tmp, 48);
    }
    head[d] = head[h];
    (*lifts)++;
  }
}

/* --- the oracle */

/* Cost of each transition kind (unlabelled): the gold arcs it makes
 * unreachable. Gold heads use n + 1 for the root. */
static void kind_costs(const nm_pstate *s, const uint32_t *g, unsigned legal, unsigned cost[3]) {
  uint32_t n = s->n, b = s->b, sp = s->sp;
  cost[0] = cost[1] = cost[2] = 0;
  if (legal & 1) {
    unsigned c = 0;
    for (uint32_t j = 0; j < sp; j++) {
      uint32_t k = s->stack[j];
      if (g[b] == k && j != sp - 1) c++;
      if (g[k] == b) c++;
    }
    if (g[b] == n + 1 && sp > 0) c++;
    cost[0] = c;
  }
  if (legal & 6) {
    uint32_t s0 = s->stack[sp - 1], s1 = sp > 1 ? s->stack[sp - 2] : 0;
    unsigned deps = 0;
    for (uint32_t d = b; d <= n; d++)
      deps += g[d] == s0;
    cost[1] = deps + (g[s0] != b && ((s1 && g[s0] == s1) || g[s0] > b));
    cost[2] = deps + (g[s0] != s1 && g[s0] >= b);
  }
}

/* --- decoding with the trainer's weights */

typedef struct models {
  nm_ap arcs, labs;
  unsigned L, root, G; /* labels, the root label, label groups */
  const uint8_t *group; /* group of each label */
  float *lsc;           /* L label scores */
} models;

/* Transition classes: 0 SHIFT, 1 + g LEFT with a label of group g,
 * 1 + G + g RIGHT with one of group g. */
static unsigned class_kind(const models *m, unsigned c) {
  return c == 0 ? NM_P_SHIFT : c <= m->G ? NM_P_LEFT : NM_P_RIGHT;
}

static unsigned best_class(const models *m, const float *sc, unsigned legal, const unsigned *cost,
                           unsigned want) {
  unsigned C = 1 + 2 * m->G, best = C;
  for (unsigned c = 0; c < C; c++) {
    if (!(legal >> class_kind(m, c) & 1) || (cost && cost[c] != want)) continue;
    if (best == C || sc[c] > sc[best]) best = c;
  }
  return best;
}

static unsigned best_label(models *m, const nm_pstate *s, const nm_pval *v, unsigned c,
                           uint32_t h, uint32_t d, int which, uint64_t *lf) {
  unsigned kind = class_kind(m, c), g = c == 0 ? 0 : (c - 1) % m->G;
  nm_parser_label_features(s, v, kind, h, d, lf);
  nm_ap_score(&m->labs, lf, NM_PARSER_NLFEAT, m->lsc, which);
  unsigned l = m->L;
  for (unsigned k = 0; k < m->L; k++)
    if (k != m->root && m->group[k] == g && (l == m->L || m->lsc[k] > m->lsc[l])) l = k;
  if (l == m->L) /* no label in the group: any */
    for (unsigned k = 0; k < m->L; k++)
      if (k != m->root && (l == m->L || m->lsc[k] > m->lsc[l])) l = k;
  return l;
}

static void parse_with(models *m, int which, const psent *ps, nm_pstate *s, uint32_t *heads,
                       uint16_t *labels) {
  uint64_t f[NM_PARSER_NFEAT];
  float sc[1 + 2 * 16];
  nm_pstate_reset(s);
  while (!nm_pstate_done(s)) {
    if (nm_proot_arc(s)) {
      nm_papply(s, NM_P_LEFT, m->root);
      continue;
    }
    unsigned legal = nm_plegal(s);
    nm_parser_features(s, ps->v, f);
    nm_ap_score(&m->arcs, f, NM_PARSER_NFEAT, sc, which);
    unsigned c = best_class(m, sc, legal, NULL, 0), kind = class_kind(m, c), l = 0;
    if (kind != NM_P_SHIFT) {
      uint32_t h, d;
      nm_parc_ends(s, kind, &h, &d);
      l = best_label(m, s, ps->v, c, h, d, which, f);
    }
    nm_papply(s, kind, l);
  }
  for (uint32_t i = 1; i <= ps->n; i++) {
    heads[i - 1] = s->head[i] == ps->n + 1 ? 0 : s->head[i];
    labels[i - 1] = (uint16_t)(s->label[i] - 1);
  }
}


/* One training pass over a sentence: the transition model learns from the
 * dynamic oracle, the label model from every correct arc. With explore,
 * mistakes are mostly followed (nine times in ten). */
static void train_sentence(models *m, const psent *ps, nm_pstate *s, bool explore,
                           uint64_t *rng) {
  uint64_t f[NM_PARSER_NFEAT], lf[NM_PARSER_NLFEAT];
  float sc[1 + 2 * 16];
  unsigned cost[1 + 2 * 16];
  const unsigned G = m->G, C = 1 + 2 * G;
  nm_pstate_reset(s);
  while (!nm_pstate_done(s)) {
    if (nm_proot_arc(s)) {
      nm_papply(s, NM_P_LEFT, m->root);
      continue;
    }
    unsigned legal = nm_plegal(s), kc[3];
    kind_costs(s, ps->gold, legal, kc);
    uint32_t s0 = s->sp ? s->stack[s->sp - 1] : 0, s1 = s->sp > 1 ? s->stack[s->sp - 2] : 0;
    unsigned gg = s0 ? m->group[ps->glab[s0]] : 0;
    unsigned minc = ~0u;
    for (unsigned c = 0; c < C; c++) {
      unsigned kind = class_kind(m, c);
      if (!(legal >> kind & 1)) continue;
      unsigned k = kc[kind];
      if (kind == NM_P_LEFT) k += ps->gold[s0] == s->b && (c - 1) % G != gg;
      if (kind == NM_P_RIGHT) k += ps->gold[s0] == s1 && (c - 1) % G != gg;
      cost[c] = k;
      if (k < minc) minc = k;
    }
    nm_parser_features(s, ps->v, f);
    nm_ap_score(&m->arcs, f, NM_PARSER_NFEAT, sc, NM_AP_CURRENT);
    unsigned pred = best_class(m, sc, legal, NULL, 0), best = best_class(m, sc, legal, cost, minc);
    unsigned next = pred;
    if (legal & (legal - 1) || G > 1) {
      m->arcs.step++;
      if (cost[pred] != minc) {
        nm_ap_update(&m->arcs, f, NM_PARSER_NFEAT, best, 1.0f);
        nm_ap_update(&m->arcs, f, NM_PARSER_NFEAT, pred, -1.0f);
        if (!explore || nm_ap_rand(rng) % 10 == 0) next = best;
      }
    }
    unsigned kind = class_kind(m, next), l = 0;
    if (kind != NM_P_SHIFT) {
      uint32_t h, d;
      nm_parc_ends(s, kind, &h, &d);
      l = best_label(m, s, ps->v, next, h, d, NM_AP_CURRENT, lf);
      if (ps->gold[d] == h) {
        m->labs.step++;
        if (l != ps->glab[d]) {
          nm_ap_update(&m->labs, lf, NM_PARSER_NLFEAT, ps->glab[d], 1.0f);
          nm_ap_update(&m->labs, lf, NM_PARSER_NLFEAT, l, -1.0f);
          if (!explore || nm_ap_rand(rng) % 10 == 0) l = ps->glab[d];
        }
      }
    }
    nm_papply(s, kind, l);
  }
}

/* --- reading */

typedef struct corpus {
  nm_treebank *tbs;
  size_t n_tbs;
  psent *s;
  size_t n;
} corpus;

static void corpus_free(corpus *c) {
  for (size_t i = 0; i < c->n; i++) {
    free(c->s[i].v);
    free(c->s[i].gold);
    free(c->s[i].glab);
    free(c->s[i].ohead);
  }
  free(c->s);
  for (size_t i = 0; i < c->n_tbs; i++)
    nm_treebank_free(&c->tbs[i]);
  free(c->tbs);
  memset(c, 0, sizeof *c);
}

/* Reads files into c; the tags are the gold ones unless a tagger is given. */
static nm_status corpus_read(corpus *c, const char *const *files, size_t n_files,
                             const char *const *genres, size_t n_genres, size_t max,
                             const nm_tagger *tagger, size_t *skipped, nm_error *err) {
  c->tbs = calloc(n_files ? n_files : 1, sizeof *c->tbs);
  if (!c->tbs) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  size_t total = 0;
  for (size_t f = 0; f < n_files; f++) {
    nm_status st = nm_treebank_read(files[f], genres, n_genres, &c->tbs[f], err);
    if (st != NM_OK) return st;
    c->n_tbs++;
    total += c->tbs[f].n;
  }
  c->s = calloc(total ? total : 1, sizeof *c->s);
  if (!c->s) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  nm_pword *pw = NULL;
  nm_word *tw = NULL;
  uint8_t *cls = NULL;
  size_t cap = 0;
  for (size_t f = 0; f < c->n_tbs; f++)
    for (size_t i = 0; i < c->tbs[f].n && (!max || c->n < max); i++) {
      const nm_tb_sentence *ts = &c->tbs[f].sents[i];
      if (!ts->n || !is_tree(ts->words, ts->n)) {
        (*skipped)++;
        continue;
      }
      if (ts->n > cap) {
        cap = ts->n * 2;
        free(pw);
        free(tw);
        free(cls);
        pw = malloc(cap * sizeof *pw);
        tw = malloc(cap * sizeof *tw);
        cls = malloc(cap);
        if (!pw || !tw || !cls) {
          free(pw);
          free(tw);
          free(cls);
          return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
        }
      }
      for (uint32_t j = 0; j < ts->n; j++) {
        pw[j].form = ts->words[j].form;
        pw[j].len = strlen(ts->words[j].form);
        pw[j].upos = ts->words[j].upos;
        pw[j].xpos = ts->words[j].xpos;
        pw[j].lemma = ts->words[j].lemma;
        tw[j].s = pw[j].form;
        tw[j].len = pw[j].len;
      }
      if (tagger) {
        nm_tagger_tag(tagger, tw, ts->n, cls);
        for (uint32_t j = 0; j < ts->n; j++) {
          pw[j].upos = nm_tagger_upos(tagger, cls[j]);
          pw[j].xpos = nm_tagger_xpos(tagger, cls[j]);
        }
      }
      psent *ps = &c->s[c->n++];
      ps->n = ts->n;
      ps->words = ts->words;
      ps->v = malloc((ts->n + 2) * sizeof *ps->v);
      ps->gold = calloc(ts->n + 2, sizeof *ps->gold);
      ps->glab = calloc(ts->n + 2, sizeof *ps->glab);
      ps->ohead = malloc(ts->n * sizeof *ps->ohead);
      if (!ps->v || !ps->gold || !ps->glab || !ps->ohead) {
        free(pw);
        free(tw);
        free(cls);
        return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
      }
      nm_parser_values(pw, ts->n, ps->v);
      for (uint32_t j = 0; j < ts->n; j++)
        ps->ohead[j] = ts->words[j].head;
    }
  free(pw);
  free(tw);
  free(cls);
  return NM_OK;
}

/* Scores dev with the trainer's `which` weights: UAS, LAS (full labels). */
static void evaluate(models *m, int which, const corpus *dev, const nm_plabel *lab, double *uas,
                     double *las, double *las_univ) {
  size_t words = 0, ok_u = 0, ok_l = 0, ok_lu = 0;
  for (size_t i = 0; i < dev->n; i++) {
    const psent *ps = &dev->s[i];
    nm_pstate s;
    uint32_t *heads = malloc(ps->n * sizeof *heads);
    uint16_t *labels = malloc(ps->n * sizeof *labels);
    if (!heads || !labels || !nm_pstate_alloc(&s, ps->n)) {
      free(heads);
      free(labels);
      continue;
    }
    parse_with(m, which, ps, &s, heads, labels);
    nm_parser_deprojectivize(lab, ps->n, heads, labels);
    for (uint32_t j = 0; j < ps->n; j++) {
      words++;
      if (heads[j] != ps->ohead[j]) continue;
      ok_u++;
      const char *sys = lab[labels[j]].name, *gold = ps->words[j].deprel;
      ok_l += !strcmp(sys, gold);
      ok_lu += nm_ud_same_universal(sys, gold);
    }
    free(heads);
    free(labels);
    free(s.mem);
  }
  *uas = words ? 100.0 * (double)ok_u / (double)words : 0;
  *las = words ? 100.0 * (double)ok_l / (double)words : 0;
  *las_univ = words ? 100.0 * (double)ok_lu / (double)words : 0;
}

static int cmp_name(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }

/* One training run: epochs over the sentences in orders shuffled from
 * seed, with early stopping on dev (the best epoch's averages are kept as
 * NM_AP_BEST). */
typedef struct train_run {
  models *m;
  const corpus *train, *dev;
  const nm_plabel *lab;
  size_t maxn;
  unsigned epochs;
  uint64_t seed;
  int verbose;
  unsigned id; /* 0: the only run */
  size_t *order; /* train->n */
  nm_status st;
} train_run;

static void run_epochs(train_run *r) {
  models *m = r->m;
  const corpus *train = r->train, *dev = r->dev;
  for (size_t i = 0; i < train->n; i++)
    r->order[i] = i;
  uint64_t rng = r->seed ? r->seed : 1;
  double best_las = -1;
  unsigned best_epoch = 0;
  nm_pstate s;
  if (!nm_pstate_alloc(&s, (uint32_t)r->maxn)) {
    r->st = NM_ERR_NOMEM;
    return;
  }
  for (unsigned ep = 0; ep < r->epochs; ep++) {
    nm_ap_shuffle(r->order, train->n, &rng);
    for (size_t i = 0; i < train->n; i++) {
      s.n = train->s[r->order[i]].n;
      train_sentence(m, &train->s[r->order[i]], &s, ep > 0, &rng);
    }
    if (m->arcs.oom || m->labs.oom) {
      free(s.mem);
      r->st = NM_ERR_NOMEM;
      return;
    }
    nm_ap_average(&m->arcs);
    nm_ap_average(&m->labs);
    double uas = 0, las = 0, lasu = 0;
    if (dev->n) {
      s.n = 0;
      evaluate(m, NM_AP_AVERAGE, dev, r->lab, &uas, &las, &lasu);
    }
    if (r->verbose) {
      char who[24] = "";
      if (r->id) snprintf(who, sizeof who, "run %u, ", r->id);
      fprintf(stderr, "%sepoch %u: dev UAS %.2f LAS %.2f (universal labels %.2f), %zu features\n",
              who, ep + 1, uas, las, lasu, m->arcs.n_rows + m->labs.n_rows);
    }
    if (!dev->n || las > best_las) {
      best_las = las;
      best_epoch = ep + 1;
      nm_ap_keep_best(&m->arcs);
      nm_ap_keep_best(&m->labs);
    }
  }
  free(s.mem);
  if (r->verbose) fprintf(stderr, "best epoch %u (dev LAS %.2f)\n", best_epoch, best_las);
  r->st = NM_OK;
}

static void *run_thread(void *arg) {
  run_epochs(arg);
  return NULL;
}

/* Writes the model file: sections PINF, PLBL, PARC, PSLT, PWGT, PGRP. */
static nm_status write_model(const char *path, models *m, const nm_plabel *lab, unsigned L,
                             unsigned root, nm_error *err) {
  nm_bytes sec[6] = {{0}};
  float ascale = 1, lscale = 1;
  nm_status st = nm_ap_write_dense(&m->arcs, &sec[2], &ascale, err);
  if (st == NM_OK) st = nm_ap_write(&m->labs, 0.0f, &sec[3], &sec[4], &lscale, err);
  if (st == NM_OK) {
    nm_bytes_u32(&sec[0], NM_PARSER_FEATURES);
    nm_bytes_u32(&sec[0], L);
    nm_bytes_u32(&sec[0], root);
    nm_bytes_f32(&sec[0], ascale);
    nm_bytes_f32(&sec[0], lscale);
    nm_bytes_u32(&sec[0], m->G);
    nm_bytes_put(&sec[5], m->group, L);
    for (unsigned i = 0; i < L; i++) {
      size_t l = strlen(lab[i].name);
      nm_bytes_u8(&sec[1], (unsigned)l);
      nm_bytes_put(&sec[1], lab[i].name, l);
    }
    const uint32_t ids[6] = {NM_FOURCC('P', 'I', 'N', 'F'), NM_FOURCC('P', 'L', 'B', 'L'),
                             NM_FOURCC('P', 'A', 'R', 'C'), NM_FOURCC('P', 'S', 'L', 'T'),
                             NM_FOURCC('P', 'W', 'G', 'T'), NM_FOURCC('P', 'G', 'R', 'P')};
    st = nm_model_write(path, NM_PARSER_KIND, 6, ids, sec, err);
  }
  for (int i = 0; i < 6; i++)
    nm_bytes_free(&sec[i]);
  return st;
}

nm_status nm_parser_train(const nm_parser_train_opts *o, nm_error *err) {
  nm_status st = NM_OK;
  corpus train = {0}, dev = {0};
  labset ls = {0};
  nm_plabel *lab = NULL;
  nm_tagger *tagger = NULL;
  models m;
  memset(&m, 0, sizeof m);
  uint32_t *ph = NULL;
  char(*pl)[48] = NULL;
  size_t *order = NULL;
  size_t skipped = 0, lifts = 0;

  { /* the feature functions must fill exactly the arrays they are given */
    nm_pstate s0;
    nm_pval v0[3];
    uint64_t f0[NM_PARSER_NFEAT + NM_PARSER_NLFEAT];
    memset(v0, 0, sizeof v0);
    if (!nm_pstate_alloc(&s0, 1)) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    nm_pstate_reset(&s0);
    s0.stack[s0.sp++] = 1;
    s0.b = 2;
    int a = nm_parser_features(&s0, v0, f0),
        b = nm_parser_label_features(&s0, v0, NM_P_LEFT, 2, 1, f0);
    free(s0.mem);
    if (a != NM_PARSER_NFEAT || b != NM_PARSER_NLFEAT)
      return nm_fail(err, NM_ERR_INVALID, "parser feature counts do not match", 0);
  }
  if (o->tagger) {
    tagger = nm_tagger_open(o->tagger, err);
    if (!tagger) return err ? err->code : NM_ERR_IO;
  }
  st = corpus_read(&train, o->train, o->n_train, o->genres, o->n_genres, o->max_sentences, NULL,
                   &skipped, err);
  if (st != NM_OK) goto out;
  if (!train.n) {
    st = nm_fail(err, NM_ERR_INVALID, "no training sentences", 0);
    goto out;
  }
  if (o->dev) {
    st = corpus_read(&dev, &o->dev, 1, NULL, 0, 0, tagger, &skipped, err);
    if (st != NM_OK) goto out;
  }

  /* Projectivise and collect the labels. */
  size_t maxn = 0;
  for (size_t i = 0; i < train.n; i++)
    if (train.s[i].n > maxn) maxn = train.s[i].n;
  for (size_t i = 0; i < dev.n; i++)
    if (dev.s[i].n > maxn) maxn = dev.s[i].n;
  ph = malloc((maxn + 2) * sizeof *ph);
  pl = malloc((maxn + 2) * sizeof *pl);
  if (!ph || !pl || lab_add(&ls, "root") < 0) {
    st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    goto out;
  }
  for (size_t i = 0; i < train.n; i++) {
    psent *ps = &train.s[i];
    projectivize(ps->words, ps->n, ph, pl, &lifts);
    for (uint32_t j = 1; j <= ps->n; j++) {
      if (lab_add(&ls, pl[j]) == -2) {
        st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
        goto out;
      }
      const char *bar = strchr(pl[j], '|');
      if (bar) { /* a lifted label's parts must be labels too */
        char base[48];
        snprintf(base, sizeof base, "%.*s", (int)(bar - pl[j]), pl[j]);
        if (lab_add(&ls, base) == -2 || lab_add(&ls, bar + 1) == -2) {
          st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
          goto out;
        }
      }
    }
  }
  if (ls.n > NM_PARSER_MAX_LABELS) {
    st = nm_fail(err, NM_ERR_INVALID, "too many dependency labels", 0);
    goto out;
  }
  qsort(ls.name, ls.n, sizeof *ls.name, cmp_name);
  unsigned L = (unsigned)ls.n, root = (unsigned)lab_find(&ls, "root");
  lab = calloc(L, sizeof *lab);
  if (!lab) {
    st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    goto out;
  }
  for (unsigned i = 0; i < L; i++)
    memcpy(lab[i].name, ls.name[i], 48);
  if ((st = nm_plabels_link(lab, L, err)) != NM_OK) goto out;
  for (size_t i = 0; i < train.n; i++) {
    psent *ps = &train.s[i];
    projectivize(ps->words, ps->n, ph, pl, &lifts);
    for (uint32_t j = 1; j <= ps->n; j++) {
      ps->gold[j] = ph[j] ? ph[j] : ps->n + 1;
      int li = lab_find(&ls, pl[j]);
      ps->glab[j] = (uint16_t)(li < 0 ? 0 : li);
    }
  }
  if (o->verbose)
    fprintf(stderr, "parser: %zu training sentences, %zu dev, %u labels, %zu lifts, %zu skipped\n",
            train.n, dev.n, L, lifts / 2, skipped);

  uint8_t *groups = calloc(L, 1);
  if (!groups) {
    st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    goto out;
  }
  m.G = nm_parser_label_groups(lab, L, groups);
  m.group = groups;
  nm_ap_init(&m.arcs, 1 + 2 * m.G);
  nm_ap_init(&m.labs, L);
  m.L = L;
  m.root = root;
  m.lsc = malloc(L * sizeof *m.lsc);
  order = malloc(train.n * sizeof *order);
  if (!m.lsc || !order) {
    st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    goto out;
  }
  unsigned runs = o->runs ? o->runs : 1;
  if (runs > NM_PARSER_MAX_RUNS) runs = NM_PARSER_MAX_RUNS;
  uint64_t seed0 = o->seed ? o->seed : 0x2545F4914F6CDD1DULL;
  if (runs == 1) {
    train_run r1 = {&m, &train, &dev, lab, maxn, o->epochs ? o->epochs : 1, seed0, o->verbose, 0, order,
                    NM_OK};
    run_epochs(&r1);
    if (r1.st != NM_OK) {
      st = nm_fail(err, r1.st, "out of memory while training", 0);
      goto out;
    }
  } else {
    /* runs over differently shuffled orders, two at a time, each with its
     * own early stopping; the model is the mean of their best weights */
    models *rm = calloc(runs, sizeof *rm);
    train_run *tr = calloc(runs, sizeof *tr);
    size_t *orders = malloc(runs * train.n * sizeof *orders);
    bool ok = rm && tr && orders;
    for (unsigned r = 0; ok && r < runs; r++) {
      rm[r] = m;
      nm_ap_init(&rm[r].arcs, 1 + 2 * m.G);
      nm_ap_init(&rm[r].labs, L);
      rm[r].lsc = malloc(L * sizeof *rm[r].lsc);
      ok = rm[r].lsc != NULL;
      tr[r] = (train_run){&rm[r], &train, &dev, lab, maxn, o->epochs ? o->epochs : 1,
                          seed0 + 0x9E3779B97F4A7C15ULL * r, o->verbose, r + 1,
                          orders + (size_t)r * train.n, NM_OK};
    }
    for (unsigned r = 0; ok && r < runs; r += 2) {
      pthread_t th;
      bool two = r + 1 < runs && pthread_create(&th, NULL, run_thread, &tr[r + 1]) == 0;
      run_epochs(&tr[r]);
      if (two) pthread_join(th, NULL);
      else if (r + 1 < runs)
        run_epochs(&tr[r + 1]);
    }
    for (unsigned r = 0; ok && r < runs; r++) {
      ok = tr[r].st == NM_OK;
      for (int which = 0; ok && which < 2; which++) {
        nm_ap *from = which ? &rm[r].labs : &rm[r].arcs, *to = which ? &m.labs : &m.arcs;
        ok = nm_ap_add_best(to, from, (float)runs);
      }
    }
    for (unsigned r = 0; rm && r < runs; r++) {
      nm_ap_free(&rm[r].arcs);
      nm_ap_free(&rm[r].labs);
      free(rm[r].lsc);
    }
    free(rm);
    free(tr);
    free(orders);
    if (!ok) {
      st = nm_fail(err, NM_ERR_NOMEM, "out of memory while training", 0);
      goto out;
    }
    /* step stays 0: the average is the weight, the mean of the runs' */
    nm_ap_average(&m.arcs);
    nm_ap_average(&m.labs);
    nm_ap_keep_best(&m.arcs);
    nm_ap_keep_best(&m.labs);
    if (o->verbose && dev.n) {
      double uas, las, lasu;
      evaluate(&m, NM_AP_BEST, &dev, lab, &uas, &las, &lasu);
      fprintf(stderr, "mean of %u runs: dev UAS %.2f LAS %.2f (universal labels %.2f)\n", runs,
              uas, las, lasu);
    }
  }

  if (getenv("NM_PRUNE_SWEEP") && dev.n) {
    /* a development aid: dev scores and model sizes as pruning grows
     * (pruning is destructive: the thresholds go up) */
    static const float th[] = {0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.0f, 1.2f, 1.6f, 2.0f};
    for (size_t i = 0; i < sizeof th / sizeof th[0]; i++) {
      size_t a = nm_ap_prune(&m.arcs, th[i]), b = nm_ap_prune(&m.labs, th[i]);
      double uas, las, lasu;
      evaluate(&m, NM_AP_BEST, &dev, lab, &uas, &las, &lasu);
      /* each pruned model is written next to the output: OUT.prune0.60 */
      char path[1024];
      snprintf(path, sizeof path, "%s.prune%.2f", o->out, (double)th[i]);
      st = write_model(path, &m, lab, L, root, err);
      if (st != NM_OK) goto out;
      FILE *f = fopen(path, "rb");
      long bytes = 0;
      if (f && fseek(f, 0, SEEK_END) == 0) bytes = ftell(f);
      if (f) fclose(f);
      fprintf(stderr, "prune %.2f: %zu arc + %zu label features, %.1f MB, dev UAS %.2f LAS %.2f\n",
              (double)th[i], a, b, (double)bytes / 1048576.0, uas, las);
    }
  }
  if (o->prune > 0) {
    size_t a = nm_ap_prune(&m.arcs, o->prune), b = nm_ap_prune(&m.labs, o->prune);
    if (o->verbose) {
      fprintf(stderr, "pruned weights below %.2f: %zu transition and %zu label features left",
              (double)o->prune, a, b);
      if (dev.n) {
        double uas, las, lasu;
        evaluate(&m, NM_AP_BEST, &dev, lab, &uas, &las, &lasu);
        fprintf(stderr, "; dev UAS %.2f LAS %.2f", uas, las);
      }
      fputc('\n', stderr);
    }
  }
  st = write_model(o->out, &m, lab, L, root, err);
  if (st == NM_OK && o->verbose) fprintf(stderr, "wrote %s\n", o->out);
out:
  nm_ap_free(&m.arcs);
  free((void *)m.group);
  nm_ap_free(&m.labs);
  free(m.lsc);
  corpus_free(&train);
  corpus_free(&dev);
  free(ls.name);
  free(ls.count);
  free(lab);
  free(ph);
  free(pl);
  free(order);
  nm_tagger_free(tagger);
  return st;
}
