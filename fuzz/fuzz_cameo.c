/* fuzz_cameo.c - the event dictionaries. The first byte picks what the
 * rest feeds (its value modulo 6; the seeds use '0' to '5'):
 *   0    the compiled loader, with the bytes as they are and then resealed
 *        (nm_cameo_seal), so that the checks behind the checksum are
 *        reached;
 *   1-5  the text readers (verbs, actors, agents, discards, PICO); what
 *        they accept must compile and load.
 * A loaded dictionary must answer every lookup inside itself: words found
 * again by their text, verbs, patterns, phrases and codes in range. An
 * error must carry a message, for the readers "fuzz:LINE: ..." with its
 * line in err.pos. */
#include "cameo.h"
#include "cameo_int.h"
#include "fuzz_check.h"

#include <stdlib.h>
#include <string.h>

static void check_words(const nm_cameo *c, const nm_cameo_stats *s, uint32_t w) {
  const char *t = nm_cameo_word_text(c, w);
  FUZZ_CHECK(t != NULL && *t);
  uint32_t again = nm_cameo_word(c, t, strlen(t));
  FUZZ_CHECK(again < s->words && !strcmp(nm_cameo_word_text(c, again), t));
  nm_cameo_verb v[8];
  size_t n = nm_cameo_verbs(c, w, v, 8);
  FUZZ_CHECK(n <= 8);
  for (size_t i = 0; i < n; i++) {
    FUZZ_CHECK(v[i].word == w || v[i].base == w);
    FUZZ_CHECK(v[i].block < s->verb_blocks && v[i].code != NULL);
    FUZZ_CHECK(v[i].n_pre + v[i].n_post < NM_CAMEO_MAX_PHRASE);
    for (size_t k = 0; k < v[i].n_pre; k++)
      FUZZ_CHECK(v[i].pre[k] < s->words);
    for (size_t k = 0; k < v[i].n_post; k++)
      FUZZ_CHECK(v[i].post[k] < s->words);
    if (i) FUZZ_CHECK(v[i].n_pre + v[i].n_post <= v[i - 1].n_pre + v[i - 1].n_post);
  }
}

/* Phrase lookups over a word sequence made from the dictionary's words. */
static void check_phrases(const nm_cameo *c, const nm_cameo_stats *s, uint32_t seed) {
  enum { N = 12 };
  uint32_t ids[N];
  for (size_t k = 0; k < N; k++)
    ids[k] = k % 5 == 4 ? NM_CAMEO_NONE : (seed + (uint32_t)k * 7u) % (s->words ? s->words : 1);
  for (size_t pos = 0; pos <= N; pos++) {
    uint32_t e = 0;
    size_t l = nm_cameo_match_actor(c, ids, N, pos, &e);
    FUZZ_CHECK(l <= N - (pos < N ? pos : N) && l <= NM_CAMEO_MAX_PHRASE);
    if (l) {
      FUZZ_CHECK(e < s->actors && nm_cameo_actor_name(c, e) != NULL);
      (void)nm_cameo_actor_code(c, e, 20100101);
      (void)nm_cameo_actor_code(c, e, 0);
    }
    l = nm_cameo_match_agent(c, ids, N, pos, &e);
    FUZZ_CHECK(l <= N - (pos < N ? pos : N) && l <= NM_CAMEO_MAX_PHRASE);
    if (l) FUZZ_CHECK(e < s->agents && nm_cameo_agent_code(c, e, NULL) != NULL);
    for (uint32_t y = 0; y < s->synsets && y < 16; y++) {
      l = nm_cameo_synset_match(c, y, ids, N, pos);
      FUZZ_CHECK(l <= N - (pos < N ? pos : N) && l <= NM_CAMEO_MAX_PHRASE);
    }
  }
}

static void exercise(const nm_cameo *c, const uint8_t *text, size_t len) {
  nm_cameo_stats s;
  nm_cameo_get_stats(c, &s);
  for (uint32_t w = 0; w < s.words && w < 512; w++)
    check_words(c, &s, w);
  for (uint32_t w = 0; w < 64; w++)
    check_phrases(c, &s, w * 13);
  for (uint32_t b = 0; b < s.verb_blocks && b < 64; b++) {
    FUZZ_CHECK(nm_cameo_block_name(c, b) && nm_cameo_block_code(c, b));
    size_t n = nm_cameo_block_patterns(c, b);
    for (size_t i = 0; i < n && i < 64; i++) {
      nm_cameo_pattern p;
      FUZZ_CHECK(nm_cameo_block_pattern(c, b, i, &p));
      FUZZ_CHECK(p.code && p.text && p.n_elems >= 1);
      for (uint32_t k = 0; k < p.n_elems; k++) {
        const nm_cameo_elem *e = &p.elems[k];
        FUZZ_CHECK(e->kind <= NM_CE_SKIP);
        if (e->kind == NM_CE_WORD)
          FUZZ_CHECK(e->a < s.words);
        else if (e->kind == NM_CE_SYNSET)
          FUZZ_CHECK(e->a < s.synsets && nm_cameo_synset_name(c, e->a));
      }
    }
  }
  nm_cameo_transform t;
  for (size_t i = 0; i < nm_cameo_transforms(c) && i < 64; i++) {
    FUZZ_CHECK(nm_cameo_transform_get(c, i, &t) && t.code != NULL);
    FUZZ_CHECK(t.verb == NM_CAMEO_NONE || t.verb < s.words);
  }
  bool story = false;
  if (nm_cameo_discard(c, (const char *)text, len, &story))
    FUZZ_CHECK(s.discards > 0);
  else
    FUZZ_CHECK(!story);
  static const char *const codes[] = {"010", "011", "033", "120", "---", "", "0", "99999"};
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
    uint32_t v;
    if (nm_cameo_pico(c, codes[i], &v)) {
      const char *back = nm_cameo_pico_code(c, v);
      uint32_t v2;
      FUZZ_CHECK(back && nm_cameo_pico(c, back, &v2) && v2 == v);
    }
  }
}

static void load(const uint8_t *data, size_t size) {
  nm_error err = {NM_OK, NULL, 0};
  nm_cameo *c = NULL;
  if (nm_cameo_open_mem(data, size, &c, &err) != NM_OK) {
    FUZZ_CHECK(c == NULL && err.code != NM_OK && err.msg != NULL);
    return;
  }
  exercise(c, data, size);
  nm_cameo_free(c);
}

typedef nm_status (*reader)(nm_cameo_builder *, const char *, const char *, size_t, nm_error *);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!size) return 0;
  unsigned pick = data[0] % 6;
  data++, size--;
  if (pick == 0) {
    load(data, size);
    unsigned char *copy = malloc(size ? size : 1);
    FUZZ_CHECK(copy != NULL);
    memcpy(copy, data, size);
    if (nm_cameo_seal(copy, size)) load(copy, size);
    free(copy);
    return 0;
  }
  static const reader readers[5] = {nm_cameo_builder_add_verbs_mem, nm_cameo_builder_add_actors_mem,
                                    nm_cameo_builder_add_agents_mem,
                                    nm_cameo_builder_add_discards_mem,
                                    nm_cameo_builder_add_pico_mem};
  nm_cameo_builder *b = nm_cameo_builder_new();
  FUZZ_CHECK(b != NULL);
  nm_error err = {NM_OK, NULL, 0};
  nm_status st = readers[pick - 1](b, "fuzz", (const char *)data, size, &err);
  if (st != NM_OK) {
    FUZZ_CHECK(err.code == st && err.msg != NULL && !strncmp(err.msg, "fuzz:", 5));
    FUZZ_CHECK(err.pos >= 1);
    nm_cameo_builder_free(b);
    return 0;
  }
  nm_cameo_warnings w;
  size_t nw = nm_cameo_builder_warnings(b, &w);
  for (size_t i = 0; i < nw && i < NM_CAMEO_MAX_WARNINGS; i++)
    FUZZ_CHECK(nm_cameo_builder_warning(b, i) != NULL);
  nm_cameo *c = NULL;
  st = nm_cameo_builder_finish(b, &c, &err);
  if (st != NM_OK) fprintf(stderr, "finish: %s\n", err.msg ? err.msg : "?");
  FUZZ_CHECK(st == NM_OK && c != NULL);
  exercise(c, data, size);
  nm_cameo_free(c);
  nm_cameo_builder_free(b);
  return 0;
}
