#!/usr/bin/env python3
"""60 phones vote on 20 items each at once through `crmw vote-server` on loopback, each phone
from its own loopback address (127.0.0.10 ... 127.0.0.69) as phones on a room's network have
their own. Checks by count that no vote is lost (the document must hold all 1,200 with their
values) and prints the latency of a vote: median, p95, p99, the slowest. The timing is recorded
in bench/room-votes/README.md, never asserted.

    load_votes.py CRMW SAMPLE_JSON OUT_DIR [PHONES [ITEMS [SECONDS_BETWEEN_TAPS]]]

Each phone waits SECONDS_BETWEEN_TAPS (default 2) between its votes, the phones' first taps
spread over that time: a person reads an item's five levels before tapping.
"""
import http.client
import json
import os
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "tests", "room_votes"))
from room_votes_support import VoteServer, make_document, ratings_by_name  # noqa: E402


def phone(server, number, items, latencies, errors, joined, start, pause):
    source = f"127.0.0.{10 + number}"
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120,
                                            source_address=(source, 0))
    signalled = False
    try:
        connection.request("POST", server.base + "join",
                           body=json.dumps({"name": f"Phone {number:02d}"}))
        reply = connection.getresponse()
        body = reply.read()
        if reply.status != 200:
            errors.append(f"phone {number} join: {reply.status} {body!r}")
            return
        voter = json.loads(body)["voter"]
        joined.release()
        signalled = True
        start.wait()
        time.sleep(pause * number / 60)  # not all at the same instant
        for item in range(items):
            rating = (number + item) % 5 + 1
            began = time.perf_counter()
            connection.request("POST", server.base + "vote",
                               body=json.dumps({"item": item, "answer": rating}),
                               headers={"X-Voter": voter, "Content-Type": "application/json"})
            reply = connection.getresponse()
            reply.read()
            latencies.append(time.perf_counter() - began)
            if reply.status != 200:
                errors.append(f"phone {number} item {item}: {reply.status}")
            time.sleep(pause)
    finally:
        if not signalled:  # the main thread waits for every phone's join, failed or not
            joined.release()
        connection.close()


def main():
    crmw, sample, folder = sys.argv[1:4]
    phones = int(sys.argv[4]) if len(sys.argv) > 4 else 60
    items = int(sys.argv[5]) if len(sys.argv) > 5 else 20
    pause = float(sys.argv[6]) if len(sys.argv) > 6 else 2.0
    document = make_document(crmw, sample, folder, "load.crmw")
    server = VoteServer(crmw, document, items="capability:current,capability:target")
    latencies, errors = [], []
    start, joined = threading.Event(), threading.Semaphore(0)
    threads = [threading.Thread(target=phone,
                                args=(server, n, items, latencies, errors, joined, start, pause))
               for n in range(phones)]
    for t in threads:
        t.start()
    for _ in range(phones):  # every phone has joined (or failed to), however long that took
        joined.acquire()
    began = time.perf_counter()
    start.set()
    for t in threads:
        t.join(timeout=300)
    wall = time.perf_counter() - began
    server.stop()

    ratings, people = ratings_by_name(crmw, document)
    data = json.loads(os.popen(f"'{crmw}' export-json '{document}'").read())
    cycle = next(c for c in data["cycles"] if c["name"] == "2026")
    capability_names = [c["name"] for c in cycle["capabilities"]]
    questions = [(n, "current") for n in capability_names] + \
                [(n, "target") for n in capability_names]
    # Phone n rates item i with (n + i) mod 5 + 1: every expected vote by hand from that rule.
    expected = {(f"Phone {n:02d}", *questions[i]): (n + i) % 5 + 1
                for n in range(phones) for i in range(items)}
    lost = [key for key in expected if ratings.get(key) != expected[key]]
    extra = [key for key in ratings if key not in expected]
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    print(f"{phones} phones x {items} items = {phones * items} votes in {wall:.1f} s, "
          f"{pause} s between one phone's taps")
    if latencies:
        print(f"vote latency ms: median {statistics.median(latencies) * 1000:.1f}, p95 {p(0.95):.1f}, "
              f"p99 {p(0.99):.1f}, slowest {latencies[-1] * 1000:.1f}")
    print(f"refused: {len(errors)}, lost: {len(lost)}, unexpected: {len(extra)}, "
          f"people: {len(people)}")
    for line in errors[:10]:
        print("  ", line)
    ok = not errors and not lost and not extra and len(people) == phones and \
        len(latencies) == phones * items
    print("load_votes:", "no vote lost" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
