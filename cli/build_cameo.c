/* build_cameo.c - `newsmill build cameo`: compiles the event-coding
 * dictionaries (PETRARCH-2 formats, src/cameo_read.c) into one file. With
 * no file options it builds the production set, dict/cameo.nmm, from
 * --data: CAMEO.2.0.txt, the three Phoenix actor files, Phoenix.agents.txt
 * and Phoenix.discards.txt (openeventdata/petrarch2) and the PETRARCH
 * internal coding ontology (openeventdata/UniversalPetrarch). The output
 * depends only on the input files and their order. */
#include "cameo.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

enum { VERBS, ACTORS, AGENTS, DISCARDS, PICO, KINDS };

static const char *const kind_opt[KINDS] = {"--verbs", "--actors", "--agents", "--discards",
                                            "--pico"};

typedef nm_status (*add_fn)(nm_cameo_builder *, const char *, nm_error *);
static const add_fn adders[KINDS] = {nm_cameo_builder_add_verbs, nm_cameo_builder_add_actors,
                                     nm_cameo_builder_add_agents, nm_cameo_builder_add_discards,
                                     nm_cameo_builder_add_pico};

/* The production files, under DIR/events/. */
static const struct {
  int kind;
  const char *path;
} production[] = {
    {VERBS, "openeventdata__petrarch2/CAMEO.2.0.txt"},
    {ACTORS, "openeventdata__petrarch2/Phoenix.Countries.actors.txt"},
    {ACTORS, "openeventdata__petrarch2/Phoenix.International.actors.txt"},
    {ACTORS, "openeventdata__petrarch2/Phoenix.MilNonState.actors.txt"},
    {AGENTS, "openeventdata__petrarch2/Phoenix.agents.txt"},
    {DISCARDS, "openeventdata__petrarch2/Phoenix.discards.txt"},
    {PICO, "openeventdata__UniversalPetrarch/PETR.Internal.Coding.Ontology.txt"},
};

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill build cameo [--data DIR] [--also-verbs F] [--also-actors F]\n"
          "                            [--also-agents F] -o FILE [--quiet]\n"
          "       newsmill build cameo [--verbs F] [--actors F] [--agents F] [--discards F]\n"
          "                            [--pico F] -o FILE [--quiet]\n"
          "  --data DIR   the shared data (default $NEWSMILL_DATA, else ../shared/data); the\n"
          "               production set is DIR/events/openeventdata__petrarch2/{CAMEO.2.0.txt,\n"
          "               Phoenix.{Countries,International,MilNonState}.actors.txt,\n"
          "               Phoenix.agents.txt, Phoenix.discards.txt} and\n"
          "               DIR/events/openeventdata__UniversalPetrarch/\n"
          "               PETR.Internal.Coding.Ontology.txt\n"
          "  --verbs F ...  build from these files instead (each option repeatable; files of a\n"
          "               kind are read in the order given)\n"
          "  --also-verbs F  read verb file F after the production set (repeatable); its\n"
          "               '--- +VERB ---' blocks add patterns to the production verb VERB (the\n"
          "               shipped dictionary adds dict/src/team.verbs.txt)\n"
          "  --also-actors F  read actor file F after the production set (repeatable; the\n"
          "               shipped dictionary adds dict/src/team.actors.txt)\n"
          "  --also-agents F  read agent file F after the production set (repeatable; the\n"
          "               shipped dictionary adds dict/src/team.agents.txt)\n");
}

static int add(nm_cameo_builder *b, int kind, const char *path) {
  nm_error err = {NM_OK, NULL, 0};
  if (adders[kind](b, path, &err) == NM_OK) return 0;
  fprintf(stderr, "newsmill build cameo: %s\n", err.msg ? err.msg : nm_status_str(err.code));
  return 2;
}

static void report(const nm_cameo_builder *b, const nm_cameo *c, const char *out) {
  nm_cameo_stats s;
  nm_cameo_get_stats(c, &s);
  nm_cameo_warnings w;
  size_t nw = nm_cameo_builder_warnings(b, &w);
  fprintf(stderr,
          "newsmill build cameo: %s: %u words; %u synsets, %u verb blocks, %u verb forms, "
          "%u patterns, %u transformations;\n  %u actors (%u phrases), %u agents (%u phrases), "
          "%u discards, %u PICO codes\n",
          out, s.words, s.synsets, s.verb_blocks, s.verbs, s.patterns, s.transforms, s.actors,
          s.actor_phrases, s.agents, s.agent_phrases, s.discards, s.pico);
  if (!nw) return;
  fprintf(stderr,
          "  %zu lines repaired or left out: %u patterns or synset entries naming an undefined "
          "synset,\n  %u stray closing brackets, %u patterns without '-', %u synset phrases "
          "with brackets,\n  %u dates of 7 or 9+ digits, %u bare dates, %u empty date ranges, "
          "%u notes after actors' codes,\n  %u agents without a code\n",
          nw, w.unknown_synset, w.stray_close, w.pattern_no_dash, w.synset_brackets, w.odd_dates,
          w.bare_dates, w.empty_ranges, w.trailing_text, w.agent_no_code);
  for (size_t i = 0; i < nw; i++) {
    const char *t = nm_cameo_builder_warning(b, i);
    if (!t) break;
    fprintf(stderr, "  warning: %s\n", t);
  }
}

int nm_cli_build_cameo(int argc, char **argv) {
  const char *dir = getenv("NEWSMILL_DATA"), *out = NULL;
  int quiet = 0, explicit = 0;
  if (!dir || !*dir) dir = "../shared/data";
  /* the files to read, in order: kind and path */
  int *kinds = calloc((size_t)argc + 1, sizeof *kinds);
  const char **paths = calloc((size_t)argc + 1, sizeof *paths);
  size_t n = 0;
  int rc = kinds && paths ? 0 : 2;
  for (int i = 1; i < argc && !rc; i++) {
    const char *a = argv[i];
    int kind = -1;
    for (int k = 0; k < KINDS; k++)
      if (!strcmp(a, kind_opt[k])) kind = k;
    if (kind >= 0 && i + 1 < argc) {
      kinds[n] = kind;
      paths[n++] = argv[++i];
      explicit = 1;
    } else if (!strcmp(a, "--also-verbs") && i + 1 < argc) {
      kinds[n] = VERBS; /* after the production set */
      paths[n++] = argv[++i];
    } else if (!strcmp(a, "--also-actors") && i + 1 < argc) {
      kinds[n] = ACTORS; /* after the production set */
      paths[n++] = argv[++i];
    } else if (!strcmp(a, "--also-agents") && i + 1 < argc) {
      kinds[n] = AGENTS; /* after the production set */
      paths[n++] = argv[++i];
    } else if (!strcmp(a, "--data") && i + 1 < argc) {
      dir = argv[++i];
    } else if (!strcmp(a, "-o") && i + 1 < argc) {
      out = argv[++i];
    } else if (!strcmp(a, "--quiet")) {
      quiet = 1;
    } else {
      if (strcmp(a, "--help") && strcmp(a, "-h"))
        fprintf(stderr, "newsmill build cameo: unknown or incomplete option '%s'\n", a);
      usage();
      rc = 2;
    }
  }
  if (!rc && !out) {
    usage();
    rc = 2;
  }
  nm_cameo_builder *b = rc ? NULL : nm_cameo_builder_new();
  if (!rc && !b) rc = 2;
  char path[4096];
  if (!explicit)
    for (size_t i = 0; !rc && i < sizeof production / sizeof production[0]; i++) {
      snprintf(path, sizeof path, "%s/events/%s", dir, production[i].path);
      rc = add(b, production[i].kind, path);
    }
  /* (the team's actor files correct the production set's) */
  if (!rc && !explicit) nm_cameo_builder_override_actors(b);
  for (size_t i = 0; !rc && i < n; i++)
    rc = add(b, kinds[i], paths[i]);
  nm_error err = {NM_OK, NULL, 0};
  if (!rc && nm_cameo_builder_write(b, out, &err) != NM_OK) {
    fprintf(stderr, "newsmill build cameo: %s: %s\n", out, err.msg ? err.msg : "failed");
    rc = 2;
  }
  nm_cameo *c = NULL;
  if (!rc && nm_cameo_open(out, &c, &err) != NM_OK) {
    fprintf(stderr, "newsmill build cameo: %s does not load back: %s\n", out,
            err.msg ? err.msg : "failed");
    rc = 2;
  }
  if (!rc && !quiet) report(b, c, out);
  nm_cameo_free(c);
  nm_cameo_builder_free(b);
  free(kinds);
  free(paths);
  return rc;
}
