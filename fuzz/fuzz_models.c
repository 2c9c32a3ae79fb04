/* fuzz_models.c - raw article text through the whole pipeline with the
 * shipped models and dictionaries: tagging, parsing, mentions, coref,
 * quotes, times, places, tone and events.
 *
 * fuzz_text covers the stages that need no model; this target covers the
 * rest, whose input is the model's own output (tags, trees, spans), so
 * that a crash in a rule that trusts it shows. The models are found in
 * $NEWSMILL_MODELS (default models/) and the dictionaries in dict/,
 * relative to the directory the fuzzer runs in (make fuzz: the repository
 * root); without them the target aborts with a message.
 *
 * Input: any bytes, taken as one article dated 2024-02-08. Checks: the
 * layers agree with each other and the text (fuzz_common.h); every entity,
 * mention, quote and event points inside the document; the JSON record is
 * one line when the input has no newline. */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>

static const nm_pipeline *models_pipeline(void) {
  static nm_pipeline *p;
  if (p) return p;
  const char *dir = getenv("NEWSMILL_MODELS");
  if (!dir || !*dir) dir = "models";
  static char tagger[4096], parser[4096], ner[4096];
  snprintf(tagger, sizeof tagger, "%s/tagger.nmm", dir);
  snprintf(parser, sizeof parser, "%s/parser.nmm", dir);
  snprintf(ner, sizeof ner, "%s/ner.nmm", dir);
  nm_pipeline_options o = {0};
  o.tagger_model = tagger;
  o.parser_model = parser;
  o.ner_model = ner;
  o.gazetteer = "dict/gazetteer.nmm";
  o.geonames = "dict/geonames.nmm";
  o.tone_lexicon = "dict/tone.nmm";
  o.cameo = "dict/cameo.nmm";
  nm_error err = {NM_OK, NULL, 0};
  p = nm_pipeline_new(&o, &err);
  if (!p) {
    fprintf(stderr, "fuzz_models: the shipped models and dictionaries: %s\n",
            err.msg ? err.msg : "(no message)");
    abort();
  }
  return p;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const nm_pipeline *p = models_pipeline();
  nm_error err = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new((const char *)data, size, &err);
  FUZZ_CHECK(d != NULL);
  FUZZ_CHECK(nm_doc_set_meta(d, NM_META_DATE, "2024-02-08", 10, &err) == NM_OK);
  FUZZ_CHECK(nm_process(p, d, &err) == NM_OK);
  fuzz_check_doc(d, FUZZ_SEGMENTED);

  size_t len = 0, nt = 0, ns = 0, nm = 0, ne = 0, nq = 0, nv = 0;
  nm_doc_text(d, &len);
  nm_doc_tokens(d, &nt);
  nm_doc_sentences(d, &ns);
  const nm_mention *m = nm_doc_mentions(d, &nm);
  const nm_entity *e = nm_doc_entities(d, &ne);
  const nm_quote *q = nm_doc_quotes(d, &nq);
  const nm_event *ev = nm_doc_events(d, &nv);
  for (size_t i = 0; i < nm; i++) {
    FUZZ_CHECK(m[i].start < m[i].end && m[i].end <= len);
    FUZZ_CHECK(m[i].n_tokens > 0 && m[i].first_token + m[i].n_tokens <= nt);
    FUZZ_CHECK(m[i].sentence < ns && m[i].entity < ne);
  }
  for (size_t i = 0; i < ne; i++) {
    FUZZ_CHECK(e[i].name != NULL && e[i].n_mentions > 0);
    for (uint32_t k = 0; k < e[i].n_mentions; k++)
      FUZZ_CHECK(e[i].mentions[k] < nm && m[e[i].mentions[k]].entity == i);
  }
  for (size_t i = 0; i < nq; i++) {
    FUZZ_CHECK(q[i].start <= q[i].end && q[i].end <= len);
    FUZZ_CHECK(q[i].speaker == UINT32_MAX || q[i].speaker < ne);
    FUZZ_CHECK(q[i].continues == UINT32_MAX || q[i].continues < nq);
  }
  for (size_t i = 0; i < nv; i++) {
    FUZZ_CHECK(ev[i].code[0] && ev[i].sentence < ns);
    FUZZ_CHECK(ev[i].source == UINT32_MAX || ev[i].source < ne);
    FUZZ_CHECK(ev[i].target == UINT32_MAX || ev[i].target < ne);
    FUZZ_CHECK(ev[i].evidence.start <= ev[i].evidence.end && ev[i].evidence.end <= len);
  }
  fuzz_write_outputs(d, memchr(data, '\n', size) == NULL);
  nm_doc_free(d);
  return 0;
}
