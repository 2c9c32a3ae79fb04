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
  bool pronoun;    /* a he/she/his/her mention (GUM, MEANTIME), for pronoun accuracy */
  bool learn;      /* a name the NER model learns from (see docs/entities.md) */
  uint32_t ident;  /* GUM: 1 + the offset of its Wikipedia identity in the
                    * document's idents ("Frankfurt", "Paris%2C_Texas"); 0: none */
} nd_mention;

typedef struct nd_doc {
  char *id;   /* document id (malloc'd) */
  nm_doc *doc; /* presegmented, not processed yet */
  nd_mention *m; /* sorted by start, then by longer first */
  size_t n_m;
  /* Predictions starting at this token or later are not scored: the corpus
   * annotates only the text before it (MEANTIME: its sentences 0 to 5).
   * 0: the whole document is annotated. */
  uint32_t scored_end;
  char *idents; /* GUM: the mentions' Wikipedia identities, each NUL-terminated */
  size_t n_idents;
} nd_doc;

typedef struct nd_corpus {
  nd_doc *docs;
  size_t n_docs;
} nd_corpus;

/* Which part of a corpus to read. */
typedef enum nd_part { ND_ALL = 0, ND_TRAIN, ND_DEV, ND_TEST } nd_part;

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

/* The part of the fixed MEANTIME split that holds the file at index i of
 * all the corpus's files sorted by path (0-based): ND_TEST when
 * i % 5 == 4, ND_DEV when i % 5 == 2, else ND_TRAIN. Of 120 files, 24 are
 * test, 24 dev and 72 train. */
nd_part nd_meantime_part(size_t i);

/* --- Scoring (`newsmill eval entities`) -------------------------------- */

/* The evaluation type of a predicted entity type: PERSON, ORG, and GPE or
 * LOC as ND_PLACE; NORP and MISC are ND_OTHER, which is never scored. */
nd_type nd_type_of(nm_entity_type t);

/* Counts that nd_score_doc() adds to. Labelled counts are per type
 * (ND_OTHER stays 0); the span counts ignore types. */
typedef struct nd_counts {
  size_t tp[ND_NTYPES], fp[ND_NTYPES], fn[ND_NTYPES];
  size_t span_tp, span_fp, span_fn;
  size_t ignored;               /* predicted spans equal to an ignorable gold span */
  size_t fp_unannotated;        /* labelled false positives overlapping no gold mention */
  size_t outside;               /* predictions after the annotated part (scored_end) */
  size_t pronouns, pronouns_ok; /* gold pronoun mentions, and those resolved right */
} nd_counts;

/* Whether the predicted pronoun at gold pronoun g's token resolves to g's
 * entity: its entity has a name mention overlapping a named gold mention of
 * g's cluster. */
bool nd_pronoun_ok(const nd_mention *gold, size_t n_gold, const nd_mention *g,
                   const nm_mention *pred, size_t n_pred, const nm_entity *ents, size_t n_ents);

/* Scores one document's predicted mentions against its gold mentions and
 * adds to *c.
 *   Gold: the scored mentions of type PERSON, ORG and PLACE, as distinct
 *   (span, type) pairs. Ignorable: the spans of mentions that are named,
 *   not scored and not ND_OTHER.
 *   Predicted: the mentions of kind NM_MENTION_NAME whose type maps to
 *   PERSON, ORG or PLACE (nd_type_of), as distinct (token span, type) pairs.
 *   A prediction equal to a gold (span, type) is a true positive; else,
 *   when its span is ignorable and no gold span of another type, it is
 *   ignored; else it is a false positive. Gold pairs left unmatched are
 *   false negatives. Spans alone are scored the same way. False positives
 *   whose span overlaps no gold mention at all (of any type, named or not)
 *   are also counted apart: in a corpus that annotates only some entities
 *   (MEANTIME) they are mostly unannotated names.
 *   Pronouns: each gold mention flagged pronoun is right when a predicted
 *   NM_MENTION_PRONOUN mention covers exactly its token and that mention's
 *   entity (ents[pred.entity]) has a mention of kind NM_MENTION_NAME that
 *   overlaps a named gold mention of the pronoun's cluster. A pronoun
 *   without such a prediction is wrong.
 *   scored_end (0: none): predictions starting at that token or later are
 *   outside the annotated text; they are counted in outside only (pronouns
 *   still see every prediction).
 * Token spans are [first_token, first_token + n_tokens) and [start, end).
 * Out-of-range entity and mention indices are ignored. Returns false (and
 * leaves *c alone) when out of memory. */
bool nd_score_doc(const nd_mention *gold, size_t n_gold, const nm_mention *pred, size_t n_pred,
                  const nm_entity *ents, size_t n_ents, uint32_t scored_end, nd_counts *c);

#endif
