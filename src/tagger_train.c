/* tagger_train.c - training the tagger: an averaged perceptron with early
 * stopping on a dev set. Deterministic for a given seed and input.
 *
 * Weights live in sparse rows, one row per feature seen in an update; a row
 * holds (class, weight, running total, last update) entries. After each
 * epoch the averaged weights are computed and scored on the dev set; the
 * best epoch's averages are kept. Several such runs, over differently
 * shuffled orders, are averaged into the weights written. */
#include "tagger.h"

#include "avgperc.h"
#include "error.h"
#include "lemma.h"
#include "tagger_feat.h"
#include "treebank.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Training runs averaged into the model (each over its own shuffled order;
 * on EWT dev, UPOS: one run 95.15, three 95.22, five 95.29, eight 95.28). */
#define NM_TAGGER_RUNS 5
/* Weights below this (in perceptron updates) are left out of the model:
 * the mean of five runs has many tiny weights; 0.25 keeps the model as
 * large as one run's (7 MB) at no cost on EWT or GUM dev (0.5: -0.04 UPOS). */
#define NM_TAGGER_MIN_WEIGHT 0.25f

/* --- classes: (UPOS, XPOS) pairs */

typedef struct classes {
  char upos[NM_TAGGER_MAX_CLASSES][16], xpos[NM_TAGGER_MAX_CLASSES][16];
  unsigned n;
} classes;

static int class_of(classes *c, const char *u, const char *x, bool add) {
  for (unsigned i = 0; i < c->n; i++)
    if (!strcmp(c->upos[i], u) && !strcmp(c->xpos[i], x)) return (int)i;
  if (!add || c->n >= NM_TAGGER_MAX_CLASSES || strlen(u) >= 16 || strlen(x) >= 16) return -1;
  strcpy(c->upos[c->n], u);
  strcpy(c->xpos[c->n], x);
  return (int)c->n++;
}

/* --- sentences as hashes and gold classes */

typedef struct tsent {
  nm_wfeat *wf; /* n + 4, padded */
  uint8_t *gold;
  uint32_t n;
} tsent;

static bool prepare(const nm_treebank *tb, classes *cls, bool add, tsent **out, size_t *n_out,
                    size_t max) {
  size_t n = tb->n;
  if (max && n > max) n = max;
  tsent *s = calloc(n ? n : 1, sizeof *s);
  if (!s) return false;
  for (size_t i = 0; i < n; i++) {
    const nm_tb_sentence *ts = &tb->sents[i];
    s[i].n = ts->n;
    s[i].wf = malloc((ts->n + 4) * sizeof *s[i].wf);
    s[i].gold = malloc(ts->n ? ts->n : 1);
    if (!s[i].wf || !s[i].gold) return false;
    nm_pad_features(s[i].wf, ts->n);
    for (uint32_t j = 0; j < ts->n; j++) {
      nm_word_features(ts->words[j].form, strlen(ts->words[j].form), &s[i].wf[j + 2]);
      int c = class_of(cls, ts->words[j].upos, ts->words[j].xpos, add);
      s[i].gold[j] = (uint8_t)(c < 0 ? 0 : c);
    }
  }
  *out = s;
  *n_out = n;
  return true;
}

static void free_sents(tsent *s, size_t n) {
  if (!s) return;
  for (size_t i = 0; i < n; i++) {
    free(s[i].wf);
    free(s[i].gold);
  }
  free(s);
}

/* Tags one prepared sentence with weights `which`; returns correct UPOS and
 * XPOS counts through the pointers. With learn, updates on errors. */
static void run_sentence(nm_ap *t, const classes *cls, const tsent *s, int which, bool learn,
                         size_t *ok_u, size_t *ok_x) {
  unsigned t1 = NM_TAG_START, t2 = NM_TAG_START;
  float scores[NM_TAGGER_MAX_CLASSES];
  uint64_t feats[NM_TAGGER_NFEAT];
  for (uint32_t i = 0; i < s->n; i++) {
    nm_tagger_features(s->wf + 2, i, s->n, t1, t2, feats);
    nm_ap_score(t, feats, NM_TAGGER_NFEAT, scores, which);
    unsigned guess = 0;
    for (unsigned k = 1; k < t->n_classes; k++)
      if (scores[k] > scores[guess]) guess = k;
    unsigned gold = s->gold[i];
    if (learn) {
      t->step++;
      if (guess != gold) {
        nm_ap_update(t, feats, NM_TAGGER_NFEAT, gold, 1.0f);
        nm_ap_update(t, feats, NM_TAGGER_NFEAT, guess, -1.0f);
      }
    }
    if (ok_u && !strcmp(cls->upos[guess], cls->upos[gold])) (*ok_u)++;
    if (ok_x && !strcmp(cls->xpos[guess], cls->xpos[gold])) (*ok_x)++;
    t2 = t1;
    t1 = guess;
  }
}


/* One training run: epochs over the sentences in an order shuffled from
 * seed, with early stopping on dev (the best epoch's averages are kept as
 * NM_AP_BEST). Returns false when out of memory. */
static bool train_run(nm_ap *tr, const classes *cls, const tsent *train, size_t n_train,
                      const tsent *dev, size_t n_dev, unsigned epochs, uint64_t seed,
                      int verbose) {
  size_t *order = malloc(n_train * sizeof *order);
  if (!order) return false;
  for (size_t i = 0; i < n_train; i++)
    order[i] = i;
  uint64_t rng = seed ? seed : 0x2545F4914F6CDD1DULL;
  double best_acc = -1;
  unsigned best_epoch = 0;
  for (unsigned ep = 1; ep <= epochs; ep++) {
    nm_ap_shuffle(order, n_train, &rng);
    size_t ok_u = 0, words = 0;
    for (size_t i = 0; i < n_train; i++) {
      run_sentence(tr, cls, &train[order[i]], 0, true, &ok_u, NULL);
      words += train[order[i]].n;
    }
    if (tr->oom) {
      free(order);
      return false;
    }
    nm_ap_average(tr);
    double acc = 0;
    size_t dev_u = 0, dev_x = 0, dev_words = 0;
    if (n_dev) {
      for (size_t i = 0; i < n_dev; i++) {
        run_sentence(tr, cls, &dev[i], 1, false, &dev_u, &dev_x);
        dev_words += dev[i].n;
      }
      acc = (double)(dev_u + dev_x) / (2.0 * (double)dev_words);
    } else {
      acc = (double)ep; /* no dev set: keep the last epoch */
    }
    if (verbose)
      fprintf(stderr, "epoch %u: train UPOS %.2f", ep, 100.0 * (double)ok_u / (double)words),
          n_dev ? fprintf(stderr, "  dev UPOS %.2f XPOS %.2f\n",
                          100.0 * (double)dev_u / (double)dev_words,
                          100.0 * (double)dev_x / (double)dev_words)
                : fprintf(stderr, "\n");
    if (acc > best_acc) {
      best_acc = acc;
      best_epoch = ep;
      nm_ap_keep_best(tr);
    } else if (ep >= best_epoch + 3) {
      break; /* no gain for three epochs */
    }
  }
  free(order);
  if (verbose) fprintf(stderr, "best epoch %u\n", best_epoch);
  return true;
}

/* --- the tag dictionary: frequent, unambiguous exact words */

/* A dictionary word: its key (exact-form hash with the low byte set, see
 * tagger.c) and its class. */
typedef struct dword {
  uint64_t h;
  uint32_t cls;
} dword;

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Lexicon entries: a lower-case word hash and its ambiguity class. */
typedef struct lexpair {
  uint64_t lower;
  unsigned cls;
} lexpair;
typedef struct lexent {
  uint64_t lower, amb;
} lexent;

static int cmp_lexpair(const void *a, const void *b) {
  const lexpair *x = a, *y = b;
  if (x->lower != y->lower) return x->lower < y->lower ? -1 : 1;
  return (x->cls > y->cls) - (x->cls < y->cls);
}

/* lex is sorted by word (built from sorted pairs). */
static uint64_t lex_find(const lexent *lex, size_t n, uint64_t lower) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (lex[mid].lower == lower) return lex[mid].amb;
    if (lex[mid].lower < lower)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NM_AMB_UNKNOWN;
}

/* Training errors carry no position. */
static nm_status fail(nm_error *err, nm_status code, const char *msg) {
  return nm_fail(err, code, msg, 0);
}

nm_status nm_tagger_train(const nm_tagger_train_opts *o, nm_error *err) {
  nm_status st = NM_OK;
  classes *cls = calloc(1, sizeof *cls);
  nm_ap tr;
  nm_ap_init(&tr, 0);
  tsent *train = NULL, *dev = NULL;
  size_t n_train = 0, n_dev = 0;
  nm_lemma_builder *lb = nm_lemma_builder_new();
  dword *dict = NULL;
  size_t dict_n = 0, dict_cap = 0;
  lexent *lex = NULL;
  size_t lex_n = 0;
  nm_bytes sec[7] = {{0}};
  if (!cls || !lb) {
    st = fail(err, NM_ERR_NOMEM, "out of memory");
    goto out;
  }

  /* Read the training treebanks; collect classes, lemmas, word counts. */
  size_t global = 0; /* sentence index across the files, for folds */
  for (size_t f = 0; f < o->n_train; f++) {
    nm_treebank tb;
    st = nm_treebank_read(o->train[f], o->genres, o->n_genres, &tb, err);
    if (st != NM_OK) goto out;
    if (o->n_folds > 1) { /* hold out every n_folds-th sentence, from fold on */
      size_t keep = 0;
      for (size_t i = 0; i < tb.n; i++, global++)
        if (global % o->n_folds != o->fold) tb.sents[keep++] = tb.sents[i];
      tb.n = keep;
    }
    tsent *s = NULL;
    size_t n = 0;
    if (!prepare(&tb, cls, true, &s, &n, o->max_sentences)) {
      nm_treebank_free(&tb);
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    for (size_t i = 0; i < n; i++)
      for (uint32_t j = 0; j < tb.sents[i].n; j++) {
        const nm_tb_word *w = &tb.sents[i].words[j];
        if ((strcmp(w->lemma, "_") != 0 || strcmp(w->form, "_") == 0) &&
            nm_lemma_builder_add(lb, w->form, strlen(w->form), w->xpos, strlen(w->xpos), w->lemma,
                                 strlen(w->lemma)) != 0) {
          free_sents(s, n);
          nm_treebank_free(&tb);
          st = fail(err, NM_ERR_NOMEM, "out of memory");
          goto out;
        }
      }
    if (n == 0) { /* nothing kept from this file */
      free(s);
      nm_treebank_free(&tb);
      continue;
    }
    tsent *all = realloc(train, (n_train + n) * sizeof *all);
    if (!all) {
      free_sents(s, n);
      nm_treebank_free(&tb);
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    train = all;
    memcpy(train + n_train, s, n * sizeof *s);
    n_train += n;
    free(s);
    nm_treebank_free(&tb);
  }
  if (!n_train) {
    st = fail(err, NM_ERR_INVALID, "no training sentences");
    goto out;
  }
  tr.n_classes = cls->n;
  if (o->dev) {
    nm_treebank tb;
    st = nm_treebank_read(o->dev, NULL, 0, &tb, err);
    if (st != NM_OK) goto out;
    bool ok = prepare(&tb, cls, false, &dev, &n_dev, 0);
    nm_treebank_free(&tb);
    if (!ok) {
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
  }

  /* Lexicon of ambiguity classes: words seen at least four times, with the
   * set of classes they had. Rarer words are treated as unknown, as unseen
   * words will be; on EWT dev, four beat one, two, eight and sixteen. */
  {
    size_t total = 0;
    for (size_t i = 0; i < n_train; i++)
      total += train[i].n;
    lexpair *pairs = malloc((total ? total : 1) * sizeof *pairs);
    if (!pairs) {
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    size_t np = 0;
    for (size_t i = 0; i < n_train; i++)
      for (uint32_t j = 0; j < train[i].n; j++) {
        pairs[np].lower = train[i].wf[j + 2].lower;
        pairs[np].cls = train[i].gold[j];
        np++;
      }
    if (np) qsort(pairs, np, sizeof *pairs, cmp_lexpair);
    lex = malloc((np ? np : 1) * sizeof *lex);
    if (!lex) {
      free(pairs);
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    for (size_t i = 0; i < np;) {
      size_t j = i;
      uint64_t bits[4] = {0, 0, 0, 0};
      while (j < np && pairs[j].lower == pairs[i].lower) {
        bits[pairs[j].cls >> 6] |= (uint64_t)1 << (pairs[j].cls & 63);
        j++;
      }
      if (j - i >= 4) {
        lex[lex_n].lower = pairs[i].lower;
        lex[lex_n].amb =
            (uint32_t)nm_fmix64(bits[0] ^
                                nm_fmix64(bits[1] ^ nm_fmix64(bits[2] ^ nm_fmix64(bits[3] + 1)))) |
            1;
        lex_n++;
      }
      i = j;
    }
    free(pairs);
    for (size_t i = 0; i < n_train; i++)
      for (uint32_t j = 0; j < train[i].n; j++)
        train[i].wf[j + 2].amb = lex_find(lex, lex_n, train[i].wf[j + 2].lower);
    for (size_t i = 0; i < n_dev; i++)
      for (uint32_t j = 0; j < dev[i].n; j++)
        dev[i].wf[j + 2].amb = lex_find(lex, lex_n, dev[i].wf[j + 2].lower);
  }

  /* Tag dictionary: sort (hash, class) pairs and count runs. */
  {
    size_t total = 0;
    for (size_t i = 0; i < n_train; i++)
      total += train[i].n;
    uint64_t *pairs = malloc((total ? total : 1) * sizeof *pairs);
    if (!pairs) {
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    size_t np = 0;
    for (size_t i = 0; i < n_train; i++)
      for (uint32_t j = 0; j < train[i].n; j++)
        pairs[np++] = (train[i].wf[j + 2].exact & ~(uint64_t)0xFF) | train[i].gold[j];
    if (np) qsort(pairs, np, sizeof *pairs, cmp_u64);
    for (size_t i = 0; i < np;) {
      uint64_t h = pairs[i] & ~(uint64_t)0xFF;
      size_t j = i, best_n = 0, run_start = i;
      unsigned best_c = 0;
      while (j < np && (pairs[j] & ~(uint64_t)0xFF) == h) {
        if (j > run_start && (pairs[j] & 0xFF) != (pairs[j - 1] & 0xFF)) run_start = j;
        size_t run = j - run_start + 1;
        if (run > best_n) {
          best_n = run;
          best_c = (unsigned)(pairs[j] & 0xFF);
        }
        j++;
      }
      size_t n = j - i;
      /* frequent and nearly always one class */
      if (n >= 20 && best_n * 100 >= n * 99) {
        if (dict_n == dict_cap) {
          dict_cap = dict_cap ? dict_cap * 2 : 1024;
          dword *nd = realloc(dict, dict_cap * sizeof *nd);
          if (!nd) {
            free(pairs);
            st = fail(err, NM_ERR_NOMEM, "out of memory");
            goto out;
          }
          dict = nd;
        }
        dict[dict_n].h = h | 0xFF;
        dict[dict_n].cls = best_c;
        dict_n++;
      }
      i = j;
    }
    free(pairs);
  }

  /* Train: NM_TAGGER_RUNS runs over differently shuffled orders, each
   * with its own early stopping; the model is the mean of their best
   * averaged weights. */
  unsigned epochs = o->epochs ? o->epochs : 10;
  for (unsigned run = 0; run < NM_TAGGER_RUNS; run++) {
    nm_ap one;
    nm_ap_init(&one, 0);
    one.n_classes = cls->n;
    uint64_t seed = (o->seed ? o->seed : 0x2545F4914F6CDD1DULL) + 0x9E3779B97F4A7C15ULL * run;
    if (!train_run(&one, cls, train, n_train, dev, n_dev, epochs, seed ? seed : 1, o->verbose)) {
      nm_ap_free(&one);
      st = fail(err, NM_ERR_NOMEM, "out of memory while training");
      goto out;
    }
    /* tr.step stays 0, so its running totals stay 0 and its average is
     * its current weight: the sum of the runs' shares */
    nm_ap_add_best(&tr, &one, (float)NM_TAGGER_RUNS);
    nm_ap_free(&one);
    if (tr.oom) {
      st = fail(err, NM_ERR_NOMEM, "out of memory while training");
      goto out;
    }
  }
  nm_ap_average(&tr);
  nm_ap_keep_best(&tr);

  /* Write the model: features with non-negligible weights, sorted for a
   * deterministic file. */
  {
    size_t n_keep = 0, n_ent = 0;
    uint64_t *keys = malloc((tr.n_rows ? tr.n_rows : 1) * sizeof *keys);
    if (!keys) {
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    for (size_t i = 0; i < tr.n_slots; i++) {
      const nm_ap_row *r = &tr.rows[i];
      if (!r->key) continue;
      size_t live = 0;
      for (uint32_t k = 0; k < r->n; k++)
        if (r->e[k].best >= NM_TAGGER_MIN_WEIGHT || r->e[k].best <= -NM_TAGGER_MIN_WEIGHT) live++;
      if (live) {
        keys[n_keep++] = r->key;
        n_ent += live;
      }
    }
    if (n_keep) qsort(keys, n_keep, sizeof *keys, cmp_u64);
    if (n_ent >= (1u << 24)) {
      free(keys);
      st = fail(err, NM_ERR_LIMIT, "too many weights for the model format");
      goto out;
    }
    uint32_t S = 1;
    while (S < n_keep + n_keep / 2 + 1) /* load factor at most 2/3 */
      S <<= 1;
    uint64_t *slot_key = calloc(S, sizeof *slot_key);
    uint32_t *slot_first = calloc(S, sizeof *slot_first),
             *slot_count = calloc(S, sizeof *slot_count);
    if (!slot_key || !slot_first || !slot_count) {
      free(keys);
      free(slot_key);
      free(slot_first);
      free(slot_count);
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    /* weights are stored as int16 times a scale: the largest |weight| maps to 32767 */
    float wmax = 0;
    for (size_t i = 0; i < tr.n_slots; i++)
      for (uint32_t k = 0; k < tr.rows[i].n; k++) {
        float a = tr.rows[i].e[k].best < 0 ? -tr.rows[i].e[k].best : tr.rows[i].e[k].best;
        if (a > wmax) wmax = a;
      }
    float scale = wmax > 0 ? wmax / 32767.0f : 1.0f;
    nm_bytes wgt = {0}, wcls = {0};
    uint32_t e = 0;
    for (size_t i = 0; i < n_keep; i++) {
      const nm_ap_row *r = nm_ap_find(&tr, keys[i]);
      uint32_t first = e;
      /* entries in class order */
      for (unsigned c = 0; c < tr.n_classes; c++)
        for (uint32_t k = 0; k < r->n; k++)
          if (r->e[k].cls == c && (r->e[k].best >= NM_TAGGER_MIN_WEIGHT || r->e[k].best <= -NM_TAGGER_MIN_WEIGHT)) {
            float q = r->e[k].best / scale;
            long v = (long)(q < 0 ? q - 0.5f : q + 0.5f);
            if (v > 32767) v = 32767;
            if (v < -32767) v = -32767;
            nm_bytes_u16(&wgt, (unsigned)(uint16_t)(int16_t)v);
            nm_bytes_u8(&wcls, c);
            e++;
          }
      uint64_t s = keys[i] & (S - 1);
      while (slot_key[s])
        s = (s + 1) & (S - 1);
      slot_key[s] = keys[i];
      slot_first[s] = first;
      slot_count[s] = e - first;
    }
    free(keys);
    for (uint32_t s = 0; s < S; s++) {
      /* 8-byte slots: the key's high half as a fingerprint, then the first
       * entry (24 bits) and the count (8 bits) */
      nm_bytes_u32(&sec[2], slot_key[s] ? nm_feat_fingerprint(slot_key[s]) : 0);
      nm_bytes_u32(&sec[2], slot_first[s] << 8 | slot_count[s]);
    }
    free(slot_key);
    free(slot_first);
    free(slot_count);
    nm_bytes_put(&sec[3], wgt.data, wgt.len);
    nm_bytes_put(&sec[3], wcls.data, wcls.len);
    nm_bytes_free(&wgt);
    nm_bytes_free(&wcls);

    /* dictionary, sorted by hash then placed by open addressing */
    if (dict_n) qsort(dict, dict_n, sizeof *dict, cmp_u64);
    uint32_t D = 1;
    while (D < 2 * dict_n + 1)
      D <<= 1;
    uint64_t *dk = calloc(D, sizeof *dk);
    uint32_t *dc = calloc(D, sizeof *dc);
    if (!dk || !dc) {
      free(dk);
      free(dc);
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    for (size_t i = 0; i < dict_n; i++) {
      uint64_t s = (dict[i].h >> 8) & (D - 1);
      while (dk[s])
        s = (s + 1) & (D - 1);
      dk[s] = dict[i].h;
      dc[s] = dict[i].cls;
    }
    for (uint32_t s = 0; s < D; s++) {
      nm_bytes_u64(&sec[4], dk[s]);
      nm_bytes_u32(&sec[4], dc[s]);
      nm_bytes_u32(&sec[4], 0);
    }
    free(dk);
    free(dc);

    /* lexicon table */
    uint32_t A = 1;
    while (A < lex_n + lex_n / 2 + 1)
      A <<= 1;
    lexent *at = calloc(A, sizeof *at);
    if (!at) {
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    for (size_t i = 0; i < lex_n; i++) {
      uint64_t s = (lex[i].lower >> 8) & (A - 1);
      while (at[s].lower)
        s = (s + 1) & (A - 1);
      at[s] = lex[i];
    }
    for (uint32_t s = 0; s < A; s++) {
      nm_bytes_u32(&sec[6], at[s].lower ? nm_feat_fingerprint(at[s].lower) : 0);
      nm_bytes_u32(&sec[6], (uint32_t)at[s].amb);
    }
    free(at);

    nm_bytes_u32(&sec[0], NM_TAGGER_FEATURES);
    nm_bytes_u32(&sec[0], tr.n_classes);
    nm_bytes_u32(&sec[0], S);
    nm_bytes_u32(&sec[0], e);
    nm_bytes_u32(&sec[0], D);
    nm_bytes_f32(&sec[0], scale);
    for (unsigned c = 0; c < cls->n; c++) {
      nm_bytes_u8(&sec[1], (unsigned)strlen(cls->upos[c]));
      nm_bytes_put(&sec[1], cls->upos[c], strlen(cls->upos[c]));
      nm_bytes_u8(&sec[1], (unsigned)strlen(cls->xpos[c]));
      nm_bytes_put(&sec[1], cls->xpos[c], strlen(cls->xpos[c]));
    }
    unsigned char *lblob = NULL;
    size_t llen = 0;
    if (nm_lemma_builder_finish(lb, &lblob, &llen) != 0) {
      st = fail(err, NM_ERR_NOMEM, "out of memory");
      goto out;
    }
    nm_bytes_put(&sec[5], lblob, llen);
    free(lblob);
    static const uint32_t ids[7] = {NM_FOURCC('T', 'I', 'N', 'F'), NM_FOURCC('T', 'C', 'L', 'S'),
                                    NM_FOURCC('T', 'F', 'E', 'A'), NM_FOURCC('T', 'W', 'G', 'T'),
                                    NM_FOURCC('T', 'D', 'I', 'C'), NM_FOURCC('L', 'E', 'M', 'M'),
                                    NM_FOURCC('T', 'A', 'M', 'B')};
    st = nm_model_write(o->out, NM_TAGGER_KIND, 7, ids, sec, err);
    if (o->verbose && st == NM_OK)
      fprintf(stderr, "wrote %s: %u classes, %zu features, %u weights, %zu dictionary words\n",
              o->out, tr.n_classes, n_keep, e, dict_n);
  }

out:
  for (int i = 0; i < 7; i++)
    nm_bytes_free(&sec[i]);
  free(dict);
  free(lex);
  nm_lemma_builder_free(lb);
  free_sents(train, n_train);
  free_sents(dev, n_dev);
  nm_ap_free(&tr);
  free(cls);
  return st;
}
