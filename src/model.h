/* model.h - the binary container for trained models and compiled
 * dictionaries. Internal.
 *
 * Layout (all integers little-endian, written byte by byte):
 *   0   8   magic "NEWSMILL"
 *   8   4   format version (NM_MODEL_VERSION)
 *   12  4   kind: a four-character code such as "TAGR"
 *   16  4   number of sections n (at most NM_MODEL_MAX_SECTIONS)
 *   20  4   reserved, 0
 *   24  16n section entries: {u32 id (four characters), u32 reserved,
 *                             u64 offset}
 *   ..  8n  section lengths, u64 each, in entry order
 * Section data follows, each section starting on an 8-byte boundary. The
 * loader checks the magic, version, kind, every offset and length against
 * the file size, alignment, and that no two sections share an id. */
#ifndef NM_MODEL_H
#define NM_MODEL_H

#include "newsmill.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NM_MODEL_VERSION      1u
#define NM_MODEL_MAX_SECTIONS 64u
#define NM_FOURCC(a, b, c, d)                                                                      \
  ((uint32_t)(unsigned char)(a) | (uint32_t)(unsigned char)(b) << 8 |                              \
   (uint32_t)(unsigned char)(c) << 16 | (uint32_t)(unsigned char)(d) << 24)

typedef struct nm_model {
  const unsigned char *base; /* whole file */
  size_t len;
  uint32_t kind;
  uint32_t n_sections;
  struct {
    uint32_t id;
    const unsigned char *data;
    size_t len;
  } sections[NM_MODEL_MAX_SECTIONS];
  void *map; /* mmap'd region to unmap, or NULL */
  size_t map_len;
  void *owned; /* malloc'd copy to free, or NULL */
} nm_model;

/* Memory of at least len bytes backed by 2 MB pages where the system
 * offers them, zeroed; its mapped length in *map_len. NULL when len is
 * under 4 MB (small tables gain nothing) or the system has no such
 * pages: the caller then uses malloc. Free with nm_huge_free. */
void *nm_huge_alloc(size_t len, size_t *map_len);
void nm_huge_free(void *p, size_t map_len);

/* Opens a model file with mmap (falling back to reading it). */
nm_status nm_model_open(const char *path, uint32_t kind, nm_model *m, nm_error *err);
/* Validates a model in memory; buf must stay valid while m is used. */
nm_status nm_model_open_mem(const unsigned char *buf, size_t len, uint32_t kind, nm_model *m,
                            nm_error *err);
void nm_model_close(nm_model *m);
/* The section with this id, or NULL (and *len = 0). */
const unsigned char *nm_model_section(const nm_model *m, uint32_t id, size_t *len);

/* Little-endian reads from validated memory. */
static inline uint32_t nm_rd32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t nm_rd64(const unsigned char *p) {
  return (uint64_t)nm_rd32(p) | (uint64_t)nm_rd32(p + 4) << 32;
}
static inline uint16_t nm_rd16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }

/* A growable byte buffer for writing models. */
typedef struct nm_bytes {
  unsigned char *data;
  size_t len, cap;
  bool failed; /* an allocation failed; the buffer is then unusable */
} nm_bytes;

void nm_bytes_put(nm_bytes *b, const void *p, size_t n);
void nm_bytes_u8(nm_bytes *b, unsigned v);
void nm_bytes_u16(nm_bytes *b, unsigned v);
void nm_bytes_u32(nm_bytes *b, uint32_t v);
void nm_bytes_u64(nm_bytes *b, uint64_t v);
void nm_bytes_f32(nm_bytes *b, float v);
void nm_bytes_free(nm_bytes *b);

/* Writes a model file from sections (ids and contents). Deterministic. */
nm_status nm_model_write(const char *path, uint32_t kind, size_t n, const uint32_t *ids,
                         const nm_bytes *sections, nm_error *err);

#endif
