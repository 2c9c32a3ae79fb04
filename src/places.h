/* places.h - stage "places": GPE and LOC entities resolved to GeoNames
 * from a compiled table (dict/geonames.nmm, kind "GEON"). Internal. See
 * docs/places.md.
 *
 * The table (places_table.c) holds records (countries, curated regions,
 * first- and second-level divisions, cities) and names that point at them.
 * Names are looked up by a normalised key (nm_place_key()): case, accents,
 * dots, apostrophes and hyphens do not count. Towns (places of cities1000
 * under names no other record has) are kept compactly apart. The resolver (places.c)
 * picks one record per toponym from its candidates by population, kind,
 * the article's country and division focus, and the words around it
 * ("Paris, Texas"). */
#ifndef NM_PLACES_H
#define NM_PLACES_H

#include "doc.h"
#include "model.h"
#include "output_buf.h"

#define NM_GEONAMES_KIND NM_FOURCC('G', 'E', 'O', 'N')

typedef struct nm_geonames nm_geonames;

nm_geonames *nm_geonames_open(const char *path, nm_error *err);
/* buf must outlive the table. */
nm_geonames *nm_geonames_open_mem(const unsigned char *buf, size_t len, nm_error *err);
void nm_geonames_free(nm_geonames *g);

/* Record kinds. */
enum {
  NM_GEO_COUNTRY = 1, /* a country or territory of countryInfo */
  NM_GEO_REGION,      /* a region of the team's curated table (Middle East, Sahel) */
  NM_GEO_ADMIN1,      /* a first-level division (Texas, Bavaria, Gaza Strip) */
  NM_GEO_ADMIN2,      /* a second-level division (Harris County, Kent) */
  NM_GEO_CITY,        /* a populated place of cities15000 */
  NM_GEO_TOWN,        /* a populated place of cities1000 below cities15000, under a name
                         no other record has: no geonameid (0) or population (0); taken
                         only when the article supports it, and never a vote or qualifier */
  NM_GEO_KIND_MAX = NM_GEO_TOWN
};

/* Record flags. */
enum {
  NM_GEO_CAPITAL = 1u << 0, /* a country's capital (PPLC, or countryInfo's capital) */
  NM_GEO_SEAT = 1u << 1,    /* the seat of a first-level division (PPLA) */
  NM_GEO_SECTION = 1u << 2, /* a section of a city (PPLX) */
  NM_GEO_CURATED = 1u << 3, /* its point comes from the team's region table */
  NM_GEO_FLAG_BITS = 0xF
};

/* How a name names its record; a smaller value is a surer name. */
enum {
  NM_GEO_HOW_NAME = 0, /* GeoNames name or ASCII name, a country's own names */
  NM_GEO_HOW_ALIAS,    /* a team-written English form ("New York", "Gaza") */
  NM_GEO_HOW_ALT,      /* a GeoNames alternate name kept as an English exonym */
  NM_GEO_HOW_DEMONYM,  /* a demonym of a country ("Turkish", "Israelis") */
  NM_GEO_HOW_ABBR,     /* an abbreviation ("Tex.", "TX", "D.C."): taken only when the
                          text has a dot or no lower-case letter */
  NM_GEO_HOW_MAX = NM_GEO_HOW_ABBR
};

/* One record, decoded. Strings point into the table. */
typedef struct nm_geo_entry {
  uint32_t index; /* record index */
  uint32_t geonameid; /* 0 for a curated region and a town */
  uint32_t population; /* a division: the people of its cities15000 places */
  double lat, lon;
  const char *name;   /* GeoNames name (UTF-8) */
  const char *admin1; /* the first-level division's name, or NULL */
  uint32_t admin1_index; /* its record, or UINT32_MAX */
  uint32_t country;      /* country table index, or UINT32_MAX */
  char iso3[4];          /* ISO 3166 alpha-3, or "" */
  unsigned kind, flags;
} nm_geo_entry;

/* A candidate of a lookup: a record and how the name names it. */
typedef struct nm_geo_hit {
  uint32_t rec;
  unsigned how;
} nm_geo_hit;

/* Number of records. */
size_t nm_geonames_count(const nm_geonames *g);
/* Number of countries (country table entries). */
size_t nm_geonames_countries(const nm_geonames *g);
/* Whether record i is a town (NM_GEO_TOWN), without decoding it. */
int nm_geonames_is_town(const nm_geonames *g, uint32_t i);
/* Decodes record i; 0 when i is out of range. */
int nm_geonames_get(const nm_geonames *g, uint32_t i, nm_geo_entry *e);
/* The country table index of an ISO3 code, or UINT32_MAX. */
uint32_t nm_geonames_country(const nm_geonames *g, const char *iso3);

/* Looks up the name s[0..n) (normalised with nm_place_key()). Writes at
 * most cap hits and returns how many the name has (possibly more than
 * cap). Allocates nothing. */
size_t nm_geonames_lookup(const nm_geonames *g, const char *s, size_t n, nm_geo_hit *out,
                          size_t cap);

/* The lookup key of a name: ASCII letters lower-cased; Latin letters with
 * diacritics (U+00C0-U+017F and a few more) folded to their base letters;
 * dots and apostrophes dropped; hyphens, dashes, commas and white space
 * runs become one space; a leading "the" is dropped; the words st, ste, mt
 * and ft become saint, sainte, mount and fort. Writes at most cap - 1 bytes
 * and a NUL; returns the key's length, or 0 when it is empty or does not
 * fit. */
size_t nm_place_key(const char *s, size_t n, char *out, size_t cap);

/* Great-circle distance in kilometres (haversine, mean Earth radius). */
double nm_geo_distance_km(double lat1, double lon1, double lat2, double lon2);

/* --- Building (newsmill build geonames; tests) ---------------------- */

/* A record to compile. Towns (NM_GEO_TOWN) come after all other records,
 * with geonameid, population and flags 0 and a country (iso3) that has a
 * country record; admin1, when given, is a division of that country. */
typedef struct nm_geo_rec_in {
  uint32_t geonameid;
  double lat, lon;         /* degrees; stored to 1e-5 */
  uint64_t population;     /* clamped to 2^32 - 1 */
  const char *name;        /* UTF-8, no NUL inside */
  char iso3[4];            /* "" or three capital letters */
  int64_t admin1;          /* index of its first-level division's record in the input, or -1 */
  unsigned kind, flags;    /* NM_GEO_* */
} nm_geo_rec_in;

/* A name to compile. */
typedef struct nm_geo_name_in {
  const char *text; /* as written; normalised by the builder */
  uint32_t rec;     /* index into the records */
  unsigned how;     /* NM_GEO_HOW_* */
} nm_geo_name_in;

/* Compiles records and names into a table file at path (or, when path is
 * NULL, into *out, which the caller frees with nm_bytes_free()). Records
 * keep their order; names are keyed with nm_place_key() (a name whose key
 * is empty is skipped), merged per key and record (the surest how wins)
 * and sorted. The output depends only on the inputs. NM_ERR_INVALID for a
 * bad record or name (err->pos: its index). */
nm_status nm_geonames_write(const char *path, nm_bytes *out, const nm_geo_rec_in *recs, size_t nr,
                            const nm_geo_name_in *names, size_t nn, nm_error *err);

/* --- Resolution ----------------------------------------------------- */

/* What the whole article says about where it is: its countries and
 * divisions (from its GPE, LOC and NORP entities and its dateline), and
 * the qualifiers its toponyms carry ("Paris, Texas"). Built once per
 * document after coref; read-only afterwards. */
typedef struct nm_places_ctx nm_places_ctx;

/* NULL when out of memory. */
nm_places_ctx *nm_places_context_new(const nm_geonames *g, const nm_doc *d);
void nm_places_context_free(nm_places_ctx *c);

/* Resolves the toponym d->text[start, end) in the document's context: its
 * text (with the fallbacks of docs/places.md: "southern Gaza", "Helmand
 * Province"), a qualifier after it (", Texas") or before it ("Atlanta, "),
 * qualifiers of the same name elsewhere in the article, and the article's
 * focus; towns by the same rules as nm_places_resolve() (none for a span
 * a LOC mention overlaps). Returns 1 and fills *e, or 0 when the table has
 * no candidate or only towns the article does not support. */
int nm_places_resolve_span(const nm_geonames *g, const nm_places_ctx *c, const nm_doc *d,
                           uint32_t start, uint32_t end, nm_geo_entry *e);

/* Fills d->places from the document's GPE and LOC entities (after coref):
 * each entity's name mentions resolve together; entities that resolve to
 * the same record share one place. NM_ERR_NOMEM on out of memory. */
nm_status nm_places_resolve(const nm_geonames *g, nm_doc *d);

/* Writes ,"places":[...] (docs/places.md). */
void nm_json_places(nm_obuf *o, const nm_doc *d);

#endif
