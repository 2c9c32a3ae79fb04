/* eval_tone.c - `newsmill eval tone`: Pearson r between the document
 * compound score and human ratings on the four gold sets of Hutto & Gilbert
 * (2014), in $NEWSMILL_DATA/tone/vader/icwsm2014_gold: tweets, movie review
 * snippets and product review snippets are the development sets; the 5,190
 * NYT editorial sentences are the test set (report only). Each rated text
 * goes through the pipeline as one document. docs/tone.md. */
#include "cli.h"
#include "tone.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const who = "newsmill eval tone";

enum { S_TWEETS = 0, S_MOVIES, S_AMAZON, S_NYT, S_COUNT };
static const struct {
  const char *name, *label, *split, *file;
} sets[S_COUNT] = {
    {"tweets", "tweets", "dev", "tweets_GroundTruth.txt"},
    {"movies", "movie review snippets", "dev", "movieReviewSnippets_GroundTruth.txt"},
    {"amazon", "product review snippets", "dev", "amazonReviewSnippets_GroundTruth.txt"},
    {"nyt", "NYT editorial sentences", "test", "nytEditorialSnippets_GroundTruth.txt"},
};

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill eval tone [--gold DIR] [--only tweets|movies|amazon|nyt]... [--dev]\n"
          "         [--lexicon FILE] [--tagger M] [--parser M] [--ner M] [--gazetteer F]\n"
          "         [--no-tag] [--no-entities] [--min-nyt R] [--speed] [--dump FILE]\n"
          "         [--vader-only] [--with|--without afinn-valence|names|tag-rules|lemmas]...\n"
          "         [--doc mean|whole]\n"
          "Pearson r of the document compound against the human ratings. Defaults:\n"
          "$NEWSMILL_DATA/tone/vader/icwsm2014_gold, dict/tone.nmm and the shipped\n"
          "tagger, parser, NER model and gazetteer. tweets, movies and amazon are dev\n"
          "sets, nyt the test set; --dev runs the dev sets only. --speed times the tone\n"
          "stage alone on all the documents read. --with, --without and --doc change the\n"
          "scoring choices (docs/tone.md); --vader-only switches all of them off\n"
          "(VADER's rules alone). --dump writes set, line, rating and score per text.\n"
          "Exit 1 when r on nyt is below --min-nyt.\n");
}

/* Pearson's r; 0 when either side is constant. */
static double pearson(const double *x, const double *y, size_t n) {
  if (n < 2) return 0;
  double mx = 0, my = 0;
  for (size_t i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= (double)n;
  my /= (double)n;
  double sxy = 0, sxx = 0, syy = 0;
  for (size_t i = 0; i < n; i++) {
    double a = x[i] - mx, b = y[i] - my;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / sqrt(sxx * syy) : 0;
}

/* A parsed rating: "id \t rating \t text". Returns 0, or -1 when the line
 * is not one. */
static int parse_line(char *line, size_t len, double *rating, const char **text, size_t *tlen) {
  char *t1 = memchr(line, '\t', len);
  if (!t1) return -1;
  char *r = t1 + 1, *t2 = memchr(r, '\t', len - (size_t)(r - line));
  if (!t2 || t2 == r) return -1;
  char num[64];
  size_t nl = (size_t)(t2 - r);
  if (nl >= sizeof num) return -1;
  memcpy(num, r, nl);
  num[nl] = '\0';
  char *end;
  *rating = strtod(num, &end);
  if (*end || !isfinite(*rating)) return -1;
  *text = t2 + 1;
  *tlen = len - (size_t)(t2 + 1 - line);
  return 0;
}

typedef struct evalset {
  nm_doc **docs;
  double *gold, *score;
  size_t n;
  size_t tokens;
} evalset;

static void free_set(evalset *s) {
  for (size_t i = 0; s->docs && i < s->n; i++)
    nm_doc_free(s->docs[i]);
  free(s->docs);
  free(s->gold);
  free(s->score);
  memset(s, 0, sizeof *s);
}

/* Reads and processes one gold file; keeps the documents when keep. */
static int run_set(const char *path, const nm_pipeline *p, const nm_tone_lexicon *lx,
                   const nm_tone_opts *o, int rescore, int keep, FILE *dump, const char *set,
                   evalset *s) {
  memset(s, 0, sizeof *s);
  char *buf;
  size_t len;
  if (nm_cli_read_file(path, &buf, &len) != 0) {
    fprintf(stderr, "%s: cannot read %s\n", who, path);
    return 2;
  }
  size_t lines = 1;
  for (size_t i = 0; i < len; i++)
    lines += buf[i] == '\n';
  s->docs = keep ? calloc(lines, sizeof *s->docs) : NULL;
  s->gold = malloc(lines * sizeof *s->gold);
  s->score = malloc(lines * sizeof *s->score);
  if ((keep && !s->docs) || !s->gold || !s->score) {
    fprintf(stderr, "%s: out of memory\n", who);
    free(buf);
    free_set(s);
    return 2;
  }
  size_t lineno = 0, n = 0;
  int rc = 0;
  for (size_t off = 0; off < len && !rc;) {
    char *line = buf + off, *nl = memchr(line, '\n', len - off);
    size_t l = nl ? (size_t)(nl - line) : len - off;
    off += l + (nl ? 1 : 0);
    lineno++;
    if (l && line[l - 1] == '\r') l--;
    if (!l) continue;
    double rating;
    const char *text;
    size_t tl;
    if (parse_line(line, l, &rating, &text, &tl) != 0) {
      fprintf(stderr, "%s: %s:%zu: not 'id<TAB>rating<TAB>text'\n", who, path, lineno);
      rc = 2;
      break;
    }
    nm_error e = {NM_OK, NULL, 0};
    nm_doc *d = nm_doc_new(text, tl, &e);
    if (!d || nm_process(p, d, &e) != NM_OK ||
        (rescore && nm_tone_score_opts(lx, o, d) != NM_OK)) {
      fprintf(stderr, "%s: %s:%zu: %s\n", who, path, lineno, e.msg ? e.msg : "failed");
      nm_doc_free(d);
      rc = 2;
      break;
    }
    const nm_tone *t = nm_doc_tone(d);
    size_t nt;
    nm_doc_tokens(d, &nt);
    s->tokens += nt;
    s->gold[n] = rating;
    s->score[n] = t ? t->compound : 0;
    if (dump) fprintf(dump, "%s\t%zu\t%g\t%.4f\n", set, lineno, rating, s->score[n]);
    if (keep)
      s->docs[n] = d;
    else
      nm_doc_free(d);
    n++;
    s->n = n;
  }
  free(buf);
  if (rc) free_set(s);
  return rc;
}

/* Times the tone stage alone over the kept documents: the best of 5 runs. */
static void speed(const nm_tone_lexicon *lx, const nm_tone_opts *o, evalset *sets_, int nsets) {
  size_t tokens = 0;
  for (int k = 0; k < nsets; k++)
    tokens += sets_[k].tokens;
  if (!tokens) return;
  double best = 0;
  for (int run = 0; run < 5; run++) {
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int k = 0; k < nsets; k++)
      for (size_t i = 0; i < sets_[k].n; i++)
        if (sets_[k].docs[i] && nm_tone_score_opts(lx, o, sets_[k].docs[i]) != NM_OK) return;
    clock_gettime(CLOCK_MONOTONIC, &b);
    double sec = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    double tps = sec > 0 ? (double)tokens / sec : 0;
    if (tps > best) best = tps;
  }
  printf("tone speed: %zu tokens, stage alone %.0f tokens/s (best of 5 runs, one thread)\n",
         tokens, best);
}

int nm_cli_eval_tone(int argc, char **argv) {
  const char *gold_dir = NULL, *dump_path = NULL, *lexicon = NULL, *tagger = NULL, *parser = NULL, *ner = NULL,
             *gaz = NULL;
  bool only[S_COUNT] = {false}, any_only = false, dev_only = false, no_tag = false,
       no_entities = false, do_speed = false, rescore = false;
  double min_nyt = -2;
  nm_tone_opts o = nm_tone_default_opts;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int more = i + 1 < argc;
    if (!strcmp(a, "--gold") && more) gold_dir = argv[++i];
    else if (!strcmp(a, "--lexicon") && more) lexicon = argv[++i];
    else if (!strcmp(a, "--dump") && more) dump_path = argv[++i];
    else if (!strcmp(a, "--tagger") && more) tagger = argv[++i];
    else if (!strcmp(a, "--parser") && more) parser = argv[++i];
    else if (!strcmp(a, "--ner") && more) ner = argv[++i];
    else if (!strcmp(a, "--gazetteer") && more) gaz = argv[++i];
    else if (!strcmp(a, "--no-tag")) no_tag = no_entities = true;
    else if (!strcmp(a, "--no-entities")) no_entities = true;
    else if (!strcmp(a, "--dev")) dev_only = true;
    else if (!strcmp(a, "--speed")) do_speed = true;
    else if (!strcmp(a, "--vader-only")) {
      o.afinn_valence = o.skip_names = o.tag_rules = o.lemmas = o.doc_mean = false;
      rescore = true;
    } else if ((!strcmp(a, "--with") || !strcmp(a, "--without")) && more) {
      bool on = !strcmp(a, "--with");
      const char *v = argv[++i];
      if (!strcmp(v, "afinn-valence")) o.afinn_valence = on;
      else if (!strcmp(v, "names")) o.skip_names = on;
      else if (!strcmp(v, "tag-rules")) o.tag_rules = on;
      else if (!strcmp(v, "lemmas")) o.lemmas = on;
      else {
        fprintf(stderr, "%s: %s takes afinn-valence, names, tag-rules or lemmas\n", who, a);
        return 2;
      }
      rescore = true;
    } else if (!strcmp(a, "--doc") && more) {
      const char *v = argv[++i];
      if (strcmp(v, "mean") && strcmp(v, "whole")) {
        fprintf(stderr, "%s: --doc takes mean or whole\n", who);
        return 2;
      }
      o.doc_mean = !strcmp(v, "mean");
      rescore = true;
    } else if (!strcmp(a, "--min-nyt") && more) {
      char *end;
      min_nyt = strtod(argv[++i], &end);
      if (*end || min_nyt < -1 || min_nyt > 1) {
        fprintf(stderr, "%s: --min-nyt takes a correlation, -1..1\n", who);
        return 2;
      }
    } else if (!strcmp(a, "--only") && more) {
      const char *v = argv[++i];
      int k = 0;
      while (k < S_COUNT && strcmp(v, sets[k].name))
        k++;
      if (k == S_COUNT) {
        fprintf(stderr, "%s: unknown set '%s' (tweets, movies, amazon, nyt)\n", who, v);
        return 2;
      }
      only[k] = any_only = true;
    } else {
      if (strcmp(a, "--help") && strcmp(a, "-h"))
        fprintf(stderr, "%s: unknown or incomplete option '%s'\n", who, a);
      usage();
      return 2;
    }
  }
  bool run[S_COUNT];
  for (int k = 0; k < S_COUNT; k++)
    run[k] = (any_only ? only[k] : true) && !(dev_only && k == S_NYT);
  if (min_nyt > -2 && !run[S_NYT]) {
    fprintf(stderr, "%s: --min-nyt needs the nyt set\n", who);
    return 2;
  }

  char dbuf[4096];
  if (!gold_dir) {
    const char *data = getenv("NEWSMILL_DATA");
    if (!data || !*data) data = "../shared/data";
    snprintf(dbuf, sizeof dbuf, "%s/tone/vader/icwsm2014_gold", data);
    gold_dir = dbuf;
  }
  nm_cli_models m = {
      .tagger = tagger, .parser = parser, .ner = ner, .gazetteer = gaz, .tone = lexicon};
  unsigned want = NM_CLI_TONE;
  if (!no_tag) want |= no_entities ? NM_CLI_TAGGER | NM_CLI_PARSER : NM_CLI_ENTITIES;
  if (nm_cli_find_models(&m, want, NM_CLI_TONE)) {
    fprintf(stderr, "%s: no tone lexicon found (dict/tone.nmm; make dicts)\n", who);
    return 2;
  }
  if (no_tag) m.tagger = m.parser = NULL;
  if (no_entities) m.ner = m.gazetteer = NULL;
  if (!m.tagger) m.parser = m.ner = NULL;
  nm_pipeline *p = nm_cli_pipeline_new(&m, NM_CLI_ENTITIES | NM_CLI_TONE, who);
  if (!p) return 2;
  nm_error e = {NM_OK, NULL, 0};
  nm_tone_lexicon *lx = nm_tone_open(m.tone, &e);
  if (!lx) {
    fprintf(stderr, "%s: cannot build the pipeline: %s\n", who,
            e.msg ? e.msg : nm_status_str(e.code));
    nm_pipeline_free(p);
    return 2;
  }
  printf("tone: lexicon=%s tagger=%s parser=%s ner=%s gazetteer=%s\n", m.tone,
         m.tagger ? m.tagger : "none", m.parser ? m.parser : "none", m.ner ? m.ner : "none",
         m.gazetteer ? m.gazetteer : "none");
  printf("tone: options afinn-valence=%d names=%d tag-rules=%d lemmas=%d doc=%s%s\n",
         o.afinn_valence, o.skip_names, o.tag_rules, o.lemmas, o.doc_mean ? "mean" : "whole",
         rescore ? " (not the defaults)" : "");
  printf("  %-26s %-5s %6s %8s\n", "set", "split", "texts", "r");

  FILE *dump = dump_path ? fopen(dump_path, "w") : NULL;
  if (dump_path && !dump) {
    fprintf(stderr, "%s: cannot write %s\n", who, dump_path);
    nm_tone_free(lx);
    nm_pipeline_free(p);
    return 2;
  }
  evalset es[S_COUNT];
  memset(es, 0, sizeof es);
  int rc = 0, missed = 0;
  for (int k = 0; k < S_COUNT && !rc; k++) {
    if (!run[k]) continue;
    char path[4400];
    snprintf(path, sizeof path, "%s/%s", gold_dir, sets[k].file);
    rc = run_set(path, p, lx, &o, rescore, do_speed, dump, sets[k].name, &es[k]);
    if (rc) break;
    double r = pearson(es[k].score, es[k].gold, es[k].n);
    printf("  %-26s %-5s %6zu %8.4f\n", sets[k].label, sets[k].split, es[k].n, r);
    if (k == S_NYT && min_nyt > -2 && r < min_nyt) {
      printf("  below the floor: NYT r %.4f < %.4f\n", r, min_nyt);
      missed = 1;
    }
  }
  if (!rc && do_speed) speed(lx, &o, es, S_COUNT);
  for (int k = 0; k < S_COUNT; k++)
    free_set(&es[k]);
  if (dump && fclose(dump) != 0) {
    fprintf(stderr, "%s: cannot write %s\n", who, dump_path);
    rc = 2;
  }
  nm_tone_free(lx);
  nm_pipeline_free(p);
  return rc ? rc : missed;
}
