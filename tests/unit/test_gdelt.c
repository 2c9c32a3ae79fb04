/* test_gdelt.c - nm_write_gdelt(): GDELT 2.0 Events rows.
 *
 * Through the public API: an unprocessed document is refused, a document
 * without events writes nothing, and (when the shipped models and
 * dict/cameo.nmm are present) every row the whole pipeline writes for the
 * example articles has 61 fields. The column-by-column checks need events
 * with known actors, places and dates, which only a coder with
 * dictionaries makes; so the document is built here by segmenting a text
 * and then filling its entity, place, tone and event layers directly
 * (doc.h), as the stages would. */
#include "doc.h"
#include "test.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growable output buffer for nm_write_fn. */
typedef struct sink {
  char *s;
  size_t n, cap;
  int fail_after; /* calls before the writer reports failure; < 0: never */
} sink;

static int sink_write(void *ctx, const char *buf, size_t len) {
  sink *k = ctx;
  if (k->fail_after == 0) return -1;
  if (k->fail_after > 0) k->fail_after--;
  if (k->n + len + 1 > k->cap) {
    size_t cap = k->cap ? k->cap * 2 : 1024;
    while (cap < k->n + len + 1)
      cap *= 2;
    char *p = realloc(k->s, cap);
    if (!p) return -1;
    k->s = p;
    k->cap = cap;
  }
  memcpy(k->s + k->n, buf, len);
  k->n += len;
  k->s[k->n] = '\0';
  return 0;
}

/* Field i (0-based) of line `line` (0-based) of s, copied into out. */
static const char *field(const char *s, int line, int i, char *out, size_t cap) {
  const char *p = s;
  for (int l = 0; l < line && p; l++) {
    p = strchr(p, '\n');
    if (p) p++;
  }
  out[0] = '\0';
  for (int f = 0; f < i && p; f++) {
    const char *t = strpbrk(p, "\t\n");
    p = t && *t == '\t' ? t + 1 : NULL;
  }
  if (!p) return "(no such field)";
  size_t n = strcspn(p, "\t\n");
  if (n >= cap) n = cap - 1;
  memcpy(out, p, n);
  out[n] = '\0';
  return out;
}

/* Tabs in each line; -1 if lines differ in their counts. */
static int tabs_per_line(const char *s) {
  int want = -1, n = 0;
  for (; *s; s++) {
    if (*s == '\t') n++;
    if (*s == '\n') {
      if (want >= 0 && n != want) return -1;
      want = n;
      n = 0;
    }
  }
  return want;
}

static nm_pipeline *segmenter(void) {
  nm_pipeline_options o;
  memset(&o, 0, sizeof o);
  o.segment_only = 1;
  return nm_pipeline_new(&o, NULL);
}

NM_TEST(test_refuses_unprocessed) {
  nm_doc *d = nm_doc_new("Text.", 5, NULL);
  sink k = {NULL, 0, 0, -1};
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_write_gdelt(d, sink_write, &k, &e), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(e.code, NM_ERR_INVALID);
  NM_CHECK_EQ_INT(nm_write_gdelt(NULL, sink_write, &k, NULL), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(nm_write_gdelt(d, NULL, &k, NULL), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(k.n, 0);
  nm_doc_free(d);
}

NM_TEST(test_no_events_no_rows) {
  nm_pipeline *p = segmenter();
  const char *t = "Nothing happened in Geneva on Tuesday. Talks go on.";
  nm_doc *d = nm_doc_new(t, strlen(t), NULL);
  NM_CHECK(p && d);
  if (!p || !d) return;
  NM_CHECK_EQ_INT(nm_process(p, d, NULL), NM_OK);
  sink k = {NULL, 0, 0, -1};
  NM_CHECK_EQ_INT(nm_write_gdelt(d, sink_write, &k, NULL), NM_OK);
  NM_CHECK_EQ_INT(k.n, 0);
  nm_doc_free(d);
  nm_pipeline_free(p);
}

/* The document of the column tests: two paragraphs, an Israeli official
 * who meets Egypt, a place for each country and a city for the action. */
static const char article[] = "JERUSALEM (AP) - Israel's foreign minister met\tEgypt's envoy in "
                              "Cairo on Monday.\n\nLater, unnamed gunmen attacked a convoy.";

static nm_entity *add_entity(nm_doc *d, const char *name, nm_entity_type type, const char *country,
                             const char *code) {
  nm_entity *e = nm_vec_push(&d->entities);
  if (!e) return NULL;
  memset(e, 0, sizeof *e);
  e->name = nm_arena_strndup(&d->arena, name, strlen(name));
  e->type = type;
  memcpy(e->country, country, strlen(country) + 1);
  e->code = code;
  return e;
}

static void add_mention(nm_doc *d, const char *text, uint32_t entity) {
  const char *at = strstr(article, text);
  nm_mention *m = nm_vec_push(&d->mentions);
  if (!m || !at) return;
  memset(m, 0, sizeof *m);
  m->start = (uint32_t)(at - article);
  m->end = m->start + (uint32_t)strlen(text);
  m->entity = entity;
  m->type = NM_ENT_GPE;
}

static void add_place(nm_doc *d, const char *name, uint32_t id, const char *country,
                      const char *admin1, double lat, double lon, const uint32_t *mentions,
                      uint32_t n) {
  nm_place *p = nm_vec_push(&d->places);
  if (!p) return;
  memset(p, 0, sizeof *p);
  p->name = name;
  p->geonameid = id;
  memcpy(p->country, country, strlen(country) + 1);
  p->admin1 = admin1;
  p->lat = lat;
  p->lon = lon;
  p->mentions = mentions;
  p->n_mentions = n;
}

static nm_event *add_event(nm_doc *d, const char *code, const char *root, uint8_t quad,
                           float goldstein, uint32_t sentence) {
  nm_event *e = nm_vec_push(&d->events);
  if (!e) return NULL;
  memset(e, 0, sizeof *e);
  snprintf(e->code, sizeof e->code, "%s", code);
  snprintf(e->root, sizeof e->root, "%s", root);
  e->quad_class = quad;
  e->goldstein = goldstein;
  e->sentence = sentence;
  e->source = e->target = e->time = e->place = e->quote = UINT32_MAX;
  return e;
}

static const uint32_t israel_mentions[] = {0}, egypt_mentions[] = {1};

/* Builds the document: segmented by the library, its other layers filled
 * here. NULL on failure. */
static nm_doc *column_doc(nm_pipeline *p) {
  nm_doc *d = nm_doc_new(article, strlen(article), NULL);
  if (!d) return NULL;
  nm_doc_set_meta(d, NM_META_ID, "doc-1", 5, NULL);
  nm_doc_set_meta(d, NM_META_DATE, "2024-02-08", 10, NULL);
  nm_doc_set_meta(d, NM_META_URL, "https://example.org/a\tb", 23, NULL);
  if (nm_process(p, d, NULL) != NM_OK) {
    nm_doc_free(d);
    return NULL;
  }
  size_t ns;
  nm_doc_sentences(d, &ns);
  /* entities 0 Israel (a place), 1 Egypt (a place), 2 the minister */
  add_entity(d, "Israel", NM_ENT_GPE, "ISR", "ISR");
  add_entity(d, "Egypt", NM_ENT_GPE, "EGY", "EGY");
  add_entity(d, "foreign minister", NM_ENT_PERSON, "ISR", "ISRGOVFRM");
  add_mention(d, "Israel", 0);
  add_mention(d, "Egypt", 1);
  add_place(d, "State of Israel", 294640, "ISR", NULL, 31.5, 34.75, israel_mentions, 1);
  add_place(d, "Egypt", 357994, "EGY", NULL, 27.0, 30.0, egypt_mentions, 1);
  add_place(d, "Cairo", 360630, "EGY", "Cairo Governorate", 30.06263, 31.24967, NULL, 0);
  add_place(d, "Texas", 4736286, "USA", "Texas", 31.25044, -99.25061, NULL, 0);
  d->has_tone = true;
  d->tone.tone = -2.5;
  /* event 0: the minister (ISRGOVFRM, no entity of its own place) meets
   * Egypt in Cairo; event 1: gunmen (no code) attack, in Texas, undated */
  nm_event *e = add_event(d, "0431", "04", 1, 2.8f, 1);
  if (!e) return d;
  e->source = 2;
  e->source_code = "ISRGOVFRM";
  e->target = 1;
  e->target_code = "EGY";
  e->place = 2;
  memcpy(e->date, "2024-02-05", 11);
  e = add_event(d, "190", "19", 4, -10.0f, ns ? (uint32_t)ns - 1 : 0);
  if (!e) return d;
  const char *g = strstr(article, "unnamed gunmen");
  e->source_span.start = (uint32_t)(g - article);
  e->source_span.end = e->source_span.start + 14;
  e->target_code = "IGOUNOKID";
  e->place = 3;
  return d;
}

NM_TEST(test_columns) {
  nm_pipeline *p = segmenter();
  nm_doc *d = p ? column_doc(p) : NULL;
  NM_CHECK(d != NULL);
  if (!d) {
    nm_pipeline_free(p);
    return;
  }
  sink k = {NULL, 0, 0, -1};
  NM_CHECK_EQ_INT(nm_write_gdelt(d, sink_write, &k, NULL), NM_OK);
  NM_CHECK(k.s != NULL);
  if (!k.s) goto done;
  NM_CHECK_EQ_INT(tabs_per_line(k.s), 60);
  int lines = 0;
  for (const char *s = k.s; *s; s++)
    lines += *s == '\n';
  NM_CHECK_EQ_INT(lines, 2);
  char f[256], g[256];
  /* GlobalEventID: digits, the same on a second write, different per event */
  NM_CHECK(strspn(field(k.s, 0, 0, f, sizeof f), "0123456789") == strlen(f) && f[0]);
  NM_CHECK(strcmp(f, field(k.s, 1, 0, g, sizeof g)) != 0);
  sink k2 = {NULL, 0, 0, -1};
  NM_CHECK_EQ_INT(nm_write_gdelt(d, sink_write, &k2, NULL), NM_OK);
  NM_CHECK(k2.s && strcmp(k.s, k2.s) == 0);
  free(k2.s);
  /* dates: the event's own, or none */
  NM_CHECK_EQ_STR(field(k.s, 0, 1, f, sizeof f), "20240205");
  NM_CHECK_EQ_STR(field(k.s, 0, 2, f, sizeof f), "202402");
  NM_CHECK_EQ_STR(field(k.s, 0, 3, f, sizeof f), "2024");
  NM_CHECK_EQ_STR(field(k.s, 0, 4, f, sizeof f), "2024.0959"); /* (30 + 5) / 365 */
  NM_CHECK_EQ_STR(field(k.s, 1, 1, f, sizeof f), "");
  NM_CHECK_EQ_STR(field(k.s, 1, 4, f, sizeof f), "");
  /* Actor1 of event 0: ISRGOVFRM, the entity's name upper-cased */
  NM_CHECK_EQ_STR(field(k.s, 0, 5, f, sizeof f), "ISRGOVFRM");
  NM_CHECK_EQ_STR(field(k.s, 0, 6, f, sizeof f), "FOREIGN MINISTER");
  NM_CHECK_EQ_STR(field(k.s, 0, 7, f, sizeof f), "ISR");
  NM_CHECK_EQ_STR(field(k.s, 0, 8, f, sizeof f), "");
  NM_CHECK_EQ_STR(field(k.s, 0, 12, f, sizeof f), "GOV");
  NM_CHECK_EQ_STR(field(k.s, 0, 13, f, sizeof f), ""); /* FRM is no GDELT type */
  /* Actor2: EGY */
  NM_CHECK_EQ_STR(field(k.s, 0, 15, f, sizeof f), "EGY");
  NM_CHECK_EQ_STR(field(k.s, 0, 16, f, sizeof f), "EGYPT");
  NM_CHECK_EQ_STR(field(k.s, 0, 17, f, sizeof f), "EGY");
  NM_CHECK_EQ_STR(field(k.s, 0, 22, f, sizeof f), "");
  /* event 1: Actor1 from its span, no code; Actor2 IGO UNO KID */
  NM_CHECK_EQ_STR(field(k.s, 1, 5, f, sizeof f), "");
  NM_CHECK_EQ_STR(field(k.s, 1, 6, f, sizeof f), "UNNAMED GUNMEN");
  NM_CHECK_EQ_STR(field(k.s, 1, 7, f, sizeof f), "");
  NM_CHECK_EQ_STR(field(k.s, 1, 15, f, sizeof f), "IGOUNOKID");
  NM_CHECK_EQ_STR(field(k.s, 1, 17, f, sizeof f), "");
  NM_CHECK_EQ_STR(field(k.s, 1, 18, f, sizeof f), "UNO");
  NM_CHECK_EQ_STR(field(k.s, 1, 22, f, sizeof f), "IGO");
  /* IsRootEvent: lead paragraph or not */
  NM_CHECK_EQ_STR(field(k.s, 0, 25, f, sizeof f), "1");
  NM_CHECK_EQ_STR(field(k.s, 1, 25, f, sizeof f), "0");
  /* the event code and its levels, quad class and Goldstein */
  NM_CHECK_EQ_STR(field(k.s, 0, 26, f, sizeof f), "0431");
  NM_CHECK_EQ_STR(field(k.s, 0, 27, f, sizeof f), "043");
  NM_CHECK_EQ_STR(field(k.s, 0, 28, f, sizeof f), "04");
  NM_CHECK_EQ_STR(field(k.s, 0, 29, f, sizeof f), "1");
  NM_CHECK_EQ_STR(field(k.s, 0, 30, f, sizeof f), "2.8");
  NM_CHECK_EQ_STR(field(k.s, 1, 26, f, sizeof f), "190");
  NM_CHECK_EQ_STR(field(k.s, 1, 27, f, sizeof f), "190");
  NM_CHECK_EQ_STR(field(k.s, 1, 30, f, sizeof f), "-10.0");
  /* mentions, sources, articles; the document's tone */
  NM_CHECK_EQ_STR(field(k.s, 0, 31, f, sizeof f), "1");
  NM_CHECK_EQ_STR(field(k.s, 0, 33, f, sizeof f), "1");
  NM_CHECK_EQ_STR(field(k.s, 0, 34, f, sizeof f), "-2.500000");
  /* Actor1Geo: the minister has no place; his country's place is Israel */
  NM_CHECK_EQ_STR(field(k.s, 0, 35, f, sizeof f), "1");
  NM_CHECK_EQ_STR(field(k.s, 0, 36, f, sizeof f), "Israel");
  NM_CHECK_EQ_STR(field(k.s, 0, 37, f, sizeof f), "IS");
  NM_CHECK_EQ_STR(field(k.s, 0, 38, f, sizeof f), "IS");
  NM_CHECK_EQ_STR(field(k.s, 0, 40, f, sizeof f), "31.50000");
  NM_CHECK_EQ_STR(field(k.s, 0, 42, f, sizeof f), "IS");
  /* Actor2Geo: Egypt, the entity's own place */
  NM_CHECK_EQ_STR(field(k.s, 0, 43, f, sizeof f), "1");
  NM_CHECK_EQ_STR(field(k.s, 0, 45, f, sizeof f), "EG");
  /* ActionGeo: Cairo, a world city */
  NM_CHECK_EQ_STR(field(k.s, 0, 51, f, sizeof f), "4");
  NM_CHECK_EQ_STR(field(k.s, 0, 52, f, sizeof f), "Cairo, Cairo Governorate, Egypt");
  NM_CHECK_EQ_STR(field(k.s, 0, 53, f, sizeof f), "EG");
  NM_CHECK_EQ_STR(field(k.s, 0, 54, f, sizeof f), "");
  NM_CHECK_EQ_STR(field(k.s, 0, 56, f, sizeof f), "30.06263");
  NM_CHECK_EQ_STR(field(k.s, 0, 57, f, sizeof f), "31.24967");
  NM_CHECK_EQ_STR(field(k.s, 0, 58, f, sizeof f), "360630");
  /* event 1: no actor places; the action in Texas, a US state */
  NM_CHECK_EQ_STR(field(k.s, 1, 35, f, sizeof f), "");
  NM_CHECK_EQ_STR(field(k.s, 1, 43, f, sizeof f), "");
  NM_CHECK_EQ_STR(field(k.s, 1, 51, f, sizeof f), "2");
  NM_CHECK_EQ_STR(field(k.s, 1, 52, f, sizeof f), "Texas, United States");
  NM_CHECK_EQ_STR(field(k.s, 1, 53, f, sizeof f), "US");
  /* DATEADDED from the article date; the URL with its tab made a space */
  NM_CHECK_EQ_STR(field(k.s, 0, 59, f, sizeof f), "20240208000000");
  NM_CHECK_EQ_STR(field(k.s, 1, 60, f, sizeof f), "https://example.org/a b");
  /* a writer that fails */
  sink bad = {NULL, 0, 0, 0};
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_write_gdelt(d, sink_write, &bad, &e), NM_ERR_IO);
  NM_CHECK_EQ_INT(e.code, NM_ERR_IO);
  free(bad.s);
done:
  free(k.s);
  nm_doc_free(d);
  nm_pipeline_free(p);
}

/* With the shipped models and event dictionary: the whole pipeline on the
 * example articles, and every row has 61 fields. Skipped without them. */
NM_TEST(test_pipeline_rows) {
  const char *files[] = {"models/tagger.nmm", "models/parser.nmm", "models/ner.nmm",
                         "dict/gazetteer.nmm", "dict/cameo.nmm"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    FILE *f = fopen(files[i], "rb");
    if (!f) {
      printf("test_gdelt: %s not found; pipeline rows not checked\n", files[i]);
      return;
    }
    fclose(f);
  }
  nm_pipeline_options o;
  memset(&o, 0, sizeof o);
  o.tagger_model = files[0];
  o.parser_model = files[1];
  o.ner_model = files[2];
  o.gazetteer = files[3];
  o.cameo = files[4];
  o.geonames = "dict/geonames.nmm";
  o.tone_lexicon = "dict/tone.nmm";
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline *p = nm_pipeline_new(&o, &e);
  NM_CHECK(p != NULL);
  if (!p) {
    fprintf(stderr, "nm_pipeline_new: %s\n", e.msg ? e.msg : "?");
    return;
  }
  size_t len;
  unsigned char *text = nm_test_slurp("examples/2025-03-14-harbor-talks.txt", &len);
  nm_doc *d = text ? nm_doc_new((const char *)text, len, NULL) : NULL;
  NM_CHECK(d != NULL);
  if (d) {
    nm_doc_set_meta(d, NM_META_DATE, "2025-03-14", 10, NULL);
    NM_CHECK_EQ_INT(nm_process(p, d, NULL), NM_OK);
    sink k = {NULL, 0, 0, -1};
    NM_CHECK_EQ_INT(nm_write_gdelt(d, sink_write, &k, NULL), NM_OK);
    size_t n_ev, rows = 0;
    nm_doc_events(d, &n_ev);
    for (size_t i = 0; i < k.n; i++)
      rows += k.s[i] == '\n';
    NM_CHECK_EQ_INT(rows, n_ev);
    if (n_ev) NM_CHECK_EQ_INT(tabs_per_line(k.s), 60);
    free(k.s);
  }
  nm_doc_free(d);
  free(text);
  nm_pipeline_free(p);
}

int main(void) {
  NM_RUN(test_refuses_unprocessed);
  NM_RUN(test_no_events_no_rows);
  NM_RUN(test_columns);
  NM_RUN(test_pipeline_rows);
  NM_TEST_MAIN_END();
}
