/* fuzz_common.h - shared pieces of the libFuzzer targets: the pipeline, an
 * output sink that checks and discards, and the document invariants.
 *
 * A target aborts (and libFuzzer records the input) when an invariant fails.
 * The checks use only the public API, and decide "white space" and "valid
 * UTF-8" with their own code rather than the library's, so that a bug in
 * the library's tables cannot hide itself. Header-only because the Makefile
 * builds each target from one .c file. */
#ifndef NM_FUZZ_COMMON_H
#define NM_FUZZ_COMMON_H

#include "newsmill.h"

#include <stdbool.h>
#include "fuzz_check.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The pipeline is immutable and meant to be built once, so it is built on
 * first use and kept (still reachable at exit, so LeakSanitizer is quiet). */
static inline const nm_pipeline *fuzz_pipeline(void) {
  static nm_pipeline *p;
  if (!p) {
    nm_error err = {NM_OK, NULL, 0};
    p = nm_pipeline_new(NULL, &err);
    if (!p) {
      fprintf(stderr, "nm_pipeline_new: %s\n", err.msg ? err.msg : "(no message)");
      abort();
    }
  }
  return p;
}

/* ------------------------------------------------------------------ */
/* Output sink                                                         */

typedef struct fuzz_sink {
  size_t bytes;
  size_t newlines;
  char last;
} fuzz_sink;

/* Discards the output, keeping only what the checks need. */
static int fuzz_sink_write(void *ctx, const char *buf, size_t len) {
  fuzz_sink *s = ctx;
  FUZZ_CHECK(buf != NULL || len == 0);
  for (size_t i = 0; i < len; i++)
    if (buf[i] == '\n') s->newlines++;
  if (len) s->last = buf[len - 1];
  s->bytes += len;
  return 0;
}

/* Writes the document as JSON (with tokens) and CoNLL-U into the sink. When
 * one_line is true the JSON record must be exactly one line: the input had
 * no newline, so none may reach the output unescaped. */
static void fuzz_write_outputs(const nm_doc *d, bool one_line) {
  nm_error err = {NM_OK, NULL, 0};
  fuzz_sink js = {0, 0, 0};
  FUZZ_CHECK(nm_write_json(d, NM_OUT_TOKENS, fuzz_sink_write, &js, &err) == NM_OK);
  FUZZ_CHECK(js.bytes > 0 && js.last == '\n');
  if (one_line) FUZZ_CHECK(js.newlines == 1);

  fuzz_sink cs = {0, 0, 0};
  FUZZ_CHECK(nm_write_conllu(d, fuzz_sink_write, &cs, &err) == NM_OK);
  FUZZ_CHECK(cs.bytes > 0 && cs.last == '\n');
}

/* ------------------------------------------------------------------ */
/* Invariants                                                          */

/* Decodes one code point strictly (no overlong forms, no surrogates, nothing
 * above U+10FFFF). Returns its length, or 0 for an invalid sequence. */
static size_t fuzz_utf8(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0];
  size_t len;
  uint32_t v, min;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if (c >= 0xC0 && c < 0xE0) {
    len = 2, v = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c < 0xF0) {
    len = 3, v = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c < 0xF8) {
    len = 4, v = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (s[i] & 0x3Fu);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

/* Unicode's White_Space property. */
static bool fuzz_is_white(uint32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

/* True when s[0..n) is nothing but white space (and n > 0). */
static bool fuzz_all_white(const unsigned char *s, size_t n) {
  if (!n) return false;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t k = fuzz_utf8(s + i, n - i, &cp);
    if (!k || !fuzz_is_white(cp)) return false;
    i += k;
  }
  return true;
}

static bool fuzz_valid_utf8(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t k = fuzz_utf8(s + i, n - i, &cp);
    if (!k) return false;
    i += k;
  }
  return true;
}

enum {
  /* The layers came from nm_process()'s segmenter, not from a CoNLL-U
   * reader: tokens never overlap, no layer is empty, and token flags follow
   * from the text. */
  FUZZ_SEGMENTED = 1u << 0
};

/* Checks the layers of a processed document against each other and the
 * text. Aborts on the first violation. */
static void fuzz_check_doc(const nm_doc *d, unsigned mode) {
  bool seg = (mode & FUZZ_SEGMENTED) != 0;
  size_t len = 0, np = 0, ns = 0, nt = 0, nw = 0;
  const unsigned char *text = (const unsigned char *)nm_doc_text(d, &len);
  const nm_paragraph *par = nm_doc_paragraphs(d, &np);
  const nm_sentence *sen = nm_doc_sentences(d, &ns);
  const nm_token *tok = nm_doc_tokens(d, &nt);
  const nm_warning *warn = nm_doc_warnings(d, &nw);
  FUZZ_CHECK(text != NULL || len == 0);
  FUZZ_CHECK(np == 0 || par != NULL);
  FUZZ_CHECK(ns == 0 || sen != NULL);
  FUZZ_CHECK(nt == 0 || tok != NULL);
  FUZZ_CHECK(nw == 0 || warn != NULL);

  for (size_t i = 0; i < nw; i++) {
    FUZZ_CHECK((unsigned)warn[i].code < NM_WARN_COUNT);
    FUZZ_CHECK(warn[i].offset <= len);
  }

  /* Paragraphs: in order, apart, inside the text; their sentence ranges
   * tile the sentence array. */
  size_t next_sentence = 0;
  for (size_t p = 0; p < np; p++) {
    FUZZ_CHECK(par[p].start <= par[p].end && par[p].end <= len);
    if (p) FUZZ_CHECK(par[p - 1].end <= par[p].start);
    FUZZ_CHECK(par[p].first_sentence == next_sentence);
    FUZZ_CHECK(par[p].n_sentences <= ns - next_sentence);
    if (seg) FUZZ_CHECK(par[p].start < par[p].end && par[p].n_sentences > 0);
    next_sentence += par[p].n_sentences;
  }
  FUZZ_CHECK(next_sentence == ns);

  /* Sentences: in order, apart, inside their paragraph; their token ranges
   * tile the token array. */
  size_t next_token = 0;
  for (size_t s = 0; s < ns; s++) {
    FUZZ_CHECK(sen[s].start <= sen[s].end && sen[s].end <= len);
    if (s) FUZZ_CHECK(sen[s - 1].end <= sen[s].start);
    FUZZ_CHECK(sen[s].paragraph < np);
    const nm_paragraph *pp = &par[sen[s].paragraph];
    FUZZ_CHECK(s >= pp->first_sentence && s - pp->first_sentence < pp->n_sentences);
    FUZZ_CHECK(pp->start <= sen[s].start && sen[s].end <= pp->end);
    FUZZ_CHECK(sen[s].first_token == next_token);
    FUZZ_CHECK(sen[s].n_tokens <= nt - next_token);
    if (seg) FUZZ_CHECK(sen[s].start < sen[s].end && sen[s].n_tokens > 0);
    next_token += sen[s].n_tokens;
  }
  FUZZ_CHECK(next_token == nt);

  /* Tokens: non-empty, in order, inside their sentence, never white space
   * only. Only the words of one multiword token may share text, and only
   * when the input was presegmented. */
  for (size_t t = 0; t < nt; t++) {
    FUZZ_CHECK(tok[t].start < tok[t].end && tok[t].end <= len);
    FUZZ_CHECK(tok[t].sentence < ns);
    const nm_sentence *ss = &sen[tok[t].sentence];
    FUZZ_CHECK(t >= ss->first_token && t - ss->first_token < ss->n_tokens);
    FUZZ_CHECK(ss->start <= tok[t].start && tok[t].end <= ss->end);
    FUZZ_CHECK(!fuzz_all_white(text + tok[t].start, tok[t].end - tok[t].start));
    FUZZ_CHECK((tok[t].flags &
                ~(uint32_t)(NM_TOK_NO_SPACE_AFTER | NM_TOK_JOINED | NM_TOK_INVALID_UTF8)) == 0);
    if (t == ss->first_token) FUZZ_CHECK(!(tok[t].flags & NM_TOK_JOINED));
    if (t) {
      if (seg) {
        FUZZ_CHECK(tok[t - 1].end <= tok[t].start);
      } else {
        FUZZ_CHECK(tok[t - 1].start <= tok[t].start);
        if (tok[t].start < tok[t - 1].end) FUZZ_CHECK(tok[t].flags & NM_TOK_JOINED);
      }
    }
    if (seg) {
      /* The flags say what the text says. */
      bool bad = !fuzz_valid_utf8(text + tok[t].start, tok[t].end - tok[t].start);
      FUZZ_CHECK(bad == ((tok[t].flags & NM_TOK_INVALID_UTF8) != 0));
      FUZZ_CHECK(tok[t].form == NULL);
      bool touches = t + 1 < nt && tok[t + 1].start == tok[t].end;
      FUZZ_CHECK(touches == ((tok[t].flags & NM_TOK_NO_SPACE_AFTER) != 0));
    }
  }
}

#endif
