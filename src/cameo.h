/* cameo.h - event-coding dictionaries in the PETRARCH-2 formats: verbs
 * (synsets, verb blocks, patterns, transformations), actors (with dated
 * role codes), agents, discards, and the PETRARCH internal coding ontology
 * (PICO). Internal.
 *
 * Formats: ../shared/data/events/openeventdata__petrarch2/dictionaries.rst.
 * Text dictionaries are read by a builder (every malformed line is an error
 * naming "file:line"), which writes one compiled, validated binary
 * (nm_model container, kind "CAMO"); dict/cameo.nmm is the compiled
 * production set (CAMEO.2.0.txt, the three Phoenix actor files,
 * Phoenix.agents.txt, Phoenix.discards.txt, the PICO table), built by
 * `newsmill build cameo`. A dictionary built in memory (users' own files,
 * the validation suites' files) goes through the same writer and loader.
 *
 * Words. Every dictionary word is stored upper-cased (ASCII letters only;
 * other bytes as given) and interned: nm_cameo_word() maps a word to its id
 * in this dictionary, or NM_CAMEO_NONE. Ids are per dictionary, so a coder
 * using several layered dictionaries looks words up in each. Underscores
 * and blanks in dictionary phrases both separate words; phrases match
 * consecutive tokens.
 *
 * Phrases. An actor, agent or synset phrase is a sequence of word ids.
 * Plural forms (regular: +S, Y→IES, SS→ES, and as English spells them
 * after X, Z, CH, SH and a vowel's Y; irregular or none as the format says)
 * and substitution markers (!PERSON!) are expanded by the builder into
 * separate phrases, so matching is exact word by word.
 *
 * The readers' rules, repairs and the compiled layout are documented in
 * src/cameo_read.c and src/cameo_int.h. */
#ifndef NM_CAMEO_H
#define NM_CAMEO_H

#include "newsmill.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NM_CAMEO_KIND NM_FOURCC('C', 'A', 'M', 'O')
#define NM_CAMEO_NONE UINT32_MAX
/* Longest phrase, in words; longer dictionary phrases are an error. (24:
 * the production actors hold a name of 17 words.) */
#define NM_CAMEO_MAX_PHRASE 24

typedef struct nm_cameo nm_cameo;
typedef struct nm_cameo_builder nm_cameo_builder;

/* --- Building ------------------------------------------------------------ */

nm_cameo_builder *nm_cameo_builder_new(void);
void nm_cameo_builder_free(nm_cameo_builder *b);
/* Each reads one text file and adds its entries; a second file of the same
 * kind adds to the first (later entries for the same phrase or verb word
 * are kept as well; lookups return the first). Synsets and agent
 * substitution markers defined by one file may be used by the next.
 *
 * Errors: NM_ERR_IO (the file cannot be read), NM_ERR_PARSE (a malformed
 * line), NM_ERR_LIMIT (a phrase of more than NM_CAMEO_MAX_PHRASE words, a
 * word or discard phrase of more than 255 bytes, a pattern of more than
 * 255 elements, an agent line of more than 8 substitution markers or 4096
 * phrases), NM_ERR_NOMEM. err->pos
 * is the 1-based line, and err->msg reads "path:LINE: what is wrong". That
 * message lives in a per-thread buffer: it stays valid (never freed) until
 * the next failing nm_cameo_builder_add_* call on the same thread. After an
 * error the builder keeps the lines read before the failing one; free it. */
nm_status nm_cameo_builder_add_verbs(nm_cameo_builder *b, const char *path, nm_error *err);
nm_status nm_cameo_builder_add_actors(nm_cameo_builder *b, const char *path, nm_error *err);
nm_status nm_cameo_builder_add_agents(nm_cameo_builder *b, const char *path, nm_error *err);
nm_status nm_cameo_builder_add_discards(nm_cameo_builder *b, const char *path, nm_error *err);
nm_status nm_cameo_builder_add_pico(nm_cameo_builder *b, const char *path, nm_error *err);
/* Actor files added from now on override: a phrase they share with an
 * actor added before is theirs (the first coded one's among themselves);
 * without this call a shared phrase is the first coded actor's. The
 * team's corrections to the production files ("SAMOAN" is Samoa's, not
 * American Samoa's) are read after this call. */
void nm_cameo_builder_override_actors(nm_cameo_builder *b);
/* The same from memory; name is used in error messages. */
nm_status nm_cameo_builder_add_verbs_mem(nm_cameo_builder *b, const char *name, const char *text,
                                         size_t len, nm_error *err);
nm_status nm_cameo_builder_add_actors_mem(nm_cameo_builder *b, const char *name,
                                          const char *text, size_t len, nm_error *err);
nm_status nm_cameo_builder_add_agents_mem(nm_cameo_builder *b, const char *name,
                                          const char *text, size_t len, nm_error *err);
nm_status nm_cameo_builder_add_discards_mem(nm_cameo_builder *b, const char *name,
                                            const char *text, size_t len, nm_error *err);
nm_status nm_cameo_builder_add_pico_mem(nm_cameo_builder *b, const char *name, const char *text,
                                        size_t len, nm_error *err);
/* Lines that were accepted only with a repair, or left out, as the readers
 * document them (src/cameo_read.c); counted over every file added. */
typedef struct nm_cameo_warnings {
  uint32_t unknown_synset;   /* patterns (and "+&X" entries) naming an undefined synset: left
                                out, the format's rule */
  uint32_t stray_close;      /* pattern words with a ')' or '}' that closes nothing: word dropped */
  uint32_t pattern_no_dash;  /* "* ..." pattern lines without their "- ": read as patterns */
  uint32_t synset_brackets;  /* synset phrases written with ( ) or { }: brackets removed */
  uint32_t odd_dates;        /* dates of 7 or 9+ digits: read as PETRARCH does (first 6 or 8) */
  uint32_t bare_dates;       /* "[CODE DATE]" restrictions: read as "[CODE >DATE]" */
  uint32_t empty_ranges;     /* date ranges ending before they start: kept, never hold */
  uint32_t agent_no_code;    /* agent lines without [CODE]: left out (PETRARCH skips them) */
  uint32_t trailing_text;    /* notes after an actor's codes, not marked as comments: ignored */
} nm_cameo_warnings;
/* Fills *w and returns the total. */
size_t nm_cameo_builder_warnings(const nm_cameo_builder *b, nm_cameo_warnings *w);
/* The i-th warning as "path:LINE: what was done", for i below the total
 * (only the first NM_CAMEO_MAX_WARNINGS are kept; NULL past them). Valid
 * until the builder is freed. */
#define NM_CAMEO_MAX_WARNINGS 200
const char *nm_cameo_builder_warning(const nm_cameo_builder *b, size_t i);

/* Writes the compiled file (deterministic: same inputs, same bytes). */
nm_status nm_cameo_builder_write(nm_cameo_builder *b, const char *path, nm_error *err);
/* Compiles in memory and opens the result (*out owns its bytes). */
nm_status nm_cameo_builder_finish(nm_cameo_builder *b, nm_cameo **out, nm_error *err);

/* --- Loading ------------------------------------------------------------- */

nm_status nm_cameo_open(const char *path, nm_cameo **out, nm_error *err);
/* buf must outlive the dictionary. Validates a checksum of the whole file
 * (any changed bit is an error) and every count, offset, id, string and
 * order, in time linear in len; NM_ERR_FORMAT names what is wrong. */
nm_status nm_cameo_open_mem(const unsigned char *buf, size_t len, nm_cameo **out, nm_error *err);
void nm_cameo_free(nm_cameo *c);

/* Counts, for reports and tests. */
typedef struct nm_cameo_stats {
  uint32_t words, synsets, verbs, verb_blocks, patterns, transforms, actors, actor_phrases,
      agents, agent_phrases, discards, pico;
} nm_cameo_stats;
void nm_cameo_get_stats(const nm_cameo *c, nm_cameo_stats *s);

/* --- Words --------------------------------------------------------------- */

/* The id of a word (any case; ASCII letters are upper-cased before lookup),
 * or NM_CAMEO_NONE. */
uint32_t nm_cameo_word(const nm_cameo *c, const char *w, size_t len);
/* The upper-case text of a word id. */
const char *nm_cameo_word_text(const nm_cameo *c, uint32_t id);

/* --- Actors and agents --------------------------------------------------- */

/* The longest actor phrase that starts at words[pos] (words are ids from
 * nm_cameo_word, NM_CAMEO_NONE for unknown words). Returns its length in
 * words (0: none) and sets *actor to the actor entry. */
size_t nm_cameo_match_actor(const nm_cameo *c, const uint32_t *words, size_t n, size_t pos,
                            uint32_t *actor);
/* The actor's code on a date (YYYYMMDD; 0 = undated: the default code):
 * the first date restriction that holds (in file order; limits inclusive),
 * else the first default code, else NULL (TABARI's implicit null code). A
 * code is returned as written, so an explicit null code is "---". */
const char *nm_cameo_actor_code(const nm_cameo *c, uint32_t actor, uint32_t yyyymmdd);
/* As nm_cameo_actor_code, and *open set when the code holds with no end
 * date (a "[CODE >DATE]" restriction or a default code): the dictionary
 * says it still holds, as of the dictionary's horizon. */
const char *nm_cameo_actor_code_open(const nm_cameo *c, uint32_t actor, uint32_t yyyymmdd,
                                     bool *open);
/* The dictionary's horizon (YYYYMMDD): the last day of the last year of
 * the run of years, from the year with the most dated actor codes on,
 * that each have at least 10 (Phoenix: 2014-12-31; a few stray later
 * dates, and later offices after a gap year, do not count); 0 when no
 * year has 10. */
uint32_t nm_cameo_horizon(const nm_cameo *c);
/* The actor's primary phrase, words joined by blanks ("HAMID KARZAI"). */
const char *nm_cameo_actor_name(const nm_cameo *c, uint32_t actor);

/* The longest agent phrase that starts at words[pos]; *agent as above. */
size_t nm_cameo_match_agent(const nm_cameo *c, const uint32_t *words, size_t n, size_t pos,
                            uint32_t *agent);
/* The agent's code without its "~" ("GOV", "NGO"); *prefix is true when the
 * code goes before the actor code ("NGO~"), false when after ("~GOV"). */
const char *nm_cameo_agent_code(const nm_cameo *c, uint32_t agent, bool *prefix);

/* --- Discards ------------------------------------------------------------ */

/* Whether a discard phrase occurs in text (case-blind, at a word start; a
 * phrase written with a final "_" must also end at a blank or punctuation,
 * else it matches as a stem). *story is set true when the phrase discards
 * the whole story ("+" entries), false for a sentence discard. */
bool nm_cameo_discard(const nm_cameo *c, const char *text, size_t len, bool *story);

/* As nm_cameo_discard, but a sentence discard counts only when heed, if
 * given, says so: it gets the phrase (upper case, one blank between words)
 * and the byte span [start, end) of text it matched. Story discards always
 * count. */
typedef bool (*nm_cameo_discard_heed)(void *ctx, const char *phrase, size_t start, size_t end);
bool nm_cameo_discard_heeded(const nm_cameo *c, const char *text, size_t len, bool *story,
                             nm_cameo_discard_heed heed, void *ctx);

/* --- Verbs and patterns -------------------------------------------------- */

/* A verb form: "ACCUSE", "ACCUSED", or a multi-word verb ("CORDON OFF",
 * "WIRE TAP") whose other words must stand before or after the main word. */
typedef struct nm_cameo_verb {
  uint32_t word;        /* the main (inflected) word */
  uint32_t base;        /* the main word of its verb line's base form ("BLAME" for
                           BLAMED; the block's name is nm_cameo_block_name()) */
  uint32_t block;       /* index of its verb block */
  const char *code;     /* the verb's own code, or the block's; "---" = none */
  const char *code2;    /* the code after ':' ("043" in [042:043]), or NULL */
  const uint32_t *pre;  /* words before the main word, n_pre of them */
  const uint32_t *post; /* words after it ("OFF" in "CORDON OFF") */
  uint8_t n_pre, n_post;
} nm_cameo_verb;

/* The verb forms whose main word or base word is this word id, longest
 * (most words) first, then in file order; returns how many were written
 * (at most max). Both inflected forms and base forms are keys, so
 * a coder may look up a token's form and its lemma. Under a base key, a
 * form that differs from an earlier one only in its inflected word
 * (BLAMED under BLAME) is left out. */
size_t nm_cameo_verbs(const nm_cameo *c, uint32_t word, nm_cameo_verb *out, size_t max);

/* A pattern is a sequence of elements, compiled from one "- ..." line. */
typedef enum nm_cameo_elem_kind {
  NM_CE_WORD = 0,  /* a word: a = word id */
  NM_CE_SYNSET,    /* a synset reference (&WEAPON): a = synset id */
  NM_CE_OPEN_NP,   /* "{": a noun phrase whose last element is its head */
  NM_CE_CLOSE_NP,  /* "}" */
  NM_CE_OPEN_PP,   /* "(": a prepositional phrase; its first element is the preposition */
  NM_CE_CLOSE_PP,  /* ")" */
  NM_CE_VERB,      /* "*": the verb's position */
  NM_CE_SOURCE,    /* "$" */
  NM_CE_TARGET,    /* "+" */
  NM_CE_COMPOUND,  /* "%": source and target both, a compound actor */
  NM_CE_SKIP       /* "^": skip a noun phrase */
} nm_cameo_elem_kind;

typedef struct nm_cameo_elem {
  uint32_t kind; /* nm_cameo_elem_kind */
  uint32_t a;    /* word or synset id; 0 for the others */
} nm_cameo_elem;

typedef struct nm_cameo_pattern {
  const nm_cameo_elem *elems; /* in the order written */
  uint32_t n_elems;
  const char *code;  /* "190"; "---" = no event */
  const char *code2; /* the code after ":" ("194" in [190:194]), or NULL */
  const char *text;  /* the pattern line as written, trimmed, without its comment */
  uint32_t line;     /* its line in the source file */
} nm_cameo_pattern;

/* The patterns of a verb block, in file order. */
size_t nm_cameo_block_patterns(const nm_cameo *c, uint32_t block);
bool nm_cameo_block_pattern(const nm_cameo *c, uint32_t block, size_t i, nm_cameo_pattern *p);
/* The block's heading ("ACCUSE") and its primary code ("---" if none);
 * its code after ':' ("042:043"), or NULL. */
const char *nm_cameo_block_name(const nm_cameo *c, uint32_t block);
const char *nm_cameo_block_code(const nm_cameo *c, uint32_t block);
const char *nm_cameo_block_code2(const nm_cameo *c, uint32_t block);

/* The longest phrase of a synset that starts at words[pos]; returns its
 * length in words, 0 if none. */
size_t nm_cameo_synset_match(const nm_cameo *c, uint32_t synset, const uint32_t *words, size_t n,
                             size_t pos);
/* The synset's name without "&" ("WEAPON"). */
const char *nm_cameo_synset_name(const nm_cameo *c, uint32_t synset);

/* A transformation, "~ a (a b ATTACK) SAY = a b 015": variables are
 * letters, '.' (an unspecified actor) or '_' (no actor). A verb written
 * with '_' ("WILL_ATTACK") is two verbs whose codes combine; one written
 * "Q" is any verb. */
typedef struct nm_cameo_transform {
  char src;              /* outer source variable */
  char in_src, in_tgt;   /* inner source and target variables */
  uint32_t in_verb;      /* inner verb's word id, or NM_CAMEO_NONE for Q (any verb) */
  uint32_t verb;         /* outer verb's word id, or NM_CAMEO_NONE for Q */
  char out_src, out_tgt; /* result source and target variables */
  const char *code;      /* result code, or "Q" for the inner verb's code */
  uint32_t line;
  uint32_t in_verb2;     /* "WILL_ATTACK": in_verb WILL, in_verb2 ATTACK; else NM_CAMEO_NONE */
  uint32_t verb2;        /* the same for the outer verb */
} nm_cameo_transform;
size_t nm_cameo_transforms(const nm_cameo *c);
bool nm_cameo_transform_get(const nm_cameo *c, size_t i, nm_cameo_transform *t);

/* --- PICO: CAMEO codes <-> the internal coding ontology ------------------ */

/* The PICO value of a CAMEO code ("033" -> 0x3040); false if unknown (a
 * code listed again is left out: its first line wins). The file writes a value as
 * a sum of hex terms; "-0xFFFF" marks a negated event: "011" (decline
 * comment) is 0x1000-0xFFFF, the 12x rejections are -0xFFFF+BASE, so such
 * values are negative (PETRARCH adds them to the code they negate). Here
 * the value is its 32-bit two's complement; nm_cameo_pico_signed() gives it
 * signed. */
bool nm_cameo_pico(const nm_cameo *c, const char *code, uint32_t *value);
bool nm_cameo_pico_signed(const nm_cameo *c, const char *code, int32_t *value);
/* The CAMEO code of a PICO value (two's complement as above), or NULL;
 * where several codes share a value, the first in the file. */
const char *nm_cameo_pico_code(const nm_cameo *c, uint32_t value);

/* --- The CAMEO event code table (static; src/cameo_codes.c) --------------- */

typedef struct nm_cameo_code_info {
  const char *code;  /* "042" */
  const char *name;  /* GDELT's name */
  float goldstein;   /* GDELT's Goldstein value */
  float goldstein_icews;
  uint8_t quad_class; /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
} nm_cameo_code_info;

/* The table row for a code, or NULL if the code is not a CAMEO code. */
const nm_cameo_code_info *nm_cameo_code_lookup(const char *code);

#endif
