/* test_tone.c - the tone stage: a lexicon built through the writer's code
 * path from invented entries, VADER's rules on invented sentences
 * (negation, boosters, caps, "but", punctuation, phrases, idioms, the
 * comma's reach), tags and names, GDELT-style counts, the JSON layer,
 * damaged and truncated lexicons, and the shipped dict/tone.nmm.
 *
 * NM_TONE_WRITE_SEED=PATH makes the program also write the fixture
 * lexicon to PATH: that is how fuzz/corpus/fuzz_tone/tiny.nmm is made, and
 * the test checks that the seed still equals it. */
#include "doc.h"
#include "test.h"
#include "tone.h"
#include "tone_build.h"
#include "tone_lex.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char path_a[64], path_b[64];
static const char *const seed_path = "fuzz/corpus/fuzz_tone/tiny.nmm";
static const char *const shipped_path = "dict/tone.nmm";

#define V(t, v)    {t, sizeof(t) - 1, NM_TONE_VALENCE, (v), 0, 0, 0, 0}
#define A(t, a)    {t, sizeof(t) - 1, NM_TONE_AFINN, 0, 0, (a), 0, 0}
#define VA(t, v, a) {t, sizeof(t) - 1, NM_TONE_VALENCE | NM_TONE_AFINN, (v), 0, (a), 0, 0}

/* The fixture: words invented for the tests, with VADER-like valences and
 * AFINN-like scores. Words with both fix the AFINN mapping: sum(v * a) =
 * 5700 + 7500 + 9600 + 3000 + 3800 = 29600, sum(a * a) = 35. */
static const nm_tone_entry fixture[] = {
    VA("good", 1900, 3), VA("bad", -2500, -3), VA("love", 3200, 3), VA("like", 1500, 2),
    VA("hope", 1900, 2), V("great", 3100), V("horrible", -2500), V("well", 1100),
    V("kind", 2400), V("fed up", -1800), V(":)", 2000), V("no", -1200), V("funny", 1900),
    A("attack", -1), A("some kind", 0)};
enum { N_FIXTURE = sizeof fixture / sizeof fixture[0] };
#define AFINN_MAPPED(a) ((double)llround(29600.0 * (a) / 35.0) / 1000.0)

static double norm(double s) { return s / sqrt(s * s + 15.0); }

static nm_pipeline *pipe_a; /* the fixture lexicon, no tagger */
static nm_tone_lexicon *lex_a;

/* A document of text, segmented (and scored when the pipeline has tone). */
static nm_doc *doc(const nm_pipeline *p, const char *text) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, strlen(text), &e);
  NM_CHECK(d != NULL);
  if (d) NM_CHECK_EQ_INT(nm_process(p, d, &e), NM_OK);
  return d;
}

/* The document compound of text under the fixture lexicon. */
static double compound(const char *text) {
  nm_doc *d = doc(pipe_a, text);
  const nm_tone *t = d ? nm_doc_tone(d) : NULL;
  NM_CHECK(t != NULL);
  double c = t ? t->compound : NAN;
  nm_doc_free(d);
  return c;
}

#define CHECK_NEAR(got, want)                                                                      \
  do {                                                                                             \
    double g_ = (got), w_ = (want);                                                                \
    if (!(fabs(g_ - w_) < 1e-9)) {                                                                 \
      fprintf(stderr, "%s:%d: %s = %.6f, expected %.6f\n", __FILE__, __LINE__, #got, g_, w_);     \
      nm_test_failed_checks++;                                                                     \
    }                                                                                              \
  } while (0)

NM_TEST(build_and_reorder) {
  nm_tone_entry r[N_FIXTURE];
  nm_tone_build_stats st;
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_tone_write(path_a, fixture, N_FIXTURE, &st, &e), NM_OK);
  for (size_t i = 0; i < N_FIXTURE; i++)
    r[i] = fixture[N_FIXTURE - 1 - i];
  NM_CHECK_EQ_INT(nm_tone_write(path_b, r, N_FIXTURE, NULL, &e), NM_OK);
  size_t la, lb;
  unsigned char *a = nm_test_slurp(path_a, &la), *b = nm_test_slurp(path_b, &lb);
  NM_CHECK(a && b && la == lb && memcmp(a, b, la) == 0);
  CHECK_NEAR(st.afinn_scale, 29600.0 / 35.0 / 1000.0);
  NM_CHECK_EQ_INT(st.from_afinn, 2); /* attack, some kind */
  NM_CHECK(st.phrases >= 3);          /* fed up, some kind, and the rules' */
  NM_CHECK_EQ_INT(st.skipped_empty + st.skipped_long, 0);
  const char *seed = getenv("NM_TONE_WRITE_SEED");
  if (seed && *seed) NM_CHECK_EQ_INT(nm_tone_write(seed, fixture, N_FIXTURE, NULL, &e), NM_OK);
  size_t ls;
  unsigned char *s = nm_test_slurp(seed_path, &ls);
  if (s) NM_CHECK(a && ls == la && memcmp(s, a, la) == 0);
  free(s);
  free(a);
  free(b);
}

NM_TEST(bad_entries_are_refused) {
  static const nm_tone_entry bad[] = {
      {"x", 1, 0, 0, 0, 0, 0, 0},                                   /* no flags */
      {"x", 1, NM_TONE_AFINN, 500, 0, 1, 0, 0},                     /* a valence, no flag */
      {"x", 1, NM_TONE_VALENCE, 6000, 0, 0, 0, 0},                  /* out of range */
      {"x", 1, NM_TONE_AFINN, 0, 0, 7, 0, 0},                       /* AFINN out of range */
      {"x", 1, NM_TONE_BOOST, 0, 0, 0, 0, 0},                       /* a booster of 0 */
      {"x", 1, NM_TONE_NEGATION, 0, 100, 0, 0, 0},                  /* a boost, no flag */
      {"x", 1, NM_TONE_VALENCE | NM_TONE_PREFIX, 100, 0, 0, 0, 0},  /* a file-only flag */
      {"x", 1, NM_TONE_VALENCE | NM_TONE_FROM_AFINN, 100, 0, 0, 0, 0},
      {NULL, 3, NM_TONE_VALENCE, 100, 0, 0, 0, 0}};
  for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
    nm_tone_entry v[3] = {fixture[0], fixture[1], bad[k]};
    nm_error e = {NM_OK, NULL, 0};
    NM_CHECK_EQ_INT(nm_tone_write(path_b, v, 3, NULL, &e), NM_ERR_INVALID);
    NM_CHECK_EQ_INT(e.pos, 2);
  }
  /* entries without tokens, or longer than a phrase may be, are skipped */
  nm_tone_entry skip[] = {V("", 1000), V("   ", 1000), V("a b c d e f g", 1000), V("ok", 900)};
  nm_tone_build_stats st;
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_tone_write(path_b, skip, 4, &st, &e), NM_OK);
  NM_CHECK_EQ_INT(st.skipped_empty, 2);
  NM_CHECK_EQ_INT(st.skipped_long, 1);
}

NM_TEST(words_and_negation) {
  CHECK_NEAR(compound("The film was good."), norm(1.9));
  CHECK_NEAR(compound("The film was GOOD."), norm(1.9 + 0.733)); /* caps among others */
  CHECK_NEAR(compound("THE FILM WAS GOOD."), norm(1.9));         /* all caps: no emphasis */
  CHECK_NEAR(compound("The film was not good."), norm(1.9 * -0.74));
  CHECK_NEAR(compound("The film isn't good."), norm(1.9 * -0.74));     /* is|n't */
  CHECK_NEAR(compound("The film isn\xE2\x80\x99t good."), norm(1.9 * -0.74)); /* curly */
  CHECK_NEAR(compound("It was not a very good film."), norm((1.9 + 0.293) * -0.74));
  CHECK_NEAR(compound("Not that the film was good."), norm(1.9)); /* four words back */
  CHECK_NEAR(compound("It was never so good."), norm((1.9 + 0.293) * 1.25));
  CHECK_NEAR(compound("It was not not good."), norm(1.9 * -0.74 * -0.74));
  CHECK_NEAR(compound("It was without doubt good."), norm(1.9)); /* not a negation */
  /* "no": negates what follows; before a sentiment word it has none itself */
  CHECK_NEAR(compound("No."), norm(-1.2));
  CHECK_NEAR(compound("It was no good."), norm(1.9 * -0.74));
  /* no ... or: "no" keeps its own valence, as "fun" has none */
  CHECK_NEAR(compound("It was no fun or good."), norm(-1.2 + 1.9 * -0.74));
  /* "least" flips the next word, "at least" does not */
  CHECK_NEAR(compound("It is the least good film."), norm(1.9 * -0.74));
  CHECK_NEAR(compound("It was at least good."), norm(1.9));
}

NM_TEST(boosters_but_punctuation) {
  CHECK_NEAR(compound("The film was very good."), norm(1.9 + 0.293));
  CHECK_NEAR(compound("The film was VERY good."), norm(1.9 + 0.293 + 0.733));
  CHECK_NEAR(compound("The film was very bad."), norm(-2.5 - 0.293));
  CHECK_NEAR(compound("The film was slightly good."), norm(1.9 - 0.293));
  CHECK_NEAR(compound("The film was kind of good."), norm(1.9 - 0.293)); /* a phrase */
  CHECK_NEAR(compound("She is kind."), norm(2.4));
  CHECK_NEAR(compound("It is some kind of joke."), norm(0)); /* AFINN's 0 phrase */
  CHECK_NEAR(compound("The film was really very good."), norm(1.9 + 0.293 + 0.293 * 0.95));
  CHECK_NEAR(compound("The film was good but the ending was bad."),
             norm(1.9 * 0.5 + -2.5 * 1.5));
  CHECK_NEAR(compound("The film was good!"), norm(1.9 + 0.292));
  CHECK_NEAR(compound("The film was good!!!!!!"), norm(1.9 + 4 * 0.292));
  CHECK_NEAR(compound("The film was bad!"), norm(-2.5 - 0.292));
  CHECK_NEAR(compound("Was the film good?"), norm(1.9)); /* one '?' adds nothing */
  CHECK_NEAR(compound("Was the film good??"), norm(1.9 + 2 * 0.18));
  CHECK_NEAR(compound("Was the film good????"), norm(1.9 + 0.96));
  CHECK_NEAR(compound("Was the film there?!"), norm(0)); /* no sentiment, no push */
  /* a comma ends the reach of a negation */
  CHECK_NEAR(compound("It was not bad, good."), norm(-2.5 * -0.74 + 1.9));
  CHECK_NEAR(compound("It was not bad good."), norm(-2.5 * -0.74 + 1.9 * -0.74));
}

NM_TEST(phrases_idioms_afinn) {
  CHECK_NEAR(compound("I am fed up."), norm(-1.8));
  CHECK_NEAR(compound("I am FED UP with it."), norm(-1.8 - 0.733));
  CHECK_NEAR(compound("Great :)"), norm(3.1 + 2.0));
  CHECK_NEAR(compound("He sang well."), norm(1.1));
  CHECK_NEAR(compound("He sang as well."), norm(0)); /* the rules' idiom */
  CHECK_NEAR(compound("The attack."), norm(AFINN_MAPPED(-1)));
  /* without the AFINN valences the word counts for nothing */
  nm_doc *d = doc(pipe_a, "The attack.");
  nm_tone_opts o = nm_tone_default_opts;
  o.afinn_valence = false;
  NM_CHECK_EQ_INT(nm_tone_score_opts(lex_a, &o, d), NM_OK);
  CHECK_NEAR(nm_doc_tone(d)->compound, 0);
  nm_doc_free(d);
  /* several sentences: a compound each; the document's is VADER over the
   * whole text, the sentences' sums added */
  d = doc(pipe_a, "The film was good. The ending was bad! Nothing else.");
  size_t n;
  const double *s = nm_doc_sentence_tone(d, &n);
  NM_CHECK_EQ_INT(n, 3);
  if (s && n == 3) {
    CHECK_NEAR(s[0], norm(1.9));
    CHECK_NEAR(s[1], norm(-2.5 - 0.292));
    CHECK_NEAR(s[2], 0);
  }
  CHECK_NEAR(nm_doc_tone(d)->compound, norm(1.9 - 2.5 - 0.292));
  o = nm_tone_default_opts;
  o.doc_mean = true;
  NM_CHECK_EQ_INT(nm_tone_score_opts(lex_a, &o, d), NM_OK);
  CHECK_NEAR(nm_doc_tone(d)->compound, (norm(1.9) + norm(-2.5 - 0.292)) / 3);
  /* a span of tokens scored as a passage (a quotation, say) */
  double c;
  NM_CHECK_EQ_INT(nm_tone_span(lex_a, d, 5, 5, &c), NM_OK); /* "The ending was bad !" */
  CHECK_NEAR(c, norm(-2.5 - 0.292));
  NM_CHECK_EQ_INT(nm_tone_span(lex_a, d, 0, 0, &c), NM_OK);
  CHECK_NEAR(c, 0);
  NM_CHECK_EQ_INT(nm_tone_span(lex_a, d, 5, 1000, &c), NM_ERR_INVALID);
  nm_doc_free(d);
}

/* Gives a segmented document tags: upos and lemma per token from lists. */
static void set_tags(nm_doc *d, const char *const *upos, const char *const *lemma) {
  NM_CHECK(nm_vec_reserve(&d->tags, d->tokens.n) == 0);
  nm_word_tags *t = (nm_word_tags *)d->tags.data;
  for (size_t i = 0; i < d->tokens.n; i++) {
    t[i].upos = upos[i];
    t[i].xpos = "_";
    t[i].lemma = lemma[i];
    t[i].head = 0;
    t[i].deprel = NULL;
  }
  d->tags.n = d->tokens.n;
}

NM_TEST(tags_lemmas_names) {
  nm_pipeline_options po = {0};
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline *bare = nm_pipeline_new(&po, &e); /* segmentation only */
  NM_CHECK(bare != NULL);
  if (!bare) return;
  /* "like" as a preposition carries nothing; as a verb it does */
  nm_doc *d = doc(bare, "It looks like rain.");
  static const char *const u1[] = {"PRON", "VERB", "ADP", "NOUN", "PUNCT"};
  static const char *const l1[] = {"it", "look", "like", "rain", "."};
  set_tags(d, u1, l1);
  NM_CHECK_EQ_INT(nm_tone_score(lex_a, d), NM_OK);
  CHECK_NEAR(nm_doc_tone(d)->compound, 0);
  NM_CHECK_EQ_INT(nm_doc_tone(d)->word_count, 4);
  CHECK_NEAR(nm_doc_tone(d)->positive, 0); /* not counted either */
  nm_tone_opts o = nm_tone_default_opts;
  o.tag_rules = false;
  NM_CHECK_EQ_INT(nm_tone_score_opts(lex_a, &o, d), NM_OK);
  CHECK_NEAR(nm_doc_tone(d)->compound, norm(1.5));
  nm_doc_free(d);
  /* an unknown form is looked up by its lemma */
  d = doc(bare, "They loved it.");
  static const char *const u2[] = {"PRON", "VERB", "PRON", "PUNCT"};
  static const char *const l2[] = {"they", "love", "it", "."};
  set_tags(d, u2, l2);
  NM_CHECK_EQ_INT(nm_tone_score(lex_a, d), NM_OK);
  CHECK_NEAR(nm_doc_tone(d)->compound, norm(3.2));
  o = nm_tone_default_opts;
  o.lemmas = false;
  NM_CHECK_EQ_INT(nm_tone_score_opts(lex_a, &o, d), NM_OK);
  CHECK_NEAR(nm_doc_tone(d)->compound, 0);
  nm_doc_free(d);
  /* the words of a name carry nothing: "Hope" the person */
  d = doc(bare, "Hope is good.");
  nm_mention *m = nm_vec_push(&d->mentions);
  NM_CHECK(m != NULL);
  if (m) {
    memset(m, 0, sizeof *m);
    m->start = 0;
    m->end = 4;
    m->first_token = 0;
    m->n_tokens = 1;
    m->kind = NM_MENTION_NAME;
  }
  NM_CHECK_EQ_INT(nm_tone_score(lex_a, d), NM_OK);
  CHECK_NEAR(nm_doc_tone(d)->compound, norm(1.9));
  CHECK_NEAR(nm_doc_tone(d)->positive, 100.0 / 3); /* good, not Hope */
  o = nm_tone_default_opts;
  o.skip_names = false;
  NM_CHECK_EQ_INT(nm_tone_score_opts(lex_a, &o, d), NM_OK);
  CHECK_NEAR(nm_doc_tone(d)->compound, norm(1.9 + 1.9));
  CHECK_NEAR(nm_doc_tone(d)->positive, 200.0 / 3);
  nm_doc_free(d);
  nm_pipeline_free(bare);
}

/* The record's JSON, in a malloc'd string. */
typedef struct sbuf {
  char *s;
  size_t n;
} sbuf;
static int sbuf_write(void *ctx, const char *buf, size_t len) {
  sbuf *b = ctx;
  char *q = realloc(b->s, b->n + len + 1);
  if (!q) return -1;
  memcpy(q + b->n, buf, len);
  b->n += len;
  q[b->n] = '\0';
  b->s = q;
  return 0;
}
static char *json_of(const nm_doc *d) {
  sbuf b = {NULL, 0};
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_write_json(d, 0, sbuf_write, &b, &e), NM_OK);
  return b.s;
}
static void check_fixed4(double x, const char *want) {
  sbuf b = {NULL, 0};
  nm_obuf o;
  nm_obuf_init(&o, sbuf_write, &b);
  nm_json_fixed4(&o, x);
  nm_obuf_flush(&o);
  NM_CHECK_EQ_STR(b.s, want);
  free(b.s);
}

NM_TEST(gdelt_counts_and_json) {
  nm_doc *d = doc(pipe_a, "Good news: the bad attack failed.");
  const nm_tone *t = nm_doc_tone(d);
  NM_CHECK(t != NULL);
  if (t) {
    NM_CHECK_EQ_INT(t->word_count, 6);
    CHECK_NEAR(t->positive, 100.0 / 6);
    CHECK_NEAR(t->negative, 200.0 / 6);
    CHECK_NEAR(t->tone, -100.0 / 6);
    CHECK_NEAR(t->polarity, 50);
    CHECK_NEAR(t->compound, norm(1.9 - 2.5 + AFINN_MAPPED(-1)));
  }
  char *j = json_of(d);
  NM_CHECK(j && strstr(j, ",\"tone\":{\"tone\":-16.6667,\"positive\":16.6667,\"negative\":"
                          "33.3333,\"polarity\":50,\"word_count\":6,\"compound\":-0.3498,"
                          "\"sentences\":[-0.3498]}}\n"));
  if (j && !strstr(j, "\"compound\":-0.3498")) fprintf(stderr, "  %s", j);
  free(j);
  nm_doc_free(d);
  /* a contraction is one word; digits and marks are none */
  d = doc(pipe_a, "I don't like 42 % of it!");
  NM_CHECK_EQ_INT(nm_doc_tone(d)->word_count, 5); /* I do like of it */
  nm_doc_free(d);
  /* an empty document */
  d = doc(pipe_a, "");
  t = nm_doc_tone(d);
  NM_CHECK(t && t->word_count == 0 && t->compound == 0 && t->positive == 0);
  j = json_of(d);
  NM_CHECK(j && strstr(j, "\"tone\":{\"tone\":0,\"positive\":0,\"negative\":0,\"polarity\":0,"
                          "\"word_count\":0,\"compound\":0,\"sentences\":[]}"));
  free(j);
  nm_doc_free(d);
  /* without a lexicon: {} and NULL */
  nm_pipeline_options po = {0};
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline *bare = nm_pipeline_new(&po, &e);
  d = doc(bare, "Good.");
  size_t n = 7;
  NM_CHECK(nm_doc_tone(d) == NULL && nm_doc_sentence_tone(d, &n) == NULL && n == 0);
  j = json_of(d);
  NM_CHECK(j && strstr(j, ",\"tone\":{}}\n"));
  free(j);
  nm_doc_free(d);
  nm_pipeline_free(bare);
  check_fixed4(0, "0");
  check_fixed4(-0.00004, "0");
  check_fixed4(0.5, "0.5");
  check_fixed4(-1, "-1");
  check_fixed4(0.05, "0.05");
  check_fixed4(12.34567, "12.3457");
  check_fixed4(-99.99999, "-100");
  check_fixed4(NAN, "0");
  check_fixed4(INFINITY, "0");
}

NM_TEST(pathological_text) {
  /* 200,000 words in one passage, negations and marks everywhere */
  size_t reps = 50000;
  const char *unit = "not good , !";
  size_t ul = strlen(unit);
  char *big = malloc(reps * (ul + 1) + 1);
  NM_CHECK(big != NULL);
  if (!big) return;
  for (size_t i = 0; i < reps; i++) {
    memcpy(big + i * (ul + 1), unit, ul);
    big[i * (ul + 1) + ul] = ' ';
  }
  big[reps * (ul + 1)] = '\0';
  nm_doc *d = doc(pipe_a, big);
  const nm_tone *t = nm_doc_tone(d);
  NM_CHECK(t && t->compound >= -1 && t->compound <= 1 && t->word_count == 2 * reps);
  size_t n;
  const double *s = nm_doc_sentence_tone(d, &n);
  for (size_t i = 0; s && i < n; i++)
    NM_CHECK(s[i] >= -1 && s[i] <= 1);
  nm_doc_free(d);
  free(big);
}

/* Scoring with a lexicon that loaded from damaged bytes must stay sane. */
static void use_anyway(const nm_tone_lexicon *lx) {
  static const char *const texts[] = {
      "The film was not very good, but I am FED UP :) !!", "no least at kind of some kind",
      "Good news: the bad attack failed??"};
  for (size_t k = 0; k < 3; k++) {
    nm_doc *d = doc(pipe_a, texts[k]);
    if (!d) continue;
    NM_CHECK_EQ_INT(nm_tone_score(lx, d), NM_OK);
    const nm_tone *t = nm_doc_tone(d);
    NM_CHECK(t && t->compound >= -1 && t->compound <= 1 && t->positive >= 0 &&
             t->positive <= 100 && t->negative >= 0 && t->negative <= 100);
    nm_doc_free(d);
  }
}

static size_t section_at(const unsigned char *buf, size_t len, uint32_t id) {
  nm_model mo;
  nm_error e = {NM_OK, NULL, 0};
  if (nm_model_open_mem(buf, len, NM_TONE_KIND, &mo, &e) != NM_OK) return 0;
  const unsigned char *p = nm_model_section(&mo, id, NULL);
  return p ? (size_t)(p - buf) : 0;
}

static void expect_rejected(const unsigned char *c, size_t len, const char *want) {
  nm_error e = {NM_OK, NULL, 0};
  nm_tone_lexicon *lx = nm_tone_open_mem(c, len, &e);
  NM_CHECK(lx == NULL);
  NM_CHECK(e.code == NM_ERR_FORMAT && e.msg && strstr(e.msg, want));
  if (e.msg && !strstr(e.msg, want)) fprintf(stderr, "  got \"%s\", wanted \"%s\"\n", e.msg, want);
  nm_tone_free(lx);
}

/* The first filled slot of the table at tab with its flags having all of
 * `with` and none of `without`; its offset, or 0. */
static size_t slot_with(const unsigned char *m, size_t tab, uint32_t slots, uint32_t with,
                        uint32_t without) {
  for (uint32_t i = 0; i < slots; i++) {
    size_t s = tab + (size_t)NM_TONE_SLOT * i;
    uint32_t f = nm_rd16(m + s + 14);
    if (nm_rd64(m + s) && (f & with) == with && !(f & without)) return s;
  }
  return 0;
}

NM_TEST(damaged_files_are_rejected) {
  size_t len;
  unsigned char *m = nm_test_slurp(path_a, &len);
  NM_CHECK(m != NULL);
  unsigned char *c = m ? malloc(len) : NULL;
  if (!m || !c) {
    free(m);
    return;
  }
  /* every truncation fails with a message (the table ends the file) */
  for (size_t cut = 0; cut < len; cut++) {
    nm_error e = {NM_OK, NULL, 0};
    nm_tone_lexicon *lx = nm_tone_open_mem(m, cut, &e);
    NM_CHECK(lx == NULL && e.code == NM_ERR_FORMAT && e.msg != NULL);
    nm_tone_free(lx);
  }
  /* flipped bits and bytes: rejected with a message, or still safe */
  static const unsigned char masks[] = {0x01, 0x10, 0x80, 0xFF};
  size_t loaded = 0;
  for (size_t i = 0; i < len; i++)
    for (size_t k = 0; k < sizeof masks; k++) {
      memcpy(c, m, len);
      c[i] ^= masks[k];
      nm_error e = {NM_OK, NULL, 0};
      nm_tone_lexicon *lx = nm_tone_open_mem(c, len, &e);
      if (lx) {
        loaded++;
        if (loaded % 16 == 1) use_anyway(lx); /* a sample: scoring is the slow part */
      } else {
        NM_CHECK(e.code == NM_ERR_FORMAT && e.msg != NULL);
      }
      nm_tone_free(lx);
    }
  /* each check, by name */
  size_t inf = section_at(m, len, NM_TONE_INFO_ID), tab = section_at(m, len, NM_TONE_TABLE_ID);
  NM_CHECK(inf && tab);
  if (!inf || !tab) goto done;
  uint32_t slots = nm_rd32(m + inf + 8);
  memcpy(c, m, len);
  c[12] = 'X';
  expect_rejected(c, len, "another kind");
  memcpy(c, m, len);
  c[inf] = 2;
  expect_rejected(c, len, "version");
  memcpy(c, m, len);
  c[inf + 4]++;
  expect_rejected(c, len, "phrase length");
  memcpy(c, m, len);
  c[inf + 8]++;
  expect_rejected(c, len, "table size");
  memcpy(c, m, len);
  c[inf + 12]++;
  expect_rejected(c, len, "entry count");
  memcpy(c, m, len);
  c[inf + 20]--;
  expect_rejected(c, len, "valence or AFINN count");
  memcpy(c, m, len);
  c[inf + 28] = 1;
  expect_rejected(c, len, "bad counts");
  size_t s = slot_with(m, tab, slots, NM_TONE_VALENCE, NM_TONE_BOOST);
  NM_CHECK(s != 0);
  memcpy(c, m, len);
  c[s + 15] |= 0x40; /* flag bit 14 is unused */
  expect_rejected(c, len, "bad flags");
  memcpy(c, m, len);
  c[s + 13] = 1;
  expect_rejected(c, len, "reserved byte");
  memcpy(c, m, len);
  c[s + 8] = 0x70, c[s + 9] = 0x17; /* 6000 */
  expect_rejected(c, len, "bad valence");
  memcpy(c, m, len);
  c[s + 10] = 1; /* a boost without the flag */
  expect_rejected(c, len, "bad boost");
  memcpy(c, m, len);
  c[s + 12] = 9;
  expect_rejected(c, len, "bad AFINN");
  size_t empty = 0;
  for (uint32_t i = 0; i < slots && !empty; i++)
    if (!nm_rd64(m + tab + (size_t)NM_TONE_SLOT * i)) empty = tab + (size_t)NM_TONE_SLOT * i;
  memcpy(c, m, len);
  c[empty + 9] = 1;
  expect_rejected(c, len, "empty slot");
  /* a key moved far from its home slot */
  memcpy(c, m, len);
  uint32_t at = (uint32_t)((s - tab) / NM_TONE_SLOT), want = (at + slots / 2) % slots;
  uint64_t hi = (((uint64_t)want << 32) + slots - 1) / slots, key = hi << 32 | 1;
  for (int b = 0; b < 8; b++)
    c[s + b] = (unsigned char)(key >> (8 * b));
  expect_rejected(c, len, "probe sequence");
done:
  free(c);
  free(m);
}

NM_TEST(shipped_lexicon) {
  if (access(shipped_path, R_OK) != 0) {
    printf("%s: not found; skipping its checks\n", shipped_path);
    return;
  }
  nm_pipeline_options po = {0};
  po.tone_lexicon = shipped_path;
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline *p = nm_pipeline_new(&po, &e);
  NM_CHECK(p != NULL);
  if (!p) return;
  /* VADER's ratings: good 1.9, great 3.1, horrible -2.5; AFINN: good 3, bad -3 */
  static const struct {
    const char *text;
    double want;
  } cases[] = {
      {"The book was good.", 0.4404},
      {"The book was not great.", -0.5096}, /* great 3.1 x -0.74 */
      {"The book was not good.", -0.3687},  /* AFINN's phrase "not good" (-2), mapped */
      {"The book was very good!", 0.54},
      {"At least it isn't a horrible book.", 0.431},
      {"The book was only kind of good.", 0.3832},
      {"The plot was good, but the characters are uncompelling and the dialog is not great.",
       -0.7042},
      {"The ministers met on Tuesday.", 0},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    nm_doc *d = doc(p, cases[k].text);
    const nm_tone *t = d ? nm_doc_tone(d) : NULL;
    NM_CHECK(t && fabs(t->compound - cases[k].want) < 0.00005);
    if (t && fabs(t->compound - cases[k].want) >= 0.00005)
      fprintf(stderr, "  \"%s\": %.4f, expected %.4f\n", cases[k].text, t->compound,
              cases[k].want);
    nm_doc_free(d);
  }
  nm_doc *d = doc(p, "Good news and bad news: the attack killed five.");
  const nm_tone *t = d ? nm_doc_tone(d) : NULL;
  NM_CHECK(t && t->word_count == 9 && t->positive > 0 && t->negative > t->positive);
  nm_doc_free(d);
  /* each quotation gets its own score: the content as a sentence */
  d = doc(p, "\"The book was good,\" she said. \"The book was not great,\" he said.");
  size_t nq = 0;
  const nm_quote *q = d ? nm_doc_quotes(d, &nq) : NULL;
  NM_CHECK_EQ_INT(nq, 2);
  if (nq == 2) {
    NM_CHECK(fabs(q[0].tone - 0.4404) < 0.00005);
    NM_CHECK(fabs(q[1].tone + 0.5096) < 0.00005);
  }
  nm_doc_free(d);
  nm_pipeline_free(p);
}

int main(void) {
  snprintf(path_a, sizeof path_a, "/tmp/nm-test-tone-%d-a.nmm", (int)getpid());
  snprintf(path_b, sizeof path_b, "/tmp/nm-test-tone-%d-b.nmm", (int)getpid());
  NM_RUN(build_and_reorder);
  nm_pipeline_options po = {0};
  po.tone_lexicon = path_a;
  nm_error e = {NM_OK, NULL, 0};
  pipe_a = nm_pipeline_new(&po, &e);
  lex_a = nm_tone_open(path_a, &e);
  if (!pipe_a || !lex_a) {
    fprintf(stderr, "the fixture lexicon does not load: %s\n", e.msg ? e.msg : "?");
    nm_test_failed++;
  } else {
    NM_RUN(bad_entries_are_refused);
    NM_RUN(words_and_negation);
    NM_RUN(boosters_but_punctuation);
    NM_RUN(phrases_idioms_afinn);
    NM_RUN(tags_lemmas_names);
    NM_RUN(gdelt_counts_and_json);
    NM_RUN(pathological_text);
    NM_RUN(damaged_files_are_rejected);
  }
  NM_RUN(shipped_lexicon);
  nm_tone_free(lex_a);
  nm_pipeline_free(pipe_a);
  remove(path_a);
  remove(path_b);
  NM_TEST_MAIN_END();
}
