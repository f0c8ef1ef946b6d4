#!/usr/bin/env bash
# crmw report --format odt and crmw export-actions run as a user would, read back with python3.
# Usage: deliverables_cli.sh CRMW SAMPLE_JSON SCRIPTS_DIR
set -uo pipefail
CRMW="$1"
SAMPLE="$2"
HERE="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
passes=0

expect() {  # expect CODE DESCRIPTION -- command...
  local want="$1" what="$2"
  shift 3
  "$@" > out.txt 2> err.txt
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat out.txt err.txt; failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}
check() {  # check DESCRIPTION -- command...
  local what="$1"
  shift 2
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}

expect 0 "import the sample" -- "$CRMW" import-json "$SAMPLE" s.crmw
expect 0 "export-actions --help" -- "$CRMW" export-actions --help
expect 0 "report as odt" -- "$CRMW" report s.crmw --format odt -o r.odt --date 2026-12-01
expect 0 "odt chosen from the extension" -- "$CRMW" report s.crmw -o r2.odt --date 2026-12-01
check "the same report gives the same odt bytes" -- cmp -s r.odt r2.odt
expect 0 "report as html" -- "$CRMW" report s.crmw -o r.html --date 2026-12-01
check "odt structure and content match the HTML report" -- /usr/bin/python3 "$HERE/check_odt.py" r.odt r.html

expect 0 "actions as xlsx" -- "$CRMW" export-actions s.crmw -o plan.xlsx
expect 0 "actions as csv" -- "$CRMW" export-actions s.crmw -o plan.csv
check "xlsx and csv match the sample's actions" -- /usr/bin/python3 "$HERE/check_xlsx.py" plan.xlsx plan.csv "$SAMPLE"
expect 0 "an earlier cycle by name" -- "$CRMW" export-actions s.crmw -o old.csv --cycle 2025
check "the earlier cycle's plan differs" -- bash -c '! cmp -s plan.csv old.csv'

expect 2 "an output that is neither xlsx nor csv" -- "$CRMW" export-actions s.crmw -o plan.txt
expect 2 "no output" -- "$CRMW" export-actions s.crmw
expect 4 "an unknown cycle" -- "$CRMW" export-actions s.crmw -o x.csv --cycle 1999
expect 3 "a missing document" -- "$CRMW" export-actions nowhere.crmw -o x.csv
expect 5 "an output folder that does not exist" -- "$CRMW" export-actions s.crmw -o no/such/dir/p.xlsx
check "no half-written file is left behind" -- bash -c '! ls no 2>/dev/null && ! ls *.tmp 2>/dev/null'

echo "deliverables_cli: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
