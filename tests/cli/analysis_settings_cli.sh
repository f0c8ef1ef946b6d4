#!/usr/bin/env bash
# crmw set --calibration-end / --analysis-period / --horizon-months / --monthly-discount-rate
# keep the customer analysis settings in the document; crmw analyze FILE.crmw uses them unless
# its own options say otherwise; a bad value is a usage error that leaves the file as it was.
# Usage: analysis_settings_cli.sh CRMW SAMPLES_DIR
CRMW="$1"
SAMPLES="$2"
PY=/usr/bin/python3
source "$(dirname "$0")/cli_test_support.sh"

check() {  # check DESCRIPTION PYTHON-EXPRESSION (j = the JSON file $JSON, k = $OTHER when set)
  local what="$1" expr="$2"
  if "$PY" -c "import json,sys; j=json.load(open('$JSON')); k=json.load(open('${OTHER:-$JSON}')); sys.exit(0 if ($expr) else 1)"; then
    pass
  else
    fail "$what: $expr"
  fi
}

expect 0 "import the sample workshop" -- "$CRMW" import-json "$SAMPLES/quillmere.json" doc.crmw
expect 0 "import the sample lines" -- "$CRMW" import-transactions doc.crmw "$SAMPLES/quillmere-transactions.csv"

# The sample keeps the calibration end 2026-04-30 and the other settings at their defaults.
expect 0 "analyse with the sample's settings" -- "$CRMW" analyze doc.crmw --json stored.json
JSON=stored.json
check "the sample's calibration end applies" 'j["calibration_end"] == "2026-04-30"'
check "by day" 'j["period"] == "day"'
check "12 months at 1% a month" 'j["model"]["clv"]["months"] == 12 and j["model"]["clv"]["monthly_discount_rate"] == 0.01'
# The sample's lifetime-value total with calibration end 2026-04-30 (stated in issue 19).
check "the sample's CLV total" 'round(j["model"]["clv"]["total"], 2) == 1248643.48'

# A longer horizon kept in the document changes the analysis without any option.
expect 0 "set a 24-month horizon" -- "$CRMW" set doc.crmw --horizon-months 24
contains out.txt "analysis: by day, 24 months, 0.01 a month, holdout check after 2026-04-30" "set prints the settings"
expect 0 "analyse with the stored horizon" -- "$CRMW" analyze doc.crmw --json longer.json
contains err.txt "the document's analysis settings apply" "analyze says whose settings apply"
JSON=longer.json OTHER=stored.json
check "the stored horizon applies" 'j["model"]["clv"]["months"] == 24'
check "twice the months, twice the horizon periods" 'j["model"]["clv"]["horizon_periods"] == 2 * k["model"]["clv"]["horizon_periods"]'
check "a longer horizon adds value" 'j["model"]["clv"]["total"] > k["model"]["clv"]["total"]'
check "the holdout stays" 'j["calibration_end"] == "2026-04-30"'

# An option on the command line wins over the document's setting.
expect 0 "analyse with --months 12" -- "$CRMW" analyze doc.crmw --months 12 --json override.json
JSON=override.json OTHER=stored.json
check "--months wins" 'j["model"]["clv"]["months"] == 12'
check "the same figures as the 12-month settings" 'j["model"]["clv"]["total"] == k["model"]["clv"]["total"]'

# Period, rate and no holdout check; the JSON export carries them as format 8.
expect 0 "set period, rate, no holdout" -- "$CRMW" set doc.crmw --analysis-period week --monthly-discount-rate 0.02 --calibration-end none
expect 0 "analyse by week" -- "$CRMW" analyze doc.crmw --json weekly.json
JSON=weekly.json OTHER=weekly.json
check "by week" 'j["period"] == "week" and j["model"]["period"] == "week"'
check "2% a month" 'j["model"]["clv"]["monthly_discount_rate"] == 0.02'
check "no holdout check" 'j["calibration_end"] is None and j["holdout"] is None'
expect 0 "export-json" -- "$CRMW" export-json doc.crmw -o doc.json
JSON=doc.json OTHER=doc.json
check "the JSON holds the settings" 'j["customer_analysis"] == {"period": "week", "horizon_months": 24, "monthly_discount_rate": 0.02}'
check "as format 8" 'j["version"] == 8'
expect 0 "the JSON imports again" -- "$CRMW" import-json doc.json again.crmw
expect 0 "export it again" -- "$CRMW" export-json again.crmw -o again.json
same_bytes doc.json again.json "JSON round trip"

# Bad values: usage errors naming the value; the file stays as it was.
cp doc.crmw before.crmw
expect 2 "a horizon of 0 months" -- "$CRMW" set doc.crmw --horizon-months 0
contains err.txt "--horizon-months" "the message names the option"
expect 2 "a period that does not exist" -- "$CRMW" set doc.crmw --analysis-period fortnight
contains err.txt "'fortnight' is not a period: day, week, calendar-week" "the message lists the periods"
expect 2 "a day that does not exist" -- "$CRMW" set doc.crmw --calibration-end 2026-02-30
contains err.txt "'2026-02-30' is not a date" "the message names the day"
expect 2 "a rate above 100% a month" -- "$CRMW" set doc.crmw --monthly-discount-rate 1.5
expect 2 "a rate written as a percentage sign" -- "$CRMW" set doc.crmw --monthly-discount-rate 1%
same_bytes doc.crmw before.crmw "a refused set changed the file"

finish
