/* places_table.c - the compiled GeoNames table: name keys, writing,
 * loading (every field checked) and lookups.
 *
 * Sections (container: model.h; integers little-endian):
 *   GMET  32 bytes: u32 format (NM_GEO_FORMAT), u32 records R, u32
 *         countries C, u32 names N, u32 postings P, u32 slots S, u32 towns
 *         T, u32 0
 *   GSTR  string pool: NUL-terminated UTF-8 strings; it starts and ends
 *         with a NUL byte, so that offset 0 is "" and every offset inside
 *         the pool reads a terminated string
 *   GREC  R records of 28 bytes: u32 geonameid, i32 lat and i32 lon
 *         (1e-5 degrees), u32 population, u32 name (pool offset), u32
 *         first-level division (record index, or 0xFFFFFFFF), u16 country
 *         (country index, or 0xFFFF), u8 kind, u8 flags
 *   GTWN  T towns of 16 bytes (records R .. R+T-1, kind NM_GEO_TOWN: no
 *         geonameid, population or flags): i32 lat and i32 lon (1e-5
 *         degrees), u32 name (pool offset), u32 parent: its first-level
 *         division's record, or its country's record when it has none
 *         (the town's country is its parent's)
 *   GCTY  C countries of 8 bytes: ISO3 and a NUL, u32 the country's record
 *         (or 0xFFFFFFFF); sorted by ISO3
 *   GNAM  N names of 12 bytes: u32 key (pool offset; nm_place_key() form),
 *         u32 first posting, u32 number of postings (>= 1); sorted by key
 *   GPST  P postings, u32 each: record index (< R+T) | how << 28
 *   GSLT  S slots (a power of two, more than N), u32 each: name index + 1,
 *         or 0 for an empty slot; linear probing from key_hash(key) & (S-1)
 * The loader checks all of it: counts against section lengths, every
 * offset, index, kind, flag and coordinate, the pool's terminating NULs,
 * the country table's order and back-references, and that each name has
 * exactly one slot (so lookups end: some slot is empty). */
#include "places.h"
#include "utf8.h"

#include "error.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NM_GEO_FORMAT 2u
#define ID_META       NM_FOURCC('G', 'M', 'E', 'T')
#define ID_STRS       NM_FOURCC('G', 'S', 'T', 'R')
#define ID_RECS       NM_FOURCC('G', 'R', 'E', 'C')
#define ID_CTRY       NM_FOURCC('G', 'C', 'T', 'Y')
#define ID_NAME       NM_FOURCC('G', 'N', 'A', 'M')
#define ID_POST       NM_FOURCC('G', 'P', 'S', 'T')
#define ID_SLOT       NM_FOURCC('G', 'S', 'L', 'T')
#define ID_TOWN       NM_FOURCC('G', 'T', 'W', 'N')
#define REC_SIZE      28u
#define TOWN_SIZE     16u
#define CTRY_SIZE     8u
#define NAME_SIZE     12u
#define NONE32        0xFFFFFFFFu
#define NONE16        0xFFFFu
#define MAX_RECORDS   (1u << 28)
#define MAX_SLOTS     (1u << 30)
#define KEY_CAP       256

struct nm_geonames {
  nm_model model;
  const unsigned char *strs, *recs, *towns, *ctry, *names, *post, *slots;
  size_t strs_len;
  uint32_t n_recs, n_towns, n_ctry, n_names, n_post, n_slots; /* n_recs: GREC only */
};

/* ------------------------------------------------------------------ */
/* Keys                                                                */

enum { F_KEEP = 0, F_DROP, F_SPACE, F_TEXT };

/* What code point cp becomes in a key: dropped (apostrophes and modifier
 * letters), a space (dashes, no-break spaces), text (*t, *tn), or kept
 * as its UTF-8 bytes. */
static int fold(uint32_t cp, const char **t, size_t *tn) {
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x2BB || cp == 0x2BC || cp == 0x2BE || cp == 0x2BF ||
      cp == 0x2032 || cp == 0xB4)
    return F_DROP;
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0xA0 || cp == 0x2212 || cp == 0x202F)
    return F_SPACE;
  return nm_latin_base(cp, t, tn) ? F_TEXT : F_KEEP;
}

/* Decodes one UTF-8 sequence at s[i..n); returns its length (1 for an
 * invalid byte, whose *cp is then 0xFFFD). */
static size_t utf8_next(const unsigned char *s, size_t i, size_t n, uint32_t *cp) {
  unsigned c = s[i];
  size_t k;
  uint32_t v;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c < 0xE0)
    k = 2, v = c & 0x1F;
  else if (c >= 0xE0 && c < 0xF0)
    k = 3, v = c & 0x0F;
  else if (c >= 0xF0 && c < 0xF5)
    k = 4, v = c & 0x07;
  else {
    *cp = 0xFFFD;
    return 1;
  }
  if (n - i < k) {
    *cp = 0xFFFD;
    return 1;
  }
  for (size_t m = 1; m < k; m++) {
    if ((s[i + m] & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    v = v << 6 | (s[i + m] & 0x3F);
  }
  *cp = v;
  return k;
}

/* Appends a word to out[*o..cap), with one space before it unless it is
 * the first; the abbreviations st, ste, mt and ft are spelled out. */
static int put_word(char *out, size_t cap, size_t *o, const char *w, size_t n) {
  static const char *const abbr[][2] = {
      {"st", "saint"}, {"ste", "sainte"}, {"mt", "mount"}, {"ft", "fort"}};
  for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
    if (strlen(abbr[i][0]) == n && memcmp(abbr[i][0], w, n) == 0) {
      w = abbr[i][1];
      n = strlen(w);
      break;
    }
  size_t need = n + (*o ? 1 : 0);
  if (need >= cap - *o) return 0;
  if (*o) out[(*o)++] = ' ';
  memcpy(out + *o, w, n);
  *o += n;
  return 1;
}

size_t nm_place_key(const char *s, size_t n, char *out, size_t cap) {
  char tmp[KEY_CAP * 2];
  size_t t = 0;
  const unsigned char *u = (const unsigned char *)s;
  if (!out || cap < 2) return 0;
  out[0] = '\0';
  if (!s) return 0;
  /* 1: fold letters, separators become spaces */
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t k = utf8_next(u, i, n, &cp);
    const char *txt = NULL;
    size_t tn = 0;
    int f;
    if (cp < 0x80) {
      char c = (char)cp;
      if (c >= 'A' && c <= 'Z') {
        c = (char)(c + 32);
        txt = &c;
        tn = 1;
        f = F_TEXT;
      } else if (c == '.' || c == '\'' || c == '`' || c == '"') {
        f = F_DROP;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '-' || c == ',' ||
                 c == '_' || c == '/' || c == '\0') {
        f = F_SPACE;
      } else {
        f = F_KEEP;
      }
      if (f == F_TEXT) {
        if (t + 1 > sizeof tmp) return 0;
        tmp[t++] = c;
        i += k;
        continue;
      }
    } else {
      f = fold(cp, &txt, &tn);
    }
    if (f == F_DROP) {
      i += k;
      continue;
    }
    if (f == F_SPACE) {
      txt = " ";
      tn = 1;
    } else if (f == F_KEEP) {
      txt = s + i;
      tn = k;
    }
    if (tn > sizeof tmp - t) return 0;
    memcpy(tmp + t, txt, tn);
    t += tn;
    i += k;
  }
  /* 2: words, with a leading "the" dropped and abbreviations spelled out */
  size_t o = 0, i = 0, words = 0;
  while (i < t) {
    while (i < t && tmp[i] == ' ')
      i++;
    size_t st = i;
    while (i < t && tmp[i] != ' ')
      i++;
    if (i == st) break;
    if (words == 0 && i - st == 3 && memcmp(tmp + st, "the", 3) == 0) {
      /* "The Hague" and "the Hague" key as "hague"; "The" alone stays */
      size_t j = i;
      while (j < t && tmp[j] == ' ')
        j++;
      if (j < t) continue;
    }
    if (!put_word(out, cap, &o, tmp + st, i - st)) {
      out[0] = '\0';
      return 0;
    }
    words++;
  }
  out[o] = '\0';
  return o;
}

static uint64_t key_hash(const char *k) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (; *k; k++)
    h = (h ^ (unsigned char)*k) * 0x100000001b3ull;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h;
}

double nm_geo_distance_km(double lat1, double lon1, double lat2, double lon2) {
  const double r = 6371.0088, rad = 3.14159265358979323846 / 180.0;
  double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
  double a = sin(dlat / 2) * sin(dlat / 2) +
             cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
  if (a > 1) a = 1;
  if (a < 0) a = 0;
  return 2 * r * asin(sqrt(a));
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */

static nm_geonames *open_fail(nm_geonames *g, nm_error *err, const char *msg, size_t pos) {
  nm_model_close(&g->model);
  free(g);
  nm_fail(err, NM_ERR_FORMAT, msg, pos);
  return NULL;
}

static const unsigned char *section(const nm_model *m, uint32_t id, size_t want, size_t *len) {
  const unsigned char *p = nm_model_section(m, id, len);
  if (!p && *len == 0 && want == 0) return (const unsigned char *)"";
  return p && *len == want ? p : NULL;
}

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }

/* Checks every field once the model container is open. */
static nm_geonames *validate(nm_geonames *g, nm_error *err) {
  const nm_model *m = &g->model;
  size_t len;
  const unsigned char *meta = nm_model_section(m, ID_META, &len);
  if (!meta || len != 32) return open_fail(g, err, "geonames table lacks its header", 0);
  if (nm_rd32(meta) != NM_GEO_FORMAT)
    return open_fail(g, err, "geonames table has an unsupported format", 0);
  g->n_recs = nm_rd32(meta + 4);
  g->n_ctry = nm_rd32(meta + 8);
  g->n_names = nm_rd32(meta + 12);
  g->n_post = nm_rd32(meta + 16);
  g->n_slots = nm_rd32(meta + 20);
  g->n_towns = nm_rd32(meta + 24);
  if (nm_rd32(meta + 28))
    return open_fail(g, err, "geonames header has a nonzero reserved field", 0);
  if (g->n_recs >= MAX_RECORDS || g->n_towns >= MAX_RECORDS - g->n_recs ||
      g->n_ctry >= NONE16 || g->n_post >= MAX_SLOTS || g->n_slots > MAX_SLOTS ||
      g->n_slots < 16 || (g->n_slots & (g->n_slots - 1)) || g->n_names >= g->n_slots)
    return open_fail(g, err, "geonames table counts are out of range", 0);
  g->strs = nm_model_section(m, ID_STRS, &g->strs_len);
  if (!g->strs || g->strs_len < 1 || g->strs[0] || g->strs[g->strs_len - 1] ||
      g->strs_len > NONE32)
    return open_fail(g, err, "geonames string pool is malformed", 0);
  if (!(g->recs = section(m, ID_RECS, (size_t)g->n_recs * REC_SIZE, &len)) ||
      !(g->ctry = section(m, ID_CTRY, (size_t)g->n_ctry * CTRY_SIZE, &len)) ||
      !(g->names = section(m, ID_NAME, (size_t)g->n_names * NAME_SIZE, &len)) ||
      !(g->post = section(m, ID_POST, (size_t)g->n_post * 4, &len)) ||
      !(g->slots = section(m, ID_SLOT, (size_t)g->n_slots * 4, &len)) ||
      !(g->towns = section(m, ID_TOWN, (size_t)g->n_towns * TOWN_SIZE, &len)))
    return open_fail(g, err, "geonames section is missing or of the wrong size", 0);

  for (uint32_t i = 0; i < g->n_recs; i++) {
    const unsigned char *r = g->recs + (size_t)i * REC_SIZE;
    int32_t lat = (int32_t)nm_rd32(r + 4), lon = (int32_t)nm_rd32(r + 8);
    uint32_t name = nm_rd32(r + 16), adm = nm_rd32(r + 20);
    unsigned ctry = nm_rd16(r + 24), kind = r[26], flags = r[27];
    if (lat < -9000000 || lat > 9000000 || lon < -18000000 || lon > 18000000)
      return open_fail(g, err, "geonames record has bad coordinates", i);
    if (name >= g->strs_len) return open_fail(g, err, "geonames record name is out of range", i);
    if (kind < NM_GEO_COUNTRY || kind > NM_GEO_KIND_MAX || (flags & ~NM_GEO_FLAG_BITS))
      return open_fail(g, err, "geonames record has a bad kind or flag", i);
    if (ctry != NONE16 && ctry >= g->n_ctry)
      return open_fail(g, err, "geonames record country is out of range", i);
    if (adm != NONE32 && (adm >= g->n_recs || g->recs[(size_t)adm * REC_SIZE + 26] != NM_GEO_ADMIN1))
      return open_fail(g, err, "geonames record division is not a division", i);
  }
  for (uint32_t i = 0; i < g->n_recs; i++)
    if (g->recs[(size_t)i * REC_SIZE + 26] == NM_GEO_TOWN)
      return open_fail(g, err, "geonames town among the records", i);
  for (uint32_t i = 0; i < g->n_towns; i++) {
    const unsigned char *t = g->towns + (size_t)i * TOWN_SIZE;
    int32_t lat = (int32_t)nm_rd32(t), lon = (int32_t)nm_rd32(t + 4);
    uint32_t name = nm_rd32(t + 8), parent = nm_rd32(t + 12);
    if (lat < -9000000 || lat > 9000000 || lon < -18000000 || lon > 18000000)
      return open_fail(g, err, "geonames town has bad coordinates", i);
    if (name >= g->strs_len) return open_fail(g, err, "geonames town name is out of range", i);
    if (parent >= g->n_recs || (g->recs[(size_t)parent * REC_SIZE + 26] != NM_GEO_ADMIN1 &&
                                g->recs[(size_t)parent * REC_SIZE + 26] != NM_GEO_COUNTRY))
      return open_fail(g, err, "geonames town parent is not a division or country", i);
  }
  for (uint32_t i = 0; i < g->n_ctry; i++) {
    const unsigned char *c = g->ctry + (size_t)i * CTRY_SIZE;
    uint32_t rec = nm_rd32(c + 4);
    if (!is_upper(c[0]) || !is_upper(c[1]) || !is_upper(c[2]) || c[3])
      return open_fail(g, err, "geonames country code is malformed", i);
    if (i && memcmp(c - CTRY_SIZE, c, 3) >= 0)
      return open_fail(g, err, "geonames countries are not sorted", i);
    if (rec != NONE32) {
      if (rec >= g->n_recs) return open_fail(g, err, "geonames country record is out of range", i);
      const unsigned char *r = g->recs + (size_t)rec * REC_SIZE;
      if (r[26] != NM_GEO_COUNTRY || nm_rd16(r + 24) != i)
        return open_fail(g, err, "geonames country record does not match", i);
    }
  }
  for (uint32_t i = 0; i < g->n_names; i++) {
    const unsigned char *e = g->names + (size_t)i * NAME_SIZE;
    uint32_t key = nm_rd32(e), first = nm_rd32(e + 4), n = nm_rd32(e + 8);
    if (key == 0 || key >= g->strs_len || !g->strs[key])
      return open_fail(g, err, "geonames name key is out of range", i);
    if (n == 0 || first > g->n_post || n > g->n_post - first)
      return open_fail(g, err, "geonames name postings are out of range", i);
  }
  for (uint32_t i = 0; i < g->n_post; i++) {
    uint32_t p = nm_rd32(g->post + (size_t)i * 4);
    if ((p & (MAX_RECORDS - 1)) >= g->n_recs + g->n_towns || (p >> 28) > NM_GEO_HOW_MAX)
      return open_fail(g, err, "geonames posting is out of range", i);
  }
  /* each name in exactly one slot, so that some slot is empty */
  unsigned char *seen = calloc(g->n_names ? g->n_names : 1, 1);
  if (!seen) {
    nm_model_close(&g->model);
    free(g);
    nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    return NULL;
  }
  uint32_t used = 0;
  for (uint32_t i = 0; i < g->n_slots; i++) {
    uint32_t v = nm_rd32(g->slots + (size_t)i * 4);
    if (!v) continue;
    if (v > g->n_names || seen[v - 1]) {
      free(seen);
      return open_fail(g, err, "geonames slot is out of range or repeated", i);
    }
    seen[v - 1] = 1;
    used++;
  }
  free(seen);
  if (used != g->n_names) return open_fail(g, err, "geonames slots miss some names", 0);
  return g;
}

nm_geonames *nm_geonames_open(const char *path, nm_error *err) {
  nm_geonames *g = calloc(1, sizeof *g);
  if (!g) {
    nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    return NULL;
  }
  if (!path) {
    free(g);
    nm_fail(err, NM_ERR_INVALID, "no geonames table given", 0);
    return NULL;
  }
  if (nm_model_open(path, NM_GEONAMES_KIND, &g->model, err) != NM_OK) {
    free(g);
    return NULL;
  }
  return validate(g, err);
}

nm_geonames *nm_geonames_open_mem(const unsigned char *buf, size_t len, nm_error *err) {
  nm_geonames *g = calloc(1, sizeof *g);
  if (!g) {
    nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    return NULL;
  }
  if (nm_model_open_mem(buf, len, NM_GEONAMES_KIND, &g->model, err) != NM_OK) {
    free(g);
    return NULL;
  }
  return validate(g, err);
}

void nm_geonames_free(nm_geonames *g) {
  if (!g) return;
  nm_model_close(&g->model);
  free(g);
}

size_t nm_geonames_count(const nm_geonames *g) { return g ? (size_t)g->n_recs + g->n_towns : 0; }
size_t nm_geonames_countries(const nm_geonames *g) { return g ? g->n_ctry : 0; }
int nm_geonames_is_town(const nm_geonames *g, uint32_t i) {
  return g && i >= g->n_recs && i - g->n_recs < g->n_towns;
}

/* A record's country (table index c, or NONE16) into e. */
static void set_country(const nm_geonames *g, unsigned c, nm_geo_entry *e) {
  e->country = c == NONE16 ? UINT32_MAX : c;
  if (c != NONE16)
    memcpy(e->iso3, g->ctry + (size_t)c * CTRY_SIZE, 4);
  else
    e->iso3[0] = '\0';
}

/* Town t (a record index from n_recs on), decoded. */
static void get_town(const nm_geonames *g, uint32_t i, nm_geo_entry *e) {
  const unsigned char *t = g->towns + (size_t)(i - g->n_recs) * TOWN_SIZE;
  uint32_t parent = nm_rd32(t + 12);
  const unsigned char *p = g->recs + (size_t)parent * REC_SIZE;
  e->index = i;
  e->geonameid = 0;
  e->population = 0;
  e->lat = (int32_t)nm_rd32(t) / 1e5;
  e->lon = (int32_t)nm_rd32(t + 4) / 1e5;
  e->name = (const char *)g->strs + nm_rd32(t + 8);
  if (p[26] == NM_GEO_ADMIN1) {
    e->admin1_index = parent;
    e->admin1 = (const char *)g->strs + nm_rd32(p + 16);
  } else {
    e->admin1_index = NONE32;
    e->admin1 = NULL;
  }
  set_country(g, nm_rd16(p + 24), e);
  e->kind = NM_GEO_TOWN;
  e->flags = 0;
}

int nm_geonames_get(const nm_geonames *g, uint32_t i, nm_geo_entry *e) {
  if (!g || i >= g->n_recs + g->n_towns) return 0;
  if (i >= g->n_recs) {
    get_town(g, i, e);
    return 1;
  }
  const unsigned char *r = g->recs + (size_t)i * REC_SIZE;
  e->index = i;
  e->geonameid = nm_rd32(r);
  e->lat = (int32_t)nm_rd32(r + 4) / 1e5;
  e->lon = (int32_t)nm_rd32(r + 8) / 1e5;
  e->population = nm_rd32(r + 12);
  e->name = (const char *)g->strs + nm_rd32(r + 16);
  uint32_t adm = nm_rd32(r + 20);
  e->admin1_index = adm;
  e->admin1 = adm == NONE32
                  ? NULL
                  : (const char *)g->strs + nm_rd32(g->recs + (size_t)adm * REC_SIZE + 16);
  set_country(g, nm_rd16(r + 24), e);
  e->kind = r[26];
  e->flags = r[27];
  return 1;
}

uint32_t nm_geonames_country(const nm_geonames *g, const char *iso3) {
  if (!g || !iso3 || strlen(iso3) != 3) return UINT32_MAX;
  uint32_t lo = 0, hi = g->n_ctry;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    int c = memcmp(g->ctry + (size_t)mid * CTRY_SIZE, iso3, 3);
    if (c == 0) return mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return UINT32_MAX;
}

size_t nm_geonames_lookup(const nm_geonames *g, const char *s, size_t n, nm_geo_hit *out,
                          size_t cap) {
  char key[KEY_CAP];
  if (!g || !nm_place_key(s, n, key, sizeof key)) return 0;
  uint32_t mask = g->n_slots - 1, i = (uint32_t)key_hash(key) & mask;
  for (uint32_t probes = 0; probes < g->n_slots; probes++, i = (i + 1) & mask) {
    uint32_t v = nm_rd32(g->slots + (size_t)i * 4);
    if (!v) return 0;
    const unsigned char *e = g->names + (size_t)(v - 1) * NAME_SIZE;
    if (strcmp((const char *)g->strs + nm_rd32(e), key) != 0) continue;
    uint32_t first = nm_rd32(e + 4), cnt = nm_rd32(e + 8);
    for (uint32_t k = 0; k < cnt && k < cap; k++) {
      uint32_t p = nm_rd32(g->post + ((size_t)first + k) * 4);
      out[k].rec = p & (MAX_RECORDS - 1);
      out[k].how = p >> 28;
    }
    return cnt;
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */

typedef struct wname {
  uint32_t key;   /* pool offset, once pooled */
  const char *ks; /* the key (malloc'd) while sorting */
  uint32_t rec;
  unsigned how;
} wname;

/* A string pool with duplicates shared (open addressing on offsets). */
typedef struct wpool {
  nm_bytes b;
  uint32_t *slot; /* offset + 1, or 0 */
  size_t cap, n;
  int oom;
} wpool;

static uint32_t pool_add(wpool *p, const char *s) {
  if (p->oom) return 0;
  if (!*s) return 0;
  if ((p->n + 1) * 2 > p->cap) {
    size_t cap = p->cap ? p->cap * 2 : 1024;
    uint32_t *ns = calloc(cap, sizeof *ns);
    if (!ns) {
      p->oom = 1;
      return 0;
    }
    for (size_t i = 0; i < p->cap; i++)
      if (p->slot[i]) {
        size_t j = key_hash((const char *)p->b.data + p->slot[i] - 1) & (cap - 1);
        while (ns[j])
          j = (j + 1) & (cap - 1);
        ns[j] = p->slot[i];
      }
    free(p->slot);
    p->slot = ns;
    p->cap = cap;
  }
  size_t j = key_hash(s) & (p->cap - 1);
  while (p->slot[j]) {
    if (strcmp((const char *)p->b.data + p->slot[j] - 1, s) == 0) return p->slot[j] - 1;
    j = (j + 1) & (p->cap - 1);
  }
  size_t off = p->b.len, l = strlen(s);
  if (off + l + 1 >= NONE32) {
    p->oom = 1;
    return 0;
  }
  nm_bytes_put(&p->b, s, l + 1);
  if (p->b.failed) {
    p->oom = 1;
    return 0;
  }
  p->slot[j] = (uint32_t)off + 1;
  p->n++;
  return (uint32_t)off;
}

static int cmp_wname(const void *a, const void *b) {
  const wname *x = a, *y = b;
  int c = strcmp(x->ks, y->ks);
  if (c) return c;
  if (x->rec != y->rec) return x->rec < y->rec ? -1 : 1;
  return x->how < y->how ? -1 : x->how > y->how;
}

static int cmp_iso3(const void *a, const void *b) { return memcmp(a, b, 3); }

/* The index of iso3 (present) in the sorted codes ctry[0..n). */
static uint32_t country_index(char (*ctry)[4], size_t n, const char *iso3) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (memcmp(ctry[mid], iso3, 3) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return (uint32_t)lo;
}

static int valid_iso3(const char *s) {
  return s[0] == '\0' || (is_upper(s[0]) && is_upper(s[1]) && is_upper(s[2]) && s[3] == '\0');
}

nm_status nm_geonames_write(const char *path, nm_bytes *out, const nm_geo_rec_in *recs, size_t nr,
                            const nm_geo_name_in *names, size_t nn, nm_error *err) {
  if (nr >= MAX_RECORDS || nn >= MAX_SLOTS / 4)
    return nm_fail(err, NM_ERR_LIMIT, "too many geonames records or names", 0);
  for (size_t i = 0; i < nr; i++) {
    const nm_geo_rec_in *r = &recs[i];
    if (!r->name || r->kind < NM_GEO_COUNTRY || r->kind > NM_GEO_KIND_MAX ||
        (r->flags & ~(unsigned)NM_GEO_FLAG_BITS) || !valid_iso3(r->iso3) || !(r->lat >= -90) ||
        !(r->lat <= 90) || !(r->lon >= -180) || !(r->lon <= 180) || r->admin1 >= (int64_t)nr ||
        r->admin1 < -1 || (r->admin1 >= 0 && recs[r->admin1].kind != NM_GEO_ADMIN1) ||
        (r->kind == NM_GEO_COUNTRY && !r->iso3[0]))
      return nm_fail(err, NM_ERR_INVALID, "bad geonames record", i);
    /* towns: after all other records, without id, population or flags,
     * with a country, and in their division's country */
    if (r->kind == NM_GEO_TOWN
            ? (r->geonameid || r->population || r->flags || !r->iso3[0] ||
               (r->admin1 >= 0 && strcmp(recs[r->admin1].iso3, r->iso3) != 0))
            : (i > 0 && recs[i - 1].kind == NM_GEO_TOWN))
      return nm_fail(err, NM_ERR_INVALID, "bad geonames town, or a record after a town", i);
  }
  for (size_t i = 0; i < nn; i++)
    if (!names[i].text || names[i].rec >= nr || names[i].how > NM_GEO_HOW_MAX)
      return nm_fail(err, NM_ERR_INVALID, "bad geonames name", i);

  nm_status st = NM_OK;
  wpool pool = {0};
  char(*ctry)[4] = NULL;
  uint32_t *ctry_rec = NULL, *rec_name = NULL;
  wname *w = NULL;
  size_t nc = 0, nw = 0;
  nm_bytes sec[8];
  memset(sec, 0, sizeof sec);
  nm_bytes_u8(&pool.b, 0); /* offset 0: "" */

  /* countries: every distinct ISO3, sorted */
  ctry = malloc((nr ? nr : 1) * sizeof *ctry);
  rec_name = malloc((nr ? nr : 1) * sizeof *rec_name);
  w = malloc((nn ? nn : 1) * sizeof *w);
  if (!ctry || !rec_name || !w) goto oom;
  for (size_t i = 0; i < nr; i++)
    if (recs[i].iso3[0]) memcpy(ctry[nc++], recs[i].iso3, 4);
  qsort(ctry, nc, sizeof *ctry, cmp_iso3);
  {
    size_t k = 0;
    for (size_t i = 0; i < nc; i++)
      if (!k || memcmp(ctry[k - 1], ctry[i], 3) != 0) memcpy(ctry[k++], ctry[i], 4);
    nc = k;
  }
  if (nc >= NONE16) {
    st = nm_fail(err, NM_ERR_LIMIT, "too many countries", 0);
    goto done;
  }
  ctry_rec = malloc((nc ? nc : 1) * sizeof *ctry_rec);
  if (!ctry_rec) goto oom;
  for (size_t i = 0; i < nc; i++)
    ctry_rec[i] = NONE32;

  for (size_t i = 0; i < nr; i++)
    rec_name[i] = pool_add(&pool, recs[i].name);
  /* keys: sorted first, then pooled in that order, so that the pool does
   * not depend on the order of the names */
  for (size_t i = 0; i < nn; i++) {
    char key[KEY_CAP];
    size_t kl = nm_place_key(names[i].text, strlen(names[i].text), key, sizeof key);
    if (!kl) continue;
    char *k = malloc(kl + 1);
    if (!k) {
      for (size_t j = 0; j < nw; j++)
        free((char *)w[j].ks);
      goto oom;
    }
    memcpy(k, key, kl + 1);
    w[nw].key = 0;
    w[nw].ks = k;
    w[nw].rec = names[i].rec;
    w[nw].how = names[i].how;
    nw++;
  }
  qsort(w, nw, sizeof *w, cmp_wname);
  for (size_t i = 0; i < nw; i++) {
    w[i].key = pool_add(&pool, w[i].ks);
    free((char *)w[i].ks);
    w[i].ks = NULL;
  }
  if (pool.oom) goto oom;
  /* one posting per key and record: the surest how (sorted first) */
  {
    size_t k = 0;
    for (size_t i = 0; i < nw; i++)
      if (!k || w[k - 1].key != w[i].key || w[k - 1].rec != w[i].rec) w[k++] = w[i];
    nw = k;
  }

  /* records; towns (the last nt) go to their own section */
  size_t nt = 0;
  while (nt < nr && recs[nr - 1 - nt].kind == NM_GEO_TOWN)
    nt++;
  for (size_t i = 0; i < nr; i++)
    if (recs[i].kind == NM_GEO_COUNTRY) {
      uint32_t c = country_index(ctry, nc, recs[i].iso3);
      if (ctry_rec[c] == NONE32) ctry_rec[c] = (uint32_t)i;
    }
  for (size_t i = nr - nt; i < nr; i++) {
    const nm_geo_rec_in *r = &recs[i];
    uint32_t parent = r->admin1 >= 0 ? (uint32_t)r->admin1
                                     : ctry_rec[country_index(ctry, nc, r->iso3)];
    if (parent == NONE32) {
      st = nm_fail(err, NM_ERR_INVALID, "a town's country has no record", i);
      goto done;
    }
    nm_bytes_u32(&sec[7], (uint32_t)(int32_t)lround(r->lat * 1e5));
    nm_bytes_u32(&sec[7], (uint32_t)(int32_t)lround(r->lon * 1e5));
    nm_bytes_u32(&sec[7], rec_name[i]);
    nm_bytes_u32(&sec[7], parent);
  }
  for (size_t i = 0; i < nr - nt; i++) {
    const nm_geo_rec_in *r = &recs[i];
    uint32_t c = NONE16;
    if (r->iso3[0]) c = country_index(ctry, nc, r->iso3);
    nm_bytes_u32(&sec[2], r->geonameid);
    nm_bytes_u32(&sec[2], (uint32_t)(int32_t)lround(r->lat * 1e5));
    nm_bytes_u32(&sec[2], (uint32_t)(int32_t)lround(r->lon * 1e5));
    nm_bytes_u32(&sec[2], r->population > NONE32 ? NONE32 : (uint32_t)r->population);
    nm_bytes_u32(&sec[2], rec_name[i]);
    nm_bytes_u32(&sec[2], r->admin1 < 0 ? NONE32 : (uint32_t)r->admin1);
    nm_bytes_u16(&sec[2], c);
    nm_bytes_u8(&sec[2], r->kind);
    nm_bytes_u8(&sec[2], r->flags);
  }
  /* a country record that another country record of the same code
   * shadows would fail validation: only the first is the country's */
  for (size_t i = 0; i < nr; i++)
    if (recs[i].kind == NM_GEO_COUNTRY) {
      if (ctry_rec[country_index(ctry, nc, recs[i].iso3)] != i) {
        st = nm_fail(err, NM_ERR_INVALID, "two country records share a code", i);
        goto done;
      }
    }
  for (size_t i = 0; i < nc; i++) {
    nm_bytes_put(&sec[3], ctry[i], 4);
    nm_bytes_u32(&sec[3], ctry_rec[i]);
  }
  /* names, postings and slots */
  size_t n_names = 0;
  for (size_t i = 0; i < nw;) {
    size_t j = i;
    while (j < nw && w[j].key == w[i].key)
      j++;
    nm_bytes_u32(&sec[4], w[i].key);
    nm_bytes_u32(&sec[4], (uint32_t)i);
    nm_bytes_u32(&sec[4], (uint32_t)(j - i));
    n_names++;
    i = j;
  }
  for (size_t i = 0; i < nw; i++)
    nm_bytes_u32(&sec[5], w[i].rec | (uint32_t)w[i].how << 28);
  size_t n_slots = 16; /* a load of 3/4 at most */
  while (n_slots < n_names + n_names / 3 + 1)
    n_slots *= 2;
  if (n_slots > MAX_SLOTS) {
    st = nm_fail(err, NM_ERR_LIMIT, "too many geonames names", 0);
    goto done;
  }
  {
    uint32_t *slots = calloc(n_slots, sizeof *slots);
    if (!slots) goto oom;
    size_t k = 0;
    for (size_t i = 0; i < nw;) {
      size_t j = i;
      while (j < nw && w[j].key == w[i].key)
        j++;
      size_t s = key_hash((const char *)pool.b.data + w[i].key) & (n_slots - 1);
      while (slots[s])
        s = (s + 1) & (n_slots - 1);
      slots[s] = (uint32_t)++k;
      i = j;
    }
    for (size_t i = 0; i < n_slots; i++)
      nm_bytes_u32(&sec[6], slots[i]);
    free(slots);
  }
  nm_bytes_u32(&sec[0], NM_GEO_FORMAT);
  nm_bytes_u32(&sec[0], (uint32_t)(nr - nt));
  nm_bytes_u32(&sec[0], (uint32_t)nc);
  nm_bytes_u32(&sec[0], (uint32_t)n_names);
  nm_bytes_u32(&sec[0], (uint32_t)nw);
  nm_bytes_u32(&sec[0], (uint32_t)n_slots);
  nm_bytes_u32(&sec[0], (uint32_t)nt);
  nm_bytes_u32(&sec[0], 0);
  nm_bytes_u8(&pool.b, 0); /* the pool ends with a NUL even when the last string is a key */
  sec[1] = pool.b;
  pool.b.data = NULL;
  for (int i = 0; i < 8; i++)
    if (sec[i].failed) goto oom;
  {
    static const uint32_t ids[8] = {ID_META, ID_STRS, ID_RECS, ID_CTRY,
                                    ID_NAME, ID_POST, ID_SLOT, ID_TOWN};
    if (path) {
      st = nm_model_write(path, NM_GEONAMES_KIND, 8, ids, sec, err);
    } else {
      /* the same bytes nm_model_write() puts in a file (model.h) */
      nm_bytes all = {0};
      nm_bytes_put(&all, "NEWSMILL", 8);
      nm_bytes_u32(&all, NM_MODEL_VERSION);
      nm_bytes_u32(&all, NM_GEONAMES_KIND);
      nm_bytes_u32(&all, 8);
      nm_bytes_u32(&all, 0);
      uint64_t off = (24 + 24 * 8 + 7) & ~(uint64_t)7, offs[8];
      for (int i = 0; i < 8; i++) {
        offs[i] = off;
        off = (off + sec[i].len + 7) & ~(uint64_t)7;
      }
      for (int i = 0; i < 8; i++) {
        nm_bytes_u32(&all, ids[i]);
        nm_bytes_u32(&all, 0);
        nm_bytes_u64(&all, offs[i]);
      }
      for (int i = 0; i < 8; i++)
        nm_bytes_u64(&all, sec[i].len);
      for (int i = 0; i < 8; i++) {
        while (all.len < offs[i])
          nm_bytes_u8(&all, 0);
        nm_bytes_put(&all, sec[i].data, sec[i].len);
      }
      if (all.failed) {
        nm_bytes_free(&all);
        goto oom;
      }
      *out = all;
    }
  }
  goto done;
oom:
  st = nm_fail(err, NM_ERR_NOMEM, "out of memory while writing the geonames table", 0);
done:
  for (int i = 0; i < 8; i++)
    nm_bytes_free(&sec[i]);
  nm_bytes_free(&pool.b);
  free(pool.slot);
  free(ctry);
  free(ctry_rec);
  free(rec_name);
  free(w);
  return st;
}
