#!/bin/sh
# cli.sh - end-to-end tests of the newsmill command (POSIX sh, no python).
#
#   sh tests/cli.sh [BUILD_DIR]      (default: build)
#
# Runs BUILD_DIR/newsmill on the bundled examples and on bad and huge inputs
# made in a temporary directory, and checks exit statuses and output as
# README.md and docs/output.md describe them. Prints each failure on stderr
# and ends with "cli.sh: N passed, N failed". Exit status 1 if any failed.
#
# Output lines are checked to be JSON by the library's own strict reader:
# each record, given a "text" member, must be accepted by
# `newsmill extract --jsonl`.

B=${1:-build}
cd "$(dirname "$0")/.." || exit 1
case $B in
/*) ;;
*) B=$(pwd)/$B ;;
esac
NM=$B/newsmill
if [ ! -x "$NM" ]; then
  echo "cli.sh: $NM not found (run make)" >&2
  echo "cli.sh: 0 passed, 1 failed"
  exit 1
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/nm-cli.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
trap 'rm -rf "$T"; exit 1' HUP INT TERM

pass=0
fail=0

# --- Test bookkeeping. A test is begin NAME, checks, end.
begin() {
  name=$1
  ok=1
}
bad() {
  ok=0
  echo "cli.sh: $name: $*" >&2
}
end() {
  if [ "$ok" = 1 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name" >&2
  fi
}

# nm ARGS... : runs newsmill; stdout in $T/out, stderr in $T/err, status in $rc.
nm() {
  "$NM" "$@" >"$T/out" 2>"$T/err"
  rc=$?
}
# nm_timed SECONDS ARGS... : the same under a time limit (status 124 when
# it runs out).
nm_timed() {
  limit=$1
  shift
  if command -v timeout >/dev/null 2>&1; then
    timeout "$limit" "$NM" "$@" >"$T/out" 2>"$T/err"
  else
    "$NM" "$@" >"$T/out" 2>"$T/err"
  fi
  rc=$?
}

expect_rc() {
  if [ "$rc" != "$1" ]; then
    bad "exit status $rc, expected $1"
    [ -s "$T/err" ] && sed -n '1,5s/^/    stderr: /p' "$T/err" >&2
  fi
}
expect_lines() {
  n=$(wc -l <"$T/out" | tr -d ' ')
  [ "$n" = "$1" ] || bad "$n output lines, expected $1"
}
# expect_has STRING [LINE]: the output (or its line LINE) contains STRING.
expect_has() {
  if [ -n "${2:-}" ]; then
    sed -n "${2}p" "$T/out" | grep -F -q -e "$1" || bad "output line $2 lacks: $1"
  else
    grep -F -q -e "$1" "$T/out" || bad "output lacks: $1"
  fi
}
expect_not() {
  if grep -F -q -e "$1" "$T/out"; then bad "output has: $1"; fi
}
expect_err() {
  [ -s "$T/err" ] || bad "nothing on stderr"
}
# Every output line is one JSON object (checked by the library's reader).
expect_json() {
  [ -s "$T/out" ] || {
    bad "no output"
    return
  }
  sed 's/^{/{"text":"",/' "$T/out" >"$T/json-check"
  if ! "$NM" extract --jsonl "$T/json-check" >"$T/json-check.out" 2>&1; then
    bad "output is not valid JSON Lines:"
    grep -F '"error"' "$T/json-check.out" | sed -n '1,3s/^/    /p' >&2
  fi
}
expect_utf8() {
  if command -v iconv >/dev/null 2>&1; then
    iconv -f UTF-8 -t UTF-8 "$T/out" >/dev/null 2>&1 || bad "output is not valid UTF-8"
  fi
}

# ----------------------------------------------------------------------
# The README's commands

begin "examples: one JSON line per file, in order"
nm extract examples/*.txt
expect_rc 0
nfiles=0
for f in examples/*.txt; do nfiles=$((nfiles + 1)); done
expect_lines "$nfiles"
expect_json
i=0
for f in examples/*.txt; do
  i=$((i + 1))
  expect_has "{\"schema\":1,\"id\":\"$f\"," "$i"
done
expect_has '"sentences":[{"start":0,'
expect_has '"entities":[{"id":"E1","name":'
expect_has '"quotes":[{"id":"Q1","start":'
expect_has '"events":[{"id":"V1","code":'
expect_has '"places":[{"id":"P1","name":'
expect_has '"}]}],"tone":{"tone":'
expect_not '"tokens"'
end

begin "examples with --date and --tokens"
f=examples/2025-03-14-harbor-talks.txt
nm extract --no-tag --date 2025-03-14 --tokens "$f"
expect_rc 0
expect_lines 1
expect_json
expect_has '"date":"2025-03-14"'
expect_has '"tokens":[{"start":0,"end":6,"sentence":0,"text":"GENEVA"}'
# shellcheck disable=SC1112 # a curly apostrophe, on purpose
expect_has '"text":"’s","joined":true}'
end

begin "README: --format conllu --tokens examples/*.txt"
nm extract --format conllu --tokens examples/*.txt
expect_rc 0
ndoc=$(grep -c '^# newdoc id = examples/' "$T/out")
[ "$ndoc" = "$nfiles" ] || bad "$ndoc documents, expected $nfiles"
end

begin "README: make demo's loop, each example with the date of its name"
for f in examples/*.txt; do
  d=$(basename "$f" | cut -c1-10)
  nm extract --date "$d" "$f"
  expect_rc 0
  expect_lines 1
  expect_has "\"date\":\"$d\""
done
end

begin "stdin: no FILE and -"
nm extract <examples/2025-03-14-harbor-talks.txt
expect_rc 0
expect_lines 1
expect_has '{"schema":1,"id":"stdin",'
cp "$T/out" "$T/stdin1"
"$NM" extract - <examples/2025-03-14-harbor-talks.txt >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0
cmp -s "$T/out" "$T/stdin1" || bad "'-' and no FILE give different records"
end

begin "--help and --version"
nm extract --help
expect_rc 0
expect_has "--jsonl"
nm --version
expect_rc 0
expect_has "newsmill"
end

# ----------------------------------------------------------------------
# JSON Lines input

printf '%s\n' \
  '{"id":"a","date":"2024-02-08","text":"One sentence. Two sentences."}' \
  '{"id":"b","text":"unterminated' \
  '{"id":"c","title":"no text"}' \
  '' \
  '{"id":"d","text":"Kept.","lang":"en","tags":[1,{"x":null}]}' \
  '{"id":"e","date":"2024-02-30","text":"Bad date."}' >"$T/mix.jsonl"
printf '{"id":7,"text":"no newline at the end"}' >>"$T/mix.jsonl"

begin "--jsonl: a record per non-empty line, errors in place, exit 1"
nm extract --jsonl "$T/mix.jsonl"
expect_rc 1
expect_lines 6
expect_json
expect_has '{"schema":1,"id":"a","date":"2024-02-08",' 1
expect_has '"sentences":[{"start":0,"end":13,"paragraph":0},{"start":14,"end":28,"paragraph":0}]' 1
expect_has '{"schema":1,"id":null,"error":{"line":2,"message":"' 2
expect_has '{"schema":1,"id":null,"error":{"line":3,"message":"' 3
expect_has '{"schema":1,"id":"d",' 4
expect_has '"meta":{"lang":"en","tags":[1,{"x":null}]}' 4
expect_has '{"schema":1,"id":"e","date":null,' 5
expect_has '{"code":"invalid_date","offset":0}' 5
expect_has '{"schema":1,"id":"7",' 6
end

begin "--jsonl from stdin, CRLF line ends"
printf '{"id":"x","text":"A."}\r\n\r\n{"id":"y","text":"B."}\r\n' >"$T/crlf.jsonl"
"$NM" extract --jsonl <"$T/crlf.jsonl" >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0
expect_lines 2
expect_has '"id":"x"' 1
expect_has '"id":"y"' 2
expect_json
end

begin "--jsonl: only bad lines"
printf 'not json\n[1]\n{"text":5}\n' >"$T/bad.jsonl"
nm extract --jsonl "$T/bad.jsonl"
expect_rc 1
expect_lines 3
expect_has '"error":{"line":1,' 1
expect_has '"error":{"line":2,' 2
expect_has '"error":{"line":3,' 3
expect_json
end

# ----------------------------------------------------------------------
# Files and usage errors

begin "missing file: exit 2 and an error record; other files still processed"
nm extract examples/2025-03-14-harbor-talks.txt "$T/no-such-file.txt" \
  examples/2025-06-05-house-aid-vote.txt
expect_rc 2
expect_lines 3
expect_has '"id":"examples/2025-03-14-harbor-talks.txt"' 1
expect_has "{\"schema\":1,\"id\":\"$T/no-such-file.txt\",\"error\":{" 2
expect_has '"id":"examples/2025-06-05-house-aid-vote.txt"' 3
expect_json
expect_err
end

begin "missing --jsonl file: exit 2 and an error record"
nm extract --jsonl "$T/no-such-file.jsonl"
expect_rc 2
expect_lines 1
expect_has '"error":{'
end

begin "a directory as FILE: exit 2"
nm extract "$T"
expect_rc 2
expect_has '"error":{'
end

begin "unknown option: exit 2, message, no records"
nm extract --frobnicate examples/2025-03-14-harbor-talks.txt
expect_rc 2
expect_lines 0
expect_err
nm extract --format xml examples/2025-03-14-harbor-talks.txt
expect_rc 2
nm extract --input pdf examples/2025-03-14-harbor-talks.txt
expect_rc 2
nm extract --date
expect_rc 2
nm frobnicate
expect_rc 2
nm
expect_rc 2
end

begin "--date that is not a calendar date: exit 2"
for d in 2024-02-30 2023-02-29 yesterday 2024-2-8 24-02-08 ""; do
  nm extract --date "$d" examples/2025-03-14-harbor-talks.txt
  [ "$rc" = 2 ] || bad "--date '$d': exit status $rc, expected 2"
  [ -s "$T/out" ] && bad "--date '$d': wrote records"
done
nm extract --date 2024-02-29 examples/2025-03-14-harbor-talks.txt
expect_rc 0
expect_has '"date":"2024-02-29"'
end

begin "writing to a full device: exit 2"
if [ -w /dev/full ]; then
  "$NM" extract examples/*.txt >/dev/full 2>"$T/err"
  rc=$?
  expect_rc 2
fi
end

# ----------------------------------------------------------------------
# Bad input

begin "empty file: one record with no sentences"
: >"$T/empty.txt"
nm extract --tokens "$T/empty.txt"
expect_rc 0
expect_lines 1
expect_json
expect_has '"bytes":0,'
expect_has '"paragraphs":[],"sentences":[],"tokens":[]'
end

begin "NUL bytes and invalid UTF-8: exit 0 with warnings"
printf 'Talks\000resumed. Caf\303 au lait \377\376.\n' >"$T/bad.txt"
nm extract --tokens "$T/bad.txt"
expect_rc 0
expect_lines 1
expect_json
expect_utf8
expect_has '{"code":"nul_byte","offset":5}'
expect_has '{"code":"invalid_utf8","offset":18}'
expect_has '"text":"Caf�"'
expect_has '"bytes":32,'
end

begin "--format conllu of invalid UTF-8 is still UTF-8"
nm extract --format conllu "$T/bad.txt"
expect_rc 0
expect_utf8
end

# Big and pathological inputs, each under a time limit. Linear work on a few
# MB takes well under a second; the limits only catch hangs and quadratic
# blow-ups.

begin "100 MB article: exit 0 within 120 s"
awk '{ a[NR] = $0; n += length($0) + 1 }
     END { r = int(100000000 / n) + 1; for (k = 0; k < r; k++) for (i = 1; i <= NR; i++) print a[i] }' \
  examples/*.txt tests/golden/*.txt | head -c 100000000 >"$T/big.txt"
nm_timed 120 extract --no-tag "$T/big.txt"
expect_rc 0
expect_lines 1
expect_has '"bytes":100000000,'
rm -f "$T/big.txt"
end

begin "1 MB line of words without punctuation: exit 0, long_sentence"
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "word "; printf "\n" }' >"$T/words.txt"
nm_timed 120 extract "$T/words.txt"
expect_rc 0
expect_lines 1
expect_has '{"code":"long_sentence","offset":'
end

begin "1 MB line without punctuation or spaces: exit 0"
awk 'BEGIN { s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
             for (i = 0; i < 16384; i++) printf "%s", s; printf "\n" }' >"$T/long.txt"
nm_timed 120 extract --tokens "$T/long.txt"
expect_rc 0
expect_lines 1
end

# gen_repeat COUNT A [B] : prints A COUNT times, then B COUNT times.
gen_repeat() {
  awk -v n="$1" -v a="$2" -v b="${3:-}" \
    'BEGIN { for (i = 0; i < n; i++) printf "%s", a; for (i = 0; i < n; i++) printf "%s", b }'
}

begin "1 MB word followed by 1 MB of periods: exit 0 within 30 s"
gen_repeat 524288 a . >"$T/dots.txt"
nm_timed 30 extract "$T/dots.txt"
expect_rc 0
end

begin "1 MB of a.a.a. followed by periods: exit 0 within 30 s"
gen_repeat 262144 a. .. >"$T/abbr.txt"
nm_timed 30 extract "$T/abbr.txt"
expect_rc 0
end

begin "a URL followed by 500k closing parentheses: exit 0 within 30 s"
{
  printf 'See https://example.org/x'
  gen_repeat 500000 ')'
} >"$T/parens.txt"
nm_timed 30 extract "$T/parens.txt"
expect_rc 0
end

begin "100k quotation marks: exit 0 within 30 s"
gen_repeat 100000 '"' >"$T/quotes.txt"
nm_timed 30 extract "$T/quotes.txt"
expect_rc 0
gen_repeat 100000 '“ ' '” ' >"$T/quotes2.txt"
nm_timed 30 extract "$T/quotes2.txt"
expect_rc 0
gen_repeat 100000 "'" >"$T/quotes3.txt"
nm_timed 30 extract --format conllu "$T/quotes3.txt"
expect_rc 0
end

begin "unterminated quotation: sentences still end"
printf '“He said it was fine. Then he left.\nNext paragraph.\n' >"$T/unterminated.txt"
nm extract "$T/unterminated.txt"
expect_rc 0
expect_has '"sentences":[{"start":0,"end":23,"paragraph":0},{"start":24,"end":37,"paragraph":0},{"start":38,"end":53,"paragraph":1}]'
end

begin "huge JSONL line and deep nesting: error record, exit 1, within 30 s"
awk 'BEGIN { printf "{\"id\":\"deep\",\"text\":\"x\",\"x\":"; for (i = 0; i < 100000; i++) printf "["; printf "\n";
             printf "{\"id\":\"ok\",\"text\":\"Fine.\"}\n" }' >"$T/deep.jsonl"
nm_timed 30 extract --jsonl "$T/deep.jsonl"
expect_rc 1
expect_lines 2
expect_has '"error":{"line":1,' 1
expect_has '"id":"ok"' 2
end

# ----------------------------------------------------------------------
# CoNLL-U

begin "--format conllu: # newdoc, # newpar, # sent_id, # text, 10 columns"
nm extract --format conllu examples/2025-03-14-harbor-talks.txt
expect_rc 0
expect_has '# newdoc id = examples/2025-03-14-harbor-talks.txt'
expect_has '# newpar'
expect_has '# sent_id = '
expect_has '# text = GENEVA (Wire) —'
expect_has '	SpaceAfter=No'
bad_lines=$(awk -F '\t' '/^#/ || /^$/ { next } NF != 10 { n++ } END { print n + 0 }' "$T/out")
[ "$bad_lines" = 0 ] || bad "$bad_lines token lines without 10 columns"
nsent=$(grep -c '^# sent_id = ' "$T/out")
ntext=$(grep -c '^# text = ' "$T/out")
[ "$nsent" = "$ntext" ] || bad "$nsent sentences but $ntext # text lines"
nm extract examples/2025-03-14-harbor-talks.txt
jsent=$(tr '}' '\n' <"$T/out" | grep -c '"paragraph":[0-9]')
[ "$nsent" = "$jsent" ] || bad "CoNLL-U has $nsent sentences, JSON $jsent"
end

begin "--input conllu: round trip keeps sentences and tokens"
nm extract --input conllu --format conllu tests/data/conllu/small.conllu
expect_rc 0
cp "$T/out" "$T/rt1.conllu"
# token lines (IDs and forms, no empty nodes) as in the input
awk -F '\t' 'NF == 10 && $1 !~ /\./ { print $1, $2 }' tests/data/conllu/small.conllu >"$T/want.tok"
awk -F '\t' 'NF == 10 && $1 !~ /\./ { print $1, $2 }' "$T/rt1.conllu" >"$T/got.tok"
cmp -s "$T/want.tok" "$T/got.tok" || bad "token lines differ from the input"
expect_has '# newdoc id = doc-a'
expect_has '# newdoc id = doc-b'
expect_has '# text = I don'"'"'t know.'
expect_has '# text = (we can'"'"'t)'
nm extract --input conllu --format conllu "$T/rt1.conllu"
expect_rc 0
cmp -s "$T/out" "$T/rt1.conllu" || bad "a second round trip changes the output"
nm extract --input conllu tests/data/conllu/small.conllu
expect_rc 0
expect_lines 2
expect_json
expect_has '"id":"doc-a"' 1
expect_has '"id":"doc-b"' 2
end

begin "--input conllu of text output: same sentences as JSON"
nm extract --format conllu examples/2025-06-05-house-aid-vote.txt
cp "$T/out" "$T/house.conllu"
nm extract --input conllu "$T/house.conllu"
expect_rc 0
expect_lines 1
tr '}' '\n' <"$T/out" | grep -c '"paragraph":[0-9]' >"$T/n1"
nm extract examples/2025-06-05-house-aid-vote.txt
tr '}' '\n' <"$T/out" | grep -c '"paragraph":[0-9]' >"$T/n2"
cmp -s "$T/n1" "$T/n2" || bad "sentence count changes through CoNLL-U"
end

begin "--input conllu: malformed file gives an error record and exit 1"
printf '# text = A b.\n1\tA\n' >"$T/bad.conllu"
nm extract --input conllu "$T/bad.conllu"
expect_rc 1
expect_lines 1
expect_has '"error":{"line":2,'
end

begin "--input conllu: a malformed document does not lose the next one"
{
  printf '# newdoc id = one\n# text = A b.\n1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n2\tb.\n\n'
  printf '# newdoc id = two\n# text = C.\n1\tC.\t_\t_\t_\t_\t_\t_\t_\t_\n\n'
} >"$T/bad2.conllu"
nm extract --input conllu "$T/bad2.conllu"
expect_rc 1
expect_lines 2
expect_has '"error":{"line":4,' 1
expect_has '"id":"two"' 2
end

begin "train tagger: runs end to end on a small sample, and the model tags"
nm train tagger --train tests/data/conllu/tagged.conllu --dev tests/data/conllu/tagged.conllu \
  -o "$T/tiny.nmm" --epochs 3 --quiet
expect_rc 0
[ -s "$T/tiny.nmm" ] || bad "no model written"
nm eval parse --gold tests/data/conllu/tagged.conllu --model "$T/tiny.nmm"
expect_rc 0
expect_has 'UPOS'
printf 'The talks resumed.\n' >"$T/one.txt"
nm extract --tagger "$T/tiny.nmm" --tokens "$T/one.txt"
expect_rc 0
expect_has '"upos":'
expect_has '"lemma":'
end

begin "train tagger: bad input is a clear error"
nm train tagger --train /nonexistent.conllu -o "$T/x.nmm"
expect_rc 2
printf 'not a model' >"$T/bad.nmm"
nm extract --tagger "$T/bad.nmm" "$T/one.txt"
expect_rc 2
grep -q "model" "$T/err" || bad "no message about the model"
end

begin "extract --no-tag leaves tokens untagged"
nm extract --no-tag --tokens "$T/one.txt"
expect_rc 0
if grep -q '"upos"' "$T/out"; then bad "tokens were tagged"; fi
end

begin "train parser: jackknife and parser training run end to end on a small sample"
nm train jackknife --folds 2 --train tests/data/conllu/tagged.conllu --epochs 2 --quiet \
  -o "$T/jk.conllu"
expect_rc 0
[ -s "$T/jk.conllu" ] || bad "no jackknifed data written"
nm train parser --train "$T/jk.conllu" --dev tests/data/conllu/tagged.conllu \
  --tagger "$T/tiny.nmm" -o "$T/tinyp.nmm" --epochs 3 --quiet
expect_rc 0
[ -s "$T/tinyp.nmm" ] || bad "no parser model written"
# three runs averaged (two in threads) give a model too, the same twice
for k in 1 2; do
  nm train parser --train "$T/jk.conllu" --dev tests/data/conllu/tagged.conllu \
    --tagger "$T/tiny.nmm" -o "$T/tinyp3-$k.nmm" --epochs 2 --runs 3 --quiet
  expect_rc 0
done
cmp -s "$T/tinyp3-1.nmm" "$T/tinyp3-2.nmm" || bad "averaged runs are not deterministic"
nm eval parse --gold tests/data/conllu/tagged.conllu --model "$T/tiny.nmm" --parser "$T/tinyp.nmm"
expect_rc 0
expect_has 'UAS'
expect_has 'LAS F1'
nm extract --tagger "$T/tiny.nmm" --parser "$T/tinyp.nmm" --tokens "$T/one.txt"
expect_rc 0
expect_has '"head":'
expect_has '"deprel":"root"'
nm extract --tagger "$T/tiny.nmm" --parser "$T/tinyp.nmm" --format conllu "$T/one.txt"
expect_rc 0
# every word line has a numeric HEAD and a DEPREL
awk -F'\t' '$1 ~ /^[0-9]+$/ && ($7 !~ /^[0-9]+$/ || $8 == "_") { exit 1 }' "$T/out" ||
  bad "a word without HEAD or DEPREL"
end

begin "train parser: bad input and a damaged model are clear errors"
nm train parser --train /nonexistent.conllu -o "$T/x.nmm"
expect_rc 2
head -c 100 "$T/tinyp.nmm" >"$T/cut.nmm"
nm extract --tagger "$T/tiny.nmm" --parser "$T/cut.nmm" "$T/one.txt"
expect_rc 2
grep -q "parser" "$T/err" || bad "no message naming the parser model"
end

begin "extract --no-parse leaves heads and relations out"
nm extract --tagger "$T/tiny.nmm" --parser "$T/tinyp.nmm" --no-parse --tokens "$T/one.txt"
expect_rc 0
expect_has '"upos":'
if grep -q '"deprel"' "$T/out"; then bad "tokens were parsed"; fi
end

# ----------------------------------------------------------------------
# eval events: the validation-suite reader (--list codes nothing)

cat >"$T/suite.xml" <<'SUITE'
<?xml version='1.0' encoding='utf-8'?>
<Validation>
prose outside comments: <EventCoding...> lines
<Environment>
    <Verbfile>v.txt</Verbfile>
    <Include>DEMO VERB </Include>
</Environment>
<Sentences>
<Sentence category="DEMO" date="19950101" id="A-1" evaluate="true"/>
<!-- a comment with <EventCoding eventcode="999" /> inside -->
<EventCoding eventcode="050" sourcecode="ARN" targetcode="---" />
<EventCoding eventcode="050" sourcecode="ARN" targetcode="---" />
<PLEvent {"event": "050", "source": [{"code": "ARN"}]}>
<Text>
Arnor &amp; Gondor   
  restore ties &#x2014; &quot;again&quot;.
</Text>
<Parse>
1	Arnor	<	PROPN	NNP	_	0	root	_	_
</Parse>
</Sentence>
<Config option="require_dyad" value="false" />
<Sentence date = "19950102" id ='B-2' category="VERB">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happens.</Text>
</Sentence>
<Sentence category="OTHER" date="1995" id="C-3" evaluate="true">
<EventCoding sourcecode='"THE SHIRE"' targetcode="GON" eventcode="042"></EventCoding>
<Text>The Shire visits Gondor.</Text>
</Sentence>
<Sentence category="DEMO" date="19950101" id="D-4" evaluate="false">
<EventCoding error="dateline" />
<Text>Not evaluated.</Text>
</Sentence>
<Sentence category="DEMO" date="19950101" id="E-5">
<EventCoding sourcecode="ARN" />
<Text>Malformed: no event code.</Text>
</Sentence>
<Sentence category="DEMO" date="19950101" id="F-6">
<Text>
</Text>
</Sentence>
<Sentence category="DEMO" date="19950101" id="G-7">
<Text>Never closed.</Text>
<Sentence category="DEMO" date="19950101" id="H-8">
<Text>Last one.</Text>
</Sentence>
</Sentences>
</Validation>
SUITE

begin "--format gdelt: 61 tab-separated fields a row, dates and source filled"
f=examples/2025-03-14-harbor-talks.txt
nm extract --format gdelt --date 2025-03-14 "$f"
expect_rc 0
bad_rows=$(awk -F'\t' 'NF != 61' "$T/out" | wc -l | tr -d ' ')
[ "$bad_rows" = 0 ] || bad "$bad_rows rows without 61 fields"
if [ -s "$T/out" ]; then
  awk -F'\t' -v f="$f" '$60 != "20250314000000" || $61 != f' "$T/out" | grep -q . &&
    bad "DATEADDED or SOURCEURL not filled"
fi
nm extract --format nosuch "$f"
expect_rc 2
# Kosovo's actors (KSV in the CAMEO files) keep their country code
printf 'Kosovo police clashed with ethnic Serbs in Zvecan.\n' >"$T/ks.txt"
nm extract --format gdelt --date 2025-09-03 "$T/ks.txt"
expect_rc 0
awk -F'\t' '$6 == "KSVCOP" && $8 == "KSV"' "$T/out" | grep -q . ||
  bad "Actor1CountryCode of KSVCOP is not KSV"
end

begin "own dictionaries: layered over the shipped ones, or alone; a bad line names its file and line"
printf -- '--- ADMIRE [051] ---\nADMIRE\n' >"$T/my.verbs"
printf 'ARNOR [ARN]\nGONDOR [GON]\n' >"$T/my.actors"
printf 'Arnor admired Gondor. Israel accused Egypt of lying.\n' >"$T/ev.txt"
nm extract --date 2020-01-01 --verbs "$T/my.verbs" --actors "$T/my.actors" "$T/ev.txt"
expect_rc 0
expect_has '"code":"051","root":"05"'
expect_has '"source_code":"ARN","target_code":"GON"'
expect_has '"source_code":"ISR","target_code":"EGY"'
nm extract --date 2020-01-01 --no-default-dicts --verbs "$T/my.verbs" --actors "$T/my.actors" "$T/ev.txt"
expect_rc 0
expect_has '"source_code":"ARN","target_code":"GON"'
expect_not '"source_code":"ISR"'
printf -- '--- ADMIRE [051] ---\nADMIRE\n- * {UNCLOSED [051]\n' >"$T/bad.verbs"
nm extract --verbs "$T/bad.verbs" "$T/ev.txt"
expect_rc 2
grep -q "bad.verbs:3" "$T/err" || bad "the error does not name bad.verbs:3"
end

begin "eval events --list: every record form of the PETRARCH suites"
nm eval events --file "$T/suite.xml" --list
expect_rc 0
expect_lines 6
tab=$(printf '\t')
expect_has "9${tab}A-1${tab}DEMO${tab}1995-01-01${tab}scored${tab}ARN - 050; ARN - 050${tab}Arnor & Gondor restore ties — \"again\"." 1
expect_has "${tab}B-2${tab}VERB${tab}1995-01-02${tab}scored${tab}none${tab}Nothing happens." 2
expect_has "${tab}C-3${tab}OTHER${tab}-${tab}not-included${tab}\"THE SHIRE\" GON 042${tab}" 3
expect_has "${tab}D-4${tab}DEMO${tab}1995-01-01${tab}not-evaluated${tab}error:dateline${tab}" 4
expect_has "${tab}H-8${tab}" 5
expect_has "5 records, 3 malformed, 1 bad dates, 1 <Config> elements" 6
expect_not "999"
for w in ':35: <EventCoding> without eventcode' ':39: empty <Text>' \
  ':43: no </Sentence> before the next <Sentence>' ':27: date "1995" is not YYYYMMDD'; do
  grep -F -q -e "$w" "$T/err" || bad "stderr lacks: $w"
done
nm eval events --help
expect_rc 0
grep -F -q -e "--suite" "$T/err" || bad "--help does not describe --suite"
nm eval events --suite nosuch
expect_rc 2
end

# The PLOVER development suite, when the shared data is there.
d=${NEWSMILL_DATA:-../shared/data}
if [ -f "$d/events/openeventdata__PLOVER/PLOVER_GSR_CAMEO.txt" ]; then
  begin "eval events --suite plover: ends with its greppable line"
  nm eval events --suite plover --data "$d"
  expect_rc 0
  tail -n 1 "$T/out" | grep -E -q '^events plover: all [0-9.]+ category [0-9.]+ source [0-9.]+ any [0-9.]+$' ||
    bad "last line is not 'events plover: all A category C source S any N'"
  end
fi

# eval places --gum: the development set of place mentions with Wikipedia
# identities (right when the record's name is the identity's)
begin "eval places --gum: a GUM file's linked places, right or listed"
tab=$(printf '\t')
{
  printf '# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity\n'
  printf '# newdoc id = GUM_news_places\n# text = Ann flew to Paris and Frankfurt.\n'
  printf '1\tAnn\tAnn\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n'
  printf '2\tflew\tfly\tVERB\tVBD\t_\t0\troot\t_\t_\n'
  printf '3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_\n'
  printf '4\tParis\tParis\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(1-place-new-nnnnn-cf1-1-sgl-Paris)\n'
  printf '5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n'
  printf '6\tFrankfurt\tFrankfurt\tPROPN\tNNP\t_\t4\tconj\t_\t'
  printf 'Entity=(2-place-new-nnnnn-cf2-1-sgl-Offenbach_am_Main)|SpaceAfter=No\n'
  printf '7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n'
} >"$T/gum-dev.conllu"
nm eval places --gum "$T/gum-dev.conllu" --errors
expect_rc 0
expect_has "1 documents, 7 tokens, 2 named place mentions with a Wikipedia identity"
expect_has "right  50.00% (1 of 2;"
expect_has "GUM_news_places${tab}Frankfurt${tab}Offenbach_am_Main${tab}Frankfurt am Main, Hesse"
nm eval places --gum "$T/gum-dev.conllu" --min-gum 60
expect_rc 1
cp "$T/gum-dev.conllu" "$T/gum-test.conllu"
nm eval places --gum "$T/gum-test.conllu"
expect_rc 2
nm eval places --only trnews --errors
expect_rc 2
end

echo "cli.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
