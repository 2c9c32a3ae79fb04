/* lexicon.h - word lists that more than one stage reads (mentions.c and
 * events.c), kept in one place. Included only where both lists are used. */
#ifndef NM_LEXICON_H
#define NM_LEXICON_H

/* Nationality words that are also languages, in lower case ("the
 * imposition of French in courts" names a language, not a people). */
static const char *const nm_language_names[] = {
    "french",   "english", "arabic",   "spanish", "portuguese", "russian", "german",
    "italian",  "chinese", "mandarin", "cantonese", "japanese", "korean", "hindi",
    "urdu",     "persian", "farsi",    "turkish", "hebrew",   "ukrainian", "swahili",
    "dutch",    "greek",   "polish",   "amharic", "somali",   "hausa",   "kurdish",
    "romanian", "serbian", "georgian", "armenian", "catalan", "basque",  "tamil",
    "bengali",  "burmese", "thai",     "vietnamese", "indonesian", "malay", "tagalog"};

/* The words before a language used as a noun: a preposition, a
 * conjunction or a verb of speech ("teach in English", "speaks Arabic"). */
static const char *const nm_language_before[] = {
    "of",    "in",     "into",  "from",    "speak", "speaks", "spoke", "speaking", "spoken",
    "teach", "taught", "learn", "learned", "and",   "or",     "than",  "translated"};

#define NM_COUNT_OF(a) (sizeof(a) / sizeof *(a))

#endif
