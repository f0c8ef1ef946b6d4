#!/usr/bin/env bash
# crmw set and crmw new with --company, --facilitator, --industry, --currency and --language; a bad or
# missing value is a usage error (exit 2, README's table) that leaves the file as it was; the
# currency shows in crmw analyze's amounts.
# Usage: document_properties_cli.sh CRMW SAMPLES_DIR
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
same() {  # same FILE1 FILE2 DESCRIPTION
  if cmp -s "$1" "$2"; then passes=$((passes + 1)); else echo "FAIL: $3"; diff "$1" "$2" | head; failures=$((failures + 1)); fi
}

# crmw new with all four properties.
expect 0 "new with properties" -- "$CRMW" new a.crmw --company "Brightwell <Foods>" \
  --facilitator "Mara Quist" --industry "Food wholesale" --currency sek --cycle FY2026
expect 0 "info" -- "$CRMW" info a.crmw
contains out.txt "company: Brightwell <Foods>" "new: company"
contains out.txt "facilitator: Mara Quist" "new: facilitator"
contains out.txt "industry: Food wholesale" "new: industry"
contains out.txt "currency: SEK" "new: currency, upper-cased"
contains out.txt "current cycle: FY2026" "new: cycle name"

# crmw new: a bad currency creates nothing.
expect 2 "new with a bad currency" -- "$CRMW" new b.crmw --company X --currency 12
contains err.txt "'12' is not a currency code" "new: the message names the value"
if [ -e b.crmw ]; then echo "FAIL: new left b.crmw behind"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# crmw set changes only what it is given.
expect 0 "set currency and facilitator" -- "$CRMW" set a.crmw --currency " usd" --facilitator "Ola Berg"
expect 0 "info after set" -- "$CRMW" info a.crmw
contains out.txt "currency: USD" "set: currency"
contains out.txt "facilitator: Ola Berg" "set: facilitator"
contains out.txt "company: Brightwell <Foods>" "set: company kept"
contains out.txt "industry: Food wholesale" "set: industry kept"
expect 0 "export-json" -- "$CRMW" export-json a.crmw -o a.json
contains a.json '"currency": "USD"' "the JSON carries the currency"

# Usage errors leave the file byte for byte as it was.
cp a.crmw before.crmw
expect 2 "set with a bad currency" -- "$CRMW" set a.crmw --currency EURO --company Other
contains err.txt "'EURO' is not a currency code" "set: the message names the value"
same a.crmw before.crmw "a bad currency changes nothing"
expect 2 "set with nothing to change" -- "$CRMW" set a.crmw
contains err.txt "give at least one of --company, --facilitator, --industry, --currency, --language" "set: nothing given"
expect 2 "set with an empty company" -- "$CRMW" set a.crmw --company ""
same a.crmw before.crmw "usage errors change nothing"
expect 3 "set on a missing file" -- "$CRMW" set missing.crmw --company X

# The document's language: English unless given; only a language the report is written in.
expect 0 "info" -- "$CRMW" info a.crmw
contains out.txt "language: en" "a new document is English"
expect 0 "new in German" -- "$CRMW" new g.crmw --company Y --language de
expect 0 "info" -- "$CRMW" info g.crmw
contains out.txt "language: de" "new: language"
expect 0 "export-json of a German document" -- "$CRMW" export-json g.crmw -o g.json
contains g.json '"language": "de"' "the JSON carries a language other than English"
expect 0 "set the language back" -- "$CRMW" set g.crmw --language en
expect 0 "info" -- "$CRMW" info g.crmw
contains out.txt "language: en" "set: language"
expect 0 "export-json of an English document" -- "$CRMW" export-json g.crmw -o e.json
if grep -q '"language"' e.json; then echo "FAIL: English written into the JSON"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
cp a.crmw before.crmw
expect 2 "set an unknown language" -- "$CRMW" set a.crmw --language fr
contains err.txt "'fr' is not a language the report is written in: en, de" "set: the message names the language"
same a.crmw before.crmw "an unknown language changes nothing"

# A well-formed code not in the picker's list is accepted.
expect 0 "set an unlisted code" -- "$CRMW" set a.crmw --currency XAU
expect 0 "info" -- "$CRMW" info a.crmw
contains out.txt "currency: XAU" "an unlisted code"

# The sample is in EUR: crmw analyze on its lines writes amounts with the code.
expect 0 "import the sample" -- "$CRMW" import-json "$SAMPLES/quillmere.json" s.crmw
expect 0 "import its transactions" -- "$CRMW" import-transactions s.crmw "$SAMPLES/quillmere-transactions.csv"
expect 0 "analyze the document" -- "$CRMW" analyze s.crmw
if grep -E -q '^net value +[0-9,]+\.[0-9]+ EUR$' out.txt; then passes=$((passes + 1)); else echo "FAIL: analyze: net value without EUR"; grep "net value" out.txt; failures=$((failures + 1)); fi
contains out.txt "CLV (EUR)" "analyze: the CLV column names the currency"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
