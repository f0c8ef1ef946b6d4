#!/usr/bin/env bash
# One exit code per kind of failure, the same on every command (README, "Exit codes"):
#   0 ok, 1 problems found, 2 usage (unknown command or option, a missing or malformed value,
#   a cycle the document does not have), 3 file refused (missing, not a workbench document,
#   damaged, newer version, open in the window for a command that changes it, exists
#   already), 4 invalid input (JSON or CSV that does not fit), 5 anything else (the output
#   cannot be written).
# Every command is tried with every kind of failure that applies to it; a refused or failed
# command leaves the document byte for byte as it was.
# Usage: failure_kinds.sh CRMW HOLD_DOCUMENT SAMPLES_DIR
CRMW="$1"
HOLD="$2"
SAMPLES="$3"
source "$(dirname "$0")/cli_test_support.sh"

# The files: a good document (the sample with reset meetings and transaction lines), and one
# of each kind a document command refuses.
add_schedule "$SAMPLES/quillmere.json" sample.json
"$CRMW" import-json sample.json good.crmw > /dev/null || { echo "cannot import the sample"; exit 1; }
"$CRMW" import-transactions good.crmw "$SAMPLES/quillmere-transactions.csv" > /dev/null 2>&1 ||
  { echo "cannot import the transactions"; exit 1; }
CSV="$SAMPLES/quillmere-transactions.csv"
echo "not a database" > text.crmw
sqlite3 foreign.crmw "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
cp good.crmw newer.crmw
sqlite3 newer.crmw "PRAGMA user_version = 99;"
cp good.crmw damaged.crmw  # a page in the middle overwritten: the integrity check fails
dd if=/dev/urandom of=damaged.crmw bs=4096 seek=6 count=2 conv=notrunc status=none
echo '{"format": ' > broken.json
echo '{"format": "crm-workbench-assessment", "version": 1, "cycles": [{"id": "c", "kpis": [{"id": "k", "target": "ten"}]}]}' > wrongtype.json
printf 'who,when,what\nA,someday,x\n' > unmappable.csv
printf 'customer,date,amount\nA,2024-01-01,10\nB,2024-01-02,oops\n' > badline.csv
"$CRMW" new empty.crmw > /dev/null  # a document without transaction lines
for f in good text foreign newer damaged empty; do cp "$f.crmw" "$f.orig"; done

# run CODE MESSAGE DESCRIPTION -- ARGS...: crmw ARGS exits CODE, says MESSAGE on stderr (empty:
# not checked), and no document changed unless it succeeded.
run() {
  local want="$1" message="$2" what="$3"
  shift 4
  expect "$want" "$what" -- "$CRMW" "$@"
  [ -n "$message" ] && contains err.txt "$message" "$what: message"
  if [ "$want" -ge 2 ]; then  # 0 and 1: the work was done
    for f in good text foreign newer damaged empty; do
      cmp -s "$f.crmw" "$f.orig" || { fail "$what: $f.crmw changed"; cp "$f.orig" "$f.crmw"; }
    done
  fi
  for f in good text foreign newer damaged empty; do cp "$f.orig" "$f.crmw"; done  # undo successes
  rm -f out.* x.crmw
}

# Every command, with the document as @F@ (no argument holds a space). Each reads, changes or
# creates the document.
readers=(
  "info @F@"
  "validate @F@"
  "export-json @F@"
  "assess @F@"
  "report @F@ --date 2026-12-01 -o out.html"
  "export-actions @F@ --csv out.csv"
  "diff @F@ --from 2025 --to 2026"
  "schedule @F@ --ics out.ics"
  "analyze @F@"
)
changers=(
  "set @F@ --company Other"
  "new-cycle @F@ --name 2027"
  "draft-actions @F@"
  "import-transactions @F@ $CSV"
  "vote-server @F@ --items capability:current --bind 127.0.0.1 --close-after 0.5"
)
creators=("new @F@" "import-json sample.json @F@")
all=("${readers[@]}" "${changers[@]}" "${creators[@]}")
with() { echo "${1//@F@/$2}"; }  # with TEMPLATE FILE
name() { echo "${1%% *}"; }

# Every command of crmw is in the lists above.
"$CRMW" frobnicate > /dev/null 2> err.txt
commands=$(sed -n "s/^crmw: unknown command 'frobnicate'; the commands are: //p" err.txt | tr -d ,)
[ -n "$commands" ] && pass || fail "crmw lists its commands" err.txt
for c in $commands; do
  found=""
  for t in "${all[@]}"; do [ "$(name "$t")" = "$c" ] && found=1; done
  [ -n "$found" ] && pass || fail "command '$c' is in no list of this test"
done

for t in "${readers[@]}" "${changers[@]}"; do
  c=$(name "$t")
  # shellcheck disable=SC2046 # word splitting of the templates is meant
  run 0 "" "$c: succeeds" -- $(with "$t" good.crmw)
  run 3 "no such file" "$c: a missing file" -- $(with "$t" missing.crmw)
  if [ "$c" != analyze ]; then  # analyze reads a file that is no database as CSV
    run 3 "not a CRM Workbench document" "$c: a text file" -- $(with "$t" text.crmw)
  fi
  run 3 "not a CRM Workbench document" "$c: another program's database" -- $(with "$t" foreign.crmw)
  run 3 "newer version" "$c: a newer version" -- $(with "$t" newer.crmw)
  run 3 "damaged" "$c: a damaged document" -- $(with "$t" damaged.crmw)
  run 2 "--bogus" "$c: an unknown option" -- $(with "$t" good.crmw) --bogus
done
for t in "${creators[@]}"; do
  c=$(name "$t")
  run 0 "" "$c: succeeds" -- $(with "$t" x.crmw)
  for f in good text foreign newer damaged; do
    run 3 "already exists" "$c: over an existing file ($f)" -- $(with "$t" $f.crmw)
  done
  run 5 "" "$c: a folder that does not exist" -- $(with "$t" no/such/folder/x.crmw)
  run 2 "--bogus" "$c: an unknown option" -- $(with "$t" x.crmw) --bogus
done
run 2 "" "no arguments at all" --
run 2 "unknown command 'frobnicate'" "an unknown command" -- frobnicate good.crmw

# The window has the document open: readers read, every other command is refused.
hold good.crmw || { finish; exit 1; }
for t in "${readers[@]}"; do
  run 0 "" "$(name "$t"): while the window has the file open" -- $(with "$t" good.crmw)
done
for t in "${changers[@]}"; do
  run 3 "is open in the CRM Strategy Workbench window" \
    "$(name "$t"): refused while the window has the file open" -- $(with "$t" good.crmw)
done
run 3 "is open in the CRM Strategy Workbench window" "import-json --force: refused while open" \
  -- import-json sample.json good.crmw --force
release || fail "the stand-in window closed with an error" holder.txt

# A cycle the document does not have: exit 2 on every command alike, naming it and the cycles.
unknown="no cycle '1999'; this document has: 2025, 2026"
run 2 "--cycle: $unknown" "assess --cycle" -- assess good.crmw --cycle 1999
run 2 "--cycle: $unknown" "assess --json --cycle" -- assess good.crmw --json --cycle 1999
run 2 "--cycle: $unknown" "report --cycle" -- report good.crmw --cycle 1999 -o out.html
run 2 "--cycle: $unknown" "export-actions --cycle" -- export-actions good.crmw --csv out.csv --cycle 1999
run 2 "--cycle: $unknown" "draft-actions --cycle" -- draft-actions good.crmw --cycle 1999
run 2 "--from: $unknown" "new-cycle --from" -- new-cycle good.crmw --name 2027 --from 1999
run 2 "--from: $unknown" "diff --from" -- diff good.crmw --from 1999 --to 2026
run 2 "--to: no cycle '2099'" "diff --to" -- diff good.crmw --from 2025 --to 2099
run 2 "--cycle: $unknown" "schedule --cycle" -- schedule good.crmw --ics out.ics --cycle 1999
[ ! -e out.ics ] && pass || fail "schedule wrote a file for an unknown cycle"

# Missing or malformed values.
run 2 "" "report without -o" -- report good.crmw
run 2 "unknown format 'docx'" "report --format docx" -- report good.crmw --format docx -o out.docx
run 2 "unknown paper size 'a5'" "report --paper a5" -- report good.crmw --paper a5 -o out.pdf
run 2 "--date '02/12/2026'" "report --date" -- report good.crmw --date 02/12/2026 -o out.html
run 2 "--date '2027-13-01'" "new-cycle --date" -- new-cycle good.crmw --name 2027 --date 2027-13-01
run 2 "" "new-cycle without --name" -- new-cycle good.crmw
run 2 "" "diff without --to" -- diff good.crmw --from 2025
run 2 "" "schedule without --ics" -- schedule good.crmw
run 2 "nothing to change" "set without a change" -- set good.crmw
run 2 "not a currency code" "set --currency EURO" -- set good.crmw --currency EURO
run 2 "not a currency code" "new --currency 12" -- new x.crmw --currency 12
run 2 "cannot tell the format" "export-actions -o plan.doc" -- export-actions good.crmw -o plan.doc
run 2 "say where to write" "export-actions without an output" -- export-actions good.crmw
run 2 "" "analyze --period year" -- analyze good.crmw --period year
run 2 "" "analyze --observation-end" -- analyze "$CSV" --observation-end 31.12.2025
run 2 "" "import-transactions without a CSV" -- import-transactions good.crmw
run 2 "" "import-json without a file" -- import-json sample.json

# Input that does not fit: exit 4.
run 4 "expected a number" "import-json: a wrong type in JSON" -- import-json wrongtype.json x.crmw
run 4 "" "import-json: malformed JSON" -- import-json broken.json x.crmw
run 2 "give --date" "import-transactions: a CSV whose columns cannot be told" -- import-transactions good.crmw unmappable.csv
run 4 "" "import-transactions: a mapping that does not fit the CSV" -- import-transactions good.crmw unmappable.csv --customer who --date nosuch --amount what
run 4 "" "import-transactions: a bad line with --on-error stop" -- import-transactions good.crmw badline.csv --on-error stop
run 2 "give --date" "analyze: a CSV whose columns cannot be told" -- analyze unmappable.csv
run 4 "" "analyze: a mapping that does not fit the CSV" -- analyze unmappable.csv --customer who --date nosuch --amount what
run 4 "holds no transaction lines" "analyze: a document without transaction lines" -- analyze empty.crmw
run 3 "no such file" "import-json: a missing JSON file" -- import-json missing.json x.crmw
run 3 "no such file" "import-transactions: a missing CSV file" -- import-transactions good.crmw missing.csv
run 3 "no such file" "analyze: a missing CSV file" -- analyze missing.csv
# analyze --postgres: what needs no server is here; a refused query (4) and bad lines (4, or 1
# with --on-error skip) are in analyze_postgres.sh, which starts a server.
PG_MAP=(--customer c --date d --amount a)
run 3 "cannot connect to the database" "analyze --postgres: no server" -- \
  analyze --postgres "host=/nonexistent dbname=x" --table t "${PG_MAP[@]}"
run 2 "needs either --table NAME or --query SQL" "analyze --postgres without a table" -- \
  analyze --postgres "dbname=x" "${PG_MAP[@]}"
run 2 "give --postgres CONNINFO too" "analyze --table without --postgres" -- analyze --table t
run 2 "--postgres needs the column names" "analyze --postgres without columns" -- \
  analyze --postgres "dbname=x" --table t
run 2 "--delimiter cannot be used with --postgres" "analyze --postgres with a CSV option" -- \
  analyze --postgres "dbname=x" --table t "${PG_MAP[@]}" --delimiter ";"
run 2 "either a file or --postgres" "analyze with a file and --postgres" -- \
  analyze "$CSV" --postgres "dbname=x" --table t "${PG_MAP[@]}"

# Problems found: exit 1.
run 1 "no reset meetings" "schedule: nothing to schedule" -- schedule empty.crmw --ics out.ics
[ ! -e out.ics ] && pass || fail "schedule wrote a file with nothing to schedule"
run 1 "" "import-transactions: bad lines skipped" -- import-transactions empty.crmw badline.csv --on-error skip
run 1 "" "analyze: bad lines skipped" -- analyze badline.csv --on-error skip

# An output that cannot be written: exit 5, and no document changed.
run 5 "" "export-json -o" -- export-json good.crmw -o no/such/folder/out.json
run 5 "" "report -o" -- report good.crmw --date 2026-12-01 -o no/such/folder/out.html
run 5 "" "export-actions --csv" -- export-actions good.crmw --csv no/such/folder/out.csv
run 5 "" "export-actions --xlsx" -- export-actions good.crmw --xlsx no/such/folder/out.xlsx
run 5 "" "schedule --ics" -- schedule good.crmw --ics no/such/folder/out.ics
run 5 "" "analyze --json" -- analyze good.crmw --json no/such/folder/out.json
run 5 "" "analyze --customers-csv" -- analyze good.crmw --customers-csv no/such/folder/out.csv

finish
