/* doc.c - document lifetime, metadata and layer accessors. */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

static void set_err(nm_error *err, nm_status code, const char *msg, size_t pos) {
  if (err) {
    err->code = code;
    err->msg = msg;
    err->pos = pos;
  }
}

const char *nm_status_str(nm_status code) {
  switch (code) {
  case NM_OK: return "ok";
  case NM_ERR_NOMEM: return "out of memory";
  case NM_ERR_IO: return "input/output error";
  case NM_ERR_PARSE: return "malformed input";
  case NM_ERR_INVALID: return "invalid argument";
  case NM_ERR_LIMIT: return "input exceeds a limit";
  case NM_ERR_FORMAT: return "corrupt or incompatible file";
  }
  return "unknown error";
}

const char *nm_version(void) { return NM_VERSION_STRING; }

const char *nm_warning_name(nm_warning_code c) {
  switch (c) {
  case NM_WARN_INVALID_UTF8: return "invalid_utf8";
  case NM_WARN_NUL_BYTE: return "nul_byte";
  case NM_WARN_LONG_SENTENCE: return "long_sentence";
  case NM_WARN_BAD_DATE: return "invalid_date";
  case NM_WARN_COUNT: break;
  }
  return "unknown";
}

nm_doc *nm_doc_new(const char *text, size_t len, nm_error *err) {
  if (len > NM_MAX_TEXT) {
    set_err(err, NM_ERR_LIMIT, "article text is larger than 4 GB", 0);
    return NULL;
  }
  if (!text && len) {
    set_err(err, NM_ERR_INVALID, "text is NULL", 0);
    return NULL;
  }
  nm_doc *d = calloc(1, sizeof *d);
  if (!d) goto nomem;
  /* NUL padding after the text lets the segmenter scan 16 bytes at a time
   * without bounds checks (NM_TEXT_PAD in doc.h) */
  d->text = malloc(len + NM_TEXT_PAD);
  if (!d->text) {
    free(d);
    goto nomem;
  }
  if (len) memcpy(d->text, text, len);
  memset(d->text + len, 0, NM_TEXT_PAD);
  d->len = (uint32_t)len;
  /* Layers need roughly a token per 5 bytes; the arena holds strings. */
  nm_arena_init(&d->arena, len / 4);
  nm_vec_init(&d->paragraphs, sizeof(nm_paragraph));
  nm_vec_init(&d->sentences, sizeof(nm_sentence));
  nm_vec_init(&d->tokens, sizeof(nm_token));
  nm_vec_init(&d->warnings, sizeof(nm_warning));
  nm_vec_init(&d->tags, sizeof(nm_word_tags));
  nm_vec_init(&d->mentions, sizeof(nm_mention));
  nm_vec_init(&d->entities, sizeof(nm_entity));
  nm_vec_init(&d->quotes, sizeof(nm_quote));
  nm_vec_init(&d->times, sizeof(nm_time));
  nm_vec_init(&d->places, sizeof(nm_place));
  nm_vec_init(&d->events, sizeof(nm_event));
  nm_vec_init(&d->sentence_tone, sizeof(double));
  return d;
nomem:
  set_err(err, NM_ERR_NOMEM, "out of memory", 0);
  return NULL;
}

void nm_doc_free(nm_doc *d) {
  if (!d) return;
  nm_vec_free(&d->paragraphs);
  nm_vec_free(&d->sentences);
  nm_vec_free(&d->tokens);
  nm_vec_free(&d->warnings);
  nm_vec_free(&d->tags);
  nm_vec_free(&d->mentions);
  nm_vec_free(&d->entities);
  nm_vec_free(&d->quotes);
  nm_vec_free(&d->times);
  nm_vec_free(&d->places);
  nm_vec_free(&d->events);
  nm_vec_free(&d->sentence_tone);
  nm_arena_free(&d->arena);
  free(d->text);
  free(d);
}

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* Accepts exactly YYYY-MM-DD naming a real calendar day. */
static bool valid_date(const char *s, size_t n) {
  if (n != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int dd = (s[8] - '0') * 10 + (s[9] - '0');
  static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || dd < 1) return false;
  int lim = mdays[m - 1] + (m == 2 && is_leap(y));
  return dd <= lim;
}

nm_status nm_doc_set_meta(nm_doc *d, nm_meta_field f, const char *value, size_t len,
                          nm_error *err) {
  if (!d || (unsigned)f >= NM_META_COUNT) {
    set_err(err, NM_ERR_INVALID, "unknown metadata field", 0);
    return NM_ERR_INVALID;
  }
  if (!value) {
    d->meta[f].s = NULL;
    d->meta[f].len = 0;
    return NM_OK;
  }
  if (f == NM_META_DATE && !valid_date(value, len)) {
    set_err(err, NM_ERR_INVALID, "date must be a calendar date written YYYY-MM-DD", 0);
    return NM_ERR_INVALID;
  }
  char *copy = nm_arena_strndup(&d->arena, value, len);
  if (!copy) {
    set_err(err, NM_ERR_NOMEM, "out of memory", 0);
    return NM_ERR_NOMEM;
  }
  d->meta[f].s = copy;
  d->meta[f].len = len;
  return NM_OK;
}

const char *nm_doc_meta(const nm_doc *d, nm_meta_field f, size_t *len) {
  if (!d || (unsigned)f >= NM_META_COUNT || !d->meta[f].s) {
    if (len) *len = 0;
    return NULL;
  }
  if (len) *len = d->meta[f].len;
  return d->meta[f].s;
}

const char *nm_doc_text(const nm_doc *d, size_t *len) {
  if (len) *len = d->len;
  return d->text;
}

#define LAYER_ACCESSOR(fn, type, field)                                                            \
  const type *fn(const nm_doc *d, size_t *n) {                                                     \
    if (n) *n = d->field.n;                                                                        \
    return (const type *)d->field.data;                                                            \
  }
LAYER_ACCESSOR(nm_doc_paragraphs, nm_paragraph, paragraphs)
LAYER_ACCESSOR(nm_doc_sentences, nm_sentence, sentences)
LAYER_ACCESSOR(nm_doc_tokens, nm_token, tokens)
LAYER_ACCESSOR(nm_doc_warnings, nm_warning, warnings)
LAYER_ACCESSOR(nm_doc_tags, nm_word_tags, tags)
LAYER_ACCESSOR(nm_doc_mentions, nm_mention, mentions)
LAYER_ACCESSOR(nm_doc_entities, nm_entity, entities)
LAYER_ACCESSOR(nm_doc_quotes, nm_quote, quotes)
LAYER_ACCESSOR(nm_doc_times, nm_time, times)

const char *nm_quote_kind_name(nm_quote_kind k) {
  switch (k) {
  case NM_QUOTE_DIRECT: return "direct";
  case NM_QUOTE_PARTIAL: return "partial";
  case NM_QUOTE_INDIRECT: return "indirect";
  case NM_QUOTE_TERM: return "term";
  }
  return "direct";
}
LAYER_ACCESSOR(nm_doc_places, nm_place, places)
LAYER_ACCESSOR(nm_doc_events, nm_event, events)

const nm_tone *nm_doc_tone(const nm_doc *d) { return d->has_tone ? &d->tone : NULL; }

const double *nm_doc_sentence_tone(const nm_doc *d, size_t *n) {
  if (n) *n = d->has_tone ? d->sentence_tone.n : 0;
  return d->has_tone ? (const double *)d->sentence_tone.data : NULL;
}

const char *nm_time_type_name(nm_time_type t) {
  switch (t) {
  case NM_TIME_DATE: return "DATE";
  case NM_TIME_TIME: return "TIME";
  case NM_TIME_DURATION: return "DURATION";
  case NM_TIME_SET: return "SET";
  }
  return "DATE";
}

const char *nm_entity_type_name(nm_entity_type t) {
  static const char *const names[NM_ENT_COUNT] = {"PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"};
  return (unsigned)t < NM_ENT_COUNT ? names[t] : "MISC";
}

const char *nm_mention_kind_name(nm_mention_kind k) {
  switch (k) {
  case NM_MENTION_NAME: return "name";
  case NM_MENTION_NOMINAL: return "nominal";
  case NM_MENTION_PRONOUN: return "pronoun";
  }
  return "name";
}

nm_status nm_doc_add_warning(nm_doc *d, nm_warning_code c, uint32_t offset) {
  nm_warning *w = nm_vec_push(&d->warnings);
  if (!w) return NM_ERR_NOMEM;
  w->code = c;
  w->offset = offset;
  return NM_OK;
}

nm_token *nm_doc_push_token(nm_doc *d) { return nm_vec_push(&d->tokens); }

/* --- Pre-segmented input. Each call checks order and containment so that a
 * bad reader cannot build a model the writers would misread. */

nm_status nm_doc_add_paragraph(nm_doc *d, uint32_t start, uint32_t end, nm_error *err) {
  if (d->processed) goto invalid;
  if (start > end || end > d->len) goto invalid;
  if (d->paragraphs.n) {
    const nm_paragraph *last = (const nm_paragraph *)d->paragraphs.data + d->paragraphs.n - 1;
    if (start < last->end) goto invalid;
  }
  nm_paragraph *p = nm_vec_push(&d->paragraphs);
  if (!p) {
    set_err(err, NM_ERR_NOMEM, "out of memory", 0);
    return NM_ERR_NOMEM;
  }
  p->start = start;
  p->end = end;
  p->first_sentence = (uint32_t)d->sentences.n;
  p->n_sentences = 0;
  d->presegmented = true;
  return NM_OK;
invalid:
  set_err(err, NM_ERR_INVALID, "paragraph span out of order or outside the text", start);
  return NM_ERR_INVALID;
}

nm_status nm_doc_add_sentence(nm_doc *d, uint32_t start, uint32_t end, nm_error *err) {
  if (d->processed || !d->paragraphs.n) goto invalid;
  nm_paragraph *p = (nm_paragraph *)d->paragraphs.data + d->paragraphs.n - 1;
  if (start > end || start < p->start || end > p->end) goto invalid;
  if (d->sentences.n > p->first_sentence) {
    const nm_sentence *last = (const nm_sentence *)d->sentences.data + d->sentences.n - 1;
    if (start < last->end) goto invalid;
  }
  nm_sentence *s = nm_vec_push(&d->sentences);
  if (!s) {
    set_err(err, NM_ERR_NOMEM, "out of memory", 0);
    return NM_ERR_NOMEM;
  }
  s->start = start;
  s->end = end;
  s->paragraph = (uint32_t)d->paragraphs.n - 1;
  s->first_token = (uint32_t)d->tokens.n;
  s->n_tokens = 0;
  p->n_sentences++;
  return NM_OK;
invalid:
  set_err(err, NM_ERR_INVALID, "sentence span out of order or outside its paragraph", start);
  return NM_ERR_INVALID;
}

nm_status nm_doc_add_token(nm_doc *d, uint32_t start, uint32_t end, uint32_t flags,
                           const char *form, size_t form_len, nm_error *err) {
  if (d->processed || !d->sentences.n) goto invalid;
  nm_sentence *s = (nm_sentence *)d->sentences.data + d->sentences.n - 1;
  if (start > end || start < s->start || end > s->end) goto invalid;
  if (s->n_tokens) {
    const nm_token *last = (const nm_token *)d->tokens.data + d->tokens.n - 1;
    /* Words of one multiword token may share a span; others may not overlap. */
    if ((flags & NM_TOK_JOINED) ? start < last->start : start < last->end) goto invalid;
  } else if (flags & NM_TOK_JOINED) {
    goto invalid;
  }
  const char *f = NULL;
  if (form) {
    f = nm_arena_strndup(&d->arena, form, form_len);
    if (!f) {
      set_err(err, NM_ERR_NOMEM, "out of memory", 0);
      return NM_ERR_NOMEM;
    }
  }
  nm_token *t = nm_vec_push(&d->tokens);
  if (!t) {
    set_err(err, NM_ERR_NOMEM, "out of memory", 0);
    return NM_ERR_NOMEM;
  }
  t->start = start;
  t->end = end;
  t->sentence = (uint32_t)d->sentences.n - 1;
  t->flags = flags & (NM_TOK_NO_SPACE_AFTER | NM_TOK_JOINED | NM_TOK_INVALID_UTF8);
  t->form = f;
  s->n_tokens++;
  return NM_OK;
invalid:
  set_err(err, NM_ERR_INVALID, "token span out of order or outside its sentence", start);
  return NM_ERR_INVALID;
}

int nm_doc_dateline(const nm_doc *d, nm_span *span) {
  if (!d->has_dateline) return 0;
  if (span) *span = d->dateline;
  return 1;
}
