/* cameo_read.c - the readers of the PETRARCH-2 text dictionaries (verbs,
 * actors, agents, discards, PICO) into an nm_cameo_builder.
 *
 * Formats: ../shared/data/events/openeventdata__petrarch2/dictionaries.rst
 * and the TABARI 0.8.4b2 manual, chapters 5 and 6. What every reader shares:
 *   - '#' starts a comment, except inside [...] (so a code may be "[###]");
 *     a line starting with "<!" is a comment, and "<!--" without "-->" on
 *     its line opens a comment that ends on the line holding "-->" (that
 *     line is a comment too, as PETRARCH reads it); "<!-- ... -->" inside
 *     a line is removed; blank lines are skipped; "\r\n" ends lines too.
 *   - Words are upper-cased (ASCII letters); '_' and blanks separate the
 *     words of a phrase; a NUL byte is an error.
 * Per kind:
 *   - Verbs. "&NAME" starts a synset (a final '_': no plurals) whose "+"
 *     lines follow; "+&OTHER" adds another synset's phrases. "--- NAME
 *     [CODE] ---" starts a verb block: the header is a comment, so NAME is
 *     any text and what follows [CODE] is ignored. A verb line is "VERB
 *     {FORMS} [CODE] ;comment", '+' marking a multi-word verb's verb word;
 *     listed forms replace the regular ones ("{}": none). A pattern is
 *     "- ELEMENTS [CODE] comment": whatever follows the code is a comment;
 *     a synset's name runs to the end of its word ('_' included, "&X_"
 *     as "&X"), elsewhere '_' separates words, '*', brackets and "$ + % ^"
 *     stand alone; one '*', '{' not inside '{', '(' not inside brackets.
 *     "[:CODE2]" has the null code "---" first. "~ a (b c VERB) VERB = d e
 *     CODE" is a transformation.
 *   - Actors. A phrase line starts an actor; "+" lines add synonyms; "[CODE
 *     <DATE]", "[CODE >DATE]", "[CODE DATE-DATE]" and "[CODE]" (a default)
 *     may stand on any of its lines, several to a line; ';' starts a
 *     comment.
 *   - Agents. "PHRASE {PLURAL} [~CODE]" or "[CODE~]"; "!NAME! = A, B"
 *     defines a substitution set, whose items replace "!NAME!" in later
 *     phrases (once: an item's own markers stay as written).
 *   - Discards. "+" marks a story discard; a final '_' a word end.
 *   - PICO. "CODE:VALUE", VALUE a sum of hex or decimal terms; a code
 *     listed again is left out.
 * Regular forms (the TABARI and PETRARCH rules, with English's usual
 * spelling): a plural or third person adds ES after S, X, Z, CH or SH,
 * turns a consonant's Y into IES, else adds S; a past adds D after E,
 * turns a consonant's Y into IED, else adds ED; a participle turns IE into
 * YING, keeps EE, OE and YE, drops another final E, and adds ING. No final
 * consonant is doubled (irregular forms are listed in {...}).
 *
 * Repairs, each counted in nm_cameo_warnings and logged with its line;
 * the production and validation files need them (line numbers of the
 * files in ../shared/data/events):
 *   - A pattern word holding a ')' or '}' that closes nothing is dropped:
 *     CAMEO.2.0.txt 2374 "(WITH VISIT) VISIT)" and 7606 "(ON ^) ^)" repeat
 *     the end of their phrase by an editing slip.
 *   - A line "* ..." is a pattern that lost its "- " (the validation
 *     verbs' BEGIN block).
 *   - Synset phrases written "(TO THE END)" (the validation verbs) lose
 *     their brackets: a synset holds words only.
 *   - Dates are YYMMDD (YY 00-30 is 20YY, 31-99 19YY: TABARI's and
 *     PETRARCH's pivot, see PETRreader.dstr_to_ordate) or YYYYMMDD. A date
 *     of 7 digits is read from its first 6 and one of 9 or more from its
 *     first 8, as PETRARCH reads them: Phoenix.Countries.actors.txt 2039
 *     "9008223", 18010 ">201005011", 22508 and 22519 "1920030320", 43613
 *     "1920050709"; Phoenix.International.actors.txt 40 "2004017" (read
 *     as 2020-04-01, so that range never holds, as in PETRARCH). A bare
 *     "[CODE DATE]" (Countries 31715, 51384) is read as "[CODE >DATE]". A
 *     range that ends before it starts (Countries 14190, International
 *     40) is kept and never holds.
 *   - Text after an actor's codes that is not a comment is one
 *     (Phoenix.International.actors.txt 3696, 3726, 6605: a company's
 *     trade and revenue after a tab).
 *   - An agent line without a [CODE] is left out, as PETRARCH leaves it
 *     (Phoenix.agents.txt 1927 ISLAMIC_EXTREMIST); an agent code closed
 *     by '}' ("[~ENV}", agents 544, and the format's own example
 *     "[~LEG}") is read as closed by ']'.
 * Any other malformed line is an error naming "file:line". */
#include "cameo_int.h"

#include "error.h"
#include "segment.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE NM_CAMEO_NONE

/* The last error's "name:line: what", per thread (cameo.h). */
static _Thread_local char err_text[512];

typedef struct rd {
  nm_cameo_builder *b;
  const char *name, *text;
  size_t len, pos, line;
  bool in_xml; /* inside a multi-line <!-- comment */
  char *buf;   /* the current line, cleaned */
  size_t cap;
  nm_error *err;
} rd;

typedef struct slice {
  const char *s;
  size_t n;
} slice;

static nm_status fail(rd *r, nm_status code, const char *what) {
  if (code == NM_ERR_NOMEM) what = "out of memory";
  snprintf(err_text, sizeof err_text, "%s:%zu: %s", r->name, r->line, what);
  return nm_fail(r->err, code, err_text, r->line);
}

static nm_status oom(rd *r) {
  r->b->oom = true;
  return fail(r, NM_ERR_NOMEM, NULL);
}

static bool blank(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }
static char upper(char c) { return (char)((unsigned)(c - 'a') < 26u ? c - ('a' - 'A') : c); }
static const char *skip_blanks(const char *p) {
  while (blank(*p))
    p++;
  return p;
}

/* Trims s[0..*n) in place at both ends; returns the new start. */
static const char *trim(const char *s, size_t *n) {
  while (*n && blank(*s))
    s++, (*n)--;
  while (*n && blank(s[*n - 1]))
    (*n)--;
  return s;
}

/* --- lines ----------------------------------------------------------------- */

/* Removes comments from the NUL-terminated line p and trims it; returns
 * its length (0: nothing left). */
static size_t clean(rd *r, char *p) {
  if (r->in_xml) {
    if (strstr(p, "-->")) r->in_xml = false;
    return 0;
  }
  const char *q = skip_blanks(p);
  if (q[0] == '<' && q[1] == '!') {
    if (!strncmp(q, "<!--", 4) && !strstr(q + 4, "-->")) r->in_xml = true;
    return 0;
  }
  size_t k = 0;
  int depth = 0;
  for (size_t j = 0; p[j];) {
    if (p[j] == '<' && !strncmp(p + j, "<!--", 4)) {
      const char *e = strstr(p + j + 4, "-->");
      if (!e) {
        r->in_xml = true;
        break;
      }
      j = (size_t)(e - p) + 3;
      continue;
    }
    if (p[j] == '[')
      depth++;
    else if ((p[j] == ']' || p[j] == '}') && depth > 0)
      depth--;
    else if (p[j] == '#' && depth == 0)
      break;
    p[k++] = p[j++];
  }
  const char *s = trim(p, &k);
  memmove(p, s, k);
  p[k] = '\0';
  return k;
}

/* The next line with something on it, cleaned, in r->buf: 1; 0 at the
 * end; -1 after an error. */
static int next_line(rd *r, nm_status *st) {
  while (r->pos < r->len) {
    const char *s = r->text + r->pos;
    const char *nl = memchr(s, '\n', r->len - r->pos);
    size_t n = nl ? (size_t)(nl - s) : r->len - r->pos;
    r->pos += n + (nl != NULL);
    r->line++;
    if (memchr(s, '\0', n)) {
      *st = fail(r, NM_ERR_PARSE, "the line holds a NUL byte");
      return -1;
    }
    if (n + 1 > r->cap) {
      size_t c = n + 1 > 2 * r->cap ? n + 1 : 2 * r->cap;
      char *q = realloc(r->buf, c);
      if (!q) {
        *st = oom(r);
        return -1;
      }
      r->buf = q;
      r->cap = c;
    }
    memcpy(r->buf, s, n);
    r->buf[n] = '\0';
    if (clean(r, r->buf)) return 1;
  }
  return 0;
}

/* --- words and phrases ------------------------------------------------------- */

static bool alnum(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
static bool digit(char c) { return c >= '0' && c <= '9'; }

/* Splits s[0..n) at blanks and '_' into at most cap slices; returns the
 * count, or cap + 1 when there are more. A word is cut as the segmenter
 * cuts text, so that its phrase matches the tokens: "AL-QAEDA" is AL, -,
 * QAEDA (a hyphen between letters stays only after a prefix such as
 * "ANTI", between digits always), "PEOPLE'S" is PEOPLE, 'S and
 * "WORKERS'" WORKERS, '. */
static size_t split(const char *s, size_t n, slice *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && (blank(s[i]) || s[i] == '_'))
      i++;
    size_t j = i;
    while (j < n && !blank(s[j]) && s[j] != '_')
      j++;
    size_t a = i, seg = i; /* the current piece; the part since the last hyphen */
    for (size_t q = i; q < j; q++) {
      if (s[q] == '-' && q > a && q + 1 < j && alnum(s[q - 1]) && alnum(s[q + 1]) &&
          !(digit(s[q - 1]) && digit(s[q + 1])) && !nm_segment_hyphen_prefix(s + seg, q - seg)) {
        if (k + 2 > cap) return cap + 1;
        out[k++] = (slice){s + a, q - a};
        out[k++] = (slice){s + q, 1};
        a = q + 1;
      }
      if (s[q] == '-') seg = q + 1;
    }
    size_t e = j;
    if (e - a > 2 && s[e - 2] == '\'' && (s[e - 1] == 'S' || s[e - 1] == 's') && alnum(s[e - 3]))
      e -= 2; /* the possessive is a token of its own */
    else if (e - a > 2 && s[e - 1] == '\'' && (s[e - 2] == 'S' || s[e - 2] == 's'))
      e -= 1; /* and so is a plural's ("WORKERS'" is WORKERS, ') */
    if (e > a) {
      if (k == cap) return cap + 1;
      out[k++] = (slice){s + a, e - a};
    }
    if (j > e) {
      if (k == cap) return cap + 1;
      out[k++] = (slice){s + e, j - e};
    }
    i = j;
  }
  return k;
}

/* The ids of words w[0..n) into ids. */
static nm_status intern(rd *r, const slice *w, size_t n, uint32_t *ids) {
  for (size_t i = 0; i < n; i++) {
    if (w[i].n > NM_CAMEO_MAX_WORD) return fail(r, NM_ERR_LIMIT, "a word is longer than 255 bytes");
    ids[i] = nm_cb_word(r->b, w[i].s, w[i].n);
    if (ids[i] == NONE) return oom(r);
  }
  return NM_OK;
}

/* The words of a phrase; an empty one is an error. */
static nm_status phrase_ids(rd *r, const char *s, size_t n, uint32_t *ids, size_t *count) {
  slice w[NM_CAMEO_MAX_PHRASE];
  *count = split(s, n, w, NM_CAMEO_MAX_PHRASE);
  if (*count > NM_CAMEO_MAX_PHRASE)
    return fail(r, NM_ERR_LIMIT, "a phrase has more words than NM_CAMEO_MAX_PHRASE");
  if (*count == 0) return fail(r, NM_ERR_PARSE, "empty phrase");
  return intern(r, w, *count, ids);
}

/* Adds a phrase of words ids[0..n) for entry to ph. */
static nm_status add_phrase(rd *r, nm_cvec *ph, const uint32_t *ids, size_t n, uint32_t entry) {
  nm_cameo_builder *b = r->b;
  size_t at = b->pw.n;
  if (at + n >= NONE) return oom(r);
  for (size_t i = 0; i < n; i++) {
    uint32_t *w = nm_cvec_push(&b->pw);
    if (!w) return oom(r);
    *w = ids[i];
  }
  nm_cb_phrase *p = nm_cvec_push(ph);
  if (!p) return oom(r);
  *p = (nm_cb_phrase){(uint32_t)at, (uint32_t)n, entry};
  return NM_OK;
}

static bool vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

/* A regular form of word w (n bytes) into out (n + 4 bytes): 's' plural or
 * third person, 'd' past, 'g' participle. Returns its length. */
static size_t form(const char *w, size_t n, int kind, char *out) {
  for (size_t i = 0; i < n; i++)
    out[i] = upper(w[i]);
  char last = n ? out[n - 1] : 0, prev = n > 1 ? out[n - 2] : 0;
  bool cons_y = last == 'Y' && n > 1 && !vowel(prev);
  const char *add = "";
  if (kind == 's') {
    if (last == 'S' || last == 'X' || last == 'Z' || (last == 'H' && (prev == 'C' || prev == 'S')))
      add = "ES";
    else if (cons_y)
      n--, add = "IES";
    else
      add = "S";
  } else if (kind == 'd') {
    if (last == 'E')
      add = "D";
    else if (cons_y)
      n--, add = "IED";
    else
      add = "ED";
  } else {
    if (last == 'E' && prev == 'I')
      n -= 2, add = "YING";
    else if (last == 'E' && n > 1 && prev != 'E' && prev != 'O' && prev != 'Y')
      n--, add = "ING";
    else
      add = "ING";
  }
  size_t k = strlen(add);
  memcpy(out + n, add, k);
  return n + k;
}

/* Adds a phrase and, when plural is set, its regular plural (the last
 * word's). */
static nm_status add_with_plural(rd *r, nm_cvec *ph, uint32_t *ids, size_t n, uint32_t entry,
                                 bool plural) {
  nm_status st = add_phrase(r, ph, ids, n, entry);
  if (st != NM_OK || !plural) return st;
  const char *t = (const char *)r->b->pool.data + NM_CV(r->b->words, uint32_t, ids[n - 1]);
  char buf[NM_CAMEO_MAX_WORD + 4];
  slice w = {buf, form(t, strlen(t), 's', buf)};
  uint32_t last = ids[n - 1];
  st = intern(r, &w, 1, &ids[n - 1]);
  if (st == NM_OK) st = add_phrase(r, ph, ids, n, entry);
  ids[n - 1] = last;
  return st;
}

/* A string of the pool from text, upper-cased with blanks collapsed when
 * norm is set. */
static nm_status pooled(rd *r, const char *s, size_t n, bool norm, uint32_t *off) {
  char *t = malloc(n + 1);
  if (!t) return oom(r);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (blank(s[i])) {
      if (k && t[k - 1] != ' ') t[k++] = ' ';
      continue;
    }
    t[k++] = norm ? upper(s[i]) : s[i];
  }
  while (k && t[k - 1] == ' ')
    k--;
  *off = nm_cb_str(r->b, t, k);
  free(t);
  return *off == NONE ? oom(r) : NM_OK;
}

/* "[CODE]" or "[CODE:CODE2]" at s ('['); *end is set past the ']'. An
 * empty CODE is the null code "---"; an absent CODE2 is NONE. */
static nm_status code_bracket(rd *r, const char *s, const char **end, uint32_t *code,
                              uint32_t *code2) {
  const char *e = strchr(s, ']');
  if (!e) return fail(r, NM_ERR_PARSE, "missing ']' after a code");
  size_t n = (size_t)(e - s - 1);
  const char *c = trim(s + 1, &n);
  if (!n) return fail(r, NM_ERR_PARSE, "empty [CODE]");
  for (size_t i = 0; i < n; i++)
    if (blank(c[i])) return fail(r, NM_ERR_PARSE, "a code holds a blank");
  const char *colon = memchr(c, ':', n);
  size_t n1 = colon ? (size_t)(colon - c) : n;
  if (colon && memchr(colon + 1, ':', n - n1 - 1))
    return fail(r, NM_ERR_PARSE, "a code holds two ':'");
  nm_status st = n1 ? pooled(r, c, n1, false, code) : pooled(r, "---", 3, false, code);
  *code2 = NONE;
  if (st == NM_OK && colon && n > n1 + 1) st = pooled(r, colon + 1, n - n1 - 1, false, code2);
  *end = e + 1;
  return st;
}

/* --- verbs ------------------------------------------------------------------- */

typedef struct verbs {
  bool in_synset, no_plural;
  uint32_t synset, block;
  bool extending; /* "--- +VERB ---": patterns for an earlier block */
} verbs;

static nm_status synset_id(rd *r, const char *name, size_t n, bool create, uint32_t *id) {
  nm_cameo_builder *b = r->b;
  while (n && name[n - 1] == '_')
    n--;
  *id = NONE;
  uint32_t off = create ? nm_cb_str(b, name, n) : nm_cb_find_str(b, name, n);
  if (off == NONE) return create ? oom(r) : NM_OK;
  *id = nm_cmap_get(&b->synset_of, off);
  if (*id != NONE || !create) return NM_OK;
  uint32_t *s = nm_cvec_push(&b->synsets);
  if (!s || !nm_cmap_put(&b->synset_of, off, (uint32_t)(b->synsets.n - 1))) return oom(r);
  *s = off;
  *id = (uint32_t)(b->synsets.n - 1);
  return NM_OK;
}

/* "&NAME" (a final '_': no plurals). */
static nm_status synset_head(rd *r, verbs *v, const char *s) {
  size_t n = strlen(s + 1);
  const char *name = s + 1;
  for (size_t i = 0; i < n; i++)
    if (blank(name[i])) return fail(r, NM_ERR_PARSE, "unexpected text after the synset's name");
  v->no_plural = n && name[n - 1] == '_';
  char up[256];
  size_t k = 0;
  for (size_t i = 0; i < n && k < sizeof up; i++)
    up[k++] = upper(name[i]);
  if (n >= sizeof up) return fail(r, NM_ERR_LIMIT, "a synset's name is longer than 255 bytes");
  while (k && up[k - 1] == '_')
    k--;
  if (!k) return fail(r, NM_ERR_PARSE, "a synset needs a name: &NAME");
  v->in_synset = true;
  return synset_id(r, up, k, true, &v->synset);
}

/* "+&OTHER": the phrases of another synset. */
static nm_status synset_include(rd *r, verbs *v, const char *name) {
  char up[256];
  size_t n = strlen(name);
  if (n >= sizeof up) return fail(r, NM_ERR_LIMIT, "a synset's name is longer than 255 bytes");
  for (size_t i = 0; i < n; i++)
    up[i] = upper(name[i]);
  uint32_t other;
  nm_status st = synset_id(r, up, n, false, &other);
  if (st != NM_OK) return st;
  if (other == NONE) {
    nm_cb_warn(r->b, &r->b->warn.unknown_synset, r->name, r->line,
               "synset entry names an undefined synset: left out");
    return NM_OK;
  }
  if (other == v->synset) return NM_OK; /* "+&WEAPON" inside &WEAPON: nothing new */
  size_t have = r->b->sph.n;
  /* each include copies phrases: bound the total, so that a file of
   * includes cannot grow without end */
  if (have > 4000000) return fail(r, NM_ERR_LIMIT, "synset includes give too many phrases");
  for (size_t i = 0; i < have && st == NM_OK; i++) {
    nm_cb_phrase p = NM_CV(r->b->sph, nm_cb_phrase, i);
    if (p.entry != other) continue;
    uint32_t ids[NM_CAMEO_MAX_PHRASE];
    memcpy(ids, (const uint32_t *)r->b->pw.p + p.words, p.len * sizeof *ids);
    st = add_phrase(r, &r->b->sph, ids, p.len, v->synset);
  }
  return st;
}

/* "+PHRASE" of the current synset. */
static nm_status synset_phrase(rd *r, verbs *v, char *s) {
  char *body = (char *)skip_blanks(s + 1);
  if (body[0] == '&' && !strpbrk(body, " \t")) return synset_include(r, v, body + 1);
  if (strpbrk(body, "(){}")) {
    for (char *p = body; *p; p++)
      if (strchr("(){}", *p)) *p = ' ';
    nm_cb_warn(r->b, &r->b->warn.synset_brackets, r->name, r->line,
               "synset phrase written with brackets: brackets removed");
  }
  size_t n = strlen(body);
  body = (char *)trim(body, &n);
  bool plural = !v->no_plural && n && body[n - 1] != '_';
  slice w[NM_CAMEO_MAX_PHRASE];
  size_t k = split(body, n, w, NM_CAMEO_MAX_PHRASE);
  if (k > NM_CAMEO_MAX_PHRASE)
    return fail(r, NM_ERR_LIMIT, "a phrase has more words than NM_CAMEO_MAX_PHRASE");
  if (!k) return fail(r, NM_ERR_PARSE, "empty synset phrase");
  for (size_t i = 0; i < k; i++)
    if (w[i].s[0] == '&' || (w[i].n == 1 && strchr("$+%^*", w[i].s[0])))
      return fail(r, NM_ERR_PARSE, "a synset phrase may hold words only");
  uint32_t ids[NM_CAMEO_MAX_PHRASE];
  nm_status st = intern(r, w, k, ids);
  return st != NM_OK ? st : add_with_plural(r, &r->b->sph, ids, k, v->synset, plural);
}

/* "--- +VERB ---" (newsmill's extension of the format): the patterns that
 * follow join the block of VERB, a one-word verb that a file read before
 * lists (its base form), so that a later file adds patterns to a verb of
 * the production dictionary instead of shadowing it; the block takes no
 * verb lines. */
static nm_status extend_head(rd *r, verbs *v, const char *p) {
  const char *e = p;
  while (*e && !blank(*e) && *e != '-' && *e != '[')
    e++;
  const char *rest = skip_blanks(e);
  while (*rest == '-')
    rest++;
  if (e == p || *skip_blanks(rest))
    return fail(r, NM_ERR_PARSE, "an extending block reads '--- +VERB ---'");
  char up[NM_CAMEO_MAX_WORD + 1];
  size_t n = (size_t)(e - p);
  if (n > NM_CAMEO_MAX_WORD) return fail(r, NM_ERR_LIMIT, "a word is longer than 255 bytes");
  for (size_t i = 0; i < n; i++)
    up[i] = upper(p[i]);
  uint32_t id;
  slice w = {up, n};
  nm_status st = intern(r, &w, 1, &id);
  if (st != NM_OK) return st;
  const nm_cameo_builder *b = r->b;
  for (size_t i = 0; i < b->verbs.n; i++) {
    const nm_cb_verb *x = &NM_CV(b->verbs, nm_cb_verb, i);
    if (x->word == id && x->base == id && !x->n_pre && !x->n_post) {
      v->block = x->block;
      v->extending = true;
      v->in_synset = false;
      return NM_OK;
    }
  }
  return fail(r, NM_ERR_PARSE, "'--- +VERB ---' names no one-word verb of a file read before");
}

/* "--- NAME [CODE] ---": the header is a comment (dictionaries.rst), so
 * the name is any text (a description) and what follows the code is
 * ignored, as PETRARCH ignores it. */
static nm_status block_head(rd *r, verbs *v, const char *s) {
  const char *p = skip_blanks(s + 3), *q = p + strcspn(p, "[");
  if (*p == '+') return extend_head(r, v, p + 1);
  v->extending = false;
  size_t n = (size_t)(q - p);
  while (n && (blank(p[n - 1]) || p[n - 1] == '-'))
    n--;
  if (!n) return fail(r, NM_ERR_PARSE, "a verb block needs a name: --- NAME [CODE] ---");
  uint32_t name, code = NONE, code2 = NONE;
  nm_status st = pooled(r, p, n, true, &name);
  if (st == NM_OK && *q == '[') st = code_bracket(r, q, &q, &code, &code2);
  if (st == NM_OK && code == NONE) st = pooled(r, "---", 3, false, &code);
  if (st != NM_OK) return st;
  nm_cameo_builder *b = r->b;
  nm_cb_block *blk = nm_cvec_push(&b->blocks);
  if (!blk || b->blocks.n >= NONE) return oom(r);
  *blk = (nm_cb_block){name, code, code2, (uint32_t)b->patterns.n, 0};
  v->block = (uint32_t)(b->blocks.n - 1);
  v->in_synset = false;
  return NM_OK;
}

/* A verb phrase "WORD", "+CORDON_OFF", "WIRE_+TAP": its main word and the
 * words before and after. */
typedef struct vphrase {
  uint32_t main, pre[NM_CAMEO_MAX_PHRASE], post[NM_CAMEO_MAX_PHRASE];
  size_t n_pre, n_post;
  slice main_text;
} vphrase;

static nm_status verb_phrase(rd *r, const char *s, size_t n, vphrase *vp) {
  slice w[NM_CAMEO_MAX_PHRASE];
  size_t k = 0, at = NONE;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && s[j] != '_')
      j++;
    if (j > i) {
      if (k == NM_CAMEO_MAX_PHRASE)
        return fail(r, NM_ERR_LIMIT, "a verb has more words than NM_CAMEO_MAX_PHRASE");
      w[k] = (slice){s + i, j - i};
      if (s[i] == '+') {
        if (at != NONE) return fail(r, NM_ERR_PARSE, "a verb marks two words with '+'");
        at = k;
        w[k].s++, w[k].n--;
      }
      if (!w[k].n || memchr(w[k].s, '+', w[k].n))
        return fail(r, NM_ERR_PARSE, "'+' must stand just before a verb's word");
      k++;
    }
    i = j + 1;
  }
  if (!k) return fail(r, NM_ERR_PARSE, "empty verb");
  if (at == NONE && k > 1)
    return fail(r, NM_ERR_PARSE, "a multi-word verb needs '+' before its verb word");
  if (at == NONE) at = 0;
  uint32_t ids[NM_CAMEO_MAX_PHRASE];
  nm_status st = intern(r, w, k, ids);
  if (st != NM_OK) return st;
  vp->main = ids[at];
  vp->main_text = w[at];
  vp->n_pre = at;
  vp->n_post = k - at - 1;
  memcpy(vp->pre, ids, at * sizeof *ids);
  memcpy(vp->post, ids + at + 1, vp->n_post * sizeof *ids);
  return NM_OK;
}

static bool same_form(const vphrase *a, const vphrase *b) {
  return a->main == b->main && a->n_pre == b->n_pre && a->n_post == b->n_post &&
         !memcmp(a->pre, b->pre, a->n_pre * sizeof a->pre[0]) &&
         !memcmp(a->post, b->post, a->n_post * sizeof a->post[0]);
}

static nm_status add_verb(rd *r, const vphrase *vp, uint32_t base, uint32_t block, uint32_t code,
                          uint32_t code2) {
  nm_cameo_builder *b = r->b;
  size_t at = b->vw.n;
  for (size_t i = 0; i < vp->n_pre + vp->n_post; i++) {
    uint32_t *w = nm_cvec_push(&b->vw);
    if (!w) return oom(r);
    *w = i < vp->n_pre ? vp->pre[i] : vp->post[i - vp->n_pre];
  }
  nm_cb_verb *v = nm_cvec_push(&b->verbs);
  if (!v || b->vw.n >= NONE || b->verbs.n >= NONE) return oom(r);
  *v = (nm_cb_verb){
      vp->main, base, block, code, code2, (uint32_t)at, (uint32_t)vp->n_pre, (uint32_t)vp->n_post};
  return NM_OK;
}

/* "VERB {FORMS} [CODE] ;comment": the verb's forms. */
static nm_status verb_line(rd *r, verbs *v, const char *s) {
  const char *p = s;
  while (*p && !blank(*p) && !strchr("{[;", *p))
    p++;
  vphrase base, forms;
  nm_status st = verb_phrase(r, s, (size_t)(p - s), &base);
  if (st != NM_OK) return st;
  const nm_cb_block *blk = &NM_CV(r->b->blocks, nm_cb_block, v->block);
  uint32_t code = blk->code, code2 = blk->code2;
  const char *fb = NULL, *fe = NULL;
  p = skip_blanks(p);
  if (*p == '{') {
    fb = p + 1;
    fe = strchr(fb, '}');
    if (!fe) return fail(r, NM_ERR_PARSE, "missing '}' after a verb's forms");
    p = skip_blanks(fe + 1);
  }
  if (*p == '[') {
    st = code_bracket(r, p, &p, &code, &code2);
    if (st != NM_OK) return st;
  }
  p = skip_blanks(p);
  if (*p && *p != ';') return fail(r, NM_ERR_PARSE, "unexpected text after a verb");
  st = add_verb(r, &base, base.main, v->block, code, code2);
  if (fb) {
    /* the listed forms replace the regular ones: "{}" lists none */
    vphrase seen[64];
    size_t n_seen = 0;
    for (const char *q = fb; q < fe && st == NM_OK;) {
      while (q < fe && (blank(*q) || *q == ','))
        q++;
      const char *e = q;
      while (e < fe && !blank(*e) && *e != ',')
        e++;
      if (e == q) break;
      st = verb_phrase(r, q, (size_t)(e - q), &forms);
      bool again = same_form(&forms, &base);
      for (size_t i = 0; i < n_seen && !again; i++)
        again = same_form(&forms, &seen[i]);
      if (st == NM_OK && !again) {
        if (n_seen < sizeof seen / sizeof seen[0]) seen[n_seen++] = forms;
        st = add_verb(r, &forms, base.main, v->block, code, code2);
      }
      q = e;
    }
    return st;
  }
  static const int kinds[3] = {'s', 'd', 'g'};
  for (int k = 0; k < 3 && st == NM_OK; k++) {
    char buf[NM_CAMEO_MAX_WORD + 4];
    slice w = {buf, form(base.main_text.s, base.main_text.n, kinds[k], buf)};
    forms = base;
    st = intern(r, &w, 1, &forms.main);
    if (st == NM_OK) st = add_verb(r, &forms, base.main, v->block, code, code2);
  }
  return st;
}

/* The stack of open brackets of a pattern. */
typedef struct brackets {
  char open[2];
  int depth;
} brackets;

/* Whether one whitespace-separated word of a pattern closes a bracket that
 * is not open; -1 when it closes one of the other kind. */
static int stray_close(brackets k, const char *t, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if ((t[i] == '{' || t[i] == '(') && k.depth < 2) k.open[k.depth++] = t[i];
    if (t[i] == '}' || t[i] == ')') {
      if (!k.depth) return 1;
      if (k.open[--k.depth] != (t[i] == '}' ? '{' : '(')) return -1;
    }
  }
  return 0;
}

static nm_status push_elem(rd *r, uint32_t kind, uint32_t a) {
  nm_cameo_elem *e = nm_cvec_push(&r->b->elems);
  if (!e) return oom(r);
  e->kind = kind;
  e->a = a;
  return NM_OK;
}

/* The elements of one pattern word t[0..n), pushed to the builder. */
static nm_status pattern_word(rd *r, const char *t, size_t n, brackets *k, bool *unknown,
                              size_t *verbs_seen) {
  nm_status st = NM_OK;
  for (size_t i = 0; i < n && st == NM_OK;) {
    char c = t[i];
    if (c == '_') {
      i++;
      continue;
    }
    if (c == '{' || c == '(') {
      if (k->depth && (c == '(' || k->open[k->depth - 1] == '{'))
        return fail(r, NM_ERR_PARSE, c == '(' ? "'(' inside brackets" : "'{' inside '{'");
      k->open[k->depth++] = c;
      st = push_elem(r, c == '{' ? NM_CE_OPEN_NP : NM_CE_OPEN_PP, 0);
      i++;
      continue;
    }
    if (c == '}' || c == ')') {
      k->depth--; /* stray_close() has checked the match */
      st = push_elem(r, c == '}' ? NM_CE_CLOSE_NP : NM_CE_CLOSE_PP, 0);
      i++;
      continue;
    }
    if (c == '*') {
      if (k->depth) return fail(r, NM_ERR_PARSE, "the verb's '*' inside brackets");
      (*verbs_seen)++;
      st = push_elem(r, NM_CE_VERB, 0);
      i++;
      continue;
    }
    size_t j = i + 1;
    if (c == '&') { /* a synset's name may hold '_' */
      while (j < n && !strchr("{}()*", t[j]))
        j++;
      char up[256];
      size_t m = j - i - 1;
      if (!m || m >= sizeof up) return fail(r, NM_ERR_PARSE, "bad synset name in a pattern");
      for (size_t x = 0; x < m; x++)
        up[x] = upper(t[i + 1 + x]);
      uint32_t id;
      st = synset_id(r, up, m, false, &id);
      if (id == NONE) *unknown = true;
      if (st == NM_OK) st = push_elem(r, NM_CE_SYNSET, id == NONE ? 0 : id);
      i = j;
      continue;
    }
    while (j < n && !strchr("{}()*_", t[j]))
      j++;
    static const char marks[] = "$+%^";
    static const uint32_t kinds[] = {NM_CE_SOURCE, NM_CE_TARGET, NM_CE_COMPOUND, NM_CE_SKIP};
    const char *m = j == i + 1 ? strchr(marks, c) : NULL;
    if (m && c) {
      st = push_elem(r, kinds[m - marks], 0);
    } else {
      uint32_t id;
      slice w = {t + i, j - i};
      st = intern(r, &w, 1, &id);
      if (st == NM_OK) st = push_elem(r, NM_CE_WORD, id);
    }
    i = j;
  }
  return st;
}

/* "- ELEMENTS [CODE] # comment" (or "* ..." without its "- "). */
static nm_status pattern_line(rd *r, verbs *v, const char *s) {
  nm_cameo_builder *b = r->b;
  const char *body = s + (s[0] == '-');
  if (s[0] == '*')
    nm_cb_warn(b, &b->warn.pattern_no_dash, r->name, r->line,
               "pattern line without its '-': read as a pattern");
  const char *open = strchr(body, '[');
  if (!open) return fail(r, NM_ERR_PARSE, "a pattern needs a [CODE]");
  uint32_t code, code2, text;
  const char *end;
  nm_status st = code_bracket(r, open, &end, &code, &code2);
  if (st == NM_OK) st = pooled(r, s, (size_t)(end - s), false, &text);
  if (st != NM_OK) return st;
  size_t first = b->elems.n, verbs_seen = 0;
  brackets k = {{0, 0}, 0};
  bool unknown = false;
  for (const char *p = body; p < open && st == NM_OK;) {
    while (p < open && blank(*p))
      p++;
    const char *e = p;
    while (e < open && !blank(*e))
      e++;
    if (e == p) break;
    int stray = stray_close(k, p, (size_t)(e - p));
    if (stray < 0) return fail(r, NM_ERR_PARSE, "a bracket closes one of the other kind");
    if (stray)
      nm_cb_warn(b, &b->warn.stray_close, r->name, r->line,
                 "pattern word closes a bracket that is not open: word dropped");
    else
      st = pattern_word(r, p, (size_t)(e - p), &k, &unknown, &verbs_seen);
    p = e;
  }
  if (st != NM_OK) return st;
  size_t n = b->elems.n - first;
  if (k.depth) return fail(r, NM_ERR_PARSE, "a pattern leaves a '{' or '(' open");
  if (verbs_seen != 1) return fail(r, NM_ERR_PARSE, "a pattern needs exactly one '*'");
  if (n > NM_CAMEO_MAX_ELEMS) return fail(r, NM_ERR_LIMIT, "a pattern has more than 255 elements");
  if (unknown) {
    b->elems.n = first;
    nm_cb_warn(b, &b->warn.unknown_synset, r->name, r->line,
               "pattern names an undefined synset: left out");
    return NM_OK;
  }
  nm_cb_pattern *pt = nm_cvec_push(&b->patterns);
  if (!pt || b->patterns.n >= NONE || b->elems.n >= NONE) return oom(r);
  nm_cb_block *blk = &NM_CV(b->blocks, nm_cb_block, v->block);
  size_t at = (size_t)blk->first + blk->count;
  if ((size_t)v->block + 1 < b->blocks.n) {
    /* an earlier block's run grows ("--- +VERB ---"): the runs after it,
     * empty ones too, move up by one */
    nm_cb_pattern *base = &NM_CV(b->patterns, nm_cb_pattern, 0);
    if (at + 1 < b->patterns.n)
      memmove(base + at + 1, base + at, (b->patterns.n - 1 - at) * sizeof *base);
    pt = base + at;
    for (size_t i = (size_t)v->block + 1; i < b->blocks.n; i++)
      NM_CV(b->blocks, nm_cb_block, i).first++;
  }
  *pt =
      (nm_cb_pattern){v->block, (uint32_t)first, (uint32_t)n, code, code2, text, (uint32_t)r->line};
  blk->count++;
  return NM_OK;
}

/* One variable of a transformation: a letter, '.' or '_'. */
static bool variable(slice t, char *out) {
  if (t.n != 1) return false;
  char c = upper(t.s[0]);
  if (!((unsigned)(c - 'A') < 26u || c == '.' || c == '_')) return false;
  *out = t.s[0];
  return true;
}

/* A transformation's verb: "Q" (any), "WORD" or "WORD_WORD". */
static nm_status transform_verb(rd *r, slice t, uint32_t *v1, uint32_t *v2) {
  *v1 = *v2 = NONE;
  if (t.n == 1 && upper(t.s[0]) == 'Q') return NM_OK;
  slice w[3];
  size_t k = split(t.s, t.n, w, 2);
  if (k == 0 || k > 2) return fail(r, NM_ERR_PARSE, "a transformation's verb is one or two words");
  uint32_t ids[2];
  nm_status st = intern(r, w, k, ids);
  *v1 = ids[0];
  if (k == 2) *v2 = ids[1];
  return st;
}

/* "~ a (b c VERB) VERB = d e CODE". */
static nm_status transform_line(rd *r, const char *s) {
  slice t[12];
  size_t k = 0;
  for (const char *p = s + 1; *p && k < 12;) {
    p = skip_blanks(p);
    if (!*p) break;
    const char *e = p + 1;
    if (!strchr("()=", *p))
      while (*e && !blank(*e) && !strchr("()=", *e))
        e++;
    t[k++] = (slice){p, (size_t)(e - p)};
    p = e;
  }
  static const char shape[] = "v(vvV)V=vvc"; /* v variable, V verb, c code */
  bool ok = k == 11;
  for (size_t i = 0; ok && i < 11; i++)
    if (strchr("()=", shape[i])) ok = t[i].n == 1 && t[i].s[0] == shape[i];
  nm_cb_transform x;
  memset(&x, 0, sizeof x);
  ok = ok && variable(t[0], &x.var[0]) && variable(t[2], &x.var[1]) && variable(t[3], &x.var[2]) &&
       variable(t[8], &x.var[3]) && variable(t[9], &x.var[4]);
  if (!ok) return fail(r, NM_ERR_PARSE, "a transformation reads '~ a (b c VERB) VERB = d e CODE'");
  nm_status st = transform_verb(r, t[4], &x.in_verb, &x.in_verb2);
  if (st == NM_OK) st = transform_verb(r, t[6], &x.verb, &x.verb2);
  if (st == NM_OK) st = pooled(r, t[10].s, t[10].n, false, &x.code);
  if (st != NM_OK) return st;
  x.line = (uint32_t)r->line;
  nm_cb_transform *p = nm_cvec_push(&r->b->transforms);
  if (!p || r->b->transforms.n >= NONE) return oom(r);
  *p = x;
  return NM_OK;
}

static nm_status read_verbs(rd *r) {
  verbs v = {false, false, NONE, NONE, false};
  nm_status st = NM_OK;
  while (st == NM_OK) {
    int got = next_line(r, &st);
    if (got <= 0) break;
    char *s = r->buf;
    if (s[0] == '&')
      st = synset_head(r, &v, s);
    else if (s[0] == '+' && v.in_synset)
      st = synset_phrase(r, &v, s);
    else if (!strncmp(s, "---", 3))
      st = block_head(r, &v, s);
    else if (s[0] == '~')
      st = transform_line(r, s);
    else if (v.block == NONE)
      st = fail(r, NM_ERR_PARSE, "verb or pattern before the first '--- NAME [CODE] ---' block");
    else if (s[0] == '-' || s[0] == '*')
      st = pattern_line(r, &v, s);
    else if (v.extending)
      st = fail(r, NM_ERR_PARSE, "a '--- +VERB ---' block takes patterns only");
    else
      st = verb_line(r, &v, s);
    if (s[0] != '+' && s[0] != '&') v.in_synset = false;
  }
  return st;
}

/* --- actors ------------------------------------------------------------------ */

static bool leap(uint32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* A date, YYMMDD or YYYYMMDD (see the top of the file), as YYYYMMDD. */
static nm_status date(rd *r, const char *s, size_t n, uint32_t *out) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned)(s[i] - '0') > 9u) return fail(r, NM_ERR_PARSE, "a date is YYMMDD or YYYYMMDD");
  if (n < 6) return fail(r, NM_ERR_PARSE, "a date is YYMMDD or YYYYMMDD");
  if (n == 7 || n > 8)
    nm_cb_warn(r->b, &r->b->warn.odd_dates, r->name, r->line,
               n == 7 ? "date of 7 digits: its first 6 read as YYMMDD, as PETRARCH reads it"
                      : "date of more than 8 digits: its first 8 read as YYYYMMDD, as PETRARCH "
                        "reads it");
  uint32_t d[8];
  for (size_t i = 0; i < 8 && i < n; i++)
    d[i] = (uint32_t)(s[i] - '0');
  uint32_t y, m, day;
  if (n <= 7) {
    y = d[0] * 10 + d[1];
    y += y <= 30 ? 2000 : 1900;
    m = d[2] * 10 + d[3];
    day = d[4] * 10 + d[5];
  } else {
    y = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
    m = d[4] * 10 + d[5];
    day = d[6] * 10 + d[7];
  }
  static const uint32_t mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || day < 1 || day > mdays[m - 1] || (m == 2 && day == 29 && !leap(y)))
    return fail(r, NM_ERR_PARSE, "no such date");
  *out = y * 10000 + m * 100 + day;
  return NM_OK;
}

/* The inside of one "[CODE restriction]" of the current actor. */
static nm_status actor_code(rd *r, uint32_t actor, const char *s, size_t n) {
  s = trim(s, &n);
  size_t c = 0;
  while (c < n && !blank(s[c]))
    c++;
  if (!c) return fail(r, NM_ERR_PARSE, "empty [CODE]");
  char d[64];
  size_t k = 0;
  for (size_t i = c; i < n; i++) {
    if (blank(s[i])) continue;
    if (k == sizeof d) return fail(r, NM_ERR_PARSE, "bad date restriction");
    d[k++] = s[i];
  }
  nm_cb_acode x = {0, NM_CAC_DEFAULT, 0, 0};
  /* East Timor's CAMEO code TMP (ISO 3166 until 2002), which the Phoenix
   * dictionaries keep, is written TLS, as the country's own entry and
   * the gazetteer give it, so that one country has one code */
  char iso[64];
  if (c >= 3 && c <= sizeof iso && !memcmp(s, "TMP", 3)) {
    memcpy(iso, s, c);
    memcpy(iso, "TLS", 3);
    s = iso;
  }
  nm_status st = pooled(r, s, c, false, &x.code);
  const char *dash = memchr(d, '-', k);
  if (st != NM_OK || !k) {
    /* a default code, or out of memory */
  } else if (d[0] == '<' || d[0] == '>') {
    x.kind = d[0] == '<' ? NM_CAC_UNTIL : NM_CAC_FROM;
    st = date(r, d + 1, k - 1, d[0] == '<' ? &x.to : &x.from);
  } else if (dash) {
    x.kind = NM_CAC_BETWEEN;
    st = date(r, d, (size_t)(dash - d), &x.from);
    if (st == NM_OK) st = date(r, dash + 1, k - (size_t)(dash - d) - 1, &x.to);
    if (st == NM_OK && x.from > x.to)
      nm_cb_warn(r->b, &r->b->warn.empty_ranges, r->name, r->line,
                 "date range ends before it starts: kept, never holds");
  } else {
    x.kind = NM_CAC_FROM;
    st = date(r, d, k, &x.from);
    if (st == NM_OK)
      nm_cb_warn(r->b, &r->b->warn.bare_dates, r->name, r->line,
                 "restriction with a bare date: read as '>DATE'");
  }
  if (st != NM_OK) return st;
  nm_cb_acode *p = nm_cvec_push(&r->b->acodes);
  if (!p || r->b->acodes.n >= NONE) return oom(r);
  *p = x;
  NM_CV(r->b->actors, nm_cb_actor, actor).count++;
  return NM_OK;
}

/* The "[...]" groups from p on, up to the end or a ';' comment. */
static nm_status actor_codes(rd *r, uint32_t actor, const char *p) {
  for (bool any = false;; any = true) {
    p = skip_blanks(p);
    if (!*p || *p == ';') return NM_OK;
    if (*p != '[' && any) {
      nm_cb_warn(r->b, &r->b->warn.trailing_text, r->name, r->line,
                 "text after an actor's codes: read as a comment");
      return NM_OK;
    }
    if (*p != '[') return fail(r, NM_ERR_PARSE, "unexpected text after an actor's phrase");
    const char *e = strchr(p, ']');
    if (!e) return fail(r, NM_ERR_PARSE, "missing ']' after a code");
    nm_status st = actor_code(r, actor, p + 1, (size_t)(e - p - 1));
    if (st != NM_OK) return st;
    p = e + 1;
  }
}

static nm_status read_actors(rd *r) {
  nm_cameo_builder *b = r->b;
  uint32_t actor = NONE;
  nm_status st = NM_OK;
  while (st == NM_OK) {
    int got = next_line(r, &st);
    if (got <= 0) break;
    const char *s = r->buf;
    bool synonym = s[0] == '+';
    if ((s[0] == '[' || synonym) && actor == NONE)
      return fail(r, NM_ERR_PARSE, "a synonym or code before the first actor");
    if (s[0] == '[') {
      st = actor_codes(r, actor, s);
      continue;
    }
    const char *p = s + synonym, *e = p + strcspn(p, "[;");
    uint32_t ids[NM_CAMEO_MAX_PHRASE];
    size_t n;
    st = phrase_ids(r, p, (size_t)(e - p), ids, &n);
    if (st == NM_OK && !synonym) {
      char name[NM_CAMEO_MAX_PHRASE * (NM_CAMEO_MAX_WORD + 1)];
      size_t k = 0;
      for (size_t i = 0; i < n; i++) {
        const char *t = (const char *)b->pool.data + NM_CV(b->words, uint32_t, ids[i]);
        size_t l = strlen(t);
        if (i) name[k++] = ' ';
        memcpy(name + k, t, l);
        k += l;
      }
      nm_cb_actor *a = nm_cvec_push(&b->actors);
      if (!a || b->actors.n >= NONE) return oom(r);
      a->first = (uint32_t)b->acodes.n;
      actor = (uint32_t)(b->actors.n - 1);
      st = pooled(r, name, k, false, &a->name);
    }
    if (st == NM_OK) st = add_phrase(r, &b->aph, ids, n, actor);
    if (st == NM_OK) st = actor_codes(r, actor, e);
  }
  return st;
}

/* --- agents ------------------------------------------------------------------ */

/* "!NAME! = ITEM, ITEM, ...". */
static nm_status marker_line(rd *r, const char *s) {
  nm_cameo_builder *b = r->b;
  const char *e = strchr(s + 1, '!');
  if (!e || e == s + 1) return fail(r, NM_ERR_PARSE, "a substitution set reads !NAME! = A, B, ...");
  const char *q = skip_blanks(e + 1);
  if (*q != '=') return fail(r, NM_ERR_PARSE, "a substitution set reads !NAME! = A, B, ...");
  uint32_t name;
  nm_status st = pooled(r, s + 1, (size_t)(e - s - 1), true, &name);
  if (st != NM_OK) return st;
  nm_cb_marker *m = nm_cvec_push(&b->markers);
  if (!m || !nm_cmap_put(&b->marker_of, name, (uint32_t)(b->markers.n - 1))) return oom(r);
  m->first = (uint32_t)b->marker_items.n;
  for (q++;;) {
    const char *c = q + strcspn(q, ",");
    size_t n = (size_t)(c - q);
    const char *item = trim(q, &n);
    if (!n) return fail(r, NM_ERR_PARSE, "empty item in a substitution set");
    uint32_t *it = nm_cvec_push(&b->marker_items);
    if (!it) return oom(r);
    st = pooled(r, item, n, true, it);
    if (st != NM_OK) return st;
    NM_CV(b->markers, nm_cb_marker, b->markers.n - 1).count++;
    if (!*c) return NM_OK;
    q = c + 1;
  }
}

/* Adds the phrases of text with every substitution marker from text + from
 * on replaced by each of its items (no plurals; a '!' inside an item is
 * kept as it is); *budget bounds the phrases, depth the markers. */
static nm_status expand(rd *r, const char *text, size_t from, int depth, uint32_t agent,
                        size_t *budget) {
  nm_cameo_builder *b = r->b;
  const char *bang = strchr(text + from, '!');
  if (!bang) {
    if (!*budget) return fail(r, NM_ERR_LIMIT, "substitutions give more than 4096 phrases");
    (*budget)--;
    uint32_t ids[NM_CAMEO_MAX_PHRASE];
    size_t n;
    nm_status st = phrase_ids(r, text, strlen(text), ids, &n);
    return st != NM_OK ? st : add_phrase(r, &b->gph, ids, n, agent);
  }
  const char *end = strchr(bang + 1, '!');
  if (!end) return fail(r, NM_ERR_PARSE, "unterminated substitution marker '!'");
  if (depth == 8) return fail(r, NM_ERR_LIMIT, "more than 8 substitution markers in a phrase");
  char up[256];
  size_t m = (size_t)(end - bang - 1);
  if (m >= sizeof up) return fail(r, NM_ERR_PARSE, "undefined substitution marker");
  for (size_t i = 0; i < m; i++)
    up[i] = upper(bang[1 + i]);
  uint32_t off = nm_cb_find_str(b, up, m);
  uint32_t id = off == NONE ? NONE : nm_cmap_get(&b->marker_of, off);
  if (id == NONE) return fail(r, NM_ERR_PARSE, "undefined substitution marker");
  nm_cb_marker mk = NM_CV(b->markers, nm_cb_marker, id);
  size_t head = (size_t)(bang - text), tail = strlen(end + 1);
  nm_status st = NM_OK;
  for (uint32_t i = 0; i < mk.count && st == NM_OK; i++) {
    const char *item = (const char *)b->pool.data + NM_CV(b->marker_items, uint32_t, mk.first + i);
    size_t il = strlen(item);
    char *t = malloc(head + il + tail + 1);
    if (!t) return oom(r);
    memcpy(t, text, head);
    memcpy(t + head, item, il);
    memcpy(t + head + il, end + 1, tail + 1);
    st = expand(r, t, head + il, depth + 1, agent, budget);
    free(t);
  }
  return st;
}

/* "PHRASE {PLURAL} [~CODE]" or "[CODE~]". */
static nm_status agent_line(rd *r, char *s) {
  nm_cameo_builder *b = r->b;
  char *p = s + strcspn(s, "{[");
  const char *plural = NULL;
  char *stop = p;
  if (*p == '{') {
    char *e = strchr(p, '}');
    if (!e) return fail(r, NM_ERR_PARSE, "missing '}' after an agent's plural");
    *e = '\0';
    plural = p + 1;
    p = (char *)skip_blanks(e + 1);
  }
  if (*p != '[') {
    nm_cb_warn(b, &b->warn.agent_no_code, r->name, r->line, "agent without a [CODE]: left out");
    return NM_OK;
  }
  char *e = p + 1 + strcspn(p + 1, "]}");
  if (!*e) return fail(r, NM_ERR_PARSE, "missing ']' after a code");
  const char *rest = skip_blanks(e + 1);
  if (*rest && *rest != ';') return fail(r, NM_ERR_PARSE, "unexpected text after an agent's code");
  char code[64];
  size_t k = 0;
  for (const char *c = p + 1; c < e; c++) {
    if (blank(*c)) continue;
    if (k == sizeof code) return fail(r, NM_ERR_PARSE, "an agent's code is too long");
    code[k++] = *c;
  }
  bool prefix = k && code[k - 1] == '~';
  const char *c0 = code + !prefix;
  size_t cn = k ? k - 1 : 0;
  if (!k || (code[0] != '~' && !prefix) || !cn || memchr(c0, '~', cn))
    return fail(r, NM_ERR_PARSE, "an agent's code reads [~CODE] or [CODE~]");
  nm_cb_agent *a = nm_cvec_push(&b->agents);
  if (!a || b->agents.n >= NONE) return oom(r);
  a->flags = prefix ? NM_CAG_PREFIX : 0;
  uint32_t agent = (uint32_t)(b->agents.n - 1);
  nm_status st = pooled(r, c0, cn, false, &a->code);
  *stop = '\0';
  size_t n = strlen(s), budget = 4096;
  s = (char *)trim(s, &n);
  s[n] = '\0';
  if (st == NM_OK && strchr(s, '!')) {
    st = expand(r, s, 0, 0, agent, &budget);
    if (st == NM_OK && plural && *skip_blanks(plural)) st = expand(r, plural, 0, 0, agent, &budget);
    return st;
  }
  uint32_t ids[NM_CAMEO_MAX_PHRASE];
  if (st == NM_OK) st = phrase_ids(r, s, n, ids, &n);
  if (st != NM_OK) return st;
  st = add_with_plural(r, &b->gph, ids, n, agent, !plural);
  if (st == NM_OK && plural && *skip_blanks(plural)) {
    st = phrase_ids(r, plural, strlen(plural), ids, &n);
    if (st == NM_OK) st = add_phrase(r, &b->gph, ids, n, agent);
  }
  return st;
}

static nm_status read_agents(rd *r) {
  nm_status st = NM_OK;
  while (st == NM_OK) {
    int got = next_line(r, &st);
    if (got <= 0) break;
    char *s = r->buf;
    if (s[0] == '!' && strchr(s, '=') && !strpbrk(s, "[{"))
      st = marker_line(r, s);
    else
      st = agent_line(r, s);
  }
  return st;
}

/* --- discards ---------------------------------------------------------------- */

static nm_status read_discards(rd *r) {
  nm_cameo_builder *b = r->b;
  nm_status st = NM_OK;
  while (st == NM_OK) {
    int got = next_line(r, &st);
    if (got <= 0) break;
    const char *s = r->buf;
    uint32_t flags = 0;
    if (*s == '+') flags |= NM_CDS_STORY, s++;
    size_t n = strlen(s);
    s = trim(s, &n);
    if (n && s[n - 1] == '_') flags |= NM_CDS_WORD_END;
    slice w[64];
    size_t k = split(s, n, w, 64);
    char text[NM_CAMEO_MAX_DISCARD + 1];
    size_t len = 0;
    for (size_t i = 0; i < k && k <= 64; i++) {
      if (len + w[i].n + (i > 0) > NM_CAMEO_MAX_DISCARD) k = 65;
      if (k > 64) break;
      if (i) text[len++] = ' ';
      for (size_t j = 0; j < w[i].n; j++)
        text[len++] = upper(w[i].s[j]);
    }
    if (k > 64) return fail(r, NM_ERR_LIMIT, "a discard phrase is longer than 255 bytes");
    if (!k) return fail(r, NM_ERR_PARSE, "empty discard phrase");
    nm_cb_discard *d = nm_cvec_push(&b->discards);
    if (!d || b->discards.n >= NONE) return oom(r);
    d->flags = flags;
    d->order = (uint32_t)(b->discards.n - 1);
    st = pooled(r, text, len, false, &d->text);
  }
  return st;
}

/* --- PICO -------------------------------------------------------------------- */

/* "CODE:VALUE", VALUE a sum of hex ("0x1000") or decimal terms. */
static nm_status pico_line(rd *r, const char *s) {
  const char *colon = strchr(s, ':');
  if (!colon) return fail(r, NM_ERR_PARSE, "a PICO line reads CODE:VALUE");
  size_t n = (size_t)(colon - s);
  const char *code = trim(s, &n);
  if (!n || n > NM_CAMEO_MAX_CODE) return fail(r, NM_ERR_PARSE, "a PICO code is 1 to 31 bytes");
  for (size_t i = 0; i < n; i++)
    if (blank(code[i])) return fail(r, NM_ERR_PARSE, "a PICO code holds a blank");
  int64_t sum = 0;
  const char *p = skip_blanks(colon + 1);
  int sign = 1;
  if (*p == '-' || *p == '+') sign = *p++ == '-' ? -1 : 1;
  for (;;) {
    p = skip_blanks(p);
    int64_t v = 0;
    int digits = 0;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
      for (p += 2;; p++, digits++) {
        int c = *p, d = (unsigned)(c - '0') < 10u         ? c - '0'
                        : (unsigned)((c | 32) - 'a') < 6u ? (c | 32) - 'a' + 10
                                                          : -1;
        if (d < 0) break;
        if (digits == 8) return fail(r, NM_ERR_PARSE, "a PICO value is out of range");
        v = v * 16 + d;
      }
    } else {
      for (; (unsigned)(*p - '0') < 10u; p++, digits++) {
        if (digits == 10) return fail(r, NM_ERR_PARSE, "a PICO value is out of range");
        v = v * 10 + (*p - '0');
      }
    }
    if (!digits) return fail(r, NM_ERR_PARSE, "a PICO value is a sum of numbers (0x1000-0xFFFF)");
    sum += sign * v;
    if (sum > INT32_MAX || sum < INT32_MIN)
      return fail(r, NM_ERR_PARSE, "a PICO value is out of range");
    p = skip_blanks(p);
    if (!*p) break;
    if (*p != '+' && *p != '-') return fail(r, NM_ERR_PARSE, "unexpected text in a PICO value");
    sign = *p++ == '-' ? -1 : 1;
  }
  nm_cb_pico *x = nm_cvec_push(&r->b->pico);
  if (!x || r->b->pico.n >= NONE) return oom(r);
  x->value = (int32_t)sum;
  x->order = (uint32_t)(r->b->pico.n - 1);
  return pooled(r, code, n, false, &x->code);
}

static nm_status read_pico(rd *r) {
  nm_status st = NM_OK;
  while (st == NM_OK) {
    int got = next_line(r, &st);
    if (got <= 0) break;
    st = pico_line(r, r->buf);
  }
  return st;
}

/* --- entry points ------------------------------------------------------------ */

typedef nm_status (*reader)(rd *r);

static nm_status read_mem(nm_cameo_builder *b, const char *name, const char *text, size_t len,
                          nm_error *err, reader fn) {
  rd r;
  memset(&r, 0, sizeof r);
  r.b = b;
  r.name = name ? name : "(memory)";
  r.text = text;
  r.len = text ? len : 0;
  r.err = err;
  if (!b) return nm_fail(err, NM_ERR_INVALID, "no builder", 0);
  if (b->oom) return oom(&r);
  nm_status st = fn(&r);
  if (st == NM_OK && r.in_xml) st = fail(&r, NM_ERR_PARSE, "a '<!--' comment is never closed");
  if (st == NM_OK && b->oom) st = oom(&r);
  free(r.buf);
  return st;
}

static nm_status read_file(nm_cameo_builder *b, const char *path, nm_error *err, reader fn) {
  FILE *f = path ? fopen(path, "rb") : NULL;
  char *buf = NULL;
  size_t len = 0, cap = 0;
  bool ok = f != NULL;
  for (size_t got = 1; ok && got;) {
    if (len == cap) {
      char *q = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap ? cap * 2 : 1 << 16);
      if (!q) {
        free(buf);
        fclose(f);
        return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
      }
      buf = q;
      cap = cap ? cap * 2 : 1 << 16;
    }
    got = fread(buf + len, 1, cap - len, f);
    len += got;
  }
  if (f) {
    ok = !ferror(f);
    fclose(f);
  }
  if (!ok) {
    free(buf);
    snprintf(err_text, sizeof err_text, "%s: cannot read the file (%s)", path ? path : "(null)",
             strerror(errno));
    return nm_fail(err, NM_ERR_IO, err_text, 0);
  }
  nm_status st = read_mem(b, path, buf, len, err, fn);
  free(buf);
  return st;
}

/* The entry points of cameo.h, nm_cameo_builder_add_{verbs,actors,agents,
 * discards,pico} and their _mem forms: a file, or text in memory. */
#define NM_CAMEO_READERS(kind)                                                                     \
  nm_status nm_cameo_builder_add_##kind(nm_cameo_builder *b, const char *path, nm_error *err) {    \
    return read_file(b, path, err, read_##kind);                                                   \
  }                                                                                                \
  nm_status nm_cameo_builder_add_##kind##_mem(nm_cameo_builder *b, const char *name,               \
                                              const char *text, size_t len, nm_error *err) {       \
    return read_mem(b, name, text, len, err, read_##kind);                                         \
  }

NM_CAMEO_READERS(verbs)
NM_CAMEO_READERS(actors)
NM_CAMEO_READERS(agents)
NM_CAMEO_READERS(discards)
NM_CAMEO_READERS(pico)
