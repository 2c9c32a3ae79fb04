/* treebank.h - reading annotated CoNLL-U for training and evaluation.
 * Internal. Unlike nm_conllu_read_doc, this keeps the annotation columns
 * and the syntactic words only (multiword-token ranges and empty nodes are
 * skipped). */
#ifndef NM_TREEBANK_H
#define NM_TREEBANK_H

#include "newsmill.h"

#include <stddef.h>
#include <stdint.h>

typedef struct nm_tb_word {
  const char *form, *lemma, *upos, *xpos, *deprel; /* NUL-terminated */
  uint32_t head;                                   /* 0 = root */
} nm_tb_word;

typedef struct nm_tb_sentence {
  nm_tb_word *words;
  uint32_t n;
} nm_tb_sentence;

typedef struct nm_treebank {
  nm_tb_sentence *sents;
  size_t n;
  char *pool; /* all strings */
  nm_tb_word *word_pool;
} nm_treebank;

/* Reads a CoNLL-U file. genres: keep only documents "GUM_<genre>_..." of
 * these genres (other documents, e.g. EWT's, are always kept); NULL = all.
 * Malformed lines are NM_ERR_PARSE with the line number in err->pos. */
nm_status nm_treebank_read(const char *path, const char *const *genres, size_t n_genres,
                           nm_treebank *tb, nm_error *err);
void nm_treebank_free(nm_treebank *tb);

#endif
