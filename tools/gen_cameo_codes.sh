#!/bin/sh
# gen_cameo_codes.sh - writes src/cameo_codes.c, the static CAMEO event code
# table, from the merged code table (../shared/data/SOURCES-events.md,
# "Derived files": GDELT's CAMEO lookups joined with ICEWS's code list).
#
#   sh tools/gen_cameo_codes.sh [TSV] > src/cameo_codes.c
#
# TSV defaults to $NEWSMILL_DATA/events/cameo_event_codes_merged.tsv
# (NEWSMILL_DATA defaults to ../shared/data). Columns used: code,
# name_gdelt, name_icews, goldstein_gdelt, goldstein_icews, quadclass.
# GDELT's name and Goldstein value are kept; where GDELT has none (106,
# 1213: ICEWS-only codes) or its name is not plain ASCII (044's GDELT name
# is mis-encoded), ICEWS's is used. Rows are sorted by code (byte order) so
# that nm_cameo_code_lookup() (src/cameo.c) can search them. The output
# depends only on the TSV.
set -eu
tsv=${1:-${NEWSMILL_DATA:-../shared/data}/events/cameo_event_codes_merged.tsv}
if [ ! -r "$tsv" ]; then
  echo "gen_cameo_codes.sh: cannot read $tsv" >&2
  exit 2
fi
name=$(basename "$tsv")

cat <<EOF
/* cameo_codes.c - the CAMEO event codes: GDELT's name and Goldstein value,
 * ICEWS's Goldstein value and the quad class of each code.
 *
 * GENERATED from ../shared/data/events/$name by
 *   sh tools/gen_cameo_codes.sh > src/cameo_codes.c
 * Do not edit; the rules are in the script. */
#include "cameo_int.h"

const nm_cameo_code_info nm_cameo_codes[] = {
EOF

rows=$(LC_ALL=C awk -F '\t' '
function num(v) {
  if (v !~ /^-?[0-9]+(\.[0-9]+)?$/) { bad = "not a number: " v; exit 2 }
  return (v ~ /\./) ? v "f" : v ".0f"
}
function cstr(s) {
  gsub(/\\/, "\\\\", s)
  gsub(/"/, "\\\"", s)
  return "\"" s "\""
}
NR == 1 {
  want = "code level root name_gdelt name_icews goldstein_gdelt goldstein_icews quadclass"
  have = $1 " " $2 " " $3 " " $4 " " $5 " " $6 " " $7 " " $8
  if (have != want) { bad = "unexpected header: " have; exit 2 }
  next
}
{
  sub(/\r$/, "")
  if ($1 !~ /^[0-9][0-9]+$/) { bad = "bad code: " $1; exit 2 }
  nm = $4
  if (nm == "" || nm ~ /[^ -~]/) nm = $5
  g = ($6 == "") ? $7 : $6
  if ($8 !~ /^[1-4]$/) { bad = "bad quad class for " $1; exit 2 }
  printf "    {%s, %s, %s, %s, %s},\n", cstr($1), cstr(nm), num(g), num($7), $8
}
END { if (bad != "") { print "gen_cameo_codes.sh: " bad > "/dev/stderr"; exit 2 } }
' "$tsv")
printf '%s\n' "$rows" | LC_ALL=C sort -t '"' -k2,2

cat <<'EOF'
};

const size_t nm_cameo_code_count = sizeof nm_cameo_codes / sizeof nm_cameo_codes[0];
EOF
