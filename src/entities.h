/* entities.h - the mentions and coref stages. Internal.
 *
 * mentions: the NER model's spans become NAME mentions (PLACE split into
 * GPE and LOC by the gazetteer), demonyms outside them NORP mentions, and
 * personal pronouns candidate PRONOUN mentions.
 * coref: mentions are clustered into entities per article (names and their
 * shorter forms, acronyms, a country and its other names and demonyms,
 * pronouns by salience), and each entity gets its canonical name, country
 * and title. See docs/entities.md. */
#ifndef NM_ENTITIES_H
#define NM_ENTITIES_H

#include "doc.h"
#include "gazetteer.h"
#include "ner.h"

#include <string.h>

/* The NER input for every token of a tagged document: form, tags,
 * gazetteer match (g may be NULL) and document context. *out is malloc'd
 * (NULL when the document has no tokens). */
nm_status nm_ner_doc_words(const nm_gazetteer *g, const nm_doc *d, nm_nword **out);

/* Stage "mentions": fills d->mentions (their entity fields are set by
 * nm_coref). Needs tags; uses heads when the document is parsed. */
nm_status nm_mentions_detect(const nm_ner *ner, const nm_gazetteer *g, nm_doc *d);

/* The step of nm_mentions_detect that gives each name one type per
 * article: the type most of its NAME mentions have (GPE and LOC count as
 * one place type, split again by the gazetteer g, which may be NULL); a
 * tie changes nothing. Exposed for the unit tests. */
nm_status nm_mentions_one_type(const nm_gazetteer *g, nm_doc *d);

/* Whether the word s[0..len) names an institution by itself
 * ("Parliament", "Pentagon", "Treasury"). */
bool nm_mention_org_word(const char *s, size_t len);
/* Whether s names a state's armed or police service by one word
 * ("Navy", "Army", "Police"): a longer name ending in it is that body. */
bool nm_mention_service_word(const char *s, size_t len);
/* Whether s is an institution's word a text names a body by ("the
 * Commission"), but "House". */
bool nm_mention_institution_word(const char *s, size_t len);

/* Stage "coref": clusters d->mentions into d->entities, drops pronoun
 * mentions it cannot resolve, and sets every mention's entity. */
nm_status nm_coref(const nm_gazetteer *g, nm_doc *d);

/* Moves mention mi to entity `to` (a later stage that knows better: the
 * quotations' "he said" after words that name coref's choice). Keeps both
 * entities' mention lists in text order; does nothing when the move would
 * leave the old entity without mentions or an index is out of range.
 * NM_ERR_NOMEM when the arena is full. */
nm_status nm_coref_move_mention(nm_doc *d, uint32_t mi, uint32_t to);

/* "The statement said …": the author of the text noun at token t
 * (statement, communique, declaration, letter, message), from its own
 * words ("a Foreign Ministry statement", "a statement from the army",
 * "the ministry issued a statement", "said in a statement") or, for "the
 * statement" with no words of its own, from the nearest such noun before
 * it in its sentence or the two before. The author's head token, or
 * UINT32_MAX. Needs the parse. */
uint32_t nm_coref_text_author(const nm_doc *d, uint32_t t);

/* Text of token i: its form, or its span of the document text. */
static inline const char *nm_tok_text(const nm_doc *d, size_t i, size_t *len) {
  const nm_token *t = (const nm_token *)d->tokens.data + i;
  if (t->form) {
    *len = strlen(t->form);
    return t->form;
  }
  *len = t->end - t->start;
  return d->text + t->start;
}

/* Whether tokens i.. read an age, a number and "-year-old" ("58", "-",
 * "year", "-", "old" of "a 58-year-old"), the number in digits. */
static inline bool nm_tok_year_old(const nm_doc *d, size_t i) {
  static const char *const w[] = {"-", "year", "-", "old"};
  size_t len;
  const char *x;
  if (i + 4 >= d->tokens.n) return false;
  x = nm_tok_text(d, i, &len);
  if (!len || x[0] < '0' || x[0] > '9') return false;
  for (size_t k = 0; k < 4; k++) {
    x = nm_tok_text(d, i + 1 + k, &len);
    if (len != strlen(w[k]) || memcmp(x, w[k], len) != 0) return false;
  }
  return true;
}

#endif
