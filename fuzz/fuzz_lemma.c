/* fuzz_lemma.c - the lemmatiser's loader, run time and builder.
 *
 * Each input is used three ways:
 *   1. As a blob: nm_lemmatizer_open() on the bytes as they are.
 *   2. As damage to a good blob: the input is read as 3-byte edits {u16
 *      offset, u8 value}, applied to a blob built from fixed tokens; the
 *      first byte, when odd, also cuts the blob short (to byte/256 of it). Random bytes rarely
 *      pass the magic number and the size check, so this is what reaches
 *      the table checks without a seed corpus.
 *   3. As training data: lines "form TAB xpos TAB lemma" fed to a builder,
 *      whose blob must always open, and then lemmatise its own forms.
 * Every blob that opens is run over fixed forms and must stay in bounds
 * (ASan) and keep nm_lemmatize()'s contract; every blob that does not open
 * must say why with NM_ERR_FORMAT and a message. */
#include "lemma.h"
#include "fuzz_check.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const seed_tokens[][3] = {
    {"cats", "NNS", "cat"},
    {"dogs", "NNS", "dog"},
    {"studies", "NNS", "study"},
    {"cities", "NNS", "city"},
    {"children", "NNS", "child"},
    {"walked", "VBD", "walk"},
    {"talked", "VBD", "talk"},
    {"stopped", "VBD", "stop"},
    {"chopped", "VBD", "chop"},
    {"hoped", "VBD", "hope"},
    {"went", "VBD", "go"},
    {"running", "VBG", "run"},
    {"making", "VBG", "make"},
    {"taking", "VBG", "take"},
    {"Blinken", "NNP", "Blinken"},
    {"Americans", "NNPS", "American"},
    {"Democrats", "NNPS", "Democrat"},
    {"American", "JJ", "American"},
    {"Good", "JJ", "good"},
    {"good", "JJ", "good"},
    {"me", "PRP", "I"},
    {"n't", "RB", "not"},
    {"cafés", "NNS", "café"},
};

/* Forms every opened blob is run over. */
static const char *const probes[][2] = {
    {"studies", "NNS"},
    {"went", "VBD"},
    {"Blinken", "NNP"},
    {"RUNNING", "VBG"},
    {"wiped", "VBD"},
    {"Ukrainian", "JJ"},
    {"\xc3\xa9"
     "d",
     "NNS"},
    {"x", "ZZ"},
    {"", "NN"},
    {"s", ""},
    {"\xff", "JJ"},
};

/* A good blob, built once and kept (still reachable at exit). */
static const unsigned char *good_blob(size_t *len) {
  static unsigned char *blob;
  static size_t blob_len;
  if (!blob) {
    nm_lemma_builder *b = nm_lemma_builder_new();
    FUZZ_CHECK(b != NULL);
    for (size_t i = 0; i < sizeof seed_tokens / sizeof seed_tokens[0]; i++) {
      const char *const *t = seed_tokens[i];
      FUZZ_CHECK(
          nm_lemma_builder_add(b, t[0], strlen(t[0]), t[1], strlen(t[1]), t[2], strlen(t[2])) == 0);
    }
    FUZZ_CHECK(nm_lemma_builder_finish(b, &blob, &blob_len) == 0);
    nm_lemma_builder_free(b);
  }
  *len = blob_len;
  return blob;
}

/* Lemmatises form with l and checks the output contract. */
static void probe(const nm_lemmatizer *l, const char *form, size_t form_len, const char *xpos,
                  size_t xpos_len) {
  char out[16];
  memset(out, 'x', sizeof out);
  size_t n = nm_lemmatize(l, form, form_len, xpos, xpos_len, out, sizeof out);
  FUZZ_CHECK(out[n < sizeof out ? n : sizeof out - 1] == '\0');
  FUZZ_CHECK(n <= form_len + 255 || n <= 65535);
  /* Asking again with room for all of it gives the same bytes. */
  char *full = malloc(n + 1);
  FUZZ_CHECK(full != NULL);
  FUZZ_CHECK(nm_lemmatize(l, form, form_len, xpos, xpos_len, full, n + 1) == n);
  FUZZ_CHECK(full[n] == '\0');
  FUZZ_CHECK(memcmp(full, out, n < sizeof out - 1 ? n : sizeof out - 1) == 0);
  free(full);
}

static void probe_all(const nm_lemmatizer *l) {
  for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++)
    probe(l, probes[i][0], strlen(probes[i][0]), probes[i][1], strlen(probes[i][1]));
  /* the hash index must give the binary searches' answers */
  nm_lemmatizer x = *l;
  nm_lemma_index *ix = nm_lemma_index_new(&x);
  if (!ix) return; /* nothing opened, or out of memory */
  x.index = ix;
  for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
    char a[512], b[512];
    const char *f = probes[i][0], *t = probes[i][1];
    size_t na = nm_lemmatize(l, f, strlen(f), t, strlen(t), a, sizeof a);
    size_t nb = nm_lemmatize(&x, f, strlen(f), t, strlen(t), b, sizeof b);
    FUZZ_CHECK(na == nb && strcmp(a, b) == 0);
  }
  nm_lemma_index_free(ix);
}

/* Opens buf[0..len); probes it when it opens. */
static void try_open(const unsigned char *buf, size_t len) {
  nm_lemmatizer l;
  nm_error err = {NM_OK, NULL, 0};
  nm_status st = nm_lemmatizer_open(buf, len, &l, &err);
  if (st == NM_OK) {
    FUZZ_CHECK(l.base == buf && l.len == len);
  } else {
    FUZZ_CHECK(st == NM_ERR_FORMAT && err.code == NM_ERR_FORMAT && err.msg != NULL);
    FUZZ_CHECK(err.pos < len || err.pos == 0);
  }
  /* A failed open leaves a lemmatiser that gives forms back unchanged. */
  probe_all(&l);
}

static void damage(const uint8_t *data, size_t size) {
  size_t len;
  const unsigned char *good = good_blob(&len);
  size_t cut = len;
  if (size && (data[0] & 1)) cut = (size_t)(data[0] >> 1) * len / 128;
  /* An exact-size copy, so that ASan sees any read past the end. */
  unsigned char *buf = malloc(cut ? cut : 1);
  FUZZ_CHECK(buf != NULL);
  memcpy(buf, good, cut);
  for (size_t i = 1; cut && i + 3 <= size; i += 3) {
    size_t at = ((size_t)data[i] | (size_t)data[i + 1] << 8) % cut;
    buf[at] = data[i + 2];
  }
  try_open(buf, cut);
  free(buf);
}

/* Splits data into lines of three tab-separated fields and trains on them. */
static void train(const uint8_t *data, size_t size) {
  nm_lemma_builder *b = nm_lemma_builder_new();
  if (!b) return;
  const char *s = (const char *)data, *end = s + size;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    const char *line_end = nl ? nl : end;
    const char *f[3];
    size_t n[3];
    int k = 0;
    const char *p = s;
    for (; k < 3; k++) {
      const char *tab = k < 2 ? memchr(p, '\t', (size_t)(line_end - p)) : NULL;
      const char *e = tab ? tab : line_end;
      f[k] = p;
      n[k] = (size_t)(e - p);
      if (!tab) break;
      p = tab + 1;
    }
    if (k == 2 && nm_lemma_builder_add(b, f[0], n[0], f[1], n[1], f[2], n[2]) != 0) break;
    s = nl ? nl + 1 : end;
  }
  unsigned char *blob = NULL;
  size_t len = 0;
  if (nm_lemma_builder_finish(b, &blob, &len) == 0) {
    nm_lemmatizer l;
    nm_error err = {NM_OK, NULL, 0};
    if (nm_lemmatizer_open(blob, len, &l, &err) != NM_OK) {
      fprintf(stderr, "builder output rejected: %s at %zu\n", err.msg, err.pos);
      abort();
    }
    probe_all(&l);
    /* Its own training forms, once more line by line. */
    for (const char *q = (const char *)data; q < end;) {
      const char *nl = memchr(q, '\n', (size_t)(end - q));
      const char *line_end = nl ? nl : end;
      const char *tab = memchr(q, '\t', (size_t)(line_end - q));
      if (tab) {
        const char *tab2 = memchr(tab + 1, '\t', (size_t)(line_end - tab - 1));
        const char *x_end = tab2 ? tab2 : line_end;
        probe(&l, q, (size_t)(tab - q), tab + 1, (size_t)(x_end - tab - 1));
      }
      q = nl ? nl + 1 : end;
    }
    free(blob);
  }
  nm_lemma_builder_free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* An exact-size copy of the raw input for the same reason as above. */
  unsigned char *raw = malloc(size ? size : 1);
  FUZZ_CHECK(raw != NULL);
  if (size) memcpy(raw, data, size);
  try_open(raw, size);
  free(raw);
  damage(data, size);
  if (size <= 4096) train(data, size);
  return 0;
}
