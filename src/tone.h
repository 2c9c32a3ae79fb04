/* tone.h - stage "tone": GDELT-style document tone and VADER-style compound
 * scores per sentence, from a compiled lexicon (dict/tone.nmm, kind "TONE").
 * Internal. See docs/tone.md. */
#ifndef NM_TONE_H
#define NM_TONE_H

#include "doc.h"
#include "model.h"
#include "output_buf.h"

#include <stdbool.h>

typedef struct nm_tone_lexicon nm_tone_lexicon;

nm_tone_lexicon *nm_tone_open(const char *path, nm_error *err);
/* buf must outlive the lexicon. */
nm_tone_lexicon *nm_tone_open_mem(const unsigned char *buf, size_t len, nm_error *err);
void nm_tone_free(nm_tone_lexicon *lx);

/* Scoring choices beyond VADER's rules (docs/tone.md says which are on by
 * default and why); `newsmill eval tone` can switch each off. */
typedef struct nm_tone_opts {
  bool afinn_valence; /* words only AFINN-165 rates count, at AFINN's score mapped */
  bool skip_names;    /* tokens of NAME mentions carry no sentiment ("Justice Department") */
  bool tag_rules;     /* with tags: a preposition or subordinator ("like") carries no
                         sentiment */
  bool lemmas;        /* with tags: a word the lexicon lacks is looked up by its lemma */
  bool doc_mean;      /* the document compound is the mean of the sentences' compounds
                         (else VADER over the whole text as one passage) */
} nm_tone_opts;

/* The options nm_tone_score() uses. */
extern const nm_tone_opts nm_tone_default_opts;

/* Fills d->tone, d->sentence_tone and d->has_tone (default options). */
nm_status nm_tone_score(const nm_tone_lexicon *lx, nm_doc *d);
nm_status nm_tone_score_opts(const nm_tone_lexicon *lx, const nm_tone_opts *o, nm_doc *d);

/* VADER-style compound score (-1..1) of tokens [first, first + n) of a
 * segmented document, as if they were a sentence: for a quotation's
 * content, say. NM_ERR_INVALID when the range passes the tokens,
 * NM_ERR_NOMEM when out of memory. */
nm_status nm_tone_span(const nm_tone_lexicon *lx, const nm_doc *d, uint32_t first, uint32_t n,
                       double *compound);

/* Writes ,"tone":{...} (docs/output.md); {} when the document has none. */
void nm_json_tone(nm_obuf *o, const nm_doc *d);

/* Writes x rounded to 4 decimals, without trailing zeros and without
 * locale ("-0.25", "0", "12.5"); non-finite values as 0. */
void nm_json_fixed4(nm_obuf *o, double x);

#endif
