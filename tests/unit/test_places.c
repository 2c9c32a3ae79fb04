/* test_places.c - the places stage: name keys, the GeoNames table
 * (writing, determinism, lookups, damaged files rejected), resolution on
 * invented texts ("Paris, Texas" against Paris; an article's country
 * focus; regions; AP abbreviations; demonyms), the JSON layer, and the
 * shipped dict/geonames.nmm with the shipped models when present.
 *
 * NM_GEO_WRITE_SEED=PATH makes the program also write the fixture's
 * table to PATH: that is how fuzz/corpus/fuzz_geonames/tiny.nmm is made,
 * and the test checks that the seed still equals it. */
#include "doc.h"
#include "places.h"
#include "test.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const seed_path = "fuzz/corpus/fuzz_geonames/tiny.nmm";
static const char *const shipped_path = "dict/geonames.nmm";

/* ------------------------------------------------------------------ */
/* Keys                                                                */

static void check_key(const char *name, const char *want) {
  char k[256];
  size_t n = nm_place_key(name, strlen(name), k, sizeof k);
  NM_CHECK_EQ_STR(k, want);
  NM_CHECK_EQ_INT(n, strlen(want));
}

NM_TEST(test_keys) {
  check_key("Paris", "paris");
  check_key("S\xC3\xA3o Paulo", "sao paulo");
  check_key("St. Louis", "saint louis");
  check_key("Saint Louis", "saint louis");
  check_key("Mt. Vernon", "mount vernon");
  check_key("The Hague", "hague");
  check_key("the Hague", "hague");
  check_key("The", "the");
  check_key("Sana'a", "sanaa");
  check_key("Sana\xE2\x80\x99" "a", "sanaa");
  check_key("U.S.", "us");
  check_key("Winston-Salem", "winston salem");
  check_key("  Gaza \t Strip ", "gaza strip");
  check_key("\xE1\xB8\xA8" "al\xE1\xB8\xA9\xC5\xAB" "l", "halhul"); /* Ḩalḩūl */
  check_key("K\xC3\xB6ln", "koln");
  check_key("\xC5\x9E" "anl\xC4\xB1" "urfa", "sanliurfa"); /* Şanlıurfa */
  check_key("Dayr az Zawr", "dayr az zawr");
  check_key("\xC3\x86r\xC3\xB8", "aero"); /* Ærø */
  check_key("Stra\xC3\x9F" "e", "strasse");
  check_key("Tex.", "tex");
  char k[8];
  NM_CHECK_EQ_INT(nm_place_key("", 0, k, sizeof k), 0);
  NM_CHECK_EQ_INT(nm_place_key(" - . ", 5, k, sizeof k), 0);
  NM_CHECK_EQ_INT(nm_place_key("Constantinople", 14, k, sizeof k), 0); /* does not fit */
  NM_CHECK_EQ_INT(nm_place_key("\xFF\xFE", 2, k, sizeof k), 2);          /* bytes kept */
}

NM_TEST(test_distance) {
  NM_CHECK(fabs(nm_geo_distance_km(0, 0, 0, 0)) < 1e-9);
  /* one degree of latitude: about 111.2 km */
  NM_CHECK(fabs(nm_geo_distance_km(10, 20, 11, 20) - 111.2) < 0.2);
  /* across the antimeridian */
  NM_CHECK(nm_geo_distance_km(0, 179.5, 0, -179.5) < 112);
  NM_CHECK(fabs(nm_geo_distance_km(90, 0, -90, 0) - 20015.1) < 1);
}

/* ------------------------------------------------------------------ */
/* The fixture: a tiny table the team invented to cover each rule       */

enum {
  R_FRA = 0, R_USA, R_PSE, R_EGY, R_GBR, /* countries */
  R_MIDEAST,                             /* a region */
  R_IDF, R_TEXAS, R_GAZA, R_DC,          /* divisions */
  R_PARIS_FR, R_PARIS_TX, R_RAFAH_PS, R_RAFAH_EG, R_WASHINGTON, R_WASHINGTON_GB, R_LYON,
  R_AUSTIN, R_GAZA_CITY,
  R_SMALL_TX, R_SMALL_FR, R_AUSTIN_FR,   /* towns (last) */
  N_RECS
};

static void fixture(nm_geo_rec_in *r, nm_geo_name_in *nm, size_t *nn) {
  static const struct {
    uint32_t id;
    double lat, lon;
    uint64_t pop;
    const char *name, *iso3;
    int admin1;
    unsigned kind, flags;
  } R[N_RECS] = {
      {3017382, 46.0, 2.0, 66987244, "France", "FRA", -1, NM_GEO_COUNTRY, 0},
      {6252001, 39.76, -98.5, 327167434, "United States", "USA", -1, NM_GEO_COUNTRY, 0},
      {6254930, 31.9, 35.2, 4569087, "Palestinian Territory", "PSE", -1, NM_GEO_COUNTRY, 0},
      {357994, 27.0, 30.0, 98423595, "Egypt", "EGY", -1, NM_GEO_COUNTRY, 0},
      {2635167, 54.75844, -2.69531, 66488991, "United Kingdom", "GBR", -1, NM_GEO_COUNTRY, 0},
      {0, 29.0, 41.0, 0, "Middle East", "", -1, NM_GEO_REGION, NM_GEO_CURATED},
      {3012874, 48.7, 2.5, 12000000, "\xC3\x8Ele-de-France", "FRA", -1, NM_GEO_ADMIN1, 0},
      {4736286, 31.0, -100.0, 18000000, "Texas", "USA", -1, NM_GEO_ADMIN1, 0},
      {281132, 31.42, 34.36, 1200000, "Gaza Strip", "PSE", -1, NM_GEO_ADMIN1, NM_GEO_CURATED},
      {4138106, 38.9, -77.02, 690000, "District of Columbia", "USA", -1, NM_GEO_ADMIN1, 0},
      {2988507, 48.85341, 2.3488, 2138551, "Paris", "FRA", R_IDF, NM_GEO_CITY, NM_GEO_CAPITAL},
      {4717560, 33.66094, -95.55551, 24782, "Paris", "USA", R_TEXAS, NM_GEO_CITY, 0},
      {281102, 31.29722, 34.24357, 126305, "Rafa\xE1\xB8\xA9", "PSE", R_GAZA, NM_GEO_CITY, 0},
      {350350, 31.28204, 34.23869, 44215, "Rafa\xE1\xB8\xA9", "EGY", -1, NM_GEO_CITY, 0},
      {4140963, 38.89511, -77.03637, 689545, "Washington", "USA", R_DC, NM_GEO_CITY,
       NM_GEO_CAPITAL},
      {2634715, 54.9, -1.51667, 53526, "Washington", "GBR", -1, NM_GEO_CITY, 0},
      {2996944, 45.74846, 4.84671, 522250, "Lyon", "FRA", -1, NM_GEO_CITY, NM_GEO_SEAT},
      {4671654, 30.26715, -97.74306, 961855, "Austin", "USA", R_TEXAS, NM_GEO_CITY, NM_GEO_SEAT},
      {281133, 31.50161, 34.46672, 410000, "Gaza", "PSE", R_GAZA, NM_GEO_CITY, NM_GEO_SEAT},
      /* towns: no geonameid or population; one without a division */
      {0, 32.1, -97.3, 0, "Smallville", "USA", R_TEXAS, NM_GEO_TOWN, 0},
      {0, 47.2, 1.6, 0, "Smallville", "FRA", -1, NM_GEO_TOWN, 0},
      /* a town under a city's name (the builder makes none): never taken */
      {0, 48.6, 2.2, 0, "Austin", "FRA", R_IDF, NM_GEO_TOWN, 0},
  };
  for (size_t i = 0; i < N_RECS; i++) {
    memset(&r[i], 0, sizeof r[i]);
    r[i].geonameid = R[i].id;
    r[i].lat = R[i].lat;
    r[i].lon = R[i].lon;
    r[i].population = R[i].pop;
    r[i].name = R[i].name;
    snprintf(r[i].iso3, sizeof r[i].iso3, "%s", R[i].iso3);
    r[i].admin1 = R[i].admin1;
    r[i].kind = R[i].kind;
    r[i].flags = R[i].flags;
  }
  static const struct {
    const char *text;
    int rec;
    unsigned how;
  } N[] = {
      {"France", R_FRA, NM_GEO_HOW_NAME},        {"French", R_FRA, NM_GEO_HOW_DEMONYM},
      {"United States", R_USA, NM_GEO_HOW_NAME}, {"U.S.", R_USA, NM_GEO_HOW_NAME},
      {"American", R_USA, NM_GEO_HOW_DEMONYM},   {"Palestine", R_PSE, NM_GEO_HOW_NAME},
      {"Egypt", R_EGY, NM_GEO_HOW_NAME},         {"Egyptian", R_EGY, NM_GEO_HOW_DEMONYM},
      {"Britain", R_GBR, NM_GEO_HOW_NAME},       {"Middle East", R_MIDEAST, NM_GEO_HOW_NAME},
      {"Mideast", R_MIDEAST, NM_GEO_HOW_ALIAS},  {"Ile-de-France", R_IDF, NM_GEO_HOW_NAME},
      {"Texas", R_TEXAS, NM_GEO_HOW_NAME},       {"Tex.", R_TEXAS, NM_GEO_HOW_ABBR},
      {"TX", R_TEXAS, NM_GEO_HOW_ABBR},          {"Gaza Strip", R_GAZA, NM_GEO_HOW_NAME},
      {"Gaza", R_GAZA, NM_GEO_HOW_ALIAS},        {"District of Columbia", R_DC, NM_GEO_HOW_NAME},
      {"D.C.", R_DC, NM_GEO_HOW_ABBR},           {"Paris", R_PARIS_FR, NM_GEO_HOW_NAME},
      {"Paris", R_PARIS_TX, NM_GEO_HOW_NAME},    {"Rafah", R_RAFAH_PS, NM_GEO_HOW_NAME},
      {"Rafa\xE1\xB8\xA9", R_RAFAH_PS, NM_GEO_HOW_NAME},
      {"Rafah", R_RAFAH_EG, NM_GEO_HOW_NAME},    {"Washington", R_WASHINGTON, NM_GEO_HOW_NAME},
      {"Washington", R_WASHINGTON_GB, NM_GEO_HOW_NAME}, {"Lyon", R_LYON, NM_GEO_HOW_NAME},
      {"Lyons", R_LYON, NM_GEO_HOW_ALT},         {"Austin", R_AUSTIN, NM_GEO_HOW_NAME},
      {"Gaza", R_GAZA_CITY, NM_GEO_HOW_NAME},    {"Gaza City", R_GAZA_CITY, NM_GEO_HOW_ALIAS},
      {"Smallville", R_SMALL_TX, NM_GEO_HOW_NAME}, {"Smallville", R_SMALL_FR, NM_GEO_HOW_NAME},
      {"Austin", R_AUSTIN_FR, NM_GEO_HOW_NAME},
      /* the same name twice: merged, the surer how kept */
      {"Lyon", R_LYON, NM_GEO_HOW_ALT},          {"", R_LYON, NM_GEO_HOW_NAME},
  };
  *nn = sizeof N / sizeof *N;
  for (size_t i = 0; i < *nn; i++) {
    nm[i].text = N[i].text;
    nm[i].rec = (uint32_t)N[i].rec;
    nm[i].how = N[i].how;
  }
}

static nm_bytes build_fixture(int shuffle) {
  nm_geo_rec_in r[N_RECS];
  nm_geo_name_in nm[64];
  size_t nn;
  fixture(r, nm, &nn);
  if (shuffle)
    for (size_t i = 0; i + 1 < nn; i += 2) {
      nm_geo_name_in t = nm[i];
      nm[i] = nm[nn - 1 - i];
      nm[nn - 1 - i] = t;
    }
  nm_bytes out = {0};
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_OK);
  return out;
}

NM_TEST(test_build_and_lookup) {
  nm_bytes a = build_fixture(0), b = build_fixture(1);
  NM_CHECK(a.len > 0 && a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
  nm_error e = {NM_OK, NULL, 0};
  nm_geonames *g = nm_geonames_open_mem(a.data, a.len, &e);
  NM_CHECK(g != NULL);
  if (g) {
    NM_CHECK_EQ_INT(nm_geonames_count(g), N_RECS);
    NM_CHECK_EQ_INT(nm_geonames_countries(g), 5);
    nm_geo_hit h[8];
    NM_CHECK_EQ_INT(nm_geonames_lookup(g, "PARIS", 5, h, 8), 2);
    NM_CHECK_EQ_INT(h[0].rec, R_PARIS_FR);
    NM_CHECK_EQ_INT(h[1].rec, R_PARIS_TX);
    NM_CHECK_EQ_INT(nm_geonames_lookup(g, "Paris", 5, h, 1), 2); /* count beyond cap */
    NM_CHECK_EQ_INT(nm_geonames_lookup(g, "Lyon", 4, h, 8), 1);
    NM_CHECK_EQ_INT(h[0].how, NM_GEO_HOW_NAME);
    NM_CHECK_EQ_INT(nm_geonames_lookup(g, "Rafah", 5, h, 8), 2);
    NM_CHECK_EQ_INT(nm_geonames_lookup(g, "Atlantis", 8, h, 8), 0);
    NM_CHECK_EQ_INT(nm_geonames_lookup(g, "", 0, h, 8), 0);
    nm_geo_entry x;
    NM_CHECK(nm_geonames_get(g, R_PARIS_TX, &x));
    NM_CHECK_EQ_STR(x.name, "Paris");
    NM_CHECK_EQ_STR(x.iso3, "USA");
    NM_CHECK_EQ_STR(x.admin1, "Texas");
    NM_CHECK_EQ_INT(x.geonameid, 4717560);
    NM_CHECK(fabs(x.lat - 33.66094) < 1e-5 && fabs(x.lon + 95.55551) < 1e-5);
    NM_CHECK(nm_geonames_get(g, R_MIDEAST, &x));
    NM_CHECK_EQ_STR(x.iso3, "");
    NM_CHECK(x.admin1 == NULL && x.kind == NM_GEO_REGION && x.geonameid == 0);
    NM_CHECK(!nm_geonames_get(g, N_RECS, &x));
    NM_CHECK_EQ_INT(nm_geonames_country(g, "EGY"), 0); /* EGY FRA GBR PSE USA */
    NM_CHECK_EQ_INT(nm_geonames_country(g, "USA"), 4);
    NM_CHECK_EQ_INT(nm_geonames_country(g, "XYZ"), UINT32_MAX);
    /* towns: decoded from their own section, country and division from their parent */
    NM_CHECK_EQ_INT(nm_geonames_lookup(g, "Smallville", 10, h, 8), 2);
    NM_CHECK_EQ_INT(h[0].rec, R_SMALL_TX);
    NM_CHECK(nm_geonames_get(g, R_SMALL_TX, &x));
    NM_CHECK(x.kind == NM_GEO_TOWN && x.geonameid == 0 && x.population == 0 && x.flags == 0);
    NM_CHECK_EQ_STR(x.name, "Smallville");
    NM_CHECK_EQ_STR(x.iso3, "USA");
    NM_CHECK_EQ_STR(x.admin1, "Texas");
    NM_CHECK_EQ_INT(x.admin1_index, R_TEXAS);
    NM_CHECK(fabs(x.lat - 32.1) < 1e-5 && fabs(x.lon + 97.3) < 1e-5);
    NM_CHECK(nm_geonames_get(g, R_SMALL_FR, &x));
    NM_CHECK_EQ_STR(x.iso3, "FRA");
    NM_CHECK(x.admin1 == NULL && x.admin1_index == UINT32_MAX && x.kind == NM_GEO_TOWN);
    NM_CHECK_EQ_INT(nm_geonames_lookup(g, "Austin", 6, h, 8), 2);
    nm_geonames_free(g);
  }
  const char *seed = getenv("NM_GEO_WRITE_SEED");
  if (seed) {
    FILE *f = fopen(seed, "wb");
    NM_CHECK(f && fwrite(a.data, 1, a.len, f) == a.len);
    if (f) fclose(f);
  }
  size_t sl;
  unsigned char *s = nm_test_slurp(seed_path, &sl);
  if (s) {
    NM_CHECK(sl == a.len && memcmp(s, a.data, sl) == 0); /* the fuzz seed is current */
    free(s);
  }
  nm_bytes_free(&a);
  nm_bytes_free(&b);
}

NM_TEST(test_bad_input_rejected) {
  nm_geo_rec_in r[N_RECS];
  nm_geo_name_in nm[64];
  size_t nn;
  nm_bytes out = {0};
  nm_error e = {NM_OK, NULL, 0};
  fixture(r, nm, &nn);
  r[R_PARIS_TX].admin1 = R_PARIS_FR; /* not a division */
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(e.pos, R_PARIS_TX);
  fixture(r, nm, &nn);
  r[R_LYON].lat = 91;
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  fixture(r, nm, &nn);
  snprintf(r[R_LYON].iso3, 4, "fr");
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  fixture(r, nm, &nn);
  nm[3].rec = N_RECS;
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(e.pos, 3);
  fixture(r, nm, &nn);
  snprintf(r[R_GBR].iso3, 4, "FRA"); /* two countries of one code */
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  /* towns: no id or population, a country, their division's country, last */
  fixture(r, nm, &nn);
  r[R_SMALL_TX].geonameid = 42;
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(e.pos, R_SMALL_TX);
  fixture(r, nm, &nn);
  r[R_SMALL_TX].population = 1200;
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  fixture(r, nm, &nn);
  r[R_SMALL_FR].iso3[0] = '\0';
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  fixture(r, nm, &nn);
  r[R_SMALL_FR].admin1 = R_TEXAS; /* a division of another country */
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  fixture(r, nm, &nn);
  r[R_SMALL_FR].kind = NM_GEO_CITY; /* a city after a town */
  NM_CHECK_EQ_INT(nm_geonames_write(NULL, &out, r, N_RECS, nm, nn, &e), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(e.pos, R_SMALL_FR);
  NM_CHECK(out.data == NULL);
}

typedef struct ment {
  const char *text; /* found in the document text from *from on */
  nm_entity_type type;
  int entity;
} ment;

/* A document with the given mentions (in text order) clustered into
 * entities by their entity number; names are as written. */
static nm_doc *doc_with(const char *text, const ment *m, size_t n) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, strlen(text), &e);
  if (!d) return NULL;
  size_t from = 0;
  int n_ent = 0;
  for (size_t i = 0; i < n; i++) {
    const char *p = strstr(text + from, m[i].text);
    NM_CHECK(p != NULL);
    if (!p) continue;
    nm_mention *x = nm_vec_push(&d->mentions);
    memset(x, 0, sizeof *x);
    x->start = (uint32_t)(p - text);
    x->end = x->start + (uint32_t)strlen(m[i].text);
    x->type = m[i].type;
    x->kind = NM_MENTION_NAME;
    x->entity = (uint32_t)m[i].entity;
    from = x->end;
    if (m[i].entity + 1 > n_ent) n_ent = m[i].entity + 1;
  }
  for (int k = 0; k < n_ent; k++) {
    nm_entity *en = nm_vec_push(&d->entities);
    memset(en, 0, sizeof *en);
    uint32_t *ix = nm_arena_alloc(&d->arena, n * sizeof *ix);
    const nm_mention *ms = (const nm_mention *)d->mentions.data;
    for (size_t i = 0; i < d->mentions.n; i++)
      if ((int)ms[i].entity == k) {
        ix[en->n_mentions++] = (uint32_t)i;
        en->type = ms[i].type;
        if (!en->name) en->name = nm_arena_strndup(&d->arena, text + ms[i].start, ms[i].end - ms[i].start);
      }
    en->mentions = ix;
    if (en->type == NM_ENT_NORP && strstr(en->name, "Egypt")) memcpy(en->country, "EGY", 4);
    if (en->type == NM_ENT_NORP && strstr(en->name, "French")) memcpy(en->country, "FRA", 4);
  }
  return d;
}

/* Any damaged copy must be rejected, or load into a table whose every
 * record and lookup stays inside the file (ASan checks the reads). */
static void exercise(const nm_geonames *g) {
  nm_geo_hit h[16];
  static const char *const names[] = {"Paris", "Gaza", "Tex.", "Lyon", "Middle East", "x",
                                      "Smallville", "Austin"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    size_t n = nm_geonames_lookup(g, names[i], strlen(names[i]), h, 16);
    for (size_t k = 0; k < n && k < 16; k++) {
      nm_geo_entry x;
      NM_CHECK(nm_geonames_get(g, h[k].rec, &x));
      NM_CHECK(h[k].how <= NM_GEO_HOW_MAX);
    }
  }
  for (uint32_t i = 0; i < nm_geonames_count(g); i++) {
    nm_geo_entry x;
    NM_CHECK(nm_geonames_get(g, i, &x));
    NM_CHECK(x.kind >= NM_GEO_COUNTRY && x.kind <= NM_GEO_KIND_MAX);
    NM_CHECK(x.lat >= -90 && x.lat <= 90 && x.lon >= -180 && x.lon <= 180);
    NM_CHECK(strlen(x.iso3) == 0 || strlen(x.iso3) == 3);
    (void)strlen(x.name);
    if (x.admin1) (void)strlen(x.admin1);
  }
  /* the resolver over damaged tables too (towns, qualifiers, focus) */
  ment m[] = {{"Smallville", NM_ENT_GPE, 0}, {"Paris", NM_ENT_GPE, 1}, {"U.S.", NM_ENT_GPE, 2}};
  nm_doc *d = doc_with("Smallville, Texas and Paris, in the U.S.", m, 3);
  if (d) {
    NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
    nm_doc_free(d);
  }
}

NM_TEST(test_damaged_tables) {
  nm_bytes a = build_fixture(0);
  unsigned char *c = malloc(a.len);
  nm_error e = {NM_OK, NULL, 0};
  /* every truncation */
  for (size_t n = 0; n < a.len; n++) {
    memcpy(c, a.data, n);
    nm_geonames *g = nm_geonames_open_mem(c, n, &e);
    NM_CHECK(g == NULL);
    if (g) nm_geonames_free(g);
    else
      NM_CHECK(e.code == NM_ERR_FORMAT && e.msg != NULL);
  }
  /* every byte flipped, one at a time, two ways */
  size_t loaded = 0;
  for (size_t i = 0; i < a.len; i++)
    for (int k = 0; k < 2; k++) {
      memcpy(c, a.data, a.len);
      c[i] ^= k ? 0xFF : 0x01;
      nm_geonames *g = nm_geonames_open_mem(c, a.len, &e);
      if (g) {
        loaded++;
        exercise(g);
        nm_geonames_free(g);
      } else {
        NM_CHECK(e.code != NM_OK && e.msg != NULL);
      }
    }
  NM_CHECK(loaded < 2 * a.len); /* most damage is caught */
  free(c);
  nm_bytes_free(&a);
}

/* ------------------------------------------------------------------ */
/* Resolution on invented texts, with mentions and entities set by hand */

/* The geonameid of the place of the mention whose text is name (first). */
static uint32_t place_of(const nm_doc *d, const char *name) {
  size_t np;
  const nm_place *ps = nm_doc_places(d, &np);
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  for (size_t i = 0; i < np; i++)
    for (uint32_t k = 0; k < ps[i].n_mentions; k++) {
      const nm_mention *m = &ms[ps[i].mentions[k]];
      if (m->end - m->start == strlen(name) && !memcmp(d->text + m->start, name, strlen(name)))
        return ps[i].geonameid;
    }
  return UINT32_MAX;
}

static nm_geonames *fixture_table(nm_bytes *keep) {
  *keep = build_fixture(0);
  nm_error e = {NM_OK, NULL, 0};
  return nm_geonames_open_mem(keep->data, keep->len, &e);
}

NM_TEST(test_paris_texas) {
  nm_bytes kb;
  nm_geonames *g = fixture_table(&kb);
  NM_CHECK(g != NULL);
  if (!g) return;
  /* alone, Paris is the capital of France */
  ment m1[] = {{"Paris", NM_ENT_GPE, 0}};
  nm_doc *d = doc_with("The mayor of Paris opened a new bridge.", m1, 1);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "Paris"), 2988507);
  nm_doc_free(d);
  /* a qualifier after it: ", Texas", ", Tex.", " (TX)" */
  static const char *const texts[] = {"The mayor of Paris, Texas, opened a new bridge.",
                                      "The mayor of Paris, Tex., opened a new bridge.",
                                      "The mayor of Paris (TX) opened a new bridge."};
  for (size_t i = 0; i < 3; i++) {
    d = doc_with(texts[i], m1, 1);
    NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
    NM_CHECK_EQ_INT(place_of(d, "Paris"), 4717560);
    nm_doc_free(d);
  }
  /* the qualifier holds for the same name later in the article */
  ment m2[] = {{"Paris", NM_ENT_GPE, 0}, {"Texas", NM_ENT_GPE, 1}, {"Paris", NM_ENT_GPE, 2}};
  d = doc_with("Paris, Texas, is small. Later, Paris voted.", m2, 3);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  size_t np;
  const nm_place *ps = nm_doc_places(d, &np);
  NM_CHECK_EQ_INT(np, 2);
  if (np == 2) {
    NM_CHECK_EQ_INT(ps[0].geonameid, 4717560);
    NM_CHECK_EQ_INT(ps[0].n_mentions, 2);
    NM_CHECK_EQ_STR(ps[0].admin1, "Texas");
    NM_CHECK_EQ_INT(ps[1].geonameid, 4736286);
    NM_CHECK_EQ_STR(ps[1].country, "USA");
  }
  nm_places_ctx *c = nm_places_context_new(g, d);
  NM_CHECK(c != NULL);
  nm_geo_entry x;
  const char *later = strstr(d->text, "Later, Paris") + 7;
  NM_CHECK(nm_places_resolve_span(g, c, d, (uint32_t)(later - d->text),
                                  (uint32_t)(later - d->text) + 5, &x));
  NM_CHECK_EQ_INT(x.geonameid, 4717560);
  nm_places_context_free(c);
  nm_doc_free(d);
  /* the article's focus: other places in Texas */
  ment m3[] = {{"Austin", NM_ENT_GPE, 0}, {"Paris", NM_ENT_GPE, 1}, {"Austin", NM_ENT_GPE, 0},
               {"Texas", NM_ENT_GPE, 2}};
  d = doc_with("Lawmakers in Austin met. Paris sent a delegation; Austin and Texas agreed.", m3, 4);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "Paris"), 4717560);
  NM_CHECK_EQ_INT(place_of(d, "Austin"), 4671654);
  nm_doc_free(d);
  /* a place before it that it contains: "Austin, Texas" makes Texas the state */
  ment m4[] = {{"Austin", NM_ENT_GPE, 0}, {"Texas", NM_ENT_GPE, 1}};
  d = doc_with("Austin, Texas is hot.", m4, 2);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "Texas"), 4736286);
  nm_doc_free(d);
  nm_geonames_free(g);
  nm_bytes_free(&kb);
}

NM_TEST(test_country_focus_and_regions) {
  nm_bytes kb;
  nm_geonames *g = fixture_table(&kb);
  NM_CHECK(g != NULL);
  if (!g) return;
  /* Rafah: the larger one alone; the Egyptian one in an article about Egypt */
  ment m1[] = {{"Rafah", NM_ENT_GPE, 0}};
  nm_doc *d = doc_with("Trucks waited at Rafah.", m1, 1);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "Rafah"), 281102);
  nm_doc_free(d);
  ment m2[] = {{"Egypt", NM_ENT_GPE, 0}, {"Egyptian", NM_ENT_NORP, 1}, {"Rafah", NM_ENT_GPE, 2},
               {"Egypt", NM_ENT_GPE, 0}};
  d = doc_with("Egypt said Egyptian engineers in Rafah would repair roads across Egypt.", m2, 4);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "Rafah"), 350350);
  NM_CHECK_EQ_INT(place_of(d, "Egypt"), 357994);
  nm_doc_free(d);
  /* a qualifier wins over the focus: "Rafah, Gaza" */
  ment m3[] = {{"Egypt", NM_ENT_GPE, 0}, {"Rafah", NM_ENT_GPE, 1}, {"Gaza", NM_ENT_LOC, 2},
               {"Egypt", NM_ENT_GPE, 0}};
  d = doc_with("Egypt sent aid to Rafah, Gaza, from Egypt.", m3, 4);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "Rafah"), 281102);
  /* Gaza is the curated Gaza Strip over the city of Gaza */
  NM_CHECK_EQ_INT(place_of(d, "Gaza"), 281132);
  nm_doc_free(d);
  /* regions; "southern Gaza" falls back to Gaza; Gaza City is the city */
  ment m4[] = {{"Mideast", NM_ENT_LOC, 0}, {"southern Gaza", NM_ENT_LOC, 1},
               {"Gaza City", NM_ENT_GPE, 2}, {"Middle East", NM_ENT_LOC, 0}};
  d = doc_with("A Mideast tour; fighting in southern Gaza and Gaza City; the Middle East.", m4, 4);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  size_t np;
  const nm_place *ps = nm_doc_places(d, &np);
  NM_CHECK_EQ_INT(np, 3);
  if (np == 3) {
    NM_CHECK_EQ_STR(ps[0].name, "Middle East");
    NM_CHECK_EQ_INT(ps[0].geonameid, 0);
    NM_CHECK_EQ_STR(ps[0].country, "");
    NM_CHECK_EQ_INT(ps[0].n_mentions, 2);
    NM_CHECK_EQ_INT(ps[1].geonameid, 281132);
    NM_CHECK_EQ_INT(ps[2].geonameid, 281133);
  }
  nm_doc_free(d);
  /* Washington: the capital; abbreviations only where written as such */
  ment m5[] = {{"Washington", NM_ENT_GPE, 0}, {"Britain", NM_ENT_GPE, 1}};
  d = doc_with("Washington and Britain talked.", m5, 2);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "Washington"), 4140963);
  nm_doc_free(d);
  ment m6[] = {{"tx", NM_ENT_GPE, 0}};
  d = doc_with("a tx b", m6, 1);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "tx"), UINT32_MAX);
  nm_doc_free(d);
  /* a demonym span resolves to its country; an unknown name to nothing */
  ment none[] = {{"x", NM_ENT_PERSON, 0}};
  d = doc_with("x: French wine and Atlantis.", none, 1);
  nm_places_ctx *c = nm_places_context_new(g, d);
  nm_geo_entry x;
  const char *fr = strstr(d->text, "French"), *at = strstr(d->text, "Atlantis");
  NM_CHECK(nm_places_resolve_span(g, c, d, (uint32_t)(fr - d->text), (uint32_t)(fr - d->text) + 6,
                                  &x));
  NM_CHECK_EQ_STR(x.iso3, "FRA");
  NM_CHECK(!nm_places_resolve_span(g, c, d, (uint32_t)(at - d->text),
                                   (uint32_t)(at - d->text) + 8, &x));
  nm_places_context_free(c);
  nm_doc_free(d);
  nm_geonames_free(g);
  nm_bytes_free(&kb);
}

static int collect(void *ctx, const char *buf, size_t len) {
  nm_vec *v = ctx;
  for (size_t i = 0; i < len; i++) {
    char *p = nm_vec_push(v);
    if (!p) return -1;
    *p = buf[i];
  }
  return 0;
}

/* Checks that the places layer of d is written as want. */
static void check_places_json(nm_doc *d, const char *want) {
  nm_vec out;
  nm_vec_init(&out, 1);
  nm_obuf o;
  nm_obuf_init(&o, collect, &out);
  nm_json_places(&o, d);
  nm_obuf_flush(&o);
  char *z = nm_vec_push(&out);
  NM_CHECK(z != NULL);
  if (z) {
    *z = '\0';
    NM_CHECK_EQ_STR((const char *)out.data, want);
  }
  nm_vec_free(&out);
}

NM_TEST(test_json) {
  nm_bytes kb;
  nm_geonames *g = fixture_table(&kb);
  NM_CHECK(g != NULL);
  if (!g) return;
  ment m[] = {{"Paris", NM_ENT_GPE, 0}, {"Middle East", NM_ENT_LOC, 1}, {"Paris", NM_ENT_GPE, 0}};
  nm_doc *d = doc_with("Paris \"and\" the Middle East; Paris.", m, 3);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  check_places_json(d, ",\"places\":[{\"id\":\"P1\",\"name\":\"Paris\",\"geonameid\":2988507,"
                  "\"country\":\"FRA\",\"admin1\":\"\xC3\x8Ele-de-France\",\"lat\":48.85341,"
                  "\"lon\":2.34880,\"mentions\":[{\"start\":0,\"end\":5,\"text\":\"Paris\"},"
                  "{\"start\":29,\"end\":34,\"text\":\"Paris\"}]},"
                  "{\"id\":\"P2\",\"name\":\"Middle East\",\"geonameid\":null,\"country\":null,"
                  "\"admin1\":null,\"lat\":29.00000,\"lon\":41.00000,\"mentions\":"
                  "[{\"start\":16,\"end\":27,\"text\":\"Middle East\"}]}]");
  nm_doc_free(d);
  /* no entities: an empty layer */
  nm_error e = {NM_OK, NULL, 0};
  d = nm_doc_new("Nothing here.", 13, &e);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  check_places_json(d, ",\"places\":[]");
  nm_doc_free(d);
  nm_geonames_free(g);
  nm_bytes_free(&kb);
}


/* ------------------------------------------------------------------ */
/* Towns: low-priority places of cities1000 under names no other record  */
/* has, taken only when the article supports them                        */

static const nm_place *find_place(const nm_doc *d, const char *mention);

/* The town resolve_span gives the first "Smallville" of d: 1 and *x, or 0. */
static int span_town(const nm_geonames *g, const nm_doc *d, nm_geo_entry *x) {
  nm_places_ctx *c = nm_places_context_new(g, d);
  NM_CHECK(c != NULL);
  const char *s = strstr(d->text, "Smallville");
  int r = c && s && nm_places_resolve_span(g, c, d, (uint32_t)(s - d->text),
                                           (uint32_t)(s - d->text) + 10, x);
  nm_places_context_free(c);
  return r;
}

NM_TEST(test_town_found_with_its_country) {
  nm_bytes kb;
  nm_geonames *g = fixture_table(&kb);
  NM_CHECK(g != NULL);
  if (!g) return;
  nm_geo_entry x;
  /* the article names its country: the town of that country */
  ment m1[] = {{"Smallville", NM_ENT_GPE, 0}, {"United States", NM_ENT_GPE, 1}};
  nm_doc *d = doc_with("Firefighters in Smallville fought the worst fire in the United States.",
                       m1, 2);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  const nm_place *pl = find_place(d, "Smallville");
  NM_CHECK(pl != NULL);
  if (pl) {
    NM_CHECK_EQ_INT(pl->geonameid, 0);
    NM_CHECK_EQ_STR(pl->country, "USA");
    NM_CHECK_EQ_STR(pl->admin1, "Texas");
  }
  NM_CHECK(span_town(g, d, &x));
  NM_CHECK(x.kind == NM_GEO_TOWN && !strcmp(x.iso3, "USA"));
  nm_doc_free(d);
  /* France, by a demonym: the French town (which has no division) */
  ment m2[] = {{"French", NM_ENT_NORP, 0}, {"Smallville", NM_ENT_GPE, 1}};
  d = doc_with("French farmers in Smallville protested.", m2, 2);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  pl = find_place(d, "Smallville");
  NM_CHECK(pl != NULL);
  if (pl) {
    NM_CHECK_EQ_STR(pl->country, "FRA");
    NM_CHECK(pl->admin1 == NULL);
  }
  nm_doc_free(d);
  /* a qualifier names its division, though no entity names it */
  ment m3[] = {{"Smallville", NM_ENT_GPE, 0}};
  d = doc_with("A storm hit Smallville, Texas, at night.", m3, 1);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  pl = find_place(d, "Smallville");
  NM_CHECK(pl != NULL && !strcmp(pl->country, "USA"));
  NM_CHECK(span_town(g, d, &x) && !strcmp(x.iso3, "USA"));
  /* the JSON of a town: no geonameid */
  check_places_json(d, ",\"places\":[{\"id\":\"P1\",\"name\":\"Smallville\",\"geonameid\":null,"
                  "\"country\":\"USA\",\"admin1\":\"Texas\",\"lat\":32.10000,\"lon\":-97.30000,"
                  "\"mentions\":[{\"start\":12,\"end\":22,\"text\":\"Smallville\"}]}]");
  nm_doc_free(d);
  nm_geonames_free(g);
  nm_bytes_free(&kb);
}

NM_TEST(test_town_not_found_elsewhere) {
  nm_bytes kb;
  nm_geonames *g = fixture_table(&kb);
  NM_CHECK(g != NULL);
  if (!g) return;
  nm_geo_entry x;
  /* alone: no support */
  ment m1[] = {{"Smallville", NM_ENT_GPE, 0}};
  nm_doc *d = doc_with("Firefighters in Smallville fought a fire.", m1, 1);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK(find_place(d, "Smallville") == NULL);
  NM_CHECK(!span_town(g, d, &x));
  nm_doc_free(d);
  /* an article about another country */
  ment m2[] = {{"Egypt", NM_ENT_GPE, 0}, {"Smallville", NM_ENT_GPE, 1}, {"Rafah", NM_ENT_GPE, 2}};
  d = doc_with("Egypt said Smallville would send aid to Rafah.", m2, 3);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK(find_place(d, "Smallville") == NULL);
  NM_CHECK(find_place(d, "Egypt") != NULL);
  NM_CHECK(!span_town(g, d, &x));
  nm_doc_free(d);
  /* both countries as much: the two towns tie and lie apart, no place */
  ment m3[] = {{"United States", NM_ENT_GPE, 0}, {"France", NM_ENT_GPE, 1},
               {"Smallville", NM_ENT_GPE, 2}};
  d = doc_with("The United States and France praised Smallville.", m3, 3);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK(find_place(d, "Smallville") == NULL);
  nm_doc_free(d);
  /* a LOC is no town */
  ment m4[] = {{"Smallville", NM_ENT_LOC, 0}, {"United States", NM_ENT_GPE, 1}};
  d = doc_with("Fog covered Smallville across the United States.", m4, 2);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK(find_place(d, "Smallville") == NULL);
  NM_CHECK(!span_town(g, d, &x));
  nm_doc_free(d);
  nm_geonames_free(g);
  nm_bytes_free(&kb);
}

NM_TEST(test_town_never_overrides_a_name) {
  nm_bytes kb;
  nm_geonames *g = fixture_table(&kb);
  NM_CHECK(g != NULL);
  if (!g) return;
  /* an article about France and Paris: Austin is still the city in
   * Texas, not the French town of that name */
  ment m[] = {{"France", NM_ENT_GPE, 0}, {"Paris", NM_ENT_GPE, 1}, {"Austin", NM_ENT_GPE, 2},
              {"Paris", NM_ENT_GPE, 1}, {"France", NM_ENT_GPE, 0}};
  nm_doc *d = doc_with("France and Paris welcomed Austin; Paris and France agreed.", m, 5);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "Austin"), 4671654);
  NM_CHECK_EQ_INT(place_of(d, "Paris"), 2988507);
  nm_places_ctx *c = nm_places_context_new(g, d);
  nm_geo_entry x;
  const char *a = strstr(d->text, "Austin");
  NM_CHECK(c && nm_places_resolve_span(g, c, d, (uint32_t)(a - d->text),
                                       (uint32_t)(a - d->text) + 6, &x));
  NM_CHECK_EQ_INT(x.geonameid, 4671654);
  nm_places_context_free(c);
  nm_doc_free(d);
  nm_geonames_free(g);
  nm_bytes_free(&kb);
}

NM_TEST(test_towns_do_not_vote) {
  nm_bytes kb;
  nm_geonames *g = fixture_table(&kb);
  NM_CHECK(g != NULL);
  if (!g) return;
  /* five mentions of a town of Texas (qualified, so taken) would move
   * Paris to Texas if they voted; Texas is no entity here */
  ment m[] = {{"Paris", NM_ENT_GPE, 0},      {"Smallville", NM_ENT_GPE, 1},
              {"Smallville", NM_ENT_GPE, 1}, {"Smallville", NM_ENT_GPE, 1},
              {"Smallville", NM_ENT_GPE, 1}, {"Smallville", NM_ENT_GPE, 1}};
  nm_doc *d = doc_with("Paris hosted them. Smallville, Texas; Smallville, Texas; Smallville, "
                       "Texas; Smallville, Texas; Smallville, Texas.",
                       m, 6);
  NM_CHECK_EQ_INT(nm_places_resolve(g, d), NM_OK);
  NM_CHECK_EQ_INT(place_of(d, "Paris"), 2988507);
  const nm_place *pl = find_place(d, "Smallville");
  NM_CHECK(pl != NULL && !strcmp(pl->country, "USA"));
  nm_doc_free(d);
  nm_geonames_free(g);
  nm_bytes_free(&kb);
}

/* ------------------------------------------------------------------ */
/* The shipped table and models                                        */

static const nm_place *find_place(const nm_doc *d, const char *mention) {
  size_t np;
  const nm_place *ps = nm_doc_places(d, &np);
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  for (size_t i = 0; i < np; i++)
    for (uint32_t k = 0; k < ps[i].n_mentions; k++) {
      const nm_mention *m = &ms[ps[i].mentions[k]];
      if (m->end - m->start == strlen(mention) &&
          !memcmp(d->text + m->start, mention, strlen(mention)))
        return &ps[i];
    }
  return NULL;
}

NM_TEST(test_shipped) {
  nm_error e = {NM_OK, NULL, 0};
  nm_geonames *g = nm_geonames_open(shipped_path, &e);
  if (!g) {
    printf("test_places: %s not found; shipped checks skipped\n", shipped_path);
    return;
  }
  NM_CHECK(nm_geonames_count(g) > 30000);
  nm_geo_hit h[64];
  nm_geo_entry x;
  size_t n = nm_geonames_lookup(g, "Paris", 5, h, 64);
  int fr = 0, tx = 0;
  for (size_t i = 0; i < n && i < 64; i++)
    if (nm_geonames_get(g, h[i].rec, &x) && x.kind == NM_GEO_CITY) {
      fr |= !strcmp(x.iso3, "FRA") && (x.flags & NM_GEO_CAPITAL);
      tx |= !strcmp(x.iso3, "USA") && x.admin1 && !strcmp(x.admin1, "Texas");
    }
  NM_CHECK(fr && tx);
  NM_CHECK(nm_geonames_lookup(g, "Middle East", 11, h, 64) >= 1);
  /* a large division at GeoNames' point, not at the middle of its
   * places, which crowd into its south (about 200 km off) */
  n = nm_geonames_lookup(g, "Ontario", 7, h, 64);
  int on = 0;
  for (size_t i = 0; i < n && i < 64; i++)
    if (nm_geonames_get(g, h[i].rec, &x) && x.kind == NM_GEO_ADMIN1 && !strcmp(x.iso3, "CAN"))
      on = nm_geo_distance_km(x.lat, x.lon, 49.25, -84.5) < 10;
  NM_CHECK(on);
  /* a sea, not the hamlet of New York named North Sea */
  NM_CHECK(nm_geonames_lookup(g, "North Sea", 9, h, 64) >= 1 && nm_geonames_get(g, h[0].rec, &x) &&
           x.kind == NM_GEO_REGION);
  NM_CHECK(nm_geonames_lookup(g, "Israelis", 8, h, 64) >= 1);
  NM_CHECK(nm_geonames_lookup(g, "Calif.", 6, h, 64) >= 1);
  /* another country's division by its press's abbreviation */
  NM_CHECK(nm_geonames_lookup(g, "NSW", 3, h, 64) >= 1 && nm_geonames_get(g, h[0].rec, &x) &&
           !strcmp(x.iso3, "AUS") && x.kind == NM_GEO_ADMIN1);
  /* a town of cities1000 under a new name */
  NM_CHECK_EQ_INT(nm_geonames_lookup(g, "Omro", 4, h, 64), 1);
  NM_CHECK(nm_geonames_is_town(g, h[0].rec));
  NM_CHECK(nm_geonames_get(g, h[0].rec, &x) && x.kind == NM_GEO_TOWN && x.geonameid == 0 &&
           !strcmp(x.iso3, "USA") && x.admin1 && !strcmp(x.admin1, "Wisconsin"));

  nm_pipeline_options o;
  memset(&o, 0, sizeof o);
  o.tagger_model = "models/tagger.nmm";
  o.parser_model = "models/parser.nmm";
  o.ner_model = "models/ner.nmm";
  o.gazetteer = "dict/gazetteer.nmm";
  o.geonames = shipped_path;
  nm_pipeline *p = nm_pipeline_new(&o, &e);
  if (!p) {
    printf("test_places: shipped models not loaded (%s); pipeline checks skipped\n", e.msg);
    nm_geonames_free(g);
    return;
  }
  /* invented articles */
  static const struct {
    const char *text, *mention, *iso3, *admin1;
  } cases[] = {
      {"The mayor of Paris, Texas, said on Monday that the town would rebuild.", "Paris", "USA",
       "Texas"},
      {"The French president met workers in Paris on Tuesday.", "Paris", "FRA", NULL},
      {"Aid trucks crossed from Egypt into Rafah, in southern Gaza, on Sunday.", "Rafah", "PSE",
       NULL},
      {"Lawmakers in Washington said the bill would pass the Senate.", "Washington", "USA",
       "District of Columbia"},
      {"Storms hit Springfield, Illinois, overnight, officials said.", "Springfield", "USA",
       "Illinois"},
      /* a town, by its qualifier (Lake Placid is also a town of Florida) */
      {"In Lake Placid, New York, officials said snow would follow.", "Lake Placid", "USA",
       "New York"},
      /* a curated region: GeoNames has only Kordofan's three states */
      {"Parts of Darfur and Kordofan were at risk of famine, the agency said.", "Kordofan", "SDN",
       NULL},
      /* a compass word's other form: GeoNames has "Northern Darfur" */
      {"Famine has taken hold in parts of North Darfur, aid groups said.", "North Darfur", "SDN",
       "Northern Darfur"},
      /* a smaller city's alternate that only spells its name another way
       * (GeoNames: Khan Yunis) */
      {"Workers took fuel from a warehouse in Khan Younis, the audit said.", "Khan Younis", "PSE",
       "Gaza Strip"},
      /* "Congo" alone is the DRC in news style, unless the article is
       * about the Republic of the Congo */
      {"GOMA (Wire) - Rebels took a town in eastern Congo on Monday, near Goma.", "eastern Congo",
       "COD", NULL},
      {"BRAZZAVILLE (Wire) - Congo held elections on Sunday; turnout in Pointe-Noire was high.",
       "Congo", "COG", NULL},
      /* a division's name without its kind (GeoNames: "Zamfara State",
       * "Province of Pangasinan") */
      {"Gunmen attacked a village in Zamfara on Friday, police said.", "Zamfara", "NGA",
       "Zamfara State"},
      {"Floods hit the province of Pangasinan, north of Manila, on Monday.", "Pangasinan", "PHL",
       NULL},
      /* a curated island group over a foreign city's spelling variant
       * (GeoNames: "Matsu" for Matsue, Japan) */
      {"TAIPEI, Taiwan (Wire) - Chinese ships sailed near Matsu and Kinmen on Monday.", "Matsu",
       "TWN", NULL},
      /* a seat of government, not Casablanca's English name */
      {"The leaders met at the White House on Friday.", "White House",
       "USA", NULL},
      /* a demonym's city, over the article's country ("Kazan" is also a
       * town of Ankara province) */
      {"ANKARA, Turkey (Wire) - Turkey struck targets in Iraq. Turkish officials met in Ankara "
       "and Istanbul. The president was at a summit in the Russian city of Kazan.",
       "Kazan", "RUS", NULL},
      /* a division with its generic word, the article's country's over
       * another's exact name (Uganda's "Northern Region") */
      {"ACCRA, Ghana (Wire) - Ghana mourned two ministers on Thursday. One, a former "
       "lawmaker from the Northern Region, led Ghana's campaign against illegal mining in "
       "Ghana's rivers.",
       "Northern Region", "GHA", NULL},
      /* the capital's English name, which GeoNames gives only as an
       * alternate that Panama City, Florida owns (team alias); the
       * qualifier still takes the Florida city */
      {"Panamanian police detained 40 migrants in Panama City on Monday.", "Panama City", "PAN",
       NULL},
      {"A storm flooded streets in Panama City, Florida, on Monday.", "Panama City", "USA",
       "Florida"},
      /* the island of Trinidad and Tobago alone, not the towns of
       * Bolivia and Cuba named after it; they win where the article is
       * theirs (team region with its people's prior) */
      {"Police in Trinidad arrested three men on Monday.", "Trinidad", "TTO", NULL},
      {"HAVANA, Cuba (Wire) - Power failed in Trinidad and Cienfuegos on Tuesday, Cuba said.",
       "Trinidad", "CUB", "Sancti Spíritus Province"},
      {"Floods in Bolivia: the river burst its banks near Trinidad, the Beni capital, officials "
       "in La Paz said.", "Trinidad", "BOL", "Beni Department"},
      /* the Arabic feminine ending with its "h" (GeoNames: Hodeida) */
      {"Aircraft struck radar sites near Hodeidah on Friday, officials said.", "Hodeidah", "YEM",
       NULL},
      /* an island the team's regions hold */
      {"Floods hit western Sumatra on Sunday, officials said.", "Sumatra", "IDN", NULL},
      {"A volcano erupted on Java on Sunday, officials said.", "Java", "IDN", NULL},
      /* a name in a list of divisions of one country is a division too */
      {"Cases were reported in Arizona, Georgia and Ohio, health officials said.", "Georgia",
       "USA", "Georgia"},
      {"Officials in Oregon, Washington and Idaho closed the parks.", "Washington", "USA",
       "Washington"},
      /* a large city's exonym over a smaller place's spelling variant
       * (GeoNames: "Frankfurt" for Frankfort, Kentucky and Illinois), in
       * an article about the United States */
      {"Shares fell across the United States on Monday. A jet flew from Frankfurt to Chicago "
       "and on to New York.", "Frankfurt", "DEU", "Hesse"},
      /* features the team's regions hold ("Long Island" had been a
       * division of the Bahamas; GeoNames' cities lack islands) */
      {"Floods hit Long Island on Monday, officials said.", "Long Island", "USA", NULL},
      {"Flights to Mallorca and Ibiza were cancelled on Friday.", "Mallorca", "ESP", NULL},
      /* an article spread over many countries has no main one: the
       * country that has one vote more than the others does not take
       * Geneva to Illinois */
      {"Aid to Sudan, Yemen, Syria, Libya, Afghanistan, Haiti, Somalia, Mali, Niger, Chad, "
       "Myanmar, Ukraine, Iraq and Lebanon fell this year, the United States said. Donors will "
       "meet in Geneva next month.", "Geneva", "CHE", NULL},
      /* a large city's exonym that a division without cities also has
       * (GeoNames: Génova, a municipality of Colombia) */
      {"Towns in Italy asked schools to pay taxes. The request came from a village next to "
       "Genova and from Milan.", "Genova", "ITA", "Liguria"},
      /* a region whose last word is also a body's ("Bank"): a place, and
       * the World Bank stays a bank */
      {"Troops raided a camp in the West Bank on Tuesday.", "West Bank", "PSE", NULL},
      {"The World Bank said the economy of the West Bank shrank.", "West Bank", "PSE", NULL},
      /* a country's possessive inside what the model read as one name:
       * two places ("northwestern Nigeria's Kaduna" had none) */
      {"Gunmen abducted 30 students in northwestern Nigeria's Kaduna state on Thursday.",
       "Kaduna", "NGA", NULL},
      {"Fighting spread to eastern Congo's North Kivu province.", "North Kivu", "COD", NULL},
      {"Fighting spread to eastern Congo's North Kivu province.", "eastern Congo", "COD", NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    nm_doc *d = nm_doc_new(cases[i].text, strlen(cases[i].text), &e);
    NM_CHECK(d && nm_process(p, d, &e) == NM_OK);
    const nm_place *pl = d ? find_place(d, cases[i].mention) : NULL;
    if (!pl) {
      fprintf(stderr, "test_places: no place for %s in case %zu\n", cases[i].mention, i);
      NM_CHECK(pl != NULL);
    } else {
      NM_CHECK_EQ_STR(pl->country, cases[i].iso3);
      if (cases[i].admin1) NM_CHECK_EQ_STR(pl->admin1, cases[i].admin1);
    }
    nm_doc_free(d);
  }
  /* "the West" is a bloc, not a region of Cameroon: no place, and its
   * entity has no country; "West Darfur" is a state of Sudan */
  static const char west[] = "Niger was long one of the West's partners. Relations between "
                             "Russia and the West worsened. Fighting spread to West Darfur.";
  nm_doc *d = nm_doc_new(west, strlen(west), &e);
  NM_CHECK(d && nm_process(p, d, &e) == NM_OK);
  if (d) {
    NM_CHECK(find_place(d, "West") == NULL);
    const nm_place *wd = find_place(d, "West Darfur");
    NM_CHECK(wd && !strcmp(wd->country, "SDN"));
    size_t ne;
    const nm_entity *en = nm_doc_entities(d, &ne);
    for (size_t i = 0; i < ne; i++)
      if (!strcmp(en[i].name, "West")) NM_CHECK_EQ_STR(en[i].country, "");
  }
  nm_doc_free(d);
  /* a common noun alone is no town ("the Gulf" is no province of Papua
   * New Guinea, "the Union" no town of New Jersey), unless qualified */
  static const char gulf[] = "Ministers from the Gulf met in Riyadh. The Union held. Police in "
                             "Union, New Jersey, closed a road. Trade with South grew. Jets "
                             "landed at Tulsa International Airport. Storms hit Northeast Ohio.";
  d = nm_doc_new(gulf, strlen(gulf), &e);
  NM_CHECK(d && nm_process(p, d, &e) == NM_OK);
  if (d) {
    nm_places_ctx *c = nm_places_context_new(g, d);
    NM_CHECK(c != NULL);
    nm_geo_entry r;
    const char *at = strstr(gulf, "Gulf"), *un = strstr(gulf, "Union held"),
               *nj = strstr(gulf, "Union, New");
    NM_CHECK(c && !nm_places_resolve_span(g, c, d, (uint32_t)(at - gulf),
                                          (uint32_t)(at - gulf) + 4, &r));
    NM_CHECK(c && !nm_places_resolve_span(g, c, d, (uint32_t)(un - gulf),
                                          (uint32_t)(un - gulf) + 5, &r));
    /* an airport: the city it is named for */
    const char *ap = strstr(gulf, "Tulsa");
    NM_CHECK(c && nm_places_resolve_span(g, c, d, (uint32_t)(ap - gulf),
                                         (uint32_t)(ap - gulf) + 27, &r) &&
             r.admin1 && !strcmp(r.admin1, "Oklahoma"));
    /* a part named by a direction: the whole */
    const char *oh = strstr(gulf, "Northeast Ohio");
    NM_CHECK(c && nm_places_resolve_span(g, c, d, (uint32_t)(oh - gulf),
                                         (uint32_t)(oh - gulf) + 14, &r) &&
             r.kind == NM_GEO_ADMIN1 && !strcmp(r.name, "Ohio"));
    const char *so = strstr(gulf, "South"); /* no region of Cameroon */
    NM_CHECK(c && !nm_places_resolve_span(g, c, d, (uint32_t)(so - gulf),
                                          (uint32_t)(so - gulf) + 5, &r));
    NM_CHECK(c && nm_places_resolve_span(g, c, d, (uint32_t)(nj - gulf),
                                         (uint32_t)(nj - gulf) + 5, &r) &&
             !strcmp(r.iso3, "USA") && r.admin1 && !strcmp(r.admin1, "New Jersey"));
    nm_places_context_free(c);
  }
  nm_doc_free(d);
  nm_pipeline_free(p);
  nm_geonames_free(g);
}

int main(void) {
  NM_RUN(test_keys);
  NM_RUN(test_distance);
  NM_RUN(test_build_and_lookup);
  NM_RUN(test_bad_input_rejected);
  NM_RUN(test_damaged_tables);
  NM_RUN(test_paris_texas);
  NM_RUN(test_country_focus_and_regions);
  NM_RUN(test_json);
  NM_RUN(test_town_found_with_its_country);
  NM_RUN(test_town_not_found_elsewhere);
  NM_RUN(test_town_never_overrides_a_name);
  NM_RUN(test_towns_do_not_vote);
  NM_RUN(test_shipped);
  NM_TEST_MAIN_END();
}
