#!/usr/bin/env bash
# Import and analysis of N transaction lines, side by side, in one run:
#   1. crmw analyze                      (parse + the whole customer analysis incl. BG/NBD + GG)
#   2. crmw import-transactions          (parse + write into a fresh .crmw document)
#   3. sqlite3 CLI: .import into a table, then the per-customer aggregate
#   4. Python pandas: read_csv, then the per-customer aggregate
# Each is timed with /usr/bin/time -v (wall clock, CPU = user + system, peak RSS); every step
# runs RUNS times and the table shows the fastest run (and the slowest wall time, to show the
# noise of a shared machine). CPU time is what the work costs when the machine is busy.
#
# usage: bench/import/run.sh CRMW [N] [RUNS] [WORKDIR]
#   CRMW: a Release build of crmw, e.g. build/release/src/cli/crmw
#   N: lines (default 1000000); RUNS: default 3; WORKDIR: default /tmp/crmw-bench
# The data come from bench/transactions/generate_transactions.py (fixed seed, Pareto-shaped
# customers, ~3% returns, 6 bad lines); the file is made once and reused when present.
set -euo pipefail
CRMW=$(realpath "$1")
N="${2:-1000000}"
RUNS="${3:-3}"
WORK="${4:-/tmp/crmw-bench}"
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
mkdir -p "$WORK"
cd "$WORK"
DATA="tx-$N.csv"
if [ ! -s "$DATA" ]; then
  "$PY" "$HERE/../transactions/generate_transactions.py" "$N" "$DATA"
fi
MAP=(--order order_id --customer customer_id --date date --date-format %Y-%m-%d --quantity quantity
     --amount amount --cost cost --segment segment --on-error skip)

# measure NAME COMMAND...: runs it RUNS times under /usr/bin/time -v, keeps wall seconds and
# peak RSS (MB) of each run in NAME.runs; the command's own output goes to NAME.out / NAME.err.
measure() {
  local name="$1"
  shift
  : > "$name.runs"
  for ((i = 1; i <= RUNS; i++)); do
    [ -n "${PREPARE:-}" ] && eval "$PREPARE"
    /usr/bin/time -v -o "$name.time" "$@" > "$name.out" 2> "$name.err" || true
    "$PY" - "$name.time" >> "$name.runs" <<'EOF'
import re, sys
t = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", t)
seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
status = re.search(r"Exit status: (\d+)", t).group(1)
cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1)) + \
      float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
print(f"{seconds:.3f} {rss:.1f} {status} {cpu:.2f}")
EOF
  done
}

# --- 1. crmw analyze (Release), timings of its phases from CRMW_TIMINGS
CRMW_TIMINGS=1 measure analyze "$CRMW" analyze "$DATA" "${MAP[@]}" --json analyze.json

# --- 2. crmw import-transactions into a fresh document each run
PREPARE='rm -f doc.crmw doc.crmw-journal; "$CRMW" new doc.crmw > /dev/null'
CRMW_TIMINGS=1 measure import "$CRMW" import-transactions doc.crmw "$DATA" "${MAP[@]}"
unset PREPARE

# --- 3. sqlite3 CLI: typed table, .import of the same file, then the per-customer work
cat > sqlite-import.sql <<EOF
PRAGMA journal_mode = DELETE;
PRAGMA synchronous = FULL;
CREATE TABLE line (order_id TEXT, customer_id TEXT, date TEXT, quantity INTEGER, amount REAL, cost REAL, segment TEXT);
.import --csv --skip 1 $DATA line
EOF
cat > sqlite-analyze.sql <<'EOF'
.mode list
CREATE TEMP TABLE c AS
  SELECT customer_id, sum(amount) AS net, count(*) AS lines, count(DISTINCT date) AS days
  FROM line WHERE customer_id <> '' GROUP BY customer_id;
SELECT 'customers', count(*), 'net', round(sum(net), 2) FROM c;
SELECT 'top20_share', (SELECT sum(net) FROM (SELECT net FROM c ORDER BY net DESC
        LIMIT (SELECT (count(*) + 4) / 5 FROM c))) / (SELECT sum(net) FROM c);
SELECT 'one_time', sum(days = 1), 'negative', sum(net < 0), 'zero', sum(net = 0) FROM c;
EOF
PREPARE='rm -f sq.db sq.db-journal'
measure sqlite_import sqlite3 sq.db ".read sqlite-import.sql"
unset PREPARE
measure sqlite_analyze sqlite3 sq.db ".read sqlite-analyze.sql"

# --- 4. pandas: the same per-customer work from the CSV
cat > pandas_analyze.py <<'EOF'
import sys
import pandas as pd
df = pd.read_csv(sys.argv[1], dtype={"order_id": str, "customer_id": str, "segment": str,
                                     "quantity": str, "amount": str, "cost": str, "date": str})
df["amount"] = pd.to_numeric(df["amount"], errors="coerce")
df["date"] = pd.to_datetime(df["date"], format="%Y-%m-%d", errors="coerce")
df = df.dropna(subset=["customer_id", "date", "amount"])
c = df.groupby("customer_id").agg(net=("amount", "sum"), lines=("amount", "size"), days=("date", "nunique"))
top = c["net"].sort_values(ascending=False)
k = -(-len(top) // 5)
print("customers", len(c), "net", round(c["net"].sum(), 2))
print("top20_share", top.iloc[:k].sum() / top.sum())
print("one_time", int((c["days"] == 1).sum()), "negative", int((c["net"] < 0).sum()), "zero", int((c["net"] == 0).sum()))
EOF
measure pandas "$PY" pandas_analyze.py "$DATA"

# --- The table
machine="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo
echo "N = $N lines ($(du -mL "$DATA" | cut -f1) MB), $RUNS runs each, best (worst) wall time; machine: $machine"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-44s | %-19s | %-12s | %-11s | %-4s |\n' "step" "wall s best (worst)" "CPU s (best)" "peak RSS MB" "exit"
printf '|%s|%s|%s|%s|%s|\n' "----------------------------------------------" "---------------------" "--------------" "-------------" "------"
row() {
  "$PY" - "$1.runs" "$2" <<'EOF'
import sys
runs = [l.split() for l in open(sys.argv[1]) if l.strip()]
walls = sorted(float(r[0]) for r in runs)
rss = max(float(r[1]) for r in runs)
codes = ",".join(sorted({r[2] for r in runs}))
best_worst = f"{walls[0]:.2f} ({walls[-1]:.2f})"
cpu = min(float(r[3]) for r in runs)
print(f"| {sys.argv[2]:<44} | {best_worst:>19} | {cpu:12.2f} | {rss:11.1f} | {codes:<4} |")
EOF
}
row analyze "crmw analyze (parse + whole analysis + JSON)"
row import "crmw import-transactions (parse + store)"
row sqlite_import "sqlite3 .import into a typed table"
row sqlite_analyze "sqlite3 per-customer aggregate + top 20%"
row pandas "pandas read_csv + per-customer aggregate"
echo
echo "crmw analyze phases (last run): $(grep -h 'timings' analyze.err | sed 's/crmw: timings://')"
echo "crmw import phases (last run):  $(grep -h 'timings' import.err | sed 's/crmw: timings://')"
echo "crmw analyze exit $(tail -1 analyze.runs | cut -d' ' -f3) (1 = bad lines skipped):"
"$PY" - analyze.json <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
m = j["model"]
print(f"  rows {j['rows']}, customers {j['customers']}, net {j['net_value_total']}, top20 {j['top20_share']:.4f}, "
      f"one-time {j['one_time_customers']}, negative {j['negative_value_customers']}, zero {j['zero_value_customers']}")
print(f"  BG/NBD r {m['bgnbd']['r']:.4g} alpha {m['bgnbd']['alpha']:.4g} a {m['bgnbd']['a']:.4g} b {m['bgnbd']['b']:.4g} "
      f"({m['bgnbd']['diagnostics']['status']}, {m['bgnbd']['diagnostics']['rows']} grouped rows)")
EOF
echo "pandas:  $(tr '\n' ' ' < pandas.out)"
echo "sqlite3: $(tr '\n' ' ' < sqlite_analyze.out)"
echo "sqlite3 .import warnings: $(grep -c . sqlite_import.err || true) lines on stderr"
