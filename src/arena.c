/* arena.c - bump allocator and growable arrays. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct nm_arena_block {
  nm_arena_block *prev;
  size_t used, size;
  max_align_t data[]; /* flexible array keeps data maximally aligned */
};

#define NM_ARENA_MIN       4096u
#define NM_ARENA_MAX_BLOCK ((size_t)64 << 20)

void nm_arena_init(nm_arena *a, size_t hint) {
  a->head = NULL;
  if (hint < NM_ARENA_MIN) hint = NM_ARENA_MIN;
  if (hint > NM_ARENA_MAX_BLOCK) hint = NM_ARENA_MAX_BLOCK;
  a->next_size = hint;
}

void *nm_arena_alloc(nm_arena *a, size_t n) {
  const size_t align = sizeof(max_align_t);
  if (n > SIZE_MAX - align) return NULL;
  n = (n + align - 1) & ~(align - 1);
  if (n == 0) n = align;
  nm_arena_block *b = a->head;
  if (!b || b->size - b->used < n) {
    size_t size = a->next_size;
    if (size < n) size = n;
    if (size > SIZE_MAX - sizeof(nm_arena_block)) return NULL;
    b = malloc(sizeof(nm_arena_block) + size);
    if (!b) return NULL;
    b->prev = a->head;
    b->used = 0;
    b->size = size;
    a->head = b;
    if (a->next_size < NM_ARENA_MAX_BLOCK) a->next_size *= 2;
  }
  void *p = (char *)b->data + b->used;
  b->used += n;
  return p;
}

char *nm_arena_strndup(nm_arena *a, const char *s, size_t n) {
  if (n == SIZE_MAX) return NULL;
  char *p = nm_arena_alloc(a, n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void nm_arena_free(nm_arena *a) {
  nm_arena_block *b = a->head;
  while (b) {
    nm_arena_block *prev = b->prev;
    free(b);
    b = prev;
  }
  a->head = NULL;
}

void nm_vec_init(nm_vec *v, size_t elem) {
  v->data = NULL;
  v->n = v->cap = 0;
  v->elem = elem;
}

int nm_vec_reserve(nm_vec *v, size_t want) {
  if (want <= v->cap) return 0;
  size_t cap = v->cap ? v->cap : 16;
  while (cap < want) {
    if (cap > SIZE_MAX / 2) return -1;
    cap *= 2;
  }
  if (cap > SIZE_MAX / v->elem) return -1;
  void *p = realloc(v->data, cap * v->elem);
  if (!p) return -1;
  v->data = p;
  v->cap = cap;
  return 0;
}

void *nm_vec_push(nm_vec *v) {
  if (v->n == v->cap && nm_vec_reserve(v, v->n + 1) != 0) return NULL;
  return (char *)v->data + v->elem * v->n++;
}

void nm_vec_free(nm_vec *v) {
  free(v->data);
  v->data = NULL;
  v->n = v->cap = 0;
}
