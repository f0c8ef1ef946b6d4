#!/usr/bin/env python3
"""Fails on a money figure of the sample report that does not name its currency.

Usage: money_has_currency.py SAMPLE_JSON PDF_LAYOUT_TEXT REPORT_HTML

The amounts are the sample's own (segment revenue and value per customer, resource costs and
their totals, action costs; 1,000 and more, so counts of 1 to 999 cannot be mistaken for
money), formatted as the report writes them ("15,500,000"). Each one must be followed by the
document's currency code ("15,500,000 EUR"), or stand in a table whose column heading names
it ("Revenue (EUR)"): in the PDF text (pdftotext -layout) a line above it on the same page, in
the HTML the heading of its own column; in a chart, a text of the same chart names it.
"""
import json
import re
import sys
from html.parser import HTMLParser
sample, pdftext, htmlfile = sys.argv[1:4]
doc = json.load(open(sample))
cur = doc["company"]["currency"]
vals = set()
for c in doc["cycles"]:
    for s in c.get("segments", []):
        for k in ("revenue", "customer_value"):
            if s.get(k) is not None: vals.add(float(s[k]))
    ini = ong = 0.0
    for r in c.get("resources", []):
        for k in ("initial_cost", "ongoing_cost_per_year"):
            if r.get(k) is not None: vals.add(float(r[k]))
        ini += float(r["initial_cost"] or 0); ong += float(r["ongoing_cost_per_year"] or 0)
    vals |= {ini, ong}
    for a in c.get("actions", []):
        if a.get("cost") is not None: vals.add(float(a["cost"]))
def fmt(v):
    return f"{int(v):,}" if v == int(v) else f"{v:,.2f}"
amounts = sorted({fmt(v) for v in vals if abs(v) >= 1000}, key=len, reverse=True)
pat = re.compile(r"(?<![\d,.])(" + "|".join(re.escape(a) for a in amounts) + r")(?![\d,]|\.\d)")
bad = []
# PDF, as laid out: on its line the amount is followed by the code, or a line above it on the
# same page is a column heading naming the code: "(EUR)".
for n, page in enumerate(open(pdftext, encoding="utf-8").read().split("\f"), 1):
    lines = page.split("\n")
    for i, line in enumerate(lines):
        for m in pat.finditer(line):
            after = line[m.end():m.end() + 5]
            if re.match(r"\s?" + cur, after): continue
            if any("(" + cur + ")" in l for l in lines[:i + 1]): continue
            bad.append(f"PDF page {n}: {line.strip()}")
# HTML: text, table cells under their column heading, chart texts with their axis label.
class Reader(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.heads = []; self.col = -1; self.cell = None
        self.svg = None; self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == "table": self.heads = []
        if tag == "tr": self.col = -1
        if tag in ("th", "td"): self.col += 1; self.cell = [tag, ""]
        if tag == "svg": self.svg = ""
    def handle_endtag(self, tag):
        if tag in ("th", "td") and self.cell:
            kind, text = self.cell; self.cell = None
            if kind == "th": self.heads.append(text)
            else:
                head = self.heads[self.col] if self.col < len(self.heads) else ""
                for m in pat.finditer(text):
                    if cur not in text and "(" + cur + ")" not in head:
                        bad.append(f"HTML cell under '{head}': {text.strip()}")
        if tag == "svg":
            for m in pat.finditer(self.svg):
                if cur not in self.svg: bad.append("HTML chart: " + m.group(0))
            self.svg = None
    def handle_data(self, data):
        if self.svg is not None: self.svg += " " + data; return
        if self.cell: self.cell[1] += data; return
        for m in pat.finditer(data):
            if not re.match(r"\s?" + cur, data[m.end():m.end() + 5]):
                bad.append("HTML text: " + data.strip()[:120])
Reader().feed(open(htmlfile, encoding="utf-8").read())
for b in bad: print("money without currency:", b)
print(f"{len(amounts)} amounts checked, {len(bad)} without currency")
sys.exit(1 if bad else 0)
