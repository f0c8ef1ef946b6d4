#!/usr/bin/env bash
# crmw report --sections: the full report holds only the sections listed; the document's own
# choice is used without it; an unknown section is a usage error that lists the known ones.
# Usage: report_sections_cli.sh CRMW SAMPLE_JSON
set -uo pipefail
CRMW="$1"
SAMPLE="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
passes=0
check() { if eval "$1"; then passes=$((passes + 1)); else echo "FAIL: $2"; failures=$((failures + 1)); fi; }

"$CRMW" import-json "$SAMPLE" q.crmw > /dev/null 2>&1
"$CRMW" report q.crmw --sections step-1,changes,milestones --date 2026-12-01 -o some.html > /dev/null 2>&1
check '[ $? -eq 0 ]' "report with --sections"
ids() { grep -oE '<section id="[a-z0-9-]+"' "$1" | sed -E 's/.*id="([^"]+)"/\1/' | tr '\n' ' '; }
check '[ "$(ids some.html)" = "summary step-1 changes milestones " ]' "only the listed sections (and the summary): $(ids some.html)"
"$CRMW" report q.crmw --sections all --date 2026-12-01 -o all.html > /dev/null 2>&1
check 'ids all.html | grep -q "step-10 changes disagreement parking-lot action-plan recommendations methodology milestones evidence closing"' "all: every section: $(ids all.html)"

# The document's own choice (JSON version 5) applies when --sections is not given.
python3 - "$SAMPLE" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
doc["version"] = 5
doc.pop("customer_analysis", None)  # a version-6 key: the sample's calibration end
doc["report"] = {"sections_left_out": ["parking-lot", "step-2"]}
json.dump(doc, open("shaped.json", "w"))
PY
"$CRMW" import-json shaped.json shaped.crmw > /dev/null 2>&1
check '[ $? -eq 0 ]' "import a document that leaves sections out"
"$CRMW" report shaped.crmw --date 2026-12-01 -o shaped.html > /dev/null 2>&1
check '! ids shaped.html | grep -qE "step-2 |parking-lot " && ids shaped.html | grep -q "step-3 "' "the document's choice: $(ids shaped.html)"
"$CRMW" export-json shaped.crmw -o back.json > /dev/null 2>&1
check 'python3 -c "import json;d=json.load(open(\"back.json\"));assert d[\"version\"]==5 and d[\"report\"]=={\"sections_left_out\":[\"parking-lot\",\"step-2\"]}"' "export-json carries the choice"

"$CRMW" report q.crmw --sections step-1,appendix-z -o bad.html > /dev/null 2> err.txt
check '[ $? -eq 2 ] && grep -q "no report section .appendix-z.; the sections are: all, step-1" err.txt' "an unknown section is a usage error"
check '[ ! -e bad.html ]' "nothing written for an unknown section"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
