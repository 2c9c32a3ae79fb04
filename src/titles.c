/* titles.c - titles and roles of people in the news ("Secretary of State",
 * "Prime Minister", "spokesman", "Sen."), matched on lower-cased token
 * hashes. The list was written by the newsmill team from general knowledge
 * of English news style. */
#include "titles.h"

#include "gazetteer.h"

#include <pthread.h>
#include <string.h>

/* Each title as its tokens (as nm_segment splits them), lower case. The
 * head word, which a later "the minister" refers back with, is the first
 * word before " of " or else the last word. */
static const char *const titles[] = {
    "president", "vice president", "president-elect", "prime minister", "deputy prime minister",
    "premier", "chancellor", "first deputy prime minister", "first vice president",
    "first deputy minister", "coordinating minister", "chief minister", "deputy chief minister",
    "foreign minister", "defense minister", "defence minister",
    "finance minister", "interior minister", "justice minister", "health minister",
    "energy minister", "economy minister", "trade minister", "minister", "deputy minister",
    "secretary of state", "minister of state", "state minister", "secretary-general",
    "secretary general",
    "under secretary", "undersecretary", "under-secretary", "under-secretary-general",
    "undersecretary-general", "under secretary-general", "vice minister", "vice-minister",
    "deputy secretary", "assistant secretary", "permanent secretary",
    "defense secretary", "foreign secretary", "home secretary", "treasury secretary",
    "commerce secretary", "energy secretary", "transportation secretary", "agriculture secretary",
    "labor secretary", "education secretary", "homeland security secretary", "housing secretary",
    "press secretary", "justice secretary", "interior secretary", "finance secretary",
    "security secretary",
    "health secretary", "foreign affairs secretary", "environment secretary", "trade secretary",
    "budget secretary", "defence secretary", "secretary", "national security adviser",
    "security adviser", "adviser",
    "advisor", "ambassador", "envoy", "special envoy", "spokesman", "spokeswoman",
    "spokesperson", "senator", "sen.", "rep.", "representative", "trade representative",
    "congressman", "congresswoman",
    "lawmaker", "governor", "gov.", "mayor", "prefect", "chief district officer",
    "district officer", "district commissioner", "king", "queen", "crown prince", "prince",
    "princess", "emir", "sheikh", "sultan", "ayatollah", "mullah", "mawlawi", "maulana",
    "maulvi", "rev.", "reverend", "pastor", "imam", "rabbi", "supreme leader", "pope", "cardinal",
    "archbishop", "bishop", "general", "gen.", "lt.", "lt. gen.", "maj. gen.", "brig. gen.",
    "col.", "colonel", "maj.", "major", "capt.", "captain", "adm.", "admiral", "commander",
    "cmdr.", "lt. cmdr.", "cmdr", "commodore", "brigadier", "brigadier general",
    "major general", "lieutenant general", "lieutenant colonel", "lt. col.", "vice admiral",
    "rear admiral", "vice adm.", "rear adm.", "field marshal",
    "chief of staff", "army chief", "police chief", "chief", "paramount chief",
    "chief executive", "ceo",
    "chairman", "chairwoman", "chair", "director", "director-general", "director general",
    "deputy director", "deputy director-general", "deputy director general",
    "head", "leader", "opposition leader", "speaker", "attorney general", "judge", "justice",
    "chief justice", "prosecutor", "chief prosecutor", "diplomat", "top diplomat", "official",
    "negotiator", "chief negotiator", "lead negotiator", "chief cabinet secretary",
    "cabinet secretary",
    "mediator", "coordinator", "humanitarian coordinator", "rapporteur", "special rapporteur",
    "commissioner", "high commissioner", "assistant commissioner", "deputy commissioner",
    "police commissioner", "commissioner general", "commissioner-general", "inspector general",
    "inspector-general", "deputy inspector general", "president of the european commission",
    "foreign policy chief", "superintendent", "supt.", "chief supt.", "chief superintendent",
    "detective superintendent",
    "detective chief superintendent", "chief inspector", "detective inspector",
    "detective", "sergeant", "sgt.", "constable", "inspector", "magistrate", "taoiseach",
    /* fifty-third session: "Cpl. Wilmer Ordonez and Pvt. Kevin Matute" */
    "corporal", "cpl.", "lance corporal", "pvt.",
    "tanaiste", "charge d'affaires",
    "charg\xc3\xa9" " d'affaires", "charge d\xe2\x80\x99" "affaires",
    "charg\xc3\xa9" " d\xe2\x80\x99" "affaires",
    /* fifty-seventh session: "Inspector-General of Police Samuel Koroma" */
    "commissioner of police", "inspector general of police", "inspector-general of police",
    "deputy inspector general of police", "director general of police",
    "superintendent of police", "chief of police", "chief of army staff",
    "chief of defence staff", "chief of defense staff", "chief of general staff",
    "chief of the general staff", "chief of naval staff", "chief of air staff",
    "chief of cabinet", "cabinet chief",
    /* fifty-eighth session: "the national Ombudsman's Office" */
    "ombudsman", "ombudswoman", "public defender", "auditor general", "auditor-general",
    "prosecutor general", "prosecutor-general",
};

#define N_TITLES (sizeof titles / sizeof *titles)
/* (a title past the table's room would be dropped without a word) */
_Static_assert(N_TITLES <= NM_TITLES_MAX, "NM_TITLES_MAX is smaller than the list of titles");

const char *const nm_state_head_titles[] = {"president", "prime minister", "chancellor",
                                            "premier",   "king",           "queen",
                                            "emir",      "supreme leader", NULL};

const char *const nm_title_standing[] = {"caretaker", "interim",  "acting", "outgoing",
                                         "incoming",  NULL};

const char *const nm_private_bodies[] = {
    "association", "company",   "corporation", "firm",    "federation", "club",
    "university",  "college",   "foundation",  "institute", "society",  "chamber",
    "league",      "charity",   "network",     "business", NULL};

/* Splits a title into token hashes; returns the count (at most
 * NM_TITLE_MAX) and the head's index. */
static size_t title_tokens(const char *t, uint64_t *h, uint64_t *head) {
  size_t n = 0;
  *head = SIZE_MAX;
  while (*t && n < NM_TITLE_MAX) {
    /* a hyphen is a token of its own, as the segmenter makes it:
     * "secretary-general" is "secretary", "-", "general" */
    size_t len = *t == '-' ? 1 : strcspn(t, " -");
    if (len == 2 && memcmp(t, "of", 2) == 0 && *head == SIZE_MAX && n) *head = n - 1;
    h[n++] = nm_gz_token_hash(t, len);
    t += len;
    while (*t == ' ')
      t++;
  }
  if (*head == SIZE_MAX) *head = n ? n - 1 : 0;
  return n;
}

void nm_titles_init(nm_titles *tt) {
  tt->n = 0;
  memset(tt->first, 0, sizeof tt->first);
  for (size_t i = 0; i < N_TITLES && i < NM_TITLES_MAX; i++) {
    nm_title *t = &tt->t[tt->n++];
    t->n = title_tokens(titles[i], t->h, &t->head);
    if (t->n) tt->first[(t->h[0] >> 6) & 3] |= 1ull << (t->h[0] & 63);
  }
}

size_t nm_title_ending_at(const nm_titles *tt, const uint64_t *h, size_t lo, size_t end,
                          uint64_t *head) {
  size_t best = 0;
  for (size_t i = 0; i < tt->n; i++) {
    const nm_title *t = &tt->t[i];
    if (t->n <= best || t->n > end - lo || t->h[t->n - 1] != h[end - 1]) continue;
    if (memcmp(t->h, h + end - t->n, t->n * sizeof *h) == 0) {
      best = t->n;
      *head = t->h[t->head];
    }
  }
  return best;
}

size_t nm_title_starting_at(const nm_titles *tt, const uint64_t *h, size_t start, size_t hi,
                            uint64_t *head) {
  size_t best = 0;
  if (start >= hi || !nm_title_may_start(tt, h[start])) return 0;
  for (size_t i = 0; i < tt->n; i++) {
    const nm_title *t = &tt->t[i];
    if (t->n <= best || t->n > hi - start || t->h[0] != h[start]) continue;
    if (memcmp(t->h, h + start, t->n * sizeof *h) == 0) {
      best = t->n;
      *head = t->h[t->head];
    }
  }
  return best;
}

static nm_titles builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;
static void builtin_init(void) { nm_titles_init(&builtin); }

const nm_titles *nm_titles_builtin(void) {
  pthread_once(&builtin_once, builtin_init);
  return &builtin;
}
