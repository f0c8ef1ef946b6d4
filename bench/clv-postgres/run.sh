#!/usr/bin/env bash
# The database path of crmw analyze against the server's own time for the summary query.
# Starts a throwaway PostgreSQL 15 (pg_virtualenv), generates LINES transactions of about
# CUSTOMERS customers inside it (generate_series: no file to load), then measures
#   - crmw analyze --postgres ... (wall time, peak RSS: /usr/bin/time -v; its phases:
#     CRMW_TIMINGS=1), and
#   - the summary query alone on the server: EXPLAIN (ANALYZE, TIMING OFF) of the very query
#     crmw sends (print_summary_sql prints it), and psql fetching its rows to /dev/null.
# Each is run RUNS times; every run is printed.
# With CALIBRATION_END (YYYY-MM-DD; the lines run from 2023-01-01 to 2024-12-30), crmw adds
# the holdout check and the server's time is that of its two queries (the summary with the
# split, and the tracking's).
# Usage: bench/clv-postgres/run.sh CRMW PRINT_SUMMARY_SQL [LINES] [CUSTOMERS] [RUNS] [CALIBRATION_END]
#   e.g. bench/clv-postgres/run.sh build/release/src/cli/crmw \
#          build/release/bench/clv-postgres/print_summary_sql 10000000 500000 3
set -euo pipefail
if [ -z "${CRMW_BENCH_SERVER:-}" ]; then
  CRMW="$(realpath "$1")" SQL_PRINTER="$(realpath "$2")"
  shift 2
  CRMW_BENCH_SERVER=1 exec pg_virtualenv -t -c "-p $((20000 + RANDOM % 20000))" -v 15 "$0" "$CRMW" "$SQL_PRINTER" "$@"
fi
CRMW="$1"
SQL_PRINTER="$2"
LINES="${3:-10000000}"
CUSTOMERS="${4:-500000}"
RUNS="${5:-3}"
CALIBRATION_END="${6:-}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

echo "server: $(psql -At -c 'SHOW server_version'), work_mem $(psql -At -c 'SHOW work_mem')," \
     "shared_buffers $(psql -At -c 'SHOW shared_buffers')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Customers are skewed (a few buy often, most rarely); 3% of the lines are returns.
start=$(date +%s.%N)
psql -o /dev/null -c "SELECT setseed(0.19)" \
     -c "CREATE TABLE sales AS
         SELECT 'C' || lpad(floor($CUSTOMERS * power(random(), 1.5))::bigint::text, 7, '0')
                  AS customer_id,
                DATE '2023-01-01' + floor(random() * 730)::integer AS sold_on,
                round((5 + random() * 120)::numeric, 2)
                  * CASE WHEN random() < 0.03 THEN -1 ELSE 1 END AS amount
         FROM generate_series(1, $LINES)" \
     -c "VACUUM ANALYZE sales"
echo "generated $(psql -At -c 'SELECT count(*) FROM sales') lines of" \
     "$(psql -At -c 'SELECT count(DISTINCT customer_id) FROM sales') customers in" \
     "$(echo "$(date +%s.%N) - $start" | bc) s;" \
     "table $(psql -At -c "SELECT pg_size_pretty(pg_total_relation_size('sales'))")"

if [ -z "$CALIBRATION_END" ]; then
  "$SQL_PRINTER" sales customer_id sold_on amount > summary.sql
  { echo "PREPARE summary(integer) AS"; cat summary.sql; echo ";"; } > prepare.sql
  queries=("summary(NULL)")
  holdout=()
else
  split_day=$(psql -At -c "SELECT DATE '$CALIBRATION_END' - DATE '1970-01-01'")
  "$SQL_PRINTER" --holdout sales customer_id sold_on amount > summary.sql
  "$SQL_PRINTER" --tracking sales customer_id sold_on amount > tracking.sql
  { echo "PREPARE summary(integer, integer) AS"; cat summary.sql; echo ";"
    echo "PREPARE tracking(integer, integer) AS"; cat tracking.sql; echo ";"; } > prepare.sql
  queries=("summary(NULL, $split_day)" "tracking(NULL, $split_day)")
  holdout=(--calibration-end "$CALIBRATION_END")
fi

for run in $(seq "$RUNS"); do
  # The server alone: execution without sending rows anywhere.
  server_ms=$( { cat prepare.sql
                 for q in "${queries[@]}"; do echo "EXPLAIN (ANALYZE, TIMING OFF) EXECUTE $q;"; done; } |
               psql -At | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' | paste -sd+ | bc)
  # The server and a client that keeps every row (psql), rows thrown away.
  start=$(date +%s.%N)
  { cat prepare.sql; for q in "${queries[@]}"; do echo "EXECUTE $q;"; done; } | psql -At > /dev/null
  psql_s=$(echo "$(date +%s.%N) - $start" | bc)
  # crmw: the same query, the rows one at a time, the whole analysis and its JSON.
  CRMW_TIMINGS=1 /usr/bin/time -v "$CRMW" analyze --postgres "dbname=$PGDATABASE" --table sales \
    --customer customer_id --date sold_on --amount amount "${holdout[@]}" --json out.json \
    > crmw.txt 2> time.txt
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' time.txt)
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' time.txt)
  phases=$(sed -n "s/^crmw: timings: //p" time.txt)
  echo "run $run: server alone ${server_ms} ms | psql fetching all rows ${psql_s} s |" \
       "crmw analyze ${wall} wall, peak RSS $((rss_kb / 1024)) MB | crmw phases: $phases"
done
echo "customers analysed: $(python3 -c "import json; print(json.load(open('out.json'))['customers'])")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
