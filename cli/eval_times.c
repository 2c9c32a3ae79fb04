/* eval_times.c - `newsmill eval times`: time expressions found by the
 * whole pipeline against TIMEX3 gold in TempEval-3 platinum, MEANTIME and
 * TimeBank/AQUAINT.
 *
 * Each gold document's text is rebuilt (TimeML: the content of <TEXT> with
 * the tags taken out and entities decoded; MEANTIME: its tokens joined
 * with the spacing of written English), given the document's creation
 * time as its date, and run through the pipeline (tagger and parser). A
 * system time matches a gold TIMEX3 by byte offsets in the rebuilt text:
 *   strict  the same start and end;
 *   relaxed the spans overlap (each gold and system time matched once).
 * Value F1 counts a match only when the values are equal too. See
 * docs/times.md for the sets, the split and the numbers. */
#include "cli.h"
#include "ner_data.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const who = "newsmill eval times";

/* ------------------------------------------------------------------ */
/* Gold documents                                                      */

typedef struct gold_time {
  uint32_t start, end;
  char type[12];
  char value[40];
} gold_time;

typedef struct gold_doc {
  char *path;
  char *text;
  size_t len, cap;
  char dct[11]; /* YYYY-MM-DD or "" */
  size_t limit; /* system times starting here or later are not scored (0: none) */
  gold_time *t;
  size_t n_t, cap_t;
} gold_doc;

static void gold_doc_free(gold_doc *g) {
  free(g->path);
  free(g->text);
  free(g->t);
  memset(g, 0, sizeof *g);
}

static bool text_put(gold_doc *g, const char *s, size_t n) {
  if (g->len + n + 1 > g->cap) {
    size_t cap = g->cap ? g->cap : 4096;
    while (g->len + n + 1 > cap)
      cap *= 2;
    char *p = realloc(g->text, cap);
    if (!p) return false;
    g->text = p;
    g->cap = cap;
  }
  memcpy(g->text + g->len, s, n);
  g->len += n;
  g->text[g->len] = '\0';
  return true;
}

static gold_time *time_push(gold_doc *g) {
  if (g->n_t == g->cap_t) {
    size_t cap = g->cap_t ? g->cap_t * 2 : 32;
    gold_time *p = realloc(g->t, cap * sizeof *p);
    if (!p) return NULL;
    g->t = p;
    g->cap_t = cap;
  }
  gold_time *t = &g->t[g->n_t++];
  memset(t, 0, sizeof *t);
  return t;
}

/* The value of attribute name in a tag's text tag[0..n), copied into
 * out (cap bytes); false when absent. */
static bool attr(const char *tag, size_t n, const char *name, char *out, size_t cap) {
  size_t k = strlen(name);
  for (size_t i = 0; i + k + 2 <= n; i++) {
    if ((i == 0 || tag[i - 1] == ' ' || tag[i - 1] == '\t' || tag[i - 1] == '\n') &&
        memcmp(tag + i, name, k) == 0 && tag[i + k] == '=' && tag[i + k + 1] == '"') {
      size_t a = i + k + 2, b = a;
      while (b < n && tag[b] != '"')
        b++;
      size_t len = b - a < cap - 1 ? b - a : cap - 1;
      memcpy(out, tag + a, len);
      out[len] = '\0';
      return true;
    }
  }
  return false;
}

static bool put_utf8(gold_doc *g, unsigned long cp) {
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
    if (cp > 0x10FFFF) cp = 0xFFFD;
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return text_put(g, b, n);
}

/* Appends s[0..n) with XML entities decoded. */
static bool put_xml_text(gold_doc *g, const char *s, size_t n) {
  static const struct {
    const char *name;
    char c;
  } ents[] = {{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
  size_t i = 0, run = 0;
  while (i < n) {
    if (s[i] != '&') {
      i++;
      continue;
    }
    if (!text_put(g, s + run, i - run)) return false;
    size_t k = i + 1;
    bool done = false;
    for (size_t e = 0; e < sizeof ents / sizeof *ents && !done; e++) {
      size_t l = strlen(ents[e].name);
      if (k + l <= n && memcmp(s + k, ents[e].name, l) == 0) {
        if (!text_put(g, &ents[e].c, 1)) return false;
        i = k + l;
        done = true;
      }
    }
    if (!done && k < n && s[k] == '#') {
      unsigned long cp = 0;
      size_t j = k + 1;
      bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
      if (hex) j++;
      size_t st = j;
      while (j < n && j - st < 8 &&
             ((s[j] >= '0' && s[j] <= '9') ||
              (hex && ((s[j] >= 'a' && s[j] <= 'f') || (s[j] >= 'A' && s[j] <= 'F'))))) {
        char c = s[j];
        cp = cp * (hex ? 16 : 10) + (unsigned long)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        j++;
      }
      if (j > st && j < n && s[j] == ';') {
        if (!put_utf8(g, cp)) return false;
        i = j + 1;
        done = true;
      }
    }
    if (!done) {
      if (!text_put(g, "&", 1)) return false;
      i++;
    }
    run = i;
  }
  return text_put(g, s + run, n - run);
}

static int fail(const char *path, const char *msg) {
  fprintf(stderr, "%s: %s: %s\n", who, path, msg);
  return 2;
}

/* A TimeML file: the DCT, and <TEXT> with its TIMEX3 tags. */
static int read_timeml(const char *path, gold_doc *g) {
  char *buf;
  size_t len;
  if (nm_cli_read_file(path, &buf, &len) != 0) return fail(path, strerror(errno));
  int rc = 0;
  const char *end = buf + len;
  /* the document creation time */
  const char *dct = NULL;
  for (const char *p = buf; p + 5 <= end; p++)
    if (memcmp(p, "<DCT>", 5) == 0) {
      dct = p;
      break;
    }
  if (dct) {
    const char *tag = dct;
    while (tag < end && *tag != '>')
      tag++;
    const char *t = tag;
    while (t + 7 <= end && memcmp(t, "<TIMEX3", 7) != 0)
      t++;
    if (t + 7 <= end) {
      const char *c = t;
      while (c < end && *c != '>')
        c++;
      char v[40];
      if (attr(t, (size_t)(c - t), "value", v, sizeof v) && strlen(v) >= 10) {
        memcpy(g->dct, v, 10);
        g->dct[10] = '\0';
      }
    }
  }
  const char *tx = NULL;
  for (const char *p = buf; p + 6 <= end; p++)
    if (memcmp(p, "<TEXT>", 6) == 0) {
      tx = p + 6;
      break;
    }
  if (!tx) {
    free(buf);
    return fail(path, "no <TEXT> element");
  }
  gold_time *open = NULL;
  const char *p = tx, *run = tx;
  while (p < end && !rc) {
    if (*p != '<') {
      p++;
      continue;
    }
    if (!put_xml_text(g, run, (size_t)(p - run))) {
      rc = fail(path, "out of memory");
      break;
    }
    const char *q = p;
    while (q < end && *q != '>')
      q++;
    if (q >= end) {
      rc = fail(path, "unterminated tag");
      break;
    }
    size_t tl = (size_t)(q - p) + 1;
    if (tl >= 7 && memcmp(p, "</TEXT>", 7) == 0) break;
    if (tl >= 7 && memcmp(p, "<TIMEX3", 7) == 0 && p[tl - 2] != '/') {
      gold_time *t = time_push(g);
      if (!t) {
        rc = fail(path, "out of memory");
        break;
      }
      t->start = (uint32_t)g->len;
      attr(p, tl, "type", t->type, sizeof t->type);
      attr(p, tl, "value", t->value, sizeof t->value);
      open = t;
    } else if (tl >= 9 && memcmp(p, "</TIMEX3>", 9) == 0 && open) {
      open->end = (uint32_t)g->len;
      open = NULL;
    }
    p = q + 1;
    run = p;
  }
  free(buf);
  /* TIMEX3 without text (empty, or never closed) are no expressions */
  size_t k = 0;
  for (size_t i = 0; i < g->n_t; i++)
    if (g->t[i].end > g->t[i].start) g->t[k++] = g->t[i];
  g->n_t = k;
  return rc;
}

/* MEANTIME: tokens, and TIMEX3 anchored to tokens. */
typedef struct mt_tok {
  uint32_t id, sentence;
  uint32_t start, end; /* in the rebuilt text */
} mt_tok;

static bool no_space_before(const char *s, size_t n) {
  static const char *const w[] = {",",   ".",   ";",  ":",  "!",  "?",   ")",
                                  "]",   "}",   "%",  "'s", "'S", "n't", "'re",
                                  "'ve", "'ll", "'d", "'m", "''", "'",   NULL};
  for (int i = 0; w[i]; i++)
    if (strlen(w[i]) == n && memcmp(w[i], s, n) == 0) return true;
  return false;
}

static bool no_space_after(const char *s, size_t n) {
  static const char *const w[] = {"(", "[", "{", "$", "``", "#", NULL};
  for (int i = 0; w[i]; i++)
    if (strlen(w[i]) == n && memcmp(w[i], s, n) == 0) return true;
  return false;
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

/* MEANTIME annotates times in the title, the date line and the first
 * four sentences of the body only: sentences 0 to 5 of its numbering. */
#define MT_ANNOTATED_SENTENCES 5

static int read_meantime(const char *path, gold_doc *g) {
  char *buf;
  size_t len;
  if (nm_cli_read_file(path, &buf, &len) != 0) return fail(path, strerror(errno));
  const char *end = buf + len;
  mt_tok *tk = NULL;
  size_t ntk = 0, captk = 0;
  int rc = 0;
  const char *prev_s = NULL;
  size_t prev_n = 0;
  uint32_t prev_sent = 0;
  /* tokens */
  for (const char *p = buf; p + 6 < end && !rc; p++) {
    if (memcmp(p, "<token", 6) != 0 || (p[6] != ' ' && p[6] != '>')) continue;
    const char *q = p;
    while (q < end && *q != '>')
      q++;
    if (q >= end) break;
    char v[32];
    mt_tok t = {0};
    if (attr(p, (size_t)(q - p), "t_id", v, sizeof v)) t.id = (uint32_t)strtoul(v, NULL, 10);
    if (attr(p, (size_t)(q - p), "sentence", v, sizeof v))
      t.sentence = (uint32_t)strtoul(v, NULL, 10);
    const char *s = q + 1, *e = s;
    while (e < end && *e != '<')
      e++;
    /* the separator before the token */
    size_t before = g->len;
    const char *sep = "";
    if (ntk) {
      if (t.sentence != prev_sent && prev_sent <= 1)
        sep = "\n\n";
      else if (!no_space_before(s, (size_t)(e - s)) && !no_space_after(prev_s, prev_n))
        sep = " ";
    }
    (void)before;
    if (!text_put(g, sep, strlen(sep))) rc = fail(path, "out of memory");
    t.start = (uint32_t)g->len;
    if (!rc && !put_xml_text(g, s, (size_t)(e - s))) rc = fail(path, "out of memory");
    t.end = (uint32_t)g->len;
    if (ntk == captk) {
      captk = captk ? captk * 2 : 1024;
      mt_tok *nt = realloc(tk, captk * sizeof *nt);
      if (!nt) {
        rc = fail(path, "out of memory");
        break;
      }
      tk = nt;
    }
    tk[ntk++] = t;
    if (t.sentence <= MT_ANNOTATED_SENTENCES) g->limit = t.end + 1;
    prev_s = s;
    prev_n = (size_t)(e - s);
    prev_sent = t.sentence;
    p = e - 1;
  }
  /* TIMEX3 elements with token anchors */
  uint32_t *ids = NULL;
  size_t nid = 0, capid = 0;
  for (const char *p = buf; p + 7 < end && !rc; p++) {
    if (memcmp(p, "<TIMEX3", 7) != 0) continue;
    const char *q = p;
    while (q < end && *q != '>')
      q++;
    if (q >= end) break;
    size_t tl = (size_t)(q - p) + 1;
    if (p[tl - 2] == '/') {
      p = q;
      continue;
    }
    char type[12] = "", value[40] = "", fn[32] = "";
    attr(p, tl, "type", type, sizeof type);
    attr(p, tl, "value", value, sizeof value);
    attr(p, tl, "functionInDocument", fn, sizeof fn);
    if (strcmp(fn, "CREATION_TIME") == 0 && strlen(value) >= 10) {
      memcpy(g->dct, value, 10);
      g->dct[10] = '\0';
    }
    nid = 0;
    const char *r = q;
    for (; r + 9 <= end && memcmp(r, "</TIMEX3>", 9) != 0; r++) {
      if (r + 13 < end && memcmp(r, "<token_anchor", 13) == 0) {
        const char *c = r;
        while (c < end && *c != '>')
          c++;
        char v[32];
        if (attr(r, (size_t)(c - r), "t_id", v, sizeof v)) {
          if (nid == capid) {
            capid = capid ? capid * 2 : 16;
            uint32_t *ni = realloc(ids, capid * sizeof *ni);
            if (!ni) {
              rc = fail(path, "out of memory");
              break;
            }
            ids = ni;
          }
          ids[nid++] = (uint32_t)strtoul(v, NULL, 10);
        }
        r = c;
      }
    }
    p = r;
    if (!nid || rc) continue;
    qsort(ids, nid, sizeof *ids, cmp_u32);
    /* token ids are in text order: the span runs from the first to the last */
    const mt_tok *a = NULL, *b = NULL;
    for (size_t k = 0; k < ntk; k++) {
      if (tk[k].id == ids[0]) a = &tk[k];
      if (tk[k].id == ids[nid - 1]) b = &tk[k];
    }
    if (!a || !b || b->end < a->start) continue;
    gold_time *t = time_push(g);
    if (!t) {
      rc = fail(path, "out of memory");
      break;
    }
    t->start = a->start;
    t->end = b->end;
    memcpy(t->type, type, sizeof t->type);
    memcpy(t->value, value, sizeof t->value);
  }
  free(ids);
  free(tk);
  free(buf);
  return rc;
}

static int cmp_time(const void *a, const void *b) {
  const gold_time *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/* ------------------------------------------------------------------ */
/* Sets                                                                */

typedef struct path_list {
  char **p;
  size_t n, cap;
} path_list;

static void paths_free(path_list *l) {
  for (size_t i = 0; i < l->n; i++)
    free(l->p[i]);
  free(l->p);
  memset(l, 0, sizeof *l);
}

static bool has_suffix(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && strcmp(s + a - b, suf) == 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files under dir ending in suffix; with subdirs, also in dir's
 * subdirectories whose names start with subdirs. Sorted by path. */
static int list_files(const char *dir, const char *suffix, const char *subdirs, path_list *out) {
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "%s: %s: cannot open directory: %s\n", who, dir, strerror(errno));
    return 2;
  }
  int rc = 0;
  for (struct dirent *e; !rc && (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    size_t need = strlen(dir) + strlen(e->d_name) + 2;
    char *p = malloc(need);
    if (!p) {
      rc = fail(dir, "out of memory");
      break;
    }
    snprintf(p, need, "%s/%s", dir, e->d_name);
    struct stat st;
    bool isdir = stat(p, &st) == 0 && S_ISDIR(st.st_mode);
    if (isdir && subdirs && strncmp(e->d_name, subdirs, strlen(subdirs)) == 0) {
      rc = list_files(p, suffix, NULL, out);
      free(p);
      continue;
    }
    if (isdir || !has_suffix(e->d_name, suffix)) {
      free(p);
      continue;
    }
    if (out->n == out->cap) {
      size_t cap = out->cap ? out->cap * 2 : 64;
      char **np = realloc(out->p, cap * sizeof *np);
      if (!np) {
        free(p);
        rc = fail(dir, "out of memory");
        break;
      }
      out->p = np;
      out->cap = cap;
    }
    out->p[out->n++] = p;
  }
  closedir(d);
  if (!rc && out->n > 1) qsort(out->p, out->n, sizeof *out->p, cmp_str);
  return rc;
}

enum { S_TE3 = 0, S_MEANTIME, S_MEANTIME_DEV, S_MEANTIME_TRAIN, S_TIMEBANK, S_AQUAINT, S_COUNT };
static const char *const set_names[S_COUNT] = {
    "te3", "meantime", "meantime-dev", "meantime-train", "timebank", "aquaint"};
/* Which sets are for development (errors may be listed) and which for
 * reporting only. */
static const bool set_is_dev[S_COUNT] = {false, false, true, true, true, true};
static const char *const set_desc[S_COUNT] = {
    "TempEval-3 platinum (test only)",
    "MEANTIME test part (test)",
    "MEANTIME dev part (development)",
    "MEANTIME train part (development)",
    "TimeBank, TBAQ-cleaned (development, eval-only data)",
    "AQUAINT, TBAQ-cleaned (development, eval-only data)"};

typedef struct counts {
  size_t docs, gold, sys;
  size_t strict, relaxed;         /* extent matches */
  size_t strict_val, relaxed_val; /* and the same value */
  size_t strict_type;             /* strict extent and the same type */
} counts;

static double f1(size_t ok, size_t gold, size_t sys) {
  return gold + sys ? 200.0 * (double)ok / (double)(gold + sys) : 0.0;
}
static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

static void show_span(const char *text, uint32_t a, uint32_t b) {
  putchar('"');
  for (uint32_t i = a; i < b; i++)
    putchar(text[i] == '\n' ? ' ' : text[i]);
  putchar('"');
}

/* --matches: --errors also lists the times found right. */
static bool show_matches;

/* Scores one document; prints its mismatches when errors is set. */
static void score_doc(const gold_doc *g, const nm_doc *d, counts *c, bool errors) {
  size_t ns;
  const nm_time *ts = nm_doc_times(d, &ns);
  if (g->limit)
    while (ns && ts[ns - 1].start >= g->limit)
      ns--;
  c->docs++;
  c->gold += g->n_t;
  c->sys += ns;
  bool *gused = calloc(g->n_t + 1, 1), *sused = calloc(ns + 1, 1);
  bool *gval = calloc(g->n_t + 1, 1);
  if (!gused || !sused || !gval) {
    free(gused);
    free(sused);
    free(gval);
    return;
  }
  /* strict first */
  for (size_t i = 0; i < g->n_t; i++)
    for (size_t k = 0; k < ns; k++)
      if (!sused[k] && ts[k].start == g->t[i].start && ts[k].end == g->t[i].end) {
        gused[i] = sused[k] = true;
        c->strict++;
        c->relaxed++;
        bool v = strcmp(ts[k].value, g->t[i].value) == 0;
        c->strict_val += v;
        c->relaxed_val += v;
        c->strict_type += strcmp(nm_time_type_name(ts[k].type), g->t[i].type) == 0;
        gval[i] = v;
        if (errors && v && show_matches) {
          printf("    ok     ");
          show_span(g->text, g->t[i].start, g->t[i].end);
          printf(" %s %s\n", g->t[i].type, g->t[i].value);
        }
        if (errors && !v) {
          printf("    value  ");
          show_span(g->text, g->t[i].start, g->t[i].end);
          printf(" gold %s %s, system %s %s  | ", g->t[i].type, g->t[i].value,
                 nm_time_type_name(ts[k].type), ts[k].value);
          uint32_t a = g->t[i].start > 60 ? g->t[i].start - 60 : 0;
          uint32_t b = g->t[i].end + 40 < g->len ? g->t[i].end + 40 : (uint32_t)g->len;
          show_span(g->text, a, b);
          putchar('\n');
        }
        break;
      }
  /* then overlaps */
  for (size_t i = 0; i < g->n_t; i++) {
    if (gused[i]) continue;
    for (size_t k = 0; k < ns; k++)
      if (!sused[k] && ts[k].start < g->t[i].end && g->t[i].start < ts[k].end) {
        gused[i] = sused[k] = true;
        c->relaxed++;
        bool v = strcmp(ts[k].value, g->t[i].value) == 0;
        c->relaxed_val += v;
        if (errors) {
          printf("    extent gold ");
          show_span(g->text, g->t[i].start, g->t[i].end);
          printf(" %s %s, system ", g->t[i].type, g->t[i].value);
          show_span(d ? nm_doc_text(d, &(size_t){0}) : "", ts[k].start, ts[k].end);
          printf(" %s %s\n", nm_time_type_name(ts[k].type), ts[k].value);
        }
        break;
      }
  }
  if (errors) {
    for (size_t i = 0; i < g->n_t; i++)
      if (!gused[i]) {
        printf("    missed ");
        show_span(g->text, g->t[i].start, g->t[i].end);
        printf(" %s %s  | ", g->t[i].type, g->t[i].value);
        uint32_t a = g->t[i].start > 60 ? g->t[i].start - 60 : 0;
        uint32_t b = g->t[i].end + 40 < g->len ? g->t[i].end + 40 : (uint32_t)g->len;
        show_span(g->text, a, b);
        putchar('\n');
      }
    for (size_t k = 0; k < ns; k++)
      if (!sused[k]) {
        printf("    extra  ");
        show_span(g->text, ts[k].start, ts[k].end);
        printf(" %s %s  | ", nm_time_type_name(ts[k].type), ts[k].value);
        uint32_t a = ts[k].start > 60 ? ts[k].start - 60 : 0;
        uint32_t b = ts[k].end + 40 < g->len ? ts[k].end + 40 : (uint32_t)g->len;
        show_span(g->text, a, b);
        putchar('\n');
      }
  }
  free(gused);
  free(sused);
  free(gval);
}

/* Reads, runs and scores one set. Returns 0 or 2. */
static int run_set(int set, const char *data, const nm_pipeline *p, bool errors, counts *c) {
  memset(c, 0, sizeof *c);
  char dir[4096];
  path_list files = {0};
  int rc;
  bool meantime = set == S_MEANTIME || set == S_MEANTIME_DEV || set == S_MEANTIME_TRAIN;
  if (set == S_TE3)
    snprintf(dir, sizeof dir, "%s/time/te3-platinum", data);
  else if (meantime)
    snprintf(dir, sizeof dir, "%s/entities/meantime_en/intra_cross-doc_annotation", data);
  else
    snprintf(dir, sizeof dir, "%s/time/tbaq-cleaned/%s", data,
             set == S_TIMEBANK ? "TimeBank" : "AQUAINT");
  rc =
      meantime ? list_files(dir, ".xml", "corpus_", &files) : list_files(dir, ".tml", NULL, &files);
  if (rc) return rc;
  if (files.n == 0) {
    paths_free(&files);
    return fail(dir, "no gold files");
  }
  nd_part want = set == S_MEANTIME ? ND_TEST : set == S_MEANTIME_DEV ? ND_DEV : ND_TRAIN;
  for (size_t i = 0; i < files.n && !rc; i++) {
    if (meantime && nd_meantime_part(i) != want) continue;
    gold_doc g;
    memset(&g, 0, sizeof g);
    rc = meantime ? read_meantime(files.p[i], &g) : read_timeml(files.p[i], &g);
    if (!rc && !g.text && !text_put(&g, "", 0)) rc = fail(files.p[i], "out of memory");
    if (rc) {
      gold_doc_free(&g);
      break;
    }
    if (g.n_t > 1) qsort(g.t, g.n_t, sizeof *g.t, cmp_time);
    nm_error e = {NM_OK, NULL, 0};
    nm_doc *d = nm_doc_new(g.text, g.len, &e);
    if (d && g.dct[0]) nm_doc_set_meta(d, NM_META_DATE, g.dct, 10, NULL);
    if (!d || nm_process(p, d, &e) != NM_OK) {
      fprintf(stderr, "%s: %s: %s\n", who, files.p[i], e.msg ? e.msg : nm_status_str(e.code));
      nm_doc_free(d);
      gold_doc_free(&g);
      rc = 2;
      break;
    }
    if (errors) {
      const char *slash = strrchr(files.p[i], '/');
      printf("  %s (date %s)\n", slash ? slash + 1 : files.p[i], g.dct[0] ? g.dct : "none");
    }
    score_doc(&g, d, c, errors);
    nm_doc_free(d);
    gold_doc_free(&g);
  }
  paths_free(&files);
  return rc;
}

static void print_counts(const counts *c) {
  printf("  %zu documents, %zu gold times, %zu system times\n", c->docs, c->gold, c->sys);
  printf("  value F1 %6.2f   (strict extent and value: %zu; P %.2f R %.2f)\n",
         f1(c->strict_val, c->gold, c->sys), c->strict_val, pct(c->strict_val, c->sys),
         pct(c->strict_val, c->gold));
  printf("  relaxed  %6.2f   (overlapping extent and value: %zu)\n",
         f1(c->relaxed_val, c->gold, c->sys), c->relaxed_val);
  printf("  extent   strict F1 %6.2f (%zu)  relaxed F1 %6.2f (%zu)\n",
         f1(c->strict, c->gold, c->sys), c->strict, f1(c->relaxed, c->gold, c->sys), c->relaxed);
  printf("  type     accuracy %6.2f on strict extent matches;  value accuracy %6.2f on them\n",
         pct(c->strict_type, c->strict), pct(c->strict_val, c->strict));
}

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill eval times [--only SET]... [--dev] [--errors] [--matches] [--data DIR]\n"
          "         [--tagger M] [--parser M | --no-parse]\n"
          "         [--min-te3 F] [--min-meantime F] [--min-meantime-dev F]\n"
          "         [--min-meantime-train F] [--min-timebank F] [--min-aquaint F]\n"
          "SET: te3 (TempEval-3 platinum), meantime (test part), meantime-dev,\n"
          "meantime-train, timebank, aquaint. Default: te3 and meantime, the\n"
          "reported sets; --dev: the development sets. Floors are value F1\n"
          "percentages (strict extent and value). --errors lists mismatches of\n"
          "development sets only (--matches: and the right ones). Data: $NEWSMILL_DATA, else "
          "../shared/data.\n");
}

int nm_cli_eval_times(int argc, char **argv) {
  bool run[S_COUNT] = {false}, any = false, errors = false, no_parse = false;
  double floor_f1[S_COUNT];
  for (int k = 0; k < S_COUNT; k++)
    floor_f1[k] = -1;
  const char *data = getenv("NEWSMILL_DATA"), *tagger = NULL, *parser = NULL;
  if (!data || !*data) data = "../shared/data";
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    bool has_arg = i + 1 < argc;
    if (strcmp(a, "--only") == 0 && has_arg) {
      const char *s = argv[++i];
      int k = 0;
      for (; k < S_COUNT && strcmp(s, set_names[k]) != 0; k++)
        ;
      if (k == S_COUNT) {
        fprintf(stderr, "%s: unknown set '%s'\n", who, s);
        usage();
        return 2;
      }
      run[k] = any = true;
    } else if (strcmp(a, "--dev") == 0) {
      for (int k = 0; k < S_COUNT; k++)
        if (set_is_dev[k]) run[k] = any = true;
    } else if (strcmp(a, "--errors") == 0) {
      errors = true;
    } else if (strcmp(a, "--matches") == 0) {
      errors = show_matches = true;
    } else if (strcmp(a, "--no-parse") == 0) {
      no_parse = true;
    } else if (strcmp(a, "--data") == 0 && has_arg) {
      data = argv[++i];
    } else if (strcmp(a, "--tagger") == 0 && has_arg) {
      tagger = argv[++i];
    } else if (strcmp(a, "--parser") == 0 && has_arg) {
      parser = argv[++i];
    } else if (strncmp(a, "--min-", 6) == 0 && has_arg) {
      int k = 0;
      for (; k < S_COUNT && strcmp(a + 6, set_names[k]) != 0; k++)
        ;
      char *endp;
      double v = strtod(argv[i + 1], &endp);
      if (k == S_COUNT || *endp || v < 0 || v > 100) {
        fprintf(stderr, "%s: bad floor %s %s\n", who, a, argv[i + 1]);
        usage();
        return 2;
      }
      floor_f1[k] = v;
      i++;
    } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage();
      return 0;
    } else {
      fprintf(stderr, "%s: unknown option '%s'\n", who, a);
      usage();
      return 2;
    }
  }
  if (!any) run[S_TE3] = run[S_MEANTIME] = true;
  for (int k = 0; k < S_COUNT; k++)
    if (floor_f1[k] >= 0) run[k] = true;

  nm_cli_models m = {.tagger = tagger, .parser = parser};
  if (nm_cli_find_models(&m, no_parse ? NM_CLI_TAGGER : NM_CLI_TAGGER | NM_CLI_PARSER,
                         NM_CLI_TAGGER)) {
    fprintf(stderr, "%s: no tagger model found (models/tagger.nmm)\n", who);
    return 2;
  }
  if (no_parse) m.parser = NULL;
  nm_pipeline *p = nm_cli_pipeline_new(&m, NM_CLI_TAGGER | NM_CLI_PARSER, who);
  if (!p) return 2;
  printf("times: tagger=%s parser=%s\n", m.tagger, m.parser ? m.parser : "none");
  int rc = 0, missed = 0;
  for (int k = 0; k < S_COUNT && !rc; k++) {
    if (!run[k]) continue;
    printf("times %s: %s\n", set_names[k], set_desc[k]);
    bool show = errors && set_is_dev[k];
    if (errors && !set_is_dev[k]) printf("  (errors are not listed for a test set)\n");
    counts c;
    rc = run_set(k, data, p, show, &c);
    if (rc) break;
    print_counts(&c);
    double f = f1(c.strict_val, c.gold, c.sys);
    if (floor_f1[k] >= 0 && f < floor_f1[k]) {
      printf("  FLOOR MISSED: %s value F1 %.2f < %.2f\n", set_names[k], f, floor_f1[k]);
      missed = 1;
    }
  }
  nm_pipeline_free(p);
  return rc ? 2 : missed;
}
