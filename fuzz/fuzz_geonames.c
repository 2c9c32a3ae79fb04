/* fuzz_geonames.c - the GeoNames table loader: any bytes must be rejected
 * with a message, or give a table whose records decode inside the file
 * (kinds, flags, coordinates, countries and divisions in range), whose
 * lookups end and return records that exist, and with which the resolver
 * runs over a small article without reading outside anything. */
#include "doc.h"
#include "fuzz_check.h"
#include "places.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static void check_entry(const nm_geonames *g, const nm_geo_entry *e) {
  FUZZ_CHECK(e->kind >= NM_GEO_COUNTRY && e->kind <= NM_GEO_KIND_MAX);
  FUZZ_CHECK((e->flags & ~(unsigned)NM_GEO_FLAG_BITS) == 0);
  FUZZ_CHECK(e->lat >= -90 && e->lat <= 90 && e->lon >= -180 && e->lon <= 180);
  size_t l = strlen(e->iso3);
  FUZZ_CHECK(l == 0 || l == 3);
  for (size_t i = 0; i < l; i++)
    FUZZ_CHECK(e->iso3[i] >= 'A' && e->iso3[i] <= 'Z');
  FUZZ_CHECK(e->country == UINT32_MAX || e->country < nm_geonames_countries(g));
  FUZZ_CHECK((e->admin1 == NULL) == (e->admin1_index == UINT32_MAX));
  if (e->admin1) {
    nm_geo_entry a;
    FUZZ_CHECK(nm_geonames_get(g, e->admin1_index, &a) && a.kind == NM_GEO_ADMIN1);
    (void)strlen(e->admin1);
  }
  if (e->kind == NM_GEO_TOWN) /* a town has no id, population or flags */
    FUZZ_CHECK(e->geonameid == 0 && e->population == 0 && e->flags == 0);
  (void)strlen(e->name);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nm_error err = {NM_OK, NULL, 0};
  nm_geonames *g = nm_geonames_open_mem(data, size, &err);
  if (!g) {
    FUZZ_CHECK(err.code != NM_OK && err.msg != NULL);
    return 0;
  }
  size_t n = nm_geonames_count(g);
  for (uint32_t i = 0; i < n && i < 4096; i++) {
    nm_geo_entry e;
    FUZZ_CHECK(nm_geonames_get(g, i, &e));
    check_entry(g, &e);
  }
  /* the last records: towns, when the table has some */
  for (size_t i = n > 4096 ? n - 4096 : 4096; i < n; i++) {
    nm_geo_entry e;
    FUZZ_CHECK(nm_geonames_get(g, (uint32_t)i, &e));
    check_entry(g, &e);
  }
  {
    nm_geo_entry e;
    FUZZ_CHECK(!nm_geonames_get(g, (uint32_t)n, &e));
  }
  static const char *const names[] = {"Paris", "Gaza", "Tex.", "TX", "Lyon", "Middle East",
                                      "Rafah", "", "\xC3\x8Ele", "U.S.", "Smallville"};
  for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
    nm_geo_hit h[8];
    size_t m = nm_geonames_lookup(g, names[k], strlen(names[k]), h, 8);
    for (size_t i = 0; i < m && i < 8; i++) {
      nm_geo_entry e;
      FUZZ_CHECK(h[i].how <= NM_GEO_HOW_MAX);
      FUZZ_CHECK(nm_geonames_get(g, h[i].rec, &e));
      check_entry(g, &e);
    }
  }
  /* the resolver over an article with mentions set by hand */
  static const char text[] =
      "Paris, Texas and Rafah, Gaza; the Middle East. Paris (TX). Smallville, Texas.";
  nm_doc *d = nm_doc_new(text, sizeof text - 1, &err);
  if (d) {
    static const char *const spans[] = {"Paris", "Texas", "Rafah", "Gaza", "Middle East",
                                        "Smallville"};
    size_t from = 0;
    for (size_t i = 0; i < 6; i++) {
      const char *p = strstr(text + from, spans[i]);
      nm_mention *m = p ? nm_vec_push(&d->mentions) : NULL;
      nm_entity *en = m ? nm_vec_push(&d->entities) : NULL;
      uint32_t *ix = en ? nm_arena_alloc(&d->arena, sizeof *ix) : NULL;
      if (!ix) break;
      memset(m, 0, sizeof *m);
      m->start = (uint32_t)(p - text);
      m->end = m->start + (uint32_t)strlen(spans[i]);
      m->type = i == 4 ? NM_ENT_LOC : NM_ENT_GPE;
      m->entity = (uint32_t)i;
      memset(en, 0, sizeof *en);
      en->name = spans[i];
      en->type = m->type;
      *ix = (uint32_t)(d->mentions.n - 1);
      en->mentions = ix;
      en->n_mentions = 1;
      from = m->end;
    }
    if (nm_places_resolve(g, d) == NM_OK) {
      size_t np;
      const nm_place *ps = nm_doc_places(d, &np);
      for (size_t i = 0; i < np; i++) {
        FUZZ_CHECK(ps[i].n_mentions >= 1 && ps[i].mentions[0] < d->mentions.n);
        FUZZ_CHECK(ps[i].lat >= -90 && ps[i].lat <= 90);
      }
    }
    nm_places_ctx *c = nm_places_context_new(g, d);
    if (c) {
      nm_geo_entry e;
      if (nm_places_resolve_span(g, c, d, 47, 52, &e)) check_entry(g, &e);
      if (nm_places_resolve_span(g, c, d, 59, 69, &e)) check_entry(g, &e); /* Smallville */
      nm_places_context_free(c);
    }
    nm_doc_free(d);
  }
  nm_geonames_free(g);
  return 0;
}
