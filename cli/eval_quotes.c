/* eval_quotes.c - `newsmill eval quotes`: quotations, reported speech and
 * their speakers, scored against PolNeAR (Newell, Margolin and Ruths 2018:
 * political news articles with attribution relations in brat standoff).
 *
 * Each article's text goes through the whole pipeline with the shipped
 * models and its publication date; the quotes it finds are compared with
 * the gold attributions (docs/quotes.md, "Evaluation"):
 *   - content-span overlap: a predicted quotation (any kind but term) is
 *     right when it overlaps the content of a gold attribution, and a gold
 *     attribution is found when a predicted quotation overlaps its content;
 *   - source accuracy: of the found gold attributions that have a source,
 *     the share whose source overlaps the speaker_mention of the predicted
 *     quotation that overlaps their content most, or a mention of its
 *     speaker entity;
 *   - the same for direct quotations alone: gold attributions whose content
 *     lies inside quotation marks, and predictions of kind direct.
 * PolNeAR has no licence: it is read here and never copied. Tune on dev,
 * report on test. */
#include "cli.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static const char *const who = "newsmill eval quotes";

static void usage(void) {
  fprintf(stderr, "usage: newsmill eval quotes [--split dev|test] [--data DIR] [--errors]\n"
                  "         [--tagger M] [--parser M] [--ner M] [--gazetteer F]\n"
                  "         [--min-direct-f1 X] [--min-direct-source X] [--min-all-f1 X]\n"
                  "         [--min-all-source X]\n"
                  "Reads DIR/{split}/text, DIR/{split}/attributions and DIR/metadata.tsv\n"
                  "(default DIR: $NEWSMILL_DATA/quotes/polnear, NEWSMILL_DATA defaulting to\n"
                  "../shared/data). Floors are percentages; a missed floor exits 1.\n"
                  "--errors lists every mismatch (use it on dev only).\n");
}

/* ------------------------------------------------------------------ */
/* Gold attributions                                                    */

typedef struct frag {
  uint32_t a, b; /* bytes */
} frag;

/* An attribution's content and source: runs of the document's fragments. */
typedef struct gold_attr {
  size_t c_first, n_content, s_first, n_source;
  bool direct;
} gold_attr;

typedef struct gold_doc {
  gold_attr *attr;
  size_t n_attr;
  frag *frags; /* storage for every attribution's fragments */
  size_t n_frags, cap_frags;
} gold_doc;

/* A text-bound annotation: type and fragments (indices into frags). */
typedef struct tb_ann {
  char id[16];
  char type[32];
  size_t first, n; /* fragments in the document's frag list */
} tb_ann;

static void gold_free(gold_doc *g) {
  free(g->attr);
  free(g->frags);
  memset(g, 0, sizeof *g);
}

static bool push_frag(gold_doc *g, uint32_t a, uint32_t b) {
  if (g->n_frags == g->cap_frags) {
    size_t cap = g->cap_frags ? g->cap_frags * 2 : 256;
    frag *f = realloc(g->frags, cap * sizeof *f);
    if (!f) return false;
    g->frags = f;
    g->cap_frags = cap;
  }
  g->frags[g->n_frags].a = a;
  g->frags[g->n_frags].b = b;
  g->n_frags++;
  return true;
}

/* Byte offset of every code point of text[0..len), and of its end. */
static uint32_t *cp_offsets(const char *text, size_t len, size_t *ncp) {
  uint32_t *off = malloc((len + 1) * sizeof *off);
  if (!off) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)text[i] & 0xC0) != 0x80) off[n++] = (uint32_t)i;
  off[n] = (uint32_t)len;
  *ncp = n;
  return off;
}

static bool is_open_mark(const unsigned char *s, size_t i, size_t len) {
  if (s[i] == '"') return true;
  if (i + 2 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0x9C || s[i + 2] == 0x98))
    return true;                                          /* “ ‘ */
  return i + 1 < len && s[i] == 0xC2 && s[i + 1] == 0xAB; /* « */
}

/* A closing mark ends just before byte e. */
static bool is_close_mark_before(const unsigned char *s, size_t e) {
  if (e >= 1 && s[e - 1] == '"') return true;
  if (e >= 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 && (s[e - 1] == 0x9D || s[e - 1] == 0x99))
    return true;                                         /* ” ’ */
  return e >= 2 && s[e - 2] == 0xC2 && s[e - 1] == 0xBB; /* » */
}

static bool sentence_punct(unsigned char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
}

/* A gold content is direct when it opens at a quotation mark (its first
 * character, or the one before it) and closes at one (its last character
 * before any sentence punctuation, or the first after it, after any). */
static bool content_is_direct(const char *text, size_t len, uint32_t a, uint32_t b) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = a;
  while (i < b && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
    i++;
  bool starts = i < b && is_open_mark(s, i, len);
  if (!starts) {
    size_t j = a;
    while (j > 0 && s[j - 1] == ' ')
      j--;
    size_t k = j;
    /* the mark that ends just before the content is an opening one */
    if (k >= 1 && s[k - 1] == '"') starts = true;
    if (k >= 3 && s[k - 3] == 0xE2 && s[k - 2] == 0x80 && (s[k - 1] == 0x9C || s[k - 1] == 0x98))
      starts = true;
  }
  if (!starts) return false;
  size_t e = b;
  while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\n' || sentence_punct(s[e - 1])))
    e--;
  if (is_close_mark_before(s, e)) return true;
  size_t f = b;
  while (f < len && (sentence_punct(s[f]) || s[f] == ' '))
    f++;
  /* ” right after the content (or its punctuation) */
  if (f < len && s[f] == '"') return true;
  return f + 2 < len && s[f] == 0xE2 && s[f + 1] == 0x80 && (s[f + 2] == 0x9D || s[f + 2] == 0x99);
}

/* Reads a brat .ann file: text-bound annotations (T) and attribution
 * events (E) with Content, Source and Cue roles. Offsets are code points;
 * off converts them to bytes. Returns false on out of memory or a
 * malformed line (with a message). */
static bool read_ann(const char *path, const char *text, size_t len, const uint32_t *off,
                     size_t ncp, gold_doc *g) {
  char *buf;
  size_t blen;
  if (nm_cli_read_file(path, &buf, &blen) != 0) {
    fprintf(stderr, "%s: cannot read %s\n", who, path);
    return false;
  }
  tb_ann *tb = NULL;
  size_t ntb = 0, captb = 0;
  bool ok = true;
  /* pass 1: text-bound annotations */
  for (size_t pos = 0; pos < blen && ok;) {
    char *line = buf + pos;
    char *nl = memchr(line, '\n', blen - pos);
    size_t ll = nl ? (size_t)(nl - line) : blen - pos;
    pos += ll + 1;
    if (ll == 0 || line[0] != 'T') continue;
    char *tab1 = memchr(line, '\t', ll);
    if (!tab1 || tab1 - line >= 16) continue;
    char *tab2 = memchr(tab1 + 1, '\t', ll - (size_t)(tab1 + 1 - line));
    if (!tab2) tab2 = line + ll;
    if (ntb == captb) {
      captb = captb ? captb * 2 : 64;
      tb_ann *n = realloc(tb, captb * sizeof *n);
      if (!n) {
        ok = false;
        break;
      }
      tb = n;
    }
    tb_ann *t = &tb[ntb];
    memset(t, 0, sizeof *t);
    memcpy(t->id, line, (size_t)(tab1 - line));
    const char *p = tab1 + 1;
    size_t tl = 0;
    while (p < tab2 && *p != ' ' && tl + 1 < sizeof t->type)
      t->type[tl++] = *p++;
    t->first = g->n_frags;
    while (p < tab2) {
      char *end;
      unsigned long a = strtoul(p, &end, 10);
      if (end == p) break;
      p = end;
      unsigned long b = strtoul(p, &end, 10);
      if (end == p) break;
      p = end;
      if (a > b || b > ncp) {
        fprintf(stderr, "%s: %s: span %lu-%lu outside the text\n", who, path, a, b);
        ok = false;
        break;
      }
      if (!push_frag(g, off[a], off[b])) {
        ok = false;
        break;
      }
      t->n++;
      if (p < tab2 && *p == ';') p++;
    }
    ntb++;
  }
  /* pass 2: attribution events */
  size_t cap_attr = 0;
  for (size_t pos = 0; pos < blen && ok;) {
    char *line = buf + pos;
    char *nl = memchr(line, '\n', blen - pos);
    size_t ll = nl ? (size_t)(nl - line) : blen - pos;
    pos += ll + 1;
    if (ll == 0 || line[0] != 'E') continue;
    char *tab1 = memchr(line, '\t', ll);
    if (!tab1) continue;
    if (g->n_attr == cap_attr) {
      cap_attr = cap_attr ? cap_attr * 2 : 64;
      gold_attr *n = realloc(g->attr, cap_attr * sizeof *n);
      if (!n) {
        ok = false;
        break;
      }
      g->attr = n;
    }
    /* roles name annotations; their fragments are copied so that each
     * attribution's content and source are contiguous runs */
    size_t c_first = 0, c_n = 0, s_first = 0, s_n = 0;
    const char *p = tab1 + 1, *e = line + ll;
    for (int role = 0; role < 2 && ok; role++) {
      size_t first = g->n_frags, n = 0;
      const char *want = role == 0 ? "Content" : "Source";
      for (const char *q = p; q < e;) {
        const char *sp = memchr(q, ' ', (size_t)(e - q));
        const char *we = sp ? sp : e;
        const char *colon = memchr(q, ':', (size_t)(we - q));
        if (colon) {
          size_t rl = (size_t)(colon - q), wl = strlen(want);
          if (rl >= wl && !memcmp(q, want, wl) && (rl == wl || (q[wl] >= '0' && q[wl] <= '9'))) {
            size_t il = (size_t)(we - colon - 1);
            for (size_t k = 0; k < ntb; k++)
              if (strlen(tb[k].id) == il && !memcmp(tb[k].id, colon + 1, il)) {
                for (size_t f = 0; f < tb[k].n && ok; f++) {
                  frag x = g->frags[tb[k].first + f];
                  ok = push_frag(g, x.a, x.b);
                  n++;
                }
                break;
              }
          }
        }
        q = we + (sp ? 1 : 0);
      }
      if (role == 0)
        c_first = first, c_n = n;
      else
        s_first = first, s_n = n;
    }
    if (!ok || c_n == 0) continue;
    gold_attr *at = &g->attr[g->n_attr++];
    at->c_first = c_first;
    at->n_content = c_n;
    at->s_first = s_first;
    at->n_source = s_n;
    at->direct = content_is_direct(text, len, g->frags[c_first].a, g->frags[c_first + c_n - 1].b);
  }
  free(tb);
  free(buf);
  if (!ok) fprintf(stderr, "%s: %s: out of memory\n", who, path);
  return ok;
}

/* ------------------------------------------------------------------ */
/* Files                                                                */

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir ending in suffix. */
static char **list_dir(const char *dir, const char *suffix, size_t *n) {
  *n = 0;
  DIR *dp = opendir(dir);
  if (!dp) return NULL;
  char **v = NULL;
  size_t cap = 0;
  size_t sl = strlen(suffix);
  struct dirent *de;
  while ((de = readdir(dp))) {
    size_t l = strlen(de->d_name);
    if (l <= sl || strcmp(de->d_name + l - sl, suffix) != 0) continue;
    if (*n == cap) {
      cap = cap ? cap * 2 : 128;
      char **nv = realloc(v, cap * sizeof *nv);
      if (!nv) break;
      v = nv;
    }
    v[*n] = strdup(de->d_name);
    if (!v[*n]) break;
    (*n)++;
  }
  closedir(dp);
  if (v) qsort(v, *n, sizeof *v, cmp_str);
  return v;
}

static void free_list(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

/* The publication date of article stem from metadata.tsv, copied into
 * date[11]; false when not found. */
static bool find_date(const char *meta, size_t mlen, const char *stem, char *date) {
  /* header: the columns named filename and publication_date */
  const char *nl = memchr(meta, '\n', mlen);
  if (!nl) return false;
  int col_file = -1, col_date = -1, col = 0;
  for (const char *p = meta; p < nl; col++) {
    const char *t = memchr(p, '\t', (size_t)(nl - p));
    const char *e = t ? t : nl;
    if ((size_t)(e - p) == 8 && !memcmp(p, "filename", 8)) col_file = col;
    if ((size_t)(e - p) == 16 && !memcmp(p, "publication_date", 16)) col_date = col;
    p = t ? t + 1 : nl;
  }
  if (col_file < 0 || col_date < 0) return false;
  size_t sl = strlen(stem);
  for (const char *line = nl + 1; line < meta + mlen;) {
    const char *le = memchr(line, '\n', (size_t)(meta + mlen - line));
    if (!le) le = meta + mlen;
    const char *fv = NULL, *dv = NULL;
    size_t fl = 0, dl = 0;
    col = 0;
    for (const char *p = line; p < le; col++) {
      const char *t = memchr(p, '\t', (size_t)(le - p));
      const char *e = t ? t : le;
      if (col == col_file) fv = p, fl = (size_t)(e - p);
      if (col == col_date) dv = p, dl = (size_t)(e - p);
      p = t ? t + 1 : le;
    }
    if (fv && fl == sl && !memcmp(fv, stem, sl) && dv && dl == 10) {
      memcpy(date, dv, 10);
      date[10] = '\0';
      return true;
    }
    line = le + 1;
  }
  return false;
}

/* ------------------------------------------------------------------ */
/* Scoring                                                              */

typedef struct counts {
  size_t pred, pred_ok, pred_ok_strict, gold, gold_found, src_total, src_ok;
} counts;

typedef struct scores {
  counts direct, all;
  size_t chars_pred, chars_gold, chars_both;
  size_t gold_attr, gold_direct, gold_nosource, articles;
  size_t kinds[4];
} scores;

static const frag *content_of(const gold_doc *g, const gold_attr *a) {
  return g->frags + a->c_first;
}

static const frag *source_of(const gold_doc *g, const gold_attr *a) {
  return g->frags + a->s_first;
}

static bool overlap(uint32_t a, uint32_t b, uint32_t c, uint32_t d) { return a < d && c < b; }

static uint32_t overlap_len(uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  uint32_t lo = a > c ? a : c, hi = b < d ? b : d;
  return hi > lo ? hi - lo : 0;
}

static bool frags_overlap(const frag *f, size_t n, uint32_t a, uint32_t b) {
  for (size_t i = 0; i < n; i++)
    if (overlap(f[i].a, f[i].b, a, b)) return true;
  return false;
}

static bool source_ok(const nm_doc *d, const gold_doc *gd, const gold_attr *g, const nm_quote *q) {
  const frag *src = source_of(gd, g);
  if (q->speaker_mention.end > q->speaker_mention.start &&
      frags_overlap(src, g->n_source, q->speaker_mention.start, q->speaker_mention.end))
    return true;
  if (q->speaker == UINT32_MAX) return false;
  size_t nm, ne;
  const nm_mention *m = nm_doc_mentions(d, &nm);
  nm_doc_entities(d, &ne);
  if (q->speaker >= ne) return false;
  for (size_t i = 0; i < nm; i++)
    if (m[i].entity == q->speaker && frags_overlap(src, g->n_source, m[i].start, m[i].end))
      return true;
  return false;
}

static void print_snip(const char *text, uint32_t a, uint32_t b) {
  uint32_t n = b - a;
  putchar('"');
  if (n <= 110) {
    for (uint32_t i = a; i < b; i++)
      putchar(text[i] == '\n' ? ' ' : text[i]);
  } else {
    uint32_t h = 70;
    while (h < n && ((unsigned char)text[a + h] & 0xC0) == 0x80)
      h++;
    for (uint32_t i = a; i < a + h; i++)
      putchar(text[i] == '\n' ? ' ' : text[i]);
    fputs(" … ", stdout);
    uint32_t t = b - 30;
    while (t < b && ((unsigned char)text[t] & 0xC0) == 0x80)
      t++;
    for (uint32_t i = t; i < b; i++)
      putchar(text[i] == '\n' ? ' ' : text[i]);
  }
  putchar('"');
}

static void print_frags(const char *text, const frag *f, size_t n) {
  if (!n) {
    fputs("(none)", stdout);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    if (i) fputs(" + ", stdout);
    print_snip(text, f[i].a, f[i].b);
  }
}

static void print_pred(const nm_doc *d, const char *text, const nm_quote *q) {
  size_t ne;
  const nm_entity *en = nm_doc_entities(d, &ne);
  printf("%s ", nm_quote_kind_name(q->kind));
  print_snip(text, q->start, q->end);
  printf(" | speaker ");
  if (q->speaker_mention.end > q->speaker_mention.start)
    print_snip(text, q->speaker_mention.start, q->speaker_mention.end);
  else
    fputs("-", stdout);
  const char *name = q->speaker < ne ? en[q->speaker].name : q->speaker_name;
  printf(" (%s)", name ? name : "-");
}

static int direct_kind(const nm_quote *q) { return q->kind == NM_QUOTE_DIRECT; }

/* Scores one article's predictions against its gold. mode 0: direct
 * quotations, 1: all attributions. */
static void score_mode(const nm_doc *d, const char *text, const gold_doc *g, int mode, counts *k,
                       bool errors) {
  size_t nq;
  const nm_quote *q = nm_doc_quotes(d, &nq);
  for (size_t i = 0; i < nq; i++) {
    if (q[i].kind == NM_QUOTE_TERM || (mode == 0 && !direct_kind(&q[i]))) continue;
    k->pred++;
    bool ok = false, strict = false;
    for (size_t j = 0; j < g->n_attr; j++)
      if (frags_overlap(content_of(g, &g->attr[j]), g->attr[j].n_content, q[i].start, q[i].end)) {
        ok = true;
        if (mode == 1 || g->attr[j].direct) strict = true;
      }
    k->pred_ok += ok;
    k->pred_ok_strict += strict;
    if (!ok && errors) {
      printf("  %s FP  ", mode == 0 ? "direct" : "all   ");
      print_pred(d, text, &q[i]);
      putchar('\n');
    }
  }
  for (size_t j = 0; j < g->n_attr; j++) {
    const gold_attr *a = &g->attr[j];
    if (mode == 0 && !a->direct) continue;
    k->gold++;
    size_t best = SIZE_MAX;
    uint32_t best_len = 0;
    for (size_t i = 0; i < nq; i++) {
      if (q[i].kind == NM_QUOTE_TERM || (mode == 0 && !direct_kind(&q[i]))) continue;
      uint32_t len = 0;
      for (size_t f = 0; f < a->n_content; f++)
        len += overlap_len(content_of(g, a)[f].a, content_of(g, a)[f].b, q[i].start, q[i].end);
      if (len > best_len) best_len = len, best = i;
    }
    if (best == SIZE_MAX) {
      if (errors) {
        printf("  %s FN  ", mode == 0 ? "direct" : "all   ");
        print_frags(text, content_of(g, a), a->n_content);
        printf(" | source ");
        print_frags(text, source_of(g, a), a->n_source);
        putchar('\n');
      }
      continue;
    }
    k->gold_found++;
    if (!a->n_source) continue;
    k->src_total++;
    if (source_ok(d, g, a, &q[best])) {
      k->src_ok++;
    } else if (errors) {
      printf("  %s SRC gold ", mode == 0 ? "direct" : "all   ");
      print_frags(text, source_of(g, a), a->n_source);
      printf(" | ours ");
      print_pred(d, text, &q[best]);
      putchar('\n');
    }
  }
}

static void score_chars(const nm_doc *d, const gold_doc *g, size_t len, unsigned char *mask,
                        scores *s) {
  memset(mask, 0, len);
  for (size_t j = 0; j < g->n_attr; j++)
    for (size_t f = 0; f < g->attr[j].n_content; f++) {
      const frag *x = &content_of(g, &g->attr[j])[f];
      for (uint32_t i = x->a; i < x->b && i < len; i++)
        mask[i] |= 1;
    }
  size_t nq;
  const nm_quote *q = nm_doc_quotes(d, &nq);
  for (size_t i = 0; i < nq; i++) {
    if (q[i].kind == NM_QUOTE_TERM) continue;
    for (uint32_t b = q[i].start; b < q[i].end && b < len; b++)
      mask[b] |= 2;
  }
  for (size_t i = 0; i < len; i++) {
    s->chars_gold += (mask[i] & 1) != 0;
    s->chars_pred += (mask[i] & 2) != 0;
    s->chars_both += mask[i] == 3;
  }
}

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

static double f1_of(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

static void print_counts(const char *label, const counts *k, double *f1, double *src) {
  double p = pct(k->pred_ok, k->pred), r = pct(k->gold_found, k->gold);
  *f1 = f1_of(p, r);
  *src = pct(k->src_ok, k->src_total);
  printf("  %-7s P %6.2f  R %6.2f  F1 %6.2f   (predicted %zu, right %zu; gold %zu, found %zu)\n",
         label, p, r, *f1, k->pred, k->pred_ok, k->gold, k->gold_found);
  printf("  %-7s source %6.2f%%  (%zu of %zu found gold attributions with a source)\n", "", *src,
         k->src_ok, k->src_total);
}

static int below(const char *what, double got, double floor) {
  if (floor < 0 || got >= floor) return 0;
  fprintf(stderr, "%s: %s %.2f is below the floor %.2f\n", who, what, got, floor);
  return 1;
}

/* ------------------------------------------------------------------ */

int nm_cli_eval_quotes(int argc, char **argv) {
  const char *split = "dev", *data = NULL;
  const char *tagger = NULL, *parser = NULL, *ner = NULL, *gaz = NULL;
  double min_df1 = -1, min_dsrc = -1, min_af1 = -1, min_asrc = -1;
  bool errors = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--split") && v)
      split = argv[++i];
    else if (!strcmp(a, "--data") && v)
      data = argv[++i];
    else if (!strcmp(a, "--tagger") && v)
      tagger = argv[++i];
    else if (!strcmp(a, "--parser") && v)
      parser = argv[++i];
    else if (!strcmp(a, "--ner") && v)
      ner = argv[++i];
    else if (!strcmp(a, "--gazetteer") && v)
      gaz = argv[++i];
    else if (!strcmp(a, "--min-direct-f1") && v)
      min_df1 = atof(argv[++i]);
    else if (!strcmp(a, "--min-direct-source") && v)
      min_dsrc = atof(argv[++i]);
    else if (!strcmp(a, "--min-all-f1") && v)
      min_af1 = atof(argv[++i]);
    else if (!strcmp(a, "--min-all-source") && v)
      min_asrc = atof(argv[++i]);
    else if (!strcmp(a, "--errors"))
      errors = true;
    else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      usage();
      return 0;
    } else {
      usage();
      return 2;
    }
  }
  if (strcmp(split, "dev") != 0 && strcmp(split, "test") != 0) {
    fprintf(stderr, "%s: --split is dev or test\n", who);
    return 2;
  }
  char dbuf[4096];
  if (!data) {
    const char *root = getenv("NEWSMILL_DATA");
    snprintf(dbuf, sizeof dbuf, "%s/quotes/polnear", root && *root ? root : "../shared/data");
    data = dbuf;
  }
  char path[8192], tdir[4200], adir[4200];
  if (strlen(data) > 4096) {
    fprintf(stderr, "%s: --data path is too long\n", who);
    return 2;
  }
  snprintf(tdir, sizeof tdir, "%s/%s/text", data, split);
  snprintf(adir, sizeof adir, "%s/%s/attributions", data, split);
  size_t ntext = 0, nann = 0;
  char **texts = list_dir(tdir, ".txt", &ntext);
  char **anns = list_dir(adir, ".ann", &nann);
  if (!ntext || !nann) {
    fprintf(stderr, "%s: no articles in %s (or no annotations in %s)\n", who, tdir, adir);
    free_list(texts, ntext);
    free_list(anns, nann);
    return 2;
  }
  char *meta = NULL;
  size_t mlen = 0;
  snprintf(path, sizeof path, "%s/metadata.tsv", data);
  if (nm_cli_read_file(path, &meta, &mlen) != 0) {
    fprintf(stderr, "%s: cannot read %s\n", who, path);
    free_list(texts, ntext);
    free_list(anns, nann);
    return 2;
  }

  nm_cli_models m = {.tagger = tagger, .parser = parser, .ner = ner, .gazetteer = gaz};
  int rc = 0;
  nm_pipeline *p = NULL;
  if (nm_cli_find_models(&m, NM_CLI_ENTITIES, NM_CLI_ENTITIES)) {
    fprintf(stderr, "%s: the shipped models and gazetteer are needed (models/, dict/)\n", who);
    rc = 2;
  } else if (!(p = nm_cli_pipeline_new(&m, NM_CLI_ENTITIES, who))) {
    rc = 2;
  }

  scores s;
  memset(&s, 0, sizeof s);
  for (size_t ti = 0; ti < ntext && rc == 0; ti++) {
    size_t sl = strlen(texts[ti]) - 4;
    char stem[512];
    if (sl >= sizeof stem) continue;
    memcpy(stem, texts[ti], sl);
    stem[sl] = '\0';
    /* the first annotator's file: stem_XXXX.ann */
    const char *ann = NULL;
    for (size_t k = 0; k < nann && !ann; k++)
      if (!strncmp(anns[k], stem, sl) && anns[k][sl] == '_' && strlen(anns[k]) == sl + 9)
        ann = anns[k];
    if (!ann) continue;
    char *text;
    size_t len;
    snprintf(path, sizeof path, "%s/%s", tdir, texts[ti]);
    if (nm_cli_read_file(path, &text, &len) != 0) {
      fprintf(stderr, "%s: cannot read %s\n", who, path);
      rc = 2;
      break;
    }
    size_t ncp;
    uint32_t *off = cp_offsets(text, len, &ncp);
    gold_doc g;
    memset(&g, 0, sizeof g);
    snprintf(path, sizeof path, "%s/%s", adir, ann);
    nm_error e = {NM_OK, NULL, 0};
    nm_doc *d = NULL;
    unsigned char *mask = malloc(len + 1);
    if (!off || !mask || !read_ann(path, text, len, off, ncp, &g)) {
      rc = 2;
    } else if (!(d = nm_doc_new(text, len, &e))) {
      fprintf(stderr, "%s: %s: %s\n", who, texts[ti], e.msg);
      rc = 2;
    } else {
      char date[11];
      if (find_date(meta, mlen, stem, date)) nm_doc_set_meta(d, NM_META_DATE, date, 10, NULL);
      if (nm_process(p, d, &e) != NM_OK) {
        fprintf(stderr, "%s: %s: %s\n", who, texts[ti], e.msg ? e.msg : nm_status_str(e.code));
        rc = 2;
      }
    }
    if (rc == 0) {
      if (errors) printf("%s\n", stem);
      s.articles++;
      s.gold_attr += g.n_attr;
      for (size_t j = 0; j < g.n_attr; j++) {
        s.gold_direct += g.attr[j].direct;
        s.gold_nosource += g.attr[j].n_source == 0;
      }
      size_t nq;
      const nm_quote *q = nm_doc_quotes(d, &nq);
      for (size_t i = 0; i < nq; i++)
        s.kinds[q[i].kind & 3]++;
      score_mode(d, text, &g, 0, &s.direct, errors);
      score_mode(d, text, &g, 1, &s.all, errors);
      score_chars(d, &g, len, mask, &s);
    }
    nm_doc_free(d);
    gold_free(&g);
    free(mask);
    free(off);
    free(text);
  }
  if (rc == 0) {
    printf("quotes PolNeAR %s: %zu articles, %zu gold attributions (%zu direct, %zu without "
           "source)\n",
           split, s.articles, s.gold_attr, s.gold_direct, s.gold_nosource);
    printf("  predicted: %zu direct, %zu partial, %zu indirect, %zu term (not scored)\n",
           s.kinds[NM_QUOTE_DIRECT], s.kinds[NM_QUOTE_PARTIAL], s.kinds[NM_QUOTE_INDIRECT],
           s.kinds[NM_QUOTE_TERM]);
    double df1, dsrc, af1, asrc;
    print_counts("direct", &s.direct, &df1, &dsrc);
    printf("  %-7s precision against direct gold only: %6.2f\n", "",
           pct(s.direct.pred_ok_strict, s.direct.pred));
    print_counts("all", &s.all, &af1, &asrc);
    double cp = pct(s.chars_both, s.chars_pred), cr = pct(s.chars_both, s.chars_gold);
    printf("  content characters: P %6.2f  R %6.2f  F1 %6.2f\n", cp, cr, f1_of(cp, cr));
    rc |= below("direct F1", df1, min_df1);
    rc |= below("direct source accuracy", dsrc, min_dsrc);
    rc |= below("all-attribution F1", af1, min_af1);
    rc |= below("all-attribution source accuracy", asrc, min_asrc);
  }
  nm_pipeline_free(p);
  free(meta);
  free_list(texts, ntext);
  free_list(anns, nann);
  return rc;
}
