/* test_ner_data.c - the entity corpora readers and the scorer of
 * cli/ner_data.c, on the invented fixtures in tests/data/ner/ and on
 * hand-made mentions. cli/ is not in the library, so this test is built
 * together with cli/ner_data.c (see the Makefile). */
#include "ner_data.h"
#include "test.h"

#include <stdlib.h>
#include <unistd.h>

#define GUM      "tests/data/ner/gum.conllu"
#define MEANTIME "tests/data/ner/meantime"
#define WIKIGOLD "tests/data/ner/wikigold.txt"

/* The text of document tokens [s, e), joined by single spaces. */
static const char *span_text(const nd_doc *d, uint32_t s, uint32_t e) {
  static char buf[512];
  size_t nt, n = 0;
  const nm_token *t = nm_doc_tokens(d->doc, &nt);
  const char *text = nm_doc_text(d->doc, NULL);
  buf[0] = '\0';
  for (uint32_t i = s; i < e && i < nt; i++) {
    const char *f = t[i].form ? t[i].form : text + t[i].start;
    size_t fl = t[i].form ? strlen(t[i].form) : t[i].end - t[i].start;
    if (n + fl + 2 >= sizeof buf) break;
    if (i > s) buf[n++] = ' ';
    memcpy(buf + n, f, fl);
    n += fl;
    buf[n] = '\0';
  }
  return buf;
}

static size_t n_tokens(const nd_doc *d) {
  size_t n;
  nm_doc_tokens(d->doc, &n);
  return n;
}

/* Checks mention k: span, type, cluster and the flags named, scored,
 * pronoun given as a string such as "ns-" ('-' = false). */
#define CHECK_M(d, k, s, e, ty, cl, flags)                                                         \
  do {                                                                                             \
    const nd_mention *m_ = &(d)->m[k];                                                             \
    NM_CHECK_EQ_INT(m_->start, s);                                                                 \
    NM_CHECK_EQ_INT(m_->end, e);                                                                   \
    NM_CHECK_EQ_STR(nd_type_name(m_->type), nd_type_name(ty));                                     \
    NM_CHECK_EQ_INT(m_->cluster, cl);                                                              \
    NM_CHECK_EQ_INT(m_->named, (flags)[0] == 'n');                                                 \
    NM_CHECK_EQ_INT(m_->scored, (flags)[1] == 's');                                                \
    NM_CHECK_EQ_INT(m_->pronoun, (flags)[2] == 'p');                                               \
  } while (0)

NM_TEST(gum_documents_tokens_and_genres) {
  nd_corpus c;
  NM_CHECK_EQ_INT(nd_read_gum(GUM, NULL, 0, &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 2);
  if (c.n_docs == 2) {
    NM_CHECK_EQ_STR(c.docs[0].id, "GUM_news_harbor");
    NM_CHECK_EQ_STR(c.docs[1].id, "GUM_fiction_lamp");
    /* one token per syntactic word: "didn't" is two, the empty node none */
    NM_CHECK_EQ_INT(n_tokens(&c.docs[0]), 38);
    NM_CHECK_EQ_STR(span_text(&c.docs[0], 16, 20), "He did n't see");
    NM_CHECK_EQ_INT(n_tokens(&c.docs[1]), 11);
  }
  nd_corpus_free(&c);
  const char *news[] = {"news"}, *fiction[] = {"voyage", "fiction"}, *none[] = {"bio"};
  NM_CHECK_EQ_INT(nd_read_gum(GUM, news, 1, &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 1);
  if (c.n_docs == 1) NM_CHECK_EQ_STR(c.docs[0].id, "GUM_news_harbor");
  nd_corpus_free(&c);
  NM_CHECK_EQ_INT(nd_read_gum(GUM, fiction, 2, &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 1);
  if (c.n_docs == 1) {
    NM_CHECK_EQ_STR(c.docs[0].id, "GUM_fiction_lamp");
    /* cluster ids are the document's own */
    NM_CHECK_EQ_INT(c.docs[0].n_m, 4);
    if (c.docs[0].n_m == 4) {
      CHECK_M(&c.docs[0], 0, 0, 1, ND_PERSON, 1, "ns-");
      CHECK_M(&c.docs[0], 1, 2, 4, ND_OTHER, 2, "---");
      /* "The poet Kel Arno": headed by a noun, and naming its person */
      CHECK_M(&c.docs[0], 2, 5, 9, ND_PERSON, 3, "---");
      CHECK_M(&c.docs[0], 3, 7, 9, ND_PERSON, 3, "ns-");
    }
  }
  nd_corpus_free(&c);
  NM_CHECK_EQ_INT(nd_read_gum(GUM, none, 1, &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 0);
  nd_corpus_free(&c);
}

NM_TEST(gum_mentions_nesting_normalisation_and_flags) {
  nd_corpus c;
  NM_CHECK_EQ_INT(nd_read_gum(GUM, NULL, 0, &c), 0);
  if (c.n_docs < 1) return;
  const nd_doc *d = &c.docs[0];
  NM_CHECK_EQ_INT(d->n_m, 14);
  if (d->n_m == 14) {
    /* "Dr. Mara Velt": the PROPN run around the head (Mara, a flat name's
     * first word) without the title */
    CHECK_M(d, 0, 1, 3, ND_PERSON, 1, "ns-");
    NM_CHECK_EQ_STR(span_text(d, 1, 3), "Mara Velt");
    /* "the Port of Calder 's board": headed by a noun, kept whole, and the
     * organisation nested in it without "the" and "'s" */
    CHECK_M(d, 1, 4, 10, ND_ORG, 4, "---");
    CHECK_M(d, 2, 5, 8, ND_ORG, 2, "ns-");
    NM_CHECK_EQ_STR(span_text(d, 5, 8), "Port of Calder");
    CHECK_M(d, 3, 7, 8, ND_PLACE, 3, "ns-");
    /* "Osterby , Norland": cut at the comma; Norland nested */
    CHECK_M(d, 4, 12, 13, ND_PLACE, 5, "ns-");
    CHECK_M(d, 5, 14, 15, ND_PLACE, 6, "ns-");
    /* "He" of Mara Velt's cluster */
    CHECK_M(d, 6, 16, 17, ND_PERSON, 1, "--p");
    NM_CHECK_EQ_STR(span_text(d, 16, 17), "He");
    /* "the Americans": a named plural group, linked but not scored */
    CHECK_M(d, 7, 21, 22, ND_PERSON, 7, "n--");
    CHECK_M(d, 8, 22, 23, ND_PLACE, 5, "---");
    /* "She" of a cluster without a named person */
    CHECK_M(d, 9, 24, 25, ND_PERSON, 9, "---");
    /* "Lio Brandt": named, without a Wikipedia link */
    CHECK_M(d, 10, 26, 28, ND_PERSON, 10, "n--");
    /* "the Velt Institute" and the unlinked "Velt" inside it */
    CHECK_M(d, 11, 30, 32, ND_ORG, 11, "ns-");
    CHECK_M(d, 12, 30, 31, ND_PERSON, 1, "n--");
    /* "His" of Lio Brandt's cluster: named, though not linked */
    CHECK_M(d, 13, 33, 34, ND_PERSON, 10, "--p");
    /* Wikipedia identities, as written (eval places --gum) */
    NM_CHECK(d->m[3].ident && d->m[3].ident <= d->n_idents &&
             !strcmp(d->idents + d->m[3].ident - 1, "Calder_%28city%29"));
    NM_CHECK(d->m[4].ident && !strcmp(d->idents + d->m[4].ident - 1, "Osterby"));
    NM_CHECK(d->m[5].ident && !strcmp(d->idents + d->m[5].ident - 1, "Norland"));
    NM_CHECK_EQ_INT(d->m[10].ident, 0); /* Lio Brandt: no link */
  }
  /* sorted by start, longer first */
  for (size_t k = 1; k < d->n_m; k++)
    NM_CHECK(d->m[k - 1].start < d->m[k].start ||
             (d->m[k - 1].start == d->m[k].start && d->m[k - 1].end >= d->m[k].end));
  nd_corpus_free(&c);
}

/* Sends stderr to /dev/null while on (the readers' messages about the
 * malformed files below are expected), and back when off. */
static void quiet(int on) {
  static int saved = -1;
  fflush(stderr);
  if (on && saved < 0) {
    saved = dup(2);
    FILE *null = fopen("/dev/null", "w");
    if (null) {
      dup2(fileno(null), 2);
      fclose(null);
    }
  } else if (!on && saved >= 0) {
    dup2(saved, 2);
    close(saved);
    saved = -1;
  }
}

/* Writes text to a new temporary file; returns its malloc'd path. */
static char *temp_file(const char *text) {
  const char *dir = getenv("TMPDIR");
  char *path = malloc(512);
  if (!path) return NULL;
  snprintf(path, 512, "%s/nm-ner-XXXXXX", dir && *dir ? dir : "/tmp");
  int fd = mkstemp(path);
  if (fd < 0) {
    free(path);
    return NULL;
  }
  size_t n = strlen(text);
  if (write(fd, text, n) != (ssize_t)n) {
    close(fd);
    unlink(path);
    free(path);
    return NULL;
  }
  close(fd);
  return path;
}

static int gum_text(const char *text, nd_corpus *c) {
  char *p = temp_file(text);
  NM_CHECK(p != NULL);
  if (!p) return -1;
  quiet(1);
  int rc = nd_read_gum(p, NULL, 0, c);
  quiet(0);
  unlink(p);
  free(p);
  return rc;
}

#define W1       "1\tAnn\tAnn\tPROPN\tNNP\t_\t2\tnsubj\t_\t"
#define W2       "2\tsang\tsing\tVERB\tVBD\t_\t0\troot\t_\t"
#define DOC_HEAD "# newdoc id = GUM_news_x\n# text = Ann sang\n"

NM_TEST(gum_malformed_files_are_rejected) {
  nd_corpus c;
  const char *bad[] = {
      /* never closed */
      DOC_HEAD W1 "Entity=(1-person-new-nnnnn-cf1-1-coref\n" W2 "_\n",
      /* closes what is not open */
      DOC_HEAD W1 "Entity=(1-person-new-nnnnn-cf1-1-coref)\n" W2 "Entity=2)\n",
      /* a group id that is not a number */
      DOC_HEAD W1 "Entity=(x-person-new-nnnnn-cf1-1-coref)\n" W2 "_\n",
      /* no type */
      DOC_HEAD W1 "Entity=(1)\n" W2 "_\n",
      /* garbage */
      DOC_HEAD W1 "Entity=)(\n" W2 "_\n",
      /* nine fields: nm_conllu_read_doc rejects it */
      DOC_HEAD "1\tAnn\tAnn\tPROPN\tNNP\t_\t2\tnsubj\t_\n" W2 "_\n",
      /* a layout without etype */
      "# newdoc id = GUM_news_x\n# global.Entity = GRP-infstat\n# text = Ann sang\n" W1 "_\n" W2
      "_\n",
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    NM_CHECK_EQ_INT(gum_text(bad[i], &c), 2);
    NM_CHECK_EQ_INT(c.n_docs, 0);
    NM_CHECK(c.docs == NULL);
  }
  quiet(1);
  int rc = nd_read_gum("tests/data/ner/no-such-file.conllu", NULL, 0, &c);
  quiet(0);
  NM_CHECK_EQ_INT(rc, 2);
  /* a well-formed document without entities, with CRLF line ends */
  NM_CHECK_EQ_INT(
      gum_text("# newdoc id = GUM_news_x\r\n# text = Ann sang\r\n" W1 "_\r\n" W2 "_\r\n", &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 1);
  if (c.n_docs == 1) NM_CHECK_EQ_INT(c.docs[0].n_m, 0);
  nd_corpus_free(&c);
}

NM_TEST(meantime_split) {
  size_t parts[4] = {0};
  for (size_t i = 0; i < 120; i++)
    parts[nd_meantime_part(i)]++;
  NM_CHECK_EQ_INT(parts[ND_TRAIN], 72);
  NM_CHECK_EQ_INT(parts[ND_DEV], 24);
  NM_CHECK_EQ_INT(parts[ND_TEST], 24);
  NM_CHECK_EQ_INT(parts[ND_ALL], 0);
  NM_CHECK_EQ_INT(nd_meantime_part(2), ND_DEV);
  NM_CHECK_EQ_INT(nd_meantime_part(4), ND_TEST);
  NM_CHECK_EQ_INT(nd_meantime_part(9), ND_TEST);
  NM_CHECK_EQ_INT(nd_meantime_part(5), ND_TRAIN);
  /* the fixture's six files, sorted by path: a1 a2 a3 b1 b2 b3 */
  nd_corpus c;
  NM_CHECK_EQ_INT(nd_read_meantime(MEANTIME, ND_ALL, &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 6);
  if (c.n_docs == 6) {
    NM_CHECK_EQ_STR(c.docs[0].id, "a1");
    NM_CHECK_EQ_STR(c.docs[5].id, "b3");
  }
  nd_corpus_free(&c);
  NM_CHECK_EQ_INT(nd_read_meantime(MEANTIME, ND_TRAIN, &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 4);
  if (c.n_docs == 4) {
    NM_CHECK_EQ_STR(c.docs[0].id, "a1");
    NM_CHECK_EQ_STR(c.docs[1].id, "a2");
    NM_CHECK_EQ_STR(c.docs[2].id, "b1");
    NM_CHECK_EQ_STR(c.docs[3].id, "b3");
    /* b3's sentence 6 begins at token 3: MEANTIME annotates sentences 0
     * to 5 in full, so its name there is not scored */
    NM_CHECK_EQ_INT(c.docs[3].scored_end, 3);
    NM_CHECK_EQ_INT(c.docs[3].n_m, 1);
    if (c.docs[3].n_m == 1) CHECK_M(&c.docs[3], 0, 3, 4, ND_PLACE, 0, "n--");
    NM_CHECK_EQ_INT(c.docs[0].scored_end, 0);
  }
  nd_corpus_free(&c);
  NM_CHECK_EQ_INT(nd_read_meantime(MEANTIME, ND_DEV, &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 1);
  if (c.n_docs == 1) {
    NM_CHECK_EQ_STR(c.docs[0].id, "a3");
    NM_CHECK_EQ_INT(c.docs[0].n_m, 1);
    if (c.docs[0].n_m == 1) CHECK_M(&c.docs[0], 0, 0, 1, ND_PLACE, 0, "ns-");
  }
  nd_corpus_free(&c);
  NM_CHECK_EQ_INT(nd_read_meantime(MEANTIME, ND_TEST, &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 1);
  if (c.n_docs == 1) {
    NM_CHECK_EQ_STR(c.docs[0].id, "b2");
    NM_CHECK_EQ_INT(c.docs[0].n_m, 2);
    if (c.docs[0].n_m == 2) {
      CHECK_M(&c.docs[0], 0, 0, 2, ND_PERSON, 0, "ns-");
      CHECK_M(&c.docs[0], 1, 4, 5, ND_PLACE, 1, "ns-");
    }
  }
  nd_corpus_free(&c);
}

NM_TEST(meantime_document_and_mentions) {
  nd_corpus c;
  NM_CHECK_EQ_INT(nd_read_meantime(MEANTIME, ND_TRAIN, &c), 0);
  if (c.n_docs < 1) return;
  const nd_doc *d = &c.docs[0];
  size_t np, ns, nt;
  nm_doc_paragraphs(d->doc, &np);
  nm_doc_sentences(d->doc, &ns);
  const nm_token *t = nm_doc_tokens(d->doc, &nt);
  NM_CHECK_EQ_INT(np, 3);
  NM_CHECK_EQ_INT(ns, 3);
  NM_CHECK_EQ_INT(nt, 28);
  size_t len;
  const char *text = nm_doc_text(d->doc, &len);
  NM_CHECK(len > 20 && memcmp(text, "Harbor talks resume\n\nPort of", 28) == 0);
  /* &amp; decoded */
  if (nt == 28) NM_CHECK(t[14].end - t[14].start == 1 && text[t[14].start] == '&');
  NM_CHECK_EQ_INT(d->n_m, 10);
  if (d->n_m == 10) {
    /* "Harbor talks": NAM, but refers to no entity */
    CHECK_M(d, 0, 0, 1, ND_OTHER, -1, "n--");
    /* PRE.NAM "Port of Calder": named, not scored */
    CHECK_M(d, 1, 3, 6, ND_ORG, 1, "n--");
    /* NAM "Port of Calder chief executive Mara Velt" -> "Mara Velt" */
    CHECK_M(d, 2, 8, 10, ND_PERSON, 0, "ns-");
    NM_CHECK_EQ_STR(span_text(d, 8, 10), "Mara Velt");
    CHECK_M(d, 3, 11, 14, ND_PLACE, 6, "---");
    CHECK_M(d, 4, 12, 13, ND_PLACE, 2, "n--");
    /* no syntactic type: "Osterby 's unions" does not end in a name;
     * "Osterby" does, and is named but not scored */
    CHECK_M(d, 5, 15, 18, ND_ORG, 3, "---");
    CHECK_M(d, 6, 15, 16, ND_PLACE, 5, "n--");
    /* "She" (empty syntactic type) of Mara Velt's entity */
    CHECK_M(d, 7, 20, 21, ND_PERSON, 0, "--p");
    /* the apposition, and the name in it */
    CHECK_M(d, 8, 22, 27, ND_ORG, 4, "---");
    CHECK_M(d, 9, 22, 24, ND_ORG, 4, "ns-");
  }
  nd_corpus_free(&c);
}

/* A temporary MEANTIME directory holding one file with the given text. */
static int meantime_text(const char *xml, nd_corpus *c) {
  const char *tmp = getenv("TMPDIR");
  char dir[512], file[600];
  snprintf(dir, sizeof dir, "%s/nm-mt-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(dir)) {
    NM_CHECK(0);
    return -1;
  }
  snprintf(file, sizeof file, "%s/doc.xml", dir);
  FILE *f = fopen(file, "wb");
  NM_CHECK(f != NULL);
  int rc = -1;
  if (f) {
    fputs(xml, f);
    fclose(f);
    quiet(1);
    rc = nd_read_meantime(dir, ND_ALL, c);
    quiet(0);
    unlink(file);
  }
  rmdir(dir);
  return rc;
}

#define MT_TOKENS                                                                                  \
  "<Document doc_id=\"1\">\n<token number=\"0\" sentence=\"0\" t_id=\"1\">Calder</token>\n"

NM_TEST(meantime_malformed_files_are_rejected) {
  nd_corpus c;
  const char *bad[] = {
      /* an anchor to no token */
      MT_TOKENS "<ENTITY_MENTION m_id=\"1\" syntactic_type=\"NAM\">\n<token_anchor t_id=\"7\"/>\n"
                "</ENTITY_MENTION>\n</Document>\n",
      /* an unterminated token */
      "<Document>\n<token number=\"0\" sentence=\"0\" t_id=\"1\">Calder\n",
      /* a malformed tag */
      MT_TOKENS "<ENTITY_MENTION m_id=1>\n</Document>\n",
      /* a token without t_id */
      "<Document>\n<token number=\"0\" sentence=\"0\">Calder</token>\n</Document>\n",
      /* the same t_id twice */
      MT_TOKENS "<token number=\"1\" sentence=\"0\" t_id=\"1\">port</token>\n</Document>\n",
      /* an empty token */
      "<Document>\n<token number=\"0\" sentence=\"0\" t_id=\"1\"> </token>\n</Document>\n",
      /* no tokens */
      "<Document>\n</Document>\n",
      /* an unterminated comment */
      MT_TOKENS "<!-- no end\n",
      /* a mention left open */
      MT_TOKENS "<ENTITY_MENTION m_id=\"1\">\n<token_anchor t_id=\"1\"/>\n",
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    NM_CHECK_EQ_INT(meantime_text(bad[i], &c), 2);
    NM_CHECK_EQ_INT(c.n_docs, 0);
  }
  quiet(1);
  int rc1 = nd_read_meantime("tests/data/ner/no-such-dir", ND_ALL, &c);
  int rc2 = nd_read_meantime("tests/data/ner/meantime/corpus_alpha/a1.xml", ND_ALL, &c);
  int rc3 = nd_read_meantime("tests/unit", ND_ALL, &c); /* a directory without files */
  quiet(0);
  NM_CHECK_EQ_INT(rc1, 2);
  NM_CHECK_EQ_INT(rc2, 2);
  NM_CHECK_EQ_INT(rc3, 2);
  /* character references and a CDATA section inside a token */
  NM_CHECK_EQ_INT(meantime_text("<Document>\n<token number=\"0\" sentence=\"0\" t_id=\"1\">"
                                "Caf&#233;&#x21;<![CDATA[<b>]]></token>\n</Document>\n",
                                &c),
                  0);
  if (c.n_docs == 1) {
    size_t n;
    const char *text = nm_doc_text(c.docs[0].doc, &n);
    NM_CHECK(n == 9 && memcmp(text, "Caf\xc3\xa9!<b>", 9) == 0);
  }
  nd_corpus_free(&c);
}

NM_TEST(wikigold_documents_and_mentions) {
  nd_corpus c;
  NM_CHECK_EQ_INT(nd_read_wikigold(WIKIGOLD, &c), 0);
  NM_CHECK_EQ_INT(c.n_docs, 2);
  if (c.n_docs != 2) {
    nd_corpus_free(&c);
    return;
  }
  const nd_doc *d = &c.docs[0];
  NM_CHECK_EQ_STR(d->id, "wikigold-1");
  NM_CHECK_EQ_INT(n_tokens(d), 11);
  size_t ns;
  nm_doc_sentences(d->doc, &ns);
  NM_CHECK_EQ_INT(ns, 2);
  NM_CHECK_EQ_INT(d->n_m, 6);
  if (d->n_m == 6) {
    CHECK_M(d, 0, 0, 1, ND_PERSON, -1, "ns-");
    /* I-ORG I-ORG | blank line | I-ORG: two mentions */
    CHECK_M(d, 1, 1, 3, ND_ORG, -1, "ns-");
    CHECK_M(d, 2, 3, 4, ND_ORG, -1, "ns-");
    /* I-LOC B-LOC: two adjacent mentions */
    CHECK_M(d, 3, 6, 7, ND_PLACE, -1, "ns-");
    CHECK_M(d, 4, 7, 8, ND_PLACE, -1, "ns-");
    CHECK_M(d, 5, 9, 10, ND_PLACE, -1, "ns-");
  }
  d = &c.docs[1];
  NM_CHECK_EQ_STR(d->id, "wikigold-2");
  NM_CHECK_EQ_INT(n_tokens(d), 5);
  NM_CHECK_EQ_INT(d->n_m, 1);
  /* MISC: named, never scored */
  if (d->n_m == 1) CHECK_M(d, 0, 0, 3, ND_OTHER, -1, "n--");
  nd_corpus_free(&c);
}

NM_TEST(wikigold_malformed_files_are_rejected) {
  const char *bad[] = {"Velt I-PER\nHarbour\n", "Velt X-PER\n", "Velt I-\n", " I-PER\n"};
  nd_corpus c;
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char *p = temp_file(bad[i]);
    NM_CHECK(p != NULL);
    if (!p) continue;
    quiet(1);
    int rc = nd_read_wikigold(p, &c);
    quiet(0);
    NM_CHECK_EQ_INT(rc, 2);
    NM_CHECK_EQ_INT(c.n_docs, 0);
    unlink(p);
    free(p);
  }
  quiet(1);
  int rc = nd_read_wikigold("tests/data/ner/no-such-file", &c);
  quiet(0);
  NM_CHECK_EQ_INT(rc, 2);
  /* CRLF and tabs are accepted; an empty file has no documents */
  char *p = temp_file("Velt\tI-PER\r\nsang O\r\n");
  if (p) {
    NM_CHECK_EQ_INT(nd_read_wikigold(p, &c), 0);
    NM_CHECK_EQ_INT(c.n_docs, 1);
    if (c.n_docs == 1) NM_CHECK_EQ_INT(c.docs[0].n_m, 1);
    nd_corpus_free(&c);
    unlink(p);
    free(p);
  }
  p = temp_file("");
  if (p) {
    NM_CHECK_EQ_INT(nd_read_wikigold(p, &c), 0);
    NM_CHECK_EQ_INT(c.n_docs, 0);
    nd_corpus_free(&c);
    unlink(p);
    free(p);
  }
}

/* --- The scorer ------------------------------------------------------- */

static nd_mention G(uint32_t s, uint32_t e, nd_type t, int32_t cl, const char *flags) {
  nd_mention m = {s, e, t, cl, flags[0] == 'n', flags[1] == 's', flags[2] == 'p'};
  return m;
}

static nm_mention P(uint32_t s, uint32_t e, nm_entity_type t, nm_mention_kind k, uint32_t ent) {
  nm_mention m = {0};
  m.first_token = s;
  m.n_tokens = e - s;
  m.type = t;
  m.kind = k;
  m.entity = ent;
  return m;
}

NM_TEST(scorer_counts_types_ignores_and_pronouns) {
  nd_mention gold[] = {
      G(0, 2, ND_PERSON, 1, "ns-"),   G(3, 4, ND_ORG, 3, "ns-"),
      G(5, 6, ND_PLACE, 2, "ns-"),    G(7, 8, ND_PERSON, 4, "n--"),
      G(9, 10, ND_OTHER, 5, "n--"),   G(11, 12, ND_PLACE, 6, "ns-"),
      G(13, 14, ND_PERSON, 1, "--p"), G(15, 16, ND_PERSON, 2, "--p"),
      G(17, 18, ND_PERSON, 1, "--p"),
  };
  nm_mention pred[] = {
      P(0, 2, NM_ENT_PERSON, NM_MENTION_NAME, 0),      /* right */
      P(3, 4, NM_ENT_GPE, NM_MENTION_NAME, 2),         /* the wrong type */
      P(5, 6, NM_ENT_LOC, NM_MENTION_NAME, 1),         /* LOC is a place: right */
      P(7, 8, NM_ENT_PERSON, NM_MENTION_NAME, 3),      /* an unscored name: ignored */
      P(9, 10, NM_ENT_MISC, NM_MENTION_NAME, 4),       /* MISC: not scored */
      P(9, 10, NM_ENT_ORG, NM_MENTION_NAME, 5),        /* OTHER gold is not ignorable */
      P(11, 12, NM_ENT_GPE, NM_MENTION_NOMINAL, 6),    /* not a name */
      P(13, 14, NM_ENT_PERSON, NM_MENTION_PRONOUN, 0), /* to Mara's entity: right */
      P(15, 16, NM_ENT_PERSON, NM_MENTION_PRONOUN, 0), /* cluster 2 is not entity 0 */
      P(0, 2, NM_ENT_PERSON, NM_MENTION_NAME, 0),      /* a duplicate counts once */
      P(7, 8, NM_ENT_NORP, NM_MENTION_NAME, 7),
  };
  uint32_t e0[] = {0, 7, 8}, e1[] = {2};
  nm_entity ents[8];
  memset(ents, 0, sizeof ents);
  ents[0].mentions = e0;
  ents[0].n_mentions = 3;
  ents[1].mentions = e1;
  ents[1].n_mentions = 1;
  nd_counts c = {0};
  NM_CHECK(nd_score_doc(gold, sizeof gold / sizeof *gold, pred, sizeof pred / sizeof *pred, ents, 8,
                        0, &c));
  NM_CHECK_EQ_INT(c.tp[ND_PERSON], 1);
  NM_CHECK_EQ_INT(c.fp[ND_PERSON], 0);
  NM_CHECK_EQ_INT(c.fn[ND_PERSON], 0);
  NM_CHECK_EQ_INT(c.tp[ND_ORG], 0);
  NM_CHECK_EQ_INT(c.fp[ND_ORG], 1);
  NM_CHECK_EQ_INT(c.fn[ND_ORG], 1);
  NM_CHECK_EQ_INT(c.tp[ND_PLACE], 1);
  NM_CHECK_EQ_INT(c.fp[ND_PLACE], 1);
  NM_CHECK_EQ_INT(c.fn[ND_PLACE], 1);
  NM_CHECK_EQ_INT(c.tp[ND_OTHER] + c.fp[ND_OTHER] + c.fn[ND_OTHER], 0);
  NM_CHECK_EQ_INT(c.ignored, 1);
  /* spans: [0,2) [3,4) [5,6) found, [9,10) extra, [11,12) missed */
  NM_CHECK_EQ_INT(c.span_tp, 3);
  NM_CHECK_EQ_INT(c.span_fp, 1);
  NM_CHECK_EQ_INT(c.span_fn, 1);
  NM_CHECK_EQ_INT(c.pronouns, 3);
  NM_CHECK_EQ_INT(c.pronouns_ok, 1);
  /* counts add up over documents */
  NM_CHECK(nd_score_doc(gold, sizeof gold / sizeof *gold, pred, sizeof pred / sizeof *pred, ents, 8,
                        0, &c));
  NM_CHECK_EQ_INT(c.tp[ND_PERSON], 2);
  NM_CHECK_EQ_INT(c.pronouns_ok, 2);
}

NM_TEST(scorer_edge_cases) {
  /* an ignorable span that is also a scored span of another type: a type
   * error, not ignored */
  nd_mention gold[] = {G(0, 1, ND_PERSON, 1, "ns-"), G(0, 1, ND_ORG, 2, "n--"),
                       G(4, 5, ND_PERSON, 1, "--p")};
  nm_mention pred[] = {P(0, 1, NM_ENT_ORG, NM_MENTION_NAME, 0),
                       /* an entity index out of range */
                       P(4, 5, NM_ENT_PERSON, NM_MENTION_PRONOUN, 99)};
  nd_counts c = {0};
  NM_CHECK(nd_score_doc(gold, 3, pred, 2, NULL, 0, 0, &c));
  NM_CHECK_EQ_INT(c.fp[ND_ORG], 1);
  NM_CHECK_EQ_INT(c.fn[ND_PERSON], 1);
  NM_CHECK_EQ_INT(c.ignored, 0);
  NM_CHECK_EQ_INT(c.span_tp, 1);
  NM_CHECK_EQ_INT(c.pronouns, 1);
  NM_CHECK_EQ_INT(c.pronouns_ok, 0);
  /* a mention index out of range in an entity, an empty and an
   * overflowing prediction */
  uint32_t bad[] = {42};
  nm_entity ent = {0};
  ent.mentions = bad;
  ent.n_mentions = 1;
  nm_mention odd[] = {P(4, 5, NM_ENT_PERSON, NM_MENTION_PRONOUN, 0),
                      P(3, 3, NM_ENT_PERSON, NM_MENTION_NAME, 0),
                      P(UINT32_MAX - 1, UINT32_MAX - 1, NM_ENT_ORG, NM_MENTION_NAME, 0)};
  odd[2].n_tokens = 5;
  memset(&c, 0, sizeof c);
  NM_CHECK(nd_score_doc(gold, 3, odd, 3, &ent, 1, 0, &c));
  NM_CHECK_EQ_INT(c.fp[ND_PERSON] + c.fp[ND_ORG], 0);
  NM_CHECK_EQ_INT(c.pronouns_ok, 0);
  /* false positives inside a gold mention of any kind, and outside all */
  nd_mention plain[] = {G(0, 3, ND_OTHER, -1, "---"), G(3, 4, ND_PERSON, 1, "ns-")};
  nm_mention fps[] = {P(1, 2, NM_ENT_ORG, NM_MENTION_NAME, 0),
                      P(2, 4, NM_ENT_ORG, NM_MENTION_NAME, 0),
                      P(5, 6, NM_ENT_ORG, NM_MENTION_NAME, 0)};
  memset(&c, 0, sizeof c);
  NM_CHECK(nd_score_doc(plain, 2, fps, 3, NULL, 0, 0, &c));
  NM_CHECK_EQ_INT(c.fp[ND_ORG], 3);
  NM_CHECK_EQ_INT(c.fp_unannotated, 1);
  /* predictions after the annotated text count in outside only; a gold
   * pronoun there still sees its prediction */
  memset(&c, 0, sizeof c);
  NM_CHECK(nd_score_doc(plain, 2, fps, 3, NULL, 0, 5, &c));
  NM_CHECK_EQ_INT(c.fp[ND_ORG], 2);
  NM_CHECK_EQ_INT(c.outside, 1);
  NM_CHECK_EQ_INT(c.fp_unannotated, 0);
  memset(&c, 0, sizeof c);
  NM_CHECK(nd_score_doc(gold, 3, pred, 2, NULL, 0, 1, &c));
  NM_CHECK_EQ_INT(c.fp[ND_ORG], 1);
  NM_CHECK_EQ_INT(c.pronouns, 1);
  NM_CHECK_EQ_INT(c.outside, 0); /* a pronoun is no name */
  /* nothing at all */
  memset(&c, 0, sizeof c);
  NM_CHECK(nd_score_doc(NULL, 0, NULL, 0, NULL, 0, 0, &c));
  NM_CHECK_EQ_INT(c.span_tp + c.span_fp + c.span_fn + c.pronouns, 0);
}

NM_TEST(type_names_and_mapping) {
  NM_CHECK_EQ_STR(nd_type_name(ND_PERSON), "PERSON");
  NM_CHECK_EQ_STR(nd_type_name(ND_ORG), "ORG");
  NM_CHECK_EQ_STR(nd_type_name(ND_PLACE), "PLACE");
  NM_CHECK_EQ_STR(nd_type_name(ND_OTHER), "OTHER");
  NM_CHECK_EQ_INT(nd_type_of(NM_ENT_PERSON), ND_PERSON);
  NM_CHECK_EQ_INT(nd_type_of(NM_ENT_ORG), ND_ORG);
  NM_CHECK_EQ_INT(nd_type_of(NM_ENT_GPE), ND_PLACE);
  NM_CHECK_EQ_INT(nd_type_of(NM_ENT_LOC), ND_PLACE);
  NM_CHECK_EQ_INT(nd_type_of(NM_ENT_NORP), ND_OTHER);
  NM_CHECK_EQ_INT(nd_type_of(NM_ENT_MISC), ND_OTHER);
}

int main(void) {
  NM_RUN(gum_documents_tokens_and_genres);
  NM_RUN(gum_mentions_nesting_normalisation_and_flags);
  NM_RUN(gum_malformed_files_are_rejected);
  NM_RUN(meantime_split);
  NM_RUN(meantime_document_and_mentions);
  NM_RUN(meantime_malformed_files_are_rejected);
  NM_RUN(wikigold_documents_and_mentions);
  NM_RUN(wikigold_malformed_files_are_rejected);
  NM_RUN(scorer_counts_types_ignores_and_pronouns);
  NM_RUN(scorer_edge_cases);
  NM_RUN(type_names_and_mapping);
  NM_TEST_MAIN_END();
}
