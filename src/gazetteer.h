/* gazetteer.h - names of places, countries, nationalities and known actors,
 * matched against token sequences. Internal.
 *
 * The compiled gazetteer (dict/gazetteer.nmm, kind "GAZT") is built by
 * `newsmill build gazetteer` from ../shared/data: GeoNames cities15000,
 * countryInfo and admin1 codes, the countries tables (names, alternate
 * names, demonyms) and the Phoenix actor dictionaries. It is read in place
 * (mmap) and validated on load like every model file.
 *
 * A name is a sequence of tokens as nm_segment() splits it ("U.S." is one
 * token, "New York" two). Keys are the hash of the lower-cased (ASCII) token
 * texts (nm_gz_key()); each entry carries flag bits and, where known, an
 * ISO 3166 alpha-3 country code. Every proper prefix of a stored name is
 * marked NM_GZ_PREFIX, so that matching stops as soon as no longer name can
 * follow. */
#ifndef NM_GAZETTEER_H
#define NM_GAZETTEER_H

#include "model.h"
#include "newsmill.h"

#include <stddef.h>
#include <stdint.h>

#define NM_GAZETTEER_KIND NM_FOURCC('G', 'A', 'Z', 'T')
/* Longest name, in tokens. */
#define NM_GZ_MAX_TOKENS 8

/* Entry flags. A name may carry several ("Georgia": COUNTRY and ADMIN1). */
enum {
  NM_GZ_COUNTRY = 1u << 0,  /* a country or territory name ("France", "U.S.") */
  NM_GZ_CITY = 1u << 1,     /* a GeoNames populated place */
  NM_GZ_ADMIN1 = 1u << 2,   /* a first-level division ("Texas", "Bavaria") */
  NM_GZ_REGION = 1u << 3,   /* a region or other LOC ("Middle East", "Gaza Strip") */
  NM_GZ_DEMONYM = 1u << 4,  /* a nationality or demonym ("Israeli", "Israelis") */
  NM_GZ_PERSON = 1u << 5,   /* a person in the actor dictionaries */
  NM_GZ_ORG = 1u << 6,      /* an organisation or group in the actor dictionaries */
  NM_GZ_BIGCITY = 1u << 7,  /* a city of 1,000,000 people or more, or a capital */
  NM_GZ_ACRONYM = 1u << 8,  /* every source writes the name in capitals ("US", "UK", "UN"):
                               nm_gazetteer_match() takes it only where the words have no
                               lower-case letter, since keys are case-blind ("us") */
  NM_GZ_PREFIX = 1u << 15   /* some longer name starts with this one */
};

typedef struct nm_gazetteer nm_gazetteer;

/* One entry found by nm_gazetteer_get(). */
typedef struct nm_gz_entry {
  uint32_t flags;
  char iso3[4]; /* "USA", NUL-terminated; "" when unknown */
} nm_gz_entry;

/* A match over tokens [start, end) of the words given to nm_gazetteer_match. */
typedef struct nm_gz_match {
  uint32_t start, end;
  nm_gz_entry e;
} nm_gz_match;

nm_gazetteer *nm_gazetteer_open(const char *path, nm_error *err);
/* buf must outlive the gazetteer. */
nm_gazetteer *nm_gazetteer_open_mem(const unsigned char *buf, size_t len, nm_error *err);
void nm_gazetteer_free(nm_gazetteer *g);

/* Hash of one token's text, lower-cased (ASCII letters only). */
uint64_t nm_gz_token_hash(const char *s, size_t len);
/* Key of a name from its tokens' hashes. */
uint64_t nm_gz_key(const uint64_t *token_hashes, size_t n);

/* Looks up the name made of tokens with hashes h[0..n). Returns 1 and fills
 * *e when it is stored (possibly only as NM_GZ_PREFIX), else 0. */
int nm_gazetteer_get(const nm_gazetteer *g, const uint64_t *h, size_t n, nm_gz_entry *e);

/* Finds, left to right, the longest name (without NM_GZ_PREFIX-only
 * entries) starting at each token; a match resumes after its end, so the
 * matches do not overlap. words are token texts (not NUL-terminated).
 * Writes at most cap matches to out and returns how many were found.
 * Allocates nothing; thread-safe.
 *
 * Matching stops at the cap-th match, so the count never exceeds cap (cap
 * >= n always suffices). A name flagged NM_GZ_ACRONYM matches only words
 * without lower-case ASCII letters ("US", not "us"). Each token is hashed
 * once; a start costs one lookup per length up to the first length that is
 * not stored. */
size_t nm_gazetteer_match(const nm_gazetteer *g, const char *const *words, const size_t *lens,
                          size_t n, nm_gz_match *out, size_t cap);

/* Number of stored entries that have every bit of flags (0: all entries,
 * NM_GZ_PREFIX-only ones included). For reports. */
size_t nm_gazetteer_count(const nm_gazetteer *g, uint32_t flags);

/* --- Building (newsmill build gazetteer; tests) --------------------- */

/* One name to compile. */
typedef struct nm_gz_name {
  uint64_t h[NM_GZ_MAX_TOKENS]; /* nm_gz_token_hash() of each token */
  uint32_t n;                   /* tokens, 1..NM_GZ_MAX_TOKENS */
  uint32_t flags;               /* NM_GZ_* bits; not NM_GZ_PREFIX */
  char iso3[4];                 /* "" or three capital letters */
  uint64_t rank;                /* when names share a key, the iso3 of the
                                   highest-ranked one is kept */
} nm_gz_name;

/* Compiles names[0..n) into the two sections of a gazetteer file
 * (ids[k], sections[k] for k = 0, 1; free them with nm_bytes_free()).
 * Names with the same key are merged: flags are or'ed, except that
 * NM_GZ_ACRONYM stays only when every merged name has it; the iso3 is that
 * of the highest-ranked name ("" when the winner has none, or when another
 * name of the same rank has another country). Every proper prefix
 * of a name is stored with NM_GZ_PREFIX. The result depends only on the set
 * of names, not on their order. NM_ERR_INVALID for a name with a bad token
 * count, flag or iso3 (err->pos: its index in names); NM_ERR_LIMIT when the
 * table would pass 2^28 slots. */
nm_status nm_gazetteer_build(const nm_gz_name *names, size_t n, uint32_t ids[2],
                             nm_bytes sections[2], nm_error *err);
/* nm_gazetteer_build(), then the file at path (nm_model_write). */
nm_status nm_gazetteer_write(const char *path, const nm_gz_name *names, size_t n, nm_error *err);

#endif
