/* utf8.c - character classes. ASCII goes through a table; the rest through
 * ranges that cover the scripts and punctuation news text uses. */
#include "utf8.h"

#include <string.h>

#define S NM_CC_SPACE
#define B NM_CC_BREAK
#define U (NM_CC_UPPER | NM_CC_ALPHA)
#define L (NM_CC_LOWER | NM_CC_ALPHA)
#define D NM_CC_DIGIT
#define P NM_CC_PUNCT

const unsigned char nm_ascii_class[128] = {
    /* 0x00 NUL counts as space so that it separates tokens */
    S, P, P, P, P, P, P, P, P, S, B, S, B, B, P, P, /* \t \n \v \f \r */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* control chars */
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* space ! " # ... / */
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P, /* 0-9 : ; < = > ? */
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, /* @ A-O */
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P, /* P-Z [ \ ] ^ _ */
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* ` a-o */
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, P, /* p-z { | } ~ DEL */
};

unsigned nm_char_class(uint32_t cp) {
  if (cp < 0x80) return nm_ascii_class[cp];
  if (cp == 0xFFFD) return NM_CC_ALPHA;
  if (cp < 0x100) {
    if (cp == 0x85) return B;
    if (cp < 0xA0) return P; /* C1 controls */
    if (cp == 0xA0) return S;
    if (cp == 0xAA || cp == 0xBA) return L;
    if (cp == 0xB5) return L;
    if (cp == 0xAD) return NM_CC_ALPHA; /* soft hyphen stays inside words */
    if (cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || (cp >= 0xBC && cp <= 0xBE)) return D;
    if (cp < 0xC0) return P;
    if (cp == 0xD7 || cp == 0xF7) return P;
    return cp < 0xDF ? U : L;
  }
  if (cp < 0x180) { /* Latin Extended-A: mostly upper/lower pairs */
    if (cp == 0x130 || cp == 0x178) return U;
    if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return L;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? U : L;
    return (cp & 1) ? L : U;
  }
  if (cp < 0x250) return NM_CC_ALPHA;                /* Latin Extended-B */
  if (cp >= 0x300 && cp < 0x370) return NM_CC_ALPHA; /* combining marks */
  if (cp >= 0x370 && cp < 0x400) {
    if (cp == 0x37E || cp == 0x387) return P;
    if (cp >= 0x391 && cp <= 0x3AB) return U;
    if (cp >= 0x3AC && cp <= 0x3CE) return L;
    return NM_CC_ALPHA;
  }
  if (cp >= 0x400 && cp < 0x530) { /* Cyrillic */
    if (cp < 0x430) return U;
    if (cp < 0x460) return L;
    if (cp == 0x482) return P;
    return (cp & 1) ? L : U;
  }
  if (cp == 0x1680) return S;                               /* Ogham space mark */
  if (cp >= 0x1E00 && cp < 0x1F00) return (cp & 1) ? L : U; /* Latin Extended Additional */
  if (cp >= 0x2000 && cp < 0x2070) {
    if (cp <= 0x200B || cp == 0x202F || cp == 0x205F) return S;
    if (cp == 0x2028 || cp == 0x2029) return B;
    if (cp == 0x200C || cp == 0x200D || (cp >= 0x2060 && cp <= 0x2064)) return NM_CC_ALPHA;
    if (cp >= 0x200E && cp <= 0x200F) return S; /* direction marks */
    if (cp >= 0x202A && cp <= 0x202E) return S;
    if (cp >= 0x2066) return S;
    return P;
  }
  if (cp >= 0x2070 && cp < 0x20A0) return D; /* super/subscripts */
  if (cp >= 0x20A0 && cp < 0x2150) return P; /* currency, letterlike symbols */
  if (cp >= 0x2150 && cp < 0x2190) return D; /* number forms */
  if (cp >= 0x2190 && cp < 0x2C00) return P; /* arrows, maths, boxes, dingbats */
  if (cp >= 0x2E00 && cp < 0x2E80) return P;
  if (cp == 0x3000) return S;
  if (cp >= 0x3001 && cp < 0x3040) return P;
  if (cp == 0xFEFF) return S;
  if (cp >= 0xFE10 && cp < 0xFE70) return P;
  if (cp >= 0xFF01 && cp <= 0xFF0F) return P;
  if (cp >= 0xFF10 && cp <= 0xFF19) return D;
  if (cp >= 0xFF1A && cp <= 0xFF20) return P;
  if (cp >= 0xFF21 && cp <= 0xFF3A) return U;
  if (cp >= 0xFF41 && cp <= 0xFF5A) return L;
  if (cp >= 0x1F000 && cp < 0x1FB00) return P;          /* emoji and pictographs */
  if (cp >= 0xFE00 && cp <= 0xFE0F) return NM_CC_ALPHA; /* variation selectors */
  return NM_CC_ALPHA;
}

/* Base letters of U+00C0..U+024F and U+1E00..U+1EFF ('?': none; the
 * letters that fold to two are listed in nm_latin_base()). Generated from the
 * Unicode canonical decompositions. */
static const char fold_latin[] =
    "aaaaaa?ceeeeiiiidnooooo?ouuuuy??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkklllllll"
    "lllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    "?????????d????e???f????i??l?????oo?????????????uu????zz?????????"
    "?????????????aaiioouuuuuuuuuueaaaa??ggggkkoooo??j???gg??nnaa????"
    "aaaaeeeeiiiioooorrrruuuusstt??hh??????aaeeooooooooyy????????????"
    "????????????????";
static const char fold_latin_add[] =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
    "wwwwwwwwwwxxxxyyzzzzzzhtwy??????aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy??????";

int nm_latin_base(uint32_t cp, const char **t, size_t *tn) {
  static const char *const two[] = {"ae", "th", "ss", "ae", "th", "ij", "ij", "oe", "oe"};
  static const uint32_t two_cp[] = {0xC6, 0xDE, 0xDF, 0xE6, 0xFE, 0x132, 0x133, 0x152, 0x153};
  for (size_t i = 0; i < sizeof two_cp / sizeof *two_cp; i++)
    if (two_cp[i] == cp) {
      *t = two[i];
      *tn = 2;
      return 1;
    }
  const char *c = NULL;
  if (cp >= 0xC0 && cp <= 0x24F)
    c = &fold_latin[cp - 0xC0];
  else if (cp >= 0x1E00 && cp <= 0x1EFF)
    c = &fold_latin_add[cp - 0x1E00];
  if (!c || *c == '?') return 0;
  *t = c;
  *tn = 1;
  return 1;
}

size_t nm_fold_latin(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  int changed = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t k = nm_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    const char *t = s + i;
    size_t tn = k;
    if (cp >= 0x80 && nm_latin_base(cp, &t, &tn)) changed = 1;
    if (tn > cap - o) return 0;
    memcpy(out + o, t, tn);
    o += tn;
    i += k;
  }
  return changed ? o : 0;
}
