"""Checks the action plan .xlsx and .csv written by crmw against the document's JSON.

Usage: check_xlsx.py PLAN.xlsx ACTIONS.csv DOCUMENT.json [CYCLE_ID]
DOCUMENT.json is `crmw export-json` of the same document. Every cell of the Actions sheet and
the key cells of the other sheets are computed here from the JSON (names looked up by id,
gap = target - current), never read from crmw. Needs python3-openpyxl.
"""
import csv
import datetime
import io
import json
import sys

import openpyxl

# The labels of choices.h, written out by hand.
STATUS = {"not_started": "Not started", "in_progress": "In progress", "blocked": "Blocked",
          "done": "Done", "dropped": "Dropped"}
GROUP = {"building_block": "CRM building block", "readiness": "Readiness area"}
ACTION_HEADERS = ["ID", "Action", "Status", "Owner", "Due", "KPI", "Objective", "Paid from",
                  "Cost", "Progress note", "From finding"]
SHEETS = ["Actions", "KPIs", "Milestones", "Capability gaps", "Step 10 plan"]


class Checker:
    def __init__(self):
        self.problems = []
        self.cells = 0

    def equal(self, where, got, want):
        self.cells += 1
        if isinstance(want, float) and isinstance(got, (int, float)):
            if abs(got - want) > 1e-9:
                self.problems.append(f"{where}: {got!r} != {want!r}")
        elif got != want:
            self.problems.append(f"{where}: {got!r} != {want!r}")

    def true(self, what, condition):
        if not condition:
            self.problems.append(what)


def day(iso):
    return datetime.datetime.combine(datetime.date.fromisoformat(iso), datetime.time())


def name_of(items, item_id, key):
    """The linked item's name; the id itself when it points nowhere; None without a link."""
    if not item_id:
        return None
    for item in items:
        if item["id"] == item_id:
            return item[key] or None
    return item_id


def text(value):
    return value if value else None  # an empty text is an empty cell


def expected_actions(cycle):
    """Per action: (typed cell values for the sheet, CSV fields) in the sheet's column order."""
    rows = []
    for a in cycle.get("actions", []):
        cost = a.get("cost")
        if cost is None and a.get("resource_id"):
            cost = next((r.get("initial_cost") for r in cycle.get("resources", [])
                         if r["id"] == a["resource_id"]), None)
        cells = [text(a["id"]), text(a["title"]), STATUS[a["status"]], text(a["owner"]),
                 day(a["due"]) if a.get("due") else None,
                 name_of(cycle.get("kpis", []), a["kpi_id"], "name"),
                 name_of(cycle.get("objectives", []), a["objective_id"], "name"),
                 name_of(cycle.get("resources", []), a["resource_id"], "description"),
                 float(cost) if cost is not None else None,
                 text(a["note"]), text(a["finding_id"])]
        fields = [c if isinstance(c, str) else "" for c in cells]
        fields[4] = a.get("due") or ""
        fields[8] = cost if cost is not None else ""  # the JSON's own decimal text
        fields = ["'" + f if f[:1] in ("=", "+", "-", "@", "\t", "\r") and i not in (4, 8) else f
                  for i, f in enumerate(fields)]
        rows.append((cells, fields))
    return rows


def check_layout(chk, ws, columns, rows):
    last = openpyxl.utils.get_column_letter(columns)
    chk.true(f"{ws.title}: header row not frozen ({ws.freeze_panes})", ws.freeze_panes == "A2")
    chk.true(f"{ws.title}: autofilter {ws.auto_filter.ref} != A1:{last}{rows + 1}",
             ws.auto_filter.ref == f"A1:{last}{rows + 1}")
    chk.true(f"{ws.title}: {ws.max_row} rows, expected {rows + 1}", ws.max_row == rows + 1)
    chk.true(f"{ws.title}: {ws.max_column} columns, expected {columns}",
             ws.max_column == columns)
    chk.true(f"{ws.title}: not landscape", ws.page_setup.orientation == "landscape")
    chk.true(f"{ws.title}: not fitted to one page wide",
             ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (1, None))
    chk.true(f"{ws.title}: column A has no width", ws.column_dimensions["A"].width > 0)


def check_actions(chk, ws, cycle):
    expected = expected_actions(cycle)
    chk.equal("Actions header", [c.value for c in ws[1]], ACTION_HEADERS)
    check_layout(chk, ws, len(ACTION_HEADERS), len(expected))
    for r, (cells, _) in enumerate(expected, start=2):
        for c, want in enumerate(cells, start=1):
            chk.equal(f"Actions {ws.cell(r, c).coordinate}", ws.cell(r, c).value, want)
        if cells[4] is not None:
            chk.true(f"Actions E{r} is not a date cell", ws.cell(r, 5).is_date)
        if cells[8] is not None:
            chk.equal(f"Actions I{r} number format", ws.cell(r, 9).number_format, "#,##0.00")
    return expected


def check_kpis(chk, ws, cycle):
    kpis = cycle.get("kpis", [])
    check_layout(chk, ws, 12, len(kpis))
    for r, k in enumerate(kpis, start=2):
        served = [o["name"] for link in cycle.get("alignment", []) if link["kpi_id"] == k["id"]
                  for o in cycle.get("objectives", []) if o["id"] == link["objective_id"]]
        for col, want in (("A", text(k["name"])), ("B", text(k["owner"])),
                          ("E", k.get("baseline")), ("G", k.get("target")),
                          ("I", k.get("current")), ("L", "; ".join(served) or None),
                          ("H", day(k["target_date"]) if k.get("target_date") else None)):
            chk.equal(f"KPIs {col}{r}", ws[f"{col}{r}"].value,
                      float(want) if isinstance(want, int) else want)


def check_milestones(chk, ws, cycle):
    milestones = cycle.get("milestones", [])
    check_layout(chk, ws, 6, len(milestones))
    owners = {k["id"]: (k["name"], "KPI") for k in cycle.get("kpis", [])}
    owners.update({o["id"]: (o["description"], "Segment objective")
                   for o in cycle.get("segment_objectives", [])})
    for r, m in enumerate(milestones, start=2):
        owner, kind = owners.get(m["owner_id"], (m["owner_id"], None))
        for col, want in (("A", text(owner)), ("B", kind),
                          ("C", day(m["due"]) if m.get("due") else None),
                          ("D", m.get("target")), ("E", m.get("actual"))):
            chk.equal(f"Milestones {col}{r}", ws[f"{col}{r}"].value,
                      float(want) if isinstance(want, int) else want)


def check_gaps(chk, ws, cycle, default_importance):
    capabilities = cycle.get("capabilities", [])
    check_layout(chk, ws, 8, len(capabilities))
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    weighted = []
    for cap in capabilities:
        name = cap["name"] or cap["area_key"] or cap["id"]
        r = rows.get(name)
        if r is None:
            chk.problems.append(f"Capability gaps: no row for {name!r}")
            continue
        importance = cap["importance"] if cap.get("importance") is not None \
            else default_importance
        current, target = cap.get("current"), cap.get("target")
        gap = target - current if current is not None and target is not None else None
        for col, want in (("B", GROUP[cap["area_group"]]), ("C", current), ("D", target),
                          ("E", importance), ("F", gap),
                          ("G", gap * importance if gap is not None else None)):
            chk.equal(f"Capability gaps {col}{r} ({name})", ws[f"{col}{r}"].value,
                      float(want) if isinstance(want, int) else want)
        chk.true(f"Capability gaps H{r}: the reason does not name {name!r}",
                 name in (ws[f"H{r}"].value or ""))
        weighted.append(ws[f"G{r}"].value)
    listed = [ws.cell(r, 7).value for r in range(2, ws.max_row + 1)]
    rated = [w for w in listed if w is not None]
    chk.true("Capability gaps: not largest weighted gap first, unrated last",
             listed == rated + [None] * (len(listed) - len(rated))
             and rated == sorted(rated, reverse=True))
    return len(capabilities)


def check_csv(chk, path, expected):
    raw = open(path, "rb").read()
    chk.true("CSV lines do not all end in CRLF",
             raw.count(b"\r\n") >= len(expected) + 1 and raw.endswith(b"\r\n"))
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    chk.equal("CSV header", lines[0] if lines else None, ACTION_HEADERS)
    chk.equal("CSV line count", len(lines) - 1, len(expected))
    for n, (line, (_, fields)) in enumerate(zip(lines[1:], expected), start=2):
        chk.equal(f"CSV line {n}", line, fields)
    return len(lines) - 1


def main(xlsx_path, csv_path, json_path, cycle_id=None):
    doc = json.load(open(json_path, encoding="utf-8"))
    cycle_id = cycle_id or doc["current_cycle"]
    cycle = next(c for c in doc["cycles"] if c["id"] == cycle_id)
    default_importance = doc["profile"]["parameters"]["gap.default_importance"]
    chk = Checker()
    book = openpyxl.load_workbook(xlsx_path)
    chk.equal("sheets", book.sheetnames, SHEETS)
    expected = check_actions(chk, book["Actions"], cycle)
    check_kpis(chk, book["KPIs"], cycle)
    check_milestones(chk, book["Milestones"], cycle)
    gaps = check_gaps(chk, book["Capability gaps"], cycle, default_importance)
    plan = book["Step 10 plan"]
    plan_ids = [g["id"] for key in ("goal_plans", "resources", "learning_methods")
                for g in cycle.get(key, [])]
    check_layout(chk, plan, 10, len(plan_ids))
    chk.equal("Step 10 plan ids", [plan.cell(r, 1).value for r in range(2, plan.max_row + 1)],
              plan_ids)
    csv_lines = check_csv(chk, csv_path, expected)
    for p in chk.problems:
        print("FAIL:", p)
    print(f"xlsx: {len(expected)} actions, {gaps} capabilities, {len(plan_ids)} step 10 rows; "
          f"{chk.cells} cells compared; csv: {csv_lines} lines")
    if not expected:
        print("FAIL: the cycle has no actions, so nothing was checked")
        return 1
    return 1 if chk.problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
