/* test_events.c - actor and event coding with small team-written
 * dictionaries (PETRARCH-2 formats) over the shipped tagger and parser. */
#include "newsmill.h"
#include "test.h"

#include <stdbool.h>
#include <stdint.h>
#include <unistd.h>

static const char VERBS[] = "&TIETYPE_\n"
                            "+DIPLOMATIC\n"
                            "+TRADE\n"
                            "\n"
                            "--- ACCUSE [112] ---\n"
                            "ACCUSE\n"
                            "\n"
                            "--- ATTACK [190] ---\n"
                            "ATTACK\n"
                            "\n"
                            "--- BOMB [190] ---\n"
                            "BOMB\n"
                            "- * + [195]\n"
                            "\n"
                            "--- BEAT [182] ---\n"
                            "BEAT {BEATS BEATEN BEATING}\n"
                            "\n"
                            "--- ARREST [173] ---\n"
                            "ARREST\n"
                            "DETAIN\n"
                            "\n"
                            "--- RESTORE [---] ---\n"
                            "RESTORE\n"
                            "- * {&TIETYPE TIES} [064] # restore ties\n"
                            "- * AID [070]\n"
                            "\n"
                            "--- MEET [040] ---\n"
                            "MEET {MEETS MET MEETING}\n"
                            "- * (WITH +) [042]\n"
                            "\n"
                            "--- CALL [020] ---\n"
                            "CALL {CALLS CALLED CALLING}\n"
                            "\n"
                            "--- CONSIDER [040] ---\n"
                            "CONSIDER {CONSIDERS CONSIDERED CONSIDERING}\n"
                            "\n"
                            "--- SENTENCE [172] ---\n"
                            "SENTENCE\n"
                            "\n"
                            "--- URGE [020] ---\n"
                            "URGE\n"
                            "\n"
                            "--- PROMISE [030] ---\n"
                            "PROMISE\n"
                            "\n"
                            "--- AID [070] ---\n"
                            "AID\n"
                            "\n"
                            "--- DEMAND [100] ---\n"
                            "DEMAND\n"
                            "\n"
                            "--- AGREE [050] ---\n"
                            "AGREE\n"
                            "\n"
                            "--- SAY [010] ---\n"
                            "SAY {SAYS SAID SAYING}\n"
                            "\n"
                            "--- VISIT [042:043] ---\n"
                            "VISIT\n"
                            "\n"
                            "--- CUT_OFF [---] ---\n"
                            "+CUT_OFF {+CUTS_OFF +CUTTING_OFF}\n"
                            "- * AID [1622]\n"
                            "\n"
                            "--- ARRANGE [---] ---\n"
                            "STAGE\n"
                            "BEGIN {BEGAN BEGINS BEGINNING}\n"
                            "- * RALLY [141]\n"
                            "- * {HUNGER STRIKE} [142]\n"
                            "\n"
                            "--- REJECT [---] ---\n"
                            "REJECT\n"
                            "REFUSE\n"
                            "\n"
                            "--- COME [072] ---\n"
                            "COME\n"
                            "\n"
                            "--- SERVE [060] ---\n"
                            "SERVE\n"
                            "\n"
                            "--- PROTEST [140] ---\n"
                            "PROTEST\n"
                            "\n"
                            "--- THREATEN [130] ---\n"
                            "THREATEN\n"
                            "\n"
                            "--- CONTINUE [---] ---\n"
                            "CONTINUE\n"
                            "\n"
                            "--- CLOSE [---] ---\n"
                            "CLOSE\n"
                            "- * {BORDER CROSSING} [160]\n"
                            "\n"
                            "--- WAGE [---] ---\n"
                            "WAGE\n"
                            "- * {POLICE CAMPAIGN} [173]\n"
                            "\n"
                            "~ a (b . ATTACK) SAY = a b 112\n";

static const char ACTORS[] = "ARNOR [ARN]\n"
                             "+ARNORIAN\n"
                             "GONDOR [GON]\n"
                             "+GONDORIAN\n"
                             "ROHAN [ROH]\n"
                             "MORIA [DWF/ORC]\n"
                             "KOREA [KOR]\n"
                             "AL-GONDORI_ [GONREB]\n"
                             "PEOPLE'S_GUARD_ [ROHMIL]\n"
                             "MORDOR_LEGION_ [MORREB]\n"
                             "+RIDERS_\n"
                             "ELENDIL_VANTE_  ; team test actor\n"
                             "\t[ARNGOV 20000101-20101231]\n"
                             "\t[ARNELI]\n"
                             "AMNESTY_INTERNATIONAL [NGOHRIAMN]\n"
                             "UNITED_STATES [USA]\n"
                             "+AMERICAN\n"
                             "ISILDUR_ [ARNELI]\n"
                             "WHITE_COUNCIL_ [GONGOVLEG]\n"
                             "+SENATE_\n"
                             "TANZIM_ [MEAREB]\n"
                             "+ORGANIZATION_\n"
                             "UNITED_NATIONS_RELIEF_AND_WORKS_AGENCY_ [IGOUNOREF]\n"
                             "UNITED_NATIONS_ [IGOUNO]\n"
                             "UN_ [IGOUNO]\n"
                             "GEORGIA_ [GEO]\n"
                             "TOMAS_VELL_ [ARNGOV >20100101]\n"
                             "DATED_ROLES_ [ARNELI 20100101-20100131] [ARNELI 20100201-20100228]\n"
                             "\t[ARNELI 20100301-20100331] [ARNELI 20100401-20100430]\n"
                             "\t[ARNELI 20100501-20100531]\n"
                             "EUROPEAN_UNION_ [IGOEUREEC]\n"
                             "OPAL_RENN_ [KENOPP]  ; team test actor, in opposition\n";

static const char AGENTS[] = "POLICE {} [~COP]\n"
                             "ACTIVIST [~OPP]\n"
                             "PRIME_MINISTER [~GOV]\n"
                             "SECRETARY [~GOV]\n"
                             "MINISTRY [~GOV]\n"
                             "CIVILIAN [~CVL]\n"
                             "SENATOR [~LEG]\n"
                             "KING [~GOV]\n"
                             "FARMER [~AGR]\n"
                             "OPPOSITION_LEADER [~OPP]\n"
                             "SPOKESMAN [~MED]\n"
                             "SPOKESWOMAN [~MED]\n"
                             "ARMY [~MIL]\n"
                             "PRISON [~COP]\n"
                             "FRONT [~REB]\n";

static const char DISCARDS[] = "BASKETBALL\n";

/* A few lines of the PICO ontology: intend 0x3000, aid 0x0040, and their
 * combination, intend to aid, 0x3040 = 033. */
static const char PICO[] =
    "020:0x2000\n023:0x2040\n030:0x3000\n033:0x3040\n070:0x0040\n100:0x4000\n130:0x6000\n138:0x6090\n190:0x0090\n";

static char paths[5][64];
static nm_pipeline *pipe_ev;
static nm_pipeline *pipe_ner; /* the same with the shipped NER model: entities */
static nm_pipeline *pipe_geo; /* and with the shipped places table */

static void write_tmp(int k, const char *text) {
  snprintf(paths[k], sizeof paths[k], "/tmp/nm_test_events_%d_XXXXXX", k);
  int fd = mkstemp(paths[k]);
  NM_CHECK(fd >= 0);
  if (fd < 0) return;
  size_t n = strlen(text);
  NM_CHECK(write(fd, text, n) == (ssize_t)n);
  close(fd);
}

/* The events of one text as "SRC TGT CODE" lines joined by "; ". */
static void code_with(nm_pipeline *pl, const char *text, const char *date, char *out, size_t cap) {
  out[0] = 0;
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, strlen(text), &e);
  NM_CHECK(d != NULL);
  if (!d) return;
  if (date) NM_CHECK(nm_doc_set_meta(d, NM_META_DATE, date, strlen(date), &e) == NM_OK);
  NM_CHECK(nm_process(pl, d, &e) == NM_OK);
  size_t n;
  const nm_event *ev = nm_doc_events(d, &n);
  size_t used = 0;
  for (size_t i = 0; i < n; i++) {
    int w = snprintf(out + used, cap - used, "%s%s %s %s", i ? "; " : "",
                     ev[i].source_code ? ev[i].source_code : "-",
                     ev[i].target_code ? ev[i].target_code : "-", ev[i].code);
    if (w < 0 || (size_t)w >= cap - used) break;
    used += (size_t)w;
  }
  nm_doc_free(d);
}

#define EXPECT_WITH(pl, text, want)                                                                \
  do {                                                                                             \
    char got_[512];                                                                                \
    code_with(pl, text, "2005-06-01", got_, sizeof got_);                                          \
    NM_CHECK_EQ_STR(got_, want);                                                                   \
  } while (0)
#define EXPECT(text, want) EXPECT_WITH(pipe_ev, text, want)
/* with entities from the NER model */
#define EXPECT_NER(text, want)                                                                     \
  do {                                                                                             \
    NM_CHECK(pipe_ner != NULL);                                                                    \
    if (pipe_ner) EXPECT_WITH(pipe_ner, text, want);                                               \
  } while (0)

NM_TEST(simple_verb) { EXPECT("Arnor accused Gondor of spying.", "ARN GON 112"); }

NM_TEST(negation_codes_nothing) {
  EXPECT("Arnor did not accuse Gondor of spying.", "");
  /* "no longer", "no more" */
  EXPECT("Gondor was no longer threatened by Arnor.", "");
  EXPECT("Arnor said Gondor was no longer attacked by Rohan.", "");
  /* people of no side are accused of nothing: what they did stands */
  EXPECT("Arnor said civilians attacked Rohan.", "---CVL ROH 190");
}

/* a title's abbreviation is its word for the agents dictionary: "Sen."
 * is SENATOR after a country too */
NM_TEST(abbreviated_title_is_an_agent) {
  EXPECT_NER("Gondorian Sen. Tovan Elisk accused Rohan of spying.", "GONLEG ROH 112");
}

/* an international body's official is the body, not a government */
NM_TEST(body_official_is_no_government) {
  EXPECT_NER("European Union Prime Minister Tovan Elisk accused Rohan of spying.",
             "IGOEUREEC ROH 112");
}

/* "House Speaker X, a Republican,": the source is X, not the
 * appositive's group */
static nm_doc *ner_doc(const char *text);
/* The name of the first event's source (or, with target set, target)
 * entity, or "". */
static const char *first_event_entity(const char *text, bool target) {
  static char name[64];
  name[0] = '\0';
  nm_doc *d = ner_doc(text);
  size_t ne = 0, nv = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &ne) : NULL;
  const nm_event *ev = d ? nm_doc_events(d, &nv) : NULL;
  uint32_t k = nv ? (target ? ev[0].target : ev[0].source) : UINT32_MAX;
  if (k < ne) snprintf(name, sizeof name, "%s", en[k].name);
  nm_doc_free(d);
  return name;
}
static const char *first_event_source(const char *text) { return first_event_entity(text, false); }
static const char *first_event_target(const char *text) { return first_event_entity(text, true); }

/* "it" is no person: "Senator X said it would attack Y" codes no event
 * for the senator's country; a person the title names is the source
 * entity, over a place after the name that gave the country */
NM_TEST(it_is_the_last_thing_named) {
  /* an object "it" after a common noun is that thing, no actor */
  EXPECT("Rohan built the bridge, and Arnor attacked it.", "");
  /* ... after an actor's name, that actor (TABARI's rule) */
  EXPECT("Rohan threatened Gondor, and Arnor attacked it.", "ROH GON 130; ARN GON 190");
}

/* "Georgia's army ... The army accused": a definite state body takes the
 * country that owned the same noun in a sentence before; no other */
NM_TEST(definite_body_named_before) {
  EXPECT_NER("Georgia's army massed troops at the border. The army accused Gondor of spying.",
             "GEOMIL GON 112");
  EXPECT_NER("Georgia massed troops at the border. The army accused Gondor of spying.",
             "---MIL GON 112");
}

NM_TEST(it_is_no_person) {
  EXPECT_NER("Arnorian Senator Tovan Elisk said it would attack Rohan.", "");
  NM_CHECK_EQ_STR(first_event_source("Senator Tovan Elisk of Arnor accused Rohan of spying."),
                  "Tovan Elisk");
}

/* "met EU negotiators in Geneva": the target is the entity whose words
 * gave the code, not the place after it */
NM_TEST(target_entity_gave_the_code) {
  NM_CHECK_EQ_STR(first_event_target("Arnorian officials met European Union negotiators in "
                                     "Rohan last week."),
                  "European Union");
  /* a passive subject the parse split in two: the name heads the phrase */
  NM_CHECK_EQ_STR(first_event_target("Opposition leader Nika Melia was beaten by police during "
                                     "the night."),
                  "Nika Melia");
}

NM_TEST(name_before_the_appositive_is_the_actor) {
  NM_CHECK_EQ_STR(first_event_source("House Speaker Tovan Elisk, a Gondorian, accused Rohan of "
                                     "spying."),
                  "Tovan Elisk");
}

/* "called X \"lies\"", "called the plan a trap": naming, no call */
NM_TEST(naming_is_no_call) {
  EXPECT("Arnor called Gondor's claims \"lies meant to hide the truth.\"", "");
  EXPECT("Arnor called Gondor on Monday.", "ARN GON 020");
  /* the thing and its name, two objects */
  EXPECT("Arnor has never given up its claim to the valley, which it calls Gondor.", "");
  /* the name in quotation marks as the object's apposition */
  EXPECT("Arnor police called the extension \"a gift to Gondor.\"", "");
  /* a relative clause that names its relative word */
  EXPECT("The drills came in what Arnor called punishment for Gondor.", "");
  EXPECT("Tovan Elisk, whom Arnor considers an enemy of Gondor, left.", "");
  EXPECT("Arnor considered Gondor on Monday.", "ARN GON 040");
}

/* "came under attack": the subject suffers; "come" itself codes nothing */
NM_TEST(come_under_is_no_act) {
  EXPECT("Gondor came to Arnor on Monday.", "GON ARN 072");
  EXPECT("Gondor came under attack in Arnor on Monday.", "");
}

NM_TEST(passive_by_agent) { EXPECT("Gondor was attacked by Arnor on Monday.", "ARN GON 190"); }

NM_TEST(compound_source) { EXPECT("Arnor and Rohan attacked Gondor.", "ARN GON 190; ROH GON 190"); }

NM_TEST(pattern_with_synset_and_nmod_target) {
  EXPECT("Arnor restored diplomatic ties with Gondor.", "ARN GON 064");
}

NM_TEST(pattern_pp_target) { EXPECT("Arnor met with Gondor in the capital.", "ARN GON 042"); }

NM_TEST(multiword_verb) { EXPECT("Arnor cut off aid to Gondor.", "ARN GON 1622"); }

NM_TEST(agents_join_actor_codes) {
  EXPECT("Gondorian police arrested Arnorian activists.", "GONCOP ARNOPP 173");
}

NM_TEST(dated_actor_codes) {
  char got[256];
  code_with(pipe_ev, "Elendil Vante accused Gondor of lying.", "2005-06-01", got, sizeof got);
  NM_CHECK_EQ_STR(got, "ARNGOV GON 112");
  code_with(pipe_ev, "Elendil Vante accused Gondor of lying.", "2015-06-01", got, sizeof got);
  NM_CHECK_EQ_STR(got, "ARNELI GON 112");
  /* past the dictionary's horizon, the article's office with the
   * dictionary's country */
  code_with(pipe_ner, "Prime Minister Elendil Vante accused Gondor of lying.", "2015-06-01", got,
            sizeof got);
  NM_CHECK_EQ_STR(got, "ARNGOV GON 112");
  /* the same country in another office, named before the name */
  code_with(pipe_ner, "Arnorian police spokesman Elendil Vante accused Gondor of lying.",
            "2015-06-01", got, sizeof got);
  NM_CHECK_EQ_STR(got, "ARNCOP GON 112");
}

NM_TEST(discarded_sentence) { EXPECT("Arnor accused Gondor of cheating at basketball.", ""); }

NM_TEST(paired_code_adds_the_reverse_event) {
  EXPECT("Arnor visited Gondor last week.", "ARN GON 042; GON ARN 043");
}

NM_TEST(refusal_of_a_complement) {
  /* the attack did not happen: a rejection, not an attack */
  EXPECT("Arnor refused to attack Gondor.", "ARN GON 120");
}

NM_TEST(pronoun_takes_the_first_actor) {
  EXPECT("Arnor said it would attack Gondor.", "ARN GON 190");
}

/* "will not" or "would not" with a cooperative act is a rejection; "could
 * not" is nothing; an act announced for the future is coded as the act,
 * as PETRARCH-2 does. */
NM_TEST(refusing_in_the_future_is_a_rejection) {
  EXPECT("Arnor will aid Gondor next spring.", "ARN GON 070");
  EXPECT("Arnor aided Gondor.", "ARN GON 070");
  EXPECT("Arnor will not aid Gondor.", "ARN GON 120");
  EXPECT("Arnor could not aid Gondor.", "");
}

/* "agree to" is CAMEO's intent to cooperate (03), with its complement
 * through PICO; "agree with" keeps the dictionary's 050 */
NM_TEST(agreeing_to_is_an_intent) {
  EXPECT("Arnor agreed to aid Gondor.", "ARN GON 033");
  EXPECT("Arnor and Gondor agreed to a truce.", "ARN GON 030; GON ARN 030");
  EXPECT("Arnor agreed with Gondor.", "ARN GON 050");
  EXPECT("Arnor did not agree to aid Gondor.", "");
}

NM_TEST(place_near_is_not_a_target) { EXPECT("Arnor attacked near Gondor.", ""); }

NM_TEST(coded_compound_actor) { EXPECT("Moria attacked Gondor.", "DWF GON 190; ORC GON 190"); }

NM_TEST(object_control_complement_did_not_happen) {
  /* Gondor was urged; no attack happened: an appeal to Gondor, and
   * nothing when the upper verb is not in the dictionary ("begged") */
  EXPECT("Arnor urged Gondor to attack Rohan.", "ARN GON 020");
  EXPECT("Arnor begged Gondor to attack Rohan.", "");
}

NM_TEST(statement_with_must_is_a_demand) {
  EXPECT("Arnor said Gondor must stop the attacks.", "ARN GON 100");
}

NM_TEST(intent_combines_with_its_complement) {
  /* through the users' PICO table: a promise of aid, not aid */
  EXPECT("Arnor promised to aid Gondor.", "ARN GON 033");
}

/* a relative pronoun is its antecedent, not the sentence's first actor,
 * and a passive's agents did nothing to each other */
NM_TEST(relative_pronoun_is_its_antecedent) {
  EXPECT("Arnor sent envoys to the town that was attacked by Rohan.", "");
  EXPECT("The plan that was promised by Arnor and Gondor failed.", "");
}

/* A demand whose clause has a subject of its own is a demand on it,
 * whether or not the clause's verb is coded; a statement is not. */
NM_TEST(demand_on_the_subject_of_its_clause) {
  EXPECT("Arnor demanded that Gondor release the prisoners.", "ARN GON 100");
  EXPECT("Arnor said that Gondor would release the prisoners.", "");
}

/* "is expected to visit": the passive's subject is the one who visits */
NM_TEST(passive_subject_controls_the_complement) {
  EXPECT("Arnor is expected to visit Gondor next month.", "ARN GON 042; GON ARN 043");
}

/* "his Iraqi counterpart <name>": the name's country and the title of the
 * one whose counterpart he is; the phrase is coded as that person, not
 * as a place hung from it */
NM_TEST(counterpart_takes_country_and_title) {
  EXPECT_NER("Arnorian Prime Minister Tomas Vell met his Iraqi counterpart Hana Rusk in Rohan on "
             "Monday.",
             "ARNGOV IRQGOV 040");
}

/* "its" and "their" owning a role are the subject of their own clause,
 * when it comes before them, not the sentence's first actor */
NM_TEST(possessive_is_its_clause_subject) {
  EXPECT("Arnor will call for talks if Gondor arrests its police.", "GON GONCOP 173");
}

/* the source's own people ("its police") are the target only when
 * nothing else in the clause codes */
NM_TEST(own_people_are_a_last_resort_target) {
  EXPECT("Arnor promised its police to Gondor.", "ARN GON 030");
  EXPECT("Arnor arrested its police.", "ARN ARNCOP 173");
}

NM_TEST(unknown_verb_codes_nothing) { EXPECT("Arnor admired Gondor.", ""); }

/* The parse may hang "and Gondorian Prime Minister ..." anywhere: the words
 * just before a name still give its country and role. */
NM_TEST(title_and_country_before_a_name) {
  EXPECT_NER("Arnorian Prime Minister Tomas Vell and Gondorian Prime Minister Hana Rusk accused "
             "Rohan of spying.",
             "ARNGOV ROH 112; GONGOV ROH 112");
}

/* An organisation the dictionaries lack takes the code of the description
 * set after its name, even where the parse misses the apposition. */
NM_TEST(description_after_a_name) {
  EXPECT_NER("Rohan also called for the closure of FARA, the Gondorian agency for displaced "
             "herders, which is the main supplier of grain to the north.",
             "ROH GON 020");
}

/* A country or city word inside a person's name is not the person's country. */
NM_TEST(a_place_in_a_name_is_no_country) {
  EXPECT_NER("Prime Minister Tomas Rohan accused Arnor of spying.", "---GOV ARN 112");
}

/* A title-only person takes the one country that modifies a noun in the
 * sentence, never a country the verb acts on. */
NM_TEST(a_role_takes_the_sentence_country) {
  EXPECT_NER("Prime Minister Tomas Vell accused Arnor of spying.", "---GOV ARN 112");
}

/* "threatened on Monday to attack": a complement the parse may hang as a
 * purpose clause when a phrase comes between is still the threat's or
 * the vow's; a purpose clause of a coded act is not */
NM_TEST(complement_after_a_time_word) {
  EXPECT("Arnor threatened on Monday to attack Gondor.", "ARN GON 138");
  EXPECT("Arnor vowed on Monday to attack Gondor.", "ARN GON 190");
  EXPECT("Arnor attacked Gondor on Monday to punish Rohan.", "ARN GON 190");
}

/* a threat is aimed at the one whose act is its condition, when nothing
 * nearer codes */
NM_TEST(threat_aimed_at_its_condition) {
  EXPECT("Arnor threatened to leave the talks if Gondor stays.", "ARN GON 130");
  EXPECT("Arnor threatened to attack Rohan unless Gondor stays.", "ARN ROH 138");
}

/* a protest with no target of its own is aimed at what its purpose
 * clause names, or at that thing's owner */
NM_TEST(protest_aimed_at_its_purpose) {
  EXPECT("Arnorian herders began a hunger strike to protest Gondor's decision.", "ARN GON 142");
  EXPECT("Arnorian herders began a hunger strike on Monday.", "");
}

/* "is willing to", "is ready to": an intent, refined by the complement */
NM_TEST(willing_to_is_an_intent) {
  EXPECT("Arnor is willing to aid Gondor.", "ARN GON 033");
  EXPECT("Arnor is ready to aid Gondor.", "ARN GON 033");
  EXPECT("Arnor is not willing to aid Gondor.", "");
}

/* a demand on Y keeps Y as its target: a clause below it whose subject
 * does not code ("before the aid is attacked") does not take it over */
NM_TEST(demand_survives_a_clause_without_an_actor) {
  EXPECT("Arnor said that Gondor must reach a deal that ends the war before the aid to the region "
         "is attacked.",
         "ARN GON 100");
}

/* a refusal of an uncoded act is a rejection aimed at the act's target */
NM_TEST(refusal_of_an_uncoded_act) {
  EXPECT("Arnor refused to answer a letter from Gondor.", "ARN GON 120");
  EXPECT("Arnor refused to attack Gondor.", "ARN GON 120");
}

/* a pattern's bare words are the verb's arguments, never words in a
 * phrase of time ("after the aid talks") */
NM_TEST(pattern_words_not_in_a_time_phrase) {
  EXPECT("Arnor restored aid to Gondor.", "ARN GON 070");
  EXPECT("Arnor restored order in Gondor after the aid talks.", "");
}

/* two roles of one country's entity are two actors ("Turkish police ...
 * in southeastern Turkey": the demonym and the place are one entity; the
 * test dictionaries hold no Turkey, so the police take the country the
 * gazetteer gives the demonym, as the shipped dictionaries' TURCOP) */
NM_TEST(two_roles_of_one_country) {
  EXPECT_NER("Turkish police arrested dozens of people in southeastern Turkey on Monday.",
             "TURCOP TUR 173");
}

/* a title's abbreviation is its word ("Sen." a senator, "Rep." a
 * lawmaker), and a US party tag after the name gives the country */
NM_TEST(us_lawmaker_by_party_tag) {
  EXPECT_NER("Sen. Mara Velt, R-Ohio, accused Gondor of spying.", "USALEG GON 112");
}

/* two subjects in one noun phrase (a misparse of "Human rights watchdog
 * Amnesty International accused"): the later one heads it */
NM_TEST(later_of_two_subjects_in_one_phrase) {
  EXPECT("Human rights watchdog Amnesty International accused the United States of violating "
         "human rights.",
         "NGOHRIAMN USA 112");
}

/* an agent's word that ends a person's name is a surname, no role:
 * "Sara King" is no government; the title before a name still counts */
NM_TEST(surname_is_no_role) {
  EXPECT_NER("Sara King accused Gondor of spying.", "");
  EXPECT_NER("Prime Minister Sara King accused Gondor of spying.", "---GOV GON 112");
}

/* a dictionary person matched by a given name alone ("Isildur") is not
 * "Gondorian Prime Minister Isildur Tarmo": the title codes him */
NM_TEST(given_name_is_not_the_person) {
  EXPECT_NER("Isildur accused Gondor of spying.", "ARNELI GON 112");
  EXPECT_NER("Gondorian Prime Minister Isildur Tarmo accused Arnor of spying.", "GONGOV ARN 112");
}

/* a one-word body the dictionary gives to one country is another
 * country's when that country's name modifies it */
NM_TEST(body_of_the_modifying_country) {
  EXPECT("The Senate accused Rohan of spying.", "GONGOVLEG ROH 112");
  EXPECT("The Arnorian Senate accused Rohan of spying.", "ARNGOVLEG ROH 112");
  EXPECT("Arnor's Senate accused Rohan of spying.", "ARNGOVLEG ROH 112");
}

/* two subjects the parse split out of one noun phrase ("that Kenyan
 * police had arrested"): the later heads it, the earlier stays in it */
NM_TEST(split_subject_keeps_its_first_word) {
  EXPECT("She added that Gondor police had arrested Arnorian activists on Sunday.",
         "GONCOP ARNOPP 173");
}

/* a denial says the act did not happen */
NM_TEST(denied_act_codes_nothing) {
  EXPECT("Arnor denied attacking Gondor.", "");
  EXPECT("Arnor denied that it had attacked Gondor.", "");
  EXPECT("Arnor attacked Gondor.", "ARN GON 190");
}

/* "the police" with no country of their own: the one country the
 * sentence names (a state's body; not a named person's, not plural
 * "governments") */
NM_TEST(state_body_takes_the_sentence_country) {
  EXPECT_NER("The police arrested Gondorian activists on Monday.", "GONCOP GONOPP 173");
  EXPECT_NER("Police arrested activists on Monday.", "---COP ---OPP 173");
}

/* an attack whose slot codes nothing is aimed at the place it hit */
NM_TEST(attack_on_a_place_through_its_slot) {
  EXPECT_NER("Gondorian warplanes bombed a market in the city of Nairobi.", "GON KEN 195");
}

/* "X and Y Council" is one body, no compound of two ("the Arnor Peace and
 * Security Council met": no meeting of "Peace" with "Security Council") */
NM_TEST(one_name_with_and_is_no_compound) {
  EXPECT("Arnor and Gondor met on Monday.", "ARN GON 040; GON ARN 040");
  EXPECT("The Rohan Peace and Gondor Security Council met on Monday.", "");
}

/* material cooperation happens in a place without acting on it: "served
 * in Nairobi" is no cooperation with Kenya */
NM_TEST(cooperation_in_a_place_has_no_target) {
  EXPECT_NER("Arnor served in Nairobi for two years.", "");
  EXPECT_NER("Arnor served Gondor for two years.", "ARN GON 060");
}

/* "said on Monday that Y must ...": the clause the parse hung from the
 * time word is still the statement's complement. */
NM_TEST(statement_with_must_after_a_time_word) {
  EXPECT("Arnor said on Monday that Gondor must stop the attacks.", "ARN GON 100");
}

/* A capitalised title and the unlabelled capitalised words after it are a
 * person, whatever the NER model made of them (mentions.c). */
/* text run through the NER pipeline, or NULL (free with nm_doc_free). */
static nm_doc *ner_doc(const char *text) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, strlen(text), &e);
  if (d && (!pipe_ner || nm_process(pipe_ner, d, &e) != NM_OK)) {
    nm_doc_free(d);
    d = NULL;
  }
  return d;
}

/* Whether the entities of text include one of type type (NM_ENT_COUNT:
 * any) named name. */
static bool has_entity(const char *text, nm_entity_type type, const char *name) {
  nm_doc *d = ner_doc(text);
  bool found = false;
  size_t n = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  for (size_t i = 0; i < n; i++)
    found |= (type == NM_ENT_COUNT || en[i].type == type) && !strcmp(en[i].name, name);
  nm_doc_free(d);
  return found;
}
static bool has_person(const char *text, const char *name) {
  return has_entity(text, NM_ENT_PERSON, name);
}

NM_TEST(title_then_name_is_a_person) {
  NM_CHECK(has_person("Prime Minister Tovan Elisk, who spoke in the capital, appeared to reject "
                      "the offer.",
                      "Tovan Elisk"));
  /* a title word is not a name: "Chief Executive Officer" */
  NM_CHECK(!has_person("The Chief Executive Officer resigned.", "Officer"));
}

/* a title-case headline's "name" made of the article's common words is no
 * name; a name the body uses again stays */
NM_TEST(headline_words_are_no_name) {
  static const char text[] =
      "Harbour Talks Stall as Fishing Fleets Wait for Kerrow\n\n"
      "The talks on the harbour stalled on Monday, and the fishing fleets wait in port. "
      "Officials in Kerrow said the talks would resume.";
  NM_CHECK(!has_entity(text, NM_ENT_COUNT, "Fishing Fleets Wait"));
  NM_CHECK(!has_entity(text, NM_ENT_COUNT, "Harbour Talks"));
  NM_CHECK(has_entity(text, NM_ENT_COUNT, "Kerrow"));
}

/* a capital typed a person's is the capital ("Washington was reviewing
 * options"); a name before a kind of place is that place ("Tarsel
 * province"), but not an adjective before "town of" */
NM_TEST(capitals_and_kinds_of_place) {
  NM_CHECK(has_entity("The embassy said Washington was reviewing its options.", NM_ENT_GPE,
                      "Washington"));
  NM_CHECK(has_entity("Heavy rain flooded a third of Tarsel province on Monday, and the roads "
                      "to Tarsel were closed.",
                      NM_ENT_GPE, "Tarsel"));
  NM_CHECK(!has_entity("Civilians left the besieged Dalnesian town of Koren.", NM_ENT_GPE,
                       "Dalnesian"));
}

/* a run of capitalised words ending in an organisation's head word is one
 * organisation, however the model cut and typed it */
NM_TEST(organisation_head_ends_a_run) {
  NM_CHECK(has_entity("Doctors at Kerrow General Hospital said the wards were full.", NM_ENT_ORG,
                      "Kerrow General Hospital"));
  NM_CHECK(has_entity("At St. Agnes Mission Clinic, a converted church hall, nurses treated "
                      "patients.",
                      NM_ENT_ORG, "St. Agnes Mission Clinic"));
  /* a name the model cut before "International Airport" as a person's */
  NM_CHECK(has_entity("The staff left Quito's Mariscal Sucre International Airport on a flight.",
                      NM_ENT_LOC, "Mariscal Sucre International Airport"));
}

/* "President Mohamed Bazoum" stays a person though the model read an
 * organisation in "Bazoum or Tiani" and "Bazoum's party" */
NM_TEST(a_titled_name_stays_a_person) {
  NM_CHECK(has_entity("Soldiers detained President Mohamed Bazoum on Wednesday. It was not clear "
                      "whether the envoy met Bazoum or Tiani. Abdoulaye Kader, a senior official "
                      "of Bazoum's party, appealed for calm. Blinken demanded the release of "
                      "Bazoum and his family.",
                      NM_ENT_PERSON, "Mohamed Bazoum"));
}

/* "The envoy ..., Dr. Mira Lund,": the description and the name in
 * apposition are one person, named by the name */
NM_TEST(description_then_name_in_apposition) {
  static const char text[] = "The U.N. envoy for the crisis, Dr. Mira Lund, said in a statement "
                             "that she had asked both sides to talk.";
  nm_doc *d = ner_doc(text);
  size_t n = 0, nm = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  const nm_mention *ms = d ? nm_doc_mentions(d, &nm) : NULL;
  bool joined = false;
  for (size_t i = 0; i < n; i++) {
    if (strcmp(en[i].name, "Mira Lund") != 0) continue;
    for (uint32_t k = 0; k < en[i].n_mentions; k++) {
      const nm_mention *m = &ms[en[i].mentions[k]];
      joined |= m->end - m->start == 14 && !memcmp(text + m->start, "The U.N. envoy", 14);
    }
  }
  NM_CHECK(joined);
  NM_CHECK(!has_person(text, "The U.N. envoy"));
  nm_doc_free(d);
}

/* "Adam Air Flight 574": the airline, an organisation, not a person */
NM_TEST(airline_before_flight_number) {
  NM_CHECK(has_entity("Adam Air Flight 574 crashed off Sulawesi.", NM_ENT_ORG, "Adam Air"));
  NM_CHECK(!has_person("Adam Air Flight 574 crashed off Sulawesi.", "Adam Air Flight"));
}

/* "Bank of America": a place after "<organisation head> of" names the
 * organisation */
NM_TEST(organisation_of_a_place) {
  NM_CHECK(has_entity("Bank of America reported a loss on Monday.", NM_ENT_ORG, "Bank of America"));
  NM_CHECK(has_entity("The Bank of England raised rates.", NM_ENT_ORG, "Bank of England"));
}

/* places the model leaves out: a region from the curated table, a city of
 * two words, and a city whose first word the model skipped */
NM_TEST(places_the_model_missed) {
  NM_CHECK(has_entity("Talks resume.\n\nThe envoy toured the Middle East in March.", NM_ENT_LOC,
                      "Middle East"));
  NM_CHECK(has_entity("Talks resume.\n\n\"We remain hopeful,\" the envoy said in Tel Aviv.",
                      NM_ENT_GPE, "Tel Aviv"));
  const char *aviv = "Talks resume.\n\nThe envoy visited the Middle East twice. Okafor toured "
                     "the Middle East in March. \"We remain determined,\" Okafor said in Tel Aviv. "
                     "He flew to Tel Aviv and then to West Africa and the Sahel.";
  NM_CHECK(has_entity(aviv, NM_ENT_GPE, "Tel Aviv"));
  NM_CHECK(!has_entity(aviv, NM_ENT_ORG, "Aviv"));
  /* a capital next to the region makes a longer name */
  NM_CHECK(!has_entity("Talks resume.\n\nThe charity Safe Passage Mediterranean chartered a ferry.",
                       NM_ENT_LOC, "Mediterranean"));
}

/* An organisation of the actor dictionaries that ends in an
 * organisation's head word is one even where the model missed it; a
 * capital next to it makes a longer name. */
NM_TEST(organisation_from_the_dictionaries) {
  NM_CHECK(has_entity("Talks resume.\n\nThe European Union welcomed the plan on Friday.",
                      NM_ENT_ORG, "European Union"));
  NM_CHECK(!has_entity("Talks resume.\n\nThe European Union Naval Force Somalia sailed.",
                       NM_ENT_ORG, "European Union"));
}

/* The actor code (or, with country set, the country) of the entity named
 * name in text, or "" (a static buffer). */
static const char *entity_field(const char *text, const char *name, bool country) {
  static char out[32];
  out[0] = '\0';
  nm_doc *d = ner_doc(text);
  size_t n = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  for (size_t i = 0; i < n; i++)
    if (!strcmp(en[i].name, name) && (country || en[i].code))
      snprintf(out, sizeof out, "%s", country ? en[i].country : en[i].code);
  nm_doc_free(d);
  return out;
}
static const char *entity_code(const char *text, const char *name) {
  return entity_field(text, name, false);
}

/* A name's title words stop at the name: a second name the parse hung
 * under the first gives the first nothing. */
NM_TEST(title_words_stop_at_the_name) {
  NM_CHECK_EQ_STR(
      entity_code("Egyptian leader Omar Tarek and Gondorian President Nikos Dimas today "
                  "signed a treaty of friendship and trade.",
                  "Omar Tarek"),
      "EGY");
}

/* a description before a name codes the person: "A police spokesman,
 * Dina Levy, said ..." */
NM_TEST(description_before_the_name) {
  NM_CHECK_EQ_STR(entity_code("A police spokesman, Dina Levy, said on Monday that Arnor would "
                              "attack Rohan.",
                              "Dina Levy"),
                  "---COP");
  /* ... when the parse makes the description a phrase of the verb */
  NM_CHECK_EQ_STR(entity_code("A member of the Arnor parliament, Dina Levy, started a hunger "
                              "strike yesterday to protest the decision.",
                              "Dina Levy"),
                  "ARN");
  /* ... and when a rank of whole words heads the name ("…, Brigadier
   * General Dina Levy,"): the description, not the rank alone */
  NM_CHECK_EQ_STR(entity_code("A Gondor police spokesman, Brigadier General Dina Levy, accused "
                              "Arnor of attacking Rohan.",
                              "Dina Levy"),
                  "GONCOP");
  /* the same when the parse makes the name a conjunct of the place */
  NM_CHECK_EQ_STR(entity_code("The Gondor aid coordinator for Sudan, Dina Levy, condemned the "
                              "strike.",
                              "Dina Levy"),
                  "GON");
}

/* Organisations the model leaves out: a run of capitalised words ending
 * in an armed body's head word, or in an organisation's head word and one
 * for- or of-phrase; not a head word that starts the run (a book's title
 * "Forces of Production"). The dictionary's "ORGANIZATION" (a militia's
 * translated name) codes no other organisation. */
NM_TEST(organisations_the_model_left_out) {
  NM_CHECK(has_entity("The Rapid Support Forces blamed the army for the attack.", NM_ENT_ORG,
                      "Rapid Support Forces"));
  NM_CHECK(has_entity("More people fled, the International Organization for Migration said.",
                      NM_ENT_ORG, "International Organization for Migration"));
  NM_CHECK(!has_entity("As Noble observed in his book Forces of Production, technology is no "
                       "impersonal force.",
                       NM_ENT_ORG, "Forces of Production"));
  NM_CHECK_EQ_STR(entity_code("More people fled, the International Organization for Migration "
                              "said.",
                              "International Organization for Migration"),
                  "");
}

/* The number of mentions of the entity named name in text (0 if none). */
static uint32_t mention_count(const char *text, const char *name) {
  nm_doc *d = ner_doc(text);
  size_t n = 0;
  uint32_t k = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  for (size_t i = 0; i < n; i++)
    if (!strcmp(en[i].name, name)) k = en[i].n_mentions;
  nm_doc_free(d);
  return k;
}

/* A name after a title of two words that the parse made the subject
 * ("Brig. <- Gen. <- Yousef al-Hamdani") is the subject for the next
 * sentence's "he", not the subject of the sentence before */
NM_TEST(name_under_a_two_word_title_is_the_subject) {
  NM_CHECK_EQ_INT(mention_count("Defence Secretary Grant Shapps said that jets had hit a site in "
                                "the north. A rebel military spokesman, Brig. Gen. Yousef "
                                "al-Hamdani, said in a televised address that five fighters had "
                                "been killed. He accused Washington of aggression.",
                                "Yousef al-Hamdani"),
                  2);
}

/* "Gen. Fadl Mohsen al-Qadhi": the model cuts the name at "al"; the
 * particle glued by a hyphen to a capitalised word goes in */
NM_TEST(name_goes_on_past_a_glued_al) {
  NM_CHECK(has_person("A spokesman, Gen. Fadl Mohsen al-Qadhi, said the forces had attacked.",
                      "Fadl Mohsen al-Qadhi"));
  /* ... also after a particle the name took, with the surname the model
   * found alone ("Faisal bin Nasser" and "Harbi") */
  NM_CHECK(has_person("Saudi Deputy Foreign Minister Faisal bin Nasser al-Harbi said the "
                      "kingdom hoped to secure a truce.",
                      "Faisal bin Nasser al-Harbi"));
}

/* An organisation's initials in capitals, later in the article, name it
 * ("the Rapid Support Forces ... The RSF"), when the model left them out */
NM_TEST(initials_name_an_organisation) {
  NM_CHECK_EQ_INT(mention_count("Authorities accused the Rapid Support Forces of smuggling "
                                "weapons. The RSF, which has been at war with the army since "
                                "April, rejected the accusation.",
                                "Rapid Support Forces"),
                  2);
}

/* A name the parse made a conjunct of a place in the subject's
 * description is the subject, for pronouns: "she" is the coordinator. */
NM_TEST(subject_behind_a_description) {
  NM_CHECK_EQ_INT(mention_count("\"This was a massacre,\" said Mona Idris, a spokeswoman for the "
                                "group. She said the toll was likely to rise. The Gondor aid "
                                "coordinator for Sudan, Clementine Nkweta-Salami, condemned the "
                                "strike. She said markets were not battlefields.",
                                "Clementine Nkweta-Salami"),
                  2);
  /* a name that opens its sentence, with its appositive and a verb the
   * parse hung under it ("campaigned" read as a participle) */
  NM_CHECK_EQ_INT(mention_count("Lind conceded defeat late Sunday and congratulated Marta Novak. "
                                "\"The voters have spoken,\" Lind told supporters in the capital."
                                "\n\nNovak, a 52-year-old former judge, campaigned on fighting "
                                "corruption and improving ties with Brussels. She said on Monday "
                                "that her first trip abroad would be to Brussels.",
                                "Marta Novak"),
                  4);
  /* a pronoun in a who-clause is its antecedent's */
  NM_CHECK_EQ_INT(mention_count("Earlier this week, envoy Tom Harris met Lebanese Prime Minister "
                                "Karim Haddad, who said the previous day that his government would "
                                "deploy troops along the border.",
                                "Karim Haddad"),
                  2);
}

/* The names of a dateline are places, known or not, and so are their
 * other mentions ("Tarvia's opposition" is no person's). */
NM_TEST(dateline_names_are_places) {
  const char *t = "VELNA, Tarvia (Wire) — Tarvia's opposition won the vote on Sunday, and "
                  "Tarvia's prime minister conceded.";
  NM_CHECK(has_entity(t, NM_ENT_GPE, "VELNA"));
  NM_CHECK(has_entity(t, NM_ENT_GPE, "Tarvia"));
  NM_CHECK(!has_entity(t, NM_ENT_PERSON, "Tarvia"));
}

/* a role word in lower case between the country and the name: "Gondor
 * senator Dina Levy" is Gondor's, not the one country the rest of the
 * sentence names ("Russian Foreign Ministry spokeswoman Maria ...") */
NM_TEST(role_word_before_the_name) {
  NM_CHECK_EQ_STR(entity_code("Gondor senator Dina Levy said Arnorian forces had fired on the "
                              "city.",
                              "Dina Levy"),
                  "GONLEG");
}

/* "former" before an agent's word: an elite, no longer in the role */
NM_TEST(former_holder_is_an_elite) {
  NM_CHECK_EQ_STR(entity_code("Former Prime Minister Dina Levy accused Arnor of spying.",
                              "Dina Levy"),
                  "---ELI");
  NM_CHECK_EQ_STR(entity_code("Prime Minister Dina Levy accused Arnor of spying.", "Dina Levy"),
                  "---GOV");
  /* a nationality between "former" and the title */
  NM_CHECK_EQ_STR(entity_code("Former Gondorian Prime Minister Dina Levy accused Arnor of spying.",
                              "Dina Levy"),
                  "GONELI");
}

/* A person's name the model leaves out at the start of a sentence, set
 * off by its description; not a title's holder ("Capt. ..."); the
 * description after it with a country's "'s" codes the person. */
NM_TEST(opening_name_with_its_description) {
  NM_CHECK(has_entity("Mona Idris, a spokeswoman for the group, said the toll had risen.",
                      NM_ENT_PERSON, "Mona Idris"));
  NM_CHECK_EQ_STR(entity_code("Salaheddine Sidhoum, Gondor's leading human rights activist, "
                              "staged a hunger strike on Sunday.",
                              "Salaheddine Sidhoum"),
                  "GONOPP");
  /* a name whose apposition is a person's job is a person's */
  NM_CHECK(has_entity("Ali Mrad, a Hezbollah spokesman, said the group's fighters would remain "
                      "prepared.",
                      NM_ENT_PERSON, "Ali Mrad"));
  /* ... and so is one whose apposition is a country's job, its given
   * name spelt like a city ("Milan") */
  NM_CHECK(has_entity("Milan Jovanovic, Serbia's defence minister, said the army had raised "
                      "the readiness of its units.",
                      NM_ENT_PERSON, "Milan Jovanovic"));
  /* a country that names what an expert studies is not the expert's */
  NM_CHECK_EQ_STR(entity_code("Choi Eun-ji, a North Korea researcher at a state-funded institute "
                              "in Seoul, said the launch was a protest.",
                              "Choi Eun-ji"),
                  "");
  /* names after "towns such as" are places */
  NM_CHECK(has_entity("In northern Israel, residents were evacuated from towns such as Kiryat "
                      "Shmona and Metula.",
                      NM_ENT_GPE, "Kiryat Shmona"));
  /* a list of names after "the islands of" are places */
  NM_CHECK(has_entity("The drills began around the islands of Kinmen, Matsu, Wuqiu and "
                      "Dongyin, which lie just off the coast.",
                      NM_ENT_GPE, "Wuqiu"));
  /* a title after the comma, a country's name before it or not */
  NM_CHECK(has_entity("Ingrid Solheim, Sudan director for the relief group Northern Aid "
                      "Alliance, said dozens of trucks loaded with sorghum, lentils and "
                      "therapeutic food were already waiting on the Chadian side of the border.",
                      NM_ENT_PERSON, "Ingrid Solheim"));
}

/* A dictionary actor inside a longer country name the gazetteer knows
 * ("Korea" in the Democratic People's Republic of Korea) does not name it. */
NM_TEST(country_name_holding_another) {
  EXPECT_NER("Arnor demanded that the Democratic People's Republic of Korea release the prisoners.",
             "ARN PRK 100");
}

/* Whether the name mentions of text include one of type type whose words
 * are surface (coref may join it to a longer name). */
static bool has_mention(const char *text, nm_entity_type type, const char *surface) {
  nm_doc *d = ner_doc(text);
  bool found = false;
  size_t n = 0;
  const nm_mention *m = d ? nm_doc_mentions(d, &n) : NULL;
  for (size_t i = 0; i < n; i++)
    found |= m[i].kind == NM_MENTION_NAME && m[i].type == type &&
             m[i].end - m[i].start == strlen(surface) &&
             !memcmp(text + m[i].start, surface, strlen(surface));
  nm_doc_free(d);
  return found;
}

/* capitalised words ending in an organisation's head word are an
 * organisation where the model labelled none of them */
NM_TEST(organisation_head_the_model_missed) {
  NM_CHECK(has_entity("Talks resume.\n\nThe Global Water Organisation recommends that every "
                      "town test its wells.",
                      NM_ENT_ORG, "Global Water Organisation"));
}

/* the head words added on 2026-12-01: Publishing, Records, Caucus … */
NM_TEST(more_organisation_heads) {
  NM_CHECK(
      has_entity("Kelvin Publishing released the book in May.", NM_ENT_ORG, "Kelvin Publishing"));
  NM_CHECK(has_entity("Marta Ruiz joined Bellweather Records in 2004.", NM_ENT_ORG,
                      "Bellweather Records"));
}

/* a town the model took for a person is a place when the article says
 * "in" it, and the gazetteer knows it as a city */
NM_TEST(town_typed_as_a_person) {
  static const char text[] = "Life in Preston was quiet. Preston had two mills and a market, and "
                             "Preston kept its old church.";
  NM_CHECK(has_entity(text, NM_ENT_GPE, "Preston"));
  NM_CHECK(!has_person(text, "Preston"));
}

/* "the head of Veltrix": what an office is of is no person */
NM_TEST(office_of_a_name) {
  static const char text[] = "She became the head of Veltrix last year. Veltrix makes sensors.";
  NM_CHECK(has_entity(text, NM_ENT_ORG, "Veltrix"));
  NM_CHECK(!has_person(text, "Veltrix"));
  /* a modifier after "of" is not what the office is of */
  NM_CHECK(!has_entity("Gen. Pavel Orsic, the commander of Marovian forces, said nothing.",
                       NM_ENT_ORG, "Marovian"));
}

/* initials without a surname name no one */
NM_TEST(initials_alone_are_no_person) {
  NM_CHECK(!has_person("Kelly, D. R. and Matthews, M. D. wrote about grit in 2007.", "D. R."));
}

/* "<Name> (<ACRONYM>)": the acronym is the organisation too, and a
 * sentence's "Who" is not the acronym "WHO" */
NM_TEST(acronym_in_brackets) {
  static const char text[] =
      "Talks resume.\n\nThe Global Water Organisation (GWO) recommends that every town test its "
      "wells. GWO staff visited Lima. Who pays for it?";
  NM_CHECK(has_mention(text, NM_ENT_ORG, "GWO"));
  static const char who[] =
      "Talks resume.\n\nThe World Health Organization (WHO) recommends iodised salt. Who pays "
      "for it?";
  NM_CHECK(has_mention(who, NM_ENT_ORG, "WHO"));
  NM_CHECK(!has_mention(who, NM_ENT_ORG, "Who"));
}

/* an imperative opening a sentence is no person: "Stir the flour in" */
NM_TEST(imperative_is_no_person) {
  static const char text[] =
      "Stir the flour into the milk. Simmer the sauce for ten minutes. Stir this well and serve.";
  NM_CHECK(!has_person(text, "Stir"));
  NM_CHECK(!has_person(text, "Simmer"));
}

/* a person's longer name made only of words the article writes in lower
 * case is no name: "Entrepreneurial Mindset", "Rosemary Pruning" */
NM_TEST(common_words_name_no_one) {
  NM_CHECK(!has_mention("Needed: Entrepreneurial Mindset. That was the title of the essay by Emma "
                        "Fleck. An entrepreneurial mindset helps students, and an entrepreneurial "
                        "mindset can be taught. Fleck says an entrepreneurial mindset is rare.",
                        NM_ENT_PERSON, "Entrepreneurial Mindset"));
  NM_CHECK(!has_mention("How to Grow Rosemary\n\nRosemary grows in dry soil. Caring for Rosemary "
                        "Pruning and Using Rosemary is easy. Cut the rosemary in spring, and dry "
                        "the rosemary in the sun. Pruning the rosemary keeps it small, so start "
                        "pruning early; the rosemary will thank you and pruning is easy.",
                        NM_ENT_PERSON, "Rosemary Pruning"));
}

/* a sound drawn out ("Uhhh") is no name */
NM_TEST(drawn_out_sound_is_no_name) {
  static const char text[] = "\"Uhhh,\" she says. \"Uhhh, I do not know.\"";
  NM_CHECK(!has_mention(text, NM_ENT_ORG, "Uhhh"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Uhhh"));
}

/* a name's spelling in another script is no part of it */
NM_TEST(other_script_gloss_left_out) {
  static const char text[] = "The poem was written by Wang Jiaming \xe7\x8e\x8b\xe5\xae\xb6"
                             "\xe6\x98\x8e in 1820, and Wang Jiaming later moved to the coast.";
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Jiaming \xe7\x8e\x8b\xe5\xae\xb6\xe6\x98\x8e"));
  NM_CHECK(has_mention(text, NM_ENT_PERSON, "Jiaming"));
}

/* the answers of a lettered list are no people: "A. Anasazi B. Cherokee" */
NM_TEST(lettered_answers_are_no_people) {
  NM_CHECK(!has_mention("Which people built the cliff towns that still stand?\nA. Anasazi\nB. "
                        "Cherokee\nC. Aztec\nD. Inca\n",
                        NM_ENT_PERSON, "A. Anasazi"));
  NM_CHECK(!has_mention("Which people built the cliff towns? A. Anasazi, B. Cherokee, C. Aztec, D. "
                        "Inca.",
                        NM_ENT_PERSON, "D. Inca"));
}

/* "News" ends an organisation's name: "Harbor News" */
NM_TEST(news_outlet_is_an_organisation) {
  static const char text[] = "The report was first carried by Harbor News, and the editor of "
                             "Harbor News said more would follow.";
  NM_CHECK(has_entity(text, NM_ENT_ORG, "Harbor News"));
  NM_CHECK(!has_entity(text, NM_ENT_PERSON, "Harbor News"));
}

/* A one-word actor name in lower case is a common word ("the riders"),
 * not the group the dictionary gives that word to. */
NM_TEST(common_word_is_no_group) {
  EXPECT("Arnor attacked the riders.", "");
  EXPECT("Arnor attacked the Mordor Legion.", "ARN MORREB 190");
}

/* "A says B attacked" is an accusation between two known sides; a
 * speaker placed only by where they are ("officials in Rohan") is no
 * side, and the attack stands. */
NM_TEST(located_speaker_makes_no_accusation) {
  EXPECT("Arnor attacked Gondor, Rohan said.", "ROH ARN 112");
  EXPECT("Arnor attacked Gondor, relief officials in Rohan said.", "ARN GON 190");
}

/* Dictionary names are cut into words as the segmenter cuts text:
 * "al-Gondori" is al, -, Gondori; "People's" is People, 's. */
NM_TEST(hyphens_and_possessives_in_dictionary_names) {
  EXPECT("Arnor attacked the al-Gondori fighters.", "ARN GONREB 190");
  EXPECT("Arnor attacked the People's Guard.", "ARN ROHMIL 190");
}

/* "according to X" says who reports it, never whom it was done to */
NM_TEST(according_to_is_no_target) { EXPECT("Arnor attacked the town, according to Gondor.", ""); }

/* Whether the entities of text include one named name, of any type. */
static bool has_name(const char *text, const char *name) {
  return has_entity(text, NM_ENT_COUNT, name);
}

/* "<Head> of <Name>" is an organisation, with the capitalised words before
 * the head, however the model cut it */
NM_TEST(head_of_name_is_an_organisation) {
  static const char text[] =
      "I am happy to note the enthusiasm demonstrated by School of Open Africa in transforming "
      "education. What the Newfoundland and Labrador Court of Appeal did was new.";
  NM_CHECK(has_entity(text, NM_ENT_ORG, "School of Open Africa"));
  NM_CHECK(has_entity(text, NM_ENT_ORG, "Newfoundland and Labrador Court of Appeal"));
  NM_CHECK(!has_name(text, "School"));
  NM_CHECK(!has_name(text, "Appeal"));
}

/* a one-word name that the article writes in lower case more often than
 * capitalised inside a sentence is a common word */
NM_TEST(common_word_capitalised_by_position) {
  static const char text[] =
      "Professor Cres Eastman said children in particular need an adequate intake of iodine. "
      "Iodine deficiency can lead to serious health problems, he said. WHO say Iodine deficiency "
      "is the most prevalent cause of brain damage. Dairy farmers replaced iodine sanitisers. "
      "Iodine released from these chemicals was a source of iodine.";
  NM_CHECK(!has_name(text, "Iodine"));
  /* an acronym is no common word: "US" is not "us" */
  NM_CHECK(
      has_entity("Talks resume.\n\n\"Let us wait,\" she told us. The US said it would help us, "
                 "and us alone.",
                 NM_ENT_GPE, "US"));
  /* a word of a person's full name stays, whatever its lower case does */
  NM_CHECK(has_person("Theresa May spoke on Monday. Ministers may resign, and may leave. May said "
                      "she would stay.",
                      "Theresa May"));
}

/* era markers, a legal form alone and family words are no names */
NM_TEST(words_that_are_no_name_alone) {
  NM_CHECK(!has_name("The first pre-historic settlements were constructed in 3000 BC around the "
                     "hill of Acropolis. By the 7th century BC, social unrest had become "
                     "widespread in Athens.",
                     "BC"));
  NM_CHECK(!has_name("Oh, and this one is to Dad, from Judy. Well, Dad always picks.", "Dad"));
  /* a title alone names no one */
  NM_CHECK(!has_name("The states say the law does not let the Secretary waive the rule. But the "
                     "Secretary's reading of the text is the better one, and Congress gave the "
                     "Secretary that power.",
                     "Secretary"));
}

/* title-case words in quotation marks are a work's or a plan's title */
NM_TEST(quoted_title_is_no_name) {
  static const char text[] =
      "The restructuring plan, called \"Way Forward\", will close plants. Critics praised "
      "\"Ghost in the Shell\" when it opened. The campaign, dubbed \"Operation Desert Storm\", "
      "began in January.";
  NM_CHECK(!has_name(text, "Way Forward"));
  NM_CHECK(!has_name(text, "Shell"));
  NM_CHECK(!has_name(text, "Desert Storm"));
  /* a place inside stays: the corpora annotate it */
  NM_CHECK(has_entity("He took the title \"Protector of Mexico\" as well.", NM_ENT_GPE, "Mexico"));
}

/* a title inside a name the model found ends the organisation or place:
 * the holder after it is a person */
NM_TEST(title_inside_a_name_splits_it) {
  static const char text[] =
      "Talks resume.\n\nBank of England Governor Andrew Bailey said rates would stay.";
  NM_CHECK(has_entity(text, NM_ENT_ORG, "Bank of England"));
  NM_CHECK(has_person(text, "Andrew Bailey"));
}

/* a dateline: its place is a place even in capitals, and the name in its
 * brackets is the news agency */
NM_TEST(dateline_place_and_agency) {
  static const char text[] =
      "WASHINGTON (Wire) \xe2\x80\x94 The House voted late Wednesday to approve the package, "
      "sending it to the Senate.\n\nLawmakers said the vote was close.\n";
  NM_CHECK(has_entity(text, NM_ENT_GPE, "WASHINGTON"));
  NM_CHECK(has_entity(text, NM_ENT_ORG, "Wire"));
  NM_CHECK(!has_entity(text, NM_ENT_GPE, "Wire") && !has_person(text, "Wire"));
}

/* a postal code after a place is no part of its name */
NM_TEST(postal_code_after_a_place) {
  static const char text[] = "Abbot Academy\nAndover, Massachusetts 01810\nMay 30\n";
  NM_CHECK(has_entity(text, NM_ENT_GPE, "Massachusetts"));
  NM_CHECK(!has_name(text, "Massachusetts 01810"));
}

/* a nationality word, or one qualified by a direction, is a NORP, not a
 * place or a person (mentions.c, demonym_name) */
NM_TEST(nationality_words_are_norp) {
  static const char text[] = "Talks resume.\n\nRelief workers reached the South African border "
                             "town on Monday.";
  NM_CHECK(has_entity(text, NM_ENT_NORP, "South African"));
  NM_CHECK(!has_entity(text, NM_ENT_GPE, "South African"));
}

/* "<division> of <name>" is a place, whatever the model said */
NM_TEST(division_of_a_name_is_a_place) {
  static const char text[] = "Talks resume.\n\nVoters in the State of Karnovia elected a new "
                             "governor. The Municipality of Velmora lies on the coast.";
  NM_CHECK(has_entity(text, NM_ENT_GPE, "Municipality of Velmora"));
  NM_CHECK(!has_entity(text, NM_ENT_ORG, "Municipality of Velmora"));
}

/* an acronym the article uses as a common noun ("an AI developed by") is
 * no organisation anywhere in it */
NM_TEST(acronym_used_as_a_noun) {
  static const char text[] = "Talks resume.\n\nThe startup said an AI developed by its engineers "
                             "can sort mail. Every LLM is trained on text, and AI will change "
                             "offices, the report said.";
  NM_CHECK(!has_name(text, "AI"));
  NM_CHECK(!has_name(text, "LLM"));
}

/* a title quoted once is no name where the article repeats it unquoted */
NM_TEST(quoted_title_repeated_without_quotes) {
  static const char text[] = "Talks resume.\n\nThe critic praised the film \"Winter of the "
                             "Harbor\" on Sunday. When Winter of the Harbor opened in Dorvale, "
                             "crowds queued for hours. Winter of the Harbor won two prizes.";
  NM_CHECK(!has_name(text, "Harbor"));
  NM_CHECK(has_entity(text, NM_ENT_GPE, "Dorvale"));
}

/* two parts of a person's name joined by a particle are one name */
NM_TEST(name_particle_joins_a_name) {
  static const char text[] =
      "Talks resume.\n\nSurprisingly, General Karl Otto von Reuss Bremer, the country's new "
      "president, agreed to most of the demands. This portrait of General Karl Otto von Reuss "
      "Bremer shows him in uniform.";
  NM_CHECK(has_person(text, "Karl Otto von Reuss Bremer"));
  NM_CHECK(!has_person(text, "Karl Otto"));
}

/* '"…," Hanna Tetteh told the council': the full name left out by the
 * model, the surname found again from "Tetteh said": the proper noun
 * right before it (a small town's name too) is the given name; a title's
 * last word is not ("Vice President Chevron", below) */
NM_TEST(given_name_before_a_surname_found_again) {
  static const char text[] = "Talks resume.\n\n\"Libya cannot afford another division,\" "
                             "Hanna Tetteh told the council by video link. Tetteh said she had "
                             "asked both sides to meet.";
  NM_CHECK(has_person(text, "Hanna Tetteh"));
}

/* a name right after a capitalised title is a person's, though the
 * gazetteer knows a company of that name */
NM_TEST(name_after_a_title_is_a_person) {
  static const char text[] = "Talks resume.\n\nThe bill now goes to Vice President Chevron, who "
                             "will sign it on Friday. Vice President Chevron has said little.";
  NM_CHECK(has_person(text, "Chevron"));
  NM_CHECK(!has_entity(text, NM_ENT_ORG, "Chevron"));
}

/* an apposition saying what a name is types it in the whole article */
NM_TEST(apposition_types_a_name) {
  static const char text[] = "Talks resume.\n\nOne example is Brindle, a company that rents out "
                             "spare rooms. Brindle has raised money from investors. The value of "
                             "Brindle has doubled, and Brindle plans to hire staff.";
  NM_CHECK(has_entity(text, NM_ENT_ORG, "Brindle"));
  NM_CHECK(!has_person(text, "Brindle"));
  NM_CHECK(has_entity("Talks resume.\n\nThe convoy reached Tavish, a small town on the coast, at "
                      "dawn. Tavish has no hospital, and aid to Tavish arrives by boat.",
                      NM_ENT_GPE, "Tavish"));
  /* "a company director" is a person's description */
  NM_CHECK(has_person("Talks resume.\n\nDana Lomax, a company director, said the plan was sound. "
                      "Lomax later left.",
                      "Dana Lomax"));
}

/* a name ending in Arena, Bridge, Mansion ... is a place, not a person */
NM_TEST(building_names_are_places) {
  static const char text[] = "Talks resume.\n\nThe new stadium, Harwick Arena, opened in June. "
                             "The team thanked Corwin Mansion staff.";
  NM_CHECK(has_entity(text, NM_ENT_LOC, "Harwick Arena"));
  NM_CHECK(has_entity(text, NM_ENT_LOC, "Corwin Mansion"));
  NM_CHECK(!has_person(text, "Corwin Mansion"));
}

/* a country's name before a currency names the currency */
NM_TEST(country_before_a_currency) {
  NM_CHECK(!has_name("Talks resume.\n\nDamage was estimated at US$ 10 million, or about 9 "
                     "million US dollars.",
                     "US"));
  NM_CHECK(has_entity("Talks resume.\n\nThe US sent aid.", NM_ENT_GPE, "US"));
}

/* "House of <Name>" is an organisation, a legislative chamber */
NM_TEST(house_of_a_name_is_an_organisation) {
  static const char text[] = "Talks resume.\n\nThe bill passed the House of Representatives on "
                             "Tuesday, and the House of Elders will vote next.";
  NM_CHECK(has_entity(text, NM_ENT_ORG, "House of Representatives"));
  NM_CHECK(has_entity(text, NM_ENT_ORG, "House of Elders"));
}

/* interjections and oaths are no names */
NM_TEST(exclamations_are_no_names) {
  NM_CHECK(!has_name("Podcast notes.\n\nI mean, I mean, OK, think about it like this: at the show "
                     "he was there.",
                     "OK"));
  NM_CHECK(!has_name("Podcast notes.\n\nWe said Bye to Marta and went home. Bye, Marta!", "Bye"));
  static const char oath[] = "Talks resume.\n\nOh God, I thought. For God's sake, stop it, my "
                             "God, he said.";
  NM_CHECK(!has_name(oath, "God"));
  /* not where God is meant: "ridden by God" */
  NM_CHECK(has_person("Talks resume.\n\nOh God, I thought. Many people believe in God, and the "
                      "horse is ridden by God or the Devil.",
                      "God"));
}

/* an institution's word alone, capitalised after "the", names one */
NM_TEST(institution_word_alone) {
  NM_CHECK(
      has_mention("Marta Ruiz said the Assembly had rejected her plan.", NM_ENT_ORG, "Assembly"));
  NM_CHECK(
      has_mention("The grant was approved by the Government last week.", NM_ENT_ORG, "Government"));
}

/* a name the model typed a person's, used twice after "in" and unknown to
 * the gazetteer, is a place */
NM_TEST(place_by_two_locative_uses) {
  static const char text[] = "Talks resume.\n\nTesmara is famous for its reefs. Ferries sail to "
                             "Tesmara daily, and divers stay in Tesmara. Hotels in Tesmara are "
                             "cheap.";
  NM_CHECK(has_mention(text, NM_ENT_GPE, "Tesmara"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Tesmara"));
}

/* a word after a particle in a longer "person" ("Penon de Tesmara") is no
 * evidence of a person: such names are often of places */
NM_TEST(place_after_a_particle) {
  static const char text[] = "Talks resume.\n\nTesmara is famous for its reefs. Ferries sail to "
                             "Tesmara daily, and divers stay in Tesmara. Hotels in Tesmara are "
                             "cheap. The old town of Penon de Tesmara lies nearby.";
  NM_CHECK(has_mention(text, NM_ENT_GPE, "Tesmara"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Tesmara"));
}

/* "the island of <Name>": the kind of place says it is one */
NM_TEST(place_by_its_kind) {
  static const char text[] =
      "Talks resume.\n\nDivers love the island of Belcoran. Belcoran has few roads.";
  NM_CHECK(has_mention(text, NM_ENT_GPE, "Belcoran"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Belcoran"));
}

/* laws, treaties and declarations are no people, organisations or places */
NM_TEST(documents_are_no_names) {
  static const char text[] = "They signed the Paris Declaration and the Adriatic Charter.";
  NM_CHECK(!has_mention(text, NM_ENT_GPE, "Paris Declaration"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Paris Declaration"));
  NM_CHECK(!has_mention(text, NM_ENT_ORG, "Paris Declaration"));
}

/* holidays are dates, not people: "Christmas Eve" */
NM_TEST(holidays_are_no_names) {
  static const char text[] = "Betty made Christmas Eve dinner while the radio played.";
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Christmas Eve"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Eve"));
}

/* a state's name used as a place once is one everywhere in the article */
NM_TEST(state_once_a_place_always) {
  static const char text[] =
      "Talks resume.\n\nTom Hale, the governor of Alaska from 1974 to 1982, persuaded Alaska's "
      "legislators to adopt a fund. Did Alaska find the right formula? The fund made Alaska one "
      "of the least unequal states. If Alaska's model were applied at scale, the effects would be "
      "vast.";
  NM_CHECK(has_mention(text, NM_ENT_GPE, "Alaska"));
  NM_CHECK(!has_mention(text, NM_ENT_ORG, "Alaska"));
}

/* Whether text has a name mention spelt surface, of any type but NORP. */
static bool has_name_mention(const char *text, const char *surface) {
  return has_mention(text, NM_ENT_PERSON, surface) || has_mention(text, NM_ENT_ORG, surface) ||
         has_mention(text, NM_ENT_GPE, surface) || has_mention(text, NM_ENT_LOC, surface);
}

/* acronyms of common nouns and technologies name no organisation: "AI",
 * "GPS", "COVID" (a closed list) */
NM_TEST(common_acronyms_name_no_one) {
  static const char text[] =
      "Talks resume.\n\nThe school banned AI in exams last week. Teachers said AI wrote half "
      "the essays. Drivers now trust GPS more than maps, and GPS rarely fails.";
  NM_CHECK(!has_name_mention(text, "AI"));
  NM_CHECK(!has_name_mention(text, "GPS"));
}

/* a title-case sentence that ends in a colon and lists names between
 * commas is a salutation, no headline: the titles' names are people */
NM_TEST(salutation_names_are_people) {
  static const char text[] =
      "Senator Drevik, Mr. Chief Justice, Vice President Tollane, Senator Quarrow, Reverend "
      "Ibbs, and my fellow citizens:\n\nToday we begin again.";
  NM_CHECK(has_mention(text, NM_ENT_PERSON, "Tollane"));
  NM_CHECK(has_mention(text, NM_ENT_PERSON, "Quarrow"));
}

/* a name used after "at" is where something happens, a firm or a school,
 * not a person ("worked at Pixar"); "looked at Ivo" aims at a person */
NM_TEST(name_after_at_is_an_organisation) {
  static const char text[] =
      "Mara Linn worked at Brindlecot for six years before she left. Brindlecot makes garden "
      "tools, and Brindlecot now sells them abroad.";
  NM_CHECK(has_mention(text, NM_ENT_ORG, "Brindlecot"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Brindlecot"));
  static const char look[] =
      "Mara looked at Ivo Renk for a long time. Renk said nothing, and Renk left.";
  NM_CHECK(!has_mention(look, NM_ENT_ORG, "Renk"));
}

/* a lone letter names nothing, whatever the model typed it: a letter
 * standing for a place in a puzzle, a grade, a variable */
NM_TEST(lone_letter_is_no_name) {
  NM_CHECK(!has_name_mention("They drove from T to Lisbon in a day.", "T"));
  NM_CHECK(!has_name_mention("Boats sail from Pier 9 to Q every hour.", "Q"));
  NM_CHECK(has_mention("They drove from Faro to Lisbon in a day.", NM_ENT_GPE, "Lisbon"));
}

/* "the Nation", "our Republic": the speaker's country, capitalised as a
 * name; "the Nation of …" is another name */
NM_TEST(nation_word_is_a_place) {
  static const char text[] =
      "The senator spoke for an hour. She said the Nation would heal, and that our Republic "
      "was strong. Later she met leaders of the Nation of Veltrane.";
  NM_CHECK(has_mention(text, NM_ENT_GPE, "Nation"));
  NM_CHECK(has_mention(text, NM_ENT_GPE, "Republic"));
}

/* a kind of firm before a name makes it an organisation: "flag carrier
 * Zavrolet" */
NM_TEST(firm_kind_before_name) {
  static const char text[] =
      "Talks resume.\n\nRussian flag carrier Zavrolet has ordered twelve new jets. Zavrolet "
      "said the first would arrive in spring.";
  NM_CHECK(has_mention(text, NM_ENT_ORG, "Zavrolet"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Zavrolet"));
}

/* a firm's name without its suffix is the same firm: "Kestrel Northern"
 * after "Kestrel Northern Airlines" */
NM_TEST(firm_short_name) {
  static const char text[] =
      "Talks resume.\n\nKestrel Northern Airlines said on Monday that it would buy ten jets. "
      "The deal was approved by Kestrel Northern 's board of directors.";
  NM_CHECK(has_mention(text, NM_ENT_ORG, "Kestrel Northern"));
}

/* capitalised words whose initials spell the acronym in brackets after
 * them are an organisation's name, where the model found only parts of it;
 * an event's name is not */
NM_TEST(name_spelt_before_acronym) {
  static const char text[] =
      "Talks resume.\n\nAid now flows through the United Nations Relief Mission in Dravonia "
      "(UNMID), officials said. She joined the Council for Open Harbours and Coastal Trade "
      "(COHCT) in 2019.";
  NM_CHECK(has_mention(text, NM_ENT_ORG, "United Nations Relief Mission in Dravonia"));
  NM_CHECK(has_mention(text, NM_ENT_ORG, "UNMID"));
  NM_CHECK(has_mention(text, NM_ENT_ORG, "Council for Open Harbours and Coastal Trade"));
  static const char event[] =
      "Talks resume.\n\nShe spoke at the World Wide Gardeners Conference (WWGC) on Friday.";
  NM_CHECK(!has_mention(event, NM_ENT_ORG, "World Wide Gardeners Conference"));
}

/* "a news editor at Blue Heron Media": the employer, an organisation */
NM_TEST(employer_after_job_at) {
  static const char text[] =
      "Talks resume.\n\nLena Okafor, a news editor at Blue Heron Media, said the figures were "
      "wrong.";
  NM_CHECK(has_mention(text, NM_ENT_ORG, "Blue Heron Media"));
}

/* a web site's capitalised name is an organisation: "Tovarnik.com" */
NM_TEST(web_site_is_an_organisation) {
  NM_CHECK(has_mention("Talks resume.\n\nTovarnik.com quoted the minister as saying the ban "
                       "would stay.",
                       NM_ENT_ORG, "Tovarnik.com"));
}

/* two cities or two institutions joined by a dash are two names: "the
 * Boston-Denver game", "the Army - Navy game" */
NM_TEST(dash_joins_two_names) {
  static const char text[] =
      "Talks resume.\n\nFans filled the bars for the Boston-Denver game. When we come to the "
      "Army - Navy game next month, we will win.";
  NM_CHECK(has_mention(text, NM_ENT_GPE, "Boston"));
  NM_CHECK(has_mention(text, NM_ENT_GPE, "Denver"));
  NM_CHECK(has_mention(text, NM_ENT_ORG, "Army"));
  NM_CHECK(has_mention(text, NM_ENT_ORG, "Navy"));
}

/* "the CEO of Hilltop Group or Varkey": the name joined to the office's
 * organisation is one too */
NM_TEST(office_of_two_organisations) {
  static const char text[] =
      "If you were the CEO of Hilltop Group or Varkey, would you be worried? Varkey has "
      "lost money for years.";
  NM_CHECK(has_mention(text, NM_ENT_ORG, "Varkey"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Varkey"));
}

/* "Rep. Dana Whitcomb, D-Ore.,": a party letter and a state between
 * commas describe the person; they name no one */
NM_TEST(party_tags_name_no_one) {
  static const char text[] =
      "Talks resume.\n\nRep. Dana Whitcomb, D-Ore., voted for the bill, and Sen. Tom Harlan, "
      "R-Ohio, voted against it. Rep. Luis Abernathy, R-Fla., did not vote.";
  NM_CHECK(!has_name_mention(text, "D-Ore."));
  NM_CHECK(!has_name_mention(text, "Ore."));
  NM_CHECK(!has_name_mention(text, "R-Ohio"));
  NM_CHECK(!has_name_mention(text, "Ohio"));
  NM_CHECK(!has_name_mention(text, "R-Fla."));
  NM_CHECK(has_mention(text, NM_ENT_PERSON, "Dana Whitcomb"));
}

/* a name the model cut before "in" of a law's name is part of the law */
NM_TEST(law_name_over_small_words) {
  static const char text[] = "Talks resume.\n\nThe Senate passed the Martha Quell Fairness in "
                             "Lending Act on Tuesday, and the House will vote next week.";
  NM_CHECK(!has_name_mention(text, "Martha Quell Fairness"));
  NM_CHECK(!has_name_mention(text, "Martha Quell"));
}

/* "Project <Name>", "Operation <Name>": the project, not a place */
NM_TEST(project_names_are_no_places) {
  static const char text[] = "Talks resume.\n\nWe worked on Project Lisbon all summer. Then "
                             "Project Lisbon ran out of money, and the team moved to Denver.";
  NM_CHECK(!has_name_mention(text, "Lisbon"));
  NM_CHECK(has_mention(text, NM_ENT_GPE, "Denver"));
}

/* a numbered heading's text is no name: "Method 3 of 3 : Harvesting …" */
NM_TEST(numbered_heading_is_no_name) {
  static const char text[] =
      "How to Grow Chives\n\nMethod 3 of 3 : Harvesting Chives\n\nCut the leaves above the "
      "soil. Chives need sun.";
  NM_CHECK(!has_name_mention(text, "Harvesting Chives"));
}

/* "Will you …?" asks a question: "Will" is no person there */
NM_TEST(modal_question_is_no_person) {
  static const char text[] = "Talks resume.\n\nShe looked up. Will you stay for dinner? Can "
                             "you pass the salt?";
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Will"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Can"));
}

/* Earth, Heaven and Hell are places, not people */
NM_TEST(earth_and_hell_are_places) {
  static const char text[] = "Talks resume.\n\nThe rocket launched from Earth carrying the "
                             "telescope. Earth is far now. He told her to go to Hell.";
  NM_CHECK(has_mention(text, NM_ENT_LOC, "Earth"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Earth"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Hell"));
}

/* a storm named by its kind's word is no person, nor is its name alone */
NM_TEST(storms_are_no_people) {
  static const char text[] =
      "Talks resume.\n\nCyclone Talora struck the coast of Orissa on Monday. Talora's winds "
      "weakened as it moved inland, and officials said Talora had killed four people.";
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Cyclone Talora"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Talora"));
}

/* titles and roles alone are no person; the named holder stays */
NM_TEST(bare_titles_are_no_people) {
  static const char text[] =
      "Talks resume.\n\ncc: Dana Morrel, Assistant V.P. and Assoc. Dean for Student Affairs. "
      "Respectfully, Lon Ferris, Student, College of Science.";
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Assoc. Dean"));
  NM_CHECK(!has_mention(text, NM_ENT_PERSON, "Student"));
  NM_CHECK(has_mention(text, NM_ENT_PERSON, "Dana Morrel"));
}

/* letters after a person's name between commas are honours, not firms */
NM_TEST(post_nominals_are_no_organisations) {
  static const char text[] =
      "Talks resume.\n\nIn the words of the Crown prosecutor, Mark Tedren, QC, the parents "
      "had failed their daughter.";
  NM_CHECK(!has_mention(text, NM_ENT_ORG, "QC"));
  NM_CHECK(has_mention(text, NM_ENT_PERSON, "Mark Tedren"));
}

/* "vowed to continue the military campaign": the words a pattern matched
 * name the act, and are no target, even when one of them is an agent */
NM_TEST(pattern_words_are_no_target) {
  EXPECT("Gondor waged a police campaign against Arnor.", "GON ARN 173");
}

/* one body's name with "and" inside, which the parse splits into two
 * conjuncts ("Relief" and "Agency"): one mention, one target */
NM_TEST(name_with_and_is_one_target) {
  EXPECT_NER("Gondor cut off aid to the United Nations Relief and Works Agency on Monday.",
             "GON IGOUNOREF 1622");
  EXPECT_NER("Arnor and Gondor cut off aid to the United Nations Relief and Works Agency on "
             "Tuesday.",
             "ARN IGOUNOREF 1622; GON IGOUNOREF 1622");
}

/* a person described as a body's officer, the body named by a
 * description or pronoun that refers back to it: the body's code */
NM_TEST(description_owner_codes_the_person) {
  static const char *const texts[] = {
      "The United Nations Relief and Works Agency said on Monday that it would review the "
      "findings. The agency's commissioner-general, Halvard Lindqvist, said he was deeply "
      "troubled by the audit.",
      "The United Nations Relief and Works Agency said on Monday that it would review the "
      "findings. Halvard Lindqvist, the agency's commissioner-general, said he was deeply "
      "troubled by the audit."};
  for (size_t i = 0; i < 2; i++)
    NM_CHECK_EQ_STR(entity_code(texts[i], "Halvard Lindqvist"), "IGOUNOREF");
}

/* a country's name that the places stage resolved to a place of another
 * country (the US state in an Atlanta story) codes that country */
NM_TEST(place_homonym_of_a_country) {
  NM_CHECK(pipe_geo != NULL);
  if (!pipe_geo) return;
  EXPECT_WITH(pipe_geo,
              "ATLANTA (Wire) - Georgia accused Gondor of spying on Thursday, officials in "
              "Savannah and Macon said.",
              "USA GON 112");
  EXPECT_WITH(pipe_geo,
              "TBILISI (Wire) - Georgia accused Gondor of spying on Thursday, officials in "
              "Batumi said.",
              "GEO GON 112");
}

/* a name ending in a division's word is a place, whatever the model
 * said: "Fulton County" (typed a person) */
NM_TEST(division_names_are_places) {
  static const char text[] = "Schools in Fulton County will stay closed on Friday after a storm "
                             "knocked out power to 40,000 homes, officials said.";
  NM_CHECK(has_entity(text, NM_ENT_GPE, "Fulton County"));
  NM_CHECK(!has_entity(text, NM_ENT_PERSON, "Fulton County"));
}

/* the subject hung on the opening place as its apposition: "In Moscow,
 * Kremlin senator Dina Levy accused Arnor ..." (the person takes the
 * place's country) */
NM_TEST(subject_hung_on_the_opening_place) {
  EXPECT_NER("In Moscow, Kremlin senator Dina Levy accused Arnor of attacking civilian "
             "targets in the Belgorod region.",
             "RUSLEG ARN 112");
}

/* a person's open-ended dictionary code (ARNGOV since 2010) for an
 * article after the dictionary's horizon (2010-12-31 here: the last year
 * with ten dated codes) gives way to the article's own title naming
 * another actor; before the horizon the dictionary holds */
NM_TEST(newer_title_over_stale_dictionary_code) {
  char got[256];
  NM_CHECK(pipe_ner != NULL);
  if (!pipe_ner) return;
  code_with(pipe_ner, "Gondorian King Tomas Vell accused Rohan of spying.", "2016-06-01", got,
            sizeof got);
  NM_CHECK_EQ_STR(got, "GONGOV ROH 112");
  code_with(pipe_ner, "Gondorian King Tomas Vell accused Rohan of spying.", "2010-06-01", got,
            sizeof got);
  NM_CHECK_EQ_STR(got, "ARNGOV ROH 112");
  code_with(pipe_ner, "Tomas Vell accused Rohan of spying.", "2016-06-01", got, sizeof got);
  NM_CHECK_EQ_STR(got, "ARNGOV ROH 112");
  /* an elite whom the article gives a state's office before a comma
   * holds it ("Lebanon's caretaker prime minister, Najib Mikati,") */
  code_with(pipe_ner,
            "Kenya's caretaker prime minister, Elendil Vante, accused Rohan of spying.",
            "2016-06-01", got, sizeof got);
  NM_CHECK_EQ_STR(got, "ARNGOV ROH 112");
  /* ... and a capitalised title naming another actor set off by a comma */
  code_with(pipe_ner,
            "The United Nations Secretary-General, Elendil Vante, arrived. Vante accused Rohan of "
            "spying.",
            "2016-06-01", got, sizeof got);
  NM_CHECK_EQ_STR(got, "IGOUNO ROH 112");
  /* ... and one the dictionary last knew in opposition */
  code_with(pipe_ner,
            "Rohan blamed Kenya's prime minister, Opal Renn, for the clashes. Renn accused Rohan "
            "of spying.",
            "2016-06-01", got, sizeof got);
  NM_CHECK(strstr(got, "KENGOV ROH 112") != NULL);
  /* not a former one */
  code_with(pipe_ner, "Former Prime Minister Elendil Vante accused Rohan of spying.",
            "2016-06-01", got, sizeof got);
  NM_CHECK_EQ_STR(got, "ARNELI ROH 112");
}

/* "two border crossings" is the pattern's phrase (a number aside), and
 * the clause after "after" is its own ("after farmers blocked roads near
 * Gondor", once parsed as the noun "roads" with the modifier "blocked",
 * is a clause since the tagger repair after a subordinating word: Gondor
 * is where the roads are, no target of the closing) */
NM_TEST(pattern_phrase_and_clause_modifier) {
  EXPECT("Arnor has closed two border crossings to Gondor after farmers blocked roads near the "
         "capital.",
         "ARN GON 160");
  EXPECT("Arnor has closed two border crossings after farmers blocked roads near Gondor.", "");
  /* nor a phrase with "as" ("… as talks resume in Gondor", a headline's
   * clause parsed as a noun phrase) */
  EXPECT("Arnor promised aid as talks resume in Gondor.", "");
}

/* a country that modifies an envoy's word names the envoy's country, not
 * the country of a person coded by a title alone */
NM_TEST(envoy_country_is_no_anchor) {
  NM_CHECK_EQ_STR(entity_code("Prime Minister Dina Levy summoned the U.S. charge d'affaires on "
                              "Monday.",
                              "Dina Levy"),
                  "---GOV");
  NM_CHECK_EQ_STR(entity_code("Prime Minister Dina Levy visited U.S. troops on Monday.",
                              "Dina Levy"),
                  "USAGOV");
}

/* "called on Y to ...", "appealed to Y to ...": Y, the one called on, is
 * asked to act; the act has not happened (the parser often hangs the
 * complement as a purpose clause) */
NM_TEST(called_on_to_act_is_an_appeal_to_y) {
  EXPECT("Arnor called on Gondor to attack Rohan.", "ARN GON 020");
  EXPECT("Arnor called on Gondor on Monday to attack Rohan.", "ARN GON 020");
  EXPECT("Arnor threatened on Monday to attack Rohan.", "ARN ROH 138");
  EXPECT("Arnor called on Gondor to aid Rohan.", "ARN GON 023");
  EXPECT("Arnor called on Gondor on Monday to aid Rohan.", "ARN GON 023");
  EXPECT("Arnor called on Gondor to restore ties with Rohan.", "ARN GON 020");
}

/* an appeal or demand with an object and a purpose clause after it
 * ("demanded Y on Monday to ..."): Y is asked to act */
NM_TEST(demand_with_object_and_purpose_clause) {
  EXPECT("Arnor demanded Gondor on Monday to attack Rohan.", "ARN GON 100");
  EXPECT("Arnor attacked Gondor to punish Rohan.", "ARN GON 190");
  EXPECT("Arnor demanded Gondor on Monday to aid Rohan.", "ARN GON 100");
  EXPECT("Arnor urged Gondor on Monday to aid Rohan.", "ARN GON 023");
}

/* "Y was urged (by X) to ...": Y, the passive's subject, was asked to
 * act; the act has not happened, and without an agent no one asked */
NM_TEST(passive_appeal_is_to_its_subject) {
  EXPECT("Gondor was urged by Arnor to attack Rohan.", "ARN GON 020");
  EXPECT("Gondor was urged to attack Rohan.", "");
}

/* an "organisation" whose name ends in a natural feature's word is a
 * place: "Second Thomas Shoal" */
NM_TEST(organisation_named_like_nature_is_a_place) {
  const char *t = "The supply boats were carrying food to marines aboard a grounded ship at "
                  "Second Thomas Shoal when coast guard vessels blocked their path.";
  NM_CHECK(has_entity(t, NM_ENT_LOC, "Second Thomas Shoal"));
  NM_CHECK(!has_entity(t, NM_ENT_ORG, "Second Thomas Shoal"));
}

/* "the capital, Dravnik": a name in apposition to a kind of place is one */
NM_TEST(apposition_to_a_kind_of_place) {
  const char *t = "A spokesman, Colonel Andrej Vuk, told reporters in the capital, Dravnik, late "
                  "Tuesday that the ships had left.";
  NM_CHECK(has_entity(t, NM_ENT_GPE, "Dravnik"));
  NM_CHECK(!has_entity(t, NM_ENT_PERSON, "Dravnik"));
  const char *u = "The agency said it would resume convoys to the regional capital, Velmora, "
                  "within days.";
  NM_CHECK(has_entity(u, NM_ENT_GPE, "Velmora"));
}

/* "the ferry Stella Maris": a vessel's name, here and elsewhere */
NM_TEST(vessel_names_are_no_people) {
  const char *t = "The chartered ferry Stella Maris docked on Wednesday. Officials said the "
                  "Stella Maris carried more than a thousand people.";
  NM_CHECK(has_entity(t, NM_ENT_MISC, "Stella Maris"));
  NM_CHECK(!has_entity(t, NM_ENT_PERSON, "Stella Maris"));
}

/* a name's first word the model left out between a title and the rest:
 * "Prime Minister Abiy Ahmed" was "Ahmed" */
NM_TEST(title_then_a_left_out_first_name) {
  const char *t = "Prime Minister Abiy Ahmed welcomed the agreement on Wednesday.";
  NM_CHECK(has_entity(t, NM_ENT_PERSON, "Abiy Ahmed"));
  NM_CHECK(!has_entity(t, NM_ENT_PERSON, "Ahmed"));
}

/* a state's name before a title at the start of a person's span is
 * dropped with the title, as a country's is: "Texas Gov. Martin Hale" */
NM_TEST(state_and_title_before_a_name) {
  const char *t =
      "WASHINGTON (AP) - The Supreme Court on Friday blocked a Texas law that would have allowed "
      "state police to arrest migrants suspected of crossing the border illegally, handing the "
      "Biden administration a temporary victory in its fight with Republican-led states over "
      "immigration.\nIn a brief order, the justices sided with the Justice Department, which "
      "argued that immigration enforcement is the job of the federal government. Texas Gov. "
      "Martin Hale said the state would keep defending the law.";
  NM_CHECK(has_entity(t, NM_ENT_PERSON, "Martin Hale"));
  NM_CHECK(!has_entity(t, NM_ENT_PERSON, "Texas Gov. Martin Hale"));
}

/* "Armed Forces of the Philippines": an armed body's word, "of (the)"
 * and a known place name one organisation */
NM_TEST(armed_body_of_a_country) {
  const char *t = "The Armed Forces of the Philippines said the boats were carrying food.";
  NM_CHECK(has_entity(t, NM_ENT_ORG, "Armed Forces of the Philippines"));
}

/* waters named after a country are no actor of it */
NM_TEST(country_inside_a_sea_s_name) {
  EXPECT_NER("Arnor attacked the North Gondor Sea on Monday.", "");
  EXPECT_NER("Arnor attacked Gondor on Monday.", "ARN GON 190");
}

/* The name of the entity whose mention (the longest) starts at the first
 * occurrence of word in text ("" when none). */
static void entity_of_word(const char *text, const char *word, char *out, size_t cap) {
  nm_doc *d = ner_doc(text);
  size_t nm = 0, ne = 0;
  const nm_mention *ms = d ? nm_doc_mentions(d, &nm) : NULL;
  const nm_entity *en = d ? nm_doc_entities(d, &ne) : NULL;
  const char *at = strstr(text, word);
  snprintf(out, cap, "%s", "");
  uint32_t longest = 0;
  for (size_t i = 0; at && i < nm; i++)
    if (ms[i].start == (uint32_t)(at - text) && ms[i].entity < ne && ms[i].end > longest) {
      snprintf(out, cap, "%s", en[ms[i].entity].name);
      longest = ms[i].end;
    }
  nm_doc_free(d);
}

/* an object pronoun is not the subject of its own clause: "met Navon ...
 * and urged him" is Navon ("himself" would be the subject) */
NM_TEST(object_pronoun_is_not_its_clause_subject) {
  char who[64];
  entity_of_word("Secretary of State Daniel Okafor met Prime Minister Eli Navon in Jerusalem on "
                 "Tuesday and urged him to accept a ceasefire.",
                 "him", who, sizeof who);
  NM_CHECK_EQ_STR(who, "Eli Navon");
}

/* a spokesperson (MED) speaks for the body the phrase names: its agent
 * wins, and a body coded with its role keeps it alone */
NM_TEST(spokesperson_takes_the_body_s_role) {
  NM_CHECK_EQ_STR(entity_code("Gondorian army spokesman Hal Varek said the talks had failed.",
                              "Hal Varek"),
                  "GONMIL");
  NM_CHECK_EQ_STR(entity_code("White Council spokeswoman Ilsa Marn said the talks had failed.",
                              "Ilsa Marn"),
                  "GONGOVLEG");
  NM_CHECK_EQ_STR(entity_code("Gondorian spokesman Hal Varek said the talks had failed.",
                              "Hal Varek"),
                  "GONMED");
  /* named with no body: the body the sentence before names */
  NM_CHECK_EQ_STR(entity_code("The United Nations said the talks had failed. Spokeswoman Ilsa "
                              "Marn accused Gondor of spying.",
                              "Ilsa Marn"),
                  "IGOUNO");
}

/* a person coded by a state's title alone takes the article's country,
 * the one whose places it names most, by twice the next at least */
NM_TEST(title_alone_takes_the_article_s_country) {
  NM_CHECK(pipe_geo != NULL);
  if (!pipe_geo) return;
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Police in Mombasa arrested dozens on Monday. Prime "
              "Minister Tovan Elisk accused Gondor of spying.",
              "KENGOV GON 112");
  /* Istanbul (with the dateline's weight, 3) against two US cities: no
   * country leads by twice (and the sentence before names two) */
  EXPECT_WITH(pipe_geo,
              "ISTANBUL (Wire) - Officials in Chicago and Boston and Canadian diplomats were told "
              "on Monday. "
              "Prime Minister Tovan Elisk accused Gondor of spying.",
              "---GOV GON 112");
}

/* the sentence before anchors a title only through its main subject or
 * that subject's owner ("France said"), not a subject inside a quotation
 * it reports; and "His prime minister, X," is of the country of the person
 * "His" refers to (not of the sentence before) */
NM_TEST(title_anchors_main_subject_and_owner) {
  NM_CHECK(pipe_geo != NULL);
  if (!pipe_geo) return;
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Police in Mombasa arrested dozens on Monday. \"Uganda "
              "has no right to judge us,\" a spokesperson said. Prime Minister Tovan Elisk "
              "accused Uganda of spying.",
              "KENGOV UGA 112");
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Ugandan King Tovan Elisk said he wants talks. Police in "
              "Mombasa arrested dozens on Monday. His prime minister, Dara Okello, accused "
              "Gondor of spying.",
              "UGAGOV GON 112");
}

/* a description before the name that the parse hung on the verb as a
 * bare obl: "The European Union's foreign policy chief, X, condemned" */
NM_TEST(description_before_the_name_as_a_bare_obl) {
  NM_CHECK_EQ_STR(entity_code("The European Union's foreign policy chief, Hal Varek, condemned "
                              "the violence.",
                              "Hal Varek"),
                  "IGOEUREEC");
}

/* a description after a name stops before a relative clause: "freed
 * Okello, a claim Rohan denied" says nothing of Okello's country */
NM_TEST(description_after_stops_at_a_relative_clause) {
  NM_CHECK_EQ_STR(entity_code("Officials said they had freed Dara Okello, a claim Rohan denied.",
                              "Dara Okello"),
                  "");
  NM_CHECK_EQ_STR(entity_code("Police arrested Tovan Elisk, a Rohan lawyer, on Monday.",
                              "Tovan Elisk"),
                  "ROH");
}

/* an office of a state the dictionaries do not know ("Varnia's prime
 * minister") near the name: no guess from the article's country */
NM_TEST(unknown_state_blocks_the_article_s_country) {
  NM_CHECK(pipe_geo != NULL);
  if (!pipe_geo) return;
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Police in Mombasa arrested dozens on Monday. Varnia's "
              "Prime Minister Tovan Elisk accused Gondor of spying.",
              "---GOV GON 112");
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Police in Mombasa arrested dozens on Monday. Varnia's "
              "team lost the match. Prime Minister Tovan Elisk accused Gondor of spying.",
              "KENGOV GON 112");
}

/* a titled person with no country of their own: the one country the
 * sentence before names as a subject or an owner, before the article's;
 * a place something went to does not count; nor does a partner in the
 * person's own sentence ("a protest with Rohan") */
NM_TEST(title_takes_the_country_of_the_sentence_before) {
  NM_CHECK(pipe_geo != NULL);
  if (!pipe_geo) return;
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Police in Mombasa arrested dozens on Monday. Uganda said "
              "it had received no notice. Prime Minister Tovan Elisk accused Gondor of spying.",
              "UGAGOV GON 112");
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Police in Mombasa arrested dozens on Monday. Lawyers said "
              "they would take the case to Uganda. Prime Minister Tovan Elisk accused Gondor of "
              "spying.",
              "KENGOV GON 112");
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Dozens were arrested on Monday. Prime Minister Tovan Elisk "
              "lodged a protest with Uganda and accused Gondor of spying.",
              "KENGOV GON 112");
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Dozens were arrested on Monday. Prime Minister Tovan Elisk "
              "raised the matter with Ugandan officials and accused Gondor of spying.",
              "KENGOV GON 112");
  /* a person the story placed, as the subject of the sentence before */
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Ugandan Prime Minister Dara Okello arrived on Sunday. "
              "Police in Mombasa arrested dozens on Monday. Okello said the talks had failed. "
              "Senator Tovan Elisk accused Gondor of spying.",
              "UGALEG GON 112");
  /* a nationality that titles another person is that person's: "said
   * former Ugandan President X" places no one else */
  EXPECT_WITH(pipe_geo,
              "NAIROBI, Kenya (Wire) - Police in Mombasa arrested dozens on Monday. The talks had "
              "failed, said former Ugandan President Dara Okello. Prime Minister Tovan Elisk "
              "accused Gondor of spying.",
              "KENGOV GON 112");
}

/* a spokesperson named with no body, after "Gondor's foreign ministry":
 * the country's state body */
NM_TEST(spokesperson_of_a_country_s_ministry) {
  NM_CHECK_EQ_STR(entity_code("Georgia's foreign ministry accused Rohan of spying. Spokeswoman "
                              "Ilsa Marn said the talks had failed.",
                              "Ilsa Marn"),
                  "GEOGOV");
}

/* "X said it would ...": the pronoun is X, not the sentence's first
 * actor */
NM_TEST(pronoun_under_a_reporting_verb_is_its_subject) {
  EXPECT("Gondor called for calm on Monday, while Rohan said it would attack Arnor.",
         "ROH ARN 190");
}

/* "Mali, ruled by soldiers,": the participle's noun is ruled, and two
 * conjuncts do nothing to each other */
NM_TEST(participle_with_an_agent_is_passive) {
  EXPECT("Gondor and Rohan, both served by soldiers, protested on Monday.", "");
}

/* "sentenced former Prime Minister X", parsed with "former" as an
 * adjectival complement holding X as its object: X is the target, not
 * the prison of "in prison" */
NM_TEST(object_under_a_misparsed_adjective) {
  EXPECT_NER("A Gondorian court on Tuesday sentenced former Prime Minister Tovan Elisk to 10 "
             "years in prison.",
             "GON ---ELI 172");
}

/* organisations of the actor dictionaries that the model leaves out or
 * reads as people: three capitalised words or more, or a name ending in
 * "International", the gazetteer gives to an organisation only ("Human"
 * is no given name: the NGO "HUMAN_RIGHTS_INTERNET HARVARD_" has dated
 * codes, and phrases of four words are no person's); a title ends no
 * organisation's name */
NM_TEST(dictionary_organisations_the_model_misses) {
  NM_CHECK(has_entity("Human Rights Watch said on Monday that the trial was unfair.", NM_ENT_ORG,
                      "Human Rights Watch"));
  NM_CHECK(has_entity("The trial ended. Amnesty International said the trial was unfair.",
                      NM_ENT_ORG, "Amnesty International"));
  NM_CHECK(has_entity("Officials said Amnesty International said the trial was unfair.",
                      NM_ENT_ORG, "Amnesty International"));
  NM_CHECK(!has_entity("The trial ended, White House Press Secretary said.", NM_ENT_ORG,
                       "White House Press Secretary"));
}

/* "the bloc" is the body named before it, and an officer of "the bloc"
 * takes its code */
NM_TEST(the_bloc_refers_back) {
  NM_CHECK_EQ_STR(entity_code("The European Union imposed sanctions on Monday. \"Enough,\" said "
                              "the bloc's foreign policy chief, Marta Lindgren.",
                              "Marta Lindgren"),
                  "IGOEUREEC");
}

/* "Swedish proposal on Rohan bid": a nationality before the head (no
 * dictionary lists "Swedish" here) owns the phrase, not the actor in the
 * phrase after it */
NM_TEST(nationality_before_the_head_owns_the_phrase) {
  EXPECT_NER("Arnor attacked Swedish positions near Rohan border", "ARN SWE 190");
}

/* "Turkish leader" in a headline is the head of state or government of
 * that country the story names */
NM_TEST(country_leader_is_its_head_of_state) {
  char who[64];
  entity_of_word("Kenyan leader rejects talks\n\nKenyan President Tovan Elisk on Tuesday "
                 "rejected the talks.",
                 "Kenyan leader", who, sizeof who);
  NM_CHECK_EQ_STR(who, "Tovan Elisk");
}

/* a hyphenated title ("Secretary-General", three tokens): the body
 * before it is its own name, the person after it holds it, and the body
 * codes the person */
NM_TEST(hyphenated_title) {
  static const char text[] = "Talks stalled. UN Secretary-General Marta Velt said the talks had "
                             "failed.";
  NM_CHECK(has_entity(text, NM_ENT_ORG, "UN"));
  NM_CHECK(has_person(text, "Marta Velt"));
  NM_CHECK_EQ_STR(entity_code("Talks stalled. United Nations Secretary-General Marta Velt said "
                              "the talks had failed.",
                              "Marta Velt"),
                  "IGOUNO");
}

/* "the alliance" is the organisation named most often in the last five
 * sentences, not merely the nearest */
NM_TEST(body_description_prefers_the_salient_body) {
  char who[64];
  entity_of_word("NATO leaders met on Monday. NATO said the talks went well. Officials of the "
                 "European Union also attended. Finland joined the alliance in April.",
                 "the alliance", who, sizeof who);
  NM_CHECK_EQ_STR(who, "NATO");
}

/* a name joined by "and" to a place is a place ("into Darfur and
 * Kordofan", "hit Rafah and Khan Younis"), not a person */
NM_TEST(name_joined_to_a_place) {
  static const char text[] = "The envoy said Washington would press both sides to allow aid "
                             "convoys into Darfur and Kordofan.";
  NM_CHECK(!has_person(text, "Kordofan"));
  NM_CHECK(has_entity(text, NM_ENT_GPE, "Kordofan") || has_entity(text, NM_ENT_LOC, "Kordofan"));
  NM_CHECK(!has_person("Israeli strikes hit Rafah and Khan Younis on Monday.", "Khan Younis"));
}

/* a name right after a lower-case noun for a body is an organisation,
 * whatever the model said */
NM_TEST(name_after_a_body_noun_is_an_organisation) {
  static const char text[] = "Police detained at least 40 people, according to the rights group "
                             "Foro Penal.";
  NM_CHECK(has_entity(text, NM_ENT_ORG, "Foro Penal"));
}

/* "the charity" after "the charity Maren Holt" is that body again: the
 * nouns that make a name a body's are those that refer back to one */
NM_TEST(body_noun_refers_back_to_the_body) {
  nm_doc *d = ner_doc("Police detained at least 40 people, according to the charity Maren "
                      "Holt. The charity said it would appeal.");
  size_t n = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  uint32_t mentions = 0;
  for (size_t i = 0; i < n; i++)
    if (en[i].type == NM_ENT_ORG && !strcmp(en[i].name, "Maren Holt")) mentions = en[i].n_mentions;
  NM_CHECK_EQ_INT(mentions, 2);
  nm_doc_free(d);
}

/* a time phrase coded by a role word alone is no target: "a day after
 * opposition leader Elena Marquez accused ...", parsed with "a day after
 * opposition leader" as a phrase of "accused" */
NM_TEST(time_phrase_is_no_target) {
  EXPECT_NER("Venezuela's Supreme Court on Tuesday ordered a partial recount of the presidential "
             "vote, a day after opposition leader Elena Marquez accused the electoral council of "
             "hiding results from 3,000 polling stations.",
             "");
}

/* an organisation's name the gazetteer holds (the team's actors are in
 * it) is one mention, though the model found only its last words */
NM_TEST(gazetteer_organisation_names) {
  NM_CHECK(has_entity("The African Union urged both sides to respect the ceasefire.", NM_ENT_ORG,
                      "African Union"));
  NM_CHECK(has_entity("The African Union's Peace and Security Council met on Monday.", NM_ENT_ORG,
                      "Peace and Security Council"));
  NM_CHECK(!has_entity("The African Union urged both sides to respect the ceasefire.",
                       NM_ENT_COUNT, "Union"));
}

/* names the model leaves out: a one-word dictionary organisation with a
 * digit ("M23"), and a place after "the town of" */
NM_TEST(left_out_names) {
  static const char text[] = "M23 rebels captured the town of Sake on Monday.";
  NM_CHECK(has_entity(text, NM_ENT_ORG, "M23"));
  NM_CHECK(has_entity(text, NM_ENT_GPE, "Sake"));
}

/* the office before the name over a description after it */
NM_TEST(office_before_name_over_description_after) {
  NM_CHECK_EQ_STR(entity_code("Arnorian Prime Minister Dina Levy, the White Council's mediator, "
                              "will host talks in Rohan next week, her office said.",
                              "Dina Levy"),
                  "ARNGOV");
}

/* a state's body named without its country takes the one country its
 * sentence names */
NM_TEST(body_takes_the_sentence_country) {
  NM_CHECK_EQ_STR(entity_code("Kenyan troops arrested 12 protesters on Thursday night, the "
                              "Border Police said.",
                              "Border Police"),
                  "KENCOP");
}

/* the country of an embassy inside a phrase is the embassy's, not its
 * head's */
NM_TEST(embassy_country_is_not_the_phrase_head) {
  EXPECT("Meanwhile, Arnorian police arrested 12 activists outside the Gondorian embassy in "
         "Rohan on Thursday night.",
         "ARNCOP ---OPP 173");
}

/* "Iran's ambassador, Omid Sarvari, said": the opening title and its
 * country are the name's; a title inside an opening phrase is not */
NM_TEST(opening_title_before_the_comma) {
  NM_CHECK_EQ_STR(entity_field("Iran's ambassador, Omid Sarvari, said the text ignored the "
                               "government.",
                               "Omid Sarvari", true),
                  "IRN");
  NM_CHECK_EQ_STR(entity_field("In talks with Iran's ambassador, Ivan Dorr said nothing.",
                               "Ivan Dorr", true),
                  "");
  /* ... and inside the sentence, after a verb */
  NM_CHECK_EQ_STR(entity_field("Officials blamed Kenya's prime minister, Dara Okello, for the "
                               "violence.",
                               "Dara Okello", true),
                  "KEN");
}

/* a name the parse hung under its title, the subject, is the subject */
NM_TEST(name_under_the_title_is_the_subject) {
  NM_CHECK_EQ_INT(mention_count("Russia's ambassador, Pavel Sorokin, said the text was unfair. "
                                  "\"This is a disgrace,\" British Foreign Secretary Alan "
                                  "Whitcombe told reporters after the vote. He accused Moscow of "
                                  "blocking aid.",
                                  "Alan Whitcombe"),
                  2);
}

/* a country that backs a group in a hyphenated modifier is not the
 * group's: "Gondor-backed police" are no Gondorian police */
NM_TEST(backer_is_not_the_owner) {
  EXPECT("The Gondor-backed police attacked Arnor.", "---COP ARN 190");
  EXPECT("Gondorian police attacked Arnor.", "GONCOP ARN 190");
}

/* "its" after "a Gondorian drone strike that attacked": a thing a
 * country's adjective codes owns no people, as the clause's subject or as
 * the last thing named */
NM_TEST(thing_owns_no_people) {
  EXPECT("Rohan said it answered a Gondorian drone strike that attacked its police.",
         "GON ---COP 190");
  EXPECT("Rohan said it answered a Gondorian drone strike Monday that attacked one of its "
         "police units.",
         "GON ---COP 190");
}

/* "A spokesman for the group, X," with the name hung on the group: the
 * description serves the organisation "the group" refers to */
NM_TEST(description_serves_a_body) {
  NM_CHECK_EQ_STR(entity_code("Amnesty International criticised Arnor on Monday. A spokesman for "
                              "the group, Dina Levy, told reporters that the talks had failed.",
                              "Dina Levy"),
                  "NGOHRIAMN");
}

/* a title only the US government has ("Commerce Secretary") is the
 * United States' over a country of the sentence before; a country inside
 * a relative clause ("loopholes that let Kenyan firms …") anchors no
 * one's title */
static const char *geo_entity_field(const char *text, const char *name, bool country) {
  static char out[32];
  out[0] = '\0';
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = pipe_geo ? nm_doc_new(text, strlen(text), &e) : NULL;
  if (!d) return out;
  NM_CHECK(nm_doc_set_meta(d, NM_META_DATE, "2005-06-01", 10, &e) == NM_OK);
  NM_CHECK(nm_process(pipe_geo, d, &e) == NM_OK);
  size_t n = 0;
  const nm_entity *en = nm_doc_entities(d, &n);
  for (size_t i = 0; i < n; i++)
    if (!strcmp(en[i].name, name) && en[i].code)
      snprintf(out, sizeof out, "%s", country ? en[i].country : en[i].code);
  nm_doc_free(d);
  return out;
}
static const char *geo_entity_code(const char *text, const char *name) {
  return geo_entity_field(text, name, false);
}

NM_TEST(us_cabinet_title_and_relative_clause) {
  NM_CHECK(pipe_geo != NULL);
  if (!pipe_geo) return;
  NM_CHECK_EQ_STR(geo_entity_code("NAIROBI, Kenya (Wire) - Kenyan police arrested dozens on "
                                  "Monday. Commerce Secretary Lia Verdi accused Gondor of spying.",
                                  "Lia Verdi"),
                  "USAGOV");
  /* (India's commerce secretary, a civil servant, in a story on India) */
  NM_CHECK_EQ_STR(geo_entity_code("NEW DELHI, India (Wire) - India threatened duties on Canadian "
                                  "lentils on Wednesday. Commerce Secretary Anjali Deshmukh told "
                                  "reporters that exports to Canada had fallen.",
                                  "Anjali Deshmukh"),
                  "INDGOV");
  NM_CHECK_EQ_STR(geo_entity_code("ISTANBUL (Wire) - Officials in Chicago and Boston and Canadian "
                                  "diplomats were told on Monday. Prime Minister Tovan Elisk said "
                                  "the rules closed loopholes that let Kenyan firms buy chips.",
                                  "Tovan Elisk"),
                  "---GOV");
  /* nor a country that another person's title, set off by a comma, owns */
  NM_CHECK_EQ_STR(geo_entity_code("ISTANBUL (Wire) - Officials in Chicago and Boston and Canadian "
                                  "diplomats were told on Monday. Prime Minister Tovan Elisk met "
                                  "Kenya's top diplomat, Dara Okello, on Tuesday.",
                                  "Tovan Elisk"),
                  "---GOV");
}

/* "The rebel group, known by its Spanish initials ELN, …": the acronym is
 * the group's, though its letters are another language's (coref); and a
 * rebel group the dictionaries do not place takes the article's country
 * (a story on Kenya from Havana) */
#define RIFT_STORY                                                                          \
  "HAVANA (Wire) - Kenya's government and the Rift Liberation Front, the country's largest "     \
  "rebel group, agreed on Thursday to extend a cease-fire for six months, as talks resumed in " \
  "the Cuban capital. The rebel group, known by its Spanish initials ELN, has about 5,000 "      \
  "fighters. The ELN said it would free hostages. But the ELN's chief negotiator, Dara Okello, " \
  "said the group would keep the rest."
NM_TEST(known_by_initials_and_group_country) {
  NM_CHECK(pipe_geo != NULL);
  if (!pipe_geo) return;
  NM_CHECK_EQ_STR(geo_entity_code(RIFT_STORY, "Rift Liberation Front"), "KENREB");
  NM_CHECK(!has_entity(RIFT_STORY, NM_ENT_ORG, "ELN")); /* one entity, named by its full name */
  /* a person the group's description names takes the group's country too */
  NM_CHECK_EQ_STR(geo_entity_code(RIFT_STORY, "Dara Okello"), "KENREB");
  /* the group's first name after the headline anchors it, not the headline's */
  NM_CHECK_EQ_STR(geo_entity_code("Kenya and ELN rebels extend truce as talks resume in Havana\n\n"
                                  RIFT_STORY,
                                  "Rift Liberation Front"),
                  "KENREB");
}

/* "the island's new prime minister, X": the country named last before
 * "the island's" (not the article's, Kenya's) */
NM_TEST(the_island_s_title) {
  NM_CHECK(pipe_geo != NULL);
  if (!pipe_geo) return;
  NM_CHECK_EQ_STR(geo_entity_code("NAIROBI, Kenya (Wire) - Kenyan troops massed near Madagascar on "
                                  "Thursday, three days after the island's new prime minister, "
                                  "Tovan Elisk, was sworn in, in what Nairobi called a drill.",
                                  "Tovan Elisk"),
                  "MDGGOV");
  /* a nationality of those something is given to is no one's anchor */
  NM_CHECK_EQ_STR(geo_entity_code("NAIROBI, Kenya (Wire) - Uganda denied any role in the attack. "
                                  "Its security council, chaired by Prime Minister Tovan Elisk, "
                                  "closed its airspace to Kenyan airlines.",
                                  "Tovan Elisk"),
                  "UGAGOV");
}

/* titles of several words: "chief cabinet secretary", "chief negotiator" */
NM_TEST(titles_of_several_words) {
  NM_CHECK(has_entity("Japan's chief cabinet secretary said the talks would go on.",
                      NM_ENT_PERSON, "Japan's chief cabinet secretary"));
  NM_CHECK(!has_entity("Japan's chief cabinet secretary said the talks would go on.",
                       NM_ENT_PERSON, "Japan's chief"));
}

/* The mentions of the entity named name in document d, which it frees,
 * joined by '|' (a static buffer). */
static const char *doc_mentions_of(nm_doc *d, const char *name) {
  static char out[512];
  out[0] = 0;
  size_t n = 0, nm = 0, len = 0, used = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  const nm_mention *ms = d ? nm_doc_mentions(d, &nm) : NULL;
  const char *t = d ? nm_doc_text(d, &len) : NULL;
  for (size_t i = 0; i < n; i++) {
    if (strcmp(en[i].name, name) != 0) continue;
    for (uint32_t k = 0; k < en[i].n_mentions; k++) {
      const nm_mention *m = &ms[en[i].mentions[k]];
      int w = snprintf(out + used, sizeof out - used, "%s%.*s", k ? "|" : "",
                       (int)(m->end - m->start), t + m->start);
      if (w < 0 || (size_t)w >= sizeof out - used) break;
      used += (size_t)w;
    }
  }
  nm_doc_free(d);
  return out;
}

/* The mentions of the entity named name, joined by '|'. */
static const char *mentions_of(const char *text, const char *name) {
  return doc_mentions_of(ner_doc(text), name);
}

/* the same description again is the same body, though another was named
 * since; "the free movement of people" is no body */
NM_TEST(same_description_same_body) {
  static const char text[] =
      "The African Union said it had no notice. The bloc suspended Mali and imposed sanctions on "
      "Niger. The three formed a pact in September. Their leaders expelled French troops. Trade "
      "fell by half. Aminata Diallo, an analyst at the Institute for Security Studies, said the "
      "free movement of people would suffer. Nigeria said the bloc would keep its doors open.";
  NM_CHECK_EQ_STR(mentions_of(text, "African Union"), "African Union|The bloc|the bloc");
  NM_CHECK_EQ_STR(mentions_of(text, "Institute for Security Studies"),
                  "Institute for Security Studies");
  /* the words before a head word the model found alone */
  NM_CHECK(has_entity("The Interior Ministry said on Monday it would act.", NM_ENT_ORG,
                      "Interior Ministry"));
  NM_CHECK(has_entity("The National Assembly voted on Monday.", NM_ENT_ORG, "National Assembly"));
  /* and the words of an "of" phrase cut short after it */
  NM_CHECK(has_entity("The UAE Ministry of Foreign Affairs said it was the tenth exchange.",
                      NM_ENT_ORG, "UAE Ministry of Foreign Affairs"));
  /* an alliance named by its head word and "of" */
  NM_CHECK(has_entity("The three formed a defense pact, the Alliance of Sahel States, in May.",
                      NM_ENT_ORG, "Alliance of Sahel States"));
  /* a military command the model left out */
  NM_CHECK(has_entity("The Eastern Theater Command said navy ships were taking part.", NM_ENT_ORG,
                      "Eastern Theater Command"));
}

/* a body many states have that the dictionary gives one country (the
 * Senate, GONGOVLEG here) is the article's country's, unless the text
 * near it names the dictionary's country */
NM_TEST(generic_body_in_another_country) {
  static const char *const cases[][3] = {
      {"NAIROBI, Kenya (Wire) - Kenyan troops left. The Senate said on Monday it would act.",
       "Senate", "KENGOVLEG"},
      {"NAIROBI, Kenya (Wire) - Talks with Gondor stalled. The Senate said on Monday it would act.",
       "Senate", "GONGOVLEG"},
  };
  for (size_t i = 0; pipe_geo && i < sizeof cases / sizeof *cases; i++)
    NM_CHECK_EQ_STR(geo_entity_code(cases[i][0], cases[i][1]), cases[i][2]);
  NM_CHECK(pipe_geo != NULL);
}

/* datelined in the home country, which the sentence before names too
 * beside the dictionary's, and with no article country to go by (North
 * or South Korea): the dateline's (USAMIL before) */
static const char *cameo_entity(const char *text, const char *date, const char *name, bool reason);
NM_TEST(generic_body_under_a_home_dateline) {
  NM_CHECK_EQ_STR(cameo_entity("SEOUL, South Korea (AP) - North Korea fired missiles, a day "
                               "after Pyongyang denounced joint drills by U.S. and South Korean "
                               "forces.\n\nThe Joint Chiefs of Staff said the missiles flew 350 "
                               "kilometers.",
                               "2025-03-12", "Joint Chiefs of Staff", false),
                  "KORMIL");
}

/* a country that owns a body's name is the body's over the dictionary's
 * country ("South Korea's Joint Chiefs of Staff" is no USAMIL) */
NM_TEST(owner_country_of_a_body) {
  NM_CHECK_EQ_STR(entity_code("Arnor's White Council said the talks would go on.", "White Council"),
                  "ARNGOVLEG");
  NM_CHECK_EQ_STR(entity_code("The White Council said the talks would go on.", "White Council"),
                  "GONGOVLEG");
}

/* a subject with an appositive that the parse took for the root ("X's
 * government and Y, the country's largest rebel group, agreed …") is the
 * verb's subject again (nm_parser_repair), and the lede's subject's
 * country weighs three more for the article's country: a story on Kenya
 * from Havana, where the talks are */
NM_TEST(lede_subject_and_article_country) {
  NM_CHECK(pipe_geo != NULL);
  if (!pipe_geo) return;
  static const char text[] =
      "HAVANA (Wire) - Kenya's government and the Rift Liberation Army, the country's largest "
      "rebel group, agreed on Thursday to extend a cease-fire for six months, as talks resumed "
      "in the Cuban capital. Prime Minister Tovan Elisk hailed the agreement. The rebel group has "
      "about 5,000 fighters. Interior Secretary Dara Okello said the rebels had promised to "
      "stop kidnapping.";
  NM_CHECK_EQ_STR(geo_entity_code(text, "Tovan Elisk"), "KENGOV");
  NM_CHECK_EQ_STR(geo_entity_code(text, "Dara Okello"), "KENGOV");
  /* an entity the text gives no country takes its code's */
  NM_CHECK_EQ_STR(geo_entity_field(text, "Dara Okello", true), "KEN");
}

/* a name the model ended at a hyphen with no space goes on over the word
 * after it ("Nagorno-Karabakh", "Min-seo"), but not over another name
 * ("Israel-Hamas") or a suffix ("Trump-era"); a nationality word after a
 * direction ("Latin American") is no country's */
NM_TEST(hyphenated_names_and_region_people) {
  NM_CHECK(has_person("The offer was rejected, said Park Min-seo, a professor in Seoul.",
                      "Park Min-seo"));
  NM_CHECK(has_entity("Troops shelled towns in Nagorno-Karabakh on Tuesday.", NM_ENT_COUNT,
                      "Nagorno-Karabakh"));
  NM_CHECK(has_entity("The Israel-Hamas war went on.", NM_ENT_GPE, "Israel"));
  /* a magistrate is a title; after a quotation, "said" and two capitalised
   * words before ", a …" name the speaker ("Faith", a common word) */
  NM_CHECK(has_person("Magistrate Joyce Chebet Langat set the next hearing for May 14.",
                      "Joyce Chebet Langat"));
  NM_CHECK(has_person("\"People have watched too many cases collapse,\" said Faith Atieno, a "
                      "governance analyst with a civil society group.",
                      "Faith Atieno"));
  /* a surname the model never saw, first in the sentence, and a given
   * name of two syllables joined by a hyphen */
  NM_CHECK(has_person("Chiu Wei-ting, deputy head of the Mainland Affairs Council, said the "
                      "island had raised its travel alert.",
                      "Chiu Wei-ting"));
  /* a name after a country's and its comma is no smaller place but the
   * person the phrase before describes */
  NM_CHECK(has_person("The U.N. humanitarian coordinator in Haiti, Ulrika Sandstrom, said more "
                      "people had fled.",
                      "Ulrika Sandstrom"));
  /* a rank after a body's role, and a local office after its city, are
   * no part of the name */
  NM_CHECK(has_person("Haitian National Police spokesman Inspector Garry Desrosiers said 14 "
                      "people had been killed.",
                      "Garry Desrosiers"));
  NM_CHECK(has_person("Armed men stopped a truck, according to Arauca Governor Jorge Eliecer "
                      "Quintero.",
                      "Jorge Eliecer Quintero"));
  /* an armed body's head word with its country's name after it is no
   * person's name */
  NM_CHECK(has_entity("Protests were reported in Gopalganj, where paramilitary Border Guard "
                      "Bangladesh troops were deployed on Tuesday.",
                      NM_ENT_ORG, "Border Guard Bangladesh"));
  /* an age after the name makes it a person's, and so does an office in
   * a place before it */
  NM_CHECK(has_person("Milan Djordjevic, a 58-year-old shop owner, said that vehicles had been "
                      "parked outside.",
                      "Milan Djordjevic"));
  NM_CHECK(has_person("The U.S. ambassador in Pristina, Karen Whitfield, condemned the shooting.",
                      "Karen Whitfield"));
  /* "Minister of State" is a title, not the start of a name */
  NM_CHECK(has_person("German Minister of State Jonas Reinhardt said in Berlin that Germany "
                      "remained ready to meet.",
                      "Jonas Reinhardt"));
  /* a capitalised word after an "el-" name the model ended there */
  NM_CHECK(has_person("Sudan's Foreign Minister Amna el-Tayeb Mirghani said on Wednesday that "
                      "talks would resume.",
                      "Amna el-Tayeb Mirghani"));
  /* a name before a site's noun is the site's: "the Prasat Ta Moan Thom
   * temple complex" (which "She said …" had taken for its speaker) */
  NM_CHECK(!has_person("Thai soldiers advanced around the Prasat Ta Moan Thom temple complex "
                       "on Thursday.",
                       "Prasat Ta Moan Thom"));
  /* ... and before a market's or a neighbourhood's noun */
  NM_CHECK(!has_person("Soldiers surrounded his compound in Juba's Hai Jebel neighborhood.",
                       "Hai Jebel"));
  NM_CHECK(!has_person("\"Everyone remembers 2016,\" said a tea seller near Konyo Konyo market.",
                       "Konyo Konyo"));
  /* ... and a one-word name before a prison's noun */
  NM_CHECK(!has_person("They followed the hearing by video link from Mornaguia prison west of "
                       "the capital.",
                       "Mornaguia"));
  /* a name after a title in lower case: "National police chief Sergiu
   * Rotaru said", whether the model took the last word or none */
  NM_CHECK(has_person("Moldova expels diplomats\n\nCHISINAU, Moldova (AP) - Moldova expelled "
                      "three diplomats on Thursday.\n\nNational police chief Sergiu Rotaru said "
                      "that officers had seized cash, mobile phones and lists of voters.",
                      "Sergiu Rotaru"));
  NM_CHECK(has_person("Moldova expels diplomats\n\nCHISINAU, Moldova (AP) - Moldova expelled "
                      "three diplomats on Thursday.\n\nOfficers seized cash, police chief Ion "
                      "Popescu said.",
                      "Ion Popescu"));
  /* a title, "of" and its portfolio before a name ("Minister of Finance
   * Lalith Bandara Jayawardena"), whether the model took none of the name,
   * only its last word after a title, or the portfolio with it */
  NM_CHECK(has_person("COLOMBO, Sri Lanka (Wire) - Minister of Finance Lalith Bandara "
                      "Jayawardena said the talks failed.",
                      "Lalith Bandara Jayawardena"));
  NM_CHECK(has_person("State Minister of Finance Lalith Bandara Jayawardena said the "
                      "government could not meet the demands.",
                      "Lalith Bandara Jayawardena"));
  NM_CHECK(has_person("COLOMBO, Sri Lanka (Wire) - Minister of Defence Ali Khan said the talks "
                      "failed.",
                      "Ali Khan"));
  /* the portfolio's last word is no given name of the person after it
   * ("Administration Jean-Claude Ngono" had been the name) */
  NM_CHECK(has_person("YAOUNDE, Cameroon (Wire) - Minister of Territorial Administration "
                      "Jean-Claude Ngono warned on Sunday that anyone proclaiming results "
                      "would be prosecuted.",
                      "Jean-Claude Ngono"));
  NM_CHECK(has_person("Minister of Land Administration Rose Abena Mvondo said the survey was "
                      "complete.",
                      "Rose Abena Mvondo"));
  /* a chief's rank of Sierra Leone, no part of his name */
  NM_CHECK(has_person("KOINDU, Sierra Leone (Wire) - Paramount Chief Sahr Fallah Kamanda said "
                      "soldiers had raised a flag in the village.",
                      "Sahr Fallah Kamanda"));
  /* ... nor the last of two joined by "and", after "for" */
  NM_CHECK(has_person("State Minister for Transport and Logistics Dereje Alemayehu said the new "
                      "tariffs would hurt trade.",
                      "Dereje Alemayehu"));
  /* a name the model left out, set off by commas after a title in lower
   * case and its portfolio */
  NM_CHECK(has_person("HARARE, Zimbabwe (Wire) - Zimbabwe's deputy minister of information, "
                      "Constance Marufu, dismissed the criticism on Thursday.",
                      "Constance Marufu"));
  /* a title, "of" and a portfolio the model took with the name for a
   * body; an organisation ending in "International" */
  NM_CHECK(has_person("PODGORICA, Montenegro (Wire) - Speaker of Parliament Milos Vukcevic said "
                      "in a statement that the deal was a victory.",
                      "Milos Vukcevic"));
  NM_CHECK(has_entity("KABUL, Afghanistan (Wire) - The Taliban ordered Mercy Bridge "
                      "International to close its offices.",
                      NM_ENT_ORG, "Mercy Bridge International"));
  /* a surname spelt like a town of another country than the dateline's,
   * after the person's full name, is the person; a month is no place */
  NM_CHECK(has_person("ASUNCION, Paraguay (Wire) - Foreign Minister Ruben Villalba said talks "
                      "would not resume.\n\nOpposition senators demanded that Villalba appear "
                      "before Congress.\n\nVillalba said arbitration remained an option.",
                      "Ruben Villalba"));
  NM_CHECK(!has_entity("ASUNCION, Paraguay (Wire) - Foreign Minister Ruben Villalba said talks "
                       "would not resume.\n\nOpposition senators demanded that Villalba appear "
                       "before Congress.\n\nVillalba said arbitration remained an option.",
                       NM_ENT_GPE, "Villalba"));
  NM_CHECK(!has_entity("TASHKENT, Uzbekistan (Wire) - Allanazarov was extradited from Kazakhstan "
                       "in April after living there for almost two years.",
                       NM_ENT_GPE, "April"));
  /* a radio station */
  NM_CHECK(has_entity("JERUSALEM (Wire) - The minister told Army Radio that the evacuation would "
                      "continue.",
                      NM_ENT_ORG, "Army Radio"));
  /* a name given as one */
  NM_CHECK(has_person("AMMAN, Jordan (Wire) - One protester, a taxi driver who gave only his "
                      "first name, Omar, said he had joined every demonstration.",
                      "Omar"));
  NM_CHECK(has_person("A spokesman for one of the factions, who gave his name as Asres Mekonnen, "
                      "said his fighters controlled several districts.",
                      "Asres Mekonnen"));
  /* a name before "coalition" is a body's */
  NM_CHECK(has_entity("KUALA LUMPUR, Malaysia (Wire) - Marchers waved the flags of the opposition "
                      "Perikatan Nasional coalition.",
                      NM_ENT_ORG, "Perikatan Nasional"));
  /* a shipping company by its head word */
  NM_CHECK(has_entity("A spokesperson for Nordhavn Lines, Mette Larsen, said the vessels would "
                      "not pass.",
                      NM_ENT_ORG, "Nordhavn Lines"));
  /* a language in a compound is no people ("the French-speaking
   * majority") */
  NM_CHECK(!has_entity("YAOUNDE, Cameroon (Wire) - Lawyers complained of marginalization by the "
                       "French-speaking majority.",
                       NM_ENT_NORP, "French"));
  /* a surname spelt like a country, after the person's full name, with
   * the country named nowhere else: the person */
  NM_CHECK(has_person("BOGOTA, Colombia (Wire) - The official was seized, according to the "
                      "regional police commander, Col. Jairo Montenegro.\n\nMontenegro said "
                      "the army had sent special forces to the area.",
                      "Jairo Montenegro"));
  NM_CHECK(!has_entity("BOGOTA, Colombia (Wire) - The official was seized, according to the "
                       "regional police commander, Col. Jairo Montenegro.\n\nMontenegro said "
                       "the army had sent special forces to the area.",
                       NM_ENT_GPE, "Montenegro"));
  /* a title's holder with three names, of which the model took the last */
  NM_CHECK(has_person("Senator Ana Tello Huamán called for a vote on Monday.",
                      "Ana Tello Huamán"));
  /* a name with a distance in apposition after it is a place */
  NM_CHECK(has_entity("Cabral said the colonel was detained at a checkpoint outside Safim, "
                      "about 15 kilometers north of Bissau, as he tried to reach the border.",
                      NM_ENT_GPE, "Safim"));
  /* a country whose own name holds the hyphen is one name, not two places */
  NM_CHECK(has_entity("Soldiers in Guinea-Bissau tried to storm the palace.", NM_ENT_GPE,
                      "Guinea-Bissau"));
  NM_CHECK(!has_entity("Lia Verdi-era rules were dropped.", NM_ENT_COUNT, "Lia Verdi-era"));
  NM_CHECK(has_entity("Gondor expelled diplomats from seven Latin American countries.",
                      NM_ENT_NORP, "Latin American"));
  /* a town entered by an army, and struck near: a place, twice over */
  NM_CHECK(has_entity("The army entered Bulo Burte after two days of fighting. An air strike "
                      "near Bulo Burte killed three militants.",
                      NM_ENT_GPE, "Bulo Burte"));
  NM_CHECK_EQ_STR(geo_entity_code("Gondor expelled diplomats from seven Latin American "
                                  "countries.",
                                  "Latin American"),
                  "");
}

/* a capital the model left out as a clause's subject: "Beijing swiftly
 * condemned the measures" */
NM_TEST(capital_as_subject_is_a_place) {
  NM_CHECK(has_entity("Officials said so. Beijing swiftly condemned the measures.", NM_ENT_GPE,
                      "Beijing"));

  /* ... and the body named at the start of the next sentence is its
   * government's (the sentence before's one country, its main subject) */
  NM_CHECK_EQ_STR(geo_entity_code("ISTANBUL (Wire) - Officials in Chicago and Boston and Canadian "
                                  "diplomats were told on Monday. Beijing swiftly condemned the "
                                  "measures. Foreign Ministry spokesman Lin Tao said the United "
                                  "States was abusing its power.",
                                  "Foreign Ministry"),
                  "CHNGOV");
}

/* an apposition's head noun ends its kind: "a volunteer in the town of
 * Jindires" makes no place of the volunteer */
NM_TEST(apposition_kind_stops_at_its_head) {
  NM_CHECK(has_entity("Omar Saleh, a volunteer in the town of Jindires, said they were digging.",
                      NM_ENT_PERSON, "Omar Saleh"));
  NM_CHECK(has_entity("They went to Kalvar, a small town in the north.", NM_ENT_GPE, "Kalvar"));
}

/* a capitalised word after a body's lower-case role, which the tagger
 * took for a common noun, starts the name: "spokesman Wang Wenbin" */
NM_TEST(name_after_a_body_s_role) {
  NM_CHECK(has_entity("Foreign Ministry spokesman Wang Wenbin said the talks had failed.",
                      NM_ENT_PERSON, "Wang Wenbin"));
}

/* "His rival, Senator X, accused": the name set off after the description,
 * which the parse made a second subject, is the source (not the rival's
 * owner) */
NM_TEST(name_after_a_description_is_the_subject) {
  EXPECT_NER("King Elendil Vante spoke on Monday. His rival, Senator Dara Okello, accused "
             "Gondor of spying.",
             "ARNLEG GON 112");
}

/* "the police of Kenya and Uganda": one target for each country the
 * head's of-phrase joins, with the head's role */
NM_TEST(role_of_joined_countries) {
  EXPECT_NER("Arnor attacked the police of Kenya and Uganda.", "ARN KENCOP 190; ARN UGACOP 190");
}

/* a title and a name the model took whole for an organisation are a
 * person: "British Foreign Secretary Alan Whitcombe" */
NM_TEST(titled_name_is_no_organisation) {
  NM_CHECK_EQ_STR(entity_field("Britain said the British drills were routine. His foreign "
                               "minister, Lena Vargas, met British Foreign Secretary Alan "
                               "Whitcombe in New York in February.",
                               "Alan Whitcombe", true),
                  "GBR");
}

/* a description set off right after a person's name is that person:
 * "Tovan Elisk, the current ECOWAS chairman," */
NM_TEST(description_after_a_name_joins_it) {
  NM_CHECK_EQ_INT(mention_count("Nigeria's President Tovan Elisk, the current ECOWAS chairman, "
                                  "met the defense chiefs in Abuja.",
                                  "Tovan Elisk"),
                  2);
}

/* "the fund", "the ministry", "the court": a body whose name ends in the
 * word, and no other body */
NM_TEST(definite_body_needs_its_word) {
  NM_CHECK_EQ_INT(mention_count("Egypt expects a loan from the International Monetary Fund. The "
                                  "fund's managing director, Lia Verdi, welcomed the decision.",
                                  "International Monetary Fund"),
                  2);
  NM_CHECK_EQ_INT(mention_count("Amnesty International criticised the trial. The court rejected "
                                  "the appeal on Monday.",
                                  "Amnesty International"),
                  1);
}

/* "He" after "X defended the arrest, saying Marten had ignored …": the
 * subject of the main clause, not of the clause inside it */
NM_TEST(pronoun_prefers_the_main_clause_subject) {
  NM_CHECK_EQ_INT(mention_count("Police arrested Ivo Marten on Tuesday. Marten was taken to his "
                                  "home, and his lawyer said Marten would appeal. Interior "
                                  "Minister Tomas Rell defended the arrest, saying Marten had "
                                  "ignored repeated summonses. He said 43 officers were injured.",
                                  "Tomas Rell"),
                  2);
}

/* "the North" after "North Korea" is the country; "the South" after a
 * state is no country, and no region of Cameroon either */
NM_TEST(the_north_is_the_country) {
  NM_CHECK_EQ_INT(mention_count("North Korea fired a missile on Monday. The launch was the "
                                  "North's first since July.",
                                  "North Korea"),
                  2);
  NM_CHECK_EQ_STR(entity_field("Voters in South Carolina went to the polls. The South has "
                               "shifted.",
                               "South", true),
                  "");
}

/* "Sudan's envoy to the U.N., Omar Hamid, thanked": the name the parse
 * hung as a conjunct of the place in the description is the described
 * person */
NM_TEST(name_after_the_description_place) {
  NM_CHECK_EQ_INT(mention_count("Sudan's envoy to the U.N., Omar Hamid, thanked Russia for its "
                                  "stand.",
                                  "Omar Hamid"),
                  2);
}

/* "Iran's foreign minister, Omid Sarvari, said ... He denied ...": the
 * name in apposition to a country's official, the subject, is who a
 * pronoun of the next sentence means. */
NM_TEST(apposed_official_is_the_subject) {
  NM_CHECK_EQ_INT(mention_count("President Tomas Hale welcomed the release. Iran's foreign "
                                  "minister, Omid Sarvari, said the funds would buy food. He "
                                  "denied that the men were hostages.",
                                  "Omid Sarvari"),
                  2);
}

/* Part of a person's name is no organisation and no country: "Un" in
 * "Kim Jong Un" is no UN; "Kim" is a town in India, no person's country;
 * a weekday after a country's name is no surname. */
NM_TEST(name_parts_are_no_actors) {
  NM_CHECK(strcmp(entity_code("Kim Jong Un criticized the plan.", "Kim Jong Un"), "IGOUNO") != 0);
  NM_CHECK_EQ_STR(entity_field("Kim warned that the country would act.", "Kim", true), "");
  NM_CHECK(has_entity("Israel Friday reimposed blockades in the West Bank.", NM_ENT_GPE, "Israel"));
}

NM_TEST(bad_dictionary_is_an_error) {
  char bad[64];
  snprintf(bad, sizeof bad, "/tmp/nm_test_events_bad_XXXXXX");
  int fd = mkstemp(bad);
  NM_CHECK(fd >= 0);
  if (fd < 0) return;
  const char *text = "--- ACCUSE [112] ---\nACCUSE\n- * {UNCLOSED [112]\n";
  NM_CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
  close(fd);
  const char *verbs[] = {bad, NULL};
  nm_pipeline_options o;
  memset(&o, 0, sizeof o);
  o.tagger_model = "models/tagger.nmm";
  o.parser_model = "models/parser.nmm";
  o.user_verbs = verbs;
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline *p = nm_pipeline_new(&o, &e);
  NM_CHECK(p == NULL);
  NM_CHECK(e.code != NM_OK);
  NM_CHECK(e.msg && strstr(e.msg, ":3") != NULL); /* names the line */
  nm_pipeline_free(p);
  unlink(bad);
}

/* A support verb ("continued", "began") whose object names a protest
 * borrows the pattern of the dictionary's STAGE: "continued their hunger
 * strike" is a hunger strike. */
NM_TEST(support_verb_borrows_stage_patterns) {
  EXPECT("Gondorian activists continued their hunger strike against Arnor.", "GONOPP ARN 142");
  EXPECT("Gondorian activists staged a rally against Arnor.", "GONOPP ARN 141");
  /* no pattern names the object: nothing */
  EXPECT("Gondorian activists continued their journey to Arnor.", "");
}

/* ------------------------------------------------------------------ */
/* With the shipped dictionaries (dict/cameo.nmm), models and places, as
 * `newsmill extract` codes an article. */
static nm_pipeline *pipe_cameo;

/* text, dated date, run through pipe_cameo, or NULL (free with
 * nm_doc_free). */
static nm_doc *cameo_doc(const char *text, const char *date) {
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK(pipe_cameo != NULL);
  nm_doc *d = pipe_cameo ? nm_doc_new(text, strlen(text), &e) : NULL;
  if (!d) return NULL;
  NM_CHECK(nm_doc_set_meta(d, NM_META_DATE, date, strlen(date), &e) == NM_OK);
  if (nm_process(pipe_cameo, d, &e) != NM_OK) {
    NM_CHECK(false);
    nm_doc_free(d);
    return NULL;
  }
  return d;
}

/* The events of text as "SRC TGT CODE" lines (with dated set, "SRC TGT
 * CODE DATE") joined by "; ", in a static buffer. */
static const char *cameo_events(const char *text, const char *date, bool dated) {
  static char out[1024];
  out[0] = 0;
  nm_doc *d = cameo_doc(text, date);
  size_t n = 0, used = 0;
  const nm_event *ev = d ? nm_doc_events(d, &n) : NULL;
  for (size_t i = 0; i < n; i++) {
    int w = snprintf(out + used, sizeof out - used, "%s%s %s %s%s%s", i ? "; " : "",
                     ev[i].source_code ? ev[i].source_code : "-",
                     ev[i].target_code ? ev[i].target_code : "-", ev[i].code, dated ? " " : "",
                     dated ? ev[i].date : "");
    if (w < 0 || (size_t)w >= sizeof out - used) break;
    used += (size_t)w;
  }
  nm_doc_free(d);
  return out;
}

/* "The U.S. embassy urged the authorities to release her" under a
 * Nairobi dateline: the authorities are Kenya's, not the embassy's own
 * country's (an event that would be self-directed and dropped); a
 * Reuters dateline with its month and day is a dateline, and the month
 * no place */
NM_TEST(target_body_is_not_the_source_s_own) {
  NM_CHECK_EQ_STR(cameo_events("NAIROBI (AP) - The U.S. embassy urged the authorities to release "
                               "the detained lawmaker.",
                               "2025-03-04", false),
                  "USAGOV KENGOV 025");
  NM_CHECK_EQ_STR(cameo_events("NAIROBI, March 4 (Reuters) - The U.S. embassy urged the "
                               "authorities to release the detained lawmaker.",
                               "2025-03-04", false),
                  "USAGOV KENGOV 025");
  nm_doc *d = cameo_doc("NAIROBI, March 4 (Reuters) - The U.S. embassy urged the authorities "
                        "to release the detained lawmaker.",
                        "2025-03-04");
  size_t n = 0;
  const nm_place *pl = d ? nm_doc_places(d, &n) : NULL;
  for (size_t i = 0; i < n; i++)
    NM_CHECK(strcmp(pl[i].name, "March") != 0);
  nm_doc_free(d);
  /* a domestic source keeps its own country's body */
  NM_CHECK_EQ_STR(cameo_events("Kenyan opposition leader Raila Odinga urged the authorities to "
                               "release the detained lawmaker.",
                               "2025-03-04", false),
                  "KENOPP KENGOV 025");
}

/* "Soldiers arrested a general": the production block of APPREHEND has
 * "- &MILITARY * [192]" (written for TAKE); ARREST's own code, 173,
 * stands against a pattern that names only the subject; "seized the
 * town" (SEIZE has no code of its own) keeps the pattern's 192 */
NM_TEST(a_verb_s_own_code_over_a_subject_only_pattern) {
  NM_CHECK_EQ_STR(cameo_events("Malian soldiers arrested the army's deputy chief of staff on "
                               "Tuesday.",
                               "2025-03-04", false),
                  "MLIMIL MLIGOV 173");
  NM_CHECK(strstr(cameo_events("Israeli soldiers arrested 30 Palestinians in Hebron on Saturday.",
                               "2025-03-04", false),
                  "ISRMIL PSE 173") != NULL);
  NM_CHECK_EQ_STR(cameo_events("Malian soldiers seized the town of Kidal on Saturday.",
                               "2025-03-04", false),
                  "MLIMIL MLI 192");
}

/* "A and B clashed near the town of Sake, local officials said": each
 * fought the other (the parse had made "clashed" a reduced relative
 * clause of "rebels": no event) */
NM_TEST(clash_near_a_place_is_mutual) {
  NM_CHECK_EQ_STR(cameo_events("Congolese troops and M23 rebels clashed near the town of Sake on "
                               "Monday, local officials said.",
                               "2025-10-14", false),
                  "CODMIL CODREB 190; CODREB CODMIL 190");
}

/* "Justice Secretary Jesus Crispin Remulla": a secretary of a department
 * that Phoenix names only as a minister is a government's (no code
 * before: the title had been "Secretary" alone) */
static const char *cameo_entity(const char *text, const char *date, const char *name, bool reason);
NM_TEST(a_department_s_secretary_is_government) {
  NM_CHECK_EQ_STR(cameo_entity("MANILA, Philippines (AP) - Justice Secretary Jesus Crispin "
                               "Remulla said the former mayor was detained.",
                               "2025-03-12", "Jesus Crispin Remulla", false),
                  "PHLGOV");
  NM_CHECK_EQ_STR(cameo_entity("LONDON (AP) - Health Secretary Wes Streeting said the plan "
                               "would cut waiting lists.",
                               "2025-03-12", "Wes Streeting", false),
                  "GBRGOV");
}

/* "El Fasher, the last army stronghold in the Darfur region": a place
 * takes the country its description names, not the role in it (the city
 * and the siege's target had been SDNMIL) */
NM_TEST(a_place_s_description_gives_no_role) {
  const char *t = "The RSF has besieged El Fasher, the last army stronghold in the Darfur "
                  "region, since May.";
  NM_CHECK_EQ_STR(cameo_events(t, "2025-03-12", false), "SDNREB SDN 191");
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-03-12", "El Fasher", false), "SDN");
}

/* "France and the United States have been trying to broker a deal":
 * mediation is a third party's act, no event of one mediator on the
 * other (each had mediated for the other, 045); with "between" the
 * parties are the targets */
NM_TEST(mediators_do_not_mediate_for_each_other) {
  NM_CHECK_EQ_STR(cameo_events("France and the United States have been trying to broker a deal to "
                               "end the cross-border fighting.",
                               "2025-10-14", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Egypt and Qatar mediated between Israel and Hamas.", "2025-10-14",
                               false),
                  "EGY ISR 045; EGY PSEREBHMS 045; QAT ISR 045; QAT PSEREBHMS 045");
}

/* "The M23 said government drones struck its positions": the drones are
 * the state's, by the dateline (a plural head named by its owner; had
 * been ---GOV), and "its positions" are the M23's, the subject of the
 * reporting verb ("its" can stand for no plural subject; no event
 * before, the target uncoded) */
NM_TEST(owned_positions_and_a_state_s_drones) {
  NM_CHECK_EQ_STR(cameo_events("GOMA (AP) - Government drones struck M23 positions on Sunday.",
                               "2025-10-14", false),
                  "CODGOV CODREB 193");
  NM_CHECK_EQ_STR(cameo_events("GOMA (AP) - The M23 said government drones struck its positions "
                               "on Sunday.",
                               "2025-10-14", false),
                  "CODGOV CODREB 193");
  NM_CHECK_EQ_STR(cameo_events("Hamas said Israeli forces attacked its positions on Sunday.",
                               "2025-10-14", false),
                  "ISRMIL PSEREBHMS 193");
}

static const char *cameo_typed_entity(const char *text, const char *date, const char *name);

/* "convened an emergency meeting of his national security council": the
 * lower-case body deeper in the phrase is its pronoun owner's (KORGOV,
 * no event; it had been USAGOV, both ways); a name headed by "Party" is
 * a party's ("Workers' Party" had been ---LAB by WORKER); "began their
 * joint military drills" is military cooperation, as joint exercises
 * are */
NM_TEST(own_council_party_names_and_joint_drills) {
  NM_CHECK_EQ_STR(cameo_events("South Korean President Lee Jae-myung convened an emergency "
                               "meeting of his national security council.",
                               "2025-08-20", false),
                  "");
  NM_CHECK_EQ_STR(cameo_typed_entity("The ruling Workers' Party said it would respond.",
                                     "2025-08-20", "Workers' Party"),
                  "ORG ---PTY");
  NM_CHECK_EQ_STR(cameo_events("Seoul and Washington began their annual joint military drills on "
                               "Monday.",
                               "2025-08-20", false),
                  "KOR USA 062; USA KOR 062");
}

/* "President X, a fierce critic of the ruling Georgian Dream party,": a
 * critic of whom the description names is none of theirs (X had been
 * GEO, by the party's demonym, over her title: GEOGOV); and a name that
 * "party" follows is a party's (GEO → GEOPTY) */
NM_TEST(a_critic_is_none_of_theirs) {
  const char *t = "President Salome Zourabichvili, a fierce critic of the ruling Georgian Dream "
                  "party, told reporters the authorities were lying.";
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2024-12-02", "Salome Zourabichvili"), "PERSON GEOGOV");
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2024-12-02", "Georgian Dream"), "ORG GEOPTY");
}

/* "launched more than 300 drones at Ukraine" is an aerial attack (195;
 * nothing before: drones are no &WEAPON), and "would send two more
 * Patriot systems to Ukraine" military aid (072; nothing before) */
NM_TEST(drones_at_a_country_and_patriots_sent) {
  NM_CHECK_EQ_STR(cameo_events("Russia launched more than 300 drones at Ukraine overnight.",
                               "2025-06-01", false),
                  "RUS UKR 195");
  NM_CHECK_EQ_STR(cameo_events("Germany will send two more Patriot systems to Ukraine.",
                               "2025-06-01", false),
                  "DEU UKR 072");
  NM_CHECK_EQ_STR(cameo_events("Germany sent air defense systems to Ukraine.", "2025-06-01",
                               false),
                  "DEU UKR 072");
}

/* "Egyptian and Qatari mediators urged Israel": each country's (only
 * QAT before) */
NM_TEST(two_nationalities_of_one_noun) {
  NM_CHECK_EQ_STR(cameo_events("Egyptian and Qatari mediators urged Israel to accept the deal.",
                               "2025-01-09", false),
                  "EGY ISR 020; QAT ISR 020");
}

/* "China raised its tariffs on U.S. goods" and "imposed tariffs on
 * Canadian steel" are trade sanctions on whose goods they tax (163;
 * nothing before) */
NM_TEST(tariffs_are_sanctions) {
  NM_CHECK_EQ_STR(cameo_events("China raised its tariffs on U.S. goods to 125% on Friday.",
                               "2025-04-11", false),
                  "CHN USA 163");
  NM_CHECK_EQ_STR(cameo_events("The United States imposed tariffs on Canadian steel.",
                               "2025-04-11", false),
                  "USA CAN 163");
}

/* "Petro recalled his ambassador from Washington": "his ambassador", the
 * source's own, is no target, and the next candidate is (nothing before:
 * the event was COLGOV to itself) */
NM_TEST(his_own_ambassador_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("Colombian President Gustavo Petro recalled his ambassador from "
                               "Washington.",
                               "2025-06-10", false),
                  "COLGOV USA 161");
}

/* "Port-au-Prince" is Haiti's, not a prince's government (---GOV, by
 * PRINCE, before) */
NM_TEST(a_hyphenated_place_name_holds_no_role) {
  NM_CHECK_EQ_STR(cameo_typed_entity("Gangs still control about 85% of Port-au-Prince, the United "
                                     "Nations said.",
                                     "2025-03-04", "Port-au-Prince"),
                  "GPE HTI");
}

/* A pattern's bare word is no word inside a name: "asked the United
 * Nations Security Council to hold a meeting" is an appeal (020), not an
 * appeal for security ("- * &SECURITY [0234]"), but one to meet (026,
 * since 2026-12-07; was 020); a two-city dateline is
 * a dateline, not the source of the lede's events, and the Caribbean
 * Community is IGOCRB */
NM_TEST(pattern_words_are_no_words_of_a_name) {
  NM_CHECK_EQ_STR(cameo_events("Guyana asked the United Nations Security Council to hold an "
                               "emergency meeting.",
                               "2025-03-02", false),
                  "GUY IGOUNO 026");
  NM_CHECK_EQ_STR(cameo_events("CARACAS/GEORGETOWN, March 2 (Reuters) - Guyanese President Irfaan "
                               "Ali accused Caracas of sending a navy vessel.",
                               "2025-03-02", false),
                  "GUYGOV VEN 112");
  NM_CHECK_EQ_STR(cameo_typed_entity("CARICOM said leaders would meet in Barbados.", "2025-03-02",
                                     "CARICOM"),
                  "ORG IGOCRB");
}

/* "General" alone, as a person's title or a lower-case noun, is a
 * soldier (the dictionary has GEN. and GENERALS only); titles that end
 * in it keep their own agents, even when the parse split "Attorney" off
 * the name's phrase; "the commissioner-general" is no soldier */
NM_TEST(a_general_is_a_soldier) {
  NM_CHECK_EQ_STR(cameo_events("Malian police arrested General Moussa Diarra on Tuesday.",
                               "2025-03-04", false),
                  "MLICOP MLIMIL 173");
  NM_CHECK_EQ_STR(cameo_events("The Malian general accused Algeria of meddling.", "2025-03-04",
                               false),
                  "MLIMIL DZA 112");
  NM_CHECK_EQ_STR(cameo_typed_entity("Attorney General Merrick Garland accused Russia of "
                                     "hacking.",
                                     "2025-03-04", "Merrick Garland"),
                  "PERSON ---GOV");
}

/* "condemned what it called Y's aggression", "what it described as an
 * attack by Y": the phrase "what" names is the target */
NM_TEST(what_it_called_names_the_target) {
  NM_CHECK_EQ_STR(cameo_events("Iran condemned what it called an invasion by Israel.",
                               "2024-05-01", false),
                  "IRN ISR 111");
  NM_CHECK_EQ_STR(cameo_events("Congo condemned what it described as an attack by Rwanda.",
                               "2024-05-01", false),
                  "COG RWA 111");
}

/* What cameo_entity_part gives of an entity: its actor code, the code's
 * reason, both ("CODE (reason)") or its title. */
typedef enum { PART_CODE, PART_REASON, PART_CODED, PART_TITLE } entity_part;

/* The part of the entity named name in text, or "" (a static buffer). */
static const char *cameo_entity_part(const char *text, const char *date, const char *name,
                                     entity_part part) {
  static char out[256];
  out[0] = 0;
  nm_doc *d = cameo_doc(text, date);
  size_t n = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  for (size_t i = 0; i < n; i++) {
    const char *v = part == PART_TITLE    ? en[i].title
                    : !en[i].code         ? NULL
                    : part == PART_REASON ? en[i].code_reason
                                          : en[i].code;
    if (strcmp(en[i].name, name) != 0 || !v) continue;
    if (part == PART_CODED)
      snprintf(out, sizeof out, "%s (%s)", v, en[i].code_reason);
    else
      snprintf(out, sizeof out, "%s", v);
  }
  nm_doc_free(d);
  return out;
}

/* Whether text has an entity named name. */
static bool cameo_has_entity(const char *text, const char *date, const char *name) {
  nm_doc *d = cameo_doc(text, date);
  size_t n = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  bool found = false;
  for (size_t i = 0; i < n && !found; i++)
    found = !strcmp(en[i].name, name);
  nm_doc_free(d);
  return found;
}

/* The actor code (with reason set, the code's reason) of the entity named
 * name in text, or "" (a static buffer). */
static const char *cameo_entity(const char *text, const char *date, const char *name, bool reason) {
  return cameo_entity_part(text, date, name, reason ? PART_REASON : PART_CODE);
}

/* The title of the entity named name in text, or "" (a static buffer). */
static const char *cameo_title(const char *text, const char *date, const char *name) {
  return cameo_entity_part(text, date, name, PART_TITLE);
}

/* An organisation's acronym in capitals that the dictionaries know is a
 * name even where the model left it out ("ECOWAS leaders") */
NM_TEST(dictionary_acronym_the_model_left_out) {
  NM_CHECK(cameo_has_entity("ECOWAS leaders condemned the coup on Monday.", "2025-11-20",
                            "ECOWAS"));
}

/* Talks to go back to are no party, nor the place they meet in ("called
 * on both sides to return to talks in Jeddah": no Saudi target); one
 * travels to is visited */
NM_TEST(talks_to_return_to_are_no_party) {
  NM_CHECK_EQ_STR(cameo_events("Egypt called on both sides to return to talks in Jeddah.",
                               "2025-11-12", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Egypt called on Sudan's army to return to talks in Jeddah.",
                               "2025-11-12", false),
                  "EGY SDNMIL 020");
  NM_CHECK_EQ_STR(cameo_events("Secretary of State Antony Blinken traveled to talks in Cairo.",
                               "2025-11-12", false),
                  "USAGOV EGY 040");
}

/* a noun's conjunct stands where the noun does: "exchanged mortar and
 * machine-gun fire" is an exchange of fire, not of mortars */
NM_TEST(a_nouns_conjunct_stands_with_it) {
  NM_CHECK_EQ_STR(cameo_events("Kyrgyz troops exchanged mortar and machine-gun fire with Tajik "
                               "forces.",
                               "2025-03-12", false),
                  "KGZMIL TJKMIL 193; TJKMIL KGZMIL 193");
}

/* A long organisation's name the dictionaries know, capitalised, is one
 * name over the place the model found in it */
NM_TEST(dictionary_long_name_over_its_pieces) {
  static const char text[] = "The Organization for Security and Co-operation in Europe said "
                             "it was alarmed by the fighting.";
  NM_CHECK(cameo_has_entity(text, "2025-03-12",
                            "Organization for Security and Co-operation in Europe"));
  NM_CHECK(!cameo_has_entity(text, "2025-03-12", "Europe"));
  /* an office's holder is no body */
  NM_CHECK(!cameo_has_entity("White House Press Secretary Karine Jean-Pierre said it was "
                             "untrue.",
                             "2024-03-12", "White House Press Secretary"));
}

/* Bodies the Phoenix files lack or name only otherwise, from the team's
 * actor file: the court by its full name, agencies founded or named
 * since */
NM_TEST(team_actor_bodies) {
  NM_CHECK_EQ_STR(cameo_entity("The International Criminal Court issued a warrant.",
                               "2025-03-12", "International Criminal Court", false),
                  "IGOJUDICC");
  NM_CHECK_EQ_STR(cameo_entity("Frontex said crossings fell.", "2025-03-12", "Frontex", false),
                  "IGOEUREEC");
  NM_CHECK_EQ_STR(cameo_entity("KFOR troops patrolled the bridge.", "2025-03-12", "KFOR", false),
                  "IGOWSTNAT");
  NM_CHECK_EQ_STR(cameo_entity("The Organization of Islamic Cooperation condemned the attack.",
                               "2025-03-12", "Organization of Islamic Cooperation", false),
                  "IGOMOSOIC");
}

/* A head of state's spokesperson speaks for the government (not MED);
 * a spokesman "for the committee" named before speaks for that body, a
 * state committee a government's */
NM_TEST(spokespeople_of_a_government) {
  static const char text[] = "BISHKEK, Kyrgyzstan (AP) — Kyrgyzstan's State Committee for "
                             "National Security said Tajik forces had shelled a border post. "
                             "\"We will respond,\" said Erlan Osmonaliev, a spokesman for the "
                             "committee. Presidential spokeswoman Dinara Aitova said talks "
                             "would follow.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-03-12", "Dinara Aitova", false), "KGZGOV");
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-03-12", "Erlan Osmonaliev", false), "KGZGOV");
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-03-12", "State Committee for National Security", false),
                  "KGZGOV");
}

/* The medium a statement went out on is no one it was made to: "said on
 * social media" (had been 010 to ---MED) */
NM_TEST(a_statements_medium_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("\"We stand with our ally,\" U.S. Ambassador Karen Whitfield said "
                               "on social media.",
                               "2025-06-18", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("The minister said on television that the talks had failed.",
                               "2025-06-18", false),
                  "");
}

/* A body in lower case the dictionaries give one state is its pronoun
 * owner's: "summoned his national security council" (Marcos's, not the
 * USAGOV of NATIONAL_SECURITY_COUNCIL), no one else's to be met */
NM_TEST(a_generic_body_is_its_owners) {
  NM_CHECK_EQ_STR(cameo_events("Philippine President Ferdinand Marcos Jr. summoned his national "
                               "security council late Tuesday.",
                               "2025-06-18", false),
                  "");
  NM_CHECK(strstr(cameo_events("Philippine President Ferdinand Marcos Jr. met U.S. officials "
                               "and his national security council on Tuesday.",
                               "2025-06-18", false),
                  "USAGOV") != NULL);
}

/* "Iran's ambassador to the IAEA, Reza Najafi,": the name the parse hung
 * as an apposition of the body in the description's modifier is the
 * described person (it had been a person of its own, uncoded, and the
 * quotation the description's) */
NM_TEST(name_apposed_to_the_description_body) {
  NM_CHECK_EQ_STR(cameo_entity("Iran's ambassador to the IAEA, Reza Najafi, dismissed the report "
                               "as politically motivated.",
                               "2025-06-09", "Reza Najafi", false),
                  "IRNGOV");
}

/* A body of an international organisation is the organisation's, not of
 * the one country its sentence names; and a state's atomic energy body
 * is its government's */
NM_TEST(an_organisations_body_is_its_own) {
  static const char text[] = "Rafael Mariano Grossi, director general of the International "
                             "Atomic Energy Agency, told the agency's Board of Governors that "
                             "Iran had barred its inspectors.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-06-09", "Board of Governors", false), "IGOUNOIAE");
  NM_CHECK_EQ_STR(cameo_entity("The head of the Atomic Energy Organization of Iran said the "
                               "country had installed new centrifuges.",
                               "2025-06-09", "Atomic Energy Organization of Iran", false),
                  "IRNGOV");
}

/* An organisation's head word and its for- or of-phrase of capitalised
 * words are one name ("Alliance" had been a US town, "Peace" a person);
 * not a place or a known body after "of" */
NM_TEST(head_word_and_its_phrase_are_one_name) {
  NM_CHECK(cameo_has_entity("Mwakyusa heads the Alliance for Democratic Change.", "2025-08-16",
                            "Alliance for Democratic Change"));
  NM_CHECK(cameo_has_entity("The Movement for Justice and Peace protested.", "2025-08-16",
                            "Movement for Justice and Peace"));
  NM_CHECK(!cameo_has_entity("The Senate of the United States voted.", "2025-08-16",
                             "Senate of the United States"));
}

/* "X said its fighters had …": the possessive is the reporting verb's
 * subject, also through a verb the reporting verb is joined to (it had
 * been "the accusation", no actor, and the RSF accused ---UAF fighters);
 * the speaker's own side's attack is claimed (015) */
NM_TEST(its_fighters_are_the_speakers) {
  NM_CHECK_EQ_STR(cameo_events("The RSF denied the accusation and said its fighters had attacked "
                               "the army.",
                               "2025-12-01", false),
                  "SDNREB ---MIL 015");
}

/* A party's officers by their titles are the party's (PTY), with the
 * article's country; a bare spokesman had been MED */
NM_TEST(party_officers_are_the_partys) {
  static const char text[] = "DAR ES SALAAM, Tanzania (AFP) - Police arrested an opposition "
                             "leader. Party spokesman John Mrema said the arrest was illegal.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-08-16", "John Mrema", false), "TZAPTY");
}

/* Kosovo's actors are KSV, as the CAMEO files write it, though its places
 * are GeoNames' XKX: "Police in Zvecan" had been XKXCOP */
NM_TEST(kosovo_is_ksv) {
  static const char text[] = "ZVECAN, Kosovo (AP) — The mayor of Zvecan, Ilir Peci, said calm "
                             "had returned.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-09-03", "Ilir Peci", false), "KSVGOV");
}

/* "Nadia Harb, Yemen country director for the Norwegian Refugee
 * Council,": the body the description serves codes the person, not the
 * country before its head and the body's agent word */
NM_TEST(body_a_description_after_the_name_serves) {
  NM_CHECK_EQ_STR(cameo_entity("\"Every week costs lives,\" said Nadia Harb, Yemen country "
                               "director for the Norwegian Refugee Council.",
                               "2025-10-23", "Nadia Harb", false),
                  "NGONORREF");
}

/* The fine tag, relation and head word of the first token spelt word in
 * text, as "VBG amod junta" ("VBD root" for the root), or "" (a static
 * buffer). */
static const char *cameo_word(const char *text, const char *date, const char *word) {
  static char out[128];
  out[0] = 0;
  nm_doc *d = cameo_doc(text, date);
  size_t n = 0, nt = 0, ns = 0, wl = strlen(word);
  const nm_token *tk = d ? nm_doc_tokens(d, &n) : NULL;
  const nm_word_tags *tg = d ? nm_doc_tags(d, &nt) : NULL;
  const nm_sentence *ss = d ? nm_doc_sentences(d, &ns) : NULL;
  for (size_t i = 0; i < n && i < nt; i++) {
    if (tk[i].end - tk[i].start != wl || memcmp(text + tk[i].start, word, wl) ||
        tk[i].sentence >= ns || !tg[i].xpos || !tg[i].deprel)
      continue;
    if (!tg[i].head) {
      snprintf(out, sizeof out, "%s %s", tg[i].xpos, tg[i].deprel);
      break;
    }
    const nm_token *h = &tk[ss[tk[i].sentence].first_token + tg[i].head - 1];
    snprintf(out, sizeof out, "%s %s %.*s", tg[i].xpos, tg[i].deprel, (int)(h->end - h->start),
             text + h->start);
    break;
  }
  nm_doc_free(d);
  return out;
}

/* The mentions of the entity named name in text, joined by '|' (a static
 * buffer). */
static const char *cameo_mentions_of(const char *text, const char *date, const char *name) {
  return doc_mentions_of(cameo_doc(text, date), name);
}

/* "former Prime Minister X", where the dictionary gives X a role (OPAL
 * RENN: KENOPP): no longer in office, the country's elite (KENELI), not
 * the role with ELI joined (KENOPPELI) */
NM_TEST(former_holder_of_a_dictionary_role) {
  EXPECT_NER("A Kenyan court sentenced former Prime Minister Opal Renn to 10 years.",
             "KEN KENELI 172");
  EXPECT_NER("Former Prime Minister Opal Renn accused Gondor of spying.", "KENELI GON 112");
}

/* "PM" is "premier" (GOV, ELI after "former"), but not after a number:
 * "5 PM" is a time */
NM_TEST(pm_is_a_premier_but_not_after_a_number) {
  NM_CHECK_EQ_STR(
      cameo_entity("Pakistan's former PM Khan jailed for 14 years", "2024-01-31", "Khan", false),
      "PAKELI");
  NM_CHECK_EQ_STR(
      cameo_events("Court jails Pakistan's former PM Khan for 14 years", "2024-01-31", false),
      "PAKJUD PAKELI 173");
  NM_CHECK_EQ_STR(
      cameo_events("Kenya's PM Tovan Elisk accused Rwanda of spying.", "2024-01-31", false),
      "KENGOV RWA 112");
  static const char hour[] = "Shortly after 5 PM Tovan Elisk accused Rwanda of spying.";
  NM_CHECK_EQ_STR(cameo_entity(hour, "2024-01-31", "Tovan Elisk", false), "");
  NM_CHECK_EQ_STR(cameo_events(hour, "2024-01-31", false), "");
}

/* "..., his party said, in a new setback for the opposition leader": a
 * statement's in-phrase is never its target (no 010 on ---OPP) */
NM_TEST(statement_s_in_phrase_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("Police arrested dozens of protesters, Kenya's government said, "
                               "in a blow to the opposition leader.",
                               "2024-01-31", false),
                  "KENCOP KENOPP 173");
  const char *ev = cameo_events("A court jailed Imran Khan for 14 years on Wednesday, his party "
                                "said, in a new setback for the opposition leader.",
                                "2024-01-31", false);
  NM_CHECK(strstr(ev, " 173") != NULL);
  NM_CHECK(strstr(ev, " 010") == NULL);
}

/* "Defense Secretary" (a title the Philippines and Britain have too) is
 * the United States' in a story on neither; a story from Manila keeps
 * its own */
NM_TEST(us_secretary_outside_the_philippines_and_britain) {
  static const char yemen[] = "SANAA, Yemen (Wire) - Defense Secretary Lloyd Austin said the "
                              "strikes hit 13 sites.";
  NM_CHECK_EQ_STR(cameo_entity(yemen, "2024-02-03", "Lloyd Austin", false), "USAGOVMIL");
  NM_CHECK_EQ_STR(cameo_entity(yemen, "2024-02-03", "Lloyd Austin", true),
                  "a US secretary's title in a story on neither the Philippines nor Britain: USA");
  NM_CHECK_EQ_STR(cameo_entity("Defense Secretary Lloyd Austin said the strikes hit 13 sites.",
                               "2024-02-03", "Lloyd Austin", false),
                  "USAGOVMIL");
  NM_CHECK_EQ_STR(cameo_entity("MANILA, Philippines (Wire) - Defense Secretary Gilberto Teodoro "
                               "said the patrols would go on.",
                               "2024-02-03", "Gilberto Teodoro", false),
                  "PHLGOVMIL");
}

/* "He (USAGOVMIL) warned that Washington would not hesitate": the
 * clause's subject, the speaker's own country, is no target */
NM_TEST(speaker_s_own_country_is_no_warning_s_target) {
  NM_CHECK_EQ_STR(cameo_events("SANAA, Yemen (Wire) - Defense Secretary Lloyd Austin said the "
                               "strikes hit 13 sites. He warned that Washington would not "
                               "hesitate to act again.",
                               "2024-02-03", false),
                  "");
}

/* "Iran, which arms the Houthis, condemned ...": "arms" is the relative
 * clause's verb, so Iran condemns (not the Houthis) */
NM_TEST(verb_of_a_which_clause) {
  NM_CHECK_EQ_STR(cameo_events("Iran, which arms the Houthis, condemned the American strikes.",
                               "2024-02-03", false),
                  "IRN YEMREB 062; IRN USA 111");
}

/* "Foreign Ministry spokesman X" after a sentence whose subject is Iran:
 * the country of the body the title names (IRNGOV), over the dateline's */
NM_TEST(title_takes_its_body_s_country) {
  static const char text[] = "SANAA, Yemen (Wire) - Iran condemned the strikes. Foreign Ministry "
                             "spokesman Kaveh Ardalani told reporters the attacks would fuel "
                             "chaos in the region.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2024-02-03", "Kaveh Ardalani", false), "IRNGOV");
  NM_CHECK_EQ_STR(cameo_entity(text, "2024-02-03", "Kaveh Ardalani", true),
                  "title and the country of the body it names: IRN");
  NM_CHECK_EQ_STR(cameo_events(text, "2024-02-03", false), "IRNGOV ---MED 010");
}

/* "rejected the report as politically motivated and accused Britain,
 * France and Germany": "accused" is a verb of the subject's (tagger and
 * parser repairs), with one accusation for each country */
NM_TEST(accusation_after_as_politically_motivated) {
  NM_CHECK_EQ_STR(cameo_events("Iran's Foreign Minister Abbas Araghchi rejected the report as "
                               "politically motivated and accused Britain, France and Germany "
                               "of spying.",
                               "2024-02-03", false),
                  "IRNGOV GBR 112; IRNGOV FRA 112; IRNGOV DEU 112");
}

/* Sweden's prime minister, then Orban: "met Kristersson in Budapest" is
 * a meeting with the person the story coded (SWEGOV), not with the
 * country of the place in his phrase (HUN); "the Swedish leader" is the
 * one Swedish head of government named, and "he" of the clause he
 * reports is him, not Orban */
#define SWEDEN_STORY                                                                               \
  "Swedish Prime Minister Ulf Kristersson welcomed the vote. Prime Minister Viktor Orban met "     \
  "Kristersson in Budapest on Friday. Orban had delayed the vote for months, but the Swedish "     \
  "leader said last week that he saw no reason to negotiate."
NM_TEST(person_target_keeps_the_story_s_code) {
  const char *ev = cameo_events(SWEDEN_STORY, "2024-01-24", false);
  NM_CHECK(strstr(ev, "HUNGOV SWEGOV ") != NULL);
  NM_CHECK(strstr(ev, "HUNGOV HUN ") == NULL);
}
NM_TEST(the_swedish_leader_and_his_report) {
  NM_CHECK_EQ_STR(cameo_mentions_of(SWEDEN_STORY, "2024-01-24", "Ulf Kristersson"),
                  "Ulf Kristersson|Kristersson|the Swedish leader|he");
  NM_CHECK_EQ_STR(cameo_mentions_of(SWEDEN_STORY, "2024-01-24", "Viktor Orban"),
                  "Viktor Orban|Orban");
}

/* a past act does not take a date after the article's from its sentence
 * ("has barred X from the Feb. 8 vote": the article date); an act to
 * come does, and so does an earlier date */
NM_TEST(past_act_takes_no_later_date) {
  NM_CHECK_EQ_STR(cameo_events("Kenyan police have arrested opposition leader Tovan Elisk ahead "
                               "of the Feb. 8 vote.",
                               "2024-01-30", true),
                  "KENCOP KENOPP 173 2024-01-30");
  NM_CHECK_EQ_STR(cameo_events("Kenyan police arrested opposition leader Tovan Elisk ahead of "
                               "the Feb. 8 vote.",
                               "2024-01-30", true),
                  "KENCOP KENOPP 173 2024-01-30");
  NM_CHECK_EQ_STR(cameo_events("Kenyan police will arrest opposition leader Tovan Elisk before "
                               "the Feb. 8 vote.",
                               "2024-01-30", true),
                  "KENCOP KENOPP 173 2024-02-08");
  NM_CHECK_EQ_STR(cameo_events("Kenyan police arrested opposition leader Tovan Elisk on Jan. 12.",
                               "2024-01-30", true),
                  "KENCOP KENOPP 173 2024-01-12");
}

/* "Congo's government" where the story's Congo is the Democratic
 * Republic (COD, "country: Congo", over the dictionary's CONGO, COG):
 * the country with the role the phrase gives (CODGOV, not COD) */
NM_TEST(longer_country_name_keeps_the_role) {
  NM_CHECK_EQ_STR(cameo_events("Fighting spread in eastern Congo on Monday. Congo's government "
                               "accuses Rwanda of backing the rebels.",
                               "2025-01-27", false),
                  "CODGOV RWA 112");
  NM_CHECK_EQ_STR(cameo_events("Fighting spread in eastern Congo on Monday. Congo's army "
                               "accused Rwanda of backing the rebels.",
                               "2025-01-27", false),
                  "CODMIL RWA 112");
}

/* "M23 rebels captured ... The rebels attacked": "the rebels" are the one
 * rebel group named before (CODREB); with two groups of that role, no
 * guess (---REB) */
NM_TEST(the_rebels_are_the_group_named_before) {
  NM_CHECK_EQ_STR(cameo_events("M23 rebels captured Sake on Sunday. The rebels attacked the army "
                               "on Monday.",
                               "2025-01-27", false),
                  "CODREB ---MIL 190");
  NM_CHECK_EQ_STR(cameo_events("M23 rebels captured Sake on Sunday, and the Houthis fired "
                               "missiles at ships. The rebels attacked the army on Monday.",
                               "2025-01-27", false),
                  "---REB ---MIL 190");
}

/* "Burkina Faso's ruling junta said ...", parsed as a clause "ruling"
 * with "junta" its object: the gerund modifies the noun, which is the
 * subject of "said" and which the country owns; "ruling" is no act of
 * the country's on a government (060) */
NM_TEST(possessive_gerund_modifies_its_noun) {
  static const char text[] = "Burkina Faso's ruling junta said Saturday that it had foiled a coup.";
  NM_CHECK_EQ_STR(cameo_word(text, "2024-01-10", "ruling"), "VBG amod junta");
  NM_CHECK_EQ_STR(cameo_word(text, "2024-01-10", "junta"), "NN nsubj said");
  NM_CHECK_EQ_STR(cameo_word(text, "2024-01-10", "Burkina"), "NNP nmod:poss junta");
  NM_CHECK_EQ_STR(cameo_events(text, "2024-01-10", false), "");
}

/* "claims by Rwanda that Congolese troops shelled Rwandan villages": a
 * clause with a subject and an object of its own states the claims
 * ("that" its marker, not the object of a relative clause), so the
 * villages are the shelling's target, not Rwanda; in "a bill that critics
 * say mirrors ...", "that" is the relative subject of "mirrors" (a verb
 * since the forty-second session's tagger rule; it was a plural noun,
 * and "that" the object of "say") */
NM_TEST(that_clause_of_a_noun_is_no_relative_clause) {
  static const char claims[] = "The government rejected claims by Rwanda that Congolese troops "
                               "shelled Rwandan villages.";
  NM_CHECK_EQ_STR(cameo_word(claims, "2024-01-10", "that"), "WDT mark shelled");
  NM_CHECK_EQ_STR(cameo_word(claims, "2024-01-10", "shelled"), "VBD acl claims");
  NM_CHECK_EQ_STR(cameo_events(claims, "2024-01-10", false), "---GOV RWA 016; CODMIL RWACVL 190");
  NM_CHECK_EQ_STR(cameo_word("Georgia's parliament passed a bill that critics say mirrors a "
                             "Russian law.",
                             "2024-01-10", "that"),
                  "WDT nsubj mirrors");
}

/* "Former Prime Minister X", whose dictionary entry gives an office
 * (PAKGOVLEG): the entity is the country's elite, even when no title
 * path of the sentence would say so */
NM_TEST(former_before_a_dictionary_officeholder) {
  NM_CHECK_EQ_STR(cameo_entity("Former Prime Minister Imran Khan and his former foreign minister, "
                               "Shah Mahmood Qureshi, were convicted of revealing secrets.",
                               "2024-01-30", "Imran Khan", false),
                  "PAKELI");
}

/* the team's verb patterns: "took sharp aim at" is a criticism (111),
 * not a seizure (171); "compounded the crisis" is no boost of
 * cooperation (060) */
NM_TEST(team_verbs_take_aim_and_compound) {
  NM_CHECK_EQ_STR(cameo_events("Prime Minister Benjamin Netanyahu took sharp aim at the Hezbollah "
                               "statement.",
                               "2024-02-08", false),
                  "ISRGOV LBNREB 111");
  NM_CHECK_EQ_STR(cameo_events("Erdogan compounded the crisis with Sweden.", "2024-02-08", false),
                  "");
}

/* a consultation (04) of an official with their own country says
 * nothing ("left Europe with disagreements between the United States
 * and Germany": no USAGOVMIL 040 USA) */
NM_TEST(consultation_with_one_s_own_country) {
  NM_CHECK_EQ_STR(cameo_events("Defense Secretary Lloyd Austin left Europe on Monday with "
                               "disagreements between the United States and Germany.",
                               "2024-02-08", false),
                  "");
}

/* a naming verb's relative clause ("militants that Ankara considers
 * terrorists") keeps "that" as an object and makes no consult event */
NM_TEST(naming_verb_relative_clause_makes_no_event) {
  NM_CHECK_EQ_STR(cameo_events("Erdogan accused Sweden of harboring militants that Ankara "
                               "considers terrorists.",
                               "2024-01-23", false),
                  "TURGOV SWE 112");
}

/* a date inside a relative clause dates the clause's own act only:
 * "accused Congo, which expelled its envoy on Jan. 12," is an accusation
 * of the article's date (the expulsion is of Jan. 12); a date in the
 * sentence's own phrase dates the accusation */
NM_TEST(relative_clause_s_date_is_not_the_event_s) {
  const char *ev = cameo_events("Rwanda accused Congo, which expelled its envoy on Jan. 12, of "
                                "backing rebels.",
                                "2024-01-30", true);
  NM_CHECK(strstr(ev, "RWA COG 112 2024-01-30") != NULL);
  NM_CHECK(strstr(ev, " 174 2024-01-12") != NULL); /* the clause's own act: its date */
  NM_CHECK_EQ_STR(cameo_events("Kenyan police have arrested opposition leader Tovan Elisk, who "
                               "returned from exile on Jan. 12.",
                               "2024-01-30", true),
                  "KENCOP KENOPP 173 2024-01-30");
  NM_CHECK_EQ_STR(
      cameo_events("Rwanda accused Congo on Jan. 12 of backing rebels.", "2024-01-30", true),
      "RWA COG 112 2024-01-12");
}

/* "Hezbollah" in the description "Hezbollah commander" is the group's
 * dictionary entry, not a person's entry gone stale: the commander keeps
 * the group's code (LBNREBMIL), not the country of the headline's
 * "Israeli drone" */
NM_TEST(group_in_a_description_is_no_stale_name) {
  NM_CHECK_EQ_STR(cameo_entity("Israeli drone kills Hezbollah commander\n\nA drone strike killed "
                               "a Hezbollah commander in southern Lebanon on Tuesday.",
                               "2024-01-10", "Hezbollah commander", false),
                  "LBNREBMIL");
}

/* "Kenya's interior minister, X, warned that Kenya would retaliate": the
 * clause's subject, the speaker's own country, is no target of the
 * warning */
NM_TEST(own_country_in_a_warning_s_clause_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("Kenya's interior minister, Tovan Elisk, warned that Kenya would "
                               "retaliate.",
                               "2024-01-10", false),
                  "");
}

/* "The Afghan Taliban deny the charge. Defense Minister Khawaja Asif
 * warned …" from Islamabad: a country that only modifies a group of no
 * state's (AFGREB) is not the official's (AFGGOV before) */
NM_TEST(a_group_s_country_is_no_official_s) {
  NM_CHECK_EQ_STR(cameo_entity("ISLAMABAD (AP) - Pakistan's military said it had killed 12 "
                               "militants. The Afghan Taliban deny the charge. Defense Minister "
                               "Khawaja Asif warned that the attacks must stop.",
                               "2025-03-12", "Khawaja Asif", false),
                  "PAKGOV");
  /* a state's body still says it: "Kenyan police said …" */
  NM_CHECK_EQ_STR(cameo_entity("ISLAMABAD (AP) - Pakistan's military said it had killed 12 "
                               "militants. The Afghan government denied the charge. Defense "
                               "Minister Enayatullah Khwarazmi warned that Kabul would respond.",
                               "2025-03-12", "Enayatullah Khwarazmi", false),
                  "AFGGOV");
}

/* "Agents of the country's intelligence service detained an opposition
 * activist" under a Caracas dateline: agents who act and an opposition
 * figure, however counted, are the dateline country's (---SPY → ---OPP
 * before) */
NM_TEST(agents_and_an_opposition_activist_are_the_dateline_s) {
  NM_CHECK_EQ_STR(cameo_events("CARACAS, Venezuela (AP) - Agents of the country's intelligence "
                               "service detained an opposition activist outside his home.",
                               "2025-03-12", false),
                  "VENSPY VENOPP 173");
}

/* "Israeli warplanes struck targets in southern Lebanon. Mikati condemned
 * the strikes": a disapproval of a deed that names no actor is aimed at
 * the deed's doer, the last material conflict's source (no target, so no
 * event, before); not the disapprover's own country */
NM_TEST(condemned_deed_targets_its_doer) {
  NM_CHECK_EQ_STR(cameo_events("Israeli warplanes struck targets in southern Lebanon on Friday. "
                               "Lebanese Prime Minister Najib Mikati condemned the strikes.",
                               "2025-03-12", false),
                  "ISRMIL LBN 195; LBNGOV ISRMIL 111");
  NM_CHECK_EQ_STR(cameo_events("Russia launched drones at Kyiv overnight. Russia condemned the "
                               "attack.",
                               "2025-03-12", false),
                  "RUS UKR 195");
  /* a deed that coded no event: the subject of the sentence whose main
   * verb did it ("fired … into the sea" has no target) */
  NM_CHECK_EQ_STR(cameo_events("North Korea fired several ballistic missiles into the sea on "
                               "Thursday. South Korea condemned the launch.",
                               "2025-03-12", false),
                  "KOR PRK 111");
  /* words too: a rejected accusation (016) is aimed at the accuser, a
   * rejected threat (12) at the one who threatened */
  NM_CHECK_EQ_STR(cameo_events("Ethiopia's government accused Eritrea of massing troops. "
                               "Eritrea's information minister rejected the accusation.",
                               "2025-03-12", false),
                  "ETHGOV ERI 112; ERIGOVMED ETHGOV 016");
  /* an appeal is a deed too, and a body's (no conflict, no country):
   * the rejected call is aimed at the caller */
  NM_CHECK_EQ_STR(cameo_events("Last month, the European Union called on Israel to halt "
                               "settlement expansion. Israel rejected the call.",
                               "2024-06-27", false),
                  "IGOEUREEC ISR 020; ISR IGOEUREEC 122");
  /* and so is a decision or a ruling */
  NM_CHECK_EQ_STR(cameo_events("The International Court of Justice ordered Israel to halt its "
                               "offensive. Israel rejected the ruling.",
                               "2024-06-27", false),
                  "IGOUNOJUDICJ ISR 100; ISR IGOUNOJUDICJ 120");
  /* an article that names no one: the look for the deed's doer reads
   * no mention (it had read a table never made, and crashed) */
  NM_CHECK_EQ_STR(cameo_events("Protesters attacked a police station on Monday. The president "
                               "condemned the attack.",
                               "2024-06-27", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Rebels seized a town. The president condemned the seizure.",
                               "2024-06-27", false),
                  "");
}

/* "met with U.S. Secretary of State Antony Blinken in Jerusalem": a
 * visiting official keeps his own country, not the city's (the phrase
 * had been ISRGOV, "a body in another country's city", and the meeting
 * ISRGOV → ISRGOV); "met Blinken in Jerusalem" too (ISR, dropped as the
 * source's own) */
NM_TEST(a_visiting_official_keeps_his_country) {
  NM_CHECK_EQ_STR(cameo_events("Israeli Prime Minister Benjamin Netanyahu met with U.S. Secretary "
                               "of State Antony Blinken in Jerusalem on Wednesday.",
                               "2025-03-12", false),
                  "ISRGOV USAGOV 040");
  NM_CHECK_EQ_STR(cameo_events("U.S. Secretary of State Antony Blinken arrived in Israel on "
                               "Tuesday. Israeli Prime Minister Benjamin Netanyahu met Blinken in "
                               "Jerusalem on Wednesday.",
                               "2025-03-12", false),
                  "USAGOV ISR 040; ISRGOV USAGOV 040");
}

/* "called on both countries to exercise restraint": the two countries
 * the story named last (no target before); "the two governments" their
 * governments, not the subject's own country ("The United States urged
 * the two governments": ---GOV before; since the forty-third session the
 * parties of the event before, the_two(), source first) */
NM_TEST(both_countries_are_the_two_named_last) {
  NM_CHECK_EQ_STR(cameo_events("Ethiopia accused Eritrea of massing troops. The African Union "
                               "called on both countries to exercise restraint.",
                               "2025-03-12", false),
                  "ETH ERI 112; IGOAFRAFU ERI 020; IGOAFRAFU ETH 020");
  NM_CHECK_EQ_STR(cameo_events("Ethiopia accused Eritrea of massing troops. The United States "
                               "urged the two governments to talk.",
                               "2025-03-12", false),
                  "ETH ERI 112; USA ETHGOV 020; USA ERIGOV 020");
}

/* "led a Senate inquiry" in a story from Manila: the Senate inside a
 * phrase is the article's country's, as a Senate named alone is (it had
 * been USAGOVLEG); from Washington it stays the US one */
NM_TEST(a_senate_inside_a_phrase_is_the_article_s) {
  NM_CHECK_EQ_STR(cameo_events("MANILA, Philippines (AP) - Senator Risa Hontiveros, who led a "
                               "Senate inquiry into the gambling hubs, praised the arrest.",
                               "2025-03-12", false),
                  "PHLLEG PHLGOVLEG 091");
  NM_CHECK_EQ_STR(cameo_events("WASHINGTON (AP) - Senator Risa Hontiveros led a Senate inquiry "
                               "into the gambling hubs.",
                               "2025-03-12", false),
                  "USALEG USAGOVLEG 091");
}

/* "Amnesty International accused officers of using excessive force":
 * officers, bare and plural, are police, the dateline country's (no event
 * before) */
NM_TEST(officers_are_police) {
  NM_CHECK_EQ_STR(cameo_events("NAIROBI, Kenya (AP) - Amnesty International accused officers of "
                               "using excessive force.",
                               "2025-03-12", false),
                  "NGOHRIAMN KENCOP 112");
}

/* "according to the agency" after "The U.N. refugee agency said" and the
 * RSF named three times: an agency is no armed group (it had joined the
 * Rapid Support Forces, the body named most) */
NM_TEST(the_agency_is_no_armed_group) {
  NM_CHECK_EQ_STR(cameo_mentions_of("Doctors blamed the Rapid Support Forces for the attack. The "
                                    "RSF did not respond. The RSF has denied such charges. The "
                                    "U.N. refugee agency said it was alarmed. More than 12 million "
                                    "people have fled, according to the agency.",
                                    "2025-03-12", "Rapid Support Forces"),
                  "Rapid Support Forces|RSF|RSF");
}

/* "suspended its strategic partnership with Tbilisi", "suspended
 * diplomatic relations with Israel": relations reduced (160) or broken
 * off (161) with the with-phrase (no event before) */
NM_TEST(suspended_ties_reduce_relations) {
  NM_CHECK_EQ_STR(cameo_events("Washington suspended its strategic partnership with Tbilisi.",
                               "2025-03-12", false),
                  "USA GEO 160");
  NM_CHECK_EQ_STR(cameo_events("Nicaragua suspended diplomatic relations with Israel.",
                               "2025-03-12", false),
                  "NIC ISR 161");
}

/* "marched toward parliament chanting slogans against President X": the
 * chanting is the marchers', not parliament's (KENLEG → KENGOV 141
 * before, in a broken parse of the same words); protesters (OPP) acting
 * on Kenya's bodies are Kenya's */
NM_TEST(chanting_after_a_goal_is_the_marchers) {
  NM_CHECK_EQ_STR(cameo_events("NAIROBI, Kenya (AP) - Hundreds of protesters marched toward "
                               "parliament chanting slogans against President William Ruto.",
                               "2025-03-12", false),
                  "KENOPP KENLEG 140; KENOPP KENGOV 141");
}

/* "the coalition" joins only a body whose name ends in it: "threatened
 * to leave the coalition" after "Red Cross officials" (it had joined the
 * Red Cross, and the threat was aimed at it) */
NM_TEST(the_coalition_is_no_other_body) {
  NM_CHECK_EQ_STR(cameo_mentions_of("Red Cross officials oversaw the handover. Netanyahu's "
                                    "far-right allies threatened to leave the coalition.",
                                    "2025-03-12", "Red Cross"),
                  "Red Cross");
}

/* "Treasury said" after "The U.S. Treasury Department": an
 * institution's one word inside the longer name is that body (it had been
 * a person of its own, with no code) */
NM_TEST(an_institution_s_word_joins_its_full_name) {
  NM_CHECK_EQ_STR(cameo_mentions_of("WASHINGTON (AP) - The U.S. Treasury Department imposed "
                                    "sanctions on three firms. Treasury said the firms had "
                                    "shipped drone engines to Russia.",
                                    "2025-03-12", "U.S. Treasury Department"),
                  "U.S. Treasury Department|Treasury");
}

/* "the court" is the body named with "Court" before "of" ("the
 * International Court of Justice"), and, with the name more than five
 * sentences back, the same description used since */
NM_TEST(the_court_of_a_court_of_justice) {
  NM_CHECK_EQ_STR(cameo_mentions_of("Gambia took Myanmar to the International Court of Justice "
                                    "in 2019. The court will hold hearings next month.",
                                    "2024-01-10", "International Court of Justice"),
                  "International Court of Justice|The court");
  NM_CHECK_EQ_STR(cameo_mentions_of("Gambia took Myanmar to the International Court of Justice "
                                    "in 2019. Myanmar rejected the claims. Officials met in "
                                    "Banjul. The court set hearings for next week. The talks "
                                    "ended. Lawyers prepared papers. Crowds gathered outside. "
                                    "The court said it would rule soon.",
                                    "2024-01-10", "International Court of Justice"),
                  "International Court of Justice|The court|The court");
}

/* "Judge X, the court's president," after a sentence naming the
 * International Court of Justice: the owner's code (IGOUNOJUDICJ), not a
 * judge of the country named before */
NM_TEST(description_s_owner_codes_the_name_before_it) {
  NM_CHECK_EQ_STR(cameo_entity_part("Ukraine filed a case at the International Court of Justice "
                                    "in 2022. Judge Mara Velten, the court's president, read the "
                                    "order on Friday.",
                                    "2024-01-26", "Mara Velten", PART_CODED),
                  "IGOUNOJUDICJ (the owner of the description)");
}

/* a headline's lone surname the model typed a place or a body ("Brazil
 * warns Maduro") joins the person the lede names in full, whose full name
 * is the entity's name */
NM_TEST(mistyped_headline_surname_joins_the_person) {
  NM_CHECK_EQ_STR(cameo_mentions_of("Brazil warns Maduro over Essequibo\n\nVenezuelan President "
                                    "Nicolas Maduro ordered the creation of a new state on "
                                    "Tuesday.",
                                    "2023-12-06", "Nicolas Maduro"),
                  "Maduro|Nicolas Maduro");
}

/* "placed its armed forces on alert" (152): the source's own forces are
 * no target of its show of force, which has none */
NM_TEST(own_forces_are_no_target_of_a_show_of_force) {
  NM_CHECK_EQ_STR(cameo_events("Kenya has placed its armed forces on alert.", "2024-01-10", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Guyana's president said his government had put its defense "
                               "forces on high alert.",
                               "2024-01-10", false),
                  "");
}

/* "would defend itself": the reflexive pronoun is the source, no target;
 * a target after it still counts */
NM_TEST(reflexive_pronoun_is_no_target) {
  NM_CHECK_EQ_STR(
      cameo_events("Erdogan said that Turkey would defend itself.", "2023-12-06", false), "");
  NM_CHECK_EQ_STR(cameo_events("Ruto said that Kenya would defend itself against the rebels.",
                               "2023-12-06", false),
                  "KEN ---REB 074");
}

/* "Prime Minister Sheikh Hasina": "Sheikh" right after a title is part of
 * the name, not a second title; with no title before it, it is still
 * taken for one */
NM_TEST(sheikh_after_a_title_is_part_of_the_name) {
  static const char text[] = "Bangladeshi Prime Minister Sheikh Hasina resigned on Monday.";
  NM_CHECK_EQ_STR(cameo_title(text, "2024-08-05", "Sheikh Hasina"), "Prime Minister");
  NM_CHECK_EQ_STR(cameo_entity(text, "2024-08-05", "Sheikh Hasina", false), "BGDGOV");
  NM_CHECK_EQ_STR(cameo_title("Sheikh Hasina resigned on Monday.", "2024-08-05", "Hasina"),
                  "Sheikh");
}

/* "Assistant Secretary of State for African Affairs X": a title, "for"
 * and the capitalised words of its portfolio; the sentence's one country
 * gives its code */
NM_TEST(title_with_a_portfolio_after_for) {
  static const char left[] = "Assistant Secretary of State for African Affairs Molly Vance left "
                             "Niamey.";
  NM_CHECK_EQ_STR(cameo_title(left, "2024-03-16", "Molly Vance"),
                  "Secretary of State for African Affairs");
  NM_CHECK_EQ_STR(cameo_entity(left, "2024-03-16", "Molly Vance", false), "---GOV");
  NM_CHECK_EQ_STR(cameo_entity("Assistant Secretary of State for African Affairs Molly Vance said "
                               "the U.S. troops would stay.",
                               "2024-03-16", "Molly Vance", false),
                  "USAGOV");
}

/* "Col. X, the junta's spokesman," after "Niger's ruling junta": the
 * country that owns the description's owner in the sentence before
 * (NERMIL), not the one the sentence names (USA) */
NM_TEST(owner_of_a_description_named_before) {
  NM_CHECK_EQ_STR(cameo_entity_part("Niger's ruling junta said on Saturday that it would end the "
                                    "military accord. Col. Issa Marandou, the junta's spokesman, "
                                    "said American troops must leave.",
                                    "2024-03-16", "Issa Marandou", PART_CODED),
                  "NERMIL (the owner of the description, named before: NER)");
}

/* "left Kampala after two days of talks": a phrase inside a time phrase
 * is none of the verb's pattern's ("(OF TALKS)", 164); out of one, it is */
NM_TEST(phrase_inside_a_time_phrase_is_no_pattern_s) {
  NM_CHECK_EQ_STR(
      cameo_events("Kenyan officials left Kampala after two days of talks.", "2024-01-10", false),
      "KENGOV UGA 040");
  NM_CHECK_EQ_STR(
      cameo_events("Kenyan officials walked out of the talks in Kampala.", "2024-01-10", false),
      "KENGOV UGA 164");
}

/* "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov
 * signed", parsed with the second name a conjunct of the first's
 * apposition: both are subjects, each the other's partner (the
 * dictionaries give both GOV in 1985) */
NM_TEST(conjunct_of_an_apposition_is_a_subject) {
  NM_CHECK_EQ_STR(cameo_events("Libyan leader Muammar Gaddafi and Bulgarian President Todor "
                               "Zhivkov today signed a treaty of friendship.",
                               "1985-06-10", false),
                  "LBYGOV BGRGOV 057; BGRGOV LBYGOV 057");
}

/* the phrase the pattern's own noun heads, with no name in it ("a
 * military offensive"), is a target only when nothing else is one: the
 * one whose act is the threat's condition; alone, it still is ("the
 * opposition leader", LEADER) */
NM_TEST(pattern_s_own_noun_is_a_target_last) {
  NM_CHECK_EQ_STR(cameo_events("Iran today threatened to launch a new military offensive unless "
                               "Baghdad accepted its conditions.",
                               "1987-06-10", false),
                  "IRN IRQ 138");
  NM_CHECK_EQ_STR(cameo_events("Kenya threatened to launch a military offensive unless the rebels "
                               "laid down their arms.",
                               "1987-06-10", false),
                  "KEN ---REB 138");
  NM_CHECK_EQ_STR(
      cameo_events("Kenyan police arrested the opposition leader on Monday.", "2024-01-10", false),
      "KENCOP KENOPP 173");
}

/* "from neighboring Somalia": "neighboring" before a name is an
 * adjective (not a verb with the name its object), so the country is
 * the withdrawal's target */
NM_TEST(neighboring_before_a_name_is_an_adjective) {
  static const char text[] = "Kenya said it would withdraw its police from neighboring Somalia.";
  NM_CHECK_EQ_STR(cameo_word(text, "2024-01-10", "neighboring"), "JJ amod Somalia");
  NM_CHECK_EQ_STR(cameo_events(text, "2024-01-10", false), "KEN SOM 0874");
  NM_CHECK_EQ_STR(cameo_events("Ethiopia is willing to withdraw its soldiers from neighbouring "
                               "Somalia.",
                               "2024-01-10", false),
                  "ETH SOM 035");
}

/* Whether events (cameo_events' "SRC TGT CODE; ..." list) hold one whose
 * target code is target. */
static bool has_event_target(const char *events, const char *target) {
  size_t tl = strlen(target);
  for (const char *s = events; s && *s;) {
    const char *t = strchr(s, ' ');
    if (!t) break;
    t++;
    if (!strncmp(t, target, tl) && t[tl] == ' ') return true;
    s = strstr(t, "; ");
    if (s) s += 2;
  }
  return false;
}

/* "Egypt and Saudi Arabia, which hosted earlier talks in Jeddah": the
 * place a gathering met in (Jeddah, SAU) is no target of the hosting;
 * the parties named in the gathering's phrase still are ("hosted talks
 * between Israel and Hamas in Doha": QAT ISR 039) */
NM_TEST(gathering_s_place_is_no_target) {
  const char *ev = cameo_events("Egypt and Saudi Arabia, which hosted earlier talks in Jeddah, "
                                "have urged the warring parties to return to negotiations.",
                                "2024-05-14", false);
  NM_CHECK(!has_event_target(ev, "SAU"));
  ev = cameo_events("Qatar hosted talks between Israel and Hamas in Doha.", "2024-05-14", false);
  NM_CHECK(strstr(ev, "QAT ISR 039") != NULL);
  NM_CHECK(!has_event_target(ev, "QAT"));
}

/* a one-way verb ("promise", "host", "offer") done by a compound subject
 * is done by each on its own, not to each other: "Canada and France have
 * promised" makes no CAN FRA or FRA CAN event; signing an agreement is
 * still each one's with the other */
NM_TEST(one_way_verb_s_compound_subject_is_no_pair) {
  const char *ev =
      cameo_events("Canada and France have promised smaller sums.", "2024-05-14", false);
  NM_CHECK(!has_event_target(ev, "FRA"));
  NM_CHECK(!has_event_target(ev, "CAN"));
  NM_CHECK_EQ_STR(cameo_events("Kenya and Uganda signed a trade agreement.", "2024-05-14", false),
                  "KEN UGA 0311; UGA KEN 0311");
}

/* "Milei's spokesman, X,": the staff of a government officeholder speak
 * for the office (ARGGOV, not a spokesman's ---MED); a person's lawyer
 * does not take the owner's government code */
NM_TEST(staff_of_an_officeholder_takes_the_office) {
  NM_CHECK_EQ_STR(cameo_entity("President Javier Milei of Argentina cut subsidies. Milei's "
                               "spokesman, Diego Ferraro, called the strike a political action.",
                               "2024-05-14", "Diego Ferraro", false),
                  "ARGGOV");
  const char *lawyer = cameo_entity("President Javier Milei of Argentina cut subsidies. Milei's "
                                    "lawyer, Diego Ferraro, called the strike a political action.",
                                    "2024-05-14", "Diego Ferraro", false);
  NM_CHECK(strstr(lawyer, "GOV") == NULL);
}

/* "Russian President Vladimir Putin's spokesman, Pavel Orlov, said",
 * parsed with "spokesman" an nmod:desc of the name itself (not of the
 * verb): the description codes the name (RUSGOV) */
NM_TEST(description_as_the_name_s_own_dependent) {
  static const char text[] = "Russian President Vladimir Putin's spokesman, Pavel Orlov, said the "
                             "EU decision was politicized.";
  NM_CHECK_EQ_STR(cameo_word(text, "2024-05-14", "spokesman"), "NN nmod:desc Orlov");
  NM_CHECK_EQ_STR(cameo_entity(text, "2024-05-14", "Pavel Orlov", false), "RUSGOV");
}

/* "Nabil Abu Rudeineh, a spokesman for Abbas,": the spokesman serves the
 * office of the person named after "for" (PSEGOV), not the body the
 * sentence before named (the United Nations) */
NM_TEST(spokesman_for_a_person_serves_his_office) {
  static const char text[] = "Palestinian President Mahmoud Abbas urged the United Nations to "
                             "protect civilians. \"These raids are collective punishment,\" said "
                             "Nabil Abu Rudeineh, a spokesman for Abbas.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2024-06-27", "Nabil Abu Rudeineh", false), "PSEGOV");
}

/* "The Israeli military ... said troops had seized weapons" under a
 * Ramallah dateline: the troops are the reporting military's (ISRMIL),
 * not the dateline's country's; in either order of report and clause */
NM_TEST(troops_are_the_reporting_military_s) {
  NM_CHECK_EQ_STR(cameo_events("RAMALLAH, West Bank (Wire) - The Israeli military did not "
                               "comment but said troops had arrested two Hamas militants in "
                               "Jenin.",
                               "2024-06-27", false),
                  "ISRMIL PSEREBHMS 173");
  NM_CHECK_EQ_STR(cameo_events("RAMALLAH, West Bank (Wire) - Troops arrested two Hamas "
                               "militants in Jenin, the Israeli military said.",
                               "2024-06-27", false),
                  "ISRMIL PSEREBHMS 173");
}

/* "The African Union suspended Niger's membership": a member suspended
 * from a body is relations reduced (160, the team's pattern), aimed at
 * the member */
NM_TEST(a_suspended_membership_reduces_relations) {
  NM_CHECK_EQ_STR(cameo_events("The African Union on Saturday suspended Niger's membership after "
                               "the military seized power.",
                               "2023-08-05", false),
                  "IGOAFRAFU NER 160");
}

/* "Opposition leaders accused the ruling party" under a Tbilisi
 * dateline: an opposition named in the plural is the country's too
 * (---OPP before: plural heads had been generic) */
NM_TEST(opposition_in_the_plural_is_the_country_s) {
  NM_CHECK_EQ_STR(cameo_events("TBILISI, Georgia (Wire) - Opposition leaders accused the ruling "
                               "Georgian Dream party of steering the country away from Europe.",
                               "2024-06-27", false),
                  "GEOOPP GEOPTY 112");
}

/* "The opposition leader, Raila Odinga," in 2024, whom the dictionary
 * last knew in office (KENGOV, open-ended): the article's title puts him
 * in opposition (KENOPP), and his charge against the government is no
 * longer a self-directed event dropped */
NM_TEST(stale_office_gives_way_to_an_opposition_title) {
  NM_CHECK_EQ_STR(cameo_events("The opposition leader, Raila Odinga, accused the government of "
                               "using excessive force.",
                               "2024-06-27", false),
                  "KENOPP KENGOV 112");
  NM_CHECK_EQ_STR(cameo_entity("Raila Odinga, the opposition leader, accused the government of "
                               "using excessive force.",
                               "2024-06-27", "Raila Odinga", false),
                  "KENOPP");
}

/* "X, whose coalition has attacked police stations, warned that his
 * fighters would resist": the speaker's own fighters, the subject of
 * the warning's clause, are not whom the warning threatens (no ---CRM
 * ---CRMUAF 130); the attack on the stations stays */
NM_TEST(own_fighters_in_a_warning_s_clause_are_no_target) {
  const char *ev = cameo_events("Gang leader Remy Bastien, whose coalition has attacked police "
                                "stations and prisons since February, warned that his fighters "
                                "would resist any foreign troops.",
                                "2024-05-14", false);
  NM_CHECK(!has_event_target(ev, "---CRMUAF"));
  NM_CHECK(strstr(ev, "---CRM ---COP 190") != NULL);
}

/* "Confederation" heads an organisation's name, and "General" before a
 * body's head word is part of the name, not a rank: "The General
 * Confederation of Labor" is an organisation (not a person
 * "Confederation" titled General), and "the General Assembly" is one
 * name */
NM_TEST(confederation_and_general_in_a_body_s_name) {
  static const char cgt[] = "The General Confederation of Labor, known as the CGT, said more "
                            "than 6 million workers joined the walkout.";
  NM_CHECK(has_entity(cgt, NM_ENT_ORG, "General Confederation of Labor"));
  NM_CHECK(!has_person(cgt, "Confederation"));
  NM_CHECK(has_mention("Delegates at the General Assembly voted on Friday.", NM_ENT_ORG,
                       "General Assembly"));
}

/* "Gang leader X, whose coalition has attacked police stations, warned
 * that his fighters ...": "his" is the gang leader, whose title is the
 * subject with the name its appositive, not the prime minister of the
 * sentence before ("Remy" is a name of neither gender's list, "Pierre" a
 * man's; "Jean" alone is still a woman's). With "Pierre", the model
 * parses the sentence with the noun as its root, which the parser's
 * repair mends */
NM_TEST(pronoun_after_a_titled_subject_s_relative_clause) {
  NM_CHECK_EQ_STR(cameo_mentions_of("Prime Minister Garry Lemaire greeted the officers. Gang "
                                    "leader Remy Bastien, whose coalition has attacked police "
                                    "stations since February, warned that his fighters would "
                                    "resist any foreign troops.",
                                    "2024-05-14", "Remy Bastien"),
                  "Remy Bastien|his");
  NM_CHECK_EQ_STR(cameo_mentions_of("Prime Minister Garry Lemaire greeted the officers. Gang "
                                    "leader Pierre Duvalon, whose coalition has attacked police "
                                    "stations since February, warned that his fighters would "
                                    "resist any foreign troops.",
                                    "2024-05-14", "Pierre Duvalon"),
                  "Pierre Duvalon|his");
}

/* "rejected accusations by Eritrea", with the by-phrase hung on the
 * active verb: an active verb has no agent, so the phrase is a target
 * (ETHGOV ERI 016), as a passive verb's is not */
NM_TEST(active_verb_s_by_phrase_is_a_target) {
  NM_CHECK_EQ_STR(cameo_events("Ethiopia's government on Monday rejected accusations by Eritrea "
                               "that it was massing troops near their shared border.",
                               "2024-03-11", false),
                  "ETHGOV ERI 016");
}

/* the team's verb patterns: drills or exercises launched, conducted,
 * staged or held around or near a place are a show of force (150) aimed
 * at it */
NM_TEST(drills_around_a_place_are_a_show_of_force) {
  NM_CHECK_EQ_STR(cameo_events("China launched large-scale military drills around Taiwan on "
                               "Thursday.",
                               "2024-03-11", false),
                  "CHN TWN 150");
  NM_CHECK_EQ_STR(cameo_events("Russia held naval exercises near Japan.", "2024-03-11", false),
                  "RUS JPN 150");
}

/* The type and actor code of the entity named name in text, as "ORG
 * ---LAB" ("NORP -" when it has no code), or "" when no entity has that
 * name (a static buffer). */
static const char *cameo_typed_entity(const char *text, const char *date, const char *name) {
  static char out[128];
  out[0] = 0;
  nm_doc *d = cameo_doc(text, date);
  size_t n = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  for (size_t i = 0; i < n; i++)
    if (!strcmp(en[i].name, name))
      snprintf(out, sizeof out, "%s %s", nm_entity_type_name(en[i].type),
               en[i].code ? en[i].code : "-");
  nm_doc_free(d);
  return out;
}

/* "official" is a state's agent (the team's agents file): "told Chinese
 * officials" aims at CHNGOV; a group's official keeps the group's own
 * code ("A Hamas official" is PSEREBHMS, no GOV joined to it) */
NM_TEST(official_is_a_state_s_agent) {
  const char *ev = cameo_events("Washington had told Chinese officials that the drills risked "
                                "escalation.",
                                "2024-03-11", false);
  NM_CHECK(has_event_target(ev, "CHNGOV"));
  NM_CHECK_EQ_STR(cameo_entity("A Hamas official said the talks failed.", "2024-03-11",
                               "A Hamas official", false),
                  "PSEREBHMS");
}

/* a people's name holds no title after it: "Marovian officials" of a
 * country no dictionary has leave the Marovians uncoded (not ---MIL from
 * "Marovian troops") */
NM_TEST(people_s_name_takes_no_title_after_it) {
  NM_CHECK_EQ_STR(cameo_typed_entity("Dalnesia said Marovian troops shelled the port on Friday. "
                                     "Marovian officials rejected the claim.",
                                     "2024-03-11", "Marovian"),
                  "NORP -");
}

/* "the General Confederation of Labor" is a labour federation (the
 * team's agents file, ---LAB); "CGT leader X" takes the code of the body
 * the article named before the title */
NM_TEST(labour_federation_and_the_body_before_a_title) {
  static const char text[] = "The General Confederation of Labor, known as the CGT, called a "
                             "strike. CGT leader Marta Quiroga told supporters that the strike "
                             "would go on.";
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2024-03-11", "General Confederation of Labor"),
                  "ORG ---LAB");
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2024-03-11", "Marta Quiroga", PART_CODED),
                  "---LAB (the body named before the title)");
}

/* "European Council President Charles Michel": the title after the
 * body's head word ends the name's words, so the person is "Charles
 * Michel", and the European Council (the team's actors file) codes him */
NM_TEST(title_after_a_body_s_head_word_in_a_name) {
  static const char text[] = "European Council President Charles Michel said the leaders would "
                             "return to the aid package.";
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2023-12-15", "Charles Michel"), "PERSON IGOEUREEC");
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2023-12-15", "Council President Charles Michel"), "");
  /* a bare body before the title, after an opening phrase in another
   * country: the story's two foreign ministries had been one (MNGGOV) */
  static const char briefing[] =
      "ULAANBAATAR, Mongolia (Wire) - Mongolia's Foreign Ministry summoned China's ambassador "
      "on Thursday. At a regular briefing in the Chinese capital, a Foreign Ministry "
      "spokeswoman, Li Ning, said the crossing was under maintenance.";
  NM_CHECK_EQ_STR(cameo_typed_entity(briefing, "2025-11-06", "Li Ning"), "PERSON CHNGOV");
  /* a chamber's word before the title, the span taken whole after a
   * comma ("House Secretary General Ramil Cordero" had been the name) */
  static const char house[] = "The complaint has 215 signatures, far above the threshold, House "
                              "Secretary General Ramil Cordero told reporters late Wednesday.";
  NM_CHECK_EQ_STR(cameo_typed_entity(house, "2025-02-06", "Ramil Cordero"), "PERSON -");
  NM_CHECK_EQ_STR(
      cameo_typed_entity(house, "2025-02-06", "House Secretary General Ramil Cordero"), "");
}

/* "the Kenya National Commission on Human Rights": the model ends the
 * body's name at its head word; "on" and the capitalised words after it
 * are the name's, and the team's agents file codes a commission on human
 * rights as the state's rights body (KENGOVHRI) */
NM_TEST(body_s_name_goes_on_past_on) {
  static const char text[] = "At least seven people died, according to the Kenya National "
                             "Commission on Human Rights, which said officers had fired on "
                             "the crowd.";
  static const char name[] = "Kenya National Commission on Human Rights";
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2024-06-26", name), "ORG KENGOVHRI");
  NM_CHECK_EQ_STR(cameo_mentions_of(text, "2024-06-26", name), name);
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2024-06-26", "Kenya National Commission"), "");
}

/* "Hamas official Osman Harbawi told": the model misses the name after
 * the anchored title, so the two capitalised words after it are a
 * person's name, and "official" (an adjective to the tagger) is the
 * role that gives the person the group's code; the group is a body */
NM_TEST(name_after_a_group_s_official_the_model_missed) {
  static const char text[] = "Hamas official Osman Harbawi told a news conference in Beirut.";
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2024-02-14", "Osman Harbawi"), "PERSON PSEREBHMS");
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2024-02-14", "Hamas"), "ORG PSEREBHMS");
  NM_CHECK_EQ_STR(cameo_title(text, "2024-02-14", "Osman Harbawi"), "official");
}

/* a name holds no verb: "Washington of giving" is cut before the verb
 * and the lower-case word before it */
NM_TEST(name_ends_before_a_verb) {
  static const char text[] = "Hamas accused Washington of giving Israel political cover.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2024-02-14", "Washington", false), "USA");
  NM_CHECK_EQ_STR(cameo_entity(text, "2024-02-14", "Washington of", false), "");
  NM_CHECK_EQ_STR(cameo_events(text, "2024-02-14", false), "PSEREBHMS USA 112");
}

/* a titled person's sentence country lies within 12 words of the name:
 * "French troops" at the clause's far end is no country of the colonel,
 * who takes the one country of the sentence before (MLIMIL) */
NM_TEST(person_s_sentence_country_is_near_the_name) {
  static const char text[] = "Mali's junta suspended all parties on Wednesday. The junta, led "
                             "by Col. Bakary Sindou, seized power in a 2020 coup and has since "
                             "expelled French troops.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2024-04-10", "Bakary Sindou", false), "MLIMIL");
  /* and "seized" after the set-off phrase is the clause's verb */
  NM_CHECK_EQ_STR(cameo_word(text, "2024-04-10", "seized"), "VBD root");
}

/* an armed body's head word names no person: "5th Fleet" is a body,
 * with its ordinal */
NM_TEST(armed_body_s_head_word_with_an_ordinal) {
  static const char text[] = "The Navy's Bahrain-based 5th Fleet said the tanker was seized.";
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2023-04-27", "5th Fleet"), "ORG ---MIL");
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2023-04-27", "Fleet"), "");
}

/* "the Navy's Bahrain-based 5th Fleet": a home after an owner codes no
 * body (not BHRMIL), and the body coded by its role alone takes its
 * owner's country, the Navy's (USA from the sentence before); Bahrain
 * itself stays Bahrain */
NM_TEST(owner_s_body_based_in_another_country) {
  static const char text[] = "The United States said the tanker was seized. The Navy's "
                             "Bahrain-based 5th Fleet said the crew was safe.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2023-04-27", "5th Fleet", PART_CODED),
                  "USAMIL (the owner of the description: USA)");
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2023-04-27", "Bahrain"), "GPE BHR");
}

/* a wire story from Dubai about Iran seizing a tanker: "said Cmdr. Dale
 * Renwick, a 5th Fleet spokesman," names a person with the title
 * "Cmdr.", whose description's body (the Navy's fleet, named before, and
 * named again by the same words, an ordinal first) codes him USAMIL, not
 * ---MIL by his title alone */
#define FLEET_STORY                                                                                \
  "DUBAI, United Arab Emirates (AP) — Iran seized an oil tanker bound for Texas in the Gulf of " \
  "Oman on Thursday, the United States said.\n\nThe Navy's Bahrain-based 5th Fleet said armed "    \
  "men boarded the ship by helicopter. Iran did not comment.\n\n\"Iran must release the ship "     \
  "and its crew at once,\" said Cmdr. Dale Renwick, a 5th Fleet spokesman.\n"
NM_TEST(spokesman_of_a_body_named_before) {
  NM_CHECK_EQ_STR(cameo_typed_entity(FLEET_STORY, "2023-04-27", "Dale Renwick"), "PERSON USAMIL");
  NM_CHECK_EQ_STR(cameo_title(FLEET_STORY, "2023-04-27", "Dale Renwick"), "Cmdr.");
  NM_CHECK_EQ_STR(cameo_typed_entity(FLEET_STORY, "2023-04-27", "Cmdr. Dale Renwick"), "");
  NM_CHECK_EQ_STR(cameo_mentions_of(FLEET_STORY, "2023-04-27", "5th Fleet"), "5th Fleet|5th Fleet");
  /* the body after "for" in the description counts too */
  NM_CHECK_EQ_STR(cameo_typed_entity("DUBAI, United Arab Emirates (AP) — Iran seized an oil tanker "
                                     "in the Gulf of Oman on Thursday, the United States said.\n\n"
                                     "The Navy's Bahrain-based 5th Fleet said armed men boarded "
                                     "the ship.\n\n\"Iran must release the ship,\" said Cmdr. "
                                     "Dale Renwick, a spokesman for the 5th Fleet.\n",
                                     "2023-04-27", "Dale Renwick"),
                  "PERSON USAMIL");
}

/* an agent's sentence country may lie anywhere before it: "A court in
 * Nairobi had blocked …, before the government signed" (KENGOV, not the
 * dateline's country) */
NM_TEST(agent_s_sentence_country_before_it) {
  const char *ev = cameo_events("PORT-AU-PRINCE, Haiti (AP) — Police officers from abroad landed "
                                "on Tuesday.\n\nA court in Nairobi had blocked the deployment in "
                                "January, ruling that it violated the constitution, before the "
                                "government signed a new agreement with Haiti.\n",
                                "2024-06-25", false);
  NM_CHECK(strstr(ev, "KENGOV HTI 057") != NULL);
  NM_CHECK(strstr(ev, "HTIGOV") == NULL);
}

/* a body the dictionary gives one country, sitting in another's city,
 * is that country's ("The Joint Chiefs of Staff in Seoul": KORMIL) */
NM_TEST(body_in_another_country_s_city) {
  NM_CHECK_EQ_STR(cameo_typed_entity("The Joint Chiefs of Staff in Seoul said the missile flew "
                                     "about 600 kilometers.",
                                     "2024-03-18", "Joint Chiefs of Staff"),
                  "ORG KORMIL");
}

/* no cooperation with one's own ("began their largest joint military
 * exercises" is no USA -> USAMIL 062), and "the Central General Staff"
 * is a body, not a person "Staff" titled General */
NM_TEST(no_cooperation_with_one_s_own) {
  const char *ev = cameo_events("North Korea fired a missile on Monday, a day after the United "
                                "States began their largest joint military exercises in years.",
                                "2024-03-18", false);
  NM_CHECK(strstr(ev, "USA USAMIL") == NULL);
  NM_CHECK_EQ_STR(cameo_typed_entity("The faction, known as the Central General Staff, denied "
                                     "responsibility in a statement.",
                                     "2024-03-17", "Central General Staff"),
                  "ORG -");
}

/* "Anwaar-ul-Haq Kakar": an Arabic or Persian particle between hyphens
 * joins the name, with the surname the model left out after it */
NM_TEST(hyphen_particle_in_a_name) {
  NM_CHECK_EQ_STR(cameo_typed_entity("Pakistan's caretaker prime minister, Anwaar-ul-Haq Kakar, "
                                     "offered condolences on Sunday.",
                                     "2023-10-08", "Anwaar-ul-Haq Kakar"),
                  "PERSON PAKGOV");
}

/* "Gen. Abdel-Fattah Burhan": a hyphened given name and the surname the
 * model (or propagation) cut off are one name (was "Abdel-Fattah", with
 * "Burhan" on its own); a title of a hyphened pair is no given name
 * ("Major-General Scott") */
NM_TEST(hyphened_given_name_and_surname) {
  NM_CHECK_EQ_STR(cameo_typed_entity("KHARTOUM (Wire) - Army chief Gen. Abdel-Fattah Burhan "
                                     "visited the city. Abdel-Fattah Burhan vowed to fight on.",
                                     "2024-05-07", "Abdel-Fattah Burhan"),
                  "PERSON SDNMIL");
  NM_CHECK_EQ_STR(cameo_typed_entity("LONDON (Wire) - Army chief Gen. Abdel-Fattah Smith visited "
                                     "the city.",
                                     "2024-05-07", "Abdel-Fattah Smith"),
                  "PERSON GBRMIL"); /* (the dateline's army) */
  NM_CHECK_EQ_STR(cameo_typed_entity("LONDON (Wire) - The commander, Major-General Scott, visited "
                                     "the city.",
                                     "2024-05-07", "Major-General Scott"),
                  "");
}

/* team agents and actors: "opposition candidate" is OPP, the Elysee is
 * France's government; team verbs: fighting corruption is no fight */
NM_TEST(opposition_candidate_elysee_and_fighting_corruption) {
  const char *story = "DAKAR, Senegal (AP) — Opposition candidate Amadou Ndiaye Sarr won the "
                      "presidential election, results showed Monday.\n\nPresident Macky Sall "
                      "congratulated Sarr on Monday. Sarr has promised to fight corruption. "
                      "French President Emmanuel Macron called Sarr, the Elysee Palace said.\n";
  NM_CHECK_EQ_STR(cameo_typed_entity(story, "2024-03-25", "Amadou Ndiaye Sarr"), "PERSON SENOPP");
  NM_CHECK_EQ_STR(cameo_typed_entity(story, "2024-03-25", "Elysee Palace"), "LOC FRAGOV");
  const char *ev = cameo_events(story, "2024-03-25", false);
  NM_CHECK(strstr(ev, "SENGOV SENOPP 051") != NULL);
  NM_CHECK(strstr(ev, " 138") == NULL && strstr(ev, " 19") == NULL);
  ev = cameo_events("Opposition candidate Amadou Sarr won the election. Sarr, 44, has promised to "
                    "fight corruption and renegotiate oil and gas contracts with foreign companies.",
                    "2024-03-25", false);
  NM_CHECK(strstr(ev, " 138") == NULL && strstr(ev, " 19") == NULL);
}

/* Twentieth session. "West African leaders": the model took "West" alone
 * for a place (a region of Cameroon); with the continent's people word
 * after it, the two name a region's people, no country */
NM_TEST(west_african_is_no_cameroon) {
  const char *t = "NIAMEY, Niger (Wire) - Niger's military rulers on Sunday rejected an "
                  "ultimatum from West African leaders to restore ousted President Mohamed "
                  "Bazoum.";
  NM_CHECK(has_mention(t, NM_ENT_NORP, "West African"));
  /* (an ousted president is the country's elite since the fifty-fourth
   * session, as a former one is: "ousted" counts as "former") */
  NM_CHECK_EQ_STR(cameo_entity_part(t, "2023-08-06", "Mohamed Bazoum", PART_CODE), "NERELI");
  NM_CHECK_EQ_STR(cameo_events(t, "2023-08-06", false), "");
}

/* "said it would evacuate its citizens": "its" is the clause's subject
 * "it", which is France, not the last country named (Niger) */
NM_TEST(its_is_the_clause_subject_s) {
  NM_CHECK_EQ_STR(cameo_events("NIAMEY, Niger (Wire) - France, the former colonial power, "
                               "suspended development aid to Niger and said it would evacuate "
                               "its citizens.",
                               "2023-08-06", false),
                  "FRA NER 162; FRA FRACVL 070");
}

/* A body the article coded before a spokesperson's title is the code,
 * over a dictionary name inside it (the US's National Security Council) */
NM_TEST(coded_body_before_the_role_word) {
  NM_CHECK_EQ_STR(cameo_entity_part("MANILA (Wire) - Philippine National Security Council "
                                    "spokesman Rafael Dantes told reporters that two vessels "
                                    "blocked the boat.",
                                    "2024-03-04", "Rafael Dantes", PART_CODE),
                  "PHLGOVMIL");
}

/* A head of state is no colleague of the official the sentence before
 * named: the article's country, not the minister's */
NM_TEST(head_of_state_takes_no_minister_s_country) {
  NM_CHECK_EQ_STR(cameo_entity_part("MANILA (Wire) - Ships blocked a supply boat on Sunday. "
                                    "Australian Foreign Minister Penny Wong urged both sides to "
                                    "avoid escalation. President Tomas Dela Vega has vowed to "
                                    "keep resupplying the garrison.",
                                    "2024-03-04", "Tomas Dela Vega", PART_CODE),
                  "PHLGOV");
}

/* "the opposition" is an agent (OPP) and, like a state's bodies, takes
 * the country in play */
NM_TEST(the_opposition_is_an_agent) {
  NM_CHECK_EQ_STR(cameo_events("CARACAS, Venezuela (Wire) - Venezuela's opposition accused the "
                               "government of fraud on Wednesday. Nicolas Maduro accused the "
                               "opposition of planning a coup.",
                               "2024-07-31", false),
                  "VENOPP VENGOV 112; VENGOV VENOPP 112");
}

/* "Army spokesman X said troops had killed …": no charge against the
 * speaker's own, a role with no country the speaker has; the troops take
 * the country in play */
NM_TEST(speaker_s_own_troops_are_not_accused) {
  NM_CHECK_EQ_STR(cameo_events("PORT SUDAN, Sudan (Wire) - Army spokesman Brig. Gen. Nabil Osman "
                               "said troops had killed dozens of RSF fighters.",
                               "2025-03-21", false),
                  "SDNMIL SDNREB 190");
}

/* "U.S. Trade Representative X": a US cabinet-level title, stripped from
 * the name (TRADE_REPRESENTATIVE, a team agent: GOV) */
NM_TEST(trade_representative_is_a_us_title) {
  const char *t = "Trade Representative Jamieson Greer defended the duties.";
  NM_CHECK_EQ_STR(cameo_entity_part(t, "2025-03-04", "Jamieson Greer", PART_CODE), "USAGOV");
  NM_CHECK_EQ_STR(cameo_entity_part("BEIJING (Wire) - U.S. Trade Representative Jamieson Greer "
                                    "defended the duties.",
                                    "2025-03-04", "Jamieson Greer", PART_CODE),
                  "USAGOV");
}

/* "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani" taken whole
 * for an organisation: a title after a nationality and a name with its
 * particles is a person, met once */
NM_TEST(titled_name_with_particles_is_a_person) {
  const char *t = "CIA Director William Burns met Qatari Prime Minister Mohammed bin Abdulrahman "
                  "Al Thani in Doha on Saturday.";
  NM_CHECK(has_mention(t, NM_ENT_PERSON, "Mohammed bin Abdulrahman Al Thani"));
  NM_CHECK_EQ_STR(cameo_events(t, "2024-08-18", false), "USASPY QATGOV 040");
}

/* "A senior Egyptian official … The official … Hamas official Basem
 * Naim": a title many hold joins a later name only with the same
 * country named for both */
NM_TEST(generic_title_joins_no_other_named_official) {
  const char *t = "A senior Egyptian official said the sides had narrowed their differences. The "
                  "official spoke on condition of anonymity. Hamas official Basem Naim accused "
                  "Israel of obstructing an agreement.";
  NM_CHECK_EQ_STR(mentions_of(t, "Basem Naim"), "Basem Naim");
}

/* "X, president of a state soybean association": the association's
 * officer, no head of state (no title, no GOV from the article's country) */
NM_TEST(officer_of_a_private_body_is_no_state_s) {
  const char *t = "BEIJING (Wire) - China said it would impose tariffs. \"Our members are caught "
                  "in the middle again,\" said Linda Hargrove, president of a state soybean "
                  "association.";
  NM_CHECK_EQ_STR(cameo_entity_part(t, "2025-03-04", "Linda Hargrove", PART_CODE), "");
  NM_CHECK_EQ_STR(cameo_entity_part(t, "2025-03-04", "Linda Hargrove", PART_TITLE), "");
}

/* "the territory's Health Ministry": the place named last before it
 * (Gaza, coded PSEGZA: PSE), not the sentence's other country */
NM_TEST(territory_s_body_is_the_place_s) {
  NM_CHECK_EQ_STR(cameo_entity_part("DOHA (Wire) - Israeli airstrikes killed at least 30 people in "
                                    "central Gaza overnight, the territory's Health Ministry said.",
                                    "2024-08-18", "Health Ministry", PART_CODE),
                  "PSEGOV");
}

/* "a U.S. official" after "Hamas official Basem Naim": someone new, not
 * the named official of another side */
NM_TEST(other_country_s_official_is_someone_new) {
  const char *t = "Hamas official Basem Naim accused Israel of obstructing an agreement. Talks "
                  "continued on Saturday, according to a U.S. official.";
  NM_CHECK_EQ_STR(mentions_of(t, "Basem Naim"), "Basem Naim");
}

/* troops a country sends are no one else's: the acting troops take the
 * country in play, the troops sent do not; "Southern African troops" keep
 * their own (uncoded) region */
NM_TEST(troops_sent_take_no_dateline_country) {
  const char *t = "CARACAS, Venezuela (Wire) - Brazil, which borders both countries, said it had "
                  "sent more troops to its northern border.";
  NM_CHECK(strstr(cameo_events(t, "2023-12-06", false), "VENMIL") == NULL);
  NM_CHECK_EQ_STR(cameo_events("GOMA, Congo (Wire) - Southern African troops sent to help the "
                               "Congolese army lost two soldiers in the fighting last week, South "
                               "Africa's defense ministry said.",
                               "2024-02-11", false),
                  "---MIL CODMIL 070");
}

/* an agent's own phrase names its country over the dateline's: "the
 * soldiers who seized power in Niger" under an Abuja dateline are Niger's
 * (the sentence names two countries) */
NM_TEST(agent_takes_the_place_of_its_own_phrase) {
  const char *t = "ABUJA, Nigeria (Wire) - West African leaders on Sunday gave the soldiers who "
                  "seized power in Niger one week to restore President Mohamed Bazoum to office.";
  const char *ev = cameo_events(t, "2023-07-30", false);
  NM_CHECK(strstr(ev, "NERMIL") != NULL);
  NM_CHECK(strstr(ev, "NGAMIL") == NULL);
}

/* the other party of a relation a country owns is not that country's:
 * "Moscow's ties with the army-led government" (the government was
 * RUSGOV through the sentence's one country) */
NM_TEST(other_party_of_a_relation_is_not_its_owners) {
  const char *t = "The veto was no surprise given Moscow's ties with the army-led government, "
                  "which has discussed granting Russia a naval hub.";
  NM_CHECK(strstr(cameo_events(t, "2024-11-18", false), "RUSGOV") == NULL);
}

/* a country the sentence before names inside what someone said (here a
 * reported statement) is not the country of the next sentence's titled
 * person: the Foreign Minister is no Mexican */
NM_TEST(previous_sentence_reported_content_gives_no_country) {
  const char *t = "The office of President Daniel Noboa said in a statement that no criminal "
                  "could be considered politically persecuted and that Mexico had abused the "
                  "immunities granted to its diplomatic mission. Foreign Minister Gabriela "
                  "Sommerfeld told reporters that Ecuador had exhausted diplomatic channels.";
  NM_CHECK(strstr(cameo_events(t, "2024-04-07", false), "MEXGOV") == NULL);
}

/* The shipped dictionaries' code of the entity named name in text, or "". */
static const char *shipped_entity_code(const char *text, const char *name) {
  static char out[32];
  out[0] = '\0';
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = pipe_cameo ? nm_doc_new(text, strlen(text), &e) : NULL;
  if (!d) return out;
  NM_CHECK(nm_process(pipe_cameo, d, &e) == NM_OK);
  size_t n = 0;
  const nm_entity *en = nm_doc_entities(d, &n);
  for (size_t i = 0; i < n; i++)
    if (!strcmp(en[i].name, name) && en[i].code) snprintf(out, sizeof out, "%s", en[i].code);
  nm_doc_free(d);
  return out;
}

/* a country in what someone else says inside a titled person's words
 * is not the person's: the investigators' finding about cash from
 * Russia, reported by the foreign minister, leaves her Moldovan */
NM_TEST(country_in_words_reported_by_a_speaker_is_not_hers) {
  const char *t = "CHISINAU, Moldova (Wire) - Moldova ordered a diplomat out on Tuesday. Foreign "
                  "Minister Ana Velic said investigators had found proof that cash from Russia "
                  "was handed to voters.";
  NM_CHECK_EQ_STR(shipped_entity_code(t, "Ana Velic"), "MDAGOV");
}

/* "Peru's Quispe" in a headline gives a bare country (PER); the
 * country's office before the full name later says more (PERGOV) */
NM_TEST(country_with_a_role_beats_the_bare_country_of_a_headline) {
  const char *t = "Peru's Quispe suspends talks with miners\n\nLIMA, Peru (Wire) - Peruvian "
                  "President Ana Quispe on Thursday suspended talks with striking miners.";
  NM_CHECK_EQ_STR(shipped_entity_code(t, "Ana Quispe"), "PERGOV");
}

/* a name inside another mention is coded too: "The United Nations envoy
 * for Yemen" is the envoy's mention, and the United Nations inside it
 * had no code */
NM_TEST(name_inside_a_title_mention_is_coded) {
  const char *t = "The United Nations envoy for Yemen, Hans Kessler, called for restraint on "
                  "Friday.";
  NM_CHECK_EQ_STR(shipped_entity_code(t, "United Nations"), "IGOUNO");
}

/* a hostile pattern's actor word as the object is the target even when
 * another phrase of the verb codes: "accused the army of bombing
 * civilian homes in nearby villages" ("bombing" a noun) is aimed at the army, not at the
 * civilians (---CVL) */
NM_TEST(actor_word_of_a_hostile_pattern_is_the_target) {
  const char *t = "The rebels accused the army of bombing civilian homes in nearby villages.";
  const char *ev = cameo_events(t, "2025-03-02", false);
  NM_CHECK(strstr(ev, "---MIL") != NULL);
  NM_CHECK(strstr(ev, "---CVL") == NULL);
}

/* "His rival, Gen. X, who commands the RSF, accused the army": the
 * general leads the body his relative clause names (SDNREB, not the
 * SDNMIL of "Gen." and the story's country); "His rival" is the person
 * named under his title; and commanding his own body is no event */
NM_TEST(leader_of_a_body_named_in_his_relative_clause) {
  const char *t = "KHARTOUM, Sudan (Wire) - The army and the RSF resumed fighting on Sunday. His "
                  "rival, Gen. Omar Tahir, who commands the RSF, accused the army of bombing "
                  "markets.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-03-02", "Omar Tahir", false), "SDNREB");
  const char *ev = cameo_events(t, "2025-03-02", false);
  NM_CHECK(strstr(ev, "SDNREB SDNMIL 111") != NULL);
  NM_CHECK(strstr(ev, "SDNREB SDNREB 060") == NULL);
}

/* "The rebels' spokesman, X," after the Houthis were named: the
 * spokesman speaks for the one rebel group the story named (YEMREB, not
 * ---REB), as "the rebels" alone already did */
NM_TEST(rebels_spokesman_speaks_for_the_group_named_before) {
  const char *t = "SANAA, Yemen (Wire) - The Houthis fired missiles at a ship on Monday. The "
                  "rebels' spokesman, Yahya Saree, threatened Israel.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-03-02", "Yahya Saree", false), "YEMREB");
  NM_CHECK(strstr(cameo_events(t, "2025-03-02", false), "---REB") == NULL);
  const char *u = "SANAA, Yemen (Wire) - The Houthis fired missiles at a ship on Monday. The "
                  "rebels' spokesman threatened Israel.";
  NM_CHECK(strstr(cameo_events(u, "2025-03-02", false), "YEMREB ISR 130") != NULL);
}

/* "BANGKOK (Wire) - Myanmar's military government bombed …. Fighter
 * jets struck a school": the jets are the army of "Myanmar's military
 * government" (the owner of the ruling body "military" describes), and a
 * dateline in a country the story never names again is a bureau's: an
 * agent with no country takes the story's country, not Thailand's */
NM_TEST(bureau_dateline_gives_no_country) {
  const char *t = "BANGKOK (Wire) - Myanmar's military government bombed a village in Sagaing on "
                  "Tuesday. Fighter jets struck a school where villagers had gathered to meet "
                  "members of the opposition.";
  const char *ev = cameo_events(t, "2025-03-02", false);
  NM_CHECK(strstr(ev, "THA") == NULL);
  NM_CHECK(strstr(ev, "MMRMIL ---EDU") != NULL);
  const char *u = "BANGKOK (Wire) - Myanmar's military government bombed a village in Sagaing on "
                  "Tuesday. Police arrested two students.";
  NM_CHECK(strstr(cameo_events(u, "2025-03-02", false), "MMRCOP ---EDU 173") != NULL);
}

/* "Defense Minister Israel Katz" in an article that names Israel: the
 * model reads "Israel" as the place there, and "Katz" is left alone;
 * the country's word between the title and the surname starts the name */
NM_TEST(country_word_as_a_given_name_after_a_title) {
  const char *t = "JERUSALEM (Wire) - Defense Minister Israel Katz warned that the rebels would "
                  "pay. \"Whoever raises a hand against Israel will have that hand cut off,\" "
                  "Katz said.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-03-02", "Israel Katz", false), "ISRGOV");
}

/* "forced it to sail toward the Iranian coast": a complement's motion
 * toward a place is no target (it was IRNMIL 170 IRN); force fired
 * toward a place still is */
NM_TEST(motion_toward_a_place_is_no_target) {
  const char *t = "Commandos from Iran's Revolutionary Guard boarded the vessel and forced it to "
                  "sail toward the Iranian coast.";
  NM_CHECK(strstr(cameo_events(t, "2025-03-02", false), "IRNMIL IRN") == NULL);
  NM_CHECK(strstr(cameo_events("Hamas fired rockets toward Israel on Monday.", "2025-03-02", false),
                  " ISR 194") != NULL);
}

/* "The Unitary Workers' Central … said …. Its president, David Acuña,
 * urged workers to walk out": the president of a body the story did not
 * code is no state's (it was CHLGOV through the article's country) */
NM_TEST(its_president_of_an_uncoded_body_is_no_state_s) {
  const char *t = "SANTIAGO, Chile (Wire) - The Unitary Workers' Central, the country's largest "
                  "union federation, said the bill did not go far enough. Its president, David "
                  "Acuna, called the reform a half measure and urged workers to walk out.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-03-02", "David Acuna", false), "");
  NM_CHECK(strstr(cameo_events(t, "2025-03-02", false), "GOV") == NULL);
}

/* "Nika Melia, who leads the Coalition for Change alliance": a body the
 * dictionaries lack, led by an opposition figure, is the opposition's */
NM_TEST(body_led_by_an_opposition_figure) {
  const char *t = "TBILISI, Georgia (Wire) - A court in Georgia sentenced opposition leader Nika "
                  "Melia to eight months in prison. Melia, who leads the Coalition for Change "
                  "alliance, said he would appeal.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-03-02", "Coalition for Change", false), "GEOOPP");
}

/* "Niger junta orders French ambassador out": a headline's lower-case
 * verb before a description is no role word of it ("Niger junta orders"
 * gave the ambassador NERGOV) */
NM_TEST(headline_verb_before_a_description_is_no_role) {
  const char *t = "Niger junta orders French ambassador out\n\nThe junta said Ambassador "
                  "Sylvain Itte had refused an invitation to meet the foreign ministry and that "
                  "his presence was contrary to the interests of Niger.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2023-08-26", "Sylvain Itte", false), "FRAGOV");
}

/* "China's Taiwan Affairs Office": the owner's state office, not the
 * country its name holds (it was TWN, and its condemnation TWN 111) */
NM_TEST(owner_s_office_named_for_another_country) {
  const char *t = "TAIPEI, Taiwan (Wire) - China's Taiwan Affairs Office condemned Taiwan's "
                  "president on Wednesday.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-07-30", "Taiwan Affairs Office", false), "CHNGOV");
  NM_CHECK(strstr(cameo_events(t, "2024-07-30", false), "CHNGOV") != NULL);
}

/* "We are concerned by the military pressure": a state of mind, whose
 * by-phrase is no agent acting on the subject */
NM_TEST(state_of_mind_by_phrase_is_no_source) {
  const char *t = "WASHINGTON (Wire) - \"We are concerned by the pressure from China,\" State "
                  "Department spokesman Matthew Miller said.";
  NM_CHECK(strstr(cameo_events(t, "2024-07-30", false), "CHN USAGOV") == NULL);
}

/* "after the island's then-president met the speaker of the U.S. House":
 * the office of "the island" is of the country named last before it */
NM_TEST(office_of_the_island_is_the_country_named_before) {
  const char *t = "TAIPEI, Taiwan (Wire) - China held drills around Taiwan in April 2023 after "
                  "the island's then-president met the speaker of the U.S. House of "
                  "Representatives in California.";
  NM_CHECK(strstr(cameo_events(t, "2024-07-30", false), "TWNGOV USALEG 040") != NULL);
}

/* "ministry spokesman Abdullahi Ali Anod": a state's body in the title
 * is the one spoken for, not the armed group named before (SOMREB) */
NM_TEST(ministry_spokesman_speaks_for_no_armed_group) {
  const char *t = "MOGADISHU, Somalia (Wire) - Somali troops recaptured a town from al-Shabab "
                  "fighters on Saturday, the defence ministry said. The army entered the town "
                  "after two days of fighting, ministry spokesman Abdullahi Ali Anod told state "
                  "radio.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-07-30", "Abdullahi Ali Anod", false), "SOMGOV");
}

/* "Al-Shabab said that its fighters had inflicted heavy losses": the
 * reporter owns "its fighters", the clause's own subject */
NM_TEST(its_fighters_in_a_report_are_the_reporter_s) {
  const char *t = "MOGADISHU, Somalia (Wire) - Al-Shabab said in a statement on a website that "
                  "its fighters had inflicted heavy losses on government forces.";
  NM_CHECK(strstr(cameo_events(t, "2024-07-30", false), "SOMREB SOMMIL 170") != NULL);
}

/* "has threatened to use force if diplomacy fails and has imposed
 * sanctions on Niger": the sanctions are the bloc's */
NM_TEST(sanctions_after_a_condition_are_the_subject_s) {
  const char *t = "NIAMEY, Niger (Wire) - The West African bloc ECOWAS has threatened to use "
                  "force if diplomacy fails and has imposed sanctions on Niger.";
  NM_CHECK(strstr(cameo_events(t, "2023-08-26", false), "163") != NULL);
}

/* "Panama's president, José Raúl Mulino,": the office set off before
 * the name, though in lower case, is newer than the dictionary's
 * open-ended PANGOVMIL */
NM_TEST(lower_case_office_set_off_before_the_name) {
  const char *t = "PANAMA CITY (Wire) - Panama's president, Jose Raul Mulino, said his country "
                  "would suspend flights to Venezuela.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-07-30", "Jose Raul Mulino", false), "PANGOV");
}

/* "Britain, France and Germany are preparing a resolution": preparing
 * is no cooperation of each with the others (six events were coded) */
NM_TEST(preparing_together_is_no_mutual_event) {
  const char *t = "VIENNA (Wire) - Britain, France and Germany are preparing a resolution that "
                  "would censure Iran, diplomats said.";
  NM_CHECK(strstr(cameo_events(t, "2024-06-05", false), "GBR FRA") == NULL);
}

/* "according to the United Nations": the "to" of a preposition of two
 * words matches no pattern's "(TO)" (CONTROL took HEAD's "* (TO)",
 * 042:043) */
NM_TEST(fixed_word_of_a_preposition_matches_no_pattern) {
  const char *t = "PORT-AU-PRINCE, Haiti (Wire) - Gangs control about 80% of Port-au-Prince, "
                  "according to the United Nations.";
  NM_CHECK(strstr(cameo_events(t, "2024-03-04", false), "042") == NULL);
}

/* "a former police officer who leads a coalition of gangs": what the
 * person is, not an act */
NM_TEST(relative_clause_of_leading_is_no_event) {
  const char *t = "PORT-AU-PRINCE, Haiti (Wire) - Jimmy Cherizier, a former police officer who "
                  "leads a coalition of gangs, said the attacks would go on.";
  NM_CHECK(strstr(cameo_events(t, "2024-03-04", false), "060") == NULL);
}

/* "Russia and Ukraine swap prisoners in deal brokered by UAE": the
 * headline's participle with its agent is passive; the parties are not
 * the mediation's source */
NM_TEST(headline_participle_with_agent_is_passive) {
  const char *t = "Russia and Ukraine swap prisoners in deal brokered by UAE\n\nKYIV, Ukraine "
                  "(Wire) - The two sides exchanged 190 prisoners on Wednesday.";
  NM_CHECK(strstr(cameo_events(t, "2024-06-05", false), "RUS ARE") == NULL);
}

/* "Serbian President Aleksandar Vucic put the army on the highest state
 * of alert": the forces an official commands are the official's own
 * country's, not the dateline's (KSVMIL) */
NM_TEST(forces_an_official_commands_are_the_official_s) {
  const char *t = "PRISTINA, Kosovo (Wire) - Serbian President Aleksandar Vucic put the army on "
                  "the highest state of alert on Friday.";
  const char *ev = cameo_events(t, "2023-05-27", false);
  NM_CHECK(strstr(ev, "KSVMIL") == NULL);
  NM_CHECK(strstr(ev, "SRBGOV SRBMIL 152") != NULL);
}

/* "The United States urged its citizens to leave Haiti": the appeal is
 * to its own citizens, not to Haiti */
NM_TEST(appeal_to_one_s_own_is_its_target) {
  const char *t = "PORT-AU-PRINCE, Haiti (Wire) - The United States urged its citizens to leave "
                  "Haiti as soon as possible.";
  NM_CHECK_EQ_STR(cameo_events(t, "2024-03-04", false), "USA USACVL 020");
}

/* "China's coast guard said … Foreign ministry spokesman Lin Jian urged
 * Manila": the country of the body named before, with the role of the
 * title's own body (CHNGOV; CHNMIL before the ministry counted, PHLGOV
 * while only a ministry named before did) */
NM_TEST(spokesman_of_another_body_of_the_country_named_before) {
  const char *t = "MANILA, Philippines (Wire) - China's coast guard said the boat had intruded "
                  "into Chinese waters. Foreign ministry spokesman Lin Jian urged Manila to stop "
                  "its provocations.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-06-05", "Lin Jian", false), "CHNGOV");
}

/* "National Security Council spokesman Jonathan Malaya" under a Manila
 * dateline: the council is the home country's, and so is its spokesman
 * (he was USAGOV: the council's dictionary code, and he himself counted
 * as the United States named near) */
NM_TEST(spokesman_of_a_body_many_states_have) {
  const char *t = "MANILA, Philippines (Wire) - The Philippines accused China of ramming a supply "
                  "boat. National Security Council spokesman Jonathan Malaya said the Chinese "
                  "vessels had blocked the boat.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-06-05", "Jonathan Malaya", false), "PHLGOV");
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-06-05", "National Security Council", false), "PHLGOV");
}

/* "The rebels' commander, Antonio Garcia,": the one rebel group named
 * before (COLREB; "commander" had made him COLMIL, and his accusation of
 * the army a self-directed event, dropped) */
NM_TEST(rebels_commander_is_the_rebel_group_s) {
  const char *t = "BOGOTA, Colombia (Wire) - The ELN agreed to extend a ceasefire on Friday. The "
                  "rebels' commander, Antonio Garcia, accused the army of violating the truce.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-06-05", "Antonio Garcia", false), "COLREB");
  NM_CHECK(strstr(cameo_events(t, "2024-06-05", false), "COLREB COLMIL") != NULL);
}

/* "launched 20 missiles, in violation of U.N. Security Council
 * resolutions": what an act breaches is no target (PRK 194 IGOUNO) */
NM_TEST(what_an_act_violates_is_no_target) {
  const char *t = "SEOUL, South Korea (Wire) - North Korea has launched more than 20 ballistic "
                  "missiles this year, in violation of U.N. Security Council resolutions.";
  NM_CHECK(strstr(cameo_events(t, "2024-06-05", false), "IGOUNO") == NULL);
}

/* "Saudi Arabia and the United States … called on them": "them" is none
 * of the subjects (USA 020 SAU) */
NM_TEST(pronoun_target_is_none_of_the_subjects) {
  const char *t = "JEDDAH (Wire) - The army and the RSF fought on. Saudi Arabia and the United "
                  "States, which hosted failed talks between the two sides, called on them to "
                  "return to negotiations.";
  const char *ev = cameo_events(t, "2024-06-05", false);
  NM_CHECK(strstr(ev, "USA SAU") == NULL);
  NM_CHECK(strstr(ev, "SAU USA") == NULL);
}

/* "An army spokesman, Brig. Gen. Nabil Abdallah, denied the accusation":
 * the role alone (---MIL) is the named person's with a country (SDNMIL),
 * whose name hangs under his title */
NM_TEST(role_only_phrase_takes_the_apposed_person_s_country) {
  const char *t = "PORT SUDAN, Sudan (Wire) - The RSF accused the army of bombing a market. An "
                  "army spokesman, Brig. Gen. Nabil Abdallah, denied the accusation.";
  NM_CHECK(strstr(cameo_events(t, "2024-06-05", false), "SDNMIL SDNREB 016") != NULL);
}

/* "the strength of the alliance" after "the North would respond": a
 * country one of whose names was typed a body is no alliance */
NM_TEST(alliance_is_no_country) {
  const char *t = "SEOUL (Wire) - North Korea fired two missiles on Wednesday. Kim Yo Jong warned "
                  "that the North would respond with force. U.S. officials said the deployment "
                  "was meant to show the strength of the alliance.";
  NM_CHECK(strstr(cameo_mentions_of(t, "2024-06-05", "North Korea"), "alliance") == NULL);
}

/* "urged lawmakers to withdraw it": lawmakers act as a state's
 * legislature, the article's (GEOLEG, was ---LEG) */
NM_TEST(lawmakers_are_the_country_s_legislature) {
  const char *t = "TBILISI, Georgia (Wire) - EU foreign policy chief Josep Borrell said the law "
                  "was incompatible with EU values and urged lawmakers to withdraw it.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-12", false), "GEOLEG") != NULL);
}

/* "Colombia's government and the National Liberation Army rebel group
 * agreed on Friday to extend a six-month ceasefire, the two sides said":
 * "agreed" is the past tense (the tagger read a participle), each side's
 * act toward the other */
NM_TEST(joined_subjects_agree_before_a_reporter) {
  const char *t = "BOGOTA, Colombia (Wire) - Colombia's government and the National Liberation "
                  "Army rebel group agreed on Friday to extend a six-month ceasefire, the two "
                  "sides said in a joint statement.";
  const char *ev = cameo_events(t, "2024-06-05", false);
  NM_CHECK(strstr(ev, "COLGOV COLREB") != NULL);
  NM_CHECK(strstr(ev, "COLREB COLGOV") != NULL);
}

/* "the navy had seized the ship under a court order": what an act is
 * done under is no target (IRNMIL 192 ---JUD) */
NM_TEST(what_an_act_is_done_under_is_no_target) {
  const char *t = "DUBAI (Wire) - Iran's state media said the navy had seized the ship under a "
                  "court order after a complaint by an Iranian company.";
  NM_CHECK(strstr(cameo_events(t, "2024-06-05", false), "JUD") == NULL);
}

/* "It did not name the company" after "the U.S. Navy said": a company
 * is no state's force */
NM_TEST(company_is_no_navy) {
  const char *t = "DUBAI (Wire) - Iranian forces seized an oil tanker on Thursday, the U.S. Navy "
                  "said. Iran's state media said the ship was seized after a complaint by an "
                  "Iranian company. It did not name the company.";
  NM_CHECK(strstr(cameo_mentions_of(t, "2024-06-05", "U.S. Navy"), "company") == NULL);
}

/* "Political parties condemned the decision": a country's parties,
 * like its opposition, take the country (MLIPTY, was ---PTY) */
NM_TEST(parties_take_the_country) {
  const char *t = "BAMAKO, Mali (Wire) - Mali's military government suspended the activities of "
                  "all political parties on Wednesday. Political parties condemned the decision.";
  NM_CHECK(strstr(cameo_events(t, "2024-06-05", false), "MLIPTY") != NULL);
}

/* "Mali has grown closer to Russia since the coup, expelling French
 * troops": a gerund with an object after a comma is done by the clause's
 * named subject */
NM_TEST(comma_gerund_is_the_named_subject_s) {
  const char *t = "BAMAKO, Mali (Wire) - Mali has grown closer to Russia since the coup, "
                  "expelling French troops and a U.N. peacekeeping mission.";
  NM_CHECK(strstr(cameo_events(t, "2024-06-05", false), "MLI FRAMIL 174") != NULL);
}

/* "the navy's Bahrain-based Fifth Fleet said" after "the U.S. Navy
 * said": the fleet is the navy's (USAMIL; it took the sentence's one
 * country, the vessel's flag, MHLMIL) */
NM_TEST(body_of_the_navy_named_before) {
  const char *t = "DUBAI (Wire) - Iranian forces seized an oil tanker in the Gulf of Oman on "
                  "Thursday, the U.S. Navy said. The Marshall Islands-flagged vessel was boarded "
                  "by armed men, the navy's Bahrain-based Fifth Fleet said.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-06-05", "Fifth Fleet", false), "USAMIL");
}

/* the team's actors: the U.N. agencies as wire stories describe them */
NM_TEST(un_agencies_by_their_descriptions) {
  NM_CHECK(strstr(cameo_events("VIENNA (Wire) - The head of the U.N. nuclear watchdog urged "
                               "Tehran to cooperate with inspectors.",
                               "2024-06-05", false),
                  "IGOUNOIAE IRN") != NULL);
  NM_CHECK(strstr(cameo_events("GENEVA (Wire) - The U.N. refugee agency urged Chad to keep its "
                               "border open.",
                               "2024-06-05", false),
                  "IGOUNOREFHCR TCD") != NULL);
}

/* "Zelenskyy fires army chief": a dismissal, no use of force (FIRE is
 * EXPLOSIVE_DESTRUCTION's, [190]) */
NM_TEST(firing_an_office_holder_is_no_force) {
  const char *t = "Zelenskyy fires army chief in biggest shake-up of the war\n\nKYIV, Ukraine "
                  "(Wire) - President Volodymyr Zelenskyy replaced the head of the army.";
  NM_CHECK(strstr(cameo_events(t, "2024-02-09", false), "190") == NULL);
}

/* "which Republican lawmakers have blocked": a U.S. party's lawmakers
 * are the United States' (USALEG; was ---LEG, a capitalised adjective
 * taken for a place) */
NM_TEST(republican_lawmakers_are_american) {
  const char *t = "KYIV, Ukraine (Wire) - The U.S. Congress has yet to approve a $60 billion aid "
                  "package for Ukraine, which Republican lawmakers have blocked for months.";
  NM_CHECK(strstr(cameo_events(t, "2024-02-09", false), "USALEG UKR 170") != NULL);
}

/* "Kanaani denied that Iran had sent ballistic missiles to Russia": what
 * is denied is no act (IRN 072 RUS) */
NM_TEST(what_is_denied_is_no_event) {
  const char *t = "BRUSSELS (Wire) - Iran's foreign ministry condemned the decision. Spokesman "
                  "Nasser Kanaani denied that Iran had sent ballistic missiles to Russia.";
  NM_CHECK(strstr(cameo_events(t, "2024-02-05", false), "IRN RUS") == NULL);
}

/* "Russia has used Iranian-designed Shahed drones": the maker of a
 * thing is no target (RUS 090 IRN) */
NM_TEST(maker_of_a_thing_is_no_target) {
  const char *t = "KYIV, Ukraine (Wire) - Russia has used Iranian-designed Shahed drones to "
                  "attack Ukrainian cities since 2022.";
  NM_CHECK(strstr(cameo_events(t, "2024-02-05", false), "RUS IRN") == NULL);
}

/* "Police fired tear gas at hundreds of protesters in Dakar": the
 * protesters where the act took place are that country's (SENOPP) */
NM_TEST(protesters_where_the_act_took_place) {
  const char *t = "DAKAR, Senegal (Wire) - Police fired tear gas at hundreds of protesters in "
                  "Dakar on Sunday.";
  NM_CHECK(strstr(cameo_events(t, "2024-02-05", false), "SENOPP") != NULL);
}

/* "Qatar's emir, Sheikh Tamim bin Hamad Al Thani,": the description
 * before the comma codes the person though an honorific stands between
 * (QATGOV; he was uncoded) */
NM_TEST(description_before_an_honorific_and_a_name) {
  const char *t = "DOHA (Wire) - U.S. President Joe Biden thanked Qatar's emir, Sheikh Tamim bin "
                  "Hamad Al Thani, for his help.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2023-11-22", "Tamim bin Hamad Al Thani", false), "QATGOV");
}

/* "helped broker the deal along with Egypt and the United States":
 * partners are no target (QATGOV 070 EGY) */
NM_TEST(partners_along_with_are_no_target) {
  const char *t = "DOHA (Wire) - Qatar's foreign ministry, which helped broker the deal along "
                  "with Egypt and the United States, said the truce would begin on Thursday.";
  NM_CHECK(strstr(cameo_events(t, "2023-11-22", false), "QATGOV EGY") == NULL);
}

/* "The militants fired rockets": the one armed group named before (was
 * ---UAF) */
NM_TEST(the_militants_are_the_group_named_before) {
  const char *t = "GAZA (Wire) - Hamas said its fighters attacked an army post. The militants "
                  "fired rockets at Israeli towns on Monday.";
  NM_CHECK(strstr(cameo_events(t, "2023-11-22", false), "PSEREBHMS ISR 194") != NULL);
}

/* "Bernardo Arevalo was sworn in as Guatemala's president": the office
 * the subject takes is his title (GTMGOV; he was uncoded) */
NM_TEST(office_taken_as_is_the_title) {
  const char *t = "GUATEMALA CITY (Wire) - Bernardo Arevalo was sworn in as Guatemala's president "
                  "early Monday after a delay of several hours.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-01-15", "Bernardo Arevalo", false), "GTMGOV");
}

/* "The army said its aircraft struck RSF positions": the speaker's own
 * aircraft, a phrase that codes as no one, strike (was no event) */
NM_TEST(its_aircraft_are_the_speakers) {
  const char *t = "KHARTOUM (Wire) - Sudan's army took over the city in April. On Monday, the "
                  "army said its aircraft struck RSF positions east of the city.";
  NM_CHECK(strstr(cameo_events(t, "2025-06-10", false), "SDNMIL SDNREB 19") != NULL);
}

/* "has opposed sending weapons to Kyiv": the gerund's act has not
 * happened (was HUNGOV UKR 072 beside the 110) */
NM_TEST(opposed_gerund_has_not_happened) {
  const char *t = "BUDAPEST (Wire) - Prime Minister Viktor Orban has repeatedly opposed sending "
                  "weapons to Kyiv.";
  const char *e = cameo_events(t, "2025-06-10", false);
  NM_CHECK(strstr(e, "UKR 072") == NULL);
  NM_CHECK(strstr(e, "HUNGOV UKR 110") != NULL);
}

/* "Militiamen shelled a camp ..., a local aid group said": an observer's
 * report is the shelling, not the aid group's accusation (was NGO 112
 * and no attack) */
NM_TEST(observer_report_keeps_the_attack) {
  const char *t = "EL FASHER, Sudan (Wire) - Paramilitary fighters shelled a displacement camp "
                  "near El Fasher on Tuesday, killing at least twelve people, a local aid group "
                  "said.";
  const char *e = cameo_events(t, "2024-05-07", false);
  NM_CHECK(strstr(e, "NGO") == NULL);
  NM_CHECK(strstr(e, " 19") != NULL);
}

/* (a side's own charge stays an accusation: "Russian forces struck a
 * power plant, the Ukrainian energy ministry said") */
NM_TEST(a_sides_report_stays_an_accusation) {
  const char *t = "KYIV (Wire) - Russian forces struck a power plant in Kharkiv overnight, the "
                  "Ukrainian energy ministry said.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), "UKRGOV RUSMIL 112") != NULL);
}

/* "renewed negotiations", "upgraded their diplomatic ties": each of a
 * compound subject to the other (team.verbs.txt: RENEW, UPGRADE; was no
 * event) */
NM_TEST(renewed_talks_and_upgraded_ties) {
  const char *t = "BEIRUT (Wire) - Israel and Lebanon renewed negotiations on Tuesday. Serbia and "
                  "Kosovo upgraded their diplomatic ties.";
  const char *e = cameo_events(t, "2024-05-07", false);
  NM_CHECK(strstr(e, "ISR LBN 046") != NULL);
  NM_CHECK(strstr(e, "LBN ISR 046") != NULL);
  NM_CHECK(strstr(e, "SRB KSV 050") != NULL);
}

/* "sending arms to Yemen": military aid (072), not DEPLOY's "* ARMS"
 * (154, was IRN YEM 154) */
NM_TEST(arms_sent_to_a_country_are_aid) {
  const char *t = "DUBAI (Wire) - Iran has been sending arms to Yemen for years, the report said.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), "IRN YEM 072") != NULL);
}

/* "an attack on a defence company killed five people": the company is
 * the victim; the attack names no doer (was TURBUS ---PPL 190); "A
 * Russian strike on Kharkiv" names one */
NM_TEST(an_attack_on_its_victim_has_no_doer) {
  const char *t = "ANKARA (Wire) - An attack on a defence company near Ankara killed five people "
                  "on Wednesday. A Russian missile strike on Kharkiv killed three people.";
  const char *e = cameo_events(t, "2024-05-07", false);
  NM_CHECK(strstr(e, "TURBUS") == NULL);
  NM_CHECK(strstr(e, "RUS ") != NULL);
}

/* "Venezuela expelled their diplomats": "their" is not the subject, one
 * country (was VEN VENGOV 161, an expulsion of its own diplomats) */
NM_TEST(their_diplomats_are_not_the_subjects) {
  const char *t = "CARACAS (Wire) - Several Latin American governments, including Argentina, "
                  "Chile and Peru, refused to recognize the result. Venezuela expelled their "
                  "diplomats on Monday.";
  const char *e = cameo_events(t, "2024-07-30", false);
  NM_CHECK(strstr(e, "VENGOV") == NULL);
  NM_CHECK(strstr(e, "VEN ") != NULL);
}

/* "Angola, which has mediated between the two neighbours, invited both
 * presidents to talks in Luanda": Angola invites (was the neighbours),
 * and the presidents are not Angola's (was AGOGOV from "in Luanda") */
NM_TEST(mediator_invites_the_presidents) {
  const char *t = "KINSHASA (Wire) - Congo accused Rwanda of backing the rebels. Angola, which has "
                  "mediated between the two neighbours, invited both presidents to talks in "
                  "Luanda next week.";
  const char *e = cameo_events(t, "2024-05-07", false);
  NM_CHECK(strstr(e, "AGO ---GOV 04") != NULL);
  NM_CHECK(strstr(e, "AGOGOV") == NULL);
}

/* "said the accusations were "baseless" and blamed Congo": the
 * spokeswoman blames (was no event: "blamed" a participle hung on
 * "baseless") */
NM_TEST(blamed_after_a_reported_copula) {
  const char *t = "KIGALI (Wire) - A Rwandan government spokeswoman, Yolande Makolo, said the "
                  "accusations were \"baseless\" and blamed Congo for arming a militia.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), "RWAGOV CO") != NULL); /* COD, COG */
}

/* "said the United States was "deeply concerned" by the violence and
 * called on authorities to respect ...": the spokesman's appeal (was no
 * event, "called" a conjunct of "violence") */
NM_TEST(called_on_after_a_reported_phrase) {
  const char *t = "TBILISI, Georgia (Wire) - A State Department spokesman said the United States "
                  "was \"deeply concerned\" by the violence and called on authorities to respect "
                  "the right to peaceful assembly.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), "USAGOV GEOGOV 02") != NULL);
}

/* "Iraq's Foreign Ministry condemned the strikes" six sentences after
 * "Turkish warplanes struck …": the doer of the deed (the window was five
 * sentences; was no target and no event) */
NM_TEST(condemned_strikes_six_sentences_later) {
  const char *t = "ANKARA (Wire) - Turkish warplanes struck Kurdish militant targets in northern "
                  "Iraq on Saturday, the Defence Ministry said. The ministry said 32 targets had "
                  "been destroyed. It gave no figure for casualties. The operation followed an "
                  "attack near Ankara on Wednesday. Five people died in that attack. The "
                  "president vowed to pursue the militants. Iraq's Foreign Ministry condemned "
                  "the strikes as a violation of its sovereignty.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), "IRQGOV TURMIL 111") != NULL);
}

/* "Bazoum, who remains detained at his residence": a participle a verb
 * of state takes is passive, he is detained (was NERGOV NER 173, Bazoum
 * detaining his residence) */
NM_TEST(remains_detained_is_passive) {
  const char *t = "NIAMEY, Niger (Wire) - The bloc has threatened to use force to restore "
                  "ousted President Mohamed Bazoum, who remains detained at his residence in "
                  "Niamey.";
  NM_CHECK(strstr(cameo_events(t, "2023-08-20", false), "173") == NULL);
}

/* team.verbs.txt: "threatened to use force against the junta" (138; was
 * 130), "Police dispersed protesters" (175; was 010, CIRCULATE's), and
 * force police use on protesters is repression (175, not 190) */
NM_TEST(force_threatened_and_used_on_protesters) {
  const char *t = "NAIROBI (Wire) - The Economic Community of West African States has "
                  "threatened to use force against the junta in Niger. Police dispersed "
                  "protesters in Nairobi. Kenyan police used force to disperse protesters.";
  const char *e = cameo_events(t, "2024-05-07", false);
  NM_CHECK(strstr(e, "IGOWAFWAS NERGOV 138") != NULL);
  NM_CHECK(strstr(e, " 010") == NULL);
  NM_CHECK(strstr(e, "KENCOP KENOPP 175") != NULL);
  NM_CHECK(strstr(e, " 190") == NULL);
}

/* team.agents.txt: "the presidential office" is the government (was
 * uncoded, no event) */
NM_TEST(presidential_office_is_the_government) {
  const char *t = "SEOUL, South Korea (Wire) - Police raided the presidential office on "
                  "Wednesday as part of an investigation, officials said.";
  NM_CHECK(strstr(cameo_events(t, "2024-12-04", false), "KORCOP KORGOV") != NULL);
}

/* "ordered the French ambassador to leave": a pattern's phrase "(TO
 * LEAVE)" matches an infinitive complement, hung on the verb or on its
 * object (ORDER's "* DIPLOMAT (TO LEAVE)" 161, "* (TO LEAVE)" 174; was
 * 100, or 042 from "leave"); "(TO +)" does not ("ordered Israel to halt
 * its offensive" stays a demand) */
NM_TEST(ordered_to_leave_is_an_expulsion) {
  const char *t = "NIAMEY (Wire) - Niger ordered French diplomats to leave the country. Niger "
                  "ordered the French envoy to leave. The junta ordered French troops to leave "
                  "within a month.";
  const char *e = cameo_events(t, "2023-08-20", false);
  NM_CHECK(strstr(e, "NER FRAGOV 161") != NULL);
  NM_CHECK(strstr(e, "FRAMIL 174") != NULL);
  NM_CHECK(strstr(e, "042") == NULL);
  NM_CHECK(strstr(e, " 100") == NULL);
}

/* "urged member states to speed up deliveries of air defence systems to
 * Ukraine": an appeal's object is its addressee, who codes nothing here;
 * the complement's Ukraine is no target (was IGOWSTNAT UKR 020) */
NM_TEST(appeal_to_an_uncoded_addressee_has_no_target) {
  const char *t = "BRUSSELS (Wire) - NATO Secretary-General Jens Stoltenberg on Tuesday urged "
                  "member states to speed up deliveries of air defence systems to Ukraine.";
  NM_CHECK(strstr(cameo_events(t, "2024-04-30", false), "UKR 02") == NULL);
}

/* "Washington's support for the island seriously harms China's
 * sovereignty": a policy or words as the subject of force is no violence
 * by its owner (was USA CHN 180) */
NM_TEST(a_policy_does_no_violence) {
  const char *t = "BEIJING (Wire) - A ministry spokesman said Washington's support for the "
                  "island seriously harms China's sovereignty.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), " 18") == NULL);
}

/* "called on both sides to protect civilians": the ones asked code as no
 * one, and the civilians are no target of the appeal (was IGOUNO ---CVL
 * 0234) */
NM_TEST(called_on_both_sides_is_no_act_on_civilians) {
  const char *t = "ADDIS ABABA (Wire) - The United Nations human rights office called on both "
                  "sides to protect civilians.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), "CVL") == NULL);
}

/* "Relatives of other Americans detained abroad urged the
 * administration to do more": no detention by the relatives (was USA
 * USAGOV 173) */
NM_TEST(detained_abroad_is_a_participle) {
  const char *t = "WASHINGTON (Wire) - Relatives of other Americans detained abroad urged the "
                  "administration to do more.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), "173") == NULL);
}

/* "The European Union condemned the expulsions": an expulsion is a deed
 * whose doer the disapproval aims at (was no target) */
NM_TEST(condemned_expulsions_target_the_expeller) {
  const char *t = "MOSCOW (Wire) - Russia expelled two Moldovan diplomats on Thursday. The "
                  "European Union condemned the expulsions.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), "IGOEUREEC RUS 111") != NULL);
}

/* "Britain and France also condemned the attack" after "Iran launched
 * dozens of ballistic missiles at Israel": launching and firing do an
 * attack (was no target) */
NM_TEST(condemned_attack_that_was_launched) {
  const char *t = "TEHRAN (Wire) - Iran launched dozens of ballistic missiles at Israel on "
                  "Tuesday night. Britain and France also condemned the attack.";
  const char *e = cameo_events(t, "2024-10-01", false);
  NM_CHECK(strstr(e, "GBR IRN 111") != NULL);
  NM_CHECK(strstr(e, "FRA IRN 111") != NULL);
}

/* "arrested former Prime Minister Imran Khan's wife": a relative is the
 * country's civilian, not the holder of the person's offices (was
 * PAKGOVLEGELI) */
NM_TEST(a_leaders_wife_is_a_civilian) {
  const char *t = "ISLAMABAD (Wire) - Pakistani authorities arrested former Prime Minister Imran "
                  "Khan's wife on Friday.";
  NM_CHECK(strstr(cameo_events(t, "2024-10-01", false), "PAKGOV PAKCVL 173") != NULL);
}

/* "Pakistan Tehreek-e-Insaf", which the segmenter cuts as "Tehreek", "-",
 * "e-Insaf": the particle and the word it glues are the name's (was
 * "Pakistan Tehreek") */
NM_TEST(hyphen_particle_glued_to_its_word) {
  const char *t = "ISLAMABAD (Wire) - Khan's party, Pakistan Tehreek-e-Insaf, called the arrest "
                  "politically motivated.";
  NM_CHECK(strcmp(cameo_typed_entity(t, "2024-10-01", "Pakistan Tehreek-e-Insaf"), "") != 0);
}

/* "Beijing urged Manila to stop its provocations" (was no event: the
 * tagger read "Beijing" as "Being") */
NM_TEST(beijing_opens_a_sentence) {
  const char *t = "MANILA (Wire) - The Philippines protested. Beijing urged Manila to stop its "
                  "provocations.";
  NM_CHECK(strstr(cameo_events(t, "2024-05-07", false), "CHN PHL 02") != NULL);
}

/* "President William Ruto deployed the army to support the police":
 * material cooperation of a state's body with another of the same state
 * is no event (was KENGOV KENMIL 062) */
NM_TEST(a_state_cooperating_with_itself_is_no_event) {
  const char *t = "NAIROBI, Kenya (Wire) - President William Ruto deployed the army to support the "
                  "police.";
  NM_CHECK(strstr(cameo_events(t, "2024-06-25", false), "06") == NULL);
}

/* team.agents.txt: the legal profession's bodies are JUD, as Phoenix
 * codes lawyers ("The Law Society of Kenya" was KEN) */
NM_TEST(law_society_is_the_legal_profession) {
  NM_CHECK_EQ_STR(cameo_typed_entity("NAIROBI (Wire) - The Law Society of Kenya condemned the "
                                     "deployment.",
                                     "2024-06-25", "Law Society of Kenya"),
                  "ORG KENJUD");
}

/* "MOSCOW (Wire) — Russia expelled …, the Foreign Ministry said": a body
 * reporting an act of its dateline's country, the reported clause's
 * subject, is that country's (was ---GOV: the sentence names two
 * countries and the article none by weight); not under another dateline */
NM_TEST(ministry_reporting_its_dateline_country) {
  const char *t = "MOSCOW (Wire) - Russia expelled two Moldovan diplomats on Thursday in "
                  "retaliation for Chisinau's expulsion of a Russian embassy employee, the Foreign "
                  "Ministry said. Moldova's President Maia Sandu accused Moscow of meddling in "
                  "Moldova. Moldova's foreign minister spoke in Chisinau.";
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2024-05-07", "Foreign Ministry"), "ORG RUSGOV");
  const char *u = "CAIRO (Wire) - Israel struck a school in Gaza City, the Health Ministry said.";
  NM_CHECK(strstr(cameo_typed_entity(u, "2024-05-07", "Health Ministry"), "ISR") == NULL);
}

/* "Israel is opposed to French mediation": "be opposed to" is a stance
 * of its subject, not a passive (was no event); "was opposed by Egypt"
 * stays one */
NM_TEST(opposed_to_is_a_stance) {
  NM_CHECK_EQ_STR(cameo_events("Israel is opposed to French mediation in peace negotiations "
                               "with Syria.",
                               "2004-01-01", false),
                  "ISR FRA 125");
  NM_CHECK_EQ_STR(cameo_events("The plan was opposed by Egypt.", "2004-01-01", false), "");
}

/* "Russian deputy ambassador Sergei Marchenko": the country before a
 * rank the titles leave out (was MMRGOV, the article's country) */
NM_TEST(country_before_a_deputy_title) {
  const char *t = "UNITED NATIONS (Wire) - The council discussed Myanmar on Thursday. "
                  "Russian deputy ambassador Sergei Marchenko rejected the criticism.";
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2026-09-25", "Sergei Marchenko"), "PERSON RUSGOV");
}

/* "demanded an end to military airstrikes … on Friday": a day's "on" is
 * no pattern's "on" (PRESS's "- * ON [190]" in DEMAND's block made it
 * 190) */
NM_TEST(a_days_on_is_no_pattern_word) {
  NM_CHECK_EQ_STR(cameo_events("Britain demanded an end to military airstrikes on civilians in "
                               "Myanmar on Friday.",
                               "2026-09-25", false),
                  "GBR MMRMIL 100");
}

/* "imposed new sanctions on Belarus on Monday, targeting potash
 * exporters": what sanctions target they sanction (163; was TARGET's
 * 190); and the phrases the records point to stop before a time hung in
 * them ("The European Union on Monday", "sanctions on Belarus on
 * Monday") */
NM_TEST(sanctions_targeting_and_phrases_without_times) {
  static const char text[] = "The European Union on Monday imposed new sanctions on Belarus on "
                             "Monday, targeting the Belarusian army.";
  nm_doc *d = cameo_doc(text, "2026-02-23");
  if (!d) return;
  size_t n = 0;
  const nm_event *ev = nm_doc_events(d, &n);
  NM_CHECK_EQ_INT((int)n, 2);
  for (size_t i = 0; i < n; i++) {
    NM_CHECK_EQ_STR(ev[i].code, "163");
    NM_CHECK_EQ_INT((int)ev[i].source_span.end, (int)strlen("The European Union"));
  }
  if (n == 2)
    NM_CHECK_EQ_INT((int)ev[0].target_span.end,
                    (int)(strstr(text, " on Monday,") - text));
  nm_doc_free(d);
}

/* "Britain's Foreign Office advised its nationals in Freetown": the
 * plural "nationals" is a state's people (team.agents.txt), and a state
 * body's people are the country's civilians (was SLE, the place) */
NM_TEST(a_state_bodys_nationals_are_its_civilians) {
  NM_CHECK_EQ_STR(cameo_events("Britain's Foreign Office advised its nationals in Freetown to "
                               "stay indoors.",
                               "2026-06-18", false),
                  "GBRGOV GBRCVL 020");
}

/* "approved the measures at a meeting in Brussels after weeks of
 * negotiations", the place hung on the verb: where the verb's gathering
 * met is no target (was IGOEUREEC BEL 031) */
NM_TEST(place_of_the_verbs_gathering_is_no_target) {
  const char *got = cameo_events("EU foreign ministers approved the measures at a meeting in "
                                 "Brussels after weeks of negotiations, according to a statement "
                                 "from the Council of the EU.",
                                 "2026-02-23", false);
  NM_CHECK(strstr(got, "BEL") == NULL);
}

/* "Opposition Senator Julián Ferreyra, who leads the largest bloc
 * opposing the bill": a bloc, faction, caucus or wing he leads is no
 * body whose code he takes (the bloc had been joined to the Senate:
 * ARGGOVLEG) */
NM_TEST(leading_a_bloc_is_no_body) {
  const char *t = "BUENOS AIRES (Wire) - The Senate debated the bill. Opposition Senator Julian "
                  "Ferreyra, who leads the largest bloc opposing the bill, condemned the "
                  "crackdown.";
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2026-05-13", "Julian Ferreyra"), "PERSON ARGOPP");
}

/* A visit's words: "met the Philippine president at Malacanang Palace"
 * is a meeting (040; the MEET block's bare "(AT)" made it 036, an
 * intent to meet; team.verbs.txt has "(AT ^)"); "arrived late Saturday
 * from Hanoi", the day parsed as the object, visits no Vietnam; and
 * "pledged $500 million to help Manila modernize its navy" is aimed at
 * the one its purpose clause helps (was no event) */
NM_TEST(meeting_arrival_and_pledge_targets) {
  const char *pre = "MANILA (Wire) - U.S. Secretary of State Richard Halvorsen visited Asia. ";
  char t[512];
  snprintf(t, sizeof t, "%sHalvorsen met the Philippine president at Malacanang Palace.", pre);
  NM_CHECK(strstr(cameo_events(t, "2026-07-05", false), "USAGOV PHLGOV 040") != NULL);
  snprintf(t, sizeof t, "%sHalvorsen, who arrived late Saturday from Hanoi on the second leg of "
                        "a four-nation Asian tour, met the Philippine president.", pre);
  NM_CHECK(strstr(cameo_events(t, "2026-07-05", false), "VNM") == NULL);
  snprintf(t, sizeof t, "%sHalvorsen pledged $500 million to help Manila modernize its navy.",
           pre);
  NM_CHECK(strstr(cameo_events(t, "2026-07-05", false), "USAGOV PHL 030") != NULL);
}

/* "an Iranian engineer who had been serving a prison sentence":
 * serving a sentence is no cooperation (team.verbs.txt; was IRNCVL
 * ---COP 060) */
NM_TEST(serving_a_sentence_is_no_event) {
  NM_CHECK_EQ_STR(cameo_events("Germany released an Iranian engineer who had been serving a "
                               "prison sentence in Germany.",
                               "2026-04-09", false),
                  "DEU IRNCVL 084");
}

/* "opposition supporters clashed with ruling party activists": a
 * pattern's bare word is no participle or adjective modifying a noun
 * (ATTACK's "- * RULING [111]", an attack on a court's ruling, had made
 * the clash 111) */
NM_TEST(a_pattern_word_is_no_modifier) {
  const char *got = cameo_events("LUSAKA (Wire) - Opposition supporters clashed with ruling party "
                                 "activists outside a tally center.",
                                 "2026-08-24", false);
  NM_CHECK(strstr(got, " 190") != NULL);
  NM_CHECK(strstr(got, " 111") == NULL);
}

/* "Taliban government spokesman Abdul Wahid Hotak": the Taliban in
 * government are Afghanistan's (team.actors.txt; Phoenix's TALIBAN_ is
 * AFGREB only) */
NM_TEST(taliban_government_is_afghanistans) {
  const char *t = "ISLAMABAD (Wire) - Pakistan and Afghanistan clashed. In Kabul, Taliban "
                  "government spokesman Abdul Wahid Hotak denied that Afghan troops had fired "
                  "first.";
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2026-08-01", "Abdul Wahid Hotak"), "PERSON AFGGOV");
}

/* "The International Labor Office (ILO)": the U.N. labour agency by its
 * acronym and its secretariat's name (team.actors.txt) */
NM_TEST(ilo_is_the_un_labour_agency) {
  const char *t = "GENEVA (Wire) - The International Labor Office (ILO) urged Israel to ease "
                  "restrictions on Palestinian workers.";
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2026-05-01", "International Labor Office"),
                  "ORG IGOUNOLABILO");
}

/* "The spokesman also accused Asmara …" after "Ethiopian government
 * spokesman Dawit Gebremedhin": the spokesman named before (ETHGOV; was
 * ---MED) */
NM_TEST(the_spokesman_codes_as_the_one_named_before) {
  NM_CHECK_EQ_STR(cameo_events("ADDIS ABABA (Wire) - Ethiopian government spokesman Dawit "
                               "Gebremedhin said that Eritrean forces had moved toward the "
                               "border. The spokesman also accused Asmara of arming rebel groups.",
                               "2026-10-14", false),
                  "ETHGOV ERI 112");
}

/* "the real threat came from Addis Ababa, which he accused of 'openly
 * coveting' the port": a relative pronoun object is the noun before it
 * (was the target "which", coded ERI) */
NM_TEST(relative_pronoun_object_is_its_noun) {
  const char *got = cameo_events("ASMARA (Wire) - Eritrea's information minister, Tesfalem Habte, "
                                 "said the real threat came from Addis Ababa, which he accused of "
                                 "\"openly coveting\" the port of Assab.",
                                 "2026-10-14", false);
  NM_CHECK(strstr(got, " ETH 112") != NULL);
}

/* "Syrian and Israeli officials held another round of U.S.-mediated
 * security talks": the talks' broker is no party to them (was SYRGOV
 * USA 046 and ISRGOV USA 046) */
NM_TEST(a_gatherings_broker_is_no_party) {
  NM_CHECK_EQ_STR(cameo_events("Syrian and Israeli officials held another round of U.S.-mediated "
                               "security talks.",
                               "2026-05-21", false),
                  "SYRGOV ISRGOV 046; ISRGOV SYRGOV 046");
}

/* "India and China agreed to withdraw troops": a target with no country
 * is no other party; each agrees with the other (was IND ---MIL and CHN
 * ---MIL 035); and "a meeting, which is scheduled to take place in
 * Beijing" is no seizure (team.verbs.txt; was 171) */
NM_TEST(compound_agreement_and_taking_place) {
  NM_CHECK_EQ_STR(cameo_events("India and China agreed to withdraw troops from two friction "
                               "points.",
                               "2026-07-18", false),
                  "IND CHN 035; CHN IND 035");
  const char *got = cameo_events("The talks came ahead of a meeting of the two countries' special "
                                 "representatives on the boundary question, India's national "
                                 "security adviser and China's foreign minister, which is "
                                 "scheduled to take place in Beijing next month.",
                                 "2026-07-18", false);
  NM_CHECK(strstr(got, " 171") == NULL);
}

/* A headline's participle with no object is a passive: "Venezuelan
 * opposition leader arrested in Caracas" (was VENOPP VEN 173, the leader
 * arresting), "Israeli troops killed in Gaza" (was ISRMIL PSEGZA 190);
 * the body's own sentences are read as before */
NM_TEST(headline_participle_is_passive) {
  const char *got = cameo_events("Venezuelan opposition leader arrested in Caracas\n\nCARACAS, "
                                 "Venezuela (Wire) - Security agents arrested her late Thursday.",
                                 "2026-01-09", false);
  NM_CHECK(strstr(got, "VENOPP VEN 173") == NULL);
  got = cameo_events("Israeli troops killed in Gaza; Hamas claims attack\n\nGAZA (Wire) - Two "
                     "soldiers died.",
                     "2026-01-09", false);
  NM_CHECK(strstr(got, "ISRMIL") == NULL);
  got = cameo_events("Police arrest opposition leader\n\nCARACAS, Venezuela (Wire) - Venezuelan "
                     "police arrested an opposition leader.",
                     "2026-01-09", false);
  NM_CHECK(strstr(got, "VENCOP VENOPP 173") != NULL);
}

/* Names with Latin diacritics have the shape of their ASCII letters:
 * "Mehmet Ali Karataş" was the person "Mehmet Ali" and the organisation
 * "Karataş"; "Raúl Medina" opening a sentence was no entity */
NM_TEST(accented_names_are_whole) {
  const char *t = "NEW YORK (Wire) - Turkish President Mehmet Ali Karataş met Greece's prime "
                  "minister on Wednesday.";
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2026-09-23", "Mehmet Ali Karataş"), "PERSON TURGOV");
  const char *u = "BUENOS AIRES (Wire) - Unions marched.\n\nRaúl Medina, one of the federation's "
                  "leaders, said that unions were considering a strike.";
  NM_CHECK(strncmp(cameo_typed_entity(u, "2026-05-13", "Raúl Medina"), "PERSON", 6) == 0);
}

/* "the General Assembly" after "the U.N. General Assembly" is that body
 * (was a second entity, USALEG: "a body many states have" in a New York
 * story) */
NM_TEST(un_body_without_un) {
  const char *t = "NEW YORK (Wire) - The leaders met on the sidelines of the U.N. General "
                  "Assembly on Wednesday. Vardakis is expected to address the General Assembly on "
                  "Thursday.";
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2026-09-23", "General Assembly"), "");
  NM_CHECK_EQ_STR(cameo_typed_entity(t, "2026-09-23", "U.N. General Assembly"), "ORG IGOUNOLEG");
}

/* "The Saudi Foreign Ministry said … that the kingdom … urged them":
 * "the kingdom" is the monarchy named last (was ---GOV) */
NM_TEST(the_kingdom_is_the_monarchy_named_before) {
  NM_CHECK_EQ_STR(cameo_events("RIYADH (Wire) - The Saudi Foreign Ministry said the talks would "
                               "resume. The kingdom also urged Sudan's army to accept the plan.",
                               "2026-06-12", false),
                  "SAUGOV SDNMIL 020");
}

/* "King Hassan of Morocco": the country after "of" is the holder's, over
 * the dictionary's Jordan (Prince Hassan) */
NM_TEST(the_country_after_of_holds_the_title) {
  NM_CHECK_EQ_STR(cameo_typed_entity("King Hassan of Morocco said on Monday he would host a "
                                     "meeting in Rabat.", "1994-05-02", "Hassan"),
                  "PERSON MARGOV");
}

/* "would boycott all official contact with the United States": a tie is
 * no party, its partner is, with the with-phrase on the verb (was PSE
 * PSEGOV 163) */
NM_TEST(a_tie_is_no_party_its_partner_is) {
  NM_CHECK_EQ_STR(cameo_events("Palestinian leaders said they would boycott all official contact "
                               "with the United States.", "2003-01-01", false),
                  "PSE USA 163");
}

/* "…, the interior minister said on Wednesday, as Sudan's warring parties
 * opened ceasefire talks": the owner of a subject the parse hung on a
 * noun ("opened" an amod of "talks") is no country the story is on; the
 * minister named next is Kenya's, the dateline's (was SDNGOV) */
NM_TEST(owner_of_a_subordinate_subject_is_no_story_country) {
  NM_CHECK_EQ_STR(cameo_typed_entity("NAIROBI, Kenya -- Kenya will keep its officers in Haiti, the "
                                     "interior minister said on Wednesday, as Sudan's warring "
                                     "parties opened ceasefire talks in the Saudi city of Jeddah."
                                     "\n\nInterior Minister Samuel Kariuki told reporters in "
                                     "Nairobi that the mission would go on.",
                                     "2025-03-19", "Samuel Kariuki"),
                  "PERSON KENGOV");
}

/* "… and South Korean Foreign Minister Han Jae-sung met": taken whole as
 * a place after "and", the country's words, a title and a name are the
 * person's; "sung" glued to "Jae" is the name's, no participle; and
 * "Kim Jong-un" is the dictionary's KIM_JONG_UN_ */
NM_TEST(a_title_and_name_after_a_country_are_a_person) {
  NM_CHECK_EQ_STR(cameo_typed_entity("Japanese Foreign Minister Kenji Harada and South Korean "
                                     "Foreign Minister Han Jae-sung met in Seoul.",
                                     "2025-05-27", "Han Jae-sung"),
                  "PERSON KORGOV");
  NM_CHECK_EQ_STR(cameo_typed_entity("Kenji Harada and South Korean Foreign Minister Park Jin "
                                     "met in Seoul.", "2025-05-27", "Park Jin"),
                  "PERSON KORGOV");
  NM_CHECK_EQ_STR(cameo_typed_entity("Kim Jong-un said the launch was a success.", "2025-05-27",
                                     "Kim Jong-un"),
                  "PERSON PRKGOV");
}

/* "the group's central command": a dictionary body's name in lower case
 * after a common noun's "'s" is the owner's own (CENTRAL_COMMAND is the
 * U.S. military's; was USAMIL); and "Peace Commissioner" is a state's
 * office (team agents; was uncoded) */
NM_TEST(a_lower_case_body_after_an_owner_is_the_owners) {
  NM_CHECK_EQ_STR(cameo_events("BOGOTA, Colombia -- The ELN rejected the claim. Later, the "
                               "group's central command accused the government of using the "
                               "attack as a pretext.", "2025-08-21", false),
                  "COLREB COLGOV 112");
  NM_CHECK_EQ_STR(cameo_typed_entity("BOGOTA, Colombia -- Peace Commissioner Andrea Salcedo Ruiz "
                                     "said the talks would remain frozen.", "2025-08-21",
                                     "Andrea Salcedo Ruiz"),
                  "PERSON COLGOV");
}

/* "Iran's Revolutionary Guard … a spokesman for the Guard's naval
 * forces": "Guard" alone is the service named before (was an uncoded
 * body, the spokesman GBRMIL from "the British military's"); "The U.S.
 * Navy's 5th Fleet rejected … Cmdr. X, a fleet spokeswoman": an armed
 * body's country, the sentence before's, is an officer's, and a fleet's
 * spokesperson is the military's (was ---MED, then GBRMIL) */
NM_TEST(an_armed_body_named_before_places_its_officers) {
  static const char *const text =
      "DUBAI -- Iran's Revolutionary Guard seized an oil tanker on Thursday. The tanker was "
      "boarded by armed Guard members, according to the British military's trade operations "
      "center.\n\nGen. Mohammad Hossein Amini, a spokesman for the Guard's naval forces, said "
      "the tanker had been taken to Bandar Abbas.\n\nThe U.S. Navy's Bahrain-based 5th Fleet "
      "rejected Iran's account. Cmdr. Rachel Dunmore, a fleet spokeswoman, said aircraft had "
      "tracked the tanker.";
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2025-02-06", "Mohammad Hossein Amini"),
                  "PERSON IRNMIL");
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2025-02-06", "Rachel Dunmore"), "PERSON USAMIL");
}

/* "The seizure prompted the United States to condemn Iran": what an
 * event prompts its object to do is the object's own act (was no event:
 * an asked act that has not happened) */
NM_TEST(a_prompted_act_is_the_objects) {
  NM_CHECK_EQ_STR(cameo_events("The seizure prompted the United States to condemn Iran.",
                               "2025-02-06", false),
                  "USA IRN 111");
}

/* "Commission trade spokeswoman Helena Marquardt" after "the European
 * Commission": an institution's word alone is the body named before
 * (was an ORG of its own, coded ---MED from "spokeswoman", and the
 * spokeswoman ---MED) */
NM_TEST(an_institution_word_is_the_body_named_before) {
  NM_CHECK_EQ_STR(cameo_typed_entity("In Brussels, the European Commission proposed tariffs on "
                                     "Ukrainian wheat.\n\nCommission trade spokeswoman Helena "
                                     "Marquardt said that the plan was balanced.\n\nShe added "
                                     "that Ukraine would ask the Commission to examine whether "
                                     "the blockade violated the bloc's trade rules.",
                                     "2025-10-15", "Helena Marquardt"),
                  "PERSON IGOEUREEC");
}

/* "Farmers in Hungary and Slovakia have staged protests, and both
 * governments have kept restrictions": the countries in another clause's
 * subject are the two (was Ukraine's and Russia's, named sentences
 * before); the acting subject of the noun's own clause stays out */
NM_TEST(both_governments_of_a_conjoined_clause_subject) {
  NM_CHECK_EQ_STR(cameo_events("Russia is bombing Ukraine's ports. Farmers in Hungary and "
                               "Slovakia have staged smaller protests in recent weeks, and both "
                               "governments have criticized Ukraine.",
                               "2025-10-15", false),
                  "SVKGOV UKR 111; HUNGOV UKR 111");
}

/* the juntas' confederation by its name (team actors; was uncoded) */
NM_TEST(the_alliance_of_sahel_states) {
  NM_CHECK_EQ_STR(cameo_typed_entity("Mali, Burkina Faso and Niger have since formed a "
                                     "confederation called the Alliance of Sahel States.",
                                     "2025-01-23", "Alliance of Sahel States"),
                  "ORG IGOWAF");
}

/* "Police said they had arrested nine protesters": the pronoun for the
 * reporting verb's subject, a state's body named without its country,
 * codes as that noun would (the dateline's country; was no event), and
 * so do the protesters arrested (forty-third session; were ---OPP); and a
 * town named as where the arrests happened is no town taken ("- * &TOWN
 * [192]", written for seizing one; was 192) */
NM_TEST(police_said_they_had_arrested) {
  NM_CHECK_EQ_STR(cameo_events("JERUSALEM -- Police said they had arrested nine protesters.",
                               "2025-07-18", false),
                  "ISRCOP ISROPP 175");
  NM_CHECK_EQ_STR(cameo_events("BOGOTA, Colombia -- Police said on Wednesday that they had "
                               "arrested three suspects in the town of Tame.",
                               "2025-08-21", false),
                  "COLCOP COL 173");
}

/* "KFOR commander Maj. Gen. Giovanni Ferraro said", parsed with the
 * name an apposition of "commander": the description right before the
 * rank is the person's title (was ---MIL, the rank's alone) */
NM_TEST(description_before_a_rank_codes_the_officer) {
  NM_CHECK_EQ_STR(cameo_typed_entity("KFOR commander Maj. Gen. Giovanni Ferraro said the force "
                                     "would stay.", "2025-11-04", "Giovanni Ferraro"),
                  "PERSON IGOWSTNATMIL");
}

/* "The Albanians of southern Serbia", "ethnic Albanians … in Serbia": a
 * people named as a minority of a place are that place's civilians (was
 * the people's country, ALB) */
NM_TEST(an_ethnic_minority_is_its_places_civilians) {
  NM_CHECK_EQ_STR(cameo_events("The Albanians of southern Serbia are demanding autonomy from "
                               "the Serbian government.", "2025-01-01", false),
                  "SRBCVL SRBGOV 1044");
  NM_CHECK_EQ_STR(cameo_events("Serbian police arrested three ethnic Albanians in southern "
                               "Serbia on Friday.", "2025-01-01", false),
                  "SRBCOP SRBCVL 173");
}

/* "A roadside bombing near the town of Samarra killed one U.S. soldier":
 * a blast no one is named for, placed in a country, is that country's
 * unidentified armed force (was IRQ) */
NM_TEST(an_unclaimed_blast_is_an_unidentified_force) {
  NM_CHECK_EQ_STR(cameo_events("A roadside bombing near the town of Samarra on Sunday killed one "
                               "U.S. soldier, the military said.", "2025-01-01", false),
                  "IRQUAF USAMIL 190");
}

/* "French President Emmanuel Macron and German Chancellor Olaf Scholz met
 * in Berlin": a meeting in one of the parties' own country is each with
 * the other (was FRAGOV DEU alone, and DEUGOV DEU) */
NM_TEST(a_meeting_in_a_partys_country_is_mutual) {
  NM_CHECK_EQ_STR(cameo_events("French President Emmanuel Macron and German Chancellor Olaf "
                               "Scholz met in Berlin on Tuesday.", "2023-05-27", false),
                  "FRAGOV DEUGOV 040; DEUGOV FRAGOV 040");
}

/* the team's actors: "GCC" is the Gulf Cooperation Council's (it was
 * listed under the Alliance of Sahel States), APEC an economic body */
NM_TEST(team_actors_gulf_council_and_apec) {
  NM_CHECK_EQ_STR(cameo_events("The GCC condemned Iran on Monday.", "2024-05-01", false),
                  "IGOPGSGCC IRN 111");
  NM_CHECK_EQ_STR(cameo_events("The Asia-Pacific Economic Cooperation forum criticized Japan.",
                               "2024-05-01", false),
                  "IGOBUS JPN 111");
}

/* a bare preposition of a pattern is no time's: "telephoned … on
 * Tuesday" is a call (041), not a call on someone ("- * (ON) [020]") */
NM_TEST(bare_preposition_pattern_takes_no_time) {
  NM_CHECK_EQ_STR(cameo_events("Prime Minister Shinzo Abe telephoned South Korean President Moon "
                               "Jae-in on Tuesday.", "2019-05-01", false),
                  "JPNGOV KORGOV 041; KORGOV JPNGOV 041");
  NM_CHECK_EQ_STR(cameo_events("The minister called on Iran to release the sailors.", "2019-05-01",
                               false),
                  "---GOV IRN 025");
}

/* a year the Phoenix discards list (1914-2013) drops the sentence as
 * history, unless it is the article's year or the one before */
NM_TEST(year_of_the_articles_own_time_is_no_discard) {
  NM_CHECK_EQ_STR(cameo_events("North Korea expelled U.N. inspectors in January 2012.",
                               "2012-05-01", false),
                  "PRK IGOUNO 174");
  NM_CHECK_EQ_STR(cameo_events("North Korea expelled U.N. inspectors in 2009.", "2012-05-01",
                               false),
                  "");
}

/* a refusal demanded of someone has not happened: the demand stands */
NM_TEST(refusal_asked_for_by_a_demand) {
  NM_CHECK_EQ_STR(cameo_events("Greece demanded that Turkey refuse to recognize Macedonia.",
                               "2000-05-01", false),
                  "GRC TUR 100");
  NM_CHECK_EQ_STR(cameo_events("Turkey refused to recognize Macedonia.", "2000-05-01", false),
                  "TUR MKD 120");
}

/* an opposition of no country acting on a state's body opposes that
 * state; a passive participle after a noun is no act of the clause's
 * subject ("opened its borders to West Africans ordered out of Nigeria"
 * was BEN NGA 100) */
NM_TEST(opposition_takes_the_state_it_acts_on) {
  NM_CHECK_EQ_STR(cameo_events("Georgian President Eduard Shevardnadze resigned Sunday as the "
                               "opposition threatened to storm his residence in Tbilisi.",
                               "2003-11-23", false),
                  "GEOOPP GEOGOV 138");
  NM_CHECK_EQ_STR(cameo_events("Benin opened its borders today to most West Africans ordered out "
                               "of Nigeria.", "2000-05-01", false),
                  "");
}

/* a Brussels dateline gives a state's body no country when the story
 * has none of its own (the parliament of a story on Georgia) */
NM_TEST(seat_dateline_gives_no_country) {
  NM_CHECK_EQ_STR(cameo_events("BRUSSELS (Reuters) - The European Union and Britain imposed "
                               "sanctions on Georgian officials on Monday. Britain said London "
                               "acted with the European Union. Officials in Brussels and London "
                               "agreed. Demonstrators have gathered outside parliament every "
                               "night.", "2025-12-01", false),
                  "IGOEUREEC GEOGOV 163; GBR GEOGOV 163; ---OPP ---LEG 141");
}

/* a gerund with a marker of time and an object is done by its verb's
 * subject; departures and "on" ("talks on joining the EU") are not */
NM_TEST(gerund_after_a_time_marker_is_the_subjects) {
  NM_CHECK_EQ_STR(cameo_events("German Defense Minister Boris Pistorius made the announcement "
                               "after meeting his Ukrainian counterpart in Berlin.",
                               "2025-03-17", false),
                  "DEUGOV UKRGOV 040");
  NM_CHECK_EQ_STR(cameo_events("Before leaving for Beijing on Thursday, President Bush gave a "
                               "speech.", "2025-03-17", false),
                  "");
}

/* a lower event a report keeps as it is keeps its reverse ([041:041]) */
NM_TEST(reported_call_keeps_its_reverse) {
  NM_CHECK_EQ_STR(cameo_events("Brazilian President Luiz Inacio Lula da Silva spoke with "
                               "Paraguayan President Santiago Pena by telephone on Thursday, a "
                               "spokesman for Lula said.", "2025-04-16", false),
                  "BRAGOV PRYGOV 041; PRYGOV BRAGOV 041");
}

/* a span the model took whole as an organisation with a country of two
 * words at its start ("South Korean President Lee Jae"): the name alone
 * is the person, and its surname alone stands for it later */
NM_TEST(two_word_country_title_and_name_are_a_person) {
  NM_CHECK_EQ_STR(cameo_typed_entity("Japanese Prime Minister Shigeru Ishiba and South Korean "
                                     "President Lee Jae-myung met in Tokyo.",
                                     "2025-05-10", "Lee Jae-myung"),
                  "PERSON KORGOV");
  NM_CHECK_EQ_STR(cameo_events("Japanese Prime Minister Shigeru Ishiba and South Korean "
                               "President Lee Jae-myung met in Tokyo.\n\nLee invited Ishiba "
                               "to visit Seoul next year.", "2025-05-10", false),
                  "JPNGOV KORGOV 040; KORGOV JPNGOV 040; KORGOV JPNGOV 040");
}

/* "its" in the object of an attack that a speaker reports is the
 * speaker's: no one bombs its own positions */
NM_TEST(its_positions_in_a_reported_attack_are_the_speakers) {
  NM_CHECK_EQ_STR(cameo_events("The RSF said the Sudanese army had bombed its positions.",
                               "2025-06-03", false),
                  "SDNMIL SDNREB 190");
}

/* a denial of a claim, or a dismissal of criticism, is aimed at the one
 * who made it (the last accusation or condemnation coded) */
NM_TEST(denied_claim_is_aimed_at_the_claimant) {
  NM_CHECK_EQ_STR(cameo_events("Ethiopia accused Eritrea on Wednesday of massing troops along "
                               "the border. Eritrea's foreign minister denied the claim.",
                               "2025-10-15", false),
                  "ETH ERI 112; ERIGOV ETH 016");
}

/* a junta is no government of a foreign source's own; what a statement
 * someone reads says is the reader's */
NM_TEST(junta_is_no_foreign_sources_own) {
  NM_CHECK_EQ_STR(cameo_events("BAMAKO, Mali (AP) - Mali's military government ordered the "
                               "French ambassador to leave.\n\nFrench President Emmanuel "
                               "Macron criticized the junta.", "2025-02-10", false),
                  "MLIGOVMIL FRAGOV 161; FRAGOV MLIGOV 111");
  NM_CHECK_EQ_STR(cameo_events("BAMAKO, Mali (AP) - Mali's military government ordered the "
                               "French ambassador to leave.\n\nThe junta's spokesman, Col. "
                               "Abdoulaye Maiga, read a statement on state television saying the "
                               "ambassador had made hostile remarks.", "2025-02-10", false),
                  "MLIGOVMIL FRAGOV 161; MLIMIL FRAGOV 010");
}

/* "Serb forces were engaged in ethnic cleansing": the passive of taking
 * part is its subject's act, and a people the gazetteer gives a country
 * the dictionaries lack ("Serb") is the agent's country */
NM_TEST(serb_forces_engaged_in_cleansing) {
  NM_CHECK_EQ_STR(cameo_events("Serb forces were engaged in ethnic cleansing in Montenegro "
                               "against the Albanian population of the province.",
                               "1999-01-01", false),
                  "SRBMIL ALBCVL 190");
}

/* troops sent in a quantity ("thousands of troops") are the thing sent,
 * as bare "troops" are: the to-phrase is the target */
NM_TEST(quantity_of_troops_sent_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("Britain sent thousands of troops to Iraq.", "2003-03-01", false),
                  "GBR IRQ 062");
  NM_CHECK_EQ_STR(cameo_events("Chad will send hundreds of soldiers to Mali.", "2013-01-20",
                               false),
                  "TCD MLI 062");
}

/* a people of no country protesting against a state's body are that
 * state's */
NM_TEST(people_protesting_a_states_body_are_its) {
  NM_CHECK_EQ_STR(cameo_events("Islamic fundamentalists continued their hunger strike to demand "
                               "the resignation of Algerian President Ahmed Ben Bella.",
                               "1965-01-01", false),
                  "DZAMUS DZAGOV 142");
}

/* a court is a country's own, with an indefinite article too */
NM_TEST(a_court_takes_the_sentences_country) {
  NM_CHECK_EQ_STR(cameo_events("Protesters marched through the Georgian capital on Sunday after "
                               "a court sentenced opposition leader Nika Melia to four years in "
                               "prison.", "2025-05-12", false),
                  "GEOJUD GEOOPP 172");
}

/* "the two leaders" are the parties of the event before, and meet each
 * other; a meeting at one party's own office is mutual */
NM_TEST(the_two_leaders_are_the_last_events_parties) {
  NM_CHECK_EQ_STR(cameo_events("Japanese Prime Minister Shigeru Ishiba and South Korean "
                               "President Lee Jae-myung agreed on Saturday to deepen security "
                               "cooperation. The two leaders met for about 90 minutes.",
                               "2025-05-10", false),
                  "JPNGOV KORGOV 032; KORGOV JPNGOV 032; KORGOV JPNGOV 040; JPNGOV KORGOV 040");
  NM_CHECK_EQ_STR(cameo_events("Japanese Prime Minister Shigeru Ishiba and South Korean "
                               "President Lee Jae-myung met at the prime minister's office in "
                               "Tokyo.", "2025-05-10", false),
                  "JPNGOV KORGOV 040; KORGOV JPNGOV 040");
}

/* accepting or meeting a demand is yielding to it (team verbs) */
NM_TEST(accepted_demands_are_a_concession) {
  NM_CHECK_EQ_STR(cameo_events("The Mozambique government on Thursday accepted demands from "
                               "Shona rebels that it initiate political reforms.",
                               "1990-01-01", false),
                  "MOZGOV ---REB 080");
  NM_CHECK_EQ_STR(cameo_events("The French government met the demands of the protesters.",
                               "2019-01-01", false),
                  "FRAGOV FRAOPP 080");
}

/* "told Iraq that it must cooperate": an "it" that must act and names no
 * one is the one told; a that-clause hung as adverbial is still the
 * reminder's content (team verbs: an issued reminder is a statement) */
NM_TEST(it_that_must_act_is_the_one_told) {
  NM_CHECK_EQ_STR(cameo_events("France told Iraq that it must cooperate with inspectors.",
                               "1998-01-01", false),
                  "FRA IRQ 102");
  NM_CHECK_EQ_STR(cameo_events("French President Jacques Chirac issued a stern reminder Saturday "
                               "to Iraq that it must cooperate fully with UN inspectors.",
                               "1998-01-01", false),
                  "FRAGOV IRQ 102");
  NM_CHECK_EQ_STR(cameo_events("France said it must cooperate with Germany.", "1998-01-01", false),
                  "");
}

/* a coordinator is a title: the name set off after "the U.N. humanitarian
 * coordinator for Sudan," is that person (it was a place, GPE, with no
 * code); and a description after a name may open with a word of
 * standing ("the acting U.N. humanitarian coordinator"): it is that
 * person's, no entity of its own */
NM_TEST(coordinator_is_a_title_and_acting_stands_outside) {
  NM_CHECK_EQ_STR(cameo_typed_entity("Earlier this week, the U.N. humanitarian coordinator for "
                                     "Sudan, Ingrid Halvorsen, warned that famine had spread.",
                                     "2025-03-12", "Ingrid Halvorsen"),
                  "PERSON IGOUNO");
  NM_CHECK_EQ_STR(cameo_typed_entity("\"We cannot stay,\" said Mireille Dubois, the acting U.N. "
                                     "humanitarian coordinator in Yemen.",
                                     "2025-02-11", "U.N. humanitarian coordinator"),
                  "");
  NM_CHECK_EQ_STR(cameo_typed_entity("\"We cannot stay,\" said Mireille Dubois, the acting U.N. "
                                     "humanitarian coordinator in Yemen.",
                                     "2025-02-11", "Mireille Dubois"),
                  "PERSON IGOUNO");
}

/* "The African Union envoy leading the effort, Ambassador X, told": the
 * name, hung as the appositive of the participle's object, is the
 * envoy's (it was SDNGOV, by its title and the article's country) */
NM_TEST(name_after_a_participles_object_is_the_description) {
  NM_CHECK_EQ_STR(cameo_typed_entity("The African Union envoy leading the effort, Ambassador "
                                     "Kwesi Adu-Boahen, told reporters that both delegations had "
                                     "accepted a draft agenda. Sudan's army said it would attend.",
                                     "2025-03-12", "Kwesi Adu-Boahen"),
                  "PERSON IGOAFRAFU");
}

/* "Delegations from Sudan's military and the … Rapid Support Forces
 * agreed": people from each of the joined bodies are one actor each,
 * and agree with each other; "officials" give each country their role */
NM_TEST(people_from_joined_bodies_are_one_actor_each) {
  NM_CHECK_EQ_STR(cameo_events("Delegations from Sudan's military and the paramilitary Rapid "
                               "Support Forces agreed on Tuesday to return to the negotiating "
                               "table next week.",
                               "2025-03-12", false),
                  "SDNMIL SDNREBMIL 030; SDNREBMIL SDNMIL 030");
  NM_CHECK_EQ_STR(cameo_events("Officials from Sudan and Chad met in Ndjamena.", "2025-03-12",
                               false),
                  "SDNGOV TCDGOV 040; TCDGOV SDNGOV 040");
}

/* a signed deal is an agreement (team verbs; SIGN had only peace,
 * loan, arms and manufacturers' deals) */
NM_TEST(signed_deal_is_an_agreement) {
  NM_CHECK_EQ_STR(cameo_events("Kenya signed a deal with Ethiopia.", "2025-03-12", false),
                  "KEN ETH 057; ETH KEN 057");
  NM_CHECK_EQ_STR(cameo_events("China and Russia signed a trade deal.", "2025-03-12", false),
                  "CHN RUS 061; RUS CHN 061");
}

/* approval of a deed is aimed at its doer, as disapproval is; "the move"
 * and "the measures" are deeds of what a state or body did */
NM_TEST(welcomed_decision_and_dismissed_move_aim_at_the_doer) {
  NM_CHECK_EQ_STR(cameo_events("The European Union imposed sanctions on Georgia. Opposition "
                               "figures welcomed the decision.",
                               "2025-06-18", false),
                  "IGOEUREEC GEO 163; ---OPP IGOEUREEC 052");
  NM_CHECK_EQ_STR(cameo_events("The European Union imposed travel bans on 11 Georgian officials. "
                               "In Tbilisi, the ruling Georgian Dream party dismissed the move.",
                               "2025-06-18", false),
                  "IGOEUREEC GEOGOV 163; GEOPTY IGOEUREEC 110");
}

/* "suspended talks on joining the EU": the body the talks on joining
 * are about is the target */
NM_TEST(talks_on_joining_aim_at_the_body) {
  NM_CHECK_EQ_STR(cameo_events("Georgia's government suspended talks on joining the EU.",
                               "2025-06-18", false),
                  "GEOGOV IGOEUREEC 160");
}

/* "the commission" refers back to a body whose head word comes before
 * "on" ("the Kenya National Commission on Human Rights"); its
 * chairwoman takes its code */
NM_TEST(commission_on_is_the_commission) {
  NM_CHECK_EQ_STR(cameo_typed_entity("The Kenya National Commission on Human Rights said nine "
                                     "people had been killed. \"It was punishment,\" the "
                                     "commission's chairwoman, Wanjiru Kamau-Ochieng, told a "
                                     "news conference.",
                                     "2025-07-08", "Wanjiru Kamau-Ochieng"),
                  "PERSON KENGOVHRI");
}

/* a dictionary person of two words that opens a name of three and stops
 * one short is the one named (Phoenix's SAMIA_SULUHU_; she had been
 * JORGOV, by a later "Hassan" matching Jordan's Prince Hassan); one
 * given name alone still names no one ("Hassan Sheikh Mohamud") */
NM_TEST(dictionary_name_one_word_short_is_the_person) {
  NM_CHECK_EQ_STR(cameo_typed_entity("The electoral commission declared President Samia Suluhu "
                                     "Hassan the winner. Hassan, who took office in 2021, is "
                                     "expected to be sworn in next week.",
                                     "2025-11-01", "Samia Suluhu Hassan"),
                  "PERSON TZAGOV");
  NM_CHECK_EQ_STR(cameo_typed_entity("Somali President Hassan Sheikh Mohamud met Kenyan President "
                                     "William Ruto.",
                                     "2025-11-01", "Hassan Sheikh Mohamud"),
                  "PERSON SOMGOV");
}

/* a name before a lower-case "party" is an organisation, a party, in the
 * whole article; "deputy" before a noun of an office is no police deputy */
NM_TEST(party_name_and_deputy_before_an_office) {
  NM_CHECK_EQ_STR(cameo_typed_entity("Chadema was disqualified from the polls. The deputy "
                                     "secretary-general of the Chadema party, Amani Mshana, told "
                                     "reporters in Dar es Salaam that party agents had been "
                                     "barred.",
                                     "2025-11-01", "Chadema"),
                  "ORG ---PTY");
  NM_CHECK_EQ_STR(cameo_typed_entity("The deputy secretary-general of the Chadema party, Amani "
                                     "Mshana, told reporters in Dar es Salaam that party agents "
                                     "had been barred.",
                                     "2025-11-01", "Amani Mshana"),
                  "PERSON -");
}

/* an officer of a named organisation no rule makes a state's is no
 * state's ("deputy president of the National Unity Platform" had been
 * UGAGOV); a seat of international bodies where the subject sits gives
 * the next sentence's body no country ("The U.N. human rights office in
 * Geneva urged … The Electoral Commission chairman" had been CHEGOV) */
NM_TEST(party_officer_and_seat_of_the_subject) {
  NM_CHECK_EQ_STR(cameo_typed_entity("KAMPALA, Uganda (AP) - Joseph Kizza Mukasa, deputy president "
                                     "of the National Unity Platform, was pulled from a truck.",
                                     "2025-12-03", "Joseph Kizza Mukasa"),
                  "PERSON -");
  NM_CHECK_EQ_STR(cameo_typed_entity("KAMPALA, Uganda (AP) - Police arrested an opposition figure. "
                                     "The U.N. human rights office in Geneva urged Ugandan "
                                     "authorities to release him. The Electoral Commission "
                                     "chairman, Justice Charles Tumwesigye, said that the "
                                     "commission had received complaints.",
                                     "2025-12-03", "Electoral Commission"),
                  "ORG UGAGOV");
}

/* "the U.N. special envoy for Yemen, Hans Grundberg," with the name hung
 * as an unmarked modifier of the place: the envoy's name */
NM_TEST(name_as_unmarked_modifier_of_the_place_is_the_description) {
  NM_CHECK_EQ_STR(cameo_typed_entity("Earlier this week, the U.N. special envoy for Yemen, Hans "
                                     "Grundberg, met Omani mediators in Muscat to discuss the "
                                     "detentions.",
                                     "2025-02-11", "Hans Grundberg"),
                  "PERSON IGOUNO");
}

/* to sanction someone is to impose sanctions on them (team verbs: the
 * production dictionary has no verb SANCTION) */
NM_TEST(sanctioned_is_an_embargo) {
  NM_CHECK_EQ_STR(cameo_events("The EU sanctioned Georgian officials over the crackdown.",
                               "2025-06-18", false),
                  "IGOEUREEC GEOGOV 163");
}

/* a part of a place captured is territory occupied (team verbs; TAKE's
 * "* PART", taking part, 030, served "captured part of" too) */
NM_TEST(captured_part_of_a_place_is_occupation) {
  NM_CHECK_EQ_STR(cameo_events("Rebels seized part of the town of Goma.", "2025-01-20", false),
                  "---REB COD 192");
}

/* people of no country that a state's force acts on are that state's,
 * when the sentence names no other country */
NM_TEST(people_a_states_force_acts_on_are_its) {
  NM_CHECK_EQ_STR(cameo_events("Egyptian police opened fire to disperse Moslem fundamentalist "
                               "demonstrators on Monday night.",
                               "1990-01-01", false),
                  "EGYCOP EGYOPP 193");
  NM_CHECK_EQ_STR(cameo_events("Israeli troops killed three people in Gaza.", "2024-01-01", false),
                  "ISRMIL PSEGZAPPL 190");
}

/* a launched or mounted invasion is territory occupied (team verbs) */
NM_TEST(launched_invasion_is_occupation) {
  NM_CHECK_EQ_STR(cameo_events("Israel launched an invasion of Lebanon.", "1982-06-06", false),
                  "ISR LBN 192");
}

/* an apposition naming a place's kind ("a village of about 2,000
 * people") gives the place no role (it was ---CVL, by VILLAGE) */
NM_TEST(a_places_kind_is_no_role) {
  NM_CHECK_EQ_STR(cameo_typed_entity("The strike hit Kyauk Pyin, a village of about 2,000 people "
                                     "in Kani township, shortly after midday, residents said.",
                                     "2025-11-05", "Kyauk Pyin"),
                  "GPE -");
}

/* "X said Y must ensure security to help": the demand the "must" makes
 * of Y stands; the object of the clause's verb is no one asked to help
 * (it had given Y -> "security", 103, and no event) */
NM_TEST(purpose_after_a_said_demand_keeps_the_demand) {
  NM_CHECK_EQ_STR(cameo_events("The Red Cross said Israel must ensure security to help.",
                               "2005-01-01", false),
                  "NGOHLHIRC ISR 100");
  NM_CHECK_EQ_STR(cameo_events("The Red Cross said US and British forces must ensure security "
                               "to allow medical supplies to reach the needy.",
                               "2005-01-01", false),
                  "NGOHLHIRC USAMIL 100; NGOHLHIRC GBRMIL 100");
}

/* A country before an envoy's word is the envoy's, wherever the parse
 * hung it: "the Venezuelan embassy's deputy chief", with "Venezuelan" on
 * "chief", is no anchor for the Brazilian minister who speaks of him */
NM_TEST(country_before_an_embassy_is_the_embassys) {
  NM_CHECK_EQ_STR(cameo_typed_entity("BRASILIA, Brazil (AP) — Foreign Minister Heloisa "
                                     "Vasconcelos told reporters that the Venezuelan embassy's "
                                     "deputy chief of mission had 72 hours to leave the country.",
                                     "2025-11-20", "Heloisa Vasconcelos"),
                  "PERSON BRAGOV");
}

/* "urged India to avoid … and to meet China halfway": the second "to"
 * complement, a conjunct of the first, is only asked for too (it had
 * given IND CHN 040 beside the appeal) */
NM_TEST(second_asked_complement_has_not_happened) {
  NM_CHECK_EQ_STR(cameo_events("A Chinese Foreign Ministry spokesman urged India to avoid hyping "
                               "border matters and to meet China halfway.",
                               "2026-01-14", false),
                  "CHNGOV IND 020");
}

/* "Retired diplomat X": no longer in office, an elite, as "former" */
NM_TEST(retired_title_is_an_elite) {
  NM_CHECK_EQ_STR(cameo_typed_entity("India's government said talks would resume. Retired "
                                     "diplomat Kavita Iyer said the absence of a breakthrough "
                                     "was no surprise.",
                                     "2026-01-14", "Kavita Iyer"),
                  "PERSON INDELI");
}

/* "EU envoy Annika Berg": the body before the envoy's title is the
 * named envoy's own (the rule that keeps "the Israeli embassy" from
 * coding protesters outside it had dropped it: ---GOV, then the
 * sentence's country) */
NM_TEST(body_before_a_named_envoy_is_hers) {
  NM_CHECK_EQ_STR(cameo_typed_entity("EU envoy Annika Berg met Serbian officials on Monday.",
                                     "2025-09-09", "Annika Berg"),
                  "PERSON IGOEUREEC");
  NM_CHECK_EQ_STR(cameo_events("Protesters gathered outside the Israeli embassy in Amman and "
                               "attacked police.",
                               "2025-09-09", false),
                  "---OPP ---COP 190");
}

/* A person who reports what another country's forces did is not of
 * that country: "ADDIS ABABA — Government spokesperson X told a news
 * conference that Eritrean units had moved artillery" is ETHGOV (was
 * ERIGOV, the modifier of the reported clause's subject) */
NM_TEST(reported_subjects_country_is_not_the_reporters) {
  NM_CHECK_EQ_STR(cameo_typed_entity("ADDIS ABABA, Ethiopia (AP) — Ethiopia accused Eritrea on "
                                     "Thursday of massing troops.\n\nGovernment spokesperson "
                                     "Yohannes Alemu told a news conference in Addis Ababa that "
                                     "Eritrean units had moved artillery toward the border.",
                                     "2026-02-26", "Yohannes Alemu"),
                  "PERSON ETHGOV");
}

/* No party: one "without" whom an act was done, the medium a reaction
 * went out in, and where an agreement was signed ("Pretoria" had been the
 * signing's target, and "Asmara's involvement", "a post on social media"
 * (---MED) and "an interview with the BBC" (MED) targets too) */
NM_TEST(absent_medium_and_signing_place_are_no_party) {
  NM_CHECK_EQ_STR(cameo_events("Ethiopia signed a peace agreement with Tigrayan leaders in "
                               "Pretoria without Asmara's involvement.",
                               "2026-02-26", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Eritrea's Information Minister Tesfamariam Gebrezgi rejected the "
                               "claim in a post on social media.",
                               "2026-02-26", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Eritrea's Information Minister Tesfamariam Gebrezgi rejected the "
                               "claim in an interview with the BBC.",
                               "2026-02-26", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Ethiopia signed a peace agreement with Kenya in Pretoria.",
                               "2026-02-26", false),
                  "ETH KEN 057; KEN ETH 057");
}

/* "Foreign Secretary Ramon Villareal Cruz …  Reporters asked Cruz",
 * with only "Cruz" found: the words between the title and the surname
 * are the name's even when one is spelt like a small town (Ramon, in
 * the Philippines; Pereira, in Colombia) */
NM_TEST(given_names_spelt_like_towns_after_a_title) {
  NM_CHECK(has_mention("Foreign Secretary Ramon Villareal Cruz said the envoy was handed a "
                       "formal protest.\n\nReporters asked Cruz about it.",
                       NM_ENT_PERSON, "Ramon Villareal Cruz"));
  NM_CHECK(has_mention("Foreign Secretary Ramon Pereira Cruz said the envoy was handed a "
                       "formal protest.\n\nReporters asked Cruz about it.",
                       NM_ENT_PERSON, "Ramon Pereira Cruz"));
}

/* "Haitian National Police spokesperson Fritzner Delva Augustin": a
 * lower-case role after a body's name starts its holder's name (the
 * whole had been the body's, and the spokesperson no one) */
NM_TEST(holder_after_a_lower_case_role) {
  NM_CHECK(has_mention("Haitian National Police spokesperson John Smith said officers pushed "
                       "the attackers back.",
                       NM_ENT_PERSON, "John Smith"));
  /* with the role word now the subject's head, "Kenya" heads the body's
   * name: the organisation's entry that opens the name still codes it */
  NM_CHECK_EQ_STR(cameo_typed_entity("Amnesty International Kenya's executive director, Halima "
                                     "Abdi, said the state was \"running out of excuses.\"",
                                     "2025-07-08", "Amnesty International Kenya"),
                  "ORG NGOHRIAMN");
}

/* "Residents of Tabarre said …": the people of a name make it a place
 * (it had been a person, and later the speaker of "He told reporters") */
NM_TEST(residents_of_a_name_make_it_a_place) {
  NM_CHECK(has_mention("Residents of Tabarre said the attackers arrived shortly after midnight.",
                       NM_ENT_GPE, "Tabarre"));
}

/* A pattern the dictionary pairs with the code back ("TRADE * ACCUSATIONS
 * [112:112]", "* PRISONERS [0841:0841]") makes a compound subject with
 * no target each the other's: it had coded nothing */
NM_TEST(paired_code_with_a_compound_subject_is_mutual) {
  NM_CHECK_EQ_STR(cameo_events("Armenia and Azerbaijan traded accusations on Wednesday over a "
                               "shooting along their border.",
                               "2025-10-15", false),
                  "ARM AZE 112; AZE ARM 112");
  NM_CHECK_EQ_STR(cameo_events("India and Pakistan exchanged prisoners on Wednesday.",
                               "2025-10-15", false),
                  "IND PAK 0841; PAK IND 0841");
}

/* A threat or promise whose clause's subject is the speaker's own "it"
 * is aimed at the clause's target: "Iran warned that it could curb
 * cooperation with the IAEA" (had been Iran on "it": no event); one told
 * is still the target ("warned Iran that it would face sanctions") */
NM_TEST(own_threat_aims_at_the_clause_s_target) {
  NM_CHECK_EQ_STR(cameo_events("Iran warned on Wednesday that it could curb cooperation with the "
                               "IAEA.",
                               "2026-05-20", false),
                  "IRN IGOUNOIAE 130");
  NM_CHECK_EQ_STR(cameo_events("The United States warned Iran that it would face sanctions.",
                               "2026-05-20", false),
                  "USA IRN 130");
}

/* "known by their Spanish initials ELN": a language's word is no
 * country's, and the government of the sentence is not Spain's (was
 * ESPGOV, from the sentence's one country); agreeing to resume talks is an
 * intent to meet, 036 (since 2026-12-07; was 030) */
NM_TEST(language_word_is_no_country) {
  NM_CHECK_EQ_STR(cameo_events("BOGOTA, Colombia (AP) — Colombia's government and the rebels "
                               "agreed to resume talks.\n\nThe rebels, known by their Spanish "
                               "initials ELN, pledged to halt kidnappings, while the government "
                               "said it would suspend offensive military operations against the "
                               "group.",
                               "2026-02-11", false),
                  "COLGOV COLREB 036; COLREB COLGOV 036; COLGOV COLREB 080");
}

/* Team verbs: "declared a 30-day state of siege in Haiti" is emergency
 * rule imposed (1724; was a statement, 010) */
NM_TEST(declared_state_of_siege_is_emergency_rule) {
  NM_CHECK_EQ_STR(cameo_events("The military government declared a 30-day state of siege in "
                               "Haiti on Saturday.",
                               "1989-01-01", false),
                  "HTIGOVMIL HTI 1724");
}

/* "a text that would have added eight businesspeople to a sanctions
 * list": what would have happened did not (it had coded USA ---BUS 163
 * and USA ---ELI 163 beside the veto's own event) */
NM_TEST(would_have_is_no_event) {
  NM_CHECK_EQ_STR(cameo_events("On Tuesday, Russia blocked a U.S.-drafted text that would have "
                               "added eight businesspeople and former officials to a U.N. "
                               "sanctions list.",
                               "2026-03-18", false),
                  "RUS USA 170");
}

/* The envoy a body sends is its own, no target; where the envoy goes
 * is ("dispatched an envoy to Ethiopia" had targeted ---GOV; "a special
 * envoy, former Botswana diplomat X, to both capitals" BWA) */
NM_TEST(envoy_sent_is_no_target) {
  const char *ev = cameo_events("The African Union dispatched an envoy to Ethiopia.",
                                "2026-02-26", false);
  NM_CHECK(has_event_target(ev, "ETH"));
  NM_CHECK(!has_event_target(ev, "---GOV"));
  NM_CHECK_EQ_STR(cameo_events("The African Union Commission said that its chairperson had "
                               "dispatched a special envoy, former Botswana diplomat Kagiso "
                               "Seretse, to both capitals.",
                               "2026-02-26", false),
                  "");
  /* ... and so are the forces a state keeps or posts, named by no
   * country: "kept some forces inside parts of Tigray" (was ERI ---MIL) */
  NM_CHECK_EQ_STR(cameo_events("Eritrea has kept some forces inside parts of Tigray, according "
                               "to aid workers.",
                               "2026-02-26", false),
                  "ERI ETH 192");
  /* ... a number of them too ("sent thousands of troops", was PRK ---MIL 154) */
  NM_CHECK_EQ_STR(cameo_events("North Korea sent thousands of troops to the border region.",
                               "2026-03-05", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Indonesia had sent hundreds of additional troops to the region.",
                               "2026-03-05", false),
                  "");
}

/* "The statement accused Manila …": the statement is its author's, the
 * body that issued it a sentence before */
NM_TEST(statement_is_its_authors) {
  NM_CHECK_EQ_STR(cameo_events("China's Foreign Ministry issued a statement on Monday. The "
                               "statement accused Manila of provoking tensions near the shoal.",
                               "2025-05-06", false),
                  "CHNGOV PHL 112");
  /* ... and the body with no coded name that spoke in it a sentence before */
  NM_CHECK_EQ_STR(cameo_events("China's coast guard said in a statement that the boat had "
                               "intruded. The statement accused Manila of provoking tensions "
                               "near the shoal.",
                               "2025-05-06", false),
                  "CHNMIL PHL 112");
  /* a statement nobody is said to have issued has no actor */
  NM_CHECK_EQ_STR(cameo_events("A statement posted online accused Manila of provoking tensions "
                               "near the shoal.",
                               "2025-05-06", false),
                  "");
}

/* "gave no figures": an object under "no" is not given */
NM_TEST(object_under_no_is_not_done) {
  NM_CHECK_EQ_STR(cameo_events("The Pakistani army gave no figures for Afghan casualties.",
                               "2025-11-18", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Japan offered no aid to Sri Lanka.", "2025-11-18", false), "");
  /* ... nor is what "whether" opens (was BEL NERGOV 161) */
  NM_CHECK_EQ_STR(cameo_events("He would not say whether Belgium planned to expel a Nigerien "
                               "diplomat in return.",
                               "2026-04-14", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Japan offered aid to Sri Lanka.", "2025-11-18", false),
                  "JPN LKA 030");
}

/* "Kosovo's interior ministry said … Interior Minister Arben Krasniqi
 * accused Belgrade": the minister is the country's whose ministry of his
 * portfolio the article named, not the place his sentence names */
NM_TEST(minister_of_the_ministry_named_before) {
  NM_CHECK_EQ_STR(cameo_events("The officer was shot on Tuesday, Kosovo's interior ministry said. "
                               "Two suspects fled towards Serbian territory, the ministry said. "
                               "Interior Minister Arben Krasniqi accused Belgrade of sheltering "
                               "armed groups.",
                               "2025-09-10", false),
                  "KSVGOV SRB 112");
}

/* "the ministry" after an opening phrase set off by a comma is the
 * ministry the sentence before named, as it is when it opens the sentence */
NM_TEST(definite_body_after_an_opening_phrase) {
  const char *ev = cameo_events("Serbia's foreign ministry rejected the report. In a statement, "
                                "the ministry demanded that KFOR take over security in the area.",
                                "2025-09-10", false);
  NM_CHECK(strstr(ev, "SRBGOV IGOWSTNAT 100") != NULL);
}

/* "urged the authorities to release all three" in a story on Venezuela:
 * the state body with no country of its own is the article's country's;
 * not in a sentence that names another state */
NM_TEST(definite_state_body_of_the_article) {
  static const char *const story =
      "Venezuelan intelligence agents arrested a former opposition lawmaker in Caracas, his "
      "lawyers said. Venezuela's courts have not charged him. Police in Caracas and Maracaibo "
      "detained two more organizers. The U.N. human rights office urged the authorities to "
      "release all three.";
  NM_CHECK(strstr(cameo_events(story, "2025-08-14", false), "IGOUNO VENGOV") != NULL);
  NM_CHECK(strstr(cameo_events("Venezuelan intelligence agents arrested a former opposition "
                               "lawmaker in Caracas, his lawyers said. Venezuela's courts have "
                               "not charged him. Police in Caracas and Maracaibo detained two "
                               "more organizers. The U.N. human rights office and Chile urged "
                               "the authorities to release all three.",
                               "2025-08-14", false),
                  "VENGOV") == NULL);
}

/* "ordered the head of the European Union's delegation in Niamey to
 * leave …, accusing him of …": the head of a mission is the mission's
 * owner's, not its post's (NER), and the accusation set off after the
 * complement is the order's giver's, against the one ordered */
NM_TEST(head_of_a_delegation_and_the_accusation) {
  const char *ev = cameo_events("Niger's government ordered the head of the European Union's "
                                "delegation in Niamey to leave the country within 72 hours, "
                                "accusing him of meeting opposition figures.",
                                "2026-04-14", false);
  NM_CHECK(strstr(ev, "NERGOV IGOEUREEC 174") != NULL);
  NM_CHECK(strstr(ev, "NERGOV IGOEUREEC 112") != NULL);
  /* speaking to reporters by telephone is no consultation, and the place
   * one speaks from is no party */
  NM_CHECK(!strstr(cameo_events("\"We counted the days,\" said Mamadou Sy, a 24-year-old from "
                                "Kaolack, Senegal, who spoke to reporters by telephone from a "
                                "reception centre in Valverde.",
                                "2025-11-18", false),
                   " 04"));
  NM_CHECK_EQ_STR(cameo_events("Mohamed Djae, a spokesman for an opposition coalition, speaking "
                               "by telephone from Paris, said the coalition would not negotiate.",
                               "2025-07-22", false),
                  "");
  /* to order a curfew is to impose one, no visit */
  NM_CHECK_EQ_STR(cameo_events("TOULOUSE, France (Wire) - The mayor of Toulouse ordered a "
                               "night-time curfew for minors in several districts of the "
                               "southern French city on Tuesday.",
                               "2026-09-15", false),
                  "FRAGOV FRA 1723");
  /* "the Senate" in a story on Chile is Chile's, in an event's phrase as
   * in the entity (the dictionary's SENATE is the US one) */
  const char *senate = cameo_events("SANTIAGO, Chile (Wire) - The students are demanding that "
                                    "Congress approve a bill, stalled in the Senate since last "
                                    "year, that would write off their debts.",
                                    "2025-05-14", false);
  NM_CHECK(!strstr(senate, "USA"));
  /* a spokesman for an embassy speaks for the embassy's country, not for
   * the country it sits in */
  NM_CHECK(strstr(cameo_events("A spokesman for the Russian Embassy in Prague accused Czech "
                               "authorities of lying.",
                               "2025-11-18", false),
                  "RUSGOV CZEGOV 112") != NULL);
  /* (the infinitive hung on the object rather than the verb) */
  ev = cameo_events("The Czech government on Tuesday ordered a Russian diplomat to leave the "
                    "country within 72 hours, accusing Russia's military intelligence service "
                    "of a cyberattack.",
                    "2025-11-18", false);
  NM_CHECK(strstr(ev, "CZEGOV RUSMILSPY 11") != NULL);
}

/* "struck what the military described as Hezbollah weapons depots": the
 * free relative is what its as-phrase names, and the naming clause is no
 * event of its own */
NM_TEST(free_relative_named_as) {
  NM_CHECK_EQ_STR(cameo_events("Israeli warplanes struck what the military described as "
                               "Hezbollah weapons depots in southern Lebanon on Tuesday.",
                               "2026-06-09", false),
                  "ISRMIL LBNREB 195");
}

/* "Turkey hosted direct talks between the two sides in Istanbul": a
 * thing its own country's place codes is no target of that country */
NM_TEST(own_place_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("Turkey hosted direct talks between the two sides in Istanbul "
                               "in May.",
                               "2026-08-20", false),
                  "");
}

/* "- &AIRCRAFT * + [195]": the pattern's target is the phrase's head, not
 * the number before it ("bombed two villages") */
NM_TEST(pattern_target_past_a_number) {
  NM_CHECK_EQ_STR(cameo_events("Russian warplanes bombed two villages in the Kharkiv region.",
                               "2026-10-06", false),
                  "RUSMIL UKRCVL 195");
}

/* "urged the country's generals": a role "the country's" owns is of the
 * country named last before it; "the three countries' army chiefs" is
 * none of them */
NM_TEST(role_of_the_country_named_before) {
  const char *ev = cameo_events("Myanmar jets bombed two villages, days after a United Nations "
                                "envoy urged the country's generals to halt air attacks.",
                                "2026-10-06", false);
  NM_CHECK(strstr(ev, "IGOUNO MMRMIL") != NULL);
}

/* "The envoy, Samuel Okonjo-Bature, a former Nigerian foreign minister,"
 * after "the African Union's special envoy held talks": the bare title
 * names the one unnamed holder in play, the AU's, no longer Nigeria's */
NM_TEST(named_envoy_is_the_unnamed_one_before) {
  NM_CHECK_EQ_STR(shipped_entity_code("The African Union's special envoy held talks with "
                                      "Ethiopian officials on Wednesday.\n\nThe envoy, Samuel "
                                      "Okonjo-Bature, a former Nigerian foreign minister, told "
                                      "reporters the talks went well.",
                                      "Samuel Okonjo-Bature"),
                  "IGOAFRAFU");
}

/* "Eritrea will defend every inch of its sovereign territory": the
 * adjective is no sovereign (a ruler, GOV), so no target */
NM_TEST(sovereign_adjective_is_no_ruler) {
  NM_CHECK_EQ_STR(cameo_events("Eritrea will defend every inch of its sovereign territory.",
                               "2025-02-12", false),
                  "");
}

/* "the ELN's central command" is the ELN's, not the U.S. Central Command
 * (USAMIL) the dictionary has in capitals; "It" after it is the command */
NM_TEST(named_owner_of_lower_case_body) {
  const char *ev = cameo_events("The ELN's central command did not claim responsibility for "
                                "the abductions. It accused the government of lying.",
                                "2025-03-18", false);
  NM_CHECK(strstr(ev, "COLREB") != NULL && strstr(ev, "USA") == NULL);
}

/* "had sought shelter in schools", "took refuge in a church": people
 * fleeing harm appeal to no one and seize nothing ("sought refuge in
 * Germany" stays an appeal for asylum) */
NM_TEST(seeking_shelter_is_no_appeal) {
  NM_CHECK_EQ_STR(cameo_events("More than 6,000 people had sought shelter in schools. Families "
                               "took refuge in a church in Delmas.",
                               "2025-06-10", false),
                  "");
}

/* "condemned the attack on Israel": disapproval of an attack is no act on
 * its victim; the attacker named before the noun is the target */
NM_TEST(condemned_attack_spares_its_victim) {
  NM_CHECK_EQ_STR(cameo_events("France condemned the attack on Israel.", "2025-06-10", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("France condemned Hamas's attack on Israel.", "2025-06-10", false),
                  "FRA PSEREBHMS 111");
}

/* "imposed sanctions on two gang leaders and a former senator it accused":
 * the accused is the senator, not the sanctions' first conjunct */
NM_TEST(accused_conjunct_after_a_measure) {
  const char *ev = cameo_events("The U.S. Treasury Department imposed sanctions on two gang "
                                "leaders and a former Haitian senator it accused of smuggling "
                                "weapons.",
                                "2025-06-10", false);
  NM_CHECK(strstr(ev, "USAGOV HTILEG 112") != NULL);
  NM_CHECK(strstr(ev, "---CRM 112") == NULL);
}

/* "His Azerbaijani counterpart, Elchin Mammadli, was more cautious", with
 * the description parsed as a clause of "cautious": it codes the name */
NM_TEST(counterpart_parsed_as_clause_codes_the_name) {
  nm_doc *d = cameo_doc("Armenian Foreign Minister Aram Hovsepyan told reporters that the "
                        "delegations had agreed on borders.\n\nHis Azerbaijani counterpart, "
                        "Elchin Mammadli, was more cautious.",
                        "2025-07-15");
  if (!d) return;
  size_t n = 0;
  const nm_entity *en = nm_doc_entities(d, &n);
  const char *code = "";
  for (size_t i = 0; i < n; i++)
    if (!strcmp(en[i].name, "Elchin Mammadli") && en[i].code) code = en[i].code;
  NM_CHECK_EQ_STR(code, "AZEGOV");
  nm_doc_free(d);
}

/* "Farah told reporters" after "Brig. Gen. Abdullahi Osman Farah": the
 * surname alone is the person's, not the Afghan province the dictionary
 * has under that name */
NM_TEST(surname_alone_is_no_place) {
  nm_doc *d = cameo_doc("MOGADISHU, Somalia (Wire) - The assault was repelled, according to Brig. "
                        "Gen. Abdullahi Osman Farah, commander of the army's 27th Division. "
                        "\"The enemy came with a vehicle full of explosives,\" Farah told "
                        "reporters.",
                        "2025-09-23");
  if (!d) return;
  size_t n = 0;
  const nm_entity *en = nm_doc_entities(d, &n);
  const char *code = "";
  for (size_t i = 0; i < n; i++)
    if (!strcmp(en[i].name, "Abdullahi Osman Farah") && en[i].code) code = en[i].code;
  NM_CHECK(strncmp(code, "AFG", 3) != 0);
  nm_doc_free(d);
}

/* "…with the encouragement of 'countries outside the region,' a reference
 * to the United States": the writer's gloss names no party */
NM_TEST(writers_gloss_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("The spokesman said the Philippines had repeatedly provoked "
                               "incidents with the encouragement of \"countries outside the "
                               "region,\" a reference to the United States.",
                               "2025-10-16", false),
                  "");
}

/* what a quarrel is over is no side of it */
NM_TEST(quarrel_over_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("Rival governments clash over the central bank.", "2025-08-24",
                               false),
                  "");
}

/* "the president of the ECOWAS Commission": the body a head's "of" names,
 * even when the story codes it only later */
NM_TEST(head_of_a_body_named_after_the_name) {
  NM_CHECK_EQ_STR(cameo_entity_part("BAMAKO, Mali (AP) - Mali rejected the offer on Wednesday. "
                                    "Emmanuel Adjei-Boateng, the president of the ECOWAS "
                                    "Commission, had described the offer as fair.",
                                    "2025-01-29", "Emmanuel Adjei-Boateng", PART_CODE),
                  "IGOWAFBUSWAS");
}

/* "the two countries" after an event between a country and a bloc are
 * not the two actors of that event */
NM_TEST(two_countries_are_no_bloc) {
  const char *out = cameo_events(
      "BAMAKO (AP) - The military governments of Mali and Burkina Faso on Wednesday rejected a "
      "proposal from the Economic Community of West African States to delay their withdrawal. "
      "Foreign Minister Mahamadou Konate said the two countries, together with Niger, would no "
      "longer attend ECOWAS meetings.",
      "2025-01-29", false);
  NM_CHECK(strstr(out, "MLIGOV BFA 010") != NULL);
  NM_CHECK(strstr(out, " IGO 010") == NULL);
}

/* "the U.S. president" is not "South Korean President Lee Sung-ho"
 * named after it: a country of two words before a title is the title's */
NM_TEST(two_word_country_before_a_title) {
  NM_CHECK(cameo_has_entity("WASHINGTON (AP) - The leaders of Japan met with the U.S. president "
                            "at the White House on Thursday. South Korean President Lee Sung-ho "
                            "signed a statement.",
                            "2025-09-26", "the U.S. president"));
}

/* a statement's day, with the place hung on it, is no target */
NM_TEST(statement_day_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("BEIJING (AP) - China's Foreign Ministry spokesman, Wang Defeng, "
                               "said on Friday in Beijing that countries should not form "
                               "cliques.",
                               "2025-09-26", false),
                  "");
}

/* "it" as the subject of a clause joined to another is that clause's
 * subject, a body of the story's country, not the first country named */
NM_TEST(joined_clause_it_is_the_first_clause_s_subject) {
  const char *out = cameo_events("MANAGUA (AP) - Since 2023, the government has expelled "
                                 "hundreds of critics to the United States, and it has closed "
                                 "more than 5,000 organizations, including universities.",
                                 "2026-01-20", false);
  NM_CHECK(strstr(out, "NICGOV ---EDU 172") != NULL);
}

/* a journey's joined subjects go somewhere, not to each other */
NM_TEST(journey_is_not_mutual) {
  NM_CHECK_EQ_STR(cameo_events("ERBIL (AP) - Teachers, doctors and soldiers have gone months "
                               "without salaries.",
                               "2025-09-20", false),
                  "");
}

/* what two sides exchange is no target: each fires on the other */
NM_TEST(exchanged_weapons_are_no_target) {
  NM_CHECK_EQ_STR(cameo_events("BANGKOK (AP) - Thai and Cambodian troops exchanged artillery and "
                               "rocket fire at several points along their disputed border on "
                               "Thursday.",
                               "2025-07-24", false),
                  "THAMIL KHMMIL 194; KHMMIL THAMIL 194");
}

/* "Its country director, NAME,": a described person with no title the
 * titles know serves the body the sentence before opens with */
NM_TEST(its_described_person_serves_the_body_before) {
  NM_CHECK_EQ_STR(cameo_entity_part("SANAA, Yemen (AP) - The World Food Programme suspended "
                                    "operations in northern Yemen in August. Its country "
                                    "director, Mariam Okonjo-Bello, said on Monday that the "
                                    "suspension had left millions without food.",
                                    "2025-10-13", "Mariam Okonjo-Bello", PART_CODE),
                  "IGOUNOWFP");
  /* (a hyphenated title and an honorific before the name) */
  NM_CHECK_EQ_STR(cameo_entity_part("GEORGETOWN, Guyana (AP) - The Caribbean Community also "
                                    "weighed in. Its secretary-general, Dr. Marcia "
                                    "Thompson-Greene, called the incident unacceptable.",
                                    "2026-01-20", "Marcia Thompson-Greene", PART_CODE),
                  "IGOCRB");
}

/* an envoy or representative with no body named serves the body the
 * sentence before reports */
NM_TEST(envoy_serves_the_body_before) {
  NM_CHECK_EQ_STR(cameo_entity_part("TRIPOLI, Libya (AP) - The United Nations Support Mission in "
                                    "Libya said it was gravely concerned by the escalation. "
                                    "Acting special representative Hanna Lindqvist said she "
                                    "would convene talks next week.",
                                    "2025-08-24", "Hanna Lindqvist", PART_CODE),
                  "IGOUNO");
}

/* the head of a state's office named for another place is the state's */
NM_TEST(head_of_a_state_office_is_the_state_s) {
  NM_CHECK_EQ_STR(cameo_entity_part("PRISTINA, Kosovo (AP) - Belgrade rejected the account. Dusan "
                                    "Milovanovic, the head of the Serbian government's Office "
                                    "for Kosovo and Metohija, said the men were residents.",
                                    "2025-11-14", "Dusan Milovanovic", PART_CODE),
                  "SRBGOV");
}

/* "Qatar's minister …, Sheikh Abdulaziz al-Thani,": the name after the
 * honorific is the description's holder, not a minister named before */
NM_TEST(honorific_before_an_apposed_name) {
  NM_CHECK_EQ_STR(cameo_entity_part("ISLAMABAD (AP) - Defence Minister Shahid Latif Chaudhry said "
                                    "Pakistan would act. Qatar's minister of state at the foreign "
                                    "ministry, Sheikh Abdulaziz al-Thani, spoke by phone on "
                                    "Thursday with officials in both capitals.",
                                    "2025-12-11", "Abdulaziz al-Thani", PART_CODE),
                  "QATGOV");
}

/* the given name after an honorific names the person again, whom the
 * dictionaries' namesake does not take */
NM_TEST(given_name_after_an_honorific) {
  const char *out = cameo_events("BANGKOK (AP) - ASEAN's special envoy on Myanmar, Tan Sri Hamzah "
                                 "Idris of Malaysia, ended a four-day trip. Thailand's foreign "
                                 "minister, Pichai Wongsakul, met Hamzah in Bangkok on Thursday.",
                                 "2025-08-21", false);
  NM_CHECK(strstr(out, "IMGSEAMUSJMA") == NULL);
}

/* a body with no country of its own takes none from its object's */
NM_TEST(subject_body_takes_no_country_from_its_object) {
  NM_CHECK_EQ_STR(cameo_events("NIAMEY (AP) - The junta ordered French troops out of the country "
                               "later that year.",
                               "2026-03-10", false),
                  "NERGOV FRAMIL 174");
}

/* where an intent or agreement is made is no party to it */
NM_TEST(agreement_place_is_no_target) {
  const char *out = cameo_events("MOGADISHU (AP) - Somalia and Ethiopia agreed in Ankara in "
                                 "December to begin talks on port access.",
                                 "2025-09-03", false);
  NM_CHECK(strstr(out, "TUR") == NULL);
}

/* an airport takes a country from its first word only: "Mariscal Sucre
 * International Airport" is no Bolivian place (Sucre), "Kabul
 * International Airport" is Afghan */
NM_TEST(airport_country_from_its_first_word) {
  NM_CHECK(pipe_cameo != NULL);
  NM_CHECK_EQ_STR(shipped_entity_code("Diplomats left from Mariscal Sucre International Airport "
                                      "in Quito on Sunday.",
                                      "Mariscal Sucre International Airport"),
                  "");
  NM_CHECK_EQ_STR(shipped_entity_code("Flights resumed at Kabul International Airport on Monday.",
                                      "Kabul International Airport"),
                  "AFG");
}

/* "Foreign Secretary David Lammy", the name unlabelled by the model: a
 * given name spelt like a town (David, Panama) starts the titled name when
 * a surname the gazetteer does not know follows */
NM_TEST(given_name_spelt_like_a_town_after_a_title) {
  NM_CHECK(has_mention("Foreign Secretary David Lammy said on Monday that talks would resume.",
                       NM_ENT_PERSON, "David Lammy"));
  NM_CHECK(!has_mention("President Trump Tower opened.", NM_ENT_PERSON, "Trump"));
}

/* "It" or "its" opening a sentence, with no noun before it there, is the
 * subject of the sentence before when the story coded it as a body or a
 * state, and again in the sentence after; not when a noun comes first
 * ("The coalition … said it would challenge": the coalition's) */
NM_TEST(it_opening_a_sentence_is_the_subject_before) {
  NM_CHECK_EQ_STR(cameo_events("Russia vetoed the resolution. It accused Britain of hypocrisy. "
                               "It also accused France of lying.",
                               "2024-11-18", false),
                  "RUS GBR 112; RUS FRA 112");
  NM_CHECK(strstr(cameo_events("BAMAKO, Mali (Wire) - Mali's military government on Wednesday "
                               "suspended the activities of all political parties. The military "
                               "had promised to hand power back to civilians by March. The "
                               "coalition condemned the decision and said it would challenge the "
                               "decree in court.",
                               "2024-04-10", false),
                  " 110") == NULL);
}

/* "Kenya, which leads a police mission in Haiti, said": a verb of
 * standing in a clause set off to describe a named actor is background,
 * no event; an act there still is one ("South Africa, which accuses
 * Israel of genocide, said") */
NM_TEST(describing_clause_is_background) {
  NM_CHECK_EQ_STR(cameo_events("Kenya, which leads a multinational police mission in Haiti, said "
                               "its officers would stay.",
                               "2024-11-12", false),
                  "");
  NM_CHECK(strstr(cameo_events("South Africa, which accuses Israel of genocide, said the court "
                               "would rule soon.",
                               "2024-01-26", false),
                  "ZAF ISR") != NULL);
}

/* councils that govern in a transition are a government (team agents) */
NM_TEST(transitional_council_is_a_government) {
  NM_CHECK_EQ_STR(cameo_events("Haiti's transitional presidential council on Tuesday accused the "
                               "gangs of terror.",
                               "2024-11-12", false),
                  "HTIGOV ---CRM 112");
}

/* "X warned that the army would respond": a state's body with no country
 * of its own in the warning's clause is the speaker's, no target (the
 * dateline's country would have made it Malaysia's army) */
NM_TEST(bare_army_in_a_warning_is_the_speaker_s) {
  NM_CHECK_EQ_STR(cameo_events("KUALA LUMPUR, Malaysia (Wire) - Thai Prime Minister Phumtham "
                               "Wechayachai warned that the army would respond if attacked again.",
                               "2025-07-28", false),
                  "");
}

/* what a president says names the countries of its clauses; their
 * modifiers ("Russia's oil depots") are what he speaks of, not his own */
NM_TEST(countries_a_speaker_names_are_not_his) {
  NM_CHECK_EQ_STR(cameo_entity_part("KYIV, Ukraine (Wire) - Ukraine's army said it had repelled "
                                    "an assault near the front. President Oleh Marchenko said "
                                    "Ukraine would keep striking Russia's oil depots until "
                                    "Moscow agreed to a truce.",
                                    "2025-08-24", "Oleh Marchenko", PART_CODE),
                  "UKRGOV");
}

/* a governor's country is the one of the towns and regions named with
 * him, not the attackers' */
NM_TEST(governor_takes_the_region_s_country) {
  NM_CHECK_EQ_STR(cameo_entity_part("KYIV, Ukraine (Wire) - Ukrainian drones struck a fuel depot "
                                    "in Russia's Bryansk region overnight, the regional governor "
                                    "said. Governor Pavel Sidorin said debris had fallen on a "
                                    "warehouse.",
                                    "2025-08-24", "Pavel Sidorin", PART_CODE),
                  "RUSGOV");
}

/* a paired code's reverse event ([193:193]) needs a target that can act:
 * not a town, nor a thing coded by the place it is in */
NM_TEST(no_reverse_event_from_a_town) {
  NM_CHECK_EQ_STR(cameo_events("Russian missiles hit the city of Kharkiv on Sunday.", "2025-08-24",
                               false),
                  "RUS UKR 193");
  NM_CHECK_EQ_STR(cameo_events("Russian missiles hit a power plant in Ukraine on Sunday.",
                               "2025-08-24", false),
                  "RUS UKR 193");
}

/* a name set off by commas after words naming an office is a person,
 * whatever type the model gave it */
NM_TEST(name_set_off_after_an_office_is_a_person) {
  NM_CHECK(has_person("The envoy, Al-Tahir Idriss, thanked Moscow.", "Al-Tahir Idriss"));
  NM_CHECK(has_person("Its envoy to the U.N., Al-Tahir Idriss, thanked Moscow.",
                      "Al-Tahir Idriss"));
  NM_CHECK(has_entity("The ambassador to Britain, South Africa, and Kenya left.", NM_ENT_GPE,
                      "South Africa"));
}

/* "Its envoy to the U.N.": the host in the envoy's "to" phrase is not
 * whose envoy it is ("its": the sentence before's subject) */
NM_TEST(envoy_s_host_is_not_its_owner) {
  NM_CHECK_EQ_STR(cameo_events("Sudan's government welcomed the veto. Its envoy to the U.N., "
                               "Al-Tahir Idriss, thanked Moscow.",
                               "2024-11-18", false),
                  "SDNGOV RUS 051");
}

/* "Congo" is COG in the dictionaries; in a story whose other places are
 * the DR Congo's (Goma), the places stage's COD codes it */
NM_TEST(congo_takes_the_country_the_article_supports) {
  NM_CHECK_EQ_STR(cameo_events("GOMA, Congo (Wire) - Congo accused Rwanda of arming the rebels.",
                               "2025-01-27", false),
                  "COD RWA 112");
  NM_CHECK_EQ_STR(cameo_events("Congo accused Rwanda of arming the rebels.", "1985-01-27", false),
                  "COG RWA 112");
}

/* a name after a personal honorific is a person ("according to Dr. X") */
NM_TEST(name_after_an_honorific_is_a_person) {
  NM_CHECK(has_person("According to Dr. Aline Mushagalusa, the ward is full.",
                      "Aline Mushagalusa"));
}

/* "A rebel spokesman, X, said …. He dismissed …": the name set off after
 * the subject's title is the subject a later "he" refers to */
NM_TEST(titled_apposition_is_the_subject_for_he) {
  NM_CHECK_EQ_STR(cameo_events("KIGALI, Rwanda (Wire) - Foreign Minister Olivier Nduhungirehe said "
                               "troops had been deployed along the frontier. A rebel spokesman, "
                               "Joseph Kabanda, said the group would not withdraw. He dismissed "
                               "a ceasefire appeal from Angola.",
                               "2025-01-27", false),
                  "---REB AGO 120");
}

/* an object "it" is neither its clause's subject nor the subject's owner */
NM_TEST(object_it_is_not_the_subject_s_owner) {
  NM_CHECK_EQ_STR(cameo_events("The deal marks the first section of the frontier to be delimited. "
                               "Azerbaijan's Foreign Ministry hailed it as a historic step.",
                               "2024-04-20", false),
                  "");
}

/* a title-case headline's words run together into a "person" holding a
 * country's name are no person */
NM_TEST(headline_words_with_a_country_are_no_person) {
  static const char text[] = "Kosovo Blames Serbia After Deadly Monastery Siege in the North\n\n"
                             "PRISTINA, Kosovo (Wire) - Kosovo's prime minister accused Serbia "
                             "on Monday of organizing an armed attack on a police patrol.";
  NM_CHECK(has_entity(text, NM_ENT_GPE, "Serbia"));
  NM_CHECK(!has_person(text, "Kosovo Blames Serbia After Deadly"));
}

/* a condemnation of a thing is no act on the place it happened in; its
 * doer, when named, is the target */
NM_TEST(condemning_a_thing_is_not_condemning_its_place) {
  NM_CHECK_EQ_STR(cameo_events("Egypt condemned the bombing in Kabul.", "2024-11-11", false), "");
  NM_CHECK_EQ_STR(cameo_events("Egypt condemned the Israeli strike in Gaza.", "2024-11-11", false),
                  "EGY ISR 111");
}

/* "X's Deputy Prime Minister and Foreign Minister Y": two titles of one
 * person, whose country is the first title's owner's */
NM_TEST(two_titles_of_one_person) {
  NM_CHECK_EQ_STR(cameo_entity_part("SRINAGAR, India (Wire) - Defence Minister Rajnath Singh "
                                    "vowed a forceful response. Pakistan's Deputy Prime Minister "
                                    "and Foreign Minister Tariq Mahmood warned that his country "
                                    "would answer any Indian strike.",
                                    "2025-05-02", "Tariq Mahmood", PART_CODE),
                  "PAKGOV");
}

/* names split by the model at a people's word's possessive are one
 * organisation, which the dictionaries code ("WORKERS'" is WORKERS, ') */
NM_TEST(names_with_a_people_s_possessive) {
  NM_CHECK(has_entity("The main opposition Republican People's Party won in Istanbul.", NM_ENT_ORG,
                      "Republican People's Party"));
  NM_CHECK_EQ_STR(cameo_entity_part("Turkey bombed the Kurdistan Workers' Party in Iraq.",
                                    "2024-06-14", "Kurdistan Workers' Party", PART_CODE),
                  "TURREB");
  /* any plural's bare mark: "the Palestinian Prisoners' Society" (the
   * model had "Society" alone, as a person) */
  NM_CHECK(has_entity("Israeli forces arrested 14 Palestinians, the Palestinian Prisoners' "
                      "Society said on Wednesday.",
                      NM_ENT_ORG, "Palestinian Prisoners' Society"));
  NM_CHECK(has_entity("The Shareholders' Association said the bank failed.", NM_ENT_ORG,
                      "Shareholders' Association"));
}

/* "Blinken met Chinese Foreign Minister Wang Yi on Friday": the model
 * left the name out ("Wang" tagged a noun, the sentence taken for a
 * headline); after a capitalised title, two or three names are a
 * person, the title's country's official */
NM_TEST(a_name_after_a_title_the_model_left_out) {
  NM_CHECK_EQ_STR(cameo_entity("Blinken met Chinese Foreign Minister Wang Yi on Friday.",
                               "2024-06-27", "Wang Yi", false),
                  "CHNGOV");
}

/* "Police spokesman Mansir Hassan" in a Nigerian story is not Jordan's
 * Prince Hassan (the dictionary's one-word HASSAN: JORCOP had been
 * given, the title's role over the prince's JORELI) */
NM_TEST(a_one_word_entry_is_no_longer_name_s_part) {
  NM_CHECK_EQ_STR(cameo_entity("ABUJA, Nigeria (Wire) - Police spokesman Mansir Hassan said "
                               "security forces had been deployed.",
                               "2024-06-27", "Mansir Hassan", false),
                  "NGACOP");
}

/* "the southern Gaza city of Rafah": the gazetteer's "Gaza City" does
 * not take the lower-case "city" into the name of the place before it */
NM_TEST(a_lower_case_word_is_no_part_of_a_gazetteer_name) {
  static const char text[] = "The court ordered Israel to halt its offensive in the southern "
                             "Gaza city of Rafah.";
  NM_CHECK(!has_entity(text, NM_ENT_COUNT, "southern Gaza city"));
  NM_CHECK(has_entity(text, NM_ENT_GPE, "Rafah"));
  NM_CHECK(has_entity("Strikes hit Gaza City on Monday.", NM_ENT_GPE, "Gaza City"));
  /* nor does a name run on through two lower-case words: "visit Beijing
   * for talks with his Chinese counterpart" was one organisation to the
   * model, "Beijing for" after the span repair; it is the city */
  static const char visit[] = "China's embassy in Washington said Beijing would take steps. "
                              "Antony Blinken is due to visit Beijing for talks with his "
                              "Chinese counterpart.";
  NM_CHECK(!has_entity(visit, NM_ENT_COUNT, "Beijing for"));
  NM_CHECK(has_entity(visit, NM_ENT_GPE, "Beijing"));
}

/* "the Committee to Protect Journalists": a body's head word, "to" and a
 * capitalised verb with the words after it are one name (the model left
 * it out, and "the Committee" alone was taken) */
NM_TEST(a_body_named_for_its_purpose) {
  NM_CHECK_EQ_STR(cameo_entity_part("The Committee to Protect Journalists said 100 reporters had "
                                    "been killed since October.",
                                    "2024-06-14", "Committee to Protect Journalists", PART_CODE),
                  "NGOHRIMED");
}

/* "A spokesman for the ruling military council, Brig. Gen. X, told": the
 * name the parse hung on the council is the spokesman; "Houthi military
 * spokesman Brig. Gen. X": the description before the rank codes him */
NM_TEST(spokesman_named_after_a_body_or_before_a_rank) {
  NM_CHECK_EQ_STR(cameo_events("BANGKOK, Thailand (Wire) - A Myanmar jet bombed a village. A "
                               "spokesman for the ruling military council, Brig. Gen. Aung Thet "
                               "Paing, told state television that the air force had hit a camp.",
                               "2024-11-11", false),
                  "MMR ---CVL 195; MMRMIL ---MED 010");
  NM_CHECK_EQ_STR(cameo_entity_part("Houthi military spokesman Brig. Gen. Khalid al-Rawi said the "
                                    "ship had been targeted.",
                                    "2024-06-14", "Khalid al-Rawi", PART_CODE),
                  "YEMREBMIL");
}

/* "Russia and China voted against it": an object "it" is no conjunct of
 * its clause's subject either */
NM_TEST(object_it_is_no_conjunct_of_the_subject) {
  NM_CHECK_EQ_STR(cameo_events("Russia and China voted against it.", "2024-11-22", false), "");
}

/* "takes office" is no arrest (team verbs: TAKE * OFFICE [---]) */
NM_TEST(taking_office_is_no_arrest) {
  NM_CHECK_EQ_STR(cameo_events("The stakes rose before a new administration takes office in "
                               "Washington.",
                               "2024-11-22", false),
                  "");
}

/* "suspended peace negotiations with X": halt negotiations, 164 (team
 * verbs: SUSPEND * &NEGOTIATION) */
NM_TEST(suspending_negotiations_halts_them) {
  NM_CHECK_EQ_STR(cameo_events("Egypt suspended peace negotiations with Ethiopia on Friday.",
                               "2025-01-18", false),
                  "EGY ETH 164");
}

/* "the ELN" is Colombia's National Liberation Army (team actors) */
NM_TEST(eln_is_colombia_s_rebels) {
  NM_CHECK_EQ_STR(cameo_entity_part("The ELN launched an offensive against a rival faction.",
                                    "2025-01-18", "ELN", PART_CODE),
                  "COLREB");
}

/* "American and British aircraft struck radar sites near Hodeidah": one
 * event for each country joined before the head; force used on a thing no
 * actor owns is used on the country of the place it is near */
NM_TEST(joined_origins_and_a_place_near_the_target) {
  NM_CHECK_EQ_STR(cameo_events("American and British aircraft struck radar sites near Hodeidah on "
                               "Thursday.",
                               "2024-01-12", false),
                  "USA YEM 195; GBR YEM 195");
  NM_CHECK_EQ_STR(cameo_events("The militants attacked French and Malian troops.", "2024-01-12",
                               false),
                  "---UAF FRAMIL 190; ---UAF MLIMIL 190");
  /* a meeting near a place is no act on it */
  NM_CHECK_EQ_STR(cameo_events("British diplomats met near Hodeidah.", "2024-01-12", false), "");
}

/* "Hamas militants", "Al-Shabaab militants": an armed group's fighters
 * are the group (PSEREBHMS, not PSEREBHMSUAF) */
NM_TEST(armed_group_s_fighters_are_the_group) {
  NM_CHECK_EQ_STR(cameo_events("Hamas militants attacked the town of Sderot.", "2023-10-09", false),
                  "PSEREBHMS ISR 190");
}

/* Team dictionaries: "South America" is a CAMEO region (SAM), not the
 * United States that Phoenix's "+AMERICA" names; "Defence Force" in the
 * British spelling and a military "Command" are a state's military */
NM_TEST(regions_of_america_and_defence_forces) {
  NM_CHECK_EQ_STR(cameo_entity_part("Fighting has not reached South America.", "2023-12-07",
                                    "South America", PART_CODE),
                  "SAM");
  NM_CHECK_EQ_STR(cameo_entity_part("The Guyana Defence Force was placed on alert.", "2023-12-07",
                                    "Guyana Defence Force", PART_CODE),
                  "GUYMIL");
  NM_CHECK_EQ_STR(cameo_entity_part("The U.S. Southern Command announced exercises.",
                                    "2023-12-07", "U.S. Southern Command", PART_CODE),
                  "USAMIL");
}

/* "In Caracas, Foreign Minister Yván Gil accused Georgetown …": the
 * minister speaks from the place the sentence opens with (VENGOV, where
 * the sentence names two countries), and "Foreign", a title's first word,
 * is no place of its own */
NM_TEST(minister_speaks_from_the_opening_place) {
  static const char text[] = "In Caracas, Foreign Minister Yván Gil accused Georgetown of "
                             "inviting foreign forces into the region.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2023-12-07", "Yván Gil", PART_CODE), "VENGOV");
  NM_CHECK(!cameo_has_entity(text, "2023-12-07", "Foreign"));
  NM_CHECK(cameo_has_entity(text, "2023-12-07", "Caracas"));
}

/* "would take the matter to the Security Council", "took measures to":
 * no seizure (team verbs: TAKE * MATTER [---] …) */
NM_TEST(taking_a_matter_to_a_body_is_no_seizure) {
  NM_CHECK_EQ_STR(cameo_events("Guyana would take the matter to the United Nations Security "
                               "Council.",
                               "2023-12-07", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Kenya took measures to protect its forests.", "2023-12-07", false),
                  "");
  /* measures taken against someone coerce them */
  NM_CHECK_EQ_STR(cameo_events("Kenya took measures against the smugglers.", "2023-12-07", false),
                  "KEN ---CRM 170");
}

/* "TAIPEI, Taiwan (Wire) — … President Lai Ching-te visited a base in
 * Taoyuan": a title with no country of its own takes the dateline's when
 * every place its sentence names is the dateline country's (TWNGOV, not
 * the article's most named country, China); the sentence before's one
 * country comes first (a Rwandan minister in a story from Goma) */
NM_TEST(title_takes_the_dateline_s_country_of_its_places) {
  NM_CHECK_EQ_STR(cameo_entity_part("China Encircles Taiwan After Lai's Speech\n\nTAIPEI, Taiwan "
                                    "(Wire) - China sent warships to surround Taiwan on Thursday. "
                                    "China said the drills were a warning. Beijing called it "
                                    "punishment. President Lai Ching-te visited a marine base in "
                                    "Taoyuan.",
                                    "2024-05-23", "Lai Ching-te", PART_CODE),
                  "TWNGOV");
  NM_CHECK_EQ_STR(cameo_entity_part("GOMA, Congo (Wire) - Rebels took Goma. Rwanda denied that its "
                                    "army led them. Foreign Minister Ode Ngabo said troops protect "
                                    "Rwandan territory from militias in eastern Congo.",
                                    "2025-01-27", "Ode Ngabo", PART_CODE),
                  "RWAGOV");
  /* a briefing a statement is made to is no target, nor is its place */
  NM_CHECK_EQ_STR(cameo_events("Gao Ming, a spokesman for China's Foreign Ministry, told a "
                               "regular briefing in Beijing.",
                               "2024-05-23", false),
                  "");
}

/* "QUITO (Wire) — … Mexican President X called the raid an act of force.
 * He said he had instructed Foreign Minister Ana Rey to suspend relations
 * with Quito": the official a state's person instructs (appoints,
 * dismisses …) is that state's (MEXGOV), not the dateline's; one whom
 * the same person meets is not */
NM_TEST(title_takes_the_country_of_its_commander) {
  NM_CHECK_EQ_STR(cameo_entity_part("Mexico cuts ties with Ecuador\n\nQUITO (Wire) - Mexico broke "
                                    "off relations with Ecuador on Friday. Mexican President "
                                    "Andrés Manuel López Obrador called the raid an act of force. "
                                    "He said he had instructed Foreign Minister Ana Rey to suspend "
                                    "relations with Quito.",
                                    "2024-04-06", "Ana Rey", PART_CODE),
                  "MEXGOV");
  NM_CHECK_EQ_STR(cameo_entity_part("Mexico cuts ties with Ecuador\n\nQUITO (Wire) - Mexico broke "
                                    "off relations with Ecuador on Friday. Mexican President "
                                    "Andrés Manuel López Obrador called the raid an act of force. "
                                    "He said he had met Foreign Minister Ana Rey to discuss "
                                    "relations with Quito.",
                                    "2024-04-06", "Ana Rey", PART_CODE),
                  "ECUGOV");
  /* the subject of what a state says serves it */
  NM_CHECK_EQ_STR(cameo_entity_part("BEIRUT (Wire) - Rebels took Aleppo. Iran, Assad's other main "
                                    "ally, said Foreign Minister Abbas Araghchi would travel to "
                                    "Damascus and then to Ankara.",
                                    "2024-12-01", "Abbas Araghchi", PART_CODE),
                  "IRNGOV");
}

/* "broke off diplomatic relations with Ecuador": the team's BREAK
 * patterns (161, not the block's "* OFF" threat, 130); talks broken off
 * are halted negotiations (164) */
NM_TEST(relations_broken_off) {
  NM_CHECK_EQ_STR(cameo_events("Mexico broke off diplomatic relations with Ecuador on Friday.",
                               "2024-04-06", false),
                  "MEX ECU 161");
  NM_CHECK_EQ_STR(cameo_events("Mexico broke diplomatic ties with Ecuador.", "2024-04-06", false),
                  "MEX ECU 161");
  NM_CHECK_EQ_STR(cameo_events("The rebels broke off peace negotiations with the government.",
                               "2024-04-06", false),
                  "---REB ---GOV 164");
}

/* force or coercion into a place acts on it ("forced their way into the
 * Mexican Embassy"): MEXGOV, not the city after it */
NM_TEST(force_into_a_country_s_thing) {
  NM_CHECK_EQ_STR(cameo_events("Ecuadorian police forced their way into the Mexican Embassy in "
                               "Quito.",
                               "2024-04-06", false),
                  "ECUCOP MEXGOV 170");
  NM_CHECK_EQ_STR(cameo_events("Police stormed into the parliament building in Nairobi.",
                               "2024-06-26", false),
                  "KENCOP KENLEG 190");
}

/* "Interior Minister Pascoal Ronda warned": a surname spelt like a town
 * (Ronda, Spain) ends the name after a given name the gazetteer does not
 * know; the model had left the name out and the rule after a title cut
 * it at the town */
NM_TEST(surname_spelt_like_a_town) {
  NM_CHECK(has_person("Interior Minister Pascoal Ronda warned that the government would act.",
                      "Pascoal Ronda"));
}

/* "The military rulers of Mali, Burkina Faso and Niger accused ECOWAS":
 * a source whose of-phrase joins countries is one actor per country, as a
 * target is ("the ambassadors of Britain and Norway") */
NM_TEST(source_of_joined_countries) {
  NM_CHECK_EQ_STR(cameo_events("The military rulers of Mali, Burkina Faso and Niger accused "
                               "ECOWAS of bowing to foreign influence.",
                               "2024-01-29", false),
                  "MLIGOV IGOWAFBUSWAS 112; BFAGOV IGOWAFBUSWAS 112; NERGOV IGOWAFBUSWAS 112");
}

/* "The European Union's foreign policy chief, Kaja Kallas, said": a
 * title an organisation of the dictionaries owns, set off before the
 * name, is the person's (coref), who speaks for it (IGOEUREEC); police
 * ranks are titles ("Detective Chief Superintendent Ilkka Rautio") */
NM_TEST(title_an_organisation_owns) {
  static const char t[] = "The European Union's foreign policy chief, Kaja Kallas, said the "
                          "bloc would propose new sanctions.";
  NM_CHECK_EQ_STR(cameo_title(t, "2024-12-27", "Kaja Kallas"), "foreign policy chief");
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-12-27", "Kaja Kallas", false), "IGOEUREEC");
  NM_CHECK_EQ_STR(cameo_title("The ship dragged its anchor, said Detective Chief Superintendent "
                              "Ilkka Rautio of the police.",
                              "2024-12-27", "Ilkka Rautio"),
                  "Detective Chief Superintendent");
}

/* "A spokesman for the Russian Embassy in Helsinki, Pavel Sidorenko,
 * called …": the office may stand seven words before the comma (the model
 * typed the name a place) */
NM_TEST(office_far_before_an_apposed_name) {
  NM_CHECK(has_person("A spokesman for the Russian Embassy in Helsinki, Pavel Sidorenko, called "
                      "the suggestions groundless.",
                      "Pavel Sidorenko"));
}

/* "Chief Cabinet Secretary Hirokazu Matsuno", after a sentence on
 * China: a title one government alone has is that government's (JPNGOV);
 * "In Seoul, … arrested by police": the police of the place the sentence
 * opens with (KORCOP), not of the embassy a modifier names */
NM_TEST(one_state_title_and_opening_place_police) {
  NM_CHECK_EQ_STR(cameo_entity_part("TOKYO (Wire) - China banned all seafood from Japan on Friday. "
                                    "Beijing called the water release selfish. Chief Cabinet "
                                    "Secretary Hirokazu Matsuno told reporters the ban was "
                                    "unacceptable.",
                                    "2023-08-25", "Hirokazu Matsuno", PART_CODE),
                  "JPNGOV");
  /* a spokesperson speaks for the body that was the subject before, not
   * the one it accused */
  NM_CHECK_EQ_STR(cameo_entity_part("ISLAMABAD (Wire) - Pakistan's Foreign Office accused the "
                                    "Taliban of indiscriminate firing and said the construction "
                                    "violated existing arrangements. \"Such actions cannot be "
                                    "justified under any pretext,\" spokeswoman Sadia Rehman told "
                                    "her weekly briefing in Islamabad on Thursday.",
                                    "2023-09-07", "Sadia Rehman", PART_CODE),
                  "PAKGOV");
  /* a pattern's bare word in a place beside which the act happened is
   * no argument: "arrested by police outside military headquarters" is
   * an arrest (173), not the capture of headquarters (192) */
  NM_CHECK_EQ_STR(cameo_events("Gen. Julio Quisbert was arrested by police outside military "
                               "headquarters.",
                               "2024-06-27", false),
                  "---COP ---MIL 173");
  /* a title a few governments have: the dateline's among them */
  NM_CHECK_EQ_STR(cameo_entity_part("LONDON (Wire) - Sudan's army rejected the plan. Sudan said it "
                                    "would not attend. Foreign Secretary David Lammy told "
                                    "delegates the war must end.",
                                    "2025-04-16", "David Lammy", PART_CODE),
                  "GBRGOV");
  NM_CHECK_EQ_STR(cameo_entity_part("NEW DELHI (Wire) - Foreign Secretary Vikram Misri met officials "
                                    "in Dhaka on Monday.",
                                    "2024-12-09", "Vikram Misri", PART_CODE),
                  "INDGOV");
  /* "X, the UN's envoy for Sudan,": the owner, not the place sent to */
  NM_CHECK_EQ_STR(cameo_entity_part("Tomas Lindgren, the UN's deputy envoy for Sudan, said the war "
                                    "must end.",
                                    "2025-04-16", "Tomas Lindgren", PART_CODE),
                  "IGOUNO");
  NM_CHECK_EQ_STR(cameo_events("TOKYO (Wire) - In Seoul, 16 students were arrested by police after "
                               "they tried to enter the Japanese Embassy.",
                               "2023-08-25", false),
                  "KORCOP ---EDU 173");
}

/* "Commodore Ramon Dizon", "Brigadier Tom Vell": ranks are titles
 * (src/titles.c) and military (team agents); the name is the person's
 * without the rank */
NM_TEST(commodore_and_brigadier_are_military_ranks) {
  static const char text[] = "MANILA, Philippines (Wire) - Commodore Ana Ruiz said the navy "
                             "would respond. Brigadier Tom Vell agreed.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2024-03-23", "Ana Ruiz", PART_CODE), "PHLMIL");
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2024-03-23", "Tom Vell", PART_CODE), "PHLMIL");
}

/* "Erdoğan" is the dictionaries' ERDOGAN: a word they lack is looked up
 * again with its Latin letters folded */
NM_TEST(dictionary_words_fold_latin_letters) {
  NM_CHECK_EQ_STR(cameo_entity_part("President Recep Tayyip Erdoğan called the assault a heinous "
                                    "attack.",
                                    "2024-10-24", "Recep Tayyip Erdoğan", PART_CODE),
                  "TURGOV");
}

/* "Deadly Attack Near Ankara" in a headline: the place is "Ankara", not
 * a person "Near Ankara" */
NM_TEST(headline_preposition_is_no_part_of_a_place) {
  static const char text[] = "Turkey Strikes Militants After Deadly Attack Near Ankara\n\nANKARA, "
                             "Turkey (Wire) - Turkish warplanes bombed targets overnight.";
  NM_CHECK(!cameo_has_entity(text, "2024-10-24", "Near Ankara"));
  NM_CHECK(cameo_has_entity(text, "2024-10-24", "Ankara"));
}

/* "carried out strikes on Iran", "launched drone strikes on Gaza":
 * military strikes (team verbs), not labour's */
NM_TEST(strikes_carried_out_or_launched_are_force) {
  NM_CHECK_EQ_STR(cameo_events("Pakistan carried out strikes on Iran.", "2024-01-18", false),
                  "PAK IRN 190");
  NM_CHECK_EQ_STR(cameo_events("Pakistan launched strikes on Iran.", "2024-01-18", false),
                  "PAK IRN 190");
  NM_CHECK_EQ_STR(cameo_events("Israel launched drone strikes on Gaza.", "2024-01-18", false),
                  "ISR PSEGZA 195");
}

/* "Caretaker Foreign Minister X spoke by telephone with his Iranian
 * counterpart, Y": "Caretaker" is no name of its own, and a counterpart
 * is another state's official (team agents: COUNTERPART [~GOV]) */
NM_TEST(caretaker_and_counterpart) {
  static const char text[] = "Caretaker Prime Minister Anwar-ul-Haq Kakar cut short a trip to "
                             "the World Economic Forum in Davos, Switzerland, to chair an "
                             "emergency meeting. Caretaker Foreign Minister Jalil Abbas Jilani "
                             "spoke by telephone with his Iranian counterpart, Hossein "
                             "Amir-Abdollahian.";
  NM_CHECK(!cameo_has_entity(text, "2024-01-18", "Caretaker"));
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2024-01-18", "Hossein Amir-Abdollahian", PART_CODE),
                  "IRNGOV");
}

/* "A coalition of rebel groups said it had overrun two army posts": "it"
 * is the reporting verb's subject, a group coded by its role alone */
NM_TEST(it_is_a_group_that_reports) {
  NM_CHECK_EQ_STR(cameo_events("BAMAKO, Mali (Wire) - A coalition of rebel groups said it had "
                               "overrun two army posts.",
                               "2023-10-03", false),
                  "---REB ---MIL 192");
}

/* "fighters have seized parts of several towns": territory occupied
 * (192), not "take part" (030; team verbs: SEIZE * PARTS (OF +)) */
NM_TEST(seizing_parts_of_towns_occupies_them) {
  NM_CHECK_EQ_STR(cameo_events("The rebels took parts of the city of Goma.", "2025-01-27", false),
                  "---REB COD 192");
  NM_CHECK_EQ_STR(cameo_events("Iran took part in the talks with France.", "2025-01-27", false),
                  "IRN FRA 030");
}

/* "Authorities shut the crossing, accusing the RSF of smuggling": a
 * gerund of accusing set off by a comma after its verb is said by that
 * verb's subject */
NM_TEST(accusing_gerund_takes_the_subject) {
  NM_CHECK_EQ_STR(cameo_events("Iran summoned the British ambassador on Sunday, accusing London "
                               "of interference.",
                               "2024-06-25", false),
                  "IRN GBRGOV 040; IRN GBR 112");
}

/* "struck dozens of targets used by the Houthi rebels": force aimed at
 * things someone uses or holds is aimed at them; "American and British
 * warplanes and warships": the origins joined before one conjunct of a
 * list are one actor each */
NM_TEST(force_aimed_at_the_user_of_its_object) {
  NM_CHECK_EQ_STR(cameo_events("American warplanes struck dozens of targets used by the Houthi "
                               "rebels.",
                               "2024-01-12", false),
                  "USAMIL YEMREB 195");
  /* (the warships share the first conjunct's modifiers: American) */
  NM_CHECK_EQ_STR(cameo_events("American and British warplanes and warships struck targets in "
                               "Yemen.",
                               "2024-01-12", false),
                  "USAMIL YEM 195; GBRMIL YEM 195");
  /* "Russian airstrikes and artillery shelling": the shelling is Russian
   * too, not the article's country's */
  NM_CHECK_EQ_STR(cameo_events("KHARKIV, Ukraine (AP) — Russian airstrikes and artillery "
                               "shelling killed at least nine civilians across the Kharkiv "
                               "region, local officials said.",
                               "2026-02-20", false),
                  "RUS UKRCVL 195; RUSMIL UKRCVL 195");
}

/* "seven Latin American countries, including Argentina, Chile and Peru":
 * the countries an including-phrase names are the noun's actors */
NM_TEST(countries_a_noun_includes_act) {
  NM_CHECK_EQ_STR(cameo_events("Several countries, including France and Germany, condemned the "
                               "Israeli strikes.",
                               "2024-09-03", false),
                  "FRA ISR 111; DEU ISR 111");
}

/* "Canada and India expelled each other's diplomats": each to the
 * other's, the phrase's role with the other's country */
NM_TEST(each_other_s_is_the_other_s) {
  NM_CHECK_EQ_STR(cameo_events("Canada and India expelled six of each other's diplomats on "
                               "Monday.",
                               "2024-10-15", false),
                  "CAN INDGOV 161; IND CANGOV 161");
}

/* "Foreign Minister X said the six diplomats, among them India's high
 * commissioner, …": the country inside another person's description is
 * that person's, not the minister's */
NM_TEST(country_of_another_s_description) {
  NM_CHECK_EQ_STR(cameo_entity("OTTAWA, Ontario (Wire) — Canada expelled six Indian diplomats on "
                               "Monday. Foreign Minister Lise Corbeil said the six diplomats, "
                               "among them India's high commissioner, had been identified as "
                               "persons of interest.",
                               "2024-10-15", "Lise Corbeil", false),
                  "CANGOV");
}

/* "Col. Assimi Goita of Mali" taken whole for a place: a person (after
 * the title) and the place after "of", whose country is the person's */
NM_TEST(titled_name_of_a_country) {
  NM_CHECK_EQ_STR(cameo_entity("Gen. Abdourahamane Tiani of Niger, Col. Assimi Goita of Mali and "
                               "Capt. Ibrahim Traore of Burkina Faso signed a mutual defence "
                               "pact in Niamey in July.",
                               "2025-01-29", "Assimi Goita", false),
                  "MLIMIL");
}

/* "In his inaugural address in Taipei on Monday, President Lai called on
 * Beijing to end …": the phrase fronted before the subject is no target,
 * and "on" after "called" a preposition (the model read a subordinator)
 * whose noun is */
NM_TEST(fronted_phrase_is_no_target) {
  NM_CHECK_EQ_STR(cameo_events("In his inaugural address in Taipei on Monday, President Lai "
                               "called on Beijing to end its political and military "
                               "intimidation.",
                               "2024-05-24", false),
                  "TWNGOV CHN 020");
}

/* "signed a memorandum of understanding in Addis Ababa": where an
 * agreement was signed is no party to it, nor is the place its of-phrase
 * names */
NM_TEST(where_an_agreement_was_signed_is_no_party) {
  NM_CHECK_EQ_STR(cameo_events("Russia signed a memorandum of understanding in Tehran.",
                               "2024-04-05", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Russia signed an agreement in Tehran.", "2024-04-05", false), "");
}

/* "Kenya's Ruto" in a headline (KEN), then "President William Ruto": the
 * bare country and the title's role make one code */
NM_TEST(headline_country_and_later_title) {
  NM_CHECK_EQ_STR(cameo_entity("Kenya's Ruto drops tax bill after deadly protests\n\nNAIROBI, "
                               "Kenya (Wire) - President William Ruto said on Wednesday he would "
                               "not sign the bill.",
                               "2024-06-26", "William Ruto", false),
                  "KENGOV");
}

/* "rejected the plan": the plan a sentence before named as the U.N.'s is
 * the U.N.'s, and rejecting it is aimed at its author; "hours", which
 * the parse made a second subject of the after-clause's verb, is its
 * time; a plan the text never gave an author gives no target */
NM_TEST(the_plan_is_its_author_s) {
  NM_CHECK_EQ_STR(cameo_events("The government accepted a United Nations proposal for a "
                               "truce. The Houthis rejected the plan on Wednesday.",
                               "2025-10-23", false),
                  "---GOV IGOUNO 032; YEMREB IGOUNO 120");
  NM_CHECK_EQ_STR(cameo_events("The government accepted the plan, hours after the Houthi "
                               "movement rejected the U.N. plan.",
                               "2025-10-23", false),
                  "YEMREB IGOUNO 120");
  NM_CHECK_EQ_STR(cameo_events("The Houthis rejected the plan on Wednesday.", "2025-10-23",
                               false),
                  "");
  /* the plan's author as the agent of a participle that describes it,
   * past a plan named with none ("we accept the initiative") */
  NM_CHECK_EQ_STR(cameo_events("The proposal, drafted by Egypt and Qatar, calls for a truce. "
                               "\"We accept the initiative,\" a minister said. The Houthis "
                               "dismissed the plan late on Wednesday.",
                               "2025-10-23", false),
                  "YEMREB EGY 110");
}

/* "The envoy's deputy, Ingrid Solheim-Vasquez,": a deputy stands in for
 * the owner (the U.N. envoy), no sheriff's deputy (~COP) */
NM_TEST(deputy_of_an_owner) {
  /* a body's owner named before its head, over the place it works in */
  NM_CHECK_EQ_STR(cameo_events("The United Nations Human Rights Monitoring Mission in Ukraine "
                               "criticized Russia on Monday.",
                               "2026-02-20", false),
                  "IGOUNO RUS 111");
  /* "a governance analyst": the field the person studies, no role in it */
  NM_CHECK_EQ_STR(cameo_entity("\"People have watched too many cases collapse,\" said Faith "
                               "Atieno, a Kenyan governance analyst.",
                               "2026-04-09", "Faith Atieno", false),
                  "KEN");
  /* "Deputy Interior Minister X": the rank within the minister's role */
  NM_CHECK_EQ_STR(cameo_entity("Among those targeted is Deputy Interior Minister Levan "
                               "Gorgadze, officials said.",
                               "2025-12-01", "Levan Gorgadze", false),
                  "---GOV");
  NM_CHECK_EQ_STR(cameo_entity("The U.N. special envoy's office handed the proposal to both "
                               "sides. The envoy's deputy, Ingrid Solheim-Vasquez, said the "
                               "organisation regretted the response.",
                               "2025-10-23", "Ingrid Solheim-Vasquez", false),
                  "IGOUNO");
}

/* "announced asset freezes and travel bans against 19 Georgian
 * officials": sanctions (163), not a statement or a visit ("travel") */
NM_TEST(asset_freezes_and_travel_bans) {
  NM_CHECK_EQ_STR(cameo_events("Britain on Monday announced asset freezes and travel bans "
                               "against 19 Georgian officials.",
                               "2025-12-01", false),
                  "GBR GEOGOV 163");
}

/* "approved the measures at a meeting in Brussels": the gathering the
 * act took place at, and where it met, are no party */
NM_TEST(gathering_the_act_took_place_at) {
  NM_CHECK_EQ_STR(cameo_events("EU foreign ministers approved the measures at a meeting in "
                               "Brussels.",
                               "2025-12-01", false),
                  "");
}

/* "Guinea-Bissau" (the hyphen a word of its own) is GNB, not GUINEA_
 * (GIN); "since it won independence … in 1974", a year inside a clause
 * opened by "since", dates the country's past, not the arrests, and
 * discards nothing; "officers", which the parse made a second complement
 * of "said", is the object of "arrested" */
NM_TEST(hyphenated_country_and_a_since_clause) {
  NM_CHECK_EQ_STR(cameo_events("Authorities in Guinea-Bissau have arrested at least 14 army "
                               "officers and two civilians, the government said Tuesday, in the "
                               "latest challenge to a country that has lived through repeated "
                               "military takeovers since it won independence from Portugal in "
                               "1974.",
                               "2025-09-16", false),
                  "GNBGOV GNBMIL 173; GNBGOV GNBCVL 173");
}

/* "Defence Minister Aden Duale": "Aden", a city the dictionary files
 * under Yemen, opens the name and codes nothing */
NM_TEST(place_opening_a_name_is_no_actor) {
  NM_CHECK_EQ_STR(cameo_events("NAIROBI, Kenya (Wire) - Kenyan police arrested dozens. "
                               "Defence Minister Aden Duale authorized the deployment of the "
                               "military to support police.",
                               "2024-06-26", false),
                  "KENGOV KENMIL 0334");
}

/* "opened fire to disperse demonstrators": force with no target of its
 * own is aimed at what its purpose clause names, as a protest or
 * repression is; with no purpose clause there is none */
NM_TEST(force_aimed_at_its_purpose) {
  /* (the demonstrators in Kisumu are Kenya's: KENOPP since the
   * thirty-eighth session, ---OPP before) */
  NM_CHECK_EQ_STR(cameo_events("Kenyan police opened fire to disperse demonstrators in Kisumu.",
                               "2024-06-25", false),
                  "KENCOP KENOPP 193");
  NM_CHECK_EQ_STR(cameo_events("Kenyan police opened fire on Tuesday.", "2024-06-25", false), "");
}

/* "will send additional troops to its border with Belarus": a show of
 * force (154), not military cooperation with Belarus (062) */
NM_TEST(troops_sent_to_a_border_are_mobilised) {
  NM_CHECK_EQ_STR(cameo_events("Poland will send additional troops to its border with Belarus.",
                               "2024-05-30", false),
                  "POL BLR 154");
  NM_CHECK_EQ_STR(cameo_events("France sent troops to Mali.", "2024-05-30", false), "FRA MLI 062");
  /* forces sent around or near another's territory: a show of force */
  NM_CHECK_EQ_STR(cameo_events("China sent warships around Taiwan on Friday.", "2024-05-24", false),
                  "CHN TWN 150");
  NM_CHECK_EQ_STR(cameo_events("Georgian riot police turned water cannons on thousands of "
                               "protesters.",
                               "2024-05-01", false),
                  "GEOCOP GEOOPP 175");
  NM_CHECK_EQ_STR(cameo_events("The minister turned the page.", "2024-05-01", false), "");
  NM_CHECK_EQ_STR(cameo_events("Brazil moved more troops to its border with Venezuela.",
                               "2023-12-04", false),
                  "BRA VEN 154");
}

/* "France, Germany, Italy and Britain joined Washington": one event per
 * member of a list the parse split into two subjects; "accused Azerbaijan
 * of deliberately emptying": the accused is the object, not the gerund's
 * subject; "The United States
 * and the European Union, which …, sharply rebuked Pristina": the verb
 * after the relative clause is the main clause's (parser repairs) */
NM_TEST(every_member_of_a_long_list_acts) {
  NM_CHECK_EQ_STR(cameo_events("France, Germany, Italy and Britain joined Washington in a "
                               "separate statement.",
                               "2023-05-27", false),
                  "FRA USA 040; DEU USA 040; ITA USA 040; GBR USA 040");
  NM_CHECK_EQ_STR(cameo_events("Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of "
                               "deliberately emptying the region of Armenians.",
                               "2023-09-26", false),
                  "ARMGOV AZE 112");
  NM_CHECK_EQ_STR(cameo_events("Speaking at a meeting in New York on Sunday, Foreign Minister "
                               "Therese Wagner accused Rwanda of launching an invasion.",
                               "2025-01-27", false),
                  "---GOV RWA 112");
  NM_CHECK_EQ_STR(cameo_events("The United States and the European Union, which have spent "
                               "months trying to broker a deal to normalize relations between "
                               "the two sides, sharply rebuked Pristina.",
                               "2023-05-27", false),
                  "USA KSV 111; IGOEUREEC KSV 111");
}

/* "China's coast guard, whose ships fired water cannons at a Philippine
 * supply boat": the ships "whose" owns act for the coast guard */
NM_TEST(whose_noun_acts_for_the_owner) {
  NM_CHECK_EQ_STR(cameo_events("The Philippines protested actions by China's coast guard, whose "
                               "ships fired water cannons at a Philippine supply boat.",
                               "2024-03-25", false),
                  "PHL CHNMIL 140; CHNMIL PHL 190");
}

/* "China's coast guard gave a different account. Its spokesman, Liu
 * Weidong, said …": a coast guard is a state's body (~MIL in the Phoenix
 * agents), and its spokesman speaks for it, not for the Philippines the
 * sentence names; the Philippines has a foreign secretary */
NM_TEST(coast_guard_spokesman_and_foreign_secretary) {
  NM_CHECK_EQ_STR(cameo_entity_part("China's coast guard gave a different account. Its spokesman, "
                                    "Liu Weidong, said the Philippine vessels had intruded.",
                                    "2024-03-25", "Liu Weidong", PART_CODE),
                  "CHNMIL");
  NM_CHECK_EQ_STR(cameo_entity_part("MANILA, Philippines (Wire) - Foreign Secretary Enrique "
                                    "Manalo said that the incident was a provocation.",
                                    "2024-03-25", "Enrique Manalo", PART_CODE),
                  "PHLGOV");
}

/* "The board removed Marco Diaz on Monday, giving him a week to leave":
 * an object pronoun prefers a person of its own sentence who is no
 * subject over the subject of the sentence before (coref OBJ_BONUS) */
NM_TEST(object_pronoun_prefers_its_own_sentence) {
  NM_CHECK_EQ_STR(mentions_of("Tomas Berg said the vote was close. The board removed Marco Diaz "
                              "on Monday, giving him a week to leave.",
                              "Marco Diaz"),
                  "Marco Diaz|him");
}

/* "the junta appointed Ali Mahaman Lamine Zeine as prime minister": the
 * office an appointment gives is the person's title; "served as" is no
 * appointment */
NM_TEST(appointed_as_gives_a_title) {
  NM_CHECK_EQ_STR(cameo_entity_part("NIAMEY, Niger (Wire) - The junta appointed Ali Mahaman Lamine "
                                    "Zeine as prime minister in August.",
                                    "2023-09-25", "Ali Mahaman Lamine Zeine", PART_TITLE),
                  "prime minister");
  NM_CHECK_EQ_STR(cameo_entity_part("NIAMEY, Niger (Wire) - The junta appointed Ali Mahaman Lamine "
                                    "Zeine as prime minister in August.",
                                    "2023-09-25", "Ali Mahaman Lamine Zeine", PART_CODE),
                  "NERGOV");
  NM_CHECK_EQ_STR(cameo_entity_part("Omar Sidibe worked as a minister for years.", "2023-09-25",
                                    "Omar Sidibe", PART_TITLE),
                  "");
}

/* "Guyana's president warned … President Nicolas Maduro called …
 * Guyanese President Irfaan Ali": a description joins no later name the
 * gazetteer places in another country (Maduro: VEN), but the one of its
 * own country */
NM_TEST(a_description_joins_no_holder_of_another_state) {
  static const char text[] =
      "Venezuela claimed victory as Guyana's president warned that his country would defend "
      "itself.\n\nPresident Nicolas Maduro called the result a triumph.\n\nGuyanese President "
      "Irfaan Ali sought to calm residents.";
  NM_CHECK_EQ_STR(cameo_mentions_of(text, "2023-12-04", "Nicolas Maduro"), "Nicolas Maduro");
  NM_CHECK_EQ_STR(cameo_mentions_of(text, "2023-12-04", "Irfaan Ali"),
                  "Guyana's president|his|Irfaan Ali");
}

/* 'Brazil moved more troops … "We will not allow Brazilian territory …,"
 * Defense Minister Jose Mucio told reporters': a name after a direct
 * quotation opens its sentence for the sentence-before rule (BRAGOV, not
 * the dateline's VEN) */
NM_TEST(a_quotation_before_the_name_does_not_count) {
  NM_CHECK_EQ_STR(cameo_entity_part("CARACAS, Venezuela (Wire) - Venezuela held a vote.\n\nBrazil "
                                    "moved more troops to its northern border. \"We will not allow "
                                    "Brazilian territory to be used as a corridor for anyone,\" "
                                    "Defense Minister Jose Mucio told reporters.",
                                    "2023-12-04", "Jose Mucio", PART_CODE),
                  "BRAGOV");
}

/* "A spokeswoman for the Haitian National Police, Marie-Claude
 * Jean-Baptiste, said": the parse made the hyphenated name's words
 * conjuncts of the body (parser repair: one name) and the name a
 * conjunct of the body; the description before it codes the person */
NM_TEST(spokeswoman_for_a_body_named_before_a_hyphenated_name) {
  NM_CHECK_EQ_STR(cameo_entity_part("A spokeswoman for the Haitian National Police, Marie-Claude "
                                    "Jean-Baptiste, said officers had repelled an attack.",
                                    "2024-03-12", "Marie-Claude Jean-Baptiste", PART_CODE),
                  "HTICOP");
}

/* "summoned Pakistan's charge d'affaires in Tehran": the envoy's own
 * country (a title now), not the place after the head; "poor people
 * caught between two governments" is no act of the people's */
NM_TEST(charge_d_affaires_and_a_participle_the_noun_undergoes) {
  NM_CHECK_EQ_STR(cameo_events("Iran's Foreign Ministry summoned Pakistan's charge d'affaires in "
                               "Tehran to demand an explanation.",
                               "2024-01-18", false),
                  "IRNGOV PAKGOV 040");
  NM_CHECK_EQ_STR(cameo_events("\"We are poor people caught between two governments,\" said "
                               "Abdul Ghani Baloch.",
                               "2024-01-18", false),
                  "");
}

/* '"Iran was warned …," said a spokeswoman. Caretaker Prime Minister
 * Anwaar-ul-Haq Kakar …': a country inside the quotation before is no
 * anchor for the next sentence's official; "left a summit … in
 * Kampala, Uganda": a gathering's place and a place's qualifier are no
 * anchor either */
NM_TEST(quoted_and_qualifying_countries_anchor_no_official) {
  NM_CHECK_EQ_STR(cameo_entity_part("ISLAMABAD (Wire) - Pakistan recalled its envoy.\n\n\"Our "
                                    "patience is not weakness,\" said a spokeswoman. \"Iran was "
                                    "warned that its illegal act would have consequences.\"\n\n"
                                    "Caretaker Prime Minister Anwaar-ul-Haq Kakar cut short his "
                                    "trip to Davos.",
                                    "2024-01-18", "Anwaar-ul-Haq Kakar", PART_CODE),
                  "PAKGOV");
  NM_CHECK_EQ_STR(cameo_entity_part("ISLAMABAD (Wire) - Pakistan recalled its envoy.\n\nForeign "
                                    "Minister Jalil Abbas Jilani left a summit of the Non-Aligned "
                                    "Movement in Kampala, Uganda, a day early.",
                                    "2024-01-18", "Jalil Abbas Jilani", PART_CODE),
                  "PAKGOV");
}

/* "Special forces troops were flown by helicopter to the National
 * Assembly": a by-phrase of a bare means noun is no agent; "attacked by
 * police" keeps its agent */
NM_TEST(a_means_is_no_agent) {
  NM_CHECK_EQ_STR(cameo_events("Special forces troops were flown by helicopter to the National "
                               "Assembly.",
                               "2024-12-14", false),
                  "");
  /* (police on protesters: repression, 175, since the fortieth session) */
  NM_CHECK_EQ_STR(cameo_events("The protesters were attacked by police.", "2024-12-14", false),
                  "---COP ---OPP 175");
}

/* "Lt. Col. Emmanuel Nzabonimpa, a spokesman for the rebels,": the
 * description after the name says whom the rank serves */
NM_TEST(description_after_a_rank_says_whom_it_serves) {
  NM_CHECK_EQ_STR(cameo_entity_part("Lt. Col. Emmanuel Nzabonimpa, a spokesman for the rebels, said "
                                    "the city had fallen.",
                                    "2025-01-27", "Emmanuel Nzabonimpa", PART_CODE),
                  "---REB");
}

/* "the Ganabhaban, the prime minister's residence,": a description that
 * owns the noun after it is no apposition of the name before it; the
 * prime minister is the one in play */
NM_TEST(an_owner_after_a_comma_is_no_apposition) {
  static const char text[] = "DHAKA, Bangladesh (Wire) - Prime Minister Sheikh Hasina "
                             "resigned.\n\nCrowds stormed the Ganabhaban, the prime minister's "
                             "residence, carrying away furniture.";
  NM_CHECK_EQ_STR(cameo_mentions_of(text, "2024-08-05", "Sheikh Hasina"),
                  "Sheikh Hasina|the prime minister");
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2024-08-05", "Ganabhaban", PART_TITLE), "");
}

/* "Sudan's government welcomed the veto. Its envoy to the U.N.,
 * Al-Harith Idriss, thanked Moscow": "Its" is the sentence before's
 * subject body (SDNGOV), not the U.N. the description names nor the
 * article's country */
NM_TEST(its_envoy_serves_the_subject_before) {
  NM_CHECK_EQ_STR(cameo_entity_part("Sudan's government welcomed the veto. Its envoy to the U.N., "
                                    "Al-Harith Idriss, thanked Moscow for standing by his country.",
                                    "2024-11-19", "Al-Harith Idriss", PART_CODE),
                  "SDNGOV");
}

/* A person's name the model cut at a particle: "Luiz Inacio Lula da
 * Silva" (with "Silva" an organisation), "Ursula von der Leyen" (with
 * "Leyen" alone), "Ricardo dos Santos" are one name each */
NM_TEST(names_across_particles) {
  NM_CHECK(has_entity("President Luiz Inacio Lula da Silva urged both governments to talk.",
                      NM_ENT_PERSON, "Luiz Inacio Lula da Silva"));
  NM_CHECK(has_entity("Ursula von der Leyen said the bloc would act.", NM_ENT_PERSON,
                      "Ursula von der Leyen"));
  NM_CHECK(has_entity("Ricardo dos Santos spoke to reporters.", NM_ENT_PERSON,
                      "Ricardo dos Santos"));
}

/* "he said at a cabinet meeting in Yerevan": where a statement was made
 * is no target (the cabinet codes ARMGOV, the speaker too) */
NM_TEST(a_statement_at_a_meeting_is_not_made_to_it) {
  NM_CHECK_EQ_STR(cameo_events("Armenian Prime Minister Nikol Pashinyan said at a cabinet meeting "
                               "in Yerevan that the world was looking on.",
                               "2023-09-26", false),
                  "");
}

/* "a newly elected ethnic Albanian mayor" in Kosovo: "ethnic" makes the
 * demonym a people's, so the title takes no state from it */
NM_TEST(an_ethnic_demonym_gives_no_state) {
  NM_CHECK_EQ_STR(cameo_entity_part("Kosovo police seized the building so that a newly elected "
                                    "ethnic Albanian mayor could take office.",
                                    "2023-05-27", "Albanian mayor", PART_CODE),
                  "---GOV");
  NM_CHECK_EQ_STR(cameo_entity_part("Police seized the building so that the Albanian mayor could "
                                    "take office.",
                                    "2023-05-27", "the Albanian mayor", PART_CODE),
                  "ALBGOV");
}

/* A title-case headline's verb is no part of a name: "Hungary Blocks EU
 * Aid" is Hungary; "Gunmen Abduct Scores" has no name "Abduct Scores" */
NM_TEST(headline_verbs_end_names) {
  static const char text[] = "Hungary Blocks $54 Billion EU Aid Package for Ukraine, Leaders "
                             "Vow to Try Again\n\nBRUSSELS (Wire) - Hungary blocked the package "
                             "on Thursday.";
  NM_CHECK(!cameo_has_entity(text, "2023-12-15", "Hungary Blocks"));
  NM_CHECK(cameo_has_entity(text, "2023-12-15", "Hungary"));
  static const char text2[] = "Gunmen Abduct Scores of Schoolchildren in Northern Nigeria; Army "
                              "Launches Rescue Operation\n\nKADUNA, Nigeria (Wire) - Gunmen "
                              "took the pupils on Thursday.";
  NM_CHECK(!cameo_has_entity(text2, "2024-03-09", "Abduct Scores"));
  NM_CHECK(!cameo_has_entity(text2, "2024-03-09", "Army Launches"));
}

/* "urge Egypt, Chad and South Africa", parsed with "South Africa" a
 * conjunct of "Chad": every country of the list is a target */
NM_TEST(a_conjunct_s_conjunct_joins_the_list) {
  const char *ev = cameo_events("London would urge Egypt, Chad and South Africa to keep their "
                                "borders open.",
                                "2024-11-18", false);
  NM_CHECK(strstr(ev, "GBR EGY 020") != NULL);
  NM_CHECK(strstr(ev, "GBR TCD 020") != NULL);
  NM_CHECK(strstr(ev, "GBR ZAF 020") != NULL);
}

/* A general with no country in his title, in a sentence whose places
 * all lie in Sudan, is Sudan's, though the story's lede is Russia's veto
 * and Russia is named as often as Sudan (and the sentence before names
 * both) */
NM_TEST(a_title_takes_the_one_country_of_its_sentence_s_places) {
  static const char text[] =
      "UNITED NATIONS (Wire) - Russia on Monday blocked a resolution on Sudan. Russia said the "
      "text was unfair, and Moscow called it one-sided. Russia's envoy told Sudan's envoy that "
      "Russia would abstain on a second text.\n\nThe war began when a feud between army chief Gen. "
      "Omar Hadid and the rebels turned into fighting in the capital, Khartoum, before spreading "
      "to Darfur and El Fasher.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2024-11-18", "Omar Hadid", PART_CODE), "SDNMIL");
}

/* "Cambodia's Defence Ministry spokeswoman, Lt. Gen. Keo Ratanak,", parsed
 * with the rank a compound of the surname that heads the apposition: the
 * description before the name codes the person (not ---MIL); and the
 * verb the parse hung on the object ("rejected the claim and accused")
 * codes its accusation */
NM_TEST(description_before_a_ranked_name) {
  static const char text[] = "Cambodia's Defence Ministry spokeswoman, Lt. Gen. Keo Ratanak, "
                             "rejected the claim and accused Thai forces of attacking first.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2025-07-28", "Keo Ratanak", PART_CODE), "KHMGOV");
  NM_CHECK(strstr(cameo_events(text, "2025-07-28", false), "KHMGOV THAMIL 112") != NULL);
}

/* Leaders who took office after the Phoenix files, from the team's
 * actors with their dated codes: President Donald Trump in a story from
 * Bogota is the United States' (the article's country had made him
 * Colombia's) */
NM_TEST(leaders_after_the_phoenix_files) {
  static const char text[] = "BOGOTA, Colombia (Wire) - Colombia agreed on Sunday to accept "
                             "deportation flights from the United States, hours after President "
                             "Donald Trump ordered tariffs on one of Washington's closest "
                             "partners. Colombia's foreign minister spoke in Bogota.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2025-01-27", "Donald Trump", PART_CODE), "USAGOV");
  NM_CHECK(strstr(cameo_entity_part(text, "2025-01-27", "Donald Trump", PART_REASON),
                  "dictionary") != NULL);
}

/* "In Beijing, a Foreign Ministry spokesman, Xu Weiping, urged …" in a
 * story from Manila: the body is the country's of the place the sentence
 * opens with, not the dateline's */
NM_TEST(a_body_takes_the_opening_place_s_country) {
  static const char text[] = "MANILA, Philippines (Wire) - A Chinese ship rammed a Philippine "
                             "vessel on Saturday, Philippine officials said.\n\nIn Beijing, a "
                             "Foreign Ministry spokesman, Xu Weiping, urged the Philippines to "
                             "withdraw its vessel.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2024-08-31", "Foreign Ministry", PART_CODE), "CHNGOV");
}

/* "the Vienna Convention on Diplomatic Relations", "the OSCE Minsk
 * Group": a city in a treaty's or a format's name is no party (AUT, BLR);
 * the Minsk Group has the team's entry, an international body (IGO) */
NM_TEST(a_treaty_s_city_is_no_party) {
  static const char text[] = "The United States said it condemned any violation of the Vienna "
                             "Convention on Diplomatic Relations. Talks under the Minsk Group "
                             "had stalled for years.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2024-04-07", "Vienna Convention", PART_CODE), "");
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2024-04-07", "Minsk Group", PART_CODE), "IGO");
}

/* "Iran's President X …, while Foreign Minister Y said …" in a story the
 * United States leads: the minister is the country's of the official the
 * sentence names before him; "the emir of Qatar, Sheikh Z" is QATGOV (team
 * agents: EMIR) */
NM_TEST(a_title_takes_the_country_of_the_officials_before_it) {
  static const char text[] =
      "DOHA, Qatar (Wire) - The United States released five Iranians on Monday. President Joe "
      "Biden thanked the emir of Qatar, Sheikh Tamim bin Hamad Al Thani, for his help. The United "
      "States also "
      "imposed new sanctions.\n\nIran's President Ebrahim Raisi described the swap as a "
      "humanitarian step, while Foreign Minister Davoud Rahmani said it showed that "
      "problems could be solved when Washington respected Iranian interests.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2023-09-18", "Davoud Rahmani", PART_CODE), "IRNGOV");
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2023-09-18", "Sheikh Tamim bin Hamad Al Thani",
                                    PART_CODE),
                  "QATGOV");
}

/* "face steep U.S. tariffs", "could face up to nine years in prison": to
 * face a thing is no meeting (FACE is in MEET_PEOPLE's block, 040); to
 * face an actor still is one */
NM_TEST(facing_a_thing_is_no_meeting) {
  NM_CHECK_EQ_STR(cameo_events("Both governments face steep U.S. tariffs due to take effect on "
                               "Aug. 1.",
                               "2025-07-28", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("If convicted, the Georgian police officers could face up to nine "
                               "years in prison.",
                               "2024-12-05", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Israel faces Iran in a new confrontation.", "2024-06-17", false),
                  "ISR IRN 040");
}

/* "Yemen's Houthi rebels said that they had struck …": "they" is the
 * rebels, not their country; the act's instrument ("with drones") meets
 * no null pattern ("FIGHT * &AIRCRAFT [---]"); a bulk carrier is a
 * merchant ship (team agents), no warship */
NM_TEST(houthi_claims_of_strikes_on_ships) {
  NM_CHECK_EQ_STR(cameo_events("Yemen's Houthi rebels said that they had struck a Greek ship.",
                               "2024-06-14", false),
                  "YEMREB GRC 015");
  NM_CHECK_EQ_STR(cameo_events("Houthi rebels struck a Greek ship with drones.", "2024-06-14",
                               false),
                  "YEMREB GRC 190");
  NM_CHECK_EQ_STR(cameo_events("Houthi rebels struck a Greek-owned bulk carrier.", "2024-06-14",
                               false),
                  "YEMREB GRCBUS 190");
}

/* "- * &MILITARY [111]" (CONDEMN's block): a pattern of one actor's word
 * names the target ("accused the army of using the camp"), not the act */
NM_TEST(a_pattern_of_one_actor_word_is_the_target) {
  NM_CHECK_EQ_STR(cameo_events("KHARTOUM, Sudan (AP) - The Rapid Support Forces accused the army "
                               "of using the camp as a base.",
                               "2025-03-12", false),
                  "SDNREB SDNMIL 111");
}

/* TABARI's "they" takes the first actor when no compound one is named,
 * but never one person named alone: the tariffs would hurt, not Merz */
NM_TEST(they_is_no_one_named_person) {
  const char *ev = cameo_events("German Chancellor Tovan Elisk criticised the tariffs, saying they "
                                "would hurt German exporters more than Chinese firms.",
                                "2025-10-04", false);
  NM_CHECK(strstr(ev, "180") == NULL);
  NM_CHECK_EQ_STR(cameo_events("Kenyan police said they had arrested Armenian rebels.",
                               "2025-10-04", false),
                  "KENCOP ARMREB 173");
}

/* "his security council" is the president's own, not the UN's
 * (SECURITY_COUNCIL is a synonym of UN_SECURITY_COUNCIL) */
NM_TEST(a_possessed_lower_case_body_is_no_igo) {
  NM_CHECK(strstr(cameo_events("Philippine President Tovan Elisk summoned his security council on "
                               "Sunday.",
                               "2024-06-16", false),
                  "IGOUNO") == NULL);
  NM_CHECK(strstr(cameo_events("Philippine President Tovan Elisk urged the Security Council to act.",
                               "2024-06-16", false),
                  "IGOUNO") != NULL);
}

/* capitalised words the model left out right before a lower-case
 * "party" name the party */
NM_TEST(words_before_party_name_it) {
  NM_CHECK(has_entity("The opposition leader accused the ruling Georgian Dream party of "
                      "turning the country toward Moscow.",
                      NM_ENT_ORG, "Georgian Dream"));
  NM_CHECK(!has_entity("He said the party would meet.", NM_ENT_ORG, "party"));
}

/* force across a country acts on it ("across" is otherwise a place's
 * or time's preposition, no target) */
NM_TEST(force_across_a_country_is_aimed_at_it) {
  NM_CHECK_EQ_STR(cameo_events("Russian drones struck energy facilities across Ukraine overnight.",
                               "2024-12-13", false),
                  "RUS UKR 195");
}

/* prosecutors, like police, act for the state the story is in */
NM_TEST(prosecutors_are_the_dateline_state_s) {
  NM_CHECK(strstr(cameo_events("CARACAS, Venezuela (Reuters) - Prosecutors have summoned "
                               "opposition leader Tovan Elisk three times.",
                               "2024-08-23", false),
                  "VENJUD") != NULL);
}

/* a government nothing in the sentence places is the source's, when the
 * source is its country's insider, before the dateline's */
NM_TEST(the_government_a_minister_quits_is_his_own) {
  NM_CHECK(strstr(cameo_events("CAIRO (AP) - Israeli Prime Minister Tovan Elisk told his cabinet "
                               "that the war would go on. Far-right ministers in his coalition "
                               "threatened to quit the government if he agreed to a deal.",
                               "2025-08-18", false),
                  "EGYGOV") == NULL);
}

/* a year or "years ago" discards a sentence (Phoenix keeps history out)
 * only when it dates the sentence, not a participant's relative clause */
NM_TEST(a_participant_s_past_discards_nothing) {
  NM_CHECK(strstr(cameo_events("Uganda has granted political asylum to 18 Rwandan rebels who "
                               "entered the country illegally two years ago.",
                               "2024-01-10", false),
                  "UGA RWAREB 075") != NULL);
  NM_CHECK_EQ_STR(cameo_events("Two years ago, Uganda granted political asylum to Rwandan rebels.",
                               "2024-01-10", false),
                  "");
}

/* initialisms and forerunners the Phoenix files lack (team.actors.txt) */
NM_TEST(prc_and_the_european_community_are_actors) {
  NM_CHECK(strstr(cameo_events("The PRC demanded that the United States cancel the sale.",
                               "2024-01-10", false),
                  "CHN USA") != NULL);
  NM_CHECK(strstr(cameo_events("The European Community on Monday gave the Ivory Coast 5 million "
                               "dollars of aid.",
                               "1990-01-10", false),
                  "IGOEUREEC CIV") != NULL);
}

/* no name starts with a lower-case preposition, where a label run was cut */
NM_TEST(no_name_starts_with_of) {
  const char *t = "Greece refused to recognize the Former Yugoslav Republic of Macedonia.";
  NM_CHECK(!has_entity(t, NM_ENT_COUNT, "of Macedonia"));
  NM_CHECK(has_entity(t, NM_ENT_GPE, "Macedonia"));
}

/* a part's "of" phrase stands where the part does for the patterns:
 * "suspended part of a military aid program" meets SUSPEND's "* AID" */
NM_TEST(a_part_of_the_aid_is_the_aid) {
  NM_CHECK(strstr(cameo_events("The United States suspended part of a military aid program for "
                               "Bosnia.",
                               "2024-01-10", false),
                  "USA BIH") != NULL);
}

/* an officer no sentence places is of the one army the article named
 * before, not of the dateline's country */
NM_TEST(an_officer_is_of_the_army_named_before) {
  NM_CHECK_EQ_STR(cameo_entity_part("JEDDAH, Saudi Arabia (Reuters) - Negotiators for Sudan's "
                                    "army and the Rapid Support Forces agreed on Thursday to "
                                    "extend the truce.\n\n\"We will go on,\" said Dara Voss, "
                                    "a Saudi deputy foreign minister.\n\nThe head of "
                                    "the army delegation, Lieutenant General Tovan Elisk, told "
                                    "reporters that the talks would go on.",
                                    "2025-11-14", "Tovan Elisk", PART_CODE),
                  "SDNMIL");
}

/* a boat's captain is no soldier (the agents dictionary's CAPTAIN is
 * MIL) */
NM_TEST(a_boat_captain_is_a_civilian) {
  NM_CHECK_EQ_STR(cameo_entity_part("TAIPEI, Taiwan (AP) - China's army launched drills around the "
                                    "island.\n\n\"They come closer every time,\" said Chen "
                                    "Wei-lun, a 61-year-old boat captain.",
                                    "2025-10-08", "Chen Wei-lun", PART_CODE),
                  "---CVL");
}

/* a place's apposition gives it no role ("a major producer": no
 * business); a cartel is an organisation of its country */
NM_TEST(a_place_takes_no_role_and_a_cartel_its_country) {
  static const char text[] =
      "MORELIA, Mexico (AP) - Gunmen believed to belong to the Sinaloa Norte Cartel ambushed a "
      "convoy of state police in Michoacán on Wednesday.\n\nMichoacán, a major producer of "
      "avocados and limes, has for years been the scene of fighting.";
  NM_CHECK_EQ_STR(cameo_entity_part(text, "2026-03-19", "Michoacán", PART_CODE), "MEX");
  NM_CHECK_EQ_STR(cameo_typed_entity(text, "2026-03-19", "Sinaloa Norte Cartel"), "ORG MEXCRM");
  /* a security secretary is a minister */
  NM_CHECK_EQ_STR(cameo_entity_part("MORELIA, Mexico (AP) - Gunmen ambushed police on "
                                    "Wednesday.\n\nFederal Security Secretary Ramiro Benavides "
                                    "said the government would send troops.",
                                    "2026-03-19", "Ramiro Benavides", PART_CODE),
                  "MEXGOV");
}

/* "according to police" names a source, not an accord (&TREATY holds
 * ACCORD) */
NM_TEST(according_to_is_no_accord) {
  NM_CHECK_EQ_STR(cameo_events("Protesters set fire to at least 12 vehicles and attacked a police "
                               "post in the Rampura area, according to police.",
                               "2025-12-03", false),
                  "---OPP ---COP 190");
}

/* "were abducted from a secondary school": a place's adjective is no
 * actor behind the act, as "Israeli" in "killed in Israeli shelling" is */
NM_TEST(passive_from_place_is_no_source) {
  const char *t = "KADUNA, Nigeria (Wire) - Nigerian soldiers rescued 43 students who were "
                  "abducted from a secondary school in northwestern Kaduna state, the military "
                  "said.";
  NM_CHECK(strstr(cameo_events(t, "2024-08-29", false), "181") == NULL);
  NM_CHECK(strstr(cameo_events(t, "2024-08-29", false), "NGAMIL") != NULL);
}

/* "The United States and the European Union have called for talks
 * between the government and Fano leaders": callers for others' talks
 * meet no one of their own */
NM_TEST(call_for_talks_between_others_is_not_mutual) {
  const char *ev = cameo_events("ADDIS ABABA, Ethiopia (Wire) - The United States and the "
                                "European Union have called for talks between the government "
                                "and Fano leaders.",
                                "2025-05-22", false);
  NM_CHECK(strstr(ev, "USA IGOEUREEC") == NULL);
  NM_CHECK(strstr(ev, "IGOEUREEC USA") == NULL);
}

/* "Bosnia's Serb-dominated Republika Srpska": a participle glued by a
 * hyphen to the word before it is an adjective, no act */
NM_TEST(hyphenated_participle_is_no_act) {
  NM_CHECK(strstr(cameo_events("SARAJEVO, Bosnia and Herzegovina (Wire) - The president of "
                               "Bosnia's Serb-dominated Republika Srpska, Milorad Vukanovic, "
                               "refused on Thursday to appear before the state court.",
                               "2025-04-10", false),
                  "190") == NULL);
}

/* "The United States imposed sanctions on Vukanovic in 2022, accusing
 * him of corruption": "him" is the person coreference joined it to, no
 * country named before it */
NM_TEST(named_person_pronoun_is_no_place) {
  const char *ev = cameo_events("SARAJEVO, Bosnia (Wire) - Milorad Vukanovic refused to appear in "
                                "court.\n\nThe United States imposed sanctions on Vukanovic in "
                                "2022, accusing him of corruption.",
                                "2025-04-10", false);
  NM_CHECK(strstr(ev, "USA USA") == NULL);
}

/* "said by telephone from the town of Ba'a": the means of the saying,
 * and what its phrase names, is no target */
NM_TEST(means_of_saying_is_no_target) {
  const char *ev = cameo_events("KUPANG, Indonesia (Wire) - A local fishermen's association "
                                "leader, Yusuf Ndun, accused Australia of cruelty.\n\n\"Now our "
                                "sons are in jail,\" Ndun said by telephone from the town of "
                                "Ba'a.",
                                "2024-03-08", false);
  NM_CHECK(strstr(ev, "010") == NULL);
  NM_CHECK(strstr(ev, "112") != NULL);
}

/* a court named first in its sentence takes no country from the one
 * before, which names another state's officials */
NM_TEST(court_takes_no_country_from_sentence_before) {
  /* (the test fails with the rule taken out: USAJUD) */
  NM_CHECK_EQ_STR(cameo_entity("CARACAS, Venezuela (Wire) - The United States on Wednesday "
                               "reimposed sanctions on Venezuela.\n\nA senior State Department "
                               "official, Deputy Assistant Secretary Laura Whitcombe, told "
                               "reporters that the government had failed.\n\nShe said companies "
                               "would have 45 days, and that the Treasury Department would "
                               "consider licenses.\n\nThe move follows a ruling last week by the "
                               "Supreme Tribunal of Justice that confirmed a ban.",
                               "2024-04-17", "Supreme Tribunal of Justice", false),
                  "---JUD");
}

/* descriptions before a name: with a title of the name's own between
 * ("A senior State Department official, Deputy Assistant Secretary
 * Laura Whitcombe,"); with the name apposed to the body the description
 * names ("a lawmaker from the opposition Orange Democratic Movement,
 * Ezekiel Otieno Barasa"); owned by a body the story coded ("the
 * agency's representative in Chad"); naming a body named before with a
 * lower-case word ("A commission spokesman") */
NM_TEST(descriptions_before_the_name) {
  NM_CHECK_EQ_STR(cameo_entity("WASHINGTON (Wire) - A senior State Department official, Deputy "
                               "Assistant Secretary Laura Whitcombe, told reporters that the "
                               "government had failed.",
                               "2024-04-17", "Laura Whitcombe", false),
                  "USAGOV");
  NM_CHECK_EQ_STR(cameo_entity("NAIROBI, Kenya (Wire) - The petition was filed last month by a "
                               "lawmaker from the opposition Orange Democratic Movement, Ezekiel "
                               "Otieno Barasa. Barasa said the plan was rushed.",
                               "2025-01-29", "Ezekiel Otieno Barasa", false),
                  "KENLEG");
  NM_CHECK_EQ_STR(cameo_entity("N'DJAMENA, Chad (Wire) - The U.N. refugee agency UNHCR appealed "
                               "for funding on Wednesday.\n\n\"These families arrive with "
                               "nothing,\" said the agency's representative in Chad, Isabelle "
                               "Mbarga Nkoulou.",
                               "2025-05-21", "Isabelle Mbarga Nkoulou", false),
                  "IGOUNOREFHCR");
  NM_CHECK_EQ_STR(cameo_entity("WARSAW, Poland (Wire) - The European Commission sent officials "
                               "to the border.\n\nThe team is led by Maria Lorenzetti. A "
                               "commission spokesman, Pieter de Vries, said the officials would "
                               "hold talks.",
                               "2024-03-06", "Pieter de Vries", false),
                  "IGOEUREEC");
}

/* "The Chinese Embassy in Manila accused … . In a statement, embassy
 * spokesman Liu Yifan said": the embassy's country, not the dateline's */
NM_TEST(embassy_spokesman_serves_the_embassy_s_country) {
  NM_CHECK_EQ_STR(cameo_entity("MANILA, Philippines (Wire) - The Chinese Embassy in Manila later "
                               "accused the Philippine vessel of intruding. In a statement, "
                               "embassy spokesman Liu Yifan said the coast guard had acted "
                               "lawfully and urged Manila to stop.",
                               "2025-03-19", "Liu Yifan", false),
                  "CHNGOV");
}

/* "attacked government offices and a prison": a noun modifying the
 * place attacked is no pattern's object ("- * GOVERNMENT [111]", a
 * verbal attack on a government) */
NM_TEST(modifier_of_a_place_attacked_is_no_object) {
  NM_CHECK(strstr(cameo_events("ADDIS ABABA, Ethiopia (Wire) - Fano fighters attacked government "
                               "offices in Debre Markos on Monday.",
                               "2025-05-22", false),
                  "111") == NULL);
}

/* "The regional command post, which oversees security in Amhara under a
 * state of emergency, said": a body's standing described in the simple
 * present is no act (073 from "- * EMERGENCY") */
NM_TEST(oversight_described_is_no_act) {
  NM_CHECK(strstr(cameo_events("ADDIS ABABA, Ethiopia (Wire) - The regional command post, which "
                               "oversees security in Amhara under a state of emergency, said the "
                               "curfew would apply from 8 p.m.",
                               "2025-05-22", false),
                  "073") == NULL);
}

/* "the ethnic Amhara population" in a story from Ethiopia: the region
 * is Ethiopia's, not the population's (---CVL) */
NM_TEST(region_of_the_dateline_s_country_is_no_population) {
  NM_CHECK_EQ_STR(cameo_entity("ADDIS ABABA, Ethiopia (Wire) - Fano is a militia drawn from the "
                               "ethnic Amhara population.\n\nFighting spread across Amhara on "
                               "Thursday.",
                               "2025-05-22", "Amhara", false),
                  "ETH");
}

/* more descriptions and titles before a name: a title of the name's
 * own between the comma and the name ("A police spokesman, Assistant
 * Commissioner Blessing Nyathi,"); a state's body the story did not name
 * ("A spokeswoman for the presidency, Carla Mendoza,") */
NM_TEST(more_descriptions_before_the_name) {
  NM_CHECK_EQ_STR(cameo_entity("HARARE, Zimbabwe (Wire) - Police arrested activists.\n\nA police "
                               "spokesman, Assistant Commissioner Blessing Nyathi, rejected the "
                               "allegation.",
                               "2024-11-14", "Blessing Nyathi", false),
                  "ZWECOP");
  /* (and a title the parse hung as the description's apposition, with
   * the name its own: "His Tajik counterpart, First Deputy Prime Minister
   * Davlatali Nazarov,", in a sentence after a Kyrgyz minister's) */
  NM_CHECK_EQ_STR(cameo_entity("DUSHANBE, Tajikistan (Wire) - Kyrgyz Foreign Minister Kubanychbek "
                               "Asanov welcomed the deal.\n\nHis Tajik counterpart, First Deputy "
                               "Prime Minister Davlatali Nazarov, called the agreement a victory.",
                               "2025-02-06", "Davlatali Nazarov", false),
                  "TJKGOV");
  NM_CHECK_EQ_STR(cameo_entity("LA PAZ, Bolivia (Wire) - Police cleared the roads.\n\nA "
                               "spokeswoman for the presidency, Carla Mendoza, told reporters that "
                               "the government had offered dialogue.",
                               "2024-10-22", "Carla Mendoza", false),
                  "BOLGOV");
}

/* "members of the opposition Citizens Coalition for Change": the body
 * named after "opposition" is the opposition, not citizens (---CVL);
 * and "the French-speaking majority" is no target in France */
NM_TEST(opposition_body_and_language_compound) {
  NM_CHECK_EQ_STR(cameo_entity("HARARE, Zimbabwe (Wire) - The activists, all members of the "
                               "opposition Citizens Coalition for Change, were arrested on "
                               "Tuesday.",
                               "2024-11-14", "Citizens Coalition for Change", false),
                  "ZWEOPP");
  NM_CHECK(strstr(cameo_events("YAOUNDE, Cameroon (Wire) - English-speaking lawyers complained of "
                               "marginalization by the French-speaking majority.",
                               "2024-06-11", false),
                  "FRA") == NULL);
}

/* "urged both governments": the two countries the story names most among
 * the last ones named, not the last two ("Russia, which has bases in both
 * countries, welcomed the agreement" before it) */
NM_TEST(both_governments_are_the_story_s_pair) {
  const char *ev = cameo_events(
      "DUSHANBE, Tajikistan (Wire) - Kyrgyzstan and Tajikistan signed a border deal. Kyrgyzstan "
      "will hand over two villages and Tajikistan will build a road. Officials in Kyrgyzstan and "
      "Tajikistan praised it.\n\nUzbekistan was not part of the deal. Russia, which has bases in "
      "both countries, welcomed the agreement. The European Union's envoy urged both "
      "governments to protect residents.",
      "2025-02-06", false);
  NM_CHECK(strstr(ev, "IGOEUREEC KGZGOV") != NULL);
  NM_CHECK(strstr(ev, "IGOEUREEC TJKGOV") != NULL);
  NM_CHECK(strstr(ev, "RUSGOV") == NULL);
}

/* Somalia's breakaway region (team actors): "Somaliland President Ahmed
 * Yusuf Dahir met Ethiopian officials" is Somalia's, not Ethiopia's */
NM_TEST(somaliland_is_somalia_s) {
  NM_CHECK_EQ_STR(cameo_entity("MOGADISHU, Somalia (Wire) - Somaliland President Ahmed Yusuf Dahir "
                               "met Ethiopian officials in Addis Ababa.",
                               "2024-04-11", "Ahmed Yusuf Dahir", false),
                  "SOMGOV");
}

/* "PORT MORESBY — Australia will send police advisers to Papua New
 * Guinea's Enga province": a police officer named with no country is the
 * dateline's, and a minister is no Australian when the sentence before
 * names the dateline's country too; the Royal Papua New Guinea
 * Constabulary is one name (the model ended it at "New", Papua an
 * Indonesian province) */
NM_TEST(officials_of_the_dateline_s_country) {
  NM_CHECK_EQ_STR(cameo_entity("PORT MORESBY, Papua New Guinea (Wire) - Australia will send a team "
                               "of police advisers to Papua New Guinea's Enga province after an "
                               "ambush.\n\nActing Police Commissioner Joseph Waipo said the "
                               "attackers had used rifles.",
                               "2024-02-21", "Joseph Waipo", false),
                  "PNGCOP");
  NM_CHECK_EQ_STR(cameo_entity("PORT MORESBY, Papua New Guinea (Wire) - Australia will send a team "
                               "of police advisers to Papua New Guinea's Enga province after an "
                               "ambush.\n\nPolice Minister Samson Kawage said the government had "
                               "declared a state of emergency.",
                               "2024-02-21", "Samson Kawage", false),
                  "PNGGOV");
  NM_CHECK_EQ_STR(cameo_entity("PORT MORESBY, Papua New Guinea (Wire) - She added that the "
                               "advisers would work under the direction of the Royal Papua New "
                               "Guinea Constabulary.",
                               "2024-02-21", "Royal Papua New Guinea Constabulary", false),
                  "PNGCOP");
}

/* hosting a base or refugees is no visit hosted (043, 042 back) */
NM_TEST(hosting_bases_or_refugees_is_no_visit) {
  /* (and ordering a force into prisons detains no one) */
  NM_CHECK(strstr(cameo_events("GUAYAQUIL, Ecuador (Wire) - Ecuador's president declared a state "
                               "of emergency on Tuesday and ordered the army into the country's "
                               "largest prisons.",
                               "2025-01-14", false),
                  "173") == NULL);
  NM_CHECK_EQ_STR(cameo_events("DJIBOUTI, Djibouti (Wire) - Djibouti hosts military bases for the "
                               "United States, France, China and Japan.",
                               "2024-10-17", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("N'DJAMENA, Chad (Wire) - Chad is also hosting refugees from the "
                               "Central African Republic.",
                               "2025-05-21", false),
                  "");
}

/* people and bodies by their words: a police commander is the police's
 * (team agents; COMMANDER is an army's), a party's officials the party's,
 * a police description over a rank's army ("A police spokesman, Col.
 * X,"), a spokesman named with the body's acronym before the head ("An
 * APC spokesman", the All People's Congress's, an acronym of a name with
 * "'s") */
NM_TEST(police_party_and_acronym_descriptions) {
  NM_CHECK_EQ_STR(cameo_entity("MBEYA, Tanzania (Wire) - The regional police commander in Mbeya, "
                               "Hamisi Kombo, said the rally had been banned.",
                               "2025-05-14", "Hamisi Kombo", false),
                  "TZACOP");
  NM_CHECK(strstr(cameo_events("MBEYA, Tanzania (Wire) - Tanzanian police arrested at least 14 "
                               "party officials in Mbeya.",
                               "2025-05-14", false),
                  "PTY 173") != NULL);
  NM_CHECK_EQ_STR(cameo_entity("BANGKOK, Thailand (Wire) - A police spokesman, Col. Thanawat "
                               "Phromsri, said officers had been deployed.",
                               "2025-01-22", "Thanawat Phromsri", false),
                  "THACOP");
  NM_CHECK_EQ_STR(cameo_entity("FREETOWN, Sierra Leone (Wire) - The main opposition All People's "
                               "Congress rejected the result.\n\nAn APC spokesman, Ibrahim "
                               "Bangura, said the party's candidate had told him that election "
                               "officials had expelled his agents.\n\nThe APC boycotted "
                               "parliament until a cross-party agreement was signed.",
                               "2025-07-24", "Ibrahim Bangura", false),
                  "SLEOPP");
}

/* "A government spokesman said … . The spokesman, Faisal al-Tarawneh,
 * said": the body the spokesperson of the sentence before names; "A
 * lawyer representing several of the young men, Rania Abu Ghosh,": the
 * lawyer, not the men; "officials went out of their way to praise …":
 * no journey */
NM_TEST(spokesman_lawyer_and_idiom) {
  /* (and a spokesman "asked about the incident" asks no one, whatever the
   * tagger took "asked" for) */
  NM_CHECK(strstr(cameo_events("HANOI, Vietnam (Wire) - A Chinese Foreign Ministry spokesman, "
                               "asked about the incident in Beijing, said the coast guard had "
                               "expelled a vessel.",
                               "2025-06-10", false),
                  "020") == NULL);
  /* (and a former minister named after the description is the country's
   * elite) */
  NM_CHECK_EQ_STR(cameo_entity("KUALA LUMPUR, Malaysia (Wire) - Thousands marched on Saturday."
                               "\n\nThe former minister, Azmi Rashid, was jailed for 12 years in "
                               "2022.",
                               "2024-08-24", "Azmi Rashid", false),
                  "MYSELI");
  const char *t = "AMMAN, Jordan (Wire) - A government spokesman said the security forces had "
                  "shown restraint. The spokesman, Faisal al-Tarawneh, said those arrested would "
                  "be referred to prosecutors.\n\nA lawyer representing several of the young "
                  "men, Rania Abu Ghosh, said her clients had been questioned.\n\nOfficials "
                  "went out of their way to praise the Jordanian people.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-10-08", "Faisal al-Tarawneh", false), "JORGOV");
  NM_CHECK(strcmp(cameo_entity(t, "2024-10-08", "Rania Abu Ghosh", false), "---PPL") != 0);
  NM_CHECK(strstr(cameo_events(t, "2024-10-08", false), "040") == NULL);
}

/* a pair named together is "both governments" even when another country
 * is named more often; a backer's name in a thing's phrase is no party
 * ("a U.S.-funded deal"); giving a name is no aid; "A spokesman," after
 * a sentence whose subject is a state's body speaks for it */
NM_TEST(pairs_backers_names_and_spokesmen) {
  const char *t =
      "PANAMA CITY, Panama (Wire) - Panama and Costa Rica signed a U.S.-funded deal on "
      "Thursday. The United States will pay for the flights. U.S. officials praised it. The "
      "United States has funded similar programs.\n\nA woman from Ecuador gave only her first "
      "name.\n\nThe U.N. refugee agency urged both governments to guarantee access to asylum.";
  const char *ev = cameo_events(t, "2024-08-22", false);
  NM_CHECK(strstr(ev, "PAN CRI 057") != NULL);
  NM_CHECK(strstr(ev, "USA PAN 057") == NULL);
  NM_CHECK(strstr(ev, "IGOUNOREFHCR CRIGOV") != NULL);
  NM_CHECK(strstr(ev, "060") == NULL);
  NM_CHECK_EQ_STR(cameo_entity("SUVA, Fiji (Wire) - The government denied any role. A spokesman, "
                               "Josefa Raikadroka, said the commission was independent.",
                               "2025-03-12", "Josefa Raikadroka", false),
                  "FJIGOV");
}

/* light verbs and idioms are no acts: "took the decision" seizes
 * nothing, "came to a standstill" is no journey; where two met ("on the
 * sidelines of the Munich Security Conference") is no party, so they met
 * each other; a form only ever a participle on its noun says what the
 * noun underwent ("A girl taken to the hospital"); a body's one-word name
 * after ", or" is the body, its own entry over its long name's words */
NM_TEST(light_verbs_sidelines_participles_and_aliases) {
  const char *ev = cameo_events("JOHANNESBURG (Wire) - South Africa's Border Management "
                                "Authority (BMA) briefly closed the Lebombo post on Thursday. "
                                "\"We took the decision to protect travellers and our "
                                "officials,\" BMA spokeswoman Mpho Dlamini-Khoza said.",
                                "2024-11-08", false);
  NM_CHECK(strstr(ev, "171") == NULL);
  ev = cameo_events("South Sudan's oil exports have come to a standstill after Sudan shut the "
                    "pipeline.",
                    "2025-10-30", false);
  NM_CHECK(strstr(ev, "040") == NULL);
  ev = cameo_events("Prime Minister Nikol Pashinyan and President Ilham Aliyev met in February on "
                    "the sidelines of the Munich Security Conference.",
                    "2024-06-27", false);
  NM_CHECK(strstr(ev, "DEU") == NULL);
  NM_CHECK(strstr(ev, "ARMGOV AZEGOV 040") != NULL);
  ev = cameo_events("An 8-year-old girl taken to the district hospital in Dhaka remained in "
                    "critical condition.",
                    "2024-08-14", false);
  NM_CHECK(strstr(ev, "171") == NULL);
  NM_CHECK_EQ_STR(cameo_entity("MAPUTO, Mozambique (Wire) - Protesters chanted against the Front "
                               "for the Liberation of Mozambique, or Frelimo, which has ruled the "
                               "country since 1975.",
                               "2024-11-08", "Front for the Liberation of Mozambique", false),
                  "MOZPTY");
}

/* a country's adjective and portfolio words before "and" and a title
 * are the title's ("Ethiopian Water and Energy Minister X": ETHGOV, no
 * person "Ethiopian Water"); a portfolio the titles lack before
 * "Minister" is stripped from the name; the formal name of the Arab
 * League is its entry over the city of "Cairo-based"; a relative
 * pronoun with no antecedent in reach is no target */
NM_TEST(portfolios_formal_names_and_relative_objects) {
  const char *t =
      "PORT SUDAN, Sudan (Wire) - Ethiopian officials spoke.\n\nHe said Egypt reserved its "
      "right under the U.N. Charter to protect its water security \"by all means available,\" "
      "wording Cairo has used in the past and which Ethiopian officials have described as a "
      "veiled threat of force.\n\nEthiopian Water and Energy Minister Tesfaye Woldemariam "
      "rejected the accusations, telling reporters as he left the talks that Egypt was clinging "
      "to colonial-era arrangements.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-05-23", "Tesfaye Woldemariam", false), "ETHGOV");
  NM_CHECK(!has_entity(t, NM_ENT_PERSON, "Ethiopian Water"));
  NM_CHECK(strstr(cameo_events(t, "2024-05-23", false), "012") == NULL);
  NM_CHECK_EQ_STR(cameo_entity("CAIRO (Wire) - One diplomat said the delegation was led by "
                               "Deputy Irrigation Minister Mona el-Sherbiny.",
                               "2024-05-23", "Mona el-Sherbiny", false),
                  "EGYGOVAGR");
  NM_CHECK(strstr(cameo_events("PORT SUDAN, Sudan (Wire) - The Cairo-based League of Arab "
                               "States, known as the Arab League, voiced support for Egypt on "
                               "Thursday.",
                               "2024-05-23", false),
                  "IGOMEAARL EGY 051") != NULL);
}

/* a gerund set off after a clause is done by the clause's subject when
 * that is an armed group's plural noun ("Gunmen from …, killing") */
NM_TEST(gunmen_do_what_their_gerund_says) {
  const char *ev = cameo_events("PORT-AU-PRINCE, Haiti (Wire) - Gunmen from Haiti's most "
                                "powerful gang coalition stormed a town north of the capital "
                                "overnight into Monday, killing at least 14 people, officials "
                                "said Tuesday.",
                                "2025-02-11", false);
  NM_CHECK(strstr(ev, "UAF ---PPL 190") != NULL);
}

/* a from-phrase set off after a passive's subject, before the verb,
 * describes the subject and does not act; a subject with "no" does
 * nothing */
NM_TEST(described_subjects_and_no_one_act_not) {
  NM_CHECK_EQ_STR(cameo_events("MEXICO CITY (Wire) - The workers, from the Mexican nonprofit "
                               "Puentes de Vida, were seized Monday afternoon on the road.\n\n"
                               "\"Mexico welcomes cooperation, but no foreign government will "
                               "conduct operations on Mexican soil,\" he said.",
                               "2025-07-16", false),
                  "");
}

/* a body's name before its spokesperson's title and name takes no code
 * from the title ("Federal Foreign Office spokeswoman X": no MED body) */
NM_TEST(a_body_is_not_its_spokesperson) {
  NM_CHECK_EQ_STR(cameo_entity("VIENNA (Wire) - In Berlin, Federal Foreign Office spokeswoman "
                               "Katrin Vogelsang told a regular news briefing that Germany was "
                               "consulting closely with its partners.",
                               "2024-09-12", "Federal Foreign Office", false),
                  "DEUGOV");
}

/* across the Taiwan Strait: a party after a country's possessive is that
 * country's, over the city the sentence opens with; a body's acronym
 * before a title is no part of the person's name; the team's entries
 * place Beijing's Taiwan Affairs Office and Taipei's Mainland Affairs
 * Council; a describing clause ("which handles policy toward China") is
 * no act */
NM_TEST(bodies_across_the_strait) {
  const char *t =
      "KINMEN, Taiwan (Wire) - Taiwan's Coast Guard Administration (CGA) said the boat was "
      "taken. In Taipei, CGA Deputy Director-General Lin Cheng-hao said the boat was seized.\n\n"
      "In Beijing, Taiwan Affairs Office spokeswoman Wang Yiling accused Taiwan's ruling "
      "Democratic Progressive Party of hyping the incident.\n\nThe Mainland Affairs Council "
      "(MAC), which handles policy toward China, said the crew had not been released.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-04-22", "Democratic Progressive Party", false), "TWNPTY");
  NM_CHECK(has_entity(t, NM_ENT_PERSON, "Lin Cheng-hao"));
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-04-22", "Wang Yiling", false), "CHNGOV");
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-04-22", "Mainland Affairs Council", false), "TWNGOV");
  NM_CHECK(strstr(cameo_events(t, "2025-04-22", false), "060") == NULL);
}

/* "Kosovo's Chamber of Commerce" with only "Commerce" taken for a person:
 * the body's head word and "of" are the name's, and its whole name codes
 * it (BUS, not the LEG of "chamber") */
NM_TEST(a_chamber_of_commerce_is_a_body) {
  const char *t = "PRISTINA, Kosovo (Wire) - Kosovo's Chamber of Commerce estimated the cost.";
  NM_CHECK(has_entity(t, NM_ENT_ORG, "Chamber of Commerce"));
  NM_CHECK(!has_entity(t, NM_ENT_PERSON, "Commerce"));
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-03-19", "Chamber of Commerce", false), "KSVBUS");
}

/* "the country's National Security Council" is of the country named
 * before, not the article's; the team's entry places Serbia's Office for
 * Kosovo and Metohija */
NM_TEST(the_country_s_council) {
  const char *t = "PRISTINA, Kosovo (Wire) - Kosovo closed the crossing. He said Serbia would "
                  "ask the U.N. Security Council to take up the issue. Serbian President "
                  "Aleksandar Vucic was due to convene the country's National Security Council on "
                  "Thursday. Dragan Ilic, director of the Serbian government's Office for Kosovo "
                  "and Metohija, said the decision would cut municipalities off.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-03-19", "National Security Council", false), "SRBGOV");
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-03-19", "Office for Kosovo and Metohija", false),
                  "SRBGOV");
  NM_CHECK(strstr(cameo_events(t, "2025-03-19", false), "KSVGOV") == NULL);
}

/* "an adviser to the group, X," serves the group; a portfolio taken for
 * a place before "Minister" is the title's ("Petroleum Minister X") */
NM_TEST(advisers_and_portfolios) {
  const char *t = "JUBA, South Sudan (Wire) - The RSF denied involvement. In a post on social "
                  "media, an adviser to the group, Ibrahim Abdelkarim Yousif, accused the army "
                  "of staging the incident.\n\nIn Juba, Petroleum Minister Deng Akol Mayen told "
                  "reporters that South Sudan was losing millions of dollars.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-10-30", "Ibrahim Abdelkarim Yousif", false), "SDNREB");
  NM_CHECK(!has_entity(t, NM_ENT_GPE, "Petroleum"));
  NM_CHECK(strstr(cameo_events(t, "2025-10-30", false), "SDNREB") != NULL);
  /* a presidential press secretary speaks for the government */
  NM_CHECK_EQ_STR(cameo_entity("JUBA, South Sudan (Wire) - President Salva Kiir chaired an "
                               "emergency cabinet meeting on Wednesday, according to presidential "
                               "press secretary Lual Makuei Bol.",
                               "2025-10-30", "Lual Makuei Bol", false),
                  "SSDGOV");
}

/* "would neither negotiate with nor pay the kidnappers" pays no one; a
 * place's name ending in "Police Command" is the police's body (NGACOP,
 * was a place coded ---MIL); "degrees Celsius" names no one; "met in the
 * Angolan capital" is a meeting of the two, not with Angola */
NM_TEST(neither_nor_police_commands_and_scales) {
  const char *ev = cameo_events("GUSAU, Nigeria (Wire) - The governor said his administration "
                                "would neither negotiate with nor pay the kidnappers.",
                                "2024-10-17", false);
  NM_CHECK(strstr(ev, "061") == NULL);
  const char *t = "GUSAU, Nigeria (Wire) - The Zamfara State Police Command said the attackers "
                  "fled. Temperatures fell to minus 10 degrees Celsius on Monday.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-10-17", "Zamfara State Police Command", false),
                  "NGACOP");
  NM_CHECK(!has_entity(t, NM_ENT_PERSON, "Celsius"));
  /* "Piraeus-based Thalassa Bulk Carriers" taken whole: the body after
   * "-based" */
  NM_CHECK(has_entity("DUBAI (Wire) - The vessel's manager, Piraeus-based Thalassa Bulk Carriers, "
                      "denied any link to Britain.",
                      NM_ENT_ORG, "Thalassa Bulk Carriers"));
  /* a name opening its sentence and set off by ", who" is a person's */
  NM_CHECK(has_entity("BUENOS AIRES (Wire) - Not everyone agreed. Gustavo Pereyra, who runs a "
                      "kiosk in the Palermo district, kept his shutters open.",
                      NM_ENT_PERSON, "Gustavo Pereyra"));
  /* a given name with an apostrophe inside belongs to the name after it */
  NM_CHECK(has_entity("GUSAU, Nigeria (Wire) - Hauwa'u Abdullahi said she had not slept.",
                      NM_ENT_PERSON, "Hauwa'u Abdullahi"));
  /* a town named by its kind is where two met, no party */
  const char *m = cameo_events("GOMA, Congo (Wire) - Foreign ministers of Congo and Rwanda met in "
                               "the Angolan capital last month.",
                               "2024-11-06", false);
  NM_CHECK(strstr(m, " AGO ") == NULL);
  NM_CHECK(strstr(m, "RWAGOV CODGOV 040") != NULL);
}

/* the team's entries for leaders who took office after the Phoenix
 * files, with their offices' dates */
NM_TEST(georgia_s_and_bangladesh_s_new_leaders) {
  const char *t = "TBILISI, Georgia (Wire) - President Mikheil Kavelashvili signed the law.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-01-13", "Mikheil Kavelashvili", false), "GEOGOV");
  NM_CHECK_EQ_STR(cameo_entity("TBILISI, Georgia (Wire) - Lawmaker Mikheil Kavelashvili spoke.",
                               "2024-06-01", "Mikheil Kavelashvili", false),
                  "GEOLEG");
  NM_CHECK_EQ_STR(cameo_entity("DHAKA, Bangladesh (Wire) - Muhammad Yunus met the envoy.",
                               "2025-09-16", "Muhammad Yunus", false),
                  "BGDGOV");
  NM_CHECK_EQ_STR(cameo_entity("TEHRAN (Wire) - Iran's Supreme National Security Council met "
                               "on Monday.",
                               "2025-08-05", "Supreme National Security Council", false),
                  "IRNGOV");
  NM_CHECK(has_entity("DUBAI (Wire) - The tanker's manager, Eastmere Ship Management, said it "
                      "had lost contact with the vessel.",
                      NM_ENT_ORG, "Eastmere Ship Management"));
  NM_CHECK_EQ_STR(cameo_entity("ISTANBUL (Wire) - CHP leader Ozgur Ozel urged supporters to "
                               "gather peacefully.",
                               "2025-03-19", "Ozgur Ozel", false),
                  "TUROPP");
  NM_CHECK_EQ_STR(cameo_entity("SEOUL (Wire) - North Korea fired a missile. President Lee "
                               "Jae-myung ordered the military to keep a firm defence posture.",
                               "2025-12-09", "Lee Jae-myung", false),
                  "KORGOV");
}

/* "both countries" are no two of a longer list ("partners including the
 * United States, Britain, Brazil and the Caribbean Community"), but the
 * two the story names most */
NM_TEST(both_countries_are_no_two_of_a_list) {
  const char *ev = cameo_events(
      "GEORGETOWN, Guyana (Wire) - Guyana condemned Venezuelan military drills near the border. "
      "Venezuela said the drills were routine. Guyana's president said Guyana would not be "
      "intimidated. He said he had briefed partners including the United States, Britain, Brazil "
      "and the Caribbean Community. Venezuela rejected the criticism. The bloc urged both "
      "countries to honour their commitments.",
      "2024-06-18", false);
  NM_CHECK(strstr(ev, " BRA ") == NULL && strstr(ev, " GBR ") == NULL);
  NM_CHECK(strstr(ev, " VEN 022") != NULL && strstr(ev, " GUY 022") != NULL);
}

/* "the force's North Bengal Frontier": "the force" is the body named
 * before, and a body with no code of its own is its owner's; "the full
 * force of the law" is no body */
NM_TEST(a_force_s_frontier) {
  const char *t = "DHAKA, Bangladesh (Wire) - India's Border Security Force (BSF) said its "
                  "personnel had acted in self-defence. The force's North Bengal Frontier said a "
                  "patrol had been attacked. Anyone who resists will face the full force of the "
                  "law, the minister said.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-09-16", "North Bengal Frontier", false), "INDMIL");
  NM_CHECK_EQ_STR(cameo_mentions_of(t, "2025-09-16", "Border Security Force"),
                  "Border Security Force|BSF|The force");
}

/* "Ministry spokesman X" after "the Algerian Foreign Ministry announced
 * …" in the sentence before is Algeria's, not the country his own
 * sentence names; "A spokesman for the European Union delegation, X,"
 * serves the EU; "CSP spokesman X" gives the CSP no MED code */
NM_TEST(spokesmen_of_bodies_named_before) {
  const char *t =
      "BAMAKO, Mali (Wire) - Later that day, the Algerian Foreign Ministry announced that it was "
      "recalling its ambassador. Ministry spokesman Rachid Belkacemi accused the Malian "
      "authorities of attempting to export their failures.\n\nA spokesman for the European "
      "Union delegation, Tomas Novak, urged the authorities to investigate.\n\n\"These "
      "machines have killed our civilians,\" said CSP spokesman Attaye Ag Ahmed.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-10-10", "Rachid Belkacemi", false), "DZAGOV");
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-10-10", "Tomas Novak", false), "IGOEUREEC");
  NM_CHECK(strcmp(cameo_entity(t, "2024-10-10", "CSP", false), "---MED") != 0);
}

/* whom a traveller goes with is no party; a business's operations are no
 * military ones; engaging with someone is no fight */
NM_TEST(companions_operations_and_engagement) {
  const char *ev = cameo_events(
      "EL FASHER, Sudan (Wire) - Fatima Abdelrahman, a teacher who left Abu Shouk with her four "
      "children on Monday morning, said the road was dangerous.\n\nDaniel Bouchard, a Canadian "
      "national who has managed the company's operations in Niger since 2021, was detained.\n\n"
      "Consular officials were engaged with local authorities, Ottawa said.",
      "2024-09-24", false);
  NM_CHECK(strstr(ev, "040") == NULL);
  NM_CHECK(strstr(ev, "190") == NULL);
  /* leaving a bloc of states reduces relations (160), no journey; an
   * independence army is a rebellion's body, whatever place its name
   * starts with */
  ev = cameo_events("OUAGADOUGOU, Burkina Faso (Wire) - Burkina Faso left the Economic Community "
                    "of West African States last year.",
                    "2025-06-19", false);
  NM_CHECK(strstr(ev, "BFA IGOWAFWAS 160") != NULL);
  NM_CHECK_EQ_STR(cameo_entity("YANGON, Myanmar (Wire) - The Kachin Independence Army called the "
                               "strike a war crime.",
                               "2024-11-12", "Kachin Independence Army", false),
                  "MMRREB");
  /* what accusations are traded over is no side */
  ev = cameo_events("JOHANNESBURG, South Africa (Wire) - South Africa and Rwanda traded "
                    "accusations on Thursday over the deaths of South African soldiers in "
                    "eastern Congo.",
                    "2025-01-30", false);
  NM_CHECK(strstr(ev, "ZAFMIL") == NULL);
  NM_CHECK(strstr(ev, "ZAF RWA 112") != NULL && strstr(ev, "RWA ZAF 112") != NULL);
  /* a spokeswoman for an embassy in a city is the embassy's country's */
  NM_CHECK_EQ_STR(cameo_entity("BEIRUT (Wire) - Claire Dumont, a spokeswoman for the French "
                               "Embassy in Beirut, said Paris was in contact.",
                               "2024-08-13", "Claire Dumont", false),
                  "FRAGOV");
}

/* a headline's participle undergoes its act even when the parse gives it
 * another clause's object; a country naming a currency is no side; a
 * refusal to tell is no rejection of anyone */
NM_TEST(headline_participle_currency_and_declining_to_tell) {
  const char *ev = cameo_events("Bolivia's army chief arrested after troops and armoured vehicles "
                                "surround presidential palace\n\nLA PAZ, Bolivia (Wire) - Nothing "
                                "else was reported on Thursday.",
                                "2024-06-27", false);
  NM_CHECK(strstr(ev, "BOLMIL BOLGOV") == NULL);
  ev = cameo_events("LA PAZ, Bolivia (Wire) - Bolivia struggles with a shortage of U.S. dollars.",
                    "2024-06-27", false);
  NM_CHECK(strstr(ev, "USA") == NULL);
  ev = cameo_events("CAIRO, Egypt (Wire) - The Egyptian Foreign Ministry spokesperson said Cairo "
                    "had offered arrangements for the Rafah crossing in Gaza, but he declined to "
                    "describe them.",
                    "2024-08-16", false);
  NM_CHECK(strstr(ev, " 120") == NULL);
  ev = cameo_events("BANGKOK, Thailand (Wire) - A few hours later, Phnom Penh called in Thailand's "
                    "charge d'affaires.",
                    "2025-06-05", false);
  NM_CHECK(strstr(ev, "KHM THAGOV 040") != NULL && strstr(ev, "041") == NULL);
}

/* a chief minister described in the headline and again in the story is
 * the one named later; a country named only in a minister's own words
 * yields to the place the sentence opens with */
NM_TEST(chief_minister_and_a_minister_s_own_words) {
  const char *t = "Tamil Nadu chief minister appeals to New Delhi\n\nCHENNAI, India (Wire) - Tamil "
                  "Nadu's chief minister wrote to New Delhi on Wednesday. In his letter, Chief "
                  "Minister K. Arunachalam said the arrests were wrong.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-02-12", "K. Arunachalam", false), "INDGOV");
  NM_CHECK_EQ_STR(cameo_mentions_of(t, "2025-02-12", "K. Arunachalam"),
                  "Tamil Nadu's chief minister|his|K. Arunachalam");
  NM_CHECK_EQ_STR(cameo_entity("CHENNAI, India (Wire) - The navy arrested 14 fishermen. In "
                               "Colombo, Fisheries Minister Suresh Kanagaratnam rejected calls "
                               "for leniency, saying that Indian trawlers were stealing the catch "
                               "of fishermen.",
                               "2025-02-12", "Suresh Kanagaratnam", false),
                  "LKAGOV");
}

/* a ministry named bare under a dateline is the dateline country's, not
 * the one another country's ministry of that name is later; a headline's
 * bare envoy recalled from a country is the source's own, the country the
 * target; an al-Qaida-linked group is not al-Qaida */
NM_TEST(dateline_ministry_bare_envoy_and_linked_group) {
  const char *t = "HANOI, Vietnam (Wire) - Foreign Ministry spokesperson Nguyen Thi Lan Huong "
                  "said a diplomat had handed a protest note to the Chinese Embassy. Beijing "
                  "disputed the account. Chinese Foreign Ministry spokesperson Chen Weiming said "
                  "the boat had been fishing illegally.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-11-27", "Nguyen Thi Lan Huong", false), "VNMGOV");
  NM_CHECK_EQ_STR(cameo_entity(t, "2024-11-27", "Chen Weiming", false), "CHNGOV");
  const char *ev = cameo_events("Somalia recalls ambassador from Ethiopia over Somaliland port "
                                "deal\n\nMOGADISHU, Somalia (Wire) - Nothing else happened on "
                                "Friday.",
                                "2024-06-14", false);
  NM_CHECK(strstr(ev, "SOM ETH 161") != NULL);
  ev = cameo_events("MOGADISHU, Somalia (Wire) - The dispute could distract from the fight against "
                    "al-Shabab, the al-Qaida-linked group that still controls large parts of rural "
                    "Somalia.",
                    "2024-06-14", false);
  NM_CHECK(strstr(ev, "IMGMUSALQ") == NULL);
  /* (the group in apposition to a coded name is that name's) */
  ev = cameo_events("MOGADISHU, Somalia (Wire) - Al-Shabaab, the al-Qaida-linked group that has "
                    "fought Somalia's federal government for nearly two decades, claimed "
                    "responsibility.",
                    "2025-05-22", false);
  NM_CHECK(strstr(ev, "SOMREB SOMGOV") != NULL);
}

/* a junta's country is not the one it acts on ("cut ties with France");
 * people a past participle describes underwent its act ("migrants
 * detained in Panama's Darien province" detained no one), but a verb of
 * intent read as one is no passive */
NM_TEST(junta_s_country_and_reduced_relatives) {
  const char *ev = cameo_events("OUAGADOUGOU, Burkina Faso (Wire) - Since seizing power in "
                                "September 2022, the junta has steadily cut ties with France, "
                                "ordering French troops to leave in early 2023.",
                                "2025-02-25", false);
  NM_CHECK(strstr(ev, "BFAGOV FRA 160") != NULL);
  ev = cameo_events("PANAMA CITY, Panama (Wire) - Under its terms, migrants detained in Panama's "
                    "Darien province will be screened by immigration officers.",
                    "2024-08-22", false);
  NM_CHECK(strstr(ev, "173") == NULL);
  ev = cameo_events("N'DJAMENA, Chad (Wire) - An adviser to the group said the raids had been "
                    "carried out by cattle thieves or by militias allied with the Sudanese army "
                    "seeking to damage the group's relations with its neighbour.",
                    "2024-07-18", false);
  NM_CHECK(strstr(ev, "SDNMIL 050") != NULL);
}

/* a minister whose portfolio has "for" and "and" in it ("Coordinating
 * Minister for Political and Security Affairs"), and a cleric under
 * "Rev.", are people with titles */
NM_TEST(long_portfolios_and_clerics) {
  NM_CHECK_EQ_STR(cameo_entity("JAKARTA, Indonesia (Wire) - Coordinating Minister for Political "
                               "and Security Affairs Agus Santoso rejected the demands on "
                               "Wednesday.",
                               "2025-01-16", "Agus Santoso", false),
                  "IDNGOV");
  NM_CHECK_EQ_STR(cameo_mentions_of("JAYAPURA, Indonesia (Wire) - Rev. Yohanes Murib, a church "
                                    "leader, said residents were terrified. \"The people here "
                                    "are farmers,\" he said.",
                                    "2025-01-16", "Yohanes Murib"),
                  "Yohanes Murib|he");
}

/* a body the actor dictionaries know, opening a sentence before a
 * description set off by commas, is named even when the model left it
 * out; Iraq's Iran-aligned factions are in the team's actors */
NM_TEST(opening_known_bodies_and_iraqi_factions) {
  const char *t = "BAGHDAD, Iraq (Wire) - The strikes hurt. Hamas, one of the factions, denied "
                  "involvement. Kataib Hezbollah, one of the most powerful Iran-aligned factions, "
                  "denied involvement.";
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-07-17", "Hamas", false), "PSEREBHMS");
  NM_CHECK_EQ_STR(cameo_entity(t, "2025-07-17", "Kataib Hezbollah", false), "IRQREB");
  /* (a name whose capital is not ASCII: "Óscar") */
  NM_CHECK_EQ_STR(cameo_entity("LIMA, Peru (Wire) - Interior Minister \xc3\x93scar Villarreal said "
                               "police would be deployed.",
                               "2025-10-22", "\xc3\x93scar Villarreal", false),
                  "PERGOV");
  /* ("he" in a who-clause on a description in apposition to a name is
   * that name's) */
  NM_CHECK_EQ_STR(cameo_mentions_of("LIMA, Peru (Wire) - Interior Minister Oscar Villarreal said "
                                    "troops would deploy. The measures follow the killing on "
                                    "Sunday of Julio Cesar Mamani, a 38-year-old driver who was "
                                    "shot as he waited at a red light.",
                                    "2025-10-22", "Julio Cesar Mamani"),
                  "Julio Cesar Mamani|he");
  /* (the body a who-clause says the person heads) */
  NM_CHECK_EQ_STR(cameo_entity("YEREVAN, Armenia (Wire) - It was signed in a tent near the village "
                               "of Kirants by Vahagn Melkonyan, who heads Armenia's state "
                               "commission on border delimitation, and his counterpart.",
                               "2025-03-14", "Vahagn Melkonyan", false),
                  "ARMGOV");
  /* (a description naming a body of a country gives the title that
   * country; "accused X of violations" is an accusation, not CONVICT's
   * 173) */
  const char *ev = cameo_events("MARJAYOUN, Lebanon (Wire) - The Israeli military said the man was "
                                "a Hezbollah member. Kamel Sharafeddine, a lawmaker allied with "
                                "Hezbollah, condemned the strike and accused Israel of more than "
                                "100 violations.",
                                "2024-12-12", false);
  NM_CHECK(strstr(ev, "LBNLEG ISR 112") != NULL);
}

/* a surname that is also a province's name, a deputy's title
 * ("Undersecretary"), and a shoal named again without its feature word */
NM_TEST(province_surname_undersecretary_and_shoal) {
  NM_CHECK_EQ_STR(cameo_mentions_of("NIAMEY, Niger (Wire) - The talks failed. Abdoulaye Hama, a "
                                    "Niamey-based political analyst, said that the junta needed "
                                    "money. \"It plays well at home,\" he said.",
                                    "2025-04-23", "Abdoulaye Hama"),
                  "Abdoulaye Hama|he");
  NM_CHECK_EQ_STR(cameo_entity("MANILA, Philippines (Wire) - Foreign Affairs Undersecretary "
                               "Carmela Ocampo told reporters the protests would go on.",
                               "2024-08-20", "Carmela Ocampo", false),
                  "PHLGOV");
  const char *ev = cameo_events("MANILA, Philippines (Wire) - Chinese ships fired water cannon "
                                "near Scarborough Shoal on Monday. Last month, Chinese planes "
                                "dropped flares in the path of a Philippine aircraft patrolling "
                                "over Scarborough.",
                                "2024-08-20", false);
  NM_CHECK(strstr(ev, "GBR") == NULL);
  /* (a portfolio after "for" left partly in the name, and a deputy who is
   * no police deputy) */
  NM_CHECK_EQ_STR(cameo_typed_entity("MEXICO CITY, Mexico (Wire) - The delegation, led by Deputy "
                                     "Secretary for Foreign Trade Luz Elena Cardenas, is due to "
                                     "travel on Thursday.",
                                     "2025-09-23", "Luz Elena Cardenas"),
                  "PERSON MEXGOV");
  /* (a name opening with "Los" is a group's, and takes no "he") */
  NM_CHECK_EQ_STR(cameo_typed_entity("GUAYAQUIL, Ecuador (Wire) - Col. Fabian Lozada said inmates "
                                     "had attacked a cell block held by members of Los Choneros. "
                                     "He said investigators had recovered 14 firearms.",
                                     "2025-01-16", "Los Choneros"),
                  "ORG -");
  /* (a criminal court is a court) */
  const char *cv = cameo_events("LONDON (Wire) - On Monday, a jury at the Central Criminal Court "
                                "in London convicted two men of spying.",
                                "2025-06-11", false);
  NM_CHECK(strstr(cv, "CRM") == NULL);
  /* (a government's own opposition is the country's) */
  NM_CHECK_EQ_STR(cameo_events("MAPUTO, Mozambique (Wire) - Mozambique's government and its main "
                               "opposition leader accused each other on Friday of "
                               "responsibility for the killings.",
                               "2024-11-08", false),
                  "MOZGOV MOZOPP 112; MOZOPP MOZGOV 112");
  /* (a name before a lower-case "river" is a place's; "takes its orders
   * from" seizes nothing) */
  NM_CHECK_EQ_STR(cameo_typed_entity("Guyana accuses Venezuela of firing on soldiers along Cuyuni "
                                     "river\n\nGEORGETOWN, Guyana (Wire) - Guyana accused "
                                     "Venezuelan forces of opening fire on a boat on the Cuyuni "
                                     "river. Officials said it was the third incident on the "
                                     "Cuyuni this year.",
                                     "2025-02-18", "Cuyuni"),
                  "LOC -");
  ev = cameo_events("CARACAS, Venezuela (Wire) - \"This is one more invention from a government "
                    "that takes its orders from foreign oil companies,\" the spokesman said.",
                    "2025-02-18", false);
  NM_CHECK(strstr(ev, "171") == NULL);
  /* (placed under house arrest is an arrest; a country's headline about
   * bare troops claims its own act, no accusation) */
  ev = cameo_events("JUBA, South Sudan (Wire) - Security forces placed the vice president under "
                    "house arrest on Wednesday.",
                    "2025-03-27", false);
  NM_CHECK(strstr(ev, " 173") != NULL);
  ev = cameo_events("Pakistan says troops killed militants near Afghan border\n\nPESHAWAR, "
                    "Pakistan (Wire) - Nothing else happened on Thursday.",
                    "2024-12-26", false);
  NM_CHECK(strstr(ev, "PAK") == ev && strstr(ev, " 112") == NULL);
  /* (a bureau's dateline whose country the story names no more: "the
   * junta" is the story's country's) */
  ev = cameo_events("BANGKOK, Thailand (Wire) - An air strike by Myanmar's military killed 19 "
                    "people in Sagaing. Myanmar's army has been fighting a rebellion. Myanmar's "
                    "junta denied it. The Association of Southeast Asian Nations has repeatedly "
                    "urged the junta to implement a peace plan.",
                    "2025-05-13", false);
  NM_CHECK(strstr(ev, "IGOSEAASN MMR") != NULL && strstr(ev, "THA") == NULL);
  /* (a seat city in the sentence gives the military no country) */
  ev = cameo_events("BANGKOK, Thailand (Wire) - An air strike by Myanmar's military on a "
                    "monastery killed 19 people.\n\nMarta Ferreira, a spokeswoman for the UN human "
                    "rights office in Geneva, said the agency was \"alarmed\" by reports of the "
                    "strike and called on the military to halt attacks on civilians and allow "
                    "humanitarian access.",
                    "2025-05-13", false);
  NM_CHECK(strstr(ev, "IGOUNO MMRMIL") != NULL && strstr(ev, "CHE") == NULL);
  /* (a name set off right after a quotation, before its description; a
   * body's name without its head word) */
  NM_CHECK_EQ_STR(cameo_mentions_of("ALGIERS, Algeria (Wire) - \"This is an act of state "
                                    "terrorism,\" Nadia Belkacemi, a spokeswoman for the Algerian "
                                    "foreign ministry, told reporters.\n\nShe said Algeria had "
                                    "informed the United Nations.",
                                    "2025-01-15", "Nadia Belkacemi"),
                  "Nadia Belkacemi|She");
  NM_CHECK_EQ_STR(cameo_typed_entity("TAIPEI, Taiwan (Wire) - \"We broadcast warnings "
                                     "repeatedly,\" Wang Chien-hung, a deputy director-general of "
                                     "the coast guard, told a news conference in Taipei.",
                                     "2024-07-10", "Wang Chien-hung"),
                  "PERSON TWNCOP");
  NM_CHECK_EQ_STR(cameo_mentions_of("TAIPEI, Taiwan (Wire) - Xu Yanling, a spokeswoman for China's "
                                    "Taiwan Affairs Office, said the boat had been driven.\n\n"
                                    "\"The so-called restricted waters do not exist,\" Xu said.",
                                    "2024-07-10", "Xu Yanling"),
                  "Xu Yanling|Xu");
  NM_CHECK_EQ_STR(cameo_typed_entity("ALGIERS, Algeria (Wire) - The Polisario Front said the "
                                     "victims had no links to its fighters. In 2020, Polisario "
                                     "declared that it was resuming armed struggle.",
                                     "2025-01-15", "Polisario Front"),
                  "ORG NAFREB");
}

/* Fifty-third session: names the model cut or missed, descriptions that
 * type a name, and bodies, regions and pronouns that code a person */
NM_TEST(given_names_descriptions_and_regions) {
  /* a given name opening the sentence, an Arabic article, a hyphened
   * given name */
  NM_CHECK(has_entity("BEIRUT, Lebanon (Wire) - The strike hit a car. Kamel Sharafeddine, a "
                      "lawmaker allied with Hezbollah, condemned the strike.",
                      NM_ENT_PERSON, "Kamel Sharafeddine"));
  NM_CHECK(has_entity("AMMAN, Jordan (Wire) - Mazen al-Hamwi, a spokesman for Syria's interim "
                      "Interior Ministry, said Damascus had zero tolerance for drugs.",
                      NM_ENT_PERSON, "Mazen al-Hamwi"));
  NM_CHECK(has_entity("SARAJEVO, Bosnia and Herzegovina (Wire) - Karl-Heinz Vogel, the "
                      "international High Representative, said the laws had no legal effect.",
                      NM_ENT_PERSON, "Karl-Heinz Vogel"));
  /* a person's description after the name: "the region's self-styled
   * leader" */
  NM_CHECK(has_entity("CHISINAU, Moldova (Wire) - In Tiraspol, Vadim Krasnov, the region's "
                      "self-styled leader, appealed to Russia for emergency supplies.",
                      NM_ENT_PERSON, "Vadim Krasnov"));
  /* a town's and a firm's description after "the" */
  const char *pg = "PORT MORESBY, Papua New Guinea (Wire) - Police set up checkpoints between "
                   "Wabag, the provincial capital, and Porgera. On Feb. 18, at least 26 men "
                   "were killed in an ambush near Wabag, one of the worst single incidents.";
  NM_CHECK(has_entity(pg, NM_ENT_GPE, "Wabag"));
  NM_CHECK_EQ_STR(cameo_typed_entity("JAYAPURA, Indonesia (Wire) - Highland Air Services, the "
                                     "small charter company that employs the pilot, said it had "
                                     "suspended all flights.",
                                     "2024-08-16", "Highland Air Services"),
                  "ORG ---BUS");
  /* a portfolio listed with commas */
  NM_CHECK_EQ_STR(cameo_entity("JAKARTA, Indonesia (Wire) - Coordinating Minister for Political, "
                               "Legal and Security Affairs Hadi Santosa rejected the demand.",
                               "2024-08-16", "Hadi Santosa", false),
                  "IDNGOV");
  /* the region "the region's" after the name refers to, not the country
   * named after it */
  NM_CHECK_EQ_STR(cameo_entity("ASMARA, Eritrea (Wire) - The tensions have alarmed leaders in "
                               "Tigray, which borders Eritrea. Gebremedhin Haile, the president "
                               "of the region's interim administration, called for talks.",
                               "2025-03-17", "Gebremedhin Haile", false),
                  "ETHGOV");
  /* "West" alone is no region of Cameroon */
  NM_CHECK(strstr(cameo_typed_entity("BANJA LUKA, Bosnia and Herzegovina (Wire) - Lawmakers "
                                     "voted to bar state police; West warns of threat.",
                                     "2025-03-13", "West"),
                  "CMR") == NULL);
  /* the team's actors: an initialism, South Sudan's armed opposition */
  NM_CHECK_EQ_STR(cameo_mentions_of("PORT MORESBY, Papua New Guinea (Wire) - PNG sends troops "
                                    "to Enga after clan fighting kills dozens.",
                                    "2024-09-17", "Papua New Guinea"),
                  "Papua New Guinea|PNG");
  NM_CHECK_EQ_STR(cameo_entity("JUBA, South Sudan (Wire) - The government accused the SPLM-IO "
                               "of attacking a garrison.",
                               "2025-03-27", "SPLM-IO", false),
                  "SSDOPP");
  /* taking shelter at a place and heading toward one are no events */
  NM_CHECK_EQ_STR(cameo_events("PORT MORESBY, Papua New Guinea (Wire) - More than 2,000 displaced "
                               "people were sheltering at a church mission near Porgera.",
                               "2024-09-17", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("ASMARA, Eritrea (Wire) - In Semera, the capital of Ethiopia's "
                               "Afar region, residents said convoys of military trucks had passed "
                               "through the town last week heading north-east toward the border "
                               "near Bure.",
                               "2025-03-17", false),
                  "");
  /* a pronoun inside a quotation is not its speaker */
  NM_CHECK_EQ_STR(cameo_mentions_of("JAYAPURA, Indonesia (Wire) - Rebels seized pilot Daniel "
                                    "Hartigan on Thursday. \"We will not release him,\" the "
                                    "group's spokesman, Ruben Mabel, said. \"If the military "
                                    "tries to take him by force, they will carry him home.\"",
                                    "2024-08-16", "Ruben Mabel"),
                  "Ruben Mabel");
}

/* Fifty-third session, second batch: descriptions owned by a body after
 * "of", the dateline's country over an even count, treaties named by a
 * city, "foreign" bodies, joined countries, and a visit at home */
NM_TEST(owners_datelines_treaties_and_joined_countries) {
  NM_CHECK_EQ_STR(cameo_entity("GEORGETOWN, Guyana (Wire) - The secretary-general of the "
                               "Caribbean Community, Everton Marshall, said in a statement that "
                               "the bloc stands firmly with Guyana.",
                               "2024-10-17", "Everton Marshall", false),
                  "IGOCRB");
  /* a story from Lusaka on a clash with Congo, which names Congo's
   * places nearly as often as Zambia's: the minister is Zambia's */
  size_t len = 0;
  unsigned char *raw = nm_test_slurp("tests/data/events/2025-03-09-zambia-congo-border.txt", &len);
  char *art = raw ? malloc(len + 1) : NULL; /* (the file's bytes and a NUL) */
  NM_CHECK(art != NULL);
  if (art) {
    memcpy(art, raw, len);
    art[len] = 0;
    NM_CHECK_EQ_STR(cameo_entity(art, "2025-03-09", "Chanda Mwale", false), "ZMBGOV");
  }
  free(art);
  free(raw);
  /* "the Rome Statute": no Italian party */
  NM_CHECK(strstr(cameo_events("MANILA, Philippines (Wire) - The Philippines withdrew from the "
                               "Rome Statute, the court's founding treaty, in 2019.",
                               "2024-11-12", false),
                  "ITA") == NULL);
  /* "a foreign court" is not the story's own */
  NM_CHECK(strstr(cameo_events("MANILA, Philippines (Wire) - The government rejected the request."
                               "\n\n\"We will not allow a foreign court to conduct its business on "
                               "our soil,\" Justice Secretary Ramon Villareal told reporters.",
                               "2024-11-12", false),
                  "PHLJUD") == NULL);
  /* two countries joined by "and" are two */
  NM_CHECK_EQ_STR(cameo_typed_entity("RIYADH, Saudi Arabia (Wire) - Saudi Arabia and Iran reopened "
                                     "consulates in each other's countries on Sunday.",
                                     "2024-05-12", "Iran"),
                  "GPE IRN");
  /* a minister who flies to a city of her own country meets no one */
  NM_CHECK(strstr(cameo_events("CONCEPCION, Chile (Wire) - Interior Minister Tomas Valdivieso, "
                               "who flew to Concepcion on Monday afternoon, said the government "
                               "would file criminal complaints.",
                               "2025-01-27", false),
                  "036") == NULL);
  /* names: a given name opening a description with its owner's name and
   * a who-clause, a given name spelt like a town; a ship */
  NM_CHECK(has_entity("RIYADH, Saudi Arabia (Wire) - China welcomed the move. Wang Liqun, "
                      "Beijing's special envoy for the Middle East, who attended the ceremony in "
                      "Jeddah, said China was ready to host the next round.",
                      NM_ENT_PERSON, "Wang Liqun"));
  NM_CHECK(has_entity("HELSINKI, Finland (Wire) - Residents watched the closure. Kari Nieminen, "
                      "the mayor of Imatra, said the shutdown had cost the town jobs.",
                      NM_ENT_PERSON, "Kari Nieminen"));
  NM_CHECK(has_entity("TALLINN, Estonia (Wire) - The vessel, the Sierra Leone-flagged Vega "
                      "Aurora, was boarded by navy and police.",
                      NM_ENT_MISC, "Vega Aurora"));
}

/* Fifty-fourth session (art71, art72): hyphened given names the title
 * cut, a body's head word alone, a particle's surname, a body's country
 * word the places stage resolved, divisions the dictionaries give other
 * countries, dictionary names with particles */
NM_TEST(names_bodies_and_places_of_the_team_s_wire_copy) {
  NM_CHECK_EQ_STR(cameo_entity("KINSHASA, Congo (Wire) - Congolese Foreign Minister Marie-Claire "
                               "Ilunga said the talks would resume.",
                               "2025-06-28", "Marie-Claire Ilunga", false),
                  "CODGOV");
  NM_CHECK_EQ_STR(cameo_mentions_of("CAIRO (Wire) - The Arab League condemned the move on "
                                    "Saturday. League spokesman Hossam Farouk told reporters that "
                                    "member states would not recognise the new authority.",
                                    "2025-07-27", "Arab League"),
                  "Arab League|League");
  NM_CHECK_EQ_STR(cameo_mentions_of("DAMASCUS (Wire) - Syria's interim President Ahmed al-Sharaa "
                                    "ordered an inquiry on Sunday. In a speech in Damascus, "
                                    "al-Sharaa called for unity. \"No one is above the law,\" he "
                                    "said.",
                                    "2025-03-10", "Ahmed al-Sharaa"),
                  "Ahmed al-Sharaa|al-Sharaa|he");
  NM_CHECK_EQ_STR(cameo_typed_entity("DAMASCUS (Wire) - The Britain-based Syrian Observatory for "
                                     "Human Rights said 740 civilians had been killed since "
                                     "Thursday.",
                                     "2025-03-10", "Syrian Observatory for Human Rights"),
                  "ORG SYROPPHRI");
  NM_CHECK_EQ_STR(cameo_typed_entity("DAMASCUS (Wire) - Many Alawites have feared reprisals since "
                                     "rebels led by Hayat Tahrir al-Sham seized the capital.",
                                     "2025-03-10", "Hayat Tahrir al-Sham"),
                  "ORG SYRREB");
  NM_CHECK_EQ_STR(cameo_entity("CARACAS (Wire) - Venezuela ordered its militia to report to "
                               "barracks in coastal states including Sucre, Falcon and La Guaira "
                               "on Tuesday. Venezuelan officials said fishermen in Sucre were "
                               "afraid to go to sea.",
                               "2025-09-16", "Sucre", false),
                  "VEN");
  NM_CHECK_EQ_STR(cameo_mentions_of("CARACAS (Wire) - Maduro ordered the Bolivarian Militia to "
                                    "report to barracks.\n\nLaura Whitfield, a professor of law at "
                                    "Georgetown University, said the strikes were unlawful.\n\n"
                                    "Maduro said that the militia would hold drills on Saturday.",
                                    "2025-09-16", "Georgetown University"),
                  "Georgetown University");
  NM_CHECK_EQ_STR(cameo_entity("KATHMANDU, Nepal (Wire) - Protests spread on Monday. Chief "
                               "District Officer Rabindra Ghimire imposed a curfew.",
                               "2025-09-08", "Rabindra Ghimire", false),
                  "NPLGOV");
  NM_CHECK_EQ_STR(cameo_entity("YAOUNDE, Cameroon (Wire) - Protests spread in Garoua. Minister for "
                               "Territorial Administration Jean-Claude Ngono warned protesters.",
                               "2025-10-27", "Jean-Claude Ngono", false),
                  "CMRGOV");
  NM_CHECK_EQ_STR(cameo_entity("NOUAKCHOTT, Mauritania (Wire) - Foreign Minister Ahmedou Ould "
                               "Sidi Mahmoud received the ambassador at the ministry.",
                               "2024-04-22", "Ahmedou Ould Sidi Mahmoud", false),
                  "MRTGOV");
  NM_CHECK(!strstr(cameo_events("NOUAKCHOTT, Mauritania (Wire) - President Mohamed Ould "
                                "Ghazouani ordered additional army units to the eastern frontier.",
                                "2024-04-22", false),
                   " 04"));
  NM_CHECK_EQ_STR(cameo_entity("MEXICO CITY (Wire) - Mexico broke off relations with Ecuador on "
                               "Friday.\n\nForeign Secretary Mariana Cuevas said all Mexican "
                               "diplomats would leave Ecuador.",
                               "2024-04-06", "Mariana Cuevas", false),
                  "MEXGOV");
  NM_CHECK_EQ_STR(cameo_entity("TEL AVIV, Israel (Wire) - Iranian missiles hit Israeli cities "
                               "overnight.\n\nIn Tehran, President Masoud Pezeshkian vowed that "
                               "Iran would respond. Foreign Ministry spokesman Hossein Karimi "
                               "accused the United States of complicity in the Israeli campaign.",
                               "2025-06-14", "Hossein Karimi", false),
                  "IRNGOV");
  NM_CHECK_EQ_STR(cameo_entity("CAIRO (Wire) - Supporters of ousted President Mohamed Morsi "
                               "marched on Friday.",
                               "2025-03-10", "Mohamed Morsi", false),
                  "EGYELI");
  NM_CHECK(!strncmp(cameo_entity("GOMA, Congo (Wire) - Rebels hold Goma and Bukavu in eastern "
                                 "Congo, and fighting has spread across Congo toward Kinshasa."
                                 "\n\nBertrand Mugisha, a spokesman for the Congo River "
                                 "Alliance, said the group would not sign.",
                                 "2025-06-28", "Congo River Alliance", false),
                    "COD", 3));
  const char *swz = "MBABANE, Eswatini (Wire) - A court in Eswatini sentenced three activists on "
                    "Thursday. The Commonwealth said it was concerned.";
  NM_CHECK_EQ_STR(cameo_typed_entity(swz, "2025-08-14", "Commonwealth"), "ORG IGOCWN");
  NM_CHECK_EQ_STR(cameo_events(swz, "2025-08-14", false), "SWZJUD SWZOPP 172");
  /* (team actors the Phoenix files lack) */
  NM_CHECK_EQ_STR(cameo_entity("DHAKA, Bangladesh (Wire) - The Awami League rejected the charges "
                               "on Monday.",
                               "2025-05-01", "Awami League", false),
                  "BGDPTY");
  NM_CHECK_EQ_STR(cameo_entity("NOUAKCHOTT, Mauritania (Wire) - Mohamed Ould Ghazouani chaired a "
                               "meeting on Saturday.",
                               "2025-05-01", "Mohamed Ould Ghazouani", false),
                  "MRTGOV");
  NM_CHECK_EQ_STR(cameo_entity("CONAKRY, Guinea (Wire) - The Union of Democratic Forces of Guinea "
                               "called a boycott.",
                               "2025-05-01", "Union of Democratic Forces of Guinea", false),
                  "GINOPP");
  const char *cup = "RABAT, Morocco (Wire) - Police arrested hundreds of protesters in Agadir "
                    "on Wednesday.\n\nSome chanted about hospitals, a reference to the money "
                    "Morocco is spending on venues for the 2030 World Cup.";
  NM_CHECK_EQ_STR(cameo_entity(cup, "2025-10-02", "Morocco", false), "MAR");
  NM_CHECK_EQ_STR(cameo_events(cup, "2025-10-02", false), ""); /* (a story discard) */
  NM_CHECK_EQ_STR(cameo_entity("DHAKA, Bangladesh (Wire) - Bangladesh asked India to extradite "
                               "the former prime minister.\n\nForeign Affairs Adviser Mahbub Karim "
                               "said a note had been delivered to the Indian High Commission.",
                               "2024-12-23", "Mahbub Karim", false),
                  "BGDGOV");
}

/* Fifty-fourth session: a conjunct past a name's words, lands that meet,
 * a question decided, a thing taken seriously, a deal no one struck, a
 * politician kept off the ballot, a country on both sides, the army of a
 * story filed from another capital */
NM_TEST(events_of_the_team_s_wire_copy) {
  NM_CHECK_EQ_STR(cameo_events("The Democratic Republic of Congo and Rwanda signed a peace "
                               "agreement on Friday.",
                               "2025-06-28", false),
                  "COD RWA 057; RWA COD 057");
  NM_CHECK_EQ_STR(cameo_events("Rwanda said that Kigali's security concerns had been taken "
                               "seriously by the international community.",
                               "2025-06-28", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("The United States determined in January that members of the "
                               "RSF had committed genocide.",
                               "2025-07-27", false),
                  "");
  NM_CHECK(!strstr(cameo_events("BANGKOK (Wire) - Thailand and Cambodia traded fire on their "
                                "border.\n\nRelations have deteriorated since an exchange of "
                                "fire on May 28 killed a Cambodian soldier in the Emerald "
                                "Triangle area, where the two countries meet Laos.",
                                "2025-07-01", false),
                   "LAO"));
  NM_CHECK_EQ_STR(cameo_events("Both sides have since reinforced troops along the frontier, and "
                               "Thailand has restricted crossings in Sa Kaeo and Surin provinces.",
                               "2025-07-01", false),
                  "");
  NM_CHECK(!strstr(cameo_events("Protesters stormed the regional parliament over a Russian "
                                "investment deal on Friday.",
                                "2024-11-16", false),
                   "057"));
  NM_CHECK_EQ_STR(cameo_events("Ivory Coast's electoral commission struck opposition leader "
                               "Charles Yao from the ballot on Tuesday.",
                               "2025-09-09", false),
                  "CIVGOV CIVOPP 1722");
  NM_CHECK(!strstr(cameo_events("The Independent Electoral Commission said Charles Amani Yao "
                                "had failed to prove that he had given up a foreign nationality. "
                                "Yao, a former finance minister, says he renounced his French "
                                "citizenship in March.",
                                "2025-09-09", false),
                   "FRA"));
  NM_CHECK(!strstr(cameo_events("KATHMANDU, Nepal (Wire) - Police fired on protesters. He said "
                                "that 17 people had died in Kathmandu and two in Itahari.",
                                "2025-09-08", false),
                   " 190"));
  NM_CHECK_EQ_STR(cameo_events("Police fired tear gas and water cannon at hundreds of protesters "
                               "in Ivory Coast's commercial capital on Tuesday.",
                               "2025-09-09", false),
                  "CIVCOP CIVOPP 175");
  const char *hasina = "DHAKA, Bangladesh (Wire) - Bangladesh's interim government asked India "
                       "to extradite former Prime Minister Sheikh Hasina, who fled to New Delhi "
                       "in August.\n\nHasina, 77, led Bangladesh for 15 years before she "
                       "resigned on Aug. 5.";
  NM_CHECK(!strstr(cameo_events(hasina, "2024-12-23", false), "043"));
  NM_CHECK(!strstr(cameo_events(hasina, "2024-12-23", false), "BGD 060"));
  NM_CHECK_EQ_STR(cameo_events("Sudan took the United Arab Emirates to the International Court "
                               "of Justice on Thursday.",
                               "2025-03-07", false),
                  "SDN ARE 115");
  NM_CHECK(!strstr(cameo_events("Baku closed the office after police raids in Yekaterinburg "
                                "that left two men dead.",
                                "2025-06-30", false),
                   " 04"));
  /* (nor one left silent or without something: no journey either) */
  NM_CHECK(!strstr(cameo_events("Russia and China blocked a U.N. Security Council statement on "
                                "Wednesday, leaving the council silent on North Korea.",
                                "2026-01-22", false),
                   " 04"));
  NM_CHECK(!strstr(cameo_events("Britain said the Russian veto left the sanctions regime against "
                                "North Korea without its watchdog.",
                                "2026-01-22", false),
                   " 04"));
  /* "the former Soviet republic" is the country it became, no Soviet
   * actor (SUN): no target of its own ruler, and no part of the people
   * arrested in Georgia */
  NM_CHECK_EQ_STR(cameo_events("President Emomali Rahmon, who has ruled the former Soviet "
                               "republic since 1992, did not comment.",
                               "2025-04-16", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Police arrested 40 people in the former Soviet republic of "
                               "Georgia on Sunday.",
                               "2025-04-16", false),
                  "GEOCOP GEOPPL 173");
  /* "both governments" are no pair of a town and a country: "routes
   * through Berbera in Somaliland and Lamu in Kenya" (Lamu a town the
   * places stage coded KEN) names no two governments */
  const char *ports = "ADDIS ABABA, Ethiopia (Wire) - Ethiopia summoned Djibouti's ambassador "
                      "on Tuesday over new port fees. Ethiopia's Ministry of Foreign Affairs "
                      "said the fees were unjustified. Ethiopia, Djibouti's largest customer, "
                      "has explored alternative routes through Berbera in Somaliland and Lamu "
                      "in Kenya. The Intergovernmental Authority on Development urged both "
                      "governments to resolve the matter.";
  NM_CHECK(strstr(cameo_events(ports, "2026-03-18", false), "IGOEAFDEVIAD ETHGOV 025") != NULL);
  NM_CHECK(!strstr(cameo_events(ports, "2026-03-18", false), "IGOEAFDEVIAD KENGOV"));
  /* a building's name is a place, not a person the model took it for */
  static const char male[] =
      "MALE, Maldives (Wire) - Police detained two opposition lawmakers on Monday outside the "
      "Shaheed Hussain Adam Building, where parliament was debating the media bill.";
  NM_CHECK_EQ_STR(cameo_typed_entity(male, "2025-10-14", "Shaheed Hussain Adam Building"),
                  "LOC -");
  /* ... nor two places something lay in, named together a sentence before */
  const char *extradite = "LISBON, Portugal (Wire) - Brazil asked Portugal on Monday to extradite "
                          "a former health official. Prosecutors say he paid kickbacks into "
                          "accounts in Portugal and Uruguay. Brazil's justice minister said both "
                          "countries had signed a treaty on extradition.";
  NM_CHECK(strstr(cameo_events(extradite, "2025-06-19", false), "BRA PRT 057") != NULL);
  NM_CHECK(!strstr(cameo_events(extradite, "2025-06-19", false), "URY"));
  /* a prime minister who heads the ruling party stays the government's */
  static const char khural[] =
      "ULAANBAATAR, Mongolia (Wire) - Mongolia's parliament voted on Wednesday to dismiss Prime "
      "Minister Gombojav Batsaikhan. Batsaikhan, who heads the ruling Mongolian People's Party, "
      "did not speak after the vote.";
  NM_CHECK_EQ_STR(cameo_typed_entity(khural, "2026-05-13", "Gombojav Batsaikhan"),
                  "PERSON MNGGOV");
  /* Paraguay's (and Uruguay's) Colorado Party, no party of Colorado, USA:
   * the team's ---PTY takes the story's country */
  NM_CHECK_EQ_STR(cameo_events("ASUNCION, Paraguay (Wire) - The Colorado Party accused the "
                               "opposition of lying.",
                               "2026-06-24", false),
                  "PRYPTY PRYOPP 112");
  NM_CHECK_EQ_STR(cameo_typed_entity("MONTEVIDEO, Uruguay (Wire) - The Colorado Party rejected "
                                     "the budget.",
                                     "2026-06-24", "Colorado Party"),
                  "ORG URYPTY");
  /* a fleet is no town ("Fleet", England), and a people's word before a
   * noun no region ("Somali", Ethiopia's) */
  NM_CHECK(!strncmp(cameo_typed_entity("Russia's Northern Fleet said its ships had left the "
                                       "port of Severomorsk.",
                                       "2026-02-12", "Northern Fleet"),
                    "ORG", 3));
  NM_CHECK_EQ_STR(cameo_typed_entity("The insurgents have no operational ties to the Somali "
                                     "group of the same name.",
                                     "2025-11-04", "Somali"),
                  "NORP SOM");
  /* a minister who leads a delegation from a country is that country's */
  NM_CHECK_EQ_STR(cameo_typed_entity("WINDHOEK, Namibia (Wire) - The deal was signed in the "
                                     "presence of President Netumbo Nandi-Ndaitwah and a "
                                     "delegation from the United Arab Emirates led by Minister "
                                     "of State Khalid Al Mazrouei.",
                                     "2025-09-04", "Khalid Al Mazrouei"),
                  "PERSON AREGOV");
  /* a person's surname the model typed a place, named again alone */
  static const char mazrouei[] =
      "WINDHOEK, Namibia (Wire) - Minister of State Khalid Al Mazrouei signed the deal on "
      "Tuesday. Al Mazrouei described the deal as part of a broader push into Africa.";
  NM_CHECK_EQ_STR(cameo_typed_entity(mazrouei, "2025-09-04", "Al Mazrouei"), "");
  NM_CHECK(strstr(cameo_typed_entity(mazrouei, "2025-09-04", "Khalid Al Mazrouei"), "PERSON") !=
           NULL);
  /* "the two leaders" are two states' people, not an armed group and the
   * city it shelled in the event before */
  const char *leaders = cameo_events("TASHKENT, Uzbekistan (Wire) - Uzbekistan signed a deal for "
                                     "Turkish drones on Tuesday. Officials cited the threat from "
                                     "the Islamic State group, whose fighters fired rockets at "
                                     "the border city of Termez in April. The two leaders also "
                                     "signed a pact on trade.",
                                     "2026-02-18", false);
  NM_CHECK(strstr(leaders, "IMGMUSISI UZB 057") == NULL);
  NM_CHECK(strstr(leaders, "TUR UZB 057") != NULL);
  /* whom a foreign envoy meets is the host's official, not the envoy's
   * country's (whose ministry of that portfolio was named just before) */
  NM_CHECK_EQ_STR(cameo_typed_entity("NAYPYITAW, Myanmar (Wire) - Rahimah Yusof, the Malaysian "
                                     "diplomat serving as ASEAN's special envoy, began talks in "
                                     "Naypyitaw on Monday. Malaysia's Foreign Ministry said she "
                                     "would press for access to detainees. Rahimah met Deputy "
                                     "Foreign Minister Kyaw Myo Thant on Tuesday.",
                                     "2025-08-19", "Kyaw Myo Thant"),
                  "PERSON MMRGOV");
  /* outside the United States a deputy is a lawmaker, not a sheriff's */
  NM_CHECK(strstr(cameo_events("ASUNCION, Paraguay (Wire) - Opposition deputies accused the "
                               "government of lying.",
                               "2026-06-24", false),
                  "LEG PRYGOV 112") != NULL);
  NM_CHECK(strstr(cameo_events("Sheriff's deputies arrested two men in Ohio on Friday.",
                               "2026-06-24", false),
                  "---COP") != NULL);
  /* a spokesman for a party is the party's, not the press's */
  NM_CHECK_EQ_STR(cameo_typed_entity("DAR ES SALAAM, Tanzania (Wire) - A spokesman for the "
                                     "Chadema party, John Mrema, said police had arrested 20 "
                                     "members.",
                                     "2025-11-01", "John Mrema"),
                  "PERSON TZAPTY");
  /* a spokesperson's MED yields to the person's own rank */
  NM_CHECK_EQ_STR(cameo_typed_entity("A spokesman for the Rwandan contingent, Lt. Col. Eric "
                                     "Nshimiyimana, said its units had stepped up patrols.",
                                     "2025-11-04", "Eric Nshimiyimana"),
                  "PERSON RWAMIL");
  /* a crowd that gathers meets no one (040) */
  NM_CHECK_EQ_STR(cameo_events("In Denia, dozens of villagers gathered at the edge of the buffer "
                               "zone on Tuesday, some holding Cypriot and Greek flags.",
                               "2025-09-30", false),
                  "");
  NM_CHECK(strstr(cameo_events("Cypriot leaders gathered for a summit with Chinese officials in "
                               "Nicosia.",
                               "2025-09-30", false),
                  "CYP CHNGOV 040") != NULL);
  /* police who take positions deploy (150), no arrest: the team's
   * pattern of the words after TAKE over the subject's "- POLICE * [173]" */
  NM_CHECK(strstr(cameo_events("Cuban police had taken positions at main intersections in "
                               "Holguín on Friday.",
                               "2025-11-14", false),
                  "CUBCOP CUB 150") != NULL);
  NM_CHECK(strstr(cameo_events("Cuban troops took positions along the border with Haiti.",
                               "2025-11-14", false),
                  "CUBMIL HTI 150") != NULL);
  NM_CHECK(strstr(cameo_events("The Russian foreign minister left Pyongyang on Friday.",
                               "2026-01-22", false),
                  "RUSGOV PRK 040") != NULL);
  NM_CHECK_EQ_STR(cameo_events("The Supreme Court overturned the government's ban on the party.",
                               "2025-01-01", false),
                  "---JUD ---GOV 120");
  NM_CHECK_EQ_STR(cameo_events("CANBERRA, Australia (Wire) - Australia will send police advisers "
                               "to Papua New Guinea.",
                               "2024-02-21", false),
                  "AUS ---COP 153");
  const char *cairo =
      "CAIRO (Wire) - Sudan's Rapid Support Forces named a rival government in Nyala on "
      "Saturday.\n\nThe Arab League, based in Cairo, said it rejected any step that divides "
      "Sudan. Sudan's government in Port Sudan called the move illegal, and Sudanese "
      "officials said Sudan would complain to the United Nations.\n\nThe army recaptured "
      "Khartoum in March, but the RSF still holds most of Darfur, in western Sudan.";
  NM_CHECK(strstr(cameo_events(cairo, "2025-07-27", false), "SDNMIL") != NULL);
  NM_CHECK(!strstr(cameo_events(cairo, "2025-07-27", false), "EGYMIL"));
}

/* Fifty-third session, third batch: the dateline's agency, a group's
 * members, a name given in a relative clause, broadcasters, the Council of
 * Europe's court, and "whose" */
NM_TEST(agency_groups_given_names_and_whose) {
  NM_CHECK_EQ_STR(cameo_typed_entity("SULAIMANIYAH, Iraq (Wire) - Teachers marched on Wednesday."
                                     "\n\nIn a letter to the Kurdistan Regional Government seen by "
                                     "Wire, Iraqi Finance Minister Nawal Hadi al-Saadi wrote that "
                                     "Erbil had exceeded its share.",
                                     "2025-06-04", "Wire"),
                  "ORG -");
  const char *fano = "BAHIR DAR, Ethiopia (Wire) - Federal troops battled Fano militiamen near "
                     "Gondar.\n\nA Fano commander who gave his name as Mesfin Abebe rejected the "
                     "army's account. He said his fighters had pulled out of Dabat.";
  NM_CHECK(!strncmp(cameo_typed_entity(fano, "2024-09-17", "Fano"), "ORG ", 4));
  NM_CHECK_EQ_STR(cameo_mentions_of(fano, "2024-09-17", "Mesfin Abebe"), "Mesfin Abebe|He|his");
  NM_CHECK_EQ_STR(cameo_typed_entity("TBILISI, Georgia (Wire) - Police raided the offices of "
                                     "Iveria TV on Tuesday.",
                                     "2025-03-19", "Iveria TV"),
                  "ORG ---MED");
  NM_CHECK_EQ_STR(cameo_entity("DIYARBAKIR, Turkey (Wire) - The mayors said they would appeal to "
                               "the European Court of Human Rights.",
                               "2024-11-05", "European Court of Human Rights", false),
                  "IGOEURCOEJUD");
  /* (art70) the first of two surnames after a quotation; enlisted ranks
   * as titles; a directorate; an envoy's country over the one the envoy
   * is for */
  NM_CHECK_EQ_STR(cameo_mentions_of("TEGUCIGALPA, Honduras (Wire) - Foreign Minister Rodrigo "
                                    "Valladares Mejia told reporters the patrol came under fire. "
                                    "\"We will not accept this,\" Valladares said.",
                                    "2024-03-14", "Rodrigo Valladares Mejia"),
                  "Rodrigo Valladares Mejia|Valladares");
  NM_CHECK(has_entity("TEGUCIGALPA, Honduras (Wire) - The dead soldiers were identified by the "
                      "armed forces as Cpl. Wilmer Ordonez, 24, and Pvt. Kevin Alexander Matute, "
                      "19.",
                      NM_ENT_PERSON, "Kevin Alexander Matute"));
  NM_CHECK_EQ_STR(cameo_typed_entity("SANTO DOMINGO, Dominican Republic (Wire) - The Dominican "
                                     "General Directorate of Migration said it had deported "
                                     "276,000 people.",
                                     "2025-02-12", "Dominican General Directorate of Migration"),
                  "ORG DOM");
  NM_CHECK_EQ_STR(cameo_entity("KABUL, Afghanistan (Wire) - The Taliban shut 12 aid groups.\n\n"
                               "Germany's special envoy for Afghanistan, Markus Brandtner, said "
                               "donors would have to review how their money was spent.",
                               "2025-07-16", "Markus Brandtner", false),
                  "DEUGOV");
  /* an exile is not of the country the sentence places the exile in */
  NM_CHECK(strncmp(cameo_entity("VILNIUS, Lithuania (Wire) - Belarus freed 18 political prisoners "
                                "into Lithuania on Wednesday.\n\nExiled opposition leader Hanna "
                                "Zhuk, who lives in Vilnius, visited the freed prisoners at a "
                                "hospital.",
                                "2025-03-12", "Hanna Zhuk", false),
                   "LTU", 3) != 0);
  NM_CHECK_EQ_STR(cameo_entity("MINSK, Belarus (Wire) - A court in the eastern Belarusian city of "
                               "Gomel sentenced an opposition activist to nine years.\n\nIn "
                               "Vilnius, the exiled opposition figure Marina Kaval, who heads a "
                               "coordination council of Belarusian democratic groups, urged "
                               "Western governments not to ease sanctions.",
                               "2025-02-14", "Marina Kaval", false),
                  "BLROPP");
  NM_CHECK_EQ_STR(cameo_entity("LUSAKA, Zambia (Wire) - In 2020, Congolese troops occupied parts "
                               "of Zambia's Kaputa district before withdrawing under an "
                               "arrangement brokered by the Southern African Development "
                               "Community, whose executive secretary, Tendai Marufu, said on "
                               "Sunday that the bloc would send a mission.",
                               "2025-03-09", "Tendai Marufu", false),
                  "IGOSAFDEVSAD");
}

/* a clash, an exchange of fire: each side used force on the other; allies
 * who bombed a third are no targets of each other */
NM_TEST(a_clash_is_both_sides) {
  NM_CHECK_EQ_STR(cameo_events("India and Pakistan clashed on Tuesday.", "2024-01-10", false),
                  "IND PAK 190; PAK IND 190");
  NM_CHECK_EQ_STR(cameo_events("Indian and Pakistani troops exchanged fire along the border.",
                               "2024-01-10", false),
                  "INDMIL PAKMIL 193; PAKMIL INDMIL 193");
  NM_CHECK(strstr(cameo_events("Russian and Syrian jets bombed rebel-held areas.", "2024-01-10",
                               false),
                  "RUS SYR") == NULL);
}

/* aid that starts again (team.verbs.txt: RESUME) */
NM_TEST(resumed_distributions_are_aid) {
  NM_CHECK(strstr(cameo_events("The World Food Programme said Wednesday it had resumed food "
                               "distributions to around 300,000 displaced people around Goma in "
                               "eastern Congo.",
                               "2026-02-11", false),
                  "IGOUNOWFP CODREF 070") != NULL);
}

/* "have struggled to contain the gangs": the effort is no fight (190) of
 * its own; the act it aims at is coded */
NM_TEST(a_struggle_to_act_is_no_fight) {
  const char *got = cameo_events("Kenyan police have struggled to contain the gangs.",
                                 "2026-02-11", false);
  NM_CHECK(strstr(got, " 190") == NULL);
  NM_CHECK(strstr(got, "KENCOP ---CRM 170") != NULL);
}

/* "President X met army commanders on Sunday, his office said": the
 * dictionary's "A says A did" gives the doer; its phrase is the source
 * the record points to, not the speaker's ("his office") */
NM_TEST(a_report_by_the_doer_s_office_points_to_the_doer) {
  static const char text[] = "President Felix Tshisekedi met army commanders on Sunday, his "
                             "office said.";
  nm_doc *d = cameo_doc(text, "2025-01-27");
  if (!d) return;
  size_t n = 0;
  const nm_event *ev = nm_doc_events(d, &n);
  NM_CHECK_EQ_INT((int)n, 1);
  if (n == 1) {
    NM_CHECK_EQ_STR(ev[0].code, "040");
    NM_CHECK_EQ_INT((int)ev[0].source_span.start, 0);
    NM_CHECK_EQ_INT((int)ev[0].source_span.end, (int)strlen("President Felix Tshisekedi"));
  }
  nm_doc_free(d);
}

/* "Al-Shabaab" is an organisation, not a place, however the model labels
 * it; "al-Shabaab" with its lower-case article is found too */
NM_TEST(a_dictionary_group_is_an_organisation) {
  NM_CHECK(has_entity("Al-Shabaab militants stormed a hotel.", NM_ENT_ORG, "Al-Shabaab"));
  NM_CHECK(has_entity("The army launched an offensive against al-Shabaab on Monday.", NM_ENT_ORG,
                      "al-Shabaab"));
  /* not the name inside a modifier */
  NM_CHECK(!has_entity("The al-Qaida-linked group said it would fight.", NM_ENT_COUNT,
                       "al-Qaida"));
}

/* "It said its fighters had targeted officials": the speaker's own
 * fighters attacked; a claim of responsibility (015), not an accusation
 * (112) against them */
NM_TEST(its_own_fighters_make_a_claim) {
  const char *got = cameo_events("Al-Shabaab claimed responsibility in a statement. It said its "
                                 "fighters had targeted officials.",
                                 "2025-03-15", false);
  NM_CHECK(strstr(got, "SOMREB ---GOV 015") != NULL);
  NM_CHECK(strstr(got, "112") == NULL);
}

/* "Jubaland President Ahmed Madobe" read as one person: the state the
 * gazetteer does not know is a place, the office a title, the person the
 * name after it */
NM_TEST(unknown_state_before_an_office_is_a_place) {
  static const char t[] = "Jubaland President Ahmed Madobe condemned the attack.";
  NM_CHECK(has_entity(t, NM_ENT_PERSON, "Ahmed Madobe"));
  NM_CHECK(has_entity(t, NM_ENT_GPE, "Jubaland"));
}

/* A story on Myanmar under a Bangkok dateline: jets of no named country
 * are the army's the article named ("A Myanmar military airstrike"), not
 * the dateline's country's */
NM_TEST(a_foreign_dateline_gives_way_to_the_army_named) {
  const char *got = cameo_events("BANGKOK (AP) - A Myanmar military airstrike killed 18 people, "
                                 "residents said. Fighter jets bombed a monastery, a monk said.",
                                 "2025-02-13", false);
  NM_CHECK(strstr(got, "THAMIL") == NULL);
  NM_CHECK(strstr(got, "MMRMIL ---REL 195") != NULL);
}

/* "ex-President X" is a former president (ELI), "Justice X" a judge;
 * "Federal police arrested X, a police spokesperson said": the police's
 * phrase is the source the record points to */
NM_TEST(ex_titles_justices_and_police_reports) {
  NM_CHECK(strstr(cameo_events("Brazil's Supreme Court on Tuesday ordered the arrest of "
                               "ex-President Tovan Elisk.",
                               "2025-01-21", false),
                  "BRAJUD BRAELI 173") != NULL);
  nm_doc *d = cameo_doc("Justice Alexandre de Moraes spoke in Brasilia.", "2025-01-21");
  size_t n = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  bool judge = false;
  for (size_t i = 0; i < n; i++)
    judge |= en[i].code && strstr(en[i].code, "JUD") != NULL;
  NM_CHECK(judge);
  nm_doc_free(d);
  static const char text[] = "BRASILIA (AP) - Federal police arrested opposition leader Marcelo "
                             "Camara at his home, a police spokesperson said.";
  d = cameo_doc(text, "2025-01-21");
  const nm_event *ev = d ? nm_doc_events(d, &n) : NULL;
  NM_CHECK(d && n == 1);
  if (d && n == 1) {
    NM_CHECK_EQ_STR(ev[0].source_code, "BRACOP");
    NM_CHECK_EQ_INT((int)ev[0].source_span.start, (int)(strstr(text, "Federal") - text));
  }
  nm_doc_free(d);
}

/* "imposed sanctions on seven Iranian individuals and entities it
 * accused of supplying drones to Russia": the accused are the relative
 * clause's noun (its gap is the object), not Russia */
NM_TEST(the_accused_of_a_bare_relative_are_its_noun) {
  const char *got = cameo_events("The European Union on Monday imposed sanctions on seven "
                                 "Iranian individuals and entities it accused of supplying "
                                 "drones and missiles to Russia.",
                                 "2024-10-14", false);
  NM_CHECK(strstr(got, "IGOEUREEC IRN 112") != NULL);
  NM_CHECK(strstr(got, "RUS 112") == NULL);
}

/* "the Yemeni port of Hodeidah", "the northwestern Sagaing region": the
 * capitalised words a lower-case place word frames are a place the model
 * left out */
NM_TEST(a_place_framed_by_its_kind) {
  NM_CHECK(has_entity("Israeli warplanes struck the Yemeni port of Hodeidah on Sunday.",
                      NM_ENT_GPE, "Hodeidah"));
  NM_CHECK(has_entity("An airstrike hit a village in the northwestern Sagaing region.",
                      NM_ENT_GPE, "Sagaing"));
  /* not an adjective, nor a kind word that modifies another noun */
  NM_CHECK(!has_entity("The Victorian state government said no.", NM_ENT_GPE, "Victorian"));
}

/* leaders and groups the team's actor file adds: "Georgian Dream" is the
 * ruling party, "Prabowo" Indonesia's president in 2024 */
NM_TEST(team_actors_of_the_2020s) {
  NM_CHECK(strstr(cameo_events("Protesters rallied against Georgian Dream in Tbilisi.",
                               "2025-03-08", false),
                  "GEOPTY 141") != NULL);
  NM_CHECK(strstr(cameo_events("Prabowo met Chinese President Xi Jinping in Beijing.",
                               "2024-11-09", false),
                  "IDNGOV CHNGOV 040") != NULL);
}

/* "met a special envoy sent by U.S. President Donald Trump": the envoy
 * is of the sender's country (it had no country: an indefinite agent) */
NM_TEST(an_agent_is_of_the_sender_s_country) {
  NM_CHECK(strstr(cameo_events("CARACAS (AP) - President Nicolas Maduro met a special envoy sent "
                               "by U.S. President Donald Trump.",
                               "2025-02-01", false),
                  "VENGOV USAGOV 040") != NULL);
}

/* "agreed to a ceasefire after talks in Moscow": the city the talks met
 * in is no party (a gathering one phrase down); "recalled its envoy" is
 * an ambassador recalled (the team's verb patterns) */
NM_TEST(gatherings_deeper_down_and_envoys) {
  const char *got = cameo_events("Armenia and Azerbaijan agreed to a ceasefire after talks in "
                                 "Moscow.",
                                 "2025-03-03", false);
  NM_CHECK(strstr(got, "RUS") == NULL);
  NM_CHECK(strstr(got, "ARM AZE") != NULL);
  NM_CHECK(strstr(cameo_events("Pakistan recalled its envoy from Kabul in protest.", "2025-03-03",
                               false),
                  "PAK AFG 161") != NULL);
}

/* "The Eastern Theater Command of the People's Liberation Army said ….
 * A spokesperson, Senior Col. Shi Yi, said Taiwan's leaders …": the
 * spokesperson is the army's (CHNMIL), not of the country his words name */
NM_TEST(a_spokesperson_speaks_for_the_body_before) {
  nm_doc *d = cameo_doc("The Eastern Theater Command of the People's Liberation Army said the "
                        "exercises tested its ability to blockade key ports. A spokesperson, "
                        "Senior Col. Shi Yi, said Taiwan's leaders were pushing the island "
                        "toward war.",
                        "2025-04-01");
  size_t n = 0;
  const nm_entity *en = d ? nm_doc_entities(d, &n) : NULL;
  const char *code = NULL;
  for (size_t i = 0; i < n; i++)
    if (en[i].name && !strcmp(en[i].name, "Shi Yi")) code = en[i].code;
  NM_CHECK_EQ_STR(code ? code : "(none)", "CHNMIL");
  nm_doc_free(d);
}

/* "The rebels accused the army of … and said they had acted …": "they",
 * the subject of what the rebels said, is the rebels (a plural noun
 * reporting, through the verb "said" is joined to) */
NM_TEST(they_in_a_report_are_the_plural_reporters) {
  NM_CHECK(strstr(cameo_events("BOGOTA (AP) - The rebels accused the army of attacking civilians "
                               "and said they had acted to protect the population.",
                               "2025-01-17", false),
                  "---REB ---CVL 074") != NULL);
}

/* "U.S. Indo-Pacific Command" read as "U.S. Indo" and "Pacific Command":
 * one organisation (USAMIL) */
NM_TEST(hyphen_glued_organisation_names_are_one) {
  NM_CHECK(has_entity("The U.S. Indo-Pacific Command said the launch posed no threat.", NM_ENT_ORG,
                      "U.S. Indo-Pacific Command"));
  /* two places a dash joins stay two, a compass word leading a side too */
  NM_CHECK(has_entity("The missile test came ahead of US-South Korea drills.", NM_ENT_GPE,
                      "South Korea"));
  /* and "ahead of" says when: no target */
  NM_CHECK(strstr(cameo_events("North Korea fired a missile ahead of US-South Korea drills.",
                               "2025-03-10", false),
                  "USA") == NULL);
}


/* "an attack that killed 12 civilians": the attack's doer kills (the
 * subject of "carried out"), not the place it happened in; civilians
 * that a pattern of mass killing names ("- * CIVILIAN [202]") are its
 * target, with the place's country (they were passed over for the place) */
NM_TEST(attack_that_killed_and_civilians_killed) {
  NM_CHECK_EQ_STR(cameo_events("Rebels killed 12 civilians on Sunday in Ituri.", "2025-05-01",
                               false),
                  "---REB CODCVL 202");
  NM_CHECK_EQ_STR(cameo_events("ADF rebels carried out an attack that killed 12 civilians in "
                               "Ituri province on Sunday.",
                               "2025-05-01", false),
                  "---REB CODCVL 202");
  const char *ev = cameo_events("ADF rebels carried out an attack in Ituri province that killed "
                                "12 civilians on Sunday.",
                                "2025-05-01", false);
  NM_CHECK(strstr(ev, "---REB ---CVL 202") != NULL);
  NM_CHECK(strstr(ev, "COD ---CVL") == NULL);
}
/* A body's country from the actor that runs it ("The Taliban-run
 * Ministry of Energy and Water", AFG, in a story from Tashkent) and from
 * the place named after it ("the Water Resources Ministry in Tashkent");
 * "Its ambassador in Yerevan" is the country the sentence before has as
 * its subject, not the post's; an official's sentence's places inside
 * what the official says are no evidence of the official's country */
NM_TEST(bodies_run_by_or_in_and_envoys_posted_in) {
  NM_CHECK_EQ_STR(cameo_entity("TASHKENT, Uzbekistan (Wire) - The Taliban-run Ministry of Energy "
                               "and Water rejected the criticism from Uzbekistan.",
                               "2025-05-01", "Ministry of Energy and Water", false),
                  "AFGGOV");
  NM_CHECK_EQ_STR(cameo_entity("DUSHANBE, Tajikistan (Wire) - The governor said he had asked the "
                               "Water Resources Ministry in Tashkent to raise the issue.",
                               "2025-05-01", "Water Resources Ministry", false),
                  "UZBGOV");
  NM_CHECK_EQ_STR(cameo_entity("Iran welcomed the handover. Its ambassador in Yerevan, Mehdi "
                               "Rezvani, said Tehran was ready to expand trade.",
                               "2025-05-01", "Mehdi Rezvani", false),
                  "IRNGOV");
  NM_CHECK_EQ_STR(cameo_entity("KABUL, Afghanistan (Wire) - A suicide bomber struck outside "
                               "Afghanistan's Interior Ministry in Kabul on Monday. Taliban "
                               "officials suggested that the bomber had been trained outside the "
                               "country. Deputy Foreign Minister Mawlawi Shir Agha Zadran said "
                               "that ISKP \"planners and recruiters\" were operating from safe "
                               "havens in Pakistan's Khyber Pakhtunkhwa and Balochistan provinces "
                               "and demanded that Islamabad act against them.",
                               "2025-05-01", "Shir Agha Zadran", false),
                  "AFGGOV");
}

/* Verbs kept off acts their patterns name: a protest an arrest is for
 * ("- * PROTEST [141]", HOLD's, in DETAIN's block), hardships one
 * struggles with ("- * WITH [190:190]"), the channel of a protest */
NM_TEST(protest_jailed_for_hardship_struggled_with_and_channel) {
  NM_CHECK_EQ_STR(cameo_events("ALMATY, Kazakhstan (Wire) - A Kazakh court jailed four activists "
                               "over a protest against the plant.",
                               "2025-05-01", false),
                  "KAZ ---OPP 173");
  NM_CHECK_EQ_STR(cameo_events("Garment exporters, already struggling with higher U.S. tariffs "
                               "and rising wages, warned of losses.",
                               "2025-05-01", false),
                  "");
  NM_CHECK(strstr(cameo_events("Government troops struggled with rebels near Goma on Monday.",
                               "2025-05-01", false),
                  "REB 190") != NULL);
  NM_CHECK_EQ_STR(cameo_events("Ministry spokesman Kenji Morimoto said Japan had lodged a protest "
                               "through its embassy in Beijing.",
                               "2025-05-01", false),
                  "");
}

/* British spellings of the dictionaries' names ("World Health
 * Organisation", "Organisation of American States"); a bloc left in a
 * relative clause ("ECOWAS, which Mali left"); a state's body in its
 * official's words; a place's name before the head of a target of the
 * source's own country ("Montenegro arrests Bar port chief") */
NM_TEST(british_names_blocs_left_and_bodies_in_officials_words) {
  NM_CHECK_EQ_STR(cameo_entity("The World Health Organisation warned of cholera.", "2025-05-01",
                               "World Health Organisation", false),
                  "IGOUNOHLHWHO");
  NM_CHECK_EQ_STR(cameo_entity("The Organisation of American States urged calm.", "2025-05-01",
                               "Organisation of American States", false),
                  "IGOOAS");
  NM_CHECK(strstr(cameo_events("The Economic Community of West African States (ECOWAS), which "
                               "Mali left in January, expressed solidarity with the Malian "
                               "people.",
                               "2025-05-01", false),
                  "MLI IGOWAFWAS 160") != NULL);
  NM_CHECK_EQ_STR(cameo_entity("ABIDJAN, Ivory Coast (Wire) - Ivorian troops detained 14 armed "
                               "men. Burkina Faso's government spokesman, Boukare Zongo, said "
                               "the Foreign Ministry had summoned Ivory Coast's charge "
                               "d'affaires in Ouagadougou.",
                               "2025-05-01", "Foreign Ministry", false),
                  "BFAGOV");
  NM_CHECK_EQ_STR(cameo_events("Montenegro arrests Bar port chief after cocaine haul\n\n"
                               "PODGORICA, Montenegro (Wire) - Police acted.",
                               "2025-05-01", false),
                  "");
}

/* A role's dictionary phrase opened by a place's name in one name ("the
 * Bougainville Revolutionary Army", not Japan's REVOLUTIONARY ARMY); the
 * town talks were resumed in; seizing on a thing; a writer's aside after
 * "said"; who reports a killing with "according to"; a craft one leaves
 * aboard */
NM_TEST(named_armies_talks_towns_asides_and_reporters) {
  NM_CHECK_EQ_STR(cameo_entity("Veterans of the Bougainville Revolutionary Army fought the "
                               "army.",
                               "2025-05-01", "Bougainville Revolutionary Army", false),
                  "PNGREB");
  NM_CHECK_EQ_STR(cameo_events("Ethiopia's government and the Oromo Liberation Army (OLA) "
                               "resumed peace talks in Tanzania's commercial capital on "
                               "Tuesday.",
                               "2025-05-01", false),
                  "ETHGOV ETHREB 046; ETHREB ETHGOV 046");
  NM_CHECK_EQ_STR(cameo_events("In Mogadishu, opposition politicians seized on the attack to "
                               "criticise the government.",
                               "2025-05-01", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Al-Shabaab fighters overran a base on Wednesday, killing 17 "
                               "soldiers, military officials and residents said, in a fresh "
                               "blow to a government offensive.",
                               "2025-05-01", false),
                  "SOMREB ---MIL 190");
  NM_CHECK_EQ_STR(cameo_events("At least 22 people were killed last week, according to the "
                               "United Nations.",
                               "2025-05-01", false),
                  "");
  /* (nor when the parse makes the reporter the passive's agent) */
  NM_CHECK(strstr(cameo_events("At least 22 people were killed in the first week, according to "
                               "the United Nations, before soldiers from the CAPSAT unit, based "
                               "in the capital's Soanierana district, refused orders to fire on "
                               "crowds and joined them.",
                               "2025-05-01", false),
                  "IGOUNO ---PPL") == NULL);
  NM_CHECK_EQ_STR(cameo_events("The former president left the country aboard a French military "
                               "aircraft.",
                               "2025-05-01", false),
                  "");
}

/* A one-word "person" the gazetteer knows as a city, right after a
 * preposition of place or after "and" and a city, is the city */
NM_TEST(city_after_a_preposition_is_no_person) {
  NM_CHECK(has_entity("Downstream, the Irtysh flows through eastern Kazakhstan, past Semey and "
                      "Pavlodar, before entering Russia near Omsk.",
                      NM_ENT_GPE, "Semey"));
  NM_CHECK(has_entity("Downstream, the Irtysh flows through eastern Kazakhstan, past Semey and "
                      "Pavlodar, before entering Russia near Omsk.",
                      NM_ENT_GPE, "Pavlodar"));
  /* (and any after a settlement's noun and "of") */
  NM_CHECK(has_entity("Many have been displaced repeatedly since the AA captured Buthidaung and "
                      "Maungdaw, and rights groups say the townships of Maungdaw and Buthidaung "
                      "are empty.",
                      NM_ENT_GPE, "Buthidaung"));
}

/* Grounds and crafts ("detained al-Shaybani on an ICC warrant as he
 * arrived on a flight from Istanbul"); firing an official; texts a role's
 * words modify ("a revised armed forces law", "Section 144 of the
 * criminal procedure code"), not a country's ("the Chinese security
 * law"); leaving a place in a state; a senator described by the Senate of
 * a story on Chile; Myanmar's armed groups and the Congo River Alliance */
NM_TEST(grounds_crafts_dismissals_texts_and_groups) {
  NM_CHECK_EQ_STR(cameo_events("Italy, which detained al-Shaybani on an ICC warrant as he arrived "
                               "on a flight from Istanbul, has faced criticism.",
                               "2025-05-01", false),
                  "");
  NM_CHECK(strstr(cameo_events("A Libyan coast guard patrol boat opened fire on a charity-run "
                               "migrant rescue ship in international waters off the western town "
                               "of Zuwara.",
                               "2025-05-01", false),
                  "193") != NULL);
  NM_CHECK(strstr(cameo_events("Haiti's transitional council fires police chief after gang "
                               "assault\n\nPORT-AU-PRINCE, Haiti (Wire) - Gangs stormed a prison.",
                               "2025-05-01", false),
                  "HTICOP 190") == NULL);
  NM_CHECK_EQ_STR(cameo_events("A revised armed forces law allowed military officers to serve in "
                               "more civilian posts.",
                               "2025-05-01", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("The EU criticised the Chinese security law.", "2025-05-01", false),
                  "IGOEUREEC CHN 111");
  NM_CHECK_EQ_STR(cameo_events("Argentina cut gas exports on Monday, leaving central Chile "
                               "scrambling for fuel during the coldest week.",
                               "2025-05-01", false),
                  "");
  NM_CHECK_EQ_STR(cameo_entity("SANTIAGO, Chile (Wire) - Chilean senators called for a review. "
                               "Senator Paula Uribe, who chairs the Senate mining and energy "
                               "committee, said she would summon the minister.",
                               "2025-05-01", "Paula Uribe", false),
                  "CHLLEG");
  NM_CHECK_EQ_STR(cameo_entity("The Arakan Army accused the junta.", "2025-05-01", "Arakan Army",
                               false),
                  "MMRREB");
  NM_CHECK_EQ_STR(cameo_entity("The Congo River Alliance said it held Goma.", "2025-05-01",
                               "Congo River Alliance", false),
                  "CODREB");
  /* (whom one holds talks with is not of the talker's country; the
   * building a signing is at is no party) */
  NM_CHECK_EQ_STR(cameo_entity("TOKYO, Japan (Wire) - Japan and Mongolia signed an agreement on "
                               "Wednesday, as Mongolian President Davaasuren Altangerel held "
                               "talks with Prime Minister Hiroshi Kanemoto.",
                               "2025-10-15", "Hiroshi Kanemoto", false),
                  "JPNGOV");
  /* (what one describes is named, no target) */
  NM_CHECK_EQ_STR(cameo_events("Moldova expelled two diplomats over what officials describe as a "
                               "network of drone spotters near the border.",
                               "2025-05-01", false),
                  "MDA ---GOV 161");
  /* (an area is no actor, as the conjunct a parse made a subject) */
  NM_CHECK(strstr(cameo_events("DHAKA, Bangladesh (Wire) - Thousands of workers from factories in "
                               "Gazipur and the Ashulia area of Savar blocked the Dhaka highway "
                               "on Sunday.",
                               "2025-09-02", false),
                  "BGD BGD") == NULL);
  NM_CHECK(strstr(cameo_events("Cameroon's government and a coalition of separatist groups signed "
                               "a ceasefire on Wednesday at the African Union's headquarters in "
                               "Addis Ababa.",
                               "2025-05-01", false),
                  "IGOAFRAFU") == NULL);
}

/* "the decision … had been taken by a technical body": a light verb's
 * passive is no seizure; "a deputy mayor of the frontline city of
 * Zaporizhzhia": the settlement's of-phrase gives the office's country */
NM_TEST(taken_decisions_and_offices_of_a_settlement) {
  NM_CHECK(strstr(cameo_events("Brazil granted refuge to Venezuelan opposition mayor Omar Figuera. "
                               "A Brazilian foreign ministry official, speaking on condition of "
                               "anonymity because he was not authorised to comment publicly, said "
                               "that the decision on Figuera had been taken by a technical body "
                               "\"according to Brazilian law and international conventions\" and "
                               "that it did not represent a change in policy towards Venezuela.",
                               "2025-12-10", false),
                  "171") == NULL);
  /* ... nor a step a relative clause says was taken */
  NM_CHECK_EQ_STR(cameo_events("Both Chinese buyers were added in June to Taiwan's list of "
                               "entities barred from receiving strategic high-tech commodities "
                               "without a government licence, a step Taipei took to align its "
                               "controls with those of the United States, Japan and the "
                               "Netherlands.",
                               "2025-11-19", false),
                  "");
  /* ... nor is taking people in */
  NM_CHECK(strstr(cameo_events("The Chin and the Mizo peoples share ethnic, linguistic and "
                               "religious ties, and Mizoram has taken in more than 30,000 people "
                               "from Myanmar since the coup, despite pressure from India's federal "
                               "government to limit the flow.",
                               "2026-03-18", false),
                  "171") == NULL);
  /* ... nor is time taken, nor a count of seats won */
  NM_CHECK_EQ_STR(cameo_events("The Netherlands took 223 days to form a government in 2023-24, and "
                               "a record 299 days after the 2021 election.",
                               "2026-01-20", false),
                  "");
  NM_CHECK(strstr(cameo_events("SEVILLE, Spain (Wire) - Spain's conservative People's Party (PP) "
                               "won Sunday's regional election in Andalusia but lost the absolute "
                               "majority it had held since 2022. With all ballots counted, the PP "
                               "took 51 of the 109 seats in the regional parliament, down from 58 "
                               "and four short of a majority.",
                               "2026-06-15", false),
                  "171") == NULL);
  NM_CHECK_EQ_STR(cameo_events("Police detained a deputy mayor of the frontline city of "
                               "Zaporizhzhia on Wednesday.",
                               "2026-04-22", false),
                  "UKRCOP UKRGOV 173");
  /* "National Assembly President X" in a story datelined at home: the
   * article's country, not the talks' host the sentence before names */
  NM_CHECK_EQ_STR(cameo_entity("CARACAS, Venezuela (Wire) - Venezuela freed 47 detainees. Norway's "
                               "foreign ministry confirmed that it had facilitated contacts. "
                               "National Assembly President Ernesto Villamizar, who led the "
                               "government's delegation, said the talks had been aimed at peace.",
                               "2025-09-25", "Ernesto Villamizar", false),
                  "VENGOV");
  NM_CHECK_EQ_STR(cameo_events("Police detained the governor of the Kherson region on Wednesday.",
                               "2026-04-22", false),
                  "UKRCOP UKRGOV 173");
}

/* "in a case rights groups called the latest attempt …" names the case,
 * no telephone call; "under which defaming, insulting or threatening the
 * king … is punishable": gerunds a law's clause is about are no acts */
NM_TEST(namings_and_acts_a_law_punishes) {
  NM_CHECK(strstr(cameo_events("A court sentenced seven members of the opposition, in a case "
                               "rights groups called the latest attempt by the government to "
                               "silence its critics.",
                               "2025-08-08", false),
                  "041") == NULL);
  NM_CHECK(strstr(cameo_events("Criminal gangs operate in Bangkok. Section 112 of the Criminal "
                               "Code, under which defaming, insulting or threatening the king, the "
                               "queen, the heir apparent or the regent is punishable by three to "
                               "15 years in prison on each count, is among the harshest laws of "
                               "its kind in the world.",
                               "2025-11-20", false),
                  "130") == NULL);
}

/* "Mogadishu's Aden Adde International Airport" is Somalia's (Aden
 * opens a name given after a person; Kabul's airport stays Kabul's);
 * "Egypt hosts more than 1.2 million Sudanese" is no visit */
NM_TEST(airports_named_after_people_and_hosts_of_refugees) {
  NM_CHECK_EQ_STR(cameo_events("The first battalion of Egyptian troops arrived at Mogadishu's Aden "
                               "Adde International Airport on Monday.",
                               "2026-06-22", false),
                  "EGYMIL SOM 072");
  NM_CHECK_EQ_STR(cameo_events("The first battalion of Egyptian troops arrived at Kabul "
                               "International Airport on Monday.",
                               "2026-06-22", false),
                  "EGYMIL AFG 072");
  NM_CHECK(!cameo_has_entity("The first battalion of Egyptian troops arrived at Mogadishu's Aden "
                             "Adde International Airport on Monday.",
                             "2026-06-22", "Aden"));
  NM_CHECK(strstr(cameo_events("The court ruled that Austria broke EU law by suspending family "
                               "reunification.",
                               "2026-05-07", false),
                  "190") == NULL);
  /* paying off is succeeding; a region's waters are no body of it */
  NM_CHECK(strstr(cameo_events("Marco Tulio Paredes, director of the Galapagos National Park, said "
                               "the seizure showed that a surveillance network financed partly by "
                               "the United States, Britain and Canada was beginning to pay off.",
                               "2025-08-14", false),
                  "061") == NULL);
  NM_CHECK(strstr(cameo_events("Colombia's Foreign Ministry said it had sent a protest to "
                               "Nicaragua after its navy detained 17 Colombian fishermen and "
                               "seized two boats in Caribbean waters the two countries have "
                               "contested.",
                               "2025-10-07", false),
                  "IGOCRB") == NULL);
  /* "Senate Speaker X" in a story from Nairobi is Kenya's */
  NM_CHECK_EQ_STR(cameo_entity("NAIROBI, Kenya (Wire) - Kenya's Senate voted on Tuesday to remove "
                               "the governor. Senate Speaker Halima Dado urged both sides to "
                               "respect the outcome.",
                               "2026-04-22", "Halima Dado", false),
                  "KENGOVLEG");
  /* a breakout is no force; peacekeepers each country deploys are sent
   * by each, not to the others */
  NM_CHECK(strstr(cameo_events("Australia was sending a team of federal police officers to "
                               "Vanuatu on Friday at the request of the Pacific nation's "
                               "government, a day after 41 prisoners, including several men "
                               "convicted of murder and sexual offences, broke out of the main "
                               "correctional centre in the capital, Port Vila.",
                               "2026-06-12", false),
                  "190") == NULL);
  NM_CHECK(strstr(cameo_events("The United States, the European Union and several European "
                               "governments backed the court's creation.",
                               "2025-07-23", false),
                  "USA IGOEUREEC") == NULL);
  NM_CHECK(strstr(cameo_events("Ghana sends more troops to Bawku after gunmen kill nine at market",
                               "2025-06-24", false),
                  "GHA GHA") == NULL);
  NM_CHECK(strstr(cameo_events("The riots prompted Australia, Papua New Guinea, Fiji and New "
                               "Zealand to deploy peacekeepers at the government's request.",
                               "2026-01-27", false),
                  "FJI NZL") == NULL);
  /* a body of criminal investigation is no criminal's; the planes people
   * are expelled on are no target */
  NM_CHECK(strstr(cameo_events("The National Criminal Investigation Service (SERNIC) said on "
                               "Tuesday that its agents had arrested a police sergeant attached "
                               "to a station in Maputo.",
                               "2025-09-23", false),
                  "CRM") == NULL);
  NM_CHECK(strstr(cameo_events("Chile expelled 138 foreigners on two air force planes on "
                               "Wednesday, the largest single deportation operation since the new "
                               "government took office in March.",
                               "2026-05-27", false),
                  "---MIL") == NULL);
  NM_CHECK(strstr(cameo_events("Houthi rebels fired on a Greek-owned vessel in the Red Sea.",
                               "2026-05-27", false),
                  "YEMREB GRC 190") != NULL);
  /* "the company" is no union of states, nor is "its chief executive"
   * that union's officer */
  {
    static const char text[] = "Finnish customs arrested three men. The European Union banned such "
                               "exports in 2022. Its chief executive, Petri Lindqvist, said that "
                               "the company had relied on end-user certificates and was "
                               "cooperating fully with the authorities.";
    NM_CHECK(strstr(mentions_of(text, "European Union"), "the company") == NULL);
    NM_CHECK(strcmp(cameo_entity(text, "2025-06-12", "Petri Lindqvist", false), "IGOEUREEC") != 0);
  }
  /* "charges that Poland and the European Union called politically
   * motivated": a naming, and "charges" no verb */
  NM_CHECK_EQ_STR(cameo_events("Kalinowski was convicted of inciting hatred and calling for "
                               "sanctions against Belarus, charges that Poland and the European "
                               "Union called politically motivated.",
                               "2026-06-16", false),
                  "");
  /* describing remarks as support names them; "democratically governed
   * Taiwan" describes the island; warships that pass a strait pass no
   * law */
  NM_CHECK(strstr(cameo_events("The Office of the Commissioner of China's foreign ministry in Hong "
                               "Kong also urged Britain and the EU to stop meddling, describing "
                               "their remarks as open support for anti-China forces.",
                               "2025-06-17", false),
                  "032") == NULL);
  NM_CHECK(strstr(cameo_events("China, which claims democratically governed Taiwan as its own "
                               "territory, has stepped up military pressure on the island.",
                               "2026-01-22", false),
                  "060") == NULL);
  NM_CHECK_EQ_STR(cameo_events("The choice of route, skirting the strait through which U.S. and "
                               "Japanese warships pass between the Sea of Japan and the Pacific, "
                               "was significant.",
                               "2025-11-20", false),
                  "");
  /* "controlled access to the jungle trails": a to-phrase of the object
   * is no visit */
  NM_CHECK_EQ_STR(cameo_events("Colombian prosecutors are separately investigating smuggling "
                               "networks linked to the Clan del Golfo, an armed group that "
                               "controlled access to the jungle trails on the Colombian side.",
                               "2025-12-03", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("The president travelled to Kenya on Monday.", "2025-12-03", false),
                  "---GOV KEN 040");
  /* a party's own place the agreement names leaves the parties to each
   * other */
  NM_CHECK(strstr(cameo_events("IAEA brokers local ceasefire to repair power line at Zaporizhzhia "
                               "nuclear plant\n\nVIENNA, Austria (Wire) - Russian and Ukrainian "
                               "forces have agreed to a local ceasefire around the Zaporizhzhia "
                               "nuclear power plant to allow engineers to repair its last "
                               "remaining high-voltage power line, the International Atomic "
                               "Energy Agency (IAEA) said on Friday.",
                               "2026-05-08", false),
                  "RUSMIL UKR 0356") == NULL);
  /* a country's own place its intent is about is no target of it */
  NM_CHECK(strstr(cameo_events("Turkey and Armenia agree to open Margara crossing to foreigners "
                               "from April, first step in 33 years\n\nMARGARA, Armenia (Wire) - "
                               "Turkey and Armenia agreed on Wednesday to open their shared land "
                               "border at the Margara-Alican crossing to citizens of third "
                               "countries and holders of diplomatic passports from April 15, the "
                               "first time the frontier will be regularly used by travellers "
                               "since Ankara closed it in 1993.",
                               "2026-03-18", false),
                  "ARM ARM") == NULL);
  /* a country's own city where it acts is no target of its act */
  NM_CHECK_EQ_STR(cameo_events("He appealed to donors to attend a support conference that France "
                               "has offered to host in Paris.",
                               "2026-01-09", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Ecuador imposes curfew in Esmeraldas as troops clear gang "
                               "blockades",
                               "2025-10-08", false),
                  "ECU ECU 1723");
  NM_CHECK(strstr(cameo_events("Costa Rica sends 800 police to Lim\xc3\xb3n after weekend killings",
                               "2026-05-12", false),
                  "CRI CRI") == NULL);
  /* a country that surrounds another is geography; pressing ahead is
   * going on */
  NM_CHECK_EQ_STR(cameo_events("The case has also drawn concern in neighbouring South Africa, "
                               "which surrounds Eswatini on three sides.",
                               "2025-10-29", false),
                  "");
  NM_CHECK(strstr(cameo_events("Tens of thousands of Afghans crossed back from Iran this week, as "
                               "Tehran pressed ahead with a campaign to expel undocumented "
                               "migrants.",
                               "2025-07-09", false),
                  "170") == NULL);
  NM_CHECK_EQ_STR(cameo_events("Russian troops surrounded Avdiivka.", "2025-07-09", false),
                  "RUSMIL UKR 190");
  /* a party dominates a chamber by its seats */
  NM_CHECK_EQ_STR(cameo_events("The amendment will now go to the Senate, which is dominated by the "
                               "ruling Patriotic Salvation Movement (MPS), and then to a joint "
                               "session of both houses of parliament.",
                               "2025-10-08", false),
                  "");
  /* a disease kills, no actor */
  NM_CHECK(strstr(cameo_events("Tanzania confirms Marburg outbreak in Kagera as Uganda steps up "
                               "checks at Mutukula border\n\nBUKOBA, Tanzania (Wire) - Tanzania "
                               "confirmed on Monday that an outbreak of Marburg virus disease had "
                               "killed at least six people in the northwestern Kagera region.",
                               "2025-07-07", false),
                  "190") == NULL);
  /* a country named only in what prosecutors cite is not theirs */
  NM_CHECK(strstr(cameo_events("DIYARBAKIR, Turkey (Wire) - A Turkish court freed a journalist. "
                               "Prosecutors cited her reporting on military operations in "
                               "northern Iraq.",
                               "2025-09-23", false),
                  "IRQJUD") == NULL);
  /* an acronym whose name here is another's than the dictionary's */
  NM_CHECK(strcmp(cameo_entity("NAIROBI, Kenya (Wire) - Nyaberi was elected on a ticket of the "
                               "ruling United Democratic Alliance (UDA). The UDA said it would "
                               "appeal.",
                               "2026-04-22", "United Democratic Alliance", false),
                  "GBRREB") != 0);
  NM_CHECK_EQ_STR(cameo_entity("The United Nations (UN) said it would appeal.", "2026-04-22",
                               "United Nations", false),
                  "IGOUNO");
  NM_CHECK_EQ_STR(cameo_events("Egypt hosts more than 1.2 million Sudanese who fled the war.",
                               "2026-04-14", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("Chad hosts thousands of Sudanese refugees.", "2026-04-14", false),
                  "");
  NM_CHECK(strstr(cameo_events("Qatar hosted two Hamas leaders in Doha.", "2026-04-14", false),
                  "043") != NULL);
}

/* "In Thailand, Chaiwat Limsakul, secretary-general of the Office …": a
 * job right after the comma (no article) makes the name a person's */
NM_TEST(job_after_a_comma_without_an_article) {
  /* (a name whose last word is a feature of the sea is a place) */
  NM_CHECK(!has_person("A vessel bringing fuel to fishermen near Sandy Cay, a cluster of sandbars, "
                       "was blocked. Nobody wants to go out to Sandy Cay anymore.",
                       "Sandy Cay"));
  /* (and one a compass point's "of" places: "east of Khan Younis") */
  NM_CHECK(!has_person("The remains were recovered from a site east of Khan Younis. They were "
                       "found near Khan Younis.",
                       "Khan Younis"));
  /* (a name between two places in a list is a place) */
  NM_CHECK(has_entity("Unions in Santa Fe, Entre R\xc3\xad" "os and Chubut have staged strikes.",
                      NM_ENT_GPE, "Entre R\xc3\xad" "os"));
  /* (and an organisation's bracketed acronym the gazetteer took for a
   * place, Niš: the organisation's, wherever the article names it) */
  NM_CHECK(!has_entity("Investigators from the coast guard and the National Intelligence Service "
                       "(NIS) examine the ship's logs. The NIS said it found nothing.",
                       NM_ENT_GPE, "NIS"));
  NM_CHECK(has_person("In Thailand, Chaiwat Limsakul, secretary-general of the Office of the "
                      "Narcotics Control Board (ONCB), said additional river units would be sent.",
                      "Chaiwat Limsakul"));
}

/* The country of the place whose name is name in text (a static
 * buffer; "" when there is none). */
static const char *place_country_of(const char *text, const char *name) {
  static char out[8];
  out[0] = '\0';
  nm_doc *d = cameo_doc(text, "2025-09-25");
  size_t n = 0;
  const nm_place *pl = d ? nm_doc_places(d, &n) : NULL;
  for (size_t i = 0; i < n; i++)
    if (!strcmp(pl[i].name, name))
      snprintf(out, sizeof out, "%s", pl[i].country);
  nm_doc_free(d);
  return out;
}

/* "in Beni department": the division's kind after the name says the
 * division (Bolivia's), for the bare "Beni" later too (not the city of
 * Beni in Congo); "Geneva" is Genève, over Geneva, Illinois, in a story
 * that names Washington */
NM_TEST(places_named_with_a_division_s_kind_and_exonyms) {
  NM_CHECK_EQ_STR(place_country_of("The minister crossed from the town of Guayaramerin, in Beni "
                                   "department, for the ceremony. Both planes had taken off from "
                                   "airstrips in Beni.",
                                   "Beni Department"),
                  "BOL");
  /* a city's name that is another country's alternate spelling (Níjar,
   * "Nijar" for Niger); Vanuatu's Tanna over Thane's old name */
  NM_CHECK_EQ_STR(place_country_of("Vox finished first in several farming towns including El "
                                   "Ejido and N\xc3\xad"
                                   "jar, in the province of Almer\xc3\xad"
                                   "a.",
                                   "N\xc3\xad" "jar"),
                  "ESP");
  NM_CHECK_EQ_STR(place_country_of("PORT VILA, Vanuatu (Wire) - Cyclone Hala flattened villages on "
                                   "the island of Tanna on Sunday. Aid reached the southern "
                                   "province, where Tanna lies, by boat.",
                                   "Tanna"),
                  "VUT");
  /* (the kind outside the name: "Sagaing" is the region, not its town) */
  nm_doc *d = cameo_doc("BANGKOK (Wire) - A Myanmar military air strike on a village in the "
                        "country's northwestern Sagaing region killed at least 27 civilians on "
                        "Monday.",
                        "2026-01-01");
  size_t n = 0;
  const nm_place *pl = d ? nm_doc_places(d, &n) : NULL;
  bool region = false;
  for (size_t i = 0; i < n; i++)
    region |= !strcmp(pl[i].name, "Sagaing Region");
  NM_CHECK(region);
  nm_doc_free(d);
  NM_CHECK_EQ_STR(place_country_of("CARACAS, Venezuela (Wire) - Venezuela freed 47 detainees on "
                                   "Thursday. A UN mission told the Human Rights Council in Geneva "
                                   "that arrests went on. The State Department in Washington "
                                   "welcomed the releases.",
                                   "Gen\xc3\xa8ve"),
                  "CHE");
}

/* Fifty-eighth session. "the national Ombudsman's Office" is one body,
 * not the person "Ombudsman" and the person "Office"; a spokesman for a
 * union speaks for labour (Phoenix's bare spokesperson is MED); a
 * bracketed acronym in another language is the name's ("the Supreme
 * Electoral Tribunal (TSE)"); "union bosses" are labour's; "called a
 * strike against a government" is a strike, no telephone call (041, both
 * ways); El Alto is Bolivia's, not a town of Peru */
NM_TEST(offices_unions_and_foreign_acronyms) {
  static const char text[] =
      "LIMA, Peru (Wire) - Eighteen people were killed in January 2023, according to the "
      "national Ombudsman's Office. Marcelo Choque, a spokesman for a transport union in the "
      "Bolivian city of El Alto, said drivers had no water. The court ordered the Supreme "
      "Electoral Tribunal (TSE) to remove his name. The TSE said ballots would not be reprinted. "
      "\"The union bosses have called a strike against a government that has cut inflation,\" the "
      "spokesman said.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-06-11", "Ombudsman's Office", false), "PERGOV");
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-06-11", "Marcelo Choque", false), "BOLLAB");
  NM_CHECK(strstr(cameo_mentions_of(text, "2025-06-11", "Supreme Electoral Tribunal"), "TSE") !=
           NULL);
  NM_CHECK_EQ_STR(cameo_events(text, "2025-06-11", false), "---LAB ---GOV 143");
  NM_CHECK_EQ_STR(place_country_of(text, "El Alto"), "BOL");
}

/* "the EU's Council in Brussels … members of the National Electoral
 * Council (CNE), judges of the Supreme Tribunal of Justice and commanders
 * of the Bolivarian National Guard": the EU's council is not the
 * electoral one, and the seat of the EU's body makes none of them
 * Belgian; a between-phrase of a place in the oblique ("on the highway
 * between Guayaquil and Machala") makes no mutual attack; targeting
 * companies is no use of force */
NM_TEST(bodies_beside_an_international_body_s_seat) {
  static const char text[] =
      "CARACAS, Venezuela (Wire) - The sanctions announced on Monday by the EU's Council in "
      "Brussels include asset freezes on members of the National Electoral Council (CNE), judges "
      "of the Supreme Tribunal of Justice and commanders of the Bolivarian National Guard. Gunmen "
      "attacked a police checkpoint on the highway between Guayaquil and Machala on Tuesday. The "
      "government would also target the companies that buy illegal gold.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-06-11", "National Electoral Council", false),
                  "VENGOV");
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-06-11", "Supreme Tribunal of Justice", false),
                  "VENJUD");
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-06-11", "Bolivarian National Guard", false), "VENMIL");
  NM_CHECK_EQ_STR(cameo_events(text, "2025-06-11", false), "---UAF ---COP 190");
}

/* "a gang that the government classifies as … and that U.S. authorities
 * sanctioned": the second "that", read as a subordinator, is the
 * clause's object again, so the gang is the target (not "its ties to
 * Mexico's …"); a court that orders settlers off land occupies nothing
 * (ORDER shares CONTROL's "* LAND" [192]) */
NM_TEST(second_relative_clause_and_orders) {
  NM_CHECK_EQ_STR(cameo_events("QUITO (Wire) - The cocaine belonged to Los Lobos, a gang that "
                               "Ecuador's government classifies as a terrorist organization and "
                               "that U.S. authorities sanctioned in 2024 for its ties to Mexico's "
                               "Jalisco New Generation Cartel.",
                               "2025-06-11", false),
                  "USAGOV ---CRM 163");
  NM_CHECK_EQ_STR(cameo_events("Court orders removal of settlers from Palestinian land\n\n"
                               "JERUSALEM (Wire) - Israel's Supreme Court ruled on Monday.",
                               "2025-06-11", false),
                  "");
}

/* "the U.S. Treasury Department's Office of Foreign Assets Control
 * (OFAC) … a key facilitator for the group": a state's office is no
 * "group", whatever word ends its name; Hadramawt is Yemen's governorate
 * (GeoNames: "Muhafazat Hadramaout") */
NM_TEST(group_is_no_state_office) {
  static const char text[] =
      "DUBAI (Wire) - The UAE arrested 11 people accused of laundering money for Yemen's Houthis. "
      "The arrests came hours after the U.S. Treasury Department's Office of Foreign Assets "
      "Control (OFAC) imposed sanctions on a Yemeni businessman whom Washington described as a "
      "key facilitator for the group. Fighting resumed in Hadramawt.";
  NM_CHECK(strstr(cameo_mentions_of(text, "2025-06-11", "Office of Foreign Assets Control"),
                  "the group") == NULL);
  NM_CHECK_EQ_STR(place_country_of(text, "Muhafazat Hadramaout"), "YEM");
}

/* "Insurgents overran the town of Palma" in a story from Pemba: the
 * Mozambican LNG town, which the shared files lack (Palma de Mallorca
 * elsewhere); "Port Sudan hosts government ministries and foreign
 * embassies" hosts no visit */
NM_TEST(palma_of_cabo_delgado_and_hosted_bodies) {
  static const char text[] = "PEMBA, Mozambique (Wire) - Insurgents overran the town of Palma on "
                             "Sunday. Port Sudan hosts government ministries and foreign "
                             "embassies.";
  NM_CHECK_EQ_STR(place_country_of(text, "Palma"), "MOZ");
  NM_CHECK_EQ_STR(place_country_of("MADRID (Wire) - Thousands marched in Palma on Sunday against "
                                   "mass tourism.",
                                   "Palma"),
                  "ESP");
  NM_CHECK_EQ_STR(cameo_events(text, "2026-04-08", false), "---REB MOZ 192");
}

/* "fought Iran-aligned Houthi rebels": "Iran" glued to its participle is
 * no second object (the target was Iran); fighting duties is no force */
NM_TEST(aligned_name_and_fighting_duties) {
  NM_CHECK_EQ_STR(cameo_events("RIYADH (Wire) - A Saudi-led coalition fought Iran-aligned Houthi "
                               "rebels for years.",
                               "2026-04-08", false),
                  "SAU YEMREB 190");
  NM_CHECK_EQ_STR(cameo_events("OTTAWA (Wire) - Canada vows to fight steep new U.S. lumber "
                               "duties.",
                               "2025-10-15", false),
                  "");
}

/* "protested the imposition of French in courts": a language is no
 * nation, and France no target */
NM_TEST(language_is_no_nation) {
  const char *ev = cameo_events("YAOUNDE, Cameroon (Wire) - In 2016, lawyers and teachers "
                                "protested the imposition of French in courts and schools.",
                                "2025-09-02", false);
  NM_CHECK(strstr(ev, "FRA") == NULL);
  NM_CHECK(strstr(ev, "140") != NULL);
  /* (a place's name starts after "nearby": "the nearby Catatumbo region") */
  NM_CHECK(cameo_has_entity("CUCUTA, Colombia (Wire) - Fighting between the ELN and FARC "
                            "dissidents in the nearby Catatumbo region killed dozens of people.",
                            "2025-03-18", "Catatumbo"));
  /* (nor is a language in a compound after "of": "of English-speaking
   * separatist groups") */
  NM_CHECK(!cameo_has_entity("YAOUNDE, Cameroon (Wire) - A coalition of English-speaking "
                             "separatist groups signed a ceasefire.",
                             "2025-09-02", "English"));
  /* (the French as a people stay France's) */
  NM_CHECK(strstr(cameo_events("DAKAR (Wire) - Protesters accused the French of meddling in "
                               "Senegal's election.",
                               "2025-09-02", false),
                  "FRA") != NULL);
}

/* "summoned Belarus' charge d'affaires": a bare apostrophe after a name
 * in s is its possessive (the envoy was Poland's); "Orban accuses
 * Brussels" in a story on the EU is the Union */
NM_TEST(bare_apostrophe_owner_and_brussels) {
  NM_CHECK_EQ_STR(cameo_events("WARSAW, Poland (Wire) - Foreign Minister Radoslaw Sikorski "
                               "summoned Belarus' charge d'affaires on Monday.",
                               "2025-05-13", false),
                  "POLGOV BLRGOV 040");
  NM_CHECK_EQ_STR(cameo_events("BUDAPEST, Hungary (Wire) - Prime Minister Viktor Orban accused "
                               "Brussels of blackmail on Tuesday after the European Union froze "
                               "more funds.",
                               "2026-02-25", false),
                  "HUNGOV IGOEUREEC 112");
}

/* "South Korean President Lee Jae-myung convened an emergency meeting of
 * the National Security Council" in a story on North Korea's launch: a
 * body many states have, in the object of a state's official, is that
 * state's (was PRKGOV, the article's country) */
NM_TEST(generic_body_of_the_subject_s_state) {
  static const char text[] =
      "SEOUL (Wire) - North Korea fired a ballistic missile into the sea on Tuesday. North Korea "
      "said the launch tested a new engine. South Korean President Lee Jae-myung convened an "
      "emergency meeting of the National Security Council.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-09-23", "National Security Council", false), "KORGOV");
}

/* "In Seoul, the presidential office convened an emergency meeting of the
 * National Security Council": a body many states have, and an official
 * named next, are of the state the sentence opens in (were PRKGOV, the
 * article's country) */
NM_TEST(body_and_title_of_the_state_a_sentence_opens_in) {
  static const char text[] =
      "SEOUL (Wire) - North Korea fired two missiles toward Japan on Monday. North Korea said it "
      "had tested a new engine, and North Korean state media called the test a success. In "
      "Seoul, the presidential office convened an emergency meeting of the National Security "
      "Council. National Security Adviser Park Min-jun, who chaired the meeting, told reporters "
      "the launch violated United Nations resolutions.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-05-06", "National Security Council", false), "KORGOV");
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-05-06", "Park Min-jun", false), "KORGOVMIL");
  /* (the meeting a state's office convenes of its own body is no event) */
  NM_CHECK(strstr(cameo_events(text, "2025-05-06", false), "046") == NULL);
}

/* "China's military launched sweeping air and naval exercises around
 * Taiwan": drills held around another's land by one party are a show of
 * force at the land (150), not military cooperation (the dictionary's
 * "&MILITARY * EXERCISES [062:062]"); joint drills with a partner stay
 * cooperation */
NM_TEST(drills_around_a_land_show_force) {
  NM_CHECK_EQ_STR(cameo_events("BEIJING (Wire) - China's military launched sweeping air and "
                               "naval exercises around Taiwan on Tuesday.",
                               "2025-10-14", false),
                  "CHNMIL TWN 150");
  NM_CHECK(strstr(cameo_events("MANILA (Wire) - Philippine troops held joint exercises with "
                               "Japanese forces on Tuesday.",
                               "2025-10-14", false),
                  "150") == NULL);
}

/* "in the face of China's growing navy", "in the wake of China's
 * drills": the circumstances of an act, no target of it (were CHNMIL
 * 071, CHN 062) */
NM_TEST(circumstances_are_no_targets) {
  NM_CHECK(strstr(cameo_events("TOKYO (Wire) - Japan increased its defence budget in the face "
                               "of China's growing navy.",
                               "2026-05-22", false),
                  "CHN") == NULL);
  NM_CHECK(strstr(cameo_events("TOKYO (Wire) - Japan deployed more troops in the wake of "
                               "China's drills.",
                               "2026-05-22", false),
                  "CHN") == NULL);
}

/* Southern Africa's parties by their full names (team actors): "the
 * Front for the Liberation of Mozambique" was MOZREB by the agent words,
 * the Economic Freedom Fighters ZAFREB, UNITA ANGREB (no CAMEO country) */
NM_TEST(southern_african_parties) {
  NM_CHECK_EQ_STR(cameo_events("MAPUTO, Mozambique (Wire) - Opposition politicians accused the "
                               "governing Front for the Liberation of Mozambique of neglecting "
                               "the north.",
                               "2025-03-18", false),
                  "MOZOPP MOZPTY 112");
  NM_CHECK_EQ_STR(cameo_entity("JOHANNESBURG (Wire) - The Economic Freedom Fighters (EFF) said on "
                               "Monday that the budget was unfair.",
                               "2025-03-18", "Economic Freedom Fighters", false),
                  "ZAFOPP");
  /* (and a dictionary name glued by a hyphen is one name: "ZANU-PF" was
   * lost, the model labelling none of it) */
  NM_CHECK_EQ_STR(cameo_entity("HARARE, Zimbabwe (Wire) - The ruling ZANU-PF party has fielded a "
                               "former deputy mayor.",
                               "2025-05-01", "ZANU-PF", false),
                  "ZWEPTY");
  NM_CHECK_EQ_STR(cameo_entity("LUANDA, Angola (Wire) - UNITA said the vote was rigged.",
                               "2025-03-18", "UNITA", false),
                  "AGOOPP");
}

/* "seized more than six tonnes of cocaine": a haul seized is taken from
 * no one (was 173 ECUCOP -> ECU) */
NM_TEST(seized_hauls_are_no_acts) {
  NM_CHECK(strstr(cameo_events("GUAYAQUIL, Ecuador (Wire) - Ecuadorean police and navy units "
                               "seized more than six tonnes of cocaine concealed among boxes of "
                               "bananas at the port of Guayaquil, officials said on Tuesday.",
                               "2025-03-18", false),
                  "17") == NULL);
}

/* "Oman, which mediated earlier rounds of contact between Iran and the
 * United States": mediation (045), not COMPROMISE's 080; "ended a day of
 * talks … with an agreement to meet again" breaks nothing off (was
 * END's "- * TALKS [160]") */
NM_TEST(mediation_and_concluded_talks) {
  NM_CHECK_EQ_STR(cameo_events("MUSCAT (Wire) - Oman mediated earlier rounds of indirect contact "
                               "between Iran and the United States.",
                               "2026-02-11", false),
                  "OMN IRN 045");
  NM_CHECK(strstr(cameo_events("MUSCAT (Wire) - Iranian and French negotiators ended a day of "
                               "talks in Muscat on Wednesday with an agreement to meet again.",
                               "2026-02-11", false),
                  "160") == NULL);
  /* (talks broken off stay a cut: "Iran ended talks with France") */
  NM_CHECK(strstr(cameo_events("TEHRAN (Wire) - Iran ended talks with France on Wednesday.",
                               "2026-02-11", false),
                  "160") != NULL);
}

/* "the suspension in Soweto would take effect at midnight and applied
 * to all parties": a rule that applies pertains, it appeals to no one
 * (was 020 ZAF -> ZAFLEG) */
NM_TEST(rules_that_apply_ask_nothing) {
  NM_CHECK(strstr(cameo_events("JOHANNESBURG, South Africa (Wire) - The commission said the "
                               "suspension in Soweto would take effect at midnight and applied to "
                               "all parties, including the African National Congress.",
                               "2026-07-22", false),
                  "020") == NULL);
}

/* "state news agency SANA" is Syria's agency (was Yemen's capital,
 * YEMGOVMED), its role not repeated */
NM_TEST(state_news_agency_sana) {
  NM_CHECK_EQ_STR(cameo_events("DAMASCUS (Wire) - The defence ministry told state news agency "
                               "SANA that the army had repelled the attack.",
                               "2025-12-30", false),
                  "SYRGOV SYRMED 010");
}

/* "met in the Mauritian capital on Thursday, with disputes over the
 * Chagos Archipelago … overshadowing the agenda": a pattern's phrase
 * "(IN &DISPUTE)" takes its words from the in-phrase's own noun phrase,
 * not from a later phrase (was ENGAGE's 190 both ways) */
NM_TEST(phrase_words_in_their_own_phrase) {
  NM_CHECK(strstr(cameo_events("PORT LOUIS, Mauritius (Wire) - Foreign ministers of the Indian "
                               "Ocean Commission met in the Mauritian capital on Thursday, with "
                               "disputes over the Chagos Archipelago and migration to the French "
                               "island of Mayotte overshadowing the agenda.",
                               "2026-05-14", false),
                  "190") == NULL);
  /* (a conjunct of the phrase's noun is the phrase's: "with armed
   * uprising and terrorism" keeps "(WITH TERRORISM) [1124]") */
  NM_CHECK(strstr(cameo_events("LA PAZ (Wire) - Prosecutors charged General Arancibia with armed "
                               "uprising and terrorism on Thursday.",
                               "2024-06-27", false),
                  "1124") != NULL);
}

/* "Ramón Iturbe, the secretary of state for health": a secretary of
 * state for a portfolio is the story's government's minister, not the
 * US Secretary of State (was USAGOV by the dictionary's entry and the
 * title) */
NM_TEST(secretary_of_state_for_a_portfolio) {
  static const char text[] =
      "MADRID (Wire) - Spanish doctors went on strike on Monday. Ram\xc3\xb3n Iturbe, the secretary "
      "of state for health, told reporters the law would stand. The secretary of state for "
      "health also met union leaders.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2026-02-17", "Ram\xc3\xb3n Iturbe", false), "ESPGOV");
  NM_CHECK(strstr(cameo_events(text, "2026-02-17", false), "USA") == NULL);
}

/* "government troops backed by Ugandan forces have clashed": a backer
 * in a participle's by-phrase is no owner of the troops (was UGAMIL; "a
 * special envoy sent by U.S. President Donald Trump" stays the
 * sender's) */
NM_TEST(backed_troops_are_their_own) {
  NM_CHECK_EQ_STR(cameo_events("JUBA, South Sudan (Wire) - South Sudan rejected the report. In "
                               "Upper Nile state, government troops backed by Ugandan forces have "
                               "clashed with SPLM-IO units.",
                               "2026-03-17", false),
                  "SSDMIL SSDOPP 190");
}

/* "The U.S. Treasury Department accused him of fraud", "him" a person
 * the story codes with nothing: no target (was USAGOV, the accuser's
 * own code) */
NM_TEST(uncoded_person_pronoun_is_no_actor) {
  NM_CHECK(strstr(cameo_events("ASUNCION (Wire) - Paraguayan police arrested Juan Ovelar on "
                               "Monday. The U.S. Treasury Department accused him of fraud.",
                               "2026-05-20", false),
                  "USAGOV USAGOV") == NULL);
  /* ("detained six journalists …, accusing them of spreading
   * disinformation": "them" is the journalists, was TUR) */
  NM_CHECK(strstr(cameo_events("ANKARA (Wire) - Turkish police detained six journalists in dawn "
                               "raids in Istanbul and Ankara on Wednesday, accusing them of "
                               "spreading disinformation.",
                               "2026-03-18", false),
                  "TURCOP TURMED 112") != NULL);
}

/* "killings that unions say has claimed the lives of at least 47
 * transport workers": lives claimed are deaths, no claim (was 110 PER
 * -> ---LAB) */
NM_TEST(lives_claimed_are_no_claim) {
  NM_CHECK(strstr(cameo_events("LIMA, Peru (Wire) - Thousands of bus and minivan drivers left "
                               "their vehicles parked across the Peruvian capital on Thursday, "
                               "stranding commuters and blocking major avenues in a 24-hour "
                               "strike against a wave of extortion-related killings that unions "
                               "say has claimed the lives of at least 47 transport workers this "
                               "year.",
                               "2025-10-09", false),
                  "110") == NULL);
}

/* "A BNP spokesman in Dhaka" after "the Bangladesh Nationalist Party
 * (BNP)": a spokesperson for a party the article coded is the party's
 * (was BGDMED); gathering information is no meeting */
NM_TEST(party_spokesman_and_gathered_information) {
  /* (nor is leaving someone to pay: "Brussels … left us to pay") */
  NM_CHECK(strstr(cameo_events("WARSAW (Wire) - \"Brussels opened the door and left us to pay the "
                               "price,\" said Tomasz Wrona, a farmer.",
                               "2024-03-06", false),
                  "040") == NULL);
  /* (nor is leaving people dead: LEAVE's 04x) */
  NM_CHECK(strstr(cameo_events("CULIACAN, Mexico (Wire) - A gunfight between rival factions of "
                               "the Sinaloa Cartel left 14 people dead on Sunday.",
                               "2026-11-12", false),
                  "040") == NULL);
  NM_CHECK_EQ_STR(cameo_events("DHAKA (Wire) - Activists from the Bangladesh Nationalist Party "
                               "(BNP) and the Islamist party Jamaat-e-Islami confronted each "
                               "other. A BNP spokesman in Dhaka accused Jamaat supporters of an "
                               "attack.",
                               "2026-01-20", false),
                  "BGDPTY ---MUS 1123");
  NM_CHECK(strstr(cameo_events("CANBERRA (Wire) - The Australian Federal Police said it had "
                               "charged a Sydney man with foreign interference offences, alleging "
                               "he gathered information about members of a Buddhist community on "
                               "behalf of a foreign intelligence service.",
                               "2026-10-27", false),
                  "040") == NULL);
}

/* "exchanged five prisoners at Ankara's Esenboga Airport": an airport is
 * where, not who (was a mutual exchange with Turkey); "have pleaded
 * guilty in Miami" appeals to no one; "the World Court" is the ICJ */
NM_TEST(airports_pleas_and_the_world_court) {
  const char *ev = cameo_events("ANKARA, Turkey (Wire) - Russia and the United States exchanged "
                                "five prisoners at Ankara's Esenboga Airport on Wednesday.",
                                "2026-04-08", false);
  NM_CHECK(strstr(ev, "TUR") == NULL);
  NM_CHECK_EQ_STR(cameo_events("MADRID (Wire) - Several former officials have pleaded guilty in "
                               "Miami to laundering charges.",
                               "2025-10-30", false),
                  "");
  NM_CHECK(strstr(cameo_events("GEORGETOWN, Guyana (Wire) - Guyana urged the World Court on "
                               "Monday to rule on its border with Venezuela.",
                               "2025-09-16", false),
                  "IGOUNOJUDICJ") != NULL);
}

/* "new Russia sanctions targeting 'shadow fleet' tankers": measures that
 * target use no force; "Pashinyan's party leads Armenian election" is no
 * command (LEAD's 090); talks "with Brussels" in a story on the EU are
 * the Union's */
NM_TEST(sanctions_that_target_and_leading_a_vote) {
  NM_CHECK(strstr(cameo_events("BRUSSELS (Wire) - The European Union adopted new Russia sanctions "
                               "targeting shadow fleet tankers on Monday.",
                               "2026-02-24", false),
                  "190") == NULL);
  NM_CHECK(strstr(cameo_events("Pashinyan's party leads Armenian election as opposition cries "
                               "foul\n\nYEREVAN, Armenia (Wire) - Results came in on Monday.",
                               "2026-06-08", false),
                  "090") == NULL);
  NM_CHECK(strstr(cameo_events("TBILISI, Georgia (Wire) - European Union foreign ministers warned "
                               "Georgia on Monday that the EU would act. Georgia would suspend "
                               "talks with Brussels, the prime minister said.",
                               "2026-04-15", false),
                  "GEO IGOEUREEC") != NULL);
}

/* "as troops press toward Orikhiv" demands nothing (PRESS's 100);
 * "deepening its rift with Moscow" is no cooperation (DEEPEN's 060);
 * "demanded a criminal investigation" makes no police a target */
NM_TEST(pressing_toward_rifts_and_investigations) {
  /* (nor commanding a unit, nor a road connecting districts to an area) */
  NM_CHECK(strstr(cameo_events("DAMASCUS (Wire) - Syrian security forces arrested a former air "
                               "force general on Sunday. Maj. Gen. Suhail Darwish, 63, commanded "
                               "an air force unit responsible for rocket and artillery operations "
                               "around the capital during the war, prosecutors said.",
                               "2026-01-26", false),
                  "060") == NULL);
  NM_CHECK(strstr(cameo_events("DOHA (Wire) - Qatar's envoy Mohammed al-Khulaifi said the two "
                               "roads, one linking Taiz to the port city of Hodeidah and another "
                               "connecting its eastern districts to the Houthi-held Hawban area, "
                               "would be cleared of mines within 30 days.",
                               "2026-06-17", false),
                  "060") == NULL);
  /* (nor is needing data on a river: DEMAND's block's bare "* ON" [190],
   * written for "pressed on"; nor targeting lenders) */
  NM_CHECK(strstr(cameo_events("HANOI (Wire) - Vietnamese experts needed data on water flows to "
                               "assess the impact on the delta, home to some 17 million people.",
                               "2025-01-01", false),
                  "190") == NULL);
  NM_CHECK(strstr(cameo_events("BISHKEK (Wire) - The United States targeted Kyrgyz lenders "
                               "with new sanctions on Tuesday.",
                               "2025-06-01", false),
                  "190") == NULL);
  /* (an affiliation is no cooperation: "Armed groups linked to al-Qaida
   * … control large parts of the north", LINK's 060) */
  NM_CHECK(strstr(cameo_events("OUAGADOUGOU (Wire) - Armed groups linked to al-Qaida and the "
                               "Islamic State group control large parts of the north.",
                               "2025-02-25", false),
                  "060") == NULL);
  NM_CHECK(strstr(cameo_events("Russian glide bombs pound Zaporizhzhia as troops press toward "
                               "Orikhiv\n\nKYIV, Ukraine (Wire) - Officials said so.",
                               "2026-08-19", false),
                  "100") == NULL);
  NM_CHECK(strstr(cameo_events("Azerbaijan signs gas supply deal with Ukraine, deepening rift with "
                               "Moscow\n\nBAKU (Wire) - The deal was signed on Wednesday.",
                               "2026-01-28", false),
                  "060") == NULL);
  NM_CHECK(strstr(cameo_events("BAKU (Wire) - President Ilham Aliyev accused Russia of covering "
                               "up the crash and demanded a criminal investigation.",
                               "2026-01-28", false),
                  "COP") == NULL);
}

/* Office holders the Phoenix files lack or spell otherwise: "President
 * Alexander Lukashenko" in a story from Warsaw (was POLGOV), "Director
 * General Rafael Grossi" in a story on Iran (was IRNGOV; the title's GOV
 * does not replace an international body's role) */
NM_TEST(team_office_holders) {
  /* (a rebel's rank keeps the rebel: "the RSF, led by Gen. Mohamed
   * Hamdan Dagalo", SDNREB, not SDNMIL) */
  NM_CHECK_EQ_STR(cameo_entity("PORT SUDAN (Wire) - Analysts said the attack showed that the RSF, "
                               "led by Gen. Mohamed Hamdan Dagalo, could still hit targets far "
                               "from the front lines.",
                               "2025-06-12", "Mohamed Hamdan Dagalo", false),
                  "SDNREB");
  /* (and a typographic apostrophe is the plain one: "N\xe2\x80\x99Djamena" is
   * Chad's capital) */
  NM_CHECK_EQ_STR(place_country_of("ABECHE, Chad (Wire) - The army deployed troops to "
                                   "N\xe2\x80\x99" "Djamena on Monday.",
                                   "N'Djamena"),
                  "TCD");
  /* (and state companies and bodies the Phoenix files lack: Gazprom was
   * a person; Edmundo Gonzalez Urrutia in a story from Madrid ESPOPP) */
  NM_CHECK_EQ_STR(cameo_entity("TASHKENT (Wire) - Russia's state energy giant Gazprom will supply "
                               "more gas to Uzbekistan, officials said. Gazprom said talks went "
                               "well.",
                               "2025-12-09", "Gazprom", false),
                  "RUSBUS");
  NM_CHECK_EQ_STR(cameo_entity("MADRID (Wire) - Venezuelan opposition leader Edmundo Gonzalez "
                               "Urrutia, who lives in exile in Spain, welcomed the ruling.",
                               "2025-10-30", "Edmundo Gonzalez Urrutia", false),
                  "VENOPP");
  NM_CHECK_EQ_STR(cameo_entity("WARSAW, Poland (Wire) - Relations have soured since President "
                               "Alexander Lukashenko's disputed re-election in 2020.",
                               "2025-05-21", "Alexander Lukashenko", false),
                  "BLRGOV");
  NM_CHECK_EQ_STR(cameo_entity("VIENNA (Wire) - Iran must give inspectors access, the board "
                               "said. It asked Director General Rafael Grossi to report on Iran's "
                               "programme.",
                               "2026-06-11", "Rafael Grossi", false),
                  "IGOUNOIAE");
}

/* "The U.N. Security Council is scheduled to discuss Haiti": the place
 * discussed is the talk's subject and discusses nothing back; a party
 * discussed with still does ("discussed the crisis with Germany") */
NM_TEST(place_discussed_says_nothing_back) {
  NM_CHECK_EQ_STR(cameo_events("NEW YORK (Wire) - The U.N. Security Council is scheduled to "
                               "discuss Haiti on July 22.",
                               "2025-07-15", false),
                  "IGOUNO HTI 040");
  NM_CHECK_EQ_STR(cameo_events("PARIS (Wire) - France discussed the crisis with Germany on "
                               "Tuesday.",
                               "2025-07-15", false),
                  "FRA DEU 046; DEU FRA 046");
}

/* "shifting priorities in Washington had left the aid effort in
 * Afghanistan badly exposed": leaving a thing in a state is no departure
 * (GO_SOMEWHERE's 040) */
NM_TEST(thing_left_in_a_state_is_no_departure) {
  NM_CHECK_EQ_STR(cameo_events("KABUL (Wire) - Shifting priorities in Washington had left the "
                               "aid effort in Afghanistan badly exposed.",
                               "2025-08-27", false),
                  "");
}

/* "Government spokesman Mehdi Lahlou said … that the Royal Armed Forces
 * had conducted no operation" in a story on Algeria's complaint: an army
 * a state's "Armed Forces" name, in the words of that state's official,
 * is that state's (was DZAMIL, the sentence's one country) */
NM_TEST(armed_forces_in_an_official_s_words_are_his_state_s) {
  static const char text[] =
      "ALGIERS, Algeria (Wire) - Algeria accused Morocco on Friday of killing three civilians in "
      "a drone strike. Morocco rejected the accusation. Moroccan government spokesman Mehdi "
      "Lahlou said that the Royal Armed Forces had conducted no operation in the area named by "
      "Algiers and called the claims a distraction from Algeria's difficulties.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-11-22", "Royal Armed Forces", false), "MARMIL");
}

/* "The U.N. secretary-general's personal envoy for Western Sahara, Anders
 * Mikkelsen,": the envoy of an international body's officer serves that
 * body (IGOUNO), not the place he is envoy for (was MARGOV) */
NM_TEST(envoy_of_an_international_officer_is_the_body_s) {
  static const char text[] =
      "RABAT, Morocco (Wire) - The U.N. secretary-general's personal envoy for Western Sahara, "
      "Anders Mikkelsen, said he was gravely concerned and urged both governments to exercise "
      "restraint.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-11-22", "Anders Mikkelsen", false), "IGOUNO");
}

/* "will not hesitate to take additional measures against those who
 * threaten the stability of Bosnia": a demonstrative names no one the
 * story coded (was USAGOV, the sentence's first actor, threatening BIH) */
NM_TEST(demonstrative_names_no_actor) {
  NM_CHECK_EQ_STR(cameo_events("SARAJEVO (Wire) - Washington will take measures against those "
                               "who threaten the integrity of Bosnia.",
                               "2026-06-10", false),
                  "");
}

/* "A spokesman for the General Staff of the Korean People's Army": North
 * Korea's army, a team actor (was ---PPL, "people") */
NM_TEST(korean_peninsula_team_actors) {
  NM_CHECK_EQ_STR(cameo_events("SEOUL (Wire) - A spokesman for the General Staff of the Korean "
                               "People's Army accused South Korea of sending drones.",
                               "2026-07-15", false),
                  "PRKMIL KOR 112");
  /* and its news agency, and the South's unification minister, named
   * without their countries (were ---MED and the article's PRKGOV) */
  static const char text[] =
      "SEOUL (Wire) - North Korea fired two missiles into the sea on Tuesday. The Korean Central "
      "News Agency said the launch tested a new engine. Unification Minister Choi Min-kyung said "
      "the offer of talks still stood.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-10-02", "Korean Central News Agency", false), "PRKMED");
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-10-02", "Choi Min-kyung", false), "KORGOV");
}

/* "said … that four Chinese coast guard vessels had entered restricted
 * waters around Kinmen …, and that it had expelled them": an object
 * "them" is the last plural actor named before it (CHNMIL), not the
 * sentence's first (was TWNMIL) */
NM_TEST(object_them_is_the_last_plural_actor) {
  NM_CHECK_EQ_STR(cameo_events("TAIPEI (Wire) - Taiwan's Coast Guard Administration said on "
                               "Tuesday that four Chinese coast guard vessels had entered "
                               "restricted waters around Kinmen for the fifth time in two weeks, "
                               "and that it had expelled them after a standoff lasting more than "
                               "two hours.",
                               "2026-09-03", false),
                  "TWN CHNMIL 174");
}

/* "offered to mediate between Pakistan and Afghanistan": an intent to
 * mediate, 039 (PICO gives intent the digits of the consultation it
 * intends, mediation's 0xB030), not a bare offer (030); "called on Turkey
 * to mediate" is an appeal for mediation, 028; and "Qatar and Turkey
 * have offered to mediate again" is neither's intent toward the other */
NM_TEST(intent_and_appeal_to_mediate) {
  NM_CHECK_EQ_STR(cameo_events("DOHA (Wire) - Qatar offered to mediate between Pakistan and "
                               "Afghanistan.",
                               "2026-09-24", false),
                  "QAT PAK 039; QAT AFG 039");
  NM_CHECK_EQ_STR(cameo_events("ISLAMABAD (Wire) - Pakistan called on Turkey to mediate.",
                               "2026-09-24", false),
                  "PAK TUR 028");
  NM_CHECK_EQ_STR(cameo_events("DOHA (Wire) - Qatar and Turkey have offered to mediate again.",
                               "2026-09-24", false),
                  "");
}

/* "Teachers, nurses and port workers joined the strike": those who join
 * a thing meet no one, and not each other (was 040 both ways between
 * every pair) */
NM_TEST(joiners_meet_no_one) {
  NM_CHECK_EQ_STR(cameo_events("COLOMBO (Wire) - Teachers, nurses and port workers joined the "
                               "strike on Wednesday.",
                               "2026-01-22", false),
                  "");
}

/* "a planned fee on Chinese-built ships docking at American ports": a
 * thing named by where it was made does nothing as its maker (was a
 * Chinese visit to the United States, 042, and its hosting, 043) */
NM_TEST(thing_a_country_made_does_nothing) {
  NM_CHECK_EQ_STR(cameo_events("BEIJING (Wire) - The United States agreed to delay a planned fee "
                               "on Chinese-built ships docking at American ports.",
                               "2026-11-12", false),
                  "");
}

/* "a coalition of armed groups that has controlled large parts of the
 * Ouaka prefecture for much of the past decade": a block's "* (FOR)
 * [042:043]" (OVERSEE_MANAGE's, written for HEAD) is a visit only when
 * the for-phrase names a place (was a visit to the Central African
 * Republic); "A Chinese delegation headed for Moscow" still is one */
NM_TEST(for_phrase_visit_needs_a_place) {
  NM_CHECK_EQ_STR(cameo_events("BANGUI (Wire) - The rebels, a coalition of armed groups that has "
                               "controlled large parts of the Ouaka prefecture for much of the "
                               "past decade, signed the deal.",
                               "2026-01-20", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("BEIJING (Wire) - A Chinese delegation headed for Moscow.",
                               "2026-01-20", false),
                  "CHN RUS 042");
  /* (a journey to a place for a purpose is one; leaving people somewhere
   * scrambling for fuel is none) */
  NM_CHECK_EQ_STR(cameo_events("SEOUL (Wire) - South Korea's foreign ministry said its top "
                               "nuclear envoy would travel to Washington for talks.",
                               "2025-03-11", false),
                  "KORGOV USA 042");
  NM_CHECK_EQ_STR(cameo_events("SANTIAGO (Wire) - Chile summoned Argentina's ambassador on Tuesday "
                               "after Buenos Aires abruptly cut natural gas exports across the "
                               "Andes, leaving power plants and industrial users in central Chile "
                               "scrambling for fuel during the coldest week of the southern "
                               "winter.",
                               "2025-07-08", false),
                  "CHL ARGGOV 040");
}

/* "the UNHCR had appealed to donors meeting in Geneva next week": an -ing
 * participle on the noun of a "to" phrase is that noun's, not the upper
 * verb's subject's, unless the upper verb is one of motion ("marched to
 * parliament chanting slogans"); was a UNHCR consultation with
 * Switzerland */
NM_TEST(participle_of_the_people_appealed_to) {
  NM_CHECK_EQ_STR(cameo_events("GENEVA (Wire) - Vasquez said that the UNHCR had appealed to donors "
                               "meeting in Geneva next week for an additional $210 million.",
                               "2025-11-06", false),
                  "");
}

/* "Officials from Chad, Cameroon and Niger attended the meeting": those
 * who attend a meeting together visit and host no one (was 042 and 043
 * between every pair) */
NM_TEST(co_attendees_visit_no_one) {
  NM_CHECK_EQ_STR(cameo_events("ABUJA, Nigeria (Wire) - Officials from Chad, Cameroon and Niger "
                               "attended the meeting on Tuesday.",
                               "2026-11-19", false),
                  "");
}

/* "two police officers had been injured by stones in Abobo": a thing
 * whose only code is its place's country does nothing as that country
 * (was CIV injuring CIVCOP); an unclaimed blast stays the country's
 * unidentified force (an_unclaimed_blast_is_an_unidentified_force) */
NM_TEST(thing_placed_in_a_country_is_no_actor) {
  NM_CHECK_EQ_STR(cameo_events("ABIDJAN, Ivory Coast (Wire) - Two police officers had been injured "
                               "by stones in Abobo, the minister said.",
                               "2025-08-27", false),
                  "");
}

/* '"Our men went to protect a river," armed forces spokeswoman Colonel
 * Efua Boakye said': GO_TO's "to" marking an infinitive is a purpose, no
 * destination (was a journey to the speaker's armed forces, 040); "went
 * to Abuja" still is one */
NM_TEST(going_to_do_is_no_journey) {
  NM_CHECK_EQ_STR(cameo_events("ACCRA (Wire) - \"Our men went to protect a river that gives water "
                               "to millions of Ghanaians,\" armed forces spokeswoman Colonel Efua "
                               "Boakye said at a briefing.",
                               "2026-08-04", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("ACCRA (Wire) - Ghana's president went to Abuja on Monday.",
                               "2026-08-04", false),
                  "GHAGOV NGA 040");
}

/* "The Russian-installed governor of the occupied parts of the region
 * accused Ukraine": one a country installed governs for it (RUSGOV; was
 * UKRGOV, the region's, "-installed" counted as a backer) */
NM_TEST(installed_officials_serve_the_installer) {
  NM_CHECK_EQ_STR(cameo_events("ZAPORIZHZHIA, Ukraine (Wire) - The Russian-installed governor of "
                               "the occupied parts of the region accused Ukraine of shelling a "
                               "market.",
                               "2026-08-03", false),
                  "RUSGOV UKR 112");
}

/* "part of the EU money would go toward vocational training centers in
 * Nouakchott": money (like a currency, "U.S. dollars") is no actor of
 * the country or body that gives it (was an EU journey to Mauritania) */
NM_TEST(money_is_no_actor) {
  NM_CHECK_EQ_STR(cameo_events("MADRID (Wire) - He said that part of the EU money would go "
                               "toward vocational training centers in Nouakchott.",
                               "2026-01-22", false),
                  "");
}

/* "Moscow's commissioner for human rights, Valentina Ryabova," with
 * "Moscow" no mention of its own (inside the description coreference
 * joined to her): the owner's name the dictionaries code gives her
 * country (was no code) */
NM_TEST(owner_the_entity_model_missed) {
  static const char text[] =
      "KYIV, Ukraine (Wire) - Ukraine and Russia exchanged 146 prisoners on Friday. Russia has "
      "repeatedly denied mistreating prisoners of war. Moscow's commissioner for human rights, "
      "Valentina Ryabova, said on Friday that Russian prisoners held in Ukraine had also "
      "described pressure during interrogations.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-08-22", "Valentina Ryabova", false), "RUS");
}

/* "Moscow's commissioner for children, Maria Lvova,": the for-phrase of
 * an office is its portfolio, no role of the holder (was RUSCVL, the
 * children's) */
NM_TEST(portfolio_of_an_office_is_no_role) {
  static const char text[] = "KYIV, Ukraine (Wire) - Moscow's commissioner for children, Maria "
                             "Lvova, said the children were safe.";
  NM_CHECK_EQ_STR(cameo_entity(text, "2025-08-22", "Maria Lvova", false), "RUS");
}

/* "It thanked the UAE for its mediation. The UAE Ministry of Foreign
 * Affairs said the exchange was the 15th it had facilitated between the
 * two countries": the one acting between the two is neither of them
 * (was Russia and the UAE, the parties of the event before) */
NM_TEST(one_acting_between_is_neither_of_the_two) {
  const char *out = cameo_events(
      "KYIV, Ukraine (Wire) - Ukraine and Russia exchanged 146 prisoners of war on Friday. Russia's "
      "Defence Ministry confirmed the exchange. It thanked the UAE for its humanitarian "
      "mediation. The UAE Ministry of Foreign Affairs said the exchange was the 15th it had "
      "facilitated between the two countries since the start of the war.",
      "2025-08-22", false);
  NM_CHECK(strstr(out, "AREGOV UKR") != NULL);
  NM_CHECK(strstr(out, "AREGOV ARE") == NULL);
}

/* "The head of Iran's judiciary, Hossein Sadeghi-Nejad," once the name
 * hangs on "head" (a parser repair of this session) and "The head" is
 * his own mention: the words of the description past that mention still
 * code him (IRNJUD; the repair had left him uncoded) */
NM_TEST(head_of_a_body_keeps_the_body_s_code) {
  NM_CHECK_EQ_STR(cameo_entity("TEHRAN (Wire) - The head of Iran's judiciary, Hossein "
                               "Sadeghi-Nejad, ordered prosecutors to open a case.",
                               "2025-11-18", "Hossein Sadeghi-Nejad", false),
                  "IRNJUD");
}

/* "Malaysia offered on Monday to host talks between Thailand and
 * Cambodia": a complement of the upper verb's own kind is the more
 * specific code, HOST's "* TALKS (BETWEEN) [039]" over OFFER's 030 */
NM_TEST(offer_to_host_talks_between_is_intent_to_mediate) {
  NM_CHECK_EQ_STR(cameo_events("KUALA LUMPUR (Wire) - Malaysia offered on Monday to host talks "
                               "between Thailand and Cambodia.",
                               "2025-07-14", false),
                  "MYS THA 039; MYS KHM 039");
}

/* "Al-Shabaab, the al-Qaeda-linked group that has fought Somalia's
 * federal government for nearly two decades": fighting a government is
 * force (190), not the "* GOVERNMENT [111]" its block wrote for ATTACK
 * in words */
NM_TEST(fighting_a_government_is_fighting) {
  NM_CHECK_EQ_STR(cameo_events("MOGADISHU, Somalia (Wire) - Al-Shabaab, the al-Qaeda-linked group "
                               "that has fought Somalia's federal government for nearly two "
                               "decades, claimed responsibility.",
                               "2026-01-28", false),
                  "SOMREB SOMGOV 190");
}

/* "launched a mediation effort on Saturday between the Emirates and
 * Saudi Arabia": a mediation launched or undertaken is mediation (045),
 * not EFFORT's appeal (020); was 020; and ended, a halt of mediation
 * (165) (PLOVER development set: all 47.2 -> 47.8, category 54.3 ->
 * 55.3) */
NM_TEST(mediation_launched_is_mediation) {
  NM_CHECK_EQ_STR(cameo_events("DOHA (Wire) - Qatar launched a mediation effort between the "
                               "United Arab Emirates and Saudi Arabia.",
                               "2025-03-01", false),
                  "QAT ARE 045; QAT SAU 045");
  /* (ended, it is a halt of mediation, 165) */
  NM_CHECK_EQ_STR(cameo_events("DOHA (Wire) - Qatar ended its mediation efforts between the "
                               "United Arab Emirates and Saudi Arabia.",
                               "2025-03-01", false),
                  "QAT ARE 165; QAT SAU 165");
}

NM_TEST(clause_subject_of_the_speaker_s_own_body_is_no_target) {
  /* "Hezbollah lawmaker X (LBNREBLEG) warned that the group's patience has
   * limits": the speaker's own body (LBNREB) is not whom he warns */
  NM_CHECK_EQ_STR(cameo_events("BEIRUT (Wire) - Hezbollah lawmaker Ali Zeineddine warned on "
                               "Thursday that the group's patience has limits.",
                               "2025-03-01", false),
                  "");
  /* (another's clause subject stays: "warned that Israel would pay") */
  NM_CHECK_EQ_STR(cameo_events("BEIRUT (Wire) - Hezbollah lawmaker Ali Zeineddine warned on "
                               "Thursday that Israel would pay a heavy price.",
                               "2025-03-01", false),
                  "LBNREBLEG ISR 130");
}

NM_TEST(an_apposed_body_s_that_clause_describes_it) {
  /* "COGAT, the Israeli defense body that coordinates aid to Gaza, said":
   * a description of the body's standing, no act */
  NM_CHECK_EQ_STR(cameo_events("JERUSALEM (Wire) - COGAT, the Israeli defense body that "
                               "coordinates aid to Gaza, said it had allowed the entry of 40,000 "
                               "tents.",
                               "2025-03-01", false),
                  "");
  /* (a person's name headed by the title's word: "Home Minister X, who
   * oversees the police," was NPLGOV NPLCOP 152) */
  NM_CHECK_EQ_STR(cameo_events("KATHMANDU (Wire) - Home Minister Mahendra Bahadur Basnet, who "
                               "oversees the police, did not respond to requests for comment.",
                               "2025-03-01", false),
                  "");
}

NM_TEST(the_delegation_one_leads_is_one_s_own) {
  /* "X, who led the Palestinian delegation", "The U.S. delegation was
   * headed by X": one's own delegation is no target */
  NM_CHECK_EQ_STR(cameo_events("AMMAN (Wire) - Palestinian Prime Minister's adviser Nabil "
                               "Sarsour, who led the Palestinian delegation, said the authority "
                               "faced a crisis.",
                               "2025-03-01", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("MUSCAT (Wire) - The U.S. delegation was headed by a senior State "
                               "Department official.",
                               "2025-03-01", false),
                  "");
}

NM_TEST(the_channel_aid_goes_through_is_no_party) {
  /* "aid to Cuba through the United Nations Children's Fund": the channel
   * is no party (the target was CUBCVL, read off UNICEF's name) */
  NM_CHECK_EQ_STR(cameo_events("OTTAWA (Wire) - Ottawa would provide C$5 million in emergency aid "
                               "to Cuba through the United Nations Children's Fund.",
                               "2025-03-01", false),
                  "CAN CUB 070");
}

NM_TEST(whom_a_deed_is_blamed_on_is_the_target) {
  /* "blamed the attack on Afghanistan's Taliban government": the deed's
   * on-phrase is whom the blame is aimed at, not its victim (no event
   * before) */
  NM_CHECK_EQ_STR(cameo_events("KABUL (Wire) - Pakistan blamed the attack on Afghanistan's "
                               "Taliban government.",
                               "2025-03-01", false),
                  "PAK AFGGOV 112");
  /* ("violations ... that officials blame on Russia and Belarus": was
   * aimed at NATO, whose flank the violations were along) */
  NM_CHECK_EQ_STR(cameo_events("VILNIUS (Wire) - Lithuanian officials met after airspace "
                               "violations along NATO's eastern flank that they blame on Russia "
                               "and Belarus.",
                               "2025-03-01", false),
                  "LTUGOV RUS 112; LTUGOV BLR 112");
  /* (a day is no one: "blamed U.S. sanctions on Thursday for") */
  NM_CHECK_EQ_STR(cameo_events("HAVANA (Wire) - Cuba's government blamed U.S. sanctions on "
                               "Thursday for a nationwide blackout.",
                               "2025-03-01", false),
                  "CUBGOV USA 112");
}

NM_TEST(a_body_described_far_back_and_the_bloc_of_a_union_s_body) {
  /* "the committee" past five sentences: the named committee, not the
   * command named since (was USAMIL, Southern Command) */
  NM_CHECK_EQ_STR(cameo_events("WASHINGTON (Wire) - Navy Adm. Jane Brandt told the Senate Armed "
                               "Services Committee on Thursday that the strikes were lawful. The "
                               "strikes began in September. Lawmakers asked for evidence. Brandt "
                               "said the evidence was classified. Several senators objected. The "
                               "hearing lasted four hours. It touched on Southern Command's "
                               "budget. She asked the committee to fund two more aircraft.",
                               "2025-03-01", false),
                  "USAMIL USAGOVLEG 010; USAMIL USAGOVLEG 020");
  /* "European Commission spokeswoman X said the bloc condemned": the
   * union the commission serves, not NATO named before (IGOWSTNAT) */
  NM_CHECK_EQ_STR(cameo_events("BRUSSELS (Wire) - NATO allies met in October. Russia attacked "
                               "Ukraine's power grid on Friday. In Brussels, European Commission "
                               "spokeswoman Anna Lind said the bloc condemned the attack.",
                               "2025-03-01", false),
                  "RUS UKR 190; IGOEUREEC RUS 111");
}

NM_TEST(a_body_named_without_its_country_s_initials) {
  /* "Southern Command's budget" after "U.S. Southern Command": one body,
   * not a second one coded by China named in its sentence (CHNMIL) */
  const char *t = "WASHINGTON (Wire) - Adm. Jane Brandt heads U.S. Southern Command. The hearing "
                  "reviewed Southern Command's budget and touched on China's presence.";
  NM_CHECK_EQ_STR(shipped_entity_code(t, "Southern Command"), "");
  NM_CHECK_EQ_STR(shipped_entity_code(t, "U.S. Southern Command"), "USAMIL");
}

NM_TEST(a_gathering_an_act_took_place_at_is_no_target) {
  /* "dismissed the criticism at a televised government meeting": the
   * meeting is no target (was GEOGOV ---GOV 110) */
  NM_CHECK_EQ_STR(cameo_events("TBILISI (Wire) - Prime Minister Irakli Lomidze dismissed the "
                               "criticism at a televised government meeting on Tuesday.",
                               "2025-03-01", false),
                  "");
  /* (and one it was in: "raised the issue in three Cabinet meetings", was
   * NPLGOV ---GOV 110) */
  NM_CHECK_EQ_STR(cameo_events("KATHMANDU (Wire) - Nepal's health minister, Rita Sharma, said she "
                               "had raised the issue in three Cabinet meetings since December.",
                               "2025-03-01", false),
                  "");
}

NM_TEST(it_of_a_body_owned_by_its) {
  /* "Its embassy in Islamabad said it supported": "it" is the embassy of
   * whom "its" stands for (China), not of the town it is in (was PAKGOV) */
  NM_CHECK_EQ_STR(cameo_events("ISLAMABAD (Wire) - China condemned the attack. Its embassy in "
                               "Islamabad said it supported Pakistan's efforts to combat "
                               "terrorism.",
                               "2025-03-01", false),
                  "CHNGOV PAK 050");
}

NM_TEST(a_verb_after_the_name_ends_its_description) {
  /* "its commander, Brig. Gen. Klaus Werner, told The Associated Press":
   * the agency he told is no body his description names (was MEDMIL) */
  const char *t = "VILNIUS (Wire) - The German army's 45th Panzer Brigade will contribute radar "
                  "units to the new network, its commander, Brig. Gen. Klaus Werner, told The "
                  "Associated Press.";
  NM_CHECK_EQ_STR(shipped_entity_code(t, "Klaus Werner"), "DEUMIL");
}

NM_TEST(what_is_said_to_be_one_s_own_is_no_target) {
  /* "will protect its own shipping industries": the source's own, said
   * so, is no one the act is aimed at (was JPN JPNBUS 074) */
  NM_CHECK_EQ_STR(cameo_events("TOKYO (Wire) - Japan will protect its own shipping industries.",
                               "2025-03-01", false),
                  "");
  /* (another candidate still is: "withdrew its own troops from Lebanon") */
  NM_CHECK_EQ_STR(cameo_events("BEIRUT (Wire) - Israel withdrew its own troops from Lebanon.",
                               "2025-03-01", false),
                  "ISR LBN 0874");
}

NM_TEST(a_matter_discussed_says_nothing_back) {
  /* "discussed the war in Sudan": a matter, no party; Sudan says nothing
   * back (was also SDN ---GOV 046) */
  NM_CHECK_EQ_STR(cameo_events("PARIS (Wire) - The ministers also discussed the war in Sudan.",
                               "2025-03-01", false),
                  "---GOV SDN 040");
  /* (a party discussed with still answers) */
  NM_CHECK_EQ_STR(cameo_events("BRUSSELS (Wire) - French President Emmanuel Macron discussed the "
                               "crisis with German Chancellor Olaf Scholz.",
                               "2025-03-01", false),
                  "FRAGOV DEUGOV 046; DEUGOV FRAGOV 046");
}

NM_TEST(insisting_that_something_is_so_is_no_demand) {
  /* "insisted that most of the rifles ... were bought in the United
   * States": an assertion, no demand (was ---GOV HTICRM 100, the clause's
   * subject taken for whom the demand is made of) */
  NM_CHECK_EQ_STR(cameo_events("PORT-AU-PRINCE (Wire) - The Chinese ambassador insisted that most "
                               "of the rifles reaching Haiti's gangs were bought in the United "
                               "States.",
                               "2025-03-01", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("CAIRO (Wire) - Egypt insisted that Israel controls the corridor.",
                               "2025-03-01", false),
                  "");
  /* (what is to be done stays a demand, modal or bare: "that Israel
   * withdraw", tagged VBD) */
  NM_CHECK_EQ_STR(cameo_events("CAIRO (Wire) - Egypt insisted that Israel withdraw from the "
                               "corridor.",
                               "2025-03-01", false),
                  "EGY ISR 105");
  /* (an act insisted on is a claim, as one said is: an accusation) */
  NM_CHECK_EQ_STR(cameo_events("BAKU (Wire) - Azerbaijan insisted that Armenian units had fired "
                               "first on Azerbaijani positions.",
                               "2025-03-01", false),
                  "AZE ARM 112");
}

NM_TEST(a_court_s_ruling_is_no_governing) {
  /* "ruled in favor of 14 teachers", "ruled that China's claims had no
   * legal basis": a ruling, no governing (RULE's 060; was SRBJUD ---EDU
   * and NLDJUD CHN 060) */
  NM_CHECK_EQ_STR(cameo_events("BELGRADE (Wire) - The Higher Court in Belgrade ruled in favor of "
                               "14 teachers.",
                               "2025-03-01", false),
                  "");
  NM_CHECK_EQ_STR(cameo_events("BEIJING (Wire) - An international arbitration tribunal in The "
                               "Hague ruled in 2016 that China's sweeping claims had no legal "
                               "basis.",
                               "2025-03-01", false),
                  "");
}

NM_TEST(naming_tying_describing_and_what_came_since) {
  /* "called the Armenian statement "disinformation" intended to ...": a
   * name in quotation marks right after the object, hung elsewhere by the
   * parse, is no telephone call (was 041 both ways) */
  NM_CHECK_EQ_STR(cameo_events("BAKU (Wire) - Azerbaijan's Defense Ministry rejected that account. "
                               "It called the Armenian statement \"disinformation\" intended to "
                               "undermine the peace process.",
                               "2025-03-01", false),
                  "");
  /* tying one thing to another is no cooperation (LINK's 060) */
  NM_CHECK_EQ_STR(cameo_events("SANAA (Wire) - The Houthis had instead linked any release to the "
                               "unfreezing of funds at the central bank.",
                               "2025-03-01", false),
                  "");
  /* a body's standing, in the simple present after its name ("which
   * deploys unarmed observers on the Armenian side", was 073) */
  NM_CHECK_EQ_STR(cameo_events("YEREVAN (Wire) - The European Union Monitoring Mission in "
                               "Armenia, which deploys unarmed observers on the Armenian side of "
                               "the border, said a patrol had been sent.",
                               "2025-03-01", false),
                  "");
  /* what came since is no part of the phrase ("protests with Beijing since
   * an international arbitration tribunal ruled": was CHNJUD) */
  NM_CHECK_EQ_STR(cameo_events("MANILA (Wire) - Manila has lodged hundreds of protests with "
                               "Beijing since an international arbitration tribunal ruled in 2016 "
                               "that China's claims had no legal basis.",
                               "2025-03-01", false),
                  "PHL CHN 110");
  /* the maker of what a package holds is no party ("a new package of
   * U.S.-made Patriot interceptors", was NOR USA 061) */
  NM_CHECK_EQ_STR(cameo_events("OSLO (Wire) - Norway and Denmark said they would jointly fund a "
                               "new package of U.S.-made Patriot interceptors.",
                               "2025-03-01", false),
                  "");
}

NM_TEST(standing_described_with_that_and_one_s_own_agency) {
  /* "the Arakan Army, an ethnic armed group that now controls most of
   * northern Rakhine": a description of standing (was ---UAF MMR 060) */
  NM_CHECK_EQ_STR(cameo_events("DHAKA (Wire) - Tens of thousands have crossed the border to escape "
                               "fighting between Myanmar's military and the Arakan Army, an ethnic "
                               "armed group that now controls most of northern Rakhine.",
                               "2025-03-01", false),
                  "");
  /* ("The Israeli military body that coordinates civilian matters …":
   * was ISRMIL PSECVL 050) */
  NM_CHECK_EQ_STR(cameo_events("JERUSALEM (Wire) - The Israeli military body that coordinates "
                               "civilian matters in the Palestinian territories, known as COGAT, "
                               "said the convoy had been delayed.",
                               "2025-03-01", false),
                  "");
  /* the speaker's own body, the same code, is no target of her warning
   * ("the agency's capacity", was IGOUNO IGOUNO 130) */
  NM_CHECK_EQ_STR(cameo_events("PANAMA CITY (Wire) - A U.N. spokeswoman warned that the agency's "
                               "capacity to assist them had been reduced after cuts in U.S. "
                               "funding.",
                               "2025-03-01", false),
                  "");
}

NM_TEST(a_source_s_text_stops_at_a_quotation) {
  /* the source's words never run back into the quotation before it ('…
   * migrants," ministry spokesman Dimitris Karalis told reporters') */
  static const char text[] = "ATHENS (Wire) - \"Greece has been the target of organised smuggling "
                             "networks and, at times, of deliberate attempts to instrumentalise "
                             "migrants,\" ministry spokesman Dimitris Karalis told reporters.";
  size_t n = 0;
  nm_doc *d = cameo_doc(text, "2025-01-21");
  const nm_event *ev = d ? nm_doc_events(d, &n) : NULL;
  NM_CHECK(d && n == 1);
  if (d && n == 1)
    NM_CHECK((int)ev[0].source_span.start >= (int)(strstr(text, "ministry") - text));
  nm_doc_free(d);
  /* (a quotation inside the phrase stays in it: 'the militants'
   * "collective punishment" of civilians') */
  static const char text2[] = "MOGADISHU (Wire) - Somalia's information minister condemned the "
                              "militants' \"collective punishment\" of civilians.";
  d = cameo_doc(text2, "2025-01-21");
  ev = d ? nm_doc_events(d, &n) : NULL;
  NM_CHECK(d && n == 1);
  if (d && n == 1)
    NM_CHECK_EQ_INT((int)ev[0].target_span.start, (int)(strstr(text2, "the militants") - text2));
  nm_doc_free(d);
}

NM_TEST(a_for_phrase_inside_the_object_is_no_ground) {
  /* "attacked a makeshift settlement for Sudanese refugees": force, not
   * criticism for a deed (ATTACK's "(FOR)" matched the object's own
   * phrase: was 111) */
  NM_CHECK_EQ_STR(cameo_events("ADRE, Chad (Wire) - Gunmen on motorbikes attacked a makeshift "
                               "settlement for Sudanese refugees near Chad's eastern border on "
                               "Wednesday.",
                               "2025-03-01", false),
                  "---UAF SDNCVL 190");
  /* (the verb's own for-phrase still is one) */
  NM_CHECK_EQ_STR(cameo_events("CAIRO (Wire) - Egypt attacked Israel for its actions in Gaza.",
                               "2025-03-01", false),
                  "EGY ISR 111");
}

NM_TEST(he_is_no_thing_a_nationality_codes) {
  /* "a truck driver who had been waiting with a load bound for the Chilean
   * border said he supported the workers' demands": no Chilean (was CHL
   * ---LAB 051) */
  NM_CHECK_EQ_STR(cameo_events("LA PAZ (Wire) - A 47-year-old truck driver who said he had been "
                               "waiting since dawn with a load bound for the Chilean border said "
                               "he supported the workers' demands.",
                               "2025-03-01", false),
                  "");
}

NM_TEST(a_retired_diplomat_and_a_court_hearing_cases) {
  /* "…, retired Nigerian diplomat Adebayo Olanrewaju, urged": an
   * adjective, no recall of a diplomat (was 161) */
  NM_CHECK(strstr(cameo_events("ABUJA (Wire) - The head of the ECOWAS observer mission, retired "
                               "Nigerian diplomat Adebayo Olanrewaju, urged Nigeria to wait.",
                               "2025-03-01", false),
                  "161") == NULL);
  /* a court hearing cases consults no one (was KGZJUD ---OPP 040) */
  NM_CHECK_EQ_STR(cameo_events("BISHKEK (Wire) - A district court began hearing cases against the "
                               "detainees on Wednesday.",
                               "2025-03-01", false),
                  "");
}

NM_TEST(paying_is_one_way) {
  /* "Saudi Arabia and Yemen's government will pay the wages of civil
   * servants": each pays on its own, neither pays the other (was SAU
   * YEMGOV 061 both ways) */
  const char *got = cameo_events("SANAA (Wire) - Saudi Arabia and Yemen's government will pay the "
                                 "wages of civil servants.",
                                 "2025-03-01", false);
  NM_CHECK(strstr(got, "SAU YEMGOV") == NULL && strstr(got, "YEMGOV SAU") == NULL);
}

int main(void) {
  write_tmp(0, VERBS);
  write_tmp(1, ACTORS);
  write_tmp(2, AGENTS);
  write_tmp(3, DISCARDS);
  write_tmp(4, PICO);
  const char *v[] = {paths[0], NULL}, *a[] = {paths[1], NULL}, *g[] = {paths[2], NULL},
             *x[] = {paths[3], NULL}, *pc[] = {paths[4], NULL};
  nm_pipeline_options o;
  memset(&o, 0, sizeof o);
  o.tagger_model = "models/tagger.nmm";
  o.parser_model = "models/parser.nmm";
  o.user_verbs = v;
  o.user_actors = a;
  o.user_agents = g;
  o.user_discards = x;
  o.user_pico = pc;
  nm_error e = {NM_OK, NULL, 0};
  pipe_ev = nm_pipeline_new(&o, &e);
  if (!pipe_ev) {
    fprintf(stderr, "cannot build the pipeline: %s\n", e.msg ? e.msg : "?");
    return 1;
  }
  o.ner_model = "models/ner.nmm";
  o.gazetteer = "dict/gazetteer.nmm";
  pipe_ner = nm_pipeline_new(&o, &e);
  if (!pipe_ner) fprintf(stderr, "cannot build the NER pipeline: %s\n", e.msg ? e.msg : "?");
  o.geonames = "dict/geonames.nmm";
  pipe_geo = nm_pipeline_new(&o, &e);
  if (!pipe_geo) fprintf(stderr, "cannot build the places pipeline: %s\n", e.msg ? e.msg : "?");
  nm_pipeline_options oc;
  NM_TEST_SHIPPED_OPTIONS(oc);
  pipe_cameo = nm_pipeline_new(&oc, &e);
  if (!pipe_cameo) fprintf(stderr, "cannot build the shipped pipeline: %s\n", e.msg ? e.msg : "?");
  NM_RUN(simple_verb);
  NM_RUN(negation_codes_nothing);
  NM_RUN(come_under_is_no_act);
  NM_RUN(naming_is_no_call);
  NM_RUN(name_before_the_appositive_is_the_actor);
  NM_RUN(target_entity_gave_the_code);
  NM_RUN(it_is_no_person);
  NM_RUN(definite_body_named_before);
  NM_RUN(it_is_the_last_thing_named);
  NM_RUN(abbreviated_title_is_an_agent);
  NM_RUN(body_official_is_no_government);
  NM_RUN(organisation_named_like_nature_is_a_place);
  NM_RUN(armed_body_of_a_country);
  NM_RUN(state_and_title_before_a_name);
  NM_RUN(title_then_a_left_out_first_name);
  NM_RUN(vessel_names_are_no_people);
  NM_RUN(apposition_to_a_kind_of_place);
  NM_RUN(country_inside_a_sea_s_name);
  NM_RUN(passive_by_agent);
  NM_RUN(compound_source);
  NM_RUN(pattern_with_synset_and_nmod_target);
  NM_RUN(pattern_pp_target);
  NM_RUN(multiword_verb);
  NM_RUN(agents_join_actor_codes);
  NM_RUN(dated_actor_codes);
  NM_RUN(discarded_sentence);
  NM_RUN(paired_code_adds_the_reverse_event);
  NM_RUN(refusal_of_a_complement);
  NM_RUN(pronoun_takes_the_first_actor);
  NM_RUN(refusing_in_the_future_is_a_rejection);
  NM_RUN(support_verb_borrows_stage_patterns);
  NM_RUN(agreeing_to_is_an_intent);
  NM_RUN(place_near_is_not_a_target);
  NM_RUN(coded_compound_actor);
  NM_RUN(object_control_complement_did_not_happen);
  NM_RUN(statement_with_must_is_a_demand);
  NM_RUN(statement_with_must_after_a_time_word);
  NM_RUN(complement_after_a_time_word);
  NM_RUN(threat_aimed_at_its_condition);
  NM_RUN(protest_aimed_at_its_purpose);
  NM_RUN(willing_to_is_an_intent);
  NM_RUN(demand_survives_a_clause_without_an_actor);
  NM_RUN(refusal_of_an_uncoded_act);
  NM_RUN(pattern_words_not_in_a_time_phrase);
  NM_RUN(two_roles_of_one_country);
  NM_RUN(us_lawmaker_by_party_tag);
  NM_RUN(later_of_two_subjects_in_one_phrase);
  NM_RUN(surname_is_no_role);
  NM_RUN(given_name_is_not_the_person);
  NM_RUN(body_of_the_modifying_country);
  NM_RUN(split_subject_keeps_its_first_word);
  NM_RUN(denied_act_codes_nothing);
  NM_RUN(state_body_takes_the_sentence_country);
  NM_RUN(attack_on_a_place_through_its_slot);
  NM_RUN(one_name_with_and_is_no_compound);
  NM_RUN(description_before_the_name);
  NM_RUN(organisations_the_model_left_out);
  NM_RUN(subject_behind_a_description);
  NM_RUN(dateline_names_are_places);
  NM_RUN(former_holder_is_an_elite);
  NM_RUN(role_word_before_the_name);
  NM_RUN(opening_name_with_its_description);
  NM_RUN(initials_name_an_organisation);
  NM_RUN(name_under_a_two_word_title_is_the_subject);
  NM_RUN(name_goes_on_past_a_glued_al);
  NM_RUN(cooperation_in_a_place_has_no_target);
  NM_RUN(a_role_takes_the_sentence_country);
  NM_RUN(intent_combines_with_its_complement);
  NM_RUN(unknown_verb_codes_nothing);
  NM_RUN(demand_on_the_subject_of_its_clause);
  NM_RUN(possessive_is_its_clause_subject);
  NM_RUN(own_people_are_a_last_resort_target);
  NM_RUN(title_words_stop_at_the_name);
  NM_RUN(country_name_holding_another);
  NM_RUN(common_word_is_no_group);
  NM_RUN(located_speaker_makes_no_accusation);
  NM_RUN(hyphens_and_possessives_in_dictionary_names);
  NM_RUN(according_to_is_no_target);
  NM_RUN(passive_subject_controls_the_complement);
  NM_RUN(counterpart_takes_country_and_title);
  NM_RUN(description_then_name_in_apposition);
  NM_RUN(headline_words_are_no_name);
  NM_RUN(capitals_and_kinds_of_place);
  NM_RUN(organisation_head_ends_a_run);
  NM_RUN(organisation_from_the_dictionaries);
  NM_RUN(relative_pronoun_is_its_antecedent);
  NM_RUN(title_and_country_before_a_name);
  NM_RUN(a_place_in_a_name_is_no_country);
  NM_RUN(description_after_a_name);
  NM_RUN(title_then_name_is_a_person);
  NM_RUN(airline_before_flight_number);
  NM_RUN(organisation_of_a_place);
  NM_RUN(places_the_model_missed);
  NM_RUN(head_of_name_is_an_organisation);
  NM_RUN(common_word_capitalised_by_position);
  NM_RUN(words_that_are_no_name_alone);
  NM_RUN(quoted_title_is_no_name);
  NM_RUN(postal_code_after_a_place);
  NM_RUN(dateline_place_and_agency);
  NM_RUN(title_inside_a_name_splits_it);
  NM_RUN(nationality_words_are_norp);
  NM_RUN(division_of_a_name_is_a_place);
  NM_RUN(acronym_used_as_a_noun);
  NM_RUN(quoted_title_repeated_without_quotes);
  NM_RUN(name_particle_joins_a_name);
  NM_RUN(name_after_a_title_is_a_person);
  NM_RUN(given_name_before_a_surname_found_again);
  NM_RUN(apposition_types_a_name);
  NM_RUN(building_names_are_places);
  NM_RUN(country_before_a_currency);
  NM_RUN(house_of_a_name_is_an_organisation);
  NM_RUN(exclamations_are_no_names);
  NM_RUN(organisation_head_the_model_missed);
  NM_RUN(more_organisation_heads);
  NM_RUN(town_typed_as_a_person);
  NM_RUN(office_of_a_name);
  NM_RUN(initials_alone_are_no_person);
  NM_RUN(acronym_in_brackets);
  NM_RUN(imperative_is_no_person);
  NM_RUN(common_words_name_no_one);
  NM_RUN(drawn_out_sound_is_no_name);
  NM_RUN(other_script_gloss_left_out);
  NM_RUN(lettered_answers_are_no_people);
  NM_RUN(news_outlet_is_an_organisation);
  NM_RUN(institution_word_alone);
  NM_RUN(place_by_two_locative_uses);
  NM_RUN(place_after_a_particle);
  NM_RUN(place_by_its_kind);
  NM_RUN(documents_are_no_names);
  NM_RUN(holidays_are_no_names);
  NM_RUN(state_once_a_place_always);
  NM_RUN(law_name_over_small_words);
  NM_RUN(project_names_are_no_places);
  NM_RUN(numbered_heading_is_no_name);
  NM_RUN(modal_question_is_no_person);
  NM_RUN(earth_and_hell_are_places);
  NM_RUN(party_tags_name_no_one);
  NM_RUN(common_acronyms_name_no_one);
  NM_RUN(salutation_names_are_people);
  NM_RUN(name_after_at_is_an_organisation);
  NM_RUN(lone_letter_is_no_name);
  NM_RUN(nation_word_is_a_place);
  NM_RUN(firm_kind_before_name);
  NM_RUN(firm_short_name);
  NM_RUN(name_spelt_before_acronym);
  NM_RUN(employer_after_job_at);
  NM_RUN(web_site_is_an_organisation);
  NM_RUN(dash_joins_two_names);
  NM_RUN(office_of_two_organisations);
  NM_RUN(name_parts_are_no_actors);
  NM_RUN(apposed_official_is_the_subject);
  NM_RUN(name_after_the_description_place);
  NM_RUN(the_north_is_the_country);
  NM_RUN(name_under_the_title_is_the_subject);
  NM_RUN(pronoun_prefers_the_main_clause_subject);
  NM_RUN(description_after_a_name_joins_it);
  NM_RUN(definite_body_needs_its_word);
  NM_RUN(titled_name_is_no_organisation);
  NM_RUN(backer_is_not_the_owner);
  NM_RUN(thing_owns_no_people);
  NM_RUN(description_serves_a_body);
  NM_RUN(us_cabinet_title_and_relative_clause);
  NM_RUN(capital_as_subject_is_a_place);
  NM_RUN(hyphenated_names_and_region_people);
  NM_RUN(apposition_kind_stops_at_its_head);
  NM_RUN(name_after_a_body_s_role);
  NM_RUN(role_of_joined_countries);
  NM_RUN(name_after_a_description_is_the_subject);
  NM_RUN(opening_title_before_the_comma);
  NM_RUN(bad_dictionary_is_an_error);
  NM_RUN(pattern_words_are_no_target);
  NM_RUN(name_with_and_is_one_target);
  NM_RUN(description_owner_codes_the_person);
  NM_RUN(place_homonym_of_a_country);
  NM_RUN(division_names_are_places);
  NM_RUN(subject_hung_on_the_opening_place);
  NM_RUN(newer_title_over_stale_dictionary_code);
  NM_RUN(pattern_phrase_and_clause_modifier);
  NM_RUN(envoy_country_is_no_anchor);
  NM_RUN(name_after_a_body_noun_is_an_organisation);
  NM_RUN(name_joined_to_a_place);
  NM_RUN(body_description_prefers_the_salient_body);
  NM_RUN(hyphenated_title);
  NM_RUN(nationality_before_the_head_owns_the_phrase);
  NM_RUN(country_leader_is_its_head_of_state);
  NM_RUN(the_bloc_refers_back);
  NM_RUN(dictionary_organisations_the_model_misses);
  NM_RUN(object_under_a_misparsed_adjective);
  NM_RUN(title_alone_takes_the_article_s_country);
  NM_RUN(title_anchors_main_subject_and_owner);
  NM_RUN(lede_subject_and_article_country);
  NM_RUN(owner_country_of_a_body);
  NM_RUN(generic_body_in_another_country);
  NM_RUN(generic_body_under_a_home_dateline);
  NM_RUN(same_description_same_body);
  NM_RUN(titles_of_several_words);
  NM_RUN(the_island_s_title);
  NM_RUN(known_by_initials_and_group_country);
  NM_RUN(title_takes_the_country_of_the_sentence_before);
  NM_RUN(unknown_state_blocks_the_article_s_country);
  NM_RUN(description_after_stops_at_a_relative_clause);
  NM_RUN(description_before_the_name_as_a_bare_obl);
  NM_RUN(spokesperson_of_a_country_s_ministry);
  NM_RUN(pronoun_under_a_reporting_verb_is_its_subject);
  NM_RUN(participle_with_an_agent_is_passive);
  NM_RUN(spokesperson_takes_the_body_s_role);
  NM_RUN(object_pronoun_is_not_its_clause_subject);
  NM_RUN(called_on_to_act_is_an_appeal_to_y);
  NM_RUN(demand_with_object_and_purpose_clause);
  NM_RUN(passive_appeal_is_to_its_subject);
  NM_RUN(what_it_called_names_the_target);
  NM_RUN(target_body_is_not_the_source_s_own);
  NM_RUN(a_verb_s_own_code_over_a_subject_only_pattern);
  NM_RUN(a_general_is_a_soldier);
  NM_RUN(clash_near_a_place_is_mutual);
  NM_RUN(mediators_do_not_mediate_for_each_other);
  NM_RUN(a_department_s_secretary_is_government);
  NM_RUN(a_place_s_description_gives_no_role);
  NM_RUN(an_institution_s_word_joins_its_full_name);
  NM_RUN(a_senate_inside_a_phrase_is_the_article_s);
  NM_RUN(both_countries_are_the_two_named_last);
  NM_RUN(a_group_s_country_is_no_official_s);
  NM_RUN(agents_and_an_opposition_activist_are_the_dateline_s);
  NM_RUN(condemned_deed_targets_its_doer);
  NM_RUN(a_visiting_official_keeps_his_country);
  NM_RUN(the_coalition_is_no_other_body);
  NM_RUN(officers_are_police);
  NM_RUN(the_agency_is_no_armed_group);
  NM_RUN(suspended_ties_reduce_relations);
  NM_RUN(chanting_after_a_goal_is_the_marchers);
  NM_RUN(owned_positions_and_a_state_s_drones);
  NM_RUN(pattern_words_are_no_words_of_a_name);
  NM_RUN(own_council_party_names_and_joint_drills);
  NM_RUN(a_critic_is_none_of_theirs);
  NM_RUN(drones_at_a_country_and_patriots_sent);
  NM_RUN(two_nationalities_of_one_noun);
  NM_RUN(tariffs_are_sanctions);
  NM_RUN(his_own_ambassador_is_no_target);
  NM_RUN(a_hyphenated_place_name_holds_no_role);
  NM_RUN(body_a_description_after_the_name_serves);
  NM_RUN(talks_to_return_to_are_no_party);
  NM_RUN(a_nouns_conjunct_stands_with_it);
  NM_RUN(dictionary_long_name_over_its_pieces);
  NM_RUN(team_actor_bodies);
  NM_RUN(spokespeople_of_a_government);
  NM_RUN(a_statements_medium_is_no_target);
  NM_RUN(a_generic_body_is_its_owners);
  NM_RUN(name_apposed_to_the_description_body);
  NM_RUN(an_organisations_body_is_its_own);
  NM_RUN(head_word_and_its_phrase_are_one_name);
  NM_RUN(its_fighters_are_the_speakers);
  NM_RUN(party_officers_are_the_partys);
  NM_RUN(kosovo_is_ksv);
  NM_RUN(dictionary_acronym_the_model_left_out);
  NM_RUN(body_noun_refers_back_to_the_body);
  NM_RUN(time_phrase_is_no_target);
  NM_RUN(gazetteer_organisation_names);
  NM_RUN(left_out_names);
  NM_RUN(office_before_name_over_description_after);
  NM_RUN(body_takes_the_sentence_country);
  NM_RUN(embassy_country_is_not_the_phrase_head);
  NM_RUN(storms_are_no_people);
  NM_RUN(bare_titles_are_no_people);
  NM_RUN(post_nominals_are_no_organisations);
  NM_RUN(former_holder_of_a_dictionary_role);
  NM_RUN(pm_is_a_premier_but_not_after_a_number);
  NM_RUN(statement_s_in_phrase_is_no_target);
  NM_RUN(us_secretary_outside_the_philippines_and_britain);
  NM_RUN(speaker_s_own_country_is_no_warning_s_target);
  NM_RUN(verb_of_a_which_clause);
  NM_RUN(title_takes_its_body_s_country);
  NM_RUN(accusation_after_as_politically_motivated);
  NM_RUN(person_target_keeps_the_story_s_code);
  NM_RUN(the_swedish_leader_and_his_report);
  NM_RUN(past_act_takes_no_later_date);
  NM_RUN(longer_country_name_keeps_the_role);
  NM_RUN(the_rebels_are_the_group_named_before);
  NM_RUN(possessive_gerund_modifies_its_noun);
  NM_RUN(that_clause_of_a_noun_is_no_relative_clause);
  NM_RUN(former_before_a_dictionary_officeholder);
  NM_RUN(team_verbs_take_aim_and_compound);
  NM_RUN(consultation_with_one_s_own_country);
  NM_RUN(naming_verb_relative_clause_makes_no_event);
  NM_RUN(relative_clause_s_date_is_not_the_event_s);
  NM_RUN(group_in_a_description_is_no_stale_name);
  NM_RUN(own_country_in_a_warning_s_clause_is_no_target);
  NM_RUN(the_court_of_a_court_of_justice);
  NM_RUN(description_s_owner_codes_the_name_before_it);
  NM_RUN(mistyped_headline_surname_joins_the_person);
  NM_RUN(own_forces_are_no_target_of_a_show_of_force);
  NM_RUN(reflexive_pronoun_is_no_target);
  NM_RUN(sheikh_after_a_title_is_part_of_the_name);
  NM_RUN(title_with_a_portfolio_after_for);
  NM_RUN(owner_of_a_description_named_before);
  NM_RUN(phrase_inside_a_time_phrase_is_no_pattern_s);
  NM_RUN(conjunct_of_an_apposition_is_a_subject);
  NM_RUN(pattern_s_own_noun_is_a_target_last);
  NM_RUN(neighboring_before_a_name_is_an_adjective);
  NM_RUN(gathering_s_place_is_no_target);
  NM_RUN(one_way_verb_s_compound_subject_is_no_pair);
  NM_RUN(staff_of_an_officeholder_takes_the_office);
  NM_RUN(description_as_the_name_s_own_dependent);
  NM_RUN(spokesman_for_a_person_serves_his_office);
  NM_RUN(troops_are_the_reporting_military_s);
  NM_RUN(stale_office_gives_way_to_an_opposition_title);
  NM_RUN(opposition_in_the_plural_is_the_country_s);
  NM_RUN(a_suspended_membership_reduces_relations);
  NM_RUN(own_fighters_in_a_warning_s_clause_are_no_target);
  NM_RUN(confederation_and_general_in_a_body_s_name);
  NM_RUN(pronoun_after_a_titled_subject_s_relative_clause);
  NM_RUN(active_verb_s_by_phrase_is_a_target);
  NM_RUN(drills_around_a_place_are_a_show_of_force);
  NM_RUN(official_is_a_state_s_agent);
  NM_RUN(people_s_name_takes_no_title_after_it);
  NM_RUN(labour_federation_and_the_body_before_a_title);
  NM_RUN(title_after_a_body_s_head_word_in_a_name);
  NM_RUN(body_s_name_goes_on_past_on);
  NM_RUN(name_after_a_group_s_official_the_model_missed);
  NM_RUN(name_ends_before_a_verb);
  NM_RUN(person_s_sentence_country_is_near_the_name);
  NM_RUN(armed_body_s_head_word_with_an_ordinal);
  NM_RUN(owner_s_body_based_in_another_country);
  NM_RUN(spokesman_of_a_body_named_before);
  NM_RUN(agent_s_sentence_country_before_it);
  NM_RUN(body_in_another_country_s_city);
  NM_RUN(no_cooperation_with_one_s_own);
  NM_RUN(hyphen_particle_in_a_name);
  NM_RUN(opposition_candidate_elysee_and_fighting_corruption);
  NM_RUN(west_african_is_no_cameroon);
  NM_RUN(its_is_the_clause_subject_s);
  NM_RUN(coded_body_before_the_role_word);
  NM_RUN(head_of_state_takes_no_minister_s_country);
  NM_RUN(the_opposition_is_an_agent);
  NM_RUN(speaker_s_own_troops_are_not_accused);
  NM_RUN(trade_representative_is_a_us_title);
  NM_RUN(titled_name_with_particles_is_a_person);
  NM_RUN(generic_title_joins_no_other_named_official);
  NM_RUN(officer_of_a_private_body_is_no_state_s);
  NM_RUN(territory_s_body_is_the_place_s);
  NM_RUN(other_country_s_official_is_someone_new);
  NM_RUN(troops_sent_take_no_dateline_country);
  NM_RUN(agent_takes_the_place_of_its_own_phrase);
  NM_RUN(other_party_of_a_relation_is_not_its_owners);
  NM_RUN(previous_sentence_reported_content_gives_no_country);
  NM_RUN(airport_country_from_its_first_word);
  NM_RUN(given_name_spelt_like_a_town_after_a_title);
  NM_RUN(it_opening_a_sentence_is_the_subject_before);
  NM_RUN(describing_clause_is_background);
  NM_RUN(transitional_council_is_a_government);
  NM_RUN(bare_army_in_a_warning_is_the_speaker_s);
  NM_RUN(countries_a_speaker_names_are_not_his);
  NM_RUN(governor_takes_the_region_s_country);
  NM_RUN(no_reverse_event_from_a_town);
  NM_RUN(name_set_off_after_an_office_is_a_person);
  NM_RUN(envoy_s_host_is_not_its_owner);
  NM_RUN(congo_takes_the_country_the_article_supports);
  NM_RUN(name_after_an_honorific_is_a_person);
  NM_RUN(titled_apposition_is_the_subject_for_he);
  NM_RUN(object_it_is_not_the_subject_s_owner);
  NM_RUN(headline_words_with_a_country_are_no_person);
  NM_RUN(condemning_a_thing_is_not_condemning_its_place);
  NM_RUN(two_titles_of_one_person);
  NM_RUN(names_with_a_people_s_possessive);
  NM_RUN(a_body_named_for_its_purpose);
  NM_RUN(a_lower_case_word_is_no_part_of_a_gazetteer_name);
  NM_RUN(a_one_word_entry_is_no_longer_name_s_part);
  NM_RUN(a_name_after_a_title_the_model_left_out);
  NM_RUN(spokesman_named_after_a_body_or_before_a_rank);
  NM_RUN(object_it_is_no_conjunct_of_the_subject);
  NM_RUN(taking_office_is_no_arrest);
  NM_RUN(suspending_negotiations_halts_them);
  NM_RUN(eln_is_colombia_s_rebels);
  NM_RUN(houthi_claims_of_strikes_on_ships);
  NM_RUN(a_pattern_of_one_actor_word_is_the_target);
  NM_RUN(they_is_no_one_named_person);
  NM_RUN(a_possessed_lower_case_body_is_no_igo);
  NM_RUN(words_before_party_name_it);
  NM_RUN(force_across_a_country_is_aimed_at_it);
  NM_RUN(prosecutors_are_the_dateline_state_s);
  NM_RUN(the_government_a_minister_quits_is_his_own);
  NM_RUN(a_participant_s_past_discards_nothing);
  NM_RUN(prc_and_the_european_community_are_actors);
  NM_RUN(no_name_starts_with_of);
  NM_RUN(a_part_of_the_aid_is_the_aid);
  NM_RUN(an_officer_is_of_the_army_named_before);
  NM_RUN(a_clash_is_both_sides);
  NM_RUN(resumed_distributions_are_aid);
  NM_RUN(a_struggle_to_act_is_no_fight);
  NM_RUN(a_report_by_the_doer_s_office_points_to_the_doer);
  NM_RUN(a_dictionary_group_is_an_organisation);
  NM_RUN(its_own_fighters_make_a_claim);
  NM_RUN(unknown_state_before_an_office_is_a_place);
  NM_RUN(a_foreign_dateline_gives_way_to_the_army_named);
  NM_RUN(ex_titles_justices_and_police_reports);
  NM_RUN(the_accused_of_a_bare_relative_are_its_noun);
  NM_RUN(a_place_framed_by_its_kind);
  NM_RUN(team_actors_of_the_2020s);
  NM_RUN(an_agent_is_of_the_sender_s_country);
  NM_RUN(gatherings_deeper_down_and_envoys);
  NM_RUN(a_spokesperson_speaks_for_the_body_before);
  NM_RUN(they_in_a_report_are_the_plural_reporters);
  NM_RUN(hyphen_glued_organisation_names_are_one);
  NM_RUN(light_verbs_sidelines_participles_and_aliases);
  NM_RUN(portfolios_formal_names_and_relative_objects);
  NM_RUN(gunmen_do_what_their_gerund_says);
  NM_RUN(described_subjects_and_no_one_act_not);
  NM_RUN(a_body_is_not_its_spokesperson);
  NM_RUN(bodies_across_the_strait);
  NM_RUN(a_chamber_of_commerce_is_a_body);
  NM_RUN(the_country_s_council);
  NM_RUN(advisers_and_portfolios);
  NM_RUN(neither_nor_police_commands_and_scales);
  NM_RUN(georgia_s_and_bangladesh_s_new_leaders);
  NM_RUN(both_countries_are_no_two_of_a_list);
  NM_RUN(a_force_s_frontier);
  NM_RUN(spokesmen_of_bodies_named_before);
  NM_RUN(companions_operations_and_engagement);
  NM_RUN(headline_participle_currency_and_declining_to_tell);
  NM_RUN(chief_minister_and_a_minister_s_own_words);
  NM_RUN(dateline_ministry_bare_envoy_and_linked_group);
  NM_RUN(junta_s_country_and_reduced_relatives);
  NM_RUN(long_portfolios_and_clerics);
  NM_RUN(opening_known_bodies_and_iraqi_factions);
  NM_RUN(province_surname_undersecretary_and_shoal);
  NM_RUN(given_names_descriptions_and_regions);
  NM_RUN(owners_datelines_treaties_and_joined_countries);
  NM_RUN(agency_groups_given_names_and_whose);
  NM_RUN(names_bodies_and_places_of_the_team_s_wire_copy);
  NM_RUN(events_of_the_team_s_wire_copy);
  NM_RUN(a_conjunct_s_conjunct_joins_the_list);
  NM_RUN(description_before_a_ranked_name);
  NM_RUN(a_titled_name_stays_a_person);
  NM_RUN(leaders_after_the_phoenix_files);
  NM_RUN(a_body_takes_the_opening_place_s_country);
  NM_RUN(a_treaty_s_city_is_no_party);
  NM_RUN(a_title_takes_the_country_of_the_officials_before_it);
  NM_RUN(facing_a_thing_is_no_meeting);
  NM_RUN(a_title_takes_the_one_country_of_its_sentence_s_places);
  NM_RUN(joined_origins_and_a_place_near_the_target);
  NM_RUN(armed_group_s_fighters_are_the_group);
  NM_RUN(regions_of_america_and_defence_forces);
  NM_RUN(minister_speaks_from_the_opening_place);
  NM_RUN(taking_a_matter_to_a_body_is_no_seizure);
  NM_RUN(title_takes_the_dateline_s_country_of_its_places);
  NM_RUN(title_takes_the_country_of_its_commander);
  NM_RUN(relations_broken_off);
  NM_RUN(force_into_a_country_s_thing);
  NM_RUN(surname_spelt_like_a_town);
  NM_RUN(source_of_joined_countries);
  NM_RUN(title_an_organisation_owns);
  NM_RUN(office_far_before_an_apposed_name);
  NM_RUN(one_state_title_and_opening_place_police);
  NM_RUN(commodore_and_brigadier_are_military_ranks);
  NM_RUN(dictionary_words_fold_latin_letters);
  NM_RUN(headline_preposition_is_no_part_of_a_place);
  NM_RUN(strikes_carried_out_or_launched_are_force);
  NM_RUN(caretaker_and_counterpart);
  NM_RUN(it_is_a_group_that_reports);
  NM_RUN(seizing_parts_of_towns_occupies_them);
  NM_RUN(troops_sent_to_a_border_are_mobilised);
  NM_RUN(force_aimed_at_its_purpose);
  NM_RUN(accusing_gerund_takes_the_subject);
  NM_RUN(force_aimed_at_the_user_of_its_object);
  NM_RUN(countries_a_noun_includes_act);
  NM_RUN(each_other_s_is_the_other_s);
  NM_RUN(country_of_another_s_description);
  NM_RUN(titled_name_of_a_country);
  NM_RUN(fronted_phrase_is_no_target);
  NM_RUN(where_an_agreement_was_signed_is_no_party);
  NM_RUN(headline_country_and_later_title);
  NM_RUN(place_opening_a_name_is_no_actor);
  NM_RUN(hyphenated_country_and_a_since_clause);
  NM_RUN(the_plan_is_its_author_s);
  NM_RUN(deputy_of_an_owner);
  NM_RUN(asset_freezes_and_travel_bans);
  NM_RUN(gathering_the_act_took_place_at);
  NM_RUN(headline_verbs_end_names);
  NM_RUN(every_member_of_a_long_list_acts);
  NM_RUN(an_ethnic_demonym_gives_no_state);
  NM_RUN(a_statement_at_a_meeting_is_not_made_to_it);
  NM_RUN(whose_noun_acts_for_the_owner);
  NM_RUN(coast_guard_spokesman_and_foreign_secretary);
  NM_RUN(object_pronoun_prefers_its_own_sentence);
  NM_RUN(appointed_as_gives_a_title);
  NM_RUN(names_across_particles);
  NM_RUN(a_description_joins_no_holder_of_another_state);
  NM_RUN(a_quotation_before_the_name_does_not_count);
  NM_RUN(spokeswoman_for_a_body_named_before_a_hyphenated_name);
  NM_RUN(charge_d_affaires_and_a_participle_the_noun_undergoes);
  NM_RUN(quoted_and_qualifying_countries_anchor_no_official);
  NM_RUN(a_means_is_no_agent);
  NM_RUN(description_after_a_rank_says_whom_it_serves);
  NM_RUN(an_owner_after_a_comma_is_no_apposition);
  NM_RUN(its_envoy_serves_the_subject_before);
  NM_RUN(country_in_words_reported_by_a_speaker_is_not_hers);
  NM_RUN(country_with_a_role_beats_the_bare_country_of_a_headline);
  NM_RUN(name_inside_a_title_mention_is_coded);
  NM_RUN(actor_word_of_a_hostile_pattern_is_the_target);
  NM_RUN(leader_of_a_body_named_in_his_relative_clause);
  NM_RUN(rebels_spokesman_speaks_for_the_group_named_before);
  NM_RUN(bureau_dateline_gives_no_country);
  NM_RUN(country_word_as_a_given_name_after_a_title);
  NM_RUN(motion_toward_a_place_is_no_target);
  NM_RUN(its_president_of_an_uncoded_body_is_no_state_s);
  NM_RUN(body_led_by_an_opposition_figure);
  NM_RUN(headline_verb_before_a_description_is_no_role);
  NM_RUN(owner_s_office_named_for_another_country);
  NM_RUN(state_of_mind_by_phrase_is_no_source);
  NM_RUN(office_of_the_island_is_the_country_named_before);
  NM_RUN(ministry_spokesman_speaks_for_no_armed_group);
  NM_RUN(its_fighters_in_a_report_are_the_reporter_s);
  NM_RUN(sanctions_after_a_condition_are_the_subject_s);
  NM_RUN(lower_case_office_set_off_before_the_name);
  NM_RUN(preparing_together_is_no_mutual_event);
  NM_RUN(fixed_word_of_a_preposition_matches_no_pattern);
  NM_RUN(relative_clause_of_leading_is_no_event);
  NM_RUN(headline_participle_with_agent_is_passive);
  NM_RUN(forces_an_official_commands_are_the_official_s);
  NM_RUN(appeal_to_one_s_own_is_its_target);
  NM_RUN(spokesman_of_another_body_of_the_country_named_before);
  NM_RUN(spokesman_of_a_body_many_states_have);
  NM_RUN(rebels_commander_is_the_rebel_group_s);
  NM_RUN(what_an_act_violates_is_no_target);
  NM_RUN(pronoun_target_is_none_of_the_subjects);
  NM_RUN(role_only_phrase_takes_the_apposed_person_s_country);
  NM_RUN(alliance_is_no_country);
  NM_RUN(lawmakers_are_the_country_s_legislature);
  NM_RUN(joined_subjects_agree_before_a_reporter);
  NM_RUN(what_an_act_is_done_under_is_no_target);
  NM_RUN(company_is_no_navy);
  NM_RUN(parties_take_the_country);
  NM_RUN(comma_gerund_is_the_named_subject_s);
  NM_RUN(body_of_the_navy_named_before);
  NM_RUN(un_agencies_by_their_descriptions);
  NM_RUN(firing_an_office_holder_is_no_force);
  NM_RUN(republican_lawmakers_are_american);
  NM_RUN(what_is_denied_is_no_event);
  NM_RUN(maker_of_a_thing_is_no_target);
  NM_RUN(protesters_where_the_act_took_place);
  NM_RUN(description_before_an_honorific_and_a_name);
  NM_RUN(partners_along_with_are_no_target);
  NM_RUN(the_militants_are_the_group_named_before);
  NM_RUN(office_taken_as_is_the_title);
  NM_RUN(its_aircraft_are_the_speakers);
  NM_RUN(opposed_gerund_has_not_happened);
  NM_RUN(observer_report_keeps_the_attack);
  NM_RUN(a_sides_report_stays_an_accusation);
  NM_RUN(renewed_talks_and_upgraded_ties);
  NM_RUN(arms_sent_to_a_country_are_aid);
  NM_RUN(an_attack_on_its_victim_has_no_doer);
  NM_RUN(their_diplomats_are_not_the_subjects);
  NM_RUN(mediator_invites_the_presidents);
  NM_RUN(blamed_after_a_reported_copula);
  NM_RUN(called_on_after_a_reported_phrase);
  NM_RUN(condemned_strikes_six_sentences_later);
  NM_RUN(remains_detained_is_passive);
  NM_RUN(force_threatened_and_used_on_protesters);
  NM_RUN(presidential_office_is_the_government);
  NM_RUN(ordered_to_leave_is_an_expulsion);
  NM_RUN(appeal_to_an_uncoded_addressee_has_no_target);
  NM_RUN(a_policy_does_no_violence);
  NM_RUN(called_on_both_sides_is_no_act_on_civilians);
  NM_RUN(detained_abroad_is_a_participle);
  NM_RUN(hyphened_given_name_and_surname);
  NM_RUN(condemned_expulsions_target_the_expeller);
  NM_RUN(condemned_attack_that_was_launched);
  NM_RUN(a_leaders_wife_is_a_civilian);
  NM_RUN(hyphen_particle_glued_to_its_word);
  NM_RUN(beijing_opens_a_sentence);
  NM_RUN(a_state_cooperating_with_itself_is_no_event);
  NM_RUN(law_society_is_the_legal_profession);
  NM_RUN(ministry_reporting_its_dateline_country);
  NM_RUN(opposed_to_is_a_stance);
  NM_RUN(country_before_a_deputy_title);
  NM_RUN(a_days_on_is_no_pattern_word);
  NM_RUN(sanctions_targeting_and_phrases_without_times);
  NM_RUN(a_state_bodys_nationals_are_its_civilians);
  NM_RUN(place_of_the_verbs_gathering_is_no_target);
  NM_RUN(leading_a_bloc_is_no_body);
  NM_RUN(meeting_arrival_and_pledge_targets);
  NM_RUN(serving_a_sentence_is_no_event);
  NM_RUN(a_pattern_word_is_no_modifier);
  NM_RUN(taliban_government_is_afghanistans);
  NM_RUN(ilo_is_the_un_labour_agency);
  NM_RUN(the_spokesman_codes_as_the_one_named_before);
  NM_RUN(relative_pronoun_object_is_its_noun);
  NM_RUN(a_gatherings_broker_is_no_party);
  NM_RUN(compound_agreement_and_taking_place);
  NM_RUN(headline_participle_is_passive);
  NM_RUN(accented_names_are_whole);
  NM_RUN(un_body_without_un);
  NM_RUN(the_kingdom_is_the_monarchy_named_before);
  NM_RUN(the_country_after_of_holds_the_title);
  NM_RUN(a_tie_is_no_party_its_partner_is);
  NM_RUN(owner_of_a_subordinate_subject_is_no_story_country);
  NM_RUN(a_title_and_name_after_a_country_are_a_person);
  NM_RUN(a_lower_case_body_after_an_owner_is_the_owners);
  NM_RUN(an_armed_body_named_before_places_its_officers);
  NM_RUN(a_prompted_act_is_the_objects);
  NM_RUN(an_institution_word_is_the_body_named_before);
  NM_RUN(both_governments_of_a_conjoined_clause_subject);
  NM_RUN(the_alliance_of_sahel_states);
  NM_RUN(police_said_they_had_arrested);
  NM_RUN(description_before_a_rank_codes_the_officer);
  NM_RUN(an_ethnic_minority_is_its_places_civilians);
  NM_RUN(an_unclaimed_blast_is_an_unidentified_force);
  NM_RUN(a_meeting_in_a_partys_country_is_mutual);
  NM_RUN(team_actors_gulf_council_and_apec);
  NM_RUN(bare_preposition_pattern_takes_no_time);
  NM_RUN(year_of_the_articles_own_time_is_no_discard);
  NM_RUN(refusal_asked_for_by_a_demand);
  NM_RUN(opposition_takes_the_state_it_acts_on);
  NM_RUN(seat_dateline_gives_no_country);
  NM_RUN(gerund_after_a_time_marker_is_the_subjects);
  NM_RUN(reported_call_keeps_its_reverse);
  NM_RUN(two_word_country_title_and_name_are_a_person);
  NM_RUN(its_positions_in_a_reported_attack_are_the_speakers);
  NM_RUN(denied_claim_is_aimed_at_the_claimant);
  NM_RUN(junta_is_no_foreign_sources_own);
  NM_RUN(serb_forces_engaged_in_cleansing);
  NM_RUN(quantity_of_troops_sent_is_no_target);
  NM_RUN(people_protesting_a_states_body_are_its);
  NM_RUN(a_court_takes_the_sentences_country);
  NM_RUN(the_two_leaders_are_the_last_events_parties);
  NM_RUN(accepted_demands_are_a_concession);
  NM_RUN(it_that_must_act_is_the_one_told);
  NM_RUN(coordinator_is_a_title_and_acting_stands_outside);
  NM_RUN(name_after_a_participles_object_is_the_description);
  NM_RUN(people_from_joined_bodies_are_one_actor_each);
  NM_RUN(signed_deal_is_an_agreement);
  NM_RUN(welcomed_decision_and_dismissed_move_aim_at_the_doer);
  NM_RUN(talks_on_joining_aim_at_the_body);
  NM_RUN(commission_on_is_the_commission);
  NM_RUN(dictionary_name_one_word_short_is_the_person);
  NM_RUN(party_name_and_deputy_before_an_office);
  NM_RUN(party_officer_and_seat_of_the_subject);
  NM_RUN(name_as_unmarked_modifier_of_the_place_is_the_description);
  NM_RUN(sanctioned_is_an_embargo);
  NM_RUN(captured_part_of_a_place_is_occupation);
  NM_RUN(people_a_states_force_acts_on_are_its);
  NM_RUN(launched_invasion_is_occupation);
  NM_RUN(a_places_kind_is_no_role);
  NM_RUN(purpose_after_a_said_demand_keeps_the_demand);
  NM_RUN(country_before_an_embassy_is_the_embassys);
  NM_RUN(second_asked_complement_has_not_happened);
  NM_RUN(retired_title_is_an_elite);
  NM_RUN(body_before_a_named_envoy_is_hers);
  NM_RUN(reported_subjects_country_is_not_the_reporters);
  NM_RUN(absent_medium_and_signing_place_are_no_party);
  NM_RUN(given_names_spelt_like_towns_after_a_title);
  NM_RUN(holder_after_a_lower_case_role);
  NM_RUN(residents_of_a_name_make_it_a_place);
  NM_RUN(paired_code_with_a_compound_subject_is_mutual);
  NM_RUN(own_threat_aims_at_the_clause_s_target);
  NM_RUN(language_word_is_no_country);
  NM_RUN(declared_state_of_siege_is_emergency_rule);
  NM_RUN(would_have_is_no_event);
  NM_RUN(envoy_sent_is_no_target);
  NM_RUN(statement_is_its_authors);
  NM_RUN(object_under_no_is_not_done);
  NM_RUN(minister_of_the_ministry_named_before);
  NM_RUN(definite_body_after_an_opening_phrase);
  NM_RUN(definite_state_body_of_the_article);
  NM_RUN(head_of_a_delegation_and_the_accusation);
  NM_RUN(free_relative_named_as);
  NM_RUN(own_place_is_no_target);
  NM_RUN(pattern_target_past_a_number);
  NM_RUN(role_of_the_country_named_before);
  NM_RUN(named_envoy_is_the_unnamed_one_before);
  NM_RUN(sovereign_adjective_is_no_ruler);
  NM_RUN(named_owner_of_lower_case_body);
  NM_RUN(seeking_shelter_is_no_appeal);
  NM_RUN(condemned_attack_spares_its_victim);
  NM_RUN(accused_conjunct_after_a_measure);
  NM_RUN(counterpart_parsed_as_clause_codes_the_name);
  NM_RUN(surname_alone_is_no_place);
  NM_RUN(writers_gloss_is_no_target);
  NM_RUN(quarrel_over_is_no_target);
  NM_RUN(head_of_a_body_named_after_the_name);
  NM_RUN(two_countries_are_no_bloc);
  NM_RUN(two_word_country_before_a_title);
  NM_RUN(statement_day_is_no_target);
  NM_RUN(joined_clause_it_is_the_first_clause_s_subject);
  NM_RUN(journey_is_not_mutual);
  NM_RUN(exchanged_weapons_are_no_target);
  NM_RUN(its_described_person_serves_the_body_before);
  NM_RUN(envoy_serves_the_body_before);
  NM_RUN(head_of_a_state_office_is_the_state_s);
  NM_RUN(honorific_before_an_apposed_name);
  NM_RUN(given_name_after_an_honorific);
  NM_RUN(subject_body_takes_no_country_from_its_object);
  NM_RUN(agreement_place_is_no_target);
  NM_RUN(a_boat_captain_is_a_civilian);
  NM_RUN(a_place_takes_no_role_and_a_cartel_its_country);
  NM_RUN(according_to_is_no_accord);
  NM_RUN(passive_from_place_is_no_source);
  NM_RUN(call_for_talks_between_others_is_not_mutual);
  NM_RUN(hyphenated_participle_is_no_act);
  NM_RUN(named_person_pronoun_is_no_place);
  NM_RUN(means_of_saying_is_no_target);
  NM_RUN(court_takes_no_country_from_sentence_before);
  NM_RUN(descriptions_before_the_name);
  NM_RUN(embassy_spokesman_serves_the_embassy_s_country);
  NM_RUN(modifier_of_a_place_attacked_is_no_object);
  NM_RUN(oversight_described_is_no_act);
  NM_RUN(region_of_the_dateline_s_country_is_no_population);
  NM_RUN(more_descriptions_before_the_name);
  NM_RUN(opposition_body_and_language_compound);
  NM_RUN(both_governments_are_the_story_s_pair);
  NM_RUN(somaliland_is_somalia_s);
  NM_RUN(officials_of_the_dateline_s_country);
  NM_RUN(hosting_bases_or_refugees_is_no_visit);
  NM_RUN(police_party_and_acronym_descriptions);
  NM_RUN(spokesman_lawyer_and_idiom);
  NM_RUN(pairs_backers_names_and_spokesmen);
  NM_RUN(attack_that_killed_and_civilians_killed);
  NM_RUN(bodies_run_by_or_in_and_envoys_posted_in);
  NM_RUN(protest_jailed_for_hardship_struggled_with_and_channel);
  NM_RUN(british_names_blocs_left_and_bodies_in_officials_words);
  NM_RUN(named_armies_talks_towns_asides_and_reporters);
  NM_RUN(city_after_a_preposition_is_no_person);
  NM_RUN(grounds_crafts_dismissals_texts_and_groups);
  NM_RUN(taken_decisions_and_offices_of_a_settlement);
  NM_RUN(places_named_with_a_division_s_kind_and_exonyms);
  NM_RUN(namings_and_acts_a_law_punishes);
  NM_RUN(airports_named_after_people_and_hosts_of_refugees);
  NM_RUN(job_after_a_comma_without_an_article);
  NM_RUN(offices_unions_and_foreign_acronyms);
  NM_RUN(bodies_beside_an_international_body_s_seat);
  NM_RUN(second_relative_clause_and_orders);
  NM_RUN(group_is_no_state_office);
  NM_RUN(palma_of_cabo_delgado_and_hosted_bodies);
  NM_RUN(aligned_name_and_fighting_duties);
  NM_RUN(language_is_no_nation);
  NM_RUN(bare_apostrophe_owner_and_brussels);
  NM_RUN(generic_body_of_the_subject_s_state);
  NM_RUN(party_spokesman_and_gathered_information);
  NM_RUN(airports_pleas_and_the_world_court);
  NM_RUN(sanctions_that_target_and_leading_a_vote);
  NM_RUN(pressing_toward_rifts_and_investigations);
  NM_RUN(team_office_holders);
  NM_RUN(body_and_title_of_the_state_a_sentence_opens_in);
  NM_RUN(drills_around_a_land_show_force);
  NM_RUN(circumstances_are_no_targets);
  NM_RUN(southern_african_parties);
  NM_RUN(seized_hauls_are_no_acts);
  NM_RUN(mediation_and_concluded_talks);
  NM_RUN(rules_that_apply_ask_nothing);
  NM_RUN(state_news_agency_sana);
  NM_RUN(phrase_words_in_their_own_phrase);
  NM_RUN(secretary_of_state_for_a_portfolio);
  NM_RUN(backed_troops_are_their_own);
  NM_RUN(uncoded_person_pronoun_is_no_actor);
  NM_RUN(lives_claimed_are_no_claim);
  NM_RUN(place_discussed_says_nothing_back);
  NM_RUN(thing_left_in_a_state_is_no_departure);
  NM_RUN(armed_forces_in_an_official_s_words_are_his_state_s);
  NM_RUN(envoy_of_an_international_officer_is_the_body_s);
  NM_RUN(demonstrative_names_no_actor);
  NM_RUN(korean_peninsula_team_actors);
  NM_RUN(object_them_is_the_last_plural_actor);
  NM_RUN(intent_and_appeal_to_mediate);
  NM_RUN(joiners_meet_no_one);
  NM_RUN(thing_a_country_made_does_nothing);
  NM_RUN(for_phrase_visit_needs_a_place);
  NM_RUN(participle_of_the_people_appealed_to);
  NM_RUN(co_attendees_visit_no_one);
  NM_RUN(thing_placed_in_a_country_is_no_actor);
  NM_RUN(going_to_do_is_no_journey);
  NM_RUN(installed_officials_serve_the_installer);
  NM_RUN(money_is_no_actor);
  NM_RUN(owner_the_entity_model_missed);
  NM_RUN(portfolio_of_an_office_is_no_role);
  NM_RUN(one_acting_between_is_neither_of_the_two);
  NM_RUN(head_of_a_body_keeps_the_body_s_code);
  NM_RUN(offer_to_host_talks_between_is_intent_to_mediate);
  NM_RUN(fighting_a_government_is_fighting);
  NM_RUN(mediation_launched_is_mediation);
  NM_RUN(clause_subject_of_the_speaker_s_own_body_is_no_target);
  NM_RUN(an_apposed_body_s_that_clause_describes_it);
  NM_RUN(the_delegation_one_leads_is_one_s_own);
  NM_RUN(the_channel_aid_goes_through_is_no_party);
  NM_RUN(whom_a_deed_is_blamed_on_is_the_target);
  NM_RUN(a_body_described_far_back_and_the_bloc_of_a_union_s_body);
  NM_RUN(a_body_named_without_its_country_s_initials);
  NM_RUN(a_gathering_an_act_took_place_at_is_no_target);
  NM_RUN(it_of_a_body_owned_by_its);
  NM_RUN(a_verb_after_the_name_ends_its_description);
  NM_RUN(what_is_said_to_be_one_s_own_is_no_target);
  NM_RUN(a_matter_discussed_says_nothing_back);
  NM_RUN(insisting_that_something_is_so_is_no_demand);
  NM_RUN(a_court_s_ruling_is_no_governing);
  NM_RUN(naming_tying_describing_and_what_came_since);
  NM_RUN(standing_described_with_that_and_one_s_own_agency);
  NM_RUN(a_source_s_text_stops_at_a_quotation);
  NM_RUN(a_for_phrase_inside_the_object_is_no_ground);
  NM_RUN(he_is_no_thing_a_nationality_codes);
  NM_RUN(a_retired_diplomat_and_a_court_hearing_cases);
  NM_RUN(paying_is_one_way);
  nm_pipeline_free(pipe_ev);
  nm_pipeline_free(pipe_ner);
  nm_pipeline_free(pipe_geo);
  nm_pipeline_free(pipe_cameo);
  for (int k = 0; k < 5; k++)
    unlink(paths[k]);
  NM_TEST_MAIN_END();
}
