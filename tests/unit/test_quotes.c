/* test_quotes.c - stage "quotes": quotation marks, kinds, cues, speakers.
 *
 * The articles in tests/data/quotes/ were written by the newsmill team
 * (people and places are invented); each holds some of the traps issue 5
 * lists: "he said" after a paragraph about someone else, quotations left
 * open at a paragraph's end and reopened, attributions in the middle,
 * continuation paragraphs without attribution, partial quotations, terms
 * in quotation marks, nested and unbalanced marks, "according to",
 * "X's spokesman said". They run through the whole pipeline with the
 * shipped models (run from the repository root). Mark pairing, JSON and
 * pathological inputs use a pipeline without models. */
#include "quotes.h"
#include "quotes_int.h"
#include "test.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static nm_pipeline *pipe_full; /* shipped models */
static nm_pipeline *pipe_seg;  /* segmentation only */

static nm_doc *run(nm_pipeline *p, const char *text, size_t len) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, len, &e);
  NM_CHECK(d != NULL);
  if (!d) return NULL;
  NM_CHECK_EQ_INT(nm_process(p, d, &e), NM_OK);
  return d;
}

static nm_doc *article(const char *name) {
  char path[256];
  snprintf(path, sizeof path, "tests/data/quotes/%s", name);
  size_t len;
  unsigned char *b = nm_test_slurp(path, &len);
  if (!b) {
    fprintf(stderr, "cannot read %s (run from the repository root)\n", path);
    NM_CHECK(b != NULL);
    return NULL;
  }
  nm_doc *d = run(pipe_full, (const char *)b, len);
  free(b);
  return d;
}

/* The quotation whose content starts with prefix (the first, or the one of
 * the given kind when kind >= 0); NULL after a failed check. */
static const nm_quote *find_kind(const nm_doc *d, const char *prefix, int kind) {
  size_t n, len;
  const nm_quote *q = nm_doc_quotes(d, &n);
  const char *text = nm_doc_text(d, &len);
  size_t pl = strlen(prefix);
  for (size_t i = 0; i < n; i++)
    if (q[i].end - q[i].start >= pl && !memcmp(text + q[i].start, prefix, pl) &&
        (kind < 0 || (int)q[i].kind == kind))
      return &q[i];
  fprintf(stderr, "no quotation starts with \"%s\"\n", prefix);
  NM_CHECK(0);
  return NULL;
}

static const nm_quote *find(const nm_doc *d, const char *prefix) {
  return find_kind(d, prefix, -1);
}

static bool starts_any(const nm_doc *d, const char *prefix) {
  size_t n, len;
  const nm_quote *q = nm_doc_quotes(d, &n);
  const char *text = nm_doc_text(d, &len);
  for (size_t i = 0; i < n; i++)
    if (q[i].end - q[i].start >= strlen(prefix) &&
        !memcmp(text + q[i].start, prefix, strlen(prefix)))
      return true;
  return false;
}

static char span_buf[4][512];

/* Text of a span (a rotating static buffer; "" for an empty span). */
static const char *span_text(const nm_doc *d, nm_span s) {
  static int k;
  char *b = span_buf[k++ & 3];
  size_t len;
  const char *text = nm_doc_text(d, &len);
  size_t n = s.end > s.start ? s.end - s.start : 0;
  if (n >= sizeof span_buf[0]) n = sizeof span_buf[0] - 1;
  memcpy(b, text + s.start, n);
  b[n] = '\0';
  return b;
}

static const char *speaker_name(const nm_doc *d, const nm_quote *q) {
  size_t ne;
  const nm_entity *e = nm_doc_entities(d, &ne);
  if (q->speaker < ne) return e[q->speaker].name;
  return q->speaker_name ? q->speaker_name : "(none)";
}

/* The speaker's name of text's quotation i, "(no quotation)" when it has
 * fewer (a static buffer). */
static const char *nth_speaker(const char *text, size_t i) {
  static char buf[128];
  nm_doc *d = run(pipe_full, text, strlen(text));
  size_t n = 0;
  const nm_quote *q = d ? nm_doc_quotes(d, &n) : NULL;
  snprintf(buf, sizeof buf, "%s", i < n ? speaker_name(d, &q[i]) : "(no quotation)");
  nm_doc_free(d);
  return buf;
}

/* kind, speaker name, the mention used and the cue ("" for none). */
static void expect(const nm_doc *d, const nm_quote *q, nm_quote_kind kind, const char *name,
                   const char *mention, const char *cue) {
  if (!q) return;
  NM_CHECK_EQ_STR(nm_quote_kind_name(q->kind), nm_quote_kind_name(kind));
  NM_CHECK_EQ_STR(speaker_name(d, q), name);
  NM_CHECK_EQ_STR(span_text(d, q->speaker_mention), mention);
  NM_CHECK_EQ_STR(span_text(d, q->cue), cue);
}

/* Every quotation: in text order, inside the text, a valid speaker,
 * principal and continued quotation (an earlier one), marks outside. */
static void check_invariants(const nm_doc *d) {
  size_t n, len, ne;
  const nm_quote *q = nm_doc_quotes(d, &n);
  const char *text = nm_doc_text(d, &len);
  nm_doc_entities(d, &ne);
  for (size_t i = 0; i < n; i++) {
    NM_CHECK(q[i].start < q[i].end && q[i].end <= len);
    if (i) NM_CHECK(q[i - 1].start <= q[i].start);
    NM_CHECK(q[i].speaker == UINT32_MAX || q[i].speaker < ne);
    NM_CHECK(q[i].principal == UINT32_MAX || q[i].principal < ne);
    NM_CHECK(q[i].continues == UINT32_MAX || q[i].continues < i);
    NM_CHECK(q[i].cue.start <= q[i].cue.end && q[i].cue.end <= len);
    if (q[i].kind == NM_QUOTE_TERM) NM_CHECK(q[i].speaker == UINT32_MAX && !q[i].speaker_name);
    /* the content of a quotation never starts or ends with its own mark */
    if (q[i].kind != NM_QUOTE_INDIRECT) {
      const unsigned char *s = (const unsigned char *)text + q[i].start;
      NM_CHECK(!(s[0] == '"' || (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x9C)));
    }
  }
}

/* text through the whole pipeline, its quotations checked for the
 * invariants; NULL (a failed check) when it cannot be processed */
static nm_doc *checked(const char *text) {
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (d) check_invariants(d);
  return d;
}

/* Runs text through the full pipeline and checks the quotation holding
 * content as expect() does. */
static void expect_in(const char *text, const char *content, nm_quote_kind kind, const char *name,
                      const char *mention, const char *cue) {
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, content), kind, name, mention, cue);
  nm_doc_free(d);
}


/* ------------------------------------------------------------------ */

NM_TEST(word_lists) {
  NM_CHECK_EQ_INT(nm_quote_lex_check(), 1);
  NM_CHECK(nm_quote_verb_class("say", 3) & NM_QV_SAY);
  NM_CHECK(nm_quote_verb_class("believe", 7) & NM_QV_THINK);
  NM_CHECK(nm_quote_verb_class("urge", 4) & NM_QV_XCOMP);
  NM_CHECK(nm_quote_verb_class("laugh", 5) == NM_QV_MANNER);
  NM_CHECK_EQ_INT(nm_quote_verb_class("eat", 3), 0);
  /* forms, for untagged text */
  NM_CHECK(nm_quote_form_class("said", 4) & NM_QV_SAY);
  NM_CHECK(nm_quote_form_class("told", 4) & NM_QV_SAY);
  NM_CHECK(nm_quote_form_class("warned", 6) & NM_QV_SAY);
  NM_CHECK(nm_quote_form_class("replies", 7) & NM_QV_SAY);
  NM_CHECK(nm_quote_form_class("urging", 6) & NM_QV_SAY);
  NM_CHECK(nm_quote_form_class("argued", 6) & NM_QV_SAY);
  NM_CHECK_EQ_INT(nm_quote_form_class("sailed", 6), 0);
  NM_CHECK(nm_quote_verb_class("hail", 4) & NM_QV_SAY); /* "hailed it as "a step …"" */
  NM_CHECK(nm_quote_verb_class("denounce", 8) & NM_QV_OBJ);
  NM_CHECK(nm_quote_agent_noun("spokesman", 9));
  NM_CHECK(!nm_quote_agent_noun("minister", 8));
  NM_CHECK(nm_quote_naming_word("so-called", 9));
}

/* "Arnor expelled an envoy and accused Gondor of paying voters ahead of
 * Sunday's election, the foreign ministry said": the accusation ends
 * before the ministry's report, and the report's content, whose last
 * words the parse hung on "said", runs to the comma before the
 * reporter */
NM_TEST(report_after_an_accusation_ends_both) {
  const char *t = "Moldova expelled a Russian diplomat on Monday and accused Moscow of funding a "
                  "scheme to buy votes ahead of Sunday's parliamentary election, the foreign "
                  "ministry said.";
  nm_doc *d = checked(t);
  if (!d) return;
  const nm_quote *a = find(d, "Moscow of funding");
  const nm_quote *r = find(d, "Moldova expelled");
  NM_CHECK(a != NULL && r != NULL);
  nm_span as = {a ? a->start : 0, a ? a->end : 0}, rs = {r ? r->start : 0, r ? r->end : 0};
  NM_CHECK_EQ_STR(span_text(d, as), "Moscow of funding a scheme to buy votes ahead of Sunday's "
                                    "parliamentary election");
  NM_CHECK_EQ_STR(span_text(d, rs), "Moldova expelled a Russian diplomat on Monday and accused "
                                    "Moscow of funding a scheme to buy votes ahead of Sunday's "
                                    "parliamentary election");
  nm_doc_free(d);
}

/* "A court sentenced X to eight months in prison for refusing to
 * testify": the refusal is X's, not the court's */
NM_TEST(refusal_given_as_a_reason_is_the_object_s) {
  const char *t = "A court in Georgia on Friday sentenced opposition leader Nika Melia to eight "
                  "months in prison for refusing to testify before a parliamentary commission.";
  nm_doc *d = checked(t);
  if (!d) return;
  const nm_quote *q = find(d, "to testify");
  NM_CHECK(q != NULL);
  if (q) NM_CHECK_EQ_STR(span_text(d, q->speaker_mention), "Nika Melia");
  nm_doc_free(d);
}

/* Spans of a text segmented without models, as "first-last flags" tokens. */
static void spans_of(const char *text, char *out, size_t cap) {
  nm_doc *d = run(pipe_seg, text, strlen(text));
  out[0] = '\0';
  if (!d) return;
  nm_vec v;
  nm_vec_init(&v, sizeof(nm_qspan));
  uint32_t *inq = malloc((d->tokens.n + 1) * sizeof *inq);
  for (size_t i = 0; i < d->tokens.n; i++)
    inq[i] = NM_QNONE;
  NM_CHECK_EQ_INT(nm_quote_spans(d, &v, inq), NM_OK);
  size_t o = 0;
  for (size_t i = 0; i < v.n; i++) {
    const nm_qspan *s = (const nm_qspan *)v.data + i;
    nm_span sp = {d->text ? ((const nm_token *)d->tokens.data)[s->first].start : 0,
                  ((const nm_token *)d->tokens.data)[s->last - 1].end};
    o += (size_t)snprintf(out + o, cap - o, "%s[%s]%s%s%s", i ? " " : "", span_text(d, sp),
                          (s->flags & NM_QS_LEFT_OPEN) ? "+open" : "",
                          (s->flags & NM_QS_REOPENED) ? "+reopened" : "",
                          (s->flags & NM_QS_SINGLE) ? "+single" : "");
    if (o >= cap) break;
  }
  nm_vec_free(&v);
  free(inq);
  nm_doc_free(d);
}

NM_TEST(mark_pairing) {
  char got[1024];
  spans_of("“Yes,” he said. \"No,\" she said.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[Yes,] [No,]");
  /* nested marks stay inside; an apostrophe that never closes is no mark */
  spans_of("“It is not ‘yes’ or ‘no.’ It is the ’90s,” he said.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[It is not ‘yes’ or ‘no.’ It is the ’90s,]");
  /* a curly quotation inside a straight one */
  spans_of("\"Read the question: “Do you agree?” Then answer,\" he said.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[Read the question: “Do you agree?” Then answer,]");
  /* the Smiths’ possessive is a word's part, not a mark */
  spans_of("The Smiths’ house was ‘fine’ then.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[fine]+single");
  /* left open, reopened; then closed */
  spans_of("“One.\n\n“Two.\n\n“Three,” she said.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[One.]+open [Two.]+open+reopened [Three,]+reopened");
  /* a paragraph that does not reopen ends the quotation */
  spans_of("He called it “a shame.\n\nShe left.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[a shame.]+open");
  /* a stray closing mark is no quotation; a second opening ends the first */
  spans_of("They left.” Then “one “two” three.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[one] [two]");
  /* an opening mark that never closes, around quotations that do, is a
   * stray; a quotation nested at the end of one left open is not */
  spans_of("\"Smith walked in, chanting “We win!”\n\n“Next,” she said.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[We win!] [Next,]");
  spans_of("“He told me, ‘Go home.’\n\n“So I did,” she said.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[He told me, ‘Go home.’]+open [So I did,]+reopened");
  /* a paragraph that resumes without reopening */
  spans_of("“One.\n\nTwo,” she said.", got, sizeof got);
  NM_CHECK_EQ_STR(got, "[One.]+open [Two,]+reopened");
}

NM_TEST(he_said_after_someone_else) {
  nm_doc *d = article("he-said-trap.txt");
  if (!d) return;
  check_invariants(d);
  const nm_quote *q = find(d, "We came here to listen");
  expect(d, q, NM_QUOTE_DIRECT, "Elias Marsh", "Marsh", "said");
  /* after an attribution in the middle: the same quotation resumes */
  const nm_quote *q2 = find(d, "But listening is not");
  expect(d, q2, NM_QUOTE_DIRECT, "Elias Marsh", "Marsh", "");
  if (q && q2) NM_CHECK_EQ_INT(q2->continues, (uint32_t)(q - nm_doc_quotes(d, NULL)));
  /* "he said" after two paragraphs about the president, whom the quoted
   * words name: the minister */
  expect(d, find(d, "On every visit I have made"), NM_QUOTE_DIRECT, "Elias Marsh", "he", "said");
  expect(d, find(d, "But the rest is still missing"), NM_QUOTE_DIRECT, "Elias Marsh", "he", "");
  /* "he said" after a paragraph introducing the opposition leader */
  expect(d, find(d, "The president has closed"), NM_QUOTE_DIRECT, "Rafael Ostrow", "he", "said");
  /* and the entities agree: each "he" is a mention of its speaker, not of
   * the president the quoted words name */
  const char *const pron[] = {"On every visit I have made", "The president has closed"};
  for (size_t k = 0; k < 2; k++) {
    const nm_quote *qp = find(d, pron[k]);
    if (!qp) continue;
    size_t nm;
    const nm_mention *ms = nm_doc_mentions(d, &nm);
    bool seen = false;
    for (size_t i = 0; i < nm; i++)
      if (ms[i].start == qp->speaker_mention.start && ms[i].end == qp->speaker_mention.end) {
        NM_CHECK_EQ_INT(ms[i].entity, qp->speaker);
        seen = true;
      }
    NM_CHECK(seen);
  }
  /* partial quotation and reported speech in one sentence */
  expect(d, find(d, "a trap"), NM_QUOTE_PARTIAL, "Tomas Brenner", "Tomas Brenner", "called");
  expect(d, find(d, "his government would keep"), NM_QUOTE_INDIRECT, "Tomas Brenner",
         "Tomas Brenner", "said");
  nm_doc_free(d);
}

NM_TEST(continued_paragraphs) {
  nm_doc *d = article("continued-paragraphs.txt");
  if (!d) return;
  check_invariants(d);
  size_t n;
  const nm_quote *all = nm_doc_quotes(d, &n);
  expect(d, find(d, "We asked for safety rules"), NM_QUOTE_DIRECT, "Ada Kowalczyk", "she", "told");
  /* a paragraph of quotation with no attribution: the previous speaker */
  expect(d, find(d, "Nobody wins a strike"), NM_QUOTE_DIRECT, "Ada Kowalczyk", "she", "");
  /* attribution in the middle, then a paragraph left open and reopened */
  const nm_quote *a = find(d, "The port owners know");
  const nm_quote *b = find(d, "They will think twice.");
  const nm_quote *c = find(d, "And next year");
  expect(d, a, NM_QUOTE_DIRECT, "Ada Kowalczyk", "Kowalczyk", "said");
  expect(d, b, NM_QUOTE_DIRECT, "Ada Kowalczyk", "Kowalczyk", "");
  expect(d, c, NM_QUOTE_DIRECT, "Ada Kowalczyk", "Kowalczyk", "");
  if (a && b && c) {
    NM_CHECK_EQ_INT(b->continues, (uint32_t)(a - all));
    NM_CHECK_EQ_INT(c->continues, (uint32_t)(b - all));
  }
  /* offsets exclude the marks: the content ends before ” at the paragraph
   * left open, and starts after the reopening mark */
  if (b) NM_CHECK(!memcmp(d->text + b->end - 1, ".", 1) && d->text[b->end] == '\n');
  if (c) NM_CHECK(!memcmp(d->text + c->start - 3, "\xE2\x80\x9C", 3));
  expect(d, find(d, "We will have to win"), NM_QUOTE_DIRECT, "Jonas Reeve", "Reeve", "");
  expect(d, find(d, "that the losses would take"), NM_QUOTE_INDIRECT, "Jonas Reeve", "Jonas Reeve",
         "warned");
  nm_doc_free(d);
}

NM_TEST(partial_quotes_and_terms) {
  nm_doc *d = article("partial-and-terms.txt");
  if (!d) return;
  check_invariants(d);
  expect(d, find(d, "reckless"), NM_QUOTE_PARTIAL, "Maria Lindqvist", "Maria Lindqvist", "calling");
  const nm_quote *q = find(d, "leave a generation");
  if (q) {
    NM_CHECK_EQ_STR(nm_quote_kind_name(q->kind), "partial");
    NM_CHECK_EQ_STR(speaker_name(d, q), "Maria Lindqvist");
  }
  /* the reporter's terms: a name in marks, "so-called" */
  expect(d, find(d, "Homes First"), NM_QUOTE_TERM, "(none)", "", "");
  expect(d, find(d, "affordable towers"), NM_QUOTE_TERM, "(none)", "", "");
  expect(d, find(d, "simply not true"), NM_QUOTE_PARTIAL, "Pavel Dorn", "Pavel Dorn", "said");
  /* "Dorn's spokesman said": the spokesman speaks for Dorn */
  q = find(d, "the ministry would publish");
  expect(d, q, NM_QUOTE_INDIRECT, "Dorn's spokesman", "Dorn's spokesman", "said");
  if (q) {
    size_t ne;
    const nm_entity *e = nm_doc_entities(d, &ne);
    NM_CHECK(q->speaker == UINT32_MAX);
    NM_CHECK(q->principal < ne && !strcmp(e[q->principal].name, "Pavel Dorn"));
  }
  expect(d, find(d, "rents in the capital"), NM_QUOTE_INDIRECT, "the national statistics office",
         "the national statistics office", "According to");
  nm_doc_free(d);
}

NM_TEST(reported_speech) {
  nm_doc *d = article("reported-speech.txt");
  if (!d) return;
  check_invariants(d);
  expect(d, find(d, "that a new strain of influenza"), NM_QUOTE_INDIRECT, "Health officials",
         "Health officials", "warned");
  expect(d, find(d, "that hospitals had admitted"), NM_QUOTE_INDIRECT, "Ines Alvarado",
         "Ines Alvarado", "said");
  /* "She has said …": the pronoun is the mention used */
  expect(d, find(d, "the vaccine stocks would last"), NM_QUOTE_INDIRECT, "Ines Alvarado", "She",
         "said");
  expect(d, find(d, "reports that it had delayed"), NM_QUOTE_INDIRECT, "The health ministry",
         "The health ministry", "denied");
  /* a spokesman named in apposition speaks */
  expect(d, find(d, "that new doses would arrive"), NM_QUOTE_INDIRECT, "Karl Weiss", "Karl Weiss",
         "told");
  const nm_quote *q = find(d, "to stay home if");
  if (q) {
    NM_CHECK_EQ_STR(nm_quote_kind_name(q->kind), "indirect");
    NM_CHECK_EQ_STR(span_text(d, q->cue), "urged");
  }
  q = find(d, "the mayor would hold");
  if (q) {
    NM_CHECK_EQ_STR(speaker_name(d, q), "Petrenko's spokeswoman");
    NM_CHECK(q->principal != UINT32_MAX);
  }
  /* "said Alvarado", then a short sentence that resumes the quotation */
  expect(d, find(d, "We are not closing schools"), NM_QUOTE_DIRECT, "Ines Alvarado", "Alvarado",
         "said");
  expect(d, find(d, "Not yet."), NM_QUOTE_DIRECT, "Ines Alvarado", "Alvarado", "");
  /* nested single marks stay inside their parent */
  NM_CHECK(!starts_any(d, "unusual"));
  expect(d, find(d, "It is ‘unusual,’ as my colleagues"), NM_QUOTE_DIRECT, "Ines Alvarado",
         "Alvarado", "");
  nm_doc_free(d);
}

/* a noun phrase after a comma that the parse hangs on the cue as its
 * complement is no content: "called for the breakup of X, the office …" */
NM_TEST(appositive_is_no_content) {
  const char *t = "Talks resume.\n\nKessler also called for the breakup of FARA, the UN office "
                  "for displaced herders, which is the largest supplier of grain in the north, "
                  "because of its reported bias toward Varia.\n";
  nm_doc *d = run(pipe_full, t, strlen(t));
  if (!d) return;
  check_invariants(d);
  NM_CHECK(!starts_any(d, "the UN office"));
  NM_CHECK(starts_any(d, "for the breakup of FARA"));
  nm_doc_free(d);
  /* a place the parse hung in the clause stays out of what was said */
  t = "Talks resume.\n\nThe envoy said in Tel Aviv that talks would go on.\n";
  d = run(pipe_full, t, strlen(t));
  if (!d) return;
  check_invariants(d);
  NM_CHECK(starts_any(d, "that talks would go on"));
  NM_CHECK(!starts_any(d, "in Tel Aviv"));
  nm_doc_free(d);
}

NM_TEST(unbalanced_marks) {
  nm_doc *d = article("unbalanced.txt");
  if (!d) return;
  check_invariants(d);
  /* a headline in single marks */
  expect(d, find(d, "Not one step back"), NM_QUOTE_DIRECT, "defiant mayor", "defiant mayor",
         "says");
  /* never closed: the quotation ends with its paragraph */
  const nm_quote *q = find(d, "an insult to every family");
  if (q) {
    NM_CHECK_EQ_STR(nm_quote_kind_name(q->kind), "partial");
    NM_CHECK_EQ_STR(speaker_name(d, q), "Anton Lisk");
    NM_CHECK(d->text[q->end] == '\n');
  }
  /* a closing mark without an opening one quotes nothing */
  NM_CHECK(!starts_any(d, "Residents said"));
  NM_CHECK(!starts_any(d, "The regional council"));
  /* "…," said X, "…": one quotation around its attribution */
  const nm_quote *a = find(d, "We will stand here");
  const nm_quote *b = find(d, "until they listen");
  expect(d, a, NM_QUOTE_DIRECT, "Marta Holm", "Marta Holm", "said");
  expect(d, b, NM_QUOTE_DIRECT, "Marta Holm", "Marta Holm", "said");
  if (a && b) NM_CHECK_EQ_INT(b->continues, (uint32_t)(a - nm_doc_quotes(d, NULL)));
  expect(d, find(d, "no right"), NM_QUOTE_PARTIAL, "Anton Lisk", "Lisk", "said");
  nm_doc_free(d);
}

/* "…," his lawyer, Tamar Kordzaia, told reporters: the lawyer speaks, not
 * the owner of "his"; without a name, the description does. */
NM_TEST(owner_does_not_speak) {
  static const char text[] = "Melia denied the charges. \"They want to silence everyone,\" his "
                             "lawyer, Tamar Kordzaia, told reporters.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  expect(d, find(d, "They want to silence"), NM_QUOTE_DIRECT, "Tamar Kordzaia", "Tamar Kordzaia",
         "told");
  nm_doc_free(d);
  static const char text2[] =
      "Oren Dahl denied the charges. \"They want to silence everyone,\" his lawyer told reporters.";
  d = run(pipe_full, text2, strlen(text2));
  if (!d) return;
  expect(d, find(d, "They want to silence"), NM_QUOTE_DIRECT, "his lawyer", "his lawyer", "told");
  nm_doc_free(d);
}

/* '"Teodor wants a war, and he is doing everything he can," Marin
 * said. … He said …': the subjects inside the quotation are the
 * speaker's words about someone else; the pronoun that opens the next
 * report continues the narrative's subject, the speaker. */
NM_TEST(he_after_a_quotation_is_its_speaker) {
  static const char text[] =
      "President Luka Marin accused Prime Minister Ivo Teodor of stoking violence. \"Teodor wants "
      "a war, and he is doing everything he can to drag us into one,\" Marin said. \"We will not "
      "stand by.\"\n\nHe said the defense minister had been told to move units to the border.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  expect(d, find(d, "the defense minister had been told"), NM_QUOTE_INDIRECT, "Luka Marin", "He",
         "said");
  nm_doc_free(d);
}

/* A description of the speaker cut inside a parenthesis ends before it:
 * "The head of the Tovar Agency for Relief (TAR), who …, announced". */
NM_TEST(description_ends_before_an_open_parenthesis) {
  static const char text[] = "The head of the Tovar Agency for Relief (TAR), who toured the "
                             "border area on Monday, announced that more aid would follow.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  expect(d, find(d, "that more aid"), NM_QUOTE_INDIRECT, "The head of the Tovar Agency for Relief",
         "The head of the Tovar Agency for Relief", "announced");
  nm_doc_free(d);
}

/* "In Moscow, Kremlin spokesman Dmitry Peskov accused ... and said ...":
 * the parse hangs the name on the place, so the first verb has no
 * subject; the second takes the name before the first. "attacking"
 * after "accused Kyiv of" is no report. */
NM_TEST(subject_hung_on_the_opening_place) {
  static const char text[] = "In Moscow, Kremlin spokesman Dmitry Peskov accused Kyiv of attacking "
                             "civilian targets in the Belgorod region and said Russia would "
                             "respond.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  expect(d, find(d, "Russia would respond"), NM_QUOTE_INDIRECT, "Dmitry Peskov", "Dmitry Peskov",
         "said");
  NM_CHECK(!starts_any(d, "civilian targets"));
  nm_doc_free(d);
}

/* "…," said EU foreign policy chief Jordi Barral: the person the phrase
 * after the verb ends in speaks, not the body before his title. */
NM_TEST(inverted_title_then_name) {
  static const char text[] = "\"This is a very worrying step,\" said EU foreign policy chief Jordi "
                             "Barral.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  expect(d, find(d, "This is a very"), NM_QUOTE_DIRECT, "Jordi Barral", "Jordi Barral", "said");
  nm_doc_free(d);
}

/* Of two subjects the parse gives a cue, the named one nearest the verb
 * speaks; "he" after a sentence whose subject quotes someone else's
 * deeds ("saying Marten had ignored …") is that sentence's subject. */
NM_TEST(nearest_named_subject_and_main_clause) {
  static const char text[] =
      "Police arrested the former mayor Ivo Marten on Tuesday.\n\n"
      "Marten, 70, was detained on corruption charges filed by the country's anti-graft agency, "
      "the National Audit Bureau, his lawyer Pavel Dren said.\n\n"
      "Interior Minister Tomas Rell defended the arrest, saying Marten had ignored repeated "
      "summonses. \"No one is above the law,\" he told a news conference.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  expect(d, find(d, "Marten, 70"), NM_QUOTE_INDIRECT, "Pavel Dren", "Pavel Dren", "said");
  expect(d, find(d, "No one is"), NM_QUOTE_DIRECT, "Tomas Rell", "he", "told");
  nm_doc_free(d);
}

/* a finite clause whose name ends right before its verb has that name
 * for subject, when the parse hung the name elsewhere ("… two weeks
 * after the United Arab Emirates agreed to invest …") */
NM_TEST(name_right_before_an_adverbial_clause_s_verb) {
  static const char text[] = "The announcement came less than two weeks after the United Arab "
                             "Emirates agreed to invest $35 billion in a coastal development.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  expect(d, find(d, "to invest"), NM_QUOTE_INDIRECT, "United Arab Emirates",
         "United Arab Emirates", "agreed");
  NM_CHECK(find(d, "to invest") != NULL);
  nm_doc_free(d);
}

/* "X fired a missile on Thursday, Y's military said, days after Z
 * threatened ...": the report is the clause before the cue; the time
 * anchor after it is the writer's */
NM_TEST(report_before_a_time_anchor) {
  static const char text[] = "North Korea fired a long-range ballistic missile into the sea off "
                             "its east coast on Thursday, South Korea's military said, days "
                             "after Pyongyang threatened to respond to joint drills.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  expect(d, find(d, "North Korea fired"), NM_QUOTE_INDIRECT, "South Korea's military",
         "South Korea's military",
         "said");
  /* "days" is no speaker: the parse, repaired (nm_parser_repair), makes
   * "Pyongyang" the subject of "threatened", and "days" measures the
   * clause; the threat, if read as a report, is Pyongyang's */
  const nm_quote *q = find(d, "to respond");
  if (q) NM_CHECK_EQ_STR(speaker_name(d, q), "Pyongyang");
  nm_doc_free(d);
}

/* "said Wednesday it was suspending …": the day says when it was said */
NM_TEST(day_after_the_cue_is_no_content) {
  static const char text[] = "Gondor said Wednesday it was suspending the treaty with Arnor. "
                             "Arnor said Wednesday's vote was rigged.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  NM_CHECK(find(d, "it was suspending") != NULL);
  NM_CHECK(!starts_any(d, "Wednesday it"));
  NM_CHECK(find(d, "Wednesday's vote") != NULL);
  nm_doc_free(d);
}

/* An attack by armed men is an act, not words about its object; a
 * politician's attack on a plan is words. */
NM_TEST(armed_attack_is_no_report) {
  static const char text[] = "The announcement came a day after RSF fighters attacked a "
                             "displacement camp near El Fasher, killing at least 30 people. "
                             "Senator Ilse Marow attacked the plan on Monday.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  NM_CHECK(!starts_any(d, "a displacement camp"));
  NM_CHECK(starts_any(d, "the plan"));
  nm_doc_free(d);
}

/* Without tags or a parse: direct quotations and their frames by word
 * forms alone; speakers are descriptions (there are no entities). */
NM_TEST(untagged) {
  const char *t = "“We will win,” Smith said. “And soon.”\n\nJones told reporters: “No.”";
  nm_doc *d = run(pipe_seg, t, strlen(t));
  if (!d) return;
  check_invariants(d);
  size_t n;
  nm_doc_quotes(d, &n);
  NM_CHECK_EQ_INT(n, 3);
  expect(d, find(d, "We will win,"), NM_QUOTE_DIRECT, "Smith", "Smith", "said");
  expect(d, find(d, "And soon."), NM_QUOTE_DIRECT, "Smith", "Smith", "");
  expect(d, find(d, "No."), NM_QUOTE_DIRECT, "Jones", "Jones", "told");
  nm_doc_free(d);
}

typedef struct out {
  char *s;
  size_t n;
} out;

static int out_write(void *ctx, const char *b, size_t len) {
  out *o = ctx;
  char *p = realloc(o->s, o->n + len + 1);
  if (!p) return -1;
  memcpy(p + o->n, b, len);
  o->n += len;
  p[o->n] = '\0';
  o->s = p;
  return 0;
}

NM_TEST(json_record) {
  const char *t = "“We will win,” Smith said. “Soon.”";
  nm_doc *d = run(pipe_seg, t, strlen(t));
  if (!d) return;
  out o = {0};
  NM_CHECK_EQ_INT(nm_write_json(d, 0, out_write, &o, NULL), NM_OK);
  const char *want =
      "\"quotes\":[{\"id\":\"Q1\",\"start\":3,\"end\":15,\"text\":\"We will win,\",\"kind\":"
      "\"direct\",\"cue\":{\"start\":25,\"end\":29,\"text\":\"said\"},\"speaker\":null,"
      "\"speaker_name\":\"Smith\",\"speaker_mention\":{\"start\":19,\"end\":24,\"text\":\"Smith\"},"
      "\"principal\":null,\"continues\":null,\"tone\":null},"
      "{\"id\":\"Q2\",\"start\":34,\"end\":39,\"text\":\"Soon.\",\"kind\":\"direct\",\"cue\":null,"
      "\"speaker\":null,\"speaker_name\":\"Smith\",\"speaker_mention\":{\"start\":19,\"end\":24,"
      "\"text\":\"Smith\"},\"principal\":null,\"continues\":\"Q1\",\"tone\":null}]";
  NM_CHECK(o.s && strstr(o.s, want) != NULL);
  if (o.s && !strstr(o.s, want)) fprintf(stderr, "got: %s\n", o.s);
  free(o.s);
  nm_doc_free(d);
  /* speakers that are entities: "E<n>" ids as in entities[] */
  nm_doc *d2 = article("he-said-trap.txt");
  if (!d2) return;
  out o2 = {0};
  NM_CHECK_EQ_INT(nm_write_json(d2, 0, out_write, &o2, NULL), NM_OK);
  NM_CHECK(o2.s && strstr(o2.s, "\"kind\":\"partial\",\"cue\":{") != NULL);
  NM_CHECK(o2.s && strstr(o2.s, "\"speaker\":\"E1\",\"speaker_name\":\"Elias Marsh\"") != NULL);
  free(o2.s);
  nm_doc_free(d2);
}

/* Repeats unit (units bytes each) n times. */
static char *repeat(const char *unit, size_t n, size_t *len) {
  size_t u = strlen(unit);
  char *s = malloc(u * n + 1);
  if (!s) return NULL;
  for (size_t i = 0; i < n; i++)
    memcpy(s + i * u, unit, u);
  s[u * n] = '\0';
  *len = u * n;
  return s;
}

static void pathological(nm_pipeline *p, const char *unit, size_t n) {
  size_t len;
  char *s = repeat(unit, n, &len);
  NM_CHECK(s != NULL);
  if (!s) return;
  nm_doc *d = run(p, s, len);
  if (d) {
    check_invariants(d);
    /* the stage runs again on the same document from scratch */
    size_t before;
    nm_doc_quotes(d, &before);
    NM_CHECK_EQ_INT(nm_quotes_detect(d), NM_OK);
    size_t after;
    nm_doc_quotes(d, &after);
    NM_CHECK_EQ_INT(before, after);
  }
  nm_doc_free(d);
  free(s);
}

/* Linear time and no crash: a 1 MB sentence, thousands of marks of every
 * kind, unbalanced marks in every paragraph. */
NM_TEST(pathological_inputs) {
  pathological(pipe_seg, "word ", 200000);             /* one 1 MB "sentence" */
  pathological(pipe_seg, "“ ", 100000);                /* openings only */
  pathological(pipe_seg, "” ", 100000);                /* closings only */
  pathological(pipe_seg, "\" ", 100000);               /* straight marks */
  pathological(pipe_seg, "' ‘ ’ ", 50000);             /* single marks */
  pathological(pipe_seg, "“a ‘b “c ", 30000);          /* nesting never closed */
  pathological(pipe_seg, "“Open said he.\n\n", 20000); /* every paragraph left open */
  pathological(pipe_seg, "“a,” he said, “b,” said X, ", 20000);
  /* with the models: tagging and parsing bound the size */
  pathological(pipe_full, "“We will,” he said. She said that “it” was, according to him, ", 400);
}

/* Lemmas may hold any bytes: a NUL inside one must not let a lookup read
 * past a shorter word of the list (found by fuzz_conllu). */
NM_TEST(lexicon_bytes) {
  NM_CHECK(nm_quote_verb_class("say", 3) != 0);
  NM_CHECK_EQ_INT(nm_quote_verb_class("know\0xyz", 8), 0);
  NM_CHECK_EQ_INT(nm_quote_verb_class("say\0", 4), 0);
  NM_CHECK_EQ_INT(nm_quote_verb_class("sa", 2), 0);
  NM_CHECK_EQ_INT(nm_quote_form_class("said\0\0", 6), 0);
}

/* "X, said a local official, Jean-Paul Mukendi.": a report before its cue
 * with the speaker after the cue (inverted) is that speaker's; and "he
 * said" after it is the same man ("Jean-Paul" is a man's name). */
NM_TEST(report_before_an_inverted_cue) {
  static const char text[] = "The rebels now hold the airport outside Bukavu, said a local "
                             "official, Jean-Paul Mukendi. \"Families are fleeing,\" he said.";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "The rebels now hold"), NM_QUOTE_INDIRECT, "Jean-Paul Mukendi",
         "Jean-Paul Mukendi", "said");
  expect(d, find(d, "Families are fleeing"), NM_QUOTE_DIRECT, "Jean-Paul Mukendi", "he", "said");
  nm_doc_free(d);
}

/* "Defense Secretary Lloyd Austin said", parsed as a chain of flat words
 * down from "Defense": the name the chain runs into speaks (not the
 * phrase, with no entity), and is the subject a later "He" prefers over
 * a person named after the verb. */
NM_TEST(name_at_the_end_of_a_flat_title_chain) {
  static const char text[] = "Defense Secretary Lloyd Austin said the strikes hit 13 sites. He "
                             "warned that Washington would act again.";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "the strikes hit"), NM_QUOTE_INDIRECT, "Lloyd Austin", "Lloyd Austin", "said");
  expect(d, find(d, "that Washington would"), NM_QUOTE_INDIRECT, "Lloyd Austin", "He", "warned");
  nm_doc_free(d);
  static const char text2[] = "Defense Secretary Lloyd Austin thanked Admiral Mark Halvorsen "
                              "for the strikes. He warned that Washington would act again.";
  d = run(pipe_full, text2, strlen(text2));
  if (!d) return;
  expect(d, find(d, "that Washington would"), NM_QUOTE_INDIRECT, "Lloyd Austin", "He", "warned");
  nm_doc_free(d);
}

/* "X, Kenya's foreign minister, welcomed the ruling, telling reporters
 * that ...": a participle set off by a comma after its verb's object
 * speaks for the verb's subject, not for the object */
NM_TEST(participle_after_the_object_speaks_for_the_subject) {
  static const char text[] = "Kenya's foreign minister, Tovan Elisk, welcomed the ruling, telling "
                             "reporters that the fighting must end.";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "that the fighting"), NM_QUOTE_INDIRECT, "Tovan Elisk", "Tovan Elisk",
         "telling");
  nm_doc_free(d);
}

/* "defend" with a place, a people or ground for object is no defence of
 * words: "would defend the Philippines", "defend its territory" are no
 * quotations; "defended the decision" is */
NM_TEST(defending_ground_is_no_quotation) {
  static const char text[] = "Kenya's president said his government would defend its territory. "
                             "The army would defend Kisumu. The minister defended the decision. "
                             "Soldiers who had defended the port of Odessa were freed.";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(!starts_any(d, "the port"));
  NM_CHECK(!starts_any(d, "its territory"));
  NM_CHECK(!starts_any(d, "Kisumu"));
  NM_CHECK(starts_any(d, "the decision"));
  nm_doc_free(d);
}

/* Whether some quotation of d has the cue word cue. */
static bool has_cue(const nm_doc *d, const char *cue) {
  size_t n;
  const nm_quote *q = nm_doc_quotes(d, &n);
  for (size_t i = 0; i < n; i++)
    if (!strcmp(span_text(d, q[i].cue), cue)) return true;
  return false;
}

/* an attack on a place or a thing ("has attacked police stations and
 * prisons") is an act, not words: no quotation has "attacked" for its
 * cue; a senator's attack on a plan still is one */
NM_TEST(attack_on_a_thing_is_no_quotation) {
  static const char text[] = "Gang leader Remy Bastien, whose coalition has attacked police "
                             "stations and prisons since February, warned that his fighters "
                             "would resist any foreign troops.";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(!has_cue(d, "attacked"));
  NM_CHECK(has_cue(d, "warned"));
  nm_doc_free(d);
  static const char plan[] = "The senator attacked the plan.";
  d = run(pipe_full, plan, strlen(plan));
  if (!d) return;
  NM_CHECK(has_cue(d, "attacked"));
  NM_CHECK(starts_any(d, "the plan"));
  nm_doc_free(d);
}

/* a headline that ends in its source with no full stop: no read past the
 * last word (this crashed), and the source speaks */
NM_TEST(source_at_a_headline_s_end) {
  static const char text[] = "Iran seizes oil tanker in Gulf of Oman, U.S. Navy says";
  nm_doc *d = checked(text);
  if (!d) return;
  const nm_quote *q = find(d, "Iran seizes oil tanker");
  if (q) NM_CHECK_EQ_STR(span_text(d, q->cue), "says");
  if (q) NM_CHECK_EQ_STR(span_text(d, q->speaker_mention), "U.S. Navy");
  nm_doc_free(d);
}

/* "AU Commission chairman X said", parsed with the body as the subject
 * and the title hung under it: the person named right after the title
 * speaks, not the body */
NM_TEST(person_after_a_body_s_title_speaks) {
  static const char text[] = "AU Commission chairman Adou Tiemoko Kamara said he would send "
                             "envoys to Addis Ababa and Asmara next week.";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "he would send envoys"), NM_QUOTE_INDIRECT, "Adou Tiemoko Kamara",
         "Adou Tiemoko Kamara", "said");
  nm_doc_free(d);
}

/* "in what it called a punishment for separatist acts": a for-phrase
 * after "called" and its object asks for nothing, so it is no quotation;
 * "called for a ceasefire", with no object, still is */
NM_TEST(called_x_for_y_is_no_request) {
  static const char text[] = "China launched drills, sending warships to surround the island in "
                             "what it called a punishment for separatist acts.";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(!starts_any(d, "for separatist acts"));
  nm_doc_free(d);
  static const char plea[] = "The senator called for a ceasefire.";
  d = run(pipe_full, plea, strlen(plea));
  if (!d) return;
  NM_CHECK(starts_any(d, "for a ceasefire"));
  NM_CHECK(has_cue(d, "called"));
  nm_doc_free(d);
  /* a for-clause with its own subject ("for" marks it) is a request too */
  static const char clause[] = "The families called for the footage to be released.";
  d = run(pipe_full, clause, strlen(clause));
  if (!d) return;
  NM_CHECK(starts_any(d, "for the footage"));
  nm_doc_free(d);
}

/* "A spokesman for the council, Brig. Gen. X, told …": the name after the
 * comma and the rank is the speaker */
NM_TEST(name_after_a_comma_and_a_rank_speaks) {
  static const char text[] = "A spokesman for the ruling military council, Brig. Gen. Aung "
                             "Thet Paing, told state television that the air force had struck "
                             "a camp.";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "that the air force"), NM_QUOTE_INDIRECT, "Aung Thet Paing",
         "Aung Thet Paing", "told");
  nm_doc_free(d);
}

/* '"…," President X said. He said …': the speaker of the quotation is the
 * sentence's subject for the next "he", however the parse hung "said" (a
 * relative clause of the quotation's noun), over a man named twice before */
NM_TEST(speaker_after_a_quotation_is_the_next_he) {
  static const char text[] =
      "The vote came after Governor Tomas Vell said the plan approved a new district. Vell has "
      "since ordered the port authority to prepare licenses.\n\n\"This is a direct threat to "
      "the territorial integrity of Guyana, and we will treat it as such,\" President Irfaan Ali "
      "said in a televised address late Wednesday. He said the coast guard had been placed on "
      "alert.";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "the coast guard had been"), NM_QUOTE_INDIRECT, "Irfaan Ali", "He", "said");
  nm_doc_free(d);
}

/* "issued a statement on Monday that said …", "released a letter …
 * Friday afternoon that says …": a relative clause the parse hangs on a
 * time word, or whose pronoun follows one, speaks for the noun before the
 * time phrase, never for the day */
NM_TEST(relative_clause_after_a_time_word) {
  static const char text[] = "The ministry issued a statement on Monday that said the talks had "
                             "failed. The mayor released a letter from his doctor Friday "
                             "afternoon that says he is in good health.";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "the talks had"), NM_QUOTE_INDIRECT, "The ministry", "a statement", "said");
  const nm_quote *q = find(d, "he is in good");
  if (q) NM_CHECK(strstr(span_text(d, q->speaker_mention), "letter") != NULL);
  nm_doc_free(d);
}

/* "Its spokesman, Zhao Wenbo, said … the vessel, which he said had …":
 * the sentence's subject named in apposition is the "he" of its own
 * sentence, over a man named two sentences before */
NM_TEST(apposed_subject_is_the_he_of_its_sentence) {
  static const char text[] =
      "\"It was no accident,\" a coast guard spokesman, Commodore Ramon Villaruz, told "
      "reporters. He said the ship would stay.\n\nThe China Coast Guard gave a different "
      "account. Its spokesman, Zhao Wenbo, said in a statement that the ship had collided with "
      "the Chinese vessel, which he said had been carrying out law enforcement.";
  expect_in(text, "had been carrying out", NM_QUOTE_INDIRECT, "Zhao Wenbo", "he", "said");
}

/* "The head of Mexico's diplomatic mission, Ernesto Villalobos, told
 * reporters that he had been thrown …": the name apposed to the reporting
 * verb's subject is the reporter whom "he" continues, over the president
 * and the foreign minister (Alicia, a woman's name) named before */
NM_TEST(apposed_name_of_the_reporter_is_he) {
  static const char text[] =
      "Mexican President Andres Manuel Lopez Obrador announced the rupture on Friday. Foreign "
      "Minister Alicia Barcena said Mexico would take the case to court.\n\nThe head of "
      "Mexico's diplomatic mission, Ernesto Villalobos, told reporters that he had been thrown "
      "to the ground. \"I have never seen anything like this,\" he said.";
  expect_in(text, "I have never seen", NM_QUOTE_DIRECT, "Ernesto Villalobos", "he", "said");
}

/* "She said:" after a woman named as the head of a delegation (Katrin, a
 * woman's name) is she, not the man (Hamid) quoted before */
NM_TEST(she_is_the_woman_named_before) {
  static const char text[] =
      "\"The atmosphere was serious,\" Hamid Reza Kazemi told state television after the final "
      "session.\n\nThe head of the German delegation, political director Katrin Weissler, "
      "offered a similar assessment. She said: \"We came to Vienna to find a path back.\"";
  expect_in(text, "We came to Vienna", NM_QUOTE_DIRECT, "Katrin Weissler", "She", "said");
}

/* "Haitian National Police spokesman Inspector Garry Desrosiers said",
 * parsed with "Haitian" a second subject: the subject whose title chain
 * holds the name speaks, not the body */
NM_TEST(rank_before_the_name_speaks) {
  static const char text[] = "Haitian National Police spokesman Inspector Garry Desrosiers said "
                             "at least 14 people had been killed.";
  expect_in(text, "at least 14 people", NM_QUOTE_INDIRECT, "Garry Desrosiers", "Garry Desrosiers",
            "said");
}

/* '…," said Cuadra's daughter, Ana Cuadra': the relative speaks, not the
 * one her title names; and the "she said" after her quotation is she, not
 * the mother her quotation names */
NM_TEST(relative_named_after_inverted_said_speaks) {
  static const char text[] =
      "Police detained Rosa Elena Cuadra Montiel, a former lawmaker, on Tuesday.\n\n"
      "\"They came like they were hunting criminals,\" said Cuadra's daughter, Ana Lucia "
      "Cuadra, speaking by telephone from Costa Rica, where she has lived in exile since 2022. "
      "\"My mother is 68 years old.\"\n\n"
      "\"If anything happens to her, the government will be responsible,\" she said.";
  expect_in(text, "They came like", NM_QUOTE_DIRECT, "Ana Lucia Cuadra", "Ana Lucia Cuadra",
            "said");
  expect_in(text, "If anything happens", NM_QUOTE_DIRECT, "Ana Lucia Cuadra", "she", "said");
}

/* "said that … a new agreement could be announced “in the coming
 * months”": a passive cue with no agent inside what the sayer reports
 * names no speaker; the sayer speaks */
NM_TEST(passive_cue_inside_reported_clause) {
  static const char text[] =
      "Its information minister, Idris Warfa Jama, said that talks with the port authority were "
      "\"moving ahead\" and that a new accord could be announced \"within a few months.\"";
  expect_in(text, "within a few months", NM_QUOTE_PARTIAL, "Idris Warfa Jama", "Idris Warfa Jama",
            "said");
}

/* "Opposition Deputy Chairman Lam Chuol Nyang warned …", parsed with the
 * title an apposition of "Opposition": the name is the subject, and the
 * "he said" after it is his, not the man named a paragraph before */
NM_TEST(titled_name_under_apposed_title_is_the_subject) {
  static const char text[] =
      "Gatdet Ruot Kuol, a former rebel commander, became first vice president under a 2018 "
      "peace deal.\n\n"
      "Opposition Deputy Chairman Lam Chuol Nyang warned that the party's fighters \"will not "
      "sit and watch\" while its leadership is dismantled. \"We have waited for seven years,\" "
      "he said.";
  expect_in(text, "We have waited", NM_QUOTE_DIRECT, "Lam Chuol Nyang", "he", "said");
}

/* "a U.S. arms sale announced Sept. 24", parsed with the date the
 * participle's object: a date is not what was announced */
NM_TEST(date_object_is_no_content) {
  static const char text[] =
      "The office said the drills answered a speech last month, as well as a U.S. arms sale "
      "announced Sept. 24.";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(!starts_any(d, "Sept. 24"));
  nm_doc_free(d);
}

/* "told reporters that the bloc had … and reminded Tunisia of its
 * commitments “to …”": a cue that is a conjunct of what a cue above
 * reports leaves the partial quotation to the reporter */
NM_TEST(conjunct_cue_inside_reported_clause) {
  static const char text[] =
      "EU foreign affairs spokesman Anders Halvik told reporters in Brussels that the bloc had "
      "\"taken note of the severe sentences\" and reminded Tunisia of its commitments \"to the "
      "right to a fair trial and to freedom of expression.\"";
  expect_in(text, "to the right to a fair trial", NM_QUOTE_PARTIAL, "Anders Halvik",
            "Anders Halvik", "told");
}

/* "Orlova … She accused Chisinau …" then "Dumitrescu told reporters …
 * “… was tested in Romania,” she said": the Romanian minister, the
 * subject of her paragraph, may name her own country */
NM_TEST(paragraph_subject_may_name_her_country) {
  static const char text[] =
      "Russian Foreign Ministry spokeswoman Yulia Orlova called the accusations absurd.\n\n"
      "\"The authorities are looking for an external enemy,\" Orlova told a briefing in Moscow. "
      "She accused Chisinau of persecuting opposition politicians.\n\n"
      "Romanian Foreign Minister Ioana Dumitrescu said in a statement that the case was "
      "serious. She said Bucharest would send a team of experts to Chisinau.\n\n"
      "Dumitrescu told reporters in Bucharest that Romanian authorities had detected a network "
      "of fake accounts. \"What is happening in Moldova today was tried in Romania in 2024,\" she "
      "said.";
  expect_in(text, "What is happening", NM_QUOTE_DIRECT, "Ioana Dumitrescu", "she", "said");
}

/* "urged Baghdad and Ankara to agree on “a lasting solution”": a cue
 * that another cue's object is urged to leaves the quotation to the
 * urger */
NM_TEST(urged_cue_leaves_quotation_to_the_urger) {
  static const char text[] =
      "Regional government spokesman Dilshad Mustafa urged Baghdad and Ankara to agree on "
      "\"a lasting solution that protects our people.\"";
  expect_in(text, "a lasting solution", NM_QUOTE_PARTIAL, "Dilshad Mustafa", "Dilshad Mustafa",
            "urged");
}

/* "Insurgents attack town near gas project; Rwandan troops respond": a
 * clause after a semicolon is a second act, not the first one's source */
NM_TEST(clause_after_semicolon_is_no_source) {
  static const char text[] =
      "Insurgents attack town in Mozambique's Cabo Delgado near gas project; Rwandan troops "
      "respond\n\nInsurgents attacked a coastal town on Tuesday, officials said.";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(!starts_any(d, "Insurgents attack town"));
  nm_doc_free(d);
}

/* "because he was not authorized to discuss the meeting": a speech verb
 * under a verb of permission reports nothing */
NM_TEST(unauthorized_speech_reports_nothing) {
  static const char text[] =
      "The official, who spoke on condition of anonymity because he was not authorized to "
      "discuss the meeting, said the envoy \"listened but did not accept the position.\"";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(!starts_any(d, "the meeting"));
  NM_CHECK(starts_any(d, "the envoy"));
  nm_doc_free(d);
}

/* speakers the parse now finds: the body after a day an opening
 * participle hangs ("In a statement posted late Tuesday, the U.S.
 * Embassy in Manila said"), a description and its name that end the
 * sentence ("…, a police spokesman, Senior Superintendent Nihal
 * Dissanayake, said."), and the subject of a participle after "that"
 * and its noun ("repeated that position on Wednesday, saying …") */
NM_TEST(speakers_after_parse_repairs) {
  expect_in("MANILA, Philippines (Wire) - In a statement posted late Tuesday, the U.S. Embassy "
            "in Manila said the actions of the Chinese coast guard were unlawful.",
            "the actions of the Chinese coast guard", NM_QUOTE_INDIRECT, "the U.S. Embassy",
            "the U.S. Embassy", "said");
  expect_in("COLOMBO, Sri Lanka (Wire) - In the town of Nugegoda, officers briefly detained five "
            "union activists who tried to block a road, a police spokesman, Senior "
            "Superintendent Nihal Dissanayake, said.",
            "In the town of Nugegoda", NM_QUOTE_INDIRECT, "Nihal Dissanayake", "Nihal Dissanayake",
            "said");
  expect_in("BEIJING (Wire) - Foreign Ministry spokeswoman Wen Jiali repeated that position on "
            "Wednesday, saying China \"firmly opposes\" Philippine actions in the area.",
            "China \"firmly opposes\"", NM_QUOTE_INDIRECT, "Wen Jiali", "Wen Jiali", "saying");
}

/* no source: a rule ("would be charged according to the law"); no cue:
 * a thing pointing to another ("intelligence pointing to "a plan"", the
 * quotation the sayer's) */
NM_TEST(rules_and_pointers_are_no_sources) {
  static const char text[] =
      "MBEYA, Tanzania (Wire) - The regional police commander, Hamisi Kombo, said in a "
      "statement that the rally had been banned because of intelligence pointing to \"a plan to "
      "cause chaos,\" and that those arrested would be charged according to the law.";
  nm_doc *d = checked(text);
  if (!d) return;
  size_t n;
  const nm_quote *q = nm_doc_quotes(d, &n);
  for (size_t i = 0; i < n; i++) {
    NM_CHECK(!q[i].speaker_name || strcmp(q[i].speaker_name, "the law") != 0);
    NM_CHECK(!q[i].speaker_name || strcmp(q[i].speaker_name, "the rally") != 0);
  }
  nm_doc_free(d);
}

/* "said Marie-Ange Pierre-Louis, 46, who said she hid …": the relative
 * pronoun after an age set off by commas is the person named before it */
NM_TEST(who_after_an_age_is_the_person) {
  static const char text[] =
      "\"They went from house to house,\" said Marie-Ange Pierre-Louis, 46, who said she hid "
      "with her three grandchildren in a sugar cane field until dawn.";
  nm_doc *d = checked(text);
  if (!d) return;
  const nm_quote *q = find(d, "she hid with");
  NM_CHECK(q && strstr(span_text(d, q->speaker_mention), "Pierre-Louis") != NULL);
  nm_doc_free(d);
}

/* "doing everything it could to find the workers": "find" as an
 * infinitive with an object seeks, and reports nothing */
NM_TEST(finding_sought_is_no_report) {
  static const char text[] =
      "President Claudia Sheinbaum told her daily news conference on Wednesday that her "
      "government was doing everything it could to find the workers and was sharing "
      "information with U.S. officials.";
  nm_doc *d = checked(text);
  if (!d) return;
  size_t n = 0, len;
  const nm_quote *qs = nm_doc_quotes(d, &n);
  const char *tx = nm_doc_text(d, &len);
  NM_CHECK(n >= 1);
  for (size_t i = 0; i < n; i++)
    NM_CHECK(qs[i].end - qs[i].start < 11 || memcmp(tx + qs[i].start, "the workers", 11) != 0);
  nm_doc_free(d);
}

/* "Somali President X, whose country borders both, offered to mediate",
 * parsed with "country" a subject of "offered": the name before "whose"
 * speaks */
NM_TEST(whose_clause_leaves_the_name_speaking) {
  static const char text[] =
      "Somali President Hassan Abdi Warsame, whose country borders both, offered to mediate.";
  nm_doc *d = checked(text);
  if (!d) return;
  const nm_quote *q = find(d, "to mediate");
  NM_CHECK(q && strstr(span_text(d, q->speaker_mention), "Warsame") != NULL);
  nm_doc_free(d);
}

/* "had addressed the crowd … earlier in the day, urging lawmakers to
 * reject …", parsed with "urging" a clause of "earlier": the participle
 * speaks for the verb above */
NM_TEST(participle_on_an_adverb_speaks_for_the_verb) {
  static const char text[] =
      "Samuel Achieng had addressed the crowd outside the Kenyatta International Convention "
      "Centre earlier in the day, urging lawmakers to reject the bill.";
  nm_doc *d = checked(text);
  if (!d) return;
  const nm_quote *q = find(d, "to reject the bill");
  NM_CHECK(q && q->speaker_mention.end > q->speaker_mention.start &&
           strstr(span_text(d, q->speaker_mention), "Achieng") != NULL);
  nm_doc_free(d);
}

/* "told reporters that the armed forces intended to “restructure
 * democracy”": a thought reported by a speaker is in the speaker's
 * words, not the thinker's */
NM_TEST(quoted_words_of_a_thought_are_the_tellers) {
  static const char text[] =
      "Before he was arrested, Marcelo Arancibia told reporters that the armed forces intended "
      "to \"restructure democracy\" and demanded the release of prisoners.";
  nm_doc *d = checked(text);
  if (!d) return;
  const nm_quote *q = find_kind(d, "restructure democracy", NM_QUOTE_PARTIAL);
  NM_CHECK(q && q->speaker_mention.end > q->speaker_mention.start &&
           strstr(span_text(d, q->speaker_mention), "Arancibia") != NULL);
  nm_doc_free(d);
}

/* "…, with party spokesman X describing the attack as “a national
 * disgrace”": the with-phrase's own cue speaks the words */
NM_TEST(with_phrase_cue_speaks_its_words) {
  static const char text[] =
      "The main opposition party accused the federal government of failing to protect rural "
      "communities, with party spokesman Emmanuel Ogbeide describing the attack as \"a national "
      "disgrace that has become routine.\"";
  nm_doc *d = checked(text);
  if (!d) return;
  const nm_quote *q = find_kind(d, "a national disgrace", NM_QUOTE_PARTIAL);
  NM_CHECK(q && q->speaker_mention.end > q->speaker_mention.start &&
           strstr(span_text(d, q->speaker_mention), "Ogbeide") != NULL);
  nm_doc_free(d);
}

/* "he said" after a name the copula inverts ("Among those stranded was
 * Shah Mahmood, 38, who …"), after a name under an honorific ("Mawlawi
 * Abdul Rahim Sharifi"), and "she" after a name set off behind a title
 * the parse hung as a clause ("Foreign Office spokesperson, Saadia
 * Hameed,") */
NM_TEST(pronouns_after_inverted_honorific_and_titled_names) {
  NM_CHECK_EQ_STR(nth_speaker("Officials said the crossing was shut. Among those stranded was Shah "
                              "Mahmood, 38, who had taken his mother to a hospital in Peshawar. "
                              "He said he had been waiting since Monday night.",
                              1),
                  "Shah Mahmood");
  NM_CHECK_EQ_STR(nth_speaker("Mawlawi Abdul Rahim Sharifi, a spokesman for the Taliban's Ministry "
                              "of Defence, said Pakistani forces had opened fire. \"We do not seek "
                              "war,\" he said.",
                              1),
                  "Abdul Rahim Sharifi");
  NM_CHECK_EQ_STR(nth_speaker("Pakistan's Foreign Office spokesperson, Saadia Hameed, said "
                              "Islamabad had lodged a strong protest with the Afghan charge "
                              "d'affaires. \"Pakistan will not accept it,\" she told the weekly "
                              "briefing.",
                              1),
                  "Saadia Hameed");
  /* ("who" past a body named in the description after a name) */
  NM_CHECK_EQ_STR(nth_speaker("\"I still want change,\" said Aminata Faye, a 26-year-old law "
                              "student at Cheikh Anta Diop University, who said she had been "
                              "caught in the tear gas while walking home.",
                              1),
                  "Aminata Faye");
}

/* a conjunct outside the quotation marks of a quoted clause belongs to the
 * cue that reports the clause; a name hung on an opening place, right
 * before "said" but for an age, speaks, and "she said" after it is hers */
NM_TEST(conjunct_after_a_quoted_clause_and_a_name_on_a_place) {
  NM_CHECK_EQ_STR(nth_speaker("Hamid Adam Bashar, an adviser to the group's leadership, said on "
                              "Thursday that \"no unit of our forces has crossed into Chad\" and "
                              "suggested the raids had been carried out by cattle thieves.",
                              2),
                  "Hamid Adam Bashar");
  const char *t = "Laura Mendes, the agency's deputy representative, said funds were short. At a "
                  "transit site on the edge of Adre, Khadija Ismail, 34, said she had walked for "
                  "four days. \"They took the men and the animals,\" she said.";
  NM_CHECK_EQ_STR(nth_speaker(t, 1), "Khadija Ismail");
  NM_CHECK_EQ_STR(nth_speaker(t, 2), "Khadija Ismail");
}

/* "refused permission for planes carrying migrants to land, saying …":
 * a participle that only describes a thing leaves the speech to the
 * clause that holds the noun; "disrupted by protesters …, demanding …":
 * a passive's agent speaks, not its subject */
NM_TEST(describing_participle_and_passive_agent) {
  static const char text[] =
      "President Tomas Vell refused permission for two military planes carrying migrants to "
      "land, saying deportees must be treated with dignity. Deliveries through Kerem Shalom have "
      "also been disrupted in recent weeks by Israeli protesters who have blocked the crossing, "
      "demanding that no aid enter Gaza until the hostages held there are freed.";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "deportees must be"), NM_QUOTE_INDIRECT, "Tomas Vell", "Tomas Vell", "saying");
  const nm_quote *q = find(d, "that no aid");
  NM_CHECK(q && strstr(span_text(d, q->speaker_mention), "protesters") != NULL);
  nm_doc_free(d);
}

/* "The commission's chairwoman, Judge Irma Tesfaye, denied …. She said
 * …": a name set off after a title, with its own title word between the
 * comma and the name, is the sentence's subject, whom "she" of the next
 * sentence continues, over a man named before whose gender is unknown */
NM_TEST(titled_appositive_is_the_she_of_the_next_sentence) {
  static const char text[] =
      "The commission declared President Kelvo Mwanga-Bele the winner late Monday.\n\n"
      "Obuya said agents had been expelled from counting centers in the east, where the "
      "president enjoys strong support.\n\nThe commission's chairwoman, Judge Esther Nkata, "
      "denied any manipulation. She said the figures had been verified by party agents.";
  expect_in(text, "the figures had been", NM_QUOTE_INDIRECT, "Esther Nkata", "She", "said");
}

/* "Al-Marwani said …" after "Foreign Minister Khaled Saif al-Marwani":
 * the surname with its particle, capitalised at the sentence's start, is
 * the minister, whatever type the model gave it */
NM_TEST(surname_with_its_particle_is_the_person) {
  static const char text[] =
      "Foreign Minister Khaled Saif al-Marwani told reporters in Aden on Thursday. Al-Marwani "
      "said the government was ready to send a delegation to talks in Muscat.";
  expect_in(text, "the government was ready", NM_QUOTE_INDIRECT, "Khaled Saif al-Marwani",
            "Al-Marwani", "said");
}

/* "Opposition lawmaker Milagros Tello Huamán …. '…,' she said": a
 * lawmaker is no firm ("-maker"), so the name after it is a woman whom
 * "she" continues, over a student quoted before */
NM_TEST(lawmaker_is_no_firm) {
  static const char text[] =
      "\"We are not afraid anymore,\" said Lucia Mendoza, a 19-year-old student.\n\n"
      "Opposition lawmaker Milagros Tello Huaman called for the interior minister to be "
      "censured. \"This government has chosen to protect itself,\" she said.";
  expect_in(text, "This government has chosen", NM_QUOTE_DIRECT, "Milagros Tello Huaman", "she",
            "said");
}

/* "Britain's minister for Europe, Catherine Ashworth-Hale, said": the
 * description named right after it is that woman, not the deputy
 * interior minister named before (a minister too) */
NM_TEST(description_named_after_it_is_no_earlier_holder) {
  static const char text[] =
      "Among those targeted are Deputy Interior Minister Levan Gorgadze and three judges. "
      "\"The Georgian people want a European future,\" Britain's minister for Europe, "
      "Catherine Ashworth-Hale, said in a statement.";
  expect_in(text, "The Georgian people want", NM_QUOTE_DIRECT, "Catherine Ashworth-Hale",
            "Britain's minister", "said");
}

/* "Leitgeb's brother, Thomas, said …. '…,' he told AFP": a lone given
 * name set off after a word of kin is a person, whom "he" continues */
NM_TEST(kin_given_name_is_a_person) {
  static const char text[] =
      "Markus Leitgeb, 52, was arrested in 2023. Leitgeb's brother, Thomas, said the family had "
      "learned of the deal only on Friday night. \"We had been told so many times to wait,\" "
      "he told AFP by telephone.";
  expect_in(text, "We had been told", NM_QUOTE_DIRECT, "Thomas", "he", "told");
}

/* "said that the authorities had responded to "a cry of poverty with
 * bullets"", with "to" parsed as an infinitive's mark: the phrase is no
 * content of "responded", and the quotation is the reporter's */
NM_TEST(partial_after_a_preposition_parsed_as_a_mark_is_the_reporter_s) {
  expect_in("Party spokeswoman Helena Tchipilica said that the authorities had responded to \"a "
            "cry of poverty with bullets\" and called for an independent investigation.",
            "a cry of poverty", NM_QUOTE_PARTIAL, "Helena Tchipilica", "Helena Tchipilica",
            "said");
}

/* 'said that security forces had acted after "criminal gangs" attacked
 * polling stations': a verb whose subject the quotation is, though a
 * verb of words ("attacked the plan"), is not what frames it */
NM_TEST(partial_that_is_a_subject_is_the_reporter_s) {
  expect_in("Government spokesman Khamis Mfaume said that security forces had acted to protect "
            "lives after \"criminal gangs\" attacked polling stations and police posts.",
            "criminal gangs", NM_QUOTE_PARTIAL, "Khamis Mfaume", "Khamis Mfaume", "said");
}

/* "A government spokesman, Felix Kariuki, said that the president had
 * been briefed, but declined to say whether …": the spokesman declined,
 * not the president of the clause he reported */
NM_TEST(declined_after_a_report_is_the_reporter_s) {
  static const char text[] =
      "A government spokesman, Felix Kariuki, said on Thursday afternoon that the president had "
      "been briefed and that \"the law will take its course,\" but declined to say whether the "
      "minister would step aside.";
  expect_in(text, "whether the minister", NM_QUOTE_INDIRECT, "Felix Kariuki", "Felix Kariuki",
            "say");
}

/* "A revised text could be circulated …, said one Gulf diplomat, who
 * spoke on condition of anonymity": the diplomat is who said it (the
 * tagger had read "diplomat" as a past tense, and the parse the diplomat
 * as what was said) */
NM_TEST(inverted_said_with_a_number_before_the_speaker) {
  static const char text[] =
      "A revised text could be circulated before the end of the month, said one Gulf diplomat, "
      "who spoke on condition of anonymity.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  const nm_quote *q = find(d, "A revised text");
  NM_CHECK(q != NULL);
  if (q) NM_CHECK_EQ_STR(span_text(d, q->speaker_mention), "one Gulf diplomat");
  NM_CHECK(!starts_any(d, "one Gulf diplomat"));
  nm_doc_free(d);
}

/* "Dalnesia's chief negotiator, Col. Mart Heinsalu, accused …": the
 * apposition the parse heads with the rank; the name after it speaks */
NM_TEST(rank_heads_the_apposed_name) {
  static const char text[] = "Dalnesia's chief negotiator, Col. Mart Heinsalu, thanked the "
                             "mediators but said Marovia was holding back names.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  const nm_quote *q = find(d, "Marovia was holding");
  NM_CHECK(q != NULL);
  if (q) NM_CHECK_EQ_STR(speaker_name(d, q), "Mart Heinsalu");
  nm_doc_free(d);
}

/* "…, the Afghan side opened fire, he said, speaking on condition of
 * anonymity because …": the gerund after the report is no content; the
 * clause the report sits in is */
NM_TEST(anonymity_is_no_content) {
  static const char text[] = "When Pakistani troops objected, the Afghan side opened fire, he "
                             "said, speaking on condition of anonymity because he was not "
                             "authorised to brief the media.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  NM_CHECK(!starts_any(d, "speaking on condition"));
  NM_CHECK(starts_any(d, "When Pakistani troops objected, the Afghan side opened fire"));
  nm_doc_free(d);
}

/* "said in a statement that …" parsed with the that-clause on the
 * statement: the clause is what was said; a relative clause of the
 * statement is not */
NM_TEST(content_clause_of_the_medium) {
  static const char text[] = "The office of President Daniel Noboa said in a statement that no "
                             "criminal could be considered politically persecuted and that Mexico "
                             "had abused the immunities granted to its diplomatic mission.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  const nm_quote *q = find_kind(d, "that no criminal could be considered", NM_QUOTE_INDIRECT);
  NM_CHECK(q && q->cue.end > q->cue.start && q->cue.start < q->start);
  nm_doc_free(d);
  static const char rel[] = "The ministry said in a statement that was posted online on Friday.";
  d = run(pipe_full, rel, strlen(rel));
  if (!d) return;
  NM_CHECK(!starts_any(d, "that was posted"));
  nm_doc_free(d);
}

/* "which the Philippines calls Escoda Shoal" names the shoal; no one is
 * reported ("calls" had taken the rest of the sentence as its content) */
NM_TEST(calling_by_a_relative_pronoun_names) {
  static const char text[] = "Sabina Shoal, which the Philippines calls Escoda Shoal and China "
                             "calls Xianbin Jiao, lies about 75 nautical miles west of Palawan.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  size_t n;
  nm_doc_quotes(d, &n);
  NM_CHECK_EQ_INT(n, 0);
  nm_doc_free(d);
}

/* "accused the army of using … and said its fighters had …": what the
 * accusation reports stops before the cue's own conjunct, which reports
 * its own clause */
NM_TEST(content_stops_at_the_cues_conjunct) {
  static const char text[] = "In a statement posted on Telegram, the group accused the army of "
                             "using the camp as a base and said its fighters had only returned "
                             "fire.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  const nm_quote *q = find_kind(d, "the army of using the camp as a base", NM_QUOTE_INDIRECT);
  NM_CHECK(q != NULL);
  if (q) NM_CHECK_EQ_INT(q->end - q->start, strlen("the army of using the camp as a base"));
  NM_CHECK(find_kind(d, "its fighters had only returned fire", NM_QUOTE_INDIRECT) != NULL);
  nm_doc_free(d);
  /* an accusation takes no clause: any conjunct of it is another act */
  static const char acc[] = "President Tovan Elisk accused Washington of plotting a coup and "
                            "ordered the expulsion of diplomats from seven countries.";
  d = run(pipe_full, acc, strlen(acc));
  if (!d) return;
  q = find_kind(d, "Washington of plotting a coup", NM_QUOTE_INDIRECT);
  NM_CHECK(q != NULL);
  if (q) NM_CHECK_EQ_INT(q->end - q->start, strlen("Washington of plotting a coup"));
  nm_doc_free(d);
}

/* "said late Wednesday that …": the time of the saying is not what was
 * said; "marched for a second week to demand …": the marchers demand, not
 * the week */
NM_TEST(time_of_saying_and_for_a_week) {
  static const char text[] = "President Tovan Elisk said late Wednesday that he would not sign "
                             "the bill.";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  NM_CHECK(find_kind(d, "that he would not sign the bill", NM_QUOTE_INDIRECT) != NULL);
  NM_CHECK(!starts_any(d, "late Wednesday"));
  nm_doc_free(d);
  static const char march[] = "Thousands of young protesters marched through the capital for a "
                              "second week to demand the withdrawal of a finance bill.";
  d = run(pipe_full, march, strlen(march));
  if (!d) return;
  const nm_quote *q = find_kind(d, "the withdrawal of a finance bill", NM_QUOTE_INDIRECT);
  NM_CHECK(q != NULL);
  if (q) NM_CHECK(q->speaker_name && strstr(q->speaker_name, "protesters") != NULL);
  nm_doc_free(d);
}

/* an interview transcript: a paragraph opened by the speaker's name in
 * capitals and a colon is that speaker's turn, quoted or not */
NM_TEST(transcript_turns_name_their_speakers) {
  static const char text[] =
      "Senator Dara Voss spoke to the radio host Ilan Marsh on Sunday.\n\n"
      "MARSH: Will you vote for the budget next week?\n\n"
      "VOSS: I will not vote for a budget that cuts the clinics.\n\n"
      "\u201cMARSH: Is that your last word?\n\n"
      "\u201cVOSS: It is.\u201d\n\n"
      "UPDATE: The vote was delayed.\n";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "Will you vote for the budget next week?"), NM_QUOTE_DIRECT, "Ilan Marsh",
         "MARSH", ":");
  expect(d, find(d, "I will not vote for a budget"), NM_QUOTE_DIRECT, "Dara Voss", "VOSS", ":");
  expect(d, find(d, "Is that your last word?"), NM_QUOTE_DIRECT, "Ilan Marsh", "MARSH", ":");
  expect(d, find(d, "It is."), NM_QUOTE_DIRECT, "Dara Voss", "VOSS", ":");
  NM_CHECK(!starts_any(d, "MARSH"));
  NM_CHECK(!starts_any(d, "The vote was delayed"));
  nm_doc_free(d);
}

/* '' and `` are quotation marks (LDC newswire, The New York Times's
 * archive) */
NM_TEST(doubled_apostrophes_quote) {
  static const char text[] = "''There is no evidence of it,'' said Ilan Marsh, an economist.\n\n"
                             "``We will not accept it,'' the minister said on Monday.\n";
  nm_doc *d = checked(text);
  if (!d) return;
  const nm_quote *q = find_kind(d, "There is no evidence of it", NM_QUOTE_DIRECT);
  if (q) NM_CHECK_EQ_STR(speaker_name(d, q), "Ilan Marsh");
  q = find_kind(d, "We will not accept it", NM_QUOTE_DIRECT);
  if (q) NM_CHECK(strstr(speaker_name(d, q), "minister") != NULL);
  nm_doc_free(d);
}

/* a headline's claim under its source's name: "Marsh: …", "Poll: …";
 * a section label ("The Latest:") is no source */
NM_TEST(headline_source_before_a_colon) {
  static const char text[] = "Marsh: Budget Talks Have Collapsed.\n\n"
                             "Senator Ilan Marsh told reporters on Monday that the talks were "
                             "over.\n";
  nm_doc *d = checked(text);
  if (!d) return;
  expect(d, find(d, "Budget Talks Have Collapsed"), NM_QUOTE_INDIRECT, "Ilan Marsh", "Marsh",
         ":");
  nm_doc_free(d);
  static const char poll[] = "Poll: Voters Turn Away From the Ruling Party.\n\nThe survey of "
                             "1,000 adults was taken last week.\n";
  d = run(pipe_full, poll, strlen(poll));
  if (!d) return;
  expect(d, find(d, "Voters Turn Away"), NM_QUOTE_INDIRECT, "Poll", "Poll", ":");
  nm_doc_free(d);
  static const char latest[] = "The Latest: Senate Passes the Budget.\n\nThe vote was 51-49.\n";
  d = run(pipe_full, latest, strlen(latest));
  if (!d) return;
  NM_CHECK(!starts_any(d, "Senate Passes"));
  nm_doc_free(d);
}

/* "called the proposal delusional": the object and its predicate are
 * what was said of it; "called it “delusional”" is the partial quotation
 * alone; "called the fire brigade" says nothing */
NM_TEST(naming_an_object_reports_the_predicate) {
  expect_in("The prime minister called the proposal delusional.", "the proposal delusional",
            NM_QUOTE_INDIRECT, "The prime minister", "The prime minister", "called");
  expect_in("The minister described the plan as a threat to peace.",
            "the plan as a threat to peace", NM_QUOTE_INDIRECT, "The minister", "The minister",
            "described");
  static const char quoted[] = "The prime minister called the proposal “delusional”.";
  nm_doc *d = run(pipe_full, quoted, strlen(quoted));
  if (!d) return;
  NM_CHECK(!starts_any(d, "the proposal"));
  NM_CHECK(find_kind(d, "delusional", NM_QUOTE_PARTIAL) != NULL);
  nm_doc_free(d);
  expect_in("A new poll shows the senator leading her rival by five points.",
            "the senator leading her rival by five points", NM_QUOTE_INDIRECT, "A new poll",
            "A new poll", "shows");
  static const char none[] = "Residents called the fire brigade.";
  d = run(pipe_full, none, strlen(none));
  if (!d) return;
  NM_CHECK(!starts_any(d, "the fire brigade"));
  nm_doc_free(d);
}

/* "the ruling party" is a party named before, not the State Department */
NM_TEST(the_ruling_party_is_no_department) {
  static const char text[] = "The U.S. State Department said it was deeply concerned by the "
                             "reports.\n\nThe opposition says the elections were rigged. The "
                             "ruling party denies the allegation.\n";
  nm_doc *d = run(pipe_full, text, strlen(text));
  if (!d) return;
  const nm_quote *q = find(d, "the allegation");
  if (q) NM_CHECK(strstr(speaker_name(d, q), "State Department") == NULL);
  nm_doc_free(d);
}

/* "\"Those who beat … and neither will their money,\" the EU's foreign
 * policy chief, Helena Marsh-Lindqvist, told reporters": the parse made
 * the opening mark the sentence's root (punctuation heads nothing): the
 * speaker after the quotation is the chief, not the Union inside it */
NM_TEST(speaker_after_a_quotation_the_parse_rooted_on_its_mark) {
  const char *t = "\"Those who beat peaceful demonstrators, and those who sent them to prison "
                  "on invented charges, will not be welcome in the European Union, and neither "
                  "will their money,\" the EU's foreign policy chief, Helena Marsh-Lindqvist, "
                  "told reporters after the meeting.";
  NM_CHECK_EQ_STR(nth_speaker(t, 0), "Helena Marsh-Lindqvist");
}

/* "…," the group's leader, X, said: the parse hung the description on
 * the quotation's noun and made "said" the root; the named leader says
 * it, not the group whose description it is */
NM_TEST(speaker_after_a_possessed_description) {
  const char *t = "The Free Highlands Movement said its fighters had withdrawn. "
                  "\"This was an attack on our territory,\" the group's deputy leader, "
                  "Colonel Nurlan Asanbekov, said in a statement.";
  NM_CHECK_EQ_STR(nth_speaker(t, 1), "Nurlan Asanbekov");
}

/* A person's name hung on a subject that is no person through title
 * words ("Hamas official Basem Naim told", parsed with "Hamas" the subject
 * and the name its parataxis; "U.S. Secretary of State Antony Blinken,
 * speaking in Paris, said", with the name a list item under "U.S."): the
 * person speaks, not the group or the title; a name before the head
 * ("The Ellingsen campaign said") stays the campaign's */
NM_TEST(name_in_a_subject_s_title_chain_speaks) {
  NM_CHECK_EQ_STR(nth_speaker("Hamas official Basem Naim told Reuters the group was \"ready to "
                              "reach a deal\" but accused Netanyahu of blocking agreements.",
                              0),
                  "Basem Naim");
  NM_CHECK_EQ_STR(nth_speaker("U.S. Secretary of State Antony Blinken, speaking in Paris, said a "
                              "deal was \"very close\" and urged Hamas to accept it.",
                              0),
                  "Antony Blinken");
}

/* "a commerce ministry spokesman, He Yongqian, told a regular briefing":
 * "He" in capitals inside a sentence, before a capitalised name, is a
 * surname (the speaker had been "He", resolved to Trump) */
NM_TEST(he_as_a_surname_inside_a_sentence) {
  NM_CHECK_EQ_STR(nth_speaker("President Donald Trump raised tariffs again. \"The U.S. has turned "
                              "tariffs into a numbers game,\" a commerce ministry spokesman, He "
                              "Yongqian, told a regular briefing.",
                              0),
                  "He Yongqian");
}

/* "Justice Secretary Jesus Crispin Remulla said the former mayor, Alice
 * Guo, was detained …": the apposed object of "said" is the subject of the
 * said clause, and the content starts with it (it started at "was
 * detained"); "her" is Alice Guo's, so that "he said" is Remulla's (a man's
 * name: "her" had joined him, and "he" no one) */
NM_TEST(said_an_apposed_subject_and_he_said) {
  const char *t = "Justice Secretary Jesus Crispin Remulla said the former mayor, Alice Guo, "
                  "was detained at a hotel in Jakarta. Indonesian police handed her over to "
                  "Philippine agents at the airport, he said.";
  nm_doc *d = run(pipe_full, t, strlen(t));
  if (!d) return;
  size_t n = 0;
  const nm_quote *q = nm_doc_quotes(d, &n);
  NM_CHECK_EQ_INT(n, 2);
  if (n == 2) {
    NM_CHECK_EQ_STR(span_text(d, (nm_span){q[0].start, q[0].end}),
                    "the former mayor, Alice Guo, was detained at a hotel in Jakarta");
    NM_CHECK_EQ_STR(speaker_name(d, &q[0]), "Jesus Crispin Remulla");
    NM_CHECK_EQ_STR(speaker_name(d, &q[1]), "Jesus Crispin Remulla");
  }
  nm_doc_free(d);
}

/* "The Israeli military said … It said …": "It", which coref leaves alone
 * (the body is no named entity), is the body that spoke last; "They" the
 * last plural one ("Rights groups"), never a singular one */
NM_TEST(it_said_is_the_body_that_spoke_last) {
  NM_CHECK_EQ_STR(nth_speaker("The Israeli military said its aircraft had hit weapons depots. It "
                              "said the group had launched 20 rockets on Thursday.",
                              1),
                  "The Israeli military");
  NM_CHECK_EQ_STR(nth_speaker("Rights groups said at least 40 people had been detained. They said "
                              "many were beaten in custody.",
                              1),
                  "Rights groups");
  NM_CHECK_EQ_STR(nth_speaker("The ministry said the talks had failed. They said the army would "
                              "respond.",
                              1),
                  "(none)");
}

/* "North Korea fired missiles on Thursday, South Korea's military said, a
 * day after Pyongyang denounced the drills": the report in mid-sentence
 * before a span of time and its "after" clause sources the clause before
 * (there was no quotation: "said" had "a day" as its complement) */
NM_TEST(report_before_a_day_after) {
  NM_CHECK_EQ_STR(nth_speaker("North Korea fired several ballistic missiles into the sea on "
                              "Thursday, South Korea's military said, a day after Pyongyang "
                              "denounced joint drills by U.S. and South Korean forces.",
                              0),
                  "South Korea's military");
}

/* "…, police said, the latest in a wave of mass kidnappings": what the
 * police said is the clause before, not the phrase after (the parse had
 * made the phrase the complement of "said") */
NM_TEST(report_before_an_apposition) {
  static const char text[] = "Gunmen abducted at least 30 students from a school on Thursday, "
                             "police said, the latest in a wave of mass kidnappings.";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(starts_any(d, "Gunmen abducted"));
  NM_CHECK(!starts_any(d, "the latest"));
  NM_CHECK_EQ_INT((int)d->quotes.n, 1);
  nm_doc_free(d);
}

/* "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said he hoped
 * …", parsed with "Qatari" the subject and the name its appositive: the
 * name is the subject for "he", who hopes (it had been the minister of the
 * sentence before) */
NM_TEST(he_after_a_country_word_subject_with_a_title) {
  NM_CHECK_EQ_STR(nth_speaker("National Security Minister Itamar Ben-Gvir called the deal \"a "
                              "surrender to terror.\" Qatari Prime Minister Mohammed bin "
                              "Abdulrahman Al Thani said he hoped the truce would lead to a "
                              "permanent ceasefire.",
                              2),
                  "Mohammed bin Abdulrahman Al Thani");
}

/* "demanded that prosecutors charge those responsible … and that the
 * government publish …": "charge" with a person as its object reports
 * nothing; the verb of the demand's second clause, a conjunct of "charge",
 * made "those responsible …" look like a clause */
NM_TEST(cue_s_conjunct_is_no_clause_of_its_object) {
  static const char text[] = "The protesters demanded that prosecutors charge those responsible "
                             "for the collapse and that the government publish all documents.";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(starts_any(d, "that prosecutors charge"));
  NM_CHECK(!starts_any(d, "those responsible"));
  NM_CHECK_EQ_INT((int)d->quotes.n, 1);
  nm_doc_free(d);
}

/* "The group claimed responsibility in a statement. It said …": with no
 * body that spoke before, "it" is the body the sentence before was about;
 * a person there is no "it" */
NM_TEST(it_after_a_body_s_sentence_is_that_body) {
  NM_CHECK_EQ_STR(nth_speaker("The Marovian Liberation Front claimed responsibility in a "
                              "statement. It said its fighters had targeted officials.",
                              0),
                  "Marovian Liberation Front");
  NM_CHECK_EQ_STR(nth_speaker("Prime Minister Tovan Elisk made a statement. It said its "
                              "fighters had targeted officials.",
                              0),
                  "(none)");
  /* nor a spokesman who spoke last: the body the sentence before names */
  NM_CHECK_EQ_STR(nth_speaker("\"There were no fighters there,\" said a spokesman for the group. "
                              "The military government did not respond. It says it is fighting "
                              "terrorists.",
                              1),
                  "The military government");
}

/* "… and called on people to protest peacefully", the infinitive hung on
 * the cue as a purpose after its object: the appeal is what was said */
NM_TEST(infinitive_after_the_addressee_is_the_appeal) {
  static const char text[] = "The family has called on police to release the videos and called "
                             "on people to protest peacefully.";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(starts_any(d, "to protest peacefully"));
  NM_CHECK(starts_any(d, "to release the videos"));
  nm_doc_free(d);
}

/* "… in drills that it said were a warning to separatist forces, the
 * ministry said": what "it" said starts after its cue, and "it", in a
 * relative clause, is the subject of the clause its noun is in (China),
 * not the ministry */
NM_TEST(report_inside_a_report) {
  static const char text[] = "China sent warships around the island in drills that it said were "
                             "a warning to separatist forces, the ministry said.";
  nm_doc *d = checked(text);
  if (!d) return;
  const nm_quote *q = find(d, "were a warning");
  NM_CHECK(q != NULL);
  if (q) NM_CHECK_EQ_STR(q->speaker_name ? q->speaker_name : "(none)", "China");
  NM_CHECK(starts_any(d, "China sent warships"));
  nm_doc_free(d);
}

/* "North Korea fired a missile …, South Korea's Joint Chiefs of Staff
 * said, days before …": the parse hung "said" as a clause of "fired" with
 * no marker (advcl:relcl) and the comma on its subject; it sources the
 * clause before (there was no quotation) */
NM_TEST(report_hung_as_a_clause_with_no_marker) {
  static const char text[] = "North Korea fired a ballistic missile into the sea off its east "
                             "coast on Monday, South Korea's Joint Chiefs of Staff said, days "
                             "before the United States and South Korea begin their annual "
                             "military exercises.";
  nm_doc *d = checked(text);
  if (!d) return;
  NM_CHECK(starts_any(d, "North Korea fired"));
  nm_doc_free(d);
  /* with "before" marking "said" and the gerund its complement: the
   * marked clause is the root's, "said" sources the whole clause */
  static const char text2[] = "The missile flew about 600 kilometers before landing outside "
                              "Japan's exclusive economic zone, Japan's Defense Ministry said.";
  d = checked(text2);
  if (!d) return;
  NM_CHECK(starts_any(d, "The missile flew"));
  NM_CHECK(!starts_any(d, "landing"));
  nm_doc_free(d);
}

/* "A commander of the rebels' armed wing, Idris Kalmar, said …. He said":
 * the name in apposition to a title with its own phrase before the comma
 * is the subject the next sentence's "he" continues, over a minister
 * named more often before */
NM_TEST(apposed_name_after_a_title_s_phrase_is_he) {
  static const char text[] =
      "Defence Minister Orhan Velioglu said the jets had hit 12 targets. Velioglu told "
      "reporters the operation would go on. Velioglu said the army would not stop.\n\n"
      "A commander of the rebels' armed wing, Idris Kalmar, said in a statement that the "
      "strikes had killed four fighters. He said that the group had kept its promises.";
  expect_in(text, "that the group had kept", NM_QUOTE_INDIRECT, "Idris Kalmar", "He", "said");
}

/* The speaker's name of the quotation of text starting with prefix,
 * "(none)" without a speaker, "(no quotation)" without the quotation. */
static const char *speaker_of(const char *text, const char *prefix) {
  static char name[64];
  snprintf(name, sizeof name, "%s", "(no quotation)");
  nm_doc *d = checked(text);
  if (!d) return name;
  const nm_quote *q = find(d, prefix);
  if (q) snprintf(name, sizeof name, "%s", q->speaker_name ? q->speaker_name : "(none)");
  nm_doc_free(d);
  return name;
}

/* The number of quotations found in text (-1: no document). */
static int quotations_in(const char *text) {
  nm_doc *d = checked(text);
  if (!d) return -1;
  size_t n = 0;
  nm_doc_quotes(d, &n);
  nm_doc_free(d);
  return (int)n;
}

/* "the junta said X had refused … and that his presence was “contrary
 * …”": the partial quotation is in the second of two reported clauses;
 * the first ("refused") is its sibling, not its speech verb */
NM_TEST(partial_in_a_second_reported_clause) {
  static const char text[] = "The junta said Ambassador Sylvain Itte had refused an invitation to "
                             "meet the foreign ministry and that his presence was \"contrary to "
                             "the interests of Niger.\"";
  NM_CHECK_EQ_STR(speaker_of(text, "contrary to"), "The junta");
}

/* "Lai Ching-te said": the syllable after the name's hyphen is part of
 * the name (the tagger read "te" as a noun, and the parse made "ships"
 * the subject of "said") */
NM_TEST(hyphenated_given_name_speaks) {
  static const char text[] = "The ministry said it had detected 25 aircraft and 14 navy ships "
                             "around the island, days after President Lai Ching-te said in a "
                             "speech that the two sides were not subordinate to each other.";
  NM_CHECK_EQ_STR(speaker_of(text, "that the two sides"), "Lai Ching-te");
}

/* "She warned that the North would respond … with “overwhelming”
 * action": a cue inside what a higher cue reports ("respond") is the
 * reporter's words; the partial quotation is hers */
NM_TEST(partial_under_a_reported_cue_is_the_reporter_s) {
  static const char text[] = "Kim Yo Jong warned on Tuesday that the North would respond to the "
                             "carrier's visit with \"overwhelming\" action.";
  NM_CHECK_EQ_STR(speaker_of(text, "overwhelming"), "Kim Yo Jong");
}

/* "Somalia recalled its ambassador to Ethiopia": to recall an envoy is
 * no memory told */
NM_TEST(recalling_an_ambassador_is_no_quotation) {
  static const char text[] = "Somalia on Monday recalled its ambassador to Ethiopia after Addis "
                             "Ababa signed a deal with the breakaway region of Somaliland.";
  NM_CHECK_EQ_INT(quotations_in(text), 0);
}

/* "dismissed the commander of Ukraine's armed forces": a removal from
 * office, no rejection of words */
NM_TEST(dismissing_a_commander_is_no_quotation) {
  static const char text[] = "President Volodymyr Zelenskyy on Thursday dismissed the commander "
                             "of Ukraine's armed forces, Gen. Valerii Zaluzhnyi.";
  NM_CHECK_EQ_INT(quotations_in(text), 0);
}

/* A straight double quotation mark opens or closes by its spacing, which
 * the tagger does not see: the one after "money," closes the quotation
 * ('') however the words around it read */
NM_TEST(straight_quote_marks_open_and_close_by_spacing) {
  const char *t = "\"They will not be welcome, and neither will their money,\" the chief told "
                  "reporters.";
  nm_doc *d = run(pipe_full, t, strlen(t));
  size_t n = 0;
  const nm_word_tags *g = d ? nm_doc_tags(d, &n) : NULL;
  NM_CHECK(n > 13);
  if (n > 13) {
    NM_CHECK_EQ_STR(g[0].xpos, "``");
    NM_CHECK_EQ_STR(g[13].xpos, "''");
  }
  nm_doc_free(d);
}

/* "German Defence Minister Boris Pistorius said …. "We are doing what we
 * can," he said, adding that …": "he" is Pistorius, the subject of the
 * sentence before, though the parse made "Defence" the subject (was the
 * article's first speaker for the "adding" clause) */
NM_TEST(he_after_a_titled_subject_parsed_as_its_title) {
  static const char text[] =
      "BRUSSELS (Wire) - NATO Secretary-General Jens Stoltenberg urged allies to act. \"Ukraine "
      "needs more,\" Stoltenberg told reporters. He said allies had pledged new batteries. "
      "German Defence Minister Boris Pistorius said Berlin would send a third Patriot system "
      "within weeks. \"We are doing what we can,\" he said, adding that other countries "
      "should look in their own stocks.";
  NM_CHECK_EQ_STR(speaker_of(text, "that other countries"), "Boris Pistorius");
}

/* "At least 15 civilians were killed …, two health workers told The
 * Associated Press, speaking on condition of anonymity": the clause
 * before is what was told (was "speaking on condition …" as content) */
NM_TEST(told_before_speaking_on_condition_of_anonymity) {
  static const char text[] =
      "ADDIS ABABA (Wire) - At least 15 civilians were killed when a drone struck a minibus on "
      "the road to Bahir Dar, two health workers told The Associated Press, speaking on "
      "condition of anonymity because they feared reprisals.";
  NM_CHECK_EQ_STR(speaker_of(text, "At least 15 civilians"), "two health workers");
  NM_CHECK_EQ_INT(quotations_in(text), 1);
}

/* "…," said Britain's deputy ambassador, Eleanor Whitcombe, after the
 * vote: the name set off after the title speaks, not the country before
 * it (was "Britain") */
NM_TEST(name_set_off_after_an_inverted_title) {
  static const char text[] = "\"Today the council stood with the people of Myanmar,\" said "
                             "Britain's deputy ambassador, Eleanor Whitcombe, after the vote.";
  NM_CHECK_EQ_STR(speaker_of(text, "Today the council"), "Eleanor Whitcombe");
}

/* "… ministry spokesman Andrei Zhuravsky said … The bloc's foreign
 * policy chief told a news conference … She said …": "Andrei" is a
 * man's name, and "She", which no named woman takes, is the unnamed
 * person who spoke last (was Andrei Zhuravsky) */
NM_TEST(she_after_an_unnamed_chief) {
  static const char text[] =
      "MINSK (Wire) - Ministry spokesman Andrei Zhuravsky said that Minsk would respond.\n\n"
      "The bloc's foreign policy chief told a news conference that the EU remained open to "
      "dialogue. She said ministers had also discussed funding for border surveillance.";
  NM_CHECK_EQ_STR(speaker_of(text, "ministers had also"), "The bloc's foreign policy chief");
}

/* "a man who identified himself as Colonel Alusine Turay said …. He
 * accused …": the name the man gives himself speaks, and "He" continues
 * him (was "a man", then the minister named in the paragraph before) */
NM_TEST(man_who_identified_himself_as) {
  static const char text[] =
      "FREETOWN (Wire) - The whereabouts of Internal Affairs Minister Abdulai Kanu remained "
      "unclear on Thursday.\n\n"
      "In a short broadcast on state radio, a man who identified himself as Colonel Alusine "
      "Turay said that a council had taken power. He accused the government of squandering "
      "the revenues.";
  NM_CHECK_EQ_STR(speaker_of(text, "that a council"), "Alusine Turay");
  NM_CHECK_EQ_STR(speaker_of(text, "the government of"), "Alusine Turay");
}

/* "Four people were killed in the Odesa region and two in Kharkiv, local
 * officials said", parsed with "two in Kharkiv, local officials" one
 * phrase: the speaker's description starts after the comma (was "two in
 * Kharkiv, local officials") */
NM_TEST(description_starts_after_a_comma) {
  static const char text[] = "Four people were killed in the Odesa region and two in Kharkiv, "
                             "local officials said, and the grid operator imposed power cuts.";
  NM_CHECK_EQ_STR(speaker_of(text, "Four people"), "local officials");
}

/* "She said the text had been revised …, and she accused Moscow of
 * refusing to engage": a verb joined by "and", or with an object of its
 * own, is no parenthetical report of the clause before it (the
 * accusation's content was "She said the text …") */
NM_TEST(joined_accusation_is_no_parenthetical) {
  static const char text[] =
      "\"Two members chose to shield those who drop bombs,\" said Britain's deputy ambassador, "
      "Eleanor Whitcombe, after the vote. She said the text had been revised three times to "
      "meet concerns raised during negotiations, and she accused Moscow of \"refusing to engage "
      "in good faith.\"";
  nm_doc *d = checked(text);
  if (!d) return;
  size_t n, len;
  const nm_quote *q = nm_doc_quotes(d, &n);
  const char *t = nm_doc_text(d, &len);
  bool accusation = false;
  for (size_t i = 0; i < n; i++) {
    NM_CHECK(strncmp(t + q[i].start, "She said", 8) != 0); /* not the first clause whole */
    accusation |= !strncmp(t + q[i].start, "refusing to engage", 18);
  }
  NM_CHECK(accusation);
  nm_doc_free(d);
}

/* "Ethiopian government spokesman Dawit Gebremedhin said …. The
 * spokesman also accused Asmara …": a bare "the" and a title many hold
 * refer to the one holder in play, who speaks (was "The spokesman") */
NM_TEST(the_spokesman_is_the_one_named_before) {
  static const char text[] =
      "ADDIS ABABA (Wire) - Ethiopian government spokesman Dawit Gebremedhin said that Eritrean "
      "forces had moved toward the border.\n\nThe spokesman also accused Asmara of arming rebel "
      "groups.";
  NM_CHECK_EQ_STR(speaker_of(text, "Asmara of arming"), "Dawit Gebremedhin");
}

/* "prompting the U.S. Navy to condemn the move as …": the cue's own
 * complement after an object has that object for speaker (was the
 * Revolutionary Guard, the subject above) */
NM_TEST(the_object_speaks_a_complement_after_it) {
  NM_CHECK_EQ_STR(speaker_of("Iran's Revolutionary Guard seized an oil tanker on Thursday, "
                             "prompting the U.S. Navy to condemn the move as an unlawful act.",
                             "the move"),
                  "U.S. Navy");
}

/* "In Doha, Qatar's Foreign Ministry spokesman, Khalid al-Mansouri, said
 * …", parsed with the spokesman an apposition of Doha: the name at the
 * end of the opening place's appositions speaks (was none) */
NM_TEST(name_apposed_to_an_opening_place_speaks) {
  NM_CHECK_EQ_STR(speaker_of("In Doha, Qatar's Foreign Ministry spokesman, Khalid al-Mansouri, "
                             "said the mediators would monitor implementation closely.",
                             "the mediators"),
                  "Khalid al-Mansouri");
}

NM_TEST(pronoun_after_an_unnamed_reporter_is_that_reporter) {
  static const char *const text =
      "Brazilian President Luiz Inacio Lula da Silva spoke with Paraguayan President Santiago "
      "Pena by telephone on Thursday, a spokesman for Lula said. The two leaders agreed to keep "
      "communication open, he added.";
  NM_CHECK_EQ_STR(speaker_of(text, "The two leaders"), "a spokesman for Lula");
  NM_CHECK_EQ_STR(speaker_of(text, "Brazilian President"), "a spokesman for Lula");
}

/* "the commission's chairwoman, X, told": the body that owns the
 * description of the person named after it does not speak (with coref
 * now joining "the commission" to the Kenya National Commission on Human
 * Rights, the body had been taken for the speaker) */
NM_TEST(owner_of_a_named_persons_description_does_not_speak) {
  static const char *const text =
      "The Kenya National Commission on Human Rights said nine people had been killed. \"It was "
      "punishment,\" the commission's chairwoman, Wanjiru Kamau-Ochieng, told a news conference.";
  NM_CHECK_EQ_STR(speaker_of(text, "It was"), "Wanjiru Kamau-Ochieng");
}

/* "… placed First Vice President Peter Riak under house arrest …, his
 * party said": the party speaks (the ordinal read as an adverb made the
 * vice president a subject of "said"); ", warning that …" after a verb
 * whose subject is several clauses up speaks for that subject */
NM_TEST(speakers_past_a_title_and_up_a_chain_of_clauses) {
  NM_CHECK_EQ_STR(speaker_of("JUBA, South Sudan (Wire) - South Sudanese security forces placed "
                             "First Vice President Peter Gatkuoth Riak under house arrest in Juba "
                             "on Wednesday night, his party said, as soldiers deployed around his "
                             "residence.",
                             "South Sudanese security forces"),
                  "his party");
  NM_CHECK_EQ_STR(speaker_of("BRUSSELS, Belgium (Wire) - Serbia's president met NATO's "
                             "secretary-general in Brussels on Tuesday and urged NATO to stop "
                             "Kosovo from opening a disputed bridge in the divided town of "
                             "Mitrovica, warning that the move could trigger violence in the "
                             "north.",
                             "that the move could"),
                  "Serbia's president");
  /* (and at the end of a that-clause, for the verb it completes, not for
   * the clause's own subject) */
  NM_CHECK_EQ_STR(speaker_of("TEHRAN, Iran (Wire) - Iran on Wednesday demanded that "
                             "Afghanistan's Taliban rulers release more water from the Helmand "
                             "River, warning that drought in its southeastern province had "
                             "become an emergency.",
                             "that drought"),
                  "Iran");
}

/* A partial quotation inside what a pronoun reports takes the speaker
 * coref gave the pronoun, as the reported clause does ("She said the
 * decision followed “clear … evidence”": not the man last a subject
 * before it); and a phrase with a preposition is no content of the verb
 * it hangs on ("said that Caracas would respond “with reciprocity”":
 * the minister's words, not Caracas's) */
NM_TEST(partial_in_reported_words_is_the_reporters) {
  static const char *const a =
      "Foreign Minister Heloisa Vasconcelos told reporters that the embassy's deputy chief of "
      "mission, Ramiro Anzola, had 72 hours to leave the country. She said the decision followed "
      "\"clear and documented evidence\" that the men had been in contact with the embassy.";
  NM_CHECK_EQ_STR(speaker_of(a, "clear and"), "Heloisa Vasconcelos");
  static const char *const b = "Foreign Minister Julio Urdaneta called the arrests a provocation "
                               "and said that Caracas would respond \"with reciprocity.\"";
  NM_CHECK_EQ_STR(speaker_of(b, "with reciprocity"), "Julio Urdaneta");
}

/* No craft speaks: "two coast guard ships blasting the wooden supply
 * boat" is no report of the ships' ("blast" is a cue for "blasted the
 * decision") */
NM_TEST(vessel_is_no_speaker) {
  static const char *const text = "The military released video of two coast guard ships "
                                  "blasting the wooden supply boat from opposite sides.";
  NM_CHECK_EQ_INT(quotations_in(text), 0);
  /* (nor a sum: "the fee offered was ...", "offered" read as a cue) */
  static const char *const fee = "Kovacs said the fee offered was \"not economically "
                                 "justifiable.\"";
  NM_CHECK_EQ_INT(quotations_in(fee), 2); /* Kovacs's, and its partial quotation */
}

/* "The statement said …" speaks for the body that issued it; a statement
 * nobody is said to have issued stays the speaker */
NM_TEST(statement_speaks_for_its_author) {
  static const char *const text =
      "China's Foreign Ministry issued a statement on Monday. \"The Philippines must stop "
      "its provocations,\" the statement said.";
  NM_CHECK_EQ_STR(speaker_of(text, "The Philippines must"), "Foreign Ministry");
  static const char *const text2 =
      "In a statement, the Philippine Coast Guard said it would continue its patrols. The "
      "statement said the ships had entered the shoal twice.";
  NM_CHECK_EQ_STR(speaker_of(text2, "the ships had"), "Philippine Coast Guard");
  static const char *const text4 =
      "Both delegations signed the document, according to a joint statement issued by the "
      "Saudi Foreign Ministry.";
  NM_CHECK_EQ_STR(speaker_of(text4, "Both delegations"), "Saudi Foreign Ministry");
  static const char *const text3 =
      "Police said the march was peaceful. A statement posted online said the ships had "
      "entered the shoal twice.";
  NM_CHECK_EQ_STR(speaker_of(text3, "the ships had"), "A statement");
}

/* "Inspector-General of Police Samuel Koroma told reporters that …":
 * the title's "of" phrase runs into the name (parsed as its "of"
 * phrase); the name speaks, not the title's words */
NM_TEST(name_after_a_title_s_of_phrase_speaks) {
  NM_CHECK_EQ_STR(speaker_of("Inspector-General of Police Samuel Fomba Koroma told reporters "
                             "that officers had come under attack.",
                             "that officers"),
                  "Samuel Fomba Koroma");
  NM_CHECK_EQ_STR(speaker_of("Minister of Interior Samuel Fomba Koroma said that officers had "
                             "come under attack.",
                             "that officers"),
                  "Samuel Fomba Koroma");
  /* (the name parsed as an apposition inside the of-phrase) */
  NM_CHECK_EQ_STR(speaker_of("Chief of Cabinet Marcelo Ortuzar rejected the accusations on "
                             "Wednesday, telling reporters that the government had paid.",
                             "that the government"),
                  "Marcelo Ortuzar");
  /* (and a name parsed as a conjunct of its title's first word) */
  NM_CHECK_EQ_STR(speaker_of("\"We respect the rules,\" Transport and Communications Minister "
                             "Tomas Grigas told a news conference.",
                             "We respect"),
                  "Tomas Grigas");
  /* a description starts at its noun, not at "of" */
  NM_CHECK_EQ_STR(speaker_of("In a statement carried by the state news agency TASS, the office of "
                             "Russia's children's rights commissioner said the children had been "
                             "handed over.",
                             "the children had"),
                  "the office of Russia's children's rights commissioner");
  /* a time speaks for no one: the convicted calls for sanctions */
  NM_CHECK_EQ_STR(speaker_of("Kalinowski was arrested in 2023 and convicted the following year of "
                             "inciting hatred and calling for sanctions against Belarus.",
                             "for sanctions"),
                  "Kalinowski");
  /* arrests report nothing: "the arrests showed how …" */
  NM_CHECK_EQ_INT(quotations_in("Leaders said the arrests showed how fishing grounds used for "
                                "generations were slipping away."),
                  1);
}

/* "summoned the chargé d'affaires to demand an explanation": the purpose
 * is the summoner's, not the envoy's; "a commission announced in 2023
 * had met only twice" announces nothing (a reduced relative clause, read
 * as the verb of "commission"); "Antelo, who was in Santa Cruz when the
 * ruling was announced, called it …" is Antelo's, not the ruling's (the
 * verb after the relative clause read as a conjunct inside it) */
NM_TEST(speakers_of_purpose_participle_and_relative_clauses) {
  NM_CHECK_EQ_STR(speaker_of("Restrepo said the government had summoned Venezuela's charge "
                             "d'affaires in Bogota to demand an explanation.",
                             "an explanation"),
                  "the government");
  NM_CHECK_EQ_INT(quotations_in("Ortega noted that a joint border security commission announced "
                                "in 2023 had met only twice."),
                  1);
  NM_CHECK_EQ_STR(speaker_of("Rodrigo Antelo, who was in Santa Cruz when the ruling was "
                             "announced, called it \"a judicial coup\" and accused the government "
                             "of using the courts to eliminate rivals.",
                             "a judicial coup"),
                  "Rodrigo Antelo");
}

/* "Analysts said the attack showed that …": an event shows no one's
 * words; the analysts' quotation is the only one (a report still shows:
 * "the report showed that") */
NM_TEST(event_that_shows_says_nothing) {
  NM_CHECK_EQ_INT(quotations_in("Analysts said the attack showed that the rebels could still hit "
                                "targets far from the front lines."),
                  1);
  NM_CHECK_EQ_STR(speaker_of("A United Nations report showed that exports had fallen.",
                             "that exports"),
                  "A United Nations report");
}

/* "An EU official involved in the talks, who asked not to be named, said
 * that …": the official speaks, not "the talks" (the participle had been
 * read as the root and "said" as a parataxis of the relative clause);
 * "Judges of Pre-Trial Chamber I said" is the judges' (the roman numeral
 * had been the pronoun) */
NM_TEST(official_involved_in_talks_speaks) {
  NM_CHECK_EQ_STR(speaker_of("An EU official involved in the talks, who asked not to be named "
                             "because the negotiations were confidential, said that the "
                             "companies had been identified.",
                             "that the companies"),
                  "An EU official");
  NM_CHECK_EQ_STR(speaker_of("Judges of Pre-Trial Chamber I said they had found grounds to "
                             "believe that he was responsible.",
                             "they had found"),
                  "Judges of Pre-Trial Chamber I");
}

/* '"We are not politicians," said a 38-year-old teacher who asked not to
 * be named', parsed with "teacher" the clause of "said": the noun phrase
 * after the verb speaks, its age whole (was "a 38") */
NM_TEST(unnamed_speaker_after_said_keeps_the_hyphened_age) {
  static const char text[] = "HAVANA (Wire) - \"We are not politicians,\" said a 38-year-old "
                             "teacher who asked not to be named. \"What are we supposed to do?\"";
  NM_CHECK_EQ_STR(speaker_of(text, "We are not"), "a 38-year-old teacher");
}

/* '"There was no warning," said a 45-year-old farmer who gave his name only
 * as Ko Zaw': a person who gives his own name is that named person */
NM_TEST(speaker_who_gave_his_name_is_that_name) {
  static const char text[] =
      "MANDALAY, Myanmar (Wire) - \"There was no warning. The whole building came down on the "
      "people sleeping inside,\" said a 45-year-old farmer who gave his name only as Ko Zaw for "
      "fear of reprisals.";
  NM_CHECK_EQ_STR(speaker_of(text, "There was no warning"), "Ko Zaw");
}

/* "A spokesman for the 3R group, who gave his name as Captain Issa Bouba,
 * accused the army …. He said that the group was ready for talks", the
 * parse hanging "as" on "name" and the rank on "as": the name given is
 * the subject "He" continues, over a governor named more often before */
NM_TEST(he_after_a_name_given_in_a_relative_clause) {
  static const char text[] =
      "BANGUI (Wire) - The governor of Chad's Logone Oriental province, Abakar Moussa Haroun, "
      "said more than 4,000 refugees had crossed into his province. He appealed to aid agencies "
      "for food and said Chadian troops had been reinforced along the frontier.\n\n"
      "A spokesman for the 3R group, who gave his name as Captain Issa Bouba, accused the army "
      "of attacking civilians. He said that the group was ready for talks.";
  NM_CHECK_EQ_STR(speaker_of(text, "that the group was ready"), "Issa Bouba");
}

/* "A 34-year-old nurse at Wabag General Hospital, who asked not to be
 * identified, said staff had treated more than 60 people. “We are
 * stitching people in the corridors,” she said": a "she" no named person
 * fits is the unnamed person described in the paragraph before, whose
 * work is no office (was no speaker) */
NM_TEST(she_after_a_described_worker_is_that_worker) {
  static const char text[] =
      "WABAG, Papua New Guinea (Wire) - A 34-year-old nurse at Wabag General Hospital, who asked "
      "not to be identified for safety reasons, said staff had treated more than 60 people with "
      "gunshot wounds in the past week.\n\n\"We are stitching people in the corridors,\" she "
      "said.";
  NM_CHECK_EQ_STR(speaker_of(text, "We are stitching"),
                  "A 34-year-old nurse at Wabag General Hospital");
}

/* "Israeli air strikes on Friday killed at least 14 people in Deir
 * al-Balah, according to civil defence officials in Gaza, while the
 * Israeli military said …": an according-to phrase on a verb reports
 * the side of the sentence that verb is on, not the longer side */
NM_TEST(according_to_on_a_verb_reports_the_verb_s_side) {
  static const char text[] =
      "GAZA (Wire) - Israeli air strikes on Friday killed at least 14 people in Deir al-Balah, "
      "according to civil defence officials in Gaza, while the Israeli military said it had "
      "struck militant infrastructure and killed several gunmen near the border crossing in "
      "the south of the territory.";
  NM_CHECK_EQ_STR(speaker_of(text, "Israeli air strikes on Friday killed"),
                  "civil defence officials");
}

NM_TEST(given_name_before_an_age_and_an_anonymous_official_speak) {
  /* "Rosena, a 34-year-old market vendor …, said": a given name alone
   * before an age is a person, whom "she" after it is (it was the envoy
   * named before) */
  static const char text[] =
      "SAINT-MARC, Haiti (Wire) - The U.N. special envoy, Ingrid Valdes, said the attack was an "
      "atrocity. \"The Council has the tools,\" she said.\n\n"
      "Rosena, a 34-year-old market vendor who escaped with her two daughters, said she had "
      "lost everything she owned. \"I had a little stall, I had my goats,\" she said.";
  NM_CHECK_EQ_STR(speaker_of(text, "I had a little stall"), "Rosena");
  /* (after a comma too: "In Khan Younis, Samira, a 38-year-old nurse") */
  static const char text3[] =
      "GAZA (Wire) - The U.N. envoy, Ingrid Valdes, said last week that aid had reached about "
      "700,000 people.\n\n"
      "In Khan Younis, Samira, a 38-year-old nurse who asked that her family name not be used, "
      "said she had moved her five children three times since the truce began.\n\n"
      "\"People abroad hear the word ceasefire and think it is over,\" she said.";
  NM_CHECK_EQ_STR(speaker_of(text3, "People abroad hear"), "Samira");
  /* (a name brought in with an age is a new person, not the leader of
   * that name: "Kim, a 31-year-old office worker" is no Kim Jong Un) */
  static const char text4[] =
      "SEOUL (Wire) - North Korean leader Kim Jong Un watched the launch, state media said. "
      "Talks have stalled since a summit between Kim and the U.S. president.\n\n"
      "In Seoul, Kim, a 31-year-old office worker, said she had learned about it from an alert "
      "on her phone. \"Honestly, it feels routine now,\" she said.";
  NM_CHECK_EQ_STR(speaker_of(text4, "Honestly, it feels"), "Kim");
  /* "An official who spoke on condition of anonymity because he was not
   * authorized to speak publicly said …": the official, not "he" (the
   * parse made the because-clause the subject of "said") */
  static const char text2[] =
      "PORT-AU-PRINCE (Wire) - A Haitian government official who spoke on condition of "
      "anonymity because he was not authorized to speak publicly said the gang had demanded "
      "that farmers pay a tax.";
  NM_CHECK_EQ_STR(speaker_of(text2, "the gang had demanded"), "A Haitian government official");
}

NM_TEST(the_group_and_she_after_bodies_the_model_mistyped) {
  /* "X, a Haitian advocacy group, said …. The group said": the network
   * (typed a place, or a person, by the model), not the gang it named nor
   * the news agency told before */
  static const char text[] =
      "PORT-AU-PRINCE (Wire) - \"They came at dawn,\" a survivor told The Associated Press.\n\n"
      "The National Human Rights Defense Network, a Haitian advocacy group, said the gunmen "
      "belonged to the Gran Grif gang. The group said four children were among the dead.";
  NM_CHECK_EQ_STR(speaker_of(text, "four children were"), "Defense Network");
  /* a company's legal form makes a name a company's, whom "she" is not */
  static const char text2[] =
      "MANAGUA (Wire) - The company, Red Nacional de Comunicaciones S.A., had supplied police "
      "with location data. \"They knew exactly where I was,\" she said.";
  NM_CHECK(strcmp(speaker_of(text2, "They knew exactly"), "Red Nacional de Comunicaciones S.A.") !=
           0);
  /* a given name alone that the model took for a town ("Marco", a town in
   * Brazil) is the person named with it before */
  static const char text3[] =
      "NIAMEY (Wire) - Marco Bellandi, 56, and Grace Wanjiru, 38, were freed on Sunday.\n\n"
      "\"For 353 days we did not stop thinking about Marco and Grace,\" his brother said.";
  nm_doc *d = checked(text3);
  size_t n = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  for (size_t i = 0; i < n; i++)
    NM_CHECK(strcmp(en[i].name, "Marco") != 0 || en[i].type == NM_ENT_PERSON);
  nm_doc_free(d);
}

NM_TEST(he_after_a_described_worker_across_a_paragraph) {
  /* "A 45-year-old aid worker … said …. ¶ “We are afraid …,” he said":
   * the worker who spoke right before, across the paragraph break (was
   * the envoy named before) */
  static const char text[] =
      "SANAA (Wire) - The U.N. special envoy for Yemen, Ivar Nordahl, met Houthi officials last "
      "week.\n\nA 45-year-old aid worker in Sanaa, who spoke on condition of anonymity for fear "
      "of reprisals, said many local staff had stopped going to their offices.\n\n\"We are "
      "afraid every time someone knocks at the door,\" he said.";
  NM_CHECK_EQ_STR(speaker_of(text, "We are afraid"), "A 45-year-old aid worker");
  /* (a named person's own description stays that person: "Ashot, a
   * 58-year-old farmer who said …, told Reuters …. ¶ “…,” he said") */
  static const char text2[] =
      "YEREVAN (Wire) - Deputy Prime Minister Hovik Avetisyan said the commissions would meet "
      "again.\n\nAshot, a 58-year-old farmer in Kirants who said his orchard lies near the line, "
      "told Reuters he did not know whom to believe.\n\n\"For thirty years I could not walk to "
      "the end of my own land,\" he said.";
  NM_CHECK_EQ_STR(speaker_of(text2, "For thirty years"), "Ashot");
  /* (any person an age describes, whatever the job: a supervisor) */
  static const char text3[] =
      "COLOMBO (Wire) - The IMF reached a deal with Sri Lanka.\n\nA 46-year-old garment factory "
      "supervisor in the suburb of Kelaniya said her electricity bill had nearly doubled.\n\n"
      "\"I turn off the fan at night now,\" she said.";
  NM_CHECK_EQ_STR(speaker_of(text3, "I turn off the fan"), "A 46-year-old garment factory supervisor");
}

int main(void) {
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline_options o;
  memset(&o, 0, sizeof o);
  o.tagger_model = "models/tagger.nmm";
  o.parser_model = "models/parser.nmm";
  o.ner_model = "models/ner.nmm";
  o.gazetteer = "dict/gazetteer.nmm";
  pipe_full = nm_pipeline_new(&o, &e);
  pipe_seg = nm_pipeline_new(NULL, &e);
  if (!pipe_full || !pipe_seg) {
    fprintf(stderr, "test_quotes: cannot load the shipped models (run from the repository root)\n");
    printf("%s: 0 passed, 1 failed\n", __FILE__);
    return 1;
  }
  NM_RUN(word_lists);
  NM_RUN(mark_pairing);
  NM_RUN(he_said_after_someone_else);
  NM_RUN(continued_paragraphs);
  NM_RUN(partial_quotes_and_terms);
  NM_RUN(reported_speech);
  NM_RUN(appositive_is_no_content);
  NM_RUN(unbalanced_marks);
  NM_RUN(owner_does_not_speak);
  NM_RUN(he_after_a_quotation_is_its_speaker);
  NM_RUN(description_ends_before_an_open_parenthesis);
  NM_RUN(subject_hung_on_the_opening_place);
  NM_RUN(inverted_title_then_name);
  NM_RUN(report_before_a_time_anchor);
  NM_RUN(rank_heads_the_apposed_name);
  NM_RUN(titled_appositive_is_the_she_of_the_next_sentence);
  NM_RUN(surname_with_its_particle_is_the_person);
  NM_RUN(lawmaker_is_no_firm);
  NM_RUN(description_named_after_it_is_no_earlier_holder);
  NM_RUN(kin_given_name_is_a_person);
  NM_RUN(declined_after_a_report_is_the_reporter_s);
  NM_RUN(partial_that_is_a_subject_is_the_reporter_s);
  NM_RUN(partial_after_a_preposition_parsed_as_a_mark_is_the_reporter_s);
  NM_RUN(inverted_said_with_a_number_before_the_speaker);
  NM_RUN(relative_clause_after_a_time_word);
  NM_RUN(apposed_subject_is_the_he_of_its_sentence);
  NM_RUN(apposed_name_of_the_reporter_is_he);
  NM_RUN(she_is_the_woman_named_before);
  NM_RUN(apposed_name_after_a_title_s_phrase_is_he);
  NM_RUN(rank_before_the_name_speaks);
  NM_RUN(relative_named_after_inverted_said_speaks);
  NM_RUN(passive_cue_inside_reported_clause);
  NM_RUN(titled_name_under_apposed_title_is_the_subject);
  NM_RUN(date_object_is_no_content);
  NM_RUN(conjunct_cue_inside_reported_clause);
  NM_RUN(paragraph_subject_may_name_her_country);
  NM_RUN(urged_cue_leaves_quotation_to_the_urger);
  NM_RUN(clause_after_semicolon_is_no_source);
  NM_RUN(unauthorized_speech_reports_nothing);
  NM_RUN(speakers_after_parse_repairs);
  NM_RUN(rules_and_pointers_are_no_sources);
  NM_RUN(describing_participle_and_passive_agent);
  NM_RUN(who_after_an_age_is_the_person);
  NM_RUN(finding_sought_is_no_report);
  NM_RUN(whose_clause_leaves_the_name_speaking);
  NM_RUN(participle_on_an_adverb_speaks_for_the_verb);
  NM_RUN(quoted_words_of_a_thought_are_the_tellers);
  NM_RUN(with_phrase_cue_speaks_its_words);
  NM_RUN(pronouns_after_inverted_honorific_and_titled_names);
  NM_RUN(conjunct_after_a_quoted_clause_and_a_name_on_a_place);
  NM_RUN(anonymity_is_no_content);
  NM_RUN(content_clause_of_the_medium);
  NM_RUN(calling_by_a_relative_pronoun_names);
  NM_RUN(content_stops_at_the_cues_conjunct);
  NM_RUN(time_of_saying_and_for_a_week);
  NM_RUN(transcript_turns_name_their_speakers);
  NM_RUN(doubled_apostrophes_quote);
  NM_RUN(headline_source_before_a_colon);
  NM_RUN(naming_an_object_reports_the_predicate);
  NM_RUN(the_ruling_party_is_no_department);
  NM_RUN(armed_attack_is_no_report);
  NM_RUN(day_after_the_cue_is_no_content);
  NM_RUN(nearest_named_subject_and_main_clause);
  NM_RUN(name_right_before_an_adverbial_clause_s_verb);
  NM_RUN(report_before_an_inverted_cue);
  NM_RUN(name_at_the_end_of_a_flat_title_chain);
  NM_RUN(participle_after_the_object_speaks_for_the_subject);
  NM_RUN(defending_ground_is_no_quotation);
  NM_RUN(attack_on_a_thing_is_no_quotation);
  NM_RUN(source_at_a_headline_s_end);
  NM_RUN(person_after_a_body_s_title_speaks);
  NM_RUN(called_x_for_y_is_no_request);
  NM_RUN(name_after_a_comma_and_a_rank_speaks);
  NM_RUN(speaker_after_a_quotation_is_the_next_he);
  NM_RUN(untagged);
  NM_RUN(json_record);
  NM_RUN(pathological_inputs);
  NM_RUN(lexicon_bytes);
  NM_RUN(cue_s_conjunct_is_no_clause_of_its_object);
  NM_RUN(it_after_a_body_s_sentence_is_that_body);
  NM_RUN(infinitive_after_the_addressee_is_the_appeal);
  NM_RUN(report_inside_a_report);
  NM_RUN(report_hung_as_a_clause_with_no_marker);
  NM_RUN(straight_quote_marks_open_and_close_by_spacing);
  NM_RUN(partial_in_a_second_reported_clause);
  NM_RUN(hyphenated_given_name_speaks);
  NM_RUN(partial_under_a_reported_cue_is_the_reporter_s);
  NM_RUN(recalling_an_ambassador_is_no_quotation);
  NM_RUN(dismissing_a_commander_is_no_quotation);
  NM_RUN(speaker_after_a_possessed_description);
  NM_RUN(name_in_a_subject_s_title_chain_speaks);
  NM_RUN(he_as_a_surname_inside_a_sentence);
  NM_RUN(said_an_apposed_subject_and_he_said);
  NM_RUN(it_said_is_the_body_that_spoke_last);
  NM_RUN(he_after_a_titled_subject_parsed_as_its_title);
  NM_RUN(told_before_speaking_on_condition_of_anonymity);
  NM_RUN(name_set_off_after_an_inverted_title);
  NM_RUN(she_after_an_unnamed_chief);
  NM_RUN(man_who_identified_himself_as);
  NM_RUN(description_starts_after_a_comma);
  NM_RUN(joined_accusation_is_no_parenthetical);
  NM_RUN(the_spokesman_is_the_one_named_before);
  NM_RUN(the_object_speaks_a_complement_after_it);
  NM_RUN(name_apposed_to_an_opening_place_speaks);
  NM_RUN(pronoun_after_an_unnamed_reporter_is_that_reporter);
  NM_RUN(owner_of_a_named_persons_description_does_not_speak);
  NM_RUN(partial_in_reported_words_is_the_reporters);
  NM_RUN(vessel_is_no_speaker);
  NM_RUN(statement_speaks_for_its_author);
  NM_RUN(report_before_a_day_after);
  NM_RUN(he_after_a_country_word_subject_with_a_title);
  NM_RUN(report_before_an_apposition);
  NM_RUN(speaker_after_a_quotation_the_parse_rooted_on_its_mark);
  NM_RUN(report_after_an_accusation_ends_both);
  NM_RUN(refusal_given_as_a_reason_is_the_object_s);
  NM_RUN(speakers_past_a_title_and_up_a_chain_of_clauses);
  NM_RUN(name_after_a_title_s_of_phrase_speaks);
  NM_RUN(speakers_of_purpose_participle_and_relative_clauses);
  NM_RUN(event_that_shows_says_nothing);
  NM_RUN(official_involved_in_talks_speaks);
  NM_RUN(unnamed_speaker_after_said_keeps_the_hyphened_age);
  NM_RUN(speaker_who_gave_his_name_is_that_name);
  NM_RUN(he_after_a_name_given_in_a_relative_clause);
  NM_RUN(she_after_a_described_worker_is_that_worker);
  NM_RUN(according_to_on_a_verb_reports_the_verb_s_side);
  NM_RUN(given_name_before_an_age_and_an_anonymous_official_speak);
  NM_RUN(the_group_and_she_after_bodies_the_model_mistyped);
  NM_RUN(he_after_a_described_worker_across_a_paragraph);
  nm_pipeline_free(pipe_full);
  nm_pipeline_free(pipe_seg);
  NM_TEST_MAIN_END();
}
