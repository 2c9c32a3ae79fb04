/* quotes_marks.c - pairing quotation marks into outermost quotations.
 *
 * Marks are tokens of their own (segment.c). Each paragraph is read twice:
 * first its single marks are paired among themselves, so that an
 * apostrophe standing alone ("the ’90s", "rock ’n’ roll" half) that never
 * closes is no mark; then every mark is paired with a stack that holds at
 * most one open double and one open single quotation (a second opening of
 * the same kind ends the first: a missing closing mark costs one span, not
 * the rest of the paragraph). A double quotation still open at the end of
 * a paragraph runs to its end; when the next paragraph starts with an
 * opening mark, that span resumes it (the news convention for quotations
 * over several paragraphs). Linear in the number of tokens. */
#include "quotes_int.h"

#include "entities.h"
#include "utf8.h"

#include <string.h>

enum { DIR_OPEN = 1, DIR_CLOSE = 2 };

int nm_quote_mark(const nm_doc *d, size_t i) {
  const nm_token *t = (const nm_token *)d->tokens.data + i;
  if (t->flags & NM_TOK_JOINED) return 0; /* the possessive of "the Smiths’" */
  size_t len;
  const char *s = nm_tok_text(d, i, &len);
  if (len == 0 || len > 3) return 0;
  /* '' and `` (LDC newswire, The New York Times's archive) */
  if (len == 2 && s[0] == s[1] && (s[0] == '\'' || s[0] == '`')) return NM_QM_DOUBLE;
  uint32_t cp;
  if (nm_utf8_decode((const unsigned char *)s, len, &cp) != len) return 0;
  switch (cp) {
  case '"':
  case 0x201C: /* “ */
  case 0x201D: /* ” */
  case 0x201E: /* „ */
  case 0x201F: /* ‟ */
  case 0xAB:   /* « */
  case 0xBB: /* » */ return NM_QM_DOUBLE;
  case '\'':
  case 0x2018: /* ‘ */
  case 0x2019: /* ’ */
  case 0x201A: /* ‚ */
  case 0x2039: /* ‹ */
  case 0x203A: /* › */ return NM_QM_SINGLE;
  }
  return 0;
}

/* What lies next to a mark: 0 white space or the text's edge, 1 a letter or
 * digit, 2 an opening bracket or dash, 3 other punctuation. */
static int side_class(uint32_t cp) {
  if (cp == 0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) return 0;
  unsigned cc = cp < 0x80 ? nm_ascii_class[cp] : nm_char_class(cp);
  if (cc & (NM_CC_SPACE | NM_CC_BREAK)) return 0;
  if (cc & NM_CC_WORD) return 1;
  if (cp == '(' || cp == '[' || cp == '{' || cp == '-' || cp == 0x2013 || cp == 0x2014) return 2;
  return 3;
}

static uint32_t cp_before(const nm_doc *d, uint32_t pos) {
  if (pos == 0) return 0;
  uint32_t j = pos - 1;
  int k = 0;
  while (j > 0 && k < 3 && ((unsigned char)d->text[j] & 0xC0) == 0x80)
    j--, k++;
  uint32_t cp;
  size_t n = nm_utf8_decode((const unsigned char *)d->text + j, pos - j, &cp);
  return n == pos - j ? cp : 0xFFFD;
}

static uint32_t cp_after(const nm_doc *d, uint32_t pos) {
  if (pos >= d->len) return 0;
  uint32_t cp;
  nm_utf8_decode((const unsigned char *)d->text + pos, d->len - pos, &cp);
  return cp;
}

/* The direction a mark's spacing shows: DIR_OPEN ("… “word"), DIR_CLOSE
 * ("word” …"), or 0 when it shows neither or both. */
static int spacing_dir(const nm_doc *d, const nm_token *t) {
  int before = side_class(cp_before(d, t->start));
  int after = side_class(cp_after(d, t->end));
  bool open_like = (before == 0 || before == 2) && after != 0;
  bool close_like = (before == 1 || before == 3) && (after == 0 || after == 3);
  if (open_like && !close_like) return DIR_OPEN;
  if (close_like && !open_like) return DIR_CLOSE;
  return 0;
}

/* Direction of mark token i of kind k; open_now says whether a quotation of
 * that kind is open (used to alternate when nothing else decides). */
static int mark_dir(const nm_doc *d, size_t i, bool open_now) {
  const nm_token *t = (const nm_token *)d->tokens.data + i;
  size_t len;
  const char *s = nm_tok_text(d, i, &len);
  uint32_t cp;
  nm_utf8_decode((const unsigned char *)s, len, &cp);
  int sp = spacing_dir(d, t);
  switch (cp) {
  case '`': /* `` always opens */
    return DIR_OPEN;
  case 0x201C:
  case 0x201E:
  case 0x201F:
  case 0xAB:
  case 0x2018:
  case 0x201A:
  case 0x2039:
    /* an opening glyph, unless it plainly closes an open quotation */
    return sp == DIR_CLOSE && open_now ? DIR_CLOSE : DIR_OPEN;
  case 0x201D:
  case 0xBB:
  case 0x2019:
  case 0x203A:
    /* a closing glyph, unless it plainly opens ("”odd”", "’90s") */
    return sp == DIR_OPEN && !open_now ? DIR_OPEN : DIR_CLOSE;
  default:
    if (sp) return sp;
    return open_now ? DIR_CLOSE : DIR_OPEN;
  }
}

/* Pairing kinds: curly (or guillemet) doubles and straight doubles nest in
 * each other ("…: “…”" inside a straight quotation), singles in both. */
enum { PK_CURLY = NM_QM_DOUBLE, PK_SINGLE = NM_QM_SINGLE, PK_STRAIGHT = 3 };

typedef struct mark {
  uint32_t tok;
  uint8_t kind, dir; /* kind: PK_* */
  bool ok;           /* a real quotation mark (single marks must pair) */
} mark;

typedef struct open_entry {
  uint32_t tok;
  uint8_t kind;
  bool reopened;
} open_entry;

typedef struct pairing {
  const nm_doc *d;
  nm_vec *out;
  uint32_t *in_quote;
  nm_vec stack;                      /* uint32_t: indices of open single marks (pass 1) */
  nm_vec inner;                      /* nm_qspan: closed quotations inside the open outermost one */
  uint32_t par, par_first, par_last; /* tokens [par_first, par_last) */
  bool next_reopens;                 /* the next paragraph starts with an opening double mark */
  bool emitted;                      /* a span was emitted in this paragraph */
  nm_status st;
} pairing;

static void emit(pairing *p, uint32_t open, uint32_t close, uint32_t first, uint32_t last,
                 unsigned flags) {
  if (first >= last) return; /* "" */
  nm_qspan *s = nm_vec_push(p->out);
  if (!s) {
    p->st = NM_ERR_NOMEM;
    return;
  }
  s->open = open;
  s->close = close;
  s->first = first;
  s->last = last;
  s->paragraph = p->par;
  s->flags = flags;
  p->emitted = true;
  uint32_t id = (uint32_t)(p->out->n - 1);
  uint32_t a = open != NM_QNONE ? open : first;
  uint32_t b = close != NM_QNONE ? close + 1 : last;
  if (p->in_quote)
    for (uint32_t k = a; k < b; k++)
      p->in_quote[k] = id;
}

static unsigned entry_flags(const open_entry *e) {
  return (e->reopened ? NM_QS_REOPENED : 0u) | (e->kind == PK_SINGLE ? NM_QS_SINGLE : 0u);
}

/* One paragraph's marks, in text order. Returns whether a double
 * quotation is left open at its end. */
static bool pair_paragraph(pairing *p, mark *m, size_t nm, bool prev_left_open) {
  /* pass 1: single marks pair among themselves, innermost first */
  p->stack.n = 0;
  for (size_t k = 0; k < nm; k++) {
    if (m[k].kind != NM_QM_SINGLE) continue;
    m[k].dir = (uint8_t)mark_dir(p->d, m[k].tok, p->stack.n > 0);
    m[k].ok = false;
    if (m[k].dir == DIR_OPEN) {
      uint32_t *slot = nm_vec_push(&p->stack);
      if (!slot) {
        p->st = NM_ERR_NOMEM;
        return false;
      }
      *slot = (uint32_t)k;
    } else if (p->stack.n) {
      uint32_t j = ((uint32_t *)p->stack.data)[--p->stack.n];
      m[j].ok = true;
      m[k].ok = true;
    }
  }
  /* pass 2: every mark, with at most one open quotation of each kind */
  open_entry st[3];
  size_t n = 0;
  bool first_mark = true;
  for (size_t k = 0; k < nm; k++) {
    mark *x = &m[k];
    if (x->kind == PK_SINGLE && !x->ok) continue;
    size_t at = n; /* the open entry of the same kind */
    for (size_t j = 0; j < n; j++)
      if (st[j].kind == x->kind) at = j;
    if (x->kind != PK_SINGLE) x->dir = (uint8_t)mark_dir(p->d, x->tok, at < n);
    if (x->dir == DIR_CLOSE && at == n && x->kind != PK_SINGLE) {
      /* “…" and "…”: a close of the other double kind */
      for (size_t j = 0; j < n; j++)
        if (st[j].kind != PK_SINGLE) at = j;
    }
    if (x->dir == DIR_OPEN) {
      if (at < n) {
        /* a second opening ends the first, unclosed */
        if (at == 0) {
          emit(p, st[0].tok, NM_QNONE, st[0].tok + 1, x->tok, entry_flags(&st[0]));
          p->inner.n = 0;
        }
        n = at;
      }
      st[n].tok = x->tok;
      st[n].kind = x->kind;
      st[n].reopened =
          n == 0 && prev_left_open && first_mark && x->tok == p->par_first && x->kind != PK_SINGLE;
      n++;
    } else if (at < n) {
      if (at == 0) {
        emit(p, st[0].tok, x->tok, st[0].tok + 1, x->tok, entry_flags(&st[0]));
        p->inner.n = 0;
      } else if (at == 1) {
        /* kept in case the outermost mark proves to be a stray */
        nm_qspan *in = nm_vec_push(&p->inner);
        if (!in) {
          p->st = NM_ERR_NOMEM;
          return false;
        }
        in->open = st[1].tok;
        in->close = x->tok;
        in->first = st[1].tok + 1;
        in->last = x->tok;
        in->paragraph = p->par;
        in->flags = entry_flags(&st[1]);
      }
      n = at;
    } else if (x->kind != PK_SINGLE && n == 0 && first_mark && prev_left_open && !p->emitted) {
      /* the paragraph resumes a quotation without reopening it */
      emit(p, NM_QNONE, x->tok, p->par_first, x->tok, NM_QS_REOPENED);
    }
    first_mark = false;
  }
  /* the paragraph ends with an inner double quotation's closing mark (a
   * proper nesting would use single marks inside) */
  bool ends_closed = false;
  if (n && p->inner.n &&
      !(((const nm_qspan *)p->inner.data)[p->inner.n - 1].flags & NM_QS_SINGLE)) {
    uint32_t t = ((const nm_qspan *)p->inner.data)[p->inner.n - 1].close + 1;
    ends_closed = t >= p->par_last || (t + 1 == p->par_last && nm_quote_mark(p->d, t) == 0 &&
                                       ((const nm_token *)p->d->tokens.data)[t].end -
                                               ((const nm_token *)p->d->tokens.data)[t].start ==
                                           1);
  }
  if (n && p->inner.n && (!p->next_reopens || ends_closed) && !st[0].reopened) {
    /* an opening mark that never closes, around quotations that do: a
     * stray (scraped text often starts paragraphs with one) */
    for (size_t k = 0; k < p->inner.n; k++) {
      const nm_qspan *in = (const nm_qspan *)p->inner.data + k;
      emit(p, in->open, in->close, in->first, in->last, in->flags);
    }
    p->inner.n = 0;
    return false;
  }
  p->inner.n = 0;
  if (n) {
    emit(p, st[0].tok, NM_QNONE, st[0].tok + 1, p->par_last, NM_QS_LEFT_OPEN | entry_flags(&st[0]));
    return st[0].kind != PK_SINGLE;
  }
  return false;
}

nm_status nm_quote_spans(const nm_doc *d, nm_vec *out, uint32_t *in_quote) {
  const nm_paragraph *ps = (const nm_paragraph *)d->paragraphs.data;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  nm_vec marks;
  nm_vec_init(&marks, sizeof(mark));
  pairing p;
  memset(&p, 0, sizeof p);
  p.d = d;
  p.out = out;
  p.in_quote = in_quote;
  p.st = NM_OK;
  nm_vec_init(&p.stack, sizeof(uint32_t));
  nm_vec_init(&p.inner, sizeof(nm_qspan));
  bool left_open = false;
  for (size_t pi = 0; pi < d->paragraphs.n && p.st == NM_OK; pi++) {
    if (ps[pi].n_sentences == 0) continue;
    const nm_sentence *s0 = &ss[ps[pi].first_sentence];
    const nm_sentence *s1 = &ss[ps[pi].first_sentence + ps[pi].n_sentences - 1];
    p.par = (uint32_t)pi;
    p.par_first = s0->first_token;
    p.par_last = s1->first_token + s1->n_tokens;
    p.emitted = false;
    if (p.par_first >= p.par_last) continue;
    p.next_reopens = false;
    for (size_t pj = pi + 1; pj < d->paragraphs.n; pj++) {
      if (ps[pj].n_sentences == 0) continue;
      uint32_t ft = ss[ps[pj].first_sentence].first_token;
      if (ft < d->tokens.n && nm_quote_mark(d, ft) == NM_QM_DOUBLE) {
        size_t tl;
        const unsigned char *ts = (const unsigned char *)nm_tok_text(d, ft, &tl);
        /* ” and » close */
        p.next_reopens =
            !(tl == 3 && ts[0] == 0xE2 && ts[2] == 0x9D) && !(tl == 2 && ts[1] == 0xBB);
      }
      break;
    }
    marks.n = 0;
    for (uint32_t i = p.par_first; i < p.par_last; i++) {
      int k = nm_quote_mark(d, i);
      if (!k) continue;
      mark *m = nm_vec_push(&marks);
      if (!m) {
        p.st = NM_ERR_NOMEM;
        break;
      }
      m->tok = i;
      m->kind = (uint8_t)k;
      size_t tl;
      const char *mt = nm_tok_text(d, i, &tl);
      if (k == NM_QM_DOUBLE && (mt[0] == '"' || mt[0] == '\'' || mt[0] == '`'))
        m->kind = PK_STRAIGHT; /* '' and `` pair like straight marks */
      m->dir = 0;
      m->ok = true;
    }
    if (p.st != NM_OK) break;
    left_open = pair_paragraph(&p, (mark *)marks.data, marks.n, left_open);
  }
  nm_vec_free(&marks);
  nm_vec_free(&p.stack);
  nm_vec_free(&p.inner);
  return p.st;
}
