/* cli.h - subcommands of the newsmill command-line tool. Each returns the
 * process exit status: 0 all good, 1 some records failed (or, for eval, a
 * floor was missed), 2 usage or I/O error. */
#ifndef NM_CLI_H
#define NM_CLI_H

#include "newsmill.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

int nm_cli_extract(int argc, char **argv);
int nm_cli_eval(int argc, char **argv);
int nm_cli_eval_segment(int argc, char **argv); /* argv[0] == "segment" */
int nm_cli_eval_parse(int argc, char **argv);   /* argv[0] == "parse" */
int nm_cli_eval_entities(int argc, char **argv); /* argv[0] == "entities" (eval_entities.c) */
int nm_cli_eval_quotes(int argc, char **argv);  /* argv[0] == "quotes" (eval_quotes.c) */
int nm_cli_train(int argc, char **argv);        /* argv[0] == "train" */
int nm_cli_train_ner(int argc, char **argv);    /* argv[1] == "ner" (train_ner.c) */
int nm_cli_build(int argc, char **argv);        /* argv[0] == "build" (build_gazetteer.c) */
int nm_cli_build_geonames(int argc, char **argv); /* argv[0] == "geonames" (build_geonames.c) */
int nm_cli_eval_places(int argc, char **argv);  /* argv[0] == "places" (eval_places.c) */
int nm_cli_build_tone(int argc, char **argv);   /* argv[0] == "tone" (build_tone.c) */
int nm_cli_build_cameo(int argc, char **argv);  /* argv[0] == "cameo" (build_cameo.c) */
int nm_cli_eval_tone(int argc, char **argv);    /* argv[0] == "tone" (eval_tone.c) */
int nm_cli_eval_times(int argc, char **argv);   /* argv[0] == "times" (eval_times.c) */
int nm_cli_eval_events(int argc, char **argv);  /* argv[0] == "events" (eval_events.c) */

/* Path of a shipped model: $NEWSMILL_MODELS/name, else ../models/name next
 * to the executable, else ./models/name. NULL when none exists. */
const char *nm_cli_model_path(const char *name, char *buf, size_t cap);
/* Path of a shipped dictionary, found the same way under dict/ (or
 * $NEWSMILL_DICTS). */
const char *nm_cli_dict_path(const char *name, char *buf, size_t cap);

/* The models and dictionaries an eval command runs with: each path is the
 * one given on the command line, the shipped one, or NULL for none. */
typedef struct nm_cli_models {
  const char *tagger, *parser, *ner, *gazetteer, *geonames, *tone, *cameo;
  char buf[7][4096]; /* where the shipped paths are written */
} nm_cli_models;

/* The files of an nm_cli_models, as bits of a set. */
enum {
  NM_CLI_TAGGER = 1u << 0,
  NM_CLI_PARSER = 1u << 1,
  NM_CLI_NER = 1u << 2,
  NM_CLI_GAZETTEER = 1u << 3,
  NM_CLI_GEONAMES = 1u << 4,
  NM_CLI_TONE = 1u << 5,
  NM_CLI_CAMEO = 1u << 6, /* dict/cameo.nmm, the event dictionaries */
  /* tagger, parser, NER model and gazetteer: what entities need */
  NM_CLI_ENTITIES = NM_CLI_TAGGER | NM_CLI_PARSER | NM_CLI_NER | NM_CLI_GAZETTEER,
};

/* Each file of the set want that is still NULL in *m becomes the shipped
 * one (nm_cli_model_path, nm_cli_dict_path), or stays NULL when none
 * exists; the other paths are left alone. Returns the files of the set
 * need that are NULL afterwards (0 when all are there). */
unsigned nm_cli_find_models(nm_cli_models *m, unsigned want, unsigned need);
/* Builds the pipeline from m's files of the set stages (the others are
 * left out of it). NULL on failure, with "who: cannot build the pipeline:
 * ..." on stderr. The caller frees it with nm_pipeline_free. */
nm_pipeline *nm_cli_pipeline_new(const nm_cli_models *m, unsigned stages, const char *who);
/* The same from options the caller filled (users' dictionaries, say). */
nm_pipeline *nm_cli_pipeline_from(const nm_pipeline_options *po, const char *who);

/* Reads a whole file ("-" = stdin) into a malloc'd buffer. Returns 0, or -1
 * with errno set. */
int nm_cli_read_file(const char *path, char **buf, size_t *len);
/* nm_write_fn writing to a FILE*. */
int nm_cli_write_file(void *ctx, const char *buf, size_t len);

/* --- Gold CoNLL-U for the eval commands (gold.c) ---------------------- */

/* A gold file, read whole and handed out one document at a time. */
typedef struct nm_cli_gold {
  const char *path, *who; /* file name, and the prefix of messages */
  char *buf;
  size_t len, off, line;
} nm_cli_gold;

/* Reads path ("-" = stdin). Returns 0, or 2 with a message on stderr that
 * starts with who ("newsmill eval segment"). */
int nm_cli_gold_open(nm_cli_gold *g, const char *path, const char *who);
/* The next document, its text rebuilt from the gold by nm_conllu_read_doc.
 * Returns 1 with *doc (the caller frees it), *line (line number of the
 * document's first line, when line is not NULL) and its CoNLL-U lines
 * src[0..src_len) (when src is not NULL; the caller may overwrite them);
 * 0 when no document is left; 2 when the document is malformed or memory
 * ran out, with a message on stderr (file name and line). */
int nm_cli_gold_next(nm_cli_gold *g, nm_doc **doc, size_t *line, char **src, size_t *src_len);
void nm_cli_gold_close(nm_cli_gold *g);

/* A growable list of byte spans; zero-initialise, free(p) when done. */
typedef struct nm_cli_spans {
  nm_span *p;
  size_t n, cap;
} nm_cli_spans;

/* Replaces *out with the document's surface tokens: a run of words joined
 * by NM_TOK_JOINED is one token from the first word's start to the
 * furthest end. False when out of memory. */
bool nm_cli_surface_tokens(const nm_doc *d, nm_cli_spans *out);
/* Replaces *out with the sentences, each from its first token's start to
 * its last token's end, so that white space a sentence span may keep at
 * either end does not count (CoNLL 2018 ignores white space too).
 * Sentences without tokens are left out. False when out of memory. */
bool nm_cli_sentence_spans(const nm_doc *d, nm_cli_spans *out);
/* Spans present in both lists; each list is in text order. */
size_t nm_cli_count_matches(const nm_cli_spans *g, const nm_cli_spans *s);

/* --- Word alignment and scoring, CoNLL 2018 style (word_align.c) ------ */

/* One syntactic word to score. Strings are NUL-terminated; NULL is a value
 * that is never correct. */
typedef struct nm_cli_word {
  uint32_t start, end; /* byte span in the text gold and system share */
  size_t head;         /* 0 = root, k = word k-1 of the same array, or NM_CLI_NO_HEAD */
  const char *upos, *xpos, *lemma, *deprel;
} nm_cli_word;

/* A head that matches nothing, not even the root: out of range, or a word
 * the parser did not attach. */
#define NM_CLI_NO_HEAD SIZE_MAX

/* Word counts; "correct" counts are of aligned words. */
typedef struct nm_cli_word_counts {
  size_t gold, sys, aligned, upos, xpos, lemma, uas, las;
} nm_cli_word_counts;

/* Aligns gold[0..ng) with sys[0..ns), each in text order, and adds the
 * counts to *c, as conll18_ud_eval.py scores syntactic words: a gold and a
 * system word align when their spans are identical. Words sharing one span
 * (the words of a multiword token that do not spell it, which nm_conllu_read_doc
 * gives the whole token's span) align only as a group, in order, with a
 * group of as many words over exactly that span. UAS: the heads align with
 * each other, or both are the root. LAS: also the same relation up to a
 * ':' (nsubj:pass = nsubj). Lemma: the same, or the gold lemma is "_".
 * Returns false when out of memory (*c is then left alone). Linear time;
 * any spans and heads are safe to pass. */
bool nm_cli_score_words(const nm_cli_word *gold, size_t ng, const nm_cli_word *sys, size_t ns,
                        nm_cli_word_counts *c);

/* --- Raw-text evaluation of the whole pipeline (eval_parse_raw.c) ----- */

/* Counts of syntactic words, and F1 scores as percentages (0 to 100):
 * F1 = 2 * correct / (gold + system). */
typedef struct nm_raw_scores {
  size_t gold_words, sys_words, aligned_words;
  double tokens_f1, sentences_f1, upos_f1, xpos_f1, lemma_f1, uas_f1, las_f1;
} nm_raw_scores;

/* Reads gold CoNLL-U at gold_path ("-" = stdin), rebuilds each document's
 * raw text from the gold (as eval segment does), runs the full pipeline p
 * (segmentation, tagging, parsing) on that raw text, and scores the system
 * words against the gold syntactic words as the CoNLL 2018 shared task
 * evaluation script (conll18_ud_eval.py) does (nm_cli_score_words). Tokens
 * and sentences are scored by span as eval segment scores them. Returns 0
 * on success, 2 on a read error, a malformed gold file, a file without
 * sentences or out of memory (message printed to stderr with the file
 * name). *out is zeroed first. */
int nm_cli_eval_parse_raw(const char *gold_path, const nm_pipeline *p, nm_raw_scores *out);

/* `newsmill train jackknife` (jackknife.c): writes the training data with
 * tags predicted by taggers trained on the other folds. */
struct nm_tagger_train_opts;
int nm_cli_jackknife(const struct nm_tagger_train_opts *base, unsigned folds,
                     const char *out_path);

#endif
