/* ner_data.h - entity-annotated corpora for `newsmill train ner` and
 * `newsmill eval entities`: GUM (CoNLL-U with Entity= in MISC), MEANTIME
 * (NAF-style XML) and WikiGold (CoNLL 2003 columns), read into documents
 * with gold mentions. See docs/entities.md for how each corpus's mentions
 * are mapped and normalised.
 *
 * Every document is presegmented (nm_doc_add_paragraph/sentence/token), so
 * that the pipeline keeps the corpus's tokens and sentences and token
 * indices below are indices into nm_doc_tokens(). */
#ifndef NM_NER_DATA_H
#define NM_NER_DATA_H

#include "newsmill.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Mention types, as the NER model and the evaluation use them. Places are
 * one type here: GUM, MEANTIME and WikiGold do not tell GPE from LOC. */
typedef enum nd_type { ND_PERSON = 0, ND_ORG, ND_PLACE, ND_OTHER, ND_NTYPES } nd_type;

typedef struct nd_mention {
  uint32_t start, end; /* document token indices, [start, end) */
  nd_type type;
  int32_t cluster; /* gold coreference cluster within the document, -1 if none */
  bool named;      /* a proper-name mention (see docs/entities.md) */
  bool scored;     /* counts in the evaluation (GUM: named and Wikipedia-linked) */
  bool pronoun;    /* a he/she/his/her mention (GUM), for pronoun accuracy */
} nd_mention;

typedef struct nd_doc {
  char *id;   /* document id (malloc'd) */
  nm_doc *doc; /* presegmented, not processed yet */
  nd_mention *m; /* sorted by start, then by longer first */
  size_t n_m;
} nd_doc;

typedef struct nd_corpus {
  nd_doc *docs;
  size_t n_docs;
} nd_corpus;

/* Which part of a corpus to read. */
typedef enum nd_part { ND_ALL = 0, ND_TRAIN, ND_TEST } nd_part;

/* GUM: every document of a CoNLL-U file; when genres is not NULL, only the
 * documents of those genres (GUM_<genre>_...). Mentions of GUM's person,
 * organization and place types become ND_PERSON, ND_ORG, ND_PLACE; other
 * types ND_OTHER (kept for coreference and pronouns). */
int nd_read_gum(const char *path, const char *const *genres, size_t n_genres, nd_corpus *c);
/* MEANTIME: the XML files under dir (four corpus_* folders), the fixed
 * split of docs/entities.md. PER, ORG, LOC map to the three types; other
 * classes to ND_OTHER. */
int nd_read_meantime(const char *dir, nd_part part, nd_corpus *c);
/* WikiGold: the whole file. PER, ORG, LOC map to the three types, MISC to
 * ND_OTHER. */
int nd_read_wikigold(const char *path, nd_corpus *c);
/* Each returns 0, or 2 with a message on stderr naming the file (and line
 * where one applies). */
void nd_corpus_free(nd_corpus *c);

const char *nd_type_name(nd_type t); /* "PERSON", "ORG", "PLACE", "OTHER" */

#endif
