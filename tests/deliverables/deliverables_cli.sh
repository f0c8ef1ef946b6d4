#!/usr/bin/env bash
# crmw report --format odt, export-actions and draft-actions run as a user would, read back with
# python3 (openpyxl for the workbook).
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

expect 0 "actions as xlsx and csv at once" -- "$CRMW" export-actions s.crmw --xlsx plan.xlsx --csv plan.csv
check "it names both files" -- grep -q "plan.csv (8 actions)" out.txt
expect 0 "export-json" -- "$CRMW" export-json s.crmw -o s.json
check "xlsx and csv match the document's actions" -- /usr/bin/python3 "$HERE/check_xlsx.py" plan.xlsx plan.csv s.json
expect 0 "-o still works: xlsx by extension" -- "$CRMW" export-actions s.crmw -o byext.xlsx
expect 0 "-o still works: csv by extension" -- "$CRMW" export-actions s.crmw -o byext.csv
check "-o csv gives the same bytes as --csv" -- cmp -s plan.csv byext.csv
check "-o xlsx gives a workbook too" -- /usr/bin/python3 "$HERE/check_xlsx.py" byext.xlsx byext.csv s.json
expect 0 "--format csv for an odd name" -- "$CRMW" export-actions s.crmw -o plan.txt --format csv
check "--format csv gives the same bytes" -- cmp -s plan.csv plan.txt
expect 0 "an earlier cycle by name" -- "$CRMW" export-actions s.crmw --csv old.csv --cycle 2025
check "the earlier cycle has no actions: header only" -- test "$(wc -l < old.csv)" -eq 1

# draft-actions: the recommendations not tracked yet become actions; a second run adds none.
cp s.crmw d.crmw
expect 0 "draft-actions" -- "$CRMW" draft-actions d.crmw
check "it says how many it added" -- grep -Eq "^[1-9][0-9]* actions? added to cycle 2026" out.txt
added=$(grep -Eo "^[0-9]+" out.txt)
expect 0 "draft-actions again" -- "$CRMW" draft-actions d.crmw
check "the second run adds 0" -- grep -q "^0 actions added to cycle 2026" out.txt
expect 0 "drafts exported" -- "$CRMW" export-actions d.crmw --xlsx d.xlsx --csv d.csv
check "every draft is a row" -- grep -q "d.csv ($((8 + added)) actions)" out.txt
expect 0 "export-json of the drafted document" -- "$CRMW" export-json d.crmw -o d.json
check "drafted xlsx and csv match the document" -- /usr/bin/python3 "$HERE/check_xlsx.py" d.xlsx d.csv d.json
check "each draft carries its finding, none twice" -- /usr/bin/python3 -c '
import json, sys
d = json.load(open("d.json"))
c = next(c for c in d["cycles"] if c["id"] == d["current_cycle"])
found = [a["finding_id"] for a in c["actions"] if a["finding_id"]]
sys.exit(0 if len(found) == len(set(found)) and len(c["actions"]) == 8 + int(sys.argv[1]) else 1)
' "$added"
expect 0 "draft-actions on the earlier cycle" -- "$CRMW" draft-actions d.crmw --cycle 2025
expect 2 "draft-actions: an unknown cycle" -- "$CRMW" draft-actions d.crmw --cycle 1999
expect 3 "draft-actions: a missing document" -- "$CRMW" draft-actions nowhere.crmw
expect 2 "draft-actions: no document" -- "$CRMW" draft-actions
cp s.crmw ro.crmw && chmod a-w ro.crmw
if [ "$(id -u)" -ne 0 ]; then
  expect 3 "draft-actions: a read-only document" -- "$CRMW" draft-actions ro.crmw
fi

expect 2 "an output that is neither xlsx nor csv" -- "$CRMW" export-actions s.crmw -o plan.doc
expect 2 "no output" -- "$CRMW" export-actions s.crmw
expect 2 "--xlsx without a file name" -- "$CRMW" export-actions s.crmw --xlsx
expect 2 "an unknown cycle" -- "$CRMW" export-actions s.crmw --csv x.csv --cycle 1999
expect 3 "a missing document" -- "$CRMW" export-actions nowhere.crmw --xlsx x.xlsx
expect 3 "not a workbench document" -- "$CRMW" export-actions plan.csv --csv x.csv
expect 5 "an output folder that does not exist" -- "$CRMW" export-actions s.crmw --xlsx no/such/dir/p.xlsx
expect 5 "a csv folder that does not exist" -- "$CRMW" export-actions s.crmw --csv no/such/dir/p.csv
check "no half-written file is left behind" -- bash -c '! ls no 2>/dev/null && ! ls *.tmp 2>/dev/null'

echo "deliverables_cli: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
