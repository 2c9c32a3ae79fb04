/* fuzz_gazetteer.c - the gazetteer loader: any bytes must be rejected with
 * a message, or give a gazetteer whose lookups stay inside the file and
 * end: matches in order, apart, at most NM_GZ_MAX_TOKENS words long, with
 * a kind of name and a well-formed country, and found again by
 * nm_gazetteer_get(). */
#include "fuzz_check.h"
#include "gazetteer.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum { MAXW = 24 };

static void check_entry(const nm_gz_entry *e) {
  FUZZ_CHECK(e->flags & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_DEMONYM |
                         NM_GZ_PERSON | NM_GZ_ORG));
  size_t l = strlen(e->iso3);
  FUZZ_CHECK(l == 0 || l == 3);
  for (size_t i = 0; i < l; i++)
    FUZZ_CHECK(e->iso3[i] >= 'A' && e->iso3[i] <= 'Z');
}

/* Matches words[0..n) with room for cap matches and checks the result;
 * slots past what was written must stay untouched. */
static void match_and_check(const nm_gazetteer *g, const char *const *w, const size_t *l, size_t n,
                            size_t cap) {
  nm_gz_match m[MAXW + 1];
  memset(m, 0xEE, sizeof m);
  size_t k = nm_gazetteer_match(g, w, l, n, m, cap);
  FUZZ_CHECK(k <= cap && k <= n);
  FUZZ_CHECK(m[k].start == 0xEEEEEEEEu);
  for (size_t i = 0; i < k; i++) {
    FUZZ_CHECK(m[i].start < m[i].end && m[i].end <= n);
    FUZZ_CHECK(m[i].end - m[i].start <= NM_GZ_MAX_TOKENS);
    if (i) FUZZ_CHECK(m[i - 1].end <= m[i].start);
    check_entry(&m[i].e);
    uint64_t h[NM_GZ_MAX_TOKENS];
    for (uint32_t t = m[i].start; t < m[i].end; t++)
      h[t - m[i].start] = nm_gz_token_hash(w[t], l[t]);
    nm_gz_entry e;
    FUZZ_CHECK(nm_gazetteer_get(g, h, m[i].end - m[i].start, &e) == 1);
    FUZZ_CHECK(e.flags == m[i].e.flags && strcmp(e.iso3, m[i].e.iso3) == 0);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nm_error err = {NM_OK, NULL, 0};
  nm_gazetteer *g = nm_gazetteer_open_mem(data, size, &err);
  if (!g) {
    FUZZ_CHECK(err.code != NM_OK && err.msg != NULL);
    return 0;
  }
  static const char *const words[] = {"New",      "York",     "City", "U.S.", "us",    "US",
                                      "Gaza",     "Strip",    "",     "the",  "a",     "b",
                                      "c",        "d",        "e",    "f",    "g",     "h",
                                      "ISRAELIS", "\xC3\xA9", "al",   "-",    "Qaeda", "'s"};
  enum { NW = sizeof words / sizeof words[0] };
  const char *w[MAXW];
  size_t l[MAXW], lw[NW];
  for (size_t i = 0; i < NW; i++)
    lw[i] = strlen(words[i]);
  for (size_t i = 0; i < MAXW; i++) {
    size_t k = (i * 7 + 3) % NW;
    w[i] = words[k];
    l[i] = lw[k];
  }
  match_and_check(g, words, lw, NW < MAXW ? NW : MAXW, MAXW); /* names in order */
  match_and_check(g, w, l, MAXW, MAXW);                       /* mixed words */
  match_and_check(g, w, l, MAXW, 2);                          /* a small cap */
  match_and_check(g, w, l, 0, MAXW);                          /* no words */
  size_t all = nm_gazetteer_count(g, 0);
  FUZZ_CHECK(nm_gazetteer_count(g, NM_GZ_CITY) <= all);
  FUZZ_CHECK(nm_gazetteer_count(g, NM_GZ_PREFIX) <= all);
  nm_gazetteer_free(g);
  return 0;
}
