/* quotes.c - stage "quotes": who said what.
 *
 * 1. Quotation marks are paired into outermost quotations (quotes_marks.c).
 * 2. Each quotation is direct (it starts a sentence, spans several, follows
 *    a colon or "he said,", or resumes an open paragraph), a term ("the
 *    so-called “…”", a short phrase no speech verb governs), or partial
 *    (words inside the reporter's sentence). Its attribution is found in the
 *    frame around it: the words before it in its sentence when they end
 *    with a colon or "X said,"; else the words after its closing mark
 *    ("…,” he said", "…,” said Smith", "…,” according to …"); else the
 *    sentence that follows when it is a bare "Smith said."; a partial
 *    quotation takes the speech verb that governs it in the parse.
 * 3. Reported speech: a cue verb outside quotations with a clausal
 *    complement ("said (that) …", "warned …", "polls show …"), an
 *    infinitive ("urged Congress to …"), "called for …", an object for
 *    verbs whose object is what is said ("denied the reports"), a
 *    parenthetical "…, he said", and "according to X"; where the parse
 *    gives a "said" no clause, the words after it. The content is that.
 * 4. Speakers (quotes_speaker.c): the cue's subject, or what the frame
 *    names. A quotation without a frame resumes the one before it: the
 *    paragraph it continues, the words before "he said." in the same
 *    paragraph, or the last attributed quotation of its paragraph or the
 *    one before. A "he"/"she" that frames a quotation is re-pointed (coref
 *    resolves it by salience alone) to the first of: the person last the
 *    subject in the same paragraph, coref's choice, the person last the
 *    subject in the paragraph before, the speaker of the previous direct
 *    quotation, whom the words quoted do not name (by name, title or, for
 *    a person, country): people do not speak of themselves in the third
 *    person.
 * Linear in the tokens: every pass is a scan or a bounded walk. */
#include "quotes.h"
#include "tone.h"

#include "entities.h"
#include "quotes_int.h"
#include "times_lex.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Tokens searched for a frame after a closing mark. */
#define FRAME_MAX 30
/* Longest run of punctuation between a quotation and its frame. */
#define PUNCT_RUN_MAX 8
/* Longest reported clause found without the parse, in tokens. */
#define SURFACE_CLAUSE_MAX 300
/* Steps up the tree from a partial quotation to its speech verb. */
#define WALK_MAX 12
/* A direct quotation's pronoun looks back this many paragraphs for the
 * speaker of the previous direct quotation. */
#define PREV_SPEAKER_PARAGRAPHS 3

/* ------------------------------------------------------------------ */
/* Token helpers                                                        */

size_t nm_q_lower(const nm_qctx *c, uint32_t i, char *buf, size_t cap) {
  size_t len;
  if (i >= c->d->tokens.n) return 0;
  const char *s = nm_tok_text(c->d, i, &len);
  if (len + 1 > cap) return 0;
  for (size_t k = 0; k < len; k++)
    buf[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
  buf[len] = '\0';
  return len;
}

bool nm_q_is(const nm_qctx *c, uint32_t i, const char *w) {
  size_t len, n = strlen(w);
  if (i >= c->d->tokens.n) return false; /* past the last word ("…, the Navy says") */
  const char *s = nm_tok_text(c->d, i, &len);
  if (len != n) return false;
  for (size_t k = 0; k < n; k++) {
    char a = s[k], b = w[k];
    if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
    if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
    if (a != b) return false;
  }
  return true;
}

const char *nm_q_upos(const nm_qctx *c, uint32_t i) {
  return c->tags && i < c->d->tokens.n && c->tags[i].upos ? c->tags[i].upos : "";
}

bool nm_q_rel(const nm_qctx *c, uint32_t i, const char *prefix) {
  if (!c->parsed || i >= c->d->tokens.n || !c->tags[i].deprel) return false;
  size_t n = strlen(prefix);
  const char *r = c->tags[i].deprel;
  return strncmp(r, prefix, n) == 0 && (r[n] == '\0' || r[n] == ':' || prefix[n - 1] == ':');
}

bool nm_q_punct(const nm_qctx *c, uint32_t i) {
  if (i >= c->d->tokens.n) return false;
  if (c->tags) return !strcmp(nm_q_upos(c, i), "PUNCT");
  size_t len;
  const char *s = nm_tok_text(c->d, i, &len);
  for (size_t k = 0; k < len; k++) {
    unsigned char ch = (unsigned char)s[k];
    if ((ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z') || ch >= 0xC0)
      return false;
  }
  return true;
}

static bool tok_is_char(const nm_qctx *c, uint32_t i, char ch) {
  size_t len;
  const char *s = nm_tok_text(c->d, i, &len);
  return len == 1 && s[0] == ch;
}

static bool is_verb(const nm_qctx *c, uint32_t i) {
  const char *u = nm_q_upos(c, i);
  return !strcmp(u, "VERB") || !strcmp(u, "AUX");
}

/* A finite verb (or any word, untagged). */
static bool finite(const nm_qctx *c, uint32_t i) {
  if (!c->tags || !c->tags[i].xpos) return true;
  const char *x = c->tags[i].xpos;
  return !strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP");
}

static bool starts_upper(const nm_qctx *c, uint32_t i) {
  size_t len;
  const char *s = nm_tok_text(c->d, i, &len);
  return len && s[0] >= 'A' && s[0] <= 'Z';
}

static uint32_t sent_first(const nm_qctx *c, uint32_t t) {
  return c->sent[c->tok[t].sentence].first_token;
}

static uint32_t sent_end(const nm_qctx *c, uint32_t t) {
  const nm_sentence *s = &c->sent[c->tok[t].sentence];
  return s->first_token + s->n_tokens;
}

static uint32_t par_end(const nm_qctx *c, uint32_t t) {
  if (t >= c->nt) return t; /* past the last token (an empty sentence's start) */
  const nm_paragraph *p = &c->par[c->sent[c->tok[t].sentence].paragraph];
  const nm_sentence *s = &c->sent[p->first_sentence + p->n_sentences - 1];
  return s->first_token + s->n_tokens;
}

static bool any_mark(const nm_qctx *c, uint32_t a, uint32_t b) {
  for (uint32_t t = a; t < b; t++)
    if (nm_quote_mark(c->d, t)) return true;
  return false;
}

static bool is_according(const nm_qctx *c, uint32_t t) {
  return t + 1 < c->nt && nm_q_is(c, t, "according") && nm_q_is(c, t + 1, "to") &&
         c->tok[t + 1].sentence == c->tok[t].sentence;
}

/* ------------------------------------------------------------------ */
/* Set-up: mentions per token, the dependency tree, cue classes         */

enum { CUE_USED = 0x80 }; /* vclass bit: the verb frames a quotation */

static void build_tree(nm_qctx *c, uint32_t *stack, uint32_t *iter) {
  for (uint32_t i = 0; i < c->nt; i++) {
    c->parent[i] = c->first_child[i] = c->next_sib[i] = NM_QNONE;
    c->lo[i] = c->hi[i] = NM_QNONE;
  }
  for (uint32_t si = 0; si < c->ns; si++) {
    uint32_t f = c->sent[si].first_token, n = c->sent[si].n_tokens;
    if (c->parsed)
      for (uint32_t k = n; k-- > 0;) {
        uint32_t i = f + k, h = c->tags[i].head;
        if (h < 1 || h > n || f + h - 1 == i) continue;
        uint32_t p = f + h - 1;
        c->parent[i] = p;
        c->next_sib[i] = c->first_child[p];
        c->first_child[p] = i;
      }
    /* subtree spans: a depth-first walk from every root; tokens on a cycle
     * (never from the parser) keep their own span */
    for (uint32_t k = 0; k < n; k++) {
      uint32_t r = f + k;
      if (c->parent[r] != NM_QNONE) continue;
      size_t sp = 0;
      stack[0] = r;
      iter[0] = c->first_child[r];
      c->lo[r] = c->hi[r] = r;
      for (;;) {
        uint32_t u = stack[sp], ch = iter[sp];
        if (ch != NM_QNONE) {
          iter[sp] = c->next_sib[ch];
          if (c->lo[ch] != NM_QNONE) continue;
          c->lo[ch] = c->hi[ch] = ch;
          sp++;
          stack[sp] = ch;
          iter[sp] = c->first_child[ch];
          continue;
        }
        if (sp == 0) break;
        sp--;
        uint32_t p = stack[sp];
        if (c->lo[u] < c->lo[p]) c->lo[p] = c->lo[u];
        if (c->hi[u] > c->hi[p]) c->hi[p] = c->hi[u];
      }
    }
    for (uint32_t k = 0; k < n; k++)
      if (c->lo[f + k] == NM_QNONE) c->lo[f + k] = c->hi[f + k] = f + k;
  }
}

/* "intelligence pointing to "a plan to cause chaos"": "point" reports
 * only as "point out" (or with a clause, "pointed to the fact that …" is
 * rare); pointing to a thing says nothing. */
static bool pointing_to(const nm_qctx *c, uint32_t v) {
  const char *l = c->tags && v < c->d->tokens.n ? c->tags[v].lemma : NULL;
  if (!l || strcmp(l, "point") != 0) return false;
  for (uint32_t ch = c->first_child[v]; ch != NM_QNONE; ch = c->next_sib[ch])
    if (nm_q_rel(c, ch, "compound:prt") || nm_q_rel(c, ch, "ccomp")) return false;
  return true;
}

/* "doing everything it could to find the workers": "find" as an
 * infinitive of purpose, with an object, is a search, no finding
 * reported ("investigators found that …", "found no evidence" are). */
static bool finding_sought(const nm_qctx *c, uint32_t v) {
  const char *l = c->tags && v < c->d->tokens.n ? c->tags[v].lemma : NULL;
  if (!l || strcmp(l, "find") != 0) return false;
  bool to = false;
  for (uint32_t ch = c->first_child[v]; ch != NM_QNONE; ch = c->next_sib[ch]) {
    if (nm_q_rel(c, ch, "ccomp")) return false;
    if (ch < v && nm_q_rel(c, ch, "mark") && nm_q_is(c, ch, "to")) to = true;
  }
  return to;
}

static void classify_verbs(nm_qctx *c) {
  char buf[24];
  for (uint32_t i = 0; i < c->nt; i++) {
    c->vclass[i] = 0;
    if (c->tags) {
      if (strcmp(nm_q_upos(c, i), "VERB") != 0 || !c->tags[i].lemma) continue;
      size_t n = strlen(c->tags[i].lemma);
      if (n >= sizeof buf) continue;
      for (size_t k = 0; k < n; k++) {
        char ch = c->tags[i].lemma[k];
        buf[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      }
      c->vclass[i] = (uint8_t)nm_quote_verb_class(buf, n);
      /* the lemmatiser errs now and then ("shouted" -> "shoute") */
      if (!c->vclass[i] && (n = nm_q_lower(c, i, buf, sizeof buf)))
        c->vclass[i] = (uint8_t)nm_quote_form_class(buf, n);
    } else {
      size_t n = nm_q_lower(c, i, buf, sizeof buf);
      if (n) c->vclass[i] = (uint8_t)nm_quote_form_class(buf, n);
    }
    /* "Somalia recalled its ambassador to Ethiopia": to recall an envoy
     * or troops is to call them home, no memory told */
    static const char *const sent[] = {"ambassador", "ambassadors", "envoy", "envoys",
                                       "diplomat",   "diplomats",   "troops", "staff",
                                       "consul",     "delegation",  "forces", "personnel"};
    /* ... and to dismiss or fire an office holder is to remove one
     * ("dismissed the commander of Ukraine's armed forces") */
    static const char *const holders[] = {"commander", "chief", "minister", "head", "general",
                                          "director", "governor", "official", "ambassador",
                                          "prosecutor", "deputy", "coach"};
    if (c->vclass[i] && c->tags && c->tags[i].lemma && !strcmp(c->tags[i].lemma, "dismiss"))
      for (uint32_t ch = c->first_child[i], k = 0; ch != NM_QNONE && k < 64;
           ch = c->next_sib[ch], k++) {
        char w[16];
        size_t wl = nm_q_lower(c, ch, w, sizeof w);
        bool person = c->mention_of[ch] != NM_QNONE &&
                      c->men[c->mention_of[ch]].type == NM_ENT_PERSON &&
                      c->men[c->mention_of[ch]].kind == NM_MENTION_NAME;
        for (size_t q = 0; nm_q_rel(c, ch, "obj") && q < sizeof holders / sizeof *holders; q++)
          if (person || (wl == strlen(holders[q]) && !memcmp(w, holders[q], wl))) c->vclass[i] = 0;
      }
    if (c->vclass[i] && c->tags && (pointing_to(c, i) || finding_sought(c, i))) c->vclass[i] = 0;
    if (c->vclass[i] && c->tags && c->tags[i].lemma && !strcmp(c->tags[i].lemma, "recall"))
      for (uint32_t ch = c->first_child[i], k = 0; ch != NM_QNONE && k < 64;
           ch = c->next_sib[ch], k++) {
        char w[16];
        size_t wl = nm_q_lower(c, ch, w, sizeof w);
        for (size_t q = 0; nm_q_rel(c, ch, "obj") && wl && q < sizeof sent / sizeof *sent; q++)
          if (wl == strlen(sent[q]) && !memcmp(w, sent[q], wl)) c->vclass[i] = 0;
      }
  }
}

/* ------------------------------------------------------------------ */
/* Records                                                              */

typedef struct qrec {
  uint32_t first, last; /* content tokens [first, last) */
  nm_quote_kind kind;
  uint32_t cue_a, cue_b; /* cue tokens [cue_a, cue_b); cue_a == NM_QNONE: none */
  nm_qspeaker sp;
  uint32_t span;    /* nm_qspan index, or NM_QNONE for reported speech */
  uint32_t inherit; /* the record whose speaker this one takes, or NM_QNONE */
  bool continues;   /* inherit is the quotation this one resumes */
  bool own_cue;     /* the attribution is this record's own */
  uint32_t paragraph;
} qrec;

typedef struct stage {
  nm_qctx c;
  const nm_qspan *spans;
  size_t nspans;
  nm_vec recs;             /* qrec */
  uint32_t *span_rec;      /* per span: its record */
  uint32_t *direct_before; /* per token + 1: tokens before it inside direct quotations */
  uint32_t speaker_tok1;   /* + 1: the speaker's word for the cue at hand, over its subject */
} stage;

static qrec *new_rec(stage *g, uint32_t first, uint32_t last, nm_quote_kind kind) {
  qrec *r = nm_vec_push(&g->recs);
  if (!r) return NULL;
  memset(r, 0, sizeof *r);
  r->first = first;
  r->last = last;
  r->kind = kind;
  r->cue_a = r->cue_b = NM_QNONE;
  r->sp.entity = r->sp.principal = r->sp.subj = NM_QNONE;
  r->span = r->inherit = NM_QNONE;
  r->paragraph = g->c.sent[g->c.tok[first].sentence].paragraph;
  return r;
}

/* The speaker of cue [a, b): "according to X" names X, a verb its subject. */
static nm_status cue_speaker(const nm_qctx *c, uint32_t a, uint32_t b, bool inverted_ok,
                             nm_qspeaker *sp) {
  uint32_t s = NM_QNONE;
  if (b == a + 2 && is_according(c, a)) {
    if (c->parsed && c->parent[a] != NM_QNONE && c->parent[a] > a + 1) {
      s = c->parent[a];
    } else {
      uint32_t end = sent_end(c, a);
      for (uint32_t t = a + 2; t < end && t < a + 8 && !nm_q_punct(c, t); t++)
        s = t;
    }
  } else {
    s = nm_q_subject(c, a, inverted_ok);
  }
  return nm_q_speaker_from(c, s, sp);
}

static bool only_punct(const nm_qctx *c, uint32_t a, uint32_t b);

/* The speaker of a frame before the quotation, cue [ca, cb) in it. */
static nm_status frame_before(const nm_qctx *c, uint32_t ca, uint32_t cb, uint32_t bf_a,
                              uint32_t bf_b, nm_qspeaker *sp) {
  if (cb == ca + 2 && is_according(c, ca)) return cue_speaker(c, ca, cb, false, sp);
  /* "Said Ellis: “…”" */
  if (only_punct(c, bf_a, ca) && !only_punct(c, cb, bf_b))
    return nm_q_frame_speaker(c, ca, cb, bf_b, NM_QF_AFTER, sp);
  /* "… called it “theater,” adding, “…”": the participle's subject, before
   * the quotation it follows */
  if (only_punct(c, bf_a, ca))
    return nm_q_frame_speaker(c, ca, sent_first(c, ca), ca, NM_QF_BEFORE, sp);
  return nm_q_frame_speaker(c, ca, bf_a, ca, NM_QF_BEFORE, sp);
}

static bool is_dash(const nm_qctx *c, uint32_t t) {
  size_t len;
  const char *s = nm_tok_text(c->d, t, &len);
  if (len >= 1 && len <= 2 && s[0] == '-' && s[len - 1] == '-') return true;
  return len == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
         ((unsigned char)s[2] >= 0x93 && (unsigned char)s[2] <= 0x95);
}

/* A cue in tokens [a, b) outside quotations whose class meets mask: the
 * first one, or the last when backwards. "according to" counts when
 * allow_according. Sets [*ca, *cb); false when none. */
static bool find_cue(const nm_qctx *c, uint32_t a, uint32_t b, unsigned mask, bool backwards,
                     bool allow_according, uint32_t *ca, uint32_t *cb) {
  if (a >= b) return false;
  for (uint32_t k = 0; k < b - a && k < FRAME_MAX; k++) {
    uint32_t t = backwards ? b - 1 - k : a + k;
    if (c->in_quote[t] != NM_QNONE) continue;
    if (allow_according && t + 1 < b && is_according(c, t)) {
      *ca = t;
      *cb = t + 2;
      return true;
    }
    if (c->vclass[t] & mask) {
      *ca = t;
      *cb = t + 1;
      return true;
    }
  }
  return false;
}

/* Tokens [a, b) are a short run of punctuation (or none): a mark and a
 * comma, a dash. Bounded, so that no quotation scans a whole sentence. */
static bool only_punct(const nm_qctx *c, uint32_t a, uint32_t b) {
  if (b > a && b - a > PUNCT_RUN_MAX) return false;
  for (uint32_t t = a; t < b; t++)
    if (!nm_q_punct(c, t)) return false;
  return true;
}

static uint32_t word_count(const nm_qctx *c, uint32_t a, uint32_t b, bool *has_verb,
                           bool *title_case) {
  uint32_t n = 0;
  *has_verb = false;
  *title_case = true;
  for (uint32_t t = a; t < b; t++) {
    if (nm_q_punct(c, t)) continue;
    n++;
    if (is_verb(c, t)) *has_verb = true;
    if (!starts_upper(c, t)) {
      size_t len;
      const char *s = nm_tok_text(c->d, t, &len);
      /* "of", "the" and other small words inside a title */
      if (len > 4 || (s[0] >= 'a' && s[0] <= 'z' && t == a)) *title_case = false;
      if (!(s[0] >= 'a' && s[0] <= 'z')) *title_case = false;
    }
  }
  if (n == 0) *title_case = false;
  return n;
}

/* The naming word before a quotation ("so-called", "a plan dubbed"), when
 * it is no speech verb with a subject of its own ("what he called “…”"). */
static bool named_before(const nm_qctx *c, uint32_t open) {
  uint32_t f = sent_first(c, open);
  if (open <= f) return false;
  uint32_t w = open - 1;
  char buf[24];
  size_t n = nm_q_lower(c, w, buf, sizeof buf);
  if (n == 0) return false;
  if (n == 6 && !memcmp(buf, "called", 6) && w >= f + 2 && tok_is_char(c, w - 1, '-') &&
      nm_q_is(c, w - 2, "so"))
    return true;
  if (n == 2 && !memcmp(buf, "as", 2) && w > f && nm_q_is(c, w - 1, "known")) return true;
  if (!nm_quote_naming_word(buf, n)) return false;
  if (n == 9 && !memcmp(buf, "so-called", 9)) return true;
  if (c->parsed)
    for (uint32_t ch = c->first_child[w]; ch != NM_QNONE; ch = c->next_sib[ch])
      if (nm_q_rel(c, ch, "nsubj")) return false;
  if (c->tags && strcmp(c->tags[w].xpos ? c->tags[w].xpos : "", "VBN") != 0 &&
      strcmp(nm_q_upos(c, w), "ADJ") != 0)
    return false;
  return true;
}

/* Whether cue v is passive with no agent ("a deal could be announced")
 * inside what a cue above it reports: the sayer above speaks. */
static bool passive_under_cue(const nm_qctx *c, uint32_t v) {
  bool passive = false;
  for (uint32_t ch = c->first_child[v]; ch != NM_QNONE; ch = c->next_sib[ch]) {
    if (nm_q_rel(c, ch, "obl:agent")) return false;
    if (nm_q_rel(c, ch, "nsubj:pass") || nm_q_rel(c, ch, "aux:pass")) passive = true;
  }
  uint32_t u = c->parent[v];
  for (uint32_t k = 0; passive && k < WALK_MAX && u != NM_QNONE; k++, u = c->parent[u])
    if (c->in_quote[u] == NM_QNONE && (c->vclass[u] & NM_QV_SAY)) return true;
  return false;
}

static bool own_subject(const nm_qctx *c, uint32_t t);

/* The speech verb that governs a partial quotation: up the tree from its
 * head, through at most WALK_MAX words. *steps receives the distance. */
static uint32_t governing_cue(const nm_qctx *c, const nm_qspan *q, uint32_t *steps) {
  if (!c->parsed) return NM_QNONE;
  uint32_t lo = q->open != NM_QNONE ? q->open : q->first;
  uint32_t hi = q->close != NM_QNONE ? q->close : q->last - 1;
  uint32_t h = NM_QNONE;
  for (uint32_t t = q->first; t < q->last; t++) {
    uint32_t p = c->parent[t];
    if (p == NM_QNONE || p < lo || p > hi) {
      h = t;
      if (p != NM_QNONE) break;
    }
  }
  if (h == NM_QNONE) return NM_QNONE;
  /* a cue inside a relative clause ("anybody who complains … “is not
   * having a good night,”" Clinton said) yields to one above it */
  uint32_t u = c->parent[h], fallback = NM_QNONE, fsteps = 0, from = h;
  for (uint32_t k = 1; k <= WALK_MAX && u != NM_QNONE; k++) {
    /* a conjunct's head inside reported content is its sibling, not its
     * governor ("said X had refused … and that his presence was
     * “contrary …”") */
    /* (a passive cue with no agent names no speaker: "said that a deal
     * could be announced “in the coming months”" is the sayer's) */
    /* (nor a verb whose subject the quotation is: 'after "criminal
     * gangs" attacked polling stations' is no gangs' attack in words) */
    if (c->in_quote[u] == NM_QNONE && (c->vclass[u] & (NM_QV_SAY | NM_QV_MANNER | NM_QV_THINK)) &&
        !(nm_q_rel(c, from, "conj") && nm_q_rel(c, u, "ccomp")) &&
        !(from == h && nm_q_rel(c, from, "nsubj")) &&
        !passive_under_cue(c, u)) {
      /* (a cue in a with-phrase's clause speaks for its own noun: "…,
       * with party spokesman X describing the attack as “a national
       * disgrace”") */
      bool with_clause = false;
      uint32_t wn = c->parent[u];
      for (uint32_t ch = wn != NM_QNONE && nm_q_rel(c, u, "acl") ? c->first_child[wn] : NM_QNONE;
           ch != NM_QNONE && ch < wn; ch = c->next_sib[ch])
        if (nm_q_rel(c, ch, "case") && nm_q_is(c, ch, "with")) with_clause = true;
      if (!nm_q_rel(c, u, "acl") || with_clause) {
        /* a cue inside what a higher cue reports is the reporter's
         * words: "She warned that the North would respond … with
         * “overwhelming” action" (not the North's) */
        /* (not when the quotation is the cue's own content: "what one of
         * its negotiators called “a back door …”") */
        bool content = nm_q_rel(c, from, "obj") || nm_q_rel(c, from, "xcomp") ||
                       nm_q_rel(c, from, "ccomp") || nm_q_rel(c, from, "iobj");
        /* (a phrase with a preposition is none, whatever the parse
         * called it: "said that Caracas would respond “with
         * reciprocity”", the phrase an object of "respond") */
        /* (nor a noun under "to" the parse made an infinitive's mark:
         * "had responded to “a cry of poverty with bullets”") */
        bool noun = !strcmp(nm_q_upos(c, from), "NOUN") || !strcmp(nm_q_upos(c, from), "PROPN");
        for (uint32_t ch = c->first_child[from]; content && ch != NM_QNONE; ch = c->next_sib[ch])
          if (nm_q_rel(c, ch, "case") || (noun && nm_q_rel(c, ch, "mark") && nm_q_is(c, ch, "to")))
            content = false;
        /* (a thought is never the thinker's own words: "told reporters
         * that the armed forces intended to “restructure democracy”" are
         * the teller's) */
        bool thought = !(c->vclass[u] & (NM_QV_SAY | NM_QV_MANNER));
        for (uint32_t up = 0; up < 4 && (!content || thought) && nm_q_rel(c, u, "ccomp"); up++) {
          uint32_t r = c->parent[u];
          if (r == NM_QNONE || c->in_quote[r] != NM_QNONE || !(c->vclass[r] & NM_QV_SAY)) break;
          u = r;
        }
        /* (nor a cue that another cue's object is urged to: "urged
         * Baghdad and Ankara to agree on “a lasting solution”" is the
         * urger's words) */
        if (nm_q_rel(c, u, "xcomp") && c->parent[u] != NM_QNONE &&
            c->in_quote[c->parent[u]] == NM_QNONE && (c->vclass[c->parent[u]] & NM_QV_SAY))
          u = c->parent[u];
        /* (nor a cue that is a conjunct of what a cue above reports:
         * "told reporters that the bloc had … and reminded Tunisia of its
         * commitments “to …”" is the spokesman's) */
        if (nm_q_rel(c, u, "conj") && !own_subject(c, u) && c->parent[u] != NM_QNONE &&
            nm_q_rel(c, c->parent[u], "ccomp")) {
          uint32_t r = c->parent[c->parent[u]];
          if (r != NM_QNONE && c->in_quote[r] == NM_QNONE && (c->vclass[r] & NM_QV_SAY)) u = r;
        }
        *steps = k;
        return u;
      }
      if (fallback == NM_QNONE) fallback = u, fsteps = k;
    }
    from = u;
    u = c->parent[u];
  }
  *steps = fsteps;
  return fallback;
}

/* A short sentence right after a closing mark that only attributes it:
 * "Smith said." Returns the cue verb or NM_QNONE. */
static uint32_t next_sentence_frame(const nm_qctx *c, uint32_t close) {
  uint32_t e = sent_end(c, close);
  if (!only_punct(c, close + 1, e) || e >= c->nt) return NM_QNONE;
  uint32_t si = c->tok[e].sentence;
  if (c->sent[si].paragraph != c->sent[c->tok[close].sentence].paragraph) return NM_QNONE;
  uint32_t n = c->sent[si].n_tokens;
  if (n > 8) return NM_QNONE;
  uint32_t cue = NM_QNONE;
  for (uint32_t t = e; t < e + n; t++) {
    if (nm_quote_mark(c->d, t)) return NM_QNONE;
    if (c->vclass[t] & (NM_QV_SAY | NM_QV_MANNER)) cue = cue == NM_QNONE ? t : cue;
  }
  if (cue == NM_QNONE) return NM_QNONE;
  if (c->parsed)
    for (uint32_t ch = c->first_child[cue]; ch != NM_QNONE; ch = c->next_sib[ch])
      if (nm_q_rel(c, ch, "ccomp") || nm_q_rel(c, ch, "obj")) return NM_QNONE;
  return nm_q_subject(c, cue, true) != NM_QNONE ? cue : NM_QNONE;
}

/* ------------------------------------------------------------------ */
/* Step 2: each quotation's kind and frame                              */

/* A few words quoted inside a sentence (a nickname, a scare-quoted term):
 * such a span does not end the frames of the quotations around it. */
static bool inline_span(const nm_qctx *c, const nm_qspan *q) {
  if (q->open == NM_QNONE || q->close == NM_QNONE || q->last - q->first > 4) return false;
  if (c->tok[q->open].sentence != c->tok[q->close].sentence) return false;
  if (only_punct(c, sent_first(c, q->open), q->open)) return false;
  return !nm_q_punct(c, q->last - 1);
}

static nm_status attribute_span(stage *g, uint32_t si) {
  const nm_qctx *c = &g->c;
  const nm_qspan *q = &g->spans[si];
  qrec *r = new_rec(g, q->first, q->last, NM_QUOTE_DIRECT);
  if (!r) return NM_ERR_NOMEM;
  r->span = si;
  r->paragraph = q->paragraph;
  g->span_rec[si] = (uint32_t)(g->recs.n - 1);
  const nm_qspan *prev = si > 0 ? &g->spans[si - 1] : NULL;
  const nm_qspan *next = si + 1 < g->nspans ? &g->spans[si + 1] : NULL;
  /* the quotations that bound the frames: inline ones do not */
  const nm_qspan *fprev = prev, *fnext = next;
  for (uint32_t j = si - 1, k = 0; fprev && inline_span(c, fprev); k++) {
    fprev = j > 0 && k < PUNCT_RUN_MAX && g->spans[j - 1].paragraph == q->paragraph
                ? &g->spans[j - 1]
                : NULL;
    j--;
  }
  for (uint32_t j = si + 1, k = 0; fnext && inline_span(c, fnext); k++) {
    fnext = j + 1 < g->nspans && k < PUNCT_RUN_MAX && g->spans[j + 1].paragraph == q->paragraph
                ? &g->spans[j + 1]
                : NULL;
    j++;
  }

  /* the frames: before the opening mark in its sentence, after the closing
   * mark in its sentence, each up to the neighbouring quotation */
  uint32_t bf_a = 0, bf_b = 0, af_a = 0, af_b = 0;
  if (q->open != NM_QNONE) {
    bf_a = sent_first(c, q->open);
    bf_b = q->open;
    if (fprev && fprev->close != NM_QNONE && fprev->close >= bf_a && fprev->close < bf_b)
      bf_a = fprev->close + 1;
  }
  if (q->close != NM_QNONE) {
    af_a = q->close + 1;
    af_b = sent_end(c, q->close);
    if (fnext) {
      uint32_t no = fnext->open != NM_QNONE ? fnext->open : fnext->first;
      if (no >= af_a && no < af_b) af_b = no;
    }
  }
  bool sentence_initial = q->open != NM_QNONE && only_punct(c, sent_first(c, q->open), q->open) &&
                          (q->open == sent_first(c, q->open) || bf_a == sent_first(c, q->open));
  bool multi_sentence = c->tok[q->first].sentence != c->tok[q->last - 1].sentence;
  uint32_t last_before = bf_b > bf_a ? bf_b - 1 : NM_QNONE;
  bool colon = last_before != NM_QNONE && tok_is_char(c, last_before, ':');
  bool comma = last_before != NM_QNONE && tok_is_char(c, last_before, ',');
  uint32_t ca, cb;
  bool speech_before =
      bf_b > bf_a && find_cue(c, bf_a, bf_b, NM_QV_SAY | NM_QV_MANNER, true, false, &ca, &cb);
  /* "he said “We …”": a finite speech verb right before a capital */
  bool verb_right_before = last_before != NM_QNONE &&
                           (c->vclass[last_before] & (NM_QV_SAY | NM_QV_MANNER)) &&
                           starts_upper(c, q->first) && finite(c, last_before);

  /* "…, he said, “starts to show …”" continues the reporter's sentence;
   * "“…,” said Holm, “until …”" resumes a quotation of the sentence */
  bool resumes = bf_a > sent_first(c, q->open != NM_QNONE ? q->open : q->first);
  bool comma_frame = comma && speech_before && (starts_upper(c, q->first) || resumes);
  bool direct = (q->flags & NM_QS_REOPENED) || q->open == NM_QNONE || sentence_initial ||
                multi_sentence || colon || comma_frame || verb_right_before;
  bool direct_by_position_only =
      direct && sentence_initial && !multi_sentence && !(q->flags & NM_QS_REOPENED);
  nm_status st = NM_OK;
  if (direct) {
    bool found = false;
    /* "X said: “…”" and "…,” he said, “…”" */
    if ((colon || comma_frame || verb_right_before) &&
        find_cue(c, bf_a, bf_b, NM_QV_SAY | NM_QV_MANNER, true, true, &ca, &cb)) {
      found = true;
      st = frame_before(c, ca, cb, bf_a, bf_b, &r->sp);
    }
    if (!found && colon) {
      /* "Smith disagreed: “…”": any verb before a colon */
      for (uint32_t t = bf_b; t-- > bf_a && !found;)
        if (c->in_quote[t] == NM_QNONE && !strcmp(nm_q_upos(c, t), "VERB")) {
          found = true;
          ca = t;
          cb = t + 1;
          st = frame_before(c, ca, cb, bf_a, bf_b, &r->sp);
        }
    }
    if (!found && af_b > af_a &&
        find_cue(c, af_a, af_b, NM_QV_SAY | NM_QV_MANNER, false, true, &ca, &cb)) {
      found = true;
      if (cb == ca + 2 && is_according(c, ca))
        st = cue_speaker(c, ca, cb, false, &r->sp);
      else if (only_punct(c, af_a, ca))
        st = nm_q_frame_speaker(c, ca, cb, af_b, NM_QF_AFTER, &r->sp);
      else
        st = nm_q_frame_speaker(c, ca, af_a, ca, NM_QF_BETWEEN, &r->sp);
    }
    if (!found && q->close != NM_QNONE) {
      /* "…” ― Pamela Padilla": a signature ending the paragraph */
      uint32_t pe = par_end(c, q->close), t = q->close + 1;
      if (t + 1 < pe && pe - t <= 10 && is_dash(c, t) && !any_mark(c, t, pe)) {
        st = nm_q_frame_speaker(c, t, t + 1, pe, NM_QF_AFTER, &r->sp);
        if (r->sp.me > r->sp.ms) {
          found = true;
          ca = t;
          cb = t + 1;
        }
      }
    }
    if (!found && q->close != NM_QNONE && sent_end(c, q->close) < c->nt &&
        (!next || next->paragraph != q->paragraph ||
         c->tok[next->first].sentence != c->tok[sent_end(c, q->close)].sentence)) {
      /* "“…” Smith said.": a bare attribution in the next sentence */
      uint32_t v = next_sentence_frame(c, q->close);
      if (v != NM_QNONE) {
        found = true;
        ca = v;
        cb = v + 1;
        uint32_t f = sent_first(c, v);
        if (v == f || only_punct(c, f, v))
          st = nm_q_frame_speaker(c, v, v + 1, sent_end(c, v), NM_QF_AFTER, &r->sp);
        else
          st = nm_q_frame_speaker(c, v, f, v, NM_QF_BETWEEN, &r->sp);
      }
    }
    if (!found && q->open != NM_QNONE && !sentence_initial && !colon && !comma_frame) {
      /* "… said that the soldiers would receive “two weeks of rest. No one
       * …”": opened inside the reporter's sentence, whose verb frames it */
      uint32_t steps = 0, v = governing_cue(c, q, &steps);
      if (v == NM_QNONE && find_cue(c, bf_a, bf_b, NM_QV_SAY | NM_QV_MANNER, true, false, &ca, &cb))
        v = ca;
      if (v != NM_QNONE) {
        found = true;
        ca = v;
        cb = v + 1;
        st = cue_speaker(c, ca, cb, false, &r->sp);
      }
    }
    const qrec *pr = prev && prev->paragraph == q->paragraph && prev->close != NM_QNONE
                         ? &((const qrec *)g->recs.data)[g->span_rec[si - 1]]
                         : NULL;
    if (pr && pr->kind != NM_QUOTE_DIRECT) pr = NULL;
    if (found) {
      r->cue_a = ca;
      r->cue_b = cb;
      r->own_cue = true;
      g->c.vclass[ca] |= CUE_USED;
      /* "“…,” said Holm, “…”": the frame between two parts of one quotation */
      if ((q->flags & NM_QS_REOPENED) && prev) {
        r->inherit = g->span_rec[si - 1];
        r->continues = true;
      } else if (pr && pr->cue_a == ca) {
        r->inherit = g->span_rec[si - 1];
        r->continues = true;
      }
    } else if ((q->flags & NM_QS_REOPENED) && prev) {
      /* the paragraph before left it open */
      r->inherit = g->span_rec[si - 1];
      r->continues = true;
    } else if (pr) {
      /* "“…,” he said. “…”": resumed after the attribution */
      r->inherit = g->span_rec[si - 1];
      r->continues = true;
    } else if (direct_by_position_only) {
      /* “Fox News Sunday” host …: a short title opening a sentence */
      bool has_verb, title;
      uint32_t n = word_count(c, q->first, q->last, &has_verb, &title);
      if (n <= 4 && !has_verb && !(af_b > af_a && tok_is_char(c, af_a, ',')))
        r->kind = title || n <= 2 ? NM_QUOTE_TERM : NM_QUOTE_PARTIAL;
    }
    return st;
  }

  /* inside the reporter's sentence: a term, or a partial quotation */
  bool has_verb, title;
  uint32_t words = word_count(c, q->first, q->last, &has_verb, &title);
  if (q->open != NM_QNONE && named_before(c, q->open)) {
    r->kind = NM_QUOTE_TERM;
    return NM_OK;
  }
  uint32_t steps = 0, v = governing_cue(c, q, &steps);
  if (v != NM_QNONE && title && steps > 1) v = NM_QNONE; /* a show or song title */
  bool found = v != NM_QNONE;
  if (found) {
    ca = v;
    cb = v + 1;
  } else if (words >= 2 || !c->parsed) {
    /* the nearest speech verb of the sentence, before the quotation first */
    uint32_t open = q->open != NM_QNONE ? q->open : q->first;
    uint32_t close = q->close != NM_QNONE ? q->close : q->last - 1;
    found =
        find_cue(c, sent_first(c, open), open, NM_QV_SAY | NM_QV_MANNER, true, true, &ca, &cb) ||
        find_cue(c, close + 1, sent_end(c, close), NM_QV_SAY | NM_QV_MANNER, false, true, &ca, &cb);
    if (found && title) found = false;
  }
  if (found) {
    r->kind = NM_QUOTE_PARTIAL;
    r->cue_a = ca;
    r->cue_b = cb;
    r->own_cue = true;
    return cue_speaker(c, ca, cb, false, &r->sp);
  }
  r->kind = words >= 4 && !title ? NM_QUOTE_PARTIAL : NM_QUOTE_TERM;
  return NM_OK;
}

/* ------------------------------------------------------------------ */
/* Step 3: reported speech                                              */

static bool overlaps_direct(const stage *g, uint32_t a, uint32_t b) {
  return g->direct_before[b] != g->direct_before[a];
}

/* Trims punctuation at both ends of [*a, *b), keeping the marks of the
 * quotations inside (a stray mark goes). */
static void trim(const nm_qctx *c, uint32_t *a, uint32_t *b) {
  while (*a < *b && nm_q_punct(c, *a) && !(nm_quote_mark(c->d, *a) && c->in_quote[*a] != NM_QNONE))
    (*a)++;
  while (*b > *a && nm_q_punct(c, *b - 1) &&
         !(nm_quote_mark(c->d, *b - 1) && c->in_quote[*b - 1] != NM_QNONE))
    (*b)--;
}

static nm_status add_reported(stage *g, uint32_t a, uint32_t b, uint32_t ca, uint32_t cb,
                              uint32_t subj_cue, bool inverted_ok) {
  const nm_qctx *c = &g->c;
  trim(c, &a, &b);
  /* a quotation the clause ends inside closes with it: its closing marks
   * (and punctuation inside them) hang elsewhere in the parse ("said the
   * bloc was \"deeply concerned\" and urged …") */
  if (b > a && c->in_quote[b - 1] != NM_QNONE) {
    uint32_t q = c->in_quote[b - 1], e = sent_end(c, b - 1);
    while (b < e && c->in_quote[b] == q && nm_q_punct(c, b)) b++;
  }
  if (b <= a || b - a < 2 || overlaps_direct(g, a, b)) return NM_OK;
  /* all of it one partial quotation, which says it already */
  if (c->in_quote[a] != NM_QNONE && c->in_quote[a] == c->in_quote[b - 1]) return NM_OK;
  qrec *r = new_rec(g, a, b, NM_QUOTE_INDIRECT);
  if (!r) return NM_ERR_NOMEM;
  r->cue_a = ca;
  r->cue_b = cb;
  r->own_cue = true;
  if (g->speaker_tok1) return nm_q_speaker_from(c, g->speaker_tok1 - 1, &r->sp);
  if (subj_cue == NM_QNONE) return cue_speaker(c, ca, cb, inverted_ok, &r->sp);
  return nm_q_speaker_from(c, nm_q_subject(c, subj_cue, inverted_ok), &r->sp);
}

static bool has_child_word(const nm_qctx *c, uint32_t t, const char *rel, const char *word);
static bool has_case(const nm_qctx *c, uint32_t t, const char *word);

/* Whether cue v has an object, or an on-phrase, between itself and word k
 * ("urged people to …", "called on police to …"). */
static bool object_before(const nm_qctx *c, uint32_t v, uint32_t k) {
  for (uint32_t ch = c->first_child[v]; ch != NM_QNONE; ch = c->next_sib[ch])
    if (ch > v && ch < k &&
        (nm_q_rel(c, ch, "obj") || (nm_q_rel(c, ch, "obl") && has_case(c, ch, "on"))))
      return true;
  return false;
}

/* Where the reported clause of a cue the parser gave none starts, or
 * NM_QNONE: "said that …", "told reporters that …", or, after a finite
 * "say"-like verb with no object sense, a noun phrase that a verb follows
 * ("Lisk said the council had …"). */
static uint32_t surface_clause(const nm_qctx *c, uint32_t v, unsigned cls) {
  uint32_t e = sent_end(c, v);
  if (v + 2 >= e) return NM_QNONE;
  if (nm_q_is(c, v + 1, "that")) return v + 1;
  for (uint32_t t = v + 1; t < v + 4 && t + 1 < e; t++) {
    const char *u = nm_q_upos(c, t);
    if (strcmp(u, "NOUN") && strcmp(u, "PROPN") && strcmp(u, "PRON") && strcmp(u, "DET")) break;
    if (nm_q_is(c, t + 1, "that")) return t + 1; /* the addressee, then "that" */
  }
  const char *x = c->tags[v].xpos ? c->tags[v].xpos : "";
  if (strcmp(x, "VBD") && strcmp(x, "VBZ") && strcmp(x, "VBP") && strcmp(x, "VBN")) return NM_QNONE;
  if (cls & (NM_QV_OBJ | NM_QV_XCOMP)) return NM_QNONE;
  const char *u = nm_q_upos(c, v + 1);
  if (strcmp(u, "DET") && strcmp(u, "PRON") && strcmp(u, "PROPN") && strcmp(u, "NOUN"))
    return NM_QNONE;
  for (uint32_t t = v + 2; t < e && t < v + 12; t++) {
    if (c->in_quote[t] != NM_QNONE || nm_q_punct(c, t)) break;
    /* "demanded that prosecutors charge those responsible … and that the
     * government publish …": the cue's own conjunct is another clause */
    if (c->parent[t] == v && nm_q_rel(c, t, "conj") && has_child_word(c, t, "mark", "that"))
      break;
    if (is_verb(c, t)) return v + 1;
  }
  return NM_QNONE;
}

/* Whether word t has a subject of its own (nsubj or nsubj:pass). */
static bool own_subject(const nm_qctx *c, uint32_t t) {
  for (uint32_t ch = c->first_child[t]; ch != NM_QNONE; ch = c->next_sib[ch])
    if (nm_q_rel(c, ch, "nsubj") || nm_q_rel(c, ch, "nsubj:pass")) return true;
  return false;
}

/* A cue whose subject is its source: not passive ("most are expected
 * to"), not a bare participle ("Asked whether …, she paused"). */
static bool active_cue(const nm_qctx *c, uint32_t v) {
  bool aux = false;
  for (uint32_t ch = c->first_child[v]; ch != NM_QNONE; ch = c->next_sib[ch]) {
    if (nm_q_rel(c, ch, "nsubj:pass") || nm_q_rel(c, ch, "aux:pass")) return false;
    if (nm_q_rel(c, ch, "aux") || nm_q_rel(c, ch, "nsubj")) aux = true;
  }
  const char *x = c->tags[v].xpos ? c->tags[v].xpos : "";
  return aux || strcmp(x, "VBN") != 0 || nm_q_rel(c, v, "conj");
}

/* Whether word t has a dependent of relation rel that is word. */
static bool has_child_word(const nm_qctx *c, uint32_t t, const char *rel, const char *word) {
  for (uint32_t ch = c->first_child[t]; ch != NM_QNONE; ch = c->next_sib[ch])
    if (nm_q_rel(c, ch, rel) && nm_q_is(c, ch, word)) return true;
  return false;
}

static bool has_case(const nm_qctx *c, uint32_t t, const char *word) {
  return has_child_word(c, t, "case", word);
}

/* "Sabina Shoal, which the Philippines calls Escoda Shoal", "what Moscow
 * calls a special operation": a call whose object is a relative or
 * interrogative pronoun names something; it reports nothing. */
static bool names_by_relative(const nm_qctx *c, uint32_t v) {
  const char *l = c->tags && v < c->d->tokens.n ? c->tags[v].lemma : NULL;
  if (!l || strcmp(l, "call") != 0) return false;
  for (uint32_t ch = c->first_child[v]; ch != NM_QNONE; ch = c->next_sib[ch])
    if (nm_q_rel(c, ch, "obj") && ch < v &&
        (nm_q_is(c, ch, "which") || nm_q_is(c, ch, "what") || nm_q_is(c, ch, "that")))
      return true;
  return false;
}

/* "he was not authorized to discuss the meeting", "not allowed to speak
 * to the media": a cue that complements a verb of permission says why a
 * source is anonymous; it reports nothing. */
static bool permitted_cue(const nm_qctx *c, uint32_t v) {
  static const char *const permit[] = {"authorize", "authorise", "allow", "permit", NULL};
  uint32_t h = c->parent[v];
  const char *l = h != NM_QNONE && c->tags && h < c->d->tokens.n ? c->tags[h].lemma : NULL;
  if (!l || !nm_q_rel(c, v, "xcomp")) return false;
  for (size_t i = 0; permit[i]; i++)
    if (!strcmp(l, permit[i])) return true;
  return false;
}

/* "two Chinese coast guard ships blasting the supply boat": a cue whose
 * subject is a vessel, vehicle or weapon, or a sum or procedure, reports
 * nothing (no craft or thing speaks; "blast" is a cue for "blasted the
 * decision"). */
static bool thing_subject(const nm_qctx *c, uint32_t v) {
  static const char *const craft[] = {"ship",    "vessel",     "boat",   "warship", "aircraft",
                                      "jet",     "plane",      "drone",  "tank",    "truck",
                                      "vehicle", "helicopter", "missile", "rocket", "shell",
                                      "bomb",    "cannon",
                                      /* (nor a sum, a price or a procedure: "the fee
                                       * offered was \"not justifiable\"", "the informal
                                       * format ... urged", read as the cue's subject) */
                                      "fee",     "price",      "cost",   "bond",    "tariff",
                                      "wage",    "sum",        "format", "procedure",
                                      "mechanism",
                                      /* (nor an arrest: "the arrests showed how fishing
                                       * grounds were slipping away") */
                                      "arrest",  "seizure",    "raid",   NULL};
  /* (its subject, or the noun a participle modifies: "ships blasting") */
  bool participle = nm_q_rel(c, v, "acl") && !nm_q_rel(c, v, "acl:relcl") && c->tags &&
                    c->tags[v].xpos && !strcmp(c->tags[v].xpos, "VBG");
  uint32_t sb = participle ? c->parent[v] : NM_QNONE;
  for (uint32_t ch = c->first_child[v]; ch != NM_QNONE && sb == NM_QNONE; ch = c->next_sib[ch])
    if (nm_q_rel(c, ch, "nsubj")) sb = ch;
  /* (a conjunct with no subject of its own shares its head's: "the format
   * had proved its value and urged both leaders") */
  uint32_t hv = c->parent[v];
  if (sb == NM_QNONE && nm_q_rel(c, v, "conj") && hv != NM_QNONE)
    for (uint32_t ch = c->first_child[hv]; ch != NM_QNONE && sb == NM_QNONE; ch = c->next_sib[ch])
      if (nm_q_rel(c, ch, "nsubj")) sb = ch;
  const char *l = sb != NM_QNONE && c->tags && sb < c->d->tokens.n ? c->tags[sb].lemma : NULL;
  for (size_t i = 0; l && craft[i]; i++)
    if (!strcmp(l, craft[i])) return true;
  /* "Analysts said the attack showed that …", "the ramming suggested
   * that …": an event that shows or suggests says nothing; only a
   * record does ("the report showed", "figures suggest") */
  static const char *const evidential[] = {"show", "suggest", "indicate", "demonstrate",
                                           "prove", "underline", "underscore", "reveal",
                                           "highlight", "illustrate", NULL};
  static const char *const events[] = {"attack", "ramming", "strike", "clash", "incident",
                                       "collision", "timing", "budget", "move", "decision",
                                       "launch", "visit", "killing", "bombing", "shooting",
                                       "raid", "explosion", "blast", "offensive", "escalation",
                                       "episode", "case", "crisis", "violence", "fighting", NULL};
  const char *vl = c->tags && v < c->d->tokens.n ? c->tags[v].lemma : NULL;
  bool shows = false, event = false;
  for (size_t i = 0; vl && evidential[i] && !shows; i++)
    shows = !strcmp(vl, evidential[i]);
  for (size_t i = 0; l && shows && events[i] && !event; i++)
    event = !strcmp(l, events[i]);
  return event && c->mention_of[sb] == NM_QNONE;
}

/* Whether token t is a medium a cue speaks in ("said in a statement",
 * "told reporters at a news conference"), by its lemma. */
static bool medium_noun(const nm_qctx *c, uint32_t t) {
  static const char *const media[] = {"statement", "interview", "speech",    "letter",
                                      "post",      "message",   "briefing",  "communique",
                                      "release",   "address",   "broadcast", "conference",
                                      "video",     "tweet",     NULL};
  const char *l = c->tags && t < c->d->tokens.n ? c->tags[t].lemma : NULL;
  for (size_t i = 0; l && media[i]; i++)
    if (!strcmp(l, media[i])) return true;
  return false;
}

/* "days after", "hours before", "a week after", "two months after" at t. */
static bool time_anchor_at(const nm_qctx *c, uint32_t t) {
  if (t >= c->nt) return false;
  const nm_sentence *se = &c->sent[c->tok[t].sentence];
  uint32_t end = se->first_token + se->n_tokens;
  if (nm_q_is(c, t, "a") || nm_q_is(c, t, "an") || !strcmp(nm_q_upos(c, t), "NUM")) t++;
  if (t + 1 >= end) return false;
  return nm_q_time_unit(c, t, false) &&
         (nm_q_is(c, t + 1, "after") || nm_q_is(c, t + 1, "before"));
}

/* Is the complement at t a clause? A bare noun phrase after a comma that the
 * parse hung on the cue ("called for the dismantlement of UNRWA, the UN
 * agency ...") has no verb, copula or subject of its own and says nothing
 * that was said, unless it stands in quotation marks. */
static bool clause_like(const nm_qctx *c, uint32_t t) {
  const char *u = nm_q_upos(c, t);
  if (!u || (strcmp(u, "NOUN") && strcmp(u, "PROPN"))) return true;
  /* the phrase's first word, after any punctuation it holds */
  uint32_t a = c->lo[t];
  while (a < t && nm_q_punct(c, a)) {
    if (nm_quote_mark(c->d, a)) return true;
    a++;
  }
  if (a == 0 || !nm_q_is(c, a - 1, ",") || nm_quote_mark(c->d, a)) return true;
  for (uint32_t ch = c->first_child[t]; ch != NM_QNONE; ch = c->next_sib[ch])
    if (nm_q_rel(c, ch, "nsubj") || nm_q_rel(c, ch, "cop") || nm_q_rel(c, ch, "mark") ||
        nm_q_rel(c, ch, "aux") || nm_q_rel(c, ch, "csubj") || nm_q_rel(c, ch, "expl"))
      return true;
  return false;
}


/* "RSF fighters attacked a displacement camp": an attack by armed men is
 * an act, not words about its object (a politician's "attacked the plan"
 * is) */
static bool armed_attack(const nm_qctx *c, uint32_t v) {
  static const char *const armed[] = {
      "army",    "armies",   "attacker", "attackers",  "bomber",    "bombers",  "drone",
      "drones",  "fighter",  "fighters", "force",      "forces",    "gang",     "gangs",
      "gunman",  "gunmen",
      "insurgent", "insurgents", "jet",  "jets",       "militant",  "militants", "militia",
      "militias", "police",  "rebel",    "rebels",     "soldier",   "soldiers", "troops",
      "warplane", "warplanes"};
  char w[16];
  size_t n = nm_q_lower(c, v, w, sizeof w);
  if (!n || strncmp(w, "attack", 6) != 0) return false;
  /* the subject, or the word right before the verb (a parse may give
   * the verb another subject: "came a day after RSF fighters attacked") */
  uint32_t who[2] = {nm_q_subject(c, v, false), v > 0 ? v - 1 : NM_QNONE};
  for (int k = 0; k < 2; k++) {
    if (who[k] == NM_QNONE || !nm_q_lower(c, who[k], w, sizeof w)) continue;
    for (size_t i = 0; i < sizeof armed / sizeof *armed; i++)
      if (!strcmp(w, armed[i])) return true;
  }
  /* ... and so is an attack on a place or a thing ("attacked police
   * stations and prisons") */
  static const char *const things[] = {
      "base",     "bases",    "camp",    "camps",     "convoy",    "convoys",  "station",
      "stations", "prison",   "prisons", "village",   "villages",  "town",     "towns",
      "hospital", "hospitals", "school", "schools",   "ship",      "ships",    "vessel",
      "vessels",  "building", "buildings", "home",    "homes",     "house",    "houses",
      "checkpoint", "checkpoints", "positions", "post", "posts",   "embassy",  "airport",
      "port",     "facility", "facilities", "infrastructure", "tanker", "tankers"};
  for (uint32_t ch = c->first_child[v], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
       ch = c->next_sib[ch], nch++) {
    if (!nm_q_rel(c, ch, "obj") || !nm_q_lower(c, ch, w, sizeof w)) continue;
    for (size_t i = 0; i < sizeof things / sizeof *things; i++)
      if (!strcmp(w, things[i])) return true;
  }
  return false;
}

/* "would defend the Philippines", "defend its territory": "defend" with
 * a place, a people, a body or ground for object is no defence of words
 * ("defended the decision" is). */
static bool defends_ground(const nm_qctx *c, uint32_t v) {
  static const char *const ground[] = {"territory", "country", "border", "borders",
                                       "sovereignty", "homeland", "nation", "city",
                                       "itself", "themselves", "it", "them", "ally",
                                       "allies", "people", "citizens", "land", "port",
                                       "town", "village", "capital", "region", "area",
                                       "positions", "position", "line", "lines", "front",
                                       "base", "bases", "airport", "coast", "island",
                                       "islands", "waters", "airspace", "plant"};
  char w[16];
  size_t n = nm_q_lower(c, v, w, sizeof w);
  if (!n || strncmp(w, "defend", 6) != 0) return false;
  for (uint32_t ch = c->first_child[v], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
       ch = c->next_sib[ch], nch++) {
    if (!nm_q_rel(c, ch, "obj")) continue;
    uint32_t mi = c->mention_of[ch];
    if (mi != NM_QNONE && c->men[mi].kind != NM_MENTION_PRONOUN &&
        c->men[mi].type != NM_ENT_PERSON)
      return true;
    if (!nm_q_lower(c, ch, w, sizeof w)) return false;
    for (size_t i = 0; i < sizeof ground / sizeof *ground; i++)
      if (!strcmp(w, ground[i])) return true;
    return false;
  }
  return false;
}

/* A day's name written out, or "today", "yesterday", "tonight" at t (the
 * times lexicon's weekdays and days counted from the article's). */
static bool day_word(const nm_qctx *c, uint32_t t) {
  size_t len;
  const char *s = nm_tok_text(c->d, t, &len);
  nm_tl_entry e;
  if (!nm_tl_lookup(s, len, &e) || (e.flags & (NM_TLF_PLURAL | NM_TLF_ABBR))) return false;
  return e.cls == NM_TL_WEEKDAY || (e.cls == NM_TL_DEICTIC && e.v <= 0);
}

/* Whether the phrase of word x is a date and nothing else ("Sept. 24",
 * "Friday", "March 3, 2025"): a month or a weekday, with numbers. */
static bool date_only(const nm_qctx *c, uint32_t x) {
  bool named = false;
  for (uint32_t k = c->lo[x]; k <= c->hi[x]; k++) {
    size_t len;
    const char *s = nm_tok_text(c->d, k, &len);
    nm_tl_entry e;
    bool day = nm_tl_lookup(s, len, &e) && (e.cls == NM_TL_MONTH || e.cls == NM_TL_WEEKDAY);
    named = named || day;
    if (!day && !nm_q_punct(c, k) && strcmp(nm_q_upos(c, k), "NUM") != 0) return false;
  }
  return named;
}

/* "A court sentenced Nika Melia to eight months for refusing to testify":
 * a gerund under "for" hung on an active verb with an object is that
 * object's act, the reason for the verb's: not something the verb's
 * subject said. The object's word, or NM_QNONE. */
static uint32_t reason_of_act_on_object(const nm_qctx *c, uint32_t v) {
  if (!c->tags || v >= c->d->tokens.n || !c->tags[v].xpos || strcmp(c->tags[v].xpos, "VBG") != 0)
    return NM_QNONE;
  uint32_t h = c->parent[v];
  if (h == NM_QNONE || h > v || !(has_child_word(c, v, "mark", "for") ||
                                  has_child_word(c, v, "case", "for")))
    return NM_QNONE;
  for (uint32_t ch = c->first_child[h]; ch != NM_QNONE; ch = c->next_sib[ch])
    if (nm_q_rel(c, ch, "obj") && ch < v) return ch;
  return NM_QNONE;
}

static nm_status find_reported(stage *g) {
  const nm_qctx *c = &g->c;
  if (!c->parsed) return NM_OK;
  nm_status st = NM_OK;
  for (uint32_t v = 0; v < c->nt && st == NM_OK; v++) {
    g->speaker_tok1 = 0;
    if (c->in_quote[v] != NM_QNONE) continue;
    if (is_according(c, v)) {
      /* "according to X": the clause X modifies, on the longer side */
      uint32_t x = c->parent[v];
      if (x == NM_QNONE || x <= v + 1 || c->in_quote[x] != NM_QNONE) continue;
      /* (a rule is no source: "would be charged according to the law",
       * "according to plan") */
      static const char *const rules[] = {"law", "constitution", "plan", "schedule", "rule",
                                          "procedure", "regulation", "tradition", "custom",
                                          "protocol", "statute", NULL};
      bool rule = false;
      for (size_t q = 0; rules[q] && !rule && c->tags; q++)
        rule = c->tags[x].lemma && !strcmp(c->tags[x].lemma, rules[q]);
      if (rule) continue;
      uint32_t h = c->parent[x];
      uint32_t f = sent_first(c, v), e = sent_end(c, v);
      uint32_t ca = h != NM_QNONE ? c->lo[h] : f, cb = h != NM_QNONE ? c->hi[h] + 1 : e;
      uint32_t pa = v, pb = c->hi[x] + 1;
      /* at either end of its sentence the phrase frames the rest of it,
       * whatever the parse made of it */
      if (pa < ca || pb > cb || only_punct(c, pb, e) || only_punct(c, f, pa)) ca = f, cb = e;
      uint32_t left = pa - ca, right = cb - pb;
      /* (a phrase on a verb reports the side that verb is on: "Israeli
       * air strikes killed at least 14 people …, according to civil
       * defence officials, while the Israeli military said …"; "The
       * minister, according to two people who attended, told them …") */
      bool verb_left = h != NM_QNONE && h < pa && h >= ca && c->tags &&
                       !strcmp(nm_q_upos(c, h), "VERB");
      bool verb_right = h != NM_QNONE && h >= pb && h < cb && c->tags &&
                        !strcmp(nm_q_upos(c, h), "VERB");
      if (verb_left && left > 0)
        st = add_reported(g, ca, pa, v, v + 2, NM_QNONE, false);
      else if (verb_right && right > 0)
        st = add_reported(g, pb, cb, v, v + 2, NM_QNONE, false);
      else if (left >= right)
        st = add_reported(g, ca, pa, v, v + 2, NM_QNONE, false);
      else
        st = add_reported(g, pb, cb, v, v + 2, NM_QNONE, false);
      continue;
    }
    unsigned cls = c->vclass[v];
    if (!(cls & (NM_QV_SAY | NM_QV_THINK | NM_QV_EVID)) || (cls & CUE_USED)) continue;
    if (!active_cue(c, v)) continue;
    if (names_by_relative(c, v) || thing_subject(c, v) || permitted_cue(c, v)) continue;
    /* ("held Pagliano in contempt for refusing to show up": Pagliano's) */
    uint32_t ro = reason_of_act_on_object(c, v);
    g->speaker_tok1 = ro != NM_QNONE ? ro + 1 : 0;
    uint32_t content = NM_QNONE;
    for (uint32_t ch = c->first_child[v]; ch != NM_QNONE && content == NM_QNONE;
         ch = c->next_sib[ch])
      if (nm_q_rel(c, ch, "ccomp") && clause_like(c, ch)) content = ch;
    /* "North Korea fired a missile on Thursday, South Korea's military
     * said, days after Pyongyang threatened ...": a cue set off after the
     * clause it reports, then a comma and the writer's time anchor: the
     * report is the clause before (a clause the cue interrupts, "That's
     * why, he argued, the party should ...", goes on after it) */
    bool after_report = nm_q_rel(c, v, "parataxis") && c->parent[v] != NM_QNONE &&
                        c->parent[v] < v && c->in_quote[c->parent[v]] == NM_QNONE &&
                        nm_q_is(c, v + 1, ",") && time_anchor_at(c, v + 2) &&
                        nm_q_subject(c, v, true) != NM_QNONE;
    if (after_report && content != NM_QNONE && c->lo[content] > v) content = NM_QNONE;
    /* "warned on Wednesday that a new strain was spreading" parsed as an
     * adverbial clause: a clause after the cue that starts with "that" is
     * what was said */
    for (uint32_t ch = c->first_child[v]; ch != NM_QNONE && content == NM_QNONE;
         ch = c->next_sib[ch])
      if (nm_q_rel(c, ch, "advcl") && ch > v && nm_q_is(c, c->lo[ch], "that") &&
          !(c->lo[ch] > 0 && (nm_q_is(c, c->lo[ch] - 1, "so") || nm_q_is(c, c->lo[ch] - 1, "such") ||
                              nm_q_is(c, c->lo[ch] - 1, "now"))))
        content = ch;
    /* "said in a statement that no criminal could be …" parsed with the
     * clause on the statement: a that-clause (not a relative one) of the
     * medium the cue speaks in is what was said */
    for (uint32_t ch = (cls & NM_QV_SAY) ? c->first_child[v] : NM_QNONE;
         ch != NM_QNONE && content == NM_QNONE; ch = c->next_sib[ch])
      if (nm_q_rel(c, ch, "obl") && ch > v && medium_noun(c, ch) &&
          (has_case(c, ch, "in") || has_case(c, ch, "at")))
        for (uint32_t g2 = c->first_child[ch]; g2 != NM_QNONE && content == NM_QNONE;
             g2 = c->next_sib[g2])
          if (g2 > ch && (nm_q_rel(c, g2, "acl") || nm_q_rel(c, g2, "ccomp")) &&
              !nm_q_rel(c, g2, "acl:relcl") && has_child_word(c, g2, "mark", "that"))
            content = g2;
    if (content == NM_QNONE && (cls & NM_QV_XCOMP))
      for (uint32_t ch = c->first_child[v]; ch != NM_QNONE && content == NM_QNONE;
           ch = c->next_sib[ch])
        if ((nm_q_rel(c, ch, "xcomp") || (nm_q_rel(c, ch, "advcl") && object_before(c, v, ch))) &&
            ch > v && nm_q_is(c, c->lo[ch], "to"))
          content = ch; /* "called on people to protest", the infinitive hung as a purpose */
    /* "called for a ceasefire"; not "called it a punishment for
     * separatist acts", whose for-phrase follows an object */
    bool has_obj = false; /* ("asked Washington for help" is a request) */
    char vw[8];
    size_t vn = nm_q_lower(c, v, vw, sizeof vw);
    for (uint32_t ch = vn >= 4 && !memcmp(vw, "call", 4) ? c->first_child[v] : NM_QNONE;
         ch != NM_QNONE && !has_obj; ch = c->next_sib[ch])
      has_obj = nm_q_rel(c, ch, "obj") || nm_q_rel(c, ch, "xcomp");
    if (content == NM_QNONE && (cls & NM_QV_FOR) && !has_obj)
      for (uint32_t ch = c->first_child[v]; ch != NM_QNONE && content == NM_QNONE;
           ch = c->next_sib[ch])
        /* "called for footage to be released": the for-clause with its
         * own subject (for: mark) is the call as well */
        if ((nm_q_rel(c, ch, "obl") && ch > v && has_case(c, ch, "for")) ||
            (nm_q_rel(c, ch, "advcl") && ch > v && has_child_word(c, ch, "mark", "for")))
          content = ch;
    /* "accused Kyiv of attacking civilian targets": a gerund after "of"
     * that hangs on a verb's object is the act the object is accused
     * of, no report ("his campaign theme of questioning trade deals"
     * is one) */
    bool of_gerund = false;
    if (c->parent[v] != NM_QNONE && nm_q_rel(c, c->parent[v], "obj"))
      for (uint32_t ch = c->first_child[v]; ch != NM_QNONE && !of_gerund; ch = c->next_sib[ch])
        of_gerund = nm_q_rel(c, ch, "mark") && nm_q_is(c, ch, "of");
    /* "called the charges unsubstantiated", "branded the law a threat",
     * "described the move as illegal", evidence that "shows Clinton
     * leading Trump": a cue's object with a predicate
     * after it (a complement, a second object, an as-phrase) is what the
     * speaker said of it; a predicate all in quotation marks is a partial
     * quotation already ("called it “delusional”") */
    uint32_t psj = content == NM_QNONE && !of_gerund ? nm_q_subject(c, v, false) : NM_QNONE;
    if (psj != NM_QNONE && !nm_q_time_unit(c, psj, false)) { /* not "last month, calling it" */
      uint32_t o = NM_QNONE, pr = NM_QNONE;
      for (uint32_t ch = c->first_child[v]; ch != NM_QNONE && pr == NM_QNONE;
           ch = c->next_sib[ch]) {
        if (ch <= v) continue;
        if (o == NM_QNONE) {
          if (nm_q_rel(c, ch, "obj")) o = ch;
          continue;
        }
        if ((nm_q_rel(c, ch, "xcomp") && !nm_q_is(c, c->lo[ch], "to") &&
             (strcmp(nm_q_upos(c, ch), "VERB") != 0 ||
              ((cls & NM_QV_EVID) && c->tags[ch].xpos && !strcmp(c->tags[ch].xpos, "VBG")))) ||
            nm_q_rel(c, ch, "obj") || (nm_q_rel(c, ch, "obl") && has_case(c, ch, "as")))
          pr = ch;
      }
      if (pr != NM_QNONE) {
        uint32_t pa = c->lo[pr], pb = c->hi[pr] + 1;
        while (pa < pb && (nm_quote_mark(c->d, pa) || nm_q_is(c, pa, "as"))) pa++;
        while (pb > pa && (nm_quote_mark(c->d, pb - 1) || nm_q_punct(c, pb - 1))) pb--;
        bool quoted = pa < pb && c->in_quote[pa] != NM_QNONE && c->in_quote[pa] == c->in_quote[pb - 1];
        if (!quoted) {
          st = add_reported(g, c->lo[o], c->hi[pr] + 1, v, v + 1, NM_QNONE, false);
          continue;
        }
      }
    }
    if (content == NM_QNONE && (cls & NM_QV_OBJ) && !of_gerund &&
        nm_q_subject(c, v, false) != NM_QNONE && !armed_attack(c, v) && !defends_ground(c, v))
      for (uint32_t ch = c->first_child[v]; ch != NM_QNONE && content == NM_QNONE;
           ch = c->next_sib[ch])
        /* (not a date the parse made the object: "a sale announced
         * Sept. 24") */
        if (nm_q_rel(c, ch, "obj") && ch > v && !date_only(c, ch)) content = ch;
    if (content != NM_QNONE) {
      uint32_t a = c->lo[content], b = c->hi[content] + 1;
      if (nm_q_rel(c, content, "obl")) a = c->lo[content];
      /* "… to buy votes ahead of Sunday's election, the foreign ministry
       * said", with "election" hung on "said": what was said before the
       * cue runs to the comma before the reporter's subject */
      if (b <= v) {
        uint32_t rs = nm_q_subject(c, v, true);
        if (rs != NM_QNONE && rs < v && c->lo[rs] > b && c->lo[rs] <= b + 12 &&
            nm_q_is(c, c->lo[rs] - 1, ",")) {
          bool plain = true; /* no quotation mark or other clause mark between */
          for (uint32_t k = b; k + 1 < c->lo[rs] && plain; k++)
            plain = !nm_quote_mark(c->d, k) && !nm_q_is(c, k, ";") && !nm_q_is(c, k, ",");
          if (plain) b = c->lo[rs] - 1;
        }
      }
      /* "drills that it said were a warning": the gap ("that") before the
       * cue hangs in the clause; what was said starts after the cue */
      if (a < v && v < b) a = v + 1;
      /* "India said Wednesday it was suspending …": the day right after
       * the cue, which the parse hung in the clause, says when it was
       * said ("said Wednesday's vote was rigged" keeps it) */
      if (a == v + 1 && a + 1 < content && day_word(c, a) && !nm_q_is(c, a + 1, "'s") &&
          !nm_q_punct(c, a + 1))
        a++;
      /* "said late Wednesday that he would not sign": the time of the
       * saying, which the parse hung in the clause, then "that" */
      if (a == v + 1) {
        static const char *const mods[] = {"late", "early", "earlier", "later", "on", NULL};
        uint32_t k = a;
        bool day = false;
        while (k < b && k < a + 4) {
          bool mod = false;
          for (size_t m = 0; mods[m] && !mod; m++)
            mod = nm_q_is(c, k, mods[m]);
          if (day_word(c, k))
            day = true;
          else if (!mod)
            break;
          k++;
        }
        if (day && k < b && k > a && nm_q_is(c, k, "that")) a = k;
      }
      /* "said in Tel Aviv that talks would go on" with the place hung in
       * the clause: what was said starts at "that" */
      if (a > v && !strcmp(nm_q_upos(c, a), "ADP") && !nm_q_rel(c, content, "obl"))
        for (uint32_t k = a + 1; k < content && k < a + 8; k++)
          if (nm_q_is(c, k, "that")) {
            a = k;
            break;
          }
      /* "The rebels now control the road, said a local administrator,
       * Jean-Paul Mukendi.": a report before its cue may have the speaker
       * after it */
      st = add_reported(g, a, b, v, v + 1, NM_QNONE, b <= v);
      continue;
    }
    /* "Blinken has said the agency’s role is critical" parsed without the
     * clause, when a subject stands before the cue */
    uint32_t sc = (cls & NM_QV_SAY) && !after_report ? surface_clause(c, v, cls) : NM_QNONE;
    if (sc != NM_QNONE && nm_q_subject(c, v, false) != NM_QNONE) {
      uint32_t e = sent_end(c, v), b = sc;
      if (e > sc + SURFACE_CLAUSE_MAX) e = sc + SURFACE_CLAUSE_MAX;
      /* "accused the army of using the camp as a base and said …": a
       * conjunct of the cue that is a cue itself, or has a subject of its
       * own ("…, and parliament voted …"), or any conjunct of an
       * accusation, which takes no clause ("accused Washington of
       * plotting a coup and ordered …"), is another act, not part of
       * what was said ("said the text interfered … and ignored …", which
       * the parse may hang on "said", goes on) */
      const char *vl = c->tags && v < c->d->tokens.n ? c->tags[v].lemma : NULL;
      bool accusation = vl && (!strcmp(vl, "accuse") || !strcmp(vl, "blame")); /* no clause */
      for (uint32_t ch = c->first_child[v]; ch != NM_QNONE; ch = c->next_sib[ch])
        if (ch > sc && nm_q_rel(c, ch, "conj") && c->lo[ch] > sc && c->lo[ch] < e &&
            ((c->vclass[ch] & (NM_QV_SAY | NM_QV_THINK | NM_QV_EVID)) || own_subject(c, ch) ||
             accusation))
          e = c->lo[ch];
      /* "… and accused Moscow of funding a scheme to buy votes, the
       * foreign ministry said": a report after the cue that the cue's
       * clause lies in ends what the cue's subject said, before the
       * reporter's subject and its comma */
      uint32_t u = c->parent[v];
      for (int up = 0; up < 4 && u != NM_QNONE; up++, u = c->parent[u]) {
        if (u <= v || !(c->vclass[u] & NM_QV_SAY) || c->in_quote[u] != NM_QNONE) continue;
        uint32_t rs = nm_q_subject(c, u, true);
        if (rs == NM_QNONE || rs <= sc || c->lo[rs] <= sc || c->lo[rs] >= e) continue;
        e = c->lo[rs];
        if (e > sc + 1 && nm_q_is(c, e - 1, ",")) e--;
        break;
      }
      while (b < e && g->direct_before[b + 1] == g->direct_before[b] && !nm_q_is(c, b, ";") &&
             !(nm_q_is(c, b, ",") && b + 1 < e && nm_q_is(c, b + 1, "but")))
        b++;
      st = add_reported(g, sc, b, v, v + 1, NM_QNONE, false);
      continue;
    }
    /* "The program has grown, they say." */
    uint32_t h = c->parent[v];
    /* (not a clause of its own joined by "and" or "but": "…, and she
     * accused Moscow of refusing …") */
    bool own_clause = false;
    for (uint32_t ch = c->first_child[v], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
         ch = c->next_sib[ch], nch++)
      if (ch < v && nm_q_rel(c, ch, "cc")) own_clause = true;
    /* (not a clause after a semicolon, a second act: "Insurgents attack
     * town …; Rwandan troops respond") */
    bool semicolon = nm_q_is(c, c->lo[v], ";") || (c->lo[v] > 0 && nm_q_is(c, c->lo[v] - 1, ";"));
    if ((cls & NM_QV_SAY) && nm_q_rel(c, v, "parataxis") && h != NM_QNONE && !own_clause &&
        !semicolon && c->in_quote[h] == NM_QNONE && h < v &&
        nm_q_subject(c, v, true) != NM_QNONE) {
      uint32_t a = c->lo[h], b = c->lo[v];
      st = add_reported(g, a, b, v, v + 1, NM_QNONE, true);
    }
  }
  g->speaker_tok1 = 0;
  return st;
}

/* ------------------------------------------------------------------ */
/* Step 4: speakers across quotations                                   */

/* Do the quoted words [a, b) name entity e, or (with country) e's
 * country when e is a person? */
static bool names_in(const nm_qctx *c, uint32_t a, uint32_t b, uint32_t e, bool country) {
  const nm_entity *en = &c->ent[e];
  for (uint32_t t = a; t < b; t++) {
    uint32_t mi = c->mention_of[t];
    if (mi == NM_QNONE || c->men[mi].entity >= c->nent) continue;
    const nm_mention *m = &c->men[mi];
    if (m->entity == e && m->kind != NM_MENTION_PRONOUN) return true;
    if (country && en->type == NM_ENT_PERSON && en->country[0] &&
        (m->type == NM_ENT_GPE || m->type == NM_ENT_NORP) &&
        !strcmp(c->ent[m->entity].country, en->country))
      return true;
    t = m->first_token + m->n_tokens - 1 > t ? m->first_token + m->n_tokens - 1 : t;
  }
  return false;
}

static bool gender_fits(const nm_qctx *c, uint32_t e, int g) {
  return c->gender[e] == 0 || (c->gender[e] & g);
}

/* The person of gender g last named as a subject before record r's
 * quotation, in its paragraph (*same_par) or the one before; NM_QNONE
 * when none. */
static uint32_t recent_subject(const nm_qctx *c, const qrec *r, int g, bool *same_par) {
  /* the last mention starting before the quotation */
  uint32_t lo = 0, hi = c->nmen;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (c->men[mid].first_token < r->first)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (uint32_t k = lo, seen = 0; k-- > 0 && seen < 64; seen++) {
    const nm_mention *m = &c->men[k];
    uint32_t par = c->sent[m->sentence].paragraph;
    if (par + 1 < r->paragraph) break;
    if (c->in_quote[m->first_token] != NM_QNONE || m->entity >= c->nent) continue;
    if (r->sp.subj != NM_QNONE && c->mention_of[r->sp.subj] == k) continue;
    if (c->ent[m->entity].type != NM_ENT_PERSON || !gender_fits(c, m->entity, g)) continue;
    for (uint32_t t = m->first_token; t < m->first_token + m->n_tokens; t++) {
      uint32_t p = c->parent[t];
      /* the subject, or a name under a title that is ("Opposition leader
       * Rafael Ostrow took …") */
      bool subj = nm_q_rel(c, t, "nsubj");
      /* not a name that is the subject of a clause inside the sentence
       * ("Sanaullah defended the arrest, saying Khan had ignored …"; a
       * pronoun there is usually the main subject: "Okafor said he …") */
      if (subj && p != NM_QNONE && m->kind != NM_MENTION_PRONOUN &&
          (nm_q_rel(c, p, "ccomp") || nm_q_rel(c, p, "advcl") || nm_q_rel(c, p, "acl")))
        break;
      if (subj || (p != NM_QNONE && nm_q_rel(c, p, "nsubj") &&
                   (nm_q_rel(c, t, "flat") || nm_q_rel(c, t, "appos") ||
                    nm_q_rel(c, t, "compound")))) {
        *same_par = par == r->paragraph;
        return m->entity;
      }
    }
  }
  return NM_QNONE;
}

static void copy_speaker(qrec *to, const qrec *from) {
  uint32_t subj = to->sp.subj;
  to->sp = from->sp;
  to->sp.subj = subj;
}

/* Sorts idx[0..n) by the records' content start, longer first (a merge
 * sort: the pipeline runs on many threads, and qsort has no context). */
static void sort_order(const qrec *r, uint32_t *idx, uint32_t *tmp, size_t n) {
  for (size_t w = 1; w < n; w *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * w) {
      size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      size_t a = lo, b = mid, k = lo;
      while (a < mid && b < hi) {
        const qrec *x = &r[idx[a]], *y = &r[idx[b]];
        bool take_b = y->first < x->first || (y->first == x->first && y->last > x->last);
        tmp[k++] = take_b ? idx[b++] : idx[a++];
      }
      while (a < mid)
        tmp[k++] = idx[a++];
      while (b < hi)
        tmp[k++] = idx[b++];
    }
    memcpy(idx, tmp, n * sizeof *idx);
  }
}

/* Whether subject token t is a plural noun (NNS, NNPS) or "they". */
static bool plural_head(const nm_qctx *c, uint32_t t) {
  if (nm_q_is(c, t, "they")) return true;
  const char *x = c->tags && t < c->d->tokens.n ? c->tags[t].xpos : NULL;
  return x && (!strcmp(x, "NNS") || !strcmp(x, "NNPS"));
}

/* For a cue in a relative clause ("drills that it said were …"), the
 * non-pronoun subject of the verb whose phrase holds the clause's noun
 * ("China sent warships in drills …": China), else NM_QNONE. */
static uint32_t relative_owner_subject(const nm_qctx *c, uint32_t cue) {
  if (!c->parsed || !nm_q_rel(c, cue, "acl:relcl")) return NM_QNONE;
  uint32_t x = c->parent[cue];
  for (int up = 0; up < 4 && x != NM_QNONE; up++) {
    uint32_t g = c->parent[x];
    if (g == NM_QNONE) return NM_QNONE;
    if (!strcmp(nm_q_upos(c, g), "VERB")) {
      for (uint32_t ch = c->first_child[g], k = 0; ch != NM_QNONE && k < NM_Q_CHILDREN_MAX;
           ch = c->next_sib[ch], k++)
        if (nm_q_rel(c, ch, "nsubj") && strcmp(nm_q_upos(c, ch), "PRON") != 0) return ch;
      return NM_QNONE;
    }
    x = g;
  }
  return NM_QNONE;
}

/* Whether entity e is named before token t in t's sentence, with a
 * description set off after the name ("Ashot, a 58-year-old farmer who
 * said …, told Reuters": the farmer described is Ashot; not "Lula … spoke
 * …, a spokesman for Lula said"). */
static bool named_before_in_sentence(const nm_qctx *c, uint32_t e, uint32_t t) {
  const nm_sentence *s = &c->sent[c->tok[t].sentence];
  /* (the sentence's words before t, each mention once at its first word) */
  for (uint32_t q = s->first_token; e != NM_QNONE && q < t && q < s->first_token + 256; q++) {
    uint32_t k = c->mention_of[q];
    if (k == NM_QNONE || c->men[k].first_token != q) continue;
    if (c->men[k].entity == e && c->men[k].kind == NM_MENTION_NAME) {
      /* (set off with a description after it: "Ashot, a …") */
      uint32_t b = c->men[k].first_token + c->men[k].n_tokens, a = c->men[k].first_token;
      /* (not a place's name after its preposition: "In the nearby port of
       * Zuwara, a 45-year-old fisherman said") */
      if (a > 0 && c->tags && c->tags[a - 1].upos && !strcmp(c->tags[a - 1].upos, "ADP"))
        continue;
      if (b + 1 < t && nm_q_is(c, b, ",") &&
          (nm_q_is(c, b + 1, "a") || nm_q_is(c, b + 1, "an") || nm_q_is(c, b + 1, "the")))
        return true;
    }
  }
  return false;
}

/* Whether token t is a noun for a person ("a spokesman for the group"),
 * whom "it" does not refer to. */
static bool human_noun(const nm_qctx *c, uint32_t t) {
  static const char *const people[] = {
      "spokesman", "spokeswoman", "spokesperson", "official", "adviser",   "advisor",
      "aide",      "attorney",    "lawyer",       "minister", "commander", "officer",
      "leader",    "envoy",       "ambassador",   "witness",  "resident",  "representative",
      "chief",     "diplomat",    "negotiator",   "mediator", "secretary", "director",
      /* (and the people a story describes by age and work: "A 34-year-old
       * nurse at Wabag General Hospital … said …. “…,” she said") */
      "nurse",     "doctor",      "teacher",      "farmer",   "vendor",    "student",
      "worker",    "driver",      "man",          "woman",    "mother",    "father",
      "trader",    "shopkeeper",  "fisherman",    "miner",    "villager",  "survivor",
      "refugee",   "activist",    "analyst",      "researcher", "journalist", "engineer",
      "sweeper",   "teller",      "clerk",        "retiree",  "pensioner", "protester",
      "widow",     "soldier",     "employee",     "owner",    "operator",  "labourer",
      "laborer",   NULL};
  const char *l = t != NM_QNONE && c->tags && t < c->d->tokens.n ? c->tags[t].lemma : NULL;
  for (size_t i = 0; l && people[i]; i++)
    if (!strcmp(l, people[i])) return true;
  /* (or any noun an age describes: "A 46-year-old garment factory
   * supervisor", "a 38-year-old herder") */
  for (uint32_t k = t != NM_QNONE && t >= 5 ? t - 5 : 0, n = 0; l && k > 0 && n < 6; k--, n++)
    if (nm_tok_year_old(c->d, k) && c->tok[k].sentence == c->tok[t].sentence) return true;
  return false;
}

/* The main subject of the sentence before token t's, in t's paragraph or
 * the one before, when it is a singular common or proper noun outside
 * any quotation ("The al-Qaida-linked group claimed responsibility …. It
 * said …"), else NM_QNONE. */
static uint32_t previous_body_subject(const nm_qctx *c, uint32_t t) {
  uint32_t si = c->tok[t].sentence;
  if (!c->parsed || si == 0) return NM_QNONE;
  const nm_sentence *ps = &c->sent[si - 1];
  if (ps->paragraph + 1 < c->sent[si].paragraph || ps->n_tokens > 200) return NM_QNONE;
  for (uint32_t k = ps->first_token; k < ps->first_token + ps->n_tokens; k++) {
    if (c->parent[k] != NM_QNONE) continue;
    if (c->in_quote[k] != NM_QNONE) return NM_QNONE;
    for (uint32_t ch = c->first_child[k]; ch != NM_QNONE; ch = c->next_sib[ch]) {
      if (!nm_q_rel(c, ch, "nsubj") || nm_q_rel(c, ch, "nsubj:pass")) continue;
      const char *x = c->tags ? c->tags[ch].xpos : NULL;
      uint32_t mi = c->mention_of[ch];
      if (!x || (strcmp(x, "NN") && strcmp(x, "NNP")) ||
          (mi != NM_QNONE && c->men[mi].type == NM_ENT_PERSON))
        return NM_QNONE;
      return ch;
    }
    return NM_QNONE;
  }
  return NM_QNONE;
}

static void resolve_speakers(stage *g, const uint32_t *order, size_t n) {
  const nm_qctx *c = &g->c;
  qrec *R = (qrec *)g->recs.data;
  /* pass 1: "he said" after a direct quotation by someone else */
  uint32_t last_ent = NM_QNONE, last_par = 0;
  const qrec *last_body = NULL; /* the last framed quotation a body spoke */
  const qrec *last_desc = NULL; /* ... and an unnamed person ("the bloc's chief") */
  for (size_t k = 0; k < n; k++) {
    qrec *r = &R[order[k]];
    uint32_t owner = NM_QNONE;
    bool described = false; /* the unnamed person right before, chosen below */
    if (r->sp.subj != NM_QNONE && r->sp.entity == NM_QNONE && medium_noun(c, r->sp.subj)) {
      /* "The statement said …": the body that issued it
       * ("China's Foreign Ministry issued a statement on Monday") */
      uint32_t au = nm_coref_text_author(c->d, r->sp.subj);
      nm_qspeaker sp;
      if (au != UINT32_MAX && au < c->nt && nm_q_speaker_from(c, au, &sp) == NM_OK && sp.name &&
          (sp.entity != NM_QNONE || strcmp(nm_q_upos(c, au), "PRON") != 0)) {
        r->sp.entity = sp.entity;
        r->sp.name = sp.name;
      }
    }
    if (r->own_cue && r->sp.subj != NM_QNONE && r->sp.entity == NM_QNONE && !r->sp.name &&
        nm_q_is(c, r->sp.subj, "it") && r->cue_a != NM_QNONE &&
        (owner = relative_owner_subject(c, r->cue_a)) != NM_QNONE && !medium_noun(c, owner)) {
      /* "China sent warships in drills that it said were a warning": in a
       * relative clause, "it" is the subject of the clause the relative
       * clause's noun is in (not a medium: "The statement referenced the
       * impact it said …") */
      nm_qspeaker sp;
      if (nm_q_speaker_from(c, owner, &sp) == NM_OK && sp.name) {
        r->sp.entity = sp.entity;
        r->sp.name = sp.name;
      }
    } else if (r->own_cue && r->sp.subj != NM_QNONE && r->sp.entity == NM_QNONE && !r->sp.name &&
        (nm_q_is(c, r->sp.subj, "it") || nm_q_is(c, r->sp.subj, "they")) && last_body &&
        last_body->paragraph + 1 >= r->paragraph &&
        !(nm_q_is(c, r->sp.subj, "it") && human_noun(c, last_body->sp.subj)) &&

        nm_q_is(c, r->sp.subj, "they") == plural_head(c, last_body->sp.subj)) {
      /* "The Israeli military said … It said …": a pronoun coref left
       * alone (the body is no named entity) is the body that spoke last,
       * in its paragraph or the one before, of its number */
      r->sp.entity = last_body->sp.entity;
      r->sp.name = last_body->sp.name;
    } else if (r->own_cue && r->sp.subj != NM_QNONE && r->sp.entity == NM_QNONE &&
               !r->sp.name && nm_q_is(c, r->sp.subj, "it")) {
      /* no body spoke just before: the body the sentence before was about
       * ("The group claimed the attack in a statement. It said …") */
      uint32_t b = previous_body_subject(c, r->sp.subj);
      nm_qspeaker sp;
      if (b != NM_QNONE && nm_q_speaker_from(c, b, &sp) == NM_OK && sp.name &&
          (sp.entity == NM_QNONE || c->ent[sp.entity].type != NM_ENT_PERSON)) {
        r->sp.entity = sp.entity;
        r->sp.name = sp.name;
      }
    }
    /* "…, a spokesman for Lula said. The two leaders agreed …, he added":
     * a person's pronoun that reports right after an unnamed person
     * reported in the sentence before, in the same paragraph (or, for a
     * direct quotation, the paragraph after: "A 45-year-old aid worker
     * … said …. ¶ “We are afraid …,” he said"), is that person, over the
     * named one coref chose (the quoted sentence named him); not a
     * spokeswoman's "he" */
    if (r->own_cue && r->sp.subj != NM_QNONE && r->sp.entity != NM_QNONE && last_desc &&
        r->sp.name && strcmp(r->sp.name, last_desc->sp.name) != 0 &&
        last_desc->sp.subj != NM_QNONE &&
        (last_desc->paragraph == r->paragraph ||
         (last_desc->paragraph + 1 == r->paragraph && r->kind == NM_QUOTE_DIRECT)) &&
        c->tok[last_desc->sp.subj].sentence + 1 == c->tok[r->sp.subj].sentence &&
        !named_before_in_sentence(c, r->sp.entity, last_desc->sp.subj) &&
        ((nm_q_is(c, r->sp.subj, "he") && !strstr(last_desc->sp.name, "woman")) ||
         (nm_q_is(c, r->sp.subj, "she") && strstr(last_desc->sp.name, "woman")))) {
      r->sp.entity = NM_QNONE;
      r->sp.name = last_desc->sp.name;
      described = true;
    }
    if (r->own_cue && r->sp.subj != NM_QNONE && r->sp.entity == NM_QNONE && !r->sp.name &&
        (nm_q_is(c, r->sp.subj, "he") || nm_q_is(c, r->sp.subj, "she")) && last_desc &&
        last_desc->paragraph + 1 >= r->paragraph) {
      /* "The bloc's foreign policy chief told a news conference … She
       * said …": a person's pronoun coref left alone (no named person of
       * its gender) is the unnamed person who spoke last, in its
       * paragraph or the one before */
      r->sp.name = last_desc->sp.name;
    }
    /* (one person: not "protesters", "truck drivers", for a "he") */
    const char *sx = r->sp.subj != NM_QNONE && c->tags ? c->tags[r->sp.subj].xpos : NULL;
    if (r->own_cue && r->sp.subj != NM_QNONE && r->sp.name && !r->sp.pronoun_gender &&
        r->sp.entity == NM_QNONE && human_noun(c, r->sp.subj) &&
        !(sx && (!strcmp(sx, "NNS") || !strcmp(sx, "NNPS"))))
      last_desc = r;
    if (r->own_cue && r->sp.subj != NM_QNONE && r->sp.name && !r->sp.pronoun_gender &&
        (r->sp.entity == NM_QNONE || c->ent[r->sp.entity].type != NM_ENT_PERSON))
      last_body = r;
    /* a partial quotation inside what the same cue reports takes the
     * reported clause's speaker: "She said the decision followed “clear
     * and documented evidence”" is one person's words */
    const qrec *outer = NULL;
    for (size_t k2 = k, m = 0; r->kind == NM_QUOTE_PARTIAL && r->own_cue && r->cue_a != NM_QNONE &&
                               k2-- > 0 && m < 8 && !outer;
         m++) { /* (the records before it, in text order: the reported clause starts first) */
      const qrec *x = &R[order[k2]];
      if (x != r && x->kind == NM_QUOTE_INDIRECT && x->own_cue && x->cue_a == r->cue_a &&
          x->first <= r->first && r->last <= x->last)
        outer = x;
    }
    if (outer) {
      r->sp.entity = outer->sp.entity;
      r->sp.name = outer->sp.name;
    } else if ((r->kind == NM_QUOTE_DIRECT || r->kind == NM_QUOTE_PARTIAL) && r->own_cue &&
               r->sp.pronoun_gender && !described) {
      /* coref's choice, the person last the subject of a sentence before
       * the quotation (first when in the quotation's own paragraph: "Col.
       * Heinsalu accused Marovia … “…?” he asked"), the speaker of the
       * previous direct quotation: the first that the quoted words do not
       * name */
      int pg = r->sp.pronoun_gender;
      bool same_par = false;
      uint32_t subj = recent_subject(c, r, pg, &same_par);
      uint32_t cand[3] = {r->sp.entity, subj, NM_QNONE};
      if (same_par) cand[0] = subj, cand[1] = r->sp.entity;
      if (last_ent != NM_QNONE && last_par + PREV_SPEAKER_PARAGRAPHS >= r->paragraph)
        cand[2] = last_ent;
      uint32_t pick = NM_QNONE;
      for (int k2 = 0; k2 < 3 && pick == NM_QNONE; k2++) {
        uint32_t e = cand[k2];
        /* (a minister may name her own country: "Dumitrescu told
         * reporters … “What is happening in Moldova was tested in
         * Romania,” she said" is hers, the subject of her paragraph) */
        if (e != NM_QNONE && c->ent[e].type == NM_ENT_PERSON && gender_fits(c, e, pg) &&
            !names_in(c, r->first, r->last, e, !(same_par && e == subj)))
          pick = e;
      }
      if (pick == NM_QNONE) pick = cand[0];
      if (pick != NM_QNONE) {
        r->sp.entity = pick;
        r->sp.name = c->ent[pick].name;
      }
    }
    if (r->kind == NM_QUOTE_DIRECT && r->own_cue && r->sp.entity != NM_QNONE &&
        c->ent[r->sp.entity].type == NM_ENT_PERSON) {
      last_ent = r->sp.entity;
      last_par = r->paragraph;
    }
  }
  /* pass 2: quotations without a frame of their own */
  uint32_t last_attr = NM_QNONE;
  for (size_t k = 0; k < n; k++) {
    uint32_t ri = order[k];
    qrec *r = &R[ri];
    if (r->kind == NM_QUOTE_TERM) continue;
    if (!r->own_cue) {
      if (r->inherit != NM_QNONE) {
        copy_speaker(r, &R[r->inherit]);
      } else if (r->kind == NM_QUOTE_DIRECT) {
        bool found = false;
        /* a quotation left open takes the speaker of the paragraphs that
         * resume it */
        for (uint32_t s = r->span + 1;
             r->span != NM_QNONE && s < g->nspans && (g->spans[s].flags & NM_QS_REOPENED); s++) {
          const qrec *x = &R[g->span_rec[s]];
          if (x->own_cue) {
            copy_speaker(r, x);
            found = true;
            break;
          }
        }
        if (!found && last_attr != NM_QNONE &&
            (R[last_attr].paragraph == r->paragraph ||
             R[last_attr].paragraph + 1 == r->paragraph)) {
          copy_speaker(r, &R[last_attr]);
          r->inherit = last_attr;
        }
      } else if (r->kind == NM_QUOTE_PARTIAL && last_attr != NM_QNONE &&
                 R[last_attr].paragraph == r->paragraph) {
        copy_speaker(r, &R[last_attr]);
      }
    }
    if (r->sp.entity != NM_QNONE || r->sp.me > r->sp.ms) last_attr = ri;
  }
}

/* ------------------------------------------------------------------ */
/* The stage                                                            */

static nm_status emit_quotes(stage *g, const uint32_t *order, size_t n, uint32_t *rank) {
  nm_doc *d = g->c.d;
  const qrec *R = (const qrec *)g->recs.data;
  if (nm_vec_reserve(&d->quotes, n) != 0) return NM_ERR_NOMEM;
  for (size_t k = 0; k < n; k++)
    rank[order[k]] = (uint32_t)k;
  nm_quote *out = (nm_quote *)d->quotes.data;
  for (size_t k = 0; k < n; k++) {
    const qrec *r = &R[order[k]];
    nm_quote *q = &out[k];
    q->start = g->c.tok[r->first].start;
    q->end = g->c.tok[r->last - 1].end;
    q->kind = r->kind;
    q->cue.start = q->cue.end = 0;
    if (r->cue_a != NM_QNONE) {
      q->cue.start = g->c.tok[r->cue_a].start;
      q->cue.end = g->c.tok[r->cue_b - 1].end;
    }
    q->speaker = r->sp.entity;
    q->speaker_mention.start = r->sp.ms;
    q->speaker_mention.end = r->sp.me;
    q->speaker_name = r->sp.name;
    q->principal = r->sp.principal;
    q->continues = r->continues && r->inherit != NM_QNONE ? rank[r->inherit] : UINT32_MAX;
    q->tone = 0; /* the tone stage, which runs later, scores it */
  }
  d->quotes.n = n;
  return NM_OK;
}

enum { AGREE_MAX_MOVES = 256 };

/* "he said" after a quotation: when resolve_speakers chose another
 * speaker than coref did (coref's choice is named in the quoted words),
 * the pronoun's mention joins the speaker's entity, so that the entities
 * and the quotations tell the same story. */
static nm_status agree_speaker_pronouns(stage *g, nm_doc *d) {
  const nm_qctx *c = &g->c;
  const qrec *R = (const qrec *)g->recs.data;
  /* a move copies the speaker's mention list: a bounded number of moves
   * keeps an article of a million quotations linear */
  size_t moves = 0;
  for (size_t k = 0; k < g->recs.n && moves < AGREE_MAX_MOVES; k++) {
    const qrec *r = &R[k];
    if (!r->own_cue || !r->sp.pronoun_gender || r->sp.subj == NM_QNONE ||
        r->sp.entity == NM_QNONE)
      continue;
    uint32_t mi = c->mention_of[r->sp.subj];
    if (mi == NM_QNONE || c->men[mi].kind != NM_MENTION_PRONOUN || c->men[mi].entity == r->sp.entity)
      continue;
    nm_status st = nm_coref_move_mention(d, mi, r->sp.entity);
    if (st != NM_OK) return st;
    moves++;
  }
  return NM_OK;
}

/* ------------------------------------------------------------------ */
/* Transcript turns                                                     */

enum { TURN_LABEL_MAX = 3 };

/* Whether token t is a word in capitals ("WALLACE", "O'BRIEN", "ST."):
 * two letters or more, no lower-case letter. */
static bool capitals_word(const nm_qctx *c, uint32_t t) {
  size_t len;
  const char *s = nm_tok_text(c->d, t, &len);
  size_t letters = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch >= 'A' && ch <= 'Z')
      letters++;
    else if (ch != '.' && ch != '-' && ch != '\'')
      return false;
  }
  return letters >= 2;
}

/* The label that opens the paragraph holding token p0 as a transcript turn
 * ("WALLACE: Let's start …", "“PENCE: Well, look …"): one to three words in
 * capitals right after the paragraph's start (an opening mark allowed),
 * then a colon and words. Returns the colon's token, the label being
 * [*la, colon); NM_QNONE when there is none. Headings that take a colon
 * ("UPDATE:", "EXCLUSIVE:", "Q:") are no speakers. */
static uint32_t turn_label(const nm_qctx *c, uint32_t p0, uint32_t pend, uint32_t *la) {
  static const char *const headings[] = {
      "UPDATE", "UPDATED", "EXCLUSIVE", "BYLINE", "VIDEO", "EMAIL", "LOOK", "BOOM", "BUSTED",
      "WATCH", "NOTE", "EDITOR'S", "CORRECTION", "RELATED", "SOURCE", "SOURCES", "PHOTO",
      "PHOTOS", "READ", "BREAKING", "ALERT", "FACT", "CLAIM", "VERDICT", "LIVE", "POLL", "OPINION",
      "ANALYSIS", "WARNING", "TRANSCRIPT", "ANNOUNCER", "UNIDENTIFIED", "CROSSTALK", "AUDIENCE",
      "FIX", "END", "MORE", "TOPLINE", "BOTTOM", "WHY", "WHAT", "WHO", "WHEN", "HOW", NULL};
  uint32_t t = p0;
  if (t < pend && nm_quote_mark(c->d, t)) t++;
  uint32_t a = t;
  while (t < pend && t - a < TURN_LABEL_MAX && capitals_word(c, t))
    t++;
  if (t == a || t + 1 >= pend || !nm_q_is(c, t, ":")) return NM_QNONE;
  for (uint32_t k = a; k < t; k++)
    for (size_t h = 0; headings[h]; h++)
      if (nm_q_is(c, k, headings[h])) return NM_QNONE;
  *la = a;
  return t;
}

/* The person entity the label ending at token b - 1 names: one whose
 * name's last word is the label's last word, ignoring case ("PENCE" is
 * Mike Pence). */
static uint32_t label_person(const nm_qctx *c, uint32_t b) {
  size_t ll;
  const char *lw = nm_tok_text(c->d, b - 1, &ll);
  for (uint32_t e = 0; e < c->nent; e++) {
    if (c->ent[e].type != NM_ENT_PERSON || !c->ent[e].name) continue;
    const char *nm = c->ent[e].name, *sp = strrchr(nm, ' ');
    const char *last = sp ? sp + 1 : nm;
    if (strlen(last) == ll && !strncasecmp(last, lw, ll)) return e;
  }
  return NM_QNONE;
}

/* Makes record r a report whose cue is the colon at token colon and whose
 * speaker is the label [la, colon): entity who, else the label's words. */
static nm_status label_speaker(const nm_qctx *c, qrec *r, uint32_t la, uint32_t colon,
                               uint32_t who) {
  r->cue_a = colon;
  r->cue_b = colon + 1;
  r->own_cue = true;
  r->inherit = NM_QNONE;
  r->continues = false;
  memset(&r->sp, 0, sizeof r->sp);
  r->sp.entity = who;
  r->sp.principal = r->sp.subj = NM_QNONE;
  r->sp.ms = c->tok[la].start;
  r->sp.me = c->tok[colon - 1].end;
  if (who != NM_QNONE) {
    r->sp.name = c->ent[who].name;
    return NM_OK;
  }
  r->sp.name = nm_arena_strndup(&c->d->arena, c->d->text + r->sp.ms, r->sp.me - r->sp.ms);
  return r->sp.name ? NM_OK : NM_ERR_NOMEM;
}

/* A headline that gives its claim under its source's name: "Pence: Trump
 * Was Mocking Clinton Camp", "Poll: Voters Abandon …". The label is one to
 * four capitalised words ("of", "and" between) before a colon that opens
 * the headline; it names a person or organisation of the article (a
 * person by the last word of the name: "Graham" is Lindsey Graham), or is
 * a poll, survey, study or report. Returns the colon's token and the
 * speaker entity (NM_QNONE for a poll), or NM_QNONE. Section labels ("The
 * Latest:", "Update:", "Revealed:") are no sources. */
static uint32_t headline_label(const nm_qctx *c, uint32_t p0, uint32_t pend, uint32_t *who) {
  static const char *const sections[] = {"latest", "update", "updated", "exclusive", "watch",
                                         "breaking", "analysis", "opinion", "live", "video",
                                         "revealed", "byline", "guide", "daily", "notice",
                                         "email", "editorial", "review", "explainer", "factbox",
                                         "timeline", "photos", "look", "boom", "busted", NULL};
  static const char *const sources[] = {"poll", "polls", "survey", "study", "report", "audit",
                                        "probe", "newspaper", NULL};
  uint32_t t = p0, words = 0;
  for (; t < pend && words < 5; t++) {
    if (nm_q_is(c, t, ":")) break;
    if (nm_q_is(c, t, "of") || nm_q_is(c, t, "and")) continue;
    if (!starts_upper(c, t)) return NM_QNONE;
    words++;
  }
  if (t == p0 || words == 0 || words > 4 || t + 3 >= pend || !nm_q_is(c, t, ":")) return NM_QNONE;
  char low[16];
  for (uint32_t k = p0; k < t; k++)
    for (size_t h = 0; nm_q_lower(c, k, low, sizeof low) && sections[h]; h++)
      if (!strcmp(low, sections[h])) return NM_QNONE;
  *who = label_person(c, t);
  if (*who != NM_QNONE) return t;
  /* an organisation or person the NER found over the label */
  uint32_t m = c->mention_of[t - 1];
  if (m != NM_QNONE && c->men[m].first_token >= p0) {
    uint32_t e = c->men[m].entity;
    if (e < c->nent && (c->ent[e].type == NM_ENT_PERSON || c->ent[e].type == NM_ENT_ORG)) {
      *who = e;
      return t;
    }
  }
  for (size_t h = 0; nm_q_lower(c, t - 1, low, sizeof low) && sources[h]; h++)
    if (!strcmp(low, sources[h])) return t;
  return NM_QNONE;
}

/* The headline's claim under its source's name (headline_label) is that
 * source's report, with the colon as its cue. */
static nm_status headline_source(stage *g) {
  nm_qctx *c = &g->c;
  if (!c->np || !c->par[0].n_sentences || c->par[0].n_sentences > 2) return NM_OK;
  uint32_t p0 = c->sent[c->par[0].first_sentence].first_token, pend = par_end(c, p0), who;
  if (p0 >= pend) return NM_OK;
  uint32_t colon = headline_label(c, p0, pend, &who);
  if (colon == NM_QNONE) return NM_OK;
  const qrec *R = (const qrec *)g->recs.data;
  for (size_t k = 0; k < g->recs.n; k++)
    if (R[k].first < pend && R[k].last > p0 &&
        (R[k].first <= colon || (R[k].kind != NM_QUOTE_TERM && R[k].kind != NM_QUOTE_PARTIAL)))
      return NM_OK; /* the marks or a verb said it; a term in the claim stays */
  uint32_t first = colon + 1, last = pend;
  while (last > first && (nm_q_is(c, last - 1, ".") || nm_quote_mark(c->d, last - 1))) last--;
  if (last <= first) return NM_OK;
  qrec *r = new_rec(g, first, last, NM_QUOTE_INDIRECT);
  return r ? label_speaker(c, r, p0, colon, who) : NM_ERR_NOMEM;
}

/* A record's first token and index, and the furthest end of the records
 * that sort before it. */
typedef struct rec_at {
  uint32_t first, idx, reach;
} rec_at;

static int cmp_rec_at(const void *x, const void *y) {
  const rec_at *a = x, *b = y;
  if (a->first != b->first) return a->first < b->first ? -1 : 1;
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* Interview transcripts give each turn as a paragraph that opens with the
 * speaker's name in capitals and a colon: the rest of the paragraph is a
 * direct quotation of that speaker, with the colon as its cue. A label
 * counts when it names a person of the article, or when the article has
 * two turns or more under two labels or more (a transcript); a quotation
 * that the marks found over the paragraph loses the label from its
 * content and takes the speaker. */
static nm_status transcript_turns(stage *g) {
  nm_qctx *c = &g->c;
  uint32_t turns = 0, labels_seen = 0;
  uint32_t first_label = NM_QNONE;
  for (uint32_t p = 0; p < c->np; p++) {
    const nm_paragraph *pp = &c->par[p];
    if (!pp->n_sentences) continue;
    const nm_sentence *s0 = &c->sent[pp->first_sentence];
    /* (a CoNLL-U paragraph may open with a sentence of no tokens) */
    if (!s0->n_tokens || s0->first_token >= c->nt) continue;
    uint32_t p0 = s0->first_token, pend = par_end(c, p0), la;
    if (p0 >= pend) continue;
    uint32_t colon = turn_label(c, p0, pend, &la);
    if (colon == NM_QNONE) continue;
    turns++;
    if (first_label == NM_QNONE)
      first_label = la, labels_seen = 1;
    else if (labels_seen == 1) {
      size_t l1, l2;
      const char *a1 = nm_tok_text(c->d, first_label, &l1), *a2 = nm_tok_text(c->d, la, &l2);
      if (l1 != l2 || memcmp(a1, a2, l1) != 0) labels_seen = 2;
    }
  }
  if (!turns) return NM_OK;
  bool transcript = turns >= 2 && labels_seen >= 2;
  /* the records found so far, by first token, with the furthest end of
   * those before each: a turn looks at its paragraph's only (records lie
   * within a paragraph) */
  size_t n0 = g->recs.n;
  rec_at *by = malloc((n0 ? n0 : 1) * sizeof *by);
  if (!by) return NM_ERR_NOMEM;
  const qrec *R0 = (const qrec *)g->recs.data;
  for (size_t k = 0; k < n0; k++)
    by[k].first = R0[k].first, by[k].idx = (uint32_t)k;
  qsort(by, n0, sizeof *by, cmp_rec_at);
  for (size_t k = 0; k < n0; k++)
    by[k].reach = k && by[k - 1].reach > R0[by[k - 1].idx].last ? by[k - 1].reach
                  : k                                          ? R0[by[k - 1].idx].last
                                                               : 0;
  nm_status st = NM_OK;
  for (uint32_t p = 0; p < c->np && st == NM_OK; p++) {
    const nm_paragraph *pp = &c->par[p];
    if (!pp->n_sentences) continue;
    const nm_sentence *s0 = &c->sent[pp->first_sentence];
    uint32_t p0 = s0->first_token, pend = par_end(c, p0), la;
    if (p0 >= pend) continue;
    uint32_t colon = turn_label(c, p0, pend, &la);
    if (colon == NM_QNONE) continue;
    uint32_t who = label_person(c, colon);
    if (who == NM_QNONE && !transcript) continue;
    uint32_t first = colon + 1, last = pend;
    while (last > first && nm_quote_mark(c->d, last - 1)) last--;
    if (last <= first) continue;
    /* the quotation the marks found over the turn, if any */
    qrec *R = (qrec *)g->recs.data;
    size_t lo = 0, hi = n0;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (by[mid].first < p0)
        lo = mid + 1;
      else
        hi = mid;
    }
    bool clash = lo < n0 ? by[lo].reach > p0 : n0 && (by[n0 - 1].reach > p0 ||
                                                      R[by[n0 - 1].idx].last > p0);
    uint32_t ri = NM_QNONE;
    for (size_t k = lo; k < n0 && by[k].first < pend && !clash; k++) {
      const qrec *x = &R[by[k].idx];
      if (x->kind == NM_QUOTE_DIRECT && x->first <= first && ri == NM_QNONE)
        ri = by[k].idx;
      else if (x->span != NM_QNONE || x->first < first) /* reported speech in the turn stays */
        clash = true;
    }
    if (clash) continue;
    qrec *r = ri != NM_QNONE ? &R[ri] : new_rec(g, first, last, NM_QUOTE_DIRECT);
    if (!r) {
      st = NM_ERR_NOMEM;
      break;
    }
    r->first = first;
    if (r->last > last) r->last = last;
    st = label_speaker(c, r, la, colon, who);
  }
  free(by);
  return st;
}

nm_status nm_quotes_detect(nm_doc *d) {
  d->quotes.n = 0;
  uint32_t nt = (uint32_t)d->tokens.n;
  if (nt == 0) return NM_OK;
  stage g;
  memset(&g, 0, sizeof g);
  nm_qctx *c = &g.c;
  c->d = d;
  c->tok = (const nm_token *)d->tokens.data;
  c->nt = nt;
  c->sent = (const nm_sentence *)d->sentences.data;
  c->ns = (uint32_t)d->sentences.n;
  c->par = (const nm_paragraph *)d->paragraphs.data;
  c->np = (uint32_t)d->paragraphs.n;
  c->tags = d->tags.n == nt ? (const nm_word_tags *)d->tags.data : NULL;
  c->parsed = false;
  for (uint32_t i = 0; c->tags && i < nt && !c->parsed; i++)
    c->parsed = c->tags[i].deprel != NULL;
  c->men = (const nm_mention *)d->mentions.data;
  c->nmen = (uint32_t)d->mentions.n;
  c->ent = (const nm_entity *)d->entities.data;
  c->nent = (uint32_t)d->entities.n;

  /* one block: ten token arrays of uint32_t, the classes and genders */
  size_t words = (size_t)nt * 10 + 1;
  uint32_t *block = malloc(words * sizeof(uint32_t) + nt + (size_t)c->nent + 1);
  if (!block) return NM_ERR_NOMEM;
  c->mention_of = block;
  c->parent = block + (size_t)nt;
  c->first_child = block + (size_t)nt * 2;
  c->next_sib = block + (size_t)nt * 3;
  c->lo = block + (size_t)nt * 4;
  c->hi = block + (size_t)nt * 5;
  c->in_quote = block + (size_t)nt * 6;
  uint32_t *stack = block + (size_t)nt * 7;
  uint32_t *iter = block + (size_t)nt * 8;
  g.direct_before = block + (size_t)nt * 9; /* nt + 1 slots */
  c->vclass = (uint8_t *)(block + words);
  c->gender = c->vclass + nt;
  for (uint32_t i = 0; i < nt; i++)
    c->mention_of[i] = c->in_quote[i] = NM_QNONE;
  for (uint32_t k = 0; k < c->nmen; k++) {
    const nm_mention *m = &c->men[k];
    for (uint32_t t = m->first_token; t < m->first_token + m->n_tokens && t < nt; t++)
      c->mention_of[t] = k;
  }
  build_tree(c, stack, iter);
  classify_verbs(c);
  nm_q_entity_genders(c);

  nm_vec spans;
  nm_vec_init(&spans, sizeof(nm_qspan));
  nm_vec_init(&g.recs, sizeof(qrec));
  uint32_t *order = NULL;
  nm_status st = nm_quote_spans(d, &spans, c->in_quote);
  g.spans = (const nm_qspan *)spans.data;
  g.nspans = spans.n;
  if (st == NM_OK && g.nspans) {
    g.span_rec = malloc(g.nspans * sizeof(uint32_t));
    if (!g.span_rec) st = NM_ERR_NOMEM;
  }
  for (uint32_t si = 0; si < g.nspans && st == NM_OK; si++)
    st = attribute_span(&g, si);
  if (st == NM_OK) {
    const qrec *R = (const qrec *)g.recs.data;
    g.direct_before[0] = 0;
    for (uint32_t t = 0; t < nt; t++) {
      uint32_t s = c->in_quote[t];
      bool in_direct = s != NM_QNONE && R[g.span_rec[s]].kind == NM_QUOTE_DIRECT;
      g.direct_before[t + 1] = g.direct_before[t] + (in_direct ? 1u : 0u);
    }
    st = find_reported(&g);
    if (st == NM_OK) st = transcript_turns(&g);
    if (st == NM_OK) st = headline_source(&g);
  }
  size_t n = g.recs.n;
  if (st == NM_OK && n) {
    order = malloc(n * 3 * sizeof(uint32_t));
    if (!order) st = NM_ERR_NOMEM;
  }
  if (st == NM_OK && n) {
    for (size_t k = 0; k < n; k++)
      order[k] = (uint32_t)k;
    sort_order((const qrec *)g.recs.data, order, order + n, n);
    resolve_speakers(&g, order, n);
    st = agree_speaker_pronouns(&g, d);
    if (st == NM_OK) st = emit_quotes(&g, order, n, order + 2 * n);
  }
  free(order);
  free(g.span_rec);
  nm_vec_free(&g.recs);
  nm_vec_free(&spans);
  free(block);
  return st;
}

/* ------------------------------------------------------------------ */
/* JSON                                                                 */

static void put_span_text(nm_obuf *o, const nm_doc *d, uint32_t a, uint32_t b) {
  NM_OBUF_LIT(o, "{\"start\":");
  nm_obuf_u64(o, a);
  NM_OBUF_LIT(o, ",\"end\":");
  nm_obuf_u64(o, b);
  NM_OBUF_LIT(o, ",\"text\":");
  nm_obuf_json_str(o, d->text + a, b - a);
  NM_OBUF_LIT(o, "}");
}

void nm_json_quotes(nm_obuf *o, const nm_doc *d) {
  NM_OBUF_LIT(o, ",\"quotes\":[");
  const nm_quote *qs = (const nm_quote *)d->quotes.data;
  const nm_entity *es = (const nm_entity *)d->entities.data;
  for (size_t i = 0; i < d->quotes.n; i++) {
    const nm_quote *q = &qs[i];
    nm_obuf_puts(o, i ? ",{\"id\":\"Q" : "{\"id\":\"Q");
    nm_obuf_u64(o, i + 1);
    NM_OBUF_LIT(o, "\",\"start\":");
    nm_obuf_u64(o, q->start);
    NM_OBUF_LIT(o, ",\"end\":");
    nm_obuf_u64(o, q->end);
    NM_OBUF_LIT(o, ",\"text\":");
    nm_obuf_json_str(o, d->text + q->start, q->end - q->start);
    NM_OBUF_LIT(o, ",\"kind\":\"");
    nm_obuf_puts(o, nm_quote_kind_name(q->kind));
    NM_OBUF_LIT(o, "\",\"cue\":");
    if (q->cue.end > q->cue.start)
      put_span_text(o, d, q->cue.start, q->cue.end);
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"speaker\":");
    if (q->speaker < d->entities.n) {
      NM_OBUF_LIT(o, "\"E");
      nm_obuf_u64(o, (uint64_t)q->speaker + 1);
      NM_OBUF_LIT(o, "\"");
    } else {
      NM_OBUF_LIT(o, "null");
    }
    NM_OBUF_LIT(o, ",\"speaker_name\":");
    const char *name = q->speaker < d->entities.n ? es[q->speaker].name : q->speaker_name;
    if (name)
      nm_obuf_json_str(o, name, strlen(name));
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"speaker_mention\":");
    if (q->speaker_mention.end > q->speaker_mention.start)
      put_span_text(o, d, q->speaker_mention.start, q->speaker_mention.end);
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, ",\"principal\":");
    if (q->principal < d->entities.n) {
      NM_OBUF_LIT(o, "\"E");
      nm_obuf_u64(o, (uint64_t)q->principal + 1);
      NM_OBUF_LIT(o, "\"");
    } else {
      NM_OBUF_LIT(o, "null");
    }
    NM_OBUF_LIT(o, ",\"continues\":");
    if (q->continues < d->quotes.n) {
      NM_OBUF_LIT(o, "\"Q");
      nm_obuf_u64(o, (uint64_t)q->continues + 1);
      NM_OBUF_LIT(o, "\"");
    } else {
      NM_OBUF_LIT(o, "null");
    }
    NM_OBUF_LIT(o, ",\"tone\":");
    if (d->has_tone)
      nm_json_fixed4(o, q->tone);
    else
      NM_OBUF_LIT(o, "null");
    NM_OBUF_LIT(o, "}");
  }
  NM_OBUF_LIT(o, "]");
}
