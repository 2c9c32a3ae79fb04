/* eval_events.c - `newsmill eval events`: CAMEO event coding against the
 * PETRARCH validation suites, starting from each record's raw text.
 *
 * Suites (under $NEWSMILL_DATA/events):
 *   gsr       UniversalPetrarch's PETR2_GSR_validation.xml, coded with the
 *             production dictionaries (dict/cameo.nmm, or --cameo FILE);
 *   validate  UniversalPetrarch's PETR_Validate_records_2_02.xml, coded with
 *             the dictionaries its <Environment> names (next to the file);
 *   petr1     petrarch2's PETR.UnitTest.records.xml with the PETR.Validate.*
 *             dictionaries its <Environment> names. Not part of "all": its
 *             verbs file is in PETRARCH-1's format (patterns without
 *             phrase brackets, "_" joining words), which the dictionary
 *             builder reads as PETRARCH-2 patterns and where it rejects
 *             a few lines (two-word verbs such as "LASH OUT");
 *   plover    the development set: openeventdata__PLOVER's
 *             PLOVER_GSR_CAMEO.txt, JSON examples from the CAMEO manual
 *             with a PLOVER category and actor codes, coded with the
 *             production dictionaries and scored by category and actor
 *             country (see "The PLOVER development set" below). Not part
 *             of "all" and without floors: the PETRARCH suites are the
 *             test sets.
 * A PETRARCH record's <Text> is made a document (its lines trimmed and
 * joined by single spaces), dated from the record, and run through the
 * whole pipeline: our segmenter, tagger, parser and NER. The records'
 * <Parse> blocks are never read. A record is scored when its category is
 * in the <Include> list and it is not evaluate="false".
 *
 * Scoring of the PETRARCH suites: each record's set of (source, target,
 * event code) triples from nm_doc_events() against the set of its
 * <EventCoding> triples, both deduplicated. A null actor is "" on both
 * sides: an absent code and PETRARCH's "---" are the same thing. A record
 * is exactly right when the two sets are equal (a record expecting no
 * event must get none); precision and recall count triples over the
 * suite; "extra events per record" is the predicted triples not expected,
 * over the records scored.
 *
 * The reader is a small tolerant scanner for these files, not an XML
 * parser. What it takes, besides comments, <?xml?> and the <Environment>
 * children: <Sentence ...> opened with ">" or closed at once with "/>"
 * (its record then runs to </Sentence> all the same), attributes quoted
 * with " or ' and spaces around "=", <EventCoding .../> or
 * <EventCoding ...></EventCoding> with eventcode, sourcecode and
 * targetcode, or noevents="True" (no event), or error="..." (PETRARCH
 * rejects the sentence: no event either), <Text> over any number of lines
 * (entities decoded), <Parse> (skipped unread), <PLEvent {...}> (PLOVER
 * forms of compound events, skipped), <Config option=".." value=".."/>
 * (PETRARCH run options between records: we cannot apply them, so the
 * records coded under a changed option are counted and marked). A
 * malformed record is reported with its line number and skipped. */
#include "build_common.h"
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *const who = "newsmill eval events";

/* ------------------------------------------------------------------ */
/* Suite files                                                          */

typedef struct ev_triple {
  char *src, *tgt, *code; /* "" for a null actor */
} ev_triple;

typedef struct ev_record {
  size_t line; /* of its <Sentence> tag */
  char *id, *category;
  char date[11]; /* YYYY-MM-DD, or "" */
  bool evaluate;
  char *error;     /* the error PETRARCH is expected to report, or NULL */
  size_t first, n; /* its expected triples: suite exp[first .. first + n) */
  char *text;      /* lines joined, entities decoded */
  size_t len;
  char *options; /* PETRARCH options changed from their defaults ("require_dyad=false"), or NULL */
} ev_record;

/* <Environment> children the reader keeps. */
enum { ENV_VERBS = 0, ENV_ACTORS, ENV_AGENTS, ENV_DISCARDS, ENV_PICO, ENV_INCLUDE, ENV_COUNT };
static const char *const env_names[ENV_COUNT] = {"Verbfile",    "Actorfile", "Agentfile",
                                                 "Discardfile", "PICOfile",  "Include"};

/* PETRARCH's run options and their defaults (petrarch2's PETR_config.ini). */
enum { N_OPTIONS = 8 };
static const char *const option_names[N_OPTIONS] = {
    "require_dyad", "new_actor_length", "comma_min",  "comma_max",
    "comma_bmin",   "comma_bmax",       "comma_emin", "comma_emax"};
static const char *const option_defaults[N_OPTIONS] = {"true", "0", "2", "8", "0", "0", "2", "8"};

typedef struct ev_suite {
  const char *path;
  char *env[ENV_COUNT]; /* text of each <Environment> child, or NULL */
  ev_record *rec;
  size_t n_rec, cap_rec;
  ev_triple *exp;
  size_t n_exp, cap_exp;
  size_t malformed, bad_dates, configs;
  char option[N_OPTIONS][24]; /* current values, "" = default */
} ev_suite;

static void suite_free(ev_suite *s) {
  for (size_t i = 0; i < s->n_rec; i++) {
    free(s->rec[i].id);
    free(s->rec[i].category);
    free(s->rec[i].error);
    free(s->rec[i].text);
    free(s->rec[i].options);
  }
  for (size_t i = 0; i < s->n_exp; i++) {
    free(s->exp[i].src);
    free(s->exp[i].tgt);
    free(s->exp[i].code);
  }
  for (int k = 0; k < ENV_COUNT; k++)
    free(s->env[k]);
  free(s->rec);
  free(s->exp);
  memset(s, 0, sizeof *s);
}

/* Encodes cp as UTF-8 into out (room for 4); returns the bytes written. */
static size_t utf8_put(uint32_t cp, char *out) {
  static const unsigned char lead[5] = {0, 0, 0xC0, 0xE0, 0xF0};
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  size_t n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  for (size_t i = n - 1; i > 0; i--) {
    out[i] = (char)(0x80 | (cp & 0x3F));
    cp >>= 6;
  }
  out[0] = (char)(lead[n] | cp);
  return n;
}

/* The code point of a numeric reference's digits d[0..k) ("#38", "#x26"),
 * or UINT32_MAX when they are not one. */
static uint32_t char_ref(const char *d, size_t k) {
  if (k < 2 || d[0] != '#') return UINT32_MAX;
  bool hex = d[1] == 'x' || d[1] == 'X';
  size_t i = hex ? 2 : 1;
  if (i == k) return UINT32_MAX;
  uint32_t cp = 0;
  for (; i < k; i++) {
    int c = (unsigned char)d[i], v;
    if (c >= '0' && c <= '9')
      v = c - '0';
    else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
      v = (c | 0x20) - 'a' + 10;
    else
      return UINT32_MAX;
    cp = cp * (hex ? 16u : 10u) + (uint32_t)v;
    if (cp > 0x10FFFF) return UINT32_MAX;
  }
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return UINT32_MAX;
  return cp;
}

/* Decodes the five XML entities and numeric references of s[0..n) in
 * place (a reference is never shorter than its UTF-8); anything else
 * after '&' is kept as written. Returns the new length. */
static size_t xml_decode(char *s, size_t n) {
  static const struct {
    const char *name;
    char c;
  } ents[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  size_t r = 0, w = 0;
  while (r < n) {
    if (s[r] != '&') {
      s[w++] = s[r++];
      continue;
    }
    const char *semi = memchr(s + r + 1, ';', n - r - 1 < 12 ? n - r - 1 : 12);
    size_t k = semi ? (size_t)(semi - s) - r - 1 : 0; /* the name's length */
    int c = -1;
    for (size_t e = 0; semi && e < sizeof ents / sizeof *ents && c < 0; e++)
      if (strlen(ents[e].name) == k && memcmp(s + r + 1, ents[e].name, k) == 0) c = ents[e].c;
    uint32_t cp = semi && c < 0 ? char_ref(s + r + 1, k) : UINT32_MAX;
    if (c >= 0) {
      s[w++] = (char)c;
      r += k + 2;
    } else if (cp != UINT32_MAX) {
      w += utf8_put(cp, s + w);
      r += k + 2;
    } else {
      s[w++] = s[r++];
    }
  }
  return w;
}

static bool blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Trims each line of s[0..n) and joins the non-empty ones with single
 * spaces, in place. Returns the new length. */
static size_t join_lines(char *s, size_t n) {
  size_t w = 0;
  for (size_t i = 0; i < n;) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n, a = i, b = e;
    while (a < b && blank_byte(s[a]))
      a++;
    while (b > a && blank_byte(s[b - 1]))
      b--;
    if (b > a) {
      if (w) s[w++] = ' ';
      memmove(s + w, s + a, b - a);
      w += b - a;
    }
    i = e + 1;
  }
  return w;
}

/* A malloc'd, NUL-terminated copy of s[0..n) with entities decoded; NULL
 * when out of memory. */
static char *dup_decoded(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[xml_decode(p, n)] = '\0';
  return p;
}

/* --- Scanning -------------------------------------------------------- */

typedef struct xscan {
  const char *b;
  size_t n, pos, line; /* line: 1-based, of b[pos] */
} xscan;

static void xs_move(xscan *s, size_t to) {
  if (to > s->n) to = s->n;
  for (; s->pos < to; s->pos++)
    s->line += s->b[s->pos] == '\n';
}

/* The offset of needle at or after from, or SIZE_MAX. */
static size_t xs_find(const xscan *s, size_t from, const char *needle) {
  size_t k = strlen(needle);
  while (from + k <= s->n) {
    const char *p = memchr(s->b + from, needle[0], s->n - from - k + 1);
    if (!p) break;
    if (memcmp(p, needle, k) == 0) return (size_t)(p - s->b);
    from = (size_t)(p - s->b) + 1;
  }
  return SIZE_MAX;
}

typedef struct xtag {
  const char *name;
  size_t name_len;
  const char *attrs; /* between the name and ">" or "/>" */
  size_t attrs_len;
  size_t end; /* one past its '>' */
  bool closing, self_closing;
} xtag;

static bool name_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == ':';
}

/* Reads the tag that starts at s->pos (a '<'). False when no '>' closes
 * it before another '<', or a quoted value runs past its line. */
static bool xs_tag(const xscan *s, xtag *t) {
  size_t i = s->pos + 1;
  t->closing = i < s->n && s->b[i] == '/';
  i += t->closing;
  size_t ns = i;
  while (i < s->n && name_byte(s->b[i]))
    i++;
  t->name = s->b + ns;
  t->name_len = i - ns;
  size_t as = i;
  char q = 0;
  for (; i < s->n; i++) {
    char c = s->b[i];
    if (q) {
      if (c == q) q = 0;
      if (c == '\n') return false;
    } else if (c == '"' || c == '\'') {
      q = c;
    } else if (c == '>') {
      break;
    } else if (c == '<') {
      return false;
    }
  }
  if (i >= s->n) return false;
  t->self_closing = i > as && s->b[i - 1] == '/';
  t->attrs = s->b + as;
  t->attrs_len = i - as - (t->self_closing ? 1 : 0);
  t->end = i + 1;
  return true;
}

static bool tag_is(const xtag *t, const char *name) {
  return strlen(name) == t->name_len && memcmp(t->name, name, t->name_len) == 0;
}

static bool same_ci(const char *a, size_t n, const char *b) {
  if (strlen(b) != n) return false;
  for (size_t i = 0; i < n; i++)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

/* Attribute name of tag t, its value decoded into *out (malloc'd). Returns
 * 1 when found, 0 when absent, -1 when out of memory. Names are compared
 * without case; attributes after a syntax error are not seen. */
static int tag_attr(const xtag *t, const char *name, char **out) {
  const char *p = t->attrs, *e = t->attrs + t->attrs_len;
  *out = NULL;
  for (;;) {
    while (p < e && blank_byte(*p))
      p++;
    const char *ns = p;
    while (p < e && name_byte(*p))
      p++;
    size_t nl = (size_t)(p - ns);
    while (p < e && blank_byte(*p))
      p++;
    if (!nl || p >= e || *p != '=') return 0;
    p++;
    while (p < e && blank_byte(*p))
      p++;
    if (p >= e || (*p != '"' && *p != '\'')) return 0;
    const char *vs = p + 1, *ve = memchr(vs, *p, (size_t)(e - vs));
    if (!ve) return 0;
    if (same_ci(ns, nl, name)) {
      *out = dup_decoded(vs, (size_t)(ve - vs));
      return *out ? 1 : -1;
    }
    p = ve + 1;
  }
}

/* --- Reading a suite -------------------------------------------------- */

typedef struct reader {
  ev_suite *s;
  xscan x;
  bool oom;
} reader;

static void malformed(reader *r, size_t line, const char *msg) {
  r->s->malformed++;
  fprintf(stderr, "%s: %s:%zu: %s; record skipped\n", who, r->s->path, line, msg);
}

static ev_triple *push_triple(ev_suite *s) {
  if (s->n_exp == s->cap_exp) {
    size_t cap = s->cap_exp ? s->cap_exp * 2 : 256;
    ev_triple *p = realloc(s->exp, cap * sizeof *p);
    if (!p) return NULL;
    s->exp = p;
    s->cap_exp = cap;
  }
  ev_triple *t = &s->exp[s->n_exp++];
  memset(t, 0, sizeof *t);
  return t;
}

/* A null actor: absent, empty, or PETRARCH's "---". */
static void null_actor(char **code) {
  if (*code && strcmp(*code, "---") == 0) (*code)[0] = '\0';
}

/* One <EventCoding>: a triple, or the record's noevents or error mark.
 * Returns NULL, or the reason the record is malformed. */
static const char *read_coding(reader *r, const xtag *t, ev_record *rec, bool *noevents) {
  char *v = NULL;
  int k = tag_attr(t, "noevents", &v);
  if (k < 0) return r->oom = true, "out of memory";
  if (k > 0) {
    *noevents = *noevents || same_ci(v, strlen(v), "true");
    free(v);
    return NULL;
  }
  if ((k = tag_attr(t, "error", &v)) != 0) {
    if (k < 0) return r->oom = true, "out of memory";
    free(rec->error);
    rec->error = v;
    return NULL;
  }
  char *code, *src, *tgt;
  int kc = tag_attr(t, "eventcode", &code), ks = tag_attr(t, "sourcecode", &src),
      kt = tag_attr(t, "targetcode", &tgt);
  ev_triple *tr = kc > 0 && ks >= 0 && kt >= 0 ? push_triple(r->s) : NULL;
  if (!tr) {
    free(code);
    free(src);
    free(tgt);
    if (kc == 0) return "<EventCoding> without eventcode, noevents or error";
    return r->oom = true, "out of memory";
  }
  tr->code = code;
  tr->src = src ? src : strdup("");
  tr->tgt = tgt ? tgt : strdup("");
  if (!tr->src || !tr->tgt) return r->oom = true, "out of memory";
  null_actor(&tr->src);
  null_actor(&tr->tgt);
  rec->n++;
  return NULL;
}

/* The record's options that differ from PETRARCH's defaults, as
 * "name=value ..." (malloc'd), or NULL when none do. */
static char *changed_options(const ev_suite *s) {
  char buf[512];
  size_t n = 0;
  for (int k = 0; k < N_OPTIONS; k++)
    if (s->option[k][0] && !same_ci(s->option[k], strlen(s->option[k]), option_defaults[k])) {
      int w =
          snprintf(buf + n, sizeof buf - n, "%s%s=%s", n ? " " : "", option_names[k], s->option[k]);
      if (w < 0 || (size_t)w >= sizeof buf - n) break;
      n += (size_t)w;
    }
  return n ? strdup(buf) : NULL;
}

static void read_config(reader *r, const xtag *t) {
  char *opt = NULL, *val = NULL;
  r->s->configs++;
  if (tag_attr(t, "option", &opt) > 0 && tag_attr(t, "value", &val) > 0)
    for (int k = 0; k < N_OPTIONS; k++)
      if (same_ci(opt, strlen(opt), option_names[k])) {
        snprintf(r->s->option[k], sizeof r->s->option[k], "%s", val);
        break;
      }
  free(opt);
  free(val);
}

/* The date attribute as YYYY-MM-DD, or "" with a warning. */
static void read_date(reader *r, const char *v, size_t line, char *date) {
  date[0] = '\0';
  bool ok = v && strlen(v) == 8;
  for (int i = 0; ok && i < 8; i++)
    ok = v[i] >= '0' && v[i] <= '9';
  if (ok) {
    snprintf(date, 11, "%.4s-%.2s-%.2s", v, v + 4, v + 6);
    nm_doc *probe = nm_doc_new("", 0, NULL);
    ok = probe && nm_doc_set_meta(probe, NM_META_DATE, date, 10, NULL) == NM_OK;
    nm_doc_free(probe);
  }
  if (!ok) {
    date[0] = '\0';
    r->s->bad_dates++;
    fprintf(stderr, "%s: %s:%zu: date \"%s\" is not YYYYMMDD; the record is coded undated\n", who,
            r->s->path, line, v ? v : "");
  }
}

/* Moves past the rest of a bad record: after its </Sentence>, or to the
 * next <Sentence> when that comes first. */
static void skip_record(xscan *x) {
  size_t end = xs_find(x, x->pos, "</Sentence>"), next = x->pos;
  while ((next = xs_find(x, next, "<Sentence")) != SIZE_MAX && next + 9 < x->n &&
         name_byte(x->b[next + 9]))
    next++; /* <Sentences> */
  if (end != SIZE_MAX && (next == SIZE_MAX || end < next))
    xs_move(x, end + 11);
  else
    xs_move(x, next == SIZE_MAX ? x->n : next);
}

/* Reads the record whose <Sentence> tag is t (r->x is past it), up to and
 * including its </Sentence>. A malformed record is reported, dropped, and
 * the scan goes on after it (or at the next <Sentence>, when it has no
 * end). */
static void read_record(reader *r, const xtag *t) {
  ev_suite *s = r->s;
  ev_record rec;
  memset(&rec, 0, sizeof rec);
  rec.line = r->x.line;
  rec.first = s->n_exp;
  const char *bad = NULL;
  char *date = NULL, *eval = NULL;
  if (tag_attr(t, "id", &rec.id) < 0 || tag_attr(t, "category", &rec.category) < 0 ||
      tag_attr(t, "date", &date) < 0 || tag_attr(t, "evaluate", &eval) < 0) {
    r->oom = true;
    bad = "out of memory";
  }
  rec.evaluate = !eval || !same_ci(eval, strlen(eval), "false");
  free(eval);
  if (!bad && !rec.id) bad = "<Sentence> without id";
  bool noevents = false, closed = false, resync = true;
  while (!bad && !closed) {
    size_t lt = xs_find(&r->x, r->x.pos, "<");
    if (lt == SIZE_MAX) {
      bad = "no </Sentence> before the end of the file";
      resync = false;
      break;
    }
    xs_move(&r->x, lt);
    if (r->x.n - lt >= 4 && memcmp(r->x.b + lt, "<!--", 4) == 0) {
      size_t end = xs_find(&r->x, lt + 4, "-->");
      if (end == SIZE_MAX) {
        bad = "a comment that never ends";
        resync = false;
        xs_move(&r->x, r->x.n);
        break;
      }
      xs_move(&r->x, end + 3);
      continue;
    }
    xtag u;
    if (!xs_tag(&r->x, &u)) {
      fprintf(stderr, "%s: %s:%zu: a '<' that starts no tag; skipped\n", who, s->path, r->x.line);
      xs_move(&r->x, lt + 1);
      continue;
    }
    if (tag_is(&u, "Sentence") && !u.closing) {
      bad = "no </Sentence> before the next <Sentence>";
      resync = false; /* the next record starts here */
      break;
    }
    size_t tag_line = r->x.line;
    xs_move(&r->x, u.end);
    if (u.closing) {
      closed = tag_is(&u, "Sentence");
      continue; /* </EventCoding>, </Config> */
    }
    if (tag_is(&u, "EventCoding")) {
      bad = read_coding(r, &u, &rec, &noevents);
    } else if (tag_is(&u, "Config")) {
      read_config(r, &u);
    } else if (tag_is(&u, "Text") || tag_is(&u, "Parse")) {
      bool text = tag_is(&u, "Text");
      size_t end = xs_find(&r->x, r->x.pos, text ? "</Text>" : "</Parse>");
      if (end == SIZE_MAX) {
        bad = text ? "<Text> without </Text>" : "<Parse> without </Parse>";
        break;
      }
      if (text && rec.text) {
        bad = "two <Text> elements";
      } else if (text) {
        rec.text = malloc(end - r->x.pos + 1);
        if (!rec.text) {
          r->oom = true;
          bad = "out of memory";
        } else {
          size_t n = end - r->x.pos;
          memcpy(rec.text, r->x.b + r->x.pos, n);
          rec.len = join_lines(rec.text, xml_decode(rec.text, n));
          rec.text[rec.len] = '\0';
        }
      }
      xs_move(&r->x, end + (text ? 7 : 8));
    } else if (!tag_is(&u, "PLEvent")) {
      fprintf(stderr, "%s: %s:%zu: unknown element <%.*s> in a record; skipped\n", who, s->path,
              tag_line, (int)u.name_len, u.name);
    }
  }
  if (!bad && !rec.text) bad = "no <Text>";
  if (!bad && rec.len == 0) bad = "empty <Text>";
  if (!bad && noevents && rec.n) bad = "noevents=\"True\" and event codings both";
  if (!bad) {
    read_date(r, date, rec.line, rec.date);
    rec.options = changed_options(s);
  }
  free(date);
  if (!bad && s->n_rec == s->cap_rec) {
    size_t cap = s->cap_rec ? s->cap_rec * 2 : 128;
    ev_record *p = realloc(s->rec, cap * sizeof *p);
    if (!p) {
      r->oom = true;
      bad = "out of memory";
    } else {
      s->rec = p;
      s->cap_rec = cap;
    }
  }
  if (bad && resync) skip_record(&r->x);
  if (bad) {
    if (!r->oom) malformed(r, rec.line, bad);
    while (s->n_exp > rec.first) {
      ev_triple *x = &s->exp[--s->n_exp];
      free(x->src);
      free(x->tgt);
      free(x->code);
    }
    free(rec.id);
    free(rec.category);
    free(rec.error);
    free(rec.text);
    free(rec.options);
    return;
  }
  s->rec[s->n_rec++] = rec;
}

/* Reads <Environment>'s children up to </Environment>. */
static void read_environment(reader *r) {
  for (;;) {
    size_t lt = xs_find(&r->x, r->x.pos, "<");
    if (lt == SIZE_MAX) return;
    xs_move(&r->x, lt);
    if (r->x.n - lt >= 4 && memcmp(r->x.b + lt, "<!--", 4) == 0) {
      size_t end = xs_find(&r->x, lt + 4, "-->");
      xs_move(&r->x, end == SIZE_MAX ? r->x.n : end + 3);
      continue;
    }
    xtag t;
    if (!xs_tag(&r->x, &t)) {
      xs_move(&r->x, lt + 1);
      continue;
    }
    xs_move(&r->x, t.end);
    if (t.closing && tag_is(&t, "Environment")) return;
    if (t.closing || t.self_closing) continue;
    for (int k = 0; k < ENV_COUNT; k++) {
      if (!tag_is(&t, env_names[k])) continue;
      char close[32];
      snprintf(close, sizeof close, "</%s>", env_names[k]);
      size_t end = xs_find(&r->x, r->x.pos, close);
      if (end == SIZE_MAX) return;
      size_t a = r->x.pos, b = end;
      while (a < b && blank_byte(r->x.b[a]))
        a++;
      while (b > a && blank_byte(r->x.b[b - 1]))
        b--;
      free(r->s->env[k]);
      r->s->env[k] = dup_decoded(r->x.b + a, b - a);
      if (!r->s->env[k]) r->oom = true;
      xs_move(&r->x, end + strlen(close));
    }
  }
}

/* Reads a suite file. Returns 0, or 2 with a message (unreadable file, out
 * of memory). Malformed records are reported and counted, not fatal. */
static int suite_read(ev_suite *s, const char *path) {
  memset(s, 0, sizeof *s);
  s->path = path;
  char *buf;
  size_t len;
  if (nm_cli_read_file(path, &buf, &len) != 0) {
    fprintf(stderr, "%s: cannot read %s: %s\n", who, path, strerror(errno));
    return 2;
  }
  reader r = {.s = s, .x = {buf, len, 0, 1}};
  while (!r.oom) {
    size_t lt = xs_find(&r.x, r.x.pos, "<");
    if (lt == SIZE_MAX) break;
    xs_move(&r.x, lt);
    const char *p = buf + lt;
    if (len - lt >= 4 && memcmp(p, "<!--", 4) == 0) {
      size_t end = xs_find(&r.x, lt + 4, "-->");
      if (end == SIZE_MAX) {
        fprintf(stderr, "%s: %s:%zu: a comment that never ends\n", who, path, r.x.line);
        break;
      }
      xs_move(&r.x, end + 3);
      continue;
    }
    xtag t;
    if (!xs_tag(&r.x, &t)) {
      xs_move(&r.x, lt + 1);
      continue;
    }
    size_t line = r.x.line;
    xs_move(&r.x, t.end);
    if (t.closing || p[1] == '?' || p[1] == '!') continue;
    if (tag_is(&t, "Environment")) {
      read_environment(&r);
    } else if (tag_is(&t, "Sentence")) {
      read_record(&r, &t);
    } else if (tag_is(&t, "Config")) {
      read_config(&r, &t);
    } else if (tag_is(&t, "Parse") || tag_is(&t, "Text")) {
      /* a record whose <Sentence> tag is broken; its other elements are
       * passed over quietly, as is the prose some files have outside
       * comments ("<EventCoding...> lines ...") */
      size_t end = xs_find(&r.x, r.x.pos, tag_is(&t, "Parse") ? "</Parse>" : "</Text>");
      fprintf(stderr, "%s: %s:%zu: <%.*s> outside a record; skipped\n", who, path, line,
              (int)t.name_len, t.name);
      xs_move(&r.x, end == SIZE_MAX ? len : end);
    }
  }
  free(buf);
  if (r.oom) {
    fprintf(stderr, "%s: %s: out of memory\n", who, path);
    return 2;
  }
  return 0;
}

/* Whether a record counts: evaluated, and of an included category. */
static bool included(const ev_suite *s, const ev_record *r) {
  if (!r->evaluate) return false;
  const char *inc = s->env[ENV_INCLUDE];
  if (!inc) return true;
  const char *c = r->category ? r->category : "";
  size_t cl = strlen(c);
  for (const char *p = inc; *p;) {
    while (*p && blank_byte(*p))
      p++;
    const char *e = p;
    while (*e && !blank_byte(*e))
      e++;
    if ((size_t)(e - p) == cl && cl && memcmp(p, c, cl) == 0) return true;
    p = e;
  }
  return false;
}

/* ------------------------------------------------------------------ */
/* Dictionaries a suite names                                          */

/* NULL-terminated lists of paths, as nm_pipeline_options takes them. */
typedef struct dict_lists {
  char *verbs[2], *agents[2], *discards[2], *pico[2];
  char *actors[9];
} dict_lists;

static void dict_lists_free(dict_lists *l) {
  free(l->verbs[0]);
  free(l->agents[0]);
  free(l->discards[0]);
  free(l->pico[0]);
  for (int i = 0; l->actors[i]; i++)
    free(l->actors[i]);
  memset(l, 0, sizeof *l);
}

/* dir/name[0..n), trimmed; NULL when out of memory. */
static char *path_in(const char *dir, const char *name, size_t n) {
  while (n && blank_byte(*name))
    name++, n--;
  while (n && blank_byte(name[n - 1]))
    n--;
  size_t need = strlen(dir) + n + 2;
  char *p = malloc(need);
  if (p) snprintf(p, need, "%s/%.*s", dir, (int)n, name);
  return p;
}

/* The suite's dictionaries, next to its file. Returns 0, or 2 with a
 * message: one is not named, or cannot be read. */
static int suite_dicts(const ev_suite *s, dict_lists *l) {
  memset(l, 0, sizeof *l);
  char dir[4096];
  const char *slash = strrchr(s->path, '/');
  snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - s->path) : 1, slash ? s->path : ".");
  const int kinds[4] = {ENV_VERBS, ENV_AGENTS, ENV_DISCARDS, ENV_PICO};
  char **slots[4] = {l->verbs, l->agents, l->discards, l->pico};
  bool oom = false;
  for (int k = 0; k < 4; k++)
    if (s->env[kinds[k]]) {
      slots[k][0] = path_in(dir, s->env[kinds[k]], strlen(s->env[kinds[k]]));
      oom |= !slots[k][0];
    }
  size_t na = 0;
  for (const char *p = s->env[ENV_ACTORS];
       p && *p && na + 1 < sizeof l->actors / sizeof *l->actors;) {
    const char *comma = strchr(p, ',');
    size_t n = comma ? (size_t)(comma - p) : strlen(p);
    if (!(l->actors[na++] = path_in(dir, p, n))) oom = true;
    p = comma ? comma + 1 : p + n;
  }
  if (oom) {
    fprintf(stderr, "%s: out of memory\n", who);
    dict_lists_free(l);
    return 2;
  }
  if (!l->verbs[0] || !na) {
    fprintf(stderr, "%s: %s: its <Environment> names no Verbfile or no Actorfile\n", who, s->path);
    dict_lists_free(l);
    return 2;
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* Scoring                                                              */

/* A triple to compare; strings are borrowed. */
typedef struct triple_ref {
  const char *src, *tgt, *code;
} triple_ref;

static int cmp_triple(const void *a, const void *b) {
  const triple_ref *x = a, *y = b;
  int c = strcmp(x->src, y->src);
  if (!c) c = strcmp(x->tgt, y->tgt);
  return c ? c : strcmp(x->code, y->code);
}

/* Sorts v[0..n) and drops repeats; returns the new count. */
static size_t sort_unique(triple_ref *v, size_t n) {
  if (n < 2) return n;
  qsort(v, n, sizeof *v, cmp_triple);
  size_t k = 1;
  for (size_t i = 1; i < n; i++)
    if (cmp_triple(&v[i], &v[k - 1]) != 0) v[k++] = v[i];
  return k;
}

/* Triples in both sorted sets. */
static size_t count_common(const triple_ref *a, size_t na, const triple_ref *b, size_t nb) {
  size_t i = 0, j = 0, k = 0;
  while (i < na && j < nb) {
    int c = cmp_triple(&a[i], &b[j]);
    if (c == 0) k++;
    i += c <= 0;
    j += c >= 0;
  }
  return k;
}

static bool in_set(const triple_ref *v, size_t n, const triple_ref *t) {
  return n && bsearch(t, v, n, sizeof *v, cmp_triple) != NULL;
}

/* An event's triple, a null actor as "". */
static triple_ref event_triple(const nm_event *e) {
  triple_ref t = {e->source_code ? e->source_code : "", e->target_code ? e->target_code : "",
                  e->code};
  if (strcmp(t.src, "---") == 0) t.src = "";
  if (strcmp(t.tgt, "---") == 0) t.tgt = "";
  return t;
}

typedef struct counts {
  size_t records, exact, expected, predicted, right, with_options;
} counts;

static void counts_add(counts *c, size_t ne, size_t np, size_t nr, bool options) {
  c->records++;
  c->exact += ne == np && nr == ne;
  c->expected += ne;
  c->predicted += np;
  c->right += nr;
  c->with_options += options;
}

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

typedef struct metrics {
  double precision, recall, f1, exact, extra;
} metrics;

static metrics metrics_of(const counts *c) {
  metrics m;
  m.precision = pct(c->right, c->predicted);
  m.recall = pct(c->right, c->expected);
  m.f1 = c->expected + c->predicted
             ? 200.0 * (double)c->right / (double)(c->expected + c->predicted)
             : 0.0;
  m.exact = pct(c->exact, c->records);
  m.extra = c->records ? (double)(c->predicted - c->right) / (double)c->records : 0.0;
  return m;
}

/* Per-category counts, in order of first appearance. */
typedef struct category_counts {
  const char *name;
  counts c;
} category_counts;

static void put_triple(const triple_ref *t) {
  printf("%s %s %s", t->src[0] ? t->src : "-", t->tgt[0] ? t->tgt : "-", t->code);
}

static void put_span(const char *text, size_t len, nm_span s) {
  putchar('"');
  for (uint32_t i = s.start; i < s.end && i < len; i++)
    putchar(text[i]);
  putchar('"');
}

/* Prints a wrong record: its text, what was expected, and each event
 * found with the pattern and evidence that made it. */
static void show_wrong(const ev_record *r, const triple_ref *exp, size_t ne, const triple_ref *pred,
                       size_t np, const nm_doc *d) {
  printf("  %s (line %zu, %s%s%s) \"%s\"\n", r->id, r->line, r->category ? r->category : "-",
         r->options ? "; under " : "", r->options ? r->options : "", r->text);
  printf("    expected:");
  if (!ne) printf(" no event%s%s", r->error ? ": PETRARCH reports " : "", r->error ? r->error : "");
  for (size_t i = 0; i < ne; i++) {
    printf("%s", i ? "; " : " ");
    put_triple(&exp[i]);
    if (!in_set(pred, np, &exp[i])) printf(" (missed)");
  }
  putchar('\n');
  size_t n;
  const nm_event *ev = nm_doc_events(d, &n);
  size_t len;
  const char *text = nm_doc_text(d, &len);
  if (!n) printf("    predicted: no event\n");
  for (size_t i = 0; i < n; i++) {
    triple_ref t = event_triple(&ev[i]);
    printf("    predicted: ");
    put_triple(&t);
    printf(" %s  verb ", in_set(exp, ne, &t) ? "(right)" : "(extra)");
    put_span(text, len, ev[i].evidence);
    printf(" pattern %s\n", ev[i].pattern ? ev[i].pattern : "-");
  }
}

/* ------------------------------------------------------------------ */
/* Suites                                                               */

enum { SUITE_GSR = 0, SUITE_VALIDATE, SUITE_PETR1, SUITE_PLOVER, SUITE_COUNT };
typedef struct suite_desc {
  const char *name, *file, *desc, *reference;
  bool production; /* coded with the production dictionaries */
  bool in_all;     /* run by default and by --suite all */
  bool plover;     /* the PLOVER examples (JSON, scored by category; no floors) */
} suite_desc;

static const suite_desc suites[SUITE_COUNT] = {
    {"gsr", "openeventdata__UniversalPetrarch/PETR2_GSR_validation.xml",
     "PETRARCH-2 GSR validation records, production dictionaries",
     "PETRARCH-2 on these records: precision 78.9, recall 74.7, 56/74 records exactly right", true,
     true},
    {"validate", "openeventdata__UniversalPetrarch/PETR_Validate_records_2_02.xml",
     "UD-PETRARCH functional validation records 2.02, with their own dictionaries",
     "UD-PETRARCH on these records: recall 85.6%, 14.8% extra events per record", false, true},
    {"petr1", "openeventdata__petrarch2/PETR.UnitTest.records.xml",
     "PETRARCH-1 unit-test records, with their own dictionaries (PETR.Validate.*: PETRARCH-1 "
     "verb patterns read as PETRARCH-2 ones)",
     "PETRARCH-1 codes all of these right (they are its unit tests)", false, false},
    {"plover", "openeventdata__PLOVER/PLOVER_GSR_CAMEO.txt",
     "PLOVER examples (CAMEO manual sentences with PLOVER categories), production dictionaries; "
     "the development set, not a test set",
     NULL, true, false, true},
};

enum { M_PRECISION = 0, M_RECALL, M_F1, M_EXACT, M_EXTRA, M_COUNT };
static const char *const metric_names[M_COUNT] = {"precision", "recall", "f1", "exact", "extra"};

typedef struct run_opts {
  const nm_cli_models *models; /* models->cameo: the production dictionary */
  bool errors;
} run_opts;

static double metric(const metrics *m, int k) {
  const double v[M_COUNT] = {m->precision, m->recall, m->f1, m->exact, m->extra};
  return v[k];
}

static void print_counts(const char *label, const counts *c) {
  metrics m = metrics_of(c);
  printf("  %-10s %4zu records  exact %6.2f%%  P %6.2f  R %6.2f  F1 %6.2f  extra %.3f\n", label,
         c->records, m.exact, m.precision, m.recall, m.f1, m.extra);
}

/* Builds the pipeline for a suite: the models, and the production
 * dictionary (l NULL) or the suite's own (l). NULL with a message on
 * failure. */
static nm_pipeline *suite_pipeline(const nm_cli_models *m, const dict_lists *l) {
  if (!l) return nm_cli_pipeline_new(m, NM_CLI_ENTITIES | NM_CLI_GEONAMES | NM_CLI_CAMEO, who);
  const nm_pipeline_options po = {.tagger_model = m->tagger,
                                  .parser_model = m->parser,
                                  .ner_model = m->ner,
                                  .gazetteer = m->gazetteer,
                                  .geonames = m->geonames,
                                  .user_verbs = (const char *const *)l->verbs,
                                  .user_actors = (const char *const *)l->actors,
                                  .user_agents = (const char *const *)l->agents,
                                  .user_discards = (const char *const *)l->discards,
                                  .user_pico = (const char *const *)l->pico};
  return nm_cli_pipeline_from(&po, who);
}

/* The document of text[0..len), with its id and date ("" or NULL:
 * undated), run through p; the caller frees it. NULL on failure, with a
 * message naming where (the file and line) and id. A date that is not
 * YYYY-MM-DD is reported and the document coded undated. */
static nm_doc *code_text(const nm_pipeline *p, const char *text, size_t len, const char *id,
                         const char *date, const char *where) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, len, &e);
  if (d) nm_doc_set_meta(d, NM_META_ID, id, strlen(id), NULL);
  if (d && date && date[0] && nm_doc_set_meta(d, NM_META_DATE, date, strlen(date), NULL) != NM_OK)
    fprintf(stderr, "%s: %s (%s): date \"%s\" is not YYYY-MM-DD; the record is coded undated\n",
            who, where, id, date);
  if (!d || nm_process(p, d, &e) != NM_OK) {
    fprintf(stderr, "%s: %s (%s): %s\n", who, where, id, e.msg ? e.msg : nm_status_str(e.code));
    nm_doc_free(d);
    return NULL;
  }
  return d;
}

/* Codes and scores the suite s. Returns 0 (with *total filled), or 2. */
static int run_suite(const ev_suite *s, const nm_pipeline *p, bool errors, counts *total,
                     category_counts *cats, size_t *n_cats, size_t max_cats) {
  memset(total, 0, sizeof *total);
  *n_cats = 0;
  triple_ref *exp = NULL, *pred = NULL;
  size_t cap_exp = 0, cap_pred = 0;
  int rc = 0;
  for (size_t i = 0; i < s->n_rec && !rc; i++) {
    const ev_record *r = &s->rec[i];
    if (!included(s, r)) continue;
    char where[4200];
    snprintf(where, sizeof where, "%s:%zu", s->path, r->line);
    nm_doc *d = code_text(p, r->text, r->len, r->id, r->date, where);
    if (!d) {
      rc = 2;
      break;
    }
    size_t n_ev;
    const nm_event *ev = nm_doc_events(d, &n_ev);
    if (r->n > cap_exp || n_ev > cap_pred) {
      size_t ce = r->n > cap_exp ? r->n * 2 : cap_exp, cp = n_ev > cap_pred ? n_ev * 2 : cap_pred;
      triple_ref *a = realloc(exp, (ce ? ce : 1) * sizeof *a);
      if (a) exp = a;
      triple_ref *b = a ? realloc(pred, (cp ? cp : 1) * sizeof *b) : NULL;
      if (b) pred = b;
      if (!a || !b) {
        fprintf(stderr, "%s: out of memory\n", who);
        nm_doc_free(d);
        rc = 2;
        break;
      }
      cap_exp = ce;
      cap_pred = cp;
    }
    for (size_t k = 0; k < r->n; k++) {
      const ev_triple *t = &s->exp[r->first + k];
      exp[k] = (triple_ref){t->src, t->tgt, t->code};
    }
    for (size_t k = 0; k < n_ev; k++)
      pred[k] = event_triple(&ev[k]);
    size_t ne = sort_unique(exp, r->n), np = sort_unique(pred, n_ev);
    size_t nr = count_common(exp, ne, pred, np);
    counts_add(total, ne, np, nr, r->options != NULL);
    const char *cat = r->category ? r->category : "-";
    size_t c = 0;
    while (c < *n_cats && strcmp(cats[c].name, cat) != 0)
      c++;
    if (c == *n_cats && c < max_cats) {
      memset(&cats[c], 0, sizeof cats[c]);
      cats[c].name = cat;
      (*n_cats)++;
    }
    if (c < *n_cats) counts_add(&cats[c].c, ne, np, nr, r->options != NULL);
    if (errors && !(ne == np && nr == ne)) show_wrong(r, exp, ne, pred, np, d);
    nm_doc_free(d);
  }
  free(exp);
  free(pred);
  return rc;
}

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill eval events [--suite gsr|validate|petr1|plover|all]... [--errors]\n"
          "         [--file FILE.xml] [--production] [--list] [--data DIR] [--cameo FILE]\n"
          "         [--tagger M] [--parser M] [--ner M] [--gazetteer F] [--geonames F]\n"
          "         [--min-SUITE-precision X] [--min-SUITE-recall X] [--min-SUITE-f1 X]\n"
          "         [--min-SUITE-exact X] [--max-SUITE-extra X]\n"
          "Codes the PETRARCH validation records from their raw text and scores the\n"
          "(source, target, event code) triples: gsr (PETR2_GSR_validation.xml, the\n"
          "production dictionary dict/cameo.nmm or --cameo), validate\n"
          "(PETR_Validate_records_2_02.xml) and petr1 (PETR.UnitTest.records.xml), each\n"
          "of these two with the dictionaries its <Environment> names. Default and all:\n"
          "gsr and validate (petr1's PETRARCH-1 verbs file does not fully build).\n"
          "plover, the development set (PLOVER_GSR_CAMEO.txt, production dictionary),\n"
          "counts the records with an event of the right PLOVER category, source and\n"
          "target countries; it is never in all and takes no floors.\n"
          "--file runs another suite file with its own dictionaries (--production: with\n"
          "the production one). --list prints the records as read, without coding them.\n"
          "--errors prints every record coded wrong. Data: DIR/events, DIR defaulting to\n"
          "$NEWSMILL_DATA, else ../shared/data. Floors are percentages (extra: events per\n"
          "record); a missed floor exits 1.\n");
}

/* --list: the records as read. */
static void list_suite(const ev_suite *s) {
  for (size_t i = 0; i < s->n_rec; i++) {
    const ev_record *r = &s->rec[i];
    printf("%zu\t%s\t%s\t%s\t%s\t", r->line, r->id, r->category ? r->category : "-",
           r->date[0] ? r->date : "-",
           !r->evaluate     ? "not-evaluated"
           : included(s, r) ? "scored"
                            : "not-included");
    if (!r->n) printf("%s%s", r->error ? "error:" : "none", r->error ? r->error : "");
    for (size_t k = 0; k < r->n; k++) {
      const ev_triple *t = &s->exp[r->first + k];
      triple_ref tr = {t->src, t->tgt, t->code};
      if (k) printf("; ");
      put_triple(&tr);
    }
    printf("\t%s\n", r->text);
  }
  printf("%zu records, %zu malformed, %zu bad dates, %zu <Config> elements\n", s->n_rec,
         s->malformed, s->bad_dates, s->configs);
}

/* Reads, codes and scores one suite file; prints its report. Returns 0 or
 * 2; *m receives the suite's metrics. */
static int eval_file(const char *label, const char *path, const char *desc, const char *reference,
                     bool production, const run_opts *o, metrics *m) {
  ev_suite s;
  int rc = suite_read(&s, path);
  if (rc) return rc;
  dict_lists l;
  memset(&l, 0, sizeof l);
  if (!production && (rc = suite_dicts(&s, &l)) != 0) {
    suite_free(&s);
    return rc;
  }
  printf("events %s: %s\n  %s\n", label, desc, path);
  if (production)
    printf("  dictionary %s\n", o->models->cameo);
  else
    printf("  dictionaries next to it: %s; %s; %s; %s\n", s.env[ENV_VERBS], s.env[ENV_ACTORS],
           s.env[ENV_AGENTS] ? s.env[ENV_AGENTS] : "no agents",
           s.env[ENV_DISCARDS] ? s.env[ENV_DISCARDS] : "no discards");
  nm_pipeline *p = suite_pipeline(o->models, production ? NULL : &l);
  counts c;
  category_counts cats[64];
  size_t n_cats = 0;
  rc = p ? run_suite(&s, p, o->errors, &c, cats, &n_cats, sizeof cats / sizeof *cats) : 2;
  nm_pipeline_free(p);
  if (rc == 0) {
    size_t not_eval = 0, not_inc = 0;
    for (size_t i = 0; i < s.n_rec; i++) {
      not_eval += !s.rec[i].evaluate;
      not_inc += s.rec[i].evaluate && !included(&s, &s.rec[i]);
    }
    *m = metrics_of(&c);
    printf("  %zu records read: %zu scored, %zu evaluate=\"false\", %zu outside <Include>; "
           "%zu malformed (skipped), %zu with a bad date (coded undated)\n",
           s.n_rec, c.records, not_eval, not_inc, s.malformed, s.bad_dates);
    if (s.configs)
      printf("  %zu <Config> elements: %zu scored records come under a changed PETRARCH option "
             "that we do not apply\n",
             s.configs, c.with_options);
    printf("  exact      %zu of %zu records (%.2f%%)\n", c.exact, c.records, m->exact);
    printf("  triples    expected %zu, predicted %zu, right %zu\n", c.expected, c.predicted,
           c.right);
    printf("  precision  %6.2f  recall %6.2f  F1 %6.2f\n", m->precision, m->recall, m->f1);
    printf("  extra events per record %.3f, %.1f%% (%zu predicted triples not expected)\n",
           m->extra, 100 * m->extra, c.predicted - c.right);
    if (reference) printf("  # %s\n", reference);
    if (n_cats > 1) {
      printf("  by category:\n");
      for (size_t k = 0; k < n_cats; k++)
        print_counts(cats[k].name, &cats[k].c);
    }
    printf("events %s: precision %.2f recall %.2f f1 %.2f exact %.2f extra %.3f\n", label,
           m->precision, m->recall, m->f1, m->exact, m->extra);
  }
  dict_lists_free(&l);
  suite_free(&s);
  return rc;
}

/* ------------------------------------------------------------------ */
/* The PLOVER development set                                           */

/* openeventdata__PLOVER/PLOVER_GSR_CAMEO.txt is a JSON array of records
 * {"id", "date", "text", "event": a PLOVER category, "source", "target"};
 * an actor field is a list of {"actorText", "code", "sector"?}, one such
 * object, or a string ("", "diplomatic") that names no actor. Its first
 * element describes the set and has no "text": elements without one are
 * skipped. The CAMEO code of an event gives its PLOVER category through
 * pl_category_of. */

/* A gold actor: its code and sector ("" when absent; borrowed from the
 * JSON tree) and the first three bytes of the two joined, the country or
 * IGO/NGO part that scoring compares. */
typedef struct pl_actor {
  const char *code, *sector;
  char key[4];
} pl_actor;

typedef struct pl_record {
  const char *id, *date, *event, *text; /* borrowed from the JSON tree; "" when absent */
  size_t len;
  size_t src, n_src, tgt, n_tgt; /* its actors: actors[src .. src + n_src), and the targets' */
} pl_record;

typedef struct pl_set {
  nm_cli_json json;
  pl_record *rec;
  size_t n_rec, skipped; /* skipped: elements without "text" */
  pl_actor *actors;      /* room for one per JSON node */
  size_t n_actors;
} pl_set;

static void pl_free(pl_set *s) {
  nm_cli_json_free(&s->json);
  free(s->rec);
  free(s->actors);
  memset(s, 0, sizeof *s);
}

/* The string member name of obj, or "". */
static const char *pl_str(const nm_cli_json *t, const nm_cli_json_node *obj, const char *name) {
  const char *v = nm_cli_json_str(t, nm_cli_json_get(t, obj, name), NULL);
  return v ? v : "";
}

/* Appends the actors of v (a list of actor objects, one object, or
 * anything else for none) to s->actors, from *first, *n of them. An actor
 * with neither code nor sector is dropped. */
static void pl_actors(pl_set *s, const nm_cli_json_node *v, size_t *first, size_t *n) {
  const nm_cli_json *t = &s->json;
  bool list = v && v->type == NM_CLI_JSON_ARR;
  *first = s->n_actors;
  *n = 0;
  for (const nm_cli_json_node *a = list ? nm_cli_json_kid(t, v) : v; a;
       a = list ? nm_cli_json_next(t, a) : NULL) {
    if (a->type != NM_CLI_JSON_OBJ) continue;
    pl_actor x = {pl_str(t, a, "code"), pl_str(t, a, "sector"), ""};
    snprintf(x.key, sizeof x.key, "%s%s", x.code, x.sector);
    if (!x.key[0]) continue;
    s->actors[s->n_actors++] = x;
    (*n)++;
  }
}

/* Reads the set at path. Returns 0, or 2 with a message. */
static int pl_read(pl_set *s, const char *path) {
  memset(s, 0, sizeof *s);
  if (nm_cli_json_read(who, path, &s->json)) return 2;
  const nm_cli_json *t = &s->json;
  const nm_cli_json_node *root = nm_cli_json_root(t);
  if (!root || root->type != NM_CLI_JSON_ARR) {
    fprintf(stderr, "%s: %s: not a JSON array of records\n", who, path);
    pl_free(s);
    return 2;
  }
  size_t n = 0;
  for (const nm_cli_json_node *v = nm_cli_json_kid(t, root); v; v = nm_cli_json_next(t, v))
    n++;
  s->rec = malloc((n ? n : 1) * sizeof *s->rec);
  s->actors = malloc(t->nv * sizeof *s->actors);
  if (!s->rec || !s->actors) {
    fprintf(stderr, "%s: %s: out of memory\n", who, path);
    pl_free(s);
    return 2;
  }
  for (const nm_cli_json_node *v = nm_cli_json_kid(t, root); v; v = nm_cli_json_next(t, v)) {
    pl_record r = {0};
    r.text = nm_cli_json_str(t, nm_cli_json_get(t, v, "text"), &r.len);
    if (!r.text) {
      s->skipped++;
      continue;
    }
    r.id = pl_str(t, v, "id");
    r.date = pl_str(t, v, "date");
    r.event = pl_str(t, v, "event");
    pl_actors(s, nm_cli_json_get(t, v, "source"), &r.src, &r.n_src);
    pl_actors(s, nm_cli_json_get(t, v, "target"), &r.tgt, &r.n_tgt);
    s->rec[s->n_rec++] = r;
  }
  return 0;
}

/* The PLOVER category of a CAMEO code, or "" (01 and 02 have none). The
 * set is coded in an older PLOVER draft than the table in
 * cameo_event_codes_merged.tsv (the PLOVER README.md names draft
 * 0.6b1): its categories include INVESTIGATE, DEMAND, DISAPPROVE and FIGHT,
 * which the later draft renamed or merged (into ACCUSE, REQUEST and
 * ASSAULT). The table is by two-digit root, after the PLOVER README's
 * (08 is CONCEDE up to 083 and RETREAT from 084 on; 10 DEMAND, 11
 * DISAPPROVE), with the set's own names where the README is silent or
 * merges: 09 INVESTIGATE, 18 ASSAULT, 19 and 20 FIGHT (the README lists
 * 18-20 as "ASSAULT, FIGHT"; the manual's note files 20 under FIGHT). */
static const char *pl_category_of(const char *cameo) {
  static const char *const by_root[21] = {
      "",        "",           "",        "AGREE",    "CONSULT",    "SUPPORT",   "COOPERATE",
      "AID",     "CONCEDE",    "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN",
      "PROTEST", "MOBILIZE",   "SANCTION", "COERCE",  "ASSAULT",    "FIGHT",     "FIGHT"};
  if (!cameo || cameo[0] < '0' || cameo[0] > '2' || cameo[1] < '0' || cameo[1] > '9') return "";
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  if (root > 20) return "";
  if (root == 8 && cameo[2] >= '4' && cameo[2] <= '9') return "RETREAT";
  return by_root[root];
}

/* The country or IGO/NGO part of a code, in ISO 3166 where CAMEO's older
 * codes differ (the gold writes Japan JAP, Italy ITL, Vietnam VTN) and
 * past Serbia and Montenegro's SCG (the dictionaries' dated code for
 * Serbia in the 1990s is SCGSRB; the gold writes SRB): three letters. */
static void pl_country(const char *code, char out[4]) {
  static const char *const legacy[][2] = {{"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"},
                                          {"ROM", "ROU"}, {"ZAR", "COD"}, {"BRM", "MMR"},
                                          {"TMP", "TLS"}};
  if (!strncmp(code, "SCG", 3) && (!strncmp(code + 3, "SRB", 3) || !strncmp(code + 3, "MNE", 3)))
    code += 3;
  snprintf(out, 4, "%s", code);
  for (size_t k = 0; k < sizeof legacy / sizeof legacy[0]; k++)
    if (!strcmp(out, legacy[k][0])) memcpy(out, legacy[k][1], 4);
}

/* Whether code (NULL: none) has the country part of one of the actors'
 * keys. */
static bool pl_key_in(const char *code, const pl_actor *a, size_t n) {
  char c[4], g[4];
  if (!code) return false;
  pl_country(code, c);
  for (size_t i = 0; i < n; i++) {
    pl_country(a[i].key, g);
    if (strlen(c) == 3 && !strcmp(c, g)) return true;
  }
  return false;
}

/* What an event gets right for a record, as a set of these bits. A
 * record without gold targets takes any target. */
enum { PL_CATEGORY = 1u, PL_SOURCE = 2u, PL_TARGET = 4u, PL_ALL = 7u };

static unsigned pl_marks(const pl_set *s, const pl_record *r, const nm_event *e) {
  const char *cat = pl_category_of(e->code);
  return (cat[0] && strcmp(cat, r->event) == 0 ? PL_CATEGORY : 0u) |
         (pl_key_in(e->source_code, s->actors + r->src, r->n_src) ? PL_SOURCE : 0u) |
         (!r->n_tgt || pl_key_in(e->target_code, s->actors + r->tgt, r->n_tgt) ? PL_TARGET : 0u);
}

/* Records with: one event right in all three (all), an event of the
 * right category, one with a right source, any event at all. */
typedef struct pl_counts {
  size_t records, all, category, source, any;
} pl_counts;

typedef struct pl_category {
  const char *name;
  pl_counts c;
} pl_category;

static void pl_count(pl_counts *c, size_t n_ev, unsigned some, bool all) {
  c->records++;
  c->all += all;
  c->category += (some & PL_CATEGORY) != 0;
  c->source += (some & PL_SOURCE) != 0;
  c->any += n_ev > 0;
}

static void print_pl_counts(const char *label, const pl_counts *c) {
  printf("  %-12s %4zu records  all %4zu (%5.1f%%)  category %4zu (%5.1f%%)  source %4zu "
         "(%5.1f%%)  any %4zu (%5.1f%%)\n",
         label, c->records, c->all, pct(c->all, c->records), c->category,
         pct(c->category, c->records), c->source, pct(c->source, c->records), c->any,
         pct(c->any, c->records));
}

static void pl_put_actors(const pl_actor *a, size_t n) {
  if (!n) putchar('-');
  for (size_t i = 0; i < n; i++)
    printf("%s%s%s", i ? "," : "", a[i].code, a[i].sector);
}

/* Prints a record not fully right: its gold category, actors and text,
 * and each event found with its category, actors, verb, pattern and what
 * it gets right. */
static void pl_show_wrong(const pl_set *s, const pl_record *r, const nm_doc *d) {
  printf("  %s (%s; source ", r->id, r->event);
  pl_put_actors(s->actors + r->src, r->n_src);
  printf("; target ");
  pl_put_actors(s->actors + r->tgt, r->n_tgt);
  printf(") \"%s\"\n", r->text);
  size_t n, len;
  const nm_event *ev = nm_doc_events(d, &n);
  const char *text = nm_doc_text(d, &len);
  if (!n) printf("    predicted: no event\n");
  for (size_t i = 0; i < n; i++) {
    const nm_event *e = &ev[i];
    const char *cat = pl_category_of(e->code);
    unsigned u = pl_marks(s, r, e);
    printf("    predicted: %s %s %s %s  verb ", e->code, cat[0] ? cat : "-",
           e->source_code ? e->source_code : "-", e->target_code ? e->target_code : "-");
    put_span(text, len, e->evidence);
    printf(" pattern %s  right:%s%s%s%s\n", e->pattern ? e->pattern : "-",
           u & PL_CATEGORY ? " category" : "", u & PL_SOURCE ? " source" : "",
           u & PL_TARGET ? (r->n_tgt ? " target" : " (no target given)") : "", u ? "" : " nothing");
  }
}

/* --list: the records as read. */
static void pl_list(const pl_set *s) {
  for (size_t i = 0; i < s->n_rec; i++) {
    const pl_record *r = &s->rec[i];
    printf("%s\t%s\t%s\t", r->id, r->event, r->date);
    pl_put_actors(s->actors + r->src, r->n_src);
    putchar('\t');
    pl_put_actors(s->actors + r->tgt, r->n_tgt);
    printf("\t%s\n", r->text);
  }
  printf("%zu records, %zu without text\n", s->n_rec, s->skipped);
}

/* Codes and scores the set s; *total and cats[0 .. *n_cats) receive the
 * counts. Returns 0, or 2 with a message. */
static int pl_run(const pl_set *s, const nm_pipeline *p, const char *path,
                  bool errors, pl_counts *total, pl_category *cats, size_t *n_cats,
                  size_t max_cats) {
  memset(total, 0, sizeof *total);
  *n_cats = 0;
  for (size_t i = 0; i < s->n_rec; i++) {
    const pl_record *r = &s->rec[i];
    nm_doc *d = code_text(p, r->text, r->len, r->id, r->date, path);
    if (!d) return 2;
    size_t n_ev;
    const nm_event *ev = nm_doc_events(d, &n_ev);
    unsigned some = 0;
    bool all = false;
    for (size_t k = 0; k < n_ev; k++) {
      unsigned u = pl_marks(s, r, &ev[k]);
      some |= u;
      all = all || u == PL_ALL;
    }
    pl_count(total, n_ev, some, all);
    size_t c = 0;
    while (c < *n_cats && strcmp(cats[c].name, r->event) != 0)
      c++;
    if (c == *n_cats && c < max_cats) {
      memset(&cats[c], 0, sizeof cats[c]);
      cats[c].name = r->event;
      (*n_cats)++;
    }
    if (c < *n_cats) pl_count(&cats[c].c, n_ev, some, all);
    if (errors && !all) pl_show_wrong(s, r, d);
    nm_doc_free(d);
  }
  return 0;
}

/* Reads, codes and scores the PLOVER set at path; prints its report.
 * Returns 0 or 2. */
static int eval_plover(const char *path, const run_opts *o) {
  pl_set s;
  int rc = pl_read(&s, path);
  if (rc) return rc;
  printf("events plover: %s\n  %s\n  dictionary %s\n  PLOVER categories of CAMEO codes: the "
         "set's draft 0.6b1, by two-digit root\n",
         suites[SUITE_PLOVER].desc, path, o->models->cameo);
  nm_pipeline *p = suite_pipeline(o->models, NULL);
  pl_counts c;
  pl_category cats[64];
  size_t n_cats = 0;
  rc = p ? pl_run(&s, p, path, o->errors, &c, cats, &n_cats, sizeof cats / sizeof *cats) : 2;
  nm_pipeline_free(p);
  if (rc == 0) {
    printf("  %zu records scored; elements without text, skipped: %zu\n", c.records, s.skipped);
    printf("  a record counts under: all, when one event has the right category, a right\n"
           "  source and a right target (any target when none is given); category, when an\n"
           "  event's CAMEO code is of its PLOVER category; source, when an event's source is\n"
           "  right; any, when some event is coded. Actors are right when their codes' first\n"
           "  three letters (the country or IGO/NGO) are a gold actor's, after CAMEO's older\n"
           "  country codes are read as ISO 3166 (JAP as JPN, ITL as ITA, VTN as VNM ...) and\n"
           "  Serbia and Montenegro's SCGSRB and SCGMNE as SRB and MNE.\n");
    print_pl_counts("all records", &c);
    printf("  by PLOVER category:\n");
    for (size_t k = 0; k < n_cats; k++)
      print_pl_counts(cats[k].name, &cats[k].c);
    printf("events plover: all %.1f category %.1f source %.1f any %.1f\n", pct(c.all, c.records),
           pct(c.category, c.records), pct(c.source, c.records), pct(c.any, c.records));
  }
  pl_free(&s);
  return rc;
}

int nm_cli_eval_events(int argc, char **argv) {
  bool run[SUITE_COUNT] = {false}, any = false, list = false, production = false;
  run_opts o = {0};
  double floors[SUITE_COUNT][M_COUNT];
  for (int k = 0; k < SUITE_COUNT; k++)
    for (int j = 0; j < M_COUNT; j++)
      floors[k][j] = -1;
  const char *data = getenv("NEWSMILL_DATA"), *file = NULL;
  if (!data || !*data) data = "../shared/data";
  nm_cli_models mdl;
  memset(&mdl, 0, sizeof mdl);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(a, "--suite") == 0 && v) {
      i++;
      int k = 0;
      for (; k < SUITE_COUNT && strcmp(v, suites[k].name) != 0; k++)
        ;
      if (strcmp(v, "all") == 0) {
        for (k = 0; k < SUITE_COUNT; k++)
          run[k] |= suites[k].in_all;
      } else if (k == SUITE_COUNT) {
        fprintf(stderr, "%s: unknown suite '%s'\n", who, v);
        usage();
        return 2;
      } else {
        run[k] = true;
      }
      any = true;
    } else if (strcmp(a, "--file") == 0 && v) {
      file = argv[++i];
    } else if (strcmp(a, "--production") == 0) {
      production = true;
    } else if (strcmp(a, "--errors") == 0) {
      o.errors = true;
    } else if (strcmp(a, "--list") == 0) {
      list = true;
    } else if (strcmp(a, "--data") == 0 && v) {
      data = argv[++i];
    } else if (strcmp(a, "--cameo") == 0 && v) {
      mdl.cameo = argv[++i];
    } else if (strcmp(a, "--tagger") == 0 && v) {
      mdl.tagger = argv[++i];
    } else if (strcmp(a, "--parser") == 0 && v) {
      mdl.parser = argv[++i];
    } else if (strcmp(a, "--ner") == 0 && v) {
      mdl.ner = argv[++i];
    } else if (strcmp(a, "--gazetteer") == 0 && v) {
      mdl.gazetteer = argv[++i];
    } else if (strcmp(a, "--geonames") == 0 && v) {
      mdl.geonames = argv[++i];
    } else if ((strncmp(a, "--min-", 6) == 0 || strncmp(a, "--max-", 6) == 0) && v) {
      /* --min-SUITE-METRIC, --max-SUITE-extra */
      int k = 0, j = 0;
      for (; k < SUITE_COUNT; k++) {
        size_t nl = strlen(suites[k].name);
        if (strncmp(a + 6, suites[k].name, nl) == 0 && a[6 + nl] == '-') break;
      }
      if (k < SUITE_COUNT)
        for (; j < M_COUNT && strcmp(a + 7 + strlen(suites[k].name), metric_names[j]) != 0; j++)
          ;
      char *endp;
      double x = strtod(v, &endp);
      bool max = a[3] == 'a';
      if (k == SUITE_COUNT || suites[k].plover || j == M_COUNT || *endp || x < 0 ||
          max != (j == M_EXTRA)) {
        fprintf(stderr, "%s: bad floor %s %s\n", who, a, v);
        usage();
        return 2;
      }
      floors[k][j] = x;
      run[k] = any = true;
      i++;
    } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage();
      return 0;
    } else {
      fprintf(stderr, "%s: unknown or incomplete option '%s'\n", who, a);
      usage();
      return 2;
    }
  }
  if (!any && !file)
    for (int k = 0; k < SUITE_COUNT; k++)
      run[k] = suites[k].in_all;

  char paths[SUITE_COUNT][4096];
  for (int k = 0; k < SUITE_COUNT; k++)
    snprintf(paths[k], sizeof paths[k], "%s/events/%s", data, suites[k].file);
  if (list) {
    int rc = 0;
    for (int k = -1; k < SUITE_COUNT && !rc; k++) {
      if (k < 0 ? !file : !run[k]) continue;
      if (k >= 0 && suites[k].plover) {
        pl_set ps;
        if ((rc = pl_read(&ps, paths[k])) == 0) pl_list(&ps);
        pl_free(&ps);
        continue;
      }
      ev_suite s;
      rc = suite_read(&s, k < 0 ? file : paths[k]);
      if (!rc) list_suite(&s);
      suite_free(&s);
    }
    return rc;
  }

  if (nm_cli_find_models(&mdl, NM_CLI_ENTITIES | NM_CLI_GEONAMES, NM_CLI_ENTITIES)) {
    fprintf(stderr, "%s: the shipped models and gazetteer are needed (models/, dict/)\n", who);
    return 2;
  }
  bool need_cameo = file && production;
  for (int k = 0; k < SUITE_COUNT; k++)
    need_cameo |= run[k] && suites[k].production;
  if (need_cameo && nm_cli_find_models(&mdl, NM_CLI_CAMEO, NM_CLI_CAMEO)) {
    fprintf(stderr, "%s: no event dictionary found (dict/cameo.nmm); give --cameo FILE\n", who);
    return 2;
  }
  o.models = &mdl;
  printf("events: tagger=%s parser=%s ner=%s gazetteer=%s geonames=%s\n", mdl.tagger, mdl.parser,
         mdl.ner, mdl.gazetteer, mdl.geonames ? mdl.geonames : "none");
  int rc = 0, missed = 0;
  if (file) {
    metrics m;
    rc = eval_file("file", file,
                   production ? "a suite file, production dictionary"
                              : "a suite file, with its own dictionaries",
                   NULL, production, &o, &m);
  }
  for (int k = 0; k < SUITE_COUNT && !rc; k++) {
    if (!run[k]) continue;
    if (suites[k].plover) {
      rc = eval_plover(paths[k], &o);
      continue;
    }
    metrics m;
    rc = eval_file(suites[k].name, paths[k], suites[k].desc, suites[k].reference,
                   suites[k].production, &o, &m);
    for (int j = 0; j < M_COUNT && !rc; j++) {
      if (floors[k][j] < 0) continue;
      double got = metric(&m, j);
      bool bad = j == M_EXTRA ? got > floors[k][j] : got < floors[k][j];
      if (bad) {
        printf("  FLOOR MISSED: %s %s %.3f %s %.3f\n", suites[k].name, metric_names[j], got,
               j == M_EXTRA ? ">" : "<", floors[k][j]);
        missed = 1;
      }
    }
  }
  return rc ? 2 : missed;
}
