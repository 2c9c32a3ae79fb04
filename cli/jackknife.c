/* jackknife.c - `newsmill train jackknife`: training data with predicted
 * tags. The parser must learn from tags as good (and as wrong) as the ones
 * it will see, so each fold of the training sentences is tagged by a
 * tagger trained on the other folds. The output is CoNLL-U with the
 * predicted UPOS and XPOS and the gold lemmas, heads and relations. */
#include "cli.h"
#include "tagger.h"
#include "treebank.h"

#include <stdlib.h>
#include <string.h>

static void put_field(FILE *out, const char *s) { fputs(s && *s ? s : "_", out); }

int nm_cli_jackknife(const nm_tagger_train_opts *base, unsigned folds, const char *out_path) {
  if (folds < 2 || folds > 20) {
    fprintf(stderr, "newsmill train jackknife: --folds must be 2..20\n");
    return 2;
  }
  nm_tagger *tg[20] = {NULL};
  char paths[20][4096];
  int rc = 0;
  nm_error e = {NM_OK, NULL, 0};
  for (unsigned k = 0; k < folds && !rc; k++) {
    nm_tagger_train_opts o = *base;
    o.n_folds = folds;
    o.fold = k;
    snprintf(paths[k], sizeof paths[k], "%s.fold%u.nmm", out_path, k);
    o.out = paths[k];
    if (o.verbose) fprintf(stderr, "jackknife: fold %u of %u\n", k + 1, folds);
    if (nm_tagger_train(&o, &e) != NM_OK) {
      fprintf(stderr, "newsmill train jackknife: %s\n", e.msg ? e.msg : "training failed");
      rc = 1;
      break;
    }
    tg[k] = nm_tagger_open(paths[k], &e);
    remove(paths[k]);
    if (!tg[k]) {
      fprintf(stderr, "newsmill train jackknife: %s: %s\n", paths[k], e.msg);
      rc = 1;
    }
  }
  FILE *out = rc ? NULL : fopen(out_path, "w");
  if (!rc && !out) {
    fprintf(stderr, "newsmill train jackknife: cannot write %s\n", out_path);
    rc = 2;
  }
  size_t global = 0, right = 0, words = 0;
  for (size_t f = 0; f < base->n_train && !rc; f++) {
    nm_treebank tb;
    if (nm_treebank_read(base->train[f], base->genres, base->n_genres, &tb, &e) != NM_OK) {
      fprintf(stderr, "newsmill train jackknife: %s: %s\n", base->train[f], e.msg);
      rc = 2;
      break;
    }
    nm_word *w = NULL;
    uint8_t *cls = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < tb.n && !rc; i++, global++) {
      const nm_tb_sentence *s = &tb.sents[i];
      const nm_tagger *t = tg[global % folds];
      if (s->n > cap) {
        cap = s->n * 2;
        free(w);
        free(cls);
        w = malloc(cap * sizeof *w);
        cls = malloc(cap);
        if (!w || !cls) {
          rc = 2;
          break;
        }
      }
      for (uint32_t j = 0; j < s->n; j++) {
        w[j].s = s->words[j].form;
        w[j].len = strlen(s->words[j].form);
      }
      nm_tagger_tag(t, w, s->n, cls);
      fprintf(out, "# sent_id = jackknife-%zu\n", global + 1);
      for (uint32_t j = 0; j < s->n; j++) {
        const nm_tb_word *g = &s->words[j];
        const char *u = nm_tagger_upos(t, cls[j]), *x = nm_tagger_xpos(t, cls[j]);
        right += !strcmp(u, g->upos);
        words++;
        fprintf(out, "%u\t", j + 1);
        put_field(out, g->form);
        fputc('\t', out);
        put_field(out, g->lemma);
        fprintf(out, "\t%s\t%s\t_\t%u\t", u, x, g->head);
        put_field(out, g->deprel);
        fputs("\t_\t_\n", out);
      }
      fputc('\n', out);
    }
    free(w);
    free(cls);
    nm_treebank_free(&tb);
  }
  if (out && fclose(out) != 0) rc = 2;
  for (unsigned k = 0; k < folds; k++)
    nm_tagger_free(tg[k]);
  if (!rc && base->verbose)
    fprintf(stderr, "jackknife: wrote %s (%zu sentences, held-out UPOS %.2f)\n", out_path, global,
            words ? 100.0 * (double)right / (double)words : 0.0);
  return rc;
}
