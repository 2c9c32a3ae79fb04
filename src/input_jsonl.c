/* input_jsonl.c - one JSON Lines article record into a document.
 *
 * A strict JSON reader (RFC 8259) for one object per line. Known members
 * (id, date, source, url, title, text) fill the document; every other member
 * is copied byte for byte into NM_META_EXTRA so that it reaches the output
 * untouched. Nesting is limited so that hostile input cannot exhaust the
 * stack. */
#include "doc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define NM_JSON_MAX_DEPTH 128

typedef struct jr {
  const unsigned char *s;
  size_t n, i;
  const char *msg; /* first error */
  size_t pos;
} jr;

static bool fail(jr *r, const char *msg) {
  if (!r->msg) {
    r->msg = msg;
    r->pos = r->i;
  }
  return false;
}

static void skip_ws(jr *r) {
  while (r->i < r->n) {
    unsigned char c = r->s[r->i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
    r->i++;
  }
}

static int hexval(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
  return -1;
}

static bool read_hex4(jr *r, uint32_t *v) {
  if (r->n - r->i < 4) return fail(r, "truncated \\u escape");
  uint32_t x = 0;
  for (int k = 0; k < 4; k++) {
    int h = hexval(r->s[r->i + (size_t)k]);
    if (h < 0) return fail(r, "bad \\u escape");
    x = (x << 4) | (uint32_t)h;
  }
  r->i += 4;
  *v = x;
  return true;
}

static size_t put_utf8(unsigned char *out, uint32_t cp) {
  if (cp < 0x80) {
    out[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (unsigned char)(0xC0 | (cp >> 6));
    out[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (unsigned char)(0xE0 | (cp >> 12));
    out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (cp >> 18));
  out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Parses a string at r->i (at the opening quote). When out is not NULL, the
 * decoded bytes are written there (it must hold the raw length) and *outlen
 * receives their count. Decoding never makes a string longer. */
static bool parse_string(jr *r, unsigned char *out, size_t *outlen) {
  if (r->i >= r->n || r->s[r->i] != '"') return fail(r, "expected a string");
  r->i++;
  size_t o = 0;
  while (r->i < r->n) {
    unsigned char c = r->s[r->i];
    if (c == '"') {
      r->i++;
      if (outlen) *outlen = o;
      return true;
    }
    if (c < 0x20) return fail(r, "control character in string");
    if (c != '\\') {
      if (out) out[o] = c;
      o++;
      r->i++;
      continue;
    }
    r->i++;
    if (r->i >= r->n) break;
    c = r->s[r->i++];
    unsigned char e;
    switch (c) {
    case '"': e = '"'; break;
    case '\\': e = '\\'; break;
    case '/': e = '/'; break;
    case 'b': e = '\b'; break;
    case 'f': e = '\f'; break;
    case 'n': e = '\n'; break;
    case 'r': e = '\r'; break;
    case 't': e = '\t'; break;
    case 'u': {
      uint32_t cp;
      if (!read_hex4(r, &cp)) return false;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        uint32_t lo;
        if (r->n - r->i >= 6 && r->s[r->i] == '\\' && r->s[r->i + 1] == 'u') {
          size_t save = r->i;
          r->i += 2;
          if (!read_hex4(r, &lo)) return false;
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else {
            r->i = save;
            cp = 0xFFFD;
          }
        } else {
          cp = 0xFFFD;
        }
      } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        cp = 0xFFFD;
      }
      /* \uXXXX is 6 bytes (12 for a pair), its UTF-8 at most 4 */
      unsigned char tmp[4];
      size_t k = put_utf8(tmp, cp);
      if (out) memcpy(out + o, tmp, k);
      o += k;
      continue;
    }
    default: return fail(r, "bad escape in string");
    }
    if (out) out[o] = e;
    o++;
  }
  return fail(r, "unterminated string");
}

static bool parse_value(jr *r, int depth);

static bool parse_number(jr *r) {
  size_t st = r->i;
  if (r->i < r->n && r->s[r->i] == '-') r->i++;
  if (r->i >= r->n) return fail(r, "bad number");
  if (r->s[r->i] == '0') {
    r->i++;
  } else if (r->s[r->i] >= '1' && r->s[r->i] <= '9') {
    while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9')
      r->i++;
  } else {
    return fail(r, "bad number");
  }
  if (r->i < r->n && r->s[r->i] == '.') {
    r->i++;
    size_t d = r->i;
    while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9')
      r->i++;
    if (r->i == d) return fail(r, "bad number");
  }
  if (r->i < r->n && (r->s[r->i] | 32) == 'e') {
    r->i++;
    if (r->i < r->n && (r->s[r->i] == '+' || r->s[r->i] == '-')) r->i++;
    size_t d = r->i;
    while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9')
      r->i++;
    if (r->i == d) return fail(r, "bad number");
  }
  return r->i > st;
}

static bool parse_literal(jr *r, const char *lit) {
  size_t k = strlen(lit);
  if (r->n - r->i < k || memcmp(r->s + r->i, lit, k) != 0) return fail(r, "unexpected character");
  r->i += k;
  return true;
}

static bool parse_container(jr *r, int depth, bool object) {
  if (depth >= NM_JSON_MAX_DEPTH) return fail(r, "nesting too deep");
  r->i++; /* { or [ */
  skip_ws(r);
  unsigned char close = object ? '}' : ']';
  if (r->i < r->n && r->s[r->i] == close) {
    r->i++;
    return true;
  }
  for (;;) {
    if (object) {
      skip_ws(r);
      if (!parse_string(r, NULL, NULL)) return false;
      skip_ws(r);
      if (r->i >= r->n || r->s[r->i] != ':') return fail(r, "expected ':'");
      r->i++;
    }
    if (!parse_value(r, depth + 1)) return false;
    skip_ws(r);
    if (r->i >= r->n) return fail(r, "unterminated object or array");
    if (r->s[r->i] == ',') {
      r->i++;
      continue;
    }
    if (r->s[r->i] == close) {
      r->i++;
      return true;
    }
    return fail(r, object ? "expected ',' or '}'" : "expected ',' or ']'");
  }
}

static bool parse_value(jr *r, int depth) {
  skip_ws(r);
  if (r->i >= r->n) return fail(r, "expected a value");
  switch (r->s[r->i]) {
  case '{': return parse_container(r, depth, true);
  case '[': return parse_container(r, depth, false);
  case '"': return parse_string(r, NULL, NULL);
  case 't': return parse_literal(r, "true");
  case 'f': return parse_literal(r, "false");
  case 'n': return parse_literal(r, "null");
  default: return parse_number(r);
  }
}

static nm_doc *error_out(nm_doc *d, nm_error *err, nm_status code, const char *msg, size_t pos) {
  nm_doc_free(d);
  if (err) {
    err->code = code;
    err->msg = msg;
    err->pos = pos;
  }
  return NULL;
}

static const struct {
  const char *key;
  nm_meta_field field;
} known[] = {{"id", NM_META_ID},   {"date", NM_META_DATE},   {"source", NM_META_SOURCE},
             {"url", NM_META_URL}, {"title", NM_META_TITLE}, {"text", NM_META_COUNT}};

nm_doc *nm_doc_from_json(const char *buf, size_t len, nm_error *err) {
  jr r = {(const unsigned char *)buf, len, 0, NULL, 0};
  /* Pass 1: validate the whole line. */
  skip_ws(&r);
  if (r.i >= r.n || r.s[r.i] != '{') {
    r.msg = "a record must be a JSON object";
    r.pos = r.i;
    return error_out(NULL, err, NM_ERR_PARSE, r.msg, r.pos);
  }
  if (!parse_value(&r, 0)) return error_out(NULL, err, NM_ERR_PARSE, r.msg, r.pos);
  skip_ws(&r);
  if (r.i != r.n) return error_out(NULL, err, NM_ERR_PARSE, "text after the JSON object", r.i);

  /* Pass 2: walk the top-level members. The text is decoded into a scratch
   * buffer first, because the document copies it on creation. */
  unsigned char *scratch = malloc(len ? len : 1);
  if (!scratch) return error_out(NULL, err, NM_ERR_NOMEM, "out of memory", 0);
  struct {
    size_t off, len; /* decoded value in scratch */
    bool set;
  } val[6] = {{0, 0, false}};
  size_t used = 0;
  /* Unknown members: byte ranges of the raw line, joined with commas. */
  size_t extra_len = 0;
  char *extra = malloc(len + 1);
  if (!extra) {
    free(scratch);
    return error_out(NULL, err, NM_ERR_NOMEM, "out of memory", 0);
  }
  const char *bad = NULL;
  size_t bad_pos = 0;
  r.i = 0;
  r.msg = NULL;
  skip_ws(&r);
  r.i++; /* { */
  skip_ws(&r);
  while (r.i < r.n && r.s[r.i] != '}') {
    size_t member_start = r.i;
    size_t klen = 0;
    size_t kstart = used;
    parse_string(&r, scratch + used, &klen); /* valid: checked in pass 1 */
    skip_ws(&r);
    r.i++; /* : */
    skip_ws(&r);
    int which = -1;
    for (int k = 0; k < 6; k++)
      if (strlen(known[k].key) == klen && memcmp(scratch + kstart, known[k].key, klen) == 0)
        which = k;
    if (which >= 0) {
      unsigned char c = r.s[r.i];
      if (c == '"') {
        size_t vlen = 0;
        parse_string(&r, scratch + used, &vlen);
        val[which].off = used;
        val[which].len = vlen;
        val[which].set = true;
        used += vlen;
      } else if (c == 'n') {
        r.i += 4; /* null: field unset */
        val[which].set = false;
      } else if (which == 0 && (c == '-' || (c >= '0' && c <= '9'))) {
        size_t st = r.i; /* numeric id: keep its digits */
        parse_number(&r);
        memcpy(scratch + used, buf + st, r.i - st);
        val[which].off = used;
        val[which].len = r.i - st;
        val[which].set = true;
        used += r.i - st;
      } else if (!bad) {
        bad = "a known field (id, date, source, url, title, text) must be a string or null";
        bad_pos = r.i;
        parse_value(&r, 0);
      } else {
        parse_value(&r, 0);
      }
    } else {
      parse_value(&r, 0);
      if (extra_len) extra[extra_len++] = ',';
      memcpy(extra + extra_len, buf + member_start, r.i - member_start);
      extra_len += r.i - member_start;
    }
    skip_ws(&r);
    if (r.i < r.n && r.s[r.i] == ',') r.i++;
    skip_ws(&r);
  }
  nm_doc *d = NULL;
  nm_status st = NM_OK;
  const char *msg = NULL;
  if (bad) {
    st = NM_ERR_PARSE, msg = bad;
  } else if (!val[5].set) {
    st = NM_ERR_PARSE, msg = "record has no \"text\" string", bad_pos = 0;
  } else {
    nm_error e2 = {NM_OK, NULL, 0};
    d = nm_doc_new((const char *)scratch + val[5].off, val[5].len, &e2);
    if (!d) {
      st = e2.code, msg = e2.msg;
    } else {
      for (int k = 0; k < 5 && st == NM_OK; k++) {
        if (!val[k].set) continue;
        nm_status s2 =
            nm_doc_set_meta(d, known[k].field, (const char *)scratch + val[k].off, val[k].len, &e2);
        if (s2 == NM_ERR_INVALID && known[k].field == NM_META_DATE) {
          /* a bad date does not lose the article: warn and go on */
          if (nm_doc_add_warning(d, NM_WARN_BAD_DATE, 0) != NM_OK) st = NM_ERR_NOMEM;
        } else if (s2 != NM_OK) {
          st = s2, msg = e2.msg;
        }
      }
      if (st == NM_OK && extra_len &&
          nm_doc_set_meta(d, NM_META_EXTRA, extra, extra_len, &e2) != NM_OK)
        st = e2.code, msg = e2.msg;
    }
  }
  free(scratch);
  free(extra);
  if (st != NM_OK) return error_out(d, err, st, msg ? msg : "out of memory", bad_pos);
  return d;
}
