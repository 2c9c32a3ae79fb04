/* avgperc.c - the sparse averaged perceptron (see avgperc.h). */
#include "avgperc.h"

#include "error.h"

#include <stdlib.h>

void nm_ap_init(nm_ap *t, unsigned n_classes) {
  memset(t, 0, sizeof *t);
  t->n_classes = n_classes;
}

void nm_ap_free(nm_ap *t) {
  for (size_t i = 0; i < t->n_slots; i++)
    free(t->rows[i].e);
  free(t->rows);
  memset(t, 0, sizeof *t);
}

static nm_ap_row *find_row(nm_ap *t, uint64_t key, bool create);

static void grow(nm_ap *t) {
  size_t old_n = t->n_slots;
  nm_ap_row *old = t->rows;
  size_t n = old_n ? old_n * 2 : (size_t)1 << 16;
  nm_ap_row *rows = calloc(n, sizeof *rows);
  if (!rows) {
    t->oom = true;
    return;
  }
  t->rows = rows;
  t->n_slots = n;
  t->n_rows = 0;
  for (size_t i = 0; i < old_n; i++)
    if (old[i].key) *find_row(t, old[i].key, true) = old[i];
  free(old);
}

/* Key 0 marks an empty slot, so a feature hashing to 0 is stored as 1. */
static nm_ap_row *find_row(nm_ap *t, uint64_t key, bool create) {
  if (!key) key = 1;
  if (create && (t->n_rows + 1) * 2 > t->n_slots) grow(t);
  if (!t->n_slots || (create && (t->n_rows + 1) * 2 > t->n_slots)) return NULL;
  size_t mask = t->n_slots - 1, i = key & mask;
  for (;;) {
    nm_ap_row *r = &t->rows[i];
    if (r->key == key) return r;
    if (!r->key) {
      if (!create) return NULL;
      r->key = key;
      t->n_rows++;
      return r;
    }
    i = (i + 1) & mask;
  }
}

const nm_ap_row *nm_ap_find(const nm_ap *t, uint64_t key) {
  return find_row((nm_ap *)t, key, false);
}

void nm_ap_score(const nm_ap *t, const uint64_t *feats, size_t nf, float *scores, int which) {
  for (unsigned k = 0; k < t->n_classes; k++)
    scores[k] = 0;
  for (size_t f = 0; f < nf; f++) {
    const nm_ap_row *r = find_row((nm_ap *)t, feats[f], false);
    if (!r) continue;
    for (uint32_t k = 0; k < r->n; k++) {
      const nm_ap_entry *e = &r->e[k];
      scores[e->cls] += which == NM_AP_CURRENT ? e->w : which == NM_AP_AVERAGE ? e->avg : e->best;
    }
  }
}

void nm_ap_update(nm_ap *t, const uint64_t *feats, size_t nf, unsigned cls, float delta) {
  for (size_t f = 0; f < nf; f++) {
    nm_ap_row *r = find_row(t, feats[f], true);
    if (!r) return;
    nm_ap_entry *e = NULL;
    for (uint32_t k = 0; k < r->n; k++)
      if (r->e[k].cls == cls) {
        e = &r->e[k];
        break;
      }
    if (!e) {
      if (r->n == r->cap) {
        uint32_t cap = r->cap ? r->cap * 2 : 2;
        nm_ap_entry *ne = realloc(r->e, cap * sizeof *ne);
        if (!ne) {
          t->oom = true;
          return;
        }
        r->e = ne;
        r->cap = cap;
      }
      e = &r->e[r->n++];
      memset(e, 0, sizeof *e);
      e->cls = (uint16_t)cls;
      e->ts = t->step;
    }
    e->total += (double)(t->step - e->ts) * e->w;
    e->ts = t->step;
    e->w += delta;
  }
}

void nm_ap_average(nm_ap *t) {
  for (size_t i = 0; i < t->n_slots; i++)
    for (uint32_t k = 0; k < t->rows[i].n; k++) {
      nm_ap_entry *e = &t->rows[i].e[k];
      double total = e->total + (double)(t->step - e->ts) * e->w;
      e->avg = t->step ? (float)(total / t->step) : e->w;
    }
}

void nm_ap_keep_best(nm_ap *t) {
  for (size_t i = 0; i < t->n_slots; i++)
    for (uint32_t k = 0; k < t->rows[i].n; k++)
      t->rows[i].e[k].best = t->rows[i].e[k].avg;
}

bool nm_ap_add_best(nm_ap *to, const nm_ap *from, float divisor) {
  for (size_t i = 0; i < from->n_slots && !to->oom; i++)
    for (uint32_t k = 0; k < from->rows[i].n; k++)
      if (from->rows[i].e[k].best != 0)
        nm_ap_update(to, &from->rows[i].key, 1, from->rows[i].e[k].cls,
                     from->rows[i].e[k].best / divisor);
  return !to->oom;
}

size_t nm_ap_prune(nm_ap *t, float min_abs) {
  size_t left = 0;
  for (size_t i = 0; i < t->n_slots; i++) {
    bool any = false;
    for (uint32_t k = 0; k < t->rows[i].n; k++) {
      nm_ap_entry *e = &t->rows[i].e[k];
      if (e->best < min_abs && e->best > -min_abs) e->best = 0;
      if (e->best != 0) any = true;
    }
    left += any;
  }
  return left;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static int cmp_entry(const void *a, const void *b) {
  const nm_ap_entry *x = a, *y = b;
  return (x->cls > y->cls) - (x->cls < y->cls);
}

/* The keys of the rows with a weight of at least min_abs (and not 0), in
 * key order, so that written tables depend on the weights only; *wmax is
 * the largest weight magnitude. NULL when out of memory. */
static uint64_t *live_keys(const nm_ap *t, float min_abs, size_t *n, float *wmax) {
  uint64_t *keys = malloc((t->n_rows ? t->n_rows : 1) * sizeof *keys);
  *n = 0;
  *wmax = 0;
  if (!keys) return NULL;
  for (size_t i = 0; i < t->n_slots; i++) {
    bool any = false;
    for (uint32_t k = 0; k < t->rows[i].n; k++) {
      float a = t->rows[i].e[k].best < 0 ? -t->rows[i].e[k].best : t->rows[i].e[k].best;
      if (a >= min_abs && a > 0) any = true;
      if (a > *wmax) *wmax = a;
    }
    if (any) keys[(*n)++] = t->rows[i].key;
  }
  qsort(keys, *n, sizeof *keys, cmp_u64);
  return keys;
}

nm_status nm_ap_write(const nm_ap *t, float min_abs, nm_bytes *slots, nm_bytes *words,
                      float *scale, nm_error *err) {
  float wmax;
  size_t m;
  uint64_t *keys = live_keys(t, min_abs, &m, &wmax);
  if (!keys) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  *scale = wmax > 0 ? wmax / 32767.0f : 1.0f;
  uint32_t S = 1;
  while (S < 2 * m + 1) /* at most half full: probing for absent features stays short */
    S <<= 1;
  uint64_t *slot_key = calloc(S, sizeof *slot_key);
  uint32_t *slot_off = calloc(S, sizeof *slot_off);
  nm_ap_entry *tmp = malloc((t->n_classes ? t->n_classes : 1) * sizeof *tmp);
  nm_status st = NM_OK;
  if (!slot_key || !slot_off || !tmp) {
    st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    goto out;
  }
  uint64_t off = 0;
  for (size_t i = 0; i < m; i++) {
    const nm_ap_row *r = find_row((nm_ap *)t, keys[i], false);
    uint32_t n = 0;
    for (uint32_t k = 0; k < r->n && n < t->n_classes; k++) {
      float a = r->e[k].best < 0 ? -r->e[k].best : r->e[k].best;
      if (a >= min_abs && a > 0) tmp[n++] = r->e[k];
    }
    qsort(tmp, n, sizeof *tmp, cmp_entry);
    if (off + 1 + n > UINT32_MAX) {
      st = nm_fail(err, NM_ERR_INVALID, "model too large", 0);
      goto out;
    }
    uint64_t s = keys[i] & (S - 1);
    while (slot_key[s])
      s = (s + 1) & (S - 1);
    slot_key[s] = keys[i];
    slot_off[s] = (uint32_t)off;
    nm_bytes_u32(words, n);
    for (uint32_t k = 0; k < n; k++) {
      float q = tmp[k].best / *scale;
      long v = (long)(q < 0 ? q - 0.5f : q + 0.5f);
      if (v > 32767) v = 32767;
      if (v < -32767) v = -32767;
      nm_bytes_u32(words, (uint32_t)tmp[k].cls | (uint32_t)(uint16_t)(int16_t)v << 16);
    }
    off += 1 + n;
  }
  for (uint32_t s = 0; s < S; s++) {
    nm_bytes_u32(slots, slot_key[s] ? nm_ap_fingerprint(slot_key[s]) : 0);
    nm_bytes_u32(slots, slot_off[s]);
  }
  if (slots->failed || words->failed) st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
out:
  free(keys);
  free(slot_key);
  free(slot_off);
  free(tmp);
  return st;
}

nm_status nm_ap_table_load(nm_ap_table *tb, const unsigned char *slots, size_t slots_len,
                           const unsigned char *words, size_t words_len, unsigned n_classes,
                           nm_error *err) {
  size_t S = slots_len / 8, W = words_len / 4;
  if (!slots || !words || slots_len % 8 || words_len % 4 || !S || (S & (S - 1)))
    return nm_fail(err, NM_ERR_FORMAT, "weight table: bad section sizes", 0);
  if (((uintptr_t)words & 3) != 0)
    return nm_fail(err, NM_ERR_FORMAT, "weight table: misaligned section", 0);
  const uint32_t *w = (const uint32_t *)(const void *)words;
  /* The rows must tile the words exactly; a slot may only point at a row
   * start. Checking each row once keeps loading linear in the file size. */
  unsigned char *start = calloc(W / 8 + 1, 1);
  if (!start) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  for (size_t off = 0; off < W;) {
    uint32_t n = w[off];
    if (n > W - off - 1) {
      free(start);
      return nm_fail(err, NM_ERR_FORMAT, "weight table: row out of range", 0);
    }
    for (uint32_t k = 0; k < n; k++)
      if ((w[off + 1 + k] & 0xFFFF) >= n_classes) {
        free(start);
        return nm_fail(err, NM_ERR_FORMAT, "weight table: class out of range", 0);
      }
    start[off / 8] |= (unsigned char)(1u << (off % 8));
    off += 1 + (size_t)n;
  }
  size_t empty = 0;
  for (size_t s = 0; s < S; s++) {
    uint32_t key, off;
    memcpy(&key, slots + 8 * s, 4);
    memcpy(&off, slots + 8 * s + 4, 4);
    if (!key) {
      empty++;
      continue;
    }
    if (!(key & 1u) || off >= W || !(start[off / 8] >> (off % 8) & 1u)) {
      free(start);
      return nm_fail(err, NM_ERR_FORMAT, "weight table: slot does not point at a row", 0);
    }
  }
  free(start);
  if (!empty) return nm_fail(err, NM_ERR_FORMAT, "weight table: no empty slot", 0);
  tb->slots = slots;
  tb->mask = S - 1;
  tb->words = w;
  tb->n_words = W;
  return NM_OK;
}

static int16_t quantize(float w, float scale, long qmax) {
  float q = w / scale;
  long v = (long)(q < 0 ? q - 0.5f : q + 0.5f);
  if (v > qmax) v = qmax;
  if (v < -qmax) v = -qmax;
  return (int16_t)v;
}

nm_status nm_ap_write_dense(const nm_ap *t, nm_bytes *out, float *scale, nm_error *err) {
  const unsigned K = t->n_classes, W = (K + 7) & ~7u;
  if (K == 0 || K > NM_AP_DENSE_MAX) return nm_fail(err, NM_ERR_INVALID, "too many classes", 0);
  float wmax;
  size_t m;
  uint64_t *keys = live_keys(t, 0, &m, &wmax);
  if (!keys) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  *scale = wmax > 0 ? wmax / (float)NM_AP_DENSE_QMAX : 1.0f;
  uint64_t S = m + m * 2 / 3 + 1; /* at most 60% full */
  if (S > 0x7FFFFFFFu) {
    free(keys);
    return nm_fail(err, NM_ERR_INVALID, "model too large", 0);
  }
  uint32_t *slots = calloc((size_t)S * 3, sizeof *slots);
  int16_t *row = malloc(W * sizeof *row);
  nm_bytes dense = {0}, words = {0};
  nm_status st = NM_OK;
  if (!slots || !row) {
    st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    goto out;
  }
  const size_t j = m;
  nm_ap_dense probe = {slots, NULL, NULL, S, K, W};
  uint32_t n_dense = 0, n_words = 0;
  for (size_t r = 0; r < j; r++) {
    const nm_ap_row *tr = find_row((nm_ap *)t, keys[r], false);
    memset(row, 0, W * sizeof *row);
    unsigned nz = 0;
    for (uint32_t k = 0; k < tr->n; k++)
      row[tr->e[k].cls] = quantize(tr->e[k].best, *scale, NM_AP_DENSE_QMAX);
    for (unsigned c = 0; c < K; c++)
      nz += row[c] != 0;
    if (nz == 0) continue; /* every weight rounds to 0 */
    uint32_t a = 0, b = 0;
    if (nz <= 2) {
      uint32_t *to = &a;
      for (unsigned c = 0; c < K; c++)
        if (row[c]) {
          *to = c | (uint32_t)(uint16_t)row[c] << 16;
          to = &b;
        }
    } else if (nz > NM_AP_SMALL_MAX) {
      a = NM_AP_REF;
      b = 0x80000000u | n_dense++;
      for (unsigned c = 0; c < W; c++)
        nm_bytes_u16(&dense, (unsigned)(uint16_t)row[c]);
    } else {
      if (n_words + nz >= 0x0FFFFFFFu) {
        st = nm_fail(err, NM_ERR_INVALID, "model too large", 0);
        goto out;
      }
      a = NM_AP_REF;
      b = (uint32_t)nz << 28 | n_words;
      for (unsigned c = 0; c < K; c++)
        if (row[c]) {
          nm_bytes_u32(&words, c | (uint32_t)(uint16_t)row[c] << 16);
          n_words++;
        }
    }
    uint64_t s = nm_ap_dense_home(&probe, keys[r]);
    while (slots[3 * s])
      if (++s == S) s = 0;
    slots[3 * s] = nm_ap_fingerprint(keys[r]);
    slots[3 * s + 1] = a;
    slots[3 * s + 2] = b;
  }
  nm_bytes_u32(out, K);
  nm_bytes_u32(out, (uint32_t)S);
  nm_bytes_u32(out, n_dense);
  nm_bytes_u32(out, W);
  nm_bytes_u32(out, n_words);
  nm_bytes_u32(out, 0);
  nm_bytes_u32(out, 0);
  nm_bytes_u32(out, 0);
  for (size_t i = 0; i < (size_t)S * 3; i++)
    nm_bytes_u32(out, slots[i]);
  nm_bytes_put(out, dense.data, dense.len);
  nm_bytes_put(out, words.data, words.len);
  if (out->failed || dense.failed || words.failed)
    st = nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
out:
  nm_bytes_free(&dense);
  nm_bytes_free(&words);
  free(slots);
  free(keys);
  free(row);
  return st;
}

nm_status nm_ap_dense_load(nm_ap_dense *tb, const unsigned char *sec, size_t len, unsigned k,
                           nm_error *err) {
  if (!sec || len < 32 || ((uintptr_t)sec & 7) != 0)
    return nm_fail(err, NM_ERR_FORMAT, "weight table: bad section", 0);
  const uint32_t *h = (const uint32_t *)(const void *)sec;
  uint64_t K = h[0], S = h[1], D = h[2], W = h[3], N = h[4];
  if (K != k || K == 0 || K > NM_AP_DENSE_MAX || S == 0 || S > 0x7FFFFFFFu ||
      W != ((K + 7) & ~7u) || h[5] || h[6] || h[7])
    return nm_fail(err, NM_ERR_FORMAT, "weight table: bad header", 0);
  /* sizes in 64 bits cannot overflow: S, D, N < 2^32 and W <= 32 */
  if (len != 32 + 12 * S + 2 * W * D + 4 * N)
    return nm_fail(err, NM_ERR_FORMAT, "weight table: bad section size", 0);
  const uint32_t *slots = h + 8;
  const int16_t *rows = (const int16_t *)(const void *)(slots + 3 * S);
  const uint32_t *words = (const uint32_t *)(const void *)(sec + 32 + 12 * S + 2 * W * D);
  size_t empty = 0;
  for (uint64_t s = 0; s < S; s++) {
    uint32_t key = slots[3 * s], a = slots[3 * s + 1], ref = slots[3 * s + 2];
    if (!key) {
      empty++;
      continue;
    }
    bool ok = key & 1u;
    if (a != NM_AP_REF)
      ok = ok && (a & 0xFFFF) < K && (ref & 0xFFFF) < K;
    else if (ref >> 31)
      ok = ok && (ref & 0x7FFFFFFFu) < D;
    else
      ok = ok && (ref >> 28) <= NM_AP_SMALL_MAX && (uint64_t)(ref & 0x0FFFFFFFu) + (ref >> 28) <= N;
    if (!ok) return nm_fail(err, NM_ERR_FORMAT, "weight table: bad slot", 0);
  }
  if (!empty) return nm_fail(err, NM_ERR_FORMAT, "weight table: no empty slot", 0);
  for (uint64_t i = 0; i < W * D; i++) /* nm_ap_dense_sum relies on this */
    if (rows[i] > NM_AP_DENSE_QMAX || rows[i] < -NM_AP_DENSE_QMAX)
      return nm_fail(err, NM_ERR_FORMAT, "weight table: weight out of range", 0);
  for (uint64_t i = 0; i < N; i++)
    if ((words[i] & 0xFFFF) >= K)
      return nm_fail(err, NM_ERR_FORMAT, "weight table: class out of range", 0);
  tb->slots = slots;
  tb->rows = rows;
  tb->words = words;
  tb->n_slots = S;
  tb->k = (unsigned)K;
  tb->width = (unsigned)W;
  return NM_OK;
}
