/* bench.c - pipeline speed on a fixed corpus (make bench).
 *
 *   build/bench [--expect HASH] [--segment]
 *
 * --segment times the segment stage alone and stops (a quick check while
 * working on the segmenter).
 *
 * The corpus is assembled deterministically and is at least 20 MB:
 *   ud        if $NEWSMILL_DATA/ud exists (default ../shared/data/ud): the
 *             "# text = " lines of every .conllu file below it, in sorted
 *             path order. A "# newdoc" starts a document, a "# newdoc" or
 *             "# newpar" a paragraph; sentences of a paragraph are joined by
 *             one space, paragraphs by "\n". Each file starts a document.
 *   examples  otherwise: the .txt files in examples/, one document each, sorted.
 * Whole copies of the base corpus are appended until it reaches 20 MB.
 *
 * For each stage it prints MB/s (10^6 bytes of article text), tokens/s and
 * documents/s, each from the median wall time of 5 runs over the corpus
 * (the tagging and parsing stages: over the first copy of the base corpus)
 * (one core, no threads, CLOCK_MONOTONIC), and a 64-bit FNV-1a hash of the
 * stage's output, computed in a separate untimed pass, so that a speed-up
 * that changes results shows. The segment hash covers, per document, the
 * token and sentence counts and then every token span and every sentence
 * span, each number as 4 little-endian bytes. With --expect HASH the
 * program exits 3 when the hash differs.
 *
 * "spread" is (slowest - fastest) / median run time; when it is large the
 * machine was busy and the numbers are not worth comparing. "load" is the
 * median time of nm_pipeline_new(). */
#include "newsmill.h"

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define BENCH_MIN_BYTES ((size_t)20 * 1000 * 1000)
#define BENCH_RUNS      5

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static void die(const char *what, const char *detail) {
  fprintf(stderr, "bench: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
  exit(1);
}

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) die("out of memory", NULL);
  return q;
}

static char *path_join(const char *dir, const char *name) {
  size_t n = strlen(dir) + 1 + strlen(name) + 1;
  char *s = xrealloc(NULL, n);
  snprintf(s, n, "%s/%s", dir, name);
  return s;
}

static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, size_t n) {
  qsort(v, n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* 38100000 -> "38.1M" */
static const char *si(double v, char *buf, size_t cap) {
  if (v >= 1e9)
    snprintf(buf, cap, "%.2fG", v / 1e9);
  else if (v >= 1e6)
    snprintf(buf, cap, "%.1fM", v / 1e6);
  else if (v >= 1e3)
    snprintf(buf, cap, "%.1fk", v / 1e3);
  else
    snprintf(buf, cap, "%.1f", v);
  return buf;
}

/* ------------------------------------------------------------------ */
/* Sorted file lists                                                   */

typedef struct strlist {
  char **v;
  size_t n, cap;
} strlist;

static void strlist_push(strlist *l, char *s) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->v = xrealloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n++] = s;
}

static void strlist_free(strlist *l) {
  for (size_t i = 0; i < l->n; i++)
    free(l->v[i]);
  free(l->v);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the paths of files below dir (to depth levels of directories)
 * whose names end in suffix. The caller sorts. */
static void find_files(const char *dir, const char *suffix, int depth, strlist *out) {
  DIR *dh = opendir(dir);
  if (!dh) return;
  struct dirent *e;
  while ((e = readdir(dh)) != NULL) {
    if (e->d_name[0] == '.') continue;
    char *path = path_join(dir, e->d_name);
    if (is_dir(path)) {
      if (depth > 0) find_files(path, suffix, depth - 1, out);
      free(path);
    } else if (ends_with(e->d_name, suffix)) {
      strlist_push(out, path);
    } else {
      free(path);
    }
  }
  closedir(dh);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) die(strerror(errno), path);
  size_t cap = 1 << 16, n = 0;
  char *buf = xrealloc(NULL, cap);
  for (;;) {
    if (n == cap) buf = xrealloc(buf, cap *= 2);
    size_t k = fread(buf + n, 1, cap - n, f);
    n += k;
    if (k == 0) break;
  }
  if (ferror(f)) die("read error", path);
  fclose(f);
  *len = n;
  return buf;
}

/* ------------------------------------------------------------------ */
/* Corpus: documents stored back to back; doc i is buf[off[i]..off[i+1]) */

typedef struct corpus {
  char *buf;
  size_t len, cap;
  size_t *off; /* n_docs + 1 entries once finished */
  size_t n_docs, off_cap;
  size_t doc_start; /* start of the document being built */
  size_t base_docs, base_len; /* the first copy of the base corpus */
} corpus;

static void corpus_put(corpus *c, const char *s, size_t n) {
  if (c->len + n > c->cap) {
    while (c->len + n > c->cap)
      c->cap = c->cap ? c->cap * 2 : 1 << 20;
    c->buf = xrealloc(c->buf, c->cap);
  }
  memcpy(c->buf + c->len, s, n);
  c->len += n;
}

static void corpus_push_off(corpus *c, size_t off) {
  if (c->n_docs + 1 >= c->off_cap) {
    c->off_cap = c->off_cap ? c->off_cap * 2 : 1024;
    c->off = xrealloc(c->off, c->off_cap * sizeof *c->off);
  }
  c->off[c->n_docs] = off;
}

/* Ends the document being built; an empty one is dropped. */
static void corpus_end_doc(corpus *c) {
  if (c->len == c->doc_start) return;
  corpus_push_off(c, c->doc_start);
  c->n_docs++;
  c->doc_start = c->len;
}

static void corpus_finish(corpus *c) {
  corpus_end_doc(c);
  corpus_push_off(c, c->len);
}

/* Is line[0..n) the comment word (e.g. "# newpar") alone or followed by a
 * space? "# newpar_block = ..." is another comment. */
static bool is_comment(const char *line, size_t n, const char *word) {
  size_t k = strlen(word);
  return n >= k && memcmp(line, word, k) == 0 && (n == k || line[k] == ' ' || line[k] == '\t');
}

/* Adds the "# text" lines of one CoNLL-U file, as described at the top. */
static void add_conllu_file(corpus *c, const char *path) {
  size_t len;
  char *buf = read_file(path, &len);
  bool new_par = true;
  for (size_t pos = 0; pos < len;) {
    const char *line = buf + pos;
    const char *nl = memchr(line, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - line) : len - pos;
    pos += n + (nl ? 1 : 0);
    if (n && line[n - 1] == '\r') n--;
    if (n == 0 || line[0] != '#') continue;
    if (is_comment(line, n, "# newdoc")) {
      corpus_end_doc(c);
      new_par = true;
    } else if (is_comment(line, n, "# newpar")) {
      new_par = true;
    } else if (n >= 9 && memcmp(line, "# text = ", 9) == 0) {
      if (c->len > c->doc_start) corpus_put(c, new_par ? "\n" : " ", 1);
      corpus_put(c, line + 9, n - 9);
      new_par = false;
    }
  }
  corpus_end_doc(c);
  free(buf);
}

static void add_text_file(corpus *c, const char *path) {
  size_t len;
  char *buf = read_file(path, &len);
  corpus_put(c, buf, len);
  corpus_end_doc(c);
  free(buf);
}

/* Builds the corpus; returns its source name. */
static const char *build_corpus(corpus *c) {
  const char *data = getenv("NEWSMILL_DATA");
  if (!data || !*data) data = "../shared/data";
  char *ud = path_join(data, "ud");
  strlist files = {NULL, 0, 0};
  const char *source;
  if (is_dir(ud)) {
    source = "ud";
    find_files(ud, ".conllu", 2, &files);
    if (!files.n) die("no .conllu files found below", ud);
    qsort(files.v, files.n, sizeof *files.v, cmp_str);
    for (size_t i = 0; i < files.n; i++)
      add_conllu_file(c, files.v[i]);
  } else {
    source = "examples";
    find_files("examples", ".txt", 0, &files);
    if (!files.n) die("neither $NEWSMILL_DATA/ud nor examples/*.txt found", ud);
    qsort(files.v, files.n, sizeof *files.v, cmp_str);
    for (size_t i = 0; i < files.n; i++)
      add_text_file(c, files.v[i]);
  }
  strlist_free(&files);
  free(ud);

  /* Whole copies of the base corpus until it is big enough. */
  size_t base_len = c->len, base_docs = c->n_docs;
  if (!base_len) die("the corpus is empty", source);
  c->base_docs = base_docs;
  c->base_len = base_len;
  while (c->len < BENCH_MIN_BYTES) {
    for (size_t i = 0; i < base_docs; i++) {
      size_t a = c->off[i], b = i + 1 < base_docs ? c->off[i + 1] : base_len;
      /* the buffer may move while it grows: copy through an offset */
      if (c->len + (b - a) > c->cap) {
        while (c->len + (b - a) > c->cap)
          c->cap *= 2;
        c->buf = xrealloc(c->buf, c->cap);
      }
      memcpy(c->buf + c->len, c->buf + a, b - a);
      c->len += b - a;
      corpus_end_doc(c);
    }
  }
  corpus_finish(c);
  return source;
}

/* ------------------------------------------------------------------ */
/* The segment stage                                                   */

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME  0x100000001b3ull

static uint64_t fnv_u32(uint64_t h, uint32_t v) {
  for (int i = 0; i < 4; i++) {
    h ^= (v >> (8 * i)) & 0xFFu;
    h *= FNV_PRIME;
  }
  return h;
}

static nm_doc *segment_doc(const nm_pipeline *p, const corpus *c, size_t i) {
  nm_error err = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(c->buf + c->off[i], c->off[i + 1] - c->off[i], &err);
  if (!d || nm_process(p, d, &err) != NM_OK) die("processing failed", err.msg);
  return d;
}

/* The untimed pass: the output hash and the token count. */
static uint64_t segment_hash(const nm_pipeline *p, const corpus *c, uint64_t *n_tokens) {
  uint64_t h = FNV_OFFSET, total = 0;
  for (size_t i = 0; i < c->n_docs; i++) {
    nm_doc *d = segment_doc(p, c, i);
    size_t nt, ns;
    const nm_token *tok = nm_doc_tokens(d, &nt);
    const nm_sentence *sen = nm_doc_sentences(d, &ns);
    h = fnv_u32(h, (uint32_t)nt);
    h = fnv_u32(h, (uint32_t)ns);
    for (size_t t = 0; t < nt; t++)
      h = fnv_u32(fnv_u32(h, tok[t].start), tok[t].end);
    for (size_t s = 0; s < ns; s++)
      h = fnv_u32(fnv_u32(h, sen[s].start), sen[s].end);
    total += nt;
    nm_doc_free(d);
  }
  *n_tokens = total;
  return h;
}

/* The untimed pass for tagging: a hash of every UPOS, XPOS and lemma. */
static uint64_t tag_hash(const nm_pipeline *p, const corpus *c) {
  uint64_t h = FNV_OFFSET;
  for (size_t i = 0; i < c->n_docs; i++) {
    nm_doc *d = segment_doc(p, c, i);
    size_t n;
    const nm_word_tags *tg = nm_doc_tags(d, &n);
    for (size_t t = 0; t < n; t++)
      for (const char *const *f = (const char *const[]){tg[t].upos, tg[t].xpos, tg[t].lemma, NULL};
           *f; f++)
        for (const char *q = *f; *q; q++) {
          h ^= (unsigned char)*q;
          h *= FNV_PRIME;
        }
    for (size_t t = 0; t < n; t++) {
      for (const char *q = tg[t].deprel ? tg[t].deprel : ""; *q; q++) {
        h ^= (unsigned char)*q;
        h *= FNV_PRIME;
      }
      h ^= tg[t].head;
      h *= FNV_PRIME;
    }
    nm_doc_free(d);
  }
  return h;
}

/* One timed run over the corpus; returns seconds. */
/* Processes the corpus; *n_tokens and *n_sentences (when not NULL) get
 * the counts. Returns the seconds it took. */
static double segment_run(const nm_pipeline *p, const corpus *c, uint64_t *n_tokens,
                          uint64_t *n_sentences) {
  uint64_t total = 0, sentences = 0;
  double t0 = now_seconds();
  for (size_t i = 0; i < c->n_docs; i++) {
    nm_doc *d = segment_doc(p, c, i);
    size_t nt, ns;
    nm_doc_tokens(d, &nt);
    nm_doc_sentences(d, &ns);
    total += nt;
    sentences += ns;
    nm_doc_free(d);
  }
  double t = now_seconds() - t0;
  *n_tokens = total;
  if (n_sentences) *n_sentences = sentences;
  return t;
}

static int readable(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f) fclose(f);
  return f != NULL;
}

/* Times the pipeline with a tagger (and a parser when ppath is given).
 * *before is the median time of the previous stage, for this stage's own
 * speed; it receives this stage's. Returns 0 when a model is missing. */
static int model_stage(const corpus *c, uint64_t n_tokens, const char *name, const char *own,
                       const nm_pipeline_options *o, double *before) {
  /* c is the base corpus (one copy: repeating it tells a model nothing) */
  const char *need[7] = {o->tagger_model, o->parser_model, o->ner_model, o->gazetteer,
                         o->tone_lexicon, o->geonames,     o->cameo};
  for (int k = 0; k < 7; k++)
    if (need[k] && !readable(need[k])) {
      printf("%s: no model at %s; skipped\n", own, need[k]);
      return 0;
    }
  nm_pipeline *pt = NULL;
  double load[BENCH_RUNS];
  for (int r = 0; r < BENCH_RUNS; r++) {
    nm_error err = {NM_OK, NULL, 0};
    nm_pipeline_free(pt);
    double t0 = now_seconds();
    pt = nm_pipeline_new(o, &err);
    load[r] = now_seconds() - t0;
    if (!pt) die("loading the models failed", err.msg);
  }
  uint64_t th = tag_hash(pt, c);
  double st[BENCH_RUNS];
  uint64_t ns = 0;
  for (int r = 0; r < BENCH_RUNS; r++) {
    uint64_t n = 0;
    st[r] = segment_run(pt, c, &n, &ns);
  }
  double t2 = median(st, BENCH_RUNS);
  double spread2 = (st[BENCH_RUNS - 1] - st[0]) / t2 * 100;
  double only = t2 > *before ? t2 - *before : 1e-9;
  char hex2[17], tok_s[32], doc_s[32];
  snprintf(hex2, sizeof hex2, "%016llx", (unsigned long long)th);
  printf("%-13s %-8.1f %-11s %-9s %s  %.0f%%\n", name, (double)c->len / 1e6 / t2,
         si((double)n_tokens / t2, tok_s, sizeof tok_s),
         si((double)c->n_docs / t2, doc_s, sizeof doc_s), hex2, spread2);
  if (t2 - *before < 0.01 * t2) /* less than the runs' noise */
    printf("%-13s %-8s %-11s (this stage alone: under 1%% of the total, within noise)\n", own,
           "-", "-");
  else
    printf("%-13s %-8s %-11s (this stage alone: minus the stage before)\n", own, "-",
           si((double)n_tokens / only, tok_s, sizeof tok_s));
  if (o->cameo) { /* event coding's goals are in sentences per second */
    if (t2 - *before < 0.01 * t2)
      printf("%-13s sentences/s: %.0f whole pipeline; this stage alone within noise\n", own,
             (double)ns / t2);
    else
      printf("%-13s sentences/s: %.0f whole pipeline, %.0f this stage alone\n", own,
             (double)ns / t2, (double)ns / only);
  }
  printf("models load: %.1f ms (%s, median of %d)\n", median(load, BENCH_RUNS) * 1e3,
         o->cameo         ? "all models and dictionaries"
         : o->geonames    ? "models and dictionaries but the event ones"
         : o->ner_model   ? "tagger+parser+NER+gazetteer"
         : o->parser_model ? "tagger+parser"
                           : "tagger",
         BENCH_RUNS);
  nm_pipeline_free(pt);
  *before = t2;
  return 1;
}

/* ------------------------------------------------------------------ */

int main(int argc, char **argv) {
  const char *expect = NULL;
  int segment_only = 0; /* --segment: the segment stage alone, for quick runs */
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--expect") == 0 && i + 1 < argc) {
      expect = argv[++i];
    } else if (strcmp(argv[i], "--segment") == 0) {
      segment_only = 1;
    } else {
      fprintf(stderr, "usage: bench [--expect HASH] [--segment]\n");
      return 2;
    }
  }

  corpus c;
  memset(&c, 0, sizeof c);
  const char *source = build_corpus(&c);
  printf("corpus: %s (%.1f MB, %zu docs)\n", source, (double)c.len / 1e6, c.n_docs);

  double load[BENCH_RUNS];
  nm_pipeline *p = NULL;
  for (int r = 0; r < BENCH_RUNS; r++) {
    nm_error err = {NM_OK, NULL, 0};
    nm_pipeline_free(p);
    double t0 = now_seconds();
    nm_pipeline_options seg_only = {0};
    seg_only.segment_only = 1; /* the segment stage alone */
    p = nm_pipeline_new(&seg_only, &err);
    load[r] = now_seconds() - t0;
    if (!p) die("nm_pipeline_new failed", err.msg);
  }
  printf("load: %.1f us (nm_pipeline_new, median of %d)\n", median(load, BENCH_RUNS) * 1e6,
         BENCH_RUNS);

  uint64_t n_tokens = 0;
  uint64_t hash = segment_hash(p, &c, &n_tokens);
  double secs[BENCH_RUNS];
  for (int r = 0; r < BENCH_RUNS; r++) {
    uint64_t n = 0;
    secs[r] = segment_run(p, &c, &n, NULL);
    if (n != n_tokens) die("token count changed between runs", NULL);
  }
  double t = median(secs, BENCH_RUNS); /* sorts secs */
  /* How far apart the runs were: a large spread means a busy machine. */
  double spread = (secs[BENCH_RUNS - 1] - secs[0]) / t * 100;

  char hex[17], tok_s[32], doc_s[32];
  snprintf(hex, sizeof hex, "%016llx", (unsigned long long)hash);
  printf("stage         MB/s     tokens/s    docs/s    hash              spread  (median of %d "
         "runs)\n",
         BENCH_RUNS);
  printf("%-13s %-8.1f %-11s %-9s %s  %.0f%%\n", "segment", (double)c.len / 1e6 / t,
         si((double)n_tokens / t, tok_s, sizeof tok_s),
         si((double)c.n_docs / t, doc_s, sizeof doc_s), hex, spread);

  /* Tagging and parsing, when the models are at hand ($NEWSMILL_MODELS or
   * models/). Each stage's own speed is the difference from the stage
   * before it. */
  /* The model stages run on one copy of the base corpus, which is enough
   * for stable numbers at their speed; its segment time is measured again
   * so that each stage's own speed is a difference on the same text. */
  corpus base = c;
  base.n_docs = segment_only ? 0 : c.base_docs;
  base.len = c.base_len;
  uint64_t base_tokens = 0;
  for (int r = 0; r < BENCH_RUNS && base.n_docs; r++)
    secs[r] = segment_run(p, &base, &base_tokens, NULL);
  if (base.n_docs) printf("models on the base corpus: %.1f MB, %zu docs, %llu tokens\n", (double)base.len / 1e6,
         base.n_docs, (unsigned long long)base_tokens);
  const char *mdir = getenv("NEWSMILL_MODELS");
  char tpath[4096], ppath[4096], npath[4096];
  snprintf(tpath, sizeof tpath, "%s/tagger.nmm", mdir && *mdir ? mdir : "models");
  snprintf(ppath, sizeof ppath, "%s/parser.nmm", mdir && *mdir ? mdir : "models");
  snprintf(npath, sizeof npath, "%s/ner.nmm", mdir && *mdir ? mdir : "models");
  nm_pipeline_options o;
  memset(&o, 0, sizeof o);
  o.tagger_model = tpath;
  double before = median(secs, BENCH_RUNS);
  /* Each stage adds models to the one before; times and quotes need none
   * and run in every stage (docs/times.md, docs/quotes.md: both run at
   * millions of tokens per second). */
  if (base.n_docs && model_stage(&base, base_tokens, "seg+tag", "tag", &o, &before)) {
    o.parser_model = ppath;
    if (model_stage(&base, base_tokens, "seg+tag+parse", "parse", &o, &before)) {
      o.ner_model = npath;
      o.gazetteer = "dict/gazetteer.nmm";
      /* mentions and coref together: the "entities" stages */
      if (model_stage(&base, base_tokens, "+entities", "entities", &o, &before)) {
        o.geonames = "dict/geonames.nmm";
        o.tone_lexicon = "dict/tone.nmm";
        if (model_stage(&base, base_tokens, "+places+tone", "places+tone", &o, &before)) {
          o.cameo = "dict/cameo.nmm";
          model_stage(&base, base_tokens, "+events", "events", &o, &before);
        }
      }
    }
  }

  nm_pipeline_free(p);
  free(c.buf);
  free(c.off);
  if (expect && strcmp(expect, hex) != 0) {
    fprintf(stderr, "bench: segment hash %s differs from the expected %s\n", hex, expect);
    return 3;
  }
  return 0;
}
