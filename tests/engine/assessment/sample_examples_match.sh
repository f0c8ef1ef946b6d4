#!/bin/sh
# Every line inside a ```text block of docs/methodology.md's section 11 must appear, as a whole
# line, in what `crmw assess` prints for the sample workshop.
# Usage: sample_examples_match.sh CRMW SAMPLE_JSON METHODOLOGY_MD
set -eu
crmw=$1 sample=$2 doc=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$crmw" import-json "$sample" "$work/sample.crmw" >/dev/null
"$crmw" assess "$work/sample.crmw" | sed 's/^ *//' >"$work/printed.txt"
awk '/^## 11\. /{on=1; next} /^## /{on=0} on && /^```text/{block=1; next} on && /^```/{block=0}
     block' "$doc" >"$work/quoted.txt"
count=$(wc -l <"$work/quoted.txt")
if [ "$count" -lt 10 ]; then
    echo "expected at least 10 quoted lines in section 11 of $doc, found $count" >&2
    exit 1
fi
status=0
while IFS= read -r line; do
    if ! grep -qxF -- "$line" "$work/printed.txt"; then
        echo "$doc: not printed by crmw assess: $line" >&2
        status=1
    fi
done <"$work/quoted.txt"
[ $status -eq 0 ] && echo "$count quoted lines match crmw assess"
exit $status
