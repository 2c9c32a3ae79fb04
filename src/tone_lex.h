/* tone_lex.h - the compiled tone lexicon's file layout and keys, shared by
 * the loader and scorer (tone.c) and the builder (tone_build.c). Internal.
 *
 * Container: model.h, kind "TONE". Sections (integers little-endian):
 *   TINF  32 bytes: u32 format version (NM_TONE_FORMAT), u32 longest entry
 *         in tokens (NM_TONE_MAX_TOKENS), u32 slots S (16..2^24), u32
 *         entries E (< S), u32 longest probe P (< S), u32 entries with a
 *         valence, u32 entries with an AFINN score, u32 reserved (0)
 *   TTAB  S slots of 16 bytes:
 *           0  u64 key (nm_tone_key(); 0 = empty slot)
 *           8  i16 valence, thousandths (|v| <= NM_TONE_MAX_VALENCE)
 *          10  i16 boost, thousandths (|b| <= NM_TONE_MAX_BOOST)
 *          12  i8  AFINN score (-5..5)
 *          13  u8  reserved (0)
 *          14  u16 flags (NM_TONE_*)
 * An entry is one token ("good", "n't", ":)") or a phrase of up to
 * NM_TONE_MAX_TOKENS tokens ("kind of", "kiss of death"), keyed by the chain
 * of its tokens' hashes; every proper prefix of a phrase is stored with
 * NM_TONE_PREFIX so that matching can stop early. The table is laid out as
 * the gazetteer's is: home slot (key >> 32) * S >> 32, linear probing, P the
 * largest distance of an entry from its home. The loader checks every slot,
 * the counts, that every entry lies within P of its home with no empty slot
 * between, and that no key is stored twice. */
#ifndef NM_TONE_LEX_H
#define NM_TONE_LEX_H

#include "model.h"

#include <stddef.h>
#include <stdint.h>

#define NM_TONE_KIND        NM_FOURCC('T', 'O', 'N', 'E')
#define NM_TONE_FORMAT      1u
#define NM_TONE_INFO_ID     NM_FOURCC('T', 'I', 'N', 'F')
#define NM_TONE_TABLE_ID    NM_FOURCC('T', 'T', 'A', 'B')
#define NM_TONE_INFO_LEN    32u
#define NM_TONE_SLOT        16u
#define NM_TONE_MIN_SLOTS   16u
#define NM_TONE_MAX_SLOTS   (1u << 24)
#define NM_TONE_MAX_TOKENS  6u
#define NM_TONE_MAX_VALENCE 5000 /* VADER's scale is -4..4 */
#define NM_TONE_MAX_BOOST   2000
#define NM_TONE_MAX_AFINN   5

/* Entry flags. Rule words carry a role bit; a word may carry several. */
enum {
  NM_TONE_VALENCE = 1u << 0,  /* has a valence (VADER's rating, an idiom's, or AFINN's mapped) */
  NM_TONE_FROM_AFINN = 1u << 1, /* the valence is AFINN's score mapped to VADER's scale */
  NM_TONE_AFINN = 1u << 2,    /* has an AFINN-165 score (GDELT-style counts) */
  NM_TONE_BOOST = 1u << 3,    /* degree modifier ("very", "slightly", "kind of"); boost != 0 */
  NM_TONE_NEGATION = 1u << 4, /* "not", "n't", "never", "without" ... */
  NM_TONE_CONTRAST = 1u << 5, /* "but": what precedes weighs less, what follows more */
  NM_TONE_LEAST = 1u << 6,    /* "least" negates the next word ... */
  NM_TONE_LEAST_KEEP = 1u << 7, /* ... unless after "at" or "very" */
  NM_TONE_NEVER = 1u << 8,    /* "never so/this good" intensifies instead */
  NM_TONE_SO = 1u << 9,       /* "so", "this" */
  NM_TONE_WITHOUT = 1u << 10, /* "without doubt" does not negate */
  NM_TONE_DOUBT = 1u << 11,
  NM_TONE_NO = 1u << 12,      /* "no": negates what follows within 2 words */
  NM_TONE_OR = 1u << 13,      /* "or", "nor": "no good or bad" */
  NM_TONE_PREFIX = 1u << 15   /* some longer phrase starts with this entry */
};
#define NM_TONE_ALL_FLAGS                                                                          \
  (NM_TONE_VALENCE | NM_TONE_FROM_AFINN | NM_TONE_AFINN | NM_TONE_BOOST | NM_TONE_NEGATION |       \
   NM_TONE_CONTRAST | NM_TONE_LEAST | NM_TONE_LEAST_KEEP | NM_TONE_NEVER | NM_TONE_SO |            \
   NM_TONE_WITHOUT | NM_TONE_DOUBT | NM_TONE_NO | NM_TONE_OR | NM_TONE_PREFIX)

/* splitmix64's finaliser: every input bit affects every output bit. */
static inline uint64_t nm_tone_mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

/* Hash of one token's text: FNV-1a over its bytes with ASCII letters
 * lower-cased and the right single quotation mark (U+2019) read as an
 * apostrophe, so that "Don’t" and "don't" split alike and look up alike. */
static inline uint64_t nm_tone_token_hash(const char *s, size_t len) {
  uint64_t h = 0xcbf29ce484222325ull;
  size_t n = 0;
  for (size_t i = 0; i < len; i++, n++) {
    unsigned c = (unsigned char)s[i];
    if (c - 'A' < 26u) {
      c += 'a' - 'A';
    } else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
               (unsigned char)s[i + 2] == 0x99) {
      c = '\'';
      i += 2;
    }
    h = (h ^ c) * 0x100000001b3ull;
  }
  return nm_tone_mix(h ^ n);
}

/* A key is a chain over token hashes, so that each longer phrase costs one
 * step: state(k + 1) = mix(state(k) ^ h[k]); 0 marks an empty slot. */
#define NM_TONE_KEY_SEED 0x746f6e656b657931ull
static inline uint64_t nm_tone_key_step(uint64_t state, uint64_t h) {
  return nm_tone_mix(state ^ h);
}
static inline uint64_t nm_tone_key_of(uint64_t state) { return state ? state : 1; }

/* The home slot of a key among `slots`. */
static inline uint32_t nm_tone_home(uint64_t key, uint32_t slots) {
  return (uint32_t)(((key >> 32) * (uint64_t)slots) >> 32);
}

#endif
