/* fuzz_events.c - the event coder over arbitrary parses.
 *
 * Input: the first byte is a seed for the annotations; the rest is an
 * article. The article is segmented; then every token gets a UPOS, a
 * relation and a head (any word of its sentence, itself, or the root, so
 * trees may have cycles, as a CoNLL-U file may) drawn from the input bytes,
 * and a lemma (its own text), and the coder runs with a small team-written
 * dictionary in PETRARCH-2 formats. It must not crash, read out of bounds
 * or leak, and every event must point inside the text and its sentence. */
#include "fuzz_common.h"

#include "cameo.h"
#include "doc.h"
#include "events.h"

static const char VERBS[] = "&TIES_\n+TIES\n+RELATIONS\n\n"
                            "--- ACCUSE [112] ---\nACCUSE\n- * (OF SPYING) [1121]\n\n"
                            "--- ATTACK [190:190] ---\nATTACK\nSTRIKE {STRUCK STRIKES}\n"
                            "- % * [190]\n- * (WITH +) [194]\n- + * BY $ [195]\n\n"
                            "--- RESTORE [---] ---\nRESTORE\n- * {DIPLOMATIC &TIES} [064]\n"
                            "- ^ * (TO +) [070]\n\n"
                            "--- VOW [030] ---\nVOW\n\n--- REFUSE [---] ---\nREFUSE\n"
                            "+CUT_OFF {+CUTS_OFF +CUTTING_OFF}\n";
static const char ACTORS[] = "ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON]\nTHE KING_\n"
                             "\t[GONGOV 20000101-20101231]\n\t[GONELI]\n";
static const char AGENTS[] = "POLICE {} [~COP]\nACTIVIST [~OPP]\nHUMAN_RIGHTS_BODY [NGO~]\n";
static const char DISCARDS[] = "BASKETBALL\n+WORLD CUP\n";
static const char PICO[] = "030:0x3000#Intend\n190:0x0090\n138:0x6090\n120:-0xFFFF\n"
                           "112:0x7001\n064:0x0080\n070:0x0070\n";

static const nm_cameo *fuzz_dict(void) {
  static nm_cameo *c;
  if (!c) {
    nm_error e = {NM_OK, NULL, 0};
    nm_cameo_builder *b = nm_cameo_builder_new();
    FUZZ_CHECK(b != NULL);
    FUZZ_CHECK(nm_cameo_builder_add_verbs_mem(b, "verbs", VERBS, strlen(VERBS), &e) == NM_OK);
    FUZZ_CHECK(nm_cameo_builder_add_actors_mem(b, "actors", ACTORS, strlen(ACTORS), &e) == NM_OK);
    FUZZ_CHECK(nm_cameo_builder_add_agents_mem(b, "agents", AGENTS, strlen(AGENTS), &e) == NM_OK);
    FUZZ_CHECK(nm_cameo_builder_add_discards_mem(b, "discards", DISCARDS, strlen(DISCARDS), &e) ==
               NM_OK);
    FUZZ_CHECK(nm_cameo_builder_add_pico_mem(b, "pico", PICO, strlen(PICO), &e) == NM_OK);
    FUZZ_CHECK(nm_cameo_builder_finish(b, &c, &e) == NM_OK);
    nm_cameo_builder_free(b);
  }
  return c;
}

static const char *const UPOS[] = {"VERB", "NOUN", "PROPN", "PRON", "ADJ", "ADP", "DET",
                                   "AUX",  "NUM",  "PART",  "CCONJ", "ADV", "PUNCT"};
static const char *const RELS[] = {
    "nsubj", "nsubj:pass", "obj",   "iobj",     "obl",   "obl:agent", "obl:tmod",  "nmod",
    "nmod:poss", "case",   "det",   "amod",     "compound", "flat",   "conj",      "cc",
    "xcomp", "ccomp",      "acl",   "acl:relcl", "advcl", "advmod",   "aux",       "aux:pass",
    "mark",  "appos",      "punct", "root",     "compound:prt", "neg", "parataxis", "dep"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  uint32_t seed = data[0];
  const nm_pipeline *p = fuzz_pipeline();
  nm_error err = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new((const char *)data + 1, size - 1, &err);
  FUZZ_CHECK(d != NULL);
  static const char date[] = "2005-06-01";
  if (seed & 1) FUZZ_CHECK(nm_doc_set_meta(d, NM_META_DATE, date, 10, &err) == NM_OK);
  FUZZ_CHECK(nm_process(p, d, &err) == NM_OK);
  fuzz_check_doc(d, FUZZ_SEGMENTED);

  size_t nt, ns;
  const nm_token *toks = nm_doc_tokens(d, &nt);
  const nm_sentence *ss = nm_doc_sentences(d, &ns);
  FUZZ_CHECK(nm_vec_reserve(&d->tags, nt) == 0);
  nm_word_tags *tg = (nm_word_tags *)d->tags.data;
  for (size_t i = 0; i < nt; i++) {
    const nm_sentence *s = &ss[toks[i].sentence];
    /* draw from the token's own bytes and the seed */
    uint32_t h = seed * 2654435761u + (uint32_t)i * 40503u;
    for (uint32_t k = toks[i].start; k < toks[i].end && k < toks[i].start + 4; k++)
      h = h * 31u + (unsigned char)d->text[k];
    size_t len = toks[i].end - toks[i].start;
    char *lemma = nm_arena_strndup(&d->arena, d->text + toks[i].start, len);
    FUZZ_CHECK(lemma != NULL);
    tg[i].upos = UPOS[h % (sizeof UPOS / sizeof *UPOS)];
    tg[i].xpos = "X";
    tg[i].lemma = lemma;
    tg[i].deprel = RELS[(h >> 8) % (sizeof RELS / sizeof *RELS)];
    tg[i].head = (h >> 16) % (s->n_tokens + 1);
  }
  d->tags.n = nt;

  const nm_cameo *layers[1] = {fuzz_dict()};
  FUZZ_CHECK(nm_events_code(layers, 1, d) == NM_OK);
  size_t ne;
  const nm_event *ev = nm_doc_events(d, &ne);
  for (size_t i = 0; i < ne; i++) {
    FUZZ_CHECK(ev[i].sentence < ns);
    const nm_sentence *s = &ss[ev[i].sentence];
    FUZZ_CHECK(ev[i].evidence.start >= s->start && ev[i].evidence.end <= s->end);
    FUZZ_CHECK(ev[i].evidence.start < ev[i].evidence.end);
    FUZZ_CHECK(ev[i].source_code && ev[i].target_code);
    FUZZ_CHECK(strcmp(ev[i].source_code, ev[i].target_code) != 0);
  }
  fuzz_write_outputs(d, false);
  nm_doc_free(d);
  return 0;
}
