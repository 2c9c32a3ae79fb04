/* models.c - finding the shipped models and building the eval commands' pipeline. */
#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int exists(const char *p) { return access(p, R_OK) == 0; }

/* name under $env, else ../dir next to the executable (or
 * ../share/newsmill/dir), else ./dir. */
static const char *find(const char *env_name, const char *dir, const char *name, char *buf,
                        size_t cap) {
  const char *env = getenv(env_name);
  if (env && *env) {
    snprintf(buf, cap, "%s/%s", env, name);
    return exists(buf) ? buf : NULL;
  }
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      snprintf(buf, cap, "%s/../%s/%s", exe, dir, name);
      if (exists(buf)) return buf;
      snprintf(buf, cap, "%s/../share/newsmill/%s/%s", exe, dir, name);
      if (exists(buf)) return buf;
    }
  }
  snprintf(buf, cap, "%s/%s", dir, name);
  return exists(buf) ? buf : NULL;
}

const char *nm_cli_model_path(const char *name, char *buf, size_t cap) {
  return find("NEWSMILL_MODELS", "models", name, buf, cap);
}

const char *nm_cli_dict_path(const char *name, char *buf, size_t cap) {
  return find("NEWSMILL_DICTS", "dict", name, buf, cap);
}

unsigned nm_cli_find_models(nm_cli_models *m, unsigned want, unsigned need) {
  static const struct {
    unsigned bit;
    int dict; /* 0: under models/, 1: under dict/ */
    const char *name;
  } files[] = {
      {NM_CLI_TAGGER, 0, "tagger.nmm"},     {NM_CLI_PARSER, 0, "parser.nmm"},
      {NM_CLI_NER, 0, "ner.nmm"},           {NM_CLI_GAZETTEER, 1, "gazetteer.nmm"},
      {NM_CLI_GEONAMES, 1, "geonames.nmm"}, {NM_CLI_TONE, 1, "tone.nmm"},
      {NM_CLI_CAMEO, 1, "cameo.nmm"},
  };
  const char **slot[] = {&m->tagger,   &m->parser, &m->ner,  &m->gazetteer,
                         &m->geonames, &m->tone,   &m->cameo};
  unsigned missing = 0;
  for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
    const char **p = slot[k];
    if (!*p && (want & files[k].bit))
      *p = files[k].dict ? nm_cli_dict_path(files[k].name, m->buf[k], sizeof m->buf[k])
                         : nm_cli_model_path(files[k].name, m->buf[k], sizeof m->buf[k]);
    if (!*p && (need & files[k].bit)) missing |= files[k].bit;
  }
  return missing;
}

nm_pipeline *nm_cli_pipeline_new(const nm_cli_models *m, unsigned stages, const char *who) {
  nm_pipeline_options po;
  memset(&po, 0, sizeof po);
  if (stages & NM_CLI_TAGGER) po.tagger_model = m->tagger;
  if (stages & NM_CLI_PARSER) po.parser_model = m->parser;
  if (stages & NM_CLI_NER) po.ner_model = m->ner;
  if (stages & NM_CLI_GAZETTEER) po.gazetteer = m->gazetteer;
  if (stages & NM_CLI_GEONAMES) po.geonames = m->geonames;
  if (stages & NM_CLI_TONE) po.tone_lexicon = m->tone;
  if (stages & NM_CLI_CAMEO) po.cameo = m->cameo;
  return nm_cli_pipeline_from(&po, who);
}

nm_pipeline *nm_cli_pipeline_from(const nm_pipeline_options *po, const char *who) {
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline *p = nm_pipeline_new(po, &e);
  if (!p)
    fprintf(stderr, "%s: cannot build the pipeline: %s\n", who,
            e.msg ? e.msg : nm_status_str(e.code));
  return p;
}
