"""Checks the action plan .xlsx and .csv written by crmw against the assessment JSON.

Usage: check_xlsx.py PLAN.xlsx PLAN.csv SAMPLE.json
Expected rows come from the JSON itself (the current cycle's goal_plans, resources and
learning_methods, in that order; its kpis; its milestones), not from crmw.
"""
import csv
import datetime
import json
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def column(ref):
    return "".join(ch for ch in ref if ch.isalpha())


def read_sheet(path, number=1):
    z = zipfile.ZipFile(path)
    strings = [
        "".join(si.itertext())
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(NS + "si")
    ]
    sheet = ET.fromstring(z.read(f"xl/worksheets/sheet{number}.xml"))
    rows = []
    for row in sheet.iter(NS + "row"):
        cells = {}
        for c in row.iter(NS + "c"):
            v = c.find(NS + "v")
            if v is None:
                continue
            cells[column(c.get("r"))] = strings[int(v.text)] if c.get("t") == "s" else float(v.text)
        rows.append(cells)
    return sheet, rows


def excel_serial(iso):
    # Excel's 1900 date system: serial 1 = 1900-01-01, counted from 1899-12-30 after Feb 1900.
    return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


def main(xlsx_path, csv_path, json_path):
    problems = []
    doc = json.load(open(json_path, encoding="utf-8"))
    cycle = next(c for c in doc["cycles"] if c["id"] == doc["current_cycle"])
    expected = []
    for g in cycle.get("goal_plans", []):
        expected.append({"A": g["id"], "B": "Work plan", "C": g["work_plan"], "F": g["owner"],
                         "G": excel_serial(g["review_date"]) if g.get("review_date") else None})
    for r in cycle.get("resources", []):
        expected.append({"A": r["id"], "B": "Resource", "C": r["description"], "F": r["owner"],
                         "H": float(r["initial_cost"]) if r.get("initial_cost") else None,
                         "I": float(r["ongoing_cost_per_year"])
                         if r.get("ongoing_cost_per_year") else None})
    for m in cycle.get("learning_methods", []):
        expected.append({"A": m["id"], "B": "Learning", "C": m["what_to_learn"], "F": m["owner"]})

    sheet, rows = read_sheet(xlsx_path)
    header, body = rows[0], rows[1:]
    if header.get("A") != "ID" or header.get("G") != "Review date":
        problems.append(f"unexpected header {header}")
    if len(body) != len(expected):
        problems.append(f"{len(body)} rows, expected {len(expected)} actions")
    for got, want in zip(body, expected):
        for col, value in want.items():
            if value is not None and got.get(col) != value:
                problems.append(f"{want['A']} column {col}: {got.get(col)!r} != {value!r}")
    pane = sheet.find(f"{NS}sheetViews/{NS}sheetView/{NS}pane")
    if pane is None or pane.get("state") != "frozen" or pane.get("ySplit") != "1":
        problems.append("header row is not frozen")
    auto = sheet.find(NS + "autoFilter")
    if auto is None or auto.get("ref") != f"A1:J{len(expected) + 1}":
        problems.append("no autofilter over the table")
    if sheet.find(f"{NS}cols") is None:
        problems.append("no column widths")

    # Sheet 2: one row per KPI; sheet 3: one row per milestone. Numbers and dates typed.
    _, kpi_rows = read_sheet(xlsx_path, 2)
    kpis = cycle.get("kpis", [])
    if len(kpi_rows) - 1 != len(kpis):
        problems.append(f"{len(kpi_rows) - 1} KPI rows, expected {len(kpis)}")
    for got, k in zip(kpi_rows[1:], kpis):
        if got.get("A") != k["name"]:
            problems.append(f"KPI {got.get('A')!r} != {k['name']!r}")
        if k.get("baseline") is not None and abs(got.get("E", 1e300) - k["baseline"]) > 1e-9:
            problems.append(f"KPI {k['name']} baseline {got.get('E')!r} != {k['baseline']}")
        if k.get("target_date") and got.get("H") != excel_serial(k["target_date"]):
            problems.append(f"KPI {k['name']} target date {got.get('H')!r} is not a date")
    _, milestone_rows = read_sheet(xlsx_path, 3)
    milestones = cycle.get("milestones", [])
    if len(milestone_rows) - 1 != len(milestones):
        problems.append(f"{len(milestone_rows) - 1} milestone rows, expected {len(milestones)}")
    for got, m in zip(milestone_rows[1:], milestones):
        if m.get("due") and got.get("C") != excel_serial(m["due"]):
            problems.append(f"milestone {m['id']} due {got.get('C')!r} != {m['due']}")
        if m.get("target") is not None and abs(got.get("D", 1e300) - m["target"]) > 1e-9:
            problems.append(f"milestone {m['id']} target {got.get('D')!r} != {m['target']}")

    raw = open(csv_path, "rb").read()
    if b"\r\n" not in raw:
        problems.append("CSV lines do not end in CRLF")
    lines = list(csv.reader(raw.decode("utf-8").splitlines(True)))
    if len(lines) != len(expected) + 1 or [l[0] for l in lines[1:]] != [e["A"] for e in expected]:
        problems.append(f"CSV has {len(lines)} lines, ids differ from the expected actions")
    for p in problems:
        print("FAIL:", p)
    print(f"xlsx: {len(body)} actions, {len(kpis)} KPIs, {len(milestones)} milestones checked; "
          f"csv: {len(lines) - 1} lines")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
