/* ner_train.c - training the NER model (`newsmill train ner`).
 *
 * Averaged perceptron, greedy: each word is labelled from features that
 * include the two labels predicted before it, and a mistake updates the
 * gold label up and the predicted one down. The epoch with the best span F1
 * on the dev sentences is kept. Deterministic for a given seed. */
#include "avgperc.h"
#include "ner.h"
#include "ner_feat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static nm_status fail(nm_error *err, nm_status code, const char *msg) {
  if (err) {
    err->code = code;
    err->msg = msg;
    err->pos = 0;
  }
  return code;
}

/* Span counts for F1. */
typedef struct span_counts {
  size_t gold, sys, ok;
} span_counts;

/* Counts the spans of labels gold[0..n) and sys[0..n); an unknown gold
 * label counts as O. */
static void count_spans(const uint8_t *gold, const uint8_t *sys, size_t n, span_counts *c) {
  size_t ga = 0, sb = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned a = gold[i] == NM_NER_UNKNOWN ? 0 : gold[i], b = sys[i];
    if (a && (nm_ner_part(a) == NM_NER_B || nm_ner_part(a) == NM_NER_U)) {
      c->gold++;
      ga = i;
    }
    if (b && (nm_ner_part(b) == NM_NER_B || nm_ner_part(b) == NM_NER_U)) {
      c->sys++;
      sb = i;
    }
    int end_a = a && (nm_ner_part(a) == NM_NER_L || nm_ner_part(a) == NM_NER_U);
    int end_b = b && (nm_ner_part(b) == NM_NER_L || nm_ner_part(b) == NM_NER_U);
    /* same start, end and type; well-formed sequences agree in between */
    if (end_a && end_b && ga == sb && nm_ner_type(a) == nm_ner_type(b)) c->ok++;
  }
}

static double f1(const span_counts *c) {
  return c->gold + c->sys ? 200.0 * (double)c->ok / (double)(c->gold + c->sys) : 0.0;
}

/* Labels one sentence with weights `which`. With train, updates on every
 * mistake (unconstrained argmax); otherwise decodes with the constraints.
 * out receives the labels. */
static void run_sentence(nm_ap *tr, const nm_ner_sent *s, nm_nfeat *wf, float *sc, int which,
                         int train, uint8_t *out) {
  nm_ner_values(s->w, s->n, wf);
  unsigned p1 = 0, p2 = 0;
  uint64_t f[NM_NER_NFEAT];
  for (size_t i = 0; i < s->n; i++) {
    nm_ner_features(wf, i, p1, p2, f);
    nm_ap_score(tr, f, NM_NER_NFEAT, sc, which);
    unsigned best = NM_NER_NLABELS;
    for (unsigned c = 0; c < NM_NER_NLABELS; c++)
      if ((train || nm_ner_allowed(p1, c)) && (best == NM_NER_NLABELS || sc[c] > sc[best]))
        best = c;
    if (train && s->gold[i] != NM_NER_UNKNOWN && best != s->gold[i]) {
      nm_ap_update(tr, f, NM_NER_NFEAT, s->gold[i], 1.0f);
      nm_ap_update(tr, f, NM_NER_NFEAT, best, -1.0f);
    }
    if (train) tr->step++;
    out[i] = (uint8_t)best;
    p2 = p1;
    p1 = best;
  }
  if (!train && s->n && out[s->n - 1]) {
    unsigned l = out[s->n - 1], t = nm_ner_type(l);
    if (nm_ner_part(l) == NM_NER_B) out[s->n - 1] = (uint8_t)nm_ner_label(t, NM_NER_U);
    if (nm_ner_part(l) == NM_NER_I) out[s->n - 1] = (uint8_t)nm_ner_label(t, NM_NER_L);
  }
}

static double evaluate(nm_ap *tr, const nm_ner_sent *dev, size_t n_dev, nm_nfeat *wf, float *sc,
                       uint8_t *out, int which) {
  span_counts c = {0};
  for (size_t i = 0; i < n_dev; i++) {
    run_sentence(tr, &dev[i], wf, sc, which, 0, out);
    count_spans(dev[i].gold, out, dev[i].n, &c);
  }
  return f1(&c);
}

/* One training run into tr: epochs over the sentences in orders shuffled
 * from seed; the best epoch on dev (or the last, without dev) is kept as
 * NM_AP_BEST. id numbers the run in messages (0: the only one). */
static nm_status train_run(const nm_ner_train_opts *o, nm_ap *t, uint64_t seed, unsigned id,
                           nm_nfeat *wf, uint8_t *out, size_t *order, float *sc, nm_error *err) {
  for (size_t i = 0; i < o->n_train; i++)
    order[i] = i;
  uint64_t rng = seed ? seed : 1;
  unsigned epochs = o->epochs ? o->epochs : 10, best_epoch = 0;
  double best = -1;
  for (unsigned ep = 1; ep <= epochs; ep++) {
    nm_ap_shuffle(order, o->n_train, &rng);
    span_counts tc = {0};
    for (size_t i = 0; i < o->n_train; i++) {
      const nm_ner_sent *s = &o->train[order[i]];
      run_sentence(t, s, wf, sc, NM_AP_CURRENT, 1, out);
      count_spans(s->gold, out, s->n, &tc);
    }
    if (t->oom) return fail(err, NM_ERR_NOMEM, "out of memory while training");
    nm_ap_average(t);
    double score =
        o->n_dev ? evaluate(t, o->dev, o->n_dev, wf, sc, out, NM_AP_AVERAGE) : (double)ep;
    if (o->verbose) {
      if (id) fprintf(stderr, "run %u, ", id);
      fprintf(stderr, "epoch %u: train F1 %.2f", ep, f1(&tc));
      if (o->n_dev) fprintf(stderr, "  dev F1 %.2f", score);
      fputc('\n', stderr);
    }
    if (score > best) {
      best = score;
      best_epoch = ep;
      nm_ap_keep_best(t);
    } else if (ep >= best_epoch + 3) {
      break; /* no gain for three epochs */
    }
  }
  if (o->verbose) fprintf(stderr, "best epoch %u\n", best_epoch);
  return NM_OK;
}

nm_status nm_ner_train(const nm_ner_train_opts *o, nm_error *err) {
  size_t max_n = 1;
  for (size_t i = 0; i < o->n_train; i++)
    if (o->train[i].n > max_n) max_n = o->train[i].n;
  for (size_t i = 0; i < o->n_dev; i++)
    if (o->dev[i].n > max_n) max_n = o->dev[i].n;
  for (size_t i = 0; i < o->n_train; i++)
    for (size_t j = 0; j < o->train[i].n; j++)
      if (o->train[i].gold[j] >= NM_NER_NLABELS && o->train[i].gold[j] != NM_NER_UNKNOWN)
        return fail(err, NM_ERR_INVALID, "NER training: bad gold label");
  nm_ap tr;
  nm_ap_init(&tr, NM_NER_NLABELS);
  nm_nfeat *wf = malloc((max_n + 4) * sizeof *wf);
  uint8_t *out = malloc(max_n);
  size_t *order = malloc((o->n_train ? o->n_train : 1) * sizeof *order);
  float sc[NM_NER_NLABELS];
  nm_bytes sec[2] = {{0}};
  nm_status st = NM_OK;
  if (!wf || !out || !order) {
    st = fail(err, NM_ERR_NOMEM, "out of memory");
    goto done;
  }
  unsigned runs = o->runs ? o->runs : 1;
  if (runs > NM_NER_MAX_RUNS) runs = NM_NER_MAX_RUNS;
  uint64_t seed0 = o->seed ? o->seed : 0x2545F4914F6CDD1DULL;
  if (runs == 1) {
    st = train_run(o, &tr, seed0, 0, wf, out, order, sc, err);
    if (st != NM_OK) goto done;
  } else {
    /* runs over differently shuffled orders; the model is the mean of
     * their kept weights, steadier than any one run */
    for (unsigned r = 0; r < runs; r++) {
      nm_ap one;
      nm_ap_init(&one, NM_NER_NLABELS);
      st = train_run(o, &one, seed0 + 0x9E3779B97F4A7C15ULL * r, r + 1, wf, out, order, sc, err);
      if (st == NM_OK) nm_ap_add_best(&tr, &one, (float)runs);
      nm_ap_free(&one);
      if (st != NM_OK) goto done;
      if (tr.oom) {
        st = fail(err, NM_ERR_NOMEM, "out of memory while training");
        goto done;
      }
    }
    /* step stays 0: the average is the weight, the mean of the runs' */
    nm_ap_average(&tr);
    nm_ap_keep_best(&tr);
    if (o->verbose && o->n_dev)
      fprintf(stderr, "mean of %u runs: dev F1 %.2f\n", runs,
              evaluate(&tr, o->dev, o->n_dev, wf, sc, out, NM_AP_BEST));
  }
  if (o->prune > 0) {
    size_t left = nm_ap_prune(&tr, o->prune);
    if (o->verbose) {
      fprintf(stderr, "pruned weights below %.2f: %zu features left", (double)o->prune, left);
      if (o->n_dev) fprintf(stderr, "; dev F1 %.2f", evaluate(&tr, o->dev, o->n_dev, wf, sc, out, NM_AP_BEST));
      fputc('\n', stderr);
    }
  }
  float scale = 1;
  st = nm_ap_write_dense(&tr, &sec[1], &scale, err);
  if (st != NM_OK) goto done;
  nm_bytes_u32(&sec[0], NM_NER_FEATURES);
  nm_bytes_u32(&sec[0], NM_NER_NLABELS);
  nm_bytes_u32(&sec[0], 0);
  nm_bytes_f32(&sec[0], scale);
  const uint32_t ids[2] = {NM_FOURCC('N', 'I', 'N', 'F'), NM_FOURCC('N', 'W', 'G', 'T')};
  st = nm_model_write(o->out, NM_NER_KIND, 2, ids, sec, err);
  if (st == NM_OK && o->verbose) fprintf(stderr, "wrote %s\n", o->out);
done:
  nm_bytes_free(&sec[0]);
  nm_bytes_free(&sec[1]);
  nm_ap_free(&tr);
  free(wf);
  free(out);
  free(order);
  return st;
}
