/* The team's list of natural features, landmarks and parts of countries
 * that news names as places and that GeoNames' cities and divisions lack
 * (written by the newsmill team from general knowledge; no dataset
 * copied). Both dictionaries read it: the place table (cli/build_geonames.c)
 * makes each a record at its point, and the entity gazetteer
 * (cli/build_gazetteer.c) flags each name as a region. */
#ifndef NM_CLI_TEAM_PLACES_H
#define NM_CLI_TEAM_PLACES_H

#include <stddef.h>

typedef struct {
  const char *names; /* '|'-separated; the first is the record's name */
  double lat, lon;   /* the approximate centre; a river's mouth */
  const char *iso3;  /* "" when it spans countries or is disputed */
} nm_team_place;

extern const nm_team_place nm_team_places[];
extern const size_t nm_team_places_count;

#endif
