#!/bin/sh
# run.sh - runs libFuzzer targets for a fixed time each.
#
#   sh fuzz/run.sh SECONDS TARGET...
#
# TARGET is a built fuzzer (build-fuzz/fuzz_text). Each one starts from a
# fresh copy of its seeds, fuzz/corpus/<name>/, in a temporary directory, so
# nothing is written into the repository; fuzz/dict/<name>.dict is used when
# it exists. fuzz_models (the whole pipeline with the shipped models) takes
# fuzz_text's seeds and dictionary and the articles in examples/, and must
# run from the repository root, where models/ and dict/ are. A target that crashes, leaks, hangs (-timeout) or runs out of
# memory (-rss_limit_mb) fails: its log and the failing input (as hex) are
# printed and its temporary directory is kept. Exits 1 if any target failed.
set -u

if [ $# -lt 2 ]; then
  echo "usage: sh fuzz/run.sh SECONDS TARGET..." >&2
  exit 2
fi
seconds=$1
shift
case $seconds in
  '' | *[!0-9]*) echo "run.sh: SECONDS must be a whole number: $seconds" >&2; exit 2 ;;
esac

fuzz_dir=$(cd "$(dirname "$0")" && pwd) || exit 2
tmp_root=${TMPDIR:-/tmp}
failed=""

for target in "$@"; do
  name=$(basename "$target")
  if [ ! -x "$target" ]; then
    echo "run.sh: $target: not an executable" >&2
    failed="$failed $name"
    continue
  fi
  work=$(mktemp -d "$tmp_root/newsmill-$name.XXXXXX") || exit 2
  mkdir "$work/corpus" "$work/artifacts"
  # fuzz_models takes raw text like fuzz_text: its seeds, dictionary and
  # the example articles
  seeds=$name
  if [ "$name" = fuzz_models ]; then
    seeds=fuzz_text
    cp "$fuzz_dir"/../examples/*.txt "$work/corpus/" 2>/dev/null
  fi
  if [ -d "$fuzz_dir/corpus/$seeds" ]; then
    cp -R "$fuzz_dir/corpus/$seeds/." "$work/corpus/"
  fi

  # The loop list was expanded once, so "$@" is free for the options.
  set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1
  case $name in
    fuzz_text | fuzz_jsonl | fuzz_conllu | fuzz_models) set -- "$@" -max_len=65536 ;;
  esac
  if [ -f "$fuzz_dir/dict/$seeds.dict" ]; then
    set -- "$@" -dict="$fuzz_dir/dict/$seeds.dict"
  fi

  echo "== $name: ${seconds}s, seeds: $(ls "$work/corpus" | wc -l | tr -d ' ')"
  "$target" "$@" "$work/corpus" >"$work/log" 2>&1
  rc=$?
  # libFuzzer writes crash-*, leak-*, timeout-*, oom-* only when it fails.
  artifacts=$(ls "$work/artifacts")
  if [ $rc -ne 0 ] || [ -n "$artifacts" ]; then
    failed="$failed $name"
    echo "FAIL $name (exit $rc); log and inputs kept in $work"
    tail -n 60 "$work/log"
    for a in $artifacts; do
      echo "-- input $a ($(wc -c <"$work/artifacts/$a" | tr -d ' ') bytes), hex:"
      od -An -tx1 -v "$work/artifacts/$a" | head -n 64
    done
  else
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/log" |
      sed "s/^/   /"
    echo "   corpus: $(ls "$work/corpus" | wc -l | tr -d ' ') inputs"
    echo "ok   $name"
    rm -rf "$work"
  fi
done

if [ -n "$failed" ]; then
  echo "fuzz: failed:$failed" >&2
  exit 1
fi
echo "fuzz: all targets passed"
