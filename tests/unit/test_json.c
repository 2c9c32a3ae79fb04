/* test_json.c - JSON Lines input (nm_doc_from_json) and JSON output
 * (nm_write_json, nm_write_error_record), as docs/output.md specifies them.
 *
 * Every record the writers produce is also run through a strict JSON
 * checker (RFC 8259, strings in valid UTF-8, one value then "\n"), so any
 * escaping mistake shows up whatever the test was about. */
#include "newsmill.h"
#include "test.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static nm_pipeline *pipeline;

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

typedef struct out {
  char *s;
  size_t n, cap;
  int fail_after; /* > 0: the writer fails once this many calls were made */
  int calls;
} out;

static int out_write(void *ctx, const char *buf, size_t len) {
  out *o = ctx;
  o->calls++;
  if (o->fail_after && o->calls >= o->fail_after) return -1;
  if (o->n + len + 1 > o->cap) {
    size_t cap = o->cap ? o->cap : 1024;
    while (o->n + len + 1 > cap)
      cap *= 2;
    char *p = realloc(o->s, cap);
    if (!p) return -1;
    o->s = p;
    o->cap = cap;
  }
  memcpy(o->s + o->n, buf, len);
  o->n += len;
  o->s[o->n] = '\0';
  return 0;
}

/* --- A strict JSON checker. */

typedef struct jv {
  const unsigned char *s;
  size_t n, i;
  const char *why;
} jv;

static int jv_fail(jv *v, const char *why) {
  if (!v->why) v->why = why;
  return 0;
}

static void jv_ws(jv *v) {
  while (v->i < v->n &&
         (v->s[v->i] == ' ' || v->s[v->i] == '\t' || v->s[v->i] == '\n' || v->s[v->i] == '\r'))
    v->i++;
}

/* Length of the valid UTF-8 sequence at s[0..n), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  size_t len;
  uint32_t cp, min;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2, cp = c & 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF)
    len = 3, cp = c & 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4)
    len = 4, cp = c & 0x07, min = 0x10000;
  else
    return 0;
  if (n < len) return 0;
  for (size_t k = 1; k < len; k++) {
    if ((s[k] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[k] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

static int jv_string(jv *v) {
  if (v->i >= v->n || v->s[v->i] != '"') return jv_fail(v, "expected a string");
  v->i++;
  while (v->i < v->n) {
    unsigned char c = v->s[v->i];
    if (c == '"') {
      v->i++;
      return 1;
    }
    if (c < 0x20) return jv_fail(v, "raw control character in a string");
    if (c == '\\') {
      if (v->i + 1 >= v->n) break;
      unsigned char e = v->s[v->i + 1];
      if (e == 'u') {
        if (v->i + 6 > v->n) break;
        for (int k = 2; k < 6; k++) {
          unsigned char h = v->s[v->i + (size_t)k];
          if (!((h >= '0' && h <= '9') || ((h | 32) >= 'a' && (h | 32) <= 'f')))
            return jv_fail(v, "bad \\u escape");
        }
        v->i += 6;
      } else if (strchr("\"\\/bfnrt", e) && e) {
        v->i += 2;
      } else {
        return jv_fail(v, "bad escape");
      }
      continue;
    }
    size_t l = utf8_len(v->s + v->i, v->n - v->i);
    if (!l) return jv_fail(v, "invalid UTF-8 in a string");
    v->i += l;
  }
  return jv_fail(v, "unterminated string");
}

static int jv_value(jv *v, int depth);

static int jv_number(jv *v) {
  size_t st = v->i;
  if (v->i < v->n && v->s[v->i] == '-') v->i++;
  if (v->i < v->n && v->s[v->i] == '0')
    v->i++;
  else if (v->i < v->n && v->s[v->i] >= '1' && v->s[v->i] <= '9')
    while (v->i < v->n && v->s[v->i] >= '0' && v->s[v->i] <= '9')
      v->i++;
  else
    return jv_fail(v, "bad number");
  if (v->i < v->n && v->s[v->i] == '.') {
    size_t d = ++v->i;
    while (v->i < v->n && v->s[v->i] >= '0' && v->s[v->i] <= '9')
      v->i++;
    if (v->i == d) return jv_fail(v, "bad number");
  }
  if (v->i < v->n && (v->s[v->i] | 32) == 'e') {
    v->i++;
    if (v->i < v->n && (v->s[v->i] == '+' || v->s[v->i] == '-')) v->i++;
    size_t d = v->i;
    while (v->i < v->n && v->s[v->i] >= '0' && v->s[v->i] <= '9')
      v->i++;
    if (v->i == d) return jv_fail(v, "bad number");
  }
  return v->i > st;
}

static int jv_value(jv *v, int depth) {
  if (depth > 200) return jv_fail(v, "too deep");
  jv_ws(v);
  if (v->i >= v->n) return jv_fail(v, "expected a value");
  unsigned char c = v->s[v->i];
  if (c == '{' || c == '[') {
    unsigned char close = c == '{' ? '}' : ']';
    v->i++;
    jv_ws(v);
    if (v->i < v->n && v->s[v->i] == close) {
      v->i++;
      return 1;
    }
    for (;;) {
      if (c == '{') {
        jv_ws(v);
        if (!jv_string(v)) return 0;
        jv_ws(v);
        if (v->i >= v->n || v->s[v->i] != ':') return jv_fail(v, "expected ':'");
        v->i++;
      }
      if (!jv_value(v, depth + 1)) return 0;
      jv_ws(v);
      if (v->i < v->n && v->s[v->i] == ',') {
        v->i++;
        continue;
      }
      if (v->i < v->n && v->s[v->i] == close) {
        v->i++;
        return 1;
      }
      return jv_fail(v, "expected ',' or a closing bracket");
    }
  }
  if (c == '"') return jv_string(v);
  if (c == 't' || c == 'f' || c == 'n') {
    const char *lit = c == 't' ? "true" : c == 'f' ? "false" : "null";
    size_t k = strlen(lit);
    if (v->n - v->i < k || memcmp(v->s + v->i, lit, k) != 0) return jv_fail(v, "bad literal");
    v->i += k;
    return 1;
  }
  return jv_number(v);
}

/* Checks that s[0..n) is one JSON object followed by exactly one "\n". */
static void check_json_line(int line, const char *s, size_t n) {
  jv v = {(const unsigned char *)s, n, 0, NULL};
  int ok = n > 0 && s[0] == '{' && jv_value(&v, 0);
  if (ok && !(v.i + 1 == n && s[v.i] == '\n')) ok = jv_fail(&v, "not one value and a newline");
  if (!ok) {
    fprintf(stderr, "%s:%d: output is not a JSON line (%s at byte %zu): %.*s\n", __FILE__, line,
            v.why ? v.why : "?", v.i, (int)(n > 300 ? 300 : n), s);
    nm_test_failed_checks++;
  }
}

#define CHECK_JSON_LINE(o) check_json_line(__LINE__, (o).s, (o).n)

/* NM_CHECK that haystack contains needle, printing both when not. */
static void check_contains(int line, const char *hay, const char *needle) {
  if (!hay || !strstr(hay, needle)) {
    fprintf(stderr, "%s:%d: output lacks %s\n  output: %s\n", __FILE__, line, needle,
            hay ? hay : "(null)");
    nm_test_failed_checks++;
  }
}
#define CHECK_CONTAINS(hay, needle) check_contains(__LINE__, (hay), (needle))

static nm_doc *from_json(const char *s, nm_error *e) {
  e->code = NM_OK;
  e->msg = NULL;
  e->pos = 0;
  return nm_doc_from_json(s, strlen(s), e);
}

/* The meta field f as a NUL-terminated copy ("" when unset is not allowed:
 * returns NULL then). The caller frees. */
static char *meta(const nm_doc *d, nm_meta_field f) {
  size_t n;
  const char *v = nm_doc_meta(d, f, &n);
  if (!v) return NULL;
  char *c = malloc(n + 1);
  if (!c) return NULL;
  memcpy(c, v, n);
  c[n] = '\0';
  return c;
}

static void check_meta(int line, const nm_doc *d, nm_meta_field f, const char *want) {
  char *got = meta(d, f);
  int ok = want ? got && strcmp(got, want) == 0 : got == NULL;
  if (!ok) {
    fprintf(stderr, "%s:%d: meta field %d is %s%s%s, expected %s%s%s\n", __FILE__, line, (int)f,
            got ? "\"" : "", got ? got : "unset", got ? "\"" : "", want ? "\"" : "",
            want ? want : "unset", want ? "\"" : "");
    nm_test_failed_checks++;
  }
  free(got);
}
#define CHECK_META(d, f, want) check_meta(__LINE__, (d), (f), (want))

/* The document's text must be exactly want[0..wlen). */
static void check_text(int line, const nm_doc *d, const char *want, size_t wlen) {
  size_t n;
  const char *t = nm_doc_text(d, &n);
  if (n != wlen || memcmp(t, want, n) != 0) {
    fprintf(stderr, "%s:%d: text is %zu bytes \"%.*s\", expected %zu bytes \"%.*s\"\n", __FILE__,
            line, n, (int)n, t, wlen, (int)wlen, want);
    nm_test_failed_checks++;
  }
}
#define CHECK_TEXT(d, lit) check_text(__LINE__, (d), (lit), sizeof(lit) - 1)

/* Processes d and writes it as JSON into o (which the caller frees). */
static void process_and_write(const nm_doc *cd, unsigned flags, out *o) {
  nm_doc *d = (nm_doc *)cd;
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_process(pipeline, d, &e), NM_OK);
  NM_CHECK_EQ_INT(nm_write_json(d, flags, out_write, o, &e), NM_OK);
}

/* ------------------------------------------------------------------ */
/* nm_doc_from_json                                                    */

NM_TEST(from_json_all_fields) {
  nm_error e;
  nm_doc *d = from_json("{\"id\":\"a-1\",\"date\":\"2024-02-08\",\"source\":\"Wire\","
                        "\"url\":\"https://example.org/a\",\"title\":\"Talks resume\","
                        "\"text\":\"Talks resumed. Nobody spoke.\"}",
                        &e);
  NM_CHECK(d != NULL);
  if (!d) return;
  CHECK_META(d, NM_META_ID, "a-1");
  CHECK_META(d, NM_META_DATE, "2024-02-08");
  CHECK_META(d, NM_META_SOURCE, "Wire");
  CHECK_META(d, NM_META_URL, "https://example.org/a");
  CHECK_META(d, NM_META_TITLE, "Talks resume");
  CHECK_META(d, NM_META_EXTRA, NULL);
  CHECK_TEXT(d, "Talks resumed. Nobody spoke.");
  out o = {0};
  process_and_write(d, 0, &o);
  CHECK_JSON_LINE(o);
  CHECK_CONTAINS(o.s, "{\"schema\":1,\"id\":\"a-1\",\"date\":\"2024-02-08\",\"source\":\"Wire\","
                      "\"url\":\"https://example.org/a\",\"title\":\"Talks resume\",\"meta\":{},");
  CHECK_CONTAINS(o.s, "\"sentences\":[{\"start\":0,\"end\":14,\"paragraph\":0},"
                      "{\"start\":15,\"end\":28,\"paragraph\":0}]");
  free(o.s);
  nm_doc_free(d);
  /* members in any order, white space around them */
  d = from_json(" \t{ \"text\" : \"x\" , \"id\" : \"b\" } \r", &e);
  NM_CHECK(d != NULL);
  if (d) {
    CHECK_META(d, NM_META_ID, "b");
    CHECK_TEXT(d, "x");
    nm_doc_free(d);
  }
  /* a key spelled with an escape is the same key */
  d = from_json("{\"te\\u0078t\":\"escaped key\"}", &e);
  NM_CHECK(d != NULL);
  if (d) {
    CHECK_TEXT(d, "escaped key");
    nm_doc_free(d);
  }
}

NM_TEST(from_json_numeric_id) {
  static const char *const ids[] = {"42", "-7", "0", "1.5e3", "12345678901234567890"};
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
    char line[128];
    snprintf(line, sizeof line, "{\"id\":%s,\"text\":\"x\"}", ids[i]);
    nm_error e;
    nm_doc *d = from_json(line, &e);
    NM_CHECK(d != NULL);
    if (!d) continue;
    CHECK_META(d, NM_META_ID, ids[i]);
    out o = {0};
    process_and_write(d, 0, &o);
    CHECK_JSON_LINE(o);
    char want[64];
    snprintf(want, sizeof want, "\"id\":\"%s\",", ids[i]); /* kept as its digits */
    CHECK_CONTAINS(o.s, want);
    free(o.s);
    nm_doc_free(d);
  }
}

NM_TEST(from_json_nulls) {
  nm_error e;
  nm_doc *d = from_json("{\"id\":null,\"date\":null,\"source\":null,\"url\":null,\"title\":null,"
                        "\"text\":\"x\"}",
                        &e);
  NM_CHECK(d != NULL);
  if (!d) return;
  for (int f = NM_META_ID; f <= NM_META_EXTRA; f++)
    CHECK_META(d, (nm_meta_field)f, NULL);
  size_t nw;
  nm_doc_warnings(d, &nw);
  NM_CHECK_EQ_INT(nw, 0);
  out o = {0};
  process_and_write(d, 0, &o);
  CHECK_JSON_LINE(o);
  CHECK_CONTAINS(o.s, "{\"schema\":1,\"id\":null,\"date\":null,\"source\":null,\"url\":null,"
                      "\"title\":null,\"meta\":{},");
  free(o.s);
  nm_doc_free(d);
}

NM_TEST(from_json_extra_fields) {
  nm_error e;
  const char *line = "{\"text\":\"a\", \"lang\" : \"en\" ,\"tags\":[1, 2,{\"k\":null}],"
                     "\"n\":-1.5e3,\"flag\":true,\"id\":\"z\",\"nested\":{\"t\":\"x\\\"y\\u00e9\"},"
                     "\"empty\":{}}";
  nm_doc *d = from_json(line, &e);
  NM_CHECK(d != NULL);
  if (!d) return;
  const char *extra = "\"lang\" : \"en\",\"tags\":[1, 2,{\"k\":null}],\"n\":-1.5e3,\"flag\":true,"
                      "\"nested\":{\"t\":\"x\\\"y\\u00e9\"},\"empty\":{}";
  CHECK_META(d, NM_META_EXTRA, extra);
  CHECK_META(d, NM_META_ID, "z");
  out o = {0};
  process_and_write(d, 0, &o);
  CHECK_JSON_LINE(o);
  char want[512];
  snprintf(want, sizeof want, ",\"meta\":{%s},", extra);
  CHECK_CONTAINS(o.s, want);
  free(o.s);
  nm_doc_free(d);
}

/* Unknown members pass through, but the output must stay valid UTF-8 JSON
 * even when such a member holds bytes that are not UTF-8. */
NM_TEST(from_json_extra_invalid_utf8) {
  nm_error e;
  nm_doc *d = from_json("{\"text\":\"a\",\"x\":\"caf\xE9\",\"k\xFF\":1}", &e);
  if (!d) {
    /* rejecting the record is acceptable too, as a parse error */
    NM_CHECK_EQ_INT(e.code, NM_ERR_PARSE);
    return;
  }
  out o = {0};
  process_and_write(d, 0, &o);
  CHECK_JSON_LINE(o);
  free(o.s);
  nm_doc_free(d);
}

NM_TEST(from_json_escapes) {
  nm_error e;
  nm_doc *d =
      from_json("{\"text\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\u20AC \\u0041\"}", &e);
  NM_CHECK(d != NULL);
  if (d) {
    CHECK_TEXT(d, "q\" b\\ s/ \b\f\n\r\t \xC3\xA9 \xE2\x82\xAC A");
    nm_doc_free(d);
  }
  /* \u0000 is a NUL byte in the text: kept, and warned about */
  d = from_json("{\"text\":\"a\\u0000b\"}", &e);
  NM_CHECK(d != NULL);
  if (d) {
    CHECK_TEXT(d, "a\0b");
    NM_CHECK_EQ_INT(nm_process(pipeline, d, NULL), NM_OK);
    size_t nw;
    const nm_warning *ws = nm_doc_warnings(d, &nw);
    NM_CHECK_EQ_INT(nw, 1);
    if (nw) {
      NM_CHECK_EQ_INT(ws[0].code, NM_WARN_NUL_BYTE);
      NM_CHECK_EQ_INT(ws[0].offset, 1);
    }
    nm_doc_free(d);
  }
  /* raw UTF-8 passes through unchanged */
  d = from_json("{\"text\":\"Oršić “said” ’\"}", &e);
  NM_CHECK(d != NULL);
  if (d) {
    CHECK_TEXT(d, "Oršić “said” ’");
    nm_doc_free(d);
  }
}

NM_TEST(from_json_surrogates) {
  static const struct {
    const char *json;
    const char *text;
    size_t len;
  } cases[] = {
      /* a pair is one code point, U+1F600 */
      {"{\"text\":\"\\ud83d\\ude00\"}", "\xF0\x9F\x98\x80", 4},
      {"{\"text\":\"\\uD83D\\uDE00!\"}", "\xF0\x9F\x98\x80!", 5},
      /* lone surrogates become U+FFFD */
      {"{\"text\":\"a\\ud800b\"}",
       "a\xEF\xBF\xBD"
       "b",
       5},
      {"{\"text\":\"a\\udc00b\"}",
       "a\xEF\xBF\xBD"
       "b",
       5},
      {"{\"text\":\"\\ud800\"}", "\xEF\xBF\xBD", 3},
      /* a high surrogate followed by an escape that is not a low one */
      {"{\"text\":\"\\ud800\\u0041\"}",
       "\xEF\xBF\xBD"
       "A",
       4},
      {"{\"text\":\"\\ud800\\ud800\\udc00\"}", "\xEF\xBF\xBD\xF0\x90\x80\x80", 7},
      {"{\"text\":\"\\ud800\\n\"}", "\xEF\xBF\xBD\n", 4},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    nm_error e;
    nm_doc *d = from_json(cases[i].json, &e);
    NM_CHECK(d != NULL);
    if (!d) {
      fprintf(stderr, "  case %s: %s\n", cases[i].json, e.msg);
      continue;
    }
    check_text(__LINE__, d, cases[i].text, cases[i].len);
    nm_doc_free(d);
  }
}

/* Raw bytes that are not UTF-8 are kept as given: offsets stay true to
 * them, and segmentation warns (docs/output.md). */
NM_TEST(from_json_raw_invalid_utf8) {
  nm_error e;
  nm_doc *d = from_json("{\"text\":\"caf\xE9 ok\"}", &e);
  NM_CHECK(d != NULL);
  if (!d) return;
  CHECK_TEXT(d, "caf\xE9 ok");
  out o = {0};
  process_and_write(d, NM_OUT_TOKENS, &o);
  CHECK_JSON_LINE(o);
  CHECK_CONTAINS(o.s, "{\"code\":\"invalid_utf8\",\"offset\":3}");
  CHECK_CONTAINS(o.s, "\"text\":\"caf\xEF\xBF\xBD\"");
  free(o.s);
  nm_doc_free(d);
}

NM_TEST(from_json_bad_date) {
  static const char *const bad[] = {"2024-02-30", "2023-02-29", "24-02-08",
                                    "2024-13-01", "2024-00-10", "2024-1-08",
                                    "yesterday",  "",           "2024-02-08T10:00:00Z"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    char line[128];
    snprintf(line, sizeof line, "{\"id\":\"d\",\"date\":\"%s\",\"text\":\"Still here.\"}", bad[i]);
    nm_error e;
    nm_doc *d = from_json(line, &e);
    NM_CHECK(d != NULL);
    if (!d) {
      fprintf(stderr, "  date \"%s\" lost the record: %s\n", bad[i], e.msg);
      continue;
    }
    CHECK_META(d, NM_META_DATE, NULL);
    out o = {0};
    process_and_write(d, 0, &o);
    CHECK_JSON_LINE(o);
    CHECK_CONTAINS(o.s, "\"date\":null");
    CHECK_CONTAINS(o.s, "\"warnings\":[{\"code\":\"invalid_date\",\"offset\":0}]");
    CHECK_CONTAINS(o.s, "\"sentences\":[{\"start\":0,\"end\":11,\"paragraph\":0}]");
    free(o.s);
    nm_doc_free(d);
  }
  /* a leap day is a date */
  nm_error e;
  nm_doc *d = from_json("{\"date\":\"2024-02-29\",\"text\":\"x\"}", &e);
  NM_CHECK(d != NULL);
  if (d) {
    CHECK_META(d, NM_META_DATE, "2024-02-29");
    size_t nw;
    nm_doc_warnings(d, &nw);
    NM_CHECK_EQ_INT(nw, 0);
    nm_doc_free(d);
  }
}

static void check_malformed(int line, const char *json, size_t len, long pos) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_from_json(json, len, &e);
  if (d) {
    fprintf(stderr, "%s:%d: accepted malformed record: %.*s\n", __FILE__, line,
            (int)(len > 200 ? 200 : len), json);
    nm_test_failed_checks++;
    nm_doc_free(d);
    return;
  }
  if (e.code != NM_ERR_PARSE || !e.msg || !e.msg[0] || e.pos > len ||
      (pos >= 0 && e.pos != (size_t)pos)) {
    fprintf(stderr, "%s:%d: %.*s: code %d msg \"%s\" pos %zu; expected NM_ERR_PARSE", __FILE__,
            line, (int)(len > 200 ? 200 : len), json, (int)e.code, e.msg ? e.msg : "(null)", e.pos);
    if (pos >= 0) fprintf(stderr, " at %ld", pos);
    fprintf(stderr, "\n");
    nm_test_failed_checks++;
  }
}

/* A malformed record: NULL with NM_ERR_PARSE, a message, and err->pos in
 * the line (exactly pos when pos >= 0). */
#define CHECK_MALFORMED(json, pos) check_malformed(__LINE__, (json), strlen(json), (pos))

NM_TEST(from_json_malformed) {
  /* not an object */
  CHECK_MALFORMED("", -1);
  CHECK_MALFORMED("   ", -1);
  CHECK_MALFORMED("[\"text\"]", 0);
  CHECK_MALFORMED("\"text\"", 0);
  CHECK_MALFORMED("42", 0);
  CHECK_MALFORMED("null", 0);
  /* truncated */
  CHECK_MALFORMED("{", -1);
  CHECK_MALFORMED("{\"text\":\"ab", -1);
  CHECK_MALFORMED("{\"text\":\"ab\"", -1);
  CHECK_MALFORMED("{\"text\":\"ab\",", -1);
  CHECK_MALFORMED("{\"text\":", -1);
  CHECK_MALFORMED("{\"text\":\"a\\", -1);
  CHECK_MALFORMED("{\"text\":\"a\\u12", -1);
  /* trailing garbage */
  CHECK_MALFORMED("{\"text\":\"ab\"} x", 14);
  CHECK_MALFORMED("{\"text\":\"ab\"}{}", 13);
  CHECK_MALFORMED("{\"text\":\"ab\"},", 13);
  check_malformed(__LINE__, "{\"text\":\"ab\"}\0", 14, 13);
  /* syntax */
  CHECK_MALFORMED("{\"text\":\"a\",}", -1);
  CHECK_MALFORMED("{'text':'a'}", 1);
  CHECK_MALFORMED("{text:\"a\"}", 1);
  CHECK_MALFORMED("{\"text\" \"a\"}", -1);
  CHECK_MALFORMED("{\"text\":\"a\" \"id\":\"b\"}", -1);
  CHECK_MALFORMED("{\"text\":\"a\\x\"}", -1);
  CHECK_MALFORMED("{\"text\":\"a\\u12G4\"}", -1);
  CHECK_MALFORMED("{\"text\":\"line\nbreak\"}", -1);
  CHECK_MALFORMED("{\"text\":\"tab\there\"}", -1);
  check_malformed(__LINE__, "{\"text\":\"a\0b\"}", 14, -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"n\":01}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"n\":1.}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"n\":-}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"n\":1e}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"n\":+1}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"n\":.5}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"b\":tru}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"b\":nul}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"b\":[1,]}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"b\":[1}", -1);
  CHECK_MALFORMED("{\"text\":\"a\",\"b\":{\"c\"}}", -1);
  /* missing text */
  CHECK_MALFORMED("{}", -1);
  CHECK_MALFORMED("{\"id\":\"a\"}", -1);
  CHECK_MALFORMED("{\"id\":\"a\",\"text\":null}", -1);
  CHECK_MALFORMED("{\"id\":\"a\",\"Text\":\"x\"}", -1);
  /* a known member of the wrong type */
  CHECK_MALFORMED("{\"text\":42}", 8);
  CHECK_MALFORMED("{\"text\":[\"a\"]}", 8);
  CHECK_MALFORMED("{\"text\":{}}", 8);
  CHECK_MALFORMED("{\"text\":true}", 8);
  CHECK_MALFORMED("{\"id\":true,\"text\":\"a\"}", 6);
  CHECK_MALFORMED("{\"id\":[1],\"text\":\"a\"}", 6);
  CHECK_MALFORMED("{\"date\":20240208,\"text\":\"a\"}", 8);
  CHECK_MALFORMED("{\"title\":{\"en\":\"x\"},\"text\":\"a\"}", 9);
  CHECK_MALFORMED("{\"source\":false,\"text\":\"a\"}", 10);
  CHECK_MALFORMED("{\"url\":1,\"text\":\"a\"}", 7);
}

NM_TEST(from_json_deep_nesting) {
  size_t depth = 100000;
  char *s = malloc(depth * 2 + 64);
  if (!s) return;
  /* 100000 '[' alone, then inside a member, then closed properly */
  memset(s, '[', depth);
  check_malformed(__LINE__, s, depth, -1);
  size_t p = (size_t)sprintf(s, "{\"text\":\"a\",\"x\":");
  memset(s + p, '[', depth);
  check_malformed(__LINE__, s, p + depth, -1);
  memset(s + p + depth, ']', depth);
  s[p + 2 * depth] = '}';
  check_malformed(__LINE__, s, p + 2 * depth + 1, -1);
  p = 0;
  for (size_t i = 0; i < depth / 8; i++)
    p += (size_t)sprintf(s + p, "{\"a\":");
  check_malformed(__LINE__, s, p, -1);
  free(s);
  /* moderate nesting is fine and passes through */
  char ok[256];
  p = (size_t)sprintf(ok, "{\"text\":\"a\",\"x\":");
  for (int i = 0; i < 20; i++)
    ok[p++] = '[';
  for (int i = 0; i < 20; i++)
    ok[p++] = ']';
  ok[p++] = '}';
  ok[p] = '\0';
  nm_error e;
  nm_doc *d = from_json(ok, &e);
  NM_CHECK(d != NULL);
  if (d) {
    CHECK_META(d, NM_META_EXTRA, "\"x\":[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]");
    nm_doc_free(d);
  }
}

/* ------------------------------------------------------------------ */
/* nm_write_json                                                       */

NM_TEST(write_json_record) {
  nm_doc *d = nm_doc_new("Hi.", 3, NULL);
  NM_CHECK(d != NULL);
  if (!d) return;
  NM_CHECK_EQ_INT(nm_doc_set_meta(d, NM_META_ID, "x", 1, NULL), NM_OK);
  NM_CHECK_EQ_INT(nm_doc_set_meta(d, NM_META_DATE, "2024-02-08", 10, NULL), NM_OK);
  out o = {0};
  process_and_write(d, NM_OUT_TOKENS, &o);
  CHECK_JSON_LINE(o);
  NM_CHECK_EQ_STR(o.s,
                  "{\"schema\":1,\"id\":\"x\",\"date\":\"2024-02-08\",\"source\":null,\"url\":null,"
                  "\"title\":null,\"meta\":{},\"bytes\":3,\"dateline\":null,\"warnings\":[],"
                  "\"paragraphs\":[{\"start\":0,\"end\":3}],"
                  "\"sentences\":[{\"start\":0,\"end\":3,\"paragraph\":0}],"
                  "\"tokens\":[{\"start\":0,\"end\":2,\"sentence\":0,\"text\":\"Hi\"},"
                  "{\"start\":2,\"end\":3,\"sentence\":0,\"text\":\".\"}],"
                  "\"entities\":[],\"quotes\":[],\"events\":[],\"times\":[],\"places\":[],"
                  "\"tone\":{}}\n");
  free(o.s);
  /* without NM_OUT_TOKENS there is no tokens member */
  out o2 = {0};
  NM_CHECK_EQ_INT(nm_write_json(d, 0, out_write, &o2, NULL), NM_OK);
  CHECK_JSON_LINE(o2);
  NM_CHECK(o2.s && !strstr(o2.s, "\"tokens\""));
  free(o2.s);
  nm_doc_free(d);
}

NM_TEST(write_json_empty_doc) {
  nm_doc *d = nm_doc_new("", 0, NULL);
  NM_CHECK(d != NULL);
  if (!d) return;
  out o = {0};
  process_and_write(d, NM_OUT_TOKENS, &o);
  CHECK_JSON_LINE(o);
  CHECK_CONTAINS(o.s, "\"bytes\":0,");
  CHECK_CONTAINS(o.s, "\"warnings\":[],\"paragraphs\":[],\"sentences\":[],\"tokens\":[]");
  free(o.s);
  nm_doc_free(d);
}

NM_TEST(write_json_joined) {
  nm_doc *d = nm_doc_new("It’s", strlen("It’s"), NULL);
  NM_CHECK(d != NULL);
  if (!d) return;
  out o = {0};
  process_and_write(d, NM_OUT_TOKENS, &o);
  CHECK_JSON_LINE(o);
  CHECK_CONTAINS(o.s, "\"tokens\":[{\"start\":0,\"end\":2,\"sentence\":0,\"text\":\"It\"},"
                      "{\"start\":2,\"end\":6,\"sentence\":0,\"text\":\"’s\",\"joined\":true}]");
  free(o.s);
  nm_doc_free(d);
}

NM_TEST(write_json_escaping) {
  static const char text[] = "He said \"no\\yes\".\tTab\x01 \x1F\x7F caf\xE9 \xF0\x9F\x98\x80.";
  nm_doc *d = nm_doc_new(text, sizeof text - 1, NULL);
  NM_CHECK(d != NULL);
  if (!d) return;
  static const char title[] = "A \"quoted\" \\ title\nwith\r\ncontrol \x02 bytes \xFF\xC3 and é";
  NM_CHECK_EQ_INT(nm_doc_set_meta(d, NM_META_TITLE, title, sizeof title - 1, NULL), NM_OK);
  NM_CHECK_EQ_INT(nm_doc_set_meta(d, NM_META_ID, "id\"1", 4, NULL), NM_OK);
  NM_CHECK_EQ_INT(nm_doc_set_meta(d, NM_META_SOURCE, "\0src", 4, NULL), NM_OK);
  out o = {0};
  process_and_write(d, NM_OUT_TOKENS, &o);
  CHECK_JSON_LINE(o);
  CHECK_CONTAINS(o.s, "\"id\":\"id\\\"1\"");
  CHECK_CONTAINS(o.s, "\"source\":\"\\u0000src\"");
  CHECK_CONTAINS(o.s, "\"title\":\"A \\\"quoted\\\" \\\\ title\\nwith\\r\\ncontrol \\u0002 bytes "
                      "\xEF\xBF\xBD\xEF\xBF\xBD and é\"");
  /* token texts */
  CHECK_CONTAINS(o.s, "\"text\":\"\\\"\"");
  CHECK_CONTAINS(o.s, "\"text\":\"\\\\\"");
  CHECK_CONTAINS(o.s, "\"text\":\"caf\xEF\xBF\xBD\"");
  CHECK_CONTAINS(o.s, "\"text\":\"\xF0\x9F\x98\x80\"");
  CHECK_CONTAINS(o.s, "{\"code\":\"invalid_utf8\",\"offset\":29}");
  free(o.s);
  nm_doc_free(d);
}

NM_TEST(write_json_writer_failure) {
  nm_doc *d = nm_doc_new("One. Two.", 9, NULL);
  NM_CHECK(d != NULL);
  if (!d) return;
  NM_CHECK_EQ_INT(nm_process(pipeline, d, NULL), NM_OK);
  out o = {0};
  o.fail_after = 1;
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_write_json(d, NM_OUT_TOKENS, out_write, &o, &e), NM_ERR_IO);
  NM_CHECK_EQ_INT(e.code, NM_ERR_IO);
  NM_CHECK(e.msg != NULL);
  free(o.s);
  nm_doc_free(d);

  /* a record longer than any internal buffer, failing part way */
  size_t n = 1 << 20;
  char *t = malloc(n);
  if (!t) return;
  for (size_t i = 0; i < n; i++)
    t[i] = "ab. "[i % 4];
  d = nm_doc_new(t, n, NULL);
  free(t);
  NM_CHECK(d != NULL);
  if (!d) return;
  NM_CHECK_EQ_INT(nm_process(pipeline, d, NULL), NM_OK);
  out o2 = {0};
  o2.fail_after = 3;
  NM_CHECK_EQ_INT(nm_write_json(d, NM_OUT_TOKENS, out_write, &o2, NULL), NM_ERR_IO);
  free(o2.s);
  out o3 = {0};
  NM_CHECK_EQ_INT(nm_write_json(d, NM_OUT_TOKENS, out_write, &o3, NULL), NM_OK);
  CHECK_JSON_LINE(o3);
  free(o3.s);
  nm_doc_free(d);
}

/* ------------------------------------------------------------------ */
/* nm_write_error_record                                               */

NM_TEST(write_error_record) {
  out o = {0};
  NM_CHECK_EQ_INT(
      nm_write_error_record(NULL, 0, 3, "expected ',' or '}' (at byte 40)", out_write, &o), NM_OK);
  NM_CHECK_EQ_STR(o.s, "{\"schema\":1,\"id\":null,\"error\":{\"line\":3,"
                       "\"message\":\"expected ',' or '}' (at byte 40)\"}}\n");
  CHECK_JSON_LINE(o);
  free(o.s);

  out o2 = {0};
  NM_CHECK_EQ_INT(
      nm_write_error_record("dir/a \"b\".txt", 13, 0, "No such file\tor \"dir\"\n", out_write, &o2),
      NM_OK);
  NM_CHECK_EQ_STR(o2.s, "{\"schema\":1,\"id\":\"dir/a \\\"b\\\".txt\",\"error\":{"
                        "\"message\":\"No such file\\tor \\\"dir\\\"\\n\"}}\n");
  CHECK_JSON_LINE(o2);
  free(o2.s);

  /* an id that is not UTF-8 and a NULL message still make valid JSON */
  out o3 = {0};
  NM_CHECK_EQ_INT(nm_write_error_record("x\xFFy", 3, 12, NULL, out_write, &o3), NM_OK);
  CHECK_JSON_LINE(o3);
  CHECK_CONTAINS(o3.s, "\"id\":\"x\xEF\xBF\xBDy\"");
  free(o3.s);

  out o4 = {0};
  o4.fail_after = 1;
  NM_CHECK_EQ_INT(nm_write_error_record(NULL, 0, 1, "m", out_write, &o4), NM_ERR_IO);
  free(o4.s);
}

int main(void) {
  nm_error e = {NM_OK, NULL, 0};
  pipeline = nm_pipeline_new(NULL, &e);
  if (!pipeline) {
    fprintf(stderr, "nm_pipeline_new: %s\n", e.msg);
    return 1;
  }
  NM_RUN(from_json_all_fields);
  NM_RUN(from_json_numeric_id);
  NM_RUN(from_json_nulls);
  NM_RUN(from_json_extra_fields);
  NM_RUN(from_json_extra_invalid_utf8);
  NM_RUN(from_json_escapes);
  NM_RUN(from_json_surrogates);
  NM_RUN(from_json_raw_invalid_utf8);
  NM_RUN(from_json_bad_date);
  NM_RUN(from_json_malformed);
  NM_RUN(from_json_deep_nesting);
  NM_RUN(write_json_record);
  NM_RUN(write_json_empty_doc);
  NM_RUN(write_json_joined);
  NM_RUN(write_json_escaping);
  NM_RUN(write_json_writer_failure);
  NM_RUN(write_error_record);
  nm_pipeline_free(pipeline);
  NM_TEST_MAIN_END();
}
