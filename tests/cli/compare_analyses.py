#!/usr/bin/env python3
"""Compares two `crmw analyze` results of the same lines, one read from a CSV file and one
computed by a database: the per-customer summary must be identical, the fitted figures equal
to the fit's tolerance.

    compare_analyses.py CSV.json DB.json CSV-customers.csv DB-customers.csv

The customers are compared by id (a CSV lists them in the order they first appear, the
database by id), and so are the segment roll-up's rows by name (a CSV file's segments come in
the order it first names them, the database's in byte order). Prints each difference; exit 1 when there is one.
"""
import csv
import json
import math
import sys

# Figures that come from a numerical fit: the fit sums the histories in another order, so the
# last digits may differ. Everything else is counted or summed exactly and must be identical.
FITTED_KEYS = {"model", "segments", "top_clv", "holdout"}
FITTED_COLUMNS = {"p_alive", "expected_purchases", "expected_average_value", "clv"}
# How the fit went, not what it found, and where the lines came from.
IGNORED = {"source", "mapping", "function_evaluations", "gradient_norm", "objective",
           "starts_run", "message"}
# The database's summary query does not count return lines (the JSON says null there, and its
# customer list has no return columns); analyze_postgres.sh checks that it says so.
IGNORED_RETURNS = {"returns"}
RETURN_COLUMNS = {"return_lines", "return_value"}
TOLERANCE = 1e-6  # relative; the fits stop at a gradient norm far below it

differences = []


def close(a, b):
    return math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=1e-9)


def compare(a, b, path, fitted):
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            differences.append(f"{path}: keys {sorted(a.keys() ^ b.keys())} in one only")
        for key in a.keys() & b.keys():
            if key not in IGNORED and key not in IGNORED_RETURNS:
                compare(a[key], b[key], f"{path}.{key}", fitted or key in FITTED_KEYS)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            differences.append(f"{path}: {len(a)} items against {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            compare(x, y, f"{path}[{i}]", fitted)
    elif fitted and isinstance(a, float) and isinstance(b, float):
        if not close(a, b):
            differences.append(f"{path}: {a!r} against {b!r}")
    elif a != b or type(a) is not type(b):
        differences.append(f"{path}: {a!r} against {b!r}")


def customers(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {row["customer_id"]: row for row in csv.DictReader(f)}


def segments_by_name(analysis):
    segments = analysis.get("segments") or {}
    if segments.get("basis") == "segment":
        segments["rows"].sort(key=lambda row: row["name"].encode("utf-8"))
    return analysis


def main():
    csv_json, db_json, csv_rows, db_rows = sys.argv[1:5]
    with open(csv_json, encoding="utf-8") as f, open(db_json, encoding="utf-8") as g:
        compare(segments_by_name(json.load(f)), segments_by_name(json.load(g)), "", False)
    a, b = customers(csv_rows), customers(db_rows)
    if a.keys() != b.keys():
        differences.append(f"customers in one file only: {sorted(a.keys() ^ b.keys())[:10]}")
    for cid in sorted(a.keys() & b.keys()):
        for column, value in a[cid].items():
            if column in RETURN_COLUMNS:
                continue
            other = b[cid].get(column)
            if column in FITTED_COLUMNS and value and other:
                same = close(float(value), float(other))
            else:
                same = value == other
            if not same:
                differences.append(f"customer {cid}, {column}: {value!r} against {other!r}")
    for d in differences[:40]:
        print("  differs:", d)
    print(f"compared {len(a)} customers: {len(differences)} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
