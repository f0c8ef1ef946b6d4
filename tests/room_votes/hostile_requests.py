#!/usr/bin/env python3
"""The hostile cases over real HTTP against `crmw vote-server` on loopback: wrong token, replay
after close, oversized body, malformed JSON, script in a name, path traversal, a flood from one
client. Nothing waits for a timer: the rate limit's window is an hour, so the flood is over the
limit however slowly the requests go, and the round is closed by typing "close" to the server.
Each must be refused with the status the issue names, and afterwards the document must
hold the one valid vote and nothing else.

    hostile_requests.py CRMW SAMPLE_JSON OUT_DIR
"""
import http.client
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room_votes_support import VoteServer, make_document, ratings_by_name  # noqa: E402

failures = []


def request(server, method, path, body=None, voter=None, source="127.0.0.1"):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120,
                                            source_address=(source, 0))
    headers = {"Content-Type": "application/json"}
    if voter:
        headers["X-Voter"] = voter
    data = body if isinstance(body, (bytes, type(None))) else body.encode("utf-8")
    connection.request(method, path, body=data, headers=headers)
    response = connection.getresponse()
    payload = response.read()
    headers = dict(response.getheaders())
    connection.close()
    return response.status, payload, headers


def expect(what, got, wanted):
    if got != wanted:
        failures.append(f"{what}: got {got}, expected {wanted}")
    print(f"{'ok  ' if got == wanted else 'FAIL'} {what}: {got}")


def main():
    crmw, sample, folder = sys.argv[1:4]
    document = make_document(crmw, sample, folder, "hostile.crmw")
    server = VoteServer(crmw, document, extra=("--rate-limit", "30/3600", "--linger", "3600"))
    base = server.base
    # Each case from its own loopback address (as phones have their own), the flood last.
    status, body, headers = request(server, "POST", base + "join", json.dumps({"name": "Dana"}),
                                    source="127.0.0.2")
    expect("join", status, 200)
    voter = json.loads(body)["voter"]
    csp = headers.get("Content-Security-Policy", "")
    expect("CSP forbids framing and outside scripts",
           "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, True)
    expect("X-Frame-Options", headers.get("X-Frame-Options"), "DENY")
    status, _, _ = request(server, "POST", base + "vote", json.dumps({"item": 0, "answer": 4}),
                           voter, source="127.0.0.2")
    expect("the one valid vote", status, 200)

    vote = json.dumps({"item": 1, "answer": 1})
    expect("wrong voter token", request(server, "POST", base + "vote", vote, "0" * 32,
                                        source="127.0.0.3")[0], 403)
    expect("wrong round token", request(server, "POST", "/r/" + "f" * 40 + "/vote", vote, voter,
                                        source="127.0.0.3")[0], 403)
    expect("oversized body", request(server, "POST", base + "vote", b"{" + b" " * 100_000 + b"}",
                                     voter, source="127.0.0.4")[0], 413)
    expect("malformed JSON", request(server, "POST", base + "vote", '{"item": 1, "answer": ',
                                     voter, source="127.0.0.4")[0], 400)
    status, body, _ = request(server, "POST", base + "join",
                              json.dumps({"name": "<script>alert(1)</script>"}),
                              source="127.0.0.5")
    expect("script in a name", status, 400)
    for path in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", base + "../../../etc/passwd",
                 "/r/../../etc/passwd", base + "..%2F..%2Fetc%2Fpasswd", "/style.css/../../x"):
        status, body, _ = request(server, "GET", path, source="127.0.0.6")
        expect(f"path traversal {path[:30]}", status in (403, 404) and b"root:" not in body, True)

    codes = []
    for _ in range(40):  # 30 per hour allowed: the first 30 answered, the other 10 refused
        codes.append(request(server, "GET", base + "round", source="127.0.0.7")[0])
    expect("flood: the first 30 answered", codes[:30], [200] * 30)
    expect("flood: the next 10 refused with 429", codes[30:], [429] * 10)
    expect("another phone is still served during the flood",
           request(server, "GET", base + "round", source="127.0.0.8")[0], 200)

    server.close_round()  # the server still answers (--linger) and says the round is closed
    expect("replay after close", request(server, "POST", base + "vote",
                                         json.dumps({"item": 0, "answer": 4}), voter,
                                         source="127.0.0.2")[0], 409)
    expect("joining after close", request(server, "POST", base + "join",
                                          json.dumps({"name": "Late Larry"}),
                                          source="127.0.0.9")[0], 409)
    server.stop()

    ratings, people = ratings_by_name(crmw, document)
    expect("the document holds only the valid vote", ratings,
           {("Dana", "Vision", "current"): 4})
    expect("and only the valid person", people, ["Dana"])
    print("hostile_requests:", f"{len(failures)} failed" if failures else "every case refused")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
