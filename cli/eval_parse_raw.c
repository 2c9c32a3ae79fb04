/* eval_parse_raw.c - the whole pipeline on raw text, scored against gold
 * CoNLL-U the way the CoNLL 2018 shared task scores it (conll18_ud_eval.py).
 *
 * Each gold document's text is rebuilt from the gold as eval segment does,
 * and the pipeline segments, tags and parses it afresh. The script aligns
 * words by character offsets in the text with white space removed; here
 * both sides are byte spans into the same text, so identical spans are the
 * same alignment. Tokens and sentences are scored with eval segment's own
 * code (gold.c), so their F1 is the one eval segment prints.
 *
 * Multiword tokens. nm_conllu_read_doc gives the words of a gold multiword
 * token consecutive parts of its span when they spell it ("do" "n't" in
 * "don't"; every multiword token of EWT and GUM does), so those words align
 * with system words of the same spans, which is where the script's
 * alignment of forms inside a multiword token arrives too. Words that do
 * not spell their token all get its whole span; they align only as a group
 * with as many system words over exactly that span (nm_cli_score_words),
 * else they count as unaligned.
 *
 * A system word the parser left without a relation (no parser loaded) has
 * no head, so it scores neither UAS nor LAS. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#define WHO "newsmill eval parse"

typedef struct word_list {
  nm_cli_word *p;
  size_t n, cap;
} word_list;

static bool reserve(word_list *w, size_t n) {
  if (n <= w->cap) return true;
  if (n > SIZE_MAX / sizeof *w->p) return false;
  nm_cli_word *p = realloc(w->p, n * sizeof *p);
  if (!p) return false;
  w->p = p;
  w->cap = n;
  return true;
}

/* A CoNLL-U HEAD: a decimal number, else NM_CLI_NO_HEAD. */
static size_t parse_head(const char *s, size_t n) {
  if (n == 0 || n > 9) return NM_CLI_NO_HEAD;
  size_t v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return NM_CLI_NO_HEAD;
    v = v * 10 + (size_t)(s[i] - '0');
  }
  return v;
}

/* Turns the heads of the sentence w[first..w->n), numbered within the
 * sentence, into heads numbered within the document. */
static void resolve_heads(word_list *w, size_t first) {
  size_t n = w->n - first;
  for (size_t i = first; i < w->n; i++) {
    size_t h = w->p[i].head;
    if (h != 0 && h != NM_CLI_NO_HEAD) w->p[i].head = h <= n ? first + h : NM_CLI_NO_HEAD;
  }
}

static bool is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t') return false;
  return true;
}

enum { COL_ID, COL_LEMMA = 2, COL_UPOS, COL_XPOS, COL_HEAD = 6, COL_DEPREL, NCOLS = 10 };

/* Fills w with the syntactic words of the gold document d, whose CoNLL-U
 * lines are src[0..n): the annotation columns come from the lines (cut in
 * place into strings), the spans from d's tokens, which nm_conllu_read_doc
 * made one per word line, in order. It accepted these lines, so each token
 * line has ten fields; NM_ERR_PARSE means the two readings disagree. */
static nm_status gold_words(const nm_doc *d, char *src, size_t n, word_list *w) {
  size_t nt;
  const nm_token *t = nm_doc_tokens(d, &nt);
  w->n = 0;
  if (!reserve(w, nt)) return NM_ERR_NOMEM;
  size_t first = 0; /* the open sentence's first word */
  bool in_sent = false;
  for (size_t pos = 0; pos < n;) {
    char *line = src + pos;
    char *nl = memchr(line, '\n', n - pos);
    size_t len = nl ? (size_t)(nl - line) : n - pos;
    pos += len + (nl != NULL);
    if (len && line[len - 1] == '\r') len--;
    if (is_blank(line, len)) {
      if (in_sent) resolve_heads(w, first);
      in_sent = false;
      continue;
    }
    if (line[0] == '#') continue;
    if (!in_sent) {
      in_sent = true;
      first = w->n;
    }
    char *f[NCOLS];
    size_t fn[NCOLS], k = 0, start = 0;
    for (size_t i = 0; i <= len && k < NCOLS; i++) {
      if (i < len && line[i] != '\t') continue;
      f[k] = line + start;
      fn[k++] = i - start;
      start = i + 1;
    }
    if (k != NCOLS) return NM_ERR_PARSE;
    if (memchr(f[COL_ID], '-', fn[COL_ID]) || memchr(f[COL_ID], '.', fn[COL_ID]))
      continue; /* a multiword token's range, an empty node */
    if (w->n == nt) return NM_ERR_PARSE;
    nm_cli_word *x = &w->p[w->n];
    x->start = t[w->n].start;
    x->end = t[w->n].end;
    x->head = parse_head(f[COL_HEAD], fn[COL_HEAD]);
    /* Each of these columns ends at a tab, which becomes the NUL. */
    f[COL_LEMMA][fn[COL_LEMMA]] = f[COL_UPOS][fn[COL_UPOS]] = '\0';
    f[COL_XPOS][fn[COL_XPOS]] = f[COL_DEPREL][fn[COL_DEPREL]] = '\0';
    x->lemma = f[COL_LEMMA];
    x->upos = f[COL_UPOS];
    x->xpos = f[COL_XPOS];
    x->deprel = f[COL_DEPREL];
    w->n++;
  }
  if (in_sent) resolve_heads(w, first);
  return w->n == nt ? NM_OK : NM_ERR_PARSE;
}

/* Fills w with the words of the processed document d. */
static bool system_words(const nm_doc *d, word_list *w) {
  size_t nt, ns, ntags;
  const nm_token *t = nm_doc_tokens(d, &nt);
  const nm_sentence *s = nm_doc_sentences(d, &ns);
  const nm_word_tags *tg = nm_doc_tags(d, &ntags);
  if (ntags != nt) tg = NULL;
  w->n = 0;
  if (!reserve(w, nt)) return false;
  for (size_t i = 0; i < nt; i++) {
    nm_cli_word *x = &w->p[i];
    x->start = t[i].start;
    x->end = t[i].end;
    x->upos = tg ? tg[i].upos : NULL;
    x->xpos = tg ? tg[i].xpos : NULL;
    x->lemma = tg ? tg[i].lemma : NULL;
    x->deprel = tg ? tg[i].deprel : NULL;
    x->head = NM_CLI_NO_HEAD;
    if (!x->deprel) continue;
    uint32_t h = tg[i].head, si = t[i].sentence;
    if (h == 0)
      x->head = 0;
    else if (si < ns && h <= s[si].n_tokens)
      x->head = (size_t)s[si].first_token + h;
  }
  w->n = nt;
  return true;
}

typedef struct counts {
  size_t gold, sys, correct;
} counts;

typedef struct state {
  const nm_pipeline *p;
  const char *path;
  word_list gold, sys;
  nm_cli_spans gold_spans, sys_spans;
  nm_cli_word_counts words;
  counts tokens, sentences;
} state;

static void add_spans(counts *c, const nm_cli_spans *g, const nm_cli_spans *s) {
  c->gold += g->n;
  c->sys += s->n;
  c->correct += nm_cli_count_matches(g, s);
}

static int nomem(void) {
  fprintf(stderr, WHO ": out of memory\n");
  return 2;
}

/* Scores one gold document g (CoNLL-U lines src[0..n), from line `line`).
 * Returns 0, or 2 with a message. */
static int score_doc(state *st, const nm_doc *g, char *src, size_t n, size_t line) {
  nm_status rc = gold_words(g, src, n, &st->gold);
  if (rc == NM_ERR_NOMEM) return nomem();
  if (rc != NM_OK) {
    fprintf(stderr, WHO ": %s:%zu: the document's words do not match its tokens\n", st->path, line);
    return 2;
  }
  nm_error err = {0};
  size_t tlen, id_len;
  const char *text = nm_doc_text(g, &tlen);
  const char *id = nm_doc_meta(g, NM_META_ID, &id_len);
  nm_doc *s = nm_doc_new(text, tlen, &err);
  if (!s || (id && nm_doc_set_meta(s, NM_META_ID, id, id_len, &err) != NM_OK) ||
      nm_process(st->p, s, &err) != NM_OK) {
    fprintf(stderr, WHO ": %s:%zu: processing failed: %s\n", st->path, line,
            err.msg ? err.msg : nm_status_str(err.code));
    nm_doc_free(s);
    return 2;
  }
  bool ok = system_words(s, &st->sys) &&
            nm_cli_score_words(st->gold.p, st->gold.n, st->sys.p, st->sys.n, &st->words) &&
            nm_cli_surface_tokens(g, &st->gold_spans) && nm_cli_surface_tokens(s, &st->sys_spans);
  if (ok) {
    add_spans(&st->tokens, &st->gold_spans, &st->sys_spans);
    ok = nm_cli_sentence_spans(g, &st->gold_spans) && nm_cli_sentence_spans(s, &st->sys_spans);
    if (ok) add_spans(&st->sentences, &st->gold_spans, &st->sys_spans);
  }
  nm_doc_free(s);
  return ok ? 0 : nomem();
}

/* 2 * correct / (gold + system), as a percentage; two empty sides agree. */
static double f1(size_t correct, size_t gold, size_t sys) {
  return gold + sys ? 200.0 * (double)correct / ((double)gold + (double)sys) : 100.0;
}

int nm_cli_eval_parse_raw(const char *gold_path, const nm_pipeline *p, nm_raw_scores *out) {
  memset(out, 0, sizeof *out);
  if (!p) {
    fprintf(stderr, WHO ": no pipeline\n");
    return 2;
  }
  nm_cli_gold gf;
  if (nm_cli_gold_open(&gf, gold_path, WHO) != 0) return 2;
  state st = {0};
  st.p = p;
  st.path = gold_path;
  int rc;
  for (;;) {
    nm_doc *g;
    char *src;
    size_t line, n;
    rc = nm_cli_gold_next(&gf, &g, &line, &src, &n);
    if (rc != 1) break;
    rc = score_doc(&st, g, src, n, line);
    nm_doc_free(g);
    if (rc) break;
  }
  free(st.gold.p);
  free(st.sys.p);
  free(st.gold_spans.p);
  free(st.sys_spans.p);
  nm_cli_gold_close(&gf);
  if (rc) return rc;
  if (!st.sentences.gold) {
    fprintf(stderr, WHO ": %s holds no sentences\n", gold_path);
    return 2;
  }
  const nm_cli_word_counts *w = &st.words;
  out->gold_words = w->gold;
  out->sys_words = w->sys;
  out->aligned_words = w->aligned;
  out->tokens_f1 = f1(st.tokens.correct, st.tokens.gold, st.tokens.sys);
  out->sentences_f1 = f1(st.sentences.correct, st.sentences.gold, st.sentences.sys);
  out->upos_f1 = f1(w->upos, w->gold, w->sys);
  out->xpos_f1 = f1(w->xpos, w->gold, w->sys);
  out->lemma_f1 = f1(w->lemma, w->gold, w->sys);
  out->uas_f1 = f1(w->uas, w->gold, w->sys);
  out->las_f1 = f1(w->las, w->gold, w->sys);
  return 0;
}
