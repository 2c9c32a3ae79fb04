/* build_common.h - what the dictionary builders (build gazetteer, build
 * geonames) share: reading whole files, lines and tab-separated fields, and
 * a small JSON reader. */
#ifndef NM_CLI_BUILD_COMMON_H
#define NM_CLI_BUILD_COMMON_H

#include <stddef.h>
#include <stdint.h>

/* Reads a whole file ("-" = stdin) into a malloc'd buffer, NUL-terminated
 * (the NUL is not counted in *len). Returns 0, or 2 with a message on
 * stderr that starts with who. */
int nm_cli_read_text(const char *who, const char *path, char **buf, size_t *len);

/* The next line of *cur (NUL-terminated in place, without "\r\n"), or NULL
 * at the end. */
char *nm_cli_next_line(char **cur);

/* Splits s at tabs in place into f[0..max); returns the number of fields.
 * The last field keeps any further tabs. */
int nm_cli_split_tabs(char *s, char **f, int max);

/* --- A small JSON reader: a whole document into a tree of nodes ------- */

enum {
  NM_CLI_JSON_NULL,
  NM_CLI_JSON_BOOL,
  NM_CLI_JSON_NUM,
  NM_CLI_JSON_STR,
  NM_CLI_JSON_ARR,
  NM_CLI_JSON_OBJ
};

typedef struct nm_cli_json_node {
  int type;
  uint32_t str, len; /* string value or number text, NUL-ended, in chars */
  uint32_t key;      /* member name offset in chars + 1 (0 = none) */
  uint32_t klen;
  uint32_t kids, next; /* first child and next sibling, index + 1 (0 = none) */
} nm_cli_json_node;

typedef struct nm_cli_json {
  nm_cli_json_node *v; /* v[0] is the root */
  size_t nv, capv;
  char *chars;
  size_t nc, capc;
  const char *src; /* while parsing only */
  size_t len, pos;
  const char *err;
} nm_cli_json;

/* Reads and parses the JSON file at path into *t (the file is not kept).
 * Returns 0, or 2 with "who: path: error at byte N" on stderr (*t is then
 * empty). Free with nm_cli_json_free. */
int nm_cli_json_read(const char *who, const char *path, nm_cli_json *t);
void nm_cli_json_free(nm_cli_json *t);

/* The root value, or NULL for an empty tree. */
const nm_cli_json_node *nm_cli_json_root(const nm_cli_json *t);
/* The first child of an array or object (NULL for none, or when v is NULL),
 * and the next sibling (NULL at the end). */
const nm_cli_json_node *nm_cli_json_kid(const nm_cli_json *t, const nm_cli_json_node *v);
const nm_cli_json_node *nm_cli_json_next(const nm_cli_json *t, const nm_cli_json_node *v);
/* The member called name of an object; NULL when obj is not an object or
 * has no such member. */
const nm_cli_json_node *nm_cli_json_get(const nm_cli_json *t, const nm_cli_json_node *obj,
                                        const char *name);
/* A string's text, NUL-terminated, and its length in *len when len is not
 * NULL; NULL when v is not a string. */
const char *nm_cli_json_str(const nm_cli_json *t, const nm_cli_json_node *v, size_t *len);
/* A number, or a string holding one, into *out; 0 when v is neither. */
int nm_cli_json_num(const nm_cli_json *t, const nm_cli_json_node *v, double *out);

#endif
