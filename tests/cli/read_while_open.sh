#!/usr/bin/env bash
# The window has the document open (tests/cli/hold_document.cpp holds it for writing, as the
# window does): every crmw command that only reads still works and prints exactly what it
# prints when the file is closed; every command that changes the document is refused with
# exit 3 and a message that says why, and the file stays byte for byte the same. While the
# window edits without pause, readers run again and again: no edit of the window fails, and
# the readers see the last committed edit.
# Usage: read_while_open.sh CRMW HOLD_DOCUMENT SAMPLES_DIR
CRMW="$1"
HOLD="$2"
SAMPLES="$3"
source "$(dirname "$0")/cli_test_support.sh"

add_schedule "$SAMPLES/quillmere.json" scheduled.json
"$CRMW" import-json scheduled.json q.crmw > /dev/null || { echo "cannot import the sample"; exit 1; }
"$CRMW" import-transactions q.crmw "$SAMPLES/quillmere-transactions.csv" > /dev/null 2>&1 ||
  { echo "cannot import the transactions"; exit 1; }

# Every command that only reads; name|arguments|output files it writes (compared too).
readers=(
  "info|info q.crmw|"
  "validate|validate q.crmw|"
  "export-json|export-json q.crmw|"
  "export-json -o|export-json q.crmw -o OUT.json|OUT.json"
  "assess|assess q.crmw|"
  "assess --json|assess q.crmw --json --cycle 2025|"
  "report html|report q.crmw --format html --date 2026-12-01 -o OUT.html|OUT.html"
  "report json|report q.crmw --format json --date 2026-12-01 -o OUT.json|OUT.json"
  "report pdf|report q.crmw --format pdf --date 2026-12-01 -o OUT.pdf|"
  "report odt|report q.crmw --format odt --date 2026-12-01 -o OUT.odt|"
  "export-actions|export-actions q.crmw --csv OUT.csv --xlsx OUT.xlsx|OUT.csv"
  "diff|diff q.crmw --from 2025 --to 2026|"
  "diff --json|diff q.crmw --from 2025 --to 2026 --json|"
  "schedule|schedule q.crmw --ics OUT.ics|OUT.ics"
  "analyze|analyze q.crmw|"
  "analyze --json|analyze q.crmw --json OUT.json --customers-csv OUT.csv|OUT.json OUT.csv"
)
# What a file holds that changes from run to run: the iCalendar stamp.
normalized() { sed '/^DTSTAMP:/d' "$1"; }

run_readers() {  # run_readers FOLDER: outputs of every reader into FOLDER
  mkdir -p "$1"
  local i=0 entry name args files
  for entry in "${readers[@]}"; do
    i=$((i + 1))
    IFS='|' read -r name args files <<< "$entry"
    # shellcheck disable=SC2086 # the arguments hold no spaces
    expect 0 "$name ($1)" -- "$CRMW" ${args//OUT/$1/$i}
    normalized out.txt | sed "s|$1/|OUT/|g" > "$1/$i.stdout"
    for f in $files; do normalized "${f//OUT/$1/$i}" > "$1/$i.file.${f##*.}"; done
  done
}

run_readers closed
cp q.crmw before.crmw
hold q.crmw || { finish; exit 1; }
run_readers open
for f in closed/*.stdout closed/*.file.*; do
  same_bytes "$f" "open/${f#closed/}" "same output while the window has the file open"
done

# Every command that changes the document is refused, says why, and changes no byte.
writers=(
  "set q.crmw --company Other"
  "new-cycle q.crmw --name 2027"
  "draft-actions q.crmw"
  "import-transactions q.crmw $SAMPLES/quillmere-transactions.csv --replace"
  "import-json scheduled.json q.crmw --force"
)
for args in "${writers[@]}"; do
  # shellcheck disable=SC2086
  expect 3 "refused while open: $args" -- "$CRMW" $args
  contains err.txt "is open in the CRM Strategy Workbench window" "the refusal says why"
  contains err.txt "close it there, or use a read-only command" "the refusal says what to do"
  same_bytes q.crmw before.crmw "unchanged after a refused '$args'"
done
expect 3 "new on the open file: it exists" -- "$CRMW" new q.crmw
same_bytes q.crmw before.crmw "unchanged after a refused new"
release && pass || fail "the stand-in window closed with an error" holder.txt

# The window edits without pause while readers read: no edit fails (the readers hold SQLite's
# read lock only while they copy the file), and every read succeeds.
hold q.crmw --edit-continuously || { finish; exit 1; }
for round in 1 2 3; do
  for args in "info q.crmw" "assess q.crmw" "export-json q.crmw" "analyze q.crmw" \
    "report q.crmw --format json -o r$round.json"; do
    # shellcheck disable=SC2086
    expect 0 "read while the window edits (round $round): $args" -- "$CRMW" $args
  done
done
expect 0 "info while the window edits" -- "$CRMW" info q.crmw
seen=$(sed -n 's/^  facilitator: edit \([0-9]*\)$/\1/p' out.txt)
[ -n "$seen" ] && pass || fail "info shows an edit of the window" out.txt
if release; then pass; else fail "an edit of the window failed while crmw read" holder.txt; fi
edits=$(sed -n 's/^\([0-9]*\) edits, 0 failed$/\1/p' holder.txt)
[ -n "$edits" ] && [ "$edits" -gt 0 ] && pass || fail "the window made edits" holder.txt
# The last committed edit is what a reader sees once the window is done.
expect 0 "info after the window closed" -- "$CRMW" info q.crmw
contains out.txt "facilitator: edit $edits" "the reader sees the last committed edit"

finish
