#!/usr/bin/env bash
# crmw analyze --postgres against a real PostgreSQL 15 server that this test starts itself
# (pg_virtualenv, Debian's postgresql-common): the same transactions analysed from a CSV file
# and from a table give identical summaries and the same fits; names with quotes, spaces and
# SQL words are quoted; bad lines, missing tables and an unreachable server give their exit
# codes. A hand-made table checks the SQL's periods against figures worked out by hand.
# Usage: analyze_postgres.sh CRMW TEST_DATA_DIR
if [ -z "${CRMW_POSTGRES_TEST_SERVER:-}" ]; then
  command -v pg_virtualenv > /dev/null ||
    { echo "FAIL: pg_virtualenv is missing (install postgresql-15 and postgresql-common)"; exit 1; }
  # A throwaway cluster on a free port; PGHOST, PGPORT, PGUSER and PGPASSWORD point at it.
  # -t: its files in a temporary folder even for root; a random port: two runs started at
  # the same moment would otherwise both take the first free one (5432) and one would fail.
  CRMW_POSTGRES_TEST_SERVER=1 exec pg_virtualenv -t -c "-p $((20000 + RANDOM % 20000))" -v 15 "$0" "$@"
fi
CRMW="$1"
DATA="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/cli_test_support.sh"
SAMPLE="$DATA/cdnow-sample-transactions.csv"
MASTER="$DATA/cdnow/CDNOW_master.txt"
DB="dbname=postgres"
sql() { psql -X -q -v ON_ERROR_STOP=1 "$@" > psql.txt 2>&1 || fail "psql $*" psql.txt; }

# --- The CDNOW lines, as a CSV file and as a table.
tr -s ' ' < "$MASTER" | tr -d '\r' | sed 's/^ //; s/ /,/g' > master.csv
sql -c "CREATE TABLE cdnow (customer_id text, date date, number_of_cds integer,
                            dollar_value numeric(12, 2))" \
    -c "\\copy cdnow FROM '$SAMPLE' CSV HEADER"
sql -c "CREATE TABLE cdnow_master (customer_id text, date date, number_of_cds integer,
                                   dollar_value double precision)" \
    -c "\\copy cdnow_master FROM 'master.csv' CSV HEADER"
CSV_MAP=(--customer customer_id --date date --date-format %Y%m%d --amount dollar_value
         --quantity number_of_cds)
DB_MAP=(--customer customer_id --date date --amount dollar_value --quantity number_of_cds)

# same_analysis DESCRIPTION CSV-FILE -- DB-ARGS -- COMMON-ARGS
same_analysis() {
  local what="$1" file="$2" db=() common=()
  shift 3
  while [ "$1" != "--" ]; do db+=("$1"); shift; done
  shift
  common=("$@")
  expect 0 "$what: from the CSV file" -- "$CRMW" analyze "$file" "${CSV_MAP[@]}" "${common[@]}" \
    --json csv.json --customers-csv csv-customers.csv
  expect 0 "$what: from PostgreSQL" -- "$CRMW" analyze --postgres "$DB" "${db[@]}" "${common[@]}" \
    --json db.json --customers-csv db-customers.csv
  if python3 "$HERE/compare_analyses.py" csv.json db.json csv-customers.csv db-customers.csv \
       > compare.txt; then pass; else fail "$what: the two analyses differ" compare.txt; fi
}
same_analysis "CDNOW sample, weeks, published window" "$SAMPLE" \
  -- --table cdnow "${DB_MAP[@]}" -- --period week --observation-end 1997-09-30
# The published fit itself (Fader, Hardie & Lee 2005: r 0.243, alpha 4.414, a 0.793, b 2.426),
# so the comparison above compared real figures.
python3 - db.json <<'PY' && pass || fail "the database analysis gives the published CDNOW fit"
import json, sys
m = json.load(open(sys.argv[1]))["model"]["bgnbd"]
published = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
sys.exit(0 if all(abs(m[k] - v) < 0.0006 for k, v in published.items()) else 1)
PY
contains db.json '"customers": 2357' "the database analysis counts the sample's 2,357 customers"
same_analysis "CDNOW sample, days" "$SAMPLE" -- --table cdnow "${DB_MAP[@]}" --
same_analysis "CDNOW sample, calendar weeks, to 1997-06-30" "$SAMPLE" \
  -- --table cdnow "${DB_MAP[@]}" -- --period calendar-week --observation-end 1997-06-30
same_analysis "CDNOW sample, calendar months" "$SAMPLE" \
  -- --table cdnow "${DB_MAP[@]}" -- --period month --observation-end 1997-09-30
same_analysis "CDNOW master (23,570 customers), weeks, from a query" master.csv \
  -- --query "SELECT * FROM cdnow_master WHERE dollar_value IS NOT NULL" "${DB_MAP[@]}" \
  -- --period week --observation-end 1997-09-30
contains db.json '"customers": 23570' "the master's 23,570 customers"
CSV_MAP=(--customer customer_id --date date --date-format %Y%m%d --amount dollar_value --cost cost)
sql -c "CREATE TABLE with_cost AS SELECT customer_id, date, dollar_value,
               round(dollar_value * 0.6, 2) AS cost FROM cdnow"
sql -c "\\copy (SELECT customer_id, to_char(date, 'YYYYMMDD') AS date, dollar_value, cost
               FROM with_cost) TO 'with-cost.csv' CSV HEADER"
same_analysis "CDNOW sample with a cost column" with-cost.csv \
  -- --table with_cost --customer customer_id --date date --amount dollar_value --cost cost --
contains db.json '"margin": {' "the margin is analysed"

# --- The holdout check: the server splits each history at the calibration end, and the
# scorecards, bins and weekly tracking equal the CSV file's (1997-09-30 is a Tuesday, so by
# calendar week one week holds purchases on both sides of the split).
CSV_MAP=(--customer customer_id --date date --date-format %Y%m%d --amount dollar_value
         --quantity number_of_cds)
same_analysis "CDNOW sample, weeks, holdout from 1997-09-30" "$SAMPLE" \
  -- --table cdnow "${DB_MAP[@]}" -- --period week --calibration-end 1997-09-30
holdout_has() {
  python3 - "$1" "$2" <<'PY' && pass || fail "$3" "$1"
import json, sys
h = json.load(open(sys.argv[1]))["holdout"]
sys.exit(0 if h is not None and eval("(" + sys.argv[2] + ")", {"h": h}) else 1)
PY
}
# The calibration customers are the 2,357 (all first buy in the first quarter of 1997); 39
# weeks of holdout from 1997-09-30 to 1998-06-30 (273 days / 7).
holdout_has db.json 'h["customers"] == 2357 and h["duration_periods"] == 39.0 and
  len(h["models"]) == 3 and len(h["tracking"]) > 0' "the database holdout has its three models"
same_analysis "CDNOW sample, calendar weeks, holdout from 1997-09-30" "$SAMPLE" \
  -- --table cdnow "${DB_MAP[@]}" -- --period calendar-week --calibration-end 1997-09-30
same_analysis "CDNOW sample, days, holdout from 1997-06-30 to 1998-03-31" "$SAMPLE" \
  -- --table cdnow "${DB_MAP[@]}" -- --calibration-end 1997-06-30 --observation-end 1998-03-31

# --- Segments: each customer's primary segment (largest net value, ties to the name first in
# byte order, blanks trimmed, a NULL segment is the empty name) and the roll-up.
sql -c "CREATE TABLE channels AS SELECT *, CASE WHEN number_of_cds >= 3 THEN 'Music'
          WHEN dollar_value > 30 THEN 'Books' WHEN dollar_value = 0 THEN NULL
          ELSE ' Films ' END AS channel FROM cdnow"
sql -c "\\copy (SELECT customer_id, to_char(date, 'YYYYMMDD') AS date, number_of_cds,
               dollar_value, channel FROM channels) TO 'channels.csv' CSV HEADER"
CSV_MAP=(--customer customer_id --date date --date-format %Y%m%d --amount dollar_value
         --quantity number_of_cds --segment channel)
same_analysis "CDNOW sample with a segment column, weeks, holdout" channels.csv \
  -- --table channels "${DB_MAP[@]}" --segment channel -- --period week \
  --calibration-end 1997-09-30
contains db.json '"basis": "segment"' "the database roll-up is by segment"
# 00004 bought 2, 2, 1 and 2 CDs for 29.33, 29.73, 14.96 and 26.48: four Films lines, 100.50.
contains db-customers.csv '00004,1997-01-01,1997-12-12,4,4,100.5,Films,1' \
  "customer 00004's primary segment"
# By hand, to 2024-01-05: A buys Music for 10 (01-01), then Books for 10 (01-02): a tie, Books
# (first by name, though named second); her return of 3 in Films is not a purchase segment.
# B buys Films for 5 and Music for 8: Music. Toys is named only after the end: a row with no
# customer. Roll-up in byte order: Books (A, 20 - 3 = 17), Films, Music (B, 13), Toys.
sql -c "CREATE TABLE tie (who text, day date, amount numeric, seg text)" \
    -c "INSERT INTO tie VALUES ('A', '2024-01-01', 10, 'Music'), ('A', '2024-01-02', 10, 'Books'),
          ('A', '2024-01-03', -3, 'Films'), ('B', '2024-01-01', 5, 'Films'),
          ('B', '2024-01-02', 8, 'Music'), ('B', '2024-01-09', 1, 'Toys')"
expect 0 "a tie between segments" -- "$CRMW" analyze --postgres "$DB" --table tie --customer who \
  --date day --amount amount --segment seg --observation-end 2024-01-05 --json tie.json \
  --customers-csv tie.csv
contains tie.csv 'A,2024-01-01,2024-01-02,2,3,17,Books,2,' "A's tie goes to Books"
contains tie.csv 'B,2024-01-01,2024-01-02,2,2,13,Music,2,' "B's primary segment is Music"
python3 - tie.json <<'PY' && pass || fail "the roll-up by hand" tie.json
import json, sys
rows = json.load(open(sys.argv[1]))["segments"]["rows"]
sys.exit(0 if [(r["name"], r["customers"], r["net_value"]) for r in rows] ==
         [("Books", 1, "17"), ("Films", 0, "0"), ("Music", 1, "13"), ("Toys", 0, "0")] else 1)
PY
CSV_MAP=(--customer customer_id --date date --date-format %Y%m%d --amount dollar_value
         --quantity number_of_cds)

# --- Names with quotes, spaces and SQL words, and lines worked out by hand. Day periods, the
# observation end is the last date, 2024-01-08 (a Monday, like 2024-01-01):
#   A  buys 01-01 (10 + 5), 01-03 (20), 01-08 (6.50), returns 4 on 01-05:
#      3 purchase days -> frequency 2, recency 7, T 7, monetary (20 + 6.5) / 2 = 13.25,
#      net 10 + 5 + 20 - 4 + 6.5 = 37.5, 5 lines
#   B  buys 01-02 (7.25): frequency 0, recency 0, T 6
#   C  only returns (3 on 01-04): in the list without a purchase, net -3
#   two lines without a customer (NULL and blanks) are counted, not analysed.
# In calendar weeks A buys in the weeks of 01-01 and 01-08: frequency 1, recency 1, T 1 and
# monetary 6.5 (the first week's 35 is left out); B buys in the first week too: T 1.
TABLE='Order "Lines"; DROP TABLE cdnow; --'
sql <<'SQL'
CREATE TABLE "Order ""Lines""; DROP TABLE cdnow; --" (
  "Customer ""ID""" text, "select" timestamp, "from" numeric, "Qty; --" integer);
INSERT INTO "Order ""Lines""; DROP TABLE cdnow; --" VALUES
  ('A', '2024-01-01 09:00', 10, 1), ('A', '2024-01-01 17:30', 5, 1), ('A', '2024-01-03', 20, 2),
  ('A', '2024-01-05', -4, -1), ('A', '2024-01-08', 6.5, 1), ('B', '2024-01-02', 7.25, 1),
  ('C', '2024-01-04', -3, -1), (NULL, '2024-01-02', 1, 1), ('  ', '2024-01-02', 1, 1);
SQL
AWKWARD=(--table "$TABLE" --customer 'Customer "ID"' --date select --amount from --quantity 'Qty; --')
expect 0 "awkward names" -- "$CRMW" analyze --postgres "$DB" "${AWKWARD[@]}" \
  --customers-csv hand.csv --json hand.json
contains hand.csv 'A,2024-01-01,2024-01-08,3,5,37.5,2,7,7,13.25,' "A's summary by day"
contains hand.csv 'B,2024-01-02,2024-01-02,1,1,7.25,0,0,6,0,' "B's summary by day"
contains hand.csv 'C,,,0,1,-3,,,,,' "C has no purchase"
check_rows() {
  python3 - "$1" "$2" <<'PY' && pass || fail "$3" "$1"
import json, sys
rows = json.load(open(sys.argv[1]))["rows"]
sys.exit(0 if [rows[k] for k in ("read", "imported", "skipped_bad", "skipped_no_customer")]
         == json.loads(sys.argv[2]) else 1)
PY
}
check_rows hand.json "[9, 7, 0, 2]" "9 rows, 7 analysed, 2 without a customer"
# The summary query does not count return lines: the JSON says so with nulls, not with zeros.
python3 - hand.json <<'PY' && pass || fail "the database analysis does not claim a return count" hand.json
import json, sys
r = json.load(open(sys.argv[1]))["returns"]
sys.exit(0 if r == {"lines": None, "value": None, "customers_left_out_of_spend_model": 0} else 1)
PY
expect 0 "awkward names, text" -- "$CRMW" analyze --postgres "$DB" "${AWKWARD[@]}"
contains out.txt "not counted by the database's summary" "the text says the returns are not counted"
expect 0 "awkward names, calendar weeks" -- "$CRMW" analyze --postgres "$DB" "${AWKWARD[@]}" \
  --period calendar-week --customers-csv hand.csv
contains hand.csv 'A,2024-01-01,2024-01-08,3,5,37.5,1,1,1,6.5,' "A's summary by calendar week"
contains hand.csv 'B,2024-01-02,2024-01-02,1,1,7.25,0,0,1,0,' "B's summary by calendar week"
# Split at 2024-01-04, by day: A's calibration is 01-01 and 01-03 (x 1, t_x 2, T 3), her
# holdout the purchase on 01-08 (the return on 01-05 is none); B's is 01-02 (x 0, T 2) and no
# holdout purchase; C bought nothing, so is no calibration customer. Holdout: 01-04 to 01-08,
# 4 days; the tracking's points are 01-04 (A's repeat on 01-03) and 01-08 (and on 01-08).
# Two customers are too few for a fit, so only the counts are checked.
holdout_counts() {
  python3 - "$1" "$2" "$3" <<'PY' && pass || fail "$4" "$1"
import csv, json, sys
h = json.load(open(sys.argv[1]))["holdout"]
rows = {r["customer_id"]: r["holdout_purchases"] for r in csv.DictReader(open(sys.argv[2]))}
got = [h["customers"], h["duration_periods"],
       [[p["week_ending"], p["actual_cumulative"]] for p in h["tracking"]], rows]
sys.exit(0 if got == json.loads(sys.argv[3]) else print(got) or 1)
PY
}
expect 0 "awkward names, holdout" -- "$CRMW" analyze --postgres "$DB" "${AWKWARD[@]}" \
  --calibration-end 2024-01-04 --json hand.json --customers-csv hand.csv
holdout_counts hand.json hand.csv \
  '[2, 4.0, [["2024-01-04", 1.0], ["2024-01-08", 2.0]], {"A": "1", "B": "0", "C": ""}]' \
  "the hand-worked holdout by day"
# By calendar week A's calibration is the week of 01-01 only (x 0), her holdout the week of
# 01-08; the holdout lasts 1 week; her one repeat week starts on 01-08.
expect 0 "awkward names, holdout by calendar week" -- "$CRMW" analyze --postgres "$DB" \
  "${AWKWARD[@]}" --period calendar-week --calibration-end 2024-01-04 --json hand.json \
  --customers-csv hand.csv
holdout_counts hand.json hand.csv \
  '[2, 1.0, [["2024-01-04", 0.0], ["2024-01-08", 1.0]], {"A": "1", "B": "0", "C": ""}]' \
  "the hand-worked holdout by calendar week"
# In calendar months every line is in January: A frequency 0, recency 0, T 0, monetary 0.
expect 0 "awkward names, calendar months" -- "$CRMW" analyze --postgres "$DB" "${AWKWARD[@]}" \
  --period month --customers-csv hand.csv
contains hand.csv 'A,2024-01-01,2024-01-08,3,5,37.5,0,0,0,0,' "A's summary by calendar month"
sql -At -c "SELECT count(*) FROM cdnow"
contains psql.txt 6954 "the table named like an attack is still there"

# --- Bad lines: a missing amount is a bad line, as an unreadable one in a CSV file.
sql -c "CREATE TABLE gaps (who text, day date, amount numeric)" \
    -c "INSERT INTO gaps VALUES ('A', '2024-01-01', 10), ('B', '2024-01-02', NULL),
                                ('A', NULL, 3), ('', '2024-01-03', 1)"
printf 'who,day,amount\nA,2024-01-01,10\nB,2024-01-02,\nA,,3\n,2024-01-03,1\n' > gaps.csv
GAPS=(--customer who --date day --amount amount)
expect 4 "bad lines stop the analysis" -- "$CRMW" analyze --postgres "$DB" --table gaps "${GAPS[@]}"
contains err.txt "2 lines lack a date, an amount" "the bad lines are counted"
expect 4 "the CSV file stops too" -- "$CRMW" analyze gaps.csv "${GAPS[@]}"
expect 1 "bad lines skipped" -- "$CRMW" analyze --postgres "$DB" --table gaps "${GAPS[@]}" \
  --on-error skip --json gaps-db.json
expect 1 "bad lines skipped in the CSV file" -- "$CRMW" analyze gaps.csv "${GAPS[@]}" \
  --on-error skip --json gaps-csv.json
check_rows gaps-db.json "[4, 1, 2, 1]" "4 rows: 1 analysed, 2 bad, 1 without a customer"
check_rows gaps-csv.json "[4, 1, 2, 1]" "the CSV file counts the same"

# --- What the server refuses, and a server that is not there.
expect 4 "a missing table" -- "$CRMW" analyze --postgres "$DB" --table nosuch "${DB_MAP[@]}"
contains err.txt 'there is no table "nosuch" in database postgres' "the missing table is named"
expect 4 "a missing column" -- "$CRMW" analyze --postgres "$DB" --table cdnow \
  --customer customer_id --date nosuch --amount dollar_value
contains err.txt 'table "cdnow" has no column "nosuch" (for the date)' "the missing column is named"
expect 4 "a query that is not SQL" -- "$CRMW" analyze --postgres "$DB" --query "SELEKT 1" "${DB_MAP[@]}"
expect 4 "two statements in --query" -- "$CRMW" analyze --postgres "$DB" \
  --query "SELECT * FROM cdnow; DROP TABLE cdnow" "${DB_MAP[@]}"
sql -At -c "SELECT count(*) FROM cdnow"
contains psql.txt 6954 "the second statement did not run"
expect 4 "an empty table" -- "$CRMW" analyze --postgres "$DB" --query "SELECT * FROM cdnow WHERE false" "${DB_MAP[@]}"
contains err.txt "no transaction lines" "an empty table says so"
sql -c "CREATE TABLE soon (who text, day text, amount numeric)" \
    -c "INSERT INTO soon VALUES ('A', '2024-01-01', 10), ('A', 'soon', 3)"
expect 4 "a date column holding a word, with a holdout" -- "$CRMW" analyze --postgres "$DB" \
  --table soon --customer who --date day --amount amount --calibration-end 2024-01-01
contains err.txt 'invalid input syntax for type date: "soon"' "the server's message is passed on"
expect 3 "a wrong password" -- env PGPASSWORD=wrong "$CRMW" analyze --postgres "$DB" --table cdnow "${DB_MAP[@]}"
contains err.txt "cannot connect to the database" "the connection failure is said"
if grep -qF wrong err.txt; then fail "the password is shown" err.txt; else pass; fi
expect 3 "no server" -- "$CRMW" analyze --postgres "host=/nonexistent dbname=x" --table t "${DB_MAP[@]}"
expect 4 "a segment column that is not there" -- "$CRMW" analyze --postgres "$DB" --table cdnow \
  "${DB_MAP[@]}" --segment s
contains err.txt 'has no column "s" (for the segment)' "the missing segment column is named"
expect 2 "a calibration end after the observation end" -- "$CRMW" analyze --postgres "$DB" \
  --table cdnow "${DB_MAP[@]}" --calibration-end 1997-06-30 --observation-end 1997-03-31
contains err.txt "the calibration end must be before the observation end" "the late split is said"
expect 2 "no column names" -- "$CRMW" analyze --postgres "$DB" --table cdnow
expect 2 "both a file and a database" -- "$CRMW" analyze "$SAMPLE" --postgres "$DB" --table cdnow "${DB_MAP[@]}"
expect 2 "neither --table nor --query" -- "$CRMW" analyze --postgres "$DB" "${DB_MAP[@]}"
expect 2 "nothing to analyse" -- "$CRMW" analyze
finish
