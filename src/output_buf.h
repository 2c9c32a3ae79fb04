/* output_buf.h - buffered writing through a nm_write_fn. Internal. */
#ifndef NM_OUTPUT_BUF_H
#define NM_OUTPUT_BUF_H

#include "newsmill.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct nm_obuf {
  char buf[16384];
  size_t len;
  nm_write_fn w;
  void *ctx;
  bool failed; /* the callback reported an error; later writes are dropped */
} nm_obuf;

void nm_obuf_init(nm_obuf *o, nm_write_fn w, void *ctx);
void nm_obuf_put(nm_obuf *o, const char *s, size_t n);
void nm_obuf_puts(nm_obuf *o, const char *s);
/* A string literal, without strlen. */
#define NM_OBUF_LIT(o, lit) nm_obuf_put((o), "" lit, sizeof(lit) - 1)
void nm_obuf_u64(nm_obuf *o, uint64_t v);
/* s[0..n) as a quoted JSON string; invalid UTF-8 bytes become U+FFFD. */
void nm_obuf_json_str(nm_obuf *o, const char *s, size_t n);
void nm_obuf_flush(nm_obuf *o);

#endif
