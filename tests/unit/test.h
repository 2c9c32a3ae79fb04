/* test.h - a minimal unit-test harness. Each test file defines tests with
 * NM_TEST(name) and lists them in main via NM_RUN(name); NM_TEST_MAIN prints
 * "N passed, N failed" and exits nonzero if any failed. */
#ifndef NM_TEST_H
#define NM_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int nm_test_failed_checks;
static int nm_test_passed, nm_test_failed;

#define NM_TEST(name) static void name(void)

/* A whole file in a malloc'd buffer (*len bytes), or NULL. */
static inline unsigned char *nm_test_slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  *len = 0;
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *b = malloc(n > 0 ? (size_t)n : 1);
  *len = b ? fread(b, 1, n > 0 ? (size_t)n : 0, f) : 0;
  fclose(f);
  return b;
}

/* Sets pipeline options o (an nm_pipeline_options) to every shipped model
 * and dictionary, as `newsmill extract` loads them (run from the
 * repository root). */
#define NM_TEST_SHIPPED_OPTIONS(o)                                                                 \
  do {                                                                                             \
    memset(&(o), 0, sizeof(o));                                                                    \
    (o).tagger_model = "models/tagger.nmm";                                                        \
    (o).parser_model = "models/parser.nmm";                                                        \
    (o).ner_model = "models/ner.nmm";                                                              \
    (o).gazetteer = "dict/gazetteer.nmm";                                                          \
    (o).tone_lexicon = "dict/tone.nmm";                                                            \
    (o).geonames = "dict/geonames.nmm";                                                            \
    (o).cameo = "dict/cameo.nmm";                                                                  \
  } while (0)

#define NM_CHECK(cond)                                                                             \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                     \
      nm_test_failed_checks++;                                                                     \
    }                                                                                              \
  } while (0)

#define NM_CHECK_EQ_INT(a, b)                                                                      \
  do {                                                                                             \
    long long nm_a_ = (long long)(a), nm_b_ = (long long)(b);                                      \
    if (nm_a_ != nm_b_) {                                                                          \
      fprintf(stderr, "%s:%d: %s == %lld, expected %s == %lld\n", __FILE__, __LINE__, #a, nm_a_,   \
              #b, nm_b_);                                                                          \
      nm_test_failed_checks++;                                                                     \
    }                                                                                              \
  } while (0)

#define NM_CHECK_EQ_STR(a, b)                                                                      \
  do {                                                                                             \
    const char *nm_a_ = (a), *nm_b_ = (b);                                                         \
    if (!nm_a_ || !nm_b_ || strcmp(nm_a_, nm_b_) != 0) {                                           \
      fprintf(stderr, "%s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__, nm_a_ ? nm_a_ : "(null)",   \
              nm_b_ ? nm_b_ : "(null)");                                                           \
      nm_test_failed_checks++;                                                                     \
    }                                                                                              \
  } while (0)

#define NM_RUN(name)                                                                               \
  do {                                                                                             \
    int nm_before_ = nm_test_failed_checks;                                                        \
    name();                                                                                        \
    if (nm_test_failed_checks == nm_before_) {                                                     \
      nm_test_passed++;                                                                            \
    } else {                                                                                       \
      nm_test_failed++;                                                                            \
      fprintf(stderr, "FAIL %s\n", #name);                                                         \
    }                                                                                              \
  } while (0)

#define NM_TEST_MAIN_END()                                                                         \
  do {                                                                                             \
    printf("%s: %d passed, %d failed\n", __FILE__, nm_test_passed, nm_test_failed);                \
    return nm_test_failed ? 1 : 0;                                                                 \
  } while (0)

#endif
