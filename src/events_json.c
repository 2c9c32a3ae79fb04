/* events_json.c - the "events" layer of the JSON record (docs/output.md). */
#include "events.h"
#include "output_buf.h"

#include <stdio.h>
#include <string.h>

static void put_str_or_null(nm_obuf *o, const char *s) {
  if (s && *s)
    nm_obuf_json_str(o, s, strlen(s));
  else
    NM_OBUF_LIT(o, "null");
}

static void put_ref(nm_obuf *o, char prefix, uint32_t i) {
  if (i == UINT32_MAX) {
    NM_OBUF_LIT(o, "null");
    return;
  }
  char b[16];
  int n = snprintf(b, sizeof b, "\"%c%u\"", prefix, (unsigned)i + 1);
  if (n > 0 && (size_t)n < sizeof b) nm_obuf_put(o, b, (size_t)n);
}

static void put_span_obj(nm_obuf *o, const nm_doc *d, nm_span s) {
  if (s.end <= s.start) {
    NM_OBUF_LIT(o, "null");
    return;
  }
  NM_OBUF_LIT(o, "{\"start\":");
  nm_obuf_u64(o, s.start);
  NM_OBUF_LIT(o, ",\"end\":");
  nm_obuf_u64(o, s.end);
  NM_OBUF_LIT(o, ",\"text\":");
  nm_obuf_json_str(o, d->text + s.start, s.end - s.start);
  NM_OBUF_LIT(o, "}");
}

/* "events":[{id, code, root, quad_class, goldstein, source, target,
 * source_code, target_code, sentence, date, time, place, quote, evidence,
 * source_text, target_text, pattern}] */
void nm_json_events(nm_obuf *o, const nm_doc *d) {
  const nm_event *es = (const nm_event *)d->events.data;
  NM_OBUF_LIT(o, ",\"events\":[");
  for (size_t i = 0; i < d->events.n; i++) {
    const nm_event *e = &es[i];
    nm_obuf_puts(o, i ? ",{\"id\":\"V" : "{\"id\":\"V");
    nm_obuf_u64(o, i + 1);
    NM_OBUF_LIT(o, "\",\"code\":");
    nm_obuf_json_str(o, e->code, strlen(e->code));
    NM_OBUF_LIT(o, ",\"root\":");
    nm_obuf_json_str(o, e->root, strlen(e->root));
    NM_OBUF_LIT(o, ",\"quad_class\":");
    if (e->quad_class)
      nm_obuf_u64(o, e->quad_class);
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"goldstein\":");
    if (e->quad_class) {
      char b[32];
      int n = snprintf(b, sizeof b, "%.1f", (double)e->goldstein);
      if (n > 0 && (size_t)n < sizeof b) nm_obuf_put(o, b, (size_t)n);
    } else {
      NM_OBUF_LIT(o, "null");
    }
    NM_OBUF_LIT(o, ",\"source\":");
    put_ref(o, 'E', e->source);
    NM_OBUF_LIT(o, ",\"target\":");
    put_ref(o, 'E', e->target);
    NM_OBUF_LIT(o, ",\"source_code\":");
    put_str_or_null(o, e->source_code);
    NM_OBUF_LIT(o, ",\"target_code\":");
    put_str_or_null(o, e->target_code);
    NM_OBUF_LIT(o, ",\"sentence\":");
    nm_obuf_u64(o, e->sentence);
    NM_OBUF_LIT(o, ",\"date\":");
    put_str_or_null(o, e->date);
    NM_OBUF_LIT(o, ",\"time\":");
    put_ref(o, 'T', e->time);
    NM_OBUF_LIT(o, ",\"place\":");
    put_ref(o, 'P', e->place);
    NM_OBUF_LIT(o, ",\"quote\":");
    put_ref(o, 'Q', e->quote);
    NM_OBUF_LIT(o, ",\"evidence\":");
    put_span_obj(o, d, e->evidence);
    NM_OBUF_LIT(o, ",\"source_text\":");
    put_span_obj(o, d, e->source_span);
    NM_OBUF_LIT(o, ",\"target_text\":");
    put_span_obj(o, d, e->target_span);
    NM_OBUF_LIT(o, ",\"pattern\":");
    put_str_or_null(o, e->pattern);
    NM_OBUF_LIT(o, "}");
  }
  NM_OBUF_LIT(o, "]");
}
