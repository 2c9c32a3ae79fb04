/* irregular.h - English irregular past tenses and past participles
 * ("fled", "fought", "sank", "sunk") and their base forms. Internal.
 *
 * The treebank-trained lemmatiser and tagger know the irregular forms their
 * training data had; news uses more ("the convoy fled", "the ferry sank").
 * This fixed list fills the gap: the tagger's lemmas of past-tense and
 * participle tags come from it first, and an unseen past form the model
 * tagged otherwise is repaired to the past tense or participle. Forms equal
 * to their base ("cut", "put", "run" as a participle) are left out. */
#ifndef NM_IRREGULAR_H
#define NM_IRREGULAR_H

#include <stddef.h>

enum {
  NM_IRR_PAST = 1, /* a past tense (VBD): "sank" */
  NM_IRR_PART = 2  /* a past participle (VBN): "sunk" */
};

typedef struct nm_irregular {
  const char *form, *base;
  unsigned kind; /* NM_IRR_* bits */
} nm_irregular;

/* The entry of the lower-case form s[0..len), or NULL. s may hold any
 * bytes; ASCII capitals are compared as lower case. */
const nm_irregular *nm_irregular_find(const char *s, size_t len);

/* 1 when the built-in list is strictly sorted (a unit test checks). */
int nm_irregular_check(void);

#endif
