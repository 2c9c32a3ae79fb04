/* quotes.h - stage "quotes": direct, partial and reported quotations with
 * their cue and speaker. Internal. See docs/quotes.md. */
#ifndef NM_QUOTES_H
#define NM_QUOTES_H

#include "doc.h"
#include "output_buf.h"

/* Fills d->quotes. Needs tokens; uses tags, heads, mentions and entities
 * when the document has them (speakers are entities). */
nm_status nm_quotes_detect(nm_doc *d);

/* Writes ,"quotes":[...] (docs/output.md). */
void nm_json_quotes(nm_obuf *o, const nm_doc *d);

#endif
