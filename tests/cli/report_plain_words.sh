#!/usr/bin/env bash
# What an executive reads has no internal names: the sample's full report and brief, as PDF text
# (pdftotext) and as HTML text, hold no snake_case key ("on_track_ratio") and no item id
# ("trt-101", "cap-3").
# Usage: report_plain_words.sh CRMW SAMPLES_DIR
set -uo pipefail
CRMW="$1"
SAMPLES="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$CRMW" import-json "$SAMPLES/quillmere.json" sample.crmw > /dev/null 2>&1 || { echo "FAIL: import"; exit 1; }
failures=0
pattern='\b[a-z]{2,5}-[0-9]+\b|\b[a-z][a-z0-9]*(_[a-z0-9]+)+\b'
check() {  # check TEXTFILE WHAT
  if grep -oE "$pattern" "$1" | sort -u > found.txt && [ -s found.txt ]; then
    echo "FAIL: $2 shows internal names:"; sed 's/^/  /' found.txt; failures=$((failures + 1))
  else
    echo "ok: $2"
  fi
}
for kind in full brief; do
  extra=(); [ "$kind" = brief ] && extra=(--brief)
  "$CRMW" report sample.crmw --format pdf "${extra[@]}" -o "$kind.pdf" > /dev/null 2>&1 || { echo "FAIL: $kind pdf"; exit 1; }
  pdftotext "$kind.pdf" "$kind-pdf.txt"
  check "$kind-pdf.txt" "the $kind report's PDF text"
  "$CRMW" report sample.crmw --format html "${extra[@]}" -o "$kind.html" > /dev/null 2>&1 || { echo "FAIL: $kind html"; exit 1; }
  python3 - "$kind.html" > "$kind-html.txt" <<'PY'
import html, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
for tag in ("style", "script"):
    text = re.sub(rf"<{tag}\b.*?</{tag}>", " ", text, flags=re.S)
text = re.sub(r"<svg\b.*?</svg>", lambda m: " ".join(re.findall(r">([^<]+)<", m.group(0))), text, flags=re.S)
print(html.unescape(re.sub(r"<[^>]+>", " ", text)))
PY
  check "$kind-html.txt" "the $kind report's HTML text"
done
[ "$failures" -eq 0 ]
