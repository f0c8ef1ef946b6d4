#!/usr/bin/env bash
# crmw's commands and documented exit codes, run as a user would run them.
# Usage: cli_exit_codes.sh CRMW SAMPLES_DIR
set -uo pipefail
CRMW="$1"
SAMPLES="$2"
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
contains() {  # contains FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then passes=$((passes + 1)); else echo "FAIL: $3: '$2' not in $1"; cat "$1"; failures=$((failures + 1)); fi
}

expect 2 "no command is a usage error" -- "$CRMW"
contains err.txt "Usage: crmw COMMAND" "short usage without a command"
contains err.txt "The commands are: new, import-json," "the commands without a command"
expect 2 "unknown command is a usage error" -- "$CRMW" frobnicate
contains err.txt "crmw: unknown command 'frobnicate'; the commands are: new, import-json," "unknown command names it"
expect 0 "--help" -- "$CRMW" --help
if grep -q "/" <(head -n 3 out.txt); then echo "FAIL: usage shows a path"; head -n 3 out.txt; failures=$((failures + 1)); else passes=$((passes + 1)); fi
contains out.txt "Usage: crmw" "usage names crmw"
expect 0 "report --help" -- "$CRMW" report --help
contains out.txt "Usage: crmw report" "a command's usage names crmw"
expect 0 "--version" -- "$CRMW" --version
if grep -qxE 'crmw [0-9]+\.[0-9]+\.[0-9]+' out.txt; then passes=$((passes + 1)); else
  echo "FAIL: --version prints 'crmw X.Y.Z'"; cat out.txt; failures=$((failures + 1)); fi
for cmd in new import-json export-json validate info assess diff new-cycle schedule; do
  expect 0 "$cmd --help" -- "$CRMW" "$cmd" --help
done
expect 0 "new" -- "$CRMW" new a.crmw --company "Acme & Co"
expect 0 "info" -- "$CRMW" info a.crmw
contains out.txt "company: Acme & Co" "info shows the company"
expect 0 "validate an empty document" -- "$CRMW" validate a.crmw
expect 3 "new refuses an existing file" -- "$CRMW" new a.crmw
contains err.txt "already exists" "new says why"

sample=$(ls "$SAMPLES"/*.json | head -n 1)
expect 0 "import the sample" -- "$CRMW" import-json "$sample" s.crmw
expect 0 "export the sample" -- "$CRMW" export-json s.crmw -o s1.json
expect 0 "re-import" -- "$CRMW" import-json s1.json s2.crmw
expect 0 "re-export" -- "$CRMW" export-json s2.crmw -o s2.json
if cmp -s s1.json s2.json; then passes=$((passes + 1)); else echo "FAIL: sample round trip differs"; failures=$((failures + 1)); fi
expect 0 "the sample validates" -- "$CRMW" validate s.crmw

expect 0 "assess the sample" -- "$CRMW" assess s.crmw
contains out.txt "Methodology profile: Workbench default" "assess names the profile"
if grep -q "\[attainment_" out.txt; then echo "FAIL: reason codes in the text"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect 0 "assess as JSON" -- "$CRMW" assess s.crmw --json --cycle 2025
if /usr/bin/python3 -c "import json,sys; d=json.load(open('out.txt')); assert d['cycle']['name']=='2025'; assert any(s['progress']['reason_code'].startswith('attainment_') for s in d['attainment']); assert d['recommendations']; assert all(any(f['id']==r['finding_id'] for f in d['findings']) for r in d['recommendations']); assert len(d['profile']['hash'])==16"; then passes=$((passes + 1)); else echo "FAIL: assess JSON"; failures=$((failures + 1)); fi
expect 2 "assess an unknown cycle" -- "$CRMW" assess s.crmw --cycle 1999
contains err.txt "--cycle: no cycle '1999'; this document has: 2025, 2026" "unknown cycle message"

# A dangling reference: validate lists it and exits 1.
sed 's/"segment_id": "[^"]*"/"segment_id": "nowhere"/' s1.json > dangling.json
expect 0 "import with dangling references warns" -- "$CRMW" import-json dangling.json d.crmw
expect 1 "validate finds problems" -- "$CRMW" validate d.crmw
contains out.txt "refers to 'nowhere'" "validate names the reference"

echo "not a database" > text.crmw
cp text.crmw text.before
expect 3 "a text file is refused" -- "$CRMW" info text.crmw
contains err.txt "not a CRM Workbench document" "not ours message"
cmp -s text.crmw text.before && passes=$((passes + 1)) || { echo "FAIL: text file changed"; failures=$((failures + 1)); }
expect 3 "a missing file is refused" -- "$CRMW" info missing.crmw
cp a.crmw newer.crmw
sqlite3 newer.crmw "PRAGMA user_version = 42;"
cp newer.crmw newer.before
expect 3 "a newer document is refused" -- "$CRMW" info newer.crmw
contains err.txt "newer version" "newer message"
cmp -s newer.crmw newer.before && passes=$((passes + 1)) || { echo "FAIL: newer file changed"; failures=$((failures + 1)); }
expect 0 "a document open elsewhere can be read" -- flock a.crmw "$CRMW" info a.crmw
expect 3 "a document open elsewhere cannot be changed" -- flock a.crmw "$CRMW" set a.crmw --company X
contains err.txt "is open in the CRM Strategy Workbench window" "lock message"
echo '{"format": "crm-workbench-assessment", "version": 1, "cycles": [{"id": "c", "kpis": [{"id": "k", "target": "ten"}]}]}' > bad.json
expect 4 "a wrong type in JSON" -- "$CRMW" import-json bad.json bad.crmw
contains err.txt "/cycles/0/kpis/0/target: expected a number" "JSON path in message"
[ ! -e bad.crmw ] && passes=$((passes + 1)) || { echo "FAIL: bad.crmw was written"; failures=$((failures + 1)); }
echo '{"format": ' > broken.json
expect 4 "malformed JSON" -- "$CRMW" import-json broken.json broken.crmw

# vote-server: a rate limit must be N/SECONDS with whole numbers above zero (usage error, 2).
for limit in "30" "30/0" "0/1" "x/1" "30/1.5" "-3/1"; do
  expect 2 "vote-server --rate-limit $limit" -- "$CRMW" vote-server a.crmw \
    --items capability:current --bind 127.0.0.1 --rate-limit "$limit" < /dev/null
  contains err.txt "--rate-limit '$limit'" "the refused rate limit is named"
done
# A line "close" on standard input closes the round; the program then ends by itself.
"$CRMW" import-json "$SAMPLES/quillmere.json" room.crmw > /dev/null
echo close | timeout 120 "$CRMW" vote-server room.crmw --items capability:current \
  --bind 127.0.0.1 --rate-limit 5/60 > out.txt 2> err.txt
[ $? -eq 0 ] && passes=$((passes + 1)) || { echo "FAIL: vote-server closed by 'close'"; cat out.txt err.txt; failures=$((failures + 1)); }
contains out.txt "The round is closed." "'close' on standard input closes the round"
contains out.txt "0 answers from 0 people are in room.crmw." "the summary after 'close'"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
