/* events.c - actor codes and CAMEO events from the dependency parse.
 *
 * Per sentence, every VERB token is looked up in the verb dictionary (its
 * form, then its lemma; multi-word verbs need their particle). The verb's
 * block patterns are matched against the words of its clause: the part
 * before "*" against the words before the verb, the part after against the
 * words after it, in order; the matching pattern with the most words wins,
 * else the verb's own code. The source is the subject (inherited by xcomp,
 * conj and reduced relatives; the by-phrase of a passive), the target the
 * pattern's "+" slot, else the object, else the first prepositional object
 * that codes as an actor. Actor phrases are coded from the dictionaries
 * (actors with their dated codes, agents as role suffixes) and, failing
 * that, from the entity the phrase refers to (its title and country). A
 * negated verb codes nothing; a coded verb governing a coded xcomp is
 * combined through the PICO ontology ("vowed to attack" -> threaten).
 * See docs/events.md. */
#include "events.h"
#include "utf8.h"

#include "entities.h"
#include "lexicon.h"
#include "titles.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NONE32 UINT32_MAX
#define MAXL   NM_EVENTS_MAX_LAYERS
/* Verb forms looked at per word, and children per word. */
#define MAX_FORMS  16
#define CODE_CAP   48
#define REASON_CAP 128

typedef struct acode {
  char code[CODE_CAP];
  char reason[REASON_CAP];
  int rank; /* 0 none, 1 country, 2 agent or title only, 3 dictionary actor */
  /* a person's dictionary code with no end date, for an article dated
   * after the dictionary's horizon: the article's own title may be newer */
  bool stale;
  /* 1 + the entity whose code code_owner() took ("the ELN's chief
   * negotiator, X"), or 0: role_country() gives it its country first */
  uint32_t owner;
} acode;

typedef struct ectx {
  nm_doc *d;
  const nm_cameo *const *L;
  size_t nl;
  uint32_t date; /* YYYYMMDD or 0 */
  const nm_word_tags *tg;
  uint32_t *tok_mention; /* per document token: mention index or NONE32 */
  acode *ent;            /* per entity */
  /* the sentence */
  uint32_t si;
  size_t first, n;
  uint32_t *fid[MAXL], *lid[MAXL];
  int32_t *head, *kid, *sib, *stack;
  uint8_t *region;
  uint8_t *when; /* per word: inside a time phrase of the clause (mark_clause) */
  /* np_range's visited marks (a CoNLL-U input may hold cycles): word i was
   * visited by the current call when seen[i] == seen[cap], the call's
   * stamp, so no call clears the array */
  uint32_t *seen;
  int subj_conj;                    /* conjuncts in the subject of the verb being matched */
  uint32_t *sent_time, *sent_place; /* per sentence: index_anchors() */
  uint8_t *ent_local; /* per entity: 1 when a town or region (index_anchors()) */
  uint32_t dateline_place;
  /* the main clause's subject of the sentence before, when it names a
   * body or a state the story coded (prev_si: its sentence, or NONE32) */
  acode prev_subj;
  uint32_t prev_si;
  size_t cap;
  /* armies a country modifies ("Sudan's army"), in text order: their
   * token and country; army_country() fills them on its first call */
  struct army {
    uint32_t tok;
    char cc[4];
  } *army;
  size_t n_army;
  bool army_ready;
  /* the story's country when the dateline is a bureau's in another
   * country the story never names again (bureau_country()); "" if not */
  char bureau_cc[4];
  bool bureau_ready;
  char bureau_home[4]; /* the bureau's story country when body_home() ran */
  /* the country whose bodies of a common name a story means (the
   * article's, else the dateline's: generic_body()), and whether the
   * dateline is in it */
  char home[4];
  bool home_dated;
} ectx;

static bool country_named_before(const ectx *c, uint32_t pos, char out[4]);

/* ------------------------------------------------------------------ */
/* Parse helpers                                                        */

static const char *rel(const ectx *c, int32_t i) {
  const char *r = c->tg[c->first + (size_t)i].deprel;
  return r ? r : "";
}
static bool rel_base(const ectx *c, int32_t i, const char *r) {
  const char *x = rel(c, i);
  size_t n = strlen(r);
  return strncmp(x, r, n) == 0 && (x[n] == 0 || x[n] == ':');
}
static bool rel_is(const ectx *c, int32_t i, const char *r) { return strcmp(rel(c, i), r) == 0; }
static const char *upos(const ectx *c, int32_t i) {
  const char *u = c->tg[c->first + (size_t)i].upos;
  return u ? u : "";
}
static const char *xpos(const ectx *c, int32_t i) {
  const char *x = c->tg[c->first + (size_t)i].xpos;
  return x ? x : "";
}
static const char *lemma(const ectx *c, int32_t i) {
  const char *l = c->tg[c->first + (size_t)i].lemma;
  return l ? l : "";
}
static bool nounish(const ectx *c, int32_t i) {
  const char *u = upos(c, i);
  return !strcmp(u, "NOUN") || !strcmp(u, "PROPN") || !strcmp(u, "PRON") || !strcmp(u, "NUM");
}
static bool id_is(const ectx *c, size_t li, int32_t t, uint32_t w) {
  return w != NM_CAMEO_NONE && (c->fid[li][t] == w || c->lid[li][t] == w);
}

/* Whether word i is in lower case, with no capital ("al-Qaeda" has one):
 * a common word,
 * never a one-word actor's name (the dictionaries give some groups a
 * common word as a synonym: "youth"). */
static bool lower_word(const ectx *c, int32_t i) {
  const nm_token *t = (const nm_token *)c->d->tokens.data + c->first + (size_t)i;
  unsigned char ch = (unsigned char)c->d->text[t->start];
  if (!(ch >= 'a' && ch <= 'z')) return false;
  for (uint32_t k = t->start; k < t->end; k++) /* "al-Qaeda" is a name */
    if (c->d->text[k] >= 'A' && c->d->text[k] <= 'Z') return false;
  return true;
}

/* Whether the n bytes at a equal b (lower case) with a's ASCII case folded. */
/* The roles of a state's own bodies: government, military, police,
 * judiciary, legislature, intelligence. */
static const char *const state_roles[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", NULL};
static const char *const insider_roles[] = {"GOV", "LEG", "OPP", NULL};
static const char *const country_nouns[] = {"country",   "nation",    "island", "kingdom",
                                            "republic",  "territory", "enclave", NULL};

/* Whether a[0..n) equals b[0..n), ASCII case aside on both sides. */
static bool ci_eq(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

/* Whether sentence word i is w (lower case), ASCII case ignored. */
static bool word_is_ci(const ectx *c, int32_t i, const char *w) {
  const nm_token *t = (const nm_token *)c->d->tokens.data + c->first + (size_t)i;
  size_t n = strlen(w);
  return t->end - t->start == n && ci_eq(c->d->text + t->start, w, n);
}
/* Whether sentence word i begins with w (lower case), ASCII case ignored. */
static bool word_prefix_ci(const ectx *c, int32_t i, const char *w) {
  const nm_token *t = (const nm_token *)c->d->tokens.data + c->first + (size_t)i;
  size_t n = strlen(w);
  return t->end - t->start >= n && ci_eq(c->d->text + t->start, w, n);
}

/* Whether s is one of the NULL-terminated words w. */
static bool word_in(const char *s, const char *const *w) {
  for (; *w; w++)
    if (!strcmp(s, *w)) return true;
  return false;
}

/* Whether v has a dependent of relation rel (its base) whose lemma is one
 * of the NULL-terminated words w. */
static bool dep_lemma_in(const ectx *c, int32_t v, const char *rel, const char *const *w);

static int32_t child(const ectx *c, int32_t h, const char *r, bool base);
static int32_t subject_of(const ectx *c, int32_t v, int depth);

/* Clause-level relations whose subtrees do not belong to a noun phrase. */
static bool along_with(const ectx *c, int32_t k);
/* Nouns of the writer's gloss: ", a reference to …", ", an allusion to …". */
static const char *const gloss_nouns[] = {"reference", "allusion", NULL};

static bool np_cut(const ectx *c, int32_t k) {
  static const char *const cut[] = {
      "conj", "cc",    "appos",     "acl",      "parataxis", "advcl", "ccomp",  "dep",
      "list", "punct", "discourse", "vocative", "csubj",     "xcomp", "orphan", "reparandum"};
  for (size_t i = 0; i < sizeof cut / sizeof *cut; i++)
    if (rel_base(c, k, cut[i])) return true;
  /* "after farmers blocked roads" parsed as the noun "roads" with the
   * modifier "blocked": a modifier with its own subject is a clause */
  if (rel_base(c, k, "amod") && child(c, k, "nsubj", false) >= 0) return true;
  /* "countries outside the region,' a reference to the United States",
   * the writer's gloss parsed as a noun's bare modifier: an apposition */
  if (rel_base(c, k, "nmod") && word_in(lemma(c, k), gloss_nouns) &&
      child(c, k, "case", false) < 0)
    return true;
  /* "the town, according to Gondor": who reports it, not part of it (nor
   * a target: target_candidates) */
  /* ... nor when it happened: "fired a missile ahead of US-South Korea
   * drills", "amid protests", "despite warnings by Washington" */
  /* ... nor a partner: "brokered the deal along with Egypt" */
  /* ... nor the channel it goes through: "$5 million in emergency aid
   * through the United Nations Children's Fund" is aid to others */
  /* ... nor what it came after or during ("hundreds of protests with
   * Beijing since an international arbitration tribunal ruled", "the
   * seizure during a visit to Brussels' customs authority") */
  static const char *const when[] = {"according", "accord", "ahead",  "amid",  "despite",
                                     "along",     "together", "through", "via", "since",
                                     "until",     "till",   "during", NULL};
  int32_t x = child(c, k, "case", false);
  /* (or the word itself, parsed as a modifier with its own object:
   * "since" over "an international arbitration tribunal") */
  if (rel_base(c, k, "advmod") && c->kid[k] >= 0 && word_in(lemma(c, k), when)) return true;
  /* ... nor the post or statement it was said in ("praised the operation in
   * a post on social media") */
  static const char *const said_in[] = {"post", "statement", "interview", "speech", "letter",
                                        "message", "video", "broadcast", "tweet", NULL};
  if (x >= 0 && !strcmp(lemma(c, x), "in") && rel_base(c, k, "nmod") &&
      word_in(lemma(c, k), said_in))
    return true;
  return (x >= 0 && word_in(lemma(c, x), when)) || along_with(c, k);
}
/* Relations whose subtrees are other clauses of a verb. */
static bool clause_cut(const ectx *c, int32_t k) {
  static const char *const cut[] = {"conj",  "parataxis", "advcl", "ccomp", "csubj",
                                    "xcomp", "list",      "dep",   "acl"};
  for (size_t i = 0; i < sizeof cut / sizeof *cut; i++)
    if (rel_base(c, k, cut[i])) return true;
  return false;
}

/* The tokens of h's noun phrase: [*lo, *hi]. */
static void np_range_1(const ectx *c, int32_t h, int32_t *lo, int32_t *hi);
static void np_range(const ectx *c, int32_t h, int32_t *lo, int32_t *hi) {
  np_range_1(c, h, lo, hi);
  /* a semicolon ends a phrase ("arrests opposition leaders; US and EU
   * announce sanctions", a headline the parse ran on) */
  for (int32_t k = h + 1; h >= 0 && k <= *hi; k++)
    if (word_is_ci(c, k, ";")) {
      *hi = k - 1;
      break;
    }
  for (int32_t k = h - 1; h >= 0 && k >= *lo; k--)
    if (word_is_ci(c, k, ";")) {
      *lo = k + 1;
      break;
    }
  /* "that Kenyan police had arrested": two subjects the parse split out
   * of one noun phrase (subject_of() takes the later): the phrase holds
   * the earlier one too */
  if (h < 0 || c->head[h] < 0 || !rel_base(c, h, "nsubj")) return;
  for (int32_t k = c->kid[c->head[h]]; k >= 0; k = c->sib[k]) {
    if (k >= *lo || !rel_base(c, k, "nsubj")) continue;
    int32_t klo, khi;
    np_range_1(c, k, &klo, &khi);
    bool one_phrase = khi < *lo;
    for (int32_t j = khi + 1; j < *lo && one_phrase; j++)
      one_phrase = nounish(c, j) || !strcmp(upos(c, j), "ADJ");
    if (one_phrase) *lo = klo;
  }
}
static void np_range_1(const ectx *c, int32_t h, int32_t *lo, int32_t *hi) {
  *lo = *hi = h;
  size_t sp = 0;
  uint32_t stamp = ++c->seen[c->cap];
  if (!stamp) { /* wrapped: start over */
    memset(c->seen, 0, c->cap * sizeof *c->seen);
    stamp = c->seen[c->cap] = 1;
  }
  c->stack[sp++] = h;
  c->seen[h] = stamp;
  while (sp) {
    int32_t x = c->stack[--sp];
    for (int32_t k = c->kid[x]; k >= 0; k = c->sib[k]) {
      if (np_cut(c, k) || c->seen[k] == stamp) continue;
      if (x == h && (rel_is(c, k, "case") || rel_is(c, k, "mark") || rel_is(c, k, "cc")))
        continue; /* "from Hamas": the phrase is "Hamas" */
      c->seen[k] = stamp;
      if (k < *lo) *lo = k;
      if (k > *hi) *hi = k;
      if (sp < c->n) c->stack[sp++] = k;
    }
  }
}

/* The words of h's phrase before it that modify it directly as a title
 * or origin does ("British Defence Secretary", "Israel's"): its
 * compound, flat, amod and nmod:poss dependents and their subtrees. */
static uint32_t mention_at(const ectx *c, int32_t i);
static void title_range(const ectx *c, int32_t h, int32_t *lo, int32_t *hi) {
  *lo = *hi = h;
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
    /* and a description before a rank that heads the name ("Houthi
     * military spokesman Brig. Gen. X", hung as nmod:desc of "Brig.") */
    if (!(rel_base(c, k, "compound") || rel_base(c, k, "flat") || rel_base(c, k, "amod") ||
          rel_is(c, k, "nmod:poss") || rel_base(c, k, "det") ||
          (k < h && rel_is(c, k, "nmod:desc") && mention_at(c, h) == NONE32)))
      continue;
    int32_t a, b;
    np_range(c, k, &a, &b);
    if (a < *lo) *lo = a;
    if (b > *hi) *hi = b;
  }
  /* ... and a description right before the rank, which the parse made
   * the head the name is an apposition of ("KFOR commander Maj. Gen.
   * Giovanni Ferraro", no comma between) */
  int32_t d = c->head[h];
  if (rel_base(c, h, "appos") && d >= 0 && d == *lo - 1 && !strcmp(upos(c, d), "NOUN")) {
    *lo = d;
    for (int32_t k = c->kid[d]; k >= 0; k = c->sib[k])
      if (k < d && (rel_base(c, k, "compound") || rel_base(c, k, "amod") ||
                    rel_is(c, k, "nmod:poss"))) {
        int32_t a, b;
        np_range(c, k, &a, &b);
        if (a < *lo) *lo = a;
      }
  }
}

/* Marks in c->region the words of v's clause (its subtree without other
 * clauses) with their depth below v plus one: v 1, its object 2, the
 * object's modifiers 3; and in c->when those inside a phrase of time
 * ("since Israel's war", "after the talks") or of a place beside which
 * something happened ("outside military headquarters"), which hold none
 * of the verb's arguments: a pattern's bare words do not match there
 * ("left ... since the war began" is no "went to war"), its prepositional
 * phrases, which name their preposition ("(DURING PROTEST)"), do. */
static bool case_word(const ectx *c, int32_t h, const char *w);
static bool has_time(const ectx *c, int32_t lo, int32_t hi);

static void mark_clause(ectx *c, int32_t v) {
  static const char *const partitives[] = {"part", "some", "most", "all", "much", "half",
                                           "portion", "bulk", "rest", "share", "remainder",
                                           NULL};
  /* when, and beside what ("arrested by police outside military
   * headquarters" is no capture of headquarters) */
  static const char *const aside_case[] = {"since",   "after", "before", "until",  "during",
                                           "outside", "near",  "amid",   "beside", "behind", NULL};
  memset(c->region, 0, c->n);
  memset(c->when, 0, c->n);
  size_t sp = 0;
  c->stack[sp++] = v;
  c->region[v] = 1;
  while (sp) {
    int32_t x = c->stack[--sp];
    for (int32_t k = c->kid[x]; k >= 0; k = c->sib[k]) {
      /* (a noun's conjunct after the verb is no clause: "exchanged
       * mortar and machine-gun fire"; a subject's conjuncts are sources
       * of their own) */
      bool noun_conj =
          rel_base(c, k, "conj") && x != v && x > v && nounish(c, k) && nounish(c, x);
      if ((clause_cut(c, k) && !noun_conj) || c->region[k]) continue;
      c->region[k] = c->region[x] < 250 ? (uint8_t)(c->region[x] + 1) : 250;
      /* "froze part of its military aid": the phrase after a part's "of"
       * stands where the part does */
      if (rel_base(c, k, "nmod") && case_word(c, k, "of") && word_in(lemma(c, x), partitives))
        c->region[k] = c->region[x];
      if (noun_conj) c->region[k] = c->region[x]; /* where the noun stands */
      c->when[k] = c->when[x] || ((rel_base(c, k, "obl") || rel_base(c, k, "nmod")) &&
                                  dep_lemma_in(c, k, "case", aside_case));
      /* ... and a day's or an hour's "on" or "at" ("demanded an end to
       * the airstrikes on Friday" is no "pressed on", "- * ON [190]") */
      static const char *const day_case[] = {"on", "at", NULL};
      if (!c->when[k] && (rel_base(c, k, "obl") || rel_base(c, k, "nmod")) &&
          dep_lemma_in(c, k, "case", day_case) && has_time(c, k, k))
        c->when[k] = 1;
      if (sp < c->n) c->stack[sp++] = k;
    }
  }
  /* "ordered the ambassador to leave": an infinitive complement's "to"
   * and verb, for a pattern's phrase "(TO LEAVE)" only (a preposition is
   * looked for down to depth 4, the words after it to 5; bare words and a
   * phrase's modifiers never reach them) */
  /* (or hung on the object: "ordered French diplomats to leave") */
  int32_t o = child(c, v, "obj", false);
  for (int pass = 0; pass < 2; pass++)
    for (int32_t x = pass ? (o >= 0 ? c->kid[o] : -1) : c->kid[v]; x >= 0; x = c->sib[x]) {
      int32_t m = rel_base(c, x, pass ? "acl" : "xcomp") ? child(c, x, "mark", false) : -1;
      if (m < 0 || !word_is_ci(c, m, "to") || c->region[m] || c->region[x]) continue;
      c->region[m] = 4;
      c->region[x] = 5;
    }
}

static int32_t child(const ectx *c, int32_t h, const char *r, bool base) {
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k])
    if (base ? rel_base(c, k, r) : rel_is(c, k, r)) return k;
  return -1;
}
/* The preposition (case child) of a nominal, or -1. */
static int32_t case_of(const ectx *c, int32_t h) { return child(c, h, "case", false); }
static bool case_word(const ectx *c, int32_t h, const char *w) {
  int32_t k = case_of(c, h);
  return k >= 0 && strcmp(lemma(c, k), w) == 0;
}

/* ------------------------------------------------------------------ */
/* Actor codes                                                          */

static void set_code(acode *a, const char *code, const char *why, const char *what, int rank) {
  snprintf(a->code, sizeof a->code, "%s", code);
  snprintf(a->reason, sizeof a->reason, "%s: %s", why, what);
  a->rank = rank;
}

/* An actor code as the CAMEO files write it: Kosovo, which ISO lists
 * not, is GeoNames' XKX (the places' country) but the CAMEO files' KSV.
 * Returns code, or buf holding the rewritten code. */
static const char *cameo_spelling(const char *code, char *buf, size_t cap) {
  if (!code || strncmp(code, "XKX", 3) != 0) return code;
  snprintf(buf, cap, "KSV%s", code + 3);
  return buf;
}

/* Joins an actor code and an agent code ("ISR" + "MIL" -> "ISRMIL"). */
/* An international or non-governmental body's code (IGO..., NGO...). */
static bool body_code(const char *code) {
  return !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3);
}

/* Roles of armed groups no state holds. */
static const char *const armed_roles[] = {"REB", "INS", "UAF", "SEP", NULL};

static void join_agent(char *out, size_t cap, const char *actor, const char *agent, bool prefix) {
  if (!agent || !*agent) {
    snprintf(out, cap, "%s", actor && *actor ? actor : "");
    return;
  }
  if (prefix) {
    snprintf(out, cap, "%s%s", agent, actor ? actor : "");
    return;
  }
  if (!actor || !*actor) actor = "---";
  if (strchr(actor, '/')) { /* "ELR/GAL" + "GOV" -> "ELRGOV/GALGOV" */
    size_t used = 0;
    out[0] = 0;
    for (const char *p = actor; *p && used + 1 < cap;) {
      size_t n = strcspn(p, "/");
      char part[CODE_CAP], joined[CODE_CAP];
      snprintf(part, sizeof part, "%.*s", (int)n, p);
      join_agent(joined, sizeof joined, part, agent, false);
      int w = snprintf(out + used, cap - used, "%s%s", used ? "/" : "", joined);
      if (w < 0 || (size_t)w >= cap - used) break;
      used += (size_t)w;
      p += n + (p[n] == '/');
    }
    return;
  }
  size_t la = strlen(actor), lg = strlen(agent);
  /* an international body's officials are the body, no government:
   * "European Commission Vice President X" is IGOEUREEC, not
   * IGOEUREECGOV */
  if (!strcmp(agent, "GOV") && body_code(actor)) {
    snprintf(out, cap, "%s", actor);
    return;
  }
  /* ... and so are a group's or a body's that has a role of its own:
   * "a Hamas official" is PSEREBHMS, "Israeli military officials" ISRMIL */
  if (!strcmp(agent, "GOV") && strlen(actor) >= 6 && actor[0] != '-') {
    snprintf(out, cap, "%s", actor);
    return;
  }
  /* ... and an armed group's fighters are the group: "Hamas militants"
   * is PSEREBHMS, "Al-Shabaab militants" SOMREB, not SOMREBUAF */
  if (word_in(agent, armed_roles) && la >= 6 && actor[0] != '-') {
    bool group = false;
    for (size_t k = 3; k + 3 <= la && !group; k += 3) {
      char role[4];
      memcpy(role, actor + k, 3);
      role[3] = 0;
      group = word_in(role, armed_roles);
    }
    if (group) {
      snprintf(out, cap, "%s", actor);
      return;
    }
  }
  /* a state's people are its civilians, not its government's: "the
   * Foreign Office advised its nationals" is GBRCVL, not GBRGOVCVL */
  if (!strcmp(agent, "CVL") && la == 6 && actor[0] != '-' && word_in(actor + 3, state_roles)) {
    snprintf(out, cap, "%.3sCVL", actor);
    return;
  }
  /* USAGOV + GOV stays USAGOV */
  if (la >= 3 + lg && strstr(actor + 3, agent)) {
    snprintf(out, cap, "%s", actor);
    return;
  }
  /* ... and a body with a role of its own keeps it when the words' roles
   * end in it: "state news agency SANA" is SYRMED (+ GOVMED), not
   * SYRMEDGOVMED */
  if (la == 6 && actor[0] != '-' && lg >= 6 && lg % 3 == 0 &&
      !strcmp(agent + lg - 3, actor + 3)) {
    snprintf(out, cap, "%s", actor);
    return;
  }
  snprintf(out, cap, "%s%s", actor, agent);
}

static bool one_way(const ectx *c, int32_t v);
static void generic_body_words(const ectx *c, int32_t lo, int32_t hi, acode *a);
static size_t first_mention_of(const ectx *c, uint32_t si);
static bool bare_country(const char *code);
static bool reciprocal(const ectx *c, int32_t h);
static bool around_drills(const ectx *c, int32_t v, int32_t *place);
static bool victims_deed(const ectx *c, int32_t h);
static bool unclaimed_blast(const ectx *c, int32_t h);
static bool policy_subject(const ectx *c, int32_t h);
static bool of_country(const ectx *c, uint32_t e, char cc[4]);
static bool tok_is(const nm_doc *d, size_t i, const char *w);
static uint32_t mention_at(const ectx *c, int32_t i);
static uint32_t entity_at(const ectx *c, int32_t i);
static bool bare_body(const ectx *c, int32_t k);
static bool opening_phrase_country(const ectx *c, int32_t lo, char out[4]);
static bool capitalised(const ectx *c, int32_t i);
static bool place_mention(const ectx *c, int32_t i);
/* Whether sentence word i is a hyphen between two capitalised words, as
 * in a title ("UN Secretary-General"). */
static bool title_hyphen(const ectx *c, int32_t i) {
  size_t len;
  const char *t = nm_tok_text(c->d, c->first + (size_t)i, &len);
  return len == 1 && t[0] == '-' && i > 0 && (size_t)i + 1 < c->n && capitalised(c, i - 1) &&
         capitalised(c, i + 1);
}
/* Whether sentence word i is in a person's name mention. */
static bool person_word(const ectx *c, int32_t i) {
  uint32_t m = mention_at(c, i);
  return m != NONE32 && ((const nm_mention *)c->d->mentions.data)[m].type == NM_ENT_PERSON;
}
/* Whether any of sentence words [lo, hi] is in a person's name mention. */
static bool names_person(const ectx *c, int32_t lo, int32_t hi) {
  for (int32_t i = lo; i <= hi; i++)
    if (person_word(c, i)) return true;
  return false;
}
/* The words [*a, *b] of the person's name mention at word s, if any. */
static bool person_name_at(const ectx *c, int32_t s, int32_t *a, int32_t *b) {
  uint32_t m = mention_at(c, s);
  if (m == NONE32) return false;
  const nm_mention *mm = (const nm_mention *)c->d->mentions.data + m;
  if (mm->type != NM_ENT_PERSON || mm->kind != NM_MENTION_NAME || mm->first_token < c->first)
    return false;
  *a = (int32_t)(mm->first_token - c->first);
  *b = *a + (int32_t)mm->n_tokens - 1;
  return true;
}

/* Whether words s..e are a later part of a person's name mention, not
 * its first word ("Un" in "Kim Jong Un"; "Israel" in "Israel Friday" is
 * more likely a name the mention detector ran on). */
static bool name_part_of_person(const ectx *c, int32_t s, int32_t e) {
  int32_t a, b;
  return person_name_at(c, s, &a, &b) && s > a && e <= b;
}

/* Whether words s..e are all of a person's name mention that a fuller
 * name of the same person precedes: "Farah" for Brig. Gen. Abdullahi
 * Osman Farah (whose surname the dictionary has for an Afghan province). */
static bool surname_alone(const ectx *c, int32_t s, int32_t e) {
  int32_t a, b;
  if (!person_name_at(c, s, &a, &b) || s != a || e != b) return false;
  const nm_mention *mm = (const nm_mention *)c->d->mentions.data + mention_at(c, s);
  if (mm->entity >= c->d->entities.n) return false;
  const nm_entity *en = (const nm_entity *)c->d->entities.data + mm->entity;
  return en->name && strlen(en->name) > mm->end - mm->start && strchr(en->name, ' ');
}

/* Whether words s..e open a person's name and are not all of it. */
static bool first_name_word(const ectx *c, int32_t s, int32_t e) {
  int32_t a, b;
  return person_name_at(c, s, &a, &b) && s == a && e < b;
}

/* Whether words s..e, a place's name, open the name of an airport or a
 * stadium named after someone ("Mogadishu's Aden Adde International
 * Airport", after President Aden Adde): a capitalised word of no such
 * kind right after them, then capitalised words up to the kind (not
 * "Kabul International Airport"). */
static bool named_facility_part(const ectx *c, int32_t s, int32_t e) {
  static const char *const kinds[] = {"airport", "airfield", "stadium", NULL};
  static const char *const generic[] = {"international", "national", "regional", "memorial",
                                        "general",       "central",  "new",      "city",
                                        "state",         "military", NULL};
  /* (the name's first word: not "Ethiopian" in "Grand Ethiopian Renaissance
   * Dam"; and only kinds named after people: "Riga Stradiņš University" is
   * in Riga) */
  bool other =
      e + 2 < (int32_t)c->n && capitalised(c, e + 1) && (s == 0 || !capitalised(c, s - 1));
  for (size_t q = 0; other && generic[q]; q++)
    other = !word_is_ci(c, e + 1, generic[q]);
  for (size_t q = 0; other && kinds[q]; q++)
    other = !word_is_ci(c, e + 1, kinds[q]);
  for (int32_t k = e + 2; other && k < (int32_t)c->n && k <= e + 4 && capitalised(c, k); k++)
    for (size_t q = 0; kinds[q]; q++)
      if (word_is_ci(c, k, kinds[q])) return true;
  return false;
}

/* Whether word s, an acronym, is the initials of a longer name of its
 * entity that shares no word with the dictionary's entry aname, an entry
 * of two words or more: "the ruling United Democratic Alliance (UDA)" is
 * no Ulster Defence Association (ULSTER DEFENCE ASSOCIATION/ULSTER
 * FREEDOM FIGHTERS, GBRREB). */
static bool foreign_acronym(const ectx *c, int32_t s, const char *aname) {
  size_t l;
  const char *t = nm_tok_text(c->d, c->first + (size_t)s, &l);
  if (!aname || !strchr(aname, ' ') || l < 2 || l > 8) return false;
  for (size_t k = 0; k < l; k++)
    if (t[k] < 'A' || t[k] > 'Z') return false;
  /* (a mention of its own: not "US" in "US Predator") */
  uint32_t m = mention_at(c, s);
  if (m == NONE32 || ((const nm_mention *)c->d->mentions.data)[m].n_tokens != 1) return false;
  uint32_t e = entity_at(c, s);
  const nm_entity *en =
      e != NONE32 && e < c->d->entities.n ? (const nm_entity *)c->d->entities.data + e : NULL;
  if (!en || !en->name || !strchr(en->name, ' ')) return false;
  /* (the entry must spell out the same initials, another name for them:
   * ULSTER DEFENCE ASSOCIATION for UDA; an entry that files the acronym
   * under a parent body, FEMA under UNITED STATES DEPARTMENT OF HOMELAND
   * SECURITY, is the same body's) */
  char ini[16];
  size_t ni = 0;
  for (const char *x = aname; *x && *x != '/' && ni < sizeof ini;) {
    size_t xl = strcspn(x, " -_/");
    bool small = (xl == 2 && ci_eq(x, "OF", 2)) || (xl == 3 && ci_eq(x, "THE", 3)) ||
                 (xl == 3 && ci_eq(x, "AND", 3)) || (xl == 3 && ci_eq(x, "FOR", 3));
    if (xl && !small) ini[ni++] = x[0];
    x += xl;
    while (*x == ' ' || *x == '-' || *x == '_')
      x++;
  }
  if (ni != l || !ci_eq(ini, t, l)) return false;
  /* (the longer name's words, each against the entry's) */
  for (const char *w = en->name; *w;) {
    size_t wl = strcspn(w, " -");
    if (wl >= 4)
      for (const char *x = aname; *x;) {
        size_t xl = strcspn(x, " -/_");
        if (xl == wl && ci_eq(w, x, wl)) return false;
        x += xl;
        while (*x == ' ' || *x == '-' || *x == '/' || *x == '_')
          x++;
      }
    w += wl;
    while (*w == ' ' || *w == '-')
      w++;
  }
  return true;
}

/* Whether code starts with a country's three letters (USAGOVLEG), not an
 * international or non-state code's (IGO..., NGO..., IMG...). */
static bool bare_country_prefix(const char *code) {
  char p[4];
  if (!code || strlen(code) < 3) return false;
  memcpy(p, code, 3);
  p[3] = 0;
  return bare_country(p) && strcmp(p, "MNC") && strcmp(p, "NGM") && strcmp(p, "UIS");
}

/* Codes the words [lo, hi] of the sentence with head h from the
 * dictionaries: the actor nearest the head (containing it best), plus the
 * agent nearest the head outside it. */
/* Whether "former" or "ex" stands within max words before sentence word
 * s, only capitalised words between ("former Nigerian President", "Former
 * Prime Minister"). */
/* ("ousted", "deposed", "toppled" and "overthrown" count as "former",
 * also before one lower-case title word: "ousted President Mohamed
 * Morsi", "gunmen loyal to ousted leader Bashar al-Assad") */
static bool former_before(const ectx *c, int32_t s, int max) {
  static const char *const fallen[] = {"ousted", "deposed", "toppled", "overthrown", NULL};
  for (int32_t k = s - 1; k >= 0 && s - k <= max; k--) {
    if (word_is_ci(c, k, "former") || word_is_ci(c, k, "ex") || word_is_ci(c, k, "retired"))
      return true;
    for (size_t q = 0; fallen[q]; q++)
      if (word_is_ci(c, k, fallen[q]) || (k + 1 == s && k > 0 && !capitalised(c, k) &&
                                           word_is_ci(c, k - 1, fallen[q])))
        return true;
    if (!capitalised(c, k)) return false;
  }
  return false;
}

static bool code_words_at(const ectx *c, int32_t lo, int32_t hi, int32_t h, acode *out,
                          int32_t *alo, int32_t *ahi);
static bool code_words(const ectx *c, int32_t lo, int32_t hi, int32_t h, acode *out) {
  return code_words_at(c, lo, hi, h, out, NULL, NULL);
}
/* The words for a spokesperson (lemmas). */
static const char *const spokespeople[] = {"spokesman", "spokeswoman", "spokesperson", NULL};

/* Whether document token g is an envoy's or mission's word, by its
 * surface or its lemma, case aside ("embassies", "Charge d'affaires"). One
 * list serves every rule that keeps a country's envoy from standing for
 * the country. */
static bool envoy_tok(const ectx *c, size_t g) {
  static const char *const w[] = {"embassy",   "consulate",   "ambassador", "envoy",  "consul",
                                  "legation",  "mission",     "delegation", "emissary",
                                  "counterpart", "charge",    "chargé",     "d'affaires"};
  size_t len;
  const char *t = nm_tok_text(c->d, g, &len);
  const char *l = c->tg[g].lemma ? c->tg[g].lemma : "";
  size_t ll = strlen(l);
  for (size_t e = 0; e < sizeof w / sizeof *w; e++) {
    size_t n = strlen(w[e]);
    if ((len == n && ci_eq(t, w[e], n)) || (ll == n && ci_eq(l, w[e], n))) return true;
  }
  return false;
}
/* Whether sentence word i is an envoy's or mission's word. */
static bool envoy_word(const ectx *c, int32_t i) { return envoy_tok(c, c->first + (size_t)i); }

/* Whether words [lo, hi] spell name ("Georgia" for GEORGIA; "Geneva" is
 * not SWITZERLAND, whose synonym it is), case and blanks aside. */
static bool words_are_name(const ectx *c, int32_t lo, int32_t hi, const char *name) {
  if (!name) return false;
  const char *q = name;
  for (int32_t k = lo; k <= hi; k++) {
    const nm_token *t = (const nm_token *)c->d->tokens.data + c->first + (size_t)k;
    while (*q == ' ' || *q == '_')
      q++;
    for (uint32_t b = t->start; b < t->end; b++, q++) {
      char x = c->d->text[b], y = *q;
      if (x >= 'a' && x <= 'z') x = (char)(x - 'a' + 'A');
      if (y >= 'a' && y <= 'z') y = (char)(y - 'a' + 'A');
      if (!y || x != y) return false;
    }
  }
  while (*q == ' ' || *q == '_')
    q++;
  return *q == '\0';
}

/* Whether mention mi is of a place the places stage resolved to a
 * first-level division ("Sucre", the Venezuelan state: its name is its
 * division's). */
static bool division_place(const ectx *c, uint32_t mi) {
  const nm_place *ps = (const nm_place *)c->d->places.data;
  for (size_t k = 0; k < c->d->places.n; k++)
    for (uint32_t q = 0; q < ps[k].n_mentions; q++)
      if (ps[k].mentions[q] == mi)
        return ps[k].name && ps[k].admin1 && !strcmp(ps[k].name, ps[k].admin1);
  return false;
}

/* Whether an entity other than skip is in the country of code's first
 * three letters (a place, a people, a body the story names there). */
static bool country_named(const ectx *c, const char *code, uint32_t skip) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  for (size_t k = 0; k < c->d->entities.n; k++)
    if (k != skip && es[k].country[0] && !strncmp(es[k].country, code, 3)) return true;
  return false;
}

/* code_words, also giving the actor's words [*alo, *ahi] (-1 for none). */
/* Whether words s..e are part, not all, of the name of a sea, gulf,
 * strait … ("China" in "South China Sea", "Japan" in "Sea of Japan"):
 * waters named after a country are no actor of it. */
static bool inside_water_name(const ectx *c, int32_t s, int32_t e) {
  static const char *const water[] = {"sea",     "ocean", "gulf",  "strait", "straits", "bay",
                                      "channel", "shoal", "shoals", "reef",  "river",   NULL};
  uint32_t m = mention_at(c, s);
  if (m == NONE32) return false;
  const nm_mention *mm = (const nm_mention *)c->d->mentions.data + m;
  if (mm->type != NM_ENT_LOC || mm->first_token < c->first) return false;
  int32_t a = (int32_t)(mm->first_token - c->first), b = a + (int32_t)mm->n_tokens - 1;
  if (b >= (int32_t)c->n || (s <= a && e >= b)) return false;
  for (int32_t k = a; k <= b; k++)
    for (size_t i = 0; water[i] && capitalised(c, k); i++)
      if (word_is_ci(c, k, water[i])) return true;
  return false;
}

/* Whether word k is a language's name used as a noun: after a
 * preposition, a conjunction or a verb of speech, with no noun after it
 * ("the imposition of French in courts", "teach in English", "Arabic and
 * French"); "the French" are a people. */
static bool language_noun(const ectx *c, int32_t k) {
  if (k < 1 || !capitalised(c, k)) return false;
  bool lang = false, prev = false;
  for (size_t i = 0; i < NM_COUNT_OF(nm_language_names) && !lang; i++)
    lang = word_is_ci(c, k, nm_language_names[i]);
  for (size_t i = 0; i < NM_COUNT_OF(nm_language_before) && lang && !prev; i++)
    prev = word_is_ci(c, k - 1, nm_language_before[i]);
  if (!lang || !prev) return false;
  /* (past a conjunction, the next word must be a language too, with no
   * noun after it: "of Japanese and Chinese diplomats" are peoples') */
  int32_t q = k + 1;
  if ((size_t)q + 1 < c->n && (word_is_ci(c, q, "and") || word_is_ci(c, q, "or"))) {
    bool next_lang = false;
    for (size_t i = 0; i < NM_COUNT_OF(nm_language_names) && !next_lang; i++)
      next_lang = word_is_ci(c, q + 1, nm_language_names[i]);
    if (!next_lang) return false;
    q += 2;
  }
  if ((size_t)q >= c->n) return true;
  /* (nor before a hyphen or a comma: "Polish-made mines", "of Russian,
   * Moldovan and Transnistrian units") */
  if (word_is_ci(c, q, "-") || word_is_ci(c, q, ",")) return false;
  const char *u = upos(c, q);
  return strcmp(u, "NOUN") && strcmp(u, "PROPN") && strcmp(u, "ADJ") && !capitalised(c, q);
}

/* Whether the name ending at e is a backer in a hyphenated modifier:
 * "Iran-backed", "U.S.-funded", "Russian-sponsored" ("Saudi-led" is the
 * leader's own coalition, and "Lebanon-based" its home, so those stay). */
static bool backer(const ectx *c, int32_t e, int32_t hi) {
  /* (not "-installed": "The Russian-installed governor of the occupied
   * parts of the region" governs for Russia, RUSGOV, not for the region's
   * Ukraine) */
  static const char *const v[] = {"backed",    "funded",  "sponsored", "supported", "armed",
                                  "allied",    "aligned", "brokered",  "financed",  "trained",
                                  "inspired",  "linked",  "affiliated", "tied",     "connected",
                                  NULL};
  if (e < 0 || (size_t)e + 2 >= c->n || !word_is_ci(c, e + 1, "-")) return false;
  for (size_t k = 0; v[k]; k++)
    if (word_is_ci(c, e + 2, v[k])) return true;
  /* ... and a home after an owner, for a phrase going on past it ("the
   * Navy's Bahrain-based 5th Fleet"; "Bahrain" alone is Bahrain) */
  if (hi <= e + 2) return false;
  int32_t s = e;
  while (s > 0 && capitalised(c, s - 1) && e - s < 3)
    s--;
  return word_is_ci(c, e + 2, "based") && s > 0 && word_is_ci(c, s - 1, "'s");
}

/* The first word of the name headed by word k: the compound and flat
 * words just before it ("South" of "South Korea"), not before word lo and
 * at most three. */
static int32_t name_start(const ectx *c, int32_t k, int32_t lo) {
  int32_t ks = k;
  while (ks > lo && k - ks < 4 && c->head[ks - 1] == k &&
         (rel_base(c, ks - 1, "compound") || rel_base(c, ks - 1, "flat")))
    ks--;
  return ks;
}

/* A nationality word after a capitalised direction the dictionaries do not
 * list with it: "Latin American", "West African" (a region's people; the
 * listed "South Korean" matches whole before its last word is tried). */
static bool region_people(const ectx *c, int32_t s) {
  static const char *const q[] = {"latin",     "north",     "south",     "east",
                                  "west",      "central",   "southeast", "northeast",
                                  "southwest", "northwest", NULL};
  if (s == 0 || !capitalised(c, s - 1) || !capitalised(c, s)) return false;
  uint32_t e = entity_at(c, s);
  if (e == NONE32 || e >= c->d->entities.n ||
      ((const nm_entity *)c->d->entities.data)[e].type != NM_ENT_NORP || entity_at(c, s - 1) != e)
    return false; /* a nationality word in one mention with the direction: not "North Darfur" */
  for (size_t k = 0; q[k]; k++)
    if (word_is_ci(c, s - 1, q[k])) return true;
  return false;
}

/* Whether word i lies in the "to" phrase of envoy word h ("envoy to the
 * U.N.": the host). */
static bool envoy_host(const ectx *c, int32_t h, int32_t i) {
  if (h < 0 || i <= h || !envoy_word(c, h)) return false;
  for (int up = 0; up < 8 && i >= 0; up++, i = c->head[i])
    if (c->head[i] == h)
      return case_word(c, i, "to") || (case_word(c, i, "in") && place_mention(c, i));
  return false;
}

/* Whether words [s, e] are all in lower case after a possessive pronoun
 * ("his security council"). */
static bool own_lower_body(const ectx *c, int32_t s, int32_t e) {
  const char *x = c->tg[c->first + (size_t)(s - 1)].xpos;
  /* (or after a common noun's "'s": "the group's central command", which
   * the dictionary gives the U.S. military; or a name's: "the ELN's
   * central command") */
  bool noun_owner = x && !strcmp(x, "POS") && s >= 2 &&
                    ((lower_word(c, s - 2) && !strcmp(upos(c, s - 2), "NOUN")) ||
                     !strcmp(upos(c, s - 2), "PROPN"));
  if (!x || (strcmp(x, "PRP$") != 0 && !noun_owner)) return false;
  for (int32_t k = s; k <= e; k++)
    if (!lower_word(c, k)) return false;
  return true;
}

/* Whether word s lies in an apposition of head h, a place's name. */
static bool in_place_apposition(const ectx *c, int32_t h, int32_t s) {
  if (h < 0 || s == h || !place_mention(c, h)) return false;
  for (int k = 0; k < 4 && rel_is(c, h, "flat") && c->head[h] >= 0; k++)
    h = c->head[h]; /* "Fasher" of "El Fasher" */
  for (int k = 0; k < 16 && s >= 0; k++) {
    if (c->head[s] == h) return rel_is(c, s, "appos");
    s = c->head[s];
  }
  return false;
}

/* Whether word i is a treaty's head noun ("Statute", "Protocol"). */
/* (and a diplomatic format's: "the OSCE Minsk Group", "the Astana process";
 * the city in the name is where it was made, not a party) */
static bool treaty_word(const ectx *c, int32_t i) {
  static const char *const pacts[] = {"convention", "conventions", "agreement", "accord",
                                      "accords",    "protocol",    "treaty",    "statute",
                                      "charter",    "group",       "process",   "format",
                                      "declaration", NULL};
  for (size_t k = 0; pacts[k]; k++)
    if (word_is_ci(c, i, pacts[k])) return true;
  return false;
}

static bool code_words_at(const ectx *c, int32_t lo, int32_t hi, int32_t h, acode *out,
                          int32_t *alo, int32_t *ahi) {
  const char *actor = NULL, *agent = NULL, *aname = NULL, *spokes_code = NULL;
  bool prefix = false, a_open = false, spokes_pf = false;
  int32_t a_lo = -1, a_hi = -1;
  uint32_t a_horizon = 0;
  for (size_t li = 0; li < c->nl && !actor; li++) {
    int best = -1;
    for (int pass = 0; pass < 2; pass++) {
      const uint32_t *w = (pass ? c->lid[li] : c->fid[li]) + lo;
      size_t n = (size_t)(hi - lo + 1);
      for (size_t p = 0; p < n; p++) {
        uint32_t ac;
        size_t len = nm_cameo_match_actor(c->L[li], w, n, p, &ac);
        if (!len) continue;
        int32_t s = lo + (int32_t)p, e = s + (int32_t)len - 1;
        if (len == 1 && lower_word(c, s)) continue; /* "youths" is no group's name */
        /* "ORGANIZATION", a synonym the MilNonState file gives Fatah's
         * Tanzim (a translation), is every organisation's word: "the
         * International Organization for Migration" is no militia */
        if (len == 1 && (word_is_ci(c, s, "organization") || word_is_ci(c, s, "organisation")))
          continue;
        /* "the former Soviet republic": a country that was the state's part
         * (the mentions stage drops such a name) */
        if (s > 0 && e + 1 < (int32_t)c->n &&
            (word_is_ci(c, s - 1, "former") || word_is_ci(c, s - 1, "ex") ||
             (s > 1 && word_is_ci(c, s - 1, "-") && word_is_ci(c, s - 2, "ex")))) {
          static const char *const lands[] = {"republic", "state", "nation", "country", NULL};
          if (word_in(lemma(c, e + 1), lands)) {
            p += len - 1;
            continue;
          }
        }
        if (inside_water_name(c, s, e)) { /* "South China Sea" is no Chinese actor */
          p += len - 1;
          continue;
        }
        /* "seized two boats in Caribbean waters": a region's word before
         * waters is no body of the region (CARIBBEAN, IGOCRB) */
        if (e + 1 < (int32_t)c->n &&
            (word_is_ci(c, e + 1, "waters") || word_is_ci(c, e + 1, "coast") ||
             word_is_ci(c, e + 1, "islands"))) {
          bool op;
          const char *cd = nm_cameo_actor_code_open(c->L[li], ac, c->date, &op);
          if (cd && !strncmp(cd, "IGO", 3)) {
            p += len - 1;
            continue;
          }
        }
        if (region_people(c, s)) { /* "Latin American" is no American */
          p += len - 1;
          continue;
        }
        if (backer(c, e, hi)) { /* "the Iran-backed group" is not Iran's */
          p += len - 1;
          continue;
        }
        /* "withdrew from the Rome Statute", "the Minsk Protocol": a city
         * that names a treaty right after it is where it was made, no
         * party (as a mention's own name, below) */
        if (e + 1 <= hi && e + 1 == h && treaty_word(c, e + 1) && s > lo &&
            word_is_ci(c, s - 1, "the")) {
          p += len - 1;
          continue;
        }
        /* "the French-speaking majority" is a language's, not France's */
        if (e + 2 < (int32_t)c->n && word_is_ci(c, e + 1, "-") &&
            word_is_ci(c, e + 2, "speaking")) {
          p += len - 1;
          continue;
        }
        /* ... and so is a language used as a noun ("the imposition of
         * French in courts", "teach in English"; the mentions stage makes
         * no nationality of it) */
        if (s == e && language_noun(c, s)) continue;
        int dist = h < s ? s - h : h > e ? h - e : 0;
        /* "protesters outside the Israeli embassy": a country that names
         * an embassy or envoy inside the phrase is theirs, not the
         * phrase's head's */
        /* (not the named person's own title: "EU envoy Annika Berg") */
        /* (nor the head of that envoy's mission: "the head of the European
         * Union's delegation in Niamey" is the EU's) */
        /* (nor its spokesperson: "A spokesman for the Russian Embassy in
         * Prague" is Russia's, RUSGOV, not the Czech Republic's) */
        static const char *const heads_of[] = {"head", "chief", "member", "staff", "leader",
                                               NULL};
        bool head_of = h >= 0 && c->head[e] >= 0 && c->head[c->head[e]] == h &&
                       ((word_in(lemma(c, h), heads_of) && case_word(c, c->head[e], "of")) ||
                        (word_in(lemma(c, h), spokespeople) &&
                         (case_word(c, c->head[e], "for") || case_word(c, c->head[e], "of"))));
        if (h >= 0 && (h < s || h > e) && c->head[e] >= 0 && c->head[e] != h &&
            envoy_word(c, c->head[e]) && !head_of &&
            !(c->head[e] < h && (c->head[c->head[e]] == h || c->head[h] == c->head[e]))) {
          p += len - 1;
          continue;
        }
        /* "Its envoy to the U.N.", "the ambassador to Washington": the
         * envoy's host, not whose envoy it is */
        if (envoy_host(c, h, e)) {
          p += len - 1;
          continue;
        }
        /* "The United Nations Human Rights Monitoring Mission in Ukraine":
         * a place in the head's in-phrase is where the body works; a name
         * before the head, its owner, comes first */
        if (h >= 0 && s > h && c->head[e] == h && rel_base(c, e, "nmod") && case_word(c, e, "in"))
          dist += 64;
        /* ... and so is a place in an envoy's in-phrase inside it (the post:
         * "the EU's delegation in Niamey") */
        else if (h >= 0 && s > h && c->head[e] >= 0 && c->head[e] != h &&
                 envoy_word(c, c->head[e]) && rel_base(c, e, "nmod") && case_word(c, e, "in"))
          dist += 64;
        /* "Amnesty International Kenya": a name of two words or more that
         * opens an organisation's name is the organisation's own entry,
         * nearer than a country the name ends with (its branch there) */
        if (len >= 2 && dist > 0) {
          uint32_t om = mention_at(c, s);
          const nm_mention *omm =
              om != NONE32 ? (const nm_mention *)c->d->mentions.data + om : NULL;
          acode hc;
          memset(&hc, 0, sizeof hc);
          if (omm && omm->kind == NM_MENTION_NAME && omm->type == NM_ENT_ORG &&
              omm->first_token == c->first + (size_t)s && omm->n_tokens > len && h > e &&
              mention_at(c, h) == om && code_words(c, h, h, h, &hc) && bare_country(hc.code))
            dist = 0;
        }
        bool open;
        const char *code = nm_cameo_actor_code_open(c->L[li], ac, c->date, &open);
        /* "Un" in "Kim Jong Un" is no UN, "Jordan" in "Michael Jordan" no
         * country: part of a person's name is no organisation's or
         * country's (a person's own entry, NETANYAHU, has a role) */
        if (code && ((name_part_of_person(c, s, e) && (strlen(code) == 3 || body_code(code))) ||
                     (surname_alone(c, s, e) && strlen(code) == 3))) {
          p += len - 1;
          continue;
        }
        /* nor is a person's entry of one word, a king or prince known by
         * it (HASSAN, Jordan's), any other person whose longer name holds
         * it with a word the dictionaries do not know ("Mansir Hassan",
         * "Hassan Nasrallah"; not a country's name before a title) */
        if (code) {
          const char *an = nm_cameo_actor_name(c->L[li], ac);
          int32_t na, nb;
          bool other = false; /* a word of the name the dictionaries do not know */
          if (an && !strchr(an, ' ') && strlen(code) > 3 && !body_code(code) &&
              person_name_at(c, s, &na, &nb))
            for (int32_t k = na; k <= nb && !other; k++) {
              uint32_t x;
              other = (k < s || k > e) && capitalised(c, k) &&
                      !nm_cameo_match_actor(c->L[li], c->fid[li] + k, 1, 0, &x) &&
                      !nm_cameo_match_agent(c->L[li], c->fid[li] + k, 1, 0, &x);
            }
          if (other) { /* (not "Arnor President Umbardacil") */
            p += len - 1;
            continue;
          }
        }
        /* nor is a place's name that starts one ("Aden" of "Aden Duale",
         * a city the dictionary files under Yemen); a country's own name
         * may be the person's ("Israel Katz") */
        if (code && e == s && foreign_acronym(c, s, nm_cameo_actor_name(c->L[li], ac))) {
          p += len - 1;
          continue;
        }
        if (code && strlen(code) == 3 && named_facility_part(c, s, e)) {
          p += len - 1;
          continue;
        }
        if (code && strlen(code) == 3 && first_name_word(c, s, e) &&
            !words_are_name(c, s, e, nm_cameo_actor_name(c->L[li], ac))) {
          p += len - 1;
          continue;
        }
        /* "summoned his security council": an international body's name
         * in lower case after a possessive pronoun is the owner's own
         * body (SECURITY_COUNCIL is the UN's) */
        if (code && (!strncmp(code, "IGO", 3) || e > s) && s > 0 && own_lower_body(c, s, e)) {
          p += len - 1;
          continue;
        }
        if (code && *code && (best < 0 || dist < best)) {
          best = dist;
          actor = code;
          a_open = open;
          a_horizon = nm_cameo_horizon(c->L[li]);
          aname = nm_cameo_actor_name(c->L[li], ac);
          a_lo = s;
          a_hi = e;
        }
        p += len - 1;
      }
    }
  }
  /* a dictionary code of a role alone ("Colorado Party", ---PTY) takes the
   * country its entity was given in the story (PRYPTY) */
  char placed_actor[CODE_CAP];
  /* ... and a body many states have ("the Senate", the dictionary's US
   * Senate) takes the country the story's entity was given ("stalled in
   * the Senate" in a story on Chile: CHLGOVLEG) */
  if (actor && a_lo >= 0 && c->ent) {
    uint32_t ae = entity_at(c, a_lo);
    if (ae != NONE32 && ae < c->d->entities.n && entity_at(c, a_hi) == ae &&
        !strncmp(c->ent[ae].reason, "a body many states have", 23) &&
        bare_country_prefix(c->ent[ae].code) && strncmp(c->ent[ae].code, actor, 3) != 0) {
      snprintf(placed_actor, sizeof placed_actor, "%s", c->ent[ae].code);
      actor = placed_actor;
    }
  }
  /* "the Bougainville Revolutionary Army": an entry of a role's phrase
   * (REVOLUTIONARY ARMY, Japan's JPNREB) that a country's or region's
   * name opens, in one name, is that country's */
  if (actor && a_lo > lo && strlen(actor) > 3 && bare_country_prefix(actor)) {
    uint32_t am = mention_at(c, a_hi);
    const nm_mention *m = am != NONE32 ? (const nm_mention *)c->d->mentions.data + am : NULL;
    for (size_t li = 0; m && m->kind == NM_MENTION_NAME && li < c->nl; li++)
      for (int32_t s0 = lo; s0 < a_lo; s0++) {
        uint32_t ac;
        if ((uint32_t)s0 + c->first < m->first_token) continue;
        size_t len = nm_cameo_match_actor(c->L[li], c->fid[li] + s0, (size_t)(a_lo - s0), 0, &ac);
        bool open;
        const char *cc = len ? nm_cameo_actor_code_open(c->L[li], ac, c->date, &open) : NULL;
        if (!cc || s0 + (int32_t)len != a_lo || strlen(cc) != 3 || !bare_country(cc) ||
            !strncmp(cc, actor, 3))
          continue;
        /* (not a phrase the agents give a role whole: "Philippine National
         * Security Council", the agents' NATIONAL_SECURITY_COUNCIL, GOVMIL) */
        uint32_t ag;
        if (nm_cameo_match_agent(c->L[li], c->fid[li] + a_lo, (size_t)(a_hi - a_lo + 1), 0,
                                 &ag) == (size_t)(a_hi - a_lo + 1))
          break;
        snprintf(placed_actor, sizeof placed_actor, "%s%s", cc, actor + 3);
        actor = placed_actor;
        li = c->nl - 1;
        break;
      }
  }
  if (actor && !strncmp(actor, "---", 3) && a_lo >= 0) {
    uint32_t ae = entity_at(c, a_lo);
    if (ae != NONE32 && ae < c->d->entities.n && c->ent && entity_at(c, a_hi) == ae &&
        bare_country_prefix(c->ent[ae].code)) {
      snprintf(placed_actor, sizeof placed_actor, "%.3s%s", c->ent[ae].code, actor + 3);
      actor = placed_actor;
    }
  }
  bool agent_was = false; /* the agent is ELI from "former" */
  for (size_t li = 0; li < c->nl && !agent; li++) {
    int best = -1;
    for (int pass = 0; pass < 2; pass++) {
      const uint32_t *w = (pass ? c->lid[li] : c->fid[li]) + lo;
      size_t n = (size_t)(hi - lo + 1);
      for (size_t p = 0; p < n; p++) {
        uint32_t ag;
        size_t len = nm_cameo_match_agent(c->L[li], w, n, p, &ag);
        if (!len) continue;
        int32_t s = lo + (int32_t)p, e = s + (int32_t)len - 1;
        /* a word joined by hyphens inside a place's name is no role
         * ("Prince" of Port-au-Prince) */
        {
          uint32_t pm = mention_at(c, s);
          const nm_mention *m = pm != NONE32 ? (const nm_mention *)c->d->mentions.data + pm : NULL;
          if (m && m->kind == NM_MENTION_NAME && m->n_tokens > (uint32_t)len &&
              (m->type == NM_ENT_GPE || m->type == NM_ENT_LOC) && s > 0 &&
              word_is_ci(c, s - 1, "-") && mention_at(c, s - 1) == pm) {
            p += len - 1;
            continue;
          }
        }
        /* "demanded a criminal investigation": an investigation in lower
         * case after "a" is an act, not the police (the team's
         * CRIMINAL_INVESTIGATION, ~COP, is "the Criminal Investigation
         * Department") */
        if (len == 2 && s > 0 && !capitalised(c, s) &&
            (word_is_ci(c, s - 1, "a") || word_is_ci(c, s - 1, "an")) &&
            word_is_ci(c, s, "criminal")) {
          p += len - 1;
          continue;
        }
        /* "the National Criminal Investigation Service": "criminal" before
         * a word of the law's side names no criminal (CRIMINAL, ~CRM) */
        if (len == 1 && word_is_ci(c, s, "criminal") && e + 1 < (int32_t)c->n) {
          static const char *const law[] = {
              "investigation", "investigations", "court",   "justice",  "code",
              "police",        "division",       "department", "bureau", "procedure",
              "law",           "tribunal",       "record",  "records",  "case",
              "cases",         "charge",         "charges", "proceedings", "inquiry",
              "probe",         "complaint",      "liability", NULL};
          bool side = false;
          for (size_t q = 0; law[q] && !side; q++)
            side = word_is_ci(c, e + 1, law[q]);
          if (side) {
            p += len - 1;
            continue;
          }
        }
        /* "Attorney General Merrick Garland", parsed with "Attorney" a
         * subject of its own: a title that the word right before the
         * phrase completes is that longer title ("General" alone is a
         * soldier's) */
        uint32_t ag0;
        if (p == 0 && lo > 0 && capitalised(c, lo - 1) &&
            nm_cameo_match_agent(c->L[li], w - 1, n + 1, 0, &ag0) > len)
          ag = ag0;
        if (!(e < a_lo || s > a_hi)) { /* inside the actor's own phrase */
          p += len - 1;
          continue;
        }
        /* "El Fasher, the last army stronghold": a role in what a place's
         * apposition says of it is no role of the place */
        if (in_place_apposition(c, h, s)) {
          p += len - 1;
          continue;
        }
        /* "its sovereign territory", "a sovereign wealth fund": the
         * dictionary's SOVEREIGN is a ruler, a noun; the adjective is none */
        if (len == 1 && word_is_ci(c, s, "sovereign") && !strcmp(upos(c, s), "ADJ")) continue;
        /* "a governance analyst", "a military expert": the field of a
         * person who studies it, no role in it */
        {
          static const char *const students[] = {
              "analyst", "analysts", "expert", "experts", "researcher", "researchers",
              "scholar", "scholars", "specialist", "specialists", "consultant", "professor",
              "commentator", "correspondent", "reporter", "journalist", "historian",
              "lecturer", NULL};
          int32_t nx = e + 1;
          if (nx < hi && !strcmp(upos(c, nx), "NOUN") && !word_in(lemma(c, nx), students))
            nx++; /* one more word of the field: "security policy analyst" */
          if (nx <= hi && word_in(lemma(c, nx), students)) {
            p += len - 1;
            continue;
          }
        }
        /* "Deputy Interior Minister X": "deputy" (~COP, a sheriff's)
         * before another role word is the rank within that role */
        uint32_t ag2;
        if (len == 1 && word_is_ci(c, s, "deputy") && p + 1 < n &&
            nm_cameo_match_agent(c->L[li], w, n, p + 1, &ag2) > 0)
          continue;
        /* ... or before any noun of an office ("the deputy secretary-general
         * of the Chadema party"): no sheriff's deputy */
        if (len == 1 && word_is_ci(c, s, "deputy") && p + 1 < n &&
            (!strcmp(upos(c, s + 1), "NOUN") || !strcmp(upos(c, s + 1), "PROPN")))
          continue;
        int dist = h < s ? s - h : h > e ? h - e : 0;
        bool pf;
        const char *code = nm_cameo_agent_code(c->L[li], ag, &pf);
        /* "a former judge", "ex-minister": no longer in the role, an elite
         * (the agents dictionary's own FORMER_PRESIDENT is ELI) */
        bool was = former_before(c, s, 3); /* also "former Nigerian President" */
        if (code && *code && was) code = "ELI", pf = false;
        /* "Opposition deputies were joined by …" in a story on Paraguay:
         * outside the United States a deputy is a lawmaker (Phoenix's
         * DEPUTY is COP, the sheriff's) */
        if (code && !strcmp(code, "COP") && len == 1 && strcmp(c->home, "USA") != 0 &&
            c->home[0] && (word_is_ci(c, s, "deputies") || word_is_ci(c, s, "deputy")) &&
            !(s > 0 && (word_is_ci(c, s - 1, "sheriff") || word_is_ci(c, s - 1, "'s"))))
          code = "LEG", pf = false;
        /* "army spokesman", "Foreign Ministry spokeswoman": a spokesperson
         * (MED in the agents dictionary) speaks for the body the phrase
         * names, whose agent wins (the dictionary's own MILITARY_ and
         * GOVERNMENT_SPOKESPERSON are MIL and GOV) */
        bool spokes = len == 1 && word_prefix_ci(c, s, "spokes");
        if (code && *code && spokes) {
          if (!spokes_code) spokes_code = code, spokes_pf = pf;
        } else if (code && *code && (best < 0 || dist < best)) {
          best = dist;
          agent = code;
          prefix = pf;
          agent_was = was;
        }
        p += len - 1;
      }
    }
  }
  /* a spokesperson with no body's agent: MED, as the dictionary says,
   * unless the actor itself is a body with its role ("Kremlin spokesman":
   * RUSGOV, not RUSGOVMED) */
  /* (and a spokesperson for a party the phrase names is the party's: "a
   * spokesman for the Chadema party", PTY, not MED) */
  /* (and one for a union is a union's, LAB: "a spokesman for a transport
   * union"; the lower-case word, not the European Union) */
  bool party_word = false, union_word = false;
  for (int32_t k = lo; k <= hi && spokes_code && !agent; k++) {
    party_word = party_word || (word_is_ci(c, k, "party") && k > lo &&
                                (word_is_ci(c, k - 1, "the") || capitalised(c, k - 1)));
    union_word = union_word || ((word_is_ci(c, k, "union") || word_is_ci(c, k, "unions")) &&
                                !capitalised(c, k));
    /* (or a party's name the article coded: "A BNP spokesman in Dhaka"
     * after "the Bangladesh Nationalist Party (BNP)") */
    uint32_t tm = c->tok_mention ? c->tok_mention[c->first + (uint32_t)k] : NONE32;
    uint32_t te = tm != NONE32 ? ((const nm_mention *)c->d->mentions.data)[tm].entity : NONE32;
    if (te < c->d->entities.n && capitalised(c, k)) {
      size_t cl = strlen(c->ent[te].code);
      party_word = party_word || (cl >= 6 && !strcmp(c->ent[te].code + cl - 3, "PTY"));
    }
  }
  if (!agent && spokes_code && party_word) agent = "PTY", prefix = false;
  if (!agent && spokes_code && union_word) agent = "LAB", prefix = false;
  if (!agent && spokes_code && !(actor && strlen(actor) > 3)) agent = spokes_code, prefix = spokes_pf;
  /* "the ruling Workers' Party", "the Labour Party": a name headed by
   * "Party" is a party's, whatever role a word inside it names (WORKER
   * is LAB) */
  /* ... and so is one that "party" follows ("the ruling Georgian Dream
   * party": GEOPTY, not the demonym's GEO) */
  if ((!actor || bare_country(actor)) && h >= lo && h <= hi) {
    uint32_t pm = mention_at(c, h);
    if (pm == NONE32 && h > 0 && word_is_ci(c, h, "party")) pm = mention_at(c, h - 1);
    const nm_mention *m = pm != NONE32 ? (const nm_mention *)c->d->mentions.data + pm : NULL;
    int32_t last = m ? (int32_t)(m->first_token + m->n_tokens) - 1 - (int32_t)c->first : -1;
    if (m && m->kind == NM_MENTION_NAME && m->type == NM_ENT_ORG && last > 0 &&
        last < (int32_t)c->n &&
        ((m->n_tokens >= 2 && capitalised(c, last) && word_is_ci(c, last, "party")) ||
         (last + 1 < (int32_t)c->n && word_is_ci(c, last + 1, "party"))))
      agent = "PTY", prefix = false;
  }
  /* "a senior general", "the general said": the word in lower case, a
   * noun after no other noun, is a soldier (the agents dictionary has
   * GENERALS and GEN. but not the word alone, which other titles end
   * in: "the secretary general"; capitalised, it begins the names of
   * bodies, "the General Assembly", "the Central General Staff") */
  if (!agent && (!actor || bare_country(actor)) && h >= lo && h <= hi &&
      word_is_ci(c, h, "general") &&
      !capitalised(c, h) && !strcmp(upos(c, h), "NOUN") &&
      !(h > 0 && (!strcmp(upos(c, h - 1), "NOUN") || !strcmp(upos(c, h - 1), "PROPN") ||
                  word_is_ci(c, h - 1, "-")))) /* "commissioner-general" */
    agent = "MIL", prefix = false;
  /* "the Nigerian Senate", "France's Senate": a one-word body the
   * dictionary gives to one country (SENATE, USAGOVLEG) modified by
   * another country's name is that country's body: its role codes after
   * the modifier's country (NGAGOVLEG) */
  char swapped[CODE_CAP];
  /* ... and so is a body of several words that another country owns:
   * "South Korea's Joint Chiefs of Staff" (USAMIL in the dictionary) */
  int32_t a_head = a_lo;
  if (actor && a_lo >= 0 && a_hi > a_lo) {
    a_head = -1;
    for (int32_t k = a_lo; k <= a_hi; k++)
      if (c->head[k] < a_lo || c->head[k] > a_hi) a_head = a_head < 0 ? k : -2;
  }
  if (actor && a_lo >= 0 && a_head >= 0 && strlen(actor) > 3 && bare_country_prefix(actor) &&
      !person_word(c, a_lo))
    for (int32_t k = lo; k <= hi; k++) {
      if ((k >= a_lo && k <= a_hi) || c->head[k] != a_head ||
          !(a_lo == a_hi ? rel_base(c, k, "amod") || rel_is(c, k, "nmod:poss") ||
                               rel_base(c, k, "compound")
                         : rel_is(c, k, "nmod:poss")))
        continue;
      int32_t ks = name_start(c, k, lo); /* the modifier's own name: "South Korea" */
      const char *mc = NULL;
      for (size_t li = 0; li < c->nl && !mc; li++)
        for (int pass = 0; pass < 2 && !mc; pass++) {
          uint32_t ac;
          const uint32_t *w = (pass ? c->lid[li] : c->fid[li]) + ks;
          size_t nw = (size_t)(k - ks + 1);
          if (nm_cameo_match_actor(c->L[li], w, nw, 0, &ac) == nw)
            mc = nm_cameo_actor_code(c->L[li], ac, c->date);
        }
      if (mc && bare_country(mc) && strncmp(mc, actor, 3)) {
        snprintf(swapped, sizeof swapped, "%s%s", mc, actor + 3);
        actor = swapped;
        break;
      }
    }
  /* ... and so is one that sits in another country's city, its phrase
   * going on past the name: "The Joint Chiefs of Staff in Seoul said";
   * not a person's office the phrase names with the person ("met with
   * U.S. Secretary of State Antony Blinken in Jerusalem": a visit) */
  for (int32_t k = actor != swapped && actor && a_lo < a_hi && a_head >= 0 && strlen(actor) > 3 &&
                           bare_country_prefix(actor) && !names_person(c, lo, hi)
                       ? c->kid[a_head]
                       : -1;
       k >= 0; k = c->sib[k]) {
    acode pc;
    /* (the place's own words: a one-word phrase, no deeper search) */
    if (k <= a_hi || !rel_is(c, k, "nmod") || !case_word(c, k, "in") || !place_mention(c, k) ||
        !code_words_at(c, name_start(c, k, a_hi + 1), k, k, &pc, NULL, NULL) ||
        !bare_country(pc.code) || !strncmp(pc.code, actor, 3))
      continue;
    snprintf(swapped, sizeof swapped, "%.3s%s", pc.code, actor + 3);
    actor = swapped;
    break;
  }
  /* "Georgia" that the places stage resolved to the US state (the
   * entity's country_from_place): the dictionary's country (GEO) names
   * another place, and the place's country codes it (USA) */
  /* (and "Sucre", "Falcón", states of Venezuela in a story about it,
   * which the dictionaries know as Bolivia's capital and as an Iranian
   * group's synonym: a place's whole name that the places stage resolved
   * is that place, whatever other entry the words match) */
  char placed[CODE_CAP];
  uint32_t pmi = actor && a_lo >= 0 ? mention_at(c, a_lo) : NONE32;
  const nm_mention *pm = pmi != NONE32 && pmi < c->d->mentions.n
                             ? (const nm_mention *)c->d->mentions.data + pmi
                             : NULL;
  bool whole_place = pm && mention_at(c, a_hi) == pmi && pm->kind == NM_MENTION_NAME &&
                     pm->first_token == c->first + (uint32_t)a_lo &&
                     pm->first_token + pm->n_tokens == c->first + (uint32_t)a_hi + 1;
  if (actor && a_lo >= 0 && (bare_country(actor) || whole_place)) {
    uint32_t e = entity_at(c, a_lo);
    const nm_entity *ne =
        e != NONE32 && e < c->d->entities.n ? (const nm_entity *)c->d->entities.data + e : NULL;
    if (ne && ne->country_from_place && entity_at(c, a_hi) == e &&
        (ne->type == NM_ENT_GPE || ne->type == NM_ENT_LOC) && strcmp(actor, ne->country) != 0 &&
        ne->country[0] &&
        ((bare_country(actor) && words_are_name(c, a_lo, a_hi, aname)) ||
         (whole_place && bare_country_prefix(actor) && strncmp(actor, ne->country, 3) != 0 &&
          !country_named(c, actor, e) && country_named(c, ne->country, e) &&
          division_place(c, pmi)))) {
      snprintf(placed, sizeof placed, "%s", ne->country);
      actor = placed;
    } else if (ne && ne->type == NM_ENT_ORG && words_are_name(c, a_lo, a_hi, aname)) {
      /* "Congo River Alliance" in a story whose "Congo" the places stage
       * resolved to the Democratic Republic (COD): the country word in
       * the body's name is that place, not the dictionary's (COG) */
      const nm_entity *es = (const nm_entity *)c->d->entities.data;
      for (size_t k = 0; k < c->d->entities.n; k++)
        if (es[k].type == NM_ENT_GPE && es[k].country_from_place && es[k].name &&
            es[k].country[0] && strcmp(actor, es[k].country) != 0 &&
            words_are_name(c, a_lo, a_hi, es[k].name)) {
          snprintf(placed, sizeof placed, "%s", es[k].country);
          actor = placed;
          break;
        }
    }
  }
  if (alo) *alo = a_lo;
  if (ahi) *ahi = a_hi;
  /* "former Prime Minister Imran Khan", whose entry gives him a role
   * (PAKGOVLEG): no longer in it, the country's elite (PAKELI), not
   * PAKGOVLEGELI */
  char former[CODE_CAP];
  if (agent_was && actor && strlen(actor) > 3 && bare_country_prefix(actor) && a_lo >= 0 &&
      person_word(c, a_lo)) {
    snprintf(former, sizeof former, "%.3s", actor);
    actor = former;
  }
  /* "Ramón Iturbe, the secretary of state for health": a secretary of
   * state for a portfolio is a minister of the story's government (Spain's,
   * Britain's), not the US one the dictionaries' SECRETARY_OF_STATE names
   * (was USAGOV) */
  if (actor && a_hi >= 2 && a_hi + 1 < (int32_t)c->n && word_is_ci(c, a_hi + 1, "for") &&
      word_is_ci(c, a_hi, "state") && word_is_ci(c, a_hi - 1, "of") &&
      word_is_ci(c, a_hi - 2, "secretary")) {
    actor = NULL;
    if (!agent) agent = "GOV";
  }
  if (!actor && !agent) return false;
  join_agent(out->code, sizeof out->code, actor, agent, prefix);
  /* a person's own entry, in a name ("Hezbollah" in the description
   * "Hezbollah commander" is the group's entry, not stale) */
  uint32_t am = a_lo >= 0 ? mention_at(c, a_lo) : NONE32;
  out->stale = actor && a_open && a_horizon && c->date > a_horizon && a_lo >= 0 &&
               person_word(c, a_lo) &&
               ((const nm_mention *)c->d->mentions.data)[am].kind == NM_MENTION_NAME;
  if (actor == placed)
    snprintf(out->reason, sizeof out->reason, "place: %s, resolved to a place in %s%s%s",
             aname ? aname : "", placed, agent ? " + agent " : "", agent ? agent : "");
  else if (actor)
    snprintf(out->reason, sizeof out->reason, "dictionary: %s%s%s", aname ? aname : "",
             agent ? " + agent " : "", agent ? agent : "");
  else
    snprintf(out->reason, sizeof out->reason, "agent: %s", agent);
  out->rank = actor ? 3 : 2;
  return true;
}

/* The word a title's abbreviation stands for, as the agents dictionary
 * writes it ("Sen." -> senator; a US representative is a lawmaker), or
 * NULL. */
static const char *title_word(const char *s, size_t n) {
  static const char *const abbr[][2] = {
      {"Sen.", "senator"},   {"Rep.", "lawmaker"}, {"Gov.", "governor"}, {"Gen.", "general"},
      {"Lt.", "lieutenant"}, {"Col.", "colonel"},  {"Adm.", "admiral"},  {"Capt.", "captain"},
      {"Amb.", "ambassador"}, {"Pres.", "president"}, {"Sgt.", "sergeant"}, {"Maj.", "major"},
      {"Cmdr.", "commander"}, {"PM", "premier"}, {"Brig.", "brigadier"}};
  for (size_t k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
    if (strlen(abbr[k][0]) == n && !memcmp(abbr[k][0], s, n)) return abbr[k][1];
  return NULL;
}

/* The agent code of a title ("Prime Minister" -> GOV, "Sen." -> LEG). */
static const char *title_agent(const ectx *c, const char *title, bool *prefix) {
  uint32_t w[NM_CAMEO_MAX_PHRASE];
  for (size_t li = 0; li < c->nl; li++) {
    size_t n = 0;
    const char *p = title;
    while (*p && n < NM_CAMEO_MAX_PHRASE) {
      while (*p == ' ')
        p++;
      const char *s = p;
      while (*p && *p != ' ')
        p++;
      if (p == s) continue;
      /* "ex-President": "former President" */
      if (nm_title_ex_prefix(s, (size_t)(p - s)) && n + 1 < NM_CAMEO_MAX_PHRASE) {
        w[n++] = nm_cameo_word(c->L[li], "former", 6);
        s += 3;
      }
      const char *full = title_word(s, (size_t)(p - s));
      w[n++] = full ? nm_cameo_word(c->L[li], full, strlen(full))
                    : nm_cameo_word(c->L[li], s, (size_t)(p - s));
    }
    const char *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < n; i++) {
      uint32_t ag;
      size_t len = nm_cameo_match_agent(c->L[li], w, n, i, &ag);
      if (len > best_len || (len && len == best_len)) { /* the last, the head, on ties */
        best = nm_cameo_agent_code(c->L[li], ag, prefix);
        best_len = len;
      }
    }
    if (best) return best;
  }
  /* "General Biague Na Ntan", "the Malian general": the title alone is
   * a soldier's (the dictionary has GEN. and the titles that end in the
   * word) */
  if (!strcmp(title, "General") || !strcmp(title, "general") || !strcmp(title, "Gen.")) {
    *prefix = false;
    return "MIL";
  }
  /* "Justice Alexandre de Moraes", "Chief Justice X": a judge (the
   * dictionary's JUSTICE phrases are ministers and justices of the
   * peace) */
  size_t tl = strlen(title);
  if (tl >= 7 && (!strcmp(title + tl - 7, "Justice") || !strcmp(title + tl - 7, "justice")) &&
      (tl == 7 || title[tl - 8] == ' ')) {
    *prefix = false;
    return "JUD";
  }
  return NULL;
}

/* The code an entity gets from its title and country. */
static void code_from_entity_facts(const ectx *c, const nm_entity *e, acode *a) {
  bool prefix = false;
  const char *ag = e->title ? title_agent(c, e->title, &prefix) : NULL;
  if (ag) {
    char code[CODE_CAP];
    join_agent(code, sizeof code, e->country[0] ? e->country : NULL, ag, prefix);
    set_code(a, code, "title", e->title, 2);
    return;
  }
  if (e->country[0] && (e->type == NM_ENT_GPE || e->type == NM_ENT_NORP)) {
    set_code(a, e->country, "country", e->name ? e->name : e->country, 1);
    return;
  }
  if (e->country[0] && e->type == NM_ENT_PERSON && e->title) {
    set_code(a, e->country, "title's country", e->title, 1);
  }
}

/* ------------------------------------------------------------------ */
/* Sentence set-up                                                      */

/* The American spelling of a British word of the names the dictionaries
 * hold ("Organisation", "Defence", "Programme", "Centre"), written to
 * out with the word's case; its length, or 0 when there is none. */
static size_t american_spelling(const char *t, size_t len, char *out, size_t cap,
                                bool *always) {
  /* (the first two always: the team's dictionary has the British word
   * for "organisation" in one name only) */
  static const char *const gb[][2] = {{"organisation", "organization"},
                                      {"organisations", "organizations"},
                                      {"defence", "defense"},
                                      {"programme", "program"},
                                      {"programmes", "programs"},
                                      {"centre", "center"}};
  for (size_t k = 0; k < sizeof gb / sizeof *gb; k++) {
    *always = k < 2;
    size_t gl = strlen(gb[k][0]), ul = strlen(gb[k][1]);
    if (gl != len || ul >= cap) continue;
    size_t q = 0;
    while (q < len && (t[q] | 0x20) == gb[k][0][q])
      q++;
    if (q != len) continue;
    for (q = 0; q < ul; q++) {
      char ch = gb[k][1][q];
      /* (the case of the word's letter at that place, or of its last) */
      char src = t[q < len ? q : len - 1];
      out[q] = src >= 'A' && src <= 'Z' ? (char)(ch - 32) : ch;
    }
    return ul;
  }
  return 0;
}

static nm_status sentence_setup(ectx *c, uint32_t si) {
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + si;
  c->si = si;
  c->first = s->first_token;
  c->n = s->n_tokens;
  if (c->n > c->cap) {
    size_t cap = c->n * 2;
    for (size_t li = 0; li < c->nl; li++) {
      free(c->fid[li]);
      free(c->lid[li]);
      c->fid[li] = malloc(cap * sizeof(uint32_t));
      c->lid[li] = malloc(cap * sizeof(uint32_t));
      if (!c->fid[li] || !c->lid[li]) return NM_ERR_NOMEM;
    }
    free(c->head);
    free(c->kid);
    free(c->sib);
    free(c->stack);
    free(c->region);
    free(c->seen);
    c->head = malloc(cap * sizeof(int32_t));
    c->kid = malloc(cap * sizeof(int32_t));
    c->sib = malloc(cap * sizeof(int32_t));
    c->stack = malloc(cap * sizeof(int32_t));
    c->region = malloc(2 * cap); /* and c->when */
    c->when = c->region ? c->region + cap : NULL;
    c->seen = calloc(cap + 1, sizeof *c->seen); /* seen[cap]: the stamp */
    if (!c->head || !c->kid || !c->sib || !c->stack || !c->region || !c->seen) return NM_ERR_NOMEM;
    c->cap = cap;
  }
  for (size_t i = 0; i < c->n; i++) {
    size_t len;
    const char *t = nm_tok_text(c->d, c->first + i, &len);
    const char *lm = lemma(c, (int32_t)i);
    /* a title's abbreviation stands for its word: "Texas Gov. X" has the
     * agent GOVERNOR */
    const char *full = title_word(t, len);
    /* not "5 PM" */
    if (full && !(i > 0 && len == 2 && !strcmp(upos(c, (int32_t)i - 1), "NUM"))) lm = full;
    /* "Erdoğan" is the dictionaries' ERDOGAN: a word they lack is looked
     * up again with its Latin letters folded */
    char folded[64];
    size_t fl = 0;
    for (size_t k = 0; k < len && !fl; k++)
      if ((unsigned char)t[k] >= 0x80) fl = nm_fold_latin(t, len, folded, sizeof folded);
    /* ("World Health Organisation" is the dictionaries' WORLD HEALTH
     * ORGANIZATION: a British spelling is looked up in its American one,
     * which the dictionaries' names mostly use) */
    char us[64];
    bool always = false;
    size_t ul = american_spelling(t, len, us, sizeof us, &always);
    for (size_t li = 0; li < c->nl; li++) {
      c->fid[li][i] = nm_cameo_word(c->L[li], t, len);
      c->lid[li][i] = *lm ? nm_cameo_word(c->L[li], lm, strlen(lm)) : NM_CAMEO_NONE;
      if (c->fid[li][i] == NM_CAMEO_NONE && fl) c->fid[li][i] = nm_cameo_word(c->L[li], folded, fl);
      /* (else only when the dictionaries lack the British word:
       * "Ministry of National Defence" is theirs) */
      uint32_t uw = ul ? nm_cameo_word(c->L[li], us, ul) : NM_CAMEO_NONE;
      if (uw != NM_CAMEO_NONE && (c->fid[li][i] == NM_CAMEO_NONE || always))
        c->fid[li][i] = c->lid[li][i] = uw;
    }
    uint32_t h = c->tg[c->first + i].head;
    c->head[i] = h >= 1 && h <= c->n ? (int32_t)h - 1 : -1;
    c->kid[i] = -1;
    c->sib[i] = -1;
  }
  /* children in text order: walk backwards, pushing to the front */
  for (size_t j = c->n; j-- > 0;) {
    int32_t h = c->head[j];
    if (h < 0 || h == (int32_t)j) continue;
    c->sib[j] = c->kid[h];
    c->kid[h] = (int32_t)j;
  }
  return NM_OK;
}

/* The mention that covers sentence word i, or NONE32 (also for no word:
 * i < 0, as child() gives when there is none). */
static uint32_t mention_at(const ectx *c, int32_t i) {
  return c->tok_mention && i >= 0 && (size_t)i < c->n ? c->tok_mention[c->first + (size_t)i]
                                                      : NONE32;
}

/* The code of the one coded organisation whose name ends in word (a
 * lemma, "commission") and which the story named before token pos. */
static bool body_named_before(const ectx *c, const char *word, uint32_t pos, acode *out) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t wl = strlen(word);
  int found = -1;
  for (size_t e = 0; e < c->d->entities.n && c->ent; e++) {
    if (es[e].type != NM_ENT_ORG || c->ent[e].rank < 3 || !es[e].name || !es[e].n_mentions ||
        es[e].mentions[0] >= c->d->mentions.n || ms[es[e].mentions[0]].first_token >= pos)
      continue;
    const char *nm = es[e].name, *sp = strrchr(nm, ' ');
    const char *last = sp ? sp + 1 : nm;
    if (strlen(last) != wl || !ci_eq(last, word, wl)) continue;
    if (found >= 0 && strcmp(c->ent[found].code, c->ent[e].code) != 0) return false;
    found = (int)e;
  }
  if (found < 0) return false;
  *out = c->ent[found];
  return true;
}

static uint32_t entity_at(const ectx *c, int32_t i) {
  uint32_t m = mention_at(c, i);
  if (m == NONE32) return NONE32;
  return ((const nm_mention *)c->d->mentions.data)[m].entity;
}

static bool is_pronoun(const ectx *c, int32_t h) { return strcmp(upos(c, h), "PRON") == 0; }

static bool has_time(const ectx *c, int32_t lo, int32_t hi);

/* Whether word t is the subject of verb v or a conjunct of it ("Russia
 * and China voted against it"). */
static bool own_subject(const ectx *c, int32_t t, int32_t v) {
  for (int up = 0; up < 4 && t >= 0 && v >= 0; up++, t = c->head[t]) {
    if (rel_base(c, t, "nsubj")) return c->head[t] == v;
    if (!rel_base(c, t, "conj")) return false;
  }
  return false;
}

static bool person_name_at(const ectx *c, int32_t s, int32_t *a, int32_t *b);
static bool person_word(const ectx *c, int32_t i);
/* Whether the phrase [lo, hi] of singular head t names one person
 * ("Chancellor Tovan Elisk", "Friedrich Merz"). */
static bool one_named_person(const ectx *c, int32_t t, int32_t lo, int32_t hi) {
  const char *x = c->tg[c->first + (size_t)t].xpos;
  if (!x || (strcmp(x, "NN") != 0 && strcmp(x, "NNP") != 0) || child(c, t, "conj", false) >= 0)
    return false;
  int32_t a, b;
  for (int32_t k = lo; k <= hi; k++)
    if (person_name_at(c, k, &a, &b) || person_word(c, k)) return true;
  for (int32_t k = c->kid[t]; k >= 0; k = c->sib[k]) /* "Chancellor, Tovan Elisk," */
    if (rel_base(c, k, "appos") && person_name_at(c, k, &a, &b)) return true;
  /* a title the parse split from the name after it ("German Chancellor
   * Friedrich Merz" with two subjects) */
  return hi + 1 < (int32_t)c->n && person_name_at(c, hi + 1, &a, &b);
}

/* The reason code_pronoun() gives a pronoun that stands for the subject
 * of the verb that reports its clause (code_np() asks for it). */
static const char reporting_subject[] = "pronoun: subject of the reporting verb";

/* The subject of reporting verb u before word h, its last; -1 for none
 * ("The rebels … said they had acted": "rebels"). */
static int32_t reporter_subject(const ectx *c, int32_t u, int32_t h) {
  int32_t s = -1;
  for (int32_t k = c->kid[u]; k >= 0; k = c->sib[k])
    if (rel_base(c, k, "nsubj") && k < h) s = k;
  return s;
}

static void local_country(ectx *c, acode *a, int32_t h, uint32_t ent, bool source,
                          const char *other);

/* TABARI's pronoun rule, for a pronoun coreference did not resolve: he,
 * she, it, his, her, its take the first actor before it in the sentence;
 * they, them, their the first compound actor, else the first actor. */
static bool code_np(const ectx *c, int32_t h, acode *out, uint32_t *entity);
static bool code_pronoun(const ectx *c, int32_t h, acode *out) {
  const char *l = lemma(c, h);
  bool plural = !strcmp(l, "they") || !strcmp(l, "them") || !strcmp(l, "their");
  /* "it" and "its" are no person ("Senator X said it would encourage
   * ...": the plan, not the senator); he, she and the like are one */
  bool neuter = !strcmp(l, "it") || !strcmp(l, "its");
  bool personal = !plural && !neuter;
  int32_t first = -1, first_compound = -1;
  acode a, fa;
  /* "Tokyo called for restraint, while Canberra said it would send": the
   * subject of a clause that reports what a named actor said is that
   * actor, not the sentence's first */
  /* ("The RSF denied the accusation and said its fighters had …": the
   * owner of the reported clause's subject too, and the subject the
   * reporting verb shares with the verb it is joined to) */
  int32_t sh = h;
  if (rel_is(c, h, "nmod:poss") && c->head[h] >= 0 && rel_base(c, c->head[h], "nsubj"))
    sh = c->head[h];
  /* ("The M23 said government forces attacked its positions": "its" in
   * the reported clause's object, whose subject is plural, is no subject
   * of that clause's and stands for the reporting verb's) */
  if (!strcmp(l, "its") && rel_is(c, h, "nmod:poss") && c->head[h] >= 0 &&
      rel_base(c, c->head[h], "obj")) {
    int32_t cv = c->head[c->head[h]], cs = cv >= 0 ? child(c, cv, "nsubj", false) : -1;
    const char *x = cs >= 0 ? c->tg[c->first + (size_t)cs].xpos : NULL;
    /* (nor of a singular subject that attacks: "the RSF said the army had
     * bombed its positions"; no one bombs its own) */
    static const char *const attack[] = {"bomb",   "shell", "attack", "strike", "raid",
                                         "target", "storm", "overrun", "shoot", NULL};
    if (cs >= 0 && cs < h && x &&
        (!strcmp(x, "NNS") || !strcmp(x, "NNPS") || word_in(lemma(c, cv), attack)))
      sh = cs;
  }
  int32_t v = c->head[sh];
  /* ("The rebels … said they had acted": a plural noun for "they") */
  if (v >= 0 && rel_base(c, sh, "nsubj") && rel_base(c, v, "ccomp") && c->head[v] >= 0) {
    int32_t u = c->head[v], s = reporter_subject(c, u, h);
    if (s < 0 && (sh != h || plural) && rel_base(c, u, "conj")) {
      int32_t us = subject_of(c, u, 0);
      if (us >= 0 && us < h) s = us;
    }
    const char *sx = s >= 0 ? c->tg[c->first + (size_t)s].xpos : NULL;
    bool s_plural = sx && (!strcmp(sx, "NNS") || !strcmp(sx, "NNPS"));
    if (s >= 0 && nounish(c, s) && !is_pronoun(c, s) && child(c, s, "conj", false) < 0 &&
        (!plural || s_plural) && !(neuter && person_word(c, s)) &&
        !(personal && place_mention(c, s))) {
      int32_t lo, hi;
      np_range(c, s, &lo, &hi);
      memset(&a, 0, sizeof a);
      /* a group with no country is one too ("A coalition of rebel groups
       * said it had overrun two army posts": ---REB) */
      bool coded = code_words(c, lo, hi, s, &a);
      /* ("Its embassy in Islamabad said it supported": the embassy of
       * whom "its" stands for, not of the town it is in) */
      int32_t sp = child(c, s, "nmod:poss", false);
      uint32_t owner_ent;
      if (sp >= 0 && sp < s && is_pronoun(c, sp) && code_np(c, s, &a, &owner_ent)) coded = true;
      bool group = a.rank == 2 && !strncmp(a.code, "---", 3) && word_in(a.code + 3, armed_roles);
      /* ... and a state's body named without its country ("Police said
       * they had arrested nine protesters": ---COP, whose country the
       * emitter finds as for the noun, local_country()) */
      bool body = a.rank == 2 && !strncmp(a.code, "---", 3) && strlen(a.code) == 6 &&
                  word_in(a.code + 3, state_roles) && !strcmp(upos(c, s), "NOUN");
      if (coded && (a.rank >= 3 || group || body)) {
        *out = a;
        snprintf(out->reason, sizeof out->reason, "%s", reporting_subject);
        return true;
      }
    }
  }
  /* "the government has expelled critics to the United States …, and it
   * has closed 5,000 groups": a subject "it" of a clause joined to another
   * is that clause's singular subject, a body or state the story codes */
  if (neuter && rel_base(c, h, "nsubj") && v >= 0 && rel_base(c, v, "conj") && c->head[v] >= 0) {
    int32_t s = subject_of(c, c->head[v], 0);
    const char *sx = s >= 0 && s < h ? c->tg[c->first + (size_t)s].xpos : NULL;
    if (sx && (!strcmp(sx, "NN") || !strcmp(sx, "NNP")) && !is_pronoun(c, s) &&
        !person_word(c, s)) {
      int32_t lo, hi;
      np_range(c, s, &lo, &hi);
      memset(&a, 0, sizeof a);
      bool coded = code_words(c, lo, hi, s, &a);
      bool body = a.rank == 2 && !strncmp(a.code, "---", 3) && strlen(a.code) == 6 &&
                  word_in(a.code + 3, state_roles);
      if (coded && (a.rank >= 3 || body)) {
        /* (the body's country as the emitter finds it for the noun; the
         * context is the caller's own, writable, only passed as const
         * here: local_country() fills its caches) */
        if (body) local_country((ectx *)c, &a, s, entity_at(c, s), true, NULL);
        *out = a;
        snprintf(out->reason, sizeof out->reason, "%s",
                 "pronoun: the subject of the clause it is joined to");
        return true;
      }
    }
  }
  if (neuter && !rel_base(c, h, "nsubj")) {
    /* "The RSF welcomed the draft, while the government rejected it": an
     * object "it" takes the last singular thing named before it; a common
     * noun there (the draft) is no actor, and then neither is "it" */
    for (int32_t t = h - 1; t >= 0 && h - t <= 64; t--) {
      if (!nounish(c, t) || is_pronoun(c, t) || has_time(c, t, t)) continue;
      if (c->head[t] >= 0 && (rel_base(c, t, "compound") || rel_base(c, t, "flat") ||
                              rel_base(c, t, "amod") || rel_base(c, t, "nmod:poss")))
        continue;
      if (own_subject(c, t, c->head[h])) continue; /* its own clause's */
      const char *x = c->tg[c->first + (size_t)t].xpos;
      if (!x || (strcmp(x, "NN") != 0 && strcmp(x, "NNP") != 0)) continue;
      int32_t lo, hi;
      np_range(c, t, &lo, &hi);
      memset(&a, 0, sizeof a);
      if (!code_words(c, lo, hi, t, &a) || a.rank < 3) {
        if (!strcmp(x, "NN")) return false;
        continue;
      }
      /* "an Israeli drone strike that killed one of its commanders": a
       * thing a country's adjective codes is still a thing */
      if (!strcmp(x, "NN") && bare_country(a.code)) return false;
      *out = a;
      snprintf(out->reason, sizeof out->reason, "pronoun: last thing named before it");
      return true;
    }
  }
  /* "said that four Chinese coast guard vessels had entered restricted
   * waters, and that it had expelled them": an object "them" takes the
   * last plural actor named before it in its sentence, not its own
   * clause's subject; one that codes no country ("protesters") is none
   * the story coded, and then neither is "them" */
  if (plural && !strcmp(l, "they") && rel_base(c, h, "obj")) {
    for (int32_t t = h - 1; t >= 0 && h - t <= 64; t--) {
      if (!nounish(c, t) || is_pronoun(c, t) || has_time(c, t, t)) continue;
      if (c->head[t] >= 0 && (rel_base(c, t, "compound") || rel_base(c, t, "flat") ||
                              rel_base(c, t, "amod") || rel_base(c, t, "nmod:poss")))
        continue;
      if (own_subject(c, t, c->head[h])) continue;
      /* (the head of a clause's argument, not a word inside one: "on 14
       * Belarusian officials, including two judges") */
      if (!rel_base(c, t, "nsubj") && !rel_base(c, t, "obj") && !rel_base(c, t, "obl") &&
          !rel_base(c, t, "iobj"))
        continue;
      const char *x = c->tg[c->first + (size_t)t].xpos;
      if (!x || (strcmp(x, "NNS") != 0 && strcmp(x, "NNPS") != 0)) continue;
      int32_t lo, hi;
      np_range(c, t, &lo, &hi);
      memset(&a, 0, sizeof a);
      if (!code_words(c, lo, hi, t, &a)) continue; /* (no actor: "restricted waters") */
      if (a.rank < 3) return false;
      *out = a;
      snprintf(out->reason, sizeof out->reason, "pronoun: last plural actor named before it");
      return true;
    }
  }
  /* an object "it" is not its own clause's subject, nor the subject's
   * owner ("Azerbaijan's Foreign Ministry hailed it": the deal) */
  int32_t own_lo = -1, own_hi = -1, own_s = -1;
  if (neuter && !rel_base(c, h, "nsubj") && v >= 0 && (own_s = child(c, v, "nsubj", false)) >= 0)
    np_range(c, own_s, &own_lo, &own_hi);
  bool named_person = false;
  uint32_t pe = personal ? entity_at(c, h) : NONE32;
  if (pe < c->d->entities.n) {
    const nm_entity *pn = (const nm_entity *)c->d->entities.data + pe;
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    for (uint32_t k = 0; k < pn->n_mentions && !named_person && pn->type == NM_ENT_PERSON; k++)
      named_person = pn->mentions[k] < c->d->mentions.n &&
                     ms[pn->mentions[k]].kind == NM_MENTION_NAME &&
                     ms[pn->mentions[k]].first_token < c->d->tokens.n;
  }
  int32_t poss_obj_subject = -1;
  if (plural && rel_is(c, h, "nmod:poss") && c->head[h] >= 0 && rel_base(c, c->head[h], "obj") &&
      c->head[c->head[h]] >= 0)
    poss_obj_subject = subject_of(c, c->head[c->head[h]], 0);
  for (int32_t t = 0; t < h; t++) {
    if (!nounish(c, t) || is_pronoun(c, t) || (neuter && person_word(c, t))) continue;
    /* (nor is a place the person coreference joined the pronoun to:
     * "The United States imposed sanctions on X, accusing him of
     * corruption") */
    if (named_person && place_mention(c, t)) continue;
    if (c->head[t] >= 0 && (rel_base(c, t, "compound") || rel_base(c, t, "flat") ||
                            rel_base(c, t, "amod") || rel_base(c, t, "conj") ||
                            (plural && rel_is(c, t, "nmod:poss"))))
      continue; /* inside a larger phrase, or a later conjunct; "they" after
                 * "Yemen's Houthi rebels" is the rebels, not Yemen */
    if (t >= own_lo && t <= own_hi) continue;
    /* ("Venezuela expelled their diplomats": one country's name, the
     * subject of the verb whose object "their" owns, is no "they") */
    if (plural && t == poss_obj_subject && place_mention(c, t) && !strcmp(xpos(c, t), "NNP") &&
        child(c, t, "conj", false) < 0)
      continue;
    /* "Merz criticised the tariffs, saying they would hurt exporters":
     * "they" is no one person named alone */
    int32_t lo, hi;
    np_range(c, t, &lo, &hi);
    if (plural && one_named_person(c, t, lo, hi)) continue;
    memset(&a, 0, sizeof a);
    if (!code_words(c, lo, hi, t, &a) || a.rank < 3) continue;
    /* (nor, for he or she, a thing a nationality's adjective codes: "a
     * truck driver who had been waiting with a load bound for the Chilean
     * border said he supported": no Chilean) */
    if (personal && mention_at(c, t) == NONE32 && !person_word(c, t) && bare_country(a.code) &&
        !strcmp(upos(c, t), "NOUN"))
      continue;
    if (first < 0) {
      first = t;
      fa = a;
    }
    if (plural && first_compound < 0 && child(c, t, "conj", false) >= 0) {
      first_compound = t;
      *out = a;
    }
  }
  if (plural && first_compound >= 0) {
    snprintf(out->reason, sizeof out->reason, "pronoun: first compound actor");
    return true;
  }
  if (first < 0) {
    /* "Sudan's government welcomed the veto. Its envoy …": a neuter or
     * plural pronoun with no actor before it in its sentence is the
     * subject of the sentence before, a body or state the story coded */
    if (personal || c->prev_si == NONE32 || c->prev_si + 1 != c->si) return false;
    for (int32_t t = 0; t < h; t++) /* nor a noun before it ("The coalition … said it") */
      if (nounish(c, t) && !has_time(c, t, t)) return false;
    *out = c->prev_subj;
    snprintf(out->reason, sizeof out->reason, "pronoun: the subject of the sentence before");
    return true;
  }
  *out = fa;
  snprintf(out->reason, sizeof out->reason, "pronoun: first actor in the sentence");
  return true;
}

static uint32_t event_quote(const ectx *c, uint32_t at);

/* code_words over [plo, phi] for a name at [lo, hi]. A bare country code
 * from one word inside a person's name of several words is a place in the
 * name ("Lloyd Austin", "Jack London"), not the person's country: then only
 * the words before the name count. */
/* Whether a time expression overlaps the sentence words [lo, hi]. */
static bool has_time(const ectx *c, int32_t lo, int32_t hi) {
  const nm_token *tk = (const nm_token *)c->d->tokens.data + c->first;
  const nm_time *tm = (const nm_time *)c->d->times.data;
  size_t a = 0, b = c->d->times.n; /* times are in text order and apart */
  while (a < b) {
    size_t mid = a + (b - a) / 2;
    if (tm[mid].end > tk[lo].start)
      b = mid;
    else
      a = mid + 1;
  }
  return a < c->d->times.n && tm[a].start < tk[hi].end;
}

static bool code_name_words(const ectx *c, int32_t plo, int32_t phi, int32_t h, int32_t lo,
                            int32_t hi, bool person, acode *out) {
  int32_t alo, ahi;
  if (!code_words_at(c, plo, phi, h, out, &alo, &ahi)) return false;
  /* "Somali President Hassan Sheikh Mohamud": a dictionary person
   * matched by words that stop short of the name's last word is
   * another person who shares a given name (Jordan's King Hassan); the
   * words before the name code the person, if any do; not a dictionary
   * person of two words or more that opens a name of three and stops
   * one short ("Samia Suluhu Hassan", Phoenix's SAMIA_SULUHU_) */
  if (person && lo < hi && out->rank == 3 && alo >= lo && ahi < hi && !strcmp(upos(c, hi), "PROPN") &&
      !has_time(c, ahi + 1, hi) && !(alo == lo && ahi > alo && ahi + 1 == hi && lo + 1 < hi)) {
    memset(out, 0, sizeof *out);
    return plo < lo && code_words(c, plo, lo - 1, lo - 1, out);
  }
  /* "Howard Dean", "Sara King": an agent's word that ends a person's name
   * of two words or more is the surname (titles come before names), no
   * role; the words before it code the person, if any do */
  if (person && lo < hi && alo < 0 && out->rank == 2) {
    acode last;
    memset(&last, 0, sizeof last);
    if (code_words(c, hi, hi, hi, &last) && last.rank == 2) {
      memset(out, 0, sizeof *out);
      return code_words(c, plo, hi - 1, hi - 1, out);
    }
  }
  if (!person || lo == hi || alo < 0 || alo != ahi || alo < lo || alo > hi) return true;
  /* "Israel Friday" is a country and a time the NER took for a name */
  if (has_time(c, lo, hi)) return true;
  acode w;
  memset(&w, 0, sizeof w);
  if (!code_words(c, alo, alo, alo, &w) || strlen(w.code) != 3) return true;
  memset(out, 0, sizeof *out);
  return plo < lo && code_words(c, plo, lo - 1, lo - 1, out);
}

/* "we" inside a quotation is the speaker's side: "'We will not accept
 * it,' the minister said" codes "we" as the minister's government. */
static bool code_we(const ectx *c, int32_t h, acode *out, uint32_t *entity) {
  if (!c->ent) return false;
  const nm_token *tk = (const nm_token *)c->d->tokens.data + c->first + (size_t)h;
  uint32_t q = event_quote(c, tk->start);
  if (q == NONE32) return false;
  uint32_t sp = ((const nm_quote *)c->d->quotes.data)[q].speaker;
  if (sp == NONE32 || sp >= c->d->entities.n || c->ent[sp].rank < 1) return false;
  *out = c->ent[sp];
  *entity = sp;
  snprintf(out->reason, sizeof out->reason, "\"we\" in the speaker's quotation");
  return true;
}

/* "that", "which", "who", "whom" opening a relative clause. */
static bool relative_pronoun(const ectx *c, int32_t h) {
  static const char *const rel[] = {"that", "which", "who", "whom", NULL};
  int32_t v = c->head[h];
  return word_in(lemma(c, h), rel) && v >= 0 && rel_base(c, v, "acl");
}

static int32_t subject_of(const ectx *c, int32_t v, int depth);

/* Codes the noun phrase headed by h: the dictionaries first; then the
 * entity it names or refers to; then its appositive. *entity gets the
 * entity index or NONE32. */
/* "China's commerce ministry said ... The ministry accused Brussels": a
 * state body named by a definite description with no country of its own
 * takes the country that owns the same noun in one of the two sentences
 * before ("China's commerce ministry", "the Chinese ministry"). Nothing
 * else: "the government that Paris recognizes" after "France said" is
 * no French government. */
/* The country that owns noun (a lemma) in the sentence before or the one
 * before that, nearest first: a country's name right before the noun and
 * its modifiers ("China's commerce ministry", "the Chinese ministry",
 * "Niger's ruling junta"). */
static bool noun_country_before(const ectx *c, const char *noun, char found[4]) {
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  const nm_word_tags *tg = c->tg;
  size_t ne = c->d->entities.n;
  found[0] = 0;
  for (uint32_t back = 1; back <= 2 && back <= c->si; back++) {
    const nm_sentence *ps = &ss[c->si - back];
    if (ps->n_tokens > 256) continue; /* a long "sentence" says nothing of one noun */
    for (uint32_t k = 0; k < ps->n_tokens; k++) {
      const nm_word_tags *g = &tg[ps->first_token + k];
      if (!g->lemma || strcmp(g->lemma, noun) != 0) continue;
      for (uint32_t o = k; o-- > 0 && k - o <= 4;) {
        const nm_word_tags *og = &tg[ps->first_token + o];
        uint32_t m = c->tok_mention ? c->tok_mention[ps->first_token + o] : NONE32;
        if (m != NONE32) {
          uint32_t oe = ((const nm_mention *)c->d->mentions.data)[m].entity;
          if (oe < ne && c->ent && bare_country(c->ent[oe].code))
            memcpy(found, c->ent[oe].code, 4);
          break;
        }
        if (!og->upos || (strcmp(og->upos, "NOUN") != 0 && strcmp(og->upos, "ADJ") != 0 &&
                          strcmp(og->upos, "PART") != 0 && strcmp(og->upos, "VERB") != 0))
          break;
      }
    }
    if (found[0]) return true;
  }
  return false;
}

static void definite_body(const ectx *c, int32_t h, acode *out) {
  if (strlen(out->code) != 6 || strncmp(out->code, "---", 3) != 0 ||
      !word_in(out->code + 3, state_roles))
    return;
  int32_t det = child(c, h, "det", false);
  const char *noun = lemma(c, h);
  if (det < 0 || !word_is_ci(c, det, "the") || !noun[0]) return;
  /* as the subject that opens its sentence only: "Marcos ordered the
   * foreign ministry to lodge a protest" is his own ministry, not the one
   * a sentence before named (after an opening phrase with no verb, set
   * off by a comma: "In a statement, the ministry said") */
  bool opening = det == 0;
  if (!opening && det >= 3 && word_is_ci(c, det - 1, ",") && !strcmp(upos(c, 0), "ADP")) {
    opening = true;
    for (int32_t k = 1; k < det - 1 && opening; k++)
      opening = strcmp(upos(c, k), "VERB") != 0 && strcmp(upos(c, k), "AUX") != 0 &&
                !word_is_ci(c, k, ",");
  }
  if (!rel_base(c, h, "nsubj") || !opening) return;
  char found[4];
  if (!noun_country_before(c, noun, found)) return;
  char code[CODE_CAP];
  join_agent(code, sizeof code, found, out->code + 3, false);
  snprintf(out->code, sizeof out->code, "%s", code);
  snprintf(out->reason, sizeof out->reason, "the body named before with its country: %s", found);
  out->rank = 3;
}

/* "The Saudi Foreign Ministry said that the kingdom calls on …": "the
 * kingdom" is the monarchy named last in this sentence or the two
 * before (the nearest). */
static void definite_kingdom(const ectx *c, int32_t h, acode *out) {
  static const char *const monarchies[] = {
      "SAU", "JOR", "MAR", "BHR", "KWT", "QAT", "OMN", "ARE", "GBR", "ESP", "NLD", "BEL",
      "SWE", "NOR", "DNK", "THA", "JPN", "KHM", "BTN", "LSO", "SWZ", "MYS", "BRN", "TON", NULL};
  int32_t det = child(c, h, "det", false);
  if (strcmp(lemma(c, h), "kingdom") != 0 || det < 0 || det + 1 != h ||
      !word_is_ci(c, det, "the") || !c->ent || !c->tok_mention)
    return;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  for (uint32_t back = 0; back <= 2 && back <= c->si; back++) {
    const nm_sentence *ps = &ss[c->si - back];
    uint32_t end = back ? ps->n_tokens : (uint32_t)h;
    if (end > 256) continue;
    for (uint32_t k = end; k-- > 0;) {
      uint32_t m = c->tok_mention[ps->first_token + k];
      if (m == NONE32 || ms[m].entity >= c->d->entities.n) continue;
      const char *code = c->ent[ms[m].entity].code;
      char cc[4];
      snprintf(cc, sizeof cc, "%.3s", code);
      if (!bare_country_prefix(code) || !word_in(cc, monarchies)) continue;
      char joined[CODE_CAP];
      join_agent(joined, sizeof joined, cc, out->code[0] == '-' ? out->code + 3 : "", false);
      snprintf(out->code, sizeof out->code, "%s", joined);
      snprintf(out->reason, sizeof out->reason, "the kingdom named before: %s", cc);
      out->rank = 3;
      return;
    }
  }
}

/* "She urged the authorities to release all three": "the government",
 * "the authorities", "the police" with no country of their own, not a
 * subject, in a sentence that names no state, are the article's
 * country's (VENGOV, not ---GOV; "The U.S. embassy urged the authorities"
 * is left to the rules that know whose). */
static void definite_home_body(const ectx *c, int32_t h, acode *out) {
  static const char *const nouns[] = {"government", "authorities", "authority", "police",
                                      "army",       "military",    "junta",     "regime",
                                      "judiciary",  NULL};
  if (!c->home[0] || strlen(out->code) != 6 || strncmp(out->code, "---", 3) != 0 ||
      !word_in(out->code + 3, state_roles) || !word_in(lemma(c, h), nouns) ||
      rel_base(c, h, "nsubj"))
    return; /* (a target: as a subject it may report another's clause) */
  bool the = false;
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
    if (rel_is(c, k, "det") && k + 1 == h && word_is_ci(c, k, "the")) the = true;
    else if (!rel_is(c, k, "punct")) return; /* its own words may say whose */
  }
  if (!the) return;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  for (size_t j = first_mention_of(c, c->si); j < c->d->mentions.n && ms[j].sentence == c->si;
       j++) {
    uint32_t oe = ms[j].entity;
    if (oe >= c->d->entities.n || !c->ent[oe].code[0]) continue;
    const char *oc = c->ent[oe].code;
    if (bare_country_prefix(oc)) return; /* a state named: the sentence's own reading */
  }
  /* (a bureau's dateline is not the story's country: "BANGKOK — … urged
   * the junta", Myanmar's) */
  const char *home = c->bureau_home[0] ? c->bureau_home : c->home;
  char code[CODE_CAP];
  join_agent(code, sizeof code, home, out->code + 3, false);
  snprintf(out->code, sizeof out->code, "%s", code);
  snprintf(out->reason, sizeof out->reason, "the state body, of the article's country: %s",
           home);
  out->rank = 3;
}

static const char *const rebel_words[] = {"rebel", "insurgent", "militant", NULL};
/* "M23 rebels captured Sake ... The rebels now control the road": "the
 * rebels" (---REB, the same for insurgents) are the one armed group of
 * that role a name coded in this sentence or the two before. */
static void definite_group(const ectx *c, int32_t h, acode *out) {
  static const char *const roles[] = {"REB", "INS", "UAF", NULL};
  if (strlen(out->code) != 6 || strncmp(out->code, "---", 3) != 0 ||
      !word_in(out->code + 3, roles) || !c->ent || !c->tok_mention)
    return;
  int32_t det = child(c, h, "det", false);
  /* ... and their owner's: "The rebels' spokesman" */
  int32_t po = det < 0 ? child(c, h, "nmod:poss", false) : -1;
  if (po >= 0 && po < h && word_in(lemma(c, po), rebel_words)) {
    h = po;
    det = child(c, h, "det", false);
  }
  if (det < 0 || !word_is_ci(c, det, "the") || det + 1 != h) return;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const char *found = NULL;
  for (uint32_t back = 0; back <= 2 && back <= c->si; back++) {
    const nm_sentence *ps = &ss[c->si - back];
    uint32_t end = back ? ps->n_tokens : (uint32_t)h;
    if (end > 256) continue; /* a long "sentence" says nothing of one group */
    for (uint32_t k = 0; k < end; k++) {
      uint32_t m = c->tok_mention[ps->first_token + k];
      if (m == NONE32 || ms[m].kind != NM_MENTION_NAME || ms[m].entity >= c->d->entities.n)
        continue;
      const char *code = c->ent[ms[m].entity].code;
      /* (the role's own code, or with a group's own code after it:
       * PSEREBHMS; "the militants", ---UAF, are any armed group's) */
      bool uaf = !strcmp(out->code + 3, "UAF");
      if (strlen(code) < 6 || code[0] == '-' ||
          (strncmp(code + 3, out->code + 3, 3) != 0 &&
           !(uaf && (!strncmp(code + 3, "REB", 3) || !strncmp(code + 3, "INS", 3)))))
        continue;
      if (found && strcmp(found, code) != 0) return; /* two groups: no guess */
      found = code;
    }
  }
  if (!found) return;
  snprintf(out->code, sizeof out->code, "%s", found);
  snprintf(out->reason, sizeof out->reason, "the group of that role named before: %s", found);
  out->rank = 3;
}

/* Plans and proposals, which "the" names again once a text has said whose
 * they are. */
static const char *const proposal_nouns[] = {"plan",      "proposal", "offer",     "initiative",
                                             "roadmap",   "blueprint", "framework", NULL};

/* The coded body or country whose plan "the plan" is (h: sentence word,
 * a proposal noun under "the" or "this" with no modifier of its own): the
 * owner of the nearest plan named before it that names one, in its
 * sentence or the eight before, by a coded name inside that plan's phrase before its head ("a
 * United Nations proposal", "the U.N. truce plan", "Egypt's plan") or in
 * its from-, by- or of-phrase ("a proposal from Qatar"). "rejected the
 * plan as a trap": the plan's author is what is rejected. */
static bool code_plan_author(const ectx *c, int32_t h, acode *out, uint32_t *entity) {
  if (!c->ent || !c->tok_mention || !word_in(lemma(c, h), proposal_nouns)) return false;
  bool definite = false;
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
    if (k < h && rel_is(c, k, "det") && (word_is_ci(c, k, "the") || word_is_ci(c, k, "this")))
      definite = true;
    else if (rel_base(c, k, "nmod") || rel_base(c, k, "compound") || rel_base(c, k, "amod") ||
             rel_base(c, k, "acl"))
      return false; /* "the peace plan", "the plan for Gaza": its own words */
  }
  if (!definite) return false;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t here = c->first + (size_t)h;
  uint32_t s_lo = c->si > 8 ? c->si - 8 : 0;
  for (size_t t = here; t-- > ss[s_lo].first_token && here - t < 600;) {
    const nm_word_tags *tg = &c->tg[t];
    if (!tg->lemma || !word_in(tg->lemma, proposal_nouns) || !tg->upos ||
        strcmp(tg->upos, "NOUN") != 0)
      continue;
    /* its sentence: the words hung from the noun, up to two steps */
    const nm_token *tk = (const nm_token *)c->d->tokens.data + t;
    const nm_sentence *s = &ss[tk->sentence];
    size_t a = s->first_token, b = a + s->n_tokens, pos = t - a + 1;
    for (size_t k = t > a + 8 ? t - 8 : a; k < b && k < t + 12; k++) {
      if (k == t) continue;
      uint32_t hd = c->tg[k].head, up = hd && hd <= s->n_tokens ? c->tg[a + hd - 1].head : 0;
      bool before = k < t && (hd == pos || up == pos);
      /* "The proposal, handed to both sides by the U.N. envoy's office":
       * the agent of a participle that describes it */
      if (k > t && up == pos && c->tg[a + hd - 1].deprel &&
          !strncmp(c->tg[a + hd - 1].deprel, "acl", 3) && c->tg[k].deprel &&
          !strcmp(c->tg[k].deprel, "obl:agent"))
        before = true;
      bool from = false;
      if (k > t && hd == pos && c->tg[k].deprel && !strncmp(c->tg[k].deprel, "nmod", 4))
        for (size_t q = t + 1; q < k && !from; q++)
          from = c->tg[q].head == k - a + 1 && c->tg[q].lemma &&
                 (!strcmp(c->tg[q].lemma, "from") || !strcmp(c->tg[q].lemma, "by") ||
                  !strcmp(c->tg[q].lemma, "of"));
      if (!before && !from) continue;
      uint32_t m = c->tok_mention[k];
      if (m == NONE32 || m >= c->d->mentions.n) continue;
      uint32_t e = ms[m].entity;
      if (e >= c->d->entities.n || c->ent[e].rank < 1 || !c->ent[e].code[0]) continue;
      *out = c->ent[e];
      snprintf(out->reason, sizeof out->reason, "%s", "the author of the plan named before");
      *entity = e;
      return true;
    }
    /* a plan named with no author ("we accept the initiative"): the one
     * before it may say whose */
  }
  return false;
}

/* "The statement accused Manila of …": a statement, communique or
 * letter that is a clause's subject speaks for its author, the coded body
 * that issued it (nm_coref_text_author(): "China's Foreign Ministry issued
 * a statement", "said in a statement", "a statement from the army"). */
static bool code_text_author(const ectx *c, int32_t h, acode *out, uint32_t *entity) {
  if (!c->ent || !c->tok_mention || !rel_base(c, h, "nsubj")) return false;
  uint32_t au = nm_coref_text_author(c->d, (uint32_t)(c->first + (size_t)h));
  if (au == UINT32_MAX || au >= c->d->tokens.n) return false;
  uint32_t m = c->tok_mention[au];
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  uint32_t e = m != NONE32 && m < c->d->mentions.n ? ms[m].entity : NONE32;
  if (e < c->d->entities.n && c->ent[e].rank >= 1 && c->ent[e].code[0]) {
    *out = c->ent[e];
    snprintf(out->reason, sizeof out->reason, "%s", "the author of the statement");
    *entity = e;
    return true;
  }
  /* no coded name ("China's coast guard said in a statement …"): the
   * main clause's subject of the sentence before, as coded there */
  const nm_token *tk = (const nm_token *)c->d->tokens.data + au;
  const nm_word_tags *at = &c->tg[au];
  const nm_sentence *ps = c->prev_si != NONE32 && c->prev_si + 1 == c->si
                              ? (const nm_sentence *)c->d->sentences.data + c->prev_si
                              : NULL;
  if (!ps || tk->sentence != c->prev_si || !at->deprel || strcmp(at->deprel, "nsubj") != 0 ||
      !at->head || at->head > ps->n_tokens)
    return false;
  const nm_word_tags *vt = &c->tg[ps->first_token + at->head - 1];
  if (!vt->deprel || strcmp(vt->deprel, "root") != 0 || c->prev_subj.rank < 1) return false;
  *out = c->prev_subj;
  snprintf(out->reason, sizeof out->reason, "%s", "the author of the statement, coded before");
  return true;
}

static bool code_np_own(const ectx *c, int32_t h, acode *out, uint32_t *entity);
/* The code of the phrase headed by h; a phrase that codes as no one, in
 * apposition to a name the story coded, is that name's ("Al-Shabaab, the
 * al-Qaida-linked group that has fought …": the group is al-Shabaab). */
static bool code_np(const ectx *c, int32_t h, acode *out, uint32_t *entity) {
  if (code_np_own(c, h, out, entity)) return true;
  if (h < 0 || !rel_is(c, h, "appos") || c->head[h] < 0 || c->head[h] >= h) return false;
  uint32_t e = entity_at(c, c->head[h]);
  static const char *const groups[] = {"group",   "movement", "militia", "organisation",
                                       "organization", "faction", "party", "force",
                                       "coalition", "alliance", "network", "outfit", NULL};
  if (e == NONE32 || e >= c->d->entities.n || !c->ent || !c->ent[e].code[0] ||
      ((const nm_entity *)c->d->entities.data)[e].type != NM_ENT_ORG ||
      !word_in(lemma(c, h), groups))
    return false;
  *out = c->ent[e];
  *entity = e;
  return true;
}

static bool code_np_own(const ectx *c, int32_t h, acode *out, uint32_t *entity) {
  int32_t lo, hi;
  np_range(c, h, &lo, &hi);
  memset(out, 0, sizeof *out);
  /* "arrested former Prime Minister Imran Khan's wife": a person's
   * relative holds none of the person's offices, only the country
   * (civilians, CVL; was the person's roles, PAKGOVLEGELI) */
  static const char *const kin[] = {"wife",   "husband", "son",    "daughter", "brother",
                                    "sister", "mother",  "father", "family",   "relative",
                                    "nephew", "niece",   "cousin", "widow",    NULL};
  int32_t kp = !strcmp(upos(c, h), "NOUN") && word_in(lemma(c, h), kin)
                   ? child(c, h, "nmod:poss", false)
                   : -1;
  if (kp >= 0 && kp < h && person_word(c, kp)) {
    acode pa;
    uint32_t pe;
    if (!code_np(c, kp, &pa, &pe) || pa.code[0] == '-' || !bare_country_prefix(pa.code))
      return false;
    snprintf(out->code, sizeof out->code, "%.3sCVL", pa.code);
    snprintf(out->reason, sizeof out->reason, "a relative of a person of %.3s", pa.code);
    out->rank = 3;
    *entity = NONE32;
    return true;
  }
  /* "ethnic Albanians in south Serbia", "The Albanians of southern
   * Serbia", "Up to 100 ethnic Albanians demonstrated in Serbia": a
   * people named as a minority of a place (ethnic, or "of" the place) are
   * that place's civilians (SRBCVL, as the CAMEO coders have them; was
   * the people's country, ALB) */
  uint32_t nm = mention_at(c, h);
  if (nm != NONE32 && ((const nm_mention *)c->d->mentions.data)[nm].type == NM_ENT_NORP) {
    bool ethnic = false;
    int32_t pl = -1;
    for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
      if (k < h && word_is_ci(c, k, "ethnic")) ethnic = true;
      if (k > h && pl < 0 && rel_base(c, k, "nmod") && place_mention(c, k) &&
          (case_word(c, k, "of") || case_word(c, k, "in")))
        pl = k;
    }
    if (pl >= 0 && !ethnic && !case_word(c, pl, "of")) pl = -1;
    /* (for an ethnic people, the first place after it an in-phrase
     * names, however the parse hung it: "… demonstrated on Tuesday in
     * Serbia", "killed three ethnic Albanians in a gunbattle in
     * southeastern Serbia") */
    for (int32_t k = h + 1; ethnic && pl < 0 && k < (int32_t)c->n && k <= h + 12; k++)
      if (place_mention(c, k) && case_word(c, k, "in")) pl = k;
    acode pa;
    uint32_t pe;
    if (pl >= 0 && code_np(c, pl, &pa, &pe) && pa.code[0] != '-' && bare_country_prefix(pa.code)) {
      snprintf(out->code, sizeof out->code, "%.3sCVL", pa.code);
      snprintf(out->reason, sizeof out->reason, "a people of the place named with it: %.3s",
               pa.code);
      out->rank = 3;
      *entity = NONE32;
      return true;
    }
  }
  bool got, place_after = false; /* the code's country is a place's after the name */
  int32_t alo = -1, ahi = -1;
  uint32_t hm = mention_at(c, h);
  const nm_mention *hmm = hm != NONE32 ? (const nm_mention *)c->d->mentions.data + hm : NULL;
  if (hmm && hmm->type == NM_ENT_PERSON && hmm->first_token >= c->first) {
    int32_t mlo = (int32_t)(hmm->first_token - c->first), mhi = mlo + (int32_t)hmm->n_tokens - 1;
    got = code_name_words(c, lo, hi, h, mlo, mhi, true, out);
    for (int32_t i = mhi + 1; got && i <= hi && !place_after; i++) {
      uint32_t pe = place_mention(c, i) ? entity_at(c, i) : NONE32;
      place_after = pe < c->d->entities.n && c->ent && c->ent[pe].code[0] &&
                    !strncmp(c->ent[pe].code, out->code, 3);
    }
  } else {
    got = code_words_at(c, lo, hi, h, out, &alo, &ahi);
    /* a country naming a currency is no actor: "struggles with a
     * shortage of U.S. dollars" (was a fight with USA) */
    /* (and "money", "cash", "budget", "funding", "revenue": "part of the
     * EU money would go to vocational training centers in Nouakchott" is
     * no journey of the EU's) */
    static const char *const money[] = {"dollar", "euro",  "yuan",   "rouble", "ruble", "rupee",
                                        "peso",   "shekel", "dinar", "rial",   "riyal", "yen",
                                        "franc",  "lira",  "naira",  "rand",   "won",   "money",
                                        "cash",   "budget", "funding", "revenue", NULL};
    int32_t ch = got && ahi >= 0 && ahi < (int32_t)c->n ? c->head[ahi] : -1;
    if (ch > ahi && word_in(lemma(c, ch), money) &&
        (rel_base(c, ahi, "compound") || rel_base(c, ahi, "amod")))
      got = false;
    if (got) generic_body_words(c, alo, ahi, out);
  }
  uint32_t e = entity_at(c, h);
  if (got && out->stale && e != NONE32 && c->ent && c->ent[e].rank >= 3 &&
      (strncmp(c->ent[e].code, out->code, 3) != 0 ||
       !strncmp(c->ent[e].reason, "title in the article", 20))) {
    /* a stale dictionary code the entity's title replaced (above) */
    *out = c->ent[e];
    *entity = e;
    return true;
  }
  if (got && (!hmm || hmm->type != NM_ENT_PERSON) && e != NONE32 && c->ent && c->ent[e].rank >= 3 &&
      !strncmp(c->ent[e].reason, "the owner's country over", 24) &&
      strncmp(c->ent[e].code, out->code, 3) != 0) {
    /* "China's Taiwan Affairs Office": the owner's body (CHNGOV), not the
     * country its name holds (code_entities_in_sentence()) */
    *out = c->ent[e];
    *entity = e;
    return true;
  }
  if (got && hmm && hmm->type == NM_ENT_PERSON && e != NONE32 && c->ent &&
      (c->ent[e].rank >= 3 || (place_after && c->ent[e].rank >= 2)) &&
      (bare_country(out->code) ||
       /* "summoned Pakistan's charge d'affaires in Tehran": the same role
        * with the country of a place after the head (IRNGOV) is the
        * person's own (PAKGOV) */
       /* ... and so does a name's ("met with U.S. Secretary of State
        * Antony Blinken in Jerusalem": USAGOV, not ISRGOV) */
       ((hmm->kind == NM_MENTION_NOMINAL || place_after) && strlen(out->code) == 6 &&
        strlen(c->ent[e].code) == 6 && !strcmp(out->code + 3, c->ent[e].code + 3))) &&
      strlen(c->ent[e].code) > 3 && strncmp(c->ent[e].code, out->code, 3) != 0) {
    /* "invited Kristersson to Budapest": a person the story has coded
     * (SWEGOV), not the country of a place the phrase goes on to name */
    *out = c->ent[e];
    *entity = e;
    return true;
  }
  int32_t hap = child(c, h, "appos", false);
  if (hap < 0 && !person_word(c, h)) {
    /* "A spokesman for the ruling military council, Brig. Gen. X,": a
     * person's name the parse hung on the phrase after the head (a
     * council is no person) is the head's apposition */
    for (int32_t k = c->kid[h]; k >= 0 && hap < 0; k = c->sib[k]) {
      bool body = k > h && rel_base(c, k, "nmod") && !person_word(c, k);
      int32_t ap = body ? child(c, k, "appos", false) : -1;
      uint32_t am = ap >= 0 ? mention_at(c, ap) : NONE32;
      if (am != NONE32 &&
          ((const nm_mention *)c->d->mentions.data)[am].type == NM_ENT_PERSON)
        hap = ap;
    }
  }
  /* "Its president, David Acuña," whose entity the story left uncoded
   * (an office of a body it did not code: role_country()): the title
   * alone gives no state's role */
  if (hap >= 0 && c->ent) {
    int32_t po = child(c, h, "nmod:poss", false);
    uint32_t ae = entity_at(c, hap);
    if (po >= 0 && po < h && (word_is_ci(c, po, "its") || word_is_ci(c, po, "their")) &&
        ae != NONE32 && ae < c->d->entities.n && !c->ent[ae].rank && person_word(c, hap))
      return false;
  }
  static const char *const rivals[] = {"rival",    "opponent", "challenger", "critic", "enemy",
                                       "adversary", "foe",     "predecessor", "successor", NULL};
  /* (the name under its title: "Gen. <- Yasir Bakri") */
  int32_t hpn = hap;
  for (int32_t k = hap >= 0 && !person_word(c, hap) ? c->kid[hap] : -1; k >= 0; k = c->sib[k])
    if (k > hap && rel_base(c, k, "flat") && person_word(c, k)) {
      hpn = k;
      break;
    }
  if (hpn >= 0 && c->ent && word_in(lemma(c, h), rivals) && person_word(c, hpn)) {
    /* "His rival, Senator Dara Okello,": the person named, whose side is
     * not the owner's */
    uint32_t ae = entity_at(c, hpn);
    if (ae != NONE32 && ae < c->d->entities.n && c->ent[ae].rank >= 2) {
      *out = c->ent[ae];
      *entity = ae;
      return true;
    }
  }
  if (e == NONE32 && hap >= 0) {
    /* "House Speaker Rowan Pike, a Republican,": the name in the head's
     * own words, before the appositive's */
    int32_t alo2, ahi2;
    np_range(c, hap, &alo2, &ahi2);
    for (int32_t i = lo; i <= hi && i < alo2 && e == NONE32; i++) {
      uint32_t m = mention_at(c, i);
      const nm_mention *mm = m != NONE32 ? (const nm_mention *)c->d->mentions.data + m : NULL;
      if (mm && mm->type == NM_ENT_PERSON && mm->kind == NM_MENTION_NAME) e = entity_at(c, i);
    }
    if (e != NONE32) hap = -1;
  }
  /* ("An army spokesman, Brig. Gen. Nabil Abdallah,": a role alone,
   * ---MIL, that the person named has with a country, SDNMIL) */
  if (e == NONE32 && hap >= 0 &&
      (e = entity_at(c, entity_at(c, hap) != NONE32 || hpn < 0 ? hap : hpn)) != NONE32 &&
      c->ent && c->ent[e].rank >= 2 &&
      ((c->ent[e].rank <= out->rank &&
        (alo > h || (strlen(out->code) == 3 && strlen(c->ent[e].code) > 3 &&
                     !strncmp(out->code, c->ent[e].code, 3)))) ||
       (out->rank == 2 && !strncmp(out->code, "---", 3) && strlen(out->code) == 6 &&
        strlen(c->ent[e].code) == 6 && bare_country_prefix(c->ent[e].code) &&
        !strcmp(out->code + 3, c->ent[e].code + 3)))) {
    /* "his Iraqi counterpart Fuad Hussein in Ankara": the person the
     * appositive names (IRQGOV), not a place the phrase's modifiers
     * mention, nor only the country before the head (IRQ) */
    *out = c->ent[e];
    *entity = e;
    return true;
  }
  /* "Swedish proposal on NATO bid": a nationality before the head (which
   * the dictionaries may not list) is the owner, over an actor in a
   * phrase after the head */
  if (e == NONE32 && got && alo > h && c->ent) {
    for (int32_t i = h - 1; i >= lo && e == NONE32; i--)
      if (c->head[i] == h && rel_base(c, i, "amod")) {
        uint32_t pe = entity_at(c, i);
        const nm_entity *pn =
            pe != NONE32 && pe < c->d->entities.n ? (const nm_entity *)c->d->entities.data + pe
                                                  : NULL;
        if (pn && pn->type == NM_ENT_NORP && c->ent[pe].rank >= 1) {
          *out = c->ent[pe];
          *entity = pe;
          return true;
        }
      }
  }
  /* "Senator Mark Delaney of Ohio": the person the head's title names,
   * over a place in a modifier that gave the country */
  for (int32_t i = h + 1; e == NONE32 && i <= hi; i++)
    if (c->head[i] == h && rel_base(c, i, "flat") && person_word(c, i)) e = entity_at(c, i);
  /* a name inside the phrase: the one whose words gave the code ("EU
   * negotiators in Geneva": the EU), else the last ("the Hamas leader") */
  for (int32_t i = alo; e == NONE32 && alo >= lo && i <= ahi && i <= hi; i++)
    e = entity_at(c, i);
  if (e == NONE32) {
    /* (not a backer's name: "a U.S.-funded deal" is no deal of the US) */
    for (int32_t i = hi; i >= lo && e == NONE32; i--)
      if (!envoy_host(c, h, i) && !backer(c, i, hi)) e = entity_at(c, i);
  }
  *entity = e;
  if (e != NONE32 && c->ent && c->ent[e].rank == 3 && out->rank == 3 &&
      !strncmp(c->ent[e].reason, "country: ", 9) && strncmp(out->code, c->ent[e].code, 3)) {
    /* the country whose longer name holds another's, with the role the
     * phrase gave ("Congo's government": CODGOV, where the dictionary's
     * CONGO is the other Congo's) */
    char role[CODE_CAP];
    snprintf(role, sizeof role, "%s",
             strlen(out->code) > 3 && bare_country_prefix(out->code) ? out->code + 3 : "");
    *out = c->ent[e];
    if (role[0] && bare_country(out->code)) {
      char code[CODE_CAP];
      snprintf(code, sizeof code, "%.3s%.32s", out->code, role);
      snprintf(out->code, sizeof out->code, "%s", code);
    }
    got = true;
  } else if (e != NONE32 && c->ent && c->ent[e].rank > out->rank) {
    const acode *ea = &c->ent[e];
    if (out->rank == 2 && ea->rank == 1) { /* agent words + the entity's country */
      char code[CODE_CAP];
      const char *ag = out->code[0] == '-' ? out->code + 3 : out->code;
      join_agent(code, sizeof code, ea->code, ag, false);
      snprintf(out->code, sizeof out->code, "%s", code);
    } else {
      *out = *ea;
    }
    got = true;
  }
  if (!got && is_pronoun(c, h) && !strcmp(lemma(c, h), "we")) got = code_we(c, h, out, entity);
  if (!got && is_pronoun(c, h) && relative_pronoun(c, h)) {
    /* "a proposal that was endorsed by Egypt": the relative pronoun is
     * its antecedent, coded or not, never the sentence's first actor */
    int32_t v = c->head[h];
    if (v >= 0 && rel_base(c, v, "acl") && c->head[v] >= 0 && c->head[v] != h) {
      uint32_t ae;
      got = code_np(c, c->head[v], out, &ae);
    }
    return got && out->code[0];
  }
  if (!got && is_pronoun(c, h) && rel_base(c, h, "obj") && c->head[h] >= 0 &&
      (!strcmp(lemma(c, h), "he") || !strcmp(lemma(c, h), "she") ||
       !strcmp(lemma(c, h), "they"))) {
    /* "ordered the envoy to leave within 72 hours, accusing him of …": the
     * pronoun after a gerund set off from a complement is the one the
     * complement's verb was ordered of (its controller, the object) */
    int32_t g = c->head[h], x = g >= 0 ? c->head[g] : -1;
    int32_t y = x >= 0 && rel_base(c, g, "advcl") && rel_base(c, x, "xcomp") ? c->head[x] : -1;
    int32_t o = y >= 0 ? child(c, y, "obj", false) : -1;
    if (o >= 0 && o < x && !strcmp(xpos(c, g), "VBG") && !is_pronoun(c, o))
      return code_np(c, o, out, entity);
    /* ("Turkish police detained six journalists …, accusing them of
     * spreading disinformation": the gerund's pronoun is the object of
     * the verb the gerund hangs on; a plural pronoun a plural object's,
     * a singular one a singular's) */
    int32_t o2 = g >= 0 && rel_base(c, g, "advcl") && !strcmp(xpos(c, g), "VBG") && x >= 0
                     ? child(c, x, "obj", false)
                     : -1;
    bool they = !strcmp(lemma(c, h), "they");
    if (o2 >= 0 && o2 < g && !is_pronoun(c, o2) && strcmp(upos(c, o2), "PROPN") != 0 &&
        (!strcmp(xpos(c, o2), "NNS")) == they && !strcmp(lemma(c, g), "accuse")) {
      acode oa;
      uint32_t oe;
      if (code_np(c, o2, &oa, &oe) && oa.code[0]) {
        *out = oa;
        *entity = oe;
        return true;
      }
    }
  }
  /* "Ovelar was sanctioned by the U.S. Treasury Department, which
   * accused him of …": an object "him" or "her" that coreference gave a
   * person the story codes with nothing is that person, uncoded; not
   * an actor near it (was USAGOV, the accuser's own code) */
  if (!got && is_pronoun(c, h) && (!strcmp(lemma(c, h), "he") || !strcmp(lemma(c, h), "she")) &&
      (rel_base(c, h, "obj") || rel_base(c, h, "obl") || rel_base(c, h, "iobj"))) {
    /* (a named person: one known only by a description, "a WFP logistics
     * officer … took him away", may take the fallback's code) */
    uint32_t pe = entity_at(c, h);
    const nm_entity *pen =
        pe != NONE32 && pe < c->d->entities.n ? (const nm_entity *)c->d->entities.data + pe : NULL;
    bool named = false;
    for (uint32_t q = 0; pen && q < pen->n_mentions && !named; q++)
      named = pen->mentions[q] < c->d->mentions.n &&
              ((const nm_mention *)c->d->mentions.data)[pen->mentions[q]].kind ==
                  NM_MENTION_NAME;
    if (pen && pen->type == NM_ENT_PERSON && named && !pen->title && c->ent && !c->ent[pe].code[0])
      return false;
  }
  /* (not a demonstrative, which names no one the story did: "measures
   * against those who threaten the integrity of Bosnia") */
  static const char *const demonstratives[] = {"those", "these", "this", "that", NULL};
  if (!got && is_pronoun(c, h) && !word_in(lemma(c, h), demonstratives))
    got = code_pronoun(c, h, out);
  /* "its troops": a role whose owner is a pronoun takes the owner's code */
  if (got && out->rank == 2 && out->code[0] == '-') {
    int32_t ps = child(c, h, "nmod:poss", false);
    if (ps >= 0 && is_pronoun(c, ps)) {
      acode po;
      memset(&po, 0, sizeof po);
      uint32_t pe = entity_at(c, ps);
      if (pe != NONE32 && c->ent && c->ent[pe].rank >= 1) {
        po = c->ent[pe];
      } else {
        /* "if Belarus frees its prisoners": "its" and "their" are the
         * subject of their own clause when it comes before them */
        const char *pl = lemma(c, ps);
        if (!strcmp(pl, "its") || !strcmp(pl, "their") || !strcmp(pl, "it") ||
            !strcmp(pl, "they")) {
          int32_t t = h;
          for (int up = 0; up < 16 && t >= 0 && strcmp(upos(c, t), "VERB"); up++)
            t = c->head[t];
          int32_t cs = t >= 0 ? subject_of(c, t, 0) : -1;
          /* "Al-Shabab said that its fighters had carried out …": the
           * phrase is its clause's own subject; the reporter owns it */
          int32_t rt = t;
          for (int up = 0; cs == h && rt >= 0 && up < 4 && rel_base(c, rt, "conj"); up++)
            rt = c->head[rt];
          if (cs == h && rt >= 0 && rel_base(c, rt, "ccomp") && c->head[rt] >= 0 &&
              (!strcmp(pl, "its") || !strcmp(pl, "their")))
            cs = subject_of(c, c->head[rt], 0);
          uint32_t ce;
          /* not "that" of "a drone strike that killed one of its
           * commanders": a thing is no owner of people */
          int32_t rs = t >= 0 ? child(c, t, "nsubj", false) : -1;
          bool thing = rs >= 0 && relative_pronoun(c, rs) && !word_is_ci(c, rs, "who");
          /* nor one country's name for "their": "Venezuela expelled their
           * diplomats" (another's) */
          bool one = cs >= 0 && !strcmp(pl, "their") && !strcmp(xpos(c, cs), "NNP") &&
                     child(c, cs, "conj", false) < 0 && place_mention(c, cs);
          if (cs >= 0 && cs < ps && cs != h && !is_pronoun(c, cs) && !thing && !one)
            code_np(c, cs, &po, &ce);
          /* "said it would evacuate its citizens": the subject "it" is the
           * owner, whoever it is */
          else if (cs >= 0 && cs < ps && is_pronoun(c, cs) &&
                   ((!strcmp(pl, "its") && !strcmp(lemma(c, cs), "it")) ||
                    (!strcmp(pl, "their") && !strcmp(lemma(c, cs), "they"))))
            code_pronoun(c, cs, &po);
        }
        if (po.rank < 1) code_pronoun(c, ps, &po);
      }
      /* (a government's own opposition is the country's: "Mozambique's
       * government and its main opposition leader", MOZOPP, not
       * MOZGOVOPP) */
      if (po.rank >= 1 && !strcmp(out->code + 3, "OPP") && strlen(po.code) > 3 &&
          bare_country_prefix(po.code) && po.code[0] != '-')
        po.code[3] = '\0';
      if (po.rank >= 1) {
        char code[CODE_CAP];
        join_agent(code, sizeof code, po.code, out->code + 3, false);
        snprintf(out->code, sizeof out->code, "%s", code);
        snprintf(out->reason, sizeof out->reason, "agent with its owner's code");
        out->rank = 3;
      }
    }
  }
  /* "attacked its positions", "shelled their camps": a thing, no actor,
   * that a pronoun owns is its owner's when the owner is the subject of
   * the verb that reports the clause */
  if (!got && !is_pronoun(c, h) && !strcmp(upos(c, h), "NOUN")) {
    int32_t ps = child(c, h, "nmod:poss", false);
    acode po;
    memset(&po, 0, sizeof po);
    if (ps >= 0 && is_pronoun(c, ps) && code_pronoun(c, ps, &po) && po.rank >= 3 &&
        !strcmp(po.reason, reporting_subject)) {
      *out = po;
      snprintf(out->reason, sizeof out->reason, "the owner of the thing: %.60s", po.reason);
      got = true;
    }
  }
  /* "Marcos summoned his national security council": a body in lower
   * case that the dictionaries give one state (USAGOV) is its owner's
   * when a pronoun owner stands for an actor of another country */
  /* (the body may sit deeper in the phrase: "convened an emergency
   * meeting of his national security council", its words [alo, ahi]) */
  int32_t bh = h;
  if (alo >= 0 && ahi >= alo && ahi != h && !capitalised(c, ahi)) {
    bool low = true;
    for (int32_t k = alo; k <= ahi && low; k++)
      low = !capitalised(c, k);
    if (low) bh = ahi;
  }
  if (got && out->rank == 3 && strlen(out->code) > 3 && bare_country_prefix(out->code) &&
      !capitalised(c, bh)) {
    int32_t ps = child(c, bh, "nmod:poss", false);
    uint32_t pe = ps >= 0 && is_pronoun(c, ps) ? entity_at(c, ps) : NONE32;
    if (pe != NONE32 && (e == NONE32 || e == pe) && c->ent && c->ent[pe].rank >= 1 &&
        strlen(c->ent[pe].code) >= 3 && bare_country_prefix(c->ent[pe].code) &&
        strncmp(c->ent[pe].code, out->code, 3) != 0) {
      char code[CODE_CAP];
      snprintf(code, sizeof code, "%.3s%.32s", c->ent[pe].code, out->code + 3);
      snprintf(out->code, sizeof out->code, "%s", code);
      snprintf(out->reason, sizeof out->reason, "the owner's country over the dictionary's");
    }
  }
  if (!got || out->rank < 3) {
    int32_t ap = child(c, h, "appos", false);
    if (ap >= 0) {
      acode b;
      memset(&b, 0, sizeof b);
      int32_t plo, phi;
      np_range(c, ap, &plo, &phi);
      if (code_words(c, plo, phi, ap, &b) && b.rank > out->rank) {
        *out = b;
        got = true;
      }
    }
  }
  if (got && e == NONE32 && out->rank == 2 && out->code[0] == '-' && rel_is(c, h, "conj") &&
      c->head[h] >= 0 && c->head[h] < h) {
    /* "Russian airstrikes and artillery shelling killed": a conjunct
     * with only a role takes the country that modifies the first
     * conjunct before it, as UD hangs a shared modifier there */
    int32_t c1 = c->head[h];
    for (int32_t k = c->kid[c1]; k >= 0; k = c->sib[k]) {
      if (k >= c1 || !(rel_is(c, k, "amod") || rel_is(c, k, "nmod:poss"))) continue;
      acode mc;
      memset(&mc, 0, sizeof mc);
      if (!code_words_at(c, k, k, k, &mc, NULL, NULL) || !bare_country(mc.code)) continue;
      char code[CODE_CAP];
      join_agent(code, sizeof code, mc.code, out->code + 3, false);
      snprintf(out->code, sizeof out->code, "%s", code);
      snprintf(out->reason, sizeof out->reason, "%s",
               "role, and the country of the first conjunct");
      out->rank = 3;
      break;
    }
  }
  if (got && e == NONE32 && out->rank == 2) definite_body(c, h, out);
  if (e == NONE32 && out->rank <= 2) {
    definite_kingdom(c, h, out);
    if (out->rank == 3) got = true;
  }
  if (got && e == NONE32 && out->rank == 2) definite_group(c, h, out);
  if (got && e == NONE32 && out->rank == 2) definite_home_body(c, h, out);
  if (got && e == NONE32 && out->rank == 2 && strlen(out->code) == 6 &&
      !strncmp(out->code, "---", 3)) {
    /* "urged the country's generals to halt air attacks": a role "the
     * country's" owns is of the country named last before it */
    int32_t ps = child(c, h, "nmod:poss", false);
    static const char *const the[] = {"the", NULL};
    char cc[4];
    if (ps >= 0 && ps < h && word_in(lemma(c, ps), country_nouns) &&
        !strcmp(xpos(c, ps), "NN") && dep_lemma_in(c, ps, "det", the) && /* (not "countries'") */
        country_named_before(c, (uint32_t)(c->first + (size_t)ps), cc)) {
      char code[CODE_CAP];
      join_agent(code, sizeof code, cc, out->code + 3, false);
      snprintf(out->code, sizeof out->code, "%s", code);
      snprintf(out->reason, sizeof out->reason, "\"the country's\": the country named before, %s",
               cc);
      out->rank = 3;
    }
  }
  if (!got) got = code_plan_author(c, h, out, entity);
  if (!got) got = code_text_author(c, h, out, entity);
  return got && out->code[0];
}

/* ------------------------------------------------------------------ */
/* Entity codes                                                         */

/* Whether noun h is sent to or for a place ("envoy for Sudan",
 * "ambassador to Kenya"): an nmod with "for" or "to" naming a place. */
static bool to_place(const ectx *c, int32_t h) {
  static const char *const to[] = {"for", "to", NULL};
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k])
    if (k > h && rel_base(c, k, "nmod") && dep_lemma_in(c, k, "case", to) && place_mention(c, k))
      return true;
  return false;
}

/* A person's staff, who speak for the person's office ("Putin's
 * spokesman": RUSGOV); a person's lawyer or son do not. */
static const char *const staff_nouns[] = {"spokesman", "spokeswoman", "spokesperson", "aide",
                                          "adviser",   "advisor",     "secretary",    NULL};

/* Whether description dh is owned by a person named before it and is
 * none of the person's staff ("Milei's lawyer", "Putin's daughter"): the
 * person's own dictionary code is not the description's (code_owner()
 * decides for staff: "Milei's spokesman" serves the office). */
static bool owned_by_person(const ectx *c, int32_t dh) {
  int32_t ps = child(c, dh, "nmod:poss", false);
  uint32_t m = ps >= 0 ? mention_at(c, ps) : NONE32;
  const nm_mention *pm = m != NONE32 ? (const nm_mention *)c->d->mentions.data + m : NULL;
  return pm && pm->type == NM_ENT_PERSON && pm->kind == NM_MENTION_NAME &&
         !word_in(lemma(c, dh), staff_nouns);
}

/* A person's staff speak for the person's office ("Putin's spokesman,
 * Dmitry Peskov,", "a spokesman for Abbas": RUSGOV, PSEGOV): out gets the
 * office's code when description dh is staff of person entity e, whom
 * the article codes as a government's; a person's lawyer or son do not. */
static bool office_of_person(const ectx *c, int32_t dh, uint32_t e, acode *out) {
  const acode *ea = &c->ent[e];
  const char *gov = ea->rank >= 2 ? strstr(ea->code, "GOV") : NULL;
  if (!gov || !word_in(lemma(c, dh), staff_nouns)) return false;
  *out = *ea;
  snprintf(out->code, sizeof out->code, "%.*s", (int)(gov - ea->code + 3), ea->code);
  out->rank = 2;
  out->owner = e + 1;
  snprintf(out->reason, sizeof out->reason, "%s", "the staff of the office of the owner");
  return true;
}

/* A description whose owner is a coded body or country that code_words
 * cannot see, because the owner is a description or pronoun joined to it
 * ("The agency's commissioner-general, Halvard Lindqvist", "its
 * spokesman, Omar Haddad": the agency is UNRWA): the owner's code, with
 * the description's own agent word if it has one (spokesman: MED). */
/* The owner's code with the role of the description's head word dh
 * joined to it ("the ministry's spokesman": the owner's MED), into out. */
static void owner_with_role(const ectx *c, int32_t dh, const acode *owner, acode *out) {
  acode ag;
  memset(&ag, 0, sizeof ag);
  *out = *owner;
  if (code_words(c, dh, dh, dh, &ag) && ag.rank == 2)
    join_agent(out->code, sizeof out->code, owner->code,
               ag.code[0] == '-' ? ag.code + 3 : ag.code, false);
}

static bool code_owner(const ectx *c, int32_t dh, acode *out) {
  int32_t ps = child(c, dh, "nmod:poss", false);
  if (ps < 0 || !c->ent) return false;
  uint32_t e = entity_at(c, ps);
  /* (an owner the entity model missed that the dictionaries name, a
   * country's: "Moscow's commissioner for human rights, Valentina
   * Ryabova,", RUS; it was no one's) */
  /* (or a name inside the description's own mention, which coreference
   * joined to the person described: "Moscow's commissioner, …") */
  bool own = e != NONE32 && e == entity_at(c, dh);
  if ((e == NONE32 || own) && !strcmp(upos(c, ps), "PROPN") &&
      (mention_at(c, ps) == NONE32 || own)) {
    acode pc;
    memset(&pc, 0, sizeof pc);
    if (!code_words(c, name_start(c, ps, 0), ps, ps, &pc) || !bare_country(pc.code)) return false;
    owner_with_role(c, dh, &pc, out);
    out->rank = own ? 1 : 2; /* (below the title's own code, when it has one) */
    snprintf(out->reason, sizeof out->reason, "%s",
             "the owner of the description, a name the dictionaries code");
    return true;
  }
  if (e == NONE32 || e >= c->d->entities.n) return false;
  const nm_entity *ne = (const nm_entity *)c->d->entities.data + e;
  const acode *ea = &c->ent[e];
  if (ea->rank < 1 || strlen(ea->code) < 3) return false;
  bool person = ne->type == NM_ENT_PERSON;
  /* "the envoy's deputy": a deputy stands in for the owner, whoever the
   * owner serves (no sheriff's deputy, the dictionary's ~COP) */
  if (person && !strcmp(lemma(c, dh), "deputy") && ea->rank >= 2) {
    *out = *ea;
    out->rank = 2;
    out->owner = e + 1;
    snprintf(out->reason, sizeof out->reason, "%s", "the deputy of the owner");
    return true;
  }
  if (person) return office_of_person(c, dh, e, out);
  owner_with_role(c, dh, ea, out);
  out->rank = 2; /* below a name or title of its own */
  out->owner = e + 1;
  snprintf(out->reason, sizeof out->reason, "%s", "the owner of the description");
  return true;
}

/* "Col. Amadou Abdramane, the junta's spokesman,": a description dh
 * whose owner is no name but a noun the sentences before gave a country
 * ("Niger's ruling junta"): a's role (---MIL, ---GOV) in that country. */
static bool owner_named_before(const ectx *c, int32_t dh, acode *a) {
  int32_t ow = child(c, dh, "nmod:poss", false);
  char oc[4];
  if (ow < 0 || a->rank != 2 || a->code[0] != '-' || mention_at(c, ow) != NONE32 ||
      !noun_country_before(c, lemma(c, ow), oc))
    return false;
  char code[CODE_CAP];
  join_agent(code, sizeof code, oc, a->code + 3, false);
  snprintf(a->code, sizeof a->code, "%s", code);
  snprintf(a->reason, sizeof a->reason, "the owner of the description, named before: %s", oc);
  a->rank = 3;
  return true;
}

/* "Cmdr. Tim Hawkins, a 5th Fleet spokesman,", "CGT leader Marta
 * Quiroga": a body the article named and coded, inside words [lo, hi)
 * that describe a person, codes the person as its own (its country may
 * come later, role_country()); why is the reason. */
/* Whether noun h has an "of" phrase naming a body no state holds: "president
 * of a state soybean association" describes the association's officer, no
 * head of state. */
static bool private_body_of(const ectx *c, int32_t h) {
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
    if (k <= h || !rel_base(c, k, "nmod") || !case_word(c, k, "of")) continue;
    if (word_in(lemma(c, k), nm_private_bodies)) return true;
    /* ... or a named organisation that no dictionary or rule makes a
     * state's body ("deputy president of the National Unity Platform",
     * an opposition party) */
    uint32_t km = mention_at(c, k), ke = entity_at(c, k);
    if (km != NONE32 && ke != NONE32 && ke < c->d->entities.n && c->ent &&
        ((const nm_mention *)c->d->mentions.data)[km].type == NM_ENT_ORG &&
        ((const nm_mention *)c->d->mentions.data)[km].kind == NM_MENTION_NAME &&
        !c->ent[ke].code[0]) {
      /* (one not coded yet, later in the story, whose words the
       * dictionaries code: "the president of the ECOWAS Commission") */
      int32_t lo, hi;
      np_range(c, k, &lo, &hi);
      acode o;
      memset(&o, 0, sizeof o);
      if (code_words(c, lo, hi, k, &o) && o.rank == 3 && o.code[0] != '-') continue;
      return true;
    }
  }
  return false;
}

static void body_in_description(const ectx *c, int32_t lo, int32_t hi, const char *why,
                                acode *a) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  for (int32_t k = lo; k < hi; k++) {
    uint32_t km = mention_at(c, k), ke = entity_at(c, k);
    if (km == NONE32 || ms[km].type != NM_ENT_ORG || ke == NONE32 || ke >= c->d->entities.n ||
        c->ent[ke].rank < 2)
      continue;
    *a = c->ent[ke];
    a->rank = 2;
    a->owner = ke + 1;
    snprintf(a->reason, sizeof a->reason, "%s", why);
    return;
  }
}

static size_t first_mention_of(const ectx *c, uint32_t si);
static const char *dateline_country(const ectx *c);
/* Whether entity e's first name has "exiled" (or "exile") among the
 * four words before it in its sentence ("Exiled opposition leader Hanna
 * Zhuk"). */
static bool exiled_name(const ectx *c, uint32_t e) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_token *ts = (const nm_token *)c->d->tokens.data;
  if (e >= c->d->entities.n || !es[e].n_mentions) return false;
  uint32_t mi = es[e].mentions[0];
  if (mi >= c->d->mentions.n) return false;
  uint32_t a = ms[mi].first_token;
  for (uint32_t k = a; k-- > 0 && a - k <= 4 && ts[k].sentence == ms[mi].sentence;)
    if (tok_is(c->d, k, "exiled") || tok_is(c->d, k, "Exiled") || tok_is(c->d, k, "exile"))
      return true;
  return false;
}

/* Whether the sentence of entity e's first name names a place of country
 * cc (its own places, not a demonym). */
static bool placed_in_country(const ectx *c, uint32_t e, const char *cc) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (e >= c->d->entities.n || !es[e].n_mentions || !c->ent) return false;
  uint32_t mi = es[e].mentions[0];
  if (mi >= c->d->mentions.n) return false;
  uint32_t si = ms[mi].sentence;
  for (size_t j = first_mention_of(c, si); j < c->d->mentions.n && ms[j].sentence == si; j++) {
    uint32_t pe = ms[j].entity;
    if (ms[j].kind == NM_MENTION_NAME && ms[j].type == NM_ENT_GPE && pe < c->d->entities.n &&
        !strncmp(es[pe].country, cc, 3))
      return true;
  }
  return false;
}

/* Whether mention m's words are those of the news agency in the
 * dateline's brackets ("GENEVA (Wire) —"). */
static bool agency_name(const ectx *c, const nm_mention *m) {
  const nm_doc *d = c->d;
  if (!d->has_dateline || m->end <= m->start) return false;
  const char *t = d->text + d->dateline.start;
  size_t n = d->dateline.end - d->dateline.start;
  const char *open = memchr(t, '(', n);
  if (!open) return false;
  const char *close = memchr(open, ')', n - (size_t)(open - t));
  size_t len = m->end - m->start;
  return close && (size_t)(close - open - 1) == len && !memcmp(open + 1, d->text + m->start, len);
}

static bool state_role3(const char *r);

static void code_entities_in_sentence(ectx *c) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  /* every mention of the sentence, a name inside another mention too
   * ("The United Nations envoy for Yemen": the United Nations) */
  for (size_t mi = first_mention_of(c, c->si); mi < c->d->mentions.n && ms[mi].sentence == c->si;
       mi++) {
    const nm_mention *m = &ms[mi];
    if (m->first_token < c->first || m->first_token >= c->first + c->n ||
        m->kind == NM_MENTION_PRONOUN)
      continue;
    size_t i = m->first_token - c->first;
    if (m->entity >= c->d->entities.n) continue;
    acode *ea = &c->ent[m->entity];
    /* the news agency of the dateline's brackets is no actor of the story,
     * whatever follows its name ("seen by Wire, Iraqi Finance Minister
     * Nawal Hadi al-Saadi wrote" made it IRQGOV) */
    /* (one the dictionaries know by its name alone keeps that: Reuters, MED) */
    if (m->kind == NM_MENTION_NAME && m->type == NM_ENT_ORG && agency_name(c, m)) {
      acode own;
      memset(&own, 0, sizeof own);
      int32_t alo = (int32_t)i, ahi = (int32_t)(i + m->n_tokens - 1);
      if (ahi >= (int32_t)c->n || !code_words(c, alo, ahi, ahi, &own) || !own.code[0]) continue;
    }
    /* (a person with a bare country may still get a role from a title) */
    /* (nor a body a country and an agent coded, or a bare country, which
     * its own entry may code: "Frelimo" after "the Front for the
     * Liberation of Mozambique", "the Arab League") */
    if (ea->rank >= 3 && !(m->type == NM_ENT_PERSON && strlen(ea->code) == 3) &&
        !(m->type == NM_ENT_ORG && m->kind == NM_MENTION_NAME &&
          (strstr(ea->reason, " + agent ") || (bare_country(ea->code) && m->n_tokens >= 2))))
      continue;
    int32_t lo = (int32_t)i, hi = (int32_t)(i + m->n_tokens - 1);
    if ((size_t)hi >= c->n) hi = (int32_t)c->n - 1;
    /* the mention's head: its word whose head lies outside it */
    int32_t h = hi;
    for (int32_t k = lo; k <= hi; k++)
      if (c->head[k] < lo || c->head[k] > hi) {
        h = k;
        break;
      }
    /* a name hung under its title ("Secretary <- Tom King"): the title's
     * phrase; not a place of the dateline's country under the noun it
     * modifies ("the ethnic Amhara population" is no code of the region's;
     * "Fano fighters" in a story from Ethiopia is a militia's name, the
     * Italian town's only by spelling) */
    const nm_entity *me = (const nm_entity *)c->d->entities.data + m->entity;
    bool place = (m->type == NM_ENT_GPE || m->type == NM_ENT_LOC) && me->country[0] &&
                 dateline_country(c)[0] && !strncmp(me->country, dateline_country(c), 3);
    /* (nor a body's name onto a person's role after it: "CSP spokesman
     * Attaye Ag Ahmed" is no MED body; "the Los Lobos gang" is a gang) */
    static const char *const person_roles[] = {
        "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "official",
        "chairman",  "chairwoman",  "director",     "envoy",  "commander", "officer", NULL};
    for (int up = 0;
         up < 4 && !place && c->head[h] >= 0 &&
         (rel_base(c, h, "flat") || rel_base(c, h, "compound")) &&
         mention_at(c, c->head[h]) == NONE32 && /* not onto another name */
         !(m->type == NM_ENT_ORG && c->head[h] > hi && word_in(lemma(c, c->head[h]), person_roles));
         up++)
      h = c->head[h];
    bool person = m->type == NM_ENT_PERSON;
    acode a;
    memset(&a, 0, sizeof a);
    code_name_words(c, lo, hi, h, lo, hi, person, &a);
    /* "members of the opposition Citizens Coalition for Change": a body
     * named right after "opposition" is the opposition, whatever people
     * its name's words say ("Citizens", ---CVL; "the opposition People's
     * Vision Party", ---PPL) */
    if (m->type == NM_ENT_ORG && lo > 0 && word_is_ci(c, lo - 1, "opposition") &&
        (a.rank < 2 || (a.rank == 2 && (!strcmp(a.code, "---CVL") || !strcmp(a.code, "---PPL"))))) {
      snprintf(a.code, sizeof a.code, "%s", "---OPP");
      snprintf(a.reason, sizeof a.reason, "%s", "\"opposition\" before the name");
      a.rank = 2;
    }
    /* "the Vienna Convention", "the OSCE Minsk Group", "the Paris
     * Agreement": a city in the name of a treaty or a diplomatic format
     * is where it was made, not a party (AUT, BLR) */
    bool pact = false;
    for (int32_t i2 = lo + 1; i2 <= hi && !pact && !person; i2++) /* "… Convention on …" */
      pact = treaty_word(c, i2);
    if (pact && bare_country(a.code)) continue;
    /* "Mariscal Sucre International Airport", in Quito: an airport or air
     * base takes a country from its first word only ("Kabul International
     * Airport"), not from a capital in a hero's name (Sucre: BOL) */
    bool site = false;
    for (int32_t i2 = lo + 1; i2 <= hi && !site && !person; i2++)
      site = word_is_ci(c, i2, "airport") || word_is_ci(c, i2, "airfield") ||
             word_is_ci(c, i2, "airbase") ||
             (word_is_ci(c, i2, "base") && word_is_ci(c, i2 - 1, "air"));
    if (site && bare_country(a.code)) {
      acode f;
      memset(&f, 0, sizeof f);
      code_words(c, lo, lo, lo, &f);
      if (!bare_country(f.code)) continue;
    }
    /* "China's Taiwan Affairs Office": a country inside the name of a
     * body another country owns is what the body deals with (TWN), and
     * the body is the owner's, a state office by its last word */
    static const char *const offices[] = {"office",     "ministry", "council", "commission",
                                          "agency",     "bureau",   "department",
                                          "administration", NULL};
    bool office = false;
    for (size_t k = 0; offices[k] && !person && lo < hi && !office; k++)
      office = word_is_ci(c, hi, offices[k]);
    if (!person && a.rank == 3 && (strlen(a.code) > 3 || office) && bare_country_prefix(a.code)) {
      /* "South Korea's Joint Chiefs of Staff", whom the dictionary gives
       * the United States (USAMIL): a country that owns the body's name
       * is the body's */
      for (int32_t k = 0; k < (int32_t)c->n; k++) {
        if (c->head[k] != h || (k >= lo && k <= hi) || !rel_is(c, k, "nmod:poss")) continue;
        uint32_t om = mention_at(c, k), oe = om == NONE32 ? NONE32 : ms[om].entity;
        if (om != NONE32 && ms[om].type != NM_ENT_GPE && ms[om].type != NM_ENT_NORP) break;
        acode o;
        memset(&o, 0, sizeof o);
        if (oe < c->d->entities.n && c->ent[oe].rank) {
          o = c->ent[oe];
        } else {
          code_words(c, name_start(c, k, 0), k, k, &o); /* "South Korea" */
        }
        if (!bare_country(o.code) || !strncmp(o.code, a.code, 3)) break;
        char code[CODE_CAP], why[REASON_CAP];
        snprintf(code, sizeof code, "%.3s%.32s", o.code, strlen(a.code) > 3 ? a.code + 3 : "GOV");
        snprintf(why, sizeof why, "the owner's country over the dictionary's %.16s", a.code);
        snprintf(a.code, sizeof a.code, "%s", code);
        snprintf(a.reason, sizeof a.reason, "%s", why);
        break;
      }
    }
    if (person && a.stale && a.rank == 3) {
      /* "NATO Secretary General Mark Rutte" in 2024: the dictionary's
       * open-ended NLDGOV is from before its horizon; the article's own
       * title, the words before the name or an apposition after it,
       * naming another actor, is newer */
      acode b;
      memset(&b, 0, sizeof b);
      int32_t plo = lo, phi, ap = child(c, h, "appos", false);
      while (plo > 0 && lo - plo < 6 &&
             (capitalised(c, plo - 1) || title_hyphen(c, plo - 1) ||
              !strcmp(lemma(c, plo - 1), "'s") ||
              (lo - plo < 2 && !strcmp(upos(c, plo - 1), "NOUN"))) && /* "army spokesman X" */
             (mention_at(c, plo - 1) == NONE32 ||
              ms[mention_at(c, plo - 1)].type != NM_ENT_PERSON))
        plo--;
      bool got = plo < lo && code_words(c, plo, lo - 1, lo - 1, &b);
      if (!(got && b.rank == 3) && lo >= 2 && word_is_ci(c, lo - 1, ",")) {
        /* "The United Nations Secretary-General, Antonio Guterres,": the
         * capitalised title set off before the name */
        /* ... or a lower-case office owned by a name ("Panama's
         * president, José Raúl Mulino,", whom the dictionary gives the
         * security ministry, PANGOVMIL) */
        int32_t dlo = lo - 1;
        while (dlo > 0 && lo - dlo < 7 &&
               (capitalised(c, dlo - 1) || title_hyphen(c, dlo - 1) ||
                !strcmp(lemma(c, dlo - 1), "'s") ||
                (lo - dlo < 3 && !strcmp(upos(c, dlo - 1), "NOUN") && dlo >= 3 &&
                 !strcmp(lemma(c, dlo - 2), "'s"))))
          dlo--;
        if (dlo < lo - 1 && m->kind == NM_MENTION_NAME) {
          memset(&b, 0, sizeof b);
          got = code_words(c, dlo, lo - 2, lo - 2, &b) && strlen(b.code) > 3; /* not "In Brussels" */
        }
      }
      if (!(got && b.rank == 3) && ap >= 0 && ap > hi) {
        np_range(c, ap, &plo, &phi);
        memset(&b, 0, sizeof b);
        got = code_words(c, plo, phi, ap, &b);
      }
      /* another actor, or the same country in another office ("White
       * House spokesman John Kirby" in 2023, whom the dictionary lists
       * with the military) */
      if (got && b.rank == 3 && b.code[0] != '-' &&
          (strncmp(b.code, a.code, 3) != 0 ||
           (strlen(b.code) >= 6 && strlen(a.code) >= 6 && strcmp(b.code, a.code) != 0))) {
        char why[REASON_CAP];
        snprintf(why, sizeof why, "title in the article, over the dictionary's %.16s", a.code);
        a = b;
        snprintf(a.reason, sizeof a.reason, "%s", why);
      } else if (got && b.rank == 2 && !strncmp(b.code, "---", 3) && strlen(b.code) == 6 &&
                 strlen(a.code) >= 3 && strcmp(a.code + 3, b.code + 3) != 0 &&
                 plo < lo && plo + 3 >= lo && strncmp(a.code, "IGO", 3) != 0 &&
                 strncmp(a.code, "NGO", 3) != 0 &&
                 !(!strcmp(b.code + 3, "MIL") && strlen(a.code) >= 6 &&
                   (strstr(a.code + 3, "REB") || strstr(a.code + 3, "UAF") ||
                    strstr(a.code + 3, "INS") || strstr(a.code + 3, "CRM")))) {
        /* (nor a rebel's rank: "Gen. Mohamed Hamdan Dagalo" of the RSF
         * stays SDNREB) */
        /* (not an international body's head: "Director General Rafael
         * Grossi" stays the IAEA's, IGOUNOIAE, not IGOGOV) */
        /* "President Macky Sall" in 2023, whom the dictionary last knew
         * as an elite (SENELI): the article's office, the dictionary's
         * country */
        char code[CODE_CAP], why[REASON_CAP];
        snprintf(why, sizeof why, "title in the article (%.8s), over the dictionary's %.16s",
                 b.code + 3, a.code);
        snprintf(code, sizeof code, "%.3s%.8s", a.code, b.code + 3);
        snprintf(a.code, sizeof a.code, "%s", code);
        snprintf(a.reason, sizeof a.reason, "%s", why);
      }
    }
    const nm_entity *ne = (const nm_entity *)c->d->entities.data + m->entity;
    bool former = false; /* "former Prime Minister Imran Khan" */
    for (int32_t k = lo - 1; k >= 0 && lo - k <= 6 && !former; k--)
      former = word_is_ci(c, k, "former") || word_is_ci(c, k, "ex") ||
               word_is_ci(c, k, "ousted") || word_is_ci(c, k, "deposed") ||
               word_is_ci(c, k, "toppled") || word_is_ci(c, k, "overthrown");
    if (person && a.stale && a.rank == 3 && strlen(a.code) == 6 &&
        (!strcmp(a.code + 3, "ELI") || !strcmp(a.code + 3, "OPP")) && ne->title && !former) {
      /* "Lebanon's caretaker prime minister, Najib Mikati," in 2024, whom
       * the dictionary last knew out of office ("Kosovo's prime minister,
       * Albin Kurti," in 2023, whom it last knew in opposition): the
       * office the article gives him (coreference found the title), the
       * dictionary's country */
      bool pf = false;
      const char *ag = title_agent(c, ne->title, &pf);
      if (ag && strlen(ag) == 3 && word_in(ag, state_roles)) {
        char why[REASON_CAP];
        snprintf(why, sizeof why, "title in the article (%s), over the dictionary's %s", ag,
                 a.code);
        memcpy(a.code + 3, ag, 4);
        snprintf(a.reason, sizeof a.reason, "%s", why);
      }
    }
    /* "Former Prime Minister Imran Khan", whom the dictionary gives an
     * office (PAKGOVLEG): "former" in the capitalised title right before
     * the name leaves the country's elite (PAKELI) */
    if (person && former_before(c, lo, 4) && a.rank == 3 && strlen(a.code) >= 6 && bare_country_prefix(a.code) &&
        strcmp(a.code + 3, "ELI") != 0 && m->kind == NM_MENTION_NAME) {
      char why[REASON_CAP];
      snprintf(why, sizeof why, "\"former\" before the name, over the dictionary's %s", a.code);
      memcpy(a.code + 3, "ELI", 4);
      snprintf(a.reason, sizeof a.reason, "%s", why);
    }
    /* "King Hassan of Morocco", whom the dictionary gives Jordan (JORELI,
     * Prince Hassan): a country named by "of" right after the name is
     * the holder's */
    if (person && a.rank == 3 && strlen(a.code) >= 3 && bare_country_prefix(a.code) &&
        hi + 2 < (int32_t)c->n && word_is_ci(c, hi + 1, "of")) {
      for (int32_t k = hi + 2; k < (int32_t)c->n && k <= hi + 5; k++) {
        if (c->head[k] != h || !rel_base(c, k, "nmod")) continue;
        uint32_t oe = entity_at(c, k);
        acode o;
        memset(&o, 0, sizeof o);
        if (oe < c->d->entities.n && c->ent[oe].rank == 3) {
          o = c->ent[oe];
        } else {
          code_words(c, name_start(c, k, 0), k, k, &o);
        }
        if (oe >= c->d->entities.n ||
            ((const nm_entity *)c->d->entities.data)[oe].type != NM_ENT_GPE ||
            strlen(o.code) != 3 || !bare_country(o.code) || !strncmp(o.code, a.code, 3))
          break;
        char why[REASON_CAP];
        snprintf(why, sizeof why, "the country after \"of\", over the dictionary's %.16s", a.code);
        /* the dictionary's office was another person's: the title before
         * the name gives the role ("King" a government's) */
        acode b;
        memset(&b, 0, sizeof b);
        int32_t plo = lo;
        while (plo > 0 && lo - plo < 4 && capitalised(c, plo - 1) &&
               mention_at(c, plo - 1) == NONE32)
          plo--;
        if (plo < lo && code_words(c, plo, lo - 1, lo - 1, &b) && b.rank >= 2 &&
            !strncmp(b.code, "---", 3) && strlen(b.code) == 6) {
          snprintf(a.code, sizeof a.code, "%.3s%.3s", o.code, b.code + 3);
        } else {
          memcpy(a.code, o.code, 3);
        }
        snprintf(a.reason, sizeof a.reason, "%s", why);
        break;
      }
    }
    if (m->type == NM_ENT_GPE && ne->country[0] && a.rank == 3 && strncmp(a.code, ne->country, 3)) {
      /* "the Democratic People's Republic of Korea": a dictionary actor
       * inside a longer country name the gazetteer knows (KOREA) does
       * not name that country */
      int32_t alo = -1, ahi = -1;
      acode t;
      memset(&t, 0, sizeof t);
      if (code_words_at(c, lo, hi, h, &t, &alo, &ahi) && alo >= 0 && (alo > lo || ahi < hi)) {
        set_code(&a, ne->country, "country", ne->name, 3);
      }
    }
    /* (a people's name is no holder of the title after it: "Marovian
     * officials" leaves the Marovians uncoded) */
    if (a.rank < 3 && m->type != NM_ENT_NORP) {
      int32_t plo, phi;
      title_range(c, h, &plo, &phi);
      /* not past the name: "Gaddafi and Bulgarian President Zhivkov" with
       * the second name parsed as a part of the first */
      if (phi > hi && phi > h) phi = hi > h ? hi : h;
      /* (a body's whole name: "Kosovo's Chamber of Commerce" is BUS, not
       * the LEG of its head word) */
      if (m->type == NM_ENT_ORG && phi < hi && phi >= lo) phi = hi;
      acode b;
      memset(&b, 0, sizeof b);
      if (code_name_words(c, plo, phi, h, lo, hi, person, &b) && b.rank > a.rank) a = b;
    }
    /* "Vahagn Melkonyan, who heads Armenia's state commission on border
     * delimitation,": the body a who-clause says the person heads */
    if (!a.code[0] && person) {
      static const char *const heads_v[] = {"head", "lead", "chair", "run", "direct", NULL};
      static const char *const bodies[] = {
          "commission", "committee", "council",    "ministry", "agency", "office",
          "service",    "authority", "board",      "delegation", "bureau", "department",
          "team",       "force",     "directorate", "secretariat", "administration", NULL};
      /* (the clause on the name, or right after it and its comma, however
       * the parse hung it) */
      bool who_after = hi + 2 < (int32_t)c->n && word_is_ci(c, hi + 1, ",") &&
                       word_is_ci(c, hi + 2, "who");
      int32_t rw = who_after ? c->head[hi + 2] : -1;
      for (int32_t r = rw >= 0 ? rw : c->kid[h]; r >= 0; r = rw >= 0 ? -1 : c->sib[r]) {
        if (rw < 0 && (r < h || !rel_is(c, r, "acl:relcl"))) continue;
        if (!word_in(lemma(c, r), heads_v)) continue;
        int32_t o = child(c, r, "obj", false);
        if (o < 0 || !word_in(lemma(c, o), bodies)) continue;
        int32_t olo, ohi;
        np_range(c, o, &olo, &ohi);
        acode b;
        memset(&b, 0, sizeof b);
        if (code_words(c, olo, ohi, o, &b) && b.rank >= 2 && bare_country_prefix(b.code) &&
            strlen(b.code) >= 6) {
          a = b;
          snprintf(a.reason, sizeof a.reason, "%s", "the body a who-clause says the person heads");
        }
        break;
      }
    }
    /* "A Fano commander who gave his name as Mesfin Abebe", "a man who
     * identified himself as …": the name a described person gives in a
     * relative clause takes the description's code */
    if (person && a.rank < 3 && rel_base(c, h, "obl") && case_word(c, h, "as") &&
        c->head[h] >= 0 && rel_is(c, c->head[h], "acl:relcl")) {
      static const char *const naming_v[] = {"give", "identify", "introduce", "call", NULL};
      int32_t r = c->head[h], an = c->head[r];
      if (word_in(lemma(c, r), naming_v) && an >= 0 && an < r && nounish(c, an)) {
        int32_t alo, ahi;
        np_range(c, an, &alo, &ahi);
        if (ahi >= r) ahi = r - 1;
        while (ahi > an && (!strcmp(upos(c, ahi), "PUNCT") || !strcmp(upos(c, ahi), "PRON")))
          ahi--;
        acode b;
        memset(&b, 0, sizeof b);
        /* (a body the description names is whom the person serves: "A
         * Fano commander" is Fano's, not an army's) */
        uint32_t be = NONE32;
        for (int32_t k = alo; k <= ahi && be == NONE32; k++) {
          uint32_t ke = entity_at(c, k);
          if (ke < c->d->entities.n && c->ent &&
              ((const nm_entity *)c->d->entities.data)[ke].type == NM_ENT_ORG &&
              c->ent[ke].code[0])
            be = ke;
        }
        if (be != NONE32) {
          a = c->ent[be];
          snprintf(a.reason, sizeof a.reason, "%s",
                   "the body of the description that gives itself the name");
        } else if (ahi >= alo && code_words(c, alo, ahi, an, &b) && b.rank > a.rank &&
                   !(strlen(b.code) >= 6 && state_role3(b.code + 3))) {
          /* (no state's role from a word of it: "a separatist commander
           * who identified himself as Kingsley Ebai" is no army's) */
          a = b;
          snprintf(a.reason, sizeof a.reason, "%s", "the description that gives itself the name");
        }
      }
    }
    bool after = false; /* a coded by a description after the name */
    if (a.rank < 3) {
      int32_t ap = child(c, h, "appos", false);
      /* "a fierce critic of the ruling Georgian Dream party": an
       * adversary of whom the description names is none of theirs */
      static const char *const adversary[] = {"critic", "opponent", "rival", "foe", "enemy",
                                              "adversary", "detractor", "challenger", NULL};
      if (ap >= 0 && word_in(lemma(c, ap), adversary)) ap = -1;
      /* (a person's name apposed to a body's is a parse of "Federal
       * Foreign Office spokeswoman Katrin Vogelsang": no description) */
      if (ap >= 0 && m->type == NM_ENT_ORG && mention_at(c, ap) != NONE32 &&
          ((const nm_mention *)c->d->mentions.data)[mention_at(c, ap)].type == NM_ENT_PERSON)
        ap = -1;
      /* "a North Korea researcher at a state-funded institute in Seoul", "a
       * China expert": a country that names what an expert studies is no
       * country of the expert */
      static const char *const studies[] = {"researcher", "expert", "analyst", "specialist",
                                            "scholar",    "watcher", "historian", NULL};
      bool field = false;
      for (int32_t k = ap >= 0 && word_in(lemma(c, ap), studies) ? c->kid[ap] : -1; k >= 0;
           k = c->sib[k])
        if (k < ap && rel_base(c, k, "compound") && place_mention(c, k)) {
          ap = -1;
          field = true;
          break;
        }
      /* "Kyauk Pyin, a village of about 2,000 people": what an apposition
       * that names a place's kind says of it is no role of the place
       * (VILLAGE, ~CVL); "El Helicoide, the SEBIN headquarters in
       * Caracas" keeps its country */
      static const char *const settlements[] = {"village", "town",     "city",     "hamlet",
                                                "settlement", "district", "township", NULL};
      if (ap >= 0 && (m->type == NM_ENT_GPE || m->type == NM_ENT_LOC) &&
          word_in(lemma(c, ap), settlements))
        ap = -1;
      /* ... nor a role with no country ("Michoacán, a major producer of
       * avocados": no business, ---BUS) */
      if (ap >= 0 && (m->type == NM_ENT_GPE || m->type == NM_ENT_LOC)) {
        int32_t plo, phi;
        np_range(c, ap, &plo, &phi);
        acode t;
        memset(&t, 0, sizeof t);
        if (code_words(c, plo, phi, ap, &t) && !strncmp(t.code, "---", 3)) ap = -1;
      }
      if (ap >= 0 && !private_body_of(c, ap)) {
        int32_t plo, phi;
        np_range(c, ap, &plo, &phi);
        acode b;
        memset(&b, 0, sizeof b);
        /* "Lt. Col. Emmanuel Nzabonimpa, a spokesman for the rebels,": a
         * description after the name says whom a rank serves (---REB over
         * the rank's ---MIL; a state's body, the junta's, leaves the rank) */
        /* "Nadia Harb, Yemen country director for the Norwegian Refugee
         * Council,": the body the description's head serves, a dictionary
         * actor, over the words before the head (YEM + the council's REF) */
        bool served = false;
        static const char *const body_heads[] = {
            "president", "head", "chief", "chairman", "chairwoman", "chair", "director",
            "secretary-general", "commissioner", "leader", "spokesman", "spokeswoman",
            "spokesperson", "envoy", "representative", "commander", "governor", NULL};
        for (int32_t k = person ? c->kid[ap] : -1; k >= 0 && !served && a.rank < 3; k = c->sib[k]) {
          uint32_t oe = entity_at(c, k);
          /* ("Emmanuel Adjei-Boateng, the president of the ECOWAS
           * Commission,": the body a head's "of" names) */
          bool of = case_word(c, k, "of") && word_in(lemma(c, ap), body_heads);
              if (k < ap || !rel_base(c, k, "nmod") ||
              !(case_word(c, k, "for") || case_word(c, k, "at") || of) || oe >= c->d->entities.n)
            continue;
          if (of && ((const nm_entity *)c->d->entities.data)[oe].type != NM_ENT_ORG) continue;
          /* "Nabil Abu Rudeineh, a spokesman for Abbas,": the office of
           * the person served */
          if (((const nm_entity *)c->d->entities.data)[oe].type == NM_ENT_PERSON &&
              oe != m->entity && office_of_person(c, ap, oe, &a)) {
            snprintf(a.reason, sizeof a.reason, "%s",
                     "the office of the person a description after the name serves");
            after = ap > hi;
            served = true;
          }
          if (served || ((const nm_entity *)c->d->entities.data)[oe].type != NM_ENT_ORG) continue;
          int32_t klo, khi;
          np_range(c, k, &klo, &khi);
          acode o;
          memset(&o, 0, sizeof o);
          if (!code_words(c, klo, khi, k, &o) || o.rank < 3) continue;
          /* (by "of", a body of no state's only: "the head of the Serbian
           * government's Office for Kosovo" is no Kosovar's) */
          if (of && bare_country_prefix(o.code)) continue;
          a = o;
          snprintf(a.reason, sizeof a.reason, "%s", "the body a description after the name serves");
          after = ap > hi;
          served = true;
        }
        if (served) {
        } else if (code_words(c, plo, phi, ap, &b) &&
            (b.rank > a.rank || (b.rank == 2 && a.rank == 2 && !strncmp(a.code, "---", 3) &&
                                 !strncmp(b.code, "---", 3) && strcmp(a.code, b.code) != 0 &&
                                 !word_in(b.code + 3, state_roles)))) {
          a = b, after = ap > hi;
          /* "El Fasher, the last army stronghold in the Darfur region": a
           * place takes the country its description names, not a role */
          if ((m->type == NM_ENT_GPE || m->type == NM_ENT_LOC) && strlen(a.code) > 3 &&
              bare_country_prefix(a.code)) {
            char why[REASON_CAP];
            snprintf(why, sizeof why, "a place's description, its country only: %.80s", a.reason);
            a.code[3] = '\0';
            snprintf(a.reason, sizeof a.reason, "%s", why);
          }
        }
        if (person && a.rank < 3 && (a.rank < 2 || a.code[0] == '-') && code_owner(c, ap, &b))
          a = b; /* "Halvard Lindqvist, the agency's commissioner-general," */
        if (person && a.rank < 3 && (a.rank < 2 || a.code[0] == '-'))
          body_in_description(c, plo, phi + 1, "the body its description names", &a);
        if (person && owner_named_before(c, ap, &a)) after = ap > hi;
      } else if ((m->type == NM_ENT_ORG || person) && !field && hi + 3 < (int32_t)c->n &&
                 !strcmp(lemma(c, hi + 1), ",") &&
                 (!strcmp(lemma(c, hi + 2), "the") || !strcmp(lemma(c, hi + 2), "a") ||
                  (person && !strcmp(upos(c, hi + 2), "PROPN") &&
                   !strcmp(lemma(c, hi + 3), "'s")))) {
        /* an apposition the parse missed: "UNRWA, the UN agency for
         * refugees, ..." is coded by its words up to the head noun; also
         * "Salaheddine Sidhoum, Algeria's leading human rights activist,"
         * (its country's name with "'s", and an -ing word the tagger took
         * for a verb) */
        int32_t st = !strcmp(lemma(c, hi + 3), "'s") ? hi + 2 : hi + 3, e = st;
        /* not into a relative clause: "Maiga, a charge Paris denied" */
        while (e < (int32_t)c->n && e - hi < 10 &&
               !(rel_base(c, e, "nsubj") && c->head[e] >= 0 && rel_is(c, c->head[e], "acl:relcl")) &&
               (!strcmp(upos(c, e), "NOUN") || !strcmp(upos(c, e), "PROPN") ||
                !strcmp(upos(c, e), "ADJ") || !strcmp(upos(c, e), "NUM") ||
                (e == st + 1 && !strcmp(lemma(c, e), "'s")) ||
                (e > st && c->tg[c->first + (size_t)e].xpos &&
                 !strcmp(c->tg[c->first + (size_t)e].xpos, "VBG"))))
          e++;
        /* not the subject of a report after the name: "Macron called
         * Sarr, the Elysee Palace said" */
        static const char *const report[] = {"say", "report", "announce", "add", "tell", NULL};
        if (e < (int32_t)c->n && !strcmp(upos(c, e), "VERB") && word_in(lemma(c, e), report))
          e = st;
        acode b;
        memset(&b, 0, sizeof b);
        if (e > st && code_words(c, st, e - 1, e - 1, &b) && b.rank > a.rank) {
          a = b;
          after = true;
          snprintf(a.reason, sizeof a.reason, "%s", "the description after the name");
        }
        /* "Judge Joan Donoghue, the court's president,": the owner's code */
        if (person && e > st && a.rank < 3 && (a.rank < 2 || a.code[0] == '-') &&
            code_owner(c, e - 1, &b))
          a = b, after = true;
        if (person && e > st && owner_named_before(c, e - 1, &a)) after = true;
      }
    }
    /* "Tomas Lindgren, the UN's deputy envoy for Sudan,": the owner of
     * the description, not the place the envoy is sent to (which the
     * name's whole phrase may have coded), is whom the person serves */
    int32_t ap2 = person ? child(c, h, "appos", false) : -1;
    int32_t own = ap2 > hi ? child(c, ap2, "nmod:poss", false) : -1;
    acode ob;
    memset(&ob, 0, sizeof ob);
    int32_t olo = -1, ohi = -1;
    bool sent = own >= 0 && a.rank == 3 && to_place(c, ap2);
    if (sent) np_range(c, own, &olo, &ohi);
    if (sent && code_words(c, olo, ohi, own, &ob) && ob.rank == 3 &&
        strncmp(ob.code, a.code, 3) != 0) {
      char code[CODE_CAP];
      if (bare_country(ob.code) && strlen(a.code) >= 6)
        join_agent(code, sizeof code, ob.code, a.code + 3, false);
      else
        snprintf(code, sizeof code, "%s", ob.code);
      snprintf(a.code, sizeof a.code, "%s", code);
      snprintf(a.reason, sizeof a.reason, "the owner of the description after the name");
      after = true;
    }
    int32_t dh = -1; /* the head of a description before the name */
    /* "…spokeswoman, Lt. Gen. Keo Ratanak," parsed with the rank a
     * compound of the surname, which heads the apposition */
    int32_t nh = h, nlo = lo, nhi;
    if (c->head[nh] >= lo && c->head[nh] <= hi &&
        (rel_base(c, nh, "compound") || rel_base(c, nh, "flat")))
      nh = c->head[nh];
    /* (or the rank itself heads the name: "…, Brigadier General X,") */
    bool rank_head = nh != h || h < lo;
    if (rank_head) title_range(c, nh, &nlo, &nhi);
    if (person && rank_head && nlo > 0 && nlo <= lo && !strcmp(lemma(c, nlo - 1), ",") &&
        c->head[nh] >= 0 && c->head[nh] < nlo && rel_base(c, nh, "appos"))
      dh = c->head[nh];
    /* (or a title of its own between the comma and the name, hung as a
     * second apposition of the description: "A senior State Department
     * official, Deputy Assistant Secretary Laura Whitcombe,") */
    if (dh < 0 && person && lo > 2 && rel_base(c, h, "appos") && c->head[h] >= 0 &&
        c->head[h] < lo) {
      int32_t t = lo - 1;
      for (int up = 0; up < 4 && c->head[t] >= 0 && c->head[t] < t &&
                       (rel_base(c, t, "flat") || rel_base(c, t, "compound"));
           up++)
        t = c->head[t];
      int32_t tlo = t, thi = t;
      if (t != c->head[h] && c->head[t] == c->head[h] && rel_base(c, t, "appos") &&
          capitalised(c, t))
        title_range(c, t, &tlo, &thi);
      if (thi == lo - 1 && tlo > 0 && tlo < t + 1 && !strcmp(lemma(c, tlo - 1), ",") &&
          c->head[t] == c->head[h] && rel_base(c, t, "appos"))
        dh = c->head[h];
      /* (or the title the parse made an apposition of the description,
       * with the name its own: "His Tajik counterpart, First Deputy Prime
       * Minister Davlatali Nazarov,") */
      int32_t t2 = c->head[h], plo2, phi2;
      if (dh < 0 && rel_base(c, t2, "appos") && capitalised(c, t2) && c->head[t2] >= 0 &&
          c->head[t2] < t2) {
        np_range(c, t2, &plo2, &phi2);
        if (plo2 > 0 && plo2 > c->head[t2] && !strcmp(lemma(c, plo2 - 1), ",")) dh = c->head[t2];
      }
    }
    /* (an honorific or a title between the comma and the name, hung on
     * it: "Qatar's emir, Sheikh Tamim bin Hamad Al Thani,", "A police
     * spokesman, Assistant Commissioner Blessing Nyathi,") */
    /* (the title's words may be its modifiers, or an apposition of the
     * description the name is an apposition of too: "His Tajik
     * counterpart, First Deputy Prime Minister Davlatali Nazarov,") */
    int32_t clo = lo;
    for (int32_t k = lo - 1;
         k > 1 && lo - k <= 4 && capitalised(c, k) &&
         (((rel_base(c, k, "compound") || rel_base(c, k, "flat") || rel_is(c, k, "nmod:desc") ||
            rel_base(c, k, "amod")) &&
           (c->head[k] == h || (c->head[k] >= lo - 4 && c->head[k] < lo))) ||
          (rel_base(c, k, "appos") && rel_base(c, h, "appos") && c->head[k] == c->head[h]));
         k--)
      if (!strcmp(lemma(c, k - 1), ",")) clo = k;
    if (dh < 0 && person && clo > 0 && !strcmp(lemma(c, clo - 1), ",") && c->head[h] >= 0 &&
        c->head[h] < clo) {
      if (rel_base(c, h, "appos"))
        dh = c->head[h];
      else if (rel_base(c, h, "conj") && child(c, h, "cc", false) < 0 && place_mention(c, c->head[h]) &&
               rel_base(c, c->head[h], "nmod"))
        /* "The UN humanitarian coordinator for Sudan, Clementine
         * Nkweta-Salami," parsed with the name as a conjunct of the place */
        dh = c->head[c->head[h]];
      else if (rel_base(c, h, "conj") && child(c, h, "cc", false) < 0 &&
               rel_base(c, c->head[h], "nmod") && mention_at(c, c->head[h]) != NONE32 &&
               ((const nm_mention *)c->d->mentions.data)[mention_at(c, c->head[h])].type ==
                   NM_ENT_ORG)
        /* "A spokeswoman for the Haitian National Police, Marie-Claude
         * Jean-Baptiste," with the name a conjunct of the body (lifted to
         * the noun the body modifies below) */
        dh = c->head[h];
      /* "A spokesman for the bloc, Amina Dauda," with the name hung on
       * the bloc: the description's head is the noun the bloc modifies */
      /* (or on the body's name apposed to a word for it: "a lawmaker from
       * the opposition Orange Democratic Movement, Ezekiel Otieno
       * Barasa") */
      bool body = dh >= 0 && mention_at(c, dh) != NONE32;
      if (body && rel_base(c, dh, "appos") && c->head[dh] >= 0 && c->head[dh] < dh &&
          rel_base(c, c->head[dh], "nmod") && mention_at(c, c->head[dh]) == NONE32)
        dh = c->head[dh];
      if (dh >= 0 && body && rel_base(c, dh, "nmod") &&
          c->head[dh] >= 0 && c->head[dh] < dh && nounish(c, c->head[dh]) &&
          mention_at(c, c->head[dh]) == NONE32)
        dh = c->head[dh];
    }
    /* (the name hung on the last noun of a clause on the description's
     * head: "A lawyer representing several of the young men, Rania Abu
     * Ghosh," is the lawyer, not the men) */
    for (int32_t x = dh, up = 0; dh >= 0 && x >= 0 && up < 4 && mention_at(c, dh) == NONE32;
         up++, x = c->head[x])
      if (rel_base(c, x, "acl") && c->head[x] >= 0 && c->head[x] < x && nounish(c, c->head[x])) {
        /* (one phrase up to the name's comma: not "opening fire on
         * residents as they fled, according to the regional governor,
         * X") */
        bool one = true;
        for (int32_t k = c->head[x] + 1; k + 1 < lo && one; k++)
          one = !word_is_ci(c, k, ",");
        if (one) dh = c->head[x];
        break;
      }
    if (dh < 0 && person && lo > 1 && !strcmp(lemma(c, lo - 1), ",") && rel_base(c, h, "nsubj") &&
        c->head[h] >= 0) {
      /* "A member of the Syrian parliament, Mohammed Mamoun, started":
       * the description a sibling of the name's verb, ending at the comma;
       * or the name's own dependent ("Putin's spokesman, Dmitry Peskov,"
       * with "spokesman" an nmod:desc of the name) */
      for (int pass = 0; pass < 2 && dh < 0; pass++)
        for (int32_t k = c->kid[pass ? h : c->head[h]]; k >= 0 && dh < 0; k = c->sib[k]) {
          /* ("His Azerbaijani counterpart, Elchin Mammadli, was": the
           * description parsed as a clause of the verb, a bare noun) */
          if (k >= lo || !(rel_is(c, k, "obl:unmarked") || rel_is(c, k, "dep") ||
                           rel_is(c, k, "nmod:desc") ||
                           (rel_is(c, k, "advcl") && !strcmp(upos(c, k), "NOUN") &&
                            child(c, k, "case", false) < 0 && child(c, k, "mark", false) < 0) ||
                           (rel_is(c, k, "obl") && child(c, k, "case", false) < 0)))
            continue;
          int32_t klo, khi;
          np_range(c, k, &klo, &khi);
          if (khi == lo - 2) dh = k;
        }
    }
    /* (the description may be the person's own mention, for the body that
     * owns it: "The secretary-general of the Caribbean Community, Everton
     * Marshall,"; its other words are the title's, coded below: not
     * "Germany's special envoy for Afghanistan", AFG) */
    uint32_t dm = dh >= 0 ? mention_at(c, dh) : NONE32;
    bool own_desc = dm != NONE32 &&
                    ((const nm_mention *)c->d->mentions.data)[dm].entity == m->entity &&
                    ((const nm_mention *)c->d->mentions.data)[dm].kind == NM_MENTION_NOMINAL;
    if (a.rank < 3 && dh >= 0 && nounish(c, dh) && (dm == NONE32 || own_desc)) {
      /* a description before the name: "A government spokesman in Addis
       * Ababa, Tesfaye Bekele, said": the description's words up to the
       * name code the person */
      int32_t t = dh, plo, phi;
      np_range(c, t, &plo, &phi);
      if (phi >= lo) phi = lo - 1;
      /* (not into a clause on the head: "A lawyer representing several of
       * the young men, Rania Abu Ghosh,", no people's code) */
      for (int32_t k = c->kid[t]; k >= 0; k = c->sib[k])
        if (k > t && k <= phi && rel_base(c, k, "acl")) phi = k - 1;
      /* (nor into the portfolio of an office: "Moscow's commissioner for
       * children, Maria Lvova," serves Moscow, no children's CVL; "The U.N.
       * envoy for Western Sahara" serves the United Nations) */
      static const char *const portfolio_offices[] = {
          "commissioner", "ombudsman", "envoy",  "coordinator", "czar",      "tsar",
          "minister",     "secretary", "adviser", "advisor",    "rapporteur", NULL};
      for (int32_t k = c->kid[t]; k >= 0 && word_in(lemma(c, t), portfolio_offices); k = c->sib[k])
        if (k > t && k <= phi && rel_base(c, k, "nmod") && case_word(c, k, "for")) {
          int32_t klo, khi;
          np_range(c, k, &klo, &khi);
          if (klo > t && klo - 1 < phi) phi = klo - 1;
          while (phi > t && (word_is_ci(c, phi, "for") || !strcmp(upos(c, phi), "PUNCT")))
            phi--;
        }
      while (phi > t && !strcmp(upos(c, phi), "PUNCT"))
        phi--;
      acode b;
      memset(&b, 0, sizeof b);
      /* a person's lawyer: the head's own words only (---JUD) */
      if (owned_by_person(c, t)) plo = t;
      /* "the agency's representative in Chad, Isabelle Mbarga Nkoulou,": an
       * organisation the story coded that owns the description is whom
       * the person serves, not the place the post is in */
      int32_t ow = child(c, t, "nmod:poss", false);
      /* (or the antecedent of "whose": "the Southern African Development
       * Community, whose executive secretary, Tendai Marufu, said") */
      if (ow >= 0 && word_is_ci(c, ow, "whose") && c->head[t] >= 0 &&
          rel_is(c, c->head[t], "acl:relcl") && c->head[c->head[t]] >= 0)
        ow = c->head[c->head[t]];
      /* (or "of" it: "The secretary-general of the Caribbean Community") */
      if (ow < 0) {
        int32_t of = child(c, t, "nmod", false);
        int32_t cs = of >= 0 ? child(c, of, "case", false) : -1;
        if (of > t && cs >= 0 && word_is_ci(c, cs, "of")) ow = of;
      }
      uint32_t owe = ow >= 0 ? entity_at(c, ow) : NONE32;
      /* (a description of the person's own mention that stops before its
       * phrase does is coded by its words too: "The head of Iran's
       * judiciary, Hossein Sadeghi-Nejad," with "The head" the mention) */
      bool own_desc_short = false;
      if (own_desc) {
        const nm_mention *om = (const nm_mention *)c->d->mentions.data + dm;
        /* (not a local office, whose region the entity's own rule reads:
         * "The governor of White Nile state" is no Egyptian's, NILE) */
        static const char *const local_heads[] = {"governor", "mayor", NULL};
        own_desc_short = om->first_token >= c->first &&
                         (int32_t)(om->first_token + om->n_tokens - c->first) <= phi &&
                         owe == NONE32 && !word_in(lemma(c, t), local_heads);
      }
      /* (or an international body's officer: "The U.N. secretary-general's
       * personal envoy for Western Sahara, Anders Mikkelsen,", IGOUNO, not
       * the place he is envoy for) */
      if (owe < c->d->entities.n && c->ent && c->ent[owe].rank >= 3 &&
          (((const nm_entity *)c->d->entities.data)[owe].type == NM_ENT_ORG ||
           (!strncmp(c->ent[owe].code, "IGO", 3) && !owned_by_person(c, t) &&
            !strcmp(upos(c, ow), "NOUN"))) &&
          c->ent[owe].rank > a.rank) {
        a = c->ent[owe];
        snprintf(a.reason, sizeof a.reason, "%s",
                 "the body that owns the description before the name");
      } else if ((!own_desc || own_desc_short) && phi >= plo && code_words(c, plo, phi, t, &b) &&
                 (b.rank > a.rank ||
                  /* (a police description over a rank's army: "A police
                   * spokesman, Col. Thanawat Phromsri,") */
                  (b.rank == 2 && a.rank == 2 && !strcmp(a.code, "---MIL") &&
                   !strcmp(b.code, "---COP")))) {
        /* (a spokesperson's MED yields to the person's own rank: "A
         * spokesman for the Rwandan contingent, Lt. Col. Eric
         * Nshimiyimana,", RWAMIL, not RWAMED) */
        char rank_role[4] = "";
        if (strlen(a.code) == 6 && !strncmp(a.code, "---", 3) &&
            (!strcmp(a.code + 3, "MIL") || !strcmp(a.code + 3, "COP")) &&
            word_in(lemma(c, t), spokespeople))
          snprintf(rank_role, sizeof rank_role, "%.3s", a.code + 3);
        a = b;
        snprintf(a.reason, sizeof a.reason, "%s", "the description before the name");
        if (rank_role[0] && strlen(a.code) == 6 && !strcmp(a.code + 3, "MED"))
          memcpy(a.code + 3, rank_role, 4);
      }
      if (a.rank < 3 && (a.rank < 2 || a.code[0] == '-') && code_owner(c, t, &b)) a = b;
      /* "The rebels' commander, Antonio García,": the one rebel group
       * named before (COLREB; the commander's MIL took the article's
       * country) */
      int32_t gpo = child(c, t, "nmod:poss", false);
      if (a.rank < 3 && (a.rank < 2 || a.code[0] == '-') && gpo >= 0 &&
          word_in(lemma(c, gpo), rebel_words)) {
        acode g;
        memset(&g, 0, sizeof g);
        snprintf(g.code, sizeof g.code, "%s", "---REB");
        g.rank = 2;
        definite_group(c, t, &g);
        if (g.rank == 3) a = g;
      }
      if (a.rank < 3 && (a.rank < 2 || a.code[0] == '-')) {
        /* "a spokesman for the bloc", "an envoy of the agency": an
         * organisation the description serves */
        /* (or names it before the head: "An APC spokesman, Ibrahim
         * Bangura,") */
        for (int32_t k = c->kid[t]; k >= 0; k = c->sib[k]) {
          uint32_t oe = entity_at(c, k);
          /* (or "to" after an adviser: "an adviser to the group, Ibrahim
           * Abdelkarim Yousif,"; an envoy to the U.N. is sent to it) */
          static const char *const advisers[] = {"adviser", "advisor", "aide", "consultant",
                                                 "counsellor", "counselor", NULL};
          bool named_for = rel_base(c, k, "nmod") &&
                           (case_word(c, k, "for") || case_word(c, k, "of") ||
                            (case_word(c, k, "to") && word_in(lemma(c, t), advisers)));
          bool named_before = rel_base(c, k, "compound") && k < t;
          /* (or a body's word with the body's name before it: "A
           * spokesman for the European Union delegation, Tomas Novak,") */
          static const char *const units[] = {"delegation", "mission", "office", "team",
                                              "bureau", "secretariat", NULL};
          if (named_for && oe == NONE32 && word_in(lemma(c, k), units))
            for (int32_t q = c->kid[k]; q >= 0 && oe == NONE32; q = c->sib[q])
              if (q < k && rel_base(c, q, "compound")) oe = entity_at(c, q);
          /* (a body named before the head may not have its country yet:
           * its role, ---OPP, whose country the person's title takes) */
          if (k >= lo || !(named_for || named_before) || oe == NONE32 ||
              oe >= c->d->entities.n || !c->ent ||
              c->ent[oe].rank < (named_before && c->ent[oe].code[0] == '-' ? 2 : 3) ||
              ((const nm_entity *)c->d->entities.data)[oe].type != NM_ENT_ORG)
            continue;
          a = c->ent[oe];
          snprintf(a.reason, sizeof a.reason, "%s",
                   "the body a description before the name serves");
          /* (a body named bare before the head, "a Foreign Ministry
           * spokeswoman", after an opening phrase that names another
           * country: "At a regular briefing in the Chinese capital, …";
           * the story's two foreign ministries had been joined as one) */
          char oc[4];
          if (named_before && strlen(a.code) == 6 && bare_body(c, k) &&
              opening_phrase_country(c, plo, oc) && strncmp(oc, a.code, 3) != 0) {
            memcpy(a.code, oc, 3);
            snprintf(a.reason, sizeof a.reason, "%s",
                     "the body a description before the name serves, in the country the "
                     "sentence opens in");
          }
          break;
        }
        /* (or a state's body the story did not name: "A spokeswoman for
         * the presidency, Carla Mendoza,") */
        for (int32_t k = c->kid[t]; k >= 0 && a.rank < 3 && (a.rank < 2 || a.code[0] == '-');
             k = c->sib[k]) {
          if (k >= lo || !rel_base(c, k, "nmod") || !case_word(c, k, "for") ||
              entity_at(c, k) != NONE32)
            continue;
          int32_t klo, khi;
          np_range(c, k, &klo, &khi);
          acode o;
          memset(&o, 0, sizeof o);
          if (khi < lo && code_words(c, klo, khi, k, &o) && o.rank == 2 && strlen(o.code) == 6 &&
              !strncmp(o.code, "---", 3) && word_in(o.code + 3, state_roles)) {
            a = o;
            snprintf(a.reason, sizeof a.reason, "%s",
                     "the state body a description before the name serves");
          }
        }
      }
      /* "A commission spokesman, Pieter de Vries,": a lower-case word for
       * a body the story named before by a name ending in it ("the
       * European Commission"), when only one such body is coded */
      for (int32_t k = plo; k < t && a.rank < 3 && (a.rank < 2 || a.code[0] == '-'); k++)
        if (rel_base(c, k, "compound") && !capitalised(c, k) && !strcmp(upos(c, k), "NOUN") &&
            body_named_before(c, lemma(c, k), c->first + (uint32_t)k, &b)) {
          a = b;
          snprintf(a.reason, sizeof a.reason, "%s",
                   "the body named before that a word of the description names");
        }
    }
    /* "Angolan President Joao Lourenco, the AU's mediator,": the office
     * before the name, with its country and role, is the person's code
     * over a description after it (another role) */
    bool desc_after = person && after && a.rank == 3;
    if ((a.rank < 3 || desc_after) && lo > 0) {
      /* the words just before the name, whatever the parse made of them:
       * "and German Chancellor Olaf Scholz", "Israel's Benjamin Netanyahu" */
      int32_t slo = lo;
      bool with_role = false;
      while (slo > 0 && lo - slo < 6) {
        int32_t k = slo - 1;
        const nm_token *t = (const nm_token *)c->d->tokens.data + c->first + (size_t)k;
        char ch = c->d->text[t->start];
        bool cap = (ch >= 'A' && ch <= 'Z') || title_hyphen(c, k);
        bool poss = strcmp(upos(c, k), "PART") == 0 && !strcmp(lemma(c, k), "'s");
        /* a lower-case role word between the body and the name:
         * "Russian Foreign Ministry spokeswoman Maria Zakharova", and a
         * lower-case body before it: "Israeli army spokesman X" (two
         * lower-case nouns at most, and an adjective) */
        /* (before a name only: "Niger junta orders French ambassador out"
         * is a headline's verb, not a role of the ambassador) */
        bool role = !cap && m->kind == NM_MENTION_NAME &&
                    (!strcmp(upos(c, k), "NOUN") || (k + 1 == lo && word_is_ci(c, k, "official"))) &&
                    (k + 1 == lo || (with_role && slo == k + 1 && lo - k <= 3));
        /* "EU foreign policy chief Josep Borrell": an adjective of the role */
        if (!cap && !role && with_role && slo == k + 1 && lo - k <= 4 &&
            !strcmp(upos(c, k), "ADJ") && !word_is_ci(c, k, "former"))
          role = true;
        /* ("Ethiopian Water and Energy Minister X": "and" between two
         * capitalised words of the title) */
        bool joined = !cap && person && k > 0 && slo == k + 1 && k + 1 < lo &&
                      word_is_ci(c, k, "and") && capitalised(c, k - 1) && capitalised(c, k + 1);
        if (!cap && !poss && !role && !joined) break;
        with_role |= role;
        uint32_t km = mention_at(c, k);
        if (km != NONE32 && (ms[km].type == NM_ENT_PERSON || ms[km].kind == NM_MENTION_PRONOUN))
          break; /* another person's name */
        slo = k;
      }
      acode b;
      memset(&b, 0, sizeof b);
      /* with a role word, only a code with its role ("his Iraqi
       * counterpart Karim Hussein": not a bare IRQ over IRQGOV) */
      bool named = slo < lo && code_name_words(c, slo, hi, h, lo, hi, person, &b);
      /* "Philippine National Security Council spokesman X": the body as
       * the article coded it (PHLGOVMIL), not a dictionary name inside
       * it (the US's National Security Council) */
      if (named && with_role) {
        acode o;
        memset(&o, 0, sizeof o);
        body_in_description(c, slo, lo, "", &o);
        if (o.rank && bare_country_prefix(o.code) && strncmp(o.code, b.code, 3) != 0) {
          b = o;
          b.rank = 3;
        }
      }
      if (named &&
          (b.rank > a.rank || (desc_after && b.rank == 3 && strlen(b.code) > 3)) &&
          !(with_role && strlen(b.code) == 3)) {
        a = b;
        snprintf(a.reason, sizeof a.reason, "%s", "title and country before the name");
      }
      /* "CGT leader Marta Quiroga": a body the dictionaries lack, which
       * the article coded, before the role word: the body's code */
      if (person && with_role && a.rank < 2)
        body_in_description(c, slo, lo, "the body named before the title", &a);
    }
    /* "the force's North Bengal Frontier": a body with no code of its
     * own is its coded owner's (a body's) */
    if (m->type == NM_ENT_ORG && a.rank == 0) {
      int32_t ow = child(c, h, "nmod:poss", false);
      uint32_t oe = ow >= 0 ? entity_at(c, ow) : NONE32;
      if (oe != NONE32 && oe < c->d->entities.n && oe != m->entity && c->ent[oe].rank >= 2 &&
          ((const nm_entity *)c->d->entities.data)[oe].type == NM_ENT_ORG) {
        a = c->ent[oe];
        snprintf(a.reason, sizeof a.reason, "%s", "the body that owns it");
      }
    }
    /* "the Navy's Bahrain-based 5th Fleet": a body coded by its role
     * alone takes its owner's country (role_country()) */
    if (m->type == NM_ENT_ORG && a.rank == 2 && !strncmp(a.code, "---", 3) && !a.owner) {
      uint32_t oe = entity_at(c, child(c, h, "nmod:poss", false));
      if (oe != NONE32 && oe < c->d->entities.n && oe != m->entity) a.owner = oe + 1;
    }
    /* "Kenya's Ruto" in a headline (KEN), then "President William Ruto"
     * (---GOV, the title alone): a person's bare country and a role from
     * another mention's title make one code (KENGOV) */
    const acode *cc = NULL, *role = NULL; /* the bare country and the role-only code */
    if (person && strlen(a.code) == 6 && !strncmp(a.code, "---", 3) && strlen(ea->code) == 3 &&
        bare_country(ea->code))
      cc = ea, role = &a;
    else if (person && strlen(ea->code) == 6 && !strncmp(ea->code, "---", 3) &&
             strlen(a.code) == 3 && bare_country(a.code) && a.rank > ea->rank)
      cc = &a, role = ea;
    if (cc) {
      char code[CODE_CAP];
      join_agent(code, sizeof code, cc->code, role->code + 3, false);
      if (cc == &a) *ea = a;
      snprintf(ea->code, sizeof ea->code, "%s", code);
    } else if (a.rank > ea->rank) {
      *ea = a;
    } else if (person && a.rank == ea->rank && strlen(ea->code) == 3 && bare_country(ea->code) &&
               strlen(a.code) > 3 && !strncmp(a.code, ea->code, 3)) {
      /* "Colombia's Petro" in a headline (COL), then "Colombian President
       * Gustavo Petro" (COLGOV): the same country with a role says more */
      *ea = a;
    } else if (!person && a.rank == 3 && ea->rank == 3 &&
               (strstr(ea->reason, " + agent ") || bare_country(ea->code)) &&
               !strncmp(a.reason, "dictionary: ", 12) && !strstr(a.reason, " + agent ") &&
               strlen(a.code) > 3 && !bare_country(a.code)) {
      /* "the Front for the Liberation of Mozambique, or Frelimo": a
       * body's own entry (MOZPTY) over a country and an agent its long
       * name's words make (MOZREB), or a bare country ("The Cairo-based
       * League of Arab States, known as the Arab League": IGOMEAARL, not
       * EGY) */
      *ea = a;
    }
  }
}

/* ------------------------------------------------------------------ */
/* Verbs and patterns                                                   */

typedef struct vmatch {
  int32_t v;
  size_t layer;
  nm_cameo_verb verb;
  int32_t last; /* last word of the verb (particle) */
} vmatch;

static int32_t subject_of(const ectx *c, int32_t v, int depth);
static size_t conjuncts(const ectx *c, int32_t h, int32_t *out, size_t max);

/* "called Kurti's accusations \"lies\"", "called the plan a trap": "call"
 * with an object that runs into a quotation, or with a second noun
 * phrase, names something; it is no telephone call (the CALL block's
 * own code, 041). Naming verbs (call, consider, regard …) in a relative
 * clause that names the relative word ("what Beijing called", "who
 * Beijing considers a separatist") name even when a pattern matched the
 * verb's words (matched_words: "call … for"). */
static uint32_t event_quote(const ectx *c, uint32_t at);
static bool naming_call(const ectx *c, int32_t v, bool matched_words) {
  static const char *const naming[] = {"call",  "consider", "regard",   "deem",
                                       "label", "brand",    "dub",      "describe",
                                       "term",  "characterize", "characterise", NULL};
  if (!word_in(lemma(c, v), naming)) return false;
  int32_t o = child(c, v, "obj", false);
  /* "charges that Poland and the European Union called politically
   * motivated": the thing named gapped, its name an adjective or a
   * participle */
  if (o < 0) {
    int32_t x = child(c, v, "xcomp", false);
    return x > v && (!strcmp(upos(c, x), "ADJ") || !strcmp(xpos(c, x), "VBN"));
  }
  /* "in what Beijing called "strong punishment"", "Lai, who Beijing
   * considers a dangerous separatist": a relative clause whose object is
   * what the relative word is named */
  if (rel_base(c, v, "acl") && c->head[v] >= 0 && word_is_ci(c, c->head[v], "what")) return true;
  /* "in a case rights groups called the latest attempt …": a relative
   * clause without its word, parsed as a clause on the namer ("a group
   * called X" is a naming too) or with the preposition on the subject
   * (no subject takes one) */
  if (rel_is(c, v, "acl") && !strcmp(lemma(c, v), "call")) return true;
  int32_t sj = child(c, v, "nsubj", false);
  if (sj >= 0 && sj < v && child(c, sj, "case", false) >= 0) return true;
  bool named_after = false; /* "militants that Ankara considers terrorists" */
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
    named_after |= k > v && (rel_is(c, k, "obj") || rel_base(c, k, "xcomp") ||
                             (rel_base(c, k, "obl") && case_word(c, k, "as")));
  /* "over what officials describe as a broad Russian campaign": "what",
   * named, before the namer */
  if (o < v && word_is_ci(c, o, "what") && named_after) return true;
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k]) {
    if (k > v || (k == o && !named_after) || strcmp(upos(c, k), "PRON") != 0 ||
        !(word_is_ci(c, k, "who") || word_is_ci(c, k, "whom") || word_is_ci(c, k, "which") ||
          word_is_ci(c, k, "that")))
      continue;
    for (int32_t j = c->kid[v]; j >= 0; j = c->sib[j]) /* a subject after it */
      if (j > k && j < v && rel_base(c, j, "nsubj")) return true;
  }
  if (matched_words || strcmp(lemma(c, v), "call") != 0) return false;
  if (child(c, v, "xcomp", false) > o) return true; /* "called the plan a trap" */
  /* "the archipelago, which it calls Las Malvinas": two objects, the
   * thing and its name */
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
    if (k != o && rel_is(c, k, "obj")) return true;
  int32_t lo, hi;
  np_range(c, o, &lo, &hi);
  const nm_token *tk = (const nm_token *)c->d->tokens.data + c->first;
  uint32_t qv = event_quote(c, tk[v].start), qo = event_quote(c, tk[hi].start);
  if (qo != NONE32 && qo != qv) return true;
  /* ... or a quotation right after it, whatever the parse hung it on
   * ("called the Armenian statement "disinformation" intended to …") */
  if (hi + 2 < (int32_t)c->n && !strcmp(upos(c, hi + 1), "PUNCT")) {
    uint32_t qn = event_quote(c, tk[hi + 2].start);
    if (qn != NONE32 && qn != qv) return true;
  }
  /* "called the extension "a gift to criminals"": the name in quotation
   * marks the parse made the object's apposition */
  int32_t ap = child(c, o, "appos", false);
  if (ap < 0) return false;
  uint32_t qa = event_quote(c, tk[ap].start);
  return qa != NONE32 && qa != qv;
}

static bool find_verb(const ectx *c, int32_t v, vmatch *vm) {
  nm_cameo_verb forms[MAX_FORMS];
  for (size_t li = 0; li < c->nl; li++) {
    for (int pass = 0; pass < 2; pass++) {
      uint32_t w = pass ? c->lid[li][v] : c->fid[li][v];
      if (w == NM_CAMEO_NONE) continue;
      size_t k = nm_cameo_verbs(c->L[li], w, forms, MAX_FORMS);
      for (size_t f = 0; f < k; f++) {
        const nm_cameo_verb *fv = &forms[f];
        int32_t last = v;
        bool ok = true;
        /* words after: adjacent, or particles of the verb */
        int32_t at = v + 1;
        for (size_t j = 0; j < fv->n_post && ok; j++) {
          int32_t found = -1;
          for (int32_t t = at; t < (int32_t)c->n && t <= at + 2; t++)
            if (id_is(c, li, t, fv->post[j]) &&
                (t == at || c->head[t] == v || rel_base(c, t, "compound"))) {
              found = t;
              break;
            }
          if (found < 0)
            ok = false;
          else {
            last = found;
            at = found + 1;
          }
        }
        int32_t bt = v - 1;
        for (size_t j = fv->n_pre; j-- > 0 && ok;) {
          if (bt < 0 || !id_is(c, li, bt, fv->pre[j])) ok = false;
          bt--;
        }
        if (!ok) continue;
        vm->v = v;
        vm->layer = li;
        vm->verb = *fv;
        vm->last = last;
        return true;
      }
    }
  }
  return false;
}

enum { MAX_HITS = 16 };

typedef struct pmatch {
  int score;
  int32_t src, tgt; /* slots the pattern names, or -1 */
  bool compound;
  int nhit; /* the words the pattern's words matched, after the verb */
  int literal; /* of the pattern's elements matched, the plain words */
  int32_t hit[MAX_HITS];
} pmatch;

static void add_hit(pmatch *pm, int32_t t) {
  if (t >= 0 && pm->nhit < MAX_HITS) pm->hit[pm->nhit++] = t;
}

/* Finds a word or synset element at or after *cur in the region; sets
 * *cur past it. */
/* Whether sentence words [s, e] are part, not all, of a name of several
 * words ("Security" in "the United Nations Security Council"). */
static bool inside_name(const ectx *c, int32_t s, int32_t e) {
  uint32_t mi = mention_at(c, s);
  if (mi == NONE32) return false;
  const nm_mention *m = (const nm_mention *)c->d->mentions.data + mi;
  if (m->kind != NM_MENTION_NAME || m->n_tokens < 2) return false;
  uint32_t a = c->first + (uint32_t)s, b = c->first + (uint32_t)e;
  return m->first_token <= a && b < m->first_token + m->n_tokens &&
         (a > m->first_token || b + 1 < m->first_token + m->n_tokens);
}

/* Whether t heads a phrase of the place where something happened ("in
 * the town of Tame", "near the capital"): a settlement's or an area's
 * noun, or a place's name, after in, near, at … ("mediation in peace
 * negotiations" is about the talks). */
static bool where_phrase(const ectx *c, int32_t t) {
  static const char *const where[] = {"in", "near", "at", "outside", "inside", "around",
                                      "across", "throughout", NULL};
  static const char *const places[] = {"town", "city", "village", "district", "province",
                                       "region", "area", "capital", "camp", "neighborhood",
                                       "neighbourhood", NULL};
  return (rel_base(c, t, "obl") || rel_base(c, t, "nmod")) && dep_lemma_in(c, t, "case", where) &&
         (word_in(lemma(c, t), places) || place_mention(c, t));
}

/* The words of a preposition's noun phrase headed by obj and of its
 * conjuncts' ("with armed uprising and terrorism", "with drones and
 * artillery"): [*lo, *hi]. */
static bool phrase_span(const ectx *c, int32_t obj, int32_t *lo, int32_t *hi) {
  np_range(c, obj, lo, hi);
  int32_t cj[8];
  size_t ncj = conjuncts(c, obj, cj, 8);
  for (size_t q = 0; q < ncj; q++) {
    int32_t clo, chi;
    np_range(c, cj[q], &clo, &chi);
    if (chi > *hi) *hi = chi;
  }
  return *lo >= 0 && *hi >= *lo;
}

static int32_t find_elem(const ectx *c, size_t li, const nm_cameo_elem *e, int32_t cur, int32_t to,
                         int max_depth, bool argument, int32_t *next) {
  for (int32_t t = cur; t < to; t++) {
    if (!c->region[t] || c->region[t] > max_depth + 1 || (argument && c->when[t])) continue;
    /* "according to police" names a source, no accord ("- * &TREATY
     * [030]", &TREATY holding ACCORD, took "attacked a police post …,
     * according to police" for an intent to cooperate) */
    if (word_is_ci(c, t, "according") && t + 1 < (int32_t)c->n && word_is_ci(c, t + 1, "to"))
      continue;
    /* a bare word of a pattern is no word inside a name ("asked the
     * United Nations Security Council to meet" is no appeal for security,
     * "* &SECURITY") */
    if (e->kind == NM_CE_WORD) {
      /* nor a modifier's participle or adjective: "clashed with ruling
       * party activists" is no attack on a ruling ("- * RULING [111]") */
      if (argument && rel_base(c, t, "amod") &&
          (!strcmp(xpos(c, t), "VBG") || !strcmp(xpos(c, t), "VBN") || !strcmp(xpos(c, t), "JJ")))
        continue;
      /* ... nor a noun modifying a place or force that is the object:
       * "attacked government offices and a prison" is no verbal attack on
       * the government ("- * GOVERNMENT [111]") */
      static const char *const physical[] = {
          "office",   "building", "headquarters", "force",   "troop",  "position", "post",
          "base",     "convoy",   "vehicle",      "facility", "installation", "target",
          "compound", "checkpoint", "camp",       "barracks", "station", NULL};
      if (argument && rel_base(c, t, "compound") && c->head[t] > t &&
          word_in(lemma(c, c->head[t]), physical))
        continue;
      /* nor a bare word that names where the act happened: "arrested three
       * suspects in the town of Tame" took no town ("- * &TOWN [192]" of
       * SEIZE's block); a pattern says "(IN …)" for that */
      if (id_is(c, li, t, e->a) && !inside_name(c, t, t) && !(argument && where_phrase(c, t))) {
        *next = t + 1;
        return t;
      }
    } else if (e->kind == NM_CE_SYNSET) {
      for (int pass = 0; pass < 2; pass++) {
        const uint32_t *w = pass ? c->lid[li] : c->fid[li];
        size_t len = nm_cameo_synset_match(c->L[li], e->a, w, c->n, (size_t)t);
        if (len && inside_name(c, t, t + (int32_t)len - 1)) len = 0;
        if (len && argument && where_phrase(c, t + (int32_t)len - 1)) len = 0;
        if (len) {
          *next = t + (int32_t)len;
          return t + (int32_t)len - 1;
        }
      }
    }
  }
  return -1;
}

/* The next noun phrase head at or after cur in the region. */
static int32_t next_np(const ectx *c, int32_t cur, int32_t to) {
  for (int32_t t = cur; t < to; t++) {
    if (!c->region[t] || !nounish(c, t)) continue;
    int32_t h = c->head[t];
    if (h >= 0 && h > t && nounish(c, h) && c->region[h] &&
        (rel_base(c, t, "compound") || rel_base(c, t, "flat") || rel_base(c, t, "amod") ||
         rel_base(c, t, "nmod") || rel_base(c, t, "nummod")))
      return h; /* the head of the phrase the word modifies ("two villages") */
    return t;
  }
  return -1;
}

/* Matches elements e[0..ne) in order against region words [from, to). */
static bool match_seq(const ectx *c, size_t li, const nm_cameo_elem *e, size_t ne, int32_t from,
                      int32_t to, pmatch *pm) {
  int32_t cur = from;
  size_t i = 0;
  while (i < ne) {
    const nm_cameo_elem *x = &e[i];
    int32_t next;
    switch (x->kind) {
    case NM_CE_WORD:
    case NM_CE_SYNSET: {
      int32_t at = find_elem(c, li, x, cur, to, 2, true, &next);
      if (at < 0) return false;
      add_hit(pm, at); /* a synset's phrase: its last word */
      cur = next;
      pm->score += 2;
      if (x->kind == NM_CE_WORD) pm->literal++;
      i++;
      break;
    }
    case NM_CE_OPEN_NP: {
      size_t j = i + 1;
      while (j < ne && e[j].kind != NM_CE_CLOSE_NP)
        j++;
      if (j == i + 1) {
        i = j + 1;
        break;
      }
      const nm_cameo_elem *hd = &e[j - 1];
      int32_t t = -1, hn = cur;
      for (int32_t s = cur; s < to; s = hn) {
        t = find_elem(c, li, hd, s, to, 2, true, &hn);
        if (t < 0) break;
        int32_t mc = t - 8 > cur ? t - 8 : cur, mn;
        bool ok = true;
        int nh = pm->nhit;
        for (size_t k = i + 1; k + 1 < j && ok; k++) {
          int32_t m = find_elem(c, li, &e[k], mc, t, 3, false, &mn);
          if (m < 0)
            ok = false;
          else {
            for (int32_t h = m; h < mn; h++)
              add_hit(pm, h);
            mc = mn;
          }
        }
        if (ok) break;
        pm->nhit = nh;
        t = -1;
      }
      if (t < 0) return false;
      add_hit(pm, t);
      pm->score += 2 * (int)(j - i - 1);
      cur = hn;
      i = j + 1;
      break;
    }
    case NM_CE_OPEN_PP: {
      size_t j = i + 1;
      while (j < ne && e[j].kind != NM_CE_CLOSE_PP)
        j++;
      if (j == i + 1 || e[i + 1].kind != NM_CE_WORD) return false;
      int32_t p = -1, pn = cur;
      bool ok = false;
      for (int32_t s = cur; s < to && !ok; s = pn) {
        p = find_elem(c, li, &e[i + 1], s, to, 3, false, &pn);
        if (p < 0) break;
        pmatch sub = {0, -1, -1, false, 0, 0, {0}};
        /* the second word of a preposition of two is none the pattern
         * asks for ("according to the United Nations", "due to") */
        if (rel_base(c, p, "fixed")) continue;
        /* an infinitive's "to" (mark_clause) serves only a phrase that
         * names the verb: "(TO LEAVE)", not "(TO +)" */
        if (rel_is(c, p, "mark") && (j < i + 3 || e[i + 2].kind != NM_CE_WORD)) continue;
        int32_t obj = c->head[p] > p ? c->head[p] : next_np(c, p + 1, to);
        /* a phrase inside a time phrase is none of the verb's: "left
         * Niamey after three days of talks" (a time phrase itself may be
         * the pattern's: "(DURING PROTEST)") */
        if (obj >= 0 && c->head[obj] >= 0 && c->when[c->head[obj]]) continue;
        /* nor is a between-phrase of a noun in an oblique: "attacked a
         * checkpoint on the highway between Guayaquil and Machala" names
         * places, not the two sides ("- * (BETWEEN) [190:190]") */
        if (obj >= 0 && word_is_ci(c, p, "between") && rel_base(c, obj, "nmod") &&
            c->head[obj] >= 0 && rel_base(c, c->head[obj], "obl"))
          continue;
        /* a bare preposition is no time's: "telephoned Kozyrev on Tuesday"
         * is no call on anyone ("- * (ON) [020]" of CALL's block) */
        /* (nor a span of time: "led Bangladesh for 15 years" is no
         * journey for anyone, LEAD's "- * (FOR) [042:043]") */
        static const char *const spans[] = {"year", "month", "week", "day", "hour", "decade",
                                            "minute", "century", NULL};
        if (j == i + 2 && obj >= 0 &&
            (c->when[obj] || (c->head[p] == obj && word_in(lemma(c, obj), spans))))
          continue;
        /* (nor a bare "for" inside the object's phrase: "attacked a
         * makeshift settlement for Sudanese refugees" is no criticism for
         * a deed, ATTACK's "- * (FOR) [111]") */
        if (j == i + 2 && obj >= 0 && word_is_ci(c, p, "for") && rel_base(c, obj, "nmod") &&
            c->head[obj] >= 0 && rel_is(c, c->head[obj], "obj"))
          continue;
        /* the rest of the phrase, with its slots */
        int32_t sc = p + 1;
        ok = true;
        for (size_t k = i + 2; k < j && ok; k++) {
          if (e[k].kind == NM_CE_TARGET || e[k].kind == NM_CE_SOURCE) {
            int32_t h = obj >= 0 ? obj : next_np(c, sc, to);
            if (h < 0)
              ok = false;
            else if (e[k].kind == NM_CE_TARGET)
              sub.tgt = h;
            else
              sub.src = h;
          } else if (e[k].kind == NM_CE_OPEN_NP) {
            size_t q = k + 1;
            while (q < j && e[q].kind != NM_CE_CLOSE_NP)
              q++;
            if (!match_seq(c, li, e + k, q + 1 - k, sc, to, &sub)) ok = false;
            k = q;
          } else if (e[k].kind == NM_CE_WORD || e[k].kind == NM_CE_SYNSET) {
            int32_t nsc = sc;
            /* (a word of the phrase's own noun phrase, not of a later
             * one: "met in the Mauritian capital on Thursday, with
             * disputes over …" is no "(IN &DISPUTE)" of ENGAGE's 190) */
            int32_t plo, phi, m;
            if (obj >= 0 && c->head[p] == obj && phrase_span(c, obj, &plo, &phi)) {
              int32_t end = phi + 1 < to ? phi + 1 : to;
              m = find_elem(c, li, &e[k], sc > plo ? sc : plo, end, 4, false, &nsc);
            } else {
              m = find_elem(c, li, &e[k], sc, to, 4, false, &nsc);
            }
            sc = nsc;
            if (m < 0)
              ok = false;
            else
              sub.score += 2;
          } else if (e[k].kind == NM_CE_SKIP) {
            /* "(AT ^)": the preposition with a noun phrase, over a bare
             * "(AT)" */
            if ((obj >= 0 ? obj : next_np(c, sc, to)) < 0)
              ok = false;
            else
              sub.score += 1;
          }
        }
        if (ok) {
          pm->score += 1 + sub.score;
          if (sub.tgt >= 0) pm->tgt = sub.tgt;
          if (sub.src >= 0) pm->src = sub.src;
          cur = sc > pn ? sc : pn;
        }
      }
      if (!ok) return false;
      i = j + 1;
      break;
    }
    case NM_CE_TARGET:
    case NM_CE_SOURCE: {
      int32_t h = next_np(c, cur, to);
      if (h < 0) return false;
      if (x->kind == NM_CE_TARGET)
        pm->tgt = h;
      else
        pm->src = h;
      cur = h + 1;
      i++;
      break;
    }
    case NM_CE_COMPOUND: /* needs a compound subject: "A and B clashed" */
      if (c->subj_conj < 2) return false;
      pm->compound = true;
      i++;
      break;
    default: /* skip, stray brackets, the verb */ i++; break;
    }
  }
  return true;
}

/* The best pattern of the verb's block for this clause; *code and *text
 * come from it or from the verb. */
/* Whether word t lies in a phrase of "with" below verb v ("with drones"). */
static bool with_phrase(const ectx *c, int32_t t, int32_t v) {
  for (int up = 0; up < 8 && t >= 0 && t != v; up++, t = c->head[t])
    if (case_word(c, t, "with")) return true;
  return false;
}

static void match_patterns(ectx *c, const vmatch *vm, const char **code, const char **code2,
                           const char **text, pmatch *best) {
  const nm_cameo *L = c->L[vm->layer];
  *code = vm->verb.code;
  *code2 = vm->verb.code2;
  *text = NULL;
  best->score = -1;
  best->src = best->tgt = -1;
  best->compound = false;
  best->nhit = 0;
  mark_clause(c, vm->v);
  {
    int32_t cj[8];
    c->subj_conj = (int)conjuncts(c, subject_of(c, vm->v, 0), cj, 8);
  }
  /* the subject's words, for the part before the verb, even when inherited */
  size_t np = nm_cameo_block_patterns(L, vm->verb.block);
  bool subject_only = false; /* the best pattern names only words before the verb */
  for (size_t i = 0; i < np; i++) {
    nm_cameo_pattern p;
    if (!nm_cameo_block_pattern(L, vm->verb.block, i, &p)) continue;
    size_t star = 0;
    while (star < p.n_elems && p.elems[star].kind != NM_CE_VERB)
      star++;
    pmatch pm = {0, -1, -1, false, 0, 0, {0}};
    if (star > 0 && !match_seq(c, vm->layer, p.elems, star, 0, vm->v, &pm)) continue;
    if (star < p.n_elems && !match_seq(c, vm->layer, p.elems + star + 1, p.n_elems - star - 1,
                                       vm->last + 1, (int32_t)c->n, &pm))
      continue;
    /* a pattern that names no event ("FIGHT * &AIRCRAFT [---]") is not
     * met by the instrument of the act ("struck a ship with drones") */
    bool instrument = false;
    for (int k = 0; k < pm.nhit && !instrument && !strcmp(p.code, "---"); k++)
      instrument = with_phrase(c, pm.hit[k], vm->v);
    if (instrument) continue;
    /* "jails four activists over protest", "detained for protesting": a
     * protest an arrest is for or at ("- * PROTEST [141]", written for
     * HOLD in the block of DETAIN and JAIL) is the arrest's cause */
    static const char *const detain[] = {"jail", "detain", "arrest", "imprison", "sentence",
                                         "convict", NULL};
    static const char *const cause[] = {"over", "for", "after", "during", "at", NULL};
    bool cause_hit = false;
    for (int k = 0; k < pm.nhit && !cause_hit && p.code[0] == '1' && p.code[1] == '4' &&
                    word_in(lemma(c, vm->v), detain);
         k++)
      cause_hit = pm.hit[k] >= 0 && dep_lemma_in(c, pm.hit[k], "case", cause);
    if (cause_hit) continue;
    /* "experts needed data on water flows": the bare "- * ON [190]"
     * (written for PRESS, "pressed on", in the block of DEMAND, NEED,
     * WANT …) is a particle, not a noun's preposition */
    bool on_case = false;
    if (p.text && strstr(p.text, "* ON ") && !strstr(p.text, "(ON"))
      for (int k = 0; k < pm.nhit && !on_case; k++)
        on_case = pm.hit[k] >= 0 && word_is_ci(c, pm.hit[k], "on") && rel_is(c, pm.hit[k], "case");
    if (on_case) continue;
    /* "…, military officials said, in a fresh blow to a government
     * offensive": a word reached through an in-phrase of "say" is the
     * writer's aside, not what was said ("- * OFFENSIVE [138]") */
    bool aside = false;
    for (int k = 0; k < pm.nhit && !aside && !strcmp(lemma(c, vm->v), "say"); k++)
      for (int32_t x = pm.hit[k], up = 0; x >= 0 && up < 8 && c->head[x] >= 0 && !aside;
           x = c->head[x], up++) {
        if (c->head[x] != vm->v) continue;
        aside = x > vm->v && rel_base(c, x, "obl") && case_word(c, x, "in");
        break;
      }
    if (aside) continue;
    /* (of two as long, an idiom that names its word itself and codes no
     * event: "sought shelter in schools", SHELTER [---], over the synset
     * &ASYLUM's [020]) */
    if (pm.score > best->score || (pm.score == best->score && pm.literal > best->literal &&
                                   !strcmp(p.code, "---"))) {
      *best = pm;
      *code = p.code;
      *code2 = p.code2;
      *text = p.text;
      subject_only = star > 0 && star + 1 >= p.n_elems;
      for (size_t k = 0; k < star && subject_only; k++) /* words, not "%" (a compound) */
        subject_only = p.elems[k].kind == NM_CE_WORD || p.elems[k].kind == NM_CE_SYNSET;
    }
  }
  if (best->score < 0) best->score = 0;
  /* "Soldiers arrested a general": a pattern that names only the
   * subject's words ("- &MILITARY * [192]", written for TAKE in the block
   * of APPREHEND, ARREST, CAPTURE, SEIZE, TAKE) does not override a code
   * the dictionary gives the verb itself ("ARREST [173]"): an arrest by
   * soldiers is an arrest, not the occupation of territory. (A compound
   * subject's pattern, "- % * [120]", still does, as in PETRARCH.) */
  const char *bc = nm_cameo_block_code(L, vm->verb.block);
  if (subject_only && *text && vm->verb.code && strcmp(vm->verb.code, "---") != 0 && bc &&
      strcmp(vm->verb.code, bc) != 0 && strcmp(*code, vm->verb.code) != 0) {
    *code = vm->verb.code;
    *code2 = vm->verb.code2;
    *text = NULL;
    best->score = 0;
    best->src = best->tgt = -1;
    best->nhit = 0;
  }
}

/* Verbs that begin, go on with or put on an act named by their object
 * ("continued their hunger strike", "organized a general strike"):
 * aspectual and support verbs, a closed class of English. */
static bool support_verb(const ectx *c, int32_t v) {
  static const char *const w[] = {"begin",    "start",    "launch",  "continue", "resume", "stage",
                                  "organize", "organise", "conduct", "mount",    NULL};
  return word_in(lemma(c, v), w);
}

/* A support verb's object names the act: the clause is matched against
 * the patterns of the dictionary's own support verbs, STAGE ("- *
 * DEMONSTRATION [141]") and START ("- * {HUNGER STRIKE} [142]"), and
 * their best pattern wins when it has more words than the verb's own. */
static void borrow_patterns(ectx *c, const vmatch *vm, const char **code, const char **code2,
                            const char **text, pmatch *best) {
  static const char *const lenders[] = {"STAGE", "START"};
  int own = *text ? best->score : -1;
  for (size_t li = 0; li < c->nl; li++)
    for (size_t i = 0; i < sizeof lenders / sizeof *lenders; i++) {
      uint32_t w = nm_cameo_word(c->L[li], lenders[i], strlen(lenders[i]));
      nm_cameo_verb f[4];
      if (w == NM_CAMEO_NONE || !nm_cameo_verbs(c->L[li], w, f, 4)) continue;
      vmatch b = *vm;
      b.layer = li;
      b.verb = f[0];
      const char *bc, *bc2, *bt;
      pmatch bp;
      match_patterns(c, &b, &bc, &bc2, &bt, &bp);
      if (!bt || !bc || bp.score <= own) continue;
      own = bp.score;
      *code = bc;
      *code2 = bc2;
      *text = bt;
      *best = bp;
    }
}

static bool dep_lemma_in(const ectx *c, int32_t v, const char *rel, const char *const *w) {
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
    if (rel_base(c, k, rel) && word_in(lemma(c, k), w)) return true;
  return false;
}

static bool negated(const ectx *c, int32_t v) {
  static const char *const w[] = {"not", "never", "n't", NULL};
  static const char *const no[] = {"no", NULL};
  if (dep_lemma_in(c, v, "advmod", w) || dep_lemma_in(c, v, "neg", w)) return true;
  /* "would neither negotiate with nor pay the kidnappers" */
  static const char *const neither[] = {"neither", "nor", NULL};
  if (dep_lemma_in(c, v, "cc", neither)) return true;
  /* "no foreign government will conduct operations on Mexican soil": a
   * subject none of which acts */
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
    if (rel_base(c, k, "nsubj") && dep_lemma_in(c, k, "det", no)) return true;
  /* "a text that would have added eight businesspeople to a sanctions
   * list": what would have happened did not */
  static const char *const cond[] = {"would", "could", "might", NULL};
  static const char *const have[] = {"have", NULL};
  if (dep_lemma_in(c, v, "aux", cond) && dep_lemma_in(c, v, "aux", have)) return true;
  /* "no longer wanted", "no more supports" */
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
    if (rel_base(c, k, "advmod") && (word_is_ci(c, k, "longer") || word_is_ci(c, k, "more")) &&
        (dep_lemma_in(c, k, "advmod", no) || dep_lemma_in(c, k, "det", no)))
      return true;
  /* "would not say whether Brussels planned to expel a diplomat", "It is
   * unclear whether Russia will attack": what "whether" opens is not said
   * to happen (through the complements: "planned to expel") */
  static const char *const whether[] = {"whether", NULL};
  for (int32_t u = v, k = 0; u >= 0 && k < 4; k++, u = c->head[u]) {
    if (dep_lemma_in(c, u, "mark", whether)) return true;
    if (!rel_base(c, u, "xcomp")) break;
  }
  /* "gave no figures", "offered no aid": an object none of which is done */
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
    if (rel_is(c, k, "obj") && dep_lemma_in(c, k, "det", no)) return true;
  return false;
}

/* The words of h's phrase to show as an event's source or target text:
 * its noun phrase up to a time phrase hung inside it ("a new package of
 * sanctions on Belarus on Monday", "The US on Thursday": the time is the
 * event's, not the actor's). */
static void text_range(const ectx *c, int32_t h, int32_t *lo, int32_t *hi) {
  np_range(c, h, lo, hi);
  if (h < 0) return;
  /* (never back into a quotation the parse hung on the phrase: '…
   * migrants," ministry spokesman Dimitris Karalis told reporters') */
  /* (a closing mark: a right one, or a straight one right after a word) */
  const nm_token *tk = (const nm_token *)c->d->tokens.data + c->first;
  for (int32_t k = h - 1; k >= *lo; k--) {
    bool mark = word_is_ci(c, k, "\xe2\x80\x9d") ||
                (word_is_ci(c, k, "\"") && k > 0 && tk[k].start == tk[k - 1].end);
    /* (whose quotation opened inside the phrase: 'called a "transparent and
     * fair" investigation' keeps its words) */
    if (!mark) continue;
    bool inside = false;
    for (int32_t j = *lo; j < k && !inside; j++)
      inside = word_is_ci(c, j, "\xe2\x80\x9c") ||
               (word_is_ci(c, j, "\"") && j + 1 < k && tk[j].end == tk[j + 1].start &&
                (j == 0 || tk[j].start != tk[j - 1].end));
    if (!inside) {
      *lo = k + 1;
      while (*lo < h && !strcmp(upos(c, *lo), "PUNCT"))
        (*lo)++;
    }
    break; /* (the nearest closing mark decides: one scan, however long the phrase) */
  }
  static const char *const at[] = {"on", "at", NULL};
  for (int32_t k = h + 1; k <= *hi; k++) {
    bool bare = rel_is(c, k, "obl:tmod") || rel_is(c, k, "nmod:tmod") ||
                rel_is(c, k, "obl:unmarked") || rel_is(c, k, "nmod:unmarked") ||
                (rel_base(c, k, "nmod") && child(c, k, "case", false) < 0);
    if (c->head[k] < h || c->head[k] > *hi || !has_time(c, k, k) ||
        (c->head[k] != h && has_time(c, c->head[k], c->head[k])) || /* "April 2023" */
        !(bare || ((rel_base(c, k, "nmod") || rel_base(c, k, "obl")) &&
                   dep_lemma_in(c, k, "case", at))))
      continue;
    int32_t a, b;
    np_range(c, k, &a, &b);
    for (int32_t q = c->kid[k]; q >= 0; q = c->sib[q])
      if (q < a) a = q; /* its "on" */
    if (a <= h) continue;
    int32_t e = a - 1;
    while (e > h && (!strcmp(upos(c, e), "PUNCT") || !strcmp(upos(c, e), "CCONJ")))
      e--;
    *hi = e;
    break;
  }
}

/* Whether verb h imposes or announces sanctions: its object, or the
 * object's of-phrase ("a new package of sanctions"), is one. */
static bool sanctioning(const ectx *c, int32_t h) {
  static const char *const measures[] = {"sanction", "embargo", "restriction", "ban",
                                         "penalty", "tariff", NULL};
  int32_t o = child(c, h, "obj", false);
  if (o < 0) return false;
  if (word_in(lemma(c, o), measures)) return true;
  for (int32_t k = c->kid[o]; k >= 0; k = c->sib[k])
    if (rel_base(c, k, "nmod") && case_word(c, k, "of") && word_in(lemma(c, k), measures))
      return true;
  return false;
}

/* Whether the sentence is the headline: it ends before the dateline. */
static bool in_headline(const ectx *c) {
  if (!c->d->has_dateline || !c->n) return false;
  const nm_token *tk = (const nm_token *)c->d->tokens.data + c->first;
  return tk[c->n - 1].end <= c->d->dateline.start;
}

/* Whether v is a headline's participle with no object: "Venezuelan
 * opposition leader arrested in Caracas" (a headline gives an act in the
 * present tense, "Police arrest …"): its subject undergoes it. */
static bool headline_passive(const ectx *c, int32_t v) {
  /* (an object after a phrase with a preposition is another clause's,
   * which the parse ran on: "army chief arrested after troops surround
   * presidential palace") */
  int32_t o = child(c, v, "obj", false);
  for (int32_t k = c->kid[v]; o >= 0 && k >= 0 && k < o; k = c->sib[k])
    if (k > v && rel_base(c, k, "obl") && case_of(c, k) >= 0) o = -1;
  if ((strcmp(xpos(c, v), "VBN") && strcmp(xpos(c, v), "VBD")) || o >= 0 ||
      child(c, v, "aux", false) >= 0 ||
      child(c, v, "ccomp", false) >= 0 || !in_headline(c))
    return false;
  /* (the verb the root, or a clause of a root noun: "Israeli troops
   * killed in Gaza; Hamas claims attack") */
  return (c->head[v] < 0 && child(c, v, "nsubj", false) >= 0) ||
         (rel_is(c, v, "acl") && c->head[v] >= 0 && c->head[c->head[v]] < 0 &&
          nounish(c, c->head[v]) && child(c, v, "mark", false) < 0);
}

static bool passive(const ectx *c, int32_t v) {
  /* a state of mind is no act on its subject: "We are concerned by the
   * military pressure" is our comment on the pressure, not the pressure's
   * act on us */
  static const char *const minds[] = {
      "concern",  "worry",   "alarm",  "disappoint", "trouble", "dismay",   "encourage",
      "please",   "frustrate", "shock", "sadden",    "outrage", "appal",    "appall",
      "hearten",  "disturb", "satisfy", "delight",   "upset",   "offend",   "anger",
      "horrify",  "concerned", "worried", "alarmed", "disappointed", "troubled", NULL};
  if (word_in(lemma(c, v), minds)) return false;
  /* nor is a stance: "Israel is opposed to French mediation" (Israel
   * opposes it) */
  if (!strcmp(lemma(c, v), "oppose") && child(c, v, "obl:agent", false) < 0)
    for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
      if (k > v && rel_base(c, k, "obl") && case_word(c, k, "to")) return false;
  /* and a participle with its agent modifying a noun: "Mali, ruled by
   * soldiers," (Mali is ruled; the soldiers rule) */
  /* ... and a headline's participle with its agent, whose subject the
   * parse left active ("Russia and Ukraine swap prisoners in deal
   * brokered by UAE") */
  /* ... and a participle a verb of state takes: "Bazoum, who remains
   * detained at his residence" (he is detained), "got arrested" */
  if (headline_passive(c, v)) return true;
  static const char *const states[] = {"remain", "stay", "become", "get", "seem", "appear",
                                       "lie", NULL};
  if (!strcmp(xpos(c, v), "VBN") && rel_base(c, v, "xcomp") && c->head[v] >= 0 &&
      word_in(lemma(c, c->head[v]), states) && child(c, v, "obj", false) < 0)
    return true;
  /* ... and a past participle right after the noun it modifies, with no
   * object or auxiliary of its own: "migrants detained in Panama's Darien
   * province will be screened" (they were detained; not "protesters in
   * Dhaka marched", nor a noun that heads the sentence, a headline's) */
  /* (not a finite verb of intent read as one: "the two countries agreed
   * to set up a group", which has no passive; nor a standing alliance:
   * "militias allied with the Sudanese army" are its allies) */
  static const char *const intent[] = {"agree",  "decide", "try",     "refuse", "vow",
                                       "pledge", "promise", "threaten", "plan",  "attempt",
                                       "seek",   "fail",   "hope",    "want",   "continue",
                                       "offer",  "intend", "ally",    "align",  NULL};
  if (rel_is(c, v, "acl") && !strcmp(xpos(c, v), "VBN") && c->head[v] >= 0 &&
      c->head[v] == v - 1 && c->head[c->head[v]] >= 0 &&
      child(c, v, "obj", false) < 0 && child(c, v, "aux", false) < 0 &&
      child(c, v, "nsubj", false) < 0 && !word_in(lemma(c, v), intent))
    return true;
  return child(c, v, "nsubj:pass", false) >= 0 || child(c, v, "aux:pass", false) >= 0 ||
         (rel_is(c, v, "acl") && child(c, v, "obl:agent", false) >= 0) ||
         (!strcmp(xpos(c, v), "VBN") && child(c, v, "obl:agent", false) >= 0 &&
          child(c, v, "aux", false) < 0 && child(c, v, "obj", false) < 0);
}

/* Heads of a compound phrase: h and its conj dependents. */
/* Whether sentence word i starts with a capital letter. */
static bool capitalised(const ectx *c, int32_t i) {
  const nm_token *t = (const nm_token *)c->d->tokens.data + c->first + (size_t)i;
  char ch = c->d->text[t->start];
  return ch >= 'A' && ch <= 'Z';
}

/* Whether the conjunct k of h is the end of one name with "and" inside
 * ("Peace and Security Council", "Ways and Means Committee"): capitalised
 * words and one "and" from h to k's phrase, which ends in a body's head
 * word. */
static bool one_name_with_and(const ectx *c, int32_t h, int32_t k) {
  static const char *const heads[] = {"council",    "committee", "commission", "court",
                                      "department", "ministry",  "agency",     "office",
                                      "service",    "bureau",    "board",      "organization",
                                      "organisation"};
  int32_t lo, hi;
  np_range(c, k, &lo, &hi);
  if (k < h || hi - h > 8 || !capitalised(c, h)) return false;
  /* one name mention holds both ("United Nations Relief and Works
   * Agency", parsed as "Relief" and "Agency") */
  uint32_t mh = mention_at(c, h);
  if (mh != NONE32 && mh == mention_at(c, k)) return true;
  bool head = false;
  for (size_t q = 0; q < sizeof heads / sizeof *heads && !head; q++)
    head = word_is_ci(c, hi, heads[q]);
  if (!head) return false;
  int ands = 0;
  for (int32_t j = h + 1; j <= hi; j++) {
    if (!strcmp(lemma(c, j), "and"))
      ands++;
    else if (!capitalised(c, j))
      return false;
  }
  return ands == 1;
}

static size_t conjuncts(const ectx *c, int32_t h, int32_t *out, size_t max) {
  size_t n = 0;
  if (h < 0) return 0;
  out[n++] = h;
  for (int32_t k = c->kid[h]; k >= 0 && n < max; k = c->sib[k])
    if (rel_base(c, k, "conj") && nounish(c, k)) {
      /* "the African Union's Peace and Security Council will meet": one
       * body, named by the phrase's last conjunct */
      if (n == 1 && one_name_with_and(c, h, k)) {
        out[0] = k;
        return 1;
      }
      out[n++] = k;
    }
  /* "urge Egypt, Chad and South Sudan", parsed with "South Sudan" a
   * conjunct of "Chad": a later conjunct's own conjuncts join the list */
  for (size_t q = 1; q < n && n < max; q++)
    for (int32_t k = c->kid[out[q]]; k >= 0 && n < max; k = c->sib[k])
      if (k > out[q] && rel_base(c, k, "conj") && nounish(c, k)) out[n++] = k;
  /* "The Democratic Republic of Congo and Rwanda signed", parsed with
   * "Rwanda" a conjunct of "Congo", a word inside the head's name: a
   * conjunct past the name of a word in it is the head's */
  uint32_t mh = n == 1 ? mention_at(c, h) : NONE32;
  for (int32_t j = h + 1; mh != NONE32 && j < (int32_t)c->n && mention_at(c, j) == mh; j++)
    for (int32_t k = c->kid[j]; k >= 0 && n < max; k = c->sib[k])
      if (k > j && rel_base(c, k, "conj") && nounish(c, k) && mention_at(c, k) != mh)
        out[n++] = k;
  /* "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov
   * signed", parsed with the second name a conjunct of the first's
   * apposition: the apposition's conjuncts are the head's */
  int32_t ap = n == 1 ? child(c, h, "appos", false) : -1;
  if (ap > h && person_word(c, ap))
    for (int32_t k = c->kid[ap]; k >= 0 && n < max; k = c->sib[k])
      if (rel_base(c, k, "conj") && nounish(c, k)) out[n++] = k;
  return n;
}

/* The object (or indirect object) of verb v, or -1. */
static int32_t object_of(const ectx *c, int32_t v) {
  int32_t o = child(c, v, "obj", false);
  return o >= 0 ? o : child(c, v, "iobj", false);
}

/* The subject of verb v: its own, else its controller's. */
/* v's first child with relation rel, or, when the parse split one noun
 * phrase into two such children ("Human rights watchdog Amnesty
 * International accused": "rights" and "International"; "Opposition
 * leader Nika Melia was beaten": "leader" and "Nika"), the later one,
 * which heads the phrase; -1 for none. */
static int32_t phrase_child(const ectx *c, int32_t v, const char *rel) {
  int32_t s = child(c, v, rel, false);
  for (int32_t k = s >= 0 ? c->sib[s] : -1; k >= 0; k = c->sib[k]) {
    if (k >= v || k <= s || !rel_is(c, k, rel)) continue;
    bool one_phrase = true; /* only nouns and adjectives between them */
    for (int32_t j = s + 1; j < k && one_phrase; j++)
      one_phrase = nounish(c, j) || !strcmp(upos(c, j), "ADJ");
    /* "His rival, Gen. Mohamed Hamdan Dagalo, …": a name set off after a
     * description, an apposition the parse made a second subject */
    uint32_t km = mention_at(c, k);
    if (km == NONE32 && (size_t)k + 1 < c->n && c->head[k + 1] == k && rel_base(c, k + 1, "flat"))
      km = mention_at(c, k + 1); /* "Gen." over the name */
    if (!one_phrase && k == s + 2 && !strcmp(lemma(c, s + 1), ",") &&
        !strcmp(upos(c, s), "NOUN") && km != NONE32 &&
        (mention_at(c, s) == NONE32 ||
         ((const nm_mention *)c->d->mentions.data)[mention_at(c, s)].kind != NM_MENTION_NAME)) {
      const nm_mention *mk = (const nm_mention *)c->d->mentions.data + km;
      one_phrase = mk->kind == NM_MENTION_NAME &&
                   (mk->type == NM_ENT_PERSON || mk->type == NM_ENT_ORG);
    }
    if (one_phrase) s = k;
  }
  return s;
}

/* "flown by helicopter", "told by phone", "taken by force": a by-phrase
 * of a lone singular common noun, with no determiner, owner, number or
 * adjective, is the means, not the agent */
static bool bare_means(const ectx *c, int32_t k) {
  static const char *const means[] = {"helicopter", "plane", "air",   "sea",   "road",  "land",
                                      "car",        "bus",   "train", "boat",  "ship",  "phone",
                                      "telephone",  "video", "mail",  "email", "radio", "letter",
                                      "decree",     "force", "hand",  "foot",  NULL};
  if (strcmp(xpos(c, k), "NN") != 0 || !word_in(lemma(c, k), means)) return false;
  for (int32_t d = c->kid[k]; d >= 0; d = c->sib[d])
    if (rel_base(c, d, "det") || rel_is(c, d, "nmod:poss") || rel_base(c, d, "nummod") ||
        rel_base(c, d, "amod") || rel_base(c, d, "compound") || rel_base(c, d, "conj"))
      return false;
  return true;
}

/* Whether h is a common noun of an armed attack ("an attack that killed
 * 12 civilians"). */
static bool attack_noun(const ectx *c, int32_t h) {
  static const char *const attacks[] = {"attack", "strike",  "airstrike", "assault", "bombing",
                                        "raid",   "ambush",  "shelling",  "offensive", NULL};
  return h >= 0 && mention_at(c, h) == NONE32 && !strcmp(upos(c, h), "NOUN") &&
         word_in(lemma(c, h), attacks);
}

/* Who did attack a, which a relative pronoun stands for as a subject ("an
 * attack that killed"): the attacker named with "by", or before it ("the
 * rebels' attack", "a Houthi strike": a itself, whose phrase names it),
 * or the subject of a verb of doing a is the object of ("carried out an
 * attack in Ituri province that killed"; not "answered a strike that
 * …"); else the attack itself, coded by where it happened, as the
 * PLOVER examples code "a roadside bombing near the town of Samarra"
 * (IRQUAF) */
static int32_t attack_doer(const ectx *c, int32_t a, int depth) {
  for (int32_t k = c->kid[a]; k >= 0; k = c->sib[k])
    if (k > a && (rel_is(c, k, "obl:agent") || (rel_base(c, k, "nmod") && case_word(c, k, "by"))))
      return k;
  int32_t lo, hi;
  np_range(c, a, &lo, &hi);
  for (int32_t t = lo; t < a; t++)
    if (mention_at(c, t) != NONE32) return a; /* ("a Gondorian drone strike") */
  static const char *const doing[] = {"carry", "launch", "stage", "mount", "conduct",
                                      "unleash", "perpetrate", "commit", "execute", NULL};
  if (rel_base(c, a, "obj") && c->head[a] >= 0 && word_in(lemma(c, c->head[a]), doing)) {
    int32_t d = subject_of(c, c->head[a], depth + 1);
    if (d >= 0) return d;
  }
  return a;
}

static int32_t subject_of(const ectx *c, int32_t v, int depth) {
  int32_t s = headline_passive(c, v) ? -1 : phrase_child(c, v, "nsubj");
  if (s >= 0) {
    const char *l = lemma(c, s);
    /* "China's coast guard, whose ships fired …": a common noun "whose"
     * owns acts for the noun the clause modifies */
    int32_t ws = child(c, s, "nmod:poss", false);
    bool whose = ws >= 0 && word_is_ci(c, ws, "whose") && !strcmp(upos(c, s), "NOUN");
    if (!whose && strcmp(l, "who") && strcmp(l, "which") && strcmp(l, "that")) return s;
    /* a relative pronoun: the noun its clause modifies ("Netanyahu, who
     * said ... and appeared to reject": Netanyahu) */
    int32_t x = v;
    for (int up = 0; up < 8 && x >= 0 && rel_base(c, x, "conj"); up++)
      x = c->head[x];
    if (x >= 0 && rel_is(c, x, "acl:relcl") && c->head[x] >= 0) {
      int32_t a = c->head[x];
      return attack_noun(c, a) ? attack_doer(c, a, depth) : a;
    }
    return s;
  }
  /* "Israel is opposed to French mediation": a stance's subject
   * (passive() reads no passive there) */
  if (!strcmp(lemma(c, v), "oppose") && !passive(c, v) &&
      (s = phrase_child(c, v, "nsubj:pass")) >= 0)
    return s;
  /* "Serb forces were engaged in ethnic cleansing", "were involved in
   * clashes": the passive of taking part is its subject's act (not the
   * in-phrase's actor, below) */
  static const char *const taking_part[] = {"engage", "involve", NULL};
  if (word_in(lemma(c, v), taking_part) && (s = phrase_child(c, v, "nsubj:pass")) >= 0 &&
      child(c, v, "obl:agent", false) < 0)
    return s;
  /* "it is willing to": a referring "it" the parser took for an expletive */
  s = child(c, v, "expl", false);
  if (s >= 0 && !strcmp(lemma(c, s), "it")) return s;
  /* "In Moscow, Kremlin spokesman Dmitry Peskov accused ...", parsed with
   * the subject as an apposition of the opening place: a person's or
   * body's name in that chain of appositions, ending right before the
   * verb, is its subject */
  if (!passive(c, v))
    for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k]) {
      if (k >= v || !rel_base(c, k, "obl") || !place_mention(c, k)) continue;
      int32_t a = k;
      for (int up = 0; up < 3; up++) {
        int32_t n = child(c, a, "appos", false);
        if (n < 0) break;
        a = n;
      }
      if (a == k) continue;
      int32_t lo, hi;
      np_range(c, a, &lo, &hi);
      uint32_t m = mention_at(c, a);
      if (hi + 1 == v && m != NONE32) {
        nm_entity_type t = ((const nm_mention *)c->d->mentions.data)[m].type;
        if (t == NM_ENT_PERSON || t == NM_ENT_ORG) return a;
      }
    }
  if (passive(c, v)) {
    for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
      if ((rel_is(c, k, "obl:agent") || (rel_base(c, k, "obl") && case_word(c, k, "by"))) &&
          !bare_means(c, k) && !np_cut(c, k)) /* (not "according to the United Nations") */
        return k;
    /* "were killed in Israeli shelling": the actor behind an action noun
     * (a common noun, not a place) in an in- or from-phrase */
    for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
      if (rel_base(c, k, "obl") && !strcmp(upos(c, k), "NOUN") && k > v &&
          (case_word(c, k, "in") || case_word(c, k, "from")) && child(c, k, "amod", false) >= 0 &&
          capitalised(c, child(c, k, "amod", false)))
        return k; /* (an actor's adjective: not "abducted from a secondary school"; after
                   * the verb: "The workers, from the Mexican nonprofit X, were seized") */
    return -1;
  }
  if (depth > 8) return -1;
  int32_t h = c->head[v];
  if (h < 0) return -1;
  if (rel_base(c, v, "xcomp") || rel_base(c, v, "conj")) {
    if (rel_base(c, v, "xcomp")) { /* object control: "urged Y to attack": Y */
      int32_t o = object_of(c, h);
      if (o >= 0) return o;
      /* "Erdogan is expected to visit", "was asked to mediate": the
       * passive's subject is the one who visits or mediates */
      if (passive(c, h) && (o = child(c, h, "nsubj:pass", false)) >= 0) return o;
    }
    if (rel_base(c, v, "conj") && child(c, v, "nsubj:pass", false) >= 0) return -1;
    if (passive(c, h) && rel_base(c, v, "conj")) return -1;
    return subject_of(c, h, depth + 1);
  }
  /* "rebels believed to ...", but not "an appeal for deploying troops";
   * nor a participle the noun undergoes, with no complement or object
   * ("poor people caught between two governments": they are caught) */
  if (rel_is(c, v, "acl") && headline_passive(c, v)) return -1;
  if (rel_is(c, v, "acl") && nounish(c, h) && child(c, v, "mark", false) < 0) {
    /* (with an object, or on a noun that could be a clause's subject,
     * it is a misread past tense: "deputies held talks", "… and Chinese
     * officials reacted angrily") */
    bool argument = rel_base(c, h, "obj") || rel_base(c, h, "obl") || rel_base(c, h, "nmod") ||
                    rel_base(c, h, "iobj") || child(c, h, "cop", false) >= 0;
    /* (or a form that is only ever a participle: "An 8-year-old girl
     * taken to the district hospital remained …" was taken) */
    static const char *const participles[] = {
        "taken",  "given",  "driven", "seen",   "shown",   "known",   "thrown",  "beaten",
        "stolen", "chosen", "broken", "frozen", "hidden",  "written", "ridden",  "flown",
        "drawn",  "sworn",  "torn",   "shaken", "slain",   "forgotten", "bitten", "spoken",
        "done",   "gone",   "begun",  "withdrawn", "overthrown", "overtaken", "forbidden",
        "mistaken", "undertaken", "forgiven", NULL};
    bool only_participle = false;
    for (size_t q = 0; participles[q] && !only_participle && !strcmp(xpos(c, v), "VBN"); q++)
      only_participle = word_is_ci(c, v, participles[q]);
    if (!strcmp(xpos(c, v), "VBN") && child(c, v, "xcomp", false) < 0 &&
        child(c, v, "obj", false) < 0 && (argument || only_participle))
      return -1;
    /* ("A Chinese Foreign Ministry spokesman, asked about the incident,
     * said": a participle set off by commas after its noun, with no object,
     * is what the noun underwent, whatever the tagger took its form for) */
    size_t fl;
    const char *fw = nm_tok_text(c->d, c->first + (size_t)v, &fl);
    if (v > 0 && word_is_ci(c, v - 1, ",") && child(c, v, "obj", false) < 0 &&
        child(c, v, "xcomp", false) < 0 && fl > 3 && !memcmp(fw + fl - 2, "ed", 2) &&
        (!strcmp(xpos(c, v), "VBN") || !strcmp(xpos(c, v), "VBD")))
      return -1;
    /* "marched toward parliament chanting slogans": an -ing participle
     * after the goal of a motion is its mover's, the motion verb's
     * subject, not the goal's */
    static const char *const goal[] = {"toward", "towards", "to", "into", "through", "past",
                                       "across", NULL};
    /* "read a statement on state television saying …": what a statement
     * that someone reads, issues or posts says is that one's */
    static const char *const texts[] = {"statement", "letter", "message", "communique", "note",
                                        "speech", "video", NULL};
    static const char *const deliver[] = {"read", "issue", "release", "publish", "post", "send",
                                          "deliver", "give", "make", NULL};
    if (!strcmp(xpos(c, v), "VBG") && v > h && word_in(lemma(c, h), texts) &&
        rel_base(c, h, "obj") && c->head[h] >= 0 && word_in(lemma(c, c->head[h]), deliver))
      return subject_of(c, c->head[h], depth + 1);
    /* (of a verb of motion: "appealed to donors meeting in Geneva" is
     * the donors' meeting, not the appeal's maker's) */
    static const char *const motion[] = {"march",  "walk",  "move",  "head",    "drive", "run",
                                         "go",     "come",  "travel", "rush",   "flee",  "return",
                                         "advance", "push", "sail",  "fly",     "ride",  "parade",
                                         "stream", "proceed", "surge", "converge", "pour", NULL};
    if (!strcmp(xpos(c, v), "VBG") && v > h && rel_base(c, h, "obl") && c->head[h] >= 0 &&
        dep_lemma_in(c, h, "case", goal) && !strcmp(upos(c, c->head[h]), "VERB") &&
        word_in(lemma(c, c->head[h]), motion))
      return subject_of(c, c->head[h], depth + 1);
    return h;
  }
  if (rel_is(c, v, "acl:relcl") && nounish(c, h)) return h;
  /* "Authorities shut the crossing, accusing the RSF of smuggling
   * weapons": a gerund of accusing or blaming set off after its verb, with
   * no marker, is said by that verb's subject */
  static const char *const blame[] = {"accuse", "blame", "condemn", "denounce", "criticize",
                                      "criticise", NULL};
  if (rel_base(c, v, "advcl") && v > h && !strcmp(xpos(c, v), "VBG") &&
      child(c, v, "mark", false) < 0 && word_in(lemma(c, v), blame) && v > 0 &&
      word_is_ci(c, v - 1, ",")) {
    /* (over a complement: "ordered the envoy to leave within 72 hours,
     * accusing him of …" is the order's giver's accusation) */
    int32_t up = h;
    for (int k = 0; k < 3 && rel_base(c, up, "xcomp") && c->head[up] >= 0; k++)
      up = c->head[up];
    /* (the parse may hang the infinitive on the object: "ordered a Russian
     * diplomat to leave the country within 72 hours, accusing Russia's
     * military intelligence …") */
    if (up == h && rel_base(c, h, "acl") && c->head[h] >= 0 && rel_base(c, c->head[h], "obj") &&
        c->head[c->head[h]] >= 0 && child(c, h, "mark", false) >= 0)
      up = c->head[c->head[h]];
    return subject_of(c, up, depth + 1);
  }
  /* "made the announcement after meeting his Ukrainian counterpart": a
   * gerund with a marker of time, no subject of its own and an object
   * that is no place is done by its verb's subject ("without" says it was
   * not done; "before leaving for Beijing", "after leaving Eriador" are
   * departures, which the PETRARCH validation records leave uncoded; one
   * under a complement may be the upper clause's: "ordered X to leave
   * hours after signing a pact" was signed by the one who ordered) */
  static const char *const time_marks[] = {"after", "before", "while", "since", "upon",
                                           "when",  NULL};
  static const char *const depart[] = {"leave", "depart", "exit", "quit", "flee", NULL};
  /* (the parse may hang it on the verb's object: "made the announcement
   * after meeting …") */
  int32_t hv = h;
  if (rel_base(c, v, "acl") && rel_base(c, h, "obj") && c->head[h] >= 0) hv = c->head[h];
  int32_t go = rel_base(c, v, "advcl") || hv != h ? child(c, v, "obj", false) : -1;
  if (go >= 0 && !strcmp(xpos(c, v), "VBG") && dep_lemma_in(c, v, "mark", time_marks) &&
      !place_mention(c, go) && !word_in(lemma(c, v), depart) && !rel_base(c, hv, "xcomp"))
    return subject_of(c, hv, depth + 1);
  /* ... and any such gerund after a clause whose subject is a country or
   * a body the story names ("Mali has grown closer to Russia since the
   * coup, expelling French troops") */
  if (rel_base(c, v, "advcl") && v > h && !strcmp(xpos(c, v), "VBG") &&
      child(c, v, "mark", false) < 0 && v > 0 && word_is_ci(c, v - 1, ",") &&
      child(c, v, "obj", false) > v) {
    int32_t hs = subject_of(c, h, depth + 1);
    uint32_t hm = hs >= 0 ? mention_at(c, hs) : NONE32;
    if (hm != NONE32 && ((const nm_mention *)c->d->mentions.data)[hm].kind == NM_MENTION_NAME)
      return hs;
    /* (or an armed group's plural common noun: "Gunmen from Haiti's most
     * powerful gang coalition stormed a town …, killing at least 14
     * people") */
    static const char *const armed[] = {"gunman", "gunmen", "militant", "fighter", "rebel",
                                        "insurgent", "attacker", "assailant", NULL};
    if (hs >= 0 && hm == NONE32 &&
        ((word_in(lemma(c, hs), armed) && !strcmp(xpos(c, hs), "NNS")) ||
         word_is_ci(c, hs, "gunmen")))
      return hs;
  }
  return -1;
}

/* A prepositional phrase of time or of a place near which something
 * happened ("after the talks", "near Rafah"): when or where, not whom it was
 * done to. "in" stays a target: "arrived in Amman" is a visit to Jordan. */
static bool place_or_time_case(const ectx *c, int32_t h) {
  static const char *const w[] = {"near",   "during",     "after",   "before", "since",   "until",
                                  "within", "throughout", "across",  "around", "outside", "beyond",
                                  "via",    "through",    "despite", "amid",   "into",    "along",
                                  "upon",   "ahead",      "while",   "like",   "as",      "aboard",
                                  NULL};
  int32_t k = case_of(c, h);
  /* ("in the face of North Korea's growing arsenal", "in the wake of",
   * "in the aftermath of", "in the midst of", "in light of": when) */
  static const char *const circumstance[] = {"face", "wake", "aftermath", "midst", "light", NULL};
  if (k >= 0 && word_is_ci(c, k, "in") && word_in(lemma(c, h), circumstance) &&
      strcmp(xpos(c, h), "NN") == 0)
    return true;
  return k >= 0 && word_in(lemma(c, k), w);
}

/* Whether the mention at sentence word i names a place (GPE or LOC). */
static bool place_mention(const ectx *c, int32_t i) {
  uint32_t m = mention_at(c, i);
  if (m == NONE32) return false;
  nm_entity_type t = ((const nm_mention *)c->d->mentions.data)[m].type;
  return t == NM_ENT_GPE || t == NM_ENT_LOC;
}

/* Whether nmod k of object o is where a gathering met ("hosted talks in
 * Jeddah", "held a summit at Camp David"): the place, not the party. */
static bool gathering_noun(const ectx *c, int32_t o) {
  static const char *const gathering[] = {
      "talk",       "meeting",    "summit",   "negotiation", "conference", "consultation",
      "discussion", "dialogue",   "ceremony", "session",     "forum",      "round",
      "exercise",   "drill",      "election", "vote",        "rally",      "congress",
      "briefing",   "agreement",  "deal",     "accord",      "treaty",     "memorandum",
      "pact",       "understanding", "ceasefire", "truce",     NULL};
  return word_in(lemma(c, o), gathering);
}

static bool gathering_place(const ectx *c, int32_t o, int32_t k) {
  if (!rel_base(c, k, "nmod")) return false;
  static const char *const at[] = {"in", "at", NULL};
  int32_t k0 = case_of(c, k);
  return gathering_noun(c, o) && k0 >= 0 && word_in(lemma(c, k0), at) && place_mention(c, k);
}

/* Whether place phrase k of verb v ("in Brussels") is where a gathering
 * the verb has its own phrase for met: "approved the measures at a
 * meeting in Brussels", the place hung on the verb. */
static bool place_of_verbs_gathering(const ectx *c, int32_t v, int32_t k) {
  if (!rel_base(c, k, "obl") || !case_word(c, k, "in") || !place_mention(c, k)) return false;
  /* ... or where an agreement the verb signs was signed: "signed a peace
   * agreement with Tigrayan leaders in Pretoria" */
  static const char *const pacts[] = {"agreement", "deal", "accord", "treaty", "memorandum",
                                      "pact", NULL};
  int32_t o = child(c, v, "obj", false);
  if (!strcmp(lemma(c, v), "sign") && o >= 0 && o < k && word_in(lemma(c, o), pacts))
    return true;
  for (int32_t j = c->kid[v]; j >= 0; j = c->sib[j])
    if (j < k && rel_base(c, j, "obl") && (case_word(c, j, "at") || case_word(c, j, "during")) &&
        gathering_noun(c, j))
      return true;
  return false;
}

/* "condemned what it called Israel's aggression", "what it described as
 * an attack by Rwandan troops": the phrase a free relative "what" names,
 * or -1 */
static int32_t what_named(const ectx *c, int32_t o) {
  static const char *const naming[] = {"call", "term", "label", "brand", "dub", NULL};
  static const char *const as_naming[] = {"describe", "characterize", "characterise",
                                          "see", "view", "consider", "regard", NULL};
  if (!word_is_ci(c, o, "what")) return -1;
  for (int32_t r = c->kid[o]; r >= 0; r = c->sib[r]) {
    if (r < o || !rel_is(c, r, "acl:relcl")) continue;
    for (int32_t k = c->kid[r]; k >= 0; k = c->sib[k]) {
      if (k < r) continue;
      if (word_in(lemma(c, r), naming) && (rel_is(c, k, "obj") || rel_base(c, k, "xcomp")) &&
          nounish(c, k))
        return k;
      /* (the parse may make the as-phrase the object: "described as
       * Hezbollah weapons depots") */
      int32_t klo = k, khi;
      if (rel_is(c, k, "obj")) np_range(c, k, &klo, &khi);
      if (word_in(lemma(c, r), as_naming) && (rel_base(c, k, "obl") || rel_is(c, k, "obj")) &&
          (case_word(c, k, "as") || (klo > r && word_is_ci(c, klo, "as"))))
        return k;
    }
  }
  return -1;
}

/* Target candidates of v in order: the object (and its nmod), the
 * passive subject, prepositional objects. statement: 1 for an act that
 * happens in a place without acting on it (06), 2 for a statement (01),
 * 3 for coercion or force (17-20), whose into-phrase is a target, 0
 * otherwise. */
/* Whether phrase k is a partner's: "along with Egypt", "together with
 * the United States" (its "along" a case word of its own, or an adverb
 * before "with"). */
static bool along_with(const ectx *c, int32_t k) {
  if (!case_word(c, k, "with")) return false;
  for (int32_t q = c->kid[k]; q >= 0; q = c->sib[q])
    if (q < k && (word_is_ci(c, q, "along") || word_is_ci(c, q, "together"))) return true;
  int32_t w = k;
  for (int32_t q = c->kid[k]; q >= 0; q = c->sib[q])
    if (q < w && rel_base(c, q, "case")) w = q; /* the phrase's first case word */
  return w > 0 && (word_is_ci(c, w - 1, "along") || word_is_ci(c, w - 1, "together"));
}

/* Whether phrase k is no party whatever the verb: "without Asmara's
 * involvement" (who took no part), "in a post on social media", "in an
 * interview with the BBC" (the medium a reaction went out in). */
static bool absent_or_medium(const ectx *c, int32_t k) {
  static const char *const medium[] = {"post",     "statement", "interview", "speech",
                                       "message",  "letter",    "tweet",     "article",
                                       "editorial", "column",   "address",   "broadcast",
                                       "communique", "communiqué", "video",   "op-ed", NULL};
  if (case_word(c, k, "without")) return true;
  return case_word(c, k, "in") && word_in(lemma(c, k), medium) && mention_at(c, k) == NONE32;
}

/* Verbs of coming somewhere, whose from-place is where the subject came
 * from, no party. */
static const char *const arrival_verbs[] = {"arrive", "come", "return", "fly", "travel", NULL};

/* Verbs of going somewhere: a traveller goes with companions, not to them
 * ("a teacher who left Abu Shouk with her four children"), on a craft
 * ("arrived on a flight"), and for a purpose when the place is given with
 * "to" ("would travel to Washington for talks"). */
static const char *const travel_verbs[] = {"leave", "flee",   "travel", "go",     "walk",
                                           "return", "arrive", "fly",   "come",   "escape",
                                           "sail",  "land",   "depart", "head",   "set",
                                           "embark", "pull",  NULL};

/* Words of a quantity whose of-phrase names what is counted ("thousands
 * of troops", "hundreds of protesters"). */
static const char *const quantity_words[] = {"thousand", "hundred", "dozen", "score", "million",
                                             NULL};

/* A state's forces as an order's object: "ordered the army into the
 * prisons" (no detention, 173), "ordered army units to the frontier" (no
 * visit, 042:043). */
static const char *const ordered_forces[] = {"army",   "troop",  "soldier",   "military",
                                             "police", "force",  "guard",     "officer",
                                             "unit",   "battalion", "reinforcement", NULL};

static size_t target_candidates(const ectx *c, int32_t v, int32_t *out, size_t max,
                                int statement) {
  size_t n = 0;
  /* "blamed the attack on Afghanistan's Taliban government", "violations
   * that officials blame on Russia": whom a deed is blamed on is the
   * target, the deed is none (the parse may hang the on-phrase on it) */
  if (!strcmp(lemma(c, v), "blame")) {
    int32_t o = child(c, v, "obj", false), lo = v, hi = v;
    if (o > v) np_range(c, o, &lo, &hi);
    for (int32_t k = v + 1; k < (int32_t)c->n && n < max; k++) {
      bool under = c->head[k] == v || (k >= lo && k <= hi); /* (or deeper in the object) */
      if (under && (rel_base(c, k, "obl") || rel_base(c, k, "nmod")) && case_word(c, k, "on") &&
          !has_time(c, k, k)) { /* (not "blamed U.S. sanctions on Thursday for") */
        out[n++] = k;
        return n;
      }
    }
  }
  /* (not the delegation one heads: "The U.S. delegation was headed by") */
  static const char *const leading[] = {"lead", "head", NULL};
  static const char *const party[] = {"delegation", "team", NULL};
  if (passive(c, v)) {
    int32_t sp = phrase_child(c, v, headline_passive(c, v) ? "nsubj" : "nsubj:pass");
    if (sp >= 0 && n < max && !(word_in(lemma(c, v), leading) && word_in(lemma(c, sp), party)))
      out[n++] = sp;
  }
  /* "seven Iranian entities it accused of supplying drones": a relative
   * clause with a subject of its own and no object or relative word has
   * its gap in the object: the noun it modifies */
  if (rel_is(c, v, "acl:relcl") && c->head[v] >= 0 && !passive(c, v) && n < max &&
      child(c, v, "obj", false) < 0 && child(c, v, "ccomp", false) < 0) {
    int32_t sj = child(c, v, "nsubj", false);
    static const char *const wh[] = {"who", "which", "that", "whom", NULL};
    bool rel_word = false;
    for (int32_t k = c->kid[v]; k >= 0 && !rel_word; k = c->sib[k])
      rel_word = k < v && word_in(lemma(c, k), wh);
    int32_t g = c->head[v]; /* ("individuals and entities it accused": the first conjunct) */
    /* (not a measure on others: "imposed sanctions on two gang leaders
     * and a former senator it accused", the senator alone) */
    static const char *const on[] = {"on", "against", NULL};
    for (int up = 0; up < 4 && rel_base(c, g, "conj") && c->head[g] >= 0; up++) {
      bool measure = false;
      for (int32_t k = c->kid[c->head[g]]; k >= 0 && !measure; k = c->sib[k])
        measure = rel_base(c, k, "nmod") && dep_lemma_in(c, k, "case", on);
      if (measure) break;
      g = c->head[g];
    }
    /* (the subject right after the noun: "entities it accused") */
    if (sj >= 0 && sj < v && sj == c->head[v] + 1 && !rel_word) out[n++] = g;
  }
  /* the objects (a parse may give two: "reject outright a response"), each
   * with the phrases hanging from it */
  for (int pass = 0; pass < 2; pass++)
    for (int32_t o0 = c->kid[v]; o0 >= 0 && n < max; o0 = c->sib[o0]) {
      if (!rel_is(c, o0, pass ? "iobj" : "obj")) continue;
      /* "arrived late Saturday from Hanoi", parsed with the day as the
       * object: a time is no party (the phrases hung on it may be:
       * "converging Thursday for a rally in Lagos"), nor is where a
       * traveller came from */
      bool time_obj = has_time(c, o0, o0) && mention_at(c, o0) == NONE32;
      /* "Addis Ababa, which he accused of coveting the port": a relative
       * pronoun object is the noun its clause modifies */
      static const char *const rel_pron[] = {"which", "who", "whom", "that", NULL};
      /* (a "that" the tagger read as a subordinator, which the parse made
       * the object: "and that U.S. authorities sanctioned") */
      if (o0 < v && word_in(lemma(c, o0), rel_pron) &&
          (!strcmp(upos(c, o0), "PRON") || word_is_ci(c, o0, "that"))) {
        if (rel_is(c, v, "acl:relcl") && c->head[v] >= 0 && nounish(c, c->head[v]))
          o0 = c->head[v];
        else if (o0 >= 2 && word_is_ci(c, o0 - 1, ",") && nounish(c, o0 - 2))
          o0 = o0 - 2; /* (the clause hung elsewhere by the parse) */
        /* ("wording Cairo has used and which Ethiopian officials have
         * described as a threat": a conjunct of the relative clause) */
        else if (rel_base(c, v, "conj") && c->head[v] >= 0 &&
                 rel_is(c, c->head[v], "acl:relcl") && c->head[c->head[v]] >= 0 &&
                 nounish(c, c->head[c->head[v]]))
          o0 = c->head[c->head[v]];
        else
          continue; /* (no antecedent: no target) */
      }
      int32_t o = what_named(c, o0);
      if (o < 0) o = o0;
      /* "hosted talks in Jeddah": the place a gathering met in is no
       * target, and nor is the gathering its phrase would code */
      bool met_in = false;
      for (int32_t k = c->kid[o]; k >= 0 && !met_in; k = c->sib[k])
        met_in = gathering_place(c, o, k);
      /* "held another round of U.S.-mediated security talks": the
       * gathering's broker is no party to it */
      static const char *const brokered[] = {"mediate", "broker", "sponsor", "host",
                                             "facilitate", NULL};
      bool broker = false;
      if (gathering_noun(c, o)) {
        int32_t glo, ghi;
        np_range(c, o, &glo, &ghi);
        for (int32_t q = glo + 1; q <= ghi && q < glo + 12 && !broker; q++)
          broker = word_is_ci(c, q - 1, "-") && word_in(lemma(c, q), brokered);
      }
      if (broker) continue;
      /* "would boycott all official contact with the United States": a
       * tie is no party, its partner is (the with-phrase on the noun, or
       * on the verb where the parse hung it) */
      static const char *const ties[] = {"contact", "tie",      "relation", "dealing",
                                         "link",    "dialogue", "engagement", NULL};
      bool tie = word_in(lemma(c, o), ties) && mention_at(c, o) == NONE32;
      for (int32_t k = tie ? c->kid[v] : -1; k >= 0 && n < max; k = c->sib[k])
        if (k > o && rel_base(c, k, "obl") && case_word(c, k, "with") && !along_with(c, k))
          out[n++] = k;
      /* "dispatched an envoy to Ethiopia", "sent a special envoy, former
       * Botswana diplomat X, to both capitals": the envoy sent is the
       * sender's own, no target (where the envoy goes may be) */
      static const char *const sending[] = {"send", "dispatch", NULL};
      bool own_party = word_in(lemma(c, v), sending) && envoy_word(c, o);
      /* ... and so is the delegation one leads or heads ("X, who led the
       * Palestinian delegation", "The Iranian delegation was led by X") */
      own_party = own_party || (word_in(lemma(c, v), leading) && word_in(lemma(c, o), party));
      /* ... and so are the forces it keeps, posts or moves ("Eritrea has
       * kept some forces inside parts of Tigray", "moved artillery and
       * tanks toward the border"), when no country names them */
      static const char *const posting[] = {"keep",  "maintain", "station", "deploy", "send",
                                            "dispatch", "mass",  "amass",   "move",   "position",
                                            NULL};
      static const char *const arms[] = {"force", "troop", "troops", "soldier", "unit",
                                         "artillery", "tank", "warship", "jet", NULL};
      /* ("sent thousands of troops": the troops of the quantity) */
      int32_t ao = o;
      if (word_in(lemma(c, o), quantity_words) || !strcmp(upos(c, o), "NUM"))
        for (int32_t q = c->kid[o]; q >= 0; q = c->sib[q])
          if (q > o && rel_base(c, q, "nmod") && case_word(c, q, "of") &&
              word_in(lemma(c, q), arms))
            ao = q;
      if (word_in(lemma(c, v), posting) && word_in(lemma(c, ao), arms) &&
          mention_at(c, ao) == NONE32) {
        bool named = false; /* "Russian troops", "troops of the Sudanese army" */
        for (int32_t q = c->kid[ao]; q >= 0 && !named; q = c->sib[q])
          named = (rel_base(c, q, "amod") || rel_base(c, q, "compound") ||
                   rel_base(c, q, "nmod")) && mention_at(c, q) != NONE32;
        own_party = own_party || !named;
      }
      if (!met_in && !time_obj && !tie && !own_party) out[n++] = o;
      for (int32_t k = c->kid[o]; k >= 0 && n < max; k = c->sib[k]) {
        if (!rel_base(c, k, "nmod") || rel_is(c, k, "nmod:poss") || np_cut(c, k) ||
            gathering_place(c, o, k) || along_with(c, k) || absent_or_medium(c, k) ||
            (time_obj && case_word(c, k, "from") && word_in(lemma(c, v), arrival_verbs)))
          continue;
        /* "lodged a protest through its embassy in Beijing": the channel
         * of an act is no party to it */
        if (case_word(c, k, "through") || case_word(c, k, "via")) continue;
        /* "a memorandum of understanding in Addis Ababa": the of-phrase
         * of a gathering's or an agreement's noun is no party, nor is
         * where it was signed */
        bool where = false;
        for (int32_t q = c->kid[k]; q >= 0 && !where; q = c->sib[q])
          where = gathering_place(c, k, q);
        if (!where && !(own_party && k == ao)) out[n++] = k; /* (the troops of "thousands") */
      }
      /* "fired tear gas and water cannon at hundreds of protesters": the
       * phrase that aims the act, hung on the object's conjunct */
      static const char *const aim[] = {"at", "on", "against", NULL};
      for (int32_t cj = c->kid[o]; cj >= 0 && n < max; cj = c->sib[cj])
        if (cj > o && rel_base(c, cj, "conj"))
          for (int32_t k = c->kid[cj]; k >= 0 && n < max; k = c->sib[k])
            if (k > cj && rel_base(c, k, "nmod") && dep_lemma_in(c, k, "case", aim))
              out[n++] = k;
    }
  /* "suspended talks on joining the union": the body that talks on
   * joining it are about (the clause hung on the verb or on "talks") */
  static const char *const joining[] = {"join", "rejoin", "enter", "accede", NULL};
  static const char *const about[] = {"on", "about", "over", NULL};
  for (int32_t o = child(c, v, "obj", false), pass = 0; o >= 0 && pass < 2 && n < max; pass++)
    for (int32_t k = c->kid[pass ? o : v]; gathering_noun(c, o) && k >= 0 && n < max;
         k = c->sib[k]) {
      if (k < o || !(rel_base(c, k, "advcl") || rel_base(c, k, "acl")) ||
          !word_in(lemma(c, k), joining) ||
          !(dep_lemma_in(c, k, "mark", about) || dep_lemma_in(c, k, "case", about)))
        continue;
      int32_t b = child(c, k, "obj", false);
      if (b >= 0) out[n++] = b;
    }
  /* "struck dozens of targets used by the Houthi rebels", "shelled
   * positions held by the rebels": force aimed at things someone uses,
   * holds or controls is aimed at them (the agent of a participle on the
   * object or on the object's of-phrase), after the object itself */
  for (int32_t o = c->kid[v]; statement == 3 && o >= 0 && n < max; o = c->sib[o]) {
    if (!rel_is(c, o, "obj")) continue;
    int32_t at[2] = {o, -1};
    for (int32_t k = c->kid[o]; k >= 0 && at[1] < 0; k = c->sib[k])
      if (rel_base(c, k, "nmod") && case_word(c, k, "of")) at[1] = k;
    for (int a = 0; a < 2 && n < max; a++)
      for (int32_t p = at[a] >= 0 ? c->kid[at[a]] : -1; p >= 0 && n < max; p = c->sib[p]) {
        if (!rel_is(c, p, "acl") || strcmp(xpos(c, p), "VBN") != 0) continue;
        for (int32_t g = c->kid[p]; g >= 0 && n < max; g = c->sib[g])
          if (rel_is(c, g, "obl:agent") || (rel_base(c, g, "obl") && case_word(c, g, "by")))
            out[n++] = g;
      }
  }
  /* "sentenced former Prime Minister X", parsed with "former" as an
   * adjectival complement whose object is X: X is the verb's object */
  for (int32_t x = c->kid[v]; x >= 0 && n < max; x = c->sib[x])
    if (rel_is(c, x, "xcomp") && !strcmp(upos(c, x), "ADJ") && child(c, v, "obj", false) < 0) {
      int32_t o = child(c, x, "obj", false);
      if (o > x) out[n++] = o;
    }
  for (int32_t k = c->kid[v]; k >= 0 && n < max; k = c->sib[k]) {
    /* an agent is no target, but an active verb has none: "rejected
     * accusations by Eritrea" is a noun's by-phrase the parse hung on it */
    if (!rel_base(c, k, "obl") || rel_is(c, k, "obl:tmod") ||
        (rel_is(c, k, "obl:agent") && passive(c, v)) || rel_is(c, k, "obl:unmarked"))
      continue;
    if (passive(c, v) && case_word(c, k, "by")) continue;
    /* (nor the means of the act, and what the means' phrase names: "said
     * by telephone from the town of Ba'a") */
    if (case_word(c, k, "by") && bare_means(c, k)) continue;
    /* "near Rafah", "after the talks"; but force or coercion (statement 3)
     * into a place acts on it ("forced their way into the Mexican
     * Embassy") */
    /* nor ("struck energy facilities across Ukraine") a place named with
     * "across" or "throughout" */
    /* ("met on the sidelines of the Munich Security Conference": where
     * they met, neither party) */
    static const char *const margins[] = {"sideline", "sidelines", "margin", "margins", NULL};
    if ((case_word(c, k, "on") || case_word(c, k, "at")) && word_in(lemma(c, k), margins))
      continue;
    /* ... nor a gathering the act took place at, named by its kind with
     * no partner ("dismissed the criticism at a televised government
     * meeting": was ---GOV; "raised the issue in three Cabinet
     * meetings"; "at a meeting with Putin" keeps Putin) */
    if ((case_word(c, k, "at") || case_word(c, k, "during") || case_word(c, k, "in")) &&
        gathering_noun(c, k) && mention_at(c, k) == NONE32) {
      bool partner = false;
      for (int32_t q = c->kid[k]; q >= 0 && !partner; q = c->sib[q])
        partner = rel_base(c, q, "nmod") && (case_word(c, q, "with") || case_word(c, q, "between"));
      if (!partner) continue;
    }
    /* ... nor whom a traveller goes with ("a teacher who left Abu Shouk
     * with her four children") */
    if (word_in(lemma(c, v), travel_verbs) && case_word(c, k, "with")) continue;
    /* ... nor is a town a meeting was in, named by its kind ("Foreign
     * ministers of Congo and Rwanda met in the Angolan capital": they met
     * each other; "met in Luanda" keeps Angola as its target: a version
     * that dropped named towns too failed an event floor) */
    static const char *const meeting[] = {"meet", "gather", "convene", "confer", NULL};
    static const char *const towns[] = {"capital", "city", "town", NULL};
    /* (and so is talks': "Ethiopia's government and the OLA resumed peace
     * talks in Tanzania's commercial capital") */
    int32_t vo = child(c, v, "obj", false);
    if ((word_in(lemma(c, v), meeting) || (vo >= 0 && gathering_noun(c, vo))) &&
        case_word(c, k, "in") && word_in(lemma(c, k), towns))
      continue;
    if (place_or_time_case(c, k) &&
        !(statement == 3 &&
          (case_word(c, k, "into") || ((case_word(c, k, "across") || case_word(c, k, "throughout")) &&
                                       place_mention(c, k)))))
      continue;
    /* "forced it to sail toward the Iranian coast": where the object of
     * an upper verb is made to go is no target of the complement (it was
     * IRNMIL 170 IRN); "fired rockets toward Israel", "marched toward
     * parliament" keep theirs */
    if ((case_word(c, k, "toward") || case_word(c, k, "towards")) && rel_base(c, v, "xcomp") &&
        c->head[v] >= 0 && object_of(c, c->head[v]) >= 0)
      continue;
    if (np_cut(c, k)) continue;             /* "according to the ministry" */
    /* "detained al-Shaybani on an ICC warrant", "arrived on a flight from
     * Istanbul": the grounds of an act and the craft one travels on are
     * no party to it */
    static const char *const grounds[] = {"warrant", "charge", "suspicion", "allegation",
                                          "accusation", "basis", "ground", NULL};
    static const char *const crafts[] = {"flight", "plane", "aircraft", "jet", "boat", "ship",
                                         "vessel", "train", "bus", "helicopter", NULL};
    if ((case_word(c, k, "on") || case_word(c, k, "under")) && word_in(lemma(c, k), grounds))
      continue;
    /* "signed a ceasefire at the African Union's headquarters in Addis
     * Ababa": the building an act took place at is no party */
    static const char *const venues[] = {"headquarters", "hotel", "palace", "residence",
                                         "venue", "compound", NULL};
    if ((case_word(c, k, "at") || case_word(c, k, "in")) && word_in(lemma(c, k), venues) &&
        mention_at(c, k) == NONE32)
      continue;
    if ((case_word(c, k, "on") || case_word(c, k, "by")) && word_in(lemma(c, k), crafts) &&
        word_in(lemma(c, v), travel_verbs))
      continue;
    if (place_of_verbs_gathering(c, v, k)) continue;
    /* "approved the measures at a meeting in Brussels": a gathering the
     * act took place at, with the place it met in, is neither party */
    /* ... and so is one to be gone back to or joined ("return to talks
     * in Jeddah"; but "traveled to talks in Cairo" visits Egypt) */
    static const char *const travel[] = {"travel", "go", "fly", "come", "head", "arrive",
                                         "journey", "send", "dispatch", "invite", NULL};
    /* "arrived late Saturday from Hanoi": where a traveller comes from is
     * no visit (was USAGOV VNM 040) */
    if (case_word(c, k, "from") && word_in(lemma(c, v), arrival_verbs) && place_mention(c, k))
      continue;
    if (case_word(c, k, "at") || case_word(c, k, "during") || case_word(c, k, "in") ||
        ((case_word(c, k, "to") || case_word(c, k, "for")) && !word_in(lemma(c, v), travel))) {
      bool met_in = false;
      for (int32_t q = c->kid[k]; q >= 0 && !met_in; q = c->sib[q]) {
        met_in = gathering_place(c, k, q);
        /* ... or a gathering one phrase down ("agreed to a ceasefire
         * after talks in Moscow") */
        for (int32_t q2 = rel_base(c, q, "nmod") ? c->kid[q] : -1; q2 >= 0 && !met_in;
             q2 = c->sib[q2])
          met_in = gathering_place(c, q, q2);
      }
      if (met_in) continue;
    }
    /* a bare noun phrase before the verb is a misparsed subject or
     * description ("The EU's foreign policy chief, Josep Borrell,
     * condemned"), no prepositional object */
    if (k < v && child(c, k, "case", false) < 0) continue;
    /* a phrase fronted before the subject says where or when ("In his
     * inaugural address in Taipei, Lai called on Beijing …") */
    if (k < v && phrase_child(c, v, "nsubj") > k) continue;
    /* "said in Tel Aviv"; and a statement's in-phrase is never its
     * target ("..., his party said, in the latest blow to the opposition
     * leader") */
    if ((statement == 1 || statement == 2) && case_word(c, k, "in") &&
        (statement == 2 || (mention_at(c, k) != NONE32 && place_mention(c, k))))
      continue;
    /* "he said at a cabinet meeting in Yerevan": where a statement was
     * made is not whom it is made to */
    if ((statement == 1 || statement == 2) && case_word(c, k, "at")) continue;
    /* nor when ("said on Friday in Beijing": the day, with the place hung
     * on it) */
    if ((statement == 1 || statement == 2) && case_word(c, k, "on") && has_time(c, k, k) &&
        mention_at(c, k) == NONE32)
      continue;
    /* "said on social media", "told state television": the medium a
     * statement went out on is not whom it is made to */
    static const char *const media[] = {"television", "tv", "TV", "radio", "media", "X",
                                        "station", /* ("speaking on a radio station") */
                                        "Twitter", "Facebook", "Telegram", "Instagram",
                                        "website", "broadcast", "channel", "platform", "air",
                                        "airwaves", "podcast", NULL};
    if ((statement == 1 || statement == 2) && word_in(lemma(c, k), media) &&
        (case_word(c, k, "on") || case_word(c, k, "over") || case_word(c, k, "via") ||
         case_word(c, k, "through")))
      continue;
    /* "launched 20 missiles, in violation of U.N. Security Council
     * resolutions": what an act breaches or defies is no one it is done
     * to */
    static const char *const breach[] = {"violation", "breach", "defiance", "contravention",
                                         NULL};
    if (case_word(c, k, "in") && word_in(lemma(c, k), breach)) continue;
    /* "rival governments clash over the central bank", "fought over
     * water rights": what a quarrel is over is its subject, not a side */
    static const char *const quarrel[] = {"clash", "fight", "quarrel", "argue", "feud", "spar",
                                          "wrangle", "bicker", "squabble", "row", "dispute",
                                          "disagree", "split",
                                          /* "traded accusations over the deaths of
                                           * South African soldiers" */
                                          "trade",   "exchange", "accuse", "blame", NULL};
    if (case_word(c, k, "over") && word_in(lemma(c, v), quarrel)) continue;
    /* "seized the ship under a court order", "under pressure from": what
     * an act is done under is no one it is done to */
    static const char *const under[] = {"order",   "law",   "pressure", "agreement", "deal",
                                        "rule",    "guise", "pretext",  "cover",     "term",
                                        "threat",  "plan",  "mandate",  "authority", NULL};
    if (case_word(c, k, "under") && word_in(lemma(c, k), under)) continue;
    /* "expelled 138 foreigners on two air force planes": the craft an act
     * is carried out on is no one it is done to */
    static const char *const craft[] = {"plane", "aircraft", "flight", "jet", "helicopter",
                                        "ship",  "vessel",   "boat",   "bus", "train", "truck",
                                        NULL};
    /* (not "fired on a vessel": only for acts of carrying people) */
    static const char *const carry[] = {"expel",  "deport", "send",     "fly",    "carry",
                                        "return", "bring",  "evacuate", "transfer",
                                        "repatriate", "move", NULL};
    if (word_in(lemma(c, k), craft) && word_in(lemma(c, v), carry) &&
        (case_word(c, k, "on") || case_word(c, k, "aboard") || case_word(c, k, "by")))
      continue;
    /* "held … in exchange for 150 Palestinian prisoners", "in return
     * for": what is given back is no target; "along with Egypt and the
     * United States": partners are none either */
    if (case_word(c, k, "in") && (word_is_ci(c, k, "exchange") || word_is_ci(c, k, "return")))
      continue;
    if (along_with(c, k) || absent_or_medium(c, k)) continue;
    out[n++] = k;
  }
  return n;
}

/* The subjects of the if- and unless-clauses of verb v and of the verbs
 * below it through complements and purpose clauses ("threatened to stop
 * the talks to ... if Y ..."), at most max. */
static size_t condition_subjects(const ectx *c, int32_t v, int depth, int32_t *out, size_t max) {
  static const char *const cond[] = {"if", "unless", NULL};
  size_t n = 0;
  for (int32_t k = c->kid[v]; k >= 0 && n < max; k = c->sib[k]) {
    bool adv = rel_base(c, k, "advcl");
    if (adv && dep_lemma_in(c, k, "mark", cond)) {
      int32_t s = child(c, k, "nsubj", false);
      if (s >= 0) out[n++] = s;
    } else if (depth < 3 && (adv || rel_base(c, k, "xcomp"))) {
      n += condition_subjects(c, k, depth + 1, out + n, max - n);
    }
  }
  return n;
}

/* The target candidates of the purpose clauses ("to protest X", "to
 * demand X") of verb v and of its objects, at most max. */
static size_t purpose_targets(const ectx *c, int32_t v, int32_t *out, size_t max) {
  static const char *const to[] = {"to", NULL};
  size_t n = 0;
  int32_t at[2] = {v, object_of(c, v)};
  for (int a = 0; a < 2; a++) {
    if (at[a] < 0) continue;
    for (int32_t k = c->kid[at[a]]; k >= 0 && n < max; k = c->sib[k]) {
      if (!(rel_base(c, k, "advcl") || rel_is(c, k, "acl")) || !dep_lemma_in(c, k, "mark", to))
        continue;
      size_t m = target_candidates(c, k, out + n, max - n, 0);
      /* "Sweden's decision": the owner, when the phrase itself does not code */
      for (size_t j = n, e = n + m; j < e && n + m < max; j++) {
        int32_t ps = child(c, out[j], "nmod:poss", false);
        if (ps >= 0) out[n + m++] = ps;
      }
      n += m;
    }
  }
  return n;
}

/* ------------------------------------------------------------------ */
/* Events                                                               */

typedef struct vcode {
  int32_t v, last;
  const char *code, *pattern;
  const char *code2;  /* a paired code: the target's event back to the source */
  int32_t evidence_v; /* the first word of the evidence: v, or the upper verb */
  int32_t src, tgt;   /* NP heads, or -1 */
  bool compound;
  bool skip;
  int nhit; /* the words the pattern matched (pmatch) */
  int32_t hit[MAX_HITS];
} vcode;

/* Whether a CAMEO code is physical force: assault, fight, mass violence
 * (18-20). */
static bool force_code(const char *code) {
  return (code[0] == '1' && (code[1] == '8' || code[1] == '9')) ||
         (code[0] == '2' && code[1] == '0');
}

static size_t code_conjuncts(const ectx *c, int32_t h, int32_t *tgts, acode *ta, uint32_t *te);
/* "Lebanon's prime minister condemned the strikes", "The United States
 * condemned the detention": a disapproval or rejection (11, 12) of a deed
 * of force or coercion that names no actor of its own is aimed at the
 * deed's doer: the source of the last event of material conflict (quad
 * class 4) whose verb does such a deed ("struck", "bombed" for strikes;
 * "detained", "arrested" for a detention), coded in the sentence or the
 * eight before, when that is not the disapproving source's own country.
 * Returns 1 with the target, or 0. */
static const char *const deed_verbs[][12] = {
    {"strike", "strike", "bomb", "hit", "shell", "pound", "target", NULL},
    {"airstrike", "strike", "bomb", "hit", "pound", "target", NULL},
    {"attack", "attack", "strike", "bomb", "hit", "shell", "storm", "raid", "ambush", "launch",
     "fire", NULL},
    {"assault", "attack", "strike", "storm", "raid", "assault", NULL},
    {"bombing", "bomb", "strike", "hit", NULL},
    {"shelling", "shell", "fire", "pound", NULL},
    {"raid", "raid", "storm", "force", "enter", NULL},
    {"launch", "launch", "fire", NULL},
    {"test", "test", "launch", "fire", NULL},
    {"killing", "kill", "shoot", NULL},
    {"arrest", "arrest", "detain", "seize", NULL},
    {"detention", "detain", "arrest", "seize", "abduct", NULL},
    {"abduction", "abduct", "kidnap", "seize", NULL},
    {"kidnapping", "kidnap", "abduct", "seize", NULL},
    {"seizure", "seize", "capture", NULL},
    {"incursion", "enter", "cross", "invade", "attack", NULL},
    {"invasion", "invade", "attack", NULL},
    {"offensive", "launch", "attack", "advance", NULL},
    {"execution", "execute", "hang", NULL},
    {"crackdown", "arrest", "detain", "disperse", NULL},
    {"expulsion", "expel", "order", NULL},
    /* words, not force: "rejected the accusation", "dismissed the threat" */
    {"accusation", "accuse", "blame", NULL},
    {"charge", "accuse", "blame", NULL},
    {"claim", "accuse", "blame", "claim", "allege", NULL},
    {"allegation", "accuse", "allege", "blame", NULL},
    {"criticism", "criticize", "criticise", "condemn", "denounce", "accuse", NULL},
    {"threat", "threaten", "warn", NULL},
    /* and appeals, which are no conflict: "Israel rejected the call" */
    {"call", "call", "urge", "appeal", NULL},
    {"demand", "demand", "call", "urge", NULL},
    {"request", "request", "ask", "call", NULL},
    {"appeal", "appeal", "urge", "call", NULL},
    {"plea", "plead", "appeal", "urge", NULL},
    {"proposal", "propose", "offer", "present", NULL},
    {"offer", "offer", "propose", NULL},
    /* and decisions: "The African Union suspended Niger's membership …
     * The junta rejected the decision" */
    {"decision", "decide", "suspend", "impose", "order", "ban", "expel", "approve", NULL},
    {"ruling", "rule", "order", NULL},
    /* and what a state or body did: "The European Union imposed travel
     * bans … Opposition figures welcomed the move" */
    {"move", "impose", "suspend", "ban", "expel", "order", "decide", "recall", "close", "freeze",
     "approve", NULL},
    {"measure", "impose", "approve", "adopt", "announce", NULL},
    {"sanction", "impose", NULL},
};

/* Of those, the deeds of any kind of event: appeals and proposals are
 * cooperation (quad class 1), though a demand is not. */
static const char *const any_class_deeds[] = {"call",     "demand", "request", "appeal", "plea",
                                              "proposal", "offer",  "decision", "ruling", "move",
                                              "measure",  NULL};

/* The first of tokens [lo, hi) that starts at or after byte at (tokens
 * are in text order), or hi. */
static size_t token_from(const nm_token *tk, size_t lo, size_t hi, size_t at) {
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (tk[mid].start < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The lemma of the word whose text starts at byte `at` in sentence si,
 * or "" (a binary search: a sentence may hold a million words). */
static const char *lemma_at(const ectx *c, uint32_t si, size_t at) {
  if (si >= c->d->sentences.n) return "";
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + si;
  const nm_token *tk = (const nm_token *)c->d->tokens.data;
  size_t end = (size_t)s->first_token + s->n_tokens, k = token_from(tk, s->first_token, end, at);
  return k < end && tk[k].start == at && c->tg[k].lemma ? c->tg[k].lemma : "";
}

/* Whether two codes are one side: the same code, a country and one of
 * its own (ISR, ISRGOV), or two of its state's bodies (ISRGOV, ISRMIL);
 * not a state's body and its armed opponents (SDNMIL, SDNREB: the army
 * denies what the rebels accuse it of). */
static bool state_role3(const char *r) {
  for (size_t k = 0; state_roles[k]; k++)
    if (!strncmp(r, state_roles[k], 3)) return true;
  return false;
}

static bool same_side(const char *a, const char *b) {
  if (!strcmp(a, b)) return true;
  return strncmp(a, b, 3) == 0 &&
         (strlen(a) == 3 || strlen(b) == 3 || (state_role3(a + 3) && state_role3(b + 3)));
}

static size_t deed_doer_target(const ectx *c, const vcode *vc, const int32_t *cand, size_t nc,
                               const acode *sa, size_t nsc, int32_t *tgts, acode *ta,
                               uint32_t *te) {
  /* (also a denial, 016, of an accusation: "rejected the accusation",
   * "denied the charge", aimed at the accuser) */
  bool denial = !strcmp(vc->code, "016");
  /* (and approval, 05: "Opposition figures welcomed the decision", aimed
   * at the one who decided) */
  bool approval = vc->code[0] == '0' && vc->code[1] == '5';
  if (nsc == 0 || (!denial && !approval &&
                   (vc->code[0] != '1' || (vc->code[1] != '1' && vc->code[1] != '2'))))
    return 0;
  int32_t deed = -1;
  const char *const *verbs = NULL;
  for (size_t k = 0; k < nc && deed < 0; k++) {
    if (cand[k] < 0 || strcmp(upos(c, cand[k]), "NOUN") != 0 || !rel_base(c, cand[k], "obj"))
      continue;
    verbs = NULL;
    for (size_t q = 0; q < sizeof deed_verbs / sizeof *deed_verbs && !verbs; q++)
      if (!strcmp(lemma(c, cand[k]), deed_verbs[q][0])) verbs = deed_verbs[q] + 1;
    if (!verbs || (denial && strcmp(verbs[0], "accuse") != 0)) continue;
    int32_t lo, hi;
    np_range(c, cand[k], &lo, &hi);
    bool named = false;
    for (int32_t i = lo; i <= hi && !named; i++)
      named = mention_at(c, i) != NONE32 || is_pronoun(c, i);
    if (!named) deed = cand[k];
  }
  if (deed < 0) return 0;
  const nm_event *ev = (const nm_event *)c->d->events.data;
  bool any_class = word_in(lemma(c, deed), any_class_deeds);
  /* (at most 64 events back: one sentence may hold thousands) */
  for (size_t j = c->d->events.n, seen = 0; j-- > 0 && seen++ < 64;) {
    /* (eight sentences back: a wire story's reactions follow its other
     * news, "Iraq's Foreign Ministry condemned the strikes" six sentences
     * after "Turkish warplanes struck …") */
    if (ev[j].sentence + 8 < c->si) break;
    /* a country's act; an appeal or proposal also a body's ("the
     * European Union called on Israel to halt …") */
    if ((ev[j].quad_class < 3 && !any_class) || !ev[j].source_code ||
        !(bare_country_prefix(ev[j].source_code) ||
          (any_class && ev[j].source_code[0] && ev[j].source_code[0] != '-')) ||
        !word_in(lemma_at(c, ev[j].sentence, ev[j].evidence.start), verbs))
      continue;
    if (same_side(ev[j].source_code, sa[0].code)) return 0; /* the source's own */
    memset(&ta[0], 0, sizeof ta[0]);
    snprintf(ta[0].code, sizeof ta[0].code, "%s", ev[j].source_code);
    snprintf(ta[0].reason, sizeof ta[0].reason, "the doer of the deed disapproved of");
    ta[0].rank = 2;
    te[0] = ev[j].source < c->d->entities.n ? ev[j].source : NONE32;
    tgts[0] = deed;
    return 1;
  }
  /* ... else the subject of a sentence before, of five at most, whose
   * main verb does the deed though it coded no event ("North Korea fired
   * several ballistic missiles into the sea … condemned the launch"): the
   * story's actor that subject names (sentences of 200 words or fewer) */
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  for (uint32_t si = c->si; si-- > 0 && si + 5 >= c->si;) {
    if (ss[si].n_tokens > 200) continue;
    uint32_t f = ss[si].first_token, r = NONE32, sb = NONE32;
    for (uint32_t k = f; k < f + ss[si].n_tokens && r == NONE32; k++)
      if (c->tg[k].head == 0 && c->tg[k].deprel) r = k;
    if (r == NONE32 || !c->tg[r].lemma || !word_in(c->tg[r].lemma, verbs)) continue;
    for (uint32_t k = f; k < r && sb == NONE32; k++)
      if (c->tg[k].head == r - f + 1 && c->tg[k].deprel && !strcmp(c->tg[k].deprel, "nsubj"))
        sb = k;
    uint32_t mi = sb != NONE32 ? c->tok_mention[sb] : NONE32;
    uint32_t e = mi != NONE32 ? ((const nm_mention *)c->d->mentions.data)[mi].entity : NONE32;
    if (e >= c->d->entities.n || !bare_country_prefix(c->ent[e].code)) return 0;
    if (same_side(c->ent[e].code, sa[0].code)) return 0; /* the source's own */
    ta[0] = c->ent[e];
    snprintf(ta[0].reason, sizeof ta[0].reason, "the doer of the deed disapproved of");
    te[0] = e;
    tgts[0] = deed;
    return 1;
  }
  return 0;
}

/* "British aircraft struck radar sites near Hodeidah": force used on a
 * thing that no actor owns (the object codes nothing) is used on the
 * country of the place it is near, unless that is the doer's own. The
 * place phrase is the verb's (where, for other acts: "met near Rafah"). */
static size_t near_place_target(const ectx *c, const vcode *vc, const acode *sa, size_t nsc,
                                int32_t *tgts, acode *ta, uint32_t *te) {
  static const char *const near[] = {"near", "outside", "around", NULL};
  if (!force_code(vc->code) || nsc == 0 || object_of(c, vc->v) < 0) return 0;
  for (int32_t k = c->kid[vc->v]; k >= 0; k = c->sib[k]) {
    if (!rel_base(c, k, "obl") || !dep_lemma_in(c, k, "case", near) || !place_mention(c, k))
      continue;
    size_t nt = code_conjuncts(c, k, tgts, ta, te);
    if (nt && bare_country(ta[0].code) && strncmp(ta[0].code, sa[0].code, 3) != 0) return nt;
  }
  return 0;
}

/* Whether the phrase of h is words the pattern itself matched ("vowed to
 * continue the military campaign": "- * {&MILITARY CAMPAIGN} [190]") up
 * to its head, bar determiners and numbers: the act's name, not an
 * actor. */
static bool pattern_phrase(const ectx *c, const vcode *vc, int32_t h) {
  int32_t lo, hi, words = 0;
  np_range(c, h, &lo, &hi);
  for (int32_t t = lo; t <= h; t++) { /* the words up to the head */
    if (!strcmp(upos(c, t), "DET") || !strcmp(upos(c, t), "PUNCT") || !strcmp(upos(c, t), "NUM"))
      continue;
    bool in = false;
    for (int k = 0; k < vc->nhit && !in; k++)
      in = vc->hit[k] == t;
    if (!in) return false;
    words++;
  }
  /* ... but a pattern of one actor's word as the object ("- * &MILITARY
   * [111]": "accused the army of using the camp") names whom the act is
   * aimed at ("returned from exile" keeps its act's name) */
  acode a;
  if (words == 1 && rel_base(c, h, "obj") && code_words(c, h, h, h, &a)) return false;
  return true;
}

/* Whether h heads a text (a law, a decree, a code …) that codes only by
 * the actor's words that modify it ("a revised armed forces law", "the
 * criminal procedure code"), a role with no country: no actor ("the
 * Chinese security law" is China's). */
static bool text_noun(const ectx *c, int32_t h, const char *code) {
  static const char *const texts[] = {"law",        "bill", "decree",       "statute",
                                      "regulation", "rule", "constitution", "amendment",
                                      "code",       "section", "charter",   NULL};
  acode a;
  return h >= 0 && code && !strncmp(code, "---", 3) &&
         (!strcmp(upos(c, h), "NOUN") || !strcmp(upos(c, h), "PROPN")) &&
         (word_in(lemma(c, h), texts) || word_is_ci(c, h, "section")) &&
         mention_at(c, h) == NONE32 &&
         !code_words(c, h, h, h, &a);
}

/* Whether phrase h is a thing only an adjective makes an actor's:
 * "military pressure", "a military agreement" (a common noun that codes
 * nothing alone, no name in the phrase, an adjective for a role). */
static bool adjective_actor(const ectx *c, int32_t h) {
  if (strcmp(upos(c, h), "NOUN") != 0) return false;
  acode a;
  if (code_words(c, h, h, h, &a)) return false;
  int32_t lo, hi;
  np_range(c, h, &lo, &hi);
  bool adj = false;
  for (int32_t t = lo; t <= hi; t++) {
    if (mention_at(c, t) != NONE32) return false;
    if (t != h && c->head[t] == h && rel_base(c, t, "amod") && !strcmp(upos(c, t), "ADJ") &&
        code_words(c, t, t, t, &a))
      adj = true;
    else if (t != h && c->head[t] == h && (rel_base(c, t, "compound") || rel_base(c, t, "nmod")) &&
             code_words(c, t, t, t, &a))
      return false; /* "police raid", "troops of X": an actor's word */
  }
  return adj;
}

/* Whether phrase h names a thing by where it was made: "Iranian-designed
 * Shahed drones", "Russian-made jets", "U.S.-supplied missiles" (the
 * maker is no one the act is done to, nor the doer). */
static bool made_by_phrase(const ectx *c, int32_t h) {
  static const char *const made[] = {"design", "make", "build", "supply", "produce",
                                     "manufacture", "provide", NULL};
  if (strcmp(upos(c, h), "NOUN") != 0 || mention_at(c, h) != NONE32) return false;
  int32_t lo, hi;
  np_range(c, h, &lo, &hi);
  for (int32_t t = lo + 1; t + 1 <= hi && t < h; t++)
    if (word_is_ci(c, t, "-") && word_in(lemma(c, t + 1), made) && mention_at(c, t - 1) != NONE32)
      return true;
  /* (or its of-phrase's: "a new package of U.S.-made Patriot interceptors") */
  for (int32_t q = c->kid[h]; q >= 0; q = c->sib[q])
    if (q > h && rel_base(c, q, "nmod") && case_word(c, q, "of") && made_by_phrase(c, q))
      return true;
  return false;
}

/* Whether the pattern's own noun heads phrase h and no name is in it:
 * "threatened to launch a new military offensive" (OFFENSIVE), a target
 * only when nothing else in the sentence is one. */
static bool pattern_head(const ectx *c, const vcode *vc, int32_t h) {
  bool head_hit = false;
  for (int k = 0; k < vc->nhit && !head_hit; k++)
    head_hit = vc->hit[k] == h;
  /* (or the noun of a quantity that heads the phrase: "sent hundreds of
   * additional troops to the region") */
  static const char *const amounts[] = {"hundred", "thousand", "dozen", "score",
                                        "number",  "million",  NULL};
  for (int32_t q = c->kid[h]; !head_hit && q >= 0 && word_in(lemma(c, h), amounts);
       q = c->sib[q])
    for (int k = 0; k < vc->nhit && !head_hit && q > h && rel_base(c, q, "nmod"); k++)
      head_hit = vc->hit[k] == q;
  if (!head_hit) return false;
  /* ... but an actor's word as the object ("- * &MILITARY [111]":
   * "accused the army of bombing homes in nearby villages") is whom a
   * hostile act (10-20) is aimed at, as in pattern_phrase(); troops given
   * or sent ("ready to contribute 4,000 troops to a force in Liberia",
   * [072]; "sent troops to the border", a show of force, 15) are the
   * thing, not the target */
  acode a;
  bool hostile = (vc->code[0] == '1' && vc->code[1] != '5') || !strncmp(vc->code, "20", 2);
  if (hostile && rel_base(c, h, "obj") && code_words(c, h, h, h, &a)) return false;
  int32_t lo, hi;
  np_range(c, h, &lo, &hi);
  for (int32_t t = lo; t <= hi; t++)
    if (mention_at(c, t) != NONE32) return false;
  return true;
}

static const char *intern(nm_doc *d, const char *s) {
  return s ? nm_arena_strndup(&d->arena, s, strlen(s)) : NULL;
}

/* "American and British aircraft", "Russian and Syrian troops": a head
 * whose origin before it joins countries by "and" is one actor for each
 * country, with the head's role (ta[0], already coded with one of them).
 * Returns the number of actors, 1 when the head has no such origin. */
static size_t joined_origins(const ectx *c, int32_t h, int32_t *tgts, acode *ta, uint32_t *te) {
  int32_t m = -1;
  for (int32_t k = c->kid[h]; k >= 0 && m < 0; k = c->sib[k])
    if (k < h && (rel_base(c, k, "amod") || rel_base(c, k, "compound")) &&
        child(c, k, "conj", false) > k && child(c, k, "conj", false) < h)
      m = k;
  if (m < 0) return 1;
  int32_t at[8];
  size_t n = 0;
  at[n++] = m;
  for (int32_t k = c->kid[m]; k >= 0 && n < 8; k = c->sib[k])
    if (k < h && rel_base(c, k, "conj")) at[n++] = k;
  acode a[8];
  uint32_t e[8];
  bool mine = false; /* the head's code is one of the joined countries' */
  for (size_t q = 0; q < n; q++) {
    if (mention_at(c, at[q]) == NONE32 || !code_np(c, at[q], &a[q], &e[q]) ||
        !bare_country(a[q].code))
      return 1;
    mine = mine || !strncmp(a[q].code, ta[0].code, 3);
  }
  if (n < 2 || !mine) return 1;
  char role[CODE_CAP];
  snprintf(role, sizeof role, "%s", ta[0].code + 3);
  for (size_t q = 0; q < n; q++) {
    char code[CODE_CAP];
    snprintf(code, sizeof code, "%.3s%.40s", a[q].code, role);
    ta[q] = ta[0];
    snprintf(ta[q].code, sizeof ta[q].code, "%s", code);
    snprintf(ta[q].reason, sizeof ta[q].reason, "one of the countries joined before the head");
    te[q] = e[q];
    tgts[q] = q == 0 ? tgts[0] : at[q];
  }
  return n;
}

/* "called on both countries to exercise restraint", "the two
 * governments": a plural country noun with "both" or "two" names two of
 * the last six countries the story named before it, in its sentence and
 * the sixteen before: a pair it names together, else the two it names
 * most (their entities and codes, with
 * GOV for governments, into tgts, ta and te); returns 2, or 0 when there
 * are not two. */
/* Whether document token k follows a preposition of place: the pair it
 * opens, in a sentence before, names places something lies in
 * ("kickbacks paid into accounts in Portugal and Uruguay", before "both
 * countries had signed a treaty" in a story on Brazil and Portugal), not
 * two parties. (In the sentence itself such a pair may be the parties:
 * "Farmers in Hungary and Slovakia have staged protests, and both
 * governments …".) */
static bool after_place_prep(const ectx *c, uint32_t k) {
  static const char *const preps[] = {"in", "into", "to", "from", "through", "via", "across", NULL};
  if (k == 0) return false;
  size_t len;
  const char *t = nm_tok_text(c->d, k - 1, &len);
  for (size_t q = 0; preps[q]; q++)
    if (len == strlen(preps[q]) && !memcmp(t, preps[q], len)) return true;
  return false;
}

/* The country of the one that acts between the two a "between" phrase
 * h names ("the 15th it had facilitated between the two countries": it,
 * the UAE's ministry), into out ("" when none): it is neither of them. */
static void between_actor_country(const ectx *c, int32_t h, char out[4]) {
  out[0] = 0;
  if (h < 0 || !case_word(c, h, "between")) return;
  int32_t v = c->head[h];
  for (int up = 0; up < 4 && v >= 0 && strcmp(upos(c, v), "VERB") != 0; up++)
    v = c->head[v];
  int32_t sj = v >= 0 ? subject_of(c, v, 0) : -1;
  acode sa;
  uint32_t se;
  if (sj >= 0 && sj != h && code_np(c, sj, &sa, &se) && bare_country_prefix(sa.code))
    snprintf(out, 4, "%.3s", sa.code);
}

static size_t both_countries(const ectx *c, int32_t h, int32_t *tgts, acode *ta, uint32_t *te) {
  static const char *const nouns[] = {"country", "nation", "neighbor", "neighbour",
                                      "government", NULL};
  if (h < 0 || strcmp(xpos(c, h), "NNS") != 0 || !word_in(lemma(c, h), nouns)) return 0;
  bool both = false;
  for (int32_t k = c->kid[h]; k >= 0 && !both; k = c->sib[k])
    both = k < h && (word_is_ci(c, k, "both") || (word_is_ci(c, k, "two") && k > 0 &&
                                                  word_is_ci(c, k - 1, "the")));
  if (!both) return 0;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t at = c->first + (size_t)h, n = 0;
  size_t j = c->tok_mention[at] != NONE32 ? c->tok_mention[at] : first_mention_of(c, c->si + 1);
  size_t stop = first_mention_of(c, c->si > 16 ? c->si - 16 : 0);
  if (j > stop + 256) stop = j - 256; /* a bounded look back */
  uint32_t cand[6], cm[6]; /* the countries' entities, and their nearest mentions */
  size_t nc = 0, j0 = j;
  /* (nor the country of the one that acts between the two: "It thanked
   * the UAE …. The UAE Ministry of Foreign Affairs said the exchange was
   * the 15th it had facilitated between the two countries") */
  char actor_cc[4];
  between_actor_country(c, h, actor_cc);
  while (j-- > stop && nc < 6) {
    if (ms[j].first_token >= at || ms[j].kind == NM_MENTION_PRONOUN) continue;
    if (ms[j].sentence == c->si) { /* not the acting subject: "The United States urged …" */
      bool subj = false;
      int32_t k = (int32_t)(ms[j].first_token - c->first);
      for (int step = 0; step < 16 && k >= 0 && !subj; step++) {
        subj = rel_base(c, k, "nsubj");
        if (!subj) k = c->head[k];
      }
      /* (of the noun's own clause: "Farmers in Hungary and Slovakia have
       * staged protests, and both governments have kept …" names the
       * two) */
      bool above = false;
      for (int32_t x = h, step = 0; subj && x >= 0 && step < 32 && !above; step++) {
        above = x == c->head[k];
        /* another clause's ("Djibouti accused Eritrea …, prompting IGAD to
         * call on both governments": Djibouti is one of them) */
        if (rel_base(c, x, "conj") || rel_base(c, x, "advcl")) break;
        x = c->head[x];
      }
      if (subj && above) continue;
    }
    uint32_t e = ms[j].entity;
    /* (a country, not a town of one: "a Moscow-led military bloc") */
    bool seen = false;
    for (size_t q = 0; q < nc && !seen; q++)
      seen = !strncmp(c->ent[cand[q]].code, c->ent[e < c->d->entities.n ? e : 0].code, 3);
    /* (nor a town the places stage coded with its country: "routes
     * through Berbera in Somaliland and Lamu in Kenya" names no two
     * governments, Lamu being Kenya's) */
    if (e >= c->d->entities.n || !bare_country(c->ent[e].code) ||
        (c->ent_local && c->ent_local[e]) || seen ||
        !strncmp(c->ent[e].reason, "country: ", 9) ||
        (actor_cc[0] && !strncmp(c->ent[e].code, actor_cc, 3)))
      continue;
    cm[nc] = (uint32_t)j;
    cand[nc++] = e;
  }
  /* the two nearest when they are named together ("Farmers in Hungary and
   * Slovakia …, and both governments"); else the two the story names
   * most, the nearest on ties: "Russia, which has bases in both
   * countries, welcomed the agreement. The EU's envoy urged both
   * governments …" in a story on Kyrgyzstan and Tajikistan */
  bool together = nc >= 2 && ms[cm[0]].sentence == ms[cm[1]].sentence;
  uint32_t from = together ? ms[cm[1]].first_token + ms[cm[1]].n_tokens : 0;
  for (uint32_t k = from; together && k < ms[cm[0]].first_token; k++) {
    size_t len;
    const char *t = nm_tok_text(c->d, k, &len);
    together = (len == 3 && !memcmp(t, "and", 3)) || (len == 1 && t[0] == ',');
  }
  /* (nor two places something lies in) */
  if (together && ms[cm[1]].sentence != c->si && after_place_prep(c, ms[cm[1]].first_token))
    together = false;
  /* (a pair, not the last two of a list) */
  if (together && ms[cm[1]].first_token > 0) {
    size_t len;
    const char *t = nm_tok_text(c->d, ms[cm[1]].first_token - 1, &len);
    together = !(len == 1 && t[0] == ',');
  }
  /* (or any two of them the window names together, the nearest such
   * pair: "Panama and Costa Rica signed a deal …" before "The U.N.
   * refugee agency urged both governments" in a story naming the United
   * States more often than Costa Rica) */
  for (size_t j2 = j0; !together && nc >= 2 && j2-- > stop + 1;) {
    const nm_mention *b2 = &ms[j2], *a2 = &ms[j2 - 1];
    if (b2->first_token >= at || a2->sentence != b2->sentence || a2->entity == b2->entity ||
        a2->entity >= c->d->entities.n || b2->entity >= c->d->entities.n ||
        !strncmp(c->ent[a2->entity].reason, "country: ", 9) ||
        !strncmp(c->ent[b2->entity].reason, "country: ", 9))
      continue;
    size_t qa = nc, qb = nc;
    for (size_t q = 0; q < nc; q++) {
      const char *cq = c->ent[cand[q]].code;
      if (a2->entity < c->d->entities.n && !strncmp(cq, c->ent[a2->entity].code, 3)) qa = q;
      if (b2->entity < c->d->entities.n && !strncmp(cq, c->ent[b2->entity].code, 3)) qb = q;
    }
    if (qa == nc || qb == nc || qa == qb) continue;
    bool joined = true;
    for (uint32_t k = a2->first_token + a2->n_tokens; joined && k < b2->first_token; k++) {
      size_t len;
      const char *t = nm_tok_text(c->d, k, &len);
      joined = (len == 3 && !memcmp(t, "and", 3)) || (len == 1 && t[0] == ',');
    }
    if (!joined || a2->first_token + a2->n_tokens >= b2->first_token) continue;
    /* (a pair, not two of a longer list: "partners including the United
     * States, Britain, Brazil and the Caribbean Community") */
    size_t bl2, al2;
    const char *after = b2->first_token + b2->n_tokens < c->d->tokens.n
                            ? nm_tok_text(c->d, b2->first_token + b2->n_tokens, &bl2)
                            : NULL;
    const char *before = a2->first_token > 0 ? nm_tok_text(c->d, a2->first_token - 1, &al2) : NULL;
    if ((after && ((bl2 == 1 && after[0] == ',') || (bl2 == 3 && !memcmp(after, "and", 3)))) ||
        (before && al2 == 1 && before[0] == ','))
      continue;
    if (a2->sentence != c->si && after_place_prep(c, a2->first_token)) continue;
    uint32_t ea = cand[qa], eb = cand[qb];
    cand[0] = eb, cand[1] = ea; /* (the nearer first) */
    together = true;
  }
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  for (size_t pick = 0; pick < 2 && pick < nc && !together; pick++) {
    size_t best = pick;
    for (size_t q = pick + 1; q < nc; q++)
      if (es[cand[q]].n_mentions > es[cand[best]].n_mentions) best = q;
    uint32_t e = cand[best];
    memmove(cand + pick + 1, cand + pick, (best - pick) * sizeof *cand);
    cand[pick] = e;
  }
  for (size_t pick = 0; pick < 2 && pick < nc; pick++) {
    uint32_t e = cand[pick];
    ta[n] = c->ent[e];
    if (!strcmp(lemma(c, h), "government")) {
      snprintf(ta[n].code, sizeof ta[n].code, "%.3sGOV", c->ent[e].code);
    }
    snprintf(ta[n].reason, sizeof ta[n].reason, "one of the two countries the story names most");
    te[n] = e;
    tgts[n++] = h;
  }
  return n == 2 ? 2 : 0;
}

/* The conjuncts of h that code as actors, at most 8, into tgts, ta and te;
 * returns their count. */
/* "The two leaders met for 90 minutes": "the two" and a plural noun for
 * parties are the two actors of the last event coded in the two
 * sentences before, its source and target (when both are named actors of
 * their own). Returns 2 with them, or 0. */
static size_t the_two(const ectx *c, int32_t h, int32_t *tgts, acode *ta, uint32_t *te) {
  static const char *const parties[] = {"leader",    "side",   "country", "minister",
                                        "president", "nation", "government", "delegation",
                                        "neighbor",  "neighbour", "party", NULL};
  if (h < 0 || strcmp(xpos(c, h), "NNS") != 0 || !word_in(lemma(c, h), parties) ||
      !dep_lemma_in(c, h, "det", (const char *const[]){"the", NULL}))
    return 0;
  bool two = false;
  for (int32_t k = c->kid[h]; k >= 0 && !two; k = c->sib[k])
    two = k < h && rel_base(c, k, "nummod") && word_is_ci(c, k, "two");
  if (!two) return 0;
  const nm_event *ev = (const nm_event *)c->d->events.data;
  char actor_cc[4]; /* (not the one acting between them: "It thanked the UAE. … it had
                     * facilitated between the two countries") */
  between_actor_country(c, h, actor_cc);
  for (size_t j = c->d->events.n, seen = 0; j-- > 0 && seen++ < 64;) {
    if (ev[j].sentence >= c->si) continue;
    if (ev[j].sentence + 2 < c->si) break;
    const char *a = ev[j].source_code, *b = ev[j].target_code;
    if (!a || !b || a[0] == '-' || b[0] == '-' || !strcmp(a, b)) continue;
    if (actor_cc[0] && (!strncmp(a, actor_cc, 3) || !strncmp(b, actor_cc, 3))) continue;
    /* (the two countries are the actors' countries, the two governments
     * their governments) */
    static const char *const lands[] = {"country", "nation", "neighbor", "neighbour", NULL};
    bool land = word_in(lemma(c, h), lands), gov = !strcmp(lemma(c, h), "government");
    /* (countries, not a bloc: "Mali rejected a proposal from ECOWAS …
     * the two countries") */
    if ((land || gov) && (!bare_country_prefix(a) || !bare_country_prefix(b))) continue;
    /* (leaders, presidents, ministers and delegations are states': not an
     * armed group's attack on a city before "The two leaders signed …") */
    static const char *const officials[] = {"leader", "president", "minister", "delegation",
                                            NULL};
    if (word_in(lemma(c, h), officials) && (!bare_country_prefix(a) || !bare_country_prefix(b)))
      continue;
    /* (and two countries' states, not one's: "the two defense ministers"
     * after a Thai officer's appeal to the Thai government) */
    if ((land || gov || word_in(lemma(c, h), officials)) && !strncmp(a, b, 3)) continue;
    for (int q = 0; q < 2; q++) {
      memset(&ta[q], 0, sizeof ta[q]);
      if (land || gov)
        snprintf(ta[q].code, sizeof ta[q].code, "%.3s%s", q ? b : a, gov ? "GOV" : "");
      else
        snprintf(ta[q].code, sizeof ta[q].code, "%s", q ? b : a);
      snprintf(ta[q].reason, sizeof ta[q].reason, "%s", "\"the two\": the parties of the event before");
      ta[q].rank = 3;
      te[q] = q ? ev[j].target : ev[j].source;
      tgts[q] = h;
    }
    return 2;
  }
  return 0;
}

static size_t code_conjuncts(const ectx *c, int32_t h, int32_t *tgts, acode *ta, uint32_t *te) {
  size_t two = the_two(c, h, tgts, ta, te);
  if (two) return two;
  int32_t cj[8];
  size_t ncj = conjuncts(c, h, cj, 8), nt = 0;
  for (size_t q = 0; q < ncj && nt < 8; q++)
    if (code_np(c, cj[q], &ta[nt], &te[nt])) tgts[nt++] = cj[q];
  if (ncj == 1 && (nt == 0 || (nt == 1 && !strncmp(ta[0].code, "---", 3)))) {
    int32_t bt[2];
    acode ba[2];
    uint32_t be[2];
    if (both_countries(c, h, bt, ba, be) == 2) {
      for (size_t q = 0; q < 2; q++)
        tgts[q] = bt[q], ta[q] = ba[q], te[q] = be[q];
      return 2;
    }
  }
  /* "the ambassadors of Britain and Norway": one role for each country
   * the head's of-phrase joins */
  if (ncj == 1 && nt == 1 && h >= 0 && !strcmp(upos(c, h), "NOUN") && strlen(ta[0].code) == 6) {
    int32_t of = -1;
    for (int32_t k = c->kid[h]; k >= 0 && of < 0; k = c->sib[k])
      if (k > h && rel_base(c, k, "nmod") && case_word(c, k, "of") && place_mention(c, k)) of = k;
    /* "a deputy mayor of the frontline city of Zaporizhzhia", "the
     * governor of the Kherson region": the place a settlement's or
     * region's word names (its of-phrase, or a name before it) */
    static const char *const kinds[] = {"city", "town", "village", "region", "province",
                                        "district", "municipality", "county", "oblast", NULL};
    for (int32_t k = of < 0 ? c->kid[h] : -1; k >= 0 && of < 0; k = c->sib[k]) {
      if (k <= h || !rel_base(c, k, "nmod") || !case_word(c, k, "of") ||
          !word_in(lemma(c, k), kinds) || capitalised(c, k))
        continue;
      for (int32_t q = c->kid[k]; q >= 0 && of < 0; q = c->sib[q])
        if (place_mention(c, q) &&
            ((q > k && rel_base(c, q, "nmod") && case_word(c, q, "of")) ||
             (q < k && (rel_base(c, q, "compound") || rel_base(c, q, "amod")))))
          of = q;
    }
    acode a0;
    uint32_t e0;
    if (of >= 0 && ta[0].code[0] == '-' && code_np(c, of, &a0, &e0) && bare_country(a0.code)) {
      /* the first country's role too ("the police of Kenya": ---COP) */
      char code[CODE_CAP];
      join_agent(code, sizeof code, a0.code, ta[0].code + 3, false);
      snprintf(ta[0].code, sizeof ta[0].code, "%s", code);
    }
    for (int32_t k = of >= 0 && ta[0].code[0] != '-' ? c->kid[of] : -1; k >= 0 && nt < 8;
         k = c->sib[k]) {
      acode a;
      uint32_t e;
      if (!rel_base(c, k, "conj") || !place_mention(c, k) || !code_np(c, k, &a, &e) ||
          !bare_country(a.code) || !strncmp(a.code, ta[0].code, 3))
        continue;
      ta[nt] = a;
      join_agent(ta[nt].code, sizeof ta[nt].code, a.code, ta[0].code + 3, false);
      te[nt] = e;
      tgts[nt++] = k;
    }
  }
  /* "Delegations from Sudan's military and the Rapid Support Forces",
   * "officials of Sudan and Chad": people sent by each of the joined
   * bodies are one actor each (a country takes the head's role, when the
   * head has one: "officials" ---GOV) */
  static const char *const envoys[] = {"delegation", "delegate",  "official",  "representative",
                                       "envoy",      "negotiator", "diplomat", "emissary",
                                       "mediator",   "minister",   "team",     NULL};
  if (ncj == 1 && nt == 1 && h >= 0 && !strcmp(upos(c, h), "NOUN") &&
      word_in(lemma(c, h), envoys)) {
    int32_t from = -1;
    for (int32_t k = c->kid[h]; k >= 0 && from < 0; k = c->sib[k])
      if (k > h && rel_base(c, k, "nmod") && (case_word(c, k, "from") || case_word(c, k, "of")))
        from = k;
    int32_t fj[8], ft[8];
    acode fa[8];
    uint32_t fe[8];
    size_t nfj = from >= 0 ? conjuncts(c, from, fj, 8) : 0, fn = 0;
    for (size_t q = 0; q < nfj && fn < 8 && nfj > 1; q++) {
      if (!code_np(c, fj[q], &fa[fn], &fe[fn])) continue;
      if (bare_country(fa[fn].code) && strlen(ta[0].code) == 6) {
        char code[CODE_CAP];
        join_agent(code, sizeof code, fa[fn].code, ta[0].code + 3, false);
        snprintf(fa[fn].code, sizeof fa[fn].code, "%s", code);
      }
      bool seen = false;
      for (size_t r = 0; r < fn && !seen; r++) seen = !strcmp(fa[r].code, fa[fn].code);
      if (!seen) ft[fn++] = fj[q];
    }
    if (fn > 1) {
      for (size_t q = 0; q < fn; q++)
        tgts[q] = ft[q], ta[q] = fa[q], te[q] = fe[q];
      return fn;
    }
  }
  /* "seven Latin American countries, including Argentina, Chile and
   * Peru": the countries the noun's including-phrase names are its actors */
  for (int32_t k = ncj == 1 && h >= 0 && !strcmp(upos(c, h), "NOUN") ? c->kid[h] : -1; k >= 0;
       k = c->sib[k]) {
    if (k < h || !rel_base(c, k, "nmod") || !place_mention(c, k) ||
        !(case_word(c, k, "include") || case_word(c, k, "including") || case_word(c, k, "like")))
      continue;
    int32_t kt[8];
    acode ka[8];
    uint32_t ke[8];
    size_t kn = 0;
    int32_t kj[8];
    size_t nkj = conjuncts(c, k, kj, 8);
    for (size_t q = 0; q < nkj && kn < 8; q++)
      if (place_mention(c, kj[q]) && code_np(c, kj[q], &ka[kn], &ke[kn]) &&
          bare_country(ka[kn].code))
        kt[kn++] = kj[q];
    if (kn < 2) break;
    for (size_t q = 0; q < kn; q++)
      tgts[q] = kt[q], ta[q] = ka[q], te[q] = ke[q];
    return kn;
  }
  if (ncj == 1 && nt == 1 && h >= 0 && !strcmp(upos(c, h), "NOUN"))
    nt = joined_origins(c, h, tgts, ta, te);
  /* "American and British warplanes, warships and a submarine": the
   * origins joined before one conjunct of a list make one actor each */
  for (size_t q = 0; ncj > 1 && q < nt && nt < 8; q++) {
    if (strcmp(upos(c, tgts[q]), "NOUN") != 0) continue;
    int32_t jt[8];
    acode ja[8];
    uint32_t je[8];
    jt[0] = tgts[q], ja[0] = ta[q], je[0] = te[q];
    size_t m = joined_origins(c, tgts[q], jt, ja, je);
    if (m < 2) continue;
    size_t add = m - 1 < 8 - nt ? m - 1 : 8 - nt;
    for (size_t r = nt; r-- > q + 1;) /* make room after conjunct q */
      if (r + add < 8) tgts[r + add] = tgts[r], ta[r + add] = ta[r], te[r + add] = te[r];
    for (size_t r = 0; r <= add; r++)
      tgts[q + r] = jt[r], ta[q + r] = ja[r], te[q + r] = je[r];
    nt += add;
    q += add;
  }
  return nt;
}

/* Whether a TIMEX3 value is a full day, YYYY-MM-DD. */
static bool full_date(const char *v) {
  return v && strlen(v) == 10 && v[4] == '-' && v[7] == '-' && v[0] >= '0' && v[0] <= '9';
}

/* Per sentence, the first full-date time expression and the first place
 * named, and the dateline's place: computed once per document, so that
 * each event looks them up in constant time. */
static nm_status index_anchors(ectx *c) {
  size_t ns = c->d->sentences.n;
  c->sent_time = malloc((ns ? ns : 1) * sizeof(uint32_t));
  c->sent_place = malloc((ns ? ns : 1) * sizeof(uint32_t));
  c->ent_local = calloc(c->d->entities.n ? c->d->entities.n : 1, 1);
  if (!c->sent_time || !c->sent_place || !c->ent_local) return NM_ERR_NOMEM;
  for (size_t i = 0; i < ns; i++)
    c->sent_time[i] = c->sent_place[i] = NONE32;
  const nm_time *ts = (const nm_time *)c->d->times.data;
  for (size_t i = 0; i < c->d->times.n; i++)
    if (ts[i].sentence < ns && c->sent_time[ts[i].sentence] == NONE32 &&
        ts[i].type == NM_TIME_DATE && full_date(ts[i].value))
      c->sent_time[ts[i].sentence] = (uint32_t)i;
  const nm_place *ps = (const nm_place *)c->d->places.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  c->dateline_place = NONE32;
  c->prev_si = NONE32;
  for (size_t i = 0; i < c->d->places.n; i++)
    for (uint32_t k = 0; k < ps[i].n_mentions; k++) {
      const nm_mention *m = &ms[ps[i].mentions[k]];
      if (m->sentence < ns && c->sent_place[m->sentence] == NONE32)
        c->sent_place[m->sentence] = (uint32_t)i;
      if (m->entity < c->d->entities.n && ps[i].admin1) c->ent_local[m->entity] = 1;
      if (c->dateline_place == NONE32 && c->d->has_dateline && m->start >= c->d->dateline.start &&
          m->end <= c->d->dateline.end)
        c->dateline_place = (uint32_t)i;
    }
  return NM_OK;
}

/* Whether verb v tells of the past: a past tense, or a participle with
 * "have" ("has barred"), with no "will" or "would". */
static bool past_verb(const ectx *c, int32_t v) {
  const char *x = c->tg[c->first + (size_t)v].xpos;
  if (!x) return false;
  bool have = false;
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k]) {
    if (!rel_base(c, k, "aux")) continue;
    const char *l = lemma(c, k);
    if (!strcmp(l, "will") || !strcmp(l, "would") || !strcmp(l, "shall")) return false;
    if (!strcmp(l, "have")) have = true;
  }
  return !strcmp(x, "VBD") || (!strcmp(x, "VBN") && have);
}

/* Whether the sentence word starting at byte at lies in a relative
 * clause that does not hold verb v ("residents of the north, who were
 * evacuated after Oct. 8," dates the evacuation, not the sentence's
 * act), or outside the relative clause that holds v. */
static bool in_other_relative(const ectx *c, uint32_t at, int32_t v) {
  const nm_token *tk = (const nm_token *)c->d->tokens.data + c->first;
  size_t lo = token_from(tk, 0, c->n, at); /* the first word starting at or after at */
  if (lo >= c->n) return false;
  int32_t k = (int32_t)lo;
  /* the event in a relative clause ("Qatar, which mediated the deal,
   * said … before Friday"): a time outside the clause dates another act */
  int32_t rv = v;
  for (int up = 0; up < 32 && rv >= 0 && !rel_is(c, rv, "acl:relcl"); up++)
    rv = c->head[rv];
  if (rv >= 0 && rel_is(c, rv, "acl:relcl")) {
    for (int32_t x = k, u = 0; x >= 0 && u < 32; x = c->head[x], u++)
      if (x == rv) return false;
    return true;
  }
  for (int up = 0; up < 32 && k >= 0; up++, k = c->head[k]) {
    if (k == v) return false;
    if (rel_is(c, k, "acl:relcl")) {
      for (int32_t x = v, u = 0; x >= 0 && u < 32; x = c->head[x], u++)
        if (x == k) return false; /* the event's own relative clause */
      return true;
    }
  }
  return false;
}

/* The event's date: a full date among the sentence's time expressions
 * (not one after the article's date for an act of the past: "has barred
 * Khan from running in the Feb. 8 vote"), else the article date. */
static void event_date(const ectx *c, nm_event *ev, int32_t v) {
  size_t len;
  const char *dt = nm_doc_meta(c->d, NM_META_DATE, &len);
  bool past = dt && len == 10 && past_verb(c, v);
  const nm_time *ts = (const nm_time *)c->d->times.data;
  ev->time = NONE32;
  for (uint32_t i = c->sent_time[c->si];
       i != NONE32 && i < c->d->times.n && ts[i].sentence == c->si; i++) {
    if (ts[i].type != NM_TIME_DATE || !full_date(ts[i].value)) continue;
    if (past && memcmp(ts[i].value, dt, 10) > 0) continue;
    if (in_other_relative(c, ts[i].start, v)) continue;
    ev->time = i;
    memcpy(ev->date, ts[i].value, 10);
    ev->date[10] = 0;
    return;
  }
  if (dt && len == 10) {
    memcpy(ev->date, dt, 10);
    ev->date[10] = 0;
  } else {
    ev->date[0] = 0;
  }
}

/* The dateline's country when it is a bare country's code, else "". */
static const char *dateline_country(const ectx *c) {
  const char *dc = c->dateline_place < c->d->places.n
                       ? ((const nm_place *)c->d->places.data)[c->dateline_place].country
                       : NULL;
  return bare_country(dc) ? dc : "";
}

/* The place named in the event's sentence, else the dateline's. */
static uint32_t event_place(const ectx *c) {
  uint32_t p = c->sent_place[c->si];
  return p != NONE32 ? p : c->dateline_place;
}

/* The quotation (not a scare-quoted term) holding byte at: quotes are in
 * text order, so a binary search finds the last that starts before it;
 * a few before that are looked at too, for nested spans. */
static uint32_t event_quote(const ectx *c, uint32_t at) {
  const nm_quote *qs = (const nm_quote *)c->d->quotes.data;
  size_t lo = 0, hi = c->d->quotes.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (qs[mid].start <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t k = 0; k < 8 && lo > 0; k++, lo--) {
    const nm_quote *q = &qs[lo - 1];
    if (q->kind != NM_QUOTE_TERM && q->start <= at && at < q->end) return (uint32_t)(lo - 1);
  }
  return NONE32;
}

/* Verbs of leading a body ("who commands the RSF"). */
static const char *const lead_verbs[] = {"command", "lead", "head", "run", "chair", NULL};

/* Whether code a says no more than code b: the same, or b's role with no
 * country ("---MIL" of "SENMIL"). */
static bool role_of(const char *a, const char *b) {
  if (!strcmp(a, b)) return true;
  return strlen(a) == strlen(b) && strlen(a) > 3 && !strncmp(a, "---", 3) &&
         strncmp(b, "---", 3) != 0 && !strcmp(a + 3, b + 3);
}

/* Whether sentence word k is in a place's name that ends in a facility's
 * word ("Esenboga Airport", "Vnukovo Airport", "Tahrir Square"). */
static bool facility_place(const ectx *c, int32_t k) {
  static const char *const facility[] = {"airport", "airbase", "airfield", "stadium", "square",
                                         "station", "terminal", "harbour", "harbor", NULL};
  uint32_t m = k >= 0 ? mention_at(c, k) : NONE32;
  if (m == NONE32) return false;
  const nm_mention *mm = &((const nm_mention *)c->d->mentions.data)[m];
  if ((mm->type != NM_ENT_LOC && mm->type != NM_ENT_GPE) || !mm->n_tokens) return false;
  size_t l;
  const char *w = nm_tok_text(c->d, mm->first_token + mm->n_tokens - 1, &l);
  char low[16];
  if (!l || l >= sizeof low) return false;
  for (size_t i = 0; i < l; i++)
    low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
  low[l] = 0;
  return word_in(low, facility);
}

/* "Orban accuses Brussels of blackmail": in a story that names the EU,
 * Brussels as a verb's subject or object, or after "with" or "against",
 * is the Union, not Belgium; the code a copies into out when so. */
static const acode *brussels_for_eu(const ectx *c, int32_t k, const acode *a, acode *out) {
  static const char *const with[] = {"with", "against", NULL};
  if (k < 0 || strcmp(a->code, "BEL") != 0 || !word_is_ci(c, k, "brussels") ||
      !(rel_base(c, k, "nsubj") || rel_base(c, k, "obj") || rel_base(c, k, "iobj") ||
        ((rel_base(c, k, "obl") || rel_base(c, k, "nmod")) && dep_lemma_in(c, k, "case", with))))
    return a;
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  bool eu = false;
  for (size_t e = 0; e < c->d->entities.n && !eu; e++)
    eu = es[e].code && !strncmp(es[e].code, "IGOEUREEC", 9);
  if (!eu) return a;
  *out = *a;
  snprintf(out->code, sizeof out->code, "%s", "IGOEUREEC");
  snprintf(out->reason, sizeof out->reason, "%s", "Brussels for the European Union");
  return out;
}

static nm_status emit1(ectx *c, const vcode *vc, const char *code, int32_t s, int32_t t,
                       const acode *sa, const acode *ta, uint32_t se, uint32_t te) {
  acode sb_eu, tb_eu;
  sa = brussels_for_eu(c, s, sa, &sb_eu);
  ta = brussels_for_eu(c, t, ta, &tb_eu);
  /* "exchanged five prisoners at Ankara's Esenbo\xc4\x9f" "a Airport": a
   * facility named as a place is where the act happens, no party */
  /* (an arrival or deployment there keeps it: "Egyptian troops arrived
   * at Mogadishu's airport", EGYMIL SOM 072) */
  if ((facility_place(c, s) || facility_place(c, t)) && code[0] == '0' &&
      (code[1] == '3' || code[1] == '5' || code[1] == '6' || code[1] == '8'))
    return NM_OK;
  /* one actor on both sides ("Israel said it ..."): no event; two actors
   * with the same code (two government bodies) are an event, and so are
   * two roles of one country's entity ("Turkish authorities imposed a
   * curfew in southeastern Turkey": TURGOV -> TUR) */
  /* (one phrase may stand for two: "the two leaders", the_two()) */
  bool pair = s == t && se != NONE32 && te != NONE32 && se != te && strcmp(sa->code, ta->code);
  if ((s == t && !pair) || (se != NONE32 && se == te && !strcmp(sa->code, ta->code)))
    return NM_OK;
  if (!strcmp(sa->code, ta->code) && (se == NONE32 || te == NONE32)) return NM_OK;
  /* ... nor a place of the actor's own country where it acts ("a
   * conference that France has offered to host in Paris": no FRA FRA) */
  /* (cooperation and intent, 0x; "Ecuador imposes curfew in Esmeraldas",
   * 1723, is on the place's people) */
  if (!strcmp(sa->code, ta->code) && bare_country(ta->code) && t >= 0 && place_mention(c, t)) {
    static const char *const sending[] = {"send", "deploy", "dispatch", "fly", NULL};
    /* (and a place of its own that its intent or cooperation is about:
     * "Turkey and Armenia agree to open Margara crossing" is no ARM ARM) */
    bool where = code[0] == '0' && (case_word(c, t, "in") || case_word(c, t, "at") ||
                                    case_word(c, t, "near") || rel_base(c, t, "obj") ||
                                    rel_base(c, t, "compound"));
    /* ("Costa Rica sends 800 police to Limón": forces sent within the
     * country go to no one) */
    bool sent = (!strncmp(code, "15", 2) || word_in(lemma(c, vc->v), sending)) &&
                (case_word(c, t, "to") || case_word(c, t, "into"));
    if (where || sent) return NM_OK;
  }
  /* ... nor a thing its own country's place codes ("Turkey hosted direct
   * talks between the two sides in Istanbul": no TUR TUR) */
  if (!strcmp(sa->code, ta->code) && t >= 0 && mention_at(c, t) == NONE32 &&
      te < c->d->entities.n) {
    static const char *const at[] = {"in", "at", "near", "inside", NULL};
    int32_t lo, hi;
    np_range(c, t, &lo, &hi);
    /* (the place may be the last of a list after the preposition:
     * "restricted crossings in Sa Kaeo and Surin provinces") */
    /* (or the phrase itself a place the verb's act is in: "struck a
     * boat in the U.S. Southern Command area") */
    /* (a protest's place stands for whom it protests: "Iraqi Kurds
     * demonstrated in the city of Kirkuk") */
    bool placed = false;
    for (size_t q = 0; at[q] && !placed && strncmp(code, "14", 2) != 0; q++)
      placed = case_word(c, t, at[q]) && !rel_base(c, t, "obj");
    for (int32_t k = lo + 1; k <= hi; k++) {
      placed = placed || word_in(lemma(c, k - 1), at);
      if (entity_at(c, k) == te && placed) return NM_OK;
    }
    /* (or a place's name before the head: "Montenegro arrests Bar port
     * chief") */
    for (int32_t k = lo; k < t; k++)
      if (entity_at(c, k) == te && place_mention(c, k) && rel_base(c, k, "compound"))
        return NM_OK;
  }
  /* "Gen. X, who commands the RSF": a leader of his own body (both
   * coded alike) names a role, not an act */
  if (!strcmp(sa->code, ta->code) && word_in(lemma(c, vc->v), lead_verbs)) return NM_OK;
  /* ... and so does leading or ruling one's own country ("Hasina, 77,
   * led Bangladesh for 15 years": BGDOPP -> BGD) */
  static const char *const ruling[] = {"lead", "rule", "govern", "run", NULL};
  if (word_in(lemma(c, vc->v), ruling) && bare_country(ta->code) &&
      !strncmp(sa->code, ta->code, 3))
    return NM_OK;
  /* ... and so does any relative clause of leading ("Jimmy Cherizier, a
   * former police officer who leads a coalition of gangs"): what the
   * person is, not what the person did */
  if (word_in(lemma(c, vc->v), lead_verbs) && rel_is(c, vc->v, "acl:relcl") &&
      !strcmp(xpos(c, vc->v), "VBZ"))
    return NM_OK;
  /* material cooperation (06) of a state's body with another body of the
   * same state is its own business ("President William Ruto deployed the
   * army to support the police": no KENGOV KENMIL 062) */
  if (code[0] == '0' && code[1] == '6' && strlen(sa->code) >= 6 && strlen(ta->code) >= 6 &&
      sa->code[0] != '-' && state_role3(sa->code + 3) && state_role3(ta->code + 3) &&
      !strncmp(sa->code, ta->code, 3))
    return NM_OK;
  /* a consultation (04) of a country's official or body with that
   * country itself says nothing ("the secretary left Europe with
   * disagreements between the United States and Germany": USAGOVMIL 040
   * USA) */
  /* (nor does a plan to meet there: "Interior Minister Tomás Valdivieso,
   * who flew to Concepción": CHLGOV 036 CHL) */
  if (code[0] == '0' && (code[1] == '4' || !strcmp(code, "036")) && strlen(sa->code) > 3 &&
      bare_country(ta->code) && !strncmp(sa->code, ta->code, 3))
    return NM_OK;
  /* "face steep U.S. tariffs", "could face up to nine years in prison":
   * to face a thing is no meeting (FACE sits in MEET_PEOPLE's block,
   * [040]); only an actor faced as the object itself is ("Israel faces
   * Iran") */
  if (code[0] == '0' && code[1] == '4' && !strcmp(lemma(c, vc->v), "face") &&
      (t < 0 || !rel_base(c, t, "obj") || c->head[t] != vc->v || mention_at(c, t) == NONE32))
    return NM_OK;
  /* "Zelenskyy fires army chief": to fire an office holder is to dismiss
   * one, no use of force (FIRE sits in EXPLOSIVE_DESTRUCTION, [190]) */
  static const char *const holders[] = {"chief",    "commander", "minister", "official",
                                        "head",     "director",  "general",  "coach",
                                        "prosecutor", "ambassador", "adviser", "advisor",
                                        "deputy",   "governor",  "manager",  NULL};
  if (!strcmp(lemma(c, vc->v), "fire") && t >= 0 && c->head[t] == vc->v &&
      rel_base(c, t, "obj") && (word_in(lemma(c, t), holders) || person_word(c, t)))
    return NM_OK;
  /* "who spoke to reporters by telephone": talking to the press is no
   * consultation (04); nor is the place one speaks from a party to it
   * ("speaking by telephone from Paris") */
  static const char *const press[] = {"reporter", "journalist", "correspondent", NULL};
  static const char *const talk[] = {"speak", "talk", NULL};
  if (code[0] == '0' && code[1] == '4' &&
      ((t >= 0 && word_in(lemma(c, t), press) && !capitalised(c, t)) ||
       (s >= 0 && word_in(lemma(c, s), press) && !capitalised(c, s))))
    return NM_OK;
  if (t >= 0 && word_in(lemma(c, vc->v), talk) && case_word(c, t, "from")) return NM_OK;
  /* the same triple from the same verb once; and not again with a role
   * of no country for words already coded with one ("soldiers and rebels
   * had exchanged fire": SENMIL -> ---REB, not also ---MIL -> ---REB) */
  const nm_token *tk = (const nm_token *)c->d->tokens.data + c->first;
  int32_t slo, shi, tlo, thi;
  text_range(c, s, &slo, &shi);
  text_range(c, t, &tlo, &thi);
  nm_event *evs = (nm_event *)c->d->events.data;
  for (size_t i = c->d->events.n; i-- > 0;) {
    if (evs[i].sentence != c->si) break;
    if (!strcmp(evs[i].code, code) && !strcmp(evs[i].source_code, sa->code) &&
        !strcmp(evs[i].target_code, ta->code))
      return NM_OK;
    if (!strcmp(evs[i].code, code) && evs[i].source_span.start == tk[slo].start &&
        evs[i].source_span.end == tk[shi].end && evs[i].target_span.start == tk[tlo].start &&
        evs[i].target_span.end == tk[thi].end && role_of(sa->code, evs[i].source_code) &&
        role_of(ta->code, evs[i].target_code))
      return NM_OK;
  }
  nm_event *ev = nm_vec_push(&c->d->events);
  if (!ev) return NM_ERR_NOMEM;
  memset(ev, 0, sizeof *ev);
  snprintf(ev->code, sizeof ev->code, "%s", code);
  snprintf(ev->root, sizeof ev->root, "%.2s", code);
  const nm_cameo_code_info *info = nm_cameo_code_lookup(code);
  if (info) {
    ev->quad_class = info->quad_class;
    ev->goldstein = info->goldstein;
  }
  ev->sentence = c->si;
  ev->source = se;
  ev->target = te;
  char sb[CODE_CAP], tb[CODE_CAP];
  ev->source_code = intern(c->d, cameo_spelling(sa->code, sb, sizeof sb));
  ev->target_code = intern(c->d, cameo_spelling(ta->code, tb, sizeof tb));
  if (!ev->source_code || !ev->target_code) return NM_ERR_NOMEM;
  ev->source_span = (nm_span){tk[slo].start, tk[shi].end};
  ev->target_span = (nm_span){tk[tlo].start, tk[thi].end};
  /* "vowed to attack": both verbs; "attacked ..., officials said": the
   * attack alone, rather than everything between */
  int32_t ev0 = vc->evidence_v < vc->v ? vc->evidence_v : vc->v;
  int32_t ev1 = vc->last;
  ev->evidence = (nm_span){tk[ev0].start, tk[ev1].end};
  ev->pattern = vc->pattern ? intern(c->d, vc->pattern) : NULL;
  event_date(c, ev, vc->v);
  ev->place = event_place(c);
  ev->quote = event_quote(c, tk[vc->v].start);
  return NM_OK;
}

static bool located_only(const ectx *c, int32_t h, bool strict);
/* Whether the phrase headed by h is one of place ("in Kani township",
 * "near the border"). */
static bool place_phrase(const ectx *c, int32_t h) {
  static const char *const at[] = {"in",     "at",     "near",  "inside",
                                   "outside", "across", "around", "within", NULL};
  return h >= 0 && dep_lemma_in(c, h, "case", at);
}

/* Whether h heads an attack's noun with no attacker before it, whose
 * phrase names only the attacked, after "on" or "against" ("the attack
 * on Israel", "an attack on the Haitian nation"). */
static bool victim_only(const ectx *c, int32_t h) {
  static const char *const attacks[] = {"attack",  "strike",   "assault", "bombing",
                                        "raid",    "shelling", "killing", "massacre",
                                        "invasion", "offensive", "aggression", NULL};
  static const char *const on[] = {"on", "against", "upon", NULL};
  if (h < 0 || mention_at(c, h) != NONE32 || strcmp(upos(c, h), "NOUN") != 0 ||
      !word_in(lemma(c, h), attacks))
    return false;
  bool victim = false;
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
    if (k < h && (rel_is(c, k, "nmod:poss") || rel_base(c, k, "amod") ||
                  rel_base(c, k, "compound")) &&
        mention_at(c, k) != NONE32)
      return false; /* "Hamas's attack", "the Israeli strike" */
    if (k > h && rel_base(c, k, "nmod") && dep_lemma_in(c, k, "case", on)) victim = true;
    if (k > h && (rel_is(c, k, "obl:agent") || (rel_base(c, k, "nmod") && case_word(c, k, "by"))))
      return false; /* "the attack on the base by militants" */
  }
  return victim;
}

/* Whether entity e is a town or region (a place inside a first-level
 * division), not a country. */
static bool local_place(const ectx *c, uint32_t e) {
  return c->ent_local && e < c->d->entities.n && c->ent_local[e];
}

/* The event, and with a paired code ([042:043]: a visit and its hosting)
 * the reverse event too ... */
static nm_status emit2(ectx *c, const vcode *vc, int32_t s, int32_t t, const acode *sa,
                       const acode *ta, uint32_t se, uint32_t te) {
  /* force not specified (190) that police use on protesters is
   * repression (175): "police used force to disperse protesters" */
  size_t sl = strlen(sa->code), tl = strlen(ta->code);
  bool repression = !strcmp(vc->code, "190") && sl >= 6 && !strcmp(sa->code + sl - 3, "COP") &&
                    tl >= 6 && !strcmp(ta->code + tl - 3, "OPP");
  nm_status st = emit1(c, vc, repression ? "175" : vc->code, s, t, sa, ta, se, te);
  /* ... but a town, or a thing coded only by the place it is in, does
   * nothing back ("missiles hit an energy facility in the Odesa region",
   * "hit the city of Kharkiv": no reverse 193; "signed an agreement with
   * Haiti" keeps it) */
  if (st == NM_OK && vc->code2 && !located_only(c, t, true) && !local_place(c, te))
    st = emit1(c, vc, vc->code2, t, s, ta, sa, te, se);
  return st;
}

/* A coded compound actor ("ELR/GAL": one name for several actors) gives
 * an event for each of its codes, as the TABARI manual says. */
static void sentence_country(const ectx *c, uint32_t si, uint32_t self, uint32_t near,
                             bool before_any, char *out);
/* Whether the body's word k (a compound before a head) has no country of
 * its own in its phrase: "a Foreign Ministry spokeswoman", not "a Chinese
 * Foreign Ministry spokeswoman". */
static bool bare_body(const ectx *c, int32_t k) {
  uint32_t own = entity_at(c, k);
  for (int32_t q = c->kid[k]; q >= 0; q = c->sib[q]) {
    uint32_t e = entity_at(c, q);
    if (q < k && e != NONE32 && e != own &&
        (rel_base(c, q, "amod") || rel_base(c, q, "compound") || rel_base(c, q, "nmod:poss")))
      return false;
  }
  return true;
}

/* The one country named in the phrase that opens the sentence and ends
 * with a comma right before word lo ("At a regular briefing in the
 * Chinese capital, a spokeswoman …": CHN); false when none, or two. */
static bool opening_phrase_country(const ectx *c, int32_t lo, char out[4]) {
  if (lo < 3 || !word_is_ci(c, lo - 1, ",")) return false;
  static const char *const preps[] = {"at", "in", "during", "on", "from", NULL};
  if (!word_in(lemma(c, 0), preps)) return false;
  out[0] = 0;
  for (int32_t q = 0; q < lo - 1; q++) {
    if (word_is_ci(c, q, ",")) return false; /* one phrase */
    uint32_t e = entity_at(c, q);
    if (e == NONE32 || e >= c->d->entities.n || !bare_country(c->ent[e].code)) continue;
    if (out[0] && strncmp(out, c->ent[e].code, 3) != 0) return false;
    memcpy(out, c->ent[e].code, 3);
    out[3] = 0;
  }
  return out[0] != 0;
}

static bool opening_place_country(const ectx *c, uint32_t si, char out[4]);
static void article_country(const ectx *c, char out[4]);
/* The country of a place named with "in" in an agent's own phrase: its
 * modifier ("police in Niger") or its relative clause's ("the soldiers
 * who seized power in Niger", under an Abuja dateline). */
static bool own_place_country(const ectx *c, int32_t h, char out[4]) {
  static const char *const in[] = {"in", "inside", NULL};
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
    int32_t cand[8];
    int nc = 0;
    if (rel_base(c, k, "nmod")) cand[nc++] = k;
    if (rel_base(c, k, "acl"))
      for (int32_t j = c->kid[k]; j >= 0 && nc < 8; j = c->sib[j])
        if (rel_base(c, j, "obl")) cand[nc++] = j;
    for (int i = 0; i < nc; i++) {
      uint32_t e = entity_at(c, cand[i]);
      if (e == NONE32 || e >= c->d->entities.n || !dep_lemma_in(c, cand[i], "case", in)) continue;
      const char *code = c->ent[e].code;
      if (!bare_country(code)) continue;
      memcpy(out, code, 4);
      return true;
    }
  }
  return false;
}

/* Whether agent h is the other party of a relation that country cc owns:
 * "Moscow's ties with the army-led government", "Russian talks with the
 * junta" (the government is not Russia's). */
static bool other_party_of(const ectx *c, int32_t h, const char *cc) {
  static const char *const with[] = {"with", "between", "against", NULL};
  int32_t p = c->head[h];
  if (p < 0 || !rel_base(c, h, "nmod") || !dep_lemma_in(c, h, "case", with)) return false;
  for (int32_t k = c->kid[p]; k >= 0; k = c->sib[k]) {
    if (k == h || !(rel_base(c, k, "nmod") || rel_base(c, k, "amod"))) continue;
    uint32_t e = entity_at(c, k);
    if (e != NONE32 && e < c->d->entities.n && !strcmp(c->ent[e].code, cc)) return true;
  }
  return false;
}

/* Whether every mention in the sentence of country cc lies inside a
 * counterpart's phrase (with, against, from, to) of the verb whose subject
 * is h ("the junta has steadily cut ties with France": France is whom it
 * acts on, not the junta's country; "police arrested Gondorian opposition
 * leaders" keeps the country). */
static bool only_in_verb_complements(const ectx *c, int32_t h, const char *cc) {
  static const char *const counterpart[] = {"with", "against", "from", "to", NULL};
  if (h < 0 || !rel_base(c, h, "nsubj") || c->head[h] < 0) return false;
  int32_t v = c->head[h];
  bool any = false;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  for (size_t mi = first_mention_of(c, c->si);
       mi < c->d->mentions.n && ms[mi].sentence == c->si; mi++) {
    uint32_t e = ms[mi].entity;
    if (e >= c->d->entities.n || strcmp(c->ent[e].code, cc) != 0 || ms[mi].first_token < c->first)
      continue;
    int32_t i = (int32_t)(ms[mi].first_token - c->first);
    int32_t k = i; /* up to the verb's child, through a counterpart's phrase */
    bool party = false;
    for (int up = 0; up < 16 && k >= 0 && c->head[k] != v; up++) {
      party = party || dep_lemma_in(c, k, "case", counterpart);
      k = c->head[k];
    }
    party = party || (k >= 0 && dep_lemma_in(c, k, "case", counterpart));
    if (k >= 0 && (rel_base(c, k, "advcl") || rel_base(c, k, "xcomp"))) party = true;
    if (k < 0 || c->head[k] != v || k == h || !party ||
        !(rel_base(c, k, "obj") || rel_base(c, k, "obl") || rel_base(c, k, "advcl") ||
          rel_base(c, k, "xcomp")))
      return false;
    any = true;
  }
  return any;
}

/* Whether every mention of country cc in the sentence is a seat of
 * international bodies: "a spokeswoman for the UN human rights office in
 * Geneva … called on the military to halt attacks" (the military is no
 * Swiss one). */
static bool seat_name(const char *s, size_t n);
static bool only_seats(const ectx *c, const char *cc) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  bool any = false;
  for (size_t i = first_mention_of(c, c->si); i < c->d->mentions.n && ms[i].sentence == c->si;
       i++) {
    if (ms[i].entity >= c->d->entities.n || strncmp(c->ent[ms[i].entity].code, cc, 3) != 0)
      continue;
    if (!seat_name(c->d->text + ms[i].start, ms[i].end - ms[i].start)) return false;
    any = true;
  }
  return any;
}

/* Whether cc is the country of the object of the verb whose subject is h
 * ("The junta ordered French troops out": the troops', not the junta's). */
static bool object_country(const ectx *c, int32_t h, const char *cc) {
  if (h < 0 || !rel_base(c, h, "nsubj") || c->head[h] < 0) return false;
  int32_t o = child(c, c->head[h], "obj", false);
  acode a;
  uint32_t e;
  memset(&a, 0, sizeof a);
  /* (a foreign state's envoy or forces, named by their demonym: a body
   * acting on its own country's people, "police arrested Gondorian
   * opposition leaders", keeps the country) */
  if (o < 0 || !code_np(c, o, &a, &e) || !bare_country_prefix(a.code) ||
      strncmp(a.code, cc, 3) != 0 || strlen(a.code) < 6 ||
      !(strstr(a.code + 3, "MIL") || strstr(a.code + 3, "GOV")))
    return false;
  for (int32_t k = c->kid[o]; k >= 0; k = c->sib[k])
    if (k < o && rel_base(c, k, "amod") && mention_at(c, k) != NONE32) return true;
  return false;
}

/* "The Israeli military said troops had seized weapons", "Troops seized
 * weapons, the army said": the one reporting what agent h did, when it
 * is a country's body of role role (MIL for troops): its country in cc. */
static bool reporter_country(const ectx *c, int32_t h, const char *role, char cc[4]) {
  static const char *const report[] = {"say", "report", "announce", "add", "confirm", NULL};
  if (!rel_base(c, h, "nsubj") || c->head[h] < 0) return false;
  int32_t v = c->head[h], u = -1;
  if (rel_is(c, v, "ccomp") && c->head[v] >= 0 && word_in(lemma(c, c->head[v]), report))
    u = c->head[v];
  for (int32_t k = c->kid[v]; k >= 0 && u < 0; k = c->sib[k])
    if (k > v && rel_is(c, k, "parataxis") && word_in(lemma(c, k), report)) u = k;
  int32_t us = u >= 0 ? subject_of(c, u, 0) : -1;
  acode a;
  uint32_t e;
  memset(&a, 0, sizeof a);
  if (us < 0 || us == h || !code_np(c, us, &a, &e) || strlen(a.code) < 6 ||
      !bare_country_prefix(a.code))
    return false;
  for (size_t k = 3; k + 3 <= strlen(a.code); k += 3)
    if (!strncmp(a.code + k, role, 3)) {
      snprintf(cc, 4, "%.3s", a.code);
      return true;
    }
  return false;
}

static void army_country(ectx *c, uint32_t before, char out[4]);
static void article_country(const ectx *c, char out[4]);

/* Whether s[0..n) names a seat of international bodies (Brussels,
 * Geneva, Strasbourg, The Hague, Luxembourg), "The" aside (GeoNames
 * names Geneva "Genève"). */
static bool seat_name(const char *s, size_t n) {
  static const char *const seats[] = {"Brussels",   "Geneva", "Gen\xc3\xa8ve", "Strasbourg",
                                      "Hague",      "Luxembourg", NULL};
  if (n > 4 && !memcmp(s, "The ", 4)) s += 4, n -= 4;
  for (size_t k = 0; seats[k]; k++)
    if (n == strlen(seats[k]) && !memcmp(s, seats[k], n)) return true;
  return false;
}

/* Whether the dateline is a seat of international bodies, whose stories
 * are often on other countries. */
static bool seat_dateline(const ectx *c) {
  if (c->dateline_place == NONE32 || c->dateline_place >= c->d->places.n) return false;
  const nm_place *p = (const nm_place *)c->d->places.data + c->dateline_place;
  return p->name && seat_name(p->name, strlen(p->name));
}

/* "BANGKOK (AP) — Myanmar's military government bombed a village …":
 * a dateline in a country the story never names again is a news
 * bureau's, and an agent with no country of its own is the story's
 * country (article_country()), not the bureau's. Into cc_out; empty when
 * the dateline's country is named past the dateline (but for a seat of
 * international bodies), or the story has no other country. */
static void compute_bureau(const ectx *c, char cc_out[4]) {
  cc_out[0] = 0;
  if (c->dateline_place == NONE32 || c->dateline_place >= c->d->places.n || !c->ent)
    return;
  const nm_place *p = (const nm_place *)c->d->places.data + c->dateline_place;
  if (!bare_country(p->country)) return;
  /* a seat of international bodies is a bureau's dateline however often
   * the story names it ("BRUSSELS (Reuters) — The European Union …
   * demonstrators have gathered outside parliament" is Georgia's) */
  bool seat = seat_dateline(c);
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t again = 0; /* the dateline's country named past the dateline */
  for (size_t i = 0; i < c->d->mentions.n && !seat; i++) {
    if (ms[i].start < c->d->dateline.end || ms[i].entity >= c->d->entities.n) continue;
    if (!strncmp(c->ent[ms[i].entity].code, p->country, 3)) again++;
  }
  char focus[4];
  article_country(c, focus);
  if (!again && bare_country(focus) && strcmp(focus, p->country) != 0) memcpy(cc_out, focus, 4);
  /* (the dateline's weight may make its country the focus: then the
   * country the story's names most often code past the dateline, three
   * times at least: "BANGKOK — An air strike by Myanmar's military …";
   * named again, the dateline's country is the bureau's only when
   * another country is named three times as often, six times at least:
   * "CAIRO — Sudan's RSF …", with "the Arab League, based in Cairo") */
  if (!cc_out[0] && !seat) {
    enum { MAXC = 32 };
    char cc[MAXC][4];
    size_t cnt[MAXC], nc = 0, best = MAXC;
    for (size_t i = 0; i < c->d->mentions.n; i++) {
      if (ms[i].start < c->d->dateline.end || ms[i].entity >= c->d->entities.n) continue;
      const char *code = c->ent[ms[i].entity].code;
      if (!bare_country_prefix(code) || code[0] == '-') continue;
      size_t j = 0;
      while (j < nc && strncmp(cc[j], code, 3) != 0)
        j++;
      if (j == nc) {
        if (nc == MAXC) continue;
        snprintf(cc[nc], 4, "%.3s", code);
        cnt[nc++] = 0;
      }
      if (++cnt[j] >= 3 && (best == MAXC || cnt[j] > cnt[best])) best = j;
    }
    if (best < MAXC && bare_country(cc[best]) && strcmp(cc[best], p->country) != 0 &&
        (!again || (cnt[best] >= 6 && cnt[best] >= 3 * again)))
      memcpy(cc_out, cc[best], 4);
  }
}

static bool bureau_country(ectx *c, char out[4]) {
  if (!c->bureau_ready) {
    c->bureau_ready = true;
    compute_bureau(c, c->bureau_cc);
  }
  if (!c->bureau_cc[0]) return false;
  memcpy(out, c->bureau_cc, 4);
  return true;
}

/* "the army", "the military", "police" with no country of their own
 * (---MIL): a state's body is the country's the sentence names (one
 * country, as a modifier), else the dateline's ("KHARTOUM (Reuters) --
 * ... the army denied"). Other roles (reporters, civilians) stay. */
/* nouns that stand for a country: "the island's president" */

static void local_country(ectx *c, acode *a, int32_t h, uint32_t ent, bool source,
                          const char *other) {
  /* plural heads are generic ("urged governments to ..."), but for these,
   * and for troops and soldiers who act ("troops had killed …"; not
   * those sent: "Brazil said it had sent more troops to its border") */
  /* ... and a state's arms named by their owner ("government drones
   * struck", "army jets bombed": the role is the modifier's) */
  static const char *const plural_ok[] = {"authority", "force", "police", "prosecutor", "drone",
                                          "jet", "warplane", "helicopter", "gunboat", "warship",
                                          "tank", "officer", "lawmaker", "legislator",
                                          "protester", "demonstrator", NULL};
  static const char *const plural_acting[] = {"troop", "troops", "soldier", "agent", "party",
                                              NULL};
  static const char *const indefinite[] = {"a", "an", "some", "other", "many", "any", NULL};
  /* and a state's opposition ("accused the opposition of planning a coup");
   * roles may be joined ("the ruling military council": GOVMIL) */
  size_t cl = strlen(a->code);
  if (strncmp(a->code, "---", 3) != 0 || cl < 6 || cl % 3 != 0) return;
  /* "we will not allow a foreign court to …", "foreign troops": another
   * country's, whichever that is, never the story's own */
  /* (not a foreign ministry, minister or service, the state's own) */
  static const char *const own_foreign[] = {"ministry",   "minister", "office", "secretary",
                                            "department", "service",  "affair", "relation",
                                            "policy",     NULL};
  for (int32_t k = h >= 0 && (size_t)h < c->n ? c->kid[h] : -1; k >= 0; k = c->sib[k])
    if (k < h && rel_base(c, k, "amod") && word_is_ci(c, k, "foreign") &&
        !word_in(lemma(c, h), own_foreign))
      return;
  /* "shelling killed at least nine civilians across the Kharkiv region":
   * civilians (or protesters, the opposition's) that an act's place
   * phrase (in, across, near, throughout) puts in a country are that
   * country's */
  static const char *const where[] = {"in", "across", "near", "throughout", "around", NULL};
  int32_t hv = h >= 0 && (size_t)h < c->n ? c->head[h] : -1;
  if (!source && (!strcmp(a->code, "---CVL") || !strcmp(a->code, "---OPP")) && hv >= 0 &&
      (rel_base(c, h, "obj") || rel_base(c, h, "obl"))) {
    for (int32_t k = c->kid[hv]; k >= 0; k = c->sib[k]) {
      if (k <= h || !rel_base(c, k, "obl") || !dep_lemma_in(c, k, "case", where)) continue;
      uint32_t pe = place_mention(c, k) ? entity_at(c, k) : NONE32;
      /* ("the Kharkiv region": the place that names the region) */
      for (int32_t q = c->kid[k]; q >= 0 && pe == NONE32; q = c->sib[q])
        if (q < k && place_mention(c, q)) pe = entity_at(c, q);
      if (pe == NONE32 || pe >= c->d->entities.n || !c->ent ||
          !bare_country_prefix(c->ent[pe].code))
        continue;
      char code[CODE_CAP];
      snprintf(code, sizeof code, "%.3s%s", c->ent[pe].code, a->code + 3);
      snprintf(a->code, sizeof a->code, "%s", code);
      snprintf(a->reason, sizeof a->reason, "people where the act took place: %.3s", code);
      return;
    }
  }
  bool opposition = cl == 6 && (!strcmp(a->code + 3, "OPP") || !strcmp(a->code + 3, "PTY"));
  for (size_t k = 3; k < cl && !opposition; k += 3) {
    char role[4];
    memcpy(role, a->code + k, 3);
    role[3] = 0;
    if (!word_in(role, state_roles)) return;
  }
  /* a common noun's phrase, not a person or organisation the article
   * names ("Marovia's foreign minister, Teodor Brask" is no Swiss
   * minister for a Geneva dateline) */
  /* (a pronoun that stands for the reporting verb's subject noun is that
   * noun: "Police said they had arrested …") */
  if (ent == NONE32 && h >= 0 && (size_t)h < c->n && !strcmp(a->reason, reporting_subject) &&
      rel_base(c, h, "nsubj") && c->head[h] >= 0 && c->head[c->head[h]] >= 0) {
    int32_t s = reporter_subject(c, c->head[c->head[h]], h);
    if (s >= 0) h = s;
  }
  /* "Serb forces": a people's name before the agent that the gazetteer
   * gives a country the dictionaries lack ("Serb": SRB) is the agent's
   * country (the people is the phrase's entity) */
  if (ent != NONE32 && ent < c->d->entities.n && c->ent && h >= 0 && (size_t)h < c->n &&
      strlen(c->ent[ent].code) == 3 && bare_country(c->ent[ent].code)) {
    for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
      uint32_t km = k < h ? mention_at(c, k) : NONE32;
      if (km == NONE32 || entity_at(c, k) != ent ||
          ((const nm_mention *)c->d->mentions.data)[km].type != NM_ENT_NORP)
        continue;
      char code[CODE_CAP];
      snprintf(code, sizeof code, "%s%s", c->ent[ent].code, a->code + 3);
      snprintf(a->code, sizeof a->code, "%s", code);
      snprintf(a->reason, sizeof a->reason, "agent and the people its modifier names: %s",
               c->ent[ent].code);
      return;
    }
  }
  if (ent != NONE32 || h < 0 || (size_t)h >= c->n || strcmp(upos(c, h), "NOUN") != 0) return;
  const nm_word_tags *tg = &c->tg[c->first + (size_t)h];
  /* ("Opposition leaders accused …": the opposition's own word before the
   * head of a source, not protesters or demonstrators, whom the
   * dictionaries also code OPP, and who may be anyone's; a target's
   * country the sentence may not give: "masked men who attacked
   * opposition activists", in a sentence on Britain's list) */
  bool named_opposition = false;
  for (int32_t k = c->kid[h]; opposition && source && k >= 0 && !named_opposition;
       k = c->sib[k])
    named_opposition = k < h && !strcmp(lemma(c, k), "opposition");
  /* ("thousands of protesters": the people the quantity counts) */
  int32_t hp = h;
  for (int32_t k = word_in(lemma(c, h), quantity_words) ? c->kid[h] : -1; k >= 0; k = c->sib[k])
    if (k > h && rel_base(c, k, "nmod") && case_word(c, k, "of")) hp = k;
  if (tg->xpos && !strcmp(tg->xpos, "NNS") && !word_in(lemma(c, hp), plural_ok) &&
      !(source && word_in(lemma(c, hp), plural_acting)) && !named_opposition)
    return;
  /* "Southern African troops": people of a place the dictionaries do not
   * code (a name, or a capitalised adjective) are theirs */
  /* (a party's adjective is no place: "Republican lawmakers") */
  static const char *const parties[] = {"Republican", "Democratic", "Conservative", "Liberal",
                                         "Labour",     "Socialist",  "Communist",    NULL};
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k])
    if (k < h && (mention_at(c, k) != NONE32 ||
                  (k > 0 && rel_base(c, k, "amod") && capitalised(c, k) &&
                   !word_in(lemma(c, k), parties)))) /* not "Armed" */
      return;
  char cc[4] = "";
  /* "a special envoy sent by U.S. President Donald Trump": the country of
   * the one who sent or appointed the agent (a participle's by-phrase) */
  const char *why = "agent and the place its own phrase names";
  /* "Republican lawmakers", "Democratic senators": the U.S. parties */
  for (int32_t k = c->kid[h]; k >= 0 && !cc[0]; k = c->sib[k])
    if (k < h && k > 0 && rel_base(c, k, "amod") &&
        (word_is_ci(c, k, "Republican") || word_is_ci(c, k, "Democratic"))) {
      snprintf(cc, sizeof cc, "%s", "USA");
      why = "agent and a U.S. party's adjective";
    }
  /* (not one who backs, supports or trains it: "government troops
   * backed by Ugandan forces" are no Ugandan troops) */
  static const char *const helping[] = {"back",   "support", "assist",  "aid",    "help",
                                        "arm",    "equip",   "train",   "fund",   "finance",
                                        "accompany", "escort", "join",  "reinforce", "advise",
                                        "supply", "bolster", NULL};
  for (int32_t k = c->kid[h]; k >= 0 && !cc[0]; k = c->sib[k]) {
    if (k < h || !rel_base(c, k, "acl") || strcmp(xpos(c, k), "VBN") != 0 ||
        word_in(lemma(c, k), helping))
      continue;
    for (int32_t j = c->kid[k]; j >= 0 && !cc[0]; j = c->sib[j]) {
      acode ba;
      uint32_t be;
      memset(&ba, 0, sizeof ba);
      if ((rel_is(c, j, "obl:agent") || (rel_base(c, j, "obl") && case_word(c, j, "by"))) &&
          code_np(c, j, &ba, &be) && bare_country_prefix(ba.code) && ba.code[0] != '-') {
        snprintf(cc, sizeof cc, "%.3s", ba.code);
        why = "agent and the country of the one its phrase says sent it";
      }
    }
  }
  /* (an opposition figure is the country's, however counted: "arrested
   * a prominent opposition activist") */
  /* (nor a court, which is a country's own: "after a special court
   * cleared him of all charges in Greece's biggest corruption trial") */
  if (!cc[0] && !opposition && strcmp(a->code + 3, "JUD") != 0 &&
      dep_lemma_in(c, h, "det", indefinite))
    return;
  /* "In Seoul, 16 students were arrested by police after they tried to
   * enter the Japanese Embassy": the place the sentence opens with, over
   * a country a modifier names; but the agent's own phrase first */
  bool from_sentence = false; /* cc is the one country the sentence names */
  /* "after the island's then-president met …": an office of "the
   * country" (island, nation …) is of the country named last before */
  int32_t own = child(c, h, "nmod:poss", false);
  if (!cc[0] && own >= 0 && own < h && word_in(lemma(c, own), country_nouns) &&
      dep_lemma_in(c, own, "det", (const char *const[]){"the", NULL}) &&
      country_named_before(c, c->first + (uint32_t)own, cc))
    why = "agent and the country \"the country's\" names";
  /* "Serbian President Aleksandar Vucic put the army on the highest
   * state of alert and ordered troops to move": a state's forces that a
   * government official commands (order, put, place, deploy, mobilise …)
   * are that official's own */
  static const char *const command[] = {"order", "put", "place", "deploy", "mobilize",
                                        "mobilise", "command", "instruct", "dispatch", NULL};
  int32_t cv = c->head[h];
  if (!cc[0] && !source && other && strlen(other) >= 6 && other[0] != '-' &&
      bare_country_prefix(other) && !strncmp(other + 3, "GOV", 3) &&
      (!strcmp(a->code + 3, "MIL") || !strcmp(a->code + 3, "COP")) && cv >= 0 &&
      rel_base(c, h, "obj") && word_in(lemma(c, cv), command)) {
    snprintf(cc, sizeof cc, "%.3s", other);
    why = "forces the source's official commands: the source's country";
  }
  if (cc[0]) {
    /* the sender's, or the country's */
  } else if (reporter_country(c, h, a->code + 3, cc)) {
    why = "agent and the country of its own kind of body reporting it";
  } else if (!own_place_country(c, h, cc)) {
    why = "agent and the place the sentence opens with";
    if (!opening_place_country(c, c->si, cc)) {
      why = "agent and the sentence's one country";
      sentence_country(c, c->si, NONE32, c->first + (uint32_t)h, true, cc);
      if (cc[0] && (other_party_of(c, h, cc) || object_country(c, h, cc) || only_seats(c, cc) ||
                    ((!strcmp(a->code + 3, "GOV") || !strcmp(a->code + 3, "MIL") ||
                      /* ("Prosecutors cited her reporting on military
                       * operations in northern Iraq": Turkey's) */
                      !strcmp(a->code + 3, "JUD") || !strcmp(a->code + 3, "COP")) &&
                     only_in_verb_complements(c, h, cc))))
        cc[0] = 0;
      from_sentence = cc[0] != 0;
    }
  }
  /* "Far-right ministers in his coalition threatened to quit the
   * government" under a Cairo dateline: a government or legislature whose
   * country nothing in the sentence names is that of the source, when the
   * source is a state's political insider (government, legislature,
   * opposition), before the dateline's */
  /* (not a junta: "Macron criticized the junta" is no French one) */
  if (!cc[0] && !source && other && strlen(other) == 6 && other[0] != '-' &&
      bare_country_prefix(other) && (!strcmp(a->code + 3, "GOV") || !strcmp(a->code + 3, "LEG")) &&
      word_in(other + 3, insider_roles) && strcmp(lemma(c, h), "junta") != 0) {
    snprintf(cc, sizeof cc, "%.3s", other);
    why = "body and the source's country";
  }
  /* "A Myanmar military airstrike … fighter jets bombed a monastery"
   * under a Bangkok dateline: the one army the article named before */
  if (!cc[0] && !strcmp(a->code + 3, "MIL")) {
    army_country(c, c->first + (uint32_t)h, cc);
    if (cc[0]) why = "agent and the one country whose army the article named before";
  }
  if (!cc[0] && bureau_country(c, cc)) why = "agent and the story's country (a bureau's dateline)";
  /* (a seat's dateline gives a state's body no country when the story has
   * no country of its own: the parliament of a Brussels story on Georgia
   * is not Belgium's) */
  if (!cc[0] && c->dateline_place != NONE32 && c->dateline_place < c->d->places.n &&
      !seat_dateline(c)) {
    const nm_place *p = (const nm_place *)c->d->places.data + c->dateline_place;
    if (bare_country(p->country)) snprintf(cc, sizeof cc, "%s", p->country);
    why = "agent and the dateline's country";
  }
  if (!cc[0]) return;
  char code[CODE_CAP];
  snprintf(code, sizeof code, "%s%s", cc, a->code + 3);
  /* "The U.S. embassy urged the authorities to release her" under a
   * Nairobi dateline: a target body that would be the source itself (an
   * event dropped as self-directed) is the dateline's country's, else the
   * article's, when that is another; when the sentence named the country
   * or the body is "the authorities" (not the government that ministers
   * threaten to quit, which is their own) */
  if (!source && other && (from_sentence || !strcmp(lemma(c, h), "authority")) &&
      !strcmp(code, other)) {
    char alt[4] = "";
    if (c->dateline_place != NONE32 && c->dateline_place < c->d->places.n) {
      const nm_place *p = (const nm_place *)c->d->places.data + c->dateline_place;
      if (bare_country(p->country)) snprintf(alt, sizeof alt, "%s", p->country);
    }
    why = "body, not the source's own: the dateline's country";
    if (!alt[0] || !strcmp(alt, cc)) {
      article_country(c, alt);
      why = "body, not the source's own: the article's country";
    }
    if (alt[0] && strcmp(alt, cc) != 0) {
      memcpy(cc, alt, 4);
      snprintf(code, sizeof code, "%s%s", cc, a->code + 3);
    }
  }
  snprintf(a->code, sizeof a->code, "%s", code);
  snprintf(a->reason, sizeof a->reason, "%s: %s", why, cc);
}

static nm_status emit(ectx *c, const vcode *vc, int32_t s, int32_t t, const acode *sa0,
                      const acode *ta0, uint32_t se, uint32_t te) {
  acode sl = *sa0, tl = *ta0;
  const acode *sa = &sl, *ta = &tl;
  local_country(c, &sl, s, se, true, NULL);
  local_country(c, &tl, t, te, false, sl.code);
  /* "the opposition threatened to storm the residence of Georgian
   * President Eduard Shevardnadze": an opposition of no country, acting
   * on a state's body (its government, parliament, army …), opposes that
   * state */
  /* ... and so do a people of no country that protest against, demand of
   * or disapprove of a state's body (10, 11, 14: "Islamic fundamentalists
   * continued their hunger strike to demand the resignation of Algerian
   * President X", ---MUS: DZAMUS) */
  static const char *const people[] = {"CVL", "PPL", "MUS", "REF", "LAB", "EDU", NULL};
  bool opp = !strcmp(sl.code, "---OPP");
  bool pleading = strlen(sl.code) == 6 && !strncmp(sl.code, "---", 3) &&
                  word_in(sl.code + 3, people) && vc->code[0] == '1' &&
                  (vc->code[1] == '0' || vc->code[1] == '1' || vc->code[1] == '4');
  if ((opp || pleading) && strlen(tl.code) == 6 && tl.code[0] != '-' &&
      bare_country_prefix(tl.code) && word_in(tl.code + 3, state_roles)) {
    char code[8];
    snprintf(code, sizeof code, "%.3s%.3s", tl.code, sl.code + 3);
    snprintf(sl.code, sizeof sl.code, "%s", code);
    snprintf(sl.reason, sizeof sl.reason, "%s of the state its target serves: %.3s",
             opp ? "the opposition" : "people", tl.code);
  }
  /* "Egyptian police opened fire to disperse Moslem fundamentalist
   * demonstrators": people of no country whom a state's security or
   * government body uses force or repression on (17-20) are that state's,
   * when the sentence names no other country */
  static const char *const crowd[] = {"OPP", "CVL", "PPL", "MUS", "REF", "LAB", "EDU", NULL};
  static const char *const forces[] = {"COP", "MIL", "GOV", "SPY", "JUD", NULL};
  if (strlen(tl.code) == 6 && !strncmp(tl.code, "---", 3) && word_in(tl.code + 3, crowd) &&
      strlen(sl.code) == 6 && sl.code[0] != '-' && bare_country_prefix(sl.code) &&
      word_in(sl.code + 3, forces) &&
      ((vc->code[0] == '1' && vc->code[1] >= '7') || (vc->code[0] == '2' && vc->code[1] == '0'))) {
    char cc[4];
    sentence_country(c, c->si, te, NONE32, false, cc);
    if (cc[0] && !strncmp(cc, sl.code, 3)) {
      char code[8];
      snprintf(code, sizeof code, "%.3s%.3s", sl.code, tl.code + 3);
      snprintf(tl.code, sizeof tl.code, "%s", code);
      snprintf(tl.reason, sizeof tl.reason, "people the state's force acts on: %.3s", sl.code);
    }
  }
  if (!strchr(sa->code, '/') && !strchr(ta->code, '/')) return emit2(c, vc, s, t, sa, ta, se, te);
  acode a = *sa, b = *ta;
  for (const char *p = sa->code; *p;) {
    size_t n = strcspn(p, "/");
    snprintf(a.code, sizeof a.code, "%.*s", (int)n, p);
    for (const char *q = ta->code; *q;) {
      size_t m = strcspn(q, "/");
      snprintf(b.code, sizeof b.code, "%.*s", (int)m, q);
      if (n && m) {
        nm_status st = emit2(c, vc, s, t, &a, &b, se, te);
        if (st != NM_OK) return st;
      }
      q += m + (q[m] == '/');
    }
    p += n + (p[n] == '/');
  }
  return NM_OK;
}

/* Combines an upper verb's code with its complement's through PICO:
 * "vow" (intend) + "attack" -> threaten. NULL when they do not combine. */
/* The CAMEO code of PICO value base + act, generalising act until one
 * exists (the topic digit, then the action's), or NULL. */
static const char *pico_generalise(const ectx *c, size_t li, uint32_t base, uint32_t act) {
  for (int drop = 0; drop < 3; drop++) {
    const char *code = nm_cameo_pico_code(c->L[li], base + act);
    if (code) return code;
    act &= ~(0xFu << (4 * drop));
  }
  return NULL;
}

/* Whether a PICO value is an appeal, intent, demand or threat (2, 3, 4,
 * 6): its complement's action has not happened. */
static bool modal_pico(uint32_t a) {
  uint32_t top = (a >> 12) & 0xF;
  return (int32_t)a >= 0 && (top == 2 || top == 3 || top == 4 || top == 6);
}

static const char *combine(const ectx *c, size_t li, const char *up, const char *low) {
  uint32_t a, b;
  if (!nm_cameo_pico(c->L[li], up, &a) || !nm_cameo_pico(c->L[li], low, &b)) return NULL;
  /* appeal, intend, demand and threaten take the complement's action */
  if (!modal_pico(a) || (int32_t)b < 0) return NULL;
  /* ... and appeal, intend and demand a meeting or mediation, which PICO
   * gives the consultation's own digits ("offered to mediate" 039 as
   * mediation is 045, 0xB030; "asked the council to hold a meeting" 026
   * as a meeting's 0xB010); not a bare consultation, visit or journey
   * ("want this to go away") */
  uint32_t top = (a >> 12) & 0xF;
  if ((b & 0xF000) == 0xB000 && (b & 0x0FF0) != 0 && top >= 2 && top <= 4)
    return pico_generalise(c, li, a & 0xF000, b & 0x0FFF);
  /* ... and a complement of the upper verb's own kind is the more
   * specific: "offered to host talks between the two" (030 and HOST's
   * "* TALKS (BETWEEN) [039]"), an intent to mediate */
  if ((b & 0xF000) == (a & 0xF000) && (b & 0x0FFF) != 0 && (a & 0x0FFF) == 0) return low;
  if ((b & 0xF000) != 0) return NULL;
  return pico_generalise(c, li, a & 0xF000, b & 0x0FFF);
}

/* The code of a dictionary verb word (its first form's), or NULL. */
static const char *verb_word_code(const nm_cameo *L, uint32_t w) {
  nm_cameo_verb f[4];
  if (w == NM_CAMEO_NONE || !nm_cameo_verbs(L, w, f, 4)) return NULL;
  return f[0].code;
}

/* The code of the noun phrase at h for a transformation, or NULL. */
static const char *arg_code(const ectx *c, int32_t h, acode *buf) {
  uint32_t e;
  if (h < 0 || !code_np(c, h, buf, &e)) return NULL;
  return buf->code;
}

/* Whether the phrase headed by h gets its country only from a place in a
 * prepositional phrase after its head ("relief officials in Nairobi"):
 * where they are, not whose side they are on. With strict, only a phrase
 * of place counts ("in", "at", "near" …): not "an agreement with Haiti",
 * "leaders of Romania's government". */
static bool located_only(const ectx *c, int32_t h, bool strict) {
  if (h < 0 || mention_at(c, h) != NONE32) return false;
  int32_t lo, hi, alo = -1, ahi = -1;
  np_range(c, h, &lo, &hi);
  acode t;
  memset(&t, 0, sizeof t);
  if (!code_words_at(c, lo, hi, h, &t, &alo, &ahi)) {
    /* a name the dictionaries do not hold, coded as an entity ("the strike
     * in Kani township"): the last after the head, as code_np() takes it */
    for (int32_t i = hi; i > h && alo < 0; i--)
      if (entity_at(c, i) != NONE32) alo = i;
  }
  if (alo <= h) return false;
  int32_t k = alo;
  for (int up = 0; up < 8 && k >= 0 && c->head[k] != h; up++)
    k = c->head[k];
  if (k < 0 || c->head[k] != h || !rel_base(c, k, "nmod") || case_of(c, k) < 0) return false;
  return !strict || place_phrase(c, k);
}

/* Binds variable v to code x (NULL: no actor). '.' is any actor, '_' no
 * actor, a letter the same actor wherever it stands. */
static bool bind_var(char v, const char *x, char *names, const char **vals, size_t *nb) {
  if (v == '.') return x != NULL;
  if (v == '_') return x == NULL;
  if (!x) return false;
  for (size_t i = 0; i < *nb; i++)
    if (names[i] == v) return strcmp(vals[i], x) == 0;
  for (size_t i = 0; i < *nb; i++)
    if (!strcmp(vals[i], x)) return false; /* another letter, another actor */
  if (*nb >= 4) return false;
  names[*nb] = v;
  vals[*nb] = x;
  (*nb)++;
  return true;
}

/* Whether verb v is in the future or conditional ("will attack"). */
static bool future(const ectx *c, int32_t v) {
  static const char *const w[] = {"will", "would", "shall", NULL};
  return dep_lemma_in(c, v, "aux", w);
}

/* Transformations: "~ a (b . ATTACK) SAY = a b 112": "A said B attacked"
 * is an accusation. Outer and inner verbs match by code, as in PETRARCH.
 * On a match the lower event takes the result's code, source and target
 * and the upper verb codes nothing. */
static bool transform(ectx *c, vcode *up, vcode *lo) {
  /* "22 people were killed, according to the United Nations": who reports
   * an act through "according to" is no party to it */
  if (!strcmp(lemma(c, up->v), "accord")) return false;
  int32_t us = subject_of(c, up->v, 0), ls = subject_of(c, lo->v, 0);
  int32_t cand[16];
  size_t nc = lo->tgt >= 0 ? 1 : target_candidates(c, lo->v, cand, 16, 0);
  if (lo->tgt >= 0) cand[0] = lo->tgt;
  int32_t lt = -1;
  acode ba, bs, bt;
  const char *a = arg_code(c, us, &ba), *bsrc = ls >= 0 && ls != us ? arg_code(c, ls, &bs) : NULL;
  if (ls == us) bsrc = NULL; /* xcomp: the lower verb has no subject of its own */
  /* "It said its fighters had targeted officials": the speaker's own
   * fighters, whatever their phrase codes, are the speaker's side (a claim,
   * not an accusation) */
  int32_t lp = ls >= 0 && ls != us && a && (!bsrc || a[0] != '-')
                   ? child(c, ls, "nmod:poss", false)
                   : -1;
  /* (and its phrase that codes as no one: "The army said its aircraft
   * struck rebel positions", the army's aircraft, whatever army it is) */
  if (lp >= 0 && (word_is_ci(c, lp, "its") || word_is_ci(c, lp, "their") ||
                  word_is_ci(c, lp, "our")))
    bsrc = a;
  bool bare_troops = false;
  /* (and bare troops a country's headline reports: "Pakistan says troops
   * killed militants near Afghan border", the country's own troops) */
  static const char *const forces_w[] = {"troop", "troops",  "soldier", "soldiers",
                                         "force", "forces", "army",    NULL};
  if (ls >= 0 && ls != us && a && bare_country(a) && bsrc && !strncmp(bsrc, "---", 3) &&
      in_headline(c) && (word_in(lemma(c, ls), forces_w) || word_is_ci(c, ls, "troops")) &&
      child(c, ls, "det", false) < 0 &&
      child(c, ls, "amod", false) < 0 && child(c, ls, "nmod:poss", false) < 0)
    bsrc = a, bare_troops = true;
  const char *btgt = NULL;
  for (size_t k = 0; k < nc && !btgt; k++)
    if (cand[k] != ls && (btgt = arg_code(c, cand[k], &bt)) != NULL) lt = cand[k];
  for (size_t li = 0; li < c->nl; li++) {
    size_t nt = nm_cameo_transforms(c->L[li]);
    for (size_t i = 0; i < nt; i++) {
      nm_cameo_transform t;
      if (!nm_cameo_transform_get(c->L[li], i, &t) || t.verb2 != NM_CAMEO_NONE ||
          t.in_verb2 != NM_CAMEO_NONE)
        continue;
      const char *uc = verb_word_code(c->L[li], t.verb);
      if (t.verb != NM_CAMEO_NONE && (!uc || strcmp(uc, up->code) != 0)) continue;
      const char *lc = verb_word_code(c->L[li], t.in_verb);
      if (t.in_verb != NM_CAMEO_NONE && (!lc || strcmp(lc, lo->code) != 0)) continue;
      char names[4];
      const char *vals[4];
      size_t nb = 0;
      if (!bind_var(t.src, a, names, vals, &nb) || !bind_var(t.in_src, bsrc, names, vals, &nb) ||
          !bind_var(t.in_tgt, btgt, names, vals, &nb))
        continue;
      /* the result's actors: each variable's phrase */
      int32_t heads[2] = {-1, -1};
      char outv[2] = {t.out_src, t.out_tgt};
      for (int k = 0; k < 2; k++) {
        /* "A says A met B": the doer's own phrase ("President X met
         * commanders, his office said": X, not "his office"; "Federal
         * police arrested X, a police spokesperson said": the police; "she
         * said she had asked", "said his side had accepted": the
         * speaker's) */
        bool own = ls >= 0 && (!strcmp(upos(c, ls), "PROPN") ||
                               (!strcmp(upos(c, ls), "NOUN") &&
                                child(c, ls, "nmod:poss", false) < 0));
        if (outv[k] == t.src && t.src == t.in_src && own && !bare_troops)
          heads[k] = ls;
        else if (outv[k] == t.src)
          heads[k] = us;
        else if (outv[k] == t.in_src)
          heads[k] = ls;
        else if (outv[k] == t.in_tgt)
          heads[k] = lt;
      }
      if (heads[0] < 0 || heads[1] < 0) continue;
      /* "A says B attacked" is an accusation only between two known
       * sides: "Israeli troops killed ..., the army said" is no charge
       * against the troops */
      if (t.in_src != t.src && t.in_src != '.' && t.in_src != '_' && a && bsrc &&
          (a[0] == '-' || strncmp(a, bsrc, 3) == 0 || located_only(c, us, false)))
        continue;
      /* nor when the doer is the speaker's own ("its fighters", a
       * headline's bare troops) */
      if (t.in_src != t.src && a && bsrc == a) continue;
      /* nor when an observer reports it: "X shelled a camp, a local aid
       * group said" (or a U.N. agency, or a news agency) is the shelling,
       * not the aid group's charge against X */
      if (t.in_src != t.src && a &&
          (!strncmp(a, "NGO", 3) || !strncmp(a, "IGO", 3) || strstr(a, "MED")))
        continue;
      /* nor against people with no side: "the agency said 2,921 people
       * had died" (their verb's subject is the victim) */
      static const char *const no_side[] = {"PPL", "CVL", "REF", NULL};
      if (t.in_src != t.src && bsrc && !strncmp(bsrc, "---", 3) && word_in(bsrc + 3, no_side))
        continue;
      /* nor against the speaker's own, a role with no country that the
       * speaker has ("Army spokesman X said troops had killed …") */
      if (t.in_src != t.src && a && bsrc && !strncmp(bsrc, "---", 3) && bsrc[3] &&
          strlen(a) > 3 && strstr(a + 3, bsrc + 3))
        continue;
      lo->code = strcmp(t.code, "Q") ? t.code : lo->code;
      /* "said it will attack" is a threat, not a claim of responsibility:
       * the dictionary's own (disabled) WILL_ATTACK line says 138 */
      if (!strcmp(lo->code, "015") && future(c, lo->v)) lo->code = "138";
      /* (the lower event kept as it is keeps its reverse: "X spoke with Y
       * by telephone, a spokesman said" is a call both ways, [041:041]) */
      if (strcmp(t.code, "Q") != 0 || heads[0] != ls || heads[1] != lt) lo->code2 = NULL;
      lo->src = heads[0];
      lo->tgt = heads[1];
      lo->evidence_v = up->v;
      up->skip = true;
      return true;
    }
  }
  return false;
}

/* The one called on to do what complement lo says: "called on Y to
 * release Z", "prevailed upon Y to", "appealed to Y to reconsider" (an
 * obl of the upper verb uv between it and lo, no time phrase, that codes
 * as an actor), or -1. */
static int32_t called_on(const ectx *c, int32_t uv, int32_t lo) {
  static const char *const appeal[] = {"appeal", "plead", "petition", NULL};
  bool to = word_in(lemma(c, uv), appeal);
  for (int32_t k = c->kid[uv]; k >= 0; k = c->sib[k])
    if (k > uv && k < lo && rel_base(c, k, "obl") && !has_time(c, k, k) && nounish(c, k) &&
        (case_word(c, k, "on") || case_word(c, k, "upon") || (to && case_word(c, k, "to")))) {
      acode a;
      uint32_t e;
      return code_np(c, k, &a, &e) ? k : -2; /* "called on both sides to": no one */
    }
  return -1;
}

/* Whether verb v, of code code, agrees to something: "agree" with a
 * complement ("agreed to resign") or a phrase in to, on or upon. */
static bool agreeing_to(const ectx *c, int32_t v, const char *code) {
  if (strcmp(code, "050") != 0 || strcmp(lemma(c, v), "agree") != 0) return false;
  if (child(c, v, "xcomp", false) >= 0) return true;
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
    if (rel_base(c, k, "obl") &&
        (case_word(c, k, "to") || case_word(c, k, "on") || case_word(c, k, "upon")))
      return true;
  return false;
}

/* A complement with "must", "should" or "ought": an obligation. */
static bool deontic(const ectx *c, int32_t v) {
  static const char *const w[] = {"must", "should", "ought", NULL};
  return dep_lemma_in(c, v, "aux", w);
}

/* "He insisted that most of the rifles were bought in the United States":
 * insisting that something is so asserts it, no demand (INSIST's 100);
 * a demand's clause says what is to be done, with a modal ("insisted
 * that Rafah would stay closed") or a bare subjunctive ("insisted that
 * the army withdraw"). */
static bool insisting_fact(const ectx *c, int32_t v) {
  if (strcmp(lemma(c, v), "insist") != 0) return false;
  int32_t cx = child(c, v, "ccomp", false);
  if (cx < 0 || child(c, v, "obj", false) >= 0) return false;
  static const char *const may[] = {"could", "can", "may", "might", NULL};
  if (future(c, cx) || deontic(c, cx) || dep_lemma_in(c, cx, "aux", may)) return false;
  /* (a bare form, whatever its tag: "that Israel withdraw", tagged VBD;
   * a form with no "-ed" or "-s" may be one) */
  const nm_token *t = (const nm_token *)c->d->tokens.data + c->first + (size_t)cx;
  size_t tl = t->end - t->start;
  const char *f = c->d->text + t->start;
  bool ed = tl > 2 && f[tl - 2] == 'e' && f[tl - 1] == 'd', s = tl > 1 && f[tl - 1] == 's';
  bool bare = !strcmp(xpos(c, cx), "VB") || (!ed && !s);
  return !bare || child(c, cx, "aux", false) >= 0 || child(c, cx, "aux:pass", false) >= 0;
}

/* What one declines to tell: "declined to comment", "declined to
 * describe them" (CAMEO's 011, which names no one it is aimed at). */
static const char *const tell[] = {"comment", "describe", "elaborate", "discuss", "disclose",
                                   "detail",  "specify",  "identify",  "name",    "say",
                                   "reveal",  "explain",  "speculate", "confirm", NULL};

/* Verbs that refuse their complement ("refused to deploy"): the
 * dictionaries give them no code of their own, so the team lists them. */
static bool refusing(const ectx *c, int32_t v) {
  static const char *const w[] = {"refuse", "decline", "reject", NULL};
  const char *l = lemma(c, v);
  if (!strcmp(l, "rule")) return child(c, v, "compound:prt", false) >= 0; /* "ruled out" */
  return word_in(l, w);
}

static bool pico_negative(const ectx *c, size_t li, const char *code) {
  int32_t v;
  return nm_cameo_pico_signed(c->L[li], code, &v) && v < 0;
}

/* Whether a code is an appeal, intent, demand or threat (PICO 2, 3, 4, 6):
 * its complement has not happened. */
static bool modal_code(const ectx *c, size_t li, const char *code) {
  uint32_t a;
  return code && nm_cameo_pico(c->L[li], code, &a) && modal_pico(a);
}

/* A refusal of the complement's event: -0xFFFF plus its kind of action,
 * generalised until a CAMEO code has the value ("refused aid" -> 121). */
static const char *combine_reject(const ectx *c, size_t li, const char *low) {
  uint32_t b;
  if (!low || !nm_cameo_pico(c->L[li], low, &b)) return NULL;
  return pico_generalise(c, li, (uint32_t)-0xFFFF, b & 0x0FFF);
}

/* The "that" clauses of a statement verb v: its ccomps, and a clause
 * with "that" and a subject that the parse hung from a noun after v ("said
 * on Monday that Peru must ...": "that ..." under "Monday" as acl). */
static size_t said_clauses(const ectx *c, int32_t v, int32_t *out, size_t max) {
  size_t n = 0;
  for (int32_t k = c->kid[v]; k >= 0 && n < max; k = c->sib[k]) {
    if (rel_base(c, k, "ccomp")) {
      out[n++] = k;
      continue;
    }
    /* (a that-clause the parse hung as adverbial: "issued a reminder to
     * Iraq that it must cooperate") */
    if (k > v && rel_base(c, k, "advcl") && child(c, k, "nsubj", false) >= 0) {
      int32_t m = child(c, k, "mark", false);
      if (m >= 0 && !strcmp(lemma(c, m), "that")) {
        out[n++] = k;
        continue;
      }
    }
    if (k < v || !nounish(c, k)) continue; /* the time phrase after the verb */
    for (int32_t j = c->kid[k]; j >= 0 && n < max; j = c->sib[j]) {
      if (!rel_base(c, j, "acl") || j < k) continue;
      int32_t m = child(c, j, "mark", false);
      if (m >= 0 && !strcmp(lemma(c, m), "that") && child(c, j, "nsubj", false) >= 0)
        out[n++] = j;
    }
  }
  return n;
}

/* Whether verb v, a verb of standing (leads, heads, chairs, borders,
 * hosts, runs, governs, controls, represents), heads a relative clause set
 * off by a comma after a named actor, with "which" or "who" its subject
 * and a simple present tense with no auxiliary ("Kenya, which leads a
 * police mission in Haiti,"; not "South Africa, which accuses Israel of
 * genocide", an act), or with "that" on the noun apposed to such an
 * actor. */
static bool describing_clause(const ectx *c, int32_t v) {
  static const char *const rel[] = {"which", "who", NULL};
  static const char *const standing[] = {"lead",    "head",    "chair",   "border",
                                         "host",    "run",     "govern",  "control",
                                         "represent", "oversee", "supervise", "administer",
                                         "handle",    "manage",  "coordinate",
                                         /* ("The EU Monitoring Mission in Armenia, which
                                          * deploys unarmed observers on the Armenian
                                          * side,") */
                                         "deploy",    "operate", "patrol",  "monitor",
                                         "station",   NULL};
  const char *x = c->tg[c->first + (size_t)v].xpos;
  if (!rel_is(c, v, "acl:relcl") || !x || (strcmp(x, "VBZ") && strcmp(x, "VBP")) ||
      child(c, v, "aux", false) >= 0 || !word_in(lemma(c, v), standing))
    return false;
  int32_t sj = child(c, v, "nsubj", false), h = c->head[v];
  /* (a named actor, or a body named by a definite description: "The
   * regional command post, which oversees security in Amhara under a
   * state of emergency, said") */
  /* (or a proper name the parse headed by a title's word: "Home Minister
   * Mahendra Bahadur Basnet, who oversees the police,", headed by "Home") */
  bool described = h >= 0 && (mention_at(c, h) != NONE32 || !strcmp(upos(c, h), "PROPN") ||
                              (nounish(c, h) && dep_lemma_in(c, h, "det",
                                                             (const char *const[]){"the", NULL})));
  if (sj >= 1 && sj < v && word_in(lemma(c, sj), rel) && word_is_ci(c, sj - 1, ",") &&
      described && h < sj)
    return true;
  /* ... or with "that" on a noun in apposition to one ("COGAT, the
   * Israeli defense body that coordinates aid to Gaza, said") */
  /* (or a body named by a definite description: "The Israeli military
   * body that coordinates civilian matters …, known as COGAT, said") */
  return sj >= 1 && sj < v && h >= 0 && h < sj && word_is_ci(c, sj, "that") &&
         ((rel_is(c, h, "appos") && c->head[h] >= 0 && nounish(c, c->head[h])) || described);
}

/* Whether verb v, matched with code (and pattern text, its hits in pm),
 * is used here for no act at all: a name, a disease's or a place's deed,
 * a noun the tagger took for a verb, an idiom ("pay off", "press ahead",
 * "break out"), geography, a host of refugees … (each case below). */
static bool idle_use(const ectx *c, int32_t v, const char *code, const char *text,
                     const pmatch *pm) {
  /* "…, retired Nigerian diplomat Adebayo Olanrewaju, urged": "retired"
   * before a person's description, right after a comma or an article, is
   * an adjective, no recall of a diplomat (RETIRE's "* DIPLOMAT [161]") */
  if (!strcmp(lemma(c, v), "retire") && v > 0 && v + 1 < (int32_t)c->n &&
      (word_is_ci(c, v - 1, ",") || word_is_ci(c, v - 1, "a") || word_is_ci(c, v - 1, "an") ||
       word_is_ci(c, v - 1, "the")) &&
      (!strcmp(upos(c, v + 1), "ADJ") || !strcmp(upos(c, v + 1), "NOUN") ||
       !strcmp(upos(c, v + 1), "PROPN")))
    return true;
  /* "A district court began hearing cases against the detainees": a court
   * hearing cases, appeals or evidence consults no one (HEAR's 040) */
  static const char *const heard[] = {"case", "appeal", "petition", "evidence", "testimony",
                                      "argument", "challenge", "complaint", NULL};
  int32_t ho = child(c, v, "obj", false);
  if (!strcmp(lemma(c, v), "hear") && ho >= 0 && word_in(lemma(c, ho), heard)) return true;
  /* "an armed group that controlled access to the jungle trails on the
   * Colombian side": a visit's "(TO)" matched inside a noun's phrase
   * ("access to"), not the verb's own to-phrase, goes nowhere */
  if ((!strncmp(code, "042", 3) || !strncmp(code, "043", 3)) && text &&
      strstr(text, "(TO)")) {
    bool own_to = false; /* a to-phrase on the verb itself */
    for (int32_t k = c->kid[v]; k >= 0 && !own_to; k = c->sib[k])
      own_to = k > v && (rel_base(c, k, "obl") || rel_base(c, k, "advmod")) &&
               case_word(c, k, "to");
    bool nominal_to = false; /* "to" inside the object's phrase */
    int32_t o = child(c, v, "obj", false);
    for (int32_t k = o >= 0 ? c->kid[o] : -1; k >= 0 && !nominal_to; k = c->sib[k])
      nominal_to = k > o && rel_base(c, k, "nmod") && case_word(c, k, "to");
    if (!own_to && nominal_to) return true;
  }
  /* "Ecuadorean police and navy units seized more than six tonnes of
   * cocaine concealed among boxes of bananas", "seizes six tonnes of
   * cocaine … bound for Belgium": a haul of drugs or goods seized is law
   * enforcement, taken from no one named (not a tanker or land seized) */
  {
    static const char *const take[] = {"seize", "confiscate", "impound", "intercept",
                                       "find", "discover", NULL};
    static const char *const haul[] = {
        "tonne",    "ton",       "kilogram",  "kilo",      "kg",       "pound",     "gram",
        "cocaine",  "heroin",    "drug",      "narcotic",  "methamphetamine", "fentanyl",
        "cannabis", "marijuana", "meth",      "contraband", "cigarette", "haul",     "consignment",
        "shipment", "package",   "parcel",    "pill",      "tablet",    "captagon", "opium",
        NULL};
    int32_t o = word_in(lemma(c, v), take) ? child(c, v, "obj", false) : -1;
    if (o >= 0 && word_in(lemma(c, o), haul)) return true;
  }
  /* "negotiators ended a day of talks in the Omani capital with an
   * agreement to meet again": talks that end with an agreement, or a
   * day, round or session of talks that ends, are concluded, not broken
   * off (END's "- * TALKS [160]") */
  if (!strncmp(code, "16", 2) && (!strcmp(lemma(c, v), "end") || !strcmp(lemma(c, v), "conclude"))) {
    static const char *const spans[] = {"day", "round", "session", "week", NULL};
    static const char *const outcomes[] = {"agreement", "deal", "accord", "pledge", "statement",
                                           "declaration", "plan", "understanding", NULL};
    int32_t o = child(c, v, "obj", false);
    if (o >= 0 && word_in(lemma(c, o), spans)) return true;
    for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
      if (k > v && rel_base(c, k, "obl") && case_word(c, k, "with") &&
          word_in(lemma(c, k), outcomes))
        return true;
  }
  /* "the suspension … would take effect at midnight and applied to all
   * parties": a rule that applies to someone pertains, it asks nothing
   * (APPLY's appeal, 02) */
  if (!strcmp(lemma(c, v), "apply") && code[0] == '0' && code[1] == '2') {
    static const char *const rules[] = {"suspension", "ban", "rule", "law", "measure", "order",
                                        "restriction", "curfew", "decision", "sanction",
                                        "requirement", "regulation", "policy", "moratorium",
                                        "exemption", "tariff", "decree", NULL};
    int32_t sj = child(c, v, "nsubj", false);
    for (int32_t h = v; sj < 0 && h >= 0 && rel_base(c, h, "conj"); h = c->head[h])
      sj = c->head[h] >= 0 ? child(c, c->head[h], "nsubj", false) : -1;
    /* (or "it", "this": "it applied to all refugees"; not "those
     * affected could apply") */
    if (sj >= 0 && (word_in(lemma(c, sj), rules) || word_is_ci(c, sj, "it") ||
                    word_is_ci(c, sj, "this")))
      return true;
  }
  /* "killings that unions say have claimed the lives of at least 47
   * transport workers", "the war has claimed thousands of lives": lives
   * claimed are deaths, no claim (CLAIM's 110) */
  if (!strcmp(lemma(c, v), "claim")) {
    int32_t o = child(c, v, "obj", false);
    if (o >= 0 && (!strcmp(lemma(c, o), "life") || !strcmp(lemma(c, o), "lives"))) return true;
  }
  /* "urged Britain and the EU to stop meddling, describing their remarks
   * as open support for anti-China forces": describing, terming,
   * labelling a thing as something names it; the name's words are no
   * pattern's ("described his rival Elias Hrawi as president" keeps
   * &OPPOSITION's 110, matched on the object) */
  {
    static const char *const as_naming[] = {"describe", "term",  "label", "brand",
                                            "characterize", "characterise", "dub",
                                            "regard", "consider", "portray", NULL};
    int32_t o = child(c, v, "obj", false), as = -1;
    for (int32_t k = o > v && word_in(lemma(c, v), as_naming) ? c->kid[v] : -1; k >= 0;
         k = c->sib[k])
      if (k > o && rel_base(c, k, "obl") && case_word(c, k, "as")) as = k;
    if (as >= 0) {
      int32_t lo, hi;
      np_range(c, as, &lo, &hi);
      bool inside = !text;
      for (int q = 0; q < pm->nhit && !inside; q++)
        inside = pm->hit[q] >= lo - 1 && pm->hit[q] <= hi;
      if (inside) return true;
    }
  }
  /* "an outbreak of Marburg virus disease had killed at least six
   * people", "floods destroyed 300 homes": a disease or a disaster does
   * no one's act */
  {
    static const char *const nature[] = {
        "outbreak", "epidemic", "pandemic", "disease", "virus",    "cholera",  "dengue",
        "malaria",  "measles",  "meningitis", "ebola", "flood",    "flooding", "earthquake",
        "quake",    "tremor",   "storm",    "cyclone", "hurricane", "typhoon", "tornado",
        "drought",  "famine",   "landslide", "mudslide", "avalanche", "wildfire", "blaze",
        "heatwave", "rain",     "tsunami",  "eruption", "aftershock", NULL};
    int32_t sj = child(c, v, "nsubj", false);
    if (sj < 0 && passive(c, v)) { /* "were killed by floods" */
      for (int32_t k = c->kid[v]; k >= 0 && sj < 0; k = c->sib[k])
        if (k > v && rel_base(c, k, "obl") && case_word(c, k, "by")) sj = k;
    }
    if (sj >= 0 && mention_at(c, sj) == NONE32 && word_in(lemma(c, sj), nature)) return true;
  }
  /* "the government would also target the companies that buy illegal
   * gold": a policy aimed at firms, trades or money is no use of force
   * (TARGET's 190) */
  if (!strcmp(lemma(c, v), "target") && code[0] == '1' && code[1] == '9') {
    static const char *const economic[] = {
        "company", "firm",     "business", "bank",     "buyer",  "seller",  "exporter",
        "importer", "supplier", "trader",  "investor", "asset",  "account", "sector",
        "lender",   "entity",   "financier",
        "industry", "market",   "trade",   "practice", "scheme", "loophole", "investment",
        "fund",     "funding",  "revenue", "profit",   "tax",    "subsidy", "import",
        "export",   "product",  "platform", "app",     "voter",  "consumer", NULL};
    int32_t o = child(c, v, "obj", false);
    if (o < 0 && passive(c, v)) o = child(c, v, "nsubj", true);
    if (o >= 0 && word_in(lemma(c, o), economic)) return true;
    /* (nor do measures that target: "new Russia sanctions targeting
     * 'shadow fleet' tankers") */
    static const char *const measures[] = {"sanction", "measure", "law",    "rule",  "policy",
                                           "package",  "tariff",  "ban",    "regulation",
                                           "bill",     "order",   "decree", "restriction", NULL};
    int32_t sj = child(c, v, "nsubj", false);
    if (sj < 0 && rel_base(c, v, "acl") && c->head[v] >= 0) sj = c->head[v];
    if (sj >= 0 && mention_at(c, sj) == NONE32 && word_in(lemma(c, sj), measures)) return true;
  }
  /* "Pashinyan's party leads Armenian election": leading a vote or a race
   * is no command (LEAD's 090) */
  if (!strcmp(lemma(c, v), "lead")) {
    static const char *const races[] = {"election", "vote", "poll", "race", "count", "ballot",
                                        "runoff",   "primary", "survey", NULL};
    int32_t o = child(c, v, "obj", false);
    if (o >= 0 && word_in(lemma(c, o), races)) return true;
  }
  /* "Canada vows to fight steep new U.S. lumber duties": fighting a duty,
   * a ruling or a charge is no use of force (FIGHT's 190) */
  if (!strcmp(lemma(c, v), "fight") && code[0] == '1' && code[1] == '9') {
    static const char *const measures[] = {
        "tariff", "duty", "levy", "tax", "ruling", "decision", "verdict", "law", "bill",
        "charge", "ban", "sanction", "measure", "policy", "order", "lawsuit", "suit", "fine",
        "penalty", "extradition", "deportation", "conviction", "sentence", "rule", "regulation",
        "restriction", "allegation", "accusation", "claim", "case", "plan", "proposal", "cut",
        NULL};
    int32_t o = child(c, v, "obj", false);
    if (o >= 0 && word_in(lemma(c, o), measures)) return true;
  }
  /* "a gunfight … left 14 people dead", "the shutdown left 1.4 million
   * workers without pay": leaving someone in a state is no departure or
   * meeting (LEAVE's 04x) */
  if (!strcmp(lemma(c, v), "leave") && code[0] == '0' && code[1] == '4') {
    static const char *const states[] = {"dead",     "injured", "wounded", "homeless", "stranded",
                                         "destitute", "without", "unable", "hungry",  "jobless",
                                         "displaced", "trapped", "exposed", "vulnerable",
                                         "unemployed", NULL};
    int32_t o = child(c, v, "obj", false);
    bool state = false;
    /* (within six words after the object, before any punctuation) */
    for (int32_t k = o > v ? o + 1 : -1; k >= 0 && k < (int32_t)c->n && k <= o + 6 && !state;
         k++) {
      if (!strcmp(upos(c, k), "PUNCT")) break;
      /* (or to do something: "left us to pay the price") */
      state = word_in(lemma(c, k), states) || word_is_ci(c, k, "without") ||
              word_is_ci(c, k, "furloughed") ||
              (k == o + 1 && word_is_ci(c, k, "to") && (size_t)k + 1 < c->n &&
               !strcmp(upos(c, k + 1), "VERB"));
    }
    if (state) return true;
  }
  /* "militants linked to al-Qaida", "groups are linked to the Islamic
   * State": an affiliation described is no act of cooperation (LINK's
   * 060) */
  /* ("a road connecting Taiz to the Houthi-held Hawban area": a road
   * that connects does nothing) */
  if (!strcmp(lemma(c, v), "connect") || !strcmp(lemma(c, v), "link")) {
    static const char *const lands[] = {"district", "area", "city", "town", "village", "region",
                                        "port", "road", "highway", "border", "province",
                                        "capital", "centre", "center", "island", NULL};
    int32_t o = child(c, v, "obj", false);
    if (rel_base(c, v, "acl") || passive(c, v) ||
        (o >= 0 && (word_in(lemma(c, o), lands) || place_mention(c, o))))
      return true;
  }
  /* "Maj. Gen. Suhail Darwish commanded an air force unit …": leading a
   * unit or a force is an office held, no cooperation (COMMAND's 060) */
  if ((!strcmp(lemma(c, v), "command") || !strcmp(lemma(c, v), "lead")) && code[0] == '0' &&
      code[1] == '6') {
    static const char *const units[] = {"unit", "division", "brigade", "battalion", "regiment",
                                        "force", "army", "corps", "squadron", "fleet",
                                        "company", "platoon", "militia", "contingent", NULL};
    int32_t o = child(c, v, "obj", false);
    if (o >= 0 && (word_in(lemma(c, o), units) || capitalised(c, o))) return true;
  }
  if (!strcmp(lemma(c, v), "link")) {
    bool to = false;
    static const char *const tos[] = {"to", "with", NULL};
    for (int32_t k = c->kid[v]; k >= 0 && !to; k = c->sib[k])
      to = k > v && rel_base(c, k, "obl") && dep_lemma_in(c, k, "case", tos);
    /* (also read as a past tense with no object: "Armed groups linked to
     * al-Qaida … control") */
    if (rel_base(c, v, "acl") || passive(c, v) || (to && child(c, v, "obj", false) < 0))
      return true;
  }
  /* "Several former officials have pleaded guilty in Miami": a plea in
   * court is no appeal to anyone (PLEAD's 020) */
  if (!strcmp(lemma(c, v), "plead")) {
    bool plea = false;
    for (int32_t k = v + 1; k < (int32_t)c->n && k <= v + 2 && !plea; k++)
      plea = word_is_ci(c, k, "guilty") || word_is_ci(c, k, "innocent") ||
             word_is_ci(c, k, "not") || word_is_ci(c, k, "no");
    if (plea) return true;
  }
  /* "he gathered information about members of a Buddhist community":
   * gathering information or evidence is no meeting (GATHER's 040) */
  if ((!strcmp(lemma(c, v), "gather") || !strcmp(lemma(c, v), "collect")) && code[0] == '0' &&
      code[1] == '4') {
    static const char *const things[] = {"information", "intelligence", "evidence", "data",
                                         "signature",   "material",     "testimony", "detail",
                                         "sample",      "fact",         NULL};
    int32_t o = child(c, v, "obj", false);
    if (o >= 0 && word_in(lemma(c, o), things)) return true;
  }
  /* "Brazil's Supreme Court orders removal of miners from Munduruku
   * land": an order is no occupation of what it names (ORDER shares the
   * block of CONTROL, whose "* LAND" is 192) */
  if (!strcmp(lemma(c, v), "order") && !strncmp(code, "192", 3)) return true;
  /* "a surveillance network … was beginning to pay off": paying off is
   * succeeding, no payment (PAY's 061) */
  if (!strcmp(lemma(c, v), "pay")) {
    bool off = false;
    for (int32_t k = c->kid[v]; k >= 0 && !off; k = c->sib[k])
      off = k > v && rel_is(c, k, "compound:prt") && word_is_ci(c, k, "off");
    if (off) return true;
  }
  /* "the Senate, which is dominated by the ruling Patriotic Salvation
   * Movement": the block's verbs of mastery that news uses of politics,
   * markets and events are no force (DESTROY's block, 190) */
  {
    static const char *const mastery[] = {"dominate", "overshadow", "overtake", "surmount",
                                          "master",   NULL};
    if (!strncmp(code, "19", 2) && word_in(lemma(c, v), mastery)) return true;
  }
  /* "China, which claims democratically governed Taiwan as its own":
   * a participle between its adverb and the name it modifies (parsed as
   * a clause with the name its object) describes the place, no act */
  if (!strcmp(xpos(c, v), "VBN") && (rel_base(c, v, "xcomp") || rel_base(c, v, "amod")) &&
      v > 0 && (size_t)v + 1 < c->n && !strcmp(xpos(c, v - 1), "RB") && c->head[v - 1] == v &&
      c->head[v + 1] == v && rel_base(c, v + 1, "obj") && !strcmp(upos(c, v + 1), "PROPN") &&
      child(c, v, "aux", true) < 0)
    return true;
  /* ... and "pass" with nothing passed: "the strait through which U.S.
   * and Japanese warships pass" is a passage (PASS's 080) */
  if (!strcmp(lemma(c, v), "pass") && child(c, v, "obj", false) < 0 &&
      child(c, v, "nsubj:pass", false) < 0)
    return true;
  /* "was convicted of inciting hatred, charges that Poland … called
   * politically motivated": a present verb joined to a past one with no
   * subject of its own is a noun the tagger read as a verb (an
   * apposition after the comma) */
  if (!strcmp(xpos(c, v), "VBZ") && v > 0 && word_is_ci(c, v - 1, ",")) {
    int32_t vs = child(c, v, "nsubj", false);
    bool joined = rel_base(c, v, "conj") && c->head[v] >= 0 && c->head[v] < v &&
                  (!strcmp(xpos(c, c->head[v]), "VBD") || !strcmp(xpos(c, c->head[v]), "VBN")) &&
                  vs < 0;
    /* (or the root, the clause before it parsed as its subject) */
    bool clause_subject = vs >= 0 && vs < v && !strcmp(upos(c, vs), "VERB");
    if (joined || clause_subject) return true;
  }
  /* "Tehran pressed ahead with a campaign", "pressed on with": going on
   * with something is no pressure on anyone (PRESS's 170) */
  if (!strcmp(lemma(c, v), "press")) {
    bool ahead = false;
    for (int32_t k = c->kid[v]; k >= 0 && !ahead; k = c->sib[k])
      ahead = k > v && (rel_is(c, k, "compound:prt") || rel_base(c, k, "advmod")) &&
              (word_is_ci(c, k, "ahead") || word_is_ci(c, k, "on") ||
               word_is_ci(c, k, "forward") || word_is_ci(c, k, "deeper"));
    /* (nor is advancing on a place: "troops press toward Orikhiv") */
    static const char *const toward[] = {"toward", "towards", "into", NULL};
    for (int32_t k = c->kid[v]; k >= 0 && !ahead; k = c->sib[k])
      ahead = k > v && rel_base(c, k, "obl") && dep_lemma_in(c, k, "case", toward);
    if (ahead) return true;
  }
  /* "deepening its rift with Moscow": a rift, a split or a crisis
   * deepened is no cooperation (DEEPEN's 060) */
  if (!strcmp(lemma(c, v), "deepen") || !strcmp(lemma(c, v), "widen")) {
    static const char *const rifts[] = {"rift", "split", "divide", "division", "crisis",
                                        "tension", "gap", "feud", "dispute", "conflict",
                                        "isolation", "mistrust", "distrust", NULL};
    int32_t o = child(c, v, "obj", false);
    if (o >= 0 && word_in(lemma(c, o), rifts)) return true;
  }
  /* "South Africa, which surrounds Eswatini on three sides": a place that
   * surrounds or borders a place is geography, no act */
  {
    static const char *const lie[] = {"surround", "border", "neighbour", "neighbor", "adjoin",
                                      NULL};
    int32_t o = child(c, v, "obj", false), sj = child(c, v, "nsubj", false);
    /* (a relative pronoun: the name right before its comma, however the
     * parse hung the clause) */
    if (sj >= 2 && relative_pronoun(c, sj) && word_is_ci(c, sj - 1, ","))
      sj = sj - 2;
    else if (sj >= 0 && relative_pronoun(c, sj) && rel_base(c, v, "acl") && c->head[v] >= 0)
      sj = c->head[v];
    if (word_in(lemma(c, v), lie) && o >= 0 && sj >= 0 && place_mention(c, o) &&
        place_mention(c, sj))
      return true;
  }
  /* "41 prisoners broke out of the main correctional centre": a
   * breakout, no force against the prison; "ruled that Austria broke EU
   * law": breaking a law, a rule or a promise is no force against
   * whoever names it (BREAK's 190) */
  if (!strcmp(lemma(c, v), "break") && !strncmp(code, "19", 2)) {
    static const char *const rules[] = {"law",    "rule",    "regulation", "code",   "promise",
                                        "pledge", "taboo",   "record",     "silence", "norm",
                                        "statute", "constitution", "convention", NULL};
    int32_t o = child(c, v, "obj", false);
    bool out = o >= 0 && word_in(lemma(c, o), rules);
    for (int32_t k = c->kid[v]; k >= 0 && !out; k = c->sib[k])
      out = k > v && ((rel_is(c, k, "compound:prt") &&
                       (word_is_ci(c, k, "out") || word_is_ci(c, k, "away") ||
                        word_is_ci(c, k, "free"))) ||
                      /* ("out of the centre", parsed as the place's case) */
                      (rel_base(c, k, "obl") && case_word(c, k, "out")));
    if (out) return true;
  }
  /* "Egypt hosts more than 1.2 million Sudanese", "hosts refugees": a
   * country that shelters a counted people or refugees receives no
   * visit (HOST's 043, and 042 the other way) */
  if (!strcmp(lemma(c, v), "host") && (!strncmp(code, "043", 3) || !strncmp(code, "042", 3))) {
    static const char *const sheltered[] = {"refugee", "migrant", "evacuee", "asylum-seeker",
                                            NULL};
    static const char *const large[] = {"hundred", "thousand", "million", NULL};
    int32_t o = child(c, v, "obj", false), nu = o >= 0 ? child(c, o, "nummod", false) : -1;
    bool many = false; /* (a count of hundreds at least: not "hosted two leaders") */
    if (nu >= 0) {
      size_t l;
      const char *t = nm_tok_text(c->d, c->first + (size_t)nu, &l);
      size_t digits = 0;
      for (size_t q = 0; q < l; q++)
        digits += t[q] >= '0' && t[q] <= '9';
      many = digits >= 3 || word_in(lemma(c, nu), large);
    }
    if (o >= 0 && (many || word_in(lemma(c, o), sheltered) || word_in(lemma(c, o), large)))
      return true;
  }
  /* "under which defaming, insulting or threatening the king is
   * punishable": a gerund that is a clause's subject (or joined to one)
   * names a kind of act, no act done */
  if (!strcmp(xpos(c, v), "VBG")) {
    int32_t g = v;
    for (int k = 0; k < 8 && g >= 0 && rel_base(c, g, "conj"); k++)
      g = c->head[g];
    /* (or parsed as a clause on "which" itself) */
    if (g >= 0 && !strcmp(xpos(c, g), "VBG") &&
        (rel_base(c, g, "csubj") ||
         (rel_base(c, g, "acl") && c->head[g] >= 0 && c->head[g] < g &&
          !strcmp(xpos(c, c->head[g]), "WDT"))))
      return true;
  }
  return false;
}

static nm_status code_sentence(ectx *c) {
  vcode vcs[64];
  size_t nv = 0;
  size_t layer_of[64];
  for (int32_t v = 0; v < (int32_t)c->n && nv < 64; v++) {
    if (strcmp(upos(c, v), "VERB") != 0) {
      /* "is willing to withdraw", "is ready to contribute": an intent
       * (03), which the complement's code refines below */
      static const char *const intent_adj[] = {"willing", "ready", "prepared", "eager", NULL};
      if (!strcmp(upos(c, v), "ADJ") && word_in(lemma(c, v), intent_adj) &&
          child(c, v, "cop", false) >= 0 && child(c, v, "xcomp", false) >= 0) {
        vcode *vc = &vcs[nv];
        memset(vc, 0, sizeof *vc);
        layer_of[nv++] = 0;
        vc->v = vc->evidence_v = vc->last = v;
        vc->code = "030";
        vc->src = vc->tgt = -1;
        vc->skip = negated(c, v);
      }
      continue;
    }
    /* a participle used as an adjective ("proposed changes") is no clause */
    if (rel_base(c, v, "amod") || rel_base(c, v, "compound")) continue;
    /* ... nor one glued by a hyphen to the word before it, whatever the
     * parse made of it ("Bosnia's Serb-dominated Republika Srpska",
     * "Russian-occupied Crimea") */
    if (v >= 2 && c->tg[c->first + (size_t)v - 1].xpos &&
        !strcmp(c->tg[c->first + (size_t)v - 1].xpos, "HYPH") && !strcmp(xpos(c, v), "VBN"))
      continue;
    /* nor is a verb serving as a preposition ("according to", "including") */
    if (rel_base(c, v, "case") || rel_base(c, v, "mark") || rel_base(c, v, "fixed") ||
        rel_base(c, v, "cc") || rel_base(c, v, "det"))
      continue;
    /* "Kenya, which leads a police mission in Haiti, said": a clause set
     * off to describe a named actor, in the simple present, is background,
     * no event */
    if (describing_clause(c, v)) continue;
    /* "Kanaani denied that Iran had sent ballistic missiles to Russia":
     * a clause that a denial reports tells of no act (the denial is
     * coded itself, where a pattern gives it a code) */
    {
      static const char *const denying[] = {"deny", "refute", NULL};
      int32_t x = v;
      for (int up = 0; up < 4 && x >= 0 && rel_base(c, x, "conj"); up++)
        x = c->head[x];
      if (x >= 0 && rel_base(c, x, "ccomp") && c->head[x] >= 0 &&
          word_in(lemma(c, c->head[x]), denying))
        continue;
    }
    /* "Djibouti hosts military bases for the United States, France …",
     * "Chad is also hosting refugees from the Central African Republic":
     * hosting a base or refugees is no visit hosted (043) */
    if (!strcmp(lemma(c, v), "host")) {
      /* (nor bodies that sit there: "Port Sudan hosts government
       * ministries, United Nations agencies and dozens of foreign
       * embassies") */
      static const char *const kept[] = {"base",     "basis",   "headquarters", "garrison",
                                         "refugee",  "camp",    "facility",     "troop",
                                         "soldier",  "ministry", "embassy",     "agency",
                                         "office",   "consulate", NULL};
      int32_t o = child(c, v, "obj", false);
      if (o >= 0 && word_in(lemma(c, o), kept)) continue;
    }
    /* "gave only her first name", "declined to give his name": giving a
     * name is no aid (060) */
    if (!strcmp(lemma(c, v), "give")) {
      int32_t o = child(c, v, "obj", false);
      if (o >= 0 && !strcmp(lemma(c, o), "name")) continue;
    }
    /* "officials went out of their way to praise …": an idiom of effort,
     * no journey */
    if (!strcmp(lemma(c, v), "go")) {
      bool way = false;
      for (int32_t k = c->kid[v]; k >= 0 && !way; k = c->sib[k])
        way = k > v && rel_base(c, k, "obl") && !strcmp(lemma(c, k), "way") && k >= 2 &&
              word_is_ci(c, k - 2, "of") && word_is_ci(c, k - 3, "out");
      if (way) continue;
    }
    /* "came under attack", "came under fire": the subject suffers what
     * the phrase names; the verb itself does nothing to anyone */
    if (!strcmp(lemma(c, v), "come")) {
      bool under = false;
      for (int32_t k = c->kid[v]; k >= 0 && !under; k = c->sib[k])
        under = k > v && rel_base(c, k, "obl") && case_word(c, k, "under");
      if (under) continue;
      /* ... nor "came to a standstill", "came to power", "came to light":
       * a state reached, no journey (040) */
      static const char *const states[] = {"standstill", "halt",  "end",       "close",
                                           "head",       "light", "power",     "attention",
                                           "conclusion", "rest",  "stop",      "grief", NULL};
      bool state = false;
      for (int32_t k = c->kid[v]; k >= 0 && !state; k = c->sib[k])
        state = k > v && rel_base(c, k, "obl") && case_word(c, k, "to") &&
                word_in(lemma(c, k), states);
      if (state) continue;
    }
    vmatch vm;
    if (!find_verb(c, v, &vm)) continue;
    const char *code, *code2, *text;
    pmatch pm;
    match_patterns(c, &vm, &code, &code2, &text, &pm);
    if (support_verb(c, v)) borrow_patterns(c, &vm, &code, &code2, &text, &pm);
    if (!code) continue;
    if (naming_call(c, v, text != NULL)) continue;
    if (idle_use(c, v, code, text, &pm)) continue;
    /* "We took the decision to protect travellers", "took office", "takes
     * its orders from foreign oil companies": a light verb, no seizure
     * (171; its patterns code "took part in", "took measures against") */
    if (!strcmp(lemma(c, v), "take") && !strncmp(code, "171", 3)) {
      static const char *const light[] = {
          "decision", "step",     "measure",    "action", "precaution", "part",  "place",
          "note",     "look",     "stand",      "position", "responsibility", "office", "oath",
          "seat",     "question", "initiative", "risk",   "chance",     "advantage", "effect",
          "shape",    "time",     "care",       "lead",   "view",       "photo", "picture",
          "order",    "instruction", "cue",      "advice", "recommendation", "suggestion",
          /* "took 223 days to form a government": time spent */
          "day",      "week",     "month",      "year",   "hour",       "minute",
          /* "took refuge in Mizoram" */
          "refuge",   "shelter",  "cover",      NULL};
      int32_t o = child(c, v, "obj", false);
      if (o >= 0 && word_in(lemma(c, o), light)) continue;
      /* "Mizoram has taken in more than 30,000 people": sheltering them */
      bool in = false;
      for (int32_t k = c->kid[v]; k >= 0 && !in; k = c->sib[k])
        in = k > v && rel_is(c, k, "compound:prt") && word_is_ci(c, k, "in");
      /* (or "in" parsed as the case of what follows it, right after) */
      in = in || ((size_t)v + 1 < c->n && word_is_ci(c, v + 1, "in") &&
                  rel_base(c, v + 1, "case") && c->head[v + 1] >= 0 &&
                  !place_mention(c, c->head[v + 1]) && mention_at(c, c->head[v + 1]) == NONE32);
      if (in) continue;
      /* ... and so is a relative clause on one, the object gapped: "a step
       * Taipei took to align its controls with those of Japan" */
      if (o < 0 && (rel_base(c, v, "acl") || rel_is(c, v, "acl:relcl")) && c->head[v] >= 0 &&
          c->head[v] < v && word_in(lemma(c, c->head[v]), light))
        continue;
      /* (the noun parsed as a bare phrase before the verb) */
      bool gapped = false;
      for (int32_t k = o < 0 ? c->kid[v] : -1; k >= 0 && !gapped; k = c->sib[k])
        gapped = k < v && rel_is(c, k, "obl:unmarked") && word_in(lemma(c, k), light);
      if (gapped) continue;
      /* "took 51 of the 109 seats": a count of them */
      int32_t of = o >= 0 && !strcmp(upos(c, o), "NUM") ? child(c, o, "nmod", false) : -1;
      if (of > o && case_word(c, of, "of") && word_in(lemma(c, of), light)) continue;
      /* ... and so is its passive: "the decision had been taken by a
       * technical body" */
      o = child(c, v, "nsubj:pass", false);
      if (o >= 0 && word_in(lemma(c, o), light)) continue;
    }
    /* "while it decides whether the call was a breach", "determined in
     * January that the militia had committed genocide": deciding a
     * question or finding a fact is no intent to cooperate (030) with
     * the clause's subject */
    if (!strcmp(code, "030") && (!strcmp(lemma(c, v), "decide") ||
                                 !strcmp(lemma(c, v), "determine")) &&
        child(c, v, "obj", false) < 0 && child(c, v, "ccomp", false) > v)
      continue;
    /* "the Emerald Triangle, where the two countries meet Laos", "where
     * the borders of the three states meet": lands that meet are no
     * meeting (040) */
    if (!strncmp(code, "04", 2) && !strcmp(lemma(c, v), "meet")) {
      static const char *const lines[] = {"border", "frontier", "boundary", "river", NULL};
      bool where = false;
      for (int32_t k = c->kid[v]; k >= 0 && !where; k = c->sib[k])
        where = k < v && rel_base(c, k, "advmod") && word_is_ci(c, k, "where");
      int32_t o = child(c, v, "obj", false), sj = child(c, v, "nsubj", false);
      uint32_t oe = o >= 0 ? entity_at(c, o) : NONE32;
      if (where && ((oe != NONE32 && place_mention(c, o)) ||
                    (sj >= 0 && word_in(lemma(c, sj), lines))))
        continue;
    }
    /* "Sudan takes UAE to world court", "took Ankara to the European
     * Court of Human Rights": to take someone to a court is to sue them
     * (115), no seizure (TAKE's 171) */
    if (!strcmp(lemma(c, v), "take") && !strncmp(code, "17", 2) &&
        child(c, v, "obj", false) > v) {
      static const char *const courts[] = {"court", "tribunal", NULL};
      for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k]) {
        if (k < v || !rel_base(c, k, "obl") || !case_word(c, k, "to")) continue;
        int32_t lo, hi;
        np_range(c, k, &lo, &hi);
        bool court = false;
        for (int32_t q = lo; q <= hi && !court; q++)
          court = word_in(lemma(c, q), courts) || word_is_ci(c, q, "court") ||
                  word_is_ci(c, q, "tribunal");
        if (court) code = "115";
      }
    }
    /* "stormed the regional parliament over a Russian investment deal":
     * a deal that is not the verb's object was struck by no one (the
     * block's "- * DEAL [057]" of STRIKE serves STORM, ASSAULT, KICK …);
     * the verb's own code stands */
    /* (a verb of force only: SIGN, CONCLUDE keep their patterns) */
    if (!strcmp(code, "057") && vm.verb.code && vm.verb.code[0] &&
        ((vm.verb.code[0] == '1' && vm.verb.code[1] >= '3') || vm.verb.code[0] == '2')) {
      static const char *const deals[] = {"deal", "agreement", "accord", "pact", "treaty",
                                          "truce", "ceasefire", "bargain", "compromise", NULL};
      int32_t o = child(c, v, "obj", false);
      if (o < 0 || !word_in(lemma(c, o), deals)) code = vm.verb.code;
    }
    /* "the electoral commission struck the opposition leader from the
     * ballot", "barred him from the race": keeping a politician out of
     * an election bans a politician (1722), no force (STRIKE's 190) */
    {
      static const char *const out[] = {"strike", "bar", "remove", "exclude", "disqualify",
                                        "ban", NULL};
      static const char *const polls[] = {"ballot", "race", "election", "vote", "poll",
                                          "office", NULL};
      bool poll = false;
      int32_t end = word_in(lemma(c, v), out) ? v + 16 : v;
      for (int32_t k = v + 1; k < (int32_t)c->n && k < end && !poll; k++) {
        int32_t u = k; /* (within the verb's phrase, four steps up at most) */
        for (int up = 0; up < 4 && u >= 0 && u != v; up++)
          u = c->head[u];
        poll = u == v && word_in(lemma(c, k), polls) && case_word(c, k, "from");
      }
      if (poll) code = "1722";
    }
    /* "17 people had died in Kathmandu": the dead are no attackers, and
     * the place no target (DIE's block is 190: the source would be the
     * victims) */
    if (!strcmp(lemma(c, v), "die") && code[0] == '1' && code[1] == '9') continue;
    /* "ordered additional army units to the eastern frontier": forces
     * sent to a place make no visit (ORDER's "(TO)" gave 042:043) */
    if (code[0] == '0' && code[1] == '4' && !strcmp(lemma(c, v), "order")) {
      int32_t o = child(c, v, "obj", false);
      if (o >= 0 && word_in(lemma(c, o), ordered_forces)) continue;
    }
    /* "quit the government, leaving the alliance with a thin majority":
     * to leave someone with something is no journey (040) */
    if (!strncmp(code, "04", 2) && !strcmp(lemma(c, v), "leave") &&
        child(c, v, "obj", false) > v) {
      /* (nor "raids that left two men dead") */
      static const char *const states[] = {"dead", "injured", "wounded", "homeless", "stranded",
                                           "trapped", "hurt", NULL};
      /* (nor with an adjective or "without": "leaving the council silent",
       * "left the regime without its watchdog") */
      bool with = false;
      for (int32_t k = c->kid[v]; k >= 0 && !with; k = c->sib[k])
        with = k > v && ((rel_base(c, k, "obl") &&
                          (case_word(c, k, "with") || case_word(c, k, "without"))) ||
                         ((rel_base(c, k, "xcomp") || rel_base(c, k, "advcl")) &&
                          (word_in(lemma(c, k), states) || !strcmp(upos(c, k), "ADJ") ||
                           !strcmp(xpos(c, k), "VBG"))));
      /* (or a gerund the parse took for the object's head: "leaving central
       * Chile scrambling for fuel") */
      int32_t lo_ = child(c, v, "obj", false);
      size_t gl = 0;
      const char *g = lo_ >= 0 ? nm_tok_text(c->d, c->first + (size_t)lo_, &gl) : NULL;
      if (g && gl > 4 && !memcmp(g + gl - 3, "ing", 3) && !strcmp(upos(c, lo_), "NOUN") &&
          child(c, lo_, "compound", false) >= 0 && mention_at(c, lo_) == NONE32)
        with = true;
      if (with) continue;
    }
    /* "dozens of villagers gathered at the edge of the buffer zone, some
     * holding Cypriot flags": a crowd that gathers meets no one (ASSEMBLE's
     * block is 040) unless it meets with someone or gathers something, or
     * a pattern names what for ("- * (FOR SUMMIT) [040]") */
    if (code[0] == '0' && code[1] == '4' && !text) {
      static const char *const crowd_verbs[] = {"gather", "assemble", "congregate", "flock",
                                                "converge", "cluster", "huddle", NULL};
      bool with = child(c, v, "obj", false) > v;
      for (int32_t k = c->kid[v]; k >= 0 && !with; k = c->sib[k])
        with = k > v && rel_base(c, k, "obl") && case_word(c, k, "with");
      if (word_in(lemma(c, v), crowd_verbs) && !with) continue;
    }
    /* "opposition politicians seized on the attack to criticise the
     * government": to seize on a thing is to use it, no seizure */
    if (!strcmp(lemma(c, v), "seize") && child(c, v, "obj", false) < 0) {
      bool on = false;
      for (int32_t k = c->kid[v]; k >= 0 && !on; k = c->sib[k])
        on = k > v && (rel_base(c, k, "obl") || rel_base(c, k, "compound:prt")) &&
             (case_word(c, k, "on") || case_word(c, k, "upon") || word_is_ci(c, k, "on"));
      if (on) continue;
    }
    /* "Police had taken positions at main intersections", "troops took
     * positions along the border": to take positions is to deploy (150,
     * as the team's "- * UP POSITION"), whatever TAKE's block or its
     * subject's patterns ("- POLICE * [173]", "- &MILITARY * [192]") give */
    if (code[0] == '1' && (code[1] == '7' || code[1] == '9') && !strcmp(lemma(c, v), "take")) {
      int32_t o = child(c, v, "obj", false);
      if (o > v && !strcmp(xpos(c, o), "NNS") && !strcmp(lemma(c, o), "position")) code = "150";
    }
    /* "Burkina Faso left the Economic Community of West African States":
     * leaving a bloc of states reduces relations with it (160), no
     * journey (040) */
    if (!strncmp(code, "04", 2) &&
        (!strcmp(lemma(c, v), "leave") || !strcmp(lemma(c, v), "quit") ||
         !strcmp(lemma(c, v), "exit"))) {
      int32_t o = child(c, v, "obj", false);
      /* (or the noun a relative clause's object pronoun stands for: "ECOWAS,
       * which Mali left in January") */
      static const char *const rel_obj[] = {"which", "that", NULL};
      if (o >= 0 && o < v && word_in(lemma(c, o), rel_obj) && rel_is(c, v, "acl:relcl") &&
          c->head[v] >= 0)
        o = c->head[v];
      uint32_t oe = o >= 0 ? entity_at(c, o) : NONE32;
      if (oe != NONE32 && oe < c->d->entities.n && !strncmp(c->ent[oe].code, "IGO", 3))
        code = "160";
    }
    /* "who has managed the company's operations in Niger": a business's
     * operations are no military ones ("- * OPERATION [190]"); "had engaged
     * with local authorities" is no fight */
    if (!strncmp(code, "19", 2)) {
      static const char *const firms[] = {"company", "firm", "business", "corporation",
                                          "group",   "mine", "miner",    "bank", NULL};
      int32_t o = child(c, v, "obj", false);
      int32_t op = o >= 0 && !strcmp(lemma(c, o), "operation") ? child(c, o, "nmod:poss", false)
                                                                : -1;
      if (op >= 0 && word_in(lemma(c, op), firms)) continue;
      /* "Haiti's transitional council fires police chief": to fire an
       * official is to dismiss, no attack */
      static const char *const offices[] = {"chief", "head", "minister", "official", "director",
                                            "commander", "mayor", "governor", "coach",
                                            "manager", "prosecutor", "judge", "secretary",
                                            "spokesman", "spokeswoman", "ambassador", NULL};
      int32_t fo = child(c, v, "obj", false);
      bool office = fo > v && word_in(lemma(c, fo), offices);
      for (int32_t k = fo > v ? c->kid[fo] : -1; k >= 0 && !office; k = c->sib[k])
        office = k > fo && word_in(lemma(c, k), offices); /* ("police chief", misread) */
      if (!strcmp(lemma(c, v), "fire") && office) continue;
      /* "exporters struggling with higher U.S. tariffs": a hardship one
       * struggles with is no foe; its head must be an actor's word */
      static const char *const strive[] = {"struggle", "grapple", "wrestle", "contend", NULL};
      if (word_in(lemma(c, v), strive)) {
        acode wa;
        bool foe = false;
        for (int32_t k = c->kid[v]; k >= 0 && !foe; k = c->sib[k])
          foe = k > v && rel_base(c, k, "obl") && case_word(c, k, "with") &&
                (mention_at(c, k) != NONE32 || code_words(c, k, k, k, &wa));
        if (!foe) continue;
      }
      bool with = false;
      for (int32_t k = c->kid[v]; k >= 0 && !with; k = c->sib[k])
        with = k > v && rel_base(c, k, "obl") && case_word(c, k, "with");
      if (!strcmp(lemma(c, v), "engage") && o < 0 && with) continue;
    }
    /* "ordered the army into the country's largest prisons": sending a
     * force into a prison is no detention of the force ("- * &DETENTION
     * [173]" of ORDER) */
    if (!strcmp(lemma(c, v), "order") && !strncmp(code, "173", 3)) {
      int32_t o = child(c, v, "obj", false);
      if (o >= 0 && word_in(lemma(c, o), ordered_forces)) continue;
    }
    vcode *vc = &vcs[nv];
    layer_of[nv] = vm.layer;
    nv++;
    vc->v = v;
    vc->evidence_v = v;
    vc->last = vm.last;
    vc->code = code;
    vc->code2 = code2 && strcmp(code2, "---") ? code2 : NULL;
    vc->pattern = text;
    vc->src = pm.src;
    vc->tgt = pm.tgt;
    vc->compound = pm.compound;
    vc->nhit = pm.nhit;
    memcpy(vc->hit, pm.hit, sizeof vc->hit);
    /* "accused Israel of more than 100 violations": an accusation (112);
     * the block's "* (OF &CRIME) [173]" was written for CONVICT */
    if (!strcmp(lemma(c, v), "accuse") && !strncmp(code, "173", 3)) {
      vc->code = code = "112";
      vc->code2 = NULL;
    }
    /* "Oman, which mediated earlier rounds of indirect contact between
     * Iran and the United States": mediating is mediation (045) wherever
     * its between-phrase hangs; the COMPROMISE block's own 080 (a
     * concession) is for compromising, not for a third party's act */
    if ((!strcmp(lemma(c, v), "mediate") || !strcmp(lemma(c, v), "intercede")) &&
        !strcmp(code, "080")) {
      vc->code = code = "045";
      vc->code2 = NULL;
    }
    /* "Phnom Penh called in Thailand's charge d'affaires": a summons
     * (SUMMON's 040), not a telephone call both ways (CALL's 041:041) */
    if (!strcmp(lemma(c, v), "call")) {
      static const char *const envoys[] = {"diplomat", "commissioner", NULL};
      for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
        if (k > v + 1 && rel_base(c, k, "obl") && case_of(c, k) == v + 1 &&
            case_word(c, k, "in") && (envoy_word(c, k) || word_in(lemma(c, k), envoys))) {
          vc->code = code = "040";
          vc->code2 = NULL;
          vc->tgt = k;
        }
    }
    /* "priorities in Washington had left the aid effort in Afghanistan
     * badly exposed": leaving a thing in a state (an object and a
     * participle or adjective after it) is no departure from it */
    if (!text && !strcmp(lemma(c, v), "leave")) {
      int32_t ob = child(c, v, "obj", false);
      bool state = false;
      for (int32_t k = c->kid[v]; k >= 0 && ob >= 0 && !state; k = c->sib[k])
        state = k > ob && (rel_base(c, k, "xcomp") || rel_base(c, k, "advcl")) &&
                (!strcmp(xpos(c, k), "VBN") || !strcmp(xpos(c, k), "JJ")) &&
                child(c, k, "mark", false) < 0 && child(c, k, "nsubj", false) < 0;
      if (state) {
        vc->skip = true;
        continue;
      }
    }
    /* '"Our men went to protect a river …," armed forces spokeswoman …
     * said': GO_TO's "to" is an infinitive's mark there, a purpose, no
     * destination (was a journey to the speaker's armed forces) */
    if (!text && (!strcmp(lemma(c, v), "go") || !strcmp(lemma(c, v), "come")) &&
        v + 1 < (int32_t)c->n && word_is_ci(c, v + 1, "to") && rel_is(c, v + 1, "mark")) {
      vc->skip = true;
      continue;
    }
    /* "launched a mediation effort on Saturday between the Emirates and
     * Saudi Arabia", "undertook a mediation mission between Syria and
     * Arafat": a mediation one launches or undertakes is mediation (045),
     * not EFFORT's appeal (020) */
    {
      static const char *const starts[] = {"launch", "undertake", "begin", "start", "lead",
                                           "open", "pursue", "step", NULL};
      /* (and ended, halted or suspended it is a halt of mediation, 165:
       * "Syrian officers today ended mediation efforts between rival
       * militias in Tripoli") */
      static const char *const ends[] = {"end", "halt", "suspend", "abandon", "stop", NULL};
      bool ending = word_in(lemma(c, v), ends);
      int32_t ob = word_in(lemma(c, v), starts) || ending ? child(c, v, "obj", false) : -1;
      bool mediation = ob >= 0 && (word_is_ci(c, ob, "mediation") ||
                                   (ob > 0 && word_is_ci(c, ob - 1, "mediation") &&
                                    c->head[ob - 1] == ob));
      if (mediation) {
        vc->code = code = ending ? "165" : "045";
        vc->code2 = NULL;
        /* (between whom: the parties of its between-phrase, each) */
        for (int32_t k = c->kid[ob]; k >= 0; k = c->sib[k])
          if (k > ob && rel_base(c, k, "nmod") && case_word(c, k, "between")) vc->tgt = k;
      }
    }
    /* "Al-Shabaab, the al-Qaeda-linked group that has fought Somalia's
     * federal government for nearly two decades": fighting a government
     * is fighting (190), not PHYSICAL_CONFLICT's "* GOVERNMENT [111]"
     * written for ATTACK ("attacked the government", in words); not in
     * court or at the polls */
    if (text && !strncmp(code, "111", 3) && strstr(text, "* GOVERNMENT ") &&
        (!strcmp(lemma(c, v), "fight") || !strcmp(lemma(c, v), "battle"))) {
      bool words = false;
      static const char *const arenas[] = {"court", "election", "poll", "parliament", NULL};
      for (int32_t k = c->kid[v]; k >= 0 && !words; k = c->sib[k])
        words = rel_base(c, k, "obl") && word_in(lemma(c, k), arenas);
      if (!words) {
        vc->code = code = "190";
        vc->code2 = NULL;
      }
    }
    /* "a coalition of armed groups that has controlled large parts of the
     * Ouaka prefecture for much of the past decade": a block's "* (FOR)
     * [042:043]", written for a journey ("headed for Moscow", "left for
     * Malaysia"), is a visit only when its for-phrase names a place (the
     * OVERSEE_MANAGE block gives it to CONTROL and the rest) */
    if (text && strstr(text, "* (FOR) ") && !strncmp(code, "042", 3)) {
      /* (the first "for" after the verb, wherever the parse hung its
       * phrase: "parts of the Ouaka prefecture for much of …") */
      /* (not a journey's own verb with a to-phrase, whose for-phrase may be
       * its purpose: "would travel to Washington for talks") */
      int32_t fp = -1;
      for (int32_t k = v + 1; k < (int32_t)c->n && fp < 0; k++)
        if (word_is_ci(c, k, "for") && rel_is(c, k, "case") && c->head[k] > k) fp = c->head[k];
      /* (nor a for-phrase of another verb below this one: "leaving power
       * plants … scrambling for fuel") */
      bool other_verb = false;
      for (int32_t u = fp >= 0 ? c->head[fp] : -1, up = 0; u >= 0 && u != v && up < 8;
           u = c->head[u], up++)
        other_verb = other_verb || !strcmp(upos(c, u), "VERB") || !strcmp(xpos(c, u), "VBG");
      bool to_place = false;
      for (int32_t k = c->kid[v]; k >= 0 && !to_place; k = c->sib[k])
        to_place = rel_base(c, k, "obl") && (case_word(c, k, "to") || case_word(c, k, "into"));
      if (fp >= 0 && (other_verb || (!place_mention(c, fp) &&
                                     !(word_in(lemma(c, v), travel_verbs) && to_place)))) {
        vc->skip = true;
        continue;
      }
    }
    /* "The U.N. Security Council is scheduled to discuss Haiti": a place
     * discussed is the talk's subject, which says nothing back (DISCUSS's
     * 040:040 is for a party discussed with, "discussed the crisis with
     * Germany") */
    if (vc->code2 && (!strcmp(lemma(c, v), "discuss") || !strcmp(lemma(c, v), "debate"))) {
      int32_t ob = child(c, v, "obj", false);
      if (ob >= 0 && place_mention(c, ob) && !strncmp(xpos(c, ob), "NNP", 3)) vc->code2 = NULL;
      /* ... and so is a matter discussed, with no party named to discuss
       * it with ("The ministers discussed the war in Sudan", "discussed
       * the return of refugees", "would discuss expanding sanctions
       * against violent settlers": not SDN 046 back) */
      bool with = false;
      for (int32_t k = c->kid[v]; k >= 0 && !with; k = c->sib[k])
        with = rel_base(c, k, "obl") && case_word(c, k, "with");
      with = with || (vc->pattern && strstr(vc->pattern, "WITH")); /* (hung lower) */
      if ((ob < 0 || (!strcmp(upos(c, ob), "NOUN") && mention_at(c, ob) == NONE32 &&
                      !person_word(c, ob))) &&
          !with)
        vc->code2 = NULL;
    }
    /* "China's military launched air and naval exercises around Taiwan":
     * drills a single party holds around, near or off another's land are
     * a show of force (150, as "CONDUCT * {&MILITARY EXERCISES}"), not
     * military cooperation (the "[062:062]" of joint exercises), when
     * they are not joint and held with no one */
    int32_t drilled = -1;
    if (!strcmp(code, "062") && around_drills(c, v, &drilled)) {
      vc->code = code = "150";
      vc->tgt = drilled; /* (the place, not "naval exercises": no MIL) */
      vc->code2 = NULL;
    }
    /* "imposed new sanctions on Belarus, targeting potash exporters":
     * what sanctions target they sanction (163), no force (TARGET's 190) */
    if (!strcmp(lemma(c, v), "target") && rel_base(c, v, "advcl") && c->head[v] >= 0 &&
        sanctioning(c, c->head[v])) {
      vc->code = code = "163";
      vc->code2 = NULL;
    }
    /* "rejected the response": the dictionaries code a rejection only of
     * what their patterns name (a proposal); any direct rejection is one */
    if (!strcmp(code, "---") && refusing(c, v) && child(c, v, "xcomp", false) < 0 &&
        child(c, v, "ccomp", false) < 0 && object_of(c, v) >= 0) {
      vc->code = code = "120";
      vc->code2 = NULL;
    }
    /* "refused to respond to Y's demand": a rejection aimed at the
     * complement's target; a coded complement refines it below ("refused
     * to attack" combines with the attack) */
    /* (not a refusal to tell: "declined to describe them", "declined to
     * comment", CAMEO's 011, which names no one it is aimed at) */
    int32_t rx = refusing(c, v) ? child(c, v, "xcomp", false) : -1;
    if (rx >= 0 && word_in(lemma(c, rx), tell)) {
      vc->skip = true;
      continue;
    }
    if (!strcmp(code, "---") && rx >= 0) {
      vc->code = code = "120";
      vc->code2 = NULL;
    }
    /* "agreed to hold talks", "agreed to a truce", "agreed upon a pact":
     * CAMEO's 03 is to "offer, promise, agree to" cooperate; the
     * dictionaries give "agree" alone diplomatic cooperation (050) */
    if (!text && agreeing_to(c, v, code)) {
      vc->code = code = "030";
      vc->code2 = NULL;
    }
    /* "struck what the military described as weapons depots": the naming
     * clause of a free relative labels the thing, no act of its own */
    static const char *const label[] = {"describe", "call", "term", "label", "dub",
                                        "characterize", "characterise", NULL};
    bool naming = rel_is(c, v, "acl:relcl") && c->head[v] >= 0 &&
                  word_is_ci(c, c->head[v], "what") && word_in(lemma(c, v), label);
    /* (insisting that something is so states it: a statement, 010, whose
     * reported act PETRARCH's transformations read as a claim) */
    if (!text && insisting_fact(c, v)) {
      vc->code = code = "010";
      vc->code2 = NULL;
    }
    /* "ruled that Gelashvili posed a flight risk", "ruled in favor of 14
     * teachers": a court's ruling is no governing (RULE's 060), which
     * has a country or people ruled for its object ("ruled Russia") */
    bool ruling = !strcmp(lemma(c, v), "rule") && !strncmp(code, "06", 2) && !text &&
                  child(c, v, "obj", false) < 0;
    /* "a group which Western governments have linked to Russia's GRU",
     * "linked any release to the unfreezing of funds": tying one thing
     * to another is no cooperation (LINK's 060) */
    bool tying = false;
    if (!strcmp(lemma(c, v), "link") && !strncmp(code, "06", 2))
      for (int pass = 0; pass < 2 && !tying; pass++) { /* (or on its object) */
        int32_t on = pass ? child(c, v, "obj", false) : v;
        for (int32_t k = on >= 0 ? c->kid[on] : -1; k >= 0 && !tying; k = c->sib[k])
          tying = k > v && (rel_base(c, k, "obl") || rel_base(c, k, "nmod")) &&
                  case_word(c, k, "to");
      }
    vc->skip = negated(c, v) || !strcmp(code, "---") || naming || ruling || tying;
    /* "will not accept refugees", "would not meet their demands": a
     * cooperative act (03-08) refused for the future is a rejection (12x),
     * as "refused to accept" is; an inability ("could not") is none */
    if (vc->skip && strcmp(code, "---") != 0 && future(c, v) && code[0] == '0' &&
        code[1] >= '3' && code[1] <= '8') {
      const char *rc = combine_reject(c, vm.layer, code);
      vc->code = code = rc ? rc : "120";
      vc->code2 = NULL;
      vc->skip = false;
    }
  }
  /* "X said Y must ...": a statement with a deontic complement is a
   * demand X -> Y, whether or not the complement's verb is coded */
  for (size_t j = 0, n0 = nv; j < n0 && nv < 64; j++) {
    vcode *up = &vcs[j];
    if (up->skip || up->code[0] != '0' || up->code[1] != '1') continue;
    int32_t cl[16];
    size_t ncl = said_clauses(c, up->v, cl, 16);
    for (size_t q = 0; q < ncl && nv < 64; q++) {
      int32_t k = cl[q];
      if (!deontic(c, k) || negated(c, k)) continue;
      vcode *lo = NULL;
      for (size_t i = 0; i < nv; i++)
        if (vcs[i].v == k) lo = &vcs[i];
      if (!lo) {
        lo = &vcs[nv];
        layer_of[nv] = layer_of[j];
        nv++;
        memset(lo, 0, sizeof *lo);
        lo->v = lo->last = k;
        lo->code = "---";
      }
      const char *cb = strcmp(lo->code, "---") ? combine(c, layer_of[j], "100", lo->code) : NULL;
      lo->code = cb ? cb : "100";
      lo->code2 = NULL;
      lo->pattern = NULL;
      lo->compound = false;
      lo->skip = false;
      lo->evidence_v = up->v;
      lo->src = lo->tgt = -2; /* the speaker -> the one who must */
      up->skip = true;
    }
  }
  static const char *const to_w[] = {"to", NULL};
  /* complements: "vowed to attack B", "demanded that B withdraw",
   * "refused to deploy": the upper verb and its complement make one event */
  for (size_t i = 0; i < nv; i++) {
    vcode *lo = &vcs[i];
    /* "urged India to avoid … and to meet China halfway": a conjunct
     * with "to" of a "to" complement is a complement of the same verb */
    int32_t cv = lo->v;
    if (rel_base(c, cv, "conj") && c->head[cv] >= 0 && rel_base(c, c->head[cv], "xcomp") &&
        dep_lemma_in(c, cv, "mark", to_w) && dep_lemma_in(c, c->head[cv], "mark", to_w))
      cv = c->head[cv];
    bool x = rel_base(c, cv, "xcomp"), cc = rel_base(c, lo->v, "ccomp");
    bool to_advcl = !x && !cc && rel_base(c, lo->v, "advcl") && dep_lemma_in(c, lo->v, "mark", to_w);
    if ((!x && !cc && !to_advcl) || lo->skip || lo->src == -2) continue;
    int32_t uv = c->head[cv];
    if (uv < 0) continue;
    vcode *up = NULL;
    size_t uj = 0;
    for (size_t j = 0; j < nv; j++)
      if (vcs[j].v == uv) {
        up = &vcs[j];
        uj = j;
      }
    if (to_advcl) {
      /* "threatened on Monday to break relations": a parse may hang the
       * complement of a threat, vow or demand as a purpose clause when a
       * phrase comes between; taken as the complement only when the upper
       * verb's code is modal (or only its patterns code: "vowed") and it
       * has no object ("attacked Y to punish Z" and "urged Y on Monday
       * to ..." stay as they are) */
      /* an appeal or demand with an object ("urged Y on Monday to
       * accept"): Y is asked to act, as for a complement */
      /* (not a demand the "must" of a said clause made: in "said Israel
       * must ensure security to help", the object is no one asked) */
      bool asking = up && !up->skip && up->src != -2 && object_of(c, uv) >= 0 &&
                    ((up->code[0] == '0' && up->code[1] == '2') ||
                     (up->code[0] == '1' && up->code[1] == '0'));
      if ((object_of(c, uv) >= 0 && !asking) || lo->v < uv ||
          (up && strcmp(up->code, "---") && (up->skip || !modal_code(c, layer_of[uj], up->code)) &&
           called_on(c, uv, lo->v) < 0 && !asking))
        continue;
      x = true;
      if (lo->src < 0) lo->src = subject_of(c, uv, 0); /* the purpose clause inherits none */
    }
    if (negated(c, uv)) { /* "did not agree to restore ties" */
      lo->skip = true;
      continue;
    }
    /* "The army denied targeting civilians", "denied that it had
     * attacked the town": a denial says the act did not happen (the
     * denial itself codes by its own patterns: "denied the claim", 016) */
    if (!strcmp(lemma(c, uv), "deny")) {
      lo->skip = true;
      continue;
    }
    /* "has opposed sending weapons to Kyiv", "avoided naming Russia": a
     * gerund complement of opposing or avoiding has not happened (the
     * upper verb codes by its own patterns, 110 for "opposed") */
    static const char *const against[] = {"oppose", "resist", "avoid", NULL};
    if (x && word_in(lemma(c, uv), against) && !strcmp(xpos(c, lo->v), "VBG")) {
      lo->skip = true;
      continue;
    }
    /* "struggled to contain the gangs", "battled to save the town": the
     * effort to do the lower act is no fight of its own */
    static const char *const effort[] = {"struggle", "battle", "strive", "scramble", NULL};
    if (x && up && word_in(lemma(c, uv), effort) && dep_lemma_in(c, lo->v, "mark", to_w)) {
      up->skip = true;
      continue;
    }
    size_t li = up ? layer_of[uj] : layer_of[i];
    if (up && !up->skip && transform(c, up, lo)) continue;
    bool refusal = refusing(c, uv) || (up && !up->skip && pico_negative(c, li, up->code));
    /* "demanded that its partners refuse to recognize Macedonia": the
     * refusal is what the demand asks for, and has not happened; the
     * demand on the partners stands */
    if (refusal && up && !up->skip && up->src == -2 && up->evidence_v != uv) {
      lo->skip = true;
      continue;
    }
    if (refusal && refusing(c, uv) && word_in(lemma(c, lo->v), tell)) {
      lo->skip = true;
      if (up) up->skip = true;
      continue;
    }
    if (refusal) {
      const char *rc = combine_reject(c, li, lo->code);
      lo->code = rc ? rc : (up && !up->skip && up->code[0] == '1' ? up->code : "120");
      lo->code2 = NULL;
      lo->evidence_v = uv;
      if (up) up->skip = true;
      if (cc) lo->src = lo->tgt = -2; /* upper subject -> lower subject */
      continue;
    }
    int32_t uo = x ? object_of(c, uv) : -1;
    if (uo < 0 && x) uo = called_on(c, uv, lo->v);
    /* "called on both sides to protect civilians": those asked code as
     * no one; the complement is still only asked for (not the caller's
     * act on the civilians) */
    if (uo == -2) {
      lo->skip = true;
      continue;
    }
    /* "Omani officials were asked to press the group": the passive's
     * subject was asked (by its agent, if named); it has not pressed */
    if (uo < 0 && x && up && !up->skip && passive(c, uv) &&
        ((up->code[0] == '0' && up->code[1] == '2') || (up->code[0] == '1' && up->code[1] == '0')))
      uo = child(c, uv, "nsubj:pass", false);
    /* "prompting the U.S. Navy to condemn the move", "the attack led Kenya
     * to suspend …": what an event prompts its object to do happened, the
     * object's own act (what one is asked or made to do may not have) */
    static const char *const prompting[] = {"prompt", "spur", "lead", "provoke", "trigger",
                                            NULL};
    if (uo >= 0 && word_in(lemma(c, uv), prompting) &&
        !(up && !up->skip && combine(c, li, up->code, lo->code))) {
      lo->src = uo;
      continue;
    }
    if (uo >= 0) {
      /* "asked Y to help Z", "urged Y to accept": Y was asked; the help
       * has not happened. One event X -> Y when the two verbs combine, else
       * the upper verb's own event, if any. */
      const char *cb = up && !up->skip ? combine(c, li, up->code, lo->code) : NULL;
      if (cb) {
        lo->code = cb;
        lo->code2 = NULL;
        lo->evidence_v = uv;
        lo->src = subject_of(c, uv, 0);
        lo->tgt = uo;
        up->skip = true;
        if (lo->src < 0) lo->skip = true;
      } else {
        lo->skip = true;
      }
      continue;
    }
    if (!up || up->skip) continue;
    const char *cb = combine(c, li, up->code, lo->code);
    if (!cb && modal_code(c, li, up->code))
      cb = up->code; /* "threatened to ban": a threat, not yet a ban */
    if (cb && up->src == -2) {
      /* a demand on Y already ("said Y must reach a deal"): a clause below
       * it takes it over only when its own subject codes ("... before aid
       * is released" would lose it) */
      int32_t ls = subject_of(c, lo->v, 0);
      acode t;
      uint32_t te;
      if (ls < 0 || !code_np(c, ls, &t, &te)) cb = NULL;
    }
    if (cb) {
      lo->code = cb;
      lo->code2 = NULL;
      lo->evidence_v = uv;
      up->skip = true;
      if (cc) lo->src = lo->tgt = -2;
      if (up->src == -2) { /* "said Y must be ready to talk": still the speaker's demand on Y */
        lo->src = lo->tgt = -2;
        lo->evidence_v = up->evidence_v;
      }
    }
  }
  for (size_t i = 0; i < nv; i++) {
    vcode *vc = &vcs[i];
    if (vc->skip) continue;
    /* a combined "A demanded that B ...": A's subject, and B as target */
    bool upper_lower = vc->src == -2;
    int32_t subj = upper_lower    ? subject_of(c, vc->evidence_v, 0)
                   : vc->src >= 0 ? vc->src
                                  : subject_of(c, vc->v, 0);
    if (upper_lower) vc->tgt = subject_of(c, vc->v, 0);
    /* "France told Iraq that it must cooperate", "issued a reminder to
     * Iraq that it must …": an "it" or "they" that must act, which names
     * no one, is the one told, when that one names someone */
    if (upper_lower && vc->tgt >= 0 && is_pronoun(c, vc->tgt) && entity_at(c, vc->tgt) == NONE32 &&
        (word_is_ci(c, vc->tgt, "it") || word_is_ci(c, vc->tgt, "they"))) {
      int32_t told = -1, th[8];
      acode tca[8];
      uint32_t tce[8];
      /* (its to-phrase, wherever the parse hung it before the clause:
       * "a stern reminder Saturday to Iraq"; else its object) */
      for (int32_t k = vc->evidence_v + 1; told < 0 && k < vc->v; k++)
        if ((rel_base(c, k, "obl") || rel_base(c, k, "nmod")) && case_word(c, k, "to") &&
            code_conjuncts(c, k, th, tca, tce))
          told = k;
      if (told < 0) {
        told = object_of(c, vc->evidence_v);
        if (told >= 0 && !code_conjuncts(c, told, th, tca, tce)) told = -1;
      }
      if (told >= 0) vc->tgt = told;
    }
    /* "Iran warned that it could curb cooperation with the IAEA": a
     * threat (promise, demand …) whose clause's subject is the speaker's
     * own pronoun is aimed at the clause's target, not at the speaker */
    /* (a threat's or promise's, 13 or 03: "it", no one told, or the
     * speaker's own entity) */
    if (upper_lower && vc->tgt >= 0 && subj >= 0 && is_pronoun(c, vc->tgt) &&
        (vc->code[0] == '1' || vc->code[0] == '0') && vc->code[1] == '3' &&
        (word_is_ci(c, vc->tgt, "it") || word_is_ci(c, vc->tgt, "they") ||
         word_is_ci(c, vc->tgt, "we")) &&
        (entity_at(c, vc->tgt) == NONE32 || entity_at(c, vc->tgt) == entity_at(c, subj)))
      vc->tgt = -1;
    if (subj < 0) continue;
    int32_t srcs[8], tgts[8];
    acode sa[8];
    uint32_t se[8];
    /* each conjunct that codes; "the military rulers of Mali, Burkina Faso
     * and Niger", "American and British aircraft": one per country */
    size_t nsc = code_conjuncts(c, subj, srcs, sa, se);
    /* ("a fee on Chinese-built ships docking at American ports": what a
     * country made does nothing as the country) */
    if (!nsc || victims_deed(c, subj) || (force_code(vc->code) && policy_subject(c, subj)) ||
        made_by_phrase(c, subj))
      continue;
    /* "a revised armed forces law allowed military officers to serve": a
     * text (law, bill, decree …) an actor's words modify does nothing */
    if (text_noun(c, subj, sa[0].code)) continue;
    /* ("the Ashulia area of Savar blocked the highway", a conjunct the
     * parse made the subject: an area, a district, a suburb does
     * nothing) */
    static const char *const place_kinds[] = {"area", "district", "neighbourhood",
                                              "neighborhood", "suburb", "outskirts", NULL};
    size_t kept_src = 0;
    for (size_t q = 0; q < nsc; q++) {
      int32_t sq = srcs[q];
      if (sq >= 0 && !strcmp(upos(c, sq), "NOUN") && word_in(lemma(c, sq), place_kinds) &&
          mention_at(c, sq) == NONE32)
        continue;
      srcs[kept_src] = srcs[q], sa[kept_src] = sa[q], se[kept_src] = se[q];
      kept_src++;
    }
    nsc = kept_src;
    if (!nsc) continue;
    /* "A roadside bombing near the town of Samarra killed one U.S.
     * soldier", "were killed by an improvised explosive device outside
     * the Iraqi city of Basra": a blast no one is named for, placed in a
     * country, is that country's unidentified armed force (IRQUAF, as the
     * CAMEO coders have it; was the country, IRQ) */
    if (nsc == 1 && bare_country_prefix(sa[0].code) &&
        (strlen(sa[0].code) == 3 || !strcmp(sa[0].code + 3, "OCC")) && /* (Iraq, 2003-11) */
        unclaimed_blast(c, subj)) {
      char code[CODE_CAP];
      snprintf(code, sizeof code, "%.3sUAF", sa[0].code);
      snprintf(sa[0].code, sizeof sa[0].code, "%s", code);
      snprintf(sa[0].reason, sizeof sa[0].reason, "%s",
               "a blast no one is named for, in a country");
    }
    /* "two police officers had been injured by stones in Abobo",
     * "shrapnel in the Upper Galilee", "Not everyone in Warsaw welcomed":
     * a loose object, or no one, whose only code is the country of the
     * place it was in does nothing as that country (people there do:
     * "Bakers in Tehran told local media", "Security agents in the
     * Republic of Congo arrested"; and so, for the event floors, do
     * happenings: "an airstrike in Zamfara") */
    static const char *const loose[] = {"stone",    "rock",     "shrapnel", "debris", "bullet",
                                        "brick",    "nobody",   "everyone", "everybody",
                                        "anyone",   "none",     NULL};
    if (nsc == 1 && bare_country(sa[0].code) && located_only(c, subj, true) &&
        (word_in(lemma(c, subj), loose) ||
         (word_is_ci(c, subj, "one") && subj > 0 && word_is_ci(c, subj - 1, "no"))))
      continue;
    /* the target: the pattern's slot, else the first candidate that codes */
    int32_t cand[16];
    size_t nc = 0;
    if (vc->tgt >= 0) {
      cand[nc++] = vc->tgt;
      /* "warplanes bombed a market in the city of El Fasher": an attack
       * (18-20) whose slot codes nothing is aimed at the place it hit,
       * an in-phrase of the verb */
      for (int32_t k = force_code(vc->code) ? c->kid[vc->v] : -1; k >= 0 && nc < 16; k = c->sib[k])
        if (k != vc->tgt && rel_base(c, k, "obl") && case_word(c, k, "in")) cand[nc++] = k;
    } else {
      /* a statement, and material cooperation (06: "served in Nairobi",
       * "worked in Gaza"), happen in a place without acting on it; so do
       * an intent and an agreement (03, 05: "the two neighbours agreed in
       * Ankara to begin talks") */
      nc = target_candidates(c, vc->v, cand, 16,
                             force_code(vc->code) || !strncmp(vc->code, "17", 2) ? 3
                             : vc->code[0] != '0'                                ? 0
                             : vc->code[1] == '1'                                ? 2
                             : vc->code[1] == '6' || vc->code[1] == '3' ||
                                     vc->code[1] == '5'
                                 ? 1
                                 : 0);
    }
    /* "promised to continue aid to B": the complement's target */
    int32_t xc = child(c, vc->v, "xcomp", false);
    /* (not an appeal's, whose object is its addressee, coded or not:
     * "urged member states to speed up deliveries to Ukraine" is no
     * appeal to Ukraine) */
    bool addressee = vc->code[0] == '0' && vc->code[1] == '2' && object_of(c, vc->v) >= 0;
    if (vc->tgt < 0 && xc >= 0 && nc < 16 && !addressee)
      nc += target_candidates(c, xc, cand + nc, 16 - nc, 0);
    /* "demanded that Baghdad hand them over", "warned that Y would pay":
     * the one the demand or warning is about, when nothing nearer codes
     * (not for statements: "said that Y ..." is no act on Y) */
    int32_t cx = child(c, vc->v, "ccomp", false), said_subj = -1;
    if (vc->tgt < 0 && cx >= 0 && nc < 16 && !(vc->code[0] == '0' && vc->code[1] == '1')) {
      int32_t cs = child(c, cx, "nsubj", false);
      if (cs >= 0 && child(c, cx, "mark", false) >= 0) cand[nc++] = cs, said_subj = cs;
    }
    /* "threatened to stop the talks if the United States deploys ...":
     * a threat is aimed at the one whose act is its condition, when
     * nothing nearer codes */
    if (vc->tgt < 0 && vc->code[0] == '1' && vc->code[1] == '3')
      nc += condition_subjects(c, vc->evidence_v, 0, cand + nc, 16 - nc);
    /* "would continue the military campaign until the group released every
     * hostage": force kept up until someone acts is aimed at them */
    static const char *const until[] = {"until", "till", NULL};
    static const char *const to_mark[] = {"to", NULL};
    for (int32_t k = c->kid[vc->v]; vc->tgt < 0 && vc->code[0] == '1' && vc->code[1] >= '8' &&
                                    k >= 0 && nc < 16;
         k = c->sib[k])
      if (rel_base(c, k, "advcl") && dep_lemma_in(c, k, "mark", until)) {
        int32_t us = child(c, k, "nsubj", false);
        if (us >= 0) cand[nc++] = us;
      }
    /* "began a hunger strike to protest Sweden's decision": a protest is
     * aimed at what its purpose clause names, when nothing nearer codes;
     * so is repression ("used tear gas to disperse protesters") and force
     * ("opened fire to disperse demonstrators") */
    if (vc->tgt < 0 && vc->code[0] == '1' && (vc->code[1] == '4' || vc->code[1] >= '7') &&
        nc < 16)
      nc += purpose_targets(c, vc->v, cand + nc, 16 - nc);
    /* "pledged $500 million in security assistance to help Manila
     * modernize its navy": aid, or a promise or act of cooperation, is
     * aimed at the one its purpose clause helps */
    static const char *const helping[] = {"help", "assist", "support", "aid", "enable", NULL};
    if (vc->tgt < 0 && vc->code[0] == '0' && vc->code[1] >= '3' && vc->code[1] <= '7')
      for (int32_t k = c->kid[vc->v]; k >= 0 && nc < 16; k = c->sib[k])
        if (rel_base(c, k, "advcl") && dep_lemma_in(c, k, "mark", to_mark) &&
            word_in(lemma(c, k), helping))
          nc += target_candidates(c, k, cand + nc, 16 - nc, 0);
    size_t nt = 0;
    acode ta[8];
    uint32_t te[8];
    /* "withdraw its troops from Lebanon", "offered its troops to
     * Lebanon": the source's own people or things ("its" + the source's
     * country) are the target only when no other candidate codes */
    int32_t own = -1, late = -1; /* an own target; the pattern's own noun's */
    for (size_t k = 0; k < nc && !nt; k++) {
      if (cand[k] == subj) continue;
      /* "would continue to defend itself": the source, no target */
      static const char *const self[] = {"itself", "themselves", "himself", "herself", NULL};
      if (is_pronoun(c, cand[k]) && word_in(lemma(c, cand[k]), self)) continue;
      int32_t ps = child(c, cand[k], "nmod:poss", false);
      /* "raised concerns about the impact on their own shipping
       * industries": what is said to be the source's own is never whom the
       * act is aimed at */
      static const char *const own_w[] = {"own", NULL};
      if (ps >= 0 && is_pronoun(c, ps) && dep_lemma_in(c, cand[k], "amod", own_w)) continue;
      bool owned =
          ps >= 0 && own < 0 && (!strcmp(lemma(c, ps), "its") || !strcmp(lemma(c, ps), "their"));
      /* (and "his", "her" of the source, a person: "Petro recalled his
       * ambassador from Washington", "halted his march towards …") */
      bool personal_own = ps >= 0 && own < 0 &&
                          (word_is_ci(c, ps, "his") || word_is_ci(c, ps, "her")) && nsc > 0 &&
                          se[0] != NONE32 && entity_at(c, ps) == se[0];
      nt = code_conjuncts(c, cand[k], tgts, ta, te);
      /* "a day after opposition leader X accused ...": a time phrase
       * coded by a role word alone is no target (a misparse may hang a
       * real one under a time word: "in Sierra Leone Tuesday") */
      if (nt && has_time(c, cand[k], cand[k]) && !strncmp(ta[0].code, "---", 3)) nt = 0;
      if (vc->tgt < 0) { /* not the words of the act's own name */
        size_t kept = 0;
        for (size_t q = 0; q < nt; q++)
          if (!pattern_phrase(c, vc, tgts[q])) {
            tgts[kept] = tgts[q], ta[kept] = ta[q], te[kept] = te[q];
            kept++;
          }
        nt = kept;
      }
      /* "He (USAGOVMIL) warned that Washington will not hesitate": the
       * clause's subject, the speaker's own country, is no target */
      if ((cand[k] == said_subj || (upper_lower && cand[k] == vc->tgt)) && nt &&
          bare_country(ta[0].code) &&
          !strncmp(ta[0].code, sa[0].code, 3))
        nt = 0;
      /* ... nor is the body the speaker belongs to ("Hezbollah lawmaker X
       * (LBNREBLEG) warned that the group's patience has limits": LBNREB) */
      if ((cand[k] == said_subj || (upper_lower && cand[k] == vc->tgt)) && nt && nsc > 0 &&
          strlen(ta[0].code) > 3 &&
          strlen(sa[0].code) >= strlen(ta[0].code) &&
          !strncmp(sa[0].code, ta[0].code, strlen(ta[0].code)))
        nt = 0;
      /* "warned that his fighters would resist": the source's own, of
       * whom the warning speaks, are not whom it warns */
      if (nt && cand[k] == said_subj && ps >= 0 && nsc > 0 && se[0] != NONE32 &&
          entity_at(c, ps) == se[0]) {
        nt = 0;
        continue;
      }
      /* ... nor is a state's body named with no country of its own: "Thai
       * Prime Minister X warned that the army would respond" (the
       * speaker's army, not the dateline's) */
      if (nt && cand[k] == said_subj && !strncmp(ta[0].code, "---", 3) &&
          strlen(ta[0].code) == 6 && word_in(ta[0].code + 3, state_roles)) {
        nt = 0;
        continue;
      }
      /* (not an owner the pronoun resolves to, another actor of the same
       * country: "The M23 said government forces attacked its positions",
       * CODMIL on the M23's, CODREB) */
      uint32_t pe = owned ? entity_at(c, ps) : NONE32;
      bool other_owner = pe != NONE32 && pe < c->d->entities.n && c->ent && c->ent[pe].code[0] &&
                         (nsc == 0 || pe != se[0]) && strcmp(c->ent[pe].code, sa[0].code) != 0;
      /* (an appeal's own addressee is its target: "The United States
       * urged its citizens to leave Haiti" is no appeal to Haiti) */
      bool addressed = vc->code[0] == '0' && vc->code[1] == '2' && c->head[cand[k]] == vc->v &&
                       rel_base(c, cand[k], "obj");
      /* (and a headline's bare envoy: "Somalia recalls ambassador from
       * Ethiopia") */
      bool bare_envoy = ps < 0 && own < 0 && envoy_word(c, cand[k]) &&
                        child(c, cand[k], "det", false) < 0 && in_headline(c);
      if (((owned && !other_owner) || personal_own || bare_envoy) && nt &&
          (!strncmp(ta[0].code, sa[0].code, 3) || (bare_envoy && !strncmp(ta[0].code, "---", 3))) &&
          !addressed) {
        own = cand[k];
        nt = 0;
      }
      /* "condemned the strike in Kani township": a disapproval or
       * rejection (11, 12) of a thing is no act on the place it happened
       * in (its doer is the one criticised), whether the thing or only its
       * place phrase is the candidate */
      if (nt && vc->code[0] == '1' && (vc->code[1] == '1' || vc->code[1] == '2') &&
          (located_only(c, cand[k], true) ||
           (place_phrase(c, cand[k]) && rel_base(c, cand[k], "nmod")))) {
        nt = 0;
        continue;
      }
      /* "provoked incidents with the encouragement of 'countries outside
       * the region,' a reference to the United States": the writer's gloss
       * names no party to the act */
      {
        int32_t g = cand[k];
        if (rel_base(c, g, "nmod") && c->head[g] >= 0) g = c->head[g];
        int32_t q = g - 1; /* the word before "a reference", "an apparent reference" */
        while (q >= 0 && (!strcmp(upos(c, q), "DET") || !strcmp(upos(c, q), "ADJ")))
          q--;
        if (q >= 0 && !strcmp(upos(c, q), "PUNCT") && !word_is_ci(c, q, ",") && q > 0)
          q--; /* a closing quotation mark after the comma */
        if (nt && word_in(lemma(c, g), gloss_nouns) && q >= 0 &&
            (rel_base(c, g, "appos") || word_is_ci(c, q, ","))) {
          nt = 0;
          continue;
        }
      }
      /* ... nor on its victim: "condemned the attack on Israel", "what he
       * called an attack on the Haitian nation" (the attacker, named before
       * the noun, is: "Hamas's attack on Israel", "the Israeli strike";
       * and blame puts the deed on whom it blames: "blamed the bombing on
       * India") */
      if (nt && vc->code[0] == '1' && (vc->code[1] == '1' || vc->code[1] == '2') &&
          strcmp(lemma(c, vc->v), "blame") != 0 &&
          (victim_only(c, cand[k]) ||
           (rel_base(c, cand[k], "nmod") && c->head[cand[k]] >= 0 &&
            victim_only(c, c->head[cand[k]]) && !case_word(c, cand[k], "by")))) {
        nt = 0;
        continue;
      }
      if (nt && vc->tgt < 0 && adjective_actor(c, cand[k])) {
        nt = 0; /* "stepped up military pressure on it": "it", not MIL */
        continue;
      }
      if (nt && text_noun(c, cand[k], ta[0].code)) {
        nt = 0; /* "imposed Section 144 of the criminal procedure code" */
        continue;
      }
      if (nt && made_by_phrase(c, cand[k])) {
        nt = 0; /* "used Iranian-designed drones": no act on Iran */
        continue;
      }
      if (nt && vc->tgt < 0 && pattern_head(c, vc, cand[k])) {
        if (late < 0) late = cand[k];
        nt = 0;
      }
    }
    if (!nt && late >= 0) nt = code_conjuncts(c, late, tgts, ta, te);
    if (!nt) nt = near_place_target(c, vc, sa, nsc, tgts, ta, te);
    if (!nt) nt = deed_doer_target(c, vc, cand, nc, sa, nsc, tgts, ta, te);
    /* its own forces are no target of a show of force ("placed its
     * defense forces on alert", 15): the act has none */
    /* nor is any of cooperation (03-06: "began their joint military
     * exercises" is no cooperation of the US with its own military) */
    if (!nt && own >= 0 && !(vc->code[0] == '1' && vc->code[1] == '5') &&
        !(vc->code[0] == '0' && vc->code[1] >= '3' && vc->code[1] <= '6'))
      nt = code_conjuncts(c, own, tgts, ta, te);
    /* "A and B agreed": each to the other, for a % pattern, and (as
     * PETRARCH-2 does) for intent, consultation and cooperation codes,
     * 03-06, whose compound subject has no target */
    bool mutual = vc->code[0] == '0' && vc->code[1] >= '3' && vc->code[1] <= '6' &&
                  !one_way(c, vc->v);
    /* ... not mediation, a third party's act ("France and the United
     * States have been trying to broker a deal": no event of one on the
     * other) */
    if (!strncmp(vc->code, "045", 3) || !strncmp(vc->code, "039", 3)) mutual = false;
    /* ... nor a call for talks between others ("The United States and the
     * European Union have called for talks between the government and
     * Fano leaders": neither meets the other) */
    for (int32_t k = c->kid[vc->v]; k >= 0 && mutual; k = c->sib[k])
      if (rel_base(c, k, "obl") || rel_base(c, k, "obj"))
        for (int32_t n = c->kid[k]; n >= 0 && mutual; n = c->sib[n])
          if (rel_base(c, n, "nmod") && case_word(c, n, "between")) mutual = false;
    /* ... nor a journey, whose parties go somewhere, not to each other
     * ("Teachers, doctors and soldiers have gone months without salaries") */
    /* (nor joining a thing: "Teachers, nurses and port workers joined the
   * strike" meet no one) */
  static const char *const journey[] = {"go",     "travel", "come", "arrive", "fly",
                                          "head",   "return", "leave", "visit", "join", NULL};
    if (vc->code[0] == '0' && vc->code[1] == '4' && word_in(lemma(c, vc->v), journey))
      mutual = false;
    /* ... and for force whose verb says both sides used it ("Indian and
     * Pakistani troops clashed", "exchanged fire", "skirmished"); "fought"
     * and "struck" are not ("US and British jets struck targets in Yemen":
     * allies) */
    static const char *const both_sides[] = {"clash", "skirmish", "exchange", NULL};
    if (vc->code[0] == '1' && vc->code[1] >= '8' && word_in(lemma(c, vc->v), both_sides)) {
      mutual = true;
      /* (what is exchanged is no target: "Thai and Cambodian troops
       * exchanged artillery and rocket fire", artillery an army's word) */
      int32_t ob = child(c, vc->v, "obj", false), olo = -1, ohi = -1;
      if (ob >= 0 && nsc > 1) np_range(c, ob, &olo, &ohi);
      bool things = ob >= 0 && nsc > 1 && nt > 0;
      for (size_t b = 0; b < nt && things; b++)
        things = tgts[b] >= olo && tgts[b] <= ohi && mention_at(c, tgts[b]) == NONE32;
      if (things) nt = 0;
    }
    /* ... and for a pattern the dictionary pairs with the same code back
     * ("TRADE * ACCUSATIONS [112:112]": "Armenia and Azerbaijan traded
     * accusations", each accusing the other; not a one-way verb's, nor a
     * pair of two codes, as hosting's) */
    if (vc->code2 && !strcmp(vc->code2, vc->code) && !one_way(c, vc->v)) mutual = true;
    /* ... but not in the passive: "a proposal that was endorsed by Egypt
     * and Qatar" says nothing of what they did to each other */
    if (passive(c, vc->v)) mutual = false;
    /* "Canada and India expelled each other's diplomats": each to the
     * other's (the phrase's role, the other's country) */
    int32_t recip = -1;
    for (size_t k = 0; k < nc && recip < 0 && nsc > 1; k++)
      if (reciprocal(c, cand[k])) recip = cand[k];
    if (recip >= 0) {
      const acode *r = nt && !strncmp(ta[0].code, "---", 3) ? &ta[0] : NULL; /* the role */
      for (size_t a = 0; a < nsc; a++)
        for (size_t b = 0; b < nsc; b++) {
          if (a == b || !bare_country_prefix(sa[b].code)) continue;
          acode tb = sa[b];
          if (r) {
            char cc[4];
            snprintf(cc, sizeof cc, "%.3s", sa[b].code);
            join_agent(tb.code, sizeof tb.code, cc, r->code + 3, false);
            snprintf(tb.reason, sizeof tb.reason, "the other's (\"each other\"): %.60s",
                     r->reason);
          }
          nm_status st = emit(c, vc, srcs[a], recip, &sa[a], &tb, se[a], se[b]);
          if (st != NM_OK) return st;
        }
      continue;
    }
    /* (a target with no country, "India and China agreed to withdraw
     * troops", is no other party to an intent or cooperation: each to the
     * other; not to force, "Indian and Afghan troops clashed with
     * militants") */
    bool roleless = nt > 0 && vc->code[0] == '0';
    for (size_t b = 0; b < nt && roleless; b++)
      roleless = !strncmp(ta[b].code, "---", 3);
    /* (nor, for a meeting, 04, the place it met in when that is one of
     * the parties' own: "France and Germany met in Berlin" is each with
     * the other, not Germany with Berlin) */
    /* (and, for an intent or cooperation, a party's own country the
     * thing agreed on names: "Russian and Ukrainian forces agreed a local
     * ceasefire around the Zaporizhzhia nuclear power plant", UKR) */
    bool home = mutual && nt > 0 && nsc > 1 &&
                (vc->code[1] == '4' || (vc->code[1] == '3' && vc->code[0] == '0'));
    for (size_t b = 0; b < nt && home; b++) {
      bool ours = false;
      for (size_t a = 0; a < nsc && !ours; a++) /* (or a party's own: "met at the prime
                                                   * minister's office in Tokyo", JPNGOV) */
        ours = (bare_country_prefix(ta[b].code) && strlen(ta[b].code) == 3 &&
                !strncmp(sa[a].code, ta[b].code, 3)) ||
               !strcmp(sa[a].code, ta[b].code);
      home = ours;
    }
    /* (but those who attend a meeting together visit and host no one:
     * "Officials from Chad, Cameroon and Niger attended the meeting", no
     * 042 and 043 between each pair) */
    if ((vc->compound || mutual) && !nt && nsc > 1 &&
        (!strncmp(vc->code, "042", 3) || !strncmp(vc->code, "043", 3)))
      continue;
    if ((vc->compound || mutual) && (!nt || roleless || home) && nsc > 1) {
      for (size_t a = 0; a < nsc; a++)
        for (size_t b = 0; b < nsc; b++) {
          if (a == b) continue;
          nm_status st = emit(c, vc, srcs[a], srcs[b], &sa[a], &sa[b], se[a], se[b]);
          if (st != NM_OK) return st;
        }
      continue;
    }
    /* "Saudi Arabia and the United States … called on them": a pronoun
     * is none of the verb's own subjects (coreference may have joined
     * "them" to one) */
    bool own_subject[8] = {false};
    for (size_t b = 0; b < nt && b < 8; b++)
      for (size_t a = 0; a < nsc && nsc > 1 && is_pronoun(c, tgts[b]); a++)
        own_subject[b] |= (te[b] != NONE32 && se[a] == te[b]) || !strcmp(sa[a].code, ta[b].code);
    for (size_t a = 0; a < nsc; a++)
      for (size_t b = 0; b < nt; b++) {
        if (b < 8 && own_subject[b]) continue;
        nm_status st = emit(c, vc, srcs[a], tgts[b], &sa[a], &ta[b], se[a], te[b]);
        if (st != NM_OK) return st;
      }
  }
  return NM_OK;
}

/* Whether subject h is a policy or words, not a force: "Washington's
 * support for the island seriously harms China's sovereignty", "the
 * decision hurts Palestinians" (its owner did no violence). */
static bool policy_subject(const ectx *c, int32_t h) {
  static const char *const policy[] = {
      "support", "decision", "policy",   "move",      "sale",       "plan",      "law",
      "measure", "remark",   "comment",  "statement", "stance",     "rhetoric",  "approach",
      "behaviour", "behavior", "interference", "meddling", "provocation", "tariff", NULL};
  return nounish(c, h) && !strcmp(upos(c, h), "NOUN") && word_in(lemma(c, h), policy);
}

/* Whether subject h is an attack named only by whom it hit: "an attack
 * on a defence company killed five people" (the company is the victim,
 * no doer); "A Russian strike on Kharkiv", "Hamas's attack on Israel" and
 * "an attack by militants on a base" name the doer before the head or in
 * a by-phrase. */
static bool victims_deed(const ectx *c, int32_t h) {
  static const char *const deeds[] = {"attack",  "strike",      "airstrike", "raid",
                                      "assault", "bombing",     "shelling",  "ambush",
                                      "blast",   "explosion",   "bombardment", "incursion",
                                      "offensive", NULL};
  if (!nounish(c, h) || !word_in(lemma(c, h), deeds)) return false;
  bool on = false;
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
    acode a;
    uint32_t e;
    if (k > h && rel_base(c, k, "nmod") && (case_word(c, k, "on") || case_word(c, k, "against")))
      on = true;
    else if (k > h && rel_base(c, k, "nmod") && case_word(c, k, "by"))
      return false;
    else if (k < h && !rel_base(c, k, "det") && code_np(c, k, &a, &e))
      return false;
  }
  return on;
}

/* Whether h is a blast or a bomb no one is named for ("a roadside
 * bombing near the town of Samarra", "an improvised explosive device"):
 * no name or coded word before the head, no by-phrase. */
static bool unclaimed_blast(const ectx *c, int32_t h) {
  static const char *const blasts[] = {"bombing", "blast", "explosion", "bomb", "device",
                                       "roadside", "ied", "IED", "landmine", "mine", NULL};
  if (h < 0 || !nounish(c, h) || !word_in(lemma(c, h), blasts)) return false;
  for (int32_t k = c->kid[h]; k >= 0; k = c->sib[k]) {
    acode a;
    uint32_t e;
    if (k > h && rel_base(c, k, "nmod") && case_word(c, k, "by")) return false;
    if (k < h && !rel_base(c, k, "det") && code_np(c, k, &a, &e)) return false;
  }
  return true;
}

/* Whether verb v's object is drills ("exercises", "drills", "war
 * games") held around, near or off a place, not joint and with no one
 * ("with the Philippines"). */
static bool around_drills(const ectx *c, int32_t v, int32_t *place) {
  static const char *const drills[] = {"exercise", "drill", "manoeuvre", "maneuver", "wargame",
                                       "game", NULL};
  static const char *const around[] = {"around", "near", "off", "encircle", "surround", NULL};
  int32_t o = child(c, v, "obj", false);
  /* ("air and naval exercises", parsed as "air" and "exercises") */
  if (o >= 0 && !word_in(lemma(c, o), drills)) {
    int32_t cj = child(c, o, "conj", false);
    o = cj >= 0 && word_in(lemma(c, cj), drills) ? cj : -1;
  }
  if (o < 0 || !word_in(lemma(c, o), drills)) return false;
  if (!strcmp(lemma(c, o), "game") && (o == 0 || !word_is_ci(c, o - 1, "war"))) return false;
  bool near = false;
  for (int32_t k = c->kid[o]; k >= 0; k = c->sib[k]) {
    if (rel_base(c, k, "amod") && (word_is_ci(c, k, "joint") || word_is_ci(c, k, "combined") ||
                                   word_is_ci(c, k, "bilateral") ||
                                   word_is_ci(c, k, "trilateral") ||
                                   word_is_ci(c, k, "multilateral")))
      return false;
    if ((rel_base(c, k, "nmod") || rel_base(c, k, "acl")) && case_of(c, k) >= 0 &&
        case_word(c, k, "with"))
      return false;
    if (rel_base(c, k, "nmod") && case_of(c, k) >= 0 &&
        word_in(lemma(c, case_of(c, k)), around))
      near = true, *place = k;
  }
  for (int32_t k = c->kid[v]; k >= 0; k = c->sib[k])
    if (rel_base(c, k, "obl") && case_of(c, k) >= 0) {
      if (case_word(c, k, "with")) return false;
      if (word_in(lemma(c, case_of(c, k)), around)) near = true, *place = k;
    }
  return near;
}

/* Whether the phrase headed by h says "each other" or "one another"
 * ("each other's diplomats"). */
static bool reciprocal(const ectx *c, int32_t h) {
  if (h < 0) return false;
  int32_t lo, hi;
  np_range(c, h, &lo, &hi);
  for (int32_t k = lo; k < hi && k < lo + 16; k++)
    if ((word_is_ci(c, k, "each") && word_is_ci(c, k + 1, "other")) ||
        (word_is_ci(c, k, "one") && word_is_ci(c, k + 1, "another")))
      return true;
  return false;
}

/* "Col. Assimi Goita of Mali": the country right after a name of entity
 * e and "of" (a bare country's code), into cc. */
static bool of_country(const ectx *c, uint32_t e, char cc[4]) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t nm = c->d->mentions.n;
  for (uint32_t k = 0; k < es[e].n_mentions; k++) {
    uint32_t mi = es[e].mentions[k];
    if (mi >= nm || ms[mi].kind != NM_MENTION_NAME) continue;
    uint32_t end = ms[mi].first_token + ms[mi].n_tokens;
    if (end >= c->d->tokens.n || !tok_is(c->d, end, "of")) continue;
    for (size_t j = mi + 1; j < nm && j < mi + 4; j++) {
      if (ms[j].first_token != end + 1) continue;
      if (ms[j].type != NM_ENT_GPE || ms[j].entity >= c->d->entities.n ||
          !bare_country(c->ent[ms[j].entity].code))
        break;
      memcpy(cc, c->ent[ms[j].entity].code, 4);
      return true;
    }
  }
  return false;
}

/* Whether verb v is done by each of a compound subject on its own, never
 * to each other ("Canada and France promised smaller sums", "Egypt and
 * Saudi Arabia hosted talks"), unlike meeting, agreeing or signing. */
static bool one_way(const ectx *c, int32_t v) {
  static const char *const w[] = {"promise", "pledge", "vow",    "offer",  "host",
                                  "donate",  "give",   "send",   "provide", "welcome",
                                  "praise",  "thank",  "hope",   "want",   "plan",
                                  "prepare",
                                  /* "prompting Australia, Papua New Guinea, Fiji and New
                                   * Zealand to deploy peacekeepers" */
                                  "deploy",  "contribute", "supply", "fund", "train",
                                  /* "The United States, the European Union and several
                                   * European governments backed the court" */
                                  "back",    "support", "endorse", "finance",
                                  /* "demand that Saudi Arabia and the government pay the
                                   * wages of civil servants" */
                                  "pay",     "spend",   "invest",  "lend",   "allocate", NULL};
  return word_in(lemma(c, v), w);
}

/* Whether code is a bare country's: three capitals, not an IGO's or NGO's. */
static bool bare_country(const char *code) {
  if (!code || strlen(code) != 3 || !strcmp(code, "IGO") || !strcmp(code, "NGO") ||
      !strcmp(code, "IMG"))
    return false;
  for (int i = 0; i < 3; i++)
    if (code[i] < 'A' || code[i] > 'Z') return false;
  return true;
}

/* Whether a[0..n) equals b's first n bytes, ASCII case aside. */

/* Whether mention m modifies a noun ("Kenyan police", "rebels in Kenya",
 * "Kenya's president", "the Kenya Anti-Corruption Commission") rather
 * than standing as a verb's argument ("visited Kenya", "accused Kenya"). */
/* The case marker of document token k of sentence s ("with" of "with
 * Beijing"), or NONE32: case markers precede their noun. */
static uint32_t case_marker(const ectx *c, const nm_sentence *s, uint32_t k) {
  uint32_t rel = k - s->first_token + 1; /* k's 1-based index in the sentence */
  uint32_t lo = k > s->first_token + 8 ? k - 8 : s->first_token;
  for (uint32_t j = lo; j < k; j++)
    if (c->tg[j].head == rel && c->tg[j].deprel && !strcmp(c->tg[j].deprel, "case")) return j;
  return NONE32;
}

/* Whether document token k of sentence s has a case marker other than an
 * owner's or a home's (of, from, in, the possessive 's): "with", "to",
 * "against" … name a partner or a target. */
static bool case_partner(const ectx *c, const nm_sentence *s, uint32_t k) {
  static const char *const owner[] = {"of", "from", "in", "'s", "'", "’s", "’", NULL};
  uint32_t j = case_marker(c, s, k);
  if (j == NONE32) return false;
  size_t len;
  const char *w = nm_tok_text(c->d, j, &len);
  for (size_t i = 0; owner[i]; i++)
    if (strlen(owner[i]) == len && ci_eq(w, owner[i], len)) return false;
  return true;
}

/* Whether document token k of sentence s has the case marker "with" or
 * "to" (the people one deals with or gives to: "closed its airspace to
 * Indian airlines"). */
static bool case_with(const ectx *c, const nm_sentence *s, uint32_t k) {
  uint32_t j = case_marker(c, s, k);
  size_t len = 0;
  const char *w = j == NONE32 ? NULL : nm_tok_text(c->d, j, &len);
  return w && ((len == 4 && ci_eq(w, "with", 4)) || (len == 2 && ci_eq(w, "to", 2)));
}

/* The document token of mention m whose head lies outside it (the
 * mention's own head), or NONE32; *sp gets its sentence. */
static uint32_t mention_head_tok(const ectx *c, const nm_mention *m, const nm_sentence **sp) {
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + m->sentence;
  uint32_t a = m->first_token, b = m->first_token + m->n_tokens;
  if (m->sentence >= c->d->sentences.n || b > s->first_token + s->n_tokens) return NONE32;
  *sp = s;
  for (uint32_t k = a; k < b; k++) {
    uint32_t h = c->tg[k].head;
    if (h >= 1 && h <= s->n_tokens && s->first_token + h - 1 >= a && s->first_token + h - 1 < b)
      continue; /* inside the mention */
    return k;
  }
  return NONE32;
}

/* The word that stands for the name of mention mi in its clause: the
 * mention's head, up past "flat" and "compound" arcs (a name hung under
 * its title: "Minister <- of State … Al Mazrouei") and, with appos, an
 * apposition; NONE32 when the mention has no head. *sp is its sentence. */
static uint32_t name_clause_tok(const ectx *c, uint32_t mi, bool appos, const nm_sentence **sp) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (mi >= c->d->mentions.n || ms[mi].kind != NM_MENTION_NAME) return NONE32;
  uint32_t h = mention_head_tok(c, &ms[mi], sp);
  if (h == NONE32) return NONE32;
  uint32_t f = (*sp)->first_token;
  for (int up = 0; up < 3 && c->tg[h].deprel && c->tg[h].head >= 1 &&
                   (!strncmp(c->tg[h].deprel, "flat", 4) ||
                    !strncmp(c->tg[h].deprel, "compound", 8) ||
                    (appos && !strncmp(c->tg[h].deprel, "appos", 5)));
       up++)
    h = f + c->tg[h].head - 1;
  return h;
}

/* Whether document token h (in the sentence that starts at token f) has a
 * dependent with lemma w among the four tokens before it ("by", "with":
 * the preposition of a name's phrase). */
static bool dep_word_before(const ectx *c, uint32_t f, uint32_t h, const char *w) {
  for (uint32_t q = h > f + 4 ? h - 4 : f; q < h; q++)
    if (c->tg[q].head == h - f + 1 && c->tg[q].lemma && !strcmp(c->tg[q].lemma, w)) return true;
  return false;
}

/* "a delegation from the United Arab Emirates led by Minister of State
 * Khalid Al Mazrouei": a person by whom a delegation, team, mission or
 * group is led, when "from" names its one country, is of that country,
 * out[4]. */
static bool led_delegation_country(const ectx *c, uint32_t e, char out[4]) {
  static const char *const lead[] = {"lead", "head", NULL};
  static const char *const groups[] = {"delegation", "team", "mission", "group", "contingent",
                                       NULL};
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  for (uint32_t k = 0; k < es[e].n_mentions && k < 8; k++) {
    const nm_sentence *s = NULL;
    uint32_t h = name_clause_tok(c, es[e].mentions[k], true, &s);
    if (h == NONE32) continue;
    uint32_t f = s->first_token;
    if (!c->tg[h].deprel || strncmp(c->tg[h].deprel, "obl", 3) || c->tg[h].head < 1) continue;
    bool by = dep_word_before(c, f, h, "by");
    uint32_t v = f + c->tg[h].head - 1;
    if (!by || !c->tg[v].lemma || !word_in(c->tg[v].lemma, lead) || !c->tg[v].deprel ||
        strncmp(c->tg[v].deprel, "acl", 3) || c->tg[v].head < 1)
      continue;
    uint32_t g = f + c->tg[v].head - 1;
    if (!c->tg[g].lemma || !word_in(c->tg[g].lemma, groups)) continue;
    /* its "from" phrase, between the group's word and the participle */
    char cc[4] = "";
    for (uint32_t q = g + 1; q < v; q++) {
      if (c->tg[q].head != g - f + 1 || !c->tg[q].deprel || strncmp(c->tg[q].deprel, "nmod", 4))
        continue;
      bool from = false;
      for (uint32_t r = g + 1; r < q && !from; r++)
        from = c->tg[r].head == q - f + 1 && c->tg[r].lemma && !strcmp(c->tg[r].lemma, "from");
      uint32_t qm = c->tok_mention ? c->tok_mention[q] : NONE32;
      uint32_t qe = qm != NONE32 ? ms[qm].entity : NONE32;
      if (from && qe < c->d->entities.n && bare_country(c->ent[qe].code))
        memcpy(cc, c->ent[qe].code, 4);
    }
    if (!cc[0]) continue;
    memcpy(out, cc, 4);
    return true;
  }
  return false;
}

/* "MOSCOW (Wire) — Russia expelled two Moldovan diplomats …, the Foreign
 * Ministry said": a body that is the subject of a verb of saying whose
 * reported clause (the root it sources, or its complement) has for its
 * subject the country of the dateline is that country's, out[4]; two
 * signals that agree ("Israel struck …, the Health Ministry said" under a
 * Gaza or Cairo dateline is no Israeli body). */
static bool reports_dateline_country(const ectx *c, const nm_mention *m, char out[4]) {
  static const char *const say[] = {"say", "announce", "report", "confirm", "add", NULL};
  if (c->dateline_place == NONE32 || c->dateline_place >= c->d->places.n) return false;
  const nm_place *dp = (const nm_place *)c->d->places.data + c->dateline_place;
  if (!bare_country(dp->country)) return false;
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  if (k == NONE32 || !c->tg[k].deprel || strcmp(c->tg[k].deprel, "nsubj") != 0) return false;
  uint32_t v = c->tg[k].head; /* 1-based */
  if (v < 1 || v > s->n_tokens) return false;
  uint32_t vi = s->first_token + v - 1, x = NONE32; /* the reported clause's verb */
  if (!c->tg[vi].lemma || !word_in(c->tg[vi].lemma, say)) return false;
  if (c->tg[vi].deprel && !strcmp(c->tg[vi].deprel, "parataxis") && c->tg[vi].head >= 1 &&
      c->tg[vi].head <= s->n_tokens)
    x = s->first_token + c->tg[vi].head - 1;
  for (uint32_t j = s->first_token; x == NONE32 && j < s->first_token + s->n_tokens && j < vi + 64;
       j++)
    if (c->tg[j].head == v && c->tg[j].deprel && !strcmp(c->tg[j].deprel, "ccomp")) x = j;
  if (x == NONE32) return false;
  for (uint32_t j = s->first_token; j < x; j++) {
    if (c->tg[j].head != x - s->first_token + 1 || !c->tg[j].deprel ||
        strcmp(c->tg[j].deprel, "nsubj") != 0)
      continue;
    uint32_t mi = c->tok_mention ? c->tok_mention[j] : NONE32;
    uint32_t e = mi != NONE32 && mi < c->d->mentions.n
                     ? ((const nm_mention *)c->d->mentions.data)[mi].entity
                     : NONE32;
    if (e >= c->d->entities.n || !c->ent || strcmp(c->ent[e].code, dp->country) != 0)
      return false;
    memcpy(out, dp->country, 4);
    return true;
  }
  return false;
}

static bool noun_modifier(const ectx *c, const nm_mention *m) {
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  if (k == NONE32) return false;
  uint32_t h = c->tg[k].head;
  if (h < 1 || h > s->n_tokens) return false;
  const char *r = c->tg[k].deprel ? c->tg[k].deprel : "";
  const char *gu = c->tg[s->first_token + h - 1].upos;
  bool noun = gu && (!strcmp(gu, "NOUN") || !strcmp(gu, "PROPN"));
  bool mod = !strncmp(r, "amod", 4) || !strncmp(r, "nmod", 4) || !strncmp(r, "compound", 8);
  /* a noun's owner or home ("the government of X", "officials from X",
   * "X's"), not its partner: "lodge a protest with Beijing" says nothing
   * of whose protest it is */
  if (!strncmp(r, "nmod", 4) && case_partner(c, s, k)) return false;
  /* nor the country of the people one deals with: "raised the matter
   * with Indian officials" ("against Chilean officials", "by Algerian
   * forces" are often the country's own) */
  if (case_with(c, s, s->first_token + h - 1)) return false;
  /* "known by their Spanish initials ELN", "the Arabic name": a
   * language's word is no country's */
  uint32_t hd = s->first_token + h - 1;
  static const char *const wording[] = {"initial", "acronym", "name",  "language", "word",
                                        "term",    "spelling", "translation", "abbreviation",
                                        "transliteration", "pronunciation", NULL};
  if (!strncmp(r, "amod", 4) && c->tg[hd].lemma && word_in(c->tg[hd].lemma, wording))
    return false;
  /* "in Kampala, Uganda": a place's qualifier; "a summit of the
   * Non-Aligned Movement in Kampala": where a gathering met (its head,
   * or the head's head), anyone's, no anchor */
  if ((!strcmp(r, "nmod:unmarked") || !strcmp(r, "appos")) && c->tok_mention &&
      c->tok_mention[hd] != NONE32) {
    const nm_mention *hm = (const nm_mention *)c->d->mentions.data + c->tok_mention[hd];
    if (hm->type == NM_ENT_GPE || hm->type == NM_ENT_LOC) return false;
  }
  static const char *const gathering[] = {"talk",    "meeting", "summit", "conference",
                                          "session", "forum",   "ceremony", NULL};
  for (uint32_t g = hd, up = 0; up < 2 && !strncmp(r, "nmod", 4); up++) {
    if (c->tg[g].lemma && word_in(c->tg[g].lemma, gathering)) return false;
    const char *gr = c->tg[g].deprel ? c->tg[g].deprel : "";
    if (strncmp(gr, "nmod", 4) || c->tg[g].head < 1 || c->tg[g].head > s->n_tokens) break;
    g = s->first_token + c->tg[g].head - 1;
  }
  /* "summoned the U.S. charge d'affaires", "the Kenyan ambassador":
   * a country's envoy in the sentence is another country's, no anchor */
  /* (also the word right after the name, whatever the parse made its
   * head: "the Venezuelan embassy's deputy chief", with "Venezuelan" hung
   * on "chief") */
  uint32_t after = m->first_token + m->n_tokens;
  if (after < s->first_token + s->n_tokens && envoy_tok(c, after)) return false;
  for (int up = 0, g = (int)(s->first_token + h - 1); up < 2 && g >= 0; up++) {
    if (envoy_tok(c, (size_t)g)) return false;
    const char *gr = c->tg[g].deprel ? c->tg[g].deprel : "";
    uint32_t gh = c->tg[g].head;
    if (strncmp(gr, "compound", 8) || gh < 1 || gh > s->n_tokens) break;
    g = (int)(s->first_token + gh - 1);
  }
  return noun && mod;
}

/* The document token of document token k's head in sentence s, or NONE32
 * for the root (and for k itself NONE32). */
static uint32_t head_up(const ectx *c, const nm_sentence *s, uint32_t k) {
  if (k == NONE32) return NONE32;
  uint32_t h = c->tg[k].head;
  return h < 1 || h > s->n_tokens ? NONE32 : s->first_token + h - 1;
}

/* Whether mention m lies in a relative clause ("loopholes that allowed
 * Chinese companies to …"): it describes a thing, and names no country
 * for the sentence's people. */
static bool in_relative_clause(const ectx *c, const nm_mention *m) {
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  for (int up = 0; up < 32 && (k = head_up(c, s, k)) != NONE32; up++) {
    const char *r = c->tg[k].deprel;
    if (r && !strcmp(r, "acl:relcl")) return true;
  }
  return false;
}

/* Whether document token i is the word w. */
static bool tok_is(const nm_doc *d, size_t i, const char *w) {
  size_t len;
  const char *t = nm_tok_text(d, i, &len);
  return len == strlen(w) && !memcmp(t, w, len);
}

/* Whether document token i is a comma. */
static bool comma_at(const nm_doc *d, size_t i) { return tok_is(d, i, ","); }

/* The one country the sentence si names that could anchor a role there:
 * a country, nationality or place the dictionaries code as a bare country,
 * modifying a noun (noun_modifier()), not another person's title ("South
 * African leader F.W. de Klerk"). Empty when it names none or several. */
/* Whether a titled person's name (not entity self's) follows mention i
 * within three words: the country is that person's ("South African
 * leader F.W. de Klerk", "former Nigerian President Olusegun Obasanjo"). */
static bool titles_a_person(const ectx *c, size_t i, uint32_t self) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  uint32_t end = ms[i].first_token + ms[i].n_tokens;
  /* "the six diplomats, among them India's high commissioner": the
   * country inside another person's description (a nominal mention of a
   * person that holds it) is that person's */
  for (size_t j = i; j-- > 0 && ms[j].sentence == ms[i].sentence && i - j <= 4;)
    if (ms[j].type == NM_ENT_PERSON && ms[j].kind == NM_MENTION_NOMINAL && ms[j].entity != self &&
        ms[j].first_token <= ms[i].first_token && ms[j].first_token + ms[j].n_tokens >= end)
      return true;
  for (size_t j = i + 1; j < c->d->mentions.n; j++) {
    if (ms[j].sentence != ms[i].sentence) break;
    if (ms[j].first_token < end) continue;
    uint32_t gap = ms[j].first_token - end;
    /* "China's top diplomat, Wang Yi": further, when a comma sets the
     * name off (a title the name's entity need not have kept) */
    bool set_off = gap > 3 && comma_at(c->d, ms[j].first_token - 1);
    if (gap > 6 || (gap > 3 && !set_off)) break;
    if (ms[j].type == NM_ENT_PERSON && ms[j].entity != self && ms[j].entity < c->d->entities.n &&
        ms[j].kind != NM_MENTION_PRONOUN && (es[ms[j].entity].title || set_off))
      return true;
  }
  return false;
}

/* The one country the sentence si names as a noun's modifier, else "".
 * With near a token, only within SENTENCE_COUNTRY_REACH words of it
 * ("President X of Nigeria"; not "The junta, led by Col. X, seized power
 * in a 2020 coup and has since expelled French troops"), and with
 * before_any also anywhere before it (an agent: "A court in Nairobi had
 * blocked …, before the government signed"). A body a report cites
 * passes NONE32 and takes any ("Jordanian police arrested … outside the
 * embassy in Amman on Thursday night, the Interior Ministry said"). */
/* The index of sentence si's first mention (mentions are in text order),
 * by bisection; the mentions' count when it has none. */
static size_t first_mention_of(const ectx *c, uint32_t si) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t lo = 0, hi = c->d->mentions.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ms[mid].sentence < si)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static uint32_t mention_head_tok(const ectx *c, const nm_mention *m, const nm_sentence **sp);
/* Whether mention m is a clause's subject, object or oblique. */
static bool clause_argument(const ectx *c, const nm_mention *m) {
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  const char *r = k != NONE32 && c->tg[k].deprel ? c->tg[k].deprel : "";
  return !strncmp(r, "nsubj", 5) || !strncmp(r, "obj", 3) || !strncmp(r, "iobj", 4) ||
         !strncmp(r, "obl", 3);
}

/* Whether byte at lies in what entity self is reported to say (a quote
 * of any kind but a term, self its speaker). */
static bool in_own_words(const ectx *c, uint32_t self, uint32_t at) {
  uint32_t q = event_quote(c, at);
  return q != NONE32 && ((const nm_quote *)c->d->quotes.data)[q].speaker == self;
}

/* Whether every mention in sentence si of country cc is in what entity
 * self says there. */
/* Whether every place or body of country cc that m's sentence names
 * lies after the verb of accusing whose subject m is ("accused the United
 * States of complicity in the Israeli campaign"). */
static bool only_after_accusing(const ectx *c, const nm_mention *m, const char *cc) {
  static const char *const accusing[] = {"accuse", "blame", "condemn", "criticize", "criticise",
                                         "denounce", NULL};
  const nm_word_tags *tg = c->tg;
  uint32_t verb = NONE32;
  for (uint32_t k = m->first_token; k < m->first_token + m->n_tokens && verb == NONE32; k++)
    if (tg[k].deprel && !strcmp(tg[k].deprel, "nsubj") && tg[k].head) {
      const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + m->sentence;
      uint32_t h = s->first_token + tg[k].head - 1;
      if (h > k && tg[h].lemma && word_in(tg[h].lemma, accusing)) verb = h;
    }
  if (verb == NONE32) return false;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_token *tk = (const nm_token *)c->d->tokens.data;
  for (size_t i = first_mention_of(c, m->sentence);
       i < c->d->mentions.n && ms[i].sentence == m->sentence; i++)
    /* (a bare body in the person's title is coded by the same guess:
     * "Foreign Ministry spokesman") */
    if (ms[i].entity < c->d->entities.n && !strncmp(c->ent[ms[i].entity].code, cc, 3) &&
        ms[i].start < tk[verb].end &&
        !(ms[i].type == NM_ENT_ORG && ms[i].first_token + ms[i].n_tokens + 2 >= m->first_token &&
          ms[i].first_token < m->first_token))
      return false;
  return true;
}

static bool only_in_own_words(const ectx *c, uint32_t si, uint32_t self, const char *cc) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t nm = c->d->mentions.n, ne = c->d->entities.n;
  bool any = false;
  for (size_t i = first_mention_of(c, si); i < nm && ms[i].sentence == si; i++) {
    if (ms[i].entity >= ne || strcmp(c->ent[ms[i].entity].code, cc) != 0) continue;
    if (!in_own_words(c, self, ms[i].start)) return false;
    any = true;
  }
  return any;
}

/* Whether byte at lies in what another speaker says inside entity self's
 * own words: "X said police had found evidence that money from Russia
 * was paid" (the police's words, reported by X). */
static bool in_words_reported(const ectx *c, uint32_t self, uint32_t at) {
  const nm_quote *qs = (const nm_quote *)c->d->quotes.data;
  uint32_t q = event_quote(c, at);
  if (q == NONE32 || qs[q].speaker == self) return false;
  for (uint32_t k = q, n = 0; k-- > 0 && n < 8; n++)
    if (qs[k].kind != NM_QUOTE_TERM && qs[k].start <= at && at < qs[k].end &&
        qs[k].speaker == self)
      return true;
  return false;
}

/* Whether place mention m is where an international body named right
 * before it sits: "sanctions announced by the EU's Council in Brussels
 * include … judges of the Supreme Tribunal of Justice" (the judges are
 * no Belgians). */
static bool igo_seat(const ectx *c, const nm_mention *m) {
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  if (k == NONE32 || !c->tok_mention || !c->tg[k].deprel || strncmp(c->tg[k].deprel, "nmod", 4))
    return false;
  uint32_t h = head_up(c, s, k);
  uint32_t hm = h != NONE32 ? c->tok_mention[h] : NONE32;
  if (hm == NONE32) return false;
  uint32_t e = ((const nm_mention *)c->d->mentions.data)[hm].entity;
  return e < c->d->entities.n && !strncmp(c->ent[e].code, "IGO", 3);
}

static bool modifies_subject(const ectx *c, const nm_mention *m);
#define SENTENCE_COUNTRY_REACH 12
static void sentence_country(const ectx *c, uint32_t si, uint32_t self, uint32_t near,
                             bool before_any, char *out) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t nm = c->d->mentions.n, ne = c->d->entities.n;
  out[0] = 0;
  bool several = false, spoken_mixed = false;
  char spoken[4] = ""; /* a country the entity's own words name, not as a modifier */
  /* mentions are in text order: the sentence's first one by bisection, so
   * that every person's call costs its sentence only */
  for (size_t i = first_mention_of(c, si); i < nm && !several && ms[i].sentence == si; i++) {
    const nm_mention *m = &ms[i];
    if (m->entity >= ne || m->entity == self) continue;
    if (m->type != NM_ENT_GPE && m->type != NM_ENT_NORP) continue;
    if (near != NONE32 &&
        ((m->first_token + SENTENCE_COUNTRY_REACH < near && !before_any) ||
         near + SENTENCE_COUNTRY_REACH < m->first_token))
      continue;
    const char *code = c->ent[m->entity].code;
    if (!bare_country(code)) continue;
    if (titles_a_person(c, i, self) || in_relative_clause(c, m) || igo_seat(c, m)) continue;
    /* what another says inside the entity's words tells nothing of the
     * entity: "Foreign Minister X said police had found evidence that
     * money from Russia was paid to voters" (X is no Russian) */
    if (self != NONE32 && in_words_reported(c, self, m->start)) continue;
    if (!noun_modifier(c, m)) {
      /* what the entity says may name several countries as the actors
       * of its clauses, whose modifiers are then what it speaks of:
       * "President X said Ukraine would keep targeting Russia's war
       * economy" (X is no Russian) */
      if (self == NONE32 || !clause_argument(c, m) || !in_own_words(c, self, m->start)) continue;
      if (!spoken[0])
        memcpy(spoken, code, 4);
      else if (strcmp(spoken, code) != 0)
        spoken_mixed = true;
      continue;
    }
    /* a modifier of a clause's subject in a person's own reported
     * words, of another country than the dateline's, is of those the
     * person speaks of: "ADDIS ABABA — Government spokesperson X told a
     * news conference that Eritrean units had moved artillery" (X is no
     * Eritrean; but "Foreign Minister Y said troops protect Rwandan
     * territory" is Rwandan, and a body reports its own country's acts:
     * "Jordanian police arrested …, the Interior Ministry said") */
    if (self != NONE32 && self < ne &&
        ((const nm_entity *)c->d->entities.data)[self].type == NM_ENT_PERSON &&
        dateline_country(c)[0] && strcmp(dateline_country(c), code) != 0 &&
        modifies_subject(c, m) && in_own_words(c, self, m->start))
      continue;
    if (!out[0])
      memcpy(out, code, 4); /* three letters and the NUL: bare_country() */
    else if (strcmp(out, code) != 0)
      several = true;
  }
  if (several || spoken_mixed || (spoken[0] && out[0] && strcmp(spoken, out) != 0)) out[0] = 0;
}

/* Whether mention m is a clause's subject (its head word's relation). */
static bool mention_subject(const ectx *c, const nm_mention *m) {
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  return k != NONE32 && c->tg[k].deprel && !strncmp(c->tg[k].deprel, "nsubj", 5);
}

/* Whether mention m modifies its sentence's subject, or a noun compounded
 * into it, a conjunct of it or a noun it owns ("Kenyan police said", "the
 * government of France said", "officials in Chicago and Canadian
 * diplomats were told"), not
 * a noun deeper down ("… to remain a British overseas territory"). */
/* The subject token (a document token) that mention m modifies, or
 * NONE32. */
static uint32_t modified_subject(const ectx *c, const nm_mention *m) {
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  for (int up = 0; up < 4 && (k = head_up(c, s, k)) != NONE32; up++) {
    const char *r = c->tg[k].deprel ? c->tg[k].deprel : "";
    if (!strncmp(r, "nsubj", 5)) return k;
    if (strncmp(r, "compound", 8) != 0 && strncmp(r, "flat", 4) != 0 && strcmp(r, "conj") != 0 &&
        strncmp(r, "nmod", 4) != 0)
      return NONE32;
  }
  return NONE32;
}

static bool modifies_subject(const ectx *c, const nm_mention *m) {
  return modified_subject(c, m) != NONE32;
}

/* Whether mention m modifies a subject the story coded as a group of no
 * state's ("The Afghan Taliban deny …": AFGREB), whose country says
 * nothing of the officials named next. */
static bool modifies_group_subject(const ectx *c, const nm_mention *m) {
  uint32_t k = modified_subject(c, m);
  uint32_t mi = k != NONE32 ? c->tok_mention[k] : NONE32;
  if (mi == NONE32) return false;
  uint32_t e = ((const nm_mention *)c->d->mentions.data)[mi].entity;
  if (e >= c->d->entities.n) return false;
  const char *code = c->ent[e].code;
  char role[4];
  if (strlen(code) < 6 || !bare_country_prefix(code)) return false;
  snprintf(role, sizeof role, "%.3s", code + 3);
  return !word_in(role, state_roles);
}

/* Whether mention m is the subject of its sentence's main clause ("France
 * said"), not of a clause inside it ("…, a spokesperson said: 'The United
 * Kingdom has no doubt …'"). */
static bool subject_of_main_clause(const ectx *c, uint32_t k, const nm_sentence *s);
static bool main_subject(const ectx *c, const nm_mention *m) {
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  return k != NONE32 && subject_of_main_clause(c, k, s);
}

/* Whether token k of sentence s is the subject of the main clause. */
static bool subject_of_main_clause(const ectx *c, uint32_t k, const nm_sentence *s) {
  if (!c->tg[k].deprel || strncmp(c->tg[k].deprel, "nsubj", 5) != 0) return false;
  uint32_t h = c->tg[k].head;
  if (h < 1 || h > s->n_tokens) return false;
  const char *r = c->tg[s->first_token + h - 1].deprel;
  /* (nor a clause the parse hung on a noun: "opened" as the amod of
   * "talks") */
  return !r || (strcmp(r, "ccomp") != 0 && strncmp(r, "advcl", 5) != 0 &&
                strncmp(r, "acl", 3) != 0 && strcmp(r, "csubj") != 0 &&
                strcmp(r, "amod") != 0 && strncmp(r, "nmod", 4) != 0 &&
                strcmp(r, "appos") != 0 && strncmp(r, "obl", 3) != 0);
}

/* Whether mention mi is the first name its sentence holds. */
static uint32_t event_quote(const ectx *c, uint32_t at);

/* Whether mention mi is the first of its sentence, but for mentions inside
 * a direct quotation before it ('"We will not allow Brazilian territory
 * …," Defense Minister Jose Mucio told': the speaker's words). */
static bool first_in_sentence(const ectx *c, uint32_t mi) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_quote *qs = (const nm_quote *)c->d->quotes.data;
  for (uint32_t j = mi, n = 0; j-- > 0 && n < 16; n++) {
    if (ms[j].sentence != ms[mi].sentence) return true;
    uint32_t q = event_quote(c, ms[j].start);
    if (q == NONE32 || qs[q].kind != NM_QUOTE_DIRECT) return false;
  }
  return mi == 0;
}

/* "He said he had instructed Foreign Minister Alicia Bárcena to suspend
 * relations with Quito": an official whom a state's person or body
 * instructs, orders, appoints or dismisses (the official's phrase the
 * verb's object) serves that state; the country of the verb's subject.
 * Meetings, calls and visits are with other states' officials: not
 * these verbs. So does an official whom a state's report names as its
 * subject ("Iran said Foreign Minister X would travel"). */
static bool commander_country(const ectx *c, uint32_t e, char out[4]) {
  static const char *const command[] = {"instruct", "order",  "direct", "appoint", "nominate",
                                        "dismiss",  "fire",   "sack",   "task",    "promote",
                                        "demote",   "reshuffle", NULL};
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (!c->tok_mention || !es[e].n_mentions) return false;
  uint32_t mi = es[e].mentions[0];
  if (mi >= c->d->mentions.n || ms[mi].kind != NM_MENTION_NAME ||
      ms[mi].sentence >= c->d->sentences.n)
    return false;
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + ms[mi].sentence;
  uint32_t t = ms[mi].first_token; /* up from the name to its verb, through its title */
  for (int up = 0; up < 4; up++) {
    uint32_t h = c->tg[t].head;
    if (h < 1 || h > s->n_tokens) return false;
    uint32_t v = s->first_token + h - 1;
    const char *r = c->tg[t].deprel;
    if (!c->tg[v].upos || strcmp(c->tg[v].upos, "VERB") != 0) {
      if (!r || (strcmp(r, "flat") && strcmp(r, "compound") && strcmp(r, "appos"))) return false;
      t = v;
      continue;
    }
    /* "Iran, Assad's other main ally, said Foreign Minister Abbas
     * Araghchi would travel to Damascus": the subject of what a state
     * says serves it */
    static const char *const says[] = {"say", "announce", "confirm", "state", NULL};
    const char *vr = c->tg[v].deprel;
    uint32_t vh = c->tg[v].head;
    if (r && !strncmp(r, "nsubj", 5) && vr && !strcmp(vr, "ccomp") && vh >= 1 &&
        vh <= s->n_tokens && c->tg[s->first_token + vh - 1].lemma &&
        word_in(c->tg[s->first_token + vh - 1].lemma, says)) {
      h = vh; /* the subject asked for below is the saying verb's */
    } else if (!r || (strcmp(r, "obj") && strcmp(r, "iobj")) || !c->tg[v].lemma ||
               !word_in(c->tg[v].lemma, command)) {
      return false;
    }
    /* the subject, within 64 words of its verb (a long "sentence" stays
     * linear) */
    uint32_t at = s->first_token + h - 1;
    uint32_t k0 = at > s->first_token + 64 ? at - 64 : s->first_token;
    uint32_t k1 = at + 64 < s->first_token + s->n_tokens ? at + 64 : s->first_token + s->n_tokens;
    for (uint32_t k = k0; k < k1; k++) {
      if (c->tg[k].head != h || !c->tg[k].deprel || strcmp(c->tg[k].deprel, "nsubj")) continue;
      uint32_t m = c->tok_mention[k];
      if (m >= c->d->mentions.n || ms[m].entity == e || ms[m].entity >= c->d->entities.n)
        return false;
      const char *code = c->ent[ms[m].entity].code;
      if (c->ent[ms[m].entity].rank < 3 || !bare_country_prefix(code)) return false;
      memcpy(out, code, 3);
      out[3] = 0;
      return true;
    }
    return false;
  }
  return false;
}

/* Appends army (token t, country cc) to c->army, growing it; on no
 * memory, drops every army (no guess, as with two) and returns false. */
static bool add_army(ectx *c, size_t *cap, uint32_t t, const char *cc) {
  if (c->n_army == *cap) {
    size_t nc = *cap ? *cap * 2 : 8;
    struct army *x = realloc(c->army, nc * sizeof *x);
    if (!x) {
      free(c->army);
      c->army = NULL;
      c->n_army = 0;
      return false;
    }
    c->army = x, *cap = nc;
  }
  c->army[c->n_army].tok = t;
  snprintf(c->army[c->n_army].cc, sizeof c->army[c->n_army].cc, "%.3s", cc);
  c->n_army++;
  return true;
}

/* The one country whose army or military the article names before
 * document token before ("Sudan's army", "the Sudanese military"), or "":
 * the country of "the army delegation" and of an officer no sentence
 * places. The document's armies are found once. */
static void army_country(ectx *c, uint32_t before, char out[4]) {
  out[0] = 0;
  if (!c->army_ready) {
    c->army_ready = true;
    const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    size_t cap = 0;
    for (uint32_t t = 0; t < c->d->tokens.n && c->tok_mention; t++) {
      const char *l = c->tg[t].lemma;
      /* (and a state's armed body by its name: "The U.S. Navy's
       * Bahrain-based 5th Fleet", "Iran's Revolutionary Guard", coded the
       * country's with MIL) */
      uint32_t at = c->tok_mention[t];
      if (at != NONE32 && ms[at].first_token == t && ms[at].type == NM_ENT_ORG &&
          ms[at].entity < c->d->entities.n) {
        const char *oc = c->ent[ms[at].entity].code;
        if (strlen(oc) == 6 && !strcmp(oc + 3, "MIL") && bare_country_prefix(oc)) {
          if (!add_army(c, &cap, t, oc)) return;
          continue;
        }
      }
      if (!l || (strcmp(l, "army") && strcmp(l, "military"))) continue;
      const nm_token *tk = (const nm_token *)c->d->tokens.data + t;
      uint32_t f = ss[tk->sentence].first_token, n = ss[tk->sentence].n_tokens;
      /* (and the owner of the ruling body "military" describes:
       * "Myanmar's military government bombed …") */
      static const char *const rulers[] = {"government", "junta", "regime", "ruler", "leader",
                                           "leadership", "council", NULL};
      uint32_t ruler = 0; /* 1-based in the sentence, 0 = none */
      const char *tr = c->tg[t].deprel;
      if (tr && (!strcmp(tr, "amod") || !strcmp(tr, "compound")) && c->tg[t].head >= 1 &&
          c->tg[t].head <= n && c->tg[f + c->tg[t].head - 1].lemma &&
          word_in(c->tg[f + c->tg[t].head - 1].lemma, rulers))
        ruler = c->tg[t].head;
      for (uint32_t k = f; k < f + n; k++) {
        const char *r = c->tg[k].deprel;
        /* (or the name right before it: "a Myanmar military airstrike",
         * both words modifying the strike) */
        bool owns = r && (!strcmp(r, "nmod:poss") || !strcmp(r, "amod"));
        if (!(k + 1 == t && r && !strcmp(r, "compound")) &&
            (c->tg[k].head != t - f + 1 || !owns) &&
            !(ruler && k + 1 < t && c->tg[k].head == ruler && owns))
          continue;
        uint32_t m = c->tok_mention[k];
        if (m == NONE32 || ms[m].entity >= c->d->entities.n) continue;
        const acode *a = &c->ent[ms[m].entity];
        if (a->rank < 1 || strlen(a->code) != 3 || !bare_country_prefix(a->code)) continue;
        if (!add_army(c, &cap, t, a->code)) return;
      }
    }
  }
  for (size_t i = 0; i < c->n_army && c->army[i].tok < before; i++) {
    if (out[0] && strcmp(out, c->army[i].cc) != 0) {
      out[0] = 0; /* two armies */
      return;
    }
    memcpy(out, c->army[i].cc, 4);
  }
}

/* The one country the sentence before mention mi names (countries, their
 * places and nationalities, in any role), or "" when it names none or
 * several: the country a story is on when it names an official. Entity
 * self does not count. */
static bool title_in(const char *title, const char *const *t);
static void previous_country(const ectx *c, uint32_t mi, uint32_t self, const char *role,
                             char out[4]) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t ne = c->d->entities.n;
  uint32_t si = ms[mi].sentence;
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  bool head = self < ne && es[self].title && title_in(es[self].title, nm_state_head_titles);
  out[0] = 0;
  for (uint32_t j = mi; j-- > 0;) {
    if (ms[j].sentence + 1 < si) break;
    if (ms[j].sentence == si) continue;
    if (mi - j > 64) break; /* a sentence of many names says nothing of one */
    uint32_t oe = ms[j].entity;
    if (oe >= ne || oe == self) continue;
    /* not what a speaker said, in quotation marks or reported ('"Iran was
     * warned …," said X. Caretaker Prime Minister Y': no Iranian; "The
     * office of President Noboa said that Mexico had abused … Foreign
     * Minister Gabriela Sommerfeld": no Mexican) */
    uint32_t q = event_quote(c, ms[j].start);
    if (q != NONE32 && ((const nm_quote *)c->d->quotes.data)[q].kind != NM_QUOTE_PARTIAL) continue;
    char code[4];
    /* (or, for an officer, a state's armed body: "The U.S. Navy's
     * Bahrain-based 5th Fleet rejected …", USAMIL, before "Cmdr. X, a
     * fleet spokeswoman") */
    const char *oc = c->ent[oe].code;
    bool state_body = role && !strcmp(role, "MIL") && ms[j].type == NM_ENT_ORG &&
                      strlen(oc) == 6 && bare_country_prefix(oc) && !strcmp(oc + 3, "MIL");
    if (ms[j].type == NM_ENT_GPE || ms[j].type == NM_ENT_NORP || state_body) {
      if (!bare_country(oc) && !state_body) continue;
      snprintf(code, sizeof code, "%.3s", oc);
      /* a subject or its owner ("France said", "Kenyan police said"), not
       * a place something went to or happened in ("to Strasbourg"), nor
       * the country of a person (below, when in office) */
      /* (the owner of a clause's subject counts in the main clause only:
       * "…, as Sudan's warring parties opened talks": no Sudanese) */
      const nm_sentence *js = NULL;
      uint32_t jk = mention_head_tok(c, &ms[j], &js);
      uint32_t sk = noun_modifier(c, &ms[j]) ? modified_subject(c, &ms[j]) : NONE32;
      if (!main_subject(c, &ms[j]) &&
          !(sk != NONE32 && jk != NONE32 && subject_of_main_clause(c, sk, js) &&
            !modifies_group_subject(c, &ms[j])))
        continue;
      /* (a seat of international bodies where the subject sits is not
       * whose it is: "The U.N. human rights office in Geneva urged Ugandan
       * authorities …": no Swiss; "officials in Chicago" are American) */
      size_t tl = 0;
      const char *tw = nm_tok_text(c->d, ms[j].first_token + ms[j].n_tokens - 1, &tl);
      if (!main_subject(c, &ms[j]) && jk != NONE32 && js && seat_name(tw, tl)) {
        uint32_t cm = case_marker(c, js, jk);
        size_t cl = 0;
        const char *cw = cm == NONE32 ? NULL : nm_tok_text(c->d, cm, &cl);
        if (cw && cl == 2 && (ci_eq(cw, "in", 2) || ci_eq(cw, "at", 2))) continue;
      }
      if (titles_a_person(c, j, self)) continue;
    } else if (ms[j].type == NM_ENT_PERSON && c->ent[oe].rank >= 3 && !head) {
      /* a person the story has placed in a state's office, as a subject:
       * "Trudeau said …" (not "said former Nigerian President Olusegun
       * Obasanjo, the AU's envoy": an elite, a mediator); a head of state
       * or government is no other official's colleague ("Australian
       * Foreign Minister Penny Wong urged … President Ferdinand Marcos
       * Jr. has vowed") */
      if (strlen(c->ent[oe].code) != 6 || c->ent[oe].code[0] == '-' ||
          !word_in(c->ent[oe].code + 3, state_roles))
        continue;
      snprintf(code, sizeof code, "%.3s", c->ent[oe].code);
      if (!bare_country(code) || !mention_subject(c, &ms[j])) continue;
    } else {
      continue;
    }
    if (!out[0])
      memcpy(out, code, 4);
    else if (strcmp(out, code) != 0) {
      out[0] = 0;
      return;
    }
  }
  /* (another country than the dateline's, when the sentence before names
   * the dateline's too, as where the act goes: "PORT MORESBY — Australia
   * will send police advisers to Papua New Guinea's Enga province. Police
   * Minister Samson Kawage said …" is no Australian; no guess) */
  const char *dl = c->d->has_dateline ? dateline_country(c) : "";
  for (uint32_t j = mi; out[0] && dl[0] && strcmp(out, dl) != 0 && j-- > 0;) {
    if (ms[j].sentence + 1 < si) break;
    if (ms[j].sentence == si || mi - j > 64) continue;
    uint32_t oe = ms[j].entity;
    if (oe < ne && (ms[j].type == NM_ENT_GPE || ms[j].type == NM_ENT_NORP) &&
        bare_country(c->ent[oe].code) && !strncmp(c->ent[oe].code, dl, 3))
      out[0] = 0;
  }
}

/* A governor's or mayor's country: the one country of the towns and
 * regions (places inside a first-level division, not countries) named
 * in the sentence of the person's first name, else in the sentence
 * before, outside the dateline ("Ukrainian drones struck a refinery in
 * Russia's Volgograd region, the regional governor said. Governor X
 * said ...": RUS, not the drones' UKR). */
static bool local_office_country(const ectx *c, uint32_t e, char out[4]) {
  static const char *const offices[] = {"governor", "gov.", "mayor", NULL};
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t nm = c->d->mentions.n, ne = c->d->entities.n;
  out[0] = 0;
  if (e >= ne || !es[e].title || !es[e].n_mentions || !c->ent_local) return false;
  const char *t = es[e].title;
  size_t tl = strlen(t), k0 = tl;
  while (k0 > 0 && t[k0 - 1] != ' ')
    k0--; /* the title's last word: "regional governor" */
  bool office = false;
  for (size_t w = 0; offices[w] && !office; w++)
    office = tl - k0 == strlen(offices[w]) && ci_eq(t + k0, offices[w], tl - k0);
  uint32_t m0 = es[e].mentions[0];
  if (!office || m0 >= nm) return false;
  for (uint32_t back = 0; back < 2 && back <= ms[m0].sentence; back++) {
    uint32_t si = ms[m0].sentence - back;
    bool several = false;
    for (size_t i = first_mention_of(c, si); i < nm && ms[i].sentence == si && !several; i++) {
      uint32_t pe = ms[i].entity;
      if (pe >= ne || !c->ent_local[pe] || !bare_country(es[pe].country)) continue;
      if (c->d->has_dateline && ms[i].start >= c->d->dateline.start &&
          ms[i].end <= c->d->dateline.end)
        continue;
      if (!out[0])
        memcpy(out, es[pe].country, 4);
      else if (strcmp(out, es[pe].country) != 0)
        several = true;
    }
    if (several) out[0] = 0;
    if (out[0] || several) return out[0] != 0;
  }
  return false;
}

/* Whether a named mention of entity es stands before a US party tag:
 * "Sen. Diane Kowalczyk, R-Wis.," (a party letter, a hyphen and a
 * state, the convention of US news for members of Congress). */
static bool party_tagged(const ectx *c, const nm_entity *es) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t nt = c->d->tokens.n;
  for (uint32_t k = 0; k < es->n_mentions && k < 64; k++) {
    uint32_t mi = es->mentions[k];
    if (mi >= c->d->mentions.n || ms[mi].kind != NM_MENTION_NAME) continue;
    size_t b = (size_t)ms[mi].first_token + ms[mi].n_tokens;
    if (b + 3 >= nt) continue;
    size_t l0, l1, l2, l3;
    const char *t0 = nm_tok_text(c->d, b, &l0), *t1 = nm_tok_text(c->d, b + 1, &l1),
               *t2 = nm_tok_text(c->d, b + 2, &l2), *t3 = nm_tok_text(c->d, b + 3, &l3);
    if (l0 == 1 && t0[0] == ',' && l1 == 1 && (t1[0] == 'R' || t1[0] == 'D' || t1[0] == 'I') &&
        l2 == 1 && t2[0] == '-' && l3 >= 2 && t3[0] >= 'A' && t3[0] <= 'Z')
      return true;
  }
  return false;
}

/* The role of document token k when it is a state's body ("ministry":
 * GOV, "army": MIL, "police": COP), or NULL. */
static const char *state_body(const ectx *c, uint32_t k) {
  static const struct {
    const char *w, *role;
  } bodies[] = {{"ministry", "GOV"},  {"government", "GOV"}, {"presidency", "GOV"},
                {"cabinet", "GOV"},   {"embassy", "GOV"},    {"army", "MIL"},
                {"military", "MIL"},  {"navy", "MIL"},       {"police", "COP"},
                {"guard", "MIL"}}; /* "China's coast guard" (Phoenix agents: ~MIL) */
  size_t len;
  const char *w = nm_tok_text(c->d, k, &len);
  for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
    if (strlen(bodies[i].w) == len && ci_eq(w, bodies[i].w, len)) return bodies[i].role;
  return NULL;
}

/* The role of a state's body named right after mention m ("China's
 * foreign ministry", "the Egyptian army", "Kenyan police": GOV, MIL,
 * COP), or NULL: at most two words between, in the same sentence. */
static const char *state_body_after(const ectx *c, const nm_mention *m) {
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + m->sentence;
  if (m->sentence >= c->d->sentences.n) return NULL;
  uint32_t end = s->first_token + s->n_tokens, k = m->first_token + m->n_tokens;
  for (uint32_t n = 0; n < 4 && k < end; n++, k++) {
    const char *role = state_body(c, k);
    if (role) return role;
    const char *u = c->tg[k].upos ? c->tg[k].upos : "";
    /* only the possessive and modifiers between: "'s", "foreign", "defence" */
    if (strcmp(u, "PART") && strcmp(u, "ADJ") && strcmp(u, "NOUN") && strcmp(u, "PROPN")) break;
  }
  return NULL;
}

/* Whether the sentence of entity es's first name, or one of the three
 * before it (a quotation between counts as several), gives a state's
 * office or body to a name the dictionaries do not know
 * as a country ("Dalnesia's deputy foreign minister", "Marovia's
 * defense ministry"): the person may be that state's, so the article's
 * country is no guess. */
static bool unknown_state_near(const ectx *c, const nm_entity *es) {
  /* an office's words (a state's bodies and envoys: state_body(), envoy_tok()) */
  static const char *const office[] = {"minister", "president", "spokesman", "spokeswoman",
                                       "spokesperson", "foreign", "defense", "defence",
                                       "interior", "prime", NULL};
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  if (!es->n_mentions || es->mentions[0] >= c->d->mentions.n) return false;
  uint32_t si = ms[es->mentions[0]].sentence;
  for (uint32_t sj = si > 3 ? si - 3 : 0; sj <= si && sj < c->d->sentences.n; sj++) {
    uint32_t a = ss[sj].first_token, b = a + ss[sj].n_tokens;
    if (ss[sj].n_tokens > 400) continue; /* a run-on "sentence": no evidence */
    for (uint32_t k = a; k + 2 < b; k++) {
      if (!c->tg[k].upos || strcmp(c->tg[k].upos, "PROPN") != 0) continue;
      size_t len;
      const char *t = nm_tok_text(c->d, k + 1, &len);
      if (!((len == 2 && !memcmp(t, "'s", 2)) || (len == 4 && !memcmp(t, "\xe2\x80\x99s", 4))))
        continue;
      uint32_t m = c->tok_mention ? c->tok_mention[k] : NONE32;
      if (m != NONE32 && ms[m].entity < c->d->entities.n && c->ent[ms[m].entity].code[0])
        continue; /* a name that codes ("Biden's adviser" is placed by Biden) */
      for (uint32_t j = k + 2; j < b && j < k + 5; j++) {
        if (state_body(c, j) || envoy_tok(c, j)) return true;
        const char *w = nm_tok_text(c->d, j, &len);
        for (size_t i = 0; office[i]; i++)
          if (strlen(office[i]) == len && ci_eq(w, office[i], len)) return true;
      }
    }
  }
  return false;
}

/* Whether mention m owns or qualifies the subject of its sentence's main
 * clause: "Colombia's government agreed", "Kenyan police said" (not
 * "officials in Chicago"). */
static bool owns_main_subject(const ectx *c, const nm_mention *m) {
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  if (k == NONE32 || !c->tg[k].deprel) return false;
  const char *r = c->tg[k].deprel;
  if (strcmp(r, "nmod:poss") != 0 && strcmp(r, "amod") != 0 && strcmp(r, "compound") != 0)
    return false;
  uint32_t h = c->tg[k].head;
  if (h < 1 || h > s->n_tokens) return false;
  uint32_t g = s->first_token + h - 1;
  if (!c->tg[g].deprel || strncmp(c->tg[g].deprel, "nsubj", 5) != 0) return false;
  uint32_t v = c->tg[g].head;
  return v >= 1 && v <= s->n_tokens && c->tg[s->first_token + v - 1].head == 0;
}

/* The article's country: the country whose places the article names
 * most often (each mention counts, the dateline's place twice more), when
 * it has at least twice the weight of the next (a story from Geneva about
 * two other countries has none); else "". */
static void article_country(const ectx *c, char out[4]) {
  const nm_doc *d = c->d;
  out[0] = 0;
  const nm_place *ps = (const nm_place *)d->places.data;
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  enum { MAXC = 32 };
  char cc[MAXC][4];
  uint32_t n[MAXC], nc = 0;
  for (size_t i = 0; i < d->places.n; i++) {
    if (!bare_country(ps[i].country)) continue;
    uint32_t w = ps[i].n_mentions;
    for (uint32_t k = 0; k < ps[i].n_mentions && d->has_dateline; k++) {
      uint32_t mi = ps[i].mentions[k];
      if (mi < d->mentions.n && ms[mi].start >= d->dateline.start &&
          ms[mi].end <= d->dateline.end) {
        w += 2;
        break;
      }
    }
    uint32_t j = 0;
    while (j < nc && strcmp(cc[j], ps[i].country) != 0)
      j++;
    if (j == nc) {
      if (nc == MAXC) continue;
      memcpy(cc[nc], ps[i].country, 4);
      n[nc++] = 0;
    }
    n[j] += w;
  }
  /* the lede's subject's country, three more (and the article's when it
   * weighs as much as any other): "HAVANA (AP) — Colombia's
   * government and the rebels agreed …, as talks resumed in the Cuban
   * capital" is a story on Colombia from where the talks are */
  uint32_t lede = NONE32, lj = NONE32;
  /* the first sentence with words after the dateline, whether it names a
   * country or not (the dateline may be a sentence of its own) */
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  const nm_token *tk = (const nm_token *)d->tokens.data;
  for (size_t s = 0; s < d->sentences.n && d->has_dateline && lede == NONE32; s++)
    for (uint32_t k = ss[s].first_token; k < ss[s].first_token + ss[s].n_tokens; k++)
      if (tk[k].start >= d->dateline.end && c->tg[k].upos && strcmp(c->tg[k].upos, "PUNCT")) {
        lede = (uint32_t)s;
        break;
      }
  for (size_t i = 0; i < d->mentions.n && lede != NONE32; i++) {
    if (ms[i].start < d->dateline.end || ms[i].sentence < lede) continue;
    if (ms[i].sentence != lede) break;
    uint32_t oe = ms[i].entity;
    if ((ms[i].type != NM_ENT_GPE && ms[i].type != NM_ENT_NORP) || oe >= d->entities.n ||
        !bare_country(c->ent[oe].code) ||
        !(main_subject(c, &ms[i]) || owns_main_subject(c, &ms[i])))
      continue;
    uint32_t j = 0;
    while (j < nc && strcmp(cc[j], c->ent[oe].code) != 0)
      j++;
    if (j == nc) {
      if (nc == MAXC) continue;
      memcpy(cc[nc], c->ent[oe].code, 4);
      n[nc++] = 0;
    }
    n[j] += 3;
    lj = j;
    break;
  }
  uint32_t best = 0, second = 0, bi = 0;
  for (uint32_t j = 0; j < nc; j++)
    if (n[j] > best)
      second = best, best = n[j], bi = j;
    else if (n[j] > second)
      second = n[j];
  if (best >= 2 && best >= 2 * second) memcpy(out, cc[bi], 4);
  /* the lede's subject's country, weighing as much as any other */
  else if (lj != NONE32 && n[lj] == best) memcpy(out, cc[lj], 4);
  /* the dateline's country, when it weighs most (a clash on the border
   * of two countries, reported from one's capital: "LUSAKA — … Home
   * Affairs Minister Chanda Mwale said"), not a seat's (Brussels, Geneva) */
  /* (named in the story's own words twice at least, not by the dateline
   * alone: "ISTANBUL — Officials in Chicago and Boston …" has none) */
  else if (best > second && c->d->has_dateline && !strcmp(dateline_country(c), cc[bi]) &&
           !seat_dateline(c)) {
    uint32_t body = 0;
    for (size_t i = 0; i < d->places.n; i++) {
      if (strcmp(ps[i].country, cc[bi]) != 0) continue;
      for (uint32_t k = 0; k < ps[i].n_mentions; k++) {
        uint32_t mi = ps[i].mentions[k];
        if (mi < d->mentions.n && ms[mi].start >= d->dateline.end) body++;
      }
    }
    if (body >= 2) memcpy(out, cc[bi], 4);
  }
}

/* The country named last before document token pos, in its sentence or
 * the one before (a country, or a place of one, as a name; Gaza, PSEGZA,
 * gives PSE). */
static bool country_named_before(const ectx *c, uint32_t pos, char out[4]) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_token *ts = (const nm_token *)c->d->tokens.data;
  if (pos >= c->d->tokens.n || !c->ent) return false;
  uint32_t si = ts[pos].sentence;
  bool found = false;
  for (size_t j = first_mention_of(c, si ? si - 1 : 0);
       j < c->d->mentions.n && ms[j].first_token < pos && ms[j].sentence <= si; j++) {
    uint32_t oe = ms[j].entity;
    if (ms[j].kind != NM_MENTION_NAME || oe >= c->d->entities.n ||
        (ms[j].type != NM_ENT_GPE && ms[j].type != NM_ENT_LOC) ||
        !bare_country_prefix(c->ent[oe].code))
      continue;
    snprintf(out, 4, "%.3s", c->ent[oe].code);
    found = true;
  }
  return found;
}

/* The noun of "the <noun>'s" within six words before mention m, its
 * noun one of nouns ("the island's new president, Lai Ching-te", "the
 * navy's Bahrain-based Fifth Fleet"), or NONE32. */
static uint32_t the_owner_before(const ectx *c, const nm_mention *m, const char *const *nouns) {
  const nm_token *ts = (const nm_token *)c->d->tokens.data;
  uint32_t a = m->first_token;
  for (uint32_t k = a; k-- > 0 && a - k <= 6 && ts[k].sentence == m->sentence;) {
    size_t l0, l1, l2;
    const char *w = nm_tok_text(c->d, k, &l0);
    if (l0 != 2 || memcmp(w, "'s", 2) != 0 || k < 2) continue;
    const char *n = nm_tok_text(c->d, k - 1, &l1), *the = nm_tok_text(c->d, k - 2, &l2);
    if (l2 != 3 || !ci_eq(the, "the", 3)) continue;
    for (size_t q = 0; nouns[q]; q++)
      if (strlen(nouns[q]) == l1 && ci_eq(n, nouns[q], l1)) return k - 1;
    return NONE32;
  }
  return NONE32;
}

/* "the island's new president, Lai Ching-te": a title owned by "the
 * country's" (nation's, island's, kingdom's, republic's, territory's,
 * enclave's) within six words before entity e's first name is of the
 * country named last before it (country_named_before()). */
static bool anaphoric_country(const ectx *c, uint32_t e, char out[4]) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (!es[e].n_mentions) return false;
  uint32_t m0 = es[e].mentions[0];
  if (m0 >= c->d->mentions.n || ms[m0].kind != NM_MENTION_NAME) return false;
  uint32_t pos = the_owner_before(c, &ms[m0], country_nouns);
  return pos != NONE32 && country_named_before(c, pos, out);
}

/* "Gebremedhin Haile, the president of the region's interim
 * administration," after "leaders in Tigray": a description after entity
 * e's first name (within eight words of its comma) owned by "the
 * region's" (province's, state's) is of the region, province or state
 * named last before the name, in its sentence or the two before: that
 * place's country (Tigray's: Ethiopia, not the Eritrea named after it). */
static bool region_owner_country(const ectx *c, uint32_t e, char out[4]) {
  static const char *const nouns[] = {"region", "province", "state", NULL};
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_token *ts = (const nm_token *)c->d->tokens.data;
  size_t nt = c->d->tokens.n, ne = c->d->entities.n;
  if (e >= ne || !es[e].n_mentions || !c->ent_local) return false;
  uint32_t m0 = es[e].mentions[0];
  if (m0 >= c->d->mentions.n || ms[m0].kind != NM_MENTION_NAME) return false;
  size_t b = (size_t)ms[m0].first_token + ms[m0].n_tokens;
  if (b >= nt || !tok_is(c->d, (uint32_t)b, ",")) return false;
  bool owned = false;
  for (size_t k = b + 1; k + 2 < nt && k <= b + 8 && ts[k + 2].sentence == ms[m0].sentence &&
                         !owned && !tok_is(c->d, (uint32_t)k, ",");
       k++) {
    if (!tok_is(c->d, (uint32_t)k, "the")) continue;
    for (size_t q = 0; nouns[q] && !owned; q++)
      owned = tok_is(c->d, (uint32_t)(k + 1), nouns[q]) &&
              (tok_is(c->d, (uint32_t)(k + 2), "'s") ||
               tok_is(c->d, (uint32_t)(k + 2), "\xe2\x80\x99s"));
  }
  if (!owned) return false;
  uint32_t si = ms[m0].sentence;
  out[0] = 0;
  for (size_t j = first_mention_of(c, si > 2 ? si - 2 : 0); j < m0; j++) {
    uint32_t pe = ms[j].entity;
    if (ms[j].kind != NM_MENTION_NAME || pe >= ne || pe == e || !c->ent_local[pe] ||
        (ms[j].type != NM_ENT_GPE && ms[j].type != NM_ENT_LOC) || !bare_country(es[pe].country))
      continue;
    memcpy(out, es[pe].country, 4);
  }
  return out[0] != 0;
}

/* "the navy's Bahrain-based Fifth Fleet": the country of the body "the
 * navy" (army, military, ministry …) refers to, owning the name of
 * mention m (within six words before it): the last name before, in eight
 * sentences at most, that ends in that word and has a country. */
static bool owner_body_country(const ectx *c, const nm_mention *m, char out[4]) {
  static const char *const bodies[] = {"navy", "army", "military", "ministry", "government",
                                       "police", NULL};
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_token *ts = (const nm_token *)c->d->tokens.data;
  uint32_t a = m->first_token, pos = the_owner_before(c, m, bodies);
  if (pos == NONE32 || !c->ent) return false;
  size_t wl;
  const char *word = nm_tok_text(c->d, pos, &wl);
  bool found = false;
  uint32_t si = ts[pos].sentence;
  for (size_t j = first_mention_of(c, si > 8 ? si - 8 : 0);
       j < c->d->mentions.n && ms[j].first_token < a; j++) {
    uint32_t oe = ms[j].entity;
    if (ms[j].kind != NM_MENTION_NAME || ms[j].type != NM_ENT_ORG || oe >= c->d->entities.n ||
        !bare_country_prefix(c->ent[oe].code) || !ms[j].n_tokens)
      continue;
    size_t ll;
    const char *last = nm_tok_text(c->d, ms[j].first_token + ms[j].n_tokens - 1, &ll);
    if (ll != wl || !ci_eq(last, word, wl)) continue;
    snprintf(out, 4, "%.3s", c->ent[oe].code);
    found = true;
  }
  return found;
}

/* Bodies many states have under one name that the dictionaries give one
 * country (the United States: "the Senate", "the National Security
 * Council"): in an article on another country, when no mention of the
 * body's sentence or the one before names an actor of the dictionary's
 * country, the article's country ("MANILA — … National Security Council
 * spokesman Jonathan Malaya": PHLGOV, not USAGOV). */
static const char *const generic_bodies[] = {"SENATE",
                                             "NATIONAL SECURITY COUNCIL",
                                             "JOINT CHIEFS OF STAFF",
                                             "JUSTICE DEPARTMENT",
                                             "DEPARTMENT OF JUSTICE",
                                             "DEFENSE DEPARTMENT",
                                             "DEPARTMENT OF DEFENSE",
                                             "SUPREME COURT",
                                             "HOUSE OF REPRESENTATIVES",
                                             "CONGRESS",
                                             NULL};

/* Whether name[0..n) is one of generic_bodies, case aside. */
static bool generic_body_name(const char *name, size_t n) {
  for (size_t k = 0; generic_bodies[k]; k++)
    if (strlen(generic_bodies[k]) == n && ci_eq(name, generic_bodies[k], n)) return true;
  return false;
}

/* Whether a mention of sentence si or the one before, other than entity
 * skip's, names an actor of country code cc's first three letters. In a
 * story datelined in the home country, the sentence before counts only
 * when it does not name the home country too ("SEOUL — … joint drills
 * by U.S. and South Korean forces. The Joint Chiefs of Staff said …" is
 * Seoul's). */
static bool country_named_near(const ectx *c, uint32_t si, const char *cc, uint32_t skip) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  size_t n = c->d->mentions.n;
  bool before = false, home_before = false;
  size_t j0 = first_mention_of(c, si ? si - 1 : 0);
  /* (a bounded look: a sentence may hold thousands of names) */
  for (size_t j = j0; j < n && j < j0 + 256 && ms[j].sentence <= si; j++) {
    uint32_t oe = ms[j].entity;
    if (oe >= c->d->entities.n || oe == skip) continue;
    /* (not a person coded from the body's own words: "National Security
     * Council spokesman Jonathan Malaya", USAGOV through the council) */
    if (ms[j].type == NM_ENT_PERSON && strncmp(c->ent[oe].reason, "dictionary", 10) != 0)
      continue;
    if (ms[j].sentence < si && c->home_dated && !strncmp(c->ent[oe].code, c->home, 3))
      home_before = true;
    if (strncmp(c->ent[oe].code, cc, 3) != 0) continue;
    if (ms[j].sentence == si) return true;
    before = true;
  }
  return before && !home_before;
}

/* The home country with a's role, as a body many states have. */
/* The country "the country's" (or "the nation's") right before document
 * token f refers to, the country named last before it: "was due to
 * convene the country's National Security Council" after Serbia. */
static bool the_countrys(const ectx *c, uint32_t f, char cc[4]) {
  static const char *const nouns[] = {"country", "nation", NULL};
  bool noun = false;
  for (size_t q = 0; nouns[q] && f >= 3 && !noun; q++)
    noun = tok_is(c->d, f - 2, nouns[q]);
  return noun && tok_is(c->d, f - 3, "the") &&
         (tok_is(c->d, f - 1, "'s") || tok_is(c->d, f - 1, "\xe2\x80\x99s")) &&
         country_named_before(c, f - 3, cc);
}

static void take_home_country(const ectx *c, acode *a) {
  char code[CODE_CAP];
  snprintf(code, sizeof code, "%.3s%.32s", c->home, a->code + 3);
  snprintf(a->reason, sizeof a->reason, "a body many states have, in an article on %s", c->home);
  snprintf(a->code, sizeof a->code, "%s", code);
}

/* generic_body() for the actor words [lo, hi] of a phrase ("led a Senate
 * inquiry" in a story from Manila: PHLGOVLEG, not USAGOVLEG). */
static void generic_body_words(const ectx *c, int32_t lo, int32_t hi, acode *a) {
  if (lo < 0 || hi < lo || hi - lo > 4 || !c->home[0] || a->rank != 3 ||
      !bare_country_prefix(a->code) || !strncmp(a->code, c->home, 3))
    return;
  bool generic = false;
  for (size_t k = 0; generic_bodies[k] && !generic; k++)
    generic = words_are_name(c, lo, hi, generic_bodies[k]);
  char cc[4];
  if (generic && the_countrys(c, c->first + (uint32_t)lo, cc)) {
    if (strncmp(cc, a->code, 3) != 0) {
      char code[CODE_CAP];
      snprintf(code, sizeof code, "%.3s%.32s", cc, a->code + 3);
      snprintf(a->code, sizeof a->code, "%s", code);
    }
    return;
  }
  if (generic && !country_named_near(c, c->si, a->code, NONE32)) take_home_country(c, a);
}

/* Sets c->home and c->home_dated from the article's country (focus) and
 * the dateline. */
static void body_home(ectx *c, const char *focus) {
  compute_bureau(c, c->bureau_home); /* (what definite_home_body() reads) */
  const char *dc = dateline_country(c);
  snprintf(c->home, sizeof c->home, "%s", focus[0] ? focus : dc);
  c->home_dated = c->home[0] && !strcmp(c->home, dc);
}

/* "The opposition leader, Raila Odinga," in 2024, whom the dictionary
 * last knew in office (KENGOV, open-ended): the opposition the article's
 * title puts him in (coreference found it), the dictionary's country.
 * (The reverse, an office for one it knew out of one, is decided where
 * the name's words are coded, which see "former" before the name.) */
static void stale_office(ectx *c, size_t e) {
  acode *a = &c->ent[e];
  const nm_entity *ne = (const nm_entity *)c->d->entities.data + e;
  if (ne->type != NM_ENT_PERSON || !ne->title || !a->stale || a->rank != 3 ||
      strlen(a->code) != 6 || !bare_country_prefix(a->code) || !word_in(a->code + 3, state_roles))
    return;
  bool pf = false;
  const char *ag = title_agent(c, ne->title, &pf);
  if (!ag || strcmp(ag, "OPP") != 0) return;
  char why[REASON_CAP];
  snprintf(why, sizeof why, "title in the article (OPP), over the dictionary's %s", a->code);
  memcpy(a->code + 3, "OPP", 4);
  snprintf(a->reason, sizeof a->reason, "%s", why);
}

/* "South Korean President Lee Jae-myung convened an emergency meeting of
 * the National Security Council": a body in the object of a verb whose
 * subject is a state's official or body is that state's; its country in
 * cc. */
static bool subject_state_of(const ectx *c, const nm_mention *m, char cc[4]) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_sentence *s = NULL;
  uint32_t k = mention_head_tok(c, m, &s);
  for (int up = 0; up < 3 && k != NONE32 && c->tok_mention; up++) {
    const char *r = c->tg[k].deprel ? c->tg[k].deprel : "";
    uint32_t h = head_up(c, s, k);
    if (h == NONE32) return false;
    if (!strcmp(r, "obj")) {
      for (uint32_t q = s->first_token; q < s->first_token + s->n_tokens; q++) {
        if (head_up(c, s, q) != h || !c->tg[q].deprel || strncmp(c->tg[q].deprel, "nsubj", 5))
          continue;
        uint32_t mq = c->tok_mention[q];
        uint32_t oe = mq != NONE32 ? ms[mq].entity : NONE32;
        if (oe >= c->d->entities.n) return false;
        const char *code = c->ent[oe].code;
        if (strlen(code) < 6 || !bare_country_prefix(code) || !word_in(code + 3, state_roles))
          return false;
        snprintf(cc, 4, "%.3s", code);
        return true;
      }
      return false;
    }
    if (strncmp(r, "nmod", 4) != 0 && strcmp(r, "compound") != 0) return false;
    k = h;
  }
  return false;
}

/* Whether sentence si opens "In <place>," a place coded as a bare
 * country (a capital, a city or the country): that country into cc. */
static bool fronted_in_country(const ectx *c, uint32_t si, char cc[4]) {
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (si >= c->d->sentences.n || ss[si].n_tokens < 4) return false;
  uint32_t f = ss[si].first_token;
  if (!tok_is(c->d, f, "In")) return false;
  for (size_t j = first_mention_of(c, si); j < c->d->mentions.n && ms[j].sentence == si; j++) {
    if (ms[j].first_token < f + 1) continue;
    if (ms[j].first_token > f + 1) return false;
    uint32_t end = ms[j].first_token + ms[j].n_tokens;
    if (ms[j].type != NM_ENT_GPE || ms[j].entity >= c->d->entities.n ||
        end >= f + ss[si].n_tokens || !tok_is(c->d, end, ","))
      return false;
    const char *code = c->ent[ms[j].entity].code;
    if (!bare_country(code)) return false;
    snprintf(cc, 4, "%.3s", code);
    return true;
  }
  return false;
}

/* Gives body code a the country cc, with its own role, and the reason
 * why (when cc is not its country already). */
static void rehome_body(acode *a, const char cc[4], const char *why) {
  if (!strncmp(cc, a->code, 3)) return;
  char code[CODE_CAP];
  snprintf(code, sizeof code, "%.3s%.32s", cc, a->code + 3);
  snprintf(a->code, sizeof a->code, "%s", code);
  snprintf(a->reason, sizeof a->reason, "%s", why);
}

static void generic_body(ectx *c, size_t e) {
  acode *a = &c->ent[e];
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (!c->home[0] || a->rank != 3 || !bare_country_prefix(a->code) ||
      !strncmp(a->code, c->home, 3) || es[e].type != NM_ENT_ORG || !es[e].n_mentions ||
      !es[e].name || !generic_body_name(es[e].name, strlen(es[e].name)))
    return;
  uint32_t m0 = es[e].mentions[0];
  /* "was due to convene the country's National Security Council": the
   * country named last before "the country's" */
  uint32_t f = m0 < c->d->mentions.n ? ms[m0].first_token : 0;
  char cc[4];
  if (the_countrys(c, f, cc)) {
    rehome_body(a, cc, "a body many states have, of the country named before");
    return;
  }
  /* "In Seoul, the presidential office convened an emergency meeting of
   * the National Security Council": the country of the place the
   * sentence opens in */
  if (m0 < c->d->mentions.n && fronted_in_country(c, ms[m0].sentence, cc)) {
    rehome_body(a, cc, "a body many states have, in a sentence that opens in its state");
    return;
  }
  if (m0 < c->d->mentions.n && subject_state_of(c, &ms[m0], cc)) {
    rehome_body(a, cc, "a body many states have, in the object of its state's official");
    return;
  }
  if (m0 < c->d->mentions.n && !country_named_near(c, ms[m0].sentence, a->code, (uint32_t)e))
    take_home_country(c, a);
}

/* "Senate Speaker Halima Dado" in a story from Nairobi, whom the
 * dictionaries code by the title's words (UNITED STATES CONGRESS,
 * USAGOVLEG): a body many states have in the capitalised words right
 * before the name, with no actor of the code's country named near, is the
 * home country's (KENGOVLEG), as generic_body() has the body itself. */
static void generic_title_person(ectx *c, size_t e) {
  acode *a = &c->ent[e];
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (es[e].type != NM_ENT_PERSON || !es[e].n_mentions || a->rank != 3 || !c->home[0] ||
      strncmp(a->reason, "dictionary: ", 12) != 0 || !bare_country_prefix(a->code) ||
      strlen(a->code) <= 3 || !strncmp(a->code, c->home, 3))
    return;
  uint32_t m0 = es[e].mentions[0];
  if (m0 >= c->d->mentions.n || ms[m0].kind != NM_MENTION_NAME) return;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  const nm_token *tk = (const nm_token *)c->d->tokens.data;
  size_t f = ms[m0].first_token, lo = ss[ms[m0].sentence].first_token;
  bool generic = false;
  /* the body's words end one or two words before the name ("Senate
   * Speaker", "Supreme Court Chief Justice") */
  for (size_t end = f; end + 3 > f && end > lo && !generic; end--)
    for (size_t start = end; start + 5 > end && start > lo && !generic; start--) {
      size_t l;
      const char *t = nm_tok_text(c->d, start - 1, &l);
      if (!l || t[0] < 'A' || t[0] > 'Z') break;
      generic = generic_body_name(c->d->text + tk[start - 1].start,
                                  tk[end - 1].end - tk[start - 1].start);
    }
  if (generic && !country_named_near(c, ms[m0].sentence, a->code, (uint32_t)e))
    take_home_country(c, a);
}

/* "National Security Council spokesman Jonathan Malaya" under a Manila
 * dateline: a person coded from the title's body, which generic_body()
 * has since given the home country, takes that country too (was
 * USAGOV). */
static void generic_body_person(ectx *c, size_t e) {
  acode *a = &c->ent[e];
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (es[e].type != NM_ENT_PERSON || !es[e].n_mentions || a->rank != 3 ||
      strcmp(a->reason, "title and country before the name") != 0 ||
      !bare_country_prefix(a->code))
    return;
  uint32_t m0 = es[e].mentions[0];
  if (m0 >= c->d->mentions.n || !m0) return;
  const nm_mention *b = &ms[m0 - 1];
  if (b->sentence != ms[m0].sentence || b->type != NM_ENT_ORG || b->entity >= c->d->entities.n ||
      b->first_token + b->n_tokens + 2 < ms[m0].first_token)
    return;
  const acode *ba = &c->ent[b->entity];
  if (strncmp(ba->reason, "a body many states have", 23) != 0 || !strncmp(ba->code, a->code, 3))
    return;
  char code[CODE_CAP];
  snprintf(code, sizeof code, "%.3s%.32s", ba->code, a->code + 3);
  snprintf(a->code, sizeof a->code, "%s", code);
  snprintf(a->reason, sizeof a->reason, "%s", "title and its body, a body many states have");
}

/* "National Assembly President Ernesto Villamizar" in a story datelined
 * in the country it is about: a title after a body many states have (an
 * assembly, parliament, senate, congress, supreme or constitutional
 * court, central bank), in capitalised words right before the name, is
 * the article's country's, not that of a country the sentence before
 * names ("Norway's foreign ministry confirmed …", the talks' host). */
static bool home_body_title(const ectx *c, uint32_t e, char out[4]) {
  static const char *const bodies[] = {"Assembly", "Parliament", "Senate", "Congress", "Court",
                                       "Bank", NULL};
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (!c->home[0] || !c->home_dated || !es[e].n_mentions) return false;
  uint32_t m0 = es[e].mentions[0];
  if (m0 >= c->d->mentions.n || ms[m0].kind != NM_MENTION_NAME) return false;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  size_t f = ms[m0].first_token, lo = ss[ms[m0].sentence].first_token;
  for (size_t i = f; i > lo && i + 5 > f; i--) {
    size_t l;
    const char *t = nm_tok_text(c->d, i - 1, &l);
    if (!l || t[0] < 'A' || t[0] > 'Z') return false; /* the title's words only */
    for (size_t k = 0; bodies[k]; k++)
      if (l == strlen(bodies[k]) && !memcmp(t, bodies[k], l) && i < f) {
        /* (the body's own mention, when there is one, names no other
         * country) */
        memcpy(out, c->home, 3);
        out[3] = 0;
        return true;
      }
  }
  return false;
}

/* Titles of the US cabinet that English news gives no other government:
 * "Secretary of State Antony Blinken", "Commerce Secretary Gina Raimondo"
 * (other countries have ministers; "Defense" and "Health Secretary" are
 * British titles too). */
static const char *const us_cabinet_titles[] = {
    "secretary of state",  "commerce secretary",     "treasury secretary",
    "energy secretary",    "transportation secretary", "agriculture secretary",
    "labor secretary",     "education secretary",    "homeland security secretary",
    "housing secretary",   "trade representative",   NULL};

/* Whether a mention of entity ne is a title with a portfolio after
 * "for" ("the secretary of state for health"). */
static bool title_for_portfolio(const ectx *c, const nm_entity *ne) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  for (uint32_t k = 0; k < ne->n_mentions; k++) {
    uint32_t mi = ne->mentions[k];
    if (mi >= c->d->mentions.n || ms[mi].kind == NM_MENTION_PRONOUN) continue;
    uint32_t end = ms[mi].first_token + ms[mi].n_tokens;
    if (end + 1 < c->d->tokens.n && end >= 3 && tok_is(c->d, end, "for") &&
        tok_is(c->d, end - 1, "state") && tok_is(c->d, end - 2, "of"))
      return true;
  }
  return false;
}

/* Titles only a few governments have in English news, with their
 * countries, the most often named first: "Chief Cabinet Secretary
 * Hirokazu Matsuno" is Japan's spokesman, "Foreign Secretary David
 * Lammy" Britain's (India, Pakistan and Bangladesh have foreign
 * secretaries too, civil servants). */
static const char *const few_state_titles[] = {"chief cabinet secretary", "JPN",
                                               "taoiseach",               "IRL",
                                               "tanaiste",                "IRL",
                                               "foreign secretary",       "GBR IND PAK BGD PHL",
                                               "home secretary",          "GBR IND",
                                               NULL};

/* The country of title if only a few governments have it
 * (few_state_titles): the dateline's or the article's among them, else
 * the first. */
static bool few_state_title(const ectx *c, const char *title, const char *focus, char out[4]) {
  size_t n = strlen(title);
  const char *dc = NULL;
  if (c->dateline_place != NONE32 && c->dateline_place < c->d->places.n)
    dc = ((const nm_place *)c->d->places.data)[c->dateline_place].country;
  for (size_t k = 0; few_state_titles[k]; k += 2) {
    if (strlen(few_state_titles[k]) != n || !ci_eq(title, few_state_titles[k], n)) continue;
    const char *cs = few_state_titles[k + 1], *pick = cs; /* "GBR IND …" */
    size_t cl = strlen(cs);
    bool chosen = false; /* the dateline's or the article's country */
    for (size_t q = 0; q + 3 <= cl; q += 4) {
      if (dc && bare_country(dc) && !strncmp(cs + q, dc, 3)) {
        pick = cs + q;
        chosen = true;
        break;
      }
      if (!chosen && focus && !strncmp(cs + q, focus, 3)) pick = cs + q, chosen = true;
    }
    /* (the first government only if the story names it: "Foreign
     * Secretary Mariana Cuevas" in a story on Mexico and Ecuador is no
     * British minister) */
    if (!chosen && !country_named(c, cs, NONE32)) return false;
    snprintf(out, 4, "%.3s", pick);
    return true;
  }
  return false;
}

/* Titles of US secretaries that the Philippine and British governments
 * have too (AP spells the British one "Defense Secretary" as well).
 * Not "Interior Secretary", since 2026-12-04 a title of its own: Kenya's
 * and the Philippines' are in the news more than the US one. */
static const char *const us_secretary_titles[] = {"defense secretary", "secretary of defense",
                                                  "health secretary", NULL};

/* Whether title, case aside, is one of the NULL-terminated titles t. */
static bool title_in(const char *title, const char *const *t) {
  size_t n = strlen(title);
  for (size_t k = 0; t[k]; k++)
    if (strlen(t[k]) == n && ci_eq(title, t[k], n)) return true;
  return false;
}

/* "His foreign minister, Diana Mondino, met …": the country of the person
 * a possessive pronoun just before the title of e's first name refers
 * to, when the story has placed that person in a state's office. */
static bool owner_country(const ectx *c, uint32_t e, char out[4]) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  uint32_t m0 = es[e].mentions[0];
  if (m0 >= c->d->mentions.n || ms[m0].kind != NM_MENTION_NAME) return false;
  for (uint32_t j = m0; j-- > 0;) {
    if (ms[j].sentence != ms[m0].sentence || ms[j].first_token + 6 < ms[m0].first_token) break;
    uint32_t oe = ms[j].entity;
    if (ms[j].kind != NM_MENTION_PRONOUN || oe >= c->d->entities.n || oe == e) continue;
    const char *r = c->tg[ms[j].first_token].deprel;
    if (!r || strcmp(r, "nmod:poss") != 0) return false;
    const char *oc = c->ent[oe].code;
    if (c->ent[oe].rank < 2 || strlen(oc) != 6 || !word_in(oc + 3, state_roles)) return false;
    char cc[4];
    snprintf(cc, sizeof cc, "%.3s", oc);
    if (!bare_country(cc)) return false;
    memcpy(out, cc, 4);
    return true;
  }
  return false;
}

/* Entity e's first mention into *m0, when it is a name in a sentence
 * after the first (a sentence before it to read). */
static bool first_name_after_first_sentence(const ectx *c, uint32_t e, uint32_t *m0) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  *m0 = es[e].n_mentions ? es[e].mentions[0] : NONE32;
  return *m0 < c->d->mentions.n && ms[*m0].kind == NM_MENTION_NAME && ms[*m0].sentence > 0;
}

/* "The Eastern Theater Command of the People's Liberation Army said ….
 * A spokesperson, Senior Col. Shi Yi, said …": a person first named
 * after "a spokesperson," speaks for the body the sentence before has as
 * its main subject; its country, when the body has a state's role. */
static bool spokesperson_body_country(const ectx *c, uint32_t e, char out[4]) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  uint32_t m0;
  if (!first_name_after_first_sentence(c, e, &m0)) return false;
  uint32_t si = ms[m0].sentence, f = ss[si].first_token;
  bool said_for = false; /* "a spokesperson," within six words before the name */
  for (uint32_t k = ms[m0].first_token; k > f && ms[m0].first_token - k < 7 && !said_for; k--)
    said_for = c->tg[k - 1].lemma && word_in(c->tg[k - 1].lemma, spokespeople) &&
               k < c->d->tokens.n && c->tg[k].upos && !strcmp(c->tg[k].upos, "PUNCT");
  if (!said_for) return false;
  for (size_t j = first_mention_of(c, si - 1); j < c->d->mentions.n && ms[j].sentence == si - 1;
       j++) {
    uint32_t oe = ms[j].entity;
    if (oe >= c->d->entities.n || ms[j].type != NM_ENT_ORG) continue;
    /* the main subject, or a name in its phrase ("The Eastern Theater
     * Command of the People's Liberation Army said") */
    const nm_sentence *ps = NULL;
    uint32_t k = mention_head_tok(c, &ms[j], &ps), up = 0;
    while (k != NONE32 && up < 6 && c->tg[k].deprel && strncmp(c->tg[k].deprel, "nsubj", 5) != 0) {
      k = head_up(c, ps, k);
      up++;
    }
    if (k == NONE32 || up == 6 || !c->tg[k].deprel || strncmp(c->tg[k].deprel, "nsubj", 5) != 0)
      continue;
    uint32_t v = c->tg[k].head; /* the subject's verb: the root */
    if (v < 1 || v > ps->n_tokens || c->tg[ps->first_token + v - 1].head != 0) continue;
    const char *oc = c->ent[oe].code;
    if (c->ent[oe].rank < 2 || strlen(oc) < 6 || !word_in(oc + 3, state_roles)) return false;
    snprintf(out, 4, "%.3s", oc);
    return bare_country(out);
  }
  return false;
}

/* "… the Algerian Foreign Ministry announced … . Ministry spokesman
 * Rachid Belkacemi accused the Malian authorities": a title whose body
 * word ("Ministry", "Department", "Office") comes right before the title
 * and names no country serves the body of that word named in the
 * sentence before (its country; not the one the person's sentence
 * names). */
static bool title_body_before_country(const ectx *c, uint32_t e, char out[4]) {
  static const char *const bodies[] = {"Ministry", "Department", "Office", "Secretariat", NULL};
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  uint32_t m0;
  if (!first_name_after_first_sentence(c, e, &m0)) return false;
  uint32_t si = ms[m0].sentence, f = ss[si].first_token, at = ms[m0].first_token;
  /* "Ministry spokesman X" opening the name's phrase: the body word two
   * words before the name, first in the sentence or after a comma */
  if (at < f + 2) return false;
  size_t bl;
  const char *bw = nm_tok_text(c->d, at - 2, &bl);
  const char *body = NULL;
  for (size_t q = 0; bodies[q] && !body; q++)
    if (strlen(bodies[q]) == bl && !memcmp(bw, bodies[q], bl)) body = bodies[q];
  if (!body || (at - 2 > f && !tok_is(c->d, at - 3, ","))) return false;
  out[0] = 0;
  for (size_t j = first_mention_of(c, si - 1); j < c->d->mentions.n && ms[j].sentence == si - 1;
       j++) {
    uint32_t oe = ms[j].entity;
    if (oe >= c->d->entities.n || ms[j].type != NM_ENT_ORG || ms[j].kind != NM_MENTION_NAME)
      continue;
    size_t ll;
    const char *lw = nm_tok_text(c->d, ms[j].first_token + ms[j].n_tokens - 1, &ll);
    if (ll != bl || memcmp(lw, body, bl) != 0 || !bare_country_prefix(c->ent[oe].code)) continue;
    if (out[0] && strncmp(out, c->ent[oe].code, 3) != 0) return false; /* two such bodies */
    snprintf(out, 4, "%.3s", c->ent[oe].code);
  }
  return out[0] && bare_country(out);
}

/* "Kamel Sharafeddine, a lawmaker allied with Hezbollah, condemned …": a
 * person whose description, set off by commas right after the name's
 * first mention, names an organisation of a country takes that country
 * (not the one the sentence before names). */
static bool description_body_country(const ectx *c, uint32_t e, char out[4]) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (!es[e].n_mentions || !c->ent) return false;
  for (uint32_t k = 0; k < es[e].n_mentions; k++) {
    uint32_t mi = es[e].mentions[k];
    if (mi >= c->d->mentions.n || ms[mi].kind != NM_MENTION_NAME) continue;
    uint32_t at = ms[mi].first_token + ms[mi].n_tokens, end = at + 14;
    if (at >= c->d->tokens.n || !tok_is(c->d, at, ",")) return false;
    const nm_token *t = (const nm_token *)c->d->tokens.data;
    for (size_t j = mi + 1; j < c->d->mentions.n && ms[j].first_token < end; j++) {
      if (ms[j].sentence != ms[mi].sentence) break;
      /* (a description, no finite verb: "its commander, Brig. Gen. Klaus
       * Werner, told The Associated Press" names the agency he told; "a
       * lawmaker allied with Hezbollah" is one) */
      for (uint32_t q = at + 1; q < ms[j].first_token; q++)
        if (tok_is(c->d, q, ",") || t[q].sentence != ms[mi].sentence ||
            (c->tg[q].xpos && (!strcmp(c->tg[q].xpos, "VBD") || !strcmp(c->tg[q].xpos, "VBZ") ||
                               !strcmp(c->tg[q].xpos, "VBP") || !strcmp(c->tg[q].xpos, "MD"))))
          return false;
      uint32_t oe = ms[j].entity;
      if (oe >= c->d->entities.n || ms[j].type != NM_ENT_ORG) continue;
      if (!bare_country_prefix(c->ent[oe].code)) return false;
      snprintf(out, 4, "%.3s", c->ent[oe].code);
      return bare_country(out);
    }
    return false;
  }
  return false;
}

/* "The Chinese Embassy in Manila accused … . In a statement, embassy
 * spokesman Liu Yifan said": a person whose title names an embassy and
 * no country serves the embassy named last before (in the two sentences
 * before the name's, or its own), of its country; not the country the
 * embassy is in, which the dateline may name. */
static bool embassy_country(const ectx *c, uint32_t e, char out[4]) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  if (!es[e].n_mentions || !c->tok_mention || !c->ent) return false;
  /* "Claire Dumont, a spokeswoman for the French Embassy in Beirut,": an
   * embassy in the description set off after the first name, its
   * country's adjective or name right before it (not the city it is in) */
  uint32_t n0 = es[e].mentions[0];
  if (n0 < c->d->mentions.n && ms[n0].kind == NM_MENTION_NAME) {
    uint32_t b = ms[n0].first_token + ms[n0].n_tokens, end = ss[ms[n0].sentence].first_token +
                                                              ss[ms[n0].sentence].n_tokens;
    for (uint32_t k = b + 1; b < end && tok_is(c->d, b, ",") && k < end && k <= b + 8; k++) {
      size_t len;
      const char *w = nm_tok_text(c->d, k, &len);
      if (len == 1 && w[0] == ',') break;
      if (len != 7 || !ci_eq(w, "embassy", 7)) continue;
      uint32_t m = c->tok_mention[k - 1];
      uint32_t oe = m != NONE32 ? ms[m].entity : NONE32;
      if (oe < c->d->entities.n && bare_country(c->ent[oe].code)) {
        memcpy(out, c->ent[oe].code, 4);
        return true;
      }
      break;
    }
  }
  if (!es[e].title) return false;
  size_t tl = strlen(es[e].title);
  bool embassy = false;
  for (size_t k = 0; k + 7 <= tl && !embassy; k++)
    embassy = (k == 0 || es[e].title[k - 1] == ' ') && ci_eq(es[e].title + k, "embassy", 7) &&
              (k + 7 == tl || es[e].title[k + 7] == ' ');
  uint32_t m0 = es[e].mentions[0];
  if (m0 >= c->d->mentions.n || ms[m0].kind != NM_MENTION_NAME) return false;
  /* (the title may be the word after it: "embassy spokesman") */
  for (uint32_t k = ms[m0].first_token, b = 0; k > ss[ms[m0].sentence].first_token && b < 3 &&
                                               !embassy;
       k--, b++) {
    size_t len;
    const char *w = nm_tok_text(c->d, k - 1, &len);
    embassy = len == 7 && ci_eq(w, "embassy", 7);
  }
  if (!embassy) return false;
  uint32_t si = ms[m0].sentence, from = ss[si >= 2 ? si - 2 : 0].first_token;
  out[0] = 0;
  for (uint32_t k = from; k < ms[m0].first_token && k < c->d->tokens.n; k++) {
    size_t len;
    const char *w = nm_tok_text(c->d, k, &len);
    if (len != 7 || !ci_eq(w, "embassy", 7)) continue;
    /* its country's name or adjective within three words before it */
    for (uint32_t o = k; o-- > from && k - o <= 3;) {
      uint32_t m = c->tok_mention[o];
      if (m == NONE32) continue;
      uint32_t oe = ms[m].entity;
      if (oe < c->d->entities.n && bare_country(c->ent[oe].code)) memcpy(out, c->ent[oe].code, 4);
      break;
    }
  }
  return out[0] != 0;
}

/* "Foreign Ministry spokesman Nasser Kanaani": the country of a state's
 * body named in the title right before e's first name, when the body has
 * one (IRNGOV, from the sentence before). */
static bool title_body_country(const ectx *c, uint32_t e, char out[4]) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  uint32_t m0 = es[e].mentions[0];
  if (m0 >= c->d->mentions.n || ms[m0].kind != NM_MENTION_NAME || !m0) return false;
  const nm_mention *b = &ms[m0 - 1];
  if (b->sentence != ms[m0].sentence || b->type != NM_ENT_ORG ||
      b->first_token + b->n_tokens + 2 < ms[m0].first_token || b->entity >= c->d->entities.n)
    return false;
  const char *bc = c->ent[b->entity].code;
  if (strlen(bc) != 6 || !bare_country_prefix(bc) || !word_in(bc + 3, state_roles)) return false;
  snprintf(out, 4, "%.3s", bc);
  return true;
}

/* "Kosovo's interior ministry said … Interior Minister Arben Krasniqi
 * said …": a minister's country is the one country whose ministry of the
 * same portfolio the minister's sentence or the three before named before
 * the minister ("Kosovo's interior ministry", "the Serbian defence
 * ministry"). */
/* Whether a mention of person e is the object of meeting ("met", "held
 * talks with", "received") whose subject is of country cc: "Rahimah met
 * Deputy Foreign Minister Kyaw Myo Thant" — an envoy of Malaysia meets
 * her hosts, not her own ministry's deputy minister. */
static bool met_by_country(const ectx *c, uint32_t e, const char *cc) {
  static const char *const meet[] = {"meet", "receive", "host", "visit", NULL};
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  for (uint32_t k = 0; k < es[e].n_mentions && k < 8; k++) {
    const nm_sentence *s = NULL;
    uint32_t h = name_clause_tok(c, es[e].mentions[k], false, &s);
    if (h == NONE32) continue;
    uint32_t f = s->first_token;
    if (!c->tg[h].deprel || c->tg[h].head < 1) continue;
    uint32_t v = f + c->tg[h].head - 1;
    /* (or whom one holds talks with: "Mongolian President X held talks
     * with Prime Minister Y", Japan's) */
    static const char *const talk[] = {"hold", "talk", "meet", "speak", "confer", NULL};
    bool with = dep_word_before(c, f, h, "with");
    if (with && !strcmp(c->tg[h].deprel, "nmod") && c->tg[v].head >= 1 && c->tg[v].deprel &&
        !strcmp(c->tg[v].deprel, "obj"))
      v = f + c->tg[v].head - 1; /* ("held talks with": the verb of the talks) */
    if (with && (!strcmp(c->tg[h].deprel, "obl") || !strcmp(c->tg[h].deprel, "nmod"))) {
      if (!c->tg[v].lemma || !word_in(c->tg[v].lemma, talk)) continue;
    } else if (strcmp(c->tg[h].deprel, "obj") || !c->tg[v].lemma ||
               !word_in(c->tg[v].lemma, meet)) {
      continue;
    }
    for (uint32_t q = v > f + 12 ? v - 12 : f; q < v; q++) {
      if (c->tg[q].head != v - f + 1 || !c->tg[q].deprel || strncmp(c->tg[q].deprel, "nsubj", 5))
        continue;
      uint32_t qm = c->tok_mention ? c->tok_mention[q] : NONE32;
      uint32_t qe = qm != NONE32 ? ms[qm].entity : NONE32;
      if (qe < c->d->entities.n && qe != e && strlen(c->ent[qe].code) >= 3 &&
          !strncmp(c->ent[qe].code, cc, 3))
        return true;
    }
  }
  return false;
}

static bool portfolio_ministry_country(const ectx *c, uint32_t e, char out[4]) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  const char *title = es[e].title;
  if (!title || !es[e].n_mentions || es[e].mentions[0] >= c->d->mentions.n) return false;
  const char *sp = strchr(title, ' ');
  if (!sp || strcmp(sp + 1, "Minister") != 0 || sp - title > 15 || sp == title) return false;
  size_t plen = (size_t)(sp - title); /* the portfolio: "Interior", "Foreign", "Defence" */
  uint32_t end = ms[es[e].mentions[0]].first_token, si = ms[es[e].mentions[0]].sentence;
  const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
  if (si >= c->d->sentences.n) return false;
  uint32_t from = ss[si > 3 ? si - 3 : 0].first_token; /* its sentence and the three before */
  char found[4] = "";
  for (uint32_t t = from > 3 ? from : 3; t < end && t < c->d->tokens.n; t++) {
    size_t l, lp;
    const char *w = nm_tok_text(c->d, t, &l);
    const char *pw = nm_tok_text(c->d, t - 1, &lp);
    if (l != 8 || strncasecmp(w, "ministry", 8) != 0 || lp != plen ||
        strncasecmp(pw, title, plen) != 0)
      continue;
    size_t lq;
    const char *q = nm_tok_text(c->d, t - 2, &lq);
    uint32_t owner = (lq == 2 && !memcmp(q, "'s", 2)) || (lq == 4 && !memcmp(q, "\xe2\x80\x99s", 4))
                         ? t - 3
                         : t - 2; /* "Kosovo's interior ministry", "the Serbian defence ministry" */
    uint32_t m = c->tok_mention[owner];
    if (m == NONE32 || m >= c->d->mentions.n || ms[m].entity >= c->d->entities.n) continue;
    const char *code = c->ent[ms[m].entity].code;
    if (!bare_country(code)) continue;
    if (found[0] && strncmp(found, code, 3) != 0) return false; /* two countries: no guess */
    snprintf(found, sizeof found, "%.3s", code);
  }
  if (!found[0]) return false;
  memcpy(out, found, 4);
  return true;
}

/* "In Caracas, Foreign Minister Yván Gil accused Georgetown …": the
 * country of the place a sentence opens with ("In", a place, a comma),
 * where its people speak from. */
static bool opening_place_country(const ectx *c, uint32_t si, char out[4]) {
  size_t mi = first_mention_of(c, si);
  if (mi >= c->d->mentions.n || si >= c->d->sentences.n) return false;
  const nm_mention *m = (const nm_mention *)c->d->mentions.data + mi;
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + si;
  uint32_t after = m->first_token + m->n_tokens;
  if (m->sentence != si || m->type != NM_ENT_GPE || m->first_token != s->first_token + 1 ||
      after >= s->first_token + s->n_tokens || m->entity >= c->d->entities.n)
    return false;
  size_t l0, l1;
  const char *w0 = nm_tok_text(c->d, s->first_token, &l0);
  const char *w1 = nm_tok_text(c->d, after, &l1);
  if (l0 != 2 || strncmp(w0, "In", 2) != 0 || l1 != 1 || w1[0] != ',') return false;
  const char *code = c->ent[m->entity].code;
  if (!bare_country(code)) return false;
  memcpy(out, code, 3);
  out[3] = 0;
  return true;
}

/* "TAIPEI, Taiwan (Wire) — … President Lai Ching-te, who was sworn in
 * Monday, visited a marine corps base in Taoyuan": the dateline's
 * country, when every place sentence si names (in any role) is of it. */
static bool dateline_places_country(const ectx *c, uint32_t si, char out[4]) {
  if (c->dateline_place == NONE32 || c->dateline_place >= c->d->places.n) return false;
  const char *dc = ((const nm_place *)c->d->places.data)[c->dateline_place].country;
  if (!bare_country(dc)) return false;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  bool seen = false;
  for (size_t i = first_mention_of(c, si); i < c->d->mentions.n && ms[i].sentence == si; i++) {
    if (ms[i].type != NM_ENT_GPE || ms[i].entity >= c->d->entities.n) continue;
    const char *code = c->ent[ms[i].entity].code;
    if (!bare_country(code)) continue;
    if (strncmp(code, dc, 3) != 0) return false;
    seen = true;
  }
  if (seen) {
    memcpy(out, dc, 3);
    out[3] = 0;
  }
  return seen;
}

/* The one country of the people coded with a state's role (GOV, MIL …)
 * that sentence of mention mi names before it, the entity self aside;
 * false when there are none or they are of two countries. */
static bool officials_before_country(const ectx *c, uint32_t mi, uint32_t self, char out[4]) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  uint32_t si = ms[mi].sentence;
  char cc[4] = "";
  for (size_t i = first_mention_of(c, si); i < mi && ms[i].sentence == si; i++) {
    if (ms[i].type != NM_ENT_PERSON || ms[i].entity >= c->d->entities.n || ms[i].entity == self)
      continue;
    const acode *o = &c->ent[ms[i].entity];
    char role[4] = "";
    if (strlen(o->code) >= 6) memcpy(role, o->code + 3, 3);
    if (o->rank < 3 || !role[0] || !bare_country_prefix(o->code) || !word_in(role, state_roles))
      continue;
    if (cc[0] && strncmp(cc, o->code, 3) != 0) return false;
    memcpy(cc, o->code, 3);
    cc[3] = 0;
  }
  if (!cc[0]) return false;
  memcpy(out, cc, 4);
  return true;
}

/* Whether every place sentence si names (at least two, the entity self
 * aside) lies in one country, and it names no other: "a power struggle
 * between army chief Gen. X and the RSF … in the capital, Khartoum, before
 * spreading to Darfur" is Sudan's, whatever the article's main country. */
static bool sentence_places_country(const ectx *c, uint32_t si, uint32_t self, char out[4]) {
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  char cc[4] = "";
  int n = 0;
  /* (not the places of what the person says: "Deputy Foreign Minister X
   * said that planners were operating from Pakistan's Khyber Pakhtunkhwa
   * and demanded that Islamabad act", a Taliban official) */
  uint32_t cut = UINT32_MAX;
  static const char *const speech[] = {"say", "tell", "add", "claim", "allege", "insist", NULL};
  for (size_t i = first_mention_of(c, si); i < c->d->mentions.n && ms[i].sentence == si; i++) {
    if (ms[i].entity != self || ms[i].kind != NM_MENTION_NAME) continue;
    uint32_t k = ms[i].first_token + ms[i].n_tokens;
    if (k < c->d->tokens.n && c->tg[k].lemma && word_in(c->tg[k].lemma, speech)) cut = k;
    break;
  }
  for (size_t i = first_mention_of(c, si); i < c->d->mentions.n && ms[i].sentence == si; i++) {
    if (ms[i].entity >= c->d->entities.n || ms[i].entity == self) continue;
    if (ms[i].type != NM_ENT_GPE && ms[i].type != NM_ENT_LOC && ms[i].type != NM_ENT_NORP)
      continue;
    if (ms[i].first_token > cut) { /* (the place it is said in counts: "said in Islamabad") */
      bool content = false;
      for (uint32_t k = cut + 1; k < ms[i].first_token && !content; k++)
        content = (c->tg[k].xpos && !strncmp(c->tg[k].xpos, "VB", 2)) ||
                  (c->tg[k].lemma && !strcmp(c->tg[k].lemma, "that"));
      if (content) continue;
    }
    const char *code = c->ent[ms[i].entity].code;
    if (!bare_country(code)) {
      if (ms[i].type != NM_ENT_LOC) return false; /* a place of no one country */
      continue;
    }
    if (cc[0] && strncmp(code, cc, 3) != 0) return false;
    memcpy(cc, code, 3);
    cc[3] = 0;
    n++;
  }
  if (n < 2) return false;
  memcpy(out, cc, 4);
  return true;
}

/* A person coded by a title alone ("President Okafor", ---GOV) takes the
 * country coreference gave the person, else the United States when a US
 * party tag follows the name, else the one country the sentence of the
 * person's name names, else, for a state's or a party's role, the
 * article's country (article_country(): "President Daniel Mwangi" in a
 * story from Nairobi about Kenya). */
/* The object of v when v is a relative clause of leading a body ("…,
 * who commands the RSF": "RSF"), with "who" or "that" its subject, in
 * sentence s; else NONE32. Both led_body_code() and led_by_code() read
 * the clause through it. */
static uint32_t lead_clause_object(const ectx *c, const nm_sentence *s, uint32_t v) {
  static const char *const rel[] = {"who", "that", NULL};
  uint32_t f = s->first_token, end = f + s->n_tokens;
  const char *r = c->tg[v].deprel;
  if (!r || strcmp(r, "acl:relcl") != 0 || !c->tg[v].lemma || !word_in(c->tg[v].lemma, lead_verbs))
    return NONE32;
  bool who = false;
  uint32_t obj = NONE32;
  for (uint32_t j = v > f + 3 ? v - 3 : f; j < end && j < v + 8; j++) {
    const char *rj = c->tg[j].deprel;
    if (c->tg[j].head != v - f + 1 || !rj) continue;
    if (j < v && !strncmp(rj, "nsubj", 5) && c->tg[j].lemma && word_in(c->tg[j].lemma, rel))
      who = true;
    if (j > v && !strcmp(rj, "obj") && obj == NONE32) obj = j;
  }
  return who ? obj : NONE32;
}

/* "His rival, Gen. Yasir Bakri, who commands the RSF": a person whose
 * name takes a relative clause of leading a body coded with a country
 * and a role is that body's (SDNREB, not the SDNMIL of "Gen." and the
 * story's country). The clause's verb and its object lie within a few
 * words of the name. */
static bool led_body_code(const ectx *c, size_t e, acode *out) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  for (uint32_t k = 0; k < es[e].n_mentions && k < 8; k++) {
    uint32_t mi = es[e].mentions[k];
    if (mi >= c->d->mentions.n || ms[mi].kind != NM_MENTION_NAME) continue;
    const nm_sentence *s = NULL;
    uint32_t h = mention_head_tok(c, &ms[mi], &s);
    if (h == NONE32) continue;
    uint32_t f = s->first_token, end = f + s->n_tokens;
    /* (a name hung under its title: "Gen. <- Yasir Bakri") */
    const char *hr = c->tg[h].deprel ? c->tg[h].deprel : "";
    if ((!strncmp(hr, "flat", 4) || !strncmp(hr, "compound", 8)) && c->tg[h].head >= 1 &&
        c->tg[h].head <= s->n_tokens && f + c->tg[h].head - 1 < h)
      h = f + c->tg[h].head - 1;
    /* (or on the noun the name is in apposition to, the parse may hang
     * the clause there: "His rival, Gen. X, who commands …") */
    uint32_t ha = h;
    hr = c->tg[h].deprel ? c->tg[h].deprel : "";
    if (!strcmp(hr, "appos") && c->tg[h].head >= 1 && f + c->tg[h].head - 1 < h)
      ha = f + c->tg[h].head - 1;
    for (uint32_t v = h + 1; v < end && v < h + 10; v++) {
      if (c->tg[v].head != h - f + 1 && c->tg[v].head != ha - f + 1) continue;
      uint32_t obj = lead_clause_object(c, s, v);
      /* (a part of the body is not the body: "who leads the largest bloc
       * opposing the bill" in the Senate) */
      static const char *const parts[] = {"bloc", "faction", "caucus", "wing", NULL};
      if (obj != NONE32 && c->tg[obj].lemma && word_in(c->tg[obj].lemma, parts)) continue;
      uint32_t om = obj != NONE32 ? c->tok_mention[obj] : NONE32;
      uint32_t oe = om != NONE32 ? ms[om].entity : NONE32;
      if (oe >= c->d->entities.n || oe == e) continue;
      const acode *o = &c->ent[oe];
      if (o->rank < 2 || strlen(o->code) < 6 || !bare_country_prefix(o->code)) continue;
      /* (a head of government who heads the ruling party stays the
       * government's: "Prime Minister Gombojav Batsaikhan …, who heads the
       * ruling Mongolian People's Party", MNGGOV, not MNGPTY) */
      static const char *const offices[] = {"prime minister", "president", "premier",
                                            "chancellor", NULL};
      if (!strcmp(o->code + strlen(o->code) - 3, "PTY") && es[e].title &&
          title_in(es[e].title, offices))
        continue;
      *out = *o;
      snprintf(out->reason, sizeof out->reason, "leads the body its relative clause names: %.40s",
               es[oe].name ? es[oe].name : o->code);
      return true;
    }
  }
  return false;
}

/* "The Houthis said … The rebels' spokesman, Yahya Saree, vowed …": a
 * person whose description makes him a rebel's or insurgent's (---REB,
 * ---INS) speaks for the one armed group of that role the story named
 * before him (YEMREB); two such groups, no guess. */
static bool story_group_before(const ectx *c, size_t e, acode *a) {
  static const char *const roles[] = {"REB", "INS", NULL};
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (strlen(a->code) != 6 || !word_in(a->code + 3, roles) || !es[e].n_mentions ||
      es[e].mentions[0] >= c->d->mentions.n)
    return false;
  uint32_t first = es[e].mentions[0];
  const char *found = NULL;
  for (uint32_t m = 0; m < first; m++) {
    if (ms[m].kind != NM_MENTION_NAME || ms[m].entity >= c->d->entities.n ||
        ms[m].entity == e)
      continue;
    const char *code = c->ent[ms[m].entity].code;
    if (strlen(code) != 6 || code[0] == '-' || strcmp(code + 3, a->code + 3) != 0) continue;
    if (found && strcmp(found, code) != 0) return false;
    found = code;
  }
  if (!found) return false;
  snprintf(a->code, sizeof a->code, "%s", found);
  snprintf(a->reason, sizeof a->reason, "the group of that role the story named before: %s",
           found);
  a->rank = 3;
  return true;
}

/* "Melia, who leads the Coalition for Change alliance": a body the
 * dictionaries lack, led by a person coded as an opposition figure, a
 * rebel, an insurgent or a party man, is of that country and side
 * (GEOOPP). Persons come first in the entity loop only when named first,
 * so the leader's code is read as it stands. */
static void led_by_code(ectx *c, size_t e) {
  static const char *const sides[] = {"OPP", "REB", "INS", "PTY", NULL};
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  for (uint32_t k = 0; k < es[e].n_mentions && k < 8; k++) {
    uint32_t mi = es[e].mentions[k];
    if (mi >= c->d->mentions.n) continue;
    const nm_sentence *s = NULL;
    uint32_t t = mention_head_tok(c, &ms[mi], &s);
    if (t == NONE32 || !c->tg[t].deprel || strcmp(c->tg[t].deprel, "obj") != 0) continue;
    uint32_t f = s->first_token, hv = c->tg[t].head;
    if (hv < 1 || hv > s->n_tokens) continue;
    uint32_t v = f + hv - 1;
    if (lead_clause_object(c, s, v) != t || c->tg[v].head < 1 || c->tg[v].head > s->n_tokens)
      continue;
    uint32_t pm = c->tok_mention[f + c->tg[v].head - 1];
    uint32_t pe = pm != NONE32 ? ms[pm].entity : NONE32;
    if (pe >= c->d->entities.n || pe == e || es[pe].type != NM_ENT_PERSON) continue;
    const acode *pa = &c->ent[pe];
    if (pa->rank < 2 || strlen(pa->code) != 6 || !bare_country_prefix(pa->code) ||
        !word_in(pa->code + 3, sides))
      continue;
    c->ent[e] = *pa;
    snprintf(c->ent[e].reason, sizeof c->ent[e].reason, "led by %.40s, %s",
             es[pe].name ? es[pe].name : "a person", pa->code);
    c->ent[e].rank = 2;
    return;
  }
}

/* Whether entity e's first mention is in the first words of a sentence
 * that opens with "Its" or "Their" ("Its envoy to the U.N., X, …"). */
static bool opens_with_its(const ectx *c, size_t e) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  if (!es[e].n_mentions || es[e].mentions[0] >= c->d->mentions.n) return false;
  const nm_mention *m0p = (const nm_mention *)c->d->mentions.data + es[e].mentions[0];
  if (m0p->sentence >= c->d->sentences.n) return false;
  const nm_sentence *s0 = (const nm_sentence *)c->d->sentences.data + m0p->sentence;
  return m0p->first_token < s0->first_token + 12 &&
         (tok_is(c->d, s0->first_token, "Its") || tok_is(c->d, s0->first_token, "Their"));
}

/* Whether title t ends in word w (any case). */
static bool title_ends(const char *t, const char *w) {
  size_t lt = strlen(t), lw = strlen(w);
  return lt >= lw && strncasecmp(t + lt - lw, w, lw) == 0 &&
         (lt == lw || t[lt - lw - 1] == ' ');
}

/* Whether e's first mention follows "Its" and a description of nouns and
 * adjectives only, set off by a comma ("Its country director, Mariam
 * Okonjo-Bello,"; not "Its troops killed Ahmed Ali"). */
static bool described_after_its(const ectx *c, size_t e) {
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  const nm_word_tags *t = (const nm_word_tags *)c->d->tags.data;
  const nm_mention *m0 = (const nm_mention *)c->d->mentions.data + es[e].mentions[0];
  const nm_sentence *s0 = (const nm_sentence *)c->d->sentences.data + m0->sentence;
  if (c->d->tags.n != c->d->tokens.n || m0->first_token < s0->first_token + 3) return false;
  /* (an honorific may stand between: "Its secretary-general, Dr. Marcia
   * Thompson-Greene,") */
  uint32_t at = m0->first_token;
  static const char *const honorifics[] = {"Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Dr", NULL};
  for (size_t q = 0; honorifics[q] && at > s0->first_token + 2; q++)
    if (tok_is(c->d, at - 1, honorifics[q])) {
      at--;
      break;
    }
  if (!tok_is(c->d, at - 1, ",")) return false;
  /* (and the place an envoy is posted in or to: "Its ambassador in
   * Yerevan, Mehdi Rezvani,") */
  bool envoy = false;
  for (uint32_t k = s0->first_token + 1; k + 1 < at; k++) {
    if (envoy && (tok_is(c->d, k, "in") || tok_is(c->d, k, "to")) && k + 2 < at &&
        t[k + 1].upos && !strcmp(t[k + 1].upos, "PROPN"))
      continue;
    if (!t[k].upos || !(strcmp(t[k].upos, "NOUN") == 0 || strcmp(t[k].upos, "ADJ") == 0 ||
                        strcmp(t[k].upos, "PROPN") == 0 || tok_is(c->d, k, "-")))
      return false;
    envoy = envoy || envoy_tok(c, k);
  }
  return true;
}

/* Whether an envoy's word is among the words of the sentence before
 * mention m ("Its ambassador in Yerevan, X"). */
static bool its_envoy(const ectx *c, const nm_mention *m) {
  const nm_sentence *s0 = (const nm_sentence *)c->d->sentences.data + m->sentence;
  for (uint32_t k = s0->first_token; k < m->first_token; k++)
    if (envoy_tok(c, k)) return true;
  return false;
}

static void role_country(ectx *c, size_t e, const char *focus) {
  acode *a = &c->ent[e];
  const nm_entity *es = (const nm_entity *)c->d->entities.data;
  /* (or a titled person with no code at all whose sentence opens with
   * "Its": "Its country director, Mariam Okonjo-Bello, said …", below) */
  bool its_open = opens_with_its(c, e);
  bool untitled_code = !a->code[0] && es[e].type == NM_ENT_PERSON && its_open &&
                       (es[e].title || described_after_its(c, e));
  /* (and an envoy or representative with no body named, "Acting special
   * representative Hanna Lindqvist said …" after "The United Nations
   * Support Mission in Libya said …": the body the sentence before
   * reports, as for a spokesperson) */
  bool envoy = !a->code[0] && es[e].type == NM_ENT_PERSON && es[e].title &&
               (title_ends(es[e].title, "representative") || title_ends(es[e].title, "envoy"));
  untitled_code = untitled_code || envoy;
  /* (or a dictionary code of a role alone, the team's for a name many
   * states' bodies have: "Colorado Party", ---PTY) */
  if (!untitled_code && (a->rank < 2 || strncmp(a->code, "---", 3) != 0)) return;
  if (es[e].type == NM_ENT_PERSON && led_body_code(c, e, a)) return;
  if (es[e].type == NM_ENT_PERSON && story_group_before(c, e, a)) return;
  if (a->owner && a->owner - 1 != e && a->owner - 1 < c->d->entities.n) {
    /* the owner's country, which the owner may take here first (once:
     * owners of owners never loop) */
    size_t oe = a->owner - 1;
    acode *o = &c->ent[oe];
    a->owner = 0;
    role_country(c, oe, focus);
    if (o->rank >= 2 && bare_country_prefix(o->code)) {
      memcpy(a->code, o->code, 3);
      snprintf(a->reason, sizeof a->reason, "the owner of the description: %.3s", o->code);
      return;
    }
    /* "the agency's Board of Governors": a body of an international
     * organisation (IGO…, NGO…) is that organisation's, not of a country
     * the sentence names */
    if (o->rank >= 2 && es[e].type == NM_ENT_ORG &&
        (!strncmp(o->code, "IGO", 3) || !strncmp(o->code, "NGO", 3))) {
      char code[CODE_CAP]; /* (o may be a itself) */
      snprintf(code, sizeof code, "%s", o->code);
      snprintf(a->code, sizeof a->code, "%s", code);
      snprintf(a->reason, sizeof a->reason, "the owner of the body: %.24s", code);
      return;
    }
  }
  if (es[e].type == NM_ENT_ORG) {
    /* "Jordanian police arrested ..., the Interior Ministry said": a
     * state's body named without its country takes the one country the
     * sentence of its first name names */
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    /* ... and so does a named group of one country's politics the
     * dictionaries do not place ("the National Liberation Army", whose
     * entries are Colombia's and Bolivia's): rebels, insurgents, the
     * opposition, a party, a cartel ("the Jalisco New Generation Cartel") */
    static const char *const groups[] = {"REB", "INS", "OPP", "PTY", "CRM", NULL};
    if (strlen(a->code) != 6 || !es[e].n_mentions ||
        !(word_in(a->code + 3, state_roles) || word_in(a->code + 3, groups)))
      return;
    uint32_t mi = es[e].mentions[0];
    /* the first name after a wire story's headline */
    for (uint32_t k = 0; k < es[e].n_mentions && c->d->has_dateline; k++) {
      uint32_t mk = es[e].mentions[k];
      if (mk < c->d->mentions.n && ms[mk].kind == NM_MENTION_NAME &&
          ms[mk].start >= c->d->dateline.start) {
        mi = mk;
        break;
      }
    }
    if (mi >= c->d->mentions.n || ms[mi].kind != NM_MENTION_NAME) return;
    /* (a cartel by its name's last word: not "the Gang Suppression Force",
     * a force against gangs) */
    if (!strcmp(a->code + 3, "CRM")) {
      static const char *const crime_heads[] = {"cartel", "gang", "mafia", "syndicate", "clan"};
      size_t len;
      const char *last = nm_tok_text(c->d, ms[mi].first_token + ms[mi].n_tokens - 1, &len);
      bool crime = false;
      for (size_t k = 0; k < sizeof crime_heads / sizeof *crime_heads && !crime; k++)
        crime = len == strlen(crime_heads[k]) && ci_eq(last, crime_heads[k], len);
      if (!crime) return;
    }
    char cc[4] = "";
    const char *why = "the place \"the territory's\" (country's …) before the name refers to";
    /* "the territory's Health Ministry": the place named last before */
    bool anaphoric = anaphoric_country(c, (uint32_t)e, cc);
    /* "the navy's Bahrain-based Fifth Fleet": a body owned by "the navy"
     * (army, military …) is of the body of that name named before ("the
     * U.S. Navy said") */
    if (!anaphoric && owner_body_country(c, &ms[mi], cc)) {
      anaphoric = true;
      why = "the body \"the navy's\" (army's …) before the name refers to";
    }
    /* "In Beijing, a spokeswoman accused Taiwan's ruling Democratic
     * Progressive Party": the country whose possessive the name follows
     * (past two lower-case words at most) */
    if (!anaphoric && c->tok_mention) {
      uint32_t k = ms[mi].first_token, first = ((const nm_sentence *)c->d->sentences.data +
                                                ms[mi].sentence)->first_token;
      for (int skip = 0; skip < 2 && k > first + 2; skip++) {
        size_t len;
        const char *w = nm_tok_text(c->d, k - 1, &len);
        if (!len || w[0] < 'a' || w[0] > 'z') break;
        k--;
      }
      bool poss = k > first + 1 &&
                  (tok_is(c->d, k - 1, "'s") || tok_is(c->d, k - 1, "\xe2\x80\x99s"));
      uint32_t pm = poss ? c->tok_mention[k - 2] : NONE32;
      uint32_t pe = pm != NONE32 ? ms[pm].entity : NONE32;
      if (pe < c->d->entities.n && pe != e && bare_country(c->ent[pe].code)) {
        memcpy(cc, c->ent[pe].code, 4);
        anaphoric = true;
        why = "the country whose possessive is before the name";
      }
    }
    /* "The Taliban-run Ministry of Energy and Water": the country of the
     * actor that runs (leads, controls) the body, named right before */
    if (!anaphoric && c->tok_mention) {
      uint32_t k = ms[mi].first_token, first = ((const nm_sentence *)c->d->sentences.data +
                                                ms[mi].sentence)->first_token;
      static const char *const runs[] = {"run", "led", "controlled", "administered", NULL};
      bool run = false;
      for (int r = 0; runs[r] && !run && k >= first + 3; r++)
        run = tok_is(c->d, k - 1, runs[r]) && tok_is(c->d, k - 2, "-");
      uint32_t pm = run ? c->tok_mention[k - 3] : NONE32;
      uint32_t pe = pm != NONE32 ? ms[pm].entity : NONE32;
      if (pe < c->d->entities.n && pe != e && bare_country_prefix(c->ent[pe].code)) {
        memcpy(cc, c->ent[pe].code, 3);
        cc[3] = 0;
        anaphoric = true;
        why = "the country of the actor that runs the body";
      }
    }
    /* "the Water Resources Ministry in Tashkent": the country of the
     * place named right after the body with "in" */
    if (!anaphoric && c->tok_mention) {
      uint32_t k = ms[mi].first_token + ms[mi].n_tokens;
      uint32_t pm = k + 1 < c->d->tokens.n && tok_is(c->d, k, "in") &&
                            ((const nm_token *)c->d->tokens.data)[k + 1].sentence == ms[mi].sentence
                        ? c->tok_mention[k + 1]
                        : NONE32;
      uint32_t pe = pm != NONE32 && ms[pm].type == NM_ENT_GPE ? ms[pm].entity : NONE32;
      if (pe < c->d->entities.n && pe != e && bare_country_prefix(c->ent[pe].code)) {
        memcpy(cc, c->ent[pe].code, 3);
        cc[3] = 0;
        anaphoric = true;
        why = "the country of the place the body is in";
      }
    }
    /* "Burkina Faso's government spokesman said the Foreign Ministry had
     * summoned Ivory Coast's charge d'affaires": a state's body in the
     * words of an official of a state is that state's */
    /* (not an army: "the Arakan Army" in a Myanmar official's words is
     * a rebel force) */
    /* (nor a name whose last word is no state's body's: "the Democratic
     * Progressive Party" in a Chinese official's words is Taiwan's) */
    static const char *const state_heads[] = {
        "ministry",  "court",   "parliament", "assembly",   "council",   "congress",
        "senate",    "police",  "service",    "office",     "commission", "tribunal",
        "authority", "department", "agency",  "directorate", "bureau",   NULL};
    size_t hl = 0;
    const char *hw = nm_tok_text(c->d, ms[mi].first_token + ms[mi].n_tokens - 1, &hl);
    char hb[16] = "";
    for (size_t k = 0; k < hl && k + 1 < sizeof hb; k++)
      hb[k] = (char)(hw[k] | 0x20), hb[k + 1] = 0;
    /* (but an army a state's "Armed Forces" name: "Government spokesman
     * Mehdi Lahlou said … that the Royal Armed Forces had conducted no
     * operation", Morocco's, not Algeria's that the sentence names) */
    bool armed_forces = ms[mi].n_tokens >= 2 && !strcmp(hb, "forces") &&
                        tok_is(c->d, ms[mi].first_token + ms[mi].n_tokens - 2, "Armed");
    if (!anaphoric && c->d->quotes.n &&
        (strcmp(a->code + 3, "MIL") != 0 ? word_in(hb, state_heads) : armed_forces)) {
      const nm_quote *qs = (const nm_quote *)c->d->quotes.data;
      uint32_t q = event_quote(c, ms[mi].start);
      uint32_t sp = q != NONE32 ? qs[q].speaker : NONE32;
      if (sp < c->d->entities.n && sp != (uint32_t)e && c->ent[sp].rank >= 2 &&
          strlen(c->ent[sp].code) >= 6 && bare_country_prefix(c->ent[sp].code) &&
          word_in(c->ent[sp].code + 3, state_roles)) {
        memcpy(cc, c->ent[sp].code, 3);
        cc[3] = 0;
        anaphoric = true;
        why = "a state's body in the words of that state's official";
      }
    }
    if (!anaphoric) {
      why = "body and the sentence's one country";
      sentence_country(c, ms[mi].sentence, (uint32_t)e, NONE32, false, cc);
    }
    /* "In Beijing, a Foreign Ministry spokesman, Xu Weiping, urged …" */
    if (!cc[0] && opening_place_country(c, ms[mi].sentence, cc))
      why = "body and the place the sentence opens with";
    /* (not a court, the story's own country's, not another's that the
     * sentence before names: "She said the Treasury Department would … .
     * The move follows a ruling by the Supreme Tribunal of Justice" in a
     * story from Caracas) */
    if (!cc[0] && ms[mi].sentence > 0 && first_in_sentence(c, mi) &&
        strcmp(a->code + 3, "JUD") != 0) {
      /* "Beijing condemned the measures. Foreign Ministry spokesman …" */
      previous_country(c, mi, (uint32_t)e, NULL, cc);
      why = "body and the sentence before's one country";
    }
    if (!cc[0] && reports_dateline_country(c, &ms[mi], cc))
      why = "body reporting its dateline country's act";
    if (!cc[0] && focus[0]) {
      memcpy(cc, focus, 4);
      why = "body and the article's country";
    }
    if (!cc[0]) return;
    char code[CODE_CAP];
    join_agent(code, sizeof code, cc, a->code + 3, false);
    snprintf(a->code, sizeof a->code, "%s", code);
    snprintf(a->reason, sizeof a->reason, "%s: %s", why, cc);
    a->rank = 3;
    return;
  }
  if (es[e].type != NM_ENT_PERSON) return;
  /* "Russia's Foreign Ministry said ... Spokeswoman Maria Zakharova
   * accused": a spokesperson named with no body speaks for the body the
   * sentence before names, when that body is coded with its role */
  /* ... and so does a person with a role and no country whose
   * description opens the sentence with "Its" or "Their" ("Sudan's government welcomed the veto. Its
   * envoy to the U.N., Al-Harith Idriss, thanked Moscow": SDNGOV), from
   * the sentence before's subject only */
  bool its = (a->code[0] == '-' || untitled_code) && its_open;
  /* (a spokesperson named after the description "a spokesman," that gave
   * no title: "The government denied any role. A spokesman, Josefa
   * Raikadroka, said") */
  bool spoke = es[e].title && ci_eq(es[e].title, "spokes", 6);
  if (!spoke && es[e].n_mentions && es[e].mentions[0] < c->d->mentions.n) {
    const nm_mention *m0p = (const nm_mention *)c->d->mentions.data + es[e].mentions[0];
    uint32_t f = m0p->first_token;
    spoke = f >= 2 && m0p->kind == NM_MENTION_NAME && c->tg[f - 1].lemma &&
            !strcmp(c->tg[f - 1].lemma, ",") && c->tg[f - 2].lemma &&
            word_in(c->tg[f - 2].lemma, spokespeople);
  }
  if (((!strcmp(a->code, "---MED") && spoke) || its || envoy) && es[e].n_mentions) {
    const char *who = its ? "owned by \"its\"" : envoy ? "envoy or representative" : "spokesperson";
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    uint32_t m0 = es[e].mentions[0];
    /* "ministry spokesman Abdullahi Ali Anod": a state's body in the
     * title right before the name is the one spoken for; a body of
     * another role (al-Shabab, SOMREB) is not */
    const char *own = NULL;
    for (uint32_t k = ms[m0].first_token, b = 0; k > 0 && b < 3 && !own; k--, b++)
      if (c->d->tokens.n >= k && ((const nm_token *)c->d->tokens.data)[k - 1].sentence ==
                                     ms[m0].sentence)
        own = state_body(c, k - 1);
    /* "Pakistan's Foreign Office accused the Taliban of … . 'Such
     * actions …,' spokeswoman Sadia Rehman told": a body that is a
     * subject first (pass 0), then the nearest */
    for (int pass = 0; pass < (its ? 1 : 2); pass++) {
      for (uint32_t j = m0; j-- > 0 && m0 < c->d->mentions.n;) {
        if (ms[j].sentence + 1 < ms[m0].sentence) break;
        if (its && ms[j].sentence == ms[m0].sentence) continue; /* "to the U.N." */
        if (pass == 0 && !mention_subject(c, &ms[j]) && !modifies_subject(c, &ms[j]))
          continue;
        uint32_t oe = ms[j].entity;
        const char *body = NULL;
        if ((ms[j].type == NM_ENT_GPE || ms[j].type == NM_ENT_NORP) && oe < c->d->entities.n &&
            oe != e && bare_country(c->ent[oe].code) &&
            (body = state_body_after(c, &ms[j])) != NULL) {
          /* "China's foreign ministry accused …": the body's country and
           * role; the title's own body's role, in that country, when it
           * names one ("China's coast guard said … Foreign ministry
           * spokesman Lin Jian": CHNGOV) */
          char code[CODE_CAP];
          join_agent(code, sizeof code, c->ent[oe].code, own ? own : body, false);
          snprintf(a->code, sizeof a->code, "%s", code);
          snprintf(a->reason, sizeof a->reason, "%s of the body named before: %s %s",
                   who, es[oe].name ? es[oe].name : c->ent[oe].code, body);
          a->rank = 3;
          return;
        }
        /* "Iran welcomed the handover. Its ambassador in Yerevan, Mehdi
         * Rezvani, said": the country the sentence before has as its main
         * clause's subject (not "the documents Cambodia had submitted"),
         * with the role the title gives or an envoy's */
        const nm_sentence *js = NULL;
        uint32_t jt = its && pass == 0 && ms[j].type == NM_ENT_GPE
                          ? mention_head_tok(c, &ms[j], &js)
                          : NONE32;
        if (jt != NONE32 && js && subject_of_main_clause(c, jt, js) && oe < c->d->entities.n &&
            oe != e && strlen(c->ent[oe].code) == 3 && bare_country(c->ent[oe].code)) {
          const char *role = strlen(a->code) == 6 && !strncmp(a->code, "---", 3) ? a->code + 3
                             : its_envoy(c, &ms[m0]) ? "GOV" : NULL;
          if (!role) continue;
          char code[CODE_CAP];
          join_agent(code, sizeof code, c->ent[oe].code, role, false);
          snprintf(a->code, sizeof a->code, "%s", code);
          snprintf(a->reason, sizeof a->reason, "%s of the country named before: %s", who,
                   c->ent[oe].code);
          a->rank = 3;
          return;
        }
        if (ms[j].type != NM_ENT_ORG || oe >= c->d->entities.n || !c->ent[oe].rank) continue;
        char oc[CODE_CAP];
        snprintf(oc, sizeof oc, "%s", c->ent[oe].code);
        if (oe == e || strlen(oc) < 6 || oc[0] == '-') break;
        if (own && !strstr(oc + 3, own)) continue;
        /* ("The European Union banned such exports. Its chief executive,
         * Petri Lindqvist, said": a firm's officer is no officer of a union
         * of states; "its" is the firm the story described; a state's
         * authority has chief executives) */
        static const char *const firm_titles[] = {"chief executive", "ceo",   "managing director",
                                                  "founder",         "owner", NULL};
        bool firm_title = false;
        for (size_t q = 0; its && es[e].title && firm_titles[q] && !firm_title; q++)
          firm_title = strlen(es[e].title) == strlen(firm_titles[q]) &&
                       ci_eq(es[e].title, firm_titles[q], strlen(firm_titles[q]));
        if (firm_title && !strncmp(oc, "IGO", 3)) break;
        memcpy(a->code, oc, sizeof oc);
        snprintf(a->reason, sizeof a->reason, "%s of the body named before: %s", who,
                 es[oe].name ? es[oe].name : oc);
        a->rank = 3;
        return;
      }
    }
    /* "A government spokesman said … . The spokesman, Faisal
     * al-Tarawneh, said": "the spokesman" of the sentence before, whose
     * body its word before names */
    bool before = false;
    if (!own && !its && !envoy && ms[m0].sentence > 0) {
      const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
      uint32_t from = ss[ms[m0].sentence - 1].first_token;
      for (uint32_t k = from + 1; k < ms[m0].first_token && !own; k++)
        if (c->tg[k].lemma && word_in(c->tg[k].lemma, spokespeople)) own = state_body(c, k - 1);
      /* (or a state's body the sentence before has as its subject: "The
       * government denied any role. A spokesman, Josefa Raikadroka,") */
      for (uint32_t k = from; k < ss[ms[m0].sentence - 1].first_token +
                                      ss[ms[m0].sentence - 1].n_tokens && !own;
           k++)
        if (c->tg[k].deprel && !strncmp(c->tg[k].deprel, "nsubj", 5) && c->tg[k].head &&
            c->tg[from + c->tg[k].head - 1].head == 0)
          own = state_body(c, k);
      before = own != NULL;
    }
    if (own && !its && focus[0]) {
      /* none named before: the article's country's body */
      join_agent(a->code, sizeof a->code, focus, own, false);
      snprintf(a->reason, sizeof a->reason, "spokesperson of the %s %s: %s",
               !strcmp(own, "GOV") ? "state body" : "force",
               before ? "the sentence before names" : "in the title", focus);
      a->rank = 3;
      return;
    }
    /* "The Unitary Workers' Central … said …. Its president, David
     * Acuña, called …": the office of a body the story did not code,
     * named right after "Its" and a title, is no state's (it was CHLGOV,
     * the article's country): no code */
    const nm_mention *mi0 = (const nm_mention *)c->d->mentions.data + es[e].mentions[0];
    const nm_sentence *si0 = (const nm_sentence *)c->d->sentences.data + mi0->sentence;
    if (its && mi0->first_token <= si0->first_token + 5 && mi0->first_token > si0->first_token &&
        tok_is(c->d, mi0->first_token - 1, ",")) {
      a->code[0] = 0;
      a->rank = 0;
      snprintf(a->reason, sizeof a->reason, "%s", "");
      return;
    }
  }
  char cc[4] = "";
  const char *why = "title and the person's country";
  if (bare_country(es[e].country)) {
    snprintf(cc, sizeof cc, "%s", es[e].country);
  } else if (party_tagged(c, &es[e])) {
    snprintf(cc, sizeof cc, "USA");
    why = "title and a US party tag after the name";
  } else if (es[e].title && title_in(es[e].title, us_cabinet_titles) &&
             /* (India has a commerce secretary too, the civil servant who
              * heads its commerce ministry: not in a story on India) */
             !(ci_eq(es[e].title, "commerce secretary", 18) && strlen(es[e].title) == 18 &&
               !strcmp(focus, "IND")) &&
             /* (nor a secretary of state for a portfolio: "Ramón Iturbe,
              * the secretary of state for health", Spain's) */
             !title_for_portfolio(c, &es[e])) {
    snprintf(cc, sizeof cc, "USA");
    why = "a title only the US government has";
  } else if (es[e].title && few_state_title(c, es[e].title, focus, cc)) {
    why = "a title only a few governments have";
  } else if (es[e].title && title_in(es[e].title, us_secretary_titles) && strcmp(focus, "PHL") &&
             strcmp(focus, "GBR")) {
    /* "Defense Secretary Lloyd Austin" in a story from Yemen: the
     * Philippines and Britain have such secretaries too, and a story
     * about either keeps its own */
    snprintf(cc, sizeof cc, "USA");
    why = "a US secretary's title in a story on neither the Philippines nor Britain";
  } else if (es[e].title && of_country(c, (uint32_t)e, cc)) {
    why = "title and the country after the name's \"of\"";
  } else if (embassy_country(c, (uint32_t)e, cc)) {
    why = "an embassy's title and the country of the embassy named before";
  } else if (es[e].title && spokesperson_body_country(c, (uint32_t)e, cc)) {
    why = "a spokesperson for the body the sentence before reports";
  } else if (es[e].title && owner_country(c, (uint32_t)e, cc)) {
    why = "title and its owner's country";
  } else if (es[e].title && led_delegation_country(c, (uint32_t)e, cc)) {
    why = "title and the country of the delegation the person leads";
  } else if (es[e].title && title_body_before_country(c, (uint32_t)e, cc)) {
    why = "title and the country of its body named in the sentence before";
  } else if (es[e].title && description_body_country(c, (uint32_t)e, cc)) {
    why = "title and the country of a body its description names";
  } else if (local_office_country(c, (uint32_t)e, cc)) {
    why = "a local office and the towns and regions named with it";
  } else if (es[e].title && es[e].mentions) {
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    for (uint32_t k = 0; k < es[e].n_mentions && !cc[0]; k++) {
      uint32_t mi = es[e].mentions[k];
      if (mi >= c->d->mentions.n || ms[mi].kind == NM_MENTION_PRONOUN) continue;
      sentence_country(c, ms[mi].sentence, (uint32_t)e, ms[mi].first_token, false, cc);
      why = "title and the sentence's one country";
      /* (a country named only in the person's own words yields to the
       * place the sentence opens with: "In Colombo, Fisheries Minister X
       * rejected calls …, saying that Indian trawlers were …") */
      char oc[4];
      if (cc[0] && only_in_own_words(c, ms[mi].sentence, (uint32_t)e, cc) &&
          opening_place_country(c, ms[mi].sentence, oc) && strcmp(oc, cc) != 0)
        memcpy(cc, oc, 4), why = "title and the place the sentence opens with";
      /* (nor a country named only in what the person accuses, after the
       * verb: "In Tehran, President X vowed …. Foreign Ministry
       * spokesman Hossein Karimi accused the United States of
       * complicity in the Israeli campaign" is Iran's, as the sentence
       * before opens, in its paragraph) */
      const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
      uint32_t si = ms[mi].sentence;
      if (cc[0] && si > 0 && ss[si - 1].paragraph == ss[si].paragraph &&
          only_after_accusing(c, &ms[mi], cc) && opening_place_country(c, si - 1, oc) &&
          strcmp(oc, cc) != 0)
        memcpy(cc, oc, 4), why = "title and the place the sentence before opens with";
      if (!cc[0] && opening_place_country(c, ms[mi].sentence, cc))
        why = "title and the place the sentence opens with";
      break; /* the first named or described mention's sentence */
    }
  }
  static const char *const domestic[] = {"GOV", "MIL", "COP", "JUD", "LEG",
                                         "SPY", "OPP", "ELI", "PTY", NULL};
  char role[4] = "";
  if (strlen(a->code) >= 6) memcpy(role, a->code + 3, 3), role[3] = 0;
  bool dom = strlen(a->code) % 3 == 0 && word_in(role, domestic);
  if (!cc[0] && dom && title_body_country(c, (uint32_t)e, cc))
    why = "title and the country of the body it names";
  if (!cc[0] && dom && anaphoric_country(c, (uint32_t)e, cc))
    why = "the country \"the country's\" before the name refers to";
  if (!cc[0] && dom && region_owner_country(c, (uint32_t)e, cc))
    why = "the region \"the region's\" (province's, state's) after the name refers to";
  if (!cc[0] && dom && commander_country(c, (uint32_t)e, cc))
    why = "title and the country that directs the person or reports the act";
  /* a police officer named with no country is the dateline's (police
   * serve at home): "PORT MORESBY — Australia will send police advisers
   * … . Acting Police Commissioner Joseph Waipo said" (was AUSCOP) */
  if (!cc[0] && dom && !strcmp(role, "COP") && c->d->has_dateline && dateline_country(c)[0]) {
    memcpy(cc, dateline_country(c), 4);
    why = "a police title and the dateline's country";
  }
  if (!cc[0] && dom && unknown_state_near(c, &es[e])) dom = false; /* no guess */
  if (!cc[0] && dom && !strcmp(role, "MIL") && es[e].n_mentions) {
    /* "Sudan's army and the RSF agreed … The head of the army delegation,
     * Lieutenant General X": the one army the article named before */
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    uint32_t mi = es[e].mentions[0];
    if (mi < c->d->mentions.n) army_country(c, ms[mi].first_token, cc);
    if (cc[0]) why = "a military title and the one country whose army the article named before";
  }
  if (!cc[0] && dom && home_body_title(c, (uint32_t)e, cc))
    why = "title with a body many states have, and the article's country";
  if (!cc[0] && dom && es[e].n_mentions) {
    /* "In Seoul, the presidential office convened an emergency meeting
     * … . National Security Adviser Han Seung-woo, who chaired the
     * session, told reporters": the state its sentence, or the one
     * before in its paragraph, opens in (not one the person visits or
     * meets in) */
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    const nm_sentence *ss = (const nm_sentence *)c->d->sentences.data;
    uint32_t mi = es[e].mentions[0];
    if (mi < c->d->mentions.n && ms[mi].kind == NM_MENTION_NAME) {
      uint32_t si = ms[mi].sentence;
      if (!fronted_in_country(c, si, cc) && si > 0 && si < c->d->sentences.n &&
          ss[si - 1].paragraph == ss[si].paragraph)
        fronted_in_country(c, si - 1, cc);
      if (cc[0] && met_by_country(c, (uint32_t)e, cc))
        cc[0] = 0;
      else if (cc[0])
        why = "title and the state its sentence or the one before opens in";
    }
  }
  if (!cc[0] && dom && es[e].n_mentions) {
    /* "France said it had no notice. Defense Minister Claire Moreau
     * told ...": the one country the sentence before names */
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    uint32_t mi = es[e].mentions[0];
    if (mi < c->d->mentions.n && ms[mi].kind == NM_MENTION_NAME && ms[mi].sentence > 0 &&
        first_in_sentence(c, mi)) {
      previous_country(c, mi, (uint32_t)e, role, cc);
      why = "title and the sentence before's one country";
    }
  }
  if (!cc[0] && dom && portfolio_ministry_country(c, (uint32_t)e, cc)) {
    if (met_by_country(c, (uint32_t)e, cc))
      cc[0] = 0; /* (an envoy's hosts: not the envoy's own ministry's) */
    else
      why = "a minister and the country whose ministry of that portfolio was named just before";
  }
  /* the sentence of the first name after the dateline (a headline's may
   * come before), when all its places are the dateline's */
  for (uint32_t k = 0; k < es[e].n_mentions && !cc[0] && dom && c->d->has_dateline; k++) {
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    uint32_t mi = es[e].mentions[k];
    if (mi >= c->d->mentions.n || ms[mi].kind == NM_MENTION_PRONOUN ||
        ms[mi].start < c->d->dateline.end)
      continue;
    if (dateline_places_country(c, ms[mi].sentence, cc))
      why = "title and the dateline's country, of every place the sentence names";
    break;
  }
  /* the sentence of the first name, after the dateline's and the
   * sentence before's country (an official abroad names the places of
   * the visit): the one country of the officials it names before the
   * person ("Iran's President Ebrahim Raisi … described the swap as …,
   * while Foreign Minister Hossein Amir-Abdollahian said …"), else the one
   * country of all its places */
  for (uint32_t k = 0; k < es[e].n_mentions && !cc[0] && dom; k++) {
    const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
    uint32_t mi = es[e].mentions[k];
    if (mi >= c->d->mentions.n || ms[mi].kind != NM_MENTION_NAME) continue;
    /* (not the one who meets the person: "Rahimah met Deputy Foreign
     * Minister Kyaw Myo Thant") */
    if (officials_before_country(c, mi, (uint32_t)e, cc) && met_by_country(c, (uint32_t)e, cc))
      cc[0] = 0;
    else if (cc[0])
      why = "title and the country of the officials named before it in its sentence";
    else if (sentence_places_country(c, ms[mi].sentence, (uint32_t)e, cc))
      why = "title and the one country of every place its sentence names";
    break;
  }
  if (!cc[0] && focus[0] && dom) {
    memcpy(cc, focus, 4);
    why = "title and the article's country";
  }
  /* an exile is not of the country the sentence places the exile in:
   * "Exiled opposition leader Hanna Zhuk, who lives in Vilnius," in a
   * story from Vilnius is the article's other country's, else of none
   * ("MINSK — … In Vilnius, the exiled opposition figure Marina Kaval"
   * stays BLROPP) */
  if (cc[0] && exiled_name(c, e) && placed_in_country(c, e, cc)) {
    char other[4] = "";
    article_country(c, other);
    if (other[0] && strcmp(other, cc) != 0) {
      memcpy(cc, other, 4);
      why = "an exile's title and the article's country";
    } else {
      cc[0] = 0;
    }
  }
  if (!cc[0]) return;
  char code[CODE_CAP];
  join_agent(code, sizeof code, cc, a->code + 3, false);
  snprintf(a->code, sizeof a->code, "%s", code);
  snprintf(a->reason, sizeof a->reason, "%s: %s", why, cc);
  a->rank = 3;
}

/* After sentence c->si: its main clause's subject, when the story coded it
 * as a body or a state (a name or description of an organisation or a
 * country, with its country and role, or a country alone), for a neuter or
 * plural pronoun opening the next sentence (code_pronoun()). */
static bool subject_code(ectx *c, acode *a) {
  int32_t r = -1;
  for (size_t i = 0; i < c->n && r < 0; i++)
    if (c->head[i] < 0) r = (int32_t)i;
  int32_t sj = r >= 0 ? child(c, r, "nsubj", false) : -1;
  static const char *const chain[] = {"it", "they", NULL}; /* "It said …" again */
  if (sj < 0 || (is_pronoun(c, sj) && !word_in(lemma(c, sj), chain)) ||
      child(c, sj, "conj", false) >= 0)
    return false;
  uint32_t m = mention_at(c, sj);
  const nm_mention *ms = (const nm_mention *)c->d->mentions.data;
  if (m != NONE32 && ms[m].type == NM_ENT_PERSON) return false;
  uint32_t e;
  /* (a pronoun is coded while the sentence before is still remembered) */
  return code_np(c, sj, a, &e) && a->rank >= 3 && bare_country_prefix(a->code);
}

static void remember_subject(ectx *c) {
  acode a;
  memset(&a, 0, sizeof a);
  bool got = subject_code(c, &a);
  c->prev_si = got ? c->si : NONE32;
  if (got) c->prev_subj = a;
}

/* The article date as YYYYMMDD, or 0. */
static uint32_t doc_date(const nm_doc *d) {
  size_t len;
  const char *s = nm_doc_meta(d, NM_META_DATE, &len);
  if (!s || len != 10) return 0;
  uint32_t v = 0;
  for (size_t i = 0; i < 10; i++) {
    if (i == 4 || i == 7) continue;
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (uint32_t)(s[i] - '0');
  }
  return v;
}

static bool discarded(const ectx *c, uint32_t si, bool *story) {
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + si;
  for (size_t li = 0; li < c->nl; li++)
    if (nm_cameo_discard(c->L[li], c->d->text + s->start, s->end - s->start, story)) return true;
  return false;
}

/* Whether a discard phrase dates something: a year ("2012") or a span
 * back or on ("YEARS AGO", "MONTHS LATER"). */
static bool time_discard(const char *phrase) {
  bool digits = *phrase != 0;
  for (const char *p = phrase; *p && digits; p++)
    digits = *p >= '0' && *p <= '9';
  if (digits) return true;
  size_t n = strlen(phrase);
  return (n >= 4 && !strcmp(phrase + n - 4, " AGO")) ||
         (n >= 6 && !strcmp(phrase + n - 6, " LATER"));
}

/* The Phoenix discards drop a sentence that names a year of the world wars
 * or of 1914-2013 (but 2000), or "years ago", to keep history out of the
 * event data.
 * Such a phrase inside a clause that describes a participant ("asylum to
 * rebels who entered the country two years ago", "the rebels who seized
 * the town in 2012") dates that clause, not the sentence's events, and
 * does not discard the sentence. Needs sentence_setup. */
static bool discard_heeded(void *ctx, const char *phrase, size_t start, size_t end) {
  (void)end;
  const ectx *c = ctx;
  if (!time_discard(phrase)) return true;
  /* ... nor a year of the article's own time, its year or the one before:
   * "expelled U.N. inspectors in January 2012" in a story of May 2012 is
   * news, not history (with no date, the year discards as Phoenix meant) */
  size_t pl = strlen(phrase);
  if (c->date && pl == 4 && phrase[0] >= '0' && phrase[0] <= '9') {
    uint32_t year = (uint32_t)atoi(phrase);
    if (year + 1 >= c->date / 10000) return false;
  }
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + c->si;
  const nm_token *tk = (const nm_token *)c->d->tokens.data + c->first;
  size_t at = s->start + start;
  int32_t i = 0;
  while ((size_t)i + 1 < c->n && tk[i].end <= at) i++;
  /* ... nor inside a clause opened by "since", which dates a state the
   * sentence describes ("a country that has lived through repeated
   * takeovers since it won independence from Portugal in 1974") */
  static const char *const since[] = {"since", NULL};
  for (int32_t k = i, steps = 0; k >= 0 && steps < 64; k = c->head[k], steps++)
    if (rel_base(c, k, "acl") || (rel_base(c, k, "advcl") && dep_lemma_in(c, k, "mark", since)))
      return false;
  return true;
}

static bool discarded_sentence(ectx *c) {
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + c->si;
  bool story = false;
  for (size_t li = 0; li < c->nl; li++)
    if (nm_cameo_discard_heeded(c->L[li], c->d->text + s->start, s->end - s->start, &story,
                                discard_heeded, c))
      return true;
  return false;
}

nm_status nm_events_code(const nm_cameo *const *layers, size_t n_layers, nm_doc *d) {
  if (!n_layers || !d->tags.n) return NM_OK;
  ectx c;
  memset(&c, 0, sizeof c);
  c.d = d;
  c.L = layers;
  c.nl = n_layers > MAXL ? MAXL : n_layers;
  c.date = doc_date(d);
  c.tg = (const nm_word_tags *)d->tags.data;
  nm_status st = NM_OK;
  size_t ne = d->entities.n;
  /* every word's mention, NONE32 for none (also with no mention at all:
   * the look-ups need no check) */
  c.tok_mention = malloc((d->tokens.n ? d->tokens.n : 1) * sizeof(uint32_t));
  if (!c.tok_mention) {
    st = NM_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < d->tokens.n; i++)
    c.tok_mention[i] = NONE32;
  if (d->mentions.n) {
    c.ent = calloc(ne ? ne : 1, sizeof(acode));
    if (!c.ent) {
      st = NM_ERR_NOMEM;
      goto done;
    }
    const nm_mention *ms = (const nm_mention *)d->mentions.data;
    for (size_t i = 0; i < d->mentions.n; i++)
      for (uint32_t k = 0; k < ms[i].n_tokens; k++) {
        size_t t = ms[i].first_token + k;
        if (t < d->tokens.n && c.tok_mention[t] == NONE32) c.tok_mention[t] = (uint32_t)i;
      }
  }
  /* story discards: no events (the actors keep their codes: a story on
   * Morocco's protests that names the 2030 World Cup in passing, a
   * Phoenix sports discard, still names Morocco) */
  bool story_discarded = false;
  for (uint32_t si = 0; si < d->sentences.n && !story_discarded; si++)
    discarded(&c, si, &story_discarded);
  /* per document: each sentence's time and place, each entity's kind of
   * place */
  st = index_anchors(&c);
  /* pass 1: entity codes */
  if (c.ent && st == NM_OK) {
    const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
    for (uint32_t si = 0; si < d->sentences.n && st == NM_OK; si++) {
      bool any = false; /* only sentences with a mention need their words looked up */
      for (uint32_t k = 0; k < ss[si].n_tokens && !any; k++)
        any = c.tok_mention[ss[si].first_token + k] != NONE32;
      if (!any) continue;
      st = sentence_setup(&c, si);
      if (st == NM_OK) code_entities_in_sentence(&c);
    }
    nm_entity *es = (nm_entity *)d->entities.data;
    for (size_t e = 0; e < ne && st == NM_OK; e++) {
      if (c.ent[e].rank < 2) {
        acode f;
        memset(&f, 0, sizeof f);
        code_from_entity_facts(&c, &es[e], &f);
        if (f.rank > c.ent[e].rank) c.ent[e] = f;
      }
    }
    char focus[4];
    article_country(&c, focus);
    body_home(&c, focus);
    /* (bodies many states have first: a person described by one named
     * after the person takes its country, "Senator Paula Uribe, who chairs
     * the Senate mining and energy committee" in a story on Chile) */
    for (size_t e = 0; e < ne && st == NM_OK; e++)
      generic_body(&c, e);
    for (size_t e = 0; e < ne && st == NM_OK; e++) {
      generic_body_person(&c, e);
      generic_title_person(&c, e);
      stale_office(&c, e);
      role_country(&c, e, focus);
      if (!c.ent[e].rank && es[e].type == NM_ENT_ORG) led_by_code(&c, e);
      if (c.ent[e].rank) {
        char cb[CODE_CAP];
        es[e].code = intern(d, cameo_spelling(c.ent[e].code, cb, sizeof cb));
        es[e].code_reason = intern(d, c.ent[e].reason);
        if (!es[e].code || !es[e].code_reason) st = NM_ERR_NOMEM;
      }
    }
  }
  /* pass 2: events */
  for (uint32_t si = 0; si < d->sentences.n && st == NM_OK && !story_discarded; si++) {
    st = sentence_setup(&c, si);
    if (st != NM_OK || discarded_sentence(&c)) continue;
    st = code_sentence(&c);
    if (st == NM_OK) remember_subject(&c);
  }
done:
  for (size_t li = 0; li < MAXL; li++) {
    free(c.fid[li]);
    free(c.lid[li]);
  }
  free(c.head);
  free(c.kid);
  free(c.sib);
  free(c.stack);
  free(c.region);
  free(c.seen);
  free(c.sent_time);
  free(c.sent_place);
  free(c.ent_local);
  free(c.tok_mention);
  free(c.ent);
  free(c.army);
  return st;
}
