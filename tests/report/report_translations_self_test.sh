#!/usr/bin/env bash
# The completeness check of the report's German catalog fails when the code gains a text that
# de.po does not translate: a source file with one new reportText is added to the extraction.
# Usage: report_translations_self_test.sh SOURCE_DIR
set -uo pipefail
SOURCE="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/added_text.cpp" <<'CPP'
#include "report/report_text.h"
std::string addedText() { return crm::report::reportText("A sentence nobody has translated yet"); }
CPP
if /usr/bin/python3 "$SOURCE/scripts/report-translations" check "$SOURCE/translations/report/de.po" \
     --extra-source "$work/added_text.cpp" > "$work/out.txt" 2>&1; then
  echo "FAIL: the check passed with an untranslated text"; cat "$work/out.txt"; exit 1
fi
if ! grep -qF "A sentence nobody has translated yet" "$work/out.txt"; then
  echo "FAIL: the check did not name the untranslated text"; cat "$work/out.txt"; exit 1
fi
# Without the added file the same check passes, so the failure above came from that text alone.
/usr/bin/python3 "$SOURCE/scripts/report-translations" check "$SOURCE/translations/report/de.po" > "$work/out.txt" 2>&1 \
  || { echo "FAIL: the check fails on the catalog as it is"; cat "$work/out.txt"; exit 1; }
echo "the untranslated text made the check fail, and only it"
