/* test_gazetteer.c - the gazetteer: hashing, building (merging, prefixes,
 * determinism), matching (longest match, prefix stop, case, acronyms,
 * multi-token names), damaged files, and the shipped dict/gazetteer.nmm.
 *
 * NM_GZ_WRITE_SEED=PATH makes the program also write the fixture's
 * compiled file to PATH: that is how fuzz/corpus/fuzz_gazetteer/tiny.nmm
 * is made, and the test checks that the seed still equals it. */
#include "gazetteer.h"
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char path_a[64], path_b[64];
static const char *const seed_path = "fuzz/corpus/fuzz_gazetteer/tiny.nmm";
static const char *const shipped_path = "dict/gazetteer.nmm";

/* A name from its tokens, separated by single spaces. */
static nm_gz_name name(const char *tokens, uint32_t flags, const char *iso3, uint64_t rank) {
  nm_gz_name nm;
  memset(&nm, 0, sizeof nm);
  for (const char *p = tokens; *p && nm.n < NM_GZ_MAX_TOKENS + 1;) {
    size_t l = strcspn(p, " ");
    if (nm.n < NM_GZ_MAX_TOKENS) nm.h[nm.n] = nm_gz_token_hash(p, l);
    nm.n++;
    p += l;
    if (*p == ' ') p++;
  }
  nm.flags = flags;
  snprintf(nm.iso3, sizeof nm.iso3, "%s", iso3);
  nm.rank = rank;
  return nm;
}

enum { N_FIXTURE = 17 };

/* The fixture: a few names the team chose to cover each rule. */
static void fixture(nm_gz_name *v) {
  size_t k = 0;
  v[k++] = name("New York", NM_GZ_CITY | NM_GZ_BIGCITY, "USA", 5);
  v[k++] = name("New York City", NM_GZ_CITY | NM_GZ_BIGCITY, "USA", 5);
  v[k++] = name("York", NM_GZ_CITY, "GBR", 3);
  v[k++] = name("New Zealand", NM_GZ_COUNTRY, "NZL", 7);
  v[k++] = name("U.S.", NM_GZ_COUNTRY | NM_GZ_ACRONYM, "USA", 7);
  v[k++] = name("US", NM_GZ_COUNTRY | NM_GZ_ACRONYM, "USA", 7);
  v[k++] = name("United States", NM_GZ_COUNTRY, "USA", 7);
  v[k++] = name("Georgia", NM_GZ_ADMIN1, "USA", 4);
  v[k++] = name("Georgia", NM_GZ_COUNTRY, "GEO", 7);
  v[k++] = name("Israelis", NM_GZ_DEMONYM, "ISR", 6);
  v[k++] = name("Gaza Strip", NM_GZ_REGION, "PSE", 6);
  v[k++] = name("Gaza", NM_GZ_CITY, "PSE", 3);
  v[k++] = name("Gaza", NM_GZ_REGION, "PSE", 6);
  v[k++] = name("Middle East", NM_GZ_REGION, "", 6);
  v[k++] = name("a b c d e f g h", NM_GZ_ORG, "", 2);
  v[k++] = name("Liberation Army", NM_GZ_ORG, "COL", 2);
  v[k++] = name("Liberation Army", NM_GZ_ORG, "BOL", 2);
}

static nm_gazetteer *open_fixture(void) {
  nm_error e = {NM_OK, NULL, 0};
  nm_gazetteer *g = nm_gazetteer_open(path_a, &e);
  if (!g) fprintf(stderr, "open %s: %s\n", path_a, e.msg ? e.msg : "?");
  return g;
}

/* Matches text split at spaces; returns the number of matches. */
static size_t match(const nm_gazetteer *g, const char *text, nm_gz_match *out, size_t cap) {
  const char *w[32];
  size_t l[32], n = 0;
  for (const char *p = text; *p && n < 32;) {
    w[n] = p;
    l[n] = strcspn(p, " ");
    p += l[n++];
    if (*p == ' ') p++;
  }
  return nm_gazetteer_match(g, w, l, n, out, cap);
}

NM_TEST(hashing) {
  NM_CHECK(nm_gz_token_hash("France", 6) == nm_gz_token_hash("FRANCE", 6));
  NM_CHECK(nm_gz_token_hash("France", 6) == nm_gz_token_hash("france", 6));
  NM_CHECK(nm_gz_token_hash("France", 6) != nm_gz_token_hash("Franc", 5));
  /* only ASCII letters are folded */
  NM_CHECK(nm_gz_token_hash("\xC3\x89", 2) != nm_gz_token_hash("\xC3\xA9", 2));
  NM_CHECK(nm_gz_token_hash("", 0) != nm_gz_token_hash(" ", 1));
  uint64_t ab[2] = {nm_gz_token_hash("a", 1), nm_gz_token_hash("b", 1)};
  uint64_t ba[2] = {ab[1], ab[0]};
  NM_CHECK(nm_gz_key(ab, 2) != nm_gz_key(ba, 2));
  NM_CHECK(nm_gz_key(ab, 1) != nm_gz_key(ab, 2));
  NM_CHECK(nm_gz_key(ab, 0) != 0);
}

NM_TEST(build_and_reorder) {
  nm_gz_name v[N_FIXTURE], r[N_FIXTURE];
  fixture(v);
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_gazetteer_write(path_a, v, N_FIXTURE, &e), NM_OK);
  /* the same names in reverse order give the same bytes */
  for (size_t i = 0; i < N_FIXTURE; i++)
    r[i] = v[N_FIXTURE - 1 - i];
  NM_CHECK_EQ_INT(nm_gazetteer_write(path_b, r, N_FIXTURE, &e), NM_OK);
  size_t la, lb;
  unsigned char *a = nm_test_slurp(path_a, &la), *b = nm_test_slurp(path_b, &lb);
  NM_CHECK(a && b && la == lb && memcmp(a, b, la) == 0);
  /* the fuzz seed is this file (see the top of this file) */
  const char *seed = getenv("NM_GZ_WRITE_SEED");
  if (seed && *seed) NM_CHECK_EQ_INT(nm_gazetteer_write(seed, v, N_FIXTURE, &e), NM_OK);
  size_t ls;
  unsigned char *s = nm_test_slurp(seed_path, &ls);
  if (s) NM_CHECK(a && ls == la && memcmp(s, a, la) == 0);
  free(s);
  free(a);
  free(b);
}

NM_TEST(longest_match_and_prefixes) {
  nm_gazetteer *g = open_fixture();
  NM_CHECK(g != NULL);
  if (!g) return;
  nm_gz_match m[8];
  NM_CHECK_EQ_INT(match(g, "in New York City today", m, 8), 1);
  NM_CHECK(m[0].start == 1 && m[0].end == 4);
  NM_CHECK_EQ_INT(m[0].e.flags, NM_GZ_CITY | NM_GZ_BIGCITY);
  NM_CHECK_EQ_STR(m[0].e.iso3, "USA");
  /* a longer name that is not stored: the longest stored one wins */
  NM_CHECK_EQ_INT(match(g, "New York Times", m, 8), 1);
  NM_CHECK(m[0].start == 0 && m[0].end == 2);
  NM_CHECK(m[0].e.flags & NM_GZ_PREFIX);
  /* "New" is only a prefix: no match, and the next word starts afresh */
  NM_CHECK_EQ_INT(match(g, "New Delhi", m, 8), 0);
  NM_CHECK_EQ_INT(match(g, "New New Zealand", m, 8), 1);
  NM_CHECK(m[0].start == 1 && m[0].end == 3 && strcmp(m[0].e.iso3, "NZL") == 0);
  /* matches do not overlap and resume after their end */
  NM_CHECK_EQ_INT(match(g, "York New York York", m, 8), 3);
  NM_CHECK(m[1].start == 1 && m[1].end == 3 && m[2].start == 3 && m[2].end == 4);
  NM_CHECK_EQ_STR(m[2].e.iso3, "GBR");
  /* the longest name allowed, and one token more */
  NM_CHECK_EQ_INT(match(g, "a b c d e f g h i", m, 8), 1);
  NM_CHECK(m[0].start == 0 && m[0].end == 8 && m[0].e.flags == NM_GZ_ORG);
  /* cap bounds the output and the count */
  NM_CHECK_EQ_INT(match(g, "York York York", m, 2), 2);
  NM_CHECK_EQ_INT(match(g, "York York York", NULL, 0), 0);
  NM_CHECK_EQ_INT(match(g, "", m, 8), 0);
  NM_CHECK_EQ_INT(nm_gazetteer_match(g, NULL, NULL, 0, m, 8), 0);
  nm_gazetteer_free(g);
}

NM_TEST(case_and_acronyms) {
  nm_gazetteer *g = open_fixture();
  if (!g) return;
  nm_gz_match m[8];
  NM_CHECK_EQ_INT(match(g, "NEW YORK", m, 8), 1);
  NM_CHECK_EQ_INT(match(g, "new york", m, 8), 1);
  NM_CHECK_EQ_INT(match(g, "ISRAELIS", m, 8), 1);
  NM_CHECK_EQ_INT(m[0].e.flags, NM_GZ_DEMONYM);
  /* "U.S." is one token; an acronym does not match in lower case */
  NM_CHECK_EQ_INT(match(g, "the U.S. and US and us and u.s.", m, 8), 2);
  NM_CHECK(m[0].start == 1 && m[0].end == 2 && m[1].start == 3 && m[1].end == 4);
  NM_CHECK_EQ_INT(m[0].e.flags, NM_GZ_COUNTRY | NM_GZ_ACRONYM);
  NM_CHECK_EQ_STR(m[1].e.iso3, "USA");
  NM_CHECK_EQ_INT(match(g, "United States", m, 8), 1);
  NM_CHECK_EQ_INT(m[0].e.flags, NM_GZ_COUNTRY);
  nm_gazetteer_free(g);
}

NM_TEST(merging_and_get) {
  nm_gazetteer *g = open_fixture();
  if (!g) return;
  nm_gz_match m[4];
  /* one key, several sources: flags or'ed, the highest rank's country */
  NM_CHECK_EQ_INT(match(g, "Georgia", m, 4), 1);
  NM_CHECK_EQ_INT(m[0].e.flags, NM_GZ_COUNTRY | NM_GZ_ADMIN1);
  NM_CHECK_EQ_STR(m[0].e.iso3, "GEO");
  NM_CHECK_EQ_INT(match(g, "Gaza", m, 4), 1);
  NM_CHECK_EQ_INT(m[0].e.flags, NM_GZ_CITY | NM_GZ_REGION | NM_GZ_PREFIX);
  NM_CHECK_EQ_INT(match(g, "the Gaza Strip", m, 4), 1);
  NM_CHECK(m[0].start == 1 && m[0].end == 3 && m[0].e.flags == NM_GZ_REGION);
  NM_CHECK_EQ_INT(match(g, "Middle East", m, 4), 1);
  NM_CHECK_EQ_STR(m[0].e.iso3, "");
  /* two names of one rank with two countries: none */
  NM_CHECK_EQ_INT(match(g, "Liberation Army", m, 4), 1);
  NM_CHECK_EQ_STR(m[0].e.iso3, "");
  uint64_t h[NM_GZ_MAX_TOKENS + 1];
  nm_gz_entry e;
  h[0] = nm_gz_token_hash("new", 3);
  NM_CHECK_EQ_INT(nm_gazetteer_get(g, h, 1, &e), 1);
  NM_CHECK_EQ_INT(e.flags, NM_GZ_PREFIX);
  h[1] = nm_gz_token_hash("york", 4);
  NM_CHECK_EQ_INT(nm_gazetteer_get(g, h, 2, &e), 1);
  NM_CHECK_EQ_STR(e.iso3, "USA");
  h[0] = nm_gz_token_hash("delhi", 5);
  NM_CHECK_EQ_INT(nm_gazetteer_get(g, h, 1, &e), 0);
  NM_CHECK_EQ_INT(nm_gazetteer_get(g, h, 0, &e), 0);
  NM_CHECK_EQ_INT(nm_gazetteer_get(g, h, NM_GZ_MAX_TOKENS + 1, &e), 0);
  /* U.S., US, United States, New Zealand, Georgia */
  NM_CHECK_EQ_INT(nm_gazetteer_count(g, NM_GZ_COUNTRY), 5);
  NM_CHECK_EQ_INT(nm_gazetteer_count(g, NM_GZ_ACRONYM), 2);
  NM_CHECK(nm_gazetteer_count(g, 0) > nm_gazetteer_count(g, NM_GZ_PREFIX));
  nm_gazetteer_free(g);
}

NM_TEST(bad_names_are_refused) {
  nm_gz_name bad[7];
  bad[0] = name("a", NM_GZ_CITY, "", 1);
  bad[0].n = 0;
  bad[1] = name("a b c d e f g h i", NM_GZ_CITY, "", 1);
  bad[2] = name("a", NM_GZ_PREFIX, "", 1);
  bad[3] = name("a", 0, "", 1);
  bad[4] = name("a", NM_GZ_CITY, "usa", 1);
  bad[5] = name("a", NM_GZ_ACRONYM | NM_GZ_BIGCITY, "", 1);
  bad[6] = name("a", 1u << 20, "", 1);
  for (size_t i = 0; i < 7; i++) {
    uint32_t ids[2];
    nm_bytes sec[2];
    nm_error e = {NM_OK, NULL, 0};
    NM_CHECK_EQ_INT(nm_gazetteer_build(&bad[i], 1, ids, sec, &e), NM_ERR_INVALID);
    NM_CHECK(e.msg != NULL);
  }
  /* no names at all is a valid, empty gazetteer */
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_gazetteer_write(path_b, NULL, 0, &e), NM_OK);
  nm_gazetteer *g = nm_gazetteer_open(path_b, &e);
  NM_CHECK(g != NULL);
  nm_gz_match m[2];
  if (g) NM_CHECK_EQ_INT(match(g, "New York", m, 2), 0);
  nm_gazetteer_free(g);
}

/* Matching on a gazetteer that loaded from damaged bytes must stay sane. */
static void use_anyway(const nm_gazetteer *g) {
  nm_gz_match m[16];
  size_t k = match(g, "in New York City the U.S. and Gaza Strip a b c d e f g h", m, 16);
  NM_CHECK(k <= 16);
  for (size_t i = 0; i < k; i++)
    NM_CHECK(m[i].start < m[i].end && m[i].end - m[i].start <= NM_GZ_MAX_TOKENS &&
             (i == 0 || m[i - 1].end <= m[i].start) && strlen(m[i].e.iso3) <= 3);
}

/* The byte offset of a section of a compiled gazetteer in buf. */
static size_t section_at(const unsigned char *buf, size_t len, uint32_t id) {
  nm_model mo;
  nm_error e = {NM_OK, NULL, 0};
  if (nm_model_open_mem(buf, len, NM_GAZETTEER_KIND, &mo, &e) != NM_OK) return 0;
  const unsigned char *p = nm_model_section(&mo, id, NULL);
  return p ? (size_t)(p - buf) : 0;
}

/* Opens a damaged copy; expects a failure whose message has want. */
static void expect_rejected(const unsigned char *c, size_t len, const char *want) {
  nm_error e = {NM_OK, NULL, 0};
  nm_gazetteer *g = nm_gazetteer_open_mem(c, len, &e);
  NM_CHECK(g == NULL);
  NM_CHECK(e.code == NM_ERR_FORMAT && e.msg && strstr(e.msg, want));
  if (e.msg && !strstr(e.msg, want)) fprintf(stderr, "  got \"%s\", wanted \"%s\"\n", e.msg, want);
  nm_gazetteer_free(g);
}

NM_TEST(damaged_files_are_rejected) {
  size_t len;
  unsigned char *m = nm_test_slurp(path_a, &len);
  NM_CHECK(m != NULL);
  if (!m) return;
  unsigned char *c = malloc(len);
  NM_CHECK(c != NULL);
  if (!c) {
    free(m);
    return;
  }
  /* every truncation fails with a message (the table ends the file) */
  for (size_t cut = 0; cut < len; cut++) {
    nm_error e = {NM_OK, NULL, 0};
    nm_gazetteer *g = nm_gazetteer_open_mem(m, cut, &e);
    NM_CHECK(g == NULL && e.code == NM_ERR_FORMAT && e.msg != NULL);
    nm_gazetteer_free(g);
  }
  /* flipped bits and bytes: rejected with a message, or still safe */
  static const unsigned char masks[] = {0x01, 0x10, 0x80, 0xFF};
  for (size_t i = 0; i < len; i++)
    for (size_t k = 0; k < sizeof masks; k++) {
      memcpy(c, m, len);
      c[i] ^= masks[k];
      nm_error e = {NM_OK, NULL, 0};
      nm_gazetteer *g = nm_gazetteer_open_mem(c, len, &e);
      if (g)
        use_anyway(g);
      else
        NM_CHECK(e.code == NM_ERR_FORMAT && e.msg != NULL);
      nm_gazetteer_free(g);
    }
  /* each check, by name */
  size_t inf = section_at(m, len, NM_FOURCC('G', 'I', 'N', 'F'));
  size_t tab = section_at(m, len, NM_FOURCC('G', 'T', 'A', 'B'));
  NM_CHECK(inf && tab);
  uint32_t slots = nm_rd32(m + inf + 8);
  memcpy(c, m, len);
  c[inf] = 2;
  expect_rejected(c, len, "version");
  memcpy(c, m, len);
  c[inf + 12]++;
  expect_rejected(c, len, "entry count");
  memcpy(c, m, len);
  c[inf + 8]++;
  expect_rejected(c, len, "table size");
  memcpy(c, m, len);
  c[inf + 20] = 1;
  expect_rejected(c, len, "bad counts");
  /* find a filled slot and an empty one */
  size_t full = 0, empty = 0;
  for (size_t s = 0; s < slots; s++) {
    uint64_t key = nm_rd64(m + tab + 16 * s);
    if (key && !full) full = tab + 16 * s;
    if (!key && !empty) empty = tab + 16 * s;
  }
  NM_CHECK(full && empty);
  if (full && empty) {
    memcpy(c, m, len);
    c[full + 10] |= 0x10; /* flag bit 20 */
    expect_rejected(c, len, "unknown flags");
    memcpy(c, m, len);
    memset(c + full + 8, 0, 4);
    expect_rejected(c, len, "no name flag");
    memcpy(c, m, len);
    c[full + 12] = 'u';
    expect_rejected(c, len, "country code");
    memcpy(c, m, len);
    c[full + 15] = 1;
    expect_rejected(c, len, "country code");
    memcpy(c, m, len);
    c[empty + 9] = 1;
    expect_rejected(c, len, "empty slot");
    /* an entry moved to another slot is out of its probe sequence or
     * repeats a key; the count no longer matches if it is added */
    memcpy(c, m, len);
    memcpy(c + empty, c + full, 16);
    c[inf + 12]++;
    nm_error e = {NM_OK, NULL, 0};
    nm_gazetteer *g = nm_gazetteer_open_mem(c, len, &e);
    NM_CHECK(g == NULL && e.msg &&
             (strstr(e.msg, "probe sequence") || strstr(e.msg, "stored twice")));
    nm_gazetteer_free(g);
  }
  free(c);
  free(m);
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK(nm_gazetteer_open("/nonexistent/gazetteer.nmm", &e) == NULL);
  NM_CHECK_EQ_INT(e.code, NM_ERR_IO);
  /* another kind of model file */
  static const unsigned char other[24] = {'N', 'E', 'W', 'S', 'M', 'I', 'L', 'L',
                                          1,   0,   0,   0,   'T', 'A', 'G', 'R'};
  NM_CHECK(nm_gazetteer_open_mem(other, sizeof other, &e) == NULL && e.code == NM_ERR_FORMAT);
}

/* Tokens of text as the pipeline splits it: words into w/l, returns the
 * number (at most cap). The document stays alive in *doc. */
static size_t pipeline_words(nm_pipeline *p, const char *text, nm_doc **doc, const char **w,
                             size_t *l, size_t cap) {
  nm_error e = {NM_OK, NULL, 0};
  *doc = nm_doc_new(text, strlen(text), &e);
  if (!*doc || nm_process(p, *doc, &e) != NM_OK) return 0;
  size_t nt;
  const nm_token *t = nm_doc_tokens(*doc, &nt);
  for (size_t i = 0; i < nt && i < cap; i++) {
    w[i] = t[i].form ? t[i].form : text + t[i].start;
    l[i] = t[i].form ? strlen(t[i].form) : t[i].end - t[i].start;
  }
  return nt < cap ? nt : cap;
}

/* Checks that the shipped file has text as one name with flag and iso3. */
static void expect_name(const nm_gazetteer *g, nm_pipeline *p, const char *text, uint32_t flag,
                        const char *iso3) {
  const char *w[16];
  size_t l[16];
  nm_doc *d = NULL;
  size_t n = pipeline_words(p, text, &d, w, l, 16);
  nm_gz_match m[16];
  size_t k = nm_gazetteer_match(g, w, l, n, m, 16);
  int ok = k == 1 && m[0].start == 0 && m[0].end == n && (m[0].e.flags & flag) &&
           strcmp(m[0].e.iso3, iso3) == 0;
  if (!ok) fprintf(stderr, "  shipped gazetteer: \"%s\" is not as expected\n", text);
  NM_CHECK(ok);
  nm_doc_free(d);
}

NM_TEST(shipped_gazetteer) {
  if (access(shipped_path, R_OK) != 0) {
    printf("%s: not found; skipping its checks\n", shipped_path);
    return;
  }
  nm_error e = {NM_OK, NULL, 0};
  nm_gazetteer *g = nm_gazetteer_open(shipped_path, &e);
  nm_pipeline *p = nm_pipeline_new(NULL, &e);
  NM_CHECK(g != NULL && p != NULL);
  if (g && p) {
    expect_name(g, p, "France", NM_GZ_COUNTRY, "FRA");
    expect_name(g, p, "Israelis", NM_GZ_DEMONYM, "ISR");
    expect_name(g, p, "New York", NM_GZ_CITY, "USA");
    expect_name(g, p, "Gaza Strip", NM_GZ_REGION, "PSE");
    expect_name(g, p, "U.S.", NM_GZ_COUNTRY, "USA");
    expect_name(g, p, "US", NM_GZ_COUNTRY, "USA");
    expect_name(g, p, "UK", NM_GZ_COUNTRY, "GBR");
    expect_name(g, p, "Britain", NM_GZ_COUNTRY, "GBR");
    expect_name(g, p, "United States", NM_GZ_COUNTRY, "USA");
    expect_name(g, p, "Americans", NM_GZ_DEMONYM, "USA");
    expect_name(g, p, "Paris", NM_GZ_BIGCITY, "FRA");
    expect_name(g, p, "Texas", NM_GZ_ADMIN1, "USA");
    /* the team's actors (make dicts: --also-actors dict/src/team.actors.txt) */
    expect_name(g, p, "African Union", NM_GZ_ORG, "");
    expect_name(g, p, "Peace and Security Council", NM_GZ_ORG, "");
    /* in a sentence: the segmenter's tokens meet the compiler's */
    const char *w[32];
    size_t l[32];
    nm_doc *d = NULL;
    size_t n =
        pipeline_words(p, "Israelis told us the U.S. left al-Qaeda's Gaza Strip.", &d, w, l, 32);
    nm_gz_match m[32];
    size_t k = nm_gazetteer_match(g, w, l, n, m, 32);
    uint32_t seen = 0;
    for (size_t i = 0; i < k; i++)
      seen |= m[i].e.flags;
    NM_CHECK((seen & (NM_GZ_DEMONYM | NM_GZ_COUNTRY | NM_GZ_REGION | NM_GZ_ORG)) ==
             (NM_GZ_DEMONYM | NM_GZ_COUNTRY | NM_GZ_REGION | NM_GZ_ORG));
    for (size_t i = 0; i < k; i++) /* "us" is not the US */
      NM_CHECK(!(m[i].end - m[i].start == 1 && l[m[i].start] == 2 && w[m[i].start][0] == 'u'));
    nm_doc_free(d);
    NM_CHECK(nm_gazetteer_count(g, NM_GZ_CITY) > 10000);
  }
  nm_pipeline_free(p);
  nm_gazetteer_free(g);
}

int main(void) {
  snprintf(path_a, sizeof path_a, "/tmp/nm-test-gazetteer-%d-a.nmm", (int)getpid());
  snprintf(path_b, sizeof path_b, "/tmp/nm-test-gazetteer-%d-b.nmm", (int)getpid());
  NM_RUN(hashing);
  NM_RUN(build_and_reorder);
  NM_RUN(longest_match_and_prefixes);
  NM_RUN(case_and_acronyms);
  NM_RUN(merging_and_get);
  NM_RUN(bad_names_are_refused);
  NM_RUN(damaged_files_are_rejected);
  NM_RUN(shipped_gazetteer);
  remove(path_a);
  remove(path_b);
  NM_TEST_MAIN_END();
}
