/* segment.c - paragraphs, sentences and tokens for news text.
 *
 * One linear pass over the text. Line breaks end paragraphs. Inside a
 * paragraph, text is cut at white space into chunks; each chunk is split
 * into tokens the way Universal Dependencies does it for English:
 *   prefix punctuation | core (split at infixes) | contraction | suffixes
 * e.g. “Israel’s  ->  “ | Israel | ’s (joined) ;  U.S.-led -> U.S. | - | led.
 * Every token gets a kind; the sentence splitter then reads kinds only.
 *
 * Cost: every byte is looked at a bounded number of times (a chunk's core
 * is scanned once for suffixes, once for infixes), so the pass is linear even
 * for a 1 MB chunk with no space. */
#include "segment.h"

#include "utf8.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>

/* Token kinds, used by the sentence splitter. */
enum {
  K_WORD_UPPER = 1, /* starts with an upper-case letter */
  K_WORD_LOWER,     /* starts with a lower-case letter */
  K_WORD_OTHER,     /* digits, uncased scripts, symbols inside words */
  K_TERM,           /* . ! ? ... … and runs of them */
  K_ABBR,           /* abbreviation that may end a sentence: U.S. Inc. etc. */
  K_ABBR_TITLE,     /* Mr. Dr. Gen. Sen. St. ...: never ends a sentence */
  K_ABBR_MONTH,     /* Jan. ... Dec.: no end before a number */
  K_ABBR_NUM,       /* No. Vol. p.: no end before a number */
  K_INITIAL,        /* J. in "J. R. Hollis" */
  K_LISTNUM,        /* "1." at the start of a paragraph */
  K_OPEN,           /* opening quotation mark or bracket */
  K_CLOSE,          /* closing quotation mark or bracket */
  K_COMMA,          /* , ; : */
  K_PUNCT,          /* any other punctuation or symbol */
  K_EMOTICON,       /* :-) stays with the sentence before it */
  K_ABBR_NEVER      /* e.g. i.e. cf. vs.: never ends a sentence */
};

/* Sentences longer than this are cut (with a warning) so that later stages
 * see bounded input. UD treebanks' longest sentences are about 300 tokens. */
#define NM_MAX_SENTENCE_TOKENS 1000
/* At most this many warnings of one code per document. */
#define NM_MAX_WARNINGS_PER_CODE 32

typedef struct seg {
  nm_doc *d;
  const unsigned char *s;
  uint32_t n;
  nm_vec kinds; /* uint8_t, one per token of the current paragraph */
  uint32_t par_first_token;
  bool squote_open; /* a ‘ or ' opened in this paragraph is not closed yet */
  bool dquote_open; /* likewise for a straight " */
  bool page_words;  /* the paragraph has a weekday name or "Image" */
  unsigned warned[NM_WARN_COUNT];
  nm_status status;
} seg;

/* ---------------------------------------------------------------- */
/* Character helpers                                                */

static inline size_t decode_at(const seg *g, uint32_t i, uint32_t end, uint32_t *cp) {
  return nm_utf8_decode(g->s + i, end - i, cp);
}

static inline unsigned class_at(const seg *g, uint32_t i, uint32_t end, uint32_t *cp, size_t *len) {
  unsigned char c = g->s[i];
  if (c < 0x80) {
    *cp = c;
    *len = 1;
    return nm_ascii_class[c];
  }
  *len = decode_at(g, i, end, cp);
  if (*cp == 0xFFFD && *len == 1) return NM_CC_ALPHA | NM_CC_BAD;
  return nm_char_class(*cp);
}

/* Start of the code point that ends just before position i (i > lo). */
static uint32_t prev_start(const seg *g, uint32_t lo, uint32_t i) {
  uint32_t j = i - 1;
  int k = 0;
  while (j > lo && k < 3 && (g->s[j] & 0xC0) == 0x80)
    j--, k++;
  uint32_t cp;
  if (decode_at(g, j, i, &cp) == i - j) return j;
  return i - 1; /* invalid sequence: step back one byte */
}

static void warn(seg *g, nm_warning_code c, uint32_t off) {
  if (g->warned[c] >= NM_MAX_WARNINGS_PER_CODE) return;
  g->warned[c]++;
  if (nm_doc_add_warning(g->d, c, off) != NM_OK) g->status = NM_ERR_NOMEM;
}

static bool is_apos(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
static bool is_hyphen(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
static bool is_open_cp(uint32_t cp) {
  switch (cp) {
  case '(':
  case '[':
  case '{':
  case 0x201C:
  case 0x2018:
  case 0xAB:
  case 0x2039:
  case 0x201E:
  case 0x201A:
  case 0x201F:
  case 0x201B:
  case 0xBF:
  case 0xA1: return true;
  }
  return false;
}
static bool is_close_cp(uint32_t cp) {
  switch (cp) {
  case ')':
  case ']':
  case '}':
  case 0x201D:
  case 0x2019:
  case 0xBB:
  case 0x203A: return true;
  }
  return false;
}
static bool is_term_cp(uint32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x203C || cp == 0x2047 ||
         cp == 0x2048 || cp == 0x2049 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}

/* ---------------------------------------------------------------- */
/* Word lists                                                        */

typedef struct {
  const char *w;
  unsigned char kind;
} abbr_entry;

/* Abbreviations written with a final period in news text. Case matters:
 * "Gen." is a title, "gen." is not listed. Sorted: searched by halves. */
static const abbr_entry abbrevs[] = {
    {"Adm", K_ABBR_TITLE},   {"Ala", K_ABBR},         {"Apr", K_ABBR_MONTH},
    {"Ariz", K_ABBR},        {"Ark", K_ABBR},         {"Art", K_ABBR_NUM},
    {"Assn", K_ABBR},        {"Assoc", K_ABBR_TITLE}, {"Asst", K_ABBR_TITLE},
    {"Aug", K_ABBR_MONTH},   {"Ave", K_ABBR},         {"Blvd", K_ABBR},
    {"Brig", K_ABBR_TITLE},  {"Bros", K_ABBR},        {"Calif", K_ABBR},
    {"Capt", K_ABBR_TITLE},  {"Cdr", K_ABBR_TITLE},   {"Cmdr", K_ABBR_TITLE},
    {"Co", K_ABBR},          {"Col", K_ABBR_TITLE},   {"Colo", K_ABBR},
    {"Conn", K_ABBR},        {"Corp", K_ABBR},        {"Cpl", K_ABBR_TITLE},
    {"Dec", K_ABBR_MONTH},   {"Del", K_ABBR},         {"Dept", K_ABBR},
    {"Dr", K_ABBR_TITLE},    {"Drs", K_ABBR_TITLE},   {"Feb", K_ABBR_MONTH},
    {"Fig", K_ABBR_NUM},     {"Fla", K_ABBR},         {"Fr", K_ABBR_TITLE},
    {"Fri", K_ABBR},         {"Ft", K_ABBR_TITLE},    {"Ga", K_ABBR},
    {"Gen", K_ABBR_TITLE},   {"Gens", K_ABBR_TITLE},  {"Gov", K_ABBR_TITLE},
    {"Hon", K_ABBR_TITLE},   {"Hwy", K_ABBR},         {"Ill", K_ABBR},
    {"Inc", K_ABBR},         {"Ind", K_ABBR},         {"Jan", K_ABBR_MONTH},
    {"Jr", K_ABBR},          {"Kan", K_ABBR},         {"Kans", K_ABBR},
    {"Ky", K_ABBR},          {"La", K_ABBR},          {"Lieut", K_ABBR_TITLE},
    {"Lt", K_ABBR_TITLE},    {"Ltd", K_ABBR},         {"Maj", K_ABBR_TITLE},
    {"Mar", K_ABBR_MONTH},   {"Mass", K_ABBR},        {"Md", K_ABBR},
    {"Messrs", K_ABBR_TITLE},{"Mich", K_ABBR},        {"Minn", K_ABBR},
    {"Miss", K_ABBR},        {"Mo", K_ABBR},          {"Mon", K_ABBR},
    {"Mont", K_ABBR},        {"Mr", K_ABBR_TITLE},    {"Mrs", K_ABBR_TITLE},
    {"Ms", K_ABBR_TITLE},    {"Msgr", K_ABBR_TITLE},  {"Mt", K_ABBR_TITLE},
    {"Neb", K_ABBR},         {"Nev", K_ABBR},         {"No", K_ABBR_NUM},
    {"Nos", K_ABBR_NUM},     {"Nov", K_ABBR_MONTH},   {"Oct", K_ABBR_MONTH},
    {"Okla", K_ABBR},        {"Ore", K_ABBR},         {"Pa", K_ABBR},
    {"Pfc", K_ABBR_TITLE},   {"Ph", K_ABBR},          {"Pres", K_ABBR_TITLE},
    {"Prof", K_ABBR_TITLE},  {"Pvt", K_ABBR_TITLE},   {"Rd", K_ABBR},
    {"Rep", K_ABBR_TITLE},   {"Reps", K_ABBR_TITLE},  {"Rev", K_ABBR_TITLE},
    {"Sat", K_ABBR},         {"Sen", K_ABBR_TITLE},   {"Sens", K_ABBR_TITLE},
    {"Sep", K_ABBR_MONTH},   {"Sept", K_ABBR_MONTH},  {"Sgt", K_ABBR_TITLE},
    {"Sr", K_ABBR},          {"St", K_ABBR_TITLE},    {"Ste", K_ABBR_TITLE},
    {"Sun", K_ABBR},         {"Supt", K_ABBR_TITLE},  {"Tenn", K_ABBR},
    {"Tex", K_ABBR},         {"Thu", K_ABBR},         {"Thur", K_ABBR},
    {"Thurs", K_ABBR},       {"Tue", K_ABBR},         {"Tues", K_ABBR},
    {"Va", K_ABBR},          {"Vol", K_ABBR_NUM},     {"Vt", K_ABBR},
    {"Wash", K_ABBR},        {"Wed", K_ABBR},         {"Wis", K_ABBR},
    {"Wyo", K_ABBR},         {"al", K_ABBR},          {"approx", K_ABBR},
    {"c", K_ABBR_NUM},       {"ca", K_ABBR_NUM},      {"cf", K_ABBR_NEVER},
    {"dept", K_ABBR},        {"div", K_ABBR_NUM},     {"esp", K_ABBR},
    {"est", K_ABBR},         {"etc", K_ABBR},         {"ft", K_ABBR},
    {"incl", K_ABBR},        {"lb", K_ABBR},          {"lbs", K_ABBR},
    {"mi", K_ABBR},          {"mins", K_ABBR},        {"mph", K_ABBR},
    {"no", K_ABBR_NUM},      {"oz", K_ABBR},          {"p", K_ABBR_NUM},
    {"pp", K_ABBR_NUM},      {"sq", K_ABBR},          {"viz", K_ABBR_NEVER},
    {"vol", K_ABBR_NUM},     {"vs", K_ABBR_NEVER},    {"yrs", K_ABBR},
};

/* Prefixes written with a hyphen that UD keeps inside one token
 * ("co-founder", "non-profit", "e-mail"). Lower case, sorted. */
static const char *const hyphen_prefixes[] = {
    "anti", "bi",   "co",   "counter", "cross", "e",     "ex",    "extra", "inter", "intra",
    "mid",  "mini", "mis",  "multi",   "neo",   "non",   "over",  "pan",   "post",  "pre",
    "pro",  "re",   "semi", "sub",     "super", "trans", "ultra", "un",    "x",
};

/* Capitalised words that usually begin a sentence; after an ambiguous
 * abbreviation ("in the U.S. The ...") they signal a boundary. Sorted. */
static const char *const starters[] = {
    "A",     "After",   "Also",    "Although", "An",    "And",    "As",    "At",    "But",
    "By",    "Despite", "During",  "Even",     "For",   "From",   "He",    "Her",   "Here",
    "His",   "How",     "However", "I",        "If",    "In",     "It",    "Its",   "Meanwhile",
    "More",  "Most",    "My",      "No",       "Not",   "Now",    "On",    "One",   "Our",
    "She",   "Since",   "So",      "Some",     "Still", "That",   "The",   "Their", "Then",
    "There", "These",   "They",    "This",     "Those", "Though", "Under", "We",    "What",
    "When",  "Where",   "While",   "Who",      "Why",   "With",   "Yet",   "You",
};

/* strcmp without a library call: the keys are short. */
static inline int word_cmp(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}

/* Binary search of a sorted word list. */
static bool in_list(const char *key, const char *const *list, size_t n) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = word_cmp(key, list[mid]);
    if (c == 0) return true;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return false;
}

/* A 4096-bit filter over the abbreviations, so that most sentence-final
 * words ("said.") are rejected without a search. Built once, thread-safely. */
#define ABBR_FILTER_BITS 4096u
static uint64_t abbr_filter[ABBR_FILTER_BITS / 64];
static pthread_once_t abbr_filter_once = PTHREAD_ONCE_INIT;

static inline uint32_t abbr_hash(const char *w) {
  uint32_t h = 2166136261u;
  for (; *w; w++)
    h = (h ^ (unsigned char)*w) * 16777619u;
  return (h ^ (h >> 15)) & (ABBR_FILTER_BITS - 1);
}

static void abbr_filter_build(void) {
  for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++) {
    uint32_t h = abbr_hash(abbrevs[i].w);
    abbr_filter[h / 64] |= (uint64_t)1 << (h % 64);
  }
}

static const abbr_entry *find_abbr(const char *key) {
  uint32_t h = abbr_hash(key);
  if (!(abbr_filter[h / 64] & ((uint64_t)1 << (h % 64)))) return NULL;
  size_t lo = 0, hi = sizeof abbrevs / sizeof abbrevs[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = word_cmp(key, abbrevs[mid].w);
    if (c == 0) return &abbrevs[mid];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

#define IN_LIST(key, list) in_list((key), (list), sizeof(list) / sizeof((list)[0]))

/* Copies s[a..b) into buf if it is short ASCII; false otherwise. */
static bool short_ascii(const seg *g, uint32_t a, uint32_t b, char *buf, size_t cap) {
  if (b <= a || b - a >= cap) return false;
  for (uint32_t i = a; i < b; i++) {
    if (g->s[i] >= 0x80) return false;
    buf[i - a] = (char)g->s[i];
  }
  buf[b - a] = '\0';
  return true;
}

/* Kind of an abbreviation s[a..b) that ends in '.', or 0 if it is none. */
static int abbrev_kind(const seg *g, uint32_t a, uint32_t b, bool par_start, bool next_digit) {
  if (b - a < 2 || g->s[b - 1] != '.') return 0;
  const unsigned char *s = g->s;
  /* Listed abbreviations have at most 6 letters and no inner period; the
   * letter-group pattern (U.S., Ph.D.) needs one. Most sentence-final words
   * fail both tests at once. */
  bool inner = b - a <= 24 && memchr(s + a, '.', b - a - 1) != NULL;
  if (!inner && b - a > 7 && !par_start) return 0;
  unsigned cls = nm_char_class(s[a] < 0x80 ? s[a] : 'a');
  /* A single capital: an initial, "J." */
  if (b - a == 2 && (cls & NM_CC_UPPER)) return K_INITIAL;
  /* "1." at the start of a paragraph numbers a list item. */
  if (par_start && b - a <= 9) {
    /* "1." "2.1." "4.1.2." numbering a list item or a section */
    uint32_t i = a;
    while (i < b - 1 && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && i > a && s[i - 1] != '.')))
      i++;
    if (i == b - 1 && s[a] >= '0' && s[a] <= '9') return K_LISTNUM;
  }
  /* a lower-case letter: "(b. March 2009)", "(d. 1990)", "c. 1818" */
  if (b - a == 2 && (cls & NM_CC_LOWER)) return K_ABBR;
  /* Letter groups of 1-3 letters each followed by a period, at least two
   * groups: U.S. a.m. e.g. D.C. Ph.D. a.k.a. */
  if (inner) {
    uint32_t i = a;
    int groups = 0;
    bool ok = true;
    while (i < b) {
      uint32_t j = i;
      while (j < b && j - i <= 3 && ((s[j] | 32) >= 'a' && (s[j] | 32) <= 'z'))
        j++;
      if (j == i || j - i > 3 || j >= b || s[j] != '.') {
        ok = false;
        break;
      }
      groups++;
      i = j + 1;
    }
    if (ok && groups >= 2) {
      char lb[8];
      if (short_ascii(g, a, b, lb, sizeof lb)) {
        for (char *q = lb; *q; q++)
          *q = (char)nm_ascii_lower((unsigned char)*q);
        if (!strcmp(lb, "e.g.") || !strcmp(lb, "i.e.") || !strcmp(lb, "a.k.a."))
          return K_ABBR_NEVER;
      }
      return K_ABBR;
    }
  }
  /* the longest listed abbreviation has 6 letters ("Messrs", "approx") */
  char buf[8];
  if (b - 1 - a > 6 || !short_ascii(g, a, b - 1, buf, sizeof buf)) return 0;
  const abbr_entry *e = find_abbr(buf);
  if (!e && buf[1]) {
    /* headline capitals: "GEN." is "Gen." */
    bool caps = true;
    for (char *q = buf; *q; q++)
      if (*q < 'A' || *q > 'Z') caps = false;
    if (caps) {
      for (char *q = buf + 1; *q; q++)
        *q = (char)(*q + 32);
      e = find_abbr(buf);
    }
  }
  if (!e) return 0;
  /* "No." and "p." abbreviate only before a number: "No. 2" but "No. Was it" */
  if (e->kind == K_ABBR_NUM && !next_digit) return 0;
  return e->kind;
}

bool nm_segment_hyphen_prefix(const char *s, size_t n) {
  char buf[16];
  if (n == 0 || n >= sizeof buf) return false;
  for (size_t i = 0; i < n; i++)
    buf[i] = (char)nm_ascii_lower((unsigned char)s[i]);
  buf[n] = '\0';
  return IN_LIST(buf, hyphen_prefixes);
}

static bool is_hyphen_prefix(const seg *g, uint32_t a, uint32_t b) {
  char buf[16];
  if (!short_ascii(g, a, b, buf, sizeof buf)) return false;
  for (char *p = buf; *p; p++)
    *p = (char)nm_ascii_lower((unsigned char)*p);
  return IN_LIST(buf, hyphen_prefixes);
}

static bool is_starter(const seg *g, uint32_t a, uint32_t b) {
  char buf[16];
  if (!short_ascii(g, a, b, buf, sizeof buf)) return false;
  return IN_LIST(buf, starters);
}

/* ---------------------------------------------------------------- */
/* Emitting tokens                                                   */

static inline void emit(seg *g, uint32_t a, uint32_t b, uint32_t flags, int kind) {
  if (g->status != NM_OK || b <= a) return;
  nm_token *t;
  unsigned char *k;
  nm_vec *tv = &g->d->tokens, *kv = &g->kinds;
  if (tv->n < tv->cap && kv->n < kv->cap) { /* the usual case: room in both */
    t = (nm_token *)tv->data + tv->n++;
    k = (unsigned char *)kv->data + kv->n++;
  } else {
    t = nm_doc_push_token(g->d);
    k = nm_vec_push(kv);
    if (!t || !k) {
      g->status = NM_ERR_NOMEM;
      return;
    }
  }
  t->start = a;
  t->end = b;
  t->sentence = 0;
  t->flags = flags;
  t->form = NULL;
  *k = (unsigned char)kind;
  if (kind == K_WORD_UPPER && b - a >= 5 && b - a <= 9) {
    unsigned char c = g->s[a];
    if (c == 'M' || c == 'T' || c == 'W' || c == 'F' || c == 'S' || c == 'I') g->page_words = true;
  }
}

/* Kind of a word token from its first character. */
static int word_kind(const seg *g, uint32_t a, uint32_t b) {
  uint32_t cp;
  size_t len;
  unsigned c = class_at(g, a, b, &cp, &len);
  if (c & NM_CC_UPPER) return K_WORD_UPPER;
  if (c & NM_CC_LOWER) return K_WORD_LOWER;
  return K_WORD_OTHER;
}

/* Length of the punctuation token at i: runs of dots, of ! and ?, and of
 * hyphens stay together ("...", "?!", "--"); anything else is one code
 * point. Sets *kind. */
static uint32_t punct_token(const seg *g, uint32_t i, uint32_t end, int *kind, bool prefix,
                            bool suffix) {
  uint32_t cp;
  size_t len;
  class_at(g, i, end, &cp, &len);
  uint32_t j = i + (uint32_t)len;
  if (cp == '.' || cp == '!' || cp == '?') {
    while (j < end && (g->s[j] == '!' || g->s[j] == '?' || (cp == '.' && g->s[j] == '.'))) {
      if (cp == '.' && g->s[j] != '.') break;
      j++;
    }
    *kind = K_TERM;
  } else if (cp == '-' || cp == '*' || cp == '=' || cp == '_' || cp == '+' || cp == '~' ||
             cp == '#' || cp == '<' || cp == '>' || cp == '$' || cp == '^' || cp == '|' ||
             cp == '&' || cp == '/' || cp == '\\') {
    /* runs of one symbol are one token: "--", "****", "====", "$$$", ">>" */
    while (j < end && g->s[j] == cp)
      j++;
    *kind = K_PUNCT;
  } else if (is_term_cp(cp)) {
    *kind = K_TERM;
  } else if (cp == ',' || cp == ';' || cp == ':') {
    *kind = K_COMMA;
  } else if (cp == '"' || (cp == '\'' && j < end && g->s[j] == '\'')) {
    /* A straight double quote opens at a chunk start, closes at its end, and
     * alternates when it stands alone; two apostrophes are one, as LDC
     * newswire and The New York Times's archive write it (''Yes,'' he
     * said) */
    if (cp == '\'') j++;
    bool open = prefix && !suffix ? true : suffix && !prefix ? false : !g->dquote_open;
    *kind = open ? K_OPEN : K_CLOSE;
  } else if (cp == '`') {
    /* ``Yes,'' he said: two backquotes open a quotation, one a single one */
    if (j < end && g->s[j] == '`') j++;
    *kind = K_OPEN;
  } else if (cp == '\'') {
    bool open = prefix && !suffix ? true : suffix && !prefix ? false : !g->squote_open;
    *kind = open ? K_OPEN : K_CLOSE;
  } else if (is_open_cp(cp)) {
    *kind = K_OPEN;
  } else if (is_close_cp(cp)) {
    *kind = K_CLOSE;
  } else {
    *kind = K_PUNCT;
  }
  return j - i;
}

/* Emits punctuation tokens covering s[a..b). */
static void emit_punct_run(seg *g, uint32_t a, uint32_t b, bool prefix, bool suffix) {
  while (a < b) {
    int kind;
    uint32_t n = punct_token(g, a, b, &kind, prefix, suffix);
    uint32_t cp;
    decode_at(g, a, b, &cp);
    bool two = n == 2 && (cp == '\'' || cp == '`'); /* '' or `` */
    if (cp == '"' || two) g->dquote_open = (kind == K_OPEN);
    if (!two && (cp == 0x2018 || (cp == '\'' && kind == K_OPEN))) g->squote_open = true;
    if (!two && (cp == 0x2019 || cp == '\'') && kind == K_CLOSE) g->squote_open = false;
    if (cp == 0x201C) g->dquote_open = true;
    if (cp == 0x201D) g->dquote_open = false;
    emit(g, a, a + n, 0, kind);
    a += n;
  }
}

/* ---------------------------------------------------------------- */
/* Chunks                                                            */

static bool starts_with_ci(const seg *g, uint32_t a, uint32_t b, const char *lit) {
  size_t n = strlen(lit);
  if (b - a < n) return false;
  for (size_t i = 0; i < n; i++)
    if (nm_ascii_lower(g->s[a + i]) != (unsigned char)lit[i]) return false;
  return true;
}

static bool is_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '_';
}

/* End of a URL, e-mail, @handle or #hashtag starting at a, or 0. Trailing
 * punctuation that usually belongs to the sentence is left out. */
static uint32_t special_end(const seg *g, uint32_t a, uint32_t b) {
  const unsigned char *s = g->s;
  uint32_t e = 0;
  unsigned char c0 = nm_ascii_lower(s[a]);
  if ((c0 == 'h' || c0 == 'f' || c0 == 'w') &&
      (starts_with_ci(g, a, b, "http://") || starts_with_ci(g, a, b, "https://") ||
       starts_with_ci(g, a, b, "ftp://") || starts_with_ci(g, a, b, "www."))) {
    e = b;
  } else if ((s[a] == '@' || s[a] == '#') && a + 1 < b && is_word_byte(s[a + 1])) {
    e = a + 1;
    while (e < b && (is_word_byte(s[e]) ||
                     (s[a] == '@' && s[e] == '.' && e + 1 < b && is_word_byte(s[e + 1]))))
      e++;
    /* "@handle" must not be an e-mail's tail; fine either way */
    return e;
  } else {
    /* e-mail: word chars, dots, + - before one @, then a dotted domain */
    uint32_t i = a;
    while (i < b && (is_word_byte(s[i]) || s[i] == '.' || s[i] == '+' || s[i] == '-'))
      i++;
    if (i == a || i >= b || s[i] != '@') return 0;
    uint32_t j = i + 1, dots = 0;
    while (j < b && (is_word_byte(s[j]) || s[j] == '.' || s[j] == '-')) {
      if (s[j] == '.' && j + 1 < b && is_word_byte(s[j + 1])) dots++;
      j++;
    }
    if (!dots || j == i + 1) return 0;
    e = j;
  }
  /* trim trailing punctuation: . , ; : ! ? quotes, and an unbalanced ) */
  int depth = 0;
  for (uint32_t k = a; k < e; k++)
    depth += (s[k] == '(') - (s[k] == ')');
  while (e > a) {
    unsigned char c = s[e - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
        c == '\'') {
      e--;
      continue;
    }
    if (c == ')' && depth < 0) {
      depth++;
      e--;
      continue;
    }
    if (e - a >= 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 &&
        (s[e - 1] == 0x9D || s[e - 1] == 0x99)) { /* ” ’ */
      e -= 3;
      continue;
    }
    break;
  }
  return e;
}

/* Emoticons kept as one token. */
static uint32_t emoticon_len(const seg *g, uint32_t a, uint32_t b) {
  static const char *const faces[] = {":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ":D",
                                      ":P",  ";)",  ":/",  "<3",  ":p",  ":o", ":O", "=)"};
  for (size_t i = 0; i < sizeof faces / sizeof faces[0]; i++) {
    size_t n = strlen(faces[i]);
    if (b - a == n && memcmp(g->s + a, faces[i], n) == 0) return (uint32_t)n;
  }
  return 0;
}

/* "cannot", "gonna", "wanna", "gotta": one word of the text, two of UD
 * ("can not", "gon na"), split after the third letter. */
#if defined(__GNUC__)
#define NM_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define NM_ALWAYS_INLINE inline
#endif
static NM_ALWAYS_INLINE bool is_fused(const seg *g, uint32_t a, uint32_t b) {
  const unsigned char *s = g->s + a;
  unsigned char c0 = s[0] | 32;
  if (c0 != 'c' && c0 != 'g' && c0 != 'w') return false;
  if (b - a == 6)
    return (s[0] | 32) == 'c' && (s[1] | 32) == 'a' && (s[2] | 32) == 'n' && (s[3] | 32) == 'n' &&
           (s[4] | 32) == 'o' && (s[5] | 32) == 't';
  if (b - a == 5 && (s[3] | 32) == 'n' && (s[4] | 32) == 'a') /* gonna wanna */
    return ((s[0] | 32) == 'g' && (s[1] | 32) == 'o' && (s[2] | 32) == 'n') ||
           ((s[0] | 32) == 'w' && (s[1] | 32) == 'a' && (s[2] | 32) == 'n');
  if (b - a == 5 && (s[3] | 32) == 't' && (s[4] | 32) == 'a') /* gotta */
    return (s[0] | 32) == 'g' && (s[1] | 32) == 'o' && (s[2] | 32) == 't';
  return false;
}

/* Contraction at the end of s[a..b): returns where it starts, or b. */
static uint32_t contraction_start(const seg *g, uint32_t a, uint32_t b) {
  const unsigned char *s = g->s;
  /* apostrophe as ' (1 byte) or ’ (3 bytes) */
  /* every contraction ends in one of these letters */
  switch (s[b - 1] | 32) {
  case 't':
  case 's':
  case 'm':
  case 'd':
  case 'e':
  case 'l':
  case 'a': break;
  default: return b;
  }
  /* ... and has an apostrophe (' or the last byte of ’) among its last four
   * bytes, unless it is cannot/gonna/wanna/gotta */
  if (b - a >= 2 && s[b - 2] != '\'' && s[b - 2] != 0x99 &&
      (b - a < 3 || (s[b - 3] != '\'' && s[b - 3] != 0x99)) &&
      (b - a < 4 || (s[b - 4] != '\'' && s[b - 4] != 0x99)) && !is_fused(g, a, b))
    return b;
  /* n't */
  if (b - a >= 4 && (s[b - 1] | 32) == 't') {
    uint32_t p = b - 1; /* position after apostrophe is b-1 */
    /* the word before n't must be a word: "don't", not "t!n't" */
    if (p >= a + 2 && s[p - 1] == '\'' && (s[p - 2] | 32) == 'n' && p - 2 > a &&
        is_word_byte(s[p - 3]))
      return p - 2;
    if (p >= a + 4 && s[p - 3] == 0xE2 && s[p - 2] == 0x80 && s[p - 1] == 0x99 &&
        (s[p - 4] | 32) == 'n' && p - 4 > a && is_word_byte(s[p - 5]))
      return p - 4;
  }
  /* 's 'm 'd 're 've 'll */
  static const char *const tails[] = {"s", "m", "d", "re", "ve", "ll"};
  static const unsigned char tail_len[] = {1, 1, 1, 2, 2, 2};
  for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
    size_t tl = tail_len[k];
    if (b - a < tl + 2) continue;
    bool match = true;
    for (size_t q = 0; q < tl; q++)
      if (nm_ascii_lower(s[b - tl + q]) != (unsigned char)tails[k][q]) match = false;
    if (!match) continue;
    uint32_t ap = b - (uint32_t)tl; /* position just after the apostrophe */
    size_t alen;
    if (ap >= a + 2 && s[ap - 1] == '\'') {
      alen = 1;
    } else if (ap >= a + 4 && s[ap - 3] == 0xE2 && s[ap - 2] == 0x80 && s[ap - 1] == 0x99) {
      alen = 3;
    } else {
      continue;
    }
    uint32_t st = ap - (uint32_t)alen;
    if (st > a && is_word_byte(s[st - 1])) return st;
  }
  return is_fused(g, a, b) ? a + 3 : b;
}

/* Splits a core s[a..b) at infixes and emits its tokens. */
static void emit_core(seg *g, uint32_t a, uint32_t b, bool par_start, bool next_digit,
                      bool trail_split) {
  uint32_t sub = a; /* start of the current sub-token */
  uint32_t i = a;
  unsigned prev_cls = 0;
  bool sub_hyphen = false; /* the current sub-token kept a hyphen: 713-853-3989 */
  while (i < b) {
    uint32_t cp;
    size_t len;
    unsigned cls = class_at(g, i, b, &cp, &len);
    uint32_t next = i + (uint32_t)len;
    if (!(cls & NM_CC_PUNCT)) {
      prev_cls = cls;
      i = next;
      continue;
    }
    /* Look at the character after the punctuation. */
    uint32_t ncp = 0;
    size_t nlen = 0;
    unsigned ncls = next < b ? class_at(g, next, b, &ncp, &nlen) : 0;
    bool prev_word = i > sub && (prev_cls & NM_CC_WORD);
    bool next_word = (ncls & NM_CC_WORD) != 0;
    bool keep = false;
    if (cp == '.') {
      if (prev_word && next_word)
        keep = true;
      else if (i == sub && (ncls & NM_CC_DIGIT))
        keep = true; /* .265 */
      else if (prev_word && abbrev_kind(g, sub, next, par_start && sub == a, next_digit)) {
        /* "U.S." inside "U.S.-led": end the sub-token after the period */
        emit(g, sub, next, 0, abbrev_kind(g, sub, next, par_start && sub == a, next_digit));
        sub = i = next;
        prev_cls = 0;
        sub_hyphen = false;
        continue;
      }
    } else if (is_hyphen(cp)) {
      if (prev_word && next_word) {
        bool pd = (prev_cls & NM_CC_DIGIT) != 0, nd = (ncls & NM_CC_DIGIT) != 0;
        if (pd && nd) {
          /* 713-853-3989 and 11-20-2000 stay whole; a range or score
           * (1-7, 216-210) is split as UD does */
          uint32_t q = next;
          while (q < b && g->s[q] >= '0' && g->s[q] <= '9')
            q++;
          bool more = q + 1 < b && is_hyphen(g->s[q]) && g->s[q + 1] >= '0' && g->s[q + 1] <= '9';
          uint32_t left = i, right = q - next;
          while (left > sub && g->s[left - 1] >= '0' && g->s[left - 1] <= '9')
            left--;
          bool phone = right >= 4 && i - left <= 3; /* 853-3242, ext. 3-5213 */
          keep = more || sub_hyphen || phone;
        } else {
          /* prefix since the last hyphen: co-founder, e-mail */
          uint32_t ps = i;
          while (ps > sub && !is_hyphen(g->s[ps - 1]))
            ps--;
          if (ps == sub && is_hyphen_prefix(g, sub, i)) keep = true;
          if (ps > sub && sub < i) {
            /* "x-ray-like": the part is already kept in this sub-token; decide
             * on the segment just before this hyphen */
            if (is_hyphen_prefix(g, ps, i)) keep = true;
          }
        }
      }
    } else if (cp == ',' || cp == ':' || cp == '/') {
      if (prev_word && next_word && (prev_cls & NM_CC_DIGIT) && (ncls & NM_CC_DIGIT)) keep = true;
    } else if (cp == '@') {
      if (prev_word && next_word) keep = true; /* John Griffith@ENRON */
    } else if (cp == '&') {
      if (prev_word && next_word && (prev_cls & NM_CC_UPPER) && (ncls & NM_CC_UPPER)) keep = true;
    } else if (is_apos(cp) || cp == '_') {
      if (prev_word && next_word) keep = true;                          /* O'Neil, rock'n'roll */
      if (i == sub && is_apos(cp) && (ncls & NM_CC_DIGIT)) keep = true; /* ’80s */
    }
    if (is_hyphen(cp) && next >= b && prev_word && (prev_cls & NM_CC_ALPHA) && !trail_split)
      keep = true; /* a word cut short: "pre- and post-war", "kn-" */
    if (keep) {
      if (is_hyphen(cp)) sub_hyphen = true;
      prev_cls = NM_CC_ALPHA;
      i = next;
      continue;
    }
    /* Split: emit the pending word, then the punctuation. */
    if (sub < i) emit(g, sub, i, 0, word_kind(g, sub, i));
    int kind;
    uint32_t pl = punct_token(g, i, b, &kind, false, false);
    if (kind == K_OPEN || kind == K_CLOSE) kind = K_PUNCT; /* inside a word: "friend(s)" */
    emit(g, i, i + pl, 0, kind);
    i += pl;
    sub = i;
    prev_cls = 0;
    sub_hyphen = false;
  }
  if (sub < b) emit(g, sub, b, 0, word_kind(g, sub, b));
}

static void do_chunk(seg *g, uint32_t cs, uint32_t ce, bool par_start, bool next_digit,
                     bool special) {
  uint32_t first_tok = (uint32_t)g->d->tokens.n;
  uint32_t a = cs, b = ce;
  uint32_t cp;
  size_t len;

  /* Whole-chunk emoticon. */
  if (special && b - a <= 3 && emoticon_len(g, a, b)) {
    emit(g, a, b, 0, K_EMOTICON);
    goto done;
  }

  /* Prefixes. */
  while (a < b) {
    unsigned cls = class_at(g, a, b, &cp, &len);
    if (!(cls & NM_CC_PUNCT)) break;
    if ((cp == '@' || cp == '#') && a + 1 < b && is_word_byte(g->s[a + 1])) break;
    if ((cp == '\'' || cp == 0x2019) && a + len < b && g->s[a + len] >= '0' && g->s[a + len] <= '9')
      break;                                                                       /* '90s */
    if (cp == '.' && a + 1 < b && g->s[a + 1] >= '0' && g->s[a + 1] <= '9') break; /* .5 */
    int kind;
    uint32_t n = punct_token(g, a, b, &kind, true, a + len >= b);
    if (n == b - a && (cp == '"' || cp == '\'')) {
      /* a lone quote chunk: decided by parity in emit_punct_run */
      emit_punct_run(g, a, b, false, false);
      a = b;
      break;
    }
    emit_punct_run(g, a, a + n, true, false);
    a += n;
  }
  if (a >= b) goto done;

  /* URLs, e-mail addresses, @handles, #hashtags. */
  {
    uint32_t e = special ? special_end(g, a, b) : 0;
    if (e > a) {
      emit(g, a, e, 0, K_WORD_OTHER);
      emit_punct_run(g, e, b, false, true);
      goto done;
    }
  }

  /* Suffixes, innermost last: find where the core ends. */
  uint32_t core_end = b;
  uint32_t contr = 0; /* start of a joined contraction, or 0 */
  while (core_end > a) {
    uint32_t ps = prev_start(g, a, core_end);
    unsigned cls = class_at(g, ps, core_end, &cp, &len);
    if (!(cls & NM_CC_PUNCT)) {
      uint32_t c = contraction_start(g, a, core_end);
      if (c < core_end) contr = c;
      break;
    }
    if (cp == '-' && core_end == b && ps > a && (g->s[ps - 1] | 32) >= 'a' &&
        (g->s[ps - 1] | 32) <= 'z')
      break;                                             /* "re-" */
    if (cp == '.' && !(ps > a && g->s[ps - 1] == '.')) { /* not inside a run of dots */
      int k = abbrev_kind(g, a, core_end, par_start && a == cs, next_digit && core_end == b);
      if (!k) {
        /* the last part of a hyphenated chunk: "D-Ore.," "D-N.M.," */
        uint32_t h = ps;
        while (h > a && !is_hyphen(g->s[h - 1]) && ps - h < 16)
          h--;
        if (h > a && is_hyphen(g->s[h - 1]))
          k = abbrev_kind(g, h, core_end, false, next_digit && core_end == b);
      }
      if (k) break; /* the period belongs to the abbreviation */
    } else if (is_apos(cp) && ps > a && !g->squote_open) {
      /* possessive plural: agencies’ -> agencies + ’ (joined) */
      uint32_t q = ps - 1;
      if ((g->s[q] | 32) == 's' && core_end == b) {
        contr = ps;
        break;
      }
    }
    core_end = ps;
  }
  if (core_end <= a) {
    emit_punct_run(g, a, b, false, true);
    goto done;
  }
  /* An abbreviation's final period stays in the core; emit_core keeps it. */
  if (contr) {
    emit_core(g, a, contr, par_start && a == cs, false, true);
    emit(g, contr, core_end, NM_TOK_JOINED, K_WORD_LOWER);
  } else {
    emit_core(g, a, core_end, par_start && a == cs, next_digit && core_end == b, core_end != b);
  }
  emit_punct_run(g, core_end, b, false, true);

done:
  /* No-space flags: every token but the chunk's last is followed by text. */
  if (g->status != NM_OK) return;
  nm_token *toks = (nm_token *)g->d->tokens.data;
  uint32_t nt = (uint32_t)g->d->tokens.n;
  for (uint32_t t = first_tok; t + 1 < nt; t++)
    toks[t].flags |= NM_TOK_NO_SPACE_AFTER;
}

/* ---------------------------------------------------------------- */
/* Sentences                                                         */

static void add_sentence(seg *g, uint32_t t0, uint32_t t1) {
  if (g->status != NM_OK || t1 <= t0) return;
  nm_doc *d = g->d;
  nm_sentence *s = nm_vec_push(&d->sentences);
  if (!s) {
    g->status = NM_ERR_NOMEM;
    return;
  }
  nm_token *toks = (nm_token *)d->tokens.data;
  s->start = toks[t0].start;
  s->end = toks[t1 - 1].end;
  s->paragraph = (uint32_t)d->paragraphs.n - 1;
  s->first_token = t0;
  s->n_tokens = t1 - t0;
  uint32_t si = (uint32_t)d->sentences.n - 1;
  for (uint32_t t = t0; t < t1; t++)
    toks[t].sentence = si;
}

static bool is_ellipsis(const seg *g, uint32_t a, uint32_t b) {
  return (b - a >= 2 && g->s[a] == '.' && g->s[a + 1] == '.') ||
         (b - a == 3 && g->s[a] == 0xE2 && g->s[a + 1] == 0x80 && g->s[a + 2] == 0xA6);
}

/* Length in tokens of a citation mark starting at token j ("[12]",
 * "[citation needed]": a square bracket around at most four tokens), or 0. */
static uint32_t citation_len(const seg *g, uint32_t j, uint32_t t1) {
  const nm_token *toks = (const nm_token *)g->d->tokens.data;
  if (j + 2 >= t1 || g->s[toks[j].start] != '[') return 0;
  for (uint32_t q = j + 2; q < t1 && q <= j + 5; q++)
    if (g->s[toks[q].start] == ']' && toks[q].end - toks[q].start == 1) return q - j + 1;
  return 0;
}

/* A footnote number after a sentence: "rights. 4 Even though" */
static bool footnote_at(const seg *g, const unsigned char *kinds, uint32_t t0, uint32_t j,
                        uint32_t t1) {
  const nm_token *toks = (const nm_token *)g->d->tokens.data;
  if (j + 1 >= t1 || kinds[j + 1 - t0] != K_WORD_UPPER) return false;
  uint32_t n = toks[j].end - toks[j].start;
  if (n > 2) return false;
  for (uint32_t q = toks[j].start; q < toks[j].end; q++)
    if (g->s[q] < '0' || g->s[q] > '9') return false;
  return true;
}

static bool is_bracket_at(const seg *g, uint32_t pos) {
  unsigned char c = g->s[pos];
  return c == '(' || c == '[' || c == '{';
}

/* Verbs that attribute a quotation ("said", "asked"). Sorted. */
static const char *const speech_verbs[] = {
    "added",     "adds",     "admitted", "agreed",   "announced", "answered",  "argued",
    "asked",     "asks",     "began",    "begged",   "called",    "claimed",   "commented",
    "continued", "cried",    "declared", "demanded", "exclaimed", "explained", "howled",
    "insisted",  "joked",    "laughed",  "muttered", "noted",     "pleaded",   "promised",
    "protested", "recalled", "remarked", "repeated", "replied",   "responded", "said",
    "say",       "says",     "screamed", "shouted",  "sighed",    "snapped",   "started",
    "suggested", "tells",    "thought",  "told",     "urged",     "vowed",     "warned",
    "whispered", "wondered", "writes",   "wrote",    "yelled",
};

/* True when tokens from j on are one to three capitalised words followed by
 * a speech verb: the attribution after a quotation. */
static bool speech_follows(const seg *g, const unsigned char *kinds, uint32_t base, uint32_t j) {
  const nm_token *toks = (const nm_token *)g->d->tokens.data;
  uint32_t end = (uint32_t)g->d->tokens.n;
  /* "He said" after a closed quotation starts a sentence; "Smith said" and
   * "I said" do not */
  bool is_i = toks[j].end - toks[j].start == 1 && g->s[toks[j].start] == 'I';
  if (!is_i && is_starter(g, toks[j].start, toks[j].end)) return false;
  for (uint32_t t = j; t < end && t < j + 4; t++) {
    int k = kinds[t - base];
    if (k == K_WORD_UPPER || k == K_ABBR_TITLE || k == K_INITIAL) continue;
    if (k != K_WORD_LOWER || t == j) return false;
    char buf[16];
    if (!short_ascii(g, toks[t].start, toks[t].end, buf, sizeof buf)) return false;
    return IN_LIST(buf, speech_verbs);
  }
  return false;
}

static bool tok_is(const seg *g, uint32_t t, const char *w);

/* Starters that are never a name. */
static bool strong_starter(const seg *g, uint32_t a, uint32_t b) {
  static const char *const strong[] = {"He",   "Her",  "His",   "In",    "It",    "Its",
                                       "She",  "That", "The",   "Their", "There", "These",
                                       "They", "This", "Those", "We"};
  char buf[8];
  if (!short_ascii(g, a, b, buf, sizeof buf)) return false;
  return IN_LIST(buf, strong);
}

/* Does a sentence end before token j, given the token i that may end one? */
static bool boundary_before(const seg *g, const unsigned char *kinds, uint32_t base, uint32_t i,
                            uint32_t j) {
  const nm_token *toks = (const nm_token *)g->d->tokens.data;
  int k = kinds[i - base], nk = kinds[j - base];
  bool open_quote = nk == K_OPEN && !is_bracket_at(g, toks[j].start);
  /* is token j a word that usually starts a sentence? (asked only after an
   * abbreviation) */
#define STARTER()                                                                                  \
  ((nk == K_WORD_UPPER || nk == K_ABBR_TITLE || nk == K_INITIAL || nk == K_ABBR ||                 \
    nk == K_ABBR_MONTH || nk == K_ABBR_NUM) &&                                                     \
   is_starter(g, toks[j].start, toks[j].end))
  switch (k) {
  case K_TERM: {
    if (nk == K_COMMA || nk == K_CLOSE || nk == K_EMOTICON) return false;
    if (nk == K_WORD_LOWER) {
      /* “Done?” she asked: lower case after a closing quote continues.
       * Without one, web text starts sentences in lower case ("cute. i
       * knew"); an ellipsis inside a sentence does not end it. */
      if (j > i + 1) return false;
      return !is_ellipsis(g, toks[i].start, toks[i].end);
    }
    /* “... call her?” Okonkwo said: a closing quote, then a name and a
     * speech verb, continue the sentence */
    if (j > i + 1 && (nk == K_WORD_UPPER) && speech_follows(g, kinds, base, j)) return false;
    /* an ellipsis inside a sentence is followed by lower case; one before a
     * capital ends the sentence */
    return true;
  }
  case K_ABBR_TITLE:
    /* "212 Fourth St. The crowd": a title is never followed by "The", but
     * may be by a name that looks like a starter ("Mr. An Ji-sung") */
    return STARTER() && strong_starter(g, toks[j].start, toks[j].end);
  case K_ABBR_NEVER: return false;
  case K_INITIAL:
    /* "wrote on X. She called …": a capital after a lower-case word is no
     * name's initial; before a word that never starts a name it ends the
     * sentence ("John F. Kennedy", "J. R. Hollis" go on) */
    /* (and a list's last item after "and" or "or": "Facebook, YouTube
     * and X. Witnesses said …") */
    return i > base && kinds[i - 1 - base] == K_WORD_LOWER &&
           ((STARTER() && strong_starter(g, toks[j].start, toks[j].end)) ||
            (nk == K_WORD_UPPER && (tok_is(g, i - 1, "and") || tok_is(g, i - 1, "or")) &&
             i >= base + 3 && tok_is(g, i - 3, ",")));
  case K_ABBR_MONTH:
  case K_ABBR_NUM:
    if (nk == K_WORD_OTHER) return false; /* Oct. 7, No. 2 */
    return STARTER() || open_quote;
  case K_ABBR: return STARTER() || open_quote;
  default: return false;
  }
#undef STARTER
}

static bool all_caps_word(const seg *g, const nm_token *t) {
  if (t->end - t->start < 2) return false;
  for (uint32_t q = t->start; q < t->end; q++) {
    unsigned char c = g->s[q];
    if (!((c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '\'' || c >= 0x80)) return false;
  }
  return g->s[t->start] >= 'A' && g->s[t->start] <= 'Z';
}

/* A wire-story dateline at the start of the paragraph: "WASHINGTON (AP) —",
 * "KYIV, Ukraine (Reuters) -", "PONCHATOULA, La. --", "GOMA, Democratic
 * Republic of Congo (Reuters) -". Returns the index of
 * the dash token, or 0 when there is none. UD treebanks make the dateline a
 * sentence of its own; the parser and later stages then see a clean lede. */
static bool tok_digits(const seg *g, uint32_t t, uint32_t min, uint32_t max);
static uint32_t dateline_dash(const seg *g, const unsigned char *kinds, uint32_t t0, uint32_t t1) {
  const nm_token *toks = (const nm_token *)g->d->tokens.data;
  if (t1 - t0 < 3 || !all_caps_word(g, &toks[t0])) return 0;
  int depth = 0;
  bool seen_paren = false, seen_comma = false;
  for (uint32_t t = t0 + 1; t < t1 && t < t0 + 16; t++) {
    const unsigned char *p = g->s + toks[t].start;
    uint32_t n = toks[t].end - toks[t].start;
    bool dash = (n >= 1 && n <= 2 && p[0] == '-' && p[n - 1] == '-') ||
                (n == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94));
    if (dash && depth == 0) {
      /* "NATO — the 32-member alliance —" is no dateline; "WASHINGTON (AP) —",
       * "PONCHATOULA, La. --" and "GENEVA — The" are */
      if (t + 1 >= t1) return 0;
      /* a hyphen inside a name in capitals ("PORT-AU-PRINCE, Haiti") */
      if (n == 1 && toks[t - 1].end == toks[t].start && toks[t].end == toks[t + 1].start &&
          all_caps_word(g, &toks[t - 1]) && all_caps_word(g, &toks[t + 1]))
        continue;
      /* ... or inside the name of a country after the comma
       * ("BISSAU, Guinea-Bissau (AP) —", "DILI, Timor-Leste") */
      if (n == 1 && seen_comma && toks[t - 1].end == toks[t].start &&
          toks[t].end == toks[t + 1].start && kinds[t - 1 - t0] == K_WORD_UPPER &&
          kinds[t + 1 - t0] == K_WORD_UPPER)
        continue;
      /* a hyphen inside a word ("NATO Secretary-General Jens ..."), but
       * not after a city in capitals ("WASHINGTON-The ...") */
      if (n == 1 && toks[t - 1].end == toks[t].start && toks[t].end == toks[t + 1].start &&
          !all_caps_word(g, &toks[t - 1]))
        return 0;
      return (seen_paren || seen_comma || kinds[t + 1 - t0] == K_WORD_UPPER) ? t : 0;
    }
    if (p[0] == '(') seen_paren = true;
    if (p[0] == ',') seen_comma = true;
    if (p[0] == '(')
      depth++;
    else if (p[0] == ')')
      depth--;
    else if (depth == 0 && !(kinds[t - t0] == K_WORD_UPPER || kinds[t - t0] == K_COMMA ||
                             kinds[t - t0] == K_ABBR || kinds[t - t0] == K_ABBR_TITLE) &&
             /* "GOMA, Democratic Republic of Congo (Reuters) -" */
             !(seen_comma && (tok_is(g, t, "of") || tok_is(g, t, "and") || tok_is(g, t, "the"))) &&
             /* "NAIROBI, March 4 (Reuters) -": the day after the month */
             !(seen_comma && tok_digits(g, t, 1, 2) && kinds[t - 1 - t0] == K_WORD_UPPER) &&
             /* "CARACAS/GEORGETOWN, March 2 (Reuters) -": two cities */
             !(!seen_comma && tok_is(g, t, "/") && t + 1 < t1 && all_caps_word(g, &toks[t - 1]) &&
               all_caps_word(g, &toks[t + 1])) &&
             /* "COX'S BAZAR, Bangladesh (Wire) —": a possessive inside the
              * city's name in capitals */
             !(!seen_comma && (tok_is(g, t, "'S") || tok_is(g, t, "\xe2\x80\x99S")) &&
               t + 1 < t1 && all_caps_word(g, &toks[t - 1]) && all_caps_word(g, &toks[t + 1])))
      return 0;
    if (depth < 0 || depth > 1) return 0;
  }
  return 0;
}

static bool tok_is(const seg *g, uint32_t t, const char *w) {
  const nm_token *tok = (const nm_token *)g->d->tokens.data + t;
  size_t n = strlen(w);
  return tok->end - tok->start == n && memcmp(g->s + tok->start, w, n) == 0;
}

static bool tok_in(const seg *g, uint32_t t, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (tok_is(g, t, list[i])) return true;
  return false;
}

static bool tok_digits(const seg *g, uint32_t t, uint32_t min, uint32_t max) {
  const nm_token *tok = (const nm_token *)g->d->tokens.data + t;
  uint32_t n = tok->end - tok->start;
  if (n < min || n > max) return false;
  for (uint32_t q = tok->start; q < tok->end; q++)
    if (g->s[q] < '0' || g->s[q] > '9') return false;
  return true;
}

/* Unpunctuated lines that news pages run together with the headline:
 * a dateline date "Tuesday, September 1, 2015" and a caption credit
 * "Image: NASA". True when a sentence starts at token j (j > t0). */
static bool starts_page_line(const seg *g, const unsigned char *kinds, uint32_t t0, uint32_t j,
                             uint32_t t1) {
  static const char *const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};
  static const char *const months[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
  static const char *const lead_ins[] = {
      "on",    "by",   "until", "since", "from",  "before", "after", "of",   "last",
      "next",  "this", "every", "On",    "By",    "Until",  "Since", "From", "Before",
      "After", "Last", "Next",  "This",  "Every", "and",    "or",    "to",   "that"};
  /* cheap test first: both patterns have ',' or ':' as their second token */
  if (j + 2 >= t1 || kinds[j + 1 - t0] != K_COMMA) return false;
  int pk = kinds[j - 1 - t0];
  if (pk != K_WORD_UPPER && pk != K_WORD_LOWER && pk != K_WORD_OTHER) return false;
  if (j + 2 < t1 && tok_is(g, j, "Image") && tok_is(g, j + 1, ":")) return true;
  if (j + 5 < t1 && kinds[j + 2 - t0] == K_WORD_UPPER && kinds[j + 4 - t0] == K_COMMA &&
      tok_digits(g, j + 5, 4, 4) && tok_digits(g, j + 3, 1, 2) && tok_is(g, j + 1, ",") &&
      tok_is(g, j + 4, ",") && tok_in(g, j, days, 7) && tok_in(g, j + 2, months, 12))
    return !tok_in(g, j - 1, lead_ins, sizeof lead_ins / sizeof lead_ins[0]);
  return false;
}

/* Whether token k is the second part of a split word ("do|n't"): no
 * sentence starts there. */
static bool joined_at(const seg *g, uint32_t k) {
  return k < g->d->tokens.n && (((const nm_token *)g->d->tokens.data)[k].flags & NM_TOK_JOINED);
}

static void split_sentences(seg *g, uint32_t t0, uint32_t t1) {
  const unsigned char *kinds = (const unsigned char *)g->kinds.data;
  uint32_t start = t0;
  if (g->d->paragraphs.n <= 3 && !g->d->has_dateline) {
    uint32_t dash = dateline_dash(g, kinds, t0, t1);
    if (dash && !joined_at(g, dash + 1)) { /* "— n't" split from a word is no dateline's end */
      const nm_token *toks = (const nm_token *)g->d->tokens.data;
      g->d->has_dateline = true;
      g->d->dateline.start = toks[t0].start;
      g->d->dateline.end = toks[dash - 1].end;
      add_sentence(g, t0, dash + 1);
      start = dash + 1;
    }
  }
  /* kinds that may end a sentence, and capitalised words when the paragraph
   * has one that may start a page line ("Tuesday", "Image") */
  const unsigned interesting = 1u << K_TERM | 1u << K_ABBR | 1u << K_ABBR_MONTH | 1u << K_ABBR_NUM |
                               1u << K_INITIAL | 1u << K_ABBR_TITLE |
                               (g->page_words ? 1u << K_WORD_UPPER : 0);
  for (uint32_t i = start; i < t1; i++) {
    /* skip to the next token that matters, within the length limit */
    uint32_t lim =
        start + NM_MAX_SENTENCE_TOKENS - 1 < t1 ? start + NM_MAX_SENTENCE_TOKENS - 1 : t1;
    while (i < lim && !((interesting >> kinds[i - t0]) & 1u))
      i++;
    if (i >= t1) break;
    int k = kinds[i - t0];
    if (i + 1 - start >= NM_MAX_SENTENCE_TOKENS) {
      uint32_t cut = i + 1; /* not inside a split word: "do|n't" stays together */
      while (cut > start + 1 && joined_at(g, cut))
        cut--;
      warn(g, NM_WARN_LONG_SENTENCE, ((const nm_token *)g->d->tokens.data)[cut - 1].end);
      add_sentence(g, start, cut);
      start = cut;
      i = cut - 1;
      continue;
    }
    if (!((interesting >> k) & 1u)) continue;
    if (k == K_WORD_UPPER) {
      if (i > start && starts_page_line(g, kinds, t0, i, t1)) {
        add_sentence(g, start, i);
        start = i;
      }
      continue;
    }
    uint32_t j = i + 1;
    /* closing quotes and brackets, emoticons and citation marks stay with
     * the sentence they follow: ‘no.’  great! :)  violent)." [21] */
    for (;;) {
      uint32_t c;
      if (j < t1 && (kinds[j - t0] == K_CLOSE || kinds[j - t0] == K_EMOTICON))
        j++;
      else if (k == K_TERM && j < t1 && kinds[j - t0] == K_TERM)
        j++; /* Yahoo! . */
      else if (k == K_TERM && j < t1 && (c = citation_len(g, j, t1)) != 0)
        j += c;
      else if (k == K_TERM && j < t1 && footnote_at(g, kinds, t0, j, t1))
        j++;
      else
        break;
    }
    if (j >= t1) break;
    /* never inside a word: the second part of "do|n't" stays joined */
    if (!joined_at(g, j) && boundary_before(g, kinds, t0, i, j)) {
      add_sentence(g, start, j);
      start = j;
      i = j - 1;
    } else {
      i = j - 1;
    }
  }
  add_sentence(g, start, t1);
}

/* Closes the paragraph whose tokens start at par_first_token. */
static void end_paragraph(seg *g) {
  nm_doc *d = g->d;
  uint32_t t0 = g->par_first_token, t1 = (uint32_t)d->tokens.n;
  if (g->status != NM_OK || t1 == t0) return;
  nm_paragraph *p = nm_vec_push(&d->paragraphs);
  if (!p) {
    g->status = NM_ERR_NOMEM;
    return;
  }
  const nm_token *toks = (const nm_token *)d->tokens.data;
  p->start = toks[t0].start;
  p->end = toks[t1 - 1].end;
  p->first_sentence = (uint32_t)d->sentences.n;
  split_sentences(g, t0, t1);
  p = (nm_paragraph *)d->paragraphs.data + d->paragraphs.n - 1;
  p->n_sentences = (uint32_t)d->sentences.n - p->first_sentence;
  g->kinds.n = 0;
  g->par_first_token = (uint32_t)d->tokens.n;
  g->squote_open = g->dquote_open = false;
  g->page_words = false;
}

/* Marks tokens whose bytes are not valid UTF-8. */
static void flag_invalid(seg *g, uint32_t t0) {
  nm_token *toks = (nm_token *)g->d->tokens.data;
  for (uint32_t t = t0; t < g->d->tokens.n; t++) {
    for (uint32_t i = toks[t].start; i < toks[t].end;) {
      uint32_t cp;
      size_t len = decode_at(g, i, toks[t].end, &cp);
      if (cp == 0xFFFD && len == 1) {
        toks[t].flags |= NM_TOK_INVALID_UTF8;
        break;
      }
      i += (uint32_t)len;
    }
  }
}

/* Byte classes for the chunk scan. */
enum { SCAN_WORD = 0, SCAN_PUNCT, SCAN_STOP, SCAN_HIGH };
/* clang-format off */
static const unsigned char scan_class[256] = {
#define W SCAN_WORD
#define P SCAN_PUNCT
#define S SCAN_STOP
#define H SCAN_HIGH
#define H16 H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H
    /* 0x00-0x1F: NUL, tab and line breaks stop a chunk; other controls are punctuation */
    S, P, P, P, P, P, P, P, P, S, S, S, S, S, P, P,
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
    /* 0x20-0x3F: space ! " # $ % & ' ( ) * + , - . / 0-9 : ; < = > ? */
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
    W, W, W, W, W, W, W, W, W, W, P, P, P, P, P, P,
    /* 0x40-0x5F: @ A-Z [ \ ] ^ _ */
    P, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    W, W, W, W, W, W, W, W, W, W, W, P, P, P, P, P,
    /* 0x60-0x7F: ` a-z { | } ~ DEL */
    P, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    W, W, W, W, W, W, W, W, W, W, W, P, P, P, P, P,
    /* 0x80-0xFF: UTF-8 */
    H16, H16, H16, H16, H16, H16, H16, H16,
#undef H16
#undef H
#undef S
#undef P
#undef W
};
/* clang-format on */

/* Index of the first byte at or after i that is not an ASCII letter or
 * digit. The text is followed by NM_TEXT_PAD NUL bytes, so reading 16 bytes
 * at i is safe and the scan always stops. */
#if defined(__SSE2__)
#include <emmintrin.h>
static inline uint32_t skip_word_bytes(const unsigned char *s, uint32_t i) {
  const __m128i a1 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1);
  const __m128i A1 = _mm_set1_epi8('A' - 1), Z1 = _mm_set1_epi8('Z' + 1);
  const __m128i d1 = _mm_set1_epi8('0' - 1), d9 = _mm_set1_epi8('9' + 1);
  for (;;) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    /* signed compares are right here: every byte >= 0x80 is negative and so
     * falls outside each range */
    __m128i lo = _mm_and_si128(_mm_cmpgt_epi8(v, a1), _mm_cmplt_epi8(v, z1));
    __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, A1), _mm_cmplt_epi8(v, Z1));
    __m128i dg = _mm_and_si128(_mm_cmpgt_epi8(v, d1), _mm_cmplt_epi8(v, d9));
    unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(lo, up), dg));
    if (word != 0xFFFFu) return i + (uint32_t)__builtin_ctz(~word & 0xFFFFu);
    i += 16;
  }
}
#else
static inline uint32_t skip_word_bytes(const unsigned char *s, uint32_t i) {
  while (scan_class[s[i]] == SCAN_WORD)
    i++;
  return i;
}
#endif

nm_status nm_segment(nm_doc *d) {
  pthread_once(&abbr_filter_once, abbr_filter_build);
  seg g;
  memset(&g, 0, sizeof g);
  g.d = d;
  g.s = (const unsigned char *)d->text;
  g.n = d->len;
  nm_vec_init(&g.kinds, 1);
  if (nm_vec_reserve(&d->tokens, d->len / 6 + 16) != 0 || nm_vec_reserve(&g.kinds, 256) != 0 ||
      nm_vec_reserve(&d->sentences, d->len / 120 + 4) != 0) {
    nm_vec_free(&g.kinds);
    return NM_ERR_NOMEM;
  }
  uint32_t i = 0;
  bool par_start = true;
  while (i < g.n && g.status == NM_OK) {
    while (g.s[i] == ' ')
      i++; /* the text is NUL-terminated */
    if (i >= g.n) break;
    unsigned char c = g.s[i];
    uint32_t cp;
    size_t len;
    unsigned cls;
    if (c < 0x80) {
      cls = nm_ascii_class[c];
      len = 1;
      if (c == 0) warn(&g, NM_WARN_NUL_BYTE, i);
    } else {
      cls = class_at(&g, i, g.n, &cp, &len);
      if (cls & NM_CC_BAD) warn(&g, NM_WARN_INVALID_UTF8, i);
    }
    if (cls & NM_CC_BREAK) {
      end_paragraph(&g);
      par_start = true;
      i += (uint32_t)len;
      continue;
    }
    if (cls & NM_CC_SPACE) {
      i += (uint32_t)len;
      continue;
    }
    /* A chunk: up to the next space or break. */
    uint32_t cs = i;
    /* Fast path for most chunks: a word of ASCII letters and digits, alone or
     * with one , ; : ? ! or . after it. The rest goes the long way below. */
    if (c < 0x80 && (cls & NM_CC_WORD)) {
      uint32_t we = skip_word_bytes(g.s, i + 1), ce = we;
      unsigned char e = g.s[we];
      int pk = 0; /* kind of the mark after the word; 0 none, -1 not handled */
      if (scan_class[e] != SCAN_STOP) {
        pk = -1;
        if (scan_class[g.s[we + 1]] == SCAN_STOP) {
          ce = we + 1;
          if (e == ',' || e == ';' || e == ':')
            pk = K_COMMA;
          else if (e == '?' || e == '!' || e == '.')
            pk = K_TERM;
        }
      }
      if (pk >= 0 && !((we - cs == 5 || we - cs == 6) && is_fused(&g, cs, we))) {
        int wk = c <= '9' ? K_WORD_OTHER : c <= 'Z' ? K_WORD_UPPER : K_WORD_LOWER;
        int ak = 0;
        if (e == '.' && pk == K_TERM) {
          uint32_t k = ce; /* "No. 2", "Oct. 7": is a number next? */
          while (g.s[k] == ' ' || g.s[k] == '\t')
            k++;
          ak = abbrev_kind(&g, cs, ce, par_start, g.s[k] >= '0' && g.s[k] <= '9');
        }
        if (ak) {
          emit(&g, cs, ce, 0, ak); /* "Gen." "J." "1." */
        } else if (pk == 0) {
          emit(&g, cs, we, 0, wk);
        } else {
          emit(&g, cs, we, NM_TOK_NO_SPACE_AFTER, wk);
          emit(&g, we, ce, 0, pk);
        }
        i = ce;
        par_start = false;
        continue;
      }
    }
    bool bad = (cls & NM_CC_BAD) != 0;
    /* The chunk's first byte that is not an ASCII letter or digit: most
     * chunks are a plain word, perhaps with one punctuation mark after it,
     * and take a fast path below. */
    uint32_t np = (c < 0x80 && (cls & NM_CC_WORD)) ? UINT32_MAX : cs;
    /* '@', ':' or '.' make a URL, e-mail or emoticon possible */
    bool special = c == '@' || c == '#' || c == ':' || c == ';' || c == '<' || c == '=';
    i += (uint32_t)len;
    for (;;) {
      /* the text is NUL-terminated and NUL stops the scan, so letters and
       * digits need no bounds check */
      i = skip_word_bytes(g.s, i);
      if (i >= g.n) break;
      c = g.s[i];
      if (c < 0x80) {
        if (scan_class[c] == SCAN_STOP) break;
        if (np == UINT32_MAX) np = i;
        if (c == '@' || c == ':' || c == '.' || c == '#') special = true;
        i++;
      } else {
        unsigned k = class_at(&g, i, g.n, &cp, &len);
        if (k & (NM_CC_SPACE | NM_CC_BREAK)) break;
        if (np == UINT32_MAX) np = i;
        if (k & NM_CC_BAD) {
          bad = true;
          warn(&g, NM_WARN_INVALID_UTF8, i);
        }
        i += (uint32_t)len;
      }
    }
    uint32_t t0 = (uint32_t)d->tokens.n;
    /* Is the next chunk a number? ("No. 2", "Oct. 7") Only abbreviations
     * ask, and they end in a period. */
    bool next_digit = false;
    if (special) {
      uint32_t k = i;
      while (k < g.n && (g.s[k] == ' ' || g.s[k] == '\t'))
        k++;
      next_digit = k < g.n && g.s[k] >= '0' && g.s[k] <= '9';
    }
    if (np == UINT32_MAX || (np == i - 1 && np > cs)) {
      uint32_t we = np == UINT32_MAX ? i : np; /* end of the word */
      unsigned char c0 = g.s[cs];
      int wk = c0 <= '9' ? K_WORD_OTHER : c0 <= 'Z' ? K_WORD_UPPER : K_WORD_LOWER;
      unsigned char last = g.s[i - 1];
      int pk = 0; /* kind of the punctuation after the word, 0 if none */
      if (we == i)
        pk = -1;
      else if (last == ',' || last == ';' || last == ':')
        pk = K_COMMA;
      else if (last == '?' || last == '!')
        pk = K_TERM;
      else if (last == '.') {
        int ak = abbrev_kind(&g, cs, i, par_start, next_digit);
        if (ak) {
          emit(&g, cs, i, 0, ak); /* "Gen." "J." "1." */
          par_start = false;
          continue;
        }
        pk = K_TERM;
      }
      /* "cannot", "gonna": split below; so is anything else unusual */
      if (pk && !((we - cs == 5 || we - cs == 6) && is_fused(&g, cs, we))) {
        if (pk < 0) {
          emit(&g, cs, i, 0, wk);
        } else {
          emit(&g, cs, we, NM_TOK_NO_SPACE_AFTER, wk);
          emit(&g, we, i, 0, pk);
        }
        par_start = false;
        continue;
      }
    }
    do_chunk(&g, cs, i, par_start, next_digit, special);
    if (bad && g.status == NM_OK) flag_invalid(&g, t0);
    par_start = false;
  }
  end_paragraph(&g);
  nm_vec_free(&g.kinds);
  return g.status;
}

/* Word lists are binary-searched, so they must stay sorted; the unit
 * tests call this after every edit of a list. */
int nm_segment_tables_sorted(void) {
  pthread_once(&abbr_filter_once, abbr_filter_build);
  for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
    if (find_abbr(abbrevs[i].w) != &abbrevs[i]) return 0;
  for (size_t i = 1; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
    if (strcmp(abbrevs[i - 1].w, abbrevs[i].w) >= 0 || strlen(abbrevs[i].w) > 6) return 0;
#define CHECK_SORTED(list)                                                                         \
  for (size_t i = 1; i < sizeof list / sizeof list[0]; i++)                                        \
    if (strcmp(list[i - 1], list[i]) >= 0) return 0;
  CHECK_SORTED(hyphen_prefixes)
  CHECK_SORTED(starters)
  CHECK_SORTED(speech_verbs)
#undef CHECK_SORTED
  return 1;
}
