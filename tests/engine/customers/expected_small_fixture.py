#!/usr/bin/python3
"""Independent computation of the expected numbers in test_rfm.cpp, test_concentration.cpp,
test_relationship_levels.cpp and test_segment_rollup.cpp (the 12-customer fixture).

Run: /usr/bin/python3 tests/engine/customers/expected_small_fixture.py
Exact arithmetic with fractions.Fraction; no code shared with the C++ implementation.
The lines must stay identical to smallFixture() in small_fixture.h.
"""
from fractions import Fraction as F
from math import ceil, floor
import datetime as dt

END = dt.date(2024, 6, 30)
# customer, date, amount, cost, segment; a negative amount is a return (quantity sign -1)
LINES = [
    ("C01", "2024-01-10", "100.00", "60", "Retail"),
    ("C01", "2024-03-15", "150.00", "90", "Retail"),
    ("C01", "2024-06-20", "200.00", "120", "Retail"),
    ("C01", "2024-06-28", "50.00", "30", "Retail"),
    ("C02", "2024-02-01", "80.00", "50", "Retail"),
    ("C02", "2024-05-30", "120.00", "70", "Retail"),
    ("C02", "2024-06-25", "60", "40", "Retail"),
    ("C03", "2024-06-29", "40.00", "25", "Retail"),
    ("C04", "2024-01-05", "300.00", "200", "Wholesale"),
    ("C04", "2024-01-20", "250.00", "150", "Wholesale"),
    ("C04", "2024-02-10", "400", "300", "Wholesale"),
    ("C04", "2024-02-25", "350", "250", "Wholesale"),
    ("C05", "2024-04-01", "0.1", "0.05", "Retail"),
    ("C05", "2024-04-01", "0.2", "0.1", "Retail"),
    ("C05", "2024-04-02", "-0.3", "-0.15", "Retail"),
    ("C06", "2024-03-01", "20", "25", "Retail"),
    ("C06", "2024-03-01", "15", "18", "Retail"),
    ("C07", "2024-05-05", "-45.5", "-37.5", "Retail"),
    ("C08", "2024-01-15", "60", "40", "Retail"),
    ("C08", "2024-06-10", "75", "50", "Wholesale"),
    ("C09", "2024-02-20", "500", "480", "Wholesale"),
    ("C09", "2024-02-20", "-520", "-500", "Wholesale"),
    ("C10", "2024-05-15", "90", "60", "Retail"),
    ("C10", "2024-06-01", "30", "20", "Retail"),
    ("C10", "2024-06-15", "45", "30", "Retail"),
    ("C11", "2024-01-02", "25", "15", "Retail"),
    ("C12", "2024-04-10", "70", "50", "Wholesale"),
    ("C12", "2024-04-17", "80", "55", "Wholesale"),
]
CLV = {"C01": 900.0, "C02": 400.0, "C03": 60.0, "C04": 800.0, "C05": 5.0, "C06": 20.0,
       "C08": 150.0, "C09": 1.0, "C10": 300.0, "C11": 2.0, "C12": 100.0}  # C07: NaN
P_ALIVE = {"C01": 0.95, "C02": 0.9, "C03": 0.8, "C04": 0.3, "C05": 0.4, "C06": 0.5,
           "C08": 0.7, "C09": 0.1, "C10": 0.85, "C11": 0.2, "C12": 0.6}  # C07: NaN

cust = {}
for c, d, a, cost, seg in LINES:
    e = cust.setdefault(c, {"net": F(0), "margin": F(0), "days": set(), "seg": {}, "pseg": set()})
    e["net"] += F(a)
    e["margin"] += F(a) - F(cost)
    e["seg"][seg] = e["seg"].get(seg, F(0)) + F(a)
    if F(a) > 0:
        e["days"].add(dt.date.fromisoformat(d))
        e["pseg"].add(seg)
ids = sorted(cust)
print("net", {c: str(cust[c]["net"]) for c in ids})
print("margin", {c: str(cust[c]["margin"]) for c in ids})

# RFM over purchasers: score = 1 + floor(5 * strictly_worse / n)
buyers = [c for c in ids if cust[c]["days"]]
n = len(buyers)
def scores(key):
    return {c: 1 + (5 * sum(1 for o in buyers if key(o) < key(c))) // n for c in buyers}
R = scores(lambda c: max(cust[c]["days"]))
Fq = scores(lambda c: len(cust[c]["days"]))
M = scores(lambda c: cust[c]["net"])
TABLE = {5: ["new", "potential_loyalists", "potential_loyalists", "champions", "champions"],
         4: ["promising", "potential_loyalists", "potential_loyalists", "loyal", "champions"],
         3: ["needs_attention"] * 3 + ["loyal", "loyal"],
         2: ["hibernating", "hibernating", "at_risk", "at_risk", "cannot_lose"],
         1: ["lost", "lost", "at_risk", "at_risk", "cannot_lose"]}
group = {c: TABLE[R[c]][(Fq[c] + M[c]) // 2 - 1] for c in buyers}
group["C07"] = "no_purchase"
for c in buyers:
    print("rfm", c, f"{R[c]}-{Fq[c]}-{M[c]}", group[c])

# Relationship levels
one = [c for c in buyers if len(cust[c]["days"]) == 1]
rep = [c for c in buyers if len(cust[c]["days"]) >= 2]
adv = [c for c in rep if group[c] in ("champions", "loyal") or len(cust[c]["pseg"]) >= 2]
print("levels one-time", len(one), "repeat", len(rep), "advanced", adv)

def concentration(values):
    v = sorted(values)
    N = len(v)
    total = sum(v)
    k = ceil(F(N, 5))
    top = sum(v[N - k:])
    k80 = next(k for k in range(1, N + 1) if sum(v[N - k:]) >= F(4, 5) * total)
    cum = [F(0)]
    for x in v:
        cum.append(cum[-1] + x)
    gini = 1 - sum(cum[i - 1] + cum[i] for i in range(1, N + 1)) / (N * total)
    return dict(total=str(total), topk=k, top=str(top), top_share=float(top / total),
                k80=k80, share80=float(F(k80, N)), gini=float(gini), gini_exact=str(gini),
                negative=sum(1 for x in v if x < 0), zero=sum(1 for x in v if x == 0),
                lorenz=[(i / N, float(cum[i] / total)) for i in range(N + 1)])
print("net concentration", concentration([cust[c]["net"] for c in ids]))
print("margin concentration", concentration([cust[c]["margin"] for c in ids]))

# Segment roll-up: primary segment = largest net value, ties to the first-seen segment
order = ["Retail", "Wholesale"]
for s in order:
    members = [c for c in ids
               if max(order, key=lambda g: (cust[c]["seg"].get(g, F(-10**9)), -order.index(g))) == s]
    clv = [CLV[c] for c in members if c in CLV]
    pa = [P_ALIVE[c] for c in members if c in P_ALIVE]
    print("segment", s, len(members), str(sum(cust[c]["net"] for c in members)),
          str(sum(cust[c]["margin"] for c in members)), repr(sum(clv) / len(clv)),
          sum(1 for p in pa if p < 0.5), len(pa))
    print("segment mean P(alive)", s, repr(sum(pa) / len(pa)))

# Mean P(alive) and CLV per RFM group, per recency x frequency grid cell and per R-F-M cell,
# over the customers the model scored (C07 has no purchase: group no_purchase, no cell).
def means(members):
    clv = [CLV[c] for c in members if c in CLV]
    pa = [P_ALIVE[c] for c in members if c in P_ALIVE]
    return (len(members), repr(sum(pa) / len(pa)) if pa else None,
            repr(sum(clv) / len(clv)) if clv else None)
for g in sorted(set(group.values())):
    print("rfm group value", g, *means([c for c in ids if group[c] == g]))
for r, f in sorted({(R[c], Fq[c]) for c in buyers}):
    print("rf grid value", r, f, *means([c for c in buyers if (R[c], Fq[c]) == (r, f)]))
for cell in sorted({f"{R[c]}-{Fq[c]}-{M[c]}" for c in buyers}):
    print("rfm cell value", cell, *means([c for c in buyers if f"{R[c]}-{Fq[c]}-{M[c]}" == cell]))
