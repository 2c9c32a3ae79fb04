/* test_ner.c - the NER labeller: which labels may follow which, document
 * context bits, training a tiny model on invented sentences and tagging
 * held-out ones, well-formed label sequences on any input, determinism, and
 * rejecting damaged model files; then the mentions stage on a segmented
 * document with that model.
 *
 * Every sentence here is built in code from templates and invented names
 * (syllables put together), so no text comes from real articles.
 *
 * The fuzz seed model is written by this program too:
 *   NM_NER_SEED_DIR=fuzz/corpus/fuzz_ner build/tests/test_ner
 * writes fuzz/corpus/fuzz_ner/tiny.nmm (a model trained on a few of these
 * sentences) and tiny-tail.nmm (the same model followed by bytes that
 * fuzz_ner turns into sentences). */
#include "doc.h"
#include "entities.h"
#include "model.h"
#include "ner.h"
#include "test.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char model_a[64], model_b[64], model_c[64];

/* --- invented sentences */

enum { MAXW = 40, NAMES = 24 };

typedef struct tw {
  const char *form, *upos, *xpos; /* form "$F" etc. is a slot */
} tw;

/* Slots: $F first name, $S surname, $O organisation word, $W optional
 * middle word of an organisation, $A organisation head, $P place. */
static const tw t0[] = {{"Mr.", "PROPN", "NNP"}, {"$F", 0, 0},          {"$S", 0, 0},
                        {"met", "VERB", "VBD"},  {"officials", "NOUN", "NNS"},
                        {"of", "ADP", "IN"},     {"the", "DET", "DT"},  {"$O", 0, 0},
                        {"$A", 0, 0},            {"in", "ADP", "IN"},   {"$P", 0, 0},
                        {".", "PUNCT", "."},     {NULL, 0, 0}};
static const tw t1[] = {{"$F", 0, 0},           {"$S", 0, 0},           {",", "PUNCT", ","},
                        {"who", "PRON", "WP"},  {"leads", "VERB", "VBZ"}, {"the", "DET", "DT"},
                        {"$O", 0, 0},           {"$W", 0, 0},           {"$A", 0, 0},
                        {",", "PUNCT", ","},    {"arrived", "VERB", "VBD"}, {"in", "ADP", "IN"},
                        {"$P", 0, 0},           {"on", "ADP", "IN"},    {"Monday", "PROPN", "NNP"},
                        {".", "PUNCT", "."},    {NULL, 0, 0}};
static const tw t2[] = {{"In", "ADP", "IN"},    {"$P", 0, 0},           {",", "PUNCT", ","},
                        {"the", "DET", "DT"},   {"$O", 0, 0},           {"$A", 0, 0},
                        {"said", "VERB", "VBD"}, {"Ms.", "PROPN", "NNP"}, {"$F", 0, 0},
                        {"$S", 0, 0},           {"would", "AUX", "MD"}, {"resign", "VERB", "VB"},
                        {".", "PUNCT", "."},    {NULL, 0, 0}};
static const tw t3[] = {{"Officials", "NOUN", "NNS"}, {"of", "ADP", "IN"}, {"the", "DET", "DT"},
                        {"$O", 0, 0},           {"$A", 0, 0},           {"in", "ADP", "IN"},
                        {"$P", 0, 0},           {"praised", "VERB", "VBD"}, {"$F", 0, 0},
                        {"$S", 0, 0},           {".", "PUNCT", "."},    {NULL, 0, 0}};
static const tw t4[] = {{"$S", 0, 0},           {"told", "VERB", "VBD"}, {"reporters", "NOUN", "NNS"},
                        {"in", "ADP", "IN"},    {"$P", 0, 0},           {"that", "SCONJ", "IN"},
                        {"the", "DET", "DT"},   {"$O", 0, 0},           {"$W", 0, 0},
                        {"$A", 0, 0},           {"was", "AUX", "VBD"},  {"ready", "ADJ", "JJ"},
                        {".", "PUNCT", "."},    {NULL, 0, 0}};
static const tw t5[] = {{"The", "DET", "DT"},   {"$O", 0, 0},           {"$A", 0, 0},
                        {"hired", "VERB", "VBD"}, {"$F", 0, 0},         {"$S", 0, 0},
                        {"last", "ADJ", "JJ"},  {"year", "NOUN", "NN"}, {".", "PUNCT", "."},
                        {NULL, 0, 0}};
static const tw *const templates[] = {t0, t1, t2, t3, t4, t5};
enum { NTEMPL = sizeof templates / sizeof templates[0] };

static const char *const org_heads[] = {"Agency", "Council", "Bank", "Institute", "Authority",
                                        "Federation"};
static const char *const org_mids[] = {"Water", "Trade", "Rail", "Harbor"};

/* Names built from syllables: one set for training, another for held-out
 * sentences, so that held-out names are never seen in training. */
typedef struct names {
  char first[NAMES][16], sur[NAMES][24], org[NAMES][16], place[NAMES][20];
} names;
static names train_names, test_names;

static void cap_join(char *out, size_t cap, const char *a, const char *b, const char *c) {
  snprintf(out, cap, "%s%s%s", a, b, c);
  if (out[0] >= 'a' && out[0] <= 'z') out[0] = (char)(out[0] - 32);
}

static void make_names(names *nm, const char *const *syl, size_t ns) {
  static const char *const place_end[] = {"ora", "ia", "ton", "mar"};
  for (size_t i = 0; i < NAMES; i++) {
    const char *a = syl[i % ns], *b = syl[(i * 5 + 3) % ns], *c = syl[(i * 7 + 1) % ns];
    cap_join(nm->first[i], sizeof nm->first[i], a, b, "");
    cap_join(nm->sur[i], sizeof nm->sur[i], c, a, "t");
    cap_join(nm->org[i], sizeof nm->org[i], b, c, "");
    cap_join(nm->place[i], sizeof nm->place[i], c, b, place_end[i % 4]);
  }
}

typedef struct sent {
  nm_nword w[MAXW];
  uint8_t gold[MAXW];
  size_t n;
} sent;

static uint64_t rng_next(uint64_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 7;
  *s ^= *s << 17;
  return *s;
}

static unsigned lab(unsigned type, unsigned part) { return nm_ner_label(type, part); }

/* Builds one sentence from template t with names from nm (choices from
 * rng); places get a gazetteer match (city, one token) half of the time. */
static void build_sent(sent *s, const tw *t, const names *nm, uint64_t *rng) {
  size_t f = rng_next(rng) % NAMES, su = rng_next(rng) % NAMES, o = rng_next(rng) % NAMES,
         p = rng_next(rng) % NAMES;
  const char *head = org_heads[rng_next(rng) % 6], *mid = org_mids[rng_next(rng) % 4];
  bool gz = rng_next(rng) % 2;
  s->n = 0;
  for (const tw *k = t; k->form && s->n < MAXW; k++) {
    nm_nword *w = &s->w[s->n];
    memset(w, 0, sizeof *w);
    unsigned g = 0;
    const char *form = k->form;
    if (form[0] == '$') {
      w->upos = "PROPN";
      w->xpos = "NNP";
      bool sur_alone = true; /* $S not after $F */
      if (s->n && k[-1].form[0] == '$' && k[-1].form[1] == 'F') sur_alone = false;
      switch (form[1]) {
      case 'F':
        form = nm->first[f];
        g = lab(NM_NER_PERSON, NM_NER_B);
        break;
      case 'S':
        form = nm->sur[su];
        g = lab(NM_NER_PERSON, sur_alone ? NM_NER_U : NM_NER_L);
        break;
      case 'O':
        form = nm->org[o];
        g = lab(NM_NER_ORG, NM_NER_B);
        break;
      case 'W':
        form = mid;
        g = lab(NM_NER_ORG, NM_NER_I);
        break;
      case 'A':
        form = head;
        g = lab(NM_NER_ORG, NM_NER_L);
        break;
      default:
        form = nm->place[p];
        g = lab(NM_NER_PLACE, NM_NER_U);
        if (gz) w->gz = 2u /* NM_GZ_CITY */ | 4u << 16;
        break;
      }
    } else {
      w->upos = k->upos;
      w->xpos = k->xpos;
    }
    w->form = form;
    w->len = strlen(form);
    s->gold[s->n++] = (uint8_t)g;
  }
}

/* Document context for sentences s[0..n) taken as one document. */
static void doc_context(sent *s, size_t n) {
  nm_nword w[MAXW * 4];
  size_t starts[4] = {0}, k = 0, ns = n < 4 ? n : 4;
  for (size_t i = 0; i < ns; i++) {
    starts[i] = k;
    memcpy(w + k, s[i].w, s[i].n * sizeof *w);
    k += s[i].n;
  }
  nm_ner_context(w, k, starts, ns);
  k = 0;
  for (size_t i = 0; i < n && i < 4; i++)
    for (size_t j = 0; j < s[i].n; j++)
      s[i].w[j].ctx = w[k++].ctx;
}

enum { NTRAIN = 360, NTEST = 60 };
static sent train_set[NTRAIN], test_set[NTEST];
static nm_ner_sent train_refs[NTRAIN], test_refs[NTEST];

static void build_data(void) {
  static const char *const syl_a[] = {"ka", "lo", "ren", "ti", "vo", "mar", "sel", "dan",
                                      "bri", "tu", "ne", "gor", "vel", "sa", "dro"};
  static const char *const syl_b[] = {"pe", "zu", "lin", "qua", "hob", "ri", "dez",
                                      "fa", "mun", "ost", "yel", "cav", "bex"};
  make_names(&train_names, syl_a, sizeof syl_a / sizeof *syl_a);
  make_names(&test_names, syl_b, sizeof syl_b / sizeof *syl_b);
  uint64_t rng = 0x9E3779B97F4A7C15ULL;
  for (size_t i = 0; i < NTRAIN; i++) {
    build_sent(&train_set[i], templates[i % NTEMPL], &train_names, &rng);
    train_refs[i] = (nm_ner_sent){train_set[i].w, train_set[i].gold, train_set[i].n};
  }
  for (size_t i = 0; i < NTEST; i++) {
    build_sent(&test_set[i], templates[i % NTEMPL], &test_names, &rng);
    test_refs[i] = (nm_ner_sent){test_set[i].w, test_set[i].gold, test_set[i].n};
  }
  /* documents of three sentences, so that names recur (and get
   * NM_NCTX_UPPER_ELSEWHERE) as in real articles */
  for (size_t i = 0; i < NTRAIN; i += 3)
    doc_context(&train_set[i], NTRAIN - i < 3 ? NTRAIN - i : 3);
  for (size_t i = 0; i < NTEST; i += 3)
    doc_context(&test_set[i], NTEST - i < 3 ? NTEST - i : 3);
}

static nm_status train(const char *out, uint64_t seed, const nm_ner_sent *tr, size_t n_tr,
                       const nm_ner_sent *dev, size_t n_dev, float prune) {
  nm_ner_train_opts o;
  memset(&o, 0, sizeof o);
  o.train = tr;
  o.n_train = n_tr;
  o.dev = dev;
  o.n_dev = n_dev;
  o.out = out;
  o.epochs = 6;
  o.seed = seed;
  o.prune = prune;
  nm_error e = {NM_OK, NULL, 0};
  nm_status st = nm_ner_train(&o, &e);
  if (st != NM_OK) fprintf(stderr, "nm_ner_train: %s\n", e.msg ? e.msg : "(no message)");
  return st;
}

/* --- well-formed label sequences */

static const char *part_name(unsigned l) {
  static const char *const p[] = {"B", "I", "L", "U"};
  return l ? p[nm_ner_part(l)] : "O";
}

/* True when labels[0..n) are labels and form well-nested spans: each
 * follows the one before it (O at the start), and none is left open at the
 * end. Says why when not. */
static bool well_formed(const uint8_t *labels, size_t n) {
  unsigned prev = 0;
  for (size_t i = 0; i < n; i++) {
    if (labels[i] >= NM_NER_NLABELS) {
      fprintf(stderr, "word %zu: label %u out of range\n", i, labels[i]);
      return false;
    }
    if (!nm_ner_allowed(prev, labels[i])) {
      fprintf(stderr, "word %zu: %s-%u after %s-%u\n", i, part_name(labels[i]),
              labels[i] ? nm_ner_type(labels[i]) : 0, part_name(prev), prev ? nm_ner_type(prev) : 0);
      return false;
    }
    prev = labels[i];
  }
  if (prev && (nm_ner_part(prev) == NM_NER_B || nm_ner_part(prev) == NM_NER_I)) {
    fprintf(stderr, "the last word (%zu) leaves a span open: %s\n", n - 1, part_name(prev));
    return false;
  }
  return true;
}

/* Tags words[0..n) and checks the labels; labels past n must stay
 * untouched. */
static bool tag_checked(const nm_ner *m, const nm_nword *w, size_t n, uint8_t *labels) {
  uint8_t buf[MAXW * 2 + 1];
  memset(buf, 0xEE, sizeof buf);
  if (n > MAXW * 2) return false;
  nm_status st = nm_ner_tag(m, w, n, buf);
  if (st != NM_OK) {
    fprintf(stderr, "nm_ner_tag: status %d\n", (int)st);
    return false;
  }
  if (buf[n] != 0xEE) {
    fprintf(stderr, "nm_ner_tag wrote past word %zu\n", n);
    return false;
  }
  if (labels) memcpy(labels, buf, n);
  return well_formed(buf, n);
}

/* --- tests */

NM_TEST(allowed_transitions) {
  NM_CHECK_EQ_INT(NM_NER_NLABELS, 13);
  /* the label numbering */
  for (unsigned t = 0; t < NM_NER_NTYPES; t++)
    for (unsigned p = 0; p < 4; p++) {
      unsigned l = nm_ner_label(t, p);
      NM_CHECK(l >= 1 && l < NM_NER_NLABELS);
      NM_CHECK_EQ_INT(nm_ner_type(l), t);
      NM_CHECK_EQ_INT(nm_ner_part(l), p);
    }
  /* every pair: B and I must be followed by I or L of their type; O, L and
   * U (and the sentence start, 0) by O, B or U of any type */
  int bad = 0;
  for (unsigned a = 0; a < NM_NER_NLABELS; a++)
    for (unsigned b = 0; b < NM_NER_NLABELS; b++) {
      bool a_open = a && (nm_ner_part(a) == NM_NER_B || nm_ner_part(a) == NM_NER_I);
      bool want;
      if (a_open)
        want = b && nm_ner_type(b) == nm_ner_type(a) &&
               (nm_ner_part(b) == NM_NER_I || nm_ner_part(b) == NM_NER_L);
      else
        want = !b || nm_ner_part(b) == NM_NER_B || nm_ner_part(b) == NM_NER_U;
      if ((nm_ner_allowed(a, b) != 0) != want) {
        fprintf(stderr, "nm_ner_allowed(%u, %u) = %d\n", a, b, nm_ner_allowed(a, b));
        bad++;
      }
    }
  NM_CHECK_EQ_INT(bad, 0);
  /* a few spelled out */
  unsigned bp = lab(NM_NER_PERSON, NM_NER_B), ip = lab(NM_NER_PERSON, NM_NER_I),
           lp = lab(NM_NER_PERSON, NM_NER_L), up = lab(NM_NER_PERSON, NM_NER_U),
           lo = lab(NM_NER_ORG, NM_NER_L), bo = lab(NM_NER_ORG, NM_NER_B);
  NM_CHECK(nm_ner_allowed(0, 0) && nm_ner_allowed(0, bp) && nm_ner_allowed(0, up));
  NM_CHECK(!nm_ner_allowed(0, ip) && !nm_ner_allowed(0, lp));
  NM_CHECK(nm_ner_allowed(bp, ip) && nm_ner_allowed(bp, lp) && nm_ner_allowed(ip, lp));
  NM_CHECK(!nm_ner_allowed(bp, 0) && !nm_ner_allowed(ip, 0) && !nm_ner_allowed(bp, lo));
  NM_CHECK(!nm_ner_allowed(bp, bp) && !nm_ner_allowed(bp, up));
  NM_CHECK(nm_ner_allowed(lp, bo) && nm_ner_allowed(up, up) && nm_ner_allowed(lp, 0));
  NM_CHECK(!nm_ner_allowed(lp, lp) && !nm_ner_allowed(up, ip));
}

static nm_nword wd(const char *s) {
  nm_nword w;
  memset(&w, 0, sizeof w);
  w.form = s;
  w.len = strlen(s);
  return w;
}

NM_TEST(context_bits) {
  /* 0: "Police said Harbor Bank closed ."  6: "The harbor was quiet ."
   * 11: "Harbor Bank reopened ."  15: "Police" */
  const char *forms[] = {"Police", "said",   "Harbor", "Bank",     "closed", ".",
                         "The",    "harbor", "was",    "quiet",    ".",      "Harbor",
                         "Bank",   "reopened", ".",    "Police"};
  enum { N = sizeof forms / sizeof *forms };
  nm_nword w[N];
  for (size_t i = 0; i < N; i++) {
    w[i] = wd(forms[i]);
    w[i].ctx = 0xFFFF0000u; /* overwritten */
  }
  size_t starts[] = {0, 6, 11, 15};
  NM_CHECK_EQ_INT(nm_ner_context(w, N, starts, 4), NM_OK);
  const uint32_t S = NM_NCTX_SENT_START, LO = NM_NCTX_LOWER_ELSEWHERE,
                 UP = NM_NCTX_UPPER_ELSEWHERE;
  /* "Police" only starts sentences: capitalised nowhere else */
  NM_CHECK_EQ_INT(w[0].ctx, S);
  NM_CHECK_EQ_INT(w[15].ctx, S);
  /* lower-case words get no evidence bits */
  NM_CHECK_EQ_INT(w[1].ctx, 0);
  NM_CHECK_EQ_INT(w[7].ctx, 0);
  NM_CHECK_EQ_INT(w[9].ctx, 0);
  NM_CHECK_EQ_INT(w[5].ctx, 0);
  /* "Harbor" mid-sentence: "harbor" occurs; its own capital does not count */
  NM_CHECK_EQ_INT(w[2].ctx, LO);
  /* "Harbor" starting a sentence: lower elsewhere, capitalised mid-sentence elsewhere */
  NM_CHECK_EQ_INT(w[11].ctx, S | LO | UP);
  /* "Bank" twice mid-sentence: each sees the other */
  NM_CHECK_EQ_INT(w[3].ctx, UP);
  NM_CHECK_EQ_INT(w[12].ctx, UP);
  /* "The" starts a sentence; "the" never occurs */
  NM_CHECK_EQ_INT(w[6].ctx, S);

  /* case is ignored when words are compared ("RIVERS" is "Rivers") */
  nm_nword v[4] = {wd("Rivers"), wd("said"), wd("RIVERS"), wd("rivers")};
  size_t st0 = 0;
  NM_CHECK_EQ_INT(nm_ner_context(v, 4, &st0, 1), NM_OK);
  NM_CHECK_EQ_INT(v[0].ctx, S | LO | UP);
  NM_CHECK_EQ_INT(v[2].ctx, LO);
  NM_CHECK_EQ_INT(v[3].ctx, 0);

  /* no sentence starts given; an empty word; no words at all */
  nm_nword u[3] = {wd("Vel"), wd(""), wd("Vel")};
  NM_CHECK_EQ_INT(nm_ner_context(u, 3, NULL, 0), NM_OK);
  NM_CHECK_EQ_INT(u[0].ctx, UP);
  NM_CHECK_EQ_INT(u[1].ctx, 0);
  NM_CHECK_EQ_INT(u[2].ctx, UP);
  size_t st1 = 1;
  NM_CHECK_EQ_INT(nm_ner_context(u, 3, &st1, 1), NM_OK);
  NM_CHECK_EQ_INT(u[1].ctx, S); /* an empty word may start a sentence */
  NM_CHECK_EQ_INT(u[0].ctx, UP);
  NM_CHECK_EQ_INT(u[2].ctx, UP);
  NM_CHECK_EQ_INT(nm_ner_context(NULL, 0, NULL, 0), NM_OK);

  /* many distinct words (the table grows with the document) */
  enum { M = 3000 };
  static char buf[M][12];
  static nm_nword many[M];
  for (size_t i = 0; i < M; i++) {
    snprintf(buf[i], sizeof buf[i], "%cw%zu", i % 2 ? 'W' : 'w', i / 4);
    many[i] = wd(buf[i]);
  }
  size_t st2 = 0;
  NM_CHECK_EQ_INT(nm_ner_context(many, M, &st2, 1), NM_OK);
  /* words 4k+1 ("Wk") and 4k+3 ("Wk") are capitalised twice, 4k and 4k+2 lower */
  bool ok = true;
  for (size_t i = 1; i < M; i++) {
    uint32_t want = i % 2 ? (LO | UP) : 0;
    if (many[i].ctx != want) ok = false;
  }
  NM_CHECK(ok);
}

NM_TEST(train_and_tag_held_out) {
  NM_CHECK_EQ_INT(train(model_a, 7, train_refs, NTRAIN, NULL, 0, 0), NM_OK);
  nm_error e = {NM_OK, NULL, 0};
  nm_ner *m = nm_ner_open(model_a, &e);
  NM_CHECK(m != NULL);
  if (!m) return;
  /* held-out sentences: same patterns, names never seen in training */
  size_t exact = 0, spans_ok = 0, spans = 0;
  for (size_t i = 0; i < NTEST; i++) {
    uint8_t l[MAXW];
    const sent *s = &test_set[i];
    NM_CHECK(tag_checked(m, s->w, s->n, l));
    if (!memcmp(l, s->gold, s->n)) exact++;
    for (size_t k = 0; k < s->n; k++) {
      if (!s->gold[k]) continue;
      spans++;
      spans_ok += l[k] == s->gold[k];
    }
  }
  if (exact * 100 < NTEST * 90)
    fprintf(stderr, "held-out: %zu of %d sentences exact, %zu of %zu name words\n", exact, NTEST,
            spans_ok, spans);
  NM_CHECK(exact * 100 >= NTEST * 90);
  NM_CHECK(spans_ok * 100 >= spans * 95);

  /* one sentence spelled out: "Mr. F S met officials of the O A in P ." */
  uint8_t l[MAXW];
  const sent *s = &test_set[0];
  NM_CHECK(tag_checked(m, s->w, s->n, l));
  NM_CHECK_EQ_INT(l[0], 0);
  NM_CHECK_EQ_INT(l[1], lab(NM_NER_PERSON, NM_NER_B));
  NM_CHECK_EQ_INT(l[2], lab(NM_NER_PERSON, NM_NER_L));
  NM_CHECK_EQ_INT(l[3], 0);
  NM_CHECK_EQ_INT(l[7], lab(NM_NER_ORG, NM_NER_B));
  NM_CHECK_EQ_INT(l[8], lab(NM_NER_ORG, NM_NER_L));
  NM_CHECK_EQ_INT(l[10], lab(NM_NER_PLACE, NM_NER_U));
  NM_CHECK_EQ_INT(l[11], 0);

  /* every prefix of every held-out sentence: its last word may be cut
   * inside a name, and the labels must still close every span */
  size_t cut_in_name = 0;
  for (size_t i = 0; i < NTEST; i++) {
    const sent *t = &test_set[i];
    for (size_t n = 1; n <= t->n; n++) {
      uint8_t pl[MAXW];
      if (!tag_checked(m, t->w, n, pl)) {
        fprintf(stderr, "held-out sentence %zu cut to %zu words\n", i, n);
        NM_CHECK(false);
        break;
      }
      /* a cut after the first word of a longer name: the model sees B
       * there, and the last label must become U */
      unsigned g = t->gold[n - 1];
      if (n < t->n && g && nm_ner_part(g) == NM_NER_B && pl[n - 1]) {
        cut_in_name++;
        NM_CHECK(nm_ner_part(pl[n - 1]) == NM_NER_U);
      }
    }
  }
  NM_CHECK(cut_in_name > NTEST / 2);

  /* no words; one word */
  NM_CHECK_EQ_INT(nm_ner_tag(m, s->w, 0, l), NM_OK);
  NM_CHECK(tag_checked(m, s->w + 1, 1, l));
  nm_ner_free(m);
  nm_ner_free(NULL);
}

/* Random words: known and unknown forms, odd bytes, missing tags, any
 * gazetteer and context bits. */
NM_TEST(random_input_is_well_formed) {
  nm_error e = {NM_OK, NULL, 0};
  nm_ner *m = nm_ner_open(model_a, &e);
  NM_CHECK(m != NULL);
  if (!m) return;
  static const char *const odd[] = {"", "é", "\xff\xfe", "2,000", "--", "Mr.", "U.S.",
                                    "an-unusually-long-capitalised-Word-that-goes-past-the-sixty-four-bytes-hashed",
                                    "Xx", "A", "of", "the", ",", "."};
  static const char *const upos[] = {"PROPN", "NOUN", "VERB", "ADP", "PUNCT", NULL, "X", ""};
  static const char *const xpos[] = {"NNP", "NN", "VBD", "IN", ".", NULL, "FW", ""};
  uint64_t rng = 12345;
  nm_nword w[MAXW * 2];
  size_t bad = 0, named = 0;
  for (int round = 0; round < 600 && !bad; round++) {
    size_t n = rng_next(&rng) % (MAXW * 2 + 1);
    for (size_t i = 0; i < n; i++) {
      uint64_t r = rng_next(&rng);
      if (r % 3 == 0) {
        const sent *s = &test_set[(r >> 8) % NTEST];
        w[i] = s->w[(r >> 20) % s->n];
      } else if (r % 3 == 1) {
        const sent *s = &train_set[(r >> 8) % NTRAIN];
        w[i] = s->w[(r >> 20) % s->n];
      } else {
        w[i] = wd(odd[(r >> 8) % (sizeof odd / sizeof *odd)]);
      }
      w[i].upos = upos[(r >> 32) % 8];
      w[i].xpos = xpos[(r >> 36) % 8];
      w[i].gz = (r >> 40) % 4 ? w[i].gz : (uint32_t)(r >> 24);
      w[i].ctx = (r >> 44) % 4 ? w[i].ctx : (uint32_t)(r >> 48);
    }
    uint8_t l[MAXW * 2];
    if (!tag_checked(m, w, n, l)) {
      fprintf(stderr, "random round %d (%zu words)\n", round, n);
      bad++;
    }
    for (size_t i = 0; i < n; i++)
      named += l[i] != 0;
  }
  NM_CHECK_EQ_INT(bad, 0);
  NM_CHECK(named > 0); /* the random words did produce spans */
  /* the same sentence twice gives the same labels (no state kept) */
  uint8_t a[MAXW], b[MAXW];
  NM_CHECK(tag_checked(m, test_set[3].w, test_set[3].n, a));
  NM_CHECK(tag_checked(m, test_set[3].w, test_set[3].n, b));
  NM_CHECK(!memcmp(a, b, test_set[3].n));
  nm_ner_free(m);
}

NM_TEST(training_is_deterministic) {
  NM_CHECK_EQ_INT(train(model_b, 7, train_refs, NTRAIN, NULL, 0, 0), NM_OK);
  size_t la, lb;
  unsigned char *a = nm_test_slurp(model_a, &la), *b = nm_test_slurp(model_b, &lb);
  NM_CHECK(a && b && la > 0 && la == lb && memcmp(a, b, la) == 0);
  free(a);
  free(b);
  /* with a dev set choosing the epoch, and pruning, twice */
  NM_CHECK_EQ_INT(train(model_b, 3, train_refs, NTRAIN, test_refs, NTEST / 2, 0.5f), NM_OK);
  NM_CHECK_EQ_INT(train(model_c, 3, train_refs, NTRAIN, test_refs, NTEST / 2, 0.5f), NM_OK);
  a = nm_test_slurp(model_b, &la);
  b = nm_test_slurp(model_c, &lb);
  NM_CHECK(a && b && la > 0 && la == lb && memcmp(a, b, la) == 0);
  free(a);
  free(b);
  nm_error e = {NM_OK, NULL, 0};
  nm_ner *m = nm_ner_open(model_c, &e);
  NM_CHECK(m != NULL);
  if (m) {
    size_t exact = 0;
    for (size_t i = NTEST / 2; i < NTEST; i++) {
      uint8_t l[MAXW];
      NM_CHECK(tag_checked(m, test_set[i].w, test_set[i].n, l));
      exact += !memcmp(l, test_set[i].gold, test_set[i].n);
    }
    NM_CHECK(exact * 100 >= (NTEST / 2) * 80);
    nm_ner_free(m);
  }
}

NM_TEST(training_errors) {
  /* a gold label that is not a label */
  sent s = train_set[0];
  s.gold[2] = NM_NER_NLABELS;
  nm_ner_sent r = {s.w, s.gold, s.n};
  nm_ner_train_opts o;
  memset(&o, 0, sizeof o);
  o.train = &r;
  o.n_train = 1;
  o.out = model_c;
  o.epochs = 1;
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_ner_train(&o, &e), NM_ERR_INVALID);
  NM_CHECK(e.code == NM_ERR_INVALID && e.msg);
  /* a file that cannot be written */
  o.train = train_refs;
  o.n_train = 10;
  o.out = "/nonexistent-dir/ner.nmm";
  e = (nm_error){NM_OK, NULL, 0};
  NM_CHECK(nm_ner_train(&o, &e) != NM_OK);
  NM_CHECK(e.code != NM_OK && e.msg);
  /* nothing to learn from: a model that labels every word O */
  o.train = NULL;
  o.n_train = 0;
  o.out = model_c;
  e = (nm_error){NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_ner_train(&o, &e), NM_OK);
  nm_ner *m = nm_ner_open(model_c, &e);
  NM_CHECK(m != NULL);
  if (m) {
    uint8_t l[MAXW];
    NM_CHECK(tag_checked(m, test_set[0].w, test_set[0].n, l));
    size_t nz = 0;
    for (size_t i = 0; i < test_set[0].n; i++)
      nz += l[i] != 0;
    NM_CHECK_EQ_INT(nz, 0);
    nm_ner_free(m);
  }
}

/* --- damaged model files */

/* Finds section id in a model file image (see model.h). */
static bool find_section(const unsigned char *m, size_t len, const char *id, size_t *off,
                         size_t *sl) {
  if (len < 24) return false;
  uint32_t n = nm_rd32(m + 16);
  if (24 + 24 * (size_t)n > len) return false;
  for (uint32_t i = 0; i < n; i++)
    if (!memcmp(m + 24 + 16 * i, id, 4)) {
      *off = (size_t)nm_rd64(m + 24 + 16 * i + 8);
      *sl = (size_t)nm_rd64(m + 24 + 16 * (size_t)n + 8 * i);
      return true;
    }
  return false;
}

static void put32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
  p[2] = (unsigned char)(v >> 16);
  p[3] = (unsigned char)(v >> 24);
}

/* Opens a damaged model from a malloc'd copy of m[0..len) (so that ASan
 * sees any read past its end): it must be rejected with NM_ERR_FORMAT and
 * a message, or load and tag safely. Returns true when rejected. */
static bool rejected_or_safe(const unsigned char *m, size_t len) {
  unsigned char *c = malloc(len ? len : 1);
  if (!c) return true;
  memcpy(c, m, len);
  nm_error e = {NM_OK, NULL, 0};
  nm_ner *t = nm_ner_open_mem(c, len, &e);
  bool rej = t == NULL;
  if (!t) {
    if (e.code != NM_ERR_FORMAT || !e.msg) {
      fprintf(stderr, "rejected with code %d, message %s\n", (int)e.code, e.msg ? e.msg : "none");
      NM_CHECK(e.code == NM_ERR_FORMAT && e.msg);
    }
  } else {
    for (size_t i = 0; i < 3; i++)
      NM_CHECK(tag_checked(t, test_set[i].w, test_set[i].n, NULL));
    nm_ner_free(t);
  }
  free(c);
  return rej;
}

static void expect_rejected(const unsigned char *m, size_t len, const char *what) {
  nm_error e = {NM_OK, NULL, 0};
  nm_ner *t = nm_ner_open_mem(m, len, &e);
  if (t || e.code != NM_ERR_FORMAT || !e.msg) {
    fprintf(stderr, "%s: %s (code %d)\n", what, t ? "loaded" : "no message", (int)e.code);
    NM_CHECK(!t && e.code == NM_ERR_FORMAT && e.msg);
  }
  nm_ner_free(t);
}

NM_TEST(damaged_models_are_rejected) {
  size_t len;
  unsigned char *m = nm_test_slurp(model_a, &len);
  NM_CHECK(m != NULL && len > 100);
  if (!m || len <= 100) {
    free(m);
    return;
  }
  NM_CHECK(!rejected_or_safe(m, len)); /* the model itself loads */
  size_t inf_off = 0, inf_len = 0, wgt_off = 0, wgt_len = 0;
  NM_CHECK(find_section(m, len, "NINF", &inf_off, &inf_len));
  NM_CHECK(find_section(m, len, "NWGT", &wgt_off, &wgt_len));
  NM_CHECK(inf_len >= 16 && inf_off + inf_len <= len && wgt_off + wgt_len <= len);
  size_t sec_end = inf_off + inf_len > wgt_off + wgt_len ? inf_off + inf_len : wgt_off + wgt_len;
  if (inf_len < 16 || inf_off + inf_len > len || wgt_off + wgt_len > len) {
    free(m);
    return;
  }
  /* every truncation is rejected; only a cut in trailing padding loads.
   * Cuts in the header and every 61st are tried on an exact-size copy, so
   * that ASan sees any read past the cut. */
  for (size_t cut = 0; cut < len; cut++) {
    bool rej;
    if (cut < 256 || cut % 61 == 0 || cut + 64 > len) {
      rej = rejected_or_safe(m, cut);
    } else {
      nm_error e = {NM_OK, NULL, 0};
      nm_ner *t = nm_ner_open_mem(m, cut, &e);
      rej = t == NULL;
      NM_CHECK(t || (e.code == NM_ERR_FORMAT && e.msg));
      nm_ner_free(t);
    }
    if (rej != (cut < sec_end)) {
      fprintf(stderr, "a cut at %zu of %zu bytes %s\n", cut, len, rej ? "was rejected" : "loaded");
      NM_CHECK(rej == (cut < sec_end));
      break;
    }
  }
  unsigned char *c = malloc(len);
  if (!c) {
    free(m);
    return;
  }
  /* flipped bytes in the container header, all of NINF, the weight
   * table's header, and a few hundred places in the weights: rejected, or
   * a model that still labels well-formed spans */
  size_t hdr = 24 + 24 * (size_t)nm_rd32(m + 16);
  static const unsigned char flips[] = {0x01, 0x80, 0xA5, 0xFF};
  size_t tried = 0, rejected = 0;
  for (size_t i = 0; i < len; i++) {
    bool head = i < hdr || (i >= inf_off && i < inf_off + inf_len) ||
                (i >= wgt_off && i < wgt_off + 32);
    if (!head) continue;
    for (size_t f = 0; f < sizeof flips; f++) {
      memcpy(c, m, len);
      c[i] ^= flips[f];
      rejected += rejected_or_safe(c, len);
      tried++;
    }
  }
  uint64_t rng = 99;
  for (int k = 0; k < 300; k++) {
    size_t i = wgt_off + 32 + (size_t)(rng_next(&rng) % (wgt_len - 32));
    memcpy(c, m, len);
    c[i] ^= (unsigned char)(1u << (rng_next(&rng) % 8));
    rejected += rejected_or_safe(c, len);
    tried++;
  }
  NM_CHECK(tried > 300 && rejected > 0);

  /* specific damage, each rejected */
  memcpy(c, m, len);
  c[12] ^= 1; /* kind */
  expect_rejected(c, len, "another kind");
  memcpy(c, m, len);
  put32(c + inf_off, nm_rd32(c + inf_off) + 1);
  expect_rejected(c, len, "another feature-set version");
  memcpy(c, m, len);
  put32(c + inf_off + 4, NM_NER_NLABELS + 1);
  expect_rejected(c, len, "another label count");
  memcpy(c, m, len);
  put32(c + inf_off + 8, 1);
  expect_rejected(c, len, "reserved field set");
  memcpy(c, m, len);
  memcpy(c + 24, "XINF", 4); /* NINF renamed, if it is the first section */
  memcpy(c + 24 + 16, "XWGT", 4);
  expect_rejected(c, len, "sections renamed");
  memcpy(c, m, len);
  for (uint32_t s = 0; s < nm_rd32(c + 16); s++)
    if (!memcmp(c + 24 + 16 * s, "NINF", 4))
      put32(c + 24 + 16 * (size_t)nm_rd32(c + 16) + 8 * s, 12); /* NINF shorter than 16 */
  expect_rejected(c, len, "short NINF");
  memcpy(c, m, len);
  put32(c + wgt_off, NM_NER_NLABELS - 1); /* weight table for another label count */
  expect_rejected(c, len, "weight table class count");
  free(c);
  free(m);

  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK(nm_ner_open("/nonexistent/ner.nmm", &e) == NULL);
  NM_CHECK_EQ_INT(e.code, NM_ERR_IO);
  NM_CHECK(e.msg != NULL);
  e = (nm_error){NM_OK, NULL, 0};
  NM_CHECK(nm_ner_open_mem(NULL, 0, &e) == NULL);
  NM_CHECK_EQ_INT(e.code, NM_ERR_FORMAT);
  NM_CHECK(nm_ner_open_mem((const unsigned char *)"NEWSMILL", 8, NULL) == NULL);
}

/* --- the mentions stage with the tiny model */

/* Rough tags for a token of the invented article below. */
static void rough_tags(const char *s, size_t len, nm_word_tags *t) {
  static const struct {
    const char *w, *upos, *xpos;
  } known[] = {{"Mr.", "PROPN", "NNP"}, {"met", "VERB", "VBD"},  {"officials", "NOUN", "NNS"},
               {"of", "ADP", "IN"},     {"the", "DET", "DT"},    {"in", "ADP", "IN"},
               {".", "PUNCT", "."},     {"He", "PRON", "PRP"},   {"said", "VERB", "VBD"},
               {"agency", "NOUN", "NN"}, {"would", "AUX", "MD"}, {"open", "VERB", "VB"},
               {"an", "DET", "DT"},     {"office", "NOUN", "NN"}};
  memset(t, 0, sizeof *t);
  t->upos = "PROPN";
  t->xpos = "NNP";
  t->lemma = "";
  for (size_t k = 0; k < sizeof known / sizeof *known; k++)
    if (strlen(known[k].w) == len && !memcmp(known[k].w, s, len)) {
      t->upos = known[k].upos;
      t->xpos = known[k].xpos;
    }
}

NM_TEST(mentions_stage) {
  /* invented names from the held-out syllables */
  char text[512];
  const names *nm = &test_names;
  snprintf(text, sizeof text,
           "Mr. %.15s %.23s met officials of the %.15s Agency in %.19s. He said the agency "
           "would open an office in %.19s.",
           nm->first[2], nm->sur[5], nm->org[7], nm->place[3], nm->place[3]);
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline *p = nm_pipeline_new(NULL, &e);
  nm_doc *d = nm_doc_new(text, strlen(text), &e);
  nm_ner *m = nm_ner_open(model_a, &e);
  NM_CHECK(p && d && m);
  if (!p || !d || !m) goto done;
  NM_CHECK_EQ_INT(nm_process(p, d, &e), NM_OK);
  NM_CHECK_EQ_INT(d->sentences.n, 2);
  /* tags as a tagger would give them */
  size_t nt = d->tokens.n;
  NM_CHECK_EQ_INT(nm_vec_reserve(&d->tags, nt), 0);
  for (size_t i = 0; i < nt; i++) {
    size_t len;
    const char *s = nm_tok_text(d, i, &len);
    rough_tags(s, len, (nm_word_tags *)d->tags.data + i);
  }
  d->tags.n = nt;

  /* the NER input: forms, tags, context; no gazetteer, no matches */
  nm_nword *w = NULL;
  NM_CHECK_EQ_INT(nm_ner_doc_words(NULL, d, &w), NM_OK);
  NM_CHECK(w != NULL);
  if (w) {
    const nm_word_tags *tg = (const nm_word_tags *)d->tags.data;
    const nm_token *tk = (const nm_token *)d->tokens.data;
    const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
    for (size_t i = 0; i < nt; i++) {
      NM_CHECK(w[i].form == d->text + tk[i].start && w[i].len == tk[i].end - tk[i].start);
      NM_CHECK(w[i].upos == tg[i].upos && w[i].xpos == tg[i].xpos);
      NM_CHECK_EQ_INT(w[i].gz, 0);
      bool start = i == ss[0].first_token || i == ss[1].first_token;
      NM_CHECK_EQ_INT(!!(w[i].ctx & NM_NCTX_SENT_START), start);
    }
    /* the place occurs twice mid-sentence */
    size_t place = 0;
    for (size_t i = 0; i < nt; i++)
      if (w[i].len == strlen(nm->place[3]) && !memcmp(w[i].form, nm->place[3], w[i].len)) {
        NM_CHECK_EQ_INT(w[i].ctx, NM_NCTX_UPPER_ELSEWHERE);
        place++;
      }
    NM_CHECK_EQ_INT(place, 2);
    free(w);
  }

  NM_CHECK_EQ_INT(nm_mentions_detect(m, NULL, d), NM_OK);
  size_t n;
  const nm_mention *ms = nm_doc_mentions(d, &n);
  char want_person[64], want_org[64];
  snprintf(want_person, sizeof want_person, "%.15s %.23s", nm->first[2], nm->sur[5]);
  snprintf(want_org, sizeof want_org, "%.15s Agency", nm->org[7]);
  /* in text order: the person, the organisation, the place, "He", and
   * the place again (and possibly "the agency" as a nominal) */
  size_t people = 0, orgs = 0, places = 0, prons = 0;
  for (size_t i = 0; i < n; i++) {
    const char *s = d->text + ms[i].start;
    size_t len = ms[i].end - ms[i].start;
    NM_CHECK(i == 0 || ms[i].start >= ms[i - 1].end);
    NM_CHECK_EQ_INT(ms[i].entity, UINT32_MAX);
    NM_CHECK(ms[i].n_tokens >= 1 && ms[i].first_token + ms[i].n_tokens <= nt);
    if (ms[i].kind == NM_MENTION_PRONOUN) {
      prons++;
      NM_CHECK(len == 2 && !memcmp(s, "He", 2));
      NM_CHECK_EQ_INT(ms[i].sentence, 1);
    } else if (ms[i].kind == NM_MENTION_NAME && ms[i].type == NM_ENT_PERSON) {
      people++;
      NM_CHECK(len == strlen(want_person) && !memcmp(s, want_person, len));
      NM_CHECK_EQ_INT(ms[i].n_tokens, 2);
    } else if (ms[i].kind == NM_MENTION_NAME && ms[i].type == NM_ENT_ORG) {
      orgs++;
      NM_CHECK(len == strlen(want_org) && !memcmp(s, want_org, len));
    } else if (ms[i].kind == NM_MENTION_NAME && ms[i].type == NM_ENT_GPE) {
      places++;
      NM_CHECK(len == strlen(nm->place[3]) && !memcmp(s, nm->place[3], len));
    }
  }
  NM_CHECK_EQ_INT(people, 1);
  NM_CHECK_EQ_INT(orgs, 1);
  NM_CHECK_EQ_INT(places, 2);
  NM_CHECK_EQ_INT(prons, 1);

  /* and coref over them: "He" is the man, the place is one entity */
  NM_CHECK_EQ_INT(nm_coref(NULL, d), NM_OK);
  size_t ne;
  const nm_entity *es = nm_doc_entities(d, &ne);
  ms = nm_doc_mentions(d, &n);
  NM_CHECK(ne >= 3);
  if (ne >= 3) {
    NM_CHECK_EQ_STR(es[0].name, want_person);
    NM_CHECK_EQ_INT(es[0].type, NM_ENT_PERSON);
    NM_CHECK_EQ_STR(es[1].name, want_org);
    NM_CHECK_EQ_STR(es[2].name, nm->place[3]);
    NM_CHECK_EQ_INT(es[2].n_mentions, 2);
    for (size_t i = 0; i < n; i++) {
      if (ms[i].kind == NM_MENTION_PRONOUN) NM_CHECK_EQ_INT(ms[i].entity, 0);
      if (ms[i].kind == NM_MENTION_NOMINAL) NM_CHECK_EQ_INT(ms[i].entity, 1); /* "the agency" */
    }
  }
done:
  nm_ner_free(m);
  nm_doc_free(d);
  nm_pipeline_free(p);
}

/* Writes the fuzz seeds (see the top of this file). */
static int write_seeds(const char *dir) {
  char path[512];
  snprintf(path, sizeof path, "%s/tiny.nmm", dir);
  if (train(path, 1, train_refs, 36, NULL, 0, 1.0f) != NM_OK) return 1;
  size_t len;
  unsigned char *m = nm_test_slurp(path, &len);
  if (!m) return 1;
  snprintf(path, sizeof path, "%s/tiny-tail.nmm", dir);
  FILE *f = fopen(path, "wb");
  if (!f) {
    free(m);
    return 1;
  }
  fwrite(m, 1, len, f);
  /* fuzz_ner's sentence bytes: words by index, 0xFF ends a sentence,
   * 0xFE n takes the next n bytes as a form */
  static const unsigned char tail[] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0xFF,
                                       0x08, 0x09, 0x8A, 0x4B, 0xFE, 0x05, 'V',  'e',  'l',
                                       'o', 'r', 0x2C, 0x0D, 0xFF, 0x21, 0x42, 0x63};
  fwrite(tail, 1, sizeof tail, f);
  free(m);
  return fclose(f) != 0;
}

int main(void) {
  int pid = (int)getpid();
  snprintf(model_a, sizeof model_a, "/tmp/nm-test-ner-%d-a.nmm", pid);
  snprintf(model_b, sizeof model_b, "/tmp/nm-test-ner-%d-b.nmm", pid);
  snprintf(model_c, sizeof model_c, "/tmp/nm-test-ner-%d-c.nmm", pid);
  build_data();
  const char *seed_dir = getenv("NM_NER_SEED_DIR");
  if (seed_dir && *seed_dir) {
    int rc = write_seeds(seed_dir);
    fprintf(stderr, "%s seeds in %s\n", rc ? "could not write" : "wrote", seed_dir);
    return rc;
  }
  NM_RUN(allowed_transitions);
  NM_RUN(context_bits);
  NM_RUN(train_and_tag_held_out);
  NM_RUN(random_input_is_well_formed);
  NM_RUN(training_is_deterministic);
  NM_RUN(training_errors);
  NM_RUN(damaged_models_are_rejected);
  NM_RUN(mentions_stage);
  remove(model_a);
  remove(model_b);
  remove(model_c);
  NM_TEST_MAIN_END();
}
