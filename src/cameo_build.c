/* cameo_build.c - the event-dictionary builder's storage (interned strings
 * and words, growable records) and the compiler that turns it into the
 * sections of cameo_int.h: sorted phrase runs with first-word indexes, the
 * verb key index, the word hash table, sorted discards and PICO tables.
 * The output depends only on the lines read, in the order read. */
#include "cameo_int.h"

#include "error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE NM_CAMEO_NONE

/* --- storage --------------------------------------------------------------- */

void *nm_cvec_push(nm_cvec *v) {
  if (v->n == v->cap) {
    size_t c = v->cap ? v->cap * 2 : 64;
    if (c > SIZE_MAX / v->size) return NULL;
    unsigned char *q = realloc(v->p, c * v->size);
    if (!q) return NULL;
    v->p = q;
    v->cap = c;
  }
  void *r = v->p + v->n * v->size;
  memset(r, 0, v->size);
  v->n++;
  return r;
}

static void cvec_free(nm_cvec *v) {
  free(v->p);
  v->p = NULL;
  v->n = v->cap = 0;
}

static inline uint32_t mix32(uint32_t x) {
  x ^= x >> 16;
  x *= 0x7feb352du;
  x ^= x >> 15;
  x *= 0x846ca68bu;
  x ^= x >> 16;
  return x;
}

/* Doubles a map's table (keys are rehashed by hash_of). */
static bool cmap_grow(nm_cmap *m, uint32_t (*hash_of)(const nm_cmap *, uint32_t, const void *),
                      const void *ctx) {
  size_t cap = m->cap ? m->cap * 2 : 64;
  uint32_t *k = calloc(cap, sizeof *k), *v = calloc(cap, sizeof *v);
  if (!k || !v) {
    free(k);
    free(v);
    return false;
  }
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->key[i]) continue;
    size_t j = hash_of(m, (uint32_t)i, ctx) & (cap - 1);
    while (k[j])
      j = (j + 1) & (cap - 1);
    k[j] = m->key[i];
    v[j] = m->val[i];
  }
  free(m->key);
  free(m->val);
  m->key = k;
  m->val = v;
  m->cap = cap;
  return true;
}

static uint32_t int_hash_of(const nm_cmap *m, uint32_t slot, const void *ctx) {
  (void)ctx;
  return mix32(m->key[slot]);
}

uint32_t nm_cmap_get(const nm_cmap *m, uint32_t key) {
  if (!m->cap) return NONE;
  for (size_t j = mix32(key + 1) & (m->cap - 1);; j = (j + 1) & (m->cap - 1)) {
    if (!m->key[j]) return NONE;
    if (m->key[j] == key + 1) return m->val[j];
  }
}

bool nm_cmap_put(nm_cmap *m, uint32_t key, uint32_t val) {
  if ((m->n + 1) * 2 > m->cap && !cmap_grow(m, int_hash_of, NULL)) return false;
  size_t j = mix32(key + 1) & (m->cap - 1);
  while (m->key[j] && m->key[j] != key + 1)
    j = (j + 1) & (m->cap - 1);
  if (!m->key[j]) m->n++;
  m->key[j] = key + 1;
  m->val[j] = val;
  return true;
}

/* The pool's table keeps each string's hash as its value. */
static uint32_t str_hash_of(const nm_cmap *m, uint32_t slot, const void *ctx) {
  (void)ctx;
  return m->val[slot];
}

static size_t str_slot(const nm_cameo_builder *b, const char *s, size_t len, uint32_t h) {
  const nm_cmap *m = &b->strs;
  for (size_t j = h & (m->cap - 1);; j = (j + 1) & (m->cap - 1)) {
    if (!m->key[j]) return j;
    const char *t = (const char *)b->pool.data + (m->key[j] - 1);
    if (m->val[j] == h && strncmp(t, s, len) == 0 && t[len] == '\0') return j;
  }
}

uint32_t nm_cb_find_str(const nm_cameo_builder *b, const char *s, size_t len) {
  if (!b->strs.cap || memchr(s, '\0', len)) return NONE;
  size_t j = str_slot(b, s, len, nm_cameo_hash(s, len) ^ (uint32_t)len);
  return b->strs.key[j] ? b->strs.key[j] - 1 : NONE;
}

uint32_t nm_cb_str(nm_cameo_builder *b, const char *s, size_t len) {
  if (b->oom) return NONE;
  uint32_t found = nm_cb_find_str(b, s, len);
  if (found != NONE) return found;
  if ((b->strs.n + 1) * 2 > b->strs.cap && !cmap_grow(&b->strs, str_hash_of, NULL)) goto oom;
  if (b->pool.len + len + 1 >= NONE) goto oom; /* offsets must stay below NONE */
  uint32_t off = (uint32_t)b->pool.len;
  nm_bytes_put(&b->pool, s, len);
  nm_bytes_u8(&b->pool, 0);
  if (b->pool.failed) goto oom;
  uint32_t h = nm_cameo_hash(s, len) ^ (uint32_t)len;
  size_t j = str_slot(b, s, len, h);
  b->strs.key[j] = off + 1;
  b->strs.val[j] = h;
  b->strs.n++;
  return off;
oom:
  b->oom = true;
  return NONE;
}

uint32_t nm_cb_word(nm_cameo_builder *b, const char *s, size_t len) {
  char up[NM_CAMEO_MAX_WORD];
  if (len == 0 || len > NM_CAMEO_MAX_WORD) return NONE;
  for (size_t i = 0; i < len; i++) {
    unsigned c = (unsigned char)s[i];
    up[i] = (char)(c - 'a' < 26u ? c - ('a' - 'A') : c);
  }
  uint32_t off = nm_cb_str(b, up, len);
  if (off == NONE) return NONE;
  uint32_t id = nm_cmap_get(&b->word_of, off);
  if (id != NONE) return id;
  uint32_t *w = nm_cvec_push(&b->words);
  if (!w || b->words.n >= NONE || !nm_cmap_put(&b->word_of, off, (uint32_t)(b->words.n - 1))) {
    b->oom = true;
    return NONE;
  }
  *w = off;
  return (uint32_t)(b->words.n - 1);
}

void nm_cb_warn(nm_cameo_builder *b, uint32_t *kind, const char *name, size_t line,
                const char *what) {
  (*kind)++;
  if (b->n_warn < NM_CAMEO_MAX_WARNINGS) {
    int n = snprintf(NULL, 0, "%s:%zu: %s", name, line, what);
    char *t = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (t) snprintf(t, (size_t)n + 1, "%s:%zu: %s", name, line, what);
    b->warn_text[b->n_warn] = t;
  }
  b->n_warn++;
}

nm_cameo_builder *nm_cameo_builder_new(void) {
  nm_cameo_builder *b = calloc(1, sizeof *b);
  if (!b) return NULL;
  b->words.size = b->pw.size = b->synsets.size = b->vw.size = b->marker_items.size = 4;
  b->sph.size = b->aph.size = b->gph.size = sizeof(nm_cb_phrase);
  b->blocks.size = sizeof(nm_cb_block);
  b->verbs.size = sizeof(nm_cb_verb);
  b->patterns.size = sizeof(nm_cb_pattern);
  b->elems.size = sizeof(nm_cameo_elem);
  b->transforms.size = sizeof(nm_cb_transform);
  b->actors.size = sizeof(nm_cb_actor);
  b->acodes.size = sizeof(nm_cb_acode);
  b->agents.size = sizeof(nm_cb_agent);
  b->discards.size = sizeof(nm_cb_discard);
  b->pico.size = sizeof(nm_cb_pico);
  b->markers.size = sizeof(nm_cb_marker);
  nm_bytes_u8(&b->pool, 0); /* offset 0 is "" */
  b->actor_override_from = UINT32_MAX;
  if (b->pool.failed) {
    free(b);
    return NULL;
  }
  return b;
}

void nm_cameo_builder_override_actors(nm_cameo_builder *b) {
  if (b && b->actor_override_from == UINT32_MAX)
    b->actor_override_from = (uint32_t)b->actors.n;
}

void nm_cameo_builder_free(nm_cameo_builder *b) {
  if (!b) return;
  nm_bytes_free(&b->pool);
  nm_cmap *maps[] = {&b->strs, &b->word_of, &b->synset_of, &b->marker_of};
  for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) {
    free(maps[i]->key);
    free(maps[i]->val);
  }
  nm_cvec *vecs[] = {&b->words,    &b->pw,         &b->synsets, &b->sph,         &b->aph,
                     &b->gph,      &b->blocks,     &b->verbs,   &b->vw,          &b->patterns,
                     &b->elems,    &b->transforms, &b->actors,  &b->acodes,      &b->agents,
                     &b->discards, &b->pico,       &b->markers, &b->marker_items};
  for (size_t i = 0; i < sizeof vecs / sizeof vecs[0]; i++)
    cvec_free(vecs[i]);
  size_t kept = b->n_warn < NM_CAMEO_MAX_WARNINGS ? b->n_warn : NM_CAMEO_MAX_WARNINGS;
  for (size_t i = 0; i < kept; i++)
    free(b->warn_text[i]);
  free(b);
}

size_t nm_cameo_builder_warnings(const nm_cameo_builder *b, nm_cameo_warnings *w) {
  if (w) memset(w, 0, sizeof *w);
  if (!b) return 0;
  if (w) *w = b->warn;
  return b->n_warn;
}

const char *nm_cameo_builder_warning(const nm_cameo_builder *b, size_t i) {
  if (!b || i >= b->n_warn || i >= NM_CAMEO_MAX_WARNINGS) return NULL;
  return b->warn_text[i];
}

/* --- sorting with a context (qsort has none; a static would not be
 * thread-safe). Merge sort: stable, n log n. ------------------------------ */

typedef int (*cmp_fn)(const void *a, const void *b, const void *ctx);

static bool sort_ctx(void *base, size_t n, size_t size, cmp_fn cmp, const void *ctx) {
  if (n < 2) return true;
  unsigned char *a = base, *tmp = malloc(n * size);
  if (!tmp) return false;
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (cmp(a + j * size, a + i * size, ctx) < 0)
          memcpy(tmp + k++ * size, a + j++ * size, size);
        else
          memcpy(tmp + k++ * size, a + i++ * size, size);
      }
      memcpy(tmp + k * size, a + i * size, (mid - i) * size);
      k += mid - i;
      memcpy(tmp + k * size, a + j * size, (hi - j) * size);
    }
    memcpy(a, tmp, n * size);
  }
  free(tmp);
  return true;
}

static int cmp_u32(uint32_t a, uint32_t b) { return a < b ? -1 : a > b; }

/* A vector of u32 as an array (never NULL, so that adding 0 is defined). */
static const uint32_t *u32s(const nm_cvec *v) {
  static const uint32_t none[1];
  return v->p ? (const uint32_t *)v->p : none;
}

/* Word sequences: lexicographic by id, a prefix before its extensions. */
static int cmp_words(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb) {
  for (uint32_t i = 0; i < na && i < nb; i++)
    if (a[i] != b[i]) return cmp_u32(a[i], b[i]);
  return cmp_u32(na, nb);
}

static int cmp_phrase_words(const void *pa, const void *pb, const void *ctx) {
  const nm_cb_phrase *a = pa, *b = pb;
  const uint32_t *pw = ctx;
  int c = cmp_words(pw + a->words, a->len, pw + b->words, b->len);
  return c ? c : cmp_u32(a->entry, b->entry);
}

static int cmp_phrase_entry(const void *pa, const void *pb, const void *ctx) {
  const nm_cb_phrase *a = pa, *b = pb;
  int c = cmp_u32(a->entry, b->entry);
  return c ? c : cmp_phrase_words(pa, pb, ctx);
}

static const char *pool_at(const nm_cameo_builder *b, uint32_t off) {
  return (const char *)b->pool.data + off;
}

static int cmp_discard(const void *pa, const void *pb, const void *ctx) {
  const nm_cb_discard *a = pa, *b = pb;
  int c = strcmp(pool_at(ctx, a->text), pool_at(ctx, b->text));
  if (!c) c = cmp_u32(a->flags, b->flags);
  return c ? c : cmp_u32(a->order, b->order);
}

static int cmp_pico_code(const void *pa, const void *pb, const void *ctx) {
  const nm_cb_pico *a = pa, *b = pb;
  int c = strcmp(pool_at(ctx, a->code), pool_at(ctx, b->code));
  return c ? c : cmp_u32(a->order, b->order);
}

static int cmp_pico_value(const void *pa, const void *pb, const void *ctx) {
  const nm_cb_pico *a = pa, *b = pb;
  (void)ctx;
  if (a->value != b->value) return a->value < b->value ? -1 : 1;
  return cmp_u32(a->order, b->order);
}

/* A verb under one of its keys. */
typedef struct vkey {
  uint32_t key, verb;
} vkey;

/* Two verbs by what a coder sees of them under one key: all but the
 * inflected word. */
static int cmp_verb_use(const nm_cameo_builder *bd, uint32_t a, uint32_t b) {
  const nm_cb_verb *va = &NM_CV(bd->verbs, nm_cb_verb, a);
  const nm_cb_verb *vb = &NM_CV(bd->verbs, nm_cb_verb, b);
  const uint32_t *vw = u32s(&bd->vw);
  int c = cmp_u32(va->block, vb->block);
  if (!c) c = cmp_u32(va->code, vb->code);
  if (!c) c = cmp_u32(va->code2, vb->code2);
  if (!c) c = cmp_words(vw + va->words, va->n_pre, vw + vb->words, vb->n_pre);
  if (!c)
    c = cmp_words(vw + va->words + va->n_pre, va->n_post, vw + vb->words + vb->n_pre, vb->n_post);
  return c;
}

static int cmp_vkey_same(const void *pa, const void *pb, const void *ctx) {
  const vkey *a = pa, *b = pb;
  int c = cmp_u32(a->key, b->key);
  if (!c) c = cmp_verb_use(ctx, a->verb, b->verb);
  return c ? c : cmp_u32(a->verb, b->verb);
}

static int cmp_vkey_order(const void *pa, const void *pb, const void *ctx) {
  const vkey *a = pa, *b = pb;
  const nm_cameo_builder *bd = ctx;
  const nm_cb_verb *va = &NM_CV(bd->verbs, nm_cb_verb, a->verb);
  const nm_cb_verb *vb = &NM_CV(bd->verbs, nm_cb_verb, b->verb);
  int c = cmp_u32(a->key, b->key);
  if (!c) c = cmp_u32(vb->n_pre + vb->n_post, va->n_pre + va->n_post);
  return c ? c : cmp_u32(a->verb, b->verb);
}

/* --- compiling ------------------------------------------------------------- */

enum { N_SECTIONS = 26 };

typedef struct out {
  uint32_t ids[N_SECTIONS];
  nm_bytes sec[N_SECTIONS];
  size_t n;
} out;

static nm_bytes *section(out *o, uint32_t id) {
  o->ids[o->n] = id;
  return &o->sec[o->n++];
}

static void put_u32s(nm_bytes *s, const nm_cvec *v) {
  for (size_t i = 0; i < v->n; i++)
    nm_bytes_u32(s, NM_CV(*v, uint32_t, i));
}

/* Does actor phrase p's actor have a code? */
static bool coded_actor(const nm_cameo_builder *b, const nm_cb_phrase *p) {
  return NM_CV(b->actors, nm_cb_actor, p->entry).count > 0;
}

/* Sorts phrases (by words, or by entry then words) and drops repeats;
 * writes the records into s. For actors (actors set), a phrase that two
 * actors share is the first coded one's: a lookup only ever returns the
 * first, and an actor line without codes ("U.N._" before "U.N.
 * [IGOUNO]" in Phoenix.International) must not hide the coded one; but a
 * coded actor read after nm_cameo_builder_override_actors() wins over
 * one read before. */
static bool put_phrases(nm_cameo_builder *b, nm_cvec *ph, bool by_entry, bool actors,
                        nm_bytes *s) {
  const uint32_t *pw = u32s(&b->pw);
  if (!sort_ctx(ph->p, ph->n, ph->size, by_entry ? cmp_phrase_entry : cmp_phrase_words, pw))
    return false;
  size_t k = 0;
  for (size_t i = 0; i < ph->n; i++) {
    nm_cb_phrase *p = &NM_CV(*ph, nm_cb_phrase, i);
    if (k && cmp_phrase_words(p, &NM_CV(*ph, nm_cb_phrase, k - 1), pw) == 0) continue;
    if (actors && k) {
      nm_cb_phrase *q = &NM_CV(*ph, nm_cb_phrase, k - 1);
      if (q->len == p->len && cmp_words(pw + q->words, q->len, pw + p->words, p->len) == 0) {
        bool over = p->entry >= b->actor_override_from && q->entry < b->actor_override_from;
        if ((!coded_actor(b, q) || over) && coded_actor(b, p)) *q = *p;
        continue;
      }
    }
    NM_CV(*ph, nm_cb_phrase, k++) = *p;
  }
  ph->n = k;
  for (size_t i = 0; i < k; i++) {
    const nm_cb_phrase *p = &NM_CV(*ph, nm_cb_phrase, i);
    nm_bytes_u32(s, p->words);
    nm_bytes_u32(s, p->len);
    nm_bytes_u32(s, p->entry);
  }
  return true;
}

/* The first-word index of sorted phrases: W + 1 offsets. */
static void put_first_index(const nm_cameo_builder *b, const nm_cvec *ph, nm_bytes *s) {
  size_t i = 0;
  for (uint32_t w = 0; w <= b->words.n; w++) {
    while (i < ph->n && NM_CV(b->pw, uint32_t, NM_CV(*ph, nm_cb_phrase, i).words) < w)
      i++;
    nm_bytes_u32(s, (uint32_t)i);
  }
}

/* SYNS: each synset's run of the phrases sorted by synset. */
static void put_synsets(const nm_cameo_builder *b, nm_bytes *s) {
  size_t i = 0;
  for (uint32_t y = 0; y < b->synsets.n; y++) {
    size_t first = i;
    while (i < b->sph.n && NM_CV(b->sph, nm_cb_phrase, i).entry == y)
      i++;
    nm_bytes_u32(s, NM_CV(b->synsets, uint32_t, y));
    nm_bytes_u32(s, (uint32_t)first);
    nm_bytes_u32(s, (uint32_t)(i - first));
  }
}

/* VKEY and VIDX: every verb under its word and its base, repeats under a
 * key dropped, longest first. */
static bool put_verb_keys(const nm_cameo_builder *b, nm_bytes *keys, nm_bytes *idx) {
  vkey *k = malloc((b->verbs.n * 2 + 1) * sizeof *k);
  if (!k) return false;
  size_t n = 0;
  for (uint32_t v = 0; v < b->verbs.n; v++) {
    const nm_cb_verb *vb = &NM_CV(b->verbs, nm_cb_verb, v);
    k[n++] = (vkey){vb->word, v};
    if (vb->base != vb->word) k[n++] = (vkey){vb->base, v};
  }
  bool ok = sort_ctx(k, n, sizeof *k, cmp_vkey_same, b);
  size_t m = 0;
  for (size_t i = 0; ok && i < n; i++) {
    /* the first of a key's verbs that look the same is the earliest */
    if (m && k[m - 1].key == k[i].key && cmp_verb_use(b, k[m - 1].verb, k[i].verb) == 0) continue;
    k[m++] = k[i];
  }
  ok = ok && sort_ctx(k, m, sizeof *k, cmp_vkey_order, b);
  size_t i = 0;
  for (uint32_t w = 0; ok && w <= b->words.n; w++) {
    while (i < m && k[i].key < w)
      i++;
    nm_bytes_u32(idx, (uint32_t)i);
  }
  for (size_t j = 0; ok && j < m; j++)
    nm_bytes_u32(keys, k[j].verb);
  free(k);
  return ok;
}

/* WHSH: the word hash table, two thirds full; returns the longest probe. */
static uint32_t put_word_hash(const nm_cameo_builder *b, nm_bytes *s, uint32_t *slots) {
  size_t cap = b->words.n * 3 / 2 + 1;
  if (cap < 16) cap = 16;
  uint32_t *t = calloc(cap, sizeof *t), probe = 0;
  if (!t) {
    s->failed = true;
    *slots = 0;
    return 0;
  }
  for (uint32_t w = 0; w < b->words.n; w++) {
    const char *text = pool_at(b, NM_CV(b->words, uint32_t, w));
    size_t j = nm_cameo_home(nm_cameo_hash(text, strlen(text)), (uint32_t)cap);
    uint32_t p = 0;
    while (t[j]) {
      j = j + 1 == cap ? 0 : j + 1;
      p++;
    }
    t[j] = w + 1;
    if (p > probe) probe = p;
  }
  for (size_t j = 0; j < cap; j++)
    nm_bytes_u32(s, t[j]);
  free(t);
  *slots = (uint32_t)cap;
  return probe;
}

static bool put_discards(nm_cameo_builder *b, nm_bytes *s) {
  nm_cvec *d = &b->discards;
  if (!sort_ctx(d->p, d->n, d->size, cmp_discard, b)) return false;
  size_t k = 0;
  for (size_t i = 0; i < d->n; i++) {
    nm_cb_discard *x = &NM_CV(*d, nm_cb_discard, i);
    if (k) {
      const nm_cb_discard *y = &NM_CV(*d, nm_cb_discard, k - 1);
      if (y->text == x->text && y->flags == x->flags) continue;
    }
    NM_CV(*d, nm_cb_discard, k++) = *x;
  }
  d->n = k;
  for (size_t i = 0; i < k; i++) {
    nm_bytes_u32(s, NM_CV(*d, nm_cb_discard, i).text);
    nm_bytes_u32(s, NM_CV(*d, nm_cb_discard, i).flags);
  }
  return true;
}

/* PICO sorted by code, a code listed again dropped (its first line wins);
 * PREV, their indices sorted by value. */
static bool put_pico(nm_cameo_builder *b, nm_bytes *s, nm_bytes *rev) {
  nm_cvec *p = &b->pico;
  if (!sort_ctx(p->p, p->n, p->size, cmp_pico_code, b)) return false;
  size_t k = 0;
  for (size_t i = 0; i < p->n; i++) {
    nm_cb_pico x = NM_CV(*p, nm_cb_pico, i);
    if (k && NM_CV(*p, nm_cb_pico, k - 1).code == x.code) continue;
    NM_CV(*p, nm_cb_pico, k++) = x;
  }
  p->n = k;
  nm_cb_pico *byval = malloc((p->n + 1) * sizeof *byval);
  if (!byval) return false;
  for (size_t i = 0; i < p->n; i++) {
    const nm_cb_pico *x = &NM_CV(*p, nm_cb_pico, i);
    nm_bytes_u32(s, x->code);
    nm_bytes_u32(s, (uint32_t)x->value);
    byval[i] = *x;
    byval[i].code = (uint32_t)i; /* here: its index in PICO */
  }
  bool ok = sort_ctx(byval, p->n, sizeof *byval, cmp_pico_value, NULL);
  for (size_t i = 0; ok && i < p->n; i++)
    nm_bytes_u32(rev, byval[i].code);
  free(byval);
  return ok;
}

/* Every section, in a fixed order. */
static nm_status compile(nm_cameo_builder *b, out *o, nm_error *err) {
  memset(o, 0, sizeof *o);
  if (!b) return nm_fail(err, NM_ERR_INVALID, "no builder", 0);
  if (b->oom) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  uint32_t count[NM_CI_N] = {0};
  nm_bytes *info = section(o, NM_CS_INFO);
  nm_bytes_put(section(o, NM_CS_STRS), b->pool.data, b->pool.len);
  put_u32s(section(o, NM_CS_WORD), &b->words);
  count[NM_CI_PROBE] = put_word_hash(b, section(o, NM_CS_WHSH), &count[NM_CI_SLOTS]);
  put_u32s(section(o, NM_CS_PWRD), &b->pw);
  bool ok = put_phrases(b, &b->sph, true, false, section(o, NM_CS_SPHR));
  put_synsets(b, section(o, NM_CS_SYNS));
  nm_bytes *actr = section(o, NM_CS_ACTR);
  for (size_t i = 0; i < b->actors.n; i++) {
    const nm_cb_actor *a = &NM_CV(b->actors, nm_cb_actor, i);
    nm_bytes_u32(actr, a->name);
    nm_bytes_u32(actr, a->first);
    nm_bytes_u32(actr, a->count);
  }
  nm_bytes *acod = section(o, NM_CS_ACOD);
  for (size_t i = 0; i < b->acodes.n; i++) {
    const nm_cb_acode *a = &NM_CV(b->acodes, nm_cb_acode, i);
    nm_bytes_u32(acod, a->code);
    nm_bytes_u32(acod, a->kind << 30 | a->from);
    nm_bytes_u32(acod, a->to);
  }
  ok = ok && put_phrases(b, &b->aph, false, true, section(o, NM_CS_APHR));
  put_first_index(b, &b->aph, section(o, NM_CS_AIDX));
  nm_bytes *agnt = section(o, NM_CS_AGNT);
  for (size_t i = 0; i < b->agents.n; i++) {
    nm_bytes_u32(agnt, NM_CV(b->agents, nm_cb_agent, i).code);
    nm_bytes_u32(agnt, NM_CV(b->agents, nm_cb_agent, i).flags);
  }
  ok = ok && put_phrases(b, &b->gph, false, false, section(o, NM_CS_GPHR));
  put_first_index(b, &b->gph, section(o, NM_CS_GIDX));
  nm_bytes *blk = section(o, NM_CS_VBLK);
  for (size_t i = 0; i < b->blocks.n; i++) {
    const nm_cb_block *x = &NM_CV(b->blocks, nm_cb_block, i);
    uint32_t f[5] = {x->name, x->code, x->code2, x->first, x->count};
    for (int k = 0; k < 5; k++)
      nm_bytes_u32(blk, f[k]);
  }
  nm_bytes *vrb = section(o, NM_CS_VERB);
  for (size_t i = 0; i < b->verbs.n; i++) {
    const nm_cb_verb *x = &NM_CV(b->verbs, nm_cb_verb, i);
    uint32_t f[8] = {x->word, x->base, x->block, x->code, x->code2, x->words, x->n_pre, x->n_post};
    for (int k = 0; k < 8; k++)
      nm_bytes_u32(vrb, f[k]);
  }
  put_u32s(section(o, NM_CS_VWRD), &b->vw);
  nm_bytes *vkeys = section(o, NM_CS_VKEY);
  ok = ok && put_verb_keys(b, vkeys, section(o, NM_CS_VIDX));
  nm_bytes *pat = section(o, NM_CS_PATN);
  for (size_t i = 0; i < b->patterns.n; i++) {
    const nm_cb_pattern *x = &NM_CV(b->patterns, nm_cb_pattern, i);
    uint32_t f[7] = {x->block, x->first, x->n, x->code, x->code2, x->text, x->line};
    for (int k = 0; k < 7; k++)
      nm_bytes_u32(pat, f[k]);
  }
  nm_bytes *el = section(o, NM_CS_ELEM);
  for (size_t i = 0; i < b->elems.n; i++) {
    nm_bytes_u32(el, NM_CV(b->elems, nm_cameo_elem, i).kind);
    nm_bytes_u32(el, NM_CV(b->elems, nm_cameo_elem, i).a);
  }
  nm_bytes *tr = section(o, NM_CS_TRNS);
  for (size_t i = 0; i < b->transforms.n; i++) {
    const nm_cb_transform *x = &NM_CV(b->transforms, nm_cb_transform, i);
    nm_bytes_put(tr, x->var, 5);
    nm_bytes_put(tr, "\0\0\0", 3);
    uint32_t f[6] = {x->in_verb, x->in_verb2, x->verb, x->verb2, x->code, x->line};
    for (int k = 0; k < 6; k++)
      nm_bytes_u32(tr, f[k]);
  }
  ok = ok && put_discards(b, section(o, NM_CS_DSCD));
  nm_bytes *pico = section(o, NM_CS_PICO);
  ok = ok && put_pico(b, pico, section(o, NM_CS_PREV));
  nm_bytes_u64(section(o, NM_CS_CSUM), 0); /* nm_cameo_seal() fills it */

  const nm_cvec *counted[NM_CI_N] = {[NM_CI_WORDS] = &b->words,
                                     [NM_CI_PWORDS] = &b->pw,
                                     [NM_CI_SYNSETS] = &b->synsets,
                                     [NM_CI_SPHR] = &b->sph,
                                     [NM_CI_ACTORS] = &b->actors,
                                     [NM_CI_ACODES] = &b->acodes,
                                     [NM_CI_APHR] = &b->aph,
                                     [NM_CI_AGENTS] = &b->agents,
                                     [NM_CI_GPHR] = &b->gph,
                                     [NM_CI_BLOCKS] = &b->blocks,
                                     [NM_CI_VERBS] = &b->verbs,
                                     [NM_CI_VWORDS] = &b->vw,
                                     [NM_CI_PATTERNS] = &b->patterns,
                                     [NM_CI_ELEMS] = &b->elems,
                                     [NM_CI_TRANSFORMS] = &b->transforms,
                                     [NM_CI_DISCARDS] = &b->discards,
                                     [NM_CI_PICO] = &b->pico};
  for (int i = 0; i < NM_CI_N; i++)
    if (counted[i]) count[i] = (uint32_t)counted[i]->n;
  count[NM_CI_VKEYS] = (uint32_t)(vkeys->len / 4);
  nm_bytes_u32(info, NM_CAMEO_FORMAT);
  nm_bytes_u32(info, NM_CAMEO_MAX_PHRASE);
  for (int i = 0; i < NM_CI_N; i++)
    nm_bytes_u32(info, count[i]);
  for (size_t i = 0; i < o->n; i++)
    if (o->sec[i].failed) ok = false;
  if (!ok) {
    for (size_t i = 0; i < o->n; i++)
      nm_bytes_free(&o->sec[i]);
    return nm_fail(err, NM_ERR_NOMEM, "out of memory while compiling the dictionary", 0);
  }
  return NM_OK;
}

/* The container of model.h in memory, laid out as nm_model_write() lays
 * out a file (that one only writes to a path). */
static nm_status container(out *o, nm_bytes *file, nm_error *err) {
  memset(file, 0, sizeof *file);
  nm_bytes_put(file, "NEWSMILL", 8);
  nm_bytes_u32(file, NM_MODEL_VERSION);
  nm_bytes_u32(file, NM_CAMEO_KIND);
  nm_bytes_u32(file, (uint32_t)o->n);
  nm_bytes_u32(file, 0);
  uint64_t at = (24 + 24 * (uint64_t)o->n + 7) & ~(uint64_t)7, start[N_SECTIONS];
  for (size_t i = 0; i < o->n; i++) {
    start[i] = at;
    at = (at + o->sec[i].len + 7) & ~(uint64_t)7;
    nm_bytes_u32(file, o->ids[i]);
    nm_bytes_u32(file, 0);
    nm_bytes_u64(file, start[i]);
  }
  for (size_t i = 0; i < o->n; i++)
    nm_bytes_u64(file, o->sec[i].len);
  for (size_t i = 0; i < o->n; i++) {
    while (file->len < start[i] && !file->failed)
      nm_bytes_u8(file, 0);
    nm_bytes_put(file, o->sec[i].data, o->sec[i].len);
  }
  for (size_t i = 0; i < o->n; i++)
    nm_bytes_free(&o->sec[i]);
  if (file->failed || !nm_cameo_seal(file->data, file->len)) {
    nm_bytes_free(file);
    return nm_fail(err, NM_ERR_NOMEM, "out of memory while writing the dictionary", 0);
  }
  return NM_OK;
}

static nm_status compile_bytes(nm_cameo_builder *b, nm_bytes *file, nm_error *err) {
  out o;
  nm_status st = compile(b, &o, err);
  if (st != NM_OK) return st;
  return container(&o, file, err);
}

nm_status nm_cameo_builder_write(nm_cameo_builder *b, const char *path, nm_error *err) {
  nm_bytes file;
  nm_status st = compile_bytes(b, &file, err);
  if (st != NM_OK) return st;
  FILE *f = path ? fopen(path, "wb") : NULL;
  if (!f) {
    nm_bytes_free(&file);
    return nm_fail(err, NM_ERR_IO, "cannot create the dictionary file", 0);
  }
  bool ok = fwrite(file.data, 1, file.len, f) == file.len;
  if (fclose(f) != 0) ok = false;
  nm_bytes_free(&file);
  return ok ? NM_OK : nm_fail(err, NM_ERR_IO, "writing the dictionary file failed", 0);
}

nm_status nm_cameo_builder_finish(nm_cameo_builder *b, nm_cameo **result, nm_error *err) {
  if (!result) return nm_fail(err, NM_ERR_INVALID, "no result pointer", 0);
  *result = NULL;
  nm_bytes file;
  nm_status st = compile_bytes(b, &file, err);
  if (st != NM_OK) return st;
  return nm_cameo_open_owned(file.data, file.len, result, err);
}
