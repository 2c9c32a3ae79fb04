/*
 * newsmill.h - public interface of libnewsmill.
 *
 * newsmill reads news articles and records what happened in them. The
 * library is a pipeline of stages (segment, tag, parse, mentions, coref,
 * quotes, actors, events, times, places, tone, output); each stage adds one
 * layer to a per-article document model.
 *
 * Objects and ownership
 *   nm_pipeline  Immutable once built: models, dictionaries and options.
 *                Build it once with nm_pipeline_new(); any number of threads
 *                may then call nm_process() with it at the same time.
 *                Freed with nm_pipeline_free().
 *   nm_doc       One article. It owns a copy of the text and an arena that
 *                holds every layer. Everything a nm_doc_* accessor returns
 *                (arrays, strings) lives in that arena and stays valid until
 *                nm_doc_free(). A document is used by one thread at a time.
 *
 * Offsets
 *   Every span is a half-open byte range [start, end) into the article text
 *   exactly as given to nm_doc_new(), even where it is not valid UTF-8.
 *   Texts are limited to NM_MAX_TEXT bytes so that offsets fit in 32 bits.
 *
 * Errors
 *   The library never aborts or exits and never prints. A call that can fail
 *   returns NULL or a nonzero nm_status and, when the caller passes a non-NULL
 *   nm_error, fills it with a code, a static message and a byte position
 *   (or line number, for line-oriented input) where one applies. Out of
 *   memory is reported as NM_ERR_NOMEM.
 */
#ifndef NEWSMILL_H
#define NEWSMILL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && defined(NM_BUILDING_LIBRARY)
#define NM_API __attribute__((visibility("default")))
#else
#define NM_API
#endif

#define NM_VERSION_STRING "0.1.0"
/* Version of the JSON output schema (docs/output.md). Later stages add
 * fields; they never rename or remove one. */
#define NM_SCHEMA_VERSION 1
/* Largest article text accepted, in bytes. */
#define NM_MAX_TEXT ((size_t)0xFFFFFFF0u)

typedef enum nm_status {
  NM_OK = 0,
  NM_ERR_NOMEM,   /* an allocation failed */
  NM_ERR_IO,      /* reading or writing a file failed */
  NM_ERR_PARSE,   /* malformed input (JSON, CoNLL-U, dictionary ...) */
  NM_ERR_INVALID, /* an argument is out of range or inconsistent */
  NM_ERR_LIMIT,   /* input exceeds a documented limit */
  NM_ERR_FORMAT   /* a model or dictionary file is corrupt or of another version */
} nm_status;

typedef struct nm_error {
  nm_status code;
  const char *msg; /* static string; never freed */
  size_t pos;      /* byte offset, or 1-based line number; 0 when unknown */
} nm_error;

/* A static English name for a status code ("out of memory", ...). */
NM_API const char *nm_status_str(nm_status code);
/* The library version, NM_VERSION_STRING. */
NM_API const char *nm_version(void);

/* ------------------------------------------------------------------ */
/* Pipeline                                                            */

typedef struct nm_pipeline nm_pipeline;

typedef struct nm_pipeline_options {
  /* Path of a tagger model (models/tagger.nmm), or NULL to leave tokens
   * untagged. Zero-initialise the struct; NULL options mean all defaults. */
  const char *tagger_model;
  /* Path of a dependency parser model (models/parser.nmm), or NULL to leave
   * heads and relations empty. Needs tagger_model. */
  const char *parser_model;
  /* Path of a named-entity model (models/ner.nmm), or NULL for no entity
   * mentions. Needs tagger_model. */
  const char *ner_model;
  /* Path of a compiled gazetteer (dict/gazetteer.nmm), or NULL. The NER
   * model uses it for features and entities for their country. */
  const char *gazetteer;
  /* Path of a compiled tone lexicon (dict/tone.nmm), or NULL for no tone. */
  const char *tone_lexicon;
  /* Path of a compiled GeoNames table (dict/geonames.nmm), or NULL for no
   * places. Places need ner_model too. */
  const char *geonames;
  /* Path of a compiled event dictionary (dict/cameo.nmm), or NULL. With it
   * (and parser_model and ner_model), entities get actor codes and
   * sentences are coded for CAMEO events. */
  const char *cameo;
  /* Users' own PETRARCH-2 format dictionaries, NULL-terminated lists of
   * paths (or NULL), compiled when the pipeline is built and layered over
   * cameo (theirs are looked up first). With no cameo they are the only
   * dictionaries. */
  const char *const *user_verbs;
  const char *const *user_actors;
  const char *const *user_agents;
  const char *const *user_discards;
  /* A PETRARCH internal coding ontology (PICO) table for the users' layer,
   * NULL-terminated (or NULL): how a verb combines with its complement.
   * The shipped dictionaries carry their own. */
  const char *const *user_pico;
  /* When nonzero, nm_process only segments (paragraphs, sentences,
   * tokens) and every other field is ignored. */
  int segment_only;
} nm_pipeline_options;

/* Builds a pipeline. Returns NULL and fills *err on failure. */
NM_API nm_pipeline *nm_pipeline_new(const nm_pipeline_options *opts, nm_error *err);
/* Frees a pipeline. NULL is allowed. No document may be in nm_process(). */
NM_API void nm_pipeline_free(nm_pipeline *p);

/* ------------------------------------------------------------------ */
/* Document model                                                      */

typedef struct nm_doc nm_doc;

/* Metadata fields that nm_doc_set_meta() accepts. */
typedef enum nm_meta_field {
  NM_META_ID = 0,
  NM_META_DATE, /* "YYYY-MM-DD"; checked by nm_doc_set_meta() */
  NM_META_SOURCE,
  NM_META_URL,
  NM_META_TITLE,
  NM_META_EXTRA, /* a JSON object's members, as raw JSON text ("a":1,"b":[]),
                    passed through untouched under "meta" in the output */
  NM_META_COUNT
} nm_meta_field;

/* Creates a document holding a copy of text[0..len). text may contain any
 * bytes (NUL, invalid UTF-8); len may be 0. Returns NULL and fills *err
 * (NM_ERR_LIMIT when len > NM_MAX_TEXT, NM_ERR_NOMEM). */
NM_API nm_doc *nm_doc_new(const char *text, size_t len, nm_error *err);
NM_API void nm_doc_free(nm_doc *d);

/* Sets one metadata field from value[0..len), copied into the document.
 * value == NULL clears it. NM_META_DATE must be a valid calendar date
 * YYYY-MM-DD, otherwise NM_ERR_INVALID and the field is left unset. */
NM_API nm_status nm_doc_set_meta(nm_doc *d, nm_meta_field f, const char *value, size_t len,
                                 nm_error *err);
/* The field's value (not NUL-terminated; *len receives its length), or NULL
 * when unset. */
NM_API const char *nm_doc_meta(const nm_doc *d, nm_meta_field f, size_t *len);

/* The article text as given, and its length. */
NM_API const char *nm_doc_text(const nm_doc *d, size_t *len);

/* Runs every stage of the pipeline over the document. A document is processed
 * once; a second call returns NM_ERR_INVALID. On failure the document keeps
 * whatever layers were complete. */
NM_API nm_status nm_process(const nm_pipeline *p, nm_doc *d, nm_error *err);

/* --- Layers. Each accessor returns an array of *n items, in text order. */

typedef struct nm_span {
  uint32_t start, end;
} nm_span;

typedef struct nm_paragraph {
  uint32_t start, end;
  uint32_t first_sentence, n_sentences;
} nm_paragraph;

typedef struct nm_sentence {
  uint32_t start, end;
  uint32_t paragraph;
  uint32_t first_token, n_tokens;
} nm_sentence;

/* Token flags. */
enum {
  /* No whitespace follows the token in the text (CoNLL-U SpaceAfter=No). */
  NM_TOK_NO_SPACE_AFTER = 1u << 0,
  /* The token continues the previous token's surface word: "do|n't",
   * "It|'s", "Israel|'s" (a CoNLL-U multiword token). */
  NM_TOK_JOINED = 1u << 1,
  /* The span holds invalid UTF-8 (shown as U+FFFD in token text). */
  NM_TOK_INVALID_UTF8 = 1u << 2
};

typedef struct nm_token {
  uint32_t start, end;
  uint32_t sentence;
  uint32_t flags;
  /* Text when it differs from the span's bytes (a CoNLL-U word inside a
   * multiword token, say), NUL-terminated; NULL otherwise. */
  const char *form;
} nm_token;

typedef enum nm_warning_code {
  NM_WARN_INVALID_UTF8 = 0, /* "invalid_utf8": offset of the bad byte */
  NM_WARN_NUL_BYTE,         /* "nul_byte": offset of the first NUL */
  NM_WARN_LONG_SENTENCE,    /* "long_sentence": a sentence was cut at the
                               length limit; offset of the cut */
  NM_WARN_BAD_DATE,         /* "invalid_date": the given date was rejected */
  NM_WARN_COUNT
} nm_warning_code;

typedef struct nm_warning {
  nm_warning_code code;
  uint32_t offset;
} nm_warning;

/* Stable string for a warning code ("invalid_utf8", ...). */
NM_API const char *nm_warning_name(nm_warning_code c);

NM_API const nm_paragraph *nm_doc_paragraphs(const nm_doc *d, size_t *n);
NM_API const nm_sentence *nm_doc_sentences(const nm_doc *d, size_t *n);
NM_API const nm_token *nm_doc_tokens(const nm_doc *d, size_t *n);
NM_API const nm_warning *nm_doc_warnings(const nm_doc *d, size_t *n);
/* Word annotations, parallel to nm_doc_tokens(): filled when the pipeline
 * has a tagger. upos and xpos point into the pipeline's model and stay valid
 * while the pipeline lives; lemma lives in the document. head (1-based
 * index of the head word within the sentence, 0 for the root, as in
 * CoNLL-U) and deprel (a UD relation, living in the parser model) are filled
 * when the pipeline has a parser, else 0 and NULL. */
typedef struct nm_word_tags {
  const char *upos, *xpos, *lemma;
  uint32_t head;
  const char *deprel;
} nm_word_tags;

/* The annotations, *n == number of tokens; NULL and *n == 0 when the
 * document was not tagged. */
NM_API const nm_word_tags *nm_doc_tags(const nm_doc *d, size_t *n);

/* --- Entities: mentions, and the entities they are clustered into. */

typedef enum nm_entity_type {
  NM_ENT_PERSON = 0,
  NM_ENT_ORG,  /* organisations, agencies, companies, armed groups */
  NM_ENT_GPE,  /* countries, cities, states */
  NM_ENT_LOC,  /* other places: regions, the Gaza Strip, rivers */
  NM_ENT_NORP, /* nationalities and groups: Israelis, Palestinians */
  NM_ENT_MISC,
  NM_ENT_COUNT
} nm_entity_type;

/* "PERSON", "ORG", "GPE", "LOC", "NORP", "MISC". */
NM_API const char *nm_entity_type_name(nm_entity_type t);

typedef enum nm_mention_kind {
  NM_MENTION_NAME = 0, /* a proper name: "Antony Blinken", "UNRWA" */
  NM_MENTION_NOMINAL,  /* a description or title: "the agency", "the prime minister" */
  NM_MENTION_PRONOUN   /* he, she, his, her, they, it, its ... */
} nm_mention_kind;

/* "name", "nominal", "pronoun". */
NM_API const char *nm_mention_kind_name(nm_mention_kind k);

typedef struct nm_mention {
  uint32_t start, end;             /* bytes */
  uint32_t first_token, n_tokens;  /* tokens [first_token, first_token + n_tokens) */
  uint32_t sentence;
  nm_entity_type type;
  nm_mention_kind kind;
  uint32_t entity; /* index into nm_doc_entities() */
} nm_mention;

typedef struct nm_entity {
  const char *name;    /* canonical name: the fullest proper name, NUL-terminated */
  nm_entity_type type;
  /* ISO 3166 alpha-3 when known, else "". The places stage replaces it
   * with the country of the place a GPE or LOC name resolved to when
   * that place lies elsewhere ("Georgia" in an Atlanta story: USA, not
   * GEO; "eastern Congo" in a Goma story: COD), and sets
   * country_from_place when that place is no country (a country's name
   * keeps its actor code from the event dictionaries). */
  char country[4];
  uint8_t country_from_place; /* 1: the country is a sub-national place's (above) */
  const char *title;   /* "Secretary of State", or NULL */
  const uint32_t *mentions; /* indices into nm_doc_mentions(), in text order */
  uint32_t n_mentions;
  /* CAMEO actor code ("USAGOV", "ISRGOV", "PSEREB", "IGOUNO") and why it
   * was given ("dictionary: ANTONY BLINKEN", "title: Secretary of State",
   * "country: USA"), NUL-terminated; NULL without event dictionaries or
   * when nothing codes the entity. */
  const char *code;
  const char *code_reason;
} nm_entity;

/* Mentions in text order and entities in order of first mention; empty
 * when the pipeline has no NER model. */
NM_API const nm_mention *nm_doc_mentions(const nm_doc *d, size_t *n);
NM_API const nm_entity *nm_doc_entities(const nm_doc *d, size_t *n);

/* --- Quotes: who said what. */

typedef enum nm_quote_kind {
  NM_QUOTE_DIRECT = 0, /* "…," she said */
  NM_QUOTE_PARTIAL,    /* calling it "delusional" */
  NM_QUOTE_INDIRECT,   /* he said (that) the war would continue */
  NM_QUOTE_TERM        /* a term the reporter puts in quotation marks */
} nm_quote_kind;

/* "direct", "partial", "indirect", "term". */
NM_API const char *nm_quote_kind_name(nm_quote_kind k);

typedef struct nm_quote {
  uint32_t start, end;          /* the content, without quotation marks */
  nm_quote_kind kind;
  nm_span cue;                  /* the speech verb or cue ("said", "according to"); 0,0 if none */
  uint32_t speaker;             /* index into nm_doc_entities(), or UINT32_MAX */
  nm_span speaker_mention;      /* the mention the attribution uses ("he"); 0,0 if none */
  const char *speaker_name;     /* canonical name or a description, NUL-terminated; or NULL */
  /* The entity the speaker speaks for: "Trump" in "Trump's spokesman said"
   * (the speaker is then the spokesman: an entity only when named), or
   * UINT32_MAX. */
  uint32_t principal;
  /* Index into nm_doc_quotes() of the quotation this one resumes (a
   * paragraph left open and the next reopened; the words after an
   * attribution in the middle), or UINT32_MAX. The speaker is the same. */
  uint32_t continues;
  /* VADER-style compound score (-1..1) of the content; 0 when the pipeline
   * has no tone lexicon (the JSON then writes null). */
  double tone;
} nm_quote;

/* Quotations in text order; empty when none were found. */
NM_API const nm_quote *nm_doc_quotes(const nm_doc *d, size_t *n);

/* --- Events: who did what to whom, in CAMEO. */

typedef struct nm_event {
  char code[8];          /* CAMEO event code, "042", NUL-terminated */
  char root[4];          /* its first two digits, "04" */
  uint8_t quad_class;    /* 1 verbal cooperation .. 4 material conflict; 0 if unknown */
  float goldstein;       /* GDELT's Goldstein value of the code */
  uint32_t sentence;     /* index into nm_doc_sentences() */
  uint32_t source, target; /* indices into nm_doc_entities(), or UINT32_MAX */
  const char *source_code; /* actor codes, "USAGOV", "---REB"; NULL when absent */
  const char *target_code;
  nm_span source_span;   /* the actor phrases the codes come from; 0,0 if none */
  nm_span target_span;
  nm_span evidence;      /* the verb (and its particle) */
  const char *pattern;   /* the dictionary pattern that fired, as written */
  char date[11];         /* YYYY-MM-DD: the anchoring time expression's day, else the
                            article date, else "" */
  uint32_t time;         /* index into nm_doc_times() of the anchor, or UINT32_MAX */
  uint32_t place;        /* index into nm_doc_places(): the action place, or UINT32_MAX */
  uint32_t quote;        /* index into nm_doc_quotes() when the event is reported
                            inside a quotation, else UINT32_MAX */
} nm_event;

/* Events in text order; empty without event dictionaries. */
NM_API const nm_event *nm_doc_events(const nm_doc *d, size_t *n);

/* --- Times: time expressions normalised against the article date. */

typedef enum nm_time_type {
  NM_TIME_DATE = 0,
  NM_TIME_TIME,
  NM_TIME_DURATION,
  NM_TIME_SET
} nm_time_type;

/* "DATE", "TIME", "DURATION", "SET". */
NM_API const char *nm_time_type_name(nm_time_type t);

typedef struct nm_time {
  uint32_t start, end; /* bytes */
  uint32_t sentence;
  nm_time_type type;
  /* TIMEX3 value, NUL-terminated, in the document: "2024-02-08", "2024-W06",
   * "P4M", "PRESENT_REF", "XXXX-10-07" when the year is unknown ... */
  const char *value;
} nm_time;

/* Time expressions in text order; empty when none were found. */
NM_API const nm_time *nm_doc_times(const nm_doc *d, size_t *n);

/* --- Places: toponyms resolved to GeoNames. */

typedef struct nm_place {
  const char *name;    /* GeoNames name, NUL-terminated */
  uint32_t geonameid;  /* 0 for a place of the curated region table or a town of cities1000 */
  char country[4];     /* ISO 3166 alpha-3, or "" */
  const char *admin1;  /* first-level division name, or NULL */
  double lat, lon;
  const uint32_t *mentions; /* indices into nm_doc_mentions(), in text order */
  uint32_t n_mentions;
} nm_place;

/* Places in order of first mention; empty without a geonames dictionary. */
NM_API const nm_place *nm_doc_places(const nm_doc *d, size_t *n);

/* --- Tone. */

typedef struct nm_tone {
  /* GDELT-style document tone: percentages of words that are positive and
   * negative, tone = positive - negative, polarity = positive + negative,
   * and the number of words counted. */
  double positive, negative, tone, polarity;
  uint32_t word_count;
  double compound; /* VADER-style compound score of the whole text, -1..1 */
} nm_tone;

/* The document's tone, or NULL when the pipeline has no tone lexicon. */
NM_API const nm_tone *nm_doc_tone(const nm_doc *d);
/* VADER-style compound score (-1..1) of each sentence, parallel to
 * nm_doc_sentences(); NULL when the pipeline has no tone lexicon. */
NM_API const double *nm_doc_sentence_tone(const nm_doc *d, size_t *n);

/* The dateline of a wire story ("WASHINGTON (AP)", without its dash), found
 * in one of the first three paragraphs. Returns 0 and leaves *span alone
 * when there is none. The dateline and its dash form a sentence of their
 * own, as in UD treebanks. */
NM_API int nm_doc_dateline(const nm_doc *d, nm_span *span);
/* Adds a warning (used by readers that reject part of a record). */
NM_API nm_status nm_doc_add_warning(nm_doc *d, nm_warning_code c, uint32_t offset);

/* ------------------------------------------------------------------ */
/* Pre-segmented input (CoNLL-U)                                       */

/* Declares that the document's segmentation is given and must be kept:
 * paragraphs, sentences and tokens are then added with the calls below
 * instead of being computed by nm_process(). Spans must be in text order,
 * non-overlapping and inside the text; sentences inside their paragraph and
 * tokens inside their sentence. form may be NULL (see nm_token.form). */
NM_API nm_status nm_doc_add_paragraph(nm_doc *d, uint32_t start, uint32_t end, nm_error *err);
NM_API nm_status nm_doc_add_sentence(nm_doc *d, uint32_t start, uint32_t end, nm_error *err);
NM_API nm_status nm_doc_add_token(nm_doc *d, uint32_t start, uint32_t end, uint32_t flags,
                                  const char *form, size_t form_len, nm_error *err);

/* Builds a document from one JSON Lines record buf[0..len) (without the
 * newline): a JSON object with string members "text" (required), "id" (a
 * string or number), "date" ("YYYY-MM-DD"), "source", "url" and "title"; any
 * member may be null. Other members are kept verbatim as NM_META_EXTRA. A
 * date that is not a valid calendar date is dropped with the warning
 * "invalid_date"; the record is still processed. Returns NULL with
 * NM_ERR_PARSE and err->pos = byte offset in the line for malformed JSON, a
 * missing "text" or a known member of the wrong type. */
NM_API nm_doc *nm_doc_from_json(const char *buf, size_t len, nm_error *err);

/* Reads one document of CoNLL-U from buf[0..len). The document runs from the
 * start of buf to the start of the next comment block holding "# newdoc"
 * that follows a sentence, or to the end. *consumed receives the bytes read
 * (the next call starts at buf + *consumed); *line, when not NULL, is the
 * 1-based line number of buf[0] on entry (0 counts as 1) and is advanced
 * past the document.
 *
 * The document's text is rebuilt from the sentences' "# text" comments (or
 * from FORM and SpaceAfter=No when a sentence has none): sentences of one
 * paragraph are joined by one space, paragraphs ("# newpar", "# newdoc"; the
 * first sentence always starts one) by a blank line. Paragraphs, sentences
 * and tokens are kept as given (the document is presegmented). Each surface
 * token is found in its sentence's text after any white space. The words of
 * a multiword token ("3-4 don't") get consecutive parts of its span when
 * they spell it ("do" "n't"), otherwise each gets the whole span and its own
 * form; every word after the first gets NM_TOK_JOINED. NM_TOK_NO_SPACE_AFTER
 * comes from SpaceAfter=No in MISC only (for a multiword token, from its
 * range line, set on its last word). "# newdoc id = X" sets NM_META_ID.
 * Empty nodes (IDs like 5.1) and other comments are skipped; CRLF line ends
 * and lines of only spaces or tabs (read as blank) are accepted.
 *
 * Returns the document, or NULL:
 *   - with err->code NM_OK when buf holds no sentence (empty, or only blank
 *     lines and comments): *consumed is then len, so callers can loop
 *     while (off < len);
 *   - with NM_ERR_PARSE and err->pos = line number when a line is malformed
 *     (not 10 non-empty tab-separated fields, a bad or out-of-sequence ID, a
 *     comment between token lines) or a FORM is not where "# text" has it.
 *     *consumed and *line still skip the whole bad document, so a caller
 *     may report it and go on with the next;
 *   - with NM_ERR_LIMIT or NM_ERR_NOMEM.
 * Time is linear in the bytes read; any bytes are safe to pass. */
NM_API nm_doc *nm_conllu_read_doc(const char *buf, size_t len, size_t *consumed, size_t *line,
                                  nm_error *err);

/* ------------------------------------------------------------------ */
/* Output                                                              */

/* Output writer: called with chunks of bytes; returns 0 on success, nonzero
 * to stop the writer (which then returns NM_ERR_IO). */
typedef int (*nm_write_fn)(void *ctx, const char *buf, size_t len);

enum {
  NM_OUT_TOKENS = 1u << 0 /* include tokens[] in JSON */
};

/* Writes the document as one JSON object followed by "\n" (docs/output.md). */
NM_API nm_status nm_write_json(const nm_doc *d, unsigned flags, nm_write_fn w, void *ctx,
                               nm_error *err);
/* Writes an error record {"id":…,"error":{"line":N,"message":"…"}} and "\n".
 * id may be NULL (written as null); line 0 omits "line". */
NM_API nm_status nm_write_error_record(const char *id, size_t id_len, size_t line,
                                       const char *message, nm_write_fn w, void *ctx);
/* Writes the document as CoNLL-U: # newdoc, # newpar, # sent_id, # text, one
 * token a line, multiword-token ranges for joined tokens, SpaceAfter=No. */
NM_API nm_status nm_write_conllu(const nm_doc *d, nm_write_fn w, void *ctx, nm_error *err);
/* Writes the document's events as GDELT 2.0 Events rows: one row per event
 * (nothing for a document without events), 61 tab-separated fields, no
 * header, "\n" after each; fields we have no value for are empty. Columns
 * and how each is filled: docs/output.md, "GDELT export". NM_ERR_INVALID
 * for a document not yet processed, NM_ERR_IO when w fails. */
NM_API nm_status nm_write_gdelt(const nm_doc *d, nm_write_fn w, void *ctx, nm_error *err);

#ifdef __cplusplus
}
#endif
#endif /* NEWSMILL_H */
