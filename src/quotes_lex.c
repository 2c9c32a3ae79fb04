/* quotes_lex.c - the quotes stage's word lists, written by the newsmill
 * team: cue verbs by lemma with their classes, nouns that speak for someone
 * else, and words that make a quotation a term. Lists are sorted; lookups
 * are binary searches over short lower-case strings. */
#include "quotes_int.h"
#include "irregular.h"

#include <string.h>

typedef struct verb {
  const char *lemma;
  unsigned cls;
} verb;

#define SAY NM_QV_SAY
#define MAN NM_QV_MANNER
#define THK NM_QV_THINK
#define EVD NM_QV_EVID
#define XC  NM_QV_XCOMP
#define FOR NM_QV_FOR
#define OBJ NM_QV_OBJ

/* Sorted by lemma (checked by the unit tests). SAY verbs introduce direct
 * quotations and reported speech; MAN verbs only frame a direct quotation
 * ("he laughed"); THK and EVD verbs report a thought or a finding and count
 * only with a clause ("polls show that …"). XC: the content may be an
 * infinitive ("urged Congress to act"); FOR: "called for a vote"; OBJ: the
 * object is the content ("denied the report"), where for "say" it is not
 * ("said the word"). */
static const verb verbs[] = {
    {"accuse", SAY},
    {"acknowledge", SAY | OBJ},
    {"add", SAY},
    {"admit", SAY},
    {"advise", SAY | XC},
    {"agree", SAY | XC},
    {"allege", SAY | OBJ},
    {"announce", SAY | OBJ},
    {"answer", SAY},
    {"applaud", SAY | OBJ},
    {"argue", SAY},
    {"ask", SAY | XC},
    {"assert", SAY},
    {"assume", THK},
    {"assure", SAY},
    {"attack", SAY | OBJ},
    {"beg", MAN | XC},
    {"believe", THK},
    {"blame", SAY | OBJ},
    {"blast", SAY | OBJ},
    {"boast", SAY},
    {"brag", SAY},
    {"brand", SAY},
    {"call", SAY | XC | FOR},
    {"caution", SAY},
    {"chant", MAN},
    {"charge", SAY},
    {"cite", SAY | OBJ},
    {"claim", SAY | OBJ},
    {"commend", SAY | OBJ},
    {"comment", SAY},
    {"compare", SAY | OBJ},
    {"complain", SAY},
    {"concede", SAY | OBJ},
    {"conclude", SAY | EVD},
    {"condemn", SAY | OBJ},
    {"confirm", SAY | OBJ},
    {"contend", SAY},
    {"continue", MAN},
    {"counter", SAY},
    {"criticise", SAY | OBJ},
    {"criticize", SAY | OBJ},
    {"cry", MAN},
    {"declare", SAY},
    {"decline", SAY | XC},
    {"decry", SAY | OBJ},
    {"defend", SAY | OBJ},
    {"demand", SAY | XC | OBJ},
    {"denounce", SAY | OBJ},
    {"deny", SAY | OBJ},
    {"deplore", SAY | OBJ},
    {"describe", SAY | OBJ},
    {"determine", EVD},
    {"disclose", SAY | OBJ},
    {"discuss", SAY | OBJ},
    {"dismiss", SAY | OBJ},
    {"doubt", THK},
    {"dub", SAY},
    {"echo", SAY | OBJ},
    {"emphasise", SAY},
    {"emphasize", SAY},
    {"encourage", XC},
    {"endorse", SAY | OBJ},
    {"estimate", EVD | OBJ},
    {"exclaim", MAN},
    {"expect", THK | XC},
    {"explain", SAY},
    {"express", SAY | OBJ},
    {"fear", THK},
    {"feel", THK},
    {"find", EVD | OBJ},
    {"forecast", EVD | OBJ},
    {"guess", THK},
    {"hail", SAY | OBJ},
    {"hint", SAY},
    {"hope", THK | XC},
    {"implore", XC},
    {"imply", SAY},
    {"indicate", SAY | EVD},
    {"insist", SAY},
    {"instruct", XC},
    {"intend", THK | XC},
    {"joke", SAY},
    {"know", THK},
    {"label", SAY},
    {"lambast", SAY | OBJ},
    {"lament", SAY},
    {"laud", SAY | OBJ},
    {"laugh", MAN},
    {"liken", SAY | OBJ},
    {"maintain", SAY},
    {"mention", SAY | OBJ},
    {"muse", SAY},
    {"mutter", MAN},
    {"note", SAY},
    {"object", SAY},
    {"observe", SAY},
    {"offer", SAY | XC | OBJ},
    {"order", XC},
    {"plan", THK | XC},
    {"plead", SAY},
    {"pledge", SAY | XC | OBJ},
    {"point", SAY},
    {"post", SAY},
    {"praise", SAY | OBJ},
    {"predict", SAY | EVD | OBJ},
    {"proclaim", SAY},
    {"promise", SAY | XC | OBJ},
    {"propose", SAY | OBJ},
    {"protest", SAY},
    {"prove", EVD},
    {"question", SAY | OBJ},
    {"quip", SAY},
    {"read", MAN},
    {"realise", THK},
    {"realize", THK},
    {"rebut", SAY | OBJ},
    {"recall", SAY},
    {"reckon", THK},
    {"recommend", SAY | XC | OBJ},
    {"recount", SAY},
    {"refuse", SAY | XC},
    {"reiterate", SAY | OBJ},
    {"reject", SAY | OBJ},
    {"remark", SAY},
    {"remind", SAY},
    {"repeat", SAY | OBJ},
    {"reply", SAY},
    {"report", SAY | EVD | OBJ},
    {"request", SAY | XC | OBJ},
    {"respond", SAY},
    {"retort", SAY},
    {"reveal", SAY | EVD | OBJ},
    {"rule", SAY},
    {"say", SAY},
    {"scoff", SAY},
    {"scream", MAN},
    {"seek", XC},
    {"shout", MAN},
    {"show", EVD | OBJ},
    {"sigh", MAN},
    {"signal", SAY},
    {"sing", MAN},
    {"slam", SAY | OBJ},
    {"snap", MAN},
    {"speculate", SAY | OBJ},
    {"state", SAY},
    {"stress", SAY},
    {"suggest", SAY | EVD},
    {"suspect", THK},
    {"swear", SAY},
    {"tell", SAY | XC},
    {"testify", SAY},
    {"think", THK},
    {"threaten", SAY | XC},
    {"tweet", SAY},
    {"underline", SAY},
    {"urge", SAY | XC},
    {"voice", SAY | OBJ},
    {"vow", SAY | XC},
    {"want", THK | XC},
    {"warn", SAY | XC},
    {"welcome", SAY | OBJ},
    {"whisper", MAN},
    {"wonder", SAY | THK},
    {"worry", THK},
    {"write", SAY},
    {"yell", MAN},
};

#undef SAY
#undef MAN
#undef THK
#undef EVD
#undef XC
#undef FOR
#undef OBJ

/* Binary search of a sorted list of strings; index or -1. */
static long find_sorted(const char *const *list, size_t n, size_t stride, const char *s,
                        size_t len) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const char *w = *(const char *const *)((const char *)list + mid * stride);
    /* s may hold any bytes, NUL included: compare lengths, not terminators */
    size_t wl = strlen(w);
    int c = memcmp(w, s, wl < len ? wl : len);
    if (c == 0) c = (wl > len) - (wl < len);
    if (c == 0) return (long)mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

unsigned nm_quote_verb_class(const char *lemma, size_t len) {
  if (len == 0 || len > 16) return 0;
  long k =
      find_sorted(&verbs[0].lemma, sizeof verbs / sizeof verbs[0], sizeof verbs[0], lemma, len);
  return k < 0 ? 0 : verbs[k].cls;
}

unsigned nm_quote_form_class(const char *form, size_t len) {
  if (len == 0 || len > 16) return 0;
  /* past forms that suffix stripping cannot undo ("told", "wrote") */
  const nm_irregular *irr = nm_irregular_find(form, len);
  if (irr) return nm_quote_verb_class(irr->base, strlen(irr->base));
  unsigned c = nm_quote_verb_class(form, len);
  if (c) return c;
  char buf[20];
  memcpy(buf, form, len);
  buf[len] = '\0';
  /* -ies/-ied -> -y; -s, -es, -ed, -d, -ing -> the stem, with or without e;
   * a doubled final consonant is undone ("vetted" -> "vet") */
  static const char *const suffixes[] = {"ies", "ied", "ing", "es", "ed", "s", "d"};
  for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
    size_t sl = strlen(suffixes[i]);
    if (len <= sl + 1 || memcmp(form + len - sl, suffixes[i], sl) != 0) continue;
    size_t stem = len - sl;
    if (!strcmp(suffixes[i], "ies") || !strcmp(suffixes[i], "ied")) {
      memcpy(buf + stem, "y", 2);
      if ((c = nm_quote_verb_class(buf, stem + 1))) return c;
      continue;
    }
    if ((c = nm_quote_verb_class(form, stem))) return c;
    memcpy(buf + stem, "e", 2);
    if ((c = nm_quote_verb_class(buf, stem + 1))) return c;
    if (stem >= 3 && form[stem - 1] == form[stem - 2] && (c = nm_quote_verb_class(form, stem - 1)))
      return c;
  }
  return 0;
}

/* Sorted. */
static const char *const agents[] = {
    "adviser",      "advisor",     "aide",           "attorney",  "campaign",  "counsel",
    "lawyer",       "office",      "representative", "spokesman", "spokesmen", "spokespeople",
    "spokesperson", "spokeswoman", "spokeswomen",    "staff",     "staffer",   "surrogate",
};

bool nm_quote_agent_noun(const char *lemma, size_t len) {
  if (len == 0 || len > 16) return false;
  return find_sorted(agents, sizeof agents / sizeof agents[0], sizeof agents[0], lemma, len) >= 0;
}

/* Sorted. Words just before a quotation that name it rather than quote
 * anyone: "the so-called “deal of the century”", "a plan dubbed “…”". */
static const char *const naming[] = {
    "branded",  "called", "dubbed",    "entitled",  "headlined", "labeled",
    "labelled", "named",  "nicknamed", "so-called", "termed",    "titled",
};

bool nm_quote_naming_word(const char *lower, size_t len) {
  if (len == 0 || len > 16) return false;
  return find_sorted(naming, sizeof naming / sizeof naming[0], sizeof naming[0], lower, len) >= 0;
}

int nm_quote_lex_check(void) {
  for (size_t i = 1; i < sizeof verbs / sizeof verbs[0]; i++)
    if (strcmp(verbs[i - 1].lemma, verbs[i].lemma) >= 0) return 0;
  for (size_t i = 1; i < sizeof agents / sizeof agents[0]; i++)
    if (strcmp(agents[i - 1], agents[i]) >= 0) return 0;
  for (size_t i = 1; i < sizeof naming / sizeof naming[0]; i++)
    if (strcmp(naming[i - 1], naming[i]) >= 0) return 0;
  return 1;
}
