/* doc.h - the per-article document model shared by the stages. Internal.
 *
 * Each stage reads the layers before it and fills its own. Layers are nm_vec
 * arrays of the public structs; strings live in the arena. */
#ifndef NM_DOC_H
#define NM_DOC_H

#include "arena.h"
#include "newsmill.h"

#include <stdbool.h>

/* Bytes of NUL padding after a document's text. */
#define NM_TEXT_PAD 16

struct nm_doc {
  char *text; /* a copy of the input, followed by NM_TEXT_PAD NUL bytes */
  uint32_t len;
  nm_arena arena;
  struct {
    const char *s;
    size_t len;
  } meta[NM_META_COUNT];
  nm_vec paragraphs; /* nm_paragraph */
  nm_vec sentences;  /* nm_sentence */
  nm_vec tokens;     /* nm_token */
  nm_vec warnings;   /* nm_warning */
  nm_vec tags;       /* nm_word_tags, parallel to tokens, when tagged */
  nm_vec mentions;   /* nm_mention, in text order */
  nm_vec entities;   /* nm_entity, in order of first mention */
  nm_vec quotes;     /* nm_quote, in text order */
  nm_vec times;      /* nm_time, in text order */
  nm_vec places;     /* nm_place, in order of first mention */
  nm_vec events;     /* nm_event, in text order */
  nm_vec sentence_tone; /* double, parallel to sentences, when has_tone */
  nm_tone tone;
  bool has_tone;
  nm_span dateline;  /* "WASHINGTON (AP)" when has_dateline */
  bool has_dateline;
  bool presegmented; /* layers above came from nm_doc_add_* */
  bool processed;
};

/* Appends a token; NULL on out of memory. */
nm_token *nm_doc_push_token(nm_doc *d);

#endif
