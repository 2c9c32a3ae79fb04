/* mentions.c - stage "mentions": named mentions from the NER model,
 * demonyms from the gazetteer, and personal pronouns. */
#include "entities.h"
#include "lexicon.h"
#include "times_lex.h"
#include "titles.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

nm_status nm_ner_doc_words(const nm_gazetteer *g, const nm_doc *d, nm_nword **out) {
  *out = NULL;
  size_t n = d->tokens.n, ns = d->sentences.n;
  if (!n) return NM_OK;
  const nm_word_tags *tags = (const nm_word_tags *)d->tags.data;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  nm_nword *w = calloc(n, sizeof *w);
  size_t *starts = malloc((ns ? ns : 1) * sizeof *starts);
  const char **texts = malloc(n * sizeof *texts);
  size_t *lens = malloc(n * sizeof *lens);
  nm_gz_match *m = malloc(n * sizeof *m);
  nm_status st = NM_OK;
  if (!w || !starts || !texts || !lens || !m) {
    st = NM_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    w[i].form = nm_tok_text(d, i, &w[i].len);
    texts[i] = w[i].form;
    lens[i] = w[i].len;
    /* "ex-President Jair Bolsonaro": the title after "ex-" is what the
     * rules on names see (the token keeps its text) */
    if (nm_title_ex_prefix(w[i].form, w[i].len)) {
      w[i].form += 3;
      w[i].len -= 3;
    }
    if (d->tags.n == n) {
      w[i].upos = tags[i].upos;
      w[i].xpos = tags[i].xpos;
    }
  }
  for (size_t s = 0; s < ns; s++) {
    starts[s] = ss[s].first_token;
    if (!g || !ss[s].n_tokens) continue;
    size_t first = ss[s].first_token;
    size_t k =
        nm_gazetteer_match(g, texts + first, lens + first, ss[s].n_tokens, m, ss[s].n_tokens);
    for (size_t j = 0; j < k; j++) {
      uint32_t a = m[j].start, b = m[j].end, flags = m[j].e.flags & 0x7FFFu;
      for (uint32_t t = a; t < b; t++) {
        uint32_t pos = b - a == 1 ? 4 : t == a ? 1 : t + 1 == b ? 3 : 2;
        w[first + t].gz = flags | pos << 16;
      }
    }
  }
  st = nm_ner_context(w, n, starts, ns);
done:
  free(starts);
  free(texts);
  free(lens);
  free(m);
  if (st != NM_OK) {
    free(w);
    w = NULL;
  }
  *out = w;
  return st;
}

/* ASCII case-insensitive comparison of a token with a lower-case word. */
static int tok_is(const char *s, size_t n, const char *word) {
  size_t l = strlen(word);
  if (n != l) return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    if (c != (unsigned char)word[i]) return 0;
  }
  return 1;
}

/* Whether w is one of list[0..n), case and all. */
static int word_in(const nm_nword *w, const char *const *list, size_t n) {
  if (!w->len) return 0;
  for (size_t k = 0; k < n; k++) /* the first byte first: most words fail there */
    if (list[k][0] == w->form[0] && strlen(list[k]) == w->len &&
        memcmp(w->form, list[k], w->len) == 0)
      return 1;
  return 0;
}

/* Whether w, ignoring ASCII case, is one of list[0..n). */
static int word_in_ci(const nm_nword *w, const char *const *list, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (tok_is(w->form, w->len, list[k])) return 1;
  return 0;
}

#define IN_LIST(x, list)    word_in((x), (list), sizeof(list) / sizeof *(list))
#define IN_LIST_CI(x, list) word_in_ci((x), (list), sizeof(list) / sizeof *(list))

static const char *const person_pronouns[] = {"he",  "him",  "his",     "himself",
                                              "she", "hers", "herself", "her"};

/* True when token i is a third-person personal pronoun referring to a
 * person (and its UPOS agrees, when tagged). */
static int person_pronoun(const nm_nword *w) {
  if (w->upos && strcmp(w->upos, "PRON") != 0) return 0;
  return IN_LIST_CI(w, person_pronouns);
}

/* Last words of a place name that make it a LOC rather than a GPE. */
static const char *const loc_heads[] = {
    "river",   "sea",    "ocean",   "mountains", "mountain", "valley",  "strip",  "bank",
    "desert",  "island", "islands", "peninsula", "lake",     "gulf",    "bay",    "coast",
    "mount",   "canal",  "plain",   "plateau",   "basin",    "straits", "strait", "region",
    "heights", "hills",  "forest",  "park",      "channel",  "corridor", "shoal",  "shoals",
    "reef",    "atoll"};

/* Of those, the natural features that no organisation's name ends in
 * ("World Bank", "Discovery Channel", "Central Park Conservancy" do). */
static const char *const nature_heads[] = {
    "river",   "sea",    "ocean",  "mountains", "valley", "desert", "island", "islands",
    "peninsula", "lake", "gulf",   "straits",   "strait", "plateau", "shoal", "shoals",
    "reef",    "atoll"};

/* Last words of buildings' and streets' names ("Pittock Mansion", "Union
 * Station"); words that are also common surnames (Hall, Church, Castle
 * and Street) are left out. */
static const char *const facility_heads[] = {
    "Abbey",   "Airport", "Arena",     "Avenue",   "Boulevard", "Bridge",   "Building",
    "Cathedral", "Chapel", "Church",   "Mansion",  "Monastery", "Palace",
    "Plaza",   "Road",    "Square",    "Stadium",  "Station",   "Temple",   "Terminal",
    "Tower",   "Tunnel"};

/* The gazetteer's NM_GZ_* flags for exactly the words [a, b), or 0. */
static uint32_t gz_span_flags(const nm_gazetteer *g, const nm_nword *w, size_t a, size_t b) {
  if (!g || b <= a || b - a > NM_GZ_MAX_TOKENS) return 0;
  uint64_t h[NM_GZ_MAX_TOKENS];
  for (size_t i = a; i < b; i++)
    h[i - a] = nm_gz_token_hash(w[i].form, w[i].len);
  nm_gz_entry e;
  return nm_gazetteer_get(g, h, b - a, &e) ? e.flags : 0;
}

static nm_entity_type place_type(const nm_gazetteer *g, const nm_nword *w, size_t a, size_t b) {
  uint32_t f = gz_span_flags(g, w, a, b);
  if (f & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1)) return NM_ENT_GPE;
  if (f & NM_GZ_REGION) return NM_ENT_LOC;
  /* "Al-Shabaab" read as a place: a name the actor dictionaries give to
   * an organisation, and to no person or place, is one; not a seat that
   * stands for its office ("the White House", "Downing Street") */
  static const char *const seats[] = {"House", "Street", "Hill", "Building", "Palace"};
  if ((f & NM_GZ_ORG) && !(f & (NM_GZ_PERSON | NM_GZ_DEMONYM)) && !IN_LIST(&w[b - 1], seats))
    return NM_ENT_ORG;
  if (IN_LIST_CI(&w[b - 1], loc_heads) || (b - a >= 2 && IN_LIST(&w[b - 1], facility_heads)))
    return NM_ENT_LOC;
  return NM_ENT_GPE;
}

static nm_status push_mention(nm_doc *d, uint32_t sent, size_t a, size_t b, nm_entity_type type,
                              nm_mention_kind kind) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  nm_mention *m = nm_vec_push(&d->mentions);
  if (!m) return NM_ERR_NOMEM;
  m->start = t[a].start;
  m->end = t[b - 1].end;
  m->first_token = (uint32_t)a;
  m->n_tokens = (uint32_t)(b - a);
  m->sentence = sent;
  m->type = type;
  m->kind = kind;
  m->entity = UINT32_MAX;
  return NM_OK;
}

/* Nouns that, after "the" (and at most one lower-case modifier), describe
 * an organisation mentioned before: "the agency", "the militant group". */
/* Nouns for a body: after "the" (and at most one lower-case modifier)
 * they describe an organisation mentioned before ("the agency", "the
 * militant group"); right before a name they make it the body's ("the
 * rights group Foro Penal", "the charity Oxfam"). */
static const char *const org_nouns[] = {"agency",    "group",    "organization", "organisation",
                                        "company",   "movement", "militia",      "firm",
                                        "alliance",  "coalition", "charity",     "watchdog",
                                        "party",     "network",  "association", "bloc",
                                        "fund",      "commission", "council",    "ministry",
                                        "court",     "union",    "committee",   "department",
                                        "force"};

/* (an upper-case letter outside ASCII too: "Óscar Villarreal", "Łukasz") */
static int is_capitalised(const nm_nword *w) {
  if (!w->len) return 0;
  if ((unsigned char)w->form[0] < 0x80) return w->form[0] >= 'A' && w->form[0] <= 'Z';
  uint32_t cp;
  nm_utf8_decode((const unsigned char *)w->form, w->len, &cp);
  return (nm_char_class(cp) & NM_CC_UPPER) != 0;
}

/* A nominal mention starting with "the" at sentence word i (words w[0..n),
 * labels lab): "the prime minister", "the U.S. envoy", "the militant
 * group". Returns its length in words (0: none) and its type. */
static size_t nominal_at(const nm_titles *tt, const nm_nword *w, const uint8_t *lab, size_t i,
                         size_t n, nm_entity_type *type) {
  if (!tok_is(w[i].form, w[i].len, "the")) return 0;
  size_t j = i + 1;
  if (j < n && (w[j].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)) && (w[j].gz >> 16) == 4) j++;
  uint64_t h[NM_TITLE_MAX] = {0};
  size_t m = 0;
  for (; m < NM_TITLE_MAX && j + m < n; m++)
    h[m] = nm_gz_token_hash(w[j + m].form, w[j + m].len);
  uint64_t head;
  size_t l = nm_title_starting_at(tt, h, 0, m, &head);
  if (l) {
    if (j + l < n && is_capitalised(&w[j + l]))
      return 0; /* "the prime minister, Netanyahu" is
                    the name's */
    for (size_t k = i; k < j + l; k++)
      if (lab[k]) return 0;
    *type = NM_ENT_PERSON;
    return j + l - i;
  }
  /* the [modifier] organisation-noun */
  for (size_t k = i + 1; k < n && k <= i + 2; k++) {
    if (lab[k] || is_capitalised(&w[k])) return 0;
    for (size_t q = 0; q < sizeof org_nouns / sizeof *org_nouns; q++)
      if (tok_is(w[k].form, w[k].len, org_nouns[q])) {
        if (k + 1 < n && is_capitalised(&w[k + 1])) return 0;
        /* "the free movement of people" is no body ("accused the group
         * of using …" is) */
        if (k + 2 < n && tok_is(w[k + 1].form, w[k + 1].len, "of") && w[k + 2].len > 3 &&
            w[k + 2].form[0] >= 'a' && w[k + 2].form[0] <= 'z' &&
            memcmp(w[k + 2].form + w[k + 2].len - 3, "ing", 3) != 0)
          return 0;
        /* ("the full force of the law", "the force of the blast": no
         * body) */
        if (tok_is(w[k].form, w[k].len, "force") &&
            ((k + 1 < n && tok_is(w[k + 1].form, w[k + 1].len, "of")) || k > i + 1))
          return 0;
        *type = NM_ENT_ORG;
        return k + 1 - i;
      }
  }
  return 0;
}

static int all_punct(const nm_nword *w);
static size_t name_after_title(const nm_titles *tt, const nm_nword *w, const uint8_t *lab,
                               size_t s, size_t n);
static bool title_at(const nm_titles *tt, const nm_nword *w, size_t e, size_t n);

/* Words of ministries' portfolios, lower case. */
static const char *const portfolio[] = {
    "finance", "defence", "defense", "foreign", "affairs", "interior", "justice",
    "health", "state", "trade", "energy", "economy", "agriculture", "education",
    "information", "home", "labour", "labor", "transport", "environment", "culture",
    "tourism", "planning", "industry", "commerce", "communications", "security",
    "internal", "external", "mines", "petroleum", "oil", "water", "fisheries", "youth",
    "sports", "women", "works", "public", "national", "economic", "development",
    "immigration", "treasury", "housing", "lands", "local", "government", "territorial",
    "administration", "religious", "social", "welfare", "international",
    "cooperation", "relations", "media", "technology", "science", "parliament",
    /* fifty-second session: "Coordinating Minister for Political and
     * Security Affairs Agus Santoso" */
    "political", "legal", "human", "rights", "maritime", "investment", "infrastructure",
    "digital", "humanitarian", "disaster", "family", "children", "gender", "employment",
    "rural", "urban", "regional", "reconciliation", "peace", "reform", "reforms", "budget",
    "customs", "land", "logistics"};

/* The end of a portfolio after a title and "of" from sentence word s
 * ("Minister of Finance", "Minister of Foreign Affairs", "Minister of
 * State for Defence"): capitalised words of ministries' portfolios, with
 * "and" or "for" between them; s when there is none. */
static size_t portfolio_end(const nm_nword *w, size_t s, size_t n) {
  size_t e = s;
  while (e < n && e < s + 8) {
    if (is_capitalised(&w[e]) && IN_LIST_CI(&w[e], portfolio)) {
      e++;
      continue;
    }
    /* (a joining word only between two portfolio words; a comma only in
     * a list that "and" closes: "for Political, Legal and Security
     * Affairs") */
    bool join = tok_is(w[e].form, w[e].len, "and") || tok_is(w[e].form, w[e].len, "for");
    if (!join && tok_is(w[e].form, w[e].len, ",")) {
      size_t k = e + 1;
      while (k < n && k < e + 4 && is_capitalised(&w[k]) && IN_LIST_CI(&w[k], portfolio))
        k++;
      join = k > e + 1 && k + 1 < n && tok_is(w[k].form, w[k].len, "and");
    }
    if (e > s && e + 1 < n && join && is_capitalised(&w[e + 1]) &&
        IN_LIST_CI(&w[e + 1], portfolio)) {
      e++;
      continue;
    }
    break;
  }
  return e;
}

/* A capitalised title at sentence word i followed by a name of one to three
 * capitalised words that the model left unlabelled and the gazetteer does
 * not know as a place, organisation or nationality. Returns (title length
 * << 8) | (the name's end), or 0. */
static size_t titled_name_end(const nm_titles *tt, const nm_nword *w, const uint8_t *lab, size_t i,
                              size_t n, size_t labelled_to) {
  /* (or a title in lower case, "police chief", before a name of two
   * words or more that a verb or a comma follows: "National police chief
   * Sergiu Rotaru said") */
  if (i >= n) return 0;
  bool lower = !is_capitalised(&w[i]);
  if (lower && (!w[i].len || w[i].form[0] < 'a' || w[i].form[0] > 'z')) return 0;
  /* (not after a word the model labelled or the gazetteer knows, whose
   * the title may be, "Hamas official Osman Harbawi": anchored_titles()
   * takes that) */
  if (lower && i > 0 && (lab[i - 1] || w[i - 1].gz)) return 0;
  uint64_t h[NM_TITLE_MAX], head;
  size_t m = 0;
  for (; m < NM_TITLE_MAX && i + m < n; m++)
    h[m] = nm_gz_token_hash(w[i + m].form, w[i + m].len);
  size_t l = nm_title_starting_at(tt, h, 0, m, &head);
  /* and a personal honorific: "according to Dr. Aline Mushagalusa" */
  static const char *const personal[] = {"dr.", "mr.", "mrs.", "ms.", "prof."};
  if (!l && !lower && IN_LIST_CI(&w[i], personal)) l = 1;
  if (!l || l > 255) return 0;
  for (size_t k = i; k < i + l; k++)
    if ((lab[k] && k >= labelled_to) ||
        (!lower && !is_capitalised(&w[k]) && !tok_is(w[k].form, w[k].len, "of")) ||
        (lower && is_capitalised(&w[k])))
      return 0;
  /* (and the title's portfolio after "of" or "for": "Minister of Finance
   * Lalith Bandara Jayawardena said", "Coordinating Minister for Political
   * and Security Affairs Agus Santoso") */
  if (!lower && i + l + 1 < n &&
      (tok_is(w[i + l].form, w[i + l].len, "of") || tok_is(w[i + l].form, w[i + l].len, "for"))) {
    size_t pe = portfolio_end(w, i + l + 1, n);
    bool free = pe > i + l + 1;
    for (size_t k = i + l; k < pe && free; k++)
      free = !lab[k];
    if (free && pe - i <= 255) l = pe - i;
  }
  size_t e = name_after_title(tt, w, lab, i + l, n);
  if (!e || e > 255) return 0;
  if (lower && (e < i + l + 2 || e >= n || !w[e].upos ||
                !(!strcmp(w[e].upos, "VERB") || tok_is(w[e].form, w[e].len, ","))))
    return 0;
  return (l << 8) | e;
}

/* The end of a name of one to three capitalised words from sentence word
 * s, right after a title, that the model left unlabelled and the
 * gazetteer does not know as a place, organisation or nationality; 0 when
 * there is none or the name goes on ("President Trump Tower"). */
static size_t name_after_title(const nm_titles *tt, const nm_nword *w, const uint8_t *lab,
                               size_t s, size_t n) {
  static const char *const office[] = {"Officer", "Director", "Officers", "Executive", "Chairman",
                                       "Chair",   "Board",    "Office",   "Committee"};
  const uint32_t named = NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION |
                         NM_GZ_DEMONYM | NM_GZ_ORG;
  /* (four words with a patronymic particle inside: "Foreign Minister
   * Ahmedou Ould Sidi Mahmoud") */
  static const char *const patronyms[] = {"Ould", "Mint", "Bin", "Ben", "Bint", "Ibn"};
  size_t most = 3;
  for (size_t k = s + 1; k < s + 3 && k < n; k++)
    if (IN_LIST(&w[k], patronyms)) most = 4;
  size_t e = s;
  while (e < n && e < s + most && !lab[e] && is_capitalised(&w[e]) && w[e].len > 1 &&
         !IN_LIST(&w[e], office) && !title_at(tt, w, e, n) && !all_punct(&w[e])) {
    /* a given name spelt like a town ("David", a city of Panama) when a
     * surname the gazetteer does not know follows */
    bool given = e == s && (w[e].gz & named) == NM_GZ_CITY && e + 1 < n && !lab[e + 1] &&
                 is_capitalised(&w[e + 1]) && !(w[e + 1].gz & named) && !all_punct(&w[e + 1]);
    /* ... and a surname spelt like a town ("Pascoal Ronda") that ends the
     * name after a given name the gazetteer does not know */
    bool surname = e > s && (w[e].gz & named) == NM_GZ_CITY && !(w[e - 1].gz & named) &&
                   (e + 1 >= n || !is_capitalised(&w[e + 1]));
    if ((w[e].gz & named) && !given && !surname) break;
    e++;
  }
  if (e == s) return 0;
  /* the name must end there: not "President Trump Tower" cut short */
  if (e < n && (lab[e] || (is_capitalised(&w[e]) && !all_punct(&w[e])))) return 0;
  return e;
}

/* Whether a title starts at sentence word e. */
static bool title_at(const nm_titles *tt, const nm_nword *w, size_t e, size_t n) {
  uint64_t h[NM_TITLE_MAX], head;
  size_t m = 0;
  for (; m < NM_TITLE_MAX && e + m < n; m++)
    h[m] = nm_gz_token_hash(w[e + m].form, w[e + m].len);
  return m && nm_title_starting_at(tt, h, 0, m, &head) > 0;
}

static int all_punct(const nm_nword *w) {
  for (size_t i = 0; i < w->len; i++) {
    unsigned char c = (unsigned char)w->form[i];
    if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')) return 0;
  }
  return w->len > 0;
}

static int possessive(const nm_nword *w) {
  return tok_is(w->form, w->len, "'s") || tok_is(w->form, w->len, "\xe2\x80\x99s") ||
         tok_is(w->form, w->len, "'") || tok_is(w->form, w->len, "\xe2\x80\x99");
}

static int honorific(const nm_nword *w) {
  static const char *const h[] = {
      "mr.",   "mrs.",      "ms.",    "dr.",    "mr",    "mrs", "ms",       "dr",      "miss",
      "sir",   "dame",      "lord",   "lady",   "rev.",  "rev", "reverend", "emperor", "empress",
      "prof.", "professor", "father", "mother", "saint", "st.", "master",   "madame",  "monsieur"};
  return IN_LIST_CI(w, h);
}

/* Lower-case words that may stand inside a name: "Bank of England",
 * "Ludwig van Beethoven", "Osama bin Laden". */
static int name_particle(const nm_nword *w) {
  static const char *const p[] = {"of",  "the", "and", "for", "de", "del", "della", "di",  "da",
                                  "van", "von", "der", "den", "la", "le",  "du",    "bin", "bint",
                                  "ibn", "al",  "el",  "y",   "&",  "dos", "das",   "des", "zu"};
  if (IN_LIST_CI(w, p)) return 1;
  /* "al-Sisi", "d'Estaing" */
  if (w->len > 3 && (memcmp(w->form, "al-", 3) == 0 || memcmp(w->form, "el-", 3) == 0)) return 1;
  if (w->len > 2 && w->form[0] == 'd' && w->form[1] == '\'') return 1;
  return 0;
}

/* Capitalised words that are no name on their own: era markers ("3000
 * BC"), a company's legal form left after a comma ("Atlantic Lottery
 * Corporation, Inc.") and family words used as a form of address ("to
 * Dad, from Judy"; CoNLL and OntoNotes do not tag them, and they name no
 * one the article could identify). "Father" and "Mother" are left out:
 * they are also honorifics ("Father Brown"). */
static int never_alone(const nm_nword *w) {
  static const char *const words[] = {
      "BC",  "AD",   "BCE", "CE",    "B.C.",  "A.D.",  "B.C.E.",  "C.E.",    "Inc.",
      "Inc", "Ltd.", "Ltd", "Corp.", "Corp",  "Co.",   "LLC",     "plc",     "PLC",
      "Dad", "Mom",  "Mum", "Daddy", "Mommy", "Mummy", "Grandma", "Grandpa", "Granny"};
  return IN_LIST(w, words);
}

/* Interjections and greetings, which name no one: "it's OK", "Bye!". */
static int interjection(const nm_nword *w) {
  static const char *const words[] = {
      "OK", "Okay", "Bye", "Goodbye", "Hello", "Hi",   "Hey",    "Wow",  "Yeah", "Yes",  "No",
      "Oh", "Ah",   "Uh",  "Um",      "Hmm",   "Ciao", "Thanks", "Boom", "Oops", "Whoa", "Yay"};
  if (IN_LIST(w, words)) return 1;
  /* a sound drawn out: "Uhhh", "Ahhh", "Sooo" (names never hold one
   * letter three times running) */
  for (size_t i = 2; i < w->len; i++) {
    unsigned char c = (unsigned char)(w->form[i] | 0x20);
    if (c >= 'a' && c <= 'z' && (w->form[i - 1] | 0x20) == c && (w->form[i - 2] | 0x20) == c)
      return 1;
  }
  return 0;
}

/* Four or more digits and nothing else. */
static int long_number(const nm_nword *w) {
  if (w->len < 4) return 0;
  for (size_t i = 0; i < w->len; i++)
    if (w->form[i] < '0' || w->form[i] > '9') return 0;
  return 1;
}

/* Capitalised head words of organisation names (compared case-sensitively,
 * so that "party" in running text does not count). */
static const char *const org_heads[] = {
    "Academy", "Administration", "Advisory", "Agency", "Airlines", "Airways", "Assembly",
    "Association", "Authority", "Bank", "Board", "Bulletin", "Bureau", "Cartel", "Caucus",
    "Chamber", "Chronicle", "Church", "Clinic", "Club", "College", "Commission", "Committee",
    "Company", "Confederation", "Congress", "Constabulary", "Consulting", "Corp.", "Corporation",
    "Council", "Court", "Department", "Directorate", "F.C.", "FC", "Federation", "Foundation",
    "Fund", "Gazette",
    "Group", "Herald", "Hospital", "Inc.", "Industries", "Institute", "International", "Journal",
    "League", "Lines", "Logistics", "Ltd.", "Management", "Maritime", "Ministry", "Movement",
    "Museum", "News", "Office", "Orchestra", "Organisation", "Organization", "Parliament", "Party",
    "Police", "Publishing", "Radio", "Records", "School", "Senate", "Service", "Shipping",
    "Society", "Studios", "Subcommittee", "TV", "Times", "Tribunal", "Tribune", "Union",
    "University"};

/* Head words of armed bodies and alliances, for names the model left
 * out whole ("Rapid Support Forces", "Syrian Democratic Forces"). */
static const char *const armed_heads[] = {"Alliance", "Army",     "Battalion", "Brigade",
                                          "Brigades", "Coalition", "Command",  "Division",
                                          "Fleet",    "Force",     "Forces",   "Front",
                                          "Frontier",
                                          "Guard",
                                          "Militia",  "Navy",      "Regiment", "Staff"};

/* Whether w is an ordinal in digits: "5th", "101st", "2nd", "3rd". */
static bool ordinal_word(const nm_nword *w) {
  size_t k = 0;
  while (k < w->len && w->form[k] >= '0' && w->form[k] <= '9')
    k++;
  if (!k || w->len != k + 2) return false;
  const char *x = w->form + k;
  return !memcmp(x, "st", 2) || !memcmp(x, "nd", 2) || !memcmp(x, "rd", 2) || !memcmp(x, "th", 2);
}

/* Institutions named by one capitalised word. */
static const char *const org_words[] = {"Bundestag", "Cabinet", "Congress",   "Duma",
                                        "Kremlin",   "Knesset", "Parliament", "Pentagon",
                                        "Politburo", "Senate",  "Treasury"};

/* A state's armed or police service named by one word ("the Navy"; "the
 * Guard" after "Iran's Revolutionary Guard"). */
static const char *const service_words[] = {"Army",     "Gendarmerie", "Marines", "Military",
                                            "Navy",     "Police",      "Guard",   "Guards"};

/* Whether s[0..len) is one of the n words of list (word_in()). */
static bool one_of(const char *s, size_t len, const char *const *list, size_t n) {
  nm_nword w = {0};
  w.form = s;
  w.len = len;
  return word_in(&w, list, n);
}

bool nm_mention_org_word(const char *s, size_t len) {
  return one_of(s, len, org_words, sizeof org_words / sizeof *org_words);
}

bool nm_mention_service_word(const char *s, size_t len) {
  return one_of(s, len, service_words, sizeof service_words / sizeof *service_words);
}

/* Institutions a text names by their kind's word alone, capitalised after
 * "the": "the University", "the House", "the Government", "the
 * Assembly". */
static const char *const institutions[] = {
    "Academy",  "Administration", "Army",       "Assembly",   "Board",    "Bureau",
    "College",  "Commission",     "Committee",  "Company",    "Congress", "Corporation",
    "Council",  "Court",          "Department", "Government", "House",    "Institute",
    "Ministry", "Navy",           "Parliament", "Party",      "Senate",   "University"};

bool nm_mention_institution_word(const char *s, size_t len) {
  /* (not "House": "the House" is no White House) */
  return !(len == 5 && !memcmp(s, "House", 5)) &&
         one_of(s, len, institutions, sizeof institutions / sizeof *institutions);
}

/* A country named by its kind's word, capitalised after "the", "our",
 * "this" …: "the Nation", "our Republic". */
static const char *const homelands[] = {"Country", "Nation", "Republic"};
static const char *const homeland_dets[] = {"the", "our", "this", "my", "your"};

/* Heads of legislative chambers' names, only before "of": "House of
 * Representatives", "House of Commons" (a "house" alone is anything). */
static const char *const chambers[] = {"House"};

/* Political divisions, whose names are "<division> of <name>". */
static const char *const divisions[] = {
    "Borough", "Canton",    "City",         "Commonwealth", "County",       "District", "Duchy",
    "Emirate", "Kingdom",   "Municipality", "Prefecture",   "Principality", "Province", "Republic",
    "State",   "Sultanate", "Territory",    "Town",         "Township",     "Village"};

/* Last words of divisions' names: "Fulton County", "Helmand Province",
 * "Kherson Oblast" (the model may take the words before for a person). */
static const char *const division_tails[] = {
    "Borough",  "County",   "District",   "Governorate", "Municipality", "Oblast",
    "Parish",   "Prefecture", "Province", "Raion",       "Township"};

/* First words of natural places' names. */
static const char *const place_firsts[] = {"Cape", "Lake", "Mount", "Mt."};

/* Repairs a span the model found in sentence words [lo, hi): drops a
 * trailing possessive or punctuation; for a person, drops titles and
 * honorifics the span starts with or begins inside ("State Antony
 * Blinken" after "Secretary of"); for a place, widens it to a gazetteer
 * place it cuts ("Aviv" in "Tel Aviv"); a name with an organisation head
 * word ("... University", "Bank of ...", a lone "Congress") is an ORG and
 * a country's name a GPE, whatever the model said. Returns 0 when nothing
 * is left. */
/* A word written wholly in a script other than Latin: Greek, Cyrillic,
 * Arabic, Chinese … (no ASCII byte, and a lead byte past the Latin
 * blocks). */
static int other_script(const nm_nword *w) {
  if (!w->len || (unsigned char)w->form[0] < 0xCE) return 0;
  for (size_t i = 0; i < w->len; i++)
    if ((unsigned char)w->form[i] < 0x80) return 0;
  return 1;
}

/* A capital letter and a full stop ("C.") at sentence word k. */
static int letter_dot(const nm_nword *w, size_t k) {
  return w[k].len == 2 && w[k].form[0] >= 'A' && w[k].form[0] <= 'Z' && w[k].form[1] == '.';
}

/* Whether the name starting at article word a opens with a letter of a
 * lettered list ("A. Anasazi B. Cherokee C. Aztec D. Inca", a question's
 * answers, which the segmenter may split): the letter before or after it
 * in the alphabet marks another item within four words. Such items are
 * answers, not a person's initial. */
static int list_letter(const nm_nword *w, size_t nt, size_t a) {
  if (!letter_dot(w, a)) return 0;
  char c = w[a].form[0];
  for (size_t k = a + 1; k < nt && k <= a + 4; k++)
    if (letter_dot(w, k) && w[k].form[0] == c + 1) return 1;
  for (size_t k = a > 4 ? a - 4 : 0; k < a; k++)
    if (letter_dot(w, k) && w[k].form[0] == c - 1) return 1;
  return 0;
}

static bool after_title(const nm_titles *tt, const nm_nword *w, size_t lo, size_t a);
static bool function_word(const nm_nword *w);

/* The first word at or after a, before b - 1, that is no lower-case
 * preposition or conjunction: no name starts with one, and a label run cut
 * short, or cut where the name before it ends, leaves one ("the Former
 * Yugoslav Republic of Macedonia" gave "Yugoslav Republic" and "of
 * Macedonia"). */
static size_t past_joins(const nm_nword *w, size_t a, size_t b) {
  static const char *const joins[] = {"of", "and", "or", "for", "in", "on",
                                      "at", "to",  "from", "by", "with"};
  while (b - a >= 2 && IN_LIST(&w[a], joins)) a++;
  return a;
}

/* "the Committee to Protect Journalists", "the Campaign to Stop Killer
 * Robots": after a name [.., b) ending in a body's head word, "to", a
 * capitalised verb and the capitalised words after it are the name's;
 * the new end, or b. */
static size_t purpose_end(const nm_nword *w, size_t b, size_t hi) {
  static const char *const purpose_heads[] = {"Campaign", "Initiative", "Project", "Coalition"};
  if (b == 0 || b + 1 >= hi ||
      !(IN_LIST(&w[b - 1], org_heads) || IN_LIST(&w[b - 1], purpose_heads)) ||
      !tok_is(w[b].form, w[b].len, "to") || !is_capitalised(&w[b + 1]) || !w[b + 1].xpos ||
      strcmp(w[b + 1].xpos, "VB") != 0)
    return b;
  size_t e = b + 2;
  while (e < hi && e - b < 6 && is_capitalised(&w[e]) && !all_punct(&w[e]))
    e++;
  return e;
}

/* Whether w starts with a lower-case ASCII letter. */
static bool lower_word(const nm_nword *w) {
  return w->len && w->form[0] >= 'a' && w->form[0] <= 'z';
}

/* Whether w is a settlement's kind in lower case ("city", not "City"),
 * which closes no place's name ("Yellow sea", "Korean peninsula" do). */
static bool lower_kind(const nm_nword *w) {
  static const char *const kinds[] = {"city", "town", "village", "province", "state", "county",
                                      "district"};
  return lower_word(w) && IN_LIST(w, kinds);
}

/* Whether w is a compass adjective in lower case ("northwestern"). */
static bool lower_compass(const nm_nword *w) {
  static const char *const compass[] = {"northern",     "southern",     "eastern",
                                        "western",      "central",      "northeastern",
                                        "northwestern", "southeastern", "southwestern"};
  return lower_word(w) && IN_LIST(w, compass);
}

static bool bare_acronym(const nm_nword *w);

static int repair_span(const nm_titles *tt, const nm_gazetteer *g, const nm_nword *w, size_t lo,
                       size_t hi, size_t *pa, size_t *pb, nm_entity_type *ty) {
  size_t a = *pa, b = *pb;
  /* an organisation's name the model ended inside a place's name of the
   * gazetteer runs to the place's end and the body's head word after it:
   * "the Royal Papua New Guinea Constabulary" (taken as "Royal Papua New",
   * Papua an Indonesian province) */
  uint32_t last_at = b > a ? w[b - 1].gz >> 16 : 0, next_at = b < hi ? w[b].gz >> 16 : 0;
  if (*ty == NM_ENT_ORG && (last_at == 1 || last_at == 2) && (next_at == 2 || next_at == 3)) {
    while (b < hi && (w[b].gz >> 16) == 2)
      b++;
    if (b < hi && (w[b].gz >> 16) == 3) b++;
    if (b < hi && IN_LIST(&w[b], org_heads)) b++;
    *pb = b;
  }
  /* a country's adjective and a portfolio's words before "and" or a
   * title are the title's, no name: "Ethiopian Water and Energy
   * Minister Tesfaye Woldemariam" (taken as a person "Ethiopian Water"),
   * "Petroleum Minister Deng Akol Mayen" (taken as a place "Petroleum") */
  if (b < hi && b - a <= 4) {
    bool port = false, all = true;
    for (size_t k = a; k < b && all; k++) {
      bool pw = is_capitalised(&w[k]) && IN_LIST_CI(&w[k], portfolio);
      port |= pw;
      all = pw || (w[k].gz & NM_GZ_DEMONYM) || tok_is(w[k].form, w[k].len, "and");
    }
    if (port && all && (tok_is(w[b].form, w[b].len, "and") || title_at(tt, w, b, hi))) {
      if (!(w[a].gz & NM_GZ_DEMONYM) || tok_is(w[b].form, w[b].len, "and")) return 0;
      /* (the country's adjective stays, a people's name, right before a
       * title: "Panamanian Security Minister Rogelio Arosemena") */
      b = a + 1;
      *pb = b;
      *ty = NM_ENT_NORP;
    }
  }
  /* "the Chamber of Commerce", "the Chamber of Mines" with only the last
   * word taken for a person: the body's head word and "of" before it
   * are the name's, a body's */
  if (*ty == NM_ENT_PERSON && b - a == 1 && a >= lo + 2 &&
      tok_is(w[a - 1].form, w[a - 1].len, "of") && is_capitalised(&w[a - 2]) &&
      IN_LIST(&w[a - 2], org_heads)) {
    a -= 2;
    *ty = NM_ENT_ORG;
    *pa = a;
  }
  /* a place's name ending in a police, state or armed body's head word
   * is the body ("the Zamfara State Police Command", "the Kachin
   * Independence Army"), unless the gazetteer knows the whole as a
   * place */
  static const char *const bodies[] = {"Command", "Police",   "Ministry",     "Department",
                                       "Commission", "Council", "Agency",     "Authority",
                                       "Army",    "Forces",   "Front",        "Movement",
                                       "Party",   "Alliance", "Organization", "Organisation"};
  if ((*ty == NM_ENT_GPE || *ty == NM_ENT_LOC) && b - a >= 2 && IN_LIST(&w[b - 1], bodies) &&
      !(gz_span_flags(g, w, a, b) & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_REGION | NM_GZ_ADMIN1)))
    *ty = NM_ENT_ORG;
  /* "Piraeus-based Thalassa Bulk Management" taken whole for a person:
   * the body after "-based", an organisation */
  if (b - a >= 4 && w[a + 1].len == 1 && w[a + 1].form[0] == '-' &&
      tok_is(w[a + 2].form, w[a + 2].len, "based") && is_capitalised(&w[a + 3])) {
    a += 3;
    *pa = a;
    if (*ty == NM_ENT_PERSON) *ty = NM_ENT_ORG;
  }
  /* a name glued to "-based" is where a body sits, a place
   * ("Piraeus-based …", taken for a person) */
  if ((*ty == NM_ENT_PERSON || *ty == NM_ENT_ORG) && b + 1 < hi && w[b].len == 1 &&
      w[b].form[0] == '-' && tok_is(w[b + 1].form, w[b + 1].len, "based"))
    *ty = NM_ENT_GPE;
  /* a scale of temperature is no name ("minus 10 degrees Celsius") */
  static const char *const scales[] = {"Celsius", "Fahrenheit", "Kelvin"};
  if (b - a == 1 && IN_LIST(&w[a], scales)) return 0;
  /* a month is no place ("extradited from Kazakhstan in April") */
  if (b - a == 1 && (*ty == NM_ENT_GPE || *ty == NM_ENT_LOC)) {
    nm_tl_entry te;
    if (nm_tl_lookup(w[a].form, w[a].len, &te) && te.cls == NM_TL_MONTH &&
        !(te.flags & NM_TLF_ABBR))
      return 0;
  }
  /* a language in a compound ("the French-speaking majority",
   * "English-speaking lawyers") names no people or country */
  if (b + 1 < hi && w[b].len == 1 && w[b].form[0] == '-' &&
      tok_is(w[b + 1].form, w[b + 1].len, "speaking") && b - a == 1)
    return 0;
  /* a name neither starts with an article nor ends with a lower-case word
   * ("the Netherlands", "… Court of Appeal did") */
  while (a < b && (tok_is(w[a].form, w[a].len, "the") || tok_is(w[a].form, w[a].len, "a") ||
                   tok_is(w[a].form, w[a].len, "an")))
    a++;
  /* ... nor with a lower-case preposition or conjunction */
  a = past_joins(w, a, b);
  /* ... nor with a lower-case word of nearness before a capitalised one
   * ("the nearby Catatumbo region", "neighbouring Tigray") */
  static const char *const near_words[] = {"nearby", "neighbouring", "neighboring",
                                           "adjacent", "restive", "volatile", "remote"};
  while (b - a >= 2 && lower_word(&w[a]) && IN_LIST(&w[a], near_words) &&
         is_capitalised(&w[a + 1]))
    a++;
  /* "Deadly Attack Near Ankara" in a title-case headline: a capitalised
   * preposition before a place is no part of its name */
  static const char *const preps[] = {"near", "in",   "after",   "against", "from",
                                      "into", "over", "outside", "across",  NULL};
  for (size_t q = 0; preps[q] && b - a >= 2 && is_capitalised(&w[a]); q++)
    if (tok_is(w[a].form, w[a].len, preps[q]) &&
        (gz_span_flags(g, w, a + 1, b) &
         (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION))) {
      a++;
      *ty = place_type(g, w, a, b);
      break;
    }
  while (b > a && (possessive(&w[b - 1]) || all_punct(&w[b - 1]) || lower_word(&w[b - 1])))
    b--;
  /* ... nor runs on through two lower-case words, the first no name's
   * particle ("Beijing for talks with his Chinese counterpart", read as
   * one organisation): the name ends before them, a place if the
   * gazetteer says so ("Bank of the Philippine Islands" goes on) */
  static const char *const particles[] = {"of", "and", "the", "de", "la", "le", "del", "al",
                                          "el", "du", "des", "von", "van", "der", "den", "di",
                                          "da", "bin", "ibn", "y", "e", "for", "on", "to"};
  for (size_t k = a + 1; k + 1 < b; k++)
    if (lower_word(&w[k]) && lower_word(&w[k + 1]) && !IN_LIST(&w[k + 1], particles)) {
      b = k;
      while (b > a && lower_word(&w[b - 1]))
        b--;
      if (*ty != NM_ENT_PERSON &&
          (gz_span_flags(g, w, a, b) & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION)))
        *ty = place_type(g, w, a, b);
      break;
    }
  /* ... nor holds a verb ("Hamas accused Washington of giving Israel
   * cover", taken whole): the name ends before the verb and the
   * lower-case words before it */
  for (size_t k = a + 1; k < b; k++)
    if (lower_word(&w[k]) && w[k].xpos && w[k].xpos[0] == 'V' && w[k].xpos[1] == 'B') {
      b = k;
      while (b > a && lower_word(&w[b - 1]))
        b--;
      break;
    }
  /* a name ends before its spelling in another script ("Sikong Tu 司空图",
   * "Lev Tolstoy Лев Толстой"): the gloss is no part of the English name */
  while (b - a >= 2 && other_script(&w[b - 1]))
    b--;
  if (a >= b) return 0;
  size_t pe = purpose_end(w, b, hi);
  if (pe > b) b = pe, *ty = NM_ENT_ORG;
  if (b - a == 1 && never_alone(&w[a])) return 0;
  {
    /* a title alone names no one ("the Secretary", "Assoc. Dean"); a
     * surname spelt like one ("King" after "Martin Luther King") comes
     * back with the names propagated over the article */
    uint64_t th[NM_TITLE_MAX];
    size_t m = 0;
    for (; m < NM_TITLE_MAX && a + m < b; m++)
      th[m] = nm_gz_token_hash(w[a + m].form, w[a + m].len);
    uint64_t head;
    if (a + m == b && nm_title_starting_at(tt, th, 0, m, &head) == b - a) return 0;
    /* ... nor does a title's first word ("In Caracas, Foreign Minister
     * Yván Gil": "Foreign" alone, as a place), nor a word for the
     * holder's standing before a title ("Caretaker Prime Minister X") */
    if (b - a == 1) {
      for (m = 1; m < NM_TITLE_MAX && a + m < hi; m++)
        th[m] = nm_gz_token_hash(w[a + m].form, w[a + m].len);
      if (m > 1 && nm_title_starting_at(tt, th, 0, m, &head) > 1) return 0;
      for (size_t q = 0; nm_title_standing[q] && m > 1; q++)
        if (tok_is(w[a].form, w[a].len, nm_title_standing[q]) &&
            nm_title_starting_at(tt, th, 1, m, &head) > 0)
          return 0;
    }
  }
  /* a place's name ends before a postal code ("Massachusetts 01810",
   * "Washington, D.C. 20515" in an address): place names end in words,
   * and four or more digits are a code or a year, not part of the name */
  if (*ty == NM_ENT_GPE || *ty == NM_ENT_LOC)
    while (b - a >= 2 && long_number(&w[b - 1]) && is_capitalised(&w[b - 2]))
      b--;
  /* "Israel Friday reimposed ...": a weekday after a country's or a
   * city's name is the day of the news, no surname */
  {
    nm_tl_entry te; /* the times lexicon's weekdays, written out, singular */
    if (b - a >= 2 && is_capitalised(&w[b - 1]) &&
        nm_tl_lookup(w[b - 1].form, w[b - 1].len, &te) && te.cls == NM_TL_WEEKDAY &&
        !(te.flags & (NM_TLF_PLURAL | NM_TLF_ABBR)) &&
        (gz_span_flags(g, w, a, b - 1) & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1))) {
      b--;
      *ty = place_type(g, w, a, b);
    }
  }
  /* "Adam Air Flight 574": the airline is the name, an organisation */
  for (size_t k = a + 1; k < b; k++)
    if (tok_is(w[k].form, w[k].len, "flight") && is_capitalised(&w[k]) &&
        (k + 1 == b || (w[k + 1].len && w[k + 1].form[0] >= '0' && w[k + 1].form[0] <= '9'))) {
      b = k;
      *ty = NM_ENT_ORG;
      break;
    }
  /* a name stops before an e-mail address, a bracket, or a lower-case word
   * that is not a name particle ("Lotte Wilms lotte.wilms@…") */
  for (size_t i = a + 1; i < b; i++) {
    const nm_nword *x = &w[i];
    int bad = memchr(x->form, '@', x->len) || memchr(x->form, '[', x->len) ||
              memchr(x->form, ']', x->len) || memchr(x->form, '(', x->len) ||
              memchr(x->form, ')', x->len);
    if (!bad && x->len && x->form[0] >= 'a' && x->form[0] <= 'z' && !name_particle(x)) bad = 1;
    if (bad) {
      b = i;
      break;
    }
  }
  /* a name that ends in "University", "Congress", "Party" ..., or starts
   * with "University of", "Bank of" ..., names an organisation; checked
   * before a person's titles are stripped ("United States Congress" is no
   * title followed by a name) */
  if (*ty != NM_ENT_ORG && b - a >= 2 &&
      (IN_LIST(&w[b - 1], org_heads) ||
       (b - a >= 3 && IN_LIST(&w[a], org_heads) && tok_is(w[a + 1].form, w[a + 1].len, "of"))))
    *ty = NM_ENT_ORG;
  if (*ty != NM_ENT_ORG && b - a == 1 && IN_LIST(&w[a], org_words)) *ty = NM_ENT_ORG;
  if (*ty != NM_ENT_ORG && b - a == 1 && IN_LIST(&w[a], institutions)) *ty = NM_ENT_ORG;
  /* "State of Pennsylvania", "Municipality of Culion", "Democratic
   * People's Republic of Korea": a political division's word before the
   * name's first "of" makes it a place, whatever the model said */
  if (b - a >= 3 && !IN_LIST(&w[b - 1], org_heads))
    for (size_t k = a + 1; k + 1 < b; k++)
      if (tok_is(w[k].form, w[k].len, "of")) {
        if (IN_LIST(&w[k - 1], divisions) && is_capitalised(&w[k + 1])) *ty = NM_ENT_GPE;
        break;
      }
  /* "Bank of America", "University of Texas": the place names the
   * organisation that the words before it head */
  /* and "Armed Forces of the Philippines": an armed body's word before
   * "of" or "of the" and a place the gazetteer knows */
  size_t of = a >= lo + 2 && tok_is(w[a - 1].form, w[a - 1].len, "of") ? 1 : 0;
  uint32_t gzp = of || a >= lo + 3 ? gz_span_flags(g, w, a, b) : 0;
  bool known = (gzp & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION)) != 0;
  if (!of && known && a >= lo + 3 && tok_is(w[a - 1].form, w[a - 1].len, "the") &&
      tok_is(w[a - 2].form, w[a - 2].len, "of"))
    of = 2;
  bool org_head = of && ((of == 1 && IN_LIST(&w[a - of - 1], org_heads)) ||
                         (known && IN_LIST(&w[a - of - 1], armed_heads)));
  if (org_head && (*ty != NM_ENT_PERSON || known)) {
    a -= of + 1;
    while (a > lo && a + 4 > *pa && is_capitalised(&w[a - 1]) && !all_punct(&w[a - 1]) &&
           !(w[a - 1].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)) &&
           !tok_is(w[a - 1].form, w[a - 1].len, "the") && !tok_is(w[a - 1].form, w[a - 1].len, "a"))
      a--;
    *ty = NM_ENT_ORG;
  }
  /* "flows past Semey and Pavlodar", "a farmer from Delicias": a one-word
   * "person" the gazetteer knows as a city, and as no person, right after
   * a preposition of place (or after "and" and such a city) is the city */
  static const char *const place_preps[] = {"in", "near", "past", "from", "outside", "around",
                                            "toward", "towards", "via", "through"};
  /* (of four letters or more: not "in God") */
  if (*ty == NM_ENT_PERSON && b - a == 1 && a > lo && w[a].len >= 4 && (w[a].gz & NM_GZ_CITY) &&
      !(w[a].gz & NM_GZ_PERSON)) {
    bool after = IN_LIST(&w[a - 1], place_preps);
    if (!after && a > lo + 1 && tok_is(w[a - 1].form, w[a - 1].len, "and") &&
        (w[a - 2].gz & (NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_COUNTRY)) &&
        !(w[a - 2].gz & NM_GZ_PERSON))
      after = true;
    if (after) *ty = NM_ENT_GPE;
  }
  /* "the border townships of Maungdaw and Buthidaung", "the town of
   * Arcahaie": a one-word "person" after a settlement's or division's noun
   * and "of" (or after "and" and such a place) is the place, whatever the
   * gazetteer knows */
  static const char *const settlement_nouns[] = {
      "town",     "towns",     "township", "townships", "village", "villages", "city",
      "cities",   "district",  "districts", "province", "provinces", "region",  "regions",
      "municipality", "county", "counties", "area"};
  if (*ty == NM_ENT_PERSON && b - a == 1 && a >= lo + 2 && !(w[a].gz & NM_GZ_PERSON) &&
      tok_is(w[a - 1].form, w[a - 1].len, "of") && IN_LIST(&w[a - 2], settlement_nouns))
    *ty = NM_ENT_GPE;
  /* a "person" named like a natural place is one: "Algoa Bay", "Mount Hood" */
  if (*ty == NM_ENT_PERSON && b - a >= 2 &&
      ((is_capitalised(&w[b - 1]) && IN_LIST_CI(&w[b - 1], loc_heads)) ||
       IN_LIST(&w[a], place_firsts)))
    *ty = NM_ENT_LOC;
  /* ... and so is an "organisation" named like one: "Second Thomas Shoal" */
  if (*ty == NM_ENT_ORG && b - a >= 2 && is_capitalised(&w[b - 1]) &&
      IN_LIST_CI(&w[b - 1], nature_heads))
    *ty = NM_ENT_LOC;
  /* ... or like a region of the gazetteer whose last word is a place's:
   * "West Bank" is no bank, though "World Bank" is */
  if (*ty == NM_ENT_ORG && b - a >= 2 && IN_LIST_CI(&w[b - 1], loc_heads) &&
      (gz_span_flags(g, w, a, b) & NM_GZ_REGION))
    *ty = NM_ENT_LOC;
  if (*ty == NM_ENT_PERSON && b - a >= 2 && IN_LIST(&w[b - 1], facility_heads)) *ty = NM_ENT_LOC;
  /* (or for a body: "the Shaheed Hussain Adam Building", where parliament
   * sits, is the building; "the Catholic Church" stays a body) */
  static const char *const buildings[] = {"Building", "Tower"};
  if (*ty == NM_ENT_ORG && b - a >= 2 && IN_LIST(&w[b - 1], buildings)) *ty = NM_ENT_LOC;
  /* "Quito's Mariscal Sucre International Airport", cut by the model
   * before "International" as a person: the capitalised words after the
   * name up to a building's head word are the name's, a place */
  for (size_t e = b; *ty == NM_ENT_PERSON && e < hi && e < b + 3 && is_capitalised(&w[e]); e++)
    if (IN_LIST(&w[e], facility_heads)) {
      b = e + 1;
      *ty = NM_ENT_LOC;
    }
  /* "the Navy's 5th Fleet said", "Guard personnel": an armed body's head
   * word names no person; an ordinal before it is part of the name */
  if (*ty == NM_ENT_PERSON && IN_LIST(&w[b - 1], armed_heads)) *ty = NM_ENT_ORG;
  /* "the Somali group of the same name": a one-word name that is a
   * people's word (and a place's: Ethiopia's Somali Region) before a noun
   * in lower case is the people's adjective */
  if ((*ty == NM_ENT_GPE || *ty == NM_ENT_LOC) && b - a == 1 && (w[a].gz & NM_GZ_DEMONYM) &&
      b < hi && w[b].len && w[b].form[0] >= 'a' && w[b].form[0] <= 'z' && w[b].upos &&
      !strcmp(w[b].upos, "NOUN"))
    *ty = NM_ENT_NORP;
  /* (nor a place, whatever town its head word names: "Russia's Northern
   * Fleet", Fleet a town of England) */
  if ((*ty == NM_ENT_GPE || *ty == NM_ENT_LOC) && b - a >= 2 && IN_LIST(&w[b - 1], armed_heads) &&
      !(gz_span_flags(g, w, a, b) & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION)))
    *ty = NM_ENT_ORG;
  /* (nor with its country's name after it: "Border Guard Bangladesh",
   * "Police Service Nigeria") */
  if (*ty == NM_ENT_PERSON && b - a >= 3 && (w[b - 1].gz & NM_GZ_COUNTRY) &&
      (IN_LIST(&w[b - 2], armed_heads) || IN_LIST(&w[b - 2], org_heads)))
    *ty = NM_ENT_ORG;
  if (*ty == NM_ENT_ORG && IN_LIST(&w[b - 1], armed_heads) && a > lo && ordinal_word(&w[a - 1]))
    a--;
  if (*ty == NM_ENT_PERSON && b - a >= 2 && IN_LIST(&w[b - 1], division_tails)) *ty = NM_ENT_GPE;
  /* "the rights group Foro Penal", "the charity Oxfam": a name right
   * after a lower-case noun for a body is the body's */
  if (*ty == NM_ENT_PERSON && a > lo) {
    for (size_t q = 0; q < sizeof org_nouns / sizeof *org_nouns; q++)
      if (tok_is(w[a - 1].form, w[a - 1].len, org_nouns[q])) *ty = NM_ENT_ORG;
  }
  /* "British Foreign Secretary David Cameron" taken whole for an
   * organisation: a title at its start (after a country or nationality)
   * and two or more capitalised words after it, none an organisation's
   * head word, are a person, whose title the block below strips */
  /* ... or for a place ("South Korean Foreign Minister Park Jin", taken
   * whole as a place after "and"): the country's words, then a title and
   * the name, which alone is the person's */
  bool place_whole = (*ty == NM_ENT_GPE || *ty == NM_ENT_NORP) && b - a >= 4 &&
                     (w[a].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM));
  /* (or a body's acronym before the title: "CGA Deputy Director-General
   * Lin Cheng-hao", taken whole for a place) */
  bool acronym_whole = (*ty == NM_ENT_GPE || *ty == NM_ENT_ORG) && b - a >= 4 &&
                       bare_acronym(&w[a]) && !(w[a].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM));
  place_whole = place_whole || acronym_whole;
  if ((*ty == NM_ENT_ORG || place_whole) && b - a >= 3 && b - a <= NM_TITLE_MAX + 4) {
    size_t s0 = a + ((w[a].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)) || acronym_whole ? 1 : 0);
    /* (the country's words may be several: "South Korean President Lee
     * Jae-myung", taken whole for an organisation after "and") */
    while (s0 < b && s0 - a < 3 && (w[s0].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)))
      s0++;
    uint64_t th[NM_TITLE_MAX];
    size_t m = 0, l = 0;
    for (; m < NM_TITLE_MAX && s0 + m < b; m++)
      th[m] = nm_gz_token_hash(w[s0 + m].form, w[s0 + m].len);
    uint64_t head;
    if (m) l = nm_title_starting_at(tt, th, 0, m, &head);
    bool named = l && s0 + l + 2 <= b;
    /* (a name's particles too: "Qatari Prime Minister Mohammed bin
     * Abdulrahman Al Thani") */
    for (size_t k = s0 + l; named && k < b; k++)
      named = (is_capitalised(&w[k]) || (k > s0 + l && k + 1 < b && name_particle(&w[k]))) &&
              !IN_LIST(&w[k], org_heads) && !IN_LIST(&w[k], org_words);
    if (named) *ty = NM_ENT_PERSON;
    if (named && (place_whole || s0 > a + 1)) a = s0 + l;
  }
  /* a lone letter names no person or place: "the letter T", "a G
   * rating", a grade or a variable; an organisation may ("posted on X") */
  if (b - a == 1 && w[a].len == 1 && *ty != NM_ENT_ORG) return 0;
  /* "Minister of Defence Ali Khan" taken from the portfolio: its words
   * after the title and "of" are no part of the name, which is a person's
   * ("Speaker of Parliament Milos Vukcevic" taken for a body) */
  /* (the portfolio's first words may be left out of the name: "Deputy
   * Secretary for Foreign Trade Luz Elena Cárdenas" taken from "Trade") */
  /* (past "and" between two of its words: "State Minister for Transport
   * and Logistics Dereje Alemayehu" taken from "Logistics") */
  size_t pfa = a;
  while (pfa > lo + 2 && pfa + 5 > a) {
    if (is_capitalised(&w[pfa - 1]) && IN_LIST_CI(&w[pfa - 1], portfolio))
      pfa--;
    else if (pfa > lo + 3 && tok_is(w[pfa - 1].form, w[pfa - 1].len, "and") &&
             is_capitalised(&w[pfa - 2]) && IN_LIST_CI(&w[pfa - 2], portfolio))
      pfa -= 2;
    else
      break;
  }
  if ((*ty == NM_ENT_PERSON || *ty == NM_ENT_ORG) && pfa >= lo + 2 &&
      (tok_is(w[pfa - 1].form, w[pfa - 1].len, "of") ||
       tok_is(w[pfa - 1].form, w[pfa - 1].len, "for")) &&
      after_title(tt, w, lo, pfa - 1)) {
    size_t pf = portfolio_end(w, pfa, b);
    if (pf < a) pf = a;
    bool named = pf > a && pf + 2 <= b;
    for (size_t k = pf; k < b && named; k++) /* (a hyphened given name: "Jean-Claude") */
      named = (is_capitalised(&w[k]) && !IN_LIST(&w[k], org_heads) &&
               !IN_LIST(&w[k], org_words)) ||
              (k > pf && k + 1 < b && tok_is(w[k].form, w[k].len, "-"));
    if (named) a = pf, *ty = NM_ENT_PERSON;
  }
  /* "Prime Minister Sheikh Hasina" with "Sheikh" left out of the name:
   * it is part of it (below, it is not stripped as a second title) */
  if (*ty == NM_ENT_PERSON && a >= lo + 2 && tok_is(w[a - 1].form, w[a - 1].len, "sheikh") &&
      after_title(tt, w, lo, a - 1))
    a--;
  /* a given name with an apostrophe inside, left out before the
   * surname: "Hauwa'u Abdullahi" taken as "Abdullahi" */
  if (*ty == NM_ENT_PERSON && a > lo && is_capitalised(&w[a - 1]) && w[a - 1].len >= 4 &&
      !(w[a - 1].gz & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_DEMONYM |
                       NM_GZ_ORG))) {
    const char *f = w[a - 1].form;
    size_t fl = w[a - 1].len;
    bool inner = false;
    for (size_t k = 1; k + 1 < fl && !inner; k++)
      inner = f[k] == '\'' && f[k + 1] >= 'a' && f[k + 1] <= 'z' &&
              !(k + 2 == fl && f[k + 1] == 's');
    if (inner && !title_at(tt, w, a - 1, hi)) a--;
  }
  /* a given name opening the sentence, left out before the surname the
   * model found alone: "Kamel Sharafeddine, a lawmaker, condemned …" (the
   * tagger reads the word as a proper noun; the article never writes it
   * in lower case, the gazetteer knows no place or body by it, and a comma
   * or a verb follows the name) */
  if (*ty == NM_ENT_PERSON && b == a + 1 && a == lo + 1 && (w[lo].ctx & NM_NCTX_SENT_START) &&
      is_capitalised(&w[lo]) && w[lo].len >= 3 && w[lo].xpos && !strcmp(w[lo].xpos, "NNP") &&
      !(w[lo].ctx & NM_NCTX_LOWER_ELSEWHERE) && !(w[lo].gz & 0xffffu) && !title_at(tt, w, lo, hi) &&
      b < hi && (tok_is(w[b].form, w[b].len, ",") || (w[b].xpos && w[b].xpos[0] == 'V'))) {
    bool letters = true;
    for (size_t k = 1; k < w[lo].len && letters; k++)
      letters = w[lo].form[k] >= 'a' && w[lo].form[k] <= 'z';
    if (letters) a = lo;
  }
  if (*ty == NM_ENT_PERSON) {
    /* a person's name is not a plural ("Senators"; one letter is no name
     * at all, above) */
    if (w[b - 1].xpos && strcmp(w[b - 1].xpos, "NNPS") == 0) return 0;
    /* nor initials alone ("M. D.", "U. S."): a surname goes with them */
    bool initials = true;
    for (size_t k = a; k < b && initials; k++)
      initials = (w[k].len == 1 || (w[k].len == 2 && w[k].form[1] == '.')) && is_capitalised(&w[k]);
    if (initials) return 0;
    uint64_t h[NM_TITLE_MAX + 8];
    for (int changed = 1; changed && a < b;) {
      changed = 0;
      if (honorific(&w[a])) {
        a++;
        changed = 1;
        continue;
      }
      size_t from = a > lo + NM_TITLE_MAX ? a - NM_TITLE_MAX : lo;
      if (from < a && (w[from].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM))) from++;
      for (size_t t = from; t <= a && !changed; t++) {
        size_t m = 0;
        for (; m < sizeof h / sizeof *h && t + m < hi; m++)
          h[m] = nm_gz_token_hash(w[t + m].form, w[t + m].len);
        uint64_t head;
        size_t l = nm_title_starting_at(tt, h, 0, m, &head);
        size_t skip = 0; /* a country or state before a title at the span's start: "U.S.
                            * Secretary", "Texas Gov.", "Arauca Governor", "Kyiv Mayor" */
        /* (a city only before a local office: "Kyiv Mayor"; "Hassan Sheikh
         * Mohamud" is a name, whatever the Indian city) */
        static const char *const local_offices[] = {"Mayor", "Governor", "Gov."};
        bool city_office = (w[t].gz & NM_GZ_CITY) && t + 1 < hi &&
                           IN_LIST(&w[t + 1], local_offices);
        if (!l && t == a &&
            ((w[t].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM | NM_GZ_ADMIN1)) || city_office) && m > 1) {
          l = nm_title_starting_at(tt, h, 1, m, &head);
          skip = 1;
        }
        /* "Deputy Irrigation Minister Mona el-Sherbiny": a portfolio the
         * titles do not list, one or two capitalised words before
         * "Minister" (after "Deputy" or "Acting"), the name after it */
        if (!l && t == a && b - a >= 4) {
          size_t k = a;
          if (tok_is(w[k].form, w[k].len, "deputy") || tok_is(w[k].form, w[k].len, "acting"))
            k++;
          size_t p0 = k;
          while (k < b && k - p0 < 2 && is_capitalised(&w[k]) &&
                 !tok_is(w[k].form, w[k].len, "minister") && !(w[k].gz & NM_GZ_COUNTRY))
            k++;
          /* (two words of the name at least) */
          if (k > p0 && k + 2 < b && w[k].len == 8 && !memcmp(w[k].form, "Minister", 8) &&
              is_capitalised(&w[k + 1]))
            l = k + 1 - a;
        }
        /* "Prime Minister Sheikh Hasina": "Sheikh" right after a title
         * is part of the name, not a second title */
        if (l == 1 && t == a && b - a >= 2 && tok_is(w[a].form, w[a].len, "sheikh") &&
            after_title(tt, w, lo, a))
          l = 0;
        if (l && t + skip + l > a) {
          a = t + skip + l;
          changed = 1;
        }
      }
    }
    /* "(European) Council President Charles Michel" taken whole: a body's
     * head word, then a title, inside the span; the name follows it (or a
     * chamber's: "House Secretary General Ramil Cordero") */
    for (size_t k = a + 1; k + 1 < b; k++) {
      if (!(IN_LIST(&w[k - 1], org_heads) || IN_LIST(&w[k - 1], chambers)) ||
          !is_capitalised(&w[k]))
        continue;
      size_t m = 0;
      for (; m < sizeof h / sizeof *h && k + m < b; m++)
        h[m] = nm_gz_token_hash(w[k + m].form, w[k + m].len);
      uint64_t head;
      size_t l = nm_title_starting_at(tt, h, 0, m, &head);
      if (l && k + l < b) {
        a = k + l;
        break;
      }
    }
    if (a >= b) return 0;
  }
  const uint32_t place = NM_GZ_CITY | NM_GZ_COUNTRY | NM_GZ_ADMIN1 | NM_GZ_REGION;
  /* a name the model started in the middle of a place's name, the words
   * before it left out: "Aviv" of "Tel Aviv" is the city */
  if (*ty != NM_ENT_GPE && *ty != NM_ENT_LOC && (w[a].gz & place) && (w[a].gz >> 16) == 3 &&
      (b == hi || !is_capitalised(&w[b]))) {
    size_t s = a;
    while (s > lo && (w[s].gz >> 16) != 1 && is_capitalised(&w[s - 1]))
      s--;
    if ((w[s].gz >> 16) == 1 && is_capitalised(&w[s]) && (gz_span_flags(g, w, s, b) & place)) {
      a = s;
      *ty = NM_ENT_GPE;
    }
  }
  if (*ty == NM_ENT_GPE || *ty == NM_ENT_LOC) {
    if ((w[a].gz & place) && ((w[a].gz >> 16) == 2 || (w[a].gz >> 16) == 3))
      while (a > lo && (w[a].gz >> 16) != 1)
        a--;
    if ((w[b - 1].gz & place) && ((w[b - 1].gz >> 16) == 1 || (w[b - 1].gz >> 16) == 2))
      while (b < hi && (w[b].gz >> 16) != 3 && (w[b].gz >> 16) == 2)
        b++;
    /* (the last word no lower-case settlement's kind: "the southern Gaza
     * city of Rafah" is no "Gaza City") */
    if (b < hi && (w[b].gz >> 16) == 3 && ((w[b - 1].gz >> 16) == 1 || (w[b - 1].gz >> 16) == 2) &&
        !lower_kind(&w[b]))
      b++;
    while (a < b && tok_is(w[a].form, w[a].len, "the")) /* widened to "the Netherlands" */
      a++;
  }
  if (*ty != NM_ENT_GPE && (gz_span_flags(g, w, a, b) & NM_GZ_COUNTRY)) *ty = NM_ENT_GPE;
  *pa = a;
  *pb = b;
  return 1;
}

/* A name that is a nationality word, or one qualified by a direction or
 * joined to another by a hyphen: "South African", "North American",
 * "Anglo-American" (NORP, as for a demonym alone); not a country, place or
 * organisation the gazetteer knows by the name, and not "Dawn French",
 * whose surname only is spelt like one. */
static bool demonym_name(const nm_gazetteer *g, const nm_nword *w, size_t a, size_t b) {
  static const char *const qualifiers[] = {"North",    "South",    "East",    "West",
                                           "Northern", "Southern", "Eastern", "Western",
                                           "Central",  "Latin",    "Anglo",   "Pan"};
  const uint32_t named = NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_ORG;
  uint32_t whole = gz_span_flags(g, w, a, b);
  if (whole & named) return false;
  if (whole & NM_GZ_DEMONYM) return true;
  uint32_t last = gz_span_flags(g, w, b - 1, b);
  if (b - a < 2 || !(last & NM_GZ_DEMONYM) || (last & (named | NM_GZ_PERSON))) return false;
  if (IN_LIST(&w[a], qualifiers)) return true;
  for (size_t k = a + 1; k + 1 < b; k++)
    if (w[k].len == 1 && w[k].form[0] == '-') return true;
  return false;
}

/* Does a capitalised title end right before sentence word a ("Vice
 * President Ford")? lo is the sentence's first word. */
static bool after_title(const nm_titles *tt, const nm_nword *w, size_t lo, size_t a) {
  if (a == lo || !is_capitalised(&w[a - 1])) return false;
  uint64_t h[NM_TITLE_MAX], head;
  size_t from = a - lo > NM_TITLE_MAX ? a - NM_TITLE_MAX : lo;
  for (size_t i = from; i < a; i++)
    h[i - from] = nm_gz_token_hash(w[i].form, w[i].len);
  size_t l = nm_title_ending_at(tt, h, 0, a - from, &head);
  return l && is_capitalised(&w[a - l]);
}

/* Does a title, "of" and its portfolio end right before sentence word k
 * ("State Minister of Finance Lalith Bandara Jayawardena")? */
static bool after_portfolio(const nm_titles *tt, const nm_nword *w, size_t lo, size_t k) {
  /* (or "for": "State Minister for Transport and Logistics") */
  for (size_t j = k; j-- > lo + 1 && k - j <= 6;) {
    bool of = tok_is(w[j].form, w[j].len, "of");
    if ((of || tok_is(w[j].form, w[j].len, "for")) && j + 1 < k &&
        portfolio_end(w, j + 1, k) == k && after_title(tt, w, lo, j))
      return true;
    if (of) return false;
  }
  return false;
}

/* Does a title in lower case, with "of" and its portfolio after it,
 * end right before sentence word c, a comma ("Zimbabwe's deputy
 * minister of information, Constance Marufu,")? */
static bool lower_title_before_comma(const nm_titles *tt, const nm_nword *w, size_t lo,
                                     size_t c) {
  size_t k = c;
  for (size_t j = c; j-- > lo + 1 && c - j <= 4;)
    if (tok_is(w[j].form, w[j].len, "of")) {
      bool port = j + 1 < c;
      for (size_t q = j + 1; q < c && port; q++)
        port = !is_capitalised(&w[q]) && IN_LIST_CI(&w[q], portfolio);
      if (port) k = j;
      break;
    }
  if (k <= lo || is_capitalised(&w[k - 1])) return false;
  uint64_t h[NM_TITLE_MAX], head;
  size_t from = k - lo > NM_TITLE_MAX ? k - NM_TITLE_MAX : lo;
  for (size_t i = from; i < k; i++)
    h[i - from] = nm_gz_token_hash(w[i].form, w[i].len);
  size_t l = nm_title_ending_at(tt, h, 0, k - from, &head);
  return l && !is_capitalised(&w[k - l]);
}


static const nm_entity_type ner_types[NM_NER_NTYPES] = {NM_ENT_PERSON, NM_ENT_ORG, NM_ENT_GPE};

/* --- Propagation: a name found once is found everywhere ---------------- */

typedef struct name_slot {
  uint64_t key; /* 0 = empty */
  nm_entity_type type;
  uint32_t votes[3]; /* one_type_per_name: person, organisation, place */
  bool acronym;      /* propagate_names: found only in capitals ("WHO", not "Who") */
} name_slot;

static name_slot *slot_of(name_slot *t, uint64_t mask, uint64_t key) {
  uint64_t i = key & mask;
  while (t[i].key && t[i].key != key)
    i = (i + 1) & mask;
  return &t[i];
}

/* The key of words [a, b); a longer span is keyed by its first
 * NM_GZ_MAX_TOKENS words. */
static uint64_t span_key(const nm_nword *w, size_t a, size_t b) {
  uint64_t h[NM_GZ_MAX_TOKENS];
  if (b - a > NM_GZ_MAX_TOKENS) b = a + NM_GZ_MAX_TOKENS;
  for (size_t i = a; i < b; i++)
    h[i - a] = nm_gz_token_hash(w[i].form, w[i].len);
  return nm_gz_key(h, b - a) | 1u;
}

static int cmp_mentions(const void *x, const void *y) {
  const nm_mention *a = x, *b = y;
  if (a->first_token != b->first_token) return a->first_token < b->first_token ? -1 : 1;
  return a->n_tokens > b->n_tokens ? -1 : a->n_tokens < b->n_tokens;
}

/* Drops the mentions among the first n0 marked gone (the ones pushed
 * after them stay) and puts them all back in text order. */
static void drop_gone(nm_doc *d, const uint8_t *gone, size_t n0) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t out = 0;
  for (size_t i = 0; i < d->mentions.n; i++)
    if (i >= n0 || !gone[i]) m[out++] = m[i];
  d->mentions.n = out;
  if (out > 1) qsort(d->mentions.data, out, sizeof(nm_mention), cmp_mentions);
}

/* Drops the mentions a pass emptied (n_tokens set to 0), keeping the
 * others in their order; with sort, puts them back in text order (for a
 * pass that pushed new ones). */
static void drop_emptied(nm_doc *d, bool sort) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t out = 0;
  for (size_t i = 0; i < d->mentions.n; i++)
    if (m[i].n_tokens) m[out++] = m[i];
  d->mentions.n = out;
  if (sort && out > 1) qsort(d->mentions.data, out, sizeof(nm_mention), cmp_mentions);
}

/* Verbs a title-case headline writes capitalised, present tense, which
 * the model takes into a name ("Hungary Blocks EU Aid", "Gunmen Abduct
 * Scores", "Serbian Police Detain Dozens", "Army Launches Rescue"). A list
 * written by the newsmill team from general knowledge of headline style. */
static const char *const headline_verb[] = {
    "says",     "say",       "claims",    "claim",     "blocks",   "block",   "launches",
    "launch",   "abducts",   "abduct",    "detains",   "detain",   "kidnaps", "kidnap",
    "seizes",   "seize",     "spreads",   "spread",    "battles",  "battle",  "encircles",
    "encircle", "reinforces", "reinforce", "presses",  "declares", "declare", "rejects",
    "reject",   "warns",     "warn",      "vows",      "vow",      "urges",   "urge",
    "slams",    "slam",      "accuses",   "accuse",    "condemns", "condemn", "kills",
    "kill",     "freezes",   "freeze",    "pulls",     "pull",     "strikes", "hits",
    "attacks",  "agrees",    "agree",     "meets",     "signs",    "approves", "approve",
    "halts",    "halt",      "suspends",  "suspend",   "bans",     "expels",  "expel",
    "arrests",  "arrest",    "threatens", "threaten",  "denies",   "deny",    "demands",
    "demand",   "calls",     "asks",      "tells",     "plans",    "wins",    "visits",
    "resumes",  "resume",    "extends",   "extend",    "sends",    "send",    "deploys",
    "deploy",   "orders",    "shells",    "bombs",     "fires",    "clash",   "clashes",
    "protest",  "protests",  "flee",      "flees",     "storm",    "storms"};

/* A title-case headline (the words before a wire story's dateline): a
 * name the model ran on into the headline's verb ends before the verb,
 * and one that starts with it is none. */
static void headline_verbs(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  if (!d->has_dateline) return;
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  bool dropped = false;
  for (size_t i = 0; i < d->mentions.n && m[i].start < d->dateline.start; i++) {
    if (m[i].kind != NM_MENTION_NAME) continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens, k = a;
    while (k < b && !(is_capitalised(&w[k]) && IN_LIST_CI(&w[k], headline_verb)))
      k++;
    if (k == b) continue;
    m[i].n_tokens = (uint32_t)(k - a);
    if (k == a) {
      dropped = true;
      continue;
    }
    m[i].end = t[k - 1].end;
    if (gz_span_flags(g, w, a, k) & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION))
      m[i].type = place_type(g, w, a, k);
  }
  if (dropped) drop_emptied(d, false);
}

/* Adds a NAME mention wherever the words of a name the model found
 * elsewhere in the article (or the last word of a person's name) stand
 * uncovered and capitalised: the model sees one sentence at a time and
 * misses some repetitions. Keeps the mentions in text order. */
static nm_status propagate_names(const nm_titles *tt, nm_doc *d, const nm_nword *w) {
  size_t nm = d->mentions.n, nt = d->tokens.n;
  if (!nm || !nt) return NM_OK;
  uint64_t cap = 16;
  while (cap < 4 * (uint64_t)nm)
    cap <<= 1;
  name_slot *t = calloc(cap, sizeof *t);
  uint8_t *covered = calloc(nt, 1);
  if (!t || !covered) {
    free(t);
    free(covered);
    return NM_ERR_NOMEM;
  }
  const nm_mention *m = (const nm_mention *)d->mentions.data;
  for (size_t i = 0; i < nm; i++) {
    for (uint32_t k = 0; k < m[i].n_tokens; k++)
      covered[m[i].first_token + k] = 1;
    if (m[i].kind != NM_MENTION_NAME || m[i].type == NM_ENT_NORP ||
        m[i].n_tokens > NM_GZ_MAX_TOKENS)
      continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    uint64_t key = span_key(w, a, b);
    name_slot *sl = slot_of(t, cap - 1, key);
    sl->acronym = (!sl->key || sl->acronym) && b - a == 1 && bare_acronym(&w[a]);
    sl->key = key;
    sl->type = m[i].type;
    /* "the Rapid Support Forces ... The RSF": an organisation's initials,
     * found later in capitals alone, name it too */
    if (m[i].type == NM_ENT_ORG && b - a >= 2 && b - a <= 6) {
      char ini[8];
      size_t ni = 0;
      bool ok = true;
      for (size_t k = a; k < b && ok; k++) {
        if (function_word(&w[k]) || (w[k].upos && !strcmp(w[k].upos, "CCONJ")) ||
            tok_is(w[k].form, w[k].len, "&"))
          continue;
        ok = is_capitalised(&w[k]) && !all_punct(&w[k]) && ni < 6;
        if (ok) ini[ni++] = w[k].form[0];
      }
      if (ok && ni >= 2) {
        uint64_t hh = nm_gz_token_hash(ini, ni);
        uint64_t ak = nm_gz_key(&hh, 1) | 1u;
        name_slot *as = slot_of(t, cap - 1, ak);
        if (!as->key) {
          as->key = ak;
          as->type = NM_ENT_ORG;
          as->acronym = true;
        }
      }
    }
    if (m[i].type == NM_ENT_PERSON && b - a >= 2) {
      uint64_t last = span_key(w, b - 1, b);
      sl = slot_of(t, cap - 1, last);
      if (!sl->key) {
        sl->key = last;
        sl->type = NM_ENT_PERSON;
      }
    }
  }
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  nm_status st = NM_OK;
  for (size_t s = 0; s < d->sentences.n && st == NM_OK; s++) {
    size_t lo = ss[s].first_token, hi = lo + ss[s].n_tokens;
    for (size_t i = lo; i < hi && st == NM_OK; i++) {
      /* (or an ordinal: "5th Fleet") */
      if (covered[i] || !w[i].len ||
          ((w[i].form[0] < 'A' || w[i].form[0] > 'Z') && !ordinal_word(&w[i])))
        continue;
      for (size_t l = NM_GZ_MAX_TOKENS; l >= 1; l--) {
        if (i + l > hi) continue;
        int free_run = 1;
        for (size_t k = i; k < i + l; k++)
          free_run &= !covered[k];
        if (!free_run ||
            (w[i + l - 1].len && w[i + l - 1].form[0] >= 'a' && w[i + l - 1].form[0] <= 'z'))
          continue;
        name_slot *sl = slot_of(t, cap - 1, span_key(w, i, i + l));
        if (!sl->key || (sl->acronym && !bare_acronym(&w[i]))) continue;
        /* a capitalised word after it would make a longer, other name */
        if (i + l < hi && w[i + l].len && w[i + l].form[0] >= 'A' && w[i + l].form[0] <= 'Z') break;
        /* '"…," Hanna Tetteh told the council', with the full name left
         * out and the surname found again: a proper noun right before a
         * person's surname is the given name, unless the gazetteer knows
         * it as a country, a region, a big city, a nationality or a body */
        size_t g0 = i;
        if (sl->type == NM_ENT_PERSON && l == 1 && i > lo && !covered[i - 1] &&
            is_capitalised(&w[i - 1]) && !all_punct(&w[i - 1]) && w[i - 1].len > 1 &&
            w[i - 1].upos && !strcmp(w[i - 1].upos, "PROPN") &&
            !(w[i - 1].gz & (NM_GZ_COUNTRY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_BIGCITY |
                             NM_GZ_DEMONYM | NM_GZ_ORG)) &&
            !honorific(&w[i - 1]) && !after_title(tt, w, lo, i))
          g0 = i - 1;
        st = push_mention(d, (uint32_t)s, g0, i + l, sl->type, NM_MENTION_NAME);
        if (g0 < i) covered[g0] = 1;
        for (size_t k = i; k < i + l; k++)
          covered[k] = 1;
        i += l - 1;
        break;
      }
    }
  }
  if (st == NM_OK && d->mentions.n > nm)
    qsort(d->mentions.data, d->mentions.n, sizeof(nm_mention), cmp_mentions);
  free(t);
  free(covered);
  return st;
}

/* --- One type per name ---------------------------------------------- */

/* A name the model typed differently in different sentences of one
 * article ("Congress" a person here, an organisation there) takes the
 * type most of its mentions have; places count as one type, and a tie
 * changes nothing. The model sees one sentence at a time; the article as
 * a whole is better evidence. */
static int vote_kind(nm_entity_type t) {
  return t == NM_ENT_PERSON ? 0 : t == NM_ENT_ORG ? 1 : t == NM_ENT_GPE || t == NM_ENT_LOC ? 2 : -1;
}

static nm_status one_type_per_name(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  size_t nm = d->mentions.n;
  if (nm < 2) return NM_OK;
  uint64_t cap = 16;
  while (cap < 2 * (uint64_t)nm)
    cap <<= 1;
  name_slot *t = calloc(cap, sizeof *t);
  if (!t) return NM_ERR_NOMEM;
  nm_mention *m = (nm_mention *)d->mentions.data;
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < nm; i++) {
      int k = vote_kind(m[i].type);
      if (m[i].kind != NM_MENTION_NAME || k < 0 || m[i].n_tokens > NM_GZ_MAX_TOKENS) continue;
      size_t a = m[i].first_token, b = a + m[i].n_tokens;
      uint64_t key = span_key(w, a, b);
      name_slot *v = slot_of(t, cap - 1, key);
      v->key = key;
      if (pass == 0) {
        v->votes[k]++;
        continue;
      }
      int best = k;
      for (int c = 0; c < 3; c++)
        if (v->votes[c] > v->votes[best]) best = c;
      /* a country's or a state's name that the article uses as a place
       * once is one everywhere ("governor of Alaska" … "Alaska's
       * model"): the model types such names by their neighbours */
      if (best != 2 && v->votes[2]) {
        uint32_t f = gz_span_flags(g, w, a, b);
        if ((f & (NM_GZ_COUNTRY | NM_GZ_ADMIN1)) &&
            !(f & (NM_GZ_ORG | NM_GZ_PERSON | NM_GZ_CITY | NM_GZ_DEMONYM)))
          best = 2;
      }
      if (best != k)
        m[i].type = best == 0 ? NM_ENT_PERSON : best == 1 ? NM_ENT_ORG : place_type(g, w, a, b);
    }
  free(t);
  return NM_OK;
}

/* "Minister of State Khalid Al Mazrouei … Al Mazrouei described the deal":
 * a name of two or three words, typed a place or an organisation, that
 * ends a person's name the article gave before (at least one word
 * longer) and that the gazetteer does not know, is that person's
 * surname. */
static void surnames_not_places(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t nm = d->mentions.n;
  for (size_t i = 0; i < nm; i++) {
    size_t a = m[i].first_token, n = m[i].n_tokens;
    if (m[i].kind != NM_MENTION_NAME || m[i].type == NM_ENT_PERSON ||
        m[i].type == NM_ENT_NORP || n < 2 || n > 3 || gz_span_flags(g, w, a, a + n))
      continue;
    for (size_t j = i; j-- > 0 && i - j <= 200;) {
      size_t pa = m[j].first_token, pn = m[j].n_tokens;
      if (m[j].kind != NM_MENTION_NAME || m[j].type != NM_ENT_PERSON || pn <= n) continue;
      bool same = true;
      for (size_t k = 0; k < n && same; k++) {
        const nm_nword *x = &w[a + k], *y = &w[pa + pn - n + k];
        same = x->len == y->len && !memcmp(x->form, y->form, x->len);
      }
      if (same) {
        m[i].type = NM_ENT_PERSON;
        break;
      }
    }
  }
}

nm_status nm_mentions_one_type(const nm_gazetteer *g, nm_doc *d) {
  nm_nword *w = NULL;
  nm_status st = nm_ner_doc_words(g, d, &w);
  if (st == NM_OK && w) st = one_type_per_name(g, d, w);
  free(w);
  return st;
}

/* A capitalised title inside a span [a, b) with a name
 * after it: "Bank of England Governor Andrew Bailey", "Apple CEO Tim Cook".
 * Returns where the title starts (0 when there is none) and sets *holder
 * to the first word of the name after it. */
static size_t titled_holder(const nm_titles *tt, const nm_nword *w, size_t a, size_t b,
                            size_t *holder) {
  uint64_t h[NM_TITLE_MAX];
  for (size_t k = a + 1; k + 1 < b; k++) {
    /* (a lower-case role after the body's name too: "Haitian National
     * Police spokesperson Fritzner Delva Augustin") */
    if (!is_capitalised(&w[k]) && !(is_capitalised(&w[k - 1]) && w[k].upos &&
                                     !strcmp(w[k].upos, "NOUN")))
      continue;
    size_t m = 0;
    for (; m < NM_TITLE_MAX && k + m < b; m++)
      h[m] = nm_gz_token_hash(w[k + m].form, w[k + m].len);
    uint64_t head;
    size_t l = nm_title_starting_at(tt, h, 0, m, &head);
    if (!l || k + l >= b) continue;
    bool name = true; /* capitalised words, a hyphen between two ("Ferrante-Okoye") */
    for (size_t j = k + l; j < b && name; j++)
      name = (is_capitalised(&w[j]) && !all_punct(&w[j])) ||
             (j > k + l && j + 1 < b && tok_is(w[j].form, w[j].len, "-") &&
              is_capitalised(&w[j + 1]));
    if (!name) continue;
    *holder = k + l;
    /* (a rank after the role: "… Police spokesman Inspector Garry
     * Desrosiers", "spokesman Deputy Commissioner Mohammad Faruk Hossain") */
    for (int more = 0; more < 2; more++) {
      size_t m2 = 0, l2 = 0;
      for (; m2 < NM_TITLE_MAX && *holder + m2 < b; m2++)
        h[m2] = nm_gz_token_hash(w[*holder + m2].form, w[*holder + m2].len);
      l2 = m2 ? nm_title_starting_at(tt, h, 0, m2, &head) : 0;
      if (!l2 || *holder + l2 + 1 >= b) break; /* two words of a name at least stay */
      *holder += l2;
    }
    return k;
  }
  return 0;
}

/* Whether title words [a, b) hold a state's or region's office ("President",
 * "Governor", "Foreign Minister"). */
static bool state_office(const nm_nword *w, size_t a, size_t b) {
  static const char *const offices[] = {"president", "governor", "premier", "minister", NULL};
  for (size_t k = a; k < b; k++)
    for (size_t i = 0; offices[i]; i++)
      if (tok_is(w[k].form, w[k].len, offices[i])) return true;
  return false;
}

/* No capitalised word but "The" touches sentence words [a, b): they are
 * not part of a longer name. */
static bool stands_alone(const nm_nword *w, size_t n, size_t a, size_t b) {
  return (a == 0 || !is_capitalised(&w[a - 1]) || tok_is(w[a - 1].form, w[a - 1].len, "the")) &&
         (b == n || !is_capitalised(&w[b]));
}

/* Whether words [a, b) end in a title ("White House Press Secretary",
 * which the actor dictionaries list as a body). */
static bool ends_in_title(const nm_titles *tt, const nm_nword *w, size_t a, size_t b) {
  for (size_t k = a; k < b; k++) {
    uint64_t h[NM_TITLE_MAX], head;
    size_t m = 0;
    for (; m < NM_TITLE_MAX && k + m < b; m++)
      h[m] = nm_gz_token_hash(w[k + m].form, w[k + m].len);
    if (nm_title_starting_at(tt, h, 0, m, &head) == b - k) return true;
  }
  return false;
}

/* Sentence words [a, b) stand alone (stands_alone), are all capitalised
 * or name particles, and end capitalised: a name of their own. */
static bool name_words(const nm_nword *w, size_t n, size_t a, size_t b) {
  if (!stands_alone(w, n, a, b) || !is_capitalised(&w[b - 1])) return false;
  for (size_t k = a; k < b; k++)
    if (!is_capitalised(&w[k]) && !name_particle(&w[k])) return false;
  return true;
}

/* --- "<Head> of <Name>": organisations named by their head word -------- */

/* Whether w can continue a capitalised name ("Open", "Africa"), as
 * opposed to punctuation or a lower-case word. */
static int name_word(const nm_nword *w) { return is_capitalised(w) && !all_punct(w); }

/* Makes an organisation of every capitalised organisation head word
 * followed by "of" and a capitalised name, with the capitalised words
 * just before the head: "School of Open Africa", "Newfoundland and
 * Labrador Court of Appeal", "College of Science". English names
 * institutions so, and the model often takes only a piece of such a name
 * ("School" as a person, "Appeal" alone). Mentions inside the name give
 * way to it; one that crosses its edges leaves it alone. Connectors (and,
 * of, for, the, &) may join the name's words when a capitalised word
 * follows them. */
/* Does a title or a person's name start at word e (before hi)? "Bank of
 * England Governor Andrew Bailey": the bank's name ends before them. ms[0,
 * nm) are the mentions from the sentence's on. */
static int starts_person(const nm_titles *tt, const nm_mention *ms, size_t nm, const nm_nword *w,
                         size_t e, size_t hi) {
  uint64_t h[NM_TITLE_MAX];
  h[0] = nm_gz_token_hash(w[e].form, w[e].len);
  if (nm_title_may_start(tt, h[0])) {
    size_t m = 1;
    for (; m < NM_TITLE_MAX && e + m < hi; m++)
      h[m] = nm_gz_token_hash(w[e + m].form, w[e + m].len);
    uint64_t head;
    if (nm_title_starting_at(tt, h, 0, m, &head)) return 1;
  }
  for (size_t i = 0; i < nm && ms[i].first_token < hi; i++)
    if (ms[i].first_token == e && ms[i].type == NM_ENT_PERSON) return 1;
  return 0;
}

static nm_status org_of_names(const nm_titles *tt, nm_doc *d, const nm_nword *w) {
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  size_t n0 = d->mentions.n;
  uint8_t *gone = calloc(n0 ? n0 : 1, 1);
  if (!gone) return NM_ERR_NOMEM;
  nm_status st = NM_OK;
  size_t q = 0; /* first mention not before the current sentence */
  for (size_t s = 0; s < d->sentences.n && st == NM_OK; s++) {
    size_t lo = ss[s].first_token, hi = lo + ss[s].n_tokens;
    const nm_mention *sm = (const nm_mention *)d->mentions.data; /* pushes move it */
    while (q < n0 && sm[q].first_token + sm[q].n_tokens <= lo)
      q++;
    for (size_t k = lo; k + 2 < hi && st == NM_OK; k++) {
      static const char *const pacts[] = {"Alliance", "Coalition"}; /* "Alliance of Sahel States" */
      if ((!IN_LIST(&w[k], org_heads) && !IN_LIST(&w[k], chambers) && !IN_LIST(&w[k], pacts)) ||
          !tok_is(w[k + 1].form, w[k + 1].len, "of") || !name_word(&w[k + 2]))
        continue;
      size_t e = k + 3;
      for (;;) {
        if (e < hi && name_word(&w[e]) &&
            !starts_person(tt, (const nm_mention *)d->mentions.data + q, n0 - q, w, e, hi))
          e++;
        else if (e + 1 < hi && name_word(&w[e + 1]) &&
                 (tok_is(w[e].form, w[e].len, "and") || tok_is(w[e].form, w[e].len, "of") ||
                  tok_is(w[e].form, w[e].len, "for") || tok_is(w[e].form, w[e].len, "the") ||
                  tok_is(w[e].form, w[e].len, "&")))
          e += 2;
        else
          break;
      }
      size_t a = k;
      for (;;) { /* at most three words before the head, as for "Bank of America" */
        if (a > lo && a + 3 > k && name_word(&w[a - 1]) &&
            !(w[a - 1].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)) &&
            !tok_is(w[a - 1].form, w[a - 1].len, "the") &&
            !tok_is(w[a - 1].form, w[a - 1].len, "a"))
          a--;
        else if (a > lo + 1 && a + 3 > k && tok_is(w[a - 1].form, w[a - 1].len, "and") && a < k &&
                 name_word(&w[a - 2]) && !(w[a - 2].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)))
          a -= 2;
        else
          break;
      }
      const nm_mention *m = (const nm_mention *)d->mentions.data;
      while (q < n0 && m[q].first_token + m[q].n_tokens <= lo)
        q++;
      int crosses = 0, same = 0;
      for (size_t i = q; i < n0 && m[i].first_token < hi; i++) {
        size_t ma = m[i].first_token, mb = ma + m[i].n_tokens;
        if (mb <= a || ma >= e || gone[i]) continue;
        if (ma < a || mb > e) crosses = 1;
        if (ma == a && mb == e && m[i].type == NM_ENT_ORG) same = 1;
      }
      if (crosses || same) {
        k = e - 1;
        continue;
      }
      for (size_t i = q; i < n0 && m[i].first_token < hi; i++)
        if (m[i].first_token >= a && m[i].first_token + m[i].n_tokens <= e) gone[i] = 1;
      st = push_mention(d, (uint32_t)s, a, e, NM_ENT_ORG, NM_MENTION_NAME);
      k = e - 1;
    }
  }
  if (st == NM_OK) drop_gone(d, gone, n0);
  free(gone);
  return st;
}

/* --- Titles in quotation marks ------------------------------------------ */

static int quote_mark(const nm_nword *w) {
  static const char *const q[] = {
      "\"", "``", "''", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98", "\xe2\x80\x99", "'", "`"};
  return IN_LIST(w, q);
}

/* Lower-case words inside a title in title case ("Ghost in the Shell",
 * "Gone with the Wind"). */
static int title_small_word(const nm_nword *w) {
  static const char *const s[] = {"a",   "an",  "the", "of",   "in",   "on", "at", "to",
                                  "for", "and", "or",  "with", "from", "by", "as"};
  return IN_LIST(w, s);
}

/* Makes room for need elements of size elem in *p (capacity *cap),
 * doubling from 8; on failure frees *p and returns false. */
static bool grow(void **p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return true;
  size_t c = *cap ? *cap : 8;
  while (c < need)
    c *= 2;
  void *x = realloc(*p, c * elem);
  if (!x) {
    free(*p);
    *p = NULL;
    return false;
  }
  *p = x;
  *cap = c;
  return true;
}

/* Whether the len words at a are those at b, case and all. */
static bool same_words(const nm_nword *w, size_t a, size_t b, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (w[a + i].len != w[b + i].len || memcmp(w[a + i].form, w[b + i].form, w[a + i].len) != 0)
      return false;
  return true;
}

/* Drops the names inside a short stretch of title-case words that
 * quotation marks enclose: "the plan, called "Way Forward"", "the movie
 * "Ghost in the Shell"". English quotes the titles of works, plans and
 * campaigns so (MISC in the CoNLL and OntoNotes conventions); quoted
 * speech has verbs and commas. The stretch starts and ends with a
 * capitalised word. A place the gazetteer knows stays: the corpora
 * annotate it inside the title ("Protector of Mexico"). A title of two
 * words or more with a small word inside ("Ghost in the Shell") is
 * dropped where the article repeats it without the quotation marks too:
 * no person's or organisation's name reads so. */
static nm_status drop_quoted_titles(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t nm = d->mentions.n, q = 0;
  size_t *titles = NULL, nti = 0, capt = 0; /* (start, length) of repeatable titles */
  for (size_t s = 0; s < d->sentences.n; s++) {
    size_t lo = ss[s].first_token, hi = lo + ss[s].n_tokens;
    size_t q0 = q; /* the sentence's mentions are m[q0, q) */
    while (q < nm && m[q].first_token < hi)
      q++;
    for (size_t k = lo; k + 2 < hi; k++) {
      if (!quote_mark(&w[k]) || !name_word(&w[k + 1])) continue;
      size_t e = k + 1;
      bool small = false;
      while (e < hi && e < k + 9 && (name_word(&w[e]) || title_small_word(&w[e]))) {
        small |= title_small_word(&w[e]);
        e++;
      }
      if (e >= hi || !quote_mark(&w[e]) || !name_word(&w[e - 1])) continue;
      for (size_t i = q0; i < q; i++)
        if (m[i].kind == NM_MENTION_NAME && m[i].type != NM_ENT_NORP && m[i].first_token > k &&
            m[i].first_token + m[i].n_tokens <= e &&
            !(gz_span_flags(g, w, m[i].first_token, m[i].first_token + m[i].n_tokens) &
              (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION)))
          m[i].n_tokens = 0; /* marked for removal */
      if (small && e - k - 1 >= 2) {
        if (!grow((void **)&titles, &capt, nti + 2, sizeof *titles)) return NM_ERR_NOMEM;
        titles[nti++] = k + 1;
        titles[nti++] = e - k - 1;
      }
      k = e;
    }
  }
  /* the same title again without its quotation marks ("when the anime
   * movie Ghost in the Shell was released") */
  for (size_t t = 0; t < nti; t += 2) {
    size_t ta = titles[t], tl = titles[t + 1];
    for (size_t i = 0; i < nm; i++) {
      size_t a = m[i].first_token, b = a + m[i].n_tokens;
      if (!m[i].n_tokens || m[i].kind != NM_MENTION_NAME || m[i].type == NM_ENT_NORP) continue;
      if (gz_span_flags(g, w, a, b) & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION))
        continue;
      /* a start p of the title's words with [a, b) inside them */
      size_t p0 = b > tl ? b - tl : 0;
      for (size_t p = p0; p <= a && p + tl <= d->tokens.n; p++)
        if (same_words(w, p, ta, tl)) {
          m[i].n_tokens = 0;
          break;
        }
    }
  }
  free(titles);
  drop_emptied(d, false);
  return NM_OK;
}

/* --- Common words capitalised by position ------------------------------ */

typedef struct case_slot {
  uint64_t key; /* 0 = empty */
  uint32_t lower, upper_mid;
  uint8_t in_person; /* a word of some person's name of two or more words */
} case_slot;

static case_slot *case_of(case_slot *t, uint64_t mask, uint64_t key) {
  uint64_t i = key & mask;
  while (t[i].key && t[i].key != key)
    i = (i + 1) & mask;
  t[i].key = key;
  return &t[i];
}

/* A word written like "Iodine": capitalised, the rest in lower case ("US"
 * is no "us"), and no country's name (a country's name stays a
 * country's). */
static bool plain_capitalised(const nm_nword *x) {
  bool plain = x->len >= 2 && x->form[1] >= 'a' && x->form[1] <= 'z';
  for (size_t k = 2; plain && k < x->len; k++)
    plain = !(x->form[k] >= 'A' && x->form[k] <= 'Z');
  return plain && is_capitalised(x) && !(x->gz & NM_GZ_COUNTRY);
}

/* Drops a one-word name whose word the article writes in lower case more
 * often than capitalised inside a sentence ("Iodine deficiency …" where
 * the text speaks of iodine, "Basil needs warm air" in a text about
 * basil): the capital comes from the sentence start, a heading or a
 * quotation, and the word is a common noun (Mikheev's document-centred
 * evidence). Words of a person's longer name found in the article stay
 * ("May" after "Theresa May", whatever "may" does elsewhere). */
static nm_status drop_common_words(nm_doc *d, const nm_nword *w) {
  size_t nt = d->tokens.n, nm = d->mentions.n;
  if (!nm || !nt) return NM_OK;
  uint64_t cap = 16;
  while (cap < 2 * (uint64_t)nt)
    cap <<= 1;
  case_slot *t = calloc(cap, sizeof *t);
  if (!t) return NM_ERR_NOMEM;
  for (size_t i = 0; i < nt; i++) {
    if (!w[i].len) continue;
    unsigned char c0 = (unsigned char)w[i].form[0];
    case_slot *e = case_of(t, cap - 1, nm_gz_token_hash(w[i].form, w[i].len) | 1u);
    if (c0 >= 'a' && c0 <= 'z') e->lower++;
    if (c0 >= 'A' && c0 <= 'Z' && !(w[i].ctx & NM_NCTX_SENT_START)) e->upper_mid++;
  }
  nm_mention *m = (nm_mention *)d->mentions.data;
  /* a person's longer name all of whose words are common words
   * ("Entrepreneurial Mindset" in a heading, where the text speaks of an
   * entrepreneurial mindset) is no name either, nor evidence for its
   * words */
  for (size_t i = 0; i < nm; i++)
    if (m[i].kind == NM_MENTION_NAME && m[i].type == NM_ENT_PERSON && m[i].n_tokens >= 2) {
      bool common = true;
      for (uint32_t k = 0; common && k < m[i].n_tokens; k++) {
        const nm_nword *x = &w[m[i].first_token + k];
        const case_slot *e = case_of(t, cap - 1, nm_gz_token_hash(x->form, x->len) | 1u);
        common = plain_capitalised(x) && e->lower > e->upper_mid;
      }
      if (common) {
        m[i].n_tokens = 0; /* marked for removal */
        continue;
      }
      for (uint32_t k = 0; k < m[i].n_tokens; k++) {
        const nm_nword *x = &w[m[i].first_token + k];
        case_of(t, cap - 1, nm_gz_token_hash(x->form, x->len) | 1u)->in_person = 1;
      }
    }
  size_t out = 0;
  for (size_t i = 0; i < nm; i++) {
    if (!m[i].n_tokens) continue;
    const nm_nword *x = &w[m[i].first_token];
    if (m[i].kind == NM_MENTION_NAME && m[i].n_tokens == 1 && m[i].type != NM_ENT_NORP &&
        plain_capitalised(x)) {
      const case_slot *e = case_of(t, cap - 1, nm_gz_token_hash(x->form, x->len) | 1u);
      if (!e->in_person && e->lower > e->upper_mid) continue;
    }
    m[out++] = m[i];
  }
  d->mentions.n = out;
  free(t);
  return NM_OK;
}

/* Whether w is a word of three or more capital letters ("ECOWAS"). */
static bool all_caps_word(const nm_nword *w) {
  if (w->len < 3) return false;
  for (size_t k = 0; k < w->len; k++)
    if (w->form[k] < 'A' || w->form[k] > 'Z') return false;
  return true;
}

/* The end of the whole gazetteer match that starts at sentence word i, if
 * the model labelled none of its words (else 0). */
static size_t gz_unlabelled_end(const nm_nword *w, const uint8_t *lab, size_t i, size_t n) {
  uint32_t pos = w[i].gz >> 16;
  if (pos != 1 && pos != 4) return 0;
  size_t b = i + 1;
  if (pos == 1) {
    while (b < n && (w[b].gz >> 16) == 2)
      b++;
    if (b >= n || (w[b].gz >> 16) != 3) return 0; /* cut short */
    b++;
  }
  for (size_t k = i; k < b; k++)
    if (lab[k]) return 0;
  return b;
}

/* Word classes that no name's word before its head has: "This Council",
 * "If Congress". */
static bool function_word(const nm_nword *w) {
  static const char *const classes[] = {"DET", "PRON",  "ADP",  "AUX", "VERB",
                                        "ADV", "SCONJ", "INTJ", "PART"};
  if (!w->upos) return false;
  for (size_t k = 0; k < sizeof classes / sizeof *classes; k++)
    if (strcmp(w->upos, classes[k]) == 0) return true;
  return false;
}

/* The end of an organisation's name the model left out that starts at
 * sentence word i: two or more capitalised words, none labelled, with
 * connectors (of, for, and, &) between them, ending in an organisation's
 * head word ("World Health Organisation", "Alaska Permanent Fund", "Ways
 * and Means Committee"), and no capitalised word on either side (else
 * 0). */
static size_t unlabelled_org_end(const nm_nword *w, const uint8_t *lab, size_t i, size_t n) {
  if (lab[i] || !name_word(&w[i]) || function_word(&w[i]) || tok_is(w[i].form, w[i].len, "the"))
    return 0;
  if (i > 0 &&
      (lab[i - 1] || (name_word(&w[i - 1]) && !tok_is(w[i - 1].form, w[i - 1].len, "the"))))
    return 0;
  if (i > 1 && name_word(&w[i - 2]) && /* "Ways and Means Committee" is not "Means Committee" */
      (tok_is(w[i - 1].form, w[i - 1].len, "and") || tok_is(w[i - 1].form, w[i - 1].len, "of") ||
       tok_is(w[i - 1].form, w[i - 1].len, "for") || tok_is(w[i - 1].form, w[i - 1].len, "&")))
    return 0;
  size_t e = i + 1, end = 0, conn = 0, conn_after = 0;
  bool joined = false, joined_end = false; /* "of" or "and" inside: another rule's, or two names */
  for (;;) {
    if (e < n && !lab[e] && name_word(&w[e])) {
      e++;
    } else if (e + 1 < n && !lab[e] && !lab[e + 1] &&
               (name_word(&w[e + 1]) || tok_is(w[e + 1].form, w[e + 1].len, "the")) &&
               (tok_is(w[e].form, w[e].len, "and") || tok_is(w[e].form, w[e].len, "of") ||
                tok_is(w[e].form, w[e].len, "for") || tok_is(w[e].form, w[e].len, "&"))) {
      joined |= !tok_is(w[e].form, w[e].len, "for");
      if (end) conn_after++;
      conn = e;
      e += 2;
    } else {
      break;
    }
    if (IN_LIST(&w[e - 1], org_heads) || IN_LIST(&w[e - 1], armed_heads))
      end = e, joined_end = joined, conn_after = 0;
  }
  /* "International Organization for Migration": one for- or of-phrase
   * of capitalised words after a head word that is not the name's first
   * ("Forces of Production" is no organisation) */
  if (end && end - i >= 2 && end != e && conn_after == 1 && conn == end && !tok_is(w[conn + 1].form, w[conn + 1].len, "the") &&
      (tok_is(w[conn].form, w[conn].len, "for") || tok_is(w[conn].form, w[conn].len, "of")) &&
      e - end <= 4) {
    end = e;
    joined = joined_end;
  }
  if (!end || end != e || end - i < 2 || joined) return 0;
  /* "the Democratic Senate": a chamber's one word is the model's to find */
  if (end - i == 2 && IN_LIST(&w[end - 1], org_words)) return 0;
  for (size_t k = i + 1; k + 1 < end; k++)
    if (name_word(&w[k]) && function_word(&w[k])) return 0;
  return end;
}

/* The end of a party's name the model left out: two to five capitalised
 * words from i (none labelled, "for", "of" or "and" between them
 * allowed), after a lower-case word, right before a lower-case "party"
 * ("the ruling Georgian Dream party"). 0 when there is none. */
static size_t party_name_end(const nm_nword *w, const uint8_t *lab, size_t i, size_t n) {
  if (i == 0 || lab[i] || !name_word(&w[i]) || name_word(&w[i - 1]) || lab[i - 1]) return 0;
  size_t e = i + 1;
  while (e < n && e < i + 6) {
    if (!lab[e] && name_word(&w[e])) {
      e++;
    } else if (e + 1 < n && !lab[e] && !lab[e + 1] && name_word(&w[e + 1]) &&
               (tok_is(w[e].form, w[e].len, "for") || tok_is(w[e].form, w[e].len, "of") ||
                tok_is(w[e].form, w[e].len, "and"))) {
      e += 2;
    } else {
      break;
    }
  }
  if (e - i < 2 || e >= n || !tok_is(w[e].form, w[e].len, "party")) return 0;
  return e;
}

/* The end of a person's name the model left out that opens a sentence
 * of n words: two or three capitalised proper nouns, none labelled and
 * none a place, organisation or demonym the gazetteer knows, then a
 * comma and a description ("a", "an", "the", a number, or a name with
 * "'s"): "Mona Idris, a spokeswoman, said". 0 when there is none. */
static size_t opening_name_end(const nm_titles *tt, const nm_nword *w, const uint8_t *lab,
                               size_t n) {
  /* not a title ("Capt. Rui Albergaria, ...": the title rules' name) */
  uint64_t h[NM_TITLE_MAX], head;
  size_t m = 0;
  for (; m < NM_TITLE_MAX && m < n; m++)
    h[m] = nm_gz_token_hash(w[m].form, w[m].len);
  if (nm_title_starting_at(tt, h, 0, m, &head) || honorific(&w[0])) return 0;
  /* (a surname may be a town's or a province's name, after a given name
   * that is none: "Abdoulaye Hama, a Niamey-based political analyst") */
  size_t e = 0;
  while (e < n && e < 4 && !lab[e] && name_word(&w[e]) && w[e].upos &&
         !strcmp(w[e].upos, "PROPN") && !function_word(&w[e]) &&
         !(w[e].gz & (NM_GZ_COUNTRY | NM_GZ_ORG | NM_GZ_DEMONYM |
                      (e ? 0u : (uint32_t)(NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION)))))
    e++;
  if (e < 2 || e > 3 || e + 2 >= n || w[e].len != 1 || w[e].form[0] != ',') return 0;
  const nm_nword *x = &w[e + 1];
  bool desc = tok_is(x->form, x->len, "a") || tok_is(x->form, x->len, "an") ||
              tok_is(x->form, x->len, "the") || (x->upos && !strcmp(x->upos, "NUM")) ||
              (name_word(x) && (tok_is(w[e + 2].form, w[e + 2].len, "'s") ||
                                tok_is(w[e + 2].form, w[e + 2].len, "\xE2\x80\x99s")));
  /* or a title, a place's or people's name before it or not: "Ingrid
   * Solheim, Sudan director for the relief group …, said" */
  for (size_t at = e + 1; !desc && at <= e + 2 && at < n; at++) {
    if (at == e + 2 && !(x->gz & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION |
                                  NM_GZ_DEMONYM)))
      break;
    size_t k = 0;
    for (; k < NM_TITLE_MAX && at + k < n; k++)
      h[k] = nm_gz_token_hash(w[at + k].form, w[at + k].len);
    desc = nm_title_starting_at(tt, h, 0, k, &head) > 0;
  }
  return desc ? e : 0;
}

/* Nouns of jobs held at an employer: "editor at", "professor at". */
static const char *const jobs_at[] = {
    "analyst",    "correspondent", "director",  "economist", "editor",     "engineer",
    "executive",  "fellow",        "lecturer",  "manager",   "professor",  "reporter",
    "researcher", "scientist",     "spokesman", "spokesperson", "spokeswoman", "strategist",
    "student",    "writer"};

/* The end of an employer's name the model left out at sentence word i:
 * after a job's noun and "at", one to six capitalised words, none
 * labelled, with no capitalised word after them, that the gazetteer does
 * not know as a place, person or demonym (else 0). */
static size_t employer_end(const nm_gazetteer *g, const nm_nword *w, const uint8_t *lab, size_t i,
                           size_t n) {
  if (i < 2 || lab[i] || !name_word(&w[i]) || function_word(&w[i]) ||
      !tok_is(w[i - 1].form, w[i - 1].len, "at") || !IN_LIST(&w[i - 2], jobs_at))
    return 0;
  size_t e = i;
  while (e < n && e < i + 6 && !lab[e] && name_word(&w[e]))
    e++;
  if (e < n && (lab[e] || name_word(&w[e]))) return 0;
  if (gz_span_flags(g, w, i, e) & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION |
                                   NM_GZ_PERSON | NM_GZ_DEMONYM))
    return 0;
  return e;
}

/* A capitalised web site's name: "Detik.com", "Politico.eu" (no e-mail
 * address or path). */
static bool web_name(const nm_nword *w) {
  static const char *const tlds[] = {".com", ".org", ".net", ".eu", ".co.uk", ".info"};
  if (w->len < 6 || !is_capitalised(w) || memchr(w->form, '@', w->len) ||
      memchr(w->form, '/', w->len))
    return false;
  for (size_t k = 0; k < sizeof tlds / sizeof *tlds; k++) {
    size_t l = strlen(tlds[k]);
    if (w->len > l + 1 && memcmp(w->form + w->len - l, tlds[k], l) == 0) return true;
  }
  return false;
}

/* The dash in words [a, b) that joins two names of one kind, each a
 * place the gazetteer knows as a country, state or city ("Pittsburgh -
 * Cleveland") or an institution's word ("Army - Navy"); else 0. */
static size_t dash_pair(const nm_gazetteer *g, const nm_nword *w, size_t a, size_t b) {
  const uint32_t place = NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1;
  /* a place whose own name holds the dash ("Guinea-Bissau") is one */
  if (gz_span_flags(g, w, a, b) & place) return 0;
  for (size_t h = a + 1; h + 1 < b; h++) {
    if (!tok_is(w[h].form, w[h].len, "-") && !tok_is(w[h].form, w[h].len, "\xe2\x80\x93"))
      continue;
    if (h == a + 1 && h + 2 == b && IN_LIST(&w[a], institutions) &&
        IN_LIST(&w[h + 1], institutions))
      return h;
    static const char *const points[] = {"North", "South", "East", "West", "Central"};
    uint32_t l = gz_span_flags(g, w, a, h), r = gz_span_flags(g, w, h + 1, b);
    /* (a compass word alone is no side; "US-South Korea" has one) */
    if ((l & place) && (r & place) && !((l | r) & (NM_GZ_PERSON | NM_GZ_ORG)) &&
        !(IN_LIST(&w[a], points) && h == a + 1) &&
        !(IN_LIST(&w[h + 1], points) && b == h + 2))
      return h;
    return 0;
  }
  return 0;
}

/* "northwestern Nigeria's Kaduna", "eastern Congo's North Kivu", read as
 * one name: the possessive's index when the words before it (past
 * lower-case compass words) are a country or first-level division and
 * capitalised words follow, else 0. */
static size_t possessive_pair(const nm_gazetteer *g, const nm_nword *w, size_t a, size_t b) {
  size_t s = a;
  while (s < b && lower_compass(&w[s]))
    s++;
  for (size_t h = s + 1; h + 1 < b; h++) {
    if (!possessive(&w[h]) || !is_capitalised(&w[h + 1])) continue;
    uint32_t l = gz_span_flags(g, w, s, h);
    /* (a body or building of the place is left to the span's other
     * rules: "New York's Metropolitan Museum of Art") */
    for (size_t k = h + 1; k < b; k++)
      if (IN_LIST(&w[k], org_heads) || IN_LIST(&w[k], facility_heads)) return 0;
    return (l & (NM_GZ_COUNTRY | NM_GZ_ADMIN1)) && !(l & NM_GZ_PERSON) ? h : 0;
  }
  return 0;
}

/* "the national Ombudsman's Office", "the Attorney General's Office": a
 * capitalised title, its possessive and "Office" name one organisation,
 * which the model reads as a person and another (or leaves out); the
 * labels of the n words w are rewritten to one organisation. A title
 * inside a longer name ("Bank of England Governor's Office") is left. */
static void office_of_title(const nm_titles *tt, const nm_nword *w, size_t n, uint8_t *lab) {
  for (size_t i = 0; i + 2 < n; i++) {
    if (!is_capitalised(&w[i])) continue;
    uint64_t h[NM_TITLE_MAX], head;
    h[0] = nm_gz_token_hash(w[i].form, w[i].len);
    if (!nm_title_may_start(tt, h[0])) continue;
    size_t m = 1;
    for (; m < NM_TITLE_MAX && i + m < n; m++)
      h[m] = nm_gz_token_hash(w[i + m].form, w[i + m].len);
    size_t l = nm_title_starting_at(tt, h, 0, m, &head);
    size_t o = i + l + 1; /* "Office" */
    if (!l || o >= n || !possessive(&w[i + l]) || !tok_is(w[o].form, w[o].len, "office") ||
        !is_capitalised(&w[o]))
      continue;
    bool caps = true;
    for (size_t k = i; k < i + l; k++)
      caps = caps && (is_capitalised(&w[k]) || all_punct(&w[k]));
    unsigned p = lab[i] ? nm_ner_part(lab[i]) : NM_NER_B;
    bool inside = (p == NM_NER_I || p == NM_NER_L) ||
                  (i > 0 && lab[i - 1] && nm_ner_part(lab[i - 1]) != NM_NER_L &&
                   nm_ner_part(lab[i - 1]) != NM_NER_U);
    bool goes_on = o + 1 < n && ((is_capitalised(&w[o + 1]) && !all_punct(&w[o + 1])) ||
                                 (lab[o + 1] && (nm_ner_part(lab[o + 1]) == NM_NER_I ||
                                                 nm_ner_part(lab[o + 1]) == NM_NER_L)));
    if (!caps || inside || goes_on) continue;
    lab[i] = nm_ner_label(NM_NER_ORG, NM_NER_B);
    for (size_t k = i + 1; k < o; k++)
      lab[k] = nm_ner_label(NM_NER_ORG, NM_NER_I);
    lab[o] = nm_ner_label(NM_NER_ORG, NM_NER_L);
    i = o;
  }
}


/* Titles held by someone the article does not name, anchored by a country,
 * nationality or organisation just before them: "Qatar's prime minister",
 * "the Israeli envoy", "a State Department spokesman". Each becomes a
 * nominal person mention from its article (if any) to the title's end.
 * m0 is the first mention of sentence s in d->mentions; covered is scratch
 * for n words. */
static nm_status anchored_titles(nm_doc *d, const nm_titles *tt, const nm_gazetteer *g,
                                 const nm_nword *w, size_t s,
                                 size_t first, size_t n, const uint8_t *lab, size_t m0,
                                 uint8_t *covered) {
  memset(covered, 0, n);
  size_t m_end = d->mentions.n;
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  for (size_t k = m0; k < m_end; k++)
    for (uint32_t t = 0; t < ms[k].n_tokens; t++)
      covered[ms[k].first_token + t - first] = 1;
  nm_status st = NM_OK;
  for (size_t j = 1; j < n && st == NM_OK; j++) {
    if (lab[j] || covered[j]) continue;
    uint64_t h[NM_TITLE_MAX], head;
    h[0] = nm_gz_token_hash(w[first + j].form, w[first + j].len);
    if (!nm_title_may_start(tt, h[0])) continue; /* most words: no title starts here */
    size_t m = 1;
    for (; m < NM_TITLE_MAX && j + m < n; m++)
      h[m] = nm_gz_token_hash(w[first + j + m].form, w[first + j + m].len);
    size_t l = nm_title_starting_at(tt, h, 0, m, &head);
    if (!l) continue;
    size_t e = j + l, clear = 1;
    for (size_t k = j; k < e; k++)
      clear &= !lab[k] && !covered[k];
    if (!clear) continue;
    /* a name after the title ("… prime minister Sheikh …", "…, Sheikh …")
     * carries the title itself; "Hamas official Osama Hamdan told", whose
     * name the model missed, a body's name before the title: the two or
     * three capitalised words after it are a person's name */
    if (e < n && is_capitalised(&w[first + e])) {
      size_t r = e;
      while (r < n && r - e < 4 && is_capitalised(&w[first + r]) && !lab[r] && !covered[r] &&
             !all_punct(&w[first + r]) && !possessive(&w[first + r]))
        r++;
      bool named = r - e >= 2 && r - e <= 3 && (r == n || !is_capitalised(&w[first + r]));
      for (size_t q = e; named && q < r; q++) {
        uint64_t hq = nm_gz_token_hash(w[first + q].form, w[first + q].len), hh;
        named = !nm_title_starting_at(tt, &hq, 0, 1, &hh) &&
                (w[first + q].gz & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION |
                                    NM_GZ_DEMONYM | NM_GZ_ORG)) == 0;
      }
      /* (the body's name may be one the model missed too: a
       * one-word group of the actor dictionaries, "Hamas") */
      bool gz_body = named && j > 0 && !lab[j - 1] && !covered[j - 1] &&
                     is_capitalised(&w[first + j - 1]) &&
                     (gz_span_flags(g, w, first + j - 1, first + j) & NM_GZ_ORG);
      if (gz_body) {
        st = push_mention(d, (uint32_t)s, first + j - 1, first + j, NM_ENT_ORG, NM_MENTION_NAME);
        if (st != NM_OK) break;
        ms = (const nm_mention *)d->mentions.data;
        covered[j - 1] = 1;
      }
      bool anchored = gz_body;
      for (size_t q = m0; named && q < m_end && !anchored; q++)
        anchored = ms[q].kind == NM_MENTION_NAME && ms[q].type == NM_ENT_ORG &&
                   ms[q].first_token + ms[q].n_tokens == first + j;
      if (anchored) {
        st = push_mention(d, (uint32_t)s, first + e, first + r, NM_ENT_PERSON, NM_MENTION_NAME);
        ms = (const nm_mention *)d->mentions.data;
        for (size_t q = j; q < r; q++)
          covered[q] = 1;
        j = r - 1;
      }
      continue;
    }
    if (e + 1 < n && tok_is(w[first + e].form, w[first + e].len, ",") &&
        is_capitalised(&w[first + e + 1]))
      continue;
    size_t k = j - 1; /* the anchor ends at k */
    if (possessive(&w[first + k])) {
      if (k == 0) continue;
      k--;
    }
    size_t a = SIZE_MAX;
    for (size_t q = m0; q < m_end; q++) {
      const nm_mention *x = &ms[q];
      if (x->kind == NM_MENTION_NAME && x->type != NM_ENT_PERSON &&
          x->first_token + x->n_tokens - 1 == first + k)
        a = x->first_token - first;
    }
    if (a == SIZE_MAX) continue;
    if (a > 0 && (tok_is(w[first + a - 1].form, w[first + a - 1].len, "a") ||
                  tok_is(w[first + a - 1].form, w[first + a - 1].len, "an") ||
                  tok_is(w[first + a - 1].form, w[first + a - 1].len, "the")))
      a--;
    st = push_mention(d, (uint32_t)s, first + a, first + e, NM_ENT_PERSON, NM_MENTION_NOMINAL);
    ms = (const nm_mention *)d->mentions.data;
    for (size_t q = j; q < e; q++)
      covered[q] = 1;
    j = e - 1;
  }
  return st;
}

/* The place a dateline starts with ("WASHINGTON (Wire) —", "RAFAH, Gaza
 * Strip"), when the model left it out: the words before its first comma
 * or bracket, if the gazetteer knows them as a place. */
static nm_status dateline_place(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t a = 0;
  while (a < d->tokens.n && t[a].start < d->dateline.start)
    a++;
  size_t b = a;
  while (b < d->tokens.n && t[b].end <= d->dateline.end && b - a < NM_GZ_MAX_TOKENS && w[b].len &&
         w[b].form[0] != ',' && w[b].form[0] != '(')
    b++;
  if (b == a || t[b - 1].sentence != t[a].sentence) return NM_OK;
  if (!(gz_span_flags(g, w, a, b) & (NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_COUNTRY))) return NM_OK;
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  for (size_t i = 0; i < d->mentions.n; i++)
    if (ms[i].first_token < b && ms[i].first_token + ms[i].n_tokens > a) return NM_OK;
  return push_mention(d, t[a].sentence, a, b, NM_ENT_GPE, NM_MENTION_NAME);
}

/* Every name of the dateline before its brackets is a place, known or
 * not ("VELNA, Tarvia (Wire) —": a city and its country), unless the
 * gazetteer knows it as an organisation or a person ("UNITED NATIONS
 * (AP)"); the article's other mentions of the same names are places too
 * (the model types an unknown country's name by its neighbours:
 * "Tarvia's opposition" as a person's). */
static nm_status dateline_names(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  const char *open = memchr(d->text + d->dateline.start, '(', d->dateline.end - d->dateline.start);
  if (!open) return NM_OK;
  uint32_t stop = (uint32_t)(open - d->text);
  size_t a = 0;
  while (a < d->tokens.n && t[a].start < d->dateline.start)
    a++;
  uint64_t keys[4];
  size_t nk = 0;
  nm_status st = NM_OK;
  while (a < d->tokens.n && t[a].end <= stop && nk < 4 && st == NM_OK) {
    size_t b = a;
    while (b < d->tokens.n && t[b].end <= stop && b - a < NM_GZ_MAX_TOKENS && w[b].len &&
           w[b].form[0] != ',' && is_capitalised(&w[b]))
      b++;
    if (b == a || t[b - 1].sentence != t[a].sentence) break;
    /* "NAIROBI, March 4 (Reuters) -": a month and its day end the names */
    if (b < d->tokens.n && t[b].end <= stop && w[b].len && w[b].form[0] >= '0' &&
        w[b].form[0] <= '9')
      break;
    if (!(gz_span_flags(g, w, a, b) & (NM_GZ_ORG | NM_GZ_PERSON))) {
      keys[nk++] = span_key(w, a, b);
      nm_mention *ms = (nm_mention *)d->mentions.data;
      bool seen = false;
      for (size_t i = 0; i < d->mentions.n; i++)
        if (ms[i].first_token < b && ms[i].first_token + ms[i].n_tokens > a) {
          seen = true;
          if (ms[i].first_token == a && ms[i].n_tokens == b - a && ms[i].type != NM_ENT_LOC)
            ms[i].type = NM_ENT_GPE;
        }
      if (!seen) st = push_mention(d, t[a].sentence, a, b, NM_ENT_GPE, NM_MENTION_NAME);
    }
    a = b;
    /* "VELNA, Tarvia", "CARACAS/GEORGETOWN" */
    if (a < d->tokens.n && w[a].len && (w[a].form[0] == ',' || w[a].form[0] == '/')) a++;
    else break;
  }
  nm_mention *ms = (nm_mention *)d->mentions.data;
  for (size_t i = 0; i < d->mentions.n && st == NM_OK && nk; i++) {
    if (ms[i].kind != NM_MENTION_NAME || ms[i].type == NM_ENT_GPE || ms[i].type == NM_ENT_LOC ||
        ms[i].n_tokens > NM_GZ_MAX_TOKENS)
      continue;
    uint64_t k = span_key(w, ms[i].first_token, ms[i].first_token + ms[i].n_tokens);
    for (size_t j = 0; j < nk; j++)
      if (keys[j] == k) ms[i].type = NM_ENT_GPE;
  }
  return st;
}

/* --- Acronyms used as common nouns -------------------------------------- */

/* Two or more capital letters and nothing else: "AI", "DLC". */
static bool bare_acronym(const nm_nword *w) {
  if (w->len < 2) return false;
  for (size_t i = 0; i < w->len; i++)
    if (w->form[i] < 'A' || w->form[i] > 'Z') return false;
  return true;
}

/* Acronyms that stand for common nouns, technologies, illnesses and
 * measures, never for one organisation, place or person: "AI", "GPS",
 * "COVID", "MSG". A closed list: an acronym the article uses as a name is
 * not here. */
static const char *const common_acronyms[] = {
    "AI",  "ADHD", "AIDS", "API",  "ATM", "BMI", "CPU", "COVID", "COVID-19", "DIY",
    "DNA", "DVD",  "FAQ",  "GDP",  "GPA", "GPS", "GPU", "HIV",   "ICU",      "IM",
    "IQ",  "IQR",  "LCD",  "LED",  "LLM", "MRI", "MSG", "OCD",   "PDF",      "PTSD",
    "RAM", "RNA",  "RSVP", "SARS", "SMS", "SUV", "URL", "USB",   "VPN",      "VR"};

/* Drops the one-word names of an article that are acronyms it also uses as
 * common nouns: "an AI developed by ...", "every LLM is built ...", "more
 * DLC": an article or quantifier right before the acronym, with no noun
 * after it that it could modify ("a UN report"), shows a countable or mass
 * noun ("an AI", "some DLC"), not the name of an organisation. */
static nm_status drop_common_acronyms(nm_doc *d, const nm_nword *w) {
  static const char *const dets[] = {"a", "an", "every", "each", "any", "another", "more", "no"};
  size_t nt = d->tokens.n, nm = d->mentions.n;
  if (!nm) return NM_OK;
  /* the closed list first: one-word names that are such acronyms go */
  {
    nm_mention *m = (nm_mention *)d->mentions.data;
    size_t out = 0;
    for (size_t i = 0; i < nm; i++)
      if (!(m[i].kind == NM_MENTION_NAME && m[i].n_tokens == 1 &&
            IN_LIST(&w[m[i].first_token], common_acronyms)))
        m[out++] = m[i];
    d->mentions.n = nm = out;
  }
  if (!nm || nt < 2) return NM_OK;
  uint64_t *common = NULL;
  size_t nc = 0, capc = 0;
  for (size_t i = 1; i < nt; i++) {
    if (!bare_acronym(&w[i]) || !IN_LIST(&w[i - 1], dets)) continue;
    if (i + 1 < nt && w[i + 1].upos &&
        (strcmp(w[i + 1].upos, "NOUN") == 0 || strcmp(w[i + 1].upos, "PROPN") == 0 ||
         strcmp(w[i + 1].upos, "ADJ") == 0 || strcmp(w[i + 1].upos, "NUM") == 0))
      continue;
    if (!grow((void **)&common, &capc, nc + 1, sizeof *common)) return NM_ERR_NOMEM;
    common[nc++] = nm_gz_token_hash(w[i].form, w[i].len);
  }
  if (!nc) return NM_OK;
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t out = 0;
  for (size_t i = 0; i < nm; i++) {
    const nm_nword *x = &w[m[i].first_token];
    bool drop = false;
    if (m[i].kind == NM_MENTION_NAME && m[i].n_tokens == 1 && bare_acronym(x)) {
      uint64_t h = nm_gz_token_hash(x->form, x->len);
      for (size_t k = 0; k < nc && !drop; k++)
        drop = common[k] == h;
    }
    if (!drop) m[out++] = m[i];
  }
  d->mentions.n = out;
  free(common);
  return NM_OK;
}

/* Lower-case particles inside a person's name: "Antonio Lopez de Santa
 * Anna", "Ludwig van Beethoven". */
/* Particles between the hyphens of Arabic and Persian names ("Anwaar-ul-Haq",
 * "Shah-e-Alam"). */
static const char *const hyphen_particles[] = {"ul", "ud", "ur", "us", "un", "al", "ad",
                                               "an", "as", "az", "e",  "i",  "el"};

static int person_particle(const nm_nword *w) {
  static const char *const p[] = {"de",  "del", "della", "di",  "da", "van", "von",
                                  "der", "den", "la",    "le",  "du", "bin", "bint",
                                  "ibn", "dos", "das",   "des", "zu", "ten", "ter"};
  return IN_LIST(w, p);
}

/* Two person names the model found with only name particles between them
 * are one name: "General Antonio Lopez de Santa Anna" (the model labels
 * a sentence word by word and often stops at the particle). */
static void join_particle_names(nm_doc *d, const nm_nword *w) {
  size_t nm = d->mentions.n;
  if (nm < 2) return;
  qsort(d->mentions.data, nm, sizeof(nm_mention), cmp_mentions);
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t out = 0;
  for (size_t i = 0; i < nm; i++) {
    if (out && m[i].kind == NM_MENTION_NAME && m[i].type == NM_ENT_PERSON) {
      nm_mention *p = &m[out - 1];
      size_t e = p->first_token + p->n_tokens, a = m[i].first_token;
      bool join = p->kind == NM_MENTION_NAME && p->type == NM_ENT_PERSON &&
                  p->sentence == m[i].sentence && a > e && a - e <= 2;
      for (size_t k = e; join && k < a; k++)
        join = person_particle(&w[k]);
      if (join) {
        p->n_tokens = (uint32_t)(a + m[i].n_tokens - p->first_token);
        p->end = t[a + m[i].n_tokens - 1].end;
        continue;
      }
    }
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

static bool cap_name_word(const nm_nword *w) {
  return w->len > 1 && w->form[0] >= 'A' && w->form[0] <= 'Z' && w->xpos &&
         !strncmp(w->xpos, "NNP", 3);
}

/* Takes "al-" or "el-" glued to a capitalised surname right after person
 * mention m[at] into it ("Fadl Mohsen al-Qadhi", cut at "al" after a
 * rank: "Gen. Fadl Mohsen"); the surname the model found alone, m[i + 1],
 * goes along ("Faisal bin Nasser" and "Harbi"). Returns the index of the
 * last mention read (i, or i + 1 when that one was taken). */
static size_t glue_al_surname(nm_mention *m, size_t at, size_t i, size_t nm, const nm_token *t,
                              size_t nt, const nm_nword *w) {
  nm_mention *p = &m[at];
  size_t e = p->first_token + p->n_tokens;
  if (!(e + 2 < nt && t[e + 2].sentence == p->sentence &&
        (tok_is(w[e].form, w[e].len, "al") || tok_is(w[e].form, w[e].len, "el")) &&
        tok_is(w[e + 1].form, w[e + 1].len, "-") && t[e].end == t[e + 1].start &&
        t[e + 1].end == t[e + 2].start && cap_name_word(&w[e + 2])))
    return i;
  size_t j = i;
  if (i + 1 < nm && m[i + 1].first_token < e + 3) {
    if (m[i + 1].first_token != e + 2 || m[i + 1].kind != NM_MENTION_NAME ||
        m[i + 1].n_tokens != 1)
      return i;
    j = i + 1;
  }
  p->n_tokens = (uint32_t)(e + 3 - p->first_token);
  p->end = t[e + 2].end;
  return j;
}

/* A person's name the model cut at a particle, the other part missed or
 * typed otherwise: "Luiz Inacio Lula da Silva" ("Silva" an ORG), "Ursula
 * von der Leyen" ("Leyen" alone), "Ricardo dos Santos". One or two
 * particles and one or two capitalised proper nouns on the other side
 * join the person's name, taking a mention there along. Runs after
 * join_particle_names, on mentions in text order. */
static void extend_particle_names(nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nm = d->mentions.n, nt = d->tokens.n, out = 0;
  for (size_t i = 0; i < nm; i++) {
    m[out++] = m[i];
    nm_mention *p = &m[out - 1];
    if (p->kind != NM_MENTION_NAME || p->type != NM_ENT_PERSON) continue;
    /* forward: "al-" glued to a capitalised surname */
    i = glue_al_surname(m, out - 1, i, nm, t, nt, w);
    size_t e = p->first_token + p->n_tokens, k = e;
    /* forward: particles, then the capitalised words */
    while (k < nt && k < e + 2 && t[k].sentence == p->sentence && person_particle(&w[k]))
      k++;
    size_t c = k;
    while (c < nt && c < k + 2 && t[c].sentence == p->sentence && cap_name_word(&w[c]))
      c++;
    if (k > e && c > k) {
      /* a mention there must lie inside the words taken */
      size_t j = i + 1;
      bool ok = true;
      for (; j < nm && m[j].first_token < c && ok; j++)
        ok = m[j].first_token >= k && m[j].first_token + m[j].n_tokens <= c &&
             m[j].kind == NM_MENTION_NAME;
      if (ok) {
        p->n_tokens = (uint32_t)(c - p->first_token);
        p->end = t[c - 1].end;
        i = j - 1; /* the mentions taken go */
      }
    }
    /* ... and "al-" again after them ("Faisal bin Nasser al-Harbi") */
    i = glue_al_surname(m, out - 1, i, nm, t, nt, w);
    /* ... and a capitalised word after an "el-" or "al-" name the model
     * ended there, none of a mention ("Amna el-Tayeb Mirghani") */
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                       "Saturday", "Sunday"};
    size_t z = p->first_token + p->n_tokens;
    if (p->n_tokens >= 3 && z < nt && t[z].sentence == p->sentence && cap_name_word(&w[z]) &&
        !IN_LIST(&w[z], days) &&
        tok_is(w[z - 2].form, w[z - 2].len, "-") &&
        (tok_is(w[z - 3].form, w[z - 3].len, "el") || tok_is(w[z - 3].form, w[z - 3].len, "al")) &&
        (i + 1 >= nm || m[i + 1].first_token > z)) {
      p->n_tokens++;
      p->end = t[z].end;
    }
    /* backward: capitalised words, then particles, before the name */
    size_t a = p->first_token, b = a;
    while (b > 0 && a - b < 2 && t[b - 1].sentence == p->sentence && person_particle(&w[b - 1]))
      b--;
    size_t f = b;
    while (f > 0 && b - f < 2 && t[f - 1].sentence == p->sentence && cap_name_word(&w[f - 1]))
      f--;
    bool free_words = b < a && f < b;
    for (size_t q = out - 1; free_words && q-- > 0;)
      if (m[q].first_token + m[q].n_tokens > f) free_words = false; /* no mention there */
      else break;
    if (free_words) {
      p->n_tokens += (uint32_t)(a - f);
      p->first_token = (uint32_t)f;
      p->start = t[f].start;
    }
  }
  d->mentions.n = out;
}

/* Whether a mention other than i, among its four neighbours on each side,
 * covers token t. Mentions are in text order in the passes that call it
 * (join_particle_names sorted them), so another mention that touches
 * mention i is among its neighbours. */
static bool neighbour_covers(const nm_doc *d, size_t i, size_t t) {
  const nm_mention *m = (const nm_mention *)d->mentions.data;
  for (size_t j = i > 4 ? i - 4 : 0; j < d->mentions.n && j <= i + 4; j++)
    if (j != i && m[j].first_token <= t && m[j].first_token + m[j].n_tokens > t) return true;
  return false;
}

/* A name the model ended at a hyphen that joins it, with no space, to one
 * more word: "Nagorno-Karabakh", "Ferrante-Okoye" (a capitalised word
 * that is no name of its own: not "Israel-Hamas", "US-China"), and for a
 * person a short lower-case syllable, "Park Min-seo" (not "Trump-era").
 * The segmenter cuts the hyphen off as a token of its own. */
static void hyphen_names(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  static const char *const suffixes[] = {"led",   "era",   "run",   "like",  "type",  "held",
                                         "born",  "made",  "free",  "wide",  "esque", "style",
                                         "based", "owned", "built", "proof", "level", "scale",
                                         "class", "sized", "aged",  "wing"};
  const uint32_t named = NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_ORG;
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n; i++) {
    if (m[i].kind != NM_MENTION_NAME) continue;
    /* a name the model ended on the hyphen ("Anwaar-" of "Anwaar-ul-Haq") */
    if (m[i].n_tokens >= 2 && tok_is(w[m[i].first_token + m[i].n_tokens - 1].form,
                                     w[m[i].first_token + m[i].n_tokens - 1].len, "-")) {
      m[i].n_tokens--;
      m[i].end = t[m[i].first_token + m[i].n_tokens - 1].end;
    }
    for (int rounds = 0; rounds < 3; rounds++) {
      size_t e = m[i].first_token + m[i].n_tokens; /* the hyphen */
      if (e + 1 >= nt || !tok_is(w[e].form, w[e].len, "-") || t[e + 1].sentence != m[i].sentence ||
          t[e - 1].end != t[e].start || t[e].end != t[e + 1].start)
        break;
      const nm_nword *x = &w[e + 1];
      /* "Pakistan Tehreek-e-Insaf", cut as "Tehreek", "-", "e-Insaf": a
       * particle glued to a capitalised word by a hyphen of its own */
      const char *dash = x->len > 3 ? memchr(x->form, '-', x->len) : NULL;
      if (dash && dash > x->form && (size_t)(dash - x->form) + 1 < x->len &&
          dash[1] >= 'A' && dash[1] <= 'Z') {
        bool particle = false;
        size_t pl = (size_t)(dash - x->form);
        for (size_t q = 0; q < sizeof hyphen_particles / sizeof *hyphen_particles; q++)
          particle |=
              strlen(hyphen_particles[q]) == pl && !memcmp(hyphen_particles[q], x->form, pl);
        if (!particle) break;
        m[i].n_tokens += 2;
        m[i].end = t[e + 1].end;
        continue;
      }
      bool letters = x->len > 0;
      for (size_t k = 0; k < x->len && letters; k++)
        letters = (x->form[k] >= 'a' && x->form[k] <= 'z') || (k == 0 && is_capitalised(x));
      if (!letters) break;
      if (is_capitalised(x)) {
        uint32_t f = gz_span_flags(g, w, e + 1, e + 2);
        if ((f & named) || (m[i].type != NM_ENT_PERSON && (f & NM_GZ_PERSON))) break;
        if (neighbour_covers(d, i, e + 1)) break; /* a mention of its own */
      } else if (m[i].type == NM_ENT_PERSON && IN_LIST(x, hyphen_particles) && e + 3 < nt &&
                 tok_is(w[e + 2].form, w[e + 2].len, "-") && t[e + 1].end == t[e + 2].start &&
                 t[e + 2].end == t[e + 3].start && is_capitalised(&w[e + 3])) {
        /* "Anwaar-ul-Haq", "Shah-e-Alam": an Arabic or Persian particle
         * between two capitalised parts, and the surname after them that
         * the model left out ("Anwaar-ul-Haq Kakar") */
        size_t r = e + 4;
        if (r < nt && t[r].sentence == m[i].sentence && is_capitalised(&w[r]) &&
            !all_punct(&w[r]) && !(gz_span_flags(g, w, r, r + 1) & named) &&
            !neighbour_covers(d, i, r))
          r++;
        m[i].n_tokens = (uint32_t)(r - m[i].first_token);
        m[i].end = t[r - 1].end;
        continue;
      } else if (m[i].type != NM_ENT_PERSON || x->len < 2 || x->len > 5 || /* "Jae-myung" */
                 IN_LIST(x, suffixes) || !is_capitalised(&w[e - 1]) || w[e - 1].len > 5) {
        break;
      }
      m[i].n_tokens += 2;
      m[i].end = t[e + 1].end;
    }
  }
  /* "U.S. Indo-Pacific Command" read as "U.S. Indo" and "Pacific Command":
   * two organisation names a hyphen glues with no space, the first ending
   * in a word that is no name of its own, are one */
  size_t o = 0;
  for (size_t i = 0; i < d->mentions.n; i++) {
    if (o > 0) {
      nm_mention *p = &m[o - 1];
      size_t e = p->first_token + p->n_tokens; /* the hyphen */
      if (p->kind == NM_MENTION_NAME && m[i].kind == NM_MENTION_NAME &&
          p->type == NM_ENT_ORG && m[i].type == NM_ENT_ORG && m[i].first_token == e + 1 &&
          e < nt && tok_is(w[e].form, w[e].len, "-") && t[e - 1].end == t[e].start &&
          t[e].end == t[e + 1].start && !(gz_span_flags(g, w, e - 1, e) & named)) {
        p->n_tokens += 1 + m[i].n_tokens;
        p->end = m[i].end;
        continue;
      }
    }
    m[o++] = m[i];
  }
  d->mentions.n = o;
}

/* "Gen. Abdel-Fattah Burhan": a person's name of a hyphened given name
 * and a surname that the model (or the names it propagated) cut at the
 * space, keeping one side or making two mentions ("Abdel-Fattah" and
 * "Burhan"): the capitalised word after, or the hyphened pair before,
 * goes in, unless a mention of another kind, a country, a region or a
 * body has it (a town's name may be a surname: Burhan), or the pair is a
 * title ("Major-General Scott"). */
static void hyphen_given_names(const nm_titles *tt, const nm_gazetteer *g, nm_doc *d,
                               const nm_nword *w) {
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  const uint32_t country_or_body = NM_GZ_COUNTRY | NM_GZ_ADMIN1 | NM_GZ_ORG;
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n, o = 0;
  for (size_t i = 0; i < d->mentions.n; i++) {
    nm_mention *p = o > 0 ? &m[o - 1] : NULL;
    size_t pa = p ? p->first_token : 0, pb = p ? pa + p->n_tokens : 0;
    /* two person mentions, the first a hyphened pair, the second one word
     * right after a space: one name */
    if (p && p->kind == NM_MENTION_NAME && m[i].kind == NM_MENTION_NAME &&
        p->type == NM_ENT_PERSON && m[i].type == NM_ENT_PERSON && pb - pa == 3 &&
        m[i].n_tokens == 1 && m[i].first_token == pb &&
        tok_is(w[pa + 1].form, w[pa + 1].len, "-") &&
        t[pb - 1].end < t[pb].start && t[pb].sentence == p->sentence &&
        !(gz_span_flags(g, w, pb, pb + 1) & country_or_body) &&
        !after_title(tt, w, ss[p->sentence].first_token, pb)) {
      p->n_tokens++;
      p->end = m[i].end;
      continue;
    }
    /* a one-word person mention, a hyphen with no space around it, and a
     * person's name of two words or more: one name ("Foreign Minister
     * Marie-Claire Ilunga", the title giving "Marie" and the model
     * "Claire Ilunga"; not "Trump-Putin") */
    if (p && p->kind == NM_MENTION_NAME && m[i].kind == NM_MENTION_NAME &&
        p->type == NM_ENT_PERSON && m[i].type == NM_ENT_PERSON && pb - pa == 1 &&
        m[i].n_tokens >= 2 && m[i].first_token == pb + 1 && tok_is(w[pb].form, w[pb].len, "-") &&
        t[pa].end == t[pb].start && t[pb].end == t[pb + 1].start &&
        t[pb + 1].sentence == p->sentence &&
        !(gz_span_flags(g, w, pb + 1, pb + 2) & country_or_body)) {
      p->n_tokens += 1 + m[i].n_tokens;
      p->end = m[i].end;
      continue;
    }
    m[o++] = m[i];
  }
  d->mentions.n = o;
  for (size_t i = 0; i < d->mentions.n; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON) continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (b - a == 3 && b < nt && tok_is(w[a + 1].form, w[a + 1].len, "-") &&
        t[b].sentence == m[i].sentence && t[b - 1].end < t[b].start && is_capitalised(&w[b]) &&
        !all_punct(&w[b]) && (b + 1 >= nt || !is_capitalised(&w[b + 1])) &&
        !(gz_span_flags(g, w, b, b + 1) & country_or_body) && !neighbour_covers(d, i, b)) {
      m[i].n_tokens++;
      m[i].end = t[b].end;
    } else if (b - a == 1 && a >= 3 && tok_is(w[a - 2].form, w[a - 2].len, "-") &&
               t[a - 3].sentence == m[i].sentence && t[a - 3].end == t[a - 2].start &&
               t[a - 2].end == t[a - 1].start && t[a - 1].end < t[a].start &&
               is_capitalised(&w[a - 3]) && is_capitalised(&w[a - 1]) &&
               !(gz_span_flags(g, w, a - 3, a - 2) & country_or_body) &&
               !(gz_span_flags(g, w, a - 1, a) & country_or_body) &&
               !neighbour_covers(d, i, a - 1) && !neighbour_covers(d, i, a - 3) &&
               !after_title(tt, w, ss[m[i].sentence].first_token, a)) {
      m[i].first_token = (uint32_t)(a - 3);
      m[i].n_tokens += 3;
      m[i].start = t[a - 3].start;
    } else if (b - a >= 2 && a >= 2 && tok_is(w[a - 1].form, w[a - 1].len, "-") &&
               t[a - 2].sentence == m[i].sentence && t[a - 2].end == t[a - 1].start &&
               t[a - 1].end == t[a].start && is_capitalised(&w[a - 2]) &&
               !all_punct(&w[a - 2]) && !(gz_span_flags(g, w, a - 2, a) & country_or_body) &&
               !neighbour_covers(d, i, a - 2) && !title_at(tt, w, a - 2, nt)) {
      /* (the model's name began after the hyphen: "Karl-Heinz Vogel" as
       * "Heinz Vogel") */
      m[i].first_token = (uint32_t)(a - 2);
      m[i].n_tokens += 2;
      m[i].start = t[a - 2].start;
    }
  }
}

/* An organisation whose head word alone the model found, after capitalised
 * words it left out: "The Interior Ministry said" ("Ministry"), "The
 * National Assembly voted" ("Assembly"). The words before go in, up to an
 * article, another name, a title or the sentence's start. */
static void org_words_before(const nm_titles *tt, nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  for (size_t i = 0; i < d->mentions.n; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_ORG) continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (!(IN_LIST(&w[b - 1], org_heads) || IN_LIST(&w[b - 1], armed_heads) ||
          IN_LIST(&w[b - 1], institutions)))
      continue;
    size_t na = a;
    while (na > 0 && a - na < 3 && t[na - 1].sentence == m[i].sentence &&
           is_capitalised(&w[na - 1]) && !all_punct(&w[na - 1]) &&
           !tok_is(w[na - 1].form, w[na - 1].len, "the") &&
           !tok_is(w[na - 1].form, w[na - 1].len, "a") && !possessive(&w[na - 1]) &&
           (!after_title(tt, w, na - 1, na) || tok_is(w[na - 1].form, w[na - 1].len, "general")) &&
           (w[na - 1].ctx & NM_NCTX_SENT_START) == 0) {
      /* "General" before a body's head word is its name's ("the General
       * Assembly", "the General Staff"), no rank */
      if (neighbour_covers(d, i, na - 1)) break;
      na--;
    }
    if (na == a) continue;
    m[i].first_token = (uint32_t)na;
    m[i].n_tokens = (uint32_t)(b - na);
    m[i].start = t[na].start;
  }
}

/* An organisation's "of" phrase the model cut short before a capitalised
 * word: "UAE Ministry of Foreign | Affairs". The capitalised words after
 * it go in (up to two), unless they are another name, a title or a day
 * or month, or a place ends the "of" phrase ("the Film Critics Circle of
 * Australia Awards"). */
static void org_of_tail(const nm_titles *tt, const nm_gazetteer *g, nm_doc *d,
                        const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_ORG || m[i].n_tokens < 3) continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    size_t of = 0; /* the last "of" */
    for (size_t k = a + 1; k + 1 < b; k++)
      if (tok_is(w[k].form, w[k].len, "of")) of = k;
    /* "… Circle of Australia | Awards": a place after "of" ends the name */
    if (!of || (gz_span_flags(g, w, of + 1, b) & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1)))
      continue;
    size_t nb = b;
    while (nb < nt && nb - b < 2 && t[nb].sentence == m[i].sentence && is_capitalised(&w[nb]) &&
           !all_punct(&w[nb]) && !possessive(&w[nb]) && !after_title(tt, w, nb, nb + 1)) {
      nm_tl_entry te;
      if (nm_tl_lookup(w[nb].form, w[nb].len, &te) &&
          (te.cls == NM_TL_WEEKDAY || te.cls == NM_TL_MONTH))
        break;
      uint64_t h = nm_gz_token_hash(w[nb].form, w[nb].len), head;
      if (nm_title_starting_at(tt, &h, 0, 1, &head)) break;
      if (neighbour_covers(d, i, nb)) break;
      nb++;
    }
    if (nb == b) continue;
    m[i].n_tokens = (uint32_t)(nb - a);
    m[i].end = t[nb - 1].end;
  }
}

/* A body's name the model ended at its head word before "on" or "for"
 * and more capitalised words: "the Kenya National Commission | on Human
 * Rights", "Council | on Foreign Relations", "Center | for Strategic and
 * International Studies". Up to five words go in ("and" between capitalised
 * ones), unless a day, month, title or another name comes first. */
static void org_prep_tail(const nm_titles *tt, nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_ORG) continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens, p = b;
    if (!IN_LIST(&w[b - 1], org_heads) || p + 1 >= nt || t[p].sentence != m[i].sentence ||
        !(tok_is(w[p].form, w[p].len, "on") || tok_is(w[p].form, w[p].len, "for")) ||
        is_capitalised(&w[p]))
      continue;
    size_t nb = p + 1, last = 0; /* the last capitalised word taken */
    while (nb < nt && nb - p <= 5 && t[nb].sentence == m[i].sentence) {
      bool conj = tok_is(w[nb].form, w[nb].len, "and") && last == nb - 1;
      if (!conj && (!is_capitalised(&w[nb]) || all_punct(&w[nb]) || possessive(&w[nb]))) break;
      nm_tl_entry te;
      if (!conj && nm_tl_lookup(w[nb].form, w[nb].len, &te) &&
          (te.cls == NM_TL_WEEKDAY || te.cls == NM_TL_MONTH))
        break;
      uint64_t h = nm_gz_token_hash(w[nb].form, w[nb].len), head;
      if (!conj && nm_title_starting_at(tt, &h, 0, 1, &head)) break;
      if (neighbour_covers(d, i, nb)) break;
      if (!conj) last = nb;
      nb++;
    }
    if (!last) continue;
    m[i].n_tokens = (uint32_t)(last + 1 - a);
    m[i].end = t[last].end;
  }
}

/* A nationality word qualified by a direction the model left out: "Latin
 * American", "West African", "North American" name a region's people, not
 * the USA's or South Africa's ("South Korean", which the gazetteer knows
 * whole, is found whole). */
static bool people_word(const nm_gazetteer *g, const nm_nword *w, size_t k) {
  static const char *const continental[] = {"African", "Asian", "European"};
  return (gz_span_flags(g, w, k, k + 1) & NM_GZ_DEMONYM) || IN_LIST(&w[k], continental);
}

static void qualified_demonyms(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  static const char *const qualifiers[] = {"Latin",     "North",     "South",     "East",
                                           "West",      "Central",   "Southeast", "Northeast",
                                           "Southwest", "Northwest", "Sub-Saharan"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  /* the model took the qualifier alone for a place ("West" is a region of
   * Cameroon): it takes the nationality word after it, and a mention of
   * that word alone goes */
  size_t out = 0, nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token;
    if (out && m[out - 1].type == NM_ENT_NORP && m[out - 1].first_token + 1 == a &&
        m[out - 1].n_tokens == 2 && m[i].n_tokens == 1)
      continue; /* the nationality word, now in the qualified mention */
    m[out++] = m[i];
    if (m[i].kind != NM_MENTION_NAME || m[i].n_tokens != 1 || a + 1 >= nt ||
        t[a + 1].sentence != m[i].sentence || !IN_LIST(&w[a], qualifiers) ||
        !people_word(g, w, a + 1) ||
        (gz_span_flags(g, w, a, a + 2) & (NM_GZ_DEMONYM | NM_GZ_COUNTRY)))
      continue;
    if (i + 1 < d->mentions.n && m[i + 1].first_token == a + 1 && m[i + 1].n_tokens != 1)
      continue;
    m[out - 1].n_tokens = 2;
    m[out - 1].end = t[a + 1].end;
    m[out - 1].type = NM_ENT_NORP;
  }
  d->mentions.n = out;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token;
    if (m[i].kind != NM_MENTION_NAME || m[i].n_tokens != 1 || a == 0 ||
        t[a - 1].sentence != m[i].sentence || !IN_LIST(&w[a - 1], qualifiers))
      continue;
    if (!people_word(g, w, a) ||
        (gz_span_flags(g, w, a - 1, a + 1) & (NM_GZ_DEMONYM | NM_GZ_COUNTRY)))
      continue;
    if (neighbour_covers(d, i, a - 1)) continue; /* the qualifier in a mention of its own */
    m[i].first_token--;
    m[i].n_tokens++;
    m[i].start = t[a - 1].start;
    m[i].type = NM_ENT_NORP;
  }
}

/* A lower-case role after a capitalised body's name ends right before
 * word a: "Foreign Ministry spokesman |Wang". */
static bool after_body_role(const nm_titles *tt, const nm_nword *w, size_t lo, size_t a) {
  if (a < lo + 2 || is_capitalised(&w[a - 1]) || !is_capitalised(&w[a - 2])) return false;
  uint64_t h = nm_gz_token_hash(w[a - 1].form, w[a - 1].len), head;
  return nm_title_ending_at(tt, &h, 0, 1, &head) == 1;
}

/* "Prime Minister Abiy Ahmed" with only "Ahmed" found: a capitalised
 * proper noun between a title and a person's name, in no mention and
 * not in the gazetteer (a place, a body, a nationality), is the name's
 * first word; also after a body's lower-case role. Mentions are sorted
 * (join_particle_names). */

/* Whether a title in lower case ends right before sentence word a
 * ("National police chief Sergiu Rotaru"). */
static bool after_lower_title(const nm_titles *tt, const nm_nword *w, size_t lo, size_t a) {
  if (a == lo || !w[a - 1].len || w[a - 1].form[0] < 'a' || w[a - 1].form[0] > 'z') return false;
  uint64_t h[NM_TITLE_MAX], head;
  size_t from = a - lo > NM_TITLE_MAX ? a - NM_TITLE_MAX : lo;
  for (size_t i = from; i < a; i++)
    h[i - from] = nm_gz_token_hash(w[i].form, w[i].len);
  size_t l = nm_title_ending_at(tt, h, 0, a - from, &head);
  for (size_t k = a - l; l && k < a; k++)
    if (is_capitalised(&w[k])) return false;
  return l > 0;
}

static void extend_after_title(const nm_titles *tt, nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token;
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON || a == 0) continue;
    size_t lo = ss[t[a].sentence].first_token, k = a;
    /* capitalised words after a title, even ones the tagger took for a
     * common noun ("spokesman Wang Wenbin"; "Senator Ana Tello Huamán",
     * of which the model took only the last) */
    bool titled = false;
    while (!titled && k > lo + 1 && a - k < 2) {
      k--;
      /* (a word spelt like a small town is a given name right after the
       * title, with a word of the name after it: "Foreign Secretary
       * Ramon Villareal Cruz", Ramon a Philippine town) */
      if (!is_capitalised(&w[k]) || !w[k].xpos ||
          (strcmp(w[k].xpos, "NNP") != 0 && strcmp(w[k].xpos, "NN") != 0) ||
          (w[k].gz & 0xFFFFu & ~(uint32_t)(NM_GZ_PERSON | NM_GZ_PREFIX | NM_GZ_CITY)) ||
          w[k].form[w[k].len - 1] == '.') /* a title's own word ("Lt. Col. Andrej Vuk") */
        break;
      titled = after_title(tt, w, lo, k) || after_body_role(tt, w, lo, k) ||
               after_lower_title(tt, w, lo, k) || after_portfolio(tt, w, lo, k);
    }
    if (!titled) continue;
    if (i > 0 && m[i - 1].first_token + m[i - 1].n_tokens > k) continue; /* in a mention */
    /* (a name right after its title, or after a title's portfolio: "Minister
     * of Territorial Administration Jean-Claude Ngono" had taken
     * "Administration" for a given name after "Minister of Territorial") */
    if (after_title(tt, w, lo, a) || after_portfolio(tt, w, lo, a)) continue;
    m[i].n_tokens += (uint32_t)(a - k);
    m[i].first_token = (uint32_t)k;
    m[i].start = t[k].start;
  }
}

/* --- Types said by an apposition ---------------------------------------- */

/* What a common noun describing a name makes it: 1 an organisation ("a
 * company"), 2 a place ("a small town"), 0 neither. */
static int described_type(const nm_nword *w) {
  static const char *const orgs[] = {
      "company",   "firm",         "corporation", "organization", "organisation", "agency",
      "startup",   "start-up",     "charity",     "newspaper",    "magazine",     "airline",
      "retailer",  "manufacturer", "carmaker",    "automaker",    "bank",         "university",
      "nonprofit", "non-profit",   "band",        "publisher",    "broadcaster",  "party",
      /* (", a Haitian advocacy group,") */
      "group",     "network",      "association", "federation",   "foundation",   "institute",
      "watchdog",  "coalition"};
  static const char *const places[] = {
      "city",   "town",   "village",  "country",  "province",     "region",
      "island", "county", "district", "suburb",   "capital",      "municipality",
      "state",  "river",  "lake",     "mountain", "neighborhood", "neighbourhood"};
  if (IN_LIST(w, orgs)) return 1;
  if (IN_LIST(w, places)) return 2;
  return 0;
}

/* Whether words i.. read "a" or "an", a number and "-year-old" ("a
 * 58-year-old"). */
static bool age_at(const nm_doc *d, const nm_nword *w, size_t i) {
  return i < d->tokens.n &&
         (tok_is(w[i].form, w[i].len, "a") || tok_is(w[i].form, w[i].len, "an")) &&
         nm_tok_year_old(d, i + 1);
}

/* A name followed by an apposition that says what it is (", a company
 * that ...", ", a small town in ...": "a" or "an", at most three
 * lower-case words, and the noun, with no noun after it) is an
 * organisation or a place in the whole article, whatever type the model
 * gave its mentions. */
static void appositive_types(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  /* ", a Hezbollah spokesman," ", a senior Hamas official,": a
   * person's job after names and modifiers makes the name a person's */
  static const char *const jobs[] = {
      "spokesman", "spokeswoman", "spokesperson", "official", "commander", "minister",
      "lawyer",    "analyst",     "researcher",   "diplomat", "activist",  "lawmaker",
      "legislator", "senator",    "negotiator",   "envoy",    "adviser",   "advisor",
      "journalist", "reporter",   "resident",     "farmer",   "fisherman", "teacher",
      "doctor",     "nurse",      "student",      "soldier",  "officer",   "politician",
      "leader",     "governor",   "mayor",
      /* ("…, secretary-general of the Office of the Narcotics Control
       * Board (ONCB), said": after a place that opens the sentence) */
      "secretary",  "director",   "chairman",     "chairwoman", "prosecutor", "ambassador"};
  size_t nm = d->mentions.n, nt = d->tokens.n;
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  for (size_t i = 0; i < nm; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type == NM_ENT_NORP ||
        m[i].n_tokens > NM_GZ_MAX_TOKENS)
      continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (b + 2 >= nt || !tok_is(w[b].form, w[b].len, ",") || t[b + 2].sentence != t[a].sentence)
      continue;
    size_t k = b + 1, jobs_from = b + 2;
    /* (or a possessor's: ", Serbia's defence minister,", ", the country's
     * foreign minister,", ", the region's self-styled leader,": the job
     * may follow lower-case words) */
    static const char *const owner_nouns[] = {"country", "region", "province", "territory",
                                              "state", "city", "group", "movement"};
    bool owner = false, seat = false;
    /* ", the provincial capital,", ", the main town,": a place's noun
     * after "the" and lower-case words, closing the apposition, makes a
     * person's name a place's ("between Wabag, the provincial capital, and
     * Porgera") */
    /* (and a firm's noun makes a place's or a person's name a firm's:
     * "Highland Air Services, the small charter company that employs
     * him,") */
    bool firm = false;
    if (m[i].type != NM_ENT_ORG && tok_is(w[b + 1].form, w[b + 1].len, "the")) {
      static const char *const seats[] = {"capital", "town", "city", "village",
                                          "seat",    "port", "hub"};
      for (size_t q = b + 2; q < nt && q <= b + 5 && t[q].sentence == t[a].sentence; q++) {
        if (!w[q].len || w[q].form[0] < 'a' || w[q].form[0] > 'z') break;
        bool closed = q + 1 < nt && tok_is(w[q + 1].form, w[q + 1].len, ",");
        if (IN_LIST(&w[q], seats)) {
          seat = closed && m[i].type == NM_ENT_PERSON;
          break;
        }
        if (described_type(&w[q]) == 1) {
          firm = closed || (q + 1 < nt && (tok_is(w[q + 1].form, w[q + 1].len, "that") ||
                                           tok_is(w[q + 1].form, w[q + 1].len, "which")));
          break;
        }
      }
    }
    seat = seat || firm;
    if (!seat && !tok_is(w[k].form, w[k].len, "a") && !tok_is(w[k].form, w[k].len, "an")) {
      size_t q = tok_is(w[k].form, w[k].len, "the") ? k + 1 : k;
      owner = q + 2 < nt && t[q + 2].sentence == t[a].sentence && possessive(&w[q + 1]) &&
              (is_capitalised(&w[q]) || IN_LIST(&w[q], owner_nouns));
      /* (or a job right after the comma: ", secretary-general of …") */
      bool bare_job = q == k && IN_LIST(&w[k], jobs);
      if (!owner && !bare_job) continue;
      jobs_from = owner ? q + 2 : k;
    }
    int kind = firm ? 1 : seat ? 2 : 0;
    /* (not a place fronted before the subject: "In Belgrade, an
     * association representing families of missing Serbs said") */
    bool fronted = a > 0 && t[a - 1].sentence == t[a].sentence && w[a - 1].upos &&
                   !strcmp(w[a - 1].upos, "ADP") &&
                   (a == 1 || t[a - 2].sentence != t[a].sentence);
    for (k++; !owner && !seat && !fronted && k < nt && k <= b + 5 && t[k].sentence == t[a].sentence;
         k++) {
      /* (a nationality's adjective may come first: "a Haitian advocacy
       * group") */
      if (w[k].len && w[k].form[0] >= 'A' && w[k].form[0] <= 'Z' && w[k].upos &&
          (!strcmp(w[k].upos, "ADJ") || (w[k].gz & NM_GZ_DEMONYM)))
        continue;
      if (!w[k].len || w[k].form[0] < 'a' || w[k].form[0] > 'z') break;
      if ((kind = described_type(&w[k]))) {
        /* the noun heads the apposition: "a company that ...", not "a
         * company car" */
        if (k + 1 < nt && w[k + 1].upos && strcmp(w[k + 1].upos, "NOUN") == 0) kind = 0;
        /* ... and "state" before a modifier is an adjective: "a state human
         * rights body" is no state */
        if (kind == 2 && tok_is(w[k].form, w[k].len, "state") && k + 1 < nt && w[k + 1].upos &&
            (!strcmp(w[k + 1].upos, "ADJ") || !strcmp(w[k + 1].upos, "PROPN")))
          kind = 0;
        break;
      }
      /* the apposition's own head noun ends the look: "a volunteer in the
       * town of Jindires" says nothing of a town */
      if (w[k].upos && (!strcmp(w[k].upos, "ADP") ||
                        (!strcmp(w[k].upos, "NOUN") && !(k + 1 < nt && w[k + 1].upos &&
                                                         !strcmp(w[k + 1].upos, "NOUN")))))
        break;
    }
    /* (not a phrase fronted before the subject: "In Brussels, a
     * European Commission spokeswoman said") */
    if (!kind && m[i].type != NM_ENT_PERSON && m[i].type != NM_ENT_ORG &&
        !(a > 0 && t[a - 1].sentence == t[a].sentence && w[a - 1].upos &&
          !strcmp(w[a - 1].upos, "ADP")))
      for (size_t q = jobs_from; q < nt && q <= jobs_from + 4 && t[q].sentence == t[a].sentence;
           q++) {
        if (IN_LIST(&w[q], jobs)) {
          /* ("secretary-general", "director-general": the job's hyphened
           * second word) */
          if (q + 2 < nt && tok_is(w[q + 1].form, w[q + 1].len, "-")) q += 2;
          /* the apposition ends at a comma or goes on with a phrase */
          if (q + 1 < nt && (tok_is(w[q + 1].form, w[q + 1].len, ",") ||
                             (w[q + 1].upos && !strcmp(w[q + 1].upos, "ADP"))))
            kind = 3;
          break;
        }
        /* ("self-styled": a compound's hyphen and participle) */
        if (tok_is(w[q].form, w[q].len, "-") ||
            (q > jobs_from && tok_is(w[q - 1].form, w[q - 1].len, "-")))
          continue;
        if (!w[q].upos || !(!strcmp(w[q].upos, "ADJ") || !strcmp(w[q].upos, "PROPN") ||
                            (!strcmp(w[q].upos, "NOUN") && (owner || is_capitalised(&w[q])))))
          break;
      }
    /* ", a 58-year-old shop owner,": an age makes the name a person's */
    if (!kind && m[i].type != NM_ENT_PERSON && b + 7 < nt && t[b + 6].sentence == t[a].sentence &&
        age_at(d, w, b + 1))
      kind = 3;
    if (!kind) continue;
    uint64_t key = span_key(w, a, b);
    for (size_t j = 0; j < nm; j++) {
      if (m[j].kind != NM_MENTION_NAME || m[j].n_tokens != b - a || m[j].type == NM_ENT_NORP ||
          span_key(w, m[j].first_token, m[j].first_token + m[j].n_tokens) != key)
        continue;
      size_t ja = m[j].first_token, jb = ja + m[j].n_tokens;
      if (kind == 3)
        m[j].type = NM_ENT_PERSON;
      else if (kind == 1)
        m[j].type = NM_ENT_ORG;
      else if (m[j].type != NM_ENT_GPE && m[j].type != NM_ENT_LOC)
        m[j].type = place_type(g, w, ja, jb);
    }
  }
}

/* A name right before a lower-case "party" ("the Chadema party", "the
 * ruling Likud party") is a party's name, an organisation, in the whole
 * article, whatever type the model gave its mentions (it took "Chadema"
 * for a person); so is one before "coalition", "alliance", "movement",
 * "bloc", "faction" or "militia" ("the opposition Perikatan Nasional
 * coalition"). */
static void party_names(nm_doc *d, const nm_nword *w) {
  size_t nm = d->mentions.n, nt = d->tokens.n;
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  /* (at most 64 parties an article: each one looks at every mention) */
  for (size_t i = 0, found = 0; i < nm && found < 64; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type == NM_ENT_ORG || m[i].type == NM_ENT_NORP ||
        m[i].n_tokens > NM_GZ_MAX_TOKENS || (w[m[i].first_token].gz & NM_GZ_COUNTRY))
      continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    static const char *const bodies[] = {"party",  "coalition", "alliance", "movement",
                                         "bloc",   "faction",   "militia"};
    /* (and a group's members, after a name typed a person's: "Fano
     * militiamen", "A Fano commander"'s group took "he"; not a place's,
     * "Tigray fighters") */
    static const char *const members[] = {"militiamen", "militias", "fighters", "insurgents",
                                          "guerrillas", "militants"};
    if (b >= nt || t[b].sentence != t[a].sentence ||
        !(IN_LIST(&w[b], bodies) || (m[i].type == NM_ENT_PERSON && IN_LIST(&w[b], members))))
      continue;
    uint64_t key = span_key(w, a, b);
    found++;
    for (size_t j = 0; j < nm; j++)
      if (m[j].kind == NM_MENTION_NAME && m[j].n_tokens == b - a && m[j].type != NM_ENT_NORP &&
          span_key(w, m[j].first_token, m[j].first_token + m[j].n_tokens) == key)
        m[j].type = NM_ENT_ORG;
  }
}

/* "Red Nacional de Comunicaciones S.A.", "Nordhavn Shipping Ltd.": a
 * name that ends in a company's legal form is a company's, an
 * organisation, whatever type the model gave it (it took the first for a
 * person, whom "she" then joined) */
static void company_names(nm_doc *d, const nm_nword *w) {
  static const char *const forms[] = {"S.A.", "Inc.", "Ltd.", "LLC", "Corp.", "GmbH", "PLC",
                                      "plc",  "AG",   "N.V.", "B.V.", "S.p.A.", "Co.", "SA",
                                      "Ltd",  "Inc",  "S.A",  "A.S.", "Pty"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  for (size_t i = 0; i < d->mentions.n; i++)
    if (m[i].kind == NM_MENTION_NAME && m[i].type == NM_ENT_PERSON && m[i].n_tokens >= 2 &&
        IN_LIST(&w[m[i].first_token + m[i].n_tokens - 1], forms))
      m[i].type = NM_ENT_ORG;
}

/* The words before a name set off by commas that name a person's office:
 * a title ending right before the comma ("The envoy, X,", "the group's
 * spokesman, X,"), or one followed by a phrase of its post ("Its envoy
 * to the U.N., X,": "to", "at", "of" or "for" and at most four words). */
static bool office_before_comma(const nm_titles *tt, const nm_nword *w, const nm_token *t,
                                size_t comma) {
  uint64_t h[8];
  size_t lo = comma > 8 ? comma - 8 : 0;
  for (size_t k = lo; k < comma; k++)
    h[k - lo] = nm_gz_token_hash(w[k].form, w[k].len);
  static const char *const posts[] = {"to", "at", "of", "for", "in"};
  for (size_t end = comma; end > lo && end + 7 >= comma; end--) {
    if (t[end - 1].sentence != t[comma].sentence) return false;
    uint64_t head;
    if (end < comma && !IN_LIST(&w[end], posts)) continue; /* the post's phrase */
    if (nm_title_ending_at(tt, h, 0, end - lo, &head) > 0) return true;
  }
  return false;
}

/* A name of two or more words set off by commas right after words that
 * name a person's office is that person ("Its envoy to the U.N.,
 * Al-Harith Idriss, thanked Moscow"), in the whole article, when the
 * model typed it a place or MISC and no word of it is a country, region,
 * nationality or known organisation. */
static void titled_appositions(const nm_titles *tt, nm_doc *d, const nm_nword *w) {
  const uint32_t known = NM_GZ_COUNTRY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_DEMONYM | NM_GZ_ORG;
  size_t nm = d->mentions.n, nt = d->tokens.n;
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  for (size_t i = 0; i < nm; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].n_tokens < 2 || m[i].n_tokens > NM_GZ_MAX_TOKENS ||
        (m[i].type != NM_ENT_GPE && m[i].type != NM_ENT_LOC && m[i].type != NM_ENT_MISC))
      continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (a < 2 || b >= nt || !tok_is(w[a - 1].form, w[a - 1].len, ",") ||
        !tok_is(w[b].form, w[b].len, ",") || t[a - 2].sentence != t[a].sentence)
      continue;
    bool plain = true;
    for (size_t k = a; k < b && plain; k++)
      plain = !(w[k].gz & known);
    if (!plain || !office_before_comma(tt, w, t, a - 1)) continue;
    uint64_t key = span_key(w, a, b);
    for (size_t j = 0; j < nm; j++)
      if (m[j].kind == NM_MENTION_NAME && m[j].n_tokens == b - a && m[j].type == m[i].type &&
          span_key(w, m[j].first_token, m[j].first_token + m[j].n_tokens) == key)
        m[j].type = NM_ENT_PERSON;
  }
}

/* --- Organisations by their kind and their short names ------------------ */

/* Kinds of firm written right before the firm's name: "flag carrier
 * Aeroflot", "retailer Walmart", "chipmaker Nvidia" (and any "…maker"). */
static bool firm_kind(const nm_nword *w) {
  static const char *const kinds[] = {"carrier", "airline", "company", "firm", "retailer",
                                      "manufacturer", "bank", "startup", "start-up",
                                      "broadcaster", "publisher", "insurer", "conglomerate"};
  /* people who make ("opposition lawmaker Milagros Tello") */
  static const char *const people[] = {"lawmaker", "policymaker", "peacemaker", "filmmaker",
                                       "kingmaker", "troublemaker", "matchmaker", "playmaker",
                                       "homemaker"};
  if (IN_LIST(w, kinds)) return true;
  return w->len > 5 && w->form[0] >= 'a' && w->form[0] <= 'z' &&
         memcmp(w->form + w->len - 5, "maker", 5) == 0 && !IN_LIST(w, people);
}

/* Last words of a firm's full name that its short name leaves off:
 * "China Eastern Airlines" is "China Eastern" later, "Apex Corp." "Apex". */
static const char *const firm_suffixes[] = {
    "AG",   "Airlines", "Airways", "Co.",  "Company",  "Corp.",   "Corporation", "GmbH",
    "Group", "Holdings", "Inc.",   "LLC",  "Limited",  "Ltd.",    "PLC",         "plc"};

typedef struct key_slot {
  uint64_t key; /* 0 = empty */
  uint32_t len;
} key_slot;

static key_slot *key_find(key_slot *t, size_t mask, uint64_t key, uint32_t len) {
  size_t i = (size_t)key & mask;
  while (t[i].key && (t[i].key != key || t[i].len != len))
    i = (i + 1) & mask;
  return &t[i];
}

/* A name right after a kind of firm ("flag carrier Aeroflot") is an
 * organisation, and so is a name equal to a found organisation's name
 * without its last word when that word is a firm's suffix ("China
 * Eastern" after "China Eastern Airlines"), in the whole article, whatever
 * type the model gave them. A short name the gazetteer knows as a place,
 * demonym or person ("China", "American") is not one; nor is a person's
 * name whose first word the gazetteer knows as a person's ("the company
 * Dana Holt founded"). */
static nm_status firm_names(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  size_t nm = d->mentions.n;
  nm_mention *m = (nm_mention *)d->mentions.data;
  if (!nm) return NM_OK;
  size_t cap = 16;
  while (cap < 4 * nm)
    cap <<= 1;
  key_slot *t = calloc(cap, sizeof *t);
  if (!t) return NM_ERR_NOMEM;
  const uint32_t not_firm = NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION |
                            NM_GZ_DEMONYM | NM_GZ_PERSON;
  size_t found = 0;
  for (size_t i = 0; i < nm; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type == NM_ENT_NORP ||
        m[i].n_tokens > NM_GZ_MAX_TOKENS)
      continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].type == NM_ENT_ORG && b - a >= 2 && IN_LIST(&w[b - 1], firm_suffixes) &&
        is_capitalised(&w[b - 2]) && !all_punct(&w[b - 2]) &&
        !(gz_span_flags(g, w, a, b - 1) & not_firm)) {
      key_slot *sl = key_find(t, cap - 1, span_key(w, a, b - 1), (uint32_t)(b - 1 - a));
      sl->key = span_key(w, a, b - 1), sl->len = (uint32_t)(b - 1 - a), found++;
    }
    if (m[i].type != NM_ENT_ORG && a > 0 && firm_kind(&w[a - 1]) &&
        !(gz_span_flags(g, w, a, b) & not_firm) && !(b - a >= 2 && (w[a].gz & NM_GZ_PERSON))) {
      key_slot *sl = key_find(t, cap - 1, span_key(w, a, b), (uint32_t)(b - a));
      sl->key = span_key(w, a, b), sl->len = (uint32_t)(b - a), found++;
    }
  }
  for (size_t i = 0; found && i < nm; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type == NM_ENT_NORP ||
        m[i].n_tokens > NM_GZ_MAX_TOKENS)
      continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (key_find(t, cap - 1, span_key(w, a, b), (uint32_t)(b - a))->key) m[i].type = NM_ENT_ORG;
  }
  free(t);
  return NM_OK;
}

/* --- Names spelt out before their acronyms ----------------------------- */

/* Last words of events' names: "World Wide Developers Conference". */
static const char *const event_heads[] = {
    "Award",  "Awards",   "Championship", "Championships", "Conference", "Convention", "Cup",
    "Day",    "Festival", "Games",        "Olympics",      "Prize",      "Summit",     "Week"};

/* Small words a name spelt out before its acronym may hold. */
static const char *const acr_connectors[] = {"of", "for", "and", "in", "on", "the", "to",
                                             "at", "de", "&",   "-"};

/* Capitalised words before an acronym in brackets whose initials spell it
 * ("the Office for Rural Water Supply (ORWS)", "United Nations Interim
 * Administration Mission in Kosovo (UNMIK)": each letter, from the last,
 * is the first letter of a word further left, words may be skipped, and
 * only capitalised words and small words lie between; Schwartz and
 * Hearst's matching) are an organisation's name, or a place's when the
 * gazetteer knows it as one, where the model found none or only parts of
 * it: the parts give way. The acronym takes the same type. Not when a
 * mention reaches across the name's ends, nor over a person's name of two
 * words or more ("John Fitzgerald Kennedy (JFK)"). */
static nm_status defined_acronyms(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  size_t nt = d->tokens.n, n0 = d->mentions.n;
  const nm_token *t = (const nm_token *)d->tokens.data;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  uint8_t *gone = calloc(n0 ? n0 : 1, 1);
  if (!gone) return NM_ERR_NOMEM;
  nm_status st = NM_OK;
  size_t q = 0, pushed = 0;
  for (size_t i = 2; i + 2 < nt && st == NM_OK; i++) {
    if (!tok_is(w[i].form, w[i].len, "(") || !tok_is(w[i + 2].form, w[i + 2].len, ")") ||
        !bare_acronym(&w[i + 1]) || w[i + 1].len < 3 || w[i + 1].len > 10 ||
        t[i + 2].sentence != t[i].sentence || t[i].sentence >= d->sentences.n)
      continue;
    size_t len = w[i + 1].len, lo = ss[t[i].sentence].first_token;
    size_t lim = i > lo + len + 5 ? i - (len + 5) : lo;
    const char *acr = w[i + 1].form;
    size_t j = i, start = i;
    bool ok = true;
    for (size_t k = len; k-- > 0 && ok;) {
      for (;;) {
        if (j <= lim) {
          ok = false;
          break;
        }
        j--;
        const nm_nword *x = &w[j];
        if (!IN_LIST(x, acr_connectors) && !name_word(x)) {
          ok = false;
          break;
        }
        char c = x->len ? x->form[0] : 0;
        if (c >= 'a' && c <= 'z') c = (char)(c - 32);
        if (c == acr[k]) {
          start = j;
          break;
        }
      }
    }
    if (!ok || start + 2 > i || !name_word(&w[start]) || !name_word(&w[i - 1]) ||
        IN_LIST_CI(&w[start], acr_connectors) || IN_LIST(&w[i - 1], event_heads))
      continue;
    const nm_mention *m = (const nm_mention *)d->mentions.data;
    while (q < n0 && m[q].first_token + m[q].n_tokens <= start)
      q++;
    bool skip = false;
    for (size_t k = q; k < n0 && m[k].first_token < i && !skip; k++) {
      size_t ma = m[k].first_token, mb = ma + m[k].n_tokens;
      if (gone[k]) continue;
      skip = ma < start || mb > i || (ma == start && mb == i) ||
             (m[k].type == NM_ENT_PERSON && mb - ma >= 2);
    }
    if (skip) continue;
    nm_entity_type ty = NM_ENT_ORG;
    if (gz_span_flags(g, w, start, i) &
        (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION))
      ty = place_type(g, w, start, i);
    for (size_t k = q; k < n0 && m[k].first_token < i; k++)
      gone[k] = 1;
    bool has_acr = false;
    for (size_t k = q; k < n0 && m[k].first_token <= i + 1; k++)
      if (m[k].first_token == i + 1 && m[k].kind == NM_MENTION_NAME) {
        ((nm_mention *)d->mentions.data)[k].type = ty;
        has_acr = true;
      }
    st = push_mention(d, t[i].sentence, start, i, ty, NM_MENTION_NAME);
    if (st == NM_OK && !has_acr)
      st = push_mention(d, t[i].sentence, i + 1, i + 2, ty, NM_MENTION_NAME);
    pushed++;
    i += 2;
  }
  if (st == NM_OK && pushed) drop_gone(d, gone, n0);
  free(gone);
  return st;
}

/* --- Acronyms defined in brackets ----------------------------------------- */

/* An organisation's or place's name followed by its acronym in brackets
 * ("the World Health Organisation (WHO) recommends") gives the acronym
 * the name's type when the model left it out; the names propagated over
 * the article then find its later uses. The acronym starts with the
 * name's first letter. */
static nm_status bracketed_acronyms(nm_doc *d, const nm_nword *w) {
  size_t nm = d->mentions.n, nt = d->tokens.n;
  const nm_token *t = (const nm_token *)d->tokens.data;
  nm_status st = NM_OK;
  for (size_t i = 0; i < nm && st == NM_OK; i++) {
    const nm_mention *m = (const nm_mention *)d->mentions.data; /* pushes move it */
    if (m[i].kind != NM_MENTION_NAME ||
        (m[i].type != NM_ENT_ORG && m[i].type != NM_ENT_GPE && m[i].type != NM_ENT_LOC))
      continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (b - a < 2 || b + 2 >= nt || !tok_is(w[b].form, w[b].len, "(") ||
        !tok_is(w[b + 2].form, w[b + 2].len, ")") || !bare_acronym(&w[b + 1]) ||
        w[b + 1].form[0] != w[a].form[0] || t[b + 2].sentence != t[a].sentence)
      continue;
    bool taken = false;
    for (size_t j = 0; j < nm && !taken; j++)
      taken = m[j].first_token <= b + 1 && m[j].first_token + m[j].n_tokens > b + 1;
    if (!taken) st = push_mention(d, t[a].sentence, b + 1, b + 2, m[i].type, NM_MENTION_NAME);
    /* "the National Intelligence Service (NIS)", "the National Emergency
     * Management Agency (NEMA)": an organisation's acronym the model or
     * the gazetteer took for a place (Niš, Néma) is the organisation's,
     * there and wherever else the article names it alone */
    if (taken && m[i].type == NM_ENT_ORG) {
      nm_mention *mm = (nm_mention *)d->mentions.data;
      for (size_t j = 0; j < nm; j++) {
        size_t f = mm[j].first_token;
        if (mm[j].kind == NM_MENTION_NAME && mm[j].n_tokens == 1 &&
            (mm[j].type == NM_ENT_GPE || mm[j].type == NM_ENT_LOC) && f < nt &&
            w[f].len == w[b + 1].len && !memcmp(w[f].form, w[b + 1].form, w[f].len))
          mm[j].type = NM_ENT_ORG;
      }
    }
  }
  if (st == NM_OK && d->mentions.n > nm)
    qsort(d->mentions.data, d->mentions.n, sizeof(nm_mention), cmp_mentions);
  return st;
}

/* --- Places the model took for people ------------------------------------ */

/* A name the model typed a person's that the gazetteer knows as a city or
 * a first-level division (and not as a person or an organisation), and
 * that the article uses after "in", "near", "across" … at least once ("in
 * Baltimore", "throughout Montana"), is a place in the whole article;
 * unless it is a word of a person's longer name there (not after a
 * particle: "Penon de Coron" is a town's old name), or follows a title or
 * an honorific ("Mr. Lincoln"). A name the gazetteer does not know needs
 * two such uses; "the island of", "the town of" … count as two. The
 * model learns surnames from their shape and context, and many towns look
 * like them. */
typedef struct place_slot {
  uint64_t key; /* 0 = empty */
  uint32_t len, located, at;
  uint8_t need, personal, placed;
} place_slot;

/* Verbs after which "at" aims at someone ("looked at Mara", "shouted at
 * Ivo"): lower-case prefixes of their forms. */
static bool aimed_at(const nm_nword *w) {
  static const char *const v[] = {
      "look",  "stare",  "staring", "glanc", "smil",   "laugh", "yell",  "shout",  "scream",
      "point", "wave",   "waving",  "nod",   "grin",   "glar",  "frown", "snap",   "aim",
      "throw", "threw",  "gaz",     "peer",  "wink",   "bark",  "hiss",  "sneer",  "swor",
      "swear", "curs",   "spat",    "spit",  "lung",   "swung", "swing", "shot",   "shoot",
      "fired", "firing", "fire",    "growl", "snarl",  "scowl", "winc",  "chuckl", "giggl",
      "sigh",  "cry",    "cried",   "mock",  "direct", "lash",  "angry", "upset",  "furious"};
  char lc[16];
  if (!w->len || w->len >= sizeof lc) return false;
  for (size_t i = 0; i < w->len; i++) {
    unsigned char c = (unsigned char)w->form[i];
    lc[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
    size_t l = strlen(v[k]);
    if (l <= w->len && memcmp(lc, v[k], l) == 0) return true;
  }
  return false;
}

static place_slot *place_find(place_slot *t, size_t mask, uint64_t key) {
  size_t i = (size_t)key & mask;
  while (t[i].key && t[i].key != key)
    i = (i + 1) & mask;
  return &t[i];
}

/* "Col. Assimi Goita of Mali" taken whole for a place (or a body): a
 * title, two or three capitalised words, "of" and a place is a person
 * (the words after the title) and the place after "of". */
static nm_status split_titled_places(const nm_titles *tt, const nm_gazetteer *g, nm_doc *d,
                                     const nm_nword *w) {
  size_t nm = d->mentions.n;
  bool pushed = false;
  nm_status st = NM_OK;
  for (size_t i = 0; i < nm && st == NM_OK; i++) {
    nm_mention *m = (nm_mention *)d->mentions.data + i;
    if (m->type == NM_ENT_PERSON || m->kind != NM_MENTION_NAME || m->n_tokens < 5) continue;
    size_t a = m->first_token, b = a + m->n_tokens;
    uint64_t h[NM_TITLE_MAX], head;
    size_t k = 0;
    for (; k < NM_TITLE_MAX && a + k < b; k++)
      h[k] = nm_gz_token_hash(w[a + k].form, w[a + k].len);
    size_t l = nm_title_starting_at(tt, h, 0, k, &head);
    if (!l) continue;
    size_t p = a + l, of = p;
    while (of < b && of < p + 4 && is_capitalised(&w[of]) && !all_punct(&w[of]))
      of++;
    if (of - p < 2 || of - p > 3 || of + 1 >= b || !tok_is(w[of].form, w[of].len, "of")) continue;
    uint32_t sent = m->sentence;
    nm_entity_type pt = place_type(g, w, of + 1, b);
    const nm_token *t = (const nm_token *)d->tokens.data;
    m->type = NM_ENT_PERSON;
    m->first_token = (uint32_t)p;
    m->n_tokens = (uint32_t)(of - p);
    m->start = t[p].start;
    m->end = t[of - 1].end;
    st = push_mention(d, sent, of + 1, b, pt, NM_MENTION_NAME);
    pushed = true;
  }
  if (pushed) qsort(d->mentions.data, d->mentions.n, sizeof(nm_mention), cmp_mentions);
  return st;
}

static nm_status places_not_people(const nm_titles *tt, const nm_gazetteer *g, nm_doc *d,
                                   const nm_nword *w) {
  static const char *const locative[] = {"in",     "near",    "across", "throughout",
                                         "inside", "outside", "within",
                                         /* "The army entered Bulo Burte" */
                                         "entered", "stormed", "shelled", "bombarded",
                                         "besieged", "overran", "encircled"};
  static const char *const place_kinds[] = {"city",   "town",   "village",  "province",
                                            "island", "county", "district", "municipality",
                                            "region", "state",  "suburb",   "port"};
  static const char *const compass[] = {"northern", "southern", "eastern", "western", "central",
                                        "northeastern", "northwestern", "southeastern",
                                        "southwestern"};
  /* towns share these names ("God" in Hungary): "believe in God" */
  static const char *const deities[] = {"God", "Lord", "Allah", "Jesus", "Christ", "Buddha"};
  size_t nm = d->mentions.n;
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  /* the candidates (names typed a person's), by their words' key: one
   * pass over the article's mentions gathers what each key's uses say */
  size_t nc = 0;
  for (size_t i = 0; i < nm; i++)
    if (m[i].kind == NM_MENTION_NAME && m[i].type == NM_ENT_PERSON &&
        m[i].n_tokens <= NM_GZ_MAX_TOKENS)
      nc++;
  if (!nc) return NM_OK;
  size_t cap = 16;
  while (cap < 2 * nc)
    cap *= 2;
  place_slot *tb = calloc(cap, sizeof *tb);
  if (!tb) return NM_ERR_NOMEM;
  for (size_t i = 0; i < nm; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON || b - a > NM_GZ_MAX_TOKENS)
      continue;
    uint32_t f = gz_span_flags(g, w, a, b);
    if ((f & (NM_GZ_PERSON | NM_GZ_ORG | NM_GZ_DEMONYM)) || (b - a == 1 && IN_LIST(&w[a], deities)))
      continue;
    uint64_t k = span_key(w, a, b);
    place_slot *sl = place_find(tb, cap - 1, k);
    if (sl->key) continue;
    sl->key = k;
    sl->len = (uint32_t)(b - a);
    /* a capital or a city of a million typed a person's needs no more:
     * "Washington was reviewing options" (unless it is part of a person's
     * name in the article, or follows a title) */
    sl->need = b - a == 1 && (f & NM_GZ_BIGCITY) ? 0 : (f & (NM_GZ_CITY | NM_GZ_ADMIN1)) ? 1 : 2;
    sl->placed = (f & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION)) != 0;
  }
  for (size_t j = 0; j < nm; j++) {
    if (m[j].kind != NM_MENTION_NAME) continue;
    size_t a = m[j].first_token, b = a + m[j].n_tokens;
    if (m[j].type == NM_ENT_PERSON && b - a >= 2 && b - a <= 4 * NM_GZ_MAX_TOKENS) {
      /* a word of a longer person's name: "Jackson" of "Andrew Jackson",
       * but not after a particle ("Penon de Coron") */
      for (size_t k = a; k < b; k++) {
        if (k > a && person_particle(&w[k - 1])) continue;
        for (size_t l = 1; l < b - a && l <= NM_GZ_MAX_TOKENS && k + l <= b; l++) {
          place_slot *sl = place_find(tb, cap - 1, span_key(w, k, k + l));
          if (sl->key && sl->len == l) sl->personal = 1;
        }
      }
    }
    /* "southern Kalvane": a lower-case compass word makes a place of the
     * name after it, inside the mention or before it */
    if (b - a >= 2 && b - a - 1 <= NM_GZ_MAX_TOKENS && IN_LIST(&w[a], compass)) {
      place_slot *cs = place_find(tb, cap - 1, span_key(w, a + 1, b));
      if (cs->key && cs->len == b - a - 1) cs->located += 2;
    }
    if (b - a > NM_GZ_MAX_TOKENS) continue;
    place_slot *sl = place_find(tb, cap - 1, span_key(w, a, b));
    if (!sl->key || sl->len != b - a) continue;
    size_t lo = ss[t[a].sentence].first_token;
    if (a > lo && IN_LIST(&w[a - 1], locative)) sl->located++;
    if (a > lo && IN_LIST(&w[a - 1], compass)) sl->located += 2;
    /* "near Sandy Cay": a name whose last word is a feature of the land
     * or the sea is a place's */
    static const char *const features[] = {"Cay", "Cays", "Reef", "Shoal", "Atoll", "Lagoon",
                                           "Peninsula", "Plateau", "Valley", "Desert", "Strait",
                                           "Cape"};
    if (b - a >= 2 && IN_LIST(&w[b - 1], features)) sl->located += 2;
    /* "the Bani Suheila area east of Khan Younis": a compass point's
     * "of" */
    static const char *const points[] = {"east", "west", "north", "south", "northeast",
                                         "northwest", "southeast", "southwest"};
    if (a > lo + 1 && tok_is(w[a - 1].form, w[a - 1].len, "of") && IN_LIST(&w[a - 2], points))
      sl->located += 2;
    /* "worked at Pixar", "a room at Marriott": a person is seldom where
     * something happens, unless aimed at ("looked at Ivo") */
    if (a > lo + 1 && tok_is(w[a - 1].form, w[a - 1].len, "at") && !aimed_at(&w[a - 2])) sl->at++;
    /* "the island of Busuanga", "the town of Cizre": the kind of place */
    if (a > lo + 1 && tok_is(w[a - 1].form, w[a - 1].len, "of") && IN_LIST(&w[a - 2], place_kinds))
      sl->located += 2;
    /* "Residents of Tabarre", "the outskirts of Goma", "the mayor of
     * Kharkiv": the people or parts of a place */
    static const char *const of_place[] = {"residents", "Residents", "inhabitants", "villagers",
                                           "outskirts", "suburbs",   "streets",     "mayor",
                                           "Mayor"};
    if (a > lo + 1 && tok_is(w[a - 1].form, w[a - 1].len, "of") && IN_LIST(&w[a - 2], of_place))
      sl->located += 2;
    /* "the islands of Kinmen, Matsu, Wuqiu and Dongyin": the kind of
     * places before a list of names, for each */
    static const char *const place_kinds_pl[] = {"cities", "towns", "villages", "provinces",
                                                 "islands", "regions", "districts", "states",
                                                 "ports"};
    for (size_t k = a; k-- > lo + 1 && a - k <= 16;) {
      if (tok_is(w[k].form, w[k].len, "of")) {
        if (IN_LIST(&w[k - 1], place_kinds_pl)) sl->located += 2;
        break;
      }
      /* "from towns such as Kiryat Shmona and Metula" */
      if (tok_is(w[k].form, w[k].len, "as") && k >= lo + 2 &&
          tok_is(w[k - 1].form, w[k - 1].len, "such")) {
        if (IN_LIST(&w[k - 2], place_kinds_pl)) sl->located += 2;
        break;
      }
      if (!(is_capitalised(&w[k]) || tok_is(w[k].form, w[k].len, ",") ||
            tok_is(w[k].form, w[k].len, "and") || tok_is(w[k].form, w[k].len, "or")))
        break;
    }
    /* "the capital, Dravnik", "the port city Sarn": the kind of place
     * just before it, as an apposition */
    if (a > lo + 1) {
      size_t k = tok_is(w[a - 1].form, w[a - 1].len, ",") ? a - 2 : a - 1;
      /* one lower-case word may come between: "the regional capital" */
      size_t det = k > lo && !is_capitalised(&w[k - 1]) && !tok_is(w[k - 1].form, w[k - 1].len, "the")
                       ? k - 1
                       : k;
      if (det > lo && tok_is(w[det - 1].form, w[det - 1].len, "the") &&
          (IN_LIST(&w[k], place_kinds) || tok_is(w[k].form, w[k].len, "capital")))
        sl->located += 2;
    }
    /* "Nareth province", "Kherson region": the kind of place after it
     * (not "the Dalnesian town of Koren": there it says what Koren is) */
    if (b < d->tokens.n && t[b].sentence == t[a].sentence && IN_LIST(&w[b], place_kinds) &&
        !(b + 1 < d->tokens.n && tok_is(w[b + 1].form, w[b + 1].len, "of")))
      sl->located += 2;
    /* "outside Safim, about 15 kilometers (9 miles) north of Bissau": a
     * distance in apposition after it */
    {
      static const char *const about[] = {"about", "some", "nearly", "roughly", "around",
                                          "almost", "just"};
      static const char *const units[] = {"kilometers", "kilometres", "km", "miles", "mi"};
      size_t k = b;
      if (k < d->tokens.n && t[k].sentence == t[a].sentence && tok_is(w[k].form, w[k].len, ","))
        k++;
      if (k > b && k < d->tokens.n && IN_LIST(&w[k], about)) k++;
      if (k > b && k + 1 < d->tokens.n && t[k + 1].sentence == t[a].sentence && w[k].len &&
          w[k].form[0] >= '0' && w[k].form[0] <= '9' && IN_LIST(&w[k + 1], units))
        sl->located += 2;
    }
    /* "aid into Darfur and Kordofan", "Rafah and Khan Younis": a name
     * joined to a place, more so to a place after a locative word */
    if (a >= lo + 2 && (tok_is(w[a - 1].form, w[a - 1].len, "and") ||
                        tok_is(w[a - 1].form, w[a - 1].len, "or"))) {
      /* the few mentions before this one (text order; no quadratic scan
       * over a long article) */
      for (size_t q = j; q-- > 0 && j - q <= 8;) {
        if (m[q].kind != NM_MENTION_NAME || m[q].first_token + m[q].n_tokens != a - 1 ||
            (m[q].type != NM_ENT_GPE && m[q].type != NM_ENT_LOC))
          continue;
        size_t pa = m[q].first_token;
        sl->located += 2;
        if (pa > lo && (IN_LIST(&w[pa - 1], locative) ||
                        tok_is(w[pa - 1].form, w[pa - 1].len, "into") ||
                        tok_is(w[pa - 1].form, w[pa - 1].len, "from")))
          sl->located++;
        break;
      }
    }
    if (a > lo && honorific(&w[a - 1])) sl->personal = 1;
    if (after_title(tt, w, lo, a)) sl->personal = 1;
  }
  for (size_t i = 0; i < nm; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON || b - a > NM_GZ_MAX_TOKENS ||
        b == a)
      continue;
    place_slot *sl = place_find(tb, cap - 1, span_key(w, a, b));
    if (sl->key && sl->len == b - a && sl->located >= sl->need && !sl->personal)
      m[i].type = place_type(g, w, a, b);
    /* a name the gazetteer does not know as a place, used after "at":
     * the organisation, a firm, school or shop, where things happen */
    else if (sl->key && sl->len == b - a && sl->at && !sl->placed && !sl->personal)
      m[i].type = NM_ENT_ORG;
  }
  free(tb);
  return NM_OK;
}

/* --- What an office is of ------------------------------------------------- */

/* A name after a title and "of" ("the CEO of Hilton", "Mayor of
 * Baltimore", "head of the Acme Group") names what the office is of, a
 * place or an organisation, never a person: in the whole article, a name
 * the model typed a person's there is a place when the gazetteer knows it
 * as one, else an organisation. */
static void offices_of(const nm_titles *tt, const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  const uint32_t place = NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION;
  size_t nm = d->mentions.n;
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  for (size_t i = 0; i < nm; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON ||
        m[i].n_tokens > NM_GZ_MAX_TOKENS)
      continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    size_t lo = ss[t[a].sentence].first_token, of = a;
    /* "the CEO of Hilton or Marriott": a name joined to the office's
     * organisation (not to a place: "the president of Ukraine and
     * Zelensky"), and no word of a longer person's name in the article */
    bool joined = false;
    if (i > 0 && a > lo + 1 && m[i - 1].kind == NM_MENTION_NAME && m[i - 1].type == NM_ENT_ORG &&
        m[i - 1].first_token + m[i - 1].n_tokens + 1 == a &&
        (tok_is(w[a - 1].form, w[a - 1].len, "or") || tok_is(w[a - 1].form, w[a - 1].len, "and")))
      of = m[i - 1].first_token, joined = true;
    if (of > lo && tok_is(w[of - 1].form, w[of - 1].len, "the")) of--;
    if (of <= lo + 1 || !tok_is(w[of - 1].form, w[of - 1].len, "of")) continue;
    /* the name heads what follows "of", not a modifier ("commander of
     * Marovian forces") */
    if (b < d->tokens.n && w[b].upos && strcmp(w[b].upos, "NOUN") == 0) continue;
    uint64_t h[NM_TITLE_MAX], head;
    size_t from = of - 1 - lo > NM_TITLE_MAX ? of - 1 - NM_TITLE_MAX : lo;
    for (size_t k = from; k < of - 1; k++)
      h[k - from] = nm_gz_token_hash(w[k].form, w[k].len);
    if (!nm_title_ending_at(tt, h, 0, of - 1 - from, &head)) continue;
    nm_entity_type ty = (gz_span_flags(g, w, a, b) & place) ? place_type(g, w, a, b) : NM_ENT_ORG;
    uint64_t key = span_key(w, a, b);
    bool personal = false;
    /* the longer names looked at: the 1024 mentions either side, which
     * keeps a huge article's scan linear */
    size_t jlo = i > 1024 ? i - 1024 : 0, jhi = nm - i > 1024 ? i + 1024 : nm;
    for (size_t j = jlo; joined && b - a == 1 && j < jhi && !personal; j++) {
      size_t ja = m[j].first_token, jb = ja + m[j].n_tokens;
      personal = m[j].kind == NM_MENTION_NAME && m[j].type == NM_ENT_PERSON && jb - ja >= 2 &&
                 span_key(w, jb - 1, jb) == key;
    }
    if (personal || (joined && (w[a].gz & NM_GZ_PERSON))) continue;
    for (size_t j = 0; j < nm; j++)
      if (m[j].kind == NM_MENTION_NAME && m[j].type == NM_ENT_PERSON && m[j].n_tokens == b - a &&
          span_key(w, m[j].first_token, m[j].first_token + m[j].n_tokens) == key)
        m[j].type = ty;
  }
}

/* Words that are no name by themselves: interjections ("it's OK", "Bye!")
 * and "God" in an oath ("oh God", "thank God", "for God's sake", and "my
 * God" or "by God" before punctuation). Checked after the names are propagated, which would bring
 * them back. */
static void drop_exclamations(nm_doc *d, const nm_nword *w) {
  static const char *const imperative_objects[] = {
      "the", "this", "these", "those", "a", "an", "your", "all", "it", "them", "together"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t out = 0, nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token;
    if (m[i].kind == NM_MENTION_NAME && m[i].n_tokens == 1) {
      if (interjection(&w[a])) continue;
      /* an imperative opening a sentence: "Stir the flour in", "Simmer
       * for ten minutes" (the tagger knows the verb; the model saw a
       * capitalised word alone) */
      if (m[i].type == NM_ENT_PERSON && (w[a].ctx & NM_NCTX_SENT_START) && a + 1 < nt &&
          IN_LIST(&w[a + 1], imperative_objects))
        continue;
      /* "by God" and "my God" only set off as an aside: "ridden by God" */
      bool aside = a + 1 == nt || all_punct(&w[a + 1]);
      if (a > 0 && w[a].len == 3 && memcmp(w[a].form, "God", 3) == 0 &&
          (tok_is(w[a - 1].form, w[a - 1].len, "oh") ||
           tok_is(w[a - 1].form, w[a - 1].len, "thank") ||
           (aside && (tok_is(w[a - 1].form, w[a - 1].len, "my") ||
                      tok_is(w[a - 1].form, w[a - 1].len, "by"))) ||
           (tok_is(w[a - 1].form, w[a - 1].len, "for") && a + 1 < nt && possessive(&w[a + 1]))))
        continue;
    }
    /* an answer of a lettered list: "A. Anasazi B. Cherokee" */
    if (m[i].kind == NM_MENTION_NAME && m[i].n_tokens >= 2 && list_letter(w, nt, a)) continue;
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* A country's name that only qualifies a currency ("US$ 10 billion", "9.99
 * US dollars") names the currency, not the place. */
static void drop_currency_countries(nm_doc *d, const nm_nword *w) {
  static const char *const cur[] = {"$", "dollar", "dollars", "cents"};
  size_t nm = d->mentions.n, nt = d->tokens.n, out = 0;
  nm_mention *m = (nm_mention *)d->mentions.data;
  for (size_t i = 0; i < nm; i++) {
    size_t b = m[i].first_token + m[i].n_tokens;
    if (m[i].kind == NM_MENTION_NAME && m[i].type == NM_ENT_GPE && b < nt && IN_LIST(&w[b], cur))
      continue;
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* "the former Soviet republic", "ex-Soviet states": a state's name after
 * "former" or "ex" that only qualifies a word for a country names the
 * country it became, not the state it was part of. */
static void drop_former_states(nm_doc *d, const nm_nword *w) {
  static const char *const lands[] = {"republic", "republics", "state", "states", "nation",
                                      "nations",  "country",   "countries"};
  size_t nm = d->mentions.n, nt = d->tokens.n, out = 0;
  nm_mention *m = (nm_mention *)d->mentions.data;
  for (size_t i = 0; i < nm; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    bool former = a > 0 && (tok_is(w[a - 1].form, w[a - 1].len, "former") ||
                            tok_is(w[a - 1].form, w[a - 1].len, "ex") ||
                            (a > 1 && tok_is(w[a - 1].form, w[a - 1].len, "-") &&
                             tok_is(w[a - 2].form, w[a - 2].len, "ex")));
    /* (the name may have taken "ex-" in: "ex-Soviet states") */
    former = former || (b - a >= 3 && tok_is(w[a].form, w[a].len, "ex") &&
                        tok_is(w[a + 1].form, w[a + 1].len, "-"));
    if (m[i].kind == NM_MENTION_NAME && former && b < nt && IN_LIST(&w[b], lands)) continue;
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* Last words of a law's or treaty's name ("… Act", "the Rome Statute"). */
static const char *const doc_heads[] = {"Act",         "Acts",      "Treaty",    "Accord",
                                        "Accords",     "Agreement", "Amendment", "Charter",
                                        "Declaration", "Doctrine",  "Protocol",  "Statute"};

/* Names of laws, treaties and declarations ("Policing Act", "Policing Act
 * of 2021", "Paris Declaration", "Adriatic Charter") name documents, not
 * people, organisations or places: the words they end in say so. */
static void drop_documents(nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t out = 0, nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].kind == NM_MENTION_NAME && m[i].type != NM_ENT_NORP && b - a >= 2) {
      size_t e = b; /* "… Act of 2021" */
      if (b - a >= 4 && long_number(&w[b - 1]) && tok_is(w[b - 2].form, w[b - 2].len, "of")) e -= 2;
      if (IN_LIST(&w[e - 1], doc_heads)) continue;
    }
    /* a city's name that only names a treaty after it, "the Rome
     * Statute", "the Minsk Protocol": no place of the story */
    if (m[i].kind == NM_MENTION_NAME && (m[i].type == NM_ENT_GPE || m[i].type == NM_ENT_LOC) &&
        b < nt && t[b].sentence == m[i].sentence && IN_LIST(&w[b], doc_heads) && a > 0 &&
        tok_is(w[a - 1].form, w[a - 1].len, "the"))
      continue;
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* Holidays are dates, not people: "Christmas", "Halloween", "Easter
 * Sunday", and "Eve" of "Christmas Eve", which the model takes for a
 * woman's name. Not "Christmas Island", a place. */
static void drop_holidays(nm_doc *d, const nm_nword *w) {
  static const char *const holidays[] = {"Christmas", "Xmas",         "Easter",   "Halloween",
                                         "Hanukkah",  "Thanksgiving", "Passover", "Ramadan",
                                         "Diwali",    "Eid"};
  static const char *const days[] = {"Eve", "Day", "Sunday", "Monday"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t out = 0;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].kind == NM_MENTION_NAME && m[i].type != NM_ENT_NORP &&
        ((IN_LIST(&w[a], holidays) && (b - a == 1 || (b - a == 2 && IN_LIST(&w[a + 1], days)))) ||
         (b - a == 1 && a > 0 && IN_LIST(&w[a], days) && IN_LIST(&w[a - 1], holidays))))
      continue;
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* --- Storms, roles and post-nominals (tenth session, third round) ------ */

/* Storms are named by their kind's word and a name: "Cyclone Phailin",
 * "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Allison". Such a
 * name is an event (MISC), not a person, and so is the storm's own name
 * wherever the article uses it alone ("Phailin's winds"). At most 16
 * storms per article are remembered. */
static void storm_names(nm_doc *d, const nm_nword *w) {
  static const char *const storms[] = {"Cyclone", "Hurricane", "Typhoon", "Storm"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  uint64_t names[16];
  size_t nn = 0;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].kind != NM_MENTION_NAME || b - a < 2 || !IN_LIST(&w[a], storms)) continue;
    if (!is_capitalised(&w[b - 1]) || IN_LIST(&w[b - 1], storms)) continue;
    m[i].type = NM_ENT_MISC;
    uint64_t h = nm_gz_token_hash(w[b - 1].form, w[b - 1].len);
    bool seen = false;
    for (size_t k = 0; k < nn && !seen; k++)
      seen = names[k] == h;
    if (!seen && nn < 16) names[nn++] = h;
  }
  /* "Cyclone Talora" the model left out names the storm too */
  for (size_t i = 0; i + 1 < d->tokens.n && nn < 16; i++) {
    if (!IN_LIST(&w[i], storms) || !is_capitalised(&w[i + 1]) || all_punct(&w[i + 1]) ||
        IN_LIST(&w[i + 1], storms))
      continue;
    uint64_t h = nm_gz_token_hash(w[i + 1].form, w[i + 1].len);
    bool seen = false;
    for (size_t k = 0; k < nn && !seen; k++)
      seen = names[k] == h;
    if (!seen) names[nn++] = h;
  }
  if (!nn) return;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON || b - a > 2) continue;
    uint64_t h = nm_gz_token_hash(w[b - 1].form, w[b - 1].len);
    for (size_t k = 0; k < nn; k++)
      if (names[k] == h) m[i].type = NM_ENT_MISC;
  }
}

/* Gives every name typed a person's whose words are one of the nn keys
 * of names (span_key()) the type t. */
static void retype_persons(nm_doc *d, const nm_nword *w, const uint64_t *names, size_t nn,
                           nm_entity_type t) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  for (size_t i = 0; i < d->mentions.n && nn; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON) continue;
    uint64_t h = span_key(w, m[i].first_token, m[i].first_token + m[i].n_tokens);
    for (size_t k = 0; k < nn; k++)
      if (names[k] == h) m[i].type = t;
  }
}

/* Ships are named like people: "the ferry Stella Maris". A name the
 * model typed a person's right after a vessel's noun is the vessel's
 * (MISC), and so is the same name elsewhere in the article ("stopped the
 * Stella Maris"). At most 16 vessels per article are remembered. */
static void vessel_names(nm_doc *d, const nm_nword *w) {
  static const char *const vessels[] = {"ferry",   "ship",     "vessel",  "tanker",  "freighter",
                                        "frigate", "destroyer", "yacht",  "cruiser", "submarine",
                                        "warship", "trawler",  "liner",   "boat"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  uint64_t names[16];
  size_t nn = 0;
  for (size_t i = 0; i < d->mentions.n && nn < 16; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON || a == 0) continue;
    /* lower case: "Carrier Dome", "Ferry Corsten" are other things */
    /* (or a flag's word: "the Sierra Leone-flagged Vega Aurora") */
    bool flagged = a >= 2 && tok_is(w[a - 1].form, w[a - 1].len, "flagged") &&
                   tok_is(w[a - 2].form, w[a - 2].len, "-");
    if (!flagged && (!IN_LIST(&w[a - 1], vessels) || is_capitalised(&w[a - 1]))) continue;
    names[nn++] = span_key(w, a, b);
  }
  retype_persons(d, w, names, nn, NM_ENT_MISC);
}

/* Sites are named like people too: "the Prasat Ta Moan Thom temple
 * complex", "the Al-Aqsa mosque", "near Konyo Konyo market". A name the
 * model typed a person's right before a lower-case noun of a site is the
 * site's (a place, LOC), and so is the same name elsewhere in the
 * article. At most 16 sites per article are remembered. */
static void site_names(nm_doc *d, const nm_nword *w) {
  static const char *const sites[] = {"temple",  "mosque",   "church",  "pagoda",   "monastery",
                                      "shrine",  "cathedral", "bridge", "dam",      "airport",
                                      "stadium", "palace",   "square",  "checkpoint", "crossing",
                                      "camp",    "airbase",  "oilfield", "refinery",
                                      "market",  "neighborhood", "neighbourhood", "prison", "jail"};
  /* (a one-word name too: "from Mornaguia prison") */
  static const char *const named_alone[] = {"prison", "jail", "neighborhood", "neighbourhood"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  uint64_t names[16];
  size_t nn = 0, nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n && nn < 16; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    /* (two words or more: "Catholic church" names the faith's people) */
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON || b >= nt ||
        (b - a < 2 && !IN_LIST(&w[b], named_alone)))
      continue;
    if (!IN_LIST(&w[b], sites) || is_capitalised(&w[b])) continue;
    names[nn++] = span_key(w, a, b);
  }
  retype_persons(d, w, names, nn, NM_ENT_LOC);
}

/* Academic and office roles the news titles leave out. *//* Academic and office roles the news titles leave out. */
static const char *const role_words[] = {
    "dean",    "assoc.",    "associate", "assistant", "asst.",  "deputy",  "vice",   "v.p.",
    "vp",      "provost",   "rector",    "registrar", "student", "lecturer", "professor",
    "prof.",   "president", "director",  "chair",     "secretary"};

/* A "person" made of titles and roles alone names no one: "Vice President
 * and Dean for ...", "Assistant V.P. and Assoc. Dean", "George Chriss,
 * Student". The holder, when named, is a mention of its own. A word
 * after a title is a surname: "as Congresswoman Dean said"; so is one
 * word that ends a longer person's name in the article ("Howard Dean" ...
 * "Dean said"). */
static void drop_bare_titles(const nm_titles *tt, nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  /* the last words of the article's longer people's names (the first
   * 256): "Dean" alone after "Howard Dean" is the surname */
  uint64_t last[256];
  size_t nl = 0;
  for (size_t i = 0; i < d->mentions.n && nl < 256; i++)
    if (m[i].kind == NM_MENTION_NAME && m[i].type == NM_ENT_PERSON && m[i].n_tokens >= 2) {
      const nm_nword *x = &w[m[i].first_token + m[i].n_tokens - 1];
      last[nl++] = nm_gz_token_hash(x->form, x->len);
    }
  size_t out = 0;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token, len = m[i].n_tokens;
    if (m[i].kind == NM_MENTION_NAME && m[i].type == NM_ENT_PERSON && len &&
        len <= NM_TITLE_MAX) {
      size_t k = 0;
      for (; k < len; k++) {
        uint64_t h = nm_gz_token_hash(w[a + k].form, w[a + k].len), head;
        if (!IN_LIST_CI(&w[a + k], role_words) && nm_title_starting_at(tt, &h, 0, 1, &head) != 1)
          break;
      }
      /* "Congresswoman Dean": a name after a title */
      bool titled = false;
      if (a > 0 && is_capitalised(&w[a - 1])) {
        uint64_t h = nm_gz_token_hash(w[a - 1].form, w[a - 1].len), head;
        titled = honorific(&w[a - 1]) || nm_title_starting_at(tt, &h, 0, 1, &head) == 1;
      }
      if (k == len && len == 1) {
        uint64_t h = nm_gz_token_hash(w[a].form, w[a].len);
        for (size_t q = 0; q < nl && !titled; q++)
          titled = last[q] == h;
      }
      if (k == len && !titled) continue;
    }
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* Letters after a person's name, set off by commas, are honours and
 * ranks, not organisations: "Mark Tedeschi, QC, said", "Tom Molomby, SC". */
static void drop_post_nominals(nm_doc *d, const nm_nword *w) {
  static const char *const post[] = {"QC", "KC", "SC", "MP", "MEP", "MSP", "OBE", "MBE",
                                     "CBE", "KBE", "DBE", "FRS", "PhD", "MD", "Esq."};
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t out = 0, nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token;
    if (m[i].kind == NM_MENTION_NAME && m[i].type != NM_ENT_PERSON && m[i].n_tokens == 1 &&
        i > 0 && a >= 2 && IN_LIST(&w[a], post) && tok_is(w[a - 1].form, w[a - 1].len, ",") &&
        m[i - 1].kind == NM_MENTION_NAME && m[i - 1].type == NM_ENT_PERSON &&
        m[i - 1].first_token + m[i - 1].n_tokens == a - 1 &&
        (a + 1 >= nt || all_punct(&w[a + 1])))
      continue;
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* "Mogadishu's Aden Adde International Airport": a place's name that
 * opens the name of an airport or stadium called after someone (a
 * capitalised word of no such kind after it, then capitalised words up to
 * the kind) is no place (not "Kabul International Airport"; and not
 * "Riga Stradiņš University", which is in Riga). */
static void drop_facility_namesakes(nm_doc *d, const nm_nword *w) {
  static const char *const kinds[] = {"Airport", "Airfield", "Stadium"};
  static const char *const generic[] = {"International", "National", "Regional", "Memorial",
                                        "General",       "Central",  "New",      "City",
                                        "State",         "Military"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t out = 0, nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t b = m[i].first_token + m[i].n_tokens;
    bool drop = m[i].kind == NM_MENTION_NAME && m[i].type == NM_ENT_GPE && b + 1 < nt &&
                is_capitalised(&w[b]) && !IN_LIST(&w[b], generic) && !IN_LIST(&w[b], kinds) &&
                (i + 1 >= d->mentions.n || m[i + 1].first_token > b);
    bool kind = false;
    for (size_t k = b + 1; drop && !kind && k < nt && k <= b + 3 && is_capitalised(&w[k]); k++)
      kind = IN_LIST(&w[k], kinds);
    if (drop && kind) continue;
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* "Santa Fe, Entre Ríos and Chubut": a name typed a person's between two
 * places in one list (a comma, "and" or "or" on each side, the list's
 * neighbours places) is a place too. */
static void places_in_lists(nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t nm = d->mentions.n;
  for (size_t i = 1; i + 1 < nm; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON) continue;
    const nm_mention *l = &m[i - 1], *r = &m[i + 1];
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    bool left = l->kind == NM_MENTION_NAME && l->type == NM_ENT_GPE &&
                l->sentence == m[i].sentence && l->first_token + l->n_tokens + 1 == a &&
                (tok_is(w[a - 1].form, w[a - 1].len, ",") ||
                 tok_is(w[a - 1].form, w[a - 1].len, "and"));
    bool right = r->kind == NM_MENTION_NAME && r->type == NM_ENT_GPE &&
                 r->sentence == m[i].sentence && r->first_token == b + 1 &&
                 (tok_is(w[b].form, w[b].len, ",") || tok_is(w[b].form, w[b].len, "and") ||
                  tok_is(w[b].form, w[b].len, "or"));
    if (left && right) m[i].type = NM_ENT_GPE;
  }
}

/* Words that stand between a law's or treaty's words ("George Floyd Justice
 * in Policing Act", "Treaty on the Non-Proliferation …"). */
static const char *const doc_small_words[] = {"in", "of", "on", "for", "and", "the", "to"};

/* Whether the name ending before word b runs on, over capitalised words
 * and small words, into a law's or treaty's last word within its
 * sentence: the model stopped at "in" of "Justice in Policing Act". */
static bool document_runs_on(const nm_nword *w, size_t nt, size_t b) {
  bool small = false;
  for (size_t e = b; e < nt && e < b + 6; e++) {
    if (e > b && (w[e].ctx & NM_NCTX_SENT_START)) return false;
    if (IN_LIST(&w[e], doc_small_words)) {
      small = true;
      continue;
    }
    if (!is_capitalised(&w[e]) || all_punct(&w[e])) return false;
    if (small && IN_LIST(&w[e], doc_heads)) return true;
  }
  return false;
}

/* Whether word a opens a numbered heading's text: "Method 2 of 3 :
 * Caring for Basil", "Part 1 : Choosing a Pot". */
static bool after_numbered_heading(const nm_nword *w, size_t a) {
  static const char *const parts[] = {"Method", "Part", "Step", "Chapter", "Section"};
  if (a < 3 || !tok_is(w[a - 1].form, w[a - 1].len, ":")) return false;
  size_t k = a - 2; /* the number, or the last of "2 of 3" */
  if (!w[k].len || w[k].form[0] < '0' || w[k].form[0] > '9') return false;
  if (k >= 3 && tok_is(w[k - 1].form, w[k - 1].len, "of") && w[k - 2].len &&
      w[k - 2].form[0] >= '0' && w[k - 2].form[0] <= '9')
    k -= 2;
  return k >= 1 && IN_LIST(&w[k - 1], parts);
}

/* Names the model read into other things, checked last (the propagated
 * names would bring them back):
 * - a name that runs on into a law's name over small words ("the George
 *   Floyd Justice in Policing Act": the model stopped before "in");
 * - a name after a capitalised Project or Operation names the project
 *   ("Project London", "Operation Desert Storm"), not the place;
 * - a name opening a numbered heading's text ("Method 2 of 3 : Harvesting
 *   Chives"), unless the gazetteer knows it as a country, state or city;
 * - "Will", "May", "Can" … opening a sentence before a personal pronoun
 *   ask a question ("Will you go?");
 * - Earth, Heaven and Hell are places, not people. */
static void misread_names(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  static const char *const projects[] = {"Project", "Operation"};
  static const char *const modals[] = {"Will",  "May",   "Can",    "Shall", "Must",
                                       "Would", "Could", "Should", "Might"};
  static const char *const subjects[] = {"I", "you", "we", "they", "he", "she", "it"};
  static const char *const otherworld[] = {"Earth", "Heaven", "Hell"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t out = 0, nt = d->tokens.n;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].kind == NM_MENTION_NAME && m[i].type != NM_ENT_NORP && b <= nt && a < b) {
      if (document_runs_on(w, nt, b)) continue;
      if (a > 0 && IN_LIST(&w[a - 1], projects) &&
          !(gz_span_flags(g, w, a - 1, b) & (NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_COUNTRY)))
        continue;
      if (after_numbered_heading(w, a) &&
          !(gz_span_flags(g, w, a, b) & (NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_COUNTRY)))
        continue;
      if (b - a == 1) {
        if ((w[a].ctx & NM_NCTX_SENT_START) && IN_LIST(&w[a], modals) && b < nt &&
            IN_LIST(&w[b], subjects))
          continue;
        if (IN_LIST(&w[a], otherworld)) m[i].type = NM_ENT_LOC;
      }
    }
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* Whether the n words are a headline in title case: four or more words,
 * seven in ten of them capitalised. */
static bool title_case_run(const nm_nword *w, size_t n) {
  size_t words = 0, caps = 0, commas = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c0 = w[i].len ? (unsigned char)w[i].form[0] : 0;
    if ((c0 | 32) >= 'a' && (c0 | 32) <= 'z') {
      words++;
      caps += c0 <= 'Z';
    }
    commas += w[i].len == 1 && c0 == ',';
  }
  /* a headline ends without a full stop or colon: a sentence that ends in
   * one and lists two commas or more is a list of names or a salutation
   * ("Senator Vell, Mr. Chief Justice, Vice President Aro, ... :"), where
   * capitals do mark names */
  if (n && commas >= 2 && w[n - 1].len == 1 && (w[n - 1].form[0] == '.' || w[n - 1].form[0] == ':'))
    return false;
  return words >= 4 && caps * 10 >= words * 7;
}

/* Whether words [a, b) occur again, with the same spelling, in a sentence
 * that is no title-case headline. *budget bounds the words looked at over
 * a whole article (a long list of headlines stays linear): once it is
 * spent, every name counts as used. */
static bool used_outside_headlines(const nm_doc *d, const nm_nword *w, const bool *headline,
                                   size_t a, size_t b, size_t *budget) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t len = b - a, nt = d->tokens.n;
  if (*budget < nt) return true;
  *budget -= nt;
  for (size_t i = 0; i + len <= nt; i++) {
    if (headline[t[i].sentence] || (i >= a && i < b)) continue;
    size_t k = 0;
    while (k < len && w[i + k].len == w[a + k].len &&
           !memcmp(w[i + k].form, w[a + k].form, w[a + k].len))
      k++;
    if (k == len && !headline[t[i + len - 1].sentence]) return true;
  }
  return false;
}

/* Words headline_names may look at in one article: a few dozen
 * headline names in an article of a million words. */
enum { HEADLINE_SCAN_BUDGET = 1u << 25 };


/* "Sen. Mara Velt, R-Texas,", "Rep. Dana Whitcomb, D-Ore.,": a party
 * letter and a state between commas describe the person before them; they
 * name no one. */
static bool party_tag_at(const nm_nword *w, size_t nt, size_t t) {
  static const char *const party[] = {"R", "D", "I"};
  return t > 0 && t + 2 < nt && tok_is(w[t - 1].form, w[t - 1].len, ",") &&
         IN_LIST(&w[t], party) && tok_is(w[t + 1].form, w[t + 1].len, "-") &&
         is_capitalised(&w[t + 2]);
}

/* Whether x, after an adjective, continues a noun phrase: a lower-case
 * noun or adjective ("Dalnesian commanders", "a Marovian naval officer"). */
static bool before_noun(const nm_nword *x) {
  return x->upos && (!strcmp(x->upos, "NOUN") || !strcmp(x->upos, "ADJ")) && !is_capitalised(x);
}

/* Article-level repairs of types and spans:
 *   - party tags ("R-Texas") are dropped (party_tag_at);
 *   - a party's members ("Republicans", "Democrat") are a group, NORP;
 *   - a name ending in "ia" that the model took for a person or an
 *     organisation, whose adjective in "ian" qualifies a noun in the same
 *     article ("Dalnesia", "Dalnesian commanders"), is a place the
 *     gazetteer lacks, GPE, and the adjective before a noun a demonym,
 *     NORP;
 *   - the news agency in a dateline's brackets is an organisation wherever
 *     the article names it ("a Wire review"). */
static void article_types(nm_doc *d, const nm_nword *w) {
  static const char *const members[] = {"Republican", "Republicans", "Democrat", "Democrats"};
  enum { MAX_IAN = 64 };
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t nt = d->tokens.n, out = 0;
  /* the "ian" adjectives before a lower-case noun: their words */
  uint32_t ian[MAX_IAN];
  size_t nian = 0;
  for (size_t k = 0; k + 1 < nt && nian < MAX_IAN; k++) {
    const nm_nword *x = &w[k];
    if (x->len >= 6 && is_capitalised(x) && !memcmp(x->form + x->len - 3, "ian", 3) &&
        before_noun(&w[k + 1])) {
      bool seen = false;
      for (size_t q = 0; q < nian && !seen; q++)
        seen = w[ian[q]].len == x->len && !memcmp(w[ian[q]].form, x->form, x->len);
      if (!seen) ian[nian++] = (uint32_t)k;
    }
  }
  const char *agency = NULL;
  size_t agency_len = 0;
  if (d->has_dateline) {
    const char *open =
        memchr(d->text + d->dateline.start, '(', d->dateline.end - d->dateline.start);
    for (size_t i = 0; open && i < d->mentions.n && !agency; i++)
      if (m[i].kind == NM_MENTION_NAME && m[i].start > (uint32_t)(open - d->text) &&
          m[i].end <= d->dateline.end) {
        agency = d->text + m[i].start;
        agency_len = m[i].end - m[i].start;
      }
  }
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (m[i].kind == NM_MENTION_NAME) {
      if (party_tag_at(w, nt, a) || (a >= 2 && party_tag_at(w, nt, a - 2))) continue;
      if (b - a == 1 && IN_LIST(&w[a], members)) m[i].type = NM_ENT_NORP;
      const nm_nword *x = &w[a];
      if (b - a == 1 && x->len >= 4 && (m[i].type == NM_ENT_PERSON || m[i].type == NM_ENT_ORG)) {
        bool ia = !memcmp(x->form + x->len - 2, "ia", 2);
        for (size_t q = 0; q < nian; q++) {
          const nm_nword *y = &w[ian[q]];
          if (ia && y->len == x->len + 1 && !memcmp(y->form, x->form, x->len))
            m[i].type = NM_ENT_GPE;
          else if (y->len == x->len && !memcmp(y->form, x->form, x->len) && b < nt &&
                   before_noun(&w[b]))
            m[i].type = NM_ENT_NORP; /* "the Olondrian said" may be a person */
        }
      }
      if (agency && m[i].end - m[i].start == agency_len &&
          !memcmp(d->text + m[i].start, agency, agency_len))
        m[i].type = NM_ENT_ORG;
    }
    m[out++] = m[i];
  }
  d->mentions.n = out;
}

/* Names in a title-case headline ("Dam Talks End Without Deal as Minister
 * Warns"): there every word is capitalised, so a name the model found is
 * dropped when each of its words is a common word of the article (written
 * in lower case outside its headlines: "talks", "dam"), the article never
 * uses the whole name outside its headlines, and the gazetteer does not
 * know it; and so is a person's name with a country's or nationality's
 * word in it that the article does not use outside its headlines. */
static nm_status headline_names(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t ns = d->sentences.n, nt = d->tokens.n;
  bool *headline = calloc(ns ? ns : 1, sizeof *headline);
  if (!headline) return NM_ERR_NOMEM;
  bool any = false;
  for (size_t s = 0; s < ns; s++) {
    if (ss[s].first_token + ss[s].n_tokens > nt) continue;
    headline[s] = title_case_run(w + ss[s].first_token, ss[s].n_tokens);
    any |= headline[s];
  }
  /* the article's words and their lower-case uses outside headlines, in
   * drop_common_words' table */
  uint64_t cap = 16;
  while (cap < 2 * (uint64_t)nt)
    cap <<= 1;
  case_slot *common = any ? calloc(cap, sizeof *common) : NULL;
  if (any && !common) {
    free(headline);
    return NM_ERR_NOMEM;
  }
  for (size_t i = 0; any && i < nt; i++)
    if (w[i].len && w[i].form[0] >= 'a' && w[i].form[0] <= 'z' && t[i].sentence < ns &&
        !headline[t[i].sentence])
      case_of(common, cap - 1, nm_gz_token_hash(w[i].form, w[i].len) | 1u)->lower++;
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t out = 0, budget = HEADLINE_SCAN_BUDGET;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    if (any && m[i].kind == NM_MENTION_NAME && m[i].sentence < ns && headline[m[i].sentence] &&
        b <= nt) {
      size_t letters = 0, known = 0;
      for (size_t k = a; k < b; k++) {
        unsigned char c0 = w[k].len ? (unsigned char)w[k].form[0] : 0;
        if ((c0 | 32) < 'a' || (c0 | 32) > 'z') continue;
        letters++;
        known += case_of(common, cap - 1, nm_gz_token_hash(w[k].form, w[k].len) | 1u)->lower > 0;
      }
      if (letters && known == letters && !gz_span_flags(g, w, a, b) &&
          !used_outside_headlines(d, w, headline, a, b, &budget))
        continue;
      /* a person's name holding a country or nationality ("Kosovo Blames
       * Serbia After Deadly", "Congo Cuts") is headline words run together,
       * unless the article names that person outside its headlines */
      bool country = false;
      for (size_t k = a; k < b && !country; k++)
        country = (w[k].gz & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)) != 0;
      if (m[i].type == NM_ENT_PERSON && b - a >= 2 && country &&
          !used_outside_headlines(d, w, headline, a, b, &budget))
        continue;
    }
    m[out++] = m[i];
  }
  d->mentions.n = out;
  free(common);
  free(headline);
  return NM_OK;
}

/* "Kerrow General Hospital", typed a place and a person by the model: a run
 * of capitalised name words that starts with a name mention and ends in
 * an organisation's head word (the head word in no organisation mention)
 * is one organisation; the mentions inside it go. Runs stop at function
 * words and punctuation; a mention reaching outside the run leaves it
 * alone. */
/* Whether word e is the possessive of a people's word inside a name,
 * between capitalised words ("People's" of "the People's Defense Force",
 * "Workers'" of "the Kurdistan Workers' Party"), or any plural's bare
 * mark ("Prisoners'" of "the Palestinian Prisoners' Society",
 * "Shareholders'" of "the Shareholders' Association"). */
static bool collective_possessive(const nm_nword *w, size_t e, size_t nt) {
  static const char *const people[] = {"People", "Peoples", "Workers", "Women", "Farmers",
                                       "Martyrs", "Mothers", "Patriots"};
  if (e == 0 || e + 1 >= nt || !possessive(&w[e]) || !is_capitalised(&w[e + 1])) return false;
  const nm_nword *p = &w[e - 1];
  bool bare = tok_is(w[e].form, w[e].len, "'") || tok_is(w[e].form, w[e].len, "\xe2\x80\x99");
  return IN_LIST(p, people) ||
         (bare && p->len > 3 && p->form[p->len - 1] == 's' && is_capitalised(p) && !all_punct(p));
}

/* "the People's Defense Force", "the Republican People's Party", "the
 * Kurdistan Workers' Party": capitalised words around a people's word's
 * possessive, ending in an organisation's or armed body's head word, are
 * one organisation; the mentions inside it go (the model splits such
 * names at the possessive). Not when a mention reaches outside. */
static nm_status collective_names(nm_doc *d, const nm_nword *w) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n, n0 = d->mentions.n;
  nm_status st = NM_OK;
  bool added = false;
  for (size_t e = 1; e + 1 < nt && st == NM_OK; e++) {
    if (!collective_possessive(w, e, nt)) continue;
    size_t a = e - 1, b = e + 1;
    while (a > 0 && e - a < 4 && t[a - 1].sentence == t[e].sentence && is_capitalised(&w[a - 1]) &&
           !tok_is(w[a - 1].form, w[a - 1].len, "the"))
      a--;
    while (b < nt && b - e < 5 && t[b].sentence == t[e].sentence && is_capitalised(&w[b]))
      b++;
    if (!(IN_LIST(&w[b - 1], org_heads) || IN_LIST(&w[b - 1], armed_heads))) continue;
    nm_mention *m = (nm_mention *)d->mentions.data;
    bool inside = true;
    for (size_t i = 0; i < n0 && inside; i++) {
      size_t ma = m[i].first_token, mb = ma + m[i].n_tokens;
      if (m[i].n_tokens && mb > a && ma < b) inside = ma >= a && mb <= b;
    }
    if (!inside) continue;
    for (size_t i = 0; i < n0; i++)
      if (m[i].n_tokens && m[i].first_token >= a && m[i].first_token < b) m[i].n_tokens = 0;
    st = push_mention(d, t[e].sentence, a, b, NM_ENT_ORG, NM_MENTION_NAME);
    added = true;
    e = b - 1;
  }
  if (st == NM_OK && added) drop_emptied(d, true);
  return st;
}

/* "members of Los Choneros", "the Los Lobos gang": a name opening with
 * the Spanish plural article is a group's, never one person's (the model
 * types some a person's, which then takes "he"). */
static void plural_article_groups(nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  for (size_t i = 0; i < d->mentions.n; i++) {
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_PERSON || m[i].n_tokens < 2) continue;
    const nm_nword *f = &w[m[i].first_token];
    if (f->len == 3 && (!memcmp(f->form, "Los", 3) || !memcmp(f->form, "Las", 3)))
      m[i].type = NM_ENT_ORG;
  }
}

/* "the Cuyuni river", "the Ibar river": a name right before a lower-case
 * "river", "lake", "valley", "basin" or "delta" is a place's, whatever
 * the model typed it (the river had been a person who took "him"). */
static void feature_names(nm_doc *d, const nm_nword *w) {
  static const char *const features[] = {"river", "lake", "valley", "basin", "delta"};
  nm_mention *m = (nm_mention *)d->mentions.data;
  const nm_token *t = (const nm_token *)d->tokens.data;
  for (size_t i = 0; i < d->mentions.n; i++) {
    size_t b = m[i].first_token + m[i].n_tokens;
    if (m[i].kind != NM_MENTION_NAME || !m[i].n_tokens || b >= d->tokens.n ||
        t[b].sentence != m[i].sentence || !IN_LIST(&w[b], features))
      continue;
    if (m[i].type == NM_ENT_PERSON || m[i].type == NM_ENT_ORG) m[i].type = NM_ENT_LOC;
  }
}

/* Whether one of the first n0 mentions of d overlaps words [a, b). */
static bool covered_by(const nm_doc *d, size_t n0, size_t a, size_t b) {
  const nm_mention *m = (const nm_mention *)d->mentions.data;
  for (size_t i = 0; i < n0; i++)
    if (m[i].n_tokens && m[i].first_token < b && a < m[i].first_token + m[i].n_tokens) return true;
  return false;
}

/* Gazetteer kinds a name the model missed must not have. */
static const uint32_t named_kinds =
    NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_DEMONYM | NM_GZ_ORG;

/* Whether word w could be a lone given name the model missed: a
 * capitalised proper noun no gazetteer entry names. */
static bool lone_name(const nm_nword *w) {
  return is_capitalised(w) && !all_punct(w) && w->xpos && !strcmp(w->xpos, "NNP") && !w->gz;
}

/* A lone capitalised word the model may miss as a person's given name
 * (one word, no title): set off by commas right after a word of kin
 * ("Leitgeb's brother, Thomas, said"), or opening its sentence (or
 * following a comma: "In Khan Younis, Samira, a 38-year-old nurse") and
 * set off by a comma before an age ("Rosena, a 34-year-old market vendor
 * who escaped with her two daughters, said"); no place's or body's name. */
static nm_status lone_given_names(nm_doc *d, const nm_nword *w) {
  static const char *const kin[] = {"brother", "sister",  "son",     "daughter", "wife",
                                    "husband", "father",  "mother",  "cousin",   "uncle",
                                    "aunt",    "nephew",  "niece",   "widow",    "grandson",
                                    "granddaughter", "fiancee", "fiance", "partner"};
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n, n0 = d->mentions.n;
  nm_status st = NM_OK;
  bool added = false;
  for (size_t k = 0; k + 1 < nt && st == NM_OK; k++) {
    if (!lone_name(&w[k]) || !tok_is(w[k + 1].form, w[k + 1].len, ",") ||
        t[k + 1].sentence != t[k].sentence)
      continue;
    bool opens = k == 0 || t[k - 1].sentence != t[k].sentence;
    bool after_comma = k > 0 && !opens && tok_is(w[k - 1].form, w[k - 1].len, ",");
    bool kin_before = after_comma && k >= 2 && IN_LIST(&w[k - 2], kin) &&
                      t[k - 2].sentence == t[k].sentence;
    bool aged = (opens || after_comma) && k + 7 < nt && t[k + 7].sentence == t[k].sentence &&
                age_at(d, w, k + 2);
    if ((!kin_before && !aged) || covered_by(d, n0, k, k + 1)) continue;
    st = push_mention(d, t[k].sentence, k, k + 1, NM_ENT_PERSON, NM_MENTION_NAME);
    added = true;
  }
  if (st == NM_OK && added) drop_emptied(d, true);
  return st;
}

/* "Marco Bellandi, 56, … " then "thinking about Marco and Grace": a lone
 * word the model typed a place's, which is the first word of a person
 * named before and no country, first-level region or nationality, is
 * that person's given name (a town in Brazil is called Marco) */
static void given_names_as_places(nm_doc *d, const nm_nword *w) {
  nm_mention *m = (nm_mention *)d->mentions.data;
  const uint32_t big = NM_GZ_COUNTRY | NM_GZ_ADMIN1 | NM_GZ_DEMONYM | NM_GZ_REGION;
  uint64_t first[64]; /* the first words of the persons named so far (at most 64) */
  size_t nf = 0;
  for (size_t i = 0; i < d->mentions.n; i++) {
    if (m[i].kind != NM_MENTION_NAME) continue;
    uint64_t key = span_key(w, m[i].first_token, m[i].first_token + 1);
    if (m[i].type == NM_ENT_PERSON && m[i].n_tokens >= 2 && nf < 64) {
      first[nf++] = key;
      continue;
    }
    if (m[i].n_tokens != 1 || (m[i].type != NM_ENT_GPE && m[i].type != NM_ENT_LOC) ||
        (w[m[i].first_token].gz & big))
      continue;
    for (size_t j = 0; j < nf; j++)
      if (first[j] == key) {
        m[i].type = NM_ENT_PERSON;
        break;
      }
  }
}

/* "Chiu Wei-ting, deputy head of …": a capitalised word and a given
 * name of two syllables joined by a hyphen, the second in lower case
 * (the Chinese and Korean romanisations: "Lin Cheng-yao", "Lee
 * Jae-myung"), none a place's or a body's, is a person's name the model
 * may miss (a surname it never saw, first in the sentence). */
static nm_status hyphenated_given_names(nm_doc *d, const nm_nword *w) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n, n0 = d->mentions.n;
  nm_status st = NM_OK;
  bool added = false;
  for (size_t a = 0; a + 3 < nt && st == NM_OK; a++) {
    const nm_nword *g = &w[a + 1], *lo = &w[a + 3];
    if (!is_capitalised(&w[a]) || !is_capitalised(g) || all_punct(&w[a]) ||
        !tok_is(w[a + 2].form, w[a + 2].len, "-") || t[a + 2].start != t[a + 1].end ||
        t[a + 3].start != t[a + 2].end || t[a + 3].sentence != t[a].sentence ||
        t[a + 1].start <= t[a].end || lo->len < 2 || lo->len > 4 || g->len < 2 || g->len > 4 ||
        (w[a].gz & named_kinds) || (g->gz & named_kinds) ||
        (a > 0 && is_capitalised(&w[a - 1]) && t[a - 1].sentence == t[a].sentence))
      continue;
    bool lower = true, given = true;
    for (size_t i = 0; i < lo->len && lower; i++)
      lower = lo->form[i] >= 'a' && lo->form[i] <= 'z';
    for (size_t i = 1; i < g->len && given; i++)
      given = g->form[i] >= 'a' && g->form[i] <= 'z';
    for (size_t i = 1; i < w[a].len && given; i++)
      given = w[a].form[i] >= 'a' && w[a].form[i] <= 'z';
    if (!lower || !given) continue;
    if (covered_by(d, n0, a, a + 4)) continue;
    st = push_mention(d, t[a].sentence, a, a + 4, NM_ENT_PERSON, NM_MENTION_NAME);
    added = true;
  }
  if (st == NM_OK && added) drop_emptied(d, true);
  return st;
}

/* "The U.N. humanitarian coordinator in Haiti, Ulrika Sandstrom, said":
 * a name the gazetteer does not know, of two or three words, typed a
 * place right after a country's name and its comma and set off by a comma
 * after it, is no place (a smaller place comes before its country: "Tabarre,
 * Haiti") but the person the phrase before describes. */
static void name_after_country(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  nm_mention *m = (nm_mention *)d->mentions.data;
  size_t nt = d->tokens.n;
  for (size_t i = 1; i < d->mentions.n; i++) {
    size_t a = m[i].first_token, b = a + m[i].n_tokens;
    const nm_mention *p = &m[i - 1];
    size_t pb = p->first_token + p->n_tokens;
    if (m[i].kind != NM_MENTION_NAME || m[i].type != NM_ENT_GPE || b - a < 2 || b - a > 3 ||
        b >= nt || t[b].sentence != t[a].sentence || !tok_is(w[b].form, w[b].len, ",") ||
        p->kind != NM_MENTION_NAME || p->type != NM_ENT_GPE || pb + 1 != a ||
        !tok_is(w[pb].form, w[pb].len, ",") || p->first_token == 0 ||
        !(gz_span_flags(g, w, p->first_token, pb) & NM_GZ_COUNTRY) || gz_span_flags(g, w, a, b))
      continue;
    /* (the country in a phrase after a noun: "the coordinator in Haiti") */
    const nm_nword *before = &w[p->first_token - 1];
    if (!before->upos || strcmp(before->upos, "ADP") != 0 || p->first_token < 2 ||
        !w[p->first_token - 2].upos || strcmp(w[p->first_token - 2].upos, "NOUN") != 0)
      continue;
    bool words = true;
    for (size_t k = a; k < b && words; k++)
      words = is_capitalised(&w[k]) && !all_punct(&w[k]) && !w[k].gz;
    if (words) m[i].type = NM_ENT_PERSON;
  }
}

/* A name's first or last word (its hash) and where the name starts. */
struct name_word {
  uint64_t h;
  uint32_t pos;
};

/* By hash, then position (so the earliest of a word sorts first). */
static int name_word_cmp(const void *x, const void *y) {
  const struct name_word *a = x, *b = y;
  if (a->h != b->h) return a->h < b->h ? -1 : 1;
  return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* By hash alone (a search in an array name_word_cmp() sorted). */
static int name_word_hcmp(const void *x, const void *y) {
  const struct name_word *a = x, *b = y;
  return a->h < b->h ? -1 : a->h > b->h;
}

/* Whether any of words [a, b) is marked in cov. */
static bool covered(const uint8_t *cov, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (cov[k]) return true;
  return false;
}

/* '"…," said Faith Atieno, a governance analyst with …': two or three
 * capitalised words after "said" or "says" that follows a quotation,
 * then a comma and an article, are the speaker's name, a person the model
 * may miss (common words as names: "Faith", "Joy"). */
static nm_status inverted_speakers(const nm_titles *tt, nm_doc *d, const nm_nword *w) {
  static const char *const says[] = {"said", "says", "added", "adds", "wrote", "writes"};
  static const char *const art[] = {"a", "an", "the"};
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n, n0 = d->mentions.n;
  nm_status st = NM_OK;
  bool added = false;
  /* the words the first n0 mentions cover, and the first and last words
   * of the persons' names among them with where each first stands (one
   * pass each, not one per candidate: a long article has many quotations) */
  uint8_t *cov = calloc(nt ? nt : 1, 1);
  struct name_word *nw = malloc((n0 ? n0 : 1) * 3 * sizeof *nw);
  if (!cov || !nw) {
    free(cov);
    free(nw);
    return NM_ERR_NOMEM;
  }
  const nm_mention *m0 = (const nm_mention *)d->mentions.data;
  size_t nn = 0;
  for (size_t i = 0; i < n0; i++) {
    for (uint32_t k = 0; k < m0[i].n_tokens && m0[i].first_token + k < nt; k++)
      cov[m0[i].first_token + k] = 1;
    if (m0[i].type != NM_ENT_PERSON || m0[i].n_tokens < 2) continue;
    const nm_nword *fw = &w[m0[i].first_token], *lw = &w[m0[i].first_token + m0[i].n_tokens - 1];
    nw[nn++] = (struct name_word){nm_gz_token_hash(fw->form, fw->len), m0[i].first_token};
    nw[nn++] = (struct name_word){nm_gz_token_hash(lw->form, lw->len), m0[i].first_token};
    /* (and the first of two surnames: "Valladares" of "Rodrigo
     * Valladares Mejía") */
    if (m0[i].n_tokens >= 3) {
      const nm_nword *pw = lw - 1;
      nw[nn++] = (struct name_word){nm_gz_token_hash(pw->form, pw->len), m0[i].first_token};
    }
  }
  qsort(nw, nn, sizeof *nw, name_word_cmp);
  for (size_t v = 2; v + 4 < nt && st == NM_OK; v++) {
    if (!IN_LIST(&w[v], says) || !quote_mark(&w[v - 1]) ||
        !tok_is(w[v - 2].form, w[v - 2].len, ","))
      continue;
    size_t a = v + 1, b = a;
    while (b < nt && b - a < 3 && t[b].sentence == t[a].sentence && is_capitalised(&w[b]) &&
           !all_punct(&w[b]) && w[b].xpos &&
           (!strcmp(w[b].xpos, "NNP") || !strcmp(w[b].xpos, "NN")) && !(w[b].gz & named_kinds))
      b++;
    if (b - a < 2 || b + 1 >= nt || !tok_is(w[b].form, w[b].len, ",") || !IN_LIST(&w[b + 1], art))
      continue;
    if (covered(cov, a, b)) continue;
    st = push_mention(d, t[a].sentence, a, b, NM_ENT_PERSON, NM_MENTION_NAME);
    added = true;
  }
  /* ... and a surname alone between the quotation and "said", a person's
   * named in full before ('"…," Xu said', after "Xu Yanling, a
   * spokeswoman …"), which the model may miss (a short word) */
  for (size_t a = 2; a + 1 < nt && st == NM_OK; a++) {
    if (!quote_mark(&w[a - 1]) || !tok_is(w[a - 2].form, w[a - 2].len, ",") ||
        !is_capitalised(&w[a]) || !IN_LIST(&w[a + 1], says) || cov[a])
      continue;
    /* (the name's last word, or its first: Chinese and Korean surnames
     * lead; named before this word) */
    struct name_word key = {nm_gz_token_hash(w[a].form, w[a].len), 0};
    const struct name_word *hit = bsearch(&key, nw, nn, sizeof *nw, name_word_hcmp);
    if (!hit) continue;
    while (hit > nw && hit[-1].h == key.h) /* the earliest of that word */
      hit--;
    if (hit->pos >= a) continue;
    st = push_mention(d, t[a].sentence, a, a + 1, NM_ENT_PERSON, NM_MENTION_NAME);
    added = true;
  }
  /* ... and right after the quotation, the verb after the description:
   * '"…," Nadia Belkacemi, a spokeswoman for the foreign ministry, told
   * reporters' */
  for (size_t a = 2; a + 4 < nt && st == NM_OK; a++) {
    if (!quote_mark(&w[a - 1]) || !tok_is(w[a - 2].form, w[a - 2].len, ",")) continue;
    size_t b = a;
    while (b < nt && b - a < 5 && t[b].sentence == t[a].sentence && is_capitalised(&w[b]) &&
           !all_punct(&w[b]) && w[b].xpos &&
           (!strcmp(w[b].xpos, "NNP") || !strcmp(w[b].xpos, "NN")) && !(w[b].gz & named_kinds)) {
      b++;
      /* (a hyphenated given name: "Wang Chien-hung") */
      if (b + 1 < nt && b > a + 1 && w[b].len == 1 && w[b].form[0] == '-' && w[b + 1].len &&
          w[b + 1].form[0] >= 'a' && w[b + 1].form[0] <= 'z' && t[b].start == t[b - 1].end &&
          t[b + 1].start == t[b].end)
        b += 2;
    }
    if (b - a < 2 || b + 1 >= nt || !tok_is(w[b].form, w[b].len, ",") || !IN_LIST(&w[b + 1], art))
      continue;
    if (covered(cov, a, b)) continue;
    st = push_mention(d, t[a].sentence, a, b, NM_ENT_PERSON, NM_MENTION_NAME);
    added = true;
  }
  /* ... and a name opening its sentence that the model reads as no name,
   * with an Arabic article or a hyphened given name ("Mazen al-Hamwi, a
   * spokesman for the ministry, said", "Karl-Heinz Vogel, the
   * international High Representative, told"), or else a title in its
   * description: capitalised words, a description after a comma and an
   * article, then a comma and "said" or "told" */
  static const char *const particles[] = {"al", "el", "ad", "as", "ash", "an", "ar", "at", "az"};
  for (size_t a = 0; a + 6 < nt && st == NM_OK; a++) {
    if (!(w[a].ctx & NM_NCTX_SENT_START) || cov[a]) continue;
    size_t b = a;
    bool joined = false;
    while (b < nt && b - a < 6 && t[b].sentence == t[a].sentence) {
      bool hy = b + 2 < nt && w[b + 1].len == 1 && w[b + 1].form[0] == '-' &&
                is_capitalised(&w[b + 2]) && t[b + 1].start == t[b].end &&
                t[b + 2].start == t[b + 1].end;
      if (b > a && hy && IN_LIST(&w[b], particles)) { /* "al-Hamwi" */
        b += 3, joined = true;
        continue;
      }
      /* (a given name spelt like a town, "Kari Nieminen", before a
       * surname the gazetteer does not know) */
      bool townish = (w[b].gz & named_kinds) && !(w[b].gz & named_kinds & ~(NM_GZ_CITY)) &&
                     b + 1 < nt && is_capitalised(&w[b + 1]) && !(w[b + 1].gz & named_kinds);
      if (!is_capitalised(&w[b]) || all_punct(&w[b]) || !w[b].xpos ||
          (strcmp(w[b].xpos, "NNP") != 0 && strcmp(w[b].xpos, "NN") != 0) ||
          ((w[b].gz & named_kinds) && !townish) || IN_LIST(&w[b], org_heads) ||
          IN_LIST(&w[b], org_words))
        break;
      if (hy && !(w[b + 2].gz & named_kinds)) { /* "Karl-Heinz" */
        b += 3, joined = true;
        continue;
      }
      b++;
    }
    /* (the description may open with its owner's name: "Wang Liqun,
     * Beijing's special envoy for the Middle East, who attended …, said") */
    bool owned = b + 3 < nt && is_capitalised(&w[b + 1]) && possessive(&w[b + 2]);
    if (b - a < 2 || b + 2 >= nt || !tok_is(w[b].form, w[b].len, ",") ||
        !(IN_LIST(&w[b + 1], art) || owned) || covered(cov, a, b))
      continue;
    size_t c = b + 2; /* the description's closing comma, then the verb */
    bool titled = false;
    for (int clause = 0; clause < 2; clause++) {
      while (c + 1 < nt && c < b + 16 + 16 * (size_t)clause && t[c].sentence == t[a].sentence &&
             !tok_is(w[c].form, w[c].len, ",")) {
        if (!titled && !clause) titled = title_at(tt, w, c, nt);
        c++;
      }
      /* (past a who-clause on the description) */
      if (clause || c + 2 >= nt || !tok_is(w[c].form, w[c].len, ",") ||
          !tok_is(w[c + 1].form, w[c + 1].len, "who"))
        break;
      c += 2;
    }
    if (c + 1 >= nt || !tok_is(w[c].form, w[c].len, ",") || !(joined || titled) ||
        !(IN_LIST(&w[c + 1], says) || tok_is(w[c + 1].form, w[c + 1].len, "told")))
      continue;
    st = push_mention(d, t[a].sentence, a, b, NM_ENT_PERSON, NM_MENTION_NAME);
    added = true;
  }
  free(cov);
  free(nw);
  if (st == NM_OK && added) drop_emptied(d, true);
  return st;
}

static nm_status org_runs(nm_doc *d, const nm_nword *w) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n, nm = d->mentions.n;
  if (!nm || nt < 2) return NM_OK;
  /* each token's mention, or SIZE_MAX */
  size_t *of = malloc(nt * sizeof *of);
  if (!of) return NM_ERR_NOMEM;
  for (size_t i = 0; i < nt; i++)
    of[i] = SIZE_MAX;
  nm_mention *m = (nm_mention *)d->mentions.data;
  for (size_t i = 0; i < nm; i++)
    for (size_t k = m[i].first_token; k < (size_t)m[i].first_token + m[i].n_tokens && k < nt; k++)
      of[k] = i;
  size_t added = 0;
  nm_status st = NM_OK;
  for (size_t i = 0; i < nt && st == NM_OK; i++) {
    /* a run starts with a name mention's first word */
    size_t mi = of[i];
    if (mi == SIZE_MAX || m[mi].first_token != i || m[mi].kind != NM_MENTION_NAME) continue;
    size_t e = i, conj = 0;
    for (;;) {
      while (e < nt && t[e].sentence == t[i].sentence && is_capitalised(&w[e]) &&
             e - i < NM_GZ_MAX_TOKENS)
        e++;
      /* "United Nations Relief and Works Agency": one "and" inside, with
       * a word before it that no mention holds and none after it */
      if (conj || e + 2 >= nt || e - i + 2 >= NM_GZ_MAX_TOKENS || t[e + 1].sentence != t[i].sentence ||
          !tok_is(w[e].form, w[e].len, "and") || !is_capitalised(&w[e + 1]) ||
          of[e - 1] != SIZE_MAX)
        break;
      conj = e;
      e++;
    }
    if (conj) {
      size_t k = conj + 1;
      while (k < e && of[k] == SIZE_MAX)
        k++;
      if (k < e) e = conj; /* a name after the "and": two names */
    }
    if (e - i < 2 || !(IN_LIST(&w[e - 1], org_heads) || IN_LIST(&w[e - 1], armed_heads))) continue;
    size_t last = of[e - 1];
    if (last != SIZE_MAX && m[last].type == NM_ENT_ORG) continue;
    /* one place's name, typed so with its head word in view: "West Bank" */
    if (last == mi && (m[mi].type == NM_ENT_GPE || m[mi].type == NM_ENT_LOC) &&
        m[mi].n_tokens == e - i)
      continue;
    /* every mention inside must lie inside */
    bool inside = true;
    for (size_t k = i; k < e && inside; k++)
      if (of[k] != SIZE_MAX && ((size_t)m[of[k]].first_token < i ||
                                (size_t)m[of[k]].first_token + m[of[k]].n_tokens > e))
        inside = false;
    if (!inside) continue;
    for (size_t k = i; k < e; k++)
      if (of[k] != SIZE_MAX) m[of[k]].n_tokens = 0; /* dropped below */
    st = push_mention(d, t[i].sentence, i, e, NM_ENT_ORG, NM_MENTION_NAME);
    m = (nm_mention *)d->mentions.data; /* the push may move them */
    for (size_t k = i; k < e; k++)
      of[k] = d->mentions.n - 1;
    added++;
    i = e - 1;
  }
  free(of);
  if (st == NM_OK && added) drop_emptied(d, true);
  return st;
}

/* "The African Union urged": a name mention ("Union") whose capitalised
 * words before it (with "and", "of" or "for" between them), in the same
 * sentence, make with it an organisation's name the gazetteer holds (the
 * actor dictionaries' "African Union", "Peace and Security Council") is
 * that organisation; the mentions of the words before it (a demonym)
 * go. Only when the whole name is an organisation's and no person's or
 * place's. */
static nm_status gazetteer_orgs(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n, nm = d->mentions.n;
  if (!g || !nm) return NM_OK;
  nm_mention *m = (nm_mention *)d->mentions.data;
  bool dropped = false;
  for (size_t i = 0; i < nm; i++) {
    if (m[i].kind != NM_MENTION_NAME || !m[i].n_tokens) continue;
    size_t a = m[i].first_token, b = a + m[i].n_tokens, best = a;
    if (b > nt) continue;
    for (size_t k = a; k > 0 && a - (k - 1) <= 3 && b - (k - 1) <= NM_GZ_MAX_TOKENS; k--) {
      size_t x = k - 1;
      if (t[x].sentence != t[a].sentence) break;
      if (!is_capitalised(&w[x])) { /* "Peace and Security Council" */
        if (!(tok_is(w[x].form, w[x].len, "and") || tok_is(w[x].form, w[x].len, "of") ||
              tok_is(w[x].form, w[x].len, "for")) ||
            x == 0 || !is_capitalised(&w[x - 1]))
          break;
        continue;
      }
      uint32_t f = gz_span_flags(g, w, x, b);
      if ((f & NM_GZ_ORG) && !(f & (NM_GZ_PERSON | NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1)))
        best = x;
    }
    if (best == a) continue;
    /* the mentions the name takes in must lie inside it */
    bool inside = true;
    for (size_t j = 0; j < nm && inside; j++)
      if (j != i && m[j].n_tokens && m[j].first_token < a && m[j].first_token + m[j].n_tokens > best)
        inside = m[j].first_token >= best && m[j].first_token + m[j].n_tokens <= a;
    if (!inside) continue;
    for (size_t j = 0; j < nm; j++)
      if (j != i && m[j].n_tokens && m[j].first_token >= best && m[j].first_token < a) {
        m[j].n_tokens = 0;
        dropped = true;
      }
    m[i].first_token = (uint32_t)best;
    m[i].n_tokens = (uint32_t)(b - best);
    m[i].start = t[best].start;
    m[i].type = NM_ENT_ORG;
  }
  if (dropped) drop_emptied(d, false);
  return NM_OK;
}

/* Makes the words [a, e) of one sentence an organisation's name over the
 * name mentions inside it, when every mention it meets lies inside it and
 * none is that name already (an organisation's; with any_type, of any
 * type). Returns whether it did; *st receives the push's status. */
static bool org_over_pieces(nm_doc *d, size_t a, size_t e, bool any_type, nm_status *st) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  nm_mention *m = (nm_mention *)d->mentions.data;
  bool fits = true, same = false;
  for (size_t q = 0; q < d->mentions.n && fits; q++) {
    size_t ma = m[q].first_token, mb = ma + m[q].n_tokens;
    if (!m[q].n_tokens || mb <= a || ma >= e) continue;
    fits = ma >= a && mb <= e && m[q].kind == NM_MENTION_NAME;
    same = same || (ma == a && mb == e && (any_type || m[q].type == NM_ENT_ORG));
  }
  if (!fits || same) return false;
  for (size_t q = 0; q < d->mentions.n; q++)
    if (m[q].n_tokens && m[q].first_token >= a && m[q].first_token < e) m[q].n_tokens = 0;
  *st = push_mention(d, t[a].sentence, a, e, NM_ENT_ORG, NM_MENTION_NAME);
  return true;
}

/* Heads a party's or a front's name opens with, besides org_heads: "the
 * Alliance for Democratic Change", "the Front for National Salvation". */
static const char *const opening_heads[] = {"Alliance", "Front", "Coalition", "Rally",
                                            "Forum",    "Bloc",  "Convention"};

/* "the Alliance for Democratic Change", "the Movement for Justice and
 * Peace", "the Union for the Republic": an organisation's head word (with
 * the capitalised words before it) and its "for" or "of" phrase of
 * capitalised words (two "and" or "of" and a "the" allowed) is one name, over the
 * pieces the model found in it ("Alliance" a place, "Peace" a person).
 * Only when every mention it meets lies inside it. */
static nm_status head_first_orgs(const nm_gazetteer *g, nm_doc *d, const nm_nword *w) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n;
  nm_status st = NM_OK;
  bool added = false;
  for (size_t i = 0; i + 2 < nt && st == NM_OK; i++) {
    if (!(IN_LIST(&w[i], org_heads) || IN_LIST(&w[i], opening_heads))) continue;
    size_t j = i + 1;
    if (!(tok_is(w[j].form, w[j].len, "for") || tok_is(w[j].form, w[j].len, "of"))) continue;
    j++;
    if (j < nt && tok_is(w[j].form, w[j].len, "the")) j++;
    size_t e = j, conj = 0;
    while (e < nt && e - i < NM_GZ_MAX_TOKENS && t[e].sentence == t[i].sentence) {
      if (is_capitalised(&w[e]) && w[e].len > 1) {
        e++;
        continue;
      }
      /* ("the Coordination of Humanitarian Affairs") */
      if (conj < 2 && e > j && e + 1 < nt &&
          (tok_is(w[e].form, w[e].len, "and") || tok_is(w[e].form, w[e].len, "of")) &&
          t[e + 1].sentence == t[i].sentence && is_capitalised(&w[e + 1])) {
        conj++, e++;
        continue;
      }
      break;
    }
    if (e == j || !is_capitalised(&w[e - 1])) continue;
    /* three words at most ("University of Texas Arlington Amneh Jafari"
     * runs on into a name), and no place or known body after "of" ("the
     * Senate of the United States" is the Senate and the country) */
    if (e - j - conj > 3 ||
        (tok_is(w[i + 1].form, w[i + 1].len, "of") &&
         (gz_span_flags(g, w, j, e) & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_ORG)))) {
      i = e - 1;
      continue;
    }
    size_t a = i; /* the capitalised words before the head, no article */
    while (a > 0 && i - a < 3 && t[a - 1].sentence == t[i].sentence && is_capitalised(&w[a - 1]) &&
           !(w[a - 1].ctx & NM_NCTX_SENT_START) && w[a - 1].len > 1 &&
           !tok_is(w[a - 1].form, w[a - 1].len, "the"))
      a--;
    if (org_over_pieces(d, a, e, false, &st)) added = true;
    i = e - 1;
  }
  if (added) drop_emptied(d, true);
  return st;
}

/* Small words a long organisation's name keeps in lower case. */
static const char *const name_joins[] = {"and", "for", "in", "of", "on", "the"};
/* ... and a particle after two words: "Hayat Tahrir al-Sham" (not a
 * person's "Bashar al-Assad", which a record of the dictionaries may
 * give an organisation's synonyms) */
static const char *const name_particles[] = {"al", "el", "-"};

/* "The Organization for Security and Co-operation in Europe said": a
 * name of three words or more that the actor dictionaries give to an
 * organisation, and to no person or place, written with its words
 * capitalised (its small joining words aside), is that organisation's
 * name, over the pieces the model found in it ("Europe" a place). Only
 * when every mention it meets lies inside it, and when it ends in no
 * title. */
static nm_status dictionary_orgs(const nm_titles *tt, nm_doc *d, const nm_nword *w) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  size_t nt = d->tokens.n;
  nm_status st = NM_OK;
  bool added = false;
  for (size_t i = 0; i < nt && st == NM_OK; i++) {
    if ((w[i].gz >> 16) != 1 || !is_capitalised(&w[i])) continue;
    uint32_t f = w[i].gz & 0xffffu;
    if (!(f & NM_GZ_ORG) ||
        (f & (NM_GZ_PERSON | NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_DEMONYM)))
      continue;
    size_t e = i + 1;
    while (e < nt && (w[e].gz >> 16) == 2)
      e++;
    if (e >= nt || (w[e].gz >> 16) != 3) continue; /* cut short */
    e++;
    if (e - i < 3 || e - i > NM_GZ_MAX_TOKENS || t[e - 1].sentence != t[i].sentence) continue;
    bool caps = true;
    for (size_t k = i; k < e && caps; k++)
      caps = is_capitalised(&w[k]) || IN_LIST(&w[k], name_joins) ||
             (k >= i + 2 && IN_LIST(&w[k], name_particles)) ||
             /* (a hyphen glued to both words: "ZANU-PF") */
             (k > i && k + 1 < e && tok_is(w[k].form, w[k].len, "-") &&
              t[k - 1].end == t[k].start && t[k].end == t[k + 1].start);
    if (!caps || !is_capitalised(&w[e - 1])) continue;
    /* "White House Press Secretary", "Secretary of State": an office's
     * holder, no body */
    uint64_t h[NM_GZ_MAX_TOKENS], head;
    for (size_t k = i; k < e; k++)
      h[k - i] = nm_gz_token_hash(w[k].form, w[k].len);
    if (nm_title_ending_at(tt, h, 0, e - i, &head) || nm_title_starting_at(tt, h, 0, e - i, &head))
      continue;
    if (org_over_pieces(d, i, e, true, &st)) added = true;
    i = e - 1;
  }
  if (added) drop_emptied(d, true);
  return st;
}

nm_status nm_mentions_detect(const nm_ner *ner, const nm_gazetteer *g, nm_doc *d) {
  nm_nword *w = NULL;
  nm_status st = nm_ner_doc_words(g, d, &w);
  if (st != NM_OK || !w) return st;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  size_t max_n = 1;
  for (size_t s = 0; s < d->sentences.n; s++)
    if (ss[s].n_tokens > max_n) max_n = ss[s].n_tokens;
  uint8_t *lab = malloc(max_n), *covered = malloc(max_n);
  const nm_titles *tt = nm_titles_builtin();
  if (!lab || !covered) {
    free(w);
    free(lab);
    free(covered);
    return NM_ERR_NOMEM;
  }
  for (size_t s = 0; s < d->sentences.n && st == NM_OK; s++) {
    size_t first = ss[s].first_token, n = ss[s].n_tokens;
    if (!n) continue;
    size_t m0 = d->mentions.n;
    st = nm_ner_tag(ner, w + first, n, lab);
    /* "Defense Minister Israel Katz", with "Israel" read as the place (the
     * article names the country too) and "Katz" left out or read as a
     * person: a country's one word between a title and a capitalised word
     * the gazetteer does not place, then a lower-case word, starts the
     * person's name */
    for (size_t i = 1; i + 2 < n && st == NM_OK; i++) {
      unsigned l = lab[i], r = lab[i + 1];
      if (!l || nm_ner_type(l) != NM_NER_PLACE || nm_ner_part(l) != NM_NER_U ||
          !(w[first + i].gz & NM_GZ_COUNTRY) || !after_title(tt, w, first, first + i))
        continue;
      const nm_nword *x = &w[first + i + 1];
      bool person = r && nm_ner_type(r) == NM_NER_PERSON && nm_ner_part(r) == NM_NER_U;
      bool bare = !r && is_capitalised(x) && !all_punct(x) && x->len > 1 &&
                  !(x->gz & (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION |
                             NM_GZ_DEMONYM | NM_GZ_ORG));
      const nm_nword *y = &w[first + i + 2];
      if ((!person && !bare) || lab[i + 2] || is_capitalised(y) || possessive(x)) continue;
      lab[i] = nm_ner_label(NM_NER_PERSON, NM_NER_B);
      lab[i + 1] = nm_ner_label(NM_NER_PERSON, NM_NER_L);
    }
    if (st == NM_OK) office_of_title(tt, w + first, n, lab);
    /* a headline in title case: capitals say nothing about names there */
    bool headline = title_case_run(w + first, n);
    size_t open = 0, last_end = first;
    for (size_t i = 0; i < n && st == NM_OK; i++) {
      size_t at = first + i;
      unsigned l = lab[i];
      if (l) {
        unsigned part = nm_ner_part(l);
        if (part == NM_NER_B || part == NM_NER_U) open = i;
        if (part == NM_NER_L || part == NM_NER_U) {
          size_t a = first + open, b = at + 1;
          nm_entity_type ty = ner_types[nm_ner_type(l)];
          if (ty == NM_ENT_GPE) ty = place_type(g, w, a, b);
          /* "Bank of England Governor Andrew Bailey", "Apple CEO Tim Cook":
           * the organisation or place ends before the title, and the holder
           * is a person of their own */
          size_t hold_a = 0, hold_b = 0;
          if (ty != NM_ENT_PERSON) {
            size_t ts = titled_holder(tt, w, a, b, &hold_a);
            if (ts) hold_b = b, b = ts;
          } else {
            /* "UN Secretary-General Antonio Guterres" read as one person:
             * a body the gazetteer knows before the title is its own name */
            size_t ts = titled_holder(tt, w, a, b, &hold_a);
            uint32_t f = ts ? gz_span_flags(g, w, a, ts) : 0;
            if ((f & (NM_GZ_ORG | NM_GZ_COUNTRY)) && !(f & NM_GZ_PERSON)) {
              hold_b = b, b = ts;
              ty = (f & NM_GZ_COUNTRY) ? NM_ENT_GPE : NM_ENT_ORG;
            } else if (ts && !f && ts - a <= 2 && state_office(w, ts, hold_a)) {
              /* "Jubaland President Ahmed Madobe": a word or two the
               * gazetteer does not know before a state's office is the
               * state, a place */
              hold_b = b, b = ts;
              ty = NM_ENT_GPE;
            }
          }
          size_t a0 = a, b0 = b;
          if (repair_span(tt, g, w, first, first + n, &a, &b, &ty)) {
            if (a < last_end) a = past_joins(w, last_end, b); /* widened into the previous name */
            if (ty == NM_ENT_GPE || ty == NM_ENT_LOC) ty = place_type(g, w, a, b);
            if (a < b && ty != NM_ENT_PERSON && after_title(tt, w, first, a) &&
                !(gz_span_flags(g, w, a, b) &
                  (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_DEMONYM)) &&
                !IN_LIST(&w[b - 1], org_heads) && !IN_LIST(&w[b - 1], org_words))
              ty = NM_ENT_PERSON;
            /* "Amnesty International" read as a person: a name of two
             * words or more that the actor dictionaries give to an
             * organisation, and to no person or place, is one */
            if (ty == NM_ENT_PERSON && b >= a + 2) {
              uint32_t f = gz_span_flags(g, w, a, b);
              if ((f & NM_GZ_ORG) && !(f & (NM_GZ_PERSON | NM_GZ_COUNTRY | NM_GZ_CITY |
                                            NM_GZ_ADMIN1 | NM_GZ_DEMONYM)))
                ty = NM_ENT_ORG;
            }
            if (a < b && demonym_name(g, w, a, b)) ty = NM_ENT_NORP;
            /* "the Pittsburgh - Cleveland game", "the Army - Navy game": two
             * places or two institutions joined by a dash are two names */
            bool placed = ty == NM_ENT_GPE || ty == NM_ENT_LOC;
            size_t ps = a < b && placed ? possessive_pair(g, w, a, b) : 0;
            if (ps) {
              st = push_mention(d, (uint32_t)s, a, ps, place_type(g, w, a, ps), NM_MENTION_NAME);
              a = ps + 1, ty = place_type(g, w, a, b);
            }
            /* "Saudi Arabia and Iran reopened consulates", read as one
             * body: two countries joined by "and" are two names */
            for (size_t k = a + 1; k + 1 < b && st == NM_OK; k++) {
              if (!tok_is(w[k].form, w[k].len, "and")) continue;
              if ((gz_span_flags(g, w, a, k) & NM_GZ_COUNTRY) &&
                  (gz_span_flags(g, w, k + 1, b) & NM_GZ_COUNTRY)) {
                st = push_mention(d, (uint32_t)s, a, k, NM_ENT_GPE, NM_MENTION_NAME);
                a = k + 1, ty = NM_ENT_GPE;
              }
              break;
            }
            size_t hy = a < b && st == NM_OK ? dash_pair(g, w, a, b) : 0;
            if (hy) {
              nm_entity_type lt =
                  IN_LIST(&w[a], institutions) ? NM_ENT_ORG : place_type(g, w, a, hy);
              nm_entity_type rt =
                  IN_LIST(&w[hy + 1], institutions) ? NM_ENT_ORG : place_type(g, w, hy + 1, b);
              st = push_mention(d, (uint32_t)s, a, hy, lt, NM_MENTION_NAME);
              a = hy + 1, ty = rt;
            }
            if (a < b && st == NM_OK) st = push_mention(d, (uint32_t)s, a, b, ty, NM_MENTION_NAME);
            last_end = b;
          } else if ((w[a0].gz & NM_GZ_COUNTRY) && (w[a0].gz >> 16) == 4) {
            /* "U.S. Secretary" was all title: the country stays */
            st = push_mention(d, (uint32_t)s, a0, a0 + 1, NM_ENT_GPE, NM_MENTION_NAME);
            last_end = a0 + 1;
          } else if (!headline && a0 >= first && b0 > a0) {
            /* "State Minister" taken alone, the name after it left out:
             * "State Minister of Finance Lalith Bandara Jayawardena said" */
            size_t tn = titled_name_end(tt, w + first, lab, a0 - first, n, b0 - first);
            if (tn && (tn >> 8) >= b0 - a0) {
              size_t ne = tn & 0xFF;
              st = push_mention(d, (uint32_t)s, a0 + (tn >> 8), first + ne, NM_ENT_PERSON,
                                NM_MENTION_NAME);
              last_end = first + ne;
              i = ne - 1;
            }
          }
          if (hold_b && st == NM_OK) {
            st = push_mention(d, (uint32_t)s, hold_a, hold_b, NM_ENT_PERSON, NM_MENTION_NAME);
            last_end = hold_b;
          }
        }
        continue;
      }
      /* outside any name: countries, demonyms and pronouns */
      uint32_t gz = w[at].gz;
      /* a country's name the model left out ("the United States
       * Congress"): countries are rarely anything else */
      size_t gb = gz_unlabelled_end(w + first, lab, i, n);
      if (gb && (gz & NM_GZ_COUNTRY) && !(gz & (NM_GZ_PERSON | NM_GZ_DEMONYM)) &&
          is_capitalised(&w[at])) {
        size_t ca = at, cb = first + gb;
        nm_entity_type cty = NM_ENT_GPE;
        /* "Bank of America": the organisation's name (repair_span) */
        if (ca >= last_end + 2 && ca >= first + 2 && !lab[i - 1] && !lab[i - 2])
          repair_span(tt, g, w, first, first + n, &ca, &cb, &cty);
        if (ca < last_end) ca = at;
        if (cty != NM_ENT_ORG) ca = at, cb = first + gb, cty = NM_ENT_GPE;
        st = push_mention(d, (uint32_t)s, ca, cb, cty, NM_MENTION_NAME);
        last_end = first + gb;
        i = gb - 1;
        continue;
      }
      /* an organisation's acronym in capitals the model left out, which
       * the actor dictionaries know ("ECOWAS leaders condemned …") */
      if (gb == i + 1 && (gz & NM_GZ_ORG) &&
          !(gz & (NM_GZ_PERSON | NM_GZ_DEMONYM | NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1)) &&
          all_caps_word(&w[at])) {
        st = push_mention(d, (uint32_t)s, at, at + 1, NM_ENT_ORG, NM_MENTION_NAME);
        last_end = at + 1;
        continue;
      }
      /* an organisation's name after a lower-case "al-" or "el-" that the
       * actor dictionaries know and the model left out ("against
       * al-Shabaab"; not the modifier in "the al-Qaida-linked group") */
      if (gb > i + 2 && (gz & NM_GZ_ORG) &&
          !(gz & (NM_GZ_PERSON | NM_GZ_DEMONYM | NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1)) &&
          (tok_is(w[at].form, w[at].len, "al") || tok_is(w[at].form, w[at].len, "el")) &&
          w[at + 1].len == 1 && w[at + 1].form[0] == '-' && is_capitalised(&w[at + 2]) &&
          !(gb < n && w[first + gb].len == 1 && w[first + gb].form[0] == '-')) {
        st = push_mention(d, (uint32_t)s, at, first + gb, NM_ENT_ORG, NM_MENTION_NAME);
        last_end = first + gb;
        i = gb - 1;
        continue;
      }
      /* a capital or great city the model left out as a clause's subject
       * ("Beijing swiftly condemned …", tagged as a verb in -ing): a
       * verb or an adverb right after its one word */
      if (gb == i + 1 && (gz & NM_GZ_BIGCITY) && !(gz & (NM_GZ_PERSON | NM_GZ_DEMONYM)) &&
          is_capitalised(&w[at]) && i + 1 < n && w[at + 1].xpos &&
          (!strncmp(w[at + 1].xpos, "VB", 2) || !strcmp(w[at + 1].xpos, "MD") ||
           !strcmp(w[at + 1].xpos, "RB"))) {
        st = push_mention(d, (uint32_t)s, at, at + 1, NM_ENT_GPE, NM_MENTION_NAME);
        last_end = at + 1;
        continue;
      }
      /* an organisation's name the actor dictionaries know, the model
       * left out at the start of a sentence, set off by the description
       * after it: "Hamas, one of the factions, denied …", "Kataib
       * Hezbollah, one of the most powerful Iran-aligned factions, …" */
      if (i == 0 && !headline && gb && first + gb < first + n && w[first + gb].len == 1 &&
          w[first + gb].form[0] == ',' && is_capitalised(&w[at])) {
        uint32_t f = gz_span_flags(g, w, at, first + gb);
        bool words = true; /* (no date: "May 15, 2008") */
        for (size_t k = at; k < first + gb && words; k++)
          for (size_t q = 0; q < w[k].len && words; q++)
            words = !(w[k].form[q] >= '0' && w[k].form[q] <= '9');
        if (words && (f & NM_GZ_ORG) &&
            !(f & (NM_GZ_PERSON | NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_DEMONYM))) {
          st = push_mention(d, (uint32_t)s, at, first + gb, NM_ENT_ORG, NM_MENTION_NAME);
          last_end = first + gb;
          i = gb - 1;
          continue;
        }
      }
      /* a person's name the model left out at the start of a sentence,
       * set off by the description after it: "Mona Idris, a spokeswoman
       * for the group, said", "Salaheddine Sidhoum, Algeria's leading
       * activist, staged" */
      size_t pe = headline || i != 0 ? 0 : opening_name_end(tt, w + first, lab, n);
      if (pe) {
        st = push_mention(d, (uint32_t)s, at, first + pe, NM_ENT_PERSON, NM_MENTION_NAME);
        last_end = first + pe;
        i = pe - 1;
        continue;
      }
      /* a person's name the model left out after a capitalised title:
       * "Chinese Foreign Minister Wang Yi", two or three names,
       * none labelled, that the gazetteer does not hold as one place or
       * body, with no capitalised word after them */
      /* (in any sentence: a short one full of names reads as a headline) */
      if (i > 0 && after_title(tt, w, first, at)) {
        size_t e = i;
        /* (a proper noun, or a capitalised word tagged a noun: "Wang") */
        while (e < n && e < i + 3 && !lab[e] && name_word(&w[first + e]) &&
               is_capitalised(&w[first + e]) && w[first + e].upos &&
               (!strcmp(w[first + e].upos, "PROPN") || !strcmp(w[first + e].upos, "NOUN")) &&
               !function_word(&w[first + e]))
          e++;
        if (e >= i + 2 && (e == n || !is_capitalised(&w[first + e])) &&
            !(gz_span_flags(g, w, at, first + e) &
              (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_ORG |
               NM_GZ_DEMONYM))) {
          st = push_mention(d, (uint32_t)s, at, first + e, NM_ENT_PERSON, NM_MENTION_NAME);
          last_end = first + e;
          i = e - 1;
          continue;
        }
      }
      /* an organisation's name the model left out, capitalised words
       * ending in an organisation's head word ("The World Health
       * Organisation recommends", "the Social Security Administration") */
      size_t oe = headline ? 0 : unlabelled_org_end(w + first, lab, i, n);
      if (oe) {
        st = push_mention(d, (uint32_t)s, at, first + oe, NM_ENT_ORG, NM_MENTION_NAME);
        last_end = first + oe;
        i = oe - 1;
        continue;
      }
      /* "the ruling Georgian Dream party": two or more capitalised words
       * the model left out, right before a lower-case "party", name one */
      size_t pe2 = headline ? 0 : party_name_end(w + first, lab, i, n);
      if (pe2) {
        st = push_mention(d, (uint32_t)s, at, first + pe2, NM_ENT_ORG, NM_MENTION_NAME);
        last_end = first + pe2;
        i = pe2 - 1;
        continue;
      }
      /* "the University", "the House": an institution's word capitalised
       * after "the", with no other name word after it, names one */
      if (!headline && i > 0 && tok_is(w[at - 1].form, w[at - 1].len, "the") &&
          IN_LIST(&w[at], institutions) && !lab[i - 1] &&
          (i + 1 == n || (!lab[i + 1] && !name_word(&w[at + 1]) &&
                          !tok_is(w[at + 1].form, w[at + 1].len, "of")))) {
        size_t pend = purpose_end(w, at + 1, first + n);
        st = push_mention(d, (uint32_t)s, at, pend, NM_ENT_ORG, NM_MENTION_NAME);
        last_end = pend;
        i = pend - first - 1;
        continue;
      }
      /* "news editor at Global Voices", "a lecturer at Wexford Polytechnic":
       * capitalised words after a job's noun and "at", standing alone,
       * name the employer, unless the gazetteer knows them as a place */
      size_t je = headline ? 0 : employer_end(g, w + first, lab, i, n);
      if (je) {
        st = push_mention(d, (uint32_t)s, at, first + je, NM_ENT_ORG, NM_MENTION_NAME);
        last_end = first + je;
        i = je - 1;
        continue;
      }
      /* "Detik.com quoted him": a web site's capitalised name */
      if (web_name(&w[at])) {
        st = push_mention(d, (uint32_t)s, at, at + 1, NM_ENT_ORG, NM_MENTION_NAME);
        last_end = at + 1;
        continue;
      }
      /* "the Nation", "our Republic", "this Country": the country the
       * speaker belongs to, capitalised as a name; not before another name
       * word or "of" ("the Nation of Islam", "the Republic of Korea") */
      if (!headline && i > 0 && IN_LIST(&w[at], homelands) &&
          IN_LIST_CI(&w[at - 1], homeland_dets) && !lab[i - 1] &&
          (i + 1 == n || (!lab[i + 1] && !name_word(&w[at + 1]) &&
                          !tok_is(w[at + 1].form, w[at + 1].len, "of")))) {
        st = push_mention(d, (uint32_t)s, at, at + 1, NM_ENT_GPE, NM_MENTION_NAME);
        last_end = at + 1;
        continue;
      }
      /* a region from the curated table the model left out ("left the
       * Middle East"): the table holds only names that are places; a
       * capital next to it means a longer name ("Safe Passage
       * Mediterranean") */
      if (gb && (gz & NM_GZ_REGION) && !(gz & (NM_GZ_PERSON | NM_GZ_DEMONYM | NM_GZ_ORG)) &&
          !headline && is_capitalised(&w[at]) && is_capitalised(&w[first + gb - 1]) &&
          stands_alone(w + first, n, i, gb)) {
        st = push_mention(d, (uint32_t)s, at, first + gb, place_type(g, w, at, first + gb),
                          NM_MENTION_NAME);
        last_end = first + gb;
        i = gb - 1;
        continue;
      }
      /* "the town of Sake", "the city of El Fasher": the capitalised
       * words after a lower-case place word and "of" name the place */
      if (!headline && i >= 2 && is_capitalised(&w[at]) &&
          tok_is(w[at - 1].form, w[at - 1].len, "of") && !lab[i - 1] && !lab[i - 2]) {
        static const char *const kinds[] = {"town",   "city",   "village",      "district",
                                            "province", "region", "county",     "municipality",
                                            "township", "port"};
        bool kind = false;
        for (size_t q = 0; q < sizeof kinds / sizeof *kinds && !kind; q++)
          kind = tok_is(w[at - 2].form, w[at - 2].len, kinds[q]);
        size_t e = i;
        while (e < n && e - i < 3 && !lab[e] && is_capitalised(&w[first + e]) &&
               !all_punct(&w[first + e]))
          e++;
        if (kind && e > i) {
          st = push_mention(d, (uint32_t)s, at, first + e, NM_ENT_GPE, NM_MENTION_NAME);
          last_end = first + e;
          i = e - 1;
          continue;
        }
      }
      /* "the northwestern Sagaing region": a capitalised word or two the
       * model left out between a lower-case compass word (or "the") and a
       * lower-case region's kind name the region */
      if (!headline && i >= 1 && is_capitalised(&w[at]) && !lab[i - 1] &&
          (lower_compass(&w[at - 1]) || tok_is(w[at - 1].form, w[at - 1].len, "the"))) {
        /* (not a district, often a city's: "a hotel in the Beşiktaş
         * district", where the place would weigh as the story's country) */
        static const char *const regions[] = {"region", "province", "state", "county"};
        /* proper nouns, and the kind word the phrase's head ("the
         * Victorian state government" is an adjective and a modifier) */
        size_t e = i;
        while (e < n && e - i < 2 && !lab[e] && is_capitalised(&w[first + e]) &&
               !all_punct(&w[first + e]) && w[first + e].upos &&
               !strcmp(w[first + e].upos, "PROPN"))
          e++;
        const char *nu = e + 1 < n ? w[first + e + 1].upos : NULL;
        bool head = !nu || (strcmp(nu, "NOUN") != 0 && strcmp(nu, "PROPN") != 0);
        if (e > i && e < n && !lab[e] && lower_word(&w[first + e]) &&
            IN_LIST(&w[first + e], regions) && head) {
          st = push_mention(d, (uint32_t)s, at, first + e, NM_ENT_GPE, NM_MENTION_NAME);
          last_end = first + e;
          i = e - 1;
          continue;
        }
      }
      /* a one-word organisation of the actor dictionaries the model left
       * out that has a digit and capitals ("M23 rebels"): no common word
       * looks like that */
      if (gb == i + 1 && !headline && (gz & NM_GZ_ORG) &&
          !(gz & (NM_GZ_PERSON | NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_DEMONYM))) {
        bool digit = false, upper = true;
        for (size_t q = 0; q < w[at].len; q++) {
          char ch = w[at].form[q];
          digit |= ch >= '0' && ch <= '9';
          upper &= !(ch >= 'a' && ch <= 'z');
        }
        if (digit && upper && w[at].len >= 2 && is_capitalised(&w[at])) {
          st = push_mention(d, (uint32_t)s, at, at + 1, NM_ENT_ORG, NM_MENTION_NAME);
          last_end = at + 1;
          continue;
        }
      }
      /* a name of two words or more that the model left out, standing
       * alone (a capital next to it means a longer name: "New York
       * Times"): a city or state ("said in Tel Aviv"; one-word names are
       * too often other things), or an organisation of the actor
       * dictionaries ending in an organisation's head word ("The European
       * Union welcomed") */
      if (gb >= i + 2 && !headline && name_words(w + first, n, i, gb)) {
        const nm_nword *last = &w[first + gb - 1];
        nm_entity_type ty = NM_ENT_COUNT;
        if ((gz & (NM_GZ_CITY | NM_GZ_ADMIN1)) &&
            !(gz & (NM_GZ_PERSON | NM_GZ_DEMONYM | NM_GZ_ORG)))
          ty = NM_ENT_GPE;
        else if ((gz & NM_GZ_ORG) &&
                 !(gz & (NM_GZ_PERSON | NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1)) &&
                 (IN_LIST(last, org_heads) || tok_is(last->form, last->len, "nations") ||
                  tok_is(last->form, last->len, "international") ||
                  (gb >= i + 3 && !ends_in_title(tt, w, at, first + gb))))
          ty = NM_ENT_ORG;
        if (ty != NM_ENT_COUNT) {
          st = push_mention(d, (uint32_t)s, at, first + gb, ty, NM_MENTION_NAME);
          last_end = first + gb;
          i = gb - 1;
          continue;
        }
      }
      /* (not a language in a compound: "the French-speaking majority") */
      bool language = gb && gb + 1 < n && w[first + gb].len == 1 && w[first + gb].form[0] == '-' &&
                      tok_is(w[first + gb + 1].form, w[first + gb + 1].len, "speaking");
      /* (nor a language as a noun after a preposition or a verb of
       * speech: "the imposition of French in courts", "teach in English",
       * "speaks Arabic and French") */
      if (!language && gb == i + 1 && i > 0 && (gz & NM_GZ_DEMONYM) &&
          IN_LIST_CI(&w[at], nm_language_names) &&
          IN_LIST_CI(&w[at - 1], nm_language_before)) {
        /* (past a conjunction, the next word must be a language with no
         * noun after it too: "of Chinese and Singaporean investors", "of
         * Japanese and Chinese diplomats" are peoples') */
        size_t q = gb;
        if (q + 1 < n && (tok_is(w[first + q].form, w[first + q].len, "and") ||
                          tok_is(w[first + q].form, w[first + q].len, "or"))) {
          q += 2;
          if (!IN_LIST_CI(&w[first + q - 1], nm_language_names)) q = n + 1;
        }
        const nm_nword *x = q < n ? &w[first + q] : NULL;
        /* (nor before a hyphen or a comma: "Polish-made mines", "of
         * Russian, Moldovan and Transnistrian units") */
        if (x && (tok_is(x->form, x->len, "-") || tok_is(x->form, x->len, ","))) q = n + 1;
        language = q <= n && (!x || !x->upos ||
                              (strcmp(x->upos, "NOUN") && strcmp(x->upos, "PROPN") &&
                               strcmp(x->upos, "ADJ") && !is_capitalised(x)));
      }
      if (gb && (gz & NM_GZ_DEMONYM) && !language) {
        st = push_mention(d, (uint32_t)s, at, first + gb, NM_ENT_NORP, NM_MENTION_NAME);
        i = gb - 1;
        continue;
      }
      /* "a commerce ministry spokesman, He Yongqian, told": "He" in
       * capitals inside a sentence (the pronoun is "he" there) before a
       * capitalised proper noun and then punctuation or a verb is a
       * Chinese surname and its given name, a person */
      if (i > 0 && !headline && w[at].len == 2 && !memcmp(w[at].form, "He", 2) && i + 1 < n &&
          !lab[i + 1] && is_capitalised(&w[at + 1]) && w[at + 1].upos &&
          !strcmp(w[at + 1].upos, "PROPN") && !all_caps_word(&w[at + 1]) &&
          (i + 2 == n ||
           (w[at + 2].upos &&
            (!strcmp(w[at + 2].upos, "PUNCT") || !strcmp(w[at + 2].upos, "VERB") ||
             !strcmp(w[at + 2].upos, "AUX")))) &&
          !(w[at - 1].upos && !strcmp(w[at - 1].upos, "PUNCT") && w[at - 1].len == 1 &&
            (w[at - 1].form[0] == '"' || w[at - 1].form[0] == '(' || w[at - 1].form[0] == ':'))) {
        st = push_mention(d, (uint32_t)s, at, at + 2, NM_ENT_PERSON, NM_MENTION_NAME);
        last_end = at + 2;
        i++;
        continue;
      }
      if (person_pronoun(&w[at])) {
        st = push_mention(d, (uint32_t)s, at, at + 1, NM_ENT_PERSON, NM_MENTION_PRONOUN);
        continue;
      }
      /* a capitalised title the model left alone and the name after it:
       * "Prime Minister Abiy Ahmed", "Sen. Mara Velt" */
      size_t tn = headline ? 0 : titled_name_end(tt, w + first, lab, i, n, 0);
      if (tn) {
        size_t tl = tn >> 8, ne = tn & 0xFF;
        st = push_mention(d, (uint32_t)s, at + tl, first + ne, NM_ENT_PERSON, NM_MENTION_NAME);
        last_end = first + ne;
        i = ne - 1;
        continue;
      }
      /* a name of two or three words that opens its sentence (or follows
       * a dateline's dash) and is set off by ", who": a person the model
       * left out ("Gustavo Pereyra, who runs a kiosk in the Palermo
       * district, kept his shutters open") */
      bool opening = i == 0 || (i >= 1 && (tok_is(w[at - 1].form, w[at - 1].len, "-") ||
                                           (w[at - 1].len == 3 &&
                                            !memcmp(w[at - 1].form, "\xe2\x80\x94", 3))));
      if (!headline && opening && is_capitalised(&w[at]) && w[at].upos &&
          !strcmp(w[at].upos, "PROPN")) {
        size_t ne = name_after_title(tt, w + first, lab, i, n);
        bool names = ne >= i + 2 && ne <= i + 3 && ne + 1 < n;
        for (size_t k = i; names && k < ne; k++)
          names = w[first + k].upos && !strcmp(w[first + k].upos, "PROPN");
        if (names && tok_is(w[first + ne].form, w[first + ne].len, ",") &&
            tok_is(w[first + ne + 1].form, w[first + ne + 1].len, "who")) {
          st = push_mention(d, (uint32_t)s, at, first + ne, NM_ENT_PERSON, NM_MENTION_NAME);
          last_end = first + ne;
          i = ne - 1;
          continue;
        }
      }
      /* a name given as one: "who gave only his first name, Omar,", "who
       * gave his name as Asres Mekonnen" */
      bool given = i >= 2 && (tok_is(w[at - 1].form, w[at - 1].len, ",") ||
                              tok_is(w[at - 1].form, w[at - 1].len, "as"));
      if (!headline && given && is_capitalised(&w[at]) &&
          tok_is(w[at - 2].form, w[at - 2].len, "name")) {
        size_t ne = name_after_title(tt, w + first, lab, i, n);
        if (ne > i && ne <= i + 3) {
          st = push_mention(d, (uint32_t)s, at, first + ne, NM_ENT_PERSON, NM_MENTION_NAME);
          last_end = first + ne;
          i = ne - 1;
          continue;
        }
      }
      /* a name the model left out, set off by commas right after a title
       * in lower case and its portfolio: "Zimbabwe's deputy minister of
       * information, Constance Marufu, dismissed the criticism" */
      if (!headline && i >= 2 && tok_is(w[at - 1].form, w[at - 1].len, ",") &&
          is_capitalised(&w[at]) && lower_title_before_comma(tt, w + first, 0, i - 1)) {
        size_t ne = name_after_title(tt, w + first, lab, i, n);
        if (ne >= i + 2 && ne < n && tok_is(w[first + ne].form, w[first + ne].len, ",")) {
          st = push_mention(d, (uint32_t)s, at, first + ne, NM_ENT_PERSON, NM_MENTION_NAME);
          last_end = first + ne;
          i = ne - 1;
          continue;
        }
      }
      nm_entity_type nt;
      size_t nl = nominal_at(tt, w + first, lab, i, n, &nt);
      if (nl) {
        st = push_mention(d, (uint32_t)s, at, at + nl, nt, NM_MENTION_NOMINAL);
        i += nl - 1;
      }
    }
    if (st == NM_OK) st = anchored_titles(d, tt, g, w, s, first, n, lab, m0, covered);
  }
  if (st == NM_OK) join_particle_names(d, w);
  if (st == NM_OK) extend_particle_names(d, w);
  if (st == NM_OK) hyphen_names(g, d, w);
  if (st == NM_OK) qualified_demonyms(g, d, w);
  if (st == NM_OK) org_words_before(tt, d, w);
  if (st == NM_OK) org_of_tail(tt, g, d, w);
  if (st == NM_OK) org_prep_tail(tt, d, w);
  if (st == NM_OK) extend_after_title(tt, d, w);
  if (st == NM_OK) st = org_of_names(tt, d, w);
  if (st == NM_OK) st = drop_quoted_titles(g, d, w);
  if (st == NM_OK) headline_verbs(g, d, w);
  if (st == NM_OK) st = drop_common_words(d, w);
  if (st == NM_OK) st = one_type_per_name(g, d, w);
  if (st == NM_OK) surnames_not_places(g, d, w);
  if (st == NM_OK) st = defined_acronyms(g, d, w);
  if (st == NM_OK) st = bracketed_acronyms(d, w);
  if (st == NM_OK) st = propagate_names(tt, d, w);
  if (st == NM_OK) hyphen_given_names(tt, g, d, w);
  if (st == NM_OK) st = drop_quoted_titles(g, d, w); /* propagated into a title */
  if (st == NM_OK) st = places_not_people(tt, g, d, w);
  if (st == NM_OK) places_in_lists(d, w);
  if (st == NM_OK) st = split_titled_places(tt, g, d, w);
  if (st == NM_OK) offices_of(tt, g, d, w);
  if (st == NM_OK) appositive_types(g, d, w);
  if (st == NM_OK) party_names(d, w);
  if (st == NM_OK) company_names(d, w);
  if (st == NM_OK) titled_appositions(tt, d, w);
  if (st == NM_OK) drop_currency_countries(d, w);
  if (st == NM_OK) drop_former_states(d, w);
  if (st == NM_OK) drop_exclamations(d, w);
  if (st == NM_OK) drop_documents(d, w);
  if (st == NM_OK) drop_holidays(d, w);
  if (st == NM_OK) storm_names(d, w);
  if (st == NM_OK) vessel_names(d, w);
  if (st == NM_OK) plural_article_groups(d, w);
  if (st == NM_OK) feature_names(d, w);
  if (st == NM_OK) site_names(d, w);
  if (st == NM_OK) drop_facility_namesakes(d, w);
  if (st == NM_OK) drop_bare_titles(tt, d, w);
  if (st == NM_OK) drop_post_nominals(d, w);
  if (st == NM_OK) misread_names(g, d, w);
  if (st == NM_OK) st = collective_names(d, w);
  if (st == NM_OK) st = org_runs(d, w);
  if (st == NM_OK) st = lone_given_names(d, w);
  if (st == NM_OK) given_names_as_places(d, w);
  if (st == NM_OK) st = hyphenated_given_names(d, w);
  if (st == NM_OK) name_after_country(g, d, w);
  if (st == NM_OK) st = inverted_speakers(tt, d, w);
  if (st == NM_OK) st = gazetteer_orgs(g, d, w);
  if (st == NM_OK) st = dictionary_orgs(tt, d, w);
  if (st == NM_OK) st = head_first_orgs(g, d, w);
  if (st == NM_OK) st = firm_names(g, d, w);
  if (st == NM_OK) st = headline_names(g, d, w);
  if (st == NM_OK) st = drop_common_acronyms(d, w);
  if (st == NM_OK && d->has_dateline) st = dateline_place(g, d, w);
  if (st == NM_OK && d->has_dateline) st = dateline_names(g, d, w);
  if (st == NM_OK) article_types(d, w);
  if (st == NM_OK && d->has_dateline) {
    /* "GENEVA (Wire) —", "WASHINGTON (AP)": the name in the dateline's
     * brackets is the news agency, an organisation */
    const char *open =
        memchr(d->text + d->dateline.start, '(', d->dateline.end - d->dateline.start);
    nm_mention *ms = (nm_mention *)d->mentions.data;
    for (size_t i = 0; open && i < d->mentions.n; i++)
      if (ms[i].kind == NM_MENTION_NAME && ms[i].start > (uint32_t)(open - d->text) &&
          ms[i].end <= d->dateline.end)
        ms[i].type = NM_ENT_ORG;
  }
  if (st == NM_OK && d->mentions.n > 1) /* anchored titles start before their anchors */
    qsort(d->mentions.data, d->mentions.n, sizeof(nm_mention), cmp_mentions);
  free(covered);
  free(lab);
  free(w);
  return st;
}
