/* places.h - stage "places": GPE and LOC entities resolved to GeoNames
 * from a compiled table (dict/geonames.nmm, kind "GEON"). Internal. See
 * docs/places.md. */
#ifndef NM_PLACES_H
#define NM_PLACES_H

#include "doc.h"
#include "model.h"
#include "output_buf.h"

typedef struct nm_geonames nm_geonames;

nm_geonames *nm_geonames_open(const char *path, nm_error *err);
nm_geonames *nm_geonames_open_mem(const unsigned char *buf, size_t len, nm_error *err);
void nm_geonames_free(nm_geonames *g);

/* Fills d->places from the document's GPE and LOC entities (after coref). */
nm_status nm_places_resolve(const nm_geonames *g, nm_doc *d);

/* Writes ,"places":[...] (docs/output.md). */
void nm_json_places(nm_obuf *o, const nm_doc *d);

#endif
