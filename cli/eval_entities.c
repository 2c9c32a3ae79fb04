/* eval_entities.c - `newsmill eval entities`: named-entity precision,
 * recall and F1 on GUM, MEANTIME and WikiGold, and pronoun resolution on
 * GUM. The corpora's readers and the scorer are in ner_data.c; the rules
 * are in docs/entities.md. */
#include "cli.h"
#include "ner_data.h"

#include <stdlib.h>
#include <string.h>

static const char *const who = "newsmill eval entities";

enum { C_GUM = 0, C_MEANTIME, C_WIKIGOLD, C_COUNT };
static const char *const corpus_names[C_COUNT] = {"gum", "meantime", "wikigold"};

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

static double f1(size_t tp, size_t fp, size_t fn) {
  return tp ? 200.0 * (double)tp / (double)(2 * tp + fp + fn) : 0.0;
}

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill eval entities [--gum FILE] [--meantime DIR]\n"
          "         [--meantime-part train|dev|test|all] [--wikigold FILE]\n"
          "         [--only gum|meantime|wikigold]... [--genres G1,G2,...]\n"
          "         [--tagger M] [--parser M] [--ner M] [--gazetteer F] [--stats] [--errors]\n"
          "         [--min-gum F1] [--min-meantime F1] [--min-wikigold F1] [--min-pronoun ACC]\n"
          "Defaults: $NEWSMILL_DATA (../shared/data) GUM test, MEANTIME test part,\n"
          "WikiGold; shipped models; floors are percentages. --stats prints the gold\n"
          "statistics only, without running the pipeline. --errors prints, on stderr,\n"
          "each document's missed (FN), mistyped (TY), wrong (FP) and ignored (ig)\n"
          "names and each gold pronoun's resolution, marked ok or WRONG; for\n"
          "development sets only.\n");
}

/* Gold statistics of a corpus. */
typedef struct gold_stats {
  size_t docs, tokens, pronouns;
  size_t mentions[ND_NTYPES], named[ND_NTYPES], scored[ND_NTYPES], ignorable[ND_NTYPES];
} gold_stats;

static void count_gold(const nd_corpus *c, gold_stats *s) {
  memset(s, 0, sizeof *s);
  s->docs = c->n_docs;
  for (size_t i = 0; i < c->n_docs; i++) {
    const nd_doc *d = &c->docs[i];
    size_t nt;
    nm_doc_tokens(d->doc, &nt);
    s->tokens += nt;
    for (size_t k = 0; k < d->n_m; k++) {
      const nd_mention *m = &d->m[k];
      s->mentions[m->type]++;
      s->named[m->type] += m->named;
      s->scored[m->type] += m->scored;
      s->ignorable[m->type] += m->named && !m->scored && m->type != ND_OTHER;
      s->pronouns += m->pronoun;
    }
  }
}

static void print_gold(const char *name, const char *src, const gold_stats *s) {
  printf("entities %s: %s\n", name, src);
  printf("  gold: %zu documents, %zu tokens, %zu pronouns (he/she/his/her of named persons)\n",
         s->docs, s->tokens, s->pronouns);
  printf("  %-8s %9s %9s %9s %9s\n", "type", "mentions", "named", "scored", "ignorable");
  for (int t = 0; t < ND_NTYPES; t++)
    printf("  %-8s %9zu %9zu %9zu %9zu\n", nd_type_name((nd_type)t), s->mentions[t], s->named[t],
           s->scored[t], s->ignorable[t]);
}

static void print_row(const char *label, size_t tp, size_t fp, size_t fn) {
  printf("  %-11s P %6.2f  R %6.2f  F1 %6.2f   (tp %zu, fp %zu, fn %zu)\n", label, pct(tp, tp + fp),
         pct(tp, tp + fn), f1(tp, fp, fn), tp, fp, fn);
}

/* Runs the pipeline over every document and scores it. Returns 0 or 2. */
/* --errors: prints a document's missed gold names and wrong predictions. */
static int show_errors;

static void put_tokens(const nm_doc *d, uint32_t a, uint32_t b) {
  size_t n, len;
  const nm_token *t = nm_doc_tokens(d, &n);
  const char *text = nm_doc_text(d, &len);
  if (a >= b || b > n) return;
  fprintf(stderr, "\"%.*s\"", (int)(t[b - 1].end - t[a].start), text + t[a].start);
}

static void print_errors(const nd_doc *d, const nm_mention *m, size_t nm) {
  for (size_t i = 0; i < d->n_m; i++) {
    const nd_mention *g = &d->m[i];
    if (!g->scored) continue;
    int found = 0;
    for (size_t j = 0; j < nm && !found; j++)
      found = m[j].kind == NM_MENTION_NAME && m[j].first_token == g->start &&
              m[j].first_token + m[j].n_tokens == g->end && nd_type_of(m[j].type) == g->type;
    if (found) continue;
    fprintf(stderr, "  FN %-6s [%u,%u) ", nd_type_name(g->type), g->start, g->end);
    put_tokens(d->doc, g->start, g->end);
    fputc('\n', stderr);
  }
  for (size_t j = 0; j < nm; j++) {
    if (m[j].kind != NM_MENTION_NAME || nd_type_of(m[j].type) == ND_OTHER) continue;
    if (d->scored_end && m[j].first_token >= d->scored_end) continue; /* not annotated */
    uint32_t a = m[j].first_token, b = a + m[j].n_tokens;
    const char *what = "FP";
    for (size_t i = 0; i < d->n_m; i++) {
      const nd_mention *g = &d->m[i];
      if (g->start != a || g->end != b || !g->named) continue;
      what = g->scored && g->type == nd_type_of(m[j].type) ? NULL : g->scored ? "TY" : "ig";
      if (!what) break;
    }
    if (!what) continue;
    fprintf(stderr, "  %s %-6s [%u,%u) ", what, nd_type_name(nd_type_of(m[j].type)), a, b);
    put_tokens(d->doc, a, b);
    fputc('\n', stderr);
  }
}

/* --errors: each gold pronoun with what it was resolved to, and whether
 * that is right ("ok") or not ("WRONG"). */
static void print_pronouns(const nd_doc *d, const nm_mention *m, size_t nm, const nm_entity *en,
                           size_t ne) {
  size_t n, len;
  const nm_token *t = nm_doc_tokens(d->doc, &n);
  const char *text = nm_doc_text(d->doc, &len);
  for (size_t i = 0; i < d->n_m; i++) {
    const nd_mention *g = &d->m[i];
    if (!g->pronoun) continue;
    const char *to = "(unresolved)";
    for (size_t j = 0; j < nm; j++)
      if (m[j].first_token == g->start && m[j].n_tokens == 1 && m[j].entity < ne)
        to = en[m[j].entity].name;
    const char *mark = nd_pronoun_ok(d->m, d->n_m, g, m, nm, en, ne) ? "ok" : "WRONG";
    const nd_mention *named = NULL;
    for (size_t k = 0; k < d->n_m && !named; k++)
      if (d->m[k].cluster == g->cluster && d->m[k].named && d->m[k].type == ND_PERSON)
        named = &d->m[k];
    if (named)
      fprintf(stderr, "  PRON [%u] %s -> %s | gold %.*s\n", g->start, mark, to,
              (int)(t[named->end - 1].end - t[named->start].start), text + t[named->start].start);
    else
      fprintf(stderr, "  PRON [%u] %s -> %s | gold ?\n", g->start, mark, to);
  }
}

static int score_corpus(const nm_pipeline *p, nd_corpus *c, nd_counts *k) {
  memset(k, 0, sizeof *k);
  for (size_t i = 0; i < c->n_docs; i++) {
    nd_doc *d = &c->docs[i];
    nm_error e = {NM_OK, NULL, 0};
    if (nm_process(p, d->doc, &e) != NM_OK) {
      fprintf(stderr, "%s: %s: %s\n", who, d->id, e.msg ? e.msg : nm_status_str(e.code));
      return 2;
    }
    size_t nm, ne;
    const nm_mention *m = nm_doc_mentions(d->doc, &nm);
    const nm_entity *en = nm_doc_entities(d->doc, &ne);
    if (show_errors) {
      fprintf(stderr, "%s\n", d->id ? d->id : "?");
      print_errors(d, m, nm);
      print_pronouns(d, m, nm, en, ne);
    }
    if (!nd_score_doc(d->m, d->n_m, m, nm, en, ne, d->scored_end, k)) {
      fprintf(stderr, "%s: out of memory\n", who);
      return 2;
    }
  }
  return 0;
}

/* Prints the scores; returns the combined F1. */
static double print_scores(const nd_counts *k) {
  size_t tp = 0, fp = 0, fn = 0;
  for (int t = 0; t < ND_OTHER; t++) {
    print_row(nd_type_name((nd_type)t), k->tp[t], k->fp[t], k->fn[t]);
    tp += k->tp[t];
    fp += k->fp[t];
    fn += k->fn[t];
  }
  print_row("all", tp, fp, fn);
  print_row("unlabelled", k->span_tp, k->span_fp, k->span_fn);
  printf("  ignored predictions (named gold mentions that are not scored): %zu\n", k->ignored);
  printf("  false positives overlapping no gold mention: %zu of %zu\n", k->fp_unannotated, fp);
  if (k->outside)
    printf("  predictions after the annotated sentences (not scored): %zu\n", k->outside);
  return f1(tp, fp, fn);
}

static int below(const char *what, double got, double floor) {
  if (floor < 0 || got >= floor) return 0;
  fprintf(stderr, "%s: %s %.2f is below the floor %.2f\n", who, what, got, floor);
  return 1;
}

/* Splits a comma-separated list in place into at most cap items. */
static size_t split_list(char *s, const char **out, size_t cap) {
  size_t n = 0;
  for (char *tok = s; tok && n < cap;) {
    char *comma = strchr(tok, ',');
    if (comma) *comma = '\0';
    if (*tok) out[n++] = tok;
    tok = comma ? comma + 1 : NULL;
  }
  return n;
}

int nm_cli_eval_entities(int argc, char **argv) {
  const char *path[C_COUNT] = {NULL, NULL, NULL};
  const char *tagger = NULL, *parser = NULL, *ner = NULL, *gaz = NULL;
  double floor_f1[C_COUNT] = {-1, -1, -1}, floor_pronoun = -1;
  bool only[C_COUNT] = {false, false, false}, any_only = false, stats_only = false;
  nd_part part = ND_TEST;
  char *genre_arg = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    int c = -1;
    if (!strcmp(a, "--gum") && v)
      path[C_GUM] = argv[++i];
    else if (!strcmp(a, "--meantime") && v)
      path[C_MEANTIME] = argv[++i];
    else if (!strcmp(a, "--wikigold") && v)
      path[C_WIKIGOLD] = argv[++i];
    else if (!strcmp(a, "--meantime-part") && v) {
      i++;
      if (!strcmp(v, "train"))
        part = ND_TRAIN;
      else if (!strcmp(v, "dev"))
        part = ND_DEV;
      else if (!strcmp(v, "test"))
        part = ND_TEST;
      else if (!strcmp(v, "all"))
        part = ND_ALL;
      else {
        fprintf(stderr, "%s: --meantime-part is train, dev, test or all\n", who);
        return 2;
      }
    } else if (!strcmp(a, "--only") && v) {
      i++;
      for (int k = 0; k < C_COUNT; k++)
        if (!strcmp(v, corpus_names[k])) c = k;
      if (c < 0) {
        fprintf(stderr, "%s: --only takes gum, meantime or wikigold\n", who);
        return 2;
      }
      only[c] = any_only = true;
    } else if (!strcmp(a, "--genres") && v)
      genre_arg = argv[++i];
    else if (!strcmp(a, "--tagger") && v)
      tagger = argv[++i];
    else if (!strcmp(a, "--parser") && v)
      parser = argv[++i];
    else if (!strcmp(a, "--ner") && v)
      ner = argv[++i];
    else if (!strcmp(a, "--gazetteer") && v)
      gaz = argv[++i];
    else if (!strcmp(a, "--errors"))
      show_errors = 1;
    else if (!strcmp(a, "--stats"))
      stats_only = true;
    else if (!strcmp(a, "--min-gum") && v)
      floor_f1[C_GUM] = atof(argv[++i]);
    else if (!strcmp(a, "--min-meantime") && v)
      floor_f1[C_MEANTIME] = atof(argv[++i]);
    else if (!strcmp(a, "--min-wikigold") && v)
      floor_f1[C_WIKIGOLD] = atof(argv[++i]);
    else if (!strcmp(a, "--min-pronoun") && v)
      floor_pronoun = atof(argv[++i]);
    else {
      usage();
      return 2;
    }
  }
  bool run[C_COUNT];
  for (int k = 0; k < C_COUNT; k++)
    run[k] = any_only ? only[k] : true;
  for (int k = 0; k < C_COUNT; k++)
    if (floor_f1[k] >= 0 && !run[k]) {
      fprintf(stderr, "%s: --min-%s needs the %s corpus\n", who, corpus_names[k], corpus_names[k]);
      return 2;
    }
  if (floor_pronoun >= 0 && !run[C_GUM]) {
    fprintf(stderr, "%s: --min-pronoun needs the gum corpus\n", who);
    return 2;
  }
  if ((floor_pronoun >= 0 || floor_f1[0] >= 0 || floor_f1[1] >= 0 || floor_f1[2] >= 0) &&
      stats_only) {
    fprintf(stderr, "%s: floors need scores; --stats computes none\n", who);
    return 2;
  }

  /* default corpora under $NEWSMILL_DATA */
  const char *data = getenv("NEWSMILL_DATA");
  if (!data || !*data) data = "../shared/data";
  static const char *const rel[C_COUNT] = {"ud/gum/en_gum-ud-test.conllu",
                                           "entities/meantime_en/intra_cross-doc_annotation",
                                           "entities/wikigold/wikigold.conll.txt"};
  char defaults[C_COUNT][4096];
  for (int k = 0; k < C_COUNT; k++)
    if (!path[k]) {
      snprintf(defaults[k], sizeof defaults[k], "%s/%s", data, rel[k]);
      path[k] = defaults[k];
    }

  const char *genres[64];
  size_t n_genres = 0;
  if (genre_arg) {
    n_genres = split_list(genre_arg, genres, sizeof genres / sizeof *genres);
    if (!n_genres) {
      fprintf(stderr, "%s: --genres needs at least one genre\n", who);
      return 2;
    }
  }

  /* the pipeline: shipped models unless given */
  nm_pipeline *p = NULL;
  if (!stats_only) {
    nm_cli_models m = {.tagger = tagger, .parser = parser, .ner = ner, .gazetteer = gaz};
    if (nm_cli_find_models(&m, NM_CLI_ENTITIES, NM_CLI_TAGGER)) {
      fprintf(stderr, "%s: no tagger model found (models/tagger.nmm)\n", who);
      return 2;
    }
    if (!m.ner)
      fprintf(stderr, "%s: no NER model found (models/ner.nmm); no mentions are predicted\n", who);
    p = nm_cli_pipeline_new(&m, NM_CLI_ENTITIES, who);
    if (!p) return 2;
    printf("entities: tagger=%s parser=%s ner=%s gazetteer=%s\n", m.tagger,
           m.parser ? m.parser : "none", m.ner ? m.ner : "none",
           m.gazetteer ? m.gazetteer : "none");
  }

  int err = 0, missed = 0;
  for (int k = 0; k < C_COUNT && !err; k++) {
    if (!run[k]) continue;
    nd_corpus c;
    int r = k == C_GUM        ? nd_read_gum(path[k], genre_arg ? genres : NULL, n_genres, &c)
            : k == C_MEANTIME ? nd_read_meantime(path[k], part, &c)
                              : nd_read_wikigold(path[k], &c);
    if (r) {
      err = 1;
      break;
    }
    gold_stats gs;
    count_gold(&c, &gs);
    char src[4200];
    static const char *const part_names[] = {"all", "train", "dev", "test"};
    if (k == C_MEANTIME)
      snprintf(src, sizeof src, "%s (%s part)", path[k], part_names[part]);
    else
      snprintf(src, sizeof src, "%s", path[k]);
    print_gold(corpus_names[k], src, &gs);
    if (!stats_only) {
      nd_counts counts;
      if (score_corpus(p, &c, &counts)) {
        err = 1;
      } else {
        double f = print_scores(&counts);
        char what[64];
        snprintf(what, sizeof what, "%s F1", corpus_names[k]);
        missed |= below(what, f, floor_f1[k]);
        if (k != C_WIKIGOLD) {
          double acc = pct(counts.pronouns_ok, counts.pronouns);
          printf("  pronouns: accuracy %.2f (%zu of %zu resolved to the right named entity)\n", acc,
                 counts.pronouns_ok, counts.pronouns);
          if (k == C_GUM) missed |= below("gum pronoun accuracy", acc, floor_pronoun);
        }
      }
    }
    nd_corpus_free(&c);
  }
  nm_pipeline_free(p);
  return err ? 2 : missed;
}
