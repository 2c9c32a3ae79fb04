/* test_lemma.c - the lemmatiser: what it learns from a small hand-written
 * treebank, that compiling is deterministic, and that the loader refuses
 * damaged blobs (every truncation, every byte flipped) without crashing.
 *
 * The training list below is a miniature of UD English: regular and -ies
 * plurals, -ed and -ing with and without a doubled consonant or a dropped
 * e, irregulars, proper nouns that keep their case, clitics. Each rule the
 * tests rely on is backed by at least two distinct pairs, as the builder
 * ignores a suffix rule seen only once. */
#include "irregular.h"
#include "lemma.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>

typedef struct tok {
  const char *form, *xpos, *lemma;
} tok;

static const tok train[] = {
    /* Plurals. */
    {"cats", "NNS", "cat"},
    {"dogs", "NNS", "dog"},
    {"books", "NNS", "book"},
    {"trees", "NNS", "tree"},
    {"studies", "NNS", "study"},
    {"cities", "NNS", "city"},
    {"babies", "NNS", "baby"},
    {"boxes", "NNS", "box"},
    {"taxes", "NNS", "tax"},
    {"children", "NNS", "child"},
    {"men", "NNS", "man"},
    {"cafés", "NNS", "café"},
    {"cat", "NN", "cat"},
    {"city", "NN", "city"},
    {"puppy", "NN", "puppy"},
    {"hat", "NN", "hat"},
    /* Past tense and participles. */
    {"walked", "VBD", "walk"},
    {"talked", "VBD", "talk"},
    {"played", "VBD", "play"},
    {"looked", "VBD", "look"},
    {"helped", "VBD", "help"},
    {"camped", "VBD", "camp"},
    {"developed", "VBD", "develop"},
    {"stopped", "VBD", "stop"},
    {"chopped", "VBD", "chop"},
    {"hoped", "VBD", "hope"},
    {"liked", "VBD", "like"},
    {"baked", "VBD", "bake"},
    {"went", "VBD", "go"},
    {"was", "VBD", "be"},
    {"drop", "VB", "drop"},
    {"wipe", "VB", "wipe"},
    /* -ing. */
    {"running", "VBG", "run"},
    {"sitting", "VBG", "sit"},
    {"trimming", "VBG", "trim"},
    {"humming", "VBG", "hum"},
    {"walking", "VBG", "walk"},
    {"talking", "VBG", "talk"},
    {"playing", "VBG", "play"},
    {"making", "VBG", "make"},
    {"taking", "VBG", "take"},
    {"swim", "VB", "swim"},
    /* Adjectives. */
    {"bigger", "JJR", "big"},
    {"better", "JJR", "good"},
    {"better", "JJR", "good"},
    {"taller", "JJR", "tall"},
    {"older", "JJR", "old"},
    {"good", "JJ", "good"},
    {"Good", "JJ", "good"},
    {"new", "JJ", "new"},
    {"New", "JJ", "new"},
    {"American", "JJ", "American"},
    {"Syrian", "JJ", "Syrian"},
    /* Proper nouns keep their case. */
    {"Blinken", "NNP", "Blinken"},
    {"Obama", "NNP", "Obama"},
    {"NATO", "NNP", "NATO"},
    {"Americans", "NNPS", "American"},
    {"Democrats", "NNPS", "Democrat"},
    /* Pronouns, determiners, clitics. */
    {"I", "PRP", "I"},
    {"I", "PRP", "I"},
    {"me", "PRP", "I"},
    {"he", "PRP", "he"},
    {"He", "PRP", "he"},
    {"The", "DT", "the"},
    {"the", "DT", "the"},
    {"the", "DT", "the"},
    {"'s", "POS", "'s"},
    {"'s", "VBZ", "be"},
    {"n't", "RB", "not"},
    {"wo", "MD", "will"},
    {"ca", "MD", "can"},
    {",", ",", ","},
    {"\xe2\x80\x9c", "``", "\""},
};
enum { N_TRAIN = sizeof train / sizeof train[0] };

/* Builds a blob from train[], in order or in reverse. */
static unsigned char *build(size_t *len, int reverse) {
  nm_lemma_builder *b = nm_lemma_builder_new();
  if (!b) return NULL;
  for (size_t k = 0; k < N_TRAIN; k++) {
    const tok *t = &train[reverse ? N_TRAIN - 1 - k : k];
    if (nm_lemma_builder_add(b, t->form, strlen(t->form), t->xpos, strlen(t->xpos), t->lemma,
                             strlen(t->lemma)) != 0) {
      nm_lemma_builder_free(b);
      return NULL;
    }
  }
  unsigned char *buf = NULL;
  int rc = nm_lemma_builder_finish(b, &buf, len);
  nm_lemma_builder_free(b);
  return rc == 0 ? buf : NULL;
}

static unsigned char *blob;
static size_t blob_len;
static nm_lemmatizer lem;
static char out[256];

/* The lemma of form/xpos, in out. */
static const char *L(const char *form, const char *xpos) {
  size_t n = nm_lemmatize(&lem, form, strlen(form), xpos, strlen(xpos), out, sizeof out);
  NM_CHECK(n < sizeof out && strlen(out) == n);
  return out;
}

NM_TEST(test_builds_and_opens) {
  NM_CHECK(blob != NULL);
  nm_error err = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_lemmatizer_open(blob, blob_len, &lem, &err), NM_OK);
  NM_CHECK_EQ_INT(err.code, NM_OK);
  NM_CHECK(lem.n_tags > 0 && lem.n_exc > 0 && lem.n_suf > 0 && lem.n_lex > 0);
}

NM_TEST(test_seen_words) {
  NM_CHECK_EQ_STR(L("cats", "NNS"), "cat");
  NM_CHECK_EQ_STR(L("studies", "NNS"), "study");
  NM_CHECK_EQ_STR(L("boxes", "NNS"), "box");
  NM_CHECK_EQ_STR(L("walked", "VBD"), "walk");
  NM_CHECK_EQ_STR(L("stopped", "VBD"), "stop");
  NM_CHECK_EQ_STR(L("hoped", "VBD"), "hope");
  NM_CHECK_EQ_STR(L("running", "VBG"), "run");
  NM_CHECK_EQ_STR(L("making", "VBG"), "make");
  NM_CHECK_EQ_STR(L("bigger", "JJR"), "big");
}

/* The fixed irregular verb list: sorted, looked up by form in any ASCII
 * case, past tenses and participles told apart, unknown forms absent. */
NM_TEST(test_irregular_list) {
  NM_CHECK(nm_irregular_check());
  const nm_irregular *a = nm_irregular_find("fled", 4);
  NM_CHECK(a && !strcmp(a->base, "flee") && a->kind == (NM_IRR_PAST | NM_IRR_PART));
  const nm_irregular *b = nm_irregular_find("Sank", 4);
  NM_CHECK(b && !strcmp(b->base, "sink") && b->kind == NM_IRR_PAST);
  const nm_irregular *c = nm_irregular_find("sunk", 4);
  NM_CHECK(c && c->kind == NM_IRR_PART);
  NM_CHECK(nm_irregular_find("arrested", 8) == NULL);
  NM_CHECK(nm_irregular_find("", 0) == NULL);
  NM_CHECK(nm_irregular_find("fle", 3) == NULL);
  NM_CHECK(nm_irregular_find("fled\0", 5) == NULL);
  NM_CHECK(nm_irregular_find("withdrawnwithdrawn", 18) == NULL);
}

NM_TEST(test_irregulars) {
  NM_CHECK_EQ_STR(L("went", "VBD"), "go");
  NM_CHECK_EQ_STR(L("was", "VBD"), "be");
  NM_CHECK_EQ_STR(L("children", "NNS"), "child");
  NM_CHECK_EQ_STR(L("men", "NNS"), "man");
  NM_CHECK_EQ_STR(L("better", "JJR"), "good");
  NM_CHECK_EQ_STR(L("me", "PRP"), "I");
  NM_CHECK_EQ_STR(L("I", "PRP"), "I");
  NM_CHECK_EQ_STR(L("n't", "RB"), "not");
  NM_CHECK_EQ_STR(L("wo", "MD"), "will");
  NM_CHECK_EQ_STR(L("ca", "MD"), "can");
  /* The same form, two tags. */
  NM_CHECK_EQ_STR(L("'s", "POS"), "'s");
  NM_CHECK_EQ_STR(L("'s", "VBZ"), "be");
  /* Exceptions match whatever the case of the form. */
  NM_CHECK_EQ_STR(L("Went", "VBD"), "go");
  NM_CHECK_EQ_STR(L("CHILDREN", "NNS"), "child");
  NM_CHECK_EQ_STR(L("\xe2\x80\x9c", "``"), "\"");
}

NM_TEST(test_unseen_words_follow_the_rules) {
  NM_CHECK_EQ_STR(L("hats", "NNS"), "hat");
  NM_CHECK_EQ_STR(L("puppies", "NNS"), "puppy");
  NM_CHECK_EQ_STR(L("foxes", "NNS"), "fox");
  NM_CHECK_EQ_STR(L("jumped", "VBD"), "jump");
  NM_CHECK_EQ_STR(L("dropped", "VBD"), "drop"); /* doubled consonant */
  NM_CHECK_EQ_STR(L("swimming", "VBG"), "swim");
  NM_CHECK_EQ_STR(L("jumping", "VBG"), "jump");
  NM_CHECK_EQ_STR(L("smaller", "JJR"), "small");
  /* Under "ped" the rules are "remove ed" (helped), "remove ped"
   * (stopped) and "remove d" (hoped); the lexicon knows "wipe" only. */
  NM_CHECK_EQ_STR(L("wiped", "VBD"), "wipe");
}

NM_TEST(test_casing) {
  /* Proper nouns keep their case, seen or not. */
  NM_CHECK_EQ_STR(L("Blinken", "NNP"), "Blinken");
  NM_CHECK_EQ_STR(L("Zelensky", "NNP"), "Zelensky");
  NM_CHECK_EQ_STR(L("Republicans", "NNPS"), "Republican");
  NM_CHECK_EQ_STR(L("NATO", "NNP"), "NATO");
  /* Other words are lower-cased: sentence-initial, shouted. */
  NM_CHECK_EQ_STR(L("The", "DT"), "the");
  NM_CHECK_EQ_STR(L("He", "PRP"), "he");
  NM_CHECK_EQ_STR(L("Cats", "NNS"), "cat");
  NM_CHECK_EQ_STR(L("CATS", "NNS"), "cat");
  NM_CHECK_EQ_STR(L("Walked", "VBD"), "walk");
  /* Adjectives: a known word is lower-cased, an unknown capitalised one is
   * taken for a proper adjective. */
  NM_CHECK_EQ_STR(L("Good", "JJ"), "good");
  NM_CHECK_EQ_STR(L("New", "JJ"), "new");
  NM_CHECK_EQ_STR(L("American", "JJ"), "American");
  NM_CHECK_EQ_STR(L("Ukrainian", "JJ"), "Ukrainian");
}

NM_TEST(test_fallbacks) {
  /* Unknown tag, punctuation, numbers: the form itself. */
  NM_CHECK_EQ_STR(L("Walked", "XYZ"), "Walked");
  NM_CHECK_EQ_STR(L(",", ","), ",");
  NM_CHECK_EQ_STR(L(";", ":"), ";");
  NM_CHECK_EQ_STR(L("3200", "CD"), "3200");
  /* A word no rule covers stays as it is (lower-cased). */
  NM_CHECK_EQ_STR(L("Xylophone", "NN"), "xylophone");
  /* Empty form or tag. */
  NM_CHECK_EQ_INT(nm_lemmatize(&lem, "", 0, "NN", 2, out, sizeof out), 0);
  NM_CHECK_EQ_STR(out, "");
  NM_CHECK_EQ_INT(nm_lemmatize(&lem, "cats", 4, "", 0, out, sizeof out), 4);
  NM_CHECK_EQ_STR(out, "cats");
  /* Bytes that are not text. */
  NM_CHECK_EQ_INT(nm_lemmatize(&lem, "a\0s", 3, "NNS", 3, out, sizeof out), 2);
  NM_CHECK(memcmp(out, "a\0", 3) == 0);
}

NM_TEST(test_utf8) {
  NM_CHECK_EQ_STR(L("cafés", "NNS"), "café");
  NM_CHECK_EQ_STR(L("Émigrés", "NNS"), "Émigré"); /* only ASCII changes case */
  /* Invalid UTF-8 goes through unchanged where no rule applies. */
  NM_CHECK_EQ_STR(L("\xff\xfe", "NN"), "\xff\xfe");
}

static void put16(unsigned char *p, unsigned v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
}
static void put32(unsigned char *p, unsigned long v) {
  put16(p, (unsigned)(v & 0xffff));
  put16(p + 2, (unsigned)(v >> 16));
}

/* A blob written by hand from the layout in lemma.h: one tag "XX" whose
 * only suffix, "d", removes two bytes. The builder never makes such a rule
 * (it removes no more than its suffix holds), so this is how the run-time
 * guards are reached. */
NM_TEST(test_hand_written_blob) {
  unsigned char b[80 + 24 + 12 + 8 + 3];
  memset(b, 0, sizeof b);
  memcpy(b, "NMLEMMA1", 8);
  put32(b + 8, NM_LEMMA_VERSION);
  put32(b + 12, sizeof b);
  put32(b + 16, 1);                     /* max_suffix */
  put32(b + 20, 1), put32(b + 24, 80);  /* one tag */
  put32(b + 28, 0), put32(b + 32, 104); /* no exceptions */
  put32(b + 36, 1), put32(b + 40, 104); /* one suffix */
  put32(b + 44, 1), put32(b + 48, 116); /* one rule */
  put32(b + 52, 0), put32(b + 56, 124); /* empty lexicon */
  put32(b + 60, 3), put32(b + 64, 124); /* pool "XXd" */
  unsigned char *t = b + 80;
  put32(t, 0), put16(t + 4, 2); /* name "XX", no flags */
  put32(t + 8, 0), put32(t + 12, 0);
  put32(t + 16, 0), put32(t + 20, 1);
  unsigned char *s = b + 104;
  put32(s, 2), s[4] = 1, s[5] = 1; /* suffix "d", rule 0 */
  unsigned char *r = b + 116;
  put32(r, 0), r[4] = 2, r[5] = 0; /* remove 2, append "" */
  memcpy(b + 124, "XXd", 3);

  nm_lemmatizer l;
  nm_error err = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_lemmatizer_open(b, sizeof b, &l, &err), NM_OK);
  char o[16];
  NM_CHECK_EQ_INT(nm_lemmatize(&l, "abd", 3, "XX", 2, o, sizeof o), 1);
  NM_CHECK_EQ_STR(o, "a");
  NM_CHECK_EQ_INT(nm_lemmatize(&l, "Abd", 3, "XX", 2, o, sizeof o), 1);
  NM_CHECK_EQ_STR(o, "a");
  /* Removing two bytes would cut the é in two: the form stays. */
  NM_CHECK_EQ_INT(nm_lemmatize(&l,
                               "\xc3\xa9"
                               "d",
                               3, "XX", 2, o, sizeof o),
                  3);
  NM_CHECK_EQ_STR(o, "\xc3\xa9"
                     "d");
  /* Removing more than the form: the form stays. */
  NM_CHECK_EQ_INT(nm_lemmatize(&l, "D", 1, "XX", 2, o, sizeof o), 1);
  NM_CHECK_EQ_STR(o, "d");

  /* The same blob with one field wrong at a time. */
  static const struct {
    size_t at;
    unsigned char v;
  } bad[] = {
      {0, 'X'},   /* magic */
      {8, 2},     /* version */
      {16, 0},    /* max_suffix */
      {20, 2},    /* tag count past the table */
      {27, 0x80}, /* tag table offset */
      {70, 1},    /* reserved header byte */
      {84, 0},    /* tag name empty */
      {86, 0x40}, /* unknown tag flag */
      {100, 0},   /* suffix range does not cover the suffix */
      {104, 3},   /* suffix string past the pool */
      {108, 2},   /* suffix longer than max_suffix */
      {109, 0},   /* no rules */
      {109, 4},   /* too many rules */
      {110, 1},   /* rule id past the rule table */
      {112, 1},   /* unused rule id not 0 */
      {122, 1},   /* reserved rule byte */
      {126, 'D'}, /* suffix with a capital */
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    unsigned char c[sizeof b];
    memcpy(c, b, sizeof b);
    c[bad[i].at] = bad[i].v;
    err.code = NM_OK;
    NM_CHECK_EQ_INT(nm_lemmatizer_open(c, sizeof c, &l, &err), NM_ERR_FORMAT);
    NM_CHECK(err.msg != NULL);
    if (nm_lemmatizer_open(c, sizeof c, &l, NULL) == NM_OK)
      fprintf(stderr, "byte %zu = %u was accepted\n", bad[i].at, bad[i].v);
  }
}

NM_TEST(test_output_buffer) {
  char small[4];
  memset(small, 'x', sizeof small);
  /* Too small: cut and NUL-terminated like snprintf, full length returned. */
  NM_CHECK_EQ_INT(nm_lemmatize(&lem, "studies", 7, "NNS", 3, small, sizeof small), 5);
  NM_CHECK_EQ_STR(small, "stu");
  NM_CHECK_EQ_INT(nm_lemmatize(&lem, "children", 8, "NNS", 3, small, sizeof small), 5);
  NM_CHECK_EQ_STR(small, "chi");
  /* Exactly enough. */
  char six[6];
  NM_CHECK_EQ_INT(nm_lemmatize(&lem, "studies", 7, "NNS", 3, six, sizeof six), 5);
  NM_CHECK_EQ_STR(six, "study");
  /* No buffer at all: only the length. */
  NM_CHECK_EQ_INT(nm_lemmatize(&lem, "studies", 7, "NNS", 3, NULL, 0), 5);
}

NM_TEST(test_deterministic) {
  size_t a_len = 0, b_len = 0, c_len = 0;
  unsigned char *a = build(&a_len, 0);
  unsigned char *b = build(&b_len, 0);
  unsigned char *c = build(&c_len, 1);
  NM_CHECK(a && b && c);
  if (a && b && c) {
    NM_CHECK_EQ_INT(a_len, b_len);
    NM_CHECK_EQ_INT(a_len, c_len);
    NM_CHECK(a_len == b_len && memcmp(a, b, a_len) == 0);
    NM_CHECK(a_len == c_len && memcmp(a, c, a_len) == 0);
  }
  free(a);
  free(b);
  free(c);
}

NM_TEST(test_empty_builder) {
  nm_lemma_builder *b = nm_lemma_builder_new();
  NM_CHECK(b != NULL);
  /* Tokens it cannot learn from are skipped, not errors. */
  NM_CHECK_EQ_INT(nm_lemma_builder_add(b, "", 0, "NN", 2, "x", 1), 0);
  NM_CHECK_EQ_INT(nm_lemma_builder_add(b, "x", 1, "", 0, "x", 1), 0);
  NM_CHECK_EQ_INT(nm_lemma_builder_add(b, "x", 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG", 33, "x", 1),
                  0);
  unsigned char *buf = NULL;
  size_t len = 0;
  NM_CHECK_EQ_INT(nm_lemma_builder_finish(b, &buf, &len), 0);
  nm_lemmatizer l;
  NM_CHECK(buf != NULL);
  if (buf) {
    NM_CHECK_EQ_INT(nm_lemmatizer_open(buf, len, &l, NULL), NM_OK);
    NM_CHECK_EQ_INT(l.n_tags, 0);
    char o[16];
    NM_CHECK_EQ_INT(nm_lemmatize(&l, "Cats", 4, "NNS", 3, o, sizeof o), 4);
    NM_CHECK_EQ_STR(o, "Cats");
  }
  free(buf);
  nm_lemma_builder_free(b);
  nm_lemma_builder_free(NULL);
}

/* Runs a damaged blob's lemmatiser over a few words; under ASan this is
 * where a loader that let something through would be caught. */
static void exercise(const nm_lemmatizer *l) {
  static const char *words[][2] = {{"studies", "NNS"},
                                   {"went", "VBD"},
                                   {"Blinken", "NNP"},
                                   {"running", "VBG"},
                                   {"wiped", "VBD"},
                                   {"Ukrainian", "JJ"},
                                   {"\xc3\xa9"
                                    "d",
                                    "XX"},
                                   {"x", "ZZ"}};
  char o[8];
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    size_t n = nm_lemmatize(l, words[i][0], strlen(words[i][0]), words[i][1], strlen(words[i][1]),
                            o, sizeof o);
    NM_CHECK(o[n < sizeof o ? n : sizeof o - 1] == '\0');
  }
}

NM_TEST(test_rejects_truncated) {
  nm_lemmatizer l;
  size_t rejected = 0;
  for (size_t n = 0; n < blob_len; n++) {
    /* A copy of exactly n bytes, so that ASan sees any read past it. */
    unsigned char *cut = malloc(n ? n : 1);
    if (!cut) continue;
    memcpy(cut, blob, n);
    nm_error err = {NM_OK, NULL, 0};
    nm_status st = nm_lemmatizer_open(cut, n, &l, &err);
    if (st == NM_ERR_FORMAT && err.code == NM_ERR_FORMAT && err.msg) rejected++;
    free(cut);
  }
  NM_CHECK_EQ_INT(rejected, blob_len);
  /* A byte too many is as wrong as one too few. */
  unsigned char *longer = calloc(1, blob_len + 1);
  if (longer) {
    memcpy(longer, blob, blob_len);
    NM_CHECK_EQ_INT(nm_lemmatizer_open(longer, blob_len + 1, &l, NULL), NM_ERR_FORMAT);
  }
  free(longer);
  NM_CHECK_EQ_INT(nm_lemmatizer_open(NULL, 0, &l, NULL), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(nm_lemmatizer_open(blob, blob_len, NULL, NULL), NM_ERR_INVALID);
}

NM_TEST(test_rejects_or_survives_corruption) {
  unsigned char *copy = malloc(blob_len);
  NM_CHECK(copy != NULL);
  if (!copy) return;
  static const unsigned char flips[] = {0x01, 0x80, 0xff};
  size_t rejected = 0, tried = 0;
  for (size_t i = 0; i < blob_len; i++) {
    for (size_t f = 0; f < sizeof flips; f++) {
      memcpy(copy, blob, blob_len);
      copy[i] ^= flips[f];
      nm_lemmatizer l;
      nm_error err = {NM_OK, NULL, 0};
      nm_status st = nm_lemmatizer_open(copy, blob_len, &l, &err);
      tried++;
      if (st == NM_OK) {
        /* A change the format allows (a lemma's bytes, say): still safe. */
        exercise(&l);
      } else {
        NM_CHECK_EQ_INT(st, NM_ERR_FORMAT);
        NM_CHECK(err.msg != NULL && err.pos < blob_len);
        NM_CHECK_EQ_INT(l.n_tags, 0);
        exercise(&l); /* a failed open leaves a lemmatiser that is safe */
        rejected++;
      }
    }
  }
  /* Every header and table byte matters; only string bytes may change. */
  NM_CHECK(rejected > tried / 4);

  /* Random damage in several places at once, from a fixed seed. */
  unsigned long long seed = 42;
  for (int round = 0; round < 20000; round++) {
    memcpy(copy, blob, blob_len);
    for (int k = 0; k < 4; k++) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      copy[(seed >> 33) % blob_len] = (unsigned char)(seed >> 20);
    }
    nm_lemmatizer l;
    if (nm_lemmatizer_open(copy, blob_len, &l, NULL) == NM_OK) exercise(&l);
  }
  free(copy);
}

/* The tests of lemmas from the built blob (run with and without the
 * index). */
static void run_lemma_tests(void) {
  NM_RUN(test_seen_words);
  NM_RUN(test_irregulars);
  NM_RUN(test_irregular_list);
  NM_RUN(test_unseen_words_follow_the_rules);
  NM_RUN(test_casing);
  NM_RUN(test_fallbacks);
  NM_RUN(test_utf8);
}

int main(void) {
  blob = build(&blob_len, 0);
  NM_RUN(test_builds_and_opens);
  if (blob) {
    run_lemma_tests();
    NM_RUN(test_hand_written_blob);
    NM_RUN(test_output_buffer);
    NM_RUN(test_rejects_truncated);
    NM_RUN(test_rejects_or_survives_corruption);
    /* the same answers through the hash index (the tagger's way) */
    nm_lemma_index *ix = nm_lemma_index_new(&lem);
    NM_CHECK(ix != NULL);
    lem.index = ix;
    run_lemma_tests();
    lem.index = NULL;
    nm_lemma_index_free(ix);
  }
  NM_RUN(test_deterministic);
  NM_RUN(test_empty_builder);
  free(blob);
  NM_TEST_MAIN_END();
}
