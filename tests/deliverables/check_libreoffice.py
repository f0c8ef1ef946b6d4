"""Checks what LibreOffice made of crmw's files: the report .odt printed to PDF, and the action
plan .xlsx saved as CSV (its first sheet).

Usage: check_libreoffice.py REPORT.txt PLAN.csv DOCUMENT.json
REPORT.txt is `pdftotext` of the converted PDF; DOCUMENT.json is `crmw export-json`.
The headings below are the report's section titles (ReportPart labels in choices.h, plus the
methodology appendix); the sample's earlier cycle is named 2025.
"""
import csv
import json
import sys

HEADINGS = ["Executive summary", "1 Business strategy", "2 Current metrics", "3 Customer pain",
            "4 Relationship state", "5 What matters to customers", "6 Segments & objectives",
            "7 Segment treatment", "8 Monitoring metrics", "9 Alignment", "10 Capabilities",
            "What changed since 2025", "Action plan", "Recommendations", "A Methodology",
            "Closing and sign-off"]


def check_pdf_text(path, problems):
    # pdftotext starts each page with a form feed; headings are lines of their own.
    lines = [line.replace("\f", "").strip() for line in open(path, encoding="utf-8")]
    try:
        after_contents = lines.index(HEADINGS[-1]) + 1  # the contents list ends with it
    except ValueError:
        problems.append("no contents list ending in 'Closing and sign-off'")
        return
    at = after_contents
    for heading in HEADINGS:  # each section's own heading, in the report's order
        try:
            at = lines.index(heading, at) + 1
        except ValueError:
            problems.append(f"PDF: no heading {heading!r} after line {at}")
    print(f"pdf: {len(HEADINGS)} section headings looked for in {len(lines)} lines")


def check_csv(path, actions, problems):
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if not rows or rows[0][:2] != ["ID", "Action"]:
        problems.append(f"CSV: header {rows[:1]}")
    body = [r for r in rows[1:] if any(r)]
    if [r[0] for r in body] != [a["id"] for a in actions]:
        problems.append(f"CSV: ids {[r[0] for r in body]} != {[a['id'] for a in actions]}")
    for row, a in zip(body, actions):
        if row[1] != a["title"]:
            problems.append(f"CSV {a['id']}: title {row[1]!r} != {a['title']!r}")
        if row[4] != (a.get("due") or ""):  # a typed date shown as yyyy-mm-dd
            problems.append(f"CSV {a['id']}: due {row[4]!r} != {a.get('due')!r}")
    print(f"csv: {len(body)} rows for {len(actions)} actions")


def main(text_path, csv_path, json_path):
    doc = json.load(open(json_path, encoding="utf-8"))
    cycle = next(c for c in doc["cycles"] if c["id"] == doc["current_cycle"])
    actions = cycle.get("actions", [])
    problems = [] if actions else ["the cycle has no actions, so the CSV check proves nothing"]
    check_pdf_text(text_path, problems)
    check_csv(csv_path, actions, problems)
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
