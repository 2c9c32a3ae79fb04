/* fuzz_tone.c - the tone stage: its lexicon loader and its scorer.
 *
 * Input that starts with the container's magic ("NEWSMILL") is a lexicon:
 * it must be rejected with a message, or load and score a few fixed texts
 * sanely. Any other input is an article, scored with a small lexicon built
 * once through the writer's code path: plain, then with invented tags (every
 * UPOS in turn, lemmas that hit and miss the lexicon) and NAME mentions.
 * Either way: every compound is finite and within -1..1, there is one per
 * sentence, the percentages are 0..100 and add up, the word count is at
 * most the token count, spans of any range score, and JSON writes. */
#include "doc.h"
#include "fuzz_check.h"
#include "tone.h"
#include "tone_build.h"
#include "tone_lex.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const nm_pipeline *segmenter(void) {
  static nm_pipeline *p;
  if (!p) {
    nm_pipeline_options o;
    memset(&o, 0, sizeof o);
    nm_error err = {NM_OK, NULL, 0};
    p = nm_pipeline_new(&o, &err);
    FUZZ_CHECK(p != NULL);
  }
  return p;
}

/* A few invented words, phrases and AFINN scores over the rule words. */
static const nm_tone_lexicon *small_lexicon(void) {
  static nm_tone_lexicon *lx;
  if (lx) return lx;
  static const nm_tone_entry e[] = {
      {"good", 4, NM_TONE_VALENCE | NM_TONE_AFINN, 1900, 0, 3, 0, 0},
      {"bad", 3, NM_TONE_VALENCE | NM_TONE_AFINN, -2500, 0, -3, 0, 0},
      {"love", 4, NM_TONE_VALENCE, 3200, 0, 0, 0, 0},
      {"no", 2, NM_TONE_VALENCE, -1200, 0, 0, 0, 0},
      {"fed up", 6, NM_TONE_VALENCE, -1800, 0, 0, 0, 0},
      {":)", 2, NM_TONE_VALENCE, 2000, 0, 0, 0, 0},
      {"war", 3, NM_TONE_AFINN, 0, 0, -2, 0, 0},
      {"a b c d e f", 11, NM_TONE_VALENCE, 4000, 0, 0, 0, 0}};
  char path[64];
  snprintf(path, sizeof path, "/tmp/nm-fuzz-tone-%d.nmm", (int)getpid());
  nm_error err = {NM_OK, NULL, 0};
  FUZZ_CHECK(nm_tone_write(path, e, sizeof e / sizeof e[0], NULL, &err) == NM_OK);
  lx = nm_tone_open(path, &err);
  remove(path); /* the mapping outlives the name */
  FUZZ_CHECK(lx != NULL);
  return lx;
}

static int discard(void *ctx, const char *buf, size_t len) {
  (void)ctx;
  FUZZ_CHECK(buf != NULL || len == 0);
  return 0;
}

static void check_scores(const nm_tone_lexicon *lx, const nm_doc *d) {
  const nm_tone *t = nm_doc_tone(d);
  FUZZ_CHECK(t != NULL);
  size_t ns, nt, n;
  nm_doc_sentences(d, &ns);
  nm_doc_tokens(d, &nt);
  const double *s = nm_doc_sentence_tone(d, &n);
  FUZZ_CHECK(n == ns && (s != NULL || n == 0));
  for (size_t i = 0; i < n; i++)
    FUZZ_CHECK(isfinite(s[i]) && s[i] >= -1 && s[i] <= 1);
  FUZZ_CHECK(isfinite(t->compound) && t->compound >= -1 && t->compound <= 1);
  FUZZ_CHECK(t->word_count <= nt);
  FUZZ_CHECK(t->positive >= 0 && t->negative >= 0 && t->positive + t->negative <= 100.0001);
  FUZZ_CHECK(fabs(t->tone - (t->positive - t->negative)) < 1e-9);
  FUZZ_CHECK(fabs(t->polarity - (t->positive + t->negative)) < 1e-9);
  if (!t->word_count) FUZZ_CHECK(t->positive == 0 && t->negative == 0);
  /* spans: the whole text, each third, and out of range */
  double c;
  uint32_t n32 = (uint32_t)nt;
  FUZZ_CHECK(nm_tone_span(lx, d, 0, n32, &c) == NM_OK && c >= -1 && c <= 1);
  FUZZ_CHECK(nm_tone_span(lx, d, n32 / 3, n32 / 3, &c) == NM_OK && c >= -1 && c <= 1);
  FUZZ_CHECK(nm_tone_span(lx, d, n32, 0, &c) == NM_OK && c == 0);
  FUZZ_CHECK(nm_tone_span(lx, d, n32, 1, &c) == NM_ERR_INVALID);
  nm_error err = {NM_OK, NULL, 0};
  FUZZ_CHECK(nm_write_json(d, 0, discard, NULL, &err) == NM_OK);
}

/* Invented tags and names on a segmented document, then scores again. */
static void with_tags_and_names(const nm_tone_lexicon *lx, nm_doc *d) {
  static const char *const upos[] = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ",
                                     "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
                                     "SYM", "VERB", "X"};
  static const char *const lemmas[] = {"love", "", "bad", "nothing", "good", "no"};
  size_t nt = d->tokens.n;
  if (nm_vec_reserve(&d->tags, nt) != 0) return;
  nm_word_tags *t = (nm_word_tags *)d->tags.data;
  for (size_t i = 0; i < nt; i++) {
    t[i].upos = upos[i % (sizeof upos / sizeof upos[0])];
    t[i].xpos = "_";
    t[i].lemma = i % 7 == 3 ? NULL : lemmas[i % (sizeof lemmas / sizeof lemmas[0])];
    t[i].head = 0;
    t[i].deprel = NULL;
  }
  d->tags.n = nt;
  for (size_t i = 0; i + 1 < nt; i += 5) {
    nm_mention *m = nm_vec_push(&d->mentions);
    if (!m) break;
    memset(m, 0, sizeof *m);
    m->first_token = (uint32_t)i;
    m->n_tokens = 2;
    m->kind = i % 10 ? NM_MENTION_NAME : NM_MENTION_PRONOUN;
  }
  nm_tone_opts o = nm_tone_default_opts;
  FUZZ_CHECK(nm_tone_score_opts(lx, &o, d) == NM_OK);
  check_scores(lx, d);
  o.afinn_valence = o.skip_names = o.tag_rules = o.lemmas = false;
  o.doc_mean = true;
  FUZZ_CHECK(nm_tone_score_opts(lx, &o, d) == NM_OK);
  check_scores(lx, d);
}

static void score_text(const nm_tone_lexicon *lx, const char *text, size_t len, int tags) {
  nm_error err = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, len, &err);
  FUZZ_CHECK(d != NULL);
  FUZZ_CHECK(nm_process(segmenter(), d, &err) == NM_OK);
  FUZZ_CHECK(nm_tone_score(lx, d) == NM_OK);
  check_scores(lx, d);
  if (tags) with_tags_and_names(lx, d);
  nm_doc_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size >= 8 && memcmp(data, "NEWSMILL", 8) == 0) {
    nm_error err = {NM_OK, NULL, 0};
    nm_tone_lexicon *lx = nm_tone_open_mem(data, size, &err);
    if (!lx) {
      FUZZ_CHECK(err.code != NM_OK && err.msg != NULL);
      return 0;
    }
    static const char *const texts[] = {
        "The film was not very good, but I am FED UP :) !!",
        "no least at kind of some kind never so without doubt",
        "Good news: the bad attack failed?? a b c d e f g"};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
      score_text(lx, texts[k], strlen(texts[k]), k == 0);
    nm_tone_free(lx);
    return 0;
  }
  score_text(small_lexicon(), (const char *)data, size, 1);
  return 0;
}
