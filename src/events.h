/* events.h - stages "actors" and "events": CAMEO actor codes for entities
 * and CAMEO events from the dependency parse. Internal. See docs/events.md.
 *
 * Dictionaries come in layers (users' own first, then the defaults): a
 * word, actor, agent or verb is taken from the first layer that has it. */
#ifndef NM_EVENTS_H
#define NM_EVENTS_H

#include "cameo.h"
#include "doc.h"
#include "output_buf.h"

#define NM_EVENTS_MAX_LAYERS 4

/* Codes every entity (nm_entity.code, code_reason) and fills d->events.
 * Needs tags and heads; uses entities, times, places and quotes when the
 * document has them. */
nm_status nm_events_code(const nm_cameo *const *layers, size_t n_layers, nm_doc *d);

/* Writes ,"events":[...] (docs/output.md). */
void nm_json_events(nm_obuf *o, const nm_doc *d);

#endif
