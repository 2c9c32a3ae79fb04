/* parser.h - transition-based dependency parsing. Internal.
 *
 * An arc-hybrid parser (Kuhlmann et al. 2011) with the root at the end of
 * the buffer. Greedy: a transition model (averaged perceptron over rich
 * non-local features, Zhang and Nivre 2011) picks each transition with a
 * group of relations, and a label model the relation within the group;
 * trained with a dynamic oracle (Goldberg and Nivre 2013). Non-projective trees are projectivised for training by lifting
 * arcs, with the lift recorded in the label (Nivre and Nilsson 2005, "head"
 * encoding), and restored after parsing. See docs/parsing.md. */
#ifndef NM_PARSER_H
#define NM_PARSER_H

#include "model.h"
#include "newsmill.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NM_PARSER_KIND NM_FOURCC('P', 'R', 'S', 'R')

typedef struct nm_parser nm_parser;

/* One word to parse: its form and predicted tags (not NUL-terminated form;
 * NUL-terminated tags). */
typedef struct nm_pword {
  const char *form;
  size_t len;
  const char *upos, *xpos, *lemma;
} nm_pword;

nm_parser *nm_parser_open(const char *path, nm_error *err);
nm_parser *nm_parser_open_mem(const unsigned char *buf, size_t len, nm_error *err);
void nm_parser_free(nm_parser *p);

/* Parses words[0..n): heads[i] receives the 1-based head (0 = root) and
 * rels[i] the relation's index (nm_parser_rel). Thread-safe; allocates
 * scratch memory with malloc, so it can fail with NM_ERR_NOMEM. */
nm_status nm_parser_parse(const nm_parser *p, const nm_pword *words, size_t n, uint32_t *heads,
                          uint16_t *rels);
/* Repairs one error of the greedy parse that later stages depend on: a
 * sentence whose subject has an appositive ("X, the country's largest
 * rebel group, agreed …") parsed with the subject's noun as root and the
 * finite verb as its clause ("acl", with no subject of its own) gets the
 * verb as root and the noun as its subject. heads and rels as
 * nm_parser_parse gives them. */
void nm_parser_repair(const nm_parser *p, const nm_pword *words, size_t n, uint32_t *heads,
                      uint16_t *rels);
/* Makes heads[0..n) (1-based, 0 = root) a tree: a word on a cycle of
 * heads is hung on the first root word (made the root when there is
 * none). nm_parser_repair() ends with it. False when out of memory. */
bool nm_parser_break_cycles(size_t n, uint32_t *heads);
/* The relation name of a label index, NUL-terminated, in the model. */
const char *nm_parser_rel(const nm_parser *p, unsigned rel);

/* A label as the model knows it: "nsubj", or a lifted "nsubj|obj" (the
 * word's relation, then the relation of its original head). */
typedef struct nm_plabel {
  char name[48];      /* full name */
  uint16_t base;      /* index of the label without the lift */
  int16_t lifted_from; /* index of the original head's relation, or -1 */
} nm_plabel;

/* Resolves labels from a list of names (checks that every lifted label's
 * parts are labels too). */
nm_status nm_plabels_link(nm_plabel *lab, unsigned L, nm_error *err);

/* Undoes the projectivisation: a word with a lifted label "r|h" is moved to
 * the first word, in breadth-first order below its head and outside its
 * own subtree, whose relation is h; its label becomes r. heads are 1-based
 * (0 = root), labels index lab. */
void nm_parser_deprojectivize(const nm_plabel *lab, uint32_t n, uint32_t *heads,
                              uint16_t *labels);

/* Fills group[0..L) with each label's group; returns the number of groups. */
unsigned nm_parser_label_groups(const nm_plabel *lab, unsigned L, uint8_t *group);

/* True when two UD relations agree in their universal part ("nsubj:pass"
 * and "nsubj" do), as the CoNLL 2018 evaluation compares them; NULL never
 * agrees. Header-only, so that cli/word_align.c needs no library. */
static inline bool nm_ud_same_universal(const char *a, const char *b) {
  if (!a || !b) return false;
  size_t na = strcspn(a, ":"), nb = strcspn(b, ":");
  return na == nb && memcmp(a, b, na) == 0;
}

/* Word values for the features (n + 2 entries). */
struct nm_pval;
void nm_parser_values(const nm_pword *words, size_t n, struct nm_pval *v);

typedef struct nm_parser_train_opts {
  const char *const *train;
  size_t n_train;
  const char *dev;
  const char *out;
  const char *tagger; /* tagger model for predicted tags on dev (and train
                         when jackknifing is off), or NULL for gold tags */
  unsigned epochs;
  uint64_t seed;
  const char *const *genres;
  size_t n_genres;
  size_t max_sentences;
  float prune; /* drop weights with |w| below this (averaged) */
  unsigned runs; /* training runs averaged into the model (0 or 1: one) */
  int verbose;
} nm_parser_train_opts;

/* Most training runs nm_parser_train averages. */
#define NM_PARSER_MAX_RUNS 16

nm_status nm_parser_train(const nm_parser_train_opts *o, nm_error *err);

#endif
