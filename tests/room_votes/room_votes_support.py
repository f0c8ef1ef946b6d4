"""Shared by the room-vote tests: a sample document, `crmw vote-server` started and stopped,
the ratings a document holds."""
import json
import os
import re
import signal
import subprocess
import time


def make_document(crmw, sample_json, folder, name="room.crmw"):
    """The sample workshop before the room has voted: its participants, their ratings and the
    values agreed on them are left out, so the document holds exactly what the phones send."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    if os.path.exists(path):
        os.remove(path)
    with open(sample_json, encoding="utf-8") as f:
        doc = json.load(f)
    for cycle in doc["cycles"]:
        for key in ("participants", "ratings", "consensus"):
            cycle[key] = []
    unvoted = os.path.join(folder, name + ".json")
    with open(unvoted, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    subprocess.run([crmw, "import-json", unvoted, path], check=True, stdout=subprocess.DEVNULL)
    os.remove(unvoted)
    return path


class VoteServer:
    """crmw vote-server on loopback; the join address read from its first line."""

    def __init__(self, crmw, document, items="capability:current", extra=()):
        self.process = subprocess.Popen(
            [crmw, "vote-server", document, "--items", items, "--bind", "127.0.0.1",
             "--port", "0", *extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = self.process.stdout.readline()
        second = self.process.stdout.readline()
        match = re.match(r"Join: (http://127\.0\.0\.1:(\d+)(/r/[0-9a-f]{40}/))$", first.strip())
        if not match:
            self.process.kill()
            raise AssertionError(f"no join address: {first!r} {self.process.stderr.read()!r}")
        self.join_url, self.port, self.base = match.group(1), int(match.group(2)), match.group(3)
        code = re.search(r"type the code ([A-Z2-9]{8})$", second.strip())
        assert code, second
        self.join_code = code.group(1)
        self.address = f"http://127.0.0.1:{self.port}"

    def close_round(self):
        """Types "close" as a terminal user would; returns once the server says it closed, so
        nothing depends on how fast the machine is."""
        self.process.stdin.write("close\n")
        self.process.stdin.flush()
        lines = []
        for line in self.process.stdout:
            lines.append(line)
            if line.strip() == "The round is closed.":
                return "".join(lines)
        raise AssertionError(f"the round did not close: {''.join(lines)!r}")

    def stop(self):
        """Ctrl+C, as a terminal user stops it; returns the rest of its output."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        out, err = self.process.communicate(timeout=120)
        assert self.process.returncode == 0, (self.process.returncode, out, err)
        return out


def ratings_by_name(crmw, document):
    """{(participant name, item name, dimension): value} of the document's current cycle."""
    data = json.loads(subprocess.run([crmw, "export-json", document], check=True,
                                     capture_output=True, text=True).stdout)
    info = subprocess.run([crmw, "info", document], check=True, capture_output=True, text=True)
    current = re.search(r"current cycle: (.+)", info.stdout).group(1).strip()
    cycle = next(c for c in data["cycles"] if c["name"] == current)
    people = {p["id"]: p["name"] for p in cycle.get("participants", [])}
    names = {}
    for kind in ("capabilities", "attributes", "pain_points"):
        for item in cycle.get(kind, []):
            names[item["id"]] = item.get("name") or item.get("attribute") or item.get("description")
    return {(people[r["participant_id"]], names[r["item_id"]], r["dimension"]): r["value"]
            for r in cycle.get("ratings", [])}, [p["name"] for p in cycle.get("participants", [])]


def wait_until(condition, seconds=120):
    """Polls until `condition` holds. The limit only ends a test that hangs; a slow machine
    (AddressSanitizer, other builds) never reaches it."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False
