#!/usr/bin/env bash
# `cmake --install` into a temporary DESTDIR: every file the package promises is there, and the
# installed programs run from it (crmw on the installed sample, the window's --version).
# Usage: install_tree.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
src="$1" build="$2" version="$3"
"$src/scripts/install-deps" > /dev/null
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$build" --prefix /usr > "$root.log" || { cat "$root.log"; exit 1; }
rm -f "$root.log"
usr="$root/usr"
id=org.crmworkbench.CrmWorkbench
expected=(
  bin/crmw bin/crm-workbench
  share/man/man1/crmw.1.gz share/man/man1/crm-workbench.1.gz
  share/applications/$id.desktop
  share/metainfo/$id.metainfo.xml
  share/mime/packages/$id.xml
  share/icons/hicolor/scalable/apps/$id.svg
  share/crm-workbench/catalogs/attributes.json
  share/crm-workbench/catalogs/metrics.json
  share/crm-workbench/help/step-01.md
  share/crm-workbench/help/step-10.md
  share/crm-workbench/samples/quillmere.json
  share/crm-workbench/help/welcome.md
  share/crm-workbench/templates/b2b-distributor.json
  share/crm-workbench/templates/retailer.json
  share/crm-workbench/templates/subscription-business.json
  share/doc/crm-workbench/user-guide.md
  share/doc/crm-workbench/copyright
  share/doc/crm-workbench/changelog.Debian.gz
)
for size in 16 32 48 64 128 256; do expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png"); done
failures=0
for file in "${expected[@]}"; do
  [ -s "$usr/$file" ] || { echo "FAIL: $file is not installed"; failures=$((failures + 1)); }
done
# Every screenshot the guide shows is installed beside it.
for image in $(grep -o '(user-guide/[^)]*\.png)' "$src/docs/user-guide.md" | tr -d '()'); do
  [ -s "$usr/share/doc/crm-workbench/$image" ] || {
    echo "FAIL: the guide's $image is not installed"; failures=$((failures + 1)); }
done
for page in crmw crm-workbench; do
  gzip -t "$usr/share/man/man1/$page.1.gz" || failures=$((failures + 1))
done

# The installed programs, far from the build tree's resources.
got=$("$usr/bin/crmw" --version)
[ "$got" = "crmw $version" ] || { echo "FAIL: crmw --version says '$got'"; failures=$((failures + 1)); }
got=$(QT_QPA_PLATFORM=offscreen "$usr/bin/crm-workbench" --version)
[ "$got" = "CRM Strategy Workbench $version" ] || {
  echo "FAIL: crm-workbench --version says '$got'"; failures=$((failures + 1)); }
cd "$root"
"$usr/bin/crmw" import-json "$usr/share/crm-workbench/samples/quillmere.json" sample.crmw > /dev/null
"$usr/bin/crmw" report sample.crmw -o report.pdf > /dev/null
[ "$(head -c 5 report.pdf)" = "%PDF-" ] || { echo "FAIL: no PDF report"; failures=$((failures + 1)); }

[ "$failures" -eq 0 ] && echo "install tree: ${#expected[@]} files, programs run"
exit "$failures"
