#!/usr/bin/env python3
"""Writes N synthetic transaction lines (CSV) with a realistic shape, deterministically.

Shape: Pareto-distributed purchase propensity over customers (a few buy a lot),
lines in date order over two years, ~3% returns (negative quantity and amount), a cost
column (55-85% of the amount), a segment column (some quoted, with a comma), and a
handful of bad lines (bad date, bad amount, missing field, empty customer).

usage: generate_transactions.py N OUT.csv [--seed S] [--customers C]
"""
import argparse
import datetime
import random

SEGMENTS = ["retail", "web", "wholesale", '"partner, EU"']
BAD_LINES = [
    "O_BAD1,C0000001,2024-13-45,1,10.00,6.00,web",      # impossible date
    "O_BAD2,C0000002,2024-02-01,1,12.5.0,6.00,web",     # two decimal points
    "O_BAD3,C0000003,2024-02-01,1,10.00",               # missing fields
    "O_BAD4,,2024-02-01,1,10.00,6.00,web",              # no customer (counted, not an error)
    "O_BAD5,C0000004,2024-02-01,one,10.00,6.00,web",    # bad quantity
    "O_BAD6,C0000005,,1,10.00,6.00,retail",             # empty date
]


def money(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--customers", type=int, default=0, help="default: n / 8")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    customers = args.customers or max(1, args.n // 8)
    propensity = [rng.paretovariate(1.2) for _ in range(customers)]
    segment_of = [rng.choices(range(4), weights=[50, 30, 15, 5])[0] for _ in range(customers)]
    buyers = rng.choices(range(customers), weights=propensity, k=args.n)
    start = datetime.date(2023, 1, 1)
    days = sorted(rng.randrange(730) for _ in range(args.n))
    bad_at = set(rng.sample(range(args.n), min(len(BAD_LINES), args.n)))
    bad = iter(BAD_LINES)
    order, c = -1, 0
    with open(args.out, "w", newline="") as out:
        out.write("order_id,customer_id,date,quantity,amount,cost,segment\n")
        for i in range(args.n):
            if i in bad_at:
                out.write(next(bad) + "\n")
                continue
            if order < 0 or rng.random() >= 0.25 or days[i] != days[i - 1]:
                order, c = order + 1, buyers[i]  # else: one more line of the same order
            quantity = rng.choice((1, 1, 1, 2, 2, 3, 4, 6))
            cents = int(rng.lognormvariate(7.0, 0.9)) * quantity  # unit price ~ 11 median
            if rng.random() < 0.03:  # a return
                quantity, cents = -quantity, -cents
            cost = cents * rng.randint(55, 85) // 100 if cents >= 0 else -(-cents * rng.randint(55, 85) // 100)
            day = start + datetime.timedelta(days=days[i])
            out.write(f"O{order:07d},C{c:07d},{day.isoformat()},{quantity},{money(cents)},{money(cost)},"
                      f"{SEGMENTS[segment_of[c]]}\n")

if __name__ == "__main__":
    main()
