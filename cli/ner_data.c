/* ner_data.c - entity-annotated corpora (GUM, MEANTIME, WikiGold) read into
 * presegmented documents with gold mentions, and the scorer of `newsmill
 * eval entities`. docs/entities.md states the mapping and normalisation
 * rules; comments here say only why the code does what it does. */
#include "ner_data.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ------------------------------------------------------------------ */
/* Shared helpers                                                      */

typedef struct str {
  const char *s;
  size_t n;
} str;

static int fail_at(const char *path, size_t line, const char *msg) {
  if (line)
    fprintf(stderr, "newsmill: %s:%zu: %s\n", path, line, msg);
  else
    fprintf(stderr, "newsmill: %s: %s\n", path, msg);
  return 2;
}

static int fail_nomem(const char *path) { return fail_at(path, 0, "out of memory"); }

/* The whole file in a malloc'd buffer. Returns 0, or -1 with errno set. */
static int read_whole(const char *path, char **buf, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  size_t cap = 1 << 16, n = 0;
  char *b = malloc(cap);
  if (!b) {
    fclose(f);
    errno = ENOMEM;
    return -1;
  }
  for (;;) {
    if (n == cap) {
      char *nb = cap <= SIZE_MAX / 2 ? realloc(b, cap * 2) : NULL;
      if (!nb) {
        free(b);
        fclose(f);
        errno = ENOMEM;
        return -1;
      }
      b = nb;
      cap *= 2;
    }
    size_t k = fread(b + n, 1, cap - n, f);
    n += k;
    if (k == 0) {
      if (ferror(f)) {
        int e = errno ? errno : EIO;
        free(b);
        fclose(f);
        errno = e;
        return -1;
      }
      break;
    }
  }
  fclose(f);
  *buf = b;
  *len = n;
  return 0;
}

static int read_or_fail(const char *path, char **buf, size_t *len) {
  errno = 0;
  if (read_whole(path, buf, len) == 0) return 0;
  char msg[160];
  snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno ? errno : EIO));
  return fail_at(path, 0, msg);
}

/* Room for item n of an array of *cap items of size bytes: p itself, or a
 * bigger copy, or NULL (p still valid) when out of memory. */
static void *grow(void *p, size_t *cap, size_t n, size_t size) {
  if (n < *cap) return p;
  size_t nc = *cap ? *cap * 2 : 16;
  if (nc < *cap || nc > SIZE_MAX / size) return NULL;
  void *q = realloc(p, nc * size);
  if (q) *cap = nc;
  return q;
}

typedef struct tbuf {
  char *p;
  size_t n, cap;
} tbuf;

static bool tbuf_put(tbuf *t, const char *s, size_t n) {
  if (n > SIZE_MAX / 2 - t->n) return false;
  if (t->n + n + 1 > t->cap) {
    size_t nc = t->cap ? t->cap : 256;
    while (nc < t->n + n + 1)
      nc *= 2;
    char *q = realloc(t->p, nc);
    if (!q) return false;
    t->p = q;
    t->cap = nc;
  }
  if (n) memcpy(t->p + t->n, s, n);
  t->n += n;
  t->p[t->n] = '\0';
  return true;
}

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

static bool str_is(str a, const char *lit) {
  size_t l = strlen(lit);
  return a.n == l && memcmp(a.s, lit, l) == 0;
}

/* ASCII case-insensitive equality with a lower-case literal. */
static bool str_ieq(str a, const char *lit) {
  size_t l = strlen(lit);
  if (a.n != l) return false;
  for (size_t i = 0; i < l; i++)
    if (ascii_lower(a.s[i]) != lit[i]) return false;
  return true;
}

static bool str_in(str a, const char *const *list) {
  for (; *list; list++)
    if (str_ieq(a, *list)) return true;
  return false;
}

/* A decimal number of 1 to 9 digits. */
static bool parse_u32(str v, uint32_t *out) {
  if (v.n == 0 || v.n > 9) return false;
  uint32_t x = 0;
  for (size_t i = 0; i < v.n; i++) {
    if (v.s[i] < '0' || v.s[i] > '9') return false;
    x = x * 10 + (uint32_t)(v.s[i] - '0');
  }
  *out = x;
  return true;
}

static bool is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t') return false;
  return true;
}

/* The line at pos: [pos, *end) without its "\r\n" or "\n"; *next is the
 * start of the following line. */
static void line_at(const char *buf, size_t len, size_t pos, size_t *end, size_t *next) {
  const char *nl = memchr(buf + pos, '\n', len - pos);
  size_t e = nl ? (size_t)(nl - buf) : len;
  *next = nl ? e + 1 : len;
  if (e > pos && buf[e - 1] == '\r') e--;
  *end = e;
}

/* --- Word classes used by the normalisation rules. ------------------- */

/* Titles and roles that precede a person's name ("Senator Mara Velt",
 * "the port's chief executive Lio Brandt"); compared without case and
 * without a final period. */
/* clang-format off */
static const char *const title_words[] = {
    "mr", "mrs", "ms", "miss", "madam", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice", "senator", "sen", "rep", "representative", "congressman",
    "congresswoman", "governor", "gov", "mayor", "minister", "premier", "chancellor",
    "secretary", "ambassador", "commissioner", "judge", "justice", "chairman", "chairwoman",
    "chief", "executive", "officer", "ceo", "cfo", "coo", "cto", "director", "manager",
    "spokesman", "spokeswoman", "spokesperson", "analyst", "king", "queen", "prince",
    "princess", "pope", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt",
    "sergeant", "sgt", "admiral", "adm", "commander", "rev", "reverend", "bishop", "archbishop",
    "cardinal", "rabbi", "deputy", "founder", "co-founder", "emperor", "empress", "earl",
    "duke", "duchess", "baron", "baroness", "fellow", "protector", "prime", "general", "sheikh",
    "emir", "sultan", "ayatollah", "envoy", "mp", "lawmaker", NULL};
/* clang-format on */

static bool is_title(str w) {
  if (w.n > 1 && w.s[w.n - 1] == '.') w.n--;
  return str_in(w, title_words);
}

/* Words that open a noun phrase before a name ("the Pentagon"). */
static const char *const det_words[] = {"the",   "a",     "an",  "this", "that",
                                        "these", "those", "its", "his",  "her",
                                        "their", "our",   "my",  "your", NULL};

static const char *const pronoun_words[] = {
    "i",   "we",    "you",  "he",   "she", "it",   "they",  "me",      "us",   "him",   "them",
    "my",  "our",   "your", "his",  "her", "its",  "their", "this",    "that", "these", "those",
    "who", "which", "both", "some", "all", "each", "many",  "several", "one",  NULL};

static bool is_possessive(str w) {
  return str_is(w, "'s") || str_is(w, "'") || str_is(w, "\xe2\x80\x99s") ||
         str_is(w, "\xe2\x80\x99") || str_is(w, "'S");
}

/* Only ASCII punctuation bytes. */
static bool is_punct_word(str w) {
  if (!w.n) return false;
  for (size_t i = 0; i < w.n; i++) {
    unsigned char c = (unsigned char)w.s[i];
    if (!((c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
          (c >= '{' && c <= '~')))
      return false;
  }
  return true;
}

/* Hyphens that join the parts of one name ("Velt - Brandt"). */
static bool is_hyphen(str w) { return str_is(w, "-") || str_is(w, "\xe2\x80\x93"); }

/* Starts with an upper-case letter: ASCII, or Latin-1 A-grave to Thorn. */
static bool is_capitalised(str w) {
  if (!w.n) return false;
  unsigned char c = (unsigned char)w.s[0];
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && w.n > 1) {
    unsigned char d = (unsigned char)w.s[1];
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  return false;
}

static bool has_upper(str w) {
  for (size_t i = 0; i < w.n; i++)
    if (w.s[i] >= 'A' && w.s[i] <= 'Z') return true;
  return is_capitalised(w);
}

static bool starts_digit(str w) { return w.n && w.s[0] >= '0' && w.s[0] <= '9'; }

/* --- Documents and corpora. ------------------------------------------ */

static void doc_clear(nd_doc *d) {
  free(d->id);
  nm_doc_free(d->doc);
  free(d->m);
  free(d->idents);
  memset(d, 0, sizeof *d);
}

void nd_corpus_free(nd_corpus *c) {
  if (!c) return;
  for (size_t i = 0; i < c->n_docs; i++)
    doc_clear(&c->docs[i]);
  free(c->docs);
  c->docs = NULL;
  c->n_docs = 0;
}

/* Appends *d (the corpus takes it over). The array is reallocated when its
 * length reaches a power of two, so its capacity is always enough. */
static bool corpus_push(nd_corpus *c, nd_doc *d) {
  size_t n = c->n_docs;
  if ((n & (n - 1)) == 0) {
    size_t nc = n ? n * 2 : 1;
    if (nc > SIZE_MAX / sizeof *c->docs) return false;
    nd_doc *q = realloc(c->docs, nc * sizeof *q);
    if (!q) return false;
    c->docs = q;
  }
  c->docs[n] = *d;
  c->n_docs = n + 1;
  return true;
}

static char *dup_str(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

const char *nd_type_name(nd_type t) {
  switch (t) {
  case ND_PERSON: return "PERSON";
  case ND_ORG: return "ORG";
  case ND_PLACE: return "PLACE";
  case ND_OTHER:
  case ND_NTYPES: break;
  }
  return "OTHER";
}

static int cmp_mention(const void *a, const void *b) {
  const nd_mention *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end > y->end ? -1 : 1; /* longer first */
  if (x->type != y->type) return x->type < y->type ? -1 : 1;
  if (x->cluster != y->cluster) return x->cluster < y->cluster ? -1 : 1;
  return 0;
}

/* Sorts the mentions and merges those that normalisation made identical
 * (same span, type and cluster), keeping every flag either had. */
static void sort_mentions(nd_mention *m, size_t *n) {
  if (*n > 1) qsort(m, *n, sizeof *m, cmp_mention);
  size_t k = 0;
  for (size_t i = 0; i < *n; i++) {
    if (k && cmp_mention(&m[k - 1], &m[i]) == 0) {
      m[k - 1].named |= m[i].named;
      m[k - 1].scored |= m[i].scored;
      m[k - 1].pronoun |= m[i].pronoun;
      if (!m[k - 1].ident) m[k - 1].ident = m[i].ident;
      continue;
    }
    m[k++] = m[i];
  }
  *n = k;
}

static int cmp_i32(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return x < y ? -1 : x > y;
}

/* Flags single-word he/she/his/her mentions whose cluster holds a named
 * person mention. form[i] is the text of token i. */
static bool flag_pronouns(nd_mention *m, size_t n, const str *form) {
  int32_t *named = malloc((n ? n : 1) * sizeof *named);
  if (!named) return false;
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (m[i].named && m[i].type == ND_PERSON && m[i].cluster >= 0) named[k++] = m[i].cluster;
  if (k > 1) qsort(named, k, sizeof *named, cmp_i32);
  static const char *const pro[] = {"he", "she", "his", "her", NULL};
  for (size_t i = 0; i < n; i++) {
    if (m[i].end != m[i].start + 1 || m[i].cluster < 0 || !str_in(form[m[i].start], pro)) continue;
    if (k && bsearch(&m[i].cluster, named, k, sizeof *named, cmp_i32)) m[i].pronoun = true;
  }
  free(named);
  return true;
}

/* A presegmented document from whitespace-free tokens: tokens joined by one
 * space, each sentence its own paragraph, sentences separated by a blank
 * line. sent[i] is token i's sentence number (a change starts a sentence). */
static nm_doc *spaced_doc(const str *form, const uint32_t *sent, size_t n, const char *id,
                          nm_error *err) {
  tbuf t = {0};
  for (size_t i = 0; i < n; i++) {
    const char *sep = i == 0 ? "" : sent[i] != sent[i - 1] ? "\n\n" : " ";
    if (!tbuf_put(&t, sep, strlen(sep)) || !tbuf_put(&t, form[i].s, form[i].n)) goto nomem;
  }
  nm_doc *d = nm_doc_new(t.p ? t.p : "", t.n, err);
  if (!d) {
    free(t.p);
    return NULL;
  }
  size_t pos = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i, end = pos;
    for (; j < n && sent[j] == sent[i]; j++)
      end += (j > i) + form[j].n;
    if (nm_doc_add_paragraph(d, (uint32_t)pos, (uint32_t)end, err) != NM_OK ||
        nm_doc_add_sentence(d, (uint32_t)pos, (uint32_t)end, err) != NM_OK)
      goto fail;
    for (size_t k = i; k < j; k++) {
      if (nm_doc_add_token(d, (uint32_t)pos, (uint32_t)(pos + form[k].n), 0, NULL, 0, err) != NM_OK)
        goto fail;
      pos += form[k].n + (k + 1 < j);
    }
    pos = end + 2;
    i = j;
  }
  if (id && nm_doc_set_meta(d, NM_META_ID, id, strlen(id), err) != NM_OK) goto fail;
  free(t.p);
  return d;
fail:
  nm_doc_free(d);
  free(t.p);
  return NULL;
nomem:
  free(t.p);
  if (err) {
    err->code = NM_ERR_NOMEM;
    err->msg = "out of memory";
    err->pos = 0;
  }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* GUM: CoNLL-U with Entity= in MISC                                   */

enum { U_OTHER = 0, U_PROPN, U_NOUN, U_DET, U_PRON, U_PART, U_PUNCT, U_SCONJ, U_VERB, U_AUX };

#define NO_HEAD UINT32_MAX

typedef struct gword {
  str form;
  uint8_t upos;
  bool plural_propn; /* XPOS NNPS */
  uint32_t head;     /* document index of the head word, NO_HEAD for the root */
} gword;

typedef struct gmention {
  uint32_t start, end;
  int32_t cluster;
  nd_type type;
  bool linked;
  str ident;   /* its Wikipedia identity (in the file's buffer), when linked */
  size_t line; /* where it opened */
} gmention;

typedef struct gum_reader {
  const char *path;
  gword *w;
  size_t n_w, cap_w;
  gmention *open; /* entities opened and not closed yet, innermost last */
  size_t n_open, cap_open;
  gmention *raw;
  size_t n_raw, cap_raw;
  /* The layout of Entity= values, from "# global.Entity = GRP-etype-...":
   * field indices of the type and the Wikipedia identity (-1: none). */
  int etype, identity, n_fields;
} gum_reader;

static uint8_t upos_class(str u) {
  static const struct {
    const char *name;
    uint8_t c;
  } t[] = {{"PROPN", U_PROPN}, {"NOUN", U_NOUN}, {"DET", U_DET},
           {"PRON", U_PRON},   {"PART", U_PART}, {"PUNCT", U_PUNCT},
           {"SCONJ", U_SCONJ}, {"VERB", U_VERB}, {"AUX", U_AUX}};
  for (size_t i = 0; i < sizeof t / sizeof *t; i++)
    if (str_is(u, t[i].name)) return t[i].c;
  return U_OTHER;
}

static nd_type gum_type(str t) {
  if (str_is(t, "person")) return ND_PERSON;
  if (str_is(t, "organization")) return ND_ORG;
  if (str_is(t, "place")) return ND_PLACE;
  return ND_OTHER;
}

/* "# global.Entity = GRP-etype-infstat-...-identity": where the type and
 * the identity are. Returns false when the layout has no etype. */
static bool gum_layout(gum_reader *g, const char *s, size_t n) {
  static const char key[] = "global.Entity";
  size_t i = 1;
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  if (n - i < sizeof key - 1 || memcmp(s + i, key, sizeof key - 1) != 0) return true;
  i += sizeof key - 1;
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  if (i == n || s[i] != '=') return true;
  i++;
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  g->etype = g->identity = -1;
  int k = 0;
  for (size_t a = i; a <= n; k++) {
    size_t b = a;
    while (b < n && s[b] != '-')
      b++;
    str f = {s + a, b - a};
    if (str_is(f, "etype")) g->etype = k;
    if (str_is(f, "identity")) g->identity = k;
    a = b + 1;
    if (k > 64) return false;
  }
  g->n_fields = k;
  return g->etype > 0;
}

/* One opening annotation "GRP-etype-...[-identity]" (without its bracket). */
static int gum_parse_open(gum_reader *g, const char *s, size_t n, uint32_t word, size_t line,
                          gmention *m) {
  memset(m, 0, sizeof *m);
  str type = {NULL, 0}, ident = {NULL, 0};
  uint32_t cluster = 0;
  size_t a = 0;
  for (int k = 0; a <= n; k++) {
    size_t b = a;
    /* the identity, when it is the last field, keeps any hyphens it has */
    if (k == g->identity && k == g->n_fields - 1)
      b = n;
    else
      while (b < n && s[b] != '-')
        b++;
    str f = {s + a, b - a};
    if (k == 0 && !parse_u32(f, &cluster))
      return fail_at(g->path, line, "Entity= group id is not a number");
    if (k == g->etype) type = f;
    if (k == g->identity) ident = f;
    a = b + 1;
  }
  if (!type.n) return fail_at(g->path, line, "Entity= annotation without an entity type");
  if (cluster > INT32_MAX) return fail_at(g->path, line, "Entity= group id is too large");
  m->start = word;
  m->end = word + 1;
  m->cluster = (int32_t)cluster;
  m->type = gum_type(type);
  m->linked = ident.n && !str_is(ident, "_");
  if (m->linked) m->ident = ident;
  m->line = line;
  return 0;
}

static int gum_push_raw(gum_reader *g, const gmention *m) {
  gmention *q = grow(g->raw, &g->cap_raw, g->n_raw, sizeof *q);
  if (!q) return fail_nomem(g->path);
  g->raw = q;
  g->raw[g->n_raw++] = *m;
  return 0;
}

/* The brackets of one word's Entity= value: "(4-place-...", "4)",
 * "(19-person-...)", chained as in "(5-abstract-...(6-person-...)5)". */
static int gum_brackets(gum_reader *g, const char *v, size_t n, uint32_t word, size_t line) {
  size_t i = 0;
  while (i < n) {
    if (v[i] == '(') {
      size_t j = i + 1;
      while (j < n && v[j] != '(' && v[j] != ')')
        j++;
      gmention m;
      int rc = gum_parse_open(g, v + i + 1, j - i - 1, word, line, &m);
      if (rc) return rc;
      if (j < n && v[j] == ')') {
        if ((rc = gum_push_raw(g, &m))) return rc;
        j++;
      } else {
        gmention *q = grow(g->open, &g->cap_open, g->n_open, sizeof *q);
        if (!q) return fail_nomem(g->path);
        g->open = q;
        g->open[g->n_open++] = m;
      }
      i = j;
      continue;
    }
    size_t j = i;
    while (j < n && v[j] >= '0' && v[j] <= '9')
      j++;
    uint32_t id;
    if (j == n || v[j] != ')' || !parse_u32((str){v + i, j - i}, &id))
      return fail_at(g->path, line, "malformed Entity= annotation");
    size_t k = g->n_open;
    while (k > 0 && g->open[k - 1].cluster != (int32_t)id)
      k--;
    if (k == 0) {
      char msg[96];
      snprintf(msg, sizeof msg, "Entity= closes entity %u, which is not open", (unsigned)id);
      return fail_at(g->path, line, msg);
    }
    gmention m = g->open[k - 1];
    m.end = word + 1;
    memmove(&g->open[k - 1], &g->open[k], (g->n_open - k) * sizeof *g->open);
    g->n_open--;
    int rc = gum_push_raw(g, &m);
    if (rc) return rc;
    i = j + 1;
  }
  return 0;
}

/* Reads the CoNLL-U lines of one document, s[0..len) starting at line0:
 * one gword per syntactic word (as nm_conllu_read_doc makes one token per
 * word) and the raw mentions. */
static int gum_walk(gum_reader *g, const char *s, size_t len, size_t line0) {
  g->n_w = g->n_open = g->n_raw = 0;
  g->etype = 1;
  g->identity = 7;
  g->n_fields = 8;
  uint32_t base = 0;
  size_t line = line0;
  for (size_t pos = 0, end, next; pos < len; pos = next, line++) {
    line_at(s, len, pos, &end, &next);
    const char *l = s + pos;
    size_t n = end - pos;
    if (is_blank(l, n)) continue;
    if (l[0] == '#') {
      if (!gum_layout(g, l, n)) return fail_at(g->path, line, "global.Entity has no etype field");
      continue;
    }
    str f[10];
    size_t k = 0, a = 0;
    for (size_t i = 0; i <= n && k < 10; i++)
      if (i == n || l[i] == '\t') {
        f[k++] = (str){l + a, i - a};
        a = i + 1;
      }
    if (k != 10 || a <= n) return fail_at(g->path, line, "expected 10 tab-separated fields");
    if (memchr(f[0].s, '-', f[0].n) || memchr(f[0].s, '.', f[0].n)) continue; /* not a word */
    uint32_t id, head;
    if (!parse_u32(f[0], &id) || id == 0) return fail_at(g->path, line, "bad word ID");
    if (id == 1) base = (uint32_t)g->n_w;
    gword w = {f[1], upos_class(f[3]), str_is(f[4], "NNPS"), NO_HEAD};
    if (parse_u32(f[6], &head) && head > 0 && head - 1 <= UINT32_MAX - 1 - base)
      w.head = base + head - 1;
    if (g->n_w >= UINT32_MAX - 1) return fail_at(g->path, line, "too many words");
    gword *q = grow(g->w, &g->cap_w, g->n_w, sizeof *q);
    if (!q) return fail_nomem(g->path);
    g->w = q;
    g->w[g->n_w++] = w;
    /* Entity= among MISC's |-separated items */
    for (size_t i = 0; i < f[9].n;) {
      size_t j = i;
      while (j < f[9].n && f[9].s[j] != '|')
        j++;
      if (j - i > 7 && memcmp(f[9].s + i, "Entity=", 7) == 0) {
        int rc = gum_brackets(g, f[9].s + i + 7, j - i - 7, (uint32_t)g->n_w - 1, line);
        if (rc) return rc;
      }
      i = j + 1;
    }
  }
  if (g->n_open) {
    char msg[96];
    snprintf(msg, sizeof msg, "entity %d opens here and is never closed",
             (int)g->open[g->n_open - 1].cluster);
    return fail_at(g->path, g->open[g->n_open - 1].line, msg);
  }
  return 0;
}

/* The head word: the first word of the span whose head lies outside it. */
static uint32_t gum_head(const gum_reader *g, uint32_t s, uint32_t e) {
  for (uint32_t j = s; j < e; j++) {
    uint32_t h = g->w[j].head;
    if (h == NO_HEAD || h >= g->n_w || h < s || h >= e) return j;
  }
  return e - 1; /* a cycle: only in a malformed file */
}

static bool gum_is_propn(const gum_reader *g, uint32_t i) { return g->w[i].upos == U_PROPN; }

/* Normalises a named mention's span [*s, *e) with head word h. */
static void gum_normalise(const gum_reader *g, nd_type type, uint32_t h, uint32_t *s, uint32_t *e) {
  const gword *w = g->w;
  uint32_t a = h, b = h + 1;
  if (type == ND_PERSON) {
    /* the run of PROPN words around the head, hyphens inside allowed */
    for (;;) {
      if (a > *s && gum_is_propn(g, a - 1))
        a--;
      else if (a >= *s + 2 && w[a - 1].upos == U_PUNCT && is_hyphen(w[a - 1].form) &&
               gum_is_propn(g, a - 2))
        a -= 2;
      else
        break;
    }
    for (;;) {
      if (b < *e && gum_is_propn(g, b))
        b++;
      else if (b + 1 < *e && w[b].upos == U_PUNCT && is_hyphen(w[b].form) && gum_is_propn(g, b + 1))
        b += 2;
      else
        break;
    }
    while (a < b && is_title(w[a].form))
      a++;
    if (a == b) a = b = *s; /* only titles ("the Emperor"): not a name */
    *s = a;
    *e = b;
    return;
  }
  /* organisations, places and the rest: cut what follows the name (an
   * apposition after a comma, a relative clause), then the leading
   * determiners and the trailing 's and punctuation */
  a = *s;
  b = *e;
  for (uint32_t j = h + 1; j < b; j++) {
    uint8_t u = w[j].upos;
    bool joiner = is_hyphen(w[j].form) || str_is(w[j].form, "&") || str_is(w[j].form, ".") ||
                  str_is(w[j].form, "/");
    if ((u == U_PUNCT && !joiner) || u == U_PRON || u == U_SCONJ || u == U_VERB || u == U_AUX) {
      b = j;
      break;
    }
  }
  while (a < h && (w[a].upos == U_DET || w[a].upos == U_PRON))
    a++;
  while (b > h + 1 && (w[b - 1].upos == U_PART || w[b - 1].upos == U_PUNCT))
    b--;
  *s = a;
  *e = b;
}

static bool genre_wanted(const char *id, size_t id_n, const char *const *genres, size_t n) {
  if (!genres) return true;
  if (!id || id_n < 4 || memcmp(id, "GUM_", 4) != 0) return false;
  const char *g = id + 4, *u = memchr(g, '_', id_n - 4);
  size_t gn = u ? (size_t)(u - g) : id_n - 4;
  for (size_t i = 0; i < n; i++)
    if (genres[i] && strlen(genres[i]) == gn && memcmp(genres[i], g, gn) == 0) return true;
  return false;
}

/* A person mention headed by a common noun that ends in a name, "co-star
 * Lio Brandt" or "a man named Lio Brandt", names its person too; GUM marks
 * no mention for the name alone. Finds that name: two or more PROPN words
 * ending the span (before any 's and punctuation), after a common noun or
 * "named"/"called", covered by no other mention inside the span, without
 * leading titles. */
static bool gum_appositive_name(const gum_reader *g, size_t self, uint32_t *a_out,
                                uint32_t *b_out) {
  const gmention *r = &g->raw[self];
  uint32_t s = r->start, a, b = r->end;
  while (b > s && (g->w[b - 1].upos == U_PART || g->w[b - 1].upos == U_PUNCT))
    b--;
  for (a = b; a > s && gum_is_propn(g, a - 1);)
    a--;
  if (b - a < 2 || a == s) return false;
  const gword *before = &g->w[a - 1];
  if (before->upos != U_NOUN && !(before->upos == U_VERB && (str_ieq(before->form, "named") ||
                                                             str_ieq(before->form, "called"))))
    return false;
  for (size_t i = 0; i < g->n_raw; i++) {
    const gmention *o = &g->raw[i];
    if (i != self && o->start >= s && o->end <= r->end && o->start <= a && o->end >= b)
      return false;
  }
  while (b - a > 1 && is_title(g->w[a].form))
    a++;
  *a_out = a;
  *b_out = b;
  return true;
}

/* The gold mentions of one walked document. */
/* Appends identity v to the document's idents; 1 + its offset, or 0 when
 * out of memory. */
static uint32_t gum_ident(nd_doc *out, str v, size_t *cap) {
  if (out->n_idents + v.n + 1 > *cap || !out->idents) {
    size_t c = *cap ? *cap : 256;
    while (c < out->n_idents + v.n + 1)
      c *= 2;
    char *p = realloc(out->idents, c);
    if (!p) return 0;
    out->idents = p;
    *cap = c;
  }
  size_t off = out->n_idents;
  if (off >= UINT32_MAX - 1) return 0;
  memcpy(out->idents + off, v.s, v.n);
  out->idents[off + v.n] = '\0';
  out->n_idents += v.n + 1;
  return (uint32_t)off + 1;
}

static int gum_mentions(gum_reader *g, nd_doc *out) {
  size_t icap = 0;
  out->m = malloc((g->n_raw ? 2 * g->n_raw : 1) * sizeof *out->m);
  str *form = malloc((g->n_w ? g->n_w : 1) * sizeof *form);
  if (!out->m || !form) {
    free(form);
    return fail_nomem(g->path);
  }
  for (size_t i = 0; i < g->n_w; i++)
    form[i] = g->w[i].form;
  for (size_t i = 0; i < g->n_raw; i++) {
    const gmention *r = &g->raw[i];
    nd_mention m = {r->start, r->end, r->type, r->cluster, false, false, false};
    if (r->linked && r->ident.n && !(m.ident = gum_ident(out, r->ident, &icap))) {
      free(form);
      return fail_nomem(g->path);
    }
    uint32_t h = gum_head(g, r->start, r->end);
    m.named = gum_is_propn(g, h);
    if (m.named) {
      gum_normalise(g, r->type, h, &m.start, &m.end);
      if (m.start == m.end) {
        m.named = false;
        m.start = r->start;
        m.end = r->end;
      }
    }
    /* Plural proper nouns as persons are groups ("the Romans"), which
     * newsmill calls NORP: not scored. */
    m.scored = m.named && r->linked && r->type != ND_OTHER &&
               !(r->type == ND_PERSON && g->w[h].plural_propn);
    m.learn = m.named && r->type != ND_OTHER && !(r->type == ND_PERSON && g->w[h].plural_propn);
    out->m[out->n_m++] = m;
    uint32_t a, b;
    if (r->type == ND_PERSON && g->w[h].upos == U_NOUN && gum_appositive_name(g, i, &a, &b))
      out->m[out->n_m++] = (nd_mention){a, b, ND_PERSON, r->cluster, true, r->linked, false, true};
  }
  /* pronouns are judged on their original spans, which normalisation
   * leaves alone (a one-word mention stays one word) */
  bool ok = flag_pronouns(out->m, out->n_m, form);
  free(form);
  if (!ok) return fail_nomem(g->path);
  sort_mentions(out->m, &out->n_m);
  return 0;
}

int nd_read_gum(const char *path, const char *const *genres, size_t n_genres, nd_corpus *c) {
  memset(c, 0, sizeof *c);
  char *buf;
  size_t len;
  if (read_or_fail(path, &buf, &len)) return 2;
  gum_reader g = {0};
  g.path = path;
  int rc = 0;
  size_t off = 0, line = 1;
  while (off < len) {
    size_t consumed = 0, doc_line = line;
    nm_error err = {NM_OK, NULL, 0};
    nm_doc *d = nm_conllu_read_doc(buf + off, len - off, &consumed, &line, &err);
    const char *src = buf + off;
    off += consumed;
    if (!d) {
      if (err.code == NM_OK) break;
      rc = fail_at(path, err.code == NM_ERR_PARSE ? err.pos : doc_line,
                   err.msg ? err.msg : nm_status_str(err.code));
      break;
    }
    size_t id_n;
    const char *id = nm_doc_meta(d, NM_META_ID, &id_n);
    if (!genre_wanted(id, id_n, genres, n_genres)) {
      nm_doc_free(d);
      continue;
    }
    nd_doc nd = {0};
    nd.doc = d;
    if ((rc = gum_walk(&g, src, consumed, doc_line))) {
      doc_clear(&nd);
      break;
    }
    size_t nt;
    nm_doc_tokens(d, &nt);
    if (nt != g.n_w) {
      rc = fail_at(path, doc_line, "the document's words and tokens differ in number");
      doc_clear(&nd);
      break;
    }
    if (id)
      nd.id = dup_str(id, id_n);
    else {
      char name[32];
      snprintf(name, sizeof name, "doc%zu", c->n_docs + 1);
      nd.id = dup_str(name, strlen(name));
    }
    if (!nd.id) {
      rc = fail_nomem(path);
      doc_clear(&nd);
      break;
    }
    if ((rc = gum_mentions(&g, &nd))) {
      doc_clear(&nd);
      break;
    }
    if (!corpus_push(c, &nd)) {
      rc = fail_nomem(path);
      doc_clear(&nd);
      break;
    }
  }
  free(g.w);
  free(g.open);
  free(g.raw);
  free(buf);
  if (rc) nd_corpus_free(c);
  return rc;
}

/* ------------------------------------------------------------------ */
/* Normalisation without part-of-speech tags (MEANTIME)                */

/* Particles inside a person's name ("Charles de Gaulle"). */
/* clang-format off */
static const char *const name_particles[] = {"de", "da", "di", "du", "del", "della", "der", "den",
                                             "van", "von", "la", "le", "bin", "ibn", "al", "el",
                                             NULL};
/* clang-format on */

static bool person_word(str w) { return is_capitalised(w) && !is_title(w); }

/* Prepositions: a capitalised run right after a title and one of these is
 * the title's complement ("the Prime Minister of Canada"), not the person
 * ("in honour of Mara Velt" is a person). */
static const char *const prepositions[] = {"of", "for",  "at", "from", "in",
                                           "to", "with", "by", NULL};

/* A person's name in [*s, *e): the first comma- or bracket-separated part
 * that ends in a run of capitalised words that are not titles and that no
 * title and preposition precede; that run. False when no part does ("the
 * firm 's chief executive officer", "the Prime Minister of Canada"). */
static bool plain_person_span(const str *w, uint32_t *s, uint32_t *e) {
  uint32_t p = *s;
  while (p < *e) {
    uint32_t q = p;
    while (q < *e && !str_is(w[q], ",") && !str_is(w[q], "(") && !str_is(w[q], ")") &&
           !str_is(w[q], ";"))
      q++;
    uint32_t b = q;
    while (b > p && (is_possessive(w[b - 1]) || is_punct_word(w[b - 1])))
      b--;
    uint32_t a = b;
    if (a > p && person_word(w[a - 1])) {
      a--;
      for (;;) {
        if (a > p && person_word(w[a - 1]))
          a--;
        else if (a >= p + 2 && (is_hyphen(w[a - 1]) || str_in(w[a - 1], name_particles)) &&
                 person_word(w[a - 2]))
          a -= 2;
        else
          break;
      }
      if (a >= p + 2 && str_in(w[a - 1], prepositions) && is_title(w[a - 2])) return false;
      *s = a;
      *e = b;
      return true;
    }
    p = q + 1;
  }
  return false;
}

/* Words that may sit inside an organisation's or place's name. */
static const char *const name_connectors[] = {"of",  "and", "&", "for", "de", "du", "la",
                                              "the", "on",  "-", ".",   "/",  NULL};

static bool org_word(str w) { return has_upper(w) || starts_digit(w); }

/* Organisations, places and the rest, in [*s, *e): in the part before the
 * first comma or bracket, without trailing 's and punctuation, the last
 * run of capitalised words (connectors such as "of" inside), without
 * leading determiners: "U.S. automaker GM" -> "GM", "Bank of America",
 * "the provincial government of Ontario" -> "Ontario". With at_end, the
 * run must end the part ("the stake in Calder held by..." has none).
 * False when there is no such run. */
static bool plain_org_span(const str *w, uint32_t *s, uint32_t *e, bool at_end) {
  uint32_t a = *s, b = *e;
  for (uint32_t j = a + 1; j < b; j++)
    if (str_is(w[j], ",") || str_is(w[j], "(") || str_is(w[j], ";") || str_is(w[j], "[")) {
      b = j;
      break;
    }
  while (b > a && (is_possessive(w[b - 1]) || is_punct_word(w[b - 1])))
    b--;
  uint32_t last = b;
  while (last > a && !org_word(w[last - 1]))
    last--;
  if (last == a || (at_end && last != b)) return false;
  uint32_t first = last - 1;
  for (;;) {
    uint32_t k = first;
    while (k > a && str_in(w[k - 1], name_connectors))
      k--; /* "Bank of the West" */
    if (k > a && org_word(w[k - 1]))
      first = k - 1;
    else
      break;
  }
  while (last - first > 1 && (str_in(w[first], det_words) || !has_upper(w[first])))
    first++;
  bool upper = false;
  for (uint32_t j = first; j < last; j++)
    upper |= has_upper(w[j]);
  if (!upper) return false;
  *s = first;
  *e = last;
  return true;
}

/* Whether [s, e) looks like a proper name: capitalised at both ends,
 * every word capitalised, a number or a connector, and not a lone pronoun.
 * A lone capitalised word at the start of a sentence ("Company said...")
 * counts only when the document also has it capitalised elsewhere. */
static bool plain_looks_named(const str *w, const bool *sent_start, size_t n, uint32_t s,
                              uint32_t e) {
  if (e <= s) return false;
  if (e - s == 1 && str_in(w[s], pronoun_words)) return false;
  if (!has_upper(w[s]) || !(has_upper(w[e - 1]) || starts_digit(w[e - 1]))) return false;
  for (uint32_t j = s; j < e; j++)
    if (!has_upper(w[j]) && !starts_digit(w[j]) && !str_in(w[j], name_connectors)) return false;
  if (e - s == 1 && sent_start[s]) {
    for (size_t j = 0; j < n; j++)
      if (!sent_start[j] && w[j].n == w[s].n && memcmp(w[j].s, w[s].s, w[s].n) == 0) return true;
    return false;
  }
  return true;
}

/* ------------------------------------------------------------------ */
/* MEANTIME: NewsReader XML                                            */

typedef struct xattr {
  str name, val;
} xattr;

#define XML_MAX_ATTRS 32

typedef struct xtag {
  enum { XT_START, XT_END, XT_EMPTY } kind;
  str name;
  xattr attr[XML_MAX_ATTRS];
  size_t n_attr;
} xtag;

static bool xattr_get(const xtag *t, const char *name, str *v) {
  for (size_t i = 0; i < t->n_attr; i++)
    if (str_is(t->attr[i].name, name)) {
      *v = t->attr[i].val;
      return true;
    }
  return false;
}

static bool xml_name_char(char c) {
  return c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '/' && c != '>' && c != '=' &&
         c != '<' && c != '"' && c != '\'';
}

static bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Parses the tag at s[0] == '<', up to its '>', within s[0..n). Returns its
 * length, or 0 when malformed. */
static size_t xml_tag(const char *s, size_t n, xtag *t) {
  size_t i = 1;
  t->kind = XT_START;
  t->n_attr = 0;
  if (i < n && s[i] == '/') {
    t->kind = XT_END;
    i++;
  }
  size_t a = i;
  while (i < n && xml_name_char(s[i]))
    i++;
  if (i == a) return 0;
  t->name = (str){s + a, i - a};
  for (;;) {
    while (i < n && xml_space(s[i]))
      i++;
    if (i == n) return 0;
    if (s[i] == '>') return i + 1;
    if (s[i] == '/' && t->kind == XT_START) {
      if (i + 1 < n && s[i + 1] == '>') {
        t->kind = XT_EMPTY;
        return i + 2;
      }
      return 0;
    }
    if (t->kind == XT_END) return 0;
    a = i;
    while (i < n && xml_name_char(s[i]))
      i++;
    if (i == a) return 0;
    str name = {s + a, i - a};
    while (i < n && xml_space(s[i]))
      i++;
    if (i == n || s[i] != '=') return 0;
    i++;
    while (i < n && xml_space(s[i]))
      i++;
    if (i == n || (s[i] != '"' && s[i] != '\'')) return 0;
    char q = s[i++];
    a = i;
    while (i < n && s[i] != q && s[i] != '<')
      i++;
    if (i == n || s[i] != q) return 0;
    if (t->n_attr < XML_MAX_ATTRS) t->attr[t->n_attr++] = (xattr){name, {s + a, i - a}};
    i++;
  }
}

static bool put_utf8(tbuf *t, uint32_t cp) {
  char b[4];
  size_t n;
  if (cp < 0x80) {
    b[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    b[0] = (char)(0xC0 | (cp >> 6));
    b[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | (cp >> 12));
    b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return tbuf_put(t, b, n);
}

/* Appends character data, its references (&amp; &#233; &#xE9;) decoded;
 * an unknown or invalid reference is kept as written. */
static bool xml_text(tbuf *t, const char *s, size_t n) {
  static const struct {
    const char *name, *ch;
  } named[] = {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}};
  size_t i = 0;
  while (i < n) {
    const char *amp = memchr(s + i, '&', n - i);
    size_t j = amp ? (size_t)(amp - s) : n;
    if (!tbuf_put(t, s + i, j - i)) return false;
    if (j == n) break;
    const char *semi = memchr(s + j, ';', n - j < 12 ? n - j : 12);
    bool done = false;
    if (semi) {
      str ref = {s + j + 1, (size_t)(semi - s) - j - 1};
      for (size_t k = 0; k < sizeof named / sizeof *named && !done; k++)
        if (str_is(ref, named[k].name)) {
          if (!tbuf_put(t, named[k].ch, 1)) return false;
          done = true;
        }
      if (!done && ref.n >= 2 && ref.s[0] == '#') {
        bool hex = ref.s[1] == 'x' || ref.s[1] == 'X';
        uint32_t cp = 0;
        size_t k = hex ? 2 : 1;
        bool ok = k < ref.n;
        for (; k < ref.n && ok; k++) {
          char c = ref.s[k];
          int d = c >= '0' && c <= '9'          ? c - '0'
                  : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                : -1;
          if (d < 0 || cp > 0x10FFFF)
            ok = false;
          else
            cp = cp * (hex ? 16 : 10) + (uint32_t)d;
        }
        if (ok && cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
          if (!put_utf8(t, cp)) return false;
          done = true;
        }
      }
    }
    if (done) {
      i = (size_t)(semi - s) + 1;
    } else {
      if (!tbuf_put(t, "&", 1)) return false;
      i = j + 1;
    }
  }
  return true;
}

enum { SYN_NONE = 0, SYN_NAM, SYN_PRENAM, SYN_OTHER };

typedef struct mt_token {
  size_t off, n; /* in the decoded text buffer */
  uint32_t t_id, sentence;
  size_t line;
} mt_token;

typedef struct mt_mention {
  uint32_t m_id;
  uint8_t syn;
  size_t first, n; /* its anchors' t_ids in mt_reader.anchor */
  size_t line;
} mt_mention;

typedef struct mt_id {
  uint32_t id, index;
} mt_id;

typedef struct mt_link {
  uint32_t source, target;
} mt_link;

typedef struct mt_reader {
  const char *path;
  tbuf text;
  mt_token *tok;
  size_t n_tok, cap_tok;
  mt_mention *men;
  size_t n_men, cap_men;
  uint32_t *anchor;
  size_t n_anchor, cap_anchor;
  mt_id *ent; /* ENTITY m_id -> its index in ent_type */
  nd_type *ent_type;
  size_t n_ent, cap_ent, cap_ent_type;
  mt_link *link; /* REFERS_TO source -> target */
  size_t n_link, cap_link;
  uint32_t *src, *tgt; /* the current REFERS_TO's ends */
  size_t n_src, cap_src, n_tgt, cap_tgt;
} mt_reader;

static int cmp_id(const void *a, const void *b) {
  const mt_id *x = a, *y = b;
  return x->id < y->id ? -1 : x->id > y->id;
}

static int cmp_link(const void *a, const void *b) {
  const mt_link *x = a, *y = b;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  return x->target < y->target ? -1 : x->target > y->target;
}

static bool push_u32(uint32_t **p, size_t *n, size_t *cap, uint32_t v) {
  uint32_t *q = grow(*p, cap, *n, sizeof *q);
  if (!q) return false;
  *p = q;
  q[(*n)++] = v;
  return true;
}

static nd_type mt_type(str t) {
  if (str_is(t, "PER")) return ND_PERSON;
  if (str_is(t, "ORG")) return ND_ORG;
  if (str_is(t, "LOC")) return ND_PLACE;
  return ND_OTHER;
}

static uint8_t mt_syn(const xtag *t) {
  str v;
  if (!xattr_get(t, "syntactic_type", &v) || !v.n) return SYN_NONE;
  if (str_is(v, "NAM")) return SYN_NAM;
  if (str_is(v, "PRE.NAM")) return SYN_PRENAM;
  return SYN_OTHER;
}

/* Finds the element's numeric attribute, or fails naming it. */
static int mt_num(const mt_reader *r, const xtag *t, const char *name, size_t line, uint32_t *v) {
  str s;
  if (xattr_get(t, name, &s) && parse_u32(s, v)) return 0;
  char msg[128];
  snprintf(msg, sizeof msg, "<%.*s> needs a numeric %s", (int)(t->name.n < 40 ? t->name.n : 40),
           t->name.s, name);
  return fail_at(r->path, line, msg);
}

/* Reads the elements newsmill needs: token, ENTITY_MENTION with its
 * token_anchor children, ENTITY, REFERS_TO with its source and target. */
static int mt_scan(mt_reader *r, const char *buf, size_t len) {
  enum { IN_NONE, IN_TOKEN, IN_MENTION, IN_REFERS } in = IN_NONE;
  size_t line = 1, pos = 0;
  mt_token cur = {0};
  xtag t;
  while (pos < len) {
    const char *lt = memchr(buf + pos, '<', len - pos);
    size_t at = lt ? (size_t)(lt - buf) : len;
    if (in == IN_TOKEN && !xml_text(&r->text, buf + pos, at - pos)) return fail_nomem(r->path);
    for (size_t i = pos; i < at; i++)
      line += buf[i] == '\n';
    if (at == len) break;
    size_t tag_line = line, rest = len - at, skip = 0;
    const char *s = buf + at;
    if (rest >= 4 && memcmp(s, "<!--", 4) == 0) {
      const char *e = NULL;
      for (size_t i = 4; i + 3 <= rest && !e; i++)
        if (memcmp(s + i, "-->", 3) == 0) e = s + i;
      if (!e) return fail_at(r->path, tag_line, "unterminated comment");
      skip = (size_t)(e - s) + 3;
    } else if (rest >= 9 && memcmp(s, "<![CDATA[", 9) == 0) {
      const char *e = NULL;
      for (size_t i = 9; i + 3 <= rest && !e; i++)
        if (memcmp(s + i, "]]>", 3) == 0) e = s + i;
      if (!e) return fail_at(r->path, tag_line, "unterminated CDATA section");
      if (in == IN_TOKEN && !tbuf_put(&r->text, s + 9, (size_t)(e - s) - 9))
        return fail_nomem(r->path);
      skip = (size_t)(e - s) + 3;
    } else if (rest >= 2 && (s[1] == '?' || s[1] == '!')) {
      const char *e = memchr(s, '>', rest);
      if (!e) return fail_at(r->path, tag_line, "unterminated declaration");
      skip = (size_t)(e - s) + 1;
    } else {
      skip = xml_tag(s, rest, &t);
      if (!skip) return fail_at(r->path, tag_line, "malformed XML tag");
    }
    for (size_t i = 0; i < skip; i++)
      line += s[i] == '\n';
    pos = at + skip;
    if (s[1] == '!' || s[1] == '?') continue;

    if (in == IN_TOKEN) {
      if (t.kind != XT_END || !str_is(t.name, "token"))
        return fail_at(r->path, tag_line, "markup inside <token>");
      /* trim white space around the token's text */
      size_t a = cur.off, b = r->text.n;
      while (a < b && xml_space(r->text.p[a]))
        a++;
      while (b > a && xml_space(r->text.p[b - 1]))
        b--;
      if (a == b) return fail_at(r->path, cur.line, "empty <token>");
      cur.n = b - a;
      memmove(r->text.p + cur.off, r->text.p + a, cur.n);
      r->text.n = cur.off + cur.n;
      mt_token *q = grow(r->tok, &r->cap_tok, r->n_tok, sizeof *q);
      if (!q) return fail_nomem(r->path);
      r->tok = q;
      r->tok[r->n_tok++] = cur;
      in = IN_NONE;
      continue;
    }
    if (str_is(t.name, "token")) {
      if (t.kind != XT_START) return fail_at(r->path, tag_line, "misplaced <token>");
      if (in != IN_NONE) return fail_at(r->path, tag_line, "<token> inside another element");
      if (mt_num(r, &t, "t_id", tag_line, &cur.t_id) ||
          mt_num(r, &t, "sentence", tag_line, &cur.sentence))
        return 2;
      if (!tbuf_put(&r->text, "", 0)) return fail_nomem(r->path);
      cur.off = r->text.n;
      cur.line = tag_line;
      in = IN_TOKEN;
    } else if (str_is(t.name, "ENTITY_MENTION")) {
      if (t.kind == XT_END) {
        if (in != IN_MENTION) return fail_at(r->path, tag_line, "</ENTITY_MENTION> without start");
        in = IN_NONE;
        continue;
      }
      if (in != IN_NONE) return fail_at(r->path, tag_line, "nested <ENTITY_MENTION>");
      mt_mention m = {0};
      if (mt_num(r, &t, "m_id", tag_line, &m.m_id)) return 2;
      m.syn = mt_syn(&t);
      m.first = r->n_anchor;
      m.line = tag_line;
      mt_mention *q = grow(r->men, &r->cap_men, r->n_men, sizeof *q);
      if (!q) return fail_nomem(r->path);
      r->men = q;
      r->men[r->n_men++] = m;
      if (t.kind == XT_START) in = IN_MENTION;
    } else if (str_is(t.name, "token_anchor")) {
      if (in != IN_MENTION || t.kind == XT_END) continue; /* an event's or time's anchor */
      uint32_t id;
      if (mt_num(r, &t, "t_id", tag_line, &id)) return 2;
      if (!push_u32(&r->anchor, &r->n_anchor, &r->cap_anchor, id)) return fail_nomem(r->path);
      r->men[r->n_men - 1].n++;
    } else if (str_is(t.name, "ENTITY")) {
      if (t.kind == XT_END) continue;
      uint32_t id;
      if (mt_num(r, &t, "m_id", tag_line, &id)) return 2;
      str et = {"", 0};
      xattr_get(&t, "ent_type", &et);
      mt_id *q = grow(r->ent, &r->cap_ent, r->n_ent, sizeof *q);
      if (!q) return fail_nomem(r->path);
      r->ent = q;
      nd_type *qt = grow(r->ent_type, &r->cap_ent_type, r->n_ent, sizeof *qt);
      if (!qt) return fail_nomem(r->path);
      r->ent_type = qt;
      r->ent_type[r->n_ent] = mt_type(et);
      r->ent[r->n_ent] = (mt_id){id, (uint32_t)r->n_ent};
      r->n_ent++;
    } else if (str_is(t.name, "REFERS_TO")) {
      if (t.kind == XT_END) {
        if (in != IN_REFERS) return fail_at(r->path, tag_line, "</REFERS_TO> without start");
        for (size_t i = 0; i < r->n_src; i++)
          for (size_t j = 0; j < r->n_tgt; j++) {
            mt_link *q = grow(r->link, &r->cap_link, r->n_link, sizeof *q);
            if (!q) return fail_nomem(r->path);
            r->link = q;
            r->link[r->n_link++] = (mt_link){r->src[i], r->tgt[j]};
          }
        in = IN_NONE;
        continue;
      }
      if (in != IN_NONE) return fail_at(r->path, tag_line, "nested <REFERS_TO>");
      r->n_src = r->n_tgt = 0;
      if (t.kind == XT_START) in = IN_REFERS;
    } else if (in == IN_REFERS && (str_is(t.name, "source") || str_is(t.name, "target"))) {
      if (t.kind == XT_END) continue;
      uint32_t id;
      if (mt_num(r, &t, "m_id", tag_line, &id)) return 2;
      bool ok = str_is(t.name, "source") ? push_u32(&r->src, &r->n_src, &r->cap_src, id)
                                         : push_u32(&r->tgt, &r->n_tgt, &r->cap_tgt, id);
      if (!ok) return fail_nomem(r->path);
    }
  }
  if (in == IN_TOKEN) return fail_at(r->path, cur.line, "unterminated <token>");
  if (in != IN_NONE) return fail_at(r->path, line, "file ends inside an element");
  if (!r->n_tok) return fail_at(r->path, 0, "no <token> elements");
  return 0;
}

/* The document and gold mentions of one scanned file. */
static int mt_build(mt_reader *r, const char *id, nd_doc *out) {
  size_t n = r->n_tok;
  int rc = 2;
  str *form = malloc(n * sizeof *form);
  uint32_t *sent = malloc(n * sizeof *sent);
  bool *start = malloc(n * sizeof *start);
  mt_id *tid = malloc(n * sizeof *tid);
  out->m = malloc((r->n_men ? r->n_men : 1) * sizeof *out->m);
  if (!form || !sent || !start || !tid || !out->m) {
    fail_nomem(r->path);
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    form[i] = (str){r->text.p + r->tok[i].off, r->tok[i].n};
    sent[i] = r->tok[i].sentence;
    start[i] = i == 0 || sent[i] != sent[i - 1];
    tid[i] = (mt_id){r->tok[i].t_id, (uint32_t)i};
  }
  qsort(tid, n, sizeof *tid, cmp_id);
  for (size_t i = 1; i < n; i++)
    if (tid[i].id == tid[i - 1].id) {
      fail_at(r->path, r->tok[tid[i].index].line, "duplicate token t_id");
      goto done;
    }
  if (r->n_ent > 1) qsort(r->ent, r->n_ent, sizeof *r->ent, cmp_id);
  if (r->n_link > 1) qsort(r->link, r->n_link, sizeof *r->link, cmp_link);
  for (size_t i = 0; i < r->n_men; i++) {
    const mt_mention *mm = &r->men[i];
    if (!mm->n) continue; /* a mention of no tokens */
    uint32_t s = UINT32_MAX, e = 0;
    for (size_t k = 0; k < mm->n; k++) {
      mt_id key = {r->anchor[mm->first + k], 0};
      const mt_id *hit = bsearch(&key, tid, n, sizeof *tid, cmp_id);
      if (!hit) {
        char msg[96];
        snprintf(msg, sizeof msg, "mention %u anchors unknown token t_id %u", (unsigned)mm->m_id,
                 (unsigned)key.id);
        fail_at(r->path, mm->line, msg);
        goto done;
      }
      if (hit->index < s) s = hit->index;
      if (hit->index + 1 > e) e = hit->index + 1;
    }
    /* the entity it refers to: its type and cluster */
    nd_mention m = {s, e, ND_OTHER, -1, false, false, false};
    mt_link key = {mm->m_id, 0};
    size_t lo = 0, hi = r->n_link;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (r->link[mid].source < key.source)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (; lo < r->n_link && r->link[lo].source == mm->m_id; lo++) {
      mt_id ek = {r->link[lo].target, 0};
      const mt_id *ent = r->n_ent ? bsearch(&ek, r->ent, r->n_ent, sizeof *r->ent, cmp_id) : NULL;
      if (ent) {
        m.type = r->ent_type[ent->index];
        m.cluster = (int32_t)ent->index;
        break;
      }
    }
    /* named: NAM (scored), PRE.NAM, or an unlabelled mention that looks
     * like a name (both ignorable); see docs/entities.md */
    if (mm->syn == SYN_NAM || mm->syn == SYN_PRENAM || mm->syn == SYN_NONE) {
      uint32_t a = s, b = e;
      bool ok = m.type == ND_PERSON ? plain_person_span(form, &a, &b)
                                    : plain_org_span(form, &a, &b, mm->syn == SYN_NONE);
      if (ok && mm->syn == SYN_NONE) ok = plain_looks_named(form, start, n, a, b);
      if (ok) {
        m.named = true;
        m.start = a;
        m.end = b;
        m.scored = mm->syn == SYN_NAM && m.type != ND_OTHER;
        m.learn = m.scored;
      }
    }
    out->m[out->n_m++] = m;
  }
  if (!flag_pronouns(out->m, out->n_m, form)) {
    fail_nomem(r->path);
    goto done;
  }
  /* MEANTIME annotates every mention in its sentences 0 to 5 (the title,
   * the date line, four sentences); later ones hold only the mentions of
   * the cross-document annotation, which have no syntactic type */
  out->scored_end = 0;
  for (size_t i = 0; i < n; i++)
    if (sent[i] >= 6) {
      out->scored_end = (uint32_t)i;
      break;
    }
  for (size_t i = 0; i < out->n_m && out->scored_end; i++)
    if (out->m[i].start >= out->scored_end) out->m[i].scored = false;
  sort_mentions(out->m, &out->n_m);
  nm_error err = {NM_OK, NULL, 0};
  out->doc = spaced_doc(form, sent, n, id, &err);
  if (!out->doc) {
    fail_at(r->path, 0, err.msg ? err.msg : nm_status_str(err.code));
    goto done;
  }
  rc = 0;
done:
  free(form);
  free(sent);
  free(start);
  free(tid);
  return rc;
}

static void mt_reset(mt_reader *r) {
  r->text.n = r->n_tok = r->n_men = r->n_anchor = r->n_ent = r->n_link = 0;
  r->n_src = r->n_tgt = 0;
}

static void mt_free(mt_reader *r) {
  free(r->text.p);
  free(r->tok);
  free(r->men);
  free(r->anchor);
  free(r->ent);
  free(r->ent_type);
  free(r->link);
  free(r->src);
  free(r->tgt);
}

static int mt_read_file(mt_reader *r, const char *path, nd_corpus *c) {
  char *buf;
  size_t len;
  if (read_or_fail(path, &buf, &len)) return 2;
  mt_reset(r);
  r->path = path;
  int rc = mt_scan(r, buf, len);
  free(buf);
  if (rc) return rc;
  /* the file's name without directory and ".xml" */
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t bn = strlen(base);
  if (bn > 4 && strcmp(base + bn - 4, ".xml") == 0) bn -= 4;
  nd_doc d = {0};
  d.id = dup_str(base, bn);
  if (!d.id) return fail_nomem(path);
  if ((rc = mt_build(r, d.id, &d))) {
    doc_clear(&d);
    return rc;
  }
  if (!corpus_push(c, &d)) {
    doc_clear(&d);
    return fail_nomem(path);
  }
  return 0;
}

nd_part nd_meantime_part(size_t i) { return i % 5 == 4 ? ND_TEST : i % 5 == 2 ? ND_DEV : ND_TRAIN; }

typedef struct path_list {
  char **p;
  size_t n, cap;
} path_list;

static bool has_suffix(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && strcmp(s + a - b, suf) == 0;
}

static char *join_path(const char *dir, const char *name) {
  size_t a = strlen(dir), b = strlen(name);
  char *p = malloc(a + b + 2);
  if (!p) return NULL;
  memcpy(p, dir, a);
  p[a] = '/';
  memcpy(p + a + 1, name, b + 1);
  return p;
}

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The *.xml files in dir and in its corpus_* subdirectories. */
static int mt_list(const char *dir, path_list *out, int depth) {
  DIR *d = opendir(dir);
  if (!d) {
    char msg[160];
    snprintf(msg, sizeof msg, "cannot open directory: %s", strerror(errno));
    return fail_at(dir, 0, msg);
  }
  int rc = 0;
  for (struct dirent *e; !rc && (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    bool xml = has_suffix(e->d_name, ".xml");
    bool sub = depth == 0 && strncmp(e->d_name, "corpus_", 7) == 0;
    if (!xml && !sub) continue;
    char *p = join_path(dir, e->d_name);
    if (!p) {
      rc = fail_nomem(dir);
      break;
    }
    if (is_dir(p)) {
      if (sub) rc = mt_list(p, out, depth + 1);
      free(p);
      continue;
    }
    if (!xml) {
      free(p);
      continue;
    }
    char **q = grow(out->p, &out->cap, out->n, sizeof *q);
    if (!q) {
      free(p);
      rc = fail_nomem(dir);
      break;
    }
    out->p = q;
    out->p[out->n++] = p;
  }
  closedir(d);
  return rc;
}

static int cmp_path(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int nd_read_meantime(const char *dir, nd_part part, nd_corpus *c) {
  memset(c, 0, sizeof *c);
  path_list files = {0};
  int rc = mt_list(dir, &files, 0);
  if (!rc && files.n == 0) rc = fail_at(dir, 0, "no MEANTIME files (corpus_*/*.xml)");
  if (!rc) {
    if (files.n > 1) qsort(files.p, files.n, sizeof *files.p, cmp_path);
    mt_reader r = {0};
    for (size_t i = 0; i < files.n && !rc; i++)
      if (part == ND_ALL || nd_meantime_part(i) == part) rc = mt_read_file(&r, files.p[i], c);
    mt_free(&r);
  }
  for (size_t i = 0; i < files.n; i++)
    free(files.p[i]);
  free(files.p);
  if (rc) nd_corpus_free(c);
  return rc;
}

/* ------------------------------------------------------------------ */
/* WikiGold: CoNLL 2003 columns, IOB tags                              */

typedef struct wg_doc {
  str *form;
  uint32_t *sent;
  size_t n, cap, cap_sent;
  nd_mention *m;
  size_t n_m, cap_m;
  uint32_t n_sent; /* sentences begun */
  bool sent_open;  /* the current sentence has a token */
  str open_type;   /* the tag type of the mention being read, n == 0 when none */
  nd_type open_nd;
  uint32_t open_start;
} wg_doc;

static bool wg_close(wg_doc *w) {
  if (!w->open_type.n) return true;
  nd_mention m = {w->open_start, (uint32_t)w->n,         w->open_nd, -1,
                  true,          w->open_nd != ND_OTHER, false, w->open_nd != ND_OTHER};
  w->open_type.n = 0;
  nd_mention *q = grow(w->m, &w->cap_m, w->n_m, sizeof *q);
  if (!q) return false;
  w->m = q;
  w->m[w->n_m++] = m;
  return true;
}

static int wg_finish(wg_doc *w, const char *path, nd_corpus *c) {
  if (!wg_close(w)) return fail_nomem(path);
  if (w->n == 0) return 0;
  char id[48];
  snprintf(id, sizeof id, "wikigold-%zu", c->n_docs + 1);
  nd_doc d = {0};
  d.id = dup_str(id, strlen(id));
  if (!d.id) return fail_nomem(path);
  nm_error err = {NM_OK, NULL, 0};
  d.doc = spaced_doc(w->form, w->sent, w->n, id, &err);
  if (!d.doc) {
    free(d.id);
    return fail_at(path, 0, err.msg ? err.msg : nm_status_str(err.code));
  }
  d.m = w->m;
  d.n_m = w->n_m;
  w->m = NULL;
  w->n_m = w->cap_m = 0;
  sort_mentions(d.m, &d.n_m);
  if (!corpus_push(c, &d)) {
    doc_clear(&d);
    return fail_nomem(path);
  }
  w->n = 0;
  w->n_sent = 0;
  w->sent_open = false;
  return 0;
}

int nd_read_wikigold(const char *path, nd_corpus *c) {
  memset(c, 0, sizeof *c);
  char *buf;
  size_t len;
  if (read_or_fail(path, &buf, &len)) return 2;
  wg_doc w = {0};
  int rc = 0;
  size_t line = 1;
  for (size_t pos = 0, end, next; pos < len && !rc; pos = next, line++) {
    line_at(buf, len, pos, &end, &next);
    const char *l = buf + pos;
    size_t n = end - pos;
    if (is_blank(l, n)) {
      if (!wg_close(&w)) rc = fail_nomem(path);
      if (w.sent_open) w.n_sent++;
      w.sent_open = false;
      continue;
    }
    /* the token is the first column, the tag the last */
    size_t a = 0;
    while (a < n && l[a] != ' ' && l[a] != '\t')
      a++;
    size_t b = n;
    while (b > 0 && l[b - 1] != ' ' && l[b - 1] != '\t')
      b--;
    if (a == 0 || a == n || b == n) {
      rc = fail_at(path, line, "expected a token and a tag separated by a space");
      break;
    }
    str tok = {l, a}, tag = {l + b, n - b};
    if (str_is(tok, "-DOCSTART-")) {
      rc = wg_finish(&w, path, c);
      continue;
    }
    if (w.n >= UINT32_MAX - 1) {
      rc = fail_at(path, line, "document too long");
      break;
    }
    if (str_is(tag, "O")) {
      if (!wg_close(&w)) rc = fail_nomem(path);
    } else if (tag.n > 2 && (tag.s[0] == 'I' || tag.s[0] == 'B') && tag.s[1] == '-') {
      str type = {tag.s + 2, tag.n - 2};
      /* IOB1 and IOB2 alike: B- always begins a mention, I- continues one
       * of the same type and otherwise begins one */
      bool cont =
          tag.s[0] == 'I' && w.open_type.n == type.n && memcmp(w.open_type.s, type.s, type.n) == 0;
      if (!cont) {
        if (!wg_close(&w)) {
          rc = fail_nomem(path);
          break;
        }
        w.open_type = type;
        w.open_nd = str_is(type, "PER")   ? ND_PERSON
                    : str_is(type, "ORG") ? ND_ORG
                    : str_is(type, "LOC") ? ND_PLACE
                                          : ND_OTHER;
        w.open_start = (uint32_t)w.n;
      }
    } else {
      rc = fail_at(path, line, "tag is not O, I-TYPE or B-TYPE");
      break;
    }
    str *q = grow(w.form, &w.cap, w.n, sizeof *q);
    uint32_t *qs = q ? grow(w.sent, &w.cap_sent, w.n, sizeof *qs) : NULL;
    if (q) w.form = q;
    if (qs) w.sent = qs;
    if (!q || !qs) {
      rc = fail_nomem(path);
      break;
    }
    w.form[w.n] = tok;
    w.sent[w.n] = w.n_sent;
    w.n++;
    w.sent_open = true;
  }
  if (!rc) rc = wg_finish(&w, path, c);
  free(w.form);
  free(w.sent);
  free(w.m);
  free(buf);
  if (rc) nd_corpus_free(c);
  return rc;
}

/* ------------------------------------------------------------------ */
/* Scoring                                                             */

nd_type nd_type_of(nm_entity_type t) {
  switch (t) {
  case NM_ENT_PERSON: return ND_PERSON;
  case NM_ENT_ORG: return ND_ORG;
  case NM_ENT_GPE:
  case NM_ENT_LOC: return ND_PLACE;
  case NM_ENT_NORP:
  case NM_ENT_MISC:
  case NM_ENT_COUNT: break;
  }
  return ND_OTHER;
}

typedef struct span3 {
  uint32_t start, end, type;
} span3;

static int cmp_span3(const void *a, const void *b) {
  const span3 *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return x->type < y->type ? -1 : x->type > y->type;
}

/* Sorts and removes duplicates; returns the new length. */
static size_t uniq_span3(span3 *a, size_t n) {
  if (n > 1) qsort(a, n, sizeof *a, cmp_span3);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (!k || cmp_span3(&a[k - 1], &a[i]) != 0) a[k++] = a[i];
  return k;
}

static bool has_span3(const span3 *a, size_t n, span3 key) {
  return n && bsearch(&key, a, n, sizeof *a, cmp_span3) != NULL;
}

bool nd_pronoun_ok(const nd_mention *gold, size_t n_gold, const nd_mention *g,
                   const nm_mention *pred, size_t n_pred, const nm_entity *ents, size_t n_ents) {
  if (g->cluster < 0) return false;
  for (size_t k = 0; k < n_pred; k++) {
    const nm_mention *p = &pred[k];
    if (p->kind != NM_MENTION_PRONOUN || p->first_token != g->start || p->n_tokens != 1) continue;
    if (p->entity >= n_ents) return false;
    const nm_entity *e = &ents[p->entity];
    for (uint32_t i = 0; i < e->n_mentions; i++) {
      uint32_t mi = e->mentions[i];
      if (mi >= n_pred || pred[mi].kind != NM_MENTION_NAME) continue;
      uint64_t ps = pred[mi].first_token, pe = ps + pred[mi].n_tokens;
      for (size_t j = 0; j < n_gold; j++)
        if (gold[j].named && gold[j].cluster == g->cluster && ps < gold[j].end &&
            gold[j].start < pe)
          return true;
    }
    return false;
  }
  return false;
}

/* Whether [s, e) overlaps any of the spans a[0..n), sorted by start, whose
 * running maximum of ends is reach[]. */
static bool overlaps_any(const span3 *a, const uint32_t *reach, size_t n, uint32_t s, uint32_t e) {
  size_t lo = 0, hi = n; /* the spans that start before e: a[0..lo) */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid].start < e)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo > 0 && reach[lo - 1] > s;
}

bool nd_score_doc(const nd_mention *gold, size_t n_gold, const nm_mention *pred, size_t n_pred,
                  const nm_entity *ents, size_t n_ents, uint32_t scored_end, nd_counts *c) {
  size_t cap = n_gold + n_pred + 1;
  if (cap > SIZE_MAX / (4 * sizeof(span3))) return false;
  span3 *all = malloc(4 * cap * sizeof *all);
  uint32_t *reach = malloc(cap * sizeof *reach);
  if (!all || !reach) {
    free(all);
    free(reach);
    return false;
  }
  /* g: gold (span, type); ign: ignorable spans; p: predicted (span, type);
   * any: every gold span, with reach[] the running maximum of their ends */
  span3 *g = all, *ign = all + cap, *p = all + 2 * cap, *any = all + 3 * cap;
  size_t ng = 0, ni = 0, np = 0, na = 0;
  nd_counts add = {0};
  for (size_t i = 0; i < n_gold; i++)
    if (gold[i].end > gold[i].start) any[na++] = (span3){gold[i].start, gold[i].end, 0};
  na = uniq_span3(any, na);
  for (size_t i = 0; i < na; i++)
    reach[i] = i && reach[i - 1] > any[i].end ? reach[i - 1] : any[i].end;
  for (size_t i = 0; i < n_gold; i++) {
    const nd_mention *m = &gold[i];
    if (m->type >= ND_OTHER || m->end <= m->start) continue;
    if (m->scored)
      g[ng++] = (span3){m->start, m->end, m->type};
    else if (m->named)
      ign[ni++] = (span3){m->start, m->end, 0};
  }
  for (size_t i = 0; i < n_pred; i++) {
    const nm_mention *m = &pred[i];
    nd_type t = nd_type_of(m->type);
    if (m->kind != NM_MENTION_NAME || t == ND_OTHER || m->n_tokens == 0 ||
        m->n_tokens > UINT32_MAX - m->first_token)
      continue;
    if (scored_end && m->first_token >= scored_end) {
      add.outside++; /* after the annotated text */
      continue;
    }
    p[np++] = (span3){m->first_token, m->first_token + m->n_tokens, t};
  }
  ng = uniq_span3(g, ng);
  ni = uniq_span3(ign, ni);
  np = uniq_span3(p, np);
  size_t gold_of[ND_NTYPES] = {0};
  for (size_t i = 0; i < ng; i++)
    gold_of[g[i].type]++;
  for (size_t i = 0; i < np; i++) {
    span3 bare = {p[i].start, p[i].end, 0};
    bool gold_span = false; /* a gold span with another type: a type error */
    for (uint32_t t = 0; t < ND_OTHER && !gold_span; t++)
      gold_span = has_span3(g, ng, (span3){p[i].start, p[i].end, t});
    if (has_span3(g, ng, p[i]))
      add.tp[p[i].type]++;
    else if (!gold_span && has_span3(ign, ni, bare))
      add.ignored++;
    else {
      add.fp[p[i].type]++;
      add.fp_unannotated += !overlaps_any(any, reach, na, p[i].start, p[i].end);
    }
  }
  for (int t = 0; t < ND_OTHER; t++)
    add.fn[t] = gold_of[t] - add.tp[t];
  /* spans alone: the same lists with types dropped */
  for (size_t i = 0; i < ng; i++)
    g[i].type = 0;
  for (size_t i = 0; i < np; i++)
    p[i].type = 0;
  ng = uniq_span3(g, ng);
  np = uniq_span3(p, np);
  for (size_t i = 0; i < np; i++) {
    if (has_span3(g, ng, p[i]))
      add.span_tp++;
    else if (!has_span3(ign, ni, p[i]))
      add.span_fp++;
  }
  add.span_fn = ng - add.span_tp;
  free(all);
  free(reach);
  for (size_t i = 0; i < n_gold; i++) {
    if (!gold[i].pronoun) continue;
    add.pronouns++;
    add.pronouns_ok += nd_pronoun_ok(gold, n_gold, &gold[i], pred, n_pred, ents, n_ents);
  }
  for (int t = 0; t < ND_NTYPES; t++) {
    c->tp[t] += add.tp[t];
    c->fp[t] += add.fp[t];
    c->fn[t] += add.fn[t];
  }
  c->span_tp += add.span_tp;
  c->span_fp += add.span_fp;
  c->span_fn += add.span_fn;
  c->ignored += add.ignored;
  c->fp_unannotated += add.fp_unannotated;
  c->outside += add.outside;
  c->pronouns += add.pronouns;
  c->pronouns_ok += add.pronouns_ok;
  return true;
}
