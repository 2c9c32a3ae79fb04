/* build_gazetteer.c - `newsmill build gazetteer`: compiles dict/gazetteer.nmm
 * from the files under --data (docs/entities.md, "Gazetteer", gives the
 * sources and every rule).
 *
 * Names are gathered with their flags, country and rank, split into tokens
 * by the library's own segmenter (so that they match the pipeline's tokens)
 * and handed to nm_gazetteer_write(). The output depends only on the input
 * files. */
#include "build_common.h"
#include "cli.h"
#include "team_places.h"
#include "gazetteer.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define WHO "newsmill build gazetteer"

/* ------------------------------------------------------------------ */
/* Storage                                                             */

/* A name waiting to be tokenised; its text lives in gzb.chars. */
typedef struct pend {
  size_t off, len;
  uint32_t flags;
  char iso3[4];
  uint64_t rank;
} pend;

/* A set of 64-bit hashes with a count each (open addressing; 0 = empty). */
typedef struct hset {
  uint64_t *keys;
  uint32_t *a, *b; /* two counters per key */
  size_t n, cap;
} hset;

typedef struct gzb {
  char *chars; /* name texts */
  size_t nchars, capchars;
  pend *p;
  size_t np, capp;
  char iso3[26][26][4];     /* ISO2 -> ISO3, from countryInfo */
  uint32_t pop[26][26];     /* country populations, for ranks */
  char capital[26][26][48]; /* capitals (countryInfo), for NM_GZ_BIGCITY */
  hset stop;                /* lower-case words of UD EWT (a > b) */
  hset countries;           /* whole country names, lower-cased */
  int oom;
  int verbose;
  FILE *list; /* --list: every name and what became of it */
  size_t skipped_stop, skipped_long, skipped_empty;
} gzb;

static void *grow_array(void *p, size_t *cap, size_t need, size_t size, int *oom) {
  if (need <= *cap) return p;
  size_t c = *cap ? *cap : 64;
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

static uint64_t hset_fix(uint64_t k) { return k ? k : 1; }

/* The slot of key in s (its own, or the empty one where it would go). */
static size_t hset_slot(const hset *s, uint64_t k) {
  size_t i = (size_t)(k & (s->cap - 1));
  while (s->keys[i] && s->keys[i] != k)
    i = (i + 1) & (s->cap - 1);
  return i;
}

/* Adds da and db to key's counters; 0 when out of memory. */
static int hset_add(hset *s, uint64_t k, uint32_t da, uint32_t db) {
  k = hset_fix(k);
  if ((s->n + 1) * 2 > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 1024;
    hset t = {calloc(cap, 8), calloc(cap, 4), calloc(cap, 4), 0, cap};
    if (!t.keys || !t.a || !t.b) {
      free(t.keys), free(t.a), free(t.b);
      return 0;
    }
    for (size_t i = 0; i < s->cap; i++)
      if (s->keys[i]) {
        size_t j = hset_slot(&t, s->keys[i]);
        t.keys[j] = s->keys[i], t.a[j] = s->a[i], t.b[j] = s->b[i];
      }
    t.n = s->n;
    free(s->keys), free(s->a), free(s->b);
    *s = t;
  }
  size_t i = hset_slot(s, k);
  if (!s->keys[i]) s->keys[i] = k, s->n++;
  s->a[i] += da;
  s->b[i] += db;
  return 1;
}

/* Key's counters; 0 when absent. */
static int hset_get(const hset *s, uint64_t k, uint32_t *a, uint32_t *b) {
  if (!s->cap) return 0;
  size_t i = hset_slot(s, hset_fix(k));
  if (!s->keys[i]) return 0;
  if (a) *a = s->a[i];
  if (b) *b = s->b[i];
  return 1;
}

static void hset_free(hset *s) {
  free(s->keys), free(s->a), free(s->b);
  memset(s, 0, sizeof *s);
}

/* A whole string's hash, lower-cased (ASCII), for sets of names. */
static uint64_t text_hash(const char *s, size_t n) { return nm_gz_token_hash(s, n); }

/* ------------------------------------------------------------------ */
/* Adding names                                                        */

/* Ranks: which country a shared name gets (nm_gz_name.rank). Classes in
 * the high bits, a population below them: countries, then regions and
 * demonyms, then places of 100,000 people or more (cities, and divisions
 * with their country's people shared equally among them), then actors,
 * then smaller places ("Obama" the president before Obama, Japan). */
enum { R_TOWN = 1, R_ACTOR, R_PLACE, R_REGION, R_DEMONYM = R_REGION, R_COUNTRY };

/* The rank of a place of pop people. */
static uint64_t place_rank(uint64_t pop);
static uint64_t rank_of(unsigned cls, uint64_t pop) {
  return (uint64_t)cls << 40 | (pop < (1ull << 40) ? pop : (1ull << 40) - 1);
}

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int to_lower(int c) { return is_upper(c) ? c + 32 : c; }

/* Queues a name. cased: the source writes names in their real case, so a
 * name without lower-case letters is an acronym ("US", "U.K."). */
static void add_name(gzb *b, const char *s, size_t len, uint32_t flags, const char *iso3,
                     uint64_t rank, int cased) {
  while (len && (*s == ' ' || *s == '\t'))
    s++, len--;
  while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  if (!len || b->oom) return;
  if (cased) {
    int up = 0, low = 0;
    for (size_t i = 0; i < len; i++)
      up |= is_upper((unsigned char)s[i]), low |= is_lower((unsigned char)s[i]);
    if (up && !low) flags |= NM_GZ_ACRONYM;
  }
  char *c = grow_array(b->chars, &b->capchars, b->nchars + len, 1, &b->oom);
  pend *p = c ? grow_array(b->p, &b->capp, b->np + 1, sizeof *p, &b->oom) : NULL;
  if (!c || !p) return;
  b->chars = c;
  b->p = p;
  memcpy(c + b->nchars, s, len);
  pend *x = &p[b->np++];
  x->off = b->nchars;
  x->len = len;
  x->flags = flags;
  memset(x->iso3, 0, 4);
  if (iso3 && strlen(iso3) == 3) memcpy(x->iso3, iso3, 3);
  x->rank = rank;
  b->nchars += len;
}

static void add_cstr(gzb *b, const char *s, uint32_t flags, const char *iso3, uint64_t rank) {
  add_name(b, s, strlen(s), flags, iso3, rank, 1);
}

/* ISO3 of an ISO2 code, or NULL. */
static const char *iso3_of(const gzb *b, const char *iso2) {
  if (!iso2 || !is_upper((unsigned char)iso2[0]) || !is_upper((unsigned char)iso2[1]) || iso2[2])
    return NULL;
  const char *r = b->iso3[iso2[0] - 'A'][iso2[1] - 'A'];
  return r[0] ? r : NULL;
}

/* Population of a country given by ISO3 (0 when unknown). */
static uint32_t pop_of_iso3(const gzb *b, const char *iso3) {
  for (int i = 0; i < 26; i++)
    for (int j = 0; j < 26; j++)
      if (b->iso3[i][j][0] && memcmp(b->iso3[i][j], iso3, 3) == 0) return b->pop[i][j];
  return 0;
}

/* True when iso3 is a country code of countryInfo. */
static int known_iso3(const gzb *b, const char *iso3, size_t n) {
  if (n != 3) return 0;
  for (int i = 0; i < 26; i++)
    for (int j = 0; j < 26; j++)
      if (b->iso3[i][j][0] && memcmp(b->iso3[i][j], iso3, 3) == 0) return 1;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Files                                                               */

static void path_join(char *out, size_t cap, const char *dir, const char *rel) {
  snprintf(out, cap, "%s/%s", dir, rel);
}

/* ------------------------------------------------------------------ */
/* Countries and demonyms                                              */

/* Names that a country table gives but that are not countries: they are
 * stored as regions instead (team-written). */
static const char *const not_countries[] = {"Northern Ireland", "Gaza"};

/* Country forms of news style that no source has (written by the team). */
static const struct {
  const char *name, *iso3;
} team_countries[] = {{"U.S.", "USA"}, {"U.S.A.", "USA"}, {"US", "USA"}, {"U.K.", "GBR"},
                      {"Bosnia", "BIH"}, {"PNG", "PNG"}};

/* Demonyms that no source has (written by the team). */
static const struct {
  const char *name, *iso3;
} team_demonyms[] = {
    {"Briton", "GBR"}, {"Scot", "GBR"}, {"Scottish", "GBR"}, {"Welsh", "GBR"}, {"English", "GBR"},
    {"Tajik", "TJK"}};

static int in_list(const char *s, size_t n, const char *const *list, size_t k) {
  for (size_t i = 0; i < k; i++)
    if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0) return 1;
  return 0;
}

static void add_country(gzb *b, const char *s, size_t n, const char *iso3, int cased) {
  while (n && s[n - 1] == ' ')
    n--;
  if (in_list(s, n, not_countries, sizeof not_countries / sizeof *not_countries)) return;
  add_name(b, s, n, NM_GZ_COUNTRY, iso3, rank_of(R_COUNTRY, pop_of_iso3(b, iso3)), cased);
  if (!hset_add(&b->countries, text_hash(s, n), 1, 0)) b->oom = 1;
}

static int is_country_name(const gzb *b, const char *s, size_t n) {
  return hset_get(&b->countries, text_hash(s, n), NULL, NULL);
}

/* The plural of a demonym's last word into out ("Israeli" -> "Israelis"),
 * or 0 when it has none of its own: words ending in -ese, -ish, -sh, -ss,
 * -s, -x, -z, -y, -ic or -ch ("the Chinese", "the Swiss", "the French";
 * but "Czechs"). */
static int demonym_plural(const char *s, size_t n, char *out, size_t cap) {
  static const char *const none[] = {"ese", "ish", "sh", "ss", "s", "x", "z", "y", "ic", "ch"};
  if (n < 3 || n + 2 > cap) return 0;
  char low[8];
  size_t k = n < 7 ? n : 7;
  for (size_t i = 0; i < k; i++)
    low[i] = (char)to_lower((unsigned char)s[n - k + i]);
  low[k] = '\0';
  int czech = k >= 5 && memcmp(low + k - 5, "czech", 5) == 0;
  for (size_t i = 0; i < sizeof none / sizeof *none && !czech; i++) {
    size_t l = strlen(none[i]);
    if (l <= k && memcmp(low + k - l, none[i], l) == 0) return 0;
  }
  memcpy(out, s, n);
  out[n] = 's';
  out[n + 1] = '\0';
  return 1;
}

/* A demonym and its plural, unless the text is a country's name
 * ("Gibraltar", "Solomon Islands"). */
static void add_demonym(gzb *b, const char *s, size_t n, const char *iso3) {
  while (n && *s == ' ')
    s++, n--;
  while (n && s[n - 1] == ' ')
    n--;
  if (!n || is_country_name(b, s, n)) return;
  uint64_t r = rank_of(R_DEMONYM, pop_of_iso3(b, iso3));
  add_name(b, s, n, NM_GZ_DEMONYM, iso3, r, 1);
  char pl[128];
  if (demonym_plural(s, n, pl, sizeof pl) && !is_country_name(b, pl, n + 1))
    add_name(b, pl, n + 1, NM_GZ_DEMONYM, iso3, r, 1);
}

/* Several demonyms in one string: "Antiguan, Barbudan", "Kittitian or
 * Nevisian". */
static void add_demonyms(gzb *b, const char *s, size_t n, const char *iso3) {
  size_t i = 0;
  while (i < n) {
    size_t j = i, next;
    while (j < n && s[j] != ',' && !(n - j >= 4 && memcmp(s + j, " or ", 4) == 0))
      j++;
    next = j < n ? (s[j] == ',' ? j + 1 : j + 4) : n;
    add_demonym(b, s + i, j - i, iso3);
    i = next;
  }
}

/* countryInfo.tsv: ISO2 -> ISO3, populations, capitals, country names. */
static int load_country_info(gzb *b, const char *dir) {
  char path[4096], *buf, *cur, *line;
  size_t len, n = 0;
  const char *names[26 * 26], *codes[26 * 26];
  path_join(path, sizeof path, dir, "geo/geonames/countryInfo.tsv");
  if (nm_cli_read_text(WHO, path, &buf, &len) != 0) return 2;
  cur = buf;
  while ((line = nm_cli_next_line(&cur))) {
    char *f[20];
    if (line[0] == '#' || nm_cli_split_tabs(line, f, 20) < 8) continue;
    if (strlen(f[0]) != 2 || strlen(f[1]) != 3 || !is_upper((unsigned char)f[0][0]) ||
        !is_upper((unsigned char)f[0][1]) || n == 26 * 26)
      continue;
    int x = f[0][0] - 'A', y = f[0][1] - 'A';
    memcpy(b->iso3[x][y], f[1], 4);
    b->pop[x][y] = (uint32_t)strtoul(f[7], NULL, 10);
    const char *cap = f[5];
    while (*cap == ' ')
      cap++;
    snprintf(b->capital[x][y], sizeof b->capital[x][y], "%s", cap);
    names[n] = f[4];
    codes[n++] = f[1];
  }
  /* names once every population is known, for their ranks */
  for (size_t i = 0; i < n; i++)
    add_country(b, names[i], strlen(names[i]), codes[i], 1);
  free(buf);
  if (b->verbose) fprintf(stderr, "countryInfo: %zu countries\n", n);
  if (!n) fprintf(stderr, "newsmill build gazetteer: %s has no countries\n", path);
  return n ? 0 : 2;
}

/* True when s[0..n) is Latin-script text: ASCII, or letters of the Latin
 * blocks (U+00C0-U+024F, U+1E00-U+1EFF) and typographic apostrophes.
 * Alternate spellings in other scripts are left out. */
static int latin_text(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    unsigned c = (unsigned char)s[i];
    if (c < 0x80) {
      if (c < 0x20) return 0;
      i++;
      continue;
    }
    uint32_t cp;
    size_t k;
    if (c >= 0xC2 && c < 0xE0)
      cp = c & 0x1F, k = 2;
    else if (c >= 0xE0 && c < 0xF0)
      cp = c & 0x0F, k = 3;
    else
      return 0;
    if (n - i < k) return 0;
    for (size_t m = 1; m < k; m++) {
      if (((unsigned char)s[i + m] & 0xC0) != 0x80) return 0;
      cp = cp << 6 | ((unsigned char)s[i + m] & 0x3F);
    }
    if (!((cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF) || cp == 0x2018 ||
          cp == 0x2019 || cp == 0x2BB || cp == 0x2BC))
      return 0;
    i += k;
  }
  return 1;
}

static int same_text_ci(const char *a, size_t na, const char *b2, size_t nb) {
  if (na != nb) return 0;
  for (size_t i = 0; i < na; i++)
    if (to_lower((unsigned char)a[i]) != to_lower((unsigned char)b2[i])) return 0;
  return 1;
}

/* The ISO3 code of a mledoze country: its cca2 through countryInfo (which
 * has Kosovo's XKX), else its cca3 when countryInfo knows it. */
static const char *mledoze_iso3(const gzb *b, const nm_cli_json *j, const nm_cli_json_node *c,
                                char *buf) {
  size_t l;
  const char *s = nm_cli_json_str(j, nm_cli_json_get(j, c, "cca2"), &l);
  if (s && l == 2) {
    char two[3] = {s[0], s[1], 0};
    const char *r = iso3_of(b, two);
    if (r) return r;
  }
  s = nm_cli_json_str(j, nm_cli_json_get(j, c, "cca3"), &l);
  if (s && known_iso3(b, s, l)) {
    memcpy(buf, s, 3);
    buf[3] = '\0';
    return buf;
  }
  return NULL;
}

/* An alternate spelling is kept when it is Latin text, not a two-letter
 * code ("FR") and not one of the country's demonyms ("Thai"). */
static int keep_alt(const nm_cli_json *j, const nm_cli_json_node *c, const char *s, size_t n) {
  if (!latin_text(s, n) || n <= 2) return 0;
  const nm_cli_json_node *dem = nm_cli_json_get(j, nm_cli_json_get(j, c, "demonyms"), "eng");
  for (const nm_cli_json_node *d = nm_cli_json_kid(j, dem); d; d = nm_cli_json_next(j, d)) {
    size_t l;
    const char *t = nm_cli_json_str(j, d, &l);
    if (t && same_text_ci(s, n, t, l)) return 0;
  }
  return 1;
}

/* mledoze countries.json, first pass: common and official names and the
 * alternate spellings that keep_alt() keeps. */
static void mledoze_countries(gzb *b, const nm_cli_json *j) {
  size_t l;
  for (const nm_cli_json_node *c = nm_cli_json_kid(j, nm_cli_json_root(j)); c;
       c = nm_cli_json_next(j, c)) {
    char buf[4];
    const char *iso3 = mledoze_iso3(b, j, c, buf);
    if (!iso3) continue;
    const nm_cli_json_node *name = nm_cli_json_get(j, c, "name");
    const char *s;
    if ((s = nm_cli_json_str(j, nm_cli_json_get(j, name, "common"), &l)))
      add_country(b, s, l, iso3, 1);
    if ((s = nm_cli_json_str(j, nm_cli_json_get(j, name, "official"), &l)))
      add_country(b, s, l, iso3, 1);
    for (const nm_cli_json_node *a = nm_cli_json_kid(j, nm_cli_json_get(j, c, "altSpellings")); a;
         a = nm_cli_json_next(j, a))
      if ((s = nm_cli_json_str(j, a, &l)) && keep_alt(j, c, s, l)) add_country(b, s, l, iso3, 1);
  }
}

/* mledoze countries.json, second pass: English demonyms. */
static void mledoze_demonyms(gzb *b, const nm_cli_json *j) {
  size_t l;
  for (const nm_cli_json_node *c = nm_cli_json_kid(j, nm_cli_json_root(j)); c;
       c = nm_cli_json_next(j, c)) {
    char buf[4];
    const char *iso3 = mledoze_iso3(b, j, c, buf), *s;
    const nm_cli_json_node *dem = nm_cli_json_get(j, nm_cli_json_get(j, c, "demonyms"), "eng");
    if (!iso3) continue;
    for (const nm_cli_json_node *d = nm_cli_json_kid(j, dem); d; d = nm_cli_json_next(j, d))
      if ((s = nm_cli_json_str(j, d, &l))) add_demonyms(b, s, l, iso3);
  }
}

/* mordecai's country names (an object name -> ISO3; words joined by '_').
 * The copy named mordecai_countries.json is damaged (its text repeats
 * fragments and does not parse), so the clean copy of the same table,
 * mordecai_stopword_country_names.json, is read. */
static int mordecai_countries(gzb *b, const char *dir) {
  char path[4096];
  nm_cli_json j;
  path_join(path, sizeof path, dir, "geo/countries/mordecai_stopword_country_names.json");
  if (nm_cli_json_read(WHO, path, &j) != 0) return 2;
  size_t l;
  for (const nm_cli_json_node *c = nm_cli_json_kid(&j, nm_cli_json_root(&j)); c;
       c = nm_cli_json_next(&j, c)) {
    const char *code = nm_cli_json_str(&j, c, &l);
    if (!code || !known_iso3(b, code, l) || c->klen >= 128) continue;
    char iso3[4] = {code[0], code[1], code[2], 0}, name[128];
    memcpy(name, j.chars + c->key - 1, c->klen);
    for (size_t i = 0; i < c->klen; i++)
      if (name[i] == '_') name[i] = ' ';
    add_country(b, name, c->klen, iso3, 1);
  }
  nm_cli_json_free(&j);
  return 0;
}

/* mordecai nat_df.csv: "nationality,ISO3" lines. */
static int mordecai_nationalities(gzb *b, const char *dir) {
  char path[4096], *buf, *cur, *line;
  size_t len;
  path_join(path, sizeof path, dir, "geo/countries/mordecai_nat_df.csv");
  if (nm_cli_read_text(WHO, path, &buf, &len) != 0) return 2;
  cur = buf;
  nm_cli_next_line(&cur); /* header */
  while ((line = nm_cli_next_line(&cur))) {
    char *comma = strrchr(line, ',');
    if (!comma) continue; /* one line lacks its comma ("BermudianBMU") */
    char *code = comma + 1;
    while (*code == ' ')
      code++;
    if (!known_iso3(b, code, strlen(code))) continue;
    add_demonyms(b, line, (size_t)(comma - line), code);
  }
  free(buf);
  return 0;
}

static void team_lists(gzb *b) {
  for (size_t i = 0; i < sizeof team_countries / sizeof *team_countries; i++)
    add_country(b, team_countries[i].name, strlen(team_countries[i].name), team_countries[i].iso3,
                1);
  for (size_t i = 0; i < sizeof team_demonyms / sizeof *team_demonyms; i++)
    add_demonym(b, team_demonyms[i].name, strlen(team_demonyms[i].name), team_demonyms[i].iso3);
}

/* ------------------------------------------------------------------ */
/* Regions (team-written)                                              */

/* Regions and other places that the GeoNames cities and divisions lack,
 * written by the newsmill team from general knowledge; the country is
 * given where a region lies within one. */
static const struct {
  const char *name, *iso3;
} team_regions[] = {{"Middle East", ""},
                    {"Near East", ""},
                    {"Gaza Strip", "PSE"},
                    {"Gaza", "PSE"},
                    {"West Bank", "PSE"},
                    {"Golan Heights", "SYR"},
                    {"Sinai", "EGY"},
                    {"Sinai Peninsula", "EGY"},
                    {"Sahel", ""},
                    {"Sahara", ""},
                    {"Maghreb", ""},
                    {"Levant", ""},
                    {"Balkans", ""},
                    {"Western Balkans", ""},
                    {"Caucasus", ""},
                    {"North Caucasus", "RUS"},
                    {"South Caucasus", ""},
                    {"Horn of Africa", ""},
                    {"Persian Gulf", ""},
                    {"Gulf of Aden", ""},
                    {"Red Sea", ""},
                    {"Black Sea", ""},
                    {"Caspian Sea", ""},
                    {"Mediterranean", ""},
                    {"Mediterranean Sea", ""},
                    {"Baltic Sea", ""},
                    {"Baltics", ""},
                    {"Strait of Hormuz", ""},
                    {"South China Sea", ""},
                    {"East China Sea", ""},
                    {"Taiwan Strait", ""},
                    {"Korean Peninsula", ""},
                    {"Arabian Peninsula", ""},
                    {"Kashmir", ""},
                    {"Kurdistan", ""},
                    {"Iraqi Kurdistan", "IRQ"},
                    {"Darfur", "SDN"},
                    {"Crimea", "UKR"},
                    {"Donbas", "UKR"},
                    {"Donbass", "UKR"},
                    {"Nagorno-Karabakh", "AZE"},
                    {"Karabakh", "AZE"},
                    {"Siberia", "RUS"},
                    {"Northern Ireland", "GBR"},
                    {"Central Asia", ""},
                    {"South Asia", ""},
                    {"Southeast Asia", ""},
                    {"East Asia", ""},
                    {"Asia-Pacific", ""},
                    {"Latin America", ""},
                    {"South America", ""},
                    {"North America", ""},
                    {"Central America", ""},
                    {"Caribbean", ""},
                    {"Sub-Saharan Africa", ""},
                    {"West Africa", ""},
                    {"East Africa", ""},
                    {"North Africa", ""},
                    {"Southern Africa", ""},
                    {"Central Africa", ""},
                    {"Western Europe", ""},
                    {"Eastern Europe", ""},
                    {"Central Europe", ""},
                    {"Scandinavia", ""},
                    {"Europe", ""},
                    {"Asia", ""},
                    {"Africa", ""},
                    {"Oceania", ""},
                    {"Arctic", ""},
                    {"Indian Ocean", ""},
                    {"Pacific Ocean", ""},
                    {"Atlantic Ocean", ""},
                    {"Arctic Ocean", ""},
                    {"Pacific", ""},
                    {"Atlantic", ""},
                    {"Suez Canal", "EGY"},
                    {"Panama Canal", "PAN"},
                    {"Gulf of Mexico", ""},
                    {"Matsu Islands", "TWN"},
                    {"Matsu", "TWN"},
                    {"Kinmen", "TWN"},
                    {"Spratly Islands", ""},
                    {"Spratlys", ""},
                    {"Paracel Islands", ""},
                    {"Scarborough Shoal", ""},
                    {"Second Thomas Shoal", ""},
                    {"Senkaku Islands", ""},
                    {"Kuril Islands", "RUS"},
                    {"Essequibo", "GUY"},
                    {"Himalayas", ""},
                    {"Alps", ""},
                    {"Ural Mountains", "RUS"},
                    {"Java", "IDN"},
                    {"Sumatra", "IDN"},
                    {"Borneo", ""},
                    {"Luzon", "PHL"},
                    {"Mindanao", "PHL"},
                    {"Eastern Mediterranean", ""}};

static void team_region_list(gzb *b) {
  for (size_t i = 0; i < sizeof team_regions / sizeof *team_regions; i++)
    add_cstr(b, team_regions[i].name, NM_GZ_REGION, team_regions[i].iso3,
             rank_of(R_REGION, team_regions[i].iso3[0] ? pop_of_iso3(b, team_regions[i].iso3) : 0));
  /* features and landmarks, shared with the place table */
  for (size_t i = 0; i < nm_team_places_count; i++) {
    const nm_team_place *t = &nm_team_places[i];
    uint64_t rank = rank_of(R_REGION, t->iso3[0] ? pop_of_iso3(b, t->iso3) : 0);
    for (const char *p = t->names; *p;) {
      size_t l = strcspn(p, "|");
      add_name(b, p, l, NM_GZ_REGION, t->iso3, rank, 1);
      p += l;
      if (*p == '|') p++;
    }
  }
}

/* ------------------------------------------------------------------ */
/* GeoNames divisions and cities                                       */

static uint64_t place_rank(uint64_t pop) { return rank_of(pop >= 100000 ? R_PLACE : R_TOWN, pop); }

/* admin1CodesASCII.txt: "CC.code<TAB>name<TAB>ASCII name<TAB>id". A
 * division ranks as a place of its country's population over the number
 * of its divisions ("Victoria", Australia, before the city in Canada; a
 * parish of Bermuda after the city of Hamilton, Canada). */
static int load_admin1(gzb *b, const char *dir) {
  char path[4096], *buf, *cur, *line;
  size_t len, n = 0, cap = 0;
  uint32_t per_country[26][26];
  char *(*rows)[3] = NULL;
  int oom = 0;
  memset(per_country, 0, sizeof per_country);
  path_join(path, sizeof path, dir, "geo/geonames/admin1CodesASCII.txt");
  if (nm_cli_read_text(WHO, path, &buf, &len) != 0) return 2;
  cur = buf;
  while ((line = nm_cli_next_line(&cur))) {
    char *f[4];
    if (nm_cli_split_tabs(line, f, 4) < 3 || strlen(f[0]) < 4 || f[0][2] != '.') continue;
    char iso2[3] = {f[0][0], f[0][1], 0};
    if (!iso3_of(b, iso2)) continue;
    char *(*r)[3] = grow_array(rows, &cap, n + 1, sizeof *rows, &oom);
    if (!r) break;
    rows = r;
    rows[n][0] = f[0], rows[n][1] = f[1], rows[n][2] = f[2];
    per_country[f[0][0] - 'A'][f[0][1] - 'A']++;
    n++;
  }
  for (size_t i = 0; i < n; i++) {
    int x = rows[i][0][0] - 'A', y = rows[i][0][1] - 'A';
    const char *iso3 = b->iso3[x][y];
    uint64_t rank = place_rank(b->pop[x][y] / per_country[x][y]);
    add_name(b, rows[i][1], strlen(rows[i][1]), NM_GZ_ADMIN1, iso3, rank, 1);
    if (strcmp(rows[i][1], rows[i][2]) != 0)
      add_name(b, rows[i][2], strlen(rows[i][2]), NM_GZ_ADMIN1, iso3, rank, 1);
  }
  free(rows);
  free(buf);
  if (oom) b->oom = 1;
  return 0;
}

/* English names of cities that GeoNames gives in another form, written by
 * the newsmill team: {name, GeoNames name, ISO2}. */
static const struct {
  const char *alias, *name, *iso2;
} team_city_aliases[] = {{"New York", "New York City", "US"},
                         {"Washington D.C.", "Washington", "US"},
                         {"Kiev", "Kyiv", "UA"},
                         {"Odessa", "Odesa", "UA"},
                         {"Kharkov", "Kharkiv", "UA"},
                         {"Bombay", "Mumbai", "IN"},
                         {"Calcutta", "Kolkata", "IN"},
                         {"Madras", "Chennai", "IN"},
                         {"Saigon", "Ho Chi Minh City", "VN"},
                         {"Rangoon", "Yangon", "MM"},
                         {"Gaza City", "Gaza", "PS"},
                         {"Sana'a", "Sanaa", "YE"},
                         {"Panama City", "Panamá", "PA"}};

/* Feature codes of GeoNames places that are not cities today: sections of
 * a city, historical, abandoned and destroyed places. */
static int skip_feature(const char *code) {
  return !strcmp(code, "PPLX") || !strcmp(code, "PPLH") || !strcmp(code, "PPLQ") ||
         !strcmp(code, "PPLW");
}

/* One city under one of its names, with "St." for a leading "Saint". */
static void add_city(gzb *b, const char *name, uint32_t flags, const char *iso3, uint64_t rank) {
  add_cstr(b, name, flags, iso3, rank);
  if (!strncmp(name, "Saint ", 6)) {
    char st[256];
    snprintf(st, sizeof st, "St. %s", name + 6);
    add_cstr(b, st, flags, iso3, rank);
  }
}

/* cities15000.txt (GeoNames' table of places of 15,000 people or more):
 * the name and ASCII name of each; NM_GZ_BIGCITY for 1,000,000 people or
 * more, a capital (PPLC) or the capital countryInfo names. */
static int load_cities(gzb *b, const char *path) {
  char *buf, *cur, *line;
  size_t len, n = 0;
  if (nm_cli_read_text(WHO, path, &buf, &len) != 0) return 2;
  cur = buf;
  while ((line = nm_cli_next_line(&cur))) {
    char *f[20];
    if (nm_cli_split_tabs(line, f, 20) < 15 || skip_feature(f[7])) continue;
    const char *iso3 = iso3_of(b, f[8]);
    if (!iso3) continue;
    unsigned long long pop = strtoull(f[14], NULL, 10);
    const char *cap = b->capital[f[8][0] - 'A'][f[8][1] - 'A'];
    int capital = !strcmp(f[7], "PPLC") || (cap[0] && (!strcmp(cap, f[1]) || !strcmp(cap, f[2])));
    uint32_t flags = NM_GZ_CITY | (pop >= 1000000 || capital ? NM_GZ_BIGCITY : 0);
    uint64_t rank = place_rank(pop);
    add_city(b, f[1], flags, iso3, rank);
    if (strcmp(f[1], f[2]) != 0) add_city(b, f[2], flags, iso3, rank);
    for (size_t k = 0; k < sizeof team_city_aliases / sizeof *team_city_aliases; k++)
      if (!strcmp(team_city_aliases[k].name, f[1]) && !strcmp(team_city_aliases[k].iso2, f[8]))
        add_cstr(b, team_city_aliases[k].alias, flags, iso3, rank);
    n++;
  }
  free(buf);
  if (b->verbose) fprintf(stderr, "cities: %zu places\n", n);
  if (!n) fprintf(stderr, "newsmill build gazetteer: %s has no cities\n", path);
  return n ? 0 : 2;
}

/* ------------------------------------------------------------------ */
/* The stoplist: common lower-case English words                      */

/* Words that are never taken as a one-word place or actor name, besides
 * those of UD EWT (team-written): months and week days. */
static const char *const team_stopwords[] = {
    "january",   "february",  "march",   "april",    "may",      "june",   "july",
    "august",    "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday",  "friday",  "saturday", "sunday"};

/* Counts, per lower-cased word of UD EWT train, how often it is written in
 * lower case (a) and capitalised other than first in its sentence (b). A
 * word seen in lower case at least 3 times and more often than capitalised
 * is a common word: "mobile", "reading", "nice", "of". (Fewer sightings
 * say little: "edmonton" and "greek" occur once in lower case.) */
static int load_stoplist(gzb *b, const char *dir) {
  char path[4096], *buf, *cur, *line;
  size_t len;
  path_join(path, sizeof path, dir, "ud/ewt/en_ewt-ud-train.conllu");
  if (nm_cli_read_text(WHO, path, &buf, &len) != 0) return 2;
  cur = buf;
  while ((line = nm_cli_next_line(&cur)) && !b->oom) {
    char *f[10];
    if (line[0] == '#' || !line[0] || nm_cli_split_tabs(line, f, 10) < 2) continue;
    const char *id = f[0];
    if (strspn(id, "0123456789") != strlen(id)) continue; /* ranges, empty nodes */
    const char *w = f[1];
    int up = 0, low = 0;
    for (const char *p = w; *p; p++)
      up |= is_upper((unsigned char)*p), low |= is_lower((unsigned char)*p);
    uint32_t a = low && !up, c = is_upper((unsigned char)w[0]) && strcmp(id, "1") != 0;
    if ((a || c) && !hset_add(&b->stop, text_hash(w, strlen(w)), a, c)) b->oom = 1;
  }
  free(buf);
  for (size_t i = 0; i < sizeof team_stopwords / sizeof *team_stopwords; i++)
    if (!hset_add(&b->stop, text_hash(team_stopwords[i], strlen(team_stopwords[i])), 1000, 0))
      b->oom = 1;
  return 0;
}

static int is_stopword(const gzb *b, uint64_t token_hash) {
  uint32_t a, c;
  return hset_get(&b->stop, token_hash, &a, &c) && a >= 3 && a > c;
}

/* ------------------------------------------------------------------ */
/* Phoenix actor dictionaries (PETRARCH2)                              */

/* A record: a primary phrase, its '+' synonyms and its [codes]. Strings
 * point into the files' buffers. */
typedef struct pstr {
  const char *s;
  size_t n;
} pstr;
typedef struct pcode {
  const char *s;
  size_t n;
  int dated; /* [CODE date-restriction] */
} pcode;
typedef struct precord {
  size_t name0, nnames, code0, ncodes;
  int file;   /* 0 Countries, 1 International, 2 MilNonState */
  int rulers; /* a comment names a list of office holders */
} precord;

typedef struct phx {
  pstr *names;
  size_t nn, capn;
  pcode *codes;
  size_t nc, capc;
  precord *r;
  size_t nr, capr;
  hset given; /* first words of people's names, counted */
  int oom;
} phx;

static const char *const phx_files[3] = {
    "events/openeventdata__petrarch2/Phoenix.Countries.actors.txt",
    "events/openeventdata__petrarch2/Phoenix.International.actors.txt",
    "events/openeventdata__petrarch2/Phoenix.MilNonState.actors.txt"};

/* CAMEO role and sector codes (three letters each, following a country or
 * standing alone); a code made of country codes only names a place. */
static const char *const roles[] = {
    "GOV", "ELI", "MNC", "BUS", "NGO", "NGM", "HLH", "MED", "DEV", "EDU", "AGR", "MIL",
    "REB", "IGO", "ENV", "JUD", "LAB", "HRI", "UNO", "IMG", "LEG", "COP", "SPY", "REF",
    "RAD", "IRC", "OPP", "PTY", "CVL", "INS", "SEP", "UAF", "CRM", "AMN", "MOD", "CHR",
    "REL", "CTH", "MOS", "JEW", "HIN", "BUD", "SIK", "SHI", "SUN", "PRO"};
/* Codes whose records are organisations unless they are people. */
static const char *const org_roles[] = {"IGO", "NGO", "NGM", "MNC", "REB", "INS",
                                        "SEP", "UAF", "RAD", "IMG", "PTY"};

/* Words that make a name an organisation's (team-written). */
static const char *const org_words[] = {
    "ARMY",       "FORCES",      "FORCE",        "PARTY",        "FRONT",         "COUNCIL",
    "MINISTRY",   "AGENCY",      "ORGANIZATION", "ORGANISATION", "COMMISSION",    "COMMITTEE",
    "BRIGADE",    "BRIGADES",    "MOVEMENT",     "GROUP",        "UNION",         "ASSOCIATION",
    "FEDERATION", "LEAGUE",      "BANK",         "FUND",         "INSTITUTE",     "FOUNDATION",
    "SOCIETY",    "CORPORATION", "CORP",         "COMPANY",      "INC",           "LTD",
    "LIMITED",    "HOLDINGS",    "INDUSTRIES",   "NETWORK",      "CENTER",        "CENTRE",
    "ALLIANCE",   "COALITION",   "CONGRESS",     "PARLIAMENT",   "ASSEMBLY",      "COURT",
    "TRIBUNAL",   "POLICE",      "GUARD",        "NAVY",         "MILITIA",       "BATTALION",
    "REGIMENT",   "COMMAND",     "OFFICE",       "DEPARTMENT",   "BUREAU",        "SERVICE",
    "SERVICES",   "AUTHORITY",   "BOARD",        "CABINET",      "GOVERNMENT",    "SENATE",
    "NATIONS",    "CELLS",       "NUCLEI",       "FACTION",      "UNIVERSITY",    "CHURCH",
    "TRUST",      "PROGRAMME",   "PROGRAM",      "MISSION",      "INTERNATIONAL", "STATE",
    "OBSERVATORY"};

/* Particles that start names of people and groups alike ("AL_QA'IDA"):
 * never a given name. */
static const char *const particles[] = {"AL",  "EL",  "BIN", "IBN", "DE", "DEL", "LA",  "LE",
                                        "VAN", "VON", "DA",  "DI",  "DU", "THE", "ST.", "SAINT"};

/* Words of titles and offices that must not start or fill a person's
 * name ("PRESIDENT_XI_JINPING" is stored as "Xi Jinping" only; team-written). */
static const char *const title_words[] = {"PRESIDENT",
                                          "VICE",
                                          "VICE-PRESIDENT",
                                          "PRIME",
                                          "MINISTER",
                                          "PREMIER",
                                          "SECRETARY",
                                          "SECRETARY-GENERAL",
                                          "GENERAL",
                                          "CHANCELLOR",
                                          "KING",
                                          "QUEEN",
                                          "PRINCE",
                                          "PRINCESS",
                                          "EMIR",
                                          "AMBASSADOR",
                                          "SENATOR",
                                          "GOVERNOR",
                                          "MAYOR",
                                          "CHAIRMAN",
                                          "LEADER",
                                          "COMMANDER",
                                          "REFORMER",
                                          "FORMER",
                                          "JUDGE",
                                          "DR.",
                                          "MR.",
                                          "MRS.",
                                          "MS.",
                                          "GEN.",
                                          "COL.",
                                          "LT.",
                                          "CAPT.",
                                          "SEN.",
                                          "REP.",
                                          "GOV.",
                                          "CHIEF",
                                          "SPOKESMAN",
                                          "OFFICIAL"};

/* True when the word s[0..n) (upper case) is in list. */
static int word_in(const char *s, size_t n, const char *const *list, size_t k) {
  for (size_t i = 0; i < k; i++)
    if (strlen(list[i]) == n && !memcmp(list[i], s, n)) return 1;
  return 0;
}

/* True when a phrase (words joined by '_' or ' ') has a word of list. */
static int phrase_has(const char *s, size_t n, const char *const *list, size_t k) {
  for (size_t i = 0; i < n;) {
    while (i < n && (s[i] == '_' || s[i] == ' '))
      i++;
    size_t j = i;
    while (j < n && s[j] != '_' && s[j] != ' ')
      j++;
    if (j > i && word_in(s + i, j - i, list, k)) return 1;
    i = j;
  }
  return 0;
}
#define PHRASE_HAS(s, n, list) phrase_has(s, n, list, sizeof list / sizeof *list)

static size_t first_word(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] != '_' && s[i] != ' ')
    i++;
  return i;
}

/* The number of words of a Phoenix phrase ('_' or ' ' between them). */
static size_t phrase_words(const char *s, size_t n) {
  size_t w = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && (s[i] == '_' || s[i] == ' '))
      i++;
    if (i < n) w++;
    while (i < n && s[i] != '_' && s[i] != ' ')
      i++;
  }
  return w;
}

/* True when a code has the three-letter chunk c at a multiple of three. */
static int code_has(const pcode *c, const char *chunk) {
  for (size_t i = 0; i + 3 <= c->n; i += 3)
    if (!memcmp(c->s + i, chunk, 3)) return 1;
  return 0;
}

static int record_has(const phx *x, const precord *r, const char *const *list, size_t k) {
  for (size_t i = 0; i < r->ncodes; i++)
    for (size_t m = 0; m < k; m++)
      if (code_has(&x->codes[r->code0 + i], list[m])) return 1;
  return 0;
}
#define RECORD_HAS(x, r, list) record_has(x, r, list, sizeof list / sizeof *list)

/* Appends the [codes] of line s to the last record. */
static void phx_codes(phx *x, const char *s) {
  for (const char *p = strchr(s, '['); p; p = strchr(p, '[')) {
    const char *e = strchr(p, ']');
    if (!e) break;
    const char *c = p + 1;
    while (c < e && *c == ' ')
      c++;
    const char *ce = c;
    while (ce < e && *ce != ' ' && *ce != '\t')
      ce++;
    int dated = 0;
    for (const char *d = ce; d < e; d++)
      dated |= *d >= '0' && *d <= '9';
    p = e + 1;
    if (ce == c || (ce - c == 3 && !memcmp(c, "---", 3)) || !x->nr) continue;
    pcode *cs = grow_array(x->codes, &x->capc, x->nc + 1, sizeof *cs, &x->oom);
    if (!cs) return;
    x->codes = cs;
    cs[x->nc++] = (pcode){c, (size_t)(ce - c), dated};
    x->r[x->nr - 1].ncodes++;
  }
}

/* Adds a phrase (the text before any '[') to the last record. */
static void phx_name(phx *x, const char *s) {
  size_t n = strcspn(s, "[");
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  if (!n || !x->nr) return;
  pstr *ns = grow_array(x->names, &x->capn, x->nn + 1, sizeof *ns, &x->oom);
  if (!ns) return;
  x->names = ns;
  ns[x->nn++] = (pstr){s, n};
  x->r[x->nr - 1].nnames++;
}

static int has_ci(const char *s, const char *needle) {
  size_t l = strlen(needle);
  for (; *s; s++) {
    size_t i = 0;
    while (i < l && s[i] && to_lower((unsigned char)s[i]) == to_lower((unsigned char)needle[i]))
      i++;
    if (i == l) return 1;
  }
  return 0;
}

/* One line of an actor file (NUL-terminated, modified in place). */
static void phx_line(phx *x, char *line, int file) {
  char *hash = strchr(line, '#');
  int rulers = 0;
  if (hash) {
    rulers = has_ci(hash, "CountryInfo") || has_ci(hash, "IGOrulers");
    *hash = '\0';
  }
  char *p = line;
  while (*p == ' ' || *p == '\t')
    p++;
  if (!*p) return;
  if (*p == '+') {
    phx_name(x, p + 1);
  } else if (*p != '[') { /* a primary phrase starts a record */
    precord *r = grow_array(x->r, &x->capr, x->nr + 1, sizeof *r, &x->oom);
    if (!r) return;
    x->r = r;
    r[x->nr++] = (precord){x->nn, 0, x->nc, 0, file, 0};
    phx_name(x, p);
  }
  if (x->nr) {
    phx_codes(x, p);
    if (rulers) x->r[x->nr - 1].rulers = 1;
  }
}

enum { T_SKIP, T_PERSON, T_ORG };

/* A record with a code of country codes only ("[KSV]", "[USRARM ...]")
 * names a place: a country block with its cities and spellings. Not in
 * MilNonState, whose records are all armed groups or their members. */
static int is_place(const phx *x, const precord *r) {
  if (r->file == 2) return 0;
  for (size_t i = 0; i < r->ncodes; i++) {
    const pcode *c = &x->codes[r->code0 + i];
    int role = 0;
    for (size_t k = 0; k < sizeof roles / sizeof *roles && !role; k++)
      role = code_has(c, roles[k]);
    if (!role) return 1;
  }
  return 0;
}

/* Rules 1-3 (docs/entities.md): what a record's codes, comments and
 * primary phrase say. */
static int type_by_codes(const phx *x, const precord *r) {
  if (!r->ncodes || !r->nnames) return T_SKIP;
  if (is_place(x, r)) return T_SKIP;
  static const char *const eli[] = {"ELI"}, *const mnc[] = {"MNC"};
  if (r->rulers || RECORD_HAS(x, r, eli)) return T_PERSON;
  const pstr *primary = &x->names[r->name0];
  if (PHRASE_HAS(primary->s, primary->n, org_words) || RECORD_HAS(x, r, mnc)) return T_ORG;
  for (size_t i = 0; i < r->ncodes; i++)
    if (x->codes[r->code0 + i].dated) return T_PERSON;
  return T_SKIP;
}

/* True when a phrase is a person's name: it has no organisation word, and
 * it starts with a given name (the first word of at least three people's
 * names by rules 1-3, not a particle such as "AL", "AL-" or "DE"), or has a
 * patronymic "BIN", "IBN" or "BINT" after its first word. */
static int starts_with_given_name(const phx *x, const pstr *s) {
  size_t w = first_word(s->s, s->n);
  uint32_t count = 0;
  static const char *const patronymic[] = {"BIN", "IBN", "BINT"};
  if (!w || PHRASE_HAS(s->s, s->n, org_words)) return 0;
  if (PHRASE_HAS(s->s + w, s->n - w, patronymic)) return 1;
  if (word_in(s->s, w, particles, sizeof particles / sizeof *particles) ||
      (w > 3 && (!memcmp(s->s, "AL-", 3) || !memcmp(s->s, "EL-", 3))))
    return 0;
  hset_get(&x->given, text_hash(s->s, w), &count, NULL);
  return count >= 3;
}

/* The full rule: rules 1-3, then 4 (a synonym with an organisation word),
 * 5 (a given name) and 6 (an organisation's code, or the file of armed
 * groups). */
static int type_record(const phx *x, const precord *r) {
  int t = type_by_codes(x, r);
  if (t != T_SKIP || !r->ncodes || !r->nnames) return t;
  if (is_place(x, r)) return T_SKIP;
  for (size_t i = 1; i < r->nnames; i++)
    if (PHRASE_HAS(x->names[r->name0 + i].s, x->names[r->name0 + i].n, org_words)) return T_ORG;
  if (starts_with_given_name(x, &x->names[r->name0])) return T_PERSON;
  if (RECORD_HAS(x, r, org_roles) || r->file == 2) return T_ORG;
  return T_SKIP;
}

/* The country of a record: the first code that starts with an ISO3 code,
 * or whose second chunk is one after MNC/NGO ("MNCUSA"). */
static void record_iso3(const gzb *b, const phx *x, const precord *r, char *iso3) {
  iso3[0] = '\0';
  for (size_t i = 0; i < r->ncodes; i++) {
    const pcode *c = &x->codes[r->code0 + i];
    const char *at = NULL;
    if (c->n >= 3 && known_iso3(b, c->s, 3))
      at = c->s;
    else if (c->n >= 6 && (!memcmp(c->s, "MNC", 3) || !memcmp(c->s, "NGO", 3)) &&
             known_iso3(b, c->s + 3, 3))
      at = c->s + 3;
    if (at) {
      memcpy(iso3, at, 3);
      iso3[3] = '\0';
      return;
    }
  }
}

/* A Phoenix phrase as news text into out: words joined by '_' or ' ',
 * parenthesised parts and a leading "THE" dropped, words title-cased
 * except initials ("U.S.", "K."). Returns its length, or 0 when the
 * phrase has characters no name has ('/', ':', digits only ...). */
static size_t phx_text(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  int depth = 0, letters = 0;
  for (size_t i = 0; i < n;) {
    if (s[i] == '(' || s[i] == ')') {
      depth += s[i] == '(' ? 1 : -1;
      i++;
      continue;
    }
    if (s[i] == '_' || s[i] == ' ' || depth > 0) {
      i++;
      continue;
    }
    size_t j = i;
    while (j < n && s[j] != '_' && s[j] != ' ' && s[j] != '(')
      j++;
    if (j - i == 3 && !memcmp(s + i, "THE", 3) && o == 0) {
      i = j;
      continue;
    }
    /* initials: letter '.' pairs only */
    int initials = (j - i) % 2 == 0;
    for (size_t k = i; k < j && initials; k += 2)
      initials = is_upper((unsigned char)s[k]) && s[k + 1] == '.';
    if (o + (j - i) + 2 > cap) return 0;
    if (o) out[o++] = ' ';
    for (size_t k = i; k < j; k++) {
      unsigned char c = (unsigned char)s[k];
      if (!(is_upper(c) || is_lower(c) || (c >= '0' && c <= '9') || strchr("-.'&,", c))) return 0;
      letters += is_upper(c) || is_lower(c);
      out[o++] = (char)(initials || k == i ? c : to_lower(c));
    }
    i = j;
  }
  return letters ? o : 0;
}

/* Adds the names of a typed record. People lose names with a title word;
 * organisations lose synonyms that are a person's name. One-word
 * organisation names of four letters or fewer are acronyms ("PLA"). */
static void add_record(gzb *b, const phx *x, const precord *r, int type) {
  char iso3[4], text[512];
  record_iso3(b, x, r, iso3);
  uint32_t flag = type == T_PERSON ? NM_GZ_PERSON : NM_GZ_ORG;
  uint64_t rank = rank_of(R_ACTOR, 0);
  for (size_t i = 0; i < r->nnames; i++) {
    const pstr *s = &x->names[r->name0 + i];
    if (type == T_PERSON && PHRASE_HAS(s->s, s->n, title_words)) continue;
    if (type == T_ORG && i > 0 && starts_with_given_name(x, s)) continue;
    size_t n = phx_text(s->s, s->n, text, sizeof text);
    if (!n) continue;
    uint32_t f = flag;
    if (type == T_ORG && !memchr(text, ' ', n)) {
      size_t letters = 0;
      for (size_t k = 0; k < n; k++)
        letters += is_upper((unsigned char)text[k]) || is_lower((unsigned char)text[k]);
      if (letters <= 4) f |= NM_GZ_ACRONYM;
    }
    add_name(b, text, n, f, iso3, rank, 0);
  }
}

/* The Phoenix files, then the team's actor files (extra[0..nextra), read
 * as the International file is: dict/src/team.actors.txt). */
enum { MAX_EXTRA_ACTORS = 8 };
static int load_phoenix(gzb *b, const char *dir, const char *const *extra, size_t nextra) {
  phx x;
  memset(&x, 0, sizeof x);
  char *bufs[3 + MAX_EXTRA_ACTORS] = {NULL};
  int rc = 0;
  size_t nf = 3 + (nextra < MAX_EXTRA_ACTORS ? nextra : MAX_EXTRA_ACTORS);
  for (size_t f = 0; f < nf && !rc; f++) {
    char path[4096], *cur, *line;
    size_t len;
    if (f < 3)
      path_join(path, sizeof path, dir, phx_files[f]);
    else
      snprintf(path, sizeof path, "%s", extra[f - 3]);
    if (nm_cli_read_text(WHO, path, &bufs[f], &len) != 0) {
      rc = 2;
      break;
    }
    cur = bufs[f];
    while ((line = nm_cli_next_line(&cur)))
      phx_line(&x, line, f < 3 ? (int)f : 1);
  }
  /* people by codes first, for the given names that rule 5 needs; a
   * phrase of four words or more is no person's first name
   * ("HUMAN_RIGHTS_INTERNET HARVARD_", an NGO with dated codes, made
   * "Human" a given name and Human Rights Watch a person) */
  for (size_t i = 0; i < x.nr && !rc; i++)
    if (type_by_codes(&x, &x.r[i]) == T_PERSON &&
        phrase_words(x.names[x.r[i].name0].s, x.names[x.r[i].name0].n) <= 3) {
      const pstr *s = &x.names[x.r[i].name0];
      if (!hset_add(&x.given, text_hash(s->s, first_word(s->s, s->n)), 1, 0)) x.oom = 1;
    }
  size_t counts[3] = {0, 0, 0};
  for (size_t i = 0; i < x.nr && !rc; i++) {
    int t = type_record(&x, &x.r[i]);
    counts[t]++;
    if (t != T_SKIP) add_record(b, &x, &x.r[i], t);
  }
  if (x.oom) b->oom = 1;
  if (b->verbose && !rc)
    fprintf(stderr, "phoenix: %zu records: %zu people, %zu organisations, %zu left out\n", x.nr,
            counts[T_PERSON], counts[T_ORG], counts[T_SKIP]);
  free(x.names);
  free(x.codes);
  free(x.r);
  hset_free(&x.given);
  for (size_t f = 0; f < nf; f++)
    free(bufs[f]);
  return rc;
}

/* ------------------------------------------------------------------ */
/* Tokens, output and report                                           */

/* Token hashes of text as the pipeline splits it; returns the number of
 * tokens (up to cap hashes are written), or -1 on failure. */
static long name_tokens(const nm_pipeline *pl, const char *text, size_t len, uint64_t *h,
                        size_t cap) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, len, &e);
  if (!d) return -1;
  if (nm_process(pl, d, &e) != NM_OK) {
    nm_doc_free(d);
    return -1;
  }
  size_t nt;
  const nm_token *t = nm_doc_tokens(d, &nt);
  for (size_t i = 0; i < nt && i < cap; i++) {
    const char *s = t[i].form ? t[i].form : text + t[i].start;
    size_t l = t[i].form ? strlen(t[i].form) : t[i].end - t[i].start;
    h[i] = nm_gz_token_hash(s, l);
  }
  nm_doc_free(d);
  return (long)nt;
}

/* Tokenises every queued name into *out; drops names that are empty,
 * longer than NM_GZ_MAX_TOKENS tokens, or one common word (unless a
 * country, a demonym or a team-written region). */
static int tokenise_all(gzb *b, const nm_pipeline *pl, nm_gz_name **out, size_t *nout) {
  nm_gz_name *v = malloc((b->np ? b->np : 1) * sizeof *v);
  if (!v) return 2;
  size_t k = 0;
  for (size_t i = 0; i < b->np; i++) {
    const pend *p = &b->p[i];
    nm_gz_name *nm = &v[k];
    memset(nm, 0, sizeof *nm);
    long nt = name_tokens(pl, b->chars + p->off, p->len, nm->h, NM_GZ_MAX_TOKENS);
    if (nt < 0) {
      free(v);
      return 2;
    }
    const char *why = NULL;
    if (nt == 0)
      why = "empty", b->skipped_empty++;
    else if (nt > NM_GZ_MAX_TOKENS)
      why = "long", b->skipped_long++;
    else if (nt == 1 && !(p->flags & (NM_GZ_COUNTRY | NM_GZ_REGION | NM_GZ_DEMONYM)) &&
             is_stopword(b, nm->h[0]))
      why = "common-word", b->skipped_stop++;
    if (b->list)
      fprintf(b->list, "%.*s\t%s\t%04x\t%s\n", (int)p->len, b->chars + p->off, why ? why : "kept",
              (unsigned)p->flags, p->iso3);
    if (why) continue;
    nm->n = (uint32_t)nt;
    nm->flags = p->flags;
    memcpy(nm->iso3, p->iso3, 4);
    nm->rank = p->rank;
    k++;
  }
  *out = v;
  *nout = k;
  return 0;
}

/* Names of news style that the compiled file must have: a check that the
 * sources and rules still give them. */
static const struct {
  const char *name;
  uint32_t flag;
  const char *iso3;
} must_have[] = {{"U.S.", NM_GZ_COUNTRY, "USA"},
                 {"US", NM_GZ_COUNTRY, "USA"},
                 {"United States", NM_GZ_COUNTRY, "USA"},
                 {"U.K.", NM_GZ_COUNTRY, "GBR"},
                 {"UK", NM_GZ_COUNTRY, "GBR"},
                 {"Britain", NM_GZ_COUNTRY, "GBR"},
                 {"France", NM_GZ_COUNTRY, "FRA"},
                 {"Israelis", NM_GZ_DEMONYM, "ISR"},
                 {"Americans", NM_GZ_DEMONYM, "USA"},
                 {"Chinese", NM_GZ_DEMONYM, "CHN"},
                 {"New York", NM_GZ_CITY, "USA"},
                 {"Gaza Strip", NM_GZ_REGION, "PSE"},
                 {"Middle East", NM_GZ_REGION, ""},
                 {"Texas", NM_GZ_ADMIN1, "USA"}};

static int check_and_report(const nm_pipeline *pl, const char *out, const gzb *b, size_t n) {
  nm_error e = {NM_OK, NULL, 0};
  nm_gazetteer *g = nm_gazetteer_open(out, &e);
  if (!g) {
    fprintf(stderr, "newsmill build gazetteer: %s: %s\n", out, e.msg ? e.msg : "cannot open");
    return 1;
  }
  int bad = 0;
  for (size_t i = 0; i < sizeof must_have / sizeof *must_have; i++) {
    uint64_t h[NM_GZ_MAX_TOKENS];
    const char *s = must_have[i].name;
    long nt = name_tokens(pl, s, strlen(s), h, NM_GZ_MAX_TOKENS);
    nm_gz_entry en;
    if (nt < 1 || nt > NM_GZ_MAX_TOKENS || !nm_gazetteer_get(g, h, (size_t)nt, &en) ||
        !(en.flags & must_have[i].flag) || strcmp(en.iso3, must_have[i].iso3) != 0) {
      fprintf(stderr, "newsmill build gazetteer: \"%s\" is missing or wrong\n", s);
      bad = 1;
    }
  }
  static const struct {
    const char *name;
    uint32_t flag;
  } kinds[] = {{"country", NM_GZ_COUNTRY}, {"city", NM_GZ_CITY},       {"admin1", NM_GZ_ADMIN1},
               {"region", NM_GZ_REGION},   {"demonym", NM_GZ_DEMONYM}, {"person", NM_GZ_PERSON},
               {"org", NM_GZ_ORG},         {"bigcity", NM_GZ_BIGCITY}, {"acronym", NM_GZ_ACRONYM},
               {"prefix", NM_GZ_PREFIX}};
  printf("%s: %zu names in, %zu entries", out, n, nm_gazetteer_count(g, 0));
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
    printf(", %s %zu", kinds[i].name, nm_gazetteer_count(g, kinds[i].flag));
  printf("\nleft out: %zu one common word, %zu longer than %d tokens, %zu empty\n", b->skipped_stop,
         b->skipped_long, NM_GZ_MAX_TOKENS, b->skipped_empty);
  nm_gazetteer_free(g);
  return bad;
}

static void build_usage(void) {
  fprintf(stderr, "usage: newsmill build gazetteer [--data DIR] [--cities FILE] -o FILE [--quiet]\n"
                  "                                [--list FILE] [--also-actors F]\n"
                  "  --data DIR     the shared data (default $NEWSMILL_DATA, else ../shared/data)\n"
                  "  --cities FILE  GeoNames cities15000.txt, unzipped; '-' reads stdin\n"
                  "                 (default DIR/geo/geonames/cities15000.txt), e.g.\n"
                  "                 unzip -p DIR/geo/geonames/cities15000.zip | newsmill build "
                  "gazetteer --cities - -o dict/gazetteer.nmm\n"
                  "  --list FILE    writes every name with what became of it (kept, common-word,\n"
                  "                 long, empty), its flags (hex) and country, for review\n"
                  "  --also-actors F  an actor file in the Phoenix format read after the Phoenix\n"
                  "                 files (repeatable, up to 8; make dicts adds\n"
                  "                 dict/src/team.actors.txt)\n");
}

/* Gathers every source's names into b. */
static int gather(gzb *b, const char *dir, const char *cities, const char *const *extra,
                  size_t nextra) {
  char path[4096];
  nm_cli_json mledoze;
  int rc = load_country_info(b, dir);
  path_join(path, sizeof path, dir, "geo/countries/mledoze_countries.json");
  if (rc || (rc = nm_cli_json_read(WHO, path, &mledoze)) != 0) return rc;
  mledoze_countries(b, &mledoze);
  rc = mordecai_countries(b, dir);
  team_lists(b); /* countries, then the team's demonyms */
  if (!rc) {
    mledoze_demonyms(b, &mledoze);
    rc = mordecai_nationalities(b, dir);
  }
  nm_cli_json_free(&mledoze);
  if (!rc) team_region_list(b);
  if (!rc) rc = load_admin1(b, dir);
  if (!rc) rc = load_cities(b, cities);
  if (!rc) rc = load_phoenix(b, dir, extra, nextra);
  if (!rc) rc = load_stoplist(b, dir);
  if (!rc && b->oom) {
    fprintf(stderr, "newsmill build gazetteer: out of memory\n");
    rc = 2;
  }
  return rc;
}

/* `newsmill build gazetteer`. */
static int build_gazetteer(int argc, char **argv) {
  const char *dir = getenv("NEWSMILL_DATA"), *cities = NULL, *out = NULL, *list = NULL;
  if (!dir || !*dir) dir = "../shared/data";
  int verbose = 1;
  const char *extra[MAX_EXTRA_ACTORS];
  size_t nextra = 0;
  for (int i = 2; i < argc; i++) {
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(argv[i], "--data") && v)
      dir = argv[++i];
    else if (!strcmp(argv[i], "--cities") && v)
      cities = argv[++i];
    else if (!strcmp(argv[i], "-o") && v)
      out = argv[++i];
    else if (!strcmp(argv[i], "--list") && v)
      list = argv[++i];
    else if (!strcmp(argv[i], "--also-actors") && v && nextra < MAX_EXTRA_ACTORS)
      extra[nextra++] = argv[++i];
    else if (!strcmp(argv[i], "--quiet"))
      verbose = 0;
    else {
      fprintf(stderr, "newsmill build gazetteer: unknown or incomplete option '%s'\n", argv[i]);
      build_usage();
      return 2;
    }
  }
  if (!out) {
    build_usage();
    return 2;
  }
  char cpath[4096];
  if (!cities) {
    path_join(cpath, sizeof cpath, dir, "geo/geonames/cities15000.txt");
    cities = cpath;
    if (access(cpath, R_OK) != 0) {
      fprintf(stderr,
              "newsmill build gazetteer: no %s; GeoNames ships it zipped:\n"
              "  unzip -p %s/geo/geonames/cities15000.zip | newsmill build gazetteer --cities - "
              "...\n(make dicts does this)\n",
              cpath, dir);
      return 2;
    }
  }
  gzb *b = calloc(1, sizeof *b);
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline *pl = b ? nm_pipeline_new(NULL, &e) : NULL;
  nm_gz_name *names = NULL;
  size_t n = 0;
  int rc = b && pl ? 0 : 2;
  if (!rc) {
    b->verbose = verbose;
    if (list && !(b->list = fopen(list, "w"))) {
      fprintf(stderr, "newsmill build gazetteer: cannot create %s\n", list);
      rc = 2;
    }
  }
  if (!rc) rc = gather(b, dir, cities, extra, nextra);
  if (!rc) rc = tokenise_all(b, pl, &names, &n);
  if (!rc && nm_gazetteer_write(out, names, n, &e) != NM_OK) {
    fprintf(stderr, "newsmill build gazetteer: %s: %s\n", out, e.msg ? e.msg : "write failed");
    rc = 2;
  }
  if (!rc) rc = check_and_report(pl, out, b, n);
  free(names);
  if (b) {
    if (b->list && fclose(b->list) != 0 && !rc) rc = 2;
    free(b->chars);
    free(b->p);
    hset_free(&b->stop);
    hset_free(&b->countries);
    free(b);
  }
  nm_pipeline_free(pl);
  return rc;
}

int nm_cli_build(int argc, char **argv) {
  if (argc >= 2 && !strcmp(argv[1], "gazetteer")) return build_gazetteer(argc, argv);
  fprintf(stderr, "newsmill build: what to build? (gazetteer)\n");
  build_usage();
  return 2;
}
