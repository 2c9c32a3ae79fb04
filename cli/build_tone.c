/* build_tone.c - `newsmill build tone`: compiles dict/tone.nmm from the VADER
 * lexicon (MIT) and AFINN-165 (Apache 2.0) under --data, with the team's
 * rule words (src/tone_build.c). docs/tone.md gives the sources and rules.
 * The output depends only on the input files. */
#include "cli.h"
#include "tone_build.h"
#include "tone_lex.h"

#include <stdlib.h>
#include <string.h>

typedef struct entries {
  nm_tone_entry *e;
  size_t n, cap;
} entries;

static int push(entries *v, const nm_tone_entry *x) {
  if (v->n == v->cap) {
    size_t c = v->cap ? v->cap * 2 : 4096;
    nm_tone_entry *q = realloc(v->e, c * sizeof *q);
    if (!q) return -1;
    v->e = q;
    v->cap = c;
  }
  v->e[v->n++] = *x;
  return 0;
}

/* A decimal number ("-1.5", "2", "0.25") in thousandths, rounded half away
 * from zero; no locale. Returns 0 on success. */
static int parse_milli(const char *s, size_t n, int32_t *out) {
  size_t i = 0;
  int neg = 0;
  if (i < n && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  int64_t v = 0;
  size_t digits = 0;
  for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
    v = v * 10 + (s[i] - '0');
    if (v > 1000000) return -1;
  }
  v *= 1000;
  if (i < n && s[i] == '.') {
    static const int place[3] = {100, 10, 1};
    int round = 0;
    i++;
    for (size_t k = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++, k++, digits++) {
      if (k < 3) v += (s[i] - '0') * place[k];
      else if (k == 3) round = s[i] >= '5'; /* the first dropped digit rounds */
    }
    v += round;
  }
  if (i != n || digits == 0) return -1;
  *out = (int32_t)(neg ? -v : v);
  return 0;
}

/* The fields of one tab-separated line. */
static size_t split_tabs(char *line, size_t len, char **f, size_t *fl, size_t max) {
  size_t k = 0;
  char *p = line, *end = line + len;
  while (k < max) {
    char *q = memchr(p, '\t', (size_t)(end - p));
    if (!q) q = end;
    f[k] = p;
    fl[k] = (size_t)(q - p);
    k++;
    if (q == end) break;
    p = q + 1;
  }
  return k;
}

/* Reads a whole lexicon file and adds its entries; returns 0, or 2 with a
 * message. kind: 'v' VADER (word, mean, sd, ratings), 'a' AFINN (word,
 * integer score). The entries point into *keep. */
static int read_lexicon(const char *path, int kind, entries *v, char **keep, size_t *lines) {
  size_t len;
  char *buf;
  if (nm_cli_read_file(path, &buf, &len) != 0) {
    fprintf(stderr, "newsmill build tone: cannot read %s\n", path);
    return 2;
  }
  *keep = buf;
  size_t lineno = 0;
  *lines = 0;
  for (size_t off = 0; off < len;) {
    char *line = buf + off, *nl = memchr(line, '\n', len - off);
    size_t l = nl ? (size_t)(nl - line) : len - off;
    off += l + (nl ? 1 : 0);
    lineno++;
    if (l && line[l - 1] == '\r') l--;
    if (!l) continue;
    char *f[4];
    size_t fl[4];
    size_t nf = split_tabs(line, l, f, fl, 4);
    nm_tone_entry e;
    memset(&e, 0, sizeof e);
    e.text = f[0];
    e.len = fl[0];
    int32_t x;
    int bad = nf < 2 || fl[0] == 0 || parse_milli(f[1], fl[1], &x) != 0;
    if (!bad && kind == 'v') {
      bad = (nf != 4 || x == 0 || x < -4000 || x > 4000);
      e.flags = NM_TONE_VALENCE;
      e.valence = x;
    } else if (!bad) {
      bad = (nf != 2 || x % 1000 != 0 || x < -5000 || x > 5000);
      e.flags = NM_TONE_AFINN;
      e.afinn = x / 1000;
    }
    if (bad) {
      fprintf(stderr, "newsmill build tone: %s:%zu: not a %s line\n", path, lineno,
              kind == 'v' ? "VADER lexicon (word, mean -4..4, sd, ratings)"
                          : "AFINN (word, score -5..5)");
      return 2;
    }
    if (push(v, &e) != 0) {
      fprintf(stderr, "newsmill build tone: out of memory\n");
      return 2;
    }
    (*lines)++;
  }
  return 0;
}

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill build tone [--data DIR] [--vader FILE] [--afinn FILE] -o FILE [--quiet]\n"
          "  --data DIR    the shared data (default $NEWSMILL_DATA, else ../shared/data)\n"
          "  --vader FILE  VADER lexicon (default DIR/tone/vader/vader_lexicon.txt)\n"
          "  --afinn FILE  AFINN-165 (default DIR/tone/afinn/AFINN-en-165.txt)\n");
}

int nm_cli_build_tone(int argc, char **argv) {
  const char *dir = getenv("NEWSMILL_DATA"), *vader = NULL, *afinn = NULL, *out = NULL;
  int quiet = 0;
  if (!dir || !*dir) dir = "../shared/data";
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--data") && i + 1 < argc) dir = argv[++i];
    else if (!strcmp(a, "--vader") && i + 1 < argc) vader = argv[++i];
    else if (!strcmp(a, "--afinn") && i + 1 < argc) afinn = argv[++i];
    else if (!strcmp(a, "-o") && i + 1 < argc) out = argv[++i];
    else if (!strcmp(a, "--quiet")) quiet = 1;
    else {
      if (strcmp(a, "--help") && strcmp(a, "-h"))
        fprintf(stderr, "newsmill build tone: unknown or incomplete option '%s'\n", a);
      usage();
      return 2;
    }
  }
  if (!out) {
    usage();
    return 2;
  }
  char vpath[4096], apath[4096];
  if (!vader) {
    snprintf(vpath, sizeof vpath, "%s/tone/vader/vader_lexicon.txt", dir);
    vader = vpath;
  }
  if (!afinn) {
    snprintf(apath, sizeof apath, "%s/tone/afinn/AFINN-en-165.txt", dir);
    afinn = apath;
  }
  entries v = {NULL, 0, 0};
  char *vbuf = NULL, *abuf = NULL;
  size_t nv = 0, na = 0;
  int rc = read_lexicon(vader, 'v', &v, &vbuf, &nv);
  if (!rc) rc = read_lexicon(afinn, 'a', &v, &abuf, &na);
  if (!rc) {
    nm_tone_build_stats st;
    nm_error err = {NM_OK, NULL, 0};
    if (nm_tone_write(out, v.e, v.n, &st, &err) != NM_OK) {
      fprintf(stderr, "newsmill build tone: %s: %s\n", out, err.msg ? err.msg : "failed");
      rc = 2;
    } else if (!quiet) {
      fprintf(stderr,
              "newsmill build tone: %s: %zu VADER and %zu AFINN entries, %zu rule entries;\n"
              "  %zu keys stored (%zu with a valence, %zu of them mapped from AFINN at %.4f "
              "per point;\n  %zu with an AFINN score; %zu phrases), %zu entries without "
              "tokens, %zu longer than %u tokens;\n  %u slots, longest probe %u\n",
              out, nv, na, st.entries_in - v.n, st.stored, st.valence, st.from_afinn,
              st.afinn_scale, st.afinn, st.phrases, st.skipped_empty, st.skipped_long,
              NM_TONE_MAX_TOKENS, st.slots, st.max_probe);
    }
  }
  free(v.e);
  free(vbuf);
  free(abuf);
  return rc;
}
