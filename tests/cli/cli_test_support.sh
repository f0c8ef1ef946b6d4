# Shared by the crmw shell tests: checks that count passes and failures, and a stand-in for the
# window that holds a document open (tests/cli/hold_document.cpp). Source it after setting
# CRMW (and HOLD for hold/release); it makes a scratch folder, cds into it and removes it on
# exit. End a test with `finish`.
set -uo pipefail
work=$(mktemp -d)
holder_pid=""
trap 'release_quietly; rm -rf "$work"' EXIT
cd "$work" || exit 1
failures=0
passes=0

pass() { passes=$((passes + 1)); }
fail() {  # fail DESCRIPTION [FILE...]: the files are shown
  echo "FAIL: $1"
  shift
  for f in "$@"; do [ -e "$f" ] && sed 's/^/    /' "$f" | head -n 20; done
  failures=$((failures + 1))
}
expect() {  # expect CODE DESCRIPTION -- command...: stdout in out.txt, stderr in err.txt
  local want="$1" what="$2"
  shift 3
  "$@" > out.txt 2> err.txt
  local got=$?
  if [ "$got" -ne "$want" ]; then fail "$what: exit $got, expected $want" out.txt err.txt; else pass; fi
}
contains() {  # contains FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then pass; else fail "$3: '$2' not in $1" "$1"; fi
}
same_bytes() {  # same_bytes A B DESCRIPTION
  if cmp -s "$1" "$2"; then pass; else fail "$3: $1 and $2 differ"; fi
}
finish() {
  echo "$passes passed, $failures failed"
  [ "$failures" -eq 0 ]
}

# hold FILE [--edit-continuously]: HOLD keeps FILE open for writing, as the window does, until
# release. Its output goes to holder.txt.
hold() {
  rm -f holder.in
  mkfifo holder.in
  "$HOLD" "$@" < holder.in > holder.txt 2>&1 &
  holder_pid=$!
  exec 3> holder.in  # the holder runs until this closes
  for _ in $(seq 100); do
    grep -qx open holder.txt 2> /dev/null && return 0
    kill -0 "$holder_pid" 2> /dev/null || break
    sleep 0.1
  done
  fail "the stand-in window could not open $1" holder.txt
  return 1
}
release() {  # closes the holder's input; returns its exit code
  exec 3>&-
  local code=0
  wait "$holder_pid" || code=$?
  holder_pid=""
  return $code
}
release_quietly() { [ -n "$holder_pid" ] && { exec 3>&- ; wait "$holder_pid"; } 2> /dev/null; holder_pid=""; }

# add_schedule SAMPLE_JSON OUT_JSON: the sample with two reset meetings in its current cycle.
add_schedule() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
cycle = next(c for c in doc["cycles"] if c["id"] == doc["current_cycle"])
base = {"origin_id": "", "location": "", "agenda": "", "start_time": "", "duration_minutes": None,
        "attendees": ""}
cycle["schedule"] = [
    dict(base, id="ev-1", kind="reset", title="Strategy reset", day="2027-11-15",
         start_time="09:30", duration_minutes=240, location="Board room"),
    dict(base, id="ev-2", kind="preparation", title="Reset preparation", day="2027-10-18"),
]
json.dump(doc, open(sys.argv[2], "w"), indent=2)
PY
}
