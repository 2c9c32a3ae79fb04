/* test_segment.c - paragraphs, sentences and tokens of news text, through
 * the public API only (nm_doc_new, nm_process, nm_doc_paragraphs /
 * sentences / tokens / warnings).
 *
 * Each test states what a careful reader, or Universal Dependencies for
 * tokens, expects: the exact token texts, the exact sentence texts, or both.
 * Every document a test segments is also checked against the invariants of
 * the document model (spans in order and inside the text, sentences made of
 * whole tokens, NO_SPACE_AFTER exactly where the next token touches this
 * one); see check_invariants(). */
#include "newsmill.h"
#include "segment.h"
#include "test.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static nm_pipeline *pipeline;

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

/* Growable string for joining token and sentence texts. */
typedef struct sbuf {
  char *s;
  size_t n, cap;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (b->n + n + 1 > cap)
      cap *= 2;
    char *p = realloc(b->s, cap);
    if (!p) {
      fprintf(stderr, "out of memory\n");
      exit(2);
    }
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

static void sb_puts(sbuf *b, const char *s) { sb_put(b, s, strlen(s)); }

static int is_space_byte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Checks what must hold for any text; reports the line of the caller. */
static void check_invariants(int line, const nm_doc *d) {
  size_t len, np, ns, nt, nw;
  const char *text = nm_doc_text(d, &len);
  const nm_paragraph *ps = nm_doc_paragraphs(d, &np);
  const nm_sentence *ss = nm_doc_sentences(d, &ns);
  const nm_token *ts = nm_doc_tokens(d, &nt);
  const nm_warning *ws = nm_doc_warnings(d, &nw);
  int bad = 0;
#define INV(cond, ...)                                                                             \
  do {                                                                                             \
    if (!(cond) && bad < 5) {                                                                      \
      fprintf(stderr, "%s:%d: invariant failed: %s: ", __FILE__, line, #cond);                     \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fprintf(stderr, "\n");                                                                       \
      bad++;                                                                                       \
    }                                                                                              \
  } while (0)
  for (size_t i = 0; i < nt; i++) {
    INV(ts[i].start < ts[i].end && ts[i].end <= len, "token %zu [%u,%u)", i, ts[i].start,
        ts[i].end);
    INV(i == 0 || ts[i].start >= ts[i - 1].end, "token %zu overlaps the previous one", i);
    INV(ts[i].sentence < ns, "token %zu sentence %u", i, ts[i].sentence);
    int touches = i + 1 < nt && ts[i + 1].start == ts[i].end;
    INV(!!(ts[i].flags & NM_TOK_NO_SPACE_AFTER) == touches,
        "token %zu [%u,%u) NO_SPACE_AFTER is %d but the next token %s", i, ts[i].start, ts[i].end,
        !!(ts[i].flags & NM_TOK_NO_SPACE_AFTER), touches ? "touches it" : "does not touch it");
    INV(!(ts[i].flags & NM_TOK_JOINED) || (i > 0 && ts[i - 1].end == ts[i].start),
        "joined token %zu does not continue the previous token", i);
    if (ts[i].end <= len && ts[i].start < ts[i].end)
      for (uint32_t k = ts[i].start; k < ts[i].end; k++)
        INV(!is_space_byte((unsigned char)text[k]) && text[k] != '\0',
            "token %zu [%u,%u) holds white space or NUL at %u", i, ts[i].start, ts[i].end, k);
  }
  uint32_t next_tok = 0;
  for (size_t i = 0; i < ns; i++) {
    INV(ss[i].first_token == next_tok, "sentence %zu starts at token %u, expected %u", i,
        ss[i].first_token, next_tok);
    INV(ss[i].n_tokens > 0, "sentence %zu is empty", i);
    INV(ss[i].paragraph < np, "sentence %zu paragraph %u", i, ss[i].paragraph);
    if (ss[i].n_tokens > 0 && ss[i].first_token + ss[i].n_tokens <= nt) {
      INV(ss[i].start == ts[ss[i].first_token].start, "sentence %zu start", i);
      INV(!(ts[ss[i].first_token].flags & NM_TOK_JOINED), "sentence %zu starts inside a word", i);
      INV(ss[i].end == ts[ss[i].first_token + ss[i].n_tokens - 1].end, "sentence %zu end", i);
      for (uint32_t t = ss[i].first_token; t < ss[i].first_token + ss[i].n_tokens; t++)
        INV(ts[t].sentence == i, "token %u says sentence %u, is in %zu", t, ts[t].sentence, i);
    }
    if (ss[i].paragraph < np)
      INV(ss[i].start >= ps[ss[i].paragraph].start && ss[i].end <= ps[ss[i].paragraph].end,
          "sentence %zu outside its paragraph", i);
    next_tok = ss[i].first_token + ss[i].n_tokens;
  }
  INV(next_tok == nt, "sentences cover %u of %zu tokens", next_tok, nt);
  uint32_t next_sent = 0;
  for (size_t i = 0; i < np; i++) {
    INV(ps[i].start < ps[i].end && ps[i].end <= len, "paragraph %zu [%u,%u)", i, ps[i].start,
        ps[i].end);
    INV(i == 0 || ps[i].start > ps[i - 1].end, "paragraph %zu overlaps the previous one", i);
    INV(ps[i].first_sentence == next_sent, "paragraph %zu first_sentence %u, expected %u", i,
        ps[i].first_sentence, next_sent);
    INV(ps[i].n_sentences > 0, "paragraph %zu has no sentence", i);
    if (ps[i].n_sentences && ps[i].first_sentence + ps[i].n_sentences <= ns) {
      INV(ps[i].start == ss[ps[i].first_sentence].start, "paragraph %zu start", i);
      INV(ps[i].end == ss[ps[i].first_sentence + ps[i].n_sentences - 1].end, "paragraph %zu end",
          i);
    }
    next_sent = ps[i].first_sentence + ps[i].n_sentences;
  }
  INV(next_sent == ns, "paragraphs cover %u of %zu sentences", next_sent, ns);
  for (size_t i = 0; i < nw; i++) {
    INV(ws[i].code < NM_WARN_COUNT, "warning %zu code %d", i, (int)ws[i].code);
    INV(ws[i].offset <= len, "warning %zu offset %u", i, ws[i].offset);
  }
#undef INV
  if (bad) nm_test_failed_checks++;
}

/* Segments text[0..len) and checks the invariants. */
static nm_doc *seg_mem(int line, const char *text, size_t len) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, len, &e);
  if (!d) {
    fprintf(stderr, "%s:%d: nm_doc_new failed: %s\n", __FILE__, line, e.msg);
    nm_test_failed_checks++;
    return NULL;
  }
  if (nm_process(pipeline, d, &e) != NM_OK) {
    fprintf(stderr, "%s:%d: nm_process failed: %s\n", __FILE__, line, e.msg);
    nm_test_failed_checks++;
  }
  check_invariants(line, d);
  return d;
}

#define SEG(text) seg_mem(__LINE__, (text), strlen(text))

/* Token texts joined by "|". With tags, each token is followed by {J} when
 * NM_TOK_JOINED, {N} when NM_TOK_NO_SPACE_AFTER and {B} when
 * NM_TOK_INVALID_UTF8. The caller frees the result. */
static char *tokens_of(const nm_doc *d, int tags) {
  sbuf b = {NULL, 0, 0};
  sb_puts(&b, "");
  if (!d) return b.s;
  size_t nt;
  const char *text = nm_doc_text(d, NULL);
  const nm_token *ts = nm_doc_tokens(d, &nt);
  for (size_t i = 0; i < nt; i++) {
    if (i) sb_puts(&b, "|");
    sb_put(&b, text + ts[i].start, ts[i].end - ts[i].start);
    if (tags && (ts[i].flags & NM_TOK_JOINED)) sb_puts(&b, "{J}");
    if (tags && (ts[i].flags & NM_TOK_NO_SPACE_AFTER)) sb_puts(&b, "{N}");
    if (tags && (ts[i].flags & NM_TOK_INVALID_UTF8)) sb_puts(&b, "{B}");
  }
  return b.s;
}

static void check_tokens(int line, const char *text, int tags, const char *expected) {
  nm_doc *d = seg_mem(line, text, strlen(text));
  char *got = tokens_of(d, tags);
  if (strcmp(got, expected) != 0) {
    fprintf(stderr, "%s:%d: tokens of \"%s\"\n   got: %s\n  want: %s\n", __FILE__, line, text, got,
            expected);
    nm_test_failed_checks++;
  }
  free(got);
  nm_doc_free(d);
}

/* Token texts of text joined by "|", e.g. "It|’s|fine|." */
#define CHECK_TOKENS(text, expected) check_tokens(__LINE__, (text), 0, (expected))
/* The same with flags: "It{N}|’s{J}|fine{N}|." */
#define CHECK_TAGGED(text, expected) check_tokens(__LINE__, (text), 1, (expected))

static void check_sentences(int line, const char *text, const char *const *expected) {
  nm_doc *d = seg_mem(line, text, strlen(text));
  if (!d) return;
  size_t ns, nexp = 0;
  const nm_sentence *ss = nm_doc_sentences(d, &ns);
  while (expected[nexp])
    nexp++;
  int ok = ns == nexp;
  for (size_t i = 0; ok && i < ns; i++) {
    size_t n = ss[i].end - ss[i].start;
    ok = strlen(expected[i]) == n && memcmp(text + ss[i].start, expected[i], n) == 0;
  }
  if (!ok) {
    fprintf(stderr, "%s:%d: sentences of \"%s\"\n", __FILE__, line, text);
    for (size_t i = 0; i < ns; i++)
      fprintf(stderr, "   got %zu: %.*s\n", i + 1, (int)(ss[i].end - ss[i].start),
              text + ss[i].start);
    for (size_t i = 0; i < nexp; i++)
      fprintf(stderr, "  want %zu: %s\n", i + 1, expected[i]);
    nm_test_failed_checks++;
  }
  nm_doc_free(d);
}

/* The sentences of text, exactly: CHECK_SENTENCES("A b. C d.", "A b.", "C d.") */
#define CHECK_SENTENCES(text, ...)                                                                 \
  check_sentences(__LINE__, (text), (const char *const[]){__VA_ARGS__, NULL})

static size_t count_warnings(const nm_doc *d, nm_warning_code c) {
  size_t nw, k = 0;
  const nm_warning *ws = nm_doc_warnings(d, &nw);
  for (size_t i = 0; i < nw; i++)
    k += ws[i].code == c;
  return k;
}

/* Offset of the first warning with code c, or -1. */
static long first_warning(const nm_doc *d, nm_warning_code c) {
  size_t nw;
  const nm_warning *ws = nm_doc_warnings(d, &nw);
  for (size_t i = 0; i < nw; i++)
    if (ws[i].code == c) return (long)ws[i].offset;
  return -1;
}

/* ------------------------------------------------------------------ */
/* Datelines                                                           */

/* A wire dateline and its dash are a sentence of their own, as in UD EWT
 * ("TEHRAN (AFP) -"), docs/output.md and the golden annotations; the lede
 * that follows is the next sentence. nm_doc_dateline() gives the dateline
 * without its dash. */
static void check_dateline(int line, const char *text, const char *want) {
  nm_doc *d = seg_mem(line, text, strlen(text));
  if (!d) return;
  nm_span sp = {0, 0};
  int has = nm_doc_dateline(d, &sp);
  int ok = want ? has && sp.end - sp.start == strlen(want) &&
                      memcmp(text + sp.start, want, strlen(want)) == 0
                : !has;
  if (!ok) {
    fprintf(stderr, "%s:%d: dateline of \"%s\" is %s%.*s%s, expected %s\n", __FILE__, line, text,
            has ? "\"" : "", has ? (int)(sp.end - sp.start) : 4, has ? text + sp.start : "none",
            has ? "\"" : "", want ? want : "none");
    nm_test_failed_checks++;
  }
  nm_doc_free(d);
}
#define CHECK_DATELINE(text, want) check_dateline(__LINE__, (text), (want))

NM_TEST(dateline_ap) {
  const char *t = "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to confirm the nominee. "
                  "Democrats objected.";
  CHECK_SENTENCES(t, "WASHINGTON (AP) —",
                  "The Senate voted 51-49 on Tuesday to confirm the nominee.",
                  "Democrats objected.");
  CHECK_TOKENS(t, "WASHINGTON|(|AP|)|—|The|Senate|voted|51|-|49|on|Tuesday|to|confirm|the|nominee|."
                  "|Democrats|objected|.");
  CHECK_DATELINE(t, "WASHINGTON (AP)");
}

NM_TEST(dateline_reuters) {
  const char *t = "KYIV, Ukraine (Reuters) - Russian drones struck the capital overnight, "
                  "officials said. Two people were hurt.";
  CHECK_SENTENCES(t, "KYIV, Ukraine (Reuters) -",
                  "Russian drones struck the capital overnight, officials said.",
                  "Two people were hurt.");
  CHECK_TOKENS(t, "KYIV|,|Ukraine|(|Reuters|)|-|Russian|drones|struck|the|capital|overnight|,|"
                  "officials|said|.|Two|people|were|hurt|.");
  CHECK_DATELINE(t, "KYIV, Ukraine (Reuters)");
  /* the month and day before the agency */
  t = "NAIROBI, March 4 (Reuters) - Police fired tear gas. Two people were hurt.";
  CHECK_SENTENCES(t, "NAIROBI, March 4 (Reuters) -", "Police fired tear gas.",
                  "Two people were hurt.");
  CHECK_DATELINE(t, "NAIROBI, March 4 (Reuters)");
  /* two cities */
  t = "CARACAS/GEORGETOWN, March 2 (Reuters) - Troops moved. Nobody spoke.";
  CHECK_SENTENCES(t, "CARACAS/GEORGETOWN, March 2 (Reuters) -", "Troops moved.", "Nobody spoke.");
  CHECK_DATELINE(t, "CARACAS/GEORGETOWN, March 2 (Reuters)");
}

/* a country whose name holds a hyphen, after the comma */
NM_TEST(dateline_hyphenated_country) {
  const char *t = "BISSAU, Guinea-Bissau (AP) — Soldiers tried to storm the palace. Nobody spoke.";
  CHECK_SENTENCES(t, "BISSAU, Guinea-Bissau (AP) —", "Soldiers tried to storm the palace.",
                  "Nobody spoke.");
  CHECK_DATELINE(t, "BISSAU, Guinea-Bissau (AP)");
}

NM_TEST(dateline_other_forms) {
  CHECK_SENTENCES("WASHINGTON, D.C. (AP) — A jury convicted him on Friday.",
                  "WASHINGTON, D.C. (AP) —", "A jury convicted him on Friday.");
  CHECK_SENTENCES("LONDON — The talks resumed. Nobody spoke.", "LONDON —", "The talks resumed.",
                  "Nobody spoke.");
  CHECK_SENTENCES("PONCHATOULA, La. -- The storm passed.", "PONCHATOULA, La. --",
                  "The storm passed.");
  /* after a headline, in the second paragraph */
  const char *t = "Dockworkers Walk Out at Rotterdam\nROTTERDAM, Netherlands (Wire) — Thousands "
                  "of dockworkers walked off the job.";
  CHECK_SENTENCES(t, "Dockworkers Walk Out at Rotterdam", "ROTTERDAM, Netherlands (Wire) —",
                  "Thousands of dockworkers walked off the job.");
  CHECK_DATELINE(t, "ROTTERDAM, Netherlands (Wire)");
  /* a country's name with "of" after the comma */
  CHECK_SENTENCES("GOMA, Democratic Republic of Congo (Wire) — Rebels took the town.",
                  "GOMA, Democratic Republic of Congo (Wire) —", "Rebels took the town.");
  /* but not a lower-case word before any comma */
  CHECK_SENTENCES("NATO of course — the alliance — met.", "NATO of course — the alliance — met.");
  /* nor a hyphen inside a word, unless a city in capitals is before it */
  CHECK_SENTENCES("NATO Secretary-General Jens Stoltenberg spoke.",
                  "NATO Secretary-General Jens Stoltenberg spoke.");
  CHECK_DATELINE("WASHINGTON-The Senate voted on Tuesday.", "WASHINGTON");
  /* a hyphenated city in capitals is one name ("PORT-AU-PRINCE") */
  CHECK_DATELINE("PORT-AU-PRINCE, Haiti (Wire) — Police arrived on Tuesday.",
                 "PORT-AU-PRINCE, Haiti (Wire)");
  /* and so is one with a possessive ("COX'S BAZAR") */
  CHECK_DATELINE("COX'S BAZAR, Bangladesh (Wire) — Rebels seized 23 fishermen.",
                 "COX'S BAZAR, Bangladesh (Wire)");
}

/* AP style abbreviates "Saint" in capitals in a dateline. */
NM_TEST(dateline_st_louis) {
  CHECK_SENTENCES("ST. LOUIS (AP) — A jury convicted him on Friday. He will appeal.",
                  "ST. LOUIS (AP) —", "A jury convicted him on Friday.", "He will appeal.");
  CHECK_TOKENS("ST. LOUIS (AP) — A jury", "ST.|LOUIS|(|AP|)|—|A|jury");
  CHECK_DATELINE("ST. LOUIS (AP) — A jury convicted him.", "ST. LOUIS (AP)");
}

/* What only looks like a dateline stays in its sentence. */
NM_TEST(dateline_lookalikes) {
  /* an acronym and a dash inside a lede: a dateline is followed by a
   * sentence start, not by a lower-case word */
  const char *t = "NATO — the 32-member alliance — agreed on Tuesday to expand.";
  CHECK_SENTENCES(t, t);
  CHECK_DATELINE(t, NULL);
  /* an all-caps word and a dash deep in the article */
  t = "One.\nTwo.\nThree.\nFour.\nBIG MISTAKE - The food was cold.";
  CHECK_SENTENCES(t, "One.", "Two.", "Three.", "Four.", "BIG MISTAKE - The food was cold.");
  CHECK_DATELINE(t, NULL);
  /* only one dateline per article */
  t = "GENEVA (Wire) — Talks began.\nBERN (Wire) — Talks ended.";
  CHECK_DATELINE(t, "GENEVA (Wire)");
  CHECK_SENTENCES(t, "GENEVA (Wire) —", "Talks began.", "BERN (Wire) — Talks ended.");
}

/* ------------------------------------------------------------------ */
/* Abbreviations and initials                                          */

NM_TEST(abbrev_us_un) {
  CHECK_SENTENCES("U.S. officials and U.N. envoys met in the U.S. capital on Monday.",
                  "U.S. officials and U.N. envoys met in the U.S. capital on Monday.");
  CHECK_TOKENS("U.S. officials and U.N. envoys", "U.S.|officials|and|U.N.|envoys");
  /* At the end of a sentence the abbreviation's period also ends it. */
  CHECK_SENTENCES("The aid came from the U.S. The rest came from Europe.",
                  "The aid came from the U.S.", "The rest came from Europe.");
  CHECK_TOKENS("The aid came from the U.S. The rest", "The|aid|came|from|the|U.S.|The|rest");
  CHECK_SENTENCES("He moved to the U.S. in 1990. She stayed.", "He moved to the U.S. in 1990.",
                  "She stayed.");
  CHECK_TOKENS("a U.S.-led mission", "a|U.S.|-|led|mission");
}

NM_TEST(abbrev_titles) {
  const char *t =
      "Gen. Pavel Oršić met Sen. Maria Ortega, Rep. Dana Whitcomb, Mr. Joost Verhaeghe, "
      "Dr. Priya Raman and Lt. Cmdr. Ivan Sertić at St. Pierre Cathedral.";
  CHECK_SENTENCES(t, t);
  CHECK_TOKENS(t,
               "Gen.|Pavel|Oršić|met|Sen.|Maria|Ortega|,|Rep.|Dana|Whitcomb|,|Mr.|Joost|"
               "Verhaeghe|,|Dr.|Priya|Raman|and|Lt.|Cmdr.|Ivan|Sertić|at|St.|Pierre|Cathedral|.");
  CHECK_SENTENCES("Ask me in May. Dr. Priya Raman said so.", "Ask me in May.",
                  "Dr. Priya Raman said so.");
  /* military ranks: "Brig. Gen.", "Lieut.", "Gens." */
  t = "A spokesman, Brig. Gen. Aung Thet Paing, met Lieut. Col. Ivan Sertić and Gens. Ortega "
      "and Raman.";
  CHECK_SENTENCES(t, t);
}

/* A personal title never ends a sentence, even before a name that is also
 * a common sentence starter (the Korean surname An). */
NM_TEST(abbrev_title_before_starter_word) {
  CHECK_SENTENCES("Mr. An Ji-sung, a diplomat, said the talks would resume.",
                  "Mr. An Ji-sung, a diplomat, said the talks would resume.");
}

/* "St." after a street name is an address, and a new sentence may follow. */
NM_TEST(abbrev_street) {
  CHECK_SENTENCES("He lives at 212 Fourth St. The crowd gathered outside.",
                  "He lives at 212 Fourth St.", "The crowd gathered outside.");
}

/* Party and state after a name: the state keeps its abbreviation period
 * even after the hyphen ("Fla." in GUM). */
NM_TEST(abbrev_party_state) {
  CHECK_TOKENS("Rep. Dana Whitcomb, D-Ore., who led", "Rep.|Dana|Whitcomb|,|D|-|Ore.|,|who|led");
  CHECK_TOKENS("Sen. Maria Ortega, D-N.M., crossed", "Sen.|Maria|Ortega|,|D|-|N.M.|,|crossed");
  CHECK_TOKENS("Rep. Curtis Vandermeer, R-Texas, called",
               "Rep.|Curtis|Vandermeer|,|R|-|Texas|,|called");
  CHECK_TOKENS("in Portland, Ore., now", "in|Portland|,|Ore.|,|now");
}

NM_TEST(abbrev_months) {
  CHECK_SENTENCES("The attack began Oct. 7 and ended Dec. 3, officials said.",
                  "The attack began Oct. 7 and ended Dec. 3, officials said.");
  const char *all = "Jan. 1, Feb. 2, Mar. 3, Apr. 4, Aug. 8, Sept. 9, Sep. 9, Oct. 10, Nov. 11 "
                    "and Dec. 12 were holidays.";
  CHECK_SENTENCES(all, all);
  CHECK_TOKENS("Oct. 7 offensive", "Oct.|7|offensive");
  CHECK_SENTENCES("The truce holds through Sept. 30. Then talks resume.",
                  "The truce holds through Sept. 30.", "Then talks resume.");
}

NM_TEST(abbrev_other) {
  CHECK_SENTENCES("They met at 6 a.m. and left at 8 p.m. each day.",
                  "They met at 6 a.m. and left at 8 p.m. each day.");
  CHECK_SENTENCES("They met at 6 a.m. The talks ended at noon.", "They met at 6 a.m.",
                  "The talks ended at noon.");
  CHECK_TOKENS("at 10:15 a.m., then", "at|10:15|a.m.|,|then");
  CHECK_SENTENCES("The union’s No. 2 official spoke.", "The union’s No. 2 official spoke.");
  CHECK_TOKENS("No. 2 official", "No.|2|official");
  CHECK_SENTENCES("The bill, H.R. 4417, passed. Acme Inc. said profits rose.",
                  "The bill, H.R. 4417, passed.", "Acme Inc. said profits rose.");
}

NM_TEST(initials) {
  const char *t = "The chief of staff, J. R. Hollis, said the text had changed.";
  CHECK_SENTENCES(t, t);
  CHECK_TOKENS(t, "The|chief|of|staff|,|J.|R.|Hollis|,|said|the|text|had|changed|.");
  CHECK_SENTENCES("George W. Bush spoke first. Then Laura Bush spoke.",
                  "George W. Bush spoke first.", "Then Laura Bush spoke.");
}

/* ------------------------------------------------------------------ */
/* Quotation marks                                                     */

NM_TEST(quotes_curly) {
  const char *t = "“This is not peace. It is the scaffolding on which peace might be built,” "
                  "said Dr. Helena Varga-Moss.";
  CHECK_SENTENCES(t, "“This is not peace.",
                  "It is the scaffolding on which peace might be built,” said Dr. Helena "
                  "Varga-Moss.");
  CHECK_TOKENS("“This is not peace.” Then", "“|This|is|not|peace|.|”|Then");
}

NM_TEST(quotes_straight) {
  const char *t = "\"Every comma was a fight,\" Hollis said. \"Some of the commas we lost.\"";
  CHECK_SENTENCES(t, "\"Every comma was a fight,\" Hollis said.",
                  "\"Some of the commas we lost.\"");
  CHECK_TOKENS(t, "\"|Every|comma|was|a|fight|,|\"|Hollis|said|.|\"|Some|of|the|commas|we|lost|"
                  ".|\"");
}

NM_TEST(quotes_nested) {
  CHECK_SENTENCES("“They keep telling us, ‘Be patient, be patient.’ I have been patient for 800 "
                  "days. Who will give me those days back?” she asked.",
                  "“They keep telling us, ‘Be patient, be patient.’",
                  "I have been patient for 800 days.",
                  "Who will give me those days back?” she asked.");
  CHECK_SENTENCES("\"He said 'no.' Then he left,\" she said.", "\"He said 'no.'",
                  "Then he left,\" she said.");
  CHECK_TOKENS("“I said to him, ‘You’re late.’", "“|I|said|to|him|,|‘|You|’re|late|.|’");
}

/* A sentence can end inside its closing mark: the mark belongs to it. */
NM_TEST(quotes_sentence_ends_inside_mark) {
  CHECK_SENTENCES("He told me ‘no.’ There’s nothing more to say.", "He told me ‘no.’",
                  "There’s nothing more to say.");
  CHECK_SENTENCES("“We use ‘verify.’ We use ‘inspect.’ Ask me again in May,” Brask told reporters.",
                  "“We use ‘verify.’", "We use ‘inspect.’",
                  "Ask me again in May,” Brask told reporters.");
  CHECK_SENTENCES("(Halloway’s office declined to comment.) The mood swung.",
                  "(Halloway’s office declined to comment.)", "The mood swung.");
}

NM_TEST(quotes_attribution) {
  CHECK_SENTENCES("“Where is my son?” shouted Halima Bekov. “He was on the list!” she said.",
                  "“Where is my son?” shouted Halima Bekov.", "“He was on the list!” she said.");
  CHECK_SENTENCES("“Shame!” Harlan shouted across the aisle.",
                  "“Shame!” Harlan shouted across the aisle.");
  CHECK_SENTENCES("“Was it pretty? No. Was it necessary? Absolutely.”", "“Was it pretty?", "No.",
                  "Was it necessary?", "Absolutely.”");
  CHECK_SENTENCES("“We kept our word,” he said. “Now the Senate must act.”",
                  "“We kept our word,” he said.", "“Now the Senate must act.”");
}

/* ------------------------------------------------------------------ */
/* Dashes and ellipses                                                 */

NM_TEST(dashes) {
  const char *t = "The third phase — a political settlement — was left for later.";
  CHECK_SENTENCES(t, t);
  CHECK_TOKENS(t, "The|third|phase|—|a|political|settlement|—|was|left|for|later|.");
  CHECK_TOKENS("The war—which began in 2022—ended.", "The|war|—|which|began|in|2022|—|ended|.");
  CHECK_TOKENS("the Sveta Luka–Koren coastline", "the|Sveta|Luka|–|Koren|coastline");
  CHECK_TOKENS("the 2024–2025 winter", "the|2024|–|2025|winter");
  CHECK_TOKENS("He paused--then left.", "He|paused|--|then|left|.");
}

NM_TEST(ellipses) {
  CHECK_SENTENCES("Until then … we hold our breath.", "Until then … we hold our breath.");
  CHECK_TOKENS("Until then … we hold", "Until|then|…|we|hold");
  CHECK_SENTENCES("Nobody's flying out to look at those... not one.",
                  "Nobody's flying out to look at those... not one.");
  CHECK_TOKENS("at those... not one.", "at|those|...|not|one|.");
  CHECK_SENTENCES("Every name was on the table ... every one.",
                  "Every name was on the table ... every one.");
  CHECK_SENTENCES("I don't know... We'll see.", "I don't know...", "We'll see.");
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */

NM_TEST(numbers) {
  CHECK_TOKENS("1,200 observers and 3.5 million people", "1,200|observers|and|3.5|million|people");
  CHECK_TOKENS("erupted 2 1/2 years ago", "erupted|2|1/2|years|ago");
  /* scores and ranges split at the hyphen, as UD EWT does ("5 - 3 decision");
   * telephone numbers stay whole */
  CHECK_TOKENS("The House voted 216-210 late Wednesday",
               "The|House|voted|216|-|210|late|Wednesday");
  CHECK_TOKENS("voted 3,412-1,207 last week", "voted|3,412|-|1,207|last|week");
  CHECK_TOKENS("call 713-853-3242 now", "call|713-853-3242|now");
  CHECK_TOKENS("roughly 45% of the traffic", "roughly|45|%|of|the|traffic");
  CHECK_TOKENS("commit $3.2 billion", "commit|$|3.2|billion");
  CHECK_TOKENS("a further €40 million", "a|further|€|40|million");
  CHECK_SENTENCES("Turnout was 12.5%. Then it rose.", "Turnout was 12.5%.", "Then it rose.");
  CHECK_TOKENS("was 12.5%.", "was|12.5|%|.");
}

/* ------------------------------------------------------------------ */
/* Hyphens, possessives and contractions (as UD English splits them)   */

NM_TEST(hyphenated_compounds) {
  CHECK_TOKENS("a three-phase cease-fire", "a|three|-|phase|cease|-|fire");
  CHECK_TOKENS("the co-founder’s e-mail", "the|co-founder|’s|e-mail");
  CHECK_TOKENS("a 24-year-old son", "a|24|-|year|-|old|son");
  CHECK_TOKENS("Dr. Helena Varga-Moss", "Dr.|Helena|Varga|-|Moss");
  CHECK_TOKENS("before COVID-19 hit", "before|COVID|-|19|hit"); /* as in GUM */
}

NM_TEST(contractions) {
  CHECK_TAGGED("It’s Israel's", "It{N}|’s{J}|Israel{N}|'s{J}");
  CHECK_TAGGED("don’t can't won't", "do{N}|n’t{J}|ca{N}|n't{J}|wo{N}|n't{J}");
  CHECK_TAGGED("I'm sure they'll say we've", "I{N}|'m{J}|sure|they{N}|'ll{J}|say|we{N}|'ve{J}");
  CHECK_TAGGED("the agencies’ money", "the|agencies{N}|’{J}|money");
  CHECK_TAGGED("It isn’t.", "It|is{N}|n’t{J}{N}|.");
  CHECK_TOKENS("ROBOTS DON’T PAY TAXES", "ROBOTS|DO|N’T|PAY|TAXES");
  CHECK_TOKENS("They cannot go", "They|can|not|go");
  CHECK_TOKENS("O'Neil and rock'n'roll", "O'Neil|and|rock'n'roll");
}

/* A year abbreviated with an apostrophe is one token. */
NM_TEST(decade_apostrophe) { CHECK_TOKENS("in the '90s and the ’80s", "in|the|'90s|and|the|’80s"); }

/* ------------------------------------------------------------------ */
/* URLs, e-mail addresses, handles and hashtags                        */

NM_TEST(urls_and_handles) {
  CHECK_TOKENS("posted at https://peacetalks.example.org/sveta-luka and",
               "posted|at|https://peacetalks.example.org/sveta-luka|and");
  CHECK_TOKENS("at https://legislation.example.org/hr4417, and",
               "at|https://legislation.example.org/hr4417|,|and");
  CHECK_TOKENS("sent to press@unmediation.example.org.", "sent|to|press@unmediation.example.org|.");
  CHECK_TOKENS("to politics-desk@wire.example.com.", "to|politics-desk@wire.example.com|.");
  CHECK_TOKENS("Its account, @DalnesiaMoD, has", "Its|account|,|@DalnesiaMoD|,|has");
  CHECK_TOKENS("the hashtag #OpenSvetaLuka.", "the|hashtag|#OpenSvetaLuka|.");
  CHECK_TOKENS("see www.example.com/a-b.", "see|www.example.com/a-b|.");
  CHECK_TOKENS("(see https://a.example/x)", "(|see|https://a.example/x|)");
  CHECK_TOKENS("https://en.wikipedia.org/wiki/Foo_(bar) now",
               "https://en.wikipedia.org/wiki/Foo_(bar)|now");
  CHECK_SENTENCES("Visit https://example.org/a. Then call.", "Visit https://example.org/a.",
                  "Then call.");
  CHECK_SENTENCES("Write to press@example.org. Nobody answers.", "Write to press@example.org.",
                  "Nobody answers.");
}

/* ------------------------------------------------------------------ */
/* Paragraphs, line ends and spacing flags                             */

NM_TEST(paragraphs) {
  const char *t = "First paragraph. Still first.\n\nSecond paragraph.\nThird one\n\n\n\nFourth.";
  nm_doc *d = SEG(t);
  size_t np, ns;
  const nm_paragraph *ps = nm_doc_paragraphs(d, &np);
  const nm_sentence *ss = nm_doc_sentences(d, &ns);
  NM_CHECK_EQ_INT(np, 4);
  NM_CHECK_EQ_INT(ns, 5);
  if (np == 4 && ns == 5) {
    NM_CHECK_EQ_INT(ps[0].start, 0);
    NM_CHECK_EQ_INT(ps[0].end, 29);
    NM_CHECK_EQ_INT(ps[0].n_sentences, 2);
    NM_CHECK_EQ_INT(ps[1].start, 31);
    NM_CHECK_EQ_INT(ps[1].end, 48);
    NM_CHECK_EQ_INT(ps[2].start, 49);
    NM_CHECK_EQ_INT(ps[2].end, 58);
    NM_CHECK_EQ_INT(ps[3].start, 62);
    NM_CHECK_EQ_INT(ps[3].end, 69);
    NM_CHECK_EQ_INT(ss[0].paragraph, 0);
    NM_CHECK_EQ_INT(ss[1].paragraph, 0);
    NM_CHECK_EQ_INT(ss[2].paragraph, 1);
    NM_CHECK_EQ_INT(ss[3].paragraph, 2);
    NM_CHECK_EQ_INT(ss[4].paragraph, 3);
  }
  nm_doc_free(d);
  /* One paragraph a line, as wire copy often comes: a line ends a sentence
   * even without punctuation. */
  CHECK_SENTENCES("He said\nthat it was over", "He said", "that it was over");
  d = SEG("\n\n  Lead.  \n");
  ps = nm_doc_paragraphs(d, &np);
  NM_CHECK_EQ_INT(np, 1);
  if (np == 1) {
    NM_CHECK_EQ_INT(ps[0].start, 4);
    NM_CHECK_EQ_INT(ps[0].end, 9);
  }
  nm_doc_free(d);
  d = SEG("A.\n \t \nB.");
  nm_doc_paragraphs(d, &np);
  NM_CHECK_EQ_INT(np, 2);
  nm_doc_free(d);
}

NM_TEST(crlf) {
  const char *t = "One.\r\nTwo.\r\n\r\nThree.\r\n";
  nm_doc *d = SEG(t);
  size_t np;
  const nm_paragraph *ps = nm_doc_paragraphs(d, &np);
  NM_CHECK_EQ_INT(np, 3);
  if (np == 3) {
    NM_CHECK_EQ_INT(ps[0].start, 0);
    NM_CHECK_EQ_INT(ps[0].end, 4);
    NM_CHECK_EQ_INT(ps[1].start, 6);
    NM_CHECK_EQ_INT(ps[1].end, 10);
    NM_CHECK_EQ_INT(ps[2].start, 14);
    NM_CHECK_EQ_INT(ps[2].end, 20);
  }
  nm_doc_free(d);
  CHECK_SENTENCES(t, "One.", "Two.", "Three.");
  CHECK_TOKENS("He said\r\nno.", "He|said|no|.");
}

NM_TEST(no_space_after) {
  CHECK_TAGGED("(AP) “Yes,” he said.", "({N}|AP{N}|)|“{N}|Yes{N}|,{N}|”|he|said{N}|.");
  CHECK_TAGGED("the U.S.-led force", "the|U.S.{N}|-{N}|led|force");
  CHECK_TAGGED("$3.2 and 45%.", "${N}|3.2|and|45{N}|%{N}|.");
  /* the last token of a paragraph is followed by a line break */
  CHECK_TAGGED("End.\nNext", "End{N}|.|Next");
}

NM_TEST(process_twice) {
  nm_doc *d = SEG("One sentence.");
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_process(pipeline, d, &e), NM_ERR_INVALID);
  NM_CHECK_EQ_INT(e.code, NM_ERR_INVALID);
  size_t ns;
  nm_doc_sentences(d, &ns);
  NM_CHECK_EQ_INT(ns, 1);
  nm_doc_free(d);
}

/* ------------------------------------------------------------------ */
/* Bad and pathological input                                          */

NM_TEST(empty_text) {
  static const char *const texts[] = {"", " ", "\n\n\n", "  \t\r\n \r\n\n"};
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    nm_doc *d = SEG(texts[i]);
    size_t np, ns, nt, nw;
    nm_doc_paragraphs(d, &np);
    nm_doc_sentences(d, &ns);
    nm_doc_tokens(d, &nt);
    nm_doc_warnings(d, &nw);
    NM_CHECK_EQ_INT(np, 0);
    NM_CHECK_EQ_INT(ns, 0);
    NM_CHECK_EQ_INT(nt, 0);
    NM_CHECK_EQ_INT(nw, 0);
    nm_doc_free(d);
  }
  /* a NULL text of length 0 is an empty article */
  nm_doc *d = nm_doc_new(NULL, 0, NULL);
  NM_CHECK(d != NULL);
  if (d) {
    NM_CHECK_EQ_INT(nm_process(pipeline, d, NULL), NM_OK);
    size_t ns;
    nm_doc_sentences(d, &ns);
    NM_CHECK_EQ_INT(ns, 0);
    nm_doc_free(d);
  }
}

NM_TEST(nul_bytes) {
  static const char t[] = "Talks\0resumed. Next\0\0 one.\0";
  nm_doc *d = seg_mem(__LINE__, t, sizeof t - 1);
  NM_CHECK_EQ_INT(first_warning(d, NM_WARN_NUL_BYTE), 5);
  NM_CHECK(count_warnings(d, NM_WARN_NUL_BYTE) >= 1);
  NM_CHECK_EQ_INT(count_warnings(d, NM_WARN_INVALID_UTF8), 0);
  char *toks = tokens_of(d, 0);
  NM_CHECK_EQ_STR(toks, "Talks|resumed|.|Next|one|.");
  free(toks);
  nm_doc_free(d);
  /* nothing but NUL bytes */
  d = seg_mem(__LINE__, "\0\0\0", 3);
  size_t ns;
  nm_doc_sentences(d, &ns);
  NM_CHECK_EQ_INT(ns, 0);
  NM_CHECK_EQ_INT(first_warning(d, NM_WARN_NUL_BYTE), 0);
  nm_doc_free(d);
}

NM_TEST(invalid_utf8) {
  /* a lone lead byte inside a word */
  const char *t = "Caf\xC3 au lait. Fine.";
  nm_doc *d = SEG(t);
  size_t nt, nw, ns;
  const nm_token *ts = nm_doc_tokens(d, &nt);
  const nm_warning *ws = nm_doc_warnings(d, &nw);
  nm_doc_sentences(d, &ns);
  NM_CHECK_EQ_INT(nw, 1);
  if (nw >= 1) {
    NM_CHECK_EQ_INT(ws[0].code, NM_WARN_INVALID_UTF8);
    NM_CHECK_EQ_INT(ws[0].offset, 3);
  }
  NM_CHECK_EQ_INT(ns, 2);
  char *toks = tokens_of(d, 1);
  NM_CHECK_EQ_STR(toks, "Caf\xC3{B}|au|lait{N}|.|Fine{N}|.");
  free(toks);
  if (nt >= 1) {
    NM_CHECK_EQ_INT(ts[0].start, 0); /* offsets are into the bytes as given */
    NM_CHECK_EQ_INT(ts[0].end, 4);
  }
  nm_doc_free(d);

  /* two bad bytes as a word of their own; an overlong form; a surrogate;
   * a sequence cut off by the end of the text */
  static const struct {
    const char *text;
    long first_bad;
    const char *tagged;
  } cases[] = {
      {"A \xFF\xFE word.", 2, "A|\xFF\xFE{B}|word{N}|."},
      {"x \xC0\xAF y", 2, "x|\xC0\xAF{B}|y"},
      {"the \xED\xA0\x80 end", 4, "the|\xED\xA0\x80{B}|end"},
      {"cut off\xE2\x80", 7, "cut|off\xE2\x80{B}"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    d = SEG(cases[i].text);
    NM_CHECK_EQ_INT(first_warning(d, NM_WARN_INVALID_UTF8), cases[i].first_bad);
    toks = tokens_of(d, 1);
    NM_CHECK_EQ_STR(toks, cases[i].tagged);
    free(toks);
    nm_doc_free(d);
  }
}

#define MB (1u << 20)

NM_TEST(one_mb_token) {
  char *t = malloc(MB);
  if (!t) return;
  memset(t, 'a', MB);
  nm_doc *d = seg_mem(__LINE__, t, MB);
  size_t np, ns, nt;
  nm_doc_paragraphs(d, &np);
  nm_doc_sentences(d, &ns);
  const nm_token *ts = nm_doc_tokens(d, &nt);
  NM_CHECK_EQ_INT(np, 1);
  NM_CHECK(ns >= 1);
  NM_CHECK(nt >= 1);
  if (nt >= 1) {
    NM_CHECK_EQ_INT(ts[0].start, 0);
    NM_CHECK_EQ_INT(ts[nt - 1].end, MB);
  }
  nm_doc_free(d);
  free(t);
}

/* A 1 MB line of words without punctuation: sentences are cut at a length
 * limit, each cut with a long_sentence warning at its offset. */
NM_TEST(one_mb_sentence) {
  char *t = malloc(MB);
  if (!t) return;
  for (size_t i = 0; i < MB; i++)
    t[i] = "word "[i % 5];
  nm_doc *d = seg_mem(__LINE__, t, MB);
  size_t np, ns, nt, nw;
  nm_doc_paragraphs(d, &np);
  const nm_sentence *ss = nm_doc_sentences(d, &ns);
  nm_doc_tokens(d, &nt);
  const nm_warning *ws = nm_doc_warnings(d, &nw);
  NM_CHECK_EQ_INT(np, 1);
  NM_CHECK_EQ_INT(nt, (MB + 4) / 5);
  NM_CHECK(ns > 1);
  size_t longest = 0;
  for (size_t i = 0; i < ns; i++)
    if (ss[i].n_tokens > longest) longest = ss[i].n_tokens;
  NM_CHECK(longest <= 4096);
  NM_CHECK(count_warnings(d, NM_WARN_LONG_SENTENCE) >= 1);
  /* each warning names the end of a sentence that was cut */
  size_t s = 0;
  for (size_t i = 0; i < nw; i++) {
    if (ws[i].code != NM_WARN_LONG_SENTENCE) continue;
    while (s < ns && ss[s].end < ws[i].offset)
      s++;
    NM_CHECK(s < ns && ss[s].end == ws[i].offset);
  }
  nm_doc_free(d);
  free(t);
}

static void check_all_tokens_are(int line, const nm_doc *d, const char *what) {
  size_t nt;
  const char *text = nm_doc_text(d, NULL);
  const nm_token *ts = nm_doc_tokens(d, &nt);
  size_t wl = strlen(what), bad = 0;
  for (size_t i = 0; i < nt; i++)
    if (ts[i].end - ts[i].start != wl || memcmp(text + ts[i].start, what, wl) != 0) bad++;
  if (bad || nt == 0) {
    fprintf(stderr, "%s:%d: %zu of %zu tokens are not \"%s\"\n", __FILE__, line, bad, nt, what);
    nm_test_failed_checks++;
  }
}

NM_TEST(many_quote_marks) {
  static const char *const marks[] = {"\"", "'", "“", "”", "‘", "’"};
  for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
    size_t ml = strlen(marks[m]);
    for (int spaced = 0; spaced < 2; spaced++) {
      size_t n = 100000, step = ml + (size_t)spaced;
      char *t = malloc(n * step);
      if (!t) return;
      for (size_t i = 0; i < n; i++) {
        memcpy(t + i * step, marks[m], ml);
        if (spaced) t[i * step + ml] = ' ';
      }
      nm_doc *d = seg_mem(__LINE__, t, n * step);
      size_t nt;
      nm_doc_tokens(d, &nt);
      /* unspaced apostrophes pair into '' (a double quotation mark) */
      bool pairs = !spaced && !strcmp(marks[m], "'");
      NM_CHECK_EQ_INT(nt, pairs ? n / 2 : n);
      check_all_tokens_are(__LINE__, d, pairs ? "''" : marks[m]);
      nm_doc_free(d);
      free(t);
    }
  }
}

/* two apostrophes or two backquotes are one double quotation mark, as
 * LDC newswire and The New York Times's archive write them */
NM_TEST(doubled_apostrophes_are_one_mark) {
  nm_doc *d = seg_mem(__LINE__, "``Yes,'' he said. ''No,'' she said.", 35);
  size_t nt;
  const nm_token *tk = nm_doc_tokens(d, &nt);
  NM_CHECK_EQ_INT(nt, 14);
  if (nt == 14) {
    NM_CHECK_EQ_INT(tk[0].end - tk[0].start, 2);
    NM_CHECK_EQ_INT(tk[3].end - tk[3].start, 2);
    NM_CHECK_EQ_INT(tk[7].end - tk[7].start, 2);
    NM_CHECK_EQ_INT(tk[10].end - tk[10].start, 2);
  }
  nm_doc_free(d);
}

NM_TEST(unterminated_quote) {
  CHECK_SENTENCES("“He said it was fine. Then he left.\nNext paragraph.", "“He said it was fine.",
                  "Then he left.", "Next paragraph.");
  CHECK_SENTENCES("He said \"it was fine. Then he left.", "He said \"it was fine.",
                  "Then he left.");
  CHECK_SENTENCES("‘Unclosed single quote. Another sentence.", "‘Unclosed single quote.",
                  "Another sentence.");
  /* a closing mark with no opening one */
  CHECK_SENTENCES("It was over.” Then silence.", "It was over.”", "Then silence.");
}

/* Random texts built from the pieces that make segmentation hard must
 * keep every invariant (check_invariants) and never crash. Fixed seed. */
NM_TEST(random_pieces) {
  static const char *const pieces[] = {" ",
                                       " ",
                                       " ",
                                       "\n",
                                       "\n\n",
                                       "\r\n",
                                       "\t",
                                       "a",
                                       "Word",
                                       "word",
                                       "WASHINGTON",
                                       "(AP)",
                                       "—",
                                       "–",
                                       "-",
                                       "--",
                                       ".",
                                       ".",
                                       "...",
                                       "…",
                                       "!",
                                       "?",
                                       ",",
                                       ";",
                                       ":",
                                       "\"",
                                       "'",
                                       "“",
                                       "”",
                                       "‘",
                                       "’",
                                       "’s",
                                       "'s",
                                       "n't",
                                       "U.S.",
                                       "Mr.",
                                       "Gen.",
                                       "Oct.",
                                       "No.",
                                       "J.",
                                       "a.m.",
                                       "e.g.",
                                       "1",
                                       "2,400",
                                       "3.5",
                                       "1/2",
                                       "45%",
                                       "$",
                                       "€",
                                       "http://",
                                       "https://x.example/a_(b)",
                                       "www.",
                                       "@",
                                       "#",
                                       "a@b.example",
                                       "(",
                                       ")",
                                       "[",
                                       "]",
                                       "co-",
                                       "cease-fire",
                                       "can't",
                                       "'90s",
                                       ":)",
                                       "\xC3",
                                       "\xFF",
                                       "\xE2\x80",
                                       "\xED\xA0\x80",
                                       "\xF0\x9F\x98\x80",
                                       "\xC2\xA0",
                                       "\xE2\x80\x8B",
                                       "\xE2\x80\xA8",
                                       "\xEF\xBB\xBF",
                                       "Ø",
                                       "ß",
                                       "İ",
                                       "ǅ",
                                       "Σ",
                                       "日本",
                                       "\x01",
                                       "\x7F"};
  size_t np = sizeof pieces / sizeof pieces[0];
  uint32_t seed = 12345;
  char text[4096];
  for (int round = 0; round < 3000; round++) {
    size_t n = 0;
    seed = seed * 1103515245u + 12345u;
    int count = 1 + (int)((seed >> 16) % 120);
    for (int k = 0; k < count; k++) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 16) % np];
      size_t l = strlen(p);
      if (n + l >= sizeof text) break;
      memcpy(text + n, p, l);
      n += l;
    }
    int before = nm_test_failed_checks;
    nm_doc *d = seg_mem(__LINE__, text, n);
    nm_doc_free(d);
    if (nm_test_failed_checks != before) {
      fprintf(stderr, "  in round %d, text: \"", round);
      for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
          fputc(c, stderr);
        else
          fprintf(stderr, "\\x%02X", c);
      }
      fprintf(stderr, "\"\n");
      break;
    }
  }
}

/* Unicode white space separates tokens and is never a token itself
 * (found by fuzzing: U+1680 OGHAM SPACE MARK). */
NM_TEST(unicode_spaces_separate_tokens) {
  const char *spaces[] = {"\xC2\xA0", "\xE1\x9A\x80", "\xE2\x80\x89", "\xE2\x80\xAF",
                          "\xE3\x80\x80"};
  for (size_t k = 0; k < sizeof spaces / sizeof spaces[0]; k++) {
    char text[32];
    snprintf(text, sizeof text, "Talks%send.", spaces[k]);
    nm_error e = {NM_OK, NULL, 0};
    nm_doc *d = nm_doc_new(text, strlen(text), &e);
    NM_CHECK(d && nm_process(pipeline, d, &e) == NM_OK);
    if (!d) continue;
    size_t n;
    const nm_token *t = nm_doc_tokens(d, &n);
    NM_CHECK_EQ_INT(n, 3);
    if (n == 3) {
      NM_CHECK_EQ_INT(t[0].end, 5);
      NM_CHECK_EQ_INT(t[1].start, 5 + strlen(spaces[k]));
    }
    nm_doc_free(d);
  }
}

/* A dateline's dash right before the second part of a split word
 * ("Gen—n't", found by fuzz_text) ends no sentence there: no sentence
 * starts inside a word. */
NM_TEST(no_sentence_starts_inside_a_word) {
  static const char text[] = "WASHIAON (Wire) Gen\xe2\x80\x94n't R. Ollis line";
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, strlen(text), &e);
  NM_CHECK(d && nm_process(pipeline, d, &e) == NM_OK);
  if (!d) return;
  size_t ns, nt;
  const nm_sentence *ss = nm_doc_sentences(d, &ns);
  const nm_token *ts = nm_doc_tokens(d, &nt);
  for (size_t i = 0; i < ns; i++)
    NM_CHECK(!(ts[ss[i].first_token].flags & NM_TOK_JOINED));
  nm_doc_free(d);
}

/* How many sentences the pipeline finds in text (0 when it fails). */
static size_t sentence_count(const char *text) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, strlen(text), &e);
  size_t ns = 0;
  if (d && nm_process(pipeline, d, &e) == NM_OK) nm_doc_sentences(d, &ns);
  nm_doc_free(d);
  return ns;
}

/* "wrote on X. She called …": a capital with a period after a lower-case
 * word ends the sentence before a word that never starts a name; an
 * initial inside a name does not ("John F. Kennedy") */
NM_TEST(initial_after_a_lower_case_word_ends_a_sentence) {
  static const char text[] = "The leader wrote on X. She called for calm. Pres. John F. Kennedy "
                             "spoke.";
  NM_CHECK_EQ_INT(sentence_count(text), 3);
}

/* "… Facebook, YouTube and X. Witnesses said …": a capital with a period
 * ending a list after "and" ends the sentence before any capitalised word;
 * names with initials after "and" go on ("and Robert F. Kennedy") */
NM_TEST(initial_ending_a_list_ends_a_sentence) {
  static const char text[] = "The ban covered Facebook, YouTube and X. Witnesses said police "
                             "fired tear gas. It was signed by John F. Kennedy and Robert F. "
                             "Kennedy.";
  NM_CHECK_EQ_INT(sentence_count(text), 3);
}

/* The segmenter's word lists are binary-searched: they must stay sorted. */
NM_TEST(word_lists_sorted) { NM_CHECK(nm_segment_tables_sorted()); }

int main(void) {
  nm_error e = {NM_OK, NULL, 0};
  pipeline = nm_pipeline_new(NULL, &e);
  if (!pipeline) {
    fprintf(stderr, "nm_pipeline_new: %s\n", e.msg);
    return 1;
  }
  NM_RUN(unicode_spaces_separate_tokens);
  NM_RUN(no_sentence_starts_inside_a_word);
  NM_RUN(word_lists_sorted);
  NM_RUN(initial_after_a_lower_case_word_ends_a_sentence);
  NM_RUN(initial_ending_a_list_ends_a_sentence);
  NM_RUN(dateline_ap);
  NM_RUN(dateline_reuters);
  NM_RUN(dateline_hyphenated_country);
  NM_RUN(dateline_other_forms);
  NM_RUN(dateline_st_louis);
  NM_RUN(dateline_lookalikes);
  NM_RUN(abbrev_us_un);
  NM_RUN(abbrev_titles);
  NM_RUN(abbrev_title_before_starter_word);
  NM_RUN(abbrev_street);
  NM_RUN(abbrev_party_state);
  NM_RUN(abbrev_months);
  NM_RUN(abbrev_other);
  NM_RUN(initials);
  NM_RUN(quotes_curly);
  NM_RUN(quotes_straight);
  NM_RUN(quotes_nested);
  NM_RUN(quotes_sentence_ends_inside_mark);
  NM_RUN(quotes_attribution);
  NM_RUN(dashes);
  NM_RUN(ellipses);
  NM_RUN(numbers);
  NM_RUN(hyphenated_compounds);
  NM_RUN(contractions);
  NM_RUN(decade_apostrophe);
  NM_RUN(urls_and_handles);
  NM_RUN(paragraphs);
  NM_RUN(crlf);
  NM_RUN(no_space_after);
  NM_RUN(process_twice);
  NM_RUN(empty_text);
  NM_RUN(nul_bytes);
  NM_RUN(invalid_utf8);
  NM_RUN(one_mb_token);
  NM_RUN(one_mb_sentence);
  NM_RUN(many_quote_marks);
  NM_RUN(doubled_apostrophes_are_one_mark);
  NM_RUN(unterminated_quote);
  NM_RUN(random_pieces);
  nm_pipeline_free(pipeline);
  NM_TEST_MAIN_END();
}
