/* ner.c - the NER model at run time: loading and labelling.
 *
 * Model sections (container: model.h; integers little-endian):
 *   NINF  u32 feature-set version (NM_NER_FEATURES), u32 number of labels
 *         (NM_NER_NLABELS), u32 reserved 0, f32 weight scale
 *   NWGT  the weights, a dense table (avgperc.h, nm_ap_dense) */
#include "ner.h"

#include "avgperc.h"
#include "ner_feat.h"

#include <stdlib.h>
#include <string.h>

struct nm_ner {
  nm_model model;
  nm_ap_dense w;
};

static nm_ner *fail(nm_ner *m, nm_error *err, nm_status code, const char *msg) {
  if (m) {
    nm_model_close(&m->model);
    free(m);
  }
  if (err) {
    err->code = code;
    err->msg = msg;
    err->pos = 0;
  }
  return NULL;
}

static nm_ner *load(nm_ner *m, nm_error *err) {
  size_t len;
  const unsigned char *inf = nm_model_section(&m->model, NM_FOURCC('N', 'I', 'N', 'F'), &len);
  if (!inf || len < 16) return fail(m, err, NM_ERR_FORMAT, "NER model: missing NINF section");
  if (nm_rd32(inf) != NM_NER_FEATURES)
    return fail(m, err, NM_ERR_FORMAT, "NER model: built with another feature set; retrain");
  if (nm_rd32(inf + 4) != NM_NER_NLABELS || nm_rd32(inf + 8) != 0)
    return fail(m, err, NM_ERR_FORMAT, "NER model: bad label count");
  const unsigned char *sec = nm_model_section(&m->model, NM_FOURCC('N', 'W', 'G', 'T'), &len);
  if (!sec) return fail(m, err, NM_ERR_FORMAT, "NER model: missing NWGT section");
  nm_error e2 = {0};
  if (nm_ap_dense_load(&m->w, sec, len, NM_NER_NLABELS, &e2) != NM_OK)
    return fail(m, err, e2.code ? e2.code : NM_ERR_FORMAT,
                e2.msg ? e2.msg : "NER model: bad weight table");
  return m;
}

nm_ner *nm_ner_open(const char *path, nm_error *err) {
  nm_ner *m = calloc(1, sizeof *m);
  if (!m) return fail(NULL, err, NM_ERR_NOMEM, "out of memory");
  if (nm_model_open(path, NM_NER_KIND, &m->model, err) != NM_OK) {
    free(m);
    return NULL;
  }
  return load(m, err);
}

nm_ner *nm_ner_open_mem(const unsigned char *buf, size_t len, nm_error *err) {
  nm_ner *m = calloc(1, sizeof *m);
  if (!m) return fail(NULL, err, NM_ERR_NOMEM, "out of memory");
  if (nm_model_open_mem(buf, len, NM_NER_KIND, &m->model, err) != NM_OK) {
    free(m);
    return NULL;
  }
  return load(m, err);
}

void nm_ner_free(nm_ner *m) {
  if (!m) return;
  nm_model_close(&m->model);
  free(m);
}

/* The best allowed label after prev, from scores sc. */
static unsigned best_label(const int32_t *sc, unsigned prev) {
  unsigned best = NM_NER_NLABELS;
  for (unsigned c = 0; c < NM_NER_NLABELS; c++)
    if (nm_ner_allowed(prev, c) && (best == NM_NER_NLABELS || sc[c] > sc[best])) best = c;
  return best;
}

/* Repairs the end of a sentence: an open span (last label B or I) is
 * closed by turning its last label into L (or U). */
static void close_last(uint8_t *labels, size_t n) {
  if (!n || labels[n - 1] == 0) return;
  unsigned l = labels[n - 1], t = nm_ner_type(l), part = nm_ner_part(l);
  if (part == NM_NER_B) labels[n - 1] = (uint8_t)nm_ner_label(t, NM_NER_U);
  if (part == NM_NER_I) labels[n - 1] = (uint8_t)nm_ner_label(t, NM_NER_L);
}

nm_status nm_ner_tag(const nm_ner *m, const nm_nword *words, size_t n, uint8_t *labels) {
  if (!n) return NM_OK;
  nm_nfeat *wf = malloc((n + 4) * sizeof *wf);
  if (!wf) return NM_ERR_NOMEM;
  nm_ner_values(words, n, wf);
  unsigned p1 = 0, p2 = 0;
  uint64_t f[NM_NER_NFEAT];
  for (size_t i = 0; i < n; i++) {
    nm_ner_features(wf, i, p1, p2, f);
    for (int k = 0; k < NM_NER_NFEAT; k++)
      nm_ap_dense_prefetch(&m->w, f[k]);
    const int16_t *rows[NM_NER_NFEAT];
    nm_ap_list lists[NM_NER_NFEAT];
    int nr = 0, nl = 0;
    int32_t sc[NM_AP_DENSE_MAX] = {0}, dsum[NM_AP_DENSE_MAX];
    for (int k = 0; k < NM_NER_NFEAT; k++)
      nm_ap_dense_lookup(&m->w, f[k], sc, rows, &nr, lists, &nl);
    nm_ap_dense_add_lists(lists, nl, sc);
    nm_ap_dense_sum(&m->w, rows, nr, dsum);
    for (unsigned c = 0; c < NM_NER_NLABELS; c++)
      sc[c] += dsum[c];
    unsigned l = best_label(sc, p1);
    labels[i] = (uint8_t)l;
    p2 = p1;
    p1 = l;
  }
  close_last(labels, n);
  free(wf);
  return NM_OK;
}

/* --- Document context ------------------------------------------------ */

static int is_upper_ascii(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower_ascii(unsigned char c) { return c >= 'a' && c <= 'z'; }

typedef struct ctx_slot {
  uint64_t key; /* 0 = empty */
  uint32_t lower, upper_mid;
} ctx_slot;

static ctx_slot *ctx_find(ctx_slot *t, uint64_t mask, uint64_t key) {
  uint64_t i = key & mask;
  while (t[i].key && t[i].key != key)
    i = (i + 1) & mask;
  t[i].key = key;
  return &t[i];
}

static uint64_t lower_key(const nm_nword *w) {
  unsigned char buf[64];
  size_t m = nm_lower64(w->form, w->len, buf);
  return nm_hash_bytes(buf, m, 0x77) | 1u;
}

nm_status nm_ner_context(nm_nword *words, size_t n, const size_t *starts, size_t n_sent) {
  uint64_t cap = 16;
  while (cap < 2 * (uint64_t)n)
    cap <<= 1;
  ctx_slot *t = calloc(cap, sizeof *t);
  if (!t) return NM_ERR_NOMEM;
  size_t s = 0;
  for (size_t i = 0; i < n; i++) {
    while (s < n_sent && starts[s] < i)
      s++;
    int initial = s < n_sent && starts[s] == i;
    words[i].ctx = initial ? NM_NCTX_SENT_START : 0;
    if (!words[i].len) continue;
    unsigned char c0 = (unsigned char)words[i].form[0];
    ctx_slot *e = ctx_find(t, cap - 1, lower_key(&words[i]));
    if (is_lower_ascii(c0)) e->lower++;
    if (is_upper_ascii(c0) && !initial) e->upper_mid++;
  }
  for (size_t i = 0; i < n; i++) {
    if (!words[i].len || !is_upper_ascii((unsigned char)words[i].form[0])) continue;
    ctx_slot *e = ctx_find(t, cap - 1, lower_key(&words[i]));
    unsigned self = !(words[i].ctx & NM_NCTX_SENT_START);
    if (e->lower) words[i].ctx |= NM_NCTX_LOWER_ELSEWHERE;
    if (e->upper_mid > self) words[i].ctx |= NM_NCTX_UPPER_ELSEWHERE;
  }
  free(t);
  return NM_OK;
}
