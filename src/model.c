/* model.c - reading, validating and writing model containers. */
/* MAP_ANONYMOUS and MADV_HUGEPAGE are not POSIX */
#define _DEFAULT_SOURCE 1
#include "model.h"

#include "error.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

nm_status nm_model_open_mem(const unsigned char *buf, size_t len, uint32_t kind, nm_model *m,
                            nm_error *err) {
  memset(m, 0, sizeof *m);
  if (!buf || len < 24) return nm_fail(err, NM_ERR_FORMAT, "model file is truncated", 0);
  if (memcmp(buf, "NEWSMILL", 8) != 0)
    return nm_fail(err, NM_ERR_FORMAT, "not a newsmill model file (bad magic)", 0);
  if (nm_rd32(buf + 8) != NM_MODEL_VERSION)
    return nm_fail(err, NM_ERR_FORMAT, "model file has an unsupported format version", 8);
  if (nm_rd32(buf + 12) != kind)
    return nm_fail(err, NM_ERR_FORMAT, "model file is of another kind", 12);
  uint32_t n = nm_rd32(buf + 16);
  if (n > NM_MODEL_MAX_SECTIONS)
    return nm_fail(err, NM_ERR_FORMAT, "model file has too many sections", 16);
  if ((len - 24) / 24 < n)
    return nm_fail(err, NM_ERR_FORMAT, "model section table is truncated", 24);
  for (uint32_t i = 0; i < n; i++) {
    const unsigned char *e = buf + 24 + 16 * (size_t)i;
    uint32_t id = nm_rd32(e);
    uint64_t offset = nm_rd64(e + 8);
    /* the lengths follow the entries, 8 bytes each */
    size_t lt = 24 + 16 * (size_t)n + 8 * (size_t)i;
    if (lt + 8 > len) return nm_fail(err, NM_ERR_FORMAT, "model section table is truncated", lt);
    uint64_t length = nm_rd64(buf + lt);
    if (offset % 8 != 0) return nm_fail(err, NM_ERR_FORMAT, "model section is misaligned", 24);
    if (offset > len || length > len - offset)
      return nm_fail(err, NM_ERR_FORMAT, "model section lies outside the file",
                     24 + 16 * (size_t)i);
    if (offset < 24 + 24 * (size_t)n && length > 0)
      return nm_fail(err, NM_ERR_FORMAT, "model section overlaps the header", 24 + 16 * (size_t)i);
    for (uint32_t j = 0; j < i; j++)
      if (m->sections[j].id == id)
        return nm_fail(err, NM_ERR_FORMAT, "model file repeats a section", 24 + 16 * (size_t)i);
    m->sections[i].id = id;
    m->sections[i].data = buf + offset;
    m->sections[i].len = (size_t)length;
  }
  m->base = buf;
  m->len = len;
  m->kind = kind;
  m->n_sections = n;
  return NM_OK;
}

/* Large models are read into memory backed by 2 MB pages where the system
 * offers them (Linux's transparent huge pages): the parser's tables are
 * tens of megabytes read at random, and with 4 kB pages nearly every
 * lookup also misses the TLB. */
enum { HUGE_PAGE = 2u << 20, HUGE_MIN = 4u << 20 };

void *nm_huge_alloc(size_t len, size_t *map_len) {
#if defined(MADV_HUGEPAGE)
  if (len < HUGE_MIN || len > ((size_t)1 << 40)) return NULL;
  size_t want = (len + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
  size_t span = want + HUGE_PAGE; /* room to align the start */
  unsigned char *raw = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return NULL;
  uintptr_t a = ((uintptr_t)raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
  unsigned char *r = (unsigned char *)a;
  size_t head = (size_t)(r - raw), tail = span - head - want;
  if (head) munmap(raw, head);
  if (tail) munmap(r + want, tail);
  (void)madvise(r, want, MADV_HUGEPAGE); /* a hint: failing is harmless */
  *map_len = want;
  return r;
#else
  (void)len;
  (void)map_len;
  return NULL;
#endif
}

void nm_huge_free(void *p, size_t map_len) {
  if (p) munmap(p, map_len);
}

/* The file read into such memory: the region (its length in *map_len, the
 * file's bytes at its start) or MAP_FAILED, and the caller then maps the
 * file as usual. */
static void *huge_copy(int fd, size_t len, size_t *map_len) {
  size_t want;
  unsigned char *r = nm_huge_alloc(len, &want);
  if (!r) return MAP_FAILED;
  size_t got = 0;
  while (got < len) {
    ssize_t k = pread(fd, r + got, len - got, (off_t)got);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) break;
    got += (size_t)k;
  }
  if (got != len || mprotect(r, want, PROT_READ) != 0) {
    munmap(r, want);
    return MAP_FAILED;
  }
  *map_len = want;
  return r;
}

nm_status nm_model_open(const char *path, uint32_t kind, nm_model *m, nm_error *err) {
  memset(m, 0, sizeof *m);
  int fd = open(path, O_RDONLY);
  if (fd < 0) return nm_fail(err, NM_ERR_IO, "cannot open the model file", 0);
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size < 0) {
    close(fd);
    return nm_fail(err, NM_ERR_IO, "cannot read the model file", 0);
  }
  size_t len = (size_t)st.st_size;
  size_t map_len = len;
  void *map = huge_copy(fd, len, &map_len);
  if (map == MAP_FAILED) {
    map_len = len;
    map = len ? mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
  }
  void *owned = NULL;
  const unsigned char *buf;
  if (map != MAP_FAILED) {
    buf = map;
  } else {
    /* no mmap (a pipe, an empty file): read it */
    owned = malloc(len ? len : 1);
    if (!owned) {
      close(fd);
      return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
    }
    size_t got = 0;
    while (got < len) {
      ssize_t r = read(fd, (char *)owned + got, len - got);
      if (r <= 0) {
        if (r < 0 && errno == EINTR) continue;
        break;
      }
      got += (size_t)r;
    }
    len = got;
    buf = owned;
    map = NULL;
  }
  close(fd);
  nm_status s = nm_model_open_mem(buf, len, kind, m, err);
  if (s != NM_OK) {
    if (map) munmap(map, map_len);
    free(owned);
    return s;
  }
  m->map = map;
  m->map_len = map ? map_len : 0;
  m->owned = owned;
  return NM_OK;
}

void nm_model_close(nm_model *m) {
  if (!m) return;
  if (m->map) munmap(m->map, m->map_len);
  free(m->owned);
  memset(m, 0, sizeof *m);
}

const unsigned char *nm_model_section(const nm_model *m, uint32_t id, size_t *len) {
  for (uint32_t i = 0; i < m->n_sections; i++)
    if (m->sections[i].id == id) {
      if (len) *len = m->sections[i].len;
      return m->sections[i].data;
    }
  if (len) *len = 0;
  return NULL;
}

/* --- writing */

static void grow(nm_bytes *b, size_t more) {
  if (b->failed) return;
  if (more > SIZE_MAX - b->len) {
    b->failed = true;
    return;
  }
  size_t want = b->len + more;
  if (want <= b->cap) return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < want) {
    if (cap > SIZE_MAX / 2) {
      b->failed = true;
      return;
    }
    cap *= 2;
  }
  unsigned char *p = realloc(b->data, cap);
  if (!p) {
    b->failed = true;
    return;
  }
  b->data = p;
  b->cap = cap;
}

void nm_bytes_put(nm_bytes *b, const void *p, size_t n) {
  grow(b, n);
  if (b->failed || !n) return;
  memcpy(b->data + b->len, p, n);
  b->len += n;
}

void nm_bytes_u8(nm_bytes *b, unsigned v) {
  unsigned char c = (unsigned char)v;
  nm_bytes_put(b, &c, 1);
}

void nm_bytes_u16(nm_bytes *b, unsigned v) {
  unsigned char c[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
  nm_bytes_put(b, c, 2);
}

void nm_bytes_u32(nm_bytes *b, uint32_t v) {
  unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                        (unsigned char)(v >> 24)};
  nm_bytes_put(b, c, 4);
}

void nm_bytes_u64(nm_bytes *b, uint64_t v) {
  nm_bytes_u32(b, (uint32_t)v);
  nm_bytes_u32(b, (uint32_t)(v >> 32));
}

void nm_bytes_f32(nm_bytes *b, float v) {
  uint32_t u;
  memcpy(&u, &v, 4);
  nm_bytes_u32(b, u);
}

void nm_bytes_free(nm_bytes *b) {
  free(b->data);
  memset(b, 0, sizeof *b);
}

nm_status nm_model_write(const char *path, uint32_t kind, size_t n, const uint32_t *ids,
                         const nm_bytes *sections, nm_error *err) {
  if (n > NM_MODEL_MAX_SECTIONS) return nm_fail(err, NM_ERR_INVALID, "too many sections", 0);
  nm_bytes out = {0};
  nm_bytes_put(&out, "NEWSMILL", 8);
  nm_bytes_u32(&out, NM_MODEL_VERSION);
  nm_bytes_u32(&out, kind);
  nm_bytes_u32(&out, (uint32_t)n);
  nm_bytes_u32(&out, 0);
  /* table 1: {id, reserved, offset}; table 2: lengths */
  uint64_t off = 24 + 24 * (uint64_t)n;
  off = (off + 7) & ~(uint64_t)7;
  uint64_t offs[NM_MODEL_MAX_SECTIONS];
  for (size_t i = 0; i < n; i++) {
    offs[i] = off;
    off += sections[i].len;
    off = (off + 7) & ~(uint64_t)7;
  }
  for (size_t i = 0; i < n; i++) {
    nm_bytes_u32(&out, ids[i]);
    nm_bytes_u32(&out, 0);
    nm_bytes_u64(&out, offs[i]);
  }
  for (size_t i = 0; i < n; i++)
    nm_bytes_u64(&out, sections[i].len);
  for (size_t i = 0; i < n; i++) {
    while (out.len < offs[i])
      nm_bytes_u8(&out, 0);
    if (sections[i].failed) out.failed = true;
    nm_bytes_put(&out, sections[i].data, sections[i].len);
  }
  if (out.failed) {
    nm_bytes_free(&out);
    return nm_fail(err, NM_ERR_NOMEM, "out of memory while writing the model", 0);
  }
  FILE *f = fopen(path, "wb");
  if (!f) {
    nm_bytes_free(&out);
    return nm_fail(err, NM_ERR_IO, "cannot create the model file", 0);
  }
  bool ok = fwrite(out.data, 1, out.len, f) == out.len;
  if (fclose(f) != 0) ok = false;
  nm_bytes_free(&out);
  return ok ? NM_OK : nm_fail(err, NM_ERR_IO, "writing the model file failed", 0);
}
