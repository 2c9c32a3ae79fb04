/* cameo_int.h - what the event-dictionary sources share: the compiled
 * layout, the builder's storage (filled by the readers in cameo_read.c,
 * compiled by cameo_build.c) and the word hash. Internal.
 *
 * Compiled layout (container: model.h, kind NM_CAMEO_KIND; every integer
 * a little-endian u32; "str" is an offset into STRS, NONE = 0xFFFFFFFF
 * where a string is optional; W is the number of words):
 *   CINF  u32 format (NM_CAMEO_FORMAT), u32 NM_CAMEO_MAX_PHRASE, then the
 *         NM_CI_N counts in nm_cameo_count order
 *   STRS  NUL-terminated strings; the first and the last byte are NUL
 *   WORD  W str: the words, upper-case, 1..NM_CAMEO_MAX_WORD bytes
 *   WHSH  S slots (W < S): 0 empty, else word id + 1; a word's home is
 *         nm_cameo_home(), linear probing, each word at most P (CINF) slots
 *         from its home with no empty slot between
 *   PWRD  word ids of the actor, agent and synset phrases
 *   SYNS  {str name, u32 first, u32 count}: each synset's run of SPHR
 *   SPHR  {u32 words (into PWRD), u32 length, u32 synset}, sorted by synset,
 *         then words (a prefix before its extensions), so runs tile SPHR
 *   ACTR  {str name, u32 first, u32 count}: each actor's run of ACOD
 *   ACOD  {str code, u32 kind (NM_CAC_*) << 30 | from, u32 to} (YYYYMMDD)
 *   APHR  actor phrases {u32 words, u32 length, u32 actor}, sorted by
 *         words, then actor (file order)
 *   AIDX  W + 1 u32: the phrases whose first word is w are
 *         APHR[AIDX[w] .. AIDX[w + 1])
 *   AGNT  {str code (without '~'), u32 flags (NM_CAG_PREFIX)}
 *   GPHR  agent phrases, as APHR;  GIDX  as AIDX
 *   VBLK  {str name, str code, str code2 | NONE, u32 first, u32 count}:
 *         each block's run of PATN
 *   VERB  {u32 word, u32 base, u32 block, str code, str code2 | NONE,
 *         u32 words (into VWRD), u32 n_pre, u32 n_post}
 *   VWRD  word ids: each verb's words before, then after, its main word
 *   VKEY  verb indices;  VIDX  W + 1 u32: the verbs keyed by word w are
 *         VKEY[VIDX[w] .. VIDX[w + 1]), longest first, then file order
 *   PATN  {u32 block, u32 first element, u32 elements, str code,
 *         str code2 | NONE, str text, u32 line}
 *   ELEM  {u32 kind (nm_cameo_elem_kind), u32 a}
 *   TRNS  {5 bytes of variables (src, in_src, in_tgt, out_src, out_tgt), 3
 *         zero bytes, u32 in_verb, u32 in_verb2, u32 verb, u32 verb2 (word
 *         ids or NONE), str code, u32 line}
 *   DSCD  {str text (upper-case, words joined by one blank, at most
 *         NM_CAMEO_MAX_DISCARD bytes), u32 flags (NM_CDS_*)}, sorted by text
 *   PICO  {str code (at most NM_CAMEO_MAX_CODE bytes), u32 value (two's
 *         complement)}, sorted by code, each code once
 *   PREV  PICO indices sorted by value, then file order
 *   CSUM  u64: nm_cameo_checksum() of the whole file, these 8 bytes as 0
 * The loader checks the checksum (so any changed bit is an error), every
 * count against its section's size, every offset, id, run and index, that
 * strings end inside STRS, each word's hash slot, and the orders that
 * lookups rely on, in time linear in the file. */
#ifndef NM_CAMEO_INT_H
#define NM_CAMEO_INT_H

#include "cameo.h"
#include "model.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NM_CAMEO_FORMAT      1u
#define NM_CAMEO_MAX_WORD    255u /* bytes in a word */
#define NM_CAMEO_MAX_DISCARD 255u /* bytes in a discard phrase */
#define NM_CAMEO_MAX_CODE    31u  /* bytes in a PICO code */
#define NM_CAMEO_MAX_ELEMS   255u /* elements in a pattern */

/* Section ids. */
#define NM_CS_INFO NM_FOURCC('C', 'I', 'N', 'F')
#define NM_CS_STRS NM_FOURCC('S', 'T', 'R', 'S')
#define NM_CS_WORD NM_FOURCC('W', 'O', 'R', 'D')
#define NM_CS_WHSH NM_FOURCC('W', 'H', 'S', 'H')
#define NM_CS_PWRD NM_FOURCC('P', 'W', 'R', 'D')
#define NM_CS_SYNS NM_FOURCC('S', 'Y', 'N', 'S')
#define NM_CS_SPHR NM_FOURCC('S', 'P', 'H', 'R')
#define NM_CS_ACTR NM_FOURCC('A', 'C', 'T', 'R')
#define NM_CS_ACOD NM_FOURCC('A', 'C', 'O', 'D')
#define NM_CS_APHR NM_FOURCC('A', 'P', 'H', 'R')
#define NM_CS_AIDX NM_FOURCC('A', 'I', 'D', 'X')
#define NM_CS_AGNT NM_FOURCC('A', 'G', 'N', 'T')
#define NM_CS_GPHR NM_FOURCC('G', 'P', 'H', 'R')
#define NM_CS_GIDX NM_FOURCC('G', 'I', 'D', 'X')
#define NM_CS_VBLK NM_FOURCC('V', 'B', 'L', 'K')
#define NM_CS_VERB NM_FOURCC('V', 'E', 'R', 'B')
#define NM_CS_VWRD NM_FOURCC('V', 'W', 'R', 'D')
#define NM_CS_VKEY NM_FOURCC('V', 'K', 'E', 'Y')
#define NM_CS_VIDX NM_FOURCC('V', 'I', 'D', 'X')
#define NM_CS_PATN NM_FOURCC('P', 'A', 'T', 'N')
#define NM_CS_ELEM NM_FOURCC('E', 'L', 'E', 'M')
#define NM_CS_TRNS NM_FOURCC('T', 'R', 'N', 'S')
#define NM_CS_DSCD NM_FOURCC('D', 'S', 'C', 'D')
#define NM_CS_PICO NM_FOURCC('P', 'I', 'C', 'O')
#define NM_CS_PREV NM_FOURCC('P', 'R', 'E', 'V')
#define NM_CS_CSUM NM_FOURCC('C', 'S', 'U', 'M')

/* Record sizes in bytes. */
enum {
  NM_CR_PHRASE = 12,
  NM_CR_SYNSET = 12,
  NM_CR_ACTOR = 12,
  NM_CR_ACODE = 12,
  NM_CR_AGENT = 8,
  NM_CR_BLOCK = 20,
  NM_CR_VERB = 32,
  NM_CR_PATTERN = 28,
  NM_CR_ELEM = 8,
  NM_CR_TRANSFORM = 32,
  NM_CR_DISCARD = 8,
  NM_CR_PICO = 8
};

/* The counts in CINF, in order. */
typedef enum nm_cameo_count {
  NM_CI_WORDS,
  NM_CI_SLOTS,
  NM_CI_PROBE,
  NM_CI_PWORDS,
  NM_CI_SYNSETS,
  NM_CI_SPHR,
  NM_CI_ACTORS,
  NM_CI_ACODES,
  NM_CI_APHR,
  NM_CI_AGENTS,
  NM_CI_GPHR,
  NM_CI_BLOCKS,
  NM_CI_VERBS,
  NM_CI_VWORDS,
  NM_CI_VKEYS,
  NM_CI_PATTERNS,
  NM_CI_ELEMS,
  NM_CI_TRANSFORMS,
  NM_CI_DISCARDS,
  NM_CI_PICO,
  NM_CI_N
} nm_cameo_count;

/* Actor code kinds: a default, or a restriction on the date. */
enum { NM_CAC_DEFAULT = 0, NM_CAC_UNTIL = 1, NM_CAC_FROM = 2, NM_CAC_BETWEEN = 3 };
/* Agent flags: the code goes before the actor's ("NGO~"). */
enum { NM_CAG_PREFIX = 1 };
/* Discard flags. */
enum { NM_CDS_STORY = 1, NM_CDS_WORD_END = 2 };

/* The hash of a word, upper-casing ASCII letters (builder and loader). */
static inline uint32_t nm_cameo_hash(const char *s, size_t len) {
  uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a, then a finaliser */
  for (size_t i = 0; i < len; i++) {
    unsigned c = (unsigned char)s[i];
    if (c - 'a' < 26u) c -= 'a' - 'A';
    h = (h ^ c) * 0x100000001b3ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return (uint32_t)h;
}

/* A word's home slot among S: its hash scaled to the table, so that S
 * need not be a power of two. */
static inline uint32_t nm_cameo_home(uint32_t hash, uint32_t slots) {
  return (uint32_t)(((uint64_t)hash * slots) >> 32);
}

/* --- The builder's storage ---------------------------------------------- */

/* A growable array of records of one size. */
typedef struct nm_cvec {
  unsigned char *p;
  size_t n, cap, size;
} nm_cvec;

/* A new zeroed record at the end, or NULL when out of memory. */
void *nm_cvec_push(nm_cvec *v);
#define NM_CV(v, T, i) (((T *)(v).p)[i])

/* A map from u32 keys (string offsets) to u32 values. */
typedef struct nm_cmap {
  uint32_t *key, *val; /* key + 1; 0 = empty */
  size_t cap, n;
} nm_cmap;

typedef struct nm_cb_phrase {
  uint32_t words, len, entry; /* words: offset into pw */
} nm_cb_phrase;
typedef struct nm_cb_block {
  uint32_t name, code, code2, first, count;
} nm_cb_block;
typedef struct nm_cb_verb {
  uint32_t word, base, block, code, code2, words, n_pre, n_post;
} nm_cb_verb;
typedef struct nm_cb_pattern {
  uint32_t block, first, n, code, code2, text, line;
} nm_cb_pattern;
typedef struct nm_cb_transform {
  char var[5]; /* src, in_src, in_tgt, out_src, out_tgt */
  uint32_t in_verb, in_verb2, verb, verb2, code, line;
} nm_cb_transform;
typedef struct nm_cb_actor {
  uint32_t name, first, count; /* codes */
} nm_cb_actor;
typedef struct nm_cb_acode {
  uint32_t code, kind, from, to;
} nm_cb_acode;
typedef struct nm_cb_agent {
  uint32_t code, flags;
} nm_cb_agent;
typedef struct nm_cb_discard {
  uint32_t text, flags, order;
} nm_cb_discard;
typedef struct nm_cb_pico {
  uint32_t code, order;
  int32_t value;
} nm_cb_pico;
typedef struct nm_cb_marker {
  uint32_t first, count; /* items: string offsets in marker_items */
} nm_cb_marker;

struct nm_cameo_builder {
  nm_bytes pool;         /* STRS */
  nm_cmap strs;          /* the pool's strings: key offset + 1, val its hash */
  nm_cvec words;         /* u32 string offsets; the id is the index */
  nm_cmap word_of;       /* string offset -> word id */
  nm_cvec pw;            /* u32 phrase words */
  nm_cvec synsets;       /* u32 name offsets */
  nm_cmap synset_of;     /* name offset -> synset id */
  nm_cvec sph, aph, gph; /* nm_cb_phrase */
  nm_cvec blocks, verbs, vw, patterns, elems, transforms;
  nm_cvec actors, acodes, agents, discards, pico;
  nm_cvec markers, marker_items; /* nm_cb_marker; u32 string offsets */
  nm_cmap marker_of;             /* name offset -> marker id */
  nm_cameo_warnings warn;
  size_t n_warn;
  char *warn_text[NM_CAMEO_MAX_WARNINGS];
  bool oom; /* an allocation failed; every later call fails */
  /* actors from this index on win the phrases they share with earlier
   * ones (nm_cameo_builder_override_actors()); UINT32_MAX: none */
  uint32_t actor_override_from;
};

/* The offset of a string in the pool (added when new), or NONE when out of
 * memory. The string may hold no NUL. */
uint32_t nm_cb_str(nm_cameo_builder *b, const char *s, size_t len);
/* The offset of a string already in the pool, or NONE. */
uint32_t nm_cb_find_str(const nm_cameo_builder *b, const char *s, size_t len);
/* The id of a word (upper-cased here), added when new; NONE when out of
 * memory. len is 1..NM_CAMEO_MAX_WORD. */
uint32_t nm_cb_word(nm_cameo_builder *b, const char *s, size_t len);
/* The value for key, or NONE; and setting it (false when out of memory). */
uint32_t nm_cmap_get(const nm_cmap *m, uint32_t key);
bool nm_cmap_put(nm_cmap *m, uint32_t key, uint32_t val);
/* The CAMEO code table, sorted by code (cameo_codes.c, generated by
 * tools/gen_cameo_codes.sh). */
extern const nm_cameo_code_info nm_cameo_codes[];
extern const size_t nm_cameo_code_count;

/* The checksum of a compiled file: its bytes as little-endian u64 words
 * (the word at offset at, 8-aligned, read as 0; a short tail padded with
 * zeros) chained through a bijective step, so that changing any one word
 * changes the result. */
uint64_t nm_cameo_checksum(const unsigned char *buf, size_t len, size_t at);
/* Writes the checksum into a compiled file's CSUM section; false when the
 * container cannot be read. The builder seals what it writes; tests and
 * the fuzzer reseal damaged files to reach the other checks. */
bool nm_cameo_seal(unsigned char *buf, size_t len);
/* Opens a compiled dictionary that takes ownership of buf (malloc'd): it is
 * freed with the dictionary, or at once on failure (cameo.c). */
nm_status nm_cameo_open_owned(unsigned char *buf, size_t len, nm_cameo **out, nm_error *err);
/* Records a warning; kind points into b->warn. */
void nm_cb_warn(nm_cameo_builder *b, uint32_t *kind, const char *name, size_t line,
                const char *what);

#endif
