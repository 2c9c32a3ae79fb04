/* main.c - the newsmill command: subcommand dispatch and shared helpers. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
  fprintf(f,
          "newsmill %s - what happened in news articles\n"
          "\n"
          "usage:\n"
          "  newsmill extract [options] [FILE...]   articles in, one JSON record each out\n"
          "  newsmill eval segment --gold FILE.conllu [--min-token-f1 X] [--min-sentence-f1 X]\n"
          "  newsmill eval parse --gold FILE.conllu [--model M] [--min-upos X] [--min-xpos X]\n"
          "  newsmill eval entities [--only gum|meantime|wikigold] [--min-gum F1] [--stats]\n"
          "  newsmill eval quotes [--split dev|test] [--errors] [--min-direct-f1 X] [--min-all-f1 X]\n"
          "  newsmill eval places [--only trnews|gwn|lgl] [--min-trnews P] [--min-gwn P] [--min-lgl P]\n"
          "  newsmill eval tone [--only tweets|movies|amazon|nyt] [--dev] [--min-nyt R]\n"
          "  newsmill eval times [--only te3|meantime|...] [--dev] [--errors] [--min-te3 F]\n"
          "  newsmill eval events [--suite gsr|validate|petr1|all] [--errors] [--min-gsr-f1 X]\n"
          "  newsmill train tagger --train FILE.conllu --dev FILE.conllu -o MODEL\n"
          "  newsmill build gazetteer [--data DIR] [--cities FILE] -o FILE\n"
          "  newsmill build geonames [--data DIR] --cities FILE [--cities1000 FILE] -o FILE\n"
          "  newsmill build tone [--data DIR] -o FILE\n"
          "  newsmill build cameo [--data DIR | --verbs F --actors F ...] -o FILE\n"
          "  newsmill --version\n"
          "\n"
          "Run 'newsmill extract --help' for the extract options.\n",
          nm_version());
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "extract") == 0) return nm_cli_extract(argc - 1, argv + 1);
  if (strcmp(cmd, "eval") == 0) return nm_cli_eval(argc - 1, argv + 1);
  if (strcmp(cmd, "train") == 0) return nm_cli_train(argc - 1, argv + 1);
  if (strcmp(cmd, "build") == 0) {
    if (argc > 2 && strcmp(argv[2], "tone") == 0) return nm_cli_build_tone(argc - 2, argv + 2);
    if (argc > 2 && strcmp(argv[2], "cameo") == 0) return nm_cli_build_cameo(argc - 2, argv + 2);
    if (argc > 2 && strcmp(argv[2], "geonames") == 0)
      return nm_cli_build_geonames(argc - 2, argv + 2);
    return nm_cli_build(argc - 1, argv + 1);
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
    printf("newsmill %s (output schema %d)\n", nm_version(), NM_SCHEMA_VERSION);
    return 0;
  }
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
    usage(stdout);
    return 0;
  }
  fprintf(stderr, "newsmill: unknown command '%s'\n", cmd);
  usage(stderr);
  return 2;
}

int nm_cli_eval(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "newsmill eval: which evaluation? (segment)\n");
    return 2;
  }
  if (strcmp(argv[1], "segment") == 0) return nm_cli_eval_segment(argc - 1, argv + 1);
  if (strcmp(argv[1], "parse") == 0) return nm_cli_eval_parse(argc - 1, argv + 1);
  if (strcmp(argv[1], "entities") == 0) return nm_cli_eval_entities(argc - 1, argv + 1);
  if (strcmp(argv[1], "quotes") == 0) return nm_cli_eval_quotes(argc - 1, argv + 1);
  if (strcmp(argv[1], "places") == 0) return nm_cli_eval_places(argc - 1, argv + 1);
  if (strcmp(argv[1], "tone") == 0) return nm_cli_eval_tone(argc - 1, argv + 1);
  if (strcmp(argv[1], "times") == 0) return nm_cli_eval_times(argc - 1, argv + 1);
  if (strcmp(argv[1], "events") == 0) return nm_cli_eval_events(argc - 1, argv + 1);
  fprintf(stderr, "newsmill eval: unknown evaluation '%s' (known: segment, parse, entities)\n",
          argv[1]);
  return 2;
}

int nm_cli_read_file(const char *path, char **buf, size_t *len) {
  errno = 0;
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) return -1;
  size_t cap = 1 << 16, n = 0;
  char *b = malloc(cap);
  if (!b) goto fail;
  for (;;) {
    if (n == cap) {
      if (cap > (SIZE_MAX >> 1)) {
        errno = ENOMEM;
        goto fail;
      }
      char *nb = realloc(b, cap * 2);
      if (!nb) goto fail;
      b = nb;
      cap *= 2;
    }
    size_t k = fread(b + n, 1, cap - n, f);
    n += k;
    if (k == 0) {
      if (ferror(f)) goto fail;
      break;
    }
  }
  if (f != stdin) fclose(f);
  *buf = b;
  *len = n;
  return 0;
fail : {
  int e = errno ? errno : EIO;
  free(b);
  if (f != stdin) fclose(f);
  errno = e;
  return -1;
}
}

int nm_cli_write_file(void *ctx, const char *buf, size_t len) {
  return fwrite(buf, 1, len, (FILE *)ctx) == len ? 0 : -1;
}
