/* eval_parse.c - `newsmill eval parse`: tagging and parsing accuracy.
 *
 * Two sets of numbers, as the CoNLL 2018 shared task reports them:
 *   gold tokens  the gold words, tagged and parsed by newsmill: UPOS, XPOS,
 *                lemma, UAS and LAS (LAS on full labels, and on universal
 *                labels, the subtype stripped, as conll18_ud_eval.py does);
 *   raw text     the text rebuilt from the gold file, run through the whole
 *                pipeline and aligned to the gold words by character
 *                offsets: F1 of tokens, sentences, UPOS, UAS and LAS. */
#include "cli.h"
#include "parser.h"
#include "tagger.h"
#include "treebank.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct floors {
  double upos, xpos, lemma, uas, las, raw_las;
} floors;

static int below(const char *what, double got, double floor) {
  if (floor < 0 || got >= floor) return 0;
  fprintf(stderr, "newsmill eval parse: %s %.2f is below the floor %.2f\n", what, got, floor);
  return 1;
}

int nm_cli_eval_parse(int argc, char **argv) {
  const char *gold = NULL, *model = NULL, *pmodel = NULL;
  floors fl = {-1, -1, -1, -1, -1, -1};
  int raw = 1;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--gold") && v)
      gold = argv[++i];
    else if (!strcmp(a, "--model") && v)
      model = argv[++i];
    else if (!strcmp(a, "--parser") && v)
      pmodel = argv[++i];
    else if (!strcmp(a, "--no-raw"))
      raw = 0;
    else if (!strcmp(a, "--min-upos") && v)
      fl.upos = atof(argv[++i]);
    else if (!strcmp(a, "--min-xpos") && v)
      fl.xpos = atof(argv[++i]);
    else if (!strcmp(a, "--min-lemma") && v)
      fl.lemma = atof(argv[++i]);
    else if (!strcmp(a, "--min-uas") && v)
      fl.uas = atof(argv[++i]);
    else if (!strcmp(a, "--min-las") && v)
      fl.las = atof(argv[++i]);
    else if (!strcmp(a, "--min-raw-las") && v)
      fl.raw_las = atof(argv[++i]);
    else {
      fprintf(stderr,
              "usage: newsmill eval parse --gold FILE.conllu [--model TAGGER] [--parser PARSER]\n"
              "                           [--no-raw] [--min-upos X] [--min-xpos X]\n"
              "                           [--min-lemma X] [--min-uas X] [--min-las X]\n"
              "                           [--min-raw-las X]\n");
      return 2;
    }
  }
  if (!gold) {
    fprintf(stderr, "newsmill eval parse: --gold is required\n");
    return 2;
  }
  char pathbuf[4096], pathbuf2[4096];
  if (!model) model = nm_cli_model_path("tagger.nmm", pathbuf, sizeof pathbuf);
  if (!model) {
    fprintf(stderr, "newsmill eval parse: no tagger model found (models/tagger.nmm)\n");
    return 2;
  }
  if (!pmodel) pmodel = nm_cli_model_path("parser.nmm", pathbuf2, sizeof pathbuf2);
  nm_error e = {NM_OK, NULL, 0};
  nm_tagger *t = nm_tagger_open(model, &e);
  if (!t) {
    fprintf(stderr, "newsmill eval parse: %s: %s\n", model, e.msg);
    return 2;
  }
  nm_parser *ps = NULL;
  if (pmodel) {
    ps = nm_parser_open(pmodel, &e);
    if (!ps) {
      fprintf(stderr, "newsmill eval parse: %s: %s\n", pmodel, e.msg);
      nm_tagger_free(t);
      return 2;
    }
  }
  nm_treebank tb;
  if (nm_treebank_read(gold, NULL, 0, &tb, &e) != NM_OK) {
    fprintf(stderr, "newsmill eval parse: %s: %s (line %zu)\n", gold, e.msg, e.pos);
    nm_tagger_free(t);
    nm_parser_free(ps);
    return 2;
  }
  size_t words = 0, ok_u = 0, ok_x = 0, ok_l = 0, ok_ux = 0, ok_head = 0, ok_las = 0,
         ok_lasu = 0;
  nm_word *w = NULL;
  nm_pword *pw = NULL;
  uint8_t *cls = NULL;
  /* each word's lemma, for the parser's repairs, as the pipeline gives
   * them (NM_EVAL_LEMMA bytes a word) */
  enum { NM_EVAL_LEMMA = 64 };
  char *lemmas = NULL;
  uint32_t *heads = NULL;
  uint16_t *rels = NULL;
  size_t cap = 0;
  double parse_secs = 0;
  int rc = 0;
  for (size_t i = 0; i < tb.n; i++) {
    const nm_tb_sentence *s = &tb.sents[i];
    if (s->n > cap) {
      cap = s->n * 2;
      free(w);
      free(pw);
      free(cls);
      free(lemmas);
      free(heads);
      free(rels);
      w = malloc(cap * sizeof *w);
      pw = malloc(cap * sizeof *pw);
      cls = malloc(cap);
      lemmas = malloc(cap * NM_EVAL_LEMMA);
      heads = malloc(cap * sizeof *heads);
      rels = malloc(cap * sizeof *rels);
      if (!w || !pw || !cls || !lemmas || !heads || !rels) {
        fprintf(stderr, "newsmill eval parse: out of memory\n");
        rc = 2;
        goto out;
      }
    }
    for (uint32_t j = 0; j < s->n; j++) {
      w[j].s = s->words[j].form;
      w[j].len = strlen(s->words[j].form);
    }
    nm_tagger_tag(t, w, s->n, cls);
    nm_tagger_repair(t, w, s->n, cls);
    char lem[256];
    for (uint32_t j = 0; j < s->n; j++) {
      const nm_tb_word *g = &s->words[j];
      bool u = !strcmp(nm_tagger_upos(t, cls[j]), g->upos);
      bool x = !strcmp(nm_tagger_xpos(t, cls[j]), g->xpos);
      nm_tagger_lemma(t, w[j].s, w[j].len, cls[j], lem, sizeof lem);
      size_t ll = strlen(lem) < NM_EVAL_LEMMA - 1 ? strlen(lem) : NM_EVAL_LEMMA - 1;
      memcpy(lemmas + (size_t)j * NM_EVAL_LEMMA, lem, ll); /* (a longer one cut) */
      lemmas[(size_t)j * NM_EVAL_LEMMA + ll] = 0;
      ok_u += u;
      ok_x += x;
      ok_ux += u && x;
      ok_l += !strcmp(lem, g->lemma);
      words++;
    }
    if (!ps) continue;
    for (uint32_t j = 0; j < s->n; j++) {
      pw[j].form = w[j].s;
      pw[j].len = w[j].len;
      pw[j].upos = nm_tagger_upos(t, cls[j]);
      pw[j].xpos = nm_tagger_xpos(t, cls[j]);
      pw[j].lemma = lemmas + (size_t)j * NM_EVAL_LEMMA;
    }
    double t0 = now();
    if (nm_parser_parse(ps, pw, s->n, heads, rels) != NM_OK) {
      fprintf(stderr, "newsmill eval parse: out of memory while parsing\n");
      rc = 2;
      goto out;
    }
    nm_parser_repair(ps, pw, s->n, heads, rels);
    parse_secs += now() - t0;
    for (uint32_t j = 0; j < s->n; j++) {
      if (heads[j] != s->words[j].head) continue;
      ok_head++;
      const char *sys = nm_parser_rel(ps, rels[j]), *g = s->words[j].deprel;
      ok_las += !strcmp(sys, g);
      ok_lasu += nm_ud_same_universal(sys, g);
    }
  }
  printf("parse gold=%s tagger=%s parser=%s sentences=%zu words=%zu\n", gold, model,
         ps ? pmodel : "none", tb.n, words);
  printf("gold tokens: UPOS %.2f  XPOS %.2f  UPOS+XPOS %.2f  lemma %.2f", pct(ok_u, words),
         pct(ok_x, words), pct(ok_ux, words), pct(ok_l, words));
  if (ps)
    printf("  UAS %.2f  LAS %.2f  (LAS on universal labels %.2f; parsing %.0fk words/s)\n",
           pct(ok_head, words), pct(ok_las, words), pct(ok_lasu, words),
           parse_secs > 0 ? (double)words / parse_secs / 1e3 : 0.0);
  else
    printf("  UAS n/a  LAS n/a  (no parser model)\n");
  rc |= below("UPOS", pct(ok_u, words), fl.upos);
  rc |= below("XPOS", pct(ok_x, words), fl.xpos);
  rc |= below("lemma", pct(ok_l, words), fl.lemma);
  if (ps) {
    rc |= below("UAS", pct(ok_head, words), fl.uas);
    rc |= below("LAS", pct(ok_las, words), fl.las);
  } else if (fl.uas >= 0 || fl.las >= 0) {
    fprintf(stderr, "newsmill eval parse: a UAS/LAS floor needs a parser model\n");
    rc = 1;
  }
  if (raw) {
    nm_pipeline_options po = {model, ps ? pmodel : NULL};
    nm_pipeline *p = nm_pipeline_new(&po, &e);
    nm_raw_scores r;
    if (!p) {
      fprintf(stderr, "newsmill eval parse: cannot build the pipeline: %s\n", e.msg);
      rc = 2;
    } else if (nm_cli_eval_parse_raw(gold, p, &r) != 0) {
      rc = 2;
    } else {
      printf("raw text: tokens F1 %.2f  sentences F1 %.2f  words F1 %.2f  UPOS F1 %.2f  "
             "XPOS F1 %.2f  lemma F1 %.2f  UAS F1 %.2f  LAS F1 %.2f  (CoNLL 2018 style)\n",
             r.tokens_f1, r.sentences_f1,
             r.gold_words + r.sys_words
                 ? 200.0 * (double)r.aligned_words / (double)(r.gold_words + r.sys_words)
                 : 0.0,
             r.upos_f1, r.xpos_f1, r.lemma_f1, r.uas_f1, r.las_f1);
      if (ps) rc |= below("raw-text LAS F1", r.las_f1, fl.raw_las);
    }
    nm_pipeline_free(p);
  }
out:
  free(w);
  free(pw);
  free(cls);
  free(lemmas);
  free(heads);
  free(rels);
  nm_treebank_free(&tb);
  nm_tagger_free(t);
  nm_parser_free(ps);
  return rc;
}
