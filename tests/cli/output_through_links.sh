#!/usr/bin/env bash
# Outputs named by a pipe or a link are written through, never replaced: renaming a finished
# file over them (how crmw makes sure nobody sees half a file) would put an ordinary file in
# place of the pipe or the link -- for root, even in place of /dev/null or /dev/stdout.
# Usage: output_through_links.sh CRMW SAMPLES_DIR
CRMW="$1"
SAMPLES="$2"
source "$(dirname "$0")/cli_test_support.sh"

expect 0 "import the sample" -- "$CRMW" import-json "$SAMPLES/quillmere.json" s.crmw

# through_pipe DESCRIPTION EXPECTED-START -- command writing to the pipe out.fifo
through_pipe() {
  local what="$1" start="$2"
  shift 3
  rm -f out.fifo got.bin
  mkfifo out.fifo
  # The time limit only ends a reader left waiting when the command never opens the pipe.
  timeout 60 cat out.fifo > got.bin &
  local reader=$!
  expect 0 "$what" -- "$@"
  wait "$reader"
  if [ -p out.fifo ]; then pass; else fail "$what: out.fifo is no longer a pipe"; fi
  if [ -s got.bin ] && head -c "${#start}" got.bin | grep -qF -- "$start"; then pass; else fail "$what: the pipe did not get the output" got.bin; fi
}
through_pipe "HTML report into a pipe" "<!DOCTYPE html>" -- "$CRMW" report s.crmw --format html --output out.fifo
through_pipe "PDF report into a pipe" "%PDF-" -- "$CRMW" report s.crmw --format pdf --output out.fifo
through_pipe "JSON export into a pipe" "{" -- "$CRMW" export-json s.crmw --output out.fifo
through_pipe "analysis JSON into a pipe" "{" -- "$CRMW" analyze "$SAMPLES/quillmere-transactions.csv" --json out.fifo
through_pipe "action plan CSV into a pipe" "ID,Action" -- "$CRMW" export-actions s.crmw --format csv --output out.fifo

# A link to a file: the file gets the output, the link stays a link.
echo old > target.json
ln -s target.json link.json
expect 0 "JSON export through a link" -- "$CRMW" export-json s.crmw --output link.json
if [ -L link.json ]; then pass; else fail "link.json is no longer a link"; fi
contains target.json '"cycles"' "the linked file holds the export"
if [ -e link.json.part ] || [ -e target.json.part ]; then fail "a temporary file was left behind"; else pass; fi

# A plain file is still replaced in one step: no temporary file is left beside it.
expect 0 "JSON export into a plain file" -- "$CRMW" export-json s.crmw --output plain.json
contains plain.json '"cycles"' "the plain file holds the export"
if ls ./*.part ./*.tmp > /dev/null 2>&1; then fail "a temporary file was left behind"; else pass; fi
finish
