#!/usr/bin/env python3
"""Group commit keeps its promise: a vote a phone was told is saved is on disk, even when the
laptop dies the next instant. Phones vote at once, as fast as they are answered, through
`crmw vote-server` on loopback; the server is killed with SIGKILL (no chance to finish
anything) and the document is opened again.

1. A whole burst (30 phones x 10 items, every vote answered) then SIGKILL: the document holds
   all 300 votes with the values sent.
2. SIGKILL in the middle of a burst (once 100 votes are answered): every answered vote is in
   the document; the ones cut off may or may not be, but nothing else is.

    killed_after_votes.py CRMW SAMPLE_JSON OUT_DIR
"""
import http.client
import json
import os
import signal
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room_votes_support import VoteServer, make_document, ratings_by_name, wait_until  # noqa: E402

PHONES, ITEMS = 30, 10


def rating_of(phone, item):
    return (phone * 3 + item) % 5 + 1  # phone 0: 1 2 3 4 5 1 ...; phone 1: 4 5 1 2 3 ...


def phone(server, number, acknowledged, lock):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120,
                                            source_address=(f"127.0.0.{10 + number}", 0))
    try:
        connection.request("POST", server.base + "join",
                           body=json.dumps({"name": f"Phone {number:02d}"}))
        reply = connection.getresponse()
        body = reply.read()
        if reply.status != 200:
            return
        voter = json.loads(body)["voter"]
        for item in range(ITEMS):
            connection.request("POST", server.base + "vote",
                               body=json.dumps({"item": item, "answer": rating_of(number, item)}),
                               headers={"X-Voter": voter})
            reply = connection.getresponse()
            reply.read()
            if reply.status == 200:
                with lock:
                    acknowledged.append((number, item))
    except (OSError, http.client.HTTPException):
        pass  # the server was killed under this phone: its last vote was never answered
    finally:
        connection.close()


def run(crmw, sample, folder, name, kill_after):
    document = make_document(crmw, sample, folder, name)
    server = VoteServer(crmw, document, items="capability:current")
    acknowledged, lock = [], threading.Lock()
    threads = [threading.Thread(target=phone, args=(server, n, acknowledged, lock))
               for n in range(PHONES)]
    for t in threads:
        t.start()
    if kill_after is None:
        for t in threads:
            t.join(timeout=300)
    else:
        assert wait_until(lambda: len(acknowledged) >= kill_after), len(acknowledged)
    server.process.send_signal(signal.SIGKILL)
    server.process.wait(timeout=60)
    with lock:
        answered = list(acknowledged)
    for t in threads:
        t.join(timeout=300)

    ratings, _ = ratings_by_name(crmw, document)
    data = json.loads(os.popen(f"'{crmw}' export-json '{document}'").read())
    cycle = next(c for c in data["cycles"] if c["name"] == "2026")
    items = [c["name"] for c in cycle["capabilities"] if not c.get("not_applicable")][:ITEMS]
    sent = {(f"Phone {n:02d}", items[i], "current"): rating_of(n, i)
            for n in range(PHONES) for i in range(ITEMS)}
    missing = [(n, i) for n, i in answered
               if ratings.get((f"Phone {n:02d}", items[i], "current")) != rating_of(n, i)]
    phone_votes = {key: value for key, value in ratings.items() if key[0].startswith("Phone ")}
    strange = [key for key, value in phone_votes.items() if sent.get(key) != value]
    print(f"{name}: {len(answered)} votes answered before SIGKILL, {len(phone_votes)} in the "
          f"document, {len(missing)} answered but missing, {len(strange)} not sent")
    return answered, phone_votes, missing, strange


def main():
    crmw, sample, folder = sys.argv[1:4]
    answered, held, missing, strange = run(crmw, sample, folder, "whole-burst.crmw", None)
    ok = len(answered) == PHONES * ITEMS and len(held) == PHONES * ITEMS and not missing \
        and not strange
    answered, held, missing, strange = run(crmw, sample, folder, "cut-burst.crmw", 100)
    ok = ok and len(answered) >= 100 and len(held) >= len(answered) and not missing \
        and not strange
    print("killed_after_votes:", "every answered vote is on disk" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
