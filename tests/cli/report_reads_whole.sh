#!/usr/bin/env bash
# The sample's full report read as a whole (PDF text and HTML): no sentence is cut with an
# ellipsis and every money figure names the document's currency (money_has_currency.py).
# Both checks are first shown to fail on a doctored copy, so they cannot pass by accident.
# Usage: report_reads_whole.sh CRMW SAMPLES_DIR
set -uo pipefail
CRMW="$1"
SAMPLES="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
passes=0
check() { if eval "$1"; then passes=$((passes + 1)); else echo "FAIL: $2"; failures=$((failures + 1)); fi; }

"$CRMW" import-json "$SAMPLES/quillmere.json" sample.crmw > /dev/null 2>&1
check '[ $? -eq 0 ]' "import the sample"
"$CRMW" report sample.crmw --format pdf --date 2026-12-01 -o full.pdf > /dev/null 2>&1
check '[ $? -eq 0 ]' "full PDF report"
"$CRMW" report sample.crmw --format html --date 2026-12-01 -o full.html > /dev/null 2>&1
check '[ $? -eq 0 ]' "full HTML report"
pdftotext -layout full.pdf layout.txt
pdftotext full.pdf flow.txt
python3 - full.html > html.txt <<'PY'
import html, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"<style\b.*?</style>", " ", text, flags=re.S)
print(html.unescape(re.sub(r"<[^>]+>", " ", text)))
PY

# A cut sentence: an ellipsis, one character or three dots, anywhere in what is read.
cut='…|\.\.\.'
for f in flow.txt html.txt; do
  check '! grep -nE "$cut" "$f" > cut.txt' "$f has cut text: $(head -3 cut.txt 2>/dev/null)"
done
printf 'A reason cut mid-sen\xe2\x80\xa6\n' > doctored.txt
check 'grep -qE "$cut" doctored.txt' "the ellipsis check finds a cut sentence"

"$HERE/money_has_currency.py" "$SAMPLES/quillmere.json" layout.txt full.html > money.txt
check '[ $? -eq 0 ]' "money without currency: $(grep -m5 'without currency' money.txt)"
check 'grep -qE "^[1-9][0-9]* amounts checked, 0 without" money.txt' "amounts were found to check: $(tail -1 money.txt)"
# Doctored: the currency dropped from every amount of the PDF text and the HTML.
sed -E 's/ EUR\b|\(EUR\)//g' layout.txt > bare.txt
sed -E 's/ EUR\b|\(EUR\)//g' full.html > bare.html
"$HERE/money_has_currency.py" "$SAMPLES/quillmere.json" bare.txt bare.html > bare-money.txt
check '[ $? -eq 1 ] && grep -q "PDF page" bare-money.txt && grep -q "HTML" bare-money.txt' "the money check fails on amounts without currency"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
