#!/usr/bin/env bash
# crmw new-cycle, diff and schedule on the sample workshop; the .ics is read back by a real
# iCalendar parser (python3-icalendar).
# Usage: reset_cli.sh CRMW SAMPLE_JSON
set -uo pipefail
PY=/usr/bin/python3  # Debian's interpreter, where python3-icalendar is installed
CRMW="$1"
SAMPLE="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
passes=0
check() { if eval "$1"; then passes=$((passes + 1)); else echo "FAIL: $2"; failures=$((failures + 1)); fi; }

# The sample plus two scheduled meetings with text that needs escaping and folding.
"$PY" - "$SAMPLE" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
cycle = next(c for c in doc["cycles"] if c["id"] == doc["current_cycle"])
base = {"origin_id": "", "location": "", "agenda": "", "start_time": "", "duration_minutes": None}
cycle["schedule"] = [
    dict(base, id="ev-1", kind="reset", title="Strategy reset, 2027; all hands", day="2027-11-15",
         start_time="09:30", duration_minutes=240, location="Board room, 3rd floor",
         attendees="ceo@quillmere.example, Dana Ruiz, sales.lead@quillmere.example"),
    dict(base, id="ev-2", kind="preparation", title="Reset preparation: figures and inward survey",
         day="2027-10-18", attendees="", agenda="Collect NPS, CSAT and repeat share. " * 8),
]
json.dump(doc, open("scheduled.json", "w"), indent=2)
PY
"$CRMW" import-json scheduled.json q.crmw > /dev/null 2>&1
check '[ $? -eq 0 ]' "import the sample with a schedule"

"$CRMW" new-cycle q.crmw --name 2027 --date 2027-11-15 > out.txt
check '[ $? -eq 0 ] && grep -q "started cycle 2027" out.txt' "new-cycle"
"$CRMW" info q.crmw > info.txt
check 'grep -q "cycles: 3" info.txt && grep -q "current cycle: 2027" info.txt' "the new cycle is the current one"
"$CRMW" validate q.crmw > /dev/null
check '[ $? -eq 0 ]' "the copied cycle validates (references re-pointed)"

"$CRMW" diff q.crmw --from 2025 --to 2026 > diff.txt
check '[ $? -eq 0 ] && grep -q "Net promoter score" diff.txt && grep -q "Maturity" diff.txt' "diff text"
# The sample's key-account objective: target 24 by 2026-12-31 in 2025, 23 by 2027-06-30 in 2026.
check 'grep -q "Grow the share of key-account spend outside paper and toner$" diff.txt && grep -q "Target: 24 -> 23$" diff.txt && grep -q "Target date: 2026-12-31 -> 2027-06-30$" diff.txt' "diff text: whole item names, old and new values"
"$CRMW" diff q.crmw --from 2025 --to 2026 --json > diff.json
check '$PY -c "import json;d=json.load(open(\"diff.json\"));i=[i for i in d[\"items\"] if i[\"name\"].startswith(\"Grow the share\")][0];assert {\"field\":\"target\",\"label\":\"Target\",\"from\":\"24\",\"to\":\"23\"} in i[\"old_and_new\"], i"' "diff JSON: old and new values"
check '$PY -c "import json;d=json.load(open(\"diff.json\"));assert d[\"from\"][\"name\"]==\"2025\" and d[\"milestones\"][\"hit\"]>0 and d[\"items\"]"' "diff JSON"
"$CRMW" diff q.crmw --from 2026 --to 2027 --json > same.json
check '$PY -c "import json;d=json.load(open(\"same.json\"));assert d[\"items\"]==[] and all(m[\"movement\"] in (\"unchanged\",\"not comparable\") for m in d[\"measures\"])"' "a fresh copy differs in nothing"
"$CRMW" diff q.crmw --from 1999 --to 2026 > /dev/null 2> err.txt
check '[ $? -eq 2 ] && grep -q "no cycle .1999.; this document has: 2025, 2026" err.txt' "an unknown cycle is a usage error that lists the cycles"

"$CRMW" schedule q.crmw --cycle 2026 --ics reset.ics > /dev/null
check '[ $? -eq 0 ]' "schedule export"
"$PY" - <<'PY' > ics.txt 2>&1
import icalendar
cal = icalendar.Calendar.from_ical(open("reset.ics", "rb").read())
events = [e for e in cal.walk("VEVENT")]
assert len(events) == 2, len(events)
e = events[0]
assert str(e["SUMMARY"]) == "Strategy reset, 2027; all hands", e["SUMMARY"]
assert str(e["LOCATION"]) == "Board room, 3rd floor"
assert e["DTSTART"].dt.isoformat() == "2027-11-15T09:30:00"
assert str(e["UID"]) == "ev-1@crm-workbench"
assert "DTSTAMP" in e
assert "Dana Ruiz" in str(e["DESCRIPTION"]) and "Outward" in str(e["DESCRIPTION"])
prep = events[1]
assert prep["DTSTART"].dt.isoformat() == "2027-10-18"
assert str(prep["DESCRIPTION"]).startswith("Collect NPS, CSAT and repeat share. Collect")
raw = open("reset.ics", "rb").read()
assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "a line is longer than 75 octets"
print("ics ok")
PY
check 'grep -q "ics ok" ics.txt' "the .ics parses with python3-icalendar: $(cat ics.txt | tail -1)"

# The sample as shipped schedules four meetings until the next reset (make_sample.py).
"$CRMW" import-json "$SAMPLE" plain.crmw > /dev/null 2>&1
"$CRMW" schedule plain.crmw --ics sample.ics > schedule.txt
check '[ $? -eq 0 ] && grep -q "wrote 4 meetings of cycle 2026" schedule.txt' "the sample's own schedule"
"$PY" - <<'PY' > sample-ics.txt 2>&1
import icalendar
cal = icalendar.Calendar.from_ical(open("sample.ics", "rb").read())
events = list(cal.walk("VEVENT"))
assert [str(e["SUMMARY"]) for e in events] == ["Quarterly review of the action plan"] * 2 + [
    "Reset preparation: this year's figures and the staff survey", "Annual strategy reset 2027"]
assert events[0]["DTSTART"].dt.isoformat() == "2027-03-15T09:00:00"
assert events[3]["DTSTART"].dt.isoformat() == "2027-11-15T09:00:00"
print("sample ics ok")
PY
check 'grep -q "sample ics ok" sample-ics.txt' "the sample's .ics parses: $(tail -1 sample-ics.txt)"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
