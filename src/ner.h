/* ner.h - named-entity mention detection. Internal.
 *
 * A greedy left-to-right BILOU labeller: an averaged perceptron over the
 * word, its affixes and shape, its neighbours, their part-of-speech tags,
 * gazetteer matches, document-level capitalisation evidence and the two
 * previous labels. Only label sequences that form well-nested spans are
 * allowed (B/I are followed by I/L of the same type). Three types are
 * learned: PERSON, ORG and PLACE; the pipeline splits PLACE into GPE and
 * LOC with the gazetteer. See docs/entities.md. */
#ifndef NM_NER_H
#define NM_NER_H

#include "model.h"
#include "newsmill.h"

#include <stddef.h>
#include <stdint.h>

#define NM_NER_KIND NM_FOURCC('N', 'E', 'R', 'M')

enum { NM_NER_PERSON = 0, NM_NER_ORG, NM_NER_PLACE, NM_NER_NTYPES };
/* Labels: 0 is O; 1 + 4 * type + part, part B 0, I 1, L 2, U 3. */
#define NM_NER_NLABELS (1 + 4 * NM_NER_NTYPES)
enum { NM_NER_B = 0, NM_NER_I, NM_NER_L, NM_NER_U };

static inline unsigned nm_ner_label(unsigned type, unsigned part) { return 1 + 4 * type + part; }
static inline unsigned nm_ner_type(unsigned label) { return (label - 1) / 4; }
static inline unsigned nm_ner_part(unsigned label) { return (label - 1) % 4; }

/* Context bits of a word (nm_nword.ctx). */
enum {
  NM_NCTX_LOWER_ELSEWHERE = 1u << 0, /* the word occurs in lower case elsewhere in the document */
  NM_NCTX_UPPER_ELSEWHERE = 1u << 1, /* it occurs capitalised, not sentence-initially, elsewhere */
  NM_NCTX_SENT_START = 1u << 2       /* first word of its sentence */
};

/* One word: its form (not NUL-terminated), predicted tags (NUL-terminated),
 * the gazetteer match covering it (nm_gz_entry flags without NM_GZ_PREFIX,
 * or'ed with its position << 16: 1 B, 2 I, 3 L, 4 U; 0 none) and context
 * bits. */
typedef struct nm_nword {
  const char *form;
  size_t len;
  const char *upos, *xpos;
  uint32_t gz;
  uint32_t ctx;
} nm_nword;

typedef struct nm_ner nm_ner;

nm_ner *nm_ner_open(const char *path, nm_error *err);
nm_ner *nm_ner_open_mem(const unsigned char *buf, size_t len, nm_error *err);
void nm_ner_free(nm_ner *m);

/* Labels words[0..n): labels[i] receives a label (see above). The labels
 * always form well-nested spans. Thread-safe; allocates with malloc, so it
 * can fail with NM_ERR_NOMEM. */
nm_status nm_ner_tag(const nm_ner *m, const nm_nword *words, size_t n, uint8_t *labels);

/* True when label b may follow label a (a == 0 at sentence start). */
static inline int nm_ner_allowed(unsigned a, unsigned b) {
  int open = a != 0 && (nm_ner_part(a) == NM_NER_B || nm_ner_part(a) == NM_NER_I);
  if (open)
    return b != 0 && nm_ner_type(b) == nm_ner_type(a) &&
           (nm_ner_part(b) == NM_NER_I || nm_ner_part(b) == NM_NER_L);
  return b == 0 || nm_ner_part(b) == NM_NER_B || nm_ner_part(b) == NM_NER_U;
}

/* Fills ctx bits for the words of a whole document (sentence starts given
 * by starts[0..n_sent), word indices). Allocates a scratch table. */
nm_status nm_ner_context(nm_nword *words, size_t n, const size_t *starts, size_t n_sent);

/* --- Training (`newsmill train ner`). */

/* A gold label meaning "not annotated": the trainer makes no update on the
 * word (partially annotated corpora such as MEANTIME). */
#define NM_NER_UNKNOWN 255u

typedef struct nm_ner_sent {
  const nm_nword *w;
  const uint8_t *gold; /* labels, or NM_NER_UNKNOWN */
  size_t n;
} nm_ner_sent;

typedef struct nm_ner_train_opts {
  const nm_ner_sent *train;
  size_t n_train;
  const nm_ner_sent *dev; /* for choosing the epoch, or NULL */
  size_t n_dev;
  const char *out;
  unsigned epochs;
  uint64_t seed;
  float prune; /* drop averaged weights with |w| below this */
  unsigned runs; /* training runs averaged into the model (0 or 1: one) */
  int verbose;
} nm_ner_train_opts;

/* Most training runs nm_ner_train averages. */
#define NM_NER_MAX_RUNS 16

nm_status nm_ner_train(const nm_ner_train_opts *o, nm_error *err);

#endif
