/* test_word_align.c - nm_cli_score_words (cli/word_align.c) on hand-made
 * word arrays. cli/ is not in the library, so this test is built together
 * with cli/word_align.c, which needs nothing but libc. */
#include "cli.h"
#include "test.h"

#include <stdlib.h>

/* A word over [s, e) with head h (0 = root) and relation r; the tags are
 * fixed so that only what a test changes differs. */
static nm_cli_word W(uint32_t s, uint32_t e, size_t h, const char *r) {
  nm_cli_word w = {s, e, h, "NOUN", "NN", "x", r};
  return w;
}

static nm_cli_word_counts score(const nm_cli_word *g, size_t ng,
                                const nm_cli_word *s, size_t ns) {
  nm_cli_word_counts c = {0};
  NM_CHECK(nm_cli_score_words(g, ng, s, ns, &c));
  return c;
}

NM_TEST(identical_words_agree_everywhere) {
  /* "Rain closed ports": closed is the root */
  nm_cli_word g[] = {W(0, 4, 2, "nsubj"), W(5, 11, 0, "root"),
                     W(12, 17, 2, "obj")};
  nm_cli_word_counts c = score(g, 3, g, 3);
  NM_CHECK_EQ_INT(c.gold, 3);
  NM_CHECK_EQ_INT(c.sys, 3);
  NM_CHECK_EQ_INT(c.aligned, 3);
  NM_CHECK_EQ_INT(c.upos, 3);
  NM_CHECK_EQ_INT(c.xpos, 3);
  NM_CHECK_EQ_INT(c.lemma, 3);
  NM_CHECK_EQ_INT(c.uas, 3);
  NM_CHECK_EQ_INT(c.las, 3);
}

NM_TEST(words_align_only_on_identical_spans) {
  /* gold "abc d", system "a bc d" */
  nm_cli_word g[] = {W(0, 3, 0, "root"), W(4, 5, 1, "dep")};
  nm_cli_word s[] = {W(0, 1, 0, "root"), W(1, 3, 1, "dep"), W(4, 5, 1, "dep")};
  nm_cli_word_counts c = score(g, 2, s, 3);
  NM_CHECK_EQ_INT(c.aligned, 1);
  /* d's heads, abc and a, do not align with each other */
  NM_CHECK_EQ_INT(c.uas, 0);
}

NM_TEST(subtypes_are_ignored_and_null_relations_never_match) {
  nm_cli_word g[] = {W(0, 2, 2, "nsubj:pass"), W(3, 9, 0, "root"),
                     W(10, 12, 2, "obl")};
  nm_cli_word s[] = {W(0, 2, 2, "nsubj"), W(3, 9, 0, "root"),
                     W(10, 12, 2, NULL)};
  nm_cli_word_counts c = score(g, 3, s, 3);
  NM_CHECK_EQ_INT(c.uas, 3);
  NM_CHECK_EQ_INT(c.las, 2);
  nm_cli_word g2[] = {W(0, 2, 0, "nsubj")};
  nm_cli_word s2[] = {W(0, 2, 0, "nsubjpass")}; /* not a subtype: differs */
  NM_CHECK_EQ_INT(score(g2, 1, s2, 1).las, 0);
}

NM_TEST(heads_must_align_and_roots_match_roots) {
  nm_cli_word g[] = {W(0, 1, 2, "a"), W(2, 3, 0, "root"), W(4, 5, 2, "b"),
                     W(6, 7, 0, "root")};
  nm_cli_word s[] = {W(0, 1, 3, "a"), W(2, 3, 0, "root"), W(4, 5, 0, "b"),
                     W(6, 7, NM_CLI_NO_HEAD, "root")};
  nm_cli_word_counts c = score(g, 4, s, 4);
  NM_CHECK_EQ_INT(c.aligned, 4);
  NM_CHECK_EQ_INT(c.uas, 1); /* only the first root */
}

NM_TEST(out_of_range_heads_match_nothing) {
  nm_cli_word g[] = {W(0, 1, 9, "a"), W(2, 3, 0, "root")};
  nm_cli_word s[] = {W(0, 1, 9, "a"), W(2, 3, 0, "root")};
  NM_CHECK_EQ_INT(score(g, 2, s, 2).uas, 1);
}

NM_TEST(words_sharing_a_span_align_as_a_group_of_the_same_size) {
  /* a multiword token whose two words do not spell it: both get its span */
  nm_cli_word g[] = {W(0, 5, 2, "aux"), W(0, 5, 0, "root"), W(6, 9, 2, "obj")};
  nm_cli_word two[] = {W(0, 5, 2, "aux"), W(0, 5, 0, "root"),
                       W(6, 9, 2, "obj")};
  nm_cli_word one[] = {W(0, 5, 0, "root"), W(6, 9, 1, "obj")};
  nm_cli_word_counts c = score(g, 3, two, 3);
  NM_CHECK_EQ_INT(c.aligned, 3);
  NM_CHECK_EQ_INT(c.las, 3);
  c = score(g, 3, one, 2);
  NM_CHECK_EQ_INT(c.aligned, 1);
  NM_CHECK_EQ_INT(c.uas, 0); /* obj's gold head is unaligned */
}

NM_TEST(tags_and_lemmas) {
  nm_cli_word g[] = {W(0, 1, 0, "root"), W(2, 3, 1, "dep"), W(4, 5, 1, "dep")};
  nm_cli_word s[] = {W(0, 1, 0, "root"), W(2, 3, 1, "dep"), W(4, 5, 1, "dep")};
  g[0].lemma = "_"; /* not annotated: any lemma counts */
  s[0].lemma = "y";
  s[1].upos = "VERB";
  s[1].lemma = NULL;
  s[2].xpos = NULL;
  nm_cli_word_counts c = score(g, 3, s, 3);
  NM_CHECK_EQ_INT(c.upos, 2);
  NM_CHECK_EQ_INT(c.xpos, 2);
  NM_CHECK_EQ_INT(c.lemma, 2);
}

NM_TEST(counts_add_up_and_empty_sides_are_fine) {
  nm_cli_word g[] = {W(0, 1, 0, "root")};
  nm_cli_word_counts c = {0};
  NM_CHECK(nm_cli_score_words(g, 1, g, 1, &c));
  NM_CHECK(nm_cli_score_words(g, 1, NULL, 0, &c));
  NM_CHECK(nm_cli_score_words(NULL, 0, g, 1, &c));
  NM_CHECK(nm_cli_score_words(NULL, 0, NULL, 0, &c));
  NM_CHECK_EQ_INT(c.gold, 2);
  NM_CHECK_EQ_INT(c.sys, 2);
  NM_CHECK_EQ_INT(c.aligned, 1);
}

NM_TEST(disordered_spans_do_not_crash) {
  nm_cli_word g[] = {W(9, 10, 3, "a"), W(0, 4, 0, "root"), W(2, 1, 7, "b"),
                     W(9, 10, 2, "c")};
  nm_cli_word s[] = {W(0, 4, 1, "a"), W(9, 10, 0, "root"), W(2, 1, 2, "b")};
  nm_cli_word_counts c = score(g, 4, s, 3);
  NM_CHECK(c.aligned <= 3);
}

NM_TEST(big_groups_stay_linear) {
  /* 200k gold words over one span against 200k system words before it:
   * each group end must be found once */
  size_t n = 200000;
  nm_cli_word *g = malloc((n + 1) * sizeof *g), *s = malloc(n * sizeof *s);
  NM_CHECK(g && s);
  if (!g || !s) {
    free(g);
    free(s);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    g[i] = W(1000000, 1000001, 0, "root");
    s[i] = W((uint32_t)i, (uint32_t)i + 1, 0, "root");
  }
  nm_cli_word_counts c = score(g, n, s, n);
  NM_CHECK_EQ_INT(c.aligned, 0);
  free(g);
  free(s);
}

int main(void) {
  NM_RUN(identical_words_agree_everywhere);
  NM_RUN(words_align_only_on_identical_spans);
  NM_RUN(subtypes_are_ignored_and_null_relations_never_match);
  NM_RUN(heads_must_align_and_roots_match_roots);
  NM_RUN(out_of_range_heads_match_nothing);
  NM_RUN(words_sharing_a_span_align_as_a_group_of_the_same_size);
  NM_RUN(tags_and_lemmas);
  NM_RUN(counts_add_up_and_empty_sides_are_fine);
  NM_RUN(disordered_spans_do_not_crash);
  NM_RUN(big_groups_stay_linear);
  NM_TEST_MAIN_END();
}
