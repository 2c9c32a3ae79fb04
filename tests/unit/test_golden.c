/* test_golden.c - golden articles: examples/NAME.txt and tests/golden/NAME.txt,
 * run through the whole pipeline with the shipped models and dictionaries.
 *
 * For each article NAME.txt:
 *   - NAME.sentences holds its sentences as a careful reader splits them,
 *     one a line (written by hand). The article's sentences, as text, must
 *     be exactly those; each difference is reported with its context.
 *   - NAME.json holds the expected nm_write_json record with tokens, for
 *     id = the path ("examples/NAME.txt") and the date taken from a leading
 *     YYYY-MM-DD in the file name. It must match byte for byte.
 *
 * Run from the repository root. `test_golden --update` rewrites every
 * NAME.json whose article's sentences match NAME.sentences (a golden file
 * must never record a known sentence-splitting error); review the diff
 * before committing it. */
#include "newsmill.h"
#include "test.h"

#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const golden_dirs[] = {"examples", "tests/golden"};

static nm_pipeline *pipeline;
static int update_mode;

/* ------------------------------------------------------------------ */
/* Files                                                               */

typedef struct buf {
  char *s;
  size_t n, cap;
} buf;

static int buf_write(void *ctx, const char *p, size_t len) {
  buf *b = ctx;
  if (b->n + len + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (b->n + len + 1 > cap)
      cap *= 2;
    char *q = realloc(b->s, cap);
    if (!q) return -1;
    b->s = q;
    b->cap = cap;
  }
  memcpy(b->s + b->n, p, len);
  b->n += len;
  b->s[b->n] = '\0';
  return 0;
}

/* Reads a whole file; 0 on success. */
static int read_file(const char *path, buf *b) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  char tmp[65536];
  size_t k;
  int rc = 0;
  b->n = 0;
  if (buf_write(b, "", 0) != 0) rc = -1;
  while (rc == 0 && (k = fread(tmp, 1, sizeof tmp, f)) > 0)
    if (buf_write(b, tmp, k) != 0) rc = -1;
  if (ferror(f)) rc = -1;
  fclose(f);
  return rc;
}

static int write_file(const char *path, const char *s, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  int rc = fwrite(s, 1, n, f) == n ? 0 : -1;
  if (fclose(f) != 0) rc = -1;
  return rc;
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names of dir's *.txt files; *n receives their count. */
static char **list_articles(const char *dir, size_t *n) {
  *n = 0;
  DIR *dp = opendir(dir);
  if (!dp) return NULL;
  char **names = NULL;
  size_t cap = 0;
  struct dirent *de;
  while ((de = readdir(dp)) != NULL) {
    size_t l = strlen(de->d_name);
    if (l < 5 || strcmp(de->d_name + l - 4, ".txt") != 0 || de->d_name[0] == '.') continue;
    if (*n == cap) {
      cap = cap ? cap * 2 : 16;
      char **p = realloc(names, cap * sizeof *names);
      if (!p) break;
      names = p;
    }
    names[*n] = malloc(l + 1);
    if (!names[*n]) break;
    memcpy(names[*n], de->d_name, l + 1);
    (*n)++;
  }
  closedir(dp);
  if (names) qsort(names, *n, sizeof *names, cmp_names);
  return names;
}

/* ------------------------------------------------------------------ */
/* Comparing sentences                                                 */

typedef struct span {
  size_t start, end;
} span;

/* Prints text[s.start..s.end) on one line, shortened in the middle. */
static void print_span(const char *prefix, const char *text, span s) {
  size_t n = s.end - s.start;
  if (n <= 160) {
    fprintf(stderr, "%s%.*s\n", prefix, (int)n, text + s.start);
  } else {
    fprintf(stderr, "%s%.*s … %.*s\n", prefix, 70, text + s.start, 70, text + s.end - 70);
  }
}

static size_t find(const char *hay, size_t hn, size_t from, const char *needle, size_t nn) {
  if (nn == 0) return from;
  for (size_t i = from; i + nn <= hn; i++)
    if (hay[i] == needle[0] && memcmp(hay + i, needle, nn) == 0) return i;
  return (size_t)-1;
}

/* Compares the article's sentences with the annotation; returns the number
 * of differences, each reported on stderr. */
static int compare_sentences(const char *path, const char *text, size_t len, const nm_doc *d,
                             const char *ann, size_t ann_len) {
  /* Locate each annotated sentence in the text, in order. */
  span *want = NULL;
  size_t nwant = 0, cap = 0, from = 0;
  int diffs = 0;
  for (size_t i = 0; i < ann_len;) {
    size_t e = i;
    while (e < ann_len && ann[e] != '\n')
      e++;
    size_t le = e;
    if (le > i && ann[le - 1] == '\r') le--;
    if (le > i) {
      size_t at = find(text, len, from, ann + i, le - i);
      if (at == (size_t)-1) {
        fprintf(stderr, "%s: annotated sentence not found in the text (after byte %zu): %.*s\n",
                path, from, (int)(le - i), ann + i);
        diffs++;
      } else {
        if (nwant == cap) {
          cap = cap ? cap * 2 : 64;
          span *p = realloc(want, cap * sizeof *want);
          if (!p) {
            free(want);
            return diffs + 1;
          }
          want = p;
        }
        want[nwant].start = at;
        want[nwant].end = at + (le - i);
        nwant++;
        from = at + (le - i);
      }
    }
    i = e + 1;
  }
  /* Walk both lists in text order; report what differs. */
  size_t ns;
  const nm_sentence *ss = nm_doc_sentences(d, &ns);
  size_t a = 0, b = 0;
  while (a < nwant || b < ns) {
    span g = {0, 0};
    if (b < ns) g = (span){ss[b].start, ss[b].end};
    if (a < nwant && b < ns && want[a].start == g.start && want[a].end == g.end) {
      a++, b++;
      continue;
    }
    diffs++;
    /* The run of sentences that disagree, up to the next common boundary. */
    size_t a0 = a, b0 = b;
    size_t wend = a < nwant ? want[a].end : (size_t)-1;
    size_t gend = b < ns ? g.end : (size_t)-1;
    if (a < nwant) a++;
    if (b < ns) b++;
    while (wend != gend && (a < nwant || b < ns)) {
      if (wend < gend && a < nwant)
        wend = want[a++].end;
      else if (gend < wend && b < ns)
        gend = ss[b++].end;
      else
        break;
    }
    fprintf(stderr, "%s: sentence mismatch\n", path);
    for (size_t k = a0; k < a; k++)
      print_span("  want: ", text, want[k]);
    for (size_t k = b0; k < b; k++)
      print_span("   got: ", text, (span){ss[k].start, ss[k].end});
  }
  free(want);
  return diffs;
}

/* ------------------------------------------------------------------ */
/* One article                                                         */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static void count(int ok, const char *what, const char *path) {
  if (ok) {
    nm_test_passed++;
  } else {
    nm_test_failed++;
    fprintf(stderr, "FAIL %s %s\n", what, path);
  }
}

static void check_article(const char *dir, const char *name) {
  char path[1024], stem[1024], other[1100];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  snprintf(stem, sizeof stem, "%s/%.*s", dir, (int)(strlen(name) - 4), name);
  buf text = {0}, ann = {0}, want = {0}, got = {0};
  nm_doc *d = NULL;
  nm_error e = {NM_OK, NULL, 0};
  if (read_file(path, &text) != 0) {
    fprintf(stderr, "%s: cannot read\n", path);
    count(0, "read", path);
    goto done;
  }
  d = nm_doc_new(text.s, text.n, &e);
  if (!d || nm_doc_set_meta(d, NM_META_ID, path, strlen(path), &e) != NM_OK) {
    fprintf(stderr, "%s: %s\n", path, e.msg);
    count(0, "load", path);
    goto done;
  }
  if (strlen(name) > 10 && is_digit(name[0]) && is_digit(name[1]) && is_digit(name[2]) &&
      is_digit(name[3]) && name[4] == '-' && is_digit(name[5]) && is_digit(name[6]) &&
      name[7] == '-' && is_digit(name[8]) && is_digit(name[9]) &&
      nm_doc_set_meta(d, NM_META_DATE, name, 10, &e) != NM_OK) {
    fprintf(stderr, "%s: the file name's date is not a calendar date\n", path);
    count(0, "date", path);
    goto done;
  }
  if (nm_process(pipeline, d, &e) != NM_OK) {
    fprintf(stderr, "%s: nm_process: %s\n", path, e.msg);
    count(0, "process", path);
    goto done;
  }

  /* Sentences. */
  snprintf(other, sizeof other, "%s.sentences", stem);
  int sentences_ok = 0;
  if (read_file(other, &ann) != 0) {
    fprintf(stderr, "%s: missing %s\n", path, other);
  } else {
    sentences_ok = compare_sentences(path, text.s, text.n, d, ann.s, ann.n) == 0;
  }
  count(sentences_ok, "sentences", path);

  /* JSON. */
  snprintf(other, sizeof other, "%s.json", stem);
  if (nm_write_json(d, NM_OUT_TOKENS, buf_write, &got, &e) != NM_OK) {
    fprintf(stderr, "%s: nm_write_json: %s\n", path, e.msg);
    count(0, "json", path);
    goto done;
  }
  if (update_mode) {
    if (!sentences_ok) {
      fprintf(stderr, "%s: sentences differ from %s.sentences; %s not updated\n", path, stem,
              other);
    } else if (write_file(other, got.s, got.n) != 0) {
      fprintf(stderr, "%s: cannot write %s\n", path, other);
      count(0, "json", path);
      goto done;
    } else {
      fprintf(stderr, "updated %s\n", other);
    }
  }
  if (read_file(other, &want) != 0) {
    fprintf(stderr, "%s: missing %s (make it with build/tests/test_golden --update)\n", path,
            other);
    count(0, "json", path);
    goto done;
  }
  if (want.n != got.n || memcmp(want.s, got.s, got.n) != 0) {
    size_t i = 0;
    while (i < want.n && i < got.n && want.s[i] == got.s[i])
      i++;
    size_t from = i > 60 ? i - 60 : 0;
    fprintf(stderr,
            "%s: JSON differs from %s at byte %zu\n  want: …%.*s…\n   got: …%.*s…\n"
            "  (if the change is intended: build/tests/test_golden --update, and review the "
            "diff)\n",
            path, other, i, (int)((want.n - from) > 140 ? 140 : want.n - from), want.s + from,
            (int)((got.n - from) > 140 ? 140 : got.n - from), got.s + from);
    count(0, "json", path);
  } else {
    count(1, "json", path);
  }
done:
  nm_doc_free(d);
  free(text.s);
  free(ann.s);
  free(want.s);
  free(got.s);
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--update") == 0) {
      update_mode = 1;
    } else {
      fprintf(stderr, "usage: %s [--update]   (run from the repository root)\n", argv[0]);
      return 2;
    }
  }
  nm_error e = {NM_OK, NULL, 0};
  /* the shipped models and dictionaries, so that the golden records pin
   * tags, heads, entities, places and events too */
  nm_pipeline_options o; /* and the events, as `newsmill extract` codes them */
  NM_TEST_SHIPPED_OPTIONS(o);
  pipeline = nm_pipeline_new(&o, &e);
  if (!pipeline) {
    fprintf(stderr, "nm_pipeline_new: %s\n", e.msg);
    return 1;
  }
  size_t total = 0;
  for (size_t k = 0; k < sizeof golden_dirs / sizeof golden_dirs[0]; k++) {
    size_t n;
    char **names = list_articles(golden_dirs[k], &n);
    for (size_t i = 0; i < n; i++) {
      check_article(golden_dirs[k], names[i]);
      free(names[i]);
    }
    free(names);
    total += n;
  }
  (void)nm_test_failed_checks; /* counted per article instead */
  if (total == 0) {
    fprintf(stderr, "no golden articles found: run from the repository root\n");
    nm_test_failed++;
  }
  nm_pipeline_free(pipeline);
  NM_TEST_MAIN_END();
}
