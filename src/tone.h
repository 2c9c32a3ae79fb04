/* tone.h - stage "tone": GDELT-style document tone and VADER-style compound
 * scores per sentence, from a compiled lexicon (dict/tone.nmm, kind "TONE").
 * Internal. See docs/tone.md. */
#ifndef NM_TONE_H
#define NM_TONE_H

#include "doc.h"
#include "model.h"
#include "output_buf.h"

typedef struct nm_tone_lexicon nm_tone_lexicon;

nm_tone_lexicon *nm_tone_open(const char *path, nm_error *err);
nm_tone_lexicon *nm_tone_open_mem(const unsigned char *buf, size_t len, nm_error *err);
void nm_tone_free(nm_tone_lexicon *lx);

/* Fills d->tone, d->sentence_tone and d->has_tone. */
nm_status nm_tone_score(const nm_tone_lexicon *lx, nm_doc *d);

/* Writes ,"tone":{...} (docs/output.md); {} when the document has none. */
void nm_json_tone(nm_obuf *o, const nm_doc *d);

#endif
