#!/bin/sh
# Saves PNGs of the welcome page, the ten steps and the report export dialog at 1024x768,
# 1366x768 and 1920x1080 into docs/screenshots/.
# Builds what it needs, opens the sample workshop (resources/samples/*.json when present, else
# the GUI tests' workshop) and lets the app walk the steps (crm-workbench --screenshot-dir).
# Runs offscreen, so no X server is needed; set SCREENSHOT_PLATFORM=xcb under xvfb-run to compare.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build/screenshots}
out=${1:-$root/docs/screenshots}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug ${CMAKE_ARGS:-}
fi
cmake --build "$build" --target crm-workbench gui_sample_document
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
doc="$work/sample-workshop.crmw"
sample=$(ls "$root"/resources/samples/*.json 2>/dev/null | head -n 1 || true)
if [ -n "$sample" ] && "$build/tests/gui/gui_sample_document" "$doc" "$sample"; then
  echo "using $sample"
else
  "$build/tests/gui/gui_sample_document" "$doc"
  echo "using the GUI tests' sample workshop"
fi
mkdir -p "$out" "$work/runtime"
chmod 700 "$work/runtime"
XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=${SCREENSHOT_PLATFORM:-offscreen} \
  "$build/src/gui/crm-workbench" --screenshot-dir "$out" "$doc"
