/* lemma.h - a rule-and-exception lemmatiser learned from a treebank.
 * Internal.
 *
 * Training: feed (form, XPOS, lemma) tokens to a builder, which compiles
 * them into a compact, position-independent byte blob (one section of a
 * model file). Run time: nm_lemmatizer_open() validates a blob once and
 * nm_lemmatize() then reads it in place (from an mmap'd file, say); nothing
 * is parsed into heap structures and nothing is allocated.
 *
 * How a lemma is found, for a form and its XPOS tag:
 *   1. The tag is looked up. An unknown tag (or an empty form) gives the
 *      form unchanged.
 *   2. Exceptions: (form with ASCII letters lower-cased, tag) pairs whose
 *      training lemma the rules below get wrong (went/VBD -> go,
 *      children/NNS -> child, n't/RB -> not, me/PRP -> I, American/JJ ->
 *      American, the quote mark U+201C/`` -> "). A hit gives the stored
 *      lemma verbatim.
 *   3. Suffix rules: the longest suffix of the lower-cased form (1 to
 *      max_suffix bytes) that has rules for the tag gives up to three rules
 *      "remove the last k bytes, append s" (studies/NNS: k=3, s="y"), most
 *      frequent first. A rule that would remove more than the form or cut a
 *      UTF-8 sequence is skipped. For tags with the lexicon flag (verbs,
 *      adjectives, adverbs, common nouns) the first rule whose result is a
 *      known lemma of the tag's class (its first byte) wins, else the first
 *      rule that fits; other tags take the first rule that fits. No suffix
 *      or no rule that fits gives the form unchanged.
 *   4. Casing: per tag and shape of the form (Title, ALLCAPS, MiXed) the
 *      lemma keeps the form's case (proper nouns: Blinken, Americans ->
 *      American) or is lower-cased (sentence-initial The -> the). With the
 *      Title-lexicon flag (adjectives), a Title-case form keeps its case
 *      unless the lower-cased result is a known lemma: Ukrainian stays,
 *      Good -> good. Only ASCII letters change case.
 *
 * Blob layout. Every integer is little-endian and read byte by byte, so the
 * blob needs no alignment and is position independent. Offsets are from the
 * start of the blob; strings are (offset, length) pairs into the string
 * pool. "Sorted" is bytewise order with a proper prefix first, strictly
 * increasing (no duplicates).
 *   header, 80 bytes:
 *     0  8  magic "NMLEMMA1"
 *     8  4  format version (NM_LEMMA_VERSION)
 *     12 4  total length of the blob in bytes (must equal the section size)
 *     16 4  max_suffix: longest suffix with rules (1..NM_LEMMA_MAX_SUFFIX)
 *     20 8  tags:       u32 count, u32 offset  (entries of 24 bytes)
 *     28 8  exceptions: u32 count, u32 offset  (12 bytes)
 *     36 8  suffixes:   u32 count, u32 offset  (12 bytes)
 *     44 8  rules:      u32 count, u32 offset  (8 bytes)
 *     52 8  lexicon:    u32 count, u32 offset  (8 bytes)
 *     60 8  string pool: u32 size, u32 offset
 *     68 12 reserved, 0
 *   tag, sorted by name:
 *     u32 name offset, u16 name length (1..NM_LEMMA_MAX_TAG), u8 flags
 *     (bit 0: Title-case forms keep their case, bit 1: ALLCAPS, bit 2:
 *     MiXed, bit 3: lexicon chooses rules, bit 4: Title-lexicon), u8 0,
 *     u32 first exception, u32 exception count, u32 first suffix, u32
 *     suffix count. The tags' exception ranges tile the exception table in
 *     order, and their suffix ranges the suffix table.
 *   exception, sorted by form within each tag:
 *     u32 form offset, u32 lemma offset, u16 form length (>= 1, no ASCII
 *     capitals), u16 lemma length.
 *   suffix, sorted by suffix within each tag:
 *     u32 suffix offset, u8 suffix length (1..max_suffix, no ASCII
 *     capitals), u8 rule count n (1..3), u16 rule ids[3] (< rule count of
 *     the blob; the unused ones 0).
 *   rule: u32 append offset, u8 bytes to remove, u8 append length, u16 0.
 *   lexicon, sorted by (class, word):
 *     u32 word offset, u16 word length (no ASCII capitals), u8 class, u8 0.
 *   string pool: bytes, not NUL-terminated; strings may share bytes.
 */
#ifndef NM_LEMMA_H
#define NM_LEMMA_H

#include "newsmill.h"

#include <stddef.h>
#include <stdint.h>

#define NM_LEMMA_VERSION    1u
#define NM_LEMMA_MAX_SUFFIX 16u   /* largest max_suffix a blob may declare */
#define NM_LEMMA_MAX_TAG    32u   /* longest XPOS tag, in bytes */
#define NM_LEMMA_MAX_TOKEN  1024u /* longest form or lemma the builder learns from */

/* ------------------------------------------------------------------ */
/* Training                                                            */

typedef struct nm_lemma_builder nm_lemma_builder;

/* A new, empty builder, or NULL when out of memory. */
nm_lemma_builder *nm_lemma_builder_new(void);

/* Adds one training token: form[0..form_len), its PTB tag xpos[0..xpos_len)
 * ("VBD") and its gold lemma lemma[0..lemma_len). The bytes are copied.
 * Tokens the lemmatiser cannot learn from are skipped and count as success:
 * an empty form or tag, a tag longer than NM_LEMMA_MAX_TAG, a form or lemma
 * longer than NM_LEMMA_MAX_TOKEN. Callers should also skip tokens whose
 * lemma is unknown ("_" in CoNLL-U, unless the form is "_").
 * Returns 0, or -1 when out of memory (the builder stays usable and the
 * token is not added). */
int nm_lemma_builder_add(nm_lemma_builder *b, const char *form, size_t form_len, const char *xpos,
                         size_t xpos_len, const char *lemma, size_t lemma_len);

/* Compiles every token added so far into a blob in *buf (malloc'd; the
 * caller frees it) of *len bytes. Deterministic: the result depends only on
 * the multiset of tokens added, not on their order or the host. The builder
 * is left unchanged and may be reused. Returns 0, or -1 when out of memory
 * or, for pathological input only, when the blob would exceed its limits
 * (4 GB, 65535 distinct suffix rules); then *buf = NULL and *len = 0. */
int nm_lemma_builder_finish(nm_lemma_builder *b, unsigned char **buf, size_t *len);

/* Frees a builder. NULL is allowed. */
void nm_lemma_builder_free(nm_lemma_builder *b);

/* ------------------------------------------------------------------ */
/* Run time                                                            */

typedef struct nm_lemma_index nm_lemma_index;

/* A validated blob. It points into the caller's buffer, which must stay
 * valid and unchanged while the lemmatiser is used. Plain data: no close;
 * a caller that adds an index (nm_lemma_index_new) frees it. */
typedef struct nm_lemmatizer {
  const unsigned char *base;
  size_t len;
  uint32_t max_suffix;
  uint32_t n_tags, n_exc, n_suf, n_rules, n_lex, pool_size;
  const unsigned char *tags, *exc, *suf, *rules, *lex, *pool;
  const nm_lemma_index *index; /* optional; NULL: binary searches */
} nm_lemmatizer;

/* Checks buf[0..len) completely (magic, version, sizes, every offset and
 * count, each string inside the pool, table order) and fills *l to point
 * into buf; nothing is copied. Any bytes at all are safe to pass. Returns
 * NM_OK, or NM_ERR_FORMAT (NM_ERR_INVALID when buf or l is NULL) and fills
 * *err, when non-NULL, with a static message and the offending byte offset
 * in the blob where there is one. *l is zeroed on failure. */
nm_status nm_lemmatizer_open(const unsigned char *buf, size_t len, nm_lemmatizer *l, nm_error *err);

/* The lemma of form[0..form_len) tagged xpos[0..xpos_len). Writes it to
 * out[0..cap) like snprintf: at most cap - 1 bytes and a NUL (nothing when
 * cap is 0), and returns the lemma's full length, so a result >= cap means
 * it was cut and the caller should retry with a buffer of result + 1 bytes.
 * The lemma is at most form_len + 255 bytes, or 65535 for an exception.
 * Any bytes may be passed (invalid UTF-8, NUL). Allocates nothing;
 * thread-safe. l must have been filled by nm_lemmatizer_open(); after a
 * failed open it is zeroed and gives every form back unchanged. */
size_t nm_lemmatize(const nm_lemmatizer *l, const char *form, size_t form_len, const char *xpos,
                    size_t xpos_len, char *out, size_t cap);

/* A hash index over an opened lemmatiser's exceptions, suffixes and
 * lexicon, which then replaces the binary searches in them: the same
 * lemmas, found faster (most of the lemmatiser's time went to the
 * searches). Set l->index to it; free it with nm_lemma_index_free after
 * the last use. NULL when out of memory (the lemmatiser works without). */
nm_lemma_index *nm_lemma_index_new(const nm_lemmatizer *l);
void nm_lemma_index_free(nm_lemma_index *ix);

/* The tag's record for nm_lemmatize_tag(), looked up once (a caller that
 * tags with a fixed set of tags keeps one per tag); NULL for a tag the
 * lemmatiser does not know. */
const void *nm_lemma_tag(const nm_lemmatizer *l, const char *xpos, size_t xpos_len);
/* nm_lemmatize() with the tag's record from nm_lemma_tag(); NULL gives
 * the form back unchanged, as an unknown tag does. */
size_t nm_lemmatize_tag(const nm_lemmatizer *l, const char *form, size_t form_len, const void *tag,
                        char *out, size_t cap);

#endif
