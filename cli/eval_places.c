/* eval_places.c - `newsmill eval places`: toponym resolution accuracy
 * within 161 km (100 miles) on TR-News, GeoWebNews and LGL
 * ($NEWSMILL_DATA/geo/geoparsing), in two settings:
 *
 *   (a) gold toponyms: every gold toponym that has gold coordinates is
 *       resolved by nm_places_resolve_span() in its article's context (the
 *       article run through the whole pipeline); one the table cannot
 *       resolve counts as wrong. This is the accuracy@161km of geocoding
 *       papers.
 *   (b) end to end: a gold toponym counts as found when a GPE or LOC name
 *       mention of the pipeline overlaps it; it is then right when the
 *       place of that mention lies within 161 km of the gold point.
 *
 * These sets are test data: this command prints totals only, never the
 * individual toponyms. The formats and the alignment of gold offsets are
 * described in docs/places.md.
 *
 * The development set (--gum FILE, a GUM dev or train file; never its test
 * file) has no coordinates: its named place mentions carry Wikipedia
 * identities, and a mention resolved in context is right when the record's
 * GeoNames name is the identity's name (docs/places.md). --errors lists
 * its misses, --matches every mention. */
#include "cli.h"
#include "ner_data.h"
#include "places.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const who = "newsmill eval places";

/* Every set here is test data (../shared/data/README.md: the geoparsing
 * sets have no split), GeoVirus (WikiNews reports of epidemics) included:
 * totals only, no listing of misses. */
enum { S_TRNEWS = 0, S_GWN, S_LGL, S_GEOVIRUS, S_COUNT };
static const struct {
  const char *opt, *label, *file;
  const char *block_tag, *name_tag, *lat_tag, *lon_tag;
} sets[S_COUNT] = {
    {"trnews", "TR-News", "geo/geoparsing/TR-News.xml", "toponym", "phrase", "lat", "lon"},
    {"gwn", "GeoWebNews", "geo/geoparsing/GWN.xml", "toponym", "extractedName", "latitude",
     "longitude"},
    {"lgl", "LGL", "geo/geoparsing/lgl.xml", "toponym", "phrase", "lat", "lon"},
    {"geovirus", "GeoVirus", "geo/geoparsing/GeoVirus.xml", "location", "name", "lat", "lon"}};

#define KM_LIMIT 161.0

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill eval places [--data DIR] [--only trnews|gwn|lgl|geovirus]...\n"
          "         [--geonames FILE] [--tagger M] [--parser M] [--ner M] [--gazetteer F]\n"
          "         [--min-trnews P] [--min-gwn P] [--min-lgl P] [--min-geovirus P]\n"
          "         [--breakdown]\n"
          "       newsmill eval places --gum FILE [--errors | --matches] [--min-gum P] [models]\n"
          "Floors are percentages of setting (a), gold toponyms resolved in context,\n"
          "accuracy within 161 km. Defaults: $NEWSMILL_DATA (../shared/data), the\n"
          "shipped models and dict/geonames.nmm. --breakdown adds counts by gold\n"
          "feature class and the kind of record chosen (totals only). All four sets are\n"
          "test data: no option lists their misses. --gum FILE is the development set:\n"
          "the named, Wikipedia-linked place mentions of a GUM dev or train file, right\n"
          "when the record's name is the Wikipedia identity's; --errors lists misses,\n"
          "--matches every mention (the right ones marked ok).\n");
}

/* ------------------------------------------------------------------ */
/* Reading the XML files                                               */

/* Classes of gold feature codes (TR-News and LGL give them). */
enum { F_COUNTRY = 0, F_ADM1, F_ADM2, F_CITY, F_OTHER, F_NONE, F_COUNT };
static const char *const fclass_names[F_COUNT] = {"country", "first-level division",
                                                  "second-level division", "populated place",
                                                  "other feature", "no feature code"};

typedef struct gold_top {
  size_t cstart, cend; /* code point offsets, as the files give them */
  char *name;
  double lat, lon;
  int has_id; /* GeoWebNews: a geonamesID is given */
  int fclass;
} gold_top;

static int fclass_of(const char *f) {
  if (!f || !*f) return F_NONE;
  if (!strncmp(f, "PCL", 3)) return F_COUNTRY;
  if (!strcmp(f, "ADM1")) return F_ADM1;
  if (!strcmp(f, "ADM2")) return F_ADM2;
  if (!strncmp(f, "PPL", 3)) return F_CITY;
  return F_OTHER;
}

typedef struct text_buf {
  char *s;
  size_t n, cap;
} text_buf;

static int tb_put(text_buf *t, const char *s, size_t n) {
  if (t->n + n + 1 > t->cap) {
    size_t cap = t->cap ? t->cap : 4096;
    while (cap < t->n + n + 1)
      cap *= 2;
    char *p = realloc(t->s, cap);
    if (!p) return 0;
    t->s = p;
    t->cap = cap;
  }
  memcpy(t->s + t->n, s, n);
  t->n += n;
  t->s[t->n] = '\0';
  return 1;
}

static int tb_cp(text_buf *t, unsigned long cp) {
  char b[4];
  size_t n;
  if (cp < 0x80)
    b[0] = (char)cp, n = 1;
  else if (cp < 0x800)
    b[0] = (char)(0xC0 | cp >> 6), b[1] = (char)(0x80 | (cp & 63)), n = 2;
  else if (cp < 0x10000)
    b[0] = (char)(0xE0 | cp >> 12), b[1] = (char)(0x80 | (cp >> 6 & 63)),
    b[2] = (char)(0x80 | (cp & 63)), n = 3;
  else
    b[0] = (char)(0xF0 | cp >> 18), b[1] = (char)(0x80 | (cp >> 12 & 63)),
    b[2] = (char)(0x80 | (cp >> 6 & 63)), b[3] = (char)(0x80 | (cp & 63)), n = 4;
  return tb_put(t, b, n);
}

/* XML character data s[0..n) with references decoded, or CDATA as is. */
static int xml_text(const char *s, size_t n, text_buf *out) {
  out->n = 0;
  if (!tb_put(out, "", 0)) return 0;
  size_t i = 0;
  while (i < n) {
    if (n - i >= 9 && !memcmp(s + i, "<![CDATA[", 9)) {
      const char *e = NULL;
      for (size_t j = i + 9; j + 3 <= n; j++)
        if (!memcmp(s + j, "]]>", 3)) {
          e = s + j;
          break;
        }
      if (!e) return tb_put(out, s + i + 9, n - i - 9);
      if (!tb_put(out, s + i + 9, (size_t)(e - (s + i + 9)))) return 0;
      i = (size_t)(e - s) + 3;
      continue;
    }
    if (s[i] == '&') {
      size_t j = i + 1;
      while (j < n && j - i < 12 && s[j] != ';')
        j++;
      if (j < n && s[j] == ';') {
        const char *r = s + i + 1;
        size_t l = j - i - 1;
        static const struct {
          const char *name, *text;
        } ents[] = {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}};
        int done = 0;
        for (size_t k = 0; k < 5 && !done; k++)
          if (strlen(ents[k].name) == l && !memcmp(ents[k].name, r, l)) {
            if (!tb_put(out, ents[k].text, 1)) return 0;
            done = 1;
          }
        if (!done && l >= 2 && r[0] == '#') {
          char num[16];
          memcpy(num, r + 1, l - 1);
          num[l - 1] = '\0';
          unsigned long cp = num[0] == 'x' ? strtoul(num + 1, NULL, 16) : strtoul(num, NULL, 10);
          if (cp && cp < 0x110000) {
            if (!tb_cp(out, cp)) return 0;
            done = 1;
          }
        }
        if (done) {
          i = j + 1;
          continue;
        }
      }
    }
    if (!tb_put(out, s + i, 1)) return 0;
    i++;
  }
  return 1;
}

/* The first element <tag> or <tag ...> in s[0..n): its content
 * [*cs, *ce); 0 when absent. A self-closing <tag/> has empty content. */
static int xml_find(const char *s, size_t n, const char *tag, size_t *cs, size_t *ce) {
  size_t l = strlen(tag);
  for (size_t i = 0; i + l + 2 <= n; i++) {
    if (s[i] != '<' || memcmp(s + i + 1, tag, l) != 0) continue;
    char c = s[i + 1 + l];
    if (c != '>' && c != ' ' && c != '/' && c != '\t' && c != '\n') continue;
    size_t j = i + 1 + l;
    while (j < n && s[j] != '>')
      j++;
    if (j >= n) return 0;
    if (s[j - 1] == '/') {
      *cs = *ce = j + 1;
      return 1;
    }
    size_t k = j + 1;
    for (; k + l + 3 <= n; k++)
      if (s[k] == '<' && s[k + 1] == '/' && !memcmp(s + k + 2, tag, l) && s[k + 2 + l] == '>') {
        *cs = j + 1;
        *ce = k;
        return 1;
      }
    return 0;
  }
  return 0;
}

/* The next block <tag ...> ... </tag> at or after *pos; its bounds. */
static int xml_block(const char *s, size_t n, size_t *pos, const char *tag, size_t *bs,
                     size_t *be) {
  size_t l = strlen(tag);
  char open[64], close[64];
  snprintf(open, sizeof open, "<%s", tag);
  snprintf(close, sizeof close, "</%s>", tag);
  for (size_t i = *pos; i + l + 1 < n; i++) {
    if (memcmp(s + i, open, l + 1) != 0 || (s[i + l + 1] != '>' && s[i + l + 1] != ' ')) continue;
    const char *e = NULL;
    for (size_t k = i + l + 1; k + l + 3 <= n; k++)
      if (!memcmp(s + k, close, l + 3)) {
        e = s + k;
        break;
      }
    if (!e) return 0;
    *bs = i;
    *be = (size_t)(e - s) + l + 3;
    *pos = *be;
    return 1;
  }
  return 0;
}

/* The decoded text of element tag in s[0..n), NUL-terminated in out; 0
 * when absent. */
static int xml_field(const char *s, size_t n, const char *tag, text_buf *out) {
  size_t cs, ce;
  if (!xml_find(s, n, tag, &cs, &ce)) return 0;
  if (!xml_text(s + cs, ce - cs, out)) return 0;
  return 1;
}

static void trim(text_buf *t) {
  size_t a = 0, b = t->n;
  while (a < b && strchr(" \t\r\n", t->s[a]))
    a++;
  while (b > a && strchr(" \t\r\n", t->s[b - 1]))
    b--;
  memmove(t->s, t->s + a, b - a);
  t->n = b - a;
  t->s[t->n] = '\0';
}

/* ------------------------------------------------------------------ */
/* Scoring                                                             */

typedef struct counts {
  size_t docs, tokens, gold, gold_id;
  size_t a_resolved, a_right, a_right_id;
  double a_km;
  size_t b_found, b_placed, b_right;
  double b_km;
  size_t misaligned;
  double stage_seconds;
  size_t by_class[F_COUNT], right_by_class[F_COUNT]; /* setting (a) */
  /* setting (a) by gold class and the kind of record chosen (0: none) */
  size_t kinds[F_COUNT][NM_GEO_KIND_MAX + 1], kinds_right[F_COUNT][NM_GEO_KIND_MAX + 1];
} counts;

static int breakdown;

/* Byte offset of every code point of t[0..n), and n at the end. */
static size_t *cp_offsets(const char *t, size_t n, size_t *ncp) {
  size_t *o = malloc((n + 1) * sizeof *o), k = 0;
  if (!o) return NULL;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)t[i] & 0xC0) != 0x80) o[k++] = i;
  o[k] = n;
  *ncp = k;
  return o;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The gold span in bytes: the given code points when they hold the
 * toponym's text, else its nearest occurrence within 64 code points (the
 * TR-News offsets are sometimes a few characters off); 0 when neither. */
static int align(const char *t, const size_t *o, size_t ncp, const gold_top *g, uint32_t *bs,
                 uint32_t *be) {
  size_t l = strlen(g->name);
  for (long d = 0; d <= 64; d++)
    for (int sign = 0; sign < 2; sign++) {
      if (d == 0 && sign) continue;
      long s = (long)g->cstart + (sign ? -d : d);
      if (s < 0 || (size_t)s >= ncp) continue;
      size_t b = o[s];
      if (b + l <= o[ncp] && !memcmp(t + b, g->name, l)) {
        *bs = (uint32_t)b;
        *be = (uint32_t)(b + l);
        return 1;
      }
    }
  return 0;
}

static int eval_doc(const nm_pipeline *p, const nm_geonames *geo, const char *text, size_t len,
                    const gold_top *gt, size_t ng, counts *c) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, len, &e);
  if (!d || nm_process(p, d, &e) != NM_OK) {
    fprintf(stderr, "%s: processing failed: %s\n", who, e.msg ? e.msg : "?");
    nm_doc_free(d);
    return 2;
  }
  size_t nt;
  nm_doc_tokens(d, &nt);
  c->tokens += nt;
  c->docs++;
  double t0 = now();
  nm_status st = nm_places_resolve(geo, d);
  c->stage_seconds += now() - t0;
  nm_places_ctx *ctx = st == NM_OK ? nm_places_context_new(geo, d) : NULL;
  size_t ncp, *o = cp_offsets(text, len, &ncp);
  if (!ctx || !o) {
    fprintf(stderr, "%s: out of memory\n", who);
    nm_places_context_free(ctx);
    free(o);
    nm_doc_free(d);
    return 2;
  }
  size_t nm, np;
  const nm_mention *ms = nm_doc_mentions(d, &nm);
  const nm_place *ps = nm_doc_places(d, &np);
  for (size_t i = 0; i < ng; i++) {
    const gold_top *g = &gt[i];
    uint32_t bs, be;
    c->by_class[g->fclass]++;
    c->gold++;
    c->gold_id += g->has_id;
    if (!align(text, o, ncp, g, &bs, &be)) {
      c->misaligned++;
      continue; /* counts as wrong in both settings */
    }
    nm_geo_entry r;
    int got = nm_places_resolve_span(geo, ctx, d, bs, be, &r);
    c->kinds[g->fclass][got ? r.kind : 0]++;
    if (got) {
      double km = nm_geo_distance_km(g->lat, g->lon, r.lat, r.lon);
      if (km <= KM_LIMIT) c->kinds_right[g->fclass][r.kind]++;
      c->a_resolved++;
      c->a_km += km;
      if (km <= KM_LIMIT) {
        c->right_by_class[g->fclass]++;
        c->a_right++;
        c->a_right_id += g->has_id;
      }
    }
    /* (b): a place mention overlapping the gold span */
    for (size_t k = 0; k < nm; k++) {
      if (ms[k].start >= be || ms[k].end <= bs) continue;
      if ((ms[k].type != NM_ENT_GPE && ms[k].type != NM_ENT_LOC) || ms[k].kind != NM_MENTION_NAME)
        continue;
      const nm_place *hit = NULL;
      for (size_t q = 0; q < np && !hit; q++)
        for (uint32_t m = 0; m < ps[q].n_mentions && !hit; m++)
          if (ps[q].mentions[m] == k) hit = &ps[q];
      c->b_found++;
      if (hit) {
        c->b_placed++;
        double km = nm_geo_distance_km(g->lat, g->lon, hit->lat, hit->lon);
        c->b_km += km;
        if (km <= KM_LIMIT) c->b_right++;
      }
      break;
    }
  }
  nm_places_context_free(ctx);
  free(o);
  nm_doc_free(d);
  return 0;
}

static int eval_set(int s, const char *path, const nm_pipeline *p, const nm_geonames *geo,
                    counts *c) {
  char *buf;
  size_t len;
  if (nm_cli_read_file(path, &buf, &len) != 0) {
    fprintf(stderr, "%s: cannot read %s\n", who, path);
    return 2;
  }
  text_buf text = {0}, f = {0};
  gold_top *gt = NULL;
  size_t cap = 0, pos = 0, as, ae;
  int rc = 0;
  while (!rc && xml_block(buf, len, &pos, "article", &as, &ae)) {
    const char *a = buf + as;
    size_t an = ae - as, ng = 0, tpos = 0, ts, te;
    if (!xml_field(a, an, "text", &text)) continue;
    while (xml_block(a, an, &tpos, sets[s].block_tag, &ts, &te)) {
      const char *t = a + ts;
      size_t tn = te - ts;
      double lat, lon;
      char *end;
      if (!xml_field(t, tn, sets[s].lat_tag, &f) || (trim(&f), !f.n)) continue;
      lat = strtod(f.s, &end);
      if (end == f.s) continue;
      if (!xml_field(t, tn, sets[s].lon_tag, &f) || (trim(&f), !f.n)) continue;
      lon = strtod(f.s, &end);
      if (end == f.s) continue;
      if (!xml_field(t, tn, "start", &f)) continue;
      size_t cs = strtoul(f.s, NULL, 10);
      if (!xml_field(t, tn, "end", &f)) continue;
      size_t ce = strtoul(f.s, NULL, 10);
      int has_id = xml_field(t, tn, "geonamesID", &f) && (trim(&f), f.n > 0);
      if (!xml_field(t, tn, sets[s].name_tag, &f) || !f.n || ce <= cs) continue;
      if (ng == cap) {
        size_t nc = cap ? cap * 2 : 64;
        gold_top *v = realloc(gt, nc * sizeof *v);
        if (!v) {
          rc = 2;
          break;
        }
        gt = v;
        cap = nc;
      }
      gt[ng].cstart = cs;
      gt[ng].cend = ce;
      gt[ng].name = strdup(f.s);
      gt[ng].lat = lat;
      gt[ng].lon = lon;
      gt[ng].has_id = s == S_GWN ? has_id : 1;
      gt[ng].fclass = xml_field(t, tn, "fcode", &f) ? (trim(&f), fclass_of(f.s)) : F_NONE;
      if (!gt[ng].name) {
        rc = 2;
        break;
      }
      ng++;
    }
    if (!rc) rc = eval_doc(p, geo, text.s, text.n, gt, ng, c);
    for (size_t i = 0; i < ng; i++)
      free(gt[i].name);
  }
  free(gt);
  free(text.s);
  free(f.s);
  free(buf);
  if (rc == 2) fprintf(stderr, "%s: %s: evaluation stopped\n", who, path);
  return rc;
}

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

static void report(int s, const counts *c) {
  printf("places %s: %zu articles, %zu tokens, %zu gold toponyms with coordinates", sets[s].label,
         c->docs, c->tokens, c->gold);
  if (c->misaligned) printf(" (%zu whose text is not at or near its offsets: wrong)", c->misaligned);
  printf("\n");
  printf("  (a) gold toponyms resolved in context: accuracy@161km %6.2f%% (%zu of %zu); "
         "resolved %zu, mean error %.0f km over those\n",
         pct(c->a_right, c->gold), c->a_right, c->gold, c->a_resolved,
         c->a_resolved ? c->a_km / (double)c->a_resolved : 0.0);
  if (s == S_GWN)
    printf("      of them with a GeoNames id: accuracy@161km %6.2f%% (%zu of %zu)\n",
           pct(c->a_right_id, c->gold_id), c->a_right_id, c->gold_id);
  printf("  (b) end to end: found as a GPE/LOC mention %zu (recall %6.2f%%); within 161 km "
         "%zu: %6.2f%% of found, %6.2f%% of gold; mean error %.0f km over the %zu placed\n",
         c->b_found, pct(c->b_found, c->gold), c->b_right, pct(c->b_right, c->b_found),
         pct(c->b_right, c->gold), c->b_placed ? c->b_km / (double)c->b_placed : 0.0,
         c->b_placed);
  for (int k = 0; k < F_COUNT; k++)
    if (c->by_class[k] && c->by_class[k] < c->gold)
      printf("      gold %-22s %5zu: accuracy@161km %6.2f%%\n", fclass_names[k], c->by_class[k],
             pct(c->right_by_class[k], c->by_class[k]));
  if (breakdown) {
    static const char *const kn[] = {"none",   "country", "region", "admin1",
                                     "admin2", "city",    "town"};
    printf("      gold class by the kind of record chosen: right/all\n");
    for (int k = 0; k < F_COUNT; k++) {
      if (!c->by_class[k]) continue;
      printf("      %-22s", fclass_names[k]);
      for (int j = 0; j <= NM_GEO_KIND_MAX; j++)
        printf(" %s %zu/%zu", kn[j], c->kinds_right[k][j], c->kinds[k][j]);
      printf("\n");
    }
  }
  printf("  places stage alone: %.3f s for %zu tokens, %.0f tokens/s\n", c->stage_seconds,
         c->tokens, c->stage_seconds > 0 ? (double)c->tokens / c->stage_seconds : 0.0);
}

/* ------------------------------------------------------------------ */
/* The development set: GUM place mentions with Wikipedia identities   */

/* Folds b[0..n) for comparison into out (cap bytes): percent escapes
 * decoded, Latin letters without their diacritics, '_' as a space, ASCII
 * lower case, a leading "the " or "province of " dropped. */
static size_t fold_name(const char *b, size_t n, char *out, size_t cap) {
  char latin[256];
  size_t ln = nm_fold_latin(b, n, latin, sizeof latin);
  if (ln) b = latin, n = ln;
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++) {
    unsigned char c = (unsigned char)b[i];
    if (c == '%' && i + 2 < n) {
      char hex[3] = {b[i + 1], b[i + 2], 0};
      char *end;
      unsigned long v = strtoul(hex, &end, 16);
      if (end == hex + 2 && v) {
        c = (unsigned char)v;
        i += 2;
      }
    }
    if (c == '_') c = ' ';
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    out[k++] = (char)c;
  }
  out[k] = '\0';
  static const char *const lead[] = {"the ", "province of ", "city of "};
  for (size_t i = 0; i < sizeof lead / sizeof *lead; i++) {
    size_t l = strlen(lead[i]);
    if (k > l && !memcmp(out, lead[i], l)) {
      memmove(out, out + l, k - l + 1);
      k -= l;
    }
  }
  return k;
}

/* Whether record name nm names the place of Wikipedia identity id: the
 * identity's name before any qualifier (", Texas", " (island)") equals
 * it, or the record's name is it and more words ("Frankfurt am Main" for
 * "Frankfurt"; not "Downtown" for "Downtown Phoenix"). */
static int same_place(const char *nm, const char *id) {
  char a[256], b[256];
  size_t la = fold_name(nm, strlen(nm), a, sizeof a), lb = fold_name(id, strlen(id), b, sizeof b);
  for (size_t i = 0; i < lb; i++)
    if (b[i] == ',' || (b[i] == '(' && i > 0 && b[i - 1] == ' ')) {
      lb = i;
      while (lb > 0 && b[lb - 1] == ' ')
        lb--;
      b[lb] = '\0';
      break;
    }
  if (!la || !lb) return 0;
  size_t l = la < lb ? la : lb;
  if (memcmp(a, b, l) != 0) return 0;
  return la == lb || (la > lb && a[l] == ' ');
}

/* Whether the name of Wikipedia identity id, before any qualifier, is one
 * of record rec's names in the table ("Mecca" of Makkah, "Genova" of
 * Genoa). */
static int names_place(const nm_geonames *geo, const char *id, uint32_t rec) {
  char b[256];
  size_t n = 0;
  for (size_t i = 0; id[i] && n + 1 < sizeof b; i++) {
    if (id[i] == ',' || (id[i] == '_' && id[i + 1] == '(') ||
        (id[i] == '%' && id[i + 1] == '2' && (id[i + 2] == 'C' || id[i + 2] == '8')))
      break;
    b[n++] = id[i] == '_' ? ' ' : id[i];
  }
  nm_geo_hit h[128];
  size_t k = nm_geonames_lookup(geo, b, n, h, 128);
  for (size_t i = 0; i < k && i < 128; i++)
    if (h[i].rec == rec) return 1;
  return 0;
}

static int eval_gum(const char *path, const nm_pipeline *p, const nm_geonames *geo, int errors,
                    counts *c) {
  nd_corpus corp;
  if (nd_read_gum(path, NULL, 0, &corp)) return 2;
  int rc = 0;
  for (size_t di = 0; di < corp.n_docs && !rc; di++) {
    nd_doc *nd = &corp.docs[di];
    nm_error e = {NM_OK, NULL, 0};
    if (nm_process(p, nd->doc, &e) != NM_OK || nm_places_resolve(geo, nd->doc) != NM_OK) {
      fprintf(stderr, "%s: %s: processing failed: %s\n", who, nd->id, e.msg ? e.msg : "?");
      rc = 2;
      break;
    }
    nm_places_ctx *ctx = nm_places_context_new(geo, nd->doc);
    if (!ctx) {
      fprintf(stderr, "%s: out of memory\n", who);
      rc = 2;
      break;
    }
    size_t nt;
    const nm_token *tk = nm_doc_tokens(nd->doc, &nt);
    c->docs++;
    c->tokens += nt;
    for (size_t i = 0; i < nd->n_m; i++) {
      const nd_mention *m = &nd->m[i];
      if (m->type != ND_PLACE || !m->named || !m->ident || m->ident > nd->n_idents ||
          m->end > nt || m->start >= m->end)
        continue;
      const char *id = nd->idents + m->ident - 1;
      uint32_t bs = tk[m->start].start, be = tk[m->end - 1].end;
      nm_geo_entry r;
      int got = nm_places_resolve_span(geo, ctx, nd->doc, bs, be, &r);
      int right = got && (same_place(r.name, id) || names_place(geo, id, r.index));
      c->gold++;
      c->a_resolved += got != 0;
      c->a_right += right;
      if (errors > right) {
        size_t len;
        const char *text = nm_doc_text(nd->doc, &len);
        printf("  %s%s\t%.*s\t%s\t", right ? "ok " : "", nd->id, (int)(be - bs), text + bs, id);
        if (got)
          printf("%s, %s, %s (%u)\n", r.name, r.admin1 ? r.admin1 : "-",
                 r.iso3[0] ? r.iso3 : "-", r.geonameid);
        else
          printf("unresolved\n");
      }
    }
    nm_places_context_free(ctx);
  }
  nd_corpus_free(&corp);
  return rc;
}

int nm_cli_eval_places(int argc, char **argv) {
  const char *data = getenv("NEWSMILL_DATA"), *geo_path = NULL;
  const char *tagger = NULL, *parser = NULL, *ner = NULL, *gaz = NULL, *gum = NULL;
  double floors[S_COUNT] = {-1, -1, -1, -1}, gum_floor = -1;
  int errors = 0;
  int only[S_COUNT] = {0}, any_only = 0;
  if (!data || !*data) data = "../shared/data";
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    int k = -1;
    if (!strcmp(a, "--data") && v)
      data = argv[++i];
    else if (!strcmp(a, "--geonames") && v)
      geo_path = argv[++i];
    else if (!strcmp(a, "--tagger") && v)
      tagger = argv[++i];
    else if (!strcmp(a, "--parser") && v)
      parser = argv[++i];
    else if (!strcmp(a, "--ner") && v)
      ner = argv[++i];
    else if (!strcmp(a, "--gazetteer") && v)
      gaz = argv[++i];
    else if (!strcmp(a, "--breakdown"))
      breakdown = 1;
    else if (!strcmp(a, "--gum") && v)
      gum = argv[++i];
    else if (!strcmp(a, "--errors"))
      errors = errors > 1 ? errors : 1;
    else if (!strcmp(a, "--matches"))
      errors = 2;
    else if (!strcmp(a, "--min-gum") && v) {
      char *end;
      gum_floor = strtod(v, &end);
      if (end == v || *end) {
        fprintf(stderr, "%s: bad option '%s %s'\n", who, a, v);
        return 2;
      }
      i++;
    }
    else if (!strcmp(a, "--only") && v) {
      for (int s = 0; s < S_COUNT; s++)
        if (!strcmp(v, sets[s].opt)) k = s;
      if (k < 0) {
        fprintf(stderr, "%s: unknown set '%s'\n", who, v);
        usage();
        return 2;
      }
      only[k] = any_only = 1;
      i++;
    } else if (!strncmp(a, "--min-", 6) && v) {
      for (int s = 0; s < S_COUNT; s++)
        if (!strcmp(a + 6, sets[s].opt)) k = s;
      char *end;
      double f = strtod(v, &end);
      if (k < 0 || end == v || *end) {
        fprintf(stderr, "%s: bad option '%s %s'\n", who, a, v);
        usage();
        return 2;
      }
      floors[k] = f;
      i++;
    } else {
      fprintf(stderr, "%s: unknown or incomplete option '%s'\n", who, a);
      usage();
      return 2;
    }
  }
  if (gum) {
    const char *base = strrchr(gum, '/');
    if (strstr(base ? base : gum, "test")) {
      fprintf(stderr, "%s: --gum takes a GUM dev or train file, never the test file\n", who);
      return 2;
    }
    if (any_only) {
      fprintf(stderr, "%s: --gum is evaluated alone, without --only\n", who);
      return 2;
    }
  } else if (errors || gum_floor >= 0) {
    fprintf(stderr,
            "%s: --errors, --matches and --min-gum need --gum: the other sets are test data\n",
            who);
    return 2;
  }
  for (int s = 0; s < S_COUNT; s++)
    if (any_only && !only[s] && floors[s] >= 0) {
      fprintf(stderr, "%s: --min-%s needs the %s set\n", who, sets[s].opt, sets[s].opt);
      return 2;
    }
  nm_cli_models m = {
      .tagger = tagger, .parser = parser, .ner = ner, .gazetteer = gaz, .geonames = geo_path};
  unsigned files = NM_CLI_ENTITIES | NM_CLI_GEONAMES;
  if (nm_cli_find_models(&m, files, files)) {
    fprintf(stderr, "%s: the shipped models and dictionaries are needed (models/, dict/)\n", who);
    return 2;
  }
  /* the pipeline stops before places: the stage runs here, timed alone */
  nm_pipeline *p = nm_cli_pipeline_new(&m, NM_CLI_ENTITIES, who);
  if (!p) return 2;
  nm_error e = {NM_OK, NULL, 0};
  nm_geonames *geo = nm_geonames_open(m.geonames, &e);
  if (!geo) {
    fprintf(stderr, "%s: %s\n", who, e.msg ? e.msg : "cannot load the models");
    nm_pipeline_free(p);
    return 2;
  }
  int rc = 0, missed = 0;
  if (gum) {
    counts c;
    memset(&c, 0, sizeof c);
    rc = eval_gum(gum, p, geo, errors, &c);
    if (!rc) {
      printf("places GUM %s (development): %zu documents, %zu tokens, %zu named place mentions "
             "with a Wikipedia identity\n",
             gum, c.docs, c.tokens, c.gold);
      printf("  resolved in context: right %6.2f%% (%zu of %zu; GeoNames name = the identity's "
             "name); resolved %zu\n",
             pct(c.a_right, c.gold), c.a_right, c.gold, c.a_resolved);
      if (gum_floor >= 0 && pct(c.a_right, c.gold) < gum_floor) {
        printf("  below the floor of %.2f%%\n", gum_floor);
        missed = 1;
      }
    }
  }
  for (int s = 0; s < S_COUNT && !rc && !gum; s++) {
    if (any_only && !only[s]) continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", data, sets[s].file);
    counts c;
    memset(&c, 0, sizeof c);
    rc = eval_set(s, path, p, geo, &c);
    if (rc) break;
    report(s, &c);
    if (floors[s] >= 0 && pct(c.a_right, c.gold) < floors[s]) {
      printf("  below the floor of %.2f%%\n", floors[s]);
      missed = 1;
    }
  }
  nm_geonames_free(geo);
  nm_pipeline_free(p);
  return rc ? rc : missed;
}
