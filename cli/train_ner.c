/* train_ner.c - `newsmill train ner`: the NER model from GUM and MEANTIME.
 *
 * The corpora are read with their gold tokens and sentences (ner_data.h),
 * tagged with the shipped tagger, matched against the gazetteer exactly as
 * the pipeline does at run time (nm_ner_doc_words), and labelled BILOU from
 * their named PERSON, ORG and PLACE mentions. Where named mentions nest,
 * the outermost is kept. */
#include "cli.h"
#include "entities.h"
#include "ner.h"
#include "ner_data.h"

#include <stdlib.h>
#include <string.h>

static void usage(void) {
  fprintf(stderr,
          "usage: newsmill train ner --tagger MODEL --gazetteer FILE -o MODEL\n"
          "                [--gum FILE.conllu [--genres g1,g2,...]] [--meantime DIR]\n"
          "                [--dev-gum FILE.conllu] [--epochs N] [--seed N] [--prune W]\n"
          "                [--runs N] [--keep-last] [--quiet]\n"
          "  Trains on the GUM documents of the given genres and on MEANTIME's train\n"
          "  part; chooses the epoch on the dev GUM documents of those genres and\n"
          "  MEANTIME's dev part, unless --keep-last keeps the last epoch. --runs N\n"
          "  averages N runs over differently shuffled orders.\n");
}

/* Sentences built from corpora, and what they point into. */
typedef struct sents {
  nm_ner_sent *s;
  size_t n, cap;
  nm_nword **words; /* one array per document */
  uint8_t **gold;
  size_t n_docs;
} sents;

static void sents_free(sents *x) {
  for (size_t i = 0; i < x->n_docs; i++) {
    free(x->words[i]);
    free(x->gold[i]);
  }
  free(x->words);
  free(x->gold);
  free(x->s);
  memset(x, 0, sizeof *x);
}

/* A word tagged PROPN that does not start its sentence. */
static int proper_noun(const nm_doc *d, size_t i) {
  size_t n, ns;
  const nm_word_tags *t = nm_doc_tags(d, &n);
  const nm_token *tk = nm_doc_tokens(d, &n);
  const nm_sentence *s = nm_doc_sentences(d, &ns);
  if (!t || i >= n || tk[i].sentence >= ns || s[tk[i].sentence].first_token == i) return 0;
  return strcmp(t[i].upos, "PROPN") == 0;
}

/* BILOU labels of a document's names to learn; the outermost wins. Words
 * of PERSON, ORG or PLACE names not to learn (groups, premodifiers) are
 * NM_NER_UNKNOWN, and so, when partial (MEANTIME, which does not annotate
 * every name), are proper nouns inside a sentence that no gold mention
 * covers. */
static void label_doc(const nd_doc *nd, size_t n_tok, uint8_t *gold, int partial) {
  memset(gold, 0, n_tok);
  for (size_t k = 0; k < nd->n_m; k++) {
    const nd_mention *m = &nd->m[k];
    if (!m->learn || m->type > ND_PLACE || m->end <= m->start || m->end > n_tok) continue;
    int clear = 1;
    for (uint32_t t = m->start; t < m->end; t++)
      clear &= gold[t] == 0;
    if (!clear) continue;
    unsigned type = m->type == ND_PERSON ? NM_NER_PERSON : m->type == ND_ORG ? NM_NER_ORG
                                                                             : NM_NER_PLACE;
    if (m->end - m->start == 1) {
      gold[m->start] = (uint8_t)nm_ner_label(type, NM_NER_U);
      continue;
    }
    for (uint32_t t = m->start; t < m->end; t++)
      gold[t] = (uint8_t)nm_ner_label(type, t == m->start     ? NM_NER_B
                                            : t + 1 == m->end ? NM_NER_L
                                                              : NM_NER_I);
  }
  for (size_t k = 0; k < nd->n_m; k++) {
    const nd_mention *m = &nd->m[k];
    if (!m->named || m->learn || m->type == ND_OTHER || m->end > n_tok) continue;
    for (uint32_t t = m->start; t < m->end; t++)
      if (gold[t] == 0) gold[t] = NM_NER_UNKNOWN;
  }
  if (!partial) return;
  uint8_t *covered = calloc(n_tok ? n_tok : 1, 1);
  if (!covered) return;
  for (size_t k = 0; k < nd->n_m; k++)
    for (uint32_t t = nd->m[k].start; t < nd->m[k].end && t < n_tok; t++)
      covered[t] = 1;
  for (size_t t = 0; t < n_tok; t++)
    if (!covered[t] && gold[t] == 0 && proper_noun(nd->doc, t)) gold[t] = NM_NER_UNKNOWN;
  free(covered);
}

/* Tags the corpus's documents and adds their sentences to x. A mention
 * never crosses a sentence in these corpora; if one does, the labels are
 * repaired by splitting it at the boundary. Returns 0 or 2. */
static int add_corpus(nd_corpus *c, const nm_pipeline *p, const nm_gazetteer *g, sents *x,
                      int partial) {
  nm_nword **nw = realloc(x->words, (x->n_docs + c->n_docs) * sizeof *nw);
  if (nw) x->words = nw;
  uint8_t **ng = realloc(x->gold, (x->n_docs + c->n_docs) * sizeof *ng);
  if (ng) x->gold = ng;
  if (!nw || !ng) return 2;
  for (size_t i = 0; i < c->n_docs; i++) {
    nd_doc *nd = &c->docs[i];
    nm_error e = {0};
    if (nm_process(p, nd->doc, &e) != NM_OK) {
      fprintf(stderr, "newsmill train ner: %s: %s\n", nd->id ? nd->id : "?", e.msg);
      return 2;
    }
    size_t n_tok, n_sent;
    nm_doc_tokens(nd->doc, &n_tok);
    const nm_sentence *ss = nm_doc_sentences(nd->doc, &n_sent);
    nm_nword *w = NULL;
    if (nm_ner_doc_words(g, nd->doc, &w) != NM_OK) return 2;
    uint8_t *gold = malloc(n_tok ? n_tok : 1);
    if (!gold) {
      free(w);
      return 2;
    }
    label_doc(nd, n_tok, gold, partial);
    x->words[x->n_docs] = w;
    x->gold[x->n_docs] = gold;
    x->n_docs++;
    for (size_t s = 0; s < n_sent; s++) {
      if (!ss[s].n_tokens) continue;
      if (x->n == x->cap) {
        size_t cap = x->cap ? 2 * x->cap : 1024;
        nm_ner_sent *ns = realloc(x->s, cap * sizeof *ns);
        if (!ns) return 2;
        x->s = ns;
        x->cap = cap;
      }
      uint8_t *gs = gold + ss[s].first_token;
      size_t n = ss[s].n_tokens;
      /* repair spans cut by the sentence's ends */
      for (size_t t = 0; t < n; t++) {
        unsigned prev = t && gs[t - 1] != NM_NER_UNKNOWN ? gs[t - 1] : 0;
        if (gs[t] == NM_NER_UNKNOWN) continue;
        if (!nm_ner_allowed(prev, gs[t])) {
          unsigned ty = nm_ner_type(gs[t]), part = nm_ner_part(gs[t]);
          gs[t] = (uint8_t)nm_ner_label(ty, part == NM_NER_I ? NM_NER_B : NM_NER_U);
        }
      }
      if (gs[n - 1] && gs[n - 1] != NM_NER_UNKNOWN && nm_ner_part(gs[n - 1]) == NM_NER_B)
        gs[n - 1] = (uint8_t)nm_ner_label(nm_ner_type(gs[n - 1]), NM_NER_U);
      if (gs[n - 1] && gs[n - 1] != NM_NER_UNKNOWN && nm_ner_part(gs[n - 1]) == NM_NER_I)
        gs[n - 1] = (uint8_t)nm_ner_label(nm_ner_type(gs[n - 1]), NM_NER_L);
      x->s[x->n].w = w + ss[s].first_token;
      x->s[x->n].gold = gs;
      x->s[x->n].n = n;
      x->n++;
    }
  }
  return 0;
}

int nm_cli_train_ner(int argc, char **argv) {
  const char *tagger = NULL, *gaz = NULL, *out = NULL, *gum = NULL, *meantime = NULL,
             *dev_gum = NULL;
  const char *genres[32];
  size_t n_genres = 0;
  char *genre_buf = NULL;
  int keep_last = 0;
  nm_ner_train_opts o;
  memset(&o, 0, sizeof o);
  o.epochs = 15;
  o.seed = 1;
  o.verbose = 1;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--tagger") && v)
      tagger = argv[++i];
    else if (!strcmp(a, "--gazetteer") && v)
      gaz = argv[++i];
    else if (!strcmp(a, "-o") && v)
      out = argv[++i];
    else if (!strcmp(a, "--gum") && v)
      gum = argv[++i];
    else if (!strcmp(a, "--dev-gum") && v)
      dev_gum = argv[++i];
    else if (!strcmp(a, "--meantime") && v)
      meantime = argv[++i];
    else if (!strcmp(a, "--epochs") && v)
      o.epochs = (unsigned)strtoul(argv[++i], NULL, 10);
    else if (!strcmp(a, "--seed") && v)
      o.seed = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(a, "--prune") && v)
      o.prune = strtof(argv[++i], NULL);
    else if (!strcmp(a, "--runs") && v)
      o.runs = (unsigned)strtoul(argv[++i], NULL, 10);
    else if (!strcmp(a, "--genres") && v) {
      free(genre_buf);
      genre_buf = strdup(argv[++i]);
      if (!genre_buf) return 2;
      n_genres = 0;
      for (char *t = strtok(genre_buf, ","); t && n_genres < 32; t = strtok(NULL, ","))
        genres[n_genres++] = t;
    } else if (!strcmp(a, "--keep-last"))
      keep_last = 1;
    else if (!strcmp(a, "--quiet"))
      o.verbose = 0;
    else {
      usage();
      free(genre_buf);
      return 2;
    }
  }
  if (!tagger || !out || (!gum && !meantime)) {
    usage();
    free(genre_buf);
    return 2;
  }
  nm_pipeline_options po = {0};
  po.tagger_model = tagger;
  nm_error e = {0};
  nm_pipeline *p = nm_pipeline_new(&po, &e);
  nm_gazetteer *g = NULL;
  if (p && gaz) g = nm_gazetteer_open(gaz, &e);
  int rc = 0;
  if (!p || (gaz && !g)) {
    fprintf(stderr, "newsmill train ner: %s\n", e.msg ? e.msg : "cannot load models");
    rc = 2;
  }
  nd_corpus cs[4];
  memset(cs, 0, sizeof cs);
  sents train = {0}, dev = {0};
  const char *const *gl = n_genres ? genres : NULL;
  if (!rc && gum) rc = nd_read_gum(gum, gl, n_genres, &cs[0]);
  if (!rc && meantime) rc = nd_read_meantime(meantime, ND_TRAIN, &cs[1]);
  if (!rc && dev_gum) rc = nd_read_gum(dev_gum, gl, n_genres, &cs[2]);
  if (!rc && meantime) rc = nd_read_meantime(meantime, ND_DEV, &cs[3]);
  for (int k = 0; k < 4 && !rc; k++)
    rc = add_corpus(&cs[k], p, g, k < 2 ? &train : &dev, k == 1 || k == 3);
  if (!rc) {
    if (o.verbose) {
      size_t names = 0, unknown = 0, words = 0;
      for (size_t i = 0; i < train.n; i++)
        for (size_t j = 0; j < train.s[i].n; j++) {
          unsigned l = train.s[i].gold[j];
          words++;
          unknown += l == NM_NER_UNKNOWN;
          names += l && l != NM_NER_UNKNOWN &&
                   (nm_ner_part(l) == NM_NER_B || nm_ner_part(l) == NM_NER_U);
        }
      fprintf(stderr,
              "newsmill train ner: %zu training sentences (%zu words, %zu names, %zu words not "
              "annotated) and %zu dev sentences\n",
              train.n, words, names, unknown, dev.n);
    }
    o.train = train.s;
    o.n_train = train.n;
    if (!keep_last) { /* else the dev sentences are not used */
      o.dev = dev.s;
      o.n_dev = dev.n;
    }
    o.out = out;
    if (nm_ner_train(&o, &e) != NM_OK) {
      fprintf(stderr, "newsmill train ner: %s\n", e.msg);
      rc = 2;
    }
  }
  sents_free(&train);
  sents_free(&dev);
  for (int k = 0; k < 4; k++)
    nd_corpus_free(&cs[k]);
  nm_gazetteer_free(g);
  nm_pipeline_free(p);
  free(genre_buf);
  return rc;
}
