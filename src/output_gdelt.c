/* output_gdelt.c - a document's events as GDELT 2.0 Events rows: 61
 * tab-separated fields, one row per event, no header (docs/output.md,
 * "GDELT export"). Fields we have no value for are left empty.
 *
 * The tables below come from the shared data and are rebuilt by:
 *   countries: awk -F'\t' '!/^#/ && $2 != "" {sub(/ +$/,"",$5); printf
 *     "{\"%s\", \"%s\", %s, \"%s\"},\n", $2, $4, $17, $5}'
 *     geo/geonames/countryInfo.tsv | LC_ALL=C sort
 *   role types, known groups, religions: tail -n +2 CAMEO.X.txt | cut -f1 |
 *     LC_ALL=C sort -u | tr '\n' ' '   (events/moxious__gdelt, X = type,
 *     knowngroup, religion) */
#include "doc.h"
#include "error.h"
#include "output_buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* GeoNames' countries: ISO 3166 alpha-3, FIPS 10-4 (GDELT's geographic
 * country code; "" where GeoNames has none), the country's geonameid and
 * its English name. Sorted by ISO3. */
typedef struct country {
  const char iso3[4], fips[3];
  uint32_t geonameid;
  const char *name;
} country;

static const country countries[] = {
    {"ABW", "AA", 3577279, "Aruba"},
    {"AFG", "AF", 1149361, "Afghanistan"},
    {"AGO", "AO", 3351879, "Angola"},
    {"AIA", "AV", 3573511, "Anguilla"},
    {"ALA", "", 661882, "Aland Islands"},
    {"ALB", "AL", 783754, "Albania"},
    {"AND", "AN", 3041565, "Andorra"},
    {"ANT", "NT", 8505032, "Netherlands Antilles"},
    {"ARE", "AE", 290557, "United Arab Emirates"},
    {"ARG", "AR", 3865483, "Argentina"},
    {"ARM", "AM", 174982, "Armenia"},
    {"ASM", "AQ", 5880801, "American Samoa"},
    {"ATA", "AY", 6697173, "Antarctica"},
    {"ATF", "FS", 1546748, "French Southern Territories"},
    {"ATG", "AC", 3576396, "Antigua and Barbuda"},
    {"AUS", "AS", 2077456, "Australia"},
    {"AUT", "AU", 2782113, "Austria"},
    {"AZE", "AJ", 587116, "Azerbaijan"},
    {"BDI", "BY", 433561, "Burundi"},
    {"BEL", "BE", 2802361, "Belgium"},
    {"BEN", "BN", 2395170, "Benin"},
    {"BES", "", 7626844, "Bonaire, Saint Eustatius and Saba"},
    {"BFA", "UV", 2361809, "Burkina Faso"},
    {"BGD", "BG", 1210997, "Bangladesh"},
    {"BGR", "BU", 732800, "Bulgaria"},
    {"BHR", "BA", 290291, "Bahrain"},
    {"BHS", "BF", 3572887, "Bahamas"},
    {"BIH", "BK", 3277605, "Bosnia and Herzegovina"},
    {"BLM", "TB", 3578476, "Saint Barthelemy"},
    {"BLR", "BO", 630336, "Belarus"},
    {"BLZ", "BH", 3582678, "Belize"},
    {"BMU", "BD", 3573345, "Bermuda"},
    {"BOL", "BL", 3923057, "Bolivia"},
    {"BRA", "BR", 3469034, "Brazil"},
    {"BRB", "BB", 3374084, "Barbados"},
    {"BRN", "BX", 1820814, "Brunei"},
    {"BTN", "BT", 1252634, "Bhutan"},
    {"BVT", "BV", 3371123, "Bouvet Island"},
    {"BWA", "BC", 933860, "Botswana"},
    {"CAF", "CT", 239880, "Central African Republic"},
    {"CAN", "CA", 6251999, "Canada"},
    {"CCK", "CK", 1547376, "Cocos Islands"},
    {"CHE", "SZ", 2658434, "Switzerland"},
    {"CHL", "CI", 3895114, "Chile"},
    {"CHN", "CH", 1814991, "China"},
    {"CIV", "IV", 2287781, "Ivory Coast"},
    {"CMR", "CM", 2233387, "Cameroon"},
    {"COD", "CG", 203312, "Democratic Republic of the Congo"},
    {"COG", "CF", 2260494, "Republic of the Congo"},
    {"COK", "CW", 1899402, "Cook Islands"},
    {"COL", "CO", 3686110, "Colombia"},
    {"COM", "CN", 921929, "Comoros"},
    {"CPV", "CV", 3374766, "Cabo Verde"},
    {"CRI", "CS", 3624060, "Costa Rica"},
    {"CUB", "CU", 3562981, "Cuba"},
    {"CUW", "UC", 7626836, "Curacao"},
    {"CXR", "KT", 2078138, "Christmas Island"},
    {"CYM", "CJ", 3580718, "Cayman Islands"},
    {"CYP", "CY", 146669, "Cyprus"},
    {"CZE", "EZ", 3077311, "Czechia"},
    {"DEU", "GM", 2921044, "Germany"},
    {"DJI", "DJ", 223816, "Djibouti"},
    {"DMA", "DO", 3575830, "Dominica"},
    {"DNK", "DA", 2623032, "Denmark"},
    {"DOM", "DR", 3508796, "Dominican Republic"},
    {"DZA", "AG", 2589581, "Algeria"},
    {"ECU", "EC", 3658394, "Ecuador"},
    {"EGY", "EG", 357994, "Egypt"},
    {"ERI", "ER", 338010, "Eritrea"},
    {"ESH", "WI", 2461445, "Western Sahara"},
    {"ESP", "SP", 2510769, "Spain"},
    {"EST", "EN", 453733, "Estonia"},
    {"ETH", "ET", 337996, "Ethiopia"},
    {"FIN", "FI", 660013, "Finland"},
    {"FJI", "FJ", 2205218, "Fiji"},
    {"FLK", "FK", 3474414, "Falkland Islands"},
    {"FRA", "FR", 3017382, "France"},
    {"FRO", "FO", 2622320, "Faroe Islands"},
    {"FSM", "FM", 2081918, "Micronesia"},
    {"GAB", "GB", 2400553, "Gabon"},
    {"GBR", "UK", 2635167, "United Kingdom"},
    {"GEO", "GG", 614540, "Georgia"},
    {"GGY", "GK", 3042362, "Guernsey"},
    {"GHA", "GH", 2300660, "Ghana"},
    {"GIB", "GI", 2411586, "Gibraltar"},
    {"GIN", "GV", 2420477, "Guinea"},
    {"GLP", "GP", 3579143, "Guadeloupe"},
    {"GMB", "GA", 2413451, "Gambia"},
    {"GNB", "PU", 2372248, "Guinea-Bissau"},
    {"GNQ", "EK", 2309096, "Equatorial Guinea"},
    {"GRC", "GR", 390903, "Greece"},
    {"GRD", "GJ", 3580239, "Grenada"},
    {"GRL", "GL", 3425505, "Greenland"},
    {"GTM", "GT", 3595528, "Guatemala"},
    {"GUF", "FG", 3381670, "French Guiana"},
    {"GUM", "GQ", 4043988, "Guam"},
    {"GUY", "GY", 3378535, "Guyana"},
    {"HKG", "HK", 1819730, "Hong Kong"},
    {"HMD", "HM", 1547314, "Heard Island and McDonald Islands"},
    {"HND", "HO", 3608932, "Honduras"},
    {"HRV", "HR", 3202326, "Croatia"},
    {"HTI", "HA", 3723988, "Haiti"},
    {"HUN", "HU", 719819, "Hungary"},
    {"IDN", "ID", 1643084, "Indonesia"},
    {"IMN", "IM", 3042225, "Isle of Man"},
    {"IND", "IN", 1269750, "India"},
    {"IOT", "IO", 1282588, "British Indian Ocean Territory"},
    {"IRL", "EI", 2963597, "Ireland"},
    {"IRN", "IR", 130758, "Iran"},
    {"IRQ", "IZ", 99237, "Iraq"},
    {"ISL", "IC", 2629691, "Iceland"},
    {"ISR", "IS", 294640, "Israel"},
    {"ITA", "IT", 3175395, "Italy"},
    {"JAM", "JM", 3489940, "Jamaica"},
    {"JEY", "JE", 3042142, "Jersey"},
    {"JOR", "JO", 248816, "Jordan"},
    {"JPN", "JA", 1861060, "Japan"},
    {"KAZ", "KZ", 1522867, "Kazakhstan"},
    {"KEN", "KE", 192950, "Kenya"},
    {"KGZ", "KG", 1527747, "Kyrgyzstan"},
    {"KHM", "CB", 1831722, "Cambodia"},
    {"KIR", "KR", 4030945, "Kiribati"},
    {"KNA", "SC", 3575174, "Saint Kitts and Nevis"},
    {"KOR", "KS", 1835841, "South Korea"},
    {"KWT", "KU", 285570, "Kuwait"},
    {"LAO", "LA", 1655842, "Laos"},
    {"LBN", "LE", 272103, "Lebanon"},
    {"LBR", "LI", 2275384, "Liberia"},
    {"LBY", "LY", 2215636, "Libya"},
    {"LCA", "ST", 3576468, "Saint Lucia"},
    {"LIE", "LS", 3042058, "Liechtenstein"},
    {"LKA", "CE", 1227603, "Sri Lanka"},
    {"LSO", "LT", 932692, "Lesotho"},
    {"LTU", "LH", 597427, "Lithuania"},
    {"LUX", "LU", 2960313, "Luxembourg"},
    {"LVA", "LG", 458258, "Latvia"},
    {"MAC", "MC", 1821275, "Macao"},
    {"MAF", "RN", 3578421, "Saint Martin"},
    {"MAR", "MO", 2542007, "Morocco"},
    {"MCO", "MN", 2993457, "Monaco"},
    {"MDA", "MD", 617790, "Moldova"},
    {"MDG", "MA", 1062947, "Madagascar"},
    {"MDV", "MV", 1282028, "Maldives"},
    {"MEX", "MX", 3996063, "Mexico"},
    {"MHL", "RM", 2080185, "Marshall Islands"},
    {"MKD", "MK", 718075, "North Macedonia"},
    {"MLI", "ML", 2453866, "Mali"},
    {"MLT", "MT", 2562770, "Malta"},
    {"MMR", "BM", 1327865, "Myanmar"},
    {"MNE", "MJ", 3194884, "Montenegro"},
    {"MNG", "MG", 2029969, "Mongolia"},
    {"MNP", "CQ", 4041468, "Northern Mariana Islands"},
    {"MOZ", "MZ", 1036973, "Mozambique"},
    {"MRT", "MR", 2378080, "Mauritania"},
    {"MSR", "MH", 3578097, "Montserrat"},
    {"MTQ", "MB", 3570311, "Martinique"},
    {"MUS", "MP", 934292, "Mauritius"},
    {"MWI", "MI", 927384, "Malawi"},
    {"MYS", "MY", 1733045, "Malaysia"},
    {"MYT", "MF", 1024031, "Mayotte"},
    {"NAM", "WA", 3355338, "Namibia"},
    {"NCL", "NC", 2139685, "New Caledonia"},
    {"NER", "NG", 2440476, "Niger"},
    {"NFK", "NF", 2155115, "Norfolk Island"},
    {"NGA", "NI", 2328926, "Nigeria"},
    {"NIC", "NU", 3617476, "Nicaragua"},
    {"NIU", "NE", 4036232, "Niue"},
    {"NLD", "NL", 2750405, "The Netherlands"},
    {"NOR", "NO", 3144096, "Norway"},
    {"NPL", "NP", 1282988, "Nepal"},
    {"NRU", "NR", 2110425, "Nauru"},
    {"NZL", "NZ", 2186224, "New Zealand"},
    {"OMN", "MU", 286963, "Oman"},
    {"PAK", "PK", 1168579, "Pakistan"},
    {"PAN", "PM", 3703430, "Panama"},
    {"PCN", "PC", 4030699, "Pitcairn"},
    {"PER", "PE", 3932488, "Peru"},
    {"PHL", "RP", 1694008, "Philippines"},
    {"PLW", "PS", 1559582, "Palau"},
    {"PNG", "PP", 2088628, "Papua New Guinea"},
    {"POL", "PL", 798544, "Poland"},
    {"PRI", "RQ", 4566966, "Puerto Rico"},
    {"PRK", "KN", 1873107, "North Korea"},
    {"PRT", "PO", 2264397, "Portugal"},
    {"PRY", "PA", 3437598, "Paraguay"},
    {"PSE", "WE", 6254930, "Palestinian Territory"},
    {"PYF", "FP", 4030656, "French Polynesia"},
    {"QAT", "QA", 289688, "Qatar"},
    {"REU", "RE", 935317, "Reunion"},
    {"ROU", "RO", 798549, "Romania"},
    {"RUS", "RS", 2017370, "Russia"},
    {"RWA", "RW", 49518, "Rwanda"},
    {"SAU", "SA", 102358, "Saudi Arabia"},
    {"SCG", "YI", 8505033, "Serbia and Montenegro"},
    {"SDN", "SU", 366755, "Sudan"},
    {"SEN", "SG", 2245662, "Senegal"},
    {"SGP", "SN", 1880251, "Singapore"},
    {"SGS", "SX", 3474415, "South Georgia and the South Sandwich Islands"},
    {"SHN", "SH", 3370751, "Saint Helena"},
    {"SJM", "SV", 607072, "Svalbard and Jan Mayen"},
    {"SLB", "BP", 2103350, "Solomon Islands"},
    {"SLE", "SL", 2403846, "Sierra Leone"},
    {"SLV", "ES", 3585968, "El Salvador"},
    {"SMR", "SM", 3168068, "San Marino"},
    {"SOM", "SO", 51537, "Somalia"},
    {"SPM", "SB", 3424932, "Saint Pierre and Miquelon"},
    {"SRB", "RI", 6290252, "Serbia"},
    {"SSD", "OD", 7909807, "South Sudan"},
    {"STP", "TP", 2410758, "Sao Tome and Principe"},
    {"SUR", "NS", 3382998, "Suriname"},
    {"SVK", "LO", 3057568, "Slovakia"},
    {"SVN", "SI", 3190538, "Slovenia"},
    {"SWE", "SW", 2661886, "Sweden"},
    {"SWZ", "WZ", 934841, "Eswatini"},
    {"SXM", "NN", 7609695, "Sint Maarten"},
    {"SYC", "SE", 241170, "Seychelles"},
    {"SYR", "SY", 163843, "Syria"},
    {"TCA", "TK", 3576916, "Turks and Caicos Islands"},
    {"TCD", "CD", 2434508, "Chad"},
    {"TGO", "TO", 2363686, "Togo"},
    {"THA", "TH", 1605651, "Thailand"},
    {"TJK", "TI", 1220409, "Tajikistan"},
    {"TKL", "TL", 4031074, "Tokelau"},
    {"TKM", "TX", 1218197, "Turkmenistan"},
    {"TLS", "TT", 1966436, "Timor Leste"},
    {"TON", "TN", 4032283, "Tonga"},
    {"TTO", "TD", 3573591, "Trinidad and Tobago"},
    {"TUN", "TS", 2464461, "Tunisia"},
    {"TUR", "TU", 298795, "Turkey"},
    {"TUV", "TV", 2110297, "Tuvalu"},
    {"TWN", "TW", 1668284, "Taiwan"},
    {"TZA", "TZ", 149590, "Tanzania"},
    {"UGA", "UG", 226074, "Uganda"},
    {"UKR", "UP", 690791, "Ukraine"},
    {"UMI", "", 5854968, "United States Minor Outlying Islands"},
    {"URY", "UY", 3439705, "Uruguay"},
    {"USA", "US", 6252001, "United States"},
    {"UZB", "UZ", 1512440, "Uzbekistan"},
    {"VAT", "VT", 3164670, "Vatican"},
    {"VCT", "VC", 3577815, "Saint Vincent and the Grenadines"},
    {"VEN", "VE", 3625428, "Venezuela"},
    {"VGB", "VI", 3577718, "British Virgin Islands"},
    {"VIR", "VQ", 4796775, "U.S. Virgin Islands"},
    {"VNM", "VM", 1562822, "Vietnam"},
    {"VUT", "NH", 2134431, "Vanuatu"},
    {"WLF", "WF", 4034749, "Wallis and Futuna"},
    {"WSM", "WS", 4034894, "Samoa"},
    {"XKX", "KV", 831053, "Kosovo"},
    {"YEM", "YM", 69543, "Yemen"},
    {"ZAF", "SF", 953987, "South Africa"},
    {"ZMB", "ZA", 895949, "Zambia"},
    {"ZWE", "ZI", 878675, "Zimbabwe"}};

/* CAMEO actor code parts, 3 letters each, space-separated. */
static const char role_types[] =
    "AGR AMN BUS COP CRM CVL DEV EDU ELI ENV GOV GRP HLH HRI IGO IMG INS INT IRC JUD LAB LEG MED "
    "MIL MNC MOD NGM NGO OPP PKO RAD REB REF SEP SET SPY UAF UIS UNO ";
static const char known_groups[] =
    "AAM ABD ACC ADB AEU AFB ALQ AMF AML AMN AMU ANO APE ARL ASL ASN ATD BCA BIS BTH CEM CFA CIS "
    "CMN COE CPA CPC CRC CSS CWN DFL EBR ECA EEC EFT ENN FAO FID FIS FLN FTA GCC GIA GOE GOS GSP "
    "GSS HCH HCR HEZ HIP HMS HRW IAC IAD IAE IAF ICC ICG ICJ ICO IDB IGC IHF ILO IMF IOM IPU IRC "
    "ISJ ITP JUR KDP KID LBA LKD MBR MRZ MSF MSP NAT NEP NON OAS OAU OIC OPC PAP PFL PLF PLO PLS "
    "PMD PRC PSE RCR RND SAA SAD SCE SHA SOT TAL UEM UNO WAD WAM WAS WBK WCT WEF WFP WHO WTO XFM ";
static const char religions[] = "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW "
                                "JHW LDS MOS MRN NRM PAG PRO SFI SHI SHN SIK SUN TAO UDX ZRO ";

static bool in_list(const char *list, const char *part) {
  for (const char *p = list; *p; p += 4)
    if (memcmp(p, part, 3) == 0) return true;
  return false;
}

static int cmp_country(const void *key, const void *elem) {
  return memcmp(key, ((const country *)elem)->iso3, 3);
}

/* The country of an ISO3 code (3 bytes at iso3), or NULL. */
static const country *country_of(const char *iso3) {
  if (!iso3 || strnlen(iso3, 3) < 3) return NULL;
  if (!memcmp(iso3, "KSV", 3)) iso3 = "XKX"; /* the CAMEO files' Kosovo */
  return bsearch(iso3, countries, sizeof countries / sizeof *countries, sizeof *countries,
                 cmp_country);
}

/* --- Fields ------------------------------------------------------------ */

static void tab(nm_obuf *o) { nm_obuf_put(o, "\t", 1); }

/* Text as one field: tabs, line breaks and other control bytes become
 * spaces; upper: ASCII letters upper-cased. */
static void put_field(nm_obuf *o, const char *s, size_t n, bool upper) {
  char buf[256];
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7F) c = ' ';
    if (upper && c >= 'a' && c <= 'z') c = (unsigned char)(c - 'a' + 'A');
    buf[k++] = (char)c;
    if (k == sizeof buf) {
      nm_obuf_put(o, buf, k);
      k = 0;
    }
  }
  nm_obuf_put(o, buf, k);
}

static void put_str(nm_obuf *o, const char *s) {
  if (s) put_field(o, s, strlen(s), false);
}

static void put_fmt_double(nm_obuf *o, const char *fmt, double v) {
  char b[64];
  int n = snprintf(b, sizeof b, fmt, v);
  if (n > 0 && (size_t)n < sizeof b) nm_obuf_put(o, b, (size_t)n);
}

/* An actor code split as GDELT splits it, into 3-letter parts. */
typedef struct actor_parts {
  char country[4], group[4], religion[2][4], type[3][4];
} actor_parts;

/* The first part is the country when it is an ISO3 code; every other part
 * (and a first that is not a country) is a known group, a religion or a
 * role type, first come first kept. Codes whose length is not a multiple
 * of 3, or with other bytes than A-Z and '-' ("FRO/BIL/SAM", a quoted new
 * actor), are not split. */
static void split_code(const char *code, actor_parts *a) {
  memset(a, 0, sizeof *a);
  size_t n = code ? strlen(code) : 0;
  if (n % 3) return;
  for (size_t i = 0; i < n; i++)
    if (!((code[i] >= 'A' && code[i] <= 'Z') || code[i] == '-')) return;
  size_t nr = 0, nt = 0;
  for (size_t i = 0; i < n; i += 3) {
    const char *p = code + i;
    char *slot = NULL;
    if (i == 0 && country_of(p))
      slot = a->country;
    else if (!a->group[0] && in_list(known_groups, p))
      slot = a->group;
    else if (nr < 2 && in_list(religions, p))
      slot = a->religion[nr++];
    else if (nt < 3 && in_list(role_types, p))
      slot = a->type[nt++];
    if (slot) memcpy(slot, p, 3);
  }
}

/* Actor1 or Actor2: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
 * Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. */
static void put_actor(nm_obuf *o, const nm_doc *d, const char *code, uint32_t entity,
                      nm_span span) {
  size_t ne, len;
  const nm_entity *ents = nm_doc_entities(d, &ne);
  const char *text = nm_doc_text(d, &len);
  put_str(o, code);
  tab(o);
  if (entity < ne && ents[entity].name)
    put_field(o, ents[entity].name, strlen(ents[entity].name), true);
  else if (span.end > span.start && span.end <= len)
    put_field(o, text + span.start, span.end - span.start, true);
  actor_parts a;
  split_code(code, &a);
  const char *parts[9] = {a.country, a.group,   "",        a.religion[0], a.religion[1],
                          a.type[0], a.type[1], a.type[2], NULL};
  for (int i = 0; parts[i]; i++) {
    tab(o);
    put_str(o, parts[i]);
  }
}

/* A place as GDELT's 8 geographic fields: Type, FullName, CountryCode
 * (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID. NULL: all empty. */
static void put_geo(nm_obuf *o, const nm_place *pl) {
  if (!pl) {
    nm_obuf_put(o, "\t\t\t\t\t\t\t", 7);
    return;
  }
  const country *c = country_of(pl->country);
  bool usa = c && memcmp(c->iso3, "USA", 3) == 0;
  int type = 0;
  if (c && pl->geonameid && pl->geonameid == c->geonameid)
    type = 1;
  else if (pl->geonameid && pl->admin1 && pl->name && strcmp(pl->admin1, pl->name) == 0)
    type = usa ? 2 : 5;
  else if (pl->geonameid || pl->admin1) /* a town of cities1000: no id, a division */
    type = usa ? 3 : 4;
  if (type) nm_obuf_u64(o, (uint64_t)type);
  tab(o);
  /* "Country", "State, Country", "City, State, Country" */
  const char *name[3] = {type == 1                ? NULL
                         : type == 2 || type == 5 ? pl->admin1
                                                  : pl->name,
                         type == 1 || type == 2 || type == 5 ? NULL : pl->admin1,
                         c           ? c->name
                         : type == 1 ? pl->name
                                     : NULL};
  if (type == 0) name[0] = pl->name;
  bool first = true;
  for (int i = 0; i < 3; i++) {
    if (!name[i] || !name[i][0]) continue;
    if (!first) nm_obuf_put(o, ", ", 2);
    put_str(o, name[i]);
    first = false;
  }
  tab(o);
  if (c) put_str(o, c->fips);
  tab(o);
  if (c && type == 1) put_str(o, c->fips);
  nm_obuf_put(o, "\t\t", 2);
  put_fmt_double(o, "%.5f", pl->lat);
  tab(o);
  put_fmt_double(o, "%.5f", pl->lon);
  tab(o);
  if (type == 1)
    put_str(o, c->fips);
  else if (pl->geonameid)
    nm_obuf_u64(o, pl->geonameid);
}

/* The place of an actor: the entity's own place (an entity that names a
 * place), else the place that is its country, when the document has it. */
static const nm_place *actor_place(const nm_doc *d, uint32_t entity, const char *code) {
  size_t np, nm, ne;
  const nm_place *pl = nm_doc_places(d, &np);
  const nm_mention *m = nm_doc_mentions(d, &nm);
  const nm_entity *ents = nm_doc_entities(d, &ne);
  for (size_t i = 0; entity < ne && i < np; i++)
    for (uint32_t k = 0; k < pl[i].n_mentions; k++)
      if (pl[i].mentions[k] < nm && m[pl[i].mentions[k]].entity == entity) return &pl[i];
  const country *c = entity < ne ? country_of(ents[entity].country) : NULL;
  if (!c) {
    actor_parts a;
    split_code(code, &a);
    c = a.country[0] ? country_of(a.country) : NULL;
  }
  for (size_t i = 0; c && i < np; i++)
    if (pl[i].geonameid == c->geonameid) return &pl[i];
  return NULL;
}

/* GlobalEventID: FNV-1a of the document id (of its text when it has
 * none) and the event's index, mixed (splitmix64's finaliser) and cut to
 * 53 bits, so that it survives a trip through a double. */
static uint64_t event_id(const nm_doc *d, size_t index) {
  size_t n;
  const char *s = nm_doc_meta(d, NM_META_ID, &n);
  if (!s) s = nm_doc_text(d, &n);
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  h ^= (uint64_t)index + 0x9E3779B97F4A7C15ull;
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
  h ^= h >> 31;
  return h & ((1ull << 53) - 1);
}

/* The date fields of "YYYY-MM-DD": SQLDATE, MonthYear, Year, FractionDate
 * (GDELT's ((month - 1) * 30 + day) / 365). All empty without a date. */
static void put_dates(nm_obuf *o, const char *date) {
  if (!date || strlen(date) != 10) {
    nm_obuf_put(o, "\t\t\t", 3);
    return;
  }
  nm_obuf_put(o, date, 4);
  nm_obuf_put(o, date + 5, 2);
  nm_obuf_put(o, date + 8, 2);
  tab(o);
  nm_obuf_put(o, date, 4);
  nm_obuf_put(o, date + 5, 2);
  tab(o);
  nm_obuf_put(o, date, 4);
  tab(o);
  int y = atoi(date), m = atoi(date + 5), dd = atoi(date + 8);
  put_fmt_double(o, "%.4f", y + ((m - 1) * 30 + dd) / 365.0);
}

nm_status nm_write_gdelt(const nm_doc *d, nm_write_fn w, void *ctx, nm_error *err) {
  if (!d || !w) return nm_fail(err, NM_ERR_INVALID, "document or writer is NULL", 0);
  if (!d->processed) return nm_fail(err, NM_ERR_INVALID, "document has not been processed", 0);
  size_t n_ev, n_sent, n_pl;
  const nm_event *ev = nm_doc_events(d, &n_ev);
  if (!n_ev) return NM_OK;
  nm_obuf *o = malloc(sizeof *o); /* 16 KB: too big for a small thread stack */
  if (!o) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  nm_obuf_init(o, w, ctx);
  const nm_sentence *sent = nm_doc_sentences(d, &n_sent);
  const nm_place *places = nm_doc_places(d, &n_pl);
  const nm_tone *tone = nm_doc_tone(d);
  size_t adate_len, url_len;
  const char *adate = nm_doc_meta(d, NM_META_DATE, &adate_len);
  const char *url = nm_doc_meta(d, NM_META_URL, &url_len);
  if (!url) url = nm_doc_meta(d, NM_META_ID, &url_len);
  for (size_t i = 0; i < n_ev && !o->failed; i++) {
    const nm_event *e = &ev[i];
    nm_obuf_u64(o, event_id(d, i));
    tab(o);
    put_dates(o, e->date);
    tab(o);
    put_actor(o, d, e->source_code, e->source, e->source_span);
    tab(o);
    put_actor(o, d, e->target_code, e->target, e->target_span);
    tab(o);
    /* IsRootEvent: the event is told in the lead paragraph */
    nm_obuf_puts(o, e->sentence < n_sent && sent[e->sentence].paragraph == 0 ? "1" : "0");
    tab(o);
    size_t cl = strnlen(e->code, sizeof e->code);
    nm_obuf_put(o, e->code, cl);
    tab(o);
    nm_obuf_put(o, e->code, cl < 3 ? cl : 3);
    tab(o);
    put_str(o, e->root[0] ? e->root : NULL);
    tab(o);
    if (e->quad_class) {
      nm_obuf_u64(o, e->quad_class);
      tab(o);
      put_fmt_double(o, "%.1f", e->goldstein);
    } else {
      tab(o);
    }
    nm_obuf_puts(o, "\t1\t1\t1\t");
    if (tone) put_fmt_double(o, "%.6f", tone->tone);
    tab(o);
    put_geo(o, actor_place(d, e->source, e->source_code));
    tab(o);
    put_geo(o, actor_place(d, e->target, e->target_code));
    tab(o);
    put_geo(o, e->place < n_pl ? &places[e->place] : NULL);
    tab(o);
    if (adate && adate_len == 10) {
      nm_obuf_put(o, adate, 4);
      nm_obuf_put(o, adate + 5, 2);
      nm_obuf_put(o, adate + 8, 2);
      nm_obuf_puts(o, "000000");
    }
    tab(o);
    if (url) put_field(o, url, url_len, false);
    nm_obuf_put(o, "\n", 1);
  }
  nm_obuf_flush(o);
  bool failed = o->failed;
  free(o);
  return failed ? nm_fail(err, NM_ERR_IO, "writing GDELT rows failed", 0) : NM_OK;
}
