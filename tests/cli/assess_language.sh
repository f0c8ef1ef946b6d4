#!/usr/bin/env bash
# crmw assess --language de: the reasons, headings and labels in German with German numbers and
# dates; names as people typed them; English (the default) and JSON unchanged; an unknown
# language refused. Expected German lines are translated by hand from the English output.
# Usage: assess_language.sh CRMW SAMPLE_JSON
CRMW="$1"
SAMPLE="$2"
source "$(dirname "$0")/cli_test_support.sh"

expect 0 "import the sample" -- "$CRMW" import-json "$SAMPLE" q.crmw
expect 0 "assess in English" -- "$CRMW" assess q.crmw
mv out.txt en.txt
expect 0 "assess --language en" -- "$CRMW" assess q.crmw --language en
same_bytes out.txt en.txt "--language en prints what the default prints"
expect 0 "assess --language de" -- "$CRMW" assess q.crmw --language de
mv out.txt de.txt

# English: "Assessment of cycle 2026 as of 2026-11-16", "  Overall: 94.33%".
contains de.txt "Bewertung des Zyklus 2026 zum 16.11.2026" "the title with a German date"
contains de.txt "  Gesamt: 94,33"$'\xc2\xa0'"%" "a percentage with a decimal comma (a no-break space before %)"
contains de.txt "NPS = (180 Promotoren − 75 Kritiker) / 417 Antworten × 100 = 25,18 (auf oder über dem Mindestwert 0)" \
  "a reason with its numbers"
contains de.txt "angegangen durch die Maßnahmen für „Growing businesses“, „Small offices“" \
  "treatments named by their segment, in the plural"
contains de.txt "  1. Key accounts: 68,51/100 - Klasse A" "a segment's name stays as typed"
contains de.txt "== Empfehlungen (12 zu 46 Befunden) ==" "the recommendations heading"
contains de.txt "      Schritt 9: Ausrichtung" "the step of a recommendation with its German title"
english_headings=$(grep '^== ' en.txt)
while IFS= read -r heading; do
  if grep -qxF -- "$heading" de.txt; then fail "heading left in English: $heading"; else pass; fi
done <<< "$english_headings"
if grep -q "[0-9]\.[0-9][0-9]*%" de.txt; then fail "an English percentage in the German text" de.txt; else pass; fi

expect 0 "assess --json" -- "$CRMW" assess q.crmw --json
mv out.txt en.json
expect 0 "assess --json --language de" -- "$CRMW" assess q.crmw --json --language de
same_bytes out.txt en.json "JSON stays English and locale-neutral"

expect 2 "an unknown language is refused" -- "$CRMW" assess q.crmw --language xx
contains err.txt "--language" "the refusal names the option"
finish
