#!/bin/sh
# The assessment's and the catalogs' texts stay translated: the templates are extracted afresh
# from the sources (xgettext for the engine, scripts/extract-catalog-strings for the catalogs),
# they equal the committed .pot files, and every text has a German translation (our own check
# plus Debian's msgfmt and msgcmp). Self-tests: a newly added untranslated text, in the engine or
# in a catalog, and a translation that drops a placeholder each make the check fail.
# Usage: translations_complete.sh SOURCE_DIR
set -u
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
expect_pass() { # what, command...
  what=$1; shift
  if "$@" >"$tmp/out" 2>&1; then ok; else fail "$what"; cat "$tmp/out"; fi
}
expect_fail_naming() { # what, text that must be named, command...
  what=$1; text=$2; shift 2
  if "$@" >"$tmp/out" 2>&1; then
    fail "$what (the check passed)"
  elif grep -qF "$text" "$tmp/out"; then ok; else fail "$what (not named)"; cat "$tmp/out"; fi
}

check="$src/scripts/check-translations"
for domain in assessment catalogs; do
  if [ $domain = assessment ]; then
    "$src/scripts/extract-assessment-strings" "$tmp/$domain.pot" || fail "extracting $domain"
  else
    "$src/scripts/extract-catalog-strings" "$tmp/$domain.pot" || fail "extracting $domain"
  fi
  expect_pass "translations/$domain/$domain.pot is up to date (run the extraction script)" \
    diff "$src/translations/$domain/$domain.pot" "$tmp/$domain.pot"
  expect_pass "every $domain text has a German translation" \
    "$check" "$tmp/$domain.pot" "$src/translations/$domain/de.po"
  expect_pass "msgcmp finds every $domain text in de.po" \
    msgcmp "$src/translations/$domain/de.po" "$tmp/$domain.pot"
  msgfmt --check --statistics -o /dev/null "$src/translations/$domain/de.po" 2>"$tmp/stats" ||
    fail "msgfmt --check $domain/de.po"
  if grep -q "fuzzy\|untranslated" "$tmp/stats"; then fail "msgfmt counts open $domain texts"; cat "$tmp/stats"; else ok; fi
done

# Self-test 1: a sentence added to the engine without a translation.
cat >"$tmp/added.cpp" <<'CPP'
auto added = crm::text::phrase("A sentence added without a German translation {0}", 1);
CPP
"$src/scripts/extract-assessment-strings" "$tmp/added.pot" "$tmp/added.cpp"
expect_fail_naming "an untranslated engine sentence fails the check" \
  "A sentence added without a German translation {0}" \
  "$check" "$tmp/added.pot" "$src/translations/assessment/de.po"

# Self-test 2: a catalog item added without a translation.
mkdir "$tmp/catalogs"
cp "$src"/resources/catalogs/*.json "$tmp/catalogs/"
/usr/bin/python3 - "$tmp/catalogs/attributes.json" <<'PY'
import json, sys
path = sys.argv[1]
catalog = json.load(open(path, encoding="utf-8"))
catalog["items"].append({"key": "added", "name": "Added attribute",
                         "description": "An attribute nobody translated yet."})
json.dump(catalog, open(path, "w", encoding="utf-8"))
PY
"$src/scripts/extract-catalog-strings" "$tmp/added-catalogs.pot" --catalogs "$tmp/catalogs"
expect_fail_naming "an untranslated catalog text fails the check" "Added attribute" \
  "$check" "$tmp/added-catalogs.pot" "$src/translations/catalogs/de.po"

# Self-test 3: a translation that lost a placeholder, and one marked fuzzy.
sed 's/^msgstr "Der KPI „{0}“ dient keinem Unternehmensziel"$/msgstr "Der KPI dient keinem Unternehmensziel"/' \
  "$src/translations/assessment/de.po" >"$tmp/lost.po"
expect_fail_naming "a translation without its placeholder fails the check" "placeholders differ" \
  "$check" "$tmp/assessment.pot" "$tmp/lost.po"
awk '/^msgid "There are no KPIs"$/ { print "#, fuzzy" } { print }' \
  "$src/translations/assessment/de.po" >"$tmp/fuzzy.po"
expect_fail_naming "a fuzzy translation fails the check" "fuzzy: There are no KPIs" \
  "$check" "$tmp/assessment.pot" "$tmp/fuzzy.po"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
