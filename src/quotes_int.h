/* quotes_int.h - shared internals of the quotes stage: quotation-mark
 * pairing (quotes_marks.c), the team-written word lists (quotes_lex.c),
 * speakers (quotes_speaker.c) and the stage itself (quotes.c). Internal;
 * see docs/quotes.md for the rules. */
#ifndef NM_QUOTES_INT_H
#define NM_QUOTES_INT_H

#include "doc.h"

#include <stdbool.h>
#include <stdint.h>

#define NM_QNONE UINT32_MAX
/* Dependents of one word looked at, at most: real words have a dozen; a
 * pathological parse must not make the stage quadratic. */
#define NM_Q_CHILDREN_MAX 64

/* ------------------------------------------------------------------ */
/* Quotation marks (quotes_marks.c)                                     */

enum {
  NM_QS_LEFT_OPEN = 1u << 0, /* no closing mark: runs to the paragraph end */
  NM_QS_REOPENED = 1u << 1,  /* resumes the span left open in the paragraph before */
  NM_QS_SINGLE = 1u << 2     /* single marks (‘…’), as in headlines */
};

/* One outermost quotation: the content tokens [first, last) between its
 * marks. open is NM_QNONE for a span that resumes a quotation at the start
 * of a paragraph without a new opening mark; close is NM_QNONE when the
 * paragraph ends first. Nested quotations stay inside. */
typedef struct nm_qspan {
  uint32_t open, close;
  uint32_t first, last;
  uint32_t paragraph;
  unsigned flags;
} nm_qspan;

/* Pairs the document's quotation marks, paragraph by paragraph, into
 * outermost spans (appended to out, an nm_vec of nm_qspan, in text order).
 * in_quote (one slot per token, filled with NM_QNONE by the caller) gets
 * the index of the span whose marks enclose each token, marks included.
 * Linear in the number of tokens. NM_ERR_NOMEM on failure. */
nm_status nm_quote_spans(const nm_doc *d, nm_vec *out, uint32_t *in_quote);

/* The quotation mark that token i is: 0 for none, else one of these. */
enum { NM_QM_DOUBLE = 1, NM_QM_SINGLE = 2 };
int nm_quote_mark(const nm_doc *d, size_t i);

/* ------------------------------------------------------------------ */
/* Word lists (quotes_lex.c)                                            */

/* Classes of cue verbs, by lemma. */
enum {
  NM_QV_SAY = 1u << 0,    /* communication: a quote's frame, reported speech */
  NM_QV_MANNER = 1u << 1, /* manner of speaking: a direct quote's frame only */
  NM_QV_THINK = 1u << 2,  /* thought and belief: reported with a clause */
  NM_QV_EVID = 1u << 3,   /* evidence: polls show, the study found */
  NM_QV_XCOMP = 1u << 4,  /* the content may be an infinitive: urged X to … */
  NM_QV_FOR = 1u << 5,    /* the content may be "for X": called for … */
  NM_QV_OBJ = 1u << 6     /* the content may be the object: denied the report */
};

/* Class bits of a lower-case lemma (0 when not a cue). */
unsigned nm_quote_verb_class(const char *lemma, size_t len);
/* A lemma guessed from a lower-case word form, for untagged text: the
 * form's class under its likely lemmas ("said" -> say). */
unsigned nm_quote_form_class(const char *form, size_t len);
/* Nouns that speak for someone else: spokesman, aide, lawyer … */
bool nm_quote_agent_noun(const char *lemma, size_t len);
/* Words before a quotation that make it a term: "so-called", "dubbed". */
bool nm_quote_naming_word(const char *lower, size_t len);
/* 1 when every list is sorted and without duplicates (unit tests). */
int nm_quote_lex_check(void);

/* ------------------------------------------------------------------ */
/* The stage's working state (quotes.c)                                 */

typedef struct nm_qctx {
  nm_doc *d;
  const nm_token *tok;
  uint32_t nt;
  const nm_sentence *sent;
  uint32_t ns;
  const nm_paragraph *par;
  uint32_t np;
  const nm_word_tags *tags; /* NULL when untagged */
  bool parsed;              /* heads and relations are filled */
  const nm_mention *men;
  uint32_t nmen;
  const nm_entity *ent;
  uint32_t nent;
  /* per token */
  uint32_t *mention_of;             /* mention covering the token, or NM_QNONE */
  uint32_t *parent;                 /* head as a token index, or NM_QNONE for the root */
  uint32_t *first_child, *next_sib; /* dependents, in text order */
  uint32_t *lo, *hi;                /* first and last token of the subtree */
  uint32_t *in_quote;               /* outermost quotation span, marks included */
  uint8_t *vclass;                  /* NM_QV_* of the token's lemma when it is a verb */
  /* per entity: 0 unknown, 1 male, 2 female, 3 both seen */
  uint8_t *gender;
} nm_qctx;

/* Lower-cased copy of token i's text into buf (cap bytes). Returns its
 * length, or 0 when it does not fit. */
size_t nm_q_lower(const nm_qctx *c, uint32_t i, char *buf, size_t cap);
/* Token i's text is w (ASCII case ignored). */
bool nm_q_is(const nm_qctx *c, uint32_t i, const char *w);
/* The token's UPOS, or "" when untagged. */
const char *nm_q_upos(const nm_qctx *c, uint32_t i);
/* The token's relation starts with prefix ("nsubj" matches "nsubj:pass"). */
bool nm_q_rel(const nm_qctx *c, uint32_t i, const char *prefix);
/* The token is punctuation. */
bool nm_q_punct(const nm_qctx *c, uint32_t i);

/* ------------------------------------------------------------------ */
/* Speakers (quotes_speaker.c)                                          */

typedef struct nm_qspeaker {
  uint32_t entity;    /* or NM_QNONE */
  uint32_t principal; /* or NM_QNONE */
  uint32_t ms, me;    /* the mention used, bytes; ms == me: none */
  const char *name;   /* canonical name, a description, or NULL */
  uint32_t subj;      /* subject token, or NM_QNONE */
  int pronoun_gender; /* 1 he, 2 she, 0 the subject is no such pronoun */
} nm_qspeaker;

/* The subject of cue verb v: its nsubj, or that of the verb it is a
 * conjunct, complement or participle of; for a relative clause, the noun it
 * modifies; when inverted_ok, a name right after v ("said Smith").
 * NM_QNONE when none. */
uint32_t nm_q_subject(const nm_qctx *c, uint32_t v, bool inverted_ok);
/* Token t is a unit of time from seconds to years in the times lexicon
 * ("day", "hours"; with plural set only the plural: "days"). */
bool nm_q_time_unit(const nm_qctx *c, uint32_t t, bool plural);
/* Fills *sp from subject token s (NM_QNONE: an empty speaker). Names of
 * descriptions are copied into the document arena. NM_ERR_NOMEM only. */
nm_status nm_q_speaker_from(const nm_qctx *c, uint32_t s, nm_qspeaker *sp);
/* Where a direct quotation's speaker is looked for, relative to the cue. */
enum {
  NM_QF_BETWEEN = 0, /* "“…,” Smith, the minister, said": [ra, rb) lies between mark and cue */
  NM_QF_AFTER,       /* "“…,” said Smith": [ra, rb) follows the cue */
  NM_QF_BEFORE       /* "Smith said: “…”": [ra, rb) ends at the cue */
};
/* The speaker of a direct quotation's frame: the cue's parsed subject when
 * it lies in [ra, rb), else the first (NM_QF_BETWEEN, NM_QF_AFTER) or last
 * (NM_QF_BEFORE) person or organisation named there, else the words
 * themselves as a description. Parses err around quotation marks; the
 * frame's shape does not. */
nm_status nm_q_frame_speaker(const nm_qctx *c, uint32_t cue, uint32_t ra, uint32_t rb, int where,
                             nm_qspeaker *sp);
/* The gender of every entity, from its pronouns and titles. */
void nm_q_entity_genders(nm_qctx *c);

#endif
