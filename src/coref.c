/* coref.c - stage "coref": mentions clustered into entities per article.
 *
 * Mentions are visited in text order. A name joins an earlier entity when
 *   - it is the same name (ASCII case ignored);
 *   - for people, it is a shorter form of the entity's fullest name that
 *     ends with the same word ("Blinken", "Antony Blinken"), or the
 *     entity's name is a shorter form of it (the entity then takes it);
 *   - for organisations, it is the acronym of the entity's name or the
 *     other way round ("UNRWA", "United Nations Relief and Works Agency");
 *   - for countries and demonyms, the gazetteer gives both the same country
 *     ("U.S.", "United States", "American").
 * When several entities qualify, the most recently mentioned wins.
 * A personal pronoun takes the most salient person entity of agreeing
 * gender within the last six sentences: subjects over other mentions,
 * nearer sentences over farther, and the article's frequent people over
 * those it names once or twice (resolve_pronoun has the weights).
 * Unresolved pronouns are dropped. See docs/entities.md. */
#include "entities.h"
#include "titles.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_NAME 16 /* tokens of a name compared */

typedef struct ent {
  uint32_t canon; /* mention giving the name */
  uint32_t last;  /* last mention */
  uint32_t votes[NM_ENT_COUNT];
  int gender; /* 0 unknown, 1 male, 2 female */
  char iso3[4];
  int country;                     /* the entity is a country (gazetteer) */
  uint32_t title_start, title_end; /* bytes; equal when there is none */
  uint64_t title_head;             /* hash of the title's head word */
  uint32_t mentions_seen;
} ent;

typedef struct ctx {
  nm_doc *d;
  const nm_gazetteer *g;
  nm_mention *m;
  size_t nm;
  ent *e;
  size_t ne;
  uint64_t *h; /* lower-cased token hashes, per document token */
  struct name_slot {
    uint64_t key; /* 0 = empty */
    uint32_t entity;
  } * names; /* exact names seen so far -> their latest entity */
  uint64_t names_mask;
  const nm_titles *titles;
} ctx;

/* Entities looked at for the looser matches, most recent first. */
#define RECENT_ENTITIES 256

/* Tokens of a place's name before its name proper: a lower-case compass
 * word ("southern Gaza", "northern Mali" are Gaza and Mali); 0 or 1. */
static uint32_t compass_words(const ctx *c, const nm_mention *m) {
  static const char *const w[] = {"northern",     "southern",     "eastern",      "western",
                                  "central",      "northeastern", "northwestern", "southeastern",
                                  "southwestern", "north",        "south",        "east",
                                  "west",         NULL};
  if ((m->type != NM_ENT_GPE && m->type != NM_ENT_LOC) || m->n_tokens < 2) return 0;
  size_t len;
  const char *s = nm_tok_text(c->d, m->first_token, &len);
  for (size_t k = 0; w[k]; k++)
    if (strlen(w[k]) == len && !memcmp(s, w[k], len)) return 1;
  return 0;
}

static uint64_t name_key(const ctx *c, const nm_mention *m) {
  uint32_t k = compass_words(c, m);
  return nm_gz_key(c->h + m->first_token + k, m->n_tokens - k) | 1u;
}

static struct name_slot *name_find(const ctx *c, uint64_t key) {
  uint64_t i = key & c->names_mask;
  while (c->names[i].key && c->names[i].key != key)
    i = (i + 1) & c->names_mask;
  return &c->names[i];
}

static uint64_t tok_hash(const nm_doc *d, size_t i) {
  size_t len;
  const char *s = nm_tok_text(d, i, &len);
  /* "ex-President": the title ("former" is read from the text) */
  if (nm_title_ex_prefix(s, len)) s += 3, len -= 3;
  return nm_gz_token_hash(s, len);
}

/* True when short's tokens appear in long's in order and both end with the
 * same token. */
static int shorter_form(const ctx *c, const nm_mention *sh, const nm_mention *lo) {
  if (sh->n_tokens >= lo->n_tokens) return 0;
  if (c->h[sh->first_token + sh->n_tokens - 1] != c->h[lo->first_token + lo->n_tokens - 1])
    return 0;
  uint32_t j = 0;
  for (uint32_t k = 0; k < lo->n_tokens && j < sh->n_tokens; k++)
    if (c->h[lo->first_token + k] == c->h[sh->first_token + j]) j++;
  return j == sh->n_tokens;
}

/* True when one is a single word inside a name of three words or more,
 * neither its first nor its last, before a lower-case particle ("Lula",
 * "Luiz Inácio Lula da Silva") or as the first of two surnames ("Petro",
 * "Gustavo Petro Urrego"). */
static int inner_name(const ctx *c, const nm_mention *one, const nm_mention *full) {
  if (one->n_tokens != 1 || full->n_tokens < 3) return 0;
  for (uint32_t k = 1; k + 1 < full->n_tokens; k++) {
    if (c->h[one->first_token] != c->h[full->first_token + k]) continue;
    size_t len;
    const char *nx = nm_tok_text(c->d, full->first_token + k + 1, &len);
    if (len && nx[0] >= 'a' && nx[0] <= 'z') return 1;
    if (k + 2 == full->n_tokens) return 1;
  }
  return 0;
}

/* True when one is a single word, the first word of the longer name
 * ("Isabel" and "Isabel Ruiz"). */
static int given_name(const ctx *c, const nm_mention *one, const nm_mention *full) {
  return one->n_tokens == 1 && full->n_tokens >= 2 &&
         c->h[one->first_token] == c->h[full->first_token];
}

static int is_upper(unsigned char ch) { return ch >= 'A' && ch <= 'Z'; }

/* Letters of a one-token acronym ("UNRWA", "U.N."), upper case, into
 * out[0..cap); 0 when the token is not one. */
static size_t acronym_letters(const nm_doc *d, const nm_mention *m, char *out, size_t cap) {
  if (m->n_tokens != 1) return 0;
  size_t len, k = 0;
  const char *s = nm_tok_text(d, m->first_token, &len);
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == '.') continue;
    if (!is_upper(ch) || k + 1 >= cap) return 0;
    out[k++] = (char)ch;
  }
  return k >= 2 ? k : 0;
}

static int minor_word(const char *s, size_t n) {
  /* (and a possessive: "All People's Congress", APC) */
  static const char *const w[] = {"of", "the", "for", "and", "on", "in",   "&",
                                  "to", "de",  "at",  "'s",  "\xe2\x80\x99s", "-"};
  for (size_t k = 0; k < sizeof w / sizeof *w; k++)
    if (strlen(w[k]) == n && memcmp(w[k], s, n) == 0) return 1;
  return 0;
}

/* True when acr is the initials of the capitalised words of name. */
static int acronym_of(const ctx *c, const nm_mention *acr, const nm_mention *name) {
  char a[32], ini[32];
  size_t na = acronym_letters(c->d, acr, a, sizeof a), ni = 0;
  if (!na || name->n_tokens < 2) return 0;
  for (uint32_t k = 0; k < name->n_tokens; k++) {
    size_t len;
    const char *s = nm_tok_text(c->d, name->first_token + k, &len);
    if (!len || minor_word(s, len)) continue;
    if (!is_upper((unsigned char)s[0])) return 0;
    if (ni + 1 >= sizeof ini) return 0;
    ini[ni++] = s[0];
  }
  return ni == na && memcmp(a, ini, na) == 0;
}

/* True when acr stands in brackets right after name and its letters are
 * found in name's words in order, from its last letter back, the first
 * at the start of a word (Schwartz and Hearst 2003): "Economic Community
 * of West African States (ECOWAS)", where the initials alone are ECWAS. */
static int bracket_acronym(const ctx *c, const nm_mention *acr, const nm_mention *name) {
  char a[32];
  size_t na = acronym_letters(c->d, acr, a, sizeof a);
  if (!na || name->n_tokens < 2 || name->first_token + name->n_tokens + 1 != acr->first_token)
    return 0;
  size_t len;
  const char *br = nm_tok_text(c->d, name->first_token + name->n_tokens, &len);
  if (len != 1 || br[0] != '(') return 0;
  const nm_token *ts = (const nm_token *)c->d->tokens.data;
  size_t lo = ts[name->first_token].start, hi = ts[name->first_token + name->n_tokens - 1].end;
  if (hi - lo > 256) return 0;
  const char *s = c->d->text;
  size_t i = hi;
  for (size_t k = na; k-- > 0;) {
    char want = a[k];
    for (;;) {
      if (i == lo) return 0;
      i--;
      char ch = s[i];
      if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 'a' + 'A');
      bool start = i == lo || s[i - 1] == ' ' || s[i - 1] == '-';
      if (ch == want && (k > 0 || start)) break;
    }
  }
  return 1;
}

/* True when acr stands in brackets right after name, closes them, and
 * all its letters but one at most, at least half of them and the first
 * among them, are initials of name's capitalised words: an acronym
 * of the name in another language ("the Supreme Electoral Tribunal
 * (TSE)", "General Confederation of Labour (CGT)", "Supreme Federal Court
 * (STF)"). */
static int foreign_bracket_acronym(const ctx *c, const nm_mention *acr, const nm_mention *name) {
  char a[32], ini[32];
  size_t na = acronym_letters(c->d, acr, a, sizeof a), ni = 0;
  if (!na || name->n_tokens < 2 || name->first_token + name->n_tokens + 1 != acr->first_token ||
      acr->first_token + 1 >= c->d->tokens.n)
    return 0;
  size_t len;
  const char *br = nm_tok_text(c->d, name->first_token + name->n_tokens, &len);
  if (len != 1 || br[0] != '(') return 0;
  br = nm_tok_text(c->d, acr->first_token + 1, &len);
  if (len != 1 || br[0] != ')') return 0;
  for (uint32_t k = 0; k < name->n_tokens && ni + 1 < sizeof ini; k++) {
    const char *w = nm_tok_text(c->d, name->first_token + k, &len);
    if (len && is_upper((unsigned char)w[0])) ini[ni++] = w[0];
  }
  bool used[32] = {false};
  size_t hit = 0;
  bool first = false;
  for (size_t k = 0; k < na; k++)
    for (size_t j = 0; j < ni; j++)
      if (!used[j] && ini[j] == a[k]) {
        used[j] = true;
        hit++;
        first = first || k == 0;
        break;
      }
  /* (one letter at most that no initial gives: "(TOXCS)" after "the Tovar
   * Community of Coastal States" is no acronym of it) */
  return first && 2 * hit >= na && na - hit <= 1;
}

/* Whether mention m follows an organisation's possessive ("the EU's
 * Council"): the owner's own body, not another body's name that ends in
 * the same word ("the National Electoral Council"). */
static bool org_owned(const ctx *c, const nm_mention *m) {
  if (m->first_token < 2) return false;
  size_t len;
  const char *t = nm_tok_text(c->d, m->first_token - 1, &len);
  if (!((len == 2 && !memcmp(t, "'s", 2)) || (len == 4 && !memcmp(t, "\xe2\x80\x99s", 4))))
    return false;
  for (size_t k = 0; k < c->nm; k++)
    if (c->m[k].type == NM_ENT_ORG && c->m[k].n_tokens &&
        c->m[k].first_token + c->m[k].n_tokens == m->first_token - 1)
      return true;
  return false;
}

/* Gazetteer entry of a mention's exact tokens. */
static int gz_entry(const ctx *c, const nm_mention *m, nm_gz_entry *e) {
  uint32_t k = compass_words(c, m);
  if (!c->g || m->n_tokens - k > NM_GZ_MAX_TOKENS) return 0;
  if (!nm_gazetteer_get(c->g, c->h + m->first_token + k, m->n_tokens - k, e)) return 0;
  return (e->flags & ~(uint32_t)NM_GZ_PREFIX) != 0;
}

/* A mention written in capitals throughout ("ISLAMABAD" in a dateline or
 * headline): a canonical name is better in the article's own case. */
static bool shouted(const ctx *c, const nm_mention *m) {
  const nm_token *t = (const nm_token *)c->d->tokens.data;
  size_t letters = 0;
  for (uint32_t i = m->first_token; i < m->first_token + m->n_tokens; i++)
    for (uint32_t b = t[i].start; b < t[i].end; b++) {
      unsigned char ch = (unsigned char)c->d->text[b];
      if (ch >= 'a' && ch <= 'z') return false;
      letters += is_upper(ch);
    }
  return letters > 3;
}

/* Same words, better written: the article's case over a dateline's
 * capitals, a country's name over its demonym read as a place ("Somali
 * hotel", then "Somalia"). */
static bool better_form(const ctx *c, const nm_mention *m, const nm_mention *cm) {
  if (m->type != cm->type || m->type == NM_ENT_NORP) return false;
  if (m->n_tokens == cm->n_tokens && shouted(c, cm) && !shouted(c, m)) return true;
  nm_gz_entry a, b;
  return m->type == NM_ENT_GPE && gz_entry(c, cm, &a) && gz_entry(c, m, &b) &&
         (a.flags & NM_GZ_DEMONYM) && !(a.flags & NM_GZ_COUNTRY) &&
         (b.flags & NM_GZ_COUNTRY) && !(b.flags & NM_GZ_DEMONYM);
}

static ent *new_entity(ctx *c, uint32_t mi) {
  ent *e = &c->e[c->ne];
  memset(e, 0, sizeof *e);
  e->canon = e->last = mi;
  c->m[mi].entity = (uint32_t)c->ne++;
  return e;
}

static void join(ctx *c, uint32_t ei, uint32_t mi) {
  c->m[mi].entity = ei;
  c->e[ei].last = mi;
  c->e[ei].mentions_seen++;
}

static int tok_eq(const nm_doc *d, size_t i, const char *s);

/* "North", "South" ... alone after "the" ("the North's first launch"):
 * the short name of a country named for its part of a peninsula. */
static int compass_short(const ctx *c, const nm_mention *m) {
  if (m->n_tokens != 1 || m->first_token == 0) return 0;
  size_t i = m->first_token;
  if (!tok_eq(c->d, i - 1, "the") && !tok_eq(c->d, i - 1, "The")) return 0;
  return tok_eq(c->d, i, "North") || tok_eq(c->d, i, "South");
}

/* The entity a name mention joins, or -1. */
static int possessive_at(const nm_doc *d, size_t i);
static int country_of(const ctx *c, size_t a, size_t b, char *iso3);
static bool tok_in(const nm_doc *d, size_t i, const char *const *w);

/* Whether mention m names a state body by common words only ("Foreign
 * Ministry", "Defense Ministry", "Army", "Supreme Court"), a name every
 * state's body has. */
static bool generic_body_name(const ctx *c, const nm_mention *m) {
  static const char *const words[] = {
      "Foreign",  "Defense",  "Defence",  "Interior", "Justice",  "Finance",  "Health",
      "Ministry", "Army",     "Navy",     "Air",      "Force",    "Forces",   "Armed",
      "Parliament", "Cabinet", "Police",  "National", "Security", "Council",  "Supreme",
      "Court",    "Central",  "Bank",     "Coast",    "Guard",    "Presidency", "Embassy",
      "Intelligence", "Service", "Affairs", "of",    "Home",     "Office",   "Border",
      "Guards",   "Military", "Information", "Culture", "Trade",  "Economy",  NULL};
  if (m->type != NM_ENT_ORG || m->kind != NM_MENTION_NAME || m->n_tokens > 4) return false;
  for (uint32_t k = 0; k < m->n_tokens; k++) {
    bool in = false;
    for (size_t q = 0; words[q] && !in; q++)
      in = tok_eq(c->d, m->first_token + k, words[q]);
    if (!in) return false;
  }
  return true;
}

/* The owner written right before mention m's name ("Qatar's Foreign
 * Ministry", "the Taliban-run Foreign Ministry", "the Iranian Army"): a
 * country's code in iso3, or else the owner word's own text (*w, *wn);
 * 0 when there is none. */
static int body_owner(const ctx *c, const nm_mention *m, char iso3[4], const char **w,
                      size_t *wn) {
  size_t a = m->first_token;
  if (a == 0 || c->d->tokens.data == NULL) return 0;
  const nm_token *t = (const nm_token *)c->d->tokens.data;
  if (t[a - 1].sentence != m->sentence) return 0;
  if (a >= 2 && possessive_at(c->d, a - 1) && t[a - 2].sentence == m->sentence) {
    if (country_of(c, a - 2, a - 1, iso3)) return 1;
    *w = nm_tok_text(c->d, a - 2, wn);
    return 2;
  }
  if (country_of(c, a - 1, a, iso3)) return 1;
  static const char *const run[] = {"run", "led", "backed", "controlled", "appointed", NULL};
  if (a >= 3 && tok_in(c->d, a - 1, run) && tok_eq(c->d, a - 2, "-") &&
      t[a - 3].sentence == m->sentence) /* "the Taliban-run Foreign Ministry" */
    a -= 2;
  if (country_of(c, a - 1, a, iso3)) return 1;
  static const char *const det[] = {"The", "A", "An", "This", "That", "Its", "His", "Her",
                                    "Their", "Our", "Your", "My", NULL};
  size_t n;
  const char *p = nm_tok_text(c->d, a - 1, &n);
  if (n > 0 && p[0] >= 'A' && p[0] <= 'Z' && !tok_in(c->d, a - 1, det)) {
    *w = p;
    *wn = n;
    return 2;
  }
  return 0;
}

/* Whether two mentions of one generic body name have different owners
 * written before them ("the Taliban-run Foreign Ministry" and "Qatar's
 * Foreign Ministry": two ministries); a mention with no owner before it
 * may be either. */
static bool other_owner(const ctx *c, const nm_mention *x, const nm_mention *y) {
  char cx[4] = "", cy[4] = "";
  const char *wx = NULL, *wy = NULL;
  size_t nx = 0, ny = 0;
  int ox = body_owner(c, x, cx, &wx, &nx), oy = body_owner(c, y, cy, &wy, &ny);
  if (!ox || !oy) return false;
  if (ox == 1 && oy == 1) return strcmp(cx, cy) != 0;
  if (ox == 2 && oy == 2) return nx != ny || memcmp(wx, wy, nx) != 0;
  return true;
}

static bool says_subject(const nm_doc *d, const nm_mention *p);
/* The country of the dateline's place (its last place with a country in
 * the gazetteer) into out; false when there is none. */
static int gz_entry(const ctx *c, const nm_mention *m, nm_gz_entry *e);
static bool dateline_iso(const ctx *c, char out[4]) {
  out[0] = 0;
  if (!c->d->has_dateline) return false;
  for (uint32_t i = 0; i < c->nm; i++) {
    const nm_mention *m = &c->m[i];
    if (m->start >= c->d->dateline.end) break;
    nm_gz_entry e;
    if (m->start >= c->d->dateline.start && m->type == NM_ENT_GPE && gz_entry(c, m, &e) &&
        e.iso3[0])
      memcpy(out, e.iso3, 4);
  }
  return out[0] != 0;
}

/* Whether mention m is name cm without its last word, which is one of
 * the NULL-terminated words last ("Polisario" of "Polisario Front"). */
static bool name_but_last(const ctx *c, const nm_mention *m, const nm_mention *cm,
                          const char *const *last) {
  if (cm->n_tokens != m->n_tokens + 1) return false;
  for (uint32_t q = 0; q < m->n_tokens; q++)
    if (c->h[m->first_token + q] != c->h[cm->first_token + q]) return false;
  for (size_t q = 0; last[q]; q++)
    if (tok_eq(c->d, cm->first_token + cm->n_tokens - 1, last[q])) return true;
  return false;
}

/* Whether one-word name m is set off before an age ("Kim, a 31-year-old
 * office worker, said"): a person the story brings in, not one named
 * before by that first name (Kim Jong Un). */
static bool introduced_by_age(const ctx *c, const nm_mention *m) {
  uint32_t b = m->first_token + m->n_tokens;
  if (m->n_tokens != 1 || b + 6 >= c->d->tokens.n) return false;
  /* (not a place fronted with its preposition: "In Uri, a 34-year-old
   * shopkeeper said") */
  static const char *const preps[] = {"in", "In", "outside", "Outside", "near", "Near", "at",
                                      "At", "from", "From", "around", "Around", NULL};
  if (m->first_token > 0 && tok_in(c->d, m->first_token - 1, preps)) return false;
  static const char *const an[] = {"a", "an", NULL};
  return tok_eq(c->d, b, ",") && tok_in(c->d, b + 1, an) && nm_tok_year_old(c->d, b + 2);
}

static long match_name(const ctx *c, uint32_t mi, const nm_gz_entry *ge, int has_ge) {
  const nm_mention *m = &c->m[mi];
  int country = has_ge && (ge->flags & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)) && ge->iso3[0];
  long best = -1;
  /* (then only as a surname: "Novak, a 52-year-old former judge" after
   * "Marta Novak") */
  bool aged = m->type == NM_ENT_PERSON && introduced_by_age(c, m);
  if (!aged) {
    /* the same name, a demonym only with a demonym ("Democrats", or the
     * adjective of a place the gazetteer lacks) */
    const struct name_slot *s = name_find(c, name_key(c, m));
    if (s->key && (c->m[c->e[s->entity].canon].type == NM_ENT_NORP) == (m->type == NM_ENT_NORP))
      best = (long)s->entity;
    /* (not another state's body of the same common name) */
    if (best >= 0 && generic_body_name(c, m) && other_owner(c, m, &c->m[c->e[best].canon]))
      best = -1;
    /* (nor, named with another country's owner, the body a story first
     * named bare under its dateline: "HANOI — Foreign Ministry
     * spokesperson …", then "Chinese Foreign Ministry spokesperson …") */
    char mo[4] = "", co[4] = "", dl[4];
    const char *w1 = NULL, *w2 = NULL;
    size_t n1 = 0, n2 = 0;
    if (best >= 0 && generic_body_name(c, m) && body_owner(c, m, mo, &w1, &n1) == 1 &&
        !body_owner(c, &c->m[c->e[best].canon], co, &w2, &n2) && dateline_iso(c, dl) &&
        strcmp(dl, mo) != 0)
      best = -1;
  }
  size_t stop = c->ne > RECENT_ENTITIES ? c->ne - RECENT_ENTITIES : 0;
  for (size_t k = c->ne; k-- > stop;) {
    const ent *e = &c->e[k];
    const nm_mention *cm = &c->m[e->canon];
    int ok = 0;
    if (country && e->country && strcmp(e->iso3, ge->iso3) == 0) ok = 1;
    if (!ok && m->type == NM_ENT_PERSON && cm->type == NM_ENT_PERSON)
      ok = shorter_form(c, m, cm) || shorter_form(c, cm, m) ||
           (!aged && (given_name(c, m, cm) || given_name(c, cm, m) || inner_name(c, m, cm) ||
                      inner_name(c, cm, m)));
    /* "Polisario" after "Polisario Front": a body's name without its
     * head word (Front, Movement, Party …) is that body, whatever the
     * model typed it */
    /* (not a place's: "Armenia" after "the opposition Armenia Alliance") */
    if (!ok && m->kind == NM_MENTION_NAME &&
        (m->type == NM_ENT_PERSON || m->type == NM_ENT_ORG) && !country &&
        cm->type == NM_ENT_ORG && cm->kind == NM_MENTION_NAME &&
        cm->n_tokens == m->n_tokens + 1) {
      static const char *const heads[] = {"Front", "Movement", "Party", "Alliance", "Brigades",
                                          "Coalition", NULL};
      ok = name_but_last(c, m, cm, heads);
    }
    /* "Southern Command" after "U.S. Southern Command": a body's name
     * without its country's initials is that body (not the country of
     * the sentence it recurs in) */
    if (!ok && m->kind == NM_MENTION_NAME && m->type == NM_ENT_ORG && !country &&
        cm->type == NM_ENT_ORG && cm->kind == NM_MENTION_NAME && m->n_tokens >= 2 &&
        cm->n_tokens == m->n_tokens + 1) {
      static const char *const initials[] = {"U.S.", "US", "U.K.", "UK", "EU", "E.U.", NULL};
      ok = tok_in(c->d, cm->first_token, initials);
      for (uint32_t q = 0; ok && q < m->n_tokens; q++)
        ok = c->h[m->first_token + q] == c->h[cm->first_token + 1 + q];
    }
    /* "League" after "the Arab League", "the Court" after "the
     * International Criminal Court": a body's head word alone is the
     * latest body so named, whatever the model typed it */
    if (!ok && m->kind == NM_MENTION_NAME && m->n_tokens == 1 && !country &&
        (m->type == NM_ENT_PERSON || m->type == NM_ENT_ORG) && cm->type == NM_ENT_ORG &&
        cm->kind == NM_MENTION_NAME && cm->n_tokens >= 2 &&
        c->h[m->first_token] == c->h[cm->first_token + cm->n_tokens - 1]) {
      static const char *const heads[] = {"League",   "Union",    "Court", "Commission",
                                          "Council",  "Tribunal", "Assembly", NULL};
      for (size_t q = 0; heads[q] && !ok; q++)
        ok = tok_eq(c->d, m->first_token, heads[q]);
    }
    /* "Scarborough" after "Scarborough Shoal": a place's name without its
     * feature word (shoal, island, reef, strait …) is that place, not a
     * town of the same name elsewhere */
    if (!ok && (m->type == NM_ENT_GPE || m->type == NM_ENT_LOC) &&
        (cm->type == NM_ENT_LOC || cm->type == NM_ENT_GPE) && cm->kind == NM_MENTION_NAME &&
        cm->n_tokens == m->n_tokens + 1 && m->n_tokens >= 1) {
      static const char *const features[] = {"Shoal", "Island", "Islands", "Reef", "Strait",
                                             "Peninsula", "Atoll", "Archipelago", "Cay", NULL};
      ok = name_but_last(c, m, cm, features);
    }
    /* "the General Assembly" after "the U.N. General Assembly": a body's
     * name without the "U.N." or "United Nations" before it */
    if (!ok && m->type == NM_ENT_ORG && cm->type == NM_ENT_ORG && cm->kind == NM_MENTION_NAME &&
        m->n_tokens >= 2 && shorter_form(c, m, cm) &&
        c->h[m->first_token] == c->h[cm->first_token + cm->n_tokens - m->n_tokens]) {
      uint32_t extra = cm->n_tokens - m->n_tokens;
      ok = (extra == 1 && (tok_eq(c->d, cm->first_token, "U.N.") ||
                           tok_eq(c->d, cm->first_token, "UN"))) ||
           (extra == 2 && tok_eq(c->d, cm->first_token, "United") &&
            tok_eq(c->d, cm->first_token + 1, "Nations"));
    }
    /* "Venezuela's Maduro" in a headline, typed a place or a body by the
     * model, then "President Nicolas Maduro": a lone word the gazetteer
     * knows as no place is the person's surname */
    if (!ok && m->type == NM_ENT_PERSON && m->kind == NM_MENTION_NAME && cm->n_tokens == 1 &&
        (cm->type == NM_ENT_GPE || cm->type == NM_ENT_ORG) && !e->country &&
        shorter_form(c, cm, m)) {
      nm_gz_entry ce;
      const uint32_t place = NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION |
                             NM_GZ_DEMONYM | NM_GZ_ORG;
      ok = !gz_entry(c, cm, &ce) || !(ce.flags & place);
    }
    /* "a hostage, Arbel Yehud" … "release Yehud": a lone word the model
     * typed a place (a town of that name) after a person's full name
     * ending in it is the person, unless it names a country, a state or
     * a big city */
    /* ... or the surname with its particle ("Al-Marwani" after "Khaled
     * Saif al-Marwani") */
    if (!ok && cm->type == NM_ENT_PERSON && cm->kind == NM_MENTION_NAME &&
        (m->n_tokens == 1 || (m->n_tokens == 3 && tok_eq(c->d, m->first_token + 1, "-") &&
                              (tok_eq(c->d, m->first_token, "Al") ||
                               tok_eq(c->d, m->first_token, "El") ||
                               tok_eq(c->d, m->first_token, "al") ||
                               tok_eq(c->d, m->first_token, "el")))) &&
        (m->type == NM_ENT_GPE || m->type == NM_ENT_ORG) && !country && shorter_form(c, m, cm)) {
      ok = !has_ge || !(ge->flags & (NM_GZ_COUNTRY | NM_GZ_ADMIN1 | NM_GZ_BIGCITY | NM_GZ_REGION |
                                     NM_GZ_DEMONYM | NM_GZ_ORG));
      /* ... or a state or city of another country than the dateline's
       * ("Foreign Minister Rubén Villalba" … "Villalba said" in a story
       * from Asunción; Villalba a municipality of Puerto Rico) */
      char dl[4];
      if (!ok && has_ge && ge->iso3[0] && !(ge->flags & (NM_GZ_DEMONYM | NM_GZ_ORG)) &&
          dateline_iso(c, dl) && strcmp(dl, ge->iso3) != 0)
        ok = 1;
    }
    /* ... and a country's name that says something after a person's full
     * name ending in it, when no entity of the article is that country
     * ("the regional police commander, Col. Jairo Montenegro" …
     * "Montenegro said") */
    if (!ok && country && cm->type == NM_ENT_PERSON && cm->kind == NM_MENTION_NAME &&
        m->n_tokens == 1 && m->kind == NM_MENTION_NAME && cm->n_tokens >= 2 &&
        says_subject(c->d, m) && shorter_form(c, m, cm)) {
      bool named = false;
      for (size_t q = 0; q < c->ne && !named; q++)
        named = c->e[q].country && !strcmp(c->e[q].iso3, ge->iso3);
      ok = !named;
    }
    /* "Hamzah said" after "Tan Sri Hamzah Idris": the given name after a
     * Malay or Arab honorific is how the person is named again (whatever
     * the model typed it; the dictionaries may know another of that name) */
    if (!ok && cm->type == NM_ENT_PERSON && cm->kind == NM_MENTION_NAME && m->n_tokens == 1 &&
        cm->n_tokens >= 3 && m->kind == NM_MENTION_NAME && !country) {
      static const char *const honorific[] = {"Tan", "Sri", "Datuk", "Dato", "Seri", "Sheikh",
                                              "Tun", "Dr.", NULL};
      uint32_t g = 0; /* the first word after the honorifics */
      while (g + 2 < cm->n_tokens && tok_in(c->d, cm->first_token + g, honorific))
        g++;
      ok = g > 0 && c->h[m->first_token] == c->h[cm->first_token + g] &&
           (!has_ge || !(ge->flags & (NM_GZ_COUNTRY | NM_GZ_ADMIN1 | NM_GZ_BIGCITY |
                                      NM_GZ_REGION | NM_GZ_DEMONYM)));
    }
    /* "the North" after "North Korea", "the South" after "South Sudan" */
    if (!ok && e->country && cm->type == NM_ENT_GPE && cm->n_tokens == 2 && compass_short(c, m) &&
        c->h[m->first_token] == c->h[cm->first_token])
      ok = 1;
    /* "Treasury said" after "The U.S. Treasury Department": an
     * institution's one word inside a longer body's name */
    if (!ok && m->type == NM_ENT_ORG && cm->type == NM_ENT_ORG && m->n_tokens == 1 &&
        cm->n_tokens > 1 && cm->kind == NM_MENTION_NAME) {
      size_t len;
      const char *t = nm_tok_text(c->d, m->first_token, &len);
      if (nm_mention_org_word(t, len))
        for (uint32_t k2 = 0; k2 < cm->n_tokens && !ok; k2++)
          ok = c->h[cm->first_token + k2] == c->h[m->first_token];
    }
    /* "The Navy said" after "the U.S. Navy", and a headline's "Navy"
     * before it: a state's armed body by its one word is the longer name
     * that ends in it */
    if (!ok && m->type == NM_ENT_ORG && cm->type == NM_ENT_ORG &&
        (m->n_tokens == 1) != (cm->n_tokens == 1)) {
      const nm_mention *one = m->n_tokens == 1 ? m : cm, *full = m->n_tokens == 1 ? cm : m;
      size_t len;
      const char *t = nm_tok_text(c->d, one->first_token, &len);
      /* (and an institution's word: "Commission trade spokeswoman X"
       * after "the European Commission") */
      ok = (nm_mention_service_word(t, len) || nm_mention_institution_word(t, len)) &&
           full->kind == NM_MENTION_NAME && full->n_tokens <= 4 &&
           c->h[full->first_token + full->n_tokens - 1] == c->h[one->first_token] &&
           !org_owned(c, one);
    }
    if (!ok && m->type == NM_ENT_ORG && cm->type == NM_ENT_ORG) {
      char x[32], y[32];
      size_t nx = acronym_letters(c->d, m, x, sizeof x),
             ny = acronym_letters(c->d, cm, y, sizeof y);
      ok =
          (nx && nx == ny && memcmp(x, y, nx) == 0) || acronym_of(c, m, cm) ||
          acronym_of(c, cm, m) || bracket_acronym(c, m, cm) ||
          foreign_bracket_acronym(c, m, cm);
    }
    if (ok && (best < 0 || e->last > c->e[best].last)) best = (long)k;
  }
  return best;
}

/* Index of the head token of a mention (the token whose head lies outside
 * the span), or its last token when the document is not parsed. */
static bool tok_is_comma(const nm_doc *d, size_t i) {
  size_t len;
  const char *t = nm_tok_text(d, i, &len);
  return len == 1 && t[0] == ',';
}

static uint32_t mention_head(const nm_doc *d, const nm_mention *m) {
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  if (d->tags.n != d->tokens.n) return m->first_token + m->n_tokens - 1;
  for (uint32_t k = 0; k < m->n_tokens; k++) {
    uint32_t i = m->first_token + k, h = t[i].head; /* 1-based in the sentence */
    if (!t[i].deprel) break;
    uint32_t hi = h ? s->first_token + h - 1 : UINT32_MAX;
    if (hi < m->first_token || hi >= m->first_token + m->n_tokens) return i;
  }
  return m->first_token + m->n_tokens - 1;
}

/* Whether mention m is the subject of its sentence's root verb. */
static bool main_subject(const nm_doc *d, const nm_mention *m) {
  if (d->tags.n != d->tokens.n) return false;
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  uint32_t i = mention_head(d, m);
  if (!t[i].deprel || strncmp(t[i].deprel, "nsubj", 5) || !t[i].head) return false;
  uint32_t h = s->first_token + t[i].head - 1;
  return h < d->tokens.n && t[h].deprel && !strcmp(t[h].deprel, "root");
}

/* The head of a name's phrase: the mention's head, or the rank or title
 * right before the name that the parse made its head ("…, Brig. Gen.
 * Yousef al-Hamdani," with the name flat under "Brig.") */
static uint32_t name_phrase_head(const nm_doc *d, const nm_mention *m) {
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  uint32_t i = mention_head(d, m);
  if (d->tags.n != d->tokens.n || !t[i].deprel || !t[i].head ||
      (strcmp(t[i].deprel, "flat") && strcmp(t[i].deprel, "compound")))
    return i;
  uint32_t h = s->first_token + t[i].head - 1;
  if (h >= m->first_token || h + 4 < m->first_token) return i;
  for (uint32_t k = h + 1; k < m->first_token; k++) /* title words only between */
    if (t[k].head != t[i].head || !t[k].upos || strcmp(t[k].upos, "PROPN")) return i;
  return h;
}

/* The described person a name is in apposition to: "The U.N. envoy for the
 * conflict, Dr. Helena Varga-Moss, said": the name's head is an appos of
 * (or, after "and" and a second title, a conjunct of) the head of an
 * earlier nominal PERSON mention of its sentence, whose
 * entity has no name yet (describe() made it from the description).
 * Returns that entity, or -1. Needs the parse. */
static long apposed_description(const ctx *c, uint32_t mi) {
  const nm_doc *d = c->d;
  const nm_mention *m = &c->m[mi];
  if (m->type != NM_ENT_PERSON || d->tags.n != d->tokens.n) return -1;
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  uint32_t h = name_phrase_head(d, m);
  if (!t[h].deprel || !t[h].head) return -1;
  uint32_t target = s->first_token + t[h].head - 1;
  /* the phrase's first word: the name's, or its title's ("Ambassador") */
  uint32_t first = h < m->first_token ? h : m->first_token;
  if ((!strcmp(t[h].deprel, "conj") || !strcmp(t[h].deprel, "appos") ||
       !strcmp(t[h].deprel, "nmod:unmarked")) &&
      first > s->first_token && tok_is_comma(d, first - 1) &&
      target < d->tokens.n && t[target].deprel && !strncmp(t[target].deprel, "nmod", 4) &&
      strcmp(t[target].deprel, "nmod:poss") != 0 && t[target].head) {
    /* "Sudan's envoy to the U.N., Omar Hamid, thanked": the name set off
     * by a comma, hung as a conjunct (or an apposition: "Iran's
     * ambassador to the IAEA, Reza Najafi,"; or an unmarked modifier:
     * "the U.N. special envoy for Yemen, Hans Grundberg,") of the place or
     * body in the description's modifier; the description is that
     * modifier's head (when it is a person's description, below) */
    target = s->first_token + t[target].head - 1;
  } else if (!strcmp(t[h].deprel, "appos") && first > s->first_token &&
             tok_is_comma(d, first - 1) && target < d->tokens.n && t[target].deprel &&
             (!strcmp(t[target].deprel, "obj") || !strncmp(t[target].deprel, "obl", 3)) &&
             t[target].head && s->first_token + t[target].head - 1 < d->tokens.n) {
    /* "The African Union envoy leading the effort, Ambassador X, told":
     * the name hung as the appositive of the object of a participle that
     * modifies the description; the description is the participle's
     * head (when it is a person's description, below) */
    uint32_t v = s->first_token + t[target].head - 1;
    if (t[v].deprel && !strcmp(t[v].deprel, "acl") && t[v].head)
      target = s->first_token + t[v].head - 1;
  } else if (!strcmp(t[h].deprel, "conj") && c->titles && target + 3 < m->first_token &&
             tok_eq(d, target + 1, "and")) {
    /* "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar":
     * two titles of one person, the name a conjunct of the first; the
     * words between are "and" and the second title */
    uint64_t head;
    if (nm_title_ending_at(c->titles, c->h, target + 2, m->first_token, &head) !=
        m->first_token - (target + 2))
      return -1;
  } else if (strcmp(t[h].deprel, "appos") != 0) {
    return -1;
  }
  /* the description is a few mentions back at most (bounded: a long
   * "sentence" of names stays linear) */
  for (uint32_t j = mi; j-- > 0 && mi - j <= 16;) {
    const nm_mention *o = &c->m[j];
    if (o->sentence != m->sentence) break;
    if (o->kind != NM_MENTION_NOMINAL || o->type != NM_ENT_PERSON || o->entity >= c->ne) continue;
    if (mention_head(d, o) != target) continue;
    const ent *e = &c->e[o->entity];
    /* described here, with no name of its own yet */
    return c->m[e->canon].kind == NM_MENTION_NOMINAL ? (long)o->entity : -1;
  }
  return -1;
}

static int country_of(const ctx *c, size_t a, size_t b, char *iso3);

/* "Iran's foreign minister, Hossein Rahimi, said": a name in apposition
 * after the subject's head, which a country owns (the wire formula of an
 * official). For a pronoun of a later sentence it is the subject ("He
 * denied ..."); inside its own sentence the plain rules stay. Without the
 * country the appositive is too often someone else's ("His father
 * Mohamed ... said", "Obama's national security advisor James Jones":
 * GUM train). */
/* Whether name mention m is the name a subject gives itself in its
 * relative clause: "a man who identified himself as Colonel Alusine Turay
 * said …" (he is the subject a later "He" continues). */
static int self_named_subject(const nm_doc *d, const nm_mention *m) {
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n) return 0;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  uint32_t i = name_phrase_head(d, m);
  if (!t[i].deprel || !t[i].head) return 0;
  uint32_t v = s->first_token + t[i].head - 1;
  /* (the name's phrase under the verb, however the parse hung its "as":
   * "gave his name as Captain Issa Bouba", "as" an nmod of "name" and
   * the rank its apposition) */
  if (strncmp(t[i].deprel, "obl", 3) != 0) {
    uint32_t u = i;
    for (int up = 0; up < 4 && t[u].head && !(t[u].deprel && !strcmp(t[u].deprel, "acl:relcl"));
         up++)
      u = s->first_token + t[u].head - 1;
    if (!t[u].deprel || strcmp(t[u].deprel, "acl:relcl") != 0 || u >= i) return 0;
    v = u;
  }
  /* (or "who gave his name as Mesfin Abebe") */
  if (!t[v].lemma || !t[v].deprel || strcmp(t[v].deprel, "acl:relcl") != 0 || !t[v].head ||
      (strcmp(t[v].lemma, "identify") && strcmp(t[v].lemma, "introduce") &&
       strcmp(t[v].lemma, "call") && strcmp(t[v].lemma, "give")))
    return 0;
  uint32_t hd = s->first_token + t[v].head - 1;
  if (!t[hd].deprel || strncmp(t[hd].deprel, "nsubj", 5) != 0) return 0;
  bool give = !strcmp(t[v].lemma, "give");
  for (uint32_t k = v + 1; k < i; k++)
    if (t[k].head == v - s->first_token + 1 && t[k].deprel && !strcmp(t[k].deprel, "obj") &&
        (give ? tok_eq(d, k, "name")
              : (tok_eq(d, k, "himself") || tok_eq(d, k, "herself"))))
      return 1;
  return 0;
}

/* Whether lemma l is a verb of saying that names its speaker ("she
 * said", "he added", "she told"). */
static bool saying_lemma(const char *l) {
  static const char *const says[] = {"say", "tell", "add", "continue", "ask", "reply", NULL};
  for (size_t q = 0; l && says[q]; q++)
    if (!strcmp(l, says[q])) return true;
  return false;
}

static int apposed_subject(const ctx *c, const nm_mention *m) {
  const nm_doc *d = c->d;
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n) return 0;
  uint32_t i = name_phrase_head(d, m);
  const char *r = t[i].deprel;
  if (!r || strcmp(r, "appos") != 0 || !t[i].head) return 0;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  uint32_t hd = s->first_token + t[i].head - 1;
  if (hd >= m->first_token || !t[hd].deprel || strncmp(t[hd].deprel, "nsubj", 5) != 0) return 0;
  /* or a title set off by a comma ("A rebel spokesman, Emmanuel
   * Bizimana, said"), the name's own title words between ("The
   * commission's chairwoman, Judge Esther Nkandu, denied") */
  uint64_t head;
  uint32_t at = i < m->first_token ? i : m->first_token;
  while (at > hd + 2 && m->first_token - at < 3 && t[at - 1].head == i - s->first_token + 1 &&
         t[at - 1].upos && !strcmp(t[at - 1].upos, "PROPN"))
    at--;
  if (c->titles && at > s->first_token && tok_is_comma(d, at - 1) && hd + 2 == at &&
      nm_title_ending_at(c->titles, c->h, s->first_token, hd + 1, &head) > 0)
    return 1;
  /* (the title's own phrase between it and the comma: "A commander of
   * the PKK's armed wing, Riza Dersimi, said", each word of it hung
   * under the title) */
  if (c->titles && at > hd + 2 && at - hd <= 10 && tok_is_comma(d, at - 1) &&
      nm_title_ending_at(c->titles, c->h, s->first_token, hd + 1, &head) > 0) {
    bool inside = true;
    for (uint32_t k = hd + 1; k + 1 < at && inside; k++) {
      uint32_t up = k, steps = 0;
      while (up != hd && t[up].head && steps++ < 12) up = s->first_token + t[up].head - 1;
      inside = up == hd;
    }
    /* (of the sentence's own subject, not a reported clause's: "told
     * reporters that the embassy's deputy chief of mission, Ramiro
     * Anzola, had 72 hours to leave") */
    uint32_t v = t[hd].head ? s->first_token + t[hd].head - 1 : hd;
    if (inside && v < d->tokens.n && t[v].deprel && !strcmp(t[v].deprel, "root")) return 1;
  }
  /* (or a relative: "said Cuadra's daughter, Ana Cuadra, speaking from
   * Costa Rica, where she has lived …") */
  static const char *const kin[] = {"daughter", "son",     "wife",   "husband", "mother",
                                    "father",   "brother", "sister", "widow",   "widower",
                                    "niece",    "nephew",  "cousin", "uncle",   "aunt",
                                    "grandson", "granddaughter", "partner", "fiancée",
                                    "fiance",   NULL};
  if (at > s->first_token && tok_is_comma(d, at - 1) && hd + 2 == at && tok_in(d, hd, kin) &&
      t[hd].head) {
    /* (of a verb of saying only: the one who speaks) */
    uint32_t v = s->first_token + t[hd].head - 1;
    if (v < d->tokens.n && saying_lemma(t[v].lemma)) return 1;
  }
  char iso3[4];
  /* the owner stands a few words before the head ("Iran's foreign
   * minister"); a long sentence is not scanned from its start */
  for (uint32_t k = hd - s->first_token > 6 ? hd - 6 : s->first_token; k < hd; k++)
    if (t[k].head == hd - s->first_token + 1 && t[k].deprel &&
        !strcmp(t[k].deprel, "nmod:poss") && country_of(c, k, k + 1, iso3))
      return 1;
  return 0;
}

/* A name the parse hung as the appositive of a title right before it,
 * with no comma between, where the title is the subject ("Gang leader
 * Jean Bastien, whose …, warned"). */
static int titled_subject(const ctx *c, const nm_mention *m) {
  const nm_doc *d = c->d;
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n || !c->titles) return 0;
  uint32_t i = mention_head(d, m);
  if (!t[i].deprel || strcmp(t[i].deprel, "appos") || !t[i].head) return 0;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  uint32_t hd = s->first_token + t[i].head - 1;
  uint64_t head;
  if (!t[hd].deprel || strncmp(t[hd].deprel, "nsubj", 5) != 0 || hd >= m->first_token) return 0;
  if (hd + 1 == m->first_token)
    return nm_title_ending_at(c->titles, c->h, s->first_token, hd + 1, &head) > 0;
  /* ... or the subject a country's word right before the title ("Qatari
   * Prime Minister Mohammed bin Abdulrahman Al Thani said", parsed with
   * "Qatari" the subject and the name its appositive) */
  size_t tl = nm_title_ending_at(c->titles, c->h, s->first_token, m->first_token, &head);
  char iso3[4];
  /* ... or a word of the title itself ("German Defence Minister Boris
   * Pistorius said", parsed with "Defence" the subject) */
  if (tl > 0 && hd + tl >= m->first_token) return 1;
  return tl > 0 && hd + 1 + tl == m->first_token && country_of(c, hd, hd + 1, iso3);
}

static int is_subject(const nm_doc *d, const nm_mention *m) {
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n) return 0;
  uint32_t i = mention_head(d, m);
  const char *r = t[i].deprel;
  if (r && strncmp(r, "nsubj", 5) == 0) return 1;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  /* "At a transit site on the edge of Adré, Khadija Ismail, 34, said …",
   * the name hung on the place: a person's name right before a verb
   * (commas and an age aside) that has no subject of its own */
  if (m->type == NM_ENT_PERSON && m->kind == NM_MENTION_NAME && m->first_token > s->first_token) {
    uint32_t e = m->first_token + m->n_tokens, end = s->first_token + s->n_tokens;
    while (e < end && tok_is_comma(d, e))
      e++;
    if (e + 1 < end && t[e].upos && !strcmp(t[e].upos, "NUM") && tok_is_comma(d, e + 1)) e += 2;
    if (e < end && t[e].upos && !strcmp(t[e].upos, "VERB") && t[e].xpos &&
        (!strcmp(t[e].xpos, "VBD") || !strcmp(t[e].xpos, "VBZ") || !strcmp(t[e].xpos, "VBP")) &&
        e > m->first_token + m->n_tokens) {
      bool subj = false; /* (a subject stands near its verb: a bounded look) */
      uint32_t from = e > s->first_token + 64 ? e - 64 : s->first_token;
      for (uint32_t k = from; k < end && k < e + 64 && !subj; k++)
        subj = t[k].head == e - s->first_token + 1 && t[k].deprel &&
               !strncmp(t[k].deprel, "nsubj", 5);
      if (!subj) return 1;
    }
  }
  /* "Among those stranded was Shah Mahmood, 38, who …": a name the
   * copula inverts is the sentence's topic, as a subject is */
  if (r && !strcmp(r, "root") && i > s->first_token && t[i - 1].deprel &&
      !strcmp(t[i - 1].deprel, "cop") && m->type == NM_ENT_PERSON)
    return 1;
  /* "British Foreign Secretary Alan Whitcombe told": the parse may hang the
   * name under the title, which is the subject */
  /* ... or a chain of flat words down from the title's first word
   * ("Defense <- Secretary <- Lloyd Austin") */
  /* ... or through a title hung as an apposition on the capitalised
   * word right before it ("Opposition <- Deputy Chairman Lam Chuol
   * Nyang") */
  for (uint32_t k = i, up = 0;
       up < 4 && r && (!strcmp(r, "flat") || (k != i && !strcmp(r, "appos"))) && t[k].head;
       up++) {
    uint32_t hd = s->first_token + t[k].head - 1, from = k == i ? m->first_token : k;
    if (hd >= k || hd >= from || !t[hd].deprel) break;
    if (!strcmp(r, "appos") &&
        (hd + 1 != k ||
         !is_upper((unsigned char)d->text[((const nm_token *)d->tokens.data)[hd].start])))
      break;
    /* the words between are the title's own ("Brig. <- Gen. <- Yousef") */
    bool title_words = from - hd <= 4;
    for (uint32_t q = hd + 1; q < from && title_words; q++)
      title_words = t[q].head == hd - s->first_token + 1 && t[q].deprel &&
                    !strcmp(t[q].deprel, "flat");
    if (!title_words) break;
    if (strncmp(t[hd].deprel, "nsubj", 5) == 0) return 1;
    k = hd;
    r = t[k].deprel;
  }

  /* "Novak, a 52-year-old former judge, campaigned on ...": a name that
   * opens its sentence and that the parse made the root (the verb read as
   * a participle of the appositive) */
  if (r && !strcmp(r, "root") && m->first_token == s->first_token) {
    /* with its appositive, under which a verb hangs */
    for (uint32_t k = m->first_token + m->n_tokens; k < s->first_token + s->n_tokens; k++) {
      if (!t[k].deprel || strcmp(t[k].deprel, "appos") != 0 ||
          t[k].head != i - s->first_token + 1)
        continue;
      for (uint32_t v = k + 1; v < s->first_token + s->n_tokens; v++)
        if (t[v].upos && !strcmp(t[v].upos, "VERB") && t[v].head == k - s->first_token + 1)
          return 1;
    }
    return 0;
  }
  /* a name set off by a comma that the parse made a conjunct of a place
   * in the subject's description ("The UN coordinator for Sudan,
   * Clementine Nkweta-Salami, condemned"): the subject */
  if (!r || strcmp(r, "conj") != 0 || m->first_token <= s->first_token ||
      !tok_is_comma(d, m->first_token - 1))
    return 0;
  for (int up = 0; up < 2; up++) { /* the place, then its head */
    uint32_t h = t[i].head;        /* 1-based in the sentence */
    if (!h) return 0;
    i = s->first_token + h - 1;
    if (i >= d->tokens.n || !t[i].deprel) return 0;
    if (up == 0 && strncmp(t[i].deprel, "nmod", 4) != 0) return 0;
  }
  return strncmp(t[i].deprel, "nsubj", 5) == 0;
}

/* A subject whose verb is a clause inside another ("saying Khan had
 * ignored", "that Khan would"): the verb's relation is a clausal one. */
static bool embedded_subject(const nm_doc *d, const nm_mention *m) {
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n) return false;
  uint32_t i = mention_head(d, m), h = t[i].head;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  if (!t[i].deprel || strncmp(t[i].deprel, "nsubj", 5) != 0 || !h || h > s->n_tokens)
    return false;
  uint32_t v = s->first_token + h - 1;
  const char *r = t[v].deprel;
  if (!r || !(!strcmp(r, "ccomp") || !strncmp(r, "advcl", 5) || !strncmp(r, "acl", 3)))
    return false;
  /* '"…," President X said': the speaker of a quotation that closes just
   * before the name and its title is the sentence's subject, however the
   * parse hung the verb (a relative clause of the quotation's noun) */
  static const char *const speech[] = {"say", "add", "tell", "write", NULL};
  bool says = false;
  for (size_t q = 0; speech[q] && !says; q++)
    says = t[v].lemma && !strcmp(t[v].lemma, speech[q]);
  for (uint32_t k = m->first_token, back = 0; says && k > s->first_token && back < 5;
       k--, back++) {
    size_t len;
    const char *w = nm_tok_text(d, k - 1, &len);
    if ((len == 1 && w[0] == '"') || (len == 3 && !memcmp(w, "\xe2\x80\x9d", 3))) return false;
  }
  return true;
}

/* 1 for he, him, his, himself; 2 for she, her, hers, herself. */
static int pronoun_gender(const nm_doc *d, const nm_mention *m) {
  size_t len;
  const char *s = nm_tok_text(d, m->first_token, &len);
  char low[8];
  if (len >= sizeof low) return 0;
  for (size_t i = 0; i < len; i++)
    low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  low[len] = '\0';
  if (!strcmp(low, "he") || !strcmp(low, "him") || !strcmp(low, "his") || !strcmp(low, "himself"))
    return 1;
  return 2;
}

/* Gender from a title just before a person's name (Mr., Mrs., Ms.). */
static int title_gender(const nm_doc *d, const nm_mention *m) {
  if (m->first_token == 0) return 0;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  if (m->first_token <= s->first_token) return 0;
  size_t len;
  const char *t = nm_tok_text(d, m->first_token - 1, &len);
  if ((len == 3 && memcmp(t, "Mr.", 3) == 0) || (len == 2 && memcmp(t, "Mr", 2) == 0)) return 1;
  if ((len == 4 && memcmp(t, "Mrs.", 4) == 0) || (len == 3 && memcmp(t, "Ms.", 3) == 0) ||
      (len == 3 && memcmp(t, "Mrs", 3) == 0) || (len == 2 && memcmp(t, "Ms", 2) == 0))
    return 2;
  return 0;
}

/* Common given names whose bearers are, in news text, nearly always of one
 * gender. A short list written by the newsmill team; it only breaks ties
 * that pronouns and titles leave open. */
static const char *const female_names[] = {
    /* and, since 2026-12-02, names of the news the list lacked ("Foreign
     * Minister Alicia Bárcena" had taken "he") */
    "alicia",    "gabriela",  "carolina",  "valentina",  "camila",    "daniela",   "fernanda",
    "paula",     "beatriz",   "raquel",    "rosa",       "carmen",    "silvia",    "veronica",
    "mariana",   "adriana",   "lorena",    "leticia",    "mercedes",  "pilar",     "irene",
    "fatou",     "salome",    "iryna",     "natalya",    "anastasia", "ekaterina", "helene",
    "mary",      "patricia",  "jennifer",  "linda",      "elizabeth", "barbara",   "susan",
    "jessica",   "sarah",     "karen",     "nancy",      "lisa",      "margaret",  "betty",
    "sandra",    "ashley",    "dorothy",   "kimberly",   "emily",     "donna",     "michelle",
    "carol",     "amanda",    "melissa",   "deborah",    "stephanie", "rebecca",   "laura",
    "sharon",    "cynthia",   "kathleen",  "amy",        "shirley",   "angela",    "helen",
    "anna",      "brenda",    "pamela",    "nicole",     "samantha",  "katherine", "christine",
    "emma",      "catherine", "debra",     "rachel",     "carolyn",   "janet",     "maria",
    "heather",   "diane",     "julie",     "joyce",      "victoria",  "kelly",     "christina",
    "joan",      "evelyn",    "lauren",    "judith",     "olivia",    "martha",    "cheryl",
    "megan",     "andrea",    "hannah",    "jacqueline", "ann",       "alice",
    "kathryn",   "gloria",    "teresa",    "sara",       "janice",    "julia",     "marie",
    "madison",   "grace",     "judy",      "theresa",    "beverly",   "denise",    "marilyn",
    "amber",     "danielle",  "abigail",   "brittany",   "rose",      "diana",     "natalie",
    "sophia",    "alexis",    "lori",      "kayla",      "jane",      "isabel",    "isabella",
    "hillary",   "kamala",    "ursula",    "giorgia",    "sanna",     "jacinda",   "golda",
    "indira",    "benazir",   "yulia",     "svetlana",   "fatima",    "aisha",     "leila",
    "layla",     "mariam",    "noura",     "sheikha",    "ana",       "lucia",     "sofia",
    "elena",     "irina",     "natalia",   "olga",       "tatiana",   "anne",      "claire",
    "sophie",    "chloe",     "charlotte", "ella",       "kate",      "liz",       "condoleezza",
    "madeleine", "nikki",     "marjorie",
    /* names of news from elsewhere (eleventh session) */
    "marta", "mona", "clementine", "olena", "oksana", "kristina", "katarina", "ingrid", "astrid",
    "greta", "annalena", "kaja", "maia", "zuzana", "beata", "agnieszka", "magdalena", "ewa",
    "dina", "nadia", "rania", "samia", "amina", "zainab", "salma", "yasmin", "mette",
    "kristalina", "roberta", "marine", "segolene", "ngozi", "ellen", "cristina", "claudia",
    "xiomara", "keiko", "yoko", "yuriko", "ayesha", "priya", "sunita", "nirmala", "esther",
    "ruth", "miriam", "naomi", "leah", "tamar", "ines", "lucie", "camille", "juliette",
    /* forty-first session: Slavic, Baltic, West African and South Asian
     * names of the news, and English ones the list lacked */
    "tatyana", "yelena", "lyudmila", "galina", "larisa", "marina", "nina", "vera", "yekaterina",
    "darya", "ksenia", "polina", "alina", "ruta", "r\xc5\xabta", "jurgita", "ausra", "inga",
    "fatmata", "isatu", "mariatu", "aminata", "saima", "sadia", "shazia", "eleanor",
    "harriet", "fiona", "alison", "penelope", "joanna", "caroline", "lucy",
    /* forty-seventh session: German, Horn of Africa, Persian, Arab and
     * Latin American names of the news */
    "katrin", "katja", "anke", "petra", "sabine", "birgit", "ulrike", "annika", "selam",
    "meron", "hiwot", "tigist", "amal", "huda", "reem", "shirin", "maryam", "zahra", "neda",
    "parisa", "lourdes", "guadalupe", "ximena", "luisa", "catalina", "francia", "delcy",
    "dilma", "halima", "hadiza", "amira", "salwa", "bushra", "nasrin", "khaleda",
    /* fifty-second session */
    "saadia", "rifkatu", "nattaya", "katarzyna", "volha", "rasa"};
static const char *const male_names[] = {
    "james",     "john",     "robert",    "michael",     "william",  "david",    "richard",
    "joseph",    "thomas",   "charles",   "christopher", "daniel",   "matthew",  "anthony",
    "antony",    "mark",     "donald",    "steven",      "paul",     "andrew",   "joshua",
    "kenneth",   "kevin",    "brian",     "george",      "timothy",  "ronald",   "edward",
    "jason",     "jeffrey",  "ryan",      "jacob",       "gary",     "nicholas", "eric",
    "jonathan",  "stephen",  "larry",     "justin",      "scott",    "brandon",  "benjamin",
    "samuel",    "gregory",  "alexander", "frank",       "patrick",  "raymond",  "jack",
    "dennis",    "jerry",    "tyler",     "aaron",       "jose",     "adam",     "henry",
    "nathan",    "douglas",  "zachary",   "peter",       "kyle",     "walter",   "ethan",
    "jeremy",    "harold",   "keith",     "christian",   "roger",    "noah",     "gerald",
    "carl",      "terry",    "sean",      "austin",      "arthur",   "lawrence", "jesse",
    "dylan",     "bryan",    "joe",       "jordan",      "billy",    "bruce",    "albert",
    "willie",    "gabriel",  "logan",     "alan",        "juan",     "wayne",    "roy",
    "ralph",     "randy",    "eugene",    "vincent",     "russell",  "elijah",   "louis",
    "bobby",     "philip",   "johnny",    "barack",      "vladimir", "xi",       "emmanuel",
    "recep",     "narendra", "volodymyr", "boris",       "rishi",    "keir",     "olaf",
    "mohammed",  "muhammad", "ahmed",     "ali",         "hassan",   "hussein",  "omar",
    "abdullah",  "ismail",   "yahya",     "khalil",      "mahmoud",  "bashar",   "hamad",
    "tamim",     "salman",   "abdel",     "ayman",       "yoav",     "benny",    "naftali",
    "yair",      "itamar",   "bezalel",   "isaac",       "moshe",    "ehud",     "ariel",
    "shimon",    "yitzhak",  "sergei",    "sergey",      "dmitry",   "alexei",   "ivan",
    "nikolai",   "igor",     "pedro",     "carlos",      "luis",     "jorge",    "miguel",
    "francisco", "pierre",   "jean-luc",  "francois",    "jacques",  "hans",     "klaus",
    "karl",      "wolfgang", "giuseppe",  "mario",       "luigi",    "marco",    "devin",
    "drew",      "thad",     "josh",      "jeff",        "tom",      "mike",     "jim",
    "bob",       "bill",     "tony",      "dick",        "ted",      "lloyd",    "mitch",
    "lindsey",   "chuck",    "ron",       "rand",        "jd",       "j.d.",     "jake",
    /* names of news from elsewhere (eleventh session) */
    "oskar", "oscar", "tesfaye", "abiy", "olusegun", "muhammadu", "bola", "cyril", "uhuru",
    "yoweri", "emmerson", "felix", "denis", "abdul", "ebrahim", "hossein", "masoud", "javad",
    "dmitri", "mikhail", "yevgeny", "viktor", "petro", "andriy", "dmytro", "oleksandr",
    "friedrich", "markus", "luiz", "javier", "gustavo", "andres", "nicolas", "jair", "alberto",
    "jens", "lars", "hakan", "kemal", "ahmet", "mehmet", "shehbaz", "imran", "nawaz", "fumio",
    "shinzo", "karim", "tarek", "khalid", "nasser", "walid", "fuad", "amir", "avi", "yossi",
    "gideon",
    /* thirty-fourth session */
    "jesus", "ferdinand", "legesse", "yemane", "najib", "esmaeil", "wally", "oleh",
    /* forty-first session */
    "andrei", "andrey", "aleksandr", "aleksei", "alexey", "yuri", "yury", "vadim", "oleg",
    "pavel", "anatoly", "valery", "gennady", "grigory", "maxim", "ruslan", "vitaly", "vasily",
    "stanislav", "kirill", "anton", "artem", "ilya", "leonid", "fyodor", "pyotr", "konstantin",
    "arkady", "mads", "alusine", "abdulai", "mohamed", "ibrahim", "yusuf", "tariq", "asif",
    /* forty-seventh session */
    "hamid", "reza", "mehdi", "abbas", "mohsen", "majid", "saeed", "jafar", "dawit",
    "getachew", "redwan", "isaias", "osman", "hamza", "bilal", "faisal", "etienne", "antoine",
    "olivier", "thierry", "benoit", "julien", "sebastien", "laurent", "pablo", "diego",
    "santiago", "alejandro", "fernando", "rafael", "ricardo", "eduardo", "sergio", "raul",
    "hector", "manuel", "gonzalo", "rodrigo", "enrique", "ramon", "kenji", "hiroshi",
    "takeshi", "shigeru", "taro", "nikol", "ilham", "armen", "ararat", "hikmet", "jeyhun",
    "tomas", "tom\xc3\xa1s", "andr\xc3\xa9s"};

/* 1 male, 2 female, 0 unknown: from the first word of a person's name. */
static int name_gender(const ctx *c, const nm_mention *m) {
  if (m->n_tokens < 1) return 0;
  size_t len;
  const char *s = nm_tok_text(c->d, m->first_token, &len);
  char low[24];
  if (len >= sizeof low) return 0;
  for (size_t i = 0; i < len; i++)
    low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  low[len] = '\0';
  /* "Jean-Paul", "Jean-Pierre": a French compound, a man's name, though
   * "Jean" alone is a woman's in English */
  if (!strcmp(low, "jean") && m->n_tokens > 2 && tok_eq(c->d, m->first_token + 1, "-")) return 1;
  for (size_t k = 0; k < sizeof female_names / sizeof *female_names; k++)
    if (!strcmp(low, female_names[k])) return 2;
  for (size_t k = 0; k < sizeof male_names / sizeof *male_names; k++)
    if (!strcmp(low, male_names[k])) return 1;
  return 0;
}

/* Sentences back that a pronoun looks for its antecedent. */
#define PRONOUN_WINDOW 6

/* The entity a person pronoun refers to, or -1. */
static int tok_eq(const nm_doc *d, size_t i, const char *s);

/* The person a pronoun inside a who-clause refers to: "Nawaf Salam, who
 * said that his government would ...": the clause's antecedent, when it
 * is a person's name mention of the same sentence (index, or -1). */
static long relative_antecedent(const ctx *c, uint32_t pi, int gender) {
  const nm_doc *d = c->d;
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n) return -1;
  const nm_mention *p = &c->m[pi];
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + p->sentence;
  uint32_t i = p->first_token;
  for (int up = 0; up < 8; up++) {
    if (!t[i].head || !t[i].deprel) return -1;
    uint32_t h = s->first_token + t[i].head - 1;
    if (h >= d->tokens.n) return -1;
    bool who = false; /* a relative clause whose subject is "who" */
    if (!strcmp(t[i].deprel, "acl:relcl"))
      for (uint32_t k = s->first_token; k < i && !who; k++)
        who = t[k].head == i - s->first_token + 1 && t[k].deprel &&
              !strncmp(t[k].deprel, "nsubj", 5) && tok_eq(d, k, "who");
    if (who) {
      /* (a description in apposition to the name: "Julio César Mamani, a
       * 38-year-old driver who was shot … as he waited") */
      bool named = false;
      for (uint32_t j = pi; j-- > 0 && !named;) {
        const nm_mention *m = &c->m[j];
        if (m->sentence != p->sentence) break;
        named = m->first_token <= h && h < m->first_token + m->n_tokens &&
                m->kind == NM_MENTION_NAME;
      }
      if (!named && t[h].deprel && !strcmp(t[h].deprel, "appos") && t[h].head &&
          s->first_token + t[h].head - 1 < h)
        h = s->first_token + t[h].head - 1;
      for (uint32_t j = pi; j-- > 0;) {
        const nm_mention *m = &c->m[j];
        if (m->sentence != p->sentence) break;
        if (m->first_token <= h && h < m->first_token + m->n_tokens) {
          if (m->entity == UINT32_MAX || m->kind != NM_MENTION_NAME ||
              c->m[c->e[m->entity].canon].type != NM_ENT_PERSON)
            return -1;
          const ent *e = &c->e[m->entity];
          return e->gender && e->gender != gender ? -1 : (long)m->entity;
        }
      }
      return -1;
    }
    i = h;
  }
  return -1;
}

/* For an object pronoun ("him", "her" as object, "them" aside): the
 * token of the subject of its clause, whom it cannot name ("Okafor met
 * Navon and urged him": him is not Okafor; that would be "himself"); the
 * subject a conjunct verb shares is its first conjunct's. UINT32_MAX when
 * there is none. */
static uint32_t clause_subject(const nm_doc *d, const nm_mention *p) {
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n || p->n_tokens != 1 || p->sentence >= d->sentences.n)
    return UINT32_MAX;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + p->sentence;
  uint32_t i = p->first_token;
  const char *r = t[i].deprel;
  if (!r || (strcmp(r, "obj") && strcmp(r, "iobj") && strcmp(r, "obl"))) return UINT32_MAX;
  uint32_t v = t[i].head;
  for (int up = 0; up < 4 && v >= 1 && v <= s->n_tokens; up++) {
    uint32_t vi = s->first_token + v - 1, subj = UINT32_MAX;
    /* two subjects in one phrase, a misparse ("Secretary of State Daniel
     * Okafor" as two): the later one is the name */
    /* its subjects lie near it (a bounded look: sentences may hold 1,000
     * words) */
    uint32_t from = vi > s->first_token + 64 ? vi - 64 : s->first_token,
             to = vi + 16 < s->first_token + s->n_tokens ? vi + 16 : s->first_token + s->n_tokens;
    for (uint32_t k = from; k < to; k++)
      if (t[k].head == v && t[k].deprel && !strcmp(t[k].deprel, "nsubj")) subj = k;
    if (subj != UINT32_MAX) return subj;
    if (!t[vi].deprel || strcmp(t[vi].deprel, "conj")) break;
    v = t[vi].head;
  }
  return UINT32_MAX;
}

/* "the Swedish leader said that he saw no reason": for a pronoun that is
 * the subject of a clause a verb reports, the reporting verb's subject
 * (a sentence token), else UINT32_MAX. */
static uint32_t reporter_subject(const nm_doc *d, const nm_mention *p) {
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n || p->n_tokens != 1 || p->sentence >= d->sentences.n)
    return UINT32_MAX;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + p->sentence;
  uint32_t i = p->first_token;
  if (!t[i].deprel || strncmp(t[i].deprel, "nsubj", 5) || !t[i].head || t[i].head > s->n_tokens)
    return UINT32_MAX;
  uint32_t v = s->first_token + t[i].head - 1;
  if (!t[v].deprel || strcmp(t[v].deprel, "ccomp") || !t[v].head || t[v].head > s->n_tokens)
    return UINT32_MAX;
  uint32_t u = t[v].head; /* 1-based */
  uint32_t from = i > s->first_token + 64 ? i - 64 : s->first_token;
  /* a clause with a marker other than "that" is no report ("after she
   * attacked", which a parse may make a complement) */
  for (uint32_t k = from; k < v; k++)
    if (t[k].head == v - s->first_token + 1 && t[k].deprel && !strcmp(t[k].deprel, "mark") &&
        !tok_eq(d, k, "that"))
      return UINT32_MAX;
  for (uint32_t k = from; k < i; k++) {
    if (t[k].head != u || !t[k].deprel || strcmp(t[k].deprel, "nsubj") != 0) continue;
    /* "The head of Mexico's mission, Ernesto Villalobos, told reporters
     * that he …": a description's name in apposition is the reporter */
    if (t[k].upos && !strcmp(t[k].upos, "NOUN"))
      for (uint32_t a = k + 1; a < i; a++) {
        if (!t[a].deprel || strcmp(t[a].deprel, "appos") != 0 || !t[a].upos ||
            strcmp(t[a].upos, "PROPN") != 0 || !t[a].head || t[a].head > s->n_tokens)
          continue;
        /* hung on the head or on its of-phrase ("mission") */
        uint32_t ah = s->first_token + t[a].head - 1;
        if (ah == k || (t[ah].head == k - s->first_token + 1 && t[ah].deprel &&
                        !strcmp(t[ah].deprel, "nmod")))
          return a;
      }
    return k;
  }
  return UINT32_MAX;
}

/* Whether mention m stands inside a quotation its sentence opens before
 * it and has not closed (straight marks toggle; curly ones open and
 * close). A quotation running on from the sentence before is not seen. */
static bool quoted(const nm_doc *d, const nm_mention *m) {
  if (m->sentence >= d->sentences.n) return false;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  /* from the paragraph's first sentence: a quotation of several sentences
   * ("“The president has closed every door. He cannot …”") holds the later
   * ones too (a few sentences back at most) */
  const nm_sentence *s0 = s;
  while (s0 > (const nm_sentence *)d->sentences.data && s - s0 < 4 &&
         s0[-1].paragraph == s->paragraph)
    s0--;
  bool in = false;
  for (uint32_t k = s0->first_token; k < m->first_token && k < s0->first_token + 1024; k++) {
    size_t len;
    const char *w = nm_tok_text(d, k, &len);
    if (len == 1 && w[0] == '"')
      in = !in;
    else if (len == 3 && !memcmp(w, "\xe2\x80\x9c", 3))
      in = true;
    else if (len == 3 && !memcmp(w, "\xe2\x80\x9d", 3))
      in = false;
  }
  return in;
}

/* Whether p is the subject of a verb of saying ("she said"). */
static bool says_subject(const nm_doc *d, const nm_mention *p) {
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n || p->sentence >= d->sentences.n) return false;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + p->sentence;
  uint32_t i = p->first_token;
  if (!t[i].head || s->first_token + t[i].head - 1 >= d->tokens.n) return false;
  return saying_lemma(t[s->first_token + t[i].head - 1].lemma);
}

/* Whether mention m names who speaks in its sentence: the subject of a
 * verb of saying, or a name set beside that subject ("the group's
 * spokesman, Ruben Mabel, said"). */
static bool speaker_mention(const nm_doc *d, const nm_mention *m) {
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  if (d->tags.n != d->tokens.n || m->sentence >= d->sentences.n) return false;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  uint32_t i = m->first_token;
  for (int step = 0; step < 4; step++) {
    if (!t[i].head || s->first_token + t[i].head - 1 >= d->tokens.n || !t[i].deprel) return false;
    uint32_t h = s->first_token + t[i].head - 1;
    if (!strncmp(t[i].deprel, "nsubj", 5)) return saying_lemma(t[h].lemma);
    if (strcmp(t[i].deprel, "appos") != 0 && strcmp(t[i].deprel, "flat") != 0) return false;
    i = h;
  }
  return false;
}

/* Whether no quotation mark stands between m and p: p is in the same
 * quotation as m, or m's quotation has not closed before p. */
static bool same_quotation(const nm_doc *d, const nm_mention *m, const nm_mention *p) {
  for (uint32_t k = m->first_token + m->n_tokens; k < p->first_token; k++) {
    size_t len;
    const char *w = nm_tok_text(d, k, &len);
    if ((len == 1 && w[0] == '"') || (len == 3 && !memcmp(w, "\xe2\x80\x9d", 3))) return false;
  }
  return true;
}

/* Preference for a candidate in the pronoun's own sentence that is not
 * a subject, when the pronoun is none either ("The junta ordered the
 * French ambassador out, giving him 48 hours"): chosen on GUM train's
 * genres (NC 469 -> 473 of 643, licence-safe 645 -> 648 of 716; GUM dev
 * unchanged at 134 of 178; 100 and 300 did less well). */
#define OBJ_BONUS 200
static long resolve_pronoun(ctx *c, uint32_t pi) {
  const nm_mention *p = &c->m[pi];
  int gender = pronoun_gender(c->d, p);
  long rel = relative_antecedent(c, pi, gender);
  if (rel >= 0) return rel;
  long best = -1;
  int best_score = 0;
  uint32_t reporter = reporter_subject(c->d, p);
  bool p_quoted = quoted(c->d, p), p_subject = is_subject(c->d, p);
  bool speaker = p_subject && says_subject(c->d, p); /* "…,' she said" */
  /* the entity the clause's subject names, which an object pronoun is not */
  uint32_t subj = clause_subject(c->d, p), barred = UINT32_MAX;
  for (uint32_t j = pi; subj != UINT32_MAX && j-- > 0 && pi - j <= 32 &&
                       c->m[j].sentence == p->sentence;)
    if (c->m[j].first_token <= subj && subj < c->m[j].first_token + c->m[j].n_tokens)
      barred = c->m[j].entity;
  for (uint32_t j = pi; j-- > 0 && pi - j <= RECENT_ENTITIES;) {
    const nm_mention *m = &c->m[j];
    if (m->sentence + PRONOUN_WINDOW < p->sentence) break;
    if (m->entity == UINT32_MAX || m->entity == barred) continue;
    const ent *e = &c->e[m->entity];
    if (c->m[e->canon].type != NM_ENT_PERSON) continue;
    if (e->gender && e->gender != gender) continue;
    int dist = (int)(p->sentence - m->sentence);
    /* "'If anything happens to her,' she said": a person a quotation
     * names is not who speaks it, the pronoun after it in its sentence */
    if (dist == 0 && !p_quoted && speaker && m->first_token < p->first_token &&
        quoted(c->d, m) && !same_quotation(c->d, m, p))
      continue;
    /* '"We will not release him," the spokesman, Ruben Mabel, said. "If
     * the military tries to take him by force …"': a pronoun inside a
     * quotation is not its speaker, who speaks of himself in the first
     * person (the speaker named in its sentence or the one before) */
    if (p_quoted && dist <= 1 && !quoted(c->d, m) && speaker_mention(c->d, m)) continue;
    /* "'… he is doing everything he can,' Vucic said. … He said": a
     * subject inside an earlier sentence's quotation is the speaker's
     * subject, not the narrative's that a pronoun outside continues */
    bool subject = (is_subject(c->d, m) || titled_subject(c, m) ||
                    apposed_subject(c, m) || self_named_subject(c->d, m)) &&
                   !(dist > 0 && !p_quoted && quoted(c->d, m));
    int subj_bonus = subject && dist > 0 && embedded_subject(c->d, m) ? 100 : 300;
    int score = 1000 - 150 * dist + (subject ? subj_bonus : 0) - (int)(pi - j) +
                (e->mentions_seen > 50 ? 500 : 10 * (int)e->mentions_seen) +
                (e->gender == gender ? 100 : 0) +
                (m->first_token <= reporter && reporter < m->first_token + m->n_tokens ? 200 : 0) +
                (!p_subject && dist == 0 && !subject ? OBJ_BONUS : 0);
    if (best < 0 || score > best_score) {
      best = (long)m->entity;
      best_score = score;
    }
  }
  return best;
}

/* ISO3 of a country or demonym on tokens [a, b), or NULL. */
static int country_of(const ctx *c, size_t a, size_t b, char *iso3) {
  nm_gz_entry e;
  if (!c->g || b <= a || b - a > NM_GZ_MAX_TOKENS) return 0;
  if (!nm_gazetteer_get(c->g, c->h + a, b - a, &e)) return 0;
  if (!(e.flags & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)) || !e.iso3[0]) return 0;
  memcpy(iso3, e.iso3, 4);
  return 1;
}

static int tok_eq(const nm_doc *d, size_t i, const char *s) {
  size_t len;
  const char *t = nm_tok_text(d, i, &len);
  return len == strlen(s) && memcmp(t, s, len) == 0;
}

/* Whether token i is one of the NULL-terminated words w. */
static bool tok_in(const nm_doc *d, size_t i, const char *const *w) {
  for (; *w; w++)
    if (tok_eq(d, i, *w)) return true;
  return false;
}

/* Whether token i is the possessive "'s" (straight or curly). */
static int possessive_at(const nm_doc *d, size_t i) {
  if (tok_eq(d, i, "'s") || tok_eq(d, i, "\xe2\x80\x99s")) return 1;
  /* (and a bare apostrophe after a name ending in s: "Belarus' charge
   * d'affaires") */
  if (i == 0 || !(tok_eq(d, i, "'") || tok_eq(d, i, "\xe2\x80\x99"))) return 0;
  size_t len;
  const char *p = nm_tok_text(d, i - 1, &len);
  const nm_token *t = (const nm_token *)d->tokens.data;
  return len > 1 && p[len - 1] == 's' && t[i - 1].end == t[i].start &&
         p[0] >= 'A' && p[0] <= 'Z';
}

/* A country just before token end: "U.S." or "Israel 's". A demonym
 * after "ethnic" names a people, not a state ("a newly elected ethnic
 * Albanian mayor" in Kosovo is no Albanian official). */
static int country_before(const ctx *c, size_t lo, size_t end, char *iso3) {
  /* over a rank the titles leave out: "Russian deputy ambassador Sergei
   * Marchenko", "Iraq's acting interior minister" */
  static const char *const ranks[] = {"deputy", "Deputy", "acting", "Acting", "interim",
                                      "Interim", "assistant", "Assistant", "senior", "Senior"};
  for (int step = 0; step < 2 && end > lo + 1; step++) {
    bool rank = false;
    for (size_t q = 0; q < sizeof ranks / sizeof *ranks && !rank; q++)
      rank = tok_eq(c->d, end - 1, ranks[q]);
    if (!rank) break;
    end--;
  }
  if (end >= lo + 2 && (tok_eq(c->d, end - 2, "ethnic") || tok_eq(c->d, end - 2, "Ethnic")))
    return 0;
  /* (two words first: "South Korean President Lee", "South Korea's") */
  if (end >= lo + 2 && country_of(c, end - 2, end, iso3)) return 1;
  if (end > lo && country_of(c, end - 1, end, iso3)) return 1;
  if (end >= lo + 3 && possessive_at(c->d, end - 1) && country_of(c, end - 3, end - 1, iso3))
    return 1;
  if (end >= lo + 2 && possessive_at(c->d, end - 1) && country_of(c, end - 2, end - 1, iso3))
    return 1;
  return 0;
}

/* "Russia's ambassador, Pavel Sorokin, said": a title that opens the
 * sentence, with at most its article and its country before it, then the
 * name at a after a comma (not "In a meeting with the prime minister, X
 * said"). Sets *ts to the title's first token, *head and the country. */
static int opening_title_before_comma(const ctx *c, size_t lo, size_t a, size_t *ts,
                                      uint64_t *head, char *iso3) {
  if (a < lo + 2 || !tok_eq(c->d, a - 1, ",")) return 0;
  size_t l = nm_title_ending_at(c->titles, c->h, lo, a - 1, head);
  if (!l) return 0;
  size_t t0 = a - 1 - l, k = lo;
  /* "Lebanon's caretaker prime minister, X": a word for the holder's
   * standing before the title */
  for (bool more = true; more && t0 > lo;) {
    more = tok_eq(c->d, t0 - 1, "new");
    for (size_t q = 0; nm_title_standing[q] && !more; q++)
      more = tok_eq(c->d, t0 - 1, nm_title_standing[q]);
    if (more) t0--;
  }
  char cc[4] = "";
  int anchored = country_before(c, lo, t0, cc);
  if (k < t0 && (tok_eq(c->d, k, "The") || tok_eq(c->d, k, "A") || tok_eq(c->d, k, "An") ||
                 tok_eq(c->d, k, "His") || tok_eq(c->d, k, "Her") || tok_eq(c->d, k, "Their") ||
                 tok_eq(c->d, k, "Its")))
    k++; /* "His foreign minister, X, met …" */
  /* "The European Union's foreign policy chief, Kaja Kallas, said": an
   * organisation the dictionaries know owns the title */
  nm_gz_entry oe;
  bool org = !anchored && c->g && t0 >= k + 2 && t0 - 1 - k <= NM_GZ_MAX_TOKENS &&
             possessive_at(c->d, t0 - 1) &&
             nm_gazetteer_get(c->g, c->h + k, t0 - 1 - k, &oe) && (oe.flags & NM_GZ_ORG);
  if (t0 - k != 0 && !(anchored && t0 - k <= 2) && !org) {
    /* "He blamed Kosovo's prime minister, Albin Kurti, for …": a title
     * its country owns, after a lower-case word, inside the sentence */
    if (!anchored) return 0;
    size_t as; /* the anchor's first word: "Kosovo" ('s) or "Kenyan" */
    if (t0 >= 1 && country_of(c, t0 - 1, t0, cc))
      as = t0 - 1;
    else if (t0 >= 2)
      as = t0 - 2;
    else
      return 0;
    if (as <= lo || as >= c->d->tokens.n || as > c->d->tags.n) return 0;
    size_t len, alen;
    const char *pw = nm_tok_text(c->d, as - 1, &len);
    const char *aw = nm_tok_text(c->d, as, &alen);
    const char *px = ((const nm_word_tags *)c->d->tags.data)[as - 1].xpos;
    /* not inside a phrase ("In talks with Iran's ambassador, X said"),
     * and a country's name, not a word ("the island's") */
    if (!pw || !len || !(pw[0] >= 'a' && pw[0] <= 'z') || !aw || !alen ||
        !(aw[0] >= 'A' && aw[0] <= 'Z') || !px || !strcmp(px, "IN") || !strcmp(px, "TO"))
      return 0;
  }
  *ts = t0;
  if (anchored) memcpy(iso3, cc, 4);
  return 1;
}

/* The title of a person's name mention: just before it ("U.S. Secretary
 * of State Antony Blinken"), or in an appositive after it ("Antony
 * Blinken, the U.S. secretary of state"). Sets the entity's title and,
 * from a country next to the title, its country. */
/* Whether the words from j are "of" and a body no state holds ("of a
 * state soybean association", "of the company"), up to punctuation: the
 * title before them is that body's ("Linda Hargrove, president of a state
 * soybean association": no head of state). */
static bool private_body_after(const ctx *c, size_t j, size_t hi) {
  if (j >= hi || !tok_eq(c->d, j, "of")) return false;
  for (size_t k = j + 1; k < hi && k < j + 8; k++) {
    size_t len;
    const char *w = nm_tok_text(c->d, k, &len);
    if (len == 1 && strchr(",.;:()\"", w[0])) return false;
    for (size_t q = 0; nm_private_bodies[q]; q++)
      if (len == strlen(nm_private_bodies[q]) && !strncasecmp(w, nm_private_bodies[q], len))
        return true;
  }
  return false;
}

/* Whether token k is a form of a verb that gives an office ("appointed",
 * "named", "installed", "nominated", "elected", "sworn in"'s "sworn" is
 * not before the name). */
static bool appointing_verb(const ctx *c, size_t k) {
  static const char *const v[] = {"appointed", "appoints", "appoint", "appointing", "named",
                                  "names", "name", "naming", "installed", "installs", "nominated",
                                  "nominates", "elected", "elects", "designated", NULL};
  for (size_t q = 0; v[q]; q++)
    if (tok_eq(c->d, k, v[q])) return true;
  return false;
}

static void find_title(ctx *c, const nm_mention *m, ent *e) {
  const nm_sentence *s = (const nm_sentence *)c->d->sentences.data + m->sentence;
  const nm_token *t = (const nm_token *)c->d->tokens.data;
  size_t lo = s->first_token, hi = s->first_token + s->n_tokens;
  size_t a = m->first_token, b = m->first_token + m->n_tokens, ts = 0, te = 0;
  uint64_t head = 0;
  char iso3[4] = "";
  size_t l = nm_title_ending_at(c->titles, c->h, lo, a, &head);
  if (!l && a > lo + 1 &&
      (tok_eq(c->d, a - 1, "counterpart") || tok_eq(c->d, a - 1, "Counterpart")) &&
      country_before(c, lo, a - 1, iso3)) {
    /* "his Iraqi counterpart Fuad Hussein": the country before the word,
     * and the title of the person whose counterpart he is, the nearest
     * titled person before him in the sentence */
    if (!e->iso3[0]) memcpy(e->iso3, iso3, 4);
    if (e->title_end != e->title_start) return;
    for (size_t j = (size_t)(m - c->m); j-- > 0;) {
      const nm_mention *o = &c->m[j];
      if (o->sentence != m->sentence) break;
      const ent *oe = o->entity < c->ne ? &c->e[o->entity] : NULL;
      if (o->type != NM_ENT_PERSON || !oe || oe == e || oe->title_end == oe->title_start) continue;
      e->title_start = oe->title_start;
      e->title_end = oe->title_end;
      e->title_head = oe->title_head;
      return;
    }
    e->title_start = t[a - 1].start;
    e->title_end = t[a - 1].end;
    e->title_head = c->h[a - 1];
    return;
  }
  size_t span = l; /* the title's words before the name */
  if (!l && a >= lo + 3) {
    /* "Assistant Secretary of State for African Affairs Molly Phee": a
     * title, "for" and a few capitalised words of its portfolio */
    /* (an "and" between two of them: "Coordinating Minister for
     * Political and Security Affairs Agus Santoso") */
    /* (and commas in such a list: "for Political, Legal and Security
     * Affairs Hadi Santosa") */
    size_t f = a;
    bool anded = false;
    while (f > lo + 2 && a - f < 8 &&
           (is_upper((unsigned char)c->d->text[t[f - 1].start]) ||
            ((tok_eq(c->d, f - 1, "and") || (anded && tok_eq(c->d, f - 1, ","))) && f < a &&
             f - 1 > lo && is_upper((unsigned char)c->d->text[t[f - 2].start])))) {
      if (tok_eq(c->d, f - 1, "and")) anded = true;
      f--;
    }
    /* (or "of" and its portfolio: "Minister of Foreign Affairs Ahmed
     * Attaf") */
    if (f < a && (tok_eq(c->d, f - 1, "for") || tok_eq(c->d, f - 1, "of"))) {
      l = nm_title_ending_at(c->titles, c->h, lo, f - 1, &head);
      span = l ? l + (a - (f - 1)) : 0;
    }
  }
  if (l) {
    ts = a - span;
    te = a;
    country_before(c, lo, ts, iso3);
  } else if (opening_title_before_comma(c, lo, a, &ts, &head, iso3)) {
    te = a - 1;
  } else if (b + 2 < hi && tok_eq(c->d, b, ",")) {
    size_t j = b + 1;
    if (tok_eq(c->d, j, "the") || tok_eq(c->d, j, "a") || tok_eq(c->d, j, "an")) j++;
    size_t k = j;
    if (k < hi && country_of(c, k, k + 1, iso3))
      k++;
    else if (k + 1 < hi && country_before(c, k, k + 2, iso3))
      k += 2;
    l = nm_title_starting_at(c->titles, c->h, k, hi, &head);
    /* not an owner: "the Ganabhaban, the prime minister's residence," */
    bool owner = l && k + l < hi && possessive_at(c->d, k + l);
    if (l && !owner && !private_body_after(c, k + l, hi)) {
      ts = k;
      te = k + l;
    } else {
      iso3[0] = '\0';
    }
  } else if (b + 2 < hi && tok_eq(c->d, b, "as") && a > lo && appointing_verb(c, a - 1)) {
    /* "the junta appointed Ali Mahaman Lamine Zeine as prime minister":
     * the office an appointment gives */
    size_t k = b + 1;
    if (tok_eq(c->d, k, "the") || tok_eq(c->d, k, "its") || tok_eq(c->d, k, "new")) k++;
    l = nm_title_starting_at(c->titles, c->h, k, hi, &head);
    if (l && !private_body_after(c, k + l, hi)) {
      ts = k;
      te = k + l;
    }
  }
  if (!te && b + 3 < hi) {
    /* "Bernardo Arévalo was sworn in as Guatemala's president": the
     * office the subject takes (sworn in, elected, installed,
     * inaugurated, appointed or named "as") */
    static const char *const taking[] = {"was", "is", "has", "been", "sworn", "in",
                                         "elected", "reelected", "installed", "inaugurated",
                                         "appointed", "named", "confirmed"};
    size_t k = b;
    bool verb = false;
    while (k < hi && k < b + 5) {
      bool w = false;
      for (size_t q = 0; q < sizeof taking / sizeof *taking && !w; q++)
        w = tok_eq(c->d, k, taking[q]);
      if (!w) break;
      verb |= !tok_eq(c->d, k, "was") && !tok_eq(c->d, k, "is") && !tok_eq(c->d, k, "has") &&
              !tok_eq(c->d, k, "been") && !tok_eq(c->d, k, "in");
      k++;
    }
    if (verb && k + 1 < hi && tok_eq(c->d, k, "as")) {
      k++;
      if (tok_eq(c->d, k, "the") || tok_eq(c->d, k, "its") || tok_eq(c->d, k, "new")) k++;
      if (k + 2 < hi && possessive_at(c->d, k + 1) && country_of(c, k, k + 1, iso3))
        k += 2; /* "Guatemala's" */
      else if (k + 1 < hi && country_of(c, k, k + 1, iso3))
        k++; /* "Guatemalan" */
      l = nm_title_starting_at(c->titles, c->h, k, hi, &head);
      if (l && !private_body_after(c, k + l, hi)) {
        ts = k;
        te = k + l;
      } else {
        iso3[0] = '\0';
      }
    }
  }
  if (!te) return;
  if (e->title_end == e->title_start) {
    e->title_start = t[ts].start;
    e->title_end = t[te - 1].end;
    e->title_head = head;
  }
  if (iso3[0] && !e->iso3[0]) memcpy(e->iso3, iso3, 4);
}

/* The title a nominal person mention ends with, and its anchor: the
 * country (*iso3) of the words before it ("Qatar's prime minister"), and
 * whether there are such words at all. 0 when it ends with no title. */
static size_t nominal_title(const ctx *c, const nm_mention *m, uint64_t *head, char *iso3,
                            int *anchored) {
  size_t a = m->first_token, b = m->first_token + m->n_tokens;
  size_t l = nm_title_ending_at(c->titles, c->h, a, b, head);
  iso3[0] = '\0';
  *anchored = 0;
  if (!l) return 0;
  size_t e = b - l; /* the anchor: [a, e) without its article and 's */
  if (a < e && (tok_eq(c->d, a, "the") || tok_eq(c->d, a, "The") || tok_eq(c->d, a, "a") ||
                tok_eq(c->d, a, "A") || tok_eq(c->d, a, "an") || tok_eq(c->d, a, "An")))
    a++;
  if (e > a && possessive_at(c->d, e - 1)) e--;
  *anchored = e > a;
  /* "an ethnic Albanian mayor": a people, not a state (country_before) */
  bool ethnic = a > 0 && (tok_eq(c->d, a - 1, "ethnic") || tok_eq(c->d, a - 1, "Ethnic"));
  if (e > a && !ethnic) country_of(c, a, e, iso3);
  return l;
}

/* The organisation an earlier apposition described with the nominal
 * mention's head word: "UNRWA, the UN agency for refugees, ..." and later
 * "the agency". Looks back over the last five sentences for the head word
 * after a comma that ends an organisation's name, no more than four words
 * later (seven after an article) and with no punctuation between. -1
 * when none. */
static long apposed_name(const ctx *c, uint32_t mi) {
  const nm_mention *m = &c->m[mi];
  const nm_token *t = (const nm_token *)c->d->tokens.data;
  if (m->n_tokens < 2) return -1;
  uint64_t head = c->h[m->first_token + m->n_tokens - 1];
  for (size_t k = m->first_token; k-- > 0 && t[k].sentence + 5 >= m->sentence;) {
    if (c->h[k] != head) continue;
    size_t p = k;
    while (p > 0 && k - p < 8 && !tok_eq(c->d, p - 1, ",")) {
      const nm_token *x = &t[p - 1];
      unsigned char ch = (unsigned char)c->d->text[x->start];
      if (x->end == x->start + 1 && !(ch & 0x80) && !((ch | 32) >= 'a' && (ch | 32) <= 'z') &&
          !(ch >= '0' && ch <= '9'))
        break; /* other punctuation */
      p--;
    }
    if (p < 2 || k - p >= 8 || !tok_eq(c->d, p - 1, ",")) continue;
    /* (five words or more only after an article: "the PAIGC, the
     * country's largest opposition party," and later "the party") */
    if (k - p >= 5 && !tok_eq(c->d, p, "the") && !tok_eq(c->d, p, "a") && !tok_eq(c->d, p, "an"))
      continue;
    /* the name that ends right before the comma */
    for (uint32_t j = mi; j-- > 0;) {
      const nm_mention *o = &c->m[j];
      if (o->first_token + o->n_tokens <= p - 1 && o->first_token + 16 < p) break;
      if (o->first_token + o->n_tokens == p - 1 && o->kind == NM_MENTION_NAME &&
          o->type == NM_ENT_ORG && o->entity != UINT32_MAX)
        return (long)o->entity;
    }
  }
  return -1;
}

/* Whether each word of tokens [a, b) is a word of entity e's title
 * (ASCII case ignored): "the interior minister" is not the holder of
 * "Prime Minister", "the prime minister" and "the minister" are. */
static int word_in_title(const ctx *c, const char *w, size_t len, const ent *e);
static int title_words_within(const ctx *c, size_t a, size_t b, const ent *e) {
  for (size_t k = a; k < b; k++) {
    size_t len;
    const char *w = nm_tok_text(c->d, k, &len);
    if (!word_in_title(c, w, len, e)) return 0;
  }
  return 1;
}

/* The same for the words of entity o's title (but its last, the head). */
static int title_within(const ctx *c, const ent *o, const ent *e) {
  const char *t = c->d->text + o->title_start;
  size_t n = o->title_end - o->title_start, i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && t[j] != ' ' && t[j] != '-')
      j++;
    if (j >= n) break; /* the head word */
    if (j > i && !word_in_title(c, t + i, j - i, e)) return 0;
    i = j + 1;
  }
  return 1;
}

/* Whether w[0..len) is a word of entity e's title (ASCII case ignored). */
static int word_in_title(const ctx *c, const char *w, size_t len, const ent *e) {
  const char *tt = c->d->text + e->title_start;
  size_t tn = e->title_end - e->title_start;
  int found = 0;
  for (size_t p = 0; p + len <= tn && !found; p++) {
    if (p > 0 && tt[p - 1] != ' ' && tt[p - 1] != '-') continue;
    if (p + len < tn && tt[p + len] != ' ' && tt[p + len] != '-') continue;
    found = 1;
    for (size_t q = 0; q < len && found; q++) {
      char x = tt[p + q], y = w[q];
      if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
      if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
      found = x == y;
    }
  }
  return found;
}

/* Whether entity e's title, case aside, is one of the NULL-terminated
 * titles w. */
static bool title_is(const ctx *c, const ent *e, const char *const *w) {
  size_t n = e->title_end - e->title_start;
  const char *t = c->d->text + e->title_start;
  for (; *w; w++) {
    if (strlen(*w) != n) continue;
    size_t k = 0;
    while (k < n && (t[k] | 0x20) == (*w)[k])
      k++;
    if (k == n) return true;
  }
  return false;
}

/* Whether e's title is a head of state's or government's, or "leader". */
static bool state_head(const ctx *c, const ent *e) {
  static const char *const leader[] = {"leader", NULL};
  return title_is(c, e, nm_state_head_titles) || title_is(c, e, leader);
}

/* The same description as before, within five sentences, is the same
 * body ("The bloc suspended …" … "the bloc would keep its doors open"),
 * though other organisations were named since: its entity, or -1. */
static long same_description(const ctx *c, uint32_t mi) {
  const nm_mention *m = &c->m[mi];
  for (uint32_t j = mi; j-- > 0 && mi - j <= RECENT_ENTITIES;) {
    const nm_mention *o = &c->m[j];
    if (o->sentence + 5 < m->sentence) break;
    if (o->kind != NM_MENTION_NOMINAL || o->type != NM_ENT_ORG || o->entity == UINT32_MAX)
      continue;
    if (c->h[o->first_token + o->n_tokens - 1] == c->h[m->first_token + m->n_tokens - 1])
      return (long)o->entity;
  }
  return -1;
}

/* "the committee" past the five sentences of the nearest bodies: the
 * nearest named body, of the last thirty sentences, whose name ends in
 * the same word of an institution ("told the Senate Armed Services
 * Committee" ... "asked the committee to fund", not "Southern Command"
 * named since), or -1. */
static long named_body_further_back(const ctx *c, uint32_t mi) {
  static const char *const institutions[] = {"committee", "commission", "council", "court",
                                             "tribunal",  "parliament", "assembly", "agency",
                                             "ministry",  "senate",     NULL};
  const nm_mention *m = &c->m[mi];
  uint32_t last = m->first_token + m->n_tokens - 1;
  size_t wl;
  const char *w = nm_tok_text(c->d, last, &wl);
  bool inst = false;
  for (size_t q = 0; institutions[q] && !inst; q++)
    inst = wl == strlen(institutions[q]) && !strncasecmp(w, institutions[q], wl);
  if (!inst) return -1;
  for (uint32_t j = mi; j-- > 0 && mi - j <= RECENT_ENTITIES;) {
    const nm_mention *o = &c->m[j];
    if (o->sentence + 30 < m->sentence) break;
    if (o->entity == UINT32_MAX || o->kind != NM_MENTION_NAME || o->type != NM_ENT_ORG ||
        c->e[o->entity].country)
      continue;
    if (c->d->has_dateline && o->start >= c->d->dateline.start && o->end <= c->d->dateline.end)
      continue;
    const nm_mention *on = &c->m[c->e[o->entity].canon];
    if (c->h[on->first_token + on->n_tokens - 1] == c->h[last]) return (long)o->entity;
  }
  return -1;
}

/* Whether a title's head word is one that many people hold at once:
 * official, spokesman, spokeswoman, spokesperson, diplomat, negotiator. */
static bool generic_title(uint64_t head) {
  static const char *const many[] = {"official", "spokesman",  "spokeswoman",
                                     "spokesperson", "diplomat", "negotiator"};
  for (size_t k = 0; k < sizeof many / sizeof *many; k++)
    if (head == nm_gz_token_hash(many[k], strlen(many[k]))) return true;
  return false;
}

/* The entity a nominal mention refers back to: the one person whose title
 * has the same head word and no other country ("the secretary"), or the
 * organisation an apposition described with the same head word, else the
 * latest organisation of the last five sentences ("the agency"). -1 when
 * none; -2 when the mention describes someone new ("Qatar's prime
 * minister" with no named holder). */
/* Whether a person's name set off after person description mi names it:
 * "Britain's minister for Europe, Catherine Ashworth-Hale, said" (the
 * name in apposition, or a conjunct of the place in the description's
 * modifier, as apposed_description() reads them). */
static bool name_apposed_after(const ctx *c, uint32_t mi) {
  const nm_doc *d = c->d;
  const nm_mention *m = &c->m[mi];
  if (d->tags.n != d->tokens.n) return false;
  const nm_word_tags *t = (const nm_word_tags *)d->tags.data;
  const nm_sentence *s = (const nm_sentence *)d->sentences.data + m->sentence;
  uint32_t mh = mention_head(d, m);
  for (uint32_t j = mi + 1; j < c->nm && j - mi <= 16; j++) {
    const nm_mention *o = &c->m[j];
    if (o->sentence != m->sentence) break;
    if (o->kind != NM_MENTION_NAME || o->type != NM_ENT_PERSON ||
        o->first_token <= s->first_token + 1)
      continue;
    uint32_t h = mention_head(d, o);
    /* (an honorific may stand between: "…, Sheikh Abdulaziz al-Thani,") */
    uint32_t before = o->first_token - 1;
    if (!tok_is_comma(d, before) && t[before].upos && !strcmp(t[before].upos, "PROPN") &&
        t[before].head && s->first_token + t[before].head - 1 == h)
      before--;
    if (!tok_is_comma(d, before)) continue;
    if (!t[h].deprel || !t[h].head) continue;
    uint32_t target = s->first_token + t[h].head - 1;
    if (!strcmp(t[h].deprel, "conj") && target < d->tokens.n && t[target].deprel &&
        !strncmp(t[target].deprel, "nmod", 4) && t[target].head)
      target = s->first_token + t[target].head - 1;
    else if (strcmp(t[h].deprel, "appos") != 0)
      continue;
    if (target == mh) return true;
  }
  return false;
}

static long resolve_nominal(const ctx *c, uint32_t mi) {
  const nm_mention *m = &c->m[mi];
  if (m->type == NM_ENT_PERSON && mi > 0 && m->first_token > 0) {
    /* "Bola Tinubu, the current ECOWAS chairman,": a description set off
     * right after a person's name is that person */
    const nm_mention *o = &c->m[mi - 1];
    size_t a = m->first_token, comma = a - 1;
    /* the description's article or a word of time or standing may stand
     * outside it ("Mireille Dubois, the acting U.N. humanitarian
     * coordinator") */
    static const char *const outside[] = {"the", "a", "an", "current", "former", NULL};
    while (comma > 0 && comma + 4 > a && !tok_eq(c->d, comma, ",") &&
           (tok_in(c->d, comma, outside) || tok_in(c->d, comma, nm_title_standing)))
      comma--;
    /* (not an owner: "the Ganabhaban, the prime minister's residence,"
     * describes a building) */
    size_t after = m->first_token + m->n_tokens;
    bool owner = after < c->d->tokens.n &&
                 (possessive_at(c->d, after) || tok_eq(c->d, after, "'"));
    if (tok_eq(c->d, comma, ",") && o->kind == NM_MENTION_NAME && o->type == NM_ENT_PERSON &&
        o->sentence == m->sentence && o->first_token + o->n_tokens == comma &&
        o->entity != UINT32_MAX && !owner)
      return (long)o->entity;
  }
  if (m->type == NM_ENT_PERSON) {
    uint64_t head;
    char iso3[4];
    int anchored;
    size_t l = nominal_title(c, m, &head, iso3, &anchored);
    if (!l) return -1;
    size_t tb = m->first_token + m->n_tokens; /* the title's words: [tb - l, tb) */
    /* named right after: a new person, whom the name joins; or, a bare
     * "The envoy, Samuel Okonjo-Bature," after "the African Union's
     * special envoy" held talks, the nearest unnamed holder of that title
     * in play, none named, whom the name now names */
    /* (a bare definite title: "The envoy", "the spokesman") */
    bool bare_the = !iso3[0] && l + 1 == m->n_tokens &&
                    (tok_eq(c->d, m->first_token, "the") || tok_eq(c->d, m->first_token, "The"));
    if (name_apposed_after(c, mi)) {
      long unnamed = -2;
      size_t stop = c->ne > RECENT_ENTITIES ? c->ne - RECENT_ENTITIES : 0;
      for (size_t k = c->ne; bare_the && k-- > stop;) {
        const ent *e = &c->e[k];
        if (e->title_end == e->title_start || e->title_head != head ||
            !title_words_within(c, tb - l, tb - 1, e))
          continue;
        if (c->m[e->canon].kind == NM_MENTION_NAME) return -2;
        if (unnamed == -2) unnamed = (long)k; /* the nearest (a headline's may be another) */
      }
      return unnamed;
    }
    long best = -1;
    if (l == 1 && iso3[0] && tok_eq(c->d, tb - 1, "leader")) {
      /* "the Swedish leader": the one head of state or government of that
       * country in play ("Prime Minister Ulf Kristersson") */
      size_t stop = c->ne > RECENT_ENTITIES ? c->ne - RECENT_ENTITIES : 0;
      for (size_t k = c->ne; k-- > stop;) {
        const ent *e = &c->e[k];
        if (e->title_end == e->title_start || strcmp(e->iso3, iso3) != 0 ||
            c->m[e->canon].kind != NM_MENTION_NAME || !state_head(c, e))
          continue;
        if (best >= 0) return -2;
        best = (long)k;
      }
      if (best >= 0) return best;
    }
    size_t stop = c->ne > RECENT_ENTITIES ? c->ne - RECENT_ENTITIES : 0;
    for (size_t k = c->ne; k-- > stop;) {
      const ent *e = &c->e[k];
      if (e->title_end == e->title_start || e->title_head != head) continue;
      if (!title_words_within(c, tb - l, tb - 1, e)) continue; /* another minister */
      if (iso3[0] && e->iso3[0] && strcmp(iso3, e->iso3) != 0) continue;
      if (anchored && !iso3[0]) continue;       /* "a State Department spokesman": someone new */
      /* "a U.S. official" after "Hamas official Basem Naim": a title many
       * hold, only with the same country named for both; or a bare
       * definite one, "The spokesman also accused …", when one holder is
       * in play */
      if (generic_title(head) && !bare_the && (!iso3[0] || strcmp(iso3, e->iso3) != 0)) continue;
      if (best >= 0) return anchored ? -2 : -1; /* two holders of the title: ambiguous */
      best = (long)k;
    }
    return best >= 0 ? best : anchored ? -2 : -1;
  }
  long apposed = apposed_name(c, mi);
  if (apposed >= 0) return apposed;
  /* "the fund", "the commission", "the court", "the ruling party" (not the
   * State Department named before): only a body whose name
   * ends in that word ("the International Monetary Fund") or has it
   * before "of" ("the International Court of Justice"), among those of
   * the last five sentences, the nearest */
  /* (and "the coalition": "threatened to leave the coalition" after "Red
   * Cross officials" is a government's, no body named before it) */
  static const char *const named_heads[] = {"fund",  "commission", "council", "ministry",
                                            "court", "union",      "party",   "coalition"};
  size_t hl = m->first_token + m->n_tokens - 1;
  for (size_t q = 0; q < sizeof named_heads / sizeof *named_heads; q++) {
    if (!tok_eq(c->d, hl, named_heads[q])) continue;
    for (uint32_t j = mi; j-- > 0 && mi - j <= RECENT_ENTITIES;) {
      const nm_mention *o = &c->m[j];
      if (o->sentence + 5 < m->sentence) break;
      if (o->entity == UINT32_MAX || o->kind != NM_MENTION_NAME || o->type != NM_ENT_ORG)
        continue;
      /* its last word, or the word before "of", "on" or "for" ("the
       * International Court of Justice", "the Kenya National Commission
       * on Human Rights") */
      static const char *const joins[] = {"of", "on", "for", NULL};
      for (size_t k = o->first_token; k < o->first_token + o->n_tokens; k++) {
        if (k + 1 < o->first_token + o->n_tokens && !tok_in(c->d, k + 1, joins)) continue;
        size_t ol;
        const char *ow = nm_tok_text(c->d, k, &ol);
        if (ol == strlen(named_heads[q]) && !strncasecmp(ow, named_heads[q], ol))
          return (long)o->entity;
      }
    }
    return same_description(c, mi); /* "the court" again, its name further back */
  }
  /* "the group", "the militia", "the movement" are no state's or
   * international body ("United Nations experts say the rebels are
   * backed by Rwanda. Rwanda denies supporting the group.") */
  static const char *const groups[] = {"group", "militia", "movement", "faction"};
  static const char *const official[] = {"Nations",  "Union",      "Council",    "Court",
                                         "Ministry", "Department", "Assembly",   "Parliament",
                                         "Congress", "Government", "Commission", "Senate",
                                         "Bank",     "Fund",       "Office",     "Agency",
                                         /* (nor a school, a firm or a charity: "the
                                          * militia" after "Georgetown University") */
                                         "University", "College",    "Institute",  "School",
                                         "Company",  "Corporation", "Foundation", "Hospital",
                                         "States",
                                         /* (nor a news agency: "The group said" after
                                          * "told The Associated Press") */
                                         "Press",    "News",     "Times",     "Post"};
  bool group = false;
  for (size_t q = 0; q < sizeof groups / sizeof *groups && !group; q++)
    group = tok_eq(c->d, m->first_token + m->n_tokens - 1, groups[q]);
  static const char *const agencies[] = {"agency", "organization", "organisation", "office",
                                         "program", "programme"};
  bool agency = false;
  for (size_t q = 0; q < sizeof agencies / sizeof *agencies && !agency; q++)
    agency = tok_eq(c->d, m->first_token + m->n_tokens - 1, agencies[q]);
  long same = same_description(c, mi);
  if (same >= 0) return same;
  same = named_body_further_back(c, mi);
  if (same >= 0) return same;
  /* the organisation named most often so far among those of the last
   * five sentences, the nearest on ties ("NATO ... the European Union and
   * the United States ... join the alliance": NATO) */
  long best = -1;
  uint32_t best_seen = 0;
  bool m_main = main_subject(c->d, m);
  for (uint32_t j = mi; j-- > 0 && mi - j <= RECENT_ENTITIES;) {
    const nm_mention *o = &c->m[j];
    if (o->sentence + 5 < m->sentence) break;
    /* not the news agency of the dateline ("KHARTOUM (Reuters) —" is
     * not "the paramilitary group") */
    if (c->d->has_dateline && o->start >= c->d->dateline.start && o->end <= c->d->dateline.end)
      continue;
    if (o->entity == UINT32_MAX || o->kind != NM_MENTION_NAME || o->type != NM_ENT_ORG) continue;
    /* nor a country one name of it was typed a body ("the North" of
     * North Korea is no "alliance") */
    if (c->e[o->entity].country) continue;
    bool body = false;
    for (size_t q = 0; group && q < sizeof official / sizeof *official && !body; q++)
      body = tok_eq(c->d, o->first_token + o->n_tokens - 1, official[q]);
    /* nor an international body by its initials ("the U.N.", "NATO") */
    static const char *const bodies[] = {"U.N.", "UN",   "EU",    "E.U.",   "NATO",  "AU",
                                         "WHO",  "IAEA", "UNICEF", "UNHCR", "WFP",   "ICC",
                                         "IMF",  "OSCE", "ASEAN", "ECOWAS", "UNRWA", "WTO",
                                         /* (and peacekeeping missions) */
                                         "UNIFIL", "MONUSCO", "UNMISS", "MINUSMA", "MINUSCA",
                                         "AMISOM", "ATMIS", "KFOR", "EUFOR", "UNAMA", "UNMIK",
                                         "UNDOF", "UNFICYP", "UNAMID", "UNISFA",
                                         /* (and the news agencies) */
                                         "AP",    "Reuters", "AFP",    "Xinhua", "TASS", "BBC",
                                         "CNN"};
    for (size_t q = 0; group && o->n_tokens == 1 && q < sizeof bodies / sizeof *bodies && !body;
         q++) {
      size_t bl;
      const char *bw = nm_tok_text(c->d, o->first_token, &bl);
      body = bl == strlen(bodies[q]) && !memcmp(bw, bodies[q], bl);
    }
    /* (nor a state's office whose name goes on past its word: "the U.S.
     * Treasury Department's Office of Foreign Assets Control (OFAC)",
     * "United Kingdom Maritime Trade Operations") */
    static const char *const offices[] = {"Office", "Department", "Ministry", "Agency",
                                          "Treasury", "Commission", "Kingdom"};
    const nm_mention *full = &c->m[c->e[o->entity].canon];
    bool firm_word = tok_eq(c->d, m->first_token + m->n_tokens - 1, "company") ||
                     tok_eq(c->d, m->first_token + m->n_tokens - 1, "firm");
    for (uint32_t t = 0; (group || firm_word) && t < full->n_tokens && !body; t++)
      for (size_t q = 0; q < sizeof offices / sizeof *offices && !body; q++)
        body = tok_eq(c->d, full->first_token + t, offices[q]);
    if (body) continue;
    /* ... and "the agency", "the ministry" no armed group ("according to
     * the agency" after "The U.N. refugee agency said …" is not the Rapid
     * Support Forces) */
    static const char *const armed[] = {"Forces", "Force", "Army",  "Front", "Brigades",
                                        "Militia", "Movement", "Group", "Guard"};
    bool arms = false;
    const nm_mention *on = &c->m[c->e[o->entity].canon]; /* its fullest name */
    for (size_t q = 0; agency && q < sizeof armed / sizeof *armed && !arms; q++)
      arms = tok_eq(c->d, on->first_token + on->n_tokens - 1, armed[q]);
    if (arms) continue;
    /* ... and "the group" no company ("a spokesperson for Nordhavn Lines"
     * before "sanctions on the group's leaders" after the Houthis) */
    static const char *const firms[] = {"Lines", "Line", "Maritime", "Shipping", "Airlines",
                                        "Airways", "Bank", "Corporation", "Corp.", "Company",
                                        "Inc.", "Ltd.", "Holdings"};
    for (size_t q = 0; group && q < sizeof firms / sizeof *firms && !arms; q++)
      arms = tok_eq(c->d, on->first_token + on->n_tokens - 1, firms[q]);
    if (arms) continue;
    /* ... and "the company", "the firm" no state's force or body ("It did
     * not name the company" after "the U.S. Navy said") */
    static const char *const state[] = {"Navy", "Army", "Force", "Forces", "Guard", "Ministry",
                                        "Department", "Command", "Fleet", "Police"};
    bool firm = tok_eq(c->d, m->first_token + m->n_tokens - 1, "company") ||
                tok_eq(c->d, m->first_token + m->n_tokens - 1, "firm");
    for (size_t q = 0; firm && q < sizeof state / sizeof *state && !arms; q++)
      arms = tok_eq(c->d, on->first_token + on->n_tokens - 1, state[q]);
    /* (nor a union of states or a public body: "the company had relied on
     * end-user certificates" after "the European Union") */
    static const char *const publics[] = {"Union", "EU", "E.U.", "NATO", "Nations", "U.N.",
                                          "UN",    "Commission", "Council", "Parliament",
                                          "Court", "Assembly", NULL};
    for (uint32_t k = 0; firm && k < on->n_tokens && !arms; k++)
      arms = tok_in(c->d, on->first_token + k, publics);
    if (arms) continue;
    /* ... and "the bloc" a union of states ("the European Union", "ASEAN",
     * "ECOWAS"), not the United Nations or a ministry */
    static const char *const blocs[] = {"Union", "EU",   "E.U.",     "ASEAN",  "ECOWAS", "League",
                                        "Community", "Alliance", "NATO", "BRICS", "Mercosur",
                                        "SADC", "IGAD", "CARICOM",  "GCC",    "AU",     "OAS",
                                        "Bloc", "Council", "States",
                                        /* (the union's own bodies: "European Commission
                                         * spokeswoman X said the bloc condemned") */
                                        "European", NULL};
    bool union_name = false; /* (any word: "Economic Community of West African States") */
    for (uint32_t k = 0; k < on->n_tokens && !union_name; k++)
      union_name = tok_in(c->d, on->first_token + k, blocs);
    if (tok_eq(c->d, m->first_token + m->n_tokens - 1, "bloc") && !union_name) continue;
    uint32_t seen = c->e[o->entity].mentions_seen;
    /* (a body whose name ends in the description's word first: "the
     * agency" is the International Atomic Energy Agency over "the U.N."
     * named as often) */
    if (c->h[on->first_token + on->n_tokens - 1] == c->h[m->first_token + m->n_tokens - 1])
      seen += 1u << 20;
    /* (on a tie, a body that was a main clause's subject over one named
     * inside what it said: "The National Human Rights Defense Network
     * said the gunmen belonged to the Gran Grif gang. The group said",
     * the network), when the description is one too */
    seen = (seen << 1) | (m_main && main_subject(c->d, o) ? 1u : 0u);
    if (best < 0 || seen > best_seen) best = (long)o->entity, best_seen = seen;
  }
  return best;
}

/* The described person a newly named one is ("Kenya's foreign minister"
 * ... "Foreign Minister Grace Wanjiru"): the one entity of the recent
 * ones made from a description, with no name yet, whose title has the
 * same head word and no other country, when no named person already
 * holds that title there. -1 when none or several. */
/* "Turkish leader" (a headline's description) and the head of state or
 * government of that country the article names ("President X"). */
static bool leader_of(const ctx *c, const ent *desc, const ent *named) {
  static const char *const leader[] = {"leader", NULL};
  return desc->iso3[0] && named->iso3[0] && !strcmp(desc->iso3, named->iso3) &&
         title_is(c, desc, leader) && state_head(c, named);
}

static long described_holder(const ctx *c, size_t self, const char *gz_iso3) {
  const ent *e = &c->e[self];
  if (e->title_end == e->title_start) return -1;
  /* the country the text gives the person, else the one the gazetteer
   * knows the person's name by ("President Nicolas Maduro": VEN, so not
   * "Guyana's president") */
  const char *own = e->iso3[0] ? e->iso3 : gz_iso3;
  long best = -1;
  size_t stop = self > RECENT_ENTITIES ? self - RECENT_ENTITIES : 0;
  for (size_t k = self; k-- > stop;) {
    const ent *o = &c->e[k];
    if (o->title_end == o->title_start) continue;
    if (leader_of(c, o, e)) {
      if (c->m[o->canon].kind == NM_MENTION_NAME || c->m[o->canon].type != NM_ENT_PERSON ||
          best >= 0)
        return -1;
      best = (long)k;
      continue;
    }
    if (o->title_head != e->title_head) continue;
    if (o->iso3[0] && own[0] && strcmp(o->iso3, own) != 0) continue;
    /* a title many hold ("A senior Egyptian official … Hamas official
     * Basem Naim"): only with the same country named for both */
    if (generic_title(o->title_head) && (!o->iso3[0] || strcmp(o->iso3, e->iso3) != 0)) continue;
    if (!title_within(c, o, e)) continue; /* "the deputy foreign minister" */
    if (c->m[o->canon].kind == NM_MENTION_NAME) return -1; /* a named holder: ambiguous */
    if (c->m[o->canon].type != NM_ENT_PERSON) return -1;
    /* (the same description twice, a headline's and the story's: "Tamil
     * Nadu chief minister appeals …", then "Tamil Nadu's chief minister
     * wrote …": the nearer one) */
    if (best >= 0 && !strcmp(o->iso3, c->e[best].iso3)) continue;
    if (best >= 0) return -1;
    best = (long)k;
  }
  return best;
}

/* A new entity for a described person ("Qatar's prime minister"): the
 * description is its name, the title its title, the anchor its country. */
static void describe(ctx *c, uint32_t mi) {
  const nm_mention *m = &c->m[mi];
  const nm_token *t = (const nm_token *)c->d->tokens.data;
  uint64_t head;
  char iso3[4];
  int anchored;
  size_t l = nominal_title(c, m, &head, iso3, &anchored);
  ent *e = new_entity(c, mi);
  e->votes[NM_ENT_PERSON]++;
  if (l) {
    size_t b = m->first_token + m->n_tokens;
    e->title_start = t[b - l].start;
    e->title_end = t[b - 1].end;
    e->title_head = head;
  }
  if (iso3[0]) memcpy(e->iso3, iso3, 4);
}

/* Fills d->entities from the clusters and drops unresolved mentions. */
static nm_status build_entities(ctx *c) {
  nm_doc *d = c->d;
  size_t nm = c->nm, ne = c->ne;
  uint32_t *newidx = malloc((nm ? nm : 1) * sizeof *newidx);
  uint32_t *rank = malloc((ne ? ne : 1) * sizeof *rank);
  uint32_t *count = calloc(ne ? ne : 1, sizeof *count);
  nm_status st = NM_OK;
  if (!newidx || !rank || !count) {
    st = NM_ERR_NOMEM;
    goto done;
  }
  /* entities are numbered in order of first mention */
  for (size_t k = 0; k < ne; k++)
    rank[k] = UINT32_MAX;
  uint32_t n_out = 0, kept = 0;
  for (size_t i = 0; i < nm; i++) {
    uint32_t e = c->m[i].entity;
    newidx[i] = UINT32_MAX;
    if (e == UINT32_MAX) continue;
    if (rank[e] == UINT32_MAX) rank[e] = n_out++;
    count[e]++;
    newidx[i] = kept++;
  }
  if (nm_vec_reserve(&d->entities, n_out) != 0) {
    st = NM_ERR_NOMEM;
    goto done;
  }
  nm_entity *out = (nm_entity *)d->entities.data;
  uint32_t **lists = calloc(ne ? ne : 1, sizeof *lists);
  if (!lists) {
    st = NM_ERR_NOMEM;
    goto done;
  }
  for (size_t k = 0; k < ne && st == NM_OK; k++) {
    if (rank[k] == UINT32_MAX) continue;
    const ent *e = &c->e[k];
    const nm_mention *cm = &c->m[e->canon];
    nm_entity *o = &out[rank[k]];
    memset(o, 0, sizeof *o);
    o->name = nm_arena_strndup(&d->arena, d->text + cm->start, cm->end - cm->start);
    lists[k] = nm_arena_alloc(&d->arena, count[k] * sizeof(uint32_t));
    if (!o->name || !lists[k]) {
      st = NM_ERR_NOMEM;
      break;
    }
    /* the type most of its names have; a country keeps GPE */
    nm_entity_type t = cm->type;
    for (unsigned ty = 0; ty < NM_ENT_COUNT; ty++)
      if (e->votes[ty] > e->votes[t]) t = (nm_entity_type)ty;
    if (e->country && t == NM_ENT_NORP && e->votes[NM_ENT_GPE]) t = NM_ENT_GPE;
    /* a person's title ("President Mohamed Bazoum") outvotes the
     * organisation the model read in "Bazoum's party", "Bazoum or Tiani" */
    if (t == NM_ENT_ORG && e->title_end > e->title_start && e->votes[NM_ENT_PERSON])
      t = NM_ENT_PERSON;
    o->type = t;
    memcpy(o->country, e->iso3, 4);
    if (e->title_end > e->title_start) {
      o->title =
          nm_arena_strndup(&d->arena, d->text + e->title_start, e->title_end - e->title_start);
      if (!o->title) {
        st = NM_ERR_NOMEM;
        break;
      }
    }
    o->mentions = lists[k];
    o->n_mentions = 0;
  }
  if (st == NM_OK) {
    for (size_t i = 0; i < nm; i++) {
      uint32_t e = c->m[i].entity;
      if (e == UINT32_MAX) continue;
      nm_entity *o = &out[rank[e]];
      lists[e][o->n_mentions++] = newidx[i];
      c->m[newidx[i]] = c->m[i];
      nm_mention *mm = &c->m[newidx[i]];
      mm->entity = rank[e];
      /* one type for every name of an entity: the majority decides (a
       * demonym stays NORP) */
      if (mm->kind == NM_MENTION_NAME && mm->type != NM_ENT_NORP && o->type != NM_ENT_NORP)
        mm->type = o->type;
    }
    d->mentions.n = kept;
    d->entities.n = n_out;
  }
  free(lists);
done:
  free(newidx);
  free(rank);
  free(count);
  return st;
}

/* "The rebel group, known by its Spanish initials ELN, …": the entity of
 * the organisation's mention that ends right before ", known as|by … X"
 * or ", or X,", X being name mention mi; -1 when there is none. */
static long known_by(const ctx *c, uint32_t mi) {
  static const char *const filler[] = {"by",      "as",      "its",          "their", "the",
                                       "initials", "acronym", "abbreviation", "name",  "simply"};
  const nm_mention *m = &c->m[mi];
  const nm_token *ts = (const nm_token *)c->d->tokens.data;
  size_t a = m->first_token, k = a;
  /* (or the one-word name after ", or" set off by a comma: "the Front
   * for the Liberation of Mozambique, or Frelimo, which", "the
   * Association of Southeast Asian Nations, or ASEAN,") */
  size_t b = a + m->n_tokens;
  if (m->n_tokens == 1 && a >= 3 && b < c->d->tokens.n && ts[b].sentence == m->sentence &&
      tok_eq(c->d, a - 1, "or") && tok_is_comma(c->d, a - 2) &&
      (tok_is_comma(c->d, b) || tok_eq(c->d, b, "."))) {
    for (uint32_t j = mi; j-- > 0;) {
      const nm_mention *o = &c->m[j];
      if (o->sentence != m->sentence) break;
      if (o->first_token + o->n_tokens != a - 2) continue;
      if (o->entity == UINT32_MAX || o->entity == m->entity || o->n_tokens < 2) return -1;
      return c->m[c->e[o->entity].canon].type == NM_ENT_ORG ? (long)o->entity : -1;
    }
    return -1;
  }
  for (int n = 0; n < 6 && k > 0; n++) {
    k--;
    if (ts[k].sentence != m->sentence) return -1;
    if (tok_eq(c->d, k, "known")) break;
    size_t len;
    const char *t = nm_tok_text(c->d, k, &len);
    bool ok = len && t[0] >= 'A' && t[0] <= 'Z' && k + 1 < a; /* a language: "Spanish" */
    for (size_t f = 0; f < sizeof filler / sizeof *filler && !ok; f++)
      ok = tok_eq(c->d, k, filler[f]) != 0;
    if (!ok) return -1;
  }
  if (!tok_eq(c->d, k, "known") || k + 1 >= a || k == 0 || !tok_is_comma(c->d, k - 1))
    return -1;
  for (uint32_t j = mi; j-- > 0;) {
    const nm_mention *o = &c->m[j];
    if (o->sentence != m->sentence) break;
    if (o->first_token + o->n_tokens != k - 1) continue;
    if (o->entity == UINT32_MAX || o->entity == m->entity) return -1;
    return c->m[c->e[o->entity].canon].type == NM_ENT_ORG ? (long)o->entity : -1;
  }
  return -1;
}

/* Entity from joins entity into: its mentions up to mi, its votes and the
 * names that pointed to it. */
static void merge_entity(ctx *c, uint32_t from, uint32_t into, uint32_t mi) {
  ent *f = &c->e[from], *t = &c->e[into];
  for (uint32_t j = 0; j <= mi; j++)
    if (c->m[j].entity == from) c->m[j].entity = into;
  for (unsigned ty = 0; ty < NM_ENT_COUNT; ty++)
    t->votes[ty] += f->votes[ty];
  t->mentions_seen += f->mentions_seen;
  if (f->last > t->last) t->last = f->last;
  if (!t->iso3[0]) memcpy(t->iso3, f->iso3, 4);
  if (c->m[t->canon].kind != NM_MENTION_NAME) t->canon = f->canon; /* a name over a description */
  for (uint64_t s = 0; s <= c->names_mask; s++)
    if (c->names[s].key && c->names[s].entity == from) c->names[s].entity = into;
  memset(f->votes, 0, sizeof f->votes);
}

nm_status nm_coref(const nm_gazetteer *g, nm_doc *d) {
  ctx c;
  memset(&c, 0, sizeof c);
  c.titles = nm_titles_builtin();
  c.d = d;
  c.g = g;
  c.m = (nm_mention *)d->mentions.data;
  c.nm = d->mentions.n;
  if (!c.nm) return NM_OK;
  uint64_t cap = 16;
  while (cap < 2 * (uint64_t)c.nm)
    cap <<= 1;
  c.e = malloc(c.nm * sizeof *c.e);
  c.h = malloc(d->tokens.n * sizeof *c.h);
  c.names = calloc(cap, sizeof *c.names);
  c.names_mask = cap - 1;
  if (!c.e || !c.h || !c.names) {
    free(c.e);
    free(c.h);
    free(c.names);
    return NM_ERR_NOMEM;
  }
  for (size_t i = 0; i < d->tokens.n; i++)
    c.h[i] = tok_hash(d, i);
  for (uint32_t i = 0; i < c.nm; i++) {
    nm_mention *m = &c.m[i];
    m->entity = UINT32_MAX;
    if (m->kind == NM_MENTION_NOMINAL) {
      long e = resolve_nominal(&c, i);
      if (e >= 0)
        join(&c, (uint32_t)e, i);
      else if (e == -2)
        describe(&c, i);
      continue;
    }
    if (m->kind == NM_MENTION_PRONOUN) {
      long e = resolve_pronoun(&c, i);
      if (e >= 0) {
        join(&c, (uint32_t)e, i);
        if (!c.e[e].gender) c.e[e].gender = pronoun_gender(d, m);
      }
      continue;
    }
    nm_gz_entry ge;
    int has_ge = gz_entry(&c, m, &ge);
    bool fresh = false;
    long k = match_name(&c, i, &ge, has_ge);
    ent *e;
    long ap = k < 0 ? apposed_description(&c, i) : -1;
    if (ap >= 0) {
      /* the description's person has a name: it becomes canonical */
      join(&c, (uint32_t)ap, i);
      e = &c.e[ap];
      e->canon = i;
    } else if (k >= 0) {
      join(&c, (uint32_t)k, i);
      e = &c.e[k];
      const nm_mention *cm = &c.m[e->canon];
      /* (a place's name joined to a person as the surname is a person's
       * name, with no country: "Montenegro said" after "Col. Jairo
       * Montenegro", "Villalba said" after "Rubén Villalba") */
      if (cm->type == NM_ENT_PERSON && m->type != NM_ENT_PERSON && m->type != NM_ENT_NORP &&
          m->n_tokens == 1 && has_ge) {
        m->type = NM_ENT_PERSON;
        has_ge = 0;
      }
      /* a fuller name, or a country's name over its demonym, becomes canonical */
      uint32_t mcw = compass_words(&c, m), ccw = compass_words(&c, cm);
      if ((m->type == cm->type && m->type != NM_ENT_NORP &&
           m->n_tokens - mcw > cm->n_tokens - ccw) ||
          (cm->type == NM_ENT_NORP && m->type != NM_ENT_NORP) ||
          (m->type == NM_ENT_PERSON && cm->type != NM_ENT_PERSON && cm->n_tokens == 1 &&
           m->n_tokens > 1)) /* the person's full name over a mistyped surname */
        e->canon = i;
      /* "southern Lebanon" first, then "Lebanon": the name itself */
      else if (m->type == cm->type && m->n_tokens - mcw == cm->n_tokens - ccw && mcw < ccw)
        e->canon = i;
      else if (m->n_tokens - mcw == cm->n_tokens - ccw && better_form(&c, m, cm))
        e->canon = i;
    } else {
      e = new_entity(&c, i);
      fresh = true;
    }
    e->votes[m->type]++;
    {
      uint64_t key = name_key(&c, m);
      struct name_slot *ns = name_find(&c, key);
      ns->key = key;
      ns->entity = m->entity;
    }
    if (!e->gender && m->type == NM_ENT_PERSON) e->gender = title_gender(d, m);
    if (!e->gender && m->type == NM_ENT_PERSON) e->gender = name_gender(&c, m);
    if (m->type == NM_ENT_PERSON) find_title(&c, m, e);
    if (fresh && m->type == NM_ENT_PERSON) {
      long dk = described_holder(&c, (size_t)(e - c.e),
                                 has_ge && (ge.flags & NM_GZ_PERSON) ? ge.iso3 : "");
      if (dk >= 0) {
        /* "Kenya's foreign minister accused ... Foreign Minister Grace
         * Wanjiru told ...": the described person is the named one */
        ent *de = &c.e[dk];
        if (leader_of(&c, de, e)) { /* "Turkish leader": the office is the name's */
          de->title_start = e->title_start;
          de->title_end = e->title_end;
          de->title_head = e->title_head;
        }
        de->canon = de->last = i;
        de->mentions_seen++;
        de->votes[m->type]++;
        if (!de->gender) de->gender = e->gender;
        if (!de->iso3[0]) memcpy(de->iso3, e->iso3, 4);
        c.m[i].entity = (uint32_t)dk;
        name_find(&c, name_key(&c, m))->entity = (uint32_t)dk;
        c.ne--; /* e was the last entity, made for this mention */
        continue;
      }
    }
    /* a person's country from the gazetteer only when it lists the name
     * as a person's ("Kim" is also a town in India), an organisation's
     * only as an organisation's or a country's ("the South" is no region
     * of Cameroon) */
    /* "the West", "the East": a bloc or a part of the world, not a
     * region of Cameroon (places.c skips them too) */
    /* (with no article too: "West warns of threat to Dayton"; a region
     * of that name comes with "the" and "region" after) */
    bool bloc = m->n_tokens == 1 &&
                (tok_eq(c.d, m->first_token, "West") || tok_eq(c.d, m->first_token, "East") ||
                 tok_eq(c.d, m->first_token, "North") || tok_eq(c.d, m->first_token, "South"));
    if (has_ge && ge.iso3[0] && !e->iso3[0] && !bloc &&
        (m->type != NM_ENT_PERSON || (ge.flags & NM_GZ_PERSON)) &&
        (m->type != NM_ENT_ORG || (ge.flags & (NM_GZ_ORG | NM_GZ_COUNTRY))))
      memcpy(e->iso3, ge.iso3, 4);
    if (has_ge && (ge.flags & (NM_GZ_COUNTRY | NM_GZ_DEMONYM)) && ge.iso3[0] &&
        (m->type == NM_ENT_GPE || m->type == NM_ENT_NORP)) {
      e->country = 1;
      memcpy(e->iso3, ge.iso3, 4);
    }
    if (m->type == NM_ENT_ORG) {
      long kb = known_by(&c, i);
      if (kb >= 0) merge_entity(&c, m->entity, (uint32_t)kb, i);
    }
  }
  nm_status st = build_entities(&c);
  free(c.e);
  free(c.h);
  free(c.names);
  return st;
}

nm_status nm_coref_move_mention(nm_doc *d, uint32_t mi, uint32_t to) {
  nm_mention *ms = (nm_mention *)d->mentions.data;
  nm_entity *es = (nm_entity *)d->entities.data;
  if (mi >= d->mentions.n || to >= d->entities.n) return NM_OK;
  uint32_t from = ms[mi].entity;
  if (from >= d->entities.n || from == to || es[from].n_mentions < 2) return NM_OK;
  uint32_t *grown = nm_arena_alloc(&d->arena, ((size_t)es[to].n_mentions + 1) * sizeof *grown);
  if (!grown) return NM_ERR_NOMEM;
  /* the old list shrinks in place (the arena's memory, written by coref) */
  uint32_t *old = (uint32_t *)es[from].mentions, n = 0;
  for (uint32_t k = 0; k < es[from].n_mentions; k++)
    if (old[k] != mi) old[n++] = old[k];
  es[from].n_mentions = n;
  n = 0;
  bool placed = false;
  for (uint32_t k = 0; k < es[to].n_mentions; k++) {
    if (!placed && es[to].mentions[k] > mi) {
      grown[n++] = mi;
      placed = true;
    }
    grown[n++] = es[to].mentions[k];
  }
  if (!placed) grown[n++] = mi;
  es[to].mentions = grown;
  es[to].n_mentions = n;
  ms[mi].entity = to;
  return NM_OK;
}

/* ------------------------------------------------------------------ */
/* Who issued "the statement"                                           */

static const char *const text_nouns[] = {"statement", "communique", "communiqué", "declaration",
                                         "letter", "message", NULL};

static bool lemma_in(const nm_word_tags *tg, const char *const *set) {
  if (!tg->lemma) return false;
  for (size_t k = 0; set[k]; k++)
    if (!strcmp(tg->lemma, set[k])) return true;
  return false;
}

static bool deprel_is(const nm_word_tags *tg, const char *r) {
  size_t n = strlen(r);
  return tg->deprel && !strncmp(tg->deprel, r, n) && (!tg->deprel[n] || tg->deprel[n] == ':');
}

/* The dependent of word u (doc index; its sentence [a, b)) with relation
 * base r, nearest u, or UINT32_MAX. */
static uint32_t dependent(const nm_word_tags *tg, size_t a, size_t b, size_t u, const char *r) {
  uint32_t best = UINT32_MAX;
  for (size_t k = a; k < b; k++)
    if (tg[k].head == u - a + 1 && deprel_is(&tg[k], r) &&
        (best == UINT32_MAX || (k > u ? k - u : u - k) < (best > u ? best - u : u - best)))
      best = (uint32_t)k;
  return best;
}

/* The author of text noun u, from its own sentence: "a Foreign Ministry
 * statement", "the army's statement", "a statement from the ministry", the
 * subject of "issued a statement" (the agent of "was issued by"), the
 * subject of the verb that speaks "in a statement". */
static uint32_t own_author(const nm_word_tags *tg, size_t a, size_t b, size_t u) {
  static const char *const issue[] = {"issue", "release", "publish", "send",    "read",
                                      "post",  "put",     "make",    "deliver", "circulate",
                                      "share", "sign",    "adopt",   "write",   "distribute",
                                      NULL};
  static const char *const by[] = {"from", "by", NULL};
  /* "the army's statement", "a Foreign Ministry statement" (a name: not "a
   * press statement", "a video statement") */
  for (size_t k = a; k < u; k++)
    if (tg[k].head == u - a + 1 && tg[k].upos &&
        ((deprel_is(&tg[k], "nmod") &&
          (!strcmp(tg[k].upos, "PROPN") || !strcmp(tg[k].upos, "NOUN"))) ||
         (deprel_is(&tg[k], "compound") && !strcmp(tg[k].upos, "PROPN"))))
      return (uint32_t)k;
  for (size_t k = u + 1; k < b && k < u + 12; k++) { /* "a statement from the ministry" */
    if (tg[k].head != u - a + 1 || !deprel_is(&tg[k], "nmod")) continue;
    uint32_t cs = dependent(tg, a, b, k, "case");
    if (cs != UINT32_MAX && cs < k && lemma_in(&tg[cs], by)) return (uint32_t)k;
  }
  for (size_t k = u + 1; k < b && k < u + 4; k++) { /* "a statement issued by the ministry" */
    if (tg[k].head != u - a + 1 || !deprel_is(&tg[k], "acl") || !lemma_in(&tg[k], issue))
      continue;
    for (size_t q = k + 1; q < b && q < k + 12; q++)
      if (tg[q].head == k - a + 1 && tg[q].deprel && !strcmp(tg[q].deprel, "obl:agent"))
        return (uint32_t)q;
  }
  if (!tg[u].head || tg[u].head > b - a) return UINT32_MAX;
  size_t v = a + tg[u].head - 1;
  if (!tg[v].upos || strcmp(tg[v].upos, "VERB") != 0) return UINT32_MAX;
  bool said_in = false; /* "said in a statement", "In a statement, the ministry said" */
  if (deprel_is(&tg[u], "obl")) {
    uint32_t cs = dependent(tg, a, b, u, "case");
    said_in = cs != UINT32_MAX && tg[cs].lemma && !strcmp(tg[cs].lemma, "in");
  }
  bool issued = deprel_is(&tg[u], "obj") && lemma_in(&tg[v], issue);
  if (!said_in && !issued && !(deprel_is(&tg[u], "nsubj") && lemma_in(&tg[v], issue)))
    return UINT32_MAX;
  if (deprel_is(&tg[u], "nsubj")) { /* "a statement was issued by the ministry" */
    for (size_t k = v + 1; k < b; k++)
      if (tg[k].head == v - a + 1 && tg[k].deprel && !strcmp(tg[k].deprel, "obl:agent"))
        return (uint32_t)k;
    return UINT32_MAX;
  }
  for (int up = 0; up < 3; up++) { /* "met … and issued a statement": the first's subject */
    uint32_t s = dependent(tg, a, b, v, "nsubj");
    if (s != UINT32_MAX && tg[s].deprel && !strcmp(tg[s].deprel, "nsubj")) return s;
    if (!deprel_is(&tg[v], "conj") || !tg[v].head || tg[v].head > b - a) break;
    v = a + tg[v].head - 1;
  }
  return UINT32_MAX;
}

uint32_t nm_coref_text_author(const nm_doc *d, uint32_t t) {
  size_t nt = 0;
  const nm_word_tags *tg = nm_doc_tags(d, &nt);
  if (!tg || t >= nt || t >= d->tokens.n || !lemma_in(&tg[t], text_nouns)) return UINT32_MAX;
  const nm_token *tok = (const nm_token *)d->tokens.data;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  uint32_t si = tok[t].sentence;
  if (si >= d->sentences.n) return UINT32_MAX;
  size_t lo = ss[si > 2 ? si - 2 : 0].first_token;
  for (size_t u = t + 1; u-- > lo && t - u < 600;) {
    if (!lemma_in(&tg[u], text_nouns) || !tg[u].upos || strcmp(tg[u].upos, "NOUN") != 0)
      continue;
    uint32_t us = tok[u].sentence;
    if (us >= d->sentences.n) return UINT32_MAX;
    size_t a = ss[us].first_token, b = a + ss[us].n_tokens;
    if (b > nt || u < a || u >= b) return UINT32_MAX;
    uint32_t au = own_author(tg, a, b, u);
    if (au != UINT32_MAX) return au;
    /* "the statement" with no words of its own names one told before;
     * any other ("a statement", "the joint statement") is a new one */
    bool definite = false, own_words = false;
    for (size_t k = a; k < b; k++) {
      if (tg[k].head != u - a + 1) continue;
      if (k < u && deprel_is(&tg[k], "det") && tg[k].lemma &&
          (!strcmp(tg[k].lemma, "the") || !strcmp(tg[k].lemma, "this") ||
           !strcmp(tg[k].lemma, "that")))
        definite = true;
      else if (deprel_is(&tg[k], "amod") || deprel_is(&tg[k], "acl") ||
               deprel_is(&tg[k], "nmod") || deprel_is(&tg[k], "compound"))
        own_words = true;
    }
    if (!definite || own_words) return UINT32_MAX;
  }
  return UINT32_MAX;
}
