#!/usr/bin/env bash
# The configured AppStream metainfo passes appstreamcli (offline) and names this version; the
# Debian changelog's latest entry is this version too.
# Usage: metainfo.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
src="$1" build="$2" version="$3"
"$src/scripts/install-deps" > /dev/null
metainfo="$build/packaging/org.crmworkbench.CrmWorkbench.metainfo.xml"
appstreamcli validate --no-net --pedantic "$metainfo"
grep -qF "<release version=\"$version\"" "$metainfo" || {
  echo "FAIL: the metainfo has no release $version"; exit 1; }
grep -qF "<launchable type=\"desktop-id\">org.crmworkbench.CrmWorkbench.desktop<" "$metainfo" || {
  echo "FAIL: the metainfo does not launch the desktop entry"; exit 1; }
head -n 1 "$src/packaging/changelog.Debian" | grep -qF "crm-workbench ($version-1)" || {
  echo "FAIL: packaging/changelog.Debian does not start with version $version-1"; exit 1; }
echo "metainfo: valid, release $version"
