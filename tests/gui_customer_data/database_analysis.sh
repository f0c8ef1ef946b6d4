#!/usr/bin/env bash
# Runs test_database_analysis against a real PostgreSQL 15 server that this script starts
# (pg_virtualenv, as tests/cli/analyze_postgres.sh does): the sample's transaction lines go
# into a table `sales`, and the test gets the server's address, user and password from
# CRMW_TEST_PG_* variables. libpq's own PG* variables are removed first, so only what the
# dialog sends can log in.
# Usage: database_analysis.sh TEST_BINARY SAMPLE_CSV [test function...]
if [ -z "${CRMW_POSTGRES_TEST_SERVER:-}" ]; then
  command -v pg_virtualenv > /dev/null ||
    { echo "FAIL: pg_virtualenv is missing (install postgresql-15 and postgresql-common)"; exit 1; }
  CRMW_POSTGRES_TEST_SERVER=1 exec pg_virtualenv -t -c "-p $((20000 + RANDOM % 20000))" -v 15 "$0" "$@"
fi
set -euo pipefail
TEST="$1"
SAMPLE="$2"
shift 2
psql -X -q -v ON_ERROR_STOP=1 \
  -c "CREATE TABLE sales (customer_id text, date date, order_id text, quantity integer,
                          amount numeric(12, 2), cost numeric(12, 2), segment text)" \
  -c "\\copy sales FROM '$SAMPLE' CSV HEADER"
export CRMW_TEST_PG_HOST="$PGHOST" CRMW_TEST_PG_PORT="$PGPORT" CRMW_TEST_PG_DATABASE="$PGDATABASE" \
       CRMW_TEST_PG_USER="$PGUSER" CRMW_TEST_PG_PASSWORD="$PGPASSWORD"
unset PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD
exec "$TEST" "$@"
