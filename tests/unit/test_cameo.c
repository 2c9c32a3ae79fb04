/* test_cameo.c - the event-coding dictionaries: the readers (synsets and
 * plurals, verb forms, pattern elements, transformations, dated actor
 * codes, agents, discards, PICO, comments), malformed lines, the compiled
 * file (round trip, determinism, truncated and damaged files), the CAMEO
 * code table, and the shipped dict/cameo.nmm.
 *
 * NM_CAMEO_WRITE_SEED=DIR makes the program also write the fuzz seeds
 * (the fixture compiled, and its text dictionaries, each behind the
 * target's selector byte) into DIR: that is how fuzz/corpus/fuzz_cameo/
 * is made, and the test checks that the compiled seed still equals it. */
#include "cameo.h"
#include "cameo_int.h"
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const shipped_path = "dict/cameo.nmm";
static const char *const seed_dir = "fuzz/corpus/fuzz_cameo";

/* --- helpers ----------------------------------------------------------------- */

typedef struct texts {
  const char *verbs, *actors, *agents, *discards, *pico;
} texts;

/* Adds every text given; false (with a message) on an error. */
static bool add_texts(nm_cameo_builder *b, const texts *t) {
  nm_error e = {NM_OK, NULL, 0};
  nm_status st = NM_OK;
  if (t->verbs) st = nm_cameo_builder_add_verbs_mem(b, "verbs", t->verbs, strlen(t->verbs), &e);
  if (!st && t->actors)
    st = nm_cameo_builder_add_actors_mem(b, "actors", t->actors, strlen(t->actors), &e);
  if (!st && t->agents)
    st = nm_cameo_builder_add_agents_mem(b, "agents", t->agents, strlen(t->agents), &e);
  if (!st && t->discards)
    st = nm_cameo_builder_add_discards_mem(b, "discards", t->discards, strlen(t->discards), &e);
  if (!st && t->pico) st = nm_cameo_builder_add_pico_mem(b, "pico", t->pico, strlen(t->pico), &e);
  if (st) fprintf(stderr, "building: %s\n", e.msg ? e.msg : "?");
  return st == NM_OK;
}

/* The dictionary of texts, compiled in memory; *w gets the warnings. */
static nm_cameo *build(const texts *t, nm_cameo_warnings *w) {
  nm_cameo_builder *b = nm_cameo_builder_new();
  nm_cameo *c = NULL;
  nm_error e = {NM_OK, NULL, 0};
  if (b && add_texts(b, t) && nm_cameo_builder_finish(b, &c, &e) != NM_OK)
    fprintf(stderr, "finish: %s\n", e.msg ? e.msg : "?");
  if (b && w) nm_cameo_builder_warnings(b, w);
  nm_cameo_builder_free(b);
  return c;
}

static uint32_t wid(const nm_cameo *c, const char *w) { return nm_cameo_word(c, w, strlen(w)); }

/* The ids of the blank-separated words of s into ids; returns the count. */
static size_t ids_of(const nm_cameo *c, const char *s, uint32_t *ids, size_t cap) {
  size_t n = 0;
  for (const char *p = s; *p && n < cap;) {
    size_t l = strcspn(p, " ");
    ids[n++] = nm_cameo_word(c, p, l);
    p += l;
    while (*p == ' ')
      p++;
  }
  return n;
}

static uint32_t synset_named(const nm_cameo *c, const char *name) {
  nm_cameo_stats s;
  nm_cameo_get_stats(c, &s);
  for (uint32_t i = 0; i < s.synsets; i++)
    if (!strcmp(nm_cameo_synset_name(c, i), name)) return i;
  return NM_CAMEO_NONE;
}

/* How many words of text the synset matches at its start. */
static size_t syn_match(const nm_cameo *c, const char *name, const char *text) {
  uint32_t ids[16];
  size_t n = ids_of(c, text, ids, 16);
  return nm_cameo_synset_match(c, synset_named(c, name), ids, n, 0);
}

/* The actor matched at the start of text (its length in *len), or NONE. */
static uint32_t actor_at(const nm_cameo *c, const char *text, size_t *len) {
  uint32_t ids[32], a = NM_CAMEO_NONE;
  size_t n = ids_of(c, text, ids, 32), l = nm_cameo_match_actor(c, ids, n, 0, &a);
  if (len) *len = l;
  return l ? a : NM_CAMEO_NONE;
}

static const char *actor_code(const nm_cameo *c, const char *text, uint32_t date) {
  return nm_cameo_actor_code(c, actor_at(c, text, NULL), date);
}

/* The agent's code for the whole of text ("" when it does not match it
 * all); *prefix as nm_cameo_agent_code's. */
static const char *agent_code(const nm_cameo *c, const char *text, bool *prefix) {
  uint32_t ids[32], a;
  size_t n = ids_of(c, text, ids, 32);
  if (nm_cameo_match_agent(c, ids, n, 0, &a) != n) return "";
  return nm_cameo_agent_code(c, a, prefix);
}

/* --- the fixture: a little of everything ------------------------------------ */

static const char fx_verbs[] = "# a verbs file\n"
                               "<!-- an XML comment -->\n"
                               "&WEAPON\n"
                               "+GUN\n"
                               "+BOMB_\n"
                               "+HAND_GRENADE\n"
                               "+HAND\n"
                               "+ARMY\n"
                               "+BOX\n"
                               "&AUX_\n"
                               "+WAS\n"
                               "+HAS_BEEN\n"
                               "&MORE\n"
                               "+&WEAPON\n"
                               "+TANK\n"
                               "&BRACKETS  # a test synset\n"
                               "+(TO THE END)\n"
                               "\n"
                               "--- ACCUSE [112] ---\n"
                               "ACCUSE\n"
                               "CARRY\n"
                               "PUSH\n"
                               "DIE\n"
                               "AGREE\n"
                               "PLAY\n"
                               "SAY {SAID SAYS SAYING} [010:011]\n"
                               "+CORDON_OFF [172]\n"
                               "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"
                               "+ANGERED_BY {}\n"
                               "RE-ARREST ; a TABARI comment\n"
                               "- $ * (WITH {HEAVY &WEAPON}) + ^ % [195:196]  # comment\n"
                               "- SPY_*_DEAL [---]\n"
                               "- * &UNDEFINED [111]\n"
                               "- * VENTURE (WITH VISIT)   VISIT)[042:043]  # MAKE\n"
                               "* (TO QUESTION) [110]\n"
                               "- * (IN) [:190]\n"
                               "- * [###]\n"
                               "--- OTHER ---\n"
                               "+CARRY_OUT {+CARRIES_OUT +CARRIED_OUT +CARRYING_OUT} [057]\n"
                               "####### TRANSFORMATIONS #######\n"
                               "~ a (a b ATTACK) SAY = a b 015\n"
                               "~ a (_ b WILL_ATTACK) Q = a b Q\n";

static const char fx_actors[] = "<!-- TEST ACTORS -->\n"
                                "<!--\n"
                                "# a comment block\n"
                                "-->\n"
                                "JAMES_BYRNES_  ; CountryInfo.txt\n"
                                "    [USAELI 18970101-450703]\n"
                                "    [USAGOV 450703-470121]\n"
                                "HAMID_KARZAI_  [AFGMIL]; CountryInfo.txt\n"
                                "+BABRAK_KARMAL_  ; x\n"
                                "\t[AFGGOV 791227-861124]\n"
                                "HAMID [HMD]\n"
                                "GOLLUM  # pas\n"
                                "+SMEAGOL\n"
                                "\t[HOB < 950601]\n"
                                "\t[HOBGOV 19950601 - 19990815]\n"
                                "\t[HOBREB > 990816]\r\n"
                                "ONODOHER\n"
                                "\t[ONO <911226]\n"
                                "PRINCE OF DOL AMROTH\n"
                                "\t[--- <950630]\n"
                                "\t[DOL]\n"
                                "MANFRED_WOERNER_\t[IGOWSTNAT 880701-940813] [ELI]# IGOrulers.txt\n"
                                "HAMAS [PSEREBHMS]\n"
                                "hamas [DUP]\n"
                                "PIVOT\n"
                                "\t[OLD <310101]\n"
                                "\t[NEW >300101]\n"
                                "TURKOMANIA_\n"
                                "\t[USRTKM >911016]\n"
                                "\t[TKMUNR 911016-911221]\n"
                                "\t[TKM >911221]\n"
                                "E.N._\n"
                                "E.N. [IGOENO]\n";

static const char fx_agents[] = "<!-- AGENTS -->\n"
                                "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
                                "FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01\n"
                                "POLICE {} [~COP]\n"
                                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
                                "SECRETARY [~GOV]\n"
                                "ENVOY [~GOV]\n"
                                "BOSS [~BUS]\n"
                                "HUMAN_RIGHTS_BODY  [NGO~]\n"
                                "CONGRESS!PERSON! [~LEG}\n"
                                "ISLAMIC_EXTREMIST\n"
                                "MSF {}  [  NGO~]\n";

static const char fx_discards[] = "# Story-level discards are indicated with a '+'.\n"
                                  "+ESPN2\n"
                                  "MONTHS LATER\n"
                                  "GROUP A_\n"
                                  "+ World Golf Championships   # pas 26-Feb-2014\n"
                                  "BASEBALL\n";

static const char fx_pico[] = "# PICO -->\r\n"
                              "010:0x1000#Make Public Statement\r\n"
                              "011:0x1000-0xFFFF\r\n"
                              "120:-0xFFFF#Reject\r\n"
                              "122:-0xFFFF+0x2040+0x300# The 0x300 mask\r\n"
                              "           # an indented comment\r\n"
                              "033:0x3040\r\n"
                              "044:0xB010\r\n"
                              "046:0xB010\r\n"
                              "033:0x9999\r\n"
                              "---:0\r\n";

static const texts fixture = {fx_verbs, fx_actors, fx_agents, fx_discards, fx_pico};

/* --- readers ----------------------------------------------------------------- */

NM_TEST(synsets_and_plurals) {
  nm_cameo_warnings w;
  nm_cameo *c = build(&fixture, &w);
  NM_CHECK(c != NULL);
  if (!c) return;
  nm_cameo_stats s;
  nm_cameo_get_stats(c, &s);
  NM_CHECK_EQ_INT(s.synsets, 4);
  NM_CHECK(synset_named(c, "AUX") != NM_CAMEO_NONE); /* the '_' is dropped */
  NM_CHECK_EQ_INT(syn_match(c, "WEAPON", "GUN"), 1);
  NM_CHECK_EQ_INT(syn_match(c, "WEAPON", "GUNS"), 1);
  NM_CHECK_EQ_INT(syn_match(c, "WEAPON", "BOMB"), 1);
  NM_CHECK(wid(c, "BOMBS") == NM_CAMEO_NONE); /* "BOMB_": no plural */
  NM_CHECK_EQ_INT(syn_match(c, "WEAPON", "ARMIES"), 1);
  NM_CHECK_EQ_INT(syn_match(c, "WEAPON", "BOXES"), 1);
  NM_CHECK_EQ_INT(syn_match(c, "WEAPON", "HAND GRENADES now"), 2); /* the last word's plural */
  NM_CHECK_EQ_INT(syn_match(c, "WEAPON", "HAND GRENADE"), 2);      /* the longest phrase */
  NM_CHECK_EQ_INT(syn_match(c, "WEAPON", "HAND TANK"), 1);
  NM_CHECK_EQ_INT(syn_match(c, "WEAPON", "TANK"), 0);
  NM_CHECK_EQ_INT(syn_match(c, "AUX", "HAS BEEN"), 2);
  NM_CHECK(wid(c, "WASES") == NM_CAMEO_NONE && wid(c, "BEENS") == NM_CAMEO_NONE); /* "&AUX_" */
  NM_CHECK_EQ_INT(syn_match(c, "MORE", "GUNS"), 1); /* "+&WEAPON" includes WEAPON */
  NM_CHECK_EQ_INT(syn_match(c, "MORE", "TANKS"), 1);
  NM_CHECK_EQ_INT(syn_match(c, "BRACKETS", "TO THE END"), 3);
  NM_CHECK_EQ_INT(w.synset_brackets, 1);
  uint32_t gun = wid(c, "gun");
  NM_CHECK(gun != NM_CAMEO_NONE && gun == wid(c, "GUN"));
  NM_CHECK_EQ_STR(nm_cameo_word_text(c, gun), "GUN");
  NM_CHECK(nm_cameo_synset_match(c, 99, &gun, 1, 0) == 0);
  nm_cameo_free(c);
}

/* The one entry nm_cameo_verbs gives for word, or NULL. */
static bool one_verb(const nm_cameo *c, const char *word, nm_cameo_verb *v) {
  uint32_t w = wid(c, word);
  nm_cameo_verb out[4];
  size_t n = w == NM_CAMEO_NONE ? 0 : nm_cameo_verbs(c, w, out, 4);
  if (n != 1) {
    fprintf(stderr, "%s: %zu verb entries\n", word, n);
    return false;
  }
  *v = out[0];
  return true;
}

NM_TEST(verb_forms) {
  nm_cameo *c = build(&fixture, NULL);
  NM_CHECK(c != NULL);
  if (!c) return;
  /* (CARRIES, CARRIED, CARRYING: below) */
  static const char *const regular[] = {"ACCUSE",  "ACCUSES",    "ACCUSED",  "ACCUSING", "PUSHES",
                                        "PUSHED",  "PUSHING",    "DIES",     "DIED",     "DYING",
                                        "AGREES",  "AGREED",     "AGREEING", "PLAYS",    "PLAYED",
                                        "PLAYING", "RE-ARRESTED"};
  for (size_t i = 0; i < sizeof regular / sizeof regular[0]; i++) {
    nm_cameo_verb v;
    NM_CHECK(one_verb(c, regular[i], &v));
    NM_CHECK_EQ_STR(nm_cameo_word_text(c, v.word), regular[i]);
    NM_CHECK_EQ_STR(v.code, "112");
    NM_CHECK(v.code2 == NULL && v.block == 0 && v.n_pre == 0 && v.n_post == 0);
  }
  nm_cameo_verb v;
  NM_CHECK(one_verb(c, "SAID", &v));
  NM_CHECK_EQ_STR(v.code, "010");
  NM_CHECK_EQ_STR(v.code2, "011");
  NM_CHECK_EQ_STR(nm_cameo_word_text(c, v.base), "SAY");
  NM_CHECK(wid(c, "SAYED") == NM_CAMEO_NONE); /* the listed forms replace the regular ones */
  NM_CHECK(one_verb(c, "CORDONED", &v));      /* "+CORDON_OFF": regular forms of CORDON */
  NM_CHECK(v.n_pre == 0 && v.n_post == 1 && v.post[0] == wid(c, "OFF"));
  NM_CHECK_EQ_STR(v.code, "172");
  NM_CHECK(one_verb(c, "CORDON", &v)); /* the base key: inflections that look the same dropped */
  NM_CHECK_EQ_STR(nm_cameo_word_text(c, v.word), "CORDON");
  NM_CHECK(one_verb(c, "TAPPED", &v)); /* "WIRE_+TAP" */
  NM_CHECK(v.n_pre == 1 && v.pre[0] == wid(c, "WIRE") && v.n_post == 0);
  NM_CHECK(wid(c, "TAPS") == NM_CAMEO_NONE);
  NM_CHECK(one_verb(c, "ANGERED", &v)); /* "{}": no other forms */
  NM_CHECK(v.n_post == 1 && wid(c, "ANGEREDS") == NM_CAMEO_NONE);
  /* CARRY: the multi-word form (block OTHER) first, then the single word */
  nm_cameo_verb out[4];
  NM_CHECK_EQ_INT(nm_cameo_verbs(c, wid(c, "CARRIED"), out, 4), 2);
  NM_CHECK(out[1].word == wid(c, "CARRIED") && out[1].base == wid(c, "CARRY"));
  NM_CHECK_EQ_INT(nm_cameo_verbs(c, wid(c, "CARRIES"), out, 4), 2);
  NM_CHECK_EQ_INT(nm_cameo_verbs(c, wid(c, "CARRYING"), out, 4), 2);
  NM_CHECK(out[0].n_post == 1 && out[0].block == 1 && out[1].n_post == 0 && out[1].block == 0);
  NM_CHECK_EQ_STR(out[0].code, "057");
  NM_CHECK_EQ_INT(nm_cameo_verbs(c, wid(c, "CARRY"), out, 4), 2);
  NM_CHECK_EQ_INT(nm_cameo_verbs(c, wid(c, "CARRY"), out, 1), 1);
  NM_CHECK_EQ_INT(nm_cameo_verbs(c, NM_CAMEO_NONE, out, 4), 0);
  NM_CHECK_EQ_STR(nm_cameo_block_name(c, 0), "ACCUSE");
  NM_CHECK_EQ_STR(nm_cameo_block_code(c, 0), "112");
  NM_CHECK_EQ_STR(nm_cameo_block_name(c, 1), "OTHER");
  NM_CHECK_EQ_STR(nm_cameo_block_code(c, 1), "---");
  NM_CHECK(nm_cameo_block_code2(c, 1) == NULL && nm_cameo_block_name(c, 2) == NULL);
  nm_cameo_free(c);
}

/* Whether pattern p has elements want (kind, word or NULL) in order. */
static bool elems_are(const nm_cameo *c, const nm_cameo_pattern *p, const uint32_t *kinds,
                      const char *const *words, size_t n) {
  if (p->n_elems != n) {
    fprintf(stderr, "%s: %u elements, expected %zu\n", p->text, p->n_elems, n);
    return false;
  }
  for (size_t i = 0; i < n; i++) {
    uint32_t a = kinds[i] == NM_CE_WORD     ? wid(c, words[i])
                 : kinds[i] == NM_CE_SYNSET ? synset_named(c, words[i])
                                            : 0;
    if (p->elems[i].kind != kinds[i] || p->elems[i].a != a) {
      fprintf(stderr, "%s: element %zu differs\n", p->text, i);
      return false;
    }
  }
  return true;
}

NM_TEST(patterns) {
  nm_cameo_warnings w;
  nm_cameo *c = build(&fixture, &w);
  NM_CHECK(c != NULL);
  if (!c) return;
  NM_CHECK_EQ_INT(nm_cameo_block_patterns(c, 0), 6); /* the undefined synset's is left out */
  NM_CHECK_EQ_INT(w.unknown_synset, 1);
  NM_CHECK_EQ_INT(w.stray_close, 1);
  NM_CHECK_EQ_INT(w.pattern_no_dash, 1);
  nm_cameo_pattern p;
  NM_CHECK(nm_cameo_block_pattern(c, 0, 0, &p));
  static const uint32_t k0[] = {NM_CE_SOURCE,   NM_CE_VERB,   NM_CE_OPEN_PP, NM_CE_WORD,
                                NM_CE_OPEN_NP,  NM_CE_WORD,   NM_CE_SYNSET,  NM_CE_CLOSE_NP,
                                NM_CE_CLOSE_PP, NM_CE_TARGET, NM_CE_SKIP,    NM_CE_COMPOUND};
  static const char *const w0[] = {NULL,     NULL, NULL, "WITH", NULL, "HEAVY",
                                   "WEAPON", NULL, NULL, NULL,   NULL, NULL};
  NM_CHECK(elems_are(c, &p, k0, w0, 12));
  NM_CHECK_EQ_STR(p.code, "195");
  NM_CHECK_EQ_STR(p.code2, "196");
  NM_CHECK_EQ_STR(p.text, "- $ * (WITH {HEAVY &WEAPON}) + ^ % [195:196]");
  NM_CHECK_EQ_INT(p.line, 31);
  NM_CHECK(nm_cameo_block_pattern(c, 0, 1, &p));
  static const uint32_t k1[] = {NM_CE_WORD, NM_CE_VERB, NM_CE_WORD};
  static const char *const w1[] = {"SPY", NULL, "DEAL"};
  NM_CHECK(elems_are(c, &p, k1, w1, 3));
  NM_CHECK_EQ_STR(p.code, "---");
  NM_CHECK(p.code2 == NULL);
  NM_CHECK(nm_cameo_block_pattern(c, 0, 2, &p)); /* the stray "VISIT)" dropped */
  static const uint32_t k2[] = {NM_CE_VERB, NM_CE_WORD, NM_CE_OPEN_PP,
                                NM_CE_WORD, NM_CE_WORD, NM_CE_CLOSE_PP};
  static const char *const w2[] = {NULL, "VENTURE", NULL, "WITH", "VISIT", NULL};
  NM_CHECK(elems_are(c, &p, k2, w2, 6));
  NM_CHECK_EQ_STR(p.code2, "043");
  NM_CHECK(nm_cameo_block_pattern(c, 0, 3, &p)); /* "* (TO QUESTION)" */
  static const uint32_t k3[] = {NM_CE_VERB, NM_CE_OPEN_PP, NM_CE_WORD, NM_CE_WORD, NM_CE_CLOSE_PP};
  static const char *const w3[] = {NULL, NULL, "TO", "QUESTION", NULL};
  NM_CHECK(elems_are(c, &p, k3, w3, 5));
  NM_CHECK_EQ_INT(p.line, 35);
  NM_CHECK(nm_cameo_block_pattern(c, 0, 4, &p)); /* "[:190]" */
  NM_CHECK_EQ_STR(p.code, "---");
  NM_CHECK_EQ_STR(p.code2, "190");
  NM_CHECK(nm_cameo_block_pattern(c, 0, 5, &p)); /* '#' inside a code is no comment */
  NM_CHECK_EQ_STR(p.code, "###");
  NM_CHECK(!nm_cameo_block_pattern(c, 0, 6, &p));
  NM_CHECK_EQ_INT(nm_cameo_block_patterns(c, 1), 0);
  nm_cameo_free(c);
}

/* "--- +VERB ---" in a later file adds patterns to VERB's block, which
 * every verb of the block then uses; the runs of the blocks after it
 * move up (newsmill's extension: dict/src/team.verbs.txt). */
NM_TEST(extending_a_block) {
  static const char first[] = "--- CANCEL [---] ---\n"
                              "SUSPEND\n"
                              "HALT\n"
                              "- * AID [162]\n"
                              "--- MEET [040] ---\n"
                              "MEET {MEETS MET MEETING}\n"
                              "- * (WITH +) [042]\n";
  static const char later[] = "# team patterns\n"
                              "--- +HALT ---\n"
                              "- * FUNDING [1621]\n"
                              "- * ASSISTANCE [162]\n";
  nm_cameo_builder *b = nm_cameo_builder_new();
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK(nm_cameo_builder_add_verbs_mem(b, "verbs", first, strlen(first), &e) == NM_OK);
  NM_CHECK(nm_cameo_builder_add_verbs_mem(b, "team", later, strlen(later), &e) == NM_OK);
  nm_cameo *c = NULL;
  NM_CHECK(nm_cameo_builder_finish(b, &c, &e) == NM_OK);
  nm_cameo_builder_free(b);
  if (!c) return;
  nm_cameo_stats st;
  nm_cameo_get_stats(c, &st);
  NM_CHECK_EQ_INT(st.verb_blocks, 2);
  NM_CHECK_EQ_INT(st.patterns, 4);
  nm_cameo_verb v;
  NM_CHECK(one_verb(c, "SUSPEND", &v));
  NM_CHECK_EQ_INT(v.block, 0);
  NM_CHECK_EQ_INT(nm_cameo_block_patterns(c, 0), 3);
  nm_cameo_pattern p;
  NM_CHECK(nm_cameo_block_pattern(c, 0, 0, &p));
  NM_CHECK_EQ_STR(p.code, "162");
  NM_CHECK(nm_cameo_block_pattern(c, 0, 1, &p));
  NM_CHECK_EQ_STR(p.code, "1621");
  NM_CHECK_EQ_STR(p.text, "- * FUNDING [1621]");
  NM_CHECK(nm_cameo_block_pattern(c, 0, 2, &p));
  NM_CHECK_EQ_STR(p.code, "162");
  NM_CHECK_EQ_INT(p.line, 4);
  NM_CHECK_EQ_INT(nm_cameo_block_patterns(c, 1), 1); /* MEET's run moved, intact */
  NM_CHECK(nm_cameo_block_pattern(c, 1, 0, &p));
  NM_CHECK_EQ_STR(p.code, "042");
  nm_cameo_free(c);
  /* the last run grows past an empty block after it (a fuzz find: the
   * empty block's start must move too) */
  static const char three[] = "--- A [010] ---\nACCUSE\n- * X [010]\n"
                              "--- B [020] ---\nBLAME\n- * Y [020]\n"
                              "--- C [030] ---\nCHIDE\n"
                              "--- +BLAME ---\n- * Z [021]\n";
  b = nm_cameo_builder_new();
  c = NULL;
  NM_CHECK(nm_cameo_builder_add_verbs_mem(b, "verbs", three, strlen(three), &e) == NM_OK);
  NM_CHECK(nm_cameo_builder_finish(b, &c, &e) == NM_OK);
  nm_cameo_builder_free(b);
  if (!c) return;
  NM_CHECK_EQ_INT(nm_cameo_block_patterns(c, 1), 2);
  NM_CHECK_EQ_INT(nm_cameo_block_patterns(c, 2), 0);
  NM_CHECK(nm_cameo_block_pattern(c, 1, 1, &p));
  NM_CHECK_EQ_STR(p.code, "021");
  nm_cameo_free(c);
}

NM_TEST(transformations) {
  nm_cameo *c = build(&fixture, NULL);
  NM_CHECK(c != NULL);
  if (!c) return;
  NM_CHECK_EQ_INT(nm_cameo_transforms(c), 2);
  nm_cameo_transform t;
  NM_CHECK(nm_cameo_transform_get(c, 0, &t));
  NM_CHECK(t.src == 'a' && t.in_src == 'a' && t.in_tgt == 'b' && t.out_src == 'a' &&
           t.out_tgt == 'b');
  NM_CHECK(t.in_verb == wid(c, "ATTACK") && t.in_verb2 == NM_CAMEO_NONE);
  NM_CHECK(t.verb == wid(c, "SAY") && t.verb2 == NM_CAMEO_NONE);
  NM_CHECK_EQ_STR(t.code, "015");
  NM_CHECK_EQ_INT(t.line, 41);
  NM_CHECK(nm_cameo_transform_get(c, 1, &t));
  NM_CHECK(t.in_src == '_' && t.in_verb == wid(c, "WILL") && t.in_verb2 == wid(c, "ATTACK"));
  NM_CHECK(t.verb == NM_CAMEO_NONE); /* Q: any verb */
  NM_CHECK_EQ_STR(t.code, "Q");
  NM_CHECK(!nm_cameo_transform_get(c, 2, &t));
  nm_cameo_free(c);
}

NM_TEST(actor_dates) {
  nm_cameo *c = build(&fixture, NULL);
  NM_CHECK(c != NULL);
  if (!c) return;
  /* limits hold "or equal"; the first restriction that holds wins */
  NM_CHECK_EQ_STR(actor_code(c, "JAMES BYRNES", 19000101), "USAELI");
  NM_CHECK_EQ_STR(actor_code(c, "JAMES BYRNES", 19450703), "USAELI");
  NM_CHECK_EQ_STR(actor_code(c, "JAMES BYRNES", 19460101), "USAGOV");
  NM_CHECK(actor_code(c, "JAMES BYRNES", 19500101) == NULL);
  NM_CHECK(actor_code(c, "JAMES BYRNES", 0) == NULL);
  NM_CHECK_EQ_STR(actor_code(c, "HAMID KARZAI", 0), "AFGMIL"); /* the default */
  NM_CHECK_EQ_STR(actor_code(c, "HAMID KARZAI", 19800101), "AFGGOV");
  NM_CHECK_EQ_STR(actor_code(c, "BABRAK KARMAL", 19800101), "AFGGOV");
  NM_CHECK_EQ_STR(nm_cameo_actor_name(c, actor_at(c, "BABRAK KARMAL", NULL)), "HAMID KARZAI");
  size_t len;
  NM_CHECK_EQ_STR(nm_cameo_actor_name(c, actor_at(c, "HAMID KARZAI said", &len)), "HAMID KARZAI");
  NM_CHECK_EQ_INT(len, 2);
  NM_CHECK_EQ_STR(nm_cameo_actor_name(c, actor_at(c, "HAMID said", &len)), "HAMID");
  NM_CHECK_EQ_INT(len, 1);
  NM_CHECK_EQ_STR(actor_code(c, "GOLLUM", 19900101), "HOB");
  NM_CHECK_EQ_STR(actor_code(c, "SMEAGOL", 19950601), "HOB");
  NM_CHECK_EQ_STR(actor_code(c, "GOLLUM", 19950602), "HOBGOV");
  NM_CHECK_EQ_STR(actor_code(c, "GOLLUM", 20000101), "HOBREB");
  NM_CHECK(actor_code(c, "ONODOHER", 0) == NULL);
  NM_CHECK_EQ_STR(actor_code(c, "ONODOHER", 19911226), "ONO");
  NM_CHECK(actor_code(c, "ONODOHER", 19911227) == NULL);
  NM_CHECK_EQ_STR(actor_code(c, "PRINCE OF DOL AMROTH", 19900101), "---"); /* as written */
  NM_CHECK_EQ_STR(actor_code(c, "PRINCE OF DOL AMROTH", 20000101), "DOL");
  NM_CHECK_EQ_STR(actor_code(c, "MANFRED WOERNER", 19900101), "IGOWSTNAT");
  NM_CHECK_EQ_STR(actor_code(c, "MANFRED WOERNER", 19800101), "ELI");
  NM_CHECK_EQ_STR(actor_code(c, "HAMAS", 0), "PSEREBHMS"); /* the first entry wins */
  /* ... unless it has no code and a later one does */
  NM_CHECK_EQ_STR(actor_code(c, "E.N.", 0), "IGOENO");
  /* YYMMDD: 00-30 is 20YY, 31-99 is 19YY */
  NM_CHECK_EQ_STR(actor_code(c, "PIVOT", 19310101), "OLD");
  /* of two codes that hold from a day on, the later (Phoenix's
   * Turkmenistan) */
  NM_CHECK_EQ_STR(actor_code(c, "TURKOMANIA", 19911101), "TKMUNR");
  NM_CHECK_EQ_STR(actor_code(c, "TURKOMANIA", 20250101), "TKM");
  NM_CHECK(actor_code(c, "PIVOT", 19600101) == NULL);
  NM_CHECK_EQ_STR(actor_code(c, "PIVOT", 20300101), "NEW");
  /* a match starts anywhere and stops at unknown words */
  uint32_t ids[8], a;
  size_t n = ids_of(c, "the HAMAS", ids, 8);
  NM_CHECK_EQ_INT(nm_cameo_match_actor(c, ids, n, 0, &a), 0);
  NM_CHECK_EQ_INT(nm_cameo_match_actor(c, ids, n, 1, &a), 1);
  NM_CHECK_EQ_INT(nm_cameo_match_actor(c, ids, n, 2, &a), 0);
  nm_cameo_stats s;
  nm_cameo_get_stats(c, &s);
  NM_CHECK_EQ_INT(s.actors, 13);
  NM_CHECK_EQ_INT(s.actor_phrases, 13); /* one phrase each for HAMAS and E.N. */
  nm_cameo_free(c);
}

NM_TEST(agents) {
  nm_cameo_warnings w;
  nm_cameo *c = build(&fixture, &w);
  NM_CHECK(c != NULL);
  if (!c) return;
  bool prefix = true;
  NM_CHECK_EQ_STR(agent_code(c, "FOREIGN MINISTER", &prefix), "GOVFRM");
  NM_CHECK(!prefix);
  NM_CHECK_EQ_STR(agent_code(c, "FOREIGN MINISTERS", &prefix), "GOVFRM");
  NM_CHECK_EQ_STR(agent_code(c, "POLICE", &prefix), "COP");
  NM_CHECK(wid(c, "POLICES") == NM_CAMEO_NONE); /* "{}": no plural */
  NM_CHECK_EQ_STR(agent_code(c, "ATTORNEYS GENERAL", &prefix), "GOVATG");
  NM_CHECK(wid(c, "GENERALS") == NM_CAMEO_NONE);
  NM_CHECK_EQ_STR(agent_code(c, "SECRETARIES", &prefix), "GOV");
  NM_CHECK_EQ_STR(agent_code(c, "ENVOYS", &prefix), "GOV");
  NM_CHECK_EQ_STR(agent_code(c, "BOSSES", &prefix), "BUS");
  NM_CHECK_EQ_STR(agent_code(c, "HUMAN RIGHTS BODY", &prefix), "NGO");
  NM_CHECK(prefix);
  NM_CHECK_EQ_STR(agent_code(c, "CONGRESSMAN", &prefix), "LEG"); /* "[~LEG}" */
  NM_CHECK_EQ_STR(agent_code(c, "CONGRESSWOMEN", &prefix), "LEG");
  NM_CHECK(wid(c, "CONGRESSMANS") == NM_CAMEO_NONE); /* no plurals of substitutions */
  NM_CHECK_EQ_STR(agent_code(c, "MSF", &prefix), "NGO");
  NM_CHECK(prefix);
  NM_CHECK_EQ_INT(w.agent_no_code, 1);
  NM_CHECK(wid(c, "EXTREMIST") == NM_CAMEO_NONE);
  NM_CHECK(nm_cameo_agent_code(c, 999, &prefix) == NULL && !prefix);
  nm_cameo_free(c);
  /* an item holding its own marker is substituted once, not again */
  texts t = {NULL, NULL, "!P! = A!P!, B\n!Q! = C\nX!P!!Q! [~G]\n", NULL, NULL};
  c = build(&t, NULL);
  NM_CHECK(c != NULL);
  if (c) {
    NM_CHECK_EQ_STR(agent_code(c, "XBC", NULL), "G");
    NM_CHECK_EQ_STR(agent_code(c, "XA!P!C", NULL), "G");
  }
  nm_cameo_free(c);
}

static bool discard(const nm_cameo *c, const char *text, int want_story) {
  bool story = !want_story;
  bool hit = nm_cameo_discard(c, text, strlen(text), &story);
  return want_story < 0 ? !hit : hit && story == (want_story == 1);
}

NM_TEST(discards) {
  nm_cameo *c = build(&fixture, NULL);
  NM_CHECK(c != NULL);
  if (!c) return;
  NM_CHECK(discard(c, "He watched ESPN2 yesterday", 1));
  NM_CHECK(discard(c, "three months  \n later, he", 0)); /* blanks match any white space */
  NM_CHECK(discard(c, "in Group A.", 0));
  /* a one-letter word is a label written in capitals: "designate the
   * group a terrorist organisation" is no sports pool */
  NM_CHECK(discard(c, "in group a", -1));
  NM_CHECK(discard(c, "designate the group a terrorist organisation", -1));
  NM_CHECK(discard(c, "in GROUP A", 0));
  NM_CHECK(discard(c, "in Group Ab", -1));        /* "GROUP A_": the word must end */
  NM_CHECK(discard(c, "baseballs are round", 0)); /* a stem */
  NM_CHECK(discard(c, "(Baseball)", 0));
  NM_CHECK(discard(c, "nobaseball", -1)); /* only at a word's start */
  NM_CHECK(discard(c, "MONTHS", -1));
  NM_CHECK(discard(c, "the World Golf Championships, and months later", 1)); /* story wins */
  NM_CHECK(discard(c, "", -1));
  NM_CHECK(!nm_cameo_discard(c, "BASE\0BALL", 9, NULL));
  NM_CHECK(nm_cameo_discard(c, "x BASEBALL\0", 11, NULL));
  nm_cameo_stats s;
  nm_cameo_get_stats(c, &s);
  NM_CHECK_EQ_INT(s.discards, 5);
  nm_cameo_free(c);
  /* discards of one and two bytes */
  texts t = {NULL, NULL, NULL, "AB\nX_\n", NULL};
  c = build(&t, NULL);
  NM_CHECK(c != NULL);
  if (c) {
    NM_CHECK(discard(c, "an ab test", 0));
    NM_CHECK(discard(c, "ABC", 0)); /* a stem */
    NM_CHECK(discard(c, "X.", 0));
    NM_CHECK(discard(c, "XY", -1));
    NM_CHECK(discard(c, "A B", -1));
  }
  nm_cameo_free(c);
}

NM_TEST(pico) {
  nm_cameo *c = build(&fixture, NULL);
  NM_CHECK(c != NULL);
  if (!c) return;
  uint32_t v = 0;
  int32_t sv = 0;
  NM_CHECK(nm_cameo_pico(c, "033", &v) && v == 0x3040);
  NM_CHECK_EQ_STR(nm_cameo_pico_code(c, 0x3040), "033");
  NM_CHECK(nm_cameo_pico_signed(c, "011", &sv) && sv == 0x1000 - 0xFFFF);
  NM_CHECK(nm_cameo_pico(c, "011", &v) && v == (uint32_t)(0x1000 - 0xFFFF));
  NM_CHECK_EQ_STR(nm_cameo_pico_code(c, (uint32_t)(0x1000 - 0xFFFF)), "011");
  NM_CHECK(nm_cameo_pico_signed(c, "120", &sv) && sv == -0xFFFF);
  NM_CHECK(nm_cameo_pico_signed(c, "122", &sv) && sv == -0xFFFF + 0x2040 + 0x300);
  NM_CHECK_EQ_STR(nm_cameo_pico_code(c, 0xB010), "044"); /* shared: the first line */
  NM_CHECK(nm_cameo_pico(c, "046", &v) && v == 0xB010);
  NM_CHECK(nm_cameo_pico(c, "---", &v) && v == 0);
  NM_CHECK_EQ_STR(nm_cameo_pico_code(c, 0), "---");
  NM_CHECK(!nm_cameo_pico(c, "999", &v) && !nm_cameo_pico(c, NULL, &v));
  NM_CHECK(nm_cameo_pico_code(c, 0x1234) == NULL);
  NM_CHECK(nm_cameo_pico_code(c, 0x9999) == NULL); /* "033" again: left out */
  nm_cameo_stats s;
  nm_cameo_get_stats(c, &s);
  NM_CHECK_EQ_INT(s.pico, 8);
  nm_cameo_free(c);
}

/* One malformed text: the reader's status, and its message must name
 * "kind:LINE:" with err.pos the line. */
static void bad(int kind, const char *text, size_t line, nm_status want, const char *what) {
  static const char *const names[] = {"verbs", "actors", "agents", "discards", "pico"};
  nm_cameo_builder *b = nm_cameo_builder_new();
  nm_error e = {NM_OK, NULL, 0};
  size_t len = strlen(text) + (what && !strcmp(what, "NUL") ? 4 : 0);
  nm_status st = kind == 0   ? nm_cameo_builder_add_verbs_mem(b, names[0], text, len, &e)
                 : kind == 1 ? nm_cameo_builder_add_actors_mem(b, names[1], text, len, &e)
                 : kind == 2 ? nm_cameo_builder_add_agents_mem(b, names[2], text, len, &e)
                 : kind == 3 ? nm_cameo_builder_add_discards_mem(b, names[3], text, len, &e)
                             : nm_cameo_builder_add_pico_mem(b, names[4], text, len, &e);
  char prefix[64];
  snprintf(prefix, sizeof prefix, "%s:%zu: ", names[kind], line);
  bool ok = st == want && e.code == want && e.pos == line && e.msg &&
            !strncmp(e.msg, prefix, strlen(prefix));
  if (!ok)
    fprintf(stderr, "%s line %zu (%s): status %d, pos %zu, \"%s\"\n", names[kind], line,
            what ? what : "", (int)st, e.pos, e.msg ? e.msg : "(null)");
  NM_CHECK(ok);
  nm_cameo_builder_free(b);
}

NM_TEST(malformed_lines) {
  const nm_status P = NM_ERR_PARSE;
  bad(0, "ACCUSE\n", 1, P, "a verb before any block");
  bad(0, "--- A [010] ---\nACCUSE\n- * {UNCLOSED [010]\n", 3, P, "unclosed brace");
  bad(0, "--- A [010] ---\nACCUSE\n- * X\n", 3, P, "no code");
  bad(0, "--- A [010] ---\n- * X * [010]\n", 2, P, "two verbs");
  bad(0, "--- A [010] ---\n- X [010]\n", 2, P, "no verb");
  bad(0, "--- A [010] ---\n- * (A {B) C} [010]\n", 2, P, "crossed brackets");
  bad(0, "--- A [010] ---\nCORDON_OFF\n", 2, P, "multi-word verb without '+'");
  bad(0, "--- A [010] ---\n+CORDON_+OFF\n", 2, P, "two '+'");
  bad(0, "--- A [010] ---\nACCUSE {ACCUSED\n", 2, P, "unclosed forms");
  bad(0, "--- A [010] ---\nACCUSE [01 0]\n", 2, P, "code with a blank");
  bad(0, "--- A [010] ---\nACCUSE [010] junk\n", 2, P, "text after the code");
  bad(0, "--- [010] ---\n", 1, P, "block without a name");
  bad(0, "&\n", 1, P, "synset without a name");
  bad(0, "&S\n+A $ B\n", 2, P, "synset phrase with a '$'");
  bad(0, "~ a (a b ATTACK) SAY = a b\n", 1, P, "short transformation");
  bad(0, "~ a a b ATTACK SAY = a b 015\n", 1, P, "transformation without brackets");
  bad(0, "# ok\n\n--- A ---\nB\n<!-- never closed\n", 5, P, "unclosed comment");
  bad(0, "--- A ---\nB\0\n", 2, P, "NUL");
  bad(0, "--- A ---\nB\n--- +C ---\n", 3, P, "extending a verb not read before");
  bad(0, "--- A ---\nB\n--- +B ---\nD\n", 4, P, "a verb in an extending block");
  bad(0, "--- A ---\nB\n--- +B C ---\n", 3, P, "two words after '+'");
  bad(0, "&S\n+A B C D E F G H I J K L M N O P Q R S T U V W X Y\n", 2, NM_ERR_LIMIT,
      "a 25-word phrase");
  bad(1, "+SYNONYM_FIRST\n", 1, P, "synonym before any actor");
  bad(1, "A\n\t[X 991301]\n", 2, P, "month 13");
  bad(1, "A\n\t[X 990230]\n", 2, P, "30 February");
  bad(1, "A [X 12345]\n", 1, P, "5-digit date");
  bad(1, "A\n\t[X 900101-\n", 2, P, "missing ']'");
  bad(1, "A\n\t[X 900101-]\n", 2, P, "range without an end");
  bad(1, "A\n\t[]\n", 2, P, "empty code");
  bad(1, "A\n\t[X <9A0101]\n", 2, P, "letter in a date");
  bad(2, "X [GOV]\n", 1, P, "agent code without '~'");
  bad(2, "X [~]\n", 1, P, "empty agent code");
  bad(2, "X {XS [~GOV]\n", 1, P, "unclosed plural");
  bad(2, "!P! = A, B\nX!Q! [~A]\n", 2, P, "undefined marker");
  bad(2, "!P! = A, , B\n", 1, P, "empty item");
  bad(2, "X [~GOV] junk\n", 1, P, "text after the code");
  bad(3, "A\n+\n", 2, P, "empty discard");
  bad(4, "010 0x1000\n", 1, P, "no colon");
  bad(4, "010:0x1000\n011:0xZZ\n", 2, P, "bad hex");
  bad(4, "010:0x1000 junk\n", 1, P, "junk after the value");
  bad(4, "010:0x1FFFFFFFF\n", 1, P, "out of range");
  bad(4, ":0x10\n", 1, P, "no code");
  nm_cameo_builder *b = nm_cameo_builder_new();
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK(nm_cameo_builder_add_verbs(b, "/nonexistent/cameo.txt", &e) == NM_ERR_IO);
  NM_CHECK(e.msg && strstr(e.msg, "/nonexistent/cameo.txt"));
  nm_cameo_builder_free(b);
}

/* --- the compiled file ------------------------------------------------------- */

/* The fixture compiled to bytes (through a file: the writer's output). */
static unsigned char *fixture_bytes(size_t *len) {
  char path[64];
  snprintf(path, sizeof path, "/tmp/test_cameo.%d.nmm", (int)getpid());
  nm_cameo_builder *b = nm_cameo_builder_new();
  nm_error e = {NM_OK, NULL, 0};
  unsigned char *buf = NULL;
  *len = 0;
  if (b && add_texts(b, &fixture) && nm_cameo_builder_write(b, path, &e) == NM_OK)
    buf = nm_test_slurp(path, len);
  else
    fprintf(stderr, "write: %s\n", e.msg ? e.msg : "?");
  nm_cameo_builder_free(b);
  unlink(path);
  return buf;
}

/* Runs lookups over everything a dictionary holds; they must stay in
 * bounds (the sanitizers watch) and agree with each other. */
static void exercise(const nm_cameo *c) {
  nm_cameo_stats s;
  nm_cameo_get_stats(c, &s);
  uint32_t ids[6];
  for (uint32_t w = 0; w < s.words && w < 4096; w++) {
    const char *t = nm_cameo_word_text(c, w);
    uint32_t again = nm_cameo_word(c, t, strlen(t));
    if (again == NM_CAMEO_NONE || strcmp(nm_cameo_word_text(c, again), t)) NM_CHECK(0);
    nm_cameo_verb v[8];
    size_t n = nm_cameo_verbs(c, w, v, 8);
    for (size_t i = 0; i < n; i++)
      if (!nm_cameo_block_name(c, v[i].block) || !v[i].code) NM_CHECK(0);
    for (size_t k = 0; k < 6; k++)
      ids[k] = (w + k * 7) % (s.words + 1);
    uint32_t a;
    if (nm_cameo_match_actor(c, ids, 6, 0, &a)) NM_CHECK(nm_cameo_actor_name(c, a) != NULL);
    if (nm_cameo_match_agent(c, ids, 6, 1, &a)) NM_CHECK(nm_cameo_agent_code(c, a, NULL) != NULL);
    for (uint32_t y = 0; y < s.synsets && y < 64; y++)
      (void)nm_cameo_synset_match(c, y, ids, 6, 0);
  }
  for (uint32_t a = 0; a < s.actors && a < 4096; a++)
    (void)nm_cameo_actor_code(c, a, 20000101);
  for (uint32_t b = 0; b < s.verb_blocks; b++)
    for (size_t i = 0; i < nm_cameo_block_patterns(c, b); i++) {
      nm_cameo_pattern p;
      if (!nm_cameo_block_pattern(c, b, i, &p) || !p.text || p.n_elems == 0) NM_CHECK(0);
    }
  nm_cameo_transform t;
  for (size_t i = 0; i < nm_cameo_transforms(c); i++)
    NM_CHECK(nm_cameo_transform_get(c, i, &t));
  static const char text[] = "Months later the World Golf Championships in group a, ESPN2";
  (void)nm_cameo_discard(c, text, sizeof text - 1, NULL);
  uint32_t v;
  if (nm_cameo_pico(c, "033", &v)) NM_CHECK(nm_cameo_pico_code(c, v) != NULL);
}

NM_TEST(round_trip) {
  size_t len1, len2;
  unsigned char *a = fixture_bytes(&len1), *b = fixture_bytes(&len2);
  NM_CHECK(a && b && len1 == len2 && !memcmp(a, b, len1)); /* deterministic */
  nm_cameo *mem = build(&fixture, NULL), *file = NULL;
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK(a && nm_cameo_open_mem(a, len1, &file, &e) == NM_OK);
  NM_CHECK(mem && file);
  if (mem && file) {
    nm_cameo_stats s1, s2;
    nm_cameo_get_stats(mem, &s1);
    nm_cameo_get_stats(file, &s2);
    NM_CHECK(!memcmp(&s1, &s2, sizeof s1));
    NM_CHECK_EQ_STR(actor_code(file, "GOLLUM", 19950602), "HOBGOV");
    NM_CHECK_EQ_STR(agent_code(file, "FOREIGN MINISTERS", NULL), "GOVFRM");
    NM_CHECK_EQ_INT(syn_match(file, "WEAPON", "HAND GRENADES"), 2);
    nm_cameo_verb v;
    NM_CHECK(one_verb(file, "CORDONED", &v) && v.n_post == 1);
    NM_CHECK(discard(file, "He watched ESPN2", 1));
    uint32_t pv;
    NM_CHECK(nm_cameo_pico(file, "033", &pv) && pv == 0x3040);
    exercise(file);
    exercise(mem);
  }
  /* the fuzz seed is this file behind the selector byte '0' */
  const char *dir = getenv("NM_CAMEO_WRITE_SEED");
  char path[512];
  snprintf(path, sizeof path, "%s/tiny.nmm", dir && *dir ? dir : seed_dir);
  if (a && dir && *dir) {
    FILE *f = fopen(path, "wb");
    NM_CHECK(f && fputc('0', f) == '0' && fwrite(a, 1, len1, f) == len1 && fclose(f) == 0);
    static const char *const names[5] = {"verbs.txt", "actors.txt", "agents.txt", "discards.txt",
                                         "pico.txt"};
    const char *bodies[5] = {fx_verbs, fx_actors, fx_agents, fx_discards, fx_pico};
    for (int k = 0; k < 5; k++) {
      char p2[512];
      snprintf(p2, sizeof p2, "%s/%s", dir, names[k]);
      FILE *g = fopen(p2, "wb");
      NM_CHECK(g && fputc('1' + k, g) != EOF && fputs(bodies[k], g) >= 0 && fclose(g) == 0);
    }
  }
  size_t slen;
  unsigned char *seed = nm_test_slurp(path, &slen);
  NM_CHECK(seed && a && slen == len1 + 1 && seed[0] == '0' && !memcmp(seed + 1, a, len1));
  free(seed);
  nm_cameo_free(mem);
  nm_cameo_free(file);
  free(a);
  free(b);
}

NM_TEST(damaged_files) {
  size_t len;
  unsigned char *good = fixture_bytes(&len);
  NM_CHECK(good != NULL);
  if (!good) return;
  unsigned char *buf = malloc(len);
  nm_error e = {NM_OK, NULL, 0};
  nm_cameo *c = NULL;
  /* every truncation is an error with a message */
  for (size_t n = 0; n < len; n++) {
    memcpy(buf, good, n);
    e.msg = NULL;
    if (nm_cameo_open_mem(buf, n, &c, &e) != NM_ERR_FORMAT || c || !e.msg) {
      fprintf(stderr, "truncated to %zu bytes: accepted or no message\n", n);
      NM_CHECK(0);
      break;
    }
  }
  /* every flipped bit breaks the checksum */
  size_t rejected = 0, resealed_ok = 0, resealed_bad = 0;
  for (size_t i = 0; i < len; i++)
    for (int bit = 0; bit < 8; bit++) {
      memcpy(buf, good, len);
      buf[i] ^= (unsigned char)(1u << bit);
      if (nm_cameo_open_mem(buf, len, &c, &e) == NM_OK)
        nm_cameo_free(c);
      else
        rejected++;
    }
  NM_CHECK_EQ_INT(rejected, len * 8);
  /* with the checksum repaired, the other checks must reject the damage
   * or leave a dictionary whose lookups stay sound */
  for (size_t i = 0; i < len; i++) {
    memcpy(buf, good, len);
    buf[i] ^= (unsigned char)(1u << (i % 8));
    nm_cameo_seal(buf, len);
    e.msg = NULL;
    if (nm_cameo_open_mem(buf, len, &c, &e) == NM_OK) {
      resealed_ok++;
      if (i % 16 == 0) exercise(c);
      nm_cameo_free(c);
    } else {
      resealed_bad++;
      NM_CHECK(e.msg != NULL && c == NULL);
    }
  }
  NM_CHECK(resealed_bad > len / 2); /* most of a file is structure, and checked */
  NM_CHECK(resealed_ok > 0);        /* letters of words and codes are not */
  NM_CHECK(nm_cameo_open_mem(NULL, 0, &c, &e) != NM_OK && !c);
  free(buf);
  free(good);
}

/* --- tables and shipped files ------------------------------------------------ */

NM_TEST(code_table) {
  const nm_cameo_code_info *i = nm_cameo_code_lookup("042");
  NM_CHECK(i != NULL);
  if (i) {
    NM_CHECK_EQ_STR(i->name, "Make a visit");
    NM_CHECK(i->goldstein > 1.89f && i->goldstein < 1.91f && i->quad_class == 1);
  }
  i = nm_cameo_code_lookup("1213"); /* ICEWS only: its name and value */
  NM_CHECK(i && !strcmp(i->name, "Reject judicial cooperation") && i->goldstein == -4.0f &&
           i->quad_class == 3);
  i = nm_cameo_code_lookup("016"); /* GDELT's and ICEWS's values differ */
  NM_CHECK(i && i->goldstein == -2.0f && i->goldstein_icews == -5.0f);
  i = nm_cameo_code_lookup("044"); /* GDELT's name is mis-encoded: ICEWS's */
  NM_CHECK(i && !strcmp(i->name, "Meet at a 'third' location"));
  NM_CHECK(nm_cameo_code_lookup("01") && nm_cameo_code_lookup("2042"));
  NM_CHECK(nm_cameo_code_lookup("20") && nm_cameo_code_lookup("20")->quad_class == 4);
  NM_CHECK(!nm_cameo_code_lookup("999") && !nm_cameo_code_lookup("") &&
           !nm_cameo_code_lookup(NULL) && !nm_cameo_code_lookup("0420"));
}

NM_TEST(shipped_dictionary) {
  nm_cameo *c = NULL;
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK(nm_cameo_open(shipped_path, &c, &e) == NM_OK);
  if (!c) {
    fprintf(stderr, "%s: %s\n", shipped_path, e.msg ? e.msg : "?");
    return;
  }
  nm_cameo_stats s;
  nm_cameo_get_stats(c, &s);
  NM_CHECK_EQ_INT(s.synsets, 40);
  /* 397 of CAMEO.2.0.txt; URGE, TURN, RENEW, SANCTION of the team's */
  NM_CHECK_EQ_INT(s.verb_blocks, 401);
  NM_CHECK_EQ_INT(s.transforms, 8);
  NM_CHECK_EQ_INT(s.pico, 266);
  NM_CHECK(s.patterns > 4600 && s.verbs > 7000 && s.actors > 27000 && s.actor_phrases > 34000);
  NM_CHECK(s.agents > 2200 && s.agent_phrases > 5000 && s.discards > 500);
  nm_cameo_verb v[8];
  size_t n = nm_cameo_verbs(c, wid(c, "ACCUSED"), v, 8);
  NM_CHECK(n >= 1);
  if (n) {
    NM_CHECK_EQ_STR(v[0].code, "112");
    NM_CHECK_EQ_STR(nm_cameo_block_name(c, v[0].block), "BLAME");
    NM_CHECK_EQ_STR(nm_cameo_word_text(c, v[0].base), "ACCUSE");
    NM_CHECK(nm_cameo_block_patterns(c, v[0].block) > 10);
  }
  /* the team's patterns joined CANCEL's block (dict/src/team.verbs.txt) */
  n = nm_cameo_verbs(c, wid(c, "SUSPENDED"), v, 8);
  NM_CHECK(n >= 1);
  bool funding = false;
  for (size_t i = 0; n && i < nm_cameo_block_patterns(c, v[0].block); i++) {
    nm_cameo_pattern p;
    if (nm_cameo_block_pattern(c, v[0].block, i, &p) && !strcmp(p.text, "- * FUNDING [1621]"))
      funding = true;
  }
  NM_CHECK(funding);
  /* URGE, a block of the team's own (the production file has its
   * patterns but not the verb) */
  n = nm_cameo_verbs(c, wid(c, "URGED"), v, 8);
  NM_CHECK(n >= 1);
  if (n) {
    NM_CHECK_EQ_STR(v[0].code, "020");
    NM_CHECK_EQ_STR(nm_cameo_block_name(c, v[0].block), "URGE");
  }
  size_t len;
  NM_CHECK_EQ_STR(nm_cameo_actor_name(c, actor_at(c, "Barack Obama", &len)), "BARACK OBAMA");
  NM_CHECK_EQ_STR(actor_code(c, "BARACK OBAMA", 20100101), "USAGOV");
  /* the Phoenix files' horizon: 2014 is the last year with ten dated codes */
  NM_CHECK_EQ_INT(nm_cameo_horizon(c), 20141231);
  bool open = false;
  uint32_t obama = actor_at(c, "Barack Obama", &len);
  NM_CHECK(nm_cameo_actor_code_open(c, obama, 20100101, &open) && open); /* [USAGOV >090120] */
  NM_CHECK(nm_cameo_actor_code_open(c, obama, 19900101, &open) && !open); /* 780101-000101 */
  NM_CHECK_EQ_STR(actor_code(c, "BARACK OBAMA", 19900101), "USAELI");
  NM_CHECK(actor_code(c, "BARACK OBAMA", 20050101) == NULL);
  NM_CHECK_EQ_STR(actor_code(c, "PRESIDENT BARACK OBAMA said", 20100101), "USAGOV");
  NM_CHECK_EQ_STR(actor_code(c, "AFGHANISTAN", 0), "AFG");
  /* East Timor's old code TMP is written TLS, the country's own */
  NM_CHECK_EQ_STR(actor_code(c, "XANANA GUSMAO", 20260101), "TLSGOV");
  bool prefix = true;
  NM_CHECK_EQ_STR(agent_code(c, "FOREIGN MINISTER", &prefix), "GOV");
  NM_CHECK(!prefix);
  NM_CHECK_EQ_STR(agent_code(c, "foreign ministers", &prefix), "GOV");
  static const char sport[] = "The Asian Cup final was played on Sunday.";
  NM_CHECK(nm_cameo_discard(c, sport, sizeof sport - 1, NULL));
  uint32_t pv;
  NM_CHECK(nm_cameo_pico(c, "033", &pv) && pv == 0x3040);
  NM_CHECK_EQ_STR(nm_cameo_pico_code(c, 0x3040), "033");
  exercise(c);
  nm_cameo_free(c);
}

/* The production and validation sources, when the shared data is there:
 * every file loads with the documented repairs only, and the production
 * set with the team's verbs and actors compiles to the shipped file's
 * bytes. */
NM_TEST(shared_sources) {
  const char *data = getenv("NEWSMILL_DATA");
  if (!data || !*data) data = "../shared/data";
  char p[7][512];
  static const char *const prod[7] = {
      "openeventdata__petrarch2/CAMEO.2.0.txt",
      "openeventdata__petrarch2/Phoenix.Countries.actors.txt",
      "openeventdata__petrarch2/Phoenix.International.actors.txt",
      "openeventdata__petrarch2/Phoenix.MilNonState.actors.txt",
      "openeventdata__petrarch2/Phoenix.agents.txt",
      "openeventdata__petrarch2/Phoenix.discards.txt",
      "openeventdata__UniversalPetrarch/PETR.Internal.Coding.Ontology.txt"};
  for (int i = 0; i < 7; i++)
    snprintf(p[i], sizeof p[i], "%s/events/%s", data, prod[i]);
  if (access(p[0], R_OK) != 0) {
    printf("test_cameo: %s not found; shared_sources skipped\n", p[0]);
    return;
  }
  nm_cameo_builder *b = nm_cameo_builder_new();
  nm_error e = {NM_OK, NULL, 0};
  nm_status st = nm_cameo_builder_add_verbs(b, p[0], &e);
  for (int i = 1; i < 4 && !st; i++)
    st = nm_cameo_builder_add_actors(b, p[i], &e);
  if (!st) st = nm_cameo_builder_add_agents(b, p[4], &e);
  if (!st) st = nm_cameo_builder_add_discards(b, p[5], &e);
  if (!st) st = nm_cameo_builder_add_pico(b, p[6], &e);
  /* the team's additions, after the production set (make dicts); the
   * team's actors correct the production set's */
  nm_cameo_builder_override_actors(b);
  if (!st) st = nm_cameo_builder_add_verbs(b, "dict/src/team.verbs.txt", &e);
  if (!st) st = nm_cameo_builder_add_actors(b, "dict/src/team.actors.txt", &e);
  if (!st) st = nm_cameo_builder_add_agents(b, "dict/src/team.agents.txt", &e);
  NM_CHECK_EQ_INT(st, NM_OK);
  if (st) fprintf(stderr, "%s\n", e.msg ? e.msg : "?");
  nm_cameo_warnings w;
  nm_cameo_builder_warnings(b, &w);
  NM_CHECK(w.unknown_synset == 4 && w.stray_close == 2 && w.odd_dates == 6 && w.bare_dates == 2 &&
           w.empty_ranges == 2 && w.trailing_text == 3 && w.agent_no_code == 1 &&
           w.pattern_no_dash == 0 && w.synset_brackets == 0);
  char tmp[64];
  snprintf(tmp, sizeof tmp, "/tmp/test_cameo_prod.%d.nmm", (int)getpid());
  NM_CHECK(!st && nm_cameo_builder_write(b, tmp, &e) == NM_OK);
  size_t l1, l2;
  unsigned char *built = nm_test_slurp(tmp, &l1), *shipped = nm_test_slurp(shipped_path, &l2);
  NM_CHECK(built && shipped && l1 == l2 && !memcmp(built, shipped, l1));
  if (!(built && shipped && l1 == l2 && !memcmp(built, shipped, l1)))
    fprintf(stderr, "dict/cameo.nmm differs from its sources: rebuild it (make dicts)\n");
  free(built);
  free(shipped);
  unlink(tmp);
  nm_cameo_builder_free(b);

  static const char *const val[5] = {
      "PETR_Validate_verbs_2_02.txt", "PETR_Validate_actors_2_02.txt",
      "PETR_Validate_agents_2_02.txt", "PETR_Validate_discards_2_02.txt",
      "PETR_Validate_Internal_Coding_Ontology_1_01.txt"};
  for (int i = 0; i < 5; i++)
    snprintf(p[i], sizeof p[i], "%s/events/openeventdata__UniversalPetrarch/%s", data, val[i]);
  b = nm_cameo_builder_new();
  st = nm_cameo_builder_add_verbs(b, p[0], &e);
  if (!st) st = nm_cameo_builder_add_actors(b, p[1], &e);
  if (!st) st = nm_cameo_builder_add_agents(b, p[2], &e);
  if (!st) st = nm_cameo_builder_add_discards(b, p[3], &e);
  if (!st) st = nm_cameo_builder_add_pico(b, p[4], &e);
  NM_CHECK_EQ_INT(st, NM_OK);
  if (st) fprintf(stderr, "%s\n", e.msg ? e.msg : "?");
  nm_cameo_builder_warnings(b, &w);
  NM_CHECK(w.unknown_synset == 5 && w.synset_brackets == 5 && w.pattern_no_dash == 1 &&
           w.stray_close == 0 && w.odd_dates == 0 && w.agent_no_code == 0);
  nm_cameo *c = NULL;
  NM_CHECK(!st && nm_cameo_builder_finish(b, &c, &e) == NM_OK);
  if (c) {
    NM_CHECK_EQ_STR(actor_code(c, "SAM GAMGEE", 20100110), "ORCHOB");
    NM_CHECK_EQ_STR(actor_code(c, "SAM GAMGEE", 20100113), "HOBMIL");
    NM_CHECK_EQ_STR(actor_code(c, "ZIMBABWE", 19700101), "RHO");
    NM_CHECK_EQ_STR(actor_code(c, "ZIMBABWE", 19900101), "ZBW");
    NM_CHECK_EQ_STR(agent_code(c, "CONGRESSWOMEN", NULL), "LEG");
    NM_CHECK_EQ_STR(agent_code(c, "MINISTRY OF SILLY WALKS", NULL), "GOV");
    NM_CHECK_EQ_INT(syn_match(c, "ACCORDSYN", "CULTURAL"), 1); /* "+&TIETYPES" */
    exercise(c);
  }
  nm_cameo_free(c);
  nm_cameo_builder_free(b);
}

/* Actor files added after nm_cameo_builder_override_actors() win the
 * phrases they share with the files before ("SAMOAN" under American Samoa
 * in Phoenix, Samoa's in the team's file); among themselves, and without
 * the call, the first coded actor keeps a shared phrase. */
NM_TEST(override_actors) {
  static const char production[] = "AMERICAN_SAMOA_ [USAASM]\n+SAMOAN_\nSAMOA_ [WSM]\n";
  static const char team[] = "SAMOAN_ [WSM]\nSAMOAN_ [XXX]\nAPIA_ [WSMGOV]\n";
  for (int over = 0; over < 2; over++) {
    nm_cameo_builder *b = nm_cameo_builder_new();
    nm_cameo *c = NULL;
    nm_error e = {NM_OK, NULL, 0};
    NM_CHECK(b != NULL);
    if (!b) return;
    NM_CHECK(nm_cameo_builder_add_actors_mem(b, "production", production, strlen(production),
                                             &e) == NM_OK);
    if (over) nm_cameo_builder_override_actors(b);
    NM_CHECK(nm_cameo_builder_add_actors_mem(b, "team", team, strlen(team), &e) == NM_OK);
    NM_CHECK(nm_cameo_builder_finish(b, &c, &e) == NM_OK);
    nm_cameo_builder_free(b);
    if (!c) continue;
    NM_CHECK_EQ_STR(actor_code(c, "SAMOAN", 20250101), over ? "WSM" : "USAASM");
    NM_CHECK_EQ_STR(actor_code(c, "AMERICAN SAMOA", 20250101), "USAASM");
    NM_CHECK_EQ_STR(actor_code(c, "APIA", 20250101), "WSMGOV");
    nm_cameo_free(c);
  }
}

int main(void) {
  NM_RUN(synsets_and_plurals);
  NM_RUN(verb_forms);
  NM_RUN(patterns);
  NM_RUN(extending_a_block);
  NM_RUN(transformations);
  NM_RUN(actor_dates);
  NM_RUN(override_actors);
  NM_RUN(agents);
  NM_RUN(discards);
  NM_RUN(pico);
  NM_RUN(malformed_lines);
  NM_RUN(round_trip);
  NM_RUN(damaged_files);
  NM_RUN(code_table);
  NM_RUN(shipped_dictionary);
  NM_RUN(shared_sources);
  NM_TEST_MAIN_END();
}
