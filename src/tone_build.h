/* tone_build.h - compiling a tone lexicon (newsmill build tone; tests).
 * Internal. The file layout is in tone_lex.h; the sources and rules in
 * docs/tone.md. */
#ifndef NM_TONE_BUILD_H
#define NM_TONE_BUILD_H

#include "model.h"
#include "newsmill.h"

#include <stddef.h>
#include <stdint.h>

/* One lexicon entry: a word or a phrase with what is known of it. */
typedef struct nm_tone_entry {
  const char *text; /* as written ("good", "can't stand", ":)"); need not end in NUL */
  size_t len;
  uint32_t flags;   /* NM_TONE_* (tone_lex.h), except NM_TONE_PREFIX and NM_TONE_FROM_AFINN */
  int32_t valence;  /* thousandths, -NM_TONE_MAX_VALENCE..; with NM_TONE_VALENCE, else 0 */
  int32_t boost;    /* thousandths, nonzero with NM_TONE_BOOST, else 0 */
  int32_t afinn;    /* -5..5 with NM_TONE_AFINN, else 0 */
  uint8_t priority; /* entries sharing a key: the highest priority's valence and boost win */
  uint8_t pretokenized; /* text is tokens separated by single spaces; otherwise the
                           library's segmenter splits it, as it splits articles */
} nm_tone_entry;

/* The rule words the team wrote (src/tone_build.c): boosters and dampeners
 * (+-0.293, VADER's published increment), negations, "but", "least", "no",
 * "never so", "without doubt", and a few idioms. Priority 1. */
const nm_tone_entry *nm_tone_rule_entries(size_t *n);

/* What a build did, for the builder's report. */
typedef struct nm_tone_build_stats {
  size_t entries_in;     /* entries given, rule entries included */
  size_t skipped_empty;  /* entries without tokens */
  size_t skipped_long;   /* entries longer than NM_TONE_MAX_TOKENS tokens */
  size_t stored;         /* distinct keys, prefixes included */
  size_t phrases;        /* stored entries of two tokens or more (not prefix-only) */
  size_t valence, afinn; /* stored entries with a valence, with an AFINN score */
  size_t from_afinn;     /* valences mapped from AFINN scores */
  double afinn_scale;    /* the mapping: valence = scale * AFINN score */
  uint32_t slots, max_probe;
} nm_tone_build_stats;

/* Compiles entries[0..n) together with nm_tone_rule_entries() into the two
 * sections of a tone lexicon (ids[k], sections[k] for k = 0, 1; free them
 * with nm_bytes_free()). Each entry is split into tokens; entries with the
 * same tokens (ASCII case ignored) are merged: flags are or'ed, and the
 * valence, boost and AFINN score are taken from the entry of highest
 * priority that has one (ties: the largest magnitude, then the larger
 * value). A word with an AFINN score and no valence gets valence =
 * scale * score with NM_TONE_FROM_AFINN, where scale is the least-squares
 * slope (through 0) of valence on AFINN score over the words that have
 * both. The result depends only on the set of entries, not on their order.
 * NM_ERR_INVALID for a bad entry (err->pos: its index), NM_ERR_LIMIT when
 * the table would be too large. stats may be NULL. */
nm_status nm_tone_build(const nm_tone_entry *entries, size_t n, uint32_t ids[2],
                        nm_bytes sections[2], nm_tone_build_stats *stats, nm_error *err);
/* nm_tone_build(), then the file at path (nm_model_write). */
nm_status nm_tone_write(const char *path, const nm_tone_entry *entries, size_t n,
                        nm_tone_build_stats *stats, nm_error *err);

#endif
