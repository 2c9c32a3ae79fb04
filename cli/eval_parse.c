/* eval_parse.c - `newsmill eval parse`: tagging (and later parsing)
 * accuracy on gold tokens of a CoNLL-U file. */
#include "cli.h"
#include "tagger.h"
#include "treebank.h"

#include <stdlib.h>
#include <string.h>

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

int nm_cli_eval_parse(int argc, char **argv) {
  const char *gold = NULL, *model = NULL;
  double min_upos = -1, min_xpos = -1, min_lemma = -1;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--gold") && v)
      gold = argv[++i];
    else if (!strcmp(a, "--model") && v)
      model = argv[++i];
    else if (!strcmp(a, "--min-upos") && v)
      min_upos = atof(argv[++i]);
    else if (!strcmp(a, "--min-xpos") && v)
      min_xpos = atof(argv[++i]);
    else if (!strcmp(a, "--min-lemma") && v)
      min_lemma = atof(argv[++i]);
    else {
      fprintf(stderr, "usage: newsmill eval parse --gold FILE.conllu [--model MODEL]\n"
                      "                           [--min-upos X] [--min-xpos X] [--min-lemma X]\n");
      return 2;
    }
  }
  if (!gold) {
    fprintf(stderr, "newsmill eval parse: --gold is required\n");
    return 2;
  }
  char pathbuf[4096];
  if (!model) model = nm_cli_model_path("tagger.nmm", pathbuf, sizeof pathbuf);
  if (!model) {
    fprintf(stderr, "newsmill eval parse: no tagger model found (models/tagger.nmm)\n");
    return 2;
  }
  nm_error e = {NM_OK, NULL, 0};
  nm_tagger *t = nm_tagger_open(model, &e);
  if (!t) {
    fprintf(stderr, "newsmill eval parse: %s: %s\n", model, e.msg);
    return 2;
  }
  nm_treebank tb;
  if (nm_treebank_read(gold, NULL, 0, &tb, &e) != NM_OK) {
    fprintf(stderr, "newsmill eval parse: %s: %s (line %zu)\n", gold, e.msg, e.pos);
    nm_tagger_free(t);
    return 2;
  }
  size_t words = 0, ok_u = 0, ok_x = 0, ok_l = 0, ok_ux = 0;
  nm_word *w = NULL;
  uint8_t *cls = NULL;
  size_t cap = 0;
  for (size_t i = 0; i < tb.n; i++) {
    const nm_tb_sentence *s = &tb.sents[i];
    if (s->n > cap) {
      cap = s->n * 2;
      free(w);
      free(cls);
      w = malloc(cap * sizeof *w);
      cls = malloc(cap);
      if (!w || !cls) {
        fprintf(stderr, "newsmill eval parse: out of memory\n");
        return 2;
      }
    }
    for (uint32_t j = 0; j < s->n; j++) {
      w[j].s = s->words[j].form;
      w[j].len = strlen(s->words[j].form);
    }
    nm_tagger_tag(t, w, s->n, cls);
    for (uint32_t j = 0; j < s->n; j++) {
      const nm_tb_word *g = &s->words[j];
      bool u = !strcmp(nm_tagger_upos(t, cls[j]), g->upos);
      bool x = !strcmp(nm_tagger_xpos(t, cls[j]), g->xpos);
      char lem[256];
      nm_tagger_lemma(t, w[j].s, w[j].len, cls[j], lem, sizeof lem);
      ok_u += u;
      ok_x += x;
      ok_ux += u && x;
      ok_l += !strcmp(lem, g->lemma);
      words++;
    }
  }
  printf("parse gold=%s model=%s sentences=%zu words=%zu\n", gold, model, tb.n, words);
  printf("gold tokens: UPOS %.2f  XPOS %.2f  UPOS+XPOS %.2f  lemma %.2f  UAS n/a  LAS n/a "
         "(no parser yet)\n",
         pct(ok_u, words), pct(ok_x, words), pct(ok_ux, words), pct(ok_l, words));
  free(w);
  free(cls);
  nm_treebank_free(&tb);
  nm_tagger_free(t);
  int rc = 0;
  if (min_upos >= 0 && pct(ok_u, words) < min_upos) rc = 1;
  if (min_xpos >= 0 && pct(ok_x, words) < min_xpos) rc = 1;
  if (min_lemma >= 0 && pct(ok_l, words) < min_lemma) rc = 1;
  if (rc) fprintf(stderr, "newsmill eval parse: below a floor\n");
  return rc;
}
