/* fuzz_ner.c - the NER model loader and labeller: any bytes must be
 * rejected with a message, or give a model whose labels always form
 * well-nested spans (every label below NM_NER_NLABELS, each allowed after
 * the one before it, none left open at the end, nothing written past the
 * last word) without reading outside its file.
 *
 * The input is a model file, optionally followed by bytes past the end of
 * its last section (the container ignores them) that become sentences:
 * each byte picks a word, its tags, gazetteer bits and context bits; 0xFF
 * ends a sentence; 0xFE n takes the next n bytes as a word of their own.
 * A few fixed sentences are labelled too. Seeds: fuzz/corpus/fuzz_ner/,
 * written by tests/unit/test_ner.c (see the top of that file). */
#include "fuzz_check.h"
#include "model.h"
#include "ner.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAXW = 64, MAXS = 8 };

static const char *const forms[] = {
    "Mr.",    "Xavi",   "Lorent", "met",   "officials", "of",     "the",       "Tovar",
    "Agency", "in",     "Belmora", ".",    ",",         "said",   "Ms.",       "U.S.",
    "",       "é",      "2,000",  "n't",   "--",        "BANK",   "lorent",    "Harbor",
    "\xff",   "Ana",    "Delgado", "Council", "and",    "'s",     "on Monday", "an-unusually-long-capitalised-Word-that-goes-past-the-sixty-four-bytes-hashed"};
static const char *const upos[] = {"PROPN", "NOUN", "VERB", "ADP", "DET", "PUNCT", NULL, "X"};
static const char *const xpos[] = {"NNP", "NN", "VBD", "IN", "DT", ".", NULL, ""};
enum { NF = sizeof forms / sizeof forms[0] };

/* Labels words[0..n) and checks the result. */
static void tag_and_check(const nm_ner *m, const nm_nword *w, size_t n) {
  uint8_t labels[MAXW + 1];
  memset(labels, 0xEE, sizeof labels);
  nm_status st = nm_ner_tag(m, w, n, labels);
  FUZZ_CHECK(st == NM_OK || st == NM_ERR_NOMEM);
  if (st != NM_OK) return;
  FUZZ_CHECK(labels[n] == 0xEE);
  unsigned prev = 0;
  for (size_t i = 0; i < n; i++) {
    FUZZ_CHECK(labels[i] < NM_NER_NLABELS);
    FUZZ_CHECK(nm_ner_allowed(prev, labels[i]));
    prev = labels[i];
  }
  FUZZ_CHECK(prev == 0 || nm_ner_part(prev) == NM_NER_L || nm_ner_part(prev) == NM_NER_U);
}

/* Where the model's sections end: the bytes after it are the sentences. */
static size_t model_end(const uint8_t *data, size_t size) {
  nm_model mo;
  nm_error e = {NM_OK, NULL, 0};
  if (nm_model_open_mem(data, size, NM_NER_KIND, &mo, &e) != NM_OK) return size;
  size_t end = 24 + 24 * (size_t)mo.n_sections;
  for (uint32_t i = 0; i < mo.n_sections; i++) {
    size_t e2 = (size_t)(mo.sections[i].data - data) + mo.sections[i].len;
    if (e2 > end) end = e2;
  }
  nm_model_close(&mo);
  return end < size ? end : size;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nm_error err = {NM_OK, NULL, 0};
  nm_ner *m = nm_ner_open_mem(data, size, &err);
  if (!m) {
    FUZZ_CHECK(err.code != NM_OK && err.msg != NULL);
    return 0;
  }
  static nm_nword w[MAXS * MAXW];
  size_t starts[MAXS], lens[MAXS], ns = 0, n = 0;

  /* fixed sentences: one of every word, then one word */
  for (size_t i = 0; i < NF && i < MAXW; i++) {
    w[i].form = forms[i];
    w[i].len = strlen(forms[i]);
    w[i].upos = upos[i % 8];
    w[i].xpos = xpos[(i * 3) % 8];
    w[i].gz = i % 5 == 0 ? (2u | 4u << 16) : 0;
  }
  size_t s0 = 0;
  FUZZ_CHECK(nm_ner_context(w, NF, &s0, 1) == NM_OK);
  tag_and_check(m, w, NF);
  tag_and_check(m, w + 1, 1);
  tag_and_check(m, w, 0);

  /* sentences from the bytes after the model */
  size_t at = model_end(data, size);
  starts[0] = 0;
  lens[0] = 0;
  while (at < size && ns < MAXS) {
    uint8_t b = data[at++];
    bool end = b == 0xFF || lens[ns] == MAXW;
    if (end) {
      if (lens[ns]) {
        ns++;
        if (ns < MAXS) {
          starts[ns] = n;
          lens[ns] = 0;
        }
      }
      if (b == 0xFF) continue;
      if (ns == MAXS) break;
    }
    nm_nword *x = &w[n];
    memset(x, 0, sizeof *x);
    if (b == 0xFE && at < size) {
      size_t l = data[at++];
      if (l > size - at) l = size - at;
      x->form = (const char *)data + at;
      x->len = l;
      at += l;
    } else {
      x->form = forms[b % NF];
      x->len = strlen(x->form);
    }
    x->upos = upos[(b >> 2) % 8];
    x->xpos = xpos[(b >> 3) % 8];
    if (b & 0x40) x->gz = (uint32_t)(b & 0x1F) | (uint32_t)(b % 5) << 16;
    n++;
    lens[ns]++;
  }
  if (ns < MAXS && lens[ns]) ns++;
  if (n) {
    FUZZ_CHECK(nm_ner_context(w, n, starts, ns) == NM_OK);
    for (size_t i = 0; i < n; i++)
      FUZZ_CHECK((w[i].ctx & ~7u) == 0);
    for (size_t s = 0; s < ns; s++)
      tag_and_check(m, w + starts[s], lens[s]);
  }
  nm_ner_free(m);
  return 0;
}
