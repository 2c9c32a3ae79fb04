/* tagger.h - part-of-speech tagging (UPOS + PTB XPOS) and lemmas. Internal.
 *
 * A greedy left-to-right averaged perceptron over hashed features of the
 * word, its affixes and shape, its neighbours and the two previous tags.
 * A class is a (UPOS, XPOS) pair as seen in training. Frequent unambiguous
 * words are tagged from a dictionary. Lemmas come from the lemmatiser
 * section of the same model file. The model is read in place from an
 * mmap'd file; see tagger.c for the sections. */
#ifndef NM_TAGGER_H
#define NM_TAGGER_H

#include "model.h"
#include "newsmill.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NM_TAGGER_KIND        NM_FOURCC('T', 'A', 'G', 'R')
#define NM_TAGGER_MAX_CLASSES 255

typedef struct nm_tagger nm_tagger;

/* One word of a sentence to tag: its text (not NUL-terminated). */
typedef struct nm_word {
  const char *s;
  size_t len;
} nm_word;

/* Opens a model file (mmap) or validates one in memory (buf must outlive
 * the tagger). NULL and *err on failure. */
nm_tagger *nm_tagger_open(const char *path, nm_error *err);
nm_tagger *nm_tagger_open_mem(const unsigned char *buf, size_t len, nm_error *err);
void nm_tagger_free(nm_tagger *t);

/* Tags words[0..n): classes[i] receives a class index. Allocates nothing;
 * thread-safe (the model is read-only). */
nm_status nm_tagger_tag(const nm_tagger *t, const nm_word *words, size_t n, uint8_t *classes);

unsigned nm_tagger_n_classes(const nm_tagger *t);
/* Names of a class's UPOS and XPOS, NUL-terminated, living in the model. */
/* Repairs the tags nm_tagger_tag() gave one sentence where they leave it
 * without a finite verb: a past participle right after the proper nouns
 * that open the sentence is the past tense ("Amnesty International
 * condemned …", whose "International" is tagged ADJ/NNP as UD writes
 * it). The runtime pipeline and `eval parse` apply it; training does not. */
void nm_tagger_repair(const nm_tagger *t, const nm_word *words, size_t n, uint8_t *classes);
/* The class of an opening (``) or, with closing set, a closing ('')
 * quotation mark, or -1 when the model has none. */
int nm_tagger_quote_class(const nm_tagger *t, bool closing);
const char *nm_tagger_upos(const nm_tagger *t, unsigned cls);
const char *nm_tagger_xpos(const nm_tagger *t, unsigned cls);
/* Lemma of a word tagged with class cls, into out[0..cap); returns its
 * length (retry with a larger buffer when >= cap). Without a lemmatiser
 * section the word itself is returned. */
size_t nm_tagger_lemma(const nm_tagger *t, const char *form, size_t len, unsigned cls, char *out,
                       size_t cap);

/* Training: `newsmill train tagger`. */
typedef struct nm_tagger_train_opts {
  const char *const *train; /* CoNLL-U files */
  size_t n_train;
  const char *dev; /* CoNLL-U file for early stopping, or NULL */
  const char *out; /* model path */
  unsigned epochs; /* maximum epochs */
  uint64_t seed;   /* shuffling */
  /* Only GUM documents of these genres are used (the genre is the second
   * part of "GUM_<genre>_..."); NULL = all documents. */
  const char *const *genres;
  size_t n_genres;
  size_t max_sentences; /* 0 = all; a small number for smoke tests */
  /* Jackknifing: with n_folds > 1, the sentences whose index (counted
   * across the training files, after the genre filter) is fold modulo
   * n_folds are left out. */
  unsigned n_folds, fold;
  int verbose;
} nm_tagger_train_opts;

nm_status nm_tagger_train(const nm_tagger_train_opts *o, nm_error *err);

#endif
