#!/bin/sh
# Speech verbs and their subjects: parses an article and checks that every
# "say", "tell", "call" and "vow" verb has a subject (nsubj) attached to it,
# or, for a participle ("calling it ...", "vowing that ..."), that the
# clause it modifies has one (its subject is then the speaker). A conjunct
# with no subject of its own ("is opposed ... and has said") is checked
# through its first conjunct, where UD attaches a shared subject.
#   sh tests/speech_verbs.sh build/newsmill ARTICLE.txt [YYYY-MM-DD [MIN]]
# Prints one line per verb; the status is 1 when fewer than MIN verbs (all
# of them by default) have their subject.
NM=${1:-build/newsmill}
ART=$2
DATE=${3:-}
MIN=${4:--1}
if [ -n "$DATE" ]; then set -- --date "$DATE"; else set --; fi
"$NM" extract "$@" --format conllu "$ART" | awk -F'\t' -v min="$MIN" '
function check(   i, j, k, v, own, via, ok, how) {
  for (i = 1; i <= n; i++) {
    if (upos[i] != "VERB" || (lemma[i] != "say" && lemma[i] != "tell" && lemma[i] != "call" &&
                              lemma[i] != "vow")) continue
    ok = 0; how = "no subject"
    # a conjunct without a subject of its own shares its first conjunct'"'"'s
    # (UD attaches a shared subject to the first conjunct only)
    v = i; via = ""
    for (k = 0; k < 8 && rel[v] == "conj" && head[v] > 0; k++) {
      own = 0
      for (j = 1; j <= n; j++) if (head[j] == v && rel[j] ~ /^nsubj/) own = 1
      if (own) break
      v = head[v]; via = ", conjunct of \"" form[v] "\""
    }
    for (j = 1; j <= n; j++)
      if (!ok && head[j] == v && rel[j] ~ /^nsubj/) { ok = 1; how = "subject " form[j] via }
    if (!ok && xpos[v] == "VBG" && head[v] > 0)
      for (j = 1; j <= n; j++)
        if (head[j] == head[v] && rel[j] ~ /^nsubj/) {
          ok = 1; how = "participle of \"" form[head[v]] "\", whose subject is " form[j] via
        }
    total++; good += ok
    printf "%s %s: %s\n", ok ? "ok  " : "MISS", form[i], how
  }
  n = 0
}
/^#/ { next }
/^$/ { check(); next }
$1 ~ /^[0-9]+$/ { n++; form[n] = $2; lemma[n] = $3; upos[n] = $4; xpos[n] = $5; head[n] = $7; rel[n] = $8 }
END {
  check()
  printf "speech verbs with a subject: %d of %d\n", good, total
  exit good >= (min < 0 ? total : min) ? 0 : 1
}'
