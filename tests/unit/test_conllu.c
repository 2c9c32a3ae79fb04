/* test_conllu.c - the CoNLL-U reader and writer.
 *
 * Fixture: tests/data/conllu/small.conllu, two documents. doc-a has a
 * multiword token that spells its words (don't = do + n't), one that does not
 * (Gonna = going + to), an empty node, a comment to skip, "# newpar_block"
 * (not a paragraph break), a sentence without "# text", and SpaceAfter=No on
 * words and on a range line. doc-b ends without a blank line. */
#include "newsmill.h"
#include "test.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

static char *read_fixture(const char *name, size_t *len) {
  /* Tests run from the repo root (make test); failing that, the fixture is
   * found beside this source file as the compiler named it. */
  char here[512];
  snprintf(here, sizeof here, "%s", __FILE__);
  char *slash = strstr(here, "unit/test_conllu.c");
  if (slash) strcpy(slash, "data/conllu/");
  const char *const dirs[] = {"tests/data/conllu/", slash ? here : "../tests/data/conllu/"};
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s%s", dirs[i], name);
    FILE *f = fopen(path, "rb");
    if (!f) continue;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
      n += k;
      if (n == cap) {
        char *p = realloc(buf, cap *= 2);
        if (!p) {
          free(buf);
          buf = NULL;
        }
        buf = p;
      }
    }
    fclose(f);
    *len = n;
    return buf;
  }
  fprintf(stderr, "cannot find fixture %s\n", name);
  return NULL;
}

/* A one-token-per-line document with the other columns unspecified. */
#define TOK(id, form, misc) id "\t" form "\t_\t_\t_\t_\t_\t_\t_\t" misc "\n"

static nm_doc *read_one(const char *s, nm_error *err) {
  size_t consumed = 0, line = 1;
  return nm_conllu_read_doc(s, strlen(s), &consumed, &line, err);
}

static void check_span(const nm_token *t, uint32_t start, uint32_t end, uint32_t flags) {
  NM_CHECK_EQ_INT(t->start, start);
  NM_CHECK_EQ_INT(t->end, end);
  NM_CHECK_EQ_INT(t->flags, flags);
}

typedef struct membuf {
  char *p;
  size_t n, cap;
  int fail_after; /* nonzero: fail on that call */
  int calls;
} membuf;

static int mem_write(void *ctx, const char *buf, size_t len) {
  membuf *m = ctx;
  if (m->fail_after && ++m->calls >= m->fail_after) return -1;
  if (m->n + len + 1 > m->cap) {
    size_t cap = (m->n + len + 1) * 2;
    char *p = realloc(m->p, cap);
    if (!p) return -1;
    m->p = p;
    m->cap = cap;
  }
  memcpy(m->p + m->n, buf, len);
  m->n += len;
  m->p[m->n] = '\0';
  return 0;
}

static nm_status process(nm_doc *d) {
  nm_error err = {0};
  nm_pipeline *p = nm_pipeline_new(NULL, &err);
  if (!p) return err.code;
  nm_status st = nm_process(p, d, &err);
  nm_pipeline_free(p);
  return st;
}

/* ------------------------------------------------------------------ */
/* Reader                                                              */

static const char doc_a_text[] =
    "I don't know. It rained, then it stopped.\n\nGonna win! (we can't)";

static void check_doc_a(const nm_doc *d) {
  size_t len, n;
  const char *text = nm_doc_text(d, &len);
  NM_CHECK_EQ_INT(len, sizeof doc_a_text - 1);
  NM_CHECK(len == sizeof doc_a_text - 1 && memcmp(text, doc_a_text, len) == 0);
  const char *id = nm_doc_meta(d, NM_META_ID, &n);
  NM_CHECK(id && n == 5 && memcmp(id, "doc-a", 5) == 0);

  const nm_paragraph *p = nm_doc_paragraphs(d, &n);
  NM_CHECK_EQ_INT(n, 2);
  if (n == 2) {
    NM_CHECK_EQ_INT(p[0].start, 0);
    NM_CHECK_EQ_INT(p[0].end, 41);
    NM_CHECK_EQ_INT(p[0].n_sentences, 2);
    NM_CHECK_EQ_INT(p[1].start, 43);
    NM_CHECK_EQ_INT(p[1].end, 64);
    NM_CHECK_EQ_INT(p[1].first_sentence, 2);
    NM_CHECK_EQ_INT(p[1].n_sentences, 2);
  }
  const nm_sentence *s = nm_doc_sentences(d, &n);
  NM_CHECK_EQ_INT(n, 4);
  if (n == 4) {
    static const uint32_t want[4][4] = {/* start, end, first_token, n_tokens */
                                        {0, 13, 0, 5},
                                        {14, 41, 5, 7},
                                        {43, 53, 12, 4},
                                        {54, 64, 16, 5}};
    for (int i = 0; i < 4; i++) {
      NM_CHECK_EQ_INT(s[i].start, want[i][0]);
      NM_CHECK_EQ_INT(s[i].end, want[i][1]);
      NM_CHECK_EQ_INT(s[i].first_token, want[i][2]);
      NM_CHECK_EQ_INT(s[i].n_tokens, want[i][3]);
    }
  }
  const nm_token *t = nm_doc_tokens(d, &n);
  NM_CHECK_EQ_INT(n, 21);
  if (n != 21) return;
  const uint32_t NSA = NM_TOK_NO_SPACE_AFTER, J = NM_TOK_JOINED;
  /* I do|n't know. */
  check_span(&t[0], 0, 1, 0);
  check_span(&t[1], 2, 4, 0);
  check_span(&t[2], 4, 7, J);
  check_span(&t[3], 8, 12, NSA);
  check_span(&t[4], 12, 13, 0);
  NM_CHECK(t[1].form == NULL && t[2].form == NULL);
  /* It rained, then it stopped. (empty node 5.1 skipped) */
  check_span(&t[5], 14, 16, 0);
  check_span(&t[6], 17, 23, NSA);
  check_span(&t[7], 23, 24, 0);
  check_span(&t[10], 33, 40, NSA);
  check_span(&t[11], 40, 41, 0);
  /* Gonna = going + to: both words span the surface and keep their forms */
  check_span(&t[12], 43, 48, 0);
  check_span(&t[13], 43, 48, J);
  NM_CHECK_EQ_STR(t[12].form, "going");
  NM_CHECK_EQ_STR(t[13].form, "to");
  check_span(&t[14], 49, 52, NSA);
  check_span(&t[15], 52, 53, 0);
  /* (we ca|n't) rebuilt from FORM; SpaceAfter=No from the range line */
  check_span(&t[16], 54, 55, NSA);
  check_span(&t[17], 55, 57, 0);
  check_span(&t[18], 58, 60, 0);
  check_span(&t[19], 60, 63, J | NSA);
  check_span(&t[20], 63, 64, 0);
  for (int i = 0; i < 21; i++)
    NM_CHECK_EQ_INT(t[i].sentence, i < 5 ? 0 : i < 12 ? 1 : i < 16 ? 2 : 3);
}

static void check_doc_b(const nm_doc *d) {
  size_t len, n;
  const char *text = nm_doc_text(d, &len);
  NM_CHECK(len == 11 && memcmp(text, "Second doc.", 11) == 0);
  const char *id = nm_doc_meta(d, NM_META_ID, &n);
  NM_CHECK(id && n == 5 && memcmp(id, "doc-b", 5) == 0);
  nm_doc_paragraphs(d, &n);
  NM_CHECK_EQ_INT(n, 1);
  const nm_token *t = nm_doc_tokens(d, &n);
  NM_CHECK_EQ_INT(n, 3);
  if (n == 3) check_span(&t[1], 7, 10, NM_TOK_NO_SPACE_AFTER);
}

/* Reads both documents of buf and checks them. */
static void check_fixture(const char *buf, size_t len, size_t end_line) {
  nm_error err = {0};
  size_t off = 0, consumed, line = 1;
  nm_doc *a = nm_conllu_read_doc(buf, len, &consumed, &line, &err);
  NM_CHECK(a != NULL);
  NM_CHECK_EQ_INT(err.code, NM_OK);
  NM_CHECK_EQ_INT(line, 42); /* "# newdoc id = doc-b" */
  NM_CHECK(consumed < len && memcmp(buf + consumed, "# newdoc id = doc-b", 19) == 0);
  if (a) check_doc_a(a);
  nm_doc_free(a);
  off += consumed;

  nm_doc *b = nm_conllu_read_doc(buf + off, len - off, &consumed, &line, &err);
  NM_CHECK(b != NULL);
  NM_CHECK_EQ_INT(off + consumed, len);
  NM_CHECK_EQ_INT(line, end_line);
  if (b) check_doc_b(b);
  nm_doc_free(b);
  off += consumed;

  nm_doc *none = nm_conllu_read_doc(buf + off, len - off, &consumed, &line, &err);
  NM_CHECK(none == NULL);
  NM_CHECK_EQ_INT(consumed, 0);
  NM_CHECK_EQ_INT(err.code, NM_OK);
}

NM_TEST(test_read_fixture) {
  size_t len;
  char *buf = read_fixture("small.conllu", &len);
  NM_CHECK(buf != NULL);
  if (!buf) return;
  check_fixture(buf, len, 47);
  free(buf);
}

NM_TEST(test_read_crlf_and_no_final_newline) {
  size_t len;
  char *buf = read_fixture("small.conllu", &len);
  NM_CHECK(buf != NULL);
  if (!buf) return;
  char *crlf = malloc(2 * len);
  size_t n = 0;
  for (size_t i = 0; crlf && i < len; i++) {
    if (buf[i] == '\n') crlf[n++] = '\r';
    crlf[n++] = buf[i];
  }
  NM_CHECK(crlf != NULL);
  if (crlf) check_fixture(crlf, n, 47);
  /* The same without the final line break. */
  NM_CHECK(len && buf[len - 1] == '\n');
  check_fixture(buf, len - 1, 46);
  free(crlf);
  free(buf);
}

NM_TEST(test_read_empty_inputs) {
  nm_error err = {NM_ERR_IO, NULL, 0};
  size_t consumed = 99, line = 5;
  NM_CHECK(nm_conllu_read_doc("", 0, &consumed, &line, &err) == NULL);
  NM_CHECK_EQ_INT(consumed, 0);
  NM_CHECK_EQ_INT(err.code, NM_OK);
  NM_CHECK_EQ_INT(line, 5);

  const char *s = "\n# just a comment\n\n  \r\n# newdoc id = x\n";
  NM_CHECK(nm_conllu_read_doc(s, strlen(s), &consumed, &line, &err) == NULL);
  NM_CHECK_EQ_INT(consumed, strlen(s));
  NM_CHECK_EQ_INT(err.code, NM_OK);
  NM_CHECK_EQ_INT(line, 10);
}

NM_TEST(test_read_newpar_and_newdoc_start_paragraphs) {
  nm_error err = {0};
  /* A comment-only block passes its "# newpar" on to the next sentence. */
  const char *s = "# text = A.\n" TOK(
      "1", "A.", "_") "\n"
                      "# text = B.\n" TOK("1", "B.", "_") "\n"
                                                          "# newpar\n\n"
                                                          "# text = C.\n" TOK("1", "C.", "_");
  nm_doc *d = read_one(s, &err);
  NM_CHECK(d != NULL);
  if (!d) return;
  size_t len, n;
  const char *text = nm_doc_text(d, &len);
  NM_CHECK(len == 9 && memcmp(text, "A. B.\n\nC.", 9) == 0);
  const nm_paragraph *p = nm_doc_paragraphs(d, &n);
  NM_CHECK_EQ_INT(n, 2);
  if (n == 2) NM_CHECK_EQ_INT(p[0].n_sentences, 2);
  NM_CHECK(nm_doc_meta(d, NM_META_ID, &n) == NULL);
  nm_doc_free(d);
}

/* Each malformed input fails with NM_ERR_PARSE at the given line. */
static void check_parse_error(const char *s, size_t want_line) {
  nm_error err = {0};
  size_t consumed = 0, line = 1;
  nm_doc *d = nm_conllu_read_doc(s, strlen(s), &consumed, &line, &err);
  NM_CHECK(d == NULL);
  nm_doc_free(d);
  NM_CHECK_EQ_INT(err.code, NM_ERR_PARSE);
  NM_CHECK(err.msg != NULL);
  NM_CHECK_EQ_INT(err.pos, want_line);
  NM_CHECK_EQ_INT(consumed, strlen(s));
  if (err.code != NM_ERR_PARSE || err.pos != want_line) fprintf(stderr, "  input: %s\n", s);
}

NM_TEST(test_read_malformed) {
  /* column counts */
  check_parse_error("# text = Hi\n1\tHi\t_\n", 2);
  check_parse_error("1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\t_\n", 1);
  check_parse_error("1\tHi\t_\t_\t_\t_\t_\t_\t_\t\n", 1); /* empty MISC */
  check_parse_error("1\t\t_\t_\t_\t_\t_\t_\t_\t_\n", 1);  /* empty FORM */
  check_parse_error("just some words\n", 1);
  check_parse_error(TOK("1", " ", "_"), 1); /* white-space FORM */
  check_parse_error(TOK("1", "\xc2\xa0", "_"), 1);
  check_parse_error(TOK("1-2", "ab", "_") TOK("1", "ab", "_") TOK("2", "\xe3\x80\x80", "_"), 3);
  /* bad IDs */
  check_parse_error(TOK("x", "Hi", "_"), 1);
  check_parse_error(TOK("0", "Hi", "_"), 1);
  check_parse_error(TOK("01", "Hi", "_"), 1);
  check_parse_error(TOK("-1", "Hi", "_"), 1);
  check_parse_error(TOK("1-1", "Hi", "_") TOK("1", "Hi", "_"), 1);
  check_parse_error(TOK("1.", "Hi", "_"), 1);
  check_parse_error(TOK("1.0", "Hi", "_"), 1);
  check_parse_error(TOK("99999999999", "Hi", "_"), 1);
  /* out of sequence */
  check_parse_error(TOK("2", "Hi", "_"), 1);
  check_parse_error(TOK("1", "a", "_") TOK("3", "b", "_"), 2);
  check_parse_error(TOK("1", "a", "_") TOK("1", "b", "_"), 2);
  check_parse_error(TOK("1", "a", "_") TOK("3-4", "bc", "_") TOK("3", "b", "_"), 2);
  check_parse_error(TOK("1-2", "ab", "_") TOK("1", "a", "_") TOK("2-3", "b", "_"), 3);
  check_parse_error(TOK("1-2", "ab", "_") TOK("1", "a", "_") "\n", 1); /* range not closed */
  check_parse_error(TOK("1", "a", "_") TOK("2.1", "b", "_"), 2);
  check_parse_error(TOK("1", "a", "_") TOK("1.2", "b", "_"), 2);
  /* comments inside a sentence; two texts */
  check_parse_error(TOK("1", "a", "_") "# text = a\n" TOK("2", "b", "_"), 2);
  check_parse_error("# text = a\n# text = a\n" TOK("1", "a", "_"), 2);
  /* "# text" disagrees with the forms */
  check_parse_error("# text = Hello world.\n" TOK("1", "Hello", "_") TOK("2", "earth", "_")
                        TOK("3", ".", "_"),
                    3);
  check_parse_error("# text = Hello world.\n" TOK("1", "Hello", "_") TOK("2", "world", "_"), 1);
  check_parse_error("# text = Hi\n" TOK("1-2", "Hey", "_") TOK("1", "H", "_") TOK("2", "i", "_"),
                    2);
  check_parse_error("# text =\n" TOK("1", "Hi", "_"), 2);
}

NM_TEST(test_read_skips_a_bad_document) {
  const char *s = "# newdoc id = bad\n" TOK("1", "a", "_")
      TOK("3", "b", "_") "\n"
                         "# newdoc id = good\n" TOK("1", "ok", "_");
  nm_error err = {0};
  size_t len = strlen(s), consumed, line = 1;
  nm_doc *d = nm_conllu_read_doc(s, len, &consumed, &line, &err);
  NM_CHECK(d == NULL);
  NM_CHECK_EQ_INT(err.code, NM_ERR_PARSE);
  NM_CHECK_EQ_INT(err.pos, 3);
  NM_CHECK_EQ_INT(line, 5);
  NM_CHECK(memcmp(s + consumed, "# newdoc id = good", 18) == 0);
  d = nm_conllu_read_doc(s + consumed, len - consumed, &consumed, &line, &err);
  NM_CHECK(d != NULL);
  NM_CHECK_EQ_INT(err.code, NM_OK);
  size_t n;
  const char *id = nm_doc_meta(d, NM_META_ID, &n);
  NM_CHECK(id && n == 4 && memcmp(id, "good", 4) == 0);
  nm_doc_free(d);
}

NM_TEST(test_read_odd_but_valid) {
  nm_error err = {0};
  /* Text with invalid UTF-8, NUL and a non-breaking space between tokens;
   * a form that begins with a space-like character (U+00A0). */
  static const char s[] =
      "# text = a\xff b\xc2\xa0"
      "c \xc2\xa0"
      "d\n" TOK("1", "a\xff", "_") TOK("2", "b", "_") TOK("3", "c", "_") TOK("4",
                                                                             "\xc2\xa0"
                                                                             "d",
                                                                             "_");
  size_t consumed, line = 1;
  nm_doc *d = nm_conllu_read_doc(s, sizeof s - 1, &consumed, &line, &err);
  NM_CHECK(d != NULL);
  if (!d) {
    fprintf(stderr, "  %s at %zu\n", err.msg, err.pos);
    return;
  }
  size_t n;
  const nm_token *t = nm_doc_tokens(d, &n);
  NM_CHECK_EQ_INT(n, 4);
  if (n == 4) {
    check_span(&t[0], 0, 2, NM_TOK_INVALID_UTF8);
    check_span(&t[1], 3, 4, 0);
    check_span(&t[2], 6, 7, 0);
    check_span(&t[3], 8, 11, 0);
  }
  nm_doc_free(d);
}

/* Random bytes and mutated CoNLL-U never crash and always make progress. */
NM_TEST(test_read_garbage) {
  size_t len;
  char *fix = read_fixture("small.conllu", &len);
  NM_CHECK(fix != NULL);
  if (!fix) return;
  uint32_t seed = 12345;
  char buf[2048];
  for (int round = 0; round < 3000; round++) {
    size_t n = len < sizeof buf ? len : sizeof buf;
    memcpy(buf, fix, n);
    int edits = 1 + round % 8;
    for (int e = 0; e < edits; e++) {
      seed = seed * 1103515245u + 12345u;
      size_t at = (seed >> 8) % n;
      seed = seed * 1103515245u + 12345u;
      static const char alphabet[] = "\t\n\r #-.0123456789=_\xff\xc3";
      buf[at] = (round & 1) ? (char)(seed >> 16) : alphabet[(seed >> 16) % (sizeof alphabet - 1)];
    }
    size_t off = 0, line = 1;
    while (off < n) {
      nm_error err = {0};
      size_t consumed = 0;
      nm_doc *d = nm_conllu_read_doc(buf + off, n - off, &consumed, &line, &err);
      NM_CHECK(consumed > 0 || n == off);
      NM_CHECK(d != NULL || err.code == NM_OK || err.code == NM_ERR_PARSE);
      if (d) NM_CHECK(process(d) == NM_OK);
      nm_doc_free(d);
      if (!consumed) break;
      off += consumed;
    }
  }
  free(fix);
}

/* ------------------------------------------------------------------ */
/* Writer                                                              */

#define W(id, form, misc) id "\t" form "\t_\t_\t_\t_\t_\t_\t_\t" misc "\n"

static const char doc_a_conllu[] =
    "# newdoc id = doc-a\n"
    "# newpar\n"
    "# sent_id = doc-a-1\n"
    "# text = I don't know.\n" W("1", "I", "_") W("2-3", "don't", "_") W("2", "do", "_")
        W("3", "n't", "_") W("4", "know", "SpaceAfter=No")
            W("5", ".",
              "_") "\n"
                   "# sent_id = doc-a-2\n"
                   "# text = It rained, then it stopped.\n" W("1", "It", "_")
                       W("2", "rained", "SpaceAfter=No") W("3", ",", "_") W("4", "then", "_")
                           W("5", "it", "_") W("6", "stopped", "SpaceAfter=No")
                               W("7", ".",
                                 "_") "\n"
                                      "# newpar\n"
                                      "# sent_id = doc-a-3\n"
                                      "# text = Gonna win!\n" W("1-2", "Gonna", "_")
                                          W("1", "going", "_") W("2", "to", "_")
                                              W("3", "win", "SpaceAfter=No")
                                                  W("4", "!",
                                                    "_") "\n"
                                                         "# sent_id = doc-a-4\n"
                                                         "# text = (we can't)\n" W("1", "(",
                                                                                   "SpaceAfter=No")
                                                             W("2", "we", "_")
                                                                 W("3-4", "can't", "SpaceAfter=No")
                                                                     W("3", "ca", "_")
                                                                         W("4", "n't", "_")
                                                                             W("5", ")", "_") "\n";

NM_TEST(test_write_round_trip) {
  size_t len, consumed, line = 1;
  char *buf = read_fixture("small.conllu", &len);
  NM_CHECK(buf != NULL);
  if (!buf) return;
  nm_error err = {0};
  nm_doc *d = nm_conllu_read_doc(buf, len, &consumed, &line, &err);
  free(buf);
  NM_CHECK(d != NULL);
  if (!d) return;
  membuf m = {0};
  /* Unprocessed documents are refused. */
  NM_CHECK_EQ_INT(nm_write_conllu(d, mem_write, &m, &err), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(process(d), NM_OK);
  /* The presegmented layers survive nm_process(). */
  check_doc_a(d);
  NM_CHECK_EQ_INT(nm_write_conllu(d, mem_write, &m, &err), NM_OK);
  NM_CHECK_EQ_STR(m.p, doc_a_conllu);

  /* Reading the output back gives the same document. */
  nm_doc *again = m.p ? nm_conllu_read_doc(m.p, m.n, &consumed, NULL, &err) : NULL;
  NM_CHECK(again != NULL);
  if (again) {
    NM_CHECK_EQ_INT(consumed, m.n);
    check_doc_a(again);
    nm_doc_free(again);
  }
  free(m.p);

  /* A failing callback makes the writer return NM_ERR_IO. */
  membuf bad = {0};
  bad.fail_after = 1;
  NM_CHECK_EQ_INT(nm_write_conllu(d, mem_write, &bad, &err), NM_ERR_IO);
  NM_CHECK_EQ_INT(err.code, NM_ERR_IO);
  free(bad.p);
  nm_doc_free(d);
}

NM_TEST(test_write_cleans_fields) {
  /* Raw text through the segmenter: the output must be one field a line and
   * valid UTF-8, whatever the text holds. */
  static const char text[] = "Tab\there\xff.\r\nNext\x0bline.";
  nm_error err = {0};
  nm_doc *d = nm_doc_new(text, sizeof text - 1, &err);
  NM_CHECK(d != NULL);
  if (!d) return;
  NM_CHECK_EQ_INT(process(d), NM_OK);
  membuf m = {0};
  NM_CHECK_EQ_INT(nm_write_conllu(d, mem_write, &m, &err), NM_OK);
  NM_CHECK(m.p != NULL);
  if (m.p) {
    NM_CHECK(strncmp(m.p, "# newdoc\n# newpar\n# sent_id = 1\n# text = ", 41) == 0);
    NM_CHECK(strchr(m.p, '\r') == NULL);
    NM_CHECK(strchr(m.p, '\x0b') == NULL);
    NM_CHECK(strstr(m.p, "\xff") == NULL);
    NM_CHECK(strstr(m.p, "\xEF\xBF\xBD") != NULL);
    /* Every token line has exactly ten fields. */
    for (const char *l = m.p; *l; l = strchr(l, '\n') + 1) {
      if (*l != '#' && *l != '\n') {
        int tabs = 0;
        for (const char *c = l; *c != '\n'; c++)
          tabs += *c == '\t';
        NM_CHECK_EQ_INT(tabs, 9);
      }
    }
    /* And it reads back. */
    size_t consumed;
    nm_doc *again = nm_conllu_read_doc(m.p, m.n, &consumed, NULL, &err);
    NM_CHECK(again != NULL);
    if (!again) fprintf(stderr, "  %s at line %zu\n%s", err.msg, err.pos, m.p);
    nm_doc_free(again);
  }
  free(m.p);
  nm_doc_free(d);
}

int main(void) {
  NM_RUN(test_read_fixture);
  NM_RUN(test_read_crlf_and_no_final_newline);
  NM_RUN(test_read_empty_inputs);
  NM_RUN(test_read_newpar_and_newdoc_start_paragraphs);
  NM_RUN(test_read_malformed);
  NM_RUN(test_read_skips_a_bad_document);
  NM_RUN(test_read_odd_but_valid);
  NM_RUN(test_read_garbage);
  NM_RUN(test_write_round_trip);
  NM_RUN(test_write_cleans_fields);
  NM_TEST_MAIN_END();
}
