#!/usr/bin/env bash
# crmw analyze and crmw import-transactions, run as a user would run them: the published CDNOW
# BG/NBD fit, exact money, bad lines, exit codes, and documents that stay byte-identical when
# an import does not happen.
# Usage: analyze_cli.sh CRMW TEST_DATA_DIR
#
# tests/data/cdnow-sample-transactions.csv holds every line of the 2,357 customers of the
# published 1/10 CDNOW sample; it is made from tests/data/cdnow/ by
#   python3 tests/data/make_cdnow_sample.py tests/data tests/data/cdnow-sample-transactions.csv
# (the script explains how the sample's customers are found among the master ids).
set -uo pipefail
CRMW="$1"
DATA="$2"
SHARED="$DATA"  # the CDNOW files are in tests/data/cdnow/
PY=/usr/bin/python3
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
same_bytes() {  # same_bytes A B DESCRIPTION
  if cmp -s "$1" "$2"; then passes=$((passes + 1)); else echo "FAIL: $3: $1 changed"; failures=$((failures + 1)); fi
}
check_json() {  # check_json FILE DESCRIPTION PYTHON-EXPRESSIONS (j is the document; each line must be true)
  local file="$1" what="$2" checks="$3"
  if "$PY" - "$file" "$checks" <<'EOF'
import json, math, sys
j = json.load(open(sys.argv[1]))
def sig3(x, published):  # the same to 3 significant digits
    return float(f"{x:.3g}") == published
bad = [c for c in sys.argv[2].strip().splitlines() if c.strip() and not eval(c.strip())]
for c in bad:
    print("  not true:", c.strip())
sys.exit(1 if bad else 0)
EOF
  then passes=$((passes + 1)); else echo "FAIL: $what ($file)"; failures=$((failures + 1)); fi
}

SAMPLE="$DATA/cdnow-sample-transactions.csv"
CDNOW_MAP=(--customer customer_id --date date --date-format %Y%m%d --amount dollar_value --quantity number_of_cds)

for cmd in analyze import-transactions; do
  expect 0 "$cmd --help" -- "$CRMW" "$cmd" --help
done
contains out.txt "--on-error" "help lists the mapping options"

# --- The published CDNOW fit (Fader, Hardie & Lee 2005): 2,357 customers, 39 weeks to 1997-09-30.
# The amount is dollar_value; number_of_cds gives each line's sign (80 lines sell a CD for $0.00
# and are purchases all the same). Weeks are days / 7, as in the published summary.
expect 0 "analyze the CDNOW sample" -- "$CRMW" analyze "$SAMPLE" "${CDNOW_MAP[@]}" \
  --period week --observation-end 1997-09-30 --json fit.json
check_json fit.json "published BG/NBD parameters and log-likelihood" '
  j["rows"] == {"read": 6954, "imported": 6954, "skipped_bad": 0, "skipped_no_customer": 0, "after_observation_end": 1992}
  j["customers"] == 2357 and j["model"]["customers"] == 2357
  j["model"]["repeat_customers"] == 946
  sig3(j["model"]["bgnbd"]["r"], 0.243)
  sig3(j["model"]["bgnbd"]["alpha"], 4.41)
  round(j["model"]["bgnbd"]["alpha"], 3) == 4.414
  sig3(j["model"]["bgnbd"]["a"], 0.793)
  sig3(j["model"]["bgnbd"]["b"], 2.43)
  round(j["model"]["bgnbd"]["b"], 3) == 2.426
  abs(j["model"]["bgnbd"]["log_likelihood"] - (-9582.4)) < 0.1
  j["model"]["bgnbd"]["diagnostics"]["converged"] is True
  j["model"]["gamma_gamma"]["diagnostics"]["converged"] is True
  j["period"] == "week" and j["observation_end"] == "1997-09-30"
  len(j["top_clv"]) == 10
  all(j["top_clv"][i]["clv"] >= j["top_clv"][i + 1]["clv"] for i in range(9))
  all(0 <= c["p_alive"] <= 1 and c["expected_purchases"] > 0 for c in j["top_clv"])
  isinstance(j["net_value_total"], str)
  j["one_time_customers"] + j["repeat_customers"] + j["no_purchase_customers"] == j["customers"]
  j["one_time_customers"] == 1411
  sum(j["rfm"]["groups"].values()) == j["customers"]
  0 < j["top20_share"] < 1 and 0 < j["share_of_customers_for_80pct"] < 1 and 0 < j["gini"] < 1
'
contains fit.json '"source"' "the JSON names its source"

# The same fit as the calibration half of a holdout check over the whole file, and the
# paper's prediction for sample customer 1 (master 00004: x = 2, t_x = 30.43, T = 38.86):
# 1.226 repeat purchases in weeks 40-78.
expect 0 "holdout check" -- "$CRMW" analyze "$SAMPLE" "${CDNOW_MAP[@]}" \
  --period week --calibration-end 1997-09-30 --json holdout.json --customers-csv customers.csv
check_json holdout.json "holdout fit = published fit" '
  j["holdout"]["calibration_end"] == "1997-09-30" and j["holdout"]["observation_end"] == "1998-06-30"
  j["holdout"]["duration_periods"] == 39
  j["holdout"]["customers"] == 2357
  sig3(j["holdout"]["bgnbd"]["r"], 0.243) and round(j["holdout"]["bgnbd"]["alpha"], 3) == 4.414
  sig3(j["holdout"]["bgnbd"]["a"], 0.793) and round(j["holdout"]["bgnbd"]["b"], 3) == 2.426
  j["holdout"]["actual_total"] > 0 and j["holdout"]["predicted_total"] > 0
  j["model"]["customers"] == 2357
  [m["model"] for m in j["models"]["compared"]] == ["BG/NBD", "MBG/NBD", "Pareto/NBD"]
  j["models"]["chosen_by"] == "holdout mean absolute error"
  j["models"]["chosen"] == min(j["holdout"]["models"], key=lambda m: m["mean_absolute_error"])["model"]
  all(m["identified"] and m["notes"] == [] for m in j["models"]["compared"])
  "smallest average error" in j["models"]["explanation"]
  len(j["holdout"]["tracking"]) > 0 and j["holdout"]["tracking"][-1]["week_ending"] == "1998-06-30"
  j["holdout"]["tracking"][-1]["actual_cumulative"] >= j["holdout"]["actual_total"]
  all(len(m["by_calibration_frequency"]) == 7 for m in j["holdout"]["models"])
  sum(r["actual_customers"] for r in j["models"]["repeat_count_check"]) == 2357
  abs(sum(r["expected_customers"] for r in j["models"]["repeat_count_check"]) - 2357) < 1e-6
  all(t["ranges"]["clv"][0] <= t["clv"] <= t["ranges"]["clv"][1] for t in j["top_clv"])
  j["models"]["total_clv_range"][0] < j["model"]["clv"]["total"] < j["models"]["total_clv_range"][1]
'
if "$PY" - customers.csv holdout.json <<'EOF'
import csv, json, math, sys
rows = {r["customer_id"]: r for r in csv.DictReader(open(sys.argv[1]))}
assert len(rows) == 2357, len(rows)
c = rows["00004"]
# The holdout prediction comes from the chosen model's calibration fit. Recomputed here from
# the published formulas (BG/NBD: FHL 2005 eq. 10; Pareto/NBD: Fader & Hardie's note 009,
# P(alive) and E[Y(t)]; MBG/NBD: BG/NBD's with b + 1 and P(alive) 1/(1 + a/(b+x) ...)).
j = json.load(open(sys.argv[2]))
fit = next(m for m in j["holdout"]["models"] if m["model"] == j["models"]["chosen"])
p = fit["parameters"]
x, tx, T, t = 2, 213 / 7, 272 / 7, 39.0  # as the published summary: days / 7 (30.43, 38.86)
def f21(a, b, cc, z):
    total, term, k = 1.0, 1.0, 0
    while abs(term) > 1e-17 * abs(total):
        term *= (a + k) * (b + k) / ((cc + k) * (k + 1)) * z; total += term; k += 1
    return total
if fit["model"] == "Pareto/NBD":
    r, al, s, be = p["r"], p["alpha"], p["s"], p["beta"]
    hi, lo = max(al, be), min(al, be); tt = r + x if al < be else s + 1
    F = lambda y: f21(r + s + x, tt, r + s + x + 1, (hi - lo) / (hi + y)) / (hi + y) ** (r + s + x)
    A0 = F(tx) - F(T)
    alive = 1 / (1 + s / (r + s + x) * (al + T) ** (r + x) * (be + T) ** s * A0)
    expected = alive * (r + x) * (be + T) / ((al + T) * (s - 1)) * (1 - ((be + T) / (be + T + t)) ** (s - 1))
else:
    r, al, a, b = p["r"], p["alpha"], p["a"], p["b"]
    if fit["model"] == "MBG/NBD":
        alive = 1 / (1 + a / (b + x) * ((al + T) / (al + tx)) ** (r + x)); b = b + 1
    else:
        alive = 1 / (1 + a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x))
    z = t / (al + T + t)
    expected = alive * (a + b + x - 1) / (a - 1) * (1 - ((al + T) / (al + T + t)) ** (r + x) * f21(r + x, b + x, a + b + x - 1, z))
assert abs(float(c["holdout_predicted"]) - expected) < 1e-6, (c["holdout_predicted"], expected)
assert c["holdout_purchases"] == "1" and c["net_value"] == "100.5" and c["first_purchase"] == "1997-01-01"
assert c["purchase_days"] == "4" and c["frequency"] == "3" and c["rfm_cell"].count("-") == 2
assert all(r["clv"] != "" for r in rows.values())
EOF
then passes=$((passes + 1)); else echo "FAIL: customers CSV of the holdout run"; failures=$((failures + 1)); fi

# A readable summary without --json.
expect 0 "summary" -- "$CRMW" analyze "$SAMPLE" "${CDNOW_MAP[@]}" --period week --observation-end 1997-09-30
contains out.txt "r 0.2426  alpha 4.414  a 0.7929  b 2.426" "the summary shows the fit"
contains out.txt "top customers" "the summary lists the top CLV customers"

# --- The whole CDNOW master, detected without any mapping option (whitespace, yyyymmdd, CRLF):
# exact totals as computed independently in tests/engine/customers/test_cdnow_summary.cpp.
if [ -f "$SHARED/cdnow/CDNOW_master.txt" ]; then
  expect 0 "analyze CDNOW_master.txt, all detected" -- "$CRMW" analyze "$SHARED/cdnow/CDNOW_master.txt" --json - 
  cp out.txt master.json
  contains err.txt 'whitespace-separated' "detection is reported"
  check_json master.json "CDNOW master totals" '
    j["rows"]["read"] == 69659 and j["customers"] == 23570
    j["net_value_total"] == "2500315.63"
    j["top20_customers"] == 4714 and abs(j["top20_share"] - 0.6777738296984529) < 1e-12
    j["customers_for_80pct"] == 7695
    abs(j["gini"] - 0.6345711845815959) < 1e-12
    j["zero_value_customers"] == 68 and j["negative_value_customers"] == 0
    j["mapping"]["delimiter"] == "whitespace" and j["mapping"]["date_format"] == "%Y%m%d"
  '
else
  echo "FAIL: $SHARED/cdnow/CDNOW_master.txt is missing (it ships in tests/data/cdnow/)"
  failures=$((failures + 1))
fi

# --- Auto-detection of other layouts; money stays exact.
expect 0 "semicolon, decimal comma, BOM, CRLF, day/month/year" -- \
  "$CRMW" analyze "$DATA/transactions/semicolon_decimal_comma.csv" --json semi.json
check_json semi.json "semicolon file" '
  j["net_value_total"] == "1011.75" and j["customers"] == 2
  j["mapping"]["delimiter"] == "semicolon" and j["mapping"]["decimal_separator"] == ","
  j["mapping"]["date_format"] == "%d/%m/%Y"
'
expect 0 "quantity x unit price" -- "$CRMW" analyze "$DATA/transactions/qty_price.csv" --json qp.json
check_json qp.json "quantity x unit price, one rounding" 'j["net_value_total"] == "32.99"'
expect 0 "no header, columns by number" -- "$CRMW" analyze "$DATA/transactions/tab_no_header.tsv" \
  --no-header --delimiter tab --customer 1 --date 2 --date-format %m/%d/%Y --quantity 3 --amount 4 --json tab.json
check_json tab.json "tab file" 'j["net_value_total"] == "100" and j["customers"] == 2'
printf 'customer,date,amount\nA,2024-01-01,0.1\nA,2024-01-02,0.2\nA,2024-01-03,-0.3\nB,2024-01-01,1\n' > exact.csv
expect 0 "0.1 + 0.2 - 0.3 is exactly zero" -- "$CRMW" analyze exact.csv --json exact.json
check_json exact.json "exact money" 'j["zero_value_customers"] == 1 and j["net_value_total"] == "1"'

# --- Bad lines.
ERRORS="$DATA/transactions/errors.csv"
ERR_MAP=(--customer customer --date date --amount amount --cost cost)
expect 4 "a bad line with --on-error stop (the default)" -- "$CRMW" analyze "$ERRORS" "${ERR_MAP[@]}"
contains err.txt 'line 3, column 2 "date": "2024-13-45" is not a date in format %Y-%m-%d' "the bad line is named"
contains err.txt "nothing was imported" "stop says nothing was imported"
expect 1 "--on-error skip: done, bad lines listed and counted" -- \
  "$CRMW" analyze "$ERRORS" "${ERR_MAP[@]}" --on-error skip --max-errors 2 --json skip.json
contains err.txt 'line 4, column 3 "amount": "12.5.0" is not an amount' "second bad line listed"
contains err.txt "8 bad lines skipped (the first 2 listed)" "the count and the cap"
contains err.txt "2 lines without a customer id not imported (lines 5, 14)" "lines without customer"
if grep -q "line 6" err.txt; then echo "FAIL: more lines listed than --max-errors"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
check_json skip.json "counts of a skipping run" '
  j["rows"] == {"read": 13, "imported": 3, "skipped_bad": 8, "skipped_no_customer": 2, "after_observation_end": 0}
  j["net_value_total"] == "17" and j["margin"]["total"] == "8.5"
'

# --- A value that does not parse is a bad line; it never moves a role to another column.
# By hand: good amounts 100 + 250 + 525 = 875, costs 40 + 100 + 300 = 440, margin 435.
printf 'customer_id,date,order_id,amount,cost\nC1,2024-01-05,O1,100.00,40.00\nC2,2024-01-06,O2,250.00,100.00\nC1,2024-02-01,O3,n/a,10.00\nC3,2024-02-03,O4,525.00,300.00\n' > analyst.csv
expect 4 "an amount of n/a stops the import (the default)" -- "$CRMW" analyze analyst.csv
contains err.txt 'line 4, column 4 "amount"' "the bad amount is named by line and column"
contains err.txt 'amount = 4 "amount", order = 3 "order_id", cost = 5 "cost"' "the mapping used is printed"
expect 1 "an amount of n/a is skipped with --on-error skip" -- "$CRMW" analyze analyst.csv --on-error skip --json analyst.json
check_json analyst.json "the analyst's file" '
  j["net_value_total"] == "875" and j["margin"]["total"] == "435"
  j["rows"]["skipped_bad"] == 1
'
expect 4 "two roles on one column" -- "$CRMW" analyze analyst.csv --customer 1 --date 2 --amount 4 --cost amount
contains err.txt 'column 4 "amount" would be read as both the amount and the cost' "the clash is named"
"$CRMW" new clash.crmw > /dev/null 2>&1
cp clash.crmw clash-before.crmw
expect 4 "two roles on one column (import)" -- "$CRMW" import-transactions clash.crmw analyst.csv --customer 1 --date 2 --amount 5 --cost 5
same_bytes clash.crmw clash-before.crmw "a refused import leaves the document as it was"
printf 'client,date,x,y\nA,2024-01-01,3,10.5\n' > unnamed.csv
expect 2 "a header naming no amount: the user is asked, nothing is guessed" -- "$CRMW" analyze unnamed.csv
contains err.txt "cannot tell which column holds the amount" "the missing role is named"

# --- import-transactions: nothing is written unless everything is.
expect 0 "new document" -- "$CRMW" new doc.crmw
cp doc.crmw doc.before
expect 4 "import stops on a bad line" -- "$CRMW" import-transactions doc.crmw "$ERRORS" "${ERR_MAP[@]}"
same_bytes doc.crmw doc.before "a stopped import"
expect 4 "a column that does not exist" -- "$CRMW" import-transactions doc.crmw "$ERRORS" --customer nosuch --date date --amount amount
contains err.txt 'no column named "nosuch"' "the missing column is named"
same_bytes doc.crmw doc.before "an import with a wrong mapping"
printf 'customer,date,amount\n' > empty.csv
expect 4 "a file without lines" -- "$CRMW" import-transactions doc.crmw empty.csv --customer customer --date date --date-format %Y-%m-%d --amount amount
same_bytes doc.crmw doc.before "an empty import"
expect 3 "a missing CSV" -- "$CRMW" import-transactions doc.crmw missing.csv
contains err.txt "missing.csv: no such file" "missing CSV message"
same_bytes doc.crmw doc.before "an import of a missing CSV"
expect 3 "a missing document" -- "$CRMW" import-transactions nowhere.crmw "$SAMPLE"
echo "not a database" > text.crmw
cp text.crmw text.before
expect 3 "a text file is not a document" -- "$CRMW" import-transactions text.crmw "$SAMPLE" "${CDNOW_MAP[@]}"
same_bytes text.crmw text.before "a refused document"

expect 0 "import the CDNOW sample" -- "$CRMW" import-transactions doc.crmw "$SAMPLE" "${CDNOW_MAP[@]}"
contains out.txt "imported 6,954 lines" "import summary"
expect 1 "import with skipped lines" -- "$CRMW" import-transactions doc.crmw "$ERRORS" "${ERR_MAP[@]}" --on-error skip
if [ "$(sqlite3 doc.crmw 'SELECT count(*) FROM transaction_line')" = "6957" ] &&
   [ "$(sqlite3 doc.crmw 'SELECT count(*) FROM transaction_import')" = "2" ] &&
   [ "$(sqlite3 doc.crmw 'SELECT sum(amount) FROM transaction_line WHERE import_id = 2')" = "17000" ]; then
  passes=$((passes + 1)); else echo "FAIL: lines in the document after two imports"; failures=$((failures + 1)); fi
expect 0 "replace the earlier imports" -- "$CRMW" import-transactions doc.crmw "$SAMPLE" "${CDNOW_MAP[@]}" --replace
# The import writes with foreign keys off (faster), so --replace deletes the old lines itself:
# no line may be left without its import.
if [ "$(sqlite3 doc.crmw 'SELECT count(*) FROM transaction_line')" = "6954" ] &&
   [ "$(sqlite3 doc.crmw 'SELECT count(*) FROM transaction_import')" = "1" ] &&
   [ "$(sqlite3 doc.crmw 'SELECT count(*) FROM transaction_line WHERE import_id NOT IN (SELECT id FROM transaction_import)')" = "0" ] &&
   [ -z "$(sqlite3 doc.crmw 'PRAGMA foreign_key_check')" ]; then
  passes=$((passes + 1)); else echo "FAIL: --replace"; failures=$((failures + 1)); fi
expect 0 "analyze what the document holds" -- "$CRMW" analyze doc.crmw --period week --observation-end 1997-09-30 --json doc.json
check_json doc.json "the document gives the same fit" '
  j["customers"] == 2357 and round(j["model"]["bgnbd"]["alpha"], 3) == 4.414
  abs(j["model"]["bgnbd"]["log_likelihood"] - (-9582.4)) < 0.1
  j["imports"][0]["lines"] == 6954 and j["imports"][0]["source"] == "cdnow-sample-transactions.csv"
'
# The discount rate with its period: 10% a year is (1.1)^(1/12) - 1 = 0.797414% a month (by
# hand: ln 1.1 / 12 = 0.00794251, e^0.00794251 = 1.00797414).
expect 0 "the default discount rate" -- "$CRMW" analyze doc.crmw --period week
contains out.txt "CLV over 12 months, discount 1% a month: total" "the text states the rate a month"
expect 0 "a yearly discount rate" -- "$CRMW" analyze doc.crmw --period week --annual-discount-rate 0.1
contains out.txt "discount 10% a year (0.797414% a month)" "the text states the rate a year and a month"
expect 0 "a yearly discount rate, JSON" -- "$CRMW" analyze doc.crmw --period week --annual-discount-rate 0.1 --json doc-year.json
check_json doc-year.json "the JSON states the rate with its period" '
  j["model"]["clv"]["discount_rate"] == {"rate": 0.1, "per": "year"}
  abs(j["model"]["clv"]["monthly_discount_rate"] - 0.00797414) < 5e-9
'
expect 0 "the same rate a month" -- "$CRMW" analyze doc.crmw --period week --discount-rate 0.00797414 --json doc-month-rate.json
python3 - doc-year.json doc-month-rate.json <<'PY' && pass || fail "a yearly rate gives the CLV of its monthly rate"
import json, sys
y, m = (json.load(open(f))["model"]["clv"] for f in sys.argv[1:3])
assert m["discount_rate"] == {"rate": 0.00797414, "per": "month"}
assert abs(y["total"] - m["total"]) < 1e-6 * m["total"], (y["total"], m["total"])
PY
# Calendar months (lifetimes freq='M'): the document and the CSV file give the same model.
expect 0 "the document by calendar month" -- "$CRMW" analyze doc.crmw --period month --observation-end 1997-09-30
contains out.txt "calendar months" "the text names the period"
expect 0 "the document by calendar month, JSON" -- "$CRMW" analyze doc.crmw --period month --observation-end 1997-09-30 --json doc-month.json
expect 0 "the CSV file by calendar month" -- "$CRMW" analyze "$SAMPLE" "${CDNOW_MAP[@]}" --period month --observation-end 1997-09-30 --json csv-month.json
python3 - doc-month.json csv-month.json <<'PY' && pass || fail "document and CSV agree by calendar month"
import json, sys
d, c = (json.load(open(f)) for f in sys.argv[1:3])
assert d["model"]["period"] == "month" and d["model"]["clv"]["periods_per_month"] == 1
assert d["model"]["bgnbd"] == c["model"]["bgnbd"] and d["model"]["gamma_gamma"] == c["model"]["gamma_gamma"]
assert d["model"]["clv"]["horizon_periods"] == 12
PY
expect 0 "the document still validates" -- "$CRMW" validate doc.crmw

# --- Returns, by one rule (docs/methodology.md). By hand:
#   A buys 30 and 20, returns 10 (quantity -1): 1 return line, -10, net 40, repeat spend 20
#   B buys 15 and a free item (quantity 1, amount 0): repeat spend 0, left out of the spend model
#   C only returns 4.50: 1 return line, -4.50, no purchase
#   D buys 12, returns 6 and buys 5 on one day: 1 return line, -6, repeat spend 5
#   E buys 9 and a credit line (quantity 1, amount -2): repeat spend -2, left out
#   total: 3 return lines, -10 - 4.50 - 6 = -20.50; 2 customers left out of the spend model.
printf 'customer,date,amount,quantity\nA,2024-01-01,30,1\nA,2024-01-05,-10,-1\nA,2024-01-09,20,1\nB,2024-01-02,15,1\nB,2024-01-06,0,1\nC,2024-01-03,-4.50,-1\nD,2024-01-04,12,2\nD,2024-01-08,-6,-1\nD,2024-01-08,5,1\nE,2024-01-07,9,1\nE,2024-01-09,-2,1\n' > returns.csv
RET_MAP=(--customer customer --date date --amount amount --quantity quantity)
expect 0 "returns in the text" -- "$CRMW" analyze returns.csv "${RET_MAP[@]}"
contains out.txt "3 return lines (-20.50) reduce net value; they are not purchases and not spending; 2 customers left out of the spend model" "the returns sentence"
expect 0 "returns in the JSON" -- "$CRMW" analyze returns.csv "${RET_MAP[@]}" --json returns.json --customers-csv returns-customers.csv
check_json returns.json "the JSON counts the returns" '
  j["returns"] == {"lines": 3, "value": "-20.5", "customers_left_out_of_spend_model": 2}
'
contains returns-customers.csv "return_lines,return_value" "the customer list has return columns"
contains returns-customers.csv ",1,-6" "D's return line and value"

# --- Wrong arguments.
expect 2 "unknown --on-error" -- "$CRMW" analyze "$SAMPLE" --on-error ignore
expect 2 "unknown --period" -- "$CRMW" analyze "$SAMPLE" --period year
expect 2 "a monthly and a yearly discount rate at once" -- "$CRMW" analyze "$SAMPLE" "${CDNOW_MAP[@]}" --discount-rate 0.01 --annual-discount-rate 0.1
contains err.txt "excludes" "the two rates exclude each other"
expect 2 "unknown --date-format" -- "$CRMW" analyze "$SAMPLE" --date-format %Q
expect 2 "unknown --delimiter" -- "$CRMW" analyze "$SAMPLE" --delimiter pipe
expect 2 "a date that is not a date" -- "$CRMW" analyze "$SAMPLE" --observation-end 1997-02-30
expect 2 "amount and unit price" -- "$CRMW" analyze "$SAMPLE" --amount 4 --quantity 3 --unit-price 4
expect 2 "calibration end after the observation end" -- "$CRMW" analyze "$SAMPLE" "${CDNOW_MAP[@]}" \
  --observation-end 1997-06-30 --calibration-end 1997-09-30
expect 2 "missing DATA" -- "$CRMW" analyze
expect 3 "analyze a missing file" -- "$CRMW" analyze missing.csv
expect 5 "cannot write the JSON" -- "$CRMW" analyze "$SAMPLE" "${CDNOW_MAP[@]}" --json /nonexistent/dir/out.json

echo "analyze_cli: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
