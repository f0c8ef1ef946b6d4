#!/usr/bin/env bash
# What crmw prints for people reads well: every text-output command on the sample workshop
# (with its transactions) and on the CDNOW sample is searched for
#   - "nan" or "inf" (a value that could not be computed must say so in words or show a dash),
#   - snake_case keys ("potential_loyalists": the label is "Potential loyalists"),
#   - ids ("trt-101", "cap-3": items are named, not numbered),
#   - plurals after 1 ("1 customers").
# Numbers in text carry thousands separators; JSON output is not checked here (it stays
# machine-readable).
# Usage: text_output.sh CRMW SAMPLES_DIR TEST_DATA_DIR
CRMW="$1"
SAMPLES="$2"
DATA="$3"
source "$(dirname "$0")/cli_test_support.sh"

add_schedule "$SAMPLES/quillmere.json" sample.json
CDNOW=(--customer customer_id --date date --date-format %Y%m%d --amount dollar_value --quantity number_of_cds)
printf 'customer,date,amount\nA,2024-01-01,10\n' > one.csv  # too little for any model

# name|arguments: each writes text to standard output (and messages to standard error).
commands=(
  "new|new blank.crmw --company Blank"
  "set|set blank.crmw --currency EUR --facilitator Ann"
  "info of a blank document|info blank.crmw"
  "import-json|import-json sample.json q.crmw"
  "import-transactions|import-transactions q.crmw $SAMPLES/quillmere-transactions.csv"
  "info|info q.crmw"
  "validate|validate q.crmw"
  "assess|assess q.crmw"
  "assess 2025|assess q.crmw --cycle 2025"
  "assess of a blank document|assess blank.crmw"
  "diff|diff q.crmw --from 2025 --to 2026"
  "schedule|schedule q.crmw --ics s.ics"
  "schedule, nothing to schedule|schedule blank.crmw --ics none.ics"
  "export-actions|export-actions q.crmw --xlsx a.xlsx --csv a.csv"
  "report|report q.crmw --date 2026-12-01 -o r.html"
  "analyze a document|analyze q.crmw"
  "analyze CDNOW|analyze $DATA/cdnow-sample-transactions.csv ${CDNOW[*]}"
  "analyze CDNOW with a holdout|analyze $DATA/cdnow-sample-transactions.csv ${CDNOW[*]} --calibration-end 1997-09-30"
  "analyze one customer|analyze one.csv"
  "draft-actions|draft-actions q.crmw --cycle 2025"
  "new-cycle|new-cycle q.crmw --name 2027"
  "unknown cycle|assess q.crmw --cycle 1999"
  "unknown command|frobnicate"
  "no command|"
)

# check FILE DESCRIPTION: none of the patterns in FILE. Quoted text ("customer_id") is what the
# user's own file calls things, and paths are the user's: both are left out of the search.
check() {
  local text
  text=$(sed -e 's/"[^"]*"//g' -e "s|$work||g" "$1")
  local bad
  bad=$(grep -nwiE 'nan|-?inf' <<< "$text") && fail "$2: 'nan' or 'inf'" <(echo "$bad") || pass
  bad=$(grep -nE '\b[a-z]+_[a-z_]+\b' <<< "$text") && fail "$2: a snake_case key" <(echo "$bad") || pass
  bad=$(grep -nE '\b[a-z]{2,5}-[0-9]+\b' <<< "$text") && fail "$2: an id" <(echo "$bad") || pass
  bad=$(grep -nE '(^|[^0-9.,])1 [a-z]+[^su ]s\b' <<< "$text" | grep -vE '\b1 (was|has|does)\b') &&
    fail "$2: a plural after 1" <(echo "$bad") || pass
  # Money and counts of a thousand or more carry separators (1,248,705.86): an amount with
  # four digits before its point, or a count of five digits in a sentence, is a miss. (Years,
  # dates and the customer ids of the user's data are neither.)
  bad=$(grep -nE '(^|[^0-9.,:/-])[0-9]{4,}\.[0-9]+|[a-z(] [0-9]{5,}\b' <<< "$text") &&
    fail "$2: a number without thousands separators" <(echo "$bad") || pass
}

for entry in "${commands[@]}"; do
  IFS='|' read -r what args <<< "$entry"
  # shellcheck disable=SC2086 # the arguments hold no spaces
  "$CRMW" $args > out.txt 2> err.txt
  [ -s out.txt ] || [ -s err.txt ] || fail "$what: printed nothing"
  check out.txt "$what (standard output)"
  check err.txt "$what (standard error)"
done

# A few things that must read right.
"$CRMW" analyze q.crmw > out.txt 2> err.txt
# The sample document keeps a calibration end (2026-04-30): the holdout chooses the model, as
# in the window and the report.
contains err.txt "the document's calibration end 2026-04-30 applies" "the stored calibration end is named"
contains out.txt "Holdout check: fitted up to 2026-04-30" "the stored calibration end is used"
contains out.txt "CLV over 12 months, discount 1% a month: total 1,248,643.48 EUR" "money with separators"
contains out.txt "RFM group            customers  mean P(alive)" "value per RFM group"
"$CRMW" analyze q.crmw --json value.json > /dev/null 2>&1
/usr/bin/python3 - value.json <<'PY' && pass || fail "the JSON's value per RFM group and cell"
import json, sys
d = json.load(open(sys.argv[1]))
rfm = d["rfm"]
assert all(rfm["value_by_group"][g]["customers"] == n for g, n in rfm["groups"].items())
assert sum(c["customers"] for c in rfm["value_by_cell"]) == rfm["scored_customers"]
assert all(0 <= r["mean_p_alive"] <= 1 for r in d["segments"]["rows"] if r["customers"])
PY
"$CRMW" analyze q.crmw --calibration-end 2026-06-30 > out.txt 2> err.txt
contains out.txt "Holdout check: fitted up to 2026-06-30" "the command line's calibration end wins"
contains out.txt "Potential loyalists" "RFM group labels" # (the sample has segments; CDNOW not)
"$CRMW" analyze one.csv > out.txt 2> /dev/null
contains out.txt "top 20% of customers           100.0% of value (1 customer)" "one customer"
contains out.txt "BG/NBD      not fitted (insufficient data). Only 1 customer:" "a model without data says so"
"$CRMW" analyze "$DATA/cdnow-sample-transactions.csv" "${CDNOW[@]}" > out.txt 2> /dev/null
contains out.txt "  Potential loyalists" "CDNOW: RFM groups by label"
"$CRMW" assess q.crmw > out.txt
contains out.txt "addressed by treatments 'Growing businesses', 'Small offices'" "treatments named by their segment, plural for two"

finish
