/* test_tagger.c - the tagger: training on a small treebank, tagging,
 * lemmas, determinism, and rejecting damaged model files. */
#include "tagger.h"
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#define getpid_portable getpid

/* a small annotated treebank the team wrote */
static const char *fixture = "tests/data/conllu/tagged.conllu";
static char model_a[64], model_b[64];

static nm_status train(const char *out) {
  const char *files[1] = {fixture};
  nm_tagger_train_opts o;
  memset(&o, 0, sizeof o);
  o.train = files;
  o.n_train = 1;
  o.dev = fixture;
  o.out = out;
  o.epochs = 5;
  o.seed = 7;
  nm_error e = {NM_OK, NULL, 0};
  return nm_tagger_train(&o, &e);
}

NM_TEST(train_and_tag) {
  NM_CHECK_EQ_INT(train(model_a), NM_OK);
  nm_error e = {NM_OK, NULL, 0};
  nm_tagger *t = nm_tagger_open(model_a, &e);
  NM_CHECK(t != NULL);
  if (!t) return;
  NM_CHECK(nm_tagger_n_classes(t) >= 2);
  /* a word from the training data gets a class whose names are real tags */
  nm_word w[3] = {{"The", 3}, {"talks", 5}, {".", 1}};
  uint8_t cls[3];
  NM_CHECK_EQ_INT(nm_tagger_tag(t, w, 3, cls), NM_OK);
  for (int i = 0; i < 3; i++) {
    NM_CHECK(cls[i] < nm_tagger_n_classes(t));
    NM_CHECK(strlen(nm_tagger_upos(t, cls[i])) > 0);
  }
  NM_CHECK_EQ_STR(nm_tagger_upos(t, cls[2]), "PUNCT");
  char lem[32];
  size_t l = nm_tagger_lemma(t, ".", 1, cls[2], lem, sizeof lem);
  NM_CHECK_EQ_INT(l, 1);
  NM_CHECK_EQ_STR(lem, ".");
  /* an empty sentence and a very long one */
  NM_CHECK_EQ_INT(nm_tagger_tag(t, w, 0, cls), NM_OK);
  nm_word *many = malloc(1000 * sizeof *many);
  uint8_t *mc = malloc(1000);
  if (many && mc) {
    for (int i = 0; i < 1000; i++)
      many[i] = w[i % 3];
    NM_CHECK_EQ_INT(nm_tagger_tag(t, many, 1000, mc), NM_OK);
    NM_CHECK(mc[999] < nm_tagger_n_classes(t));
  }
  free(many);
  free(mc);
  nm_tagger_free(t);
}

NM_TEST(training_is_deterministic) {
  NM_CHECK_EQ_INT(train(model_b), NM_OK);
  size_t la, lb;
  unsigned char *a = nm_test_slurp(model_a, &la), *b = nm_test_slurp(model_b, &lb);
  NM_CHECK(a && b && la == lb && memcmp(a, b, la) == 0);
  free(a);
  free(b);
}

NM_TEST(damaged_models_are_rejected) {
  size_t len;
  unsigned char *m = nm_test_slurp(model_a, &len);
  NM_CHECK(m != NULL);
  if (!m) return;
  /* every truncation fails cleanly */
  for (size_t cut = 0; cut < len; cut++) {
    nm_error e = {NM_OK, NULL, 0};
    nm_tagger *t = nm_tagger_open_mem(m, cut, &e);
    if (t) { /* a cut inside trailing padding may still be a valid file */
      nm_tagger_free(t);
      continue;
    }
    if (e.code != NM_ERR_FORMAT || !e.msg) {
      NM_CHECK(e.code == NM_ERR_FORMAT && e.msg);
      break;
    }
  }
  /* flipped bytes: rejected, or a tagger that still tags safely */
  unsigned char *c = malloc(len);
  for (size_t i = 0; c && i < len; i++) {
    memcpy(c, m, len);
    c[i] ^= 0xA5;
    nm_error e = {NM_OK, NULL, 0};
    nm_tagger *t = nm_tagger_open_mem(c, len, &e);
    if (t) {
      nm_word w[2] = {{"The", 3}, {"end", 3}};
      uint8_t cls[2];
      nm_tagger_tag(t, w, 2, cls);
      NM_CHECK(cls[0] < nm_tagger_n_classes(t) && cls[1] < nm_tagger_n_classes(t));
      nm_tagger_free(t);
    }
  }
  free(c);
  free(m);
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK(nm_tagger_open("/nonexistent/tagger.nmm", &e) == NULL);
  NM_CHECK_EQ_INT(e.code, NM_ERR_IO);
}

/* With the shipped model: a sentence the tagger leaves without a finite
 * verb gets the past tense for the participle after its opening name;
 * a participle with "by" after it, or with a finite verb elsewhere,
 * stays. */
/* the class repaired_xpos() found last */
static unsigned last_class;

static const char *repaired_xpos(nm_tagger *t, const char *const *words, size_t n, size_t at) {
  nm_word w[32];
  uint8_t cls[32];
  NM_CHECK(n <= 32 && at < n);
  if (n > 32 || at >= n) return "";
  for (size_t i = 0; i < n; i++) {
    w[i].s = words[i];
    w[i].len = strlen(words[i]);
  }
  nm_tagger_tag(t, w, n, cls);
  nm_tagger_repair(t, w, n, cls);
  last_class = cls[at];
  return nm_tagger_xpos(t, cls[at]);
}

NM_TEST(repair_gives_a_finite_verb) {
  nm_error e = {NM_OK, NULL, 0};
  nm_tagger *t = nm_tagger_open("models/tagger.nmm", &e);
  NM_CHECK(t != NULL);
  if (!t) return;
  static const char *const a[] = {"Amnesty", "International", "condemned", "Senegal", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, a, 5, 2), "VBD");
  static const char *const b[] = {"Amnesty", "International", "founded", "by", "lawyers", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, b, 6, 2), "VBN");
  static const char *const c[] = {"----==", "Posted", "via", "Usenet", "News", "=="};
  NM_CHECK(strcmp(repaired_xpos(t, c, 6, 1), "VBD") != 0);
  /* after the opening noun phrase, with an object and no verb of its
   * own clause after it */
  static const char *const d[] = {"Israeli", "warplanes", "struck", "targets", "in", "Lebanon", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, d, 7, 2), "VBD");
  static const char *const f[] = {"Any", "opinions", "expressed", "herein", "are", "the", "author", "'s", "."};
  NM_CHECK(strcmp(repaired_xpos(t, f, 9, 2), "VBD") != 0);
  /* a word in -ed that the tagger made an adjective, in the same place */
  static const char *const g[] = {"The", "bloc", "imposed", "sanctions", "on", "Niger", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, g, 7, 2), "VBD");
  /* and after a report's verb */
  static const char *const r[] = {"The",  "military", "said", "its", "jets",
                                  "hit",  "weapons",  "depots", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, r, 9, 5), "VBD");
  {
    /* a hyphen between two words' letters, with no space, in one text */
    static const char text[] = "In rebel-held northwestern Syria , the group said so .";
    nm_word w[12];
    uint8_t cls[12];
    size_t n = 0;
    for (const char *p = text; *p && n < 12;) {
      const char *q = p;
      while (*q && *q != ' ' && !(q > p && *q == '-') && !(*p == '-' && q > p))
        q++;
      w[n].s = p;
      w[n++].len = (size_t)(q - p);
      p = *q == ' ' ? q + 1 : q;
    }
    NM_CHECK(n == 12 && w[2].len == 1 && w[2].s[0] == '-');
    nm_tagger_tag(t, w, n, cls);
    nm_tagger_repair(t, w, n, cls);
    NM_CHECK_EQ_STR(nm_tagger_xpos(t, cls[2]), "HYPH");
  }
  /* a capitalised word in -ing before an adverb and a finite verb */
  static const char *const b2[] = {"Beijing", "swiftly", "condemned", "the", "measures", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, b2, 6, 0), "NNP");
  static const char *const h[] = {"The", "state", "-", "backed", "militias", "fled", "."};
  NM_CHECK(strcmp(repaired_xpos(t, h, 7, 3), "VBD") != 0);
  /* a capitalised point of the compass the model made an adverb, before a
   * capitalised word */
  static const char *const k[] = {"South", "Korean", "troops", "fired", "on", "them", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, k, 7, 0), "NNP");
  /* a capitalised common noun after a lower-case word, before a name */
  static const char *const w2[] = {"Ministry", "spokesman", "Wang",    "Wenbin",
                                   "told",     "reporters", "so",      "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, w2, 8, 2), "NNP");
  /* a participle after "and" whose verb before is a plain past tense */
  static const char *const a2[] = {"The", "bloc", "suspended", "all", "three", "countries", "after",
                                   "the", "coups", "and", "imposed", "sanctions", "on", "Niger", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, a2, 15, 10), "VBD");
  static const char *const a3[] = {"The", "bloc", "had", "suspended", "them", "and",
                                   "imposed", "sanctions", "."};
  NM_CHECK(strcmp(repaired_xpos(t, a3, 9, 6), "VBD") != 0);
  /* a participle after a subordinating word's noun phrase, with an object */
  static const char *const s2[] = {"It",  "came", "days",      "after", "Russian", "missiles",
                                   "struck", "an", "apartment", "block", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, s2, 11, 6), "VBD");
  nm_tagger_free(t);
}

/* "Tehran, which arms the militias, ...": a plural noun in -s right after
 * ", which" (or ", who") before a determiner or a name is the relative
 * clause's verb; "which arms sales fund" keeps its noun */
NM_TEST(repair_gives_a_relative_clause_verb) {
  nm_error e = {NM_OK, NULL, 0};
  nm_tagger *t = nm_tagger_open("models/tagger.nmm", &e);
  NM_CHECK(t != NULL);
  if (!t) return;
  static const char *const a[] = {"Iran", ",",         "which", "arms",    "the", "Houthis",
                                  ",",    "condemned", "the",   "strikes", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, a, 11, 3), "VBZ");
  static const char *const b[] = {"Gondor", ",", "which",  "arms", "Rohan",  "'s",
                                  "rebels", ",", "denied", "the",  "report", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, b, 12, 3), "VBZ");
  static const char *const c[] = {"Gondor", ",",      "which", "arms",   "sales", "fund",
                                  ",",      "denied", "the",   "report", "."};
  NM_CHECK(strcmp(repaired_xpos(t, c, 11, 3), "VBZ") != 0);
  nm_tagger_free(t);
}

/* repaired_xpos with the shipped model, opened for the call (a static
 * buffer; "" when the model cannot be read). */
/* The shipped model's repaired XPOS, UPOS or lemma of words[at]. */
enum shipped_field { SHIPPED_XPOS, SHIPPED_UPOS, SHIPPED_LEMMA };
static const char *shipped_tag(const char *const *words, size_t n, size_t at,
                               enum shipped_field field) {
  static char out[32];
  out[0] = 0;
  nm_error e = {NM_OK, NULL, 0};
  nm_tagger *t = nm_tagger_open("models/tagger.nmm", &e);
  NM_CHECK(t != NULL);
  if (t) {
    const char *x = repaired_xpos(t, words, n, at);
    if (field == SHIPPED_UPOS) x = nm_tagger_upos(t, last_class);
    snprintf(out, sizeof out, "%s", x);
    if (field == SHIPPED_LEMMA)
      nm_tagger_lemma(t, words[at], strlen(words[at]), last_class, out, sizeof out);
  }
  nm_tagger_free(t);
  return out;
}

static const char *shipped_xpos(const char *const *words, size_t n, size_t at) {
  return shipped_tag(words, n, at, SHIPPED_XPOS);
}

static const char *shipped_upos(const char *const *words, size_t n, size_t at) {
  return shipped_tag(words, n, at, SHIPPED_UPOS);
}

static const char *shipped_lemma(const char *const *words, size_t n, size_t at) {
  return shipped_tag(words, n, at, SHIPPED_LEMMA);
}

/* "announced asset freezes and travel bans": a base form after "and"
 * between a noun and a plural noun, with a finite verb before, is a noun;
 * after a modal it stays a verb ("will cut taxes and raise tariffs") */
NM_TEST(repair_makes_a_noun_of_a_base_form_before_a_plural) {
  static const char *const a[] = {"The",   "bloc", "announced", "asset",    "freezes", "and",
                                  "travel", "bans", "against",   "officials", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 11, 6), "NN");
  static const char *const b[] = {"They", "will",  "cut",     "taxes", "and",
                                  "raise", "tariffs", "today", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 9, 5), "VB");
}

/* "placed First Vice President Peter Riak under house arrest": the
 * capitalised ordinal before an office's word is the title's adjective,
 * not the adverb */
NM_TEST(repair_makes_an_ordinal_before_an_office_a_name) {
  static const char *const a[] = {"Forces", "placed", "First",  "Vice", "President", "Peter",
                                  "Riak",   "under",  "arrest", ",",    "his",       "party",
                                  "said",   "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 2), "NNP");
  NM_CHECK_EQ_STR(shipped_upos(a, 14, 2), "ADJ");
}

/* ", warning that drought … had become an emergency": a verb of saying in
 * -ing after a comma and before "that" is the participle, and its "that"
 * opens the clause (the noun after it stays a noun) */
NM_TEST(repair_makes_a_saying_participle_before_that) {
  static const char *const a[] = {"Iran",    "demanded", "more",    "water", ",",
                                  "warning", "that",     "drought", "in",    "its",
                                  "province", "had",     "become",  "an",    "emergency",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 16, 5), "VBG");
  NM_CHECK_EQ_STR(shipped_upos(a, 16, 6), "SCONJ");
  NM_CHECK_EQ_STR(shipped_xpos(a, 16, 7), "NN");
}

/* "Papua New Guinea's government", "near the Porgera gold mine killed",
 * "Fisheries Minister Aiko Tanabe": a name's last word before "'s", the
 * noun "mine" after a noun, a portfolio's plural before the title */
NM_TEST(repair_gives_names_their_words) {
  static const char *const a[] = {"Papua", "New", "Guinea", "'s", "government", "said", "it",
                                  "was",   "sending", "soldiers", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 11, 2), "NNP");
  static const char *const b[] = {"Fighting", "near", "the",  "Porgera", "gold", "mine",
                                  "killed",   "at",   "least", "26",     "people", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 12, 5), "NN");
  static const char *const c[] = {"Fisheries", "Minister", "Aiko", "Tanabe", "promised", "aid",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(c, 7, 0), "NNPS");
}

/* "RSF spokesman Ibrahim Makhawi said": an acronym training never had is
 * a name, not an adjective; a word in capitals that training had in
 * lower case stays what the model says */
NM_TEST(repair_makes_an_unknown_acronym_a_name) {
  static const char *const a[] = {"\"",        "We",      "will", "win",  ",", "\"", "RSF",
                                  "spokesman", "Ibrahim", "Makhawi", "said", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 12, 6), "NNP");
  static const char *const b[] = {"The", "coffee", "was", "so", "BITTER", "and", "cold", "."};
  NM_CHECK(strcmp(shipped_xpos(b, 8, 4), "NNP") != 0);
}

/* "Both sides have since reinforced troops": "since" is no participle */
NM_TEST(repair_makes_since_no_verb) {
  static const char *const a[] = {"Both", "sides", "have", "since", "reinforced", "troops", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 7, 3), "RB");
}

/* "Kenya, which borders both countries, said ...": a plural noun in -s
 * after ", which" before "both" is the relative clause's verb too */
NM_TEST(repair_gives_a_relative_clause_verb_before_both) {
  static const char *const a[] = {"Kenya", ",",  "which", "borders", "both",   "countries", ",",
                                  "said",  "it", "would", "send",    "troops", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 13, 3), "VBZ");
}

/* "rejected the report as politically motivated and accused X": the
 * participle that completes "as" is no verb of the clause, so the
 * participle after "and" takes the past tense of the verb before it */
NM_TEST(repair_skips_a_participle_after_as) {
  nm_error e = {NM_OK, NULL, 0};
  nm_tagger *t = nm_tagger_open("models/tagger.nmm", &e);
  NM_CHECK(t != NULL);
  if (!t) return;
  static const char *const a[] = {"Araghchi",    "rejected",  "the", "report",  "as",
                                  "politically", "motivated", "and", "accused", "Britain",
                                  "of",          "spying",    "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, a, 13, 8), "VBD");
  /* without the adverb */
  static const char *const b[] = {"Araghchi", "dismissed",  "the",    "claims",
                                  "as",       "fabricated", "and",    "accused",
                                  "Britain",  "of",         "spying", "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, b, 12, 7), "VBD");
  nm_tagger_free(t);
}

/* "The junta, led by Col. X Y, seized power": a participle with an
 * object right after the comma that closes a phrase set off after the
 * opening noun phrase is the past tense (the tagger made it a participle) */
NM_TEST(repair_gives_the_past_tense_after_a_set_off_phrase) {
  static const char *const a[] = {"The", "junta",  ",",     "led", "by", "Col.", "Bakary", "Sindou",
                                  ",",   "seized", "power", "in",  "a",  "2020", "coup",   "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 16, 9), "VBD");
}

/* "accused both sides of committing war crimes in December and imposed
 * sanctions": the gerund after "of" is no verb of the clause, and the
 * "-ed" word after "and" the model made an adjective is the past tense of
 * "accused" */
NM_TEST(repair_skips_a_gerund_and_takes_an_ed_adjective) {
  static const char *const a[] = {"The",       "United", "States",   "accused",   "both",
                                  "sides",     "of",     "committing", "war",     "crimes",
                                  "in",        "December", "and",    "imposed",   "sanctions",
                                  "on",        "Mariam", "in",       "January",   "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 20, 13), "VBD");
}

/* "Hours later, U.S. and British aircraft struck radar sites": after an
 * opening phrase set off by a comma, a participle with an object right
 * after a noun phrase (two joined by "and") is the past tense */
NM_TEST(repair_gives_the_past_tense_after_an_opening_phrase) {
  static const char *const a[] = {"Hours", "later", ",",     "U.S.",  "and",   "British",
                                  "aircraft", "struck", "radar", "sites", "in", "Yemen", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 13, 7), "VBD");
}

/* "Mexican President Andrés Manuel López Obrador called …": "Andrés",
 * unseen in training, was CC (its first letters are "and"s); a
 * capitalised unseen word next to another capitalised word is no word of
 * a closed class: a name. A known word of a closed class stays. */
NM_TEST(repair_gives_no_closed_class_to_an_unseen_name) {
  static const char *const a[] = {"Mexican", "President", "Andrés", "Manuel", "López",
                                  "Obrador", "called", "the",      "raid",   "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 2), "NNP");
  static const char *const b[] = {"Mexico", "And", "Canada", "signed", "it", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 1), "CC");
}

/* "The U.S. embassy in Dar es Salaam said": "es" was VBZ; a foreign
 * name's particle between capitalised words, read as a verb or a common
 * noun, is part of the name. "Do" before a capital stays. */
NM_TEST(repair_gives_a_name_particle_to_the_name) {
  static const char *const a[] = {"The", "U.S.",   "embassy", "in",  "Dar",
                                  "es",  "Salaam", "said",    "it", "was", "alarmed", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 12, 5), "NNP");
  static const char *const b[] = {"Why", "do", "Americans", "vote", "?"};
  NM_CHECK(strcmp(shipped_xpos(b, 5, 1), "NNP") != 0);
}

/* "hours after soldiers and armored vehicles occupied the square":
 * "armored" was VBD; a past tense in -ed after a noun and "and", before a
 * noun that a finite verb follows, is an adjective. "Police arrested
 * protesters and seized weapons." keeps its verb. */
NM_TEST(repair_gives_an_adjective_in_a_joined_noun_phrase) {
  static const char *const a[] = {"Bolivian", "authorities", "arrested", "the",     "general",
                                  ",",        "hours",       "after",    "soldiers", "and",
                                  "armored",  "vehicles",    "occupied", "the",     "square",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 16, 10), "JJ");
  static const char *const b[] = {"Police", "arrested", "protesters", "and",
                                  "seized", "weapons",  "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 7, 4), "VBD");
}

/* "after soldiers overthrew President X", "Rebels overran a base": an
 * unseen irregular past tense behind a verb prefix was JJ or IN; it is
 * the past tense */
NM_TEST(repair_gives_the_past_tense_of_a_prefixed_irregular_verb) {
  static const char *const a[] = {"ECOWAS", "imposed", "sanctions", "on",        "Niger",
                                  "after",  "soldiers", "overthrew", "President", "Mohamed",
                                  "Bazoum", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 12, 7), "VBD");
  static const char *const b[] = {"Rebels", "overran", "an", "army", "base", "near", "Kidal", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 8, 1), "VBD");
  /* nor after a relative clause's subject */
  static const char *const c[] = {"a", "businessman", ",", "whom", "the", "Foreign", "Office",
                                  "accused", "of", "paying", "thugs", "."};
  NM_CHECK_EQ_STR(shipped_xpos(c, 12, 7), "VBD");
}

/* "Members of the presidential guard detained Bazoum …": the opening
 * noun phrase may hold an of-phrase before the participle that is the
 * past tense */
NM_TEST(repair_gives_the_past_tense_after_an_of_phrase) {
  static const char *const a[] = {"Members", "of",    "the", "presidential", "guard", "detained",
                                  "Bazoum",  "inside", "his", "residence",   "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 11, 5), "VBD");
}

/* "The ferry sank", "had sunk", "Thousands fled": an irregular past
 * form training never had was VBP or NN; it is the past tense, or the
 * participle after "had"; "a wound" keeps its noun */
NM_TEST(repair_gives_an_unseen_irregular_past) {
  static const char *const a[] = {"The", "ferry", "sank", "near", "the", "port", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 7, 2), "VBD");
  static const char *const b[] = {"The", "vessel", "had", "sunk", "by", "noon", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 7, 3), "VBN");
  static const char *const c[] = {"The", "court", "forbade", "the", "rally", "."};
  NM_CHECK_EQ_STR(shipped_xpos(c, 6, 2), "VBD");
  static const char *const d[] = {"It", "would", "sink", "."};
  NM_CHECK_EQ_STR(shipped_xpos(d, 4, 2), "VB");
  /* a gerund's object before it: the participle; a finite verb's: the
   * past tense */
  static const char *const f[] = {"delaying", "outbound", "cargo", "bound", "for", "Asia", "."};
  NM_CHECK_EQ_STR(shipped_xpos(f, 7, 3), "VBN");
  static const char *const g[] = {"The", "mood", "on", "the", "pier", "swung", "between",
                                  "joy", "and", "grief", "."};
  NM_CHECK_EQ_STR(shipped_xpos(g, 11, 5), "VBD");
}

/* "fled" -> "flee", "fought" -> "fight": irregular past forms take their
 * base from the irregular list, where suffix rules gave "fl" and "fing";
 * "coated" takes the noun "coat" when no rule gives a known verb */
NM_TEST(lemmas_of_irregular_and_denominal_verbs) {
  static const char *const a[] = {"Thousands", "fled", "the", "city", "."};
  NM_CHECK_EQ_STR(shipped_lemma(a, 5, 1), "flee");
  static const char *const b[] = {"They", "fought", "for", "days", "."};
  NM_CHECK_EQ_STR(shipped_lemma(b, 5, 1), "fight");
  static const char *const c[] = {"The", "ship", "had", "sunk", "."};
  NM_CHECK_EQ_STR(shipped_lemma(c, 5, 3), "sink");
  static const char *const d[] = {"Dust", "caked", "the", "walls", "."};
  NM_CHECK_EQ_STR(shipped_lemma(d, 5, 1), "cake");
  static const char *const e[] = {"They", "arrested", "him", "."};
  NM_CHECK_EQ_STR(shipped_lemma(e, 4, 1), "arrest");
}

/* "Turkey, which backs some rebel factions but denies any role in the
 * offensive, called for a political settlement.": "denies" was NNS and
 * "called" VBN; a plural in -s after "but" before a determiner, whose
 * verb before is VBZ, is VBZ, and a participle right after a relative
 * clause set off by commas, with no finite verb after it, is VBD */
NM_TEST(repair_after_a_relative_clause) {
  static const char *const a[] = {"Turkey", ",",    "which",   "backs", "some", "rebel",
                                  "factions", "but", "denies", "any",   "role", "in",
                                  "the",    "offensive", ",", "called", "for", "a",
                                  "political", "settlement", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 21, 8), "VBZ");
  NM_CHECK_EQ_STR(shipped_xpos(a, 21, 15), "VBD");
}

/* "When Pakistani troops objected, the Afghan side opened fire, he
 * said": after an opening clause a subordinator starts, the participle
 * after the noun phrase at its comma, with an object, is VBD */
NM_TEST(repair_after_an_opening_subordinate_clause) {
  static const char *const a[] = {"When", "Pakistani", "troops", "objected", ",",  "the",
                                  "Afghan", "side",   "opened", "fire",     ",",  "he",
                                  "said",  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 8), "VBD");
}

/* "Ecuador broke off the talks with Mexico": "off" was IN before "the";
 * right after a verb that takes it as a particle, before an object, it
 * is RP. "The man got off the bus" keeps its preposition. */
NM_TEST(repair_gives_a_particle_of_off) {
  static const char *const a[] = {"Ecuador", "broke", "off", "the", "talks", "with",
                                  "Mexico",  "on",    "Friday", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 2), "RP");
  static const char *const b[] = {"The", "man", "got", "off", "the", "bus", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 7, 3), "IN");
}

/* "too high for investors to make a profit": "for" before an
 * infinitive's own subject is its subordinator (SCONJ); before a noun an
 * infinitive modifies ("for years to come") it stays a preposition */
NM_TEST(repair_gives_a_subordinator_of_for) {
  static const char *const a[] = {"The", "price", "was",  "too", "high",   "for",
                                  "small", "investors", "to", "make", "a", "profit", "."};
  NM_CHECK_EQ_STR(shipped_upos(a, 13, 5), "SCONJ");
  static const char *const b[] = {"It", "is", "a", "chance", "for", "them", "to",
                                  "finally", "meet", "."};
  NM_CHECK_EQ_STR(shipped_upos(b, 10, 4), "SCONJ");
  static const char *const c[] = {"The", "dispute", "will", "last", "for", "years", "to",
                                  "come", "."};
  NM_CHECK_EQ_STR(shipped_upos(c, 9, 4), "ADP");
}

/* "expects to invest about $500 million": "about" before an amount is an
 * adverb; "calling about one board" keeps the preposition */
NM_TEST(repair_gives_an_adverb_of_about) {
  static const char *const a[] = {"The", "firm", "expects", "to", "invest", "about",
                                  "$",   "500",  "million", "in", "the",    "port", "."};
  NM_CHECK_EQ_STR(shipped_upos(a, 13, 5), "ADV");
  static const char *const b[] = {"We", "had", "about", "5", "repairs", "done", "."};
  NM_CHECK_EQ_STR(shipped_upos(b, 7, 2), "ADV");
  static const char *const c[] = {"I", "was", "calling", "about", "one", "board", "."};
  NM_CHECK_EQ_STR(shipped_upos(c, 7, 3), "ADP");
}

/* "advanced 53 cents to 64.73 dollars": "to" before a number is a
 * preposition, not the infinitive's marker */
NM_TEST(repair_gives_a_preposition_of_to_before_a_number) {
  static const char *const a[] = {"Crude", "advanced", "53",      "cents", "to",
                                  "64.73", "dollars",  "a",       "barrel", "."};
  NM_CHECK_EQ_STR(shipped_upos(a, 10, 4), "ADP");
  static const char *const b[] = {"They", "want", "to", "leave", "."};
  NM_CHECK_EQ_STR(shipped_upos(b, 5, 2), "PART");
}

/* "since the Iran-aligned group began attacking ships": a subordinator
 * read as a preposition before a subject and a finite verb opens a
 * clause; "Until 1995 the LTTE maintained a base" keeps the preposition */
/* `` and '' are quotation marks, whatever the context */
/* the opening noun phrase may hold a place's phrase: "Palestinian police
 * in Jericho confiscated weapons" (the participle was an adjective of
 * "weapons" and the sentence had no verb) */
NM_TEST(participle_after_a_subject_with_a_place) {
  static const char *const w[] = {"Palestinian", "police", "in", "Jericho", "confiscated",
                                  "weapons", "."};
  NM_CHECK_EQ_STR(shipped_xpos(w, 7, 4), "VBD");
}

/* after a hyphenated name and a prepositional phrase set off by commas,
 * a participle is the main verb, object or not ("called on Zambians") */
NM_TEST(participle_after_a_set_off_phrase) {
  static const char *const w[] = {"Mwansa", "-",        "Banda", ",",  "in", "a",
                                  "televised", "address", ",",  "called", "on",
                                  "Zambians", "to",      "remain", "calm", "."};
  NM_CHECK_EQ_STR(shipped_xpos(w, 16, 9), "VBD");
}

/* after a verb that takes a thing and never a clause, "the U.S. strikes"
 * and "U.S. strikes" are a plural noun (the model read "strikes" as
 * VBZ, the U.S. its subject, and the condemnation had no target) */
NM_TEST(plural_object_of_condemned) {
  static const char *const a[] = {"Iran", "condemned", "the", "U.S.", "strikes", "as", "a",
                                  "violation", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 9, 4), "NNS");
  static const char *const b[] = {"Iran", "condemned", "U.S.", "strikes", "on", "its", "nuclear",
                                  "sites", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 9, 3), "NNS");
}

/* "sanctions on five Israeli settlers accused of violence": "accused"
 * right after a noun and before "of" has no object, a participle (read
 * as a past tense, the settlers had accused the Palestinians); "Hamas
 * accused Israel of …" stays a past tense */
NM_TEST(accused_of_after_a_noun_is_a_participle) {
  static const char *const a[] = {"sanctions", "on", "five", "Israeli", "settlers", "accused",
                                  "of", "violence", "against", "Palestinians", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 11, 5), "VBN");
  static const char *const b[] = {"Hamas", "accused", "Israel", "of", "violating", "the",
                                  "truce", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 8, 1), "VBD");
  /* nor after a relative clause's subject */
  static const char *const c[] = {"a", "businessman", ",", "whom", "the", "Foreign", "Office",
                                  "accused", "of", "paying", "thugs", "."};
  NM_CHECK_EQ_STR(shipped_xpos(c, 12, 7), "VBD");
}

/* "The protest grew": a noun in -est after "the" is no superlative (the
 * model read JJS, lemma "prot"); "the latest attack" keeps its JJS. */
NM_TEST(a_noun_in_est_is_no_superlative) {
  static const char *const a[] = {"The", "protest", "grew", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 4, 1), "NN");
  static const char *const b[] = {"Police", "broke", "up", "the", "protest", "late", "on",
                                  "Sunday", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 9, 4), "NN");
  static const char *const c[] = {"It", "was", "the", "latest", "attack", "."};
  NM_CHECK_EQ_STR(shipped_xpos(c, 6, 3), "JJS");
  /* and a noun in -ly after a determiner is no adverb, decided while
   * tagging: the verb after it is then a past tense, not a participle */
  static const char *const d[] = {"The", "rally", "continued", "on", "Monday", "."};
  NM_CHECK_EQ_STR(shipped_xpos(d, 6, 1), "NN");
  NM_CHECK_EQ_STR(shipped_xpos(d, 6, 2), "VBD");
}

/* "Rwanda denies supporting the rebels": a verb in -ies after a name is no
 * plural noun (the model read a compound "Rwanda denies"); "the supplies"
 * keep theirs. */
NM_TEST(a_verb_in_ies_is_no_plural_noun) {
  static const char *const a[] = {"Rwanda", "denies", "supporting", "the", "rebels", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 6, 1), "VBZ");
  NM_CHECK_EQ_STR(shipped_upos(a, 6, 1), "VERB");
  static const char *const b[] = {"The", "convoy", "carried", "medical", "supplies", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 4), "NNS");
}

/* "launched an offensive against al-Shabaab": the campaign is a noun
 * before a preposition; "an offensive weapon" keeps its adjective */
NM_TEST(an_offensive_against_is_a_noun) {
  static const char *const a[] = {"The", "government", "launched", "an", "offensive", "against",
                                  "al",  "-",          "Shabaab",  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 4), "NN");
  static const char *const b[] = {"It", "was", "an", "offensive", "weapon", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 3), "JJ");
}

/* "a warning to separatist forces": a word in -ist is no verb after "to";
 * "to resist" keeps its verb */
NM_TEST(a_word_in_ist_is_no_verb) {
  static const char *const a[] = {"It", "was", "a", "warning", "to", "separatist", "forces", "."};
  NM_CHECK(strcmp(shipped_upos(a, 8, 5), "VERB") != 0);
  static const char *const b[] = {"They", "vowed", "to", "resist", "the", "offensive", "."};
  NM_CHECK_EQ_STR(shipped_upos(b, 7, 3), "VERB");
  /* "fired a missile ahead of the drills": "ahead" is no noun */
  static const char *const c[] = {"North", "Korea", "fired", "a", "missile", "ahead", "of",
                                  "US",    "-",     "South", "Korea", "drills", "."};
  NM_CHECK_EQ_STR(shipped_upos(c, 13, 5), "ADV");
}

NM_TEST(doubled_quote_marks_are_punctuation) {
  static const char *const w[] = {"to", "European", "governments", "``", "very", "soon", "''",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(w, 8, 3), "``");
  NM_CHECK_EQ_STR(shipped_upos(w, 8, 3), "PUNCT");
  NM_CHECK_EQ_STR(shipped_xpos(w, 8, 6), "''");
}

/* a word of letters is never punctuation: "and neither will their money"
 * made "neither" an opening quotation mark */
NM_TEST(word_of_letters_is_no_punctuation) {
  static const char *const w[] = {"They", "will", "not", "be", "welcome", ",", "and", "neither",
                                  "will", "their", "money", "."};
  NM_CHECK(strcmp(shipped_upos(w, 12, 7), "PUNCT") != 0);
}

NM_TEST(repair_gives_a_subordinator_before_a_clause) {
  static const char *const a[] = {"These", "are", "the", "first", "strikes", "since", "the",
                                  "rebel", "group", "began", "attacking", "ships", "."};
  NM_CHECK_EQ_STR(shipped_upos(a, 13, 5), "SCONJ");
  static const char *const b[] = {"Until", "1995", "the", "LTTE", "maintained", "a", "base",
                                  "there", "."};
  NM_CHECK_EQ_STR(shipped_upos(b, 9, 0), "ADP");
}

/* "if diplomacy fails and …": a word in -s after "if" and a singular
 * noun, before a conjunction, is the verb; "if war crimes are" keeps its
 * noun */
NM_TEST(repair_gives_a_verb_after_if_and_a_noun) {
  static const char *const a[] = {"It", "threatened", "to", "use", "force", "if", "diplomacy",
                                  "fails", "and", "imposed", "sanctions", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 12, 7), "VBZ");
  static const char *const b[] = {"It", "acts", "if", "war", "crimes", "are", "proven", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 8, 4), "NNS");
}

/* "Colombia's government and the National Liberation Army rebel group
 * agreed on Friday to extend a ceasefire, the two sides said": a
 * participle after two noun phrases joined by "and" that open a full
 * sentence, with no finite verb but a reporter's after a comma, is the
 * past tense; a headline's is not ("Three soldiers and a policeman
 * killed in attack") */
NM_TEST(repair_gives_a_finite_verb_after_joined_noun_phrases) {
  nm_error e = {NM_OK, NULL, 0};
  nm_tagger *t = nm_tagger_open("models/tagger.nmm", &e);
  NM_CHECK(t != NULL);
  if (!t) return;
  static const char *const a[] = {"Colombia", "'s",      "government", "and",   "the",
                                  "National", "Liberation", "Army",    "rebel", "group",
                                  "agreed",   "on",      "Friday",     "to",    "extend",
                                  "a",        "ceasefire", ",",        "the",   "two",
                                  "sides",    "said",    "."};
  NM_CHECK_EQ_STR(repaired_xpos(t, a, 23, 10), "VBD");
  static const char *const b[] = {"Three", "soldiers", "and", "a", "policeman", "killed", "in",
                                  "attack"};
  NM_CHECK(strcmp(repaired_xpos(t, b, 8, 5), "VBD") != 0);
  nm_tagger_free(t);
}

/* "Senior Hungarian and Romanian officials agreed": a nationality
 * joined by "and" to another before a noun is an adjective; "Housing and
 * Urban Development" keeps its noun */
NM_TEST(repair_gives_an_adjective_to_joined_nationalities) {
  static const char *const a[] = {"Senior", "Hungarian", "and", "Romanian", "officials",
                                  "agreed", "on", "Wednesday", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 9, 1), "JJ");
  static const char *const b[] = {"the", "Department", "of", "Housing", "and", "Urban",
                                  "Development", "said", "."};
  NM_CHECK(strcmp(shipped_xpos(b, 9, 3), "JJ") != 0);
}

/* "rejected the accusation and blamed federal troops": a participle
 * after "and" whose object opens with an adjective is the past tense of
 * the earlier verb's conjunct (was VBN) */
NM_TEST(repair_gives_the_past_tense_before_an_adjective_object) {
  static const char *const a[] = {"The", "militia", "rejected", "the", "accusation", "and",
                                  "blamed", "federal", "troops", "for", "the", "deaths", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 13, 6), "VBD");
}

/* "Turkish warplanes struck Kurdish militant targets": a participle after
 * the opening noun phrase, before an object that opens with adjectives,
 * is the past tense (was VBN); "troops deployed last week" keeps it */
NM_TEST(participle_after_np_before_an_adjective_object) {
  static const char *const a[] = {"Turkish", "warplanes", "struck", "Kurdish", "militant",
                                  "targets", "in", "northern", "Iraq", ",", "the", "ministry",
                                  "said", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 2), "VBD");
  static const char *const b[] = {"Troops", "deployed", "last", "week", "were", "withdrawn",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 7, 1), "VBN");
}

/* "said the accusations were baseless and blamed Congo": the nearest
 * verb before "and" may be a past copula (was VBN) */
NM_TEST(participle_after_and_past_copula_is_past_tense) {
  static const char *const a[] = {"Makolo", "said", "the", "accusations", "were", "baseless",
                                  "and", "blamed", "Congo", "for", "arming", "a", "militia",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 7), "VBD");
}

/* "Relatives of other Americans detained abroad urged the
 * administration": of two past tenses after a noun, the first is a
 * participle (was VBD, and "detained" the root) */
NM_TEST(first_of_two_past_tenses_after_a_noun_is_a_participle) {
  static const char *const a[] = {"Relatives", "of",    "other", "Americans", "detained",
                                  "abroad",    "urged", "the",   "administration", "to",
                                  "do",        "more",  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 13, 4), "VBN");
  NM_CHECK_EQ_STR(shipped_xpos(a, 13, 6), "VBD");
}

/* "Beijing urged Manila …": a capitalised word the model made an
 * auxiliary ("Beijing" as "Being") that is no auxiliary's form is a name
 * (was AUX VBG, and "urged" a participle) */
NM_TEST(a_name_is_no_auxiliary) {
  static const char *const a[] = {"Beijing", "urged", "Manila", "to", "stop", "its",
                                  "provocations", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 8, 0), "NNP");
  NM_CHECK_EQ_STR(shipped_xpos(a, 8, 1), "VBD");
  static const char *const b[] = {"Being", "honest", "is", "hard", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 5, 0), "VBG");
  /* (decided while tagging: the next word is tagged after a name) */
  static const char *const c[] = {"Beijing", "said", "on", "Monday", "that", "talks",
                                  "would", "resume", "."};
  NM_CHECK_EQ_STR(shipped_xpos(c, 9, 1), "VBD");
  /* (and an unseen name in -ing that opens the sentence before a finite
   * verb: "Chongqing reported", was VBG) */
  static const char *const d[] = {"Chongqing", "reported", "on", "Monday", "that", "talks",
                                  "would", "resume", "."};
  NM_CHECK_EQ_STR(shipped_xpos(d, 9, 0), "NNP");
}

/* "The US on Thursday rejected calls by Kofi Annan …": a day's "on"
 * between the subject and its verb (was VBN, and "calls" the root) */
NM_TEST(past_tense_after_a_days_on) {
  static const char *const a[] = {"The", "US", "on", "Thursday", "rejected", "calls", "by",
                                  "Kofi", "Annan", "to", "adopt", "reforms", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 13, 4), "VBD");
  /* (the model already reads a verb with no object after the day) */
  static const char *const b[] = {"Talks", "on", "Thursday", "ended", "without", "a", "deal",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 8, 3), "VBD");
}

/* "summoning the Belarusian charge d'affaires on Sunday": the French
 * word is a noun (was VBZ, a clause of its own whose tense moved the day
 * to the next Sunday) */
NM_TEST(affaires_is_a_noun) {
  static const char *const a[] = {"Poland", "summoned", "the", "Belarusian", "charge",
                                  "d'affaires", "on", "Sunday", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 9, 5), "NN");
  static const char *const b[] = {"Poland", "summoned", "the", "charge", "d\xe2\x80\x99" "affaires",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 4), "NN");
}

/* "rejected that description and said …": "that" before a singular
 * noun that "and" and a finite verb follow is a determiner (was SCONJ,
 * and "said" a clause whose subject was "description") */
NM_TEST(that_before_an_object_noun_is_a_determiner) {
  static const char *const a[] = {"Karbaschi", "rejected", "that", "description", "and", "said",
                                  "that", "the", "two", "Germans", "had", "been", "pardoned",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 2), "DT");
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 6), "IN");
  static const char *const b[] = {"He", "said", "that", "water", "was", "scarce", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 7, 2), "IN");
}

/* "Last week, a senior official of the ruling party warned in a
 * statement … that …": a verb of saying made a participle after a noun,
 * with no finite verb before it, is the past tense (was VBN, "week" the
 * root and the warning no quotation) */
NM_TEST(report_verb_after_a_noun_is_past_tense) {
  static const char *const a[] = {"Last", "week", ",", "a", "senior", "official", "of", "the",
                                  "ruling", "Workers", "'", "Party", "warned", "in", "a",
                                  "statement", "carried", "by", "the", "Korean", "Central", "News",
                                  "Agency", "that", "the", "drills", "would", "be", "answered",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 30, 12), "VBD");
  static const char *const b[] = {"The", "figures", "announced", "by", "the", "ministry", "were",
                                  "low", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 9, 2), "VBN");
}

/* "The Palestinians reject proposed Israeli changes": a stance verb after
 * a plural noun, before an object, is the present tense (was NN, with
 * "proposed" the clause's verb) */
NM_TEST(stance_verb_after_a_plural_noun_is_present_tense) {
  static const char *const a[] = {"The", "Palestinians", "reject", "proposed", "Israeli",
                                  "changes", "to", "the", "deal", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 2), "VBP");
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 3), "VBN");
  static const char *const b[] = {"The", "rebels", "deny", "any", "role", "in", "the", "attack",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 9, 2), "VBP");
  static const char *const c[] = {"Reporters", "saw", "the", "rebels", "deny", "it", "."};
  NM_CHECK_EQ_STR(shipped_xpos(c, 7, 1), "VBD");
}

/* "Indian police arrest opposition leaders in Delhi": in a verbless
 * headline, a verb of the news after a common noun, before an object, is
 * the present tense (was NN); "Army strike kills five" keeps its noun
 * (a name before it) */
NM_TEST(news_verb_in_a_verbless_headline) {
  static const char *const a[] = {"Indian", "police", "arrest", "opposition", "leaders",
                                  "in",     "Delhi",  "days",   "before",     "state",
                                  "election"};
  NM_CHECK_EQ_STR(shipped_xpos(a, 11, 2), "VBP");
  static const char *const b[] = {"Army", "strike", "kills", "five", "in", "Sudan"};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 1), "NN");
}

/* "a project critics say contradicts Brazil's climate commitments": a
 * plural noun in -s after a verb of saying, before an object's first
 * word, is the reported clause's verb (was NNS); "officials say talks
 * are over" keeps its noun */
NM_TEST(verb_in_s_after_say_before_an_object) {
  static const char *const a[] = {"a",           "project", "critics", "say", "contradicts",
                                  "Brazil",      "'s",      "climate", "commitments", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 4), "VBZ");
  static const char *const b[] = {"Officials", "say", "talks", "are", "over", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 2), "NNS");
}

NM_TEST(adjective_between_have_and_a_participle) {
  static const char *const a[] = {"Bangladesh", "has",      "once",   "again", "outright",
                                  "rejected",   "an",       "Indian", "proposal", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 4), "RB");
  static const char *const b[] = {"They", "had", "private", "armed", "guards", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 2), "JJ");
}

NM_TEST(body_word_after_a_capitalised_adjective) {
  static const char *const a[] = {"European", "Community", "foreign", "ministers",
                                  "criticized", "Japan", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 7, 1), "NNP");
  static const char *const b[] = {"the", "Muslim", "community", "leaders", "met", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 2), "NN");
}

NM_TEST(object_plural_before_a_comma) {
  static const char *const a[] = {"Ruto",  "defended", "the",  "tax",    "increases",
                                  ",",     "saying",   "they", "helped", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 4), "NNS");
}

NM_TEST(wh_class_on_a_name_word) {
  static const char *const a[] = {"Human", "Rights",     "Watch", "urged", "Jakarta",
                                  "to",    "allow",      "journalists", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 9, 2), "NNP");
  NM_CHECK_EQ_STR(shipped_xpos(a, 9, 1), "NNP");
  static const char *const b[] = {"Which", "town", "did", "they", "shell", "?"};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 0), "WDT");
}

/* "any arrangement that rewards those who …": a relative clause's verb
 * in -s before a pronoun (was NNS, and "added" later hung on the clause) */
NM_TEST(relative_verb_in_s_before_a_pronoun) {
  static const char *const a[] = {"the", "military", "would", "not",   "accept", "\"",
                                  "any", "arrangement", "that", "rewards", "those",
                                  "who", "besieged", "our", "cities", ",", "\""};
  NM_CHECK_EQ_STR(shipped_xpos(a, 17, 9), "VBZ");
  static const char *const b[] = {"the", "reports", "that", "ministers", "had", "seen", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 7, 3), "NNS");
}

/* "Sudan's military and the Rapid Support Forces agreed to resume
 * talks": "military" after an owner and before "and" is the noun (was
 * JJ), "to" between "agreed" and a base verb the infinitive's marker
 * (was IN); with no finite verb in a long sentence, the participle in -ed
 * after a noun is the past tense ("Forces agreed on Tuesday", was VBN) */
NM_TEST(military_noun_to_marker_and_lost_finite_verb) {
  static const char *const a[] = {"Sudan", "'s",     "military", "and",    "the",   "Rapid",
                                  "Support", "Forces", "agreed",   "to",     "resume", "talks",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 13, 2), "NN");
  static const char *const b[] = {"Delegations", "from", "Sudan", "and", "Chad", "agreed",
                                  "to",          "resume", "talks", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 10, 6), "TO");
  static const char *const c[] = {"Delegations", "from",  "Sudan",  "'s",   "military", "and",
                                  "the",         "paramilitary", "Rapid", "Support", "Forces",
                                  "agreed",      "on",    "Tuesday", "to",   "return",   "to",
                                  "the",         "negotiating", "table", "next", "week", "."};
  NM_CHECK_EQ_STR(shipped_xpos(c, 23, 11), "VBD");
}

/* "The U.S. envoy, Rebecca Hollis Grant, called …": a capitalised common
 * noun ending a name set off by commas is the name's (was NN, and the
 * person "Rebecca Hollis"); "the Davis Administration wants" keeps NN */
NM_TEST(surname_spelt_like_a_noun_between_commas) {
  static const char *const a[] = {"The", "U.S.", "envoy", ",", "Rebecca", "Hollis", "Grant", ",",
                                  "called", "the", "veto", "a", "gift", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 6), "NNP");
  static const char *const b[] = {"the", "Davis", "Administration", "wants", "a", "deal", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 7, 2), "NN");
}

/* "it could further curb cooperation with …": "further" after a modal,
 * before a noun an object follows, is the adverb and the noun the verb
 * (were VB and NN) */
NM_TEST(further_before_a_verb_after_a_modal) {
  static const char *const a[] = {"Iran", "warned", "that", "it", "could", "further", "curb",
                                  "cooperation", "with", "the", "watchdog", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 12, 5), "RB");
  NM_CHECK_EQ_STR(shipped_xpos(a, 12, 6), "VB");
}

/* a participle after the opening noun phrase with "what" opening its
 * object is the past tense */
NM_TEST(participle_before_what_is_past) {
  static const char *const a[] = {"Israeli",  "warplanes", "struck", "what", "the",
                                  "military", "described", "as",     "weapons", "depots", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 11, 2), "VBD");
}

/* "said on Tuesday that talks would resume": "that" before a word in -s
 * and a modal is the subordinator, the word a plural noun */
NM_TEST(that_before_noun_and_modal_is_subordinator) {
  static const char *const a[] = {"The", "spokesman", "said", "on",     "Tuesday",
                                  "that", "talks",    "would", "resume", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 5), "IN");
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 6), "NNS");
}

NM_TEST(amid_is_a_preposition) {
  static const char *const a[] = {"Beijing", "is",     "seeking", "new",    "markets",
                                  "amid",    "rising", "US",      "tariffs", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 5), "IN");
}

NM_TEST(plural_after_a_quoted_modifier) {
  static const char *const a[] = {"He",     "accused", "Athens", "of",   "\"",    "maximalist",
                                  "\"",     "claims",  "that",   "sought", "to",  "confine",
                                  "Turkey", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 7), "NNS");
}

NM_TEST(ing_after_the_before_no_noun_is_a_noun) {
  static const char *const a[] = {"The",  "agency", "says",   "the",    "fighting", "this",
                                  "year", "has",    "killed", "thousands", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 11, 4), "NN");
}

NM_TEST(capitalised_word_after_the_and_a_name_is_a_name) {
  static const char *const a[] = {"Output", "fell", "at", "the",    "El",     "Feel",
                                  "and",    "Sarir", "fields", "by", "noon", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 12, 5), "NNP");
}

NM_TEST(ing_after_be_before_its_object_is_a_verb) {
  static const char *const a[] = {"The", "Treasury", "said",      "it", "was",
                                  "imposing", "sanctions", "on", "officials", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 5), "VBG");
}

NM_TEST(lower_case_body_after_a_lower_case_word_is_common) {
  static const char *const a[] = {"The", "spokesperson", "for", "Afghanistan", "'s", "defence",
                                  "ministry", ",", "Enayatullah", "Sharifi", ",", "said",
                                  "forces", "responded", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 15, 6), "NN");
}

/* "Human Rights Watch said": no present tense between a capitalised
 * noun and a past tense; the word ends the name */
NM_TEST(capitalised_present_before_a_past_ends_a_name) {
  static const char *const a[] = {"Human",      "Rights",   "Watch",   "said", "the",
                                  "decision",   "appeared", "to",      "be",   "punishment",
                                  "and",        "urged",    "Kuwaiti", "authorities", "to",
                                  "reverse",    "it",       "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 18, 2), "NNP");
}

/* "a fisheries cooperative": no present tense after "a" and a plural */
NM_TEST(present_after_a_and_a_plural_is_a_noun) {
  static const char *const a[] = {"The",         "boat",   "'s",    "owner", ",",
                                  "a",           "fisheries", "cooperative", "in",
                                  "Nemuro",      ",",      "said",  "the",   "crew",
                                  "was",         "safe",   "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 17, 7), "NN");
}

/* a headline's verb in -s after a name, or after a name's noun */
NM_TEST(headline_verb_after_a_name) {
  static const char *const a[] = {"Sri", "Lanka", "arrests", "retired", "army", "major",
                                  "over", "recruiting", "ex-soldiers"};
  NM_CHECK_EQ_STR(shipped_xpos(a, 9, 2), "VBZ");
  static const char *const b[] = {"Kyrgyz", "security", "service", "raids", "independent",
                                  "news", "site"};
  NM_CHECK_EQ_STR(shipped_xpos(b, 7, 3), "VBZ");
  /* (after a noun that opens a clause after a semicolon, and after a
   * comma in a clause with such a verb) */
  static const char *const c[] = {"Armenia", "'s",      "ruling",     "party", "claims",
                                  "majority", "in",     "parliamentary", "vote", ";",
                                  "opposition", "alleges", "abuses",   ",",     "calls",
                                  "rally"};
  NM_CHECK_EQ_STR(shipped_xpos(c, 16, 11), "VBZ");
  NM_CHECK_EQ_STR(shipped_xpos(c, 16, 14), "VBZ");
  static const char *const d[] = {"Canada", "files", "trade", "challenge", "as", "U.S.",
                                  "more",   "than",  "doubles", "duties", "on", "lumber"};
  NM_CHECK_EQ_STR(shipped_xpos(d, 12, 1), "VBZ");
  /* (after a name's noun read as an adjective: "Colombia's peace tribunal
   * sentences"; not "EU, Britain impose sanctions") */
  static const char *const e[] = {"Colombia", "'s",      "peace", "tribunal", "sentences",
                                  "retired",  "colonel", "over",  "killings"};
  NM_CHECK_EQ_STR(shipped_xpos(e, 9, 4), "VBZ");
  static const char *const f[] = {"EU",      ",",  "Britain",  "impose", "sanctions",
                                  "on", "Georgian", "officials"};
  NM_CHECK(strcmp(shipped_xpos(f, 8, 4), "VBZ") != 0);
}

/* "refugees fleeing renewed fighting": the fighting fled is a noun */
NM_TEST(fighting_fled_is_a_noun) {
  static const char *const a[] = {"refugees", "fleeing", "renewed", "fighting", "in", "Sudan",
                                  "crowd",    "into",    "shelters", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 3), "NN");
  NM_CHECK_EQ_STR(shipped_xpos(a, 10, 2), "JJ");
}

/* "The American Institute in Taiwan (AIT), Washington's de facto
 * embassy, called on Beijing to stop the drills.": with no finite verb,
 * the participle after the apposition's comma is the past tense (in a
 * sentence that opens with an article), and "de facto" foreign words */
NM_TEST(past_after_an_apposition_and_de_facto) {
  static const char *const a[] = {"The",   "American", "Institute", "in",    "Taiwan",
                                  "(",     "AIT",      ")",         ",",     "Washington",
                                  "'s",    "de",       "facto",     "embassy", ",",
                                  "called", "on",      "Beijing",   "to",    "stop",
                                  "the",   "drills",   "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 23, 15), "VBD");
  NM_CHECK_EQ_STR(shipped_xpos(a, 23, 11), "FW");
  NM_CHECK_EQ_STR(shipped_xpos(a, 23, 12), "FW");
  /* (not a participle after a subject's one comma, with "set" the verb) */
  static const char *const b[] = {"The",    "March", "agreement", ",",      "signed", "in",
                                  "Damascus", "by",  "the",       "two",    "leaders", ",",
                                  "set",    "out",   "a",         "framework", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 17, 4), "VBN");
}

/* "A UN arms embargo on gang leaders has been in place": "a", a name and
 * a plural before a word read as a present-tense verb make it a noun */
NM_TEST(present_after_a_name_and_a_plural_is_a_noun) {
  static const char *const a[] = {"A",  "UN",      "arms", "embargo", "on",    "gang", "leaders",
                                  "has", "been",   "in",   "place",   "since", "2022", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 3), "NN");
}

/* "The shipping adviser, retired Brigadier General X, held talks":
 * "retired" before a military rank after a comma is an adjective */
NM_TEST(retired_before_a_rank) {
  static const char *const a[] = {"The",     "shipping", "adviser", ",",     "retired",
                                  "Brigadier", "General", "Nurul",  "Absar", "Khan",
                                  ",",       "held",     "talks",   "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 4), "JJ");
  NM_CHECK_EQ_STR(shipped_xpos(a, 14, 11), "VBD");
}

/* "approved sweeping changes": a describing word in -ing after a verb
 * and before a noun is an adjective; after a verb that takes a gerund
 * it stays one ("began sweeping streets") */
NM_TEST(describing_ing_after_a_verb) {
  static const char *const a[] = {"The", "parliament", "approved", "sweeping", "changes", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 6, 3), "JJ");
  static const char *const b[] = {"Volunteers", "began", "sweeping", "streets", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 5, 2), "VBG");
  /* ("Pre-Trial Chamber I said": a roman numeral, not the pronoun) */
  static const char *const d[] = {"Judges", "of", "Pre-Trial", "Chamber", "I", "said", "so", "."};
  NM_CHECK_EQ_STR(shipped_xpos(d, 8, 4), "NNP");
  /* ("seeking to mine nodules": the verb, not the pronoun) */
  static const char *const c[] = {"Firms", "are", "seeking", "to", "mine", "nodules", "."};
  NM_CHECK_EQ_STR(shipped_xpos(c, 7, 4), "VB");
}

/* "agreed to sharply increase patrols": a word in -ly read as the verb
 * after "to" is the adverb, the next word the verb; "to supply arms"
 * keeps its verb */
NM_TEST(split_infinitive_adverb) {
  static const char *const a[] = {"The", "ministers", "agreed", "to", "sharply", "increase",
                                  "patrols", "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 8, 4), "RB");
  NM_CHECK_EQ_STR(shipped_xpos(a, 8, 5), "VB");
  static const char *const b[] = {"Allies", "agreed", "to", "supply", "arms", "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 6, 3), "VB");
}

/* "sentenced four retired military officers": the -ed word between a
 * verb's number and an adjective describes the officers (was VBD, the
 * number the object) */
NM_TEST(participle_after_a_number_describes) {
  static const char *const a[] = {"A",       "Uruguayan", "court", "on",       "Wednesday",
                                  "sentenced", "four",    "retired", "military", "officers",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(a, 11, 7), "JJ");
  /* ("after overnight clashes east of Aleppo killed": the plural noun,
   * not a present tense) */
  static const char *const b[] = {"Talks", "stalled", ",", "after", "overnight", "clashes",
                                  "east",  "of",      "Aleppo", "killed", "four", "fighters",
                                  "."};
  NM_CHECK_EQ_STR(shipped_xpos(b, 13, 5), "NNS");
}

int main(void) {
  snprintf(model_a, sizeof model_a, "/tmp/nm-test-tagger-%d-a.nmm", (int)getpid_portable());
  snprintf(model_b, sizeof model_b, "/tmp/nm-test-tagger-%d-b.nmm", (int)getpid_portable());
  NM_RUN(train_and_tag);
  NM_RUN(training_is_deterministic);
  NM_RUN(damaged_models_are_rejected);
  NM_RUN(repair_gives_a_finite_verb);
  NM_RUN(repair_gives_no_closed_class_to_an_unseen_name);
  NM_RUN(repair_gives_a_name_particle_to_the_name);
  NM_RUN(repair_gives_an_adjective_in_a_joined_noun_phrase);
  NM_RUN(repair_gives_the_past_tense_of_a_prefixed_irregular_verb);
  NM_RUN(repair_gives_an_unseen_irregular_past);
  NM_RUN(repair_gives_the_past_tense_after_an_of_phrase);
  NM_RUN(lemmas_of_irregular_and_denominal_verbs);
  NM_RUN(repair_after_a_relative_clause);
  NM_RUN(repair_after_an_opening_subordinate_clause);
  NM_RUN(repair_gives_a_particle_of_off);
  NM_RUN(repair_gives_a_subordinator_of_for);
  NM_RUN(repair_gives_an_adverb_of_about);
  NM_RUN(repair_gives_a_preposition_of_to_before_a_number);
  NM_RUN(repair_gives_a_subordinator_before_a_clause);
  NM_RUN(repair_gives_a_verb_after_if_and_a_noun);
  NM_RUN(repair_gives_a_finite_verb_after_joined_noun_phrases);
  NM_RUN(repair_gives_an_adjective_to_joined_nationalities);
  NM_RUN(repair_gives_the_past_tense_before_an_adjective_object);
  NM_RUN(participle_after_np_before_an_adjective_object);
  NM_RUN(participle_after_and_past_copula_is_past_tense);
  NM_RUN(first_of_two_past_tenses_after_a_noun_is_a_participle);
  NM_RUN(a_name_is_no_auxiliary);
  NM_RUN(past_tense_after_a_days_on);
  NM_RUN(affaires_is_a_noun);
  NM_RUN(that_before_an_object_noun_is_a_determiner);
  NM_RUN(report_verb_after_a_noun_is_past_tense);
  NM_RUN(stance_verb_after_a_plural_noun_is_present_tense);
  NM_RUN(news_verb_in_a_verbless_headline);
  NM_RUN(verb_in_s_after_say_before_an_object);
  NM_RUN(adjective_between_have_and_a_participle);
  NM_RUN(body_word_after_a_capitalised_adjective);
  NM_RUN(object_plural_before_a_comma);
  NM_RUN(wh_class_on_a_name_word);
  NM_RUN(relative_verb_in_s_before_a_pronoun);
  NM_RUN(military_noun_to_marker_and_lost_finite_verb);
  NM_RUN(surname_spelt_like_a_noun_between_commas);
  NM_RUN(further_before_a_verb_after_a_modal);
  NM_RUN(participle_before_what_is_past);
  NM_RUN(that_before_noun_and_modal_is_subordinator);
  NM_RUN(amid_is_a_preposition);
  NM_RUN(plural_after_a_quoted_modifier);
  NM_RUN(ing_after_the_before_no_noun_is_a_noun);
  NM_RUN(capitalised_word_after_the_and_a_name_is_a_name);
  NM_RUN(ing_after_be_before_its_object_is_a_verb);
  NM_RUN(lower_case_body_after_a_lower_case_word_is_common);
  NM_RUN(capitalised_present_before_a_past_ends_a_name);
  NM_RUN(present_after_a_and_a_plural_is_a_noun);
  NM_RUN(headline_verb_after_a_name);
  NM_RUN(retired_before_a_rank);
  NM_RUN(describing_ing_after_a_verb);
  NM_RUN(split_infinitive_adverb);
  NM_RUN(participle_after_a_number_describes);
  NM_RUN(present_after_a_name_and_a_plural_is_a_noun);
  NM_RUN(past_after_an_apposition_and_de_facto);
  NM_RUN(fighting_fled_is_a_noun);
  NM_RUN(plural_object_of_condemned);
  NM_RUN(accused_of_after_a_noun_is_a_participle);
  NM_RUN(a_noun_in_est_is_no_superlative);
  NM_RUN(word_of_letters_is_no_punctuation);
  NM_RUN(a_verb_in_ies_is_no_plural_noun);
  NM_RUN(an_offensive_against_is_a_noun);
  NM_RUN(a_word_in_ist_is_no_verb);
  NM_RUN(doubled_quote_marks_are_punctuation);
  NM_RUN(participle_after_a_set_off_phrase);
  NM_RUN(participle_after_a_subject_with_a_place);
  NM_RUN(repair_gives_a_relative_clause_verb);
  NM_RUN(repair_gives_a_relative_clause_verb_before_both);
  NM_RUN(repair_skips_a_participle_after_as);
  NM_RUN(repair_gives_the_past_tense_after_a_set_off_phrase);
  NM_RUN(repair_skips_a_gerund_and_takes_an_ed_adjective);
  NM_RUN(repair_gives_the_past_tense_after_an_opening_phrase);
  NM_RUN(repair_makes_a_noun_of_a_base_form_before_a_plural);
  NM_RUN(repair_makes_an_ordinal_before_an_office_a_name);
  NM_RUN(repair_makes_a_saying_participle_before_that);
  NM_RUN(repair_gives_names_their_words);
  NM_RUN(repair_makes_an_unknown_acronym_a_name);
  NM_RUN(repair_makes_since_no_verb);
  remove(model_a);
  remove(model_b);
  NM_TEST_MAIN_END();
}
