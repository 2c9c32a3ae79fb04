/* utf8.h - decoding and character classes for segmentation. Internal. */
#ifndef NM_UTF8_H
#define NM_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Character classes (bit set). */
enum {
  NM_CC_SPACE = 1u << 0, /* horizontal white space, NUL, BOM, zero-width space */
  NM_CC_BREAK = 1u << 1, /* line or paragraph break */
  NM_CC_UPPER = 1u << 2, /* cased letter, upper or title case */
  NM_CC_LOWER = 1u << 3, /* cased letter, lower case */
  NM_CC_ALPHA = 1u << 4, /* any letter, mark or uncased script character */
  NM_CC_DIGIT = 1u << 5, /* decimal digit or vulgar fraction */
  NM_CC_PUNCT = 1u << 6, /* punctuation or symbol: a token of its own */
  NM_CC_BAD = 1u << 7    /* an invalid UTF-8 sequence (decoded as U+FFFD) */
};

#define NM_CC_WORD (NM_CC_ALPHA | NM_CC_DIGIT)

/* Decodes one code point at s[0..n), n >= 1. Returns the number of bytes
 * consumed (1..4). An invalid or truncated sequence consumes 1 byte, sets
 * *cp = 0xFFFD and its class has NM_CC_BAD. */
static inline size_t nm_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len;
  uint32_t v, min;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, v = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, v = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, v = c & 0x07, min = 0x10000;
  } else {
    goto bad;
  }
  if (n < len) goto bad;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) goto bad;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) goto bad;
  *cp = v;
  return len;
bad:
  *cp = 0xFFFD;
  return 1;
}

/* Class bits of a code point. */
unsigned nm_char_class(uint32_t cp);

/* Class bits of the ASCII characters, for the hot loops. */
extern const unsigned char nm_ascii_class[128];

/* Lower-cases an ASCII letter; other bytes unchanged. */
static inline unsigned char nm_ascii_lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* The ASCII base letters of a Latin letter with diacritics ("ğ" -> "g",
 * "æ" -> "ae", from the Unicode canonical decompositions of U+00C0..U+024F
 * and U+1E00..U+1EFF): sets *t and *tn and returns 1, or returns 0. */
int nm_latin_base(uint32_t cp, const char **t, size_t *tn);

/* s[0..n) with its Latin letters folded to their base letters, into
 * out[0..cap): the length written, or 0 when nothing folds or out is too
 * small. */
size_t nm_fold_latin(const char *s, size_t n, char *out, size_t cap);

#endif
