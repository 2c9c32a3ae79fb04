/* titles.h - titles and roles of people ("Secretary of State", "spokesman",
 * "Sen."), for entity titles and for nominal mentions ("the secretary").
 * Internal. */
#ifndef NM_TITLES_H
#define NM_TITLES_H

#include <stddef.h>
#include <stdint.h>

#define NM_TITLE_MAX  6   /* tokens of a title */
#define NM_TITLES_MAX 256 /* titles in the list */

typedef struct nm_title {
  uint64_t h[NM_TITLE_MAX]; /* lower-cased token hashes (nm_gz_token_hash) */
  size_t n, head;           /* tokens, index of the head word */
} nm_title;

typedef struct nm_titles {
  nm_title t[NM_TITLES_MAX];
  size_t n;
  uint64_t first[4]; /* bit (hash & 255) of every title's first word */
} nm_titles;

/* Can a title start with the word of hash h? (false: it cannot) */
static inline int nm_title_may_start(const nm_titles *tt, uint64_t h) {
  return (int)(tt->first[(h >> 6) & 3] >> (h & 63) & 1);
}

/* Whether word s (n bytes) is "ex-" glued to a capitalised word
 * ("ex-President"): the title after the prefix is a former holder's. */
static inline int nm_title_ex_prefix(const char *s, size_t n) {
  return n > 4 && (s[0] | 0x20) == 'e' && (s[1] | 0x20) == 'x' && s[2] == '-' && s[3] >= 'A' &&
         s[3] <= 'Z';
}

/* Fills the table from the built-in list. */
void nm_titles_init(nm_titles *tt);

/* Words for bodies no state holds ("association", "company"), lower case,
 * NULL-terminated: a title "of" one is that body's ("president of a state
 * soybean association"), no state office. */
extern const char *const nm_private_bodies[];

/* Words for a holder's standing before a title ("caretaker prime
 * minister", "interim president"), lower case, NULL-terminated. */
extern const char *const nm_title_standing[];

/* Titles of a head of state or government, lower case, NULL-terminated. */
extern const char *const nm_state_head_titles[];
/* The table of the built-in list, built once per process (thread-safe). */
const nm_titles *nm_titles_builtin(void);
/* Length of the longest title whose tokens are h[end - len .. end), with
 * end - len >= lo; 0 when none. *head receives its head word's hash. */
size_t nm_title_ending_at(const nm_titles *tt, const uint64_t *h, size_t lo, size_t end,
                          uint64_t *head);
/* Length of the longest title at h[start .. start + len), start + len <=
 * hi; 0 when none. */
size_t nm_title_starting_at(const nm_titles *tt, const uint64_t *h, size_t start, size_t hi,
                            uint64_t *head);

#endif
