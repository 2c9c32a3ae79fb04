/* parser.c - the dependency parser at run time: loading, parsing and
 * undoing the projectivisation.
 *
 * Model sections (container: model.h; integers little-endian):
 *   PINF  u32 feature-set version (NM_PARSER_FEATURES), u32 number of
 *         labels L (2..NM_PARSER_MAX_LABELS), u32 index of "root", f32
 *         weight scale of the transition model, f32 of the label model,
 *         u32 number of label groups G (1..NM_PARSER_MAX_GROUPS)
 *   PLBL  L times: u8 length, then the label's bytes ("nsubj", or a lifted
 *         "nsubj|obj"); the labels are distinct
 *   PGRP  L bytes: each label's group (< G)
 *   PARC  the transition model: a dense table (avgperc.h) of 1 + 2G
 *         classes: SHIFT, LEFT with a label of group g, RIGHT likewise
 *   PSLT  the label model's slots (avgperc.h), L classes
 *   PWGT  the label model's rows (avgperc.h) */
#include "parser.h"

#include "avgperc.h"
#include "error.h"
#include "parser_feat.h"

#include <stdlib.h>
#include <string.h>

struct nm_parser {
  nm_model model;
  unsigned L, root, G;
  const unsigned char *group;
  uint16_t *in_group;   /* labels other than root, by group */
  uint32_t *group_first; /* G + 1 offsets into in_group */
  nm_plabel *lab;
  /* the plain labels nm_parser_repair() writes, or -1: found once at load */
  int rl_nsubj_pass, rl_obl;
  int rl_nsubj, rl_ccomp, rl_mark, rl_relcl, rl_amod, rl_poss, rl_acl, rl_advcl, rl_parataxis;
  int rl_tmod; /* obl:unmarked (obl:tmod in older treebanks), or -1 */
  int rl_compound, rl_unmarked, rl_obj, rl_appos, rl_conj, rl_flat, rl_xcomp, rl_punct;
  int rl_nmod, rl_case;
  nm_ap_dense arcs;
  nm_ap_table labels;
};

static nm_parser *fail(nm_parser *p, nm_error *err, nm_status code, const char *msg) {
  nm_parser_free(p);
  nm_fail(err, code, msg, 0);
  return NULL;
}

nm_status nm_plabels_link(nm_plabel *lab, unsigned L, nm_error *err) {
  for (unsigned i = 0; i < L; i++) {
    const char *bar = strchr(lab[i].name, '|');
    size_t blen = bar ? (size_t)(bar - lab[i].name) : strlen(lab[i].name);
    int base = -1, from = -1;
    for (unsigned j = 0; j < L; j++) {
      const char *nm = lab[j].name;
      if (strchr(nm, '|')) continue;
      if (strlen(nm) == blen && !memcmp(nm, lab[i].name, blen)) base = (int)j;
      if (bar && !strcmp(nm, bar + 1)) from = (int)j;
    }
    if (base < 0 || (bar && from < 0))
      return nm_fail(err, NM_ERR_FORMAT, "parser model: a lifted label's parts are not labels", 0);
    lab[i].base = (uint16_t)base;
    lab[i].lifted_from = (int16_t)from;
  }
  return NM_OK;
}

static int label_index(const nm_parser *p, const char *name);

static nm_parser *load(nm_parser *p, nm_error *err) {
  size_t len;
  const unsigned char *inf = nm_model_section(&p->model, NM_FOURCC('P', 'I', 'N', 'F'), &len);
  if (!inf || len < 24) return fail(p, err, NM_ERR_FORMAT, "parser model: missing PINF section");
  if (nm_rd32(inf) != NM_PARSER_FEATURES)
    return fail(p, err, NM_ERR_FORMAT, "parser model: built with another feature set; retrain");
  uint32_t L = nm_rd32(inf + 4), root = nm_rd32(inf + 8);
  if (L < 2 || L > NM_PARSER_MAX_LABELS || root >= L)
    return fail(p, err, NM_ERR_FORMAT, "parser model: bad label counts");
  uint32_t G = nm_rd32(inf + 20);
  if (G < 1 || G > NM_PARSER_MAX_GROUPS)
    return fail(p, err, NM_ERR_FORMAT, "parser model: bad number of label groups");
  p->L = L;
  p->root = root;
  p->G = G;
  p->group = nm_model_section(&p->model, NM_FOURCC('P', 'G', 'R', 'P'), &len);
  if (!p->group || len != L) return fail(p, err, NM_ERR_FORMAT, "parser model: bad PGRP section");
  for (uint32_t i = 0; i < L; i++)
    if (p->group[i] >= G) return fail(p, err, NM_ERR_FORMAT, "parser model: bad label group");
  p->in_group = malloc(L * sizeof *p->in_group);
  p->group_first = calloc(G + 1, sizeof *p->group_first);
  if (!p->in_group || !p->group_first) return fail(p, err, NM_ERR_NOMEM, "out of memory");
  for (uint32_t g = 0, at = 0; g < G; g++) {
    p->group_first[g] = at;
    for (uint32_t i = 0; i < L; i++)
      if (p->group[i] == g && i != root) p->in_group[at++] = (uint16_t)i;
    p->group_first[g + 1] = at;
  }
  p->lab = calloc(L, sizeof *p->lab);
  if (!p->lab) return fail(p, err, NM_ERR_NOMEM, "out of memory");
  const unsigned char *lb = nm_model_section(&p->model, NM_FOURCC('P', 'L', 'B', 'L'), &len);
  if (!lb) return fail(p, err, NM_ERR_FORMAT, "parser model: missing PLBL section");
  size_t at = 0;
  for (uint32_t i = 0; i < L; i++) {
    if (at >= len) return fail(p, err, NM_ERR_FORMAT, "parser model: truncated labels");
    size_t l = lb[at++];
    if (l == 0 || l >= sizeof p->lab[i].name || l > len - at)
      return fail(p, err, NM_ERR_FORMAT, "parser model: bad label");
    memcpy(p->lab[i].name, lb + at, l);
    p->lab[i].name[l] = 0;
    if (strlen(p->lab[i].name) != l) return fail(p, err, NM_ERR_FORMAT, "parser model: bad label");
    for (uint32_t j = 0; j < i; j++)
      if (!strcmp(p->lab[j].name, p->lab[i].name))
        return fail(p, err, NM_ERR_FORMAT, "parser model: duplicate label");
    at += l;
  }
  if (strcmp(p->lab[root].name, "root") != 0)
    return fail(p, err, NM_ERR_FORMAT, "parser model: the root label is not \"root\"");
  if (nm_plabels_link(p->lab, L, err) != NM_OK) return fail(p, err, NM_ERR_FORMAT, err ? err->msg : "");
  /* training never lifts the root word, nor an arc from it; a lift that
   * names "root" would give a second word that relation */
  for (uint32_t i = 0; i < L; i++)
    if (p->lab[i].lifted_from >= 0 &&
        (p->lab[i].base == root || (uint32_t)p->lab[i].lifted_from == root))
      return fail(p, err, NM_ERR_FORMAT, "parser model: a lifted label names \"root\"");
  p->rl_nsubj = label_index(p, "nsubj");
  p->rl_nsubj_pass = label_index(p, "nsubj:pass");
  p->rl_obl = label_index(p, "obl");
  p->rl_ccomp = label_index(p, "ccomp");
  p->rl_tmod = label_index(p, "obl:unmarked");
  if (p->rl_tmod < 0) p->rl_tmod = label_index(p, "obl:tmod");
  p->rl_mark = label_index(p, "mark");
  p->rl_relcl = label_index(p, "acl:relcl");
  p->rl_amod = label_index(p, "amod");
  p->rl_poss = label_index(p, "nmod:poss");
  p->rl_acl = label_index(p, "acl");
  p->rl_advcl = label_index(p, "advcl");
  p->rl_parataxis = label_index(p, "parataxis");
  p->rl_compound = label_index(p, "compound");
  p->rl_unmarked = label_index(p, "obl:unmarked");
  p->rl_obj = label_index(p, "obj");
  p->rl_appos = label_index(p, "appos");
  p->rl_conj = label_index(p, "conj");
  p->rl_flat = label_index(p, "flat");
  p->rl_xcomp = label_index(p, "xcomp");
  p->rl_punct = label_index(p, "punct");
  p->rl_nmod = label_index(p, "nmod");
  p->rl_case = label_index(p, "case");
  size_t al, sl, wl;
  const unsigned char *arcs = nm_model_section(&p->model, NM_FOURCC('P', 'A', 'R', 'C'), &al);
  const unsigned char *slots = nm_model_section(&p->model, NM_FOURCC('P', 'S', 'L', 'T'), &sl);
  const unsigned char *words = nm_model_section(&p->model, NM_FOURCC('P', 'W', 'G', 'T'), &wl);
  if (nm_ap_dense_load(&p->arcs, arcs, al, 1 + 2 * G, err) != NM_OK ||
      nm_ap_table_load(&p->labels, slots, sl, words, wl, L, err) != NM_OK) {
    nm_parser_free(p);
    return NULL;
  }
  return p;
}

nm_parser *nm_parser_open(const char *path, nm_error *err) {
  nm_parser *p = calloc(1, sizeof *p);
  if (!p) return fail(p, err, NM_ERR_NOMEM, "out of memory");
  if (nm_model_open(path, NM_PARSER_KIND, &p->model, err) != NM_OK) {
    free(p);
    return NULL;
  }
  return load(p, err);
}

nm_parser *nm_parser_open_mem(const unsigned char *buf, size_t len, nm_error *err) {
  nm_parser *p = calloc(1, sizeof *p);
  if (!p) return fail(p, err, NM_ERR_NOMEM, "out of memory");
  if (nm_model_open_mem(buf, len, NM_PARSER_KIND, &p->model, err) != NM_OK) {
    free(p);
    return NULL;
  }
  return load(p, err);
}

void nm_parser_free(nm_parser *p) {
  if (!p) return;
  nm_model_close(&p->model);
  free(p->lab);
  free(p->in_group);
  free(p->group_first);
  free(p);
}

const char *nm_parser_rel(const nm_parser *p, unsigned rel) {
  return rel < p->L ? p->lab[p->lab[rel].base].name : "dep";
}

/* The index of the plain label named name, or -1. */
static int label_index(const nm_parser *p, const char *name) {
  for (unsigned i = 0; i < p->L; i++)
    if (!strchr(p->lab[i].name, '|') && !strcmp(p->lab[i].name, name)) return (int)i;
  return -1;
}

static bool xpos_finite(const char *x) {
  return x && (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP"));
}

/* The present and past of "say", as written. */
static const char *const says_forms[] = {"says", "said", NULL};

/* Helpers of the repairs below. A word's dependents are looked for within
 * 64 words of it, so that each repair stays linear in the sentence (a
 * "sentence" may hold 1,000 words). */
static bool form_is(const nm_pword *w, const char *s) {
  size_t n = strlen(s);
  if (w->len != n) return false;
  for (size_t i = 0; i < n; i++)
    if ((w->form[i] | 0x20) != s[i]) return false;
  return true;
}

static bool form_in(const nm_pword *w, const char *const *list) {
  for (; *list; list++)
    if (form_is(w, *list)) return true;
  return false;
}

/* Whether the word's lemma is one of the NULL-terminated list. */
static bool lemma_in(const nm_pword *w, const char *const *list) {
  for (; w->lemma && *list; list++)
    if (!strcmp(w->lemma, *list)) return true;
  return false;
}

static bool upos_is(const nm_pword *w, const char *u) { return w->upos && !strcmp(w->upos, u); }

static bool xpos_is(const nm_pword *w, const char *x) { return w->xpos && !strcmp(w->xpos, x); }

static bool nominal(const nm_pword *w) {
  return upos_is(w, "NOUN") || upos_is(w, "PROPN") || upos_is(w, "PRON");
}

static bool rel_eq(const nm_parser *p, const uint16_t *rels, size_t i, const char *r) {
  return !strcmp(nm_parser_rel(p, rels[i]), r);
}

/* Whether word v has a dependent in [from, to) whose relation starts with
 * prefix ("nsubj" takes "nsubj:pass"). */
static bool has_dep(const nm_parser *p, const uint32_t *heads, const uint16_t *rels, size_t n,
                    size_t v, size_t from, size_t to, const char *prefix) {
  size_t pl = strlen(prefix);
  if (from + 64 < v) from = v - 64;
  if (to > n) to = n;
  if (to > v + 65) to = v + 65;
  for (size_t i = from; i < to; i++)
    if (heads[i] == v + 1 && !strncmp(nm_parser_rel(p, rels[i]), prefix, pl)) return true;
  return false;
}

/* has_dep() for the relation "cc" alone ("cc" would also find "ccomp"). */
static bool has_cc(const nm_parser *p, const uint32_t *heads, const uint16_t *rels, size_t n,
                   size_t v, size_t from, size_t to) {
  if (from + 64 < v) from = v - 64;
  if (to > n) to = n;
  if (to > v + 65) to = v + 65;
  for (size_t i = from; i < to; i++)
    if (heads[i] == v + 1 && !strcmp(nm_parser_rel(p, rels[i]), "cc")) return true;
  return false;
}

/* A finite verb with an object of its own and no subject, joined by
 * "and" to a clause under a finite verb whose subject it cannot share, is
 * that finite verb's conjunct (a past tense, or the upper verb's own form
 * after a base form):
 * - a participle that modifies the finite verb's clause ("rejected the
 *   report as politically motivated and accused Britain …": the subject
 *   it shares is the finite verb's);
 * - a passive complement ("The Houthis said two people were killed by the
 *   strikes and accused Washington of aggression": the passive's subject
 *   was acted on). */
static void repair_conj_of_participle(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, const uint16_t *rels) {
  for (size_t v = 2; v < n; v++) {
    if (!heads[v] || !(xpos_finite(w[v].xpos) || xpos_is(&w[v], "VBN")) ||
        !rel_eq(p, rels, v, "conj") || !form_is(&w[v - 1], "and"))
      continue;
    size_t h = heads[v] - 1;
    if (h >= v || !heads[h]) continue;
    bool modifier = (xpos_is(&w[h], "VBN") || xpos_is(&w[h], "VBG")) &&
                    (rel_eq(p, rels, h, "advcl") || rel_eq(p, rels, h, "acl") ||
                     rel_eq(p, rels, h, "xcomp"));
    bool passive = xpos_is(&w[h], "VBN") && rel_eq(p, rels, h, "ccomp") &&
                   has_dep(p, heads, rels, n, h, 0, h, "aux:pass");
    /* - a base form in a "that" clause ("demands that Iran explain … and
     *   asks the agency …"), the verb above in the conjunct's own form */
    bool base = xpos_is(&w[h], "VB") && rel_eq(p, rels, h, "ccomp");
    /* - an adjective that describes the object ("condemned the launches
     *   as \"absolutely unacceptable\" and said Tokyo had …"): the verb
     *   whose object it describes */
    bool described = upos_is(&w[h], "ADJ") && rel_eq(p, rels, h, "acl") &&
                     has_dep(p, heads, rels, n, h, 0, h, "mark") && heads[h] &&
                     rel_eq(p, rels, heads[h] - 1, "obj");
    if (!modifier && !passive && !base && !described) continue;
    if (described) h = heads[h] - 1; /* the object; its verb is above */
    size_t g = heads[h] - 1;
    /* (a participle on an object down a said clause: "said his country
     * would continue to receive Nicaraguans fleeing persecution and called
     * on …": up to the past tense above, past the object and the base
     * forms) */
    for (int up = 0; modifier && up < 5 && g < h && heads[g] && !xpos_is(&w[g], "VBD") &&
                     (nominal(&w[g]) || xpos_is(&w[g], "VB"));
         up++)
      g = heads[g] - 1;
    if (g >= h || !xpos_finite(w[g].xpos)) continue;
    /* (a participle read for a past tense: "fleeing persecution and
     * called on …", with no auxiliary of its own, after a past tense) */
    bool past = xpos_is(&w[v], "VBD") ||
                (xpos_is(&w[v], "VBN") && xpos_is(&w[h], "VBG") && xpos_is(&w[g], "VBD") &&
                 !has_dep(p, heads, rels, n, v, h, v, "aux"));
    if (!past && !(base && xpos_finite(w[v].xpos) && w[g].xpos && !strcmp(w[g].xpos, w[v].xpos)))
      continue;
    /* an object of its own, or one asked to act ("asked residents to
     * limit …", "residents" an indirect object) */
    if ((has_dep(p, heads, rels, n, v, v + 1, n, "obj") ||
         (has_dep(p, heads, rels, n, v, v + 1, n, "iobj") &&
          has_dep(p, heads, rels, n, v, v + 1, n, "xcomp")) ||
         /* ("… fleeing persecution and called on other governments …") */
         (modifier && xpos_is(&w[h], "VBG") && has_dep(p, heads, rels, n, v, v + 1, n, "obl")) ||
         (described && has_dep(p, heads, rels, n, v, v + 1, n, "ccomp"))) &&
        !has_dep(p, heads, rels, n, v, h, v, "nsubj")) {
      heads[v] = (uint32_t)(g + 1);
      /* (and an infinitive after it that the participle held: "called on
       * other governments to break their silence") */
      for (size_t k = v + 2; k < n; k++)
        if (heads[k] == h + 1 && rel_eq(p, rels, k, "advcl") && form_is(&w[k - 1], "to"))
          heads[k] = (uint32_t)(v + 1);
    }
  }
}

/* "He said residents buried 23 bodies": a noun right after "say" that
 * the parse made its object, with a finite verb hung from the noun as a
 * clause of no relative word, marker or subject of its own, is that
 * verb's subject, and the verb is what was said */
static void repair_said_clause(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                               uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_ccomp < 0) return;
  for (size_t v = 0; v + 2 < n; v++) {
    if (!w[v].lemma || strcmp(w[v].lemma, "say") || !upos_is(&w[v], "VERB")) continue;
    size_t o = v + 1, a = v + 2; /* the object right after the verb, its clause */
    if (heads[o] != v + 1 || !rel_eq(p, rels, o, "obj") ||
        !(upos_is(&w[o], "NOUN") || upos_is(&w[o], "PROPN")))
      continue;
    if (heads[a] != o + 1 || !rel_eq(p, rels, a, "acl") || !xpos_finite(w[a].xpos)) continue;
    if (has_dep(p, heads, rels, n, a, o + 1, n, "nsubj") ||
        has_dep(p, heads, rels, n, a, o + 1, n, "mark"))
      continue;
    heads[a] = (uint32_t)(v + 1);
    rels[a] = (uint16_t)p->rl_ccomp;
    heads[o] = (uint32_t)(a + 1);
    rels[o] = (uint16_t)p->rl_nsubj;
  }
}

/* "He said customs officials would meet on Friday": a plural noun that
 * the parse hung on "say" (as its object or clause) with the noun right
 * after it the subject of a verb that follows, is that noun's compound
 * ("say" takes no two nouns), and the verb is what was said; the first
 * noun's modifiers go to the second ("Mongolian and Chinese customs
 * officials") */
static void repair_said_noun_compound(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, uint16_t *rels) {
  if (p->rl_compound < 0 || p->rl_ccomp < 0) return;
  for (size_t v = 0; v + 3 < n; v++) {
    if (!w[v].lemma || strcmp(w[v].lemma, "say") || !upos_is(&w[v], "VERB")) continue;
    size_t o = v + 1; /* the first noun, past its determiners and adjectives */
    while (o < n && o < v + 6 && heads[o] != v + 1)
      o++;
    if (o + 2 >= n || o >= v + 6 || !xpos_is(&w[o], "NNS") || !upos_is(&w[o + 1], "NOUN") ||
        !(rel_eq(p, rels, o, "obj") || rels[o] == (uint16_t)p->rl_ccomp))
      continue;
    size_t s2 = o + 1, a = heads[s2] ? heads[s2] - 1 : n;
    if (a >= n || a <= s2 || a > s2 + 8 || !upos_is(&w[a], "VERB") ||
        strncmp(nm_parser_rel(p, rels[s2]), "nsubj", 5) ||
        !(heads[a] == o + 1 || heads[a] == v + 1))
      continue;
    for (size_t k = v + 1; k < o; k++)
      if (heads[k] == o + 1) heads[k] = (uint32_t)(s2 + 1);
    heads[a] = (uint32_t)(v + 1);
    rels[a] = (uint16_t)p->rl_ccomp;
    heads[o] = (uint32_t)(s2 + 1);
    rels[o] = (uint16_t)p->rl_compound;
  }
}

/* Hangs word i on word h (both from 0) with relation rel. */
static void relink(uint32_t *heads, uint16_t *rels, size_t i, size_t h, int rel) {
  heads[i] = (uint32_t)(h + 1);
  rels[i] = (uint16_t)rel;
}

/* Makes word v (from 0) the root in place of root word r, which hangs on
 * v with relation rel_r (ROOT the root's label); r's dependents after v
 * (the sentence's end) go with v. */
static void reroot(uint32_t *heads, uint16_t *rels, size_t n, size_t v, size_t r, int rel_r,
                   int root) {
  heads[v] = 0;
  rels[v] = (uint16_t)root;
  heads[r] = (uint32_t)(v + 1);
  rels[r] = (uint16_t)rel_r;
  for (size_t k = v + 1; k < n; k++)
    if (heads[k] == r + 1) heads[k] = (uint32_t)(v + 1);
}

/* Whether i lies in the subtree of r (within 64 steps up). */
static bool in_subtree(const uint32_t *heads, size_t n, size_t i, size_t r) {
  for (int step = 0; step < 64 && i < n; step++) {
    if (i == r) return true;
    if (!heads[i]) return false;
    i = heads[i] - 1;
  }
  return false;
}

/* "Diplomats said Omani officials, who have long served as a channel,
 * had been asked to press the group": the object of "say" right after
 * it, followed (past its own modifiers and relative clause) by the said
 * clause with no subject of its own, is that clause's subject */
static void repair_said_object_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_nsubj_pass < 0) return;
  for (size_t v = 0; v + 3 < n; v++) {
    if (!w[v].lemma || strcmp(w[v].lemma, "say") || !upos_is(&w[v], "VERB")) continue;
    size_t o = v + 1;
    while (o < n && o < v + 6 && heads[o] != v + 1)
      o++;
    if (o >= n || o >= v + 6 || !rel_eq(p, rels, o, "obj") ||
        !(upos_is(&w[o], "NOUN") || upos_is(&w[o], "PROPN")))
      continue;
    size_t c = o + 1;
    while (c < n && c < o + 40 && (heads[c] != v + 1 || form_is(&w[c], ",")))
      c++;
    /* (or a conjunct with no "and" of its own, after the object's
     * participle set off by commas: "said officers, backed by troops …,
     * pushed the attackers back") */
    bool bare_conj = c < n && rel_eq(p, rels, c, "conj") && xpos_finite(w[c].xpos) &&
                     !has_cc(p, heads, rels, n, c, 0, n) && form_is(&w[c - 1], ",");
    /* (the clause's subject may be a time read as one: "said army
     * airstrikes on a market last week had killed dozens", "week" the
     * subject of "killed"; it says when) */
    size_t when = n;
    static const char *const spans[] = {"week", "month", "year", "weekend", "night", NULL};
    static const char *const which[] = {"last", "this", "next", "that", NULL};
    for (size_t k = o + 1; c < n && k < c && p->rl_tmod >= 0; k++)
      if (heads[k] == c + 1 && rels[k] == (uint16_t)p->rl_nsubj && form_in(&w[k], spans) &&
          k > 0 && form_in(&w[k - 1], which) && heads[k - 1] == k + 1)
        when = k;
    if (when < n) rels[when] = (uint16_t)p->rl_tmod; /* (back if nothing changes) */
    /* (or an adverbial clause the parse made of it: "said Britain, France
     * and Germany, the so-called E3, were circulating a draft") */
    bool advcl = c < n && rel_eq(p, rels, c, "advcl");
    if (c >= n || c >= o + 40 || !(rel_eq(p, rels, c, "ccomp") || bare_conj || advcl) ||
        !upos_is(&w[c], "VERB") || has_dep(p, heads, rels, n, c, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, c, 0, n, "csubj") ||
        has_dep(p, heads, rels, n, c, 0, n, "expl") ||
        has_dep(p, heads, rels, n, c, 0, n, "mark")) {
      if (when < n) rels[when] = (uint16_t)p->rl_nsubj;
      continue;
    }
    bool ok = true, pass = false, aux = false;
    size_t comma = n;
    for (size_t k = v + 1; k < c && ok; k++) {
      if (k == o || in_subtree(heads, n, k, o) || (when < n && in_subtree(heads, n, k, when)))
        continue;
      /* (and the clause's own quotation mark and adverb: 'said the bloc
       * "strongly condemns" the use of force') */
      if (heads[k] == c + 1 && (rel_eq(p, rels, k, "punct") || rel_eq(p, rels, k, "advmod")))
        continue;
      /* (and the comma that closes the object's apposition, hung on "say":
       * "said the former mayor, Alice Guo, was detained") */
      /* (or of a noun in its phrase: "said the Australian ambassador in
       * Jakarta, Michael Harlow, had been summoned") */
      bool apposed = has_dep(p, heads, rels, n, o, o + 1, k, "appos");
      for (size_t j = o + 1; j < k && !apposed; j++)
        apposed = rel_eq(p, rels, j, "appos") && in_subtree(heads, n, j, o);
      /* (or its relative clause: "said the police, which has about
       * 10,000 officers, would deploy a unit") */
      apposed = apposed || has_dep(p, heads, rels, n, o, o + 1, k, "acl:relcl");
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "punct") && form_is(&w[k], ",") && apposed) {
        comma = k;
        continue;
      }
      ok = heads[k] == c + 1 && !strncmp(nm_parser_rel(p, rels[k]), "aux", 3);
      aux = aux || ok;
      if (rel_eq(p, rels, k, "aux:pass")) pass = true;
    }
    if (!ok || !(aux || xpos_finite(w[c].xpos))) {
      if (when < n) rels[when] = (uint16_t)p->rl_nsubj;
      continue;
    }
    if (comma < n) heads[comma] = (uint32_t)(c + 1);
    if (bare_conj || advcl) rels[c] = (uint16_t)p->rl_ccomp;
    heads[o] = (uint32_t)(c + 1);
    rels[o] = (uint16_t)(pass ? p->rl_nsubj_pass : p->rl_nsubj);
  }
}

/* "said on the group's television that its forces would keep fighting",
 * "said in a statement that …": a clause marked "that" with a subject of
 * its own, which the parse hung on a phrase of the verb of saying (the
 * medium, the statement, the day), is what was said, as UD has it; not
 * a noun that states its own content ("said in response to reports
 * that …") */
static void repair_said_in_clause(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  static const char *const saying[] = {"say",     "tell",   "announce", "state", "add",
                                       "write",   "report", "confirm",  "claim", "warn",
                                       "insist",  "stress", "declare",  "reveal", "acknowledge",
                                       "explain", "argue",  "note",     "allege", NULL};
  static const char *const content[] = {"report", "reports", "claim", "claims", "allegation",
                                        "allegations", "rumour", "rumours", "rumor", "rumors",
                                        "suggestion", "suggestions", "news", "assertion",
                                        "assertions", "fact", "fears", "view", "idea", NULL};
  if (p->rl_ccomp < 0) return;
  for (size_t t = 2; t + 2 < n; t++) {
    /* ("told reporters in Kinshasa that M23 fighters backed by Rwandan
     * forces had seized the town", parsed with "that" the subject of a
     * relative clause and the fighters' participle hung on "that": the
     * fighters are the subject, the participle theirs, "that" the
     * marker; the clause then goes to the verb of saying below) */
    if (form_is(&w[t], "that") && heads[t] && rel_eq(p, rels, t, "nsubj") && p->rl_mark >= 0 &&
        p->rl_acl >= 0 && heads[t] - 1 > t + 2 &&
        rel_eq(p, rels, heads[t] - 1, "acl:relcl")) {
      size_t cl = heads[t] - 1, k = n, s = n;
      for (size_t q = t + 1; q < cl && k == n; q++)
        if (heads[q] == t + 1 && rel_eq(p, rels, q, "acl:relcl") && xpos_is(&w[q], "VBN")) k = q;
      for (size_t q = t + 1; k < n && q < k && s == n; q++)
        if (heads[q] == k + 1 && rel_eq(p, rels, q, "nsubj") && nominal(&w[q])) s = q;
      if (s < n) {
        relink(heads, rels, s, cl, p->rl_nsubj);
        relink(heads, rels, k, s, p->rl_acl);
        relink(heads, rels, t, cl, p->rl_mark);
      }
    }
    if (!form_is(&w[t], "that") || !rel_eq(p, rels, t, "mark") || !heads[t]) continue;
    size_t cl = heads[t] - 1, nn = heads[cl] ? heads[cl] - 1 : n;
    if (cl <= t || nn >= t || !(rel_eq(p, rels, cl, "acl") || rel_eq(p, rels, cl, "acl:relcl")) ||
        !has_dep(p, heads, rels, n, cl, t + 1, cl, "nsubj") || form_in(&w[nn], content))
      continue;
    /* (or a noun in the phrase's own phrase: "said in a statement on a
     * website that its fighters had …") */
    size_t o = nn;
    for (int up = 0; up < 2 && heads[o] && rel_eq(p, rels, o, "nmod") && heads[o] - 1 < o; up++)
      o = heads[o] - 1;
    /* (or the audience of "tell": "told a news conference in Addis
     * Ababa that Eritrean units had moved …") */
    static const char *const tell[] = {"tell", NULL};
    bool audience = (rel_eq(p, rels, o, "obj") || rel_eq(p, rels, o, "iobj")) && heads[o] &&
                    lemma_in(&w[heads[o] - 1], tell);
    if ((strncmp(nm_parser_rel(p, rels[o]), "obl", 3) && !audience) || !heads[o]) continue;
    size_t v = heads[o] - 1;
    if (!lemma_in(&w[v], saying) || v >= nn || !upos_is(&w[v], "VERB") ||
        has_dep(p, heads, rels, n, v, 0, n, "ccomp"))
      continue;
    bool inside = true; /* the words between hang inside the phrase */
    for (size_t k = o + 1; k < t && inside; k++) inside = in_subtree(heads, n, k, o);
    /* a whole clause, not a relative one with a gap ("reported on the
     * progress that this country has made") */
    static const char *const whole[] = {"obj", "xcomp", "ccomp", "cop", "nsubj:pass", "expl",
                                        NULL};
    bool full = false;
    for (size_t q = 0; whole[q] && !full; q++)
      full = has_dep(p, heads, rels, n, cl, t + 1, n, whole[q]);
    if (!inside || !full) continue;
    heads[cl] = (uint32_t)(v + 1);
    rels[cl] = (uint16_t)p->rl_ccomp;
  }
}

/* "The World Food Programme said Wednesday it had resumed …": a day right
 * after "say" that the parse made its object, with a clause hung from it
 * that has a subject of its own, says when it was said; the clause is
 * what was said */
static void repair_said_day(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                            uint16_t *rels) {
  static const char *const days[] = {"monday", "tuesday",  "wednesday", "thursday", "friday",
                                     "saturday", "sunday", "today",     "yesterday", NULL};
  if (p->rl_ccomp < 0 || p->rl_tmod < 0) return;
  for (size_t v = 0; v + 3 < n; v++) {
    if (!w[v].lemma || strcmp(w[v].lemma, "say") || !upos_is(&w[v], "VERB")) continue;
    size_t o = v + 1;
    if (heads[o] != v + 1 || !rel_eq(p, rels, o, "obj") || !form_in(&w[o], days)) continue;
    for (size_t c = o + 2; c < n; c++) {
      if (heads[c] != o + 1 || !(rel_eq(p, rels, c, "acl:relcl") || rel_eq(p, rels, c, "acl")))
        continue;
      if (!has_dep(p, heads, rels, n, c, o + 1, c, "nsubj")) break;
      heads[c] = (uint32_t)(v + 1);
      rels[c] = (uint16_t)p->rl_ccomp;
      rels[o] = (uint16_t)p->rl_tmod;
      break;
    }
  }
}

/* "warned last month that Israel would not allow …": a clause opened by
 * "that" right after a time noun of the verb, with a subject of its own,
 * that the parse made a clause of the time noun, is what the verb says (a
 * month has no relative clause with its own subject and "that" as object
 * in news) */
static void repair_time_that(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                             uint16_t *rels) {
  static const char *const times[] = {"week", "month", "year", "day", "night", "morning",
                                      "afternoon", "evening", "weekend", "monday", "tuesday",
                                      "wednesday", "thursday", "friday", "saturday", "sunday",
                                      "today", "yesterday", NULL};
  /* "said last week that …", which the parse may take for an object */
  static const char *const deixis[] = {"last", "this", "next", "earlier", "late", NULL};
  if (p->rl_ccomp < 0 || p->rl_mark < 0) return;
  for (size_t t = 1; t + 2 < n; t++) {
    if (!form_in(&w[t], times) || !heads[t] || !form_is(&w[t + 1], "that") || !heads[t + 1])
      continue;
    if (strncmp(nm_parser_rel(p, rels[t]), "obl", 3) &&
        !(rel_eq(p, rels, t, "obj") && form_in(&w[t - 1], deixis) && heads[t - 1] == t + 1))
      continue;
    size_t v = heads[t] - 1, c = heads[t + 1] - 1;
    if (!upos_is(&w[v], "VERB") || c <= t + 1 || heads[c] != t + 1 ||
        !(rel_eq(p, rels, c, "acl:relcl") || rel_eq(p, rels, c, "acl")) ||
        !has_dep(p, heads, rels, n, c, t + 2, c, "nsubj"))
      continue;
    heads[c] = (uint32_t)(v + 1);
    rels[c] = (uint16_t)p->rl_ccomp;
    heads[t + 1] = (uint32_t)(c + 1);
    rels[t + 1] = (uint16_t)p->rl_mark;
    if (rel_eq(p, rels, t, "obj") && p->rl_tmod >= 0) rels[t] = (uint16_t)p->rl_tmod;
  }
}

/* "residents of the north, who were evacuated after Oct. 8": a clause
 * whose subject is "who" or "which" right after a comma that follows a
 * noun, which the parse made an adverbial clause, is the noun's relative
 * clause */
static void repair_relative_advcl(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  static const char *const who[] = {"who", "which", "whose", NULL};
  if (p->rl_relcl < 0) return;
  for (size_t s = 2; s + 1 < n; s++) {
    /* ("a mission fighting gangs that control most of the capital, …,
     * President X said", with "control" a second clause of "said": a
     * relative "that", tagged so, right after its noun) */
    bool that = form_is(&w[s], "that") && xpos_is(&w[s], "WDT") &&
                (upos_is(&w[s - 1], "NOUN") || upos_is(&w[s - 1], "PROPN"));
    /* (the noun may take its acronym in brackets first: "The Organization
     * for Security and Co-operation in Europe (OSCE), whose
     * representative …") */
    size_t nb = s - 2;
    if (!that && form_is(&w[nb], ")") && nb >= 3 && form_is(&w[nb - 2], "(")) nb -= 3;
    if (that) {
      if (!heads[s]) continue;
    } else if (!form_in(&w[s], who) || !form_is(&w[s - 1], ",") ||
               !(upos_is(&w[nb], "NOUN") || upos_is(&w[nb], "PROPN")) || !heads[s]) {
      continue;
    }
    /* "China's coast guard, whose ships fired …": the subject "whose"
     * owns, right after it */
    size_t sj = s;
    if (form_is(&w[s], "whose")) {
      sj = heads[s] - 1;
      if (sj <= s || sj > s + 3 || !heads[sj]) continue;
    }
    if (strncmp(nm_parser_rel(p, rels[sj]), "nsubj", 5)) continue;
    size_t c = heads[sj] - 1;
    /* (or the clause made the root, the main verb its conjunct after a
     * comma: "The OSCE, whose representative … has criticised Bishkek,
     * said it was alarmed": the verb becomes the root, the noun its
     * subject) */
    int root = label_index(p, "root");
    if (c > sj && !heads[c] && root >= 0 && p->rl_nsubj >= 0 && !that) {
      size_t v = n;
      for (size_t k = c + 2; k < n && k < c + 40 && v == n; k++)
        if (heads[k] == c + 1 && rels[k] == (uint16_t)p->rl_conj && form_is(&w[k - 1], ",") &&
            upos_is(&w[k], "VERB") && xpos_finite(w[k].xpos) &&
            !has_dep(p, heads, rels, n, k, 0, n, "nsubj") &&
            !has_cc(p, heads, rels, n, k, 0, k))
          v = k;
      size_t x = nb; /* (up the noun's phrase to its head, before it) */
      for (int k = 0; k < 8 && heads[x] && heads[x] != c + 1 && heads[x] - 1 < x; k++)
        x = heads[x] - 1;
      if (v < n && heads[x] == c + 1 && !strncmp(nm_parser_rel(p, rels[x]), "nsubj", 5)) {
        reroot(heads, rels, n, v, c, p->rl_relcl, root);
        heads[c] = (uint32_t)(x + 1); /* (the clause is the noun's) */
        heads[x] = (uint32_t)(v + 1);
        rels[x] = (uint16_t)p->rl_nsubj;
        continue;
      }
    }
    /* (a conjunct: "whose ships fired" joined to the main verb) */
    if (c <= sj || !heads[c] ||
        !(rel_eq(p, rels, c, "advcl") || rel_eq(p, rels, c, "ccomp") ||
          (rel_eq(p, rels, c, "conj") && heads[c] - 1 < s)))
      continue;
    /* "Greece, whose citizens make up part of the crew, said …" with
     * "Greece" hung inside the clause (a vocative): the noun first leaves
     * it, as the subject of the clause's verb when that verb has none,
     * else in the clause's place */
    /* (the phrase's word hung on the clause leaves it: "Marovia's
     * ambassador, Ana Liesl Dorr, who watched …": "ambassador"; and the
     * clause hangs on a name's first word) */
    size_t x = that ? s - 1 : nb;
    for (int k = 0; k < 6 && heads[x] && heads[x] - 1 < x && rel_eq(p, rels, x, "flat"); k++)
      x = heads[x] - 1;
    if (in_subtree(heads, n, x, c)) {
      size_t y = x;
      for (int k = 0; k < 16 && heads[y] && heads[y] - 1 != c; k++)
        y = heads[y] - 1;
      size_t v = heads[c] - 1;
      if (!heads[y] || heads[y] - 1 != c) continue;
      if (p->rl_nsubj >= 0 && v > c && xpos_finite(w[v].xpos) &&
          !has_dep(p, heads, rels, n, v, 0, n, "nsubj")) {
        heads[y] = (uint32_t)(v + 1);
        rels[y] = (uint16_t)p->rl_nsubj;
      } else {
        heads[y] = heads[c];
        rels[y] = rels[c];
      }
    }
    heads[c] = (uint32_t)(x + 1);
    rels[c] = (uint16_t)p->rl_relcl;
  }
}

/* "The ministry said the body of the soldier, whom it identified as Cpl.
 * X, would be repatriated": a clause opened by "whom" after a comma and a
 * noun, which the parse hung on the verb before as a clause of its own
 * (parataxis, a complement, an adverbial clause, a conjunct), is the
 * noun's relative clause; a verb the parse joined to it after a later
 * comma, with an
 * auxiliary and no subject of its own, goes back to that verb (where
 * repair_said_object_subject gives it the noun for its subject) */
static void repair_whom_clause(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                               uint16_t *rels) {
  if (p->rl_relcl < 0 || p->rl_ccomp < 0 || p->rl_conj < 0) return;
  for (size_t s = 2; s + 2 < n; s++) {
    if (!form_is(&w[s], "whom") || !form_is(&w[s - 1], ",") || !nominal(&w[s - 2]) ||
        !heads[s])
      continue;
    size_t c = heads[s] - 1;
    if (c <= s || c > s + 4 || !heads[c] || heads[c] - 1 >= s || !upos_is(&w[c], "VERB") ||
        !(rel_eq(p, rels, c, "parataxis") || rel_eq(p, rels, c, "ccomp") ||
          rel_eq(p, rels, c, "advcl") || rel_eq(p, rels, c, "conj")))
      continue;
    size_t v = heads[c] - 1, x = s - 2;
    for (int k = 0; k < 6 && heads[x] && heads[x] - 1 < x && rel_eq(p, rels, x, "flat"); k++)
      x = heads[x] - 1;
    if (in_subtree(heads, n, x, c)) continue;
    heads[c] = (uint32_t)(x + 1);
    rels[c] = (uint16_t)p->rl_relcl;
    for (size_t q = c + 2; q < n && q < c + 40; q++) {
      if (heads[q] != c + 1 || rels[q] != (uint16_t)p->rl_conj || !upos_is(&w[q], "VERB") ||
          has_dep(p, heads, rels, n, q, 0, n, "nsubj") ||
          !has_dep(p, heads, rels, n, q, c, q, "aux"))
        continue;
      bool comma = false;
      for (size_t k = c + 1; k < q && !comma; k++)
        comma = form_is(&w[k], ",");
      if (!comma) break;
      heads[q] = (uint32_t)(v + 1);
      rels[q] = (uint16_t)p->rl_ccomp;
      break;
    }
  }
}

/* "carried out an attack in Ituri province that killed 12 civilians": a
 * clause of harm opened by "that" or "which" right after a place noun
 * (or name) in a place phrase of an attack's noun tells what the attack
 * did, not the place */
static void repair_place_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  static const char *const harm[] = {"kill", "wound", "injure", "leave", "claim", "destroy",
                                     "damage", "displace", NULL};
  static const char *const places[] = {"province", "region", "district", "town", "village",
                                       "city", "county", "area", "state", "territory", NULL};
  static const char *const attacks[] = {"attack", "strike", "airstrike", "assault", "bombing",
                                        "raid", "ambush", "blast", "explosion", "shelling",
                                        "clash", "massacre", NULL};
  static const char *const at[] = {"in", "near", "on", "at", "outside", NULL};
  if (p->rl_relcl < 0) return;
  for (size_t v = 2; v < n; v++) {
    size_t r = v - 1;
    if (!heads[v] || !rel_eq(p, rels, v, "acl:relcl") || !lemma_in(&w[v], harm) ||
        !form_in(&w[r], (const char *const[]){"that", "which", NULL}) || heads[r] != v + 1)
      continue;
    size_t h = heads[v] - 1;
    if (h != r - 1 || !(lemma_in(&w[h], places) || upos_is(&w[h], "PROPN")) || !heads[h] ||
        !rel_eq(p, rels, h, "nmod"))
      continue;
    bool placed = false;
    for (size_t k = h > 4 ? h - 4 : 0; k < h && !placed; k++)
      placed = heads[k] == h + 1 && rel_eq(p, rels, k, "case") && lemma_in(&w[k], at);
    size_t a = heads[h] - 1;
    if (!placed || a >= h || !upos_is(&w[a], "NOUN") || !lemma_in(&w[a], attacks)) continue;
    heads[v] = (uint32_t)(a + 1);
  }
}

/* "Niger's ruling junta said": a gerund between a possessive and a noun
 * that the parse made a clause with the noun as its object, the owner
 * hung beside it, modifies the noun, which the owner owns and which takes
 * the owner's place */
static void repair_possessive_gerund(const nm_parser *p, const nm_pword *w, size_t n,
                                     uint32_t *heads, uint16_t *rels) {
  if (p->rl_amod < 0 || p->rl_poss < 0) return;
  for (size_t i = 2; i + 1 < n; i++) {
    if (!xpos_is(&w[i], "VBG") || !xpos_is(&w[i - 1], "POS") || !upos_is(&w[i + 1], "NOUN") ||
        heads[i + 1] != i + 1 || !rel_eq(p, rels, i + 1, "obj"))
      continue;
    size_t o = heads[i - 1] ? heads[i - 1] - 1 : n; /* the owner, which "'s" hangs on */
    if (o >= i - 1 || heads[o] != heads[i] || !heads[i]) continue;
    heads[i + 1] = heads[o];
    rels[i + 1] = rels[o];
    heads[o] = (uint32_t)(i + 2);
    rels[o] = (uint16_t)p->rl_poss;
    heads[i] = (uint32_t)(i + 2);
    rels[i] = (uint16_t)p->rl_amod;
  }
}

/* Nouns whose "that" clause states what they hold ("the claim that …",
 * "fears that …"), with no gap. */
static const char *const nm_content_nouns[] = {
    "claim",     "hope",      "fear",       "fact",       "belief",      "idea",
    "view",      "news",      "report",     "assurance",  "promise",     "warning",
    "sign",      "evidence",  "possibility", "chance",    "concern",     "risk",
    "suggestion", "allegation", "accusation", "statement", "announcement", "argument",
    "notion",    "suspicion", "rumor",      "rumour",     "impression",  "sense",
    "feeling",   "assumption", "expectation", "conviction", "confidence", "doubt",
    "proof",     "indication", "message",   "word",       "pledge",      "guarantee",
    "condition", "demand",    "requirement", "insistence", "recognition", "admission",
    "acknowledgement", "acknowledgment", "reminder", "realization", "understanding",
    "agreement", "decision",  "ruling",     "finding",    "conclusion",  "theory",
    "thought",   "sensation", "case",       "point",      "principle",   "premise",
    "threat",    "prospect",  "likelihood", "certainty",  "danger",      "position",
    NULL};

/* "reviving a maritime dispute that the two allies had sought to calm":
 * "that" right after a verb's object noun, read as the marker of a
 * clause the verb holds, opens a relative clause of the noun when the
 * clause has a gap: a subject and no object where its last verb needs one
 * ("that" is that object), or no subject ("claims that sought to confine
 * Turkey": "that" is the subject). Treebanks give a verb's object noun
 * right before its "that" clause no such clause (the told are "iobj");
 * verbs that tell or show someone something keep it. */
static void repair_that_gap_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                     uint32_t *heads, uint16_t *rels) {
  static const char *const tellers[] = {"tell", "show", "remind", "warn", "assure", "inform",
                                        "convince", "persuade", "promise", "teach", "notify",
                                        "advise", "bet", "ask", "satisfy", NULL};
  if (p->rl_relcl < 0 || p->rl_obj < 0 || p->rl_nsubj < 0) return;
  for (size_t t = 2; t + 2 < n; t++) {
    if (!form_is(&w[t], "that") || !heads[t] || !rel_eq(p, rels, t, "mark")) continue;
    size_t c = heads[t] - 1, o = t - 1;
    if (c <= t + 1 || c >= n || !heads[c] || !upos_is(&w[c], "VERB") ||
        !(upos_is(&w[o], "NOUN") || upos_is(&w[o], "PROPN")) || !heads[o] ||
        !rel_eq(p, rels, o, "obj"))
      continue;
    /* (or read as the clause a noun states, when the noun states none:
     * "a dispute that the allies had sought to calm") */
    if (rel_eq(p, rels, c, "acl") && heads[c] == o + 1) {
      if (lemma_in(&w[o], nm_content_nouns)) continue;
    } else if (!rel_eq(p, rels, c, "ccomp") || heads[o] != heads[c] ||
               lemma_in(&w[heads[c] - 1], tellers)) {
      continue;
    }
    /* the clause's last verb: down its chain of infinitives */
    size_t g = c;
    for (int step = 0; step < 4; step++) {
      size_t x = n;
      for (size_t k = g + 1; k < n && k < g + 4 && x == n; k++)
        if (heads[k] == g + 1 && rel_eq(p, rels, k, "xcomp") && upos_is(&w[k], "VERB")) x = k;
      if (x == n) break;
      g = x;
    }
    bool subj = has_dep(p, heads, rels, n, c, t + 1, c, "nsubj");
    if (has_dep(p, heads, rels, n, c, c + 1, n, "nsubj") ||
        has_dep(p, heads, rels, n, g, g + 1, n, "obj") ||
        has_dep(p, heads, rels, n, g, g + 1, n, "ccomp") ||
        has_dep(p, heads, rels, n, g, g + 1, n, "xcomp"))
      continue;
    /* (a verb with a particle needs no object: "if you get new fish that
     * they get along") */
    static const char *const particles[] = {"along", "away", "out", "up",   "down", "back",
                                            "off",   "on",   "over", "in",  "through", NULL};
    if (has_dep(p, heads, rels, n, g, g + 1, n, "compound:prt") ||
        (g + 1 < n && form_in(&w[g + 1], particles)))
      continue;
    if (subj)
      relink(heads, rels, t, g, p->rl_obj);
    else
      relink(heads, rels, t, c, p->rl_nsubj);
    relink(heads, rels, c, o, p->rl_relcl);
  }
}

/* "an admission by Moscow that Soviet forces murdered Polish officers":
 * "that" made the object of a relative clause whose verb has a subject
 * and an object of its own, or already its marker ("a speech on Friday
 * that his forces would not negotiate"), opens a clause the noun states */
static void repair_content_clause(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  /* not "a bill that critics say copies a Russian law": "that" belongs to
   * the clause a verb of saying or thinking holds; nor "militants that
   * Ankara considers terrorists": a verb of naming or giving has two
   * objects */
  static const char *const two_places[] = {
      "say",  "believe", "think",   "claim", "allege", "expect",   "know", "fear",
      "hope", "argue",   "suspect", "consider", "call", "name",    "deem", "label",
      "brand", "dub",    "declare", "make",  "elect",  "appoint",  "give", "send",
      "offer", "show",   "tell",    "ask",   "owe",    NULL};
  if (p->rl_mark < 0 || p->rl_acl < 0) return;
  for (size_t t = 1; t + 2 < n; t++) {
    if (!form_is(&w[t], "that") || !heads[t]) continue;
    size_t v = heads[t] - 1;
    if (v <= t || v >= n || !rel_eq(p, rels, v, "acl:relcl")) continue;
    if (lemma_in(&w[v], two_places)) continue;
    if (!rel_eq(p, rels, t, "mark")) {
      if (!rel_eq(p, rels, t, "obj") || !has_dep(p, heads, rels, n, v, t + 1, v, "nsubj") ||
          !has_dep(p, heads, rels, n, v, v + 1, n, "obj"))
        continue;
      rels[t] = (uint16_t)p->rl_mark;
    }
    rels[v] = (uint16_t)p->rl_acl;
  }
}

/* "… to return to northern Gaza until Hamas released a hostage": a word
 * that subordinates a clause (until, after, before, since, unless, once)
 * read as a preposition of the name after it, with a finite verb right
 * after the name that has no subject of its own, marks the verb's clause,
 * whose subject the name is, an adverbial clause of the verb the phrase
 * hung under */
static void repair_subordinator(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                                uint16_t *rels) {
  static const char *const subs[] = {"until", "after", "before", "since", "unless", "once",
                                     "while", "because", NULL};
  if (p->rl_nsubj < 0 || p->rl_mark < 0 || p->rl_advcl < 0) return;
  for (size_t u = 1; u + 2 < n; u++) {
    if (!form_in(&w[u], subs) || !heads[u] ||
        !(rel_eq(p, rels, u, "case") || rel_eq(p, rels, u, "mark")))
      continue;
    size_t nn = heads[u] - 1, v = nn + 1; /* the noun it was made the case of; the verb */
    /* (a marker of a noun is a copular clause's, "because this is what
     * gives …", unless the noun has no copula and is no pronoun) */
    if (rel_eq(p, rels, u, "mark") &&
        (nn >= n || upos_is(&w[nn], "PRON") || has_dep(p, heads, rels, n, nn, 0, n, "cop")))
      continue;
    /* (past the noun's own phrase: "after the United Nations special
     * envoy for Yemen warned that …") */
    while (nn < n && v < n && v < nn + 8 && heads[v] && !xpos_finite(w[v].xpos) &&
           in_subtree(heads, n, v, nn) && !(w[v].len == 1 && w[v].form[0] == ','))
      v++;
    /* (past a name set off after it: "while Denmark's envoy, Mads
     * Korsgaard, called the outcome …") */
    if (v + 1 < n && w[v].len == 1 && w[v].form[0] == ',') {
      size_t e = v + 1;
      while (e < n && heads[e] && heads[e] - 1 >= nn && heads[e] - 1 < e && e < v + 8 &&
             !(w[e].len == 1 && w[e].form[0] == ','))
        e++;
      if (e > v + 1 && e + 1 < n && w[e].len == 1 && w[e].form[0] == ',' &&
          heads[v + 1] == nn + 1 && rel_eq(p, rels, v + 1, "appos"))
        v = e + 1;
    }
    if (nn <= u || v >= n || !nominal(&w[nn]) || !xpos_finite(w[v].xpos) ||
        !upos_is(&w[v], "VERB") || has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    /* the verb the phrase hung under, not one under v */
    size_t g = heads[nn] ? heads[nn] - 1 : n;
    for (int up = 0; up < 8 && g < n && !upos_is(&w[g], "VERB"); up++)
      g = heads[g] ? heads[g] - 1 : n;
    for (size_t k = g, up = 0; k < n && up < n; k = heads[k] ? heads[k] - 1 : n, up++)
      if (k == v) g = n;
    if (g >= n) continue;
    heads[nn] = (uint32_t)(v + 1);
    rels[nn] = (uint16_t)p->rl_nsubj;
    heads[u] = (uint32_t)(v + 1);
    rels[u] = (uint16_t)p->rl_mark;
    heads[v] = (uint32_t)(g + 1);
    rels[v] = (uint16_t)p->rl_advcl;
  }
  /* "arrested the commander, hours after soldiers and armored vehicles
   * occupied the square": the noun phrase after the subordinator runs up
   * to the verb, and the verb was given a noun before the subordinator,
   * above the phrase, as its subject: the phrase is the subject and the
   * clause an adverbial clause of the verb it hung on; that noun measures
   * the clause (obl:unmarked) when it is a span of time, and is else the
   * upper verb's object (below) */
  static const char *const spans[] = {"hours", "days",  "minutes", "weeks", "months",
                                      "years", "moments", "hour",   "day",   NULL};
  for (size_t u = 1; p->rl_unmarked >= 0 && p->rl_obj >= 0 && u + 3 < n; u++) {
    if (!form_in(&w[u], subs) || !heads[u] || !rel_eq(p, rels, u, "case")) continue;
    size_t nn = heads[u] - 1, v = u + 1;
    if (nn <= u || !nominal(&w[nn])) continue;
    while (v < n && v < u + 12 && !xpos_finite(w[v].xpos))
      v++;
    if (v >= n || v >= u + 12 || v <= nn || !upos_is(&w[v], "VERB") || !heads[v]) continue;
    size_t s = n; /* the verb's subject, before the subordinator, above the phrase */
    for (size_t k = u > 64 ? u - 64 : 0; k < u; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "nsubj")) s = k;
    size_t a = nn;
    for (int up = 0; up < 8 && a != s && a < n; up++)
      a = heads[a] ? heads[a] - 1 : n;
    if (s >= n || a != s || !upos_is(&w[s], "NOUN")) continue;
    bool inside = true; /* every word between hangs inside the noun's phrase */
    for (size_t k = u + 1; k < v && inside; k++) {
      size_t h = k;
      for (int up = 0; up < 8 && h != nn && h > u && h < v; up++)
        h = heads[h] ? heads[h] - 1 : n;
      inside = h == nn;
    }
    size_t g = heads[v] - 1;
    if (!inside || g >= n || !upos_is(&w[g], "VERB") ||
        !(rel_eq(p, rels, v, "conj") || rel_eq(p, rels, v, "parataxis") ||
          rel_eq(p, rels, v, "ccomp")))
      continue;
    /* "broke off diplomatic relations with Ecuador late Friday after police
     * forced …": another noun is the object of the verb above, when it has
     * none */
    bool span = form_in(&w[s], spans);
    if (!span && (s < g || has_dep(p, heads, rels, n, g, 0, n, "obj"))) continue;
    heads[nn] = (uint32_t)(v + 1);
    rels[nn] = (uint16_t)p->rl_nsubj;
    heads[u] = (uint32_t)(v + 1);
    rels[u] = (uint16_t)p->rl_mark;
    if (span) {
      rels[s] = (uint16_t)p->rl_unmarked;
    } else {
      heads[s] = (uint32_t)(g + 1);
      rels[s] = (uint16_t)p->rl_obj;
    }
    rels[v] = (uint16_t)p->rl_advcl;
  }
}

/* "Gang leader Jean Bastien, whose coalition has attacked police
 * stations, warned that …": a sentence parsed with a noun as its root, the
 * relative clause after the noun as the root's clause and the main verb,
 * right after a comma with no subject of its own, as the relative
 * clause's conjunct: the main verb is the root, the noun its subject and
 * the relative clause the noun's */
/* Makes verb v the root with the old root noun r its subject; the words
 * after v that hung from r are v's. */
static void verb_over_root(const nm_parser *p, size_t n, uint32_t *heads, uint16_t *rels, size_t r,
                           size_t v) {
  for (size_t i = v + 1; i < n && i < v + 64; i++)
    if (heads[i] == r + 1) heads[i] = (uint32_t)(v + 1);
  heads[v] = 0;
  rels[v] = (uint16_t)p->root;
  heads[r] = (uint32_t)(v + 1);
  rels[r] = (uint16_t)p->rl_nsubj;
}

/* "The United States and the European Union, which have spent months
 * trying to broker a deal, sharply rebuked Pristina": the relative clause
 * c of the noun before its comma is right, but the finite verb after the
 * comma that closes it, with no subject of its own, was hung inside it
 * (an adverbial clause of "broker") and the root left on the noun r; the
 * verb is the root, with r its subject, when the noun is r or joined to
 * it */
static void relative_then_verb(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                               uint16_t *rels, size_t r, size_t noun, size_t c) {
  /* (the clause on the noun or on a word of its chain up to r: "Opposition
   * leader Mamadou Lamine Diouf, who …", the name in apposition to the
   * title and the clause on the title) */
  size_t up = noun;
  bool on_chain = heads[c] == noun + 1;
  for (int k = 0; k < 4 && up != r && heads[up] &&
                  (rel_eq(p, rels, up, "flat") || rel_eq(p, rels, up, "conj") ||
                   rel_eq(p, rels, up, "compound") ||
                   (rel_eq(p, rels, up, "appos") && heads[up] - 1 < up &&
                    upos_is(&w[up], "PROPN")));
       k++) {
    up = heads[up] - 1;
    on_chain = on_chain || heads[c] == up + 1;
  }
  if (up != r || !on_chain) return;
  for (size_t v = c + 2; v < n && v < c + 48; v++) {
    if (!xpos_finite(w[v].xpos) || xpos_is(&w[v], "MD")) continue;
    size_t a = v - 1, h = v;
    if (xpos_is(&w[a], "RB")) a--; /* ", sharply rebuked" */
    for (int k = 0; k < 12 && h != c && heads[h]; k++)
      h = heads[h] - 1;
    if (h != c) return; /* the clause ended without such a verb */
    /* (or a relative clause of a noun inside it, which a finite verb with
     * no subject after a comma cannot be: "Angola, which has mediated
     * between the two neighbours, invited both presidents") */
    if (!form_is(&w[a], ",") || has_dep(p, heads, rels, n, v, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, v, 0, n, "aux") ||
        !(rel_eq(p, rels, v, "conj") || rel_eq(p, rels, v, "parataxis") ||
          rel_eq(p, rels, v, "advcl") || rel_eq(p, rels, v, "acl:relcl")))
      continue;
    verb_over_root(p, n, heads, rels, r, v);
    return;
  }
}

static void repair_relative_root(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  static const char *const wh[] = {"who", "which", "whose", NULL};
  if (p->rl_relcl < 0 || p->rl_nsubj < 0 || n < 6) return;
  size_t r = n;
  for (size_t i = 0; i < n; i++)
    if (heads[i] == 0) {
      if (r != n) return; /* more than one root */
      r = i;
    }
  if (r == n || !nominal(&w[r]) || upos_is(&w[r], "PRON") ||
      has_dep(p, heads, rels, n, r, 0, n, "nsubj") || has_dep(p, heads, rels, n, r, 0, n, "cop") ||
      has_dep(p, heads, rels, n, r, 0, n, "csubj") || has_dep(p, heads, rels, n, r, 0, n, "expl"))
    return;
  for (size_t q = r + 2; q + 3 < n && q < r + 64; q++) {
    if (!form_in(&w[q], wh) || !form_is(&w[q - 1], ",") || !nominal(&w[q - 2]) || !heads[q])
      continue;
    size_t sj = form_is(&w[q], "whose") ? heads[q] - 1 : q; /* the clause's subject */
    if (sj < q || !heads[sj] || strncmp(nm_parser_rel(p, rels[sj]), "nsubj", 5)) return;
    size_t c = heads[sj] - 1; /* the relative clause's verb */
    if (c <= sj) return;
    if (rel_eq(p, rels, c, "acl:relcl")) {
      relative_then_verb(p, w, n, heads, rels, r, q - 2, c);
      return;
    }
    if (heads[c] != r + 1) return;
    for (size_t v = c + 2; v < n && v < c + 64; v++) {
      /* on the clause's verb, or on that verb's complement ("who says the
       * vote was rigged, spoke …": "spoke" a conjunct of "rigged") */
      size_t vh = heads[v] ? heads[v] - 1 : n;
      bool on_c = heads[v] == c + 1 ||
                  (vh < v && vh > c && heads[vh] == c + 1 && rel_eq(p, rels, vh, "ccomp") &&
                   rel_eq(p, rels, v, "conj"));
      /* ... or on a clause inside it, read as a participle ("who was in
       * Santa Cruz when the ruling was announced, called it …": "called"
       * a conjunct of "announced", with an object and no auxiliary) */
      bool nested = !on_c && vh < v && vh > c && heads[vh] == c + 1 &&
                    rel_eq(p, rels, v, "conj") &&
                    (rel_eq(p, rels, vh, "acl:relcl") || rel_eq(p, rels, vh, "advcl")) &&
                    (xpos_is(&w[v], "VBD") ||
                     (xpos_is(&w[v], "VBN") && has_dep(p, heads, rels, n, v, v, n, "obj") &&
                      !has_dep(p, heads, rels, n, v, 0, v, "aux") &&
                      !has_dep(p, heads, rels, n, v, 0, v, "aux:pass")));
      if (nested) {
        if (!form_is(&w[v - 1], ",") || has_dep(p, heads, rels, n, v, 0, n, "nsubj") ||
            has_cc(p, heads, rels, n, v, 0, v))
          return;
        size_t noun = q - 2;
        while (heads[noun] && heads[noun] - 1 < noun && noun - (heads[noun] - 1) < 4 &&
               rel_eq(p, rels, noun, "flat"))
          noun = heads[noun] - 1;
        if (noun != r) return;
        verb_over_root(p, n, heads, rels, r, v);
        heads[c] = (uint32_t)(noun + 1);
        rels[c] = (uint16_t)p->rl_relcl;
        /* (the clause's later conjuncts are the verb's: "and accused …") */
        for (size_t k = v + 1; k < n; k++)
          if (heads[k] == vh + 1 && rel_eq(p, rels, k, "conj")) heads[k] = (uint32_t)(v + 1);
        return;
      }
      if (!on_c || !xpos_finite(w[v].xpos)) continue;
      if (!form_is(&w[v - 1], ",") || !(rel_eq(p, rels, v, "conj") || rel_eq(p, rels, v, "parataxis")) ||
          has_dep(p, heads, rels, n, v, 0, n, "nsubj") || has_cc(p, heads, rels, n, v, 0, v))
        return;
      size_t noun = q - 2; /* "Jean Bastien": the name's first word */
      while (heads[noun] && heads[noun] - 1 < noun && noun - (heads[noun] - 1) < 4 &&
             rel_eq(p, rels, noun, "flat"))
        noun = heads[noun] - 1;
      verb_over_root(p, n, heads, rels, r, v);
      heads[c] = (uint32_t)(noun + 1);
      rels[c] = (uint16_t)p->rl_relcl;
      return;
    }
    return;
  }
}

/* The sentence's last word before its closing punctuation when it is
 * "says" or "said" as a verb (VBZ, VBD); n when it is not. */
static size_t final_says(const nm_pword *w, size_t n) {
  size_t v = n ? n - 1 : 0;
  while (v > 0 && upos_is(&w[v], "PUNCT"))
    v--;
  if (!n || !form_in(&w[v], says_forms) || !(xpos_is(&w[v], "VBZ") || xpos_is(&w[v], "VBD")))
    return n;
  return v;
}

/* "Iran seizes oil tanker in Gulf of Oman, U.S. Navy says": a sentence
 * (a headline) that ends in a comma, a name or noun and "says" or "said"
 * with no subject, the noun hung elsewhere: the noun is the verb's subject
 * and the verb the sourcing of the clause before it (parataxis) */
static void repair_trailing_says(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_parataxis < 0 || n < 5) return;
  size_t v = final_says(w, n);
  if (v == n || v < 3 || !nominal(&w[v - 1]) ||
      upos_is(&w[v - 1], "PRON") || has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
    return;
  size_t c = v - 1; /* the comma before the noun phrase, at most four words back */
  while (c > 0 && v - c < 5 && !form_is(&w[c], ","))
    c--;
  if (!form_is(&w[c], ",") || c < 2) return;
  /* the words between: one noun phrase, headed by the word before the verb */
  for (size_t k = c + 1; k + 1 < v; k++)
    if (!(nominal(&w[k]) || upos_is(&w[k], "ADJ") || upos_is(&w[k], "DET")) ||
        heads[k] < c + 2 || heads[k] > v)
      return;
  size_t r = 0; /* the root */
  while (r < n && heads[r] != 0)
    r++;
  if (r >= c) return;
  heads[v] = (uint32_t)(r + 1);
  rels[v] = (uint16_t)p->rl_parataxis;
  heads[v - 1] = (uint32_t)(v + 1);
  rels[v - 1] = (uint16_t)p->rl_nsubj;
  heads[c] = (uint32_t)(v + 1); /* the comma */
}

static bool day_word(const nm_pword *w);

/* The last word before the closing punctuation, or the word before it
 * when that last word is a day the verb before it hangs ("…, residents
 * said Thursday."). */
static size_t report_at_end(const nm_parser *p, const nm_pword *w, size_t n,
                            const uint32_t *heads) {
  (void)p;
  size_t v = n - 1;
  while (v > 0 && upos_is(&w[v], "PUNCT"))
    v--;
  if (v > 0 && day_word(&w[v]) && heads[v] == v) v--;
  return v;
}

/* "Warsame described the operation as "deliberately slow," saying
 * commanders had held back", parsed with "saying" hung on the closing
 * quotation mark: a speech gerund hung on a closing quotation mark is a
 * clause of the sentence's root verb. */
static void repair_gerund_on_punct(const nm_parser *p, const nm_pword *w, size_t n,
                                   uint32_t *heads, uint16_t *rels) {
  if (p->rl_advcl < 0) return;
  size_t r = 0; /* the root */
  while (r < n && heads[r] != 0)
    r++;
  if (r >= n || !upos_is(&w[r], "VERB")) return;
  static const char *const speech[] = {"say", "add", "call", "warn", "tell", "note", "insist",
                                       "argue", "accuse", "urge", "describe", NULL};
  for (size_t x = 1; x < n; x++) {
    if (!heads[x] || !xpos_is(&w[x], "VBG") || x <= r || !lemma_in(&w[x], speech)) continue;
    size_t h = heads[x] - 1;
    /* (a closing quotation mark, or the comma before it: "announced the
     * decision … late Monday, saying Peru had learned …") */
    if (h >= n || !upos_is(&w[h], "PUNCT") ||
        !(xpos_is(&w[h], "''") || form_is(&w[h], "\"") || form_is(&w[h], ",")))
      continue;
    heads[x] = (uint32_t)(r + 1);
    rels[x] = (uint16_t)p->rl_advcl;
  }
}

/* "The M23, which takes its name from a 2009 peace deal, took up arms
 * again and has since seized large parts of North Kivu", parsed with
 * "seized" a conjunct of "takes": a conjunct of a relative clause that
 * lies past the verb of the clause whose subject the relative's noun is
 * joins that verb. */
static void repair_conj_past_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, uint16_t *rels) {
  (void)w;
  for (size_t x = 2; x < n; x++) {
    if (!heads[x] || !rel_eq(p, rels, x, "conj")) continue;
    size_t h = heads[x] - 1;
    if (h >= x || !heads[h] || !rel_eq(p, rels, h, "acl:relcl")) continue;
    size_t noun = heads[h] - 1;
    if (noun >= h || !heads[noun] || !rel_eq(p, rels, noun, "nsubj")) continue;
    size_t r = heads[noun] - 1;
    if (r <= h || r >= x || !upos_is(&w[r], "VERB")) continue;
    heads[x] = (uint32_t)(r + 1);
  }
}

/* "In a post on social media, an adviser to the group, Ibrahim Yousif,
 * accused the army …", parsed with "adviser" a modifier of "post" and
 * "accused" with no subject: a noun after the opening phrase's comma,
 * with no preposition of its own, set off up to the comma before a
 * finite verb that has no subject, is that verb's subject. */
static void repair_subject_after_opening_phrase(const nm_parser *p, const nm_pword *w, size_t n,
                                                uint32_t *heads, uint16_t *rels) {
  if (n < 8 || p->rl_nsubj < 0) return;
  for (size_t v = 4; v < n && v < 128; v++) {
    if (!upos_is(&w[v], "VERB") || !xpos_finite(w[v].xpos) || !form_is(&w[v - 1], ",") ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj") || has_dep(p, heads, rels, n, v, 0, v, "expl"))
      continue;
    for (size_t k = 1; k + 2 < v; k++) {
      /* (the noun's phrase opens after the comma, its modifiers and
       * owner first: "…, Nunukan's district head, Irwan Sabri, said") */
      size_t ps = k;
      while (ps > 1 && k - ps < 5 && in_subtree(heads, n, ps - 1, k) && !form_is(&w[ps - 1], ","))
        ps--;
      if (!form_is(&w[ps - 1], ",") && !(ps >= 2 && form_is(&w[ps - 2], ",") &&
                                          upos_is(&w[ps - 1], "DET")))
        continue;
      size_t hk = heads[k] ? heads[k] - 1 : n;
      /* (hung on the opening phrase as a modifier, or, after an opening
       * participle clause, as the object of its last verb: "Standing on
       * the quay as the first ferry docked, Nunukan's district head …") */
      bool participle = xpos_is(&w[0], "VBG") || xpos_is(&w[0], "VBN");
      if (hk >= k || !upos_is(&w[k], "NOUN") ||
          !(rel_eq(p, rels, k, "nmod") || (participle && rel_eq(p, rels, k, "obj"))) ||
          has_dep(p, heads, rels, n, k, 0, n, "case"))
        continue;
      /* the noun's phrase reaches the comma before the verb */
      bool reach = true;
      for (size_t j = k + 1; j + 1 < v && reach; j++) {
        size_t h = heads[j] ? heads[j] - 1 : n;
        for (int up = 0; up < 8 && h != k && h < n && h > k && h < v; up++)
          h = heads[h] ? heads[h] - 1 : n;
        reach = h == k;
      }
      if (!reach) continue;
      /* (the opening phrase: a preposition or a participle first in the
       * sentence) */
      if (!upos_is(&w[0], "ADP") && !participle) return;
      heads[k] = (uint32_t)(v + 1);
      rels[k] = (uint16_t)p->rl_nsubj;
      heads[v - 1] = (uint32_t)(k + 1);
      return;
    }
  }
}

/* "Gunmen from Haiti's most powerful gang coalition stormed a town …,
 * killing at least 14 people, officials said Tuesday", parsed with the
 * sentence-initial "Gunmen" a second subject of the final "said" and
 * "stormed" a clause on "coalition": a past tense with an object, hung
 * as a clause on a noun in the first subject's phrase, is the reported
 * clause, with that first subject its own. */
static void repair_subject_acl_before_report(const nm_parser *p, const nm_pword *w, size_t n,
                                             uint32_t *heads, uint16_t *rels) {
  if (n < 8 || p->rl_nsubj < 0 || p->rl_ccomp < 0) return;
  size_t v = report_at_end(p, w, n, heads);
  if (v < 6 || v > 96 || heads[v] != 0 || !w[v].lemma || strcmp(w[v].lemma, "say") ||
      !xpos_finite(w[v].xpos))
    return;
  size_t s1 = n, s2 = n; /* the first subject, and the reporter's before "said" */
  for (size_t k = 0; k < v; k++)
    if (heads[k] == v + 1 && rel_eq(p, rels, k, "nsubj")) {
      if (s1 == n) s1 = k;
      s2 = k;
    }
  /* (the sentence's first words, or the first after a dateline's dash) */
  bool dash = s1 > 0 && (form_is(&w[s1 - 1], "-") ||
                         (w[s1 - 1].len == 3 && !memcmp(w[s1 - 1].form, "\xe2\x80\x94", 3)));
  if (s1 == n || s2 == s1 || (s1 > 2 && !dash) || !nominal(&w[s1]) || upos_is(&w[s1], "PRON") ||
      has_dep(p, heads, rels, n, v, s1 + 1, s2, "ccomp"))
    return;
  for (size_t a = s1 + 2; a < s2; a++) {
    if (heads[a] == 0 || heads[a] - 1 >= a || !rel_eq(p, rels, a, "acl") ||
        !xpos_is(&w[a], "VBD") || !has_dep(p, heads, rels, n, a, a + 1, s2, "obj"))
      continue;
    /* its noun in the first subject's phrase (two steps up at most) */
    size_t h = heads[a] - 1;
    bool under = h == s1;
    for (int up = 0; !under && up < 2 && heads[h] != 0 && heads[h] - 1 < a; up++) {
      h = heads[h] - 1;
      under = h == s1;
    }
    if (!under) return;
    heads[a] = (uint32_t)(v + 1);
    rels[a] = (uint16_t)p->rl_ccomp;
    heads[s1] = (uint32_t)(a + 1);
    /* (and a gerund set off after it, hung on "said": ", killing at
     * least 14 people, officials said" is the reported clause's) */
    for (size_t k = a + 1; k < s2; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "advcl") && xpos_is(&w[k], "VBG") &&
          form_is(&w[k - 1], ","))
        heads[k] = (uint32_t)(a + 1);
    return;
  }
}

/* "Israeli warplanes struck the port on Sunday, a day after the rebels
 * fired a missile at the airport, the military said", parsed with
 * "fired" an adverbial clause of the final "said": a clause with its
 * marker between the reported clause and the reporter's comma belongs to
 * the reported clause (after "said" it would be the writer's: "…, the
 * military said, days after …") */
static void repair_clause_before_report(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  static const char *const marks[] = {"after", "before", "since", "as", "when", "while",
                                      "until", NULL};
  if (n < 8) return;
  size_t v = report_at_end(p, w, n, heads);
  if (v < 6 || heads[v] != 0 || !w[v].lemma || strcmp(w[v].lemma, "say") ||
      !xpos_finite(w[v].xpos))
    return;
  size_t x = n; /* the reported clause, before "said" */
  for (size_t k = v > 64 ? v - 64 : 0; k < v; k++)
    if (heads[k] == v + 1 && rel_eq(p, rels, k, "ccomp")) x = k;
  if (x == n) return;
  for (size_t a = x + 1; a < v; a++) {
    if (heads[a] != v + 1 || !rel_eq(p, rels, a, "advcl")) continue;
    size_t m = n; /* its marker, first in its phrase */
    for (size_t k = x + 1; k < a; k++)
      if (heads[k] == a + 1 && rel_eq(p, rels, k, "mark")) {
        m = k;
        break;
      }
    if (m == n || !form_in(&w[m], marks)) continue;
    bool before_comma = false; /* a comma and the reporter's subject after the clause */
    for (size_t k = a + 1; k < v && !before_comma; k++)
      before_comma = form_is(&w[k], ",") && has_dep(p, heads, rels, n, v, k + 1, v, "nsubj");
    if (before_comma) heads[a] = (uint32_t)(x + 1);
  }
}

/* "The ELN has committed war crimes, Petro said on social media", parsed
 * with "said" a conjunct (no conjunction) of the root before the comma:
 * the sourcing of that clause (parataxis), as when "said" ends the
 * sentence */
static void repair_report_with_phrase(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, uint16_t *rels) {
  if (p->rl_parataxis < 0 || n < 6) return;
  for (size_t v = 3; v < n; v++) {
    /* (or a clause with no marker of its own: "North Korea fired a
     * missile on Monday, South Korea's Joint Chiefs of Staff said, days
     * before …", with "said" an advcl:relcl of "fired") */
    bool conj = rel_eq(p, rels, v, "conj");
    bool clause = rel_eq(p, rels, v, "advcl") || rel_eq(p, rels, v, "advcl:relcl") ||
                  rel_eq(p, rels, v, "acl:relcl");
    /* "The missile flew 600 kilometers before landing outside the zone,
     * the ministry said", parsed with "before" marking "said" and
     * "landing" its complement: the marker and its clause, before the
     * subject, are the root's adverbial clause */
    if (clause && heads[v] && heads[v] - 1 < v && p->rl_advcl >= 0 && p->rl_mark >= 0 &&
        w[v].lemma && !strcmp(w[v].lemma, "say")) {
      size_t m = n, x = n;
      for (size_t k = heads[v]; k < v; k++) {
        if (heads[k] != v + 1) continue;
        if (rel_eq(p, rels, k, "mark") && m == n) m = k;
        else if (rel_eq(p, rels, k, "ccomp") && m < k && x == n) x = k;
      }
      size_t sj = n;
      for (size_t k = x < n ? x + 1 : v; k < v; k++)
        if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_nsubj) sj = k;
      bool ing = x == m + 1 && w[x].len > 4 && !memcmp(w[x].form + w[x].len - 3, "ing", 3);
      if (m != n && x != n && sj != n && (upos_is(&w[x], "VERB") || ing)) {
        size_t a = sj;
        while (a > x && in_subtree(heads, n, a - 1, sj) && !form_is(&w[a - 1], ","))
          a--;
        if (form_is(&w[a - 1], ",") && a - 1 > x) {
          heads[m] = (uint32_t)(x + 1);
          heads[x] = heads[v];
          rels[x] = (uint16_t)p->rl_advcl;
        }
      }
    }
    if (!(conj || clause) || !heads[v] || !w[v].lemma || strcmp(w[v].lemma, "say") ||
        !xpos_finite(w[v].xpos) || has_cc(p, heads, rels, n, v, 0, n) ||
        has_dep(p, heads, rels, n, v, 0, n, "mark") ||
        has_dep(p, heads, rels, n, v, v + 1, n, "ccomp") ||
        has_dep(p, heads, rels, n, v, v + 1, n, "obj") ||
        (conj && v + 1 < n && form_is(&w[v + 1], ",")))
      continue; /* ("…, police said, the latest …": repair_midsentence_says) */
    size_t h = heads[v] - 1;
    if (h >= v || heads[h] != 0) continue;
    size_t sj = n; /* the subject's phrase right before, after a comma */
    for (size_t k = h + 1; k < v; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_nsubj) sj = k;
    static const char *const rel_words[] = {"who", "which", "that", "whom", NULL};
    if (sj == n || form_in(&w[sj], rel_words)) continue;
    size_t a = sj; /* the subject phrase's first word (the parse may hang the comma on it) */
    while (a > h + 1 && in_subtree(heads, n, a - 1, sj) && !form_is(&w[a - 1], ","))
      a--;
    if (!form_is(&w[a - 1], ",")) continue;
    rels[v] = (uint16_t)p->rl_parataxis;
  }
}

/* "An airstrike on a village killed at least 18 people, including
 * children, a resistance group and local residents said Thursday", parsed
 * with the reporters' phrase hung on the killed people's list and "said"
 * given no subject after the comma: the phrase of determiners, adjectives,
 * nouns and "and" between the last comma and a final "said" whose head
 * lies before the comma is the verb's subject (then the clause is set
 * right: repair_report_after_clause) */
static void repair_report_subject_in_list(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_punct < 0 || n < 8) return;
  if (p->rl_tmod < 0) return;
  size_t v = report_at_end(p, w, n, heads);
  if (v < 6 || heads[v] != 0 || !w[v].lemma || strcmp(w[v].lemma, "say") ||
      !xpos_finite(w[v].xpos))
    return;
  size_t c = v - 1;
  while (c > 0 && v - c < 8 && !form_is(&w[c], ","))
    c--;
  /* the clause before the comma is the verb's: its subject or itself */
  if (!form_is(&w[c], ",") || c + 1 >= v || has_dep(p, heads, rels, n, v, c, v, "nsubj") ||
      !(has_dep(p, heads, rels, n, v, 0, c, "nsubj") ||
        has_dep(p, heads, rels, n, v, 0, c, "ccomp")))
    return;
  size_t h = n;
  bool noun = false;
  for (size_t k = c + 1; k < v; k++) {
    if (!(nominal(&w[k]) || upos_is(&w[k], "ADJ") || upos_is(&w[k], "DET") ||
          upos_is(&w[k], "NUM") || form_is(&w[k], "and")) ||
        upos_is(&w[k], "PRON"))
      return;
    noun |= nominal(&w[k]);
    if (heads[k] >= c + 2 && heads[k] <= v) continue; /* inside the phrase */
    if (h != n || !heads[k] || heads[k] > c) return;  /* one head, hung before the comma */
    h = k;
  }
  if (h == n || !noun || !nominal(&w[h])) return;
  heads[h] = (uint32_t)(v + 1);
  rels[h] = (uint16_t)p->rl_nsubj;
  heads[c] = (uint32_t)(v + 1);
  rels[c] = (uint16_t)p->rl_punct;
  if (v + 1 < n && day_word(&w[v + 1]) && heads[v + 1] == v + 1 &&
      rels[v + 1] == (uint16_t)p->rl_nsubj) /* "said Thursday" read as the subject */
    rels[v + 1] = (uint16_t)p->rl_tmod;
}

/* "Sudan's army and the paramilitary Rapid Support Forces agreed on
 * Saturday to a truce …, Saudi and U.S. mediators said": a root "said" at
 * the end, with its subject after a comma, that the parse gave a second
 * subject far before it, the finite verb of that subject's clause hung
 * on the subject's phrase as a clause (acl) with no subject, marker or
 * relative word of its own: that verb is the root, with the first
 * subject its own, and "said" the sourcing of the clause (parataxis) */
static void repair_report_after_clause(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_parataxis < 0 || p->rl_punct < 0 || p->rl_obj < 0 || n < 8)
    return;
  size_t v = report_at_end(p, w, n, heads), x = n;
  /* (or with the writer's concession after it: "…, mediators said,
   * though neither side committed to a ceasefire", x its verb) */
  static const char *const concede[] = {"though", "although", "whereas", NULL};
  for (size_t k = 2; k + 3 < n && p->rl_advcl >= 0 && heads[v] != 0; k++)
    if (heads[k] == 0 && w[k].lemma && !strcmp(w[k].lemma, "say") && form_is(&w[k + 1], ",") &&
        form_in(&w[k + 2], concede) && heads[k + 2] > k + 3 && heads[k + 2] - 1 <= v &&
        heads[heads[k + 2] - 1] == k + 1 && in_subtree(heads, n, v, heads[k + 2] - 1)) {
      x = heads[k + 2] - 1;
      v = k;
    }
  if (v < 6 || heads[v] != 0 || !w[v].lemma || strcmp(w[v].lemma, "say") ||
      !xpos_finite(w[v].xpos))
    return;
  size_t c = v - 1; /* the comma before the reporter's phrase, at most six words back */
  while (c > 0 && v - c < 7 && !form_is(&w[c], ","))
    c--;
  if (!form_is(&w[c], ",")) return;
  size_t s1 = n, s2 = n, o = n, cv = n; /* the subjects before and after the comma */
  for (size_t k = 0; k < v; k++) {
    if (heads[k] != v + 1) continue;
    if (k < c && rel_eq(p, rels, k, "nsubj") && s1 == n)
      s1 = k;
    else if (k > c && rel_eq(p, rels, k, "nsubj"))
      s2 = k;
    else if (k < c && o == n && s1 < k && nominal(&w[k]) &&
             (rel_eq(p, rels, k, "ccomp") || rel_eq(p, rels, k, "obj")))
      o = k; /* "… killed at least 18 people, …, residents said": the killing's object */
    else if (k < c && cv == n && s1 < k && upos_is(&w[k], "VERB") && xpos_finite(w[k].xpos) &&
             rel_eq(p, rels, k, "ccomp") && !has_dep(p, heads, rels, n, k, 0, n, "nsubj") &&
             !has_dep(p, heads, rels, n, k, 0, n, "mark"))
      cv = k; /* "… agreed on Saturday to a truce, …": the clause, its subject taken */
    else if (k != c)
      return; /* "said" has other words of its own before it */
  }
  if (s1 == n || s2 == n) return;
  for (size_t k = c; k < v; k++)
    if (!in_subtree(heads, n, k, s2) && !(k == c && heads[c] == v + 1)) return;
  for (size_t a = cv != n ? cv : s1 + 1; a < c; a++) {
    /* (the tagger, misled by the same reading, may have made it a
     * participle) */
    if ((a != cv && (!rel_eq(p, rels, a, "acl") ||
                     !(xpos_finite(w[a].xpos) || xpos_is(&w[a], "VBN")) || !heads[a] ||
                     !in_subtree(heads, n, heads[a] - 1, s1))) ||
        has_dep(p, heads, rels, n, a, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, a, 0, n, "mark"))
      continue;
    for (size_t k = s1 + 1; k < a; k++) /* no relative word: "the forces that agreed" */
      if (heads[k] == a + 1) return;
    if (o != n && (o < a || has_dep(p, heads, rels, n, a, a + 1, n, "obj"))) return;
    if (o != n) {
      heads[o] = (uint32_t)(a + 1);
      rels[o] = (uint16_t)p->rl_obj;
    }
    heads[a] = 0;
    rels[a] = (uint16_t)p->root;
    heads[s1] = (uint32_t)(a + 1);
    heads[v] = (uint32_t)(a + 1);
    rels[v] = (uint16_t)p->rl_parataxis;
    heads[c] = (uint32_t)(v + 1);
    rels[c] = (uint16_t)p->rl_punct;
    for (size_t k = v + 1; k < n; k++) /* the closing punctuation */
      if (heads[k] == v + 1 && upos_is(&w[k], "PUNCT")) heads[k] = (uint32_t)(a + 1);
    if (x != n) { /* the concession, the writer's */
      heads[x] = (uint32_t)(a + 1);
      rels[x] = (uint16_t)p->rl_advcl;
    }
    return;
  }
}

/* "The sanctions freeze any assets the companies hold in the United States
 * and bar Americans from doing business with them", parsed with "hold" a
 * complement clause of "freeze" and "bar" its conjunct: a clause right
 * after a verb's object, with a subject of its own and no marker, object
 * or complement, hung on the verb as its complement, is a relative
 * clause of the object (its gap is the object); a conjunct of that clause
 * with an object of its own is the verb's. Not after a verb that takes an
 * object and a clause ("told reporters the talks had failed"). */
static void repair_bare_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  static const char *const two_complements[] = {
      "tell",  "inform", "warn", "assure", "remind", "notify",  "convince", "persuade",
      "show",  "teach",  "ask",  "promise", "advise", "caution", "bet",     "write",
      "email", "text",   "call", "urge",    "reassure", "brief", "signal", NULL};
  if (p->rl_relcl < 0 || p->rl_conj < 0 || n < 6) return;
  for (size_t h = 2; h + 1 < n; h++) {
    if (!rel_eq(p, rels, h, "ccomp") || !heads[h] || heads[h] - 1 >= h ||
        !xpos_finite(w[h].xpos) || xpos_is(&w[h], "MD"))
      continue;
    size_t v = heads[h] - 1, sb = h - 1; /* the verb; the clause's subject right before it */
    if (!upos_is(&w[v], "VERB") || lemma_in(&w[v], two_complements) || heads[sb] != h + 1 ||
        !rel_eq(p, rels, sb, "nsubj") || !nominal(&w[sb]) || upos_is(&w[sb], "PRON"))
      continue;
    size_t s0 = sb; /* the subject phrase's first word */
    while (s0 > 0 && heads[s0 - 1] == sb + 1 && s0 - 1 > v)
      s0--;
    size_t o = s0 - 1; /* the object's head, right before the subject phrase */
    if (o <= v || heads[o] != v + 1 || !rel_eq(p, rels, o, "obj") || !nominal(&w[o]) ||
        has_dep(p, heads, rels, n, h, h + 1, n, "obj") ||
        has_dep(p, heads, rels, n, h, h + 1, n, "ccomp") ||
        has_dep(p, heads, rels, n, h, h + 1, n, "xcomp") ||
        has_dep(p, heads, rels, n, h, 0, h, "mark") || has_dep(p, heads, rels, n, h, 0, h, "aux"))
      continue;
    heads[h] = (uint32_t)(o + 1);
    rels[h] = (uint16_t)p->rl_relcl;
    for (size_t k = h + 1; k < n && k < h + 64; k++)
      if (heads[k] == h + 1 && rels[k] == (uint16_t)p->rl_conj && upos_is(&w[k], "VERB") &&
          has_dep(p, heads, rels, n, k, k + 1, n, "obj"))
        heads[k] = (uint32_t)(v + 1);
  }
}

/* "Mediators presented a proposal on Thursday, two officials briefed on
 * the talks said, as Israeli airstrikes killed 25 Palestinians": a verb of
 * saying with its own subject, set off by a comma after the root's clause,
 * that the parse hung on the root as a modifier clause (or a conjunct with
 * no conjunction: "…, EU trade chief Maros Sefcovic said, after …") and gave the
 * marked clause after it as its complement: the verb is the sourcing of
 * the clause before it (parataxis), and the marked clause modifies the
 * root */
static void repair_midsentence_says(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  static const char *const marks[] = {"as", "while", "after", "before", "when", "amid",
                                      "despite", NULL};
  if (p->rl_parataxis < 0 || p->rl_advcl < 0 || n < 8) return;
  size_t r = 0; /* the root */
  while (r < n && heads[r] != 0)
    r++;
  for (size_t v = r + 3; v + 2 < n; v++) {
    if (!w[v].lemma || strcmp(w[v].lemma, "say") || !xpos_finite(w[v].xpos) ||
        heads[v] != r + 1 ||
        !(rel_eq(p, rels, v, "advcl") || rel_eq(p, rels, v, "advcl:relcl") ||
          rel_eq(p, rels, v, "acl") || rel_eq(p, rels, v, "acl:relcl") ||
          rel_eq(p, rels, v, "conj")))
      continue;
    bool joined = false; /* a conjunct by "and": "… and officials said" */
    for (size_t k = r + 1; k < v && !joined; k++)
      joined = heads[k] == v + 1 && rel_eq(p, rels, k, "cc");
    if (joined) continue;
    size_t sj = n; /* its subject, after a comma that closes the root's clause */
    for (size_t k = r + 1; k < v && sj == n; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "nsubj")) sj = k;
    if (sj == n) return;
    size_t c = sj; /* the comma before the subject's phrase */
    while (c > r && heads[c - 1] && !form_is(&w[c - 1], ",") && in_subtree(heads, n, c - 1, sj))
      c--;
    if (c == 0 || !form_is(&w[c - 1], ",")) return;
    static const char *const spans[] = {"day",  "days",  "hour",  "hours", "week",
                                        "weeks", "month", "months", "minutes", NULL};
    /* (or a prepositional phrase after the comma: "…, Lebanese officials
     * said, in one of the heaviest days of bombardment since …", which
     * says when the root's act was) */
    if (form_is(&w[v + 1], ",") && p->rl_obl >= 0 && !has_dep(p, heads, rels, n, v, v + 1, n,
                                                               "ccomp"))
      for (size_t k = v + 3; k < n && k < v + 8; k++) {
        if (heads[k] != v + 1 || !rel_eq(p, rels, k, "obl") ||
            !has_dep(p, heads, rels, n, k, v + 2, k, "case"))
          continue;
        bool phrase = true;
        for (size_t q = v + 2; q < k && phrase; q++)
          phrase = in_subtree(heads, n, q, k);
        if (!phrase) break;
        heads[k] = (uint32_t)(r + 1);
        heads[v] = (uint32_t)(r + 1);
        rels[v] = (uint16_t)p->rl_parataxis;
        return;
      }
    for (size_t k = v + 1; k < n; k++) { /* the marked clause after a comma */
      /* (or a phrase the parse hung on that comma: "…, the Philippine
       * military said, the third such incident this year") */
      bool on_comma = heads[k] == v + 2 && form_is(&w[v + 1], ",") && p->rl_punct >= 0;
      if (!on_comma && (heads[k] != v + 1 || !rel_eq(p, rels, k, "ccomp"))) continue;
      size_t m = n;
      for (size_t q = v + 1; q < k && m == n; q++)
        if (heads[q] == k + 1 && rel_eq(p, rels, q, "mark") && form_in(&w[q], marks)) m = q;
      /* ... or a span of time before such a clause: "…, South Korea's
       * military said, a day after Pyongyang denounced the drills" */
      bool span = false;
      if (m == n && form_in(&w[k], spans) && p->rl_tmod >= 0)
        for (size_t a = k + 1; a < n && a < k + 40 && !span; a++) {
          if (heads[a] != k + 1 || !(rel_eq(p, rels, a, "acl") || rel_eq(p, rels, a, "advcl")))
            continue;
          for (size_t q = k + 1; q < a && !span; q++)
            span = heads[q] == a + 1 && rel_eq(p, rels, q, "mark") && form_in(&w[q], marks);
        }
      /* ... or a noun phrase with its article and no clause of its own:
       * "…, police said, the latest in a wave of mass kidnappings" (an
       * apposition to the clause before) */
      bool np = m == n && !span && p->rl_appos >= 0 &&
                (upos_is(&w[k], "NOUN") || upos_is(&w[k], "ADJ")) &&
                has_dep(p, heads, rels, n, k, v + 1, k, "det") &&
                !has_dep(p, heads, rels, n, k, 0, n, "nsubj") &&
                !has_dep(p, heads, rels, n, k, 0, n, "cop") &&
                !has_dep(p, heads, rels, n, k, 0, n, "aux");
      if ((m == n && !span && !np) || !form_is(&w[v + 1], ",") || (on_comma && !np)) return;
      heads[k] = (uint32_t)(r + 1);
      rels[k] = (uint16_t)(span ? p->rl_tmod : np ? p->rl_appos : p->rl_advcl);
      if (on_comma) {
        heads[v + 1] = (uint32_t)(k + 1);
        rels[v + 1] = (uint16_t)p->rl_punct;
      }
      heads[v] = (uint32_t)(r + 1);
      rels[v] = (uint16_t)p->rl_parataxis;
      return;
    }
    return;
  }
}

/* Nouns of offices a name may hold, lower case, for the repairs of titles
 * below. */
static const char *const office_nouns[] = {
    "minister",  "president",  "secretary",    "ambassador", "governor",    "chairman",
    "chairwoman", "envoy",     "spokesman",    "spokeswoman", "spokesperson", "commander",
    "chief",     "director",   "premier",      "mayor",      "general",     "adviser",
    "advisor",   "head",       "leader",       "commissioner", "prosecutor", "judge",
    "justice",   "consul",     "attorney",     "chair",      "ceo",         "official",
    "officials", NULL};

/* "the office of Iraq's Oil Minister, Karim Hadi al-Saadi": a name right
 * after a title and its comma, which the parse made the title's conjunct
 * with no "and" or "or" in the list, is the title's holder, its
 * apposition */
static void repair_titled_name_conjunct(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  if (p->rl_appos < 0 || p->rl_conj < 0) return;
  for (size_t v = 4; v < n; v++) {
    /* (an honorific may stand between the comma and the name: "…, Sheikh
     * Abdulaziz al-Thani,") */
    size_t cm = v - 1;
    if (upos_is(&w[cm], "PROPN") && heads[cm] == v + 1 && form_is(&w[cm - 1], ","))
      cm--;
    /* ("X and his Azerbaijani counterpart, Elnur Mammadli,": the name
     * hung as an apposition on X, past the conjunct noun it follows, when
     * X is a name, which has its own; not "our founder and CEO, Glen
     * Jensen", a description's coordination) */
    if (heads[v] && upos_is(&w[v], "PROPN") && rel_eq(p, rels, v, "appos") &&
        form_is(&w[cm], ",") && cm >= 1 && upos_is(&w[cm - 1], "NOUN") &&
        rel_eq(p, rels, cm - 1, "conj") && heads[cm - 1] == heads[v] && heads[v] - 1 < cm - 1 &&
        upos_is(&w[heads[v] - 1], "PROPN")) {
      heads[v] = (uint32_t)cm; /* the noun, cm - 1 */
      continue;
    }
    /* ("Moscow's commissioner for human rights, Valentina Ryabova,": the
     * name hung as the apposition of the portfolio, "rights"; "The head of
     * the electoral commission, Fatoumata Binta Sylla,") */
    bool apposed = heads[v] && upos_is(&w[v], "PROPN") && rel_eq(p, rels, v, "appos") &&
                   form_is(&w[cm], ",") && heads[v] == cm && cm >= 2 &&
                   !form_in(&w[cm - 1], office_nouns) && rel_eq(p, rels, cm - 1, "nmod") &&
                   heads[cm - 1] && form_in(&w[heads[cm - 1] - 1], office_nouns) &&
                   upos_is(&w[heads[cm - 1] - 1], "NOUN");
    if (apposed) {
      size_t h = cm - 1, t = heads[h] - 1;
      bool below = t < h && h - t <= 8;
      for (size_t k = t + 1; k < h && below; k++)
        below = in_subtree(heads, n, k, t);
      /* (a name the clause goes on with, not a list: "…, X and Y") */
      size_t e = v + 1;
      while (e < n && heads[e] && in_subtree(heads, n, e, v))
        e++;
      /* (not an acronym, the body's own name, before the holder's: "the
       * national prisons agency, SNAI, Col. Fabian Lozada,") */
      bool acronym = w[v].len >= 2;
      for (size_t q = 0; q < w[v].len && acronym; q++)
        acronym = (w[v].form[q] >= 'A' && w[v].form[q] <= 'Z') || w[v].form[q] == '.';
      if (below && !acronym && e < n && (form_is(&w[e], ",") || upos_is(&w[e], "VERB"))) {
        heads[v] = (uint32_t)(t + 1);
        continue;
      }
    }
    if (!heads[v] || !upos_is(&w[v], "PROPN") || !rel_eq(p, rels, v, "conj") ||
        !form_is(&w[cm], ",") || heads[v] != cm)
      continue;
    size_t h = cm - 1;
    /* (or a place or body the title is for or at: "the UN special envoy
     * for Yemen, Anders Holmqvist,", the name hung on "Yemen"; "Qatar's
     * minister of state at the foreign ministry, Sheikh …") */
    bool below = heads[h] && heads[h] - 1 < h && h - (heads[h] - 1) <= 8;
    for (size_t k = below ? heads[h] : h; k < h && below; k++)
      below = in_subtree(heads, n, k, heads[h] - 1);
    if (!form_in(&w[h], office_nouns) && below &&
        rel_eq(p, rels, h, "nmod") && form_in(&w[heads[h] - 1], office_nouns) &&
        (form_is(&w[v + 1 < n ? v + 1 : v], ",") || upos_is(&w[v + 1 < n ? v + 1 : v], "PROPN"))) {
      size_t t = heads[h] - 1;
      bool list = false;
      for (size_t k = h + 1; k < n && !list; k++)
        list = heads[k] && (heads[k] == h + 1 || heads[k] == v + 1) && rel_eq(p, rels, k, "cc");
      if (!list) {
        heads[v] = (uint32_t)(t + 1);
        rels[v] = (uint16_t)p->rl_appos;
      }
      continue;
    }
    if (!form_in(&w[h], office_nouns) || w[h].form[0] < 'A' || w[h].form[0] > 'Z') continue;
    bool list = false; /* "the Minister, X and Y": a list */
    for (size_t k = h + 1; k < n && !list; k++)
      list = heads[k] && (heads[k] == h + 1 || heads[k] == v + 1) &&
             (rel_eq(p, rels, k, "cc") || (k != v && rel_eq(p, rels, k, "conj")));
    if (list) continue;
    rels[v] = (uint16_t)p->rl_appos;
  }
}

/* "Speaking to the council on Sunday, the UN special envoy, Anders
 * Holmqvist, said …": a noun after an opening participle's clause and its
 * comma, which the parse made the participle's apposition, is the subject
 * of the verb after it that the participle's clause hangs on, when that
 * verb has none */
static void repair_subject_after_participle(const nm_parser *p, const nm_pword *w, size_t n,
                                            uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0) return;
  for (size_t x = 3; x < n; x++) {
    if (!heads[x] || !rel_eq(p, rels, x, "appos") || !upos_is(&w[x], "NOUN")) continue;
    size_t g = heads[x] - 1;
    /* (or a noun of the opening phrase: "In a statement posted on its
     * Telegram channel, the group's media adviser, X, said …") */
    for (int up = 0; up < 6 && g < x && heads[g] && heads[g] - 1 < x && !xpos_is(&w[g], "VBG");
         up++)
      g = heads[g] - 1;
    if (g >= x || !heads[g] || !(xpos_is(&w[g], "VBG") || xpos_is(&w[g], "VBN")) ||
        !rel_eq(p, rels, g, "advcl"))
      continue;
    size_t r = heads[g] - 1;
    /* (a finite verb: "Using chalk, a stick, or your finger, draw a line"
     * is an imperative, which has no subject) */
    if (r <= x || !upos_is(&w[r], "VERB") || !xpos_finite(w[r].xpos) ||
        has_dep(p, heads, rels, n, r, 0, n, "nsubj"))
      continue;
    bool comma = false; /* the participle's clause ends at a comma before the noun */
    for (size_t k = x; k-- > g && !comma;)
      comma = form_is(&w[k], ",") && heads[k] && heads[k] - 1 >= k;
    if (!comma) continue;
    relink(heads, rels, x, r, p->rl_nsubj);
  }
}

/* "pledged 40 million pounds in humanitarian aid to Sudan": an in-phrase
 * right after a verb's object that is a sum of money, parsed as the
 * verb's, says what the sum is: it modifies the sum (the aid is what
 * was pledged) */
static void repair_sum_in_kind(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                               uint16_t *rels) {
  static const char *const sums[] = {"dollars", "euros", "pounds", "yen", "yuan", "rupees",
                                     "francs", "riyals", "dirhams", "rubles", "roubles",
                                     "million", "billion", "trillion", NULL};
  int nmod = label_index(p, "nmod");
  if (nmod < 0) return;
  for (size_t k = 2; k < n; k++) {
    if (!heads[k] || !rel_eq(p, rels, k, "obl") || !upos_is(&w[k], "NOUN")) continue;
    size_t v = heads[k] - 1, o = n, c = n;
    for (size_t q = v + 1; q < k; q++) {
      if (heads[q] == v + 1 && rels[q] == (uint16_t)p->rl_obj) o = q;
      if (heads[q] == k + 1 && form_is(&w[q], "in")) c = q;
    }
    static const char *const kinds[] = {"aid", "assistance", "support", "funding", "loans",
                                        "grants", "credit", "credits", "investment", "relief",
                                        "help", "financing", NULL};
    if (o == n || c != o + 1 || !form_in(&w[o], sums) || !lemma_in(&w[k], kinds)) continue;
    heads[k] = (uint32_t)(o + 1);
    rels[k] = (uint16_t)nmod;
  }
}

/* "he urged \"all actors to refrain …\" and said KFOR remained …": a
 * past tense with "and" or "but" right before it, which the parse made
 * the clausal complement of the past tense before it, is that verb's
 * conjunct (a complement takes no coordinator) */
static void repair_coordinated_complement(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  if (p->rl_conj < 0 || p->rl_ccomp < 0) return;
  for (size_t v = 2; v < n; v++) {
    if (!heads[v] || rels[v] != (uint16_t)p->rl_ccomp || !xpos_is(&w[v], "VBD") ||
        !(form_is(&w[v - 1], "and") || form_is(&w[v - 1], "but")) || heads[v - 1] != v + 1)
      continue;
    size_t h = heads[v] - 1;
    if (h >= v || !xpos_is(&w[h], "VBD") || has_dep(p, heads, rels, n, v, 0, v, "nsubj"))
      continue;
    rels[v] = (uint16_t)p->rl_conj;
  }
}

/* "when the ruling Georgian Dream party announced it would …": a word in
 * -ing with "the" before it, parsed as a clause's verb whose object is the
 * noun after it and whose complement is the verb after that, modifies the
 * noun (the treebanks' "the" + -ing verb is an amod 112 times in 119); the
 * noun is the subject of that verb, which takes the clause's place and its
 * words before ("when", the comma) */
static void repair_determined_participle(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_amod < 0 || p->rl_nsubj < 0 || p->rl_obj < 0) return;
  int det = label_index(p, "det");
  if (det < 0) return;
  for (size_t g = 1; g + 2 < n; g++) {
    if (!xpos_is(&w[g], "VBG") || !heads[g] || !form_is(&w[g - 1], "the") ||
        heads[g - 1] != g + 1 || rel_eq(p, rels, g, "amod"))
      continue;
    size_t o = n, v = n;
    for (size_t k = g + 1; k < n && k < g + 8; k++) {
      if (heads[k] != g + 1) continue;
      if (o == n && rels[k] == (uint16_t)p->rl_obj && upos_is(&w[k], "NOUN")) o = k;
      else if (o < n && v == n && k > o && upos_is(&w[k], "VERB") && xpos_finite(w[k].xpos) &&
               (rel_eq(p, rels, k, "ccomp") || rel_eq(p, rels, k, "conj")))
        v = k;
    }
    if (o == n || v == n || has_dep(p, heads, rels, n, v, o + 1, v, "nsubj")) continue;
    for (size_t k = 0; k < g - 1; k++) /* "when", the comma */
      if (heads[k] == g + 1) heads[k] = (uint32_t)(v + 1);
    heads[v] = heads[g];
    rels[v] = rels[g];
    relink(heads, rels, o, v, p->rl_nsubj);
    relink(heads, rels, g, o, p->rl_amod);
    relink(heads, rels, g - 1, o, det);
  }
}

/* "Armenian Foreign Minister Davit Hovhannisyan and his Azerbaijani
 * counterpart, Elnur Mammadli, met on Wednesday": a sentence parsed with
 * its first word, an adjective, the root, the name its object and the
 * finite verb its conjunct: the verb is the root, the name its subject and
 * the adjective a modifier of the name's title (or of the name) */
static void repair_adjective_root(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  if (p->rl_amod < 0 || p->rl_nsubj < 0 || p->rl_conj < 0 || n < 4) return;
  size_t r = 0;
  if (heads[r] != 0 || !upos_is(&w[r], "ADJ")) return;
  size_t x = n, v = n;
  for (size_t k = 1; k < n; k++) {
    if (heads[k] != r + 1) continue;
    if (x == n && rels[k] == (uint16_t)p->rl_obj && upos_is(&w[k], "PROPN")) x = k;
    else if (x < n && v == n && k > x && rels[k] == (uint16_t)p->rl_conj &&
             upos_is(&w[k], "VERB") && xpos_finite(w[k].xpos))
      v = k;
  }
  if (x == n || v == n || has_dep(p, heads, rels, n, v, 0, v, "nsubj")) return;
  size_t t = x; /* the name's title before it ("Minister"), else the name */
  for (size_t k = r + 1; k < x; k++)
    if (heads[k] == x + 1 && upos_is(&w[k], "PROPN") && t == x) t = k;
  for (size_t k = 1; k < n; k++) /* the root's other words go to the verb */
    if (heads[k] == r + 1 && k != x && k != v) heads[k] = (uint32_t)(v + 1);
  heads[v] = 0;
  rels[v] = rels[r]; /* root */
  relink(heads, rels, x, v, p->rl_nsubj);
  relink(heads, rels, r, t, p->rl_amod);
}

/* "met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani": a name
 * the parse made a conjunct of the capitalised word a few words before it
 * (the nationality before its title), with no "and", "or" or punctuation
 * between and every word between hung inside, heads the phrase; the
 * earlier word modifies it, and the words before that word go with it */
static void repair_conj_without_cc(const nm_parser *p, const nm_pword *w, size_t n,
                                   uint32_t *heads, uint16_t *rels) {
  if (p->rl_amod < 0) return;
  for (size_t v = 2; v < n; v++) {
    if (!heads[v] || !upos_is(&w[v], "PROPN") || !rel_eq(p, rels, v, "conj")) continue;
    size_t h = heads[v] - 1;
    if (h >= v || v - h < 2 || v - h > 6 || !w[h].len || w[h].form[0] < 'A' ||
        w[h].form[0] > 'Z' || !(upos_is(&w[h], "PROPN") || upos_is(&w[h], "ADJ")))
      continue;
    bool inside = true;
    for (size_t k = h + 1; k < v && inside; k++)
      inside = !upos_is(&w[k], "PUNCT") && !upos_is(&w[k], "CCONJ") && heads[k] > h + 1 &&
               heads[k] <= v + 1;
    if (!inside || has_cc(p, heads, rels, n, v, 0, n)) continue;
    for (size_t k = h > 8 ? h - 8 : 0; k < h; k++) /* "the", "in" of the phrase */
      if (heads[k] == h + 1) heads[k] = (uint32_t)(v + 1);
    heads[v] = heads[h];
    rels[v] = rels[h];
    heads[h] = (uint32_t)(v + 1);
    rels[h] = (uint16_t)p->rl_amod;
  }
}

/* "Rights groups say dozens of activists have been abducted": two nouns
 * that open the sentence, the second the subject of a verb of saying in
 * the present or past right after it, which the parse read as a reduced
 * relative clause of the first ("rights [that] groups say"), the first
 * the subject of the clause after and the verb's object between: the
 * first noun modifies the second, the verb of saying heads the sentence,
 * the clause after is what it says and the object is that clause's
 * subject. (A real relative clause with a gap, "the men police say killed
 * him were arrested", gives the verb of saying no object.) */
static void repair_noun_pair_says(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  static const char *const saying[] = {"say",  "claim",   "report", "allege", "warn",
                                       "fear", "believe", "insist", "estimate", NULL};
  if (p->rl_compound < 0 || p->rl_ccomp < 0 || n < 5) return;
  size_t a = 0; /* the first noun, after its modifiers */
  while (a < 3 && a + 4 < n && (upos_is(&w[a], "ADJ") || upos_is(&w[a], "DET")))
    a++;
  size_t b = a + 1, v = a + 2;
  if (v + 2 >= n || !upos_is(&w[a], "NOUN") || !upos_is(&w[b], "NOUN") ||
      heads[b] != v + 1 || strncmp(nm_parser_rel(p, rels[b]), "nsubj", 5) ||
      heads[v] != a + 1 || !rel_eq(p, rels, v, "acl:relcl") || !xpos_finite(w[v].xpos) ||
      !upos_is(&w[v], "VERB"))
    return;
  if (!lemma_in(&w[v], saying)) return;
  for (size_t k = 0; k < a; k++) /* the modifiers hang inside the first noun's phrase */
    if (heads[k] != a + 1) return;
  if (!heads[a]) {
    /* the first noun made the root, what is said the verb's clause
     * ("Rights groups say dozens … have been abducted"): the verb heads
     * the sentence and takes the noun's other dependents */
    if (!has_dep(p, heads, rels, n, v, v + 1, n, "ccomp")) return;
    for (size_t k = b + 1; k < n; k++)
      if (heads[k] == a + 1 && k != v) heads[k] = (uint32_t)(v + 1);
    heads[v] = 0;
    rels[v] = rels[a];
    heads[a] = (uint32_t)(b + 1);
    rels[a] = (uint16_t)p->rl_compound;
    return;
  }
  size_t x = heads[a] - 1; /* the clause the first noun was made the subject of */
  if (x <= v || x >= n || heads[x] || !upos_is(&w[x], "VERB") ||
      strncmp(nm_parser_rel(p, rels[a]), "nsubj", 5))
    return;
  size_t o = n; /* the verb of saying's object, before the clause */
  for (size_t k = v + 1; k < x && o == n; k++)
    if (heads[k] == v + 1 && rel_eq(p, rels, k, "obj") && nominal(&w[k])) o = k;
  if (o == n) return;
  heads[v] = 0;
  rels[v] = rels[x];
  heads[x] = (uint32_t)(v + 1);
  rels[x] = (uint16_t)p->rl_ccomp;
  heads[o] = (uint32_t)(x + 1);
  rels[o] = rels[a];
  heads[a] = (uint32_t)(b + 1);
  rels[a] = (uint16_t)p->rl_compound;
}

/* "NATO, whose peacekeepers patrol the area, said it was ready": a
 * sentence that opens with a noun phrase, a comma and a relative word,
 * whose relative clause ends at a comma right before a finite verb with
 * no subject, where the parse hung the noun elsewhere (a vocative, the
 * clause's dependent): the noun is the verb's subject and the clause
 * describes it */
static void repair_opening_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  static const char *const wh[] = {"who", "which", "whose", NULL};
  if (p->rl_relcl < 0 || p->rl_nsubj < 0 || n < 7) return;
  size_t q = 1; /* the relative word, after the opening phrase and its comma */
  while (q < n && q < 8 && !form_in(&w[q], wh))
    q++;
  if (q >= n || q < 2 || !form_is(&w[q - 1], ",")) return;
  size_t noun = q - 2; /* the phrase's head: its last word */
  if (!nominal(&w[noun]) || upos_is(&w[noun], "PRON")) return;
  for (size_t k = 0; k < noun; k++) /* one phrase: every word hung inside it */
    if (heads[k] < 1 || heads[k] > noun + 1 || upos_is(&w[k], "PUNCT")) return;
  size_t sj = form_is(&w[q], "whose") ? heads[q] - 1 : q; /* the clause's subject */
  if (!heads[q] || sj < q || sj >= n || !heads[sj] ||
      strncmp(nm_parser_rel(p, rels[sj]), "nsubj", 5))
    return;
  size_t c = heads[sj] - 1; /* the relative clause's verb */
  if (c <= sj || c >= n || !upos_is(&w[c], "VERB") || rel_eq(p, rels, c, "acl:relcl")) return;
  size_t v = c + 1; /* the comma that closes the clause, then the verb */
  while (v < n && v < c + 32 && !form_is(&w[v], ","))
    v++;
  v++;
  if (v >= n || !xpos_finite(w[v].xpos) || !upos_is(&w[v], "VERB") ||
      has_dep(p, heads, rels, n, v, 0, n, "nsubj") || heads[c] != v + 1)
    return;
  heads[noun] = (uint32_t)(v + 1);
  rels[noun] = (uint16_t)p->rl_nsubj;
  heads[c] = (uint32_t)(noun + 1);
  rels[c] = (uint16_t)p->rl_relcl;
}

/* "U.S. and British aircraft struck radar sites": a verb given two
 * subjects, the first a name or adjective whose phrase runs up to the
 * second, a common noun, with an adjective right before it (which no
 * subject ends in; "Colombia and ELN rebels extend truce" is two): the
 * first modifies the second (a compound or an adjective), and the second
 * alone is the subject. So too with a noun between, the second's compound
 * ("Kyrgyz and Tajik border troops exchanged fire"). */
static void repair_split_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  if (p->rl_amod < 0 || p->rl_compound < 0) return;
  for (size_t a = 0; a + 2 < n; a++) {
    if (!heads[a] || rels[a] != (uint16_t)p->rl_nsubj) continue;
    bool adj = upos_is(&w[a], "ADJ");
    if (!adj && !upos_is(&w[a], "PROPN")) continue;
    /* the second subject within 12 words, every word between hanging
     * inside the first's phrase */
    size_t b = a + 1;
    while (b < n && b < a + 12 && !(heads[b] == heads[a] && rels[b] == (uint16_t)p->rl_nsubj))
      b++;
    if (b == a + 1 || b >= n || b == a + 12 || !upos_is(&w[b], "NOUN")) continue;
    /* ("Kyrgyz and Tajik border troops": a noun between, the second's
     * compound, after the first's conjunct) */
    bool between = b >= a + 3 && upos_is(&w[b - 1], "NOUN") && heads[b - 1] == b + 1 &&
                   rels[b - 1] == (uint16_t)p->rl_compound &&
                   (upos_is(&w[b - 2], "ADJ") || upos_is(&w[b - 2], "PROPN")) &&
                   heads[b - 2] == a + 1 && rel_eq(p, rels, b - 2, "conj");
    if (!upos_is(&w[b - 1], "ADJ") && !between) continue;
    bool inside = true;
    for (size_t i = a + 1; i < b && inside; i++)
      inside = (heads[i] >= a + 1 && heads[i] <= b) || (between && i == b - 1);
    if (!inside) continue;
    heads[a] = (uint32_t)(b + 1);
    rels[a] = (uint16_t)(adj ? p->rl_amod : p->rl_compound);
  }
}

/* "Egyptian and Qatari mediators": two capitalised modifiers of one noun
 * with "and" or "or" between, the second hung on the noun beside the
 * first with the conjunction as its own: the second is the first's
 * conjunct, as UD has it (the noun's modifier is the pair) */
static void repair_modifier_pair(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  if (p->rl_conj < 0) return;
  for (size_t a = 0; a + 3 < n; a++) {
    size_t cc = a + 1, b = a + 2, h = a + 3; /* "Egyptian and Qatari mediators" */
    if (!heads[a] || heads[a] != h + 1 || heads[b] != h + 1 || heads[cc] != b + 1 ||
        !rel_eq(p, rels, cc, "cc") || !(form_is(&w[cc], "and") || form_is(&w[cc], "or")) ||
        !upos_is(&w[h], "NOUN"))
      continue;
    bool ok = true;
    size_t m[2] = {a, b};
    for (int i = 0; i < 2 && ok; i++)
      ok = w[m[i]].len && w[m[i]].form[0] >= 'A' && w[m[i]].form[0] <= 'Z' &&
           (upos_is(&w[m[i]], "ADJ") || upos_is(&w[m[i]], "PROPN")) &&
           (rel_eq(p, rels, m[i], "amod") || rel_eq(p, rels, m[i], "compound"));
    if (!ok) continue;
    heads[b] = (uint32_t)(a + 1);
    rels[b] = (uint16_t)p->rl_conj;
  }
}

/* "China's commerce ministry condemned …" parsed with "commerce" and
 * "ministry" both subjects of the verb (or "AU Commission chairman
 * Mahmoud Ali Youssouf said", "AU" and "chairman"): of two nouns side by
 * side, the first with its flat name words,
 * subjects of one verb, the second is a name of the first's when it is a
 * capitalised proper noun (a title's, "leader Saddam Hussein", in
 * apposition; a name's, "Kim Jong", flat), else the first modifies the
 * second (a compound), which takes the first's determiner and
 * possessor. The second may come after its own modifiers ("Soviet NKVD
 * security forces murdered", a common noun). */
static void repair_adjacent_subjects(const nm_parser *p, const nm_pword *w, size_t n,
                                     uint32_t *heads, uint16_t *rels) {
  if (p->rl_compound < 0 || p->rl_poss < 0 || p->rl_appos < 0 || p->rl_flat < 0) return;
  for (size_t a = 0; a + 1 < n; a++) {
    size_t b = a + 1;
    /* (past the first's own name words: "AU Commission chairman") */
    while (b + 1 < n && b < a + 4 && heads[b] == a + 1 && rels[b] == (uint16_t)p->rl_flat)
      b++;
    /* (and past the second's own modifiers: "Soviet NKVD security forces") */
    size_t t = heads[b] ? heads[b] - 1 : b;
    if (t > b && t < a + 7 && t < n && heads[t] == heads[a] && rels[t] == (uint16_t)p->rl_nsubj) {
      bool mods = true;
      for (size_t k = b; k < t && mods; k++)
        mods = heads[k] == t + 1 && (rels[k] == (uint16_t)p->rl_compound ||
                                     rel_eq(p, rels, k, "amod") || rel_eq(p, rels, k, "nummod"));
      if (mods && upos_is(&w[t], "NOUN")) b = t;
    }
    if (!heads[a] || heads[a] != heads[b] || rels[a] != (uint16_t)p->rl_nsubj ||
        rels[b] != (uint16_t)p->rl_nsubj || !(upos_is(&w[a], "NOUN") || upos_is(&w[a], "PROPN")) ||
        !(upos_is(&w[b], "NOUN") || upos_is(&w[b], "PROPN")))
      continue;
    if (form_is(&w[b], "today") || form_is(&w[b], "tonight") || form_is(&w[b], "yesterday"))
      continue; /* "Athens today is …": a day the tagger took for a noun */
    if (upos_is(&w[b], "PROPN") && w[b].len && w[b].form[0] >= 'A' && w[b].form[0] <= 'Z') {
      heads[b] = (uint32_t)(a + 1);
      rels[b] = (uint16_t)(upos_is(&w[a], "PROPN") ? p->rl_flat : p->rl_appos);
      continue;
    }
    for (size_t i = a > 64 ? a - 64 : 0; i < a; i++)
      if (heads[i] == a + 1 && (rels[i] == (uint16_t)p->rl_poss || rel_eq(p, rels, i, "det")))
        heads[i] = (uint32_t)(b + 1);
    heads[a] = (uint32_t)(b + 1);
    rels[a] = (uint16_t)p->rl_compound;
  }
}

/* "U.S. Secretary of State Warren Christopher telephoned …" parsed with
 * the title phrase and the name each a subject of the verb: a capitalised
 * title whose phrase ("Secretary of State") ends right before a name that
 * is also the verb's subject describes that name (nmod:desc, as the
 * treebanks hang "Ambassador to the United States Hamdullah Mohib"). The
 * title's own phrase holds no punctuation. An owner's phrase ("The Port
 * Employers' Association") is the name's nmod:poss. */
static void repair_title_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  int desc = label_index(p, "nmod:desc");
  if (desc < 0 || p->rl_nsubj < 0) return;
  for (size_t b = 2; b < n; b++) {
    if (rels[b] != (uint16_t)p->rl_nsubj || !heads[b] || !upos_is(&w[b], "PROPN") ||
        !w[b].len || w[b].form[0] < 'A' || w[b].form[0] > 'Z')
      continue;
    size_t a = n;
    for (size_t k = b > 12 ? b - 12 : 0; k + 1 < b; k++)
      if (heads[k] == heads[b] && rels[k] == (uint16_t)p->rl_nsubj && upos_is(&w[k], "PROPN") &&
          w[k].len && w[k].form[0] >= 'A' && w[k].form[0] <= 'Z')
        a = k;
    if (a == n) continue;
    bool phrase = true; /* a's words run up to b, a's own */
    for (size_t k = a + 1; k < b && phrase; k++)
      phrase = in_subtree(heads, n, k, a) && !upos_is(&w[k], "PUNCT");
    if (!phrase) continue;
    bool owner = false; /* "The Port Employers' Association": the owner's */
    for (size_t k = a + 1; k < b && !owner; k++)
      owner = heads[k] == a + 1 && xpos_is(&w[k], "POS");
    heads[a] = (uint32_t)(b + 1);
    rels[a] = (uint16_t)(owner && p->rl_poss >= 0 ? p->rl_poss : desc);
  }
}

/* "Water and Energy Minister Dagnachew Ayele said …" parsed with "Water"
 * the subject and the name its conjunct: a capitalised noun, "and", then
 * capitalised words of a title that describes (nmod:desc) a name, is the
 * first half of the title's field. The name takes the noun's place; the
 * noun modifies the title, and the field's second word is its conjunct. */
static void repair_split_title_field(const nm_parser *p, const nm_pword *w, size_t n,
                                     uint32_t *heads, uint16_t *rels) {
  int desc = label_index(p, "nmod:desc"), cc = label_index(p, "cc");
  if (desc < 0 || cc < 0 || p->rl_conj < 0 || p->rl_compound < 0) return;
  for (size_t a = 0; a + 4 < n; a++) {
    if (!(upos_is(&w[a], "NOUN") || upos_is(&w[a], "PROPN")) || !w[a].len ||
        w[a].form[0] < 'A' || w[a].form[0] > 'Z' || !upos_is(&w[a + 1], "CCONJ") ||
        !form_is(&w[a + 1], "and"))
      continue;
    size_t b = n, t = n; /* the name, its title */
    for (size_t k = a + 2; k < n && k < a + 8 && b == n; k++) {
      if (!w[k].len || w[k].form[0] < 'A' || w[k].form[0] > 'Z') break;
      if (heads[k] == a + 1 && rels[k] == (uint16_t)p->rl_conj && upos_is(&w[k], "PROPN")) b = k;
    }
    if (b == n || b < a + 3) continue;
    /* (the noun a bare word: not "President Biden and Vice President
     * Harris", a titled name of its own) */
    bool bare = true;
    for (size_t k = a > 3 ? a - 3 : 0; k < a && bare; k++)
      bare = heads[k] != a + 1 || upos_is(&w[k], "DET");
    for (size_t k = a + 2; k < b; k++)
      if (heads[k] == b + 1 && rels[k] == (uint16_t)desc) t = k;
    if (!bare) continue;
    if (t == n || t == a + 2) continue;
    heads[b] = heads[a];
    rels[b] = rels[a];
    relink(heads, rels, a, t, p->rl_compound);
    relink(heads, rels, a + 2, a, p->rl_conj);
    relink(heads, rels, a + 1, a + 2, cc);
    for (size_t k = a + 3; k < b; k++) /* other title words hung on the noun: the title's */
      if (heads[k] == a + 1) heads[k] = (uint32_t)(t + 1);
  }
}

/* "when rebel forces seized Damascus and the president fled to Russia":
 * a past verb right after a noun the parse made a conjunct of the object
 * of the verb above it, hung on that verb as a complement with no subject
 * of its own, has that noun for its subject and is the verb's conjunct */
static void repair_object_conj_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  if (p->rl_conj < 0 || p->rl_nsubj < 0) return;
  for (size_t v = 3; v < n; v++) {
    size_t x = v - 1; /* the noun */
    if (!xpos_is(&w[v], "VBD") || !heads[v] || !heads[x] || !rel_eq(p, rels, x, "conj") ||
        !(rel_eq(p, rels, v, "ccomp") || rel_eq(p, rels, v, "parataxis")) ||
        !(upos_is(&w[x], "NOUN") || upos_is(&w[x], "PROPN")))
      continue;
    size_t o = heads[x] - 1, u = heads[v] - 1;
    if (o >= x || heads[o] != u + 1 || !rel_eq(p, rels, o, "obj") || u >= o ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    bool cc = false; /* "and" between the object and the noun */
    for (size_t k = o + 1; k < x && !cc; k++)
      cc = heads[k] == x + 1 && rel_eq(p, rels, k, "cc");
    if (!cc) continue;
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_nsubj;
    rels[v] = (uint16_t)p->rl_conj;
    for (size_t k = o + 1; k < x; k++) /* (the "and" and the noun's words go with it) */
      if (heads[k] == x + 1 && rel_eq(p, rels, k, "cc")) heads[k] = (uint32_t)(v + 1);
  }
}

/* "Police detained striking doctors": a gerund of a state people are in
 * (striking, protesting, fleeing …) right after a verb with no object,
 * hung on it as a complement, with a plural noun right after it for its
 * object, modifies that noun, the verb's object */
static void repair_gerund_modifier_object(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  static const char *const states[] = {"striking",    "protesting",  "demonstrating", "fleeing",
                                       "rioting",     "marching",    "retreating",
                                       /* "fled surrounding villages" */
                                       "surrounding", "neighbouring", "neighboring",  "outlying",
                                       "adjoining",   NULL};
  if (p->rl_amod < 0 || p->rl_obj < 0) return;
  for (size_t g = 1; g + 1 < n; g++) {
    size_t v = g - 1, o = g + 1;
    if (heads[g] != v + 1 || !rel_eq(p, rels, g, "xcomp") || !form_in(&w[g], states) ||
        !upos_is(&w[v], "VERB") || heads[o] != g + 1 || !rel_eq(p, rels, o, "obj") ||
        !xpos_is(&w[o], "NNS") || has_dep(p, heads, rels, n, v, v + 1, n, "obj"))
      continue;
    heads[o] = (uint32_t)(v + 1);
    heads[g] = (uint32_t)(o + 1);
    rels[g] = (uint16_t)p->rl_amod;
    for (size_t k = o + 1; k < n && k < o + 64; k++) /* (the rest hung on the gerund) */
      if (heads[k] == g + 1) heads[k] = (uint32_t)(v + 1);
  }
}

/* "…, a move opposition parties denounced as a \"constitutional coup\"":
 * parsed with "move" a compound of "parties" (which "a" cannot count) and
 * "denounced" a clause on them. An article "a" or "an" on a plural noun
 * whose first noun is singular and a compound of it, with a past verb hung
 * right after as a clause on the plural, is a relative clause without its
 * word: the singular noun heads the phrase, the plural is the clause's
 * subject. */
static void repair_zero_relative_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_relcl < 0 || p->rl_nsubj < 0 || p->rl_compound < 0) return;
  for (size_t d = 0; d + 3 < n; d++) {
    if (!(form_is(&w[d], "a") || form_is(&w[d], "an") || form_is(&w[d], "A") ||
          form_is(&w[d], "An")) ||
        !heads[d])
      continue;
    size_t h = heads[d] - 1, x = d + 1, v = h + 1;
    if (h <= x + 0 || v >= n || !xpos_is(&w[h], "NNS") || !xpos_is(&w[x], "NN") ||
        heads[x] != h + 1 || rels[x] != (uint16_t)p->rl_compound || heads[v] != h + 1 ||
        !(rel_eq(p, rels, v, "acl") || rels[v] == (uint16_t)p->rl_relcl) ||
        !(xpos_is(&w[v], "VBD") || xpos_is(&w[v], "VBN")))
      continue;
    bool chain = true; /* only the plural's compounds between them */
    for (size_t k = x + 1; k < h && chain; k++)
      chain = heads[k] == h + 1 && rels[k] == (uint16_t)p->rl_compound;
    if (!chain) continue;
    heads[x] = heads[h];
    rels[x] = rels[h];
    heads[d] = (uint32_t)(x + 1);
    heads[h] = (uint32_t)(v + 1);
    rels[h] = (uint16_t)p->rl_nsubj;
    heads[v] = (uint32_t)(x + 1);
    rels[v] = (uint16_t)p->rl_relcl;
    for (size_t k = 0; k < n; k++) /* the phrase's other dependents on its new head */
      if (k != d && k != v && heads[k] == h + 1 && k > v) heads[k] = (uint32_t)(x + 1);
  }
}

/* "X was arrested in the northern province of Ngozi after telling
 * supporters that …": parsed with the gerund a clause on the place's
 * noun. A gerund hung as acl, with "after", "before", "while", "since",
 * "upon" or "without" for its marker, on a noun that is a verb's oblique
 * (a place, a time) is an adverbial clause of that verb. */
static void repair_marked_gerund_clause(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  static const char *const marks[] = {"after", "before", "while", "since", "upon", "without",
                                      NULL};
  if (p->rl_acl < 0 || p->rl_advcl < 0) return;
  for (size_t g = 1; g < n; g++) {
    if (!xpos_is(&w[g], "VBG") || rels[g] != (uint16_t)p->rl_acl || !heads[g]) continue;
    bool marked = false;
    for (size_t k = 0; k < g && !marked; k++)
      marked = heads[k] == g + 1 && rel_eq(p, rels, k, "mark") && form_in(&w[k], marks);
    /* (or set off by a comma right after the place: "…, in the
     * southwestern Gedo region, killing at least 17 fighters") */
    static const char *const places[] = {"region", "province", "district", "town", "city",
                                         "village", "state", "county", "area", "capital",
                                         "border", "camp", NULL};
    if (!marked && g > 0 && form_is(&w[g - 1], ",") && heads[g - 1] == g + 1 && heads[g] &&
        form_in(&w[heads[g] - 1], places))
      marked = true;
    if (!marked) continue;
    /* (the noun a place's or a time's phrase on the verb: not "a firm
     * job offer before going") */
    size_t x = heads[g] - 1;
    if (!rel_eq(p, rels, x, "obl") || !heads[x]) continue;
    size_t v = heads[x] - 1;
    if (!upos_is(&w[v], "VERB") || v >= g) continue;
    heads[g] = (uint32_t)(v + 1);
    rels[g] = (uint16_t)p->rl_advcl;
  }
}

/* "people had fled Ayod and surrounding villages": parsed with
 * "surrounding" a verb joined to "fled" and "villages" its object. A
 * gerund right after "and" or "or", joined to a finite verb that has an
 * object before it, with nothing of its own but the conjunction and a
 * plural object right after it, modifies that noun, which is the second
 * object. */
static void repair_gerund_conj_modifier(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  if (p->rl_amod < 0 || p->rl_obj < 0 || p->rl_conj < 0) return;
  for (size_t g = 2; g + 1 < n; g++) {
    size_t o = g + 1;
    if (!xpos_is(&w[g], "VBG") || rels[g] != (uint16_t)p->rl_conj || !heads[g] ||
        !(form_is(&w[g - 1], "and") || form_is(&w[g - 1], "or")) || heads[g - 1] != g + 1 ||
        heads[o] != g + 1 || !rel_eq(p, rels, o, "obj") || !xpos_is(&w[o], "NNS"))
      continue;
    size_t v = heads[g] - 1;
    if (v >= g || !(xpos_is(&w[v], "VBD") || xpos_is(&w[v], "VBZ") || xpos_is(&w[v], "VBP") ||
                    xpos_is(&w[v], "VBN")))
      continue;
    size_t x = n; /* the first object */
    for (size_t k = v + 1; k + 1 < g && x == n; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_obj) x = k;
    bool bare = x < n; /* nothing else on the gerund */
    for (size_t k = 0; k < n && bare; k++)
      bare = heads[k] != g + 1 || k == g - 1 || k == o;
    if (!bare) continue;
    heads[o] = (uint32_t)(x + 1);
    rels[o] = (uint16_t)p->rl_conj;
    heads[g - 1] = (uint32_t)(o + 1); /* the conjunction on the new conjunct */
    heads[g] = (uint32_t)(o + 1);
    rels[g] = (uint16_t)p->rl_amod;
  }
}

/* "The Group for the Support of Islam and Muslims (JNIM), the most
 * powerful jihadist coalition in the Sahel, claimed the attack": parsed
 * with the name the root and the verb a clause beside it whose subject
 * is the apposition. A finite verb after a comma, hung on the root noun
 * as parataxis, whose subject is a noun set off between two commas right
 * after the root's phrase, is the root; the name its subject and the
 * noun the name's apposition. */
static void repair_root_name_apposed_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                             uint32_t *heads, uint16_t *rels) {
  int root = label_index(p, "root");
  if (root < 0 || p->rl_nsubj < 0 || p->rl_appos < 0 || n < 8) return;
  size_t r = n;
  for (size_t k = 0; k < n && r == n; k++)
    if (!heads[k]) r = k;
  if (r == n || r > 3 || !(upos_is(&w[r], "NOUN") || upos_is(&w[r], "PROPN"))) return;
  for (size_t v = r + 4; v < n && v < r + 64; v++) {
    if (heads[v] != r + 1 || !rel_eq(p, rels, v, "parataxis") || !form_is(&w[v - 1], ",") ||
        !(xpos_is(&w[v], "VBD") || xpos_is(&w[v], "VBZ") || xpos_is(&w[v], "VBP")))
      continue;
    size_t x = n; /* the subject, a noun whose phrase fills the commas */
    for (size_t k = r + 1; k < v && x == n; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "nsubj") && upos_is(&w[k], "NOUN")) x = k;
    if (x == n) return;
    size_t lo = x;
    while (lo > r + 1 && heads[lo - 1] && in_subtree(heads, n, lo - 1, x))
      lo--;
    bool filled = lo > r + 1 && form_is(&w[lo - 1], ",");
    for (size_t k = lo; k + 1 < v && filled; k++) filled = in_subtree(heads, n, k, x);
    for (size_t k = r + 1; k + 1 < lo && filled; k++) filled = in_subtree(heads, n, k, r);
    if (!filled) return;
    reroot(heads, rels, n, v, r, p->rl_nsubj, root);
    heads[x] = (uint32_t)(r + 1);
    rels[x] = (uint16_t)p->rl_appos;
    return;
  }
}

/* "The Egyptian Initiative for Personal Rights (EIPR), one of the
 * country's few remaining independent rights organisations, said the case
 * fit a pattern": parsed with the name the root and "said" a relative
 * clause of the apposition's noun. A past verb of saying after a comma,
 * hung as a clause on a noun inside the root noun's phrase, with no
 * subject and no relative word of its own, is the root, the noun its
 * subject. */
static void repair_said_in_apposition(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, uint16_t *rels) {
  static const char *const says[] = {"say", "tell", "add", "announce", "warn", NULL};
  static const char *const rel_words[] = {"who", "which", "that", "whom", "whose", NULL};
  int root = label_index(p, "root");
  if (root < 0 || p->rl_nsubj < 0 || n < 6) return;
  size_t r = n;
  for (size_t k = 0; k < n && r == n; k++)
    if (!heads[k]) r = k;
  if (r == n || !(upos_is(&w[r], "NOUN") || upos_is(&w[r], "PROPN"))) return;
  for (size_t v = r + 3; v < n && v < r + 64; v++) {
    if (!heads[v] || !form_is(&w[v - 1], ",") || !xpos_is(&w[v], "VBD") ||
        !lemma_in(&w[v], says) ||
        !(rels[v] == (uint16_t)p->rl_acl || rels[v] == (uint16_t)p->rl_relcl) ||
        !in_subtree(heads, n, heads[v] - 1, r) ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    bool relword = false;
    for (size_t k = r + 1; k < v && !relword; k++)
      relword = heads[k] == v + 1 && form_in(&w[k], rel_words);
    if (relword) return;
    reroot(heads, rels, n, v, r, p->rl_nsubj, root);
    return;
  }
}

/* "said in a statement posted on its website that five of its fighters
 * had been killed": a clause opened by "that" (its marker) with a
 * subject of its own, hung on a noun inside the phrase of "say"'s oblique
 * ("in a statement …"), is what was said, when "say" reports nothing
 * else */
static void repair_said_in_medium_that(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  if (p->rl_ccomp < 0 || p->rl_obl < 0) return;
  for (size_t t = 3; t + 2 < n; t++) {
    if (!form_is(&w[t], "that") || !heads[t] || !rel_eq(p, rels, t, "mark")) continue;
    size_t c = heads[t] - 1;
    if (c <= t || !heads[c] || !upos_is(&w[c], "VERB") ||
        !(rels[c] == (uint16_t)p->rl_acl || rel_eq(p, rels, c, "acl:relcl")) ||
        !has_dep(p, heads, rels, n, c, t + 1, c, "nsubj"))
      continue;
    size_t noun = heads[c] - 1, o = noun, v = n;
    /* up from the noun to an oblique of "say" */
    for (int up = 0; up < 4 && o < n && heads[o]; up++) {
      size_t h = heads[o] - 1;
      if (rels[o] == (uint16_t)p->rl_obl && w[h].lemma && !strcmp(w[h].lemma, "say") &&
          upos_is(&w[h], "VERB") && h < o) {
        v = h;
        break;
      }
      o = h;
    }
    if (v == n || has_dep(p, heads, rels, n, v, 0, n, "ccomp") ||
        has_dep(p, heads, rels, n, v, v + 1, o, "obj"))
      continue;
    relink(heads, rels, c, v, p->rl_ccomp);
  }
}

/* "Benyahia, asked about the call, said that …" parsed with "asked" the
 * root, the name its subject and "said" its complement: a participle set
 * off by commas right after its subject, followed by a past verb with no
 * subject of its own, is an aside on the subject; the past verb is the
 * clause's head */
static void repair_participle_aside(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_acl < 0) return;
  for (size_t r = 2; r + 3 < n; r++) {
    /* (the tagger may take the participle for a past verb: one with no
     * object) */
    if (!(xpos_is(&w[r], "VBN") ||
          (xpos_is(&w[r], "VBD") && !has_dep(p, heads, rels, n, r, 0, n, "obj"))) ||
        !form_is(&w[r - 1], ","))
      continue;
    size_t sb = n, v = n;
    for (size_t k = 0; k < n; k++) {
      if (heads[k] != r + 1) continue;
      /* (the subject's phrase ends right before the comma: "President
       * Claudia Sheinbaum, asked about …", the name's first word its head) */
      bool ends = k + 2 <= r && k + 8 >= r;
      for (size_t q = k + 1; ends && q + 1 < r; q++) ends = in_subtree(heads, n, q, k);
      if (ends && rels[k] == (uint16_t)p->rl_nsubj && nominal(&w[k])) sb = k;
      if (k > r + 1 && v == n && form_is(&w[k - 1], ",") && xpos_is(&w[k], "VBD") &&
          (rels[k] == (uint16_t)p->rl_ccomp || rels[k] == (uint16_t)p->rl_conj ||
           rels[k] == (uint16_t)p->rl_parataxis))
        v = k;
    }
    /* (or the past verb is the head the participle hangs on, as an
     * adverbial clause: "The letter, dated Aug. 22, said …") */
    bool under = false;
    if (v == n && heads[r] && heads[r] - 1 > r && rels[r] == (uint16_t)p->rl_advcl &&
        xpos_is(&w[heads[r] - 1], "VBD") && form_is(&w[heads[r] - 2], ","))
      v = heads[r] - 1, under = true;
    if (sb == n || v == n || has_dep(p, heads, rels, n, v, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, r, r + 1, v, "nsubj"))
      continue;
    /* (the participle's own words run up to the comma before the verb) */
    bool aside = true;
    for (size_t k = r + 1; k + 1 < v && aside; k++) aside = in_subtree(heads, n, k, r);
    if (!aside) continue;
    if (!under) {
      heads[v] = heads[r];
      rels[v] = rels[r];
    }
    heads[sb] = (uint32_t)(v + 1);
    relink(heads, rels, r, sb, p->rl_acl);
    for (size_t k = 0; k < n; k++) /* the sentence's end and the rest after the verb */
      if (heads[k] == r + 1 && k > v) heads[k] = (uint32_t)(v + 1);
  }
}

/* "arrested three informants who allegedly helped the gunmen locate the
 * school" parsed with "locate" an xcomp of "arrested": a bare infinitive
 * right after the object of "help", "let" or "make" (their object ending
 * just before it) is that verb's complement, with the object its subject
 * in UD's object control (the xcomp hangs on the verb of control) */
static void repair_bare_infinitive_of_help(const nm_parser *p, const nm_pword *w, size_t n,
                                           uint32_t *heads, uint16_t *rels) {
  if (p->rl_xcomp < 0 || p->rl_obj < 0) return;
  static const char *const control[] = {"help", "let", "make", NULL};
  for (size_t x = 3; x < n; x++) {
    if (!(xpos_is(&w[x], "VB") || xpos_is(&w[x], "VBP")) || rels[x] != (uint16_t)p->rl_xcomp ||
        !heads[x] || heads[x] - 1 >= x)
      continue;
    size_t h = heads[x] - 1, o = x - 1;
    if (!nominal(&w[o]) || !heads[o] || rels[o] != (uint16_t)p->rl_obj) continue;
    size_t hv = heads[o] - 1;
    if (hv <= h || hv >= o || !lemma_in(&w[hv], control)) continue;
    relink(heads, rels, x, hv, p->rl_xcomp);
  }
}

/* "…, officers detained five activists who tried to block a road, a
 * police spokesman, Senior Superintendent Nihal Dissanayake, said." parsed
 * with the description an apposition of the last noun before it and the
 * final "said" with no subject: the description set off by commas, and
 * the name apposed to it right before the comma and "said", is the
 * verb's subject */
static void repair_trailing_described_sayer(const nm_parser *p, const nm_pword *w, size_t n,
                                            uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || n < 8) return;
  size_t v = final_says(w, n);
  if (v == n || v < 7 || !form_is(&w[v - 1], ",") || !upos_is(&w[v - 2], "PROPN") ||
      has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
    return;
  size_t a = v - 2; /* the name's head */
  for (int up = 0; up < 6 && heads[a] && heads[a] - 1 < a && a - (heads[a] - 1) < 6 &&
                   (rel_eq(p, rels, a, "flat") || rel_eq(p, rels, a, "compound"));
       up++)
    a = heads[a] - 1;
  if (!rel_eq(p, rels, a, "appos") || !heads[a]) return;
  size_t d = heads[a] - 1; /* the description's head */
  /* (a comma before the name, or before a rank's adjective: "Senior") */
  if (d >= a || a - d > 6 || !upos_is(&w[d], "NOUN") ||
      !(form_is(&w[a - 1], ",") || (a >= 2 && form_is(&w[a - 2], ",") && heads[a - 1] == a + 1)))
    return;
  size_t lo = d;
  for (size_t k = d; k-- > 0 && d - k < 5 && heads[k] == d + 1 && !upos_is(&w[k], "PUNCT");)
    lo = k;
  if (lo < 2 || !form_is(&w[lo - 1], ",") || !heads[d] || heads[d] - 1 >= lo ||
      !(rel_eq(p, rels, d, "appos") || rel_eq(p, rels, d, "conj")))
    return;
  for (size_t k = lo; k < d; k++) /* a determiner and nouns before the head, no more */
    if (heads[k] != d + 1 || !(upos_is(&w[k], "DET") || upos_is(&w[k], "NOUN") ||
                               upos_is(&w[k], "ADJ") || upos_is(&w[k], "PROPN")))
      return;
  relink(heads, rels, d, v, p->rl_nsubj);
  heads[lo - 1] = (uint32_t)(v + 1);
  heads[v - 1] = (uint32_t)(v + 1); /* (and the comma after the name) */
}

/* "In a statement posted late Tuesday, the U.S. Embassy in Manila said"
 * parsed with the day the subject and the body its apposition: a day
 * after a participle that ends an opening phrase is when it was posted;
 * the noun after the comma is the verb's subject */
static void repair_day_subject_of_opening(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_tmod < 0) return;
  for (size_t s = 2; s + 3 < n; s++) {
    if (!day_word(&w[s]) || !heads[s] || !rel_eq(p, rels, s, "nsubj") || !form_is(&w[s + 1], ","))
      continue;
    size_t v = heads[s] - 1;
    if (v <= s) continue;
    size_t q = s - 1; /* the participle, with "late" or "early" between */
    if (q > 0 && (form_is(&w[q], "late") || form_is(&w[q], "early"))) q--;
    if (!xpos_is(&w[q], "VBN") || !rel_eq(p, rels, q, "acl")) continue;
    size_t a = n;
    for (size_t k = s + 2; k < v && a == n; k++)
      if (heads[k] == s + 1 && rel_eq(p, rels, k, "appos") && nominal(&w[k])) a = k;
    if (a == n) continue;
    relink(heads, rels, a, v, p->rl_nsubj);
    relink(heads, rels, s, q, p->rl_tmod);
    heads[s + 1] = (uint32_t)(v + 1); /* the comma */
    for (size_t k = 0; k < n; k++) /* "late" */
      if (k != a && k != s + 1 && heads[k] == s + 1 && k > s) heads[k] = (uint32_t)(a + 1);
  }
}

/* "repeated that position on Wednesday, saying …" parsed with "that" a
 * subordinator, the verb's object, and the noun after it the object of
 * "that": "that" right before a singular noun it heads is the noun's
 * determiner, and the noun the verb's object */
static void repair_that_determiner(const nm_parser *p, const nm_pword *w, size_t n,
                                   uint32_t *heads, uint16_t *rels) {
  int det = label_index(p, "det");
  if (p->rl_obj < 0 || det < 0) return;
  for (size_t t = 1; t + 1 < n; t++) {
    if (!form_is(&w[t], "that") || rels[t] != (uint16_t)p->rl_obj || !heads[t] ||
        heads[t] - 1 >= t || !upos_is(&w[heads[t] - 1], "VERB") || heads[t + 1] != t + 1 ||
        rels[t + 1] != (uint16_t)p->rl_obj || !xpos_is(&w[t + 1], "NN"))
      continue;
    /* (not a clause's subject: "recognized that land, air, and water
     * could be monetized", a noun with conjuncts or a verb after it) */
    size_t end = t + 1;
    for (size_t k = t + 2; k < n && k < t + 40; k++)
      if (in_subtree(heads, n, k, t + 1)) end = k;
    if (has_dep(p, heads, rels, n, t + 1, t + 2, end + 1, "conj") ||
        (end + 1 < n && (upos_is(&w[end + 1], "AUX") || upos_is(&w[end + 1], "VERB"))))
      continue;
    size_t v = heads[t] - 1;
    relink(heads, rels, t + 1, v, p->rl_obj);
    relink(heads, rels, t, t + 1, det);
    for (size_t k = 0; k < n; k++) /* what else hung on "that" */
      if (heads[k] == t + 1 && k != t + 1) heads[k] = (uint32_t)(t + 2);
  }
}

/* "a senior official in its council, speaking on condition of anonymity
 * because he was not authorized to brief the media, said …" parsed with
 * "official" a second subject of "authorized": a subject before the
 * subordinator of an adverbial clause that has a subject of its own
 * after it is the subject of the verb the clause modifies, when that
 * verb, after the clause, has none */
static void repair_subject_before_subordinate(const nm_parser *p, const nm_pword *w, size_t n,
                                              uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_advcl < 0) return;
  for (size_t x = 2; x + 1 < n; x++) {
    if (rels[x] != (uint16_t)p->rl_advcl || !heads[x] || heads[x] - 1 <= x) continue;
    size_t h = heads[x] - 1, s1 = n, s2 = n, mk = n;
    for (size_t k = 0; k < x; k++) {
      if (heads[k] != x + 1) continue;
      if (!strncmp(nm_parser_rel(p, rels[k]), "nsubj", 5)) {
        if (s1 == n)
          s1 = k;
        else if (s2 == n)
          s2 = k;
      }
      if (rel_eq(p, rels, k, "mark") && mk == n) mk = k;
    }
    if (s1 == n || s2 == n || mk == n || !(s1 < mk && mk < s2) ||
        rels[s1] != (uint16_t)p->rl_nsubj || !nominal(&w[s1]) ||
        has_dep(p, heads, rels, n, h, 0, n, "nsubj"))
      continue;
    relink(heads, rels, s1, h, p->rl_nsubj);
  }
}

/* "The governor said five civilians and two soldiers were killed" parsed
 * with "civilians" the object of "said" and "killed" a conjunct of it:
 * the object right before "and" and the conjunct's subject are the
 * joined subjects of the clause said */
static void repair_said_joined_subjects(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  int cc = label_index(p, "cc");
  if (p->rl_nsubj < 0 || p->rl_ccomp < 0 || p->rl_conj < 0 || cc < 0) return;
  for (size_t v = 0; v + 4 < n; v++) {
    if (!w[v].lemma || strcmp(w[v].lemma, "say") || !upos_is(&w[v], "VERB")) continue;
    size_t o = v + 1;
    while (o < n && o < v + 5 && !(heads[o] == v + 1 && rel_eq(p, rels, o, "obj")))
      o++;
    if (o + 3 >= n || o >= v + 5 || !nominal(&w[o]) || !form_is(&w[o + 1], "and")) continue;
    size_t x = n, s2 = n; /* the conjunct verb and its subject */
    for (size_t k = o + 2; k < n && k < o + 12 && x == n; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_conj && upos_is(&w[k], "VERB"))
        x = k;
    if (x == n || heads[o + 1] != x + 1) continue;
    for (size_t k = o + 2; k < x; k++)
      if (heads[k] == x + 1 && !strncmp(nm_parser_rel(p, rels[k]), "nsubj", 5)) s2 = k;
    if (s2 == n || !nominal(&w[s2])) continue;
    /* (the second subject's phrase runs from right after "and") */
    bool phrase = true;
    for (size_t k = o + 2; k < s2 && phrase; k++)
      phrase = heads[k] == s2 + 1;
    if (!phrase) continue;
    rels[o] = rels[s2];
    heads[o] = (uint32_t)(x + 1);
    relink(heads, rels, s2, o, p->rl_conj);
    relink(heads, rels, o + 1, s2, cc);
    relink(heads, rels, x, v, p->rl_ccomp);
  }
}

/* "His Tajik counterpart, First Deputy Prime Minister Davlatali Nazarov,
 * called the agreement …" parsed with both "counterpart" and "Deputy"
 * subjects of "called": a second subject set off by commas right after
 * the first, a proper noun with a name in its words, is its apposition */
static void repair_second_subject_apposed(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_appos < 0) return;
  for (size_t v = 4; v < n; v++) {
    size_t s1 = n, s2 = n;
    for (size_t k = 0; k < v; k++)
      if (heads[k] == v + 1 && !strncmp(nm_parser_rel(p, rels[k]), "nsubj", 5)) {
        if (s1 == n)
          s1 = k;
        else if (s2 == n)
          s2 = k;
      }
    if (s2 == n || rels[s1] != rels[s2] || !nominal(&w[s1]) || !upos_is(&w[s2], "PROPN"))
      continue;
    /* the comma right after the first subject's phrase, the second's
     * phrase (its words hung within it) up to the comma that closes it,
     * and the verb's auxiliaries and adverbs after that comma ("The
     * former minister, Azmi Rashid, was jailed") */
    size_t c1 = s1 + 1, c2 = v;
    while (c2 > s2 && !form_is(&w[c2 - 1], ","))
      c2--;
    if (c1 >= s2 || !form_is(&w[c1], ",") || c2 <= s2 + 1) continue;
    c2--; /* the closing comma */
    bool inside = true;
    for (size_t k = c2 + 1; k < v && inside; k++)
      inside = heads[k] == v + 1 && (!strncmp(nm_parser_rel(p, rels[k]), "aux", 3) ||
                                     rel_eq(p, rels, k, "advmod"));
    size_t name = n; /* the last proper noun before the comma: the name's end */
    for (size_t k = c1 + 1; k < c2 && inside; k++) {
      inside = in_subtree(heads, n, k, s2) || (heads[k] == v + 1 && k < s2 &&
                                               (rel_eq(p, rels, k, "advmod") ||
                                                rel_eq(p, rels, k, "amod")));
      if (upos_is(&w[k], "PROPN")) name = k;
    }
    if (!inside || name == n || name < s2) continue;
    for (size_t k = c1 + 1; k < c2; k++) /* the stray words before the second subject */
      if (heads[k] == v + 1 && k < s2) heads[k] = (uint32_t)(s2 + 1);
    relink(heads, rels, s2, s1, p->rl_appos);
    heads[c1] = (uint32_t)(s1 + 1); /* (the commas as repair_apposed_subject() hangs them) */
    heads[c2] = (uint32_t)(s2 + 1);
  }
}

/* "protesters marched through central Lima demanding her resignation"
 * parsed with "through" a subordinator and "Lima" the subject of
 * "demanding": a preposition made the mark of a gerund clause, with the
 * gerund's subject right after it, is the case of that noun, an oblique
 * of the verb the clause modifies; the gerund keeps no subject (the
 * marchers demand) */
static void repair_preposition_read_as_mark(const nm_parser *p, const nm_pword *w, size_t n,
                                            uint32_t *heads, uint16_t *rels) {
  /* (a preposition of place: "with the authorities releasing only …",
   * "about the snake burning itself" are clauses with a subject, as UD
   * has them) */
  static const char *const places[] = {"through", "across", "along", "into", "outside", "inside",
                                       "near", "around", "past", "toward", "towards", "in",
                                       "at", "from", "onto", NULL};
  if (p->rl_obl < 0 || p->rl_case < 0 || p->rl_nsubj < 0) return;
  for (size_t g = 2; g < n; g++) {
    if (!xpos_is(&w[g], "VBG") || !rel_eq(p, rels, g, "advcl") || !heads[g] || heads[g] - 1 >= g)
      continue;
    size_t m = n, sb = n;
    for (size_t k = 0; k < g; k++) {
      if (heads[k] != g + 1) continue;
      if (rel_eq(p, rels, k, "mark") && upos_is(&w[k], "ADP") && form_in(&w[k], places) && m == n)
        m = k;
      if (rels[k] == (uint16_t)p->rl_nsubj && sb == n) sb = k;
    }
    if (m == n || sb == n || m > sb || !nominal(&w[sb]) || upos_is(&w[sb], "PRON")) continue;
    bool phrase = true; /* the words between: the noun's own */
    for (size_t k = m + 1; k < g && phrase; k++)
      phrase = k == sb || in_subtree(heads, n, k, sb);
    if (!phrase) continue;
    relink(heads, rels, sb, heads[g] - 1, p->rl_obl);
    relink(heads, rels, m, sb, p->rl_case);
  }
}

/* "dismissed a plan the U.S. says has merit" and "rejected a proposal the
 * government says would end the strike" parsed with "says" a conjunct of
 * the verb (and "U.S." an apposition of the object): a verb of saying
 * right after the verb's object and a noun phrase, joined with no "and",
 * whose complement has no subject of its own, is a relative clause of the
 * object (the object is the complement's gapped subject); the noun phrase
 * before it is its subject */
static void repair_said_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  static const char *const say[] = {"say", "claim", "believe", "think", NULL};
  if (p->rl_relcl < 0 || p->rl_nsubj < 0 || p->rl_conj < 0) return;
  for (size_t v = 3; v + 1 < n; v++) {
    if (!lemma_in(&w[v], say) || !(xpos_is(&w[v], "VBZ") || xpos_is(&w[v], "VBD") ||
                                   xpos_is(&w[v], "VBP")) ||
        !(rels[v] == (uint16_t)p->rl_conj || rel_eq(p, rels, v, "parataxis")) || !heads[v] ||
        has_cc(p, heads, rels, n, v, 0, v))
      continue;
    size_t h = heads[v] - 1, c = n;
    if (h >= v) continue;
    for (size_t k = v + 1; k < n && c == n; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "ccomp")) c = k;
    if (c == n || has_dep(p, heads, rels, n, c, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, c, v + 1, c, "mark"))
      continue;
    /* the subject's phrase right before "says": a noun whose head is the
     * object or "says"; the object right before that phrase */
    size_t sb = v - 1;
    if (!nominal(&w[sb]) || upos_is(&w[sb], "PRON")) continue;
    size_t s0 = sb;
    while (s0 > 0 && (heads[s0 - 1] == sb + 1 || (s0 >= 2 && heads[s0 - 1] == s0 + 1 &&
                                                  upos_is(&w[s0 - 1], "DET"))))
      s0--;
    /* (the object of the verb, or a noun in its phrase: "dismissal of a
     * plan the U.S. says has merit") */
    size_t o = s0 - 1;
    if (s0 == 0 || o <= h || !nominal(&w[o]) || !heads[o] ||
        !(rel_eq(p, rels, o, "obj") || rel_eq(p, rels, o, "nmod") || rel_eq(p, rels, o, "obl")))
      continue;
    if (!(heads[sb] == v + 1 || heads[sb] == o + 1)) continue;
    relink(heads, rels, sb, v, p->rl_nsubj);
    relink(heads, rels, v, o, p->rl_relcl);
  }
}

/* "overturned in rough seas about 15 kilometres off the coast of Teknaf
 * shortly after leaving for Malaysia" parsed with "kilometres" the
 * subject of "leaving": a gerund after "after", "before" and the like
 * takes no subject before its mark; a measure there (a number's noun)
 * says where or how far the upper verb's act was (obl:unmarked) */
static void repair_subject_before_gerund_mark(const nm_parser *p, const nm_pword *w, size_t n,
                                              uint32_t *heads, uint16_t *rels) {
  static const char *const marks[] = {"after", "before", "since", "upon", "while", "when",
                                      "without", NULL};
  if (p->rl_unmarked < 0) return;
  for (size_t v = 2; v < n; v++) {
    if (!xpos_is(&w[v], "VBG") || !heads[v] || !rel_eq(p, rels, v, "advcl")) continue;
    size_t m = n, sb = n;
    for (size_t k = 0; k < v; k++) {
      if (heads[k] != v + 1) continue;
      if (rel_eq(p, rels, k, "mark") && form_in(&w[k], marks)) m = k;
      if (rel_eq(p, rels, k, "nsubj")) sb = k;
    }
    if (m == n || sb == n || sb > m || !upos_is(&w[sb], "NOUN") ||
        !has_dep(p, heads, rels, n, sb, 0, sb, "nummod"))
      continue;
    size_t u = heads[v] - 1;
    if (u >= sb) continue;
    relink(heads, rels, sb, u, p->rl_unmarked);
  }
}

/* Verbs of saying and thinking whose complement is a clause, for the
 * repairs below. */
static const char *const clause_verbs[] = {"say",    "think", "believe", "claim", "know",
                                           "hope",   "fear",  "expect",  "feel",  "report",
                                           "insist", "argue", "suggest", "warn",  "announce",
                                           "confirm", "deny", "admit",   "tell",  "add", NULL};

/* "Energy and Mines Minister Ernesto Lobaina Fuentes said" parsed with
 * "Energy" the subject and "Mines", with the title and the name flat under
 * it, its conjunct: two portfolios joined before one title name one
 * office, flat under the first as one portfolio's phrase is ("Mines
 * Minister Ernesto Lobaina Fuentes") */
static void repair_joint_portfolio_title(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  static const char *const titles[] = {"minister", "secretary", "commissioner", NULL};
  if (p->rl_flat < 0 || p->rl_conj < 0) return;
  for (size_t b = 2; b + 2 < n; b++) {
    size_t a = b - 2;
    if (rels[b] != (uint16_t)p->rl_conj || heads[b] != a + 1 || !form_is(&w[b - 1], "and") ||
        !upos_is(&w[b], "PROPN") || !(upos_is(&w[a], "PROPN") || upos_is(&w[a], "NOUN")) ||
        !w[a].form || w[a].form[0] < 'A' || w[a].form[0] > 'Z' || !form_in(&w[b + 1], titles) ||
        heads[b + 1] != b + 1 || !upos_is(&w[b + 2], "PROPN") || !in_subtree(heads, n, b + 2, b))
      continue;
    relink(heads, rels, b, a, p->rl_flat);
  }
}

/* "A government official who spoke on condition of anonymity because he
 * was not authorized to speak publicly said …", parsed with the
 * because-clause the subject of "said" and the official its subject: a
 * clause opened by a subordinator is no subject; it belongs to the
 * relative clause before it (or to the verb), and the noun it took is
 * the verb's subject */
static void repair_marked_clause_as_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                            uint32_t *heads, uint16_t *rels) {
  static const char *const subordinators[] = {"because", "as",    "since", "although", "though",
                                              "while",   "after", "before", "when",   "until",
                                              "if",      "unless", NULL};
  if (p->rl_nsubj < 0 || p->rl_nsubj_pass < 0 || p->rl_advcl < 0) return;
  for (size_t x = 1; x + 1 < n; x++) {
    if (!heads[x] || !(rels[x] == (uint16_t)p->rl_nsubj || rel_eq(p, rels, x, "csubj")) ||
        !upos_is(&w[x], "VERB"))
      continue;
    size_t v = heads[x] - 1;
    if (v <= x || !upos_is(&w[v], "VERB")) continue;
    size_t mk = n, nn = n;
    for (size_t k = 0; k < x; k++)
      if (heads[k] == x + 1) {
        if (rel_eq(p, rels, k, "mark") && form_in(&w[k], subordinators)) mk = k;
        else if ((rels[k] == (uint16_t)p->rl_nsubj || rels[k] == (uint16_t)p->rl_nsubj_pass) &&
                 nominal(&w[k]) && nn == n)
          nn = k;
      }
    if (mk >= n || nn >= n || nn > mk) continue;
    /* (the relative clause on the noun, right before the subordinator) */
    size_t rc = n;
    for (size_t k = nn + 1; k < mk; k++)
      if (heads[k] == nn + 1 && rels[k] == (uint16_t)p->rl_relcl) rc = k;
    relink(heads, rels, nn, v, p->rl_nsubj);
    relink(heads, rels, x, rc < n ? rc : v, p->rl_advcl);
  }
}

/* "In Khan Younis, Samira, a 38-year-old nurse who asked that her name not
 * be used, said …", parsed with the name a conjunct of the opening place
 * and the verb with no subject: the name after the opening phrase, set
 * off by commas with "a" or "an" and a description after it, is the
 * subject of the finite verb after that description's comma, and the
 * description its apposition */
static void repair_opening_place_then_name(const nm_parser *p, const nm_pword *w, size_t n,
                                           uint32_t *heads, uint16_t *rels) {
  if (n < 10 || p->rl_nsubj < 0 || p->rl_appos < 0 || !upos_is(&w[0], "ADP")) return;
  size_t c1 = 1;
  while (c1 < n && c1 < 8 && !form_is(&w[c1], ","))
    c1++;
  size_t c2 = c1 + 1;
  while (c2 < n && c2 < c1 + 5 && upos_is(&w[c2], "PROPN"))
    c2++;
  if (c1 >= 8 || c2 == c1 + 1 || c2 + 3 >= n || !form_is(&w[c2], ",") ||
      !(form_is(&w[c2 + 1], "a") || form_is(&w[c2 + 1], "an")))
    return;
  size_t hd = heads[c2 + 1] ? heads[c2 + 1] - 1 : n; /* the description's noun */
  if (hd >= n || hd <= c2 + 1 || !upos_is(&w[hd], "NOUN")) return;
  for (size_t v = hd + 2; v < n && v < hd + 40; v++) {
    if (!upos_is(&w[v], "VERB") || !xpos_finite(w[v].xpos) || !form_is(&w[v - 1], ",")) continue;
    /* (or with the description its subject) */
    if (has_dep(p, heads, rels, n, v, 0, n, "nsubj") &&
        !(heads[hd] == v + 1 && rels[hd] == (uint16_t)p->rl_nsubj))
      return;
    /* (every word from the description's to the comma hangs in it) */
    for (size_t k = c2 + 1; k + 1 < v; k++)
      if (k != hd && !in_subtree(heads, n, k, hd)) return;
    size_t nh = n; /* the name's head: its word hung outside it */
    for (size_t k = c1 + 1; k < c2 && nh == n; k++)
      if (!heads[k] || heads[k] - 1 <= c1 || heads[k] - 1 >= c2) nh = k;
    if (nh == n) return;
    relink(heads, rels, nh, v, p->rl_nsubj);
    relink(heads, rels, hd, nh, p->rl_appos);
    heads[c2] = (uint32_t)(hd + 1);
    heads[v - 1] = (uint32_t)(hd + 1);
    return;
  }
}

/* "…, a 41-year-old rice farmer whose brother died last week said local
 * people had been slow …", parsed with the whose-clause's verb the root
 * and "said" its conjunct with no subject: the whose-clause is a relative
 * clause of the noun before "whose", which is the subject of "said", the
 * root, and the words before the noun hang on it */
static void repair_whose_clause_before_report(const nm_parser *p, const nm_pword *w, size_t n,
                                              uint32_t *heads, uint16_t *rels) {
  int root = label_index(p, "root");
  if (root < 0 || p->rl_nsubj < 0 || p->rl_relcl < 0 || p->rl_poss < 0 || p->rl_conj < 0) return;
  for (size_t wh = 1; wh + 3 < n; wh++) {
    if (!form_is(&w[wh], "whose") || rels[wh] != (uint16_t)p->rl_poss || !heads[wh]) continue;
    size_t x = heads[wh] - 1, nn = wh - 1;
    if (x <= wh || x > wh + 3 || rels[x] != (uint16_t)p->rl_nsubj || !heads[x] ||
        !upos_is(&w[nn], "NOUN"))
      continue;
    size_t v = heads[x] - 1;
    if (v <= x || heads[v] != 0 || !upos_is(&w[v], "VERB")) continue;
    size_t sv = n; /* the verb of saying joined to it, with no subject */
    for (size_t k = v + 1; k < n && sv == n; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_conj && upos_is(&w[k], "VERB") &&
          xpos_finite(w[k].xpos) && lemma_in(&w[k], clause_verbs) &&
          !has_dep(p, heads, rels, n, k, 0, n, "nsubj")) {
        bool cc = false; /* (no "and" of its own: "cc", not "ccomp") */
        for (size_t q = v + 1; q < k && !cc; q++)
          cc = heads[q] == k + 1 && rel_eq(p, rels, q, "cc");
        if (!cc) sv = k;
      }
    if (sv == n) return;
    for (size_t k = 0; k < n; k++) /* the words before the noun, and the final stop */
      if (heads[k] == v + 1 && (k < nn || (k + 1 == n && upos_is(&w[k], "PUNCT"))))
        heads[k] = (uint32_t)(sv + 1);
    heads[sv] = 0;
    rels[sv] = (uint16_t)root;
    relink(heads, rels, v, nn, p->rl_relcl);
    relink(heads, rels, nn, sv, p->rl_nsubj);
    return;
  }
}

/* "Belgrade had asked the EU and NATO to secure his release and would
 * inform the Security Council": a conjunct with a modal or tensed
 * auxiliary of its own and no "to" cannot share an infinitive's "to"; it
 * is a conjunct of the verb the infinitive complements (so it shares that
 * verb's subject, not the infinitive's object's) */
static void repair_modal_conj_of_infinitive(const nm_parser *p, const nm_pword *w, size_t n,
                                            uint32_t *heads, uint16_t *rels) {
  static const char *const modal[] = {"would", "will", "could", "can", "should", "must",
                                      "might", "may",  "has",   "have", "had",    NULL};
  for (size_t v = 1; v < n; v++) {
    if (!heads[v] || !rel_eq(p, rels, v, "conj") || !upos_is(&w[v], "VERB")) continue;
    size_t x = heads[v] - 1;
    /* (an infinitive with "to", as complement or purpose clause) */
    bool to = false;
    for (size_t k = x > 3 ? x - 3 : 0; k < x && !to; k++)
      to = heads[k] == x + 1 && rel_eq(p, rels, k, "mark") && form_is(&w[k], "to");
    if (x >= v || !heads[x] || !(rel_eq(p, rels, x, "xcomp") || rel_eq(p, rels, x, "advcl")) || !to)
      continue;
    bool own_aux = false, own_to = false;
    for (size_t k = x + 1; k < v; k++)
      if (heads[k] == v + 1) {
        own_aux = own_aux || (rel_eq(p, rels, k, "aux") && form_in(&w[k], modal));
        own_to = own_to || rel_eq(p, rels, k, "mark");
      }
    if (!own_aux || own_to || has_dep(p, heads, rels, n, v, 0, n, "nsubj")) continue;
    heads[v] = heads[x];
  }
}

/* "Residents who reached Belladere described scenes of chaos" parsed
 * with "Residents" the root and "described" hung on the relative clause's
 * verb: a finite verb after the relative clause's object, with no subject,
 * mark or "and" of its own, is the sentence's verb, and the noun its
 * subject */
static void repair_verb_swallowed_by_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                              uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_relcl < 0) return;
  size_t r = n;
  for (size_t k = 0; k < n && r == n; k++)
    if (!heads[k]) r = k;
  /* (a noun the parse left as root, no copula's: "This is the 37th
   * time I have spoken to you") */
  if (r >= n || !(upos_is(&w[r], "NOUN") || upos_is(&w[r], "PROPN")) ||
      has_dep(p, heads, rels, n, r, 0, n, "cop") || has_dep(p, heads, rels, n, r, 0, n, "nsubj"))
    return;
  for (size_t c = r + 1; c < n; c++) {
    if (heads[c] != r + 1 || rels[c] != (uint16_t)p->rl_relcl) continue;
    for (size_t v = c + 2; v < n; v++) {
      if (heads[v] != c + 1 || !upos_is(&w[v], "VERB") ||
          !(xpos_is(&w[v], "VBD") || xpos_is(&w[v], "VBZ") || xpos_is(&w[v], "VBP")) ||
          !(rel_eq(p, rels, v, "xcomp") || rel_eq(p, rels, v, "ccomp") ||
            rel_eq(p, rels, v, "parataxis")) ||
          has_dep(p, heads, rels, n, v, 0, n, "mark") || has_cc(p, heads, rels, n, v, 0, n) ||
          has_dep(p, heads, rels, n, v, 0, n, "aux"))
        continue;
      /* (or with the relative clause's object made its subject: "… who
       * reached Belladere described", not a verb of saying's clause) */
      size_t sb = n;
      for (size_t k = c + 1; k < v && sb == n; k++)
        if (heads[k] == v + 1 && rel_eq(p, rels, k, "nsubj")) sb = k;
      if (sb < n &&
          (lemma_in(&w[c], clause_verbs) || has_dep(p, heads, rels, n, c, c + 1, n, "obj") ||
           !(upos_is(&w[sb], "NOUN") || upos_is(&w[sb], "PROPN"))))
        continue;
      if (sb == n && has_dep(p, heads, rels, n, v, 0, n, "nsubj")) continue;
      /* (right after the relative clause's object: its words all before v) */
      bool object = false;
      for (size_t k = c + 1; k < v; k++) {
        if (!in_subtree(heads, n, k, sb < n ? sb : c)) {
          object = false;
          break;
        }
        if ((heads[k] == c + 1 && rel_eq(p, rels, k, "obj")) || k == sb) object = true;
      }
      if (!object || form_is(&w[v - 1], ",")) continue;
      if (sb < n) relink(heads, rels, sb, c, p->rl_obj);
      reroot(heads, rels, n, v, r, p->rl_nsubj, p->root);
      return;
    }
  }
}

/* "condemned the attack as a flagrant violation of the ceasefire that
 * took effect in November, and said that Israel was undermining …"
 * parsed with "said" a conjunct of the relative clause's "took": a verb
 * of saying after ", and" with no subject of its own, joined to a
 * relative clause whose "that" or "which" stands for a thing, is the
 * conjunct of the verb the thing's phrase hangs on */
static void repair_said_conj_of_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  static const char *const bodies[] = {
      "ministry", "government", "group",  "agency",  "office",  "council", "committee",
      "party",    "company",    "army",   "force",   "court",   "commission", "organization",
      "organisation", "union",  "bank",   "authority", "administration", "movement",
      "coalition", "alliance",  "embassy", "department", "police", "military", NULL};
  if (p->rl_conj < 0 || p->rl_relcl < 0) return;
  for (size_t v = 3; v < n; v++) {
    if (rels[v] != (uint16_t)p->rl_conj || !heads[v] || !lemma_in(&w[v], clause_verbs) ||
        !xpos_is(&w[v], "VBD") || !form_is(&w[v - 1], "and") || !form_is(&w[v - 2], ",") ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t r = heads[v] - 1;
    if (r >= v || rels[r] != (uint16_t)p->rl_relcl || !heads[r]) continue;
    size_t a = heads[r] - 1; /* the thing the relative clause is about */
    bool thing_word = false;
    for (size_t k = a + 1; k < r; k++)
      if (heads[k] == r + 1 && rel_eq(p, rels, k, "nsubj") &&
          (form_is(&w[k], "that") || form_is(&w[k], "which")))
        thing_word = true;
    if (!thing_word || !upos_is(&w[a], "NOUN") || lemma_in(&w[a], bodies)) continue;
    /* the verb above: up from the thing, past nouns, to the first verb */
    size_t u = a;
    for (int up = 0; up < 6 && heads[u] && !upos_is(&w[u], "VERB"); up++)
      u = heads[u] - 1;
    if (u == a || !upos_is(&w[u], "VERB") || u >= a || !xpos_is(&w[u], "VBD")) continue;
    heads[v] = (uint32_t)(u + 1);
  }
}

/* "was taken from his residence by about 30 armed men in unmarked
 * vehicles, according to party spokeswoman Nyabol Chuol Tut" parsed with
 * the according-to phrase an nmod of "men": a source so cited is the
 * clause's (an oblique of its verb), never a noun's */
static void repair_according_to(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                                uint16_t *rels) {
  if (p->rl_obl < 0 || p->rl_nmod < 0) return;
  for (size_t k = 1; k + 2 < n; k++) {
    if (!form_is(&w[k], "according") || !form_is(&w[k + 1], "to") || !heads[k] ||
        !rel_eq(p, rels, k, "case"))
      continue;
    size_t h = heads[k] - 1;
    /* (the phrase's head, past a compound the case hangs on: "party") */
    for (int up = 0; up < 3 && heads[h] && heads[h] - 1 > h &&
                     (rel_eq(p, rels, h, "compound") || rel_eq(p, rels, h, "flat"));
         up++)
      h = heads[h] - 1;
    /* (on a noun before it: "and, according to witnesses, live
     * ammunition" cites the noun after it, the conjunct it is about) */
    if (h <= k || rels[h] != (uint16_t)p->rl_nmod || !heads[h] || heads[h] - 1 > k ||
        !form_is(&w[k - 1], ","))
      continue;
    size_t u = heads[h] - 1;
    for (int up = 0; up < 8 && heads[u] && !upos_is(&w[u], "VERB"); up++)
      u = heads[u] - 1;
    if (!upos_is(&w[u], "VERB") || in_subtree(heads, n, u, h)) continue;
    relink(heads, rels, h, u, p->rl_obl);
  }
}

/* "Speaker of Parliament Milos Vukcevic said …" parsed with "Speaker"
 * the root, "of" the mark of "said" and "Parliament" its subject with the
 * name flat under it: a title, "of", a portfolio word and a name, read
 * so, are the subject's: the name heads it (the title its nmod:desc, as
 * the parse makes "Minister of Foreign Affairs Ahmed Attaf"), the
 * portfolio the title's nmod, and the verb takes the title's place */
static void repair_title_of_portfolio_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                              uint32_t *heads, uint16_t *rels) {
  int desc = label_index(p, "nmod:desc");
  if (desc < 0 || p->rl_nsubj < 0 || p->rl_nmod < 0 || p->rl_case < 0 || p->rl_flat < 0) return;
  for (size_t o = 1; o + 3 < n; o++) {
    if (!form_is(&w[o], "of") || !rel_eq(p, rels, o, "mark") || !heads[o]) continue;
    size_t v = heads[o] - 1, t = o - 1, sb = o + 1;
    if (v <= sb || !upos_is(&w[v], "VERB") || heads[sb] != v + 1 ||
        rels[sb] != (uint16_t)p->rl_nsubj || !upos_is(&w[sb], "PROPN") ||
        !(upos_is(&w[t], "NOUN") || upos_is(&w[t], "PROPN")) || !w[t].len ||
        w[t].form[0] < 'A' || w[t].form[0] > 'Z' || heads[v] != t + 1)
      continue;
    size_t nh = sb + 1; /* the name: the words flat under the portfolio */
    if (nh >= v || heads[nh] != sb + 1 || rels[nh] != (uint16_t)p->rl_flat) continue;
    heads[v] = heads[t];
    rels[v] = rels[t];
    relink(heads, rels, nh, v, p->rl_nsubj);
    for (size_t k = nh + 1; k < v; k++)
      if (heads[k] == sb + 1 && rels[k] == (uint16_t)p->rl_flat) heads[k] = (uint32_t)(nh + 1);
    relink(heads, rels, t, nh, desc);
    relink(heads, rels, sb, t, p->rl_nmod);
    relink(heads, rels, o, sb, p->rl_case);
    for (size_t k = 0; k < n; k++) /* what else hung on the title: the sentence's end */
      if (heads[k] == t + 1 && k > v) heads[k] = (uint32_t)(v + 1);
  }
}

/* "police fired tear gas … as supporters of a detained lawmaker, one of
 * the country's best-known singers, took to the streets to demand his
 * release" parsed with "as" a preposition, "supporters" an oblique and
 * "took" a conjunct of "fired" (whose subject it then shared): "as" (or
 * "while", "after", "before", "when", "because") before a noun whose
 * phrase (and an apposition set off by commas) runs up to a past or
 * present verb with no subject of its own and no conjunction before it is
 * that verb's subordinator, the noun its subject, the verb an adverbial
 * clause */
static void repair_subordinator_read_as_preposition(const nm_parser *p, const nm_pword *w,
                                                    size_t n, uint32_t *heads, uint16_t *rels) {
  static const char *const subs[] = {"as", "while", "after", "before", "when", "because", NULL};
  int mark = label_index(p, "mark"), punct = label_index(p, "punct");
  if (mark < 0 || punct < 0 || p->rl_nsubj < 0 || p->rl_advcl < 0 || p->rl_conj < 0 ||
      p->rl_appos < 0)
    return;
  for (size_t a = 1; a + 3 < n; a++) {
    if (!form_in(&w[a], subs) || !rel_eq(p, rels, a, "case") || !heads[a]) continue;
    size_t nn = heads[a] - 1;
    if (nn <= a || !nominal(&w[nn]) || upos_is(&w[nn], "PRON") || !heads[nn] ||
        !(rel_eq(p, rels, nn, "obl") || rel_eq(p, rels, nn, "nmod")))
      continue;
    size_t v = heads[nn] - 1, vv = v; /* the verb, and the verb it is a conjunct of */
    if (v >= a) continue;
    if (rels[v] == (uint16_t)p->rl_conj && heads[v]) vv = heads[v] - 1;
    /* the verb after the noun's phrase: a conjunct with no "and" */
    size_t x = n;
    for (size_t k = nn + 1; k < n && k < nn + 40 && x == n; k++)
      if ((heads[k] == v + 1 || heads[k] == vv + 1) &&
          (rels[k] == (uint16_t)p->rl_conj || rel_eq(p, rels, k, "advcl")) &&
          (xpos_is(&w[k], "VBD") || xpos_is(&w[k], "VBZ") || xpos_is(&w[k], "VBP")))
        x = k;
    if (x == n || has_dep(p, heads, rels, n, x, 0, x, "nsubj") ||
        has_cc(p, heads, rels, n, x, 0, x) || has_dep(p, heads, rels, n, x, 0, x, "mark"))
      continue;
    /* between the noun and the verb: the noun's own words, then at most
     * one phrase set off by commas whose second comma is right before the
     * verb ("…, one of the country's best-known singers, took") */
    size_t c1 = nn + 1;
    while (c1 < x && in_subtree(heads, n, c1, nn))
      c1++;
    bool apposed = c1 < x && form_is(&w[c1], ",") && form_is(&w[x - 1], ",") && c1 + 2 < x;
    for (size_t k = c1 + 1; apposed && k + 1 < x; k++) /* (no comma inside it) */
      apposed = !form_is(&w[k], ",");
    if (c1 != x && !apposed) continue;
    if (apposed) {
      size_t top = n; /* the apposition's head: its word whose head lies outside it */
      for (size_t k = c1 + 1; k + 1 < x && top == n; k++)
        if (!heads[k] || heads[k] - 1 <= c1 || heads[k] - 1 >= x - 1) top = k;
      if (top == n) continue;
      for (size_t k = c1 + 1; k + 1 < x; k++) /* the other words hung outside it */
        if (k != top && (!heads[k] || heads[k] - 1 <= c1 || heads[k] - 1 >= x - 1))
          heads[k] = (uint32_t)(top + 1);
      relink(heads, rels, top, nn, p->rl_appos);
      relink(heads, rels, c1, top, punct);
      relink(heads, rels, x - 1, top, punct);
    }
    relink(heads, rels, nn, x, p->rl_nsubj);
    relink(heads, rels, a, x, mark);
    relink(heads, rels, x, v, p->rl_advcl);
  }
}

/* "North Korea fires ballistic missile into sea; UN Security Council to
 * meet" parsed with "Council" an oblique of "fires" and "meet" its
 * adverbial clause: after a semicolon, a noun hung on a verb before it,
 * followed by a verb with no subject hung on that same verb, is the
 * later verb's subject, and that verb a clause of its own (parataxis) */
static void repair_clause_after_semicolon(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_parataxis < 0) return;
  for (size_t c = 2; c + 3 < n; c++) {
    if (!form_is(&w[c], ";")) continue;
    size_t nn = n, x = n; /* the noun after the semicolon, the verb after it */
    for (size_t k = c + 1; k < n && k < c + 8 && nn == n; k++)
      if (heads[k] && heads[k] - 1 < c && nominal(&w[k]) &&
          (rel_eq(p, rels, k, "obl") || rel_eq(p, rels, k, "obj") || rel_eq(p, rels, k, "nmod")))
        nn = k;
    if (nn == n) continue;
    for (size_t k = nn + 1; k < n && k < nn + 4 && x == n; k++)
      if (upos_is(&w[k], "VERB") && heads[k] && heads[k] - 1 < c &&
          !has_dep(p, heads, rels, n, k, 0, n, "nsubj"))
        x = k;
    if (x == n) continue;
    bool own = true; /* the words between the semicolon and the verb: the noun's */
    for (size_t k = c + 1; k < x && own; k++)
      own = k == nn || in_subtree(heads, n, k, nn) ||
            (heads[k] == x + 1 && (upos_is(&w[k], "PART") || upos_is(&w[k], "AUX")));
    if (!own) continue;
    size_t v = heads[x] - 1;
    relink(heads, rels, nn, x, p->rl_nsubj);
    relink(heads, rels, x, v, p->rl_parataxis);
    heads[c] = (uint32_t)(x + 1);
  }
}

/* "telephoned Russian Foreign Minister Andrei Kozyrev on Tuesday" parsed
 * with "Russian" the verb's xcomp and the name hung elsewhere (an
 * oblique, or the subject of a later "said"): a capitalised adjective
 * hung on the verb before it as its xcomp, that opens a run of
 * capitalised titles and a name, opens the verb's object. The adjective
 * modifies the title after it and the name, where it hung outside the
 * run, becomes the object (when the verb has none). */
static void repair_adjective_opening_object(const nm_parser *p, const nm_pword *w, size_t n,
                                            uint32_t *heads, uint16_t *rels) {
  if (p->rl_xcomp < 0 || p->rl_obj < 0 || p->rl_amod < 0) return;
  for (size_t i = 1; i + 2 < n; i++) {
    if (rels[i] != (uint16_t)p->rl_xcomp || !upos_is(&w[i], "ADJ") || !heads[i] ||
        heads[i] - 1 >= i || !w[i].len || w[i].form[0] < 'A' || w[i].form[0] > 'Z')
      continue;
    size_t v = heads[i] - 1;
    if (!upos_is(&w[v], "VERB")) continue;
    size_t e = i; /* the run of capitalised words after the adjective */
    while (e + 1 < n && e < i + 8 && w[e + 1].len && w[e + 1].form[0] >= 'A' &&
           w[e + 1].form[0] <= 'Z' &&
           (upos_is(&w[e + 1], "PROPN") || upos_is(&w[e + 1], "NOUN") ||
            upos_is(&w[e + 1], "ADJ")))
      e++;
    if (e < i + 2 || !upos_is(&w[e], "PROPN")) continue;
    size_t top = n, outside = 0; /* the run's one word hung outside it */
    for (size_t k = i + 1; k <= e; k++)
      if (!heads[k] || heads[k] - 1 < i || heads[k] - 1 > e) {
        top = k;
        outside++;
      }
    if (outside != 1 || !upos_is(&w[top], "PROPN")) continue;
    if (has_dep(p, heads, rels, n, v, 0, n, "obj")) continue;
    size_t noun = i + 1; /* the adjective's noun: the first noun after it */
    while (noun < e && !upos_is(&w[noun], "PROPN") && !upos_is(&w[noun], "NOUN")) noun++;
    heads[i] = (uint32_t)(noun + 1);
    rels[i] = (uint16_t)p->rl_amod;
    for (size_t k = top + 1; k < n && k < top + 64; k++) /* its case-marked phrases: the verb's */
      if (heads[k] == top + 1 && k > e && rel_eq(p, rels, k, "nmod")) {
        heads[k] = (uint32_t)(v + 1);
        rels[k] = (uint16_t)p->rl_obl;
      }
    heads[top] = (uint32_t)(v + 1);
    rels[top] = (uint16_t)p->rl_obj;
  }
}

/* "Exiled Belarusian opposition figure Volha Barysevich, who lives in
 * Vilnius, urged the EU to go further", parsed with "Exiled" the root,
 * the figure its object and "urged" its conjunct: a past form opening the
 * sentence, whose object is the noun right after its modifiers, modifies
 * that noun when a finite verb after a comma, with no subject and no
 * coordinator of its own, is hung on it as a conjunct; that verb is the
 * root and the noun its subject */
static void repair_opening_participle_adjective(const nm_parser *p, const nm_pword *w, size_t n,
                                                uint32_t *heads, uint16_t *rels) {
  if (p->rl_amod < 0 || p->rl_nsubj < 0 || n < 6 || heads[0] != 0 || !upos_is(&w[0], "VERB") ||
      !(xpos_is(&w[0], "VBD") || xpos_is(&w[0], "VBN")) || !w[0].len || w[0].form[0] < 'A' ||
      w[0].form[0] > 'Z' || has_dep(p, heads, rels, n, 0, 0, n, "nsubj") ||
      has_dep(p, heads, rels, n, 0, 0, n, "aux"))
    return;
  size_t o = 1; /* the object: the first word not a modifier of it */
  while (o < n && o < 8 && heads[o] && heads[o] - 1 > o &&
         (rel_eq(p, rels, o, "amod") || rel_eq(p, rels, o, "compound") ||
          rel_eq(p, rels, o, "det")))
    o++;
  if (o >= n || heads[o] != 1 || !rel_eq(p, rels, o, "obj") || !nominal(&w[o]) ||
      upos_is(&w[o], "PRON"))
    return;
  for (size_t k = 1; k < o; k++)
    if (heads[k] != o + 1 || rel_eq(p, rels, k, "det")) return;
  /* (a person's title and name, no determiner: not "Used a hoe,
   * stuffed it") */
  bool named = upos_is(&w[o], "PROPN");
  for (size_t k = o + 1; k < n && k < o + 4 && !named; k++)
    named = heads[k] == o + 1 && rel_eq(p, rels, k, "appos") && upos_is(&w[k], "PROPN");
  if (!named) return;
  for (size_t v = o + 2; v < n && v < o + 48; v++) {
    if (heads[v] != 1 || !rel_eq(p, rels, v, "conj")) continue;
    if (!upos_is(&w[v], "VERB") || !xpos_finite(w[v].xpos) || !form_is(&w[v - 1], ",") ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj") || has_cc(p, heads, rels, n, v, 0, n))
      return;
    for (size_t k = 1; k < n; k++) /* the participle's other words go to the verb */
      if (heads[k] == 1 && k != o && k != v) heads[k] = (uint32_t)(v + 1);
    heads[v] = 0;
    rels[v] = (uint16_t)p->root;
    heads[o] = (uint32_t)(v + 1);
    rels[o] = (uint16_t)p->rl_nsubj;
    heads[0] = (uint32_t)(o + 1);
    rels[0] = (uint16_t)p->rl_amod;
    return;
  }
}

/* "summoned Sri Lanka's acting high commissioner", parsed with "acting"
 * a verb (a clause of "summoned") and the commissioner its object:
 * "acting" before a title, whose words all hang on it, is the title's
 * modifier, and the title takes its place */
static void repair_acting_title(const nm_parser *p, const nm_pword *w, size_t n,
                                uint32_t *heads, uint16_t *rels) {
  if (p->rl_amod < 0 || p->rl_obj < 0) return;
  for (size_t i = 0; i + 1 < n; i++) {
    if (!form_is(&w[i], "acting") || !upos_is(&w[i], "VERB") || !heads[i]) continue;
    size_t j = n;
    for (size_t k = i + 1; k < n && k <= i + 4 && j == n; k++)
      if (heads[k] == i + 1 && rel_eq(p, rels, k, "obj")) j = k;
    if (j == n || !form_in(&w[j], office_nouns) || !upos_is(&w[j], "NOUN")) continue;
    bool whole = true; /* the title's words hang on it */
    for (size_t k = i + 1; k < j; k++)
      whole = whole && heads[k] == j + 1;
    if (!whole) continue;
    size_t h = heads[i] - 1;
    if (h + 2 == i && form_is(&w[h + 1], "'s") && heads[h + 1] == h + 1 && nominal(&w[h]) &&
        p->rl_poss >= 0) {
      /* (the owner made the head: "summoned India's acting high
       * commissioner", with India the object and "acting" its clause) */
      heads[j] = heads[h];
      rels[j] = rels[h];
      heads[h] = (uint32_t)(j + 1);
      rels[h] = (uint16_t)p->rl_poss;
    } else {
      heads[j] = heads[i];
      rels[j] = rel_eq(p, rels, i, "ccomp") || rel_eq(p, rels, i, "xcomp") ? (uint16_t)p->rl_obj
                                                                           : rels[i];
    }
    /* the participle's phrases of time and purpose are the verb's */
    size_t v = heads[j] ? heads[j] - 1 : n;
    bool verb = v < n && upos_is(&w[v], "VERB");
    for (size_t k = 0; k < n; k++)
      if (heads[k] == i + 1 && k != j)
        heads[k] = verb && k > j &&
                           (rel_eq(p, rels, k, "advcl") || rel_eq(p, rels, k, "xcomp") ||
                            !strncmp(nm_parser_rel(p, rels[k]), "obl", 3))
                       ? (uint32_t)(v + 1)
                       : (uint32_t)(j + 1);
    for (size_t k = 0; k < n; k++) /* and those the owner had */
      if (heads[k] == h + 1 && k > j && verb && h + 2 == i &&
          (rel_eq(p, rels, k, "advcl") || rel_eq(p, rels, k, "xcomp") ||
           rel_eq(p, rels, k, "acl") || !strncmp(nm_parser_rel(p, rels[k]), "obl", 3)))
        heads[k] = (uint32_t)(v + 1), rels[k] = rel_eq(p, rels, k, "acl") ? (uint16_t)p->rl_advcl
                                                                            : rels[k];
    heads[i] = (uint32_t)(j + 1);
    rels[i] = (uint16_t)p->rl_amod;
  }
}

/* "Pakistan's Foreign Office spokesperson, Saadia Hameed, said …",
 * parsed with "Office" the subject and "spokesperson" its clause (acl): a
 * title noun hung as a clause on the name right before it is the head of
 * the phrase, the name its compound */
static void repair_title_read_as_clause(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  if (p->rl_compound < 0) return;
  for (size_t t = 1; t < n; t++) {
    size_t o = t - 1;
    if (heads[t] != o + 1 || !rel_eq(p, rels, t, "acl") || !upos_is(&w[t], "NOUN") ||
        !form_in(&w[t], office_nouns) || !upos_is(&w[o], "PROPN") || !heads[o])
      continue;
    heads[t] = heads[o];
    rels[t] = rels[o];
    for (size_t k = t + 1; k < n; k++)
      if (heads[k] == o + 1) heads[k] = (uint32_t)(t + 1);
    heads[o] = (uint32_t)(t + 1);
    rels[o] = (uint16_t)p->rl_compound;
  }
}

/* "The two commissions are due to meet again …, he said", parsed with
 * "commissions" and "he" both subjects of "said", "are" its copula and
 * "due" its clause: a verb of saying after its clause, with a subject of
 * its own right before it after a comma, leaves the earlier subject (and
 * the copula or auxiliaries between it and the clause's head) to the
 * clause */
static void repair_said_with_two_subjects(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  static const char *const says[] = {"say", "tell", "add", "warn", "note", "insist", "explain",
                                     NULL};
  for (size_t v = 3; v < n; v++) {
    if (!upos_is(&w[v], "VERB") || !lemma_in(&w[v], says)) continue;
    size_t s2 = v - 1, s1 = n, c = n;
    if (heads[s2] != v + 1 || !rel_eq(p, rels, s2, "nsubj") || !form_is(&w[s2 - 1], ",")) continue;
    for (size_t k = 0; k + 1 < s2; k++) {
      if (heads[k] != v + 1) continue;
      if (rel_eq(p, rels, k, "nsubj") && s1 == n) s1 = k;
      if (rel_eq(p, rels, k, "ccomp") && k > s1 && s1 != n && c == n) c = k;
    }
    if (s1 == n || c == n) continue;
    /* (a copular clause only: a verb's clause is another repair's,
     * repair_report_after_clause()) */
    bool between_ok = true, cop = false;
    for (size_t k = s1 + 1; k < c && between_ok; k++)
      if (heads[k] == v + 1) {
        cop = cop || rel_eq(p, rels, k, "cop");
        between_ok = rel_eq(p, rels, k, "cop") || !strncmp(nm_parser_rel(p, rels[k]), "aux", 3) ||
                     rel_eq(p, rels, k, "advmod");
      }
    if (!between_ok || !cop) continue;
    for (size_t k = s1 + 1; k < c; k++)
      if (heads[k] == v + 1) heads[k] = (uint32_t)(c + 1);
    heads[s1] = (uint32_t)(c + 1);
  }
}

/* "Ugandan opposition leader seized in Nairobi is charged …", parsed with
 * "seized" the subject of "charged" and the leader its own subject: a past
 * participle hung as a subject, with a noun subject of its own right
 * before it, is that noun's reduced relative clause, and the noun the
 * subject */
static void repair_participle_read_as_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                              uint32_t *heads, uint16_t *rels) {
  if (p->rl_acl < 0) return;
  for (size_t v = 1; v < n; v++) {
    if (!upos_is(&w[v], "VERB") || !xpos_is(&w[v], "VBN") || !heads[v] ||
        strncmp(nm_parser_rel(p, rels[v]), "nsubj", 5) != 0)
      continue;
    size_t s = v - 1;
    if (heads[s] != v + 1 || strncmp(nm_parser_rel(p, rels[s]), "nsubj", 5) != 0 ||
        !(upos_is(&w[s], "NOUN") || upos_is(&w[s], "PROPN")))
      continue;
    heads[s] = heads[v];
    rels[s] = rels[v];
    heads[v] = (uint32_t)(s + 1);
    rels[v] = (uint16_t)p->rl_acl;
  }
}

/* "Pakistan says troops killed militants near Afghan border" (a
 * headline), parsed with "troops" the object of "says", "killed" a
 * modifier of "militants" and the militants hung on the troops: a noun
 * right after "says" or "said", then a past-tense verb read as a
 * modifier of the noun after it, is the subject of that verb, which is
 * the clause reported, and the noun after it its object */
static void repair_says_noun_verbed(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  static const char *const says[] = {"say", "claim", "report", NULL};
  if (p->rl_ccomp < 0 || p->rl_nsubj < 0 || p->rl_obj < 0) return;
  for (size_t v = 1; v + 3 < n; v++) {
    size_t o = v + 1, k = v + 2, m = v + 3;
    if (!upos_is(&w[v], "VERB") || !lemma_in(&w[v], says) || heads[o] != v + 1 ||
        !rel_eq(p, rels, o, "obj") || !(upos_is(&w[o], "NOUN") || upos_is(&w[o], "PROPN")) ||
        !xpos_is(&w[k], "VBD") || heads[k] != m + 1 || !rel_eq(p, rels, k, "amod") ||
        !(upos_is(&w[m], "NOUN") || upos_is(&w[m], "PROPN")) || heads[m] != o + 1)
      continue;
    heads[k] = (uint32_t)(v + 1);
    rels[k] = (uint16_t)p->rl_ccomp;
    heads[o] = (uint32_t)(k + 1);
    rels[o] = (uint16_t)p->rl_nsubj;
    heads[m] = (uint32_t)(k + 1);
    rels[m] = (uint16_t)p->rl_obj;
    return;
  }
}

/* The subordinator a parse read as noun a's preposition ("as the
 * opposition threatened", "after an ELN attack … killed"): a's case word
 * among as, after, before, since, until, while; n for none. */
static size_t subordinator_as_case(const nm_parser *p, const nm_pword *w, size_t n,
                                   const uint32_t *heads, const uint16_t *rels, size_t a) {
  static const char *const subs[] = {"as", "after", "before", "since", "until", "while", NULL};
  size_t m = n;
  for (size_t k = a > 8 ? a - 8 : 0; k < a; k++)
    if (heads[k] == a + 1 && rel_eq(p, rels, k, "case") && form_in(&w[k], subs)) m = k;
  return m;
}

/* Makes verb v an adverbial clause of head h, noun a its subject and
 * subordinator m its mark. */
static void make_subordinate_clause(const nm_parser *p, uint32_t *heads, uint16_t *rels,
                                    size_t v, uint32_t h, size_t a, size_t m) {
  heads[v] = h;
  rels[v] = (uint16_t)p->rl_advcl;
  heads[m] = (uint32_t)(v + 1);
  rels[m] = (uint16_t)p->rl_mark;
  heads[a] = (uint32_t)(v + 1);
  rels[a] = (uint16_t)p->rl_nsubj;
}

/* "opened its borders to West Africans ordered out of Nigeria" parsed
 * with "ordered" a conjunct of "opened" that no "and" or comma joins: a
 * past form right after a noun of the verb (its object or oblique), with
 * no subject, object or coordinator of its own, is a reduced relative
 * clause of that noun (acl); after a subordinator read as the noun's
 * preposition, the noun is the clause's subject. */
static void repair_reduced_relative_conj(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_acl < 0 || p->rl_conj < 0) return;
  for (size_t v = 2; v < n; v++) {
    if (rels[v] != (uint16_t)p->rl_conj || !heads[v] || !upos_is(&w[v], "VERB") ||
        !(xpos_is(&w[v], "VBD") || xpos_is(&w[v], "VBN")))
      continue;
    size_t h = heads[v] - 1, a = v - 1;
    /* (the noun may head a longer phrase that ends right before the
     * verb: "after an ELN attack on a military base killed two soldiers") */
    for (int up = 0; up < 6 && heads[a] && heads[a] - 1 > h && heads[a] - 1 < v; up++)
      a = heads[a] - 1;
    if (h >= a || !upos_is(&w[h], "VERB") || heads[a] != h + 1 ||
        !(upos_is(&w[a], "NOUN") || upos_is(&w[a], "PROPN")) ||
        !(rels[a] == (uint16_t)p->rl_obj || rel_eq(p, rels, a, "obl")))
      continue;
    if (has_cc(p, heads, rels, n, v, 0, n) || has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    /* "resigned Sunday as the opposition threatened to storm …": a noun
     * after a subordinator read as a preposition is the clause's
     * subject, the subordinator its mark and the clause adverbial (the
     * clause may have an object: "after an ELN attack … killed two
     * soldiers") */
    size_t m = subordinator_as_case(p, w, n, heads, rels, a);
    /* (a reduced relative follows its noun, with no object or auxiliary) */
    if (m == n && (a + 1 != v || has_dep(p, heads, rels, n, v, 0, n, "obj") ||
                   has_dep(p, heads, rels, n, v, 0, n, "aux")))
      continue;
    if (m < n && p->rl_mark >= 0 && p->rl_nsubj >= 0 && p->rl_advcl >= 0) {
      make_subordinate_clause(p, heads, rels, v, heads[v], a, m);
      continue;
    }
    heads[v] = (uint32_t)(a + 1);
    rels[v] = (uint16_t)p->rl_acl;
  }
}

/* "a joint commission announced in 2023 had met only twice" parsed with
 * "announced" the verb of "commission" and "had met" its complement: a
 * past participle right after its subject noun, with no auxiliary,
 * object or comma of its own, whose complement has a finite auxiliary
 * and no subject, is a reduced relative clause of the noun (acl), and
 * the complement the clause the noun is subject of. */
static void repair_participle_before_auxiliary(const nm_parser *p, const nm_pword *w, size_t n,
                                               uint32_t *heads, uint16_t *rels) {
  static const char *const finite_aux[] = {"had", "has", "have", "was", "were", "is", "are",
                                           "will", "would", NULL};
  if (p->rl_acl < 0 || p->rl_nsubj < 0 || p->rl_nsubj_pass < 0) return;
  for (size_t x = 3; x < n; x++) {
    if (!heads[x] || !upos_is(&w[x], "VERB")) continue;
    size_t v = heads[x] - 1;
    if (v + 2 >= x || !xpos_is(&w[v], "VBN") || !upos_is(&w[v], "VERB") || v < 1) continue;
    if (!(rel_eq(p, rels, x, "ccomp") || rel_eq(p, rels, x, "conj") ||
          rel_eq(p, rels, x, "parataxis") || rel_eq(p, rels, x, "xcomp")))
      continue;
    size_t s = v - 1, a = n;
    if (heads[s] != v + 1 || !rel_eq(p, rels, s, "nsubj") ||
        !(upos_is(&w[s], "NOUN") || upos_is(&w[s], "PROPN")))
      continue;
    for (size_t k = v + 1; k < x; k++)
      if (heads[k] == x + 1 && rel_eq(p, rels, k, "aux") && form_in(&w[k], finite_aux) && a == n)
        a = k;
    if (a == n || has_dep(p, heads, rels, n, x, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, x, 0, n, "expl") || has_cc(p, heads, rels, n, x, 0, n) ||
        has_dep(p, heads, rels, n, v, 0, n, "aux") || has_dep(p, heads, rels, n, v, 0, n, "obj") ||
        has_dep(p, heads, rels, n, v, 0, n, "cop"))
      continue;
    /* (the words between are the participle's own, with no comma: "in 2023") */
    bool own = true;
    for (size_t k = v + 1; k < a && own; k++) {
      size_t h = k;
      for (int up = 0; up < 8 && h != v && heads[h]; up++)
        h = heads[h] - 1;
      own = h == v && !upos_is(&w[k], "PUNCT");
    }
    if (!own) continue;
    heads[x] = heads[v];
    rels[x] = rels[v];
    for (size_t k = 0; k < n; k++)
      if (heads[k] == v + 1 && k != s && (k < s || k > x)) heads[k] = (uint32_t)(x + 1);
    heads[s] = (uint32_t)(x + 1);
    rels[s] = (uint16_t)(has_dep(p, heads, rels, n, x, 0, x, "aux:pass") ? p->rl_nsubj_pass
                                                                           : p->rl_nsubj);
    heads[v] = (uint32_t)(s + 1);
    rels[v] = (uint16_t)p->rl_acl;
  }
}

/* "a gang that the government classifies as a terrorist organization and
 * that U.S. authorities sanctioned in 2024" parsed with the second "that"
 * a subordinator and its verb a conjunct of the noun: after "and" or
 * "or", a "that" read as a mark whose verb hangs on a noun as a conjunct,
 * when the noun has a relative clause before it opened by a relative
 * word, is that word again, in the same role (its object or subject, if
 * the verb lacks one), and its verb a conjunct of the first clause. */
static void repair_second_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                   uint32_t *heads, uint16_t *rels) {
  static const char *const rel_words[] = {"that", "which", "who", "whom", NULL};
  if (p->rl_relcl < 0 || p->rl_conj < 0) return;
  for (size_t t = 2; t + 1 < n; t++) {
    if (!form_is(&w[t], "that") || !heads[t] || !rel_eq(p, rels, t, "mark") ||
        !(form_is(&w[t - 1], "and") || form_is(&w[t - 1], "or")))
      continue;
    size_t v = heads[t] - 1;
    if (v <= t || !heads[v] || !rel_eq(p, rels, v, "conj") || !upos_is(&w[v], "VERB")) continue;
    size_t noun = heads[v] - 1, r = n, rw = n;
    /* (the verb may already be the first clause's conjunct: then only
     * "that" is wrong) */
    if (rel_eq(p, rels, noun, "acl:relcl") && heads[noun] && heads[noun] - 1 < noun) {
      r = noun;
      noun = heads[r] - 1;
    }
    if (noun >= t || !nominal(&w[noun])) continue;
    for (size_t k = noun + 1; k < t && r == n; k++)
      if (heads[k] == noun + 1 && rel_eq(p, rels, k, "acl:relcl")) r = k;
    if (r == n) continue;
    for (size_t k = noun + 1; k < r && rw == n; k++)
      if (heads[k] == r + 1 && form_in(&w[k], rel_words) &&
          (rel_eq(p, rels, k, "obj") || rel_eq(p, rels, k, "nsubj")))
        rw = k;
    if (rw == n) continue;
    const char *role = rel_eq(p, rels, rw, "obj") ? "obj" : "nsubj";
    if (has_dep(p, heads, rels, n, v, 0, n, role)) continue;
    heads[v] = (uint32_t)(r + 1);
    rels[t] = rels[rw];
  }
}

/* "fought Iran-aligned Houthi rebels" parsed with "Iran" a second object
 * of "fought": a name glued by a hyphen to a participle that modifies a
 * noun after it ("Iran-aligned", "Moscow-backed", "Saudi-led"), hung on
 * that noun's head, is the participle's (obl:unmarked, as "U.S.-led"). */
static void repair_hyphen_participle_name(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  static const char *const parts[] = {"aligned", "backed", "allied", "supported", "funded",
                                      "led",     "based",  "run",    "linked",    "sponsored",
                                      "affiliated", "controlled", "owned", NULL};
  if (p->rl_compound < 0 || p->rl_amod < 0) return;
  for (size_t x = 0; x + 3 < n; x++) {
    if (!upos_is(&w[x], "PROPN") || !form_is(&w[x + 1], "-") || !form_in(&w[x + 2], parts) ||
        !heads[x + 2] || rels[x + 2] != (uint16_t)p->rl_amod)
      continue;
    size_t h = heads[x + 2] - 1;
    if (h <= x + 2 || heads[x] == h + 1) continue;
    /* (only a name hung on the noun's own head; it goes on the participle,
     * as "U.S.-led" is parsed and annotated, obl:unmarked) */
    if (heads[x] != heads[h] || p->rl_unmarked < 0) continue;
    heads[x] = (uint32_t)(x + 3);
    rels[x] = (uint16_t)p->rl_unmarked;
    if (heads[x + 1] != x + 1) heads[x + 1] = (uint32_t)(x + 1);
  }
}

/* "An EU official involved in the talks, who asked not to be named, said
 * that …" parsed with "involved" the root (a past tense) and "said" a
 * parataxis of the relative clause: a participle of a few verbs (involve,
 * brief, inform) right after its subject noun, with no object, is a
 * reduced relative of the noun when a verb of speech after a comma, with
 * no subject of its own, hangs in its clause; that verb is the root and
 * the noun its subject. */
static void repair_involved_said(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  static const char *const parts[] = {"involved", "briefed", "informed", NULL};
  static const char *const says[] = {"said", "told", "says", "added", NULL};
  if (p->rl_acl < 0 || p->rl_nsubj < 0) return;
  for (size_t v = 1; v + 3 < n; v++) {
    if (heads[v] != 0 || !form_in(&w[v], parts) || !nominal(&w[v - 1]) ||
        heads[v - 1] != v + 1 || !rel_eq(p, rels, v - 1, "nsubj") ||
        has_dep(p, heads, rels, n, v, 0, n, "obj") || has_dep(p, heads, rels, n, v, 0, v, "aux"))
      continue;
    for (size_t x = v + 2; x < n; x++) {
      if (!form_in(&w[x], says) || !form_is(&w[x - 1], ",") ||
          has_dep(p, heads, rels, n, x, 0, n, "nsubj"))
        continue;
      /* (in the participle's clause) */
      size_t h = x;
      for (int k = 0; k < 8 && h != v && heads[h]; k++)
        h = heads[h] - 1;
      if (h != v) break;
      size_t sj = v - 1;
      for (size_t k = 0; k < n; k++)
        if (heads[k] == v + 1 && k > v && k < x && rel_eq(p, rels, k, "punct") && k + 1 == x)
          heads[k] = (uint32_t)(x + 1);
      for (size_t k = x + 1; k < n; k++)
        if (heads[k] == v + 1) heads[k] = (uint32_t)(x + 1);
      heads[x] = 0;
      rels[x] = (uint16_t)p->root;
      heads[sj] = (uint32_t)(x + 1);
      rels[sj] = (uint16_t)p->rl_nsubj;
      heads[v] = (uint32_t)(sj + 1);
      rels[v] = (uint16_t)p->rl_acl;
      /* (the relative clause after the comma is the noun's) */
      for (size_t k = v + 1; k < x; k++)
        if (heads[k] == v + 1 && rel_eq(p, rels, k, "parataxis") && p->rl_relcl >= 0) {
          heads[k] = (uint32_t)(sj + 1);
          rels[k] = (uint16_t)p->rl_relcl;
        }
      break;
    }
  }
}

/* "fired tear gas … as demonstrators marched on parliament" parsed with
 * "as" the noun's preposition and the finite verb a clause of the noun:
 * the noun after a subordinator, hung on a verb as its oblique, with a
 * past or present tense hung on it (no subject of its own), is that
 * verb's subject, the subordinator its mark, and the clause adverbial
 * (a reduced relative would be a participle, but for one of a verb that
 * takes no object). */
static void repair_subordinate_clause_of_noun(const nm_parser *p, const nm_pword *w, size_t n,
                                              uint32_t *heads, uint16_t *rels) {
  if (p->rl_acl < 0 || p->rl_mark < 0 || p->rl_nsubj < 0 || p->rl_advcl < 0) return;
  for (size_t v = 2; v < n; v++) {
    /* (a participle of a verb that takes no object is a past tense there:
     * "as demonstrators marched", "after protesters gathered") */
    static const char *const intransitive[] = {"march", "rally", "gather", "protest",
                                               "demonstrate", "riot", "flee", "clash",
                                               "arrive", "advance", "retreat", NULL};
    if (rels[v] != (uint16_t)p->rl_acl || !heads[v] || !upos_is(&w[v], "VERB") ||
        !(xpos_finite(w[v].xpos) || (xpos_is(&w[v], "VBN") && lemma_in(&w[v], intransitive))))
      continue;
    size_t a = heads[v] - 1;
    if (a >= v || !heads[a] || !rel_eq(p, rels, a, "obl") || !nominal(&w[a]) ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t m = subordinator_as_case(p, w, n, heads, rels, a);
    if (m < n) make_subordinate_clause(p, heads, rels, v, heads[a], a, m);
  }
}

/* "a spokesman for Lula said" parsed with "Lula" a second subject of
 * "said": a subject that takes a preposition right after another
 * subject's phrase of the same verb is that subject's modifier (nmod). */
static void repair_marked_second_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_nmod < 0 || p->rl_case < 0) return;
  for (size_t b = 2; b < n; b++) {
    if (rels[b] != (uint16_t)p->rl_nsubj || !heads[b] || heads[b] - 1 <= b || !nominal(&w[b]))
      continue;
    size_t m = b; /* b's preposition: the first word of its phrase */
    while (m > 0 && b - m < 4 && heads[m - 1] == b + 1 && !upos_is(&w[m - 1], "PUNCT")) m--;
    if (m == b || m < 1 || rels[m] != (uint16_t)p->rl_case || !upos_is(&w[m], "ADP")) continue;
    size_t a = n; /* the other subject, whose phrase ends right before it */
    for (size_t k = m; k-- > 0 && m - k <= 24 && a == n;)
      if (heads[k] == heads[b] && rels[k] == (uint16_t)p->rl_nsubj) a = k;
    if (a == n || !nominal(&w[a])) continue;
    bool phrase = true;
    for (size_t k = a + 1; k < m && phrase; k++) phrase = in_subtree(heads, n, k, a);
    if (!phrase) continue;
    heads[b] = (uint32_t)(a + 1);
    rels[b] = (uint16_t)p->rl_nmod;
  }
}

/* "drones launched from Russia and occupied Crimea" parsed with
 * "occupied" a verb joined by "and", the place its object: a participle
 * of occupation between "and" (or a comma) after a name and a name right
 * after it modifies that name, which is the first name's conjunct. Its
 * other dependents go to the word it hung from. */
static void repair_occupied_place(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  static const char *const held[] = {"occupied", "annexed", NULL};
  if (p->rl_amod < 0 || p->rl_conj < 0) return;
  for (size_t v = 2; v + 1 < n; v++) {
    if (!form_in(&w[v], held) || !heads[v] || !upos_is(&w[v], "VERB") ||
        !(form_is(&w[v - 1], "and") || form_is(&w[v - 1], ",")) || !upos_is(&w[v - 2], "PROPN"))
      continue;
    size_t o = n; /* the name right after it, its object */
    for (size_t k = v + 1; k < n && k < v + 6; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "obj") && upos_is(&w[k], "PROPN")) o = k;
    if (o == n || !upos_is(&w[v + 1], "PROPN")) continue;
    size_t a = v - 2; /* the first name's head: up its flat and compound words */
    for (int k = 0; k < 4 && heads[a] && heads[a] - 1 > a && heads[a] - 1 < v &&
                    (rel_eq(p, rels, a, "flat") || rel_eq(p, rels, a, "compound"));
         k++)
      a = heads[a] - 1;
    if (!heads[a] || a == v) continue;
    uint32_t up = heads[v];
    for (size_t k = v > 64 ? v - 64 : 0; k < n && k < v + 65; k++)
      if (heads[k] == v + 1 && k != o && k != v - 1) heads[k] = up;
    heads[o] = (uint32_t)(a + 1);
    rels[o] = (uint16_t)p->rl_conj;
    heads[v] = (uint32_t)(o + 1);
    rels[v] = (uint16_t)p->rl_amod;
    heads[v - 1] = (uint32_t)(o + 1);
  }
}

/* "Hamas said it had accepted the proposal, while Israel said it was
 * studying it", parsed with the while-clause inside what Hamas said: a
 * report of someone else's, marked "while" or "whereas" after a comma,
 * is the upper report's, not part of it. */
static void repair_while_report(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                                uint16_t *rels) {
  static const char *const contrast[] = {"while", "whereas", NULL};
  static const char *const say[] = {"say", "tell", "announce", "insist", "warn", "add", NULL};
  for (size_t v = 3; v < n; v++) {
    if (!heads[v] || !rel_eq(p, rels, v, "advcl") || !w[v].lemma || !xpos_finite(w[v].xpos))
      continue;
    if (!lemma_in(&w[v], say) || !has_dep(p, heads, rels, n, v, 0, v, "nsubj")) continue;
    size_t m = n; /* the marker, after a comma */
    for (size_t k = v > 8 ? v - 8 : 0; k < v; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "mark") && form_in(&w[k], contrast)) m = k;
    if (m == n || m == 0 || !form_is(&w[m - 1], ",")) continue;
    /* the clause it hangs in is what a verb of saying reports */
    size_t h = heads[v] - 1, g = n;
    for (int k = 0; k < 4 && heads[h]; k++) {
      size_t up = heads[h] - 1;
      if (rel_eq(p, rels, h, "ccomp") && w[up].lemma && !strcmp(w[up].lemma, "say")) {
        g = up;
        break;
      }
      h = up;
    }
    if (g == n || g >= m) continue;
    heads[v] = (uint32_t)(g + 1);
    heads[m - 1] = (uint32_t)(v + 1); /* its comma */
  }
}

/* "A spokeswoman for the police, Marie-Claude Jean-Baptiste, said",
 * parsed with "Jean" and "Baptiste" conjuncts of "police": a proper noun
 * right after another proper noun of a name (no comma or "and" between;
 * a hyphen written without spaces may join them) is part of that name,
 * not a conjunct of something outside it: flat under the name's first
 * word */
static void repair_name_conjunct(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                                 uint16_t *rels) {
  if (p->rl_conj < 0 || p->rl_flat < 0) return;
  for (size_t j = 1; j < n; j++) {
    if (!heads[j] || rels[j] != (uint16_t)p->rl_conj || !upos_is(&w[j], "PROPN")) continue;
    size_t i = j - 1; /* the name's word before: right before, or before a glued hyphen */
    if (xpos_is(&w[i], "HYPH") && i > 0 && w[i - 1].form + w[i - 1].len == w[i].form &&
        w[i].form + w[i].len == w[j].form)
      i--;
    if (!upos_is(&w[i], "PROPN") || !heads[i]) continue;
    size_t first = i; /* the name's first word: up its flat words */
    for (int up = 0; up < 6 && heads[first] && rels[first] == (uint16_t)p->rl_flat &&
                     heads[first] - 1 < first;
         up++)
      first = heads[first] - 1;
    size_t h = heads[j] - 1;
    if (h >= first && h < j) continue; /* joined inside the name already */
    /* a conjunct of the word the name hangs on, or of its head */
    if (h != heads[first] - 1 || first == j) continue;
    heads[j] = (uint32_t)(first + 1);
    rels[j] = (uint16_t)p->rl_flat;
  }
}

/* "Speaking at a meeting in New York on Sunday, Foreign Minister Therese
 * Wagner accused Rwanda", parsed with the name an apposition of "Sunday"
 * and the root with no subject: the phrase between the opening clause's
 * comma and the root verb, hung whole from a word before the comma, is
 * the root's subject */
static void repair_subject_after_opening(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  size_t r = n;
  for (size_t i = 0; i < n; i++)
    if (!heads[i]) {
      if (r != n) return;
      r = i;
    }
  if (r == n || r < 3 || !upos_is(&w[r], "VERB") || !xpos_finite(w[r].xpos) ||
      has_dep(p, heads, rels, n, r, 0, n, "nsubj") || has_dep(p, heads, rels, n, r, 0, n, "expl") ||
      has_dep(p, heads, rels, n, r, 0, n, "csubj"))
    return;
  size_t c = r - 1; /* the comma before the phrase: at most eight words back */
  while (c > 0 && r - c < 9 && !form_is(&w[c], ","))
    c--;
  if (!form_is(&w[c], ",") || c + 1 >= r || c == 0) return;
  size_t x = n; /* the phrase's head: the one word in (c, r) hung before c */
  for (size_t i = c + 1; i < r; i++) {
    size_t h = heads[i] ? heads[i] - 1 : n;
    if (h > c && h < r) continue;
    if (h >= c || x != n) return; /* hung after, or two heads */
    x = i;
  }
  if (x == n || !nominal(&w[x]) || upos_is(&w[x], "PRON")) return;
  /* the clause before the comma opens the sentence as an adverbial one */
  bool opening = false;
  for (size_t i = 0; i < c && !opening; i++)
    opening = heads[i] == r + 1 && rel_eq(p, rels, i, "advcl");
  if (!opening) return;
  heads[x] = (uint32_t)(r + 1);
  rels[x] = (uint16_t)p->rl_nsubj;
}

/* "France, Germany, Italy and Britain joined Washington": a verb given
 * two subjects, the first already heading a conjunct ("Germany") and the
 * second right after the comma that closes the first's phrase, itself
 * heading the conjunct "and" joins ("and Britain"): one list, whose
 * later members are the first's conjuncts */
static void repair_split_list(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                              uint16_t *rels) {
  if (p->rl_conj < 0) return;
  for (size_t a = 0; a + 4 < n; a++) {
    if (!heads[a] || rels[a] != (uint16_t)p->rl_nsubj || !nominal(&w[a])) continue;
    size_t b = a + 1;
    while (b < n && b < a + 16 && !(heads[b] == heads[a] && rels[b] == (uint16_t)p->rl_nsubj))
      b++;
    if (b >= n || b == a + 16 || !nominal(&w[b]) || !form_is(&w[b - 1], ",")) continue;
    bool inside = true, conj = false;
    for (size_t i = a + 1; i + 1 < b && inside; i++) { /* the first's phrase */
      size_t h = i;
      for (int k = 0; k < 6 && h != a && heads[h]; k++)
        h = heads[h] - 1;
      inside = h == a;
      conj = conj || (heads[i] == a + 1 && rels[i] == (uint16_t)p->rl_conj);
    }
    size_t last = n; /* the second's conjunct, after "and" or "or" */
    for (size_t i = b + 1; i < n && i < b + 8; i++)
      if (heads[i] == b + 1 && rels[i] == (uint16_t)p->rl_conj) last = i;
    if (!inside || !conj || last == n || !has_cc(p, heads, rels, n, last, b, last)) continue;
    heads[b] = (uint32_t)(a + 1);
    rels[b] = (uint16_t)p->rl_conj;
    heads[last] = (uint32_t)(a + 1);
  }
}

/* "Pashinyan accused Azerbaijan of deliberately emptying the region":
 * a gerund given a subject before its marker ("of", "for", "from") has
 * none; the noun, right after the verb the gerund's clause hangs from,
 * is that verb's object (UD: "accused" obj "Azerbaijan", advcl
 * "emptying" marked by "of") */
static void repair_subject_before_of(const nm_parser *p, const nm_pword *w, size_t n,
                                     uint32_t *heads, uint16_t *rels) {
  static const char *const marks[] = {"of", "for", "from", NULL};
  if (p->rl_obj < 0) return;
  for (size_t x = 1; x + 2 < n; x++) {
    if (!heads[x] || rels[x] != (uint16_t)p->rl_nsubj || !nominal(&w[x])) continue;
    size_t g = heads[x] - 1;
    if (g <= x + 1 || !xpos_is(&w[g], "VBG") || !heads[g]) continue;
    size_t v = heads[g] - 1, m = n;
    for (size_t k = x + 1; k < g; k++)
      if (heads[k] == g + 1 && rel_eq(p, rels, k, "mark") && form_in(&w[k], marks)) m = k;
    if (m == n || v >= x || !upos_is(&w[v], "VERB") || has_dep(p, heads, rels, n, v, v, n, "obj"))
      continue;
    bool adjacent = true; /* the noun's phrase starts right after the verb */
    for (size_t k = v + 1; k < x && adjacent; k++)
      adjacent = heads[k] == x + 1 || (heads[k] > v + 1 && heads[k] <= x + 1);
    if (!adjacent) continue;
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_obj;
  }
}

/* "The European Union's foreign policy chief, Kaja Kallas, said": a
 * verb given two subjects, the second a name set off by a comma right
 * after the first's phrase and by one after it: the name is the first's
 * apposition */
static void repair_apposed_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                   uint32_t *heads, uint16_t *rels) {
  /* (a unit of time before the comma times the verb: "Last week, General
   * X said") */
  static const char *const times[] = {"week", "month", "year", "day", "night", "morning",
                                      "afternoon", "evening", "weekend", "time", "hour",
                                      "minute", "decade", "season", "weeks", "months", "years",
                                      "days", "hours", "times", "today", "yesterday", NULL};
  if (p->rl_appos < 0 || p->rl_nsubj < 0) return;
  for (size_t a = 0; a + 3 < n; a++) {
    /* (or an obl with no preposition: "The European Union's envoy for
     * the … dialogue, Miroslav Lajcak, called") */
    bool unmarked = ((p->rl_tmod >= 0 && rels[a] == (uint16_t)p->rl_tmod) ||
                     (p->rl_obl >= 0 && rels[a] == (uint16_t)p->rl_obl && heads[a] > a + 1 &&
                      !has_dep(p, heads, rels, n, a, a > 8 ? a - 8 : 0, a, "case"))) &&
                    upos_is(&w[a], "NOUN") && !form_in(&w[a], times);
    if (!heads[a] || !(rels[a] == (uint16_t)p->rl_nsubj || unmarked) || !nominal(&w[a]))
      continue;
    size_t cm = a + 1; /* the comma after a's phrase */
    while (cm < n && cm < a + 12 && !form_is(&w[cm], ",") && in_subtree(heads, n, cm, a))
      cm++;
    if (cm >= n || w[cm].len != 1 || w[cm].form[0] != ',') continue;
    size_t b = cm + 1; /* the name after "a ,", past its title */
    while (b < n && b < cm + 4 && heads[b] != heads[a])
      b++;
    if (b >= n || heads[b] != heads[a] || rels[b] != (uint16_t)p->rl_nsubj ||
        !upos_is(&w[b], "PROPN"))
      continue;
    bool inside = true;
    for (size_t k = cm + 1; k < b && inside; k++) inside = heads[k] == b + 1;
    size_t e = b + 1; /* the name's end: the words under it, then a comma */
    while (e < n && e < b + 8 && !form_is(&w[e], ",") && in_subtree(heads, n, e, b))
      e++;
    if (!inside || e >= n || w[e].len != 1 || w[e].form[0] != ',' || heads[a] <= e + 1) continue;
    heads[b] = (uint32_t)(a + 1);
    rels[b] = (uint16_t)p->rl_appos;
    rels[a] = (uint16_t)p->rl_nsubj;
  }
}

/* "the Afghan side opened fire, he said, speaking on condition of
 * anonymity": a gerund right after the comma after a report set inside
 * the clause it reports (parataxis) is the report's adverbial clause, not
 * what was said */
static void repair_trailing_gerund(const nm_parser *p, const nm_pword *w, size_t n,
                                   uint32_t *heads, uint16_t *rels) {
  static const char *const says[] = {"said", "says", "say", "added", "told", NULL};
  if (p->rl_advcl < 0) return;
  for (size_t v = 1; v + 2 < n; v++) {
    size_t g = v + 2;
    if (!form_in(&w[v], says) || !rel_eq(p, rels, v, "parataxis") || w[v + 1].len != 1 ||
        w[v + 1].form[0] != ',' || !xpos_is(&w[g], "VBG") || heads[g] != v + 1 ||
        !rel_eq(p, rels, g, "ccomp"))
      continue;
    rels[g] = (uint16_t)p->rl_advcl;
  }
}

/* "Finland closes its last crossing with Russia, citing migrant
 * pressure": a gerund of saying or giving reasons set off by a comma and
 * parsed as a clause of the object's noun (or of a noun below it) tells
 * what the verb's subject does as it acts: an adverbial clause of the
 * verb. */
static void repair_comma_gerund_of_object(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  static const char *const reason[] = {"citing",    "saying",  "accusing", "blaming",
                                       "claiming",  "warning", "urging",   "vowing",
                                       "insisting", "arguing", "alleging", "complaining",
                                       "describing", "noting", NULL};
  if (p->rl_acl < 0 || p->rl_advcl < 0) return;
  for (size_t g = 3; g < n; g++) {
    /* (the comma may come before a closing quotation mark: '"until further
     * notice," citing threats') */
    bool comma = form_is(&w[g - 1], ",") ||
                 (xpos_is(&w[g - 1], "''") && form_is(&w[g - 2], ","));
    if (rels[g] != (uint16_t)p->rl_acl || !xpos_is(&w[g], "VBG") || !form_in(&w[g], reason) ||
        !comma || !heads[g] || heads[g] - 1 >= g)
      continue;
    /* up from the noun through its phrase to the verb */
    /* (through a conjunct of the object: "detained dozens of U.N. staff
     * members, as well as employees of embassies, …, accusing many of
     * them of espionage") */
    size_t x = heads[g] - 1, v = n;
    for (int up = 0; up < 4 && v == n && nominal(&w[x]) && heads[x]; up++) {
      if (rels[x] == (uint16_t)p->rl_conj && heads[x] - 1 < x) {
        x = heads[x] - 1;
        continue;
      }
      bool arg = rel_eq(p, rels, x, "obj") || rel_eq(p, rels, x, "obl") ||
                 rel_eq(p, rels, x, "nmod") || rel_eq(p, rels, x, "xcomp");
      if (!arg) break;
      size_t y = heads[x] - 1;
      if (upos_is(&w[y], "VERB") && (rel_eq(p, rels, x, "obj") || rel_eq(p, rels, x, "obl") ||
                                      rel_eq(p, rels, x, "xcomp")))
        v = y;
      else
        x = y;
    }
    if (v == n || v > g) continue;
    heads[g] = (uint32_t)(v + 1);
    rels[g] = (uint16_t)p->rl_advcl;
  }
}

/* "two health workers told The Associated Press, speaking on condition
 * of anonymity": a gerund after a comma, hung on a verb of saying as its
 * complement, is a clause on the manner of the telling (advcl), never
 * what was told, which the verb's clause before the comma holds */
static void repair_comma_gerund_of_report(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  static const char *const tell[] = {"say", "tell", "add", "confirm", NULL};
  if (p->rl_ccomp < 0 || p->rl_advcl < 0) return;
  for (size_t g = 3; g < n; g++) {
    if (rels[g] != (uint16_t)p->rl_ccomp || !xpos_is(&w[g], "VBG") || !form_is(&w[g - 1], ",") ||
        !heads[g] || heads[g] - 1 >= g || !lemma_in(&w[heads[g] - 1], tell) ||
        has_dep(p, heads, rels, n, g, 0, g, "nsubj") || has_dep(p, heads, rels, n, g, 0, g, "mark"))
      continue;
    rels[g] = (uint16_t)p->rl_advcl;
  }
  /* ... and a verb of saying with no complement, hung as a conjunct of the
   * clause before with no "and" of its own, after a comma that opens its
   * subject, is that clause's sourcing (parataxis): "Fifteen civilians
   * were killed, two health workers told reporters, speaking …" */
  for (size_t v = 3; v < n && p->rl_parataxis >= 0; v++) {
    if (!heads[v] || rels[v] != (uint16_t)p->rl_conj || heads[v] - 1 >= v ||
        !lemma_in(&w[v], tell) || has_cc(p, heads, rels, n, v, 0, v) ||
        has_dep(p, heads, rels, n, v, v, n, "ccomp") || has_dep(p, heads, rels, n, v, v, n, "obj"))
      continue; /* (an object after it: repair_midsentence_says()) */
    size_t sj = n;
    for (size_t k = v; k-- > 0 && k + 8 > v && sj == n;)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "nsubj")) sj = k;
    size_t lo = sj;
    while (lo > 0 && lo < n && lo + 12 > sj && in_subtree(heads, n, lo - 1, sj))
      lo--;
    if (sj == n || lo == 0 || !form_is(&w[lo - 1], ",")) continue;
    rels[v] = (uint16_t)p->rl_parataxis;
  }
}

/* Gerunds of saying after a comma ("…, saying …"). */
static const char *const saying_gerunds[] = {"saying",   "adding",   "insisting", "arguing",
                                             "noting",   "claiming", "warning",   NULL};

/* "The spokesman confirmed that the army had carried out an attack,
 * saying it targeted the militia": a gerund of saying after a comma,
 * hung on the reported clause's verb, is the reporter's: the adverbial
 * clause of the verb of saying whose complement that clause is, when
 * that verb is the sentence's root. */
static void repair_saying_of_report(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  static const char *const reports[] = {"said",      "says",     "confirmed", "confirms",
                                        "denied",    "denies",   "announced", "announces",
                                        "told",      "tells",    "stated",    "acknowledged",
                                        "admitted",  "reported", "added",     NULL};
  if (p->rl_advcl < 0 || p->rl_ccomp < 0) return;
  for (size_t g = 3; g < n; g++) {
    if (!form_in(&w[g], saying_gerunds) || !xpos_is(&w[g], "VBG") || !form_is(&w[g - 1], ",") ||
        !heads[g] || !rel_eq(p, rels, g, "advcl"))
      continue;
    size_t h = heads[g] - 1;
    if (h >= g || !heads[h] || rels[h] != (uint16_t)p->rl_ccomp) continue;
    size_t u = heads[h] - 1;
    /* (the sentence's own report: not one a relative clause makes, "an
     * architect who said he was stiffed …, saying, …" is the main
     * subject's saying) */
    if (u >= h || !form_in(&w[u], reports) || heads[u] != 0) continue;
    heads[g] = (uint32_t)(u + 1);
  }
}

/* "Kobakhidze dismissed the criticism, saying Georgian courts were
 * independent", parsed with "saying" the subject clause of "independent"
 * (its object "courts"), "independent" a complement of "dismissed": the
 * predicate is what was said (ccomp of "saying"), the noun its subject,
 * and "saying" the adverbial clause of the predicate's head. */
static void repair_saying_subject_clause(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_advcl < 0 || p->rl_ccomp < 0 || p->rl_nsubj < 0 || p->rl_obj < 0) return;
  for (size_t g = 2; g + 2 < n; g++) {
    if (!form_in(&w[g], saying_gerunds) || !xpos_is(&w[g], "VBG") || !form_is(&w[g - 1], ",") ||
        !heads[g] || !rel_eq(p, rels, g, "csubj"))
      continue;
    size_t pr = heads[g] - 1, o = n;
    if (pr <= g || pr > g + 12 || !heads[pr] || heads[pr] - 1 >= g) continue;
    for (size_t k = g + 1; k < pr && o == n; k++)
      if (heads[k] == g + 1 && rels[k] == (uint16_t)p->rl_obj && nominal(&w[k])) o = k;
    if (o == n || has_dep(p, heads, rels, n, pr, 0, n, "nsubj")) continue;
    heads[o] = (uint32_t)(pr + 1);
    rels[o] = (uint16_t)p->rl_nsubj;
    heads[g] = heads[pr];
    rels[g] = (uint16_t)p->rl_advcl;
    heads[pr] = (uint32_t)(g + 1);
    rels[pr] = (uint16_t)p->rl_ccomp;
  }
}

/* "called for footage to be released": "for" tagged as the subordinator
 * of an infinitive clause but parsed as the head of a phrase, its noun
 * the object and the infinitive that noun's clause: the infinitive is
 * the clause (advcl of for's head), "for" its marker, the noun its
 * subject */
static void repair_for_clause(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                              uint16_t *rels) {
  if (p->rl_mark < 0 || p->rl_advcl < 0 || p->rl_nsubj < 0 || p->rl_nsubj_pass < 0 ||
      p->rl_acl < 0)
    return;
  for (size_t f = 0; f + 3 < n; f++) {
    if (!form_is(&w[f], "for") || !upos_is(&w[f], "SCONJ") || !heads[f] ||
        rels[f] == (uint16_t)p->rl_mark)
      continue;
    /* the noun: for's dependent right after it (its phrase's head) */
    size_t x = n;
    for (size_t k = f + 1; k < n && k < f + 9 && x == n; k++)
      if (heads[k] == f + 1 && nominal(&w[k])) x = k;
    if (x == n) continue;
    size_t v = n; /* the infinitive: the noun's clause marked by "to" */
    for (size_t k = x + 1; k < n && k < x + 6 && v == n; k++)
      if (heads[k] == x + 1 && rels[k] == (uint16_t)p->rl_acl && upos_is(&w[k], "VERB") &&
          has_dep(p, heads, rels, n, k, x + 1, k, "mark"))
        v = k;
    if (v == n || heads[f] == v + 1) continue;
    bool pass = has_dep(p, heads, rels, n, v, x + 1, v, "aux:pass");
    heads[v] = heads[f];
    rels[v] = (uint16_t)p->rl_advcl;
    heads[f] = (uint32_t)(v + 1);
    rels[f] = (uint16_t)p->rl_mark;
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)(pass ? p->rl_nsubj_pass : p->rl_nsubj);
  }
}

/* "Zambia extradited suspected militant X to Britain": a participle that
 * describes people ("suspected", "alleged", "detained", "wounded" …)
 * right after a verb, parsed as the verb's complement with the noun
 * after it as its own dependent, modifies that noun, which is the verb's
 * object (when the verb has none) */
static void repair_participle_modifier(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  static const char *const parts[] = {
      "suspected", "alleged",  "accused",   "wounded",   "injured",  "detained", "jailed",
      "imprisoned", "captured", "kidnapped", "abducted", "exiled",   "ousted",   "deposed",
      "banned",    "convicted", "displaced", "stranded", "arrested", "armed",    NULL};
  if (p->rl_obj < 0 || p->rl_amod < 0) return;
  for (size_t q = 1; q + 1 < n; q++) {
    size_t v = q - 1;
    /* as the verb's complement, or as its sibling under a verb of
     * saying after them ("Zambia extradited suspected militant X …, an
     * official said") */
    bool sibling = heads[q] && heads[q] == heads[v] && rels[q] == rels[v] && heads[v] > q + 1;
    if (!xpos_is(&w[q], "VBN") || !form_in(&w[q], parts) ||
        !((heads[q] == v + 1 && rel_eq(p, rels, q, "xcomp")) || sibling) ||
        !upos_is(&w[v], "VERB") || has_dep(p, heads, rels, n, v, 0, n, "obj"))
      continue;
    size_t x = n; /* the noun: the participle's nominal dependent after it */
    for (size_t k = q + 1; k < n && k < q + 8 && x == n; k++)
      if (heads[k] == q + 1 && (upos_is(&w[k], "NOUN") || upos_is(&w[k], "PROPN")) &&
          (rel_eq(p, rels, k, "xcomp") || rel_eq(p, rels, k, "obj") ||
           !strncmp(nm_parser_rel(p, rels[k]), "nsubj", 5)))
        x = k;
    if (x == n || has_dep(p, heads, rels, n, q, q + 1, x, "obj")) continue;
    /* the participle's other dependents after the noun are the verb's */
    for (size_t k = x + 1; k < n && k < q + 65; k++)
      if (heads[k] == q + 1) heads[k] = (uint32_t)(v + 1);
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_obj;
    heads[q] = (uint32_t)(x + 1);
    rels[q] = (uint16_t)p->rl_amod;
    /* the sibling's subject: a noun right before the verb that the verb
     * of saying took as its own, when that verb has another after */
    size_t sv = heads[v] ? heads[v] - 1 : n;
    if (sibling && v > 0 && !has_dep(p, heads, rels, n, v, 0, v, "nsubj") &&
        heads[v - 1] == sv + 1 && rels[v - 1] == (uint16_t)p->rl_nsubj && nominal(&w[v - 1]) &&
        has_dep(p, heads, rels, n, sv, x + 1, sv, "nsubj"))
      heads[v - 1] = (uint32_t)(v + 1);
  }
}

/* A weekday, "today" or "yesterday". */
static bool day_word(const nm_pword *w) {
  static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                     "saturday", "sunday", "today", "yesterday", NULL};
  return form_in(w, days);
}

/* "Jordan, Syria sign power and water accords" (a headline's comma for
 * "and"), parsed with the first name a vocative: a name opening the
 * sentence as a vocative, a comma, and a name that is the subject of the
 * same present-tense verb are one subject, the second name the first's
 * conjunct. */
static void repair_headline_pair(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  if (p->rl_conj < 0 || p->rl_nsubj < 0 || n < 5 || !upos_is(&w[0], "PROPN") || !heads[0] ||
      !rel_eq(p, rels, 0, "vocative"))
    return;
  size_t v = heads[0] - 1, x = 1;
  while (x < n && x < 6 && heads[x] == 1 && !form_is(&w[x], ",")) /* ("South Korea") */
    x++;
  if (x >= n || !form_is(&w[x], ",")) return;
  size_t sb = n;
  for (size_t k = x + 1; k < v && k < x + 6; k++)
    if (heads[k] == v + 1 && rel_eq(p, rels, k, "nsubj") && upos_is(&w[k], "PROPN")) sb = k;
  /* (a present tense with no auxiliary: "Anne, Mike will call you" is a
   * vocative) */
  if (sb == n || !upos_is(&w[v], "VERB") || !(xpos_is(&w[v], "VBP") || xpos_is(&w[v], "VB")) ||
      has_dep(p, heads, rels, n, v, 0, n, "aux"))
    return;
  for (size_t k = x + 1; k < sb; k++) /* (the second name's words are its own) */
    if (heads[k] != sb + 1) return;
  relink(heads, rels, 0, v, p->rl_nsubj);
  relink(heads, rels, sb, 0, p->rl_conj);
  heads[x] = (uint32_t)(sb + 1);
}

/* "In Upper Nile and Jonglei states, government troops … have clashed",
 * parsed with "states" a first subject of the verb (its "In" hung on
 * "Nile"): an opening preposition whose phrase, set off by a comma, is
 * a subject of a verb that has a second subject after the comma heads an
 * oblique; the preposition is the phrase's case. */
static void repair_opening_phrase_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  if (p->rl_obl < 0 || p->rl_case < 0 || n < 6 || !upos_is(&w[0], "ADP") || !heads[0]) return;
  size_t x = heads[0] - 1;
  for (int d = 0; d < 4 && x < n && heads[x] && !rel_eq(p, rels, x, "nsubj"); d++)
    x = heads[x] - 1;
  if (x >= n || x + 2 >= n || !heads[x] || !rel_eq(p, rels, x, "nsubj") ||
      !form_is(&w[x + 1], ","))
    return;
  size_t v = heads[x] - 1;
  bool second = false;
  for (size_t k = x + 2; k < v && !second; k++)
    second = heads[k] == v + 1 && rel_eq(p, rels, k, "nsubj") && nominal(&w[k]);
  if (!second) return;
  rels[x] = (uint16_t)p->rl_obl;
  relink(heads, rels, 0, x, p->rl_case);
  if (heads[x + 1] != v + 1 && heads[x + 1] <= x + 1) heads[x + 1] = (uint32_t)(x + 1);
}

/* "sought to put the disputes behind them in the face of North Korea's
 * growing arsenal", parsed with the of-phrase a second oblique of the
 * verb: an of-phrase right after an oblique noun, both hung on the same
 * verb, is the noun's ("in the face of", "in the wake of", "at the
 * request of"). */
static void repair_of_phrase_of_oblique(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  if (p->rl_nmod < 0) return;
  for (size_t o = 1; o + 2 < n; o++) {
    if (!heads[o] || !rel_eq(p, rels, o, "obl") || !upos_is(&w[o], "NOUN") ||
        !form_is(&w[o + 1], "of") || !has_dep(p, heads, rels, n, o, 0, o, "case"))
      continue;
    /* (the phrase's head: up from "of", which may hang on a word inside
     * it, "growing") */
    size_t x = o + 1;
    for (int d = 0; d < 4 && x < n && heads[x] && heads[x] != heads[o]; d++)
      x = heads[x] - 1;
    if (x >= n || x <= o + 1 || heads[x] != heads[o] || !rel_eq(p, rels, x, "obl") ||
        !rel_eq(p, rels, o + 1, "case"))
      continue;
    heads[o + 1] = (uint32_t)(x + 1);
    relink(heads, rels, x, o, p->rl_nmod);
  }
}

/* "The United States and Japan on Thursday imposed sanctions", parsed
 * with the names the root and the verb a clause of the weekday: a
 * finite verb with no subject, hung as a clause on a weekday right after
 * it ("on Thursday"), the weekday hung on the root noun before it, is the
 * root; the noun is its subject and the weekday its oblique. */
static void repair_weekday_before_verb(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_obl < 0 || p->rl_acl < 0) return;
  for (size_t v = 3; v < n; v++) {
    if (!heads[v] || rels[v] != (uint16_t)p->rl_acl || !upos_is(&w[v], "VERB") ||
        !(xpos_is(&w[v], "VBD") || xpos_is(&w[v], "VBZ") || xpos_is(&w[v], "VBP")))
      continue;
    size_t t = heads[v] - 1;
    if (t + 1 != v || !day_word(&w[t]) || !heads[t] || !rel_eq(p, rels, t, "nmod") ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t r = heads[t] - 1;
    if (r >= t || heads[r] != 0 || !(upos_is(&w[r], "PROPN") || upos_is(&w[r], "NOUN")))
      continue;
    reroot(heads, rels, n, v, r, p->rl_nsubj, p->root); /* (what follows goes with v) */
    relink(heads, rels, t, v, p->rl_obl);
    return;
  }
}

/* "lifted Friday a blockade", "expelled Friday two diplomats": a
 * weekday right after a verb says when; the noun phrase after it is the
 * verb's object, whether the parse made the weekday the object or hung
 * the noun from the weekday */
static void repair_weekday_before_object(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_obj < 0 || p->rl_unmarked < 0) return;
  for (size_t d = 1; d + 1 < n; d++) {
    size_t v = d - 1;
    /* (or "announced on Wednesday an additional 40 million pounds", the
     * noun made the verb's clausal complement) */
    bool on = d >= 2 && form_is(&w[d - 1], "on") && heads[d - 1] == d + 1 && heads[d] == d - 1 &&
              rel_eq(p, rels, d, "obl");
    if (on) v = d - 2;
    if (!day_word(&w[d]) || heads[d] != v + 1 || !upos_is(&w[v], "VERB") ||
        !(on || rels[d] == (uint16_t)p->rl_obj || rels[d] == (uint16_t)p->rl_unmarked))
      continue;
    size_t x = n; /* the phrase's head: a noun after the weekday hung on it or the verb */
    for (size_t k = d + 1; k < n && k < d + 9 && x == n; k++) {
      if ((w[k].len == 1 && strchr(",.;:", w[k].form[0])) || upos_is(&w[k], "CCONJ")) break;
      if ((upos_is(&w[k], "NOUN") || upos_is(&w[k], "PROPN")) &&
          (heads[k] == d + 1 ||
           (heads[k] == v + 1 && (rels[k] == (uint16_t)p->rl_obj || rel_eq(p, rels, k, "xcomp") ||
                                  (on && rel_eq(p, rels, k, "ccomp"))))))
        x = k;
    }
    /* not a phrase with a preposition ("resume Wednesday in The Hague"),
     * nor a clause ("announced on Friday that it is time …") */
    if (x == n || has_dep(p, heads, rels, n, x, d + 1, x, "case")) continue;
    bool clause = false;
    for (size_t k = d + 1; k < x && !clause; k++) clause = upos_is(&w[k], "SCONJ");
    if (clause) continue;
    bool other = false; /* another object of the verb */
    for (size_t k = v + 1; k < n && k < v + 65 && !other; k++)
      other = k != d && k != x && heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_obj;
    if (other) continue;
    for (size_t k = d + 1; k < x; k++) /* the phrase's words before its head */
      if (heads[k] == d + 1) heads[k] = (uint32_t)(x + 1);
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_obj;
    if (!on) rels[d] = (uint16_t)p->rl_unmarked;
  }
}

/* "The government said (on) Thursday it would reopen the crossing": a
 * weekday right after a verb, hung on that verb's clausal complement
 * whose subject comes after the weekday, is the verb's: the day of the
 * saying, not of the reopening */
static void repair_weekday_of_report(const nm_parser *p, const nm_pword *w, size_t n,
                                     uint32_t *heads, uint16_t *rels) {
  if (p->rl_obl < 0 || p->rl_unmarked < 0) return;
  for (size_t d = 1; d + 2 < n; d++) {
    if (!day_word(&w[d]) || !heads[d]) continue;
    bool on = form_is(&w[d - 1], "on") && heads[d - 1] == d + 1;
    if (on && d < 2) continue;
    size_t v = on ? d - 2 : d - 1, c = heads[d] - 1;
    if (!upos_is(&w[v], "VERB") || c <= d || heads[c] != v + 1 ||
        !(rel_eq(p, rels, c, "ccomp") || rel_eq(p, rels, c, "parataxis")) ||
        !has_dep(p, heads, rels, n, c, d + 1, c, "nsubj"))
      continue;
    heads[d] = (uint32_t)(v + 1);
    rels[d] = (uint16_t)(on ? p->rl_obl : p->rl_unmarked);
  }
}

/* "… will hold a session in Addis Ababa, Ethiopia, on Friday, spokesman
 * Kwame Asante said": a weekday set off by commas between what was said
 * and the sayer who follows it, hung on "say", is the day of what was
 * said (the day of the saying comes after the sayer: "…, he said
 * Friday") */
static void repair_weekday_before_sayer(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  if (p->rl_obl < 0) return;
  for (size_t d = 2; d + 2 < n; d++) {
    if (!day_word(&w[d]) || !heads[d] || !form_is(&w[d + 1], ",")) continue;
    size_t v = heads[d] - 1;
    if (v <= d + 1 || !w[v].lemma || strcmp(w[v].lemma, "say") != 0) continue;
    size_t c = n, s = n;
    for (size_t k = 0; k < n; k++) {
      if (heads[k] != v + 1) continue;
      if (k < d && rel_eq(p, rels, k, "ccomp")) c = k;
      if (k > d && k < v && rel_eq(p, rels, k, "nsubj")) s = k;
    }
    if (c == n || s == n || !upos_is(&w[c], "VERB")) continue;
    /* the weekday's phrase opens after a comma: "…, (on) Friday," */
    size_t a = form_is(&w[d - 1], "on") && heads[d - 1] == d + 1 ? d - 1 : d;
    if (a == 0 || !form_is(&w[a - 1], ",")) continue;
    /* only the sayer's words lie between the weekday and "say" */
    bool sayer = true;
    for (size_t k = d + 2; k < v && sayer; k++) sayer = !upos_is(&w[k], "VERB");
    if (!sayer) continue;
    heads[d] = (uint32_t)(c + 1);
    if (strncmp(nm_parser_rel(p, rels[d]), "obl", 3) != 0)
      rels[d] = (uint16_t)(a < d || p->rl_unmarked < 0 ? p->rl_obl : p->rl_unmarked);
  }
}

/* "accused Washington and London of a criminal aggression": the
 * of-phrase hung on the object (or its conjunct) is what the object is
 * accused of, an oblique of the verb */
static void repair_accused_of(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                              uint16_t *rels) {
  static const char *const accuse[] = {"accuse", "accused", "accuses", "accusing", NULL};
  if (p->rl_obl < 0) return;
  for (size_t v = 0; v + 3 < n; v++) {
    if (!form_in(&w[v], accuse)) continue;
    for (size_t k = v + 2; k < n && k < v + 24; k++) {
      if (!heads[k] || !rel_eq(p, rels, k, "nmod") || !nominal(&w[k])) continue;
      size_t o = heads[k] - 1; /* the object, or a conjunct of it */
      if (o <= v || o >= k) continue;
      if (rel_eq(p, rels, o, "conj") && heads[o] && heads[o] - 1 > v) o = heads[o] - 1;
      if (heads[o] != v + 1 || !rel_eq(p, rels, o, "obj")) continue;
      bool of = false;
      for (size_t q = heads[k] < k + 1 ? heads[k] : k; q < k && !of; q++)
        of = heads[q] == k + 1 && rel_eq(p, rels, q, "case") && form_is(&w[q], "of");
      if (!of) continue;
      heads[k] = (uint32_t)(v + 1);
      rels[k] = (uint16_t)p->rl_obl;
      break;
    }
  }
}

/* "invited both presidents to talks in Luanda": the to-phrase of a
 * gathering hung on the object is where the object is invited, an
 * oblique of the verb (the object's own phrase would take the place of
 * the talks as its home) */
static void repair_invited_to(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                              uint16_t *rels) {
  static const char *const invite[] = {"invite", "invited", "invites", "inviting", "summon",
                                       "summoned", "summons", "summoning", NULL};
  static const char *const gathering[] = {"talks", "talk", "meeting", "meetings", "summit",
                                          "negotiations", "consultations", "conference",
                                          "ceremony", NULL};
  if (p->rl_obl < 0) return;
  for (size_t v = 0; v + 3 < n; v++) {
    if (!form_in(&w[v], invite)) continue;
    for (size_t k = v + 2; k < n && k < v + 16; k++) {
      if (!heads[k] || !rel_eq(p, rels, k, "nmod") || !form_in(&w[k], gathering)) continue;
      size_t o = heads[k] - 1;
      if (o <= v || o >= k || heads[o] != v + 1 || !rel_eq(p, rels, o, "obj")) continue;
      bool to = false;
      for (size_t q = o + 1; q < k && !to; q++)
        to = heads[q] == k + 1 && rel_eq(p, rels, q, "case") && form_is(&w[q], "to");
      if (!to) continue;
      heads[k] = (uint32_t)(v + 1);
      rels[k] = (uint16_t)p->rl_obl;
      break;
    }
  }
}

/* "Defence ministers from Australia, Japan, the Philippines and the
 * United States agreed …", parsed with the opening noun a caseless
 * oblique of the verb, the list's second name its apposition and its
 * third the verb's subject: the opening noun (with no case of its own,
 * and a from- or of-phrase that starts the list) is the subject, and the
 * names after a comma up to the verb are the phrase's conjuncts. */
static void repair_list_split_by_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_conj < 0 || p->rl_nsubj < 0 || p->rl_appos < 0) return;
  for (size_t x = 0; x + 4 < n && x < 4; x++) {
    if (!upos_is(&w[x], "NOUN") || !heads[x] || !rel_eq(p, rels, x, "obl") ||
        has_dep(p, heads, rels, n, x, 0, n, "case"))
      continue;
    size_t v = heads[x] - 1;
    if (v <= x || !upos_is(&w[v], "VERB")) continue;
    /* the phrase: "from" or "of" and a name right after the noun */
    size_t y = x + 2;
    if (y >= v || !(form_is(&w[x + 1], "from") || form_is(&w[x + 1], "of")) ||
        heads[x + 1] != y + 1 || heads[y] != x + 1 || !rel_eq(p, rels, y, "nmod") ||
        !upos_is(&w[y], "PROPN"))
      continue;
    /* the verb's subject: a name after a comma, past the phrase */
    size_t sb = n;
    for (size_t k = y + 1; k < v; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "nsubj")) sb = k;
    if (sb == n || !upos_is(&w[sb], "PROPN")) continue;
    size_t st = sb; /* the subject's first word ("the Philippines") */
    while (st > y + 1 && heads[st - 1] == sb + 1 && rel_eq(p, rels, st - 1, "det"))
      st--;
    if (!form_is(&w[st - 1], ",")) continue;
    /* (every word between the phrase and the subject is the noun's) */
    bool inside = true;
    for (size_t k = y + 1; k < st && inside; k++) {
      size_t h = k;
      for (int d = 0; d < 6 && heads[h] && h != x; d++)
        h = heads[h] - 1;
      inside = h == x;
    }
    if (!inside) continue;
    relink(heads, rels, x, v, p->rl_nsubj);
    for (size_t k = y + 1; k < st; k++)
      if (heads[k] == y + 1 && rels[k] == (uint16_t)p->rl_appos) rels[k] = (uint16_t)p->rl_conj;
    heads[st - 1] = (uint32_t)(sb + 1);
    relink(heads, rels, sb, y, p->rl_conj);
    for (size_t k = sb + 1; k < v; k++) /* (the subject's conjuncts are the list's) */
      if (heads[k] == sb + 1 && rels[k] == (uint16_t)p->rl_conj) heads[k] = (uint32_t)(y + 1);
    return;
  }
}

/* "American and British warplanes, warships and a submarine struck
 * targets", parsed with the first noun the root, the others its
 * conjuncts and the verb a conjunct too, whose subject is the list's last
 * noun: the verb is the root and the list (the root noun, its conjuncts
 * and the last noun) its subject */
static void repair_list_before_verb(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  if (p->rl_conj < 0 || p->rl_nsubj < 0) return;
  size_t r = n;
  for (size_t i = 0; i < n; i++)
    if (!heads[i]) {
      if (r != n) return; /* more than one root */
      r = i;
    }
  if (r == n || !upos_is(&w[r], "NOUN") || has_dep(p, heads, rels, n, r, 0, n, "nsubj") ||
      has_dep(p, heads, rels, n, r, 0, n, "cop"))
    return;
  bool noun_conj = false;
  for (size_t v = r + 1; v < n && v < r + 40; v++) {
    if (heads[v] != r + 1 || rels[v] != (uint16_t)p->rl_conj) continue;
    if (nominal(&w[v])) {
      noun_conj = true;
      continue;
    }
    if (!upos_is(&w[v], "VERB") || !xpos_finite(w[v].xpos) || !noun_conj) return;
    size_t sb = n; /* the verb's subject: the noun after "and", before the verb */
    for (size_t k = r + 1; k < v; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_nsubj && nominal(&w[k])) sb = k;
    if (sb == n || upos_is(&w[sb], "PRON")) return;
    size_t cc = n; /* "and" or "or", no comma before it (", and the fort surrendered") */
    for (size_t k = r + 1; k < sb; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "cc")) cc = k;
    if (cc == n || !(form_is(&w[cc], "and") || form_is(&w[cc], "or")) ||
        (w[cc - 1].len == 1 && w[cc - 1].form[0] == ','))
      return;
    for (size_t k = v + 1; k < n; k++) /* what follows the verb is the verb's */
      if (heads[k] == r + 1) heads[k] = (uint32_t)(v + 1);
    heads[cc] = (uint32_t)(sb + 1);
    heads[sb] = (uint32_t)(r + 1);
    rels[sb] = (uint16_t)p->rl_conj;
    heads[v] = 0;
    rels[v] = (uint16_t)p->root;
    heads[r] = (uint32_t)(v + 1);
    rels[r] = (uint16_t)p->rl_nsubj;
    return;
  }
}

/* "…, while Saudi Arabia, which has observed a truce, called for
 * restraint", parsed with the name an oblique of the main verb (its
 * "while" a marker of the name) and "called" the main verb's conjunct:
 * the later finite verb with no subject is the marked clause's verb, and
 * the name its subject */
static void repair_marked_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  static const char *const subs[] = {"while", "whereas", "although", "though", "because",
                                     "as", "when", "after", "before", "since", "until", "if",
                                     NULL};
  if (p->rl_mark < 0 || p->rl_advcl < 0 || p->rl_nsubj < 0) return;
  for (size_t x = 1; x + 2 < n; x++) {
    if (!nominal(&w[x]) || !heads[x] || upos_is(&w[x], "PRON") ||
        has_dep(p, heads, rels, n, x, 0, x, "case"))
      continue;
    size_t m = n; /* the name's marker, before it */
    for (size_t k = x > 6 ? x - 6 : 0; k < x; k++)
      if (heads[k] == x + 1 && rels[k] == (uint16_t)p->rl_mark && form_in(&w[k], subs)) m = k;
    if (m == n) continue;
    size_t h = heads[x] - 1, v = n;
    /* the verb: a finite conjunct of the name's head, after the name's
     * phrase (the words between are the name's or punctuation) */
    for (size_t k = x + 1; k < n && k < x + 40 && v == n; k++) {
      if (heads[k] == h + 1 && k > x) {
        if (xpos_finite(w[k].xpos) && upos_is(&w[k], "VERB") &&
            (rels[k] == (uint16_t)p->rl_conj || rel_eq(p, rels, k, "parataxis")) &&
            !has_dep(p, heads, rels, n, k, 0, n, "nsubj"))
          v = k;
        else if (!(w[k].len == 1 && strchr(",;", w[k].form[0])))
          break;
      }
    }
    if (v == n) continue;
    for (size_t k = x + 1; k < v; k++) /* a comma before the verb is the verb's */
      if (heads[k] == h + 1) heads[k] = (uint32_t)(v + 1);
    heads[v] = (uint32_t)(h + 1);
    rels[v] = (uint16_t)p->rl_advcl;
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_nsubj;
    heads[m] = (uint32_t)(v + 1);
  }
}

/* "rejected the claim and accused Thai forces of attacking first",
 * parsed with "accused" a conjunct of the object "claim": a past or
 * present verb joined by "and" to the object of a verb of the same tense,
 * with an object of its own (or a prepositional phrase or a complement:
 * "condemned the attempt and called on the armed forces to …"), is that
 * verb's conjunct (no treebank
 * sentence has such a parse, right or wrong) */
static void repair_verb_conj_of_object(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  if (p->rl_conj < 0 || p->rl_obj < 0) return;
  for (size_t v = 2; v < n; v++) {
    if (rels[v] != (uint16_t)p->rl_conj || !heads[v] || !w[v].xpos ||
        !(xpos_is(&w[v], "VBD") || xpos_is(&w[v], "VBZ")))
      continue;
    size_t o = heads[v] - 1;
    /* (or to a phrase of it with a preposition: "said it was concerned by
     * the escalation and called for a meeting") */
    if (o >= v || !nominal(&w[o]) || !heads[o] ||
        !(rels[o] == (uint16_t)p->rl_obj || rel_eq(p, rels, o, "obl")))
      continue;
    size_t h = heads[o] - 1;
    if (h >= o || !xpos_is(&w[h], w[v].xpos)) continue;
    /* (an object, or "called on the armed forces to …": a phrase with
     * its preposition or a complement) */
    if (!has_dep(p, heads, rels, n, v, v + 1, n, "obj") &&
        !has_dep(p, heads, rels, n, v, v + 1, n, "obl") &&
        !has_dep(p, heads, rels, n, v, v + 1, n, "xcomp") &&
        !has_dep(p, heads, rels, n, v, v + 1, n, "ccomp"))
      continue;
    size_t cc = n;
    for (size_t k = o + 1; k < v; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "cc") && form_is(&w[k], "and")) cc = k;
    if (cc == n) continue;
    heads[v] = (uint32_t)(h + 1);
  }
}

/* "The mission said that voting had been largely peaceful but noted
 * \"isolated delays\"": a past-tense verb of saying joined by "and" or
 * "but" to the predicate of what a past-tense "say" reports, in another
 * form than its own (an adjective, a participle, a present tense), with
 * no subject of its own, is the reporter's second act, not the reported
 * clause's: the reporting verb's conjunct */
static void repair_report_conj(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                               const uint16_t *rels) {
  static const char *const reports[] = {"note", "add", "warn", "stress", "acknowledge", "insist",
                                        "urge", "caution", "admit", "concede", "reiterate",
                                        "emphasize", "emphasise", "say", "decline", "refuse",
                                        NULL};
  if (p->rl_conj < 0 || p->rl_ccomp < 0) return;
  for (size_t v = 3; v < n; v++) {
    /* (or a participle after "but": "… had been briefed, but declined to
     * say whether …", the tagger's reading of a past tense) */
    if (rels[v] != (uint16_t)p->rl_conj || !heads[v] || !w[v].lemma ||
        !(xpos_is(&w[v], "VBD") || (xpos_is(&w[v], "VBN") && form_is(&w[v - 1], "but"))))
      continue;
    if (!lemma_in(&w[v], reports) || !(form_is(&w[v - 1], "and") || form_is(&w[v - 1], "but")))
      continue;
    size_t h = heads[v] - 1;
    if (h >= v || rels[h] != (uint16_t)p->rl_ccomp || !heads[h]) continue;
    /* a past tense joined to a past tense only when it reports a clause
     * of its own ("faced acute food insecurity and warned that …") */
    if (xpos_is(&w[h], "VBD")) {
      bool that = false;
      for (size_t k = v + 1; k < n && k < v + 64 && !that; k++)
        that = heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_ccomp && k > v + 1 &&
               form_is(&w[v + 1], "that");
      if (!that) continue;
    }
    size_t g = heads[h] - 1;
    if (g >= h || !w[g].lemma || strcmp(w[g].lemma, "say") || !xpos_is(&w[g], "VBD")) continue;
    if (!has_dep(p, heads, rels, n, h, g + 1, h, "nsubj") ||
        has_dep(p, heads, rels, n, v, h, v, "nsubj"))
      continue;
    heads[v] = (uint32_t)(g + 1);
  }
}

/* "Vollmer pledged 150 million euros for forest protection and for
 * projects led by Indigenous communities, and said Berlin would also
 * contribute …": a past tense of saying after "and", with no subject of
 * its own and a clause it reports, that the parse joined to a noun of
 * the object's phrases, is the conjunct of the nearest finite verb above
 * that noun with a subject (the sentence's first predicate) */
static void repair_report_conj_of_noun(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, const uint16_t *rels) {
  static const char *const reports[] = {"say", "add", "warn", "note", "insist", "stress", NULL};
  if (p->rl_conj < 0 || p->rl_ccomp < 0) return;
  for (size_t v = 3; v < n; v++) {
    if (rels[v] != (uint16_t)p->rl_conj || !heads[v] || !xpos_is(&w[v], "VBD") ||
        !lemma_in(&w[v], reports) || !form_is(&w[v - 1], "and"))
      continue;
    size_t h = heads[v] - 1;
    if (h >= v || !(upos_is(&w[h], "NOUN") || upos_is(&w[h], "PROPN"))) continue;
    if (has_dep(p, heads, rels, n, v, 0, n, "nsubj")) continue;
    bool reports_clause = false;
    for (size_t k = v + 1; k < n && !reports_clause; k++)
      reports_clause = heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_ccomp;
    if (!reports_clause) continue;
    size_t g = h;
    for (int up = 0; up < 12 && heads[g]; up++) {
      g = heads[g] - 1;
      if (upos_is(&w[g], "VERB") && (xpos_is(&w[g], "VBD") || xpos_is(&w[g], "VBZ") ||
                                      xpos_is(&w[g], "VBP")))
        break;
    }
    if (g >= h || !upos_is(&w[g], "VERB") || !has_dep(p, heads, rels, n, g, 0, g, "nsubj"))
      continue;
    heads[v] = (uint32_t)(g + 1);
  }
}

/* "urged Georgian authorities to release detained protesters": a
 * to-clause after the object of a verb that asks its object to act,
 * which the parse made an adverbial (purpose) clause, is the verb's
 * complement (xcomp), as UD has it */
static void repair_control_complement(const nm_parser *p, const nm_pword *w, size_t n,
                                      const uint32_t *heads, uint16_t *rels) {
  /* (and one that makes or lets its object act: "prompting the U.S.
   * Navy to condemn the move", "forced residents to flee") */
  static const char *const askers[] = {
      "urge",   "ask",     "advise",   "beg",    "encourage", "implore",   "instruct",
      "order",  "tell",    "warn",     "press",  "invite",    "persuade",  "remind",
      "prompt", "force",   "compel",   "pressure", "push",    "allow",     "permit",
      "enable", "convince", "require", "cause",  "spur",      NULL};
  if (p->rl_advcl < 0 || p->rl_xcomp < 0 || p->rl_obj < 0) return;
  for (size_t c = 3; c < n; c++) {
    if (rels[c] != (uint16_t)p->rl_advcl || !heads[c] || !xpos_is(&w[c], "VB")) continue;
    size_t v = heads[c] - 1;
    if (v >= c || c - v > 64 || !w[v].lemma || !upos_is(&w[v], "VERB")) continue;
    if (!lemma_in(&w[v], askers)) continue;
    /* the object between, then "to" right before the clause's verb */
    size_t o = n;
    for (size_t k = v + 1; k < c && o == n; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_obj) o = k;
    if (o == n || !form_is(&w[c - 1], "to") || heads[c - 1] != c + 1) continue;
    rels[c] = (uint16_t)p->rl_xcomp;
  }
}

/* "rejected a proposal from the bloc to delay their withdrawal": an
 * infinitive right after a verb's object that names a plan, an offer or a
 * demand, parsed as the verb's complement or purpose, tells what the plan
 * is: it modifies the noun (the words between all belong to the noun's
 * phrase). Verbs that make their object act keep it ("urged the
 * committee to vote"), as does "use" ("used the deal to justify"). */
static void repair_infinitive_of_plan(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, uint16_t *rels) {
  static const char *const plans[] = {
      "proposal",  "proposals",  "plan",       "plans",       "offer",      "offers",
      "bid",       "bids",       "request",    "requests",    "demand",     "demands",
      "attempt",   "attempts",   "effort",     "efforts",     "initiative", "initiatives",
      "deal",      "agreement",  "decision",   "motion",      "resolution", "calls",
      "appeal",    "appeals",    "invitation", "pledge",      "pledges",    "promise",
      "commitment", "ultimatum", "mandate",    "move",        NULL};
  static const char *const keep[] = {"use", "urge", "ask", "force", "allow", "persuade",
                                     "press", "pressure", "push", "invite", "order",
                                     "need", "require", "want", "expect", "help", NULL};
  if (p->rl_acl < 0 || p->rl_obj < 0) return;
  for (size_t c = 3; c < n; c++) {
    if (!heads[c] || !xpos_is(&w[c], "VB") || !form_is(&w[c - 1], "to") ||
        heads[c - 1] != c + 1)
      continue;
    if (!rel_eq(p, rels, c, "xcomp") && !rel_eq(p, rels, c, "advcl")) continue;
    size_t v = heads[c] - 1;
    if (v >= c || !upos_is(&w[v], "VERB") || lemma_in(&w[v], keep)) continue;
    size_t o = n;
    for (size_t k = v + 1; k + 1 < c && o == n; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_obj) o = k;
    if (o == n || !form_in(&w[o], plans) || c - o > 16) continue;
    bool inside = true;
    for (size_t k = o + 1; k + 1 < c && inside; k++) inside = in_subtree(heads, n, k, o);
    if (!inside) continue;
    relink(heads, rels, c, o, p->rl_acl);
    /* (a participle set off by a comma after the plan's clause is the
     * verb's: "rejected a proposal to delay the vote, saying …") */
    for (size_t k = c + 2; k < n; k++)
      if (heads[k] == c + 1 && rel_eq(p, rels, k, "advcl") && xpos_is(&w[k], "VBG") &&
          form_is(&w[k - 1], ","))
        heads[k] = (uint32_t)(v + 1);
  }
}

/* "Authorities have arrested at least 14 army officers and two
 * civilians, the government said": a noun that the parse made a second
 * clausal complement of the verb, right after a verb that is the first
 * and has no object, is that verb's object (the words between hang inside
 * the noun's phrase) */
static void repair_split_complement(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  if (p->rl_ccomp < 0 || p->rl_obj < 0) return;
  for (size_t o = 2; o < n; o++) {
    if (rels[o] != (uint16_t)p->rl_ccomp || !heads[o] ||
        !(upos_is(&w[o], "NOUN") || upos_is(&w[o], "PROPN")))
      continue;
    size_t g = heads[o] - 1, v = n;
    /* the nearest word before o hung from g as a complement */
    for (size_t k = o; k-- > 0 && o - k <= 16;)
      if (heads[k] == g + 1) {
        if (rels[k] == (uint16_t)p->rl_ccomp && upos_is(&w[k], "VERB")) v = k;
        break;
      }
    if (v == n || g < o || has_dep(p, heads, rels, n, v, v + 1, n, "obj") ||
        has_dep(p, heads, rels, n, o, 0, n, "nsubj") || has_dep(p, heads, rels, n, o, 0, n, "cop"))
      continue;
    bool inside = true;
    for (size_t k = v + 1; k < o && inside; k++) inside = heads[k] > v + 1 && heads[k] <= o + 1;
    if (!inside) continue;
    heads[o] = (uint32_t)(v + 1);
    rels[o] = (uint16_t)p->rl_obj;
  }
}

/* "…, hours after the Houthi movement rejected the plan": a unit of
 * time right before "after" or "before" that the parse made a second
 * subject of the clause's verb measures the clause's time
 * (obl:unmarked), as UD has it */
static void repair_time_before_marker(const nm_parser *p, const nm_pword *w, size_t n,
                                      const uint32_t *heads, uint16_t *rels) {
  static const char *const units[] = {"seconds", "minutes", "hours", "days",    "weeks",
                                      "months",  "years",   "moments", "decades", NULL};
  if (p->rl_nsubj < 0 || p->rl_tmod < 0) return;
  for (size_t u = 0; u + 2 < n; u++) {
    if (rels[u] != (uint16_t)p->rl_nsubj || !heads[u] || !form_in(&w[u], units)) continue;
    if (!(form_is(&w[u + 1], "after") || form_is(&w[u + 1], "before")) ||
        heads[u + 1] != heads[u] || !rel_eq(p, rels, u + 1, "mark"))
      continue;
    size_t v = heads[u] - 1;
    if (v <= u + 1 || !has_dep(p, heads, rels, n, v, u + 2, v, "nsubj")) continue;
    rels[u] = (uint16_t)p->rl_tmod;
  }
}

/* "called for the interior minister to be censured and said her bloc
 * would …": a past tense joined by "and" or "but" to an infinitive (a
 * verb marked "to") cannot share its "to"; it is the conjunct of the past
 * tense above the infinitive, whose subject it shares */
static void repair_past_conj_of_infinitive(const nm_parser *p, const nm_pword *w, size_t n,
                                           uint32_t *heads, const uint16_t *rels) {
  if (p->rl_conj < 0) return;
  for (size_t v = 3; v < n; v++) {
    if (rels[v] != (uint16_t)p->rl_conj || !heads[v] ||
        !(xpos_is(&w[v], "VBD") || xpos_is(&w[v], "VBN")) ||
        !(form_is(&w[v - 1], "and") || form_is(&w[v - 1], "but")))
      continue;
    size_t h = heads[v] - 1;
    if (h >= v || !heads[h] || !(xpos_is(&w[h], "VB") || xpos_is(&w[h], "VBN"))) continue;
    bool to = false;
    for (size_t k = h > 8 ? h - 8 : 0; k < h && !to; k++)
      to = heads[k] == h + 1 && form_is(&w[k], "to") && rel_eq(p, rels, k, "mark");
    size_t g = heads[h] - 1;
    /* (an infinitive that modifies the verb's object: "rejected a
     * proposal to delay the vote and called …" joins the verb) */
    if (g < h && rel_eq(p, rels, h, "acl") && heads[g] && heads[g] - 1 < g &&
        rel_eq(p, rels, g, "obj"))
      g = heads[g] - 1;
    /* "has rejected calls to resign and accused …": a perfect too */
    bool perfect = g < h && xpos_is(&w[g], "VBN") && has_dep(p, heads, rels, n, g, 0, g, "aux");
    if (!to || g >= h || !(xpos_is(&w[g], "VBD") || perfect) ||
        (xpos_is(&w[v], "VBN") && !perfect) ||
        has_dep(p, heads, rels, n, v, h, v, "nsubj"))
      continue;
    heads[v] = (uint32_t)(g + 1);
  }
}

/* "We cannot sit … from an organization that speaks of peace … and takes
 * civilians": a conjunct in -s with no subject of its own, hung on a verb
 * whose subject is "we", "I", "you" or "they" (which no verb in -s
 * agrees with), is the conjunct of the nearest verb in -s between them
 * under that verb (a relative clause's), whose subject it shares */
static void repair_conj_agreement(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  static const char *const plural[] = {"we", "We", "I", "you", "You", "they", "They", NULL};
  for (size_t v = 2; v < n; v++) {
    if (!rel_eq(p, rels, v, "conj") || !heads[v] || heads[v] - 1 >= v || !xpos_is(&w[v], "VBZ") ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t h = heads[v] - 1, s = n;
    for (size_t k = 0; k < h && s == n; k++)
      if (heads[k] == h + 1 && rel_eq(p, rels, k, "nsubj") && form_in(&w[k], plural)) s = k;
    if (s == n || xpos_is(&w[h], "VBZ")) continue;
    size_t u = n;
    for (size_t k = v - 1; k > h && u == n; k--)
      if (xpos_is(&w[k], "VBZ") && in_subtree(heads, n, k, h) &&
          has_dep(p, heads, rels, n, k, h + 1, k, "nsubj"))
        u = k;
    if (u == n) continue;
    heads[v] = (uint32_t)(u + 1);
  }
}

/* "has threatened to use force if diplomacy fails and has imposed
 * sanctions": a conjunct with its own perfect auxiliary and no subject,
 * hung on a verb below (a condition, an infinitive) that has no such
 * auxiliary, is the conjunct of the nearest verb above that has the same
 * auxiliary word, whose subject it shares */
static void repair_conj_of_like_auxiliary(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, const uint16_t *rels) {
  static const char *const perfect[] = {"has", "have", "had", NULL};
  if (p->rl_conj < 0) return;
  for (size_t v = 3; v < n; v++) {
    if (rels[v] != (uint16_t)p->rl_conj || !heads[v] || !upos_is(&w[v], "VERB") ||
        !form_in(&w[v - 1], perfect) || !rel_eq(p, rels, v - 1, "aux") || heads[v - 1] != v + 1 ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t h = heads[v] - 1;
    if (h >= v || !upos_is(&w[h], "VERB")) continue;
    bool own = false; /* the conjunct's head has that auxiliary: it shares it */
    for (size_t k = h > 4 ? h - 4 : 0; k < h && !own; k++)
      own = heads[k] == h + 1 && form_in(&w[k], perfect);
    if (own) continue;
    size_t g = h;
    for (int up = 0; up < 4 && heads[g]; up++) {
      g = heads[g] - 1;
      if (g >= h || !upos_is(&w[g], "VERB")) break;
      bool same = g > 0 && heads[g - 1] == g + 1 && rel_eq(p, rels, g - 1, "aux") &&
                  w[g - 1].len == w[v - 1].len &&
                  !memcmp(w[g - 1].form, w[v - 1].form, w[v - 1].len);
      if (same && has_dep(p, heads, rels, n, g, 0, g, "nsubj")) {
        heads[v] = (uint32_t)(g + 1);
        break;
      }
    }
  }
}

/* "Gil said the countries had aligned themselves with … and accused them
 * of meddling": a conjunct of a reported clause whose object is a
 * pronoun that stands for that clause's subject ("them" for "the
 * countries") cannot share the subject; it is the conjunct of the verb of
 * saying, whose subject it shares */
static void repair_conj_with_subject_as_object(const nm_parser *p, const nm_pword *w, size_t n,
                                               uint32_t *heads, const uint16_t *rels) {
  static const char *const saying[] = {"say", "tell", "announce", "state", "add", "claim",
                                       "insist", "warn", "allege", "argue", "write", NULL};
  if (p->rl_conj < 0 || p->rl_ccomp < 0) return;
  for (size_t v = 3; v + 1 < n; v++) {
    if (rels[v] != (uint16_t)p->rl_conj || !heads[v] || !xpos_is(&w[v], "VBD") ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t c = heads[v] - 1;
    if (c >= v || rels[c] != (uint16_t)p->rl_ccomp || !heads[c]) continue;
    size_t s = heads[c] - 1;
    if (s >= c || !lemma_in(&w[s], saying) || !upos_is(&w[s], "VERB")) continue;
    size_t o = v + 1; /* the pronoun object right after the verb */
    if (heads[o] != v + 1 || !rel_eq(p, rels, o, "obj")) continue;
    size_t sb = n; /* the reported clause's subject */
    for (size_t k = c > 12 ? c - 12 : 0; k < c && sb == n; k++)
      if (heads[k] == c + 1 && !strncmp(nm_parser_rel(p, rels[k]), "nsubj", 5)) sb = k;
    if (sb == n) continue;
    bool plural = xpos_is(&w[sb], "NNS") || xpos_is(&w[sb], "NNPS") || form_is(&w[sb], "they");
    bool agree = (form_is(&w[o], "them") && plural) ||
                 (form_is(&w[o], "him") && form_is(&w[sb], "he")) ||
                 (form_is(&w[o], "her") && form_is(&w[sb], "she"));
    if (agree) heads[v] = (uint32_t)(s + 1);
  }
}

/* "García said the group remained committed to the process but accused
 * the army of violating the truce": a past-tense act of speech (accuse,
 * call, urge, warn, deny …) joined to a clause that a verb of saying
 * reports, with no subject of its own, is the reporter's, the conjunct
 * of the verb of saying (the topmost, through reported clauses) */
static void repair_speech_conj_of_report(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  static const char *const acts[] = {"accuse", "call",    "urge",  "warn",    "deny",
                                     "blame",  "condemn", "vow",   "demand",  "criticize",
                                     "criticise", "appeal", "pledge", "reject", "describe",
                                     "say",    NULL};
  static const char *const saying[] = {"say", "tell", "announce", "state", "add", "claim",
                                       "insist", "write", "deny", NULL};
  if (p->rl_conj < 0 || p->rl_ccomp < 0) return;
  for (size_t v = 4; v < n; v++) {
    /* (a conjunct the parse called parataxis, its "and" kept: "said the
     * accusations were "baseless" and blamed Congo") */
    bool para = rels[v] == (uint16_t)p->rl_parataxis && has_cc(p, heads, rels, n, v, 0, v);
    /* (or a participle after a passive, with an object it alone can take:
     * "said that five of its fighters had been killed and accused Turkey
     * of …", the object hung on the passive) */
    /* (its object may come after a determiner or an adjective: "… was
     * rigged and demanded a recount"; "deny", "call" and "describe" are
     * left out there, as a passive takes their objects: "was arrested and
     * denied bail") */
    /* (or, instead of an object, a preposition of "call on", "call for"
     * or "appeal for" with its noun, which a passive would strand: "and
     * called on the court to annul it"; or a to-infinitive after "vow" or
     * "pledge": "and vowed to challenge it") */
    static const char *const passive_objects[] = {"deny", "call", "describe", NULL};
    static const char *const prep_acts[] = {"call", "appeal", NULL};
    static const char *const vow_acts[] = {"vow", "pledge", NULL};
    size_t pobj = n;
    bool pact = false; /* a participle after a passive that only an actor's verb can be */
    if (xpos_is(&w[v], "VBN") && heads[v] && heads[v] - 1 < v && v + 2 < n &&
        has_dep(p, heads, rels, n, heads[v] - 1, 0, v, "aux:pass") &&
        !has_dep(p, heads, rels, n, v, 0, v, "aux")) { /* not "and had been denied access" */
      size_t o = v + 1;
      while (o < n && o < v + 4 && (upos_is(&w[o], "DET") || upos_is(&w[o], "ADJ") ||
                                    upos_is(&w[o], "NUM") || xpos_is(&w[o], "PRP$")))
        o++;
      if (o < n && (upos_is(&w[o], "PROPN") || upos_is(&w[o], "NOUN")) &&
          (heads[o] == heads[v] || heads[o] == v + 1) && rels[o] == (uint16_t)p->rl_obj &&
          (o == v + 1 || !lemma_in(&w[v], passive_objects)))
        pobj = o;
      else if ((form_is(&w[v + 1], "on") || form_is(&w[v + 1], "for")) &&
               lemma_in(&w[v], prep_acts)) {
        for (size_t k = v + 2; k < n && k < v + 6 && !pact; k++)
          pact = heads[v + 1] == k + 1 && /* (the noun may be tagged an adjective: "calm") */
                 (heads[k] == v + 1 || heads[k] == heads[v]);
      } else if (form_is(&w[v + 1], "to") && upos_is(&w[v + 2], "VERB") &&
                 lemma_in(&w[v], vow_acts))
        pact = true;
    }
    if (!(rels[v] == (uint16_t)p->rl_conj || para) || !heads[v] ||
        !(xpos_is(&w[v], "VBD") || pobj < n || pact) || !lemma_in(&w[v], acts) ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t c = heads[v] - 1;
    /* (a participle that modifies a noun of that clause stands for the
     * noun: "said the arrests were “a campaign …” aimed at pushing Serbs
     * out and called on peacekeepers to protect them") */
    if (c < v && heads[c] && rels[c] == (uint16_t)p->rl_acl &&
        (xpos_is(&w[c], "VBN") || xpos_is(&w[c], "VBG")) && heads[c] - 1 < c)
      c = heads[c] - 1;
    /* (a verb hung on a noun of that clause is the clause's: "was deeply
     * concerned by the violence and called on authorities") */
    for (int up = 0; up < 3 && c < v && nominal(&w[c]) && heads[c] &&
                     !has_dep(p, heads, rels, n, c, 0, c, "cop") &&
                     rels[c] != (uint16_t)p->rl_ccomp;
         up++)
      c = heads[c] - 1;
    /* (the clause's head may be a copula's predicate: "were baseless") */
    if (c >= v ||
        !(upos_is(&w[c], "VERB") || has_dep(p, heads, rels, n, c, 0, c, "cop")) ||
        lemma_in(&w[c], acts) || lemma_in(&w[c], saying))
      continue;
    size_t top = n, x = c; /* up through reported clauses to the topmost verb of saying */
    /* (past a condition the reported clause sets, after ", and": "said
     * the association would suspend the strike if the government agreed
     * to talks, and accused authorities of …") */
    if (rels[x] == (uint16_t)p->rl_advcl && heads[x] && heads[x] - 1 < x && v >= 2 &&
        form_is(&w[v - 1], "and") && form_is(&w[v - 2], ",") &&
        rels[heads[x] - 1] == (uint16_t)p->rl_ccomp)
      x = heads[x] - 1;
    for (int up = 0; up < 4 && rels[x] == (uint16_t)p->rl_ccomp && heads[x]; up++) {
      size_t r = heads[x] - 1;
      if (r >= x || !lemma_in(&w[r], saying) || !upos_is(&w[r], "VERB")) break;
      top = r;
      x = r;
    }
    if (top == n || !has_dep(p, heads, rels, n, top, 0, top, "nsubj")) continue;
    size_t was = heads[v];
    heads[v] = (uint32_t)(top + 1);
    rels[v] = (uint16_t)p->rl_conj;
    if (pobj < n) heads[pobj] = (uint32_t)(v + 1);
    /* (what the passive held after the participle is the participle's:
     * "to annul it" in "called on the court to annul it") */
    if (pobj < n || pact)
      for (size_t k = v + 1; k < n && k < v + 64; k++)
        if (heads[k] == was && !upos_is(&w[k], "PUNCT")) heads[k] = (uint32_t)(v + 1);
  }
}

/* "The U.S. embassy in Dar es Salaam said": a verb given two subjects,
 * the second a name right after a preposition of place that the parse
 * hung on the verb (a marker), every word between hanging inside the
 * first's phrase: the name is the first's modifier, the preposition its
 * case */
static void repair_place_split_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  static const char *const place[] = {"in", "at", "from", NULL};
  if (p->rl_nsubj < 0 || p->rl_nmod < 0 || p->rl_case < 0) return;
  for (size_t a = 0; a + 3 < n; a++) {
    if (!heads[a] || rels[a] != (uint16_t)p->rl_nsubj || !nominal(&w[a])) continue;
    size_t v = heads[a] - 1, b = a + 1;
    while (b < v && b < a + 8 && in_subtree(heads, n, b, a))
      b++;
    if (b + 1 >= v || !form_in(&w[b], place) || heads[b] == a + 1) continue;
    size_t x = b + 1; /* the name */
    if (!upos_is(&w[x], "PROPN") || heads[x] != v + 1 || rels[x] != (uint16_t)p->rl_nsubj)
      continue;
    bool inside = true; /* the name's words reach the verb */
    for (size_t k = x + 1; k < v && inside; k++)
      inside = in_subtree(heads, n, k, x);
    if (!inside) continue;
    heads[x] = (uint32_t)(a + 1);
    rels[x] = (uint16_t)p->rl_nmod;
    heads[b] = (uint32_t)(x + 1);
    rels[b] = (uint16_t)p->rl_case;
  }
}

/* "In Tbilisi, protest organiser Nino Tsereteli, 31, welcomed the
 * sanctions": a noun phrase set off after an opening place phrase, which
 * the parse made the place's apposition, is the subject of the root verb
 * after it when that verb has none */
static void repair_subject_after_place(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_appos < 0) return;
  size_t r = n;
  for (size_t i = 0; i < n; i++)
    if (!heads[i]) {
      if (r != n) return;
      r = i;
    }
  if (r == n || r < 4 || !upos_is(&w[r], "VERB") || !xpos_finite(w[r].xpos) ||
      has_dep(p, heads, rels, n, r, 0, n, "nsubj") || has_dep(p, heads, rels, n, r, 0, n, "expl") ||
      has_dep(p, heads, rels, n, r, 0, n, "csubj"))
    return;
  for (size_t x = 2; x < r && x < 16; x++) {
    if (rels[x] != (uint16_t)p->rl_appos || !heads[x] || !nominal(&w[x]) ||
        upos_is(&w[x], "PRON"))
      continue;
    size_t k = heads[x] - 1;
    if (k >= x || heads[k] != r + 1 || strncmp(nm_parser_rel(p, rels[k]), "obl", 3) ||
        !upos_is(&w[0], "ADP"))
      continue;
    size_t st = x; /* the phrase's first word: its modifiers before the head */
    while (st > k + 1 && heads[st - 1] == x + 1)
      st--;
    /* (the comma itself may hang on the phrase's head) */
    if (!form_is(&w[st - 1], ",") && !form_is(&w[st], ",")) continue;
    heads[x] = (uint32_t)(r + 1);
    rels[x] = (uint16_t)p->rl_nsubj;
    return;
  }
}

/* "a package of trade, energy and defense agreements": a list of nouns
 * before a plural noun, which the parse made the plural's head (the
 * plural hung from the list's first noun), modifies the plural; the
 * plural takes the first noun's place and its case and determiner */
static void repair_noun_list_modifier(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, uint16_t *rels) {
  if (p->rl_compound < 0) return;
  for (size_t o = 1; o + 4 < n; o++) {
    if (!xpos_is(&w[o], "NN") || !heads[o] || !form_is(&w[o + 1], ",")) continue;
    size_t k = o + 2;
    while (k + 1 < n && k < o + 16 && xpos_is(&w[k], "NN") && form_is(&w[k + 1], ","))
      k += 2;
    if (k + 2 >= n || !xpos_is(&w[k], "NN") ||
        !(form_is(&w[k + 1], "and") || form_is(&w[k + 1], "or")))
      continue;
    size_t last = k + 2, hd = last + 1;
    if (hd >= n || !xpos_is(&w[last], "NN") || !xpos_is(&w[hd], "NNS") || heads[hd] != o + 1 ||
        strncmp(nm_parser_rel(p, rels[hd]), "nmod", 4))
      continue;
    heads[hd] = heads[o];
    rels[hd] = rels[o];
    for (size_t q = o > 8 ? o - 8 : 0; q < o; q++)
      if (heads[q] == o + 1 && (rel_eq(p, rels, q, "case") || rel_eq(p, rels, q, "det")))
        heads[q] = (uint32_t)(hd + 1);
    heads[o] = (uint32_t)(hd + 1);
    rels[o] = (uint16_t)p->rl_compound;
    o = hd;
  }
}

/* "said earlier this week that new deliveries were expected": "that",
 * which the parse made a second subject of the clause's verb, marks the
 * clause, and a time noun right before it that the parse hung on the
 * clause's verb dates the saying (the verb above) */
static void repair_that_subject(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                                uint16_t *rels) {
  static const char *const times[] = {"week", "month", "year", "day", "night", "morning",
                                      "afternoon", "evening", "weekend", "monday", "tuesday",
                                      "wednesday", "thursday", "friday", "saturday", "sunday",
                                      "today", "yesterday", NULL};
  if (p->rl_mark < 0) return;
  for (size_t t = 2; t + 2 < n; t++) {
    if (!form_is(&w[t], "that") || !heads[t] || strncmp(nm_parser_rel(p, rels[t]), "nsubj", 5) ||
        xpos_is(&w[t], "DT")) /* (a demonstrative: "that is what …") */
      continue;
    size_t c = heads[t] - 1;
    if (c <= t + 1 || !has_dep(p, heads, rels, n, c, t + 1, c, "nsubj")) continue;
    rels[t] = (uint16_t)p->rl_mark;
    size_t tn = t - 1, g = heads[c] ? heads[c] - 1 : n;
    if (form_in(&w[tn], times) && heads[tn] == c + 1 && g < tn && upos_is(&w[g], "VERB") &&
        !strncmp(nm_parser_rel(p, rels[tn]), "obl", 3))
      heads[tn] = (uint32_t)(g + 1);
  }
}

/* "A revised text could be circulated before the end of the month, said
 * one Gulf diplomat, who …": a noun right after an inverted "said" or
 * "says" (a comma before it; only its modifiers between), which the parse
 * made the verb's complement, is its subject when the verb has
 * none; the clause before the comma that hangs on the verb is what was
 * said */
static void repair_inverted_speaker(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_ccomp < 0) return;
  for (size_t v = 2; v + 1 < n; v++) {
    /* (the comma may be inside the closing quotation mark: '…," said
     * Cuadra's daughter, Ana Cuadra') */
    bool comma = form_is(&w[v - 1], ",") ||
                 (v >= 3 && form_is(&w[v - 2], ",") && upos_is(&w[v - 1], "PUNCT") &&
                  w[v - 1].xpos && !strcmp(w[v - 1].xpos, "''"));
    if (!form_in(&w[v], says_forms) || !comma || has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t x = v + 1; /* the noun: its modifiers before it hang on it ("Cuadra's") */
    while (x < n && x < v + 6 &&
           !(nominal(&w[x]) && (x + 1 == n || (!nominal(&w[x + 1]) &&
                                               !form_is(&w[x + 1], "'s")))))
      x++;
    if (x >= n || x >= v + 6 || heads[x] != v + 1 || upos_is(&w[x], "PRON") ||
        rels[x] != (uint16_t)p->rl_ccomp) /* (an object is said: "said a bunch of things") */
      continue;
    bool inside = true;
    for (size_t k = v + 1; k < x && inside; k++) inside = in_subtree(heads, n, k, x);
    if (!inside) continue;
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_nsubj;
    for (size_t k = 0; k + 1 < v; k++)
      if (heads[k] == v + 1 && (rel_eq(p, rels, k, "advcl") || rel_eq(p, rels, k, "parataxis")) &&
          upos_is(&w[k], "VERB"))
        rels[k] = (uint16_t)p->rl_ccomp;
  }
}

/* '"Gotland is not a question of whether we defend it, but how fast,"
 * said Maj. Gen. Karin Lindqvist': a verb of saying right after the
 * closing quotation mark of a quotation that opens the sentence, which the
 * parse joined to the quotation's root (a conjunct after its "but", or
 * parataxis) with the name after it for its object, is the sentence's
 * root: the name its subject, the quotation its complement */
static void repair_quote_root_conj(const nm_parser *p, const nm_pword *w, size_t n,
                                   uint32_t *heads, uint16_t *rels) {
  int root = label_index(p, "root");
  if (root < 0 || p->rl_nsubj < 0 || p->rl_ccomp < 0 || n < 6) return;
  if (!(xpos_is(&w[0], "``") || form_is(&w[0], "\""))) return;
  for (size_t v = 3; v + 1 < n; v++) {
    if (!form_in(&w[v], says_forms) || !xpos_is(&w[v - 1], "''") || !form_is(&w[v - 2], ",") ||
        !heads[v] || has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t r = heads[v] - 1;
    if (r >= v || heads[r] || !(rels[v] == (uint16_t)p->rl_conj ||
                                rels[v] == (uint16_t)p->rl_parataxis))
      continue;
    size_t x = v + 1;
    if (!upos_is(&w[x], "PROPN") || heads[x] != v + 1 || !rel_eq(p, rels, x, "obj")) continue;
    reroot(heads, rels, n, v, r, p->rl_ccomp, root);
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_nsubj;
    for (size_t k = r + 1; k < v; k++) /* (the quotation's words go back to it) */
      if (heads[k] == v + 1) heads[k] = (uint32_t)(r + 1);
    return;
  }
}

/* "dismissed the plan late on Wednesday": "late" or "early" right after
 * an object, which the parse hung on the object, times the verb */
static void repair_late_after_object(const nm_parser *p, const nm_pword *w, size_t n,
                                     uint32_t *heads, const uint16_t *rels) {
  static const char *const when[] = {"late", "early", NULL};
  for (size_t a = 2; a < n; a++) {
    if (!form_in(&w[a], when) || !upos_is(&w[a], "ADV") || !rel_eq(p, rels, a, "advmod") ||
        heads[a] != a)
      continue;
    size_t o = a - 1, v = heads[o] ? heads[o] - 1 : n;
    if (v >= o || !rel_eq(p, rels, o, "obj") || !upos_is(&w[v], "VERB")) continue;
    heads[a] = (uint32_t)(v + 1);
  }
}

/* "A Houthi military spokesman, Brigadier General Fadl al-Qadhi, said":
 * a name the parse hung on the comma before it (punctuation heads
 * nothing) is an apposition of the noun the comma follows */
static void repair_name_under_comma(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  if (p->rl_appos < 0) return;
  for (size_t x = 2; x < n; x++) {
    /* hung on the comma right before it */
    if (!upos_is(&w[x], "PROPN") || !heads[x] || heads[x] != x) continue;
    size_t cm = x - 1, g = heads[cm] ? heads[cm] - 1 : n;
    if (!form_is(&w[cm], ",") || g >= cm || !nominal(&w[g]) || !rel_eq(p, rels, cm, "punct"))
      continue;
    bool inside = true; /* the noun's phrase ends at the comma */
    for (size_t k = g + 1; k < cm && inside; k++) inside = in_subtree(heads, n, k, g);
    if (!inside) continue;
    heads[x] = (uint32_t)(g + 1);
    rels[x] = (uint16_t)p->rl_appos;
  }
}

/* "drafted at the request of the president, Ahmad Karimi." parsed with
 * the name an oblique of the verb with no preposition of its own: a name
 * right after a comma that closes a noun's phrase, which ends its clause
 * (a comma or the sentence's end after it) and takes no preposition, is
 * an apposition of that noun */
static void repair_bare_oblique_name(const nm_parser *p, const nm_pword *w, size_t n,
                                     uint32_t *heads, uint16_t *rels) {
  if (p->rl_appos < 0 || p->rl_case < 0) return;
  for (size_t x = 3; x + 1 < n; x++) {
    if (!upos_is(&w[x], "PROPN") || !heads[x] || heads[x] - 1 >= x ||
        !(rel_eq(p, rels, x, "obl") || rel_eq(p, rels, x, "obl:agent")))
      continue;
    size_t a = x, e = x + 1; /* the name's words: "Dragan Vukosav" */
    while (a > 3 && a + 3 > x && heads[a - 1] == x + 1 && upos_is(&w[a - 1], "PROPN"))
      a--;
    while (e < n && heads[e] == x + 1 && upos_is(&w[e], "PROPN"))
      e++;
    if (e >= n || !upos_is(&w[e], "PUNCT") || !form_is(&w[a - 1], ",") ||
        has_dep(p, heads, rels, n, x, 0, n, "case"))
      continue;
    size_t g = a - 2; /* the noun before the comma, its phrase ending there */
    if (!nominal(&w[g]) || upos_is(&w[g], "PRON") || upos_is(&w[g], "PROPN")) continue;
    size_t v = heads[x] - 1;
    if (g <= v || !in_subtree(heads, n, g, v)) continue;
    heads[x] = (uint32_t)(g + 1);
    rels[x] = (uint16_t)p->rl_appos;
    if (heads[a - 1] != g + 1 && rel_eq(p, rels, a - 1, "punct")) heads[a - 1] = (uint32_t)(x + 1);
  }
}

/* The nearest finite verb above word h (h's own head first, 16 steps at
 * most), or n. */
static size_t finite_verb_above(const nm_pword *w, const uint32_t *heads, size_t n, size_t h) {
  size_t v = h;
  for (int step = 0; step < 16 && v < n && heads[v]; step++) {
    v = heads[v] - 1;
    if (upos_is(&w[v], "VERB") && xpos_finite(w[v].xpos)) return v;
  }
  return n;
}

/* The first word of h's phrase at or after lo, punctuation and a
 * coordinator hung on it aside ("and" may hang on a conjunct's subject). */
static size_t phrase_first(const nm_parser *p, const nm_pword *w, const uint32_t *heads,
                           const uint16_t *rels, size_t n, size_t h, size_t lo) {
  size_t a = h;
  for (size_t k = h; k-- > lo;)
    if (in_subtree(heads, n, k, h) && !upos_is(&w[k], "PUNCT") && !rel_eq(p, rels, k, "cc"))
      a = k;
  return a;
}

/* "appealed to clan leaders to allow aid workers safe access and urged the
 * government to …" parsed with "urged" a conjunct of the noun "access":
 * a finite verb is no conjunct of a noun; it joins the nearest finite
 * verb above the noun (the clause's own verb, whose subject it shares) */
static void repair_verb_conjunct_of_noun(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_conj < 0) return;
  for (size_t x = 2; x < n; x++) {
    /* (a past tense: a form in -s after "and" in a list of nouns is more
     * often a plural the tagger misread, "gunfire and airstrikes") */
    if (rels[x] != (uint16_t)p->rl_conj || !upos_is(&w[x], "VERB") || !xpos_is(&w[x], "VBD") ||
        !heads[x] || heads[x] - 1 >= x)
      continue;
    size_t h = heads[x] - 1;
    /* (a noun that heads a clause of its own, "it was gastroenteritis and
     * gave him fluids", takes verbs as conjuncts) */
    if (!upos_is(&w[h], "NOUN") || !heads[h] || has_dep(p, heads, rels, n, x, 0, x, "nsubj") ||
        has_dep(p, heads, rels, n, h, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, h, 0, n, "cop") ||
        !(rel_eq(p, rels, h, "xcomp") || rel_eq(p, rels, h, "obj") || rel_eq(p, rels, h, "obl")))
      continue;
    size_t v = finite_verb_above(w, heads, n, h);
    if (v >= x) continue;
    heads[x] = (uint32_t)(v + 1);
  }
}

/* "Relatives gathered outside the morgue, where the bodies had been
 * taken, and demanded that …" parsed with "demanded" a conjunct of the
 * relative clause: a past tense with no subject, after ", and", joined to
 * a relative clause set off by commas that has a subject of its own (not
 * its relative pronoun), joins the finite verb above the clause */
static void repair_conj_of_set_off_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                            uint32_t *heads, uint16_t *rels) {
  for (size_t x = 4; x < n; x++) {
    if (!heads[x] || heads[x] - 1 >= x || !rel_eq(p, rels, x, "conj") ||
        !upos_is(&w[x], "VERB") || !xpos_is(&w[x], "VBD") || !form_is(&w[x - 1], "and") ||
        !form_is(&w[x - 2], ",") || has_dep(p, heads, rels, n, x, 0, x, "nsubj"))
      continue;
    size_t h = heads[x] - 1;
    if (!heads[h] || !rel_eq(p, rels, h, "acl:relcl")) continue;
    size_t a = phrase_first(p, w, heads, rels, n, h, h > 63 ? h - 63 : 0); /* after its comma */
    if (a == 0 || !form_is(&w[a - 1], ",") || heads[h] - 1 >= a) continue;
    bool subj = false;
    for (size_t k = a; k < h; k++)
      if (heads[k] == h + 1 && !strncmp(nm_parser_rel(p, rels[k]), "nsubj", 5) &&
          !upos_is(&w[k], "PRON"))
        subj = true;
    if (!subj) continue;
    size_t v = finite_verb_above(w, heads, n, heads[h] - 1);
    if (v >= a) continue;
    heads[x] = (uint32_t)(v + 1);
  }
}

/* "ECOWAS said that Ghana had lost "dedicated public servants," and
 * Nigerian President Bola Tinubu said he was saddened", parsed with the
 * second "said" a clause the first reports: a verb of saying with a
 * subject of its own, after ", and" (a closing quotation mark may stand
 * between), hung as the complement of an earlier verb of saying, is its
 * conjunct */
static void repair_report_after_and(const nm_parser *p, const nm_pword *w, size_t n,
                                    uint32_t *heads, uint16_t *rels) {
  static const char *const saying[] = {"say", "tell", "announce", "add", "write", NULL};
  if (p->rl_conj < 0 || p->rl_ccomp < 0) return;
  for (size_t x = 6; x < n; x++) {
    if (rels[x] != (uint16_t)p->rl_ccomp || !heads[x] || heads[x] - 1 >= x ||
        !upos_is(&w[x], "VERB") || !xpos_is(&w[x], "VBD") || !lemma_in(&w[x], saying))
      continue;
    size_t h = heads[x] - 1;
    if (!upos_is(&w[h], "VERB") || !lemma_in(&w[h], saying)) continue;
    size_t s = n; /* the subject, its phrase's first word */
    for (size_t k = x; k-- > h + 1 && k + 16 > x;)
      if (heads[k] == x + 1 && !strncmp(nm_parser_rel(p, rels[k]), "nsubj", 5)) s = k;
    if (s == n) continue;
    size_t a = phrase_first(p, w, heads, rels, n, s, s > h + 17 ? s - 15 : h + 2);
    if (a < h + 3 || !form_is(&w[a - 1], "and") || !rel_eq(p, rels, a - 1, "cc")) continue;
    size_t c = a - 2; /* the comma, maybe a closing quotation mark after it */
    if (!form_is(&w[c], ",") && !(c > h + 1 && form_is(&w[c - 1], ","))) continue;
    rels[x] = (uint16_t)p->rl_conj;
    heads[a - 1] = (uint32_t)(x + 1);
  }
}

/* "Fisheries Minister Aiko Tanabe, who …, promised" parsed with the
 * portfolio heading the phrase and the name its apposition with no comma
 * between: the name heads the phrase (it takes the portfolio's place) and
 * the portfolio is a compound of the title before the name */
static void repair_portfolio_before_title(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  static const char *const titles[] = {"minister", "secretary", "commissioner", "director",
                                       "chief", NULL};
  if (p->rl_appos < 0 || p->rl_compound < 0) return;
  for (size_t x = 2; x < n; x++) {
    if (rels[x] != (uint16_t)p->rl_appos || !upos_is(&w[x], "PROPN") || heads[x] != x - 1)
      continue;
    size_t g = x - 2, t = x - 1; /* the portfolio and the title */
    if (!upos_is(&w[g], "PROPN") || !form_in(&w[t], titles) || heads[t] != x + 1 ||
        !heads[g] || heads[g] == t + 1)
      continue;
    heads[x] = heads[g];
    rels[x] = rels[g];
    heads[g] = (uint32_t)(t + 1);
    rels[g] = (uint16_t)p->rl_compound;
    for (size_t k = 0; k < n; k++) /* the portfolio's other dependents go with the name */
      if (k != t && heads[k] == g + 1) heads[k] = (uint32_t)(x + 1);
  }
}

/* "At a regular briefing on Wednesday, Chinese Foreign Ministry
 * spokeswoman Zhao Meilin rejected the protest" parsed with the subject
 * an apposition (or conjunct) of a noun inside the opening phrase and the
 * verb left with no subject: the noun phrase that fills the words between
 * the opening phrase's comma and the verb is its subject */
static void repair_opening_phrase_apposition(const nm_parser *p, const nm_pword *w, size_t n,
                                             uint32_t *heads, uint16_t *rels) {
  static const char *const preps[] = {"in",     "at",     "on",     "during", "after",
                                      "before", "from",   "inside", "outside", NULL};
  if (p->rl_nsubj < 0 || p->rl_conj < 0 || p->rl_appos < 0 || p->rl_obl < 0 || n < 6 ||
      !form_in(&w[0], preps) || !upos_is(&w[0], "ADP"))
    return;
  size_t c = 1; /* the opening phrase's comma */
  while (c < n && c < 12 && !form_is(&w[c], ","))
    c++;
  if (c >= n || c < 2 || !form_is(&w[c], ",")) return;
  size_t h = heads[0] ? heads[0] - 1 : n; /* the phrase's noun */
  if (h >= c || rels[h] != (uint16_t)p->rl_obl) return;
  for (size_t k = 0; k < c; k++)
    if (!in_subtree(heads, n, k, h)) return;
  size_t v = heads[h] ? heads[h] - 1 : n;
  if (v >= n || v <= c + 1 || !upos_is(&w[v], "VERB") || !xpos_finite(w[v].xpos) ||
      has_dep(p, heads, rels, n, v, 0, v, "nsubj"))
    return;
  size_t x = n; /* the subject's head: hung on a word of the phrase (the first such) */
  for (size_t k = c + 1; k < v && x == n; k++) {
    size_t g = heads[k] ? heads[k] - 1 : n;
    if (g < c && (rels[k] == (uint16_t)p->rl_appos || rels[k] == (uint16_t)p->rl_conj)) {
      if (!(upos_is(&w[k], "NOUN") || upos_is(&w[k], "PROPN"))) return;
      x = k;
    }
  }
  if (x == n) return;
  /* it spans the words up to the verb, with no comma; or it is a name
   * with its description set off by commas ("In the debate before the
   * vote, Aino Vesterinen, a lawmaker from the opposition, warned"), the
   * description an apposition of the same noun or of the name */
  size_t g = heads[x] - 1, e = x + 1, ap = n;
  while (e < v && in_subtree(heads, n, e, x) && !form_is(&w[e], ","))
    e++;
  if (e < v && form_is(&w[e], ",") && upos_is(&w[x], "PROPN") && form_is(&w[v - 1], ",")) {
    for (size_t k = e + 1; k + 1 < v && ap == n; k++)
      if ((heads[k] == g + 1 || heads[k] == x + 1) && rels[k] == (uint16_t)p->rl_appos &&
          upos_is(&w[k], "NOUN"))
        ap = k;
    if (ap == n) return;
    for (size_t k = e + 1; k + 1 < v; k++)
      if (k != ap && !in_subtree(heads, n, k, ap) && !upos_is(&w[k], "PUNCT")) return;
    heads[ap] = (uint32_t)(x + 1);
  } else {
    for (size_t k = c + 1; k < v; k++)
      if ((!in_subtree(heads, n, k, x) && !upos_is(&w[k], "PUNCT")) || form_is(&w[k], ","))
        return;
  }
  heads[x] = (uint32_t)(v + 1);
  rels[x] = (uint16_t)p->rl_nsubj;
  if (heads[c] == x + 1) heads[c] = (uint32_t)(h + 1);
  if (ap != n && heads[v - 1] != x + 1) heads[v - 1] = (uint32_t)(x + 1);
}

/* "Congolese troops and M23 rebels clashed on Monday.": a clause with no
 * finite verb but a past form the parse made a reduced relative clause of
 * its noun head (the root, or what a verb of saying says: "…, local
 * officials said"), or of that noun's conjunct, of a verb that has no
 * passive (clash, skirmish, die, …) and no object: the verb heads the
 * clause and the noun is its subject */
static void repair_intransitive_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  static const char *const no_passive[] = {"clash", "skirmish", "die",     "arrive", "riot",
                                           "collide", "wrangle", "quarrel", "feud",  NULL};
  if (p->rl_nsubj < 0 || n < 4) return;
  for (size_t v = 2; v < n; v++) {
    if (!heads[v] || !(xpos_is(&w[v], "VBN") || xpos_is(&w[v], "VBD")) ||
        !rel_eq(p, rels, v, "acl"))
      continue;
    if (!lemma_in(&w[v], no_passive) || has_dep(p, heads, rels, n, v, v + 1, n, "obj")) continue;
    size_t r = heads[v] - 1; /* the noun it hangs on, or that noun's conjunct */
    if (heads[r] && rel_eq(p, rels, r, "conj") && heads[r] - 1 < r) r = heads[r] - 1;
    if (r >= v || !(upos_is(&w[r], "NOUN") || upos_is(&w[r], "PROPN")) ||
        !(!heads[r] || rel_eq(p, rels, r, "ccomp")))
      continue;
    bool verbless = true; /* no finite verb of its own */
    for (size_t k = 0; k < n && verbless; k++)
      if ((xpos_finite(w[k].xpos) || upos_is(&w[k], "AUX")) && in_subtree(heads, n, k, r))
        verbless = false;
    if (!verbless) continue;
    for (size_t k = v + 1; k < n; k++) /* the noun's dependents after the verb */
      if (heads[k] == r + 1) heads[k] = (uint32_t)(v + 1);
    heads[v] = heads[r];
    rels[v] = rels[r];
    heads[r] = (uint32_t)(v + 1);
    rels[r] = (uint16_t)p->rl_nsubj;
  }
}

/* A quotation mark or other punctuation the parse made the root: its one
 * word that is not punctuation is the root, and the marks hang on it
 * (punctuation heads nothing in UD) */
static void repair_punct_root(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                              uint16_t *rels) {
  if (p->rl_punct < 0) return;
  size_t r = n, c = n;
  for (size_t i = 0; i < n; i++)
    if (!heads[i]) {
      if (r != n) return;
      r = i;
    }
  if (r == n || !upos_is(&w[r], "PUNCT")) return;
  for (size_t i = 0; i < n; i++) {
    if (heads[i] != r + 1 || upos_is(&w[i], "PUNCT")) continue;
    if (c != n) return; /* two words under it: no one root */
    c = i;
  }
  if (c == n) return;
  heads[c] = 0;
  rels[c] = rels[r];
  for (size_t i = 0; i < n; i++)
    if (heads[i] == r + 1 && i != c) heads[i] = (uint32_t)(c + 1);
  heads[r] = (uint32_t)(c + 1);
  rels[r] = (uint16_t)p->rl_punct;
}

/* "\"… they want a European future,\" Britain's minister for Europe,
 * Catherine Ashworth-Hale, said in a statement": a quotation set off by
 * ", '' " before its speaker and a verb of saying with no subject of its
 * own is what the verb says (ccomp), the noun phrase between is the
 * verb's subject and the verb the sentence's root, as UD has it. Only
 * when the quotation holds the root and the phrase between has no verb;
 * where the verb is the root already, a phrase between hung into the
 * quotation is its subject. */
static void repair_quote_frame(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                               uint16_t *rels) {
  static const char *const saying[] = {"say", "tell", "add", "write", "insist", "warn",
                                       "argue", "explain", "state", "declare", "reply",
                                       "continue", "note", "stress", NULL};
  if (p->rl_nsubj < 0 || p->rl_ccomp < 0 || n < 6) return;
  size_t root = n;
  for (size_t i = 0; i < n; i++)
    if (!heads[i]) {
      if (root != n) return;
      root = i;
    }
  for (size_t q = 2; q + 2 < n; q++) {
    if (!xpos_is(&w[q], "''") || !form_is(&w[q - 1], ",")) continue;
    size_t o = q; /* the opening mark */
    while (o > 0 && !xpos_is(&w[o - 1], "``"))
      o--;
    if (o == 0) continue;
    o--;
    size_t v = q + 1; /* the verb after the phrase, which holds no verb */
    while (v < n && v < q + 14 && !upos_is(&w[v], "VERB") && !upos_is(&w[v], "AUX"))
      v++;
    if (v >= n || v == q + 1 || v >= q + 14 || !w[v].lemma || !xpos_finite(w[v].xpos)) continue;
    if (!lemma_in(&w[v], saying) || has_dep(p, heads, rels, n, v, 0, n, "nsubj")) continue;
    size_t x = n; /* the phrase's one head */
    bool one = true;
    for (size_t k = q + 1; k < v && one; k++) {
      if (upos_is(&w[k], "PUNCT")) continue;
      size_t h = heads[k] ? heads[k] - 1 : n;
      if (h > q && h < v) continue;
      if (x != n) one = false;
      x = k;
    }
    if (!one || x == n || !nominal(&w[x])) continue;
    if (root == v) {
      /* the verb is the root already, the phrase hung into the
       * quotation ("the committee's deputy chairman, Colonel …,"
       * an nmod of the quoted "attack") */
      size_t xh = heads[x] ? heads[x] - 1 : n;
      if (xh <= o || xh >= q) continue;
      heads[x] = (uint32_t)(v + 1);
      rels[x] = (uint16_t)p->rl_nsubj;
      return;
    }
    if (root <= o || root >= q) continue; /* the quotation holds the root */
    heads[v] = 0;
    rels[v] = rels[root]; /* the root's relation */
    heads[root] = (uint32_t)(v + 1);
    rels[root] = (uint16_t)p->rl_ccomp;
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_nsubj;
    return;
  }
}

/* Whether v has an adverbial clause marked "to" after it (an object or
 * complement clause: "agreed … to raise tariffs"; "Parents prosecuted
 * after treatment leads to …", "Passport needed for a cruise" have none,
 * and stay reduced relatives). */
static bool to_purpose(const nm_parser *p, const nm_pword *w, size_t n, const uint32_t *heads,
                       const uint16_t *rels, size_t v) {
  for (size_t i = v + 1; i < n && i < v + 65; i++) {
    if (heads[i] != v + 1 || !rel_eq(p, rels, i, "advcl")) continue;
    for (size_t k = v + 1; k < i; k++)
      if (heads[k] == i + 1 && rel_eq(p, rels, k, "mark") && w[k].len == 2 &&
          !memcmp(w[k].form, "to", 2))
        return true;
  }
  return false;
}

/* "Armed gangs known locally as bandits have kidnapped thousands",
 * parsed with "as" marking the main verb and "bandits" its subject (the
 * gangs a passive subject): the noun after "as" names what the
 * participle "known" (called, dubbed …) calls the gangs, an obl of it
 * with "as" its case, and the gangs are the verb's subject. */
static void repair_known_as(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                            uint16_t *rels) {
  static const char *const naming[] = {"known", "called", "dubbed", "nicknamed", "branded",
                                       "described", NULL};
  if (p->rl_acl < 0 || p->rl_obl < 0 || p->rl_case < 0 || p->rl_nsubj < 0 ||
      p->rl_nsubj_pass < 0 || p->rl_mark < 0)
    return;
  for (size_t k = 1; k + 3 < n; k++) {
    if (!form_in(&w[k], naming) || !xpos_is(&w[k], "VBN") || rels[k] != (uint16_t)p->rl_acl ||
        !heads[k])
      continue;
    size_t x = heads[k] - 1, a = k + 1;
    while (a < n && a < k + 3 && upos_is(&w[a], "ADV") && heads[a] == k + 1)
      a++;
    if (a + 2 >= n || !form_is(&w[a], "as") || rels[a] != (uint16_t)p->rl_mark || !heads[a])
      continue;
    size_t v = heads[a] - 1, y = n;
    for (size_t i = a + 1; i < v && i < a + 6 && y == n; i++)
      if (heads[i] == v + 1 && rels[i] == (uint16_t)p->rl_nsubj && nominal(&w[i])) y = i;
    if (y == n || heads[x] != v + 1 || rels[x] != (uint16_t)p->rl_nsubj_pass ||
        has_dep(p, heads, rels, n, v, 0, n, "aux:pass"))
      continue;
    heads[y] = (uint32_t)(k + 1);
    rels[y] = (uint16_t)p->rl_obl;
    heads[a] = (uint32_t)(y + 1);
    rels[a] = (uint16_t)p->rl_case;
    rels[x] = (uint16_t)p->rl_nsubj;
  }
}

/* "A senior Brazilian diplomat, who spoke on condition of anonymity
 * because he was not authorised to discuss the matter, said that …"
 * parsed with the diplomat a second subject of the "because" clause: a
 * subject before the subordinator of a clause that has its own subject
 * after it is the subject of the verb the clause hangs on, when that verb
 * comes after and has none */
static void repair_subject_before_subordinator(const nm_parser *p, const nm_pword *w, size_t n,
                                               uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_mark < 0 || p->rl_advcl < 0 || p->rl_conj < 0) return;
  int root = label_index(p, "root");
  for (size_t v = 3; v + 1 < n; v++) {
    /* (or the clause made the root, the verb its conjunct after a comma:
     * "A police official, who spoke …, because he was not authorized to
     * brief the press, confirmed the arrests") */
    size_t h = n;
    if (!heads[v] && root >= 0) {
      for (size_t k = v + 2; k < n && h == n; k++)
        if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_conj && form_is(&w[k - 1], ",") &&
            upos_is(&w[k], "VERB") && xpos_finite(w[k].xpos) &&
            !has_dep(p, heads, rels, n, k, 0, n, "nsubj") &&
            !has_cc(p, heads, rels, n, k, 0, k))
          h = k;
    } else if (heads[v] && heads[v] - 1 > v) {
      h = heads[v] - 1; /* the verb above, after the clause */
    }
    if (h == n || !upos_is(&w[h], "VERB") || !xpos_finite(w[h].xpos) ||
        has_dep(p, heads, rels, n, h, 0, h, "nsubj"))
      continue;
    size_t m = n, s1 = n, s2 = n;
    for (size_t k = v > 40 ? v - 40 : 0; k < v; k++) {
      if (heads[k] != v + 1) continue;
      if (rels[k] == (uint16_t)p->rl_mark && upos_is(&w[k], "SCONJ")) m = k;
      if (rel_eq(p, rels, k, "nsubj") || rel_eq(p, rels, k, "nsubj:pass")) {
        if (m == n && s1 == n) s1 = k;
        if (m != n) s2 = k;
      }
    }
    if (m == n || s1 == n || s2 == n || s1 > m || !nominal(&w[s1])) continue;
    if (!heads[v]) { /* the verb becomes the root, the clause its adverbial */
      heads[h] = 0;
      rels[h] = (uint16_t)root;
      heads[v] = (uint32_t)(h + 1);
      rels[v] = (uint16_t)p->rl_advcl;
      for (size_t k = h + 1; k < n; k++) /* the closing punctuation */
        if (heads[k] == v + 1 && upos_is(&w[k], "PUNCT")) heads[k] = (uint32_t)(h + 1);
    }
    heads[s1] = (uint32_t)(h + 1);
    rels[s1] = (uint16_t)p->rl_nsubj;
  }
}

/* "… under an arrangement brokered by the Southern African Development
 * Community, whose executive secretary, Tendai Marufu, said on Sunday that
 * …" parsed with "said" the root, the sentence's first clause its
 * complement and no subject: the noun "whose" owns, in apposition to the
 * body, is the subject of a verb right after it (and its own apposition),
 * and that verb is a relative clause of the body; the first clause is the
 * root again */
static void repair_whose_clause_root(const nm_parser *p, const nm_pword *w, size_t n,
                                     uint32_t *heads, uint16_t *rels) {
  int root = label_index(p, "root");
  if (root < 0 || p->rl_nsubj < 0 || p->rl_relcl < 0 || p->rl_poss < 0 || p->rl_ccomp < 0)
    return;
  for (size_t wh = 2; wh + 3 < n; wh++) {
    if (!form_is(&w[wh], "whose") || rels[wh] != (uint16_t)p->rl_poss || !heads[wh]) continue;
    size_t x = heads[wh] - 1; /* the owned noun */
    if (x <= wh || x > wh + 4 || rels[x] != (uint16_t)p->rl_appos || !heads[x] ||
        heads[x] - 1 >= wh)
      continue;
    size_t g = heads[x] - 1, v = x + 1; /* the body, and the verb after the noun's phrase */
    while (v < n && v < x + 8 && (in_subtree(heads, n, v, x) || upos_is(&w[v], "PUNCT")) &&
           heads[v] != 0)
      v++;
    if (v >= n || heads[v] != 0 || !upos_is(&w[v], "VERB") || !xpos_finite(w[v].xpos) ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj"))
      continue;
    size_t c0 = n; /* the first clause, the verb's complement before it */
    for (size_t k = 0; k < wh; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_ccomp && upos_is(&w[k], "VERB"))
        c0 = k;
    if (c0 == n || !in_subtree(heads, n, g, c0)) continue;
    heads[c0] = 0;
    rels[c0] = (uint16_t)root;
    heads[v] = (uint32_t)(g + 1);
    rels[v] = (uint16_t)p->rl_relcl;
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_nsubj;
    for (size_t k = 0; k < n; k++) /* punctuation before the clause, and the final stop */
      if (heads[k] == v + 1 && upos_is(&w[k], "PUNCT") && (k < wh || k + 2 >= n))
        heads[k] = (uint32_t)(c0 + 1);
    return;
  }
}

/* "The United States, Argentina and Chile questioned the result", parsed
 * with two subjects of the verb ("States" and "Argentina", the list cut
 * at its comma): the second, right after a comma that follows the
 * first's phrase, is the first's conjunct, and so are its own */
static void repair_double_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_conj < 0) return;
  for (size_t b = 2; b + 1 < n; b++) {
    if (rels[b] != (uint16_t)p->rl_nsubj || !heads[b] || heads[b] - 1 <= b ||
        !upos_is(&w[b], "PROPN"))
      continue;
    size_t v = heads[b] - 1, a = n;
    for (size_t k = b > 24 ? b - 24 : 0; k < b; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_nsubj && upos_is(&w[k], "PROPN")) a = k;
    if (a == n) continue;
    size_t c = b; /* the comma before b's phrase (or its first word), right after a's */
    while (c > a + 1 && in_subtree(heads, n, c - 1, b) && !form_is(&w[c - 1], ","))
      c--;
    if (!form_is(&w[c - 1], ",") || !in_subtree(heads, n, c - 2, a)) continue;
    heads[b] = (uint32_t)(a + 1);
    rels[b] = (uint16_t)p->rl_conj;
    for (size_t k = b + 1; k < v; k++)
      if (heads[k] == b + 1 && rels[k] == (uint16_t)p->rl_conj) heads[k] = (uint32_t)(a + 1);
  }
}

/* "Chad and the Rapid Support Forces agreed" parsed with "Chad" and
 * "Forces" each a subject of the verb: of two nominal subjects of one
 * verb, the first's phrase ending in a nominal that "and" or "or"
 * follows, right before the second's phrase, the second is a conjunct of
 * that nominal (the first itself, or the last noun of its phrase:
 * "Delegations from Sudan's military and the Rapid Support Forces") and
 * the word its cc. */
static void repair_joined_subjects(const nm_parser *p, const nm_pword *w, size_t n,
                                   uint32_t *heads, uint16_t *rels) {
  int cc = label_index(p, "cc");
  if (cc < 0 || p->rl_nsubj < 0 || p->rl_conj < 0) return;
  static const char *const ands[] = {"and", "or", NULL};
  for (size_t a = 0; a + 3 < n; a++) {
    if (rels[a] != (uint16_t)p->rl_nsubj || !heads[a] || !nominal(&w[a])) continue;
    size_t r = a; /* the first's phrase's last word: "Delegations from Sudan's military" */
    while (r + 1 < n && r < a + 12 && in_subtree(heads, n, r + 1, a) &&
           !upos_is(&w[r + 1], "PUNCT"))
      r++;
    if (r + 2 >= n || !form_in(&w[r + 1], ands) || !nominal(&w[r])) continue;
    size_t j = r; /* the nominal the second joins: the last word's phrase's head */
    while (j != a && heads[j] > j + 1 && heads[j] - 1 <= r && (rels[j] == (uint16_t)p->rl_flat ||
                                                               rels[j] == (uint16_t)p->rl_compound))
      j = heads[j] - 1;
    size_t b = r + 2; /* the second's head, whose phrase starts right after the "and" */
    while (b < n && b < r + 8 && heads[b] > b + 1 && !upos_is(&w[b], "PUNCT") &&
           !(heads[b] == heads[a] && rels[b] == (uint16_t)p->rl_nsubj))
      b = heads[b] - 1;
    if (b >= n || heads[b] != heads[a] || rels[b] != (uint16_t)p->rl_nsubj || !nominal(&w[b]))
      continue;
    bool phrase = true; /* every word from the "and" to the second is its */
    for (size_t k = r + 2; k < b && phrase; k++) phrase = in_subtree(heads, n, k, b);
    if (!phrase) continue;
    heads[b] = (uint32_t)(j + 1);
    rels[b] = (uint16_t)p->rl_conj;
    heads[r + 1] = (uint32_t)(b + 1);
    rels[r + 1] = (uint16_t)cc;
  }
}

/* "The Red Cross said US and British forces must …" parsed with "US"
 * the object of "said" and "British" its conjunct, while "forces" heads
 * the clause's subject: a capitalised modifier whose conjunct, a
 * capitalised adjective after "and" or "or", stands right before a noun
 * modifies that noun with it (a compound for a proper noun, else amod). */
static void repair_split_modifier_pair(const nm_parser *p, const nm_pword *w, size_t n,
                                       uint32_t *heads, uint16_t *rels) {
  if (p->rl_conj < 0 || p->rl_amod < 0 || p->rl_compound < 0) return;
  static const char *const ands[] = {"and", "or", NULL};
  for (size_t a = 0; a + 3 < n; a++) {
    size_t cc = a + 1, b = a + 2, h = a + 3;
    if (!heads[a] || heads[a] == h + 1 || heads[b] != a + 1 ||
        rels[b] != (uint16_t)p->rl_conj || !form_in(&w[cc], ands) || !upos_is(&w[h], "NOUN") ||
        !upos_is(&w[b], "ADJ") || !(upos_is(&w[a], "ADJ") || upos_is(&w[a], "PROPN")) ||
        in_subtree(heads, n, h, a))
      continue;
    size_t m[2] = {a, b};
    bool caps = true;
    for (int i = 0; i < 2 && caps; i++)
      caps = w[m[i]].len && w[m[i]].form[0] >= 'A' && w[m[i]].form[0] <= 'Z';
    bool kids = false; /* "US" with words of its own is a phrase, no modifier */
    for (size_t k = 0; k < n && !kids; k++)
      kids = heads[k] == a + 1 && k != b && k != cc;
    if (!caps || kids) continue;
    heads[a] = (uint32_t)(h + 1);
    rels[a] = (uint16_t)(upos_is(&w[a], "PROPN") ? p->rl_compound : p->rl_amod);
  }
}

/* "said that it had increased patrols in the north and urged all sides
 * to …", parsed with "increased" (which has a subject and an auxiliary)
 * an adjective of "patrols", and "patrols" the subject of "urged": a
 * verb with a subject and an auxiliary of its own heads a clause, the
 * noun it was hung on is its object, and the verb after "and" whose
 * subject that noun was is its conjunct (the clause's place, relation
 * and marker go to the first verb). */
static void repair_clause_read_as_modifier(const nm_parser *p, const nm_pword *w, size_t n,
                                           uint32_t *heads, uint16_t *rels) {
  if (p->rl_amod < 0 || p->rl_obj < 0 || p->rl_conj < 0 || p->rl_nsubj < 0 || p->rl_mark < 0)
    return;
  for (size_t v = 2; v + 2 < n; v++) {
    if (rels[v] != (uint16_t)p->rl_amod || !heads[v] || !upos_is(&w[v], "VERB") ||
        !xpos_is(&w[v], "VBN") || !has_dep(p, heads, rels, n, v, 0, v, "nsubj") ||
        !has_dep(p, heads, rels, n, v, 0, v, "aux"))
      continue;
    size_t N = heads[v] - 1;
    if (N <= v || N > v + 3 || !heads[N] || rels[N] != (uint16_t)p->rl_nsubj) continue;
    size_t u = heads[N] - 1;
    if (u <= N || !upos_is(&w[u], "VERB") || !heads[u]) continue;
    size_t cc = n; /* the "and" before the second verb, its dependent */
    for (size_t k = N + 1; k < u; k++)
      if (heads[k] == u + 1 && (form_is(&w[k], "and") || form_is(&w[k], "but"))) cc = k;
    if (cc == n) continue;
    heads[v] = heads[u];
    rels[v] = rels[u];
    heads[N] = (uint32_t)(v + 1);
    rels[N] = (uint16_t)p->rl_obj;
    heads[u] = (uint32_t)(v + 1);
    rels[u] = (uint16_t)p->rl_conj;
    for (size_t k = 0; k < v; k++) /* "that" marks the first verb's clause */
      if (heads[k] == u + 1 && rels[k] == (uint16_t)p->rl_mark) heads[k] = (uint32_t)(v + 1);
  }
}

/* "Haitian National Police spokesperson Fritzner Delva Augustin said",
 * parsed with "Haitian" the subject and "spokesperson" its apposition:
 * a capitalised adjective or proper noun whose apposition follows with
 * no comma, every word between inside the apposition's phrase, modifies
 * that phrase (the word it runs into), and the apposition's head takes
 * its place. */
static void repair_subject_before_its_phrase(const nm_parser *p, const nm_pword *w, size_t n,
                                             uint32_t *heads, uint16_t *rels) {
  if (p->rl_appos < 0 || p->rl_amod < 0 || p->rl_compound < 0) return;
  for (size_t a = 0; a + 2 < n; a++) {
    if (!heads[a] || strncmp(nm_parser_rel(p, rels[a]), "nsubj", 5) != 0 ||
        !(upos_is(&w[a], "ADJ") || upos_is(&w[a], "PROPN")) || !w[a].len ||
        w[a].form[0] < 'A' || w[a].form[0] > 'Z')
      continue;
    size_t h = n;
    for (size_t k = a + 1; k < n && k < a + 6 && h == n; k++)
      if (heads[k] == a + 1 && rels[k] == (uint16_t)p->rl_appos && upos_is(&w[k], "NOUN")) h = k;
    if (h == n || h == a + 1) continue;
    bool inside = true;
    for (size_t k = a + 1; k < h && inside; k++)
      inside = !upos_is(&w[k], "PUNCT") && in_subtree(heads, n, k, h);
    if (!inside) continue;
    size_t to = heads[a + 1] && heads[a + 1] - 1 > a + 1 && heads[a + 1] - 1 <= h
                    ? heads[a + 1] - 1
                    : h;
    heads[h] = heads[a];
    rels[h] = rels[a];
    heads[a] = (uint32_t)(to + 1);
    rels[a] = (uint16_t)(upos_is(&w[a], "PROPN") ? p->rl_compound : p->rl_amod);
  }
}

/* "Government spokesperson Col. Abdoulaye Keita Maiga said …", parsed
 * with "spokesperson" a complement of "said" and the rank ("Col.") its
 * subject: a noun hung as a complement before its verb, with no subject,
 * copula or verb of its own, whose words run straight into the subject
 * after it, is the subject, and the subject its apposition. */
static void repair_title_read_as_complement(const nm_parser *p, const nm_pword *w, size_t n,
                                            uint32_t *heads, uint16_t *rels) {
  if (p->rl_ccomp < 0 || p->rl_nsubj < 0 || p->rl_appos < 0) return;
  for (size_t k = 0; k + 2 < n; k++) {
    if (rels[k] != (uint16_t)p->rl_ccomp || !heads[k] || !upos_is(&w[k], "NOUN")) continue;
    size_t v = heads[k] - 1;
    if (v <= k || !upos_is(&w[v], "VERB") || has_dep(p, heads, rels, n, k, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, k, 0, n, "cop") || has_dep(p, heads, rels, n, k, 0, n, "aux"))
      continue;
    size_t sb = k + 1; /* the verb's subject, right after the noun's phrase */
    while (sb < v && in_subtree(heads, n, sb, k) && !upos_is(&w[sb], "PUNCT"))
      sb++; /* (no punctuation between: '"On his way," Betty said' is a quotation) */
    if (sb >= v || heads[sb] != v + 1 || rels[sb] != (uint16_t)p->rl_nsubj ||
        !upos_is(&w[sb], "PROPN"))
      continue;
    bool tail = true; /* the words after the subject up to the verb are its */
    for (size_t j = sb + 1; j < v && tail; j++) tail = in_subtree(heads, n, j, sb);
    /* (and the verb has no other subject: "…, the National Audit Bureau,
     * his lawyer Pavel Dren said") */
    for (size_t j = 0; j < n && tail; j++)
      tail = j == sb || heads[j] != v + 1 || strncmp(nm_parser_rel(p, rels[j]), "nsubj", 5);
    if (!tail) continue;
    heads[k] = (uint32_t)(v + 1);
    rels[k] = (uint16_t)p->rl_nsubj;
    heads[sb] = (uint32_t)(k + 1);
    rels[sb] = (uint16_t)p->rl_appos;
  }
}

/* "Iranian officials have in recent weeks suggested they could …",
 * parsed with "have" the main verb and "suggested" its complement: a
 * form of "have" with a subject, whose complement after it is a past
 * participle with no subject or auxiliary of its own, every word between
 * hanging in the participle's phrase, is the participle's auxiliary; the
 * participle takes its place and its dependents. */
static void repair_split_perfect(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  static const char *const have[] = {"have", NULL};
  int aux = label_index(p, "aux");
  if (aux < 0 || p->rl_ccomp < 0) return;
  for (size_t h = 0; h + 2 < n; h++) {
    if (!lemma_in(&w[h], have) || !has_dep(p, heads, rels, n, h, 0, h, "nsubj")) continue;
    size_t c = n;
    for (size_t k = h + 2; k < n && k < h + 8 && c == n; k++)
      if (heads[k] == h + 1 && (rels[k] == (uint16_t)p->rl_ccomp || rel_eq(p, rels, k, "xcomp")))
        c = k;
    /* (a past tense in -ed is the participle's form too: "suggested") */
    bool ed = c < n && xpos_is(&w[c], "VBD") && w[c].len > 3 &&
              !memcmp(w[c].form + w[c].len - 2, "ed", 2);
    if (c == n || !(xpos_is(&w[c], "VBN") || ed) ||
        has_dep(p, heads, rels, n, c, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, c, 0, n, "aux") || has_dep(p, heads, rels, n, c, 0, n, "mark"))
      continue;
    bool inside = true; /* "in recent weeks": the participle's */
    for (size_t k = h + 1; k < c && inside; k++)
      inside = in_subtree(heads, n, k, c) && !upos_is(&w[k], "PUNCT");
    if (!inside) continue;
    for (size_t k = 0; k < n; k++) /* the subject, punctuation and all move */
      if (heads[k] == h + 1 && k != c) heads[k] = (uint32_t)(c + 1);
    heads[c] = heads[h];
    rels[c] = rels[h];
    heads[h] = (uint32_t)(c + 1);
    rels[h] = (uint16_t)aux;
  }
}

/* "said several embassies had privately raised concerns with the
 * ministry", parsed with "had" a main verb (an acl of "embassies"), its
 * object "concerns" and "raised" the object's adjective: a past
 * participle after "have" and an adverb that modifies have's
 * object is the verb, "have" its auxiliary; "have" with no subject of its
 * own that hung on the object of "say" makes that object the subject of
 * the clause said (as repair_said_object_subject() does) */
static void repair_have_participle_object(const nm_parser *p, const nm_pword *w, size_t n,
                                          uint32_t *heads, uint16_t *rels) {
  static const char *const have[] = {"have", NULL};
  int aux = label_index(p, "aux");
  if (aux < 0 || p->rl_obj < 0 || p->rl_nsubj < 0 || p->rl_ccomp < 0) return;
  for (size_t h = 1; h + 3 < n; h++) {
    if (!lemma_in(&w[h], have) || !upos_is(&w[h], "VERB")) continue;
    size_t q = h + 1;
    while (q < n && q < h + 3 && upos_is(&w[q], "ADV"))
      q++;
    /* (an adverb between: "have limited options", "had used tissues" are
     * adjectives as often as not) */
    if (q == h + 1 || q + 1 >= n || !xpos_is(&w[q], "VBN") || !rel_eq(p, rels, q, "amod") ||
        !heads[q])
      continue;
    size_t o = heads[q] - 1;
    if (o <= q || heads[o] != h + 1 || rels[o] != (uint16_t)p->rl_obj) continue;
    heads[q] = heads[h];
    rels[q] = rels[h];
    relink(heads, rels, h, q, aux);
    relink(heads, rels, o, q, p->rl_obj);
    for (size_t k = h + 1; k < q; k++) /* the adverbs */
      if (heads[k] == o + 1 || heads[k] == h + 1) heads[k] = (uint32_t)(q + 1);
    for (size_t k = 0; k < n; k++) /* the rest of have's words */
      if (heads[k] == h + 1) heads[k] = (uint32_t)(q + 1);
    /* (the clause of "say": "said several embassies had raised …") */
    if (rel_eq(p, rels, q, "acl") && heads[q]) {
      size_t sb = heads[q] - 1;
      if (sb < h && heads[sb] && rels[sb] == (uint16_t)p->rl_obj && w[heads[sb] - 1].lemma &&
          !strcmp(w[heads[sb] - 1].lemma, "say")) {
        size_t v = heads[sb] - 1;
        relink(heads, rels, q, v, p->rl_ccomp);
        relink(heads, rels, sb, q, p->rl_nsubj);
      }
    }
  }
}

/* A subject never takes a preposition. "Gang members armed with assault
 * rifles attacked the town" read as "members armed" and "with … rifles
 * attacked": the participle before the preposition modifies the noun before
 * it, whose noun becomes the verb's subject, and the preposition's noun is
 * the participle's oblique. */
static void repair_prepositional_subject(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_acl < 0 || p->rl_obl < 0 || p->rl_case < 0) return;
  for (size_t k = 3; k + 1 < n; k++) {
    if (rels[k] != (uint16_t)p->rl_nsubj || !heads[k] || heads[k] - 1 <= k) continue;
    size_t v = heads[k] - 1, c = n; /* the verb, and k's preposition */
    for (size_t j = k > 6 ? k - 6 : 1; j < k; j++)
      if (heads[j] == k + 1 && rels[j] == (uint16_t)p->rl_case && upos_is(&w[j], "ADP") &&
          !form_is(&w[j], "of"))
        c = j;
    if (c == n || !upos_is(&w[v], "VERB") || !xpos_finite(w[v].xpos)) continue;
    size_t q = c - 1; /* the participle right before the preposition */
    if (!(xpos_is(&w[q], "VBN") || (xpos_is(&w[q], "JJ") && w[q].len > 3 &&
                                    !memcmp(w[q].form + w[q].len - 2, "ed", 2))) ||
        has_dep(p, heads, rels, n, q, 0, n, "aux") || has_dep(p, heads, rels, n, q, 0, n, "cop"))
      continue;
    size_t sj = n; /* the participle's subject: the noun before it */
    for (size_t j = q > 12 ? q - 12 : 0; j < q; j++)
      if (heads[j] == q + 1 && rels[j] == (uint16_t)p->rl_nsubj && nominal(&w[j])) sj = j;
    if (sj == n) continue;
    if (heads[v] == q + 1) { /* the verb hung on the participle: it takes its place */
      heads[v] = heads[q];
      rels[v] = rels[q];
    }
    heads[sj] = (uint32_t)(v + 1);
    heads[q] = (uint32_t)(sj + 1);
    rels[q] = (uint16_t)p->rl_acl;
    heads[k] = (uint32_t)(q + 1);
    rels[k] = (uint16_t)p->rl_obl;
  }
}

/* "Several candidates ahead of May elections have promised …" parsed with
 * "elections" a second subject of "promised": a subject never takes a
 * preposition, so a second nominal subject of the verb with its own
 * preposition ("of", "for", "in" …), right after the first's phrase, is
 * not one. It is the oblique of an adverb the preposition follows
 * ("ahead of", which then modifies the first subject), or else a
 * modifier (nmod) of the first subject's phrase's last noun. */
static void repair_subject_with_preposition(const nm_parser *p, const nm_pword *w, size_t n,
                                            uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_case < 0 || p->rl_nmod < 0 || p->rl_obl < 0) return;
  int advmod = label_index(p, "advmod");
  if (advmod < 0) return;
  for (size_t b = 2; b + 1 < n; b++) {
    if (rels[b] != (uint16_t)p->rl_nsubj || !heads[b] || heads[b] - 1 <= b || !nominal(&w[b]))
      continue;
    size_t v = heads[b] - 1, a = n, c = n;
    for (size_t k = b > 16 ? b - 16 : 0; k < b; k++)
      if (heads[k] == v + 1 && rels[k] == (uint16_t)p->rl_nsubj && nominal(&w[k])) a = k;
    for (size_t k = a == n ? b : a + 1; k < b; k++)
      if (heads[k] == b + 1 && rels[k] == (uint16_t)p->rl_case && upos_is(&w[k], "ADP") &&
          !xpos_is(&w[k], "POS"))
        c = k;
    if (a == n || c == n) continue;
    size_t r = a; /* the first's phrase's last word */
    while (r + 1 < c && in_subtree(heads, n, r + 1, a))
      r++;
    bool adverb = r + 2 == c && upos_is(&w[r + 1], "ADV") && heads[r + 1] == v + 1 &&
                  form_is(&w[c], "of"); /* "ahead of", "outside of" */
    if (r + 1 != c && !adverb) continue;
    size_t j = r; /* the noun the phrase hangs on */
    while (j > a && !nominal(&w[j]))
      j--;
    if (adverb) {
      heads[r + 1] = (uint32_t)(a + 1);
      rels[r + 1] = (uint16_t)advmod;
      heads[b] = (uint32_t)(r + 2);
      rels[b] = (uint16_t)p->rl_obl;
    } else {
      heads[b] = (uint32_t)(j + 1);
      rels[b] = (uint16_t)p->rl_nmod;
    }
  }
}

/* "The attorney general's office said …" parsed with "attorney" a
 * subject of "said" beside "office": a noun right before the possessor of
 * another subject of its verb (the possessor marked by "'s" and hung on
 * that subject) is part of the possessor's name, a compound of it. */
static void repair_split_possessor(const nm_parser *p, const nm_pword *w, size_t n,
                                   uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_poss < 0 || p->rl_case < 0 || p->rl_compound < 0) return;
  /* (or parsed with "The" as the root, "attorney" its dependent and
   * "said" a relative clause of "attorney": the verb is the root, the noun
   * its subject, and the split is mended below) */
  int det = label_index(p, "det");
  for (size_t r = 0; det >= 0 && r + 4 < n; r++) {
    size_t a = r + 1, q = r + 2, b = heads[q] ? heads[q] - 1 : n;
    if (heads[r] != 0 || !upos_is(&w[r], "DET") || heads[a] != r + 1 ||
        !upos_is(&w[a], "NOUN") || b >= n || b <= q + 1 || rels[q] != (uint16_t)p->rl_poss ||
        rels[b] != (uint16_t)p->rl_nsubj || !heads[b])
      continue;
    size_t v = heads[b] - 1;
    if (v <= b || heads[v] != a + 1 || !rel_eq(p, rels, v, "acl:relcl") ||
        !upos_is(&w[v], "VERB") || !xpos_finite(w[v].xpos))
      continue;
    for (size_t i = 0; i < n; i++) /* r's other dependents, the full stop, are v's */
      if (heads[i] == r + 1 && i != a) heads[i] = (uint32_t)(v + 1);
    heads[v] = 0;
    rels[v] = (uint16_t)p->root;
    heads[a] = (uint32_t)(v + 1);
    rels[a] = (uint16_t)p->rl_nsubj;
    heads[r] = (uint32_t)(v + 1);
    rels[r] = (uint16_t)det;
    break;
  }
  for (size_t a = 0; a + 3 < n; a++) {
    if (rels[a] != (uint16_t)p->rl_nsubj || !heads[a] || !upos_is(&w[a], "NOUN")) continue;
    size_t v = heads[a] - 1, q = a + 1, b = heads[q] ? heads[q] - 1 : n;
    if (b >= n || b <= q + 1 || rels[q] != (uint16_t)p->rl_poss || heads[b] != v + 1 ||
        rels[b] != (uint16_t)p->rl_nsubj || !nominal(&w[q]) ||
        !(heads[q + 1] == q + 1 && xpos_is(&w[q + 1], "POS")))
      continue;
    bool bare = true; /* a has a determiner or modifiers before it, nothing after */
    for (size_t k = 0; k < n && bare; k++)
      if (heads[k] == a + 1) bare = k < a;
    if (!bare) continue;
    heads[a] = (uint32_t)(q + 1);
    rels[a] = (uint16_t)p->rl_compound;
    if (a > 0 && heads[a - 1] == v + 1 && upos_is(&w[a - 1], "DET")) /* "The" with it */
      heads[a - 1] = (uint32_t)(q + 1);
  }
}

/* "Among the prisoners released were soldiers who …, the ministry said"
 * parsed with "prisoners" a phrase of "said" and "soldiers" its clause:
 * the inverted copula's two nouns are one clause, as "Among the dead were
 * two children" is parsed, the "among"-phrase the subject of the noun
 * after the copula, which is what was said. */
static void repair_inverted_among(const nm_parser *p, const nm_pword *w, size_t n,
                                  uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_case < 0) return;
  for (size_t a = 0; a + 4 < n; a++) {
    if ((!form_is(&w[a], "among") && !form_is(&w[a], "Among")) || !heads[a] ||
        rels[a] != (uint16_t)p->rl_case)
      continue;
    size_t c = heads[a] - 1, cop = n, o = n;
    if (c <= a || !heads[c] || !nominal(&w[c])) continue;
    size_t v = heads[c] - 1;
    for (size_t k = c + 1; k < n && cop == n; k++)
      if (heads[k] == c + 1 && rel_eq(p, rels, k, "cop")) cop = k;
    if (cop == n || v <= cop || !upos_is(&w[v], "VERB")) continue;
    for (size_t k = cop + 1; k < v && o == n; k++)
      if (heads[k] == v + 1 && nominal(&w[k]) && rel_eq(p, rels, k, "ccomp")) o = k;
    if (o == n) continue;
    for (size_t k = c + 1; k < o; k++) /* every word between is c's or o's */
      if (!in_subtree(heads, n, k, c) && !in_subtree(heads, n, k, o)) o = n;
    if (o == n) continue;
    heads[c] = (uint32_t)(o + 1);
    rels[c] = (uint16_t)p->rl_nsubj;
    heads[cop] = (uint32_t)(o + 1);
  }
}

/* "Israeli warplanes struck what the military described as weapons
 * depots …, Lebanese officials said" parsed with "described" a second
 * complement of "said": a clause with its own subject right after "what",
 * the object of a verb before it, hung on a later verb, is the relative
 * clause of "what" (the free relative's clause), and its modifiers after
 * it that say when, where and what followed stay with it. */
static void repair_free_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                 uint32_t *heads, uint16_t *rels) {
  if (p->rl_relcl < 0 || p->rl_obj < 0 || p->rl_nsubj < 0) return;
  for (size_t k = 1; k + 3 < n; k++) {
    if (!form_is(&w[k], "what") || rels[k] != (uint16_t)p->rl_obj || !heads[k] ||
        heads[k] - 1 >= k)
      continue;
    size_t c = n; /* the clause's verb: its subject starts right after "what" */
    for (size_t j = k + 2; j < n && j < k + 8 && c == n; j++)
      if (upos_is(&w[j], "VERB") && xpos_finite(w[j].xpos) && heads[j] > j + 1 &&
          has_dep(p, heads, rels, n, j, k + 1, j, "nsubj"))
        c = j;
    if (c == n) continue;
    bool phrase = true; /* every word between is the subject's */
    for (size_t j = k + 1; j < c && phrase; j++)
      phrase = in_subtree(heads, n, j, c);
    if (!phrase) continue;
    heads[c] = (uint32_t)(k + 1);
    rels[c] = (uint16_t)p->rl_relcl;
  }
}

/* "Hours before the exchange, Russian drones struck Kyiv", parsed with
 * "Hours" a second subject of "struck": a span of time set off before the
 * subject, with its before- or after-phrase, says when (obl:unmarked) */
static void repair_opening_span_of_time(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  static const char *const spans[] = {"hours",  "days",    "weeks", "months", "years",
                                      "minutes", "moments", "hour",  "day",    "week",
                                      "month",  "year",    "minute", NULL};
  if (p->rl_nsubj < 0 || p->rl_tmod < 0 || n < 4) return;
  size_t t = 0;
  while (t < 3 && t + 1 < n && !form_in(&w[t], spans))
    t++; /* "Just hours after", "Two days before" */
  if (!form_in(&w[t], spans) || rels[t] != (uint16_t)p->rl_nsubj || !heads[t]) return;
  size_t v = heads[t] - 1;
  if (v <= t + 1 || !(form_is(&w[t + 1], "before") || form_is(&w[t + 1], "after") ||
                      form_is(&w[t + 1], "later") || form_is(&w[t + 1], "earlier")))
    return;
  bool comma = false; /* a comma, then the verb's own subject */
  for (size_t k = t + 2; k < v && k < t + 24 && !comma; k++)
    comma = form_is(&w[k], ",") && has_dep(p, heads, rels, n, v, k + 1, v, "nsubj");
  if (!comma) return;
  rels[t] = (uint16_t)p->rl_tmod;
}

/* "In a statement read on state television, the junta said …", parsed
 * with "read" the said clause and the statement its obl: a participle
 * right after the noun of an opening phrase (the noun has its
 * preposition), with no subject of its own and no marker, hung as a
 * clause of a verb after it, modifies that noun; the noun goes back to the
 * later verb */
static void repair_fronted_participle(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, uint16_t *rels) {
  static const char *const bare[] = {"read", "broadcast", "put", "set", "cut", "sent",
                                     "held", "made", "given", "issued", "released", NULL};
  if (p->rl_acl < 0 || p->rl_ccomp < 0) return;
  for (size_t v = 2; v + 2 < n && v < 24; v++) {
    size_t x = v - 1, h = heads[v] ? heads[v] - 1 : n;
    if (h == n || h <= v || rels[v] != (uint16_t)p->rl_ccomp || !upos_is(&w[v], "VERB") ||
        !(xpos_is(&w[v], "VBN") || form_in(&w[v], bare) ||
          (xpos_is(&w[v], "VBD") && w[v].len > 3 && !memcmp(w[v].form + w[v].len - 2, "ed", 2))) ||
        heads[x] != v + 1 || !(upos_is(&w[x], "NOUN") || upos_is(&w[x], "PROPN")) ||
        !has_dep(p, heads, rels, n, x, 0, x, "case") ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, v, 0, n, "mark") || has_dep(p, heads, rels, n, v, 0, n, "aux") ||
        !has_dep(p, heads, rels, n, h, v + 1, h, "nsubj"))
      continue;
    for (size_t k = 0; k < x; k++) /* nothing of the clause stands before the noun's phrase */
      if (heads[k] == v + 1) goto next;
    heads[x] = (uint32_t)(h + 1); /* keeps its relation, now of the later verb */
    heads[v] = (uint32_t)(x + 1);
    rels[v] = (uint16_t)p->rl_acl;
    return;
  next:;
  }
  /* (or parsed with the participle the root and the later verb, after
   * the comma, its parataxis: "In a statement posted online on Monday,
   * the ELN's central command did not claim …") */
  for (size_t v = 2; v + 3 < n && v < 24; v++) {
    size_t x = v - 1, h = n, comma = n;
    if (heads[v] != 0 || !upos_is(&w[v], "VERB") || !xpos_is(&w[v], "VBN") ||
        rels[x] != (uint16_t)p->rl_obl || heads[x] != v + 1 ||
        !(upos_is(&w[x], "NOUN") || upos_is(&w[x], "PROPN")) ||
        !has_dep(p, heads, rels, n, x, 0, x, "case") ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj") ||
        has_dep(p, heads, rels, n, v, 0, n, "nsubj:pass") ||
        has_dep(p, heads, rels, n, v, 0, n, "aux"))
      continue;
    for (size_t k = v + 1; k < n && k < v + 16 && comma == n; k++)
      if (form_is(&w[k], ",")) comma = k;
    for (size_t k = comma + 1; k < n && h == n; k++)
      if (heads[k] == v + 1 && rel_eq(p, rels, k, "parataxis") && upos_is(&w[k], "VERB") &&
          has_dep(p, heads, rels, n, k, comma + 1, k, "nsubj"))
        h = k;
    if (comma == n || h == n) continue;
    for (size_t k = 0; k < x; k++) /* nothing of the clause stands before the noun's phrase */
      if (heads[k] == v + 1) goto next2;
    for (size_t k = comma; k < n; k++) /* the comma and what follows are the later verb's */
      if (heads[k] == v + 1 && k != h) heads[k] = (uint32_t)(h + 1);
    heads[h] = 0;
    rels[h] = (uint16_t)p->root;
    heads[x] = (uint32_t)(h + 1);
    heads[v] = (uint32_t)(x + 1);
    rels[v] = (uint16_t)p->rl_acl;
    return;
  next2:;
  }
}

/* "denied that Iran had sent ballistic missiles", parsed with "that" the
 * object of "denied" and the clause its relative clause: "that" right
 * after a verb of saying or denying, whose relative clause has a subject
 * of its own, is the marker of what was said or denied */
static void repair_that_object_clause(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, uint16_t *rels) {
  static const char *const saying[] = {"say", "deny", "insist", "claim", "warn", "argue",
                                       "acknowledge", "confirm", "announce", "allege", "add",
                                       NULL};
  if (p->rl_ccomp < 0 || p->rl_mark < 0 || n < 5) return;
  for (size_t k = 1; k + 2 < n; k++) {
    if (!form_is(&w[k], "that") || heads[k] != k || !rel_eq(p, rels, k, "obj") ||
        !lemma_in(&w[k - 1], saying) || !upos_is(&w[k - 1], "VERB"))
      continue;
    size_t x = n; /* the relative clause hung on "that" */
    for (size_t q = k + 1; q < n && q < k + 24 && x == n; q++)
      if (heads[q] == k + 1 && rel_eq(p, rels, q, "acl:relcl")) x = q;
    if (x == n || !has_dep(p, heads, rels, n, x, k + 1, x, "nsubj")) continue;
    heads[x] = (uint32_t)k; /* the verb: word k - 1 */
    rels[x] = (uint16_t)p->rl_ccomp;
    heads[k] = (uint32_t)(x + 1);
    rels[k] = (uint16_t)p->rl_mark;
  }
  /* (or "He said in Baku that Azerbaijan still demanded …", parsed with
   * "that" the object of "demanded", the complement of "said": "that"
   * before the complement's own subject is its marker) */
  for (size_t k = 2; k + 2 < n; k++) {
    size_t x = heads[k] ? heads[k] - 1 : n;
    if (!form_is(&w[k], "that") || !rel_eq(p, rels, k, "obj") || x >= n || x <= k + 1 ||
        x > k + 8 || !rel_eq(p, rels, x, "ccomp") || !heads[x] || heads[x] - 1 >= k ||
        !lemma_in(&w[heads[x] - 1], saying) || !has_dep(p, heads, rels, n, x, k + 1, x, "nsubj"))
      continue;
    rels[k] = (uint16_t)p->rl_mark;
  }
}

/* "…, a step Yerevan has said could only be taken by referendum", parsed
 * with "step" the subject of "said" and "Yerevan" its apposition: a name
 * right after a noun, then a verb of saying whose complement follows, is
 * that verb's subject in the noun's bare relative clause; the noun, set
 * off after a comma, is the apposition of the noun before the comma. */
static void repair_said_bare_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                      uint32_t *heads, uint16_t *rels) {
  static const char *const saying[] = {"say", "claim", "believe", "allege", "insist", NULL};
  if (p->rl_relcl < 0 || p->rl_nsubj < 0 || p->rl_appos < 0) return;
  for (size_t a = 3; a + 3 < n; a++) {
    size_t b = a + 1, v = heads[a] ? heads[a] - 1 : n;
    if (!upos_is(&w[a], "NOUN") || !upos_is(&w[b], "PROPN") || heads[b] != a + 1 ||
        !rel_eq(p, rels, b, "appos") || v >= n || v <= b || v > b + 3 ||
        rels[a] != (uint16_t)p->rl_nsubj || !lemma_in(&w[v], saying) ||
        !has_dep(p, heads, rels, n, v, v + 1, n, "ccomp"))
      continue;
    bool between = true; /* only auxiliaries between the name and the verb */
    for (size_t k = b + 1; k < v && between; k++)
      between = upos_is(&w[k], "AUX") && heads[k] == v + 1;
    if (!between || !upos_is(&w[a - 1], "DET") || !form_is(&w[a - 2], ",") ||
        !(upos_is(&w[a - 3], "NOUN") || upos_is(&w[a - 3], "PROPN")))
      continue;
    /* the verb's words before the comma ("what", the object the parse
     * gave it) go to the verb's head, and the noun before the comma may
     * not then lie under the verb */
    uint32_t up = heads[v];
    if (!up) continue; /* (the verb the root: its words would be roots too) */
    uint32_t moved[8];
    size_t nmv = 0;
    for (size_t k = 0; k + 2 < a && nmv < 8; k++)
      if (heads[k] == v + 1) heads[k] = up, moved[nmv++] = (uint32_t)k;
    if (in_subtree(heads, n, a - 3, v)) { /* still under it: leave the parse as it was */
      for (size_t i = 0; i < nmv; i++)
        heads[moved[i]] = (uint32_t)(v + 1);
      continue;
    }
    heads[a] = (uint32_t)(a - 2); /* the noun before the comma */
    rels[a] = (uint16_t)p->rl_appos;
    heads[v] = (uint32_t)(a + 1);
    rels[v] = (uint16_t)p->rl_relcl;
    heads[b] = (uint32_t)(v + 1);
    rels[b] = (uint16_t)p->rl_nsubj;
  }
}

/* The relative words and the verbs of saying or believing that a
 * relative clause may run through ("that critics say", "that it said"). */
static const char *const through_rel[] = {"that", "which", NULL};
static const char *const through_say[] = {"say", "claim", "believe", "allege", "think", NULL};

/* "a bill that critics say would stifle media freedom", parsed with
 * "that" the object of "say", the noun's relative clause, and the clause
 * after it hung on a verb above: the clause is what is said, "that" its
 * subject (after repair_relative_advcl, which would take the clause for
 * the noun's own) */
static void repair_relative_said_object(const nm_parser *p, const nm_pword *w, size_t n,
                                        uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_ccomp < 0 || n < 6) return;
  for (size_t k = 1; k + 3 < n; k++) {
    if (!form_in(&w[k], through_rel) || !rel_eq(p, rels, k, "obj") ||
        !upos_is(&w[k - 1], "NOUN") || !heads[k] || heads[k] - 1 <= k || heads[k] - 1 + 2 >= n)
      continue;
    size_t v = heads[k] - 1, x = v + 1;
    if (heads[v] != k || !rel_eq(p, rels, v, "acl:relcl") || !lemma_in(&w[v], through_say) ||
        v > k + 3 || has_dep(p, heads, rels, n, v, 0, n, "ccomp"))
      continue;
    if ((rel_eq(p, rels, x, "cop") || rel_eq(p, rels, x, "aux")) && heads[x] > x + 1)
      x = heads[x] - 1;
    if (!heads[x] || heads[x] == v + 1 || !upos_is(&w[x], "VERB") ||
        has_dep(p, heads, rels, n, x, 0, n, "nsubj") || in_subtree(heads, n, v, x))
      continue;
    heads[x] = (uint32_t)(v + 1);
    rels[x] = (uint16_t)p->rl_ccomp;
    heads[k] = (uint32_t)(x + 1);
    rels[k] = (uint16_t)p->rl_nsubj;
  }
}

/* "drills that it said were a stern warning", parsed with "that" the
 * marker of "said" and "said" a clause of its own: a relative clause
 * through a verb of saying, whose gap is the subject of the said clause
 * ("that" its subject, "said" the noun's relative clause) */
static void repair_relative_through_said(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  if (p->rl_nsubj < 0 || p->rl_relcl < 0 || n < 6) return;
  for (size_t k = 1; k + 3 < n; k++) {
    if (!form_in(&w[k], through_rel) || !rel_eq(p, rels, k, "mark") ||
        !upos_is(&w[k - 1], "NOUN"))
      continue;
    size_t sj = k + 1, v = k + 2;
    if (upos_is(&w[sj], "DET") && v + 2 < n) sj++, v++;
    if (!(upos_is(&w[sj], "PRON") || nominal(&w[sj])) || heads[sj] != v + 1 ||
        rels[sj] != (uint16_t)p->rl_nsubj || heads[k] != v + 1 || !lemma_in(&w[v], through_say) ||
        !xpos_finite(w[v].xpos) || !xpos_finite(w[v + 1].xpos))
      continue;
    size_t x = v + 1; /* the said clause's predicate: the verb, or what the copula joins */
    if ((rel_eq(p, rels, x, "cop") || rel_eq(p, rels, x, "aux")) && heads[x] > x + 1)
      x = heads[x] - 1;
    if (heads[x] != v + 1 || !rel_eq(p, rels, x, "ccomp") ||
        has_dep(p, heads, rels, n, x, 0, n, "nsubj"))
      continue;
    heads[k] = (uint32_t)(x + 1);
    rels[k] = (uint16_t)p->rl_nsubj;
    heads[v] = (uint32_t)k; /* the noun before "that" */
    rels[v] = (uint16_t)p->rl_relcl;
  }
}

/* "sanctions on seven individuals and entities it accused of supplying
 * drones", parsed with "accused" an adverbial clause of "imposed": a
 * finite verb right after a noun and a personal pronoun, its subject, with
 * no marker of its own, hung as an adverbial clause on a verb above the
 * noun (or as a conjunct without a conjunction), is the noun's relative
 * clause (a bare relative: its gap is the object) */
static void repair_bare_pronoun_relative(const nm_parser *p, const nm_pword *w, size_t n,
                                         uint32_t *heads, uint16_t *rels) {
  static const char *const pron[] = {"it", "they", "he", "she", "we", NULL};
  if (p->rl_relcl < 0 || p->rl_nsubj < 0 || n < 5) return;
  for (size_t v = 2; v < n; v++) {
    size_t s = v - 1, noun = v - 2;
    /* (or as a conjunct with no conjunction of its own) */
    bool conj = rel_eq(p, rels, v, "conj") && !has_cc(p, heads, rels, n, v, 0, n);
    /* (or a one-word name as the subject: "entered waters Indonesia
     * claims", hung as a parenthetical or a bare conjunct) */
    bool name = upos_is(&w[s], "PROPN") && (rel_eq(p, rels, v, "parataxis") || conj) &&
                !(s > 0 && upos_is(&w[s - 1], "PROPN"));
    if (!(rel_eq(p, rels, v, "advcl") || conj || name) || !heads[v] || !xpos_finite(w[v].xpos) ||
        !(form_in(&w[s], pron) || name) || heads[s] != v + 1 ||
        rels[s] != (uint16_t)p->rl_nsubj ||
        !upos_is(&w[noun], "NOUN") || has_dep(p, heads, rels, n, v, 0, n, "mark") ||
        has_dep(p, heads, rels, n, v, v + 1, n, "obj") ||
        has_dep(p, heads, rels, n, v, v + 1, n, "ccomp"))
      continue;
    size_t up = heads[v] - 1; /* the noun hangs below the verb the clause was hung on */
    if (up >= noun || !in_subtree(heads, n, noun, up)) continue;
    heads[v] = (uint32_t)(noun + 1);
    rels[v] = (uint16_t)p->rl_relcl;
  }
}

/* Whatever the repairs above did, the result is a tree: a word whose
 * chain of heads comes back to itself is hung on the root word (the first
 * word with no head; the cycle's first word becomes the root when there is
 * none), with its relation kept. Colours: 0 unseen, 1 on the current
 * walk, 2 done. Returns false when out of memory (the parse is left). */
bool nm_parser_break_cycles(size_t n, uint32_t *heads) {
  unsigned char *col = calloc(n ? n : 1, 1);
  if (!col) return false;
  size_t root = n;
  for (size_t i = 0; i < n && root == n; i++)
    if (heads[i] == 0) root = i;
  for (size_t i = 0; i < n; i++) {
    size_t k = i;
    while (col[k] == 0 && heads[k] != 0 && heads[k] <= n) {
      col[k] = 1;
      k = heads[k] - 1;
    }
    bool cycle = col[k] == 1; /* back on this walk: k is on a cycle */
    for (size_t j = i; col[j] == 1;) { /* the walk is done, before any head changes */
      col[j] = 2;
      if (!heads[j] || heads[j] > n) break;
      j = heads[j] - 1;
    }
    if (cycle) {
      if (root == n) {
        heads[k] = 0;
        root = k;
      } else {
        heads[k] = (uint32_t)(root + 1);
      }
    }
  }
  free(col);
  return true;
}

static void repair_all(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                       uint16_t *rels);
void nm_parser_repair(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                      uint16_t *rels) {
  repair_all(p, w, n, heads, rels);
  (void)nm_parser_break_cycles(n, heads);
}

static void repair_all(const nm_parser *p, const nm_pword *w, size_t n, uint32_t *heads,
                       uint16_t *rels) {
  repair_split_modifier_pair(p, w, n, heads, rels);
  repair_clause_read_as_modifier(p, w, n, heads, rels);
  repair_subject_before_its_phrase(p, w, n, heads, rels);
  repair_title_read_as_complement(p, w, n, heads, rels);
  repair_split_perfect(p, w, n, heads, rels);
  repair_have_participle_object(p, w, n, heads, rels);
  repair_relative_through_said(p, w, n, heads, rels);
  repair_fronted_participle(p, w, n, heads, rels);
  repair_opening_span_of_time(p, w, n, heads, rels);
  repair_prepositional_subject(p, w, n, heads, rels);
  repair_subject_with_preposition(p, w, n, heads, rels);
  repair_split_possessor(p, w, n, heads, rels);
  repair_inverted_among(p, w, n, heads, rels);
  repair_free_relative(p, w, n, heads, rels);
  repair_known_as(p, w, n, heads, rels);
  repair_double_subject(p, w, n, heads, rels);
  repair_joined_subjects(p, w, n, heads, rels);
  repair_adjective_opening_object(p, w, n, heads, rels);
  repair_opening_participle_adjective(p, w, n, heads, rels);
  repair_acting_title(p, w, n, heads, rels);
  repair_title_read_as_clause(p, w, n, heads, rels);
  repair_said_with_two_subjects(p, w, n, heads, rels);
  repair_participle_read_as_subject(p, w, n, heads, rels);
  repair_says_noun_verbed(p, w, n, heads, rels);
  repair_title_subject(p, w, n, heads, rels);
  repair_reduced_relative_conj(p, w, n, heads, rels);
  repair_participle_before_auxiliary(p, w, n, heads, rels);
  repair_second_relative(p, w, n, heads, rels);
  repair_hyphen_participle_name(p, w, n, heads, rels);
  repair_involved_said(p, w, n, heads, rels);
  repair_marked_second_subject(p, w, n, heads, rels);
  repair_subordinate_clause_of_noun(p, w, n, heads, rels);
  repair_verb_conj_of_object(p, w, n, heads, rels);
  repair_noun_list_modifier(p, w, n, heads, rels);
  repair_for_clause(p, w, n, heads, rels);
  repair_list_before_verb(p, w, n, heads, rels);
  repair_list_split_by_subject(p, w, n, heads, rels);
  repair_weekday_before_verb(p, w, n, heads, rels);
  repair_of_phrase_of_oblique(p, w, n, heads, rels);
  repair_opening_phrase_subject(p, w, n, heads, rels);
  repair_headline_pair(p, w, n, heads, rels);
  repair_accused_of(p, w, n, heads, rels);
  repair_invited_to(p, w, n, heads, rels);
  repair_weekday_of_report(p, w, n, heads, rels);
  repair_weekday_before_sayer(p, w, n, heads, rels);
  repair_split_title_field(p, w, n, heads, rels);
  repair_said_in_medium_that(p, w, n, heads, rels);
  repair_participle_aside(p, w, n, heads, rels);
  repair_bare_infinitive_of_help(p, w, n, heads, rels);
  repair_trailing_described_sayer(p, w, n, heads, rels);
  repair_day_subject_of_opening(p, w, n, heads, rels);
  repair_that_determiner(p, w, n, heads, rels);
  repair_subject_before_subordinate(p, w, n, heads, rels);
  repair_said_joined_subjects(p, w, n, heads, rels);
  repair_second_subject_apposed(p, w, n, heads, rels);
  repair_preposition_read_as_mark(p, w, n, heads, rels);
  repair_said_relative(p, w, n, heads, rels);
  repair_subject_before_gerund_mark(p, w, n, heads, rels);
  repair_joint_portfolio_title(p, w, n, heads, rels);
  repair_verb_swallowed_by_relative(p, w, n, heads, rels);
  repair_modal_conj_of_infinitive(p, w, n, heads, rels);
  repair_marked_clause_as_subject(p, w, n, heads, rels);
  repair_opening_place_then_name(p, w, n, heads, rels);
  repair_whose_clause_before_report(p, w, n, heads, rels);
  repair_said_conj_of_relative(p, w, n, heads, rels);
  repair_according_to(p, w, n, heads, rels);
  repair_title_of_portfolio_subject(p, w, n, heads, rels);
  repair_subordinator_read_as_preposition(p, w, n, heads, rels);
  repair_clause_after_semicolon(p, w, n, heads, rels);
  repair_weekday_before_object(p, w, n, heads, rels);
  repair_participle_modifier(p, w, n, heads, rels);
  repair_conj_without_cc(p, w, n, heads, rels);
  repair_apposed_subject(p, w, n, heads, rels);
  repair_split_list(p, w, n, heads, rels);
  repair_name_conjunct(p, w, n, heads, rels);
  repair_subject_after_opening(p, w, n, heads, rels);
  repair_subject_after_place(p, w, n, heads, rels);
  repair_subject_before_of(p, w, n, heads, rels);
  repair_conj_of_participle(p, w, n, heads, rels);
  repair_control_complement(p, w, n, heads, rels);
  repair_infinitive_of_plan(p, w, n, heads, rels);
  repair_split_complement(p, w, n, heads, rels);
  repair_time_before_marker(p, w, n, heads, rels);
  repair_subordinator(p, w, n, heads, rels);
  repair_time_that(p, w, n, heads, rels); /* before its clause becomes a noun's content */
  repair_that_subject(p, w, n, heads, rels);
  repair_said_day(p, w, n, heads, rels);
  repair_that_gap_relative(p, w, n, heads, rels);
  repair_content_clause(p, w, n, heads, rels);
  repair_possessive_gerund(p, w, n, heads, rels);
  repair_relative_advcl(p, w, n, heads, rels);
  repair_whom_clause(p, w, n, heads, rels);
  repair_place_relative(p, w, n, heads, rels);
  repair_relative_said_object(p, w, n, heads, rels);
  repair_that_object_clause(p, w, n, heads, rels);
  repair_said_bare_relative(p, w, n, heads, rels);
  repair_said_clause(p, w, n, heads, rels);
  repair_said_noun_compound(p, w, n, heads, rels);
  repair_bare_relative(p, w, n, heads, rels);
  repair_bare_pronoun_relative(p, w, n, heads, rels);
  repair_said_object_subject(p, w, n, heads, rels);
  repair_said_in_clause(p, w, n, heads, rels);
  repair_report_conj(p, w, n, heads, rels); /* after the said clauses are found */
  repair_report_conj_of_noun(p, w, n, heads, rels);
  repair_past_conj_of_infinitive(p, w, n, heads, rels);
  repair_conj_of_like_auxiliary(p, w, n, heads, rels);
  repair_conj_agreement(p, w, n, heads, rels);
  repair_conj_with_subject_as_object(p, w, n, heads, rels);
  repair_speech_conj_of_report(p, w, n, heads, rels);
  repair_relative_root(p, w, n, heads, rels);
  repair_opening_relative(p, w, n, heads, rels);
  repair_noun_pair_says(p, w, n, heads, rels);
  repair_trailing_says(p, w, n, heads, rels);
  repair_report_with_phrase(p, w, n, heads, rels);
  repair_report_subject_in_list(p, w, n, heads, rels);
  repair_clause_before_report(p, w, n, heads, rels);
  repair_subject_acl_before_report(p, w, n, heads, rels);
  repair_subject_after_opening_phrase(p, w, n, heads, rels);
  repair_conj_past_relative(p, w, n, heads, rels);
  repair_gerund_on_punct(p, w, n, heads, rels);
  repair_report_after_clause(p, w, n, heads, rels);
  repair_midsentence_says(p, w, n, heads, rels);
  repair_comma_gerund_of_report(p, w, n, heads, rels);
  repair_inverted_speaker(p, w, n, heads, rels);
  repair_quote_root_conj(p, w, n, heads, rels);
  repair_said_in_apposition(p, w, n, heads, rels);
  repair_root_name_apposed_subject(p, w, n, heads, rels);
  repair_gerund_modifier_object(p, w, n, heads, rels);
  repair_gerund_conj_modifier(p, w, n, heads, rels);
  repair_marked_gerund_clause(p, w, n, heads, rels);
  repair_zero_relative_subject(p, w, n, heads, rels);
  repair_object_conj_subject(p, w, n, heads, rels);
  repair_late_after_object(p, w, n, heads, rels);
  repair_name_under_comma(p, w, n, heads, rels);
  repair_portfolio_before_title(p, w, n, heads, rels);
  repair_opening_phrase_apposition(p, w, n, heads, rels);
  repair_bare_oblique_name(p, w, n, heads, rels);
  repair_verb_conjunct_of_noun(p, w, n, heads, rels);
  repair_conj_of_set_off_relative(p, w, n, heads, rels);
  repair_report_after_and(p, w, n, heads, rels);
  repair_subject_before_subordinator(p, w, n, heads, rels);
  repair_whose_clause_root(p, w, n, heads, rels);
  repair_punct_root(p, w, n, heads, rels);
  repair_intransitive_relative(p, w, n, heads, rels);
  repair_quote_frame(p, w, n, heads, rels);
  repair_split_subject(p, w, n, heads, rels);
  repair_modifier_pair(p, w, n, heads, rels);
  repair_adjacent_subjects(p, w, n, heads, rels);
  repair_place_split_subject(p, w, n, heads, rels);
  repair_occupied_place(p, w, n, heads, rels);
  repair_while_report(p, w, n, heads, rels);
  repair_trailing_gerund(p, w, n, heads, rels);
  repair_comma_gerund_of_object(p, w, n, heads, rels);
  repair_saying_of_report(p, w, n, heads, rels);
  repair_saying_subject_clause(p, w, n, heads, rels);
  repair_marked_subject(p, w, n, heads, rels);
  repair_titled_name_conjunct(p, w, n, heads, rels);
  repair_subject_after_participle(p, w, n, heads, rels);
  repair_sum_in_kind(p, w, n, heads, rels);
  repair_coordinated_complement(p, w, n, heads, rels);
  repair_determined_participle(p, w, n, heads, rels);
  repair_adjective_root(p, w, n, heads, rels);
  int nsubj = p->rl_nsubj, acl = p->rl_acl;
  if (nsubj < 0 || acl < 0 || n < 4) return;
  size_t r = n;
  for (size_t i = 0; i < n; i++)
    if (heads[i] == 0) {
      if (r != n) return; /* more than one root */
      r = i;
    }
  if (r == n || !w[r].upos ||
      (strcmp(w[r].upos, "NOUN") && strcmp(w[r].upos, "PROPN") && strcmp(w[r].upos, "PRON")))
    return;
  /* the root noun has no subject or copula of its own: no nominal
   * predicate ("The plan is a trap") */
  for (size_t i = 0; i < n; i++) {
    if (heads[i] != r + 1) continue;
    const char *rel = nm_parser_rel(p, rels[i]);
    if (!strncmp(rel, "nsubj", 5) || !strcmp(rel, "cop") || !strncmp(rel, "csubj", 5) ||
        !strcmp(rel, "expl"))
      return;
  }
  /* the first finite verb after the root, right after a comma, that the
   * parse hung from a noun of the root's phrase as a clause with no
   * subject, relative word or marker of its own; or right after the root
   * noun itself ("Zambia extradited suspected militant X to Britain": a
   * finite verb is no reduced relative without a subject of its own) */
  /* ... or a past participle right after the root noun's phrase (the
   * words between hang inside it) in a sentence with no finite verb
   * outside the participle's clause, with no auxiliary of its own and an
   * object, a complement or a purpose clause with "to" ("European Union
   * trade ministers agreed on Friday to raise tariffs", "Thousands of
   * protesters marched … to demand …", tagged VBN: no reduced relative
   * makes a sentence) */
  size_t pv = r + 1; /* the participle's place: after words of the phrase, no punctuation */
  while (pv < n && pv < r + 16 && !upos_is(&w[pv], "VERB") && !upos_is(&w[pv], "AUX") &&
         !upos_is(&w[pv], "PUNCT")) {
    size_t up = pv;
    for (int k = 0; k < 8 && up != r && heads[up] != 0; k++)
      up = heads[up] - 1;
    if (up != r) break;
    pv++;
  }
  if (has_dep(p, heads, rels, n, r, 0, r, "case")) pv = n; /* "From the amount of time spent …" */
  bool finite = false; /* a finite verb outside the participle's clause */
  for (size_t i = 0; i < n && !finite; i++) {
    if (!xpos_finite(w[i].xpos) && !xpos_is(&w[i], "MD")) continue;
    size_t up = i;
    for (int k = 0; k < 32 && up != pv && heads[up] != 0; k++)
      up = heads[up] - 1;
    finite = up != pv;
  }
  for (size_t v = r + 1; v < n; v++) {
    bool participle = !finite && v == pv && xpos_is(&w[v], "VBN") && heads[v] == r + 1 &&
                      v + 2 < n && !has_dep(p, heads, rels, n, v, 0, n, "aux") &&
                      (has_dep(p, heads, rels, n, v, v, n, "obj") ||
                       has_dep(p, heads, rels, n, v, v, n, "ccomp") ||
                       has_dep(p, heads, rels, n, v, v, n, "xcomp") ||
                       to_purpose(p, w, n, heads, rels, v));
    if (!xpos_finite(w[v].xpos) && !participle) continue;
    bool next = (v == r + 1 || participle) && heads[v] == r + 1 && !xpos_is(&w[v], "MD");
    if (rels[v] != (uint16_t)acl || (!next && (v == r + 1 || w[v - 1].len != 1 ||
                                              w[v - 1].form[0] != ',')))
      return;
    size_t h = heads[v] - 1, up = h;
    for (int k = 0; k < 8 && heads[up] != 0; k++)
      up = heads[up] - 1;
    if (up != r || h < r) return;
    for (size_t i = 0; i < n; i++) {
      if (heads[i] != v + 1) continue;
      const char *rel = nm_parser_rel(p, rels[i]);
      if (!strncmp(rel, "nsubj", 5) || !strcmp(rel, "mark") || !strncmp(rel, "csubj", 5) ||
          !strcmp(rel, "expl") || (i < v && w[i].xpos && w[i].xpos[0] == 'W'))
        return;
    }
    for (size_t i = v + 1; i < n; i++) /* what follows the verb is the verb's */
      if (heads[i] == r + 1) heads[i] = (uint32_t)(v + 1);
    heads[v] = 0;
    rels[v] = (uint16_t)p->root;
    heads[r] = (uint32_t)(v + 1);
    rels[r] = (uint16_t)nsubj;
    return;
  }
}

/* Label groups: the transition model chooses the kind of relation along
 * with the transition (subjects, complements, verb modifiers, noun
 * modifiers, function words, coordination and the rest, punctuation). */
unsigned nm_parser_label_groups(const nm_plabel *lab, unsigned L, uint8_t *group) {
  static const char *const names[] = {
      "nsubj 0",     "csubj 0",     "expl 0",      "obj 1",       "iobj 1",  "ccomp 1",
      "xcomp 1",     "obl 2",       "advmod 2",    "advcl 2",     "discourse 2",
      "vocative 2",  "dislocated 2", "nmod 3",     "appos 3",     "nummod 3", "amod 3",
      "acl 3",       "det 4",       "case 4",      "mark 4",      "clf 4",   "aux 5",
      "cop 5",       "cc 5",        "conj 6",      "parataxis 6", "list 6",  "compound 6",
      "flat 6",      "fixed 6",     "goeswith 6",  "orphan 6",    "reparandum 6",
      "dep 6",       "punct 7",     "root 7"};
  for (unsigned i = 0; i < L; i++) {
    const char *nm = lab[lab[i].base].name;
    size_t u = strcspn(nm, ":|");
    group[i] = 6;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
      size_t nl = strcspn(names[k], " ");
      if (nl == u && !memcmp(names[k], nm, u)) group[i] = (uint8_t)(names[k][nl + 1] - '0');
    }
  }
  return 8;
}

/* --- word values */

#define NM_PV_NONE 0x51ed270b27a1f0c3ULL
#define NM_PV_ROOT 0x2545f4914f6cdd1dULL

void nm_parser_values(const nm_pword *words, size_t n, nm_pval *v) {
  v[0].w = v[0].p = v[0].u = v[0].x = NM_PV_NONE;
  v[n + 1].w = v[n + 1].p = v[n + 1].u = v[n + 1].x = NM_PV_ROOT;
  for (size_t i = 0; i < n; i++) {
    unsigned char low[64];
    size_t m = nm_lower64(words[i].form, words[i].len, low);
    v[i + 1].w = nm_hash_bytes(low, m, 1);
    v[i + 1].x = nm_hash_bytes(low + (m > 3 ? m - 3 : 0), m > 3 ? 3 : m, 23);
    const char *x = words[i].xpos ? words[i].xpos : "_", *u = words[i].upos ? words[i].upos : "_";
    v[i + 1].p = nm_hash_bytes((const unsigned char *)x, strlen(x), 21);
    v[i + 1].u = nm_hash_bytes((const unsigned char *)u, strlen(u), 22);
  }
}

/* --- deprojectivisation */

/* Children lists in CSR form: kids[first[h] .. first[h+1]) in word order. */
static void build_children(uint32_t n, const uint32_t *heads, uint32_t *first, uint32_t *kids) {
  memset(first, 0, (n + 2) * sizeof *first);
  for (uint32_t i = 1; i <= n; i++)
    first[heads[i - 1] + 1]++;
  for (uint32_t h = 0; h <= n; h++)
    first[h + 1] += first[h];
  uint32_t *fill = first + n + 2; /* n + 1 cursors after the offsets */
  memcpy(fill, first, (n + 1) * sizeof *fill);
  for (uint32_t i = 1; i <= n; i++)
    kids[fill[heads[i - 1]]++] = i;
}

/* Bounds that keep undoing the lifts linear in a damaged model's worst
 * case: moves per sentence, words visited per search and in all. */
enum { DEPROJ_MAX_MOVES = 256, DEPROJ_MAX_VISITS = 4096, DEPROJ_MAX_TOTAL = 1 << 20 };

void nm_parser_deprojectivize(const nm_plabel *lab, uint32_t n, uint32_t *heads,
                              uint16_t *labels) {
  uint32_t moves = 0;
  uint64_t budget = DEPROJ_MAX_TOTAL; /* visits for the whole sentence */
  uint32_t *mem = NULL;
  bool stale = true; /* the children lists do not match heads yet */
  for (uint32_t i = 1; i <= n; i++) {
    const nm_plabel *li = &lab[labels[i - 1]];
    if (li->lifted_from < 0) continue;
    labels[i - 1] = li->base;
    uint32_t h = heads[i - 1];
    if (h == 0 || moves >= DEPROJ_MAX_MOVES || budget < 2 * DEPROJ_MAX_VISITS) continue;
    if (!mem) {
      /* first (n+2), cursors (n+1), kids (n), queue (n) */
      mem = malloc(((size_t)4 * n + 3) * sizeof *mem);
      if (!mem) { /* out of memory: strip the labels, keep the heads */
        moves = DEPROJ_MAX_MOVES;
        continue;
      }
    }
    uint32_t *first = mem, *kids = mem + 2 * (size_t)n + 3, *queue = kids + n;
    if (stale) { /* only a move changes them */
      build_children(n, heads, first, kids);
      stale = false;
    }
    /* breadth-first below h, left to right, skipping i's subtree; no
     * more is queued than is visited */
    uint32_t qh = 0, qt = 0, found = 0, visits = 0;
    for (uint32_t k = first[h]; k < first[h + 1] && qt < DEPROJ_MAX_VISITS; k++)
      if (kids[k] != i) queue[qt++] = kids[k];
    while (qh < qt && !found && visits < DEPROJ_MAX_VISITS) {
      visits++;
      uint32_t c = queue[qh++];
      if (lab[labels[c - 1]].base == (uint16_t)li->lifted_from) {
        found = c;
        break;
      }
      for (uint32_t k = first[c]; k < first[c + 1] && qt < DEPROJ_MAX_VISITS; k++)
        if (kids[k] != i && qt < n) queue[qt++] = kids[k];
    }
    budget -= visits + qt;
    if (found) {
      heads[i - 1] = found;
      moves++;
      stale = true;
    }
  }
  free(mem);
}

/* --- parsing */

nm_status nm_parser_parse(const nm_parser *p, const nm_pword *words, size_t n, uint32_t *heads,
                          uint16_t *rels) {
  if (n == 0) return NM_OK;
  if (n > UINT32_MAX - 8) return NM_ERR_INVALID;
  nm_pstate s;
  if (!nm_pstate_alloc(&s, (uint32_t)n)) return NM_ERR_NOMEM;
  nm_pval *v = malloc((n + 2) * sizeof *v);
  if (!v) {
    free(s.mem);
    return NM_ERR_NOMEM;
  }
  nm_parser_values(words, n, v);
  nm_pstate_reset(&s);
  const unsigned L = p->L, root = p->root, G = p->G, C = 1 + 2 * G;
  int32_t scores[NM_PARSER_MAX_LABELS];
  uint64_t f[NM_PARSER_NFEAT];
  while (!nm_pstate_done(&s)) {
    if (nm_proot_arc(&s)) {
      nm_papply(&s, NM_P_LEFT, root);
      continue;
    }
    unsigned legal = nm_plegal(&s);
    if (legal == 1u << NM_P_SHIFT) { /* an empty stack: nothing to score */
      nm_papply(&s, NM_P_SHIFT, 0);
      continue;
    }
    nm_parser_features(&s, v, f);
    for (int k = 0; k < NM_PARSER_NFEAT; k++)
      nm_ap_dense_prefetch(&p->arcs, f[k]);
    const int16_t *rows[NM_PARSER_NFEAT];
    nm_ap_list lists[NM_PARSER_NFEAT];
    int nr = 0, nli = 0;
    int32_t sc[NM_AP_DENSE_MAX] = {0}, dsum[NM_AP_DENSE_MAX];
    for (int k = 0; k < NM_PARSER_NFEAT; k++)
      nm_ap_dense_lookup(&p->arcs, f[k], sc, rows, &nr, lists, &nli);
    nm_ap_dense_add_lists(lists, nli, sc);
    nm_ap_dense_sum(&p->arcs, rows, nr, dsum);
    for (unsigned c = 0; c < C; c++)
      sc[c] += dsum[c];
    /* class 0 SHIFT, 1 + g LEFT, 1 + G + g RIGHT */
    unsigned best = C;
    for (unsigned c = 0; c < C; c++) {
      unsigned kind = c == 0 ? NM_P_SHIFT : c <= G ? NM_P_LEFT : NM_P_RIGHT;
      if ((legal >> kind & 1) && (best == C || sc[c] > sc[best])) best = c;
    }
    unsigned kind = best == 0 ? NM_P_SHIFT : best <= G ? NM_P_LEFT : NM_P_RIGHT, l = 0;
    unsigned g = kind == NM_P_SHIFT ? 0 : (best - 1) % G;
    if (kind != NM_P_SHIFT && p->group_first[g + 1] - p->group_first[g] == 1) {
      l = p->in_group[p->group_first[g]]; /* a group of one label (punct) needs no label model */
    } else if (kind != NM_P_SHIFT) {
      uint32_t h, d;
      nm_parc_ends(&s, kind, &h, &d);
      nm_parser_label_features(&s, v, kind, h, d, f);
      for (int k = 0; k < NM_PARSER_NLFEAT; k++)
        nm_ap_table_prefetch(&p->labels, f[k]);
      /* find every row and ask for it before reading any, so that the
       * misses overlap */
      const uint32_t *lrows[NM_PARSER_NLFEAT];
      int nl = 0;
      for (int k = 0; k < NM_PARSER_NLFEAT; k++)
        if ((lrows[nl] = nm_ap_table_find(&p->labels, f[k])) != NULL) __builtin_prefetch(lrows[nl++]);
      memset(scores, 0, L * sizeof *scores);
      for (int r = 0; r < nl; r++)
        for (uint32_t k = 1; k <= lrows[r][0]; k++)
          scores[lrows[r][k] & 0xFFFF] += (int16_t)(uint16_t)(lrows[r][k] >> 16);
      /* the best label of the group; any label if the group has none */
      unsigned top = L;
      for (uint32_t k = p->group_first[g]; k < p->group_first[g + 1]; k++)
        if (top == L || scores[p->in_group[k]] > scores[top]) top = p->in_group[k];
      if (top == L)
        for (unsigned c = 0; c < L; c++)
          if (c != root && (top == L || scores[c] > scores[top])) top = c;
      l = top;
    }
    nm_papply(&s, kind, l);
  }
  for (size_t i = 1; i <= n; i++) {
    heads[i - 1] = s.head[i] == n + 1 ? 0 : s.head[i];
    rels[i - 1] = (uint16_t)(s.label[i] - 1);
  }
  nm_parser_deprojectivize(p->lab, (uint32_t)n, heads, rels);
  free(v);
  free(s.mem);
  return NM_OK;
}
