/* gazetteer.c - the compiled gazetteer: building, loading and matching.
 *
 * Sections (container: model.h; integers little-endian):
 *   GINF  24 bytes: u32 format version (NM_GZ_FORMAT), u32 longest name in
 *         tokens (NM_GZ_MAX_TOKENS), u32 slots S (16..2^28), u32 entries
 *         E (< S), u32 longest probe P (< S), u32 reserved (0)
 *   GTAB  S slots of 16 bytes: u64 key (nm_gz_key(); 0 = empty slot), u32
 *         flags, 3 bytes ISO 3166 alpha-3 (or three zero bytes), 1 zero byte
 * A key's home slot is (key >> 32) * S >> 32 (any S, so that the table
 * can be sized to a load of 2/3); linear probing. P is the largest
 * distance of an entry from its home slot, so a lookup probes at most P + 1
 * slots. The loader checks every slot (flags, country, padding), that E
 * slots are filled, that every entry is within P of its home with no empty
 * slot in between (so that lookups find it), and that no key is stored
 * twice. */
#include "gazetteer.h"

#include "error.h"

#include <stdlib.h>
#include <string.h>

#define NM_GZ_FORMAT    1u
#define NM_GZ_INFO_ID   NM_FOURCC('G', 'I', 'N', 'F')
#define NM_GZ_TABLE_ID  NM_FOURCC('G', 'T', 'A', 'B')
#define NM_GZ_SLOT      16u
#define NM_GZ_MIN_SLOTS 16u
#define NM_GZ_MAX_SLOTS (1u << 28)

/* Bits a name may carry, and every bit a stored entry may carry. */
#define NM_GZ_NAME_BITS                                                                            \
  (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_DEMONYM | NM_GZ_PERSON |       \
   NM_GZ_ORG | NM_GZ_BIGCITY | NM_GZ_ACRONYM)
#define NM_GZ_ALL_BITS (NM_GZ_NAME_BITS | NM_GZ_PREFIX)
/* The kinds of name; a stored entry has one at least, or is only a prefix. */
#define NM_GZ_KIND_BITS                                                                            \
  (NM_GZ_COUNTRY | NM_GZ_CITY | NM_GZ_ADMIN1 | NM_GZ_REGION | NM_GZ_DEMONYM | NM_GZ_PERSON |       \
   NM_GZ_ORG)

struct nm_gazetteer {
  nm_model model;
  const unsigned char *tab; /* S slots */
  uint32_t slots, entries, max_probe;
};

/* --- hashing */

/* A 64-bit finaliser (splitmix64's): every input bit affects every output
 * bit. */
static inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

uint64_t nm_gz_token_hash(const char *s, size_t len) {
  uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a over the lower-cased bytes */
  size_t n = 0;
  for (size_t i = 0; i < len; i++, n++) {
    unsigned c = (unsigned char)s[i];
    if (c - 'A' < 26u) c += 'a' - 'A';
    /* a typographic apostrophe is the plain one ("N\xe2\x80\x99Djamena",
     * "C\xc3\xb4te d\xe2\x80\x99Ivoire" are the gazetteer's N'Djamena) */
    if (c == 0xe2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x99) {
      c = '\'';
      i += 2;
    }
    h = (h ^ c) * 0x100000001b3ull;
  }
  return mix64(h ^ n);
}

/* A name's key is a chain over its token hashes, so that the key of each
 * longer prefix costs one step: state(k + 1) = mix(state(k) ^ h[k]). */
#define GZ_KEY_SEED 0x6e6d677a6b657931ull
static inline uint64_t key_step(uint64_t state, uint64_t h) { return mix64(state ^ h); }
/* 0 marks an empty slot, so no key is 0. */
static inline uint64_t key_of(uint64_t state) { return state ? state : 1; }

uint64_t nm_gz_key(const uint64_t *token_hashes, size_t n) {
  uint64_t st = GZ_KEY_SEED;
  for (size_t i = 0; i < n; i++)
    st = key_step(st, token_hashes[i]);
  return key_of(st);
}

/* --- lookup */

/* A key's home slot among `slots`: its high half scaled to the table. */
static inline uint32_t home(uint64_t key, uint32_t slots) {
  return (uint32_t)(((key >> 32) * (uint64_t)slots) >> 32);
}

/* The slot holding key, or NULL. */
static inline const unsigned char *find(const nm_gazetteer *g, uint64_t key) {
  uint32_t i = home(key, g->slots);
  for (uint32_t p = 0; p <= g->max_probe; p++) {
    const unsigned char *s = g->tab + (size_t)NM_GZ_SLOT * i;
    uint64_t k = nm_rd64(s);
    if (k == key) return s;
    if (k == 0) return NULL;
    if (++i == g->slots) i = 0;
  }
  return NULL;
}

static void read_entry(const unsigned char *s, nm_gz_entry *e) {
  e->flags = nm_rd32(s + 8);
  memcpy(e->iso3, s + 12, 3);
  e->iso3[3] = '\0';
}

int nm_gazetteer_get(const nm_gazetteer *g, const uint64_t *h, size_t n, nm_gz_entry *e) {
  if (!g || n == 0 || n > NM_GZ_MAX_TOKENS) return 0;
  const unsigned char *s = find(g, nm_gz_key(h, n));
  if (!s) return 0;
  if (e) read_entry(s, e);
  return 1;
}

/* True when no word of words[a..b) has a lower-case ASCII letter. */
static int no_lower(const char *const *words, const size_t *lens, size_t a, size_t b) {
  for (size_t w = a; w < b; w++)
    for (size_t i = 0; i < lens[w]; i++)
      if ((unsigned)(unsigned char)words[w][i] - 'a' < 26u) return 0;
  return 1;
}

size_t nm_gazetteer_match(const nm_gazetteer *g, const char *const *words, const size_t *lens,
                          size_t n, nm_gz_match *out, size_t cap) {
  /* token hashes of words [i, have) in a ring: a start never looks more
   * than NM_GZ_MAX_TOKENS words ahead, and starts only move forward */
  uint64_t ring[NM_GZ_MAX_TOKENS];
  size_t have = 0, found = 0;
  if (!g || !words || !lens) return 0;
  for (size_t i = 0; i < n && found < cap;) {
    uint64_t st = GZ_KEY_SEED;
    size_t best = 0;
    nm_gz_entry best_e = {0, ""};
    for (size_t len = 1; len <= NM_GZ_MAX_TOKENS && i + len <= n; len++) {
      size_t j = i + len - 1;
      if (j >= have) {
        ring[j % NM_GZ_MAX_TOKENS] = nm_gz_token_hash(words[j], lens[j]);
        have = j + 1;
      }
      st = key_step(st, ring[j % NM_GZ_MAX_TOKENS]);
      const unsigned char *s = find(g, key_of(st));
      if (!s) break;
      uint32_t flags = nm_rd32(s + 8);
      if ((flags & NM_GZ_KIND_BITS) &&
          (!(flags & NM_GZ_ACRONYM) || no_lower(words, lens, i, i + len))) {
        best = len;
        read_entry(s, &best_e);
      }
      if (!(flags & NM_GZ_PREFIX)) break;
    }
    if (!best) {
      i++;
      continue;
    }
    if (out) {
      out[found].start = (uint32_t)i;
      out[found].end = (uint32_t)(i + best);
      out[found].e = best_e;
    }
    found++;
    i += best;
  }
  return found;
}

size_t nm_gazetteer_count(const nm_gazetteer *g, uint32_t flags) {
  size_t c = 0;
  if (!g) return 0;
  for (uint32_t i = 0; i < g->slots; i++) {
    const unsigned char *s = g->tab + (size_t)NM_GZ_SLOT * i;
    if (nm_rd64(s) != 0 && (nm_rd32(s + 8) & flags) == flags) c++;
  }
  return c;
}

/* --- loading */

static nm_gazetteer *fail(nm_gazetteer *g, nm_error *err, nm_status code, const char *msg) {
  if (g) {
    nm_model_close(&g->model);
    free(g);
  }
  nm_fail(err, code, msg, 0);
  return NULL;
}

static int valid_iso3(const unsigned char *c) {
  if (!c[0] && !c[1] && !c[2]) return 1;
  for (int k = 0; k < 3; k++)
    if (c[k] < 'A' || c[k] > 'Z') return 0;
  return 1;
}

/* Checks one filled slot's fields; NULL when they are sound. */
static const char *check_slot(const unsigned char *s) {
  uint32_t flags = nm_rd32(s + 8);
  if (flags & ~(uint32_t)NM_GZ_ALL_BITS) return "gazetteer: an entry has unknown flags";
  if (!(flags & NM_GZ_KIND_BITS) && flags != NM_GZ_PREFIX)
    return "gazetteer: an entry has no name flag";
  if (!valid_iso3(s + 12) || s[15] != 0) return "gazetteer: an entry has a bad country code";
  return NULL;
}

/* Walks the table once, starting just after an empty slot, so that `run`
 * (the filled slots ending at the current one) is exact. Every entry must
 * lie within the probe limit of its home with no empty slot between. */
static const char *check_table(const nm_gazetteer *g) {
  const unsigned char *t = g->tab;
  uint32_t slots = g->slots, start = 0, filled = 0, run = 0;
  while (start < slots && nm_rd64(t + (size_t)NM_GZ_SLOT * start) != 0)
    start++;
  if (start == slots) return "gazetteer: the table has no empty slot";
  for (uint32_t k = 1; k <= slots; k++) {
    uint32_t i = (uint32_t)(((uint64_t)start + k) % slots);
    const unsigned char *s = t + (size_t)NM_GZ_SLOT * i;
    uint64_t key = nm_rd64(s);
    if (key == 0) {
      for (int b = 8; b < 16; b++)
        if (s[b]) return "gazetteer: an empty slot holds data";
      run = 0;
      continue;
    }
    run++;
    filled++;
    const char *msg = check_slot(s);
    if (msg) return msg;
    uint32_t h = home(key, slots), dist = i >= h ? i - h : i + (slots - h);
    if (dist > g->max_probe || dist >= run)
      return "gazetteer: an entry lies outside its probe sequence";
  }
  if (filled != g->entries) return "gazetteer: the entry count is wrong";
  return NULL;
}

/* Every key must be found at its own slot: a key stored twice would be. */
static const char *check_unique(const nm_gazetteer *g) {
  for (uint32_t i = 0; i < g->slots; i++) {
    const unsigned char *s = g->tab + (size_t)NM_GZ_SLOT * i;
    uint64_t key = nm_rd64(s);
    if (key != 0 && find(g, key) != s) return "gazetteer: a key is stored twice";
  }
  return NULL;
}

static nm_gazetteer *load(nm_gazetteer *g, nm_error *err) {
  size_t len;
  const unsigned char *inf = nm_model_section(&g->model, NM_GZ_INFO_ID, &len);
  if (!inf || len != 24) return fail(g, err, NM_ERR_FORMAT, "gazetteer: missing or bad GINF");
  if (nm_rd32(inf) != NM_GZ_FORMAT)
    return fail(g, err, NM_ERR_FORMAT, "gazetteer: unsupported format version; rebuild it");
  if (nm_rd32(inf + 4) != NM_GZ_MAX_TOKENS)
    return fail(g, err, NM_ERR_FORMAT, "gazetteer: built for another name length");
  uint32_t slots = nm_rd32(inf + 8), entries = nm_rd32(inf + 12), probe = nm_rd32(inf + 16);
  if (slots < NM_GZ_MIN_SLOTS || slots > NM_GZ_MAX_SLOTS || entries >= slots || probe >= slots ||
      nm_rd32(inf + 20) != 0)
    return fail(g, err, NM_ERR_FORMAT, "gazetteer: bad counts");
  const unsigned char *tab = nm_model_section(&g->model, NM_GZ_TABLE_ID, &len);
  if (!tab || len / NM_GZ_SLOT != slots || len % NM_GZ_SLOT)
    return fail(g, err, NM_ERR_FORMAT, "gazetteer: table size is wrong");
  g->tab = tab;
  g->slots = slots;
  g->entries = entries;
  g->max_probe = probe;
  const char *msg = check_table(g);
  if (!msg) msg = check_unique(g);
  if (msg) return fail(g, err, NM_ERR_FORMAT, msg);
  return g;
}

nm_gazetteer *nm_gazetteer_open(const char *path, nm_error *err) {
  nm_gazetteer *g = calloc(1, sizeof *g);
  if (!g) return fail(NULL, err, NM_ERR_NOMEM, "out of memory");
  if (nm_model_open(path, NM_GAZETTEER_KIND, &g->model, err) != NM_OK) {
    free(g);
    return NULL;
  }
  return load(g, err);
}

nm_gazetteer *nm_gazetteer_open_mem(const unsigned char *buf, size_t len, nm_error *err) {
  nm_gazetteer *g = calloc(1, sizeof *g);
  if (!g) return fail(NULL, err, NM_ERR_NOMEM, "out of memory");
  if (nm_model_open_mem(buf, len, NM_GAZETTEER_KIND, &g->model, err) != NM_OK) {
    free(g);
    return NULL;
  }
  return load(g, err);
}

void nm_gazetteer_free(nm_gazetteer *g) {
  if (!g) return;
  nm_model_close(&g->model);
  free(g);
}

/* --- building */

/* One key's record before merging: a name, or a prefix of one. */
typedef struct rec {
  uint64_t key;
  uint64_t rank;
  uint32_t flags;
  int is_name;
  char iso3[4];
} rec;

/* Orders records by key, then so that the first of a key's records is the
 * one whose country wins: names before prefixes, higher rank, a country
 * before none, then the alphabetically first country; flags make the
 * order total, so that the result does not depend on the input order. */
static int rec_cmp(const void *pa, const void *pb) {
  const rec *a = pa, *b = pb;
  if (a->key != b->key) return a->key < b->key ? -1 : 1;
  if (a->is_name != b->is_name) return a->is_name ? -1 : 1;
  if (a->rank != b->rank) return a->rank > b->rank ? -1 : 1;
  int ha = a->iso3[0] != 0, hb = b->iso3[0] != 0;
  if (ha != hb) return ha ? -1 : 1;
  int c = memcmp(a->iso3, b->iso3, 3);
  if (c) return c;
  return a->flags < b->flags ? -1 : a->flags > b->flags;
}

static int valid_name(const nm_gz_name *nm) {
  if (nm->n < 1 || nm->n > NM_GZ_MAX_TOKENS) return 0;
  if (!nm->flags || (nm->flags & ~(uint32_t)NM_GZ_NAME_BITS)) return 0;
  if (!(nm->flags & NM_GZ_KIND_BITS)) return 0;
  if (nm->iso3[0] && nm->iso3[3]) return 0;
  return valid_iso3((const unsigned char *)nm->iso3);
}

/* The records of names[0..n) into a malloc'd *out: each name, and each
 * proper prefix of it. */
static nm_status make_records(const nm_gz_name *names, size_t n, rec **out, size_t *nr,
                              nm_error *err) {
  size_t total = 0;
  for (size_t i = 0; i < n; i++) {
    if (!valid_name(&names[i]))
      return nm_fail(err, NM_ERR_INVALID, "gazetteer: a name has bad tokens, flags or country", i);
    total += names[i].n;
    if (total > SIZE_MAX / sizeof(rec))
      return nm_fail(err, NM_ERR_LIMIT, "gazetteer: too many names", 0);
  }
  rec *r = malloc((total ? total : 1) * sizeof *r);
  if (!r) return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const nm_gz_name *nm = &names[i];
    uint64_t st = GZ_KEY_SEED;
    for (uint32_t t = 0; t < nm->n; t++) {
      st = key_step(st, nm->h[t]);
      rec *x = &r[k++];
      memset(x, 0, sizeof *x);
      x->key = key_of(st);
      if (t + 1 < nm->n) {
        x->flags = NM_GZ_PREFIX;
      } else {
        x->is_name = 1;
        x->flags = nm->flags;
        x->rank = nm->rank;
        memcpy(x->iso3, nm->iso3, 3);
      }
    }
  }
  *out = r;
  *nr = k;
  return NM_OK;
}

/* Merges sorted records in place; returns the number of distinct keys. */
static size_t merge_records(rec *r, size_t nr) {
  size_t out = 0;
  for (size_t i = 0; i < nr;) {
    size_t j = i;
    uint32_t flags = 0;
    int acronym = 1, names = 0;
    for (; j < nr && r[j].key == r[i].key; j++) {
      flags |= r[j].flags & ~(uint32_t)NM_GZ_ACRONYM;
      if (r[j].is_name) {
        names++;
        if (!(r[j].flags & NM_GZ_ACRONYM)) acronym = 0;
      }
    }
    if (names && acronym) flags |= NM_GZ_ACRONYM;
    rec m = r[i]; /* the first record carries the winning country */
    m.flags = flags;
    /* two names of one rank with two countries: no country ("National
     * Liberation Army", Colombia's and Bolivia's in the actor files) */
    if (m.is_name && i + 1 < j && r[i + 1].is_name && r[i + 1].rank == m.rank &&
        r[i + 1].iso3[0] && memcmp(r[i + 1].iso3, m.iso3, 3) != 0)
      memset(m.iso3, 0, sizeof m.iso3);
    r[out++] = m;
    i = j;
  }
  return out;
}

/* Lays the merged records out in a table of `slots` slots, inserting them
 * in key order (so the layout is deterministic); returns the longest
 * probe. */
static uint32_t fill_table(unsigned char *tab, uint32_t slots, const rec *r, size_t e) {
  uint32_t longest = 0;
  for (size_t k = 0; k < e; k++) {
    uint32_t i = home(r[k].key, slots), p = 0;
    while (nm_rd64(tab + (size_t)NM_GZ_SLOT * i) != 0) {
      if (++i == slots) i = 0;
      p++;
    }
    unsigned char *s = tab + (size_t)NM_GZ_SLOT * i;
    for (int b = 0; b < 8; b++)
      s[b] = (unsigned char)(r[k].key >> (8 * b));
    for (int b = 0; b < 4; b++)
      s[8 + b] = (unsigned char)(r[k].flags >> (8 * b));
    memcpy(s + 12, r[k].iso3, 3);
    if (p > longest) longest = p;
  }
  return longest;
}

nm_status nm_gazetteer_build(const nm_gz_name *names, size_t n, uint32_t ids[2],
                             nm_bytes sections[2], nm_error *err) {
  memset(sections, 0, 2 * sizeof *sections);
  ids[0] = NM_GZ_INFO_ID;
  ids[1] = NM_GZ_TABLE_ID;
  size_t nr = 0;
  rec *r = NULL;
  nm_status st = make_records(names, n, &r, &nr, err);
  if (st != NM_OK) return st;
  qsort(r, nr, sizeof *r, rec_cmp);
  size_t e = merge_records(r, nr);
  /* a load of 2/3 keeps misses (the common case: most words are no name)
   * to a few probes */
  uint64_t want = (uint64_t)e * 3 / 2 + 1;
  if (want > NM_GZ_MAX_SLOTS) {
    free(r);
    return nm_fail(err, NM_ERR_LIMIT, "gazetteer: too many names", 0);
  }
  uint32_t slots = want < NM_GZ_MIN_SLOTS ? NM_GZ_MIN_SLOTS : (uint32_t)want;
  unsigned char *tab = calloc(slots, NM_GZ_SLOT);
  if (!tab) {
    free(r);
    return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  }
  uint32_t probe = fill_table(tab, slots, r, e);
  free(r);
  nm_bytes_u32(&sections[0], NM_GZ_FORMAT);
  nm_bytes_u32(&sections[0], NM_GZ_MAX_TOKENS);
  nm_bytes_u32(&sections[0], slots);
  nm_bytes_u32(&sections[0], (uint32_t)e);
  nm_bytes_u32(&sections[0], probe);
  nm_bytes_u32(&sections[0], 0);
  nm_bytes_put(&sections[1], tab, (size_t)slots * NM_GZ_SLOT);
  free(tab);
  if (sections[0].failed || sections[1].failed) {
    nm_bytes_free(&sections[0]);
    nm_bytes_free(&sections[1]);
    return nm_fail(err, NM_ERR_NOMEM, "out of memory", 0);
  }
  return NM_OK;
}

nm_status nm_gazetteer_write(const char *path, const nm_gz_name *names, size_t n, nm_error *err) {
  uint32_t ids[2];
  nm_bytes sec[2];
  nm_status st = nm_gazetteer_build(names, n, ids, sec, err);
  if (st != NM_OK) return st;
  st = nm_model_write(path, NM_GAZETTEER_KIND, 2, ids, sec, err);
  nm_bytes_free(&sec[0]);
  nm_bytes_free(&sec[1]);
  return st;
}
