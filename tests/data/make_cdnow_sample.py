#!/usr/bin/python3
"""Writes tests/data/cdnow-sample-transactions.csv: every line of CDNOW_master.txt that belongs
to a customer of the published 1/10 sample (cdnow_customers_summary.csv, 2,357 customers).

Data: Fader, Hardie & Lee (2005), as shipped with the MIT-licensed Python library `lifetimes`
(tests/data/cdnow/, with its licence). The published BG/NBD fit (r 0.243, alpha 4.414, a 0.793, b 2.426,
LL -9582.4) is on that sample, not on all 23,570 master customers.

The sample numbers its customers 1..2357 and does not give their master ids. Its rows are in
the order of the customers' first purchase date, then master id (sample ID 1 is master
customer 00004). So: summarise every master customer for the 39-week calibration ending
1997-09-30 (purchase days; frequency = days - 1, recency and T in days / 7, to 2 decimals),
order them the same way, and walk the published rows in order, taking for each the next master
customer with the same (frequency, recency, T). All 2,357 rows are found. Where several master
customers share a summary this takes the first, which gives the same BG/NBD likelihood.

Purchase = a line with a positive number of CDs (80 lines have $0.00 for 1 CD); this is the
engine's rule (docs/methodology.md) and the one the published summary agrees with.

usage: python3 tests/data/make_cdnow_sample.py [REFERENCE_DATA_DIR] [OUT]
  defaults: tests/data  tests/data/cdnow-sample-transactions.csv
Output: the master's four columns, comma separated, values as in the master file, master order.
"""
import datetime
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "tests/data"
out_path = sys.argv[2] if len(sys.argv) > 2 else "tests/data/cdnow-sample-transactions.csv"
END = datetime.date(1997, 9, 30)


def day(ymd):
    return datetime.date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:8]))


lines = []
purchase_days = {}
with open(f"{shared}/cdnow/CDNOW_master.txt") as f:
    header = f.readline().split()
    for raw in f:
        fields = raw.split()
        if len(fields) != 4:
            continue
        lines.append(fields)
        customer, ymd, cds = fields[0], fields[1], int(fields[2])
        if cds > 0 and day(ymd) <= END:
            purchase_days.setdefault(customer, set()).add(day(ymd))

summaries = []
for customer, days in purchase_days.items():
    first, last = min(days), max(days)
    summaries.append((first, customer, len(days) - 1,
                      round((last - first).days / 7, 2), round((END - first).days / 7, 2)))
summaries.sort()

published = []
with open(f"{shared}/cdnow/cdnow_customers_summary.csv") as f:
    f.readline()
    for raw in f:
        _, frequency, recency, T = raw.strip().split(",")
        published.append((int(frequency), float(recency), float(T)))

chosen, at = set(), 0
for frequency, recency, T in published:
    while at < len(summaries) and summaries[at][2:] != (frequency, recency, T):
        at += 1
    if at == len(summaries):
        sys.exit(f"published row {(frequency, recency, T)} not found")
    chosen.add(summaries[at][1])
    at += 1
assert len(chosen) == 2357

with open(out_path, "w", newline="") as out:
    out.write(",".join(header) + "\n")
    for fields in lines:
        if fields[0] in chosen:
            out.write(",".join(fields) + "\n")
print(f"{out_path}: {len(chosen)} customers, "
      f"{sum(1 for fields in lines if fields[0] in chosen)} lines")
