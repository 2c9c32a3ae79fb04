/* treebank.c - annotated CoNLL-U for training and evaluation. */
#include "treebank.h"

#include "error.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool genre_ok(const char *docid, const char *const *genres, size_t n) {
  if (!genres || strncmp(docid, "GUM_", 4) != 0) return true;
  const char *g = docid + 4;
  const char *e = strchr(g, '_');
  size_t gl = e ? (size_t)(e - g) : strlen(g);
  for (size_t i = 0; i < n; i++)
    if (strlen(genres[i]) == gl && memcmp(genres[i], g, gl) == 0) return true;
  return false;
}

nm_status nm_treebank_read(const char *path, const char *const *genres, size_t n_genres,
                           nm_treebank *tb, nm_error *err) {
  memset(tb, 0, sizeof *tb);
  FILE *f = fopen(path, "rb");
  if (!f) return nm_fail(err, NM_ERR_IO, "cannot open the treebank file", 0);
  fseek(f, 0, SEEK_END);
  long sz = ftell(f);
  fseek(f, 0, SEEK_SET);
  if (sz < 0) {
    fclose(f);
    return nm_fail(err, NM_ERR_IO, "cannot read the treebank file", 0);
  }
  char *buf = malloc((size_t)sz + 1);
  if (!buf) {
    fclose(f);
    return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  }
  size_t len = fread(buf, 1, (size_t)sz, f);
  fclose(f);
  buf[len] = '\0';
  /* Upper bounds: words <= lines, sentences <= lines. */
  size_t lines = 1;
  for (size_t i = 0; i < len; i++)
    lines += buf[i] == '\n';
  tb->word_pool = malloc(lines * sizeof *tb->word_pool);
  tb->sents = malloc(lines * sizeof *tb->sents);
  if (!tb->word_pool || !tb->sents) {
    free(buf);
    nm_treebank_free(tb);
    return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  }
  tb->pool = buf; /* strings are cut in place */
  size_t nw = 0, line = 0, sent_start = 0;
  bool keep = true, in_sent = false;
  char *p = buf;
  while (p < buf + len) {
    char *nl = memchr(p, '\n', (size_t)(buf + len - p));
    char *end = nl ? nl : buf + len;
    line++;
    if (end > p && end[-1] == '\r') end[-1] = '\0';
    *end = '\0';
    if (*p == '\0') {
      if (in_sent && keep && nw > sent_start) {
        tb->sents[tb->n].words = tb->word_pool + sent_start;
        tb->sents[tb->n].n = (uint32_t)(nw - sent_start);
        tb->n++;
      } else {
        nw = sent_start;
      }
      in_sent = false;
      sent_start = nw;
    } else if (*p == '#') {
      if (strncmp(p, "# newdoc id = ", 14) == 0) keep = genre_ok(p + 14, genres, n_genres);
    } else {
      in_sent = true;
      char *col[10];
      int nc = 0;
      char *q = p;
      col[nc++] = q;
      while (*q && nc < 10) {
        if (*q == '\t') {
          *q = '\0';
          col[nc++] = q + 1;
        }
        q++;
      }
      if (nc != 10 || strchr(col[9], '\t')) {
        nm_treebank_free(tb);
        return nm_fail(err, NM_ERR_PARSE, "a CoNLL-U line must have 10 tab-separated columns",
                       line);
      }
      if (strchr(col[0], '-') || strchr(col[0], '.')) goto next; /* ranges, empty nodes */
      nm_tb_word *w = &tb->word_pool[nw++];
      w->form = col[1];
      w->lemma = col[2];
      w->upos = col[3];
      w->xpos = col[4];
      w->deprel = col[7];
      char *endp;
      unsigned long h = strtoul(col[6], &endp, 10);
      w->head = (*col[6] >= '0' && *col[6] <= '9' && *endp == '\0') ? (uint32_t)h : 0;
    }
  next:
    p = nl ? nl + 1 : buf + len;
  }
  if (in_sent && keep && nw > sent_start) {
    tb->sents[tb->n].words = tb->word_pool + sent_start;
    tb->sents[tb->n].n = (uint32_t)(nw - sent_start);
    tb->n++;
  }
  return NM_OK;
}

void nm_treebank_free(nm_treebank *tb) {
  free(tb->pool);
  free(tb->word_pool);
  free(tb->sents);
  memset(tb, 0, sizeof *tb);
}
