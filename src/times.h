/* times.h - stage "times": time expressions found and normalised to
 * TIMEX3 values against the article date (NM_META_DATE). Internal. See
 * docs/times.md. */
#ifndef NM_TIMES_H
#define NM_TIMES_H

#include "doc.h"
#include "output_buf.h"

/* Fills d->times. Uses tags and heads when the document has them (tense
 * for weekdays). Without an article date, relative expressions get values
 * with unknown parts ("XXXX-XX-XX"). */
nm_status nm_times_detect(nm_doc *d);

/* Writes ,"times":[...] (docs/output.md). */
void nm_json_times(nm_obuf *o, const nm_doc *d);

#endif
