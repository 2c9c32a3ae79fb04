/* train.c - `newsmill train tagger|parser`: learn a model from CoNLL-U. */
#include "cli.h"
#include "parser.h"
#include "tagger.h"

#include <stdlib.h>
#include <string.h>

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill train tagger|parser|jackknife --train FILE.conllu [--train ...]\n"
          "                [--dev FILE.conllu] -o MODEL [--epochs N] [--seed N]\n"
          "                [--genres g1,g2,...] [--max-sentences N] [--quiet]\n"
          "                [--tagger MODEL]   (parser: tag the dev set with this tagger)\n"
          "                [--prune X]        (parser: drop weights below X)\n"
          "                [--runs N]         (parser: average N runs over shuffled orders,\n"
          "                                    two at a time)\n"
          "                [--folds K]        (jackknife: K taggers, each tagging the fold\n"
          "                                    it did not see; -o names the CoNLL-U output)\n"
          "  --genres keeps only GUM documents of these genres (GUM_<genre>_...);\n"
          "  other treebanks' documents are always used.\n");
}

/* Splits a comma-separated list in place. */
static size_t split_list(char *s, const char **out, size_t cap) {
  size_t n = 0;
  for (char *tok = strtok(s, ","); tok && n < cap; tok = strtok(NULL, ","))
    out[n++] = tok;
  return n;
}

int nm_cli_train(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "ner") == 0) return nm_cli_train_ner(argc, argv);
  if (argc < 2 || (strcmp(argv[1], "tagger") != 0 && strcmp(argv[1], "parser") != 0 &&
                    strcmp(argv[1], "jackknife") != 0)) {
    usage();
    return 2;
  }
  const int parser = !strcmp(argv[1], "parser"), jackknife = !strcmp(argv[1], "jackknife");
  unsigned folds = 5;
  float prune = 0;
  unsigned runs = 1;
  const char *tagger = NULL;
  const char *train[16];
  const char *genres[32];
  char *genre_buf = NULL;
  nm_tagger_train_opts o;
  memset(&o, 0, sizeof o);
  o.epochs = 12;
  o.seed = 1;
  o.verbose = 1;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--train") && v && o.n_train < 16)
      train[o.n_train++] = argv[++i];
    else if (!strcmp(a, "--dev") && v)
      o.dev = argv[++i];
    else if (!strcmp(a, "-o") && v)
      o.out = argv[++i];
    else if (!strcmp(a, "--epochs") && v)
      o.epochs = (unsigned)strtoul(argv[++i], NULL, 10);
    else if (!strcmp(a, "--seed") && v)
      o.seed = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(a, "--max-sentences") && v)
      o.max_sentences = strtoul(argv[++i], NULL, 10);
    else if (!strcmp(a, "--prune") && v && parser)
      prune = (float)atof(argv[++i]);
    else if (!strcmp(a, "--runs") && v && parser)
      runs = (unsigned)strtoul(argv[++i], NULL, 10);
    else if (!strcmp(a, "--folds") && v && jackknife)
      folds = (unsigned)strtoul(argv[++i], NULL, 10);
    else if (!strcmp(a, "--tagger") && v && parser)
      tagger = argv[++i];
    else if (!strcmp(a, "--quiet"))
      o.verbose = 0;
    else if (!strcmp(a, "--genres") && v) {
      free(genre_buf);
      genre_buf = strdup(argv[++i]);
      if (!genre_buf) return 2;
      o.n_genres = split_list(genre_buf, genres, 32);
      o.genres = genres;
    } else {
      fprintf(stderr, "newsmill train: unknown or incomplete option '%s'\n", a);
      usage();
      free(genre_buf);
      return 2;
    }
  }
  if (!o.n_train || !o.out) {
    usage();
    free(genre_buf);
    return 2;
  }
  o.train = train;
  nm_error e = {NM_OK, NULL, 0};
  nm_status st;
  if (jackknife) {
    int rc = nm_cli_jackknife(&o, folds, o.out);
    free(genre_buf);
    return rc;
  } else if (parser) {
    nm_parser_train_opts po;
    memset(&po, 0, sizeof po);
    po.train = o.train;
    po.n_train = o.n_train;
    po.dev = o.dev;
    po.out = o.out;
    po.tagger = tagger;
    po.epochs = o.epochs;
    po.seed = o.seed;
    po.genres = o.genres;
    po.n_genres = o.n_genres;
    po.max_sentences = o.max_sentences;
    po.verbose = o.verbose;
    po.prune = prune;
    po.runs = runs;
    st = nm_parser_train(&po, &e);
  } else {
    st = nm_tagger_train(&o, &e);
  }
  free(genre_buf);
  if (st != NM_OK) {
    if (e.pos)
      fprintf(stderr, "newsmill train: %s (line %zu)\n", e.msg ? e.msg : nm_status_str(st), e.pos);
    else
      fprintf(stderr, "newsmill train: %s\n", e.msg ? e.msg : nm_status_str(st));
    return st == NM_ERR_IO || st == NM_ERR_INVALID ? 2 : 1;
  }
  return 0;
}
