/* test_parser.c - the dependency parser: training a tiny model, parsing
 * into well-formed trees, determinism, very short and very long sentences,
 * undoing the projectivisation, and rejecting damaged model files.
 *
 * Fixtures, both written by the newsmill team: tests/data/conllu/tagged.conllu
 * (short projective sentences) and tests/data/conllu/nonproj.conllu, whose
 * first three sentences have one non-projective arc each, so that training
 * lifts them into the labels "nmod|nsubj:pass", "obj|ccomp" and "acl|obj". */
#include "model.h"
#include "parser.h"
#include "test.h"
#include "treebank.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *const fixtures[2] = {"tests/data/conllu/tagged.conllu",
                                        "tests/data/conllu/nonproj.conllu"};
static char model_a[64], model_b[64];

/* the relations of the fixtures, without lifts */
static char rel_names[64][48];
static size_t n_rel_names;

static nm_status train(const char *out, uint64_t seed) {
  nm_parser_train_opts o;
  memset(&o, 0, sizeof o);
  o.train = fixtures;
  o.n_train = 2;
  o.out = out;
  o.epochs = 8;
  o.seed = seed;
  nm_error e = {NM_OK, NULL, 0};
  nm_status st = nm_parser_train(&o, &e);
  if (st != NM_OK) fprintf(stderr, "nm_parser_train: %s\n", e.msg ? e.msg : "(no message)");
  return st;
}

static bool known_rel(const char *name) {
  for (size_t i = 0; i < n_rel_names; i++)
    if (!strcmp(rel_names[i], name)) return true;
  return false;
}

static void collect_rel_names(void) {
  for (int f = 0; f < 2; f++) {
    nm_treebank tb;
    nm_error e = {NM_OK, NULL, 0};
    if (nm_treebank_read(fixtures[f], NULL, 0, &tb, &e) != NM_OK) continue;
    for (size_t s = 0; s < tb.n; s++)
      for (uint32_t w = 0; w < tb.sents[s].n; w++) {
        const char *r = tb.sents[s].words[w].deprel;
        if (!known_rel(r) && n_rel_names < 64 && strlen(r) < 48)
          strcpy(rel_names[n_rel_names++], r);
      }
    nm_treebank_free(&tb);
  }
}

/* --- trees */

/* Checks that heads[0..n) (1-based, 0 = root) and rels form a tree: every
 * head in 0..n, no self-loop, exactly one word on the root and it alone
 * labelled "root", every word reaching the root, every relation a known
 * name (when named). Returns false, after saying why, when not. */
static bool is_tree(const nm_parser *p, const uint32_t *heads, const uint16_t *rels, size_t n,
                    bool named) {
  size_t roots = 0;
  for (size_t i = 0; i < n; i++) {
    if (heads[i] > n || heads[i] == i + 1) {
      fprintf(stderr, "word %zu: head %u out of range\n", i + 1, (unsigned)heads[i]);
      return false;
    }
    const char *r = nm_parser_rel(p, rels[i]);
    if (!r || (heads[i] == 0) != (strcmp(r, "root") == 0)) {
      fprintf(stderr, "word %zu: head %u with relation %s\n", i + 1, (unsigned)heads[i],
              r ? r : "(null)");
      return false;
    }
    if (strchr(r, '|') || (named && !known_rel(r))) {
      fprintf(stderr, "word %zu: relation \"%s\" is not a relation of the fixtures\n", i + 1, r);
      return false;
    }
    roots += heads[i] == 0;
  }
  if (n && roots != 1) {
    fprintf(stderr, "%zu words on the root\n", roots);
    return false;
  }
  /* every word reaches the root: walk up, marking the path; a walk that
   * meets its own path is a cycle. Linear: each word is walked once. */
  uint8_t *state = calloc(n + 1, 1); /* 0 new, 1 on the current path, 2 reaches the root */
  uint32_t *path = malloc((n + 1) * sizeof *path);
  bool ok = state && path;
  for (size_t i = 1; ok && i <= n; i++) {
    size_t len = 0;
    uint32_t k = (uint32_t)i;
    while (k && state[k] == 0) {
      state[k] = 1;
      path[len++] = k;
      k = heads[k - 1];
    }
    if (k && state[k] == 1) {
      fprintf(stderr, "word %u is on a cycle\n", (unsigned)k);
      ok = false;
    }
    while (len)
      state[path[--len]] = 2;
  }
  free(state);
  free(path);
  return ok;
}

/* Splits "form/UPOS/XPOS form/UPOS/XPOS/lemma ..." (the lemma optional)
 * into words pointing into buf (modified). */
static size_t split_words(char *buf, nm_pword *w, size_t max) {
  size_t n = 0;
  for (char *tok = strtok(buf, " "); tok && n < max; tok = strtok(NULL, " ")) {
    char *a = strchr(tok, '/');
    char *b = a ? strchr(a + 1, '/') : NULL;
    if (!a || !b) continue;
    char *c = strchr(b + 1, '/');
    *a = *b = 0;
    if (c) *c = 0;
    w[n].form = tok;
    w[n].len = strlen(tok);
    w[n].upos = a + 1;
    w[n].xpos = b + 1;
    w[n].lemma = c ? c + 1 : NULL;
    n++;
  }
  return n;
}

static const char *const sentences[] = {
    /* from the fixtures */
    "The/DET/DT talks/NOUN/NNS resumed/VERB/VBD on/ADP/IN Monday/PROPN/NNP ./PUNCT/.",
    "A/DET/DT hearing/NOUN/NN was/AUX/VBD held/VERB/VBN yesterday/NOUN/NN on/ADP/IN "
    "the/DET/DT merger/NOUN/NN ./PUNCT/.",
    "What/PRON/WP did/AUX/VBD the/DET/DT minister/NOUN/NN say/VERB/VB she/PRON/PRP "
    "wanted/VERB/VBD ?/PUNCT/.",
    /* new ones */
    "Crews/NOUN/NNS said/VERB/VBD the/DET/DT talks/NOUN/NNS resumed/VERB/VBD ./PUNCT/.",
    "Officials/NOUN/NNS ,/PUNCT/, who/PRON/WP arrived/VERB/VBD late/ADV/RB ,/PUNCT/, "
    "expect/VERB/VBP a/DET/DT plan/NOUN/NN to/PART/TO cut/VERB/VB jobs/NOUN/NNS "
    "and/CCONJ/CC prices/NOUN/NNS in/ADP/IN March/PROPN/NNP ./PUNCT/.",
    "./PUNCT/. ./PUNCT/. ,/PUNCT/, ?/PUNCT/.", "zzz/X/FW qqq/X/FW"};

/* Gold heads of the first three sentences above. */
static const uint32_t gold0[] = {2, 3, 0, 5, 3, 3};
static const uint32_t gold1[] = {2, 4, 4, 0, 4, 8, 8, 2, 4};
static const uint32_t gold2[] = {7, 5, 4, 5, 0, 7, 5, 5};

NM_TEST(train_and_parse) {
  NM_CHECK_EQ_INT(train(model_a, 7), NM_OK);
  nm_error e = {NM_OK, NULL, 0};
  nm_parser *p = nm_parser_open(model_a, &e);
  NM_CHECK(p != NULL);
  if (!p) return;
  size_t agree = 0, total = 0;
  for (size_t s = 0; s < sizeof sentences / sizeof sentences[0]; s++) {
    char buf[512];
    snprintf(buf, sizeof buf, "%s", sentences[s]);
    nm_pword w[32];
    uint32_t heads[32];
    uint16_t rels[32];
    size_t n = split_words(buf, w, 32);
    NM_CHECK(n > 0);
    NM_CHECK_EQ_INT(nm_parser_parse(p, w, n, heads, rels), NM_OK);
    if (!is_tree(p, heads, rels, n, true)) {
      NM_CHECK(!"not a tree");
      fprintf(stderr, "  sentence: %s\n", sentences[s]);
    }
    const uint32_t *gold = s == 0 ? gold0 : s == 1 ? gold1 : s == 2 ? gold2 : NULL;
    for (size_t i = 0; gold && i < n; i++) {
      agree += heads[i] == gold[i];
      total++;
    }
    /* the non-projective arcs, learned lifted and put back */
    if (s == 1) {
      NM_CHECK_EQ_INT(heads[7], 2);
      NM_CHECK_EQ_STR(nm_parser_rel(p, rels[7]), "nmod");
    }
    if (s == 2) {
      NM_CHECK_EQ_INT(heads[0], 7);
      NM_CHECK_EQ_STR(nm_parser_rel(p, rels[0]), "obj");
    }
    /* parsing is a function of the words: a second parse is the same */
    uint32_t heads2[32];
    uint16_t rels2[32];
    NM_CHECK_EQ_INT(nm_parser_parse(p, w, n, heads2, rels2), NM_OK);
    NM_CHECK(!memcmp(heads, heads2, n * sizeof *heads) && !memcmp(rels, rels2, n * sizeof *rels));
  }
  /* the model learned its training sentences */
  NM_CHECK(agree * 10 >= total * 9);
  nm_parser_free(p);
}

NM_TEST(training_is_deterministic) {
  NM_CHECK_EQ_INT(train(model_b, 7), NM_OK);
  size_t la, lb;
  unsigned char *a = nm_test_slurp(model_a, &la), *b = nm_test_slurp(model_b, &lb);
  NM_CHECK(a && b && la > 0 && la == lb && memcmp(a, b, la) == 0);
  free(a);
  free(b);
  /* and the seed matters: another one gives another file */
  NM_CHECK_EQ_INT(train(model_b, 8), NM_OK);
  b = nm_test_slurp(model_b, &lb);
  a = nm_test_slurp(model_a, &la);
  NM_CHECK(a && b && !(la == lb && memcmp(a, b, la) == 0));
  free(a);
  free(b);
}

/* Finds section id in a model file: its offset and length. */
static bool find_section(const unsigned char *m, size_t len, const char *id, size_t *off,
                         size_t *slen) {
  if (len < 24) return false;
  uint32_t n = nm_rd32(m + 16), want = NM_FOURCC(id[0], id[1], id[2], id[3]);
  for (uint32_t i = 0; i < n && 24 + 24 * (size_t)(i + 1) <= len; i++)
    if (nm_rd32(m + 24 + 16 * (size_t)i) == want) {
      *off = (size_t)nm_rd64(m + 24 + 16 * (size_t)i + 8);
      *slen = (size_t)nm_rd64(m + 24 + 16 * (size_t)n + 8 * (size_t)i);
      return *off <= len && *slen <= len - *off;
    }
  return false;
}

/* Finds label name in the PLBL section: the offset of its length byte. */
static bool find_label(const unsigned char *m, size_t len, const char *name, size_t *at) {
  size_t off, sl;
  if (!find_section(m, len, "PLBL", &off, &sl)) return false;
  for (size_t k = 0; k < sl;) {
    size_t l = m[off + k];
    if (l == strlen(name) && k + 1 + l <= sl && !memcmp(m + off + k + 1, name, l)) {
      *at = off + k;
      return true;
    }
    k += 1 + l;
  }
  return false;
}

NM_TEST(lifted_labels_are_learned) {
  size_t len, at;
  unsigned char *m = nm_test_slurp(model_a, &len);
  NM_CHECK(m != NULL);
  if (!m) return;
  NM_CHECK(find_label(m, len, "nmod|nsubj:pass", &at));
  NM_CHECK(find_label(m, len, "obj|ccomp", &at));
  NM_CHECK(find_label(m, len, "acl|obj", &at));
  NM_CHECK(find_label(m, len, "root", &at));
  /* every label is a relation of the fixtures, or two of them joined by a
   * lift; "root" is never part of a lift (the root word is never lifted,
   * and no arc from it is non-projective) */
  size_t off, sl, count = 0;
  NM_CHECK(find_section(m, len, "PLBL", &off, &sl));
  for (size_t k = 0; k < sl && off + sl <= len;) {
    char name[256];
    size_t l = m[off + k];
    if (k + 1 + l > sl) {
      NM_CHECK(!"a label past its section");
      break;
    }
    memcpy(name, m + off + k + 1, l);
    name[l] = 0;
    char *bar = strchr(name, '|');
    if (bar) *bar = 0;
    bool ok = known_rel(name) && (!bar || known_rel(bar + 1));
    ok &= !bar || (strcmp(name, "root") != 0 && strcmp(bar + 1, "root") != 0);
    if (!ok) fprintf(stderr, "label %.*s\n", (int)l, (const char *)m + off + k + 1);
    NM_CHECK(ok);
    k += 1 + l;
    count++;
  }
  NM_CHECK(count >= n_rel_names);
  free(m);
}

NM_TEST(short_sentences) {
  nm_error e = {NM_OK, NULL, 0};
  nm_parser *p = nm_parser_open(model_a, &e);
  NM_CHECK(p != NULL);
  if (!p) return;
  /* no words: nothing is written */
  uint32_t heads[2] = {77, 77};
  uint16_t rels[2] = {77, 77};
  nm_pword w[1] = {{"Yes", 3, "INTJ", "UH", NULL}};
  NM_CHECK_EQ_INT(nm_parser_parse(p, w, 0, heads, rels), NM_OK);
  NM_CHECK(heads[0] == 77 && rels[0] == 77);
  /* one word: it is the root */
  NM_CHECK_EQ_INT(nm_parser_parse(p, w, 1, heads, rels), NM_OK);
  NM_CHECK_EQ_INT(heads[0], 0);
  NM_CHECK_EQ_STR(nm_parser_rel(p, rels[0]), "root");
  NM_CHECK(heads[1] == 77 && rels[1] == 77);
  /* missing tags and an empty or long form are fine */
  nm_pword odd[3] = {{"", 0, NULL, NULL, NULL},
                     {"Ünïcödé-and-a-rather-long-form-that-goes-past-sixty-four-bytes-of-text", 72,
                      "NOUN", NULL, NULL},
                     {".", 1, NULL, "."}};
  uint32_t h3[3];
  uint16_t r3[3];
  NM_CHECK_EQ_INT(nm_parser_parse(p, odd, 3, h3, r3), NM_OK);
  NM_CHECK(is_tree(p, h3, r3, 3, true));
  /* an index past the labels has a name too */
  NM_CHECK(nm_parser_rel(p, 65535) != NULL);
  nm_parser_free(p);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Parses n words cycled from the fixture sentences; returns the best time
 * of three runs, or -1 when the result is not a tree. */
static double parse_long(const nm_parser *p, size_t n) {
  char buf[3][512];
  nm_pword pool[96];
  size_t k = 0;
  for (int s = 0; s < 3; s++) {
    snprintf(buf[s], sizeof buf[s], "%s", sentences[s == 0 ? 2 : s == 1 ? 1 : 4]);
    k += split_words(buf[s], pool + k, 96 - k);
  }
  nm_pword *w = malloc(n * sizeof *w);
  uint32_t *heads = malloc(n * sizeof *heads);
  uint16_t *rels = malloc(n * sizeof *rels);
  double best = -1;
  if (w && heads && rels) {
    for (size_t i = 0; i < n; i++)
      w[i] = pool[i % k];
    for (int run = 0; run < 3; run++) {
      double t0 = now();
      nm_status st = nm_parser_parse(p, w, n, heads, rels);
      double t = now() - t0;
      if (st != NM_OK || !is_tree(p, heads, rels, n, true)) {
        best = -1;
        break;
      }
      if (best < 0 || t < best) best = t;
    }
  }
  free(w);
  free(heads);
  free(rels);
  return best;
}

NM_TEST(long_sentences) {
  nm_error e = {NM_OK, NULL, 0};
  nm_parser *p = nm_parser_open(model_a, &e);
  NM_CHECK(p != NULL);
  if (!p) return;
  double t1 = parse_long(p, 5000), t2 = parse_long(p, 50000);
  NM_CHECK(t1 >= 0 && t2 >= 0);
  /* ten times the words in about ten times the time (quadratic would be a
   * hundred); the bound is loose so that a loaded machine passes */
  if (t1 > 0 && t2 > 0) {
    double ratio = t2 / (t1 > 1e-4 ? t1 : 1e-4);
    if (ratio >= 35) fprintf(stderr, "5000 words: %.4fs, 50000 words: %.4fs\n", t1, t2);
    NM_CHECK(ratio < 35);
  }
  nm_parser_free(p);
}

/* --- undoing the projectivisation */

enum { ROOT, NSUBJ, OBJ, ADVCL, OBJ_ADVCL, OBL, NMOD_OBJ, NMOD, CCOMP, OBJ_CCOMP, NLAB };

static void make_labels(nm_plabel *lab) {
  static const char *const names[NLAB] = {"root", "nsubj",    "obj",  "advcl", "obj|advcl",
                                          "obl",  "nmod|obj", "nmod", "ccomp", "obj|ccomp"};
  memset(lab, 0, NLAB * sizeof *lab);
  for (int i = 0; i < NLAB; i++)
    snprintf(lab[i].name, sizeof lab[i].name, "%s", names[i]);
}

NM_TEST(labels_link) {
  nm_plabel lab[NLAB];
  make_labels(lab);
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_plabels_link(lab, NLAB, &e), NM_OK);
  NM_CHECK_EQ_INT(lab[OBJ].base, OBJ);
  NM_CHECK_EQ_INT(lab[OBJ].lifted_from, -1);
  NM_CHECK_EQ_INT(lab[OBJ_ADVCL].base, OBJ);
  NM_CHECK_EQ_INT(lab[OBJ_ADVCL].lifted_from, ADVCL);
  NM_CHECK_EQ_INT(lab[NMOD_OBJ].base, NMOD);
  NM_CHECK_EQ_INT(lab[NMOD_OBJ].lifted_from, OBJ);
  /* subtypes are labels of their own: "obl:tmod|obj" needs "obl:tmod" */
  nm_plabel sub[3];
  memset(sub, 0, sizeof sub);
  strcpy(sub[0].name, "obl:tmod|obj");
  strcpy(sub[1].name, "obj");
  strcpy(sub[2].name, "obl");
  e.code = NM_OK, e.msg = NULL;
  NM_CHECK_EQ_INT(nm_plabels_link(sub, 3, &e), NM_ERR_FORMAT);
  NM_CHECK(e.msg != NULL);
  strcpy(sub[2].name, "obl:tmod");
  NM_CHECK_EQ_INT(nm_plabels_link(sub, 3, &e), NM_OK);
  NM_CHECK_EQ_INT(sub[0].base, 2);
  NM_CHECK_EQ_INT(sub[0].lifted_from, 1);
  /* a lifted label whose parts are missing */
  static const char *const bad[][3] = {{"advcl|obj", "obj", "nsubj"},   /* no advcl */
                                       {"advcl|obj", "advcl", "nsubj"}, /* no obj */
                                       {"advcl|", "advcl", "obj"},      /* no "" */
                                       {"|obj", "advcl", "obj"},        /* no "" */
                                       {"a|b|c", "a", "b"},             /* "b|c" is lifted */
                                       {"obj|advcl|x", "obj", "advcl|x"}};
  for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
    nm_plabel b[3];
    memset(b, 0, sizeof b);
    for (int i = 0; i < 3; i++)
      strcpy(b[i].name, bad[k][i]);
    nm_error be = {NM_OK, NULL, 0};
    nm_status st = nm_plabels_link(b, 3, &be);
    if (st != NM_ERR_FORMAT || !be.msg) {
      fprintf(stderr, "labels %s, %s, %s were linked\n", bad[k][0], bad[k][1], bad[k][2]);
      NM_CHECK(st == NM_ERR_FORMAT && be.msg);
    }
  }
  /* without an nm_error */
  nm_plabel one[1];
  memset(one, 0, sizeof one);
  strcpy(one[0].name, "obj|advcl");
  NM_CHECK_EQ_INT(nm_plabels_link(one, 1, NULL), NM_ERR_FORMAT);
}

/* True when heads[0..n) form a tree with one root. */
static bool reaches_root(const uint32_t *heads, uint32_t n) {
  uint32_t roots = 0;
  for (uint32_t i = 1; i <= n; i++) {
    if (heads[i - 1] > n) return false;
    roots += heads[i - 1] == 0;
    uint32_t k = i, steps = 0;
    while (k && steps++ <= n)
      k = heads[k - 1];
    if (k) return false;
  }
  return roots == 1;
}

typedef struct deproj_case {
  const char *what;
  uint32_t n;
  uint32_t heads[8];
  uint16_t labels[8];
  uint32_t want_heads[8];
  uint16_t want_labels[8];
} deproj_case;

NM_TEST(deprojectivize) {
  nm_plabel lab[NLAB];
  make_labels(lab);
  NM_CHECK_EQ_INT(nm_plabels_link(lab, NLAB, NULL), NM_OK);
  static const deproj_case cases[] = {
      {"the first advcl below the head, in word order",
       6,
       {2, 0, 2, 3, 2, 2},
       {NSUBJ, ROOT, ADVCL, ADVCL, OBJ_ADVCL, ADVCL},
       {2, 0, 2, 3, 3, 2},
       {NSUBJ, ROOT, ADVCL, ADVCL, OBJ, ADVCL}},
      {"breadth first: a child of the head before a grandchild to its left",
       5,
       {2, 0, 1, 2, 2},
       {NSUBJ, ROOT, ADVCL, OBJ_ADVCL, ADVCL},
       {2, 0, 1, 5, 2},
       {NSUBJ, ROOT, ADVCL, OBJ, ADVCL}},
      {"never into the word's own subtree",
       5,
       {0, 1, 2, 1, 4},
       {ROOT, OBJ_ADVCL, ADVCL, OBL, ADVCL},
       {0, 5, 2, 1, 4},
       {ROOT, OBJ, ADVCL, OBL, ADVCL}},
      {"only in its own subtree: the head stays",
       3,
       {0, 1, 2},
       {ROOT, OBJ_ADVCL, ADVCL},
       {0, 1, 2},
       {ROOT, OBJ, ADVCL}},
      {"no word with the relation: the head stays",
       4,
       {0, 1, 1, 3},
       {ROOT, NSUBJ, OBJ_CCOMP, OBL},
       {0, 1, 1, 3},
       {ROOT, NSUBJ, OBJ, OBL}},
      {"two lifts; the first finds a word that is lifted itself",
       4,
       {0, 1, 1, 1},
       {ROOT, ADVCL, NMOD_OBJ, OBJ_ADVCL},
       {0, 1, 4, 2},
       {ROOT, ADVCL, NMOD, OBJ}},
      {"a ccomp deeper down, below a non-matching child",
       6,
       {0, 1, 2, 3, 1, 5},
       {ROOT, NSUBJ, OBL, CCOMP, OBJ_CCOMP, NMOD},
       {0, 1, 2, 3, 4, 5},
       {ROOT, NSUBJ, OBL, CCOMP, OBJ, NMOD}},
      {"nothing lifted: nothing changes",
       3,
       {2, 0, 2},
       {NSUBJ, ROOT, OBJ},
       {2, 0, 2},
       {NSUBJ, ROOT, OBJ}},
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    const deproj_case *k = &cases[c];
    uint32_t heads[8];
    uint16_t labels[8];
    memcpy(heads, k->heads, sizeof heads);
    memcpy(labels, k->labels, sizeof labels);
    NM_CHECK(reaches_root(heads, k->n));
    nm_parser_deprojectivize(lab, k->n, heads, labels);
    bool ok = !memcmp(heads, k->want_heads, k->n * sizeof *heads) &&
              !memcmp(labels, k->want_labels, k->n * sizeof *labels);
    if (!ok) {
      fprintf(stderr, "deprojectivize: %s: heads", k->what);
      for (uint32_t i = 0; i < k->n; i++)
        fprintf(stderr, " %u/%s", (unsigned)heads[i], lab[labels[i]].name);
      fprintf(stderr, "\n");
    }
    NM_CHECK(ok);
    NM_CHECK(reaches_root(heads, k->n));
  }
  /* a lifted word on the root keeps it; no words at all is fine */
  uint32_t h1[1] = {0};
  uint16_t l1[1] = {OBJ_ADVCL};
  nm_parser_deprojectivize(lab, 1, h1, l1);
  NM_CHECK(h1[0] == 0 && l1[0] == OBJ);
  nm_parser_deprojectivize(lab, 0, h1, l1);
  NM_CHECK(h1[0] == 0 && l1[0] == OBJ);
}

/* Many lifted words on one head, with and without a word to move to: every
 * label loses its lift, the tree stays a tree. */
NM_TEST(deprojectivize_many) {
  nm_plabel lab[NLAB];
  make_labels(lab);
  NM_CHECK_EQ_INT(nm_plabels_link(lab, NLAB, NULL), NM_OK);
  const uint32_t n = 3000;
  uint32_t *heads = malloc(n * sizeof *heads);
  uint16_t *labels = malloc(n * sizeof *labels);
  if (!heads || !labels) {
    NM_CHECK(!"out of memory");
    free(heads);
    free(labels);
    return;
  }
  for (int with_target = 0; with_target < 2; with_target++) {
    heads[0] = 0;
    labels[0] = ROOT;
    for (uint32_t i = 2; i <= n; i++) {
      heads[i - 1] = 1;
      labels[i - 1] = OBJ_CCOMP;
    }
    if (with_target) labels[n - 1] = CCOMP; /* the last word */
    nm_parser_deprojectivize(lab, n, heads, labels);
    bool base = true;
    uint32_t moved = 0;
    for (uint32_t i = 2; i <= n; i++) {
      base &= labels[i - 1] == (i == n && with_target ? CCOMP : OBJ);
      moved += heads[i - 1] == n;
    }
    NM_CHECK(base);
    NM_CHECK(reaches_root(heads, n));
    if (!with_target) NM_CHECK_EQ_INT(moved, 0);
    /* some are moved below the ccomp (the number is bounded) */
    if (with_target) NM_CHECK(moved > 0);
  }
  free(heads);
  free(labels);
}

/* --- damaged model files */

/* Opens a damaged model: it must be rejected with a message, or load and
 * parse a sentence into a tree. Returns true when it was rejected. */
static bool rejected_or_safe(const unsigned char *m, size_t len) {
  nm_error e = {NM_OK, NULL, 0};
  nm_parser *p = nm_parser_open_mem(m, len, &e);
  if (!p) {
    if (e.code == NM_OK || !e.msg) {
      fprintf(stderr, "rejected without an error (code %d)\n", (int)e.code);
      NM_CHECK(e.code != NM_OK && e.msg);
    }
    return true;
  }
  char buf[512];
  snprintf(buf, sizeof buf, "%s", sentences[4]);
  nm_pword w[32];
  uint32_t heads[32];
  uint16_t rels[32];
  size_t n = split_words(buf, w, 32);
  NM_CHECK_EQ_INT(nm_parser_parse(p, w, n, heads, rels), NM_OK);
  NM_CHECK(is_tree(p, heads, rels, n, false));
  nm_parser_free(p);
  return false;
}

/* Sets a little-endian u32. */
static void put32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
  p[2] = (unsigned char)(v >> 16);
  p[3] = (unsigned char)(v >> 24);
}

/* Expects the model to be rejected with NM_ERR_FORMAT and a message. */
static void expect_rejected(const unsigned char *m, size_t len, const char *what) {
  nm_error e = {NM_OK, NULL, 0};
  nm_parser *p = nm_parser_open_mem(m, len, &e);
  if (p || e.code != NM_ERR_FORMAT || !e.msg) {
    fprintf(stderr, "%s: %s (code %d)\n", what, p ? "loaded" : "no message", (int)e.code);
    NM_CHECK(!p && e.code == NM_ERR_FORMAT && e.msg);
  }
  nm_parser_free(p);
}

NM_TEST(damaged_models_are_rejected) {
  size_t len;
  unsigned char *m = nm_test_slurp(model_a, &len);
  NM_CHECK(m != NULL && len > 200);
  if (!m || len <= 200) {
    free(m);
    return;
  }
  NM_CHECK(!rejected_or_safe(m, len)); /* the model itself loads */
  /* every truncation fails cleanly; only a cut in trailing padding loads */
  size_t sec_end = 0, off, sl;
  static const char *const ids[] = {"PINF", "PLBL", "PGRP", "PARC", "PSLT", "PWGT"};
  for (int i = 0; i < 6; i++) {
    NM_CHECK(find_section(m, len, ids[i], &off, &sl));
    if (find_section(m, len, ids[i], &off, &sl) && off + sl > sec_end) sec_end = off + sl;
  }
  for (size_t cut = 0; cut < len; cut++) {
    bool rej = rejected_or_safe(m, cut);
    if (rej != (cut < sec_end)) {
      fprintf(stderr, "a cut at %zu of %zu bytes %s\n", cut, len, rej ? "was rejected" : "loaded");
      NM_CHECK(rej == (cut < sec_end));
      break;
    }
  }
  unsigned char *c = malloc(len);
  if (!c) {
    free(m);
    return;
  }
  /* flipped bytes in the container header and at the start of each
   * section: rejected, or a parser that still parses into trees */
  size_t hdr = 24 + 24 * (size_t)nm_rd32(m + 16);
  static const unsigned char flips[] = {0x01, 0x80, 0xA5, 0xFF};
  for (size_t i = 0; i < hdr; i++)
    for (size_t f = 0; f < sizeof flips; f++) {
      memcpy(c, m, len);
      c[i] ^= flips[f];
      rejected_or_safe(c, len);
    }
  for (int s = 0; s < 6; s++) {
    if (!find_section(m, len, ids[s], &off, &sl)) continue;
    for (size_t i = off; i < off + sl && i < off + 96; i++)
      for (size_t f = 0; f < sizeof flips; f++) {
        memcpy(c, m, len);
        c[i] ^= flips[f];
        rejected_or_safe(c, len);
      }
  }
  /* and a sample of the rest */
  for (size_t i = hdr; i < len; i += 61) {
    memcpy(c, m, len);
    c[i] ^= 0xA5;
    rejected_or_safe(c, len);
  }

  /* specific damage, each a clean NM_ERR_FORMAT */
  memcpy(c, m, len);
  memcpy(c + 12, "TAGR", 4);
  expect_rejected(c, len, "another kind");
  memcpy(c, m, len);
  memcpy(c, "NEWSMILX", 8);
  expect_rejected(c, len, "bad magic");
  if (find_section(m, len, "PINF", &off, &sl) && sl >= 24) {
    uint32_t L = nm_rd32(m + off + 4);
    static const struct {
      size_t at;
      uint32_t v;
      const char *what;
    } inf[] = {{0, 99, "another feature set"},
               {4, 1, "one label"},
               {4, 1001, "too many labels"},
               {4, 0xFFFFFFFFu, "2^32-1 labels"},
               {8, 0xFFFFFFFFu, "root past the labels"},
               {20, 0, "no label groups"},
               {20, 16, "too many label groups"},
               {20, 0xFFFFFFFFu, "2^32-1 label groups"}};
    for (size_t k = 0; k < sizeof inf / sizeof inf[0]; k++) {
      memcpy(c, m, len);
      put32(c + off + inf[k].at, inf[k].v);
      expect_rejected(c, len, inf[k].what);
    }
    memcpy(c, m, len);
    put32(c + off + 8, L);
    expect_rejected(c, len, "root == L");
    memcpy(c, m, len);
    put32(c + off + 4, L + 1);
    expect_rejected(c, len, "one label more than PLBL and PGRP hold");
    memcpy(c, m, len);
    put32(c + off + 4, L - 1);
    expect_rejected(c, len, "one label fewer than PGRP holds");
    /* a root index that names another label */
    memcpy(c, m, len);
    put32(c + off + 8, nm_rd32(m + off + 8) == 0 ? 1 : 0);
    expect_rejected(c, len, "the root label is not root");
  }
  if (find_section(m, len, "PGRP", &off, &sl) && sl > 0 && find_section(m, len, "PINF", &sl, &sl)) {
    size_t inf_off;
    find_section(m, len, "PINF", &inf_off, &sl);
    uint32_t G = nm_rd32(m + inf_off + 20);
    memcpy(c, m, len);
    c[off] = (unsigned char)G;
    expect_rejected(c, len, "a label's group is G");
    memcpy(c, m, len);
    c[off + 1] = 0xFF;
    expect_rejected(c, len, "a label's group is 255");
  }
  size_t at;
  if (find_label(m, len, "obj|ccomp", &at)) {
    memcpy(c, m, len);
    c[at + 1 + 6] = 'X'; /* "obj|ccXmp": its second part is not a label */
    expect_rejected(c, len, "a lifted label without its second part");
    memcpy(c, m, len);
    c[at + 1] = 'X'; /* "Xbj|ccomp": without its first part */
    expect_rejected(c, len, "a lifted label without its first part");
    memcpy(c, m, len);
    c[at + 1 + 4] = 0; /* a NUL in the name */
    expect_rejected(c, len, "a NUL in a label");
    memcpy(c, m, len);
    c[at] = 0; /* an empty label */
    expect_rejected(c, len, "an empty label");
    memcpy(c, m, len);
    c[at] = 0xFF; /* past the section */
    expect_rejected(c, len, "a label longer than its section");
    /* lifts that name "root" would give a second word that relation */
    memcpy(c, m, len);
    memcpy(c + at + 1, "nmod|root", 9);
    expect_rejected(c, len, "a lift from the root");
    memcpy(c, m, len);
    memcpy(c + at + 1, "root|case", 9);
    expect_rejected(c, len, "a lifted root");
  }
  if (find_label(m, len, "root", &at)) {
    memcpy(c, m, len);
    memcpy(c + at + 1, "r00t", 4);
    expect_rejected(c, len, "no label named root");
  }
  /* two labels of the same name: copy a plain label onto another of its
   * length (neither of them "root") */
  if (find_section(m, len, "PLBL", &off, &sl)) {
    bool done = false;
    for (size_t k = 0; k < sl && !done; k += 1 + (size_t)m[off + k]) {
      const unsigned char *a = m + off + k + 1;
      size_t l = m[off + k];
      if (memchr(a, '|', l) || (l == 4 && !memcmp(a, "root", 4))) continue;
      for (size_t j = 0; j < k && !done; j += 1 + (size_t)m[off + j]) {
        const unsigned char *b = m + off + j + 1;
        if (m[off + j] != l || memchr(b, '|', l) || (l == 4 && !memcmp(b, "root", 4))) continue;
        memcpy(c, m, len);
        memcpy(c + off + k + 1, b, l);
        expect_rejected(c, len, "a duplicate label");
        done = true;
      }
    }
    NM_CHECK(done);
  }
  /* the transition table's header (its first four counts: classes,
   * slots, rows, row width), and sections missing or resized */
  if (find_section(m, len, "PARC", &off, &sl) && sl >= 16) {
    static const struct {
      size_t at;
      uint32_t v;
      const char *what;
    } arc[] = {{0, 3, "another number of classes"},
               {0, 0, "no classes"},
               {4, 0, "no slots"},
               {4, 0xFFFFFFFFu, "2^32-1 slots"},
               {8, 0xFFFFFFFFu, "rows past the section"},
               {12, 8, "another row width"}};
    for (size_t k = 0; k < sizeof arc / sizeof arc[0]; k++) {
      memcpy(c, m, len);
      put32(c + off + arc[k].at, arc[k].v);
      expect_rejected(c, len, arc[k].what);
    }
  }
  for (int s = 0; s < 6; s++) {
    uint32_t n = nm_rd32(m + 16);
    for (uint32_t i = 0; i < n; i++) {
      if (memcmp(m + 24 + 16 * (size_t)i, ids[s], 4) != 0) continue;
      memcpy(c, m, len);
      c[24 + 16 * (size_t)i + 3] = 'X'; /* renamed: the section is missing */
      expect_rejected(c, len, ids[s]);
      /* shorter by one byte, and by eight */
      size_t lt = 24 + 16 * (size_t)n + 8 * (size_t)i;
      uint64_t slen = nm_rd64(m + lt);
      if (slen >= 8) {
        memcpy(c, m, len);
        put32(c + lt, (uint32_t)(slen - 1));
        expect_rejected(c, len, ids[s]);
        memcpy(c, m, len);
        put32(c + lt, (uint32_t)(slen - 8));
        expect_rejected(c, len, ids[s]);
      }
    }
  }
  free(c);
  free(m);
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK(nm_parser_open("/nonexistent/parser.nmm", &e) == NULL);
  NM_CHECK_EQ_INT(e.code, NM_ERR_IO);
  NM_CHECK(e.msg != NULL);
  e.code = NM_OK;
  NM_CHECK(nm_parser_open_mem(NULL, 0, &e) == NULL);
  NM_CHECK_EQ_INT(e.code, NM_ERR_FORMAT);
  NM_CHECK(nm_parser_open_mem((const unsigned char *)"NEWSMILL", 8, NULL) == NULL);
}

/* Whether the shipped model's parse of words ("form/UPOS/XPOS[/lemma]
 * ...", the tags and lemmas the pipeline gives them), repaired
 * (nm_parser_repair), is a tree with the arcs of want ("14:7:conj
 * 15:14:obj": word 14 hangs on word 7 as its conjunct, ...; words 1-based,
 * head 0 the root). Says why not. */
static bool repaired_as(const char *words, const char *want) {
  nm_error e = {NM_OK, NULL, 0};
  nm_parser *p = nm_parser_open("models/parser.nmm", &e);
  if (!p) {
    fprintf(stderr, "cannot open models/parser.nmm\n");
    return false;
  }
  char buf[1024];
  snprintf(buf, sizeof buf, "%s", words);
  nm_pword w[48];
  uint32_t heads[48];
  uint16_t rels[48];
  size_t n = split_words(buf, w, 48);
  bool ok = n > 0 && nm_parser_parse(p, w, n, heads, rels) == NM_OK;
  if (ok) nm_parser_repair(p, w, n, heads, rels);
  ok = ok && is_tree(p, heads, rels, n, false); /* the model's own relations */
  unsigned k, h;
  char rel[32];
  int used = 0;
  for (const char *s = want; ok && sscanf(s, "%u:%u:%31s%n", &k, &h, rel, &used) == 3; s += used) {
    const char *got = k >= 1 && k <= n ? nm_parser_rel(p, rels[k - 1]) : "(no word)";
    if (k < 1 || k > n || heads[k - 1] != h || strcmp(got, rel) != 0) {
      fprintf(stderr, "word %u: head %u, %s; expected %u, %s\n", k,
              k >= 1 && k <= n ? (unsigned)heads[k - 1] : 0, got, h, rel);
      ok = false;
    }
  }
  nm_parser_free(p);
  return ok;
}

/* With the shipped model: "X rejected the report as politically motivated
 * and accused Britain ...", where the parse joins "accused" (a past
 * tense with an object of its own) to the participle after "as", is
 * repaired to make "accused" the conjunct of "rejected", whose subject it
 * shares (nm_parser_repair): word 14, "accused", hangs on word 7,
 * "rejected", and "Britain" stays its object. */
NM_TEST(conjunct_of_a_participle_is_the_finite_verb_s) {
  NM_CHECK(repaired_as("Iran/PROPN/NNP 's/PART/POS Foreign/ADJ/NNP Minister/PROPN/NNP "
                       "Abbas/PROPN/NNP Araghchi/PROPN/NNP rejected/VERB/VBD the/DET/DT "
                       "report/NOUN/NN as/SCONJ/IN politically/ADV/RB motivated/VERB/VBN "
                       "and/CCONJ/CC accused/VERB/VBD Britain/PROPN/NNP ,/PUNCT/, "
                       "France/PROPN/NNP and/CCONJ/CC Germany/PROPN/NNP of/ADP/IN "
                       "spying/NOUN/NN ./PUNCT/.",
                       "14:7:conj 15:14:obj"));
}

/* "The agency said Wednesday it had resumed deliveries": the day is when
 * it was said, not the object of "said" with a relative clause; the clause
 * is what was said */
NM_TEST(day_after_say_is_the_time_of_saying) {
  NM_CHECK(repaired_as("The/DET/DT World/PROPN/NNP Food/PROPN/NNP Programme/NOUN/NN "
                       "said/VERB/VBD/say Wednesday/PROPN/NNP it/PRON/PRP had/AUX/VBD "
                       "resumed/VERB/VBN food/NOUN/NN distributions/NOUN/NNS ./PUNCT/.",
                       "6:5:obl:unmarked 9:5:ccomp"));
}

/* "The mission said that voting had been peaceful but noted isolated
 * delays": "noted" (12), which the parse joins to the adjective of what
 * was said, is the conjunct of "said" (4); with "killed", no verb of
 * saying, the parse stays */
NM_TEST(report_joined_to_what_was_said_is_the_reporter_s) {
  char words[384];
  for (int note = 1; note >= 0; note--) {
    snprintf(words, sizeof words,
             "The/DET/DT election/NOUN/NN mission/NOUN/NN said/VERB/VBD/say that/SCONJ/IN "
             "voting/NOUN/NN had/AUX/VBD/have been/AUX/VBN/be largely/ADV/RB "
             "peaceful/ADJ/JJ/peaceful but/CCONJ/CC %s/VERB/VBD/%s isolated/ADJ/JJ "
             "delays/NOUN/NNS ./PUNCT/.",
             note ? "noted" : "killed", note ? "note" : "kill");
    NM_CHECK(repaired_as(words, note ? "12:4:conj" : "12:10:conj"));
  }
}

/* "The agency said last week that Yemenis faced hunger and warned that
 * cuts had forced it …": "week", taken for the object of "said", is its
 * time and "faced" (9) what was said; "warned" (13), a past tense that
 * reports a that-clause of its own, is the conjunct of "said" (3) */
NM_TEST(last_week_that_and_a_second_report) {
  NM_CHECK(repaired_as("The/DET/DT agency/NOUN/NN said/VERB/VBD/say last/ADJ/JJ week/NOUN/NN "
                       "that/PRON/WDT/that more/ADJ/JJR than/ADP/IN Yemenis/PROPN/NNPS "
                       "faced/VERB/VBD/face acute/ADJ/JJ hunger/NOUN/NN and/CCONJ/CC "
                       "warned/VERB/VBD/warn that/SCONJ/IN cuts/NOUN/NNS had/AUX/VBD/have "
                       "forced/VERB/VBN/force it/PRON/PRP to/PART/TO reduce/VERB/VB/reduce "
                       "rations/NOUN/NNS ./PUNCT/.",
                       "5:3:obl:unmarked 10:3:ccomp 14:3:conj"));
}

/* "called for the minister to be censured and said her bloc would …":
 * "said" (10), a past tense, cannot share the infinitive's "to"; it is
 * the conjunct of "called" (2) */
NM_TEST(past_tense_joined_to_an_infinitive) {
  NM_CHECK(repaired_as("She/PRON/PRP called/VERB/VBD/call for/SCONJ/IN the/DET/DT "
                       "minister/NOUN/NN to/PART/TO be/AUX/VB/be censured/VERB/VBN/censure "
                       "and/CCONJ/CC said/VERB/VBD/say her/PRON/PRP$ bloc/NOUN/NN "
                       "would/AUX/MD table/VERB/VB/table a/DET/DT motion/NOUN/NN ./PUNCT/.",
                       "10:2:conj"));
  /* a perfect too: "has rejected calls to resign and accused …": "accused"
   * (8) is the conjunct of "rejected" (3) */
  NM_CHECK(repaired_as("Vucic/PROPN/NNP has/AUX/VBZ/have rejected/VERB/VBN/reject "
                       "calls/NOUN/NNS to/ADP/IN resign/VERB/VB/resign and/CCONJ/CC "
                       "accused/VERB/VBN/accuse foreign/ADJ/JJ intelligence/NOUN/NN "
                       "services/NOUN/NNS of/SCONJ/IN trying/VERB/VBG/try to/PART/TO "
                       "topple/VERB/VB/topple him/PRON/PRP ./PUNCT/.",
                       "8:3:conj"));
}

/* "In Tbilisi, protest organiser Nino Tsereteli, 31, welcomed the
 * sanctions": the phrase set off after the opening place, which the parse
 * made the place's apposition, is the subject of "welcomed" (11) */
NM_TEST(phrase_after_an_opening_place_is_the_subject) {
  NM_CHECK(repaired_as("In/ADP/IN Tbilisi/PROPN/NNP ,/PUNCT/, protest/ADJ/JJS "
                       "organiser/NOUN/NN Nino/PROPN/NNP Tsereteli/PROPN/NNP ,/PUNCT/, "
                       "31/NUM/CD ,/PUNCT/, welcomed/VERB/VBD/welcome the/DET/DT "
                       "sanctions/NOUN/NNS ./PUNCT/.",
                       "5:11:nsubj"));
}

/* "a package of trade, energy and defense agreements": the plural
 * "agreements" (13), which the parse hung from "trade", heads the list
 * that modifies it and takes "of" (7) */
NM_TEST(noun_list_modifies_the_plural_after_it) {
  NM_CHECK(repaired_as("Indonesia/PROPN/NNP and/CCONJ/CC Vietnam/PROPN/NNP signed/VERB/VBD/sign "
                       "a/DET/DT package/NOUN/NN of/ADP/IN trade/NOUN/NN ,/PUNCT/, "
                       "energy/NOUN/NN and/CCONJ/CC defense/NOUN/NN agreements/NOUN/NNS "
                       "on/ADP/IN Wednesday/PROPN/NNP ./PUNCT/.",
                       "13:6:nmod 7:13:case 8:13:compound"));
}

/* "said earlier this week that new deliveries were expected": "that"
 * (6), which the parse made a second subject of "expected", marks its
 * clause, and "week" (5) dates the saying */
NM_TEST(that_made_a_second_subject_marks_the_clause) {
  NM_CHECK(repaired_as("Yaremchuk/PROPN/NNP said/VERB/VBD/say earlier/ADV/RBR this/DET/DT "
                       "week/NOUN/NN that/PRON/WDT/that new/ADJ/JJ deliveries/NOUN/NNS "
                       "were/AUX/VBD/be expected/VERB/VBN/expect soon/ADV/RB ./PUNCT/.",
                       "6:10:mark 5:2:obl:unmarked"));
}

/* "urged Georgian authorities to release detained protesters": the
 * to-clause after the object of a verb that asks its object to act is
 * the verb's complement (xcomp), not a purpose clause (advcl) */
NM_TEST(asking_verb_s_to_clause_is_its_complement) {
  NM_CHECK(repaired_as("Moor/PROPN/NNP said/VERB/VBD/say the/DET/DT bloc/NOUN/NN was/AUX/VBD/be "
                       "concerned/ADJ/JJ and/CCONJ/CC urged/VERB/VBD/urge Georgian/ADJ/JJ "
                       "authorities/NOUN/NNS to/PART/TO release/VERB/VB/release "
                       "detained/ADJ/JJ protesters/NOUN/NNS ./PUNCT/.",
                       "12:8:xcomp"));
}

/* With the shipped model: "She said residents buried 23 bodies.", parsed
 * with "residents" the object of "said" and "buried" a clause of the
 * noun, is repaired: the noun is the subject of "buried", which is what
 * was said. Only after "say" (the lemma): without it, the parse stays. */
NM_TEST(noun_after_say_is_the_said_clause_s_subject) {
  char words[256];
  for (int say = 1; say >= 0; say--) {
    snprintf(words, sizeof words,
             "She/PRON/PRP said/VERB/VBD%s residents/NOUN/NNS buried/VERB/VBD 23/NUM/CD "
             "bodies/NOUN/NNS ./PUNCT/.",
             say ? "/say" : "");
    NM_CHECK(repaired_as(words, say ? "3:4:nsubj 4:2:ccomp" : "3:2:obj 4:3:acl"));
  }
}

/* With the shipped model: "warned last month that the army would not
 * allow ...", parsed with the clause a relative clause of "month", is
 * repaired: "allow" (11) is what "warned" (3) says, "that" its marker */
NM_TEST(that_clause_after_a_time_noun_is_the_verb_s) {
  NM_CHECK(repaired_as("The/DET/DT general/NOUN/NN warned/VERB/VBD last/ADJ/JJ month/NOUN/NN "
                       "that/PRON/WDT the/DET/DT army/NOUN/NN would/AUX/MD not/PART/RB "
                       "allow/VERB/VB such/ADJ/JJ raids/NOUN/NNS to/PART/TO continue/VERB/VB "
                       "./PUNCT/.",
                       "11:3:ccomp 6:11:mark"));
}

/* With the shipped model: "families of the north, who were displaced
 * after floods", parsed with the clause an adverbial clause of "return",
 * is repaired: "displaced" (11) is the relative clause of "north" (7),
 * the noun before the comma */
NM_TEST(who_clause_after_a_comma_is_the_noun_s) {
  NM_CHECK(repaired_as("Kenya/PROPN/NNP will/AUX/MD return/VERB/VB families/NOUN/NNS of/ADP/IN "
                       "the/DET/DT north/NOUN/NN ,/PUNCT/, who/PRON/WP were/AUX/VBD "
                       "displaced/VERB/VBN after/ADP/IN floods/NOUN/NNS in/ADP/IN May/PROPN/NNP "
                       "./PUNCT/.",
                       "11:7:acl:relcl"));
}

/* With the shipped model: "Gang leader X, whose coalition has attacked
 * police stations and prisons since February, warned that ...", parsed
 * with the noun "leader" as the root, the relative clause its clause and
 * "warned" the relative clause's conjunct, is repaired: "warned" (17) is
 * the root, "leader" (2) its subject and "attacked" (9) the relative
 * clause of the name (3) */
NM_TEST(noun_root_s_relative_clause_and_main_verb) {
  NM_CHECK(repaired_as("Gang/NOUN/NN leader/NOUN/NN Pierre/PROPN/NNP Duvalon/PROPN/NNP ,/PUNCT/, "
                       "whose/PRON/WP$ coalition/NOUN/NN has/AUX/VBZ attacked/VERB/VBN "
                       "police/NOUN/NN stations/NOUN/NNS and/CCONJ/CC prisons/NOUN/NNS "
                       "since/ADP/IN February/PROPN/NNP ,/PUNCT/, warned/VERB/VBD that/SCONJ/IN "
                       "his/PRON/PRP$ fighters/NOUN/NNS would/AUX/MD resist/VERB/VB any/DET/DT "
                       "foreign/ADJ/JJ troops/NOUN/NNS ./PUNCT/.",
                       "17:0:root 2:17:nsubj 9:3:acl:relcl"));
}

/* "…, U.S. Navy says" at a headline's end, the noun hung elsewhere: the
 * noun is the verb's subject, the verb the clause's sourcing */
NM_TEST(trailing_source_of_a_headline) {
  NM_CHECK(repaired_as("Iran/PROPN/NNP seizes/VERB/VBZ oil/NOUN/NN tanker/NOUN/NN in/ADP/IN "
                       "Gulf/PROPN/NNP of/ADP/IN Oman/PROPN/NNP ,/PUNCT/, U.S./PROPN/NNP "
                       "Navy/PROPN/NNP says/VERB/VBZ",
                       "12:2:parataxis 11:12:nsubj"));
}

/* With the shipped model: "met Qatari Prime Minister Mohammed bin
 * Abdulrahman Al Thani", the name (9) parsed as a conjunct of "Qatari" (6)
 * with no "and" between, is repaired: the name is the object of "met" (5),
 * "Qatari" its modifier */
NM_TEST(conjunct_with_no_and_heads_the_phrase) {
  NM_CHECK(repaired_as("CIA/PROPN/NNP Director/PROPN/NNP William/PROPN/NNP Burns/PROPN/NNP "
                       "met/VERB/VBD Qatari/PROPN/NNP Prime/ADJ/NNP Minister/PROPN/NNP "
                       "Mohammed/PROPN/NNP bin/PROPN/NNP Abdulrahman/PROPN/NNP Al/PROPN/NNP "
                       "Thani/PROPN/NNP in/ADP/IN Doha/PROPN/NNP on/ADP/IN Saturday/PROPN/NNP "
                       "./PUNCT/.",
                       "9:5:obj 6:9:amod"));
}

/* With the shipped model: "Rights groups say dozens of activists have
 * been abducted since January", parsed as "rights [that] groups say" with
 * "Rights" the subject of "abducted" (or the root): "Rights" (1) is the
 * compound of "groups" (2), "say" (3) the root, "abducted" (9) what it
 * says and "dozens" (4) its subject */
NM_TEST(two_opening_nouns_and_a_verb_of_saying) {
  NM_CHECK(repaired_as("Rights/NOUN/NNS/right groups/NOUN/NNS/group say/VERB/VBP/say "
                       "dozens/NOUN/NNS/dozen of/ADP/IN/of opposition/NOUN/NN/opposition "
                       "activists/NOUN/NNS/activist have/AUX/VBP/have been/AUX/VBN/be "
                       "abducted/VERB/VBN/abduct since/ADP/IN/since January/PROPN/NNP/January "
                       "./PUNCT/./.",
                       "1:2:compound 3:0:root 10:3:ccomp 4:10:nsubj:pass"));
  NM_CHECK(repaired_as("Rights/NOUN/NNS/right groups/NOUN/NNS/group say/VERB/VBP/say "
                       "dozens/NOUN/NNS/dozen of/ADP/IN/of activists/NOUN/NNS/activist "
                       "have/AUX/VBP/have been/AUX/VBN/be abducted/VERB/VBN/abduct ./PUNCT/./.",
                       "1:2:compound 3:0:root 9:3:ccomp"));
}

/* With the shipped model: "Congolese troops and M23 rebels clashed on
 * Monday", parsed with "troops" the root and "clashed" a reduced
 * relative clause of "rebels": "clashed" (6) is the root and "troops" (2)
 * its subject; under a verb of saying ("…, local officials said") the
 * verb is what is said */
NM_TEST(verb_with_no_passive_is_no_relative_clause) {
  NM_CHECK(repaired_as("Congolese/ADJ/JJ/Congolese troops/NOUN/NNS/troops and/CCONJ/CC/and "
                       "M23/NOUN/NN/m23 rebels/NOUN/NNS/rebel clashed/VERB/VBN/clash "
                       "on/ADP/IN/on Monday/PROPN/NNP/Monday ./PUNCT/./.",
                       "6:0:root 2:6:nsubj 8:6:obl"));
  NM_CHECK(repaired_as("Congolese/ADJ/JJ/Congolese troops/NOUN/NNS/troops and/CCONJ/CC/and "
                       "M23/NOUN/NN/m23 rebels/NOUN/NNS/rebel clashed/VERB/VBN/clash "
                       "near/ADP/IN/near the/DET/DT/the town/NOUN/NN/town of/ADP/IN/of "
                       "Sake/NOUN/NN/sake on/ADP/IN/on Monday/PROPN/NNP/Monday ,/PUNCT/,/, "
                       "local/ADJ/JJ/local officials/NOUN/NNS/official said/VERB/VBD/say "
                       "./PUNCT/./.",
                       "6:17:ccomp 2:6:nsubj"));
}

/* With the shipped model: "Prime Minister X condemned the launches as
 * \"absolutely unacceptable\" and said Tokyo had lodged a protest",
 * parsed with "said" (15) a conjunct of the adjective that describes the
 * object: it is the conjunct of "condemned" (6), whose subject it shares */
NM_TEST(conjunct_of_an_object_s_description) {
  NM_CHECK(repaired_as("Japanese/ADJ/JJ/Japanese Prime/ADJ/NNP/Prime Minister/PROPN/NNP/Minister "
                       "Shigeru/PROPN/NNP/Shigeru Ishiba/PROPN/NNP/Ishiba "
                       "condemned/VERB/VBD/condemn the/DET/DT/the launches/NOUN/NNS/launch "
                       "as/ADP/IN/as \"/PUNCT/``/\" absolutely/ADV/RB/absolutely "
                       "unacceptable/ADJ/JJ/unacceptable \"/PUNCT/''/\" and/CCONJ/CC/and "
                       "said/VERB/VBD/say Tokyo/PROPN/NNP/Tokyo had/AUX/VBD/have "
                       "lodged/VERB/VBN/lodge a/DET/DT/a protest/NOUN/NN/protest "
                       "with/ADP/IN/with Pyongyang/PROPN/NNP/Pyongyang ./PUNCT/./.",
                       "15:6:conj"));
}

/* With the shipped model: 'X said the bloc "strongly condemns" the use of
 * force and urged the government to act', parsed with "bloc" (9) the
 * object of "said" (7): past the clause's own quotation mark and adverb,
 * it is the subject of "condemns" (12) */
NM_TEST(said_object_before_a_quoted_clause) {
  NM_CHECK(repaired_as("The/DET/DT/the EU/PROPN/NNP/EU 's/PART/POS/'s foreign/ADJ/JJ/foreign "
                       "policy/NOUN/NN/policy chief/NOUN/NN/chief said/VERB/VBD/say "
                       "the/DET/DT/the bloc/NOUN/NN/bloc \"/PUNCT/``/\" "
                       "strongly/ADV/RB/strongly condemns/VERB/VBZ/condemn \"/PUNCT/''/\" "
                       "the/DET/DT/the use/NOUN/NN/use of/ADP/IN/of force/NOUN/NN/force "
                       "against/ADP/IN/against peaceful/ADJ/JJ/peaceful "
                       "protesters/NOUN/NNS/protester and/CCONJ/CC/and urged/VERB/VBD/urge "
                       "the/DET/DT/the Georgian/ADJ/JJ/Georgian government/NOUN/NN/government "
                       "to/PART/TO/to release/VERB/VB/release those/DET/DT/those "
                       "detained/VERB/VBN/detain ./PUNCT/./.",
                       "9:12:nsubj"));
}

/* With the shipped model: "Justice Secretary Jesus Crispin Remulla said
 * the former mayor, Alice Guo, was detained at a hotel", parsed with
 * "mayor" (9) the object of "said" (6) and the comma after the
 * apposition on "said": "mayor" is the subject of "detained" (15) */
NM_TEST(said_object_with_an_apposition) {
  NM_CHECK(repaired_as("Justice/PROPN/NNP/Justice Secretary/PROPN/NNP/Secretary "
                       "Jesus/PROPN/NNP/Jesus Crispin/PROPN/NNP/Crispin "
                       "Remulla/PROPN/NNP/Remulla said/VERB/VBD/say the/DET/DT/the "
                       "former/ADJ/JJ/former mayor/NOUN/NN/mayor ,/PUNCT/,/, "
                       "Alice/PROPN/NNP/Alice Guo/PROPN/NNP/Guo ,/PUNCT/,/, was/AUX/VBD/be "
                       "detained/VERB/VBN/detain at/ADP/IN/at a/DET/DT/a hotel/NOUN/NN/hotel "
                       "./PUNCT/./.",
                       "9:15:nsubj:pass"));
}

/* With the shipped model: "Sudan's army and the paramilitary Rapid
 * Support Forces agreed on Saturday to a truce, Saudi and U.S. mediators
 * said", parsed with "said" (21) the root with two subjects, "army" (3)
 * and "mediators" (20), and "agreed" (10) a participle hung on "Forces":
 * "agreed" is the root, "army" its subject, "said" its parataxis */
NM_TEST(report_after_a_clause_with_a_second_subject) {
  const char *words = "Sudan/PROPN/NNP/Sudan 's/PART/POS/'s army/NOUN/NN/army and/CCONJ/CC/and "
                      "the/DET/DT/the paramilitary/ADJ/JJ/paramilitary Rapid/ADJ/JJ/rapid "
                      "Support/NOUN/NN/support Forces/NOUN/NNS/force agreed/VERB/VBN/agree "
                      "on/ADP/IN/on Saturday/PROPN/NNP/Saturday to/ADP/IN/to a/DET/DT/a "
                      "truce/NOUN/NN/truce ,/PUNCT/,/, Saudi/ADJ/JJ/Saudi and/CCONJ/CC/and "
                      "U.S./PROPN/NNP/U.S. mediators/NOUN/NNS/mediator said/VERB/VBD/say "
                      "./PUNCT/./.";
  NM_CHECK(repaired_as(words, "10:0:root"));
  NM_CHECK(repaired_as(words, "3:10:nsubj"));
  NM_CHECK(repaired_as(words, "21:10:parataxis"));
}

/* With the shipped model: "AU Commission chairman Mahmoud Ali Youssouf
 * said he had spoken with Abiy", parsed with "AU" (1, "Commission" its
 * flat word) and "chairman" (3) both subjects of "said": the first, with
 * its name words, modifies the second */
NM_TEST(adjacent_subjects_past_a_name_s_words) {
  NM_CHECK(repaired_as("AU/PROPN/NNP/AU Commission/PROPN/NNP/Commission "
                       "chairman/NOUN/NN/chairman Mahmoud/PROPN/NNP/Mahmoud Ali/PROPN/NNP/Ali "
                       "Youssouf/PROPN/NNP/Youssouf said/VERB/VBD/say he/PRON/PRP/he "
                       "had/AUX/VBD/have spoken/VERB/VBN/speak with/ADP/IN/with "
                       "Abiy/PROPN/NNP/Abiy ./PUNCT/./.",
                       "1:3:compound"));
}

/* With the shipped model: "The sanctions freeze any assets the companies
 * hold in the United States and bar Americans from …", parsed with "hold"
 * (8) a complement clause of "freeze" (3) and "bar" (14) its conjunct:
 * "hold" is a relative clause of "assets" (5), "bar" the conjunct of
 * "freeze"; "told reporters the talks failed" keeps its complement */
NM_TEST(bare_relative_clause_after_an_object) {
  const char *words = "The/DET/DT/the sanctions/NOUN/NNS/sanction freeze/VERB/VBP/freeze "
                      "any/DET/DT/any assets/NOUN/NNS/asset the/DET/DT/the "
                      "companies/NOUN/NNS/company hold/VERB/VBP/hold in/ADP/IN/in "
                      "the/DET/DT/the United/PROPN/NNP/United States/PROPN/NNPS/States "
                      "and/CCONJ/CC/and bar/VERB/VBP/bar Americans/PROPN/NNPS/American "
                      "from/SCONJ/IN/from doing/VERB/VBG/do business/NOUN/NN/business "
                      "./PUNCT/./.";
  NM_CHECK(repaired_as(words, "8:5:acl:relcl"));
  NM_CHECK(repaired_as(words, "14:3:conj"));
  NM_CHECK(repaired_as("The/DET/DT/the minister/NOUN/NN/minister told/VERB/VBD/tell "
                       "reporters/NOUN/NNS/reporter the/DET/DT/the talks/NOUN/NNS/talk "
                       "failed/VERB/VBD/fail ./PUNCT/./.",
                       "7:3:ccomp"));
}

/* With the shipped model: "Mediators presented Israel and Hamas with a
 * revised proposal on Thursday, two officials briefed on the talks said,
 * as Israeli airstrikes killed at least 25 Palestinians", parsed with
 * "said" (22) a relative clause of the root "presented" (5) and the "as"
 * clause (27) its complement: "said" is the root's parataxis, the "as"
 * clause the root's adverbial clause */
NM_TEST(mid_sentence_report_before_a_marked_clause) {
  NM_CHECK(repaired_as("Egyptian/ADJ/JJ/Egyptian and/CCONJ/CC/and Qatari/PROPN/NNP/Qatari "
                       "mediators/NOUN/NNS/mediator presented/VERB/VBD/present "
                       "Israel/PROPN/NNP/Israel and/CCONJ/CC/and Hamas/PROPN/NNP/Hamas "
                       "with/ADP/IN/with a/DET/DT/a revised/VERB/VBN/revise "
                       "proposal/NOUN/NN/proposal on/ADP/IN/on Thursday/PROPN/NNP/Thursday "
                       ",/PUNCT/,/, two/NUM/CD/two officials/NOUN/NNS/official "
                       "briefed/VERB/VBN/brief on/ADP/IN/on the/DET/DT/the talks/NOUN/NNS/talk "
                       "said/VERB/VBD/say ,/PUNCT/,/, as/SCONJ/IN/as Israeli/ADJ/JJ/Israeli "
                       "airstrikes/NOUN/NNS/airstrike killed/VERB/VBD/kill at/ADP/IN/at "
                       "least/ADJ/JJS/least 25/NUM/CD/25 Palestinians/PROPN/NNPS/Palestinians "
                       "./PUNCT/./.",
                       "22:5:parataxis 27:5:advcl"));
}

/* With the shipped model: "Egyptian and Qatari mediators urged Israel to
 * accept the deal", parsed with "Egyptian" (1) and "Qatari" (3) both
 * modifiers of "mediators" (4): "Qatari" is the conjunct of "Egyptian" */
NM_TEST(two_capitalised_modifiers_with_and_are_conjuncts) {
  NM_CHECK(repaired_as("Egyptian/ADJ/JJ/Egyptian and/CCONJ/CC/and Qatari/PROPN/NNP/Qatari "
                       "mediators/NOUN/NNS/mediator urged/VERB/VBD/urge Israel/PROPN/NNP/Israel "
                       "to/PART/TO/to accept/VERB/VB/accept the/DET/DT/the deal/NOUN/NN/deal "
                       "./PUNCT/./.",
                       "3:1:conj 1:4:amod"));
}

/* With the shipped model: "The European Union suspended its planned
 * countermeasures for 90 days, EU trade chief Maros Sefcovic said, after
 * Trump paused some levies", parsed with "said" (21) a conjunct of the
 * root (4) with no "and" and the "after" clause (25) its complement */
NM_TEST(mid_sentence_report_as_a_bare_conjunct) {
  NM_CHECK(repaired_as("The/DET/DT/the European/ADJ/NNP/European Union/PROPN/NNP/Union "
                       "suspended/VERB/VBD/suspend its/PRON/PRP$/its planned/ADJ/JJ/planned "
                       "countermeasures/NOUN/NNS/countermeasure against/ADP/IN/against "
                       "U.S./PROPN/NNP/U.S. steel/NOUN/NN/steel tariffs/NOUN/NNS/tariff "
                       "for/ADP/IN/for 90/NUM/CD/90 days/NOUN/NNS/day ,/PUNCT/,/, EU/PROPN/NNP/EU "
                       "trade/NOUN/NN/trade chief/NOUN/NN/chief Maros/PROPN/NNP/Maros "
                       "Sefcovic/PROPN/NNP/Sefcovic said/VERB/VBD/say ,/PUNCT/,/, "
                       "after/SCONJ/IN/after Trump/PROPN/NNP/Trump paused/VERB/VBD/pause "
                       "some/DET/DT/some levies/NOUN/NNS/levy on/ADP/IN/on other/ADJ/JJ/other "
                       "trading/NOUN/NN/trading partners/NOUN/NNS/partner ./PUNCT/./.",
                       "21:4:parataxis 25:4:advcl"));
}

/* With the shipped model: "NATO, whose peacekeepers patrol the area, said
 * it was ready …", parsed with "NATO" a vocative of "patrol" and "patrol"
 * a parataxis of "said": "NATO" (1) is the subject of "said" (9), and
 * "patrol" (5) its relative clause */
NM_TEST(opening_noun_s_relative_clause_and_its_verb) {
  NM_CHECK(repaired_as("NATO/PROPN/NNP ,/PUNCT/, whose/PRON/WP$ peacekeepers/NOUN/NNS "
                       "patrol/VERB/VBP the/DET/DT area/NOUN/NN ,/PUNCT/, said/VERB/VBD "
                       "it/PRON/PRP was/AUX/VBD ready/ADJ/JJ to/PART/TO reinforce/VERB/VB "
                       "its/PRON/PRP$ presence/NOUN/NN ./PUNCT/.",
                       "1:9:nsubj 5:1:acl:relcl"));
}

/* With the shipped model: "The Houthis said two people were killed by the
 * strikes and accused Washington of aggression", with "accused" (12) a
 * conjunct of the passive "killed" (7): it is the conjunct of "said" (3) */
NM_TEST(active_conjunct_of_a_passive_complement) {
  NM_CHECK(repaired_as("The/DET/DT Houthis/PROPN/NNP said/VERB/VBD two/NUM/CD people/NOUN/NNS "
                       "were/AUX/VBD killed/VERB/VBN by/ADP/IN the/DET/DT strikes/NOUN/NNS "
                       "and/CCONJ/CC accused/VERB/VBD Washington/PROPN/NNP of/ADP/IN "
                       "aggression/NOUN/NN ./PUNCT/.",
                       "12:3:conj"));
}

/* With the shipped model: "The text demands that Iran explain traces and
 * asks the agency for a report", with "asks" (9) a conjunct of the base
 * form "explain" (6): it is the conjunct of "demands" (3), in its form */
NM_TEST(finite_conjunct_of_a_base_form_complement) {
  NM_CHECK(repaired_as("The/DET/DT text/NOUN/NN demands/VERB/VBZ that/SCONJ/IN Iran/PROPN/NNP "
                       "explain/VERB/VB traces/NOUN/NNS and/CCONJ/CC asks/VERB/VBZ the/DET/DT "
                       "agency/NOUN/NN for/ADP/IN a/DET/DT report/NOUN/NN ./PUNCT/.",
                       "9:3:conj"));
}

/* With the shipped model: "U.S. and British aircraft struck radar sites",
 * parsed with two subjects, "U.S." (4) and "aircraft" (7): "U.S." is the
 * compound of "aircraft"; "Colombia and ELN rebels extend truce" (a
 * proper noun before the second) stays two subjects */
NM_TEST(split_subject_is_one_phrase) {
  NM_CHECK(repaired_as("Hours/NOUN/NNS later/ADV/RBR ,/PUNCT/, U.S./PROPN/NNP and/CCONJ/CC "
                       "British/ADJ/JJ aircraft/NOUN/NN struck/VERB/VBD radar/NOUN/NN "
                       "sites/NOUN/NNS and/CCONJ/CC drone/NOUN/NN launch/NOUN/NN "
                       "facilities/NOUN/NNS near/ADP/IN Hodeidah/PROPN/NNP ,/PUNCT/, the/DET/DT "
                       "U.S./PROPN/NNP Central/ADJ/NNP Command/PROPN/NNP said/VERB/VBD "
                       "./PUNCT/.",
                       "4:7:compound 7:8:nsubj 6:4:conj"));
  NM_CHECK(repaired_as("Colombia/PROPN/NNP and/CCONJ/CC ELN/PROPN/NNP rebels/NOUN/NNS "
                       "extend/VERB/VBP truce/NOUN/NN as/SCONJ/IN talks/NOUN/NNS "
                       "resume/VERB/VBP in/ADP/IN Havana/PROPN/NNP",
                       "1:5:nsubj 4:5:nsubj"));
  /* a noun between, the second's compound, after the first's conjunct */
  NM_CHECK(repaired_as("Kyrgyz/PROPN/NNP and/CCONJ/CC Tajik/PROPN/NNP border/NOUN/NN "
                       "troops/NOUN/NNS exchanged/VERB/VBD heavy/ADJ/JJ gunfire/NOUN/NN "
                       "on/ADP/IN Tuesday/PROPN/NNP ./PUNCT/.",
                       "1:5:compound 5:6:nsubj 3:1:conj"));
}

/* With the shipped model: "The U.S. embassy in Dar es Salaam said …",
 * parsed with "in" (4) a marker and "Dar" (5) a second subject of
 * "said": the name is the embassy's modifier, "in" its case */
NM_TEST(place_after_the_subject_is_its_modifier) {
  NM_CHECK(repaired_as("The/DET/DT U.S./PROPN/NNP embassy/NOUN/NN in/ADP/IN Dar/PROPN/NNP "
                       "es/PROPN/NNP Salaam/PROPN/NNP said/VERB/VBD/say it/PRON/PRP was/AUX/VBD "
                       "alarmed/ADJ/JJ ./PUNCT/.",
                       "5:3:nmod 4:5:case 3:8:nsubj"));
}

/* With the shipped model: "told Iran's envoy, who was visiting his home
 * country, that …", with "visiting" (19) a complement of "told": it is
 * the relative clause of "envoy" (15) */
NM_TEST(relative_clause_read_as_a_complement) {
  NM_CHECK(repaired_as("A/DET/DT day/NOUN/NN later/ADV/RBR ,/PUNCT/, Islamabad/PROPN/NNP "
                       "recalled/VERB/VBD its/PRON/PRP$ ambassador/NOUN/NN from/ADP/IN "
                       "Tehran/PROPN/NNP and/CCONJ/CC told/VERB/VBD Iran/PROPN/NNP 's/PART/POS "
                       "envoy/NOUN/NN ,/PUNCT/, who/PRON/WP was/AUX/VBD visiting/VERB/VBG "
                       "his/PRON/PRP$ home/NOUN/NN country/NOUN/NN ,/PUNCT/, that/SCONJ/IN "
                       "he/PRON/PRP should/AUX/MD not/PART/RB return/VERB/VB for/ADP/IN "
                       "now/ADV/RB ./PUNCT/.",
                       "19:15:acl:relcl"));
}

/* With the shipped model: "Zambia extradited suspected British militant
 * Haroon Aswad to Britain on Sunday.", parsed with "Zambia" the root and
 * "extradited" its clause (acl), is repaired: a finite verb right after
 * the root noun is the root and the noun its subject */
NM_TEST(finite_verb_right_after_a_root_noun) {
  NM_CHECK(repaired_as("Zambia/PROPN/NNP extradited/VERB/VBD suspected/VERB/VBN British/ADJ/JJ "
                       "militant/ADJ/JJ Haroon/PROPN/NNP Rashid/PROPN/NNP Aswad/PROPN/NNP "
                       "to/ADP/IN Britain/PROPN/NNP on/ADP/IN Sunday/PROPN/NNP ./PUNCT/.",
                       "1:2:nsubj 2:0:root"));
}

/* With the shipped model: "… the general late Wednesday, hours after
 * soldiers and armored vehicles occupied the square", parsed with
 * "hours" the subject of "occupied" and "soldiers" an nmod under it:
 * the phrase after "after" is the subject (15:19), "after" the marker,
 * "hours" measures the clause (obl:unmarked) and the clause is an
 * adverbial clause of "arrested"; and "broke off diplomatic relations
 * with Ecuador late Friday after Ecuadorian police forced …", with
 * "relations" the subject of "forced": "relations" is the object of
 * "broke" */
NM_TEST(subordinator_read_as_a_preposition_of_a_phrase) {
  NM_CHECK(repaired_as("Bolivian/ADJ/JJ authorities/NOUN/NNS arrested/VERB/VBD the/DET/DT "
                       "former/ADJ/JJ commander/NOUN/NN of/ADP/IN the/DET/DT army/NOUN/NN "
                       "late/ADJ/JJ Wednesday/PROPN/NNP ,/PUNCT/, hours/NOUN/NNS after/ADP/IN "
                       "soldiers/NOUN/NNS and/CCONJ/CC armored/ADJ/JJ vehicles/NOUN/NNS "
                       "occupied/VERB/VBD the/DET/DT main/ADJ/JJ square/NOUN/NN ./PUNCT/.",
                       "15:19:nsubj 14:19:mark 13:19:obl:unmarked 19:3:advcl"));
  NM_CHECK(repaired_as("Mexico/PROPN/NNP broke/VERB/VBD off/ADP/RP diplomatic/ADJ/JJ "
                       "relations/NOUN/NNS with/ADP/IN Ecuador/PROPN/NNP late/ADJ/JJ "
                       "Friday/PROPN/NNP after/ADP/IN Ecuadorian/PROPN/NNP police/NOUN/NN "
                       "forced/VERB/VBD their/PRON/PRP$ way/NOUN/NN into/ADP/IN the/DET/DT "
                       "Mexican/ADJ/JJ Embassy/NOUN/NN ./PUNCT/.",
                       "5:2:obj 12:13:nsubj 10:13:mark 13:2:advcl"));
}

/* With the shipped model: "The European Union's foreign policy chief,
 * Kaja Kallas, said …", parsed with both "chief" and "Kaja" subjects of
 * "said": the name set off by commas is the apposition of "chief" */
NM_TEST(name_set_off_after_a_subject_is_its_apposition) {
  NM_CHECK(repaired_as("The/DET/DT European/ADJ/NNP Union/PROPN/NNP 's/PART/POS "
                       "foreign/ADJ/JJ policy/NOUN/NN chief/NOUN/NN ,/PUNCT/, Kaja/PROPN/NNP "
                       "Kallas/PROPN/NNP ,/PUNCT/, said/VERB/VBD the/DET/DT bloc/NOUN/NN "
                       "would/AUX/MD propose/VERB/VB new/ADJ/JJ sanctions/NOUN/NNS ./PUNCT/.",
                       "9:7:appos 7:12:nsubj"));
  /* ... with a phrase after the head before the comma, the head read as
   * an obl with no preposition */
  NM_CHECK(repaired_as("The/DET/DT European/ADJ/JJ Union/PROPN/NNP 's/PART/POS envoy/NOUN/NN "
                       "for/ADP/IN the/DET/DT Belgrade/PROPN/NNP -/PUNCT/HYPH Pristina/PROPN/NNP "
                       "dialogue/NOUN/NN ,/PUNCT/, Miroslav/PROPN/NNP Lajcak/PROPN/NNP ,/PUNCT/, "
                       "called/VERB/VBD the/DET/DT violence/NOUN/NN unacceptable/ADJ/JJ "
                       "./PUNCT/.",
                       "13:5:appos 5:16:nsubj"));
}

/* With the shipped model: "France, Germany, Italy and Britain joined
 * Washington …", parsed with "France" (1) and "Italy" (5) two subjects
 * of "joined": one list, "Italy" and "Britain" conjuncts of "France" */
NM_TEST(list_split_into_two_subjects_is_one) {
  NM_CHECK(repaired_as("France/PROPN/NNP ,/PUNCT/, Germany/PROPN/NNP ,/PUNCT/, Italy/PROPN/NNP "
                       "and/CCONJ/CC Britain/PROPN/NNP joined/VERB/VBD Washington/PROPN/NNP "
                       "in/ADP/IN a/DET/DT separate/ADJ/JJ statement/NOUN/NN ./PUNCT/.",
                       "1:8:nsubj 3:1:conj 5:1:conj 7:1:conj"));
}

/* With the shipped model: "The United States and the European Union,
 * which have spent months trying to broker a deal …, sharply rebuked
 * Pristina.", parsed with "States" the root and "rebuked" (27) an
 * adverbial clause inside the relative clause: the verb after the comma
 * that closes the relative clause is the root, "States" its subject */
NM_TEST(verb_after_a_relative_clause_is_the_root) {
  NM_CHECK(repaired_as("The/DET/DT United/ADJ/NNP States/PROPN/NNPS and/CCONJ/CC the/DET/DT "
                       "European/ADJ/NNP Union/PROPN/NNP ,/PUNCT/, which/PRON/WDT have/AUX/VBP "
                       "spent/VERB/VBN months/NOUN/NNS trying/VERB/VBG to/PART/TO "
                       "broker/VERB/VB a/DET/DT deal/NOUN/NN to/PART/TO normalize/VERB/VB "
                       "relations/NOUN/NNS between/ADP/IN the/DET/DT two/NUM/CD sides/NOUN/NNS "
                       ",/PUNCT/, sharply/ADV/RB rebuked/VERB/VBD Pristina/PROPN/NNP ./PUNCT/.",
                       "27:0:root 3:27:nsubj 11:7:acl:relcl"));
}

/* With the shipped model: "… accused Azerbaijan of deliberately emptying
 * the region", parsed with "Azerbaijan" (7) the subject of "emptying"
 * before its marker "of": the noun is the object of "accused" */
NM_TEST(subject_before_a_gerund_s_marker_is_the_object) {
  NM_CHECK(repaired_as("Armenian/ADJ/JJ Prime/ADJ/NNP Minister/PROPN/NNP Nikol/PROPN/NNP "
                       "Pashinyan/PROPN/NNP accused/VERB/VBD Azerbaijan/PROPN/NNP of/ADP/IN "
                       "deliberately/ADV/RB emptying/VERB/VBG the/DET/DT region/NOUN/NN "
                       "of/ADP/IN Armenians/PROPN/NNPS ./PUNCT/.",
                       "7:6:obj 10:6:advcl"));
}

/* With the shipped model: "Finland closes its last border crossing with
 * Russia, citing migrant pressure", parsed with "citing" (11) a clause of
 * "crossing": a gerund of giving reasons after a comma is the verb's
 * adverbial clause */
NM_TEST(comma_gerund_of_reasons_is_the_verb_s) {
  NM_CHECK(repaired_as("Finland/PROPN/NNP closes/VERB/VBZ its/PRON/PRP$ last/ADJ/JJ "
                       "border/NOUN/NN crossing/NOUN/NN with/ADP/IN Russia/PROPN/NNP ,/PUNCT/, "
                       "citing/VERB/VBG migrant/NOUN/NN pressure/NOUN/NN",
                       "10:2:advcl"));
}

/* With the shipped model: "Greece, whose citizens make up part of the
 * crew, said …" was parsed with "Greece" a vocative of "make" and "make"
 * an adverbial clause, and the relative clause repair then hung "make" on
 * "Greece": a cycle. The noun leaves the clause first (the subject of
 * "said"), and no repair leaves a cycle. "Marovia's ambassador, Ana Liesl
 * Dorr, who watched …" likewise: "ambassador" is the subject of "said",
 * the clause hangs on the name's first word */
NM_TEST(relative_clause_repair_leaves_a_tree) {
  NM_CHECK(repaired_as("Greece/PROPN/NNP ,/PUNCT/, whose/PRON/WP$ citizens/NOUN/NNS "
                       "make/VERB/VBP up/ADP/RP part/NOUN/NN of/ADP/IN the/DET/DT crew/NOUN/NN "
                       ",/PUNCT/, said/VERB/VBD its/PRON/PRP$ embassy/NOUN/NN in/ADP/IN "
                       "Tehran/PROPN/NNP was/AUX/VBD in/ADP/IN contact/NOUN/NN with/ADP/IN "
                       "Iranian/ADJ/JJ authorities/NOUN/NNS ./PUNCT/.",
                       "1:12:nsubj 5:1:acl:relcl"));
  NM_CHECK(repaired_as("Marovia/PROPN/NNP 's/PART/POS ambassador/NOUN/NN ,/PUNCT/, Ana/PROPN/NNP "
                       "Liesl/PROPN/NNP Dorr/PROPN/NNP ,/PUNCT/, who/PRON/WP watched/VERB/VBD "
                       "the/DET/DT vote/NOUN/NN from/ADP/IN the/DET/DT gallery/NOUN/NN "
                       ",/PUNCT/, said/VERB/VBD her/PRON/PRP$ government/NOUN/NN was/AUX/VBD "
                       "grateful/ADJ/JJ but/CCONJ/CC realistic/ADJ/JJ ./PUNCT/.",
                       "3:17:nsubj 10:5:acl:relcl"));
}

/* With the shipped model: "… a mission fighting gangs that control most
 * of the capital, President William Ruto said", parsed with "control"
 * (11) a second clause of "said": a relative "that" (WDT) right after a
 * noun makes its verb the noun's relative clause */
NM_TEST(relative_that_after_its_noun) {
  NM_CHECK(repaired_as("Kenya/PROPN/NNP sent/VERB/VBD officers/NOUN/NNS to/PART/TO "
                       "reinforce/VERB/VB a/DET/DT mission/NOUN/NN fighting/VERB/VBG "
                       "gangs/NOUN/NNS that/PRON/WDT control/VERB/VBP most/ADJ/JJS of/ADP/IN "
                       "the/DET/DT capital/NOUN/NN ,/PUNCT/, President/PROPN/NNP "
                       "William/PROPN/NNP Ruto/PROPN/NNP said/VERB/VBD ./PUNCT/.",
                       "11:9:acl:relcl"));
}

/* With the shipped model: "The spokesman confirmed that the army had
 * carried out an attack, saying it targeted …", parsed with "saying"
 * (13) a clause of "carried": the reporter's gerund of saying hangs on
 * the verb of saying */
NM_TEST(saying_after_a_reported_clause_is_the_reporter_s) {
  NM_CHECK(repaired_as("The/DET/DT spokesman/NOUN/NN confirmed/VERB/VBD that/SCONJ/IN "
                       "the/DET/DT army/NOUN/NN had/AUX/VBD carried/VERB/VBN out/ADP/RP "
                       "an/DET/DT attack/NOUN/NN ,/PUNCT/, saying/VERB/VBG it/PRON/PRP "
                       "targeted/VERB/VBD members/NOUN/NNS of/ADP/IN the/DET/DT "
                       "militia/NOUN/NN ./PUNCT/.",
                       "13:3:advcl"));
}

/* With the shipped model: "The minister dismissed the criticism, saying
 * the courts were independent", parsed with "saying" (7) the subject
 * clause of "independent" and "courts" its object: what was said is the
 * predicate, with "courts" its subject */
NM_TEST(saying_as_a_subject_clause_is_the_report) {
  NM_CHECK(repaired_as("The/DET/DT minister/NOUN/NN dismissed/VERB/VBD the/DET/DT "
                       "criticism/NOUN/NN ,/PUNCT/, saying/VERB/VBG the/DET/DT courts/NOUN/NNS "
                       "were/AUX/VBD independent/ADJ/JJ ./PUNCT/.",
                       "7:3:advcl 11:7:ccomp 9:11:nsubj"));
}

/* "In a statement read on state television, the junta said …": the
 * participle after the opening phrase's noun modifies it, and is no
 * clause of "said" */
NM_TEST(participle_of_an_opening_phrase_modifies_its_noun) {
  NM_CHECK(repaired_as("In/ADP/IN a/DET/DT statement/NOUN/NN read/VERB/VB on/ADP/IN "
                       "state/NOUN/NN television/NOUN/NN ,/PUNCT/, the/DET/DT junta/NOUN/NN "
                       "said/VERB/VBD the/DET/DT envoy/NOUN/NN had/AUX/VBD left/VERB/VBN ./PUNCT/.",
                       "4:3:acl 3:11:obl 15:11:ccomp"));
}

/* "said in a statement on a website that its fighters had …": the
 * clause hung on the phrase's own noun is what was said */
NM_TEST(said_clause_after_a_phrase_of_a_phrase) {
  NM_CHECK(repaired_as("The/DET/DT group/NOUN/NN said/VERB/VBD/say in/ADP/IN a/DET/DT "
                       "statement/NOUN/NN on/ADP/IN a/DET/DT website/NOUN/NN that/PRON/WDT "
                       "its/PRON/PRP$ fighters/NOUN/NNS had/AUX/VBD carried/VERB/VBN out/ADP/RP "
                       "a/DET/DT withdrawal/NOUN/NN ./PUNCT/.",
                       "14:3:ccomp 10:14:mark"));
}

/* "has threatened to use force if diplomacy fails and has imposed
 * sanctions": the conjunct with its own "has" is the first perfect's */
NM_TEST(conjunct_with_its_own_auxiliary_joins_the_like_one) {
  NM_CHECK(repaired_as("The/DET/DT bloc/NOUN/NN has/AUX/VBZ threatened/VERB/VBN to/PART/TO "
                       "use/VERB/VB force/NOUN/NN if/SCONJ/IN diplomacy/NOUN/NN fails/VERB/VBZ "
                       "and/CCONJ/CC has/AUX/VBZ imposed/VERB/VBN sanctions/NOUN/NNS ./PUNCT/.",
                       "13:4:conj"));
}

/* "said the countries had aligned themselves with … and accused them of
 * meddling": "them" is the reported clause's subject, so the conjunct is
 * the reporter's */
NM_TEST(conjunct_whose_object_is_the_clause_s_subject) {
  NM_CHECK(repaired_as("The/DET/DT minister/NOUN/NN said/VERB/VBD/say the/DET/DT "
                       "countries/NOUN/NNS had/AUX/VBD aligned/VERB/VBN themselves/PRON/PRP "
                       "with/ADP/IN the/DET/DT right/NOUN/NN and/CCONJ/CC accused/VERB/VBD "
                       "them/PRON/PRP of/SCONJ/IN meddling/VERB/VBG ./PUNCT/.",
                       "13:3:conj"));
}

/* "to protest a bill that critics say would stifle media freedom": the
 * clause after "say" is what is said, "that" its subject */
NM_TEST(relative_object_of_say_is_the_said_clause_s_subject) {
  NM_CHECK(repaired_as("They/PRON/PRP marched/VERB/VBD to/PART/TO protest/VERB/VB a/DET/DT "
                       "bill/NOUN/NN that/PRON/WDT critics/NOUN/NNS say/VERB/VBP/say "
                       "would/AUX/MD stifle/VERB/VB media/NOUN/NN freedom/NOUN/NN ./PUNCT/.",
                       "11:9:ccomp 7:11:nsubj 9:6:acl:relcl"));
}

/* "García said the group remained committed to the process but accused
 * the army of violating the truce": the accusation is the reporter's */
NM_TEST(speech_act_joined_to_a_reported_clause_is_the_reporter_s) {
  NM_CHECK(repaired_as("The/DET/DT rebels/NOUN/NNS '/PART/POS commander/NOUN/NN ,/PUNCT/, "
                       "Antonio/PROPN/NNP Garcia/PROPN/NNP ,/PUNCT/, said/VERB/VBD/say "
                       "the/DET/DT group/NOUN/NN remained/VERB/VBD/remain "
                       "committed/VERB/VBN/commit to/ADP/IN the/DET/DT process/NOUN/NN "
                       "but/CCONJ/CC accused/VERB/VBD/accuse the/DET/DT army/NOUN/NN "
                       "of/SCONJ/IN violating/VERB/VBG the/DET/DT truce/NOUN/NN ./PUNCT/.",
                       "18:9:conj"));
}

/* "denied that Iran had sent ballistic missiles to Russia", parsed with
 * "that" the object and the clause its relative clause: "that" marks what
 * was denied */
NM_TEST(that_after_a_denial_marks_its_clause) {
  NM_CHECK(repaired_as("Spokesman/NOUN/NN Nasser/PROPN/NNP Kanaani/PROPN/NNP "
                       "denied/VERB/VBD/deny that/SCONJ/IN Iran/PROPN/NNP had/AUX/VBD "
                       "sent/VERB/VBN ballistic/ADJ/JJ missiles/NOUN/NNS to/ADP/IN "
                       "Russia/PROPN/NNP ./PUNCT/.",
                       "8:4:ccomp 5:8:mark"));
}

/* a cycle of heads becomes a tree: hung on the root, or made the root */
NM_TEST(cycles_are_broken) {
  uint32_t a[5] = {2, 3, 1, 0, 4}; /* 1->2->3->1, 4 the root, 5 under it */
  NM_CHECK(nm_parser_break_cycles(5, a));
  NM_CHECK_EQ_INT((int)a[3], 0);
  NM_CHECK_EQ_INT((int)a[4], 4);
  int roots = 0, hung = 0;
  for (int i = 0; i < 3; i++) {
    roots += a[i] == 0;
    hung += a[i] == 4;
  }
  NM_CHECK_EQ_INT(roots, 0);
  NM_CHECK_EQ_INT(hung, 1);
  uint32_t b[3] = {2, 1, 2}; /* no root at all */
  NM_CHECK(nm_parser_break_cycles(3, b));
  NM_CHECK_EQ_INT((int)((b[0] == 0) + (b[1] == 0) + (b[2] == 0)), 1);
  uint32_t t[3] = {0, 1, 1}; /* a tree stays */
  NM_CHECK(nm_parser_break_cycles(3, t));
  NM_CHECK(t[0] == 0 && t[1] == 1 && t[2] == 1);
  uint32_t self[2] = {1, 0}; /* a word its own head */
  NM_CHECK(nm_parser_break_cycles(2, self));
  NM_CHECK_EQ_INT((int)self[0], 2);
}

/* With the shipped model: "… by China's coast guard, whose ships fired
 * water cannons at …", parsed with "fired" (13) a conjunct of
 * "protested": a clause whose subject "whose" owns, after a comma and a
 * noun, is the noun's relative clause */
NM_TEST(whose_clause_after_a_comma_is_the_noun_s) {
  NM_CHECK(repaired_as("The/DET/DT Philippines/PROPN/NNPS protested/VERB/VBD actions/NOUN/NNS "
                       "by/ADP/IN China/PROPN/NNP 's/PART/POS coast/NOUN/NN guard/NOUN/NN "
                       ",/PUNCT/, whose/PRON/WP$ ships/NOUN/NNS fired/VERB/VBD water/NOUN/NN "
                       "cannons/NOUN/NNS at/ADP/IN a/DET/DT Philippine/ADJ/JJ supply/NOUN/NN "
                       "boat/NOUN/NN ./PUNCT/.",
                       "13:9:acl:relcl"));
}

/* With the shipped model: "Speaking at a meeting in New York on Sunday,
 * Foreign Minister Therese Wagner accused Rwanda …", parsed with the name
 * (13) an apposition of "Sunday" and the root without a subject: the
 * phrase after the opening clause's comma is the root's subject */
NM_TEST(phrase_after_an_opening_clause_is_the_subject) {
  NM_CHECK(repaired_as("Speaking/VERB/VBG at/ADP/IN a/DET/DT meeting/NOUN/NN in/ADP/IN "
                       "New/ADJ/NNP York/PROPN/NNP on/ADP/IN Sunday/PROPN/NNP ,/PUNCT/, "
                       "Foreign/ADJ/NNP Minister/PROPN/NNP Therese/PROPN/NNP Wagner/PROPN/NNP "
                       "accused/VERB/VBD Rwanda/PROPN/NNP of/SCONJ/IN launching/VERB/VBG "
                       "an/DET/DT invasion/NOUN/NN ./PUNCT/.",
                       "13:15:nsubj"));
}

/* With the shipped model: "… and called for footage to be released",
 * parsed with "for" (SCONJ) the head of an oblique phrase and "released"
 * a clause of "footage": the infinitive is the clause, "for" its marker,
 * the noun its passive subject */
NM_TEST(for_read_as_a_phrase_s_head_marks_the_infinitive) {
  NM_CHECK(repaired_as("The/DET/DT protesters/NOUN/NNS ,/PUNCT/, who/PRON/WP have/AUX/VBP "
                       "marched/VERB/VBN through/ADP/IN the/DET/DT town/NOUN/NN and/CCONJ/CC "
                       "called/VERB/VBD for/SCONJ/IN footage/NOUN/NN to/PART/TO be/AUX/VB "
                       "released/VERB/VBN ,/PUNCT/, are/AUX/VBP angry/ADJ/JJ ./PUNCT/.",
                       "12:16:mark 13:16:nsubj:pass 16:11:advcl"));
}

/* With the shipped model: "Zambia extradited suspected militant X …",
 * parsed with "suspected" (3) the verb's complement (or, before ", an
 * official said", the report's second clause) and the name its
 * dependent: the participle modifies the name, the verb's object */
NM_TEST(participle_before_a_name_modifies_it) {
  NM_CHECK(repaired_as("Ruritania/PROPN/NNP extradited/VERB/VBD suspected/VERB/VBN "
                       "British/ADJ/JJ militant/ADJ/JJ Haroon/PROPN/NNP Rashid/PROPN/NNP "
                       "Aswad/PROPN/NNP to/ADP/IN Britain/PROPN/NNP on/ADP/IN "
                       "Sunday/PROPN/NNP ./PUNCT/.",
                       "3:8:amod 8:2:obj"));
  NM_CHECK(repaired_as("Ruritania/PROPN/NNP extradited/VERB/VBD suspected/VERB/VBN "
                       "British/ADJ/JJ militant/ADJ/JJ Haroon/PROPN/NNP Rashid/PROPN/NNP "
                       "Aswad/PROPN/NNP to/ADP/IN Britain/PROPN/NNP on/ADP/IN "
                       "Sunday/PROPN/NNP ,/PUNCT/, a/DET/DT senior/ADJ/JJ "
                       "government/NOUN/NN official/NOUN/NN said/VERB/VBD ./PUNCT/.",
                       "1:2:nsubj 3:8:amod 8:2:obj"));
}

/* With the shipped model: "European Union trade ministers agreed on
 * Friday to raise tariffs …" tagged "agreed" (5) VBN, parsed as a
 * reduced relative of the root noun in a sentence with no other
 * predicate: the participle is the root and the noun its subject; with
 * no complement ("Passport needed for a cruise") it stays a modifier */
NM_TEST(participle_after_the_root_noun_is_the_verb) {
  NM_CHECK(repaired_as("European/ADJ/JJ Union/PROPN/NNP trade/NOUN/NN ministers/NOUN/NNS "
                       "agreed/VERB/VBN on/ADP/IN Friday/PROPN/NNP to/PART/TO raise/VERB/VB "
                       "tariffs/NOUN/NNS on/ADP/IN Chinese/ADJ/JJ electric/ADJ/JJ "
                       "vehicles/NOUN/NNS ./PUNCT/.",
                       "4:5:nsubj 5:0:root"));
  NM_CHECK(repaired_as("Thousands/NOUN/NNS of/ADP/IN young/ADJ/JJ protesters/NOUN/NNS "
                       "marched/VERB/VBN through/ADP/IN the/DET/DT capital/NOUN/NN to/PART/TO "
                       "demand/VERB/VB the/DET/DT withdrawal/NOUN/NN of/ADP/IN the/DET/DT "
                       "bill/NOUN/NN ./PUNCT/.",
                       "1:5:nsubj 5:0:root"));
  NM_CHECK(repaired_as("Passport/NOUN/NN needed/VERB/VBN for/ADP/IN international/ADJ/JJ "
                       "boat/NOUN/NN cruise/NOUN/NN ?/PUNCT/.",
                       "2:1:acl"));
}

/* With the shipped model: "China's commerce ministry condemned the vote",
 * with "ministry" tagged NNP, parsed with "commerce" (3) and "ministry"
 * (4) both subjects: the first is a compound of the second, which takes
 * the possessor; a title and the name after it ("Chancellor Friedrich
 * Merz", 2 and 3) are the title and its apposed name */
NM_TEST(two_subjects_side_by_side_are_one_phrase) {
  NM_CHECK(repaired_as("Ruritania/PROPN/NNP 's/PART/POS commerce/NOUN/NN ministry/PROPN/NNP "
                       "condemned/VERB/VBD the/DET/DT vote/NOUN/NN ./PUNCT/.",
                       "1:4:nmod:poss 3:4:compound 4:5:nsubj"));
  NM_CHECK(repaired_as("German/ADJ/JJ Chancellor/NOUN/NN Friedrich/PROPN/NNP Merz/PROPN/NNP "
                       "criticised/VERB/VBD the/DET/DT tariffs/NOUN/NNS ./PUNCT/.",
                       "2:5:nsubj 3:2:appos"));
}

/* With the shipped model: "… missiles launched from Russia and occupied
 * Crimea", parsed with "occupied" (10) a verb and Crimea (11) its
 * object: the participle modifies Crimea, the conjunct of Russia (8) */
NM_TEST(occupied_place_is_a_conjunct_name) {
  NM_CHECK(repaired_as("Four/NUM/CD cruise/NOUN/NN missiles/NOUN/NNS were/AUX/VBD "
                       "launched/VERB/VBN from/ADP/IN southern/ADJ/JJ Russia/PROPN/NNP "
                       "and/CCONJ/CC occupied/VERB/VBD Crimea/PROPN/NNP ./PUNCT/.",
                       "10:11:amod 11:8:conj"));
}

/* With the shipped model: "Hamas said Sunday it had accepted an Egyptian
 * proposal …, while Israel said it was studying the plan", with the
 * while-clause's "said" (18) hung on "accepted" (6): it is the first
 * "said"'s (2) */
NM_TEST(a_contrasting_report_is_the_upper_report_s) {
  NM_CHECK(repaired_as("Hamas/PROPN/NNP said/VERB/VBD/say Sunday/PROPN/NNP it/PRON/PRP had/AUX/VBD "
                       "accepted/VERB/VBN an/DET/DT Egyptian/ADJ/JJ proposal/NOUN/NN for/ADP/IN "
                       "a/DET/DT truce/NOUN/NN in/ADP/IN Gaza/PROPN/NNP ,/PUNCT/, "
                       "while/SCONJ/IN Israel/PROPN/NNP said/VERB/VBD/say it/PRON/PRP was/AUX/VBD "
                       "studying/VERB/VBG the/DET/DT plan/NOUN/NN ./PUNCT/.",
                       "18:2:advcl"));
}

/* With the shipped model: "Russia signed Monday an agreement", "Kenya
 * expelled Friday two Ugandan diplomats", parsed with the weekday (3) the
 * object or the noun hung from the weekday: the weekday says when, the
 * noun is the object */
NM_TEST(weekday_before_an_object_says_when) {
  NM_CHECK(repaired_as("Russia/PROPN/NNP signed/VERB/VBD Monday/PROPN/NNP an/DET/DT "
                       "agreement/NOUN/NN with/ADP/IN Iran/PROPN/NNP ./PUNCT/.",
                       "3:2:obl:unmarked 5:2:obj"));
  NM_CHECK(repaired_as("Kenya/PROPN/NNP expelled/VERB/VBD Friday/PROPN/NNP two/NUM/CD "
                       "Ugandan/ADJ/JJ diplomats/NOUN/NNS ./PUNCT/.",
                       "3:2:obl:unmarked 6:2:obj"));
}

/* With the shipped model: "Diplomats said Omani officials, who have long
 * served as a channel, had been asked to press the group", parsed with
 * "officials" (4) the object of "said": it is the subject of the said
 * clause, which has none */
NM_TEST(object_of_said_before_its_clause_is_its_subject) {
  NM_CHECK(repaired_as("Diplomats/NOUN/NNS said/VERB/VBD/say Omani/PROPN/NNP "
                       "officials/NOUN/NNS ,/PUNCT/, who/PRON/WP have/AUX/VBP long/ADV/RB "
                       "served/VERB/VBN as/ADP/IN a/DET/DT "
                       "channel/NOUN/NN ,/PUNCT/, had/AUX/VBD been/AUX/VBN asked/VERB/VBN "
                       "to/PART/TO press/VERB/VB the/DET/DT group/NOUN/NN ./PUNCT/.",
                       "4:16:nsubj:pass 16:2:ccomp"));
}

/* With the shipped model: "A spokesman said on the group's television
 * that its forces would keep fighting", parsed with "keep" (14) a clause
 * of "television": what was said, a complement of "said" */
NM_TEST(that_clause_after_a_phrase_of_said_is_said) {
  NM_CHECK(repaired_as("A/DET/DT spokesman/NOUN/NN said/VERB/VBD/say on/ADP/IN the/DET/DT "
                       "group/NOUN/NN 's/PART/POS television/NOUN/NN that/SCONJ/IN its/PRON/PRP$ "
                       "forces/NOUN/NNS would/AUX/MD keep/VERB/VB fighting/VERB/VBG ./PUNCT/.",
                       "13:3:ccomp"));
}

/* With the shipped model: "A Houthi military spokesman, Brigadier General
 * Fadl al-Qadhi, said …", parsed with "Brigadier" (6) hung on the comma:
 * the name is the spokesman's apposition */
NM_TEST(name_hung_on_a_comma_is_an_apposition) {
  NM_CHECK(repaired_as("A/DET/DT Houthi/PROPN/NNP military/ADJ/JJ spokesman/NOUN/NN ,/PUNCT/, "
                       "Brigadier/PROPN/NNP General/PROPN/NNP Fadl/PROPN/NNP Mohsen/PROPN/NNP "
                       "al/PROPN/NNP -/PUNCT/HYPH Qadhi/PROPN/NNP ,/PUNCT/, said/VERB/VBD/say "
                       "its/PRON/PRP$ forces/NOUN/NNS had/AUX/VBD attacked/VERB/VBN ./PUNCT/.",
                       "6:4:appos 4:14:nsubj"));
}

/* With the shipped model: "A Houthi spokesman, General Fadl al-Qadhi,
 * accused …", parsed with "spokesman" (3) an unmarked oblique and the
 * name the subject: the description is the subject, the name its
 * apposition; not a unit of time ("Last week, General X accused") */
NM_TEST(description_before_a_titled_name_is_the_subject) {
  NM_CHECK(repaired_as("A/DET/DT Houthi/ADJ/JJ spokesman/NOUN/NN ,/PUNCT/, General/ADJ/NNP "
                       "Fadl/PROPN/NNP Mohsen/PROPN/NNP al/PROPN/NNP -/PUNCT/HYPH Qadhi/PROPN/NNP "
                       ",/PUNCT/, accused/VERB/VBD Saudi/ADJ/NNP Arabia/PROPN/NNP of/SCONJ/IN "
                       "attacking/VERB/VBG Marib/PROPN/NNP ./PUNCT/.",
                       "3:12:nsubj 6:3:appos"));
  NM_CHECK(repaired_as("Last/ADJ/JJ week/NOUN/NN ,/PUNCT/, General/ADJ/NNP Fadl/PROPN/NNP "
                       "Mohsen/PROPN/NNP al/PROPN/NNP -/PUNCT/HYPH Qadhi/PROPN/NNP "
                       "accused/VERB/VBD Saudi/ADJ/NNP Arabia/PROPN/NNP of/SCONJ/IN "
                       "attacking/VERB/VBG Marib/PROPN/NNP ./PUNCT/.",
                       "2:10:obl:unmarked 5:10:nsubj"));
}

/* With the shipped model: "\"… they want a European future,\" Britain's
 * minister for Europe, Catherine Ashworth-Hale, said in a statement",
 * parsed with "minister" (23) the object of "want" and "said" (32) a
 * conjunct of the quotation's verb: "said" is the root, the quotation its
 * complement and the phrase between its subject */
NM_TEST(quotation_before_its_speaker_is_what_was_said) {
  NM_CHECK(repaired_as("\"/PUNCT/`` The/DET/DT Georgian/ADJ/JJ people/NOUN/NNS have/AUX/VBP "
                       "made/VERB/VBN clear/ADJ/JJ ,/PUNCT/, time/NOUN/NN and/CCONJ/CC "
                       "again/ADV/RB ,/PUNCT/, that/SCONJ/IN they/PRON/PRP want/VERB/VBP a/DET/DT "
                       "European/ADJ/JJ future/NOUN/NN ,/PUNCT/, \"/PUNCT/'' Britain/PROPN/NNP "
                       "'s/PART/POS minister/NOUN/NN for/ADP/IN Europe/PROPN/NNP ,/PUNCT/, "
                       "Catherine/PROPN/NNP Ashworth/PROPN/NNP -/PUNCT/HYPH Hale/PROPN/NNP "
                       ",/PUNCT/, said/VERB/VBD/say in/ADP/IN a/DET/DT statement/NOUN/NN "
                       "./PUNCT/.",
                       "32:0:root 6:32:ccomp 23:32:nsubj"));
  /* "said" the root already, the phrase between hung on the quotation's
   * noun (15, an nmod of "attack"): the phrase is its subject */
  NM_CHECK(repaired_as("\"/PUNCT/`` This/PRON/DT was/AUX/VBD an/DET/DT attack/NOUN/NN on/ADP/IN "
                       "our/PRON/PRP$ territory/NOUN/NN ,/PUNCT/, \"/PUNCT/'' the/DET/DT "
                       "committee/NOUN/NN 's/PART/POS deputy/NOUN/NN chairman/NOUN/NN "
                       ",/PUNCT/, Colonel/PROPN/NNP Nurlan/PROPN/NNP Asanbekov/PROPN/NNP "
                       ",/PUNCT/, said/VERB/VBD/say in/ADP/IN a/DET/DT statement/NOUN/NN "
                       "./PUNCT/.",
                       "21:0:root 5:21:ccomp 15:21:nsubj"));
}

/* With the shipped model: "The Houthis dismissed the plan late on
 * Wednesday", parsed with "late" (6) a modifier of the object "plan":
 * it times the verb */
NM_TEST(late_after_an_object_times_the_verb) {
  NM_CHECK(repaired_as("The/DET/DT Houthis/PROPN/NNPS dismissed/VERB/VBD the/DET/DT plan/NOUN/NN "
                       "late/ADV/RB on/ADP/IN Wednesday/PROPN/NNP ./PUNCT/.",
                       "5:3:obj 6:3:advmod"));
}

/* With the shipped model: "The government said Thursday it would reopen
 * the crossing", parsed with "Thursday" (4) in the reported clause (a
 * vocative, or an oblique of "reopen" after "on"): the weekday is the
 * day of the saying */
NM_TEST(weekday_after_a_report_is_the_report_s) {
  NM_CHECK(repaired_as("The/DET/DT government/NOUN/NN said/VERB/VBD Thursday/PROPN/NNP "
                       "it/PRON/PRP would/AUX/MD reopen/VERB/VB the/DET/DT crossing/NOUN/NN "
                       "./PUNCT/.",
                       "4:3:obl:unmarked"));
  NM_CHECK(repaired_as("Sudan/PROPN/NNP 's/PART/POS army/NOUN/NN -/PUNCT/HYPH led/VERB/VBN "
                       "government/NOUN/NN said/VERB/VBD on/ADP/IN Thursday/PROPN/NNP "
                       "it/PRON/PRP would/AUX/MD reopen/VERB/VB the/DET/DT Adre/PROPN/NNP "
                       "border/NOUN/NN crossing/NOUN/NN with/ADP/IN Chad/PROPN/NNP for/ADP/IN "
                       "three/NUM/CD months/NOUN/NNS ./PUNCT/.",
                       "9:7:obl"));
}

/* With the shipped model: "… accused Washington and London of a criminal
 * aggression …", parsed with "aggression" (10) a modifier of the object
 * "Washington": what one is accused of is an oblique of "accused" */
NM_TEST(accused_of_is_the_verb_s) {
  NM_CHECK(repaired_as("The/DET/DT Houthis/PROPN/NNPS accused/VERB/VBD Washington/PROPN/NNP "
                       "and/CCONJ/CC London/PROPN/NNP of/ADP/IN \"/PUNCT/`` a/DET/DT "
                       "criminal/ADJ/JJ aggression/NOUN/NN against/ADP/IN a/DET/DT "
                       "sovereign/NOUN/NN nation/NOUN/NN \"/PUNCT/'' ./PUNCT/.",
                       "11:3:obl"));
}

/* With the shipped model: "The spokeswoman rejected the claim and accused
 * Thai forces of attacking first", parsed with "accused" (6) a conjunct of
 * the object "claim": the verb is the conjunct of "rejected" (3) */
NM_TEST(verb_joined_to_an_object_is_the_verb_s_conjunct) {
  NM_CHECK(repaired_as("The/DET/DT spokeswoman/NOUN/NN rejected/VERB/VBD the/DET/DT "
                       "claim/NOUN/NN and/CCONJ/CC accused/VERB/VBD Thai/ADJ/JJ "
                       "forces/NOUN/NNS of/SCONJ/IN attacking/VERB/VBG first/ADV/RB ./PUNCT/.",
                       "7:3:conj"));
  /* with a prepositional phrase and a clause, no object */
  NM_CHECK(repaired_as("The/DET/DT Economic/ADJ/JJ Community/PROPN/NNP of/ADP/IN West/PROPN/NNP "
                       "African/PROPN/NNP States/PROPN/NNPS condemned/VERB/VBD the/DET/DT "
                       "attempt/NOUN/NN and/CCONJ/CC called/VERB/VBD on/ADP/IN the/DET/DT "
                       "armed/ADJ/JJ forces/NOUN/NNS to/PART/TO respect/VERB/VB "
                       "civilian/ADJ/JJ rule/NOUN/NN ./PUNCT/.",
                       "12:8:conj"));
}

/* With the shipped model: "American and British warplanes, warships and
 * a submarine struck dozens of targets", parsed with "warplanes" (4) the
 * root and "struck" (10) its conjunct with "submarine" as subject: the
 * verb is the root, the list its subject */
NM_TEST(list_before_its_verb_is_the_subject) {
  NM_CHECK(repaired_as("American/ADJ/JJ and/CCONJ/CC British/ADJ/JJ warplanes/NOUN/NNS "
                       ",/PUNCT/, warships/NOUN/NNS and/CCONJ/CC a/DET/DT submarine/NOUN/NN "
                       "struck/VERB/VBD dozens/NOUN/NNS of/ADP/IN targets/NOUN/NNS "
                       "used/VERB/VBN by/ADP/IN Yemen/PROPN/NNP 's/PART/POS Houthi/PROPN/NNP "
                       "rebels/NOUN/NNS early/ADV/RB on/ADP/IN Friday/PROPN/NNP ./PUNCT/.",
                       "10:0:root 4:10:nsubj 9:4:conj"));
}

/* With the shipped model: "…, while Saudi Arabia, which has observed a
 * truce with the Houthis, called for restraint", parsed with "Arabia"
 * (11) an oblique of "condemned" marked by "while" and "called" (23) a
 * conjunct: the marked clause's verb is "called", the name its subject */
NM_TEST(marked_name_is_the_later_verb_s_subject) {
  NM_CHECK(repaired_as("Iran/PROPN/NNP condemned/VERB/VBD the/DET/DT strikes/NOUN/NNS "
                       "as/ADP/IN a/DET/DT violation/NOUN/NN ,/PUNCT/, while/SCONJ/IN "
                       "Saudi/ADJ/NNP Arabia/PROPN/NNP ,/PUNCT/, which/PRON/WDT has/AUX/VBZ "
                       "observed/VERB/VBN a/DET/DT fragile/NOUN/NN truce/NOUN/NN "
                       "with/ADP/IN the/DET/DT Houthis/PROPN/NNPS ,/PUNCT/, called/VERB/VBD "
                       "for/ADP/IN restraint/NOUN/NN ./PUNCT/.",
                       "11:23:nsubj 9:23:mark 23:2:advcl"));
}

/* "Armed gangs known locally as bandits have kidnapped thousands",
 * parsed with "as" (5) marking "kidnapped" (8) and "bandits" (6) its
 * subject: "bandits" is an obl of "known" (3), "as" its case, and the
 * gangs (2) the subject of "kidnapped" */
NM_TEST(noun_after_known_as_is_the_participle_s) {
  NM_CHECK(repaired_as("Armed/ADJ/JJ gangs/NOUN/NNS known/VERB/VBN locally/ADV/RB as/ADP/IN "
                       "bandits/NOUN/NNS have/AUX/VBP kidnapped/VERB/VBN thousands/NOUN/NNS "
                       "of/ADP/IN people/NOUN/NNS ./PUNCT/.",
                       "6:3:obl 5:6:case 2:8:nsubj"));
}

/* "Gunmen abducted 30 students on Thursday, police said, the latest in a
 * wave of kidnappings", parsed with "said" (9) a conjunct of the root and
 * "latest" (12) its complement: "said" is the sourcing of the clause
 * before (parataxis), and the phrase after it an apposition to that
 * clause, not what the police said */
NM_TEST(noun_phrase_after_a_midsentence_said_is_no_complement) {
  NM_CHECK(repaired_as("Gunmen/NOUN/NNS abducted/VERB/VBD 30/NUM/CD students/NOUN/NNS on/ADP/IN "
                       "Thursday/PROPN/NNP ,/PUNCT/, police/NOUN/NNS said/VERB/VBD/say ,/PUNCT/, "
                       "the/DET/DT latest/ADJ/JJS in/ADP/IN a/DET/DT wave/NOUN/NN of/ADP/IN "
                       "mass/ADJ/JJ kidnappings/NOUN/NNS ./PUNCT/.",
                       "9:2:parataxis 12:2:appos"));
  /* ... also when the parse hung the phrase on the comma after "said" */
  NM_CHECK(repaired_as("Vessels/NOUN/NNS fired/VERB/VBD water/NOUN/NN cannon/NOUN/NN at/ADP/IN "
                       "a/DET/DT Philippine/ADJ/JJ supply/NOUN/NN boat/NOUN/NN near/ADP/IN "
                       "Second/ADJ/NNP Thomas/PROPN/NNP Shoal/PROPN/NNP early/ADJ/JJ "
                       "Sunday/PROPN/NNP ,/PUNCT/, the/DET/DT Philippine/ADJ/JJ "
                       "military/NOUN/NN said/VERB/VBD/say ,/PUNCT/, the/DET/DT third/ADJ/JJ "
                       "such/ADJ/JJ incident/NOUN/NN this/DET/DT year/NOUN/NN ./PUNCT/.",
                       "20:2:parataxis 25:2:appos"));
}

/* "The United States, Argentina and Chile questioned the result", parsed
 * with "States" (3) and "Argentina" (5) both subjects of "questioned"
 * (8): "Argentina" and "Chile" (7) are conjuncts of "States" */
NM_TEST(second_subject_after_a_comma_is_a_conjunct) {
  NM_CHECK(repaired_as("The/DET/DT United/ADJ/NNP States/PROPN/NNPS ,/PUNCT/, "
                       "Argentina/PROPN/NNP and/CCONJ/CC Chile/PROPN/NNP questioned/VERB/VBD "
                       "the/DET/DT result/NOUN/NN ./PUNCT/.",
                       "3:8:nsubj 5:3:conj 7:3:conj"));
}

/* "Gang members armed with assault rifles attacked the town, officials
 * said", parsed with "armed" (3) the predicate of "members" (2) and
 * "rifles" (6), under its preposition, the subject of "attacked" (7): a
 * subject takes no preposition; "members" is the subject, "armed" its
 * modifier and "rifles" the participle's oblique */
NM_TEST(noun_under_a_preposition_is_no_subject) {
  NM_CHECK(repaired_as("Gang/NOUN/NN members/NOUN/NNS armed/ADJ/JJ with/ADP/IN assault/NOUN/NN "
                       "rifles/NOUN/NNS attacked/VERB/VBD the/DET/DT town/NOUN/NN ,/PUNCT/, "
                       "officials/NOUN/NNS said/VERB/VBD/say ./PUNCT/.",
                       "2:7:nsubj 3:2:acl 6:3:obl"));
}

/* "Hours before the exchange, Russian drones struck Kyiv", parsed with
 * "Hours" (1) a second subject of "struck" (8): a span of time set off
 * before the subject says when */
NM_TEST(opening_span_of_time_is_no_subject) {
  NM_CHECK(repaired_as("Hours/NOUN/NNS before/ADP/IN the/DET/DT exchange/NOUN/NN ,/PUNCT/, "
                       "Russian/ADJ/JJ drones/NOUN/NNS struck/VERB/VBD/strike Kyiv/PROPN/NNP "
                       ",/PUNCT/, officials/NOUN/NNS said/VERB/VBD/say ./PUNCT/.",
                       "1:8:obl:unmarked 7:8:nsubj"));
}

/* "An airstrike on a village killed 18 people, including children, a
 * rebel group and residents said Thursday", parsed with the reporters'
 * phrase hung on the killed people's list and "Thursday" (19) the subject
 * of "said" (18): "group" (15) is the subject, the day says when (a
 * longer sentence, whose parse made "killed" a clause of "village" and
 * "airstrike" the subject of "said", is set right after that:
 * repair_report_after_clause) */
NM_TEST(reporters_hung_on_a_list_are_the_subject) {
  NM_CHECK(repaired_as("An/DET/DT airstrike/NOUN/NN on/ADP/IN a/DET/DT village/NOUN/NN "
                       "killed/VERB/VBD/kill 18/NUM/CD people/NOUN/NNS ,/PUNCT/, "
                       "including/VERB/VBG/include children/NOUN/NNS ,/PUNCT/, a/DET/DT "
                       "rebel/NOUN/NN group/NOUN/NN and/CCONJ/CC residents/NOUN/NNS "
                       "said/VERB/VBD/say Thursday/PROPN/NNP ./PUNCT/.",
                       "15:18:nsubj 19:18:obl:unmarked 2:6:nsubj 8:6:obj"));
}

/* "Mondlane, who says the vote was rigged, spoke in a video", parsed with
 * the name the root and "spoke" (10) a conjunct of "rigged" (8), the
 * relative clause's complement: "spoke" is the root, the name its subject,
 * "says" (4) the name's relative clause */
NM_TEST(verb_after_a_relative_clause_s_complement_is_the_root) {
  NM_CHECK(repaired_as("Mondlane/PROPN/NNP ,/PUNCT/, who/PRON/WP says/VERB/VBZ/say the/DET/DT "
                       "vote/NOUN/NN was/AUX/VBD/be rigged/VERB/VBN/rig ,/PUNCT/, "
                       "spoke/VERB/VBD/speak in/ADP/IN a/DET/DT live/ADJ/JJ video/NOUN/NN "
                       "from/ADP/IN abroad/ADV/RB ./PUNCT/.",
                       "10:0:root 1:10:nsubj 4:1:acl:relcl 8:4:ccomp"));
}

/* "drills that it said were a warning to separatist forces", parsed with
 * "that" (4) the marker of "said" (6): a relative clause through a verb of
 * saying; "said" is the noun's relative clause, "that" the subject of the
 * said clause ("warning", 9) */
NM_TEST(relative_clause_through_said) {
  NM_CHECK(repaired_as("China/PROPN/NNP held/VERB/VBD/hold drills/NOUN/NNS that/SCONJ/IN "
                       "it/PRON/PRP said/VERB/VBD/say were/AUX/VBD/be a/DET/DT "
                       "warning/NOUN/NN to/ADP/IN separatist/ADJ/JJ forces/NOUN/NNS ,/PUNCT/, "
                       "the/DET/DT ministry/NOUN/NN said/VERB/VBD/say ./PUNCT/.",
                       "6:3:acl:relcl 4:9:nsubj 9:6:ccomp"));
}

/* "sanctions on individuals and entities it accused of supplying drones",
 * parsed with "accused" (9) an adverbial clause of "imposed" (2): a bare
 * relative clause of "entities" (7), its gap the object */
NM_TEST(bare_relative_with_a_pronoun_subject) {
  NM_CHECK(repaired_as("The/DET/DT bloc/NOUN/NN imposed/VERB/VBD/impose sanctions/NOUN/NNS "
                       "on/ADP/IN individuals/NOUN/NNS and/CCONJ/CC entities/NOUN/NNS it/PRON/PRP "
                       "accused/VERB/VBD/accuse of/ADP/IN supplying/VERB/VBG/supply "
                       "drones/NOUN/NNS to/ADP/IN Russia/PROPN/NNP ./PUNCT/.",
                       "10:8:acl:relcl"));
  /* a one-word name as the subject, the verb hung as a parenthetical:
   * "entered waters Indonesia claims near the islands" */
  NM_CHECK(repaired_as("Ships/NOUN/NNS have/AUX/VBP/have entered/VERB/VBN/enter waters/NOUN/NNS "
                       "Indonesia/PROPN/NNP claims/VERB/VBZ/claim near/ADP/IN the/DET/DT "
                       "islands/NOUN/NNS ./PUNCT/.",
                       "6:4:acl:relcl"));
}

/* "Warplanes struck the port on Sunday, a day after the rebels fired a
 * missile, the military said", parsed with "fired" (13) an adverbial
 * clause of "said" (19): the clause before the reporter's comma belongs to
 * the reported clause ("struck", 2) */
NM_TEST(clause_before_the_reporter_is_reported) {
  NM_CHECK(repaired_as("Warplanes/NOUN/NNS struck/VERB/VBD/strike the/DET/DT port/NOUN/NN "
                       "on/ADP/IN Sunday/PROPN/NNP ,/PUNCT/, a/DET/DT day/NOUN/NN after/SCONJ/IN "
                       "the/DET/DT rebels/NOUN/NNS fired/VERB/VBD/fire a/DET/DT "
                       "missile/NOUN/NN ,/PUNCT/, the/DET/DT military/NOUN/NN said/VERB/VBD/say "
                       "./PUNCT/.",
                       "13:2:advcl"));
}

/* "The ELN has committed war crimes, Petro said on social media",
 * parsed with "said" (9) a conjunct of the root (4) with no conjunction:
 * the sourcing of the clause before it */
NM_TEST(report_after_a_comma_with_its_phrase) {
  NM_CHECK(repaired_as("The/DET/DT ELN/PROPN/NNP has/AUX/VBZ/have committed/VERB/VBN/commit "
                       "war/NOUN/NN crimes/NOUN/NNS ,/PUNCT/, Petro/PROPN/NNP "
                       "said/VERB/VBD/say on/ADP/IN social/ADJ/JJ media/NOUN/NN ./PUNCT/.",
                       "9:4:parataxis"));
}

/* "Angola, which has mediated between the two neighbours, invited both
 * presidents": the finite verb after the relative clause's closing comma,
 * with no subject, is the root (was a relative clause of "neighbours") */
NM_TEST(verb_hung_as_a_relative_clause_inside_one_is_the_root) {
  NM_CHECK(repaired_as("Angola/PROPN/NNP ,/PUNCT/, which/PRON/WDT has/AUX/VBZ mediated/VERB/VBN "
                       "between/ADP/IN the/DET/DT two/NUM/CD neighbours/NOUN/NNS ,/PUNCT/, "
                       "invited/VERB/VBD both/CCONJ/CC presidents/NOUN/NNS to/ADP/IN "
                       "talks/NOUN/NNS ./PUNCT/.",
                       "11:0:root 1:11:nsubj 5:1:acl:relcl"));
}

/* "invited both presidents to talks in Luanda": the talks are where they
 * are invited, an oblique of "invited" (was the object's nmod) */
NM_TEST(talks_one_is_invited_to_are_the_verbs) {
  NM_CHECK(repaired_as("Angola/PROPN/NNP invited/VERB/VBD both/CCONJ/CC presidents/NOUN/NNS "
                       "to/ADP/IN talks/NOUN/NNS in/ADP/IN Luanda/PROPN/NNP ./PUNCT/.",
                       "6:2:obl 4:2:obj"));
}

/* "said the accusations were "baseless" and blamed Congo": an act of
 * speech joined by "and" to a copula's predicate the verb of saying
 * reports, hung there as parataxis, is the reporter's conjunct */
NM_TEST(blamed_after_a_reported_copula_is_the_reporters) {
  NM_CHECK(repaired_as("A/DET/DT Rwandan/ADJ/JJ government/NOUN/NN spokeswoman/NOUN/NN ,/PUNCT/, "
                       "Yolande/PROPN/NNP Makolo/PROPN/NNP ,/PUNCT/, said/VERB/VBD/say the/DET/DT "
                       "accusations/NOUN/NNS were/AUX/VBD \"/PUNCT/`` baseless/ADJ/JJ "
                       "\"/PUNCT/'' and/CCONJ/CC blamed/VERB/VBD/blame Congo/PROPN/NNP "
                       "for/SCONJ/IN arming/VERB/VBG a/DET/DT militia/NOUN/NN ./PUNCT/.",
                       "17:9:conj 14:9:ccomp"));
}

/* "said the United States was "deeply concerned" by the violence and
 * called on authorities": an act of speech hung on a noun of the reported
 * clause is the reporter's conjunct too (was a conjunct of "violence") */
NM_TEST(called_on_after_a_reported_phrase_is_the_reporters) {
  NM_CHECK(repaired_as("A/DET/DT State/PROPN/NNP Department/PROPN/NNP spokesman/NOUN/NN "
                       "said/VERB/VBD/say the/DET/DT United/ADJ/NNP States/PROPN/NNPS "
                       "was/AUX/VBD/be \"/PUNCT/`` deeply/ADV/RB concerned/ADJ/JJ "
                       "\"/PUNCT/'' by/ADP/IN the/DET/DT violence/NOUN/NN and/CCONJ/CC "
                       "called/VERB/VBD/call on/ADP/IN authorities/NOUN/NNS to/PART/TO "
                       "respect/VERB/VB the/DET/DT right/NOUN/NN ./PUNCT/.",
                       "18:5:conj"));
}

/* "Fifteen civilians were killed, two health workers told reporters,
 * speaking on condition of anonymity": the gerund after the comma is no
 * complement of "told" (advcl), and "told", a conjunct with no "and"
 * whose subject a comma opens, is the clause's sourcing (parataxis) */
NM_TEST(gerund_after_a_report_is_no_complement) {
  NM_CHECK(repaired_as("Fifteen/NUM/CD civilians/NOUN/NNS were/AUX/VBD killed/VERB/VBN ,/PUNCT/, "
                       "two/NUM/CD health/NOUN/NN workers/NOUN/NNS told/VERB/VBD/tell "
                       "reporters/NOUN/NNS ,/PUNCT/, speaking/VERB/VBG/speak on/ADP/IN "
                       "condition/NOUN/NN of/ADP/IN anonymity/NOUN/NN ./PUNCT/.",
                       "9:4:parataxis 12:9:advcl"));
  NM_CHECK(repaired_as("\"/PUNCT/`` That/PRON/DT is/AUX/VBZ/be my/PRON/PRP$ husband/NOUN/NN "
                       ",/PUNCT/, \"/PUNCT/'' she/PRON/PRP said/VERB/VBD/say ,/PUNCT/, "
                       "laughing/VERB/VBG/laugh and/CCONJ/CC crying/VERB/VBG/cry ./PUNCT/.",
                       "11:9:advcl"));
}

/* "…, while Denmark's envoy, Mads Korsgaard, called the outcome a
 * failure": a subordinator the parse made a noun's marker, with a name
 * set off after the noun and a finite verb after it, opens that verb's
 * clause, whose subject the noun is (the verb was a relative clause of
 * "envoy", and the quotation's speaker none); "because this is what
 * gives …" keeps its copular clause */
NM_TEST(subordinator_before_a_noun_and_its_name) {
  NM_CHECK(repaired_as("Pakistan/PROPN/NNP 's/PART/POS ambassador/NOUN/NN said/VERB/VBD/say "
                       "his/PRON/PRP$ country/NOUN/NN abstained/VERB/VBD/abstain ,/PUNCT/, "
                       "while/SCONJ/IN Denmark/PROPN/NNP 's/PART/POS envoy/NOUN/NN ,/PUNCT/, "
                       "Mads/PROPN/NNP Korsgaard/PROPN/NNP ,/PUNCT/, called/VERB/VBD/call "
                       "the/DET/DT outcome/NOUN/NN a/DET/DT failure/NOUN/NN ./PUNCT/.",
                       "9:17:mark 12:17:nsubj 17:7:advcl"));
}

/* "prompting the U.S. Navy to condemn the move": a to-clause after the
 * object of a verb that makes or lets its object act is its complement
 * (was advcl) */
NM_TEST(complement_of_a_prompting_verb) {
  NM_CHECK(repaired_as("Iran/PROPN/NNP seized/VERB/VBD/seize the/DET/DT tanker/NOUN/NN ,/PUNCT/, "
                       "prompting/VERB/VBG/prompt the/DET/DT U.S./PROPN/NNP Navy/PROPN/NNP "
                       "to/PART/TO condemn/VERB/VB/condemn the/DET/DT move/NOUN/NN ./PUNCT/.",
                       "11:6:xcomp"));
}

/* "Vollmer pledged 150 million euros for forest protection and for
 * projects led by Indigenous communities, and said Berlin would also
 * contribute": a reporting verb after "and", with no subject and a
 * clause it reports, joined to a noun of the object's phrases, is the
 * conjunct of the sentence's first predicate (was "projects") */
NM_TEST(report_conjunct_hung_on_a_noun) {
  NM_CHECK(repaired_as("Vollmer/PROPN/NNP pledged/VERB/VBD/pledge 150/NUM/CD million/NUM/CD "
                       "euros/NOUN/NNS/euro for/ADP/IN forest/NOUN/NN protection/NOUN/NN "
                       "and/CCONJ/CC for/ADP/IN projects/NOUN/NNS/project led/VERB/VBN/lead "
                       "by/ADP/IN Indigenous/ADJ/JJ communities/NOUN/NNS/community ,/PUNCT/, "
                       "and/CCONJ/CC said/VERB/VBD/say Berlin/PROPN/NNP would/AUX/MD "
                       "also/ADV/RB contribute/VERB/VB/contribute ./PUNCT/.",
                       "18:2:conj"));
}

NM_TEST(title_and_name_as_two_subjects) {
  /* the title's phrase describes the name; the adjective after the verb
   * opens its object, whose name was the later "said"'s subject */
  static const char *const s =
      "U.S./PROPN/NNP Secretary/PROPN/NNP of/ADP/IN State/PROPN/NNP Warren/PROPN/NNP "
      "Christopher/PROPN/NNP telephoned/VERB/VBD/telephone Russian/ADJ/JJ Foreign/ADJ/NNP "
      "Minister/PROPN/NNP Andrei/PROPN/NNP Kozyrev/PROPN/NNP on/ADP/IN Tuesday/PROPN/NNP "
      "to/PART/TO discuss/VERB/VB/discuss efforts/NOUN/NNS/effort to/PART/TO forge/VERB/VB/forge "
      "a/DET/DT peace/NOUN/NN settlement/NOUN/NN in/ADP/IN former/ADJ/JJ Yugoslavia/PROPN/NNP "
      ",/PUNCT/, Itar/PROPN/NNP -/PUNCT/HYPH Tass/PROPN/NNP news/NOUN/NN agency/NOUN/NN "
      "said/VERB/VBD/say ./PUNCT/.";
  NM_CHECK(repaired_as(s, "2:5:nmod:desc 5:7:nsubj 8:10:amod 11:7:obj 14:7:obl"));
}

NM_TEST(unjoined_past_form_after_a_noun) {
  /* a reduced relative clause of the noun before it, not a conjunct */
  NM_CHECK(repaired_as("Benin/PROPN/NNP opened/VERB/VBD/open its/PRON/PRP$ borders/NOUN/NNS/border "
                       "today/NOUN/NN to/ADP/IN most/ADJ/JJS West/ADJ/JJ Africans/PROPN/NNPS "
                       "ordered/VERB/VBD/order out/ADP/IN of/ADP/IN Nigeria/PROPN/NNP ./PUNCT/.",
                       "10:9:acl"));
  /* after a subordinator read as a preposition: the clause's subject */
  NM_CHECK(repaired_as("Georgian/ADJ/JJ President/PROPN/NNP Eduard/PROPN/NNP "
                       "Shevardnadze/PROPN/NNP resigned/VERB/VBD/resign Sunday/PROPN/NNP "
                       "as/ADP/IN the/DET/DT opposition/NOUN/NN threatened/VERB/VBD/threaten "
                       "to/PART/TO storm/VERB/VB/storm his/PRON/PRP$ residence/NOUN/NN "
                       "in/ADP/IN Tbilisi/PROPN/NNP ./PUNCT/.",
                       "7:10:mark 9:10:nsubj 10:5:advcl"));
  /* ... whose phrase may be long, and whose clause may have an object */
  NM_CHECK(repaired_as("Colombian/ADJ/JJ President/PROPN/NNP Gustavo/PROPN/NNP Petro/PROPN/NNP "
                       "had/AUX/VBD suspended/VERB/VBN/suspend the/DET/DT talks/NOUN/NNS/talk "
                       "in/ADP/IN September/PROPN/NNP after/ADP/IN an/DET/DT ELN/PROPN/NNP "
                       "attack/NOUN/NN on/ADP/IN a/DET/DT military/ADJ/JJ base/NOUN/NN "
                       "killed/VERB/VBD/kill two/NUM/CD soldiers/NOUN/NNS/soldier ./PUNCT/.",
                       "11:19:mark 14:19:nsubj 19:6:advcl 21:19:obj"));
}

NM_TEST(second_subject_with_a_preposition) {
  NM_CHECK(repaired_as("Brazilian/ADJ/JJ President/PROPN/NNP Luiz/PROPN/NNP Inacio/PROPN/NNP "
                       "Lula/PROPN/NNP da/PROPN/NNP Silva/PROPN/NNP spoke/VERB/VBD/speak "
                       "with/ADP/IN Peña/PROPN/NNP by/ADP/IN telephone/NOUN/NN on/ADP/IN "
                       "Thursday/PROPN/NNP ,/PUNCT/, a/DET/DT spokesman/NOUN/NN for/ADP/IN "
                       "Lula/PROPN/NNP said/VERB/VBD/say ./PUNCT/.",
                       "17:20:nsubj 19:17:nmod"));
}

NM_TEST(subordinate_clause_hung_on_its_subject) {
  NM_CHECK(repaired_as("Kenyan/ADJ/JJ police/NOUN/NN fired/VERB/VBD/fire tear/NOUN/NN gas/NOUN/NN "
                       "at/ADP/IN thousands/NOUN/NNS/thousand of/ADP/IN "
                       "protesters/NOUN/NNS/protester in/ADP/IN Nairobi/PROPN/NNP on/ADP/IN "
                       "Thursday/PROPN/NNP as/ADP/IN demonstrators/NOUN/NNS/demonstrator "
                       "marched/VERB/VBN/march on/ADP/IN parliament/NOUN/NN to/PART/TO "
                       "oppose/VERB/VB/oppose a/DET/DT new/ADJ/JJ finance/NOUN/NN bill/NOUN/NN "
                       "./PUNCT/.",
                       "14:16:mark 15:16:nsubj 16:3:advcl"));
}

/* a subject's noun before the other subject's modifiers: "Soviet NKVD
 * security forces murdered" had "Soviet" and "forces" as two subjects */
NM_TEST(adjacent_subjects_past_the_seconds_modifiers) {
  NM_CHECK(repaired_as("Poland/PROPN/NNP 's/PART/POS parliament/NOUN/NN has/AUX/VBZ/have "
                       "demanded/VERB/VBN/demand an/DET/DT immediate/ADJ/JJ admission/NOUN/NN "
                       "by/ADP/IN Moscow/PROPN/NNP that/PRON/WDT Soviet/PROPN/NNP NKVD/PROPN/NNP "
                       "security/NOUN/NN forces/NOUN/NNS/force murdered/VERB/VBD/murder "
                       "more/ADJ/JJR than/ADP/IN 15,000/NUM/CD captive/ADJ/JJ Polish/ADJ/JJ "
                       "officers/NOUN/NNS/officer during/ADP/IN World/PROPN/NNP War/PROPN/NNP "
                       "Two/NUM/CD ./PUNCT/.",
                       "12:15:compound 13:12:flat 15:16:nsubj"));
}

/* "Chad and the Rapid Support Forces agreed": two subjects joined by
 * "and" are conjuncts; the second joins the last noun of the first's
 * phrase ("Delegations from Sudan's military and the … Forces") */
NM_TEST(subjects_joined_by_and_are_conjuncts) {
  NM_CHECK(repaired_as("Chad/PROPN/NNP and/CCONJ/CC the/DET/DT Rapid/ADJ/JJ/rapid "
                       "Support/NOUN/NN/support Forces/NOUN/NNS/force agreed/VERB/VBD/agree "
                       "to/PART/TO resume/VERB/VB talks/NOUN/NNS/talk ./PUNCT/.",
                       "6:1:conj 2:6:cc 1:7:nsubj"));
  NM_CHECK(repaired_as("Delegations/NOUN/NNS/delegation from/ADP/IN Sudan/PROPN/NNP 's/PART/POS "
                       "military/NOUN/NN and/CCONJ/CC the/DET/DT Rapid/ADJ/JJ/rapid "
                       "Support/NOUN/NN/support Forces/NOUN/NNS/force agreed/VERB/VBD/agree "
                       "to/PART/TO resume/VERB/VB talks/NOUN/NNS/talk ./PUNCT/.",
                       "10:5:conj 1:11:nsubj"));
}

/* "The Red Cross said US and British forces must ensure security",
 * parsed with "US" the object of "said": the pair of modifiers joined by
 * "and" modifies the noun right after it, the clause's subject. */
NM_TEST(split_modifier_pair_modifies_the_noun_after_it) {
  NM_CHECK(repaired_as("The/DET/DT/the Red/ADJ/NNP/Red Cross/PROPN/NNP/Cross said/VERB/VBD/say "
                       "US/PROPN/NNP/US and/CCONJ/CC/and British/ADJ/JJ/British "
                       "forces/NOUN/NNS/force must/AUX/MD/must ensure/VERB/VB/ensure "
                       "security/NOUN/NN/security ./PUNCT/./.",
                       "5:8:compound 7:5:conj 8:10:nsubj 10:4:ccomp"));
}

/* "In Belgrade, Serbian official X, who …, accused": the phrase after
 * the opening place, whose comma the parse hung on its head, is the
 * subject (it had been the place's apposition) */
NM_TEST(subject_after_place_past_its_own_comma) {
  NM_CHECK(repaired_as("In/ADP/IN/in Belgrade/PROPN/NNP/Belgrade ,/PUNCT/,/, "
                       "Serbian/PROPN/NNP/Serbian official/NOUN/NN/official "
                       "Milica/PROPN/NNP/Milica Radic/PROPN/NNP/Radic ,/PUNCT/,/, "
                       "who/PRON/WP/who heads/VERB/VBZ/head "
                       "the/DET/DT/the government/NOUN/NN/government office/NOUN/NN/office "
                       "for/ADP/IN/for Kosovo/PROPN/NNP/Kosovo ,/PUNCT/,/, "
                       "accused/VERB/VBD/accuse Pristina/PROPN/NNP/Pristina of/SCONJ/IN/of "
                       "terrorizing/VERB/VBG/terrorize the/DET/DT/the Serb/PROPN/NNP/Serb "
                       "population/NOUN/NN/population ./PUNCT/./.",
                       "5:17:nsubj 2:17:obl"));
}

/* "She said the arrests were “a campaign …” aimed at … and called on
 * peacekeepers to …": an act of speech joined to a participle that
 * modifies the reported clause's predicate is the reporter's */
NM_TEST(speech_conj_of_a_participle_in_the_report) {
  NM_CHECK(repaired_as("She/PRON/PRP/she said/VERB/VBD/say the/DET/DT/the arrests/NOUN/NNS/arrest "
                       "were/AUX/VBD/be \"/PUNCT/``/\" a/DET/DT/a campaign/NOUN/NN/campaign "
                       "of/ADP/IN/of intimidation/NOUN/NN/intimidation \"/PUNCT/''/\" "
                       "aimed/VERB/VBN/aim at/SCONJ/IN/at pushing/VERB/VBG/push "
                       "Serbs/PROPN/NNP/Serbs out/ADP/IN/out of/ADP/IN/of the/DET/DT/the "
                       "north/NOUN/NN/north and/CCONJ/CC/and called/VERB/VBD/call on/ADP/IN/on "
                       "peacekeepers/NOUN/NNS/peacekeeper to/PART/TO/to protect/VERB/VB/protect "
                       "them/PRON/PRP/they ./PUNCT/./.",
                       "21:2:conj"));
}

/* "that it had increased patrols in the north and urged …": a verb with
 * a subject and an auxiliary heads a clause, not an adjective of the
 * noun after it, which is its object */
NM_TEST(clause_read_as_a_modifier) {
  NM_CHECK(repaired_as("KFOR/PROPN/NNP/KFOR said/VERB/VBD/say in/ADP/IN/in a/DET/DT/a "
                       "statement/NOUN/NN/statement that/SCONJ/IN/that it/PRON/PRP/it "
                       "had/AUX/VBD/have increased/VERB/VBN/increase patrols/NOUN/NNS/patrol "
                       "in/ADP/IN/in the/DET/DT/the north/NOUN/NN/north and/CCONJ/CC/and "
                       "urged/VERB/VBD/urge all/DET/DT/all sides/NOUN/NNS/side to/PART/TO/to "
                       "exercise/VERB/VB/exercise restraint/NOUN/NN/restraint ./PUNCT/./.",
                       "9:2:ccomp 10:9:obj 6:9:mark"));
}

/* "told a news conference in Addis Ababa that Eritrean units had
 * moved …": the "that" clause hung on the audience's phrase is what was
 * told */
NM_TEST(clause_after_the_audience_of_tell) {
  NM_CHECK(repaired_as("Government/NOUN/NN/government spokesperson/NOUN/NN/spokesperson "
                       "Yohannes/PROPN/NNP/Yohannes Alemu/PROPN/NNP/Alemu told/VERB/VBD/tell "
                       "a/DET/DT/a news/NOUN/NN/news conference/NOUN/NN/conference in/ADP/IN/in "
                       "Addis/PROPN/NNP/Addis Ababa/PROPN/NNP/Ababa that/PRON/WDT/that "
                       "Eritrean/PROPN/NNP/Eritrean units/NOUN/NNS/unit had/AUX/VBD/have "
                       "moved/VERB/VBN/move artillery/NOUN/NN/artillery toward/ADP/IN/toward "
                       "the/DET/DT/the border/NOUN/NN/border ./PUNCT/./.",
                       "16:5:ccomp 8:5:obj"));
}

/* "Haitian National Police spokesperson X said officers, backed by
 * troops …, pushed the attackers back": the role word, not "Haitian",
 * heads the subject (it had been "Haitian"'s apposition), and the verb
 * after the object's participle set off by commas, a conjunct with no
 * "and", is what was said, the object its subject */
NM_TEST(subject_phrase_and_said_clause_past_a_participle) {
  NM_CHECK(repaired_as(
                       "Haitian/PROPN/NNP/Haitian National/ADJ/NNP/National "
                       "Police/PROPN/NNP/Police spokesperson/NOUN/NN/spokesperson "
                       "Fritzner/PROPN/NNP/Fritzner Delva/PROPN/NNP/Delva "
                       "Augustin/PROPN/NNP/Augustin said/VERB/VBD/say "
                       "officers/NOUN/NNS/officer ,/PUNCT/,/, backed/VERB/VBN/back "
                       "by/ADP/IN/by troops/NOUN/NNS/troops from/ADP/IN/from the/DET/DT/the "
                       "Gang/NOUN/NN/gang Suppression/PROPN/NNP/Suppression "
                       "Force/PROPN/NNP/Force ,/PUNCT/,/, pushed/VERB/VBD/push the/DET/DT/the "
                       "attackers/NOUN/NNS/attacker back/ADV/RB/back by/ADP/IN/by "
                       "dawn/NOUN/NN/dawn ./PUNCT/./.",
                       "4:8:nsubj 1:3:compound 20:8:ccomp 9:20:nsubj"));
}

/* "denied any of its units had opened fire and said that …", "said that
 * … forces had fired … and described the incident as …": a second act of
 * speech (say, describe) joined to the reported clause is the reporter's,
 * and a denial reports a clause as saying does */
NM_TEST(second_speech_act_after_a_denial_or_report) {
  NM_CHECK(repaired_as("Azerbaijan/PROPN/NNP/Azerbaijan 's/PART/POS/'s Defense/PROPN/NNP/Defense "
                       "Ministry/PROPN/NNP/Ministry denied/VERB/VBD/deny any/DET/DT/any "
                       "of/ADP/IN/of its/PRON/PRP$/its units/NOUN/NNS/unit had/AUX/VBD/have "
                       "opened/VERB/VBN/open fire/NOUN/NN/fire and/CCONJ/CC/and "
                       "said/VERB/VBD/say that/SCONJ/IN/that Armenian/ADJ/JJ/Armenian "
                       "claims/NOUN/NNS/claim were/AUX/VBD/be "
                       "disinformation/NOUN/NN/disinformation ./PUNCT/./.",
                       "14:5:conj"));
  NM_CHECK(repaired_as("It/PRON/PRP/it said/VERB/VBD/say that/SCONJ/IN/that "
                       "Azerbaijani/PROPN/NNP/Azerbaijani forces/NOUN/NNS/force "
                       "had/AUX/VBD/have fired/VERB/VBN/fire from/ADP/IN/from "
                       "positions/NOUN/NNS/position across/ADP/IN/across the/DET/DT/the "
                       "line/NOUN/NN/line and/CCONJ/CC/and described/VERB/VBD/describe "
                       "the/DET/DT/the incident/NOUN/NN/incident as/ADP/IN/as a/DET/DT/a "
                       "deliberate/ADJ/JJ/deliberate provocation/NOUN/NN/provocation ./PUNCT/./.",
                       "14:2:conj"));
}

/* "Government spokesperson Col. Abdoulaye Keita Maiga said …": the role
 * noun the parse made a complement of "said" (with the rank its
 * subject) is the subject, the name its apposition; a quoted phrase
 * before the subject ('"On his way," Betty said') stays a complement */
NM_TEST(title_read_as_a_complement) {
  NM_CHECK(repaired_as("Government/NOUN/NN/government spokesperson/NOUN/NN/spokesperson "
                       "Col./PROPN/NNP/Col. Abdoulaye/PROPN/NNP/Abdoulaye Keita/PROPN/NNP/Keita "
                       "Maiga/PROPN/NNP/Maiga said/VERB/VBD/say in/ADP/IN/in a/DET/DT/a "
                       "televised/VERB/VBN/televise statement/NOUN/NN/statement "
                       "that/SCONJ/IN/that the/DET/DT/the men/NOUN/NNS/man were/AUX/VBD/be "
                       "suspected/VERB/VBN/suspect ./PUNCT/./.",
                       "2:7:nsubj 3:2:appos 16:7:ccomp"));
}

/* "Iranian officials have in recent weeks suggested they could …": the
 * "have" a phrase splits from its participle is its auxiliary (it had
 * been the main verb, "suggested" its complement with no subject) */
NM_TEST(perfect_split_by_a_phrase) {
  NM_CHECK(repaired_as("Iranian/ADJ/JJ/Iranian officials/NOUN/NNS/official have/VERB/VBP/have "
                       "in/ADP/IN/in recent/ADJ/JJ/recent weeks/NOUN/NNS/week "
                       "suggested/VERB/VBD/suggest they/PRON/PRP/they could/AUX/MD/could "
                       "reconsider/VERB/VB/reconsider the/DET/DT/the "
                       "membership/NOUN/NN/membership ./PUNCT/./.",
                       "7:0:root 3:7:aux 2:7:nsubj 10:7:ccomp"));
}

NM_TEST(adverb_of_a_phrase_after_the_subject) {
  NM_CHECK(repaired_as("Several/ADJ/JJ/several candidates/NOUN/NNS/candidate ahead/ADV/RB/ahead "
                       "of/ADP/IN/of May/PROPN/NNP/May elections/NOUN/NNS/election "
                       "have/AUX/VBP/have promised/VERB/VBN/promise to/PART/TO/to "
                       "restore/VERB/VB/restore ties/NOUN/NNS/tie with/ADP/IN/with "
                       "Beijing/PROPN/NNP/Beijing ./PUNCT/./.",
                       "8:0:root 2:8:nsubj 3:2:advmod 6:3:obl"));
}

NM_TEST(noun_before_a_possessor_is_its_name) {
  NM_CHECK(repaired_as("The/DET/DT/the attorney/NOUN/NN/attorney general/NOUN/NN/general "
                       "'s/PART/POS/'s office/NOUN/NN/office said/VERB/VBD/say on/ADP/IN/on "
                       "Wednesday/PROPN/NNP/Wednesday that/SCONJ/IN/that the/DET/DT/the "
                       "three/NUM/CD/three were/AUX/VBD/be under/ADP/IN/under "
                       "investigation/NOUN/NN/investigation ./PUNCT/./.",
                       "2:3:compound 1:3:det 3:5:nmod:poss 5:6:nsubj"));
}

NM_TEST(report_after_a_clause_before_a_concession) {
  static const char *const words =
      "Sudan/PROPN/NNP/Sudan 's/PART/POS/'s army/NOUN/NN/army and/CCONJ/CC/and the/DET/DT/the "
      "paramilitary/ADJ/JJ/paramilitary Rapid/ADJ/JJ/rapid Support/NOUN/NN/support "
      "Forces/NOUN/NNS/force agreed/VERB/VBN/agree on/ADP/IN/on Wednesday/PROPN/NNP/Wednesday "
      "to/ADP/IN/to a/DET/DT/a truce/NOUN/NN/truce covering/VERB/VBG/cover the/DET/DT/the "
      "city/NOUN/NN/city ,/PUNCT/,/, Saudi/ADJ/JJ/Saudi and/CCONJ/CC/and "
      "American/ADJ/JJ/American mediators/NOUN/NNS/mediator said/VERB/VBD/say ,/PUNCT/,/, "
      "though/SCONJ/IN/though neither/DET/DT/neither side/NOUN/NN/side "
      "committed/VERB/VBD/commit to/ADP/IN/to a/DET/DT/a ceasefire/NOUN/NN/ceasefire ./PUNCT/./.";
  NM_CHECK(repaired_as(words, "10:0:root 3:10:nsubj 24:10:parataxis 23:24:nsubj 29:10:advcl"));
  /* ... and with the clause's verb a finite one that lost its subject */
  NM_CHECK(repaired_as("Sudan/PROPN/NNP/Sudan 's/PART/POS/'s army/NOUN/NN/army and/CCONJ/CC/and "
                       "the/DET/DT/the paramilitary/ADJ/JJ/paramilitary Rapid/ADJ/JJ/rapid "
                       "Support/NOUN/NN/support Forces/NOUN/NNS/force agreed/VERB/VBD/agree "
                       "on/ADP/IN/on Wednesday/PROPN/NNP/Wednesday to/ADP/IN/to a/DET/DT/a "
                       "10/NUM/CD/10 -/PUNCT/HYPH/- day/NOUN/NN/day "
                       "humanitarian/NOUN/NN/humanitarian truce/NOUN/NN/truce ,/PUNCT/,/, "
                       "mediators/NOUN/NNS/mediator said/VERB/VBD/say ./PUNCT/./.",
                       "10:0:root 3:10:nsubj 22:10:parataxis"));
}

NM_TEST(time_read_as_the_said_clauses_subject) {
  NM_CHECK(repaired_as("He/PRON/PRP/he said/VERB/VBD/say army/NOUN/NN/army "
                       "airstrikes/NOUN/NNS/airstrike on/ADP/IN/on a/DET/DT/a "
                       "market/NOUN/NN/market in/ADP/IN/in Nyala/PROPN/NNP/Nyala "
                       "last/ADJ/JJ/last week/NOUN/NN/week had/AUX/VBD/have "
                       "killed/VERB/VBN/kill dozens/NOUN/NNS/dozen of/ADP/IN/of "
                       "civilians/NOUN/NNS/civilian ./PUNCT/./.",
                       "13:2:ccomp 4:13:nsubj 11:13:obl:unmarked"));
}

NM_TEST(clause_after_what_is_its_relative) {
  NM_CHECK(repaired_as("Israeli/ADJ/JJ/Israeli warplanes/NOUN/NNS/warplane struck/VERB/VBD/strike "
                       "what/PRON/WP/what the/DET/DT/the military/NOUN/NN/military "
                       "described/VERB/VBD/describe as/ADP/IN/as Hezbollah/PROPN/NNP/Hezbollah "
                       "weapons/NOUN/NNS/weapon depots/NOUN/NNS/depot in/ADP/IN/in "
                       "southern/ADJ/JJ/southern Lebanon/PROPN/NNP/Lebanon on/ADP/IN/on "
                       "Tuesday/PROPN/NNP/Tuesday ,/PUNCT/,/, killing/VERB/VBG/kill at/ADP/IN/at "
                       "least/ADJ/JJS/least six/NUM/CD/six people/NOUN/NNS/people ,/PUNCT/,/, "
                       "Lebanese/ADJ/JJ/Lebanese officials/NOUN/NNS/official said/VERB/VBD/say "
                       "./PUNCT/./.",
                       "4:3:obj 7:4:acl:relcl"));
  /* ... and "said, in one of …" after it sources the clause */
  NM_CHECK(repaired_as("Israeli/ADJ/JJ/Israeli warplanes/NOUN/NNS/warplane "
                       "struck/VERB/VBD/strike what/PRON/WP/what the/DET/DT/the "
                       "military/NOUN/NN/military described/VERB/VBD/describe as/ADP/IN/as "
                       "Hezbollah/PROPN/NNP/Hezbollah weapons/NOUN/NNS/weapon "
                       "depots/NOUN/NNS/depot in/ADP/IN/in southern/ADJ/JJ/southern "
                       "Lebanon/PROPN/NNP/Lebanon on/ADP/IN/on Tuesday/PROPN/NNP/Tuesday "
                       ",/PUNCT/,/, killing/VERB/VBG/kill at/ADP/IN/at least/ADJ/JJS/least "
                       "six/NUM/CD/six people/NOUN/NNS/people ,/PUNCT/,/, "
                       "Lebanese/ADJ/JJ/Lebanese officials/NOUN/NNS/official said/VERB/VBD/say "
                       ",/PUNCT/,/, in/ADP/IN/in one/NUM/CD/one of/ADP/IN/of the/DET/DT/the "
                       "heaviest/ADJ/JJS/heavy days/NOUN/NNS/day of/ADP/IN/of "
                       "bombardment/NOUN/NN/bombardment since/SCONJ/IN/since a/DET/DT/a "
                       "U.S./PROPN/NNP/U.S. -/PUNCT/HYPH/- brokered/VERB/VBN/broker "
                       "ceasefire/NOUN/NN/ceasefire ended/VERB/VBD/end a/DET/DT/a 14/NUM/CD/14 "
                       "-/PUNCT/HYPH/- month/NOUN/NN/month war/NOUN/NN/war "
                       "between/ADP/IN/between Israel/PROPN/NNP/Israel and/CCONJ/CC/and "
                       "the/DET/DT/the militant/ADJ/JJ/militant group/NOUN/NN/group "
                       "in/ADP/IN/in November/PROPN/NNP/November 2024/NUM/CD/2024 ./PUNCT/./.",
                       "3:0:root 26:3:parataxis 29:3:obl"));
}

/* "The attorney general's office said …" parsed with "The" as the root:
 * "said" is the root, "office" its subject, "attorney general" the
 * possessor */
NM_TEST(determiner_root_gives_way_to_said) {
  NM_CHECK(repaired_as("The/DET/DT/the attorney/NOUN/NN/attorney general/NOUN/NN/general "
                       "'s/PART/POS/'s office/NOUN/NN/office said/VERB/VBD/say in/ADP/IN/in "
                       "a/DET/DT/a statement/NOUN/NN/statement on/ADP/IN/on "
                       "Wednesday/PROPN/NNP/Wednesday that/SCONJ/IN/that the/DET/DT/the "
                       "suspects/NOUN/NNS/suspect had/AUX/VBD/have been/AUX/VBN/be "
                       "arrested/VERB/VBN/arrest ./PUNCT/./.",
                       "6:0:root 5:6:nsubj 3:5:nmod:poss 2:3:compound 1:3:det 18:6:punct"));
}

/* "Among the prisoners released were soldiers …, the ministry said": the
 * inverted copula's nouns are one clause, what was said */
NM_TEST(inverted_among_is_one_clause) {
  NM_CHECK(repaired_as("Among/ADP/IN/among the/DET/DT/the prisoners/NOUN/NNS/prisoner "
                       "released/VERB/VBN/release were/AUX/VBD/be soldiers/NOUN/NNS/soldier "
                       "who/PRON/WP/who had/AUX/VBD/have defended/VERB/VBN/defend "
                       "the/DET/DT/the port/NOUN/NN/port ,/PUNCT/,/, the/DET/DT/the "
                       "ministry/NOUN/NN/ministry said/VERB/VBD/say ./PUNCT/./.",
                       "3:6:nsubj 5:6:cop 6:15:ccomp 15:0:root"));
}

/* "We cannot sit … from an organization that speaks of peace … and takes
 * civilians": a conjunct in -s is no conjunct of the verb "we" is the
 * subject of, but of the relative clause's verb in -s */
NM_TEST(conjunct_agrees_with_its_subject) {
  NM_CHECK(repaired_as("We/PRON/PRP/we can/AUX/MD/can not/PART/RB/not sit/VERB/VB/sit "
                       "across/ADP/IN/across the/DET/DT/the table/NOUN/NN/table from/ADP/IN/from "
                       "an/DET/DT/a organization/NOUN/NN/organization that/PRON/WDT/that "
                       "speaks/VERB/VBZ/speak of/ADP/IN/of peace/NOUN/NN/peace in/ADP/IN/in "
                       "the/DET/DT/the morning/NOUN/NN/morning and/CCONJ/CC/and "
                       "takes/VERB/VBZ/take civilians/NOUN/NNS/civilian from/ADP/IN/from "
                       "their/PRON/PRP$/their vehicles/NOUN/NNS/vehicle at/ADP/IN/at "
                       "night/NOUN/NN/night ./PUNCT/./.",
                       "12:10:acl:relcl 19:12:conj"));
}

/* "In a statement posted online on Monday, the ELN's central command did
 * not claim …" parsed with "posted" the root: the participle modifies the
 * statement, and the verb after the comma is the root */
NM_TEST(fronted_participle_gives_up_the_root) {
  NM_CHECK(repaired_as("In/ADP/IN/in a/DET/DT/a statement/NOUN/NN/statement "
                       "posted/VERB/VBN/post online/ADV/RB/online on/ADP/IN/on "
                       "Monday/PROPN/NNP/Monday ,/PUNCT/,/, the/DET/DT/the ELN/PROPN/NNP/ELN "
                       "'s/PART/POS/'s central/ADJ/JJ/central command/NOUN/NN/command "
                       "did/AUX/VBD/do not/PART/RB/not claim/VERB/VB/claim "
                       "responsibility/NOUN/NN/responsibility for/ADP/IN/for the/DET/DT/the "
                       "abductions/NOUN/NNS/abduction ./PUNCT/./.",
                       "16:0:root 4:3:acl 3:16:obl 13:16:nsubj 8:16:punct 21:16:punct"));
}

/* "He said in Baku that Azerbaijan still demanded …": "that" before the
 * complement's subject is its marker; "…, a step Yerevan has said could
 * only be taken by referendum": the name is the subject of "said" in the
 * noun's bare relative clause, the noun the apposition before the comma */
NM_TEST(said_in_a_bare_relative_after_apposition) {
  NM_CHECK(repaired_as(
      "He/PRON/PRP/he said/VERB/VBD/say in/ADP/IN/in Baku/PROPN/NNP/Baku that/PRON/WDT/that "
      "Azerbaijan/PROPN/NNP/Azerbaijan still/ADV/RB/still demanded/VERB/VBD/demand "
      "that/SCONJ/IN/that Armenia/PROPN/NNP/Armenia amend/VERB/VB/amend its/PRON/PRP$/its "
      "constitution/NOUN/NN/constitution to/PART/TO/to remove/VERB/VB/remove what/PRON/WP/what "
      "Baku/PROPN/NNP/Baku considers/VERB/VBZ/consider territorial/ADJ/JJ/territorial "
      "claims/NOUN/NNS/claim ,/PUNCT/,/, a/DET/DT/a step/NOUN/NN/step "
      "Yerevan/PROPN/NNP/Yerevan has/AUX/VBZ/have said/VERB/VBN/say could/AUX/MD/could "
      "only/ADV/RB/only be/AUX/VB/be taken/VERB/VBN/take by/ADP/IN/by "
      "referendum/NOUN/NN/referendum ./PUNCT/./.",
      "5:8:mark 16:15:obj 23:20:appos 26:23:acl:relcl 24:26:nsubj"));
}

/* an infinitive after a verb's object that names a plan tells what the plan is */
NM_TEST(infinitive_after_a_plan_modifies_it) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the government/NOUN/NN/government rejected/VERB/VBD/reject a/DET/DT/a "
      "proposal/NOUN/NN/proposal from/ADP/IN/from the/DET/DT/the bloc/NOUN/NN/bloc "
      "to/PART/TO/to delay/VERB/VB/delay the/DET/DT/the vote/NOUN/NN/vote ./PUNCT/./.",
      "10:5:acl"));
  /* (and a past tense joined to it joins the verb) */
  NM_CHECK(repaired_as(
      "The/DET/DT/the government/NOUN/NN/government rejected/VERB/VBD/reject a/DET/DT/a "
      "proposal/NOUN/NN/proposal from/ADP/IN/from the/DET/DT/the bloc/NOUN/NN/bloc "
      "to/PART/TO/to delay/VERB/VB/delay the/DET/DT/the vote/NOUN/NN/vote and/CCONJ/CC/and "
      "called/VERB/VBD/call for/ADP/IN/for talks/NOUN/NNS/talk ./PUNCT/./.",
      "10:5:acl 14:3:conj"));
}

/* "that" after an object noun opens a relative clause when the clause has a gap */
NM_TEST(that_clause_with_a_gap_is_a_relative) {
  NM_CHECK(repaired_as(
      "Greece/PROPN/NNP/Greece lodged/VERB/VBD/lodge a/DET/DT/a protest/NOUN/NN/protest "
      ",/PUNCT/,/, reviving/VERB/VBG/revive a/DET/DT/a dispute/NOUN/NN/dispute "
      "that/SCONJ/IN/that the/DET/DT/the two/NUM/CD/two allies/NOUN/NNS/ally had/AUX/VBD/have "
      "sought/VERB/VBN/seek to/PART/TO/to calm/VERB/VB/calm ./PUNCT/./.",
      "14:8:acl:relcl 9:16:obj"));
  /* (a clause with no gap, or one the noun states, stays) */
  NM_CHECK(repaired_as(
      "He/PRON/PRP/he rejected/VERB/VBD/reject the/DET/DT/the claim/NOUN/NN/claim "
      "that/SCONJ/IN/that the/DET/DT/the army/NOUN/NN/army had/AUX/VBD/have "
      "fired/VERB/VBN/fire ./PUNCT/./.",
      "9:4:acl 5:9:mark"));
}

/* a past tense joined to a verb's prepositional phrase is the verb's conjunct */
NM_TEST(verb_joined_to_a_phrase_joins_the_verb) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the United/ADJ/NNP/United Nations/PROPN/NNPS/Nation Support/NOUN/NN/support "
      "Mission/PROPN/NNP/Mission in/ADP/IN/in Libya/PROPN/NNP/Libya said/VERB/VBD/say "
      "it/PRON/PRP/it was/AUX/VBD/be \"/PUNCT/``/\" gravely/ADV/RB/gravely "
      "concerned/ADJ/JJ/concerned \"/PUNCT/''/\" by/ADP/IN/by the/DET/DT/the "
      "escalation/NOUN/NN/escalation and/CCONJ/CC/and called/VERB/VBD/call for/ADP/IN/for "
      "an/DET/DT/a urgent/ADJ/JJ/urgent meeting/NOUN/NN/meeting ./PUNCT/./.",
      "19:8:conj"));
}

/* '…," said Cuadra's daughter, Ana Cuadra': the noun after the inverted
 * "said" is its subject, past the closing mark and the owner */
NM_TEST(inverted_said_after_a_closing_mark) {
  NM_CHECK(repaired_as(
      "\"/PUNCT/``/\" They/PRON/PRP/they came/VERB/VBD/come at/ADP/IN/at night/NOUN/NN/night "
      ",/PUNCT/,/, \"/PUNCT/''/\" said/VERB/VBD/say Cuadra/PROPN/NNP/Cuadra 's/PART/POS/'s "
      "daughter/NOUN/NN/daughter ,/PUNCT/,/, Ana/PROPN/NNP/Ana Cuadra/PROPN/NNP/Cuadra "
      ",/PUNCT/,/, speaking/VERB/VBG/speak by/ADP/IN/by telephone/NOUN/NN/telephone "
      "./PUNCT/./.",
      "11:8:nsubj"));
}

/* a past tense joined to a participle on an object down a said clause is
 * the sayer's second act */
NM_TEST(past_joined_to_a_participle_down_a_clause) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the minister/NOUN/NN/minister said/VERB/VBD/say his/PRON/PRP$/his "
      "country/NOUN/NN/country would/AUX/MD/would continue/VERB/VB/continue to/PART/TO/to "
      "receive/VERB/VB/receive Nicaraguans/PROPN/NNPS/Nicaraguan fleeing/VERB/VBG/flee "
      "persecution/NOUN/NN/persecution and/CCONJ/CC/and called/VERB/VBN/call on/ADP/IN/on "
      "other/ADJ/JJ/other governments/NOUN/NNS/government to/PART/TO/to break/VERB/VB/break "
      "their/PRON/PRP$/their silence/NOUN/NN/silence ./PUNCT/./.",
      "14:3:conj 19:14:advcl"));
}

/* a name after a title and its comma, read as the title's conjunct with no
 * "and", is its holder */
NM_TEST(name_after_a_title_and_comma_is_its_holder) {
  NM_CHECK(repaired_as(
      "A/DET/DT/a statement/NOUN/NN/statement came/VERB/VBD/come from/ADP/IN/from the/DET/DT/the "
      "office/NOUN/NN/office of/ADP/IN/of Iraq/PROPN/NNP/Iraq 's/PART/POS/'s Oil/PROPN/NNP/Oil "
      "Minister/PROPN/NNP/Minister ,/PUNCT/,/, Karim/PROPN/NNP/Karim Hadi/PROPN/NNP/Hadi "
      "al/PROPN/NNP/al -/PUNCT/HYPH/- Saadi/PROPN/NNP/Saadi ./PUNCT/./.",
      "13:11:appos"));
}

/* a subordinator before a noun with a phrase of its own, then a finite
 * verb: the noun is the verb's subject, the clause adverbial */
NM_TEST(subordinator_past_the_noun_s_phrase) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the Houthis/PROPN/NNP/Houthis fired/VERB/VBD/fire missiles/NOUN/NNS/missile "
      ",/PUNCT/,/, hours/NOUN/NNS/hour after/ADP/IN/after the/DET/DT/the United/VERB/NNP/United "
      "Nations/PROPN/NNPS/Nation special/ADJ/JJ/special envoy/NOUN/NN/envoy for/ADP/IN/for "
      "Yemen/PROPN/NNP/Yemen warned/VERB/VBD/warn that/SCONJ/IN/that talks/NOUN/NNS/talk "
      "were/AUX/VBD/be failing/VERB/VBG/fail ./PUNCT/./.",
      "12:15:nsubj 15:3:advcl"));
}

/* the noun after an opening participle's clause is the next verb's subject,
 * and a name after the title's place its holder */
NM_TEST(subject_after_an_opening_participle) {
  NM_CHECK(repaired_as(
      "Speaking/VERB/VBG/speak to/ADP/IN/to the/DET/DT/the council/NOUN/NN/council on/ADP/IN/on "
      "Sunday/PROPN/NNP/Sunday ,/PUNCT/,/, the/DET/DT/the UN/PROPN/NNP/UN special/ADJ/JJ/special "
      "envoy/NOUN/NN/envoy for/ADP/IN/for Yemen/PROPN/NNP/Yemen ,/PUNCT/,/, "
      "Anders/PROPN/NNP/Anders Holmqvist/PROPN/NNP/Holmqvist ,/PUNCT/,/, said/VERB/VBD/say "
      "the/DET/DT/the attacks/NOUN/NNS/attack had/AUX/VBD/have frozen/VERB/VBN/freeze "
      "efforts/NOUN/NNS/effort ./PUNCT/./.",
      "11:18:nsubj 15:11:appos"));
}

/* the subject after an opening phrase whose noun the parse gave it as an
 * apposition */
NM_TEST(subject_after_an_opening_phrase) {
  NM_CHECK(repaired_as(
      "In/ADP/IN/in a/DET/DT/a statement/NOUN/NN/statement posted/VERB/VBN/post on/ADP/IN/on "
      "its/PRON/PRP$/its channel/NOUN/NN/channel ,/PUNCT/,/, the/DET/DT/the group/NOUN/NN/group "
      "'s/PART/POS/'s media/NOUN/NN/media adviser/NOUN/NN/adviser ,/PUNCT/,/, "
      "Yasir/PROPN/NNP/Yasir Adam/PROPN/NNP/Adam ,/PUNCT/,/, said/VERB/VBD/say "
      "that/SCONJ/IN/that army/NOUN/NN/army units/NOUN/NNS/unit had/AUX/VBD/have "
      "fired/VERB/VBN/fire on/ADP/IN/on the/DET/DT/the camp/NOUN/NN/camp ./PUNCT/./.",
      "13:18:nsubj"));
}

/* "announced on Wednesday 40 million pounds in aid": the sum is the
 * object, the aid what it is */
NM_TEST(sum_after_a_day_and_its_kind) {
  NM_CHECK(repaired_as(
      "Britain/PROPN/NNP/Britain announced/VERB/VBD/announce on/ADP/IN/on "
      "Wednesday/PROPN/NNP/Wednesday an/DET/DT/a additional/ADJ/JJ/additional 40/NUM/CD/40 "
      "million/NUM/CD/million pounds/NOUN/NNS/pound in/ADP/IN/in "
      "humanitarian/ADJ/JJ/humanitarian aid/NOUN/NN/aid for/ADP/IN/for Sudan/PROPN/NNP/Sudan "
      "./PUNCT/./.",
      "9:2:obj"));
  NM_CHECK(repaired_as(
      "Britain/PROPN/NNP/Britain pledged/VERB/VBD/pledge 40/NUM/CD/40 million/NUM/CD/million "
      "pounds/NOUN/NNS/pound in/ADP/IN/in humanitarian/ADJ/JJ/humanitarian aid/NOUN/NN/aid "
      "to/ADP/IN/to Sudan/PROPN/NNP/Sudan ./PUNCT/./.",
      "8:5:nmod"));
}

/* a past tense after "and", made the complement of the past tense before
 * it, is its conjunct */
NM_TEST(coordinated_complement_is_a_conjunct) {
  NM_CHECK(repaired_as(
      "In/ADP/IN/in a/DET/DT/a statement/NOUN/NN/statement ,/PUNCT/,/, he/PRON/PRP/he "
      "urged/VERB/VBD/urge \"/PUNCT/``/\" all/DET/DT/all actors/NOUN/NNS/actor "
      "to/PART/TO/to refrain/VERB/VB/refrain from/ADP/IN/from "
      "rhetoric/NOUN/NN/rhetoric that/PRON/WDT/that could/AUX/MD/could "
      "inflame/VERB/VB/inflame an/DET/DT/a already/ADV/RB/already "
      "fragile/ADJ/JJ/fragile situation/NOUN/NN/situation \"/PUNCT/''/\" "
      "and/CCONJ/CC/and said/VERB/VBD/say KFOR/PROPN/NNP/KFOR remained/VERB/VBD/remain "
      "\"/PUNCT/``/\" ready/ADJ/JJ/ready to/PART/TO/to act/VERB/VB/act "
      "impartially/ADV/RB/impartially ./PUNCT/./. \"/PUNCT/''/\"",
      "23:6:conj"));
}

/* "when the ruling party announced": the -ing word after "the" modifies
 * the noun, the noun is the subject of the verb after it */
NM_TEST(determined_participle_modifies_its_noun) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the protests/NOUN/NNS/protest began/VERB/VBD/begin in/ADP/IN/in "
      "late/ADJ/JJ/late 2024/NUM/CD/2024 ,/PUNCT/,/, when/ADV/WRB/when the/DET/DT/the "
      "ruling/VERB/VBG/rule Georgian/ADJ/JJ/Georgian Dream/PROPN/NNP/Dream "
      "party/NOUN/NN/party announced/VERB/VBD/announce it/PRON/PRP/it "
      "would/AUX/MD/would suspend/VERB/VB/suspend talks/NOUN/NNS/talk ./PUNCT/./.",
      "10:13:amod 13:14:nsubj 14:3:advcl 8:14:advmod"));
}

/* a sentence whose first word, an adjective, the parse made the root:
 * the finite verb is the root, the name its subject, and the name after
 * the counterpart's comma is the counterpart's */
NM_TEST(adjective_root_gives_way_to_the_verb) {
  NM_CHECK(repaired_as(
      "Armenian/ADJ/JJ/Armenian Foreign/ADJ/NNP/Foreign Minister/PROPN/NNP/Minister "
      "Davit/PROPN/NNP/Davit Hovhannisyan/PROPN/NNP/Hovhannisyan and/CCONJ/CC/and "
      "his/PRON/PRP$/his Azerbaijani/PROPN/NNP/Azerbaijani "
      "counterpart/NOUN/NN/counterpart ,/PUNCT/,/, Elnur/PROPN/NNP/Elnur "
      "Mammadli/PROPN/NNP/Mammadli ,/PUNCT/,/, met/VERB/VBD/meet on/ADP/IN/on "
      "Wednesday/PROPN/NNP/Wednesday at/ADP/IN/at a/DET/DT/a "
      "guesthouse/NOUN/NN/guesthouse ./PUNCT/./.",
      "14:0:root 4:14:nsubj 1:3:amod 11:9:appos"));
}

/* "… will meet in Addis Ababa, Ethiopia, on Friday, AU Commission
 * spokesman Tesfaye Bekele said": the weekday between what was said and
 * the sayer after it is the meeting's day, not the saying's */
NM_TEST(weekday_before_the_sayer_is_the_clause_s) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the Peace/NOUN/NN/peace and/CCONJ/CC/and Security/NOUN/NN/security "
      "Council/PROPN/NNP/Council will/AUX/MD/will meet/VERB/VB/meet on/ADP/IN/on the/DET/DT/the "
      "crisis/NOUN/NN/crisis in/ADP/IN/in Addis/PROPN/NNP/Addis Ababa/PROPN/NNP/Ababa "
      ",/PUNCT/,/, Ethiopia/PROPN/NNP/Ethiopia ,/PUNCT/,/, on/ADP/IN/on "
      "Friday/PROPN/NNP/Friday ,/PUNCT/,/, AU/PROPN/NNP/AU Commission/PROPN/NNP/Commission "
      "spokesman/NOUN/NN/spokesman Tesfaye/PROPN/NNP/Tesfaye Bekele/PROPN/NNP/Bekele "
      "said/VERB/VBD/say ./PUNCT/./.",
      "18:7:obl 7:25:ccomp"));
}

/* "Water and Energy Minister Dagnachew Ayele said …" parsed with "Water"
 * the subject and the name its conjunct: the name is the subject, the
 * noun the title's modifier */
NM_TEST(split_title_field_gives_the_name_back) {
  NM_CHECK(repaired_as(
      "Water/NOUN/NN/water and/CCONJ/CC/and Energy/PROPN/NNP/Energy Minister/PROPN/NNP/Minister "
      "Dagnachew/PROPN/NNP/Dagnachew Ayele/PROPN/NNP/Ayele said/VERB/VBD/say the/DET/DT/the "
      "filling/NOUN/NN/filling was/AUX/VBD/be a/DET/DT/a technical/ADJ/JJ/technical "
      "operation/NOUN/NN/operation ./PUNCT/./.",
      "5:7:nsubj 1:4:compound 3:1:conj 2:3:cc"));
}

/* "said in a statement posted on its website that five of its fighters
 * had been killed": the that-clause hung on a noun of "say"'s oblique is
 * what was said */
NM_TEST(that_clause_in_said_s_medium_is_said) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the group/NOUN/NN/group 's/PART/POS/'s armed/ADJ/JJ/armed "
      "wing/NOUN/NN/wing said/VERB/VBD/say in/ADP/IN/in a/DET/DT/a "
      "statement/NOUN/NN/statement posted/VERB/VBN/post on/ADP/IN/on its/PRON/PRP$/its "
      "website/NOUN/NN/website that/PRON/WDT/that five/NUM/CD/five of/ADP/IN/of "
      "its/PRON/PRP$/its fighters/NOUN/NNS/fighter had/AUX/VBD/have been/AUX/VBN/be "
      "killed/VERB/VBN/kill ./PUNCT/./.",
      "21:6:ccomp"));
}

/* "… had been killed and accused Turkey of lying": an act of speech joined
 * to a passive, with an object only it can take, is the reporter's */
NM_TEST(speech_participle_after_passive_is_the_reporter_s) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the People/PROPN/NNPS/People 's/PART/POS/'s Defense/PROPN/NNP/Defense "
      "Forces/NOUN/NNS/force ,/PUNCT/,/, the/DET/DT/the PKK/PROPN/NNP/PKK 's/PART/POS/'s "
      "armed/ADJ/JJ/armed wing/NOUN/NN/wing ,/PUNCT/,/, said/VERB/VBD/say in/ADP/IN/in "
      "a/DET/DT/a statement/NOUN/NN/statement that/PRON/WDT/that five/NUM/CD/five "
      "of/ADP/IN/of its/PRON/PRP$/its fighters/NOUN/NNS/fighter had/AUX/VBD/have "
      "been/AUX/VBN/be killed/VERB/VBN/kill and/CCONJ/CC/and accused/VERB/VBN/accuse "
      "Turkey/PROPN/NNP/Turkey of/ADP/IN/of lying/VERB/VBG/lie ./PUNCT/./.",
      "26:13:conj 27:26:obj"));
}

/* the same after a passive with no object next to the participle: a
 * determiner before the object ("and demanded a recount"), the
 * preposition of "call on" with its noun ("and called on the court to
 * annul it", the to-clause going with the participle), a to-infinitive
 * after "vow"; a passive's own object stays ("was arrested and denied
 * bail") */
NM_TEST(speech_participle_after_passive_without_adjacent_object) {
  static const char head[] =
      "The/DET/DT/the minister/NOUN/NN/minister said/VERB/VBD/say the/DET/DT/the "
      "vote/NOUN/NN/vote was/AUX/VBD/be rigged/VERB/VBN/rig and/CCONJ/CC/and ";
  char buf[1024];
  snprintf(buf, sizeof buf, "%sdemanded/VERB/VBN/demand a/DET/DT/a recount/NOUN/NN/recount "
           "./PUNCT/./.", head);
  NM_CHECK(repaired_as(buf, "9:3:conj 11:9:obj"));
  snprintf(buf, sizeof buf, "%scalled/VERB/VBN/call on/ADP/IN/on the/DET/DT/the "
           "court/NOUN/NN/court to/PART/TO/to annul/VERB/VB/annul it/PRON/PRP/it ./PUNCT/./.",
           head);
  NM_CHECK(repaired_as(buf, "9:3:conj 12:9:obl 14:9:advcl"));
  snprintf(buf, sizeof buf, "%svowed/VERB/VBN/vow to/PART/TO/to challenge/VERB/VB/challenge "
           "it/PRON/PRP/it ./PUNCT/./.", head);
  NM_CHECK(repaired_as(buf, "9:3:conj"));
  NM_CHECK(repaired_as(
      "Police/NOUN/NNS/police said/VERB/VBD/say the/DET/DT/the man/NOUN/NN/man "
      "was/AUX/VBD/be arrested/VERB/VBN/arrest and/CCONJ/CC/and denied/VERB/VBN/deny "
      "bail/NOUN/NN/bail ./PUNCT/./.",
      "8:6:conj"));
}

/* "detained dozens of U.N. staff members, as well as employees of
 * embassies, since mid-2024, accusing many of them": a speech gerund after
 * a comma hung on a conjunct of the object is the verb's adverbial clause,
 * as one hung on the object is */
NM_TEST(comma_gerund_of_an_object_s_conjunct) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the Houthis/PROPN/NNPS/Houthi have/AUX/VBP/have detained/VERB/VBN/detain "
      "dozens/NOUN/NNS/dozen of/ADP/IN/of U.N./PROPN/NNP/U.N. staff/NOUN/NN/staff "
      "members/NOUN/NNS/member ,/PUNCT/,/, as/ADV/RB/as well/ADV/RB/well as/ADP/IN/as "
      "employees/NOUN/NNS/employee of/ADP/IN/of embassies/NOUN/NNS/embassy ,/PUNCT/,/, "
      "since/ADP/IN/since mid-2024/PROPN/NNP/mid-2024 ,/PUNCT/,/, accusing/VERB/VBG/accuse "
      "many/ADJ/JJ/many of/ADP/IN/of them/PRON/PRP/they of/ADP/IN/of espionage/NOUN/NN/espionage "
      "./PUNCT/./.",
      "21:4:advcl"));
}

/* "said the body of the soldier, whom it identified as X, would be
 * repatriated": the "whom" clause is the noun's relative clause, and the
 * verb after it the said clause, with the object for its subject */
NM_TEST(whom_clause_after_said_object) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the ministry/PROPN/NNP/ministry said/VERB/VBD/say the/DET/DT/the "
      "body/NOUN/NN/body of/ADP/IN/of the/DET/DT/the soldier/NOUN/NN/soldier ,/PUNCT/,/, "
      "whom/PRON/WP/whom it/PRON/PRP/it identified/VERB/VBD/identify as/ADP/IN/as "
      "Juma/PROPN/NNP/Juma Mkwawa/PROPN/NNP/Mkwawa ,/PUNCT/,/, would/AUX/MD/would be/AUX/VB/be "
      "repatriated/VERB/VBN/repatriate this/DET/DT/this week/NOUN/NN/week ./PUNCT/./.",
      "12:8:acl:relcl 19:3:ccomp 5:19:nsubj:pass"));
}

/* "carried out an attack in Ituri province that killed 12 civilians": the
 * clause of harm after the place phrase is the attack's */
NM_TEST(harm_clause_after_place_is_the_attack_s) {
  NM_CHECK(repaired_as(
      "ADF/NOUN/NN/adf rebels/NOUN/NNS/rebel carried/VERB/VBD/carry out/ADP/RP/out an/DET/DT/a "
      "attack/NOUN/NN/attack in/ADP/IN/in Ituri/PROPN/NNP/Ituri province/NOUN/NN/province "
      "that/PRON/WDT/that killed/VERB/VBD/kill 12/NUM/CD/12 civilians/NOUN/NNS/civilian "
      "on/ADP/IN/on Sunday/PROPN/NNP/Sunday ./PUNCT/./.",
      "11:6:acl:relcl 10:11:nsubj"));
}

/* '"… whether we defend it, but how fast," said Karin Lindqvist': "said"
 * joined to the quotation's root after its "but" is the root, the name
 * its subject and the quotation its complement */
NM_TEST(said_after_a_quotation_with_but) {
  NM_CHECK(repaired_as(
      "\"/PUNCT/``/\" It/PRON/PRP/it is/AUX/VBZ/be not/PART/RB/not a/DET/DT/a "
      "question/NOUN/NN/question of/ADP/IN/of whether/SCONJ/IN/whether we/PRON/PRP/we "
      "defend/VERB/VBP/defend it/PRON/PRP/it ,/PUNCT/,/, but/CCONJ/CC/but how/ADV/WRB/how "
      "fast/ADV/RB/fast ,/PUNCT/,/, \"/PUNCT/''/\" said/VERB/VBD/say Karin/PROPN/NNP/Karin "
      "Lindqvist/PROPN/NNP/Lindqvist ,/PUNCT/,/, the/DET/DT/the commander/NOUN/NN/commander "
      "./PUNCT/./.",
      "18:0:root 19:18:nsubj 6:18:ccomp"));
}

/* "Police detained striking doctors": the gerund of a state modifies the
 * plural after it, the verb's object */
NM_TEST(gerund_of_a_state_modifies_the_object) {
  NM_CHECK(repaired_as(
      "Police/NOUN/NNS/police detained/VERB/VBN/detain striking/VERB/VBG/strike "
      "doctors/NOUN/NNS/doctor on/ADP/IN/on Monday/PROPN/NNP/Monday ./PUNCT/./.",
      "4:2:obj 3:4:amod"));
}

/* "had fled Ayod and surrounding villages": the gerund after "and"
 * modifies the plural after it, the second object */
NM_TEST(gerund_after_and_modifies_the_second_object) {
  NM_CHECK(repaired_as(
      "Aid/NOUN/NN/aid agencies/NOUN/NNS/agency said/VERB/VBD/say roughly/ADV/RB/roughly "
      "18,000/NUM/CD/18,000 people/NOUN/NNS/people had/AUX/VBD/have fled/VERB/VBN/flee "
      "Ayod/PROPN/NNP/Ayod and/CCONJ/CC/and surrounding/VERB/VBG/surround "
      "villages/NOUN/NNS/village since/ADP/IN/since the/DET/DT/the weekend/NOUN/NN/weekend "
      "./PUNCT/./.",
      "12:9:conj 11:12:amod 10:12:cc"));
  /* (and right after a verb: "people who fled surrounding villages") */
  NM_CHECK(repaired_as(
      "people/NOUN/NNS/people who/PRON/WP/who fled/VERB/VBD/flee "
      "surrounding/VERB/VBG/surround villages/NOUN/NNS/village ./PUNCT/./.",
      "5:3:obj 4:5:amod"));
}

/* "was arrested in the northern province of Ngozi after telling
 * supporters …": the marked gerund is the verb's adverbial clause, not a
 * clause on the place's noun */
NM_TEST(marked_gerund_on_an_oblique_is_the_verb_s_clause) {
  NM_CHECK(repaired_as(
      "Evariste/PROPN/NNP/Evariste Niyonkuru/PROPN/NNP/Niyonkuru was/AUX/VBD/be "
      "arrested/VERB/VBN/arrest on/ADP/IN/on June/PROPN/NNP/June 8/NUM/CD/8 in/ADP/IN/in "
      "the/DET/DT/the northern/ADJ/JJ/northern province/NOUN/NN/province of/ADP/IN/of "
      "Ngozi/PROPN/NNP/Ngozi after/SCONJ/IN/after telling/VERB/VBG/tell "
      "supporters/NOUN/NNS/supporter that/SCONJ/IN/that the/DET/DT/the vote/NOUN/NN/vote "
      "had/AUX/VBD/have been/AUX/VBN/be stolen/VERB/VBN/steal ./PUNCT/./.",
      "15:4:advcl"));
  /* (or set off by a comma after a place's noun: ", in the southwestern
   * Gedo region, killing at least 17 fighters") */
  NM_CHECK(repaired_as(
      "Fighting/PROPN/NNP/Fighting broke/VERB/VBD/break out/ADP/RP/out near/ADP/IN/near "
      "the/DET/DT/the town/NOUN/NN/town of/ADP/IN/of Bardhere/PROPN/NNP/Bardhere ,/PUNCT/,/, "
      "in/ADP/IN/in the/DET/DT/the southwestern/ADJ/JJ/southwestern Gedo/PROPN/NNP/Gedo "
      "region/NOUN/NN/region ,/PUNCT/,/, killing/VERB/VBG/kill at/ADP/IN/at least/ADJ/JJS/least "
      "17/NUM/CD/17 fighters/NOUN/NNS/fighter ./PUNCT/./.",
      "16:2:advcl"));
}

/* "a move opposition parties denounced as …": "a" counts no plural; the
 * singular noun heads the phrase and the plural is the subject of a
 * relative clause without its word */
NM_TEST(article_on_a_plural_opens_a_zero_relative) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the assembly/NOUN/NN/assembly approved/VERB/VBD/approve an/DET/DT/a "
      "amendment/NOUN/NN/amendment that/PRON/WDT/that removes/VERB/VBZ/remove the/DET/DT/the "
      "limit/NOUN/NN/limit on/ADP/IN/on terms/NOUN/NNS/term ,/PUNCT/,/, a/DET/DT/a "
      "move/NOUN/NN/move opposition/NOUN/NN/opposition parties/NOUN/NNS/party "
      "denounced/VERB/VBN/denounce as/ADP/IN/as a/DET/DT/a \"/PUNCT/``/\" "
      "constitutional/ADJ/JJ/constitutional coup/NOUN/NN/coup \"/PUNCT/''/\" "
      "designed/VERB/VBN/design to/PART/TO/to keep/VERB/VB/keep the/DET/DT/the "
      "family/NOUN/NN/family in/ADP/IN/in power/NOUN/NN/power ./PUNCT/./.",
      "16:17:nsubj 17:14:acl:relcl 13:14:det"));
}

/* "when rebel forces seized Damascus and the president fled to Russia":
 * the noun after "and" is the next verb's subject, not the object's
 * conjunct */
NM_TEST(object_conjunct_is_the_next_verb_s_subject) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the government/NOUN/NN/government fell/VERB/VBD/fall in/ADP/IN/in "
      "December/PROPN/NNP/December 2024/NUM/CD/2024 ,/PUNCT/,/, when/ADV/WRB/when "
      "rebel/NOUN/NN/rebel forces/NOUN/NNS/force seized/VERB/VBD/seize "
      "Damascus/PROPN/NNP/Damascus and/CCONJ/CC/and the/DET/DT/the "
      "president/NOUN/NN/president fled/VERB/VBD/flee to/ADP/IN/to Russia/PROPN/NNP/Russia "
      "./PUNCT/./.",
      "15:16:nsubj 16:11:conj"));
}

/* "The Group for the Support of Islam and Muslims (JNIM), the most
 * powerful jihadist coalition in the Sahel, claimed the attack": the
 * verb is the root, the name its subject, the noun between the commas the
 * name's apposition */
NM_TEST(root_name_with_apposed_subject) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the Group/NOUN/NN/group for/ADP/IN/for the/DET/DT/the Support/NOUN/NN/support "
      "of/ADP/IN/of Islam/PROPN/NNP/Islam and/CCONJ/CC/and Muslims/PROPN/NNPS/Muslim "
      "(/PUNCT/-LRB-/( JNIM/PROPN/NNP/JNIM )/PUNCT/-RRB-/) ,/PUNCT/,/, the/DET/DT/the "
      "most/ADV/RBS/most powerful/ADJ/JJ/powerful jihadist/NOUN/NN/jihadist "
      "coalition/NOUN/NN/coalition in/ADP/IN/in the/DET/DT/the Sahel/PROPN/NNP/Sahel ,/PUNCT/,/, "
      "claimed/VERB/VBD/claim the/DET/DT/the attack/NOUN/NN/attack on/ADP/IN/on "
      "Tuesday/PROPN/NNP/Tuesday ./PUNCT/./.",
      "23:0:root 2:23:nsubj 18:2:appos"));
}

/* "The Organization for Security and Co-operation in Europe (OSCE), whose
 * representative … has repeatedly criticised Bishkek, said …" parsed with
 * the relative clause the root: the clause is the noun's (past its
 * bracketed acronym), and "said" the root with the noun its subject */
NM_TEST(whose_clause_made_the_root) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the Organization/NOUN/NN/organization for/ADP/IN/for "
      "Security/NOUN/NN/security and/CCONJ/CC/and Co-operation/NOUN/NN/co-operation "
      "in/ADP/IN/in Europe/PROPN/NNP/Europe (/PUNCT/-LRB-/( OSCE/PROPN/NNP/OSCE "
      ")/PUNCT/-RRB-/) ,/PUNCT/,/, whose/PRON/WP$/whose "
      "representative/NOUN/NN/representative on/ADP/IN/on freedom/NOUN/NN/freedom "
      "of/ADP/IN/of the/DET/DT/the media/NOUN/NN/media has/AUX/VBZ/have "
      "repeatedly/ADV/RB/repeatedly criticised/VERB/VBN/criticise "
      "Bishkek/PROPN/NNP/Bishkek ,/PUNCT/,/, said/VERB/VBD/say it/PRON/PRP/it "
      "was/AUX/VBD/be alarmed/VERB/VBN/alarm by/ADP/IN/by the/DET/DT/the "
      "detentions/NOUN/NNS/detention and/CCONJ/CC/and called/VERB/VBD/call "
      "for/SCONJ/IN/for the/DET/DT/the journalists/NOUN/NNS/journalist to/PART/TO/to "
      "be/AUX/VB/be released/VERB/VBN/release pending/VERB/VBG/pend any/DET/DT/any "
      "trial/NOUN/NN/trial ./PUNCT/./.",
      "25:0:root 2:25:nsubj 22:2:acl:relcl"));
}

/* "Standing on the quay as the first ferry docked, Nunukan's district
 * head, Irwan Sabri, said …": after an opening participle clause, the
 * noun whose phrase runs from its comma to the comma before the verb is
 * the verb's subject, not the clause's last object */
NM_TEST(subject_after_an_opening_participle_clause) {
  NM_CHECK(repaired_as(
      "Standing/VERB/VBG/stand on/ADP/IN/on the/DET/DT/the quay/NOUN/NN/quay "
      "as/ADP/IN/as the/DET/DT/the first/ADJ/JJ/first ferry/NOUN/NN/ferry "
      "docked/VERB/VBD/dock ,/PUNCT/,/, Nunukan/PROPN/NNP/Nunukan 's/PART/POS/'s "
      "district/NOUN/NN/district head/NOUN/NN/head ,/PUNCT/,/, Irwan/PROPN/NNP/Irwan "
      "Sabri/PROPN/NNP/Sabri ,/PUNCT/,/, said/VERB/VBD/say his/PRON/PRP$/his "
      "town/NOUN/NN/town had/AUX/VBD/have received/VERB/VBN/receive more/ADJ/JJR/more "
      "than/ADP/IN/than 4,000/NUM/CD/4000 deportees/NOUN/NNS/deportee ./PUNCT/./.",
      "14:19:nsubj 19:0:root"));
}

/* "The Egyptian Initiative for Personal Rights (EIPR), one of the
 * country's … rights organisations, said the case fit a pattern": "said",
 * hung as a relative clause on the apposition's noun, is the root, and
 * the name its subject */
NM_TEST(said_hung_in_an_apposition) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the Egyptian/ADJ/JJ/Egyptian Initiative/NOUN/NN/initiative "
      "for/ADP/IN/for Personal/ADJ/NNP/Personal Rights/PROPN/NNPS/Right "
      "(/PUNCT/-LRB-/( EIPR/PROPN/NNP/EIPR )/PUNCT/-RRB-/) ,/PUNCT/,/, one/NUM/CD/one "
      "of/ADP/IN/of the/DET/DT/the country/NOUN/NN/country 's/PART/POS/'s "
      "few/ADJ/JJ/few remaining/VERB/VBG/remain independent/ADJ/JJ/independent "
      "rights/NOUN/NNS/right organisations/NOUN/NNS/organisation ,/PUNCT/,/, "
      "said/VERB/VBD/say the/DET/DT/the case/NOUN/NN/case fit/VERB/VBD/fit a/DET/DT/a "
      "pattern/NOUN/NN/pattern ./PUNCT/./.",
      "22:0:root 3:22:nsubj"));
}

/* "He said customs officials would meet": "say" takes no two nouns, so
 * a plural noun hung on it before the subject of the said clause is that
 * subject's compound, and its modifiers go with it */
NM_TEST(said_noun_before_subject_is_a_compound) {
  NM_CHECK(repaired_as(
      "He/PRON/PRP/he said/VERB/VBD/say Mongolian/ADJ/JJ/Mongolian and/CCONJ/CC/and "
      "Chinese/ADJ/JJ/Chinese customs/NOUN/NNS/customs officials/NOUN/NNS/official "
      "would/AUX/MD/would meet/VERB/VB/meet on/ADP/IN/on Friday/PROPN/NNP/Friday ./PUNCT/./.",
      "6:7:compound 7:9:nsubj 9:2:ccomp 3:7:amod"));
  NM_CHECK(repaired_as(
      "He/PRON/PRP/he said/VERB/VBD/say rights/NOUN/NNS/right groups/NOUN/NNS/group "
      "would/AUX/MD/would protest/VERB/VB/protest on/ADP/IN/on Friday/PROPN/NNP/Friday "
      "./PUNCT/./.",
      "3:4:compound 4:6:nsubj 6:2:ccomp"));
}

/* "Mansour, asked about the call, said that …" parsed with "asked" the
 * root: the participle set off by commas is an aside on its subject,
 * "said" the head */
NM_TEST(participle_aside_leaves_said_the_head) {
  NM_CHECK(repaired_as(
      "Mansour/PROPN/NNP/Mansour ,/PUNCT/,/, asked/VERB/VBD/ask about/ADP/IN/about "
      "the/DET/DT/the call/NOUN/NN/call ,/PUNCT/,/, said/VERB/VBD/say that/SCONJ/IN/that "
      "Algiers/PROPN/NNP/Algiers does/AUX/VBZ/do not/PART/RB/not negotiate/VERB/VB/negotiate "
      "under/ADP/IN/under threats/NOUN/NNS/threat ./PUNCT/./.",
      "8:0:root 1:8:nsubj 3:1:acl 13:8:ccomp"));
  /* (a name of several words before the comma, its first word the head) */
  NM_CHECK(repaired_as(
      "President/PROPN/NNP/President Claudia/PROPN/NNP/Claudia Sheinbaum/PROPN/NNP/Sheinbaum "
      ",/PUNCT/,/, asked/VERB/VBD/ask about/ADP/IN/about the/DET/DT/the attacks/NOUN/NNS/attack "
      "at/ADP/IN/at her/PRON/PRP$/her daily/ADJ/JJ/daily morning/NOUN/NN/morning "
      "news/NOUN/NN/news conference/NOUN/NN/conference ,/PUNCT/,/, said/VERB/VBD/say "
      "the/DET/DT/the government/NOUN/NN/government would/AUX/MD/would act/VERB/VB/act "
      "./PUNCT/./.",
      "16:0:root 2:16:nsubj 5:2:acl"));
  /* (or the participle hung on the past verb, with the subject its own) */
  NM_CHECK(repaired_as(
      "The/DET/DT/the letter/NOUN/NN/letter ,/PUNCT/,/, dated/VERB/VBN/date "
      "Aug./PROPN/NNP/Aug. 22/NUM/CD/22 ,/PUNCT/,/, said/VERB/VBD/say supplies/NOUN/NNS/supply "
      "would/AUX/MD/would be/AUX/VB/be restored/VERB/VBN/restore immediately/ADV/RB/immediately "
      "./PUNCT/./.",
      "8:0:root 2:8:nsubj 4:2:acl"));
}

/* "helped the gunmen locate the school": the bare infinitive after the
 * object of "help" is its complement, not the complement of the verb
 * before */
NM_TEST(bare_infinitive_after_help) {
  NM_CHECK(repaired_as(
      "Officers/NOUN/NNS/officer arrested/VERB/VBD/arrest three/NUM/CD/three "
      "informants/NOUN/NNS/informant who/PRON/WP/who allegedly/ADV/RB/allegedly "
      "helped/VERB/VBD/help the/DET/DT/the gunmen/NOUN/NNS/gunman locate/VERB/VBP/locate "
      "the/DET/DT/the school/NOUN/NN/school ./PUNCT/./.",
      "10:7:xcomp 9:7:obj 2:0:root"));
}

/* "said the Australian ambassador in Jakarta, Michael Harlow, had been
 * summoned": the object of "say", with a name apposed to a noun in its
 * phrase, is the subject of the clause after the comma */
NM_TEST(said_object_with_apposed_name_is_subject) {
  NM_CHECK(repaired_as(
      "Wulandari/PROPN/NNP/Wulandari said/VERB/VBD/say the/DET/DT/the "
      "Australian/ADJ/JJ/Australian ambassador/NOUN/NN/ambassador in/ADP/IN/in "
      "Jakarta/PROPN/NNP/Jakarta ,/PUNCT/,/, Michael/PROPN/NNP/Michael Harlow/PROPN/NNP/Harlow "
      ",/PUNCT/,/, had/AUX/VBD/have been/AUX/VBN/be summoned/VERB/VBN/summon on/ADP/IN/on "
      "Thursday/PROPN/NNP/Thursday ./PUNCT/./.",
      "5:14:nsubj:pass 14:2:ccomp"));
}

/* "…, a police spokesman, Senior Superintendent Nihal Dissanayake, said.":
 * the description before the name is the final verb's subject, not an
 * apposition of the noun before it */
NM_TEST(trailing_description_and_name_say) {
  NM_CHECK(repaired_as(
      "Officers/NOUN/NNS/officer detained/VERB/VBD/detain five/NUM/CD/five "
      "activists/NOUN/NNS/activist who/PRON/WP/who tried/VERB/VBD/try to/PART/TO/to "
      "block/VERB/VB/block a/DET/DT/a road/NOUN/NN/road ,/PUNCT/,/, a/DET/DT/a "
      "police/NOUN/NN/police spokesman/NOUN/NN/spokesman ,/PUNCT/,/, Senior/ADJ/JJ/senior "
      "Superintendent/PROPN/NNP/Superintendent Nihal/PROPN/NNP/Nihal "
      "Dissanayake/PROPN/NNP/Dissanayake ,/PUNCT/,/, said/VERB/VBD/say ./PUNCT/./.",
      "14:21:nsubj 11:21:punct 20:21:punct 17:14:appos"));
}

/* "In a statement posted late Tuesday, the U.S. Embassy in Manila said":
 * the day is when the statement was posted, the embassy the subject */
NM_TEST(day_after_opening_participle_is_no_subject) {
  NM_CHECK(repaired_as(
      "In/ADP/IN/in a/DET/DT/a statement/NOUN/NN/statement posted/VERB/VBN/post "
      "late/ADJ/JJ/late Tuesday/PROPN/NNP/Tuesday ,/PUNCT/,/, the/DET/DT/the "
      "U.S./PROPN/NNP/U.S. Embassy/NOUN/NN/embassy in/ADP/IN/in Manila/PROPN/NNP/Manila "
      "said/VERB/VBD/say the/DET/DT/the actions/NOUN/NNS/action were/AUX/VBD/be "
      "unlawful/ADJ/JJ/unlawful ./PUNCT/./.",
      "10:13:nsubj 6:4:obl:unmarked"));
}

/* "repeated that position on Wednesday, saying …": "that" before a noun
 * it was made to head is the noun's determiner */
NM_TEST(that_before_its_noun_is_a_determiner) {
  NM_CHECK(repaired_as(
      "Wen/PROPN/NNP/Wen Jiali/PROPN/NNP/Jiali repeated/VERB/VBD/repeat that/SCONJ/IN/that "
      "position/NOUN/NN/position on/ADP/IN/on Wednesday/PROPN/NNP/Wednesday ,/PUNCT/,/, "
      "saying/VERB/VBG/say China/PROPN/NNP/China opposes/VERB/VBZ/oppose the/DET/DT/the "
      "plan/NOUN/NN/plan ./PUNCT/./.",
      "5:3:obj 4:5:det 9:3:advcl"));
}

/* "a senior official, speaking on condition of anonymity because he was
 * not authorized to brief the media, said …": the subject before the
 * subordinator is the main verb's, not a second subject of the clause */
NM_TEST(subject_before_subordinate_clause_is_the_main_verb_s) {
  NM_CHECK(repaired_as(
      "But/CCONJ/CC/but a/DET/DT/a senior/ADJ/JJ/senior official/NOUN/NN/official in/ADP/IN/in "
      "its/PRON/PRP$/its electoral/ADJ/JJ/electoral advisory/ADJ/JJ/advisory "
      "council/NOUN/NN/council ,/PUNCT/,/, speaking/VERB/VBG/speak on/ADP/IN/on "
      "condition/NOUN/NN/condition of/ADP/IN/of anonymity/NOUN/NN/anonymity "
      "because/SCONJ/IN/because he/PRON/PRP/he was/AUX/VBD/be not/PART/RB/not "
      "authorized/VERB/VBN/authorize to/PART/TO/to brief/VERB/VB/brief the/DET/DT/the "
      "media/NOUN/NN/media ,/PUNCT/,/, said/VERB/VBD/say several/ADJ/JJ/several "
      "member/NOUN/NN/member states/NOUN/NNS/state had/AUX/VBD/have raised/VERB/VBN/raise "
      "concerns/NOUN/NNS/concern ./PUNCT/./.",
      "4:26:nsubj"));
}

/* "said five civilians and two soldiers were killed": the object of
 * "said" and the subject after "and" are the joined subjects of the
 * clause said */
NM_TEST(said_object_and_subject_after_and_are_joined) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the governor/NOUN/NN/governor said/VERB/VBD/say five/NUM/CD/five "
      "civilians/NOUN/NNS/civilian and/CCONJ/CC/and two/NUM/CD/two soldiers/NOUN/NNS/soldier "
      "were/AUX/VBD/be killed/VERB/VBN/kill at/ADP/IN/at the/DET/DT/the scene/NOUN/NN/scene "
      "./PUNCT/./.",
      "5:10:nsubj:pass 8:5:conj 6:8:cc 10:3:ccomp"));
}

/* "His Tajik counterpart, First Deputy Prime Minister Davlatali Nazarov,
 * called …": a second subject set off by commas after the first is its
 * apposition */
NM_TEST(second_subject_between_commas_is_apposed) {
  NM_CHECK(repaired_as(
      "His/PRON/PRP$/his Tajik/PROPN/NNP/Tajik counterpart/NOUN/NN/counterpart ,/PUNCT/,/, "
      "First/ADV/RB/first Deputy/PROPN/NNP/Deputy Prime/ADJ/NNP/Prime "
      "Minister/PROPN/NNP/Minister Davlatali/PROPN/NNP/Davlatali Nazarov/PROPN/NNP/Nazarov "
      ",/PUNCT/,/, called/VERB/VBD/call the/DET/DT/the agreement/NOUN/NN/agreement a/DET/DT/a "
      "victory/NOUN/NN/victory ./PUNCT/./.",
      "3:12:nsubj 6:3:appos 5:6:advmod 11:6:punct"));
  /* (passive subjects too, with the verb's auxiliary after the comma) */
  NM_CHECK(repaired_as(
      "The/DET/DT/the former/ADJ/JJ/former minister/NOUN/NN/minister ,/PUNCT/,/, "
      "Azmi/PROPN/NNP/Azmi Rashid/PROPN/NNP/Rashid ,/PUNCT/,/, was/AUX/VBD/be "
      "jailed/VERB/VBN/jail for/ADP/IN/for 12/NUM/CD/12 years/NOUN/NNS/year in/ADP/IN/in "
      "2022/NUM/CD/2022 ./PUNCT/./.",
      "3:9:nsubj:pass 5:3:appos 7:5:punct"));
}

/* "said several embassies had privately raised concerns": a participle
 * after "have" and an adverb, read as the object's adjective, is the
 * verb; the object of "said" its subject */
NM_TEST(have_adverb_participle_is_the_verb) {
  NM_CHECK(repaired_as(
      "A/DET/DT/a diplomat/NOUN/NN/diplomat said/VERB/VBD/say several/ADJ/JJ/several "
      "embassies/NOUN/NNS/embassy had/VERB/VBD/have privately/ADV/RB/privately "
      "raised/VERB/VBN/raise concerns/NOUN/NNS/concern with/ADP/IN/with the/DET/DT/the "
      "ministry/NOUN/NN/ministry ./PUNCT/./.",
      "8:3:ccomp 5:8:nsubj 6:8:aux 7:8:advmod 9:8:obj"));
}

/* '"until further notice," citing threats': the gerund after a comma and
 * a closing quotation mark, hung on a noun the parse made the verb's
 * complement, is the verb's */
NM_TEST(gerund_after_comma_and_quote_is_the_verb_s) {
  NM_CHECK(repaired_as(
      "Mali/PROPN/NNP/Mali 's/PART/POS/'s military/ADJ/JJ/military government/NOUN/NN/government "
      "on/ADP/IN/on Thursday/PROPN/NNP/Thursday suspended/VERB/VBD/suspend the/DET/DT/the "
      "activities/NOUN/NNS/activity of/ADP/IN/of all/DET/DT/all political/ADJ/JJ/political "
      "parties/NOUN/NNS/party and/CCONJ/CC/and political/ADJ/JJ/political "
      "associations/NOUN/NNS/association \"/PUNCT/``/\" until/ADP/IN/until "
      "further/ADJ/JJ/further notice/NOUN/NN/notice ,/PUNCT/,/, \"/PUNCT/''/\" "
      "citing/VERB/VBG/cite threats/NOUN/NNS/threat to/ADP/IN/to public/ADJ/JJ/public "
      "order/NOUN/NN/order ./PUNCT/./.",
      "23:7:advcl"));
}

/* "marched through central Lima demanding her resignation": a
 * preposition of place made a gerund's mark, with the gerund's subject
 * after it, is that noun's case; the noun the verb's oblique */
NM_TEST(place_preposition_is_no_mark) {
  NM_CHECK(repaired_as(
      "Thousands/NOUN/NNS/thousand of/ADP/IN/of protesters/NOUN/NNS/protester "
      "marched/VERB/VBD/march through/ADP/IN/through central/ADJ/JJ/central Lima/PROPN/NNP/Lima "
      "demanding/VERB/VBG/demand her/PRON/PRP$/her resignation/NOUN/NN/resignation "
      "and/CCONJ/CC/and new/ADJ/JJ/new elections/NOUN/NNS/election ./PUNCT/./.",
      "7:4:obl 5:7:case 8:4:advcl"));
}

/* "rejected a proposal the government says would end the strike",
 * "dismissal of a plan the union says has merit": a verb of saying after
 * a noun and a noun phrase, whose complement has no subject, is a
 * relative clause of the noun, the phrase its subject */
NM_TEST(say_in_a_bare_relative) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the union/NOUN/NN/union rejected/VERB/VBD/reject a/DET/DT/a "
      "proposal/NOUN/NN/proposal the/DET/DT/the government/NOUN/NN/government says/VERB/VBZ/say "
      "would/AUX/MD/would end/VERB/VB/end the/DET/DT/the strike/NOUN/NN/strike ./PUNCT/./.",
      "8:5:acl:relcl 7:8:nsubj 10:8:ccomp"));
  NM_CHECK(repaired_as(
      "Tensions/NOUN/NNS/tension have/AUX/VBP/have been/AUX/VBN/be high/ADJ/JJ/high for/ADP/IN/for "
      "months/NOUN/NNS/month ,/PUNCT/,/, but/CCONJ/CC/but the/DET/DT/the "
      "minister/NOUN/NN/minister 's/PART/POS/'s dismissal/NOUN/NN/dismissal of/ADP/IN/of "
      "a/DET/DT/a plan/NOUN/NN/plan the/DET/DT/the union/NOUN/NN/union says/VERB/VBZ/say "
      "has/AUX/VBZ/have merit/VERB/VBN/merit angered/VERB/VBN/anger workers/NOUN/NNS/worker "
      "./PUNCT/./.",
      "18:15:acl:relcl 17:18:nsubj"));
}

/* "Speaker of Parliament Milos Vukcevic said …": the name is the
 * subject, not "Parliament" after "of" read as a subordinator */
NM_TEST(title_of_portfolio_before_the_subject_s_name) {
  NM_CHECK(repaired_as(
      "Speaker/NOUN/NN/speaker of/ADP/IN/of Parliament/PROPN/NNP/Parliament "
      "Milos/PROPN/NNP/Milos Vukcevic/PROPN/NNP/Vukcevic said/VERB/VBD/say in/ADP/IN/in "
      "a/DET/DT/a statement/NOUN/NN/statement that/SCONJ/IN/that the/DET/DT/the deal/NOUN/NN/deal "
      "was/AUX/VBD/be a/DET/DT/a victory/NOUN/NN/victory ./PUNCT/./.",
      "6:0:root 4:6:nsubj 5:4:flat 1:4:nmod:desc 3:1:nmod 2:3:case 16:6:punct"));
}

/* "fired tear gas on Tuesday as supporters of a detained lawmaker, one
 * of the country's best-known singers, took to the streets": "as" before
 * a noun whose phrase and apposition run up to a verb with no subject is
 * that verb's subordinator, the noun its subject */
NM_TEST(subordinator_read_as_preposition) {
  NM_CHECK(repaired_as(
      "Police/NOUN/NNS/police fired/VERB/VBD/fire tear/NOUN/NN/tear gas/NOUN/NN/gas on/ADP/IN/on "
      "Tuesday/PROPN/NNP/Tuesday as/ADP/IN/as supporters/NOUN/NNS/supporter of/ADP/IN/of "
      "a/DET/DT/a detained/VERB/VBN/detain lawmaker/NOUN/NN/lawmaker ,/PUNCT/,/, one/NUM/CD/one "
      "of/ADP/IN/of the/DET/DT/the country/NOUN/NN/country 's/PART/POS/'s best/ADV/RBS/well "
      "-/PUNCT/HYPH/- known/ADJ/JJ/known singers/NOUN/NNS/singer ,/PUNCT/,/, took/VERB/VBD/take "
      "to/ADP/IN/to the/DET/DT/the streets/NOUN/NNS/street to/PART/TO/to demand/VERB/VB/demand "
      "his/PRON/PRP$/his release/NOUN/NN/release ./PUNCT/./.",
      "24:2:advcl 8:24:nsubj 7:24:mark 14:8:appos"));
}

/* "North Korea fires ballistic missile into sea; UN Security Council to
 * meet": after a semicolon, a noun and a verb with no subject are a
 * clause of their own */
NM_TEST(clause_after_semicolon_has_its_subject) {
  NM_CHECK(repaired_as(
      "North/PROPN/NNP/North Korea/PROPN/NNP/Korea fires/VERB/VBZ/fire "
      "ballistic/ADJ/JJ/ballistic missile/NOUN/NN/missile into/ADP/IN/into sea/NOUN/NN/sea "
      ";/PUNCT/,/; UN/PROPN/NNP/UN Security/PROPN/NNP/Security Council/PROPN/NNP/Council "
      "to/PART/TO/to meet/VERB/VB/meet",
      "11:13:nsubj 13:3:parataxis 8:13:punct"));
}

/* "Gunmen from Haiti's most powerful gang coalition stormed a town …,
 * officials said": a past tense with an object, hung as a clause on a
 * noun of the first subject's phrase, is the reported clause */
NM_TEST(clause_on_the_subject_s_phrase_is_reported) {
  NM_CHECK(repaired_as(
      "Gunmen/PROPN/NNP/Gunmen from/ADP/IN/from Haiti/PROPN/NNP/Haiti 's/PART/POS/'s "
      "most/ADV/RBS/most powerful/ADJ/JJ/powerful gang/NOUN/NN/gang coalition/NOUN/NN/coalition "
      "stormed/VERB/VBD/storm a/DET/DT/a town/NOUN/NN/town north/ADV/RB/north of/ADP/IN/of "
      "the/DET/DT/the capital/NOUN/NN/capital ,/PUNCT/,/, killing/VERB/VBG/kill at/ADP/IN/at "
      "least/ADJ/JJS/least 14/NUM/CD/14 people/NOUN/NNS/people ,/PUNCT/,/, "
      "officials/NOUN/NNS/official said/VERB/VBD/say Tuesday/PROPN/NNP/Tuesday ./PUNCT/./.",
      "9:24:ccomp 1:9:nsubj"));
}

/* "In a post on social media, an adviser to the group, Ibrahim Yousif,
 * accused the army": a noun with no preposition after the opening
 * phrase's comma, reaching the comma before a subjectless verb, is its
 * subject */
NM_TEST(subject_after_an_opening_phrase_without_case) {
  NM_CHECK(repaired_as(
      "In/ADP/IN/in a/DET/DT/a post/NOUN/NN/post on/ADP/IN/on social/ADJ/JJ/social "
      "media/NOUN/NN/media ,/PUNCT/,/, an/DET/DT/a adviser/NOUN/NN/adviser to/ADP/IN/to "
      "the/DET/DT/the group/NOUN/NN/group ,/PUNCT/,/, Ibrahim/PROPN/NNP/Ibrahim "
      "Abdelkarim/PROPN/NNP/Abdelkarim Yousif/PROPN/NNP/Yousif ,/PUNCT/,/, "
      "accused/VERB/VBD/accuse the/DET/DT/the army/NOUN/NN/army of/SCONJ/IN/of "
      "staging/VERB/VBG/stage the/DET/DT/the incident/NOUN/NN/incident ./PUNCT/./.",
      "9:18:nsubj"));
}

/* "The M23, which takes its name from a peace deal, took up arms again
 * and has since seized large parts of North Kivu": a conjunct of the
 * relative clause past the main verb joins the main verb */
NM_TEST(conjunct_past_a_relative_clause) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the M23/PROPN/NNP/M23 ,/PUNCT/,/, which/PRON/WDT/which takes/VERB/VBZ/take "
      "its/PRON/PRP$/its name/NOUN/NN/name from/ADP/IN/from a/DET/DT/a March/PROPN/NNP/March "
      "23/NUM/CD/23 ,/PUNCT/,/, 2009/NUM/CD/2009 ,/PUNCT/,/, peace/NOUN/NN/peace "
      "deal/NOUN/NN/deal ,/PUNCT/,/, took/VERB/VBD/take up/ADP/RP/up arms/NOUN/NNS/arm "
      "again/ADV/RB/again in/ADP/IN/in late/ADJ/JJ/late 2021/NUM/CD/2021 and/CCONJ/CC/and "
      "has/AUX/VBZ/have since/ADV/RB/since seized/VERB/VBN/seize large/ADJ/JJ/large "
      "parts/NOUN/NNS/part of/ADP/IN/of North/PROPN/NNP/North Kivu/PROPN/NNP/Kivu ./PUNCT/./.",
      "28:18:conj"));
}

/* "Warsame described the operation as "deliberately slow," saying …":
 * a speech gerund hung on a closing quotation mark is a clause of the
 * root verb */
NM_TEST(speech_gerund_after_a_closing_quote) {
  NM_CHECK(repaired_as(
      "Warsame/PROPN/NNP/Warsame described/VERB/VBD/describe the/DET/DT/the "
      "operation/NOUN/NN/operation as/SCONJ/IN/as \"/PUNCT/``/\" deliberately/ADV/RB/deliberately "
      "slow/ADV/RB/slow ,/PUNCT/,/, \"/PUNCT/''/\" saying/VERB/VBG/say "
      "commanders/NOUN/NNS/commander had/AUX/VBD/have held/VERB/VBN/hold back/ADV/RB/back "
      "./PUNCT/./.",
      "11:2:advcl"));
}

/* "Exiled Belarusian opposition figure Volha Barysevich, who lives in
 * Vilnius, urged the EU to go further": the opening past form modifies the
 * named figure, who is the subject of the verb after the comma */
NM_TEST(opening_participle_of_a_named_person) {
  NM_CHECK(repaired_as(
      "Exiled/VERB/VBD/exile Belarusian/PROPN/NNP/Belarusian opposition/NOUN/NN/opposition "
      "figure/NOUN/NN/figure Volha/PROPN/NNP/Volha Barysevich/PROPN/NNP/Barysevich ,/PUNCT/,/, "
      "who/PRON/WP/who lives/VERB/VBZ/live in/ADP/IN/in Vilnius/PROPN/NNP/Vilnius ,/PUNCT/,/, "
      "urged/VERB/VBD/urge the/DET/DT/the EU/PROPN/NNP/EU to/PART/TO/to go/VERB/VB/go "
      "further/ADV/RBR/further ./PUNCT/./.",
      "1:4:amod 4:13:nsubj 13:0:root"));
}

/* "New Delhi, which summoned Sri Lanka's acting high commissioner":
 * "acting" before a title modifies it, and the title is the object */
NM_TEST(acting_before_a_title) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the incident/NOUN/NN/incident drew/VERB/VBD/draw a/DET/DT/a "
      "protest/NOUN/NN/protest from/ADP/IN/from New/ADJ/NNP/New Delhi/PROPN/NNP/Delhi "
      ",/PUNCT/,/, which/PRON/WDT/which summoned/VERB/VBD/summon Sri/PROPN/NNP/Sri "
      "Lanka/PROPN/NNP/Lanka 's/PART/POS/'s acting/VERB/VBG/act high/ADJ/JJ/high "
      "commissioner/NOUN/NN/commissioner ./PUNCT/./.",
      "15:17:amod 17:11:obj"));
  /* (with the owner made the head and the phrases of time and purpose
   * hung on the participle: they go back to the verb) */
  NM_CHECK(repaired_as(
      "Bangladesh/PROPN/NNP/Bangladesh summoned/VERB/VBD/summon India/PROPN/NNP/India "
      "'s/PART/POS/'s acting/VERB/VBG/act high/ADJ/JJ/high commissioner/NOUN/NN/commissioner "
      "on/ADP/IN/on Tuesday/PROPN/NNP/Tuesday to/PART/TO/to protest/VERB/VB/protest "
      "the/DET/DT/the killing/NOUN/NN/killing of/ADP/IN/of a/DET/DT/a young/ADJ/JJ/young "
      "villager/NOUN/NN/villager ./PUNCT/./.",
      "3:7:nmod:poss 7:2:obj 9:2:obl 11:2:advcl"));
}

/* "Pakistan's Foreign Office spokesperson, Saadia Hameed, said": a
 * title hung as a clause on the name before it heads the subject */
NM_TEST(title_read_as_a_clause_of_a_name) {
  NM_CHECK(repaired_as(
      "Pakistan/PROPN/NNP/Pakistan 's/PART/POS/'s Foreign/ADJ/NNP/Foreign Office/PROPN/NNP/Office "
      "spokesperson/NOUN/NN/spokesperson ,/PUNCT/,/, Saadia/PROPN/NNP/Saadia "
      "Hameed/PROPN/NNP/Hameed ,/PUNCT/,/, said/VERB/VBD/say Islamabad/PROPN/NNP/Islamabad "
      "had/AUX/VBD/have lodged/VERB/VBN/lodge a/DET/DT/a protest/NOUN/NN/protest ./PUNCT/./.",
      "4:5:compound 5:10:nsubj 7:5:appos"));
}

/* "Opposition leader Mamadou Lamine Diouf, who addressed supporters …
 * before police moved in, accused the government …": the relative clause
 * on the title, the name in apposition; the verb after the clause's comma
 * is the root and the title its subject */
NM_TEST(relative_clause_on_a_titled_name_then_the_verb) {
  NM_CHECK(repaired_as(
      "Opposition/NOUN/NN/opposition leader/NOUN/NN/leader Mamadou/PROPN/NNP/Mamadou "
      "Lamine/PROPN/NNP/Lamine Diouf/PROPN/NNP/Diouf ,/PUNCT/,/, who/PRON/WP/who "
      "addressed/VERB/VBD/address supporters/NOUN/NNS/supporter from/ADP/IN/from the/DET/DT/the "
      "roof/NOUN/NN/roof of/ADP/IN/of a/DET/DT/a car/NOUN/NN/car before/ADV/RB/before "
      "police/NOUN/NN/police moved/VERB/VBD/move in/ADV/RB/in ,/PUNCT/,/, "
      "accused/VERB/VBD/accuse the/DET/DT/the government/NOUN/NN/government ./PUNCT/./.",
      "2:21:nsubj 21:0:root"));
}

/* "The two commissions are due to meet again …, he said": the earlier
 * subject and the copula go back to the clause */
NM_TEST(said_with_two_subjects) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the two/NUM/CD/two commissions/NOUN/NNS/commission are/AUX/VBP/be "
      "due/ADJ/JJ/due to/PART/TO/to meet/VERB/VB/meet again/ADV/RB/again in/ADP/IN/in "
      "Tbilisi/PROPN/NNP/Tbilisi on/ADP/IN/on April/PROPN/NNP/April 8/NUM/CD/8 to/PART/TO/to "
      "start/VERB/VB/start work/NOUN/NN/work on/ADP/IN/on the/DET/DT/the next/ADJ/JJ/next "
      "section/NOUN/NN/section ,/PUNCT/,/, he/PRON/PRP/he said/VERB/VBD/say ./PUNCT/./.",
      "3:5:nsubj 4:5:cop 22:23:nsubj"));
}

/* "Ugandan opposition leader seized in Nairobi is charged …": the
 * participle read as the subject is the noun's reduced relative */
NM_TEST(participle_read_as_a_subject) {
  NM_CHECK(repaired_as(
      "Ugandan/ADJ/JJ/ugandan opposition/NOUN/NN/opposition leader/NOUN/NN/leader "
      "seized/VERB/VBN/seize in/ADP/IN/in Nairobi/PROPN/NNP/Nairobi is/AUX/VBZ/be "
      "charged/VERB/VBN/charge before/SCONJ/IN/before military/ADJ/JJ/military "
      "court/NOUN/NN/court in/ADP/IN/in Kampala/PROPN/NNP/Kampala",
      "3:8:nsubj:pass 4:3:acl"));
}

/* "Pakistan says troops killed militants near Afghan border": the noun
 * after "says" is the subject of the reported clause */
NM_TEST(says_noun_verbed) {
  NM_CHECK(repaired_as(
      "Pakistan/PROPN/NNP/Pakistan says/VERB/VBZ/say troops/NOUN/NNS/troops "
      "killed/VERB/VBD/kill militants/NOUN/NNS/militant near/ADP/IN/near "
      "Afghan/ADJ/JJ/afghan border/NOUN/NN/border",
      "3:4:nsubj 4:2:ccomp 5:4:obj"));
}

/* "In Tiraspol, Vadim Krasnov, the region's leader, appealed": the name
 * after the opening place's comma is the verb's subject, not the place's
 * conjunct */
NM_TEST(opening_place_name_is_the_subject) {
  NM_CHECK(repaired_as(
      "In/ADP/IN/in Tiraspol/PROPN/NNP/Tiraspol ,/PUNCT/,/, Vadim/PROPN/NNP/Vadim "
      "Krasnov/PROPN/NNP/Krasnov ,/PUNCT/,/, the/DET/DT/the region/NOUN/NN/region "
      "'s/PART/POS/'s leader/NOUN/NN/leader ,/PUNCT/,/, appealed/VERB/VBD/appeal "
      "to/ADP/IN/to Russia/PROPN/NNP/Russia ./PUNCT/./.",
      "5:12:nsubj 10:5:appos"));
}

/* "at the request of the entity's president, Dragan Vukosav.": the name
 * after the comma is the president's apposition, not an oblique of the
 * verb */
NM_TEST(bare_oblique_name_is_an_apposition) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the laws/NOUN/NNS/law were/AUX/VBD/be drafted/VERB/VBN/draft at/ADP/IN/at "
      "the/DET/DT/the request/NOUN/NN/request of/ADP/IN/of the/DET/DT/the "
      "entity/NOUN/NN/entity 's/PART/POS/'s president/NOUN/NN/president ,/PUNCT/,/, "
      "Dragan/PROPN/NNP/Dragan Vukosav/PROPN/NNP/Vukosav ./PUNCT/./.",
      "15:12:appos"));
}

/* "appealed to clan leaders to allow aid workers safe access and urged
 * the government": the past tense joins the verb above, not the noun */
NM_TEST(finite_verb_is_no_conjunct_of_a_noun) {
  NM_CHECK(repaired_as(
      "Leila/PROPN/NNP/Leila Haddad/PROPN/NNP/Haddad ,/PUNCT/,/, the/DET/DT/the "
      "U.N./PROPN/NNP/U.N. resident/ADJ/JJ/resident coordinator/NOUN/NN/coordinator "
      ",/PUNCT/,/, appealed/VERB/VBD/appeal to/ADP/IN/to clan/NOUN/NN/clan "
      "leaders/NOUN/NNS/leader to/PART/TO/to allow/VERB/VB/allow aid/NOUN/NN/aid "
      "workers/NOUN/NNS/worker safe/ADJ/JJ/safe access/NOUN/NN/access and/CCONJ/CC/and "
      "urged/VERB/VBD/urge the/DET/DT/the government/NOUN/NN/government to/PART/TO/to "
      "ensure/VERB/VB/ensure that/SCONJ/IN/that the/DET/DT/the operation/NOUN/NN/operation "
      "did/AUX/VBD/do not/PART/RB/not lead/VERB/VB/lead to/ADP/IN/to abuses/NOUN/NNS/abuse "
      "./PUNCT/./.",
      "20:9:conj"));
}

/* "Relatives gathered …, where the bodies had been taken, and demanded
 * …": the past tense after ", and" joins the main verb, not the relative
 * clause set off by commas that has its own subject */
NM_TEST(past_tense_after_a_set_off_relative_joins_the_main_verb) {
  NM_CHECK(repaired_as(
      "Relatives/NOUN/NNS/relative gathered/VERB/VBD/gather Thursday/PROPN/NNP/Thursday "
      "outside/ADP/IN/outside the/DET/DT/the mortuary/NOUN/NN/mortuary in/ADP/IN/in "
      "Kisumu/PROPN/NNP/Kisumu ,/PUNCT/,/, where/ADV/WRB/where the/DET/DT/the "
      "bodies/NOUN/NNS/body had/AUX/VBD/have been/AUX/VBN/be taken/VERB/VBN/take ,/PUNCT/,/, "
      "and/CCONJ/CC/and demanded/VERB/VBD/demand that/SCONJ/IN/that police/NOUN/NNS/police "
      "release/VERB/VBP/release the/DET/DT/the names/NOUN/NNS/name ./PUNCT/./.",
      "18:2:conj 12:15:nsubj:pass"));
}

/* "ECOWAS said … that Ghana had lost "dedicated public servants," and
 * Nigerian President Bola Tinubu said …": the second "said", with its own
 * subject after ", and", is the first's conjunct, not what it reports */
NM_TEST(report_after_and_is_a_conjunct) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the Economic/ADJ/JJ/economic Community/PROPN/NNP/Community of/ADP/IN/of "
      "West/PROPN/NNP/West African/PROPN/NNP/African States/PROPN/NNPS/State "
      "said/VERB/VBD/say in/ADP/IN/in a/DET/DT/a statement/NOUN/NN/statement "
      "that/PRON/WDT/that Ghana/PROPN/NNP/Ghana had/AUX/VBD/have lost/VERB/VBN/lose "
      "\"/PUNCT/``/\" dedicated/VERB/VBN/dedicate public/ADJ/JJ/public "
      "servants/NOUN/NNS/servant ,/PUNCT/,/, \"/PUNCT/''/\" and/CCONJ/CC/and "
      "Nigerian/ADJ/JJ/Nigerian President/PROPN/NNP/President Bola/PROPN/NNP/Bola "
      "Tinubu/PROPN/NNP/Tinubu said/VERB/VBD/say he/PRON/PRP/he was/AUX/VBD/be "
      "\"/PUNCT/``/\" deeply/ADV/RB/deeply saddened/VERB/VBN/sadden ./PUNCT/./. "
      "\"/PUNCT/''/\"",
      "27:8:conj 22:27:cc"));
}

/* "He said that the association would suspend the strike if the
 * government agreed to talks on fares, and accused authorities of …":
 * the accusation is the reporter's, past the reported clause's condition */
NM_TEST(speech_act_after_a_reported_condition_is_the_reporter_s) {
  NM_CHECK(repaired_as(
      "He/PRON/PRP/he said/VERB/VBD/say that/SCONJ/IN/that the/DET/DT/the "
      "association/NOUN/NN/association would/AUX/MD/would suspend/VERB/VB/suspend "
      "the/DET/DT/the strike/NOUN/NN/strike if/SCONJ/IN/if the/DET/DT/the "
      "government/NOUN/NN/government agreed/VERB/VBD/agree to/ADP/IN/to talks/NOUN/NNS/talk "
      "on/ADP/IN/on fares/NOUN/NNS/fare ,/PUNCT/,/, and/CCONJ/CC/and "
      "accused/VERB/VBD/accuse authorities/NOUN/NNS/authority of/SCONJ/IN/of "
      "arresting/VERB/VBG/arrest its/PRON/PRP$/its members/NOUN/NNS/member ./PUNCT/./.",
      "20:2:conj"));
}

/* "announced the decision … late Monday, saying Peru had learned …",
 * parsed with "saying" hung on the comma: a speech gerund on a comma is
 * a clause of the root verb */
NM_TEST(speech_gerund_on_a_comma_joins_the_root) {
  NM_CHECK(repaired_as(
      "Foreign/ADJ/NNP/Foreign Minister/PROPN/NNP/Minister Alvaro/PROPN/NNP/Alvaro "
      "Benavides/PROPN/NNP/Benavides announced/VERB/VBD/announce the/DET/DT/the "
      "decision/NOUN/NN/decision in/ADP/IN/in a/DET/DT/a televised/VERB/VBN/televise "
      "statement/NOUN/NN/statement late/ADV/RB/late Monday/PROPN/NNP/Monday ,/PUNCT/,/, "
      "saying/VERB/VBG/say Peru/PROPN/NNP/Peru had/AUX/VBD/have learned/VERB/VBN/learn "
      "the/DET/DT/the news/NOUN/NN/news ./PUNCT/./.",
      "15:5:advcl"));
}

/* "Defence ministers from Australia, Japan, the Philippines and the
 * United States agreed": the opening noun, parsed as a caseless oblique,
 * is the subject, and the list's names after a comma are the phrase's
 * conjuncts (the Philippines was the verb's subject) */
NM_TEST(list_split_by_a_subject_joins_the_phrase) {
  NM_CHECK(repaired_as(
      "Defence/NOUN/NN/defence ministers/NOUN/NNS/minister from/ADP/IN/from "
      "Australia/PROPN/NNP/Australia ,/PUNCT/,/, Japan/PROPN/NNP/Japan ,/PUNCT/,/, "
      "the/DET/DT/the Philippines/PROPN/NNPS/Philippines and/CCONJ/CC/and the/DET/DT/the "
      "United/ADJ/NNP/United States/PROPN/NNPS/States agreed/VERB/VBD/agree on/ADP/IN/on "
      "Saturday/PROPN/NNP/Saturday to/PART/TO/to increase/VERB/VB/increase "
      "patrols/NOUN/NNS/patrol ./PUNCT/./.",
      "2:14:nsubj 9:4:conj 13:4:conj"));
}

/* "The United States and Japan on Thursday imposed sanctions": the verb
 * (parsed as a clause of the weekday) is the root, the names its
 * subject and the weekday its oblique */
NM_TEST(weekday_between_subject_and_verb) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the United/ADJ/NNP/United States/PROPN/NNPS/States and/CCONJ/CC/and "
      "Japan/PROPN/NNP/Japan on/ADP/IN/on Thursday/PROPN/NNP/Thursday "
      "imposed/VERB/VBD/impose sanctions/NOUN/NNS/sanction on/ADP/IN/on the/DET/DT/the "
      "firms/NOUN/NNS/firm ./PUNCT/./.",
      "8:0:root 3:8:nsubj 7:8:obl 9:8:obj"));
}

/* "sought to put disputes behind them in the face of North Korea's
 * growing arsenal": the of-phrase after the oblique "face" is the
 * noun's, not a second oblique of the verb */
NM_TEST(of_phrase_after_an_oblique_is_the_noun_s) {
  NM_CHECK(repaired_as(
      "The/DET/DT/the two/NUM/CD/two neighbours/NOUN/NNS/neighbour sought/VERB/VBD/seek "
      "to/PART/TO/to put/VERB/VB/put a/DET/DT/a history/NOUN/NN/history of/ADP/IN/of "
      "bitter/ADJ/JJ/bitter disputes/NOUN/NNS/dispute behind/ADP/IN/behind them/PRON/PRP/they "
      "in/ADP/IN/in the/DET/DT/the face/NOUN/NN/face of/ADP/IN/of North/PROPN/NNP/North "
      "Korea/PROPN/NNP/Korea 's/PART/POS/'s growing/VERB/VBG/grow nuclear/ADJ/JJ/nuclear "
      "arsenal/NOUN/NN/arsenal ./PUNCT/./.",
      "23:16:nmod 17:23:case"));
}

/* "In Upper Nile and Jonglei states, government troops have clashed":
 * the opening phrase set off by a comma is an oblique with its "In", not
 * a first subject beside the troops */
NM_TEST(opening_phrase_is_no_second_subject) {
  NM_CHECK(repaired_as(
      "In/ADP/IN/in Upper/ADJ/NNP/Upper Nile/PROPN/NNP/Nile and/CCONJ/CC/and "
      "Jonglei/PROPN/NNP/Jonglei states/NOUN/NNS/state ,/PUNCT/,/, government/NOUN/NN/government "
      "troops/NOUN/NNS/troop backed/VERB/VBN/back by/ADP/IN/by Ugandan/PROPN/NNP/Ugandan "
      "forces/NOUN/NNS/force have/AUX/VBP/have clashed/VERB/VBN/clash with/ADP/IN/with "
      "rebel/NOUN/NN/rebel units/NOUN/NNS/unit ./PUNCT/./.",
      "6:15:obl 1:6:case 9:15:nsubj"));
}

/* "Jordan, Syria sign water accords" (a headline's comma for "and"): one
 * subject of two names, not a vocative; "Anne, Mike will call you"
 * keeps its vocative */
NM_TEST(headline_pair_is_one_subject) {
  NM_CHECK(repaired_as(
      "Jordan/PROPN/NNP/Jordan ,/PUNCT/,/, Syria/PROPN/NNP/Syria sign/VERB/VB/sign "
      "water/NOUN/NN/water accords/NOUN/NNS/accord",
      "1:4:nsubj 3:1:conj"));
  NM_CHECK(repaired_as("Anne/PROPN/NNP/Anne ,/PUNCT/,/, Mike/PROPN/NNP/Mike will/AUX/MD/will "
                       "call/VERB/VB/call you/PRON/PRP/you ./PUNCT/./.",
                       "3:5:nsubj"));
}

/* "At a regular briefing on Wednesday, Chinese Foreign Ministry
 * spokeswoman Zhao Meilin rejected the protest": the phrase after the
 * opening phrase's comma is the subject */
NM_TEST(title_after_an_opening_phrase_is_the_subject) {
  NM_CHECK(repaired_as(
      "At/ADP/IN/at a/DET/DT/a regular/ADJ/JJ/regular briefing/NOUN/NN/briefing "
      "on/ADP/IN/on Wednesday/PROPN/NNP/Wednesday ,/PUNCT/,/, Chinese/ADJ/JJ/Chinese "
      "Foreign/ADJ/NNP/Foreign Ministry/PROPN/NNP/Ministry spokeswoman/NOUN/NN/spokeswoman "
      "Zhao/PROPN/NNP/Zhao Meilin/PROPN/NNP/Meilin rejected/VERB/VBD/reject the/DET/DT/the "
      "protest/NOUN/NN/protest ./PUNCT/./.",
      "11:14:nsubj"));
}

/* "Fisheries Minister Aiko Tanabe, who …, promised": the name heads the
 * subject, the portfolio is a compound of the title */
NM_TEST(portfolio_before_a_title) {
  NM_CHECK(repaired_as(
      "Fisheries/PROPN/NNPS/Fishery Minister/PROPN/NNP/Minister Aiko/PROPN/NNP/Aiko "
      "Tanabe/PROPN/NNP/Tanabe ,/PUNCT/,/, who/PRON/WP/who visited/VERB/VBD/visit "
      "the/DET/DT/the city/NOUN/NN/city three/NUM/CD/three days/NOUN/NNS/day ago/ADV/RB/ago "
      ",/PUNCT/,/, promised/VERB/VBD/promise an/DET/DT/a extra/ADJ/JJ/extra 20/NUM/CD/20 "
      "billion/NUM/CD/billion yen/NOUN/NNS/yan in/ADP/IN/in emergency/NOUN/NN/emergency "
      "aid/NOUN/NN/aid ./PUNCT/./.",
      "3:14:nsubj 1:2:compound"));
}

/* "A senior Brazilian diplomat, who spoke on condition of anonymity
 * because he was not authorised to discuss the matter, said": the
 * diplomat is the subject of "said", not a second one of the "because"
 * clause */
NM_TEST(subject_before_a_subordinated_clause) {
  NM_CHECK(repaired_as(
      "A/DET/DT/a senior/ADJ/JJ/senior Brazilian/ADJ/JJ/Brazilian diplomat/NOUN/NN/diplomat "
      ",/PUNCT/,/, who/PRON/WP/who spoke/VERB/VBD/speak on/ADP/IN/on "
      "condition/NOUN/NN/condition of/ADP/IN/of anonymity/NOUN/NN/anonymity "
      "because/SCONJ/IN/because he/PRON/PRP/he was/AUX/VBD/be not/PART/RB/not "
      "authorised/VERB/VBN/authorise to/PART/TO/to discuss/VERB/VB/discuss the/DET/DT/the "
      "matter/NOUN/NN/matter publicly/ADV/RB/publicly ,/PUNCT/,/, said/VERB/VBD/say "
      "that/SCONJ/IN/that Brasilia/PROPN/NNP/Brasilia had/AUX/VBD/have sent/VERB/VBN/send "
      "a/DET/DT/a message/NOUN/NN/message ./PUNCT/./.",
      "4:23:nsubj"));
}

/* "In the debate before the vote, Aino Vesterinen, a lawmaker from the
 * opposition, warned": the name with its description is the subject */
NM_TEST(named_subject_with_a_description_after_an_opening_phrase) {
  NM_CHECK(repaired_as(
      "In/ADP/IN/in the/DET/DT/the debate/NOUN/NN/debate before/ADP/IN/before "
      "the/DET/DT/the vote/NOUN/NN/vote ,/PUNCT/,/, Aino/PROPN/NNP/Aino "
      "Vesterinen/PROPN/NNP/Vesterinen ,/PUNCT/,/, a/DET/DT/a lawmaker/NOUN/NN/lawmaker "
      "from/ADP/IN/from the/DET/DT/the opposition/NOUN/NN/opposition Left/ADJ/NNP/Left "
      "Alliance/PROPN/NNP/Alliance ,/PUNCT/,/, warned/VERB/VBD/warn that/SCONJ/IN/that "
      "the/DET/DT/the law/NOUN/NN/law set/VERB/VBD/set a/DET/DT/a "
      "dangerous/ADJ/JJ/dangerous precedent/NOUN/NN/precedent ./PUNCT/./.",
      "8:19:nsubj 12:8:appos"));
}

/* "A police official, who spoke on condition of anonymity because he was
 * not authorized to brief the press, confirmed the arrests", parsed with
 * "authorized" the root and "confirmed" its conjunct: the verb is the
 * root, the clause its adverbial, the official its subject */
NM_TEST(subject_before_a_subordinated_root) {
  NM_CHECK(repaired_as(
      "A/DET/DT/a police/NOUN/NN/police official/NOUN/NN/official ,/PUNCT/,/, "
      "who/PRON/WP/who spoke/VERB/VBD/speak on/ADP/IN/on condition/NOUN/NN/condition "
      "of/ADP/IN/of anonymity/NOUN/NN/anonymity because/SCONJ/IN/because he/PRON/PRP/he "
      "was/AUX/VBD/be not/PART/RB/not authorized/VERB/VBN/authorize to/PART/TO/to "
      "brief/VERB/VB/brief the/DET/DT/the press/NOUN/NN/press ,/PUNCT/,/, "
      "confirmed/VERB/VBD/confirm the/DET/DT/the arrests/NOUN/NNS/arrest ./PUNCT/./.",
      "21:0:root 15:21:advcl 3:21:nsubj"));
}

/* "… brokered by the Southern African Development Community, whose
 * executive secretary, Tendai Marufu, said on Sunday that …", parsed with
 * "said" the root over the first clause: the whose-clause is the body's
 * relative clause */
NM_TEST(whose_clause_is_no_root) {
  NM_CHECK(repaired_as(
      "In/ADP/IN/in 2020/NUM/CD/2020 ,/PUNCT/,/, Congolese/ADJ/JJ/Congolese "
      "troops/NOUN/NNS/troops occupied/VERB/VBD/occupy parts/NOUN/NNS/part of/ADP/IN/of "
      "Zambia/PROPN/NNP/Zambia 's/PART/POS/'s Kaputa/PROPN/NNP/Kaputa "
      "district/NOUN/NN/district before/SCONJ/IN/before withdrawing/VERB/VBG/withdraw "
      "under/ADP/IN/under an/DET/DT/a arrangement/NOUN/NN/arrangement "
      "brokered/VERB/VBN/broker by/ADP/IN/by the/DET/DT/the Southern/ADJ/NNP/Southern "
      "African/PROPN/NNP/African Development/PROPN/NNP/Development "
      "Community/PROPN/NNP/Community ,/PUNCT/,/, whose/PRON/WP$/whose "
      "executive/ADJ/JJ/executive secretary/NOUN/NN/secretary ,/PUNCT/,/, "
      "Tendai/PROPN/NNP/Tendai Marufu/PROPN/NNP/Marufu ,/PUNCT/,/, said/VERB/VBD/say "
      "on/ADP/IN/on Sunday/PROPN/NNP/Sunday that/SCONJ/IN/that the/DET/DT/the "
      "bloc/NOUN/NN/bloc would/AUX/MD/would send/VERB/VB/send a/DET/DT/a "
      "mission/NOUN/NN/mission ./PUNCT/./.",
      "6:0:root 28:33:nsubj 33:24:acl:relcl"));
}

/* With the shipped model: "Haitian officials said the police, which has
 * about 10,000 active officers for a country of nearly 12 million people,
 * would deploy a specialized unit to the area", parsed with "police" (5)
 * the object of "said" and the comma closing its relative clause hung on
 * "said": the object is the said clause's subject */
NM_TEST(object_of_said_before_a_relative_clause_is_its_clause_s_subject) {
  NM_CHECK(repaired_as("Haitian/ADJ/JJ officials/NOUN/NNS said/VERB/VBD/say the/DET/DT "
                       "police/NOUN/NN ,/PUNCT/, which/PRON/WDT has/VERB/VBZ/have about/ADV/RB "
                       "10,000/NUM/CD active/ADJ/JJ officers/NOUN/NNS for/ADP/IN a/DET/DT "
                       "country/NOUN/NN of/ADP/IN nearly/ADV/RB 12/NUM/CD million/NUM/CD "
                       "people/NOUN/NNS ,/PUNCT/, would/AUX/MD deploy/VERB/VB a/DET/DT "
                       "specialized/VERB/VBN unit/NOUN/NN to/ADP/IN the/DET/DT area/NOUN/NN "
                       "on/ADP/IN Wednesday/PROPN/NNP ./PUNCT/.",
                       "5:23:nsubj 21:23:punct 23:3:ccomp"));
}

/* With the shipped model: "overturned in rough seas about 15 kilometres
 * off the coast of Teknaf shortly after leaving for Malaysia", parsed
 * with "kilometres" (17) the subject of "leaving": a measure before a
 * gerund's "after" says how far, under the upper verb */
NM_TEST(measure_before_a_gerund_s_mark_is_no_subject) {
  NM_CHECK(repaired_as("The/DET/DT wooden/ADJ/JJ trawler/NOUN/NN overturned/VERB/VBD "
                       "in/ADP/IN rough/ADJ/JJ seas/NOUN/NNS about/ADV/RB 15/NUM/CD "
                       "kilometres/NOUN/NNS off/ADP/IN the/DET/DT coast/NOUN/NN of/ADP/IN "
                       "Teknaf/PROPN/NNP shortly/ADV/RB after/SCONJ/IN leaving/VERB/VBG "
                       "for/ADP/IN Malaysia/PROPN/NNP ./PUNCT/.",
                       "10:4:obl:unmarked 18:4:advcl"));
}

/* With the shipped model: "Energy and Mines Minister Ernesto Lobaina
 * Fuentes said …", parsed with "Energy" (1) the subject and "Mines" (3),
 * the title and name under it, its conjunct: two portfolios before one
 * title are one office, flat under the first */
NM_TEST(two_portfolios_before_one_title_are_one_office) {
  NM_CHECK(repaired_as("Energy/NOUN/NN and/CCONJ/CC Mines/PROPN/NNP Minister/PROPN/NNP "
                       "Ernesto/PROPN/NNP Lobaina/PROPN/NNP Fuentes/PROPN/NNP said/VERB/VBD/say "
                       "on/ADP/IN state/NOUN/NN television/NOUN/NN that/SCONJ/IN the/DET/DT "
                       "national/ADJ/JJ grid/NOUN/NN was/AUX/VBD failing/VERB/VBG ./PUNCT/.",
                       "1:8:nsubj 3:1:flat"));
}

/* With the shipped model: "Residents who reached Belladere described
 * scenes of chaos", parsed with "Residents" (1) the root and "described"
 * (5) hung on the relative clause's verb, "Belladere" (4) its subject:
 * "described" is the sentence's verb, "Residents" its subject and
 * "Belladere" the relative clause's object */
NM_TEST(verb_after_a_relative_clause_s_object_is_the_sentence_s) {
  NM_CHECK(repaired_as("Residents/NOUN/NNS who/PRON/WP reached/VERB/VBD/reach "
                       "Belladere/PROPN/NNP described/VERB/VBD/describe scenes/NOUN/NNS "
                       "of/ADP/IN chaos/NOUN/NN ./PUNCT/.",
                       "1:5:nsubj 5:0:root 3:1:acl:relcl 4:3:obj"));
}

/* With the shipped model: "Georges Khoury condemned the attack as a
 * flagrant violation of the ceasefire that took effect in November, and
 * said that Israel was undermining the state", parsed with "said" (26) a
 * conjunct of the relative clause's "took" (19): a ceasefire says
 * nothing, and "said" is the conjunct of "condemned" (6) */
NM_TEST(said_after_a_thing_s_relative_clause_is_the_main_verb_s_conjunct) {
  NM_CHECK(repaired_as("Lebanese/ADJ/JJ Defence/NOUN/NN Minister/PROPN/NNP Georges/PROPN/NNP "
                       "Khoury/PROPN/NNP condemned/VERB/VBD/condemn the/DET/DT attack/NOUN/NN "
                       "as/ADP/IN \"/PUNCT/`` a/DET/DT flagrant/ADJ/JJ violation/NOUN/NN "
                       "\"/PUNCT/'' of/ADP/IN the/DET/DT ceasefire/NOUN/NN that/PRON/WDT "
                       "took/VERB/VBD/take effect/NOUN/NN in/ADP/IN November/PROPN/NNP "
                       "2024/NUM/CD ,/PUNCT/, and/CCONJ/CC said/VERB/VBD/say that/SCONJ/IN "
                       "Israel/PROPN/NNP was/AUX/VBD undermining/VERB/VBG/undermine the/DET/DT "
                       "state/NOUN/NN ./PUNCT/.",
                       "26:6:conj"));
}

/* With the shipped model: "Moscow's commissioner for human rights,
 * Valentina Ryabova, said …", parsed with the name (8) the apposition of
 * "rights" (6): a name after a title's for-phrase and its comma is the
 * title's (3) */
NM_TEST(name_after_a_title_s_portfolio_is_the_title_s_apposition) {
  NM_CHECK(repaired_as("Moscow/PROPN/NNP 's/PART/POS commissioner/NOUN/NN for/ADP/IN "
                       "human/ADJ/JJ rights/NOUN/NNS ,/PUNCT/, Valentina/PROPN/NNP "
                       "Ryabova/PROPN/NNP ,/PUNCT/, said/VERB/VBD/say on/ADP/IN Friday/PROPN/NNP "
                       "that/SCONJ/IN prisoners/NOUN/NNS were/AUX/VBD well/ADV/RB "
                       "treated/VERB/VBN ./PUNCT/.",
                       "8:3:appos"));
}

/* With the shipped model: "… was taken from his residence by about 30
 * armed men in unmarked vehicles, according to party spokeswoman Nyabol
 * Chuol Tut", parsed with "spokeswoman" (19) an nmod of "men" (11): the
 * source cited is the clause's, an oblique of "taken" (3) */
NM_TEST(according_to_phrase_is_the_clause_s) {
  NM_CHECK(repaired_as("Puok/PROPN/NNP was/AUX/VBD taken/VERB/VBN/take from/ADP/IN his/PRON/PRP$ "
                       "residence/NOUN/NN by/ADP/IN about/ADV/RB 30/NUM/CD armed/ADJ/JJ "
                       "men/NOUN/NNS in/ADP/IN unmarked/ADJ/JJ vehicles/NOUN/NNS ,/PUNCT/, "
                       "according/VERB/VBG/accord to/ADP/IN party/NOUN/NN spokeswoman/NOUN/NN "
                       "Nyabol/PROPN/NNP Chuol/PROPN/NNP Tut/PROPN/NNP ./PUNCT/.",
                       "19:3:obl"));
}

NM_TEST(object_of_said_before_an_adverbial_clause_is_its_subject) {
  /* "Diplomats said Britain, France and Germany, the so-called E3, were
   * circulating a draft", parsed with "circulating" an adverbial clause of
   * "said" and the list its object: the list is the said clause's subject */
  NM_CHECK(repaired_as("Diplomats/NOUN/NNS said/VERB/VBD/say Britain/PROPN/NNP ,/PUNCT/, "
                       "France/PROPN/NNP and/CCONJ/CC Germany/PROPN/NNP ,/PUNCT/, the/DET/DT "
                       "so/ADV/RB -/PUNCT/HYPH called/VERB/VBN/call E3/PROPN/NNP ,/PUNCT/, "
                       "were/AUX/VBD/be circulating/VERB/VBG/circulate a/DET/DT draft/NOUN/NN "
                       "text/NOUN/NN ./PUNCT/.",
                       "3:16:nsubj 16:2:ccomp"));
}

NM_TEST(modal_conjunct_of_an_infinitive_joins_its_verb) {
  /* "Belgrade had asked the EU and NATO to secure his release and would
   * inform the Security Council": "would inform" has an auxiliary of its
   * own, so it cannot share the infinitive's "to"; it is a conjunct of
   * "asked" (whose subject it shares) */
  NM_CHECK(repaired_as("Belgrade/PROPN/NNP had/AUX/VBD/have asked/VERB/VBN/ask the/DET/DT "
                       "EU/PROPN/NNP and/CCONJ/CC NATO/PROPN/NNP to/PART/TO secure/VERB/VB "
                       "his/PRON/PRP$ release/NOUN/NN and/CCONJ/CC would/AUX/MD "
                       "inform/VERB/VB the/DET/DT Security/PROPN/NNP Council/PROPN/NNP "
                       "./PUNCT/.",
                       "14:3:conj"));
}

NM_TEST(a_clause_with_a_subordinator_is_no_subject) {
  /* "A government official who spoke on condition of anonymity because he
   * was not authorized to speak publicly said", parsed with the
   * because-clause the subject of "said" and the official its subject */
  NM_CHECK(repaired_as("A/DET/DT government/NOUN/NN official/NOUN/NN who/PRON/WP spoke/VERB/VBD/speak "
                       "on/ADP/IN condition/NOUN/NN of/ADP/IN anonymity/NOUN/NN because/SCONJ/IN "
                       "he/PRON/PRP was/AUX/VBD/be not/PART/RB authorized/VERB/VBN/authorize "
                       "to/PART/TO speak/VERB/VB publicly/ADV/RB said/VERB/VBD/say the/DET/DT "
                       "gang/NOUN/NN had/AUX/VBD/have demanded/VERB/VBN/demand a/DET/DT "
                       "tax/NOUN/NN ./PUNCT/.",
                       "3:18:nsubj 14:5:advcl"));
}

NM_TEST(name_after_an_opening_place_is_the_subject) {
  /* "In Khan Younis, Samira, a 38-year-old nurse, said …": the name set
   * off after the opening phrase, with a description, is the subject of
   * "said" (the parse made it a conjunct of the place) and the
   * description its apposition */
  NM_CHECK(repaired_as("In/ADP/IN Khan/PROPN/NNP Younis/PROPN/NNP ,/PUNCT/, Samira/PROPN/NNP "
                       ",/PUNCT/, a/DET/DT 38/NUM/CD -/PUNCT/HYPH year/NOUN/NN -/PUNCT/HYPH "
                       "old/ADJ/JJ nurse/NOUN/NN ,/PUNCT/, said/VERB/VBD/say she/PRON/PRP "
                       "had/AUX/VBD/have moved/VERB/VBN/move her/PRON/PRP$ children/NOUN/NNS "
                       "./PUNCT/.",
                       "5:15:nsubj 13:5:appos"));
}

NM_TEST(whose_clause_before_a_report) {
  /* "a 41-year-old rice farmer whose brother died last week said …",
   * parsed with "died" the root and "said" its conjunct: the whose-clause
   * is the farmer's relative clause, and the farmer the subject of "said" */
  NM_CHECK(repaired_as("A/DET/DT farmer/NOUN/NN whose/PRON/WP$ brother/NOUN/NN died/VERB/VBD/die "
                       "last/ADJ/JJ week/NOUN/NN said/VERB/VBD/say people/NOUN/NNS had/AUX/VBD/have "
                       "been/AUX/VBN/be slow/ADJ/JJ ./PUNCT/.",
                       "2:8:nsubj 5:2:acl:relcl"));
}

int main(void) {
  snprintf(model_a, sizeof model_a, "/tmp/nm-test-parser-%d-a.nmm", (int)getpid());
  snprintf(model_b, sizeof model_b, "/tmp/nm-test-parser-%d-b.nmm", (int)getpid());
  collect_rel_names();
  NM_CHECK(n_rel_names >= 10);
  NM_RUN(train_and_parse);
  NM_RUN(training_is_deterministic);
  NM_RUN(lifted_labels_are_learned);
  NM_RUN(short_sentences);
  NM_RUN(long_sentences);
  NM_RUN(labels_link);
  NM_RUN(deprojectivize);
  NM_RUN(deprojectivize_many);
  NM_RUN(damaged_models_are_rejected);
  NM_RUN(conjunct_of_a_participle_is_the_finite_verb_s);
  NM_RUN(noun_after_say_is_the_said_clause_s_subject);
  NM_RUN(day_after_say_is_the_time_of_saying);
  NM_RUN(report_joined_to_what_was_said_is_the_reporter_s);
  NM_RUN(asking_verb_s_to_clause_is_its_complement);
  NM_RUN(last_week_that_and_a_second_report);
  NM_RUN(past_tense_joined_to_an_infinitive);
  NM_RUN(phrase_after_an_opening_place_is_the_subject);
  NM_RUN(noun_list_modifies_the_plural_after_it);
  NM_RUN(that_made_a_second_subject_marks_the_clause);
  NM_RUN(that_clause_after_a_time_noun_is_the_verb_s);
  NM_RUN(who_clause_after_a_comma_is_the_noun_s);
  NM_RUN(noun_root_s_relative_clause_and_main_verb);
  NM_RUN(trailing_source_of_a_headline);
  NM_RUN(conjunct_with_no_and_heads_the_phrase);
  NM_RUN(opening_noun_s_relative_clause_and_its_verb);
  NM_RUN(two_opening_nouns_and_a_verb_of_saying);
  NM_RUN(verb_with_no_passive_is_no_relative_clause);
  NM_RUN(conjunct_of_an_object_s_description);
  NM_RUN(said_object_before_a_quoted_clause);
  NM_RUN(said_object_with_an_apposition);
  NM_RUN(report_after_a_clause_with_a_second_subject);
  NM_RUN(adjacent_subjects_past_a_name_s_words);
  NM_RUN(bare_relative_clause_after_an_object);
  NM_RUN(mid_sentence_report_before_a_marked_clause);
  NM_RUN(two_capitalised_modifiers_with_and_are_conjuncts);
  NM_RUN(mid_sentence_report_as_a_bare_conjunct);
  NM_RUN(active_conjunct_of_a_passive_complement);
  NM_RUN(finite_conjunct_of_a_base_form_complement);
  NM_RUN(split_subject_is_one_phrase);
  NM_RUN(place_after_the_subject_is_its_modifier);
  NM_RUN(relative_clause_read_as_a_complement);
  NM_RUN(finite_verb_right_after_a_root_noun);
  NM_RUN(subordinator_read_as_a_preposition_of_a_phrase);
  NM_RUN(name_set_off_after_a_subject_is_its_apposition);
  NM_RUN(list_split_into_two_subjects_is_one);
  NM_RUN(verb_after_a_relative_clause_is_the_root);
  NM_RUN(subject_before_a_gerund_s_marker_is_the_object);
  NM_RUN(whose_clause_after_a_comma_is_the_noun_s);
  NM_RUN(phrase_after_an_opening_clause_is_the_subject);
  NM_RUN(for_read_as_a_phrase_s_head_marks_the_infinitive);
  NM_RUN(participle_before_a_name_modifies_it);
  NM_RUN(weekday_before_an_object_says_when);
  NM_RUN(weekday_after_a_report_is_the_report_s);
  NM_RUN(accused_of_is_the_verb_s);
  NM_RUN(participle_after_the_root_noun_is_the_verb);
  NM_RUN(two_subjects_side_by_side_are_one_phrase);
  NM_RUN(occupied_place_is_a_conjunct_name);
  NM_RUN(a_contrasting_report_is_the_upper_report_s);
  NM_RUN(list_before_its_verb_is_the_subject);
  NM_RUN(marked_name_is_the_later_verb_s_subject);
  NM_RUN(verb_joined_to_an_object_is_the_verb_s_conjunct);
  NM_RUN(late_after_an_object_times_the_verb);
  NM_RUN(quotation_before_its_speaker_is_what_was_said);
  NM_RUN(name_hung_on_a_comma_is_an_apposition);
  NM_RUN(description_before_a_titled_name_is_the_subject);
  NM_RUN(that_clause_after_a_phrase_of_said_is_said);
  NM_RUN(object_of_said_before_its_clause_is_its_subject);
  NM_RUN(noun_after_known_as_is_the_participle_s);
  NM_RUN(noun_phrase_after_a_midsentence_said_is_no_complement);
  NM_RUN(second_subject_after_a_comma_is_a_conjunct);
  NM_RUN(noun_under_a_preposition_is_no_subject);
  NM_RUN(opening_span_of_time_is_no_subject);
  NM_RUN(reporters_hung_on_a_list_are_the_subject);
  NM_RUN(verb_after_a_relative_clause_s_complement_is_the_root);
  NM_RUN(relative_clause_through_said);
  NM_RUN(bare_relative_with_a_pronoun_subject);
  NM_RUN(clause_before_the_reporter_is_reported);
  NM_RUN(report_after_a_comma_with_its_phrase);
  NM_RUN(comma_gerund_of_reasons_is_the_verb_s);
  NM_RUN(relative_clause_repair_leaves_a_tree);
  NM_RUN(cycles_are_broken);
  NM_RUN(relative_that_after_its_noun);
  NM_RUN(saying_after_a_reported_clause_is_the_reporter_s);
  NM_RUN(saying_as_a_subject_clause_is_the_report);
  NM_RUN(participle_of_an_opening_phrase_modifies_its_noun);
  NM_RUN(said_clause_after_a_phrase_of_a_phrase);
  NM_RUN(conjunct_with_its_own_auxiliary_joins_the_like_one);
  NM_RUN(conjunct_whose_object_is_the_clause_s_subject);
  NM_RUN(relative_object_of_say_is_the_said_clause_s_subject);
  NM_RUN(speech_act_joined_to_a_reported_clause_is_the_reporter_s);
  NM_RUN(that_after_a_denial_marks_its_clause);
  NM_RUN(verb_hung_as_a_relative_clause_inside_one_is_the_root);
  NM_RUN(talks_one_is_invited_to_are_the_verbs);
  NM_RUN(blamed_after_a_reported_copula_is_the_reporters);
  NM_RUN(called_on_after_a_reported_phrase_is_the_reporters);
  NM_RUN(gerund_after_a_report_is_no_complement);
  NM_RUN(subordinator_before_a_noun_and_its_name);
  NM_RUN(complement_of_a_prompting_verb);
  NM_RUN(report_conjunct_hung_on_a_noun);
  NM_RUN(title_and_name_as_two_subjects);
  NM_RUN(unjoined_past_form_after_a_noun);
  NM_RUN(second_subject_with_a_preposition);
  NM_RUN(subordinate_clause_hung_on_its_subject);
  NM_RUN(adjacent_subjects_past_the_seconds_modifiers);
  NM_RUN(subjects_joined_by_and_are_conjuncts);
  NM_RUN(split_modifier_pair_modifies_the_noun_after_it);
  NM_RUN(subject_after_place_past_its_own_comma);
  NM_RUN(speech_conj_of_a_participle_in_the_report);
  NM_RUN(clause_read_as_a_modifier);
  NM_RUN(clause_after_the_audience_of_tell);
  NM_RUN(subject_phrase_and_said_clause_past_a_participle);
  NM_RUN(second_speech_act_after_a_denial_or_report);
  NM_RUN(title_read_as_a_complement);
  NM_RUN(perfect_split_by_a_phrase);
  NM_RUN(adverb_of_a_phrase_after_the_subject);
  NM_RUN(noun_before_a_possessor_is_its_name);
  NM_RUN(report_after_a_clause_before_a_concession);
  NM_RUN(time_read_as_the_said_clauses_subject);
  NM_RUN(clause_after_what_is_its_relative);
  NM_RUN(determiner_root_gives_way_to_said);
  NM_RUN(inverted_among_is_one_clause);
  NM_RUN(conjunct_agrees_with_its_subject);
  NM_RUN(fronted_participle_gives_up_the_root);
  NM_RUN(said_in_a_bare_relative_after_apposition);
  NM_RUN(infinitive_after_a_plan_modifies_it);
  NM_RUN(that_clause_with_a_gap_is_a_relative);
  NM_RUN(verb_joined_to_a_phrase_joins_the_verb);
  NM_RUN(inverted_said_after_a_closing_mark);
  NM_RUN(past_joined_to_a_participle_down_a_clause);
  NM_RUN(name_after_a_title_and_comma_is_its_holder);
  NM_RUN(subordinator_past_the_noun_s_phrase);
  NM_RUN(subject_after_an_opening_participle);
  NM_RUN(subject_after_an_opening_phrase);
  NM_RUN(sum_after_a_day_and_its_kind);
  NM_RUN(coordinated_complement_is_a_conjunct);
  NM_RUN(determined_participle_modifies_its_noun);
  NM_RUN(adjective_root_gives_way_to_the_verb);
  NM_RUN(weekday_before_the_sayer_is_the_clause_s);
  NM_RUN(split_title_field_gives_the_name_back);
  NM_RUN(that_clause_in_said_s_medium_is_said);
  NM_RUN(speech_participle_after_passive_is_the_reporter_s);
  NM_RUN(speech_participle_after_passive_without_adjacent_object);
  NM_RUN(said_noun_before_subject_is_a_compound);
  NM_RUN(comma_gerund_of_an_object_s_conjunct);
  NM_RUN(whom_clause_after_said_object);
  NM_RUN(harm_clause_after_place_is_the_attack_s);
  NM_RUN(root_name_with_apposed_subject);
  NM_RUN(gerund_of_a_state_modifies_the_object);
  NM_RUN(gerund_after_and_modifies_the_second_object);
  NM_RUN(marked_gerund_on_an_oblique_is_the_verb_s_clause);
  NM_RUN(article_on_a_plural_opens_a_zero_relative);
  NM_RUN(object_conjunct_is_the_next_verb_s_subject);
  NM_RUN(said_after_a_quotation_with_but);
  NM_RUN(whose_clause_made_the_root);
  NM_RUN(subject_after_an_opening_participle_clause);
  NM_RUN(said_hung_in_an_apposition);
  NM_RUN(participle_aside_leaves_said_the_head);
  NM_RUN(bare_infinitive_after_help);
  NM_RUN(said_object_with_apposed_name_is_subject);
  NM_RUN(trailing_description_and_name_say);
  NM_RUN(day_after_opening_participle_is_no_subject);
  NM_RUN(that_before_its_noun_is_a_determiner);
  NM_RUN(subject_before_subordinate_clause_is_the_main_verb_s);
  NM_RUN(said_object_and_subject_after_and_are_joined);
  NM_RUN(second_subject_between_commas_is_apposed);
  NM_RUN(have_adverb_participle_is_the_verb);
  NM_RUN(gerund_after_comma_and_quote_is_the_verb_s);
  NM_RUN(place_preposition_is_no_mark);
  NM_RUN(say_in_a_bare_relative);
  NM_RUN(title_of_portfolio_before_the_subject_s_name);
  NM_RUN(subordinator_read_as_preposition);
  NM_RUN(clause_after_semicolon_has_its_subject);
  NM_RUN(clause_on_the_subject_s_phrase_is_reported);
  NM_RUN(subject_after_an_opening_phrase_without_case);
  NM_RUN(conjunct_past_a_relative_clause);
  NM_RUN(speech_gerund_after_a_closing_quote);
  NM_RUN(opening_participle_of_a_named_person);
  NM_RUN(acting_before_a_title);
  NM_RUN(title_read_as_a_clause_of_a_name);
  NM_RUN(relative_clause_on_a_titled_name_then_the_verb);
  NM_RUN(said_with_two_subjects);
  NM_RUN(participle_read_as_a_subject);
  NM_RUN(says_noun_verbed);
  NM_RUN(opening_place_name_is_the_subject);
  NM_RUN(bare_oblique_name_is_an_apposition);
  NM_RUN(finite_verb_is_no_conjunct_of_a_noun);
  NM_RUN(title_after_an_opening_phrase_is_the_subject);
  NM_RUN(portfolio_before_a_title);
  NM_RUN(subject_before_a_subordinated_clause);
  NM_RUN(named_subject_with_a_description_after_an_opening_phrase);
  NM_RUN(subject_before_a_subordinated_root);
  NM_RUN(whose_clause_is_no_root);
  NM_RUN(past_tense_after_a_set_off_relative_joins_the_main_verb);
  NM_RUN(report_after_and_is_a_conjunct);
  NM_RUN(speech_act_after_a_reported_condition_is_the_reporter_s);
  NM_RUN(speech_gerund_on_a_comma_joins_the_root);
  NM_RUN(list_split_by_a_subject_joins_the_phrase);
  NM_RUN(weekday_between_subject_and_verb);
  NM_RUN(of_phrase_after_an_oblique_is_the_noun_s);
  NM_RUN(opening_phrase_is_no_second_subject);
  NM_RUN(headline_pair_is_one_subject);
  NM_RUN(object_of_said_before_a_relative_clause_is_its_clause_s_subject);
  NM_RUN(measure_before_a_gerund_s_mark_is_no_subject);
  NM_RUN(two_portfolios_before_one_title_are_one_office);
  NM_RUN(verb_after_a_relative_clause_s_object_is_the_sentence_s);
  NM_RUN(said_after_a_thing_s_relative_clause_is_the_main_verb_s_conjunct);
  NM_RUN(name_after_a_title_s_portfolio_is_the_title_s_apposition);
  NM_RUN(according_to_phrase_is_the_clause_s);
  NM_RUN(object_of_said_before_an_adverbial_clause_is_its_subject);
  NM_RUN(modal_conjunct_of_an_infinitive_joins_its_verb);
  NM_RUN(a_clause_with_a_subordinator_is_no_subject);
  NM_RUN(name_after_an_opening_place_is_the_subject);
  NM_RUN(whose_clause_before_a_report);
  remove(model_a);
  remove(model_b);
  NM_TEST_MAIN_END();
}
