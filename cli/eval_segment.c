/* eval_segment.c - "newsmill eval segment": scores the segmenter against a
 * CoNLL-U gold file.
 *
 * Each gold document's text is rebuilt from its "# text" comments, segmented
 * afresh by the pipeline, and the two segmentations are compared by byte
 * span. Because both sides segment the same bytes, matching spans is what
 * the CoNLL 2018 shared task's character alignment amounts to. Counts are
 * summed over the file before precision, recall and F1 are taken. */
#include "cli.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
  fprintf(f, "usage: newsmill eval segment --gold FILE.conllu [options]\n"
             "\n"
             "Segments the text of each gold document and scores surface tokens (a\n"
             "multiword token counts once) and sentences by exact span.\n"
             "\n"
             "  --gold FILE          CoNLL-U gold file (required; - for stdin)\n"
             "  --min-token-f1 X     exit 1 if token F1 (a percentage) is below X\n"
             "  --min-sentence-f1 X  exit 1 if sentence F1 (a percentage) is below X\n"
             "  --errors N           print up to N sentence-boundary errors with context:\n"
             "                       'missed' = a gold boundary the system did not make,\n"
             "                       'extra' = a system boundary not in the gold\n");
}

typedef struct score {
  size_t gold, system, correct;
} score;

static void add_score(score *sc, const nm_cli_spans *g, const nm_cli_spans *s) {
  sc->gold += g->n;
  sc->system += s->n;
  sc->correct += nm_cli_count_matches(g, s);
}

/* Percentages; two empty sides agree perfectly. */
static void prf(const score *sc, double *p, double *r, double *f) {
  if (!sc->gold && !sc->system) {
    *p = *r = *f = 100.0;
    return;
  }
  *p = sc->system ? 100.0 * (double)sc->correct / (double)sc->system : 0.0;
  *r = sc->gold ? 100.0 * (double)sc->correct / (double)sc->gold : 0.0;
  *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

static double print_score(const char *name, const score *sc) {
  double p, r, f;
  prf(sc, &p, &r, &f);
  printf("%-9s gold=%zu system=%zu correct=%zu precision=%.2f recall=%.2f f1=%.2f\n", name,
         sc->gold, sc->system, sc->correct, p, r, f);
  return f;
}

/* --- Error listing ---------------------------------------------------- */

#define CONTEXT_BYTES 60

/* Prints t[a..b) on one line: a line break shows as a pilcrow, other control
 * bytes as spaces. */
static void print_context(const char *t, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == '\n')
      fputs("\xC2\xB6", stdout);
    else if (c < 0x20 || c == 0x7F)
      putchar(' ');
    else
      putchar(c);
  }
}

static bool is_cont(const char *t, size_t len, size_t i) {
  return i < len && ((unsigned char)t[i] & 0xC0) == 0x80;
}

/* Moves i forward (or back) to the start of a UTF-8 character, so that the
 * context does not begin or end inside one. */
static size_t char_start(const char *t, size_t len, size_t i, bool forward) {
  for (int k = 0; k < 3 && i > 0 && is_cont(t, len, i); k++)
    i = forward ? i + 1 : i - 1;
  return i;
}

static void print_boundary(const char *kind, const nm_doc *d, size_t at) {
  size_t len, id_len;
  const char *t = nm_doc_text(d, &len);
  const char *id = nm_doc_meta(d, NM_META_ID, &id_len);
  size_t a = at > CONTEXT_BYTES ? char_start(t, len, at - CONTEXT_BYTES, true) : 0;
  size_t b = len - at > CONTEXT_BYTES ? char_start(t, len, at + CONTEXT_BYTES, false) : len;
  printf("%-6s doc=%.*s at=%zu  ", kind, id ? (int)(id_len > 200 ? 200 : id_len) : 1, id ? id : "-",
         at);
  print_context(t, a, at);
  fputs(" || ", stdout);
  print_context(t, at, b);
  putchar('\n');
}

/* Lists sentence ends found on one side only, in text order; returns how
 * many were printed. d is the gold document (same text as the system's). */
static size_t print_boundary_errors(const nm_doc *d, const nm_cli_spans *g, const nm_cli_spans *s,
                                    size_t limit) {
  size_t i = 0, j = 0, printed = 0;
  while ((i < g->n || j < s->n) && printed < limit) {
    if (j == s->n || (i < g->n && g->p[i].end < s->p[j].end)) {
      print_boundary("missed", d, g->p[i++].end);
      printed++;
    } else if (i == g->n || s->p[j].end < g->p[i].end) {
      print_boundary("extra", d, s->p[j++].end);
      printed++;
    } else {
      i++;
      j++;
    }
  }
  return printed;
}

/* --- Options ---------------------------------------------------------- */

static bool parse_percent(const char *s, double *out) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (end == s || *end || errno || v != v || v < 0 || v > 100) return false; /* v != v: NaN */
  *out = v;
  return true;
}

static bool parse_count(const char *s, size_t *out) {
  char *end;
  errno = 0;
  if (*s < '0' || *s > '9') return false;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end || errno) return false;
  *out = (size_t)v;
  return true;
}

typedef struct options {
  const char *gold;
  double min_token_f1, min_sentence_f1; /* < 0: no floor */
  size_t errors;
} options;

/* Returns -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, options *o) {
  o->gold = NULL;
  o->min_token_f1 = o->min_sentence_f1 = -1;
  o->errors = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    }
    const char *val = NULL;
    size_t name_len = strlen(a);
    const char *eq = strchr(a, '=');
    if (strncmp(a, "--", 2) == 0 && eq) {
      name_len = (size_t)(eq - a);
      val = eq + 1;
    }
    static const char *const known[] = {"--gold", "--min-token-f1", "--min-sentence-f1",
                                        "--errors"};
    int which = -1;
    for (int k = 0; k < 4; k++)
      if (strlen(known[k]) == name_len && strncmp(a, known[k], name_len) == 0) which = k;
    if (which < 0) {
      fprintf(stderr, "newsmill eval segment: unknown option '%s'\n", a);
      usage(stderr);
      return 2;
    }
    if (!val) {
      if (i + 1 >= argc) {
        fprintf(stderr, "newsmill eval segment: %s needs a value\n", known[which]);
        return 2;
      }
      val = argv[++i];
    }
    bool ok = true;
    switch (which) {
    case 0: o->gold = val; break;
    case 1: ok = parse_percent(val, &o->min_token_f1); break;
    case 2: ok = parse_percent(val, &o->min_sentence_f1); break;
    case 3: ok = parse_count(val, &o->errors); break;
    }
    if (!ok) {
      fprintf(stderr, "newsmill eval segment: bad value '%s' for %s (%s)\n", val, known[which],
              which == 3 ? "a count" : "a percentage, 0 to 100");
      return 2;
    }
  }
  if (!o->gold) {
    fprintf(stderr, "newsmill eval segment: --gold FILE.conllu is required\n");
    usage(stderr);
    return 2;
  }
  return -1;
}

/* --- Main ------------------------------------------------------------- */

int nm_cli_eval_segment(int argc, char **argv) {
  options o;
  int rc = parse_options(argc, argv, &o);
  if (rc >= 0) return rc;

  nm_cli_gold gf;
  if (nm_cli_gold_open(&gf, o.gold, "newsmill eval segment") != 0) return 2;
  nm_error err = {0};
  nm_pipeline *p = nm_pipeline_new(NULL, &err);
  if (!p) {
    fprintf(stderr, "newsmill eval segment: %s\n", err.msg ? err.msg : nm_status_str(err.code));
    nm_cli_gold_close(&gf);
    return 2;
  }

  nm_cli_spans gold = {0}, sys = {0};
  score tokens = {0}, sentences = {0};
  size_t docs = 0, doc_line = 0, errors_left = o.errors;
  nm_doc *g;
  rc = -1;
  while (rc < 0) {
    int k = nm_cli_gold_next(&gf, &g, &doc_line, NULL, NULL);
    if (k != 1) {
      if (k) rc = k;
      break;
    }
    docs++;
    size_t tlen;
    const char *text = nm_doc_text(g, &tlen);
    nm_doc *s = nm_doc_new(text, tlen, &err);
    if (!s || nm_process(p, s, &err) != NM_OK) {
      fprintf(stderr, "newsmill eval segment: %s:%zu: segmenting failed: %s\n", o.gold, doc_line,
              err.msg ? err.msg : nm_status_str(err.code));
      rc = 2;
    } else if (!nm_cli_surface_tokens(g, &gold) || !nm_cli_surface_tokens(s, &sys)) {
      rc = 3;
    } else {
      add_score(&tokens, &gold, &sys);
      if (!nm_cli_sentence_spans(g, &gold) || !nm_cli_sentence_spans(s, &sys)) {
        rc = 3;
      } else {
        add_score(&sentences, &gold, &sys);
        errors_left -= print_boundary_errors(g, &gold, &sys, errors_left);
      }
    }
    nm_doc_free(s);
    nm_doc_free(g);
  }
  free(gold.p);
  free(sys.p);
  nm_pipeline_free(p);
  nm_cli_gold_close(&gf);
  if (rc == 3) {
    fprintf(stderr, "newsmill eval segment: out of memory\n");
    return 2;
  }
  if (rc >= 0) return rc;
  if (!sentences.gold) {
    fprintf(stderr, "newsmill eval segment: %s holds no sentences\n", o.gold);
    return 2;
  }

  printf("segment gold=%s docs=%zu\n", o.gold, docs);
  double tf = print_score("tokens", &tokens);
  double sf = print_score("sentences", &sentences);
  /* Compare what was printed, so that a floor equal to a shown score passes. */
  tf = (double)(long long)(tf * 100 + 0.5) / 100;
  sf = (double)(long long)(sf * 100 + 0.5) / 100;
  rc = 0;
  if (o.min_token_f1 >= 0 && tf < o.min_token_f1) {
    fprintf(stderr, "newsmill eval segment: token F1 %.2f is below the floor %.2f\n", tf,
            o.min_token_f1);
    rc = 1;
  }
  if (o.min_sentence_f1 >= 0 && sf < o.min_sentence_f1) {
    fprintf(stderr, "newsmill eval segment: sentence F1 %.2f is below the floor %.2f\n", sf,
            o.min_sentence_f1);
    rc = 1;
  }
  return rc;
}
