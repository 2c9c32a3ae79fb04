/* extract.c - `newsmill extract`: articles in, one record each out. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef enum { IN_TEXT, IN_JSONL, IN_CONLLU } input_kind;
typedef enum { OUT_JSON, OUT_CONLLU, OUT_GDELT } output_kind;

typedef struct extract_opts {
  input_kind in;
  output_kind out;
  unsigned json_flags;
  const char *date;
  const nm_pipeline *pipe;
  FILE *o;
  int failed;   /* records that failed */
  int io_error; /* a file could not be read or output could not be written */
} extract_opts;

static void help(void) {
  printf("usage: newsmill extract [options] [FILE...]\n"
         "\n"
         "Reads articles and writes one JSON record per article (JSON Lines) to stdout,\n"
         "in input order. FILE is a plain-text UTF-8 article; '-' or no FILE reads stdin.\n"
         "\n"
         "options:\n"
         "  --jsonl              input is JSON Lines, one article per line:\n"
         "                       {\"id\",\"date\",\"source\",\"url\",\"title\",\"text\"}\n"
         "  --input text|jsonl|conllu\n"
         "                       input format (conllu keeps the given sentences and tokens)\n"
         "  --date YYYY-MM-DD    article date for plain-text input\n"
         "  --format json|conllu|gdelt\n"
         "                       output format (default json; schema in docs/output.md;\n"
         "                       gdelt: GDELT 2.0 Events rows, one per event)\n"
         "  --tokens             include tokens[] in JSON output (with upos, xpos and\n"
         "                       lemma when a tagger model is loaded)\n"
         "  --tagger MODEL       tagger model (default: models/tagger.nmm, found next to\n"
         "                       the executable or through $NEWSMILL_MODELS)\n"
         "  --no-tag             do not tag (nor parse)\n"
         "  --parser MODEL       parser model (default: models/parser.nmm, found like\n"
         "                       the tagger)\n"
         "  --no-parse           do not parse\n"
         "  --ner MODEL          named-entity model (default: models/ner.nmm)\n"
         "  --gazetteer FILE     compiled gazetteer (default: dict/gazetteer.nmm)\n"
         "  --no-entities        do not find entities (nor places)\n"
         "  --tone FILE          tone lexicon (default: dict/tone.nmm)\n"
         "  --no-tone            do not score tone\n"
         "  --geonames FILE      GeoNames table for places (default: dict/geonames.nmm)\n"
         "  --no-places          do not resolve places\n"
         "  --cameo FILE         compiled event dictionaries (default: dict/cameo.nmm)\n"
         "  --verbs FILE, --actors FILE, --agents FILE, --discards FILE\n"
         "                       your own PETRARCH-2 format dictionaries (repeatable),\n"
         "                       looked up before the defaults\n"
         "  --pico FILE          a PETRARCH internal coding ontology for your verbs\n"
         "  --no-default-dicts   use only the dictionaries given with the options above\n"
         "  --no-events          do not code actors and events\n"
         "  -h, --help           this text\n"
         "\n"
         "exit status: 0 all records good, 1 some records failed, 2 usage or I/O error\n");
}

static void emit_doc(extract_opts *x, nm_doc *d) {
  nm_error e = {NM_OK, NULL, 0};
  size_t idlen;
  const char *id = nm_doc_meta(d, NM_META_ID, &idlen);
  if (nm_process(x->pipe, d, &e) != NM_OK) {
    nm_write_error_record(id, idlen, 0, e.msg ? e.msg : nm_status_str(e.code), nm_cli_write_file,
                          x->o);
    x->failed++;
    return;
  }
  nm_status st = x->out == OUT_CONLLU  ? nm_write_conllu(d, nm_cli_write_file, x->o, &e)
                 : x->out == OUT_GDELT ? nm_write_gdelt(d, nm_cli_write_file, x->o, &e)
                                       : nm_write_json(d, x->json_flags, nm_cli_write_file, x->o, &e);
  if (st != NM_OK) x->io_error = 1;
}

static void file_error(extract_opts *x, const char *path, const char *msg) {
  fprintf(stderr, "newsmill: %s: %s\n", path, msg);
  nm_write_error_record(path, strlen(path), 0, msg, nm_cli_write_file, x->o);
  x->io_error = 1;
}

static void do_text(extract_opts *x, const char *path) {
  char *buf;
  size_t len;
  if (nm_cli_read_file(path, &buf, &len) != 0) {
    file_error(x, path, strerror(errno));
    return;
  }
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(buf, len, &e);
  free(buf);
  if (!d) {
    nm_write_error_record(path, strlen(path), 0, e.msg, nm_cli_write_file, x->o);
    x->failed++;
    return;
  }
  const char *id = strcmp(path, "-") == 0 ? "stdin" : path;
  if (nm_doc_set_meta(d, NM_META_ID, id, strlen(id), &e) != NM_OK ||
      (x->date && nm_doc_set_meta(d, NM_META_DATE, x->date, strlen(x->date), &e) != NM_OK)) {
    nm_write_error_record(id, strlen(id), 0, e.msg, nm_cli_write_file, x->o);
    x->failed++;
    nm_doc_free(d);
    return;
  }
  emit_doc(x, d);
  nm_doc_free(d);
}

static bool blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return false;
  return true;
}

static void do_jsonl(extract_opts *x, const char *path) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    file_error(x, path, strerror(errno));
    return;
  }
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  ssize_t n;
  errno = 0;
  while ((n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    size_t len = (size_t)n;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      len--;
    if (blank(line, len)) continue;
    nm_error e = {NM_OK, NULL, 0};
    nm_doc *d = nm_doc_from_json(line, len, &e);
    if (!d) {
      char msg[256];
      snprintf(msg, sizeof msg, "%s (at byte %zu)", e.msg ? e.msg : nm_status_str(e.code), e.pos);
      nm_write_error_record(NULL, 0, lineno, msg, nm_cli_write_file, x->o);
      x->failed++;
      continue;
    }
    emit_doc(x, d);
    nm_doc_free(d);
  }
  if (ferror(f)) file_error(x, path, strerror(errno ? errno : EIO));
  free(line);
  if (f != stdin) fclose(f);
}

static void do_conllu(extract_opts *x, const char *path) {
  char *buf;
  size_t len;
  if (nm_cli_read_file(path, &buf, &len) != 0) {
    file_error(x, path, strerror(errno));
    return;
  }
  size_t off = 0, line = 1;
  while (off < len) {
    size_t used = 0;
    nm_error e = {NM_OK, NULL, 0};
    nm_doc *d = nm_conllu_read_doc(buf + off, len - off, &used, &line, &e);
    if (!d) {
      if (e.code != NM_OK) {
        nm_write_error_record(NULL, 0, e.pos, e.msg ? e.msg : nm_status_str(e.code),
                              nm_cli_write_file, x->o);
        x->failed++;
        if (used == 0) break;
        off += used; /* the reader skipped the bad document: go on */
        continue;
      }
      if (used == 0) break;
      off += used;
      continue;
    }
    off += used;
    emit_doc(x, d);
    nm_doc_free(d);
    if (used == 0) break;
  }
  free(buf);
}

int nm_cli_extract(int argc, char **argv) {
  extract_opts x = {IN_TEXT, OUT_JSON, 0, NULL, NULL, stdout, 0, 0};
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  int nfiles = 0;
  if (!files) return 2;
  int rc = 2;
  bool only_files = false;
  bool tag = true;                /* tag when a model is found */
  const char *tagger_path = NULL; /* --tagger */
  bool parse = true;              /* parse when a model is found */
  const char *parser_path = NULL; /* --parser */
  bool entities = true;           /* find entities when a model is found */
  const char *ner_path = NULL, *gaz_path = NULL;
  bool tone = true, places = true;
  const char *tone_path = NULL, *geo_path = NULL;
  bool events = true, default_dicts = true;
  const char *cameo_path = NULL;
  /* users' dictionaries, NULL-terminated lists (argc bounds each) */
  const char **udict[5];
  size_t nudict[5] = {0, 0, 0, 0, 0};
  for (int k = 0; k < 5; k++) udict[k] = calloc((size_t)argc + 1, sizeof(char *));
  if (!udict[0] || !udict[1] || !udict[2] || !udict[3] || !udict[4]) goto out;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
      files[nfiles++] = a;
    } else if (strcmp(a, "--") == 0) {
      only_files = true;
    } else if (strcmp(a, "--jsonl") == 0) {
      x.in = IN_JSONL;
    } else if (strcmp(a, "--tokens") == 0) {
      x.json_flags |= NM_OUT_TOKENS;
    } else if (strcmp(a, "--no-tag") == 0) {
      tag = false;
    } else if (strcmp(a, "--tagger") == 0 && i + 1 < argc) {
      tagger_path = argv[++i];
    } else if (strcmp(a, "--no-parse") == 0) {
      parse = false;
    } else if (strcmp(a, "--parser") == 0 && i + 1 < argc) {
      parser_path = argv[++i];
    } else if (strcmp(a, "--no-entities") == 0) {
      entities = false;
    } else if (strcmp(a, "--ner") == 0 && i + 1 < argc) {
      ner_path = argv[++i];
    } else if (strcmp(a, "--gazetteer") == 0 && i + 1 < argc) {
      gaz_path = argv[++i];
    } else if (strcmp(a, "--no-tone") == 0) {
      tone = false;
    } else if (strcmp(a, "--tone") == 0 && i + 1 < argc) {
      tone_path = argv[++i];
    } else if (strcmp(a, "--no-events") == 0) {
      events = false;
    } else if (strcmp(a, "--cameo") == 0 && i + 1 < argc) {
      cameo_path = argv[++i];
    } else if (strcmp(a, "--no-default-dicts") == 0) {
      default_dicts = false;
    } else if ((strcmp(a, "--verbs") == 0 || strcmp(a, "--actors") == 0 ||
                strcmp(a, "--agents") == 0 || strcmp(a, "--discards") == 0 ||
                strcmp(a, "--pico") == 0) &&
               i + 1 < argc) {
      int k = a[2] == 'v' ? 0 : a[2] == 'p' ? 4 : a[3] == 'c' ? 1 : a[3] == 'g' ? 2 : 3;
      udict[k][nudict[k]++] = argv[++i];
    } else if (strcmp(a, "--no-places") == 0) {
      places = false;
    } else if (strcmp(a, "--geonames") == 0 && i + 1 < argc) {
      geo_path = argv[++i];
    } else if (strcmp(a, "--input") == 0 && i + 1 < argc) {
      const char *v = argv[++i];
      if (strcmp(v, "text") == 0)
        x.in = IN_TEXT;
      else if (strcmp(v, "jsonl") == 0)
        x.in = IN_JSONL;
      else if (strcmp(v, "conllu") == 0)
        x.in = IN_CONLLU;
      else {
        fprintf(stderr, "newsmill extract: unknown --input '%s' (text, jsonl, conllu)\n", v);
        goto out;
      }
    } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
      const char *v = argv[++i];
      if (strcmp(v, "json") == 0)
        x.out = OUT_JSON;
      else if (strcmp(v, "conllu") == 0)
        x.out = OUT_CONLLU;
      else if (strcmp(v, "gdelt") == 0)
        x.out = OUT_GDELT;
      else {
        fprintf(stderr, "newsmill extract: unknown --format '%s' (json, conllu, gdelt)\n", v);
        goto out;
      }
    } else if (strcmp(a, "--date") == 0 && i + 1 < argc) {
      x.date = argv[++i];
      nm_doc *probe = nm_doc_new("", 0, NULL);
      nm_error e = {NM_OK, NULL, 0};
      nm_status st =
          probe ? nm_doc_set_meta(probe, NM_META_DATE, x.date, strlen(x.date), &e) : NM_ERR_NOMEM;
      nm_doc_free(probe);
      if (st != NM_OK) {
        fprintf(stderr, "newsmill extract: --date '%s': %s\n", x.date,
                e.msg ? e.msg : nm_status_str(st));
        goto out;
      }
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      help();
      rc = 0;
      goto out;
    } else {
      fprintf(stderr, "newsmill extract: unknown or incomplete option '%s'\n", a);
      fprintf(stderr, "Run 'newsmill extract --help' for the options.\n");
      goto out;
    }
  }
  if (nfiles == 0) files[nfiles++] = "-";

  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline_options popts = {NULL};
  char pathbuf[4096], pathbuf2[4096], pathbuf3[4096], pathbuf4[4096], pathbuf5[4096],
      pathbuf6[4096];
  if (tag) {
    popts.tagger_model =
        tagger_path ? tagger_path : nm_cli_model_path("tagger.nmm", pathbuf, sizeof pathbuf);
    if (!popts.tagger_model)
      fprintf(stderr, "newsmill: no tagger model found (models/tagger.nmm); tokens are not "
                      "tagged\n");
  }
  if (tag && parse && popts.tagger_model) {
    popts.parser_model =
        parser_path ? parser_path : nm_cli_model_path("parser.nmm", pathbuf2, sizeof pathbuf2);
    if (!popts.parser_model)
      fprintf(stderr, "newsmill: no parser model found (models/parser.nmm); sentences are not "
                      "parsed\n");
  }
  if (tag && entities && popts.tagger_model) {
    popts.ner_model = ner_path ? ner_path : nm_cli_model_path("ner.nmm", pathbuf3, sizeof pathbuf3);
    popts.gazetteer =
        gaz_path ? gaz_path : nm_cli_dict_path("gazetteer.nmm", pathbuf4, sizeof pathbuf4);
    if (!popts.ner_model)
      fprintf(stderr, "newsmill: no NER model found (models/ner.nmm); entities are not found\n");
  }
  if (tone) /* optional: without a lexicon the record's tone is {} */
    popts.tone_lexicon =
        tone_path ? tone_path : nm_cli_dict_path("tone.nmm", pathbuf5, sizeof pathbuf5);
  if (places && popts.ner_model)
    popts.geonames =
        geo_path ? geo_path : nm_cli_dict_path("geonames.nmm", pathbuf6, sizeof pathbuf6);
  char pathbuf7[4096];
  if (events && popts.parser_model) {
    if (default_dicts)
      popts.cameo =
          cameo_path ? cameo_path : nm_cli_dict_path("cameo.nmm", pathbuf7, sizeof pathbuf7);
    popts.user_verbs = nudict[0] ? udict[0] : NULL;
    popts.user_actors = nudict[1] ? udict[1] : NULL;
    popts.user_agents = nudict[2] ? udict[2] : NULL;
    popts.user_discards = nudict[3] ? udict[3] : NULL;
    popts.user_pico = nudict[4] ? udict[4] : NULL;
  }
  nm_pipeline *p = nm_pipeline_new(&popts, &e);
  if (!p) {
    fprintf(stderr, "newsmill: cannot build the pipeline (tagger %s, parser %s): %s\n",
            popts.tagger_model ? popts.tagger_model : "none",
            popts.parser_model ? popts.parser_model : "none", e.msg);
    goto out;
  }
  x.pipe = p;
  for (int i = 0; i < nfiles; i++) {
    if (x.in == IN_JSONL)
      do_jsonl(&x, files[i]);
    else if (x.in == IN_CONLLU)
      do_conllu(&x, files[i]);
    else
      do_text(&x, files[i]);
  }
  nm_pipeline_free(p);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "newsmill: error writing output\n");
    x.io_error = 1;
  }
  rc = x.io_error ? 2 : x.failed ? 1 : 0;
out:
  free(files);
  for (int k = 0; k < 5; k++) free(udict[k]);
  return rc;
}
