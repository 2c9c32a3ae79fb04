/* pipeline.c - the immutable pipeline object and nm_process(). */
#include "doc.h"
#include "entities.h"
#include "events.h"
#include "parser.h"
#include "places.h"
#include "quotes.h"
#include "segment.h"
#include "tagger.h"
#include "times.h"
#include "tone.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct nm_pipeline {
  nm_tagger *tagger; /* NULL when tokens are not tagged */
  nm_parser *parser; /* NULL when sentences are not parsed */
  nm_ner *ner;       /* NULL when entities are not detected */
  nm_gazetteer *gaz; /* NULL without a gazetteer */
  nm_tone_lexicon *tone; /* NULL without tone */
  nm_geonames *geo;  /* NULL without places */
  nm_cameo *cameo;      /* the default event dictionaries, or NULL */
  nm_cameo *cameo_user; /* users' own, compiled at start-up, or NULL */
  const nm_cameo *layers[2];
  size_t n_layers;
  int segment_only;  /* nm_pipeline_options.segment_only */
};

static nm_pipeline *fail_new(nm_pipeline *p, nm_error *err, nm_status code, const char *msg) {
  nm_pipeline_free(p);
  if (err && msg) {
    err->code = code;
    err->msg = msg;
    err->pos = 0;
  }
  return NULL;
}

/* Compiles the users' own dictionaries into one layer, looked up before the
 * defaults. */
static nm_status open_cameo(nm_pipeline *p, const nm_pipeline_options *o, nm_error *err) {
  if (o->user_verbs || o->user_actors || o->user_agents || o->user_discards || o->user_pico) {
    nm_cameo_builder *b = nm_cameo_builder_new();
    if (!b) {
      if (err) {
        err->code = NM_ERR_NOMEM;
        err->msg = "out of memory";
        err->pos = 0;
      }
      return NM_ERR_NOMEM;
    }
    nm_status st = NM_OK;
    for (const char *const *f = o->user_verbs; st == NM_OK && f && *f; f++)
      st = nm_cameo_builder_add_verbs(b, *f, err);
    for (const char *const *f = o->user_actors; st == NM_OK && f && *f; f++)
      st = nm_cameo_builder_add_actors(b, *f, err);
    for (const char *const *f = o->user_agents; st == NM_OK && f && *f; f++)
      st = nm_cameo_builder_add_agents(b, *f, err);
    for (const char *const *f = o->user_discards; st == NM_OK && f && *f; f++)
      st = nm_cameo_builder_add_discards(b, *f, err);
    for (const char *const *f = o->user_pico; st == NM_OK && f && *f; f++)
      st = nm_cameo_builder_add_pico(b, *f, err);
    if (st == NM_OK) st = nm_cameo_builder_finish(b, &p->cameo_user, err);
    nm_cameo_builder_free(b);
    if (st != NM_OK) return st;
    p->layers[p->n_layers++] = p->cameo_user;
  }
  if (o->cameo) {
    nm_status st = nm_cameo_open(o->cameo, &p->cameo, err);
    if (st != NM_OK) return st;
    p->layers[p->n_layers++] = p->cameo;
  }
  return NM_OK;
}

nm_pipeline *nm_pipeline_new(const nm_pipeline_options *opts, nm_error *err) {
  nm_pipeline *p = calloc(1, sizeof *p);
  if (!p) {
    if (err) {
      err->code = NM_ERR_NOMEM;
      err->msg = "out of memory";
      err->pos = 0;
    }
    return NULL;
  }
  if (opts && opts->segment_only) {
    p->segment_only = 1;
    return p;
  }
  if (opts && opts->tagger_model) {
    p->tagger = nm_tagger_open(opts->tagger_model, err);
    if (!p->tagger) {
      free(p);
      return NULL;
    }
  }
  if (opts && opts->parser_model) {
    if (!p->tagger) return fail_new(p, err, NM_ERR_INVALID, "a parser needs a tagger model");
    p->parser = nm_parser_open(opts->parser_model, err);
    if (!p->parser) return fail_new(p, err, NM_OK, NULL);
  }
  if (opts && opts->gazetteer) {
    p->gaz = nm_gazetteer_open(opts->gazetteer, err);
    if (!p->gaz) return fail_new(p, err, NM_OK, NULL);
  }
  if (opts && opts->ner_model) {
    if (!p->tagger) return fail_new(p, err, NM_ERR_INVALID, "an NER model needs a tagger model");
    p->ner = nm_ner_open(opts->ner_model, err);
    if (!p->ner) return fail_new(p, err, NM_OK, NULL);
  }
  if (opts && opts->tone_lexicon) {
    p->tone = nm_tone_open(opts->tone_lexicon, err);
    if (!p->tone) return fail_new(p, err, NM_OK, NULL);
  }
  if (opts && opts->geonames) {
    if (!p->ner) return fail_new(p, err, NM_ERR_INVALID, "places need an NER model");
    p->geo = nm_geonames_open(opts->geonames, err);
    if (!p->geo) return fail_new(p, err, NM_OK, NULL);
  }
  if (opts && (opts->cameo || opts->user_verbs || opts->user_actors || opts->user_agents ||
               opts->user_discards || opts->user_pico)) {
    if (!p->parser) return fail_new(p, err, NM_ERR_INVALID, "event coding needs a parser model");
    if (open_cameo(p, opts, err) != NM_OK) return fail_new(p, err, NM_OK, NULL);
  }
  return p;
}

void nm_pipeline_free(nm_pipeline *p) {
  if (!p) return;
  nm_tagger_free(p->tagger);
  nm_parser_free(p->parser);
  nm_ner_free(p->ner);
  nm_gazetteer_free(p->gaz);
  nm_tone_free(p->tone);
  nm_geonames_free(p->geo);
  nm_cameo_free(p->cameo);
  nm_cameo_free(p->cameo_user);
  free(p);
}

/* Stage 2: tags and lemmas for every sentence. */
static nm_status tag_doc(const nm_tagger *t, nm_doc *d) {
  size_t nt = d->tokens.n;
  if (nm_vec_reserve(&d->tags, nt) != 0) return NM_ERR_NOMEM;
  const nm_token *toks = (const nm_token *)d->tokens.data;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  nm_word_tags *tags = (nm_word_tags *)d->tags.data;
  nm_vec words, classes;
  nm_vec_init(&words, sizeof(nm_word));
  nm_vec_init(&classes, 1);
  nm_status st = NM_OK;
  for (size_t si = 0; si < d->sentences.n && st == NM_OK; si++) {
    size_t n = ss[si].n_tokens, first = ss[si].first_token;
    if (nm_vec_reserve(&words, n) != 0 || nm_vec_reserve(&classes, n) != 0) {
      st = NM_ERR_NOMEM;
      break;
    }
    nm_word *w = (nm_word *)words.data;
    for (size_t i = 0; i < n; i++) {
      const nm_token *tk = &toks[first + i];
      w[i].s = tk->form ? tk->form : d->text + tk->start;
      w[i].len = tk->form ? strlen(tk->form) : tk->end - tk->start;
    }
    uint8_t *cls = (uint8_t *)classes.data;
    nm_tagger_tag(t, w, n, cls);
    nm_tagger_repair(t, w, n, cls);
    /* a straight double quotation mark opens or closes by its spacing: a
     * word right before it and a space or punctuation after closes ("…
     * their money,\" the chief told"); a space before and a word after
     * opens */
    for (size_t i = 0; i < n; i++) {
      const nm_token *tk = &toks[first + i];
      if (tk->form || tk->end != tk->start + 1 || d->text[tk->start] != '"') continue;
      bool before = tk->start > 0 && !isspace((unsigned char)d->text[tk->start - 1]);
      bool after = tk->end < d->len && !isspace((unsigned char)d->text[tk->end]) &&
                   !ispunct((unsigned char)d->text[tk->end]);
      int q = before && !after   ? nm_tagger_quote_class(t, true)
              : !before && after ? nm_tagger_quote_class(t, false)
                                 : -1;
      if (q >= 0) cls[i] = (uint8_t)q;
    }
    for (size_t i = 0; i < n; i++) {
      char buf[128];
      size_t l = nm_tagger_lemma(t, w[i].s, w[i].len, cls[i], buf, sizeof buf);
      char *lemma;
      if (l < sizeof buf) {
        lemma = nm_arena_strndup(&d->arena, buf, l);
      } else {
        lemma = nm_arena_alloc(&d->arena, l + 1);
        if (lemma) nm_tagger_lemma(t, w[i].s, w[i].len, cls[i], lemma, l + 1);
      }
      if (!lemma) {
        st = NM_ERR_NOMEM;
        break;
      }
      nm_word_tags *g = &tags[first + i];
      g->upos = nm_tagger_upos(t, cls[i]);
      g->xpos = nm_tagger_xpos(t, cls[i]);
      g->lemma = lemma;
      g->head = 0;
      g->deprel = NULL;
    }
  }
  if (st == NM_OK) d->tags.n = nt;
  nm_vec_free(&words);
  nm_vec_free(&classes);
  return st;
}

/* Stage 3: heads and relations for every sentence. */
static nm_status parse_doc(const nm_parser *ps, nm_doc *d) {
  const nm_token *toks = (const nm_token *)d->tokens.data;
  const nm_sentence *ss = (const nm_sentence *)d->sentences.data;
  nm_word_tags *tags = (nm_word_tags *)d->tags.data;
  nm_vec words, heads, rels;
  nm_vec_init(&words, sizeof(nm_pword));
  nm_vec_init(&heads, sizeof(uint32_t));
  nm_vec_init(&rels, sizeof(uint16_t));
  nm_status st = NM_OK;
  for (size_t si = 0; si < d->sentences.n && st == NM_OK; si++) {
    size_t n = ss[si].n_tokens, first = ss[si].first_token;
    if (nm_vec_reserve(&words, n) != 0 || nm_vec_reserve(&heads, n) != 0 ||
        nm_vec_reserve(&rels, n) != 0) {
      st = NM_ERR_NOMEM;
      break;
    }
    nm_pword *w = (nm_pword *)words.data;
    for (size_t i = 0; i < n; i++) {
      const nm_token *tk = &toks[first + i];
      const nm_word_tags *g = &tags[first + i];
      w[i].form = tk->form ? tk->form : d->text + tk->start;
      w[i].len = tk->form ? strlen(tk->form) : tk->end - tk->start;
      w[i].upos = g->upos;
      w[i].xpos = g->xpos;
      w[i].lemma = g->lemma;
    }
    uint32_t *h = (uint32_t *)heads.data;
    uint16_t *r = (uint16_t *)rels.data;
    st = nm_parser_parse(ps, w, n, h, r);
    if (st == NM_OK) nm_parser_repair(ps, w, n, h, r);
    for (size_t i = 0; i < n && st == NM_OK; i++) {
      tags[first + i].head = h[i];
      tags[first + i].deprel = nm_parser_rel(ps, r[i]);
    }
  }
  nm_vec_free(&words);
  nm_vec_free(&heads);
  nm_vec_free(&rels);
  return st;
}

/* An entity the text gives no country that its actor code places in one
 * ("Secretary of State Antony Blinken": USAGOV) takes the code's country,
 * when the places table knows its first three letters as a country (not
 * IGO, NGO or a region's code); so does a body whose owner in the text
 * overrode the dictionary's country ("South Korea's Joint Chiefs of
 * Staff": KORMIL, though the gazetteer has the US body), or that the
 * article's country took ("the Senate" in a story on the Philippines). */
static void countries_from_codes(const nm_geonames *g, nm_doc *d) {
  nm_entity *es = (nm_entity *)d->entities.data;
  static const char owner[] = "the owner's country", generic[] = "a body many states have";
  for (size_t e = 0; e < d->entities.n; e++) {
    const char *c = es[e].code;
    if (!c || strlen(c) < 3) continue;
    const char *why = es[e].code_reason;
    bool owned = why && (!strncmp(why, owner, sizeof owner - 1) ||
                         !strncmp(why, generic, sizeof generic - 1));
    if (es[e].country[0] && !owned) continue;
    char cc[4] = {c[0], c[1], c[2], 0};
    if (nm_geonames_country(g, cc) == UINT32_MAX) continue;
    memcpy(es[e].country, cc, 4);
    es[e].country_from_place = 0;
  }
}

nm_status nm_process(const nm_pipeline *p, nm_doc *d, nm_error *err) {
  nm_status st = NM_OK;
  const char *msg = NULL;
  if (!p || !d) {
    st = NM_ERR_INVALID;
    msg = "pipeline and document are required";
  } else if (d->processed) {
    st = NM_ERR_INVALID;
    msg = "document was already processed";
  } else {
    d->processed = true;
    /* Stage 1: segmentation, unless the input came presegmented. */
    if (!d->presegmented) {
      st = nm_segment(d);
      if (st != NM_OK) msg = "out of memory during segmentation";
    }
    if (st == NM_OK && p->tagger) {
      st = tag_doc(p->tagger, d);
      if (st != NM_OK) msg = "out of memory while tagging";
    }
    if (st == NM_OK && p->parser && d->tags.n) {
      st = parse_doc(p->parser, d);
      if (st != NM_OK) msg = "out of memory while parsing";
    }
    if (st == NM_OK && p->ner && d->tags.n) {
      st = nm_mentions_detect(p->ner, p->gaz, d);
      if (st == NM_OK) st = nm_coref(p->gaz, d);
      if (st != NM_OK) msg = "out of memory while finding entities";
    }
    if (st == NM_OK && p->geo && d->tags.n) {
      st = nm_places_resolve(p->geo, d);
      if (st != NM_OK) msg = "out of memory while resolving places";
    }
    if (st == NM_OK && !p->segment_only) {
      st = nm_quotes_detect(d);
      if (st != NM_OK) msg = "out of memory while finding quotes";
    }
    if (st == NM_OK && !p->segment_only) {
      st = nm_times_detect(d);
      if (st != NM_OK) msg = "out of memory while finding times";
    }
    if (st == NM_OK && p->tone) {
      st = nm_tone_score(p->tone, d);
      if (st != NM_OK) msg = "out of memory while scoring tone";
    }
    if (st == NM_OK && p->n_layers && p->parser && d->tags.n) {
      st = nm_events_code(p->layers, p->n_layers, d);
      if (st != NM_OK) msg = "out of memory while coding events";
      else if (p->geo) countries_from_codes(p->geo, d);
    }
  }
  if (st != NM_OK && err) {
    err->code = st;
    err->msg = msg;
    err->pos = 0;
  }
  return st;
}
