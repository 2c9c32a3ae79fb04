/* arena.h - bump allocator backing one document. Internal. */
#ifndef NM_ARENA_H
#define NM_ARENA_H

#include <stddef.h>

typedef struct nm_arena_block nm_arena_block;

typedef struct nm_arena {
  nm_arena_block *head; /* newest block */
  size_t next_size;     /* size of the next block to allocate */
} nm_arena;

/* hint: expected total bytes (e.g. a multiple of the text length). */
void nm_arena_init(nm_arena *a, size_t hint);
/* Returns NULL on out of memory or when n overflows. Memory is aligned for any
 * object type and is not zeroed. */
void *nm_arena_alloc(nm_arena *a, size_t n);
/* Copies s[0..n) and appends a NUL. */
char *nm_arena_strndup(nm_arena *a, const char *s, size_t n);
void nm_arena_free(nm_arena *a);

/* A growable array whose storage is malloc'd (not arena) because it grows
 * geometrically; freed by the owner. elem is the element size. */
typedef struct nm_vec {
  void *data;
  size_t n, cap, elem;
} nm_vec;

void nm_vec_init(nm_vec *v, size_t elem);
/* Reserves room for one more element and returns it (uninitialised), or NULL
 * on out of memory. */
void *nm_vec_push(nm_vec *v);
/* Ensures capacity for at least want elements; 0 or -1 on out of memory. */
int nm_vec_reserve(nm_vec *v, size_t want);
void nm_vec_free(nm_vec *v);

#endif
