#!/usr/bin/env bash
# The desktop entry passes desktop-file-validate and opens our file type with our program.
# Usage: desktop_entry.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"
"$src/scripts/install-deps" > /dev/null
entry="$src/packaging/org.crmworkbench.CrmWorkbench.desktop"
desktop-file-validate "$entry"
failures=0
for line in 'Exec=crm-workbench %f' 'MimeType=application/x-crm-workbench;' 'Categories=Office;' \
            'Icon=org.crmworkbench.CrmWorkbench'; do
  grep -qxF "$line" "$entry" || { echo "FAIL: '$line' not in $entry"; failures=$((failures + 1)); }
done
[ "$failures" -eq 0 ] && echo "desktop entry: valid"
exit "$failures"
