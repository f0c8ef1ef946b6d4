#!/usr/bin/env bash
# A .deb of this build tree (cpack; CPACK_STRIP_FILES strips the Debug binaries) holds the
# programs under /usr and passes lintian without errors (E:). scripts/package makes the release
# .deb the same way.
# Usage: deb_lintian.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
src="$1" build="$2" version="$3"
"$src/scripts/install-deps" > /dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" > "$out/cpack.log") || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/crm-workbench_"$version"-1_*.deb)
failures=0
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/crmw ./usr/bin/crm-workbench \
            ./usr/share/applications/org.crmworkbench.CrmWorkbench.desktop \
            ./usr/share/crm-workbench/catalogs/attributes.json; do
  grep -qF " $file" <<< "$contents" || { echo "FAIL: $file not in the .deb"; failures=$((failures + 1)); }
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libsqlite3-0 fonts-dejavu-core; do
  grep -qF "$lib" <<< "$depends" || { echo "FAIL: Depends lacks $lib: $depends"; failures=$((failures + 1)); }
done
# lintian's exit code is 0 with warnings; errors are what must not be there.
lintian --tag-display-limit 0 "$deb" > "$out/lintian.txt" 2>&1 || true
cat "$out/lintian.txt"
if grep -q '^E: ' "$out/lintian.txt"; then
  echo "FAIL: lintian reports errors"; failures=$((failures + 1))
fi
[ "$failures" -eq 0 ] && echo "deb: $(basename "$deb"), $(stat -c %s "$deb") bytes, no lintian errors"
exit "$failures"
