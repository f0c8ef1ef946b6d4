#!/usr/bin/env bash
# crmw report --language: the sample's report in German as PDF and HTML (German headings,
# money "1.234 €" and dates "15.01.2026"), the document's language as the default, English
# when asked for, and an unknown language a usage error. Expected texts are from
# translations/report/de.po, written out here by hand.
# Usage: report_language_cli.sh CRMW SAMPLE_JSON
set -uo pipefail
CRMW="$1"
SAMPLE="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export QT_QPA_PLATFORM=offscreen
failures=0
passes=0
check() { if eval "$1"; then passes=$((passes + 1)); else echo "FAIL: $2"; failures=$((failures + 1)); fi; }
nbsp=$'\u00a0'

"$CRMW" import-json "$SAMPLE" q.crmw > /dev/null 2>&1
"$CRMW" report q.crmw --language de --format pdf --date 2026-01-15 -o de.pdf > /dev/null 2>&1
check '[ $? -eq 0 ]' "German PDF"
"$CRMW" report q.crmw --language de --format html --date 2026-01-15 -o de.html > /dev/null 2>&1
check '[ $? -eq 0 ]' "German HTML"
pdftotext de.pdf de.txt
for file in de.txt de.html; do
  for heading in "Zusammenfassung für die Geschäftsführung" "Kundensegmente und Ziele" \
                 "Maßnahmenplan" "Empfehlungen" "Methodik" "Berichtsdatum"; do
    check 'grep -qF "$heading" $file' "$file: heading '$heading'"
  done
  # The report date (passed in) and the sample's assessment date, as Germans write them.
  check 'grep -qF "15.01.2026" $file' "$file: the report date 15.01.2026"
  check 'grep -qF "16.11.2026" $file' "$file: the assessment date 16.11.2026"
  # Segment "Key accounts" has a revenue of 15500000 EUR in the sample.
  check 'grep -qE "15\.500\.000(${nbsp}| )€" $file' "$file: the money amount 15.500.000 €"
  check '! grep -qF "Executive summary" $file' "$file: no English summary heading"
  check '! grep -qF "2026-01-15" $file' "$file: no ISO report date"
done
check 'grep -qF "<html lang=\"de\">" de.html' "the HTML says it is German"
check 'grep -qF "ENTWURF" de.html || ! grep -qF "class=\"draft\"" de.html' "a draft mark in German"

# The German brief keeps to two pages, as the English one does.
"$CRMW" report q.crmw --language de --brief --format pdf --date 2026-01-15 -o brief.pdf > /dev/null 2>&1
pages=$(pdfinfo brief.pdf 2> /dev/null | awk '/^Pages:/ {print $2}')
check '[ "$pages" = 2 ]' "the German brief has two pages ($pages)"
pdftotext brief.pdf brief.txt
check 'grep -qF "Kurzbericht" brief.txt' "the brief's title in German"

# The document's language is the default; --language en overrides it for one report.
"$CRMW" set q.crmw --language de > /dev/null 2>&1
"$CRMW" report q.crmw --format html --date 2026-01-15 -o default.html > /dev/null 2>&1
check 'grep -qF "Zusammenfassung für die Geschäftsführung" default.html' "the document's language by default"
"$CRMW" report q.crmw --language en --format html --date 2026-01-15 -o en.html > /dev/null 2>&1
check 'grep -qF "Executive summary" en.html && grep -qF "2026-01-15" en.html' "--language en on a German document"
check '! grep -qF "Zusammenfassung" en.html' "--language en: no German heading"

# With its transactions the sample's analysis compares the purchase models on a holdout after
# 2026-04-30: the report says why it chose BG/NBD in the report's language (translations/
# assessment/de.po), and the note on the undetermined Pareto/NBD with the number German style.
cp q.crmw tx.crmw
"$CRMW" import-transactions tx.crmw "$(dirname "$SAMPLE")/quillmere-transactions.csv" > /dev/null 2>&1
"$CRMW" report tx.crmw --language de --format html --date 2026-01-15 -o tx-de.html > /dev/null 2>&1
"$CRMW" report tx.crmw --language en --format html --date 2026-01-15 -o tx-en.html > /dev/null 2>&1
check 'grep -qF "Der Kundenwert beruht auf dem Modell BG/NBD: Auf dem Kalibrierungszeitraum geschätzt" tx-de.html' \
  "German: why the lifetime value uses BG/NBD"
check 'grep -qF "BG/NBD und MBG/NBD liegen gleichauf (Fehler im Prüfzeitraum höchstens 1${nbsp}% auseinander)" tx-de.html' \
  "German: the tie, with a German percentage"
check 'grep -qF "Die Daten bestimmen das Modell Pareto/NBD nicht: beta läuft gegen unendlich (33.700.000)" tx-de.html' \
  "German: the note on Pareto/NBD, its number German style"
check '! grep -qF "The lifetime value uses" tx-de.html && ! grep -qF "did not compete" tx-de.html' \
  "German: no English model choice"
check '! grep -qF "likelihood is nearly flat" tx-de.html' "German: no English model note"
check 'grep -qF "The lifetime value uses the BG/NBD model: fitted on the calibration period" tx-en.html' \
  "English: the model choice stays English"
# The RFM groups in the report's language (translations/assessment/de.po): the sample has 97
# champions and 4 customers who cannot be lost; crmw analyze and the English report keep English.
check 'grep -qF "<td>Top-Kunden</td>" tx-de.html && grep -qF "<td>Unbedingt halten</td>" tx-de.html' \
  "German: the RFM groups in German"
check '! grep -qF "Champions" tx-de.html && ! grep -qF "Cannot lose" tx-de.html && ! grep -qF "Hibernating" tx-de.html' \
  "German: no English RFM group"
check 'grep -qF "<td>Champions</td>" tx-en.html && grep -qF "<td>Cannot lose</td>" tx-en.html' \
  "English: the RFM groups stay English"
"$CRMW" analyze tx.crmw > analyze.txt 2>&1
check 'grep -qE "^  Champions +97 " analyze.txt && ! grep -qF "Top-Kunden" analyze.txt' \
  "crmw analyze names the groups in English"

"$CRMW" report q.crmw --language fr --format html -o fr.html > out.txt 2> err.txt
code=$?
check '[ $code -eq 2 ]' "an unknown language is a usage error (exit $code)"
check 'grep -qF "'"'"'fr'"'"' is not a language the report is written in: en, de" err.txt' "the message names the language: $(cat err.txt)"
check '[ ! -e fr.html ]' "no report for an unknown language"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
