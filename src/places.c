/* places.c - stage "places": each GPE and LOC entity resolved to one
 * record of the GeoNames table (places_table.c).
 *
 * Two passes over the article's entities. The first scores every
 * candidate by what the entity says alone (prior: kind and population;
 * how sure the name is; a qualifier such as ", Texas") and lets the best
 * candidate vote for its country and first-level division, weighted by
 * its mentions and its margin over candidates of other countries. NORP
 * entities ("Israeli") and the dateline vote too. The second pass adds
 * the article's focus, without the entity's own vote, and keeps the best
 * candidate. Towns (small places of cities1000) are candidates only of
 * GPE names that have no other candidate, are taken only when the article
 * supports them (their country has votes, or a qualifier names their
 * division or country), and never vote or qualify, so that every other
 * name resolves as without them. The rules and weights are in
 * docs/places.md. */
#include "places.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEY_CAP     256
#define SPAN_CANDS  128 /* candidates kept per name */
#define QUAL_CANDS  32  /* candidates kept per qualifier */
#define MAX_QWORDS  4   /* words of a qualifier */
#define NONE        UINT32_MAX

/* Scores, in orders of magnitude of population (docs/places.md). */
#define W_COUNTRY   3.0f  /* a country over places of the same name */
#define W_REGION    8.5f  /* prior of a curated region */
#define W_CAPITAL   1.5f
#define W_SEAT      0.3f
#define W_SECTION   1.0f  /* a section of a city (PPLX): less */
#define W_ADMIN1    0.7f  /* a division: less than its people say (they count twice) */
#define W_ADMIN2    1.0f
#define W_TOWN      1.0f  /* prior of a town: below any city and division */
#define TOWN_APART  80.0  /* km: two towns tied this far apart leave the name unresolved */
#define W_ALT       1.0f  /* an alternate name: less sure */
#define W_FALLBACK  0.5f  /* per fallback step ("southern Gaza" -> "Gaza") */
#define W_QUAL      6.0f  /* the qualifier after it contains it */
#define W_QUAL_DOC  4.0f  /* a qualifier of the same name elsewhere contains it */
#define W_PAIR      3.0f  /* it contains the place before it ("Atlanta, Georgia") */
#define W_LIST      2.5f  /* per neighbour in a list of its kind ("Texas, Georgia and Ohio") */
#define W_FOCUS_C   3.0f  /* times the share of the article's country votes */
#define W_FOCUS_A   2.5f  /* times the share of its division votes */
#define FOCUS_FLOOR 2.0f  /* the main country or division has at least this many votes */
#define FOCUS_SPREAD 0.5f /* ... and half of all the votes */

typedef struct cand {
  uint32_t rec;
  float base; /* score without the article's focus */
  int qual;   /* a qualifier (here or elsewhere in the article) contains it */
} cand;

/* A qualifier seen after a name somewhere in the article. */
typedef struct dqual {
  uint64_t key; /* hash of the qualified name's key */
  uint32_t rec; /* a candidate of the qualifier */
} dqual;

/* What an entity votes for, and its candidates. */
typedef struct ent_info {
  size_t cand_off, n_cand;
  uint32_t own_c, own_a; /* voted country and division, or NONE */
  float own_cw, own_aw;
} ent_info;

typedef struct aw_entry {
  uint32_t rec;
  float w;
} aw_entry;

struct nm_places_ctx {
  const nm_geonames *g;
  float *cw; /* country votes, per country index */
  uint32_t n_ctry;
  float cw_total;
  aw_entry *aw; /* division votes */
  size_t n_aw, cap_aw;
  float aw_total;
  dqual *dq;
  size_t n_dq, cap_dq;
  ent_info *ent; /* per entity */
  size_t n_ent;
  cand *cands;
  size_t n_cands, cap_cands;
  int oom;
};

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static int is_space(char c) { return c == ' ' || c == '\t'; }
static int is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

static uint64_t hash_key(const char *k) {
  uint64_t h = 0x9e3779b97f4a7c15ull;
  for (; *k; k++)
    h = (h ^ (unsigned char)*k) * 0x100000001b3ull;
  return h ? h : 1;
}

static void *grow(void *p, size_t *cap, size_t need, size_t size, int *oom) {
  if (need <= *cap) return p;
  size_t c = *cap ? *cap : 16;
  while (c < need)
    c *= 2;
  void *q = realloc(p, c * size);
  if (!q) {
    *oom = 1;
    return NULL;
  }
  *cap = c;
  return q;
}

static float prior(const nm_geo_entry *e) {
  float lp = log10f((float)(e->population > 1000 ? e->population : 1000));
  switch (e->kind) {
  case NM_GEO_COUNTRY:
    return lp + W_COUNTRY;
  case NM_GEO_REGION:
    /* an island the table gives its people (Trinidad): a place's prior,
     * so that the towns named after it win where the article is theirs */
    return e->population ? lp : W_REGION;
  case NM_GEO_ADMIN1: {
    float p = lp - W_ADMIN1;
    return (e->flags & NM_GEO_CURATED) && p < W_REGION ? W_REGION : p;
  }
  case NM_GEO_ADMIN2:
    return lp - W_ADMIN2;
  case NM_GEO_TOWN:
    return W_TOWN;
  default:
    if (e->flags & NM_GEO_CAPITAL)
      lp += W_CAPITAL;
    else if (e->flags & NM_GEO_SEAT)
      lp += W_SEAT;
    if (e->flags & NM_GEO_SECTION) lp -= W_SECTION;
    return lp;
  }
}

/* True when place outer contains place inner (docs/places.md). */
static int contains(const nm_geo_entry *outer, const nm_geo_entry *inner) {
  if (outer->index == inner->index) return 0;
  switch (outer->kind) {
  case NM_GEO_COUNTRY:
    return inner->country == outer->country;
  case NM_GEO_REGION:
    return outer->country != NONE && inner->country == outer->country &&
           inner->kind != NM_GEO_COUNTRY;
  case NM_GEO_ADMIN1:
    return inner->admin1_index == outer->index;
  case NM_GEO_ADMIN2:
    return (inner->kind == NM_GEO_CITY || inner->kind == NM_GEO_TOWN) &&
           inner->admin1_index == outer->admin1_index &&
           nm_geo_distance_km(outer->lat, outer->lon, inner->lat, inner->lon) < 80;
  case NM_GEO_TOWN:
    return 0; /* a town contains nothing: it is never a qualifier */
  default:
    return inner->kind == NM_GEO_CITY &&
           nm_geo_distance_km(outer->lat, outer->lon, inner->lat, inner->lon) < 40;
  }
}

/* ------------------------------------------------------------------ */
/* Names and their candidates                                          */

/* True when the text may be an abbreviation: it has a dot, or no
 * lower-case letter ("Tex.", "TX", "D.C."). */
static int abbr_ok(const char *s, size_t n) {
  int lower = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '.') return 1;
    lower |= is_ascii_lower((unsigned char)s[i]);
  }
  return !lower;
}

/* Generic last words that a division's name lacks in GeoNames ("Helmand
 * Province", "Donetsk region", "Washington State"). */
static const char *const generic_tail[] = {
    "province", "region", "state", "city", "governorate", "district", "oblast", "prefecture",
    "department", "municipality", "territory", "emirate", "republic", "krai", "canton"};

static int word_is(const char *s, size_t n, const char *w) {
  size_t l = strlen(w);
  if (n != l) return 0;
  for (size_t i = 0; i < n; i++)
    if ((s[i] | 32) != w[i]) return 0;
  return 1;
}

/* Whether s starts with the lower-case words w (ASCII case ignored in s;
 * the caller checks that s is longer than w). */
static int prefix_is(const char *s, const char *w) {
  for (size_t i = 0; w[i]; i++)
    if ((w[i] == ' ' ? s[i] != ' ' : (s[i] | 32) != w[i])) return 0;
  return 1;
}

/* The length of s[0..n) without its last word when that word is one of
 * tails[0..nt) ("Helmand Province" -> "Helmand"), else 0. */
static size_t without_tail(const char *s, size_t n, const char *const *tails, size_t nt) {
  size_t e = n;
  while (e > 0 && !is_space(s[e - 1]))
    e--;
  for (size_t k = 0; e > 0 && k < nt; k++)
    if (word_is(s + e, n - e, tails[k])) {
      while (e > 0 && is_space(s[e - 1]))
        e--;
      return e;
    }
  return 0;
}

/* Looks the name s[0..n) up, with the fallbacks when it has no candidate:
 * a possessive dropped; leading lower-case words dropped ("southern
 * Gaza"); a generic last word dropped ("Helmand Province"); "City of"
 * and the like dropped. Adds the hits to out (at most cap), each with its
 * how and the fallback penalty; returns how many were added. */
typedef struct hit {
  uint32_t rec;
  unsigned how;
  float pen;
} hit;

/* Towns are records of their own kind: with towns 0 they are skipped,
 * with 1 only they are taken. */
static size_t add_hits(const nm_geonames *g, const char *s, size_t n, int abbr, float pen,
                       int towns, hit *out, size_t cap) {
  nm_geo_hit h[SPAN_CANDS];
  size_t k = nm_geonames_lookup(g, s, n, h, SPAN_CANDS), m = 0;
  if (k > SPAN_CANDS) k = SPAN_CANDS;
  for (size_t i = 0; i < k && m < cap; i++) {
    if (h[i].how == NM_GEO_HOW_ABBR && !abbr) continue;
    if (h[i].rec >= nm_geonames_count(g) || nm_geonames_is_town(g, h[i].rec) != (towns != 0))
      continue;
    out[m].rec = h[i].rec;
    out[m].how = h[i].how;
    out[m].pen = pen + (h[i].how == NM_GEO_HOW_ALT ? W_ALT : 0);
    m++;
  }
  return m;
}

static size_t name_hits_of(const nm_geonames *g, const char *s, size_t n, int towns, hit *out,
                           size_t cap) {
  int abbr = abbr_ok(s, n);
  size_t m = add_hits(g, s, n, abbr, 0, towns, out, cap);
  if (m) {
    /* (a name with a generic last word competes with the division named
     * without it: "Northern Region" is Uganda's, and Ghana's "Northern"
     * in a story about Ghana) */
    /* (a division's words only: "Mexico City" is no "Mexico") */
    static const char *const division_tail[] = {"province",   "region",     "governorate",
                                                "district",   "department", "oblast",
                                                "prefecture", "municipality"};
    size_t l = without_tail(s, n, division_tail, sizeof division_tail / sizeof *division_tail);
    if (l && m < cap) m += add_hits(g, s, l, abbr, W_FALLBACK, towns, out + m, cap - m);
    return m;
  }
  float pen = 0;
  /* possessive */
  if (n > 2 && s[n - 2] == '\'' && (s[n - 1] == 's' || s[n - 1] == 'S'))
    n -= 2, pen += W_FALLBACK;
  else if (n > 4 && memcmp(s + n - 4, "\xE2\x80\x99s", 4) == 0)
    n -= 4, pen += W_FALLBACK;
  if (pen > 0 && (m = add_hits(g, s, n, abbr, pen, towns, out, cap))) return m;
  /* leading lower-case words */
  size_t i = 0;
  while (i < n && is_ascii_lower((unsigned char)s[i])) {
    while (i < n && !is_space(s[i]))
      i++;
    while (i < n && is_space(s[i]))
      i++;
  }
  if (i > 0 && i < n) {
    s += i, n -= i, pen += W_FALLBACK;
    if ((m = add_hits(g, s, n, abbr, pen, towns, out, cap))) return m;
  }
  /* a generic last word */
  size_t bare = without_tail(s, n, generic_tail, sizeof generic_tail / sizeof *generic_tail);
  if (bare && (m = add_hits(g, s, bare, abbr, pen + W_FALLBACK, towns, out, cap))) return m;
  /* "North Darfur" named "Northern Darfur" (or the other way round): the
   * compass word's other form */
  static const char *const compass[][2] = {
      {"north ", "northern "}, {"south ", "southern "}, {"east ", "eastern "},
      {"west ", "western "}};
  for (size_t k = 0; k < 4; k++)
    for (int f = 0; f < 2; f++) {
      size_t l = strlen(compass[k][f]);
      if (n <= l || !prefix_is(s, compass[k][f])) continue;
      char alt[128];
      size_t al = strlen(compass[k][!f]);
      if (al + (n - l) >= sizeof alt) continue;
      memcpy(alt, compass[k][!f], al);
      memcpy(alt + al, s + l, n - l);
      if ((m = add_hits(g, alt, al + n - l, abbr, pen + W_FALLBACK, towns, out, cap))) return m;
    }
  /* "Southern Indiana", "Northeast Ohio", "Upper Manhattan": a part of a
   * place named by a capitalised direction, when the whole has no record */
  static const char *const parts[] = {
      "northern ", "southern ", "eastern ", "western ", "central ", "northeast ",
      "northwest ", "southeast ", "southwest ", "northeastern ", "northwestern ",
      "southeastern ", "southwestern ", "north ", "south ", "east ", "west ", "upper ",
      "lower ", "greater "};
  for (size_t k = 0; k < sizeof parts / sizeof *parts; k++) {
    size_t l = strlen(parts[k]);
    if (n > l + 2 && prefix_is(s, parts[k]) &&
        (m = add_hits(g, s + l, n - l, abbr, pen + W_FALLBACK, towns, out, cap)))
      return m;
  }
  /* "Hodeidah" named "Hodeida" (or the other way round): the Arabic
   * feminine ending written with or without its "h" */
  if (n > 3 && n < 120 && !is_space(s[n - 2])) {
    char alt[128];
    memcpy(alt, s, n);
    size_t al = 0;
    if (s[n - 2] == 'a' && s[n - 1] == 'h')
      al = n - 1;
    else if (s[n - 1] == 'a' && !strchr("aeiou", s[n - 2]))
      alt[n] = 'h', al = n + 1;
    if (al && (m = add_hits(g, alt, al, abbr, pen + W_FALLBACK, towns, out, cap))) return m;
  }
  /* "Tulsa International Airport", "Kabul airport", "Bagram Air Base":
   * the place the airport or base is named for lies within a few miles */
  static const char *const fields[] = {" international airport", " airport", " air base",
                                       " airbase", " airfield"};
  for (size_t k = 0; k < sizeof fields / sizeof *fields; k++) {
    size_t l = strlen(fields[k]);
    if (n > l + 2 && word_is(s + n - l, l, fields[k]))
      return add_hits(g, s, n - l, abbr, pen + W_FALLBACK, towns, out, cap);
  }
  /* "City of X", "State of X", "Province of X" */
  static const char *const heads[] = {"city of ", "state of ", "province of ", "republic of "};
  for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
    size_t l = strlen(heads[k]);
    if (n > l && prefix_is(s, heads[k]))
      return add_hits(g, s + l, n - l, abbr, pen + W_FALLBACK, towns, out, cap);
  }
  return 0;
}

/* The candidates of a name: its records other than towns, with the
 * fallbacks, exactly as without towns; only when there are none and
 * towns is 1, its towns (with the same fallbacks). */
static size_t name_hits(const nm_geonames *g, const char *s, size_t n, int towns, hit *out,
                        size_t cap) {
  size_t m = name_hits_of(g, s, n, 0, out, cap);
  if (!m && towns) m = name_hits_of(g, s, n, 1, out, cap);
  return m;
}

/* A byte that may be part of a word of a qualifier. */
static int word_byte(unsigned char c) {
  return c >= 0x80 || (c > ' ' && !strchr(",;:()[]{}\"!?", c));
}

/* The words of a qualifier from t[i]: capitalised words (and of, de, al
 * ... between two of them), at most MAX_QWORDS, stopping at punctuation
 * and at typographic quotes and dashes; the end of each goes to ends[]. */
static size_t qual_words(const char *t, size_t len, size_t i, size_t *ends) {
  static const char *const inner[] = {"of", "de", "del", "la", "al", "el", "du", "and"};
  size_t nw = 0;
  while (nw < MAX_QWORDS && i < len) {
    unsigned char c = (unsigned char)t[i];
    size_t j = i;
    while (j < len && word_byte((unsigned char)t[j]) &&
           !((unsigned char)t[j] == 0xE2 && j + 2 < len && (unsigned char)t[j + 1] == 0x80 &&
             (unsigned char)t[j + 2] >= 0x93 && (unsigned char)t[j + 2] <= 0x9D))
      j++;
    if (j == i) break;
    int ok = is_ascii_upper(c) || (c >= 0xC3 && c < 0xE0);
    if (!ok && nw > 0) {
      for (size_t k = 0; k < sizeof inner / sizeof *inner && !ok; k++)
        ok = word_is(t + i, j - i, inner[k]);
      /* a lower-case word inside must be followed by a capitalised one */
      if (ok && !(j + 1 < len && t[j] == ' ' && is_ascii_upper((unsigned char)t[j + 1]))) ok = 0;
    }
    if (!ok) break;
    ends[nw++] = j;
    if (j < len && t[j] == ' ' && j + 1 < len && word_byte((unsigned char)t[j + 1]))
      i = j + 1;
    else
      break;
  }
  return nw;
}

/* Whether t[i..) starts with the word w and a space. */
static int word_then_space(const char *t, size_t len, size_t i, const char *w) {
  size_t l = strlen(w);
  return i + l < len && !memcmp(t + i, w, l) && t[i + l] == ' ';
}

/* Candidates of the qualifier after [start, end): ", Texas" or " (Texas)";
 * with list, of the next name of a list instead: ", Texas", " and
 * Texas", " or Texas". The longest run of words with candidates wins. */
static size_t qualifier_after(const nm_geonames *g, const nm_doc *d, uint32_t end, uint32_t *out,
                              size_t cap, int list) {
  const char *t = d->text;
  size_t len = d->len, i = end;
  while (i < len && is_space(t[i]))
    i++;
  if (i < len && t[i] == ',') {
    i++;
    while (i < len && is_space(t[i]))
      i++;
    if (list && word_then_space(t, len, i, "and")) i += 4;
  } else if (list && (word_then_space(t, len, i, "and") || word_then_space(t, len, i, "or"))) {
    i += t[i] == 'a' ? 4 : 3;
  } else if (!list && i < len && t[i] == '(') {
    i++;
  } else {
    return 0;
  }
  while (i < len && is_space(t[i]))
    i++;
  size_t ends[MAX_QWORDS], nw = qual_words(t, len, i, ends);
  for (size_t k = nw; k > 0; k--) {
    nm_geo_hit h[QUAL_CANDS];
    size_t e = ends[k - 1];
    size_t m = nm_geonames_lookup(g, t + i, e - i, h, QUAL_CANDS), o = 0;
    if (m > QUAL_CANDS) m = QUAL_CANDS;
    int abbr = abbr_ok(t + i, e - i);
    for (size_t j = 0; j < m && o < cap; j++) {
      if ((h[j].how != NM_GEO_HOW_ABBR || abbr) &&
          !nm_geonames_is_town(g, h[j].rec)) /* a town is never a qualifier */
        out[o++] = h[j].rec;
    }
    if (o) return o;
  }
  return 0;
}

/* Candidates of the place before [start, end) when a comma separates
 * them ("Atlanta, Georgia": Atlanta's, for Georgia); with list, also
 * "and" or "or" (the name before in a list). */
static size_t place_before(const nm_geonames *g, const nm_doc *d, uint32_t start, uint32_t *out,
                           size_t cap, int list) {
  const char *t = d->text;
  size_t j = start;
  while (j > 0 && is_space(t[j - 1]))
    j--;
  if (list && j >= 4 && t[j - 4] == ' ' && !memcmp(t + j - 3, "and", 3))
    j -= 4;
  else if (list && j >= 3 && t[j - 3] == ' ' && !memcmp(t + j - 2, "or", 2))
    j -= 3;
  else if (j == 0 || t[j - 1] != ',')
    return 0;
  else
    j--;
  while (j > 0 && is_space(t[j - 1]))
    j--;
  size_t e = j, starts[MAX_QWORDS], nw = 0;
  while (nw < MAX_QWORDS && j > 0) {
    size_t w = j;
    while (w > 0 && word_byte((unsigned char)t[w - 1]))
      w--;
    if (w == j) break;
    unsigned char c = (unsigned char)t[w];
    if (!(is_ascii_upper(c) || (c >= 0xC3 && c < 0xE0))) break;
    starts[nw++] = w;
    if (w > 1 && t[w - 1] == ' ' && word_byte((unsigned char)t[w - 2]))
      j = w - 1;
    else
      break;
  }
  for (size_t k = nw; k > 0; k--) {
    nm_geo_hit h[QUAL_CANDS];
    size_t s = starts[k - 1];
    size_t m = nm_geonames_lookup(g, t + s, e - s, h, QUAL_CANDS), o = 0;
    if (m > QUAL_CANDS) m = QUAL_CANDS;
    int abbr = abbr_ok(t + s, e - s);
    for (size_t i = 0; i < m && o < cap; i++) {
      if ((h[i].how != NM_GEO_HOW_ABBR || abbr) &&
          !nm_geonames_is_town(g, h[i].rec)) /* nor the place a pair is checked against */
        out[o++] = h[i].rec;
    }
    if (o) return o;
  }
  return 0;
}

/* "the Russian city of Kazan", "the Syrian town of Kobani": the country
 * a demonym names right before a place word and "of" ending at start, or
 * NONE. */
static uint32_t demonym_before(const nm_geonames *g, const nm_doc *d, uint32_t start) {
  static const char *const kinds[] = {"city",     "town",     "village",  "port",   "capital",
                                      "region",   "province", "district", "state",  NULL};
  const char *t = d->text;
  size_t j = start;
  while (j > 0 && is_space(t[j - 1]))
    j--;
  if (j < 3 || memcmp(t + j - 2, "of", 2) != 0 || (j > 2 && word_byte((unsigned char)t[j - 3])))
    return NONE;
  j -= 2;
  while (j > 0 && is_space(t[j - 1]))
    j--;
  size_t ke = j;
  while (j > 0 && word_byte((unsigned char)t[j - 1]))
    j--;
  int kind = 0;
  for (size_t k = 0; kinds[k] && !kind; k++)
    kind = word_is(t + j, ke - j, kinds[k]);
  if (!kind) return NONE;
  while (j > 0 && is_space(t[j - 1]))
    j--;
  size_t de = j;
  while (j > 0 && word_byte((unsigned char)t[j - 1]))
    j--;
  if (de == j || !is_ascii_upper((unsigned char)t[j])) return NONE;
  nm_geo_hit h[QUAL_CANDS];
  size_t m = nm_geonames_lookup(g, t + j, de - j, h, QUAL_CANDS);
  if (m > QUAL_CANDS) m = QUAL_CANDS;
  for (size_t i = 0; i < m; i++) {
    nm_geo_entry e;
    if (h[i].how == NM_GEO_HOW_DEMONYM && nm_geonames_get(g, h[i].rec, &e)) return e.country;
  }
  return NONE;
}

/* Adds (or raises) candidate rec with score s in out[0..*n). */
static void put_cand(cand *out, size_t *n, size_t cap, uint32_t rec, float s, int qual) {
  for (size_t i = 0; i < *n; i++)
    if (out[i].rec == rec) {
      if (s > out[i].base) out[i].base = s;
      out[i].qual |= qual;
      return;
    }
  if (*n < cap) {
    out[*n].rec = rec;
    out[*n].base = s;
    out[*n].qual = qual;
    (*n)++;
  }
}

/* Scores the candidates of the name at [start, end) without the
 * article's focus, and adds them to out[0..*n). c may be NULL (no
 * qualifiers from elsewhere in the article). Towns only when towns is 1
 * and the name has no other candidate. */
static void span_cands(const nm_geonames *g, const nm_places_ctx *c, const nm_doc *d,
                       uint32_t start, uint32_t end, int towns, cand *out, size_t *n,
                       size_t cap) {
  hit h[SPAN_CANDS];
  if (end <= start || end > d->len) return;
  size_t nh = name_hits(g, d->text + start, end - start, towns, h, SPAN_CANDS);
  if (!nh) return;
  uint32_t q[QUAL_CANDS], p[QUAL_CANDS];
  size_t nq = qualifier_after(g, d, end, q, QUAL_CANDS, 0);
  /* a common noun or compass word alone ("the Gulf", "the Union",
   * "Downtown", "South") names a part of something the article knows, not
   * the place of that name (Gulf Province, Union, New Jersey, Cameroon's
   * South Region), unless a qualifier says so; "the West", "the East" are
   * a bloc or a part of the world even then */
  static const char *const generic[] = {
      "north",     "south",     "east",      "west",    "northeast", "northwest", "southeast",
      "southwest", "downtown",  "midtown",   "uptown",  "village",   "union",     "republic",
      "gulf",      "commonwealth", "kingdom", "capital", "harbor",   "harbour"};
  bool the = start >= 4 && (!memcmp(d->text + start - 4, "the ", 4) ||
                            !memcmp(d->text + start - 4, "The ", 4));
  for (size_t k = 0; k < sizeof generic / sizeof *generic; k++)
    if (word_is(d->text + start, end - start, generic[k])) {
      if (!nq || (k < 4 && the)) return;
      break;
    }
  size_t np = place_before(g, d, start, p, QUAL_CANDS, 0);
  uint32_t dem = demonym_before(g, d, start);
  /* the names next to it in a list: "Arizona, Georgia and Illinois" */
  uint32_t ln[2][QUAL_CANDS];
  size_t nln[2] = {qualifier_after(g, d, end, ln[0], QUAL_CANDS, 1),
                   place_before(g, d, start, ln[1], QUAL_CANDS, 1)};
  uint64_t key = 0;
  if (c && c->n_dq) {
    char k[KEY_CAP];
    if (nm_place_key(d->text + start, end - start, k, sizeof k)) key = hash_key(k);
  }
  for (size_t i = 0; i < nh; i++) {
    nm_geo_entry e, o;
    if (!nm_geonames_get(g, h[i].rec, &e)) continue;
    float s = prior(&e) - h[i].pen;
    int qualified = 0;
    for (size_t k = 0; k < nq && !qualified; k++)
      qualified = nm_geonames_get(g, q[k], &o) && contains(&o, &e);
    if (dem != NONE && e.country == dem && e.kind != NM_GEO_COUNTRY) qualified = 1;
    if (qualified) {
      s += W_QUAL;
    } else if (key) {
      for (size_t k = 0; k < c->n_dq && !qualified; k++)
        qualified = c->dq[k].key == key && nm_geonames_get(g, c->dq[k].rec, &o) && contains(&o, &e);
      if (qualified) s += W_QUAL_DOC;
    }
    int pair = 0;
    for (size_t k = 0; k < np && !pair; k++)
      pair = nm_geonames_get(g, p[k], &o) && contains(&e, &o);
    if (pair) s += W_PAIR;
    if (e.kind == NM_GEO_ADMIN1 || e.kind == NM_GEO_COUNTRY)
      for (int side = 0; side < 2; side++)
        for (size_t k = 0; k < nln[side]; k++)
          if (ln[side][k] != e.index && nm_geonames_get(g, ln[side][k], &o) &&
              o.kind == e.kind && (e.kind == NM_GEO_COUNTRY || o.country == e.country)) {
            s += W_LIST;
            break;
          }
    put_cand(out, n, cap, e.index, s, qualified);
  }
  /* "in Beni department", "Kharkiv oblast": a division's kind in lower
   * case after the name says the division ("Beni Department", Bolivia's,
   * not the city of Beni in Congo) */
  static const char *const kinds[] = {"department", "province", "region",   "governorate",
                                      "oblast",     "prefecture", "district", "state",
                                      "county",     "municipality"};
  size_t kl = 0;
  while (end + 1 + kl < d->len && is_ascii_lower((unsigned char)d->text[end + 1 + kl]))
    kl++;
  unsigned char after = end + 1 + kl < d->len ? (unsigned char)d->text[end + 1 + kl] : ' ';
  if (end + 1 < d->len && d->text[end] == ' ' && after < 0x80 && !is_ascii_lower(after) &&
      !(after >= 'A' && after <= 'Z') && !(after >= '0' && after <= '9') && after != '-' &&
      after != '\'')
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
      char full[128];
      if (!word_is(d->text + end + 1, kl, kinds[k]) || end - start + 1 + kl >= sizeof full)
        continue;
      memcpy(full, d->text + start, end - start + 1 + kl);
      full[end - start + 1] -= 32; /* the kind capitalised */
      hit dh[SPAN_CANDS];
      size_t nd = add_hits(g, full, end - start + 1 + kl, 0, 0, 0, dh, SPAN_CANDS);
      for (size_t i = 0; i < nd; i++) {
        nm_geo_entry e;
        if (nm_geonames_get(g, dh[i].rec, &e) &&
            (e.kind == NM_GEO_ADMIN1 || e.kind == NM_GEO_ADMIN2))
          put_cand(out, n, cap, e.index, prior(&e) - dh[i].pen + W_QUAL, 1);
      }
      break;
    }
}

/* ------------------------------------------------------------------ */
/* The article's focus                                                 */

static void vote_admin(nm_places_ctx *c, uint32_t rec, float w) {
  if (rec == NONE || w <= 0) return;
  c->aw_total += w;
  for (size_t i = 0; i < c->n_aw; i++)
    if (c->aw[i].rec == rec) {
      c->aw[i].w += w;
      return;
    }
  aw_entry *a = grow(c->aw, &c->cap_aw, c->n_aw + 1, sizeof *a, &c->oom);
  if (!a) return;
  c->aw = a;
  c->aw[c->n_aw].rec = rec;
  c->aw[c->n_aw].w = w;
  c->n_aw++;
}

static void vote_country(nm_places_ctx *c, uint32_t ci, float w) {
  if (ci == NONE || ci >= c->n_ctry || w <= 0) return;
  c->cw[ci] += w;
  c->cw_total += w;
}

static float admin_votes(const nm_places_ctx *c, uint32_t rec) {
  for (size_t i = 0; i < c->n_aw; i++)
    if (c->aw[i].rec == rec) return c->aw[i].w;
  return 0;
}

/* The largest of the votes w[0..n) once self's vote (own_w for own) is
 * taken away: the article's main country or division. */
static float top_votes(const float *w, size_t n, uint32_t own, float own_w) {
  float top = 0;
  for (size_t i = 0; i < n; i++) {
    float v = w[i] - (i == own ? own_w : 0);
    if (v > top) top = v;
  }
  return top;
}

/* The focus a record gets, without the votes of self (may be NULL): its
 * country's votes over those of the article's main country, and its
 * division's over those of the main division (each at least
 * FOCUS_FLOOR). */
static float focus(const nm_places_ctx *c, const nm_geo_entry *e, const ent_info *self) {
  float s = 0;
  uint32_t own_c = self ? self->own_c : NONE, own_a = NONE;
  float own_cw = self ? self->own_cw : 0, own_aw = 0;
  if (e->country != NONE && e->country < c->n_ctry) {
    float w = c->cw[e->country] - (own_c == e->country ? own_cw : 0);
    float top = top_votes(c->cw, c->n_ctry, own_c, own_cw);
    float half = (c->cw_total - (own_c != NONE ? own_cw : 0)) * FOCUS_SPREAD;
    if (top < FOCUS_FLOOR) top = FOCUS_FLOOR;
    if (top < half) top = half; /* spread over many countries: no main one */
    if (w > 0) s += W_FOCUS_C * w / top;
  }
  uint32_t a = e->kind == NM_GEO_ADMIN1 ? e->index : e->admin1_index;
  if (a != NONE && c->n_aw) {
    float w = admin_votes(c, a), top = 0;
    if (self) own_a = self->own_a, own_aw = self->own_aw;
    if (own_a == a) w -= own_aw;
    for (size_t i = 0; i < c->n_aw; i++) {
      float v = c->aw[i].w - (c->aw[i].rec == own_a ? own_aw : 0);
      if (v > top) top = v;
    }
    if (top < FOCUS_FLOOR) top = FOCUS_FLOOR;
    if (w > 0) s += W_FOCUS_A * w / top;
  }
  return s;
}

/* The best of cands[0..n) other than towns (with focus when c is
 * given); index or NONE. */
static size_t best_cand(const nm_geonames *g, const nm_places_ctx *c, const ent_info *self,
                        const cand *cands, size_t n, float *score) {
  size_t best = NONE;
  float bs = 0;
  uint32_t bpop = 0;
  for (size_t i = 0; i < n; i++) {
    nm_geo_entry e;
    if (!nm_geonames_get(g, cands[i].rec, &e) || e.kind == NM_GEO_TOWN) continue;
    float s = cands[i].base + (c ? focus(c, &e, self) : 0);
    if (best == NONE || s > bs || (s == bs && e.population > bpop)) {
      best = i;
      bs = s;
      bpop = e.population;
    }
  }
  if (score) *score = bs;
  return best;
}

/* True when the article supports town e (candidate k): a qualifier names
 * its division or country ("Smallville, Kansas"), or its country has
 * votes in the article's focus other than self's. */
static int town_supported(const nm_places_ctx *c, const nm_geo_entry *e, const cand *k,
                          const ent_info *self) {
  if (k->qual) return 1;
  if (!c || e->country == NONE || e->country >= c->n_ctry) return 0;
  float w = c->cw[e->country] - (self && self->own_c == e->country ? self->own_cw : 0);
  return w > 0.05f;
}

/* The candidate of the second pass: the best other than a town when
 * there is one (so that towns change nothing that resolved without
 * them); else the best supported town by score with focus (its division's
 * votes, then its country's), or NONE when no town is supported or when
 * another supported town as good lies more than TOWN_APART away. */
static size_t pick_cand(const nm_geonames *g, const nm_places_ctx *c, const ent_info *self,
                        const cand *cands, size_t n) {
  size_t b = best_cand(g, c, self, cands, n, NULL);
  if (b != NONE) return b;
  float bs = 0;
  nm_geo_entry e, be;
  memset(&be, 0, sizeof be);
  for (size_t i = 0; i < n; i++) {
    if (!nm_geonames_get(g, cands[i].rec, &e) || e.kind != NM_GEO_TOWN ||
        !town_supported(c, &e, &cands[i], self))
      continue;
    float s = cands[i].base + (c ? focus(c, &e, self) : 0);
    if (b == NONE || s > bs) b = i, bs = s, be = e;
  }
  if (b == NONE) return NONE;
  for (size_t i = 0; i < n; i++) {
    if (i == b || !nm_geonames_get(g, cands[i].rec, &e) || e.kind != NM_GEO_TOWN ||
        !town_supported(c, &e, &cands[i], self))
      continue;
    float s = cands[i].base + (c ? focus(c, &e, self) : 0);
    if (s > bs - 1e-4f && nm_geo_distance_km(be.lat, be.lon, e.lat, e.lon) > TOWN_APART)
      return NONE;
  }
  return b;
}

/* The entity's vote: the best candidate's country and division, weighted
 * by its mentions (at most 5) and by its margin over the best candidate
 * of another country. */
static void entity_vote(nm_places_ctx *c, ent_info *ei, size_t n_mentions) {
  const cand *cs = c->cands + ei->cand_off;
  float bs;
  size_t b = best_cand(c->g, NULL, NULL, cs, ei->n_cand, &bs);
  nm_geo_entry e, o;
  if (b == NONE || !nm_geonames_get(c->g, cs[b].rec, &e)) return;
  float other = -1e9f;
  for (size_t i = 0; i < ei->n_cand; i++)
    if (i != b && nm_geonames_get(c->g, cs[i].rec, &o) && o.kind != NM_GEO_TOWN &&
        o.country != e.country && cs[i].base > other)
      other = cs[i].base;
  float conf = (bs - other) / 2.0f;
  if (conf > 1) conf = 1;
  if (conf <= 0) return;
  float n = (float)(n_mentions < 5 ? n_mentions : 5);
  float wc = 0, wa = 0;
  uint32_t a = NONE;
  switch (e.kind) {
  case NM_GEO_COUNTRY:
    wc = n;
    break;
  case NM_GEO_REGION:
    wc = n * conf;
    break;
  case NM_GEO_ADMIN1:
    wc = (e.flags & NM_GEO_CURATED ? 1.0f : 0.7f) * n * conf;
    wa = n * conf;
    a = e.index;
    break;
  default:
    wc = 0.5f * n * conf;
    wa = 0.5f * n * conf;
    a = e.admin1_index;
    break;
  }
  if (e.country != NONE && wc > 0) {
    ei->own_c = e.country;
    ei->own_cw = wc;
    vote_country(c, e.country, wc);
  }
  if (a != NONE && wa > 0) {
    ei->own_a = a;
    ei->own_aw = wa;
    vote_admin(c, a, wa);
  }
}

static int is_place_mention(const nm_mention *m) {
  return (m->type == NM_ENT_GPE || m->type == NM_ENT_LOC) && m->kind == NM_MENTION_NAME;
}

/* The dateline's place ("WASHINGTON (AP)", "RAFAH, Gaza Strip"): the text
 * before its first comma or parenthesis. */
static void dateline_vote(nm_places_ctx *c, const nm_doc *d) {
  if (!d->has_dateline || d->dateline.end > d->len) return;
  uint32_t s = d->dateline.start, e = s;
  while (e < d->dateline.end && d->text[e] != ',' && d->text[e] != '(')
    e++;
  while (e > s && is_space(d->text[e - 1]))
    e--;
  cand cs[SPAN_CANDS];
  size_t n = 0;
  span_cands(c->g, NULL, d, s, e, 0, cs, &n, SPAN_CANDS);
  float bs;
  size_t b = best_cand(c->g, NULL, NULL, cs, n, &bs);
  nm_geo_entry g;
  if (b == NONE || !nm_geonames_get(c->g, cs[b].rec, &g)) return;
  vote_country(c, g.country, 2.0f);
  vote_admin(c, g.kind == NM_GEO_ADMIN1 ? g.index : g.admin1_index, 2.0f);
}

nm_places_ctx *nm_places_context_new(const nm_geonames *g, const nm_doc *d) {
  nm_places_ctx *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->g = g;
  c->n_ctry = (uint32_t)nm_geonames_countries(g);
  c->n_ent = d->entities.n;
  c->cw = calloc(c->n_ctry ? c->n_ctry : 1, sizeof *c->cw);
  c->ent = calloc(c->n_ent ? c->n_ent : 1, sizeof *c->ent);
  if (!c->cw || !c->ent) {
    nm_places_context_free(c);
    return NULL;
  }
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  const nm_entity *es = (const nm_entity *)d->entities.data;

  /* qualifiers of every place name ("Paris, Texas"), for the article */
  for (size_t i = 0; i < d->mentions.n && !c->oom; i++) {
    if (!is_place_mention(&ms[i])) continue;
    uint32_t q[QUAL_CANDS];
    size_t nq = qualifier_after(g, d, ms[i].end, q, QUAL_CANDS, 0);
    char k[KEY_CAP];
    if (!nq || !nm_place_key(d->text + ms[i].start, ms[i].end - ms[i].start, k, sizeof k))
      continue;
    uint64_t key = hash_key(k);
    dqual *dq = grow(c->dq, &c->cap_dq, c->n_dq + nq, sizeof *dq, &c->oom);
    if (!dq) break;
    c->dq = dq;
    for (size_t j = 0; j < nq; j++) {
      dq[c->n_dq].key = key;
      dq[c->n_dq].rec = q[j];
      c->n_dq++;
    }
  }

  /* first pass: each entity's candidates and vote */
  for (size_t ei = 0; ei < c->n_ent && !c->oom; ei++) {
    const nm_entity *en = &es[ei];
    ent_info *inf = &c->ent[ei];
    inf->own_c = inf->own_a = NONE;
    if (en->type == NM_ENT_NORP) {
      uint32_t ci = nm_geonames_country(g, en->country);
      size_t n = 0;
      for (uint32_t k = 0; k < en->n_mentions; k++)
        if (en->mentions[k] < d->mentions.n && ms[en->mentions[k]].kind == NM_MENTION_NAME) n++;
      if (ci != NONE && n) {
        inf->own_c = ci;
        inf->own_cw = 0.3f * (float)(n < 5 ? n : 5);
        vote_country(c, ci, inf->own_cw);
      }
      continue;
    }
    size_t nplace = 0;
    cand cs[SPAN_CANDS];
    size_t n = 0;
    /* towns only when no name of the entity has another candidate, and
     * only for GPE names (a LOC is a sea, river or region, not a town:
     * "North Sea" is no hamlet of New York) */
    for (int towns = 0; towns < 2 && !n; towns++)
      for (uint32_t k = 0; k < en->n_mentions; k++) {
        uint32_t mi = en->mentions[k];
        if (mi >= d->mentions.n || !is_place_mention(&ms[mi])) continue;
        if (!towns) nplace++;
        if (towns && ms[mi].type != NM_ENT_GPE) continue;
        /* every mention: a repeated name may carry its own qualifier */
        span_cands(g, NULL, d, ms[mi].start, ms[mi].end, towns, cs, &n, SPAN_CANDS);
      }
    if (!n) continue;
    cand *all = grow(c->cands, &c->cap_cands, c->n_cands + n, sizeof *all, &c->oom);
    if (!all) break;
    c->cands = all;
    memcpy(all + c->n_cands, cs, n * sizeof *cs);
    inf->cand_off = c->n_cands;
    inf->n_cand = n;
    c->n_cands += n;
    entity_vote(c, inf, nplace); /* towns do not vote */
  }
  if (!c->oom) dateline_vote(c, d);
  if (c->oom) {
    nm_places_context_free(c);
    return NULL;
  }
  return c;
}

void nm_places_context_free(nm_places_ctx *c) {
  if (!c) return;
  free(c->cw);
  free(c->aw);
  free(c->dq);
  free(c->ent);
  free(c->cands);
  free(c);
}

int nm_places_resolve_span(const nm_geonames *g, const nm_places_ctx *c, const nm_doc *d,
                           uint32_t start, uint32_t end, nm_geo_entry *e) {
  cand cs[SPAN_CANDS];
  size_t n = 0;
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  /* no towns for a span that the article's entities call a LOC */
  int towns = 1;
  for (size_t i = 0; i < d->mentions.n; i++)
    if (ms[i].start < end && start < ms[i].end && ms[i].type == NM_ENT_LOC) towns = 0;
  span_cands(g, c, d, start, end, towns, cs, &n, SPAN_CANDS);
  if (!n) return 0;
  /* the entity a mention over this span belongs to does not vote for it */
  const ent_info *self = NULL;
  for (size_t i = 0; c && i < d->mentions.n; i++)
    if (ms[i].start < end && start < ms[i].end && ms[i].entity < c->n_ent) {
      self = &c->ent[ms[i].entity];
      break;
    }
  size_t b = pick_cand(g, c, self, cs, n);
  return b != NONE && nm_geonames_get(g, cs[b].rec, e);
}

/* ------------------------------------------------------------------ */
/* The stage                                                           */

typedef struct pick {
  uint32_t rec;
  uint32_t first; /* first place mention */
  size_t entity;
} pick;

static int cmp_pick(const void *a, const void *b) {
  const pick *x = a, *y = b;
  if (x->rec != y->rec) return x->rec < y->rec ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

static int cmp_place_first(const void *a, const void *b) {
  const nm_place *x = a, *y = b;
  return x->mentions[0] < y->mentions[0] ? -1 : x->mentions[0] > y->mentions[0];
}

nm_status nm_places_resolve(const nm_geonames *g, nm_doc *d) {
  d->places.n = 0;
  if (!g || !d->entities.n) return NM_OK;
  nm_places_ctx *c = nm_places_context_new(g, d);
  if (!c) return NM_ERR_NOMEM;
  const nm_entity *es = (const nm_entity *)d->entities.data;
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  nm_status st = NM_OK;
  pick *picks = malloc(c->n_ent * sizeof *picks);
  size_t np = 0;
  if (!picks) {
    nm_places_context_free(c);
    return NM_ERR_NOMEM;
  }
  /* second pass: the best candidate of each entity, with focus */
  for (size_t ei = 0; ei < c->n_ent; ei++) {
    const ent_info *inf = &c->ent[ei];
    if (!inf->n_cand) continue;
    size_t b = pick_cand(g, c, inf, c->cands + inf->cand_off, inf->n_cand);
    if (b == NONE) continue;
    uint32_t first = NONE;
    for (uint32_t k = 0; k < es[ei].n_mentions; k++) {
      uint32_t mi = es[ei].mentions[k];
      if (mi < d->mentions.n && is_place_mention(&ms[mi]) && mi < first) first = mi;
    }
    if (first == NONE) continue;
    picks[np].rec = c->cands[inf->cand_off + b].rec;
    /* a place in another country than the name's own ("Georgia", the
     * state, in an Atlanta story; "eastern Congo" in a Goma story): the
     * entity's country is the place's; country_from_place when the
     * place is no country, or a country the article's other places
     * support ("Congo" in a story from Goma and Kinshasa is the DR
     * Congo, COD; alone, it keeps its dictionary code, COG:
     * docs/places.md) */
    nm_geo_entry pe;
    nm_entity *ew = (nm_entity *)d->entities.data + ei;
    /* (also when the gazetteer gave the entity that country already:
     * "Sucre", a state of Venezuela, which the actor dictionaries give
     * Bolivia) */
    if ((ew->type == NM_ENT_GPE || ew->type == NM_ENT_LOC) &&
        nm_geonames_get(g, picks[np].rec, &pe) && pe.iso3[0]) {
      if (strcmp(ew->country, pe.iso3) != 0) {
        memcpy(ew->country, pe.iso3, 4);
        ew->country_from_place = pe.kind != NM_GEO_COUNTRY || focus(c, &pe, inf) > 0;
      } else {
        ew->country_from_place = pe.kind != NM_GEO_COUNTRY;
      }
    }
    picks[np].first = first;
    picks[np].entity = ei;
    np++;
  }
  qsort(picks, np, sizeof *picks, cmp_pick);
  /* one place per record: the mentions of all its entities */
  for (size_t i = 0; i < np && st == NM_OK;) {
    size_t j = i, nm = 0;
    for (; j < np && picks[j].rec == picks[i].rec; j++)
      for (uint32_t k = 0; k < es[picks[j].entity].n_mentions; k++) {
        uint32_t mi = es[picks[j].entity].mentions[k];
        if (mi < d->mentions.n && is_place_mention(&ms[mi])) nm++;
      }
    nm_geo_entry e;
    uint32_t *mv = nm_arena_alloc(&d->arena, nm * sizeof *mv);
    nm_place *p = nm_vec_push(&d->places);
    if (!mv || !p || !nm_geonames_get(g, picks[i].rec, &e)) {
      st = NM_ERR_NOMEM;
      break;
    }
    size_t o = 0;
    for (size_t q = i; q < j; q++)
      for (uint32_t k = 0; k < es[picks[q].entity].n_mentions; k++) {
        uint32_t mi = es[picks[q].entity].mentions[k];
        if (mi < d->mentions.n && is_place_mention(&ms[mi])) mv[o++] = mi;
      }
    qsort(mv, o, sizeof *mv, cmp_u32);
    memset(p, 0, sizeof *p);
    p->name = nm_arena_strndup(&d->arena, e.name, strlen(e.name));
    p->admin1 = e.admin1 ? nm_arena_strndup(&d->arena, e.admin1, strlen(e.admin1))
                         : (e.kind == NM_GEO_ADMIN1 ? p->name : NULL);
    if (!p->name || (e.admin1 && !p->admin1)) {
      st = NM_ERR_NOMEM;
      break;
    }
    p->geonameid = e.geonameid;
    memcpy(p->country, e.iso3, 4);
    p->lat = e.lat;
    p->lon = e.lon;
    p->mentions = mv;
    p->n_mentions = (uint32_t)o;
    i = j;
  }
  if (st == NM_OK && d->places.n > 1)
    qsort(d->places.data, d->places.n, sizeof(nm_place), cmp_place_first);
  if (st != NM_OK) d->places.n = 0;
  free(picks);
  nm_places_context_free(c);
  return st;
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

static void put_coord(nm_obuf *o, double v) {
  char b[32];
  int n = snprintf(b, sizeof b, "%.5f", v);
  if (n > 0 && (size_t)n < sizeof b) nm_obuf_put(o, b, (size_t)n);
}

void nm_json_places(nm_obuf *o, const nm_doc *d) {
  const nm_place *ps = (const nm_place *)d->places.data;
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  NM_OBUF_LIT(o, ",\"places\":[");
  for (size_t i = 0; i < d->places.n; i++) {
    const nm_place *p = &ps[i];
    nm_obuf_puts(o, i ? ",{\"id\":\"P" : "{\"id\":\"P");
    nm_obuf_u64(o, i + 1);
    NM_OBUF_LIT(o, "\",\"name\":");
    nm_obuf_json_str(o, p->name, strlen(p->name));
    NM_OBUF_LIT(o, ",\"geonameid\":");
    if (p->geonameid)
      nm_obuf_u64(o, p->geonameid);
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"country\":");
    if (p->country[0])
      nm_obuf_json_str(o, p->country, strlen(p->country));
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"admin1\":");
    if (p->admin1)
      nm_obuf_json_str(o, p->admin1, strlen(p->admin1));
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"lat\":");
    put_coord(o, p->lat);
    NM_OBUF_LIT(o, ",\"lon\":");
    put_coord(o, p->lon);
    NM_OBUF_LIT(o, ",\"mentions\":[");
    for (uint32_t k = 0; k < p->n_mentions; k++) {
      const nm_mention *m = &ms[p->mentions[k]];
      if (k) NM_OBUF_LIT(o, ",");
      NM_OBUF_LIT(o, "{\"start\":");
      nm_obuf_u64(o, m->start);
      NM_OBUF_LIT(o, ",\"end\":");
      nm_obuf_u64(o, m->end);
      NM_OBUF_LIT(o, ",\"text\":");
      nm_obuf_json_str(o, d->text + m->start, m->end - m->start);
      NM_OBUF_LIT(o, "}");
    }
    NM_OBUF_LIT(o, "]}");
  }
  NM_OBUF_LIT(o, "]");
}
