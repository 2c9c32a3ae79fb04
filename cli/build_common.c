/* build_common.c - files, lines and JSON for the dictionary builders. */
#include "build_common.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int nm_cli_read_text(const char *who, const char *path, char **buf, size_t *len) {
  char *s;
  size_t n;
  if (nm_cli_read_file(path, &s, &n) != 0) {
    fprintf(stderr, "%s: cannot read %s\n", who, path);
    return 2;
  }
  char *t = realloc(s, n + 1);
  if (!t) {
    free(s);
    fprintf(stderr, "%s: out of memory\n", who);
    return 2;
  }
  t[n] = '\0';
  *buf = t;
  *len = n;
  return 0;
}

char *nm_cli_next_line(char **cur) {
  char *s = *cur;
  if (!s || !*s) return NULL;
  char *e = strchr(s, '\n');
  if (e) {
    *e = '\0';
    *cur = e + 1;
  } else {
    *cur = s + strlen(s);
  }
  size_t n = strlen(s);
  if (n && s[n - 1] == '\r') s[n - 1] = '\0';
  return s;
}

int nm_cli_split_tabs(char *s, char **f, int max) {
  int n = 0;
  f[n++] = s;
  for (char *p = s; *p && n < max; p++)
    if (*p == '\t') {
      *p = '\0';
      f[n++] = p + 1;
    }
  return n;
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

static int jt_fail(nm_cli_json *t, const char *m) {
  if (!t->err) t->err = m;
  return 0;
}

static int jt_char(nm_cli_json *t, char c) {
  if (t->nc == t->capc) {
    size_t cap = t->capc ? t->capc * 2 : 4096;
    char *p = realloc(t->chars, cap);
    if (!p) return jt_fail(t, "out of memory");
    t->chars = p;
    t->capc = cap;
  }
  t->chars[t->nc++] = c;
  return 1;
}

static void jt_ws(nm_cli_json *t) {
  while (t->pos < t->len && t->src[t->pos] && strchr(" \t\r\n", t->src[t->pos]))
    t->pos++;
}

static int jt_hex(nm_cli_json *t, uint32_t *v) {
  if (t->len - t->pos < 4) return jt_fail(t, "truncated \\u escape");
  uint32_t x = 0;
  for (int i = 0; i < 4; i++) {
    char c = t->src[t->pos++];
    int h = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (h < 0) return jt_fail(t, "bad \\u escape");
    x = x << 4 | (uint32_t)h;
  }
  *v = x;
  return 1;
}

static int jt_utf8(nm_cli_json *t, uint32_t cp) {
  if (cp < 0x80) return jt_char(t, (char)cp);
  if (cp < 0x800) return jt_char(t, (char)(0xC0 | cp >> 6)) && jt_char(t, (char)(0x80 | (cp & 63)));
  if (cp < 0x10000)
    return jt_char(t, (char)(0xE0 | cp >> 12)) && jt_char(t, (char)(0x80 | (cp >> 6 & 63))) &&
           jt_char(t, (char)(0x80 | (cp & 63)));
  return jt_char(t, (char)(0xF0 | cp >> 18)) && jt_char(t, (char)(0x80 | (cp >> 12 & 63))) &&
         jt_char(t, (char)(0x80 | (cp >> 6 & 63))) && jt_char(t, (char)(0x80 | (cp & 63)));
}

/* A string after its opening quote; its text goes to chars, NUL-ended. */
static int jt_string(nm_cli_json *t, uint32_t *off, uint32_t *len) {
  size_t start = t->nc;
  while (t->pos < t->len) {
    char c = t->src[t->pos++];
    if (c == '"') {
      *off = (uint32_t)start;
      *len = (uint32_t)(t->nc - start);
      return jt_char(t, '\0');
    }
    if (c != '\\') {
      if (!jt_char(t, c)) return 0;
      continue;
    }
    if (t->pos >= t->len) break;
    char e = t->src[t->pos++];
    const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t", *k = e ? strchr(from, e) : NULL;
    if (k) {
      if (!jt_char(t, to[k - from])) return 0;
    } else if (e == 'u') {
      uint32_t cp, lo;
      if (!jt_hex(t, &cp)) return 0;
      if (cp >= 0xD800 && cp < 0xDC00 && t->len - t->pos >= 6 && t->src[t->pos] == '\\' &&
          t->src[t->pos + 1] == 'u') {
        t->pos += 2;
        if (!jt_hex(t, &lo)) return 0;
        if (lo < 0xDC00 || lo > 0xDFFF) return jt_fail(t, "bad surrogate pair");
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      }
      if (!jt_utf8(t, cp)) return 0;
    } else {
      return jt_fail(t, "bad escape");
    }
  }
  return jt_fail(t, "unterminated string");
}

/* A new node; its index + 1, or 0 when out of memory. */
static uint32_t jt_new(nm_cli_json *t, int type) {
  if (t->nv == t->capv) {
    size_t cap = t->capv ? t->capv * 2 : 1024;
    nm_cli_json_node *v = realloc(t->v, cap * sizeof *v);
    if (!v) return jt_fail(t, "out of memory");
    t->v = v;
    t->capv = cap;
  }
  memset(&t->v[t->nv], 0, sizeof *t->v);
  t->v[t->nv].type = type;
  return (uint32_t)++t->nv;
}

static uint32_t jt_value(nm_cli_json *t, int depth) {
  if (depth > 64) return jt_fail(t, "nested too deeply");
  jt_ws(t);
  if (t->pos >= t->len) return jt_fail(t, "unexpected end");
  char c = t->src[t->pos];
  if (c == '"') {
    t->pos++;
    uint32_t me = jt_new(t, NM_CLI_JSON_STR), off, len;
    if (!me || !jt_string(t, &off, &len)) return 0;
    t->v[me - 1].str = off;
    t->v[me - 1].len = len;
    return me;
  }
  if (c == '{' || c == '[') {
    int obj = c == '{';
    t->pos++;
    uint32_t me = jt_new(t, obj ? NM_CLI_JSON_OBJ : NM_CLI_JSON_ARR), last = 0;
    if (!me) return 0;
    jt_ws(t);
    if (t->pos < t->len && t->src[t->pos] == (obj ? '}' : ']')) {
      t->pos++;
      return me;
    }
    for (;;) {
      uint32_t koff = 0, klen = 0;
      jt_ws(t);
      if (obj) {
        if (t->pos >= t->len || t->src[t->pos] != '"') return jt_fail(t, "expected a member name");
        t->pos++;
        if (!jt_string(t, &koff, &klen)) return 0;
        jt_ws(t);
        if (t->pos >= t->len || t->src[t->pos] != ':') return jt_fail(t, "expected ':'");
        t->pos++;
      }
      uint32_t v = jt_value(t, depth + 1);
      if (!v) return 0;
      if (obj) {
        t->v[v - 1].key = koff + 1;
        t->v[v - 1].klen = klen;
      }
      if (last)
        t->v[last - 1].next = v;
      else
        t->v[me - 1].kids = v;
      last = v;
      jt_ws(t);
      if (t->pos < t->len && t->src[t->pos] == ',') {
        t->pos++;
        continue;
      }
      if (t->pos < t->len && t->src[t->pos] == (obj ? '}' : ']')) {
        t->pos++;
        return me;
      }
      return jt_fail(t, "expected ',' or a closing bracket");
    }
  }
  if (c == '-' || (c >= '0' && c <= '9')) {
    size_t s = t->pos;
    while (t->pos < t->len && t->src[t->pos] && strchr("+-.eE0123456789", t->src[t->pos]))
      t->pos++;
    uint32_t me = jt_new(t, NM_CLI_JSON_NUM);
    if (!me) return 0;
    t->v[me - 1].str = (uint32_t)t->nc;
    t->v[me - 1].len = (uint32_t)(t->pos - s);
    for (size_t i = s; i < t->pos; i++)
      if (!jt_char(t, t->src[i])) return 0;
    return jt_char(t, '\0') ? me : 0;
  }
  static const char *const lit[] = {"null", "true", "false"};
  for (int k = 0; k < 3; k++) {
    size_t l = strlen(lit[k]);
    if (t->len - t->pos >= l && memcmp(t->src + t->pos, lit[k], l) == 0) {
      t->pos += l;
      return jt_new(t, k ? NM_CLI_JSON_BOOL : NM_CLI_JSON_NULL);
    }
  }
  return jt_fail(t, "unexpected character");
}

int nm_cli_json_read(const char *who, const char *path, nm_cli_json *t) {
  char *src;
  memset(t, 0, sizeof *t);
  if (nm_cli_read_text(who, path, &src, &t->len)) return 2;
  t->src = src;
  uint32_t root = jt_value(t, 0);
  if (root) {
    jt_ws(t);
    if (t->pos != t->len) root = jt_fail(t, "trailing data");
  }
  free(src);
  t->src = NULL;
  if (!root) {
    fprintf(stderr, "%s: %s: %s at byte %zu\n", who, path, t->err, t->pos);
    nm_cli_json_free(t);
    return 2;
  }
  return 0;
}

void nm_cli_json_free(nm_cli_json *t) {
  free(t->v);
  free(t->chars);
  memset(t, 0, sizeof *t);
}

const nm_cli_json_node *nm_cli_json_root(const nm_cli_json *t) { return t->nv ? &t->v[0] : NULL; }

const nm_cli_json_node *nm_cli_json_kid(const nm_cli_json *t, const nm_cli_json_node *v) {
  return v && v->kids ? &t->v[v->kids - 1] : NULL;
}

const nm_cli_json_node *nm_cli_json_next(const nm_cli_json *t, const nm_cli_json_node *v) {
  return v->next ? &t->v[v->next - 1] : NULL;
}

const nm_cli_json_node *nm_cli_json_get(const nm_cli_json *t, const nm_cli_json_node *obj,
                                        const char *name) {
  if (!obj || obj->type != NM_CLI_JSON_OBJ) return NULL;
  size_t l = strlen(name);
  for (const nm_cli_json_node *k = nm_cli_json_kid(t, obj); k; k = nm_cli_json_next(t, k))
    if (k->key && k->klen == l && memcmp(t->chars + k->key - 1, name, l) == 0) return k;
  return NULL;
}

const char *nm_cli_json_str(const nm_cli_json *t, const nm_cli_json_node *v, size_t *len) {
  if (!v || v->type != NM_CLI_JSON_STR) return NULL;
  if (len) *len = v->len;
  return t->chars + v->str;
}

int nm_cli_json_num(const nm_cli_json *t, const nm_cli_json_node *v, double *out) {
  if (!v || (v->type != NM_CLI_JSON_NUM && v->type != NM_CLI_JSON_STR)) return 0;
  char *e;
  *out = strtod(t->chars + v->str, &e);
  return e != t->chars + v->str;
}
