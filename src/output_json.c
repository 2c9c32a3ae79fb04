/* output_json.c - the JSON record of a document (docs/output.md). */
#include "doc.h"
#include "events.h"
#include "output_buf.h"
#include "places.h"
#include "quotes.h"
#include "times.h"
#include "tone.h"
#include "utf8.h"

#include <string.h>

void nm_obuf_init(nm_obuf *o, nm_write_fn w, void *ctx) {
  o->len = 0;
  o->w = w;
  o->ctx = ctx;
  o->failed = false;
}

void nm_obuf_flush(nm_obuf *o) {
  if (o->len && !o->failed && o->w(o->ctx, o->buf, o->len) != 0) o->failed = true;
  o->len = 0;
}

void nm_obuf_put(nm_obuf *o, const char *s, size_t n) {
  while (n) {
    if (o->len == sizeof o->buf) nm_obuf_flush(o);
    size_t room = sizeof o->buf - o->len;
    size_t k = n < room ? n : room;
    memcpy(o->buf + o->len, s, k);
    o->len += k;
    s += k;
    n -= k;
  }
}

void nm_obuf_puts(nm_obuf *o, const char *s) { nm_obuf_put(o, s, strlen(s)); }

void nm_obuf_u64(nm_obuf *o, uint64_t v) {
  char tmp[24];
  char *p = tmp + sizeof tmp;
  do {
    *--p = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  nm_obuf_put(o, p, (size_t)(tmp + sizeof tmp - p));
}

/* Writes s[0..n) as a JSON string: escapes, and U+FFFD for bytes that are not
 * valid UTF-8. */
void nm_obuf_json_str(nm_obuf *o, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *u = (const unsigned char *)s;
  nm_obuf_put(o, "\"", 1);
  size_t run = 0; /* start of a run of bytes that need no escaping */
  size_t i = 0;
  while (i < n) {
    unsigned char c = u[i];
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      i++;
      continue;
    }
    if (c >= 0x80) {
      uint32_t cp;
      size_t len = nm_utf8_decode(u + i, n - i, &cp);
      if (!(cp == 0xFFFD && len == 1)) {
        i += len;
        continue;
      }
    }
    nm_obuf_put(o, s + run, i - run);
    char esc[8];
    switch (c) {
    case '"': nm_obuf_put(o, "\\\"", 2); break;
    case '\\': nm_obuf_put(o, "\\\\", 2); break;
    case '\n': nm_obuf_put(o, "\\n", 2); break;
    case '\r': nm_obuf_put(o, "\\r", 2); break;
    case '\t': nm_obuf_put(o, "\\t", 2); break;
    default:
      if (c < 0x20 || c == 0x7F) {
        memcpy(esc, "\\u00", 4);
        esc[4] = hex[c >> 4];
        esc[5] = hex[c & 15];
        nm_obuf_put(o, esc, 6);
      } else {
        nm_obuf_put(o, "\xEF\xBF\xBD", 3); /* invalid byte -> U+FFFD */
      }
    }
    i++;
    run = i;
  }
  nm_obuf_put(o, s + run, n - run);
  nm_obuf_put(o, "\"", 1);
}

/* Copies already valid JSON text, replacing any byte that is not valid UTF-8
 * (possible only inside its strings) with U+FFFD so the output stays valid. */
static void put_raw_json(nm_obuf *o, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t run = 0, i = 0;
  while (i < n) {
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    size_t len = nm_utf8_decode(u + i, n - i, &cp);
    if (!(cp == 0xFFFD && len == 1)) {
      i += len;
      continue;
    }
    nm_obuf_put(o, s + run, i - run);
    nm_obuf_put(o, "\xEF\xBF\xBD", 3);
    run = ++i;
  }
  nm_obuf_put(o, s + run, n - run);
}

static void put_meta_str(nm_obuf *o, const nm_doc *d, const char *key, nm_meta_field f) {
  NM_OBUF_LIT(o, ",\"");
  nm_obuf_puts(o, key);
  NM_OBUF_LIT(o, "\":");
  if (d->meta[f].s)
    nm_obuf_json_str(o, d->meta[f].s, d->meta[f].len);
  else
    NM_OBUF_LIT(o, "null");
}

static void put_span(nm_obuf *o, uint32_t start, uint32_t end) {
  NM_OBUF_LIT(o, "{\"start\":");
  nm_obuf_u64(o, start);
  NM_OBUF_LIT(o, ",\"end\":");
  nm_obuf_u64(o, end);
}

/* "entities":[{id, name, type, country, title, mentions[{start, end, text,
 * kind}]}]; ids are "E1", "E2" ... in order of first mention. */
static void put_entities(nm_obuf *o, const nm_doc *d) {
  NM_OBUF_LIT(o, ",\"entities\":[");
  const nm_entity *es = (const nm_entity *)d->entities.data;
  const nm_mention *ms = (const nm_mention *)d->mentions.data;
  for (size_t i = 0; i < d->entities.n; i++) {
    const nm_entity *e = &es[i];
    nm_obuf_puts(o, i ? ",{\"id\":\"E" : "{\"id\":\"E");
    nm_obuf_u64(o, i + 1);
    NM_OBUF_LIT(o, "\",\"name\":");
    nm_obuf_json_str(o, e->name, strlen(e->name));
    NM_OBUF_LIT(o, ",\"type\":\"");
    nm_obuf_puts(o, nm_entity_type_name(e->type));
    NM_OBUF_LIT(o, "\",\"country\":");
    if (e->country[0])
      nm_obuf_json_str(o, e->country, strlen(e->country));
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"title\":");
    if (e->title)
      nm_obuf_json_str(o, e->title, strlen(e->title));
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"code\":");
    if (e->code)
      nm_obuf_json_str(o, e->code, strlen(e->code));
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"code_reason\":");
    if (e->code_reason)
      nm_obuf_json_str(o, e->code_reason, strlen(e->code_reason));
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"mentions\":[");
    for (uint32_t k = 0; k < e->n_mentions; k++) {
      const nm_mention *m = &ms[e->mentions[k]];
      if (k) NM_OBUF_LIT(o, ",");
      put_span(o, m->start, m->end);
      NM_OBUF_LIT(o, ",\"text\":");
      nm_obuf_json_str(o, d->text + m->start, m->end - m->start);
      NM_OBUF_LIT(o, ",\"kind\":\"");
      nm_obuf_puts(o, nm_mention_kind_name(m->kind));
      NM_OBUF_LIT(o, "\"}");
    }
    NM_OBUF_LIT(o, "]}");
  }
  NM_OBUF_LIT(o, "]");
}

nm_status nm_write_json(const nm_doc *d, unsigned flags, nm_write_fn w, void *ctx, nm_error *err) {
  nm_obuf o;
  nm_obuf_init(&o, w, ctx);
  NM_OBUF_LIT(&o, "{\"schema\":1,\"id\":");
  if (d->meta[NM_META_ID].s)
    nm_obuf_json_str(&o, d->meta[NM_META_ID].s, d->meta[NM_META_ID].len);
  else
    NM_OBUF_LIT(&o, "null");
  put_meta_str(&o, d, "date", NM_META_DATE);
  put_meta_str(&o, d, "source", NM_META_SOURCE);
  put_meta_str(&o, d, "url", NM_META_URL);
  put_meta_str(&o, d, "title", NM_META_TITLE);
  NM_OBUF_LIT(&o, ",\"meta\":{");
  if (d->meta[NM_META_EXTRA].s)
    put_raw_json(&o, d->meta[NM_META_EXTRA].s, d->meta[NM_META_EXTRA].len);
  NM_OBUF_LIT(&o, "},\"bytes\":");
  nm_obuf_u64(&o, d->len);

  NM_OBUF_LIT(&o, ",\"dateline\":");
  if (d->has_dateline) {
    put_span(&o, d->dateline.start, d->dateline.end);
    NM_OBUF_LIT(&o, "}");
  } else {
    NM_OBUF_LIT(&o, "null");
  }
  NM_OBUF_LIT(&o, ",\"warnings\":[");
  const nm_warning *ws = (const nm_warning *)d->warnings.data;
  for (size_t i = 0; i < d->warnings.n; i++) {
    nm_obuf_puts(&o, i ? ",{\"code\":\"" : "{\"code\":\"");
    nm_obuf_puts(&o, nm_warning_name(ws[i].code));
    NM_OBUF_LIT(&o, "\",\"offset\":");
    nm_obuf_u64(&o, ws[i].offset);
    NM_OBUF_LIT(&o, "}");
  }

  NM_OBUF_LIT(&o, "],\"paragraphs\":[");
  const nm_paragraph *ps = (const nm_paragraph *)d->paragraphs.data;
  for (size_t i = 0; i < d->paragraphs.n; i++) {
    if (i) NM_OBUF_LIT(&o, ",");
    put_span(&o, ps[i].start, ps[i].end);
    NM_OBUF_LIT(&o, "}");
  }

  NM_OBUF_LIT(&o, "],\"sentences\":[");
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  for (size_t i = 0; i < d->sentences.n; i++) {
    if (i) NM_OBUF_LIT(&o, ",");
    put_span(&o, ss[i].start, ss[i].end);
    NM_OBUF_LIT(&o, ",\"paragraph\":");
    nm_obuf_u64(&o, ss[i].paragraph);
    NM_OBUF_LIT(&o, "}");
  }
  NM_OBUF_LIT(&o, "]");

  if (flags & NM_OUT_TOKENS) {
    NM_OBUF_LIT(&o, ",\"tokens\":[");
    const nm_token *ts = (const nm_token *)d->tokens.data;
    const nm_word_tags *tags =
        d->tags.n == d->tokens.n && d->tags.n ? (const nm_word_tags *)d->tags.data : NULL;
    for (size_t i = 0; i < d->tokens.n; i++) {
      if (i) NM_OBUF_LIT(&o, ",");
      put_span(&o, ts[i].start, ts[i].end);
      NM_OBUF_LIT(&o, ",\"sentence\":");
      nm_obuf_u64(&o, ts[i].sentence);
      NM_OBUF_LIT(&o, ",\"text\":");
      if (ts[i].form)
        nm_obuf_json_str(&o, ts[i].form, strlen(ts[i].form));
      else
        nm_obuf_json_str(&o, d->text + ts[i].start, ts[i].end - ts[i].start);
      if (ts[i].flags & NM_TOK_JOINED) NM_OBUF_LIT(&o, ",\"joined\":true");
      if (tags) {
        NM_OBUF_LIT(&o, ",\"upos\":");
        nm_obuf_json_str(&o, tags[i].upos, strlen(tags[i].upos));
        NM_OBUF_LIT(&o, ",\"xpos\":");
        nm_obuf_json_str(&o, tags[i].xpos, strlen(tags[i].xpos));
        NM_OBUF_LIT(&o, ",\"lemma\":");
        nm_obuf_json_str(&o, tags[i].lemma, strlen(tags[i].lemma));
        if (tags[i].deprel) {
          /* head: the head's index in tokens[], null for the root */
          const nm_sentence *sn = &((const nm_sentence *)d->sentences.data)[ts[i].sentence];
          NM_OBUF_LIT(&o, ",\"head\":");
          if (tags[i].head)
            nm_obuf_u64(&o, sn->first_token + tags[i].head - 1);
          else
            NM_OBUF_LIT(&o, "null");
          NM_OBUF_LIT(&o, ",\"deprel\":");
          nm_obuf_json_str(&o, tags[i].deprel, strlen(tags[i].deprel));
        }
      }
      NM_OBUF_LIT(&o, "}");
    }
    NM_OBUF_LIT(&o, "]");
  }
  put_entities(&o, d);
  /* Layers of later stages: present and empty until those stages land. */
  nm_json_quotes(&o, d);
  nm_json_events(&o, d);
  nm_json_times(&o, d);
  nm_json_places(&o, d);
  nm_json_tone(&o, d);
  NM_OBUF_LIT(&o, "}\n");
  nm_obuf_flush(&o);
  if (o.failed) {
    if (err) {
      err->code = NM_ERR_IO;
      err->msg = "writing the JSON record failed";
      err->pos = 0;
    }
    return NM_ERR_IO;
  }
  return NM_OK;
}

nm_status nm_write_error_record(const char *id, size_t id_len, size_t line, const char *message,
                                nm_write_fn w, void *ctx) {
  nm_obuf o;
  nm_obuf_init(&o, w, ctx);
  NM_OBUF_LIT(&o, "{\"schema\":1,\"id\":");
  if (id)
    nm_obuf_json_str(&o, id, id_len);
  else
    NM_OBUF_LIT(&o, "null");
  NM_OBUF_LIT(&o, ",\"error\":{");
  if (line) {
    NM_OBUF_LIT(&o, "\"line\":");
    nm_obuf_u64(&o, line);
    NM_OBUF_LIT(&o, ",");
  }
  NM_OBUF_LIT(&o, "\"message\":");
  nm_obuf_json_str(&o, message ? message : "", message ? strlen(message) : 0);
  NM_OBUF_LIT(&o, "}}\n");
  nm_obuf_flush(&o);
  return o.failed ? NM_ERR_IO : NM_OK;
}
