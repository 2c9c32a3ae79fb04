/* fuzz_parser.c - the parser model loader: any bytes must be rejected with
 * a message, or give a parser whose parses are trees (every head in range,
 * one word on the root and it alone labelled "root", no cycles, relation
 * names that are plain labels) without reading outside its file. */
#include "parser.h"
#include "fuzz_check.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAXW = 40 };

static void check_tree(const nm_parser *p, const uint32_t *heads, const uint16_t *rels, size_t n) {
  size_t roots = 0;
  for (size_t i = 0; i < n; i++) {
    FUZZ_CHECK(heads[i] <= n && heads[i] != i + 1);
    const char *r = nm_parser_rel(p, rels[i]);
    FUZZ_CHECK(r != NULL && r[0] != 0 && strchr(r, '|') == NULL);
    /* the word on the root, and only it, is labelled "root" */
    FUZZ_CHECK((heads[i] == 0) == (strcmp(r, "root") == 0));
    roots += heads[i] == 0;
  }
  FUZZ_CHECK(roots == (n ? 1 : 0));
  for (size_t i = 1; i <= n; i++) { /* every word reaches the root */
    uint32_t k = (uint32_t)i;
    size_t steps = 0;
    while (k && steps++ <= n)
      k = heads[k - 1];
    FUZZ_CHECK(k == 0);
  }
}

/* Parses words[0..n) and checks the result; heads and rels past n must
 * stay untouched. */
static void parse_and_check(const nm_parser *p, const nm_pword *w, size_t n) {
  uint32_t heads[MAXW + 1];
  uint16_t rels[MAXW + 1];
  memset(heads, 0xEE, sizeof heads);
  memset(rels, 0xEE, sizeof rels);
  nm_status st = nm_parser_parse(p, w, n, heads, rels);
  FUZZ_CHECK(st == NM_OK || st == NM_ERR_NOMEM);
  if (st != NM_OK) return;
  FUZZ_CHECK(heads[n] == 0xEEEEEEEEu && rels[n] == 0xEEEE);
  check_tree(p, heads, rels, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nm_error err = {NM_OK, NULL, 0};
  nm_parser *p = nm_parser_open_mem(data, size, &err);
  if (!p) {
    FUZZ_CHECK(err.code != NM_OK && err.msg != NULL);
    return 0;
  }
  static const char *const forms[] = {
      "What",
      "did",
      "the",
      "minister",
      "say",
      "she",
      "wanted",
      "?",
      "",
      "é",
      "2,000",
      "n't",
      "an-unusually-long-form-that-goes-past-the-sixty-four-bytes-that-are-hashed"};
  static const char *const upos[] = {"PRON",  "AUX", "DET", "NOUN", "VERB", "PRON", "VERB",
                                     "PUNCT", NULL,  "X",   "NUM",  "PART", "NOUN"};
  static const char *const xpos[] = {"WP", "VBD", "DT", "NN", "VB", "PRP", "VBD",
                                     ".",  NULL,  "FW", "CD", "RB", "NN"};
  enum { NF = sizeof forms / sizeof forms[0] };
  nm_pword w[MAXW];
  for (size_t i = 0; i < MAXW; i++) {
    size_t k = i < 8 ? i : (i * 7 + 3) % NF;
    w[i].form = forms[k];
    w[i].len = strlen(forms[k]);
    w[i].upos = upos[k];
    w[i].xpos = xpos[k];
    w[i].lemma = NULL;
  }
  parse_and_check(p, w, 8);    /* a sentence */
  parse_and_check(p, w, 1);    /* one word */
  parse_and_check(p, w, 0);    /* none */
  parse_and_check(p, w, MAXW); /* odd words, some without tags */
  (void)nm_parser_rel(p, 65535);
  nm_parser_free(p);
  return 0;
}
