/* segment.h - the segmentation stage. Internal. */
#ifndef NM_SEGMENT_H
#define NM_SEGMENT_H

#include "doc.h"

/* Fills the paragraph, sentence and token layers of d from its text, and
 * adds warnings for invalid UTF-8, NUL bytes and over-long sentences.
 * Returns NM_OK or NM_ERR_NOMEM. */
nm_status nm_segment(nm_doc *d);

/* 1 when the segmenter's word lists are sorted for bsearch (for tests). */
int nm_segment_tables_sorted(void);

#endif
