#!/usr/bin/env bash
# The sample's full HTML report in a real browser (report_in_browser.py): screenshots at 1280 px
# and 390 px into SHOTS_DIR, to be looked at, and no sideways scrolling at phone width.
# Usage: report_in_browser.sh CRMW SAMPLES_DIR SHOTS_DIR
set -uo pipefail
CRMW="$1"
SAMPLES="$2"
SHOTS="$3"
HERE="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$CRMW" import-json "$SAMPLES/quillmere.json" "$work/sample.crmw" > /dev/null 2>&1 || { echo "FAIL: import"; exit 1; }
"$CRMW" report "$work/sample.crmw" --format html --date 2026-12-01 -o "$work/report.html" > /dev/null 2>&1 || { echo "FAIL: html report"; exit 1; }
/usr/bin/python3 "$HERE/report_in_browser.py" "$work/report.html" "$SHOTS"
