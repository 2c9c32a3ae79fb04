/* test_coref.c - stage "coref": mentions clustered into entities.
 *
 * Each test writes a short invented article, segments it with a pipeline
 * that has no models, adds the mentions an NER model would have found (by
 * their text), runs nm_coref without a gazetteer and checks the entities:
 * full names and surnames, different people kept apart, gender from titles
 * and pronouns, pronouns too far from any person dropped (and the mention
 * array compacted), acronyms, numbering in order of first mention, and the
 * JSON "entities" record. People, places and organisations are invented. */
#include "doc.h"
#include "entities.h"
#include "test.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static nm_pipeline *pipe_seg; /* segmentation only */

/* A segmented document of text. */
static nm_doc *seg_doc(const char *text) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, strlen(text), &e);
  NM_CHECK(d != NULL);
  if (!d) return NULL;
  NM_CHECK_EQ_INT(nm_process(pipe_seg, d, &e), NM_OK);
  return d;
}

/* Tokens [*first, *last] spanning exactly bytes [a, b) of one sentence. */
static bool token_span(const nm_doc *d, uint32_t a, uint32_t b, size_t *first, size_t *last) {
  const nm_token *t = (const nm_token *)d->tokens.data;
  *first = *last = SIZE_MAX;
  for (size_t i = 0; i < d->tokens.n; i++) {
    if (t[i].start == a && *first == SIZE_MAX) *first = i;
    if (t[i].end == b) *last = i;
  }
  return *first != SIZE_MAX && *last != SIZE_MAX && *last >= *first &&
         t[*first].sentence == t[*last].sentence;
}

/* Adds a mention for the occ-th occurrence (from 0) of s in the text that
 * starts and ends on token boundaries ("he" in "the" does not count).
 * Mentions must be added in text order. Returns its index, or -1 after
 * failing a check. */
static long add_mention(nm_doc *d, const char *s, int occ, nm_entity_type type,
                        nm_mention_kind kind) {
  size_t first = 0, last = 0;
  uint32_t a = 0, b = 0;
  int seen = 0;
  for (const char *p = strstr(d->text, s); p; p = strstr(p + 1, s)) {
    a = (uint32_t)(p - d->text);
    b = a + (uint32_t)strlen(s);
    if (token_span(d, a, b, &first, &last) && seen++ == occ) break;
    first = SIZE_MAX;
  }
  if (first == SIZE_MAX || seen <= occ) {
    fprintf(stderr, "add_mention: \"%s\" #%d is not a span of tokens in one sentence\n", s, occ);
    NM_CHECK(false);
    return -1;
  }
  const nm_token *t = (const nm_token *)d->tokens.data;
  nm_mention *m = nm_vec_push(&d->mentions);
  NM_CHECK(m != NULL);
  if (!m) return -1;
  m->start = a;
  m->end = b;
  m->first_token = (uint32_t)first;
  m->n_tokens = (uint32_t)(last - first + 1);
  m->sentence = t[first].sentence;
  m->type = type;
  m->kind = kind;
  m->entity = UINT32_MAX;
  return (long)(d->mentions.n - 1);
}

static long name(nm_doc *d, const char *s, int occ, nm_entity_type type) {
  return add_mention(d, s, occ, type, NM_MENTION_NAME);
}
static long pron(nm_doc *d, const char *s, int occ) {
  return add_mention(d, s, occ, NM_ENT_PERSON, NM_MENTION_PRONOUN);
}

/* Checks what holds for every document after nm_coref: every mention
 * points at an entity; each entity's list is in text order, points at
 * mentions of that entity, and all lists together cover every mention
 * once; mentions stay in text order; entities are numbered in order of
 * first mention and have a name. */
static bool consistent(const nm_doc *d) {
  size_t nm, ne;
  const nm_mention *ms = nm_doc_mentions(d, &nm);
  const nm_entity *es = nm_doc_entities(d, &ne);
  bool ok = true;
  size_t covered = 0;
  for (size_t i = 0; i < nm; i++) {
    if (ms[i].entity >= ne) {
      fprintf(stderr, "mention %zu: entity %u of %zu\n", i, (unsigned)ms[i].entity, ne);
      ok = false;
    }
    if (i && ms[i].start < ms[i - 1].start) {
      fprintf(stderr, "mention %zu is out of text order\n", i);
      ok = false;
    }
  }
  uint32_t prev_first = 0;
  for (size_t e = 0; e < ne; e++) {
    if (!es[e].name || !es[e].name[0] || !es[e].n_mentions) {
      fprintf(stderr, "entity %zu has no name or no mentions\n", e);
      ok = false;
      continue;
    }
    for (uint32_t k = 0; k < es[e].n_mentions; k++) {
      uint32_t mi = es[e].mentions[k];
      if (mi >= nm || ms[mi].entity != e || (k && mi <= es[e].mentions[k - 1])) {
        fprintf(stderr, "entity %zu: mention #%u (%u) is wrong\n", e, (unsigned)k, (unsigned)mi);
        ok = false;
      }
    }
    covered += es[e].n_mentions;
    if (e && es[e].mentions[0] <= prev_first) {
      fprintf(stderr, "entity %zu is numbered out of order of first mention\n", e);
      ok = false;
    }
    prev_first = es[e].mentions[0];
  }
  if (covered != nm) {
    fprintf(stderr, "entities list %zu mentions of %zu\n", covered, nm);
    ok = false;
  }
  return ok;
}

/* Runs nm_coref and checks consistency; returns the number of entities. */
static size_t coref(nm_doc *d) {
  NM_CHECK_EQ_INT(nm_coref(NULL, d), NM_OK);
  NM_CHECK(consistent(d));
  size_t ne;
  nm_doc_entities(d, &ne);
  return ne;
}

/* The entity of mention i, or -1. */
static long ent_of(const nm_doc *d, size_t i) {
  size_t nm;
  const nm_mention *ms = nm_doc_mentions(d, &nm);
  return i < nm ? (long)ms[i].entity : -1;
}

static const char *ent_name(const nm_doc *d, long e) {
  size_t ne;
  const nm_entity *es = nm_doc_entities(d, &ne);
  return e >= 0 && (size_t)e < ne ? es[e].name : "(no entity)";
}

static long n_mentions(const nm_doc *d) {
  size_t nm;
  nm_doc_mentions(d, &nm);
  return (long)nm;
}

/* --- tests */

/* "The Navy said" after "the Marovian Navy", and a headline's "Navy"
 * before it: one body; another body's one word stays apart */
NM_TEST(armed_body_by_its_one_word) {
  nm_doc *d = seg_doc("Navy says tanker seized. The Marovian Navy said on Monday a tanker was "
                      "seized. The Navy said no one was hurt. The Treasury said nothing.");
  if (!d) return;
  name(d, "Navy", 0, NM_ENT_ORG);
  name(d, "Marovian Navy", 0, NM_ENT_ORG);
  name(d, "Navy", 2, NM_ENT_ORG);
  name(d, "Treasury", 0, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 2);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Marovian Navy");
  NM_CHECK_EQ_INT(ent_of(d, 1), 0);
  NM_CHECK_EQ_INT(ent_of(d, 2), 0);
  NM_CHECK_EQ_INT(ent_of(d, 3), 1);
  nm_doc_free(d);
}

NM_TEST(full_name_then_surname) {
  nm_doc *d = seg_doc("Xavi Lorent met officials of the Tovar Agency in Belmora. "
                      "Lorent said the talks had gone well.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Tovar Agency", 0, NM_ENT_ORG);
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "Lorent", 1, NM_ENT_PERSON);
  NM_CHECK_EQ_INT(coref(d), 3);
  NM_CHECK_EQ_INT(n_mentions(d), 4);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Xavi Lorent");
  NM_CHECK_EQ_STR(ent_name(d, 1), "Tovar Agency");
  NM_CHECK_EQ_STR(ent_name(d, 2), "Belmora");
  NM_CHECK_EQ_INT(ent_of(d, 3), 0);
  size_t ne;
  const nm_entity *es = nm_doc_entities(d, &ne);
  if (ne == 3) {
    NM_CHECK_EQ_INT(es[0].type, NM_ENT_PERSON);
    NM_CHECK_EQ_INT(es[1].type, NM_ENT_ORG);
    NM_CHECK_EQ_INT(es[2].type, NM_ENT_GPE);
    NM_CHECK_EQ_INT(es[0].n_mentions, 2);
    NM_CHECK_EQ_STR(es[0].country, "");
  }
  nm_doc_free(d);

  /* the surname first: the entity takes the full name when it comes */
  d = seg_doc("Lorent arrived on Monday. Officials said Xavi Lorent would stay a week.");
  if (!d) return;
  name(d, "Lorent", 0, NM_ENT_PERSON);
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Xavi Lorent");
  NM_CHECK_EQ_INT(ent_of(d, 1), 0);
  nm_doc_free(d);

  /* a middle name: "Xavi Lorent" is a shorter form of "Xavi Benet Lorent" */
  d = seg_doc("Xavi Benet Lorent spoke first. Xavi Lorent spoke again. Lorent left.");
  if (!d) return;
  name(d, "Xavi Benet Lorent", 0, NM_ENT_PERSON);
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Lorent", 2, NM_ENT_PERSON);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Xavi Benet Lorent");
  nm_doc_free(d);
}

/* "Lula" is "Luiz Inácio Lula da Silva": a word inside a name of three or
 * more, before a lower-case particle or as the first of two surnames; a
 * middle name before another given name is no such word */
NM_TEST(inner_name_joins) {
  nm_doc *d = seg_doc("Tiago Vasco Rumo da Costa spoke first. Rumo left. Ines Alva Serra came. "
                      "Alva stayed. Ana Maria Luz Tovar sang. Maria danced.");
  if (!d) return;
  name(d, "Tiago Vasco Rumo da Costa", 0, NM_ENT_PERSON);
  name(d, "Rumo", 1, NM_ENT_PERSON);
  name(d, "Ines Alva Serra", 0, NM_ENT_PERSON);
  name(d, "Alva", 1, NM_ENT_PERSON);
  name(d, "Ana Maria Luz Tovar", 0, NM_ENT_PERSON);
  name(d, "Maria", 1, NM_ENT_PERSON);
  NM_CHECK_EQ_INT(coref(d), 4);
  NM_CHECK_EQ_INT(ent_of(d, 1), 0);
  NM_CHECK_EQ_INT(ent_of(d, 3), 1);
  NM_CHECK_EQ_INT(ent_of(d, 5), 3);
  nm_doc_free(d);
}

NM_TEST(different_people_stay_apart) {
  nm_doc *d = seg_doc("Xavi Lorent met Ana Delgado in Belmora. Delgado thanked Lorent. "
                      "Lorent then called Delgado.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Ana Delgado", 0, NM_ENT_PERSON);
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "Delgado", 1, NM_ENT_PERSON);
  name(d, "Lorent", 1, NM_ENT_PERSON);
  name(d, "Lorent", 2, NM_ENT_PERSON);
  name(d, "Delgado", 2, NM_ENT_PERSON);
  NM_CHECK_EQ_INT(coref(d), 3);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Xavi Lorent");
  NM_CHECK_EQ_STR(ent_name(d, 1), "Ana Delgado");
  NM_CHECK_EQ_INT(ent_of(d, 3), 1);
  NM_CHECK_EQ_INT(ent_of(d, 4), 0);
  NM_CHECK_EQ_INT(ent_of(d, 5), 0);
  NM_CHECK_EQ_INT(ent_of(d, 6), 1);
  nm_doc_free(d);

  /* the same first name, different surnames; the same surname, different
   * first names */
  d = seg_doc("Xavi Lorent and Xavi Marten met Teo Lorent.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Xavi Marten", 0, NM_ENT_PERSON);
  name(d, "Teo Lorent", 0, NM_ENT_PERSON);
  NM_CHECK_EQ_INT(coref(d), 3);
  nm_doc_free(d);
}

NM_TEST(gender_from_titles_and_pronouns) {
  /* "she" does not join a man */
  nm_doc *d = seg_doc("Mr. Xavi Lorent spoke on Monday. She left early.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  pron(d, "She", 0);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_INT(n_mentions(d), 1); /* the pronoun is dropped */
  nm_doc_free(d);

  /* "he" does */
  d = seg_doc("Mr. Xavi Lorent spoke on Monday. He left early.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  pron(d, "He", 0);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_INT(n_mentions(d), 2);
  NM_CHECK_EQ_INT(ent_of(d, 1), 0);
  nm_doc_free(d);

  /* a woman and a man: each pronoun finds its own, whichever is nearer */
  d = seg_doc("Ms. Ana Delgado met Mr. Xavi Lorent in Belmora. She thanked him.");
  if (!d) return;
  name(d, "Ana Delgado", 0, NM_ENT_PERSON);
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Belmora", 0, NM_ENT_GPE);
  pron(d, "She", 0);
  pron(d, "him", 0);
  NM_CHECK_EQ_INT(coref(d), 3);
  NM_CHECK_EQ_INT(n_mentions(d), 5);
  NM_CHECK_EQ_INT(ent_of(d, 3), 0);
  NM_CHECK_EQ_INT(ent_of(d, 4), 1);
  nm_doc_free(d);

  /* "Mrs." too; a pronoun never joins a place or an organisation */
  d = seg_doc("Mrs. Ana Delgado visited the Tovar Agency. He was not there.");
  if (!d) return;
  name(d, "Ana Delgado", 0, NM_ENT_PERSON);
  name(d, "Tovar Agency", 0, NM_ENT_ORG);
  pron(d, "He", 0);
  NM_CHECK_EQ_INT(coref(d), 2);
  NM_CHECK_EQ_INT(n_mentions(d), 2);
  nm_doc_free(d);
}

/* "her", "hers" and "herself" are feminine like "she". */
/* Given names of news from elsewhere carry their gender too. */
/* Whether, in "A met B on Monday. P left early.", pronoun p joins the
 * person named first (a) rather than the second (b); -1 when the
 * document cannot be built. */
static int pronoun_joins_first(const char *a, const char *b, const char *p) {
  char text[160];
  snprintf(text, sizeof text, "%s met %s on Monday. %s left early.", a, b, p);
  nm_doc *d = seg_doc(text);
  if (!d) return -1;
  name(d, a, 0, NM_ENT_PERSON);
  name(d, b, 0, NM_ENT_PERSON);
  pron(d, p, 0);
  coref(d);
  int r = n_mentions(d) == 3 && ent_of(d, 2) == ent_of(d, 0);
  nm_doc_free(d);
  return r;
}

NM_TEST(names_from_elsewhere) {
  NM_CHECK_EQ_INT(pronoun_joins_first("Oskar Lind", "Marta Novak", "He"), 1);
}

NM_TEST(her_is_feminine) {
  nm_doc *d = seg_doc("Ms. Ana Delgado met Mr. Xavi Lorent. Lorent thanked her.");
  if (!d) return;
  name(d, "Ana Delgado", 0, NM_ENT_PERSON);
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Lorent", 1, NM_ENT_PERSON);
  pron(d, "her", 0);
  NM_CHECK_EQ_INT(coref(d), 2);
  NM_CHECK_EQ_INT(n_mentions(d), 4);
  NM_CHECK_EQ_INT(ent_of(d, 3), 0); /* Ana Delgado, not the nearer man */
  nm_doc_free(d);

  /* with only a man in reach, "her" and "herself" are dropped */
  d = seg_doc("Mr. Xavi Lorent said he would call her. The call was for herself alone.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  pron(d, "he", 0);
  pron(d, "her", 0);
  pron(d, "herself", 0);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_INT(n_mentions(d), 2);
  nm_doc_free(d);

  /* a person of unknown gender takes the gender of the first pronoun that
   * joins it: after "her", a "he" finds no one */
  d = seg_doc("Teo Marten arrived. Officials greeted her. He was not there.");
  if (!d) return;
  name(d, "Teo Marten", 0, NM_ENT_PERSON);
  pron(d, "her", 0);
  pron(d, "He", 0);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_INT(n_mentions(d), 2);
  NM_CHECK_EQ_INT(ent_of(d, 1), 0);
  if (n_mentions(d) == 2) NM_CHECK(!strncmp(d->text + nm_doc_mentions(d, NULL)[1].start, "her", 3));
  nm_doc_free(d);
}

NM_TEST(pronoun_out_of_reach_is_dropped) {
  /* "He" seven sentences after the only person (the window is six): dropped */
  nm_doc *d = seg_doc("Xavi Lorent arrived in Belmora. The Tovar Agency opened an office. "
                      "Trade grew. Prices fell. Rain came. Roads closed. Shops shut. "
                      "He stayed home.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "Tovar Agency", 0, NM_ENT_ORG);
  pron(d, "He", 0);
  size_t ns;
  nm_doc_sentences(d, &ns);
  NM_CHECK_EQ_INT(ns, 8);
  NM_CHECK_EQ_INT(((const nm_mention *)d->mentions.data)[3].sentence, 7);
  NM_CHECK_EQ_INT(coref(d), 3);
  NM_CHECK_EQ_INT(n_mentions(d), 3);
  nm_doc_free(d);

  /* six sentences after: kept */
  d = seg_doc("Xavi Lorent arrived in Belmora. The Tovar Agency opened an office. "
              "Trade grew. Prices fell. Rain came. Roads closed. He stayed home.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "Tovar Agency", 0, NM_ENT_ORG);
  pron(d, "He", 0);
  NM_CHECK_EQ_INT(((const nm_mention *)d->mentions.data)[3].sentence, 6);
  NM_CHECK_EQ_INT(coref(d), 3);
  NM_CHECK_EQ_INT(n_mentions(d), 4);
  NM_CHECK_EQ_INT(ent_of(d, 3), 0);
  nm_doc_free(d);

  /* dropped pronouns in the middle: the array is compacted, entity lists
   * and indices follow */
  d = seg_doc("He spoke first. Officials of the Tovar Agency met in Belmora. "
              "It rained. It rained again. Later she left. Xavi Lorent and the "
              "Tovar Agency disagreed. He left Belmora.");
  if (!d) return;
  pron(d, "He", 0);                          /* no one before it */
  name(d, "Tovar Agency", 0, NM_ENT_ORG);   /* 0 after compaction */
  name(d, "Belmora", 0, NM_ENT_GPE);        /* 1 */
  pron(d, "she", 0);                         /* no person at all */
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON); /* 2 */
  name(d, "Tovar Agency", 1, NM_ENT_ORG);   /* 3 */
  pron(d, "He", 1);                          /* 4: Xavi Lorent */
  name(d, "Belmora", 1, NM_ENT_GPE);        /* 5 */
  NM_CHECK_EQ_INT(coref(d), 3);
  NM_CHECK_EQ_INT(n_mentions(d), 6);
  size_t nm, ne;
  const nm_mention *ms = nm_doc_mentions(d, &nm);
  const nm_entity *es = nm_doc_entities(d, &ne);
  if (nm == 6 && ne == 3) {
    NM_CHECK_EQ_STR(es[0].name, "Tovar Agency");
    NM_CHECK_EQ_STR(es[1].name, "Belmora");
    NM_CHECK_EQ_STR(es[2].name, "Xavi Lorent");
    NM_CHECK_EQ_INT(es[0].n_mentions, 2);
    NM_CHECK_EQ_INT(es[0].mentions[0], 0);
    NM_CHECK_EQ_INT(es[0].mentions[1], 3);
    NM_CHECK_EQ_INT(es[1].mentions[1], 5);
    NM_CHECK_EQ_INT(es[2].n_mentions, 2);
    NM_CHECK_EQ_INT(es[2].mentions[1], 4);
    NM_CHECK_EQ_INT(ms[4].kind, NM_MENTION_PRONOUN);
    NM_CHECK(!strncmp(d->text + ms[4].start, "He", 2));
    NM_CHECK_EQ_INT(ms[1].start, (uint32_t)(strstr(d->text, "Belmora") - d->text));
  }
  nm_doc_free(d);
}

NM_TEST(acronyms) {
  /* expansion first */
  nm_doc *d = seg_doc("The Tovar Regional Agency opened in Belmora. TRA officials said "
                      "the Agency for Coastal Development would help. ACD agreed, but TRB did not.");
  if (!d) return;
  name(d, "Tovar Regional Agency", 0, NM_ENT_ORG);
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "TRA", 0, NM_ENT_ORG);
  name(d, "Agency for Coastal Development", 0, NM_ENT_ORG);
  name(d, "ACD", 0, NM_ENT_ORG);
  name(d, "TRB", 0, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 4);
  NM_CHECK_EQ_INT(ent_of(d, 2), 0);
  NM_CHECK_EQ_INT(ent_of(d, 4), 2); /* "for" is not an initial */
  NM_CHECK_EQ_INT(ent_of(d, 5), 3);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Tovar Regional Agency");
  NM_CHECK_EQ_STR(ent_name(d, 2), "Agency for Coastal Development");
  nm_doc_free(d);

  /* acronym first, with dots: the expansion becomes the name */
  d = seg_doc("T.R.A. inspectors arrived. The Tovar Regional Agency said they would stay.");
  if (!d) return;
  name(d, "T.R.A.", 0, NM_ENT_ORG);
  name(d, "Tovar Regional Agency", 0, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Tovar Regional Agency");
  nm_doc_free(d);

  /* in brackets right after its name, an acronym may take letters from
   * inside the words (Schwartz and Hearst); elsewhere it may not */
  d = seg_doc("The Tovar Community of Coastal States (TOCOCS) met. TOCOCS said the Tovar Community "
              "of Coastal States would act, and TCCS agreed.");
  if (!d) return;
  name(d, "Tovar Community of Coastal States", 0, NM_ENT_ORG);
  name(d, "TOCOCS", 0, NM_ENT_ORG);
  name(d, "TOCOCS", 1, NM_ENT_ORG);
  name(d, "Tovar Community of Coastal States", 1, NM_ENT_ORG);
  name(d, "TCCS", 0, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_INT(ent_of(d, 1), 0);
  NM_CHECK_EQ_INT(ent_of(d, 2), 0);
  NM_CHECK_EQ_INT(ent_of(d, 4), 0);
  nm_doc_free(d);
  d = seg_doc("The Tovar Community of Coastal States met. TOCOCS said no.");
  if (!d) return;
  name(d, "Tovar Community of Coastal States", 0, NM_ENT_ORG);
  name(d, "TOCOCS", 0, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 2);
  nm_doc_free(d);
  d = seg_doc("The Tovar Community of Coastal States (TOXCS) met.");
  if (!d) return;
  name(d, "Tovar Community of Coastal States", 0, NM_ENT_ORG);
  name(d, "TOXCS", 0, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 2);
  nm_doc_free(d);

  /* an acronym does not join a person of the same initials */
  d = seg_doc("Xavi Lorent spoke. XL then closed.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "XL", 0, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 2);
  nm_doc_free(d);
}

/* "the agency" is the organisation an apposition called an agency, not
 * the latest organisation named */
NM_TEST(description_from_apposition) {
  nm_doc *d = seg_doc("Velt called for the closure of FARA, the UN agency for herders, which "
                      "feeds the north. Donors froze aid to FARA pending a U.N. review, but Velt "
                      "said the agency is vital.");
  if (!d) return;
  name(d, "Velt", 0, NM_ENT_PERSON);
  name(d, "FARA", 0, NM_ENT_ORG);
  name(d, "UN", 0, NM_ENT_ORG);
  name(d, "FARA", 1, NM_ENT_ORG);
  name(d, "U.N.", 0, NM_ENT_ORG);
  name(d, "Velt", 1, NM_ENT_PERSON);
  add_mention(d, "the agency", 0, NM_ENT_ORG, NM_MENTION_NOMINAL);
  coref(d);
  NM_CHECK_EQ_INT(ent_of(d, 6), ent_of(d, 1));
  NM_CHECK(ent_of(d, 6) != ent_of(d, 4));
  nm_doc_free(d);
}

/* "the party" is a body the story described as a party by an apposition
 * of up to seven words after an article, though its name does not end in
 * the word ("the PAIGC, the country's largest opposition party,"), and
 * no other body without that description. */
NM_TEST(party_by_apposition) {
  const char *texts[] = {
      "Nhaga is a member of the PAIGC, the country's largest opposition party. The Tovar Agency "
      "met. The party said he was taken.",
      "Nhaga is a member of the PAIGC, which is large. The Tovar Agency met. The party said he "
      "was taken."};
  for (int k = 0; k < 2; k++) {
    nm_doc *d = seg_doc(texts[k]);
    if (!d) return;
    name(d, "Nhaga", 0, NM_ENT_PERSON);
    name(d, "PAIGC", 0, NM_ENT_ORG);
    name(d, "Tovar Agency", 0, NM_ENT_ORG);
    add_mention(d, "The party", 0, NM_ENT_ORG, NM_MENTION_NOMINAL);
    coref(d);
    if (k == 0) NM_CHECK_EQ_INT(ent_of(d, 3), ent_of(d, 1));
    else NM_CHECK(ent_of(d, 3) != ent_of(d, 1));
    NM_CHECK(ent_of(d, 3) != ent_of(d, 2));
    nm_doc_free(d);
  }
}

/* "the agency" is a body whose name ends in "Agency" over another the
 * story named as often or more ("the U.N." twice) */
NM_TEST(agency_by_its_name_s_last_word) {
  nm_doc *d = seg_doc("The Tovar Agency met. The U.N. spoke. The U.N. agreed. Iran notified the "
                      "agency.");
  if (!d) return;
  name(d, "Tovar Agency", 0, NM_ENT_ORG);
  name(d, "U.N.", 0, NM_ENT_ORG);
  name(d, "U.N.", 1, NM_ENT_ORG);
  name(d, "Iran", 0, NM_ENT_GPE);
  add_mention(d, "the agency", 0, NM_ENT_ORG, NM_MENTION_NOMINAL);
  coref(d);
  NM_CHECK_EQ_INT(ent_of(d, 4), ent_of(d, 0));
  nm_doc_free(d);
}

/* In "M23 rebels took the town. <body> experts say Rwanda backs them.
 * Rwanda denies supporting <desc>.", whether desc (mention 4) joins M23
 * (mention 0), and in *with_body whether it joins body (mention 1); false
 * when the document cannot be built. */
static bool group_joins_m23(const char *body, const char *desc, bool *with_body) {
  char text[200];
  snprintf(text, sizeof text,
           "M23 rebels took the town. %s experts say Rwanda backs them. Rwanda denies "
           "supporting %s.",
           body, desc);
  nm_doc *d = seg_doc(text);
  if (!d) return false;
  name(d, "M23", 0, NM_ENT_ORG);
  name(d, body, 0, NM_ENT_ORG);
  name(d, "Rwanda", 0, NM_ENT_GPE);
  name(d, "Rwanda", 1, NM_ENT_GPE);
  add_mention(d, desc, 0, NM_ENT_ORG, NM_MENTION_NOMINAL);
  coref(d);
  bool m23 = ent_of(d, 4) == ent_of(d, 0);
  *with_body = ent_of(d, 4) == ent_of(d, 1);
  nm_doc_free(d);
  return m23;
}

/* "the group" is no international or state body: the armed group named
 * before the United Nations, not the United Nations */
NM_TEST(group_is_no_official_body) {
  bool body = true;
  NM_CHECK(group_joins_m23("United Nations", "the group", &body));
  NM_CHECK(!body);
  /* nor is an international body named by its initials */
  NM_CHECK(group_joins_m23("U.N.", "the militia", &body));
  /* nor a peacekeeping mission ("which the militant group denies" after
   * UNIFIL's bases) */
  NM_CHECK(group_joins_m23("UNIFIL", "the militant group", &body));
  NM_CHECK(!body);
  /* nor a company ("Nordhavn Lines") */
  NM_CHECK(group_joins_m23("Nordhavn Lines", "the group", &body));
  NM_CHECK(!body);
}

/* Whether, in text, the name Ana Delgado joins the description
 * "Belmora's foreign minister"; other is a name before them, or NULL. */
static bool holder_joins(const char *text, const char *other) {
  nm_doc *d = seg_doc(text);
  if (!d) return false;
  if (other) name(d, other, 0, NM_ENT_PERSON);
  add_mention(d, "Belmora's foreign minister", 0, NM_ENT_PERSON, NM_MENTION_NOMINAL);
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "Ana Delgado", 0, NM_ENT_PERSON);
  coref(d);
  size_t n = 0;
  const nm_mention *m = nm_doc_mentions(d, &n);
  uint32_t desc = UINT32_MAX, named = UINT32_MAX - 1;
  for (size_t i = 0; i < n; i++) {
    size_t len = m[i].end - m[i].start;
    if (len == strlen("Belmora's foreign minister")) desc = m[i].entity;
    if (len == strlen("Ana Delgado") && !memcmp(text + m[i].start, "Ana Delgado", len))
      named = m[i].entity;
  }
  nm_doc_free(d);
  return desc == named;
}

/* A described person named later is the named one ("Belmora's foreign
 * minister ... Foreign Minister Ana Delgado"), when no one else holds the
 * title; with two named holders the description stays apart. */
NM_TEST(description_then_its_holder) {
  NM_CHECK(holder_joins("Belmora's foreign minister accused Tarvia on Monday. Foreign Minister "
                        "Ana Delgado told reporters the images were clear.",
                        NULL));
  NM_CHECK(!holder_joins("Foreign Minister Xavi Lorent met Belmora's foreign minister on "
                         "Monday. Foreign Minister Ana Delgado told reporters the talks were good.",
                         "Xavi Lorent"));
}

/* The news agency of a dateline is no antecedent of "the group". */
NM_TEST(dateline_agency_is_no_antecedent) {
  nm_doc *d = seg_doc("BELMORA (Wire) — Fighters shelled the port on Monday. The group denied "
                      "any role in the attack.");
  if (!d) return;
  NM_CHECK(d->has_dateline);
  name(d, "Wire", 0, NM_ENT_ORG);
  add_mention(d, "The group", 0, NM_ENT_ORG, NM_MENTION_NOMINAL);
  coref(d);
  NM_CHECK_EQ_INT(n_mentions(d), 1); /* the description is left unresolved */
  nm_doc_free(d);
}

/* A title's words must be the holder's: "the interior minister" is not
 * Prime Minister Lorent, "the prime minister" is. */
NM_TEST(title_words_must_match) {
  nm_doc *d = seg_doc("Prime Minister Xavi Lorent spoke on Monday. The interior minister "
                      "resigned. The prime minister left.");
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  add_mention(d, "The interior minister", 0, NM_ENT_PERSON, NM_MENTION_NOMINAL);
  add_mention(d, "The prime minister", 0, NM_ENT_PERSON, NM_MENTION_NOMINAL);
  coref(d);
  size_t n = 0;
  const nm_mention *m = nm_doc_mentions(d, &n);
  int interior = 0, prime = 0;
  for (size_t i = 0; i < n; i++) {
    const char *t = d->text + m[i].start;
    if (!strncmp(t, "The interior", 12)) interior = m[i].entity == m[0].entity ? 1 : 2;
    if (!strncmp(t, "The prime", 9)) prime = m[i].entity == m[0].entity;
  }
  NM_CHECK(interior != 1); /* dropped (0) or apart (2) */
  NM_CHECK(prime == 1);
  nm_doc_free(d);
}

NM_TEST(numbered_by_first_mention) {
  nm_doc *d = seg_doc("Belmora hosted the talks. Xavi Lorent came from Vantor. "
                      "In Belmora, Lorent met the Tovar Agency. Vantor sent Ana Delgado.");
  if (!d) return;
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Vantor", 0, NM_ENT_GPE);
  name(d, "Belmora", 1, NM_ENT_GPE);
  name(d, "Lorent", 1, NM_ENT_PERSON);
  name(d, "Tovar Agency", 0, NM_ENT_ORG);
  name(d, "Vantor", 1, NM_ENT_GPE);
  name(d, "Ana Delgado", 0, NM_ENT_PERSON);
  NM_CHECK_EQ_INT(coref(d), 5);
  static const char *const want[] = {"Belmora", "Xavi Lorent", "Vantor", "Tovar Agency",
                                     "Ana Delgado"};
  for (long e = 0; e < 5; e++)
    NM_CHECK_EQ_STR(ent_name(d, e), want[e]);
  static const long ents[] = {0, 1, 2, 0, 1, 3, 2, 4};
  for (size_t i = 0; i < 8; i++)
    NM_CHECK_EQ_INT(ent_of(d, i), ents[i]);
  nm_doc_free(d);
}

/* "the Taliban-run Foreign Ministry" and "Gondor's Foreign Ministry": a
 * body's common name with two owners before it is two bodies; one with no
 * owner before it joins the last */
NM_TEST(common_body_name_of_two_owners) {
  nm_doc *d = seg_doc("The Taliban-run Foreign Ministry protested. Gondor's Foreign Ministry "
                      "called for calm. The Foreign Ministry later added a line.");
  if (!d) return;
  name(d, "Foreign Ministry", 0, NM_ENT_ORG);
  name(d, "Foreign Ministry", 1, NM_ENT_ORG);
  name(d, "Foreign Ministry", 2, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 2);
  NM_CHECK(ent_of(d, 0) != ent_of(d, 1));
  NM_CHECK_EQ_INT(ent_of(d, 2), ent_of(d, 1));
  nm_doc_free(d);
}

/* "the bloc" is a union of states named before, not the body named most */
NM_TEST(bloc_is_a_union_of_states) {
  nm_doc *d = seg_doc("The United Nations said the arrests were alarming. The United Nations "
                      "asked for access. The European Union said the bloc would act.");
  if (!d) return;
  name(d, "United Nations", 0, NM_ENT_ORG);
  name(d, "United Nations", 1, NM_ENT_ORG);
  name(d, "European Union", 0, NM_ENT_ORG);
  add_mention(d, "the bloc", 0, NM_ENT_ORG, NM_MENTION_NOMINAL);
  coref(d);
  NM_CHECK_EQ_INT(ent_of(d, 3), ent_of(d, 2));
  nm_doc_free(d);
}

NM_TEST(same_name_joins) {
  nm_doc *d = seg_doc("Belmora is calm. The Tovar Agency says BELMORA is safe. "
                      "Belmora and the Tovar Agency agree.");
  if (!d) return;
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "Tovar Agency", 0, NM_ENT_ORG);
  name(d, "BELMORA", 0, NM_ENT_GPE);
  name(d, "Belmora", 1, NM_ENT_GPE);
  name(d, "Tovar Agency", 1, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 2);
  NM_CHECK_EQ_INT(ent_of(d, 2), 0);
  NM_CHECK_EQ_INT(ent_of(d, 3), 0);
  NM_CHECK_EQ_INT(ent_of(d, 4), 1);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Belmora"); /* the first spelling */
  nm_doc_free(d);
}

/* A demonym or a group the gazetteer lacks joins its own name only, not a
 * person or place of that name. */
NM_TEST(same_group_name_joins) {
  nm_doc *d = seg_doc("Belmoran herders marched. Belmoran farmers joined them. "
                      "Later the Belmoran spoke to Democrats, and Democrats left.");
  if (!d) return;
  name(d, "Belmoran", 0, NM_ENT_NORP);
  name(d, "Belmoran", 1, NM_ENT_NORP);
  name(d, "Belmoran", 2, NM_ENT_PERSON);
  name(d, "Democrats", 0, NM_ENT_NORP);
  name(d, "Democrats", 1, NM_ENT_NORP);
  NM_CHECK_EQ_INT(coref(d), 3);
  NM_CHECK_EQ_INT(ent_of(d, 0), ent_of(d, 1));
  NM_CHECK(ent_of(d, 2) != ent_of(d, 0));
  NM_CHECK_EQ_INT(ent_of(d, 3), ent_of(d, 4));
  nm_doc_free(d);
}

/* "southern Gaza" is Gaza: a lower-case compass word before a place's
 * name joins it to the place, whose name stays the canonical one */
NM_TEST(compass_word_joins_the_place) {
  nm_doc *d = seg_doc("Belmora is calm. Shelling hit southern Belmora on Monday.");
  if (!d) return;
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "southern Belmora", 0, NM_ENT_GPE);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Belmora");
  nm_doc_free(d);
  /* the other order: the name itself is canonical */
  d = seg_doc("Shelling hit southern Belmora on Monday. Belmora is calm.");
  if (!d) return;
  name(d, "southern Belmora", 0, NM_ENT_GPE);
  name(d, "Belmora", 1, NM_ENT_GPE);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Belmora");
  nm_doc_free(d);
}

/* A dateline's capitals first, then the article's own case: the name is
 * written as the article writes it. */
NM_TEST(dateline_capitals_give_way) {
  nm_doc *d = seg_doc("PORT BELMORA (AP) - Rain fell. Port Belmora is calm.");
  if (!d) return;
  name(d, "PORT BELMORA", 0, NM_ENT_GPE);
  name(d, "Port Belmora", 0, NM_ENT_GPE);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_STR(ent_name(d, 0), "Port Belmora");
  nm_doc_free(d);
  /* an acronym stays as written: too short to be shouted */
  d = seg_doc("The UNO met. The UNO said no.");
  if (!d) return;
  name(d, "UNO", 0, NM_ENT_ORG);
  name(d, "UNO", 1, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 1);
  NM_CHECK_EQ_STR(ent_name(d, 0), "UNO");
  nm_doc_free(d);
}

NM_TEST(empty_documents) {
  nm_doc *d = seg_doc("");
  if (!d) return;
  NM_CHECK_EQ_INT(coref(d), 0);
  NM_CHECK_EQ_INT(n_mentions(d), 0);
  nm_doc_free(d);
  d = seg_doc("Nothing was named in this short text. It rained.");
  if (!d) return;
  NM_CHECK_EQ_INT(coref(d), 0);
  NM_CHECK_EQ_INT(n_mentions(d), 0);
  nm_doc_free(d);
  /* only unresolvable pronouns: all dropped */
  d = seg_doc("He said she would come.");
  if (!d) return;
  pron(d, "He", 0);
  pron(d, "she", 0);
  NM_CHECK_EQ_INT(coref(d), 0);
  NM_CHECK_EQ_INT(n_mentions(d), 0);
  nm_doc_free(d);
  NM_CHECK_EQ_STR(nm_entity_type_name(NM_ENT_PERSON), "PERSON");
  NM_CHECK_EQ_STR(nm_entity_type_name(NM_ENT_ORG), "ORG");
  NM_CHECK_EQ_STR(nm_entity_type_name(NM_ENT_GPE), "GPE");
  NM_CHECK_EQ_STR(nm_entity_type_name(NM_ENT_LOC), "LOC");
  NM_CHECK_EQ_STR(nm_entity_type_name(NM_ENT_NORP), "NORP");
  NM_CHECK_EQ_STR(nm_entity_type_name(NM_ENT_MISC), "MISC");
  NM_CHECK_EQ_STR(nm_mention_kind_name(NM_MENTION_NAME), "name");
  NM_CHECK_EQ_STR(nm_mention_kind_name(NM_MENTION_NOMINAL), "nominal");
  NM_CHECK_EQ_STR(nm_mention_kind_name(NM_MENTION_PRONOUN), "pronoun");
}

/* Many mentions: the tables grow, every entity stays consistent. */
NM_TEST(many_mentions) {
  enum { N = 400 };
  static char text[N * 48];
  size_t len = 0;
  for (int i = 0; i < N; i++)
    len += (size_t)snprintf(text + len, sizeof text - len, "Mr. Vel%c%c Tor%c%c spoke. Tor%c%c left. He smiled. ",
                            'a' + i % 26, 'a' + i / 26, 'a' + i % 26, 'a' + i / 26,
                            'a' + i % 26, 'a' + i / 26);
  nm_doc *d = seg_doc(text);
  if (!d) return;
  int added = 0;
  for (int i = 0; i < N; i++) {
    char full[32], sur[16];
    snprintf(full, sizeof full, "Vel%c%c Tor%c%c", 'a' + i % 26, 'a' + i / 26, 'a' + i % 26,
             'a' + i / 26);
    snprintf(sur, sizeof sur, "Tor%c%c", 'a' + i % 26, 'a' + i / 26);
    added += name(d, full, 0, NM_ENT_PERSON) >= 0;
    added += name(d, sur, 1, NM_ENT_PERSON) >= 0;
    added += pron(d, "He", i) >= 0;
  }
  NM_CHECK_EQ_INT(added, 3 * N);
  NM_CHECK_EQ_INT(coref(d), N);
  NM_CHECK_EQ_INT(n_mentions(d), 3 * N);
  size_t ne;
  const nm_entity *es = nm_doc_entities(d, &ne);
  size_t three = 0;
  for (size_t e = 0; e < ne; e++)
    three += es[e].n_mentions == 3;
  NM_CHECK_EQ_INT(three, N);
  nm_doc_free(d);
}

/* --- JSON */

typedef struct sink {
  char *buf;
  size_t len, cap;
} sink;

static int sink_write(void *ctx, const char *b, size_t n) {
  sink *s = ctx;
  if (s->len + n + 1 > s->cap) {
    size_t cap = (s->len + n + 1) * 2;
    char *p = realloc(s->buf, cap);
    if (!p) return 1;
    s->buf = p;
    s->cap = cap;
  }
  memcpy(s->buf + s->len, b, n);
  s->len += n;
  s->buf[s->len] = 0;
  return 0;
}

static void expect_in(const char *json, const char *want) {
  if (!json || !strstr(json, want)) {
    fprintf(stderr, "not in the JSON: %s\nJSON: %s\n", want, json ? json : "(none)");
    NM_CHECK(false);
  }
}

NM_TEST(json_entities) {
  const char *text = "Xavi Lorent met officials of the Tovar Agency in Belmora. "
                     "Lorent said he was \"pleased\".";
  nm_doc *d = seg_doc(text);
  if (!d) return;
  name(d, "Xavi Lorent", 0, NM_ENT_PERSON);
  name(d, "Tovar Agency", 0, NM_ENT_ORG);
  name(d, "Belmora", 0, NM_ENT_GPE);
  name(d, "Lorent", 1, NM_ENT_PERSON);
  pron(d, "he", 0);
  NM_CHECK_EQ_INT(coref(d), 3);
  sink s = {NULL, 0, 0};
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_write_json(d, 0, sink_write, &s, &e), NM_OK);
  long lo = (long)(strstr(text + 1, "Lorent said") - text), he = (long)(strstr(text, " he ") - text) + 1;
  char want[512];
  expect_in(s.buf, "\"entities\":[{\"id\":\"E1\",\"name\":\"Xavi Lorent\",\"type\":\"PERSON\",");
  snprintf(want, sizeof want,
           "\"mentions\":[{\"start\":0,\"end\":11,\"text\":\"Xavi Lorent\",\"kind\":\"name\"},"
           "{\"start\":%ld,\"end\":%ld,\"text\":\"Lorent\",\"kind\":\"name\"},"
           "{\"start\":%ld,\"end\":%ld,\"text\":\"he\",\"kind\":\"pronoun\"}]}",
           lo, lo + 6, he, he + 2);
  expect_in(s.buf, want);
  long ta = (long)(strstr(text, "Tovar") - text), be = (long)(strstr(text, "Belmora") - text);
  snprintf(want, sizeof want,
           "{\"id\":\"E2\",\"name\":\"Tovar Agency\",\"type\":\"ORG\",\"country\":null,"
           "\"title\":null,\"code\":null,\"code_reason\":null,\"mentions\":[{\"start\":%ld,\"end\":%ld,\"text\":\"Tovar Agency\","
           "\"kind\":\"name\"}]}",
           ta, ta + 12);
  expect_in(s.buf, want);
  snprintf(want, sizeof want,
           "{\"id\":\"E3\",\"name\":\"Belmora\",\"type\":\"GPE\",\"country\":null,"
           "\"title\":null,\"code\":null,\"code_reason\":null,\"mentions\":[{\"start\":%ld,\"end\":%ld,\"text\":\"Belmora\","
           "\"kind\":\"name\"}]}]",
           be, be + 7);
  expect_in(s.buf, want);
  NM_CHECK(s.buf && !strstr(s.buf, "\"E4\""));
  free(s.buf);
  nm_doc_free(d);

  /* no entities: an empty array */
  d = seg_doc("It rained.");
  if (!d) return;
  NM_CHECK_EQ_INT(coref(d), 0);
  s = (sink){NULL, 0, 0};
  NM_CHECK_EQ_INT(nm_write_json(d, 0, sink_write, &s, &e), NM_OK);
  expect_in(s.buf, "\"entities\":[],");
  free(s.buf);
  nm_doc_free(d);

  /* a name with quotes and a backslash is escaped */
  d = seg_doc("Officials of Tovar\\Agency met.");
  if (!d) return;
  name(d, "Tovar\\Agency", 0, NM_ENT_ORG);
  NM_CHECK_EQ_INT(coref(d), 1);
  s = (sink){NULL, 0, 0};
  NM_CHECK_EQ_INT(nm_write_json(d, 0, sink_write, &s, &e), NM_OK);
  expect_in(s.buf, "\"name\":\"Tovar\\\\Agency\"");
  free(s.buf);
  nm_doc_free(d);
}

/* A name the model typed differently in different sentences takes the
 * type most of its mentions have; a tie and other kinds of mention are
 * left alone. */
NM_TEST(one_type_per_name) {
  nm_doc *d = seg_doc("Kestra opened. Talks in Kestra went on. Kestra was calm. "
                      "Velm spoke. Velm grew. The agency said Velm would stay.");
  if (!d) return;
  long k0 = name(d, "Kestra", 0, NM_ENT_PERSON), k1 = name(d, "Kestra", 1, NM_ENT_GPE),
       k2 = name(d, "Kestra", 2, NM_ENT_GPE), v0 = name(d, "Velm", 0, NM_ENT_PERSON),
       v1 = name(d, "Velm", 1, NM_ENT_ORG),
       ag = add_mention(d, "The agency", 0, NM_ENT_ORG, NM_MENTION_NOMINAL),
       v2 = add_mention(d, "Velm", 2, NM_ENT_PERSON, NM_MENTION_NOMINAL);
  NM_CHECK(k0 >= 0 && k1 >= 0 && k2 >= 0 && v0 >= 0 && v1 >= 0 && ag >= 0 && v2 >= 0);
  NM_CHECK_EQ_INT(nm_mentions_one_type(NULL, d), NM_OK);
  const nm_mention *m = (const nm_mention *)d->mentions.data;
  if (k0 >= 0 && k1 >= 0 && k2 >= 0 && v0 >= 0 && v1 >= 0 && ag >= 0 && v2 >= 0) {
    NM_CHECK_EQ_INT(m[k0].type, NM_ENT_GPE); /* two places outvote one person */
    NM_CHECK_EQ_INT(m[k1].type, NM_ENT_GPE);
    NM_CHECK_EQ_INT(m[k2].type, NM_ENT_GPE);
    NM_CHECK_EQ_INT(m[v0].type, NM_ENT_PERSON); /* a tie (the nominal does not vote) */
    NM_CHECK_EQ_INT(m[v1].type, NM_ENT_ORG);
    NM_CHECK_EQ_INT(m[ag].type, NM_ENT_ORG);
    NM_CHECK_EQ_INT(m[v2].type, NM_ENT_PERSON);
  }
  nm_doc_free(d);
}

/* "Jean" alone is a woman's name in English, but "Jean-Paul" (Jean and a
 * hyphen) is a man's: "he" joins him, not a woman named nearer. */
NM_TEST(jean_and_a_hyphen_is_a_man) {
  NM_CHECK_EQ_INT(pronoun_joins_first("Jean-Paul Mukendi", "Marta Novak", "He"), 1);
  /* "Jean" alone is a woman's in English and a man's in French: neither
   * (a Haitian gang leader's "his" is his own) */
  NM_CHECK_EQ_INT(pronoun_joins_first("Jean Mukendi", "Oskar Lind", "She"), 1);
  NM_CHECK_EQ_INT(pronoun_joins_first("Jean Mukendi", "Marta Novak", "He"), 1);
}

int main(void) {
  nm_error e = {NM_OK, NULL, 0};
  pipe_seg = nm_pipeline_new(NULL, &e);
  if (!pipe_seg) {
    fprintf(stderr, "nm_pipeline_new failed\n");
    return 1;
  }
  NM_RUN(full_name_then_surname);
  NM_RUN(armed_body_by_its_one_word);
  NM_RUN(different_people_stay_apart);
  NM_RUN(inner_name_joins);
  NM_RUN(gender_from_titles_and_pronouns);
  NM_RUN(her_is_feminine);
  NM_RUN(names_from_elsewhere);
  NM_RUN(jean_and_a_hyphen_is_a_man);
  NM_RUN(pronoun_out_of_reach_is_dropped);
  NM_RUN(acronyms);
  NM_RUN(description_from_apposition);
  NM_RUN(party_by_apposition);
  NM_RUN(agency_by_its_name_s_last_word);
  NM_RUN(group_is_no_official_body);
  NM_RUN(description_then_its_holder);
  NM_RUN(dateline_agency_is_no_antecedent);
  NM_RUN(title_words_must_match);
  NM_RUN(numbered_by_first_mention);
  NM_RUN(same_name_joins);
  NM_RUN(common_body_name_of_two_owners);
  NM_RUN(bloc_is_a_union_of_states);
  NM_RUN(same_group_name_joins);
  NM_RUN(compass_word_joins_the_place);
  NM_RUN(dateline_capitals_give_way);
  NM_RUN(empty_documents);
  NM_RUN(many_mentions);
  NM_RUN(json_entities);
  NM_RUN(one_type_per_name);
  nm_pipeline_free(pipe_seg);
  NM_TEST_MAIN_END();
}
