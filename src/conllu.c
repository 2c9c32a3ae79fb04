/* conllu.c - CoNLL-U reader (gold segmentation in) and writer (our
 * segmentation out).
 *
 * The reader works in two passes over one document's lines. The first checks
 * every line and rebuilds the text (the layers' spans must point into the
 * final text, and nm_doc_new() needs it whole); the second locates each
 * surface token in that text and adds the layers. Both passes look at each
 * byte a bounded number of times, so reading is linear in the input. */
#include "doc.h"
#include "output_buf.h"
#include "utf8.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static void set_err(nm_error *err, nm_status code, const char *msg, size_t pos) {
  if (err) {
    err->code = code;
    err->msg = msg;
    err->pos = pos;
  }
}

/* ------------------------------------------------------------------ */
/* Lines, fields and IDs                                               */

typedef struct src_line {
  const char *s;
  size_t n;    /* without "\n" and a "\r" before it */
  size_t next; /* offset just past this line */
  bool has_nl;
} src_line;

/* Reads the line at buf[pos..end); pos < end. */
static void get_line(const char *buf, size_t pos, size_t end, src_line *ln) {
  const char *s = buf + pos;
  const char *nl = memchr(s, '\n', end - pos);
  size_t n = nl ? (size_t)(nl - s) : end - pos;
  ln->s = s;
  ln->next = pos + n + (nl ? 1 : 0);
  ln->has_nl = nl != NULL;
  if (n && s[n - 1] == '\r') n--;
  ln->n = n;
}

static bool is_blank(const src_line *ln) {
  for (size_t i = 0; i < ln->n; i++)
    if (ln->s[i] != ' ' && ln->s[i] != '\t') return false;
  return true;
}

enum {
  COL_ID,
  COL_FORM,
  COL_LEMMA,
  COL_UPOS,
  COL_XPOS,
  COL_FEATS,
  COL_HEAD,
  COL_DEPREL,
  COL_DEPS,
  COL_MISC,
  NCOLS
};

typedef struct field {
  const char *s;
  size_t n;
} field;

/* Exactly ten tab-separated, non-empty fields. */
static bool split_fields(const src_line *ln, field f[NCOLS]) {
  size_t k = 0, start = 0;
  for (size_t i = 0; i <= ln->n; i++) {
    if (i < ln->n && ln->s[i] != '\t') continue;
    if (k == NCOLS || i == start) return false;
    f[k].s = ln->s + start;
    f[k].n = i - start;
    k++;
    start = i + 1;
  }
  return k == NCOLS;
}

/* Word IDs are capped well below UINT32_MAX so that id + 1 never wraps. */
#define MAX_ID 999999999u

/* A decimal number without sign or leading zero ("0" itself allowed). */
static bool parse_num(const char *s, size_t n, uint32_t *v) {
  if (n == 0 || n > 9 || (n > 1 && s[0] == '0')) return false;
  uint32_t x = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return false;
    x = x * 10 + (uint32_t)(s[i] - '0');
  }
  *v = x;
  return true;
}

typedef enum { ID_WORD, ID_RANGE, ID_EMPTY } id_kind;

/* "N" (N >= 1), "N-M" (M > N) or "N.K" (K >= 1). */
static bool parse_id(const field *f, id_kind *kind, uint32_t *a, uint32_t *b) {
  const char *sep = NULL;
  for (size_t i = 0; i < f->n; i++)
    if (f->s[i] == '-' || f->s[i] == '.') {
      sep = f->s + i;
      break;
    }
  if (!sep) {
    *kind = ID_WORD;
    return parse_num(f->s, f->n, a) && *a >= 1;
  }
  size_t n1 = (size_t)(sep - f->s);
  if (!parse_num(f->s, n1, a) || !parse_num(sep + 1, f->n - n1 - 1, b)) return false;
  if (*sep == '-') {
    *kind = ID_RANGE;
    return *a >= 1 && *b > *a;
  }
  *kind = ID_EMPTY;
  return *b >= 1;
}

/* MISC holds SpaceAfter=No as one of its |-separated items. */
static bool misc_no_space(const field *f) {
  static const char key[] = "SpaceAfter=No";
  const size_t kn = sizeof key - 1;
  size_t start = 0;
  for (size_t i = 0; i <= f->n; i++) {
    if (i < f->n && f->s[i] != '|') continue;
    if (i - start == kn && memcmp(f->s + start, key, kn) == 0) return true;
    start = i + 1;
  }
  return false;
}

/* White space as the segmenter sees it (which adds NUL, BOM and zero-width
 * space), plus U+1680 for the rest of Unicode's White_Space. */
static bool is_white(uint32_t cp) {
  return (nm_char_class(cp) & (NM_CC_SPACE | NM_CC_BREAK)) || cp == 0x1680;
}

/* Decodes the character at t[i] (i < end); *k receives its length. An
 * invalid byte decodes as 0xFFFD, which is not white. */
static uint32_t char_at(const unsigned char *t, size_t i, size_t end, size_t *k) {
  uint32_t cp = t[i];
  *k = 1;
  if (cp >= 0x80) *k = nm_utf8_decode(t + i, end - i, &cp);
  return cp;
}

/* A token must hold something other than white space. */
static bool all_white(const field *f) {
  const unsigned char *u = (const unsigned char *)f->s;
  for (size_t i = 0, k; i < f->n; i += k)
    if (!is_white(char_at(u, i, f->n, &k))) return false;
  return true;
}

/* ------------------------------------------------------------------ */
/* Comments                                                            */

typedef enum { CMT_OTHER, CMT_TEXT, CMT_NEWPAR, CMT_NEWDOC } comment_kind;

static size_t skip_blanks(const char *s, size_t i, size_t n) {
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

/* Classifies "# key = value" and returns the trimmed value (*val NULL when
 * there is none). "# newdoc" and "# newpar" may carry "id = X"; other keys
 * that merely start with those words ("# newpar_block") are CMT_OTHER. */
static comment_kind classify_comment(const src_line *ln, const char **val, size_t *vlen) {
  const char *s = ln->s;
  size_t n = ln->n;
  *val = NULL;
  *vlen = 0;
  size_t i = skip_blanks(s, 1, n), k = i;
  while (k < n && s[k] != ' ' && s[k] != '\t' && s[k] != '=')
    k++;
  size_t klen = k - i;
  comment_kind kind;
  if (klen == 4 && memcmp(s + i, "text", 4) == 0)
    kind = CMT_TEXT;
  else if (klen == 6 && memcmp(s + i, "newpar", 6) == 0)
    kind = CMT_NEWPAR;
  else if (klen == 6 && memcmp(s + i, "newdoc", 6) == 0)
    kind = CMT_NEWDOC;
  else
    return CMT_OTHER;
  i = skip_blanks(s, k, n);
  if (kind != CMT_TEXT) {
    /* optional "id = X" */
    if (n - i < 2 || memcmp(s + i, "id", 2) != 0) return kind;
    i = skip_blanks(s, i + 2, n);
  }
  if (i == n || s[i] != '=') return kind == CMT_TEXT ? CMT_OTHER : kind;
  i = skip_blanks(s, i + 1, n);
  size_t e = n;
  while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
    e--;
  *val = s + i;
  *vlen = e - i;
  return kind;
}

/* ------------------------------------------------------------------ */
/* Document boundary                                                   */

/* The document ends where a comment block holding "# newdoc" starts after
 * at least one token line. Returns that offset (or end) and the number of
 * line breaks before it. */
static size_t scan_doc_end(const char *buf, size_t len, size_t *nlines) {
  size_t pos = 0, lines = 0, block_start = 0, block_lines = 0;
  bool seen_token = false, block_has_token = false;
  while (pos < len) {
    src_line ln;
    get_line(buf, pos, len, &ln);
    if (is_blank(&ln)) {
      block_start = ln.next;
      block_lines = lines + ln.has_nl;
      block_has_token = false;
    } else if (ln.s[0] == '#') {
      const char *v;
      size_t vn;
      if (seen_token && !block_has_token && classify_comment(&ln, &v, &vn) == CMT_NEWDOC) {
        *nlines = block_lines;
        return block_start;
      }
    } else {
      seen_token = block_has_token = true;
    }
    lines += ln.has_nl;
    pos = ln.next;
  }
  *nlines = lines;
  return len;
}

/* ------------------------------------------------------------------ */
/* Reader                                                              */

typedef struct text_buf {
  char *p;
  size_t n, cap;
} text_buf;

typedef struct sent_rec {
  size_t text_start, text_end; /* in the rebuilt text */
  size_t tok_pos, tok_end;     /* its token lines in buf */
  size_t tok_line;             /* line number of the first token line */
  size_t text_line;            /* line of "# text", else tok_line */
  bool new_par;
} sent_rec;

typedef struct reader {
  const char *buf;
  size_t end;
  text_buf text;
  sent_rec *sents;
  size_t n_sents, cap_sents;
  const char *doc_id;
  size_t doc_id_len;
  nm_error *err;
} reader;

static bool push_sent(reader *r, const sent_rec *s) {
  if (r->n_sents == r->cap_sents) {
    size_t cap = r->cap_sents ? r->cap_sents * 2 : 64;
    sent_rec *p = realloc(r->sents, cap * sizeof *p);
    if (!p) return false;
    r->sents = p;
    r->cap_sents = cap;
  }
  r->sents[r->n_sents++] = *s;
  return true;
}

static nm_status parse_fail(reader *r, const char *msg, size_t lineno) {
  set_err(r->err, NM_ERR_PARSE, msg, lineno);
  return NM_ERR_PARSE;
}

static nm_status nomem(reader *r) {
  set_err(r->err, NM_ERR_NOMEM, "out of memory", 0);
  return NM_ERR_NOMEM;
}

/* Appends to the rebuilt text; fails with NM_ERR_LIMIT or NM_ERR_NOMEM. */
static nm_status text_put(reader *r, const char *s, size_t n) {
  text_buf *t = &r->text;
  if (n > NM_MAX_TEXT - t->n) {
    set_err(r->err, NM_ERR_LIMIT, "document text is larger than 4 GB", 0);
    return NM_ERR_LIMIT;
  }
  if (t->n + n > t->cap) {
    size_t want = t->n + n, cap = t->cap ? t->cap : 4096;
    while (cap < want)
      cap = cap > SIZE_MAX / 2 ? want : cap * 2;
    char *p = realloc(t->p, cap);
    if (!p) return nomem(r);
    t->p = p;
    t->cap = cap;
  }
  if (n) memcpy(t->p + t->n, s, n);
  t->n += n;
  return NM_OK;
}

/* Pass 1: checks every line of buf[0..end), collects the sentences and
 * rebuilds the text. line0 is the number of buf's first line. */
static nm_status scan_sentences(reader *r, size_t line0) {
  const char *buf = r->buf;
  size_t pos = 0, lineno = line0;
  /* Comment block of the sentence being read. */
  const char *text = NULL;
  size_t text_len = 0, text_line = 0;
  bool new_par = false;
  /* Token lines. */
  bool in_sent = false;
  sent_rec cur = {0};
  uint32_t last_word = 0, range_end = 0, empty_word = 0, empty_k = 0;
  size_t range_line = 0;
  bool pending_space = false;

  for (;; lineno++) {
    src_line ln = {0};
    bool eof = pos >= r->end;
    if (!eof) get_line(buf, pos, r->end, &ln);
    if (eof || is_blank(&ln)) {
      if (in_sent) {
        if (range_end > last_word)
          return parse_fail(r, "multiword token range runs past the end of the sentence",
                            range_line);
        cur.tok_end = pos;
        cur.text_end = r->text.n;
        if (!push_sent(r, &cur)) return nomem(r);
        in_sent = false;
        new_par = false;
      }
      /* A comment block without tokens passes on its paragraph break. */
      text = NULL;
      if (eof) break;
    } else if (ln.s[0] == '#') {
      if (in_sent) return parse_fail(r, "comment line inside a sentence", lineno);
      const char *v;
      size_t vn;
      switch (classify_comment(&ln, &v, &vn)) {
      case CMT_TEXT:
        if (text) return parse_fail(r, "sentence has two \"# text\" comments", lineno);
        text = v;
        text_len = vn;
        text_line = lineno;
        break;
      case CMT_NEWDOC:
        if (v) {
          r->doc_id = v;
          r->doc_id_len = vn;
        }
        new_par = true;
        break;
      case CMT_NEWPAR: new_par = true; break;
      case CMT_OTHER: break;
      }
    } else {
      field f[NCOLS];
      id_kind kind;
      uint32_t a, b = 0;
      if (!split_fields(&ln, f)) return parse_fail(r, "expected 10 tab-separated fields", lineno);
      if (!parse_id(&f[COL_ID], &kind, &a, &b)) return parse_fail(r, "malformed ID", lineno);
      if (!in_sent) {
        in_sent = true;
        cur.new_par = new_par || r->n_sents == 0;
        nm_status st = NM_OK;
        if (r->n_sents) st = text_put(r, cur.new_par ? "\n\n" : " ", cur.new_par ? 2 : 1);
        cur.text_start = r->text.n;
        cur.tok_pos = pos;
        cur.tok_line = lineno;
        cur.text_line = text ? text_line : lineno;
        if (st == NM_OK && text) st = text_put(r, text, text_len);
        if (st != NM_OK) return st;
        last_word = range_end = empty_word = empty_k = 0;
        pending_space = false;
      }
      if (kind != ID_EMPTY && all_white(&f[COL_FORM]))
        return parse_fail(r, "FORM is only white space", lineno);
      bool surface = false; /* a range, or a word outside any range */
      switch (kind) {
      case ID_WORD:
        if (a != last_word + 1 || a > MAX_ID) return parse_fail(r, "ID out of sequence", lineno);
        last_word = a;
        surface = a > range_end;
        break;
      case ID_RANGE:
        if (a != last_word + 1 || range_end > last_word)
          return parse_fail(r, "multiword token range out of sequence", lineno);
        range_end = b;
        range_line = lineno;
        surface = true;
        break;
      case ID_EMPTY:
        /* N.1, N.2 ... right after word N (or 0.1 ... before word 1) */
        if (a != last_word || b != (empty_word == a ? empty_k + 1 : 1))
          return parse_fail(r, "empty node ID out of sequence", lineno);
        empty_word = a;
        empty_k = b;
        break;
      }
      if (surface && !text) {
        nm_status st = pending_space ? text_put(r, " ", 1) : NM_OK;
        if (st == NM_OK) st = text_put(r, f[COL_FORM].s, f[COL_FORM].n);
        if (st != NM_OK) return st;
        pending_space = !misc_no_space(&f[COL_MISC]);
      }
    }
    pos = ln.next;
  }
  return NM_OK;
}

/* Pass 2 state for one sentence. */
typedef struct word_ref {
  const char *form;
  size_t n;
} word_ref;

typedef struct locator {
  nm_doc *d;
  const unsigned char *t; /* the document text */
  size_t cur, end;        /* cursor and end of the sentence in t */
  word_ref *words;        /* words of the open multiword token */
  size_t n_words, cap_words;
} locator;

static bool valid_utf8(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    size_t k = nm_utf8_decode(s + i, n - i, &cp);
    if (k == 1) return false; /* every multi-byte success consumes >= 2 */
    i += k;
  }
  return true;
}

static size_t skip_ascii_space(const unsigned char *t, size_t i, size_t end) {
  while (i < end && (t[i] == ' ' || (t[i] >= '\t' && t[i] <= '\r')))
    i++;
  return i;
}

/* Skips white space (is_white). */
static size_t skip_space(const unsigned char *t, size_t i, size_t end) {
  size_t k;
  while (i < end && is_white(char_at(t, i, end, &k)))
    i += k;
  return i;
}

static bool match_at(const locator *lc, size_t i, const char *form, size_t n) {
  return lc->end - i >= n && memcmp(lc->t + i, form, n) == 0;
}

/* Finds form at the cursor, after any white space. A form may itself begin
 * with a character the segmenter counts as space (U+00A0, say), so the
 * shorter skips are tried too: at most three comparisons a token keeps the
 * sentence linear. */
static bool locate(locator *lc, const char *form, size_t n, size_t *start) {
  size_t full = skip_space(lc->t, lc->cur, lc->end);
  size_t ascii = skip_ascii_space(lc->t, lc->cur, lc->end);
  if (match_at(lc, full, form, n))
    *start = full;
  else if (ascii != full && match_at(lc, ascii, form, n))
    *start = ascii;
  else if (lc->cur != ascii && lc->cur != full && match_at(lc, lc->cur, form, n))
    *start = lc->cur;
  else
    return false;
  lc->cur = *start + n;
  return true;
}

static nm_status add_tok(reader *r, locator *lc, size_t s, size_t e, uint32_t flags, bool invalid,
                         const char *form, size_t form_n) {
  if (invalid) flags |= NM_TOK_INVALID_UTF8;
  return nm_doc_add_token(lc->d, (uint32_t)s, (uint32_t)e, flags, form, form_n, r->err);
}

/* Adds the words of a multiword token whose surface is t[s..e). */
static nm_status add_mwt(reader *r, locator *lc, size_t s, size_t e, bool no_space) {
  size_t surf = e - s, off = 0;
  bool split = true;
  for (size_t i = 0; i < lc->n_words && split; i++) {
    const word_ref *w = &lc->words[i];
    if (surf - off >= w->n && memcmp(lc->t + s + off, w->form, w->n) == 0)
      off += w->n;
    else
      split = false;
  }
  split = split && off == surf;
  bool surf_invalid = !split && !valid_utf8(lc->t + s, surf);
  off = 0;
  for (size_t i = 0; i < lc->n_words; i++) {
    const word_ref *w = &lc->words[i];
    uint32_t flags = i ? NM_TOK_JOINED : 0;
    if (no_space && i + 1 == lc->n_words) flags |= NM_TOK_NO_SPACE_AFTER;
    nm_status st;
    if (split) {
      st = add_tok(r, lc, s + off, s + off + w->n, flags, !valid_utf8(lc->t + s + off, w->n), NULL,
                   0);
      off += w->n;
    } else {
      bool same = w->n == surf && memcmp(lc->t + s, w->form, surf) == 0;
      st = add_tok(r, lc, s, e, flags, surf_invalid, same ? NULL : w->form, w->n);
    }
    if (st != NM_OK) return st;
  }
  return NM_OK;
}

/* Pass 2 for one sentence: locates its tokens in the text and adds them. */
static nm_status add_sentence_tokens(reader *r, locator *lc, const sent_rec *sr) {
  lc->cur = sr->text_start;
  lc->end = sr->text_end;
  size_t pos = sr->tok_pos, lineno = sr->tok_line;
  uint32_t range_end = 0;
  size_t surf_s = 0, surf_e = 0;
  bool range_no_space = false;
  for (; pos < sr->tok_end; lineno++) {
    src_line ln;
    field f[NCOLS];
    id_kind kind;
    uint32_t a, b = 0;
    get_line(r->buf, pos, sr->tok_end, &ln);
    pos = ln.next;
    /* Pass 1 checked these lines. */
    if (!split_fields(&ln, f) || !parse_id(&f[COL_ID], &kind, &a, &b))
      return parse_fail(r, "malformed token line", lineno);
    if (kind == ID_EMPTY) continue;
    const char *form = f[COL_FORM].s;
    size_t fn = f[COL_FORM].n;
    if (kind == ID_RANGE) {
      if (!locate(lc, form, fn, &surf_s))
        return parse_fail(r, "token FORM does not match the \"# text\" comment", lineno);
      surf_e = surf_s + fn;
      range_end = b;
      range_no_space = misc_no_space(&f[COL_MISC]);
      lc->n_words = 0;
      continue;
    }
    if (a <= range_end) {
      if (lc->n_words == lc->cap_words) {
        size_t cap = lc->cap_words ? lc->cap_words * 2 : 16;
        word_ref *p = realloc(lc->words, cap * sizeof *p);
        if (!p) return nomem(r);
        lc->words = p;
        lc->cap_words = cap;
      }
      lc->words[lc->n_words].form = form;
      lc->words[lc->n_words].n = fn;
      lc->n_words++;
      if (a == range_end) {
        nm_status st = add_mwt(r, lc, surf_s, surf_e, range_no_space);
        if (st != NM_OK) return st;
      }
      continue;
    }
    size_t s;
    if (!locate(lc, form, fn, &s))
      return parse_fail(r, "token FORM does not match the \"# text\" comment", lineno);
    uint32_t flags = misc_no_space(&f[COL_MISC]) ? NM_TOK_NO_SPACE_AFTER : 0;
    nm_status st = add_tok(r, lc, s, s + fn, flags, !valid_utf8(lc->t + s, fn), NULL, 0);
    if (st != NM_OK) return st;
  }
  if (skip_space(lc->t, lc->cur, lc->end) != lc->end)
    return parse_fail(r, "\"# text\" comment has text that no token covers", sr->text_line);
  return NM_OK;
}

/* Pass 2: builds the document from the collected sentences. */
static nm_doc *build_doc(reader *r) {
  nm_doc *d = nm_doc_new(r->text.p, r->text.n, r->err);
  if (!d) return NULL;
  if (r->doc_id && nm_doc_set_meta(d, NM_META_ID, r->doc_id, r->doc_id_len, r->err) != NM_OK)
    goto fail;
  locator lc = {d, (const unsigned char *)d->text, 0, 0, NULL, 0, 0};
  size_t par_last = 0; /* index of the current paragraph's last sentence */
  for (size_t i = 0; i < r->n_sents; i++) {
    const sent_rec *sr = &r->sents[i];
    if (sr->new_par) {
      par_last = i;
      while (par_last + 1 < r->n_sents && !r->sents[par_last + 1].new_par)
        par_last++;
      if (nm_doc_add_paragraph(d, (uint32_t)sr->text_start, (uint32_t)r->sents[par_last].text_end,
                               r->err) != NM_OK)
        goto fail_words;
    }
    if (nm_doc_add_sentence(d, (uint32_t)sr->text_start, (uint32_t)sr->text_end, r->err) != NM_OK)
      goto fail_words;
    if (add_sentence_tokens(r, &lc, sr) != NM_OK) goto fail_words;
  }
  free(lc.words);
  return d;
fail_words:
  free(lc.words);
fail:
  nm_doc_free(d);
  return NULL;
}

nm_doc *nm_conllu_read_doc(const char *buf, size_t len, size_t *consumed, size_t *line,
                           nm_error *err) {
  size_t line0 = line && *line ? *line : 1, nlines = 0;
  if (consumed) *consumed = 0;
  set_err(err, NM_OK, NULL, 0);
  if (!buf || !len) return NULL;
  size_t end = scan_doc_end(buf, len, &nlines);
  if (consumed) *consumed = end;
  if (line) *line = line0 + nlines;

  reader r = {0};
  r.buf = buf;
  r.end = end;
  r.err = err;
  nm_doc *d = NULL;
  if (scan_sentences(&r, line0) == NM_OK && r.n_sents) d = build_doc(&r);
  free(r.text.p);
  free(r.sents);
  return d;
}

/* ------------------------------------------------------------------ */
/* Writer                                                              */

static bool is_ctl_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Writes s[0..n) so that it stays on one line and inside one field: ASCII
 * line and tab controls become spaces and each byte of an invalid UTF-8
 * sequence becomes U+FFFD. */
static void put_clean(nm_obuf *o, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t run = 0; /* start of the bytes not yet written */
  for (size_t i = 0; i < n;) {
    unsigned char c = u[i];
    if (c >= 0x80) {
      uint32_t cp;
      size_t k = nm_utf8_decode(u + i, n - i, &cp);
      if (k > 1) {
        i += k;
        continue;
      }
      nm_obuf_put(o, s + run, i - run);
      nm_obuf_put(o, "\xEF\xBF\xBD", 3);
      run = ++i;
    } else if (c != ' ' && is_ctl_space(c)) {
      nm_obuf_put(o, s + run, i - run);
      nm_obuf_put(o, " ", 1);
      run = ++i;
    } else {
      i++;
    }
  }
  nm_obuf_put(o, s + run, n - run);
}

static void put_clean_trimmed(nm_obuf *o, const char *s, size_t n) {
  while (n && is_ctl_space((unsigned char)s[0]))
    s++, n--;
  while (n && is_ctl_space((unsigned char)s[n - 1]))
    n--;
  put_clean(o, s, n);
}

/* LEMMA ... DEPS, all unspecified. */
static const char empty_cols[] = "\t_\t_\t_\t_\t_\t_\t_\t";

static void put_misc(nm_obuf *o, bool no_space) {
  nm_obuf_puts(o, no_space ? "SpaceAfter=No\n" : "_\n");
}

/* A field from a tag string, "_" when absent or empty. */
static void put_field(nm_obuf *o, const char *s) {
  if (s && s[0]) put_clean(o, s, strlen(s));
  else nm_obuf_put(o, "_", 1);
}

static void put_word(nm_obuf *o, const nm_doc *d, const nm_token *t, const nm_word_tags *tg,
                     size_t id, bool misc) {
  nm_obuf_u64(o, id);
  nm_obuf_put(o, "\t", 1);
  if (t->form && t->form[0])
    put_clean(o, t->form, strlen(t->form));
  else if (t->end > t->start)
    put_clean(o, d->text + t->start, t->end - t->start);
  else
    nm_obuf_put(o, "_", 1); /* an empty token: CoNLL-U fields may not be empty */
  if (!tg) {
    nm_obuf_put(o, empty_cols, sizeof empty_cols - 1);
  } else {
    /* LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS */
    nm_obuf_put(o, "\t", 1);
    put_field(o, tg->lemma);
    nm_obuf_put(o, "\t", 1);
    put_field(o, tg->upos);
    nm_obuf_put(o, "\t", 1);
    put_field(o, tg->xpos);
    nm_obuf_put(o, "\t_\t", 3);
    if (tg->deprel) nm_obuf_u64(o, tg->head);
    else nm_obuf_put(o, "_", 1);
    nm_obuf_put(o, "\t", 1);
    put_field(o, tg->deprel);
    nm_obuf_put(o, "\t_\t", 3);
  }
  put_misc(o, misc && (t->flags & NM_TOK_NO_SPACE_AFTER));
}

/* One line per token; a run of joined tokens gets a range line first, which
 * then carries SpaceAfter=No (from the run's last token). */
static void put_tokens(nm_obuf *o, const nm_doc *d, const nm_token *tok, const nm_word_tags *tg,
                       size_t n) {
  for (size_t i = 0; i < n; i++) {
    size_t j = i;
    uint32_t end = tok[i].end;
    while (j + 1 < n && (tok[j + 1].flags & NM_TOK_JOINED)) {
      j++;
      if (tok[j].end > end) end = tok[j].end;
    }
    if (j == i) {
      put_word(o, d, &tok[i], tg ? &tg[i] : NULL, i + 1, true);
      continue;
    }
    nm_obuf_u64(o, i + 1);
    nm_obuf_put(o, "-", 1);
    nm_obuf_u64(o, j + 1);
    nm_obuf_put(o, "\t", 1);
    if (end > tok[i].start)
      put_clean(o, d->text + tok[i].start, end - tok[i].start);
    else
      nm_obuf_put(o, "_", 1);
    nm_obuf_put(o, empty_cols, sizeof empty_cols - 1);
    put_misc(o, tok[j].flags & NM_TOK_NO_SPACE_AFTER);
    for (size_t k = i; k <= j; k++)
      put_word(o, d, &tok[k], tg ? &tg[k] : NULL, k + 1, false);
    i = j;
  }
}

nm_status nm_write_conllu(const nm_doc *d, nm_write_fn w, void *ctx, nm_error *err) {
  if (!d || !w) {
    set_err(err, NM_ERR_INVALID, "document or writer is NULL", 0);
    return NM_ERR_INVALID;
  }
  if (!d->processed) {
    set_err(err, NM_ERR_INVALID, "document has not been processed", 0);
    return NM_ERR_INVALID;
  }
  nm_obuf *o = malloc(sizeof *o); /* 16 KB: too big for a small thread stack */
  if (!o) {
    set_err(err, NM_ERR_NOMEM, "out of memory", 0);
    return NM_ERR_NOMEM;
  }
  nm_obuf_init(o, w, ctx);

  size_t id_len, n_sent, n_tok;
  const char *id = nm_doc_meta(d, NM_META_ID, &id_len);
  const nm_sentence *sent = nm_doc_sentences(d, &n_sent);
  const nm_token *tok = nm_doc_tokens(d, &n_tok);
  size_t n_tags;
  const nm_word_tags *tags = nm_doc_tags(d, &n_tags);
  if (n_tags != n_tok) tags = NULL;
  nm_obuf_puts(o, "# newdoc");
  if (id) {
    nm_obuf_puts(o, " id = ");
    put_clean_trimmed(o, id, id_len);
  }
  nm_obuf_put(o, "\n", 1);
  uint32_t par = UINT32_MAX;
  for (size_t i = 0; i < n_sent && !o->failed; i++) {
    const nm_sentence *s = &sent[i];
    /* CoNLL-U has no empty sentences. Numbers still follow the sentence
     * index, so that sent_id N is sentence N-1 in the JSON output. */
    if (!s->n_tokens || s->first_token > n_tok || s->n_tokens > n_tok - s->first_token) continue;
    if (s->paragraph != par) {
      nm_obuf_puts(o, "# newpar\n");
      par = s->paragraph;
    }
    nm_obuf_puts(o, "# sent_id = ");
    if (id) {
      put_clean_trimmed(o, id, id_len);
      nm_obuf_put(o, "-", 1);
    }
    nm_obuf_u64(o, i + 1);
    nm_obuf_puts(o, "\n# text = ");
    put_clean_trimmed(o, d->text + s->start, s->end - s->start);
    nm_obuf_put(o, "\n", 1);
    put_tokens(o, d, tok + s->first_token, tags ? tags + s->first_token : NULL, s->n_tokens);
    nm_obuf_put(o, "\n", 1);
  }
  nm_obuf_flush(o);
  bool failed = o->failed;
  free(o);
  if (failed) {
    set_err(err, NM_ERR_IO, "writing CoNLL-U failed", 0);
    return NM_ERR_IO;
  }
  return NM_OK;
}
