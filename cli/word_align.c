/* word_align.c - aligns gold and system syntactic words by span and counts
 * what agrees, as the CoNLL 2018 shared task's conll18_ud_eval.py does.
 *
 * It needs only libc and the types in cli.h, so that a test can build it on
 * its own and feed it hand-made arrays. */
#include "cli.h"
#include "parser.h" /* nm_ud_same_universal, header-only */

#include <stdlib.h>
#include <string.h>

#define NOT_ALIGNED SIZE_MAX

static int span_order(const nm_cli_word *a, const nm_cli_word *b) {
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end < b->end ? -1 : 1;
  return 0;
}

/* End of the run of words that share w[i]'s span. */
static size_t group_end(const nm_cli_word *w, size_t n, size_t i) {
  size_t j = i + 1;
  while (j < n && span_order(&w[j], &w[i]) == 0)
    j++;
  return j;
}

static bool same_str(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

/* A gold lemma "_" (not annotated) counts as matched, as in the script. */
static bool same_lemma(const char *gold, const char *sys) {
  return gold && (strcmp(gold, "_") == 0 || same_str(gold, sys));
}

/* The heads align with each other, or both words are roots. */
static bool same_head(const nm_cli_word *g, const nm_cli_word *s, const size_t *g2s, size_t ng,
                      size_t ns) {
  if (g->head == NM_CLI_NO_HEAD || s->head == NM_CLI_NO_HEAD) return false;
  if (g->head == 0 || s->head == 0) return g->head == s->head;
  if (g->head > ng || s->head > ns) return false;
  return g2s[g->head - 1] == s->head - 1;
}

bool nm_cli_score_words(const nm_cli_word *gold, size_t ng, const nm_cli_word *sys, size_t ns,
                        nm_cli_word_counts *c) {
  size_t *g2s = NULL; /* gold word -> its system word, or NOT_ALIGNED */
  if (ng) {
    if (ng > SIZE_MAX / sizeof *g2s) return false;
    g2s = malloc(ng * sizeof *g2s);
    if (!g2s) return false;
  }
  for (size_t i = 0; i < ng; i++)
    g2s[i] = NOT_ALIGNED;

  /* Merge the two lists by span, a group of words sharing one span at a
   * time; each group end is found once, so the walk is linear. */
  size_t i = 0, j = 0, ie = 0, je = 0;
  while (i < ng && j < ns) {
    if (ie <= i) ie = group_end(gold, ng, i);
    if (je <= j) je = group_end(sys, ns, j);
    int k = span_order(&gold[i], &sys[j]);
    if (k == 0 && ie - i == je - j)
      for (size_t x = 0; x < ie - i; x++)
        g2s[i + x] = j + x;
    if (k <= 0) i = ie;
    if (k >= 0) j = je;
  }

  nm_cli_word_counts add = {ng, ns, 0, 0, 0, 0, 0, 0};
  for (size_t g = 0; g < ng; g++) {
    if (g2s[g] == NOT_ALIGNED) continue;
    const nm_cli_word *gw = &gold[g], *sw = &sys[g2s[g]];
    bool uas = same_head(gw, sw, g2s, ng, ns);
    add.aligned++;
    add.upos += same_str(gw->upos, sw->upos);
    add.xpos += same_str(gw->xpos, sw->xpos);
    add.lemma += same_lemma(gw->lemma, sw->lemma);
    add.uas += uas;
    add.las += uas && nm_ud_same_universal(gw->deprel, sw->deprel);
  }
  free(g2s);
  c->gold += add.gold;
  c->sys += add.sys;
  c->aligned += add.aligned;
  c->upos += add.upos;
  c->xpos += add.xpos;
  c->lemma += add.lemma;
  c->uas += add.uas;
  c->las += add.las;
  return true;
}
