#!/bin/sh
# Accuracy evaluations against $NEWSMILL_DATA (default ../shared/data) with
# regression floors set just under the numbers measured on main. A run that
# falls below a floor fails. Never tune on these test splits.
#   sh tests/eval.sh build/newsmill
set -u
NM=${1:-build/newsmill}
DATA=${NEWSMILL_DATA:-../shared/data}
if [ ! -d "$DATA/ud" ]; then
  echo "eval: $DATA/ud not found; set NEWSMILL_DATA to the shared data folder" >&2
  exit 2
fi
fail=0
run() { # name file min-token-f1 min-sentence-f1
  echo "== $1"
  if ! "$NM" eval segment --gold "$2" --min-token-f1 "$3" --min-sentence-f1 "$4"; then
    echo "eval: $1 is below its floor (tokens $3, sentences $4)" >&2
    fail=1
  fi
}
#    name          gold file                                  tokens sentences
run "UD EWT test" "$DATA/ud/ewt/en_ewt-ud-test.conllu"      99.0   85.0
run "UD GUM test" "$DATA/ud/gum/en_gum-ud-test.conllu"      99.6   96.3
run "UD PUD"      "$DATA/ud/pud/en_pud-ud-test.conllu"      99.5   99.6
# Tagging and parsing with the shipped models (issue 3): UPOS, XPOS, lemma,
# UAS and LAS on gold tokens, and the raw-text pipeline's LAS F1 (CoNLL
# 2018 style).
parse() { # name file min-upos min-xpos min-lemma min-uas min-las min-raw-las
  echo "== $1 (tagging and parsing)"
  if ! "$NM" eval parse --gold "$2" --min-upos "$3" --min-xpos "$4" --min-lemma "$5" \
    --min-uas "$6" --min-las "$7" --min-raw-las "$8"; then
    echo "eval: $1 tagging or parsing is below its floor" >&2
    fail=1
  fi
}
#      name          gold file                              UPOS  XPOS  lemma UAS   LAS   raw LAS
parse "UD EWT test" "$DATA/ud/ewt/en_ewt-ud-test.conllu"  95.4  94.6  96.8  85.7  82.4  79.7
parse "UD GUM test" "$DATA/ud/gum/en_gum-ud-test.conllu"  95.9  95.5  97.7  84.4  80.8  80.4
parse "UD PUD"      "$DATA/ud/pud/en_pud-ud-test.conllu"  95.5  95.3  97.5  83.7  80.2  80.5
# Speech verbs in the example wire story have their subjects (issue 3).
EX="$DATA/../examples/article-2024-02-08-blinken.txt"
if [ -f "$EX" ]; then
  echo "== speech verbs in $(basename "$EX")"
  # floor: the number measured on main (15 of 15 since 2026-12-06, the
  # fiftieth session: a verb of saying in a bare relative clause, "a plan
  # the U.S. says has merit", docs/parsing.md; 14 of 15 before, a conjunct
  # read through its first conjunct, where UD attaches a shared subject;
  # 12 of 15 before the checker read conjuncts so)
  if ! sh tests/speech_verbs.sh "$NM" "$EX" 2024-02-08 15 >"${TMPDIR:-/tmp}/nm_speech.$$"; then
    cat "${TMPDIR:-/tmp}/nm_speech.$$"
    echo "eval: fewer speech verbs have their subject than before" >&2
    fail=1
  fi
  tail -1 "${TMPDIR:-/tmp}/nm_speech.$$"
  rm -f "${TMPDIR:-/tmp}/nm_speech.$$"
fi
# Entities (issue 4): combined PERSON+ORG+PLACE F1 on GUM test (named,
# Wikipedia-linked mentions), the MEANTIME test part and WikiGold, and
# pronoun accuracy on GUM test. Floors: the numbers measured on main
# (60.94, 79.58, 61.54 and 83.09), rounded down; MEANTIME is scored on its
# annotated sentences since 2026-11-29 (docs/entities.md), and the models
# retrained that day (averaged runs: tagger, parser, NER) moved WikiGold
# from 60.05 and pronouns from 75.85. History: 60.37, 52.36,
# 59.86 before 2026-11-29; one type per name (docs/entities.md) then gave
# 59.61, 52.83, 59.66, organisation head words 60.99, 54.72, 59.84, and
# countries the model leaves out 60.99, 55.01, 59.89, natural places'
# names 60.99, 55.01, 60.04 (all chosen on the development sets). On
# 2026-11-30 the article-wide mention rules (docs/entities.md) gave 60.85,
# 79.58, 62.00 and 83.09; later that day dictionary organisations and
# eleven more rules gave 62.05, 79.86, 62.17 and 83.09, and a second round
# of seven 62.86, 81.51, 62.80 and 83.09, a third 62.94, 81.51, 63.28, a
# fourth (five rules) 62.94, 81.51, 63.07; the tenth session's
# (docs/entities.md) 63.05, 81.23, 63.57 and 83.09, and its second round
# 63.05, 81.23, 64.01 and 83.09; the fifteenth session's 63.23, 81.91,
# 64.44 and 83.57; 2026-12-02 (the gazetteer's new features) GUM test
# 63.59, MEANTIME 81.91, WikiGold 65.57.
# Thirty-third session (2026-12-04): floors raised to just under the
# numbers measured on main at 5440c5d: EWT test UAS 85.87, LAS 82.59, raw
# LAS 79.86; GUM test 84.51, 80.90, 80.58; PUD 83.81, 80.30, 80.69; GUM
# test entities 63.67, WikiGold 65.68, pronouns 83.09; PolNeAR test all
# F1 76.15, source 84.48%; gsr 47.83 / 41.77 / 45.45% / 0.468, validate
# 83.33 / 63.93 / 64.49% / 0.159.
echo "== entities"
if ! "$NM" eval entities --min-gum 63.5 --min-meantime 81.8 --min-wikigold 65.5 \
  --min-pronoun 82.9; then
  echo "eval: entities are below their floors" >&2
  fail=1
fi
# Times, places and tone (issue 7). Floors: the numbers measured on main,
# rounded down: TE3-platinum value F1 77.61 and MEANTIME test 75.58 (strict
# extent and value); places accuracy within 161 km of gold toponyms resolved
# in context, TR-News 81.80, GeoWebNews 73.01, LGL 68.67, GeoVirus 78.75
# (2026-12-02; earlier TR-News 77.10, GeoWebNews 69.97, LGL 64.19, 64.25
# before the tenth session's entity rules; GeoVirus is a test set like the others:
# the geoparsing sets have no split; it was used for development in the
# twentieth session by mistake, docs/places.md); tone Pearson r on
# the NYT editorial sentences 0.5214.
# Quotes (issue 5) on PolNeAR test: direct quotations detection F1 96.84
# and speaker 91.73%; all attributions content F1 75.00 and source 83.78%.
echo "== quotes"
if ! "$NM" eval quotes --split test --min-direct-f1 96.5 --min-direct-source 91.5 \
  --min-all-f1 75.9 --min-all-source 84.4; then
  echo "eval: quotes are below their floors" >&2
  fail=1
fi
echo "== times"
if ! "$NM" eval times --min-te3 77.3 --min-meantime 75.4; then
  echo "eval: times are below their floors" >&2
  fail=1
fi
echo "== places"
if ! "$NM" eval places --min-trnews 81.5 --min-gwn 72.8 --min-lgl 68.4 --min-geovirus 78.5; then
  echo "eval: places are below their floors" >&2
  fail=1
fi
# The development set of places (docs/places.md): GUM dev's named place
# mentions with Wikipedia identities, 82.22% right (222 of 270).
if ! "$NM" eval places --gum "$DATA/ud/gum/en_gum-ud-dev.conllu" --min-gum 82.0; then
  echo "eval: places on GUM dev are below their floor" >&2
  fail=1
fi
echo "== tone"
if ! "$NM" eval tone --min-nyt 0.52; then
  echo "eval: tone is below its floor" >&2
  fail=1
fi
# Events: the PETRARCH validation suites coded from their raw text (gsr
# with the production dictionary, validate with its own dictionaries; both
# are test sets, never tuned on: the coder's rules come from the formats'
# documentation, PETRARCH-2's algorithm and the PLOVER development
# examples). Floors: the numbers measured on main less about one record's
# worth: gsr precision 43.75, recall 35.44, exact 42.86% (33 of 77), 0.468
# extra; validate 80.00, 62.95, 62.86% (154 of 245), 0.196 (eleventh
# session: the team actors file, 46.03 / 36.71 / 44.16% / 0.442 -> 44.44
# / 35.44 / 42.86% / 0.455; a split subject keeps its first word -> 45.31
# / 36.71 / 44.16%; a state's body takes the sentence's or dateline's
# country -> 43.75 / 35.44 / 42.86% / 0.468, validate 79.58 / 62.62 /
# 62.45% / 0.200 -> 80.00 / 62.95 / 62.86% / 0.196; docs/events.md).
# Before: gsr precision 46.03, recall 36.71, exact 44.16% (34 of 77), 0.442
# extra events per record (tenth session: two roles of one entity, then
# two subjects in one phrase; before them 45.16, 35.44, 42.86% (33 of
# 77), 0.442; between them 46.88, 37.97, 45.45%); validate precision 79.58, recall 62.62, exact
# 62.45% (153 of 245), 0.200 extra (tenth session, after two subjects in
# one phrase; before that rule 78.15, 60.98, 61.63% (151 of 245), 0.212,
# after the complements hung as
# purpose clauses after a time phrase; before it validate 77.92 / 59.02 /
# 59.18% / 0.208; ninth session: "agree to"
# and "will not" rules; before them gsr 44.26 / 34.18 / 41.56% / 0.442;
# before the three rules of the eighth session gsr 44.07 / 32.91 / 40.26% / 0.429 and validate 77.13 / 56.39 /
# 55.92% / 0.208; models retrained 2026-11-29; before:
# gsr 40.32 / 31.65 / 37.66% / 0.481, validate 78.76 / 58.36 / 58.37% /
# 0.196). When the stage first landed: gsr
# 32.81 / 26.58 / 33.77% / 0.558, validate 82.43 / 60.00 / 59.59% / 0.159.
# Fifteenth session (a bare obl before the verb is no target): validate
# 79.75 / 63.28 / 62.86% / 0.200 -> 80.75 / 63.28 / 63.27% / 0.188.
# For reference, PETRARCH-2 on gsr: precision 78.9, recall 74.7, 56 of 74
# exact; UD-PETRARCH on validate: recall 85.6, 0.148 extra events per
# record.
echo "== events"
if ! "$NM" eval events --suite gsr --suite validate --min-gsr-precision 47.5 \
  --min-gsr-recall 41.0 --min-gsr-exact 45.0 --max-gsr-extra 0.47 \
  --min-validate-precision 83.0 --min-validate-recall 63.5 --min-validate-exact 64.0 \
  --max-validate-extra 0.165; then
  echo "eval: events are below their floors" >&2
  fail=1
fi
if [ $fail -ne 0 ]; then
  echo "eval: FAILED"
  exit 1
fi
echo "eval: all floors met"
