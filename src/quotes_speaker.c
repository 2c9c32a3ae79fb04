/* quotes_speaker.c - who speaks: the subject of a cue verb, and what it
 * names. A subject inside an entity's mention is that entity ("he" as
 * coref resolved it; quotes.c may re-point a pronoun to the speaker of the
 * quotations around it). A subject that is no mention is described by its
 * noun phrase ("a State Department spokesman"); a spokesman's, aide's or
 * lawyer's principal is the entity of its possessor or modifier ("Trump's
 * spokesman", "a Clinton campaign spokesman"), and a name in apposition
 * ("a spokesman, Jon Paik,") is the speaker. */
#include "quotes_int.h"

#include "entities.h"
#include "times_cal.h"
#include "times_lex.h"

#include <string.h>

/* Longest description kept, in tokens. */
#define DESC_MAX_TOKENS 16

/* Whether token i is an abbreviated rank or honorific: a capital letter,
 * at most four more letters and a period ("Gen.", "Brig.", "Dr."). */
static bool abbreviated_rank(const nm_qctx *c, uint32_t i) {
  uint32_t a = c->tok[i].start, b = c->tok[i].end;
  if (b - a < 3 || b - a > 6 || c->d->text[b - 1] != '.') return false;
  if (c->d->text[a] < 'A' || c->d->text[a] > 'Z') return false;
  for (uint32_t k = a + 1; k + 1 < b; k++)
    if (c->d->text[k] < 'a' || c->d->text[k] > 'z') return false;
  return true;
}

static bool is_rel_pronoun(const nm_qctx *c, uint32_t s) {
  return nm_q_is(c, s, "who") || nm_q_is(c, s, "which") || nm_q_is(c, s, "that") ||
         nm_q_is(c, s, "whom");
}

static bool is_verb_tok(const nm_qctx *c, uint32_t t) {
  const char *u = nm_q_upos(c, t);
  return !strcmp(u, "VERB") || !strcmp(u, "AUX");
}

static bool nominal(const nm_qctx *c, uint32_t t) {
  const char *u = nm_q_upos(c, t);
  return !strcmp(u, "NOUN") || !strcmp(u, "PROPN") || !strcmp(u, "PRON");
}

/* A mention that can speak: a person or organisation, or a resolved
 * pronoun or description. */
static bool can_speak(const nm_qctx *c, uint32_t mi) {
  const nm_mention *m = &c->men[mi];
  if (m->entity >= c->nent) return false;
  return m->kind == NM_MENTION_PRONOUN || m->type == NM_ENT_PERSON || m->type == NM_ENT_ORG;
}

/* Subject without a parse: a mention or he/she/they just before v (an
 * adverb may come between: "Smith also said"), or a name just after it. */
static uint32_t subject_by_position(const nm_qctx *c, uint32_t v, bool inverted_ok) {
  uint32_t sent_first = c->sent[c->tok[v].sentence].first_token;
  uint32_t sent_end = sent_first + c->sent[c->tok[v].sentence].n_tokens;
  for (uint32_t k = 1; k <= 3 && v >= sent_first + k; k++) {
    uint32_t t = v - k;
    if (c->mention_of[t] != NM_QNONE) return t;
    if (nm_q_is(c, t, "he") || nm_q_is(c, t, "she") || nm_q_is(c, t, "they")) return t;
    const char *u = nm_q_upos(c, t);
    /* "has also", "has nonetheless" */
    if (c->tags && (!strcmp(u, "ADV") || !strcmp(u, "AUX") || !strcmp(u, "PART") ||
                    (!strcmp(u, "ADJ") && k < 3)))
      continue;
    if (!c->tags && k == 1 && t > sent_first) {
      /* untagged: one lower-case word may stand between ("also") */
      size_t len;
      const char *w = nm_tok_text(c->d, t, &len);
      if (len && w[0] >= 'a' && w[0] <= 'z') continue;
    }
    break;
  }
  if (inverted_ok && v + 1 < sent_end && c->mention_of[v + 1] != NM_QNONE) {
    /* "said EU foreign policy chief Josep Borrell": the person the
     * phrase after the verb ends in speaks, not the body before the title */
    for (uint32_t t = v + 1; t < sent_end && t - v <= 8; t++) {
      if (nm_q_punct(c, t)) {
        /* ... and a name set off after the title: "said Britain's
         * deputy ambassador, Eleanor Whitcombe," */
        uint32_t ni = t + 1 < sent_end && nm_q_is(c, t, ",") ? c->mention_of[t + 1] : NM_QNONE;
        if (ni != NM_QNONE && c->men[ni].type == NM_ENT_PERSON &&
            c->men[ni].kind == NM_MENTION_NAME && c->men[ni].first_token == t + 1)
          return t + 1;
        break;
      }
      uint32_t mi = c->mention_of[t];
      if (mi != NM_QNONE && c->men[mi].type == NM_ENT_PERSON &&
          c->men[mi].kind == NM_MENTION_NAME)
        return t;
      if (c->tags && mi == NM_QNONE && (is_verb_tok(c, t) || !strcmp(nm_q_upos(c, t), "ADP")))
        break;
    }
    return v + 1;
  }
  return NM_QNONE;
}

/* Whether noun t is a thing that says what it holds ("a statement
 * saying", "a resolution demanding", "a banner reading"), by its lemma. */
static bool says_thing(const nm_qctx *c, uint32_t t) {
  static const char *const things[] = {
      "statement", "letter",    "report",   "message",     "note",     "communique", "post",
      "video",     "document",  "resolution", "decree",    "order",    "ruling",     "text",
      "draft",     "memo",      "declaration", "announcement", "release", "tweet",   "ad",
      "banner",    "sign",      "placard",  "petition",    "law",      "bill",       "plan",
      "proposal",  "motion",    "notice",   "bulletin",    "editorial", "op-ed",     "speech",
      "interview", "broadcast", "article",  "book",        "survey",   "poll",       "study",
      "complaint", "lawsuit",   "suit",     "filing",      "warning",  "appeal",     "call",
      NULL};
  const char *l = c->tags && t < c->d->tokens.n ? c->tags[t].lemma : NULL;
  if (!l) return true; /* unknown: as before, the noun speaks */
  for (size_t k = 0; things[k]; k++)
    if (!strcmp(l, things[k])) return true;
  return false;
}

/* Whether token t is a word of time ("Friday", "afternoon", "March",
 * "week", "today", "Christmas"): a relative clause the parse hangs on one
 * ("released a letter Friday afternoon that says …") is not its clause. */
static bool time_word(const nm_qctx *c, uint32_t t) {
  size_t n;
  if (t >= c->d->tokens.n) return false;
  const char *s = nm_tok_text(c->d, t, &n);
  nm_tl_entry e;
  if (!nm_tl_lookup(s, n, &e)) return false;
  return e.cls == NM_TL_MONTH || e.cls == NM_TL_WEEKDAY || e.cls == NM_TL_UNIT ||
         e.cls == NM_TL_PART || e.cls == NM_TL_DEICTIC || e.cls == NM_TL_HOLIDAY;
}

bool nm_q_time_unit(const nm_qctx *c, uint32_t t, bool plural) {
  size_t n;
  if (t >= c->d->tokens.n) return false;
  const char *s = nm_tok_text(c->d, t, &n);
  nm_tl_entry e;
  return nm_tl_lookup(s, n, &e) && e.cls == NM_TL_UNIT && e.v >= NM_TU_SECOND &&
         e.v <= NM_TU_YEAR && (!plural || (e.flags & NM_TLF_PLURAL));
}

/* "said Aminata Faye, a law student at Cheikh Anta Diop University, who
 * said": "who" right after a body or a place named in a phrase of a
 * description set off by a comma after a person's name is that person.
 * The name's word, or NM_QNONE. */
static uint32_t described_person(const nm_qctx *c, uint32_t noun) {
  uint32_t mi = c->mention_of[noun];
  if (mi == NM_QNONE || c->men[mi].type == NM_ENT_PERSON || !nm_q_rel(c, noun, "nmod") ||
      c->parent[noun] == NM_QNONE)
    return NM_QNONE;
  uint32_t hd = c->parent[noun], f = c->sent[c->tok[hd].sentence].first_token, k = hd;
  /* the comma that opens the description, at most eight words back */
  while (k > f && hd - k < 8 && !nm_q_is(c, k - 1, ","))
    k--;
  if (k < f + 2 || !nm_q_is(c, k - 1, ",")) return NM_QNONE;
  uint32_t pm = c->mention_of[k - 2];
  if (pm == NM_QNONE || c->men[pm].type != NM_ENT_PERSON) return NM_QNONE;
  return k - 2;
}

/* Whether verb u has the marker "for" ("for X to do"). */
static bool has_mark_for(const nm_qctx *c, uint32_t u) {
  for (uint32_t ch = c->first_child[u], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
       ch = c->next_sib[ch], nch++)
    if (ch < u && nm_q_rel(c, ch, "mark") && nm_q_is(c, ch, "for")) return true;
  return false;
}

static uint32_t name_in_title_chain(const nm_qctx *c, uint32_t s);
uint32_t nm_q_subject(const nm_qctx *c, uint32_t v, bool inverted_ok) {
  if (!c->parsed) return subject_by_position(c, v, inverted_ok);
  uint32_t u = v, s = NM_QNONE;
  for (int step = 0; step < 6 && u != NM_QNONE && s == NM_QNONE; step++) {
    /* a parse across a quotation mark may take a quoted word; a title and
     * a name may both be subjects ("Housing Minister Pavel Dorn"): the
     * named one speaks (a name before a description: "Okafor, the top
     * American diplomat, said"), else the one nearest the verb ("…, the
     * National Accountability Bureau, his lawyer Faisal Chaudhry said") */
    int s_rank = -1;
    for (uint32_t ch = c->first_child[u], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
         ch = c->next_sib[ch], nch++) {
      if (!nm_q_rel(c, ch, "nsubj")) continue;
      if (c->in_quote[ch] != NM_QNONE && c->in_quote[ch] != c->in_quote[v]) continue;
      /* "marched for a second week to demand …" parsed as "for X to
       * demand": a time is no subject */
      if (c->mention_of[ch] == NM_QNONE && time_word(c, ch) && has_mark_for(c, u)) continue;
      uint32_t mi = c->mention_of[ch];
      int rank = mi == NM_QNONE || !can_speak(c, mi)        ? 0
                 : c->men[mi].kind == NM_MENTION_NAME ? 2
                                                       : 1;
      /* (a rank before the name, the subject's head: "Haitian National
       * Police spokesman Inspector Garry Desrosiers said", parsed with
       * "Haitian" a subject too) */
      /* (the rank capitalised, a title's word: not "George's brother,
       * Philonise, when he said", where "he" speaks) */
      size_t cl = 0;
      const char *cw = nm_tok_text(c->d, ch, &cl);
      if (mi == NM_QNONE && cl && cw[0] >= 'A' && cw[0] <= 'Z' &&
          name_in_title_chain(c, ch) != NM_QNONE)
        rank = 2;
      if (rank > s_rank || (rank == s_rank && ch < u)) {
        s = ch;
        s_rank = rank;
      }
    }
    /* "Deliveries have been disrupted by protesters …, demanding …": a
     * passive's agent speaks, not its subject */
    if (s != NM_QNONE && nm_q_rel(c, s, "nsubj:pass") && u != v)
      for (uint32_t ch = c->first_child[u], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
           ch = c->next_sib[ch], nch++)
        if (nm_q_rel(c, ch, "obl:agent") && nominal(c, ch)) s = ch;
    if (s != NM_QNONE) break;
    /* "In Doha, Qatar's Foreign Ministry spokesman, Khalid al-Mansouri,
     * said …", parsed with the subject an apposition of the opening
     * place: a person's name in that chain of appositions, ending (but
     * for a comma) right before the verb, speaks */
    for (uint32_t ch = c->first_child[u], nch = 0;
         ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX && s == NM_QNONE; ch = c->next_sib[ch], nch++) {
      if (ch >= u || !nm_q_rel(c, ch, "obl") || c->mention_of[ch] == NM_QNONE ||
          c->men[c->mention_of[ch]].type != NM_ENT_GPE)
        continue;
      uint32_t a = ch;
      for (int up = 0; up < 3; up++) {
        uint32_t nx = NM_QNONE;
        for (uint32_t k = c->first_child[a], nk = 0; k != NM_QNONE && nk < NM_Q_CHILDREN_MAX;
             k = c->next_sib[k], nk++)
          if (k > a && k < u && nm_q_rel(c, k, "appos")) nx = k;
        if (nx == NM_QNONE) break;
        a = nx;
      }
      uint32_t mi = c->mention_of[a];
      if (a == ch || mi == NM_QNONE || c->men[mi].type != NM_ENT_PERSON) continue;
      uint32_t end = c->men[mi].first_token + c->men[mi].n_tokens;
      while (end < u && nm_q_punct(c, end))
        end++;
      if (end == u) s = a;
    }
    /* ("At a transit site on the edge of Adré, Khadija Ismail, 34, said
     * …", the name a conjunct of the place: a person's name right before
     * the verb, but for commas and an age, speaks, when the verb has no
     * subject and the name hangs on a phrase before it) */
    if (s == NM_QNONE && u == v && u >= 2) {
      uint32_t t = u - 1, f = c->sent[c->tok[u].sentence].first_token;
      while (t > f && nm_q_is(c, t, ","))
        t--;
      if (t > f + 1 && !strcmp(nm_q_upos(c, t), "NUM") && nm_q_is(c, t - 1, ","))
        t -= 2;
      uint32_t mi = c->mention_of[t];
      if (t > f && mi != NM_QNONE && c->men[mi].type == NM_ENT_PERSON &&
          c->men[mi].kind == NM_MENTION_NAME &&
          c->men[mi].first_token + c->men[mi].n_tokens == t + 1 &&
          c->men[mi].first_token > f) {
        uint32_t a = t; /* up to a phrase of the verb before it */
        for (int k = 0; k < 8 && a != NM_QNONE && c->parent[a] != u; k++)
          a = c->parent[a];
        if (a != NM_QNONE && a < t && c->parent[a] == u && nm_q_rel(c, a, "obl")) s = t;
      }
    }
    if (s != NM_QNONE) break;
    if (nm_q_rel(c, u, "acl:relcl")) break;
    /* "welcomed the decision, telling reporters …": a participle set off
     * by a comma after its verb's object speaks for the verb's subject */
    if (nm_q_rel(c, u, "acl") && c->parent[u] != NM_QNONE && u > 0 && nm_q_is(c, u - 1, ",") &&
        c->mention_of[c->parent[u]] == NM_QNONE && nm_q_rel(c, c->parent[u], "obj") &&
        c->parent[c->parent[u]] != NM_QNONE && is_verb_tok(c, c->parent[c->parent[u]])) {
      u = c->parent[c->parent[u]];
      continue;
    }
    /* "summoned the chargé d'affaires to demand an explanation": an
     * infinitive of purpose the parse hung on the verb's object speaks for
     * the verb's subject */
    if (nm_q_rel(c, u, "acl") && c->parent[u] != NM_QNONE && c->tags && c->tags[u].xpos &&
        !strcmp(c->tags[u].xpos, "VB") && u > 0 && nm_q_is(c, u - 1, "to") &&
        nm_q_rel(c, c->parent[u], "obj") && c->parent[c->parent[u]] != NM_QNONE &&
        is_verb_tok(c, c->parent[c->parent[u]])) {
      u = c->parent[c->parent[u]];
      continue;
    }
    /* "a statement saying …": the noun speaks; but a participle that
     * only describes a thing, with the saying clause set off by a comma
     * after it ("refused permission for planes carrying migrants to land,
     * saying …"), leaves the speech to the clause that holds the noun */
    if (nm_q_rel(c, u, "acl") && c->parent[u] != NM_QNONE && nominal(c, c->parent[u])) {
      uint32_t noun = c->parent[u], up = noun;
      bool described = u != v && v > 0 && nm_q_is(c, v - 1, ",") && !nm_q_rel(c, v, "ccomp") &&
                       !says_thing(c, noun);
      /* (nor does a time: "convicted the following year of inciting
       * hatred and calling for sanctions": the convicted calls) */
      if (c->mention_of[noun] == NM_QNONE && time_word(c, noun)) described = true;
      for (int k = 0; described && k < 4 && up != NM_QNONE && !is_verb_tok(c, up); k++)
        up = c->parent[up];
      if (!described || up == NM_QNONE || !is_verb_tok(c, up)) return noun;
      u = up;
      continue;
    }
    /* "… weeks after the United Arab Emirates agreed to invest", the
     * name hung elsewhere by the parse: a finite clause whose name ends
     * right before its verb has that name for subject */
    if (nm_q_rel(c, u, "advcl") && u > 0 && c->mention_of[u - 1] != NM_QNONE && c->tags &&
        c->tags[u].xpos && (!strcmp(c->tags[u].xpos, "VBD") || !strcmp(c->tags[u].xpos, "VBZ") ||
                            !strcmp(c->tags[u].xpos, "VBP"))) {
      const nm_mention *pm = &c->men[c->mention_of[u - 1]];
      if (pm->entity < c->nent && pm->kind == NM_MENTION_NAME &&
          (pm->type == NM_ENT_PERSON || pm->type == NM_ENT_ORG || pm->type == NM_ENT_GPE) &&
          pm->first_token + pm->n_tokens == u)
        return u - 1;
    }
    /* ... but a complement after its head's object has that object for
     * subject: "prompting the U.S. Navy to condemn the move", "asked the
     * minister to explain"; the cue's own complement only, not one a
     * participle below hangs on ("asked donors to send cash …, saying …":
     * the agency says) */
    if (u == v && nm_q_rel(c, u, "xcomp") && c->parent[u] != NM_QNONE) {
      uint32_t hv = c->parent[u], obj = NM_QNONE;
      for (uint32_t ch = c->first_child[hv], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
           ch = c->next_sib[ch], nch++)
        if (nm_q_rel(c, ch, "obj") && ch > hv && ch < u && nominal(c, ch)) obj = ch;
      if (obj != NM_QNONE) return obj;
    }
    /* "Iran demanded that the Taliban release more water …, warning that
     * …": a participle set off by a comma at the end of a that-clause
     * speaks for the verb the clause completes, not for the clause's own
     * subject */
    if (nm_q_rel(c, u, "advcl") && u > 0 && nm_q_is(c, u - 1, ",") &&
        c->parent[u] != NM_QNONE && nm_q_rel(c, c->parent[u], "ccomp") &&
        c->parent[c->parent[u]] != NM_QNONE && is_verb_tok(c, c->parent[c->parent[u]])) {
      uint32_t cl = c->parent[u];
      bool marked = false;
      for (uint32_t ch = c->first_child[cl], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
           ch = c->next_sib[ch], nch++)
        if (ch < cl && nm_q_rel(c, ch, "mark") && nm_q_is(c, ch, "that")) marked = true;
      if (marked && c->tags && c->tags[u].xpos && !strcmp(c->tags[u].xpos, "VBG")) {
        u = c->parent[cl];
        continue;
      }
    }
    /* "had addressed the crowd … earlier in the day, urging lawmakers …",
     * parsed with the participle a clause of "earlier": a participle set
     * off by a comma and hung on no verb speaks for the verb above */
    if (nm_q_rel(c, u, "advcl") && u > 0 && nm_q_is(c, u - 1, ",") &&
        c->parent[u] != NM_QNONE && !is_verb_tok(c, c->parent[u])) {
      uint32_t x = c->parent[u];
      for (int k = 0; k < 4 && x != NM_QNONE && !is_verb_tok(c, x); k++)
        x = c->parent[x];
      if (x != NM_QNONE && is_verb_tok(c, x)) {
        u = x;
        continue;
      }
    }
    /* conjuncts, complements and participles share their head's subject:
     * "is opposed and has said …", "calling it …", "went on to say …" */
    /* (a conjunct outside the quotation marks of a quoted clause that a
     * cue reports is that cue's: "said that "no unit of our forces has
     * crossed into Chad" and suggested the raids …") */
    uint32_t hp = c->parent[u];
    if (nm_q_rel(c, u, "conj") && hp != NM_QNONE && c->in_quote[hp] != NM_QNONE &&
        c->in_quote[u] == NM_QNONE && nm_q_rel(c, hp, "ccomp") && c->parent[hp] != NM_QNONE &&
        (c->vclass[c->parent[hp]] & NM_QV_SAY) && c->in_quote[c->parent[hp]] == NM_QNONE)
      u = c->parent[hp];
    else if (nm_q_rel(c, u, "conj") || nm_q_rel(c, u, "xcomp") || nm_q_rel(c, u, "advcl"))
      u = c->parent[u];
    else
      break;
  }
  if (s != NM_QNONE && (!strcmp(nm_q_upos(c, s), "VERB") || !strcmp(nm_q_upos(c, s), "AUX"))) {
    /* a verb as subject is a parse error ("A poll released last month by
     * the center found …" with "released" as subject): its noun before it
     * speaks, else no one */
    uint32_t noun = NM_QNONE;
    for (uint32_t ch = c->first_child[s], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
         ch = c->next_sib[ch], nch++)
      if (ch < s && nominal(c, ch)) noun = ch;
    return noun;
  }
  if (s != NM_QNONE && c->mention_of[s] == NM_QNONE && nm_q_time_unit(c, s, true)) {
    /* "days after Pyongyang threatened to respond", parsed with "days"
     * as the subject: a span of time says nothing */
    return NM_QNONE;
  }
  if (s != NM_QNONE && c->tags) {
    /* "Hauwa'u Abdullahi, whose 14-year-old son was among those taken,
     * said", parsed with "son" a subject of "said": the name before the
     * comma before "whose" speaks */
    for (uint32_t ch = c->first_child[s], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
         ch = c->next_sib[ch], nch++) {
      uint32_t f = c->sent[c->tok[s].sentence].first_token;
      if (ch < s && nm_q_is(c, ch, "whose") && ch >= f + 2 && nm_q_is(c, ch - 1, ",") &&
          (c->mention_of[ch - 2] != NM_QNONE || !strcmp(nm_q_upos(c, ch - 2), "PROPN")))
        return ch - 2;
    }
  }
  if (s != NM_QNONE) {
    /* "Netanyahu, who said …": the relative clause's noun, which the
     * parser does not always attach to it */
    if (is_rel_pronoun(c, s) && !strcmp(nm_q_upos(c, s), "PRON")) {
      if (nm_q_rel(c, u, "acl:relcl") && c->parent[u] != NM_QNONE) {
        uint32_t noun = c->parent[u];
        /* "said Aminata Faye, a law student at Cheikh Anta Diop
         * University, who said": "who" past a body or place in the
         * apposition's phrase is the person the apposition describes */
        uint32_t past = nm_q_is(c, s, "who") ? described_person(c, noun) : NM_QNONE;
        if (past != NM_QNONE) return past;
        if (!time_word(c, noun)) return noun;
        /* hung on a time word: the object of that word's verb ("released
         * a letter … Friday afternoon that says"), else no one */
        uint32_t vb = c->parent[noun];
        if (vb == NM_QNONE || !is_verb_tok(c, vb)) return NM_QNONE;
        for (uint32_t ch = c->first_child[vb], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
             ch = c->next_sib[ch], nch++)
          if (nm_q_rel(c, ch, "obj") && ch < noun && nominal(c, ch)) return ch;
        return NM_QNONE;
      }
      uint32_t f = c->sent[c->tok[s].sentence].first_token, t = s;
      while (t > f && nm_q_punct(c, t - 1))
        t--;
      /* "issued a statement on Monday that said": past the time phrase */
      uint32_t t0 = t;
      while (t > f && t + 4 > t0 && (time_word(c, t - 1) || (t < t0 && nm_q_is(c, t - 1, "on"))))
        t--;
      if (t > f && nominal(c, t - 1)) {
        uint32_t past = nm_q_is(c, s, "who") ? described_person(c, t - 1) : NM_QNONE;
        return past != NM_QNONE ? past : t - 1;
      }
      if (t < t0) return NM_QNONE; /* a time word, no noun before it */
      /* "said Marie-Ange Pierre-Louis, 46, who said": past an age */
      if (t > f + 2 && !strcmp(nm_q_upos(c, t - 1), "NUM") && nm_q_is(c, t - 2, ",") &&
          nominal(c, t - 3))
        return t - 3;
    }
    return s;
  }
  if (inverted_ok) {
    /* "… ,” said Smith": a name after the verb */
    for (uint32_t ch = c->first_child[v], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
         ch = c->next_sib[ch], nch++) {
      /* (or a phrase that starts there, its head a noun the parse made
       * the verb's clause: "said a 38-year-old teacher who asked not to
       * be named", whose words before the head are the description's) */
      const char *u2 = nm_q_upos(c, ch);
      bool noun_clause = ch > v + 3 && c->lo[ch] == v + 1 && !strcmp(u2, "NOUN") &&
                         nm_q_rel(c, ch, "ccomp") && ch - v <= 8;
      /* (not a noun with a subject of its own, a copula's predicate: "said
       * Aissata Diallo, a Dakar-based analyst at …", the name its
       * subject; "said Vietnam \"always respects …\"") */
      for (uint32_t g = noun_clause ? c->first_child[ch] : NM_QNONE, ng = 0;
           g != NM_QNONE && ng < NM_Q_CHILDREN_MAX && noun_clause; g = c->next_sib[g], ng++)
        if (g < ch && (nm_q_rel(c, g, "nsubj") || !strcmp(nm_q_upos(c, g), "PROPN")))
          noun_clause = false;
      if (ch < v || (ch > v + 3 && !noun_clause)) continue;
      if ((!strcmp(u2, "PROPN") || !strcmp(u2, "NOUN")) &&
          (nm_q_rel(c, ch, "obj") || nm_q_rel(c, ch, "dep") || nm_q_rel(c, ch, "appos") ||
           nm_q_rel(c, ch, "iobj") || nm_q_rel(c, ch, "obl") || noun_clause))
        return ch;
    }
  }
  /* a conjunct whose first verb has no subject in the parse ("In Moscow,
   * Kremlin spokesman Dmitry Peskov accused ... and said ...", the name
   * hung on the place): the name just before that first verb */
  if (u != v && u != NM_QNONE && nm_q_rel(c, v, "conj") && u < v) {
    uint32_t t = subject_by_position(c, u, false);
    if (t != NM_QNONE) return t;
  }
  return subject_by_position(c, v, inverted_ok);
}

static int pronoun_gender_of(const nm_qctx *c, uint32_t t) {
  if (nm_q_is(c, t, "he") || nm_q_is(c, t, "him") || nm_q_is(c, t, "his") ||
      nm_q_is(c, t, "himself"))
    return 1;
  if (nm_q_is(c, t, "she") || nm_q_is(c, t, "her") || nm_q_is(c, t, "hers") ||
      nm_q_is(c, t, "herself"))
    return 2;
  return 0;
}

static void set_mention(const nm_qctx *c, uint32_t mi, nm_qspeaker *sp) {
  const nm_mention *m = &c->men[mi];
  sp->ms = m->start;
  sp->me = m->end;
  if (m->entity < c->nent) {
    sp->entity = m->entity;
    sp->name = c->ent[m->entity].name;
  }
  if (m->kind == NM_MENTION_PRONOUN) sp->pronoun_gender = pronoun_gender_of(c, m->first_token);
}

/* The entity a mention inside t's subtree names, or NM_QNONE. */
static uint32_t entity_in_subtree(const nm_qctx *c, uint32_t t) {
  for (uint32_t k = c->lo[t]; k <= c->hi[t] && k - c->lo[t] < DESC_MAX_TOKENS; k++) {
    uint32_t mi = c->mention_of[k];
    if (mi != NM_QNONE && c->men[mi].entity < c->nent) return c->men[mi].entity;
  }
  return NM_QNONE;
}

static bool lemma_is_agent(const nm_qctx *c, uint32_t s) {
  char buf[24];
  size_t n;
  if (c->tags && c->tags[s].lemma) {
    n = strlen(c->tags[s].lemma);
    if (n >= sizeof buf) return false;
    for (size_t i = 0; i < n; i++) {
      char ch = c->tags[s].lemma[i];
      buf[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    buf[n] = '\0';
  } else {
    n = nm_q_lower(c, s, buf, sizeof buf);
  }
  if (nm_quote_agent_noun(buf, n)) return true;
  if (n == 9 && !memcmp(buf, "secretary", 9)) {
    /* a press secretary speaks for someone; the Secretary of State does not */
    for (uint32_t ch = c->first_child[s], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
         ch = c->next_sib[ch], nch++)
      if (ch < s && nm_q_is(c, ch, "press")) return true;
  }
  return false;
}

/* "a spokesman for the ministry", "the mayor of Kerrow": modifiers that
 * say whose or where, not when ("on Monday"). */
static bool role_case(const nm_qctx *c, uint32_t t) {
  for (uint32_t ch = c->first_child[t], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
       ch = c->next_sib[ch], nch++)
    if (nm_q_rel(c, ch, "case"))
      return nm_q_is(c, ch, "for") || nm_q_is(c, ch, "of") || nm_q_is(c, ch, "at") ||
             nm_q_is(c, ch, "from") || nm_q_is(c, ch, "with");
  return false;
}

/* Copies tokens [l, r] as one line of text into the arena. */
static const char *describe(const nm_qctx *c, uint32_t l, uint32_t r) {
  uint32_t a = c->tok[l].start, b = c->tok[r].end;
  char *s = nm_arena_alloc(&c->d->arena, (size_t)(b - a) + 1);
  if (!s) return NULL;
  size_t n = 0;
  bool space = false;
  for (uint32_t i = a; i < b; i++) {
    char ch = c->d->text[i];
    if (ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ') {
      space = n > 0;
      continue;
    }
    if (space) s[n++] = ' ';
    space = false;
    s[n++] = ch;
  }
  s[n] = '\0';
  return s;
}

/* Sets the speaker's description to tokens [l, r]; one cut inside a
 * parenthesis ends before it ("The head of the U.S. Agency for
 * International Development (USAID": the phrase before). False when the
 * arena is full. */
static bool set_description(const nm_qctx *c, uint32_t l, uint32_t r, nm_qspeaker *sp) {
  uint32_t open = r + 1;
  int depth = 0;
  for (uint32_t t = l; t <= r; t++)
    if (nm_q_is(c, t, "(")) {
      if (!depth++) open = t;
    } else if (nm_q_is(c, t, ")") && depth) {
      depth--;
    }
  if (depth && open > l) r = open - 1;
  sp->ms = c->tok[l].start;
  sp->me = c->tok[r].end;
  sp->name = describe(c, l, r);
  return sp->name != NULL;
}

/* "U.S. Secretary of State Antony Blinken, speaking in Paris, said",
 * "Hamas official Basem Naim told": a person's name in a subject that is
 * no person, hung on it through a chain of title words (flat, list,
 * parataxis, compound, appos), not through a phrase of its own ("the
 * supporters of President X"): the mention that starts it, or NM_QNONE. */
static uint32_t name_in_title_chain(const nm_qctx *c, uint32_t s) {
  static const char *const chain[] = {"flat", "list", "parataxis", "compound", "appos", NULL};
  /* (after the subject's head: a name before it modifies it, "the
   * Ellingsen campaign") */
  for (uint32_t t = s + 1; t <= c->hi[s] && t - s < DESC_MAX_TOKENS; t++) {
    uint32_t mi = c->mention_of[t];
    if (mi == NM_QNONE || c->men[mi].type != NM_ENT_PERSON ||
        c->men[mi].kind != NM_MENTION_NAME || c->men[mi].entity >= c->nent)
      continue;
    uint32_t u = t;
    bool ok = true;
    for (int step = 0; ok && u != s && step < 8; step++) {
      bool listed = false;
      for (size_t k = 0; chain[k] && !listed; k++)
        listed = nm_q_rel(c, u, chain[k]);
      /* the name's own words (its first word heads the rest) */
      if (!listed && c->mention_of[u] == mi && c->parent[u] != NM_QNONE &&
          c->mention_of[c->parent[u]] == mi)
        listed = true;
      /* "Transport and Communications Minister Tomas Grigas told", the
       * name parsed as a conjunct of the title's first word: a conjunct
       * name right after a capitalised word of its own title */
      if (!listed && u == t && c->parent[u] == s && nm_q_rel(c, u, "conj") && t > s + 2 &&
          c->mention_of[s] == NM_QNONE && c->parent[t - 1] == t &&
          (nm_q_rel(c, t - 1, "nmod:desc") || nm_q_rel(c, t - 1, "compound")) &&
          c->d->text[c->tok[t - 1].start] >= 'A' && c->d->text[c->tok[t - 1].start] <= 'Z')
        listed = true;
      /* "Commissioner of Police Samuel Koroma", the name parsed as the
       * title's "of" phrase: only capitalised words between "of" and the
       * name ("Minister of Interior Ali Musa") */
      if (!listed && c->parent[u] == s && nm_q_rel(c, u, "nmod") &&
          nm_q_is(c, s + 1, "of") && t > s + 2) {
        listed = true; /* (a capitalised title: not "the office of …") */
        for (uint32_t k = s; k < t && listed; k += k == s ? 2 : 1) {
          char ch0 = c->d->text[c->tok[k].start];
          listed = ch0 >= 'A' && ch0 <= 'Z';
        }
      }
      ok = listed && c->parent[u] != NM_QNONE;
      if (ok) u = c->parent[u];
    }
    if (ok && u == s) return mi;
  }
  return NM_QNONE;
}

static nm_status speaker_from(const nm_qctx *c, uint32_t s, nm_qspeaker *sp);

nm_status nm_q_speaker_from(const nm_qctx *c, uint32_t s, nm_qspeaker *sp) {
  nm_status st = speaker_from(c, s, sp);
  if (st != NM_OK || s == NM_QNONE || !c->parsed || !strcmp(nm_q_upos(c, s), "PRON") ||
      (sp->entity < c->nent && c->ent[sp->entity].type == NM_ENT_PERSON))
    return st;
  /* no person found, the subject's own words may name one */
  uint32_t mi = name_in_title_chain(c, s);
  if (mi == NM_QNONE) return NM_OK;
  uint32_t body = sp->entity; /* "Hamas official Basem Naim": the body he speaks for */
  set_mention(c, mi, sp);
  if (sp->principal == NM_QNONE && body < c->nent && c->ent[body].type == NM_ENT_ORG)
    sp->principal = body;
  return NM_OK;
}

/* The person's name mention that noun s gives itself in a relative
 * clause ("a man who identified himself as Colonel X", "who called
 * herself X"), or NM_QNONE. */
static uint32_t self_named(const nm_qctx *c, uint32_t s) {
  /* (and "who gave his name only as Ko Zaw": his own name, given) */
  static const char *const naming[] = {"identify", "introduce", "call", "describe", "give", NULL};
  static const char *const self[] = {"himself", "herself", "themselves", NULL};
  if (!c->tags) return NM_QNONE;
  for (uint32_t ch = c->first_child[s], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
       ch = c->next_sib[ch], nch++) {
    if (ch < s || !nm_q_rel(c, ch, "acl:relcl") || !c->tags[ch].lemma) continue;
    bool verb = false, reflexive = false;
    for (size_t q = 0; naming[q] && !verb; q++)
      verb = !strcmp(c->tags[ch].lemma, naming[q]);
    uint32_t mi = NM_QNONE;
    for (uint32_t g = c->first_child[ch], ng = 0; verb && g != NM_QNONE && ng < NM_Q_CHILDREN_MAX;
         g = c->next_sib[g], ng++) {
      for (size_t q = 0; self[q] && g > ch; q++)
        if (nm_q_rel(c, g, "obj") && nm_q_is(c, g, self[q])) reflexive = true;
      if (g > ch && nm_q_rel(c, g, "obj") && nm_q_is(c, g, "name") &&
          !strcmp(c->tags[ch].lemma, "give"))
        for (uint32_t o = c->first_child[g], no = 0; o != NM_QNONE && no < NM_Q_CHILDREN_MAX;
             o = c->next_sib[o], no++)
          if (o < g && (nm_q_is(c, o, "his") || nm_q_is(c, o, "her") || nm_q_is(c, o, "their")))
            reflexive = true;
      for (uint32_t t = g; g > ch && mi == NM_QNONE && t <= c->hi[g] && t < g + 8; t++) {
        uint32_t m = c->mention_of[t];
        if (m != NM_QNONE && c->men[m].type == NM_ENT_PERSON && c->men[m].kind == NM_MENTION_NAME)
          mi = m;
      }
    }
    /* (a name given that coreference joined to someone named before is
     * not the giver's: "Chan's mother, who gave her name only as Mrs.
     * Chan,", the daughter's surname) */
    if (reflexive && mi != NM_QNONE && !strcmp(c->tags[ch].lemma, "give") &&
        c->men[mi].entity < c->nent && c->ent[c->men[mi].entity].n_mentions &&
        c->ent[c->men[mi].entity].mentions[0] != mi)
      return NM_QNONE;
    if (reflexive && mi != NM_QNONE) return mi;
  }
  return NM_QNONE;
}

static nm_status speaker_from(const nm_qctx *c, uint32_t s, nm_qspeaker *sp) {
  sp->entity = sp->principal = NM_QNONE;
  sp->ms = sp->me = 0;
  sp->name = NULL;
  sp->subj = s;
  sp->pronoun_gender = 0;
  if (s == NM_QNONE) return NM_OK;
  if (c->mention_of[s] != NM_QNONE) {
    set_mention(c, c->mention_of[s], sp);
    if (c->men[c->mention_of[s]].kind == NM_MENTION_PRONOUN || !c->parsed) return NM_OK;
    /* "U.S. Ambassador Helen Marsh said", parsed with the country as the
     * subject and the title and name flat under it: the person speaks */
    if (c->men[c->mention_of[s]].type != NM_ENT_PERSON)
      for (uint32_t ch = c->first_child[s], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
           ch = c->next_sib[ch], nch++) {
        uint32_t mi = c->mention_of[ch];
        if (ch > s && nm_q_rel(c, ch, "flat") && mi != NM_QNONE &&
            c->men[mi].type == NM_ENT_PERSON && c->men[mi].kind == NM_MENTION_NAME) {
          set_mention(c, mi, sp);
          return NM_OK;
        }
      }
    /* "AU Commission chairman Moussa Faki said", parsed with the body as
     * the subject: a common noun right after the body's name, then a
     * person's name inside the subject's phrase; the person speaks */
    const nm_mention *sm = &c->men[c->mention_of[s]];
    uint32_t tw = sm->first_token + sm->n_tokens; /* the title word */
    if (sm->type != NM_ENT_PERSON && tw + 1 <= c->hi[s] && !strcmp(nm_q_upos(c, tw), "NOUN")) {
      uint32_t mi = c->mention_of[tw + 1];
      if (mi != NM_QNONE && c->men[mi].first_token == tw + 1 &&
          c->men[mi].type == NM_ENT_PERSON && c->men[mi].kind == NM_MENTION_NAME) {
        set_mention(c, mi, sp);
        return NM_OK;
      }
    }
    /* "Trump's spokesman" can hold a name mention; the spokesman speaks */
    if (c->men[c->mention_of[s]].type == NM_ENT_PERSON && !lemma_is_agent(c, s)) return NM_OK;
    if (!lemma_is_agent(c, s)) return NM_OK;
    /* ... but "The spokesman also accused …", a description coref joined
     * to the spokesman named before, is that person */
    if (sm->kind == NM_MENTION_NOMINAL && sm->type == NM_ENT_PERSON && sm->entity < c->nent &&
        sm->first_token == c->lo[s] && sm->first_token + sm->n_tokens == s + 1) {
      const nm_entity *pe = &c->ent[sm->entity];
      for (uint32_t k = 0; k < pe->n_mentions; k++)
        if (pe->mentions[k] < c->nmen && c->men[pe->mentions[k]].kind == NM_MENTION_NAME)
          return NM_OK;
    }
    sp->entity = NM_QNONE;
    sp->name = NULL;
  }
  /* "Defense Secretary Lloyd Austin said", parsed as a chain of flat
   * words from "Defense": the name the chain runs into speaks */
  for (uint32_t t = s, depth = 0; c->parsed && depth < 4 && c->mention_of[s] == NM_QNONE; depth++) {
    uint32_t nx = NM_QNONE;
    for (uint32_t ch = c->first_child[t], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
         ch = c->next_sib[ch], nch++)
      if (ch == t + 1 && nm_q_rel(c, ch, "flat")) nx = ch;
    if (nx == NM_QNONE) break;
    uint32_t mi = c->mention_of[nx];
    if (mi != NM_QNONE) {
      if (c->men[mi].type == NM_ENT_PERSON && c->men[mi].kind == NM_MENTION_NAME) {
        set_mention(c, mi, sp);
        return NM_OK;
      }
      break;
    }
    t = nx;
  }
  const char *upos = nm_q_upos(c, s);
  int g = pronoun_gender_of(c, s);
  if (!strcmp(upos, "PRON") || g || (!c->tags && (nm_q_is(c, s, "they") || nm_q_is(c, s, "we")))) {
    /* a pronoun coref did not resolve: the mention alone */
    sp->ms = c->tok[s].start;
    sp->me = c->tok[s].end;
    sp->pronoun_gender = g;
    return NM_OK;
  }
  if (!c->parsed) {
    sp->ms = c->tok[s].start;
    sp->me = c->tok[s].end;
    sp->name = describe(c, s, s);
    return sp->name ? NM_OK : NM_ERR_NOMEM;
  }
  /* "a man who identified himself as Colonel Alusine Turay said": the
   * name a person gives himself speaks */
  uint32_t named = self_named(c, s);
  if (named != NM_QNONE) {
    set_mention(c, named, sp);
    return NM_OK;
  }
  /* the noun phrase: its determiners and modifiers, and modifiers after
   * it up to a comma or a clause */
  uint32_t l = s, r = s;
  bool agent = lemma_is_agent(c, s);
  for (uint32_t ch = c->first_child[s], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
       ch = c->next_sib[ch], nch++) {
    uint32_t cm = c->mention_of[ch];
    /* "Dalnesia's chief negotiator, Col. Mart Heinsalu,": the name after
     * an abbreviated rank that heads the apposition */
    if (cm == NM_QNONE && ch > s && ch < c->hi[ch] && abbreviated_rank(c, ch))
      cm = c->mention_of[ch + 1];
    /* ... or after a rank of whole words ("…, Brigadier General Fadl
     * al-Qadhi,"), the name's words hung on the rank's first */
    for (uint32_t u = ch + 1; cm == NM_QNONE && ch > s && nm_q_rel(c, ch, "appos") &&
                              u <= c->hi[ch] && u <= ch + 3;
         u++)
      cm = c->mention_of[u];
    bool person = cm != NM_QNONE && c->men[cm].type == NM_ENT_PERSON;
    if ((nm_q_rel(c, ch, "appos") || nm_q_rel(c, ch, "flat") ||
         (nm_q_rel(c, ch, "compound") && ch > s)) &&
        person && sp->entity == NM_QNONE) {
      /* "a spokesman, Jon Paik," or a name the parser hung under a title */
      set_mention(c, cm, sp);
      continue;
    }
    if (ch < s) {
      if (nm_q_rel(c, ch, "det") || nm_q_rel(c, ch, "amod") || nm_q_rel(c, ch, "compound") ||
          nm_q_rel(c, ch, "nmod") || nm_q_rel(c, ch, "nummod") || nm_q_rel(c, ch, "flat")) {
        if (c->lo[ch] < l && s - c->lo[ch] < DESC_MAX_TOKENS) l = c->lo[ch];
        if (agent && sp->principal == NM_QNONE &&
            (nm_q_rel(c, ch, "nmod") || nm_q_rel(c, ch, "compound")))
          sp->principal = entity_in_subtree(c, ch);
      }
    } else if (ch == r + 1 || (ch > r && c->lo[ch] == r + 1)) {
      if (((nm_q_rel(c, ch, "nmod") && role_case(c, ch)) || nm_q_rel(c, ch, "compound") ||
           nm_q_rel(c, ch, "flat") || nm_q_rel(c, ch, "amod") || nm_q_rel(c, ch, "nummod")) &&
          c->hi[ch] - l < DESC_MAX_TOKENS) {
        r = c->hi[ch];
        /* "a spokesman for the ministry" */
        if (agent && sp->principal == NM_QNONE && nm_q_rel(c, ch, "nmod"))
          sp->principal = entity_in_subtree(c, ch);
      }
    }
  }
  if (sp->entity != NM_QNONE) return NM_OK;
  /* "a ministry spokesman, Karl Weiss,": a name the NER model missed */
  for (uint32_t ch = c->first_child[s], nch = 0; ch != NM_QNONE && nch < NM_Q_CHILDREN_MAX;
       ch = c->next_sib[ch], nch++) {
    if (ch < s || !nm_q_rel(c, ch, "appos") || strcmp(nm_q_upos(c, ch), "PROPN") != 0) continue;
    uint32_t a = c->lo[ch], b = c->hi[ch];
    while (a < b && nm_q_punct(c, a))
      a++;
    while (b > a && nm_q_punct(c, b))
      b--;
    if (b - a >= DESC_MAX_TOKENS) break;
    set_description(c, a, b, sp);
    return sp->name ? NM_OK : NM_ERR_NOMEM;
  }
  /* "The mayor of Kerrow, Anton Lisk,": a name after a comma in the phrase
   * (and after an abbreviated rank: "…, Brig. Gen. Aung Thet Paing,") */
  for (uint32_t t = l + 1; t <= c->hi[s] && t - l < DESC_MAX_TOKENS; t++) {
    if (!nm_q_is(c, t - 1, ",")) continue;
    uint32_t u = t;
    while (u < t + 3 && u < c->hi[s] && c->mention_of[u] == NM_QNONE && abbreviated_rank(c, u))
      u++;
    uint32_t mi = c->mention_of[u];
    if (mi != NM_QNONE && c->men[mi].kind == NM_MENTION_NAME && c->men[mi].type == NM_ENT_PERSON &&
        c->men[mi].entity < c->nent) {
      set_mention(c, mi, sp);
      return NM_OK;
    }
  }
  /* "… and two in Kharkiv, local officials said", parsed as one phrase:
   * the description starts after a comma before its head */
  for (uint32_t t = l + 1; t < s; t++)
    if (nm_q_is(c, t, ",")) l = t + 1;
  while (r > l && nm_q_punct(c, r))
    r--;
  while (l < r && nm_q_punct(c, l))
    l++;
  /* (nor the cue's own words, when the parse hung "according to" on a
   * modifier: "according to civil defence officials") */
  if (l + 1 < r && nm_q_is(c, l, "according") && nm_q_is(c, l + 1, "to")) l += 2;
  /* "the office of Russia's children's rights commissioner said", the
   * parse hanging the "of" phrase's words on the verb: the description
   * takes the noun the phrase belongs to, not a bare "of …" */
  if (nm_q_is(c, l, "of") && l >= 1 && nominal(c, l - 1)) {
    l--;
    if (l >= 1 && (nm_q_is(c, l - 1, "the") || nm_q_is(c, l - 1, "The"))) l--;
  }
  set_description(c, l, r, sp);
  return sp->name ? NM_OK : NM_ERR_NOMEM;
}

static bool weak_word(const nm_qctx *c, uint32_t t) {
  const char *u = nm_q_upos(c, t);
  return !strcmp(u, "AUX") || !strcmp(u, "ADV") || !strcmp(u, "PART");
}

nm_status nm_q_frame_speaker(const nm_qctx *c, uint32_t cue, uint32_t ra, uint32_t rb, int where,
                             nm_qspeaker *sp) {
  nm_q_speaker_from(c, NM_QNONE, sp);
  if (ra >= rb) return NM_OK;
  if (c->parsed && is_verb_tok(c, cue)) {
    uint32_t s = nm_q_subject(c, cue, where == NM_QF_AFTER);
    if (s != NM_QNONE && s >= ra && s < rb && c->in_quote[s] == NM_QNONE)
      return nm_q_speaker_from(c, s, sp);
  }
  /* a person or organisation named in the frame */
  uint32_t n = rb - ra;
  for (uint32_t k = 0; k < n && k < DESC_MAX_TOKENS; k++) {
    uint32_t t = where == NM_QF_BEFORE ? rb - 1 - k : ra + k;
    if (c->in_quote[t] != NM_QNONE) break;
    uint32_t mi = c->mention_of[t];
    /* "his lawyer, Tamar Kordzaia, told": the owner does not speak */
    if (mi != NM_QNONE && c->men[mi].kind == NM_MENTION_PRONOUN &&
        (nm_q_is(c, t, "his") || nm_q_is(c, t, "His") || nm_q_is(c, t, "her") ||
         nm_q_is(c, t, "Her") || nm_q_is(c, t, "its") || nm_q_is(c, t, "their")) &&
        t + 1 < rb && nominal(c, t + 1))
      continue;
    /* "the commission's chairwoman, Wanjiru Kamau-Ochieng, told": nor
     * does a body that owns the description of a person named after it */
    if (mi != NM_QNONE && where != NM_QF_BEFORE && c->men[mi].type != NM_ENT_PERSON) {
      uint32_t e = c->men[mi].first_token + c->men[mi].n_tokens;
      bool named = false;
      for (uint32_t u = e + 1; e < rb && (nm_q_is(c, e, "'s") || nm_q_is(c, e, "\xe2\x80\x99s")) &&
                               u < rb && u < e + 8 && !named && c->in_quote[u] == NM_QNONE;
           u++)
        named = c->mention_of[u] != NM_QNONE && c->men[c->mention_of[u]].type == NM_ENT_PERSON &&
                c->men[c->mention_of[u]].kind == NM_MENTION_NAME;
      if (named) continue;
    }
    if (mi != NM_QNONE && can_speak(c, mi)) {
      sp->subj = t;
      set_mention(c, mi, sp);
      return NM_OK;
    }
  }
  /* else the words themselves: up to a comma or a clause */
  uint32_t l, r;
  if (where == NM_QF_BEFORE) {
    r = rb - 1;
    while (r > ra && weak_word(c, r))
      r--;
    l = r;
    while (l > ra && !nm_q_punct(c, l - 1) && !is_verb_tok(c, l - 1) && r - l < 10)
      l--;
  } else {
    l = ra;
    while (l < rb && nm_q_punct(c, l))
      l++;
    if (l >= rb) return NM_OK;
    r = l;
    while (r + 1 < rb && !nm_q_punct(c, r + 1) && r - l < 10 &&
           !(where == NM_QF_AFTER && !strcmp(nm_q_upos(c, r + 1), "ADP")))
      r++;
  }
  if (nm_q_punct(c, l) || c->in_quote[l] != NM_QNONE || c->in_quote[r] != NM_QNONE) return NM_OK;
  sp->subj = r;
  /* "Israel said": a place or group that speaks */
  uint32_t mi = c->mention_of[l];
  if (mi != NM_QNONE && c->men[mi].first_token == l &&
      c->men[mi].first_token + c->men[mi].n_tokens == r + 1) {
    set_mention(c, mi, sp);
    return NM_OK;
  }
  set_description(c, l, r, sp);
  return sp->name ? NM_OK : NM_ERR_NOMEM;
}

void nm_q_entity_genders(nm_qctx *c) {
  for (uint32_t i = 0; i < c->nent; i++)
    c->gender[i] = 0;
  for (uint32_t k = 0; k < c->nmen; k++) {
    const nm_mention *m = &c->men[k];
    if (m->entity >= c->nent) continue;
    int g = 0;
    if (m->kind == NM_MENTION_PRONOUN) {
      g = pronoun_gender_of(c, m->first_token);
    } else if (m->kind == NM_MENTION_NAME && m->type == NM_ENT_PERSON && m->first_token > 0 &&
               c->tok[m->first_token - 1].sentence == m->sentence) {
      uint32_t t = m->first_token - 1;
      if (nm_q_is(c, t, "Mr.") || nm_q_is(c, t, "Mr")) g = 1;
      if (nm_q_is(c, t, "Mrs.") || nm_q_is(c, t, "Ms.") || nm_q_is(c, t, "Mrs") ||
          nm_q_is(c, t, "Ms") || nm_q_is(c, t, "Miss"))
        g = 2;
    }
    c->gender[m->entity] |= (uint8_t)g;
  }
}
