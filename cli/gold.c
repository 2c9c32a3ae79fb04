/* gold.c - gold CoNLL-U for the eval commands: the file handed out one
 * document at a time (its text rebuilt by nm_conllu_read_doc), and the token
 * and sentence spans that `eval segment` and the raw-text parse evaluation
 * both score. Sharing them keeps their token and sentence F1 identical. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int nm_cli_gold_open(nm_cli_gold *g, const char *path, const char *who) {
  memset(g, 0, sizeof *g);
  g->path = path;
  g->who = who;
  g->line = 1;
  if (nm_cli_read_file(path, &g->buf, &g->len) != 0) {
    fprintf(stderr, "%s: cannot read %s: %s\n", who, path, strerror(errno));
    return 2;
  }
  return 0;
}

int nm_cli_gold_next(nm_cli_gold *g, nm_doc **doc, size_t *line, char **src, size_t *src_len) {
  *doc = NULL;
  if (g->off >= g->len) return 0;
  nm_error err = {0};
  size_t consumed = 0, doc_line = g->line;
  nm_doc *d = nm_conllu_read_doc(g->buf + g->off, g->len - g->off, &consumed, &g->line, &err);
  char *s = g->buf + g->off;
  g->off += consumed;
  if (!d) {
    if (err.code == NM_OK) return 0; /* nothing but comments and blank lines were left */
    fprintf(stderr, "%s: %s:%zu: %s\n", g->who, g->path,
            err.code == NM_ERR_PARSE ? err.pos : doc_line,
            err.msg ? err.msg : nm_status_str(err.code));
    return 2;
  }
  *doc = d;
  if (line) *line = doc_line;
  if (src) *src = s;
  if (src_len) *src_len = consumed;
  return 1;
}

void nm_cli_gold_close(nm_cli_gold *g) {
  free(g->buf);
  g->buf = NULL;
  g->len = g->off = 0;
}

static bool push_span(nm_cli_spans *l, uint32_t start, uint32_t end) {
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 256;
    nm_span *p = realloc(l->p, cap * sizeof *p);
    if (!p) return false;
    l->p = p;
    l->cap = cap;
  }
  l->p[l->n].start = start;
  l->p[l->n].end = end;
  l->n++;
  return true;
}

bool nm_cli_surface_tokens(const nm_doc *d, nm_cli_spans *out) {
  size_t n;
  const nm_token *t = nm_doc_tokens(d, &n);
  out->n = 0;
  for (size_t i = 0; i < n;) {
    uint32_t start = t[i].start, end = t[i].end;
    size_t j = i + 1;
    for (; j < n && (t[j].flags & NM_TOK_JOINED) && t[j].sentence == t[i].sentence; j++)
      if (t[j].end > end) end = t[j].end;
    if (!push_span(out, start, end)) return false;
    i = j;
  }
  return true;
}

bool nm_cli_sentence_spans(const nm_doc *d, nm_cli_spans *out) {
  size_t ns, nt;
  const nm_sentence *s = nm_doc_sentences(d, &ns);
  const nm_token *t = nm_doc_tokens(d, &nt);
  out->n = 0;
  for (size_t i = 0; i < ns; i++) {
    if (!s[i].n_tokens || s[i].first_token >= nt || s[i].n_tokens > nt - s[i].first_token) continue;
    const nm_token *first = &t[s[i].first_token];
    uint32_t end = first->end;
    for (uint32_t k = 1; k < s[i].n_tokens; k++)
      if (first[k].end > end) end = first[k].end;
    if (!push_span(out, first->start, end)) return false;
  }
  return true;
}

static int span_cmp(const nm_span *a, const nm_span *b) {
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end < b->end ? -1 : 1;
  return 0;
}

size_t nm_cli_count_matches(const nm_cli_spans *g, const nm_cli_spans *s) {
  size_t i = 0, j = 0, c = 0;
  while (i < g->n && j < s->n) {
    int k = span_cmp(&g->p[i], &s->p[j]);
    if (k == 0) {
      c++;
      i++;
      j++;
    } else if (k < 0) {
      i++;
    } else {
      j++;
    }
  }
  return c;
}
