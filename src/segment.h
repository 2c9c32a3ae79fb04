/* segment.h - the segmentation stage. Internal. */
#ifndef NM_SEGMENT_H
#define NM_SEGMENT_H

#include "doc.h"

#include <stdbool.h>
#include <stddef.h>

/* Fills the paragraph, sentence and token layers of d from its text, and
 * adds warnings for invalid UTF-8, NUL bytes and over-long sentences.
 * Returns NM_OK or NM_ERR_NOMEM. */
nm_status nm_segment(nm_doc *d);

/* Whether s[0..n) (any case) is a prefix that keeps its hyphen inside one
 * token ("co" of "co-founder"), as nm_segment decides. */
bool nm_segment_hyphen_prefix(const char *s, size_t n);

/* 1 when the segmenter's word lists are sorted for bsearch (for tests). */
int nm_segment_tables_sorted(void);

#endif
